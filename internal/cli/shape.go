package cli

import (
	"os"

	"github.com/newsbrief/newsbrief/internal/input"
)

// canHoldSeveral reports whether the inputs named by args can hold more than one article: a folder,
// an NDJSON stream, or more than one path. JSON output is then an array, whatever the count turns out
// to be, so a script reading it never meets two shapes.
func canHoldSeveral(args []string, opts *briefOptions) bool {
	if len(args) != 1 || opts.inputFormat == string(input.FormatNDJSON) {
		return true
	}
	if args[0] == "-" {
		return false
	}
	info, err := os.Stat(args[0])
	return err == nil && info.IsDir()
}
