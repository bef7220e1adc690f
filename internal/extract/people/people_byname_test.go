package people

import (
	"fmt"
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/nlp"
	"testing"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// NameIndex.ByName answers as PersonByName does.
func TestNameIndex(t *testing.T) {
	ps := []brief.Person{
		{Name: "Fidel Castro", Aliases: []string{"Castro", "Fidel"}},
		{Name: "Raul Castro", Aliases: []string{"Raul"}},
		{Name: "Mr. Ann Lee", Aliases: []string{"Lee's"}},
		{Name: "Madonna"},
		{Name: "Lee Kuan Yew"},
	}
	x := NewNameIndex(ps)
	for _, w := range []string{"Castro", "castro", "Fidel", "Raul Castro", "Raul", "Lee", "Ann Lee", "Mr Lee", "Lee's", "Madonna", "Kuan", "Yew", "nobody", "", "Mr.", "Fidel Castro's"} {
		if got, want := x.ByName(w), PersonByName(ps, w); got != want {
			t.Errorf("ByName(%q) = %d, PersonByName %d", w, got, want)
		}
	}
}

// An article of more distinct undecided names than its prose budget asks prose about the first
// ones only and says it was truncated; a repeated sentence asks once.
func TestProseBudget(t *testing.T) {
	var sb strings.Builder
	for k := 0; sb.Len() < 4096; k++ {
		fmt.Fprintf(&sb, "\"No,\" Zorblat%s said. ", strings.Repeat("a", k%7)+string(rune('b'+k%20))+string(rune('c'+k/20)))
	}
	if _, truncated := ExtractTruncated(nlp.Analyze(sb.String())); !truncated {
		t.Error("distinct undecided names past the budget: not truncated")
	}
	if _, truncated := ExtractTruncated(nlp.Analyze(strings.Repeat("\"No,\" Zorblat said. ", 500))); truncated {
		t.Error("one repeated sentence: truncated")
	}
}
