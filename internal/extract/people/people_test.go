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

// wantPerson is what a test expects of one person: nil slices are not checked.
type wantPerson struct {
	name     string
	titles   []string // each must be among the person's titles
	aliases  []string // exactly, in order
	mentions []string // the mention texts, exactly, in order
}

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

func names(people []brief.Person) []string {
	out := []string{}
	for _, p := range people {
		out = append(out, p.Name)
	}
	return out
}

func TestPeopleHardCases(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantPerson // in order of salience; the list must match exactly
	}{
		{
			name: "comma-set titles and a coreferring description",
			text: "The US president, Joe Biden, and Russian head, Vladimir Putin, will speak on Friday, as the Russian leader presses his demands.\n\nPutin’s aides said Biden would listen.",
			// Equal mention counts: first named first.
			want: []wantPerson{
				{name: "Joe Biden", titles: []string{"US president"}, aliases: []string{"Biden"}, mentions: []string{"Joe Biden", "Biden"}},
				{name: "Vladimir Putin", titles: []string{"Russian head", "Russian leader"}, aliases: []string{"Putin"}, mentions: []string{"Vladimir Putin", "Putin"}},
			},
		},
		{
			name: "pre-nominal titles are not part of the name",
			text: "Foreign Secretary Amelia Hart met Defence Minister Tomas Varga in Vienna on Monday. Hart said the talks were useful.",
			want: []wantPerson{
				{name: "Amelia Hart", titles: []string{"Foreign Secretary"}, aliases: []string{"Hart"}, mentions: []string{"Amelia Hart", "Hart"}},
				{name: "Tomas Varga", titles: []string{"Defence Minister"}, aliases: []string{}, mentions: []string{"Tomas Varga"}},
			},
		},
		{
			name: "organisation name and lower-case role before the name",
			text: "National Security Council spokeswoman Laura Bennett said in a statement that the call would go ahead.",
			want: []wantPerson{
				{name: "Laura Bennett", titles: []string{"National Security Council spokeswoman"}, mentions: []string{"Laura Bennett"}},
			},
		},
		{
			name: "appositive title and a later surname",
			text: "Daniel Okoro, a State Department spokesman, told reporters the embassy would stay open. Okoro declined to say more.",
			want: []wantPerson{
				{name: "Daniel Okoro", titles: []string{"State Department spokesman"}, aliases: []string{"Okoro"}, mentions: []string{"Daniel Okoro", "Okoro"}},
			},
		},
		{
			name: "X, the Y of Z and an honorific",
			text: "The leader of the opposition bloc, Rafael Montes, rejected the plan. Mr Montes called it a trap.",
			want: []wantPerson{
				{name: "Rafael Montes", titles: []string{"leader of the opposition bloc"}, aliases: []string{"Montes"}, mentions: []string{"Rafael Montes", "Montes"}},
			},
		},
		{
			name: "initials and a regnal number",
			text: "Former president George W. Bush attended the mass led by Pope John Paul II in 1999. Bush later spoke.",
			want: []wantPerson{
				{name: "George W. Bush", titles: []string{"Former president"}, aliases: []string{"Bush"}, mentions: []string{"George W. Bush", "Bush"}},
				{name: "John Paul II", titles: []string{"Pope"}, mentions: []string{"John Paul II"}},
			},
		},
		{
			name: "name particles",
			text: "French diplomat Dominique de Villepin praised the deal. Osama bin Laden was not mentioned. De Villepin left on Sunday.",
			want: []wantPerson{
				{name: "Dominique de Villepin", aliases: []string{"De Villepin"}, mentions: []string{"Dominique de Villepin", "De Villepin"}},
				{name: "Osama bin Laden", mentions: []string{"Osama bin Laden"}},
			},
		},
		{
			name: "hyphens, apostrophes and non-English names",
			text: "Jean-Marie Lefevre and Sean O'Brien met Turkish President Recep Tayyip Erdogan and North Korean leader Kim Jong-un's envoy.",
			want: []wantPerson{
				{name: "Jean-Marie Lefevre"},
				{name: "Sean O'Brien"},
				{name: "Recep Tayyip Erdogan", titles: []string{"Turkish President"}},
				{name: "Kim Jong-un", titles: []string{"North Korean leader"}, mentions: []string{"Kim Jong-un"}},
			},
		},
		{
			name: "headline, sentence start and quotes",
			text: "Okafor vows reform as protests grow\n\nLAGOS, March 3 (AFP)\n\nBenjamin Okafor, the prime minister, promised change on Tuesday.\n\n“We will listen to Okafor and to the street,” said one protester.",
			want: []wantPerson{
				{name: "Benjamin Okafor", titles: []string{"prime minister"}, aliases: []string{"Okafor"}, mentions: []string{"Okafor", "Benjamin Okafor", "Okafor"}},
			},
		},
		{
			name: "a shared surname goes to the latest person named",
			text: "Former president Bill Clinton spoke first. Then Hillary Clinton, the former secretary of state, took the stage. Clinton said the race was close.",
			want: []wantPerson{
				{name: "Hillary Clinton", titles: []string{"former secretary of state"}, mentions: []string{"Hillary Clinton", "Clinton"}},
				{name: "Bill Clinton", titles: []string{"Former president"}, mentions: []string{"Bill Clinton"}},
			},
		},
		{
			name: "organisations, places and nationalities are not people",
			text: "Officials at the State Department and NATO said Russian troops near Kharkiv had not moved. The Pentagon said the Kremlin was silent.",
			want: []wantPerson{},
		},
		{
			name: "age and an unfamiliar name",
			text: "Tariku Bekele, 34, was arrested in Addis Ababa on Friday, police said.",
			want: []wantPerson{
				{name: "Tariku Bekele", mentions: []string{"Tariku Bekele"}},
			},
		},
		{
			name: "byline on the headline line is the author",
			text: "Talks stall in Geneva by Anna Keller\n\nGENEVA, March 3 (AFP)\n\nNegotiators failed to agree, said mediator Paolo Ricci.",
			want: []wantPerson{
				{name: "Paolo Ricci", titles: []string{"mediator"}},
			},
		},
		{
			name: "byline on a line of its own and furniture lines",
			text: "by Anna Keller\n\nLONDON, Dec 14 (AFP)\n\nThe inquiry ended, said Colonel Mark Dawson.\n\nAlso Read | Maria Sanchez wins award\n",
			want: []wantPerson{
				{name: "Mark Dawson", titles: []string{"Colonel"}},
			},
		},
		{
			name: "names in a list with known people",
			text: "The exhibit shows portraits by photographers such as Ansel Adams, Walker Evans and Helmut Newton.",
			want: []wantPerson{
				{name: "Ansel Adams"},
				{name: "Walker Evans"},
				{name: "Helmut Newton"},
			},
		},
		{
			name: "a known name inside an organisation's name",
			text: "Pablo Picasso’s prints went to the museum. The Pablo Picasso Foundation paid for the show, and Picasso fans came, said curator Kristin Hale.",
			want: []wantPerson{
				{name: "Pablo Picasso", aliases: []string{"Picasso"}, mentions: []string{"Pablo Picasso", "Pablo Picasso", "Picasso"}},
				{name: "Kristin Hale", titles: []string{"curator"}},
			},
		},
		{
			name: "an organisation's name alone introduces nobody",
			text: "The Pablo Picasso Foundation paid for the show.",
			want: []wantPerson{},
		},
		{
			name: "ranks, months and countries inside names",
			text: "In 1963 Martin Luther King Jr. marched. Rep. Steve Israel and former governor Jan Brewer spoke.",
			want: []wantPerson{
				{name: "Martin Luther King Jr.", mentions: []string{"Martin Luther King Jr."}},
				{name: "Steve Israel", titles: []string{"Rep."}},
				{name: "Jan Brewer", titles: []string{"former governor"}},
			},
		},
		{
			name: "a place before a participle clause, a contest title and a contraction",
			text: "Hollande said on Tuesday in Paris, noting the nominee was unfit. The former Miss Universe spoke. “I’d go,” she said.",
			// Hollande, at a reporting verb, is a person by prose's tie-breaker; "in Paris, noting"
			// gives him no title.
			want: []wantPerson{{name: "Hollande", titles: []string{}, mentions: []string{"Hollande"}}},
		},
		{
			name: "title-case sentence inside the text",
			text: "Erdogan Is In Syria With A Green Light From The U.S. And Iran\n\nTurkish President Recep Tayyip Erdogan sent troops.",
			want: []wantPerson{
				{name: "Recep Tayyip Erdogan", titles: []string{"Turkish President"}, mentions: []string{"Erdogan", "Recep Tayyip Erdogan"}},
			},
		},
		{
			name: "title-case headline says nothing on its own",
			text: "Leaders Meet As Border Tension Grows In North\n\nPresident Omar Haddad met envoys on Monday.",
			want: []wantPerson{
				{name: "Omar Haddad", titles: []string{"President"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := peopleOf(tt.text)
			var wantNames []string
			for _, w := range tt.want {
				wantNames = append(wantNames, w.name)
			}
			if !reflect.DeepEqual(names(got), append([]string{}, wantNames...)) {
				t.Fatalf("people = %q, want %q", names(got), wantNames)
			}
			for _, w := range tt.want {
				p := findPerson(got, w.name)
				for _, title := range w.titles {
					found := false
					for _, g := range p.Titles {
						found = found || g == title
					}
					if !found {
						t.Errorf("%s: titles = %q, want %q among them", w.name, p.Titles, title)
					}
				}
				if w.aliases != nil && !reflect.DeepEqual(p.Aliases, w.aliases) {
					t.Errorf("%s: aliases = %q, want %q", w.name, p.Aliases, w.aliases)
				}
				if w.mentions != nil {
					var texts []string
					for _, m := range p.Mentions {
						texts = append(texts, m.Text)
						if tt.text[m.Start:m.End] != m.Text {
							t.Errorf("%s: mention %q is not the text at %d:%d", w.name, m.Text, m.Start, m.End)
						}
					}
					if !reflect.DeepEqual(texts, w.mentions) {
						t.Errorf("%s: mentions = %q, want %q", w.name, texts, w.mentions)
					}
				}
			}
		})
	}
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
