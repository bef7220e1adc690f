package people

import (
	"reflect"
	"testing"

	"github.com/newsbrief/newsbrief/internal/extract/internal/benchdata"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// TestPeopleCueRules covers the rules for names with little evidence of their own: misspelt
// surnames, surnames after "in" or inside hyphenated words, names written right after a place,
// initials without periods, and one-word subjects of reporting verbs.
func TestPeopleCueRules(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantPerson // the list must match exactly, in order of salience
	}{
		{
			name: "a surname misspelt by one letter at a reporting verb joins the person",
			text: "Gallery director Anton Maurer opened the show on Friday. Lenders, said Mauer, must show the prints every year.",
			want: []wantPerson{{name: "Anton Maurer", mentions: []string{"Anton Maurer", "Mauer"}}},
		},
		{
			name: "an ordinary word one letter from a surname does not",
			text: "Curator Kathryn Walters led the tour. \"It was a fine night,\" Water said.",
			want: []wantPerson{{name: "Kathryn Walters", mentions: []string{"Kathryn Walters"}}},
		},
		{
			name: "a known surname with a possessive after a place preposition",
			text: "The painter David Hockney opened the show. The exhibit sparked new interest in Hockney's early prints, but visitors in Paris stayed away.",
			want: []wantPerson{{name: "David Hockney", titles: []string{"painter"}, mentions: []string{"David Hockney", "Hockney"}}},
		},
		{
			name: "a known surname inside an ordinary hyphenated word",
			text: "Senator Ted Alvarado spoke on Monday. Visitors wore Alvarado-style hats while anti-Alvarado groups marched outside.",
			want: []wantPerson{{name: "Ted Alvarado", titles: []string{"Senator"}, mentions: []string{"Ted Alvarado", "Alvarado", "Alvarado"}}},
		},
		{
			name: "a name written right after a place, named again with a reporting verb",
			text: "Nursing student at University of Ohio Dayton Nusaiba Qatrawi started the petition on Sunday. Qatrawi said she was surprised by the response.",
			want: []wantPerson{{name: "Nusaiba Qatrawi", mentions: []string{"Nusaiba Qatrawi", "Qatrawi"}}},
		},
		{
			name: "initials without periods after by",
			text: "The effect was first described in a 1989 paper by JT Verhoeven, which measured crop losses.",
			want: []wantPerson{{name: "JT Verhoeven", mentions: []string{"JT Verhoeven"}}},
		},
		{
			name: "initials with periods and an unfamiliar surname",
			text: "The history was written by T.J. Abernathy in 1974 and reprinted this year.",
			want: []wantPerson{{name: "T.J. Abernathy", mentions: []string{"T.J. Abernathy"}}},
		},
		{
			name: "a sentence-opening article is not an initial",
			text: "A Reuters poll found support was falling. A Bloomberg survey agreed.",
			want: []wantPerson{},
		},
		{
			name: "a one-word subject of a reporting verb that prose reads as a person",
			text: "\"We will not accept these terms and we will say so in Geneva,\" Haddadin said on Tuesday.",
			want: []wantPerson{{name: "Haddadin", mentions: []string{"Haddadin"}}},
		},
		{
			name: "capitals, brands, listed states and companies used as things are not",
			text: "Moscow said the talks would go on. YouTube said it removed the videos. Texas and Oklahoma said they would sue. Engineers at Verizon were told on Monday. Verizon said it would reply.",
			want: []wantPerson{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			people := peopleOf(tc.text)
			got := names(people)
			want := []string{}
			for _, w := range tc.want {
				want = append(want, w.name)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("people = %q, want %q", got, want)
			}
			for _, w := range tc.want {
				p := findPerson(people, w.name)
				if w.mentions != nil {
					var ms []string
					for _, m := range p.Mentions {
						ms = append(ms, m.Text)
					}
					if !reflect.DeepEqual(ms, w.mentions) {
						t.Errorf("%s mentions = %q, want %q", w.name, ms, w.mentions)
					}
				}
				for _, title := range w.titles {
					found := false
					for _, pt := range p.Titles {
						found = found || pt == title
					}
					if !found {
						t.Errorf("%s titles = %q, want %q among them", w.name, p.Titles, title)
					}
				}
			}
		})
	}
}

func TestBrandShaped(t *testing.T) {
	for w, want := range map[string]bool{
		"YouTube": true, "HuffPost": true, "EgyptAir": true, "McConnell": false, "MacArthur": false,
		"DeVos": false, "LeBron": false, "Smith": false, "O'Brien": false,
	} {
		if got := brandShaped(w); got != want {
			t.Errorf("brandShaped(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestOneEditApart(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"maurer", "mauer", true}, {"mauer", "maurer", true}, {"kristin", "kristen", true},
		{"maurer", "maurer", false}, {"maurer", "mauler", true}, {"maurer", "mayer", false},
		{"smith", "smythe", false},
	} {
		if got := oneEditApart(tc.a, tc.b); got != tc.want {
			t.Errorf("oneEditApart(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// BenchmarkPeopleRulesOnly is BenchmarkPeople without prose's tie-breaker, to show what it costs.
func BenchmarkPeopleRulesOnly(b *testing.B) {
	proseTieBreak = false
	defer func() { proseTieBreak = true }()
	articles := benchdata.Articles(b)
	b.SetBytes(benchdata.Bytes(articles))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		docs := make([]*nlp.Doc, len(articles))
		for k, a := range articles {
			docs[k] = nlp.Analyze(a)
		}
		b.StartTimer()
		for _, d := range docs {
			Extract(d)
		}
	}
}
