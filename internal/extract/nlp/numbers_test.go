package nlp

import (
	"testing"

	"github.com/newsbrief/newsbrief/internal/extract/internal/benchdata"
)

func TestParseQuantity(t *testing.T) {
	tests := []struct {
		text        string
		wantText    string // the quantity's words, approximator included
		count, max  int
		vague       bool
		approximate bool
	}{
		{"28,000 troops", "28,000", 28000, 0, false, false},
		{"1.5 million men", "1.5 million", 1500000, 0, false, false},
		{"30k soldiers", "30k", 30000, 0, false, false},
		{"100 000 soldiers", "100 000", 100000, 0, false, false},
		{"two soldiers", "two", 2, 0, false, false},
		{"twenty-five marines", "twenty-five", 25, 0, false, false},
		{"twenty five marines", "twenty five", 25, 0, false, false},
		{"two hundred and fifty rebels", "two hundred and fifty", 250, 0, false, false},
		{"three thousand troops", "three thousand", 3000, 0, false, false},
		{"a hundred troops", "a hundred", 100, 0, false, false},
		{"a dozen commandos", "a dozen", 12, 0, false, false},
		{"half a dozen commandos", "half a dozen", 6, 0, false, false},
		{"two dozen guardsmen", "two dozen", 24, 0, false, false},
		{"hundreds of troops", "hundreds", 0, 0, true, true},
		{"tens of thousands of troops", "tens of thousands", 0, 0, true, true},
		{"hundreds of thousands of soldiers", "hundreds of thousands", 0, 0, true, true},
		{"dozens of fighters", "dozens", 0, 0, true, true},
		{"several thousand troops", "several thousand", 0, 0, true, true},
		{"5,000 to 7,000 troops", "5,000 to 7,000", 5000, 7000, false, true},
		{"between 700 and 800 soldiers", "between 700 and 800", 700, 800, false, true},
		{"5,000-7,000 troops", "5,000-7,000", 5000, 7000, false, true},
		{"two or three soldiers", "two or three", 2, 3, false, true},
		{"about 500 troops", "about 500", 500, 0, false, true},
		{"some 500 troops", "some 500", 500, 0, false, true},
		{"an estimated 100,000 soldiers", "an estimated 100,000", 100000, 0, false, true},
		{"nearly 500 troops", "nearly 500", 500, 0, false, true},
		{"more than 500 troops", "more than 500", 500, 0, false, true},
		{"up to 500 troops", "up to 500", 500, 0, false, true},
		{"at least 500 troops", "at least 500", 500, 0, false, true},
		{"around 500 troops", "around 500", 500, 0, false, true},
		{"over 500 troops", "over 500", 500, 0, false, true},
		{"roughly 500 troops", "roughly 500", 500, 0, false, true},
		{"almost 500 troops", "almost 500", 500, 0, false, true},
		{"as many as 500 troops", "as many as 500", 500, 0, false, true},
	}
	for _, tc := range tests {
		toks := Tokenize(tc.text)
		lw := make([]string, len(toks))
		for i, tok := range toks {
			lw[i] = QuantityLower(tok.Text)
		}
		var q Quantity
		found := false
		for i := range toks {
			if q, found = ParseQuantity(toks, lw, i); found {
				break
			}
		}
		if !found {
			t.Errorf("%q: no quantity", tc.text)
			continue
		}
		got := tc.text[toks[q.First].Start:toks[q.Last].End]
		if got != tc.wantText || q.Count != tc.count || q.Max != tc.max || q.Vague != tc.vague ||
			q.Approximate != tc.approximate {
			t.Errorf("%q: got %q count=%d max=%d vague=%v approx=%v; want %q %d %d %v %v", tc.text, got,
				q.Count, q.Max, q.Vague, q.Approximate, tc.wantText, tc.count, tc.max, tc.vague, tc.approximate)
		}
	}
}

func TestParseQuantityRejects(t *testing.T) {
	for _, text := range []string{"a soldier", "the troops", "several soldiers", "12-year-old", "3.5", "a few"} {
		toks := Tokenize(text)
		lw := make([]string, len(toks))
		for i, tok := range toks {
			lw[i] = QuantityLower(tok.Text)
		}
		for i := range toks {
			if q, ok := ParseQuantity(toks, lw, i); ok {
				t.Errorf("%q: unexpected quantity %+v", text, q)
			}
		}
	}
}

// TestParseQuantityOverflow: an amount beyond 2^53 (the largest integer a JSON reader holds exactly)
// has no count (vague, so the brief's count is null), never a wrapped or negative one, and keeps its
// words.
func TestParseQuantityOverflow(t *testing.T) {
	for _, tc := range []struct{ text, words string }{
		{"About 9223372036854775807 troops", "About 9223372036854775807"},
		{"99999999999999999999999 soldiers", "99999999999999999999999"},
		{"9007199254740993 soldiers", "9007199254740993"},
		{"9,223,372,036,854,775,808 troops", "9,223,372,036,854,775,808"},
		{"100 000 000 000 000 000 000 troops", "100 000 000 000 000 000 000"},
		{"9999999999 billion troops", "9999999999 billion"},
		{"5-99999999999999999999 troops", "5-99999999999999999999"},
		{"99999999999999999999k troops", "99999999999999999999k"},
		{"a hundred hundred hundred hundred hundred hundred hundred hundred hundred troops", "a hundred hundred hundred hundred hundred hundred hundred hundred hundred"},
		{"two dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen troops", "two dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen"},
	} {
		toks := Tokenize(tc.text)
		lw := make([]string, len(toks))
		for i, tok := range toks {
			lw[i] = QuantityLower(tok.Text)
		}
		q, ok := Quantity{}, false
		for i := range toks {
			if q, ok = ParseQuantity(toks, lw, i); ok {
				break
			}
		}
		if !ok {
			t.Errorf("%q: no quantity", tc.text)
			continue
		}
		if got := tc.text[toks[q.First].Start:toks[q.Last].End]; got != tc.words || !q.Vague || q.Count != 0 || q.Max != 0 {
			t.Errorf("%q: got %q %+v; want %q with no count", tc.text, got, q, tc.words)
		}
	}
	// At the limit itself the count is kept.
	toks := Tokenize("9007199254740992 soldiers")
	lw := []string{toks[0].Text, toks[1].Text}
	if q, ok := ParseQuantity(toks, lw, 0); !ok || q.Vague || q.Count != 1<<53 {
		t.Errorf("2^53: %+v %v", q, ok)
	}
}

// TestQuantityStarters checks that quantityMayStart lets through every token that quantityNumber reads
// a number from, in the bench articles and in phrases of every kind of quantity: a quantity word
// added to quantityNumber must be added to quantityStarters too.
func TestQuantityStarters(t *testing.T) {
	texts := append(benchdata.Articles(t),
		"Dozens, scores, hundreds, thousands and millions of people; tens of thousands of troops.",
		"Several hundred, many thousands, a few thousand, a couple of hundred, a dozen, half a dozen soldiers.",
		"A hundred, an estimated thousand, twenty-five, Twenty five, one million and 1,500 or 100 000 men.",
		"Some 5,000-strong forces, 30k fighters, 1.5 million troops and between 700 and 800 police.")
	for _, text := range texts {
		d := Analyze(text)
		for i := range d.Tokens {
			if _, ok := quantityNumber(d.Tokens, d.Lower, i); ok && !quantityMayStart(d.Tokens, d.Lower, i) {
				t.Errorf("quantityNumber reads a number at %q, which quantityMayStart turns away", d.Tokens[i].Text)
			}
		}
	}
}
