package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minQuoteWords is the guideline's floor: quoted material of fewer than three words is a label or a
// scare quote ("unenviable", "astonishingly clumsy"), not a quotation.
const minQuoteWords = 3

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
func (d *Doc) isQuotation(q quoteSpan) bool {
	return d.quoteWords(q) >= minQuoteWords && !d.isNameOrTitle(q)
}

// quoteWords counts the words between the marks.
func (d *Doc) quoteWords(q quoteSpan) int {
	words := 0
	for _, t := range d.TokensIn(q.inner) {
		if t.IsWord() && !isPossessiveToken(t.Text) {
			words++
		}
	}
	return words
}

// isNameOrTitle reports whether the quoted words name something rather than report speech.
func (d *Doc) isNameOrTitle(q quoteSpan) bool {
	toks := d.TokensIn(q.inner)
	if looksLikeTitle(toks) {
		return true
	}
	if i := d.TokenIndex(q.open); i > 0 {
		prev := d.Tokens[i-1]
		if namingWords[strings.ToLower(prev.Text)] {
			return true
		}
	}
	return false
}

// looksLikeTitle reports whether the words are in Title Case and carry no sentence punctuation, the
// shape of titles of works, slogans' names and operations ("Operation Desert Storm", "The Art of War").
func looksLikeTitle(toks []Token) bool {
	for _, t := range toks {
		switch t.Text {
		case ".", ",", "!", "?", ";", ":", "…":
			return false
		}
	}
	capitals := 0
	for _, t := range toks {
		if !t.IsWord() || isPossessiveToken(t.Text) || titleSmallWords[strings.ToLower(t.Text)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		capitals++
	}
	return capitals > 0
}

func isPossessiveToken(s string) bool {
	switch s {
	case "'s", "’s", "'S", "’S":
		return true
	}
	return false
}
