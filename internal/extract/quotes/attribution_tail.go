package quotes

import (
	"sort"
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

// This file reads an attribution that ends the sentence of a quote when unquoted words stand between
// the quote and it: `"…," like the recent swings, said Jane Roe`, `"…" that answer the request, the
// lawyer wrote in a filing`, `"…" because she leads, he said`, and a quote whose sentence goes on
// through a second quoted piece to the attribution (`"They are painful" but necessary "for the long
// term," he said`).

// maxTailChain bounds how many quotes of one sentence are passed on the way to its attribution.
const maxTailChain = 3

// sentenceTail returns the attribution that closes the sentence of quote qi, whose after region
// [s, e) starts with words that are not an attribution: a comma or a dash sets off a clause that is
// a speaker and a cue and nothing more than adverbials, or, when the region stops at the next
// quote of the same sentence, that quote's own attribution.
func (c *quoteCtx) sentenceTail(qi, s, e, depth int) attribution {
	d, q := c.d, c.spans[qi]
	if s >= e || q.inner.End <= q.inner.Start {
		return attribution{}
	}
	switch d.Text[q.inner.End-1] {
	case '.', '?', '!', ':', ';':
		// The quoted sentence is complete: what follows is the reporter's next sentence.
		return attribution{}
	}
	segs := d.clauseSegments(s, e)
	for j := 1; j < len(segs); j++ {
		a, hasCue := c.tailClause(segs[j][0], segs[j][1], e)
		if a.found() {
			a.tail = true
			return a
		}
		if hasCue {
			// A clause with a reporting verb that is not a bare attribution ("and a spokesman said
			// the vote was rigged") speaks of something else.
			return attribution{}
		}
	}
	if depth < maxTailChain && qi+1 < len(c.spans) && c.spans[qi+1].para == q.para &&
		c.spans[qi+1].close >= 0 && e == d.TokenIndex(c.spans[qi+1].open) && len(segs) > 0 &&
		c.endsClause(c.spans[qi+1]) && d.isQuotation(c.spans[qi+1]) {
		// The next quote closes the sentence's quoted words with a comma and its attribution:
		// `"…" -- an aside -- "…," he says`.
		a := c.afterAttributionDepth(qi+1, depth+1)
		a.tail = true
		return a
	}
	return attribution{}
}

// tailClause reads the clause [s, e) as a bare attribution: "said Jane Roe", "he said", "the lawyer
// wrote in a filing", "Mr. Roe said Tuesday". It reports whether the clause holds a cue at all.
func (c *quoteCtx) tailClause(s, e, regionEnd int) (attribution, bool) {
	d := c.d
	s = c.trimLeading(s, e)
	if s >= e {
		return attribution{}, false
	}
	k, kEnd, kind := c.findCue(s, e, false)
	if k < 0 {
		return attribution{}, false
	}
	if kind.participle || lower(d.Tokens[k]) == "according" {
		return attribution{}, true
	}
	a := attribution{kind: attrAfter, cueS: k, cueE: kEnd, regionEndTok: regionEnd}
	if k == s {
		// Inverted: "said Jane Roe, the chief economist".
		if kind.object {
			return attribution{}, true
		}
		ps, pe := c.forwardNP(kEnd, e)
		if pe > ps && c.onlyAdverbials(pe, e) {
			a.spkS, a.spkE = ps, pe
			return a, true
		}
		return attribution{}, true
	}
	te := c.trimTrailing(s, k)
	ps, pe := c.backwardNP(s, te)
	if pe <= ps || ps != s || pe != te {
		return attribution{}, true
	}
	if !kind.object && !c.onlyAdverbials(kEnd, e) {
		return attribution{}, true
	}
	a.spkS, a.spkE = ps, pe
	return a, true
}

// onlyAdverbials reports whether the tokens [s, e) after an attribution's cue or speaker add no
// reported clause: nothing, or words that open a prepositional or time phrase ("in a filing", "on
// Tuesday", "matter-of-factly").
func (c *quoteCtx) onlyAdverbials(s, e int) bool {
	if s >= e {
		return true
	}
	t := c.d.Tokens[s]
	w := lower(t)
	if lexicon.ClausePrepositions[w] || isWeekdayWord(w) || tailTimeWords[w] || t.Text == "(" {
		return true
	}
	return isLowerWord(t) && len(w) > 4 && w[len(w)-2:] == "ly"
}

// tailTimeWords may follow the cue of an attribution that ends a sentence.
var tailTimeWords = lexicon.Words("quotes/tail_time_words")

func isWeekdayWord(w string) bool {
	_, ok := lexicon.WeekdayWords[w]
	return ok
}

// textBeforeQuote returns what is read as the text before quote qi: its paragraph's tokens
// [pstart, end) up to the quote, or, for a quote that fills its paragraph, the whole paragraph
// before when that one quotes no one. ok reports that the text ends a sentence there.
func (c *quoteCtx) textBeforeQuote(qi int) (para, pstart, end int, ok bool) {
	d, q := c.d, c.spans[qi]
	end = d.TokenIndex(q.open)
	para = q.para
	pstart = d.TokenIndex(d.Paragraphs[para].Start)
	if end <= pstart && para > 0 && c.wholeParagraph(q) && !c.quoteIn(para-1) {
		para--
		pstart, end = d.TokenIndex(d.Paragraphs[para].Start), c.paraEndTok(para)
	}
	return para, pstart, end, end > pstart && d.isSentenceEnd(end-1, c.paraEndTok(para))
}

// maxIntroTokens bounds the sentence read before a quote that opens a sentence of its own.
const maxIntroTokens = 60

// introducingSentence reads the sentence right before quote qi, in the same paragraph, when qi
// opens a sentence of its own and that sentence reports what a person said without quoting it:
// `Wilkins also said the artist was a businessman. "He would make a blue Marilyn …"`. The
// reporting clause's speaker is the quote's. A sentence that holds a quote has its own.
func (c *quoteCtx) introducingSentence(qi int) attribution {
	d, q := c.d, c.spans[qi]
	// "Erekat said it was a move to force them to give up. ¶ "They wanted us on our knees …"": a
	// paragraph that is all quote, after a paragraph that reports the person's words, reads that one.
	para, pstart, e, ok := c.textBeforeQuote(qi)
	if !ok {
		return attribution{}
	}
	if qi > 0 && c.spans[qi-1].para == q.para && d.TokenIndex(c.spans[qi-1].afterEnd) >= e-maxIntroTokens {
		return attribution{}
	}
	end := e - 1
	s := end
	for s > pstart && s > end-maxIntroTokens && !d.isSentenceEnd(s-1, c.paraEndTok(para)) {
		s--
	}
	if s > pstart && !d.isSentenceEnd(s-1, c.paraEndTok(para)) {
		return attribution{}
	}
	k, _, kind := c.findCue(s, end, false)
	if k < 0 || kind.participle || kind.object && lower(d.Tokens[k]) != "told" {
		return attribution{}
	}
	a := c.attributionIn(s, k+1)
	if !a.found() || a.cueS != k || (a.spkE != c.trimTrailing(s, k) && a.spkS != a.cueE && a.spkS != c.trimLeading(s, k)) {
		// The speaker must be the reporting clause's own subject ("Heald noted", "Wilkins also
		// said", "Jane Roe, the party's spokeswoman, said"), not a person named inside the
		// sentence ("after the victim, Jane Roe, had left, police said").
		return attribution{}
	}
	if w := lower(d.Tokens[a.spkS]); a.spkE-a.spkS == 1 && !personalPronouns[w] && !d.Tokens[a.spkS].IsCapitalized() {
		return attribution{}
	}
	if c.resolveNamed(a.spkS, a.spkE) < 0 && !(a.spkE-a.spkS == 1 && personalPronouns[lower(d.Tokens[a.spkS])]) {
		// Only a named person or "he"/"she" introduces the next sentence's quote; an unnamed
		// source ("officials said …") may be followed by anyone's words.
		return attribution{}
	}
	a.kind = attrContinued
	return a
}

// wholeParagraph reports whether quote q is all its paragraph holds, but for punctuation.
func (c *quoteCtx) wholeParagraph(q quoteSpan) bool {
	d := c.d
	p := d.Paragraphs[q.para]
	return q.close >= 0 && strings.TrimSpace(d.Text[p.Start:q.open]) == "" && strings.Trim(d.Text[q.afterEnd:p.End], " \t.") == ""
}

// quoteIn reports whether paragraph pi holds a quote.
func (c *quoteCtx) quoteIn(pi int) bool {
	// The spans are in text order, so their paragraphs never decrease: a binary search, not a scan
	// of every span for every quote (quadratic on a text of thousands of quoted paragraphs).
	i := sort.Search(len(c.spans), func(i int) bool { return c.spans[i].para >= pi })
	return i < len(c.spans) && c.spans[i].para == pi
}
