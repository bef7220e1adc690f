package nlp

import (
	"regexp"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

var (
	// datelineRE matches a wire dateline at the start of a paragraph: "KHARTOUM, April 2, 1997 (AFP)",
	// "BKERKE, Lebanon, April 25, 1997 (AFP) -", "Dec 29 (Reuters) -", "WASHINGTON (AP) —", "O'SMACH, Cambodia (AP)_".
	datelineRE = regexp.MustCompile(`^(?:[A-Z][A-Za-z.'\- ]{1,40},\s*(?:[A-Z][A-Za-z.'\- ]{1,30},\s*)?|` +
		`[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*(?:,\s*[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+)*)?\s+)?` +
		`(?:(` + lexicon.MonthPattern + `)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*)?` +
		`\(([A-Za-z][A-Za-z\-]{1,15})\)\s*(?:[-–—_]+\s*)?`)
	AgencyRE = regexp.MustCompile(`\(([A-Za-z][A-Za-z\-]{1,15})\)`)
	// datedPlaceRE matches a dateline without an agency, when it gives a full date and stands alone or
	// ends in a dash: "LONDON, Dec 14, 2006, 2006", "PARIS, March 3, 2005 -".
	datedPlaceRE = regexp.MustCompile(`^[A-Z][A-Z.'\- ]{1,40},\s*(?:[A-Z][A-Za-z.'\- ]{1,30},\s*)?` +
		`(` + lexicon.MonthPattern + `)\.?\s+(\d{1,2}),?\s+(\d{4})(?:,\s*\d{4})?\s*(?:[-–—]+\s*|$)`)
)

// findDateline looks for a wire dateline in the first content paragraphs.
func (d *Doc) findDateline() {
	for i, p := range d.Paragraphs {
		if i > 2 {
			break
		}
		text := d.Slice(p)
		m := datelineRE.FindStringSubmatchIndex(text)
		if m == nil {
			m = datedPlaceRE.FindStringSubmatchIndex(text)
		}
		if m == nil {
			continue
		}
		r := Range{p.Start, p.Start + m[1]}
		s, e := TrimRange(d.Text, r)
		r = Range{s, e}
		d.Dateline = &r
		d.DatelineParts = make([]string, 5)
		for g := 1; g <= 4 && 2*g+1 < len(m); g++ {
			if m[2*g] >= 0 {
				d.DatelineParts[g] = text[m[2*g]:m[2*g+1]]
			}
		}
		return
	}
}
