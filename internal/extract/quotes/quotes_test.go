package quotes

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/internal/extract/people"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// testPeople builds the people list a people extractor would give for text: each full name, and
// every later bare surname, as mentions of that person.
func testPeople(text string, names ...string) []brief.Person {
	var people []brief.Person
	for _, name := range names {
		p := brief.Person{Name: name, Titles: []string{}, Aliases: []string{}}
		f := strings.Fields(name)
		surname := f[len(f)-1]
		taken := map[int]bool{}
		for from := 0; ; {
			i := strings.Index(text[from:], name)
			if i < 0 {
				break
			}
			s := from + i
			p.Mentions = append(p.Mentions, brief.Span{Text: name, Start: s, End: s + len(name)})
			taken[s+len(name)-len(surname)] = true
			from = s + len(name)
		}
		for from := 0; len(f) > 1; {
			i := strings.Index(text[from:], surname)
			if i < 0 {
				break
			}
			s := from + i
			if !taken[s] {
				p.Mentions = append(p.Mentions, brief.Span{Text: surname, Start: s, End: s + len(surname)})
			}
			from = s + len(surname)
		}
		// people.Extract lists a person's mentions in text order, and quotes relies on it.
		slices.SortFunc(p.Mentions, func(a, b brief.Span) int { return a.Start - b.Start })
		people = append(people, p)
	}
	return people
}

type wantQuote struct {
	text    string
	speaker string // "" for null
	mention string // "" for null
	cue     string // "" for null
}

func runQuotes(t *testing.T, text string, names []string, want []wantQuote) {
	t.Helper()
	d := &doc{nlp.Analyze(text)}
	got := extract(d, testPeople(text, names...))
	if len(got) != len(want) {
		for _, q := range got {
			t.Logf("got %q", q.Text)
		}
		t.Fatalf("got %d quotes, want %d", len(got), len(want))
	}
	for i, w := range want {
		q := got[i]
		if q.Text != w.text {
			t.Errorf("quote %d text = %q, want %q", i, q.Text, w.text)
		}
		if text[q.Start:q.End] != q.Text {
			t.Errorf("quote %d span %d:%d is not its text", i, q.Start, q.End)
		}
		if s := deref(q.Speaker); s != w.speaker {
			t.Errorf("quote %d speaker = %q, want %q", i, s, w.speaker)
		}
		m := ""
		if q.SpeakerMention != nil {
			m = q.SpeakerMention.Text
			if text[q.SpeakerMention.Start:q.SpeakerMention.End] != m {
				t.Errorf("quote %d mention span is not its text", i)
			}
		}
		if m != w.mention {
			t.Errorf("quote %d mention = %q, want %q", i, m, w.mention)
		}
		if c := deref(q.Cue); c != w.cue {
			t.Errorf("quote %d cue = %q, want %q", i, c, w.cue)
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func TestQuoteAttributionPatterns(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		want  []wantQuote
	}{
		{"participle hangs on the sentence subject",
			`Maria Lopez met the strikers on Monday, saying the talks would “continue until a deal is reached.”`,
			[]string{"Maria Lopez"},
			[]wantQuote{{"continue until a deal is reached.", "Maria Lopez", "Maria Lopez", "saying"}}},
		{"spokesman for a named person is unnamed, and so is his he",
			"A spokesman for Governor Maria Lopez said the delay was \"an unacceptable failure of planning.\"\n\n\"We hope they are ashamed of this record,\" he said.",
			[]string{"Maria Lopez"},
			[]wantQuote{
				{"an unacceptable failure of planning.", "", "A spokesman for Governor Maria Lopez", "said"},
				{"We hope they are ashamed of this record", "", "he", "said"},
			}},
		{"quote without attribution continues the previous speaker",
			"\"The wells are dry,\" said farmer Omar Haddad.\n\n\"We have not seen rain since March. The animals are dying.\"",
			[]string{"Omar Haddad"},
			[]wantQuote{
				{"The wells are dry", "Omar Haddad", "farmer Omar Haddad", "said"},
				{"We have not seen rain since March. The animals are dying.", "Omar Haddad", "farmer Omar Haddad", "said"},
			}},
		{"a second quote introduced by a word is its own",
			`“I share the public's concern,” said Ng, but “the troops will carry out their duty with discretion.”`,
			[]string{"Lily Ng"},
			[]wantQuote{
				{"I share the public's concern", "Lily Ng", "Ng", "said"},
				{"the troops will carry out their duty with discretion.", "Lily Ng", "Ng", "said"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runQuotes(t, tt.text, tt.names, tt.want) })
	}
}

func TestQuoteMarks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // quote texts
	}{
		{"curly marks with apostrophes inside", `“Ukraine’s army is ready, and the people’s will is strong,” the commander said.`,
			[]string{"Ukraine’s army is ready, and the people’s will is strong"}},
		{"nested single curly quotes", `“We say ‘no retreat’ to anyone who asks us to leave,” the commander said.`,
			[]string{"We say ‘no retreat’ to anyone who asks us to leave"}},
		{"straight quotes with elisions", `"He brought rock 'n' roll back to the '90s crowd," said critic Lee Park.`,
			[]string{"He brought rock 'n' roll back to the '90s crowd"}},
		{"nested straight single quotes", `"They kept shouting 'go home now' at the police," a witness said.`,
			[]string{"They kept shouting 'go home now' at the police"}},
		{"scare quotes and labels are not quotes", `The rebels called the strike a "victory" and the plan "a farce".`, nil},
		{"title of a work is not a quote", `She starred in "The Long Road Home" last year.`, nil},
		{"title with a leading article", `The holiday marks "the October Revolution" in the old calendar.`, nil},
		{"operation name is not a quote", `The army launched "Operation Iron Shield" at dawn.`, nil},
		{"title with a subtitle is not a quote",
			`Aides kept quoting "Hard Winter: How the Valley Towns Survived the Flood," the mayor's memoir.`, nil},
		{"title named by its work noun is not a quote",
			`Her first book, "Bread, Salt and the Long Road Home," sold well in the provinces.`, nil},
		{"a book's words after a colon are a quote",
			`The mayor wrote in her book: "Every town that floods can rebuild if it plans ahead."`,
			[]string{"Every town that floods can rebuild if it plans ahead."}},
		{"so-called label is not a quote", `Officials criticised the so-called "war on the poor" in parliament.`, nil},
		{"slogan with punctuation is a quote", `Protesters carried signs reading "Bread for the People and Not for Bureaucrats!"`,
			[]string{"Bread for the People and Not for Bureaucrats!"}},
		{"straight marks spaced off their words",
			`The board said it was " concerned about the offer for the company" and would meet on Monday.`,
			[]string{"concerned about the offer for the company"}},
		{"a lone spaced mark opens nothing",
			`The index rose 5 " on the day and fell back.`, nil},
		{"unclosed quote ends at its paragraph",
			"The governor said the plan \u201cwill cost far more than anyone expected.\n\nCritics disagreed with the estimate and said so.",
			[]string{"will cost far more than anyone expected."}},
		{"multi-paragraph quote: one entry per paragraph",
			"Mayor John Hale said the town \u201chas rebuilt every school and clinic since the flood.\n\n\u201cThe roads will be next, and we will finish them this year.\u201d",
			[]string{"has rebuilt every school and clinic since the flood.", "The roads will be next, and we will finish them this year."}},
		{"unclosed straight quote before a line that opens a new one",
			"\"The first part never closes and the line ends here\n\"The second part opens on the next line,\" she said.",
			[]string{"The first part never closes and the line ends here", "The second part opens on the next line"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc{nlp.Analyze(tt.text)}
			got := extract(d, nil)
			var texts []string
			for _, q := range got {
				texts = append(texts, q.Text)
			}
			if strings.Join(texts, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", texts, tt.want)
			}
		})
	}
}

func TestMultiParagraphQuoteKeepsSpeaker(t *testing.T) {
	text := "Mayor John Hale said the town \u201chas rebuilt every school and clinic since the flood.\n\n" +
		"\u201cThe roads will be next, and we will finish them this year.\u201d"
	runQuotes(t, text, []string{"John Hale"}, []wantQuote{
		{"has rebuilt every school and clinic since the flood.", "John Hale", "Mayor John Hale", "said"},
		{"The roads will be next, and we will finish them this year.", "John Hale", "Mayor John Hale", "said"},
	})
}

func TestPersonByNameForSpeakers(t *testing.T) {
	ps := []brief.Person{{Name: "Ned Price", Aliases: []string{"Price"}}, {Name: "Bill Clinton"}, {Name: "Hillary Clinton"}}
	if got := people.PersonByName(ps, "Price"); got != 0 {
		t.Errorf("Price = %d, want 0 (by alias)", got)
	}
	if got := people.PersonByName(ps, "Clinton"); got != -1 {
		t.Errorf("Clinton = %d, want -1 (ambiguous)", got)
	}
	if got := people.PersonByName(ps, "Smith"); got != -1 {
		t.Errorf("Smith = %d, want -1", got)
	}
}

func BenchmarkQuotes(b *testing.B) {
	raw, err := os.ReadFile("../../../testdata/seed.txt")
	if err != nil {
		b.Skip(err)
	}
	text := string(raw)
	d := &doc{nlp.Analyze(text)}
	people := testPeople(text, "Joe Biden", "Vladimir Putin", "Emily Horne", "Antony Blinken", "Volodymyr Zelenskyy", "Ned Price")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		extract(d, people)
	}
}

func TestPartialQuotes(t *testing.T) {
	text := "The minister said the plan was \u201ca grave mistake that will cost lives.\u201d\n\n" +
		"\u201cWe will not sign it,\u201d she told reporters."
	qs := Extract(nlp.Analyze(text), nil)
	if len(qs) != 2 {
		t.Fatalf("got %d quotes: %+v", len(qs), qs)
	}
	if !qs[0].Partial || qs[1].Partial {
		t.Errorf("partial = %v, %v; want true, false", qs[0].Partial, qs[1].Partial)
	}
}

// TestQuoteFragments: a quotation resumed after its attribution in the same paragraph is reported
// once, with the later pieces as its fragments; a quote that a word introduces is its own.
func TestQuoteFragments(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		quotes    []string
		fragments [][]string
	}{
		{"resumed after said and a full stop",
			`"We are not leaving," Omar Haddad said. "This is our home and our land." Then he went back inside.`,
			[]string{"We are not leaving"}, [][]string{{"This is our home and our land."}}},
		{"resumed after a mid-sentence attribution",
			`"The first task," the minister said, "is to open the roads before winter."`,
			[]string{"The first task"}, [][]string{{"is to open the roads before winter."}}},
		{"two pieces after the attribution",
			`"We lost everything," said farmer Lena Vuk. "The wells are dry." "The animals are dying."`,
			[]string{"We lost everything"}, [][]string{{"The wells are dry.", "The animals are dying."}}},
		{"a quote introduced by a word is not a fragment",
			`"I share the concern," said Ng, but "the troops will act with discretion."`,
			[]string{"I share the concern", "the troops will act with discretion."}, [][]string{nil, nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(nlp.Analyze(tt.text), testPeople(tt.text, "Omar Haddad", "Lena Vuk", "Lily Ng"))
			if len(got) != len(tt.quotes) {
				t.Fatalf("got %d quotes, want %d", len(got), len(tt.quotes))
			}
			for i, q := range got {
				if q.Text != tt.quotes[i] {
					t.Errorf("quote %d = %q, want %q", i, q.Text, tt.quotes[i])
				}
				var frags []string
				for _, f := range q.Fragments {
					if tt.text[f.Start:f.End] != f.Text {
						t.Errorf("fragment %q is not the text at %d:%d", f.Text, f.Start, f.End)
					}
					frags = append(frags, f.Text)
				}
				if strings.Join(frags, "|") != strings.Join(tt.fragments[i], "|") {
					t.Errorf("quote %d fragments = %q, want %q", i, frags, tt.fragments[i])
				}
			}
		})
	}
}
