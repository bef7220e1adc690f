package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsbrief/newsbrief/internal/check"
	"github.com/newsbrief/newsbrief/internal/input"
	"github.com/newsbrief/newsbrief/internal/render"
)

type checkOptions struct {
	format        string
	enable        []string
	disable       []string
	failOn        string
	listRules     bool
	explain       string
	config        string
	noConfig      bool
	stdinFilename string
	flagSet       func(name string) bool // whether the user gave a flag (it then wins over the configuration)
}

func newCheckCmd(s *Streams, opts *briefOptions) *cobra.Command {
	co := &checkOptions{}
	var cmd *cobra.Command
	co.flagSet = func(name string) bool { return cmd.Flags().Changed(name) }
	cmd = &cobra.Command{
		Use:   "check [FILE|DIR|-]...",
		Short: "Run copy-desk checks over articles (for CI): unbalanced quotes, name spellings, weekdays, ...",
		Long: `check runs copy-desk rules over each article and reports every finding with its rule, severity
and line:column. It exits 1 when a finding at or above --fail-on exists, 0 when none does, and 2 on a
usage error or an input that cannot be read.

Rules:
` + ruleList("  "),
		Example: `  newsbrief check articles/
  newsbrief check --format github --fail-on warning articles/
  newsbrief check --format sarif articles/ > newsbrief.sarif
  newsbrief check --disable date-unresolved --published 2021-12-29 story.txt
  newsbrief check --explain troops-conflict
  git show HEAD:story.md | newsbrief check --stdin-filename story.md --format github`,
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(s, opts, co, args)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&co.format, "format", "f", "text", "output format: text, line, json, github, sarif")
	f.StringSliceVar(&co.enable, "enable", nil, "run only these rules")
	f.StringSliceVar(&co.disable, "disable", nil, "do not run these rules")
	f.StringVar(&co.failOn, "fail-on", "error", "exit 1 on a finding of this severity or worse: error, warning, never")
	f.BoolVar(&co.listRules, "list-rules", false, "list the rules and exit")
	f.StringVar(&co.explain, "explain", "", "explain a rule (what it finds, what it leaves alone, how to silence it) and exit")
	f.StringVar(&co.config, "config", "", "configuration file (default: the first .newsbrief.yaml from the working folder upward)")
	f.BoolVar(&co.noConfig, "no-config", false, "read no configuration file")
	f.StringVar(&co.stdinFilename, "stdin-filename", "", "the path findings in stdin's article are reported under (default -)")
	f.SortFlags = false
	registerCheckCompletions(cmd)
	return cmd
}

func ruleList(indent string) string {
	var b strings.Builder
	for _, r := range check.Rules {
		fmt.Fprintf(&b, "%s%-22s %-8s %s\n", indent, r.ID, r.Severity, r.Summary)
	}
	return b.String()
}

func runCheck(s *Streams, opts *briefOptions, co *checkOptions, args []string) error {
	if co.listRules {
		_, err := fmt.Fprint(s.Out, ruleList(""))
		return err
	}
	if co.explain != "" {
		text, err := check.Explain(co.explain)
		if err != nil {
			return usageError("--explain: %v", err)
		}
		_, err = fmt.Fprint(s.Out, text)
		return err
	}
	if err := validFormat(co.format, render.CheckFormats); err != nil {
		return err
	}
	cfg, err := co.loadConfig(s)
	if err != nil {
		return usageError("%v", err)
	}
	cfg.applyTo(opts, co)
	if err := opts.validateInput(s); err != nil {
		return err
	}
	threshold, err := check.ParseThreshold(co.failOn)
	if err != nil {
		return usageError("%v", err)
	}
	var c *check.Config
	if cfg != nil {
		c = cfg.Config
	}
	rules, err := check.Configured(c, co.enable, co.disable)
	if err != nil {
		return usageError("%v", err)
	}
	if err := ruleSelectionError(co.enable, co.disable, rules); err != nil {
		return err
	}
	color, err := useColor(opts.color, s)
	if err != nil {
		return err
	}
	out, err := render.NewCheck(co.format, s.Out, render.Options{Color: color, Version: Version()}, rules)
	if err != nil {
		return usageError("%v", err)
	}
	if len(args) == 0 {
		args = []string{"-"}
		ttyHint(s)
	}
	entries := expand(args, opts)
	b := newBatch(s, opts, entries)
	worst := check.Never
	var writeErr error
	name := func(a input.Article) string {
		n := articleName(a)
		if n == "-" && co.stdinFilename != "" {
			return co.stdinFilename
		}
		return n
	}
	process(entries, opts.reader(), s, opts, func(r *result) {
		written := r.article.Text
		if src := r.article.Source; src != nil && len(src.Written) == len(written) {
			written = src.Written
		}
		r.findings = check.RunWritten(r.brief, r.article.Text, written, rules)
	}, func(r result) {
		if !b.record(r) {
			if writeErr == nil {
				writeErr = out.Unreadable(name(r.article), r.article.Err)
			}
			return
		}
		if w := check.Worst(r.findings); w > worst {
			worst = w
		}
		if writeErr == nil {
			writeErr = out.Article(name(r.article), r.findings)
		}
	})
	if writeErr == nil {
		writeErr = out.Close()
	}
	b.finish(false)
	switch {
	case writeErr != nil:
		return &exitError{code: ExitFailure, err: fmt.Errorf("writing output: %w", writeErr)}
	case b.failed > 0:
		return &exitError{code: ExitFailure, err: errSilent}
	case threshold != check.Never && worst >= threshold:
		return &exitError{code: ExitFindings, err: errSilent}
	}
	return nil
}

// expand lists the inputs of path arguments with the walk flags.
func expand(args []string, opts *briefOptions) []input.Entry {
	return input.Expand(args, opts.walkOptions())
}
