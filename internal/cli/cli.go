// Package cli is newsbrief's command line: flags, input and output streams, and exit codes. Every
// test drives the real CLI through Run with its own streams.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/newsbrief/newsbrief/internal/input"
)

// Exit codes.
const (
	ExitOK       = 0 // every article briefed (check: no finding at or above --fail-on)
	ExitFindings = 1 // check: a finding at or above --fail-on
	ExitFailure  = 2 // usage error, or an input that could not be read
)

// exitError is an error that carries its exit code.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) ExitCode() int { return e.code }

func usageError(format string, args ...any) error {
	return &exitError{code: ExitFailure, err: fmt.Errorf(format, args...)}
}

// Streams are where the CLI reads and writes, and what it knows about the terminal.
type Streams struct {
	In             io.Reader
	Out            io.Writer
	Err            io.Writer
	OutIsTerminal  bool
	ErrIsTerminal  bool
	Getenv         func(string) string
	progressWriter io.Writer    // where a progress bar may go (Err on a terminal), nil otherwise
	InIsTerminal   bool         // stdin is a terminal: nothing was piped in
	closeOut       func() error // closes the -o file, if one was opened
}

// System returns the process's streams.
func System() *Streams {
	s := &Streams{
		In:            os.Stdin,
		Out:           os.Stdout,
		Err:           os.Stderr,
		OutIsTerminal: isTerminal(os.Stdout),
		ErrIsTerminal: isTerminal(os.Stderr),
		InIsTerminal:  isTerminal(os.Stdin),
		Getenv:        os.Getenv,
	}
	if closedAtStart(os.Stdout) {
		s.Out = closedWriter{}
	}
	return s
}

func isTerminal(f *os.File) bool {
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// Run runs newsbrief with args (without the program name) and returns the exit code.
func Run(args []string, s *Streams) int {
	if s.Getenv == nil {
		s.Getenv = func(string) string { return "" }
	}
	if s.ErrIsTerminal && s.progressWriter == nil {
		s.progressWriter = s.Err
	}
	s, flush := sanitized(s)
	defer flush()
	root := newRootCmd(s)
	root.SetArgs(args)
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	err := root.Execute()
	if s.closeOut != nil {
		if cerr := s.closeOut(); cerr != nil && err == nil {
			err = &exitError{code: ExitFailure, err: cerr}
		}
	}
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != errSilent {
			fmt.Fprintln(s.Err, "newsbrief: "+oneLine(ee.Error()))
		}
		return ee.code
	}
	fmt.Fprintln(s.Err, "newsbrief: "+oneLine(err.Error()))
	return ExitFailure
}

// errSilent marks an exit whose reasons were already reported line by line.
var errSilent = errors.New("")

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// briefOptions are the flags of the main command.
type briefOptions struct {
	format      string
	inputFormat string
	published   string
	color       string
	jobs        int
	maxBytes    int64
	include     []string
	exclude     []string
	hidden      bool
	outDir      string
	output      string   // -o: one output file instead of stdout
	only        []string // --only: the sections of the brief to print
	quiet       bool
	// partialQuotes keeps phrases quoted inside the writer's sentence (the guideline's partial
	// quotes); without them only quoted sentences are reported, as PolNeAR-style corpora count.
	partialQuotes bool
	timeout       time.Duration // one URL's whole fetch
	textOnly      bool          // the text command: make each article's text, brief nothing
	libraryOnly   bool          // text --library-only: web pages without newsbrief's cleanup (make eval)
}

func newRootCmd(s *Streams) *cobra.Command {
	opts := &briefOptions{}
	cmd := &cobra.Command{
		Use:   "newsbrief [FILE|DIR|URL|-]...",
		Short: "Turn news articles into structured briefs: people, quotes, dates, troop figures",
		Long: `newsbrief reads news articles and prints a brief of each: who is in it (people with their
titles), what they said (direct quotes with the speaker), when things happen (dates resolved to the
calendar) and how many troops are involved.

With no argument, or "-", it reads one article from stdin. A FILE is one article; a DIR is every *.txt,
*.md, *.html and *.htm file below it, in sorted path order. A URL (http or https) is fetched. Web pages
(by extension or first bytes) are reduced to their story; Markdown loses its markup and front matter,
offsets still pointing into the file. "newsbrief text" prints the text the offsets index. With
--input-format ndjson each line is a record {"id": "...", "text": "...", "published": "YYYY-MM-DD"}
(or "html" instead of "text").`,
		Example: `  newsbrief article.txt
  newsbrief https://example.org/2019/11/19/story.html
  newsbrief --format json --published 2021-12-29 < article.txt
  newsbrief --input-format ndjson --format ndjson < archive.jsonl > briefs.jsonl
  newsbrief -j 4 --format markdown articles/
  newsbrief --format json --out-dir briefs/ articles/
  newsbrief digest articles/
  newsbrief check --format github articles/`,
		Args:          cobra.ArbitraryArgs, // paths; a subcommand name comes first when one is meant
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBrief(cmd, s, opts, args)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.format, "format", "f", "text", "output format: text, markdown, json, ndjson")
	f.StringVar(&opts.outDir, "out-dir", "", "write one brief per article into this folder, mirroring the input paths")
	f.StringSliceVar(&opts.only, "only", nil, "print only these sections of the brief: people, quotes, dates, troops")
	f.BoolVar(&opts.partialQuotes, "partial-quotes", true, "report phrases quoted inside the writer's sentence; =false keeps only quoted sentences")
	f.SortFlags = false
	// Input flags are shared by the subcommands (digest, check).
	f = cmd.PersistentFlags()
	f.StringVar(&opts.inputFormat, "input-format", "auto", "input format: auto (web pages and Markdown by name or first bytes, else text), html, markdown, text (one article per input) or ndjson (one record per line)")
	f.DurationVar(&opts.timeout, "timeout", input.DefaultTimeout, "for URLs, the longest a whole fetch may take")
	f.StringVar(&opts.published, "published", "", "publication date YYYY-MM-DD, to resolve relative dates")
	f.StringVar(&opts.color, "color", "auto", "color: auto (only on a terminal), always, never")
	f.IntVarP(&opts.jobs, "jobs", "j", runtime.NumCPU(), "articles processed in parallel")
	f.Int64Var(&opts.maxBytes, "max-bytes", input.DefaultMaxBytes, "largest article, web page (after decompression) or NDJSON line accepted, in bytes")
	f.StringSliceVar(&opts.include, "include", nil, "in folders, read only files matching these globs (default *.txt, *.md, *.html, *.htm)")
	f.StringSliceVar(&opts.exclude, "exclude", nil, "in folders, skip files and folders matching these globs")
	f.BoolVar(&opts.hidden, "hidden", false, "in folders, also read hidden files and folders")
	f.BoolVarP(&opts.quiet, "quiet", "q", false, "no progress bar and no batch summary on stderr (errors are still reported)")
	f.StringVarP(&opts.output, "output", "o", "", "write the output to this file instead of stdout")
	f.SortFlags = false
	cmd.AddCommand(newDigestCmd(s, opts), newCheckCmd(s, opts), newSchemaCmd(s), newTextCmd(s, opts))
	cmd.AddCommand(newManCmd(s))
	conventions(cmd, s, opts) // --version, completions, did-you-mean, -o (conventions.go)
	return cmd
}

// useColor decides whether output is colored: --color always/never win; auto means a terminal that
// is not TERM=dumb, and no NO_COLOR in the environment.
func useColor(mode string, s *Streams) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto", "":
		if s.Getenv("NO_COLOR") != "" || s.Getenv("TERM") == "dumb" {
			return false, nil
		}
		return s.OutIsTerminal, nil
	}
	return false, usageError("--color must be auto, always or never, not %q", mode)
}

// prepare checks a command's --format against the formats it writes and the input flags, decides
// on color, and reads stdin when no path is given: what the main command and digest share.
func (o *briefOptions) prepare(format string, formats []string, s *Streams, args []string) (paths []string, color bool, err error) {
	if err := validFormat(format, formats); err != nil {
		return nil, false, err
	}
	if err := o.validateInput(s); err != nil {
		return nil, false, err
	}
	if color, err = useColor(o.color, s); err != nil {
		return nil, false, err
	}
	if len(args) == 0 {
		args = []string{"-"}
		ttyHint(s)
	}
	return args, color, nil
}

// validFormat checks a --format value against the formats a command writes.
func validFormat(format string, formats []string) error {
	for _, f := range formats {
		if f == format {
			return nil
		}
	}
	return usageError("--format must be one of %s, not %q", strings.Join(formats, ", "), format)
}

// validateInput checks the flags every command shares: how input is read and how many workers run.
func (o *briefOptions) validateInput(s *Streams) error {
	switch input.Format(o.inputFormat) {
	case input.FormatAuto, input.FormatHTML, input.FormatMarkdown, input.FormatText, input.FormatNDJSON:
	default:
		return usageError("--input-format must be auto, html, markdown, text or ndjson, not %q", o.inputFormat)
	}
	if o.timeout <= 0 {
		return usageError("--timeout must be positive")
	}
	if o.published != "" {
		if err := publishedError(o.published); err != nil {
			return err
		}
	}
	if o.jobs < 1 {
		return usageError("--jobs must be at least 1")
	}
	if o.maxBytes < 1 {
		return usageError("--max-bytes must be positive")
	}
	if err := globError("include", o.include); err != nil {
		return err
	}
	if err := globError("exclude", o.exclude); err != nil {
		return err
	}
	o.capJobs(s)
	return o.stdoutError(s)
}
