package people

import (
	"reflect"
	"testing"
)

// Titles from the second hand audit of issue 16: never cut inside an abbreviation, a phrase joined
// by "and", a place with its state, or before a relative clause; a lower-case "prime" keeps its
// minister; "the lead X had" is no title.
func TestTitlesNotCutShort(t *testing.T) {
	tests := []struct {
		text, name string
		titles     []string // nil: no title
	}{
		{"Joan Pike, a former political director of the A.F.L.-C.I.O., wrote in an email.", "Joan Pike",
			[]string{"former political director of the A.F.L.-C.I.O"}},
		{"Omar Reyes, the president of a paving and drainage contractors council, spoke.", "Omar Reyes",
			[]string{"president of a paving and drainage contractors council"}},
		{"Ines Salo, the head of the union and its treasurer, spoke.", "Ines Salo",
			[]string{"head of the union", "its treasurer"}},
		{"The leak reached Paul Varga, an adviser with whom the minister corresponded.", "Paul Varga",
			[]string{"adviser"}},
		{"The sale closed, said Lars Ek, chief financial officer of Dayton, Ohio-based Crestline.", "Lars Ek",
			[]string{"chief financial officer of Dayton, Ohio-based Crestline"}},
		{"The talks went well, said Danish prime minister Mette Lund.", "Mette Lund",
			[]string{"Danish prime minister"}},
		{"Her margin is triple the lead Tom Greer had over Ruth Mills in 2008.", "Tom Greer", nil},
	}
	for _, tt := range tests {
		p := findPerson(peopleOf(tt.text), tt.name)
		if p == nil {
			t.Errorf("%q: %s not found", tt.text, tt.name)
			continue
		}
		got := p.Titles
		if len(got) == 0 {
			got = nil
		}
		if !reflect.DeepEqual(got, tt.titles) {
			t.Errorf("%q: titles = %q, want %q", tt.text, got, tt.titles)
		}
	}
}
