package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// minQuoteWords is the guideline's floor: quoted material of fewer than three words is a label or a
// scare quote ("unenviable", "astonishingly clumsy"), not a quotation.
const minQuoteWords = 3

// maxTitleWords bounds the tokens of a title of a show, a book or a programme quoted with the
// sentence's punctuation inside the marks.
const maxTitleWords = 7

// titleSmallWords stay lower-case inside titles and names of works or operations.
var titleSmallWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "for": true, "to": true,
	"in": true, "on": true, "at": true, "by": true, "with": true, "from": true, "vs": true, "de": true,
	"as": true, "but": true, "nor": true, "into": true, "over": true, "&": true,
}

// namingWords before a quote introduce a name or a label rather than speech.
var namingWords = map[string]bool{
	"so-called": true, "dubbed": true, "nicknamed": true, "termed": true, "codenamed": true,
	"code-named": true, "titled": true, "entitled": true, "headlined": true,
}

// isQuotation reports whether the quoted words are a quotation and not a label, a scare quote, a
// title of a work or a name: three words or more, not Title Case without sentence punctuation, not
// introduced by "so-called", "dubbed", "titled".
func (d *doc) isQuotation(q quoteSpan) bool {
	return d.quoteWords(q) >= minQuoteWords && !d.isNameOrTitle(q)
}

// quoteWords counts the words between the marks.
func (d *doc) quoteWords(q quoteSpan) int {
	words := 0
	for _, t := range d.TokensIn(q.inner) {
		if t.IsWord() && !isPossessiveToken(t.Text) {
			words++
		}
	}
	return words
}

// isNameOrTitle reports whether the quoted words name something rather than report speech.
func (d *doc) isNameOrTitle(q quoteSpan) bool {
	toks := d.TokensIn(q.inner)
	if looksLikeTitle(toks) || looksLikeSubtitledTitle(toks) || isTranscriptLine(toks) {
		return true
	}
	if i := d.TokenIndex(q.open); i > 0 {
		prev := d.Tokens[i-1]
		if namingWords[strings.ToLower(prev.Text)] || namingNouns[strings.ToLower(prev.Text)] {
			return true
		}
		// "had dubbed Sondland's role as "the Gordon problem"": a naming verb, its object, "as".
		if strings.EqualFold(prev.Text, "as") {
			for k := i - 2; k >= 0 && k >= i-10 && d.Tokens[k].Text != "." && d.Tokens[k].Text != ";"; k-- {
				if namingVerbs[strings.ToLower(d.Tokens[k].Text)] {
					return true
				}
			}
		}
		// "letters addressed simply to "Mr. and Mrs. Khan, Charlottesville, VA."": an address.
		if strings.EqualFold(prev.Text, "to") {
			for k := i - 2; k >= 0 && k >= i-3; k-- {
				if strings.EqualFold(d.Tokens[k].Text, "addressed") {
					return true
				}
			}
		}
		// `6. "The Gordon problem"`: a numbered sub-heading, all its paragraph.
		if prev.Text == "." && i >= 2 && d.Tokens[i-2].IsNumber() && d.Tokens[i-2].Start == d.Paragraphs[q.para].Start &&
			strings.TrimSpace(d.Text[q.afterEnd:d.Paragraphs[q.para].End]) == "" {
			return true
		}
		// "her self-published book "A Choice, Not an Echo"", "his biography, "Lost Tycoon"": a
		// work named in Title Case right after the noun for it.
		if prev.Text == "," && i > 1 {
			prev = d.Tokens[i-2]
		}
		if titledWorkNouns[strings.ToLower(prev.Text)] && titleCapitals(toks) >= 2 {
			return true
		}
	}
	// "the misnamed "right to work" law": a short quoted phrase that modifies the noun after it is a
	// label.
	if k := d.TokenIndex(q.afterEnd); q.close >= 0 && d.quoteWords(q) <= 4 && k < len(d.Tokens) && q.afterEnd == d.Tokens[k].Start-1 &&
		d.labelNounAt(k) {
		return true
	}
	return false
}

// labelNounAt reports whether a label noun stands at token k, or ends a compound of lower-case
// words joined by hyphens that starts there ("a "Medicare for all" health-care system").
func (d *doc) labelNounAt(k int) bool {
	for j := k; j < len(d.Tokens) && j < k+5; j += 2 {
		if w := d.Tokens[j].Text; !isLowerWord(d.Tokens[j]) || titleSmallWords[w] || npStopWords[w] || speakerDeterminers[w] || strings.HasSuffix(w, "ed") {
			// ("after a video about the "clash of civilizations," revamped his plans": a verb
			// or a determiner ends the compound.)
			return false
		}
		if labelNouns[d.Tokens[j].Text] {
			return true
		}
		if j+1 >= len(d.Tokens) || d.Tokens[j+1].Text != "-" && d.Tokens[j+1].Start != d.Tokens[j].End+1 {
			return false
		}
		if d.Tokens[j+1].Text != "-" {
			// "health care system": words apart; the next word is read as the compound's next.
			j--
		}
	}
	return false
}

// labelNouns after a short quoted phrase make it the name of a law, a plan or a movement.
var labelNouns = lexicon.Words("quotes/label_nouns")

// namingVerbs take an object and "as" before a name: "dubbed his role as "…"".
var namingVerbs = map[string]bool{"dubbed": true, "nicknamed": true, "termed": true, "branded": true, "labeled": true, "labelled": true}

// namingNouns before a quote make it a name, not speech: "the slogan "…"", "the hashtag "…"".
var namingNouns = lexicon.Words("quotes/naming_nouns")

// titledWorkNouns name a work whose title may follow in quotes, in Title Case.
var titledWorkNouns = lexicon.Words("quotes/titled_work_nouns")

// looksLikeSubtitledTitle reports whether the words are a title and a subtitle in Title Case around
// a colon ("Collapse: How Societies Choose to Fail or Succeed"); a trailing comma or full stop
// belongs to the sentence around it.
func looksLikeSubtitledTitle(toks []nlp.Token) bool {
	if n := len(toks); n > 1 && (toks[n-1].Text == "," || toks[n-1].Text == ".") {
		toks = toks[:n-1]
	}
	colon := -1
	for i, t := range toks {
		if t.Text == ":" {
			if colon >= 0 {
				return false
			}
			colon = i
		}
	}
	if colon < 1 || colon >= len(toks)-1 || len(toks) > 2*maxTitleWords+1 {
		return false
	}
	head, sub := toks[:colon], toks[colon+1:]
	return len(head) <= 4 && looksLikeTitle(head) && looksLikeTitle(sub) && titleCapitals(sub) >= 2
}

// looksLikeTitle reports whether the words are in Title Case and carry no sentence punctuation, the
// shape of titles of works, slogans' names and operations ("Operation Desert Storm", "The Art of War").
func looksLikeTitle(toks []nlp.Token) bool {
	// American style puts the sentence's comma or full stop inside the closing mark ("Face the
	// Nation," "The Art of War."): it belongs to the sentence around the title, not to the title.
	// Then at least two capitalised words are needed ("Okay," "As President," open speech), and
	// no more than a title's length (a quoted headline is a sentence).
	minCaps := 1
	if n := len(toks); n > 1 && (toks[n-1].Text == "," || toks[n-1].Text == ".") {
		if n-1 > maxTitleWords {
			return false
		}
		toks, minCaps = toks[:n-1], 2
	}
	for _, t := range toks {
		switch t.Text {
		case ".", ",", "!", "?", ";", ":", "…":
			return false
		}
	}
	capitals := titleCapitals(toks)
	return capitals >= minCaps
}

// titleCapitals counts the capitalised words of a Title Case run, or returns -1 when a word other
// than a title's small words is lower-case.
func titleCapitals(toks []nlp.Token) int {
	capitals := 0
	for _, t := range toks {
		if !t.IsWord() || isPossessiveToken(t.Text) || titleSmallWords[strings.ToLower(t.Text)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return -1
		}
		capitals++
	}
	return capitals
}

func isPossessiveToken(s string) bool {
	switch s {
	case "'s", "’s", "'S", "’S":
		return true
	}
	return false
}

// isTranscriptLine reports whether the quoted words open with a speaker's label in capitals and a
// colon ("WALLACE: …", "CLINTON: …"): a line of an interview transcript set out as a block, not a
// quotation the article attributes.
func isTranscriptLine(toks []nlp.Token) bool {
	letters := 0
	for i, t := range toks {
		if i > 3 {
			return false
		}
		if t.Text == ":" {
			return i > 0 && letters >= 2
		}
		if !t.IsWord() && t.Text != "." {
			return false
		}
		for _, r := range t.Text {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	return false
}

// isNickname reports whether the quote is one capitalised word set in a name between capitalised
// words (Marcia "Cia" Price, John “Tig” Tiegen).
func (d *doc) isNickname(q quoteSpan) bool {
	toks := d.TokensIn(q.inner)
	if len(toks) != 1 || !toks[0].IsCapitalized() || q.close < 0 {
		return false
	}
	i, j := d.TokenIndex(q.open), d.TokenIndex(q.afterEnd)
	return i > 0 && j < len(d.Tokens) && d.Tokens[i-1].IsCapitalized() && d.Tokens[j].IsCapitalized() &&
		d.Tokens[i-1].End < q.open && d.Tokens[j].Start > q.afterEnd
}
