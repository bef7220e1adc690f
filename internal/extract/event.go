package extract

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// maxEventWords bounds the words of a date's event in the timeline.
const maxEventWords = 8

// maxEvents bounds how many dates of an article are given an event: a timeline of more is a list
// or hostile input, not a story, and reading each date's clause would be most of its cost.
const maxEvents = 4096

// eventWindow bounds how many tokens on either side of a date are read for its event.
const eventWindow = 64

// dateEvents gives each date a few words of the event it dates: the clause of its sentence that
// holds it, without the date itself ("Biden and Putin will speak" for "Biden and Putin will speak on
// Thursday"). A clause with too few words of its own borrows the next clause of the sentence ("On
// Thursday, the army said …"). Only the first maxEvents dates get one.
func dateEvents(d *nlp.Doc, dates []brief.Date) {
	for i := range dates[:min(len(dates), maxEvents)] {
		dates[i].Event = dateEvent(d, dates[i].Start, dates[i].End)
	}
}

// clauseBreaks end a clause inside a sentence.
func clauseBreak(t string) bool {
	switch t {
	case ",", ";", ":", "—", "–", "(", ")", "\"", "“", "”", "--":
		return true
	}
	return false
}

// eventEdgeWords are left dangling at a clause's edges once the date is taken out ("will speak on",
// "and on Friday").
var eventEdgeWords = map[string]bool{
	"on": true, "in": true, "at": true, "by": true, "since": true, "until": true, "till": true, "from": true,
	"to": true, "of": true, "for": true, "during": true, "before": true, "after": true, "and": true, "or": true,
	"but": true, "the": true, "a": true, "late": true, "early": true, "last": true, "next": true, "this": true,
	"that": true, "as": true, "than": true, "through": true, "between": true, "within": true, "over": true,
	"while": true, "when": true, "if": true, "because": true, "although": true, "though": true, "whereas": true,
	"earlier": true, "later": true, "then": true, "so": true, "which": true, "who": true,
}

func dateEvent(d *nlp.Doc, start, end int) string {
	si := d.SentenceAt(start)
	if si < 0 {
		return ""
	}
	// The clause around the date and its neighbours, read outward from the date and at most
	// eventWindow tokens on either side, so that a sentence of thousands of dates (a list, or hostile
	// input) costs each date a bounded look, never the whole sentence. No clause of news is that long.
	st := d.SentenceTokens[si]
	f := max(d.TokenIndex(start), st.Start)
	lo, hi := max(st.Start, f-eventWindow), min(st.End, f+eventWindow)
	l := f // the date's own tokens are [f, l): they belong to no clause
	for l < hi && d.Tokens[l].Start >= start && d.Tokens[l].End <= end {
		l++
	}
	if l == f {
		return ""
	}
	// The words before the date in its clause name the event ("Biden and Putin will speak"); a
	// clause cut short by an apposition borrows the clause before ("Vladimir Putin, will speak").
	before, cs := clauseBefore(d, f, lo)
	words := trimEdges(before)
	for len(words) > 0 && len(words) < 3 && cs > lo {
		var prev []string
		prev, cs = clauseBefore(d, cs-1, lo)
		words = trimEdges(append(append([]string{}, prev...), words...))
	}
	// A date that opens its clause ("On Thursday, the army said …") dates what follows it.
	if len(words) < 2 {
		after, ce := clauseAfter(d, l, hi)
		words = trimEdges(after)
		for len(words) < 3 && ce < hi {
			var next []string
			next, ce = clauseAfter(d, ce+1, hi)
			words = trimEdges(append(words, next...))
		}
	}
	if len(words) < 2 || !saysSomething(words) {
		return ""
	}
	more := len(words) > maxEventWords
	if more {
		words = trimEdges(words[:maxEventWords])
	}
	out := strings.Join(words, " ")
	out = strings.ReplaceAll(strings.ReplaceAll(out, " 's", "'s"), " ’s", "’s")
	if more {
		out += " …"
	}
	return out
}

// clauseBefore returns the words of the clause that ends just before token i (reading back to a
// clause break, or to lo) and the index of its first token.
func clauseBefore(d *nlp.Doc, i, lo int) ([]string, int) {
	k := i
	for k > lo && !clauseBreak(d.Tokens[k-1].Text) {
		k--
	}
	return eventWords(d.Tokens[k:i]), k
}

// clauseAfter returns the words of the clause that starts at token i (reading on to a clause break,
// or to hi) and the index of the break that ends it (hi when none).
func clauseAfter(d *nlp.Doc, i, hi int) ([]string, int) {
	k := i
	for k < hi && !clauseBreak(d.Tokens[k].Text) {
		k++
	}
	return eventWords(d.Tokens[i:k]), k
}

// eventWords are the tokens that count as words of an event: words, possessive endings, and the
// signs of amounts.
func eventWords(toks []nlp.Token) []string {
	var out []string
	for _, t := range toks {
		if t.IsWord() || t.Text == "'s" || t.Text == "’s" || t.Text == "$" || t.Text == "%" {
			out = append(out, t.Text)
		}
	}
	return out
}

func trimEdges(words []string) []string {
	for len(words) > 0 && eventEdgeWords[strings.ToLower(words[0])] {
		words = words[1:]
	}
	for len(words) > 0 && eventEdgeWords[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	return words
}

// emptyEventWords say nothing of an event on their own ("it was", "there will be").
var emptyEventWords = map[string]bool{
	"it": true, "was": true, "is": true, "be": true, "been": true, "were": true, "are": true, "will": true,
	"there": true, "he": true, "she": true, "they": true, "we": true, "i": true, "this": true, "that": true,
	"would": true, "has": true, "had": true, "have": true, "not": true,
}

func saysSomething(words []string) bool {
	for _, w := range words {
		if !emptyEventWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}
