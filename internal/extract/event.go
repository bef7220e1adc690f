package extract

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// maxEventWords bounds the words of a date's event in the timeline.
const maxEventWords = 8

// dateEvents gives each date a few words of the event it dates: the clause of its sentence that
// holds it, without the date itself ("Biden and Putin will speak" for "Biden and Putin will speak on
// Thursday"). A clause with too few words of its own borrows the next clause of the sentence ("On
// Thursday, the army said …").
func dateEvents(d *nlp.Doc, dates []brief.Date) {
	for i := range dates {
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
	sent := d.Sentences[si]
	toks := d.TokensIn(sent)
	// Cut the sentence into clauses at punctuation; the date's own words belong to none, and the
	// words of its clause fall before or after it.
	var clauses [][]string
	var cur, before, after []string
	at := -1 // the clause that holds the date
	for _, t := range toks {
		if t.Start >= start && t.End <= end {
			if at < 0 {
				at = len(clauses)
				before, cur = cur, nil
			}
			continue
		}
		if clauseBreak(t.Text) {
			if at == len(clauses) {
				after = cur
			}
			clauses = append(clauses, cur)
			cur = nil
			continue
		}
		if t.IsWord() || t.Text == "'s" || t.Text == "’s" || t.Text == "$" || t.Text == "%" {
			cur = append(cur, t.Text)
		}
	}
	if at == len(clauses) {
		after = cur
	}
	clauses = append(clauses, cur)
	if at < 0 {
		return ""
	}
	// The words before the date in its clause name the event ("Biden and Putin will speak"); a
	// clause cut short by an apposition borrows the clause before ("Vladimir Putin, will speak").
	words := trimEdges(before)
	for prev := at - 1; len(words) > 0 && len(words) < 3 && prev >= 0; prev-- {
		words = trimEdges(append(append([]string{}, clauses[prev]...), words...))
	}
	// A date that opens its clause ("On Thursday, the army said …") dates what follows it.
	if len(words) < 2 {
		words = trimEdges(after)
		for next := at + 1; len(words) < 3 && next < len(clauses); next++ {
			words = trimEdges(append(words, clauses[next]...))
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
