package dates

// Year phrases without a number: "that year", "the same year", "earlier in the year", "for the year",
// "the full year", "the current fiscal year", and the year's end ("by year-end", "since year end").

// yearEndPrepositions make "year-end" a point in time ("by year-end", "since year end") instead of an
// adjective ("year-end bonuses").
var yearEndPrepositions = map[string]bool{
	"by": true, "at": true, "since": true, "until": true, "till": true, "before": true, "after": true,
	"around": true, "near": true, "toward": true, "towards": true, "through": true, "from": true,
	"to": true, "of": true,
}

// yearEnd matches "year-end", "year end" and "year's end" after a preposition of time: the last day of
// the year (this year's, or last year's in a past clause).
func (s *dateScanner) yearEnd(j int) (dateMention, int, bool) {
	// The word first: core asks every opener, and few are "year".
	if w := s.low[j]; w != "year-end" && w != "year" || !yearEndPrepositions[s.word(j-1)] || !s.joined(j) {
		return dateMention{}, j, false
	}
	end := j
	switch s.low[j] {
	case "year-end":
		end = j + 1
	case "year":
		switch nx := s.next(j + 1); {
		case nx == "end":
			end = j + 2
		case (nx == "'s" || nx == "’s") && s.next(j+2) == "end":
			end = j + 3
		}
	}
	if end == j {
		return dateMention{}, j, false
	}
	// "at year-end results" would make it an adjective again.
	if s.attributive(end) && s.word(end) != "because" {
		return dateMention{}, j, false
	}
	m := dateMention{kind: kindYearEnd}
	if s.word(j-1) == "since" {
		m.direction = -1
	}
	return m, end, true
}

// fiscalYearFollowers after "the year" or "the fiscal year" name a period by its end date ("the year
// ended Sept. 30") or make it a duration ("the year ahead"): not the calendar year.
var fiscalYearFollowers = map[string]bool{
	"ended": true, "ending": true, "ends": true, "to": true, "through": true, "beginning": true,
	"starting": true, "ahead": true, "since": true, "before": true, "after": true, "in": true, "of": true, "when": true, "'s": true, "’s": true, "-": true, "earlier": true,
	"ago": true, "later": true,
}

// yearPeriodHeads before "of the year" make it the current year: "the first nine months of the year",
// "the rest of the year".
var yearPeriodHeads = map[string]bool{
	"months": true, "half": true, "rest": true, "remainder": true, "balance": true, "part": true,
	"quarter": true, "weeks": true,
}

// yearReference matches the year phrases at token j.
func (s *dateScanner) yearReference(j int) (dateMention, int, bool) {
	w := s.low[j]
	// "that year", "the same year": the year last talked about.
	if w == "that" && s.next(j+1) == "year" && !s.countFollows(j+2) {
		return dateMention{kind: kindReferenceYear}, j + 2, true
	}
	if w == "the" && s.next(j+1) == "same" && s.next(j+2) == "year" && !allDigits(s.word(j+3)) {
		return dateMention{kind: kindReferenceYear}, j + 3, true
	}
	// "earlier in the year", "later in the year": the publication's year.
	if (w == "earlier" || w == "later") && s.next(j+1) == "in" && s.next(j+2) == "the" && s.next(j+3) == "year" && !fiscalYearFollowers[s.word(j+4)] {
		return dateMention{kind: kindRelativeUnit, unit: unitYear}, j + 4, true
	}
	if w != "the" {
		return dateMention{}, j, false
	}
	// "for the year", "for the full year", "in the current fiscal year", "the first nine months of
	// the year": in a company report, the year under way.
	k := j + 1
	current := false
	switch s.next(k) {
	case "full", "current", "whole", "entire":
		current = s.low[k] == "current"
		k++
	}
	fiscal := false
	if s.next(k) == "fiscal" {
		fiscal = true
		k++
	}
	if s.next(k) != "year" || !s.joined(k) || allDigits(s.word(k+1)) {
		return dateMention{}, j, false
	}
	// "a high for the year of $42" keeps the year; "the year of the dragon" names something else.
	if nx := s.next(k + 1); fiscalYearFollowers[nx] && !(nx == "of" && numberPrefixes[s.word(k+2)]) {
		return dateMention{}, j, false
	}
	if numberWords[s.word(k+1)] > 0 {
		return dateMention{}, j, false // "the year two thousand" is read as a year
	}
	prev := s.word(j - 1)
	switch {
	case current:
	case prev == "for":
	case prev == "in" && k > j+1:
	case prev == "of" && yearPeriodHeads[s.word(j-2)] && !fiscal:
	default:
		return dateMention{}, j, false
	}
	return dateMention{kind: kindRelativeUnit, unit: unitYear}, k + 1, true
}
