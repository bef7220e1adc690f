package people

import (
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
