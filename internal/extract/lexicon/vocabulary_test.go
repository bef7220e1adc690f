package lexicon

import (
	"regexp"
	"testing"
	"time"
)

func TestMonthVocabulary(t *testing.T) {
	re := regexp.MustCompile(`^(?:` + MonthPattern + `)$`)
	for _, c := range []struct {
		word  string
		month int
	}{
		{"January", 1}, {"Jan", 1}, {"Jan.", 1}, {"May", 5}, {"June", 6}, {"Jun", 6}, {"Sept.", 9},
		{"Sep", 9}, {"September", 9}, {"DEC", 12}, {"Mayor", 0}, {"Ja", 0}, {"Marching", 0},
	} {
		if got := MonthNumber(c.word); got != c.month {
			t.Errorf("monthNumber(%q) = %d, want %d", c.word, got, c.month)
		}
	}
	for _, w := range []string{"January", "Jan", "Sept", "Sep", "May", "Dec"} {
		if !re.MatchString(w) {
			t.Errorf("monthPattern does not match %q", w)
		}
	}
	for _, w := range []string{"january", "Mayor", "Ju"} {
		if re.MatchString(w) {
			t.Errorf("monthPattern matches %q", w)
		}
	}
	if !CalendarWords["thurs"] || !CalendarWords["sept"] || CalendarWords["today"] {
		t.Error("calendarWords should hold month and weekday words only")
	}
	if WeekdayWords["tues"] != time.Tuesday || WeekdayWords["sunday"] != time.Sunday {
		t.Error("weekdayWords maps days wrongly")
	}
}

func TestCardinalVocabulary(t *testing.T) {
	for _, c := range []struct {
		word string
		n    int
		ok   bool
	}{
		{"seven", 7, true}, {"ninety", 90, true}, {"twenty-five", 25, true}, {"forty-two", 42, true},
		{"fifteen-two", 0, false}, {"twenty-twenty", 0, false}, {"hundred", 0, false}, {"a", 0, false},
	} {
		n, ok := CardinalValue(c.word)
		if n != c.n || ok != c.ok {
			t.Errorf("cardinalValue(%q) = %d, %v; want %d, %v", c.word, n, ok, c.n, c.ok)
		}
	}
}
