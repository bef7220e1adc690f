package cli

import (
	"github.com/spf13/cobra"

	"github.com/newsbrief/newsbrief/internal/check"
	"github.com/newsbrief/newsbrief/internal/render"
)

// fixedValues completes a flag with a fixed list of values and no file names.
func fixedValues(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

// registerRootCompletions lets shells complete the values of the main command's flags (`newsbrief
// completion bash` and the others install them).
func registerRootCompletions(cmd *cobra.Command) {
	cmd.RegisterFlagCompletionFunc("format", fixedValues(render.Formats...))
	cmd.RegisterFlagCompletionFunc("input-format", fixedValues("text", "ndjson"))
	cmd.RegisterFlagCompletionFunc("color", fixedValues("auto", "always", "never"))
	cmd.RegisterFlagCompletionFunc("only", fixedValues(sections...))
	for _, sub := range cmd.Commands() {
		if sub.Name() == "digest" {
			sub.RegisterFlagCompletionFunc("format", fixedValues(render.DigestFormats...))
		}
	}
}

// registerCheckCompletions completes check's formats, rule ids and thresholds.
func registerCheckCompletions(cmd *cobra.Command) {
	cmd.RegisterFlagCompletionFunc("format", fixedValues(render.CheckFormats...))
	for _, f := range []string{"enable", "disable", "explain"} {
		cmd.RegisterFlagCompletionFunc(f, fixedValues(check.IDs()...))
	}
	cmd.RegisterFlagCompletionFunc("fail-on", fixedValues("error", "warning", "never"))
	cmd.RegisterFlagCompletionFunc("config", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
	})
}
