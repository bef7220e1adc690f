package cli

import (
	"fmt"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/newsbrief/newsbrief/internal/input"
)

// batch counts a run's articles, reports the ones that fail, drives the progress bar (only on a
// terminal) and prints the one-line summary at the end.
type batch struct {
	s      *Streams
	quiet  bool
	bar    *progressbar.ProgressBar
	start  time.Time
	done   int
	failed int
	bytes  int64
}

// newBatch starts counting. The progress bar appears only when stderr is a terminal, --quiet is not
// given and more than one article may come (several inputs, or an NDJSON stream of unknown length).
func newBatch(s *Streams, opts *briefOptions, entries []input.Entry) *batch {
	b := &batch{s: s, quiet: opts.quiet, start: time.Now()}
	total := len(entries)
	if opts.inputFormat == string(input.FormatNDJSON) {
		total = -1 // records are counted as they come
	}
	if s.progressWriter != nil && !opts.quiet && (total > 1 || total < 0) {
		b.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(s.progressWriter),
			progressbar.OptionSetDescription("articles"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionSetWidth(30),
		)
	}
	return b
}

// record counts one result; a failed article is reported as "path: reason" and record returns false.
func (b *batch) record(r result) bool {
	if r.article.Err != nil {
		b.fail(r.article.Err)
		b.tick()
		return false
	}
	b.done++
	b.bytes += int64(len(r.article.Text))
	b.tick()
	return true
}

// fail reports one article that could not be read, briefed or written, and counts it as failed.
func (b *batch) fail(err error) {
	if b.bar != nil {
		b.bar.Clear()
	}
	fmt.Fprintln(b.s.Err, "newsbrief: "+oneLine(err.Error()))
	b.failed++
}

// failWrite reports an article that was briefed but could not be written: it is failed, not done.
func (b *batch) failWrite(err error, size int) {
	b.done--
	b.bytes -= int64(size)
	b.fail(err)
}

// beforeOutput clears the progress bar when the output goes to the same terminal, so a brief never
// lands in the middle of the bar; the next tick draws the bar again below it.
func (b *batch) beforeOutput() {
	if b.bar != nil && b.s.OutIsTerminal {
		b.bar.Clear()
	}
}

func (b *batch) tick() {
	if b.bar != nil {
		b.bar.Add(1)
	}
}

// finish removes the progress bar and prints the summary: for a run of more than one article, or always
// when asked (--out-dir, whose output is otherwise silent).
func (b *batch) finish(always bool) {
	if b.bar != nil {
		b.bar.Finish()
		b.bar.Clear()
	}
	total := b.done + b.failed
	if b.quiet || (total <= 1 && !always) {
		return
	}
	fmt.Fprintln(b.s.Err, b.summary(time.Since(b.start)))
}

func (b *batch) summary(elapsed time.Duration) string {
	secs := elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	return fmt.Sprintf("newsbrief: %s: %d done, %d failed in %.2fs (%.1f articles/s, %.2f MB/s)",
		articles(b.done+b.failed), b.done, b.failed, elapsed.Seconds(), float64(b.done)/secs, float64(b.bytes)/1e6/secs)
}

// articles is "1 article" or "n articles".
func articles(n int) string {
	if n == 1 {
		return "1 article"
	}
	return fmt.Sprintf("%d articles", n)
}
