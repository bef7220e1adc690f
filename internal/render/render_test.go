package render

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/internal/brief"
)

func sampleBrief(id string) *brief.Brief {
	b := brief.New(id)
	b.Title = brief.Str("Biden and Putin to speak | talks")
	b.Published = brief.Str("2021-12-29")
	b.PublishedSource = brief.Str(brief.PublishedFromRecord)
	b.Gist = []string{"The US president, Joe Biden, and Russian head, Vladimir Putin, will speak on Thursday."}
	b.People = []brief.Person{{Name: "Joe Biden", Titles: []string{"US president"}, Aliases: []string{"Biden"},
		Mentions: []brief.Span{{Text: "Joe Biden", Start: 18, End: 27, Line: 1, Column: 19}}}}
	b.Quotes = []brief.Quote{
		{Span: brief.Span{Text: "We look \x1b[2Jforward", Line: 3, Column: 4}, Speaker: brief.Str("Joe Biden"), Cue: brief.Str("said")},
		{Span: brief.Span{Text: "We are ready", Line: 4, Column: 1}, SpeakerMention: &brief.Mention{Text: "a Kremlin spokesman"},
			Fragments: []brief.Span{{Text: "The talks will be frank.", Line: 4, Column: 40}}},
	}
	b.Dates = []brief.Date{
		{Span: brief.Span{Text: "January 10"}, Value: "XXXX-01-10"},
		{Span: brief.Span{Text: "January 10"}, Value: "2022-01-10"},
		{Span: brief.Span{Text: "Earlier this week"}, Value: "2021-W52"},
		{Span: brief.Span{Text: "Wednesday"}, Value: "2021-12-29"},
		{Span: brief.Span{Text: "Earlier this month"}, Value: "2021-12"},
		{Span: brief.Span{Text: "Thursday, December 30"}, Value: "2021-12-30", Event: "Biden and Putin will speak"},
		{Span: brief.Span{Text: "tomorrow"}, Value: "2021-12-30"},
	}
	b.Troops = []brief.Troop{{Span: brief.Span{Text: "an estimated 100,000"}, Count: brief.Int(100000), Approximate: true, Unit: "soldiers", Who: brief.Str("Russian")}}
	return b
}

func TestTextBrief(t *testing.T) {
	var out bytes.Buffer
	w, _ := New("text", &out, Options{Color: false})
	if err := w.Brief(sampleBrief("a")); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"People\n  Joe Biden — US president  (1 mention)",
		`“We look \x1b[2Jforward” — Joe Biden, US president`, // the article's escape, shown escaped
		"“We are ready … The talks will be frank.” — a Kremlin spokesman",
		"Timeline\n  2021-12     Earlier this month\n  2021-W52    Earlier this week\n  2021-12-29  Wednesday\n  2021-12-30  Thursday, December 30, tomorrow — Biden and Putin will speak\n  2022-01-10  January 10\n  XXXX-01-10  January 10",
		"~100,000 soldiers (Russian)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("text brief lacks %q:\n%s", want, got)
		}
	}
	if strings.ContainsRune(got, 0x1b) {
		t.Errorf("text brief without color holds an escape: %q", got)
	}

	out.Reset()
	w, _ = New("text", &out, Options{Color: true})
	_ = w.Brief(sampleBrief("a"))
	if !strings.Contains(out.String(), "\x1b[1m") {
		t.Errorf("colored brief has no bold: %q", out.String())
	}
	if strings.Contains(out.String(), "\x1b[2J") {
		t.Errorf("article's escape sequence reached the terminal: %q", out.String())
	}
}

func TestMarkdownEscapes(t *testing.T) {
	var out bytes.Buffer
	w, _ := New("markdown", &out, Options{})
	_ = w.Brief(sampleBrief("a"))
	got := out.String()
	if !strings.Contains(got, "# Biden and Putin to speak | talks") || !strings.Contains(got, "| Joe Biden | US president | 1 |") {
		t.Errorf("markdown brief:\n%s", got)
	}
	if !strings.Contains(got, "| 2021-12-30 | Thursday, December 30, tomorrow |") {
		t.Errorf("markdown timeline:\n%s", got)
	}
}

// TestJSONOneObjectOrArray: with several possible articles JSON is an array whatever their number
// (none, one or more); for exactly one input it is that article's object, or nothing when it failed.
func TestJSONOneObjectOrArray(t *testing.T) {
	for _, several := range []bool{true, false} {
		for n := 0; n <= 3; n++ {
			if !several && n > 1 {
				continue
			}
			var out bytes.Buffer
			w, _ := New("json", &out, Options{Several: several})
			for i := 0; i < n; i++ {
				if err := w.Brief(sampleBrief(strings.Repeat("x", i+1))); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if !several && n == 0 {
				if out.Len() != 0 {
					t.Errorf("one failed input: %q", out.String())
				}
				continue
			}
			var v any
			if err := json.Unmarshal(out.Bytes(), &v); err != nil {
				t.Fatalf("%d briefs: not JSON: %v\n%s", n, err, out.String())
			}
			if _, isArray := v.([]any); isArray != several {
				t.Errorf("several=%v, %d briefs: array = %v", several, n, isArray)
			}
		}
	}
}

func TestNDJSONOneLineEach(t *testing.T) {
	var out bytes.Buffer
	w, _ := New("ndjson", &out, Options{})
	_ = w.Brief(sampleBrief("a"))
	_ = w.Brief(sampleBrief("b"))
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[1], `{"schema":"newsbrief/1","id":"b"`) {
		t.Errorf("ndjson: %q", lines)
	}
}

func TestClean(t *testing.T) {
	for in, want := range map[string]string{
		"plain “text”":                 "plain “text”",
		"red \x1b[31mtext\x1b[0m":      `red \x1b[31mtext\x1b[0m`,
		"title \x1b]0;pwned\x07 done":  `title \x1b]0;pwned\x07 done`,
		"bell\x07 and\ttab\r\nnewline": `bell\x07 and tab  newline`,
		"c1 \u009b31m control":         `c1 \u009b31m control`,
		"raw \x9b31m byte":             `raw \x9b31m byte`,
		"bidi \u202eevil\u202c text":   "bidi evil text",
		"Bi\u200bden and Pu\u00adtin":  "Biden and Putin",
	} {
		if got := Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTroopDuplicates: one figure written twice is one line of the text brief.
func TestTroopDuplicates(t *testing.T) {
	b := brief.New("x")
	n := 45000
	b.Troops = []brief.Troop{
		{Span: brief.Span{Text: "about 45,000 marines"}, Count: &n, Approximate: true, Unit: "marines"},
		{Span: brief.Span{Text: "45,000 marines"}, Count: &n, Unit: "marines"},
	}
	var out bytes.Buffer
	w, _ := New("text", &out, Options{})
	_ = w.Brief(b)
	if got := out.String(); strings.Count(got, "marines  ") != 1 || !strings.Contains(got, "~45,000 marines  “about 45,000 marines” (2 mentions)") {
		t.Errorf("duplicate figure:\n%s", got)
	}
}

// TestQuoteSource: a pronoun or a party tag left unresolved is never shown as the speaker.
func TestQuoteSource(t *testing.T) {
	for _, c := range []struct{ mention, want string }{
		{"It", "unattributed"},
		{"he", "unattributed"},
		{"(R-South Carolina)", "unattributed"},
		{"a ministry spokesman", "a ministry spokesman"},
		{"Rep. Ann Lee (D-Wis.)", "Rep. Ann Lee"},
	} {
		q := brief.Quote{SpeakerMention: &brief.Mention{Text: c.mention}}
		if got := quoteSource(q, nil); got != c.want {
			t.Errorf("%q shown as %q, want %q", c.mention, got, c.want)
		}
	}
}

// The JSON writer's list-by-list output is byte for byte what encoding/json writes for the whole
// brief, alone or in an array, with or without a version: on the golden briefs, on one with every
// list empty, and on one whose text holds the very line the writer looks for.
func TestJSONWrittenByListMatchesEncoder(t *testing.T) {
	var briefs []*brief.Brief
	for _, name := range []string{"seed.json", "wire.json"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "golden", name))
		if err != nil {
			t.Fatal(err)
		}
		b := new(brief.Brief)
		if err := json.Unmarshal(data, b); err != nil {
			t.Fatal(err)
		}
		if len(b.People) == 0 || len(b.Quotes) == 0 || len(b.Dates) == 0 {
			t.Fatalf("%s: golden brief without people, quotes or dates", name)
		}
		briefs = append(briefs, b)
	}
	tricky := brief.New("x\n  \"people\": []")
	tricky.Gist = []string{"\n  \"people\": [],", `"quotes": [] <b>&`}
	briefs = append(briefs, brief.New("empty"), tricky)
	for _, b := range briefs {
		for _, version := range []string{"", "1.2.3"} {
			for _, prefix := range []string{"", "  "} {
				var want bytes.Buffer
				enc := json.NewEncoder(&want)
				enc.SetEscapeHTML(false)
				enc.SetIndent(prefix, "  ")
				if err := enc.Encode(versionedBrief(b, version)); err != nil {
					t.Fatal(err)
				}
				var got bytes.Buffer
				if err := writeIndented(&got, b, prefix, version); err != nil {
					t.Fatal(err)
				}
				if w := bytes.TrimRight(want.Bytes(), "\n"); !bytes.Equal(got.Bytes(), w) {
					t.Errorf("%s, prefix %q, version %q: written\n%s\nencoding/json writes\n%s", b.ID, prefix, version, got.Bytes(), w)
				}
			}
		}
	}
}
