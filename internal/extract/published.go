package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief/internal/brief"
)

var (
	// datelineRE matches a wire dateline at the start of a paragraph: "KHARTOUM, April 2, 1997 (AFP)",
	// "BKERKE, Lebanon, April 25, 1997 (AFP) -", "Dec 29 (Reuters) -", "WASHINGTON (AP) —".
	datelineRE = regexp.MustCompile(`^(?:[A-Z][A-Za-z.'\- ]{1,40},\s*(?:[A-Z][A-Za-z.'\- ]{1,30},\s*)?)?` +
		`(?:(` + monthPattern + `)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*)?` +
		`\(([A-Za-z][A-Za-z\-]{1,15})\)\s*(?:[-–—]+\s*)?`)
	agencyRE = regexp.MustCompile(`\(([A-Za-z][A-Za-z\-]{1,15})\)`)
	// datedPlaceRE matches a dateline without an agency, when it gives a full date and stands alone or
	// ends in a dash: "LONDON, Dec 14, 2006, 2006", "PARIS, March 3, 2005 -".
	datedPlaceRE = regexp.MustCompile(`^[A-Z][A-Z.'\- ]{1,40},\s*(?:[A-Z][A-Za-z.'\- ]{1,30},\s*)?` +
		`(` + monthPattern + `)\.?\s+(\d{1,2}),?\s+(\d{4})(?:,\s*\d{4})?\s*(?:[-–—]+\s*|$)`)
)

// monthNumber maps a month name or abbreviation, in any case and with or without a period, to 1–12,
// or 0.
func monthNumber(s string) int {
	return monthWords[strings.ToLower(strings.TrimSuffix(s, "."))]
}

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
		s, e := trimRange(d.Text, r)
		r = Range{s, e}
		d.Dateline = &r
		d.datelineParts = make([]string, 5)
		for g := 1; g <= 4 && 2*g+1 < len(m); g++ {
			if m[2*g] >= 0 {
				d.datelineParts[g] = text[m[2*g]:m[2*g+1]]
			}
		}
		return
	}
}

// findPublished returns the publication date from a dateline that gives a full date, or one inferred
// from the text, with its source.
func (d *Doc) findPublished() (time.Time, string, bool) {
	groups := d.datelineParts
	if groups != nil && groups[1] != "" && groups[3] != "" {
		month := monthNumber(groups[1])
		day, _ := strconv.Atoi(groups[2])
		year, _ := strconv.Atoi(groups[3])
		if month > 0 && day >= 1 && day <= 31 {
			return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC), brief.PublishedFromDateline, true
		}
	}
	return d.inferPublished()
}
