package cli

import (
	"fmt"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract"
	"github.com/newsbrief/newsbrief/internal/input"
	"github.com/newsbrief/newsbrief/internal/render"
)

func validDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// result is one article's outcome, numbered in input order.
type result struct {
	seq     int
	article input.Article
	brief   *brief.Brief
}

func runBrief(cmd *cobra.Command, s *Streams, opts *briefOptions, args []string) error {
	if err := opts.validate(); err != nil {
		return err
	}
	color, err := useColor(opts.color, s)
	if err != nil {
		return err
	}
	out, err := render.New(opts.format, s.Out, render.Options{Color: color})
	if err != nil {
		return usageError("%v", err)
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	entries := input.Expand(args, input.WalkOptions{Include: opts.include, Exclude: opts.exclude, Hidden: opts.hidden})
	reader := input.Reader{Format: input.Format(opts.inputFormat), MaxBytes: opts.maxBytes}

	failed := 0
	var writeErr error
	process(entries, reader, s, opts, func(r result) {
		if r.article.Err != nil {
			failed++
			fmt.Fprintln(s.Err, oneLine(r.article.Err.Error()))
			return
		}
		if writeErr == nil {
			writeErr = out.Brief(r.brief)
		}
	})
	if writeErr == nil {
		writeErr = out.Close()
	}
	if writeErr != nil {
		return &exitError{code: ExitFailure, err: fmt.Errorf("writing output: %w", writeErr)}
	}
	if failed > 0 {
		return &exitError{code: ExitFailure, err: errSilent}
	}
	return nil
}

// process reads every article of entries, briefs them on opts.jobs goroutines and hands each result to
// emit in input order, whatever the parallelism. At most a few articles per worker are in flight, so a
// stream of any length runs in bounded memory and output starts before the input ends.
func process(entries []input.Entry, reader input.Reader, s *Streams, opts *briefOptions, emit func(result)) {
	jobs := opts.jobs
	work := make(chan result, jobs)
	done := make(chan result, jobs)
	window := make(chan struct{}, 4*jobs) // articles read but not yet emitted

	go func() {
		seq := 0
		send := func(a input.Article) {
			window <- struct{}{}
			work <- result{seq: seq, article: a}
			seq++
		}
		for _, e := range entries {
			switch {
			case e.Err != nil:
				send(input.Article{ID: e.Path, Path: e.Path, Err: e.Err})
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
				if r.article.Err == nil {
					r.brief = briefOf(r.article, opts)
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
			emit(p)
			<-window
			next++
		}
	}
}

// briefOf extracts one article's brief, with the publication date the user or the record gave.
func briefOf(a input.Article, opts *briefOptions) *brief.Brief {
	eo := extract.Options{}
	switch {
	case opts.published != "":
		eo.Published, eo.PublishedSource = opts.published, brief.PublishedFromFlag
	case a.Published != "":
		eo.Published, eo.PublishedSource = a.Published, brief.PublishedFromRecord
	}
	b := extract.Extract(a.ID, a.Text, eo)
	b.Encoding = a.Encoding
	return b
}
