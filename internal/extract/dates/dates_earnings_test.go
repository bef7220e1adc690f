package dates

import "testing"

// Earnings reports name the quarter under report once and then compare it with "a year ago", "the
// corresponding period last year" or "last year's quarter": those mean the same quarter a year before.
func TestEarningsQuarterComparisons(t *testing.T) {
	runDateCases(t, []dateCase{
		// An earlier quarter named in passing does not replace the quarter under report.
		{"1989-11-01", "Acme Corp. posted a 20% gain in third-quarter net income. After a flat second quarter, the company cited higher prices. The comparison was helped by charges taken in the year-earlier period.",
			"the year-earlier period", "1988-Q3"},
		// A later quarter starts a new report.
		{"1989-10-26", "Delta posted a profit for the fiscal first quarter. Separately, Pacific Air reported third-quarter profit of $5.8 million. Revenue in the year-earlier period was lower.",
			"the year-earlier period", "1988-Q3"},
		{"1989-11-01", "The company had a net loss of $8.1 million for the third quarter ended Sept. 30. These results compare with net income of $1.8 million for the corresponding period last year.",
			"the corresponding period last year", "1988-Q3"},
		{"1989-10-26", "The bank lost $226 million in the third quarter. For the quarter a year ago, the bank reported earnings of $16.3 million.",
			"the quarter a year ago", "1988-Q3"},
		// "This quarter" is still running, so it is not the quarter under report.
		{"1989-11-01", "The company lost $8.1 million in the third quarter. This quarter's loss includes charges of $4.9 million. Sales for last year's quarter were about $3 million.",
			"last year's quarter", "1988-Q3"},
		{"1989-10-26", "The retailer earned C$2 million in the fiscal-first quarter ended Sept. 30.",
			"the fiscal-first quarter", "1989-Q1"},
		// A comparison that goes on from the sentence before keeps its quarter.
		{"1989-10-26", "The retailer earned C$2 million in the fiscal-first quarter ended Sept. 30. It had a net loss of C$2.3 million a year ago. Sales were C$348.2 million compared with C$307.2 million a year earlier.",
			"a year earlier", "1988-Q1"},
		// A comparison of money figures in a report about a quarter.
		{"1989-10-26", "Acme said third-quarter net fell to $5 million, and its chairman resigned on Tuesday.\n\nRevenue declined 8% to $85.7 million, from $93.3 million a year earlier.",
			"a year earlier", "1988-Q3"},
		// Nine months are not a quarter.
		{"1989-10-26", "The airline earned $5.8 million in the third quarter.\n\nIt had earned $4 million a year ago. For the nine months, it earned $18.9 million, compared with a loss of $9.7 million a year earlier.",
			"a year earlier", "1988"},
	})
}

// A present perfect governs the date after it without telling its side, so a past participle farther
// back does not decide; a date that opens its sentence takes the time of the main clause after the
// comma, however far its verb.
func TestTenseOfPerfectAndFrontedDates(t *testing.T) {
	runDateCases(t, []dateCase{
		{"1989-10-27", "A group of lenders, led by a New York bank, has extended the company $90 million in revolving loans through January.",
			"January", "1990-01"},
		{"1998-10-25", "In January, a week after the anniversary of the court decision, a bomb at a clinic in the southern city killed a guard.",
			"January", "1998-01"},
		{"2015-05-07", "On Tuesday, the government announced that a panel will consider a new design for the flag.",
			"Tuesday", "2015-05-05"},
	})
}
