package check

import (
	"regexp"
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

// speechVerbs attribute the quotes of their paragraph when the brief could not name the speaker:
// "Price shouted to the crowd", "children marched chanting", "Cummings called him a master ...". They
// are the reporting verbs the lexicon tags for this use (lexicon.Attributes).
var speechVerbs = lexicon.ReportingVerbSet(lexicon.Attributes)

// transcriptLabel opens a paragraph of a transcript: "PENCE: Well, look, ..." or "WALLACE: Governor".
var transcriptLabel = regexp.MustCompile(`(?m)^["“]?[A-Z][A-Z.'’ -]{1,30}:\s`)

// attributedInContext reports whether a quote the brief gives no speaker is still attributed where it
// stands: a speech verb in its paragraph, outside the quotes ("... Price (D-Newport News) shouted to the
// crowd. "The nation is watching."), or a transcript whose labels name each speaker.
func (a *Article) attributedInContext(start int) bool {
	if loc := transcriptLabel.FindStringIndex(a.Text); loc != nil && loc[0] <= start {
		return true
	}
	ps := paragraphStart(a.Text, start)
	pe := strings.Index(a.Text[start:], "\n\n")
	if pe < 0 {
		pe = len(a.Text)
	} else {
		pe += start
	}
	for _, w := range words(a.Text[ps:pe]) {
		at := ps + w.start
		if speechVerbs[strings.ToLower(w.text)] && !a.inQuote(at) && !a.inQuoteMarks(ps, at) {
			return true
		}
	}
	return false
}

// inQuoteMarks reports whether off, in the paragraph starting at ps, stands between double quote marks:
// a quote the brief may not list (a headline's, a partial one).
func (a *Article) inQuoteMarks(ps, off int) bool {
	open := false
	for _, r := range a.Text[ps:off] {
		switch r {
		case '"':
			open = !open
		case '“':
			open = true
		case '”':
			open = false
		}
	}
	return open
}
