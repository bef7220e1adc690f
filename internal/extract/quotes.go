package extract

import "github.com/newsbrief/newsbrief/internal/brief"

// extractQuotes finds direct quotes and their speakers. Baseline: none yet (see issue 4).
func extractQuotes(d *Doc, people []brief.Person) []brief.Quote {
	return []brief.Quote{}
}
