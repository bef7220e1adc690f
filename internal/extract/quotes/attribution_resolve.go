package quotes

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
	"github.com/newsbrief/newsbrief/internal/extract/people"
)

// resolveSpeaker names the person an attribution designates: through a pronoun, a mention of a
// person inside the speaker phrase, or a surname; -1 for unnamed speakers and organisations.
func (c *quoteCtx) resolveSpeaker(a attribution, prev *resolvedQuote, q quoteSpan) int {
	d := c.d
	if a.spkE-a.spkS == 1 {
		w := lower(d.Tokens[a.spkS])
		if personalPronouns[w] {
			return c.resolvePronoun(d.Tokens[a.spkS].Start, q.para, prev, pronounSex(w))
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
	// "…," X read from a letter signed by Y: the words are Y's.
	if p := c.letterAuthor(a); p >= 0 {
		return p
	}
	if prev != nil && c.spans[prev.span].para >= q.para-1 && c.isDocumentPhrase(a.spkS, a.spkE) {
		// "…," continued the letter: the author of the letter read just before.
		if p := c.letterAuthor(prev.attr); p >= 0 {
			return p
		}
	}
	if p := c.resolveNamed(a.spkS, a.spkE); p >= 0 {
		return p
	}
	// "the candidate said", "the 46-year-old replied": a description of someone named before.
	return c.resolveDescription(a.spkS, a.spkE, q.para, prev)
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
		// "a buoyant Gen. Norman Schwarzkopf": an adjective before a named person's title.
		// Not "a spokesman for President X": the name must head the phrase.
		headed := true
		for k := s + 1; k < e; k++ {
			switch lower(d.Tokens[k]) {
			case "for", "of", "to", "from", "at", "with", "by", "'s", "’s":
				headed = false
			}
		}
		if last := d.Tokens[e-1]; headed && last.IsCapitalized() && e-s >= 3 {
			if p := c.personIn(nlp.Range{Start: d.Tokens[e-2].Start, End: last.End}); p >= 0 && !c.headedAfterPossessive(s, e) {
				return p
			}
		}
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
	if c.endsInOrganisation(s, e) {
		// "Jim Pattison Industries Ltd.", "the Clinton campaign": a business or body named
		// after a person speaks for itself.
		return -1
	}
	last := d.Tokens[e-1]
	if p := c.personIn(nlp.Range{Start: last.Start, End: last.End}); p >= 0 {
		return c.sharedName(p, s, e)
	}
	if p := c.personIn(nlp.Range{Start: d.Tokens[s].Start, End: last.End}); p >= 0 {
		return p
	}
	// "China's ambassador to Britain warned": the one person given that whole title.
	if p := c.personByFullTitle(s, e); p >= 0 {
		return p
	}
	// A surname the people extractor did not locate here ("Haddad added").
	if last.IsCapitalized() && last.IsWord() {
		if p := c.index().names.ByName(last.Text); p >= 0 {
			return p
		}
		// `"…", Water said` after "Kathryn Waters": a one-letter slip in a known surname.
		if e-s == 1 {
			if p := c.surnameSlip(last.Text); p >= 0 {
				return p
			}
		}
		return c.sharedName(-1, s, e)
	}
	// "the president said": the one person the article gives that title.
	return c.personByTitle(s, e)
}

// personByFullTitle returns the one person whose title is the phrase [s, e) of two words or more,
// without its article or possessor ("the ambassador to Britain", "China's ambassador to Britain"),
// or -1.
func (c *quoteCtx) personByFullTitle(s, e int) int {
	d := c.d
	if s < e && lower(d.Tokens[s]) == "the" {
		s++
	}
	if s+2 < e && isPossessiveToken(d.Tokens[s+1].Text) {
		s += 2
	}
	if e-s < 2 {
		return -1
	}
	return c.titleHolder(strings.ToLower(d.Text[d.Tokens[s].Start:d.Tokens[e-1].End]))
}

// indefiniteOpeners open a phrase that designates someone the text does not name.
var indefiniteOpeners = lexicon.Words("quotes/indefinite_openers")

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
var speechNouns = lexicon.Words("quotes/speech_nouns")

// letterAuthor returns the author of a letter or statement that the attribution's speaker reads
// out ("…," Castro read from a letter signed by Gonzalez), or -1.
func (c *quoteCtx) letterAuthor(a attribution) int {
	d := c.d
	if a.cueE <= a.cueS {
		return -1
	}
	if w := lower(d.Tokens[a.cueE-1]); w != "read" && w != "reads" && w != "reading" {
		return -1
	}
	k := a.cueE
	if k >= len(d.Tokens) || lower(d.Tokens[k]) != "from" {
		return -1
	}
	doc := false
	for k++; k < len(d.Tokens) && k < a.cueE+8; k++ {
		w := lower(d.Tokens[k])
		switch {
		case documentNouns[w]:
			doc = true
		case doc && (w == "signed" || w == "written" || w == "sent" || w == "penned") &&
			k+2 < len(d.Tokens) && lower(d.Tokens[k+1]) == "by":
			ns := k + 2
			ne := ns
			for ne < len(d.Tokens) && ne < ns+5 && (d.Tokens[ne].IsCapitalized() || d.isAbbrevPeriod(ne)) {
				ne++
			}
			if ne > ns {
				return c.resolveNamed(ns, ne)
			}
			return -1
		case d.Tokens[k].Text == "." || d.Tokens[k].Text == ";" || d.Tokens[k].Text == ",":
			return -1
		}
	}
	return -1
}

// isDocumentPhrase reports whether [s, e) is "the letter", "the statement": a document as speaker.
func (c *quoteCtx) isDocumentPhrase(s, e int) bool {
	d := c.d
	return e-s == 2 && lower(d.Tokens[s]) == "the" && documentNouns[lower(d.Tokens[s+1])]
}

// documentNouns name written texts that someone may read out.
var documentNouns = lexicon.Words("quotes/document_nouns")

// endsInOrganisation reports whether the phrase [s, e) ends with the word for an organisation or a
// company's legal form ("Jim Pattison Industries Ltd.", "the Trump campaign"). A person "of" or
// "at" an organisation ("Ross Cole of the Policy Institute") is still that person.
func (c *quoteCtx) endsInOrganisation(s, e int) bool {
	d := c.d
	for k := s + 1; k < e; k++ {
		switch lower(d.Tokens[k]) {
		case "of", "at", "from", "for", "with":
			e = k
		}
	}
	for e > s+1 && d.Tokens[e-1].Text == "." {
		e--
	}
	if e-s < 2 {
		return false
	}
	last := d.Tokens[e-1]
	if c.personIn(nlp.Range{Start: last.Start, End: last.End}) >= 0 {
		return false
	}
	w := lower(last)
	return bodyWords[w] || lexicon.LegalForms[w] || lexicon.TradeNameWords[w]
}

// bodyWords head the name of an organisation that speaks for itself.
var bodyWords = lexicon.Words("quotes/body_words")

// surnameSlip returns the one person whose surname w misspells by one letter left out, added or
// changed, for surnames of five letters or more, or -1.
func (c *quoteCtx) surnameSlip(w string) int {
	if len(w) < 5 {
		return -1
	}
	// Asked again for the same word in a long article: each word is compared with the surnames once.
	x := c.index()
	if pi, ok := x.slips[w]; ok {
		return pi
	}
	if x.slips == nil {
		x.slips = map[string]int{}
	}
	if x.surnamesByLen == nil {
		x.surnamesByLen = map[int][]personWord{}
		for pi, p := range c.people {
			if f := strings.Fields(p.Name); len(f) >= 2 && len(f[len(f)-1]) >= 5 {
				last := f[len(f)-1]
				x.surnamesByLen[len(last)] = append(x.surnamesByLen[len(last)], personWord{last, pi})
			}
		}
	}
	found := -1
	for n := len(w) - 1; n <= len(w)+1; n++ { // one edit changes the length by one at most
		for _, s := range x.surnamesByLen[n] {
			if s.word != w && people.OneEditApart(s.word, w) {
				if found >= 0 && found != s.person {
					x.slips[w] = -1
					return -1
				}
				found = s.person
			}
		}
	}
	x.slips[w] = found
	return found
}
