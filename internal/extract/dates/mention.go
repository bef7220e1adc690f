package dates

import (
	"time"

	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// dateKind says how a date expression is placed on the calendar.
type dateKind uint8

const (
	kindCalendar         dateKind = iota // year, month and day as written; a missing year is inferred
	kindWeekday                          // "Wednesday", "last Friday", "next Monday"
	kindRelativeDay                      // today, yesterday, tomorrow, tonight: offset in days
	kindRelativeUnit                     // "last week", "next year", "two months ago", "in two weeks"
	kindSeason                           // "last summer", "spring next year"
	kindQuarter                          // "the third quarter", "2021-Q4"
	kindHalf                             // "the first half of 2006"
	kindDecade                           // "the 1990s", "the next decade"
	kindCentury                          // "the 19th century"
	kindReferenceDay                     // "earlier in the day": the day last talked about
	kindReferenceYear                    // "the previous year", "the year before": from the year last talked about
	kindReferenceQuarter                 // "the quarter", "the latest quarter" in a report about a quarter
	kindYearEnd                          // "by year-end", "since year end": December 31 of a year
	kindReferenceMonth                   // "the following month", "later that month": from the month last talked about
)

// dateMention is one date expression found in the text, as the scanner read it and the refiners
// completed it, before it is resolved. The numbers come first and the small fields after them, packed
// together: an input of nothing but dates holds tens of thousands of mentions.
type dateMention struct {
	nlp.Range
	year, month, day int // as written; 0 when not written
	weekday          time.Weekday
	offset           int // shift in units: "last" -1, "next" +1, "this" 0, "two weeks ago" -2
	number           int // quarter 1–4, half 1–2, season index, decade (199), century (19)
	direction        int // -1 or +1 when the words fix the direction ("since January", "until May")
	yearOffset       int // "January this year", "spring next year": the year relative to the anchor
	dayShift         int // "the day before last Tuesday": days added to the resolved day
	kind             dateKind
	unit             calendarUnit
	hasWeekday       bool
	relative         bool // a weekday or season with last/next/this
	futureOnly       bool // "in two weeks": a date only when the clause looks ahead
	yearRelative     bool
	monthRelative    bool // "last April", "next January": direction holds the sign
	fromReference    bool // "the previous Friday": counted from the day last talked about
	// yearAgo marks "a year ago", "a year earlier", "year-earlier": in a report about a quarter they
	// mean that quarter a year before.
	yearAgo bool
	// quarterContext says the year-ago comparison is about a quarter: set by the scanner when the
	// phrase names its period ("the year-ago quarter"), else by the refiner yearAgoInQuarterReport.
	quarterContext bool
	latest         bool // "the latest quarter": the last one completed before publication
	weekOf         bool // "the week of March 6": the ISO week of the resolved day
	attributive    bool // "the July 25 call": names an event's day; "later in the day" does not count from it

	// Set by the refiners (refine.go), read by the later refiners and the resolver.
	tokens  nlp.Range // token indexes: the first token, and the first token at or after the end
	tense   tense     // the tense of the clause around the mention
	dropped bool      // not a date of the story: the resolver skips it
}
