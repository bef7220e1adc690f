package people

import (
	"strings"
	"testing"
)

func TestIsTitleCase(t *testing.T) {
	for s, want := range map[string]bool{
		"Rivals Are Fighting About Taxes And Water":                           true,
		"Senator Endorses Governor With Praise":                               true,
		"Foreign Secretary Amelia Hart met Defence Minister Tomas Varga":      false,
		"The mayor said: Nothing will change on Monday in Vienna":             false,
		"NEW YORK AT ITS CORE — the museum has a new director":                false,
		"Conservative Icon Endorses Former Governor Ahead of Vote":            true,
		"— White House Correspondent Julie Marsh.":                            false,
		"Mayor Praises Gazette’s Political Editor Sam Doyle: ‘Good Reporter’": true,
	} {
		if got := isTitleCase(s); got != want {
			t.Errorf("isTitleCase(%q) = %v, want %v", s, got, want)
		}
	}
}

// appendFields splits as strings.Fields does.
func TestAppendFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a  b\tc\n", "x\u00a0y\u2003z\u0085w", "\xffa b\xfe", "Ünïcode wörds  here "} {
		got, want := appendFields(nil, s), strings.Fields(s)
		if len(got) != len(want) {
			t.Fatalf("appendFields(%q) = %q, want %q", s, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("appendFields(%q) = %q, want %q", s, got, want)
			}
		}
	}
}
