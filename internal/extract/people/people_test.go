package people

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

func peopleOf(text string) []brief.Person {
	return Extract(nlp.Analyze(text))
}

func findPerson(people []brief.Person, name string) *brief.Person {
	for i := range people {
		if people[i].Name == name {
			return &people[i]
		}
	}
	return nil
}

func TestPeopleTitlesAreDistinct(t *testing.T) {
	text := "President Omar Haddad spoke. Later President Omar Haddad left."
	p := findPerson(peopleOf(text), "Omar Haddad")
	if p == nil || !reflect.DeepEqual(p.Titles, []string{"President"}) {
		t.Fatalf("got %+v, want one person titled once", p)
	}
	if len(p.Mentions) != 2 {
		t.Errorf("mentions = %d, want 2", len(p.Mentions))
	}
}

func TestPersonAt(t *testing.T) {
	text := "Ned Harlow, a spokesman, said talks went well. Harlow added more."
	people := peopleOf(text)
	at := strings.LastIndex(text, "Harlow")
	if i := PersonAt(people, nlp.Range{Start: at, End: at + len("Harlow")}); i != 0 {
		t.Errorf("personAt(Harlow) = %d, want 0", i)
	}
	if i := PersonAt(people, nlp.Range{Start: 0, End: 3}); i != 0 {
		t.Errorf("personAt(Ned) = %d, want 0 (overlap is enough)", i)
	}
	said := strings.Index(text, "said")
	if i := PersonAt(people, nlp.Range{Start: said, End: said + 4}); i != -1 {
		t.Errorf("personAt(said) = %d, want -1", i)
	}
}

func TestPersonByName(t *testing.T) {
	people := []brief.Person{
		{Name: "Bill Clinton", Aliases: []string{"Clinton"}},
		{Name: "Hillary Clinton", Aliases: []string{}},
		{Name: "Benjamin Netanyahu", Aliases: []string{"Netanyahu"}},
		{Name: "Ramzan", Aliases: []string{}},
	}
	tests := []struct {
		words string
		want  int
	}{
		{"Benjamin Netanyahu", 2},
		{"netanyahu", 2},
		{"Mr Netanyahu", 2},
		{"Netanyahu’s", 2},
		{"Benjamin", 2},
		{"Ramzan", 3},
		{"Hillary Clinton", 1},
		{"Clinton", 0}, // Bill's alias, as written in the article
		{"Hillary", 1},
		{"Bill", 0},
		{"Obama", -1},
		{"", -1},
	}
	for _, tt := range tests {
		if got := PersonByName(people, tt.words); got != tt.want {
			t.Errorf("personByName(%q) = %d, want %d", tt.words, got, tt.want)
		}
	}
	// A surname two people share and neither uses alone is ambiguous.
	shared := []brief.Person{{Name: "Bill Clinton"}, {Name: "Hillary Clinton"}}
	if got := PersonByName(shared, "Clinton"); got != -1 {
		t.Errorf("personByName(shared Clinton) = %d, want -1", got)
	}
}

func BenchmarkExtractPeople(b *testing.B) {
	text := strings.Repeat("Secretary of State Antony Blinken spoke on Wednesday with Ukrainian President Volodymyr Zelenskyy. "+
		"State Department spokesman Ned Price said Blinken reiterated support. Price said the two discussed efforts.\n\n", 8)
	lexicon.LoadWordLists()
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Extract(nlp.Analyze(text))
	}
}

// seedText reads the seed article (testdata/seed.txt).
func seedText(b *testing.B) string {
	data, err := os.ReadFile("../../../testdata/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// BenchmarkExtractPeopleSeed measures the whole people extractor (with Analyze) on the seed article.
func BenchmarkExtractPeopleSeed(b *testing.B) {
	text := seedText(b)
	lexicon.LoadWordLists()
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Extract(nlp.Analyze(text))
	}
}

// BenchmarkProseSeed measures what prose's tagger and NER alone cost on the same article, for comparison.
func BenchmarkProseSeed(b *testing.B) {
	text := seedText(b)
	nlp.Model()
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		d := nlp.Analyze(text)
		for _, p := range d.Paragraphs {
			nlp.ProseTag(d.Text[p.Start:p.End], p.Start)
		}
	}
}

// TestTitleOpeningASentence: the first word of a sentence before a capitalised role is the role's
// portfolio or office; an adverb or a time word opening the sentence is not.
func TestTitleOpeningASentence(t *testing.T) {
	tests := []struct{ text, name, title string }{
		{"Agriculture Minister Lena Vuk spoke on Monday.", "Lena Vuk", "Agriculture Minister"},
		{"White House spokesman Tom Hale declined to comment.", "Tom Hale", "White House spokesman"},
		{"Later Minister Paul Okoro disagreed with the plan.", "Paul Okoro", "Minister"},
		{"Yesterday President Ruth Mills signed the bill.", "Ruth Mills", "President"},
	}
	for _, tt := range tests {
		p := findPerson(peopleOf(tt.text), tt.name)
		if p == nil || len(p.Titles) == 0 || p.Titles[0] != tt.title {
			t.Errorf("%q: got %+v, want %s titled %q", tt.text, p, tt.name, tt.title)
		}
	}
}
