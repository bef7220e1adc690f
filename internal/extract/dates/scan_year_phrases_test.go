package dates

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

// TestSpelledYearsAfterMonthsAndSeasons: broadcast transcripts spell the year out.
func TestSpelledYearsAfterMonthsAndSeasons(t *testing.T) {
	runDateCases(t, []dateCase{
		{"1998-02-27", "January nineteen ninety-seven. A bomb explodes at a clinic.", "January nineteen ninety-seven", "1997-01"},
		{"1998-02-23", "The talks collapsed in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"},
	})
}

// TestAttributiveAmbiguousMonths: "the March accession", "a June agreement"; not "the May government".
func TestAttributiveAmbiguousMonths(t *testing.T) {
	runDateCases(t, []dateCase{
		{"1999-02-10", "The March accession will let the three countries sign the treaty.", "March", "1999-03"},
		{"1989-10-27", "The bank acted under a June agreement with shareholders.", "June", "1989-06"},
	})
	for _, text := range []string{
		"Critics of the May government walked out.",
		"Protesters joined the march toward the palace.",
	} {
		if got := datesOf(t, "2018-10-27", text); len(got) != 0 {
			t.Errorf("%q: want no dates, got %v", text, got)
		}
	}
}

// TestScheduledPresent: a present-tense verb of a scheduled event before a weekday looks ahead; a
// deadline "until" a day lies ahead of the report.
func TestScheduledPresent(t *testing.T) {
	runDateCases(t, []dateCase{
		{"1998-05-01", "He and the Palestinian leader meet separately Monday with the secretary of state.", "Monday", "1998-05-04"},
		{"1998-05-01", "The envoy arrives Tuesday in Cairo.", "Tuesday", "1998-05-05"},
		{"1998-05-01", "The festival was off to a bright start on Wednesday night.", "Wednesday night", "1998-04-29"},
		{"1989-10-30", "The offer was extended to Nov. 16. It had been due to expire Friday evening.", "Friday evening", "1989-10-27"},
		{"2000-04-03", "The agency has given the relatives until 9 a.m. Tuesday to sign the paper.", "Tuesday", "2000-04-04"},
		{"2000-04-03", "The agency extended its deadline until Tuesday.", "Tuesday", "2000-04-04"},
	})
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
