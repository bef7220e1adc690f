package dates

import (
	"fmt"
	"testing"
)

// TestFormatsAsSprintf checks the hand-written formats against the fmt verbs they replaced.
func TestFormatsAsSprintf(t *testing.T) {
	for _, year := range []int{-12345, -1, 1, 7, 99, 999, 1996, 2021, 12345} {
		for _, n := range []int{-10, -1, 0, 1, 9, 10, 12, 31, 100} {
			if got, want := formatMonthDay(year, n, n+1), fmt.Sprintf("%04d-%02d-%02d", year, n, n+1); got != want {
				t.Errorf("formatMonthDay(%d, %d, %d) = %q, want %q", year, n, n+1, got, want)
			}
			if got, want := formatMonth(year, n), fmt.Sprintf("%04d-%02d", year, n); got != want {
				t.Errorf("formatMonth(%d, %d) = %q, want %q", year, n, got, want)
			}
		}
		if got, want := formatYear(year), fmt.Sprintf("%04d", year); got != want {
			t.Errorf("formatYear(%d) = %q, want %q", year, got, want)
		}
	}
	if got := formatMonthDay(0, 12, 3); got != "XXXX-12-03" {
		t.Errorf("formatMonthDay(0, 12, 3) = %q", got)
	}
	if got := formatMonth(0, 2); got != "XXXX-02" {
		t.Errorf("formatMonth(0, 2) = %q", got)
	}
}
