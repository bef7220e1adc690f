package nlp

import (
	"strings"
	"testing"
)

// An article of more tokens than MaxTokens is analysed up to the cap and says so.
func TestAnalyzeCapsTokens(t *testing.T) {
	text := strings.Repeat("\" ", MaxTokens+10)
	d := Analyze(text)
	if !d.Truncated || len(d.Tokens) != MaxTokens || !strings.HasPrefix(text, d.Text) || len(d.Text) >= len(text) {
		t.Fatalf("truncated %v, %d tokens, %d of %d bytes", d.Truncated, len(d.Tokens), len(d.Text), len(text))
	}
	for _, tok := range d.Tokens {
		if tok.End > len(d.Text) {
			t.Fatalf("token %+v past the cut at %d", tok, len(d.Text))
		}
	}
}

// An article of more lines than MaxLines is analysed up to the cap and says so.
func TestAnalyzeCapsLines(t *testing.T) {
	text := strings.Repeat("a\n\n", MaxLines/2+10)
	d := Analyze(text)
	if !d.Truncated || len(d.Lines) != MaxLines || len(d.Text) != 3*MaxLines/2 {
		t.Fatalf("truncated %v, %d lines, %d of %d bytes", d.Truncated, len(d.Lines), len(d.Text), len(text))
	}
	if last := d.Tokens[len(d.Tokens)-1]; last.End > len(d.Text) || len(d.Tokens) != MaxLines/2 {
		t.Fatalf("%d tokens, the last %+v, cut at %d", len(d.Tokens), last, len(d.Text))
	}
}

// SentenceTokens holds the same tokens as TokensIn for every sentence.
func TestSentenceTokens(t *testing.T) {
	d := Analyze("Headline here\n\nMr. Smith said. \"Go,\" she said! The U.S. Army left.\n\nA second paragraph? Yes.")
	if len(d.SentenceTokens) != len(d.Sentences) {
		t.Fatalf("%d ranges for %d sentences", len(d.SentenceTokens), len(d.Sentences))
	}
	for i, s := range d.Sentences {
		want := d.TokensIn(s)
		r := d.SentenceTokens[i]
		got := d.Tokens[r.Start:r.End]
		if len(got) != len(want) || len(got) > 0 && got[0] != want[0] {
			t.Errorf("sentence %d: tokens %v, want %v", i, got, want)
		}
	}
}
