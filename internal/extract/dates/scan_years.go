package dates

import (
	"strconv"
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// Years and dates in digits: "1962", "1975-1990", "2021-12-30", "12/30/2021", "mid-1996", and years
// spelled in words as broadcast transcripts write them.

// numericExpr matches numeric dates and years: "2021-12-30", "12/30/2021", "1962", "1975-1990",
// "1990s", "fiscal 1989".
func (s *dateScanner) numericExpr(j int) (dateMention, int, bool) {
	w := s.low[j]
	// "mid-1996", "late-1990s": the modifier is glued to the number.
	if p := modifierPrefix(w); p != "" {
		if rest := w[len(p):]; isYearWord(rest) {
			y, _ := yearToken(rest)
			return dateMention{kind: kindCalendar, year: y}, j + 1, true
		} else if len(rest) == 5 && rest[4] == 's' && allDigits(rest[:4]) && rest[3] == '0' {
			y, _ := strconv.Atoi(rest[:4])
			return dateMention{kind: kindDecade, number: y / 10}, j + 1, true
		}
	}
	// ISO date "2021-12-30" (one token).
	if len(w) == 10 && w[4] == '-' && w[7] == '-' && allDigits(w[:4]) && allDigits(w[5:7]) && allDigits(w[8:]) {
		y, _ := strconv.Atoi(w[:4])
		mo, _ := strconv.Atoi(w[5:7])
		d, _ := strconv.Atoi(w[8:])
		if mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo) {
			return dateMention{kind: kindCalendar, year: y, month: mo, day: d}, j + 1, true
		}
	}
	// "12/30/2021", "30/12/2021": the US order unless the first number cannot be a month.
	if m, end, ok := s.slashDate(j); ok {
		return m, end, true
	}
	// Decades: "1990s", "1990's"
	if len(w) == 5 && w[4] == 's' && allDigits(w[:4]) && w[3] == '0' {
		y, _ := strconv.Atoi(w[:4])
		return dateMention{kind: kindDecade, number: y / 10}, j + 1, true
	}
	if len(w) == 4 && allDigits(w) && w[3] == '0' && (s.next(j+1) == "'s" || s.next(j+1) == "’s") && (s.word(j-1) == "the" || rangeModifiers[s.word(j-1)]) {
		y, _ := strconv.Atoi(w)
		return dateMention{kind: kindDecade, number: y / 10}, j + 2, true
	}
	// Year ranges "1975-1990", "1990-91": two years.
	if a, b, ok := strings.Cut(w, "-"); ok {
		y1, ok1 := yearToken(a)
		if !ok1 || !s.yearContextOK(j, y1) {
			return dateMention{}, j, false
		}
		y2, ok2 := yearToken(b)
		if !ok2 && len(b) == 2 && allDigits(b) {
			n, _ := strconv.Atoi(b)
			y2, ok2 = y1/100*100+n, true
		}
		if !ok2 || y2 <= y1 {
			return dateMention{}, j, false
		}
		t := s.toks[j]
		s.pending = append(s.pending, dateMention{Range: nlp.Range{Start: t.Start + len(a) + 1, End: t.End}, kind: kindCalendar, year: y2})
		return dateMention{Range: nlp.Range{Start: t.Start, End: t.Start + len(a)}, kind: kindCalendar, year: y1}, j + 1, true
	}
	y, ok := yearToken(w)
	if !ok || !s.yearContextOK(j, y) {
		return dateMention{}, j, false
	}
	m := dateMention{kind: kindCalendar, year: y}
	// "1989's third quarter", "the 1988 second quarter"
	if qm, end, ok := s.quarterAfterYear(j+1, y); ok {
		return qm, end, true
	}
	// "the 1988 quarter", "the 1989 period": the quarter under report, in that year.
	if nx := s.next(j + 1); (nx == "quarter" || nx == "period") && s.word(j-1) == "the" {
		return dateMention{kind: kindQuarter, year: y}, j + 2, true
	}
	// "2021 summer"? rare; "summer 2021" is matched from the season.
	return m, j + 1, true
}

// slashDate reads "12/30/2021" or "30/12/2021" (tokens 12 / 30 / 2021 without spaces).
func (s *dateScanner) slashDate(j int) (dateMention, int, bool) {
	if j+4 >= len(s.toks) || s.toks[j+1].Text != "/" || s.toks[j+3].Text != "/" {
		return dateMention{}, j, false
	}
	for k := j + 1; k <= j+4; k++ {
		if s.toks[k].Start != s.toks[k-1].End {
			return dateMention{}, j, false
		}
	}
	a, err1 := strconv.Atoi(s.low[j])
	b, err2 := strconv.Atoi(s.low[j+2])
	y, ok := yearToken(s.low[j+4])
	if err1 != nil || err2 != nil || !ok {
		return dateMention{}, j, false
	}
	mo, d := a, b
	if a > 12 && b <= 12 {
		mo, d = b, a
	}
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) {
		return dateMention{}, j, false
	}
	return dateMention{kind: kindCalendar, year: y, month: mo, day: d}, j + 5, true
}

// yearContextOK rejects four-digit numbers that count or label something: "$2000", "No. 1600",
// "1500 troops", "at 1600 GMT", "2,000" (a separate token), and early numbers without a temporal
// word before them.
func (s *dateScanner) yearContextOK(j, y int) bool {
	prev := s.word(j - 1)
	if numberPrefixes[prev] || prev == "." && numberPrefixes[s.word(j-2)] {
		return false
	}
	if s.countFollows(j + 1) {
		return false
	}
	// Glued to other numbers or symbols: "1990/91", "+2000", "2000-strong" are handled elsewhere.
	if j > 0 && s.toks[j-1].End == s.toks[j].Start && !s.toks[j-1].IsWord() {
		switch s.toks[j-1].Text {
		case "(", "[", "“", "\"", "‘", "'":
		default:
			return false
		}
	}
	if nx := s.next(j + 1); nx == "%" || (nx == "-" || nx == "–") && s.toks[j+1].Start == s.toks[j].End && !isYearWord(s.next(j+2)) || nx == "." && s.joined(j+2) && s.toks[j+2].IsNumber() && s.toks[j+1].End == s.toks[j+2].Start {
		return false
	}
	if y < 1800 || y > 2100 {
		switch prev {
		case "in", "since", "of", "until", "by", "from", "year", "circa", "c", "around", "before", "after", "to", "and", "between":
			return true
		}
		return false
	}
	return true
}

// spelledYear reads a year in words, as in broadcast transcripts: "nineteen ninety-six", "nineteen
// eighty", "two thousand".
func (s *dateScanner) spelledYear(j int) (dateMention, int, bool) {
	w := s.low[j]
	var century int
	switch w {
	case "nineteen":
		century = 19
	case "eighteen":
		century = 18
	case "two":
		if s.next(j+1) == "thousand" && s.word(j-1) == "year" {
			return dateMention{kind: kindCalendar, year: 2000}, j + 2, true
		}
		return dateMention{}, j, false
	default:
		return dateMention{}, j, false
	}
	n, ok := spelledNumber(s.next(j + 1))
	if !ok || n < 10 || n > 99 || allDigits(s.word(j+1)) {
		return dateMention{}, j, false
	}
	// "nineteen ninety-six", and "nineteen ninety six" in two words.
	end := j + 2
	if n%10 == 0 && n >= 20 {
		if u, ok := numberWords[s.next(end)]; ok && u >= 1 && u <= 9 && s.word(end) != "a" && s.word(end) != "an" {
			n += u
			end++
		}
	}
	if unitWords[s.next(end)] != unitNone || countNouns[s.next(end)] {
		return dateMention{}, j, false
	}
	return dateMention{kind: kindCalendar, year: century*100 + n}, end, true
}
