package extract

import "github.com/newsbrief/newsbrief/internal/brief"

// extractTroops finds figures that count military personnel. Baseline: none yet (see issue 6).
func extractTroops(d *Doc) []brief.Troop {
	return []brief.Troop{}
}
