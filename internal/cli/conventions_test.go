package cli

import (
	"bytes"
	"strings"
	"testing"
)

// TestTTYHint: with no path and stdin a terminal, stderr says newsbrief is reading the terminal;
// with a pipe it says nothing.
func TestTTYHint(t *testing.T) {
	for _, tty := range []bool{true, false} {
		var out, errb bytes.Buffer
		code := Run([]string{"--format", "ndjson"}, &Streams{In: strings.NewReader("Talks resumed."), Out: &out, Err: &errb, InIsTerminal: tty})
		hinted := strings.Contains(errb.String(), "newsbrief: reading an article from the terminal; end it with Ctrl-D")
		if code != ExitOK || hinted != tty {
			t.Errorf("tty=%v: exit %d, stderr %q", tty, code, errb.String())
		}
	}
}

// TestProgressNeverInterleaves: with stdout and stderr on one terminal, every brief starts on a line
// of its own: the progress bar is cleared before it.
func TestProgressNeverInterleaves(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, name := range []string{"a.txt", "b.txt", "c.txt", "d.txt"} {
		paths = append(paths, write(t, dir, name, []byte("Talks resumed in Vienna on Monday, officials said.")))
	}
	var term bytes.Buffer
	s := &Streams{In: strings.NewReader(""), Out: &term, Err: &term, OutIsTerminal: true, ErrIsTerminal: true}
	if code := Run(append([]string{"-j", "1", "--format", "ndjson", "--color", "never"}, paths...), s); code != ExitOK {
		t.Fatalf("exit %d: %q", code, term.String())
	}
	n := 0
	for _, line := range strings.Split(term.String(), "\n") {
		i := strings.Index(line, `{"schema"`)
		if i < 0 {
			continue
		}
		n++
		before := line[:i]
		if j := strings.LastIndex(before, "\r"); j >= 0 {
			before = before[j+1:]
		}
		if before != "" {
			t.Errorf("a brief shares its line with %q", before)
		}
	}
	if n != len(paths) {
		t.Errorf("%d briefs in %q", n, term.String())
	}
}
