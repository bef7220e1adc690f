// Package termsafe is newsbrief's one sanitizer for what it writes to a terminal, stdout or stderr:
// nothing from an article, a file name or a record id may drive the reader's terminal (set its title,
// write its clipboard, move its cursor) or hide from the reader.
//
// One classification, three renderings:
//   - Line, for diagnostics (stderr): every unsafe character is escaped so the name stays exact and
//     visible: C0 controls and DEL as \x1b, invalid UTF-8 bytes as \x9b, C1 controls and invisible
//     format characters (zero-width, bidi, soft hyphen) as \u009b, \u200b.
//   - Text, for briefs read by a person (text, markdown): white-space controls become a space,
//     invisible format characters are removed (a zero-width space inside a name is gone), other
//     controls and invalid bytes are escaped as in Line.
//   - JSON, for JSON written to a terminal: C1 controls and format characters become \u escapes, which
//     are the same JSON string to a program.
package termsafe

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// class is what a character needs.
type class int

const (
	safe      class = iota
	space           // \t \n \r and the Unicode line/paragraph separators
	control         // C0 controls, DEL, C1 controls
	invisible       // format characters (Cf): zero-width, bidi controls, soft hyphen, BOM, tags
	invalid         // a byte that is not UTF-8
)

func classify(r rune, size int) class {
	switch {
	case r == utf8.RuneError && size <= 1:
		return invalid
	case r >= 0x20 && r < 0x7f:
		return safe
	case r == '\t' || r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029:
		return space
	case r < 0x20 || (r >= 0x7f && r < 0xa0):
		return control
	case unicode.Is(unicode.Cf, r):
		return invisible
	}
	return safe
}

// needs reports whether any character of s is not safe as it is.
func needs(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if classify(r, size) != safe {
			return true
		}
		i += size
	}
	return false
}

// Line makes s safe and exact for a diagnostic line: every character that is not safe is escaped,
// new lines included (a message is one line).
func Line(s string) string { return render(s, false) }

// Text makes s safe for a brief read by a person: white space becomes a space, invisible format
// characters are removed, other controls and invalid bytes are escaped.
func Text(s string) string { return render(s, true) }

// render writes s with each unsafe character escaped, or, for a reader (forReader), white space as a
// space and invisible format characters dropped.
func render(s string, forReader bool) string {
	if !needs(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch c := classify(r, size); {
		case c == safe:
			b.WriteString(s[i : i+size])
		case c == space && forReader:
			b.WriteByte(' ')
		case c == invisible && forReader:
		case c == invalid:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		default:
			escapeRune(&b, r)
		}
		i += size
	}
	return b.String()
}

func escapeRune(b *strings.Builder, r rune) {
	switch {
	case r < 0x80:
		fmt.Fprintf(b, `\x%02x`, r)
	case r <= 0xffff:
		fmt.Fprintf(b, `\u%04x`, r)
	default:
		fmt.Fprintf(b, `\U%08x`, r)
	}
}

// JSON escapes, in JSON text, the C1 controls and invisible format characters that encoding/json
// leaves raw, as \u escapes (a surrogate pair beyond U+FFFF): the same JSON values, nothing a terminal
// acts on or hides. JSON text never holds them outside strings, so the escape is always valid.
func JSON(p []byte) []byte {
	if !needsJSON(p) {
		return p
	}
	out := make([]byte, 0, len(p)+16)
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRune(p[i:])
		if c := classify(r, size); r >= 0x80 && (c == control || c == invisible) {
			if r > 0xffff {
				r1, r2 := utf16.EncodeRune(r)
				out = fmt.Appendf(out, `\u%04x\u%04x`, r1, r2)
			} else {
				out = fmt.Appendf(out, `\u%04x`, r)
			}
		} else {
			out = append(out, p[i:i+size]...)
		}
		i += size
	}
	return out
}

func needsJSON(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < 0x80 {
			i++
			continue
		}
		r, size := utf8.DecodeRune(p[i:])
		if c := classify(r, size); c == control || c == invisible {
			return true
		}
		i += size
	}
	return false
}

// Writer passes every line written to it through a sanitizer before writing it to W; new lines
// separate the lines and are kept. It holds back an unfinished line (and so never splits a UTF-8
// sequence) until the line ends or Flush is called. It is safe for use by several goroutines, and
// writes each line whole.
type Writer struct {
	W     io.Writer
	clean func(string) string
	mu    sync.Mutex
	buf   []byte
}

// NewLineWriter returns a Writer that passes each line through Line: for stderr.
func NewLineWriter(w io.Writer) *Writer { return &Writer{W: w, clean: Line} }

func (w *Writer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf = append(w.buf, p...)
	end := bytes.LastIndexByte(w.buf, '\n')
	if end < 0 {
		return len(p), nil
	}
	var out strings.Builder
	for _, line := range strings.SplitAfter(string(w.buf[:end+1]), "\n") {
		if line == "" {
			continue
		}
		out.WriteString(w.clean(strings.TrimSuffix(line, "\n")) + "\n")
	}
	w.buf = append(w.buf[:0], w.buf[end+1:]...)
	if _, err := io.WriteString(w.W, out.String()); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes an unfinished last line, sanitized.
func (w *Writer) Flush() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.buf) == 0 {
		return nil
	}
	s := w.clean(string(w.buf))
	w.buf = w.buf[:0]
	_, err := io.WriteString(w.W, s)
	return err
}

// JSONWriter passes what is written through JSON, holding back a UTF-8 sequence cut by a write.
type JSONWriter struct {
	W    io.Writer
	tail []byte
}

func (j *JSONWriter) Write(p []byte) (int, error) {
	data := append(j.tail, p...)
	cut := len(data)
	// Hold back an incomplete UTF-8 sequence at the end (at most 3 bytes).
	for k := 1; k <= 3 && k <= len(data); k++ {
		c := data[len(data)-k]
		if c < 0x80 {
			break
		}
		if utf8.RuneStart(c) {
			if !utf8.FullRune(data[len(data)-k:]) {
				cut = len(data) - k
			}
			break
		}
	}
	j.tail = append([]byte(nil), data[cut:]...)
	if _, err := j.W.Write(JSON(data[:cut])); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes bytes held back.
func (j *JSONWriter) Flush() error {
	if len(j.tail) == 0 {
		return nil
	}
	_, err := j.W.Write(j.tail)
	j.tail = nil
	return err
}
