package quotes

// Resolving "he" and "she" in an attribution to a person: the previous speaker, or the person a
// reader takes the pronoun to stand for in the sentences before it, of a fitting sex.

import (
	"sort"
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// resolvePronoun resolves "he" or "she" at pos. It keeps the speaker of the previous quote when that
// quote is in the same or the previous paragraph and no one else who could be meant is named outside
// quotes since: someone of the other sex, or someone named inside a sentence led by the same pronoun
// ("He said he cannot confirm any link to X"), does not interrupt. Otherwise it takes the latest
// sentence within three paragraphs that names someone of a fitting sex, and in it the person who
// reports (next to a reporting verb), else one not governed by a preposition or a possessive, else
// the first. An unnamed source of the same sex that reports
// after that sentence ("a company spokeswoman said …") is the antecedent instead: -1.
func (c *quoteCtx) resolvePronoun(pos, para int, prev *resolvedQuote, want sex) int {
	d := c.d
	sexes := map[int]sex{}
	sexOf := func(pi int) sex {
		s, ok := sexes[pi]
		if !ok {
			s = c.personSex(pi)
			sexes[pi] = s
		}
		return s
	}
	i := sort.Search(len(c.mentions), func(i int) bool { return c.mentions[i].Start >= pos })
	if prev != nil && c.spans[prev.span].para >= para-1 && prev.hasSpkr && !sexOf(prev.person).contradicts(want) && c.canBeHeOrShe(prev, want) {
		since := prev.spk.End
		if c.spans[prev.span].afterEnd > since {
			since = c.spans[prev.span].afterEnd
		}
		other := false
		for j := i - 1; j >= 0 && c.mentions[j].Start >= since; j-- {
			m := c.mentions[j]
			if m.person == prev.person || sexOf(m.person).contradicts(want) || c.inPronounLedSentence(m.Range, want) {
				continue
			}
			other = true
			break
		}
		if !other {
			return prev.person
		}
	}
	skipped := -1
	for j := i - 1; j >= 0; {
		m := c.mentions[j]
		if pi := d.ParagraphAt(m.Start); pi < para-3 {
			break
		}
		// The mentions k..j share m's sentence.
		k, sentEnd := j, m.End
		if si := d.SentenceAt(m.Start); si >= 0 {
			sent := d.Sentences[si]
			sentEnd = sent.End
			for k > 0 && c.mentions[k-1].Start >= sent.Start {
				k--
			}
		}
		best, bestRank := -1, -1
		for x := k; x <= j; x++ {
			mx := c.mentions[x]
			sx := sexOf(mx.person)
			if sx.contradicts(want) {
				continue
			}
			if c.inPronounLedSentence(mx.Range, want) || c.objectOfVerb(mx.Range) {
				// A sentence led by the same pronoun names others than its subject ("He said he
				// cannot confirm a link to X"): the pronoun goes on standing for someone earlier,
				// unless no one earlier fits and this person is known to be of its sex.
				if skipped < 0 && sx == want {
					skipped = mx.person
				}
				continue
			}
			rank := 0
			free := !c.governed(mx.Range)
			if free && c.reportsAt(mx.Range) {
				rank += 4
			}
			if free {
				rank++
			}
			if rank > bestRank {
				best, bestRank = mx.person, rank
			}
		}
		if best >= 0 {
			if c.unnamedSourceBetween(sentEnd, pos, want) {
				return -1
			}
			return best
		}
		j = k - 1
	}
	return skipped
}

// inPronounLedSentence reports whether the sentence holding the mention r has, before it, the subject
// pronoun of sex want ("He said he cannot confirm any link to X", "Though the move was easy, he said,
// replacing X …"), while r itself does not report: the person named at r is then not the one the
// pronoun goes on designating. ("When he wrote his book, Mr. Lee said …" names the reporter.)
func (c *quoteCtx) inPronounLedSentence(r nlp.Range, want sex) bool {
	d := c.d
	si := d.SentenceAt(r.Start)
	if si < 0 || want == sexUnknown {
		return false
	}
	found := false
	for k := d.TokenIndex(d.Sentences[si].Start); k < len(d.Tokens) && d.Tokens[k].Start < r.Start; k++ {
		if w := lower(d.Tokens[k]); personalPronouns[w] && pronounSex(w) == want && !c.insideQuote(d.Tokens[k].Start) {
			found = true
			break
		}
	}
	return found && !c.reportsAt(r)
}

// reportsAt reports whether the mention r is the source of reported speech: a reporting verb follows
// it ("Moskal said", "Mariela, told reporters") or precedes it ("said Freeh"), not one that takes the
// listener as object ("told Smith").
func (c *quoteCtx) reportsAt(r nlp.Range) bool {
	d := c.d
	k := d.TokenIndex(r.End)
	for n := 0; k < len(d.Tokens) && n < 2 && (d.Tokens[k].Text == "," || trailingAdverbs[lower(d.Tokens[k])]); n++ {
		k++
	}
	if k < len(d.Tokens) {
		if kind, ok := lookupCue(d.Tokens[k].Text); ok && !kind.participle {
			return true
		}
	}
	if k < len(d.Tokens) && isPossessiveToken(d.Tokens[k].Text) {
		// "He says Trump's call …", "said Lee's aide": the possessor qualifies what follows the
		// verb; it is not the verb's inverted subject.
		return false
	}
	b := c.beforeTitles(d.TokenIndex(r.Start))
	if b >= 0 {
		if kind, ok := lookupCue(d.Tokens[b].Text); ok && !kind.object && !kind.participle {
			return true
		}
	}
	return false
}

// governed reports whether the mention r is the object of a preposition ("a vigil for Slepian",
// "brother of President X") or a possessor ("Elian's grandmother").
func (c *quoteCtx) governed(r nlp.Range) bool {
	d := c.d
	if k := d.TokenIndex(r.End); k < len(d.Tokens) && isPossessiveToken(d.Tokens[k].Text) {
		return true
	}
	b := c.beforeTitles(d.TokenIndex(r.Start))
	return b >= 0 && governingWords[lower(d.Tokens[b])]
}

// governingWords take a noun phrase as their object.
var governingWords = lexicon.Words("quotes/governing_words")

// beforeTitles returns the index of the token before the titles, role nouns, honorifics and other
// capitalised words (up to four) that precede token k ("of President", "said Mr.", "at First Boston",
// "for GOP nominee"), or -1.
// Days and months stop it: "On Friday Smith said" does not govern Smith.
func (c *quoteCtx) beforeTitles(k int) int {
	d := c.d
	b := k - 1
	for n := 0; b >= 0 && n < 4; n++ {
		t := d.Tokens[b]
		w := lower(t)
		if d.isAbbrevPeriod(b) || lexicon.Honorifics[w] || isRoleNoun(w) || lexicon.TitleModifiers[w] ||
			t.IsCapitalized() && t.IsWord() && !lexicon.CalendarWords[w] && !governingWords[w] {
			b--
			continue
		}
		break
	}
	return b
}

// unnamedSourceBetween reports whether, between from and to, someone unnamed of sex want reports
// outside quotes: a gendered noun next to a reporting verb ("An IBM spokeswoman said", "said the
// woman") that no name stands in apposition to.
func (c *quoteCtx) unnamedSourceBetween(from, to int, want sex) bool {
	d := c.d
	for k := d.TokenIndex(from); k < len(d.Tokens) && d.Tokens[k].End <= to; k++ {
		t := d.Tokens[k]
		if !isLowerWord(t) || nounSex(lower(t)) != want || c.insideQuote(t.Start) {
			continue
		}
		r := nlp.Range{Start: t.Start, End: t.End}
		if !c.reportsAt(r) || c.namedNear(k) {
			continue
		}
		return true
	}
	return false
}

// namedNear reports whether the noun at token k is in apposition to a name: a mention starts right
// after it ("spokeswoman Ann Lee", "his wife, Ann Lee") or ends, followed by a comma, a few words
// before it ("Ann Lee, the company's spokeswoman").
func (c *quoteCtx) namedNear(k int) bool {
	d := c.d
	n := k + 1
	if n < len(d.Tokens) && d.Tokens[n].Text == "," {
		n++
	}
	if n < len(d.Tokens) && c.personIn(nlp.Range{Start: d.Tokens[n].Start, End: d.Tokens[n].End}) >= 0 {
		return true
	}
	for b := k - 1; b >= 0 && b >= k-6; b-- {
		t := d.Tokens[b]
		if t.Text == "," {
			if b > 0 && c.personIn(nlp.Range{Start: d.Tokens[b-1].Start, End: d.Tokens[b-1].End}) >= 0 {
				return true
			}
			continue
		}
		if t.Text == "." || t.Text == ";" || t.Text == ":" {
			break
		}
	}
	return false
}

// objectOfVerb reports whether the mention r is the object of a verb in the past tense ("the raid
// that killed Osama bin Laden") or the possessor of a thing ("Putin's Russia"): someone a later
// pronoun rarely designates while anyone else fits.
func (c *quoteCtx) objectOfVerb(r nlp.Range) bool {
	d := c.d
	if k := d.TokenIndex(r.End); k < len(d.Tokens) && isPossessiveToken(d.Tokens[k].Text) && !c.reportsAt(r) {
		// "Vladimir Putin's Russia": the possessor of a thing is no more the topic.
		return true
	}
	b := c.beforeTitles(d.TokenIndex(r.Start))
	if b < 0 {
		return false
	}
	t := d.Tokens[b]
	w := lower(t)
	return isLowerWord(t) && len(w) > 3 && strings.HasSuffix(w, "ed") && !isCue(w) && !governingWords[w]
}

// canBeHeOrShe reports whether the previous quote's speaker can be what "he" or "she" stands for: a
// person, or an unnamed one ("a spokeswoman"); not a group ("Audiences can expect him to bring "…"")
// or an organisation ("the foundation").
func (c *quoteCtx) canBeHeOrShe(prev *resolvedQuote, want sex) bool {
	if prev.person >= 0 || want == sexUnknown {
		return true
	}
	d := c.d
	s, e := d.TokenIndex(prev.spk.Start), d.TokenIndex(prev.spk.End)
	for k := s; k < e; k++ {
		if w := lower(d.Tokens[k]); speakerRoleNouns[w] || lexicon.RoleNouns[w] || personalPronouns[w] || k > s && d.Tokens[k].IsCapitalized() {
			return true
		}
	}
	if e == 0 {
		return true
	}
	head := lower(d.Tokens[e-1])
	return !bodyWords[head] && !(strings.HasSuffix(head, "s") && len(head) > 3)
}
