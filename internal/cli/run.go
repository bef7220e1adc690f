package cli

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/spf13/cobra"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/check"
	"github.com/newsbrief/newsbrief/internal/extract"
	"github.com/newsbrief/newsbrief/internal/input"
	"github.com/newsbrief/newsbrief/internal/render"
)

// result is one article's outcome, numbered in input order.
type result struct {
	seq      int
	article  input.Article
	brief    *brief.Brief
	findings []check.Finding // check only
}

// articleName is how messages and outputs name an article: its record id when it came from NDJSON,
// else its path ("-" for stdin).
func articleName(a input.Article) string {
	if a.Path == "" || a.ID != a.Path {
		return a.ID
	}
	return a.Path
}

func runBrief(cmd *cobra.Command, s *Streams, opts *briefOptions, args []string) error {
	args, color, err := opts.prepare(opts.format, render.Formats, s, args)
	if err != nil {
		return err
	}
	if err := checkOnly(opts.only); err != nil {
		return err
	}
	walk := opts.walkOptions()
	var od *outDir
	if opts.outDir != "" {
		if od, err = newOutDir(opts.outDir, args, render.Extension(opts.format), opts.inputFormat == string(input.FormatNDJSON)); err != nil {
			return usageError("%v", err)
		}
	}
	entries := input.Expand(args, walk)
	if od != nil {
		if entries, err = od.leaveOut(entries); err != nil {
			return usageError("%v", err)
		}
		if err := od.create(entries); err != nil {
			return &exitError{code: ExitFailure, err: err}
		}
		defer od.close()
		if n := od.removeStale(); n > 0 && !opts.quiet {
			fmt.Fprintf(s.Err, "newsbrief: removed %d temporary files an interrupted run left in %s\n", n, od.dir)
		}
		defer od.onSignal(s)()
	}
	out, err := render.New(opts.format, s.Out, render.Options{Color: color && od == nil, Several: canHoldSeveral(args, opts), Version: Version()})
	if err != nil {
		return usageError("%v", err)
	}

	b := newBatch(s, opts, entries)
	var writeErr error
	process(entries, opts.reader(), s, opts, nil, func(r result) {
		if !b.record(r) {
			return
		}
		keepOnly(r.brief, opts.only)
		if od != nil {
			if err := od.write(r, opts.format); err != nil {
				b.failWrite(err, len(r.article.Text))
			}
			return
		}
		b.beforeOutput()
		if writeErr == nil {
			writeErr = out.Brief(r.brief)
		}
	})
	if writeErr == nil && od == nil {
		writeErr = out.Close()
	}
	b.finish(od != nil)
	if writeErr != nil {
		return &exitError{code: ExitFailure, err: fmt.Errorf("writing output: %w", writeErr)}
	}
	if b.failed > 0 {
		return &exitError{code: ExitFailure, err: errSilent}
	}
	return nil
}

func (o *briefOptions) walkOptions() input.WalkOptions {
	return input.WalkOptions{Include: o.include, Exclude: o.exclude, Hidden: o.hidden}
}

func (o *briefOptions) reader() input.Reader {
	return input.Reader{Format: input.Format(o.inputFormat), MaxBytes: o.maxBytes,
		Fetch: input.Fetch{Timeout: o.timeout, UserAgent: userAgent()}, LibraryOnly: o.libraryOnly}
}

// renderOne renders one brief alone, as its own document.
func renderOne(format string, b *brief.Brief) ([]byte, error) {
	var buf bytes.Buffer
	w, err := render.New(format, &buf, render.Options{Version: Version()})
	if err != nil {
		return nil, err
	}
	if err := w.Brief(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// process reads every article of entries, briefs them on opts.jobs goroutines and hands each result to
// emit in input order, whatever the parallelism. The articles read but not yet emitted are bounded
// (window), so a stream of any length runs in bounded memory and output starts before the input
// ends; the bound is wide enough that the other workers go on briefing, and their results wait in
// order, while one worker spends a long time on one large article. after, when not nil, runs on the
// worker right after the brief (check runs its rules there, in parallel too).
func process(entries []input.Entry, reader input.Reader, s *Streams, opts *briefOptions, after func(*result), emit func(result)) {
	jobs := workers(opts.jobs, entries, reader.Format)
	// The reader keeps 64 articles per worker ready, so that a worker does not wait while the reader
	// is briefly descheduled; done is as deep as the window, whose places the reader takes before
	// sending, so that a worker never waits for the emitter.
	win := newWindow(windowArticles*jobs, windowBytes)
	work := make(chan result, 64*jobs)
	done := make(chan result, windowArticles*jobs)

	go func() {
		seq := 0
		send := func(a input.Article) {
			win.acquire(len(a.Text))
			work <- result{seq: seq, article: a}
			seq++
		}
		for _, e := range entries {
			switch {
			case e.Err != nil:
				send(input.Article{ID: e.Path, Path: e.Path, Err: e.Err})
			case e.URL:
				send(reader.Remote(e.Path))
			case e.Path == "-":
				reader.ReadStream("-", s.In, send)
			default:
				reader.ReadFile(e.Path, send)
			}
		}
		close(work)
	}()

	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range work {
				r.article = reader.Prepare(r.article) // fetch, extract a page: on the workers, in parallel
				if r.article.Err == nil && !opts.textOnly {
					n := len(r.article.Text)
					memory.begin(n)
					r.brief = briefOf(r.article, opts)
					if after != nil {
						after(&r)
					}
					memory.end(n)
				}
				done <- r
			}
		}()
	}
	go func() {
		wg.Wait()
		close(done)
	}()

	pending := map[int]result{}
	next := 0
	for r := range done {
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			n := len(p.article.Text)
			emit(p)
			win.release(n)
			next++
		}
	}
}

// The reorder window: at most windowArticles articles per worker, and at most windowBytes of their
// text (or four times the largest article yet), are read and not yet emitted. While one worker
// briefs a large article, the others go on briefing the articles after it until they fill the
// window: about 1,700 wire stories.
const (
	windowArticles = 1024
	windowBytes    = 8 << 20
)

// window counts the articles read and not yet emitted, and their bytes.
type window struct {
	mu                 sync.Mutex
	free               *sync.Cond
	articles, bytes    int
	maxArticles, maxBy int
}

func newWindow(articles, bytes int) *window {
	w := &window{maxArticles: articles, maxBy: bytes}
	w.free = sync.NewCond(&w.mu)
	return w
}

// acquire waits until an article of n bytes fits in the window, and takes its place. The window
// holds at least four times the largest article yet: the text the other workers brief, at the same
// speed per byte, while one worker briefs it.
func (w *window) acquire(n int) {
	w.mu.Lock()
	w.maxBy = max(w.maxBy, 4*n)
	for w.articles > 0 && (w.articles >= w.maxArticles || w.bytes+n > w.maxBy) {
		w.free.Wait()
	}
	w.articles++
	w.bytes += n
	w.mu.Unlock()
}

// release gives back the place of an emitted article of n bytes.
func (w *window) release(n int) {
	w.mu.Lock()
	w.articles--
	w.bytes -= n
	w.mu.Unlock()
	w.free.Signal()
}

// briefOf extracts one article's brief, with the publication date the user or the record gave.
func briefOf(a input.Article, opts *briefOptions) *brief.Brief {
	eo := extract.Options{}
	switch {
	case opts.published != "":
		eo.Published, eo.PublishedSource = opts.published, brief.PublishedFromFlag
	case a.Published != "":
		eo.Published, eo.PublishedSource = a.Published, brief.PublishedFromRecord
	case a.Source != nil && a.Source.Published != "":
		eo.Published, eo.PublishedSource = a.Source.Published, a.Source.PublishedSource
	}
	b := extract.Extract(a.ID, a.Text, eo)
	b.Encoding = a.Encoding
	describeSource(b, a.Source)
	if !opts.partialQuotes {
		b.Quotes = fullQuotes(b.Quotes)
	}
	return b
}

// fullQuotes keeps the quotes that are whole quoted sentences, dropping partial ones.
func fullQuotes(qs []brief.Quote) []brief.Quote {
	out := qs[:0:0]
	for _, q := range qs {
		if !q.Partial {
			out = append(out, q)
		}
	}
	return out
}
