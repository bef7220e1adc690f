package cli

import (
	"bytes"
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

// newManCmd prints newsbrief's man page, generated from the commands and flags themselves so it
// never drifts from --help; with --dir it writes one page per command (newsbrief.1, newsbrief-check.1).
func newManCmd(s *Streams) *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "man",
		Short: "Print the man page (or write one page per command with --dir)",
		Example: `  newsbrief man | man -l -
  newsbrief man --dir /usr/local/share/man/man1`,
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			root := cmd.Root()
			root.DisableAutoGenTag = true // no date in the page: the same build prints the same page
			header := &doc.GenManHeader{Title: "NEWSBRIEF", Section: "1", Source: "newsbrief " + Version(), Manual: "newsbrief manual", Date: manDate(s)}
			if dir != "" {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					return &exitError{code: ExitFailure, err: fmt.Errorf("--dir: %w", err)}
				}
				if err := doc.GenManTree(root, header, dir); err != nil {
					return &exitError{code: ExitFailure, err: fmt.Errorf("--dir: %w", err)}
				}
				return nil
			}
			var buf bytes.Buffer
			if err := doc.GenMan(root, header, &buf); err != nil {
				return err
			}
			_, err := s.Out.Write(buf.Bytes())
			return err
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "write one man page per command into this folder")
	return cmd
}

// manDate is the page's date: SOURCE_DATE_EPOCH when a reproducible build sets it, else the time of
// the commit the binary was built from, else today.
func manDate(s *Streams) *time.Time {
	if sec, err := strconv.ParseInt(s.Getenv("SOURCE_DATE_EPOCH"), 10, 64); err == nil {
		t := time.Unix(sec, 0).UTC()
		return &t
	}
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, kv := range info.Settings {
			if kv.Key == "vcs.time" {
				if t, err := time.Parse(time.RFC3339, kv.Value); err == nil {
					return &t
				}
			}
		}
	}
	return nil
}
