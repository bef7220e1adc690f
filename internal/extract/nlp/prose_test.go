package nlp

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	prose "github.com/jdkato/prose/v2"
	"github.com/mingrammer/commonregex"

	"github.com/newsbrief/newsbrief/internal/extract/internal/benchdata"
	"github.com/newsbrief/newsbrief/internal/extract/nlp/internal/prosemodel"
)

// The compiled-in model is what `go generate` writes from the prose module in go.mod: when prose
// is upgraded, this fails until prose_model.bin is generated again.
func TestProseModelFileIsProseModel(t *testing.T) {
	t.Parallel() // decoding prose's model takes seconds under the race detector, as in the test below
	want, err := prosemodel.Build()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, []byte(proseModelData)) {
		t.Fatal("prose_model.bin is not prose's model as prosemodel.Build writes it: run go generate ./internal/extract/nlp")
	}
}

func TestProsePatternsAreProses(t *testing.T) {
	if commonregexLink != commonregex.LinkPattern || commonregexEmail != commonregex.EmailPattern {
		t.Error("the link and e-mail patterns differ from commonregex's")
	}
}

var (
	realProseOnce  sync.Once
	realProseModel *prose.Model
)

// proseTokens is what prose itself makes of text, or ok false where prose panics.
func proseTokens(t testing.TB, text string) (toks []proseToken, ok bool) {
	realProseOnce.Do(func() {
		doc, err := prose.NewDocument("", prose.WithSegmentation(false))
		if err != nil {
			t.Fatal(err)
		}
		realProseModel = doc.Model
	})
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	doc, err := prose.NewDocument(text, prose.UsingModel(realProseModel), prose.WithSegmentation(false))
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range doc.Tokens() {
		toks = append(toks, proseToken{Text: tok.Text, Tag: tok.Tag, Label: tok.Label})
	}
	return toks, true
}

// diffTokens describes the first difference between prose's tokens and ours, or returns "".
func diffTokens(want, got []proseToken) string {
	for i := range min(len(want), len(got)) {
		if want[i] != got[i] {
			return fmt.Sprintf("token %d: prose %+v, ours %+v", i, want[i], got[i])
		}
	}
	if len(want) != len(got) {
		return fmt.Sprintf("prose has %d tokens, ours %d", len(want), len(got))
	}
	return ""
}

// Every paragraph of the bench articles and of the seed, and a window around each capitalised word
// (what the people family asks about), gets the same tokens, tags and labels as from prose itself.
func TestProseTagMatchesProse(t *testing.T) {
	t.Parallel()
	var texts []string
	for _, a := range benchdata.Articles(t) {
		d := Analyze(a)
		for _, p := range d.Paragraphs {
			texts = append(texts, d.Text[p.Start:p.End])
		}
		for i, tok := range d.Tokens {
			if r, _ := utf8.DecodeRuneInString(tok.Text); r >= 'A' && r <= 'Z' && i%3 == 0 {
				lo, hi := max(0, i-6), min(len(d.Tokens)-1, i+3)
				texts = append(texts, d.Text[d.Tokens[lo].Start:d.Tokens[hi].End])
			}
		}
	}
	texts = append(texts, proseEdgeCases...)
	m := Model()
	words := 0
	for _, text := range texts {
		want, ok := proseTokens(t, text)
		if !ok {
			continue
		}
		words += len(want)
		if d := diffTokens(want, m.proseDocument(text)); d != "" {
			t.Errorf("%q: %s", text, d)
		}
	}
	if words < 10000 {
		t.Errorf("compared only %d tokens", words)
	}
}

// Texts that reach prose's special cases: emoticons, links, e-mail addresses, Penn Treebank traces,
// abbreviations, contractions, prefixes and suffixes, repeated words, non-ASCII words, numbers.
var proseEdgeCases = []string{
	"",
	"   ",
	"Hello :) world :-( and (-_-) but ¯\\(ツ)/¯ and xD",
	"Visit https://example.com/a(b) or www.example.org, or mail jane.doe@example.co.uk today.",
	"@jack said *-1 and *T*-12 and 0 and * and -LRB- and -NONE- here.",
	"The U.S.A. and Mr. Smith and Dr. Jones met Sen. Warren in Washington D.C. on Jan. 5.",
	"They'll say it's John's and we're sure I'm right, but don't and won't can't.",
	"($100) [sic] \"quoted,\" 'single' “curly” ‘too’ &rsquo; end.",
	"Smith said Smith said Smith said, and Jones said Jones said.",
	"José Müller, Ålesund, Zoë and São Paulo: İstanbul's mayor İİİ's",
	"In 1999 and 2021, 3.5 million, 1e5, NaN, Inf, 0x1p-2, +1234, -1234, 12-15 and one-two.",
	"A - B -- C --- D",
	"'s 'sup n't n'tx 'llama",
	"Moscow said. Haddad said. Verizon said. Forbes magazine said its list.",
	strings.Repeat("word ", 200),
}

// FuzzProseTag: ours labels any text as prose does, except where prose panics.
func FuzzProseTag(f *testing.F) {
	for _, s := range proseEdgeCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		want, ok := proseTokens(t, text)
		if !ok {
			return
		}
		if d := diffTokens(want, Model().proseDocument(text)); d != "" {
			t.Errorf("%q: %s", text, d)
		}
	})
}

// BenchmarkProseModelLoad is what the first tie-break of a process pays to read the model (prose's
// own load decodes gob maps for 0.5–0.7 s).
func BenchmarkProseModelLoad(b *testing.B) {
	for b.Loop() {
		loadProseModel(proseModelData)
	}
}

// BenchmarkProseTagWindow is one tie-break call: tokens, tags and labels for the ten words around a
// one-word name.
func BenchmarkProseTagWindow(b *testing.B) {
	const window = "the state department. “We are not there yet,” Haddad said on Tuesday"
	b.SetBytes(int64(len(window)))
	Model()
	for b.Loop() {
		ProseTag(window, 0)
	}
}
