package dates

import "testing"

func TestSpelledNumber(t *testing.T) {
	// The date reader counts "a" and "hundred" too: "a year ago", "a hundred years ago".
	for w, want := range map[string]int{"a": 1, "an": 1, "hundred": 100, "twenty-one": 21, "3": 3} {
		if n, ok := spelledNumber(w); !ok || n != want {
			t.Errorf("spelledNumber(%q) = %d, %v; want %d", w, n, ok, want)
		}
	}
}
