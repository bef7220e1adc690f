package dates

import "time"

// Anaphoric days and months: "the next day", "the following morning", "earlier that day", "the same
// day", "the day before last Tuesday's hearing", "the week of March 6", "the following month". They
// count from the day or month last talked about (or from a date written inside them).

// referenceDayOffsets are the words of "the next day", "the previous night".
var referenceDayOffsets = map[string]int{"next": 1, "following": 1, "previous": -1}

// referenceDay matches the anaphoric day phrases at token j.
func (s *dateScanner) referenceDay(j int) (dateMention, int, bool) {
	w := s.low[j]
	switch {
	// "earlier that day", "later that day", "later that month"
	case (w == "earlier" || w == "later") && s.next(j+1) == "that":
		switch s.next(j + 2) {
		case "day", "morning", "afternoon", "evening", "night":
			return dateMention{kind: kindReferenceDay, fromReference: true}, j + 3, true
		case "month":
			return dateMention{kind: kindReferenceMonth}, j + 3, true
		}
	// "that same day", "on that day"
	case w == "that" && s.next(j+1) == "same" && s.next(j+2) == "day":
		return dateMention{kind: kindReferenceDay, fromReference: true}, j + 3, true
	case w == "that" && s.next(j+1) == "day" && s.word(j-1) == "on":
		return dateMention{kind: kindReferenceDay, fromReference: true}, j + 2, true
	case w == "the":
		nx := s.next(j + 1)
		// "the same day", "the same month"
		if nx == "same" {
			switch s.next(j + 2) {
			case "day":
				return dateMention{kind: kindReferenceDay, fromReference: true}, j + 3, true
			case "month":
				return dateMention{kind: kindReferenceMonth}, j + 3, true
			}
			return dateMention{}, j, false
		}
		// "the next day", "the following morning", "the previous night", "the following month"
		if off, ok := referenceDayOffsets[nx]; ok {
			switch u := s.next(j + 2); {
			case u == "day" || (partsOfDay[u] && u != "noon" && u != "midnight" && u != "overnight"):
				return dateMention{kind: kindReferenceDay, offset: off, fromReference: true}, j + 3, true
			case u == "month" && nx != "next":
				return dateMention{kind: kindReferenceMonth, offset: off}, j + 3, true
			}
			return dateMention{}, j, false
		}
		// "the day before last Tuesday's hearing", "the day after the March 3 vote", "the day before."
		if nx == "day" && (s.next(j+2) == "before" || s.next(j+2) == "after") {
			off := -1
			if s.low[j+2] == "after" {
				off = 1
			}
			k := j + 3
			if s.word(k) == "the" && s.joined(k+1) {
				k++
			}
			if s.joined(k) {
				saved := len(s.pending)
				if m, end, ok := s.core(k); ok && dayGranular(m) {
					m.dayShift = off
					return m, end, true
				}
				s.pending = s.pending[:saved]
			}
			switch s.word(j + 3) {
			case ".", ",", ";", "":
				return dateMention{kind: kindReferenceDay, offset: off, fromReference: true}, j + 3, true
			}
		}
		// "the week of March 6": the ISO week of that day.
		if nx == "week" && s.next(j+2) == "of" && s.joined(j+3) {
			if m, end, ok := s.monthExpr(j + 3); ok && m.day > 0 {
				m.weekOf = true
				return m, end, true
			}
		}
	}
	return dateMention{}, j, false
}

// dayGranular reports whether m names one day.
func dayGranular(m dateMention) bool {
	switch m.kind {
	case kindWeekday, kindRelativeDay:
		return true
	case kindCalendar:
		return m.day > 0
	}
	return false
}

// shiftDay moves a YYYY-MM-DD value by n days; other values are returned as they are.
func shiftDay(value string, n int) string {
	t, err := time.Parse("2006-01-02", value)
	if err != nil {
		return value
	}
	return formatDay(t.AddDate(0, 0, n))
}

// weekOfDay turns a YYYY-MM-DD value into its ISO week.
func weekOfDay(value string) string {
	t, err := time.Parse("2006-01-02", value)
	if err != nil {
		return value
	}
	return isoWeek(t)
}
