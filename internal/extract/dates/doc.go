// Package dates finds expressions of calendar dates and periods and resolves them to TimeML TIMEX3
// values against the publication date, which is a parameter here, not a property of the text; it
// also infers that publication date from a dateline or from the text's own evidence.
package dates

import (
	"time"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// doc is the shared analysis as the date rules see it: the methods of this package hang on it, and
// none of them writes to the nlp.Doc it wraps.
type doc struct{ *nlp.Doc }

// Extract lists the article's dates in text order, resolved against published (zero when unknown:
// relative dates then keep X placeholders).
func Extract(d *nlp.Doc, published time.Time) []brief.Date {
	out, _ := ExtractTruncated(d, published)
	return out
}

// ExtractTruncated is Extract, and whether the article held more than MaxMentions date mentions,
// of which only the first are read.
func ExtractTruncated(d *nlp.Doc, published time.Time) ([]brief.Date, bool) {
	return extract(&doc{d}, published)
}
