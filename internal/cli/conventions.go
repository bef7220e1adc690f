package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// conventions gives the root command what users of gh, rg and jq expect of a CLI: --version, shell
// completion of flag values, and a suggestion for a mistyped subcommand.
func conventions(cmd *cobra.Command, s *Streams, opts *briefOptions) {
	cmd.Version = Version()
	cmd.PersistentPreRunE = func(*cobra.Command, []string) error { return openOutput(s, opts.output) }
	cmd.SetVersionTemplate("newsbrief {{.Version}}\n")
	registerRootCompletions(cmd)
	cmd.SuggestionsMinimumDistance = 2
	cmd.PreRunE = suggestCommand
}

// suggestCommand fails a run whose first argument is no file but nearly a subcommand's name
// (`newsbrief chek`): the user meant the command, and "chek: no such file" would not say so.
func suggestCommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 || args[0] == "-" {
		return nil
	}
	if _, err := os.Stat(args[0]); err == nil || !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if sug := cmd.SuggestionsFor(args[0]); len(sug) > 0 {
		return usageError("%s: no such file or command; did you mean %s?", args[0], strings.Join(sug, " or "))
	}
	return nil
}

// openOutput sends the output to the file of -o/--output instead of stdout. The file is closed (and a
// failure to write it reported) when the command ends.
func openOutput(s *Streams, path string) error {
	if path == "" || path == "-" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return usageError("--output: %v", err)
	}
	s.Out, s.OutIsTerminal = f, false
	s.closeOut = func() error {
		if err := f.Close(); err != nil {
			return fmt.Errorf("writing %s: %w", path, err)
		}
		return nil
	}
	return nil
}

// ttyHint tells a user who typed the command without a file or a pipe why it seems to hang: it is
// reading an article from the terminal.
func ttyHint(s *Streams) {
	if s.InIsTerminal {
		fmt.Fprintln(s.Err, "newsbrief: reading an article from the terminal; end it with Ctrl-D (or give a FILE or DIR, see newsbrief --help)")
	}
}
