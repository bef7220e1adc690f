// Package render writes briefs in the output formats: text for people at a terminal, markdown, JSON
// and NDJSON for programs. Renderers never extract and never look at the terminal: the CLI tells them
// whether color is on.
package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/termsafe"
)

// Options are the CLI's decisions about presentation.
type Options struct {
	Color bool // emit ANSI color (only when the CLI decided stdout is a terminal, or --color always)
	// Several: the input can hold several articles (a folder, NDJSON, more than one path), so JSON is
	// an array whatever their number; otherwise it is the one article's object.
	Several bool
	// Version is newsbrief's version, which every machine format (JSON, NDJSON, SARIF) records.
	Version string
}

// Writer renders a stream of briefs in one format. Brief is called once per article, in order; Close
// once at the end, to finish what the format needs (a JSON array's closing bracket).
type Writer interface {
	Brief(b *brief.Brief) error
	Close() error
}

// Formats lists the format names New accepts.
var Formats = []string{"text", "markdown", "json", "ndjson"}

// Extension is the file extension for a format's output, used when writing one file per article.
func Extension(format string) string {
	switch format {
	case "markdown":
		return ".md"
	case "json":
		return ".json"
	case "ndjson":
		return ".ndjson"
	}
	return ".txt"
}

// New returns the writer for format.
func New(format string, w io.Writer, opts Options) (Writer, error) {
	switch format {
	case "text":
		return &textWriter{w: w, style: newStyle(opts.Color)}, nil
	case "markdown":
		return &markdownWriter{w: w}, nil
	case "json":
		return &jsonWriter{w: w, several: opts.Several, version: opts.Version}, nil
	case "ndjson":
		return &ndjsonWriter{w: w, version: opts.Version}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// Clean makes article text safe for a person at a terminal, through the one sanitizer
// (termsafe.Text): white space becomes a space, invisible format characters (zero-width, bidi) are
// removed, control characters and invalid bytes are escaped (\x1b), so an article can never drive the
// reader's terminal.
func Clean(s string) string { return termsafe.Text(s) }
