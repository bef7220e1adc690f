package extract

import "github.com/newsbrief/newsbrief/internal/brief"

// extractDates finds date expressions and resolves them against d.Published. Baseline: none yet (see issue 5).
func extractDates(d *Doc) []brief.Date {
	return []brief.Date{}
}
