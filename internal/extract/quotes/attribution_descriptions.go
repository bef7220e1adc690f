package quotes

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// designatorNouns head definite descriptions that refer back to a person already named ("the
// candidate", "the Vermont senator"); roles that usually stand for an unnamed source are not among
// them.
var designatorNouns = lexicon.Words("quotes/designator_nouns")

// isAgeWord reports whether w reads as an age used as a noun or adjective ("46-year-old").
func isAgeWord(w string) bool {
	return strings.HasSuffix(w, "-year-old") && len(w) > len("-year-old") && w[0] >= '0' && w[0] <= '9'
}

// descriptionHead returns the head word of a definite description [s, e) that designates one person
// named earlier: "the" (or "this"), then at most four words, the last a designator noun or an age
// ("the 46-year-old", "the Senate Democratic leader", "the 34-year-old mother"), with no
// possessive, preposition or plural inside. It returns "" for any other phrase.
func (c *quoteCtx) descriptionHead(s, e int) string {
	d := c.d
	if e-s < 2 || e-s > 5 {
		return ""
	}
	if w := lower(d.Tokens[s]); w != "the" && w != "this" {
		return ""
	}
	for k := s + 1; k < e; k++ {
		t := d.Tokens[k]
		if !t.IsWord() && !t.IsNumber() {
			return ""
		}
		w := lower(t)
		if isPossessiveToken(t.Text) || lexicon.ClausePrepositions[w] || w == "of" || w == "for" || w == "and" || otherOfficeQualifiers[w] {
			// "the vice president", "the former senator": another office than the one named.
			return ""
		}
		if k < e-1 && t.IsCapitalized() && c.personIn(nlp.Range{Start: t.Start, End: t.End}) >= 0 {
			// "the Clinton campaign", "the Trump aide": someone else's.
			return ""
		}
	}
	head := lower(d.Tokens[e-1])
	if isAgeWord(head) || designatorNouns[head] {
		return head
	}
	return ""
}

// resolveDescription resolves a definite description at an attribution the way a reader does, as a
// pronoun of the sex its head tells ("the 34-year-old mother of three replied" stands for the woman
// named before): -1 when the phrase is no such description or no one fits.
func (c *quoteCtx) resolveDescription(s, e, para int, prev *resolvedQuote) int {
	for k := s + 1; k < e; k++ {
		// "the 34-year-old mother of three": the words before "of" describe the speaker.
		if w := lower(c.d.Tokens[k]); w == "of" || w == "for" {
			e = k
			break
		}
	}
	head := c.descriptionHead(s, e)
	if head == "" {
		return -1
	}
	return c.resolvePronoun(c.d.Tokens[s].Start, para, prev, nounSex(head))
}

// matrixSubject returns the mention of person pi that reports the whole sentence holding quote q when
// the pronoun at pron only repeats that speaker inside what is reported: a tag after the quote
// ("DuVernay said she felt … because "…," she said") or a relative "what she calls" ("Clinton says
// she admired … through what she calls a "…""). The named subject must be followed by its cue
// before the quote, in the same sentence, with no "but", "though" or "while" opening the pronoun's
// clause and no colon or dash setting the quotation apart ("X argued the point: "…," he said" reports
// the quotation at the tag).
func (c *quoteCtx) matrixSubject(pi int, pron nlp.Range, q quoteSpan) (nlp.Range, bool) {
	d := c.d
	si := d.SentenceAt(pron.Start)
	if si < 0 || d.SentenceAt(q.open) != si {
		return nlp.Range{}, false
	}
	p := d.TokenIndex(pron.Start)
	if p == 0 {
		return nlp.Range{}, false
	}
	before := lower(d.Tokens[p-1])
	tag := pron.Start >= q.afterEnd && !d.Tokens[p-1].IsWord()
	relative := pron.Start < q.open && (before == "what" || before == "as")
	if !tag && !relative {
		return nlp.Range{}, false
	}
	for _, m := range c.mentionsFrom(pi, d.Sentences[si].Start) {
		if m.Start >= q.open {
			break
		}
		if m.End > q.open || c.insideQuote(m.Start) {
			continue
		}
		k := d.TokenIndex(m.End)
		for j := k; j < len(d.Tokens) && j < k+4 && d.Tokens[j].Start < q.open; j++ {
			if _, ok := lookupCue(lower(d.Tokens[j])); ok && isLowerWord(d.Tokens[j]) {
				for x := j + 1; x < d.TokenIndex(q.open); x++ {
					switch lower(d.Tokens[x]) {
					case ";", ":", "—", "–", "-", "but", "though", "although", "while", "whereas":
						return nlp.Range{}, false
					}
				}
				return nlp.Range{Start: m.Start, End: m.End}, true
			}
			if !d.Tokens[j].IsWord() {
				break
			}
		}
	}
	return nlp.Range{}, false
}

// colonBefore reads a source set before a colon right ahead of the quote, with no cue: "Pollsters
// agree - Carl Bialik: "…"", "MARKETS SLIDE - More from Ana Ruiz: "…"". A digest's sub-heading
// before a dash is no speaker: the source is the name after the last dash ("More from" dropped).
func (c *quoteCtx) colonBefore(qi int) attribution {
	d, q := c.d, c.spans[qi]
	e := d.TokenIndex(q.open)
	if e < 2 || d.Tokens[e-1].Text != ":" {
		return attribution{}
	}
	s, _ := c.beforeRegion(qi)
	colon := e - 1
	for k := colon - 1; k > s; k-- {
		switch d.Tokens[k].Text {
		case "-", "—", "–", "―":
			s = k + 1
		}
		if s == k+1 {
			break
		}
	}
	if s+1 < colon && lower(d.Tokens[s]) == "more" && lower(d.Tokens[s+1]) == "from" {
		s += 2
	}
	if s >= colon {
		return attribution{}
	}
	a := c.colonSubject(s, colon)
	// The colon sets the source apart; it is no reporting verb.
	a.cueS, a.cueE = colon, colon
	return a
}

// namesNewSource reports whether a sentence's subject [s, e) read for a quote without a cue is a
// source of its own: capitalised words that open the sentence as its subject and name no person
// ("Japan", "The Security Council"), not a pronoun or a common word capitalised at the sentence start.
func (c *quoteCtx) namesNewSource(s, e int) bool {
	d := c.d
	for k := s; k < e; k++ {
		t := d.Tokens[k]
		if !t.IsCapitalized() && !speakerDeterminers[lower(t)] && !d.isAbbrevPeriod(k) {
			return false
		}
	}
	head := d.Tokens[e-1]
	if !head.IsCapitalized() || e-s == 1 && (personalPronouns[lower(head)] || otherPronouns[lower(head)] || lexicon.IsEnglishWord(lower(head))) {
		return false
	}
	si := d.SentenceAt(d.Tokens[s].Start)
	return si >= 0 && d.TokenIndex(d.Sentences[si].Start) == s
}

// bodyForPronoun returns the subject that opens the sentence of the pronoun "it" or "they" at token
// k when the pronoun only repeats it in "what it called" before the quote ("The Security Council
// pledged to punish what it called "…""): a phrase of capitalised words that is no pronoun.
func (c *quoteCtx) bodyForPronoun(k int, q quoteSpan) (nlp.Range, bool) {
	d := c.d
	if w := lower(d.Tokens[k]); (w != "it" && w != "they") || k == 0 || d.Tokens[k].Start > q.open {
		return nlp.Range{}, false
	}
	if w := lower(d.Tokens[k-1]); w != "what" && w != "as" {
		return nlp.Range{}, false
	}
	si := d.SentenceAt(d.Tokens[k].Start)
	if si < 0 || d.SentenceAt(q.open) != si {
		return nlp.Range{}, false
	}
	ss := d.TokenIndex(d.Sentences[si].Start)
	ps, pe := c.subjectNP(ss, k)
	if pe <= ps || ps != c.trimLeading(ss, k) || c.insideQuote(d.Tokens[ps].Start) {
		return nlp.Range{}, false
	}
	samePronoun := pe-ps == 1 && lower(d.Tokens[ps]) == lower(d.Tokens[k])
	if !samePronoun && !c.namesNewSource(ps, pe) {
		// ("It's denouncing what it calls "…"": the same pronoun opening the sentence.)
		return nlp.Range{}, false
	}
	return nlp.Range{Start: d.Tokens[ps].Start, End: d.Tokens[pe-1].End}, true
}

// conjoinedAfter reports whether the words after quote qi open a new clause with "but" or "and"
// (`X said the video did not give "…," but he said …`): an attribution there reports what follows,
// and the cue before the quote keeps it.
func (c *quoteCtx) conjoinedAfter(qi int) bool {
	d := c.d
	k := d.TokenIndex(c.spans[qi].afterEnd)
	for k < len(d.Tokens) && !d.Tokens[k].IsWord() {
		k++
	}
	if k+1 >= len(d.Tokens) {
		return false
	}
	w := lower(d.Tokens[k])
	return (w == "but" || w == "and") && !isCue(lower(d.Tokens[k+1]))
}

// opensSentence reports whether token k is the first of its sentence.
func (c *quoteCtx) opensSentence(k int) bool {
	si := c.d.SentenceAt(c.d.Tokens[k].Start)
	return si >= 0 && c.d.Sentences[si].Start == c.d.Tokens[k].Start
}
