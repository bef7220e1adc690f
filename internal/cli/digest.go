package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newsbrief/newsbrief/internal/render"
)

func newDigestCmd(s *Streams, opts *briefOptions) *cobra.Command {
	var format string
	var top int
	cmd := &cobra.Command{
		Use:   "digest [FILE|DIR|-]...",
		Short: "One brief over a batch: the most-named people, one timeline, troop figures by force, quotes by speaker",
		Long: `digest briefs every article and prints one digest of the batch: the people named in the most
articles (with the count), every date on one timeline, troop figures grouped by force and quotes
grouped by speaker. It reads its inputs like newsbrief itself.`,
		Example: `  newsbrief digest articles/
  newsbrief digest --format json --input-format ndjson < archive.jsonl`,
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			args, color, err := opts.prepare(format, render.DigestFormats, s, args)
			if err != nil {
				return err
			}
			entries := expand(args, opts)
			digest := render.NewDigestBuilder()
			b := newBatch(s, opts, entries)
			process(entries, opts.reader(), s, opts, nil, func(r result) {
				if b.record(r) {
					digest.Add(r.brief)
				}
			})
			b.finish(false)
			if err := render.WriteDigest(format, s.Out, render.Options{Color: color, Version: Version()}, digest.Digest(top)); err != nil {
				return &exitError{code: ExitFailure, err: fmt.Errorf("writing output: %w", err)}
			}
			if b.failed > 0 {
				return &exitError{code: ExitFailure, err: errSilent}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text, markdown, json")
	cmd.Flags().IntVar(&top, "top", 20, "how many people to list (0 for all)")
	return cmd
}
