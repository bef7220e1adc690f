package dates

import (
	"strconv"
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// Dates written with a month name: "December 30", "Dec. 30, 2021", "30 December", "January 2022",
// "May 10-11", "July 12-August 14", and a lone month where the context makes it a date.

// monthExpr matches "December 30", "Dec. 30, 2021", "December 30 2021", "May 10-11", "January 2022",
// "January of 2022", "January this year", and a month alone where the context shows it is a date.
func (s *dateScanner) monthExpr(j int) (dateMention, int, bool) {
	w := s.low[j]
	p := modifierPrefix(w)
	mid := p != ""
	w = w[len(p):]
	month, ok := lexicon.MonthWords[w]
	if !ok || !s.toks[j].IsCapitalized() && !mid {
		return dateMention{}, j, false
	}
	abbrev := monthAbbreviation(w)
	end := j + 1
	if s.next(end) == "." && (abbrev || w == "sept") {
		end++
	}
	m := dateMention{kind: kindCalendar, month: month}
	// Day after the month: "December 30", "Dec. 30th", "May 10-11".
	if d, after, ok := s.dayToken(end); ok && s.joined(end) {
		m.day = d
		k := end + 1
		if y, yk, ok := s.yearAfter(k); ok {
			m.year = y
			k = yk
		}
		if m.day > 0 && after == "" && (s.next(k) == "and" || s.next(k) == "to") && s.joined(k+1) {
			if d2, a2, ok := s.dayToken(k + 1); ok && a2 == "" && d2 > m.day && lexicon.MonthWords[s.next(k+2)] == 0 {
				second := m
				second.day = d2
				second.Range = nlp.Range{Start: s.toks[k+1].Start, End: s.toks[k+1].End}
				s.pending = append(s.pending, second)
			}
		}
		if recurringFollowers[s.next(k)] {
			return dateMention{}, j, false // "the Nov. 7 holiday" recurs every year
		}
		if after != "" {
			s.rangeTail(end, after)
		}
		if m.day > 31 {
			return dateMention{}, j, false
		}
		return m, k, true
	}
	// Month and year: "January 2022", "Jan. 2004", "January of 2022".
	k := end
	if s.next(k) == "," || s.next(k) == "of" {
		k++
	}
	if s.joined(k) {
		if y, ok := yearToken(s.low[k]); ok && !s.countFollows(k+1) {
			m.year = y
			return m, k + 1, true
		}
		// Broadcast transcripts spell the year: "January nineteen ninety-seven".
		if ym, yend, ok := s.spelledYear(k); ok {
			m.year = ym.year
			return m, yend, true
		}
	}
	// "January this year", "July last year", "March next year"
	if rw := s.next(end); rw == "this" || rw == "last" || rw == "next" {
		if s.next(end+1) == "year" {
			m.yearOffset, m.yearRelative = relativeWords[rw], true
			return m, end + 2, true
		}
	}
	if abbrev || !s.loneMonthIsDate(j, w) {
		return dateMention{}, j, false
	}
	switch s.word(j - 1) {
	case "since":
		m.direction = -1
	}
	return m, end, true
}

// recurringFollowers after a month and day make it the name of a yearly occasion, not one date.
var recurringFollowers = map[string]bool{
	"holiday": true, "holidays": true, "anniversary": true, "celebration": true, "celebrations": true,
	"festival": true, "festivities": true,
}

// loneMonthIsDate decides whether a month name without a day or year is a date: "in July", "since
// January", "the July election". "May", "March" and "June" are also words and names: they need a
// temporal word before them.
func (s *dateScanner) loneMonthIsDate(j int, w string) bool {
	prev := s.word(j - 1)
	if modifierPrefix(s.low[j]) != "" || rangeModifiers[prev] || prev == "of" && boundaryNouns[s.word(j-2)] {
		return true
	}
	if ambiguousMonths[w] {
		// "the March accession", "a June agreement": a determiner and a common noun around the
		// capitalised month make it the date of the thing named.
		if monthDeterminers[prev] && s.joined(j) && s.attributive(j+1) && !monthNameNouns[s.word(j+1)] {
			return true
		}
		if !monthPrepositions[prev] || !s.joined(j) {
			return false
		}
		// "February or March", "May 10 and June": a conjunction needs a date before it.
		switch prev {
		case "and", "or", "to", "through", "until", "as", "for", "on":
			before := s.word(j - 2)
			if _, isMonth := lexicon.MonthWords[before]; !isMonth && !allDigits(before) {
				return false
			}
		}
		// "in May Smith", "June Carter": a capitalised word after makes it a name.
		if nx := s.next(j + 1); nx != "" && s.toks[j+1].IsCapitalized() && lexicon.MonthWords[nx] == 0 {
			return false
		}
		return true
	}
	// Non-ambiguous months stand alone, except as names of things ("the October Revolution").
	if nx := s.next(j + 1); nx != "" && s.toks[j+1].IsCapitalized() && lexicon.MonthWords[nx] == 0 && s.toks[j+1].IsWord() {
		return false
	}
	return true
}

// monthDeterminers before an ambiguous month and a noun make it a date ("the March accession").
var monthDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true}

// monthNameNouns after "the May", "the June" show a person's name, not a month ("the May government").
var monthNameNouns = map[string]bool{
	"government": true, "administration": true, "cabinet": true, "era": true, "years": true,
	"ministry": true, "camp": true, "team": true, "doctrine": true, "family": true, "campaign": true,
	"leadership": true, "premiership": true, "presidency": true, "regime": true, "supporters": true,
}

// dayMonthExpr matches the day-first style: "30 December", "30 December 2021", "1st of May".
func (s *dateScanner) dayMonthExpr(j int) (dateMention, int, bool) {
	d, after, ok := s.dayToken(j)
	if !ok || after != "" {
		return dateMention{}, j, false
	}
	k := j + 1
	if s.next(k) == "of" {
		k++
	}
	if !s.joined(k) {
		return dateMention{}, j, false
	}
	w := s.low[k]
	month, ok := lexicon.MonthWords[w]
	if !ok || !s.toks[k].IsCapitalized() {
		return dateMention{}, j, false
	}
	k++
	if s.next(k) == "." && monthAbbreviation(w) {
		k++
	}
	m := dateMention{kind: kindCalendar, month: month, day: d}
	if y, yk, ok := s.yearAfter(k); ok {
		m.year = y
		k = yk
	}
	return m, k, true
}

// dayToken reads a day of the month: "30", "30th", "1st", the first day of a range "10-11", and the
// first day of a range into another month "12-August" (returning "August" as after).
func (s *dateScanner) dayToken(k int) (int, string, bool) {
	if k >= len(s.low) {
		return 0, "", false
	}
	w := s.low[k]
	written, rest, isRange := strings.Cut(w, "-")
	first := strings.TrimRight(written, "stndrh")
	if len(first) == 0 || len(first) > 2 || !allDigits(first) {
		return 0, "", false
	}
	d, _ := strconv.Atoi(first)
	if d < 1 || d > 31 {
		return 0, "", false
	}
	if suffix := strings.TrimLeft(written, "0123456789"); suffix != "" && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th" {
		return 0, "", false
	}
	after := ""
	if isRange {
		if _, ok := lexicon.MonthWords[rest]; ok {
			after = rest
		} else if n, err := strconv.Atoi(rest); err != nil || n < 1 || n > 31 {
			return 0, "", false
		}
	}
	// "May 9:30" and "June 5 people" are not dates; "on Saturday, April 25:" before a quotation is.
	if nx := s.next(k + 1); (nx == ":" || nx == ".") && s.joined(k+2) && s.toks[k+2].IsNumber() && s.toks[k+1].End == s.toks[k+2].Start {
		return 0, "", false
	}
	if s.countFollows(k + 1) {
		return 0, "", false
	}
	return d, after, true
}

// rangeTail emits the second date of "July 12-August 14": the month inside token k after the hyphen,
// with the day token after it.
func (s *dateScanner) rangeTail(k int, monthWord string) {
	t := s.toks[k]
	idx := strings.IndexByte(t.Text, '-')
	if idx < 0 {
		return
	}
	d, after, ok := s.dayToken(k + 1)
	if !ok || after != "" || !s.joined(k+1) {
		return
	}
	m := dateMention{kind: kindCalendar, month: lexicon.MonthWords[monthWord], day: d}
	end := k + 2
	if y, yk, ok := s.yearAfter(end); ok {
		m.year = y
		end = yk
	}
	m.Range = nlp.Range{Start: t.Start + idx + 1, End: s.toks[end-1].End}
	s.pending = append(s.pending, m)
}

// yearAfter reads an optional ", 2021" or " 2021" after a day.
func (s *dateScanner) yearAfter(k int) (int, int, bool) {
	if s.next(k) == "," {
		k++
	}
	if !s.joined(k) {
		return 0, 0, false
	}
	y, ok := yearToken(s.low[k])
	if !ok || s.countFollows(k+1) {
		return 0, 0, false
	}
	return y, k + 1, true
}
