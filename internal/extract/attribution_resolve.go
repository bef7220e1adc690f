package extract

import "sort"

// resolveSpeaker names the person an attribution designates: through a pronoun, a mention of a
// person inside the speaker phrase, or a surname; -1 for unnamed speakers and organisations.
func (c *quoteCtx) resolveSpeaker(a attribution, prev *resolvedQuote, q quoteSpan) int {
	d := c.d
	if a.spkE-a.spkS == 1 {
		w := lower(d.Tokens[a.spkS])
		if personalPronouns[w] {
			return c.resolvePronoun(d.Tokens[a.spkS].Start, q.para, prev)
		}
		if w == "who" || w == "which" {
			// "Stevie Wonder, who joked": the relative pronoun stands for the phrase before it.
			e := a.spkS
			if e > 0 && d.Tokens[e-1].Text == "," {
				e--
			}
			lo := e - 12
			if lo < 0 {
				lo = 0
			}
			if ps, pe := c.backwardNP(lo, e); pe > ps {
				return c.resolveNamed(ps, pe)
			}
			return -1
		}
		if otherPronouns[w] {
			return -1
		}
	}
	return c.resolveNamed(a.spkS, a.spkE)
}

// resolveNamed resolves a speaker phrase [s, e) that is not a pronoun. A phrase that opens with a
// determiner is headed by its noun ("a spokesman for President X" is not X), so only its words up to
// "for" or "of" may name the speaker.
func (c *quoteCtx) resolveNamed(s, e int) int {
	d := c.d
	if e-s == 1 && (personalPronouns[lower(d.Tokens[s])] || otherPronouns[lower(d.Tokens[s])]) {
		return -1
	}
	if indefiniteOpeners[lower(d.Tokens[s])] && e-s > 1 {
		// "a Clinton aide", "one Trump supporter", "a spokesman for X": someone unnamed.
		return -1
	}
	if speakerDeterminers[lower(d.Tokens[s])] {
		for k := s + 1; k < e; k++ {
			w := lower(d.Tokens[k])
			if w == "of" || w == "for" || w == "at" || w == "from" {
				e = k
				break
			}
		}
	}
	// Drop a trailing bracketed tag: "Rep. Gwen Moore (D-Wis.)".
	for e > s && d.Tokens[e-1].Text == ")" {
		j := d.matchingOpen(e-1, s)
		if j < 0 {
			break
		}
		e = j
	}
	if e <= s {
		return -1
	}
	if c.headedAfterPossessive(s, e) {
		// "Hillary Clinton's right-hand woman", "Trump's campaign manager": someone else.
		return -1
	}
	last := d.Tokens[e-1]
	if p := c.personIn(Range{last.Start, last.End}); p >= 0 {
		return p
	}
	if p := c.personIn(Range{d.Tokens[s].Start, last.End}); p >= 0 {
		return p
	}
	// A surname the people extractor did not locate here ("Haddad added").
	if last.IsCapitalized() && last.IsWord() {
		return personByName(c.people, last.Text)
	}
	return -1
}

// resolvePronoun resolves "he" or "she" at pos: the speaker of the previous quote when that quote is
// in the same or the previous paragraph and no other person is named outside quotes since; else the
// first person named in the latest sentence (outside quotes) that names one, within three paragraphs.
func (c *quoteCtx) resolvePronoun(pos, para int, prev *resolvedQuote) int {
	d := c.d
	i := sort.Search(len(c.mentions), func(i int) bool { return c.mentions[i].Start >= pos })
	if prev != nil && c.spans[prev.span].para >= para-1 && prev.hasSpkr {
		since := prev.spk.End
		if c.spans[prev.span].afterEnd > since {
			since = c.spans[prev.span].afterEnd
		}
		other := false
		for j := i - 1; j >= 0 && c.mentions[j].Start >= since; j-- {
			if c.mentions[j].person != prev.person {
				other = true
			}
		}
		if !other {
			return prev.person
		}
	}
	if i == 0 {
		return -1
	}
	m := c.mentions[i-1]
	if pi := d.ParagraphAt(m.Start); pi < para-3 {
		return -1
	}
	si := d.SentenceAt(m.Start)
	if si < 0 {
		return m.person
	}
	sent := d.Sentences[si]
	j := sort.Search(len(c.mentions), func(j int) bool { return c.mentions[j].Start >= sent.Start })
	return c.mentions[j].person
}

// indefiniteOpeners open a phrase that designates someone the text does not name.
var indefiniteOpeners = wordSet(`a an one another several some`)

// headedAfterPossessive reports whether the phrase [s, e) ends in lower-case words after a
// possessive: its head is a common noun that the possessor only qualifies.
func (c *quoteCtx) headedAfterPossessive(s, e int) bool {
	d := c.d
	if speechNouns[lower(d.Tokens[e-1])] {
		// "Barrett's dictum", "Clinton's response", "Hoff's letter": the possessor said it.
		return false
	}
	k := e - 1
	for k > s && isLowerWord(d.Tokens[k]) {
		k--
	}
	return k < e-1 && k > s && isPossessiveToken(d.Tokens[k].Text)
}

// speechNouns name what someone said or wrote.
var speechNouns = wordSet(`statement statements letter letters tweet tweets words remarks remark comment comments
response reply answer message email e-mail post speech dictum memo note warning announcement testimony
argument view verdict retort quip motto slogan mantra pitch plea promise vow`)
