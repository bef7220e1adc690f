package dates

import (
	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

// Weekdays: "Wednesday", "Monday evening", "Thursday, December 30"; "last Friday" enters through
// relativeExpr.

// weekdayNames that are also part of a name or an event, not a day: "Sunday Times", "Good Friday".
var weekdayNameFollowers = map[string]bool{
	"times": true, "telegraph": true, "express": true, "mirror": true, "herald": true, "post": true,
	"tribune": true, "observer": true, "mail": true, "independent": true, "star": true, "people": true,
	"night": false, "school": true, "prayers": true, "prayer": true, "sermon": true,
}
var weekdayNamePreceders = map[string]bool{
	"good": true, "black": true, "bloody": true, "super": true, "cyber": true, "ash": true, "palm": true,
	"holy": true, "maundy": true, "easter": true, "whit": true, "red": true,
}

// weekdayExpr matches a weekday at token w, with the phrase starting at token j: "Wednesday",
// "Thursday, December 30", "Friday, July 21, 2017", "Monday evening", "Friday Oct. 13".
func (s *dateScanner) weekdayExpr(j, w int, offset int, relative bool) (dateMention, int, bool) {
	word := s.low[w]
	wd := lexicon.WeekdayWords[word]
	m := dateMention{kind: kindWeekday, weekday: wd, hasWeekday: true, offset: offset, relative: relative}
	if weekdayNamePreceders[s.word(w-1)] && s.joined(w) && w > 0 && s.toks[w-1].IsCapitalized() {
		return m, j, false
	}
	if nx := s.next(w + 1); weekdayNameFollowers[nx] && s.toks[w+1].IsCapitalized() {
		return m, j, false
	}
	end := w + 1
	// "Monday and Tuesday nights", "Friday evenings": a plural part of the day makes a recurring set.
	if pluralPartsOfDay[s.next(w+1)] {
		return m, j, false
	}
	if c := s.next(w + 1); c == "and" || c == "or" {
		if _, ok := lexicon.WeekdayWords[s.next(w+2)]; ok && pluralPartsOfDay[s.next(w+3)] {
			return m, j, false
		}
	}
	// The weekday's short forms are ordinary words ("Sun", "Sat", "Wed"): only with a date after them.
	short := weekdayAbbreviation(word)
	if short && s.next(end) == "." {
		end++
	}
	// "Thursday, December 30", "Thursday 30 December 2021"
	k := end
	if s.next(k) == "," {
		k++
	}
	if s.joined(k) {
		if cm, cend, ok := s.monthExpr(k); ok && cm.day > 0 {
			cm.weekday, cm.hasWeekday = wd, true
			return cm, cend, true
		}
		if cm, cend, ok := s.dayMonthExpr(k); ok {
			cm.weekday, cm.hasWeekday = wd, true
			return cm, cend, true
		}
	}
	if short {
		return m, j, false
	}
	if partsOfDay[s.next(end)] {
		end++
	}
	return m, end, true
}

// pluralPartsOfDay after a weekday make it recur ("Tuesday nights").
var pluralPartsOfDay = map[string]bool{"mornings": true, "afternoons": true, "evenings": true, "nights": true}
