package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsbrief/newsbrief/internal/check"
)

// checkGitHubWriter prints GitHub Actions workflow commands, one per finding, which GitHub shows as
// annotations on the file and line: ::error file=…,line=…,col=…,title=rule::message.
type checkGitHubWriter struct {
	stderrOnly
	w io.Writer
}

func (g *checkGitHubWriter) Article(path string, findings []check.Finding) error {
	var o strings.Builder
	for _, f := range findings {
		fmt.Fprintf(&o, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", f.Severity, ghProperty(path), f.Line, f.Column, ghProperty(f.Rule), ghData(oneLineClean(f.Message)))
	}
	_, err := io.WriteString(g.w, o.String())
	return err
}

func (g *checkGitHubWriter) Close() error { return nil }

// ghData escapes a workflow command's message, as the Actions toolkit does.
var ghDataEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

func ghData(s string) string { return ghDataEscaper.Replace(s) }

// ghProperty escapes a workflow command's property value, where ':' and ',' are separators too.
var ghPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

func ghProperty(s string) string { return ghPropertyEscaper.Replace(Clean(s)) }
