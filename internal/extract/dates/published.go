package dates

import (
	"strconv"
	"time"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// Published returns the publication date from a dateline that gives a full date, or one inferred
// from the text, with its source (brief.PublishedFromDateline or brief.PublishedFromInferred).
func Published(td *nlp.Doc) (time.Time, string, bool) {
	return NewScan(td).Published()
}

// Published is the package's Published on the scan's article; the inference reads the scan's
// mentions, which Extract reads after it.
func (sc *Scan) Published() (time.Time, string, bool) {
	d := sc.d
	groups := d.DatelineParts
	if groups != nil && groups[1] != "" && groups[3] != "" {
		month := lexicon.MonthNumber(groups[1])
		day, _ := strconv.Atoi(groups[2])
		year, _ := strconv.Atoi(groups[3])
		if month > 0 && day >= 1 && day <= 31 {
			return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC), brief.PublishedFromDateline, true
		}
	}
	return d.inferPublished(sc.scanned())
}
