package extract

import "testing"

// TestYearPhrases: year phrases without a number, in company reports and in narrative.
func TestYearPhrases(t *testing.T) {
	runDateCases(t, []dateCase{
		{"1989-11-02", "The bank expects to complete the merger by year-end.", "year-end", "1989-12-31"},
		{"1989-11-02", "The plant should reopen by year end, the company said.", "year end", "1989-12-31"},
		{"1989-11-02", "New capital rules should be in place by year's end.", "year's end", "1989-12-31"},
		{"1989-10-30", "The index has fallen 4% since year-end.", "year-end", "1988-12-31"},
		{"1989-11-02", "Imports reached $37 million in 1988, a small share of the total that year.", "that year", "1988"},
		{"2000-01-28", "She fled to Florida in June 1998 and returned to Havana later that year.", "later that year", "1998"},
		{"2000-01-28", "The plant opened in 1994, and the mill closed the same year.", "the same year", "1994"},
		{"1989-10-26", "Planting was delayed earlier in the year by heavy rains.", "earlier in the year", "1989"},
		{"1989-11-02", "For the year, pet food volume was flat.", "the year", "1989"},
		{"1989-11-02", "Sales for the full year were $6.6 billion, up 13%.", "the full year", "1989"},
		{"1989-10-30", "The chairman forecast an earnings increase for the full year.", "the full year", "1989"},
		{"1989-11-02", "It expects sales in the current fiscal year that are slightly higher.", "the current fiscal year", "1989"},
		{"1989-11-02", "The drop will mean lower earnings for the fiscal year.", "the fiscal year", "1989"},
		{"1989-10-30", "Revenue fell 4% through the first nine months of the year.", "the year", "1989"},
		{"1989-10-30", "The stock rose to a high for the year of $42.875 in June.", "the year", "1989"},
	})
}

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

// TestYearInferenceLeansBack: without a tense, dates up to about seven months back stay in the
// publication year and those about half a year ahead are last year's; a past clause never points to a
// month still to come.
func TestYearInferenceLeansBack(t *testing.T) {
	runDateCases(t, []dateCase{
		{"1989-10-30", "Shares are up, rising to $42 in June from $29.75 in March.", "March", "1989-03"},
		{"1998-02-06", "The index is within 70 points of its record high set on Aug. 6.", "Aug. 6", "1997-08-06"},
		{"1989-10-27", "The operator changed to a calendar year in December.", "December", "1988-12"},
		{"1999-05-06", "He is a suspect in shootings in November in three cities.", "November", "1998-11"},
		{"1998-04-24", "The New York Times said in an editorial on Saturday, April 25:", "Saturday, April 25", "1998-04-25"},
		{"1998-10-25", "The Times said in an editorial on Monday, Oct. 26: The murder is a depraved act.", "Monday, Oct. 26", "1998-10-26"},
	})
}

// TestByInPastClause: "by" before a day looks ahead, unless the clause is in the past.
func TestByInPastClause(t *testing.T) {
	runDateCases(t, []dateCase{
		{"2015-09-22", "The hashtag was used more than a million times by Thursday night.", "Thursday night", "2015-09-17"},
		{"2015-09-22", "The report will be ready by Thursday.", "Thursday", "2015-09-24"},
		{"2015-09-22", "The troops were to leave by Thursday.", "Thursday", "2015-09-24"},
	})
}
