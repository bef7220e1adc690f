package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/fatih/color"

	"github.com/newsbrief/newsbrief/internal/check"
)

type checkStyle struct {
	path, err, warn, dim *color.Color
}

func newCheckStyle(on bool) checkStyle {
	mk := colorMaker(on)
	return checkStyle{path: mk(color.Bold), err: mk(color.Bold, color.FgRed), warn: mk(color.FgYellow), dim: mk(color.Faint)}
}

// checkTextWriter prints findings for a person: each article's path, then one aligned line per finding,
// and a count at the end.
type checkTextWriter struct {
	stderrOnly
	w                          io.Writer
	style                      checkStyle
	articles, errors, warnings int
}

func (t *checkTextWriter) Article(path string, findings []check.Finding) error {
	t.articles++
	if len(findings) == 0 {
		return nil
	}
	s := t.style
	var o strings.Builder
	o.WriteString(s.path.Sprint(oneLineClean(path)) + "\n")
	for _, f := range findings {
		sev := s.warn.Sprintf("%-7s", f.Severity)
		if f.Severity == check.Error {
			t.errors++
			sev = s.err.Sprintf("%-7s", f.Severity)
		} else {
			t.warnings++
		}
		fmt.Fprintf(&o, "  %-8s %s %s  %s\n", fmt.Sprintf("%d:%d", f.Line, f.Column), sev, s.dim.Sprintf("%-22s", f.Rule), oneLineClean(f.Message))
	}
	_, err := io.WriteString(t.w, o.String())
	return err
}

func (t *checkTextWriter) Close() error {
	var msg string
	if t.errors+t.warnings == 0 {
		msg = fmt.Sprintf("no findings in %s\n", plural(t.articles, "article"))
	} else {
		msg = fmt.Sprintf("%s, %s in %s\n", plural(t.errors, "error"), plural(t.warnings, "warning"), plural(t.articles, "article"))
	}
	_, err := io.WriteString(t.w, msg)
	return err
}
