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
		var m []int
		if agencyMayFollow(text) {
			m = datelineRE.FindStringSubmatchIndex(text)
		}
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

// agencyMayFollow reports whether datelineRE can match text: everything its place and date parts
// match is ASCII letters, digits, white space and . ' - , so the agency's "(" must be the first byte
// of text outside those. Checking that first keeps the regular expression off a long paragraph of
// capitalised words ("J. R. J. R. …"), which its place part would otherwise walk to the end.
func agencyMayFollow(text string) bool {
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == '.', c == '\'', c == '-', c == ',', c == ' ', c == '\t', c == '\n', c == '\f', c == '\r':
		default:
			return c == '('
		}
	}
	return false
}
