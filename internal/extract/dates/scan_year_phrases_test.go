package dates

import "testing"

// TestYearPhrasesNotDates: a year named by its end date, an adjective, and a year that is a duration.
func TestYearPhrasesNotDates(t *testing.T) {
	for _, c := range []struct{ text, span string }{
		{"For the year ended Sept. 30, the company earned $422 million.", "the year"},
		{"Employees will receive year-end bonuses.", "year-end"},
		{"Analysts see growth in the year ahead.", "the year"},
		{"She was named player of the year.", "the year"},
		{"The year of the dragon began.", "The year"},
	} {
		if got := datesOf(t, "1989-11-02", c.text); got[c.span] != nil {
			t.Errorf("%q: %q reported as %v", c.text, c.span, got[c.span])
		}
	}
}

// TestRecurringWeekdayNights: "Monday and Tuesday nights" recur every week.
func TestRecurringWeekdayNights(t *testing.T) {
	text := "Two new flights will leave Bombay on Monday and Tuesday nights from March 30."
	got := datesOf(t, "1998-02-13", text)
	for _, span := range []string{"Monday", "Tuesday", "Tuesday nights"} {
		if got[span] != nil {
			t.Errorf("%q reported as %v", span, got[span])
		}
	}
	if got["March 30"] == nil {
		t.Errorf("March 30 missing: %v", got)
	}
}
