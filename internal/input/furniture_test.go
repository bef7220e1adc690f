package input

import (
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
		if got := pullQuote(read, c.line); got != c.want {
			t.Errorf("%q: pull quote %v, want %v", c.line, got, c.want)
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
