package cli

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// sections are the parts of a brief --only can keep.
var sections = []string{"people", "quotes", "dates", "troops"}

// checkOnly checks the --only values against the sections.
func checkOnly(only []string) error {
	for _, s := range only {
		if !containsString(sections, s) {
			return usageError("--only must name sections among %s, not %q", strings.Join(sections, ", "), s)
		}
	}
	return nil
}

// keepOnly empties the sections of b that --only leaves out (they stay in JSON as empty lists, so
// the contract's shape holds; text and Markdown print no empty section).
func keepOnly(b *brief.Brief, only []string) {
	if len(only) == 0 {
		return
	}
	if !containsString(only, "people") {
		b.People = []brief.Person{}
	}
	if !containsString(only, "quotes") {
		b.Quotes = []brief.Quote{}
	}
	if !containsString(only, "dates") {
		b.Dates = []brief.Date{}
	}
	if !containsString(only, "troops") {
		b.Troops = []brief.Troop{}
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
