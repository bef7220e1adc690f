package cli

import (
	"github.com/newsbrief/newsbrief/internal/termsafe"
)

// sanitized returns a copy of s whose stderr passes every line through the one sanitizer
// (termsafe.Line: control characters, invalid UTF-8 bytes and invisible characters escaped), and whose
// stdout, on a terminal, has the C1 controls and invisible characters that JSON leaves raw escaped as
// \u escapes (text and markdown briefs are cleaned field by field by the renderers, and JSON escapes
// the C0 controls itself). The progress bar, newsbrief's own drawing, keeps the raw stderr. flush writes
// what is held back, at the end of the run.
func sanitized(s *Streams) (*Streams, func()) {
	c := *s
	errW := termsafe.NewLineWriter(s.Err)
	c.Err = errW
	var outW *termsafe.JSONWriter
	if s.OutIsTerminal {
		outW = &termsafe.JSONWriter{W: s.Out}
		c.Out = outW
	}
	return &c, func() {
		if outW != nil {
			_ = outW.Flush()
		}
		_ = errW.Flush()
	}
}
