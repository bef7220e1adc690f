package dates

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

// Dates counted from the publication day: "yesterday", "this morning", "last week", "the coming
// year", "two months ago", "in two weeks".

// relativeDay matches today, tonight, yesterday, tomorrow, "last night", "this morning", with a part
// of the day after them ("yesterday morning").
func (s *dateScanner) relativeDay(j int) (dateMention, int, bool) {
	m := dateMention{kind: kindRelativeDay}
	end := j + 1
	switch s.low[j] {
	case "today", "tonight", "yesterday", "tomorrow":
		if s.genericDay(j) {
			return m, j, false
		}
	}
	switch s.low[j] {
	case "today", "tonight":
	case "yesterday":
		m.offset = -1
	case "tomorrow":
		m.offset = 1
	case "last":
		if s.next(j+1) != "night" {
			return m, j, false
		}
		m.offset, end = -1, j+2
		return m, end, true
	case "this":
		switch s.next(j + 1) {
		case "morning", "afternoon", "evening":
			return m, j + 2, true
		}
		return m, j, false
	case "the":
		// "the day before yesterday", "the day after tomorrow"
		if s.next(j+1) == "day" && s.next(j+2) == "before" && s.next(j+3) == "yesterday" {
			m.offset = -2
			return m, j + 4, true
		}
		if s.next(j+1) == "day" && s.next(j+2) == "after" && s.next(j+3) == "tomorrow" {
			m.offset = 2
			return m, j + 4, true
		}
		return m, j, false
	default:
		return m, j, false
	}
	if partsOfDay[s.next(end)] {
		end++
	}
	return m, end, true
}

// genericNouns after "today's" make it mean "nowadays": "today's world", "today's youth".
var genericNouns = map[string]bool{
	"world": true, "youth": true, "society": true, "generation": true, "children": true, "kids": true,
	"economy": true, "standards": true, "technology": true, "computers": true, "culture": true,
	"environment": true, "market": true, "markets": true, "politics": true, "media": true, "young": true,
}

// genericDay reports whether today/tomorrow at token j is not a day: "the people of tomorrow",
// "today's world", or a name such as "VOA Today".
func (s *dateScanner) genericDay(j int) bool {
	prev := s.word(j - 1)
	if prev == "of" && (s.low[j] == "tomorrow" || s.low[j] == "today") {
		return true
	}
	if nx := s.next(j + 1); (nx == "'s" || nx == "’s") && genericNouns[s.next(j+2)] {
		return true
	}
	return s.toks[j].IsCapitalized() && j > 0 && s.joined(j) && s.toks[j-1].IsCapitalized() && s.toks[j-1].IsWord() && !s.sentenceStart(j)
}

// relativeExpr matches expressions led by last/next/this/coming and their "the" forms: "last week",
// "next year", "this month", "this past week", "the coming year", "the next decade", "last Friday",
// "next spring", "last night" is matched by relativeDay.
func (s *dateScanner) relativeExpr(j int) (dateMention, int, bool) {
	k := j
	withThe := false
	if s.low[k] == "the" {
		withThe = true
		k++
		if !s.joined(k) {
			return dateMention{}, j, false
		}
	}
	rw := s.word(k)
	offset, ok := relativeWords[rw]
	if !ok {
		return dateMention{}, j, false
	}
	k++
	// "this past week", "this coming Sunday"
	if rw == "this" {
		switch s.next(k) {
		case "past":
			offset, k = -1, k+1
		case "coming":
			offset, k = 1, k+1
		}
	}
	if !s.joined(k) {
		return dateMention{}, j, false
	}
	nx := s.low[k]
	if _, ok := lexicon.WeekdayWords[nx]; ok {
		if withThe && rw != "previous" && rw != "following" {
			return dateMention{}, j, false
		}
		if rw == "past" || rw == "current" {
			return dateMention{}, j, false
		}
		m, end, ok := s.weekdayExpr(j, k, offset, true)
		m.fromReference = withThe
		return m, end, ok
	}
	if _, ok := lexicon.MonthWords[nx]; ok && !withThe && (rw == "last" || rw == "next" || rw == "this") {
		m, end, ok := s.monthExpr(k)
		if ok && m.day == 0 && m.year == 0 && !m.yearRelative {
			m.monthRelative, m.direction = true, offset
			return m, end, true
		}
		return dateMention{}, j, false
	}
	if si, ok := seasonWords[nx]; ok {
		if withThe || rw == "past" || rw == "following" || rw == "previous" {
			return dateMention{}, j, false
		}
		return dateMention{kind: kindSeason, number: si, offset: offset, relative: true}, k + 1, true
	}
	return s.relativeUnitExpr(j, k, rw, offset, withThe)
}

// relativeUnitExpr matches the calendar unit at token k after the relative word rw of the phrase that
// starts at token j (with "the" when withThe): "last week", "this month", "the coming year", "the next
// decade", and "the previous year", which counts from the year last talked about.
func (s *dateScanner) relativeUnitExpr(j, k int, rw string, offset int, withThe bool) (dateMention, int, bool) {
	nx := s.low[k]
	unit := unitWords[nx]
	if unit == unitNone || strings.HasSuffix(nx, "s") && unit != unitWeekend {
		return dateMention{}, j, false
	}
	// "This Week" in the middle of a sentence is a title, not a week.
	if s.toks[k].IsCapitalized() && s.toks[j].IsCapitalized() && !s.sentenceStart(j) && !s.allCapsLine(k) {
		return dateMention{}, j, false
	}
	// "the past week", "the last year", "the next month" are usually durations ("over the past week");
	// "the coming year", "the next decade" and "the current quarter" name calendar periods.
	if withThe {
		switch rw {
		case "coming", "current":
		case "next":
			if unit != unitDecade && unit != unitCentury {
				return dateMention{}, j, false
			}
		case "previous", "following":
			if unit == unitYear {
				return dateMention{kind: kindReferenceYear, offset: offset}, k + 1, true
			}
			return dateMention{}, j, false
		default:
			return dateMention{}, j, false
		}
	} else if rw == "past" || rw == "following" || rw == "previous" {
		return dateMention{}, j, false
	}
	if unit == unitDay {
		return dateMention{}, j, false
	}
	if (unit == unitDecade || unit == unitCentury) && rw == "last" {
		return dateMention{}, j, false // "the last decade" is a duration
	}
	m := dateMention{kind: kindRelativeUnit, unit: unit, offset: offset}
	return m, k + 1, true
}

// agoExpr matches "two weeks ago", "a year ago", "Seventeen years ago", "nearly four years ago",
// "a year earlier" and "in two weeks" (a date only in a clause about the future).
func (s *dateScanner) agoExpr(j int) (dateMention, int, bool) {
	k := j
	inForm := false
	switch s.low[k] {
	case "in":
		inForm = true
		k++
	case "about", "nearly", "almost", "some", "around", "roughly", "exactly", "just", "over", "only":
		k++
	}
	if !s.joined(k) && k > j {
		return dateMention{}, j, false
	}
	w := s.word(k)
	// A bracketed number is an editor's insertion: "[Ten] years ago".
	if w == "[" && s.word(k+2) == "]" {
		w = s.word(k + 1)
		k += 2
	}
	n, ok := spelledNumber(w)
	if !ok || n > 200 {
		return dateMention{}, j, false
	}
	unit := unitWords[s.next(k+1)]
	if unit == unitNone || unit == unitWeekend || unit == unitQuarter || unit == unitDecade || unit == unitCentury {
		return dateMention{}, j, false
	}
	after := s.next(k + 2)
	if inForm {
		// "in two weeks' time" ends at the unit too.
		return dateMention{kind: kindRelativeUnit, unit: unit, offset: n, futureOnly: true}, k + 2, true
	}
	switch after {
	case "ago":
		return dateMention{kind: kindRelativeUnit, unit: unit, offset: -n, yearAgo: unit == unitYear && n == 1}, k + 3, true
	case "earlier":
		if unit == unitYear && n == 1 {
			return dateMention{kind: kindRelativeUnit, unit: unit, offset: -1, yearAgo: true}, k + 3, true
		}
	}
	return dateMention{}, j, false
}
