package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsbrief/newsbrief/internal/check"
)

// CheckWriter writes the findings of `newsbrief check` in one format. Article is called once per
// checked article, in input order, even when it has no findings; Unreadable once per input that could
// not be read (the CLI has already said why on stderr; machine formats record it too); Close once at
// the end.
type CheckWriter interface {
	Article(path string, findings []check.Finding) error
	Unreadable(path string, err error) error
	Close() error
}

// CheckFormats lists the format names NewCheck accepts.
var CheckFormats = []string{"text", "line", "json", "github", "sarif"}

// NewCheck returns the findings writer for format; rules are the rules that run (SARIF lists them).
func NewCheck(format string, w io.Writer, opts Options, rules []check.Rule) (CheckWriter, error) {
	switch format {
	case "text":
		return &checkTextWriter{w: w, style: newCheckStyle(opts.Color)}, nil
	case "line":
		return &checkLineWriter{w: w}, nil
	case "json":
		return &checkJSONWriter{w: w, out: checkJSON{Schema: "newsbrief-check/1", Version: opts.Version, Findings: []checkJSONFinding{}, Unreadable: []checkJSONUnreadable{}}}, nil
	case "github":
		return &checkGitHubWriter{w: w}, nil
	case "sarif":
		return newSARIFWriter(w, rules, opts.Version), nil
	}
	return nil, fmt.Errorf("unknown check format %q (want one of %s)", format, strings.Join(CheckFormats, ", "))
}

// stderrOnly is for the formats meant for people or line tools: an unreadable input is reported on
// stderr by the CLI, and a line in the output would only be parsed as a finding.
type stderrOnly struct{}

func (stderrOnly) Unreadable(string, error) error { return nil }

// oneLineClean makes a message or path safe and single-line for line-oriented formats.
func oneLineClean(s string) string {
	return strings.Join(strings.Fields(Clean(s)), " ")
}

// checkLineWriter prints compiler-style lines, one per finding: path:line:col: severity rule: message.
type checkLineWriter struct {
	stderrOnly
	w io.Writer
}

func (l *checkLineWriter) Article(path string, findings []check.Finding) error {
	var o strings.Builder
	for _, f := range findings {
		fmt.Fprintf(&o, "%s:%d:%d: %s %s: %s\n", oneLineClean(path), f.Line, f.Column, f.Severity, f.Rule, oneLineClean(f.Message))
	}
	_, err := io.WriteString(l.w, o.String())
	return err
}

func (l *checkLineWriter) Close() error { return nil }
