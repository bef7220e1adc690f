package cli

import (
	"errors"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// conventions gives the root command what users of gh, rg and jq expect of a CLI: --version, shell
// completion of flag values, and a suggestion for a mistyped subcommand.
func conventions(cmd *cobra.Command, s *Streams) {
	cmd.Version = Version()
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
