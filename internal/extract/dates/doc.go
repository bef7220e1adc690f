// Package dates finds expressions of calendar dates and periods and resolves them to TimeML TIMEX3
// values against the publication date, which is a parameter here, not a property of the text; it
// also infers that publication date from a dateline or from the text's own evidence.
package dates

import (
	"slices"
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
	return NewScan(d).Extract(published)
}

// Scan holds the date mentions of one article, found once and read both by the inference of the
// publication date and by the extraction against that date: an article without a given date would
// otherwise be scanned twice. Published must be asked before Extract, which refines the mentions in
// place and so is asked once.
type Scan struct {
	d        *doc
	scanner  *dateScanner
	mentions []dateMention // in text order; nil until the first scan
}

// NewScan prepares the scan of d's dates; the tokens are read on first use.
func NewScan(d *nlp.Doc) *Scan { return &Scan{d: &doc{d}} }

// scanned returns the scanner and the mentions, scanning the tokens the first time.
func (sc *Scan) scanned() (*dateScanner, []dateMention) {
	if sc.scanner == nil {
		sc.scanner = newDateScanner(sc.d)
		sc.mentions = sc.scanner.scan()
		// The scan finds them in text order already; the sort is for safety, the check spares it.
		byStart := func(a, b dateMention) int { return a.Start - b.Start }
		if !slices.IsSortedFunc(sc.mentions, byStart) {
			slices.SortStableFunc(sc.mentions, byStart)
		}
	}
	return sc.scanner, sc.mentions
}

// Extract is ExtractTruncated on the scanned mentions.
func (sc *Scan) Extract(published time.Time) ([]brief.Date, bool) {
	s, mentions := sc.scanned()
	return extract(s, mentions, published)
}
