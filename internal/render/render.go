// Package render writes briefs in the output formats: text for people at a terminal, markdown, JSON
// and NDJSON for programs. Renderers never extract and never look at the terminal: the CLI tells them
// whether color is on.
package render

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/brief"
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

// Clean makes article text safe for a terminal: control characters and ANSI escape sequences are
// dropped (a tab or newline becomes a space), so an article can never drive the reader's terminal.
func Clean(s string) string {
	if !needsCleaning(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 0x1b { // ESC: skip the whole sequence
			i = skipEscape(s, i)
			continue
		}
		if c < 0x80 {
			if c == '\t' || c == '\n' || c == '\r' {
				b.WriteByte(' ')
			} else if c >= 0x20 && c != 0x7f {
				b.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsControl(r) && r != 0x9b && !unicode.Is(unicode.Bidi_Control, r) {
			b.WriteString(s[i : i+size])
		}
		i += size - 1
	}
	return b.String()
}

func needsCleaning(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || unicode.Is(unicode.Bidi_Control, r) {
			return true
		}
	}
	return false
}

// skipEscape returns the index of the last byte of the escape sequence starting at s[i].
func skipEscape(s string, i int) int {
	if i+1 >= len(s) {
		return i
	}
	switch s[i+1] {
	case '[': // CSI: parameters, then a final byte 0x40–0x7e
		j := i + 2
		for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
			j++
		}
		return j
	case ']': // OSC: until BEL or ESC \
		j := i + 2
		for j < len(s) {
			if s[j] == 0x07 {
				return j
			}
			if s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\' {
				return j + 1
			}
			j++
		}
		return len(s) - 1
	}
	return i + 1
}
