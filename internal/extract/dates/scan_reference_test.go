package dates

import "testing"

// TestReferenceDays: days and months counted from the one last talked about, or from a date inside the
// phrase.
func TestReferenceDays(t *testing.T) {
	runDateCases(t, []dateCase{
		{"2000-02-24", "He fell ill on Tuesday and appeared in court the next morning.", "the next morning", "2000-02-23"},
		{"2000-02-24", "The ship docked on Feb. 10. The following day, the crew went ashore.", "The following day", "2000-02-11"},
		{"2000-02-24", "The day before last Tuesday's hearing, he went to the house.", "The day before last Tuesday", "2000-02-21"},
		{"2000-02-24", "The case may be resolved in a hearing the week of March 6.", "the week of March 6", "2000-W10"},
		{"1999-10-24", "He was killed on Oct. 23, 1998. Earlier that day, the family sent a fax.", "Earlier that day", "1998-10-23"},
		{"1989-10-27", "Shareholders urged a sale in March. The following month, the company put itself up for sale.", "The following month", "1989-04"},
		{"1998-10-26", "The campaign runs from now to Election Day.", "Election Day", "1998-11-03"},
	})
	// Without a day before it, "the next day" has nothing to count from.
	if got := datesOf(t, "2000-02-24", "He was released and the next day he went home."); got["the next day"] != nil {
		t.Errorf("the next day reported without a reference: %v", got)
	}
}

// TestQuarterToAmount: "in the quarter to $2.35 billion" is the quarter under report.
func TestQuarterToAmount(t *testing.T) {
	runDateCases(t, []dateCase{
		{"1989-10-30", "Net fell in the third quarter. Revenue rose 3.7% in the quarter to $2.35 billion.", "the quarter", "1989-Q3"},
	})
}

// TestPlansInProgress: "were planning to drive on Monday" still looks ahead.
func TestPlansInProgress(t *testing.T) {
	runDateCases(t, []dateCase{
		{"2000-01-07", "Protesters planned a rally on Saturday and were planning to drive to the airport on Monday.", "Saturday", "2000-01-08"},
	})
}

// TestAdjectiveParticiples: "the hastily planned trip" does not make the clause look ahead.
func TestAdjectiveParticiples(t *testing.T) {
	runDateCases(t, []dateCase{
		{"1998-08-17", "On Friday, when she set aside vacation plans for the hastily planned trip, aides worried.", "Friday", "1998-08-14"},
		{"1998-08-17", "The vote is planned for Friday.", "Friday", "1998-08-21"},
	})
}

// TestStaleReferenceDay: a month or year named after a day ends that day's reign as "that same day".
func TestStaleReferenceDay(t *testing.T) {
	got := datesOf(t, "1999-02-06", "The site closed Thursday night. A doctor was shot last October, and his name was crossed out that same day.")
	if got["that same day"] != nil {
		t.Errorf("that same day resolved against a stale day: %v", got)
	}
	runDateCases(t, []dateCase{
		{"1999-02-06", "The site closed on Thursday. That same day, the company issued a statement.", "That same day", "1999-02-04"},
	})
}
