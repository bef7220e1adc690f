package dates

import "testing"

// TestStaleReferenceDay: a month or year named after a day ends that day's reign as "that same day".
func TestStaleReferenceDay(t *testing.T) {
	got := datesOf(t, "1999-02-06", "The site closed Thursday night. A doctor was shot last October, and his name was crossed out that same day.")
	if got["that same day"] != nil {
		t.Errorf("that same day resolved against a stale day: %v", got)
	}
	if got := datesOf(t, "1999-02-06", "The site closed on Thursday. That same day, the company issued a statement."); len(got["That same day"]) == 0 || got["That same day"][0] != "1999-02-04" {
		t.Errorf("That same day after Thursday = %v, want 1999-02-04", got["That same day"])
	}
}
