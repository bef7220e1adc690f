package dates

import (
	"strconv"
	"time"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

// inferPublished reasons from the text's own dates when neither the caller, the record nor a full
// dateline gives the publication date. It never assumes today's date. In order of trust:
//
//  1. a line under the headline that is only a full date ("Friday, July 21, 2017"), as news sites print;
//  2. a dateline with a month and day but no year ("WARSAW, February 26 (Xinhua) --"), whose year is
//     fixed by a weekday that the lede gives for that day and by the years the text mentions;
//  3. a weekday written with a date ("Thursday, December 30"), whose year is fixed the same way and
//     whose distance from the publication day is given by relative words: "tomorrow" with a future
//     date makes it the day before, "yesterday" with a past date the day after, "today" the same day, a
//     report in the lede ("said on Thursday, Jan. 6") the same day.
//
// Otherwise the publication date stays unknown.
func (d *doc) inferPublished(s *dateScanner, mentions []dateMention) (time.Time, string, bool) {
	if t, ok := d.dateLine(mentions); ok {
		return t, brief.PublishedInferred, true
	}
	evidence := yearEvidence(s, mentions)
	if t, ok := d.datelineWithoutYear(s, mentions, evidence); ok {
		return t, brief.PublishedInferred, true
	}
	if t, ok := d.weekdayDateAnchor(s, mentions, evidence); ok {
		return t, brief.PublishedInferred, true
	}
	return time.Time{}, "", false
}

// dateLine finds a paragraph among the first three that is nothing but a full date.
func (d *doc) dateLine(mentions []dateMention) (time.Time, bool) {
	for pi, p := range d.Paragraphs {
		if pi > 2 {
			break
		}
		for _, m := range mentions {
			if m.Start == p.Start && m.End == p.End && m.kind == kindCalendar && m.year > 0 && m.day > 0 {
				return day(m.year, m.month, m.day), true
			}
		}
	}
	return time.Time{}, false
}

// yearSpan is the range of years the publication can fall in, judged from the latest year the text
// names with digits: that year or the next when it is named as past or present, that year or the one
// before when it is named as ahead ("will meet in January 2022").
type yearSpan struct{ from, to int }

func yearEvidence(s *dateScanner, mentions []dateMention) yearSpan {
	latest, future := 0, false
	for _, m := range mentions {
		if m.kind == kindCalendar && m.year > latest {
			latest = m.year
			future = s.tenseAround(s.d.TokenIndex(m.Start), s.d.TokenIndex(m.End)) == tenseFuture
		}
	}
	if latest == 0 {
		return yearSpan{}
	}
	if future {
		return yearSpan{latest - 1, latest}
	}
	return yearSpan{latest, latest + 1}
}

// yearWith returns the year of the span in which month/day falls on weekday w (the weekday repeats
// only after five years or more, so at most one fits), or 0.
func yearWith(month, dd int, w time.Weekday, span yearSpan) int {
	for y := span.from; y != 0 && y <= span.to; y++ {
		if dd <= daysIn(y, month) && day(y, month, dd).Weekday() == w {
			return y
		}
	}
	return 0
}

// datelineWithoutYear dates a dateline that gives a month and day: the lede's weekday for the day
// ("WASHINGTON, August 8 (Xinhua) -- President Clinton Saturday vowed ...") fixes the year.
func (d *doc) datelineWithoutYear(s *dateScanner, mentions []dateMention, evidence yearSpan) (time.Time, bool) {
	if d.Dateline == nil || d.DatelineParts == nil || d.DatelineParts[1] == "" || d.DatelineParts[2] == "" {
		return time.Time{}, false
	}
	month := lexicon.MonthNumber(d.DatelineParts[1])
	dd, _ := strconv.Atoi(d.DatelineParts[2])
	if month == 0 || dd < 1 || dd > 31 {
		return time.Time{}, false
	}
	lede := d.ParagraphAt(d.Dateline.Start)
	for _, m := range mentions {
		if m.Start < d.Dateline.End || m.kind != kindWeekday || m.relative {
			continue
		}
		if p := d.ParagraphAt(m.Start); p != lede && p != lede+1 {
			break
		}
		if y := yearWith(month, dd, m.weekday, evidence); y != 0 {
			return day(y, month, dd), true
		}
		break
	}
	return time.Time{}, false
}

// weekdayDateAnchor dates the article from a weekday written with a date and the relative words
// around it.
func (d *doc) weekdayDateAnchor(s *dateScanner, mentions []dateMention, evidence yearSpan) (time.Time, bool) {
	for _, m := range mentions {
		if m.kind != kindCalendar || !m.hasWeekday || m.day <= 0 {
			continue
		}
		if d.Dateline != nil && m.Overlaps(*d.Dateline) {
			continue
		}
		y := m.year
		if y == 0 {
			y = yearWith(m.month, m.day, m.weekday, evidence)
		}
		if y == 0 {
			continue
		}
		date := day(y, m.month, m.day)
		first, last := d.TokenIndex(m.Start), d.TokenIndex(m.End)
		t := s.tenseAround(first, last)
		// Relative words in the same sentence count first, then anywhere in the text.
		if off, ok := relativeWordOffset(s, mentions, t, true, first); ok {
			return date.AddDate(0, 0, -off), true
		}
		if off, ok := relativeWordOffset(s, mentions, t, false, first); ok {
			return date.AddDate(0, 0, -off), true
		}
		// "said in an editorial on Thursday, Jan. 6": a report in the first paragraphs is dated that day.
		if t == tensePast && d.ParagraphAt(m.Start) <= 2 {
			return date, true
		}
	}
	return time.Time{}, false
}

// relativeWordOffset finds today/tomorrow/yesterday that can name the same day as a date of tense t,
// and returns its offset in days from the publication day. sameSentence limits the search to the
// sentence of token first.
func relativeWordOffset(s *dateScanner, mentions []dateMention, t tense, sameSentence bool, first int) (int, bool) {
	sent := s.sentenceBounds(first)
	for _, r := range mentions {
		if r.kind != kindRelativeDay {
			continue
		}
		k := s.d.TokenIndex(r.Start)
		if sameSentence && (k < sent.Start || k >= sent.End) {
			continue
		}
		switch {
		case r.offset == 0 && sameSentence:
			return 0, true
		case r.offset > 0 && t == tenseFuture:
			return r.offset, true
		case r.offset < 0 && t == tensePast:
			return r.offset, true
		}
	}
	return 0, false
}
