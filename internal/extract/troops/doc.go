// Package troops finds troop figures: a count (exact, approximate, a range or a vague quantity) of
// military or armed personnel, with the force they belong to and where they are.
package troops

import (
	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// doc is the shared analysis as the troop rules see it: the methods of this package hang on it, and
// none of them writes to the nlp.Doc it wraps.
type doc struct{ *nlp.Doc }

// Extract lists the article's troop figures in text order.
func Extract(d *nlp.Doc) []brief.Troop {
	out, _ := ExtractTruncated(d)
	return out
}

// ExtractTruncated is Extract, and whether the article held more than MaxFigures figures, of which
// only the first are read.
func ExtractTruncated(d *nlp.Doc) ([]brief.Troop, bool) { return extract(&doc{d}) }
