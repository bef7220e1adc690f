package input

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFurniture: captions and photo credits are page furniture; datelines and prose are not.
func TestFurniture(t *testing.T) {
	for _, c := range []struct {
		line, kind string
	}{
		{"The crowd outside the stadium on Friday. Image: Dana Kowalski.", "caption"},
		{"Delegates at the summit. Photo: Reuters", "caption"},
		{"A rescue worker carries a child (Photo by Lena Ortiz/Getty Images)", "caption"},
		{"Protesters in the square. REUTERS/Ahmed Saad", "caption"},
		{"Opening night of the exhibit. Video: Kim Aalto.", "caption"},
		{"Also read | Markets fall again", "related"},
		{"[Edited with AP inputs]", "credit"},
		{"BKERKE, Lebanon, April 25, 1997 (AFP)", ""},
		{"The minister said the photo: was fake and would be withdrawn from the site.", ""},
		{"Polls show voters like him, according to a CBS/New York Times poll.", ""},
	} {
		f, ok := classifyLine(c.line)
		if got := map[bool]string{true: f.Kind}[ok]; got != c.kind {
			t.Errorf("%q: kind %q, want %q", c.line, got, c.kind)
		}
	}
}

// TestPullQuote: a line that is all quotation repeating words quoted before it is a pull quote; a
// quotation heard for the first time, or one too short, is not.
func TestPullQuote(t *testing.T) {
	body := "“We cannot keep the clinic open past six,” said Dr. Rosa Delgado, its director. “The night staff costs more than we take in all week.”\n\n"
	for _, c := range []struct {
		line string
		want bool
	}{
		{"“We cannot keep the clinic open past six. The night staff costs more than we take in all week.”", true},
		{"\"We cannot keep the clinic open past six.\"", true},
		{"“We will open a second clinic in the spring, and hire twelve nurses.”", false},
		{"“Past six.”", false},
		{"We cannot keep the clinic open past six, the director said again.", false},
	} {
		read := newWordNormalizer()
		read.feed(body)
		if inner, ok := pullQuoteShape(c.line); (ok && repeatsQuoted(read, inner)) != c.want {
			t.Errorf("%q: pull quote %v, want %v", c.line, !c.want, c.want)
		}
	}
}

// Fed line by line, the normaliser writes what it writes of the whole text at once (normalWords), so
// the pull-quote test reads the same words as it would from the text before the line.
func TestWordNormalizerMatchesNormalWords(t *testing.T) {
	for _, text := range []string{
		"“We cannot keep the clinic open,” said Dr. Rosa Delgado.\n\nIt's O’Brien's 2nd term.\r\nÉTÉ\n",
		"no final newline, ending in a word",
		"  \n\n,,\n",
		"bad \xff byte and İstanbul\n",
	} {
		n := newWordNormalizer()
		for _, line := range strings.SplitAfter(text, "\n") {
			n.feed(line)
		}
		want := normalWords(text)
		if !n.contains(want, len(n.b)) {
			t.Errorf("%q: normaliser does not contain %q", text, want)
		}
		got := string(n.b)
		if !n.space {
			got += " "
		}
		if got != want {
			t.Errorf("%q: normaliser %q, normalWords %q", text, got, want)
		}
	}
}

// The lead-word and credit-word tests in front of the furniture regexps only skip lines that no
// regexp could match: on every line of the bench articles, and on lines built to start or end like
// furniture, classifyLine says what the regexps alone say.
func TestClassifyLinePrefilterKeepsMatches(t *testing.T) {
	lines := []string{
		"  READ MORE: Markets fall again", "\tFollow us on Twitter", "© 2024 The Daily", "(c) 2019 Wire",
		"Story continues below", "Sponsored", "(Reported by Ana Ruiz; Editing by Tom Ho)",
		"[Compiled from agency reports]", "Written by Staff", "Share this article",
		"Crowds gather in Kyiv. PHOTO by Ivan Petrenko", "Soldiers at the base. Graphic: The Times",
		"Troops leave the port. AFP/Jean Dupont", "The dam at dusk (Picture courtesy of the council)",
		"Watch: the launch", "The fleet at sea. Photograph: Ann Lee", "Hills at dawn. Photo credit : Ann Lee",
		"Pictures by Ann Lee", "(Images courtesy of the museum)", "Map. Illustration: Bo Wu.", "Trending — a new phone", "Reading is fun, he said.", "Alsop said no.",
	}
	f, err := os.Open(filepath.Join("..", "..", "testdata", "bench", "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(rec.Text, "\n")...)
	}
	if len(lines) < 200 {
		t.Fatalf("only %d lines read", len(lines))
	}
	for _, line := range lines {
		got, gotOK := classifyLine(line)
		want, wantOK := classifyByRegexps(line)
		if got != want || gotOK != wantOK {
			t.Errorf("%q: %+v %v, the regexps alone say %+v %v", line, got, gotOK, want, wantOK)
		}
	}
}

// classifyByRegexps is classifyLine without its prefilters.
func classifyByRegexps(line string) (Furniture, bool) {
	if len(line) > 300 {
		return Furniture{}, false
	}
	switch {
	case relatedRE.MatchString(line):
		return Furniture{Kind: "related"}, true
	case socialRE.MatchString(line):
		return Furniture{Kind: "social"}, true
	case advertRE.MatchString(line):
		return Furniture{Kind: "advert"}, true
	case captionRE.MatchString(line):
		return Furniture{Kind: "caption"}, true
	}
	if m := creditRE.FindStringSubmatch(line); m != nil {
		return Furniture{Kind: "credit", Credit: strings.TrimSpace(m[1])}, true
	}
	return Furniture{}, false
}

// Every caption word, capitalised or not, is found by mayBeCaption in a caption it leads.
func TestCaptionWordsAreLookedFor(t *testing.T) {
	for _, w := range captionWords {
		for _, word := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
			if !mayBeCaption("Seen from the hill. " + word + ": Jo Ames") {
				t.Errorf("a caption crediting with %q is skipped", word)
			}
		}
	}
}

// FuzzClassifyLine: on any line, the prefilters never hide a match of the regexps.
func FuzzClassifyLine(f *testing.F) {
	for _, s := range []string{"Dusk. Photo by Ann Lee", "READ MORE: x", "(Reported by Al)", "REUTERS/Jo Ames", "Photograph : Ann"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		got, gotOK := classifyLine(line)
		want, wantOK := classifyByRegexps(line)
		if got != want || gotOK != wantOK {
			t.Errorf("%q: %+v %v, the regexps alone say %+v %v", line, got, gotOK, want, wantOK)
		}
	})
}
