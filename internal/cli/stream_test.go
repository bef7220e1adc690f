package cli

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"testing"
	"time"
)

// signalWriter collects output and reports its first write.
type signalWriter struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	first chan struct{}
	once  sync.Once
}

func (w *signalWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.once.Do(func() { close(w.first) })
	return w.buf.Write(p)
}

// TestNDJSONStreams: a brief is written while the input is still open, so a pipeline of any length
// starts producing at once and never holds the whole archive.
func TestNDJSONStreams(t *testing.T) {
	in, feed := io.Pipe()
	out := &signalWriter{first: make(chan struct{})}
	done := make(chan int)
	go func() {
		done <- Run([]string{"-q", "--input-format", "ndjson", "--format", "ndjson"}, &Streams{In: in, Out: out, Err: io.Discard})
	}()
	if _, err := io.WriteString(feed, `{"id":"a","text":"Talks resumed in Vienna on Monday."}`+"\n"); err != nil {
		t.Fatal(err)
	}
	select {
	case <-out.first:
	case <-time.After(20 * time.Second):
		t.Fatal("no brief written while the input stayed open")
	}
	io.WriteString(feed, `{"id":"b","text":"Talks ended."}`+"\n")
	feed.Close()
	if code := <-done; code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	if got := strings.Count(out.buf.String(), "\n"); got != 2 {
		t.Errorf("%d briefs, want 2", got)
	}
}
