package nlp

import (
	"strings"
	"testing"
)

func tokenTexts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want string // tokens joined by |
	}{
		{"Putin’s government", "Putin|’s|government"},
		{"the U.S. and its allies", "the|U.S.|and|its|allies"},
		{"an estimated 100,000 troops", "an|estimated|100,000|troops"},
		{"1.5 million people", "1.5|million|people"},
		{"Jean-Marie Le Pen and O'Brien", "Jean-Marie|Le|Pen|and|O'Brien"},
		{"George W. Bush said.", "George|W|.|Bush|said|."},
		{"“Hello,” he said", "“|Hello|,|”|he|said"},
		{"don't stop", "don't|stop"},
		{"Dec. 30, 2021", "Dec|.|30|,|2021"},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.text)
		got := strings.Join(tokenTexts(toks), "|")
		if got != tt.want {
			t.Errorf("Tokenize(%q) = %s, want %s", tt.text, got, tt.want)
		}
		for _, tok := range toks {
			if tt.text[tok.Start:tok.End] != tok.Text {
				t.Errorf("token %q is not the slice at [%d:%d]", tok.Text, tok.Start, tok.End)
			}
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Mr. Smith met Gen. Jones on Dec. 3. They talked.", []string{"Mr. Smith met Gen. Jones on Dec. 3.", "They talked."}},
		{"They met in Washington D.C. The team flew home.", []string{"They met in Washington D.C.", "The team flew home."}},
		{"George W. Bush spoke. The U.S. Army listened.", []string{"George W. Bush spoke.", "The U.S. Army listened."}},
		{`"We will win," he said. "No doubt."`, []string{`"We will win," he said.`, `"No doubt."`}},
		{"It cost 3.5 million. Prices rose!  Why? Nobody knows.", []string{"It cost 3.5 million.", "Prices rose!", "Why?", "Nobody knows."}},
		{"First paragraph ends\n\nSecond one starts here.", []string{"First paragraph ends", "Second one starts here."}},
	}
	for _, tt := range tests {
		d := Analyze(tt.text)
		var got []string
		for _, s := range d.Sentences {
			got = append(got, d.Slice(s))
		}
		if strings.Join(got, "¦") != strings.Join(tt.want, "¦") {
			t.Errorf("sentences of %q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestLayout(t *testing.T) {
	text := "Rebels seize airport by Jane Smith\r\n\r\nKHARTOUM, April 2, 1997 (AFP) - Rebels took the airport.\r\n\r\nAlso Read | Army vows to retake town\r\n\r\nFollow us on Twitter\r\n\r\n[Edited with AP inputs]"
	d := Analyze(text)
	if d.Title == nil || d.Slice(*d.Title) != "Rebels seize airport" {
		t.Errorf("title = %v", d.Title)
	}
	if d.Byline == nil || d.Slice(*d.Byline) != "Jane Smith" {
		t.Errorf("byline = %v", d.Byline)
	}
	if d.Dateline == nil || d.Slice(*d.Dateline) != "KHARTOUM, April 2, 1997 (AFP) -" {
		t.Errorf("dateline = %v", d.Dateline)
	}
	if len(d.Furniture) != 3 {
		t.Fatalf("furniture = %+v", d.Furniture)
	}
	for _, p := range d.Paragraphs {
		if strings.Contains(d.Slice(p), "Also Read") || strings.Contains(d.Slice(p), "Follow us") || strings.Contains(d.Slice(p), "Edited") {
			t.Errorf("furniture line kept as content: %q", d.Slice(p))
		}
		if strings.ContainsAny(d.Slice(p), "\r\n") {
			t.Errorf("paragraph holds a line end: %q", d.Slice(p))
		}
	}
}

func TestBylineOnly(t *testing.T) {
	d := Analyze("By Jane Smith\n\nLONDON (AP) - Talks ended.\n\nMore text.")
	if d.Title != nil || d.Byline == nil || d.Slice(*d.Byline) != "Jane Smith" {
		t.Errorf("title %v byline %v", d.Title, d.Byline)
	}
}

// Lower is strings.ToLower of every token, however the tokenizer and lowerTokens share the work.
func TestLowerIsToLower(t *testing.T) {
	texts := []string{
		"Putin’s aide said the U.S.-led talks in São Paulo were “Very Good”. BIDEN's O'Brien’S",
		"İstanbul ΣΟΦΙΑ Jean-Marie DÉJÀ-vu 100,000 1.5 a.m. U.S. K.C. x\xffY \xc3 Ünïcode’s ǅemal",
		"J. R. J. R. Biden Biden don't WON'T e.g. Dec. 29 (Reuters) -",
	}
	for _, text := range texts {
		d := Analyze(text)
		for i, tok := range d.Tokens {
			if want := strings.ToLower(tok.Text); d.Lower[i] != want {
				t.Errorf("%q: Lower[%d] = %q, want %q", text, i, d.Lower[i], want)
			}
		}
	}
}
