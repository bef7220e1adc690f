package dates

// holidayExpr matches fixed holidays: Christmas (Day, Eve), New Year's Day/Eve, Valentine's Day,
// Halloween, Boxing Day, and Thanksgiving (the fourth Thursday of November in the US).
func (s *dateScanner) holidayExpr(j int) (dateMention, int, bool) {
	w := s.low[j]
	if !s.toks[j].IsCapitalized() {
		return dateMention{}, j, false
	}
	m := dateMention{kind: kindCalendar}
	end := j + 1
	switch w {
	case "christmas":
		m.month, m.day = 12, 25
		switch s.next(end) {
		case "day":
			end++
		case "eve":
			m.day = 24
			end++
		default:
			return m, j, false // "Christmas" alone is often the season or the feast in general
		}
	case "new":
		if s.next(j+1) != "year" || s.next(j+2) != "'s" && s.next(j+2) != "’s" {
			return m, j, false
		}
		switch s.next(j + 3) {
		case "day":
			m.month, m.day = 1, 1
		case "eve":
			m.month, m.day = 12, 31
		default:
			return m, j, false
		}
		end = j + 4
	case "valentine":
		if s.next(j+1) != "'s" && s.next(j+1) != "’s" || s.next(j+2) != "day" {
			return m, j, false
		}
		m.month, m.day, end = 2, 14, j+3
	case "halloween":
		m.month, m.day = 10, 31
	case "boxing":
		if s.next(j+1) != "day" {
			return m, j, false
		}
		m.month, m.day, end = 12, 26, j+2
	case "election":
		// The US Election Day: the Tuesday after the first Monday of November.
		if s.next(j+1) != "day" || !s.toks[j+1].IsCapitalized() {
			return m, j, false
		}
		m.month, m.day, end = 11, -electionDay, j+2
	case "thanksgiving":
		m.kind = kindCalendar
		m.month, m.day = 11, -4 // resolved as the fourth Thursday once the year is known
		if s.next(end) == "day" {
			end++
		}
	default:
		return m, j, false
	}
	return m, end, true
}
