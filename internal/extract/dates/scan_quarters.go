package dates

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

// Quarters and halves of the (fiscal) year: "the third quarter", "Q3 2021", "the first half of 2006",
// and the comparisons of an earnings report: "the year-ago quarter", "the corresponding period last
// year", "the latest quarter".

// quarterExpr matches "the third quarter", "third-quarter", "the fourth quarter of 1989",
// "this year's third quarter", "last year's fourth quarter", "Q3 2021", "the first half of 2006".
func (s *dateScanner) quarterExpr(j int) (dateMention, int, bool) {
	k := j
	m := dateMention{kind: kindQuarter}
	switch s.low[k] {
	case "the", "its", "their", "a":
		k++
	}
	// "this year's third quarter"
	if rw := s.next(k); (rw == "this" || rw == "last" || rw == "next") && s.next(k+1) == "year" && (s.next(k+2) == "'s" || s.next(k+2) == "’s") {
		m.yearOffset, m.yearRelative = relativeWords[rw], true
		k += 3
	} else if k > j && !s.joined(k) {
		return m, j, false
	}
	if s.word(k) == "fiscal" && s.joined(k+1) {
		k++
	}
	q, end, ok := s.quarterWords(k)
	if !ok {
		return m, j, false
	}
	// A quarter or half needs a year, a relative year, or (for quarters) the context of the
	// publication date; "the first half" of a match is not a date.
	if q > 4 {
		m.kind, m.number = kindHalf, q-4
	} else {
		m.number = q
	}
	k = end
	if s.next(k) == "of" || s.next(k) == "," {
		if y, ok := yearToken(s.next(k + 1)); ok {
			m.year = y
			return m, k + 2, true
		}
		if rw := s.next(k + 1); (rw == "this" || rw == "last" || rw == "next") && s.next(k+2) == "year" {
			m.yearOffset, m.yearRelative = relativeWords[rw], true
			return m, k + 3, true
		}
	}
	if y, ok := yearToken(s.next(k)); ok {
		m.year = y
		return m, k + 1, true
	}
	if m.kind == kindHalf && !m.yearRelative {
		return m, j, false
	}
	// A bare quarter must look like a financial period: "fourth-quarter", "the third quarter".
	return m, end, true
}

// quarterWords reads "third quarter", "third-quarter", "Q3", "first half" (as 5–6 for halves).
func (s *dateScanner) quarterWords(k int) (int, int, bool) {
	// "the fiscal-first quarter": the hyphenated fiscal quarter of financial news.
	w := strings.TrimPrefix(s.word(k), "fiscal-")
	if len(w) == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4' {
		return int(w[1] - '0'), k + 1, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		if n, ok := ordinalWords[a]; ok && n <= 4 && b == "quarter" {
			return n, k + 1, true
		}
		if n, ok := ordinalWords[a]; ok && n <= 2 && b == "half" {
			return n + 4, k + 1, true
		}
		return 0, k, false
	}
	n, ok := ordinalWords[w]
	if (w == "last" || w == "latter") && s.next(k+1) == "half" {
		n, ok = 2, true
	}
	if !ok {
		return 0, k, false
	}
	switch s.next(k + 1) {
	case "quarter":
		if n <= 4 {
			return n, k + 2, true
		}
	case "half":
		if n <= 2 {
			return n + 4, k + 2, true
		}
	}
	return 0, k, false
}

// quarterAfterYear reads "'s third quarter" or " third quarter" after a year token.
func (s *dateScanner) quarterAfterYear(k, year int) (dateMention, int, bool) {
	if s.next(k) == "'s" || s.next(k) == "’s" {
		k++
	}
	if s.next(k) == "fiscal" {
		k++
	}
	q, end, ok := s.quarterWords(k)
	if !ok {
		return dateMention{}, k, false
	}
	return dateMention{kind: kindQuarter, number: q, year: year}, end, true
}

// isQuarterCode reports whether w is "q1"–"q4" or an ordinal glued to "quarter"/"half".
func isQuarterCode(w string) bool {
	if len(w) == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4' {
		return true
	}
	a, b, ok := strings.Cut(w, "-")
	return ok && (b == "quarter" || b == "half" || b == "century") && ordinalWords[a] > 0
}

// yearAgoExpr matches the financial "year-earlier" and "year-ago" ("the year-ago quarter", "the
// year-earlier third quarter", "year-earlier results").
func (s *dateScanner) yearAgoExpr(j int) (dateMention, int, bool) {
	k := j
	if s.low[k] == "the" || s.low[k] == "a" {
		k++
	}
	w := s.word(k)
	if (w != "year-earlier" && w != "year-ago") || !s.joined(k) && k > j {
		return dateMention{}, j, false
	}
	end := k + 1
	if q, qend, ok := s.quarterWords(end); ok && q <= 4 {
		return dateMention{kind: kindQuarter, number: q, yearOffset: -1, yearRelative: true}, qend, true
	}
	m := dateMention{kind: kindRelativeUnit, unit: unitYear, offset: -1, yearAgo: true}
	if nx := s.next(end); nx == "quarter" || nx == "period" {
		end++
		m.quarterContext = true
	} else if k > j {
		return dateMention{}, j, false // "a year-ago profit" names no period of its own
	}
	return m, end, true
}

// comparisonAdjectives name the period a result is compared with: "the corresponding period last year".
var comparisonAdjectives = map[string]bool{"corresponding": true, "comparable": true, "same": true}

// yearAgoPeriod matches the period of an earnings comparison a year back: "the quarter a year ago",
// "the corresponding period last year", "the same quarter a year earlier", "last year's quarter". In a
// report about a quarter it is that quarter a year before, else the previous year.
func (s *dateScanner) yearAgoPeriod(i int) (int, bool) {
	w := s.low[i]
	if w == "last" && s.next(i+1) == "year" && (s.next(i+2) == "'s" || s.next(i+2) == "’s") {
		if nx := s.next(i + 3); nx == "quarter" || nx == "period" {
			return i + 4, true
		}
		return i, false
	}
	if w != "the" {
		return i, false
	}
	k := i + 1
	if comparisonAdjectives[s.next(k)] {
		k++
	}
	if nx := s.next(k); nx != "quarter" && nx != "period" {
		return i, false
	}
	k++
	switch {
	case s.next(k) == "last" && s.next(k+1) == "year" && s.next(k+2) != "'s" && s.next(k+2) != "’s":
		return k + 2, true
	case s.next(k) == "a" && s.next(k+1) == "year" && (s.next(k+2) == "ago" || s.next(k+2) == "earlier"):
		return k + 3, true
	}
	return i, false
}

// referenceQuarter matches "the quarter", "the latest quarter", "the latest period", "that quarter":
// in an earnings report, the quarter the report is about (resolved only when one was named before).
func (s *dateScanner) referenceQuarter(i int) (int, bool) {
	w := s.low[i]
	if w != "the" && w != "that" {
		return i, false
	}
	k := i + 1
	if nx := s.next(k); w == "the" && (nx == "latest" || nx == "recent") {
		k++
	}
	nx := s.next(k)
	if nx == "quarter" || nx == "period" && k > i+1 {
		// "the quarter ended Sept. 30" names its own period by the date that follows.
		switch s.next(k + 1) {
		case "ended", "ending", "ends", "through", "of":
			return i, false
		case "to":
			// "the quarter to June" names its end; "up 3.7% in the quarter to $2.35 billion" does not.
			if _, ok := lexicon.MonthWords[s.next(k+2)]; ok {
				return i, false
			}
		}
		return k + 1, true
	}
	return i, false
}
