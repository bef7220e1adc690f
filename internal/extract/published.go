package extract

import (
	"strconv"
	"time"

	"github.com/newsbrief/newsbrief/internal/brief"
)

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
