package lexicon

import "testing"

// A filter never turns away a word of its set, and turns away most other words of running text.
func TestWordFilter(t *testing.T) {
	set := map[string]bool{"monday": true, "march": true, "troops": true, "a": true, "": true}
	f := FilterOf(set)
	for w := range set {
		if !f.MayHave(w) {
			t.Errorf("%q is in the set but the filter turns it away", w)
		}
	}
	others := []string{"the", "said", "minister", "on", "government", "would", "people", "meeting", "year"}
	kept := 0
	for _, w := range others {
		if f.MayHave(w) {
			kept++
		}
	}
	if kept > 2 {
		t.Errorf("the filter lets %d of %d other words through", kept, len(others))
	}
}
