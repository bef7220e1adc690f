package dates

import (
	"fmt"
	"time"
)

// dateResolver places mentions on the calendar, in text order. Besides the publication date (the
// anchor) it remembers the day, year and quarter last talked about, which "earlier in the day", "the
// year before" and "the quarter" refer to.
type dateResolver struct {
	anchor      time.Time // zero when the publication date is unknown
	refDay      time.Time
	refDayAt    int       // where the mention that set refDay starts
	storyDay    time.Time // the day last named by a weekday or today/yesterday: where the story is
	refYear     int
	refQuarterY int
	refQuarter  int
	refMonthY   int // the month last talked about, as year and month
	refMonth    int
}

func newDateResolver(anchor time.Time) *dateResolver {
	return &dateResolver{anchor: anchor}
}

func (r *dateResolver) known() bool { return !r.anchor.IsZero() }

// Year inference windows, in days (for a month and day) and months (for a month alone): how far from
// the publication date a date without a year may lie before the neighbouring year is the nearer reading.
// Past clauses reach further back, future ones further ahead. Without a tense the window leans back,
// because news mostly reports what has happened ("from $29.75 in March" in an October story is this
// March, "a record set on Aug. 6" in a February story is last August).
const (
	yearFlipDaysUnknown       = 150 // ahead of the publication date
	yearFlipDaysUnknownBack   = 215 // behind it
	yearFlipDaysAgainst       = 90
	yearFlipMonthsUnknown     = 5
	yearFlipMonthsUnknownBack = 7
	// A past clause cannot be about a month still to come; one month of slack absorbs misread tenses.
	yearFlipMonthsAgainst = 2
	quarterFlipAgainst    = 2
)

// staleRefDayBytes is how far back a day last talked about stops being the day "later in the day" means.
const staleRefDayBytes = 600

// electionDay marks the US Election Day in dateMention.day (negative days are computed holidays).
const electionDay = 100

// resolve returns the TIMEX3 value of m, or "" when m is not a calendar date after all.
func (r *dateResolver) resolve(m *dateMention) string {
	switch m.kind {
	case kindCalendar:
		return r.calendar(m)
	case kindWeekday:
		return r.weekday(m)
	case kindRelativeDay:
		if !r.known() {
			return "XXXX-XX-XX"
		}
		t := r.anchor.AddDate(0, 0, m.offset)
		r.refDay, r.refDayAt, r.storyDay = t, m.Start, t
		return formatDay(t)
	case kindRelativeUnit:
		return r.relativeUnit(m)
	case kindSeason:
		return r.season(m)
	case kindQuarter:
		return r.quarter(m)
	case kindHalf:
		y := m.year
		if y == 0 && m.yearRelative && r.known() {
			y = r.anchor.Year() + m.yearOffset
		}
		return fmt.Sprintf("%s-H%d", formatYear(y), m.number)
	case kindDecade:
		return formatDecade(m.number)
	case kindCentury:
		return formatCentury(m.number)
	case kindReferenceDay:
		// "Later in the day" paragraphs after a date the story only cited ("the call was released on
		// September 25") means the day the story is on: the last weekday or today named.
		if m.offset == 0 && !m.fromReference && !r.storyDay.IsZero() && m.Start-r.refDayAt > staleRefDayBytes {
			return formatDay(r.storyDay)
		}
		if !r.refDay.IsZero() {
			if m.offset != 0 {
				r.refDay = r.refDay.AddDate(0, 0, m.offset)
			}
			return formatDay(r.refDay)
		}
		if m.offset != 0 || m.fromReference {
			return "" // "the next day", "that same day" with no day before it to count from
		}
		if !r.known() {
			return "XXXX-XX-XX"
		}
		return formatDay(r.anchor)
	case kindReferenceMonth:
		if r.refMonth == 0 {
			return ""
		}
		y, mo := addMonths(r.refMonthY, r.refMonth, m.offset)
		r.refMonthY, r.refMonth = y, mo
		return formatMonth(y, mo)
	case kindReferenceQuarter:
		if m.latest && r.known() {
			y, q := r.latestQuarter()
			r.refQuarterY, r.refQuarter = y, q
			return formatQuarter(y, q)
		}
		if r.refQuarter == 0 {
			return ""
		}
		return formatQuarter(r.refQuarterY, r.refQuarter)
	case kindYearEnd:
		if !r.known() {
			return unknownYear + "-12-31"
		}
		y := r.anchor.Year()
		if m.tense == tensePast || m.direction < 0 {
			y--
		}
		return formatMonthDay(y, 12, 31)
	case kindReferenceYear:
		base := r.refYear
		if base == 0 && r.known() {
			base = r.anchor.Year()
		}
		if base == 0 {
			return unknownYear
		}
		return formatYear(base + m.offset)
	}
	return ""
}

// calendar resolves a date as written, inferring a missing year from the publication date.
func (r *dateResolver) calendar(m *dateMention) string {
	y := m.year
	if y == 0 && m.month > 0 {
		switch {
		case m.yearRelative && r.known():
			y = r.anchor.Year() + m.yearOffset
		case m.day != 0:
			y = r.inferDayYear(m)
		default:
			y = r.inferMonthYear(m)
		}
	}
	if m.month == 0 {
		if y != 0 {
			r.refYear = y
		}
		r.refDay = time.Time{} // a year mentioned since: "that same day" no longer means the last day
		return formatYear(y)
	}
	if y != 0 {
		r.refYear = y
		r.refMonthY, r.refMonth = y, m.month
	}
	if m.day == 0 {
		r.refDay = time.Time{}
		return formatMonth(y, m.month)
	}
	d := m.day
	if d == -electionDay { // the Tuesday after the first Monday of November
		if y == 0 {
			return formatMonth(0, m.month)
		}
		firstMonday := 1 + (int(time.Monday)-int(day(y, m.month, 1).Weekday())+7)%7
		d = firstMonday + 1
	} else if d < 0 { // Thanksgiving: the fourth Thursday of November
		if y == 0 {
			return formatMonth(0, m.month)
		}
		first := day(y, m.month, 1)
		d = 1 + (int(time.Thursday)-int(first.Weekday())+7)%7 + 7*(-d-1)
	}
	if y != 0 && d > daysIn(y, m.month) {
		return formatMonth(y, m.month)
	}
	if y != 0 && !m.attributive {
		r.refDay, r.refDayAt = day(y, m.month, d), m.Start
	}
	return formatMonthDay(y, m.month, d)
}

// inferDayYear picks the year of a month and day: the publication year, unless the date then lies far
// on the wrong side of the publication date for the clause's tense ("October 31" in a past clause of an
// April article is the previous October; "January 10" ahead of a December article is next January). A
// weekday written with the date ("Thursday, December 30") must agree with the year.
func (r *dateResolver) inferDayYear(m *dateMention) int {
	if !r.known() {
		return 0
	}
	a := r.anchor
	d := m.day
	if d == -electionDay {
		d = 5 // Election Day falls on the 2nd–8th
	} else if d < 0 {
		d = 22 // Thanksgiving falls on the 22nd–28th
	}
	best := a.Year()
	diff := int(day(best, m.month, d).Sub(a).Hours() / 24)
	past := m.tense == tensePast || m.direction < 0
	future := m.tense == tenseFuture || m.direction > 0
	switch {
	case past && diff > yearFlipDaysAgainst && !future:
		best--
	case future && diff < -yearFlipDaysAgainst && !past:
		best++
	case !past && !future && diff > yearFlipDaysUnknown:
		best--
	case !past && !future && diff < -yearFlipDaysUnknownBack:
		best++
	}
	if m.hasWeekday && m.day > 0 && day(best, m.month, d).Weekday() != m.weekday {
		for _, y := range []int{a.Year(), a.Year() + 1, a.Year() - 1} {
			if day(y, m.month, d).Weekday() == m.weekday {
				return y
			}
		}
	}
	return best
}

// inferMonthYear picks the year of a month alone, by the same reasoning in months.
func (r *dateResolver) inferMonthYear(m *dateMention) int {
	if !r.known() {
		return 0
	}
	a := r.anchor
	diff := m.month - int(a.Month())
	// "last April", "next January", "this September": the words fix the direction.
	if m.monthRelative {
		switch {
		case m.direction < 0 && diff >= -1:
			// "last February" written in March means the February of last year: the one just gone
			// would be "last month".
			return a.Year() - 1
		case m.direction > 0 && diff <= 0:
			return a.Year() + 1
		}
		return a.Year()
	}
	past := m.tense == tensePast || m.direction < 0
	future := m.tense == tenseFuture || m.direction > 0
	switch {
	case past && diff >= yearFlipMonthsAgainst && !future:
		return a.Year() - 1
	case future && diff <= -yearFlipMonthsAgainst && !past:
		return a.Year() + 1
	case !past && !future && diff > yearFlipMonthsUnknown:
		return a.Year() - 1
	case !past && !future && diff < -yearFlipMonthsUnknownBack:
		return a.Year() + 1
	}
	return a.Year()
}

// weekday resolves "Wednesday", "last Friday", "next Monday": a bare weekday is the publication day
// itself when it falls on it, else the most recent such day for past or unknown tense (news mostly
// reports what happened) and the coming one for the future.
func (r *dateResolver) weekday(m *dateMention) string {
	if !r.known() {
		iso := int(m.weekday)
		if iso == 0 {
			iso = 7
		}
		return fmt.Sprintf("XXXX-WXX-%d", iso)
	}
	a := r.anchor
	if m.fromReference && !r.refDay.IsZero() {
		a = r.refDay
	}
	var t time.Time
	switch {
	case m.relative && m.offset < 0:
		t = lastWeekday(a, m.weekday)
	case m.relative && m.offset > 0:
		t = nextWeekday(a, m.weekday)
	case a.Weekday() == m.weekday:
		t = a
	case m.tense == tenseFuture:
		t = nextWeekday(a, m.weekday)
	default:
		t = lastWeekday(a, m.weekday)
	}
	r.refDay, r.refDayAt, r.storyDay = t, m.Start, t
	return formatDay(t)
}

// relativeUnit resolves "last week", "this month", "next year", "two weeks ago", "in three days".
func (r *dateResolver) relativeUnit(m *dateMention) string {
	if m.futureOnly && m.tense != tenseFuture {
		return ""
	}
	if !r.known() {
		switch m.unit {
		case unitDay:
			return "XXXX-XX-XX"
		case unitWeek, unitWeekend:
			return "XXXX-WXX"
		case unitMonth:
			return "XXXX-XX"
		case unitQuarter:
			return "XXXX-QX"
		case unitDecade:
			return "XXXX"
		case unitCentury:
			return "XX"
		}
		return unknownYear
	}
	a := r.anchor
	switch m.unit {
	case unitDay:
		t := a.AddDate(0, 0, m.offset)
		r.refDay = t
		return formatDay(t)
	case unitWeek:
		return isoWeek(a.AddDate(0, 0, 7*m.offset))
	case unitWeekend:
		// ISO weeks run Monday to Sunday, so a weekend belongs to the week before the following Monday.
		// "this weekend" in a past clause is the one just gone, unless the article is written on it.
		weekend := a.Weekday() == time.Saturday || a.Weekday() == time.Sunday
		switch {
		case m.offset < 0:
			return isoWeek(a.AddDate(0, 0, -7))
		case m.offset > 0:
			return isoWeek(a.AddDate(0, 0, 7))
		case m.tense == tensePast && !weekend:
			return isoWeek(a.AddDate(0, 0, -7))
		}
		return isoWeek(a)
	case unitMonth:
		y, mo := addMonths(a.Year(), int(a.Month()), m.offset)
		return formatMonth(y, mo)
	case unitQuarter:
		q := a.Year()*4 + quarterOf(int(a.Month())) - 1 + m.offset
		// Only a completed quarter can be the one a report is about: "this quarter" still runs.
		if r.completed(q/4, q%4+1) {
			r.refQuarterY, r.refQuarter = q/4, q%4+1
		}
		return formatQuarter(q/4, q%4+1)
	case unitYear:
		if m.yearAgo && m.quarterContext && r.refQuarter > 0 {
			return formatQuarter(r.refQuarterY-1, r.refQuarter)
		}
		y := a.Year() + m.offset
		r.refYear = y
		return formatYear(y)
	case unitDecade:
		return formatDecade(a.Year()/10 + m.offset)
	case unitCentury:
		return formatCentury(a.Year()/100 + m.offset)
	}
	return ""
}

// season resolves "summer", "last summer", "next spring", "spring next year", "the summer of 1994".
func (r *dateResolver) season(m *dateMention) string {
	s := m.number
	if m.year != 0 {
		return formatSeason(m.year, s)
	}
	if !r.known() {
		return formatSeason(0, s)
	}
	a := r.anchor
	if m.yearRelative {
		return formatSeason(a.Year()+m.yearOffset, s)
	}
	cur := seasonOrdinal(seasonYear(a.Year(), int(a.Month())), seasonIndex(int(a.Month())))
	// "this summer": the one of the publication's calendar year (a winter: the one under way or ahead).
	this := a.Year()
	if s == 3 && a.Month() <= 2 {
		this--
	}
	o := seasonOrdinal(this, s)
	switch {
	case m.relative && m.offset < 0:
		o = cur - 1
		for o%4 != s {
			o--
		}
	case m.relative && m.offset > 0:
		o = cur + 1
		for o%4 != s {
			o++
		}
	case m.relative:
	case m.tense == tensePast:
		o = cur
		for o%4 != s {
			o--
		}
	case m.tense == tenseFuture:
		o = cur
		for o%4 != s {
			o++
		}
	}
	return formatSeason(o/4, o%4)
}

// completed reports whether quarter q of year y ended before the publication date: only such a
// quarter can be the one a report is about ("fourth-quarter charges" in October look ahead).
func (r *dateResolver) completed(y, q int) bool {
	if !r.known() {
		return true
	}
	return y*4+q < r.anchor.Year()*4+quarterOf(int(r.anchor.Month()))
}

// latestQuarter is the last quarter completed before the publication date.
func (r *dateResolver) latestQuarter() (int, int) {
	n := r.anchor.Year()*4 + quarterOf(int(r.anchor.Month())) - 1 - 1
	return n / 4, n%4 + 1
}

// quarter resolves "the third quarter": without a year, the quarter of the publication year, or of the
// previous year when it has not begun yet and the clause does not look ahead ("fourth-quarter results"
// in February).
func (r *dateResolver) quarter(m *dateMention) string {
	y := m.year
	if m.number == 0 { // "the 1988 quarter": the quarter under report
		if r.refQuarter == 0 {
			return formatYear(y)
		}
		return formatQuarter(y, r.refQuarter)
	}
	switch {
	case y != 0:
	case m.yearRelative && r.known():
		y = r.anchor.Year() + m.yearOffset
	case r.known():
		y = r.anchor.Year()
		pq := quarterOf(int(r.anchor.Month()))
		if m.number > pq && m.tense != tenseFuture {
			y--
		} else if m.number <= pq-quarterFlipAgainst && m.tense == tenseFuture {
			y++
		}
	}
	// An earlier quarter named in passing ("after a flat second quarter") does not replace the quarter
	// the report is about; a later one starts a new report ("Separately, X posted third-quarter ...").
	if y != 0 && r.completed(y, m.number) && (r.refQuarter == 0 || y*4+m.number >= r.refQuarterY*4+r.refQuarter) {
		r.refQuarterY, r.refQuarter = y, m.number
	}
	return formatQuarter(y, m.number)
}
