package dates

import (
	"time"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

// The date extractor works in three stages, as wanasit/chrono does: the patterns of each family
// (scan_*.go) find mentions token by token; an ordered list of refiners (refine.go) reads each mention
// in its context and drops it or settles what its words alone cannot tell; the resolver (resolve.go)
// places what is left on the calendar, in text order. This file lists the patterns and the refiners in
// the order they run.

// extract refines and resolves the mentions that s found; together they find every expression that points to a calendar date or period and resolves it to a
// TimeML TIMEX3 value against the publication date. Durations ("three months"), sets ("every year"), ages,
// vague references ("recently") and times of day alone are not dates; neither is the dateline's date,
// which is the publication date itself. When published is zero, relative expressions keep X
// placeholders for what only the publication date could tell (see timex.go).
func extract(s *dateScanner, mentions []dateMention, published time.Time) ([]brief.Date, bool) {
	d := s.d
	for _, refine := range dateRefiners {
		refine(s, mentions)
	}
	r := newDateResolver(published)
	kept := 0
	for i := range mentions {
		if !mentions[i].dropped {
			kept++
		}
	}
	out := make([]brief.Date, 0, kept) // most kept mentions resolve: one allocation instead of a doubling
	for i := range mentions {
		m := &mentions[i]
		if m.dropped {
			continue
		}
		value := r.resolve(m)
		if value == "" {
			continue
		}
		if m.dayShift != 0 {
			value = shiftDay(value, m.dayShift)
		}
		if m.weekOf {
			value = weekOfDay(value)
		}
		out = append(out, brief.Date{Span: d.Span(m.Range), Value: value})
	}
	return out, s.truncated
}

// dateRefiners run in this order over all the mentions, each from the first to the last, after the
// scan and before the resolver. A step may read what the steps before it settled, for the mention
// and for the ones before it: the coordination step copies the tense of the previous date, so it comes
// after every step that sets a tense.
var dateRefiners = []dateRefiner{
	dropDatelineDate,       // the dateline's date is the publication date, not a date of the story
	placeOnTokens,          // the token span of each mention, which the steps below read
	clauseTense,            // the tense of the clause around the date
	eventSeasonTense,       // "the summer war": a season naming an event has no tense of its own
	possessiveWeekday,      // "Wednesday's ruling", "ahead of Sunday's election"
	coordinatedTense,       // "in February or March": a date with no tense shares its neighbour's
	yearAgoInQuarterReport, // "a year ago" in a report about a quarter means that quarter a year before
}

// core matches a date expression starting at token j (after any boundary or modifier, which matchAt
// has skipped). The patterns are tried in this order and the first match wins; patternsAt says which
// of them can start at the token, and the words in front of some calls are finer tests of it.
func (s *dateScanner) core(j int) (dateMention, int, bool) {
	w := s.low[j]
	w = w[len(modifierPrefix(w)):]
	try := patternsAt(s.low[j])
	// scan_relative.go: today, yesterday, last night, this morning.
	if try&tryRelativeDay != 0 {
		if m, end, ok := s.relativeDay(j); ok {
			return m, end, true
		}
	}
	// scan_reference.go: the next day, earlier that day, the day before last Tuesday, the week of March 6.
	if try&tryReferenceDay != 0 {
		if m, end, ok := s.referenceDay(j); ok {
			return m, end, true
		}
	}
	// scan_year_phrases.go: that year, for the full year, by year-end.
	if try&tryYearReference != 0 {
		if m, end, ok := s.yearReference(j); ok {
			return m, end, true
		}
	}
	if m, end, ok := s.yearEnd(j); ok {
		return m, end, true
	}
	// scan_weekdays.go: a weekday word is read as a weekday or not at all.
	if try&tryWeekday != 0 {
		if _, ok := lexicon.WeekdayWords[w]; ok {
			return s.weekdayExpr(j, j, 0, false)
		}
	}
	// scan_quarters.go, then scan_relative.go: this year's third quarter, last week, the coming year.
	if try&tryRelative != 0 {
		if _, ok := relativeWords[w]; ok || w == "the" {
			if m, end, ok := s.quarterExpr(j); ok {
				return m, end, true
			}
			if m, end, ok := s.relativeExpr(j); ok {
				return m, end, true
			}
		}
	}
	// scan_weekdays.go: noon Saturday.
	if w == "noon" || w == "midnight" {
		if _, ok := lexicon.WeekdayWords[s.next(j+1)]; ok {
			return s.weekdayExpr(j, j+1, 0, false)
		}
	}
	// scan_absolute.go: December 30, Dec. 30, 2021, January 2022, in July.
	if try&tryMonth != 0 {
		if _, ok := lexicon.MonthWords[w]; ok {
			if m, end, ok := s.monthExpr(j); ok {
				return m, end, true
			}
		}
	}
	// scan_years.go, then scan_absolute.go: 1962, 2021-12-30, mid-1996; 30 December.
	if s.toks[j].IsNumber() || modifierPrefix(s.low[j]) != "" {
		if m, end, ok := s.numericExpr(j); ok {
			return m, end, true
		}
		if m, end, ok := s.dayMonthExpr(j); ok {
			return m, end, true
		}
	}
	// scan_quarters.go: Q3 2021, third-quarter, the year-ago quarter.
	if try&tryQuarter != 0 {
		if m, end, ok := s.quarterExpr(j); ok {
			return m, end, true
		}
	}
	if try&tryYearAgo != 0 {
		if m, end, ok := s.yearAgoExpr(j); ok {
			return m, end, true
		}
	}
	// scan_years.go: nineteen ninety-six.
	if try&trySpelledYear != 0 {
		if m, end, ok := s.spelledYear(j); ok {
			return m, end, true
		}
	}
	// scan_relative.go: two weeks ago, in three days.
	if try&tryAgo != 0 {
		if m, end, ok := s.agoExpr(j); ok {
			return m, end, true
		}
	}
	// scan_decades.go: the 1990s, the nineties, the 19th century.
	if try&tryDecade != 0 {
		if m, end, ok := s.decadeExpr(j); ok {
			return m, end, true
		}
	}
	// scan_seasons.go: last summer, the summer of 1994.
	if try&trySeason != 0 {
		if m, end, ok := s.seasonExpr(j); ok {
			return m, end, true
		}
	}
	// scan_holidays.go: Christmas Day, Thanksgiving, Election Day.
	if try&tryHoliday != 0 {
		if m, end, ok := s.holidayExpr(j); ok {
			return m, end, true
		}
	}
	return dateMention{}, j, false
}
