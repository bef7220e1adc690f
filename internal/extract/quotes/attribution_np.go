package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// This file reads the words that designate a speaker at an attribution: the phrase before a cue
// ("National Security Council spokeswoman Emily Horne said"), after it ("said one witness who…"),
// or at the start of the clause a participle hangs on ("…, saying"). Phrases are token ranges [s, e)
// into d.Tokens; an empty range (s == e) means none was found.

func lower(t nlp.Token) string { return strings.ToLower(t.Text) }

func isLowerWord(t nlp.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLower(r)
}

// isAbbrevPeriod reports whether the token k is the period of an abbreviation glued to it (Rep., Mr.).
func (d *doc) isAbbrevPeriod(k int) bool {
	t := d.Tokens[k]
	return t.Text == "." && k > 0 && d.Tokens[k-1].End == t.Start && nlp.IsAbbreviation(d.Tokens[k-1].Text)
}

// matchingOpen returns the index of the "(" that the ")" at k closes, not before s, or -1.
func (d *doc) matchingOpen(k, s int) int {
	for j := k - 1; j >= s && j >= k-12; j-- {
		if d.Tokens[j].Text == "(" {
			return j
		}
	}
	return -1
}

// matchingClose returns the index of the ")" closing the "(" at k, before e, or -1.
func (d *doc) matchingClose(k, e int) int {
	for j := k + 1; j < e && j <= k+12; j++ {
		if d.Tokens[j].Text == ")" {
			return j
		}
	}
	return -1
}

// segments splits the tokens [s, e) at commas and dashes outside brackets.
func (d *doc) clauseSegments(s, e int) [][2]int {
	var out [][2]int
	depth, start := 0, s
	for k := s; k < e; k++ {
		switch d.Tokens[k].Text {
		case "(":
			depth++
		case ")":
			if depth > 0 {
				depth--
			}
		case ",", "—", "–", "―", ";":
			if depth == 0 {
				if k > start {
					out = append(out, [2]int{start, k})
				}
				start = k + 1
			}
		}
	}
	if e > start {
		out = append(out, [2]int{start, e})
	}
	return out
}

// appositiveLike reports whether a segment reads as a description set off by commas ("a 27-year-old
// housewife", "secretary for constitutional affairs", "who asked not to be named") rather than the
// speaker's own phrase.
func (d *doc) appositiveLike(seg [2]int) bool {
	t := d.Tokens[seg[0]]
	w := lower(t)
	if t.IsNumber() {
		return true
	}
	if !isLowerWord(t) {
		return lexicon.ClausePrepositions[w] || lexicon.LeadingConnectives[w]
	}
	if relativePronouns[w] && seg[1]-seg[0] > 1 {
		// "who married his father in 1990": a relative clause describes the speaker.
		return true
	}
	if personalPronouns[w] || otherPronouns[w] || w == "the" || w == "one" || speakerDeterminers[w] && w != "a" && w != "an" {
		return false
	}
	return true
}

// relativePronouns open a relative clause set off by commas.
var relativePronouns = lexicon.Words("quotes/relative_pronouns")

// speakerBefore finds the speaker phrase in the tokens [s, e) that end at a cue: of the comma
// segments, the last that is a pronoun or starts with a named person, else the last that does not
// read as an appositive, then the noun phrase that ends it.
func (c *quoteCtx) speakerBefore(s, e int) (int, int) {
	d := c.d
	cueAt := e
	e = c.trimTrailing(s, e)
	if e <= s {
		return s, s
	}
	segs := d.clauseSegments(s, e)
	if len(segs) == 0 {
		return s, s
	}
	last := segs[len(segs)-1]
	rel := last[0]
	if rel+1 < last[1] && lexicon.ClausePrepositions[lower(d.Tokens[rel])] && relativePronouns[lower(d.Tokens[rel+1])] {
		// "…, to which O'Malley interjected: "…"".
		rel++
	}
	if relativePronouns[lower(d.Tokens[rel])] && last[1]-rel > 1 && !d.commaIn(last[1], cueAt) {
		// "Bannon, who Beck on Wednesday called "…"", "the server, which he described as "…"":
		// a relative clause with a subject of its own right before the cue; that subject speaks.
		if ps, pe := c.forwardNP(rel+1, last[1]); pe > ps && ps == rel+1 && c.onlyAdverbials(pe, last[1]) {
			return ps, pe
		}
	}
	chosen := -1
	if n := len(segs); n > 1 && !d.commaIn(segs[n-1][1], cueAt) && possessiveDeterminers[lower(d.Tokens[segs[n-1][0]])] {
		// "Costa reported, his wife whispered to him: "…"": a phrase led by "his" or "her" right
		// before the cue, with no comma between, is the cue's subject, not an apposition.
		if ps, pe := c.backwardNP(segs[n-1][0], c.trimTrailing(segs[n-1][0], segs[n-1][1])); pe > ps && ps == segs[n-1][0] {
			return ps, pe
		}
	}
	if n := len(segs); n > 1 && !d.commaIn(e, cueAt) && (c.opensAdverbial(c.segmentStart(segs[0][0], segs[0][1])) || n == 2 && subordinators[lower(d.Tokens[c.segmentStart(segs[0][0], segs[0][1])])]) {
		// "Holding signs that called Cole "a liar," the protesters chanted", "Although there is
		// no overlap, a White House official who spoke anonymously said": the phrase right
		// before the cue is the subject; the opening clause only names others.
		if a := c.segmentStart(segs[n-1][0], segs[n-1][1]); a < segs[n-1][1] && articles[lower(d.Tokens[a])] {
			chosen = n - 1
		}
	}
	for k := len(segs) - 1; k >= 0 && chosen < 0; k-- {
		a, b := c.segmentStart(segs[k][0], segs[k][1]), segs[k][1]
		if a >= b {
			continue
		}
		if b-a == 1 && (personalPronouns[lower(d.Tokens[a])] || otherPronouns[lower(d.Tokens[a])]) {
			chosen = k
			break
		}
		// "farm delegate Omar Haddad": lower-case words that stand as a title before a name.
		if (!d.appositiveLike([2]int{a, b}) || c.lowerTitleBeforeName(a, b)) && c.personStartsNear(a, b) {
			chosen = k
		}
	}
	for k := len(segs) - 1; k >= 0 && chosen < 0; k-- {
		a := c.segmentStart(segs[k][0], segs[k][1])
		if a < segs[k][1] && !d.appositiveLike([2]int{a, segs[k][1]}) && !c.placeAfterAppositive(segs, k) {
			chosen = k
		}
	}
	if chosen < 0 {
		chosen = len(segs) - 1
		if a := segs[chosen][0]; relativePronouns[lower(d.Tokens[a])] && segs[chosen][1]-a > 1 {
			// Only a relative clause stands before the cue: the speaker is not in these words.
			return s, s
		}
	}
	if n := c.nameBeforeDescription(segs, chosen); n >= 0 {
		chosen = n
	}
	a, b := c.segmentStart(segs[chosen][0], segs[chosen][1]), c.trimTrailing(segs[chosen][0], segs[chosen][1])
	if a >= b {
		return s, s
	}
	if articles[lower(d.Tokens[a])] {
		// "a White House official who spoke anonymously to discuss internal strategy said": a
		// phrase opening the segment, then a "who" clause that runs up to the cue; the phrase
		// speaks.
		for r := a + 1; r < b && r < a+8; r++ {
			if lower(d.Tokens[r]) == "who" {
				if hs, he := c.backwardNP(a, r); he == r && hs <= a+1 {
					return a, he
				}
				break
			}
		}
	}
	ps, pe := c.backwardNP(a, b)
	// "officials who monitor Cambodian affairs said": the phrase before the cue is the object of a
	// relative clause; the speaker is the noun phrase the clause hangs on.
	for r := ps - 1; r > a && r >= ps-3; r-- {
		w := lower(d.Tokens[r])
		if w == "who" || w == "that" {
			if r < ps-1 {
				if hs, he := c.backwardNP(a, r); he > hs {
					return hs, he
				}
			}
			break
		}
		if !isLowerWord(d.Tokens[r]) {
			break
		}
	}
	return ps, pe
}

// placeAfterAppositive reports whether segment k is the state or country of a place named in the
// description around it ("Hewlett-Packard, a Palo Alto, Calif., computer company, said"): up to
// four capitalised words between two segments that read as an appositive.
func (c *quoteCtx) placeAfterAppositive(segs [][2]int, k int) bool {
	d := c.d
	if k == 0 || k+1 >= len(segs) || segs[k][1]-segs[k][0] > 4 || !d.appositiveLike(segs[k-1]) ||
		relativePronouns[lower(d.Tokens[segs[k-1][0]])] || !d.appositiveLike(segs[k+1]) {
		// The description goes on after the place: "a Palo Alto, Calif., computer company".
		return false
	}
	for j := segs[k][0]; j < segs[k][1]; j++ {
		if !d.Tokens[j].IsCapitalized() && !d.isAbbrevPeriod(j) {
			return false
		}
	}
	return !c.personStartsNear(segs[k][0], segs[k][1])
}

// nameBeforeDescription returns the segment before the chosen one when that is a bare name and the
// chosen one only describes it ("Diversified, the holding company for Fidelity Federal, said"), or
// -1. A name that opens the clause is its subject; "the …" after it is an appositive.
func (c *quoteCtx) nameBeforeDescription(segs [][2]int, chosen int) int {
	d := c.d
	if chosen != 1 || chosen != len(segs)-1 {
		return -1
	}
	a, b := segs[chosen][0], segs[chosen][1]
	if b-a < 3 || lower(d.Tokens[a]) != "the" || !isLowerWord(d.Tokens[a+1]) {
		return -1
	}
	ns, ne := c.trimLeading(segs[0][0], segs[0][1]), segs[0][1]
	if ns >= ne || ne-ns > 5 || c.opensAdverbial(ns) || lexicon.ClausePrepositions[lower(d.Tokens[ns])] {
		return -1
	}
	for j := ns; j < ne; j++ {
		t := d.Tokens[j]
		w := lower(t)
		if !t.IsCapitalized() || npStopWords[w] || lexicon.IsMonthWord(w) || lexicon.LeadingConnectives[w] || isWeekdayWord(w) {
			return -1
		}
	}
	return 0
}

// lowerTitleBeforeName reports whether the segment [s, e) opens with lower-case title words before
// a name ("farm delegate Omar Haddad"), not with a preposition ("for Clinton").
func (c *quoteCtx) lowerTitleBeforeName(s, e int) bool {
	w := lower(c.d.Tokens[s])
	if lexicon.ClausePrepositions[w] || subordinators[w] || (titleSmallWords[w] && w != "de") {
		// "de" opens a surname (Bill de Blasio); "for", "of", "and" do not open a title.
		return false
	}
	return c.titleBeforeName(s, e) > s
}

// segmentStart returns where the words of the segment [s, e) begin past connectives, and past an
// "as" before a name ("As Jane Roe, a professor of law, put it").
func (c *quoteCtx) segmentStart(s, e int) int {
	a := c.trimLeading(s, e)
	if a+1 < e && lower(c.d.Tokens[a]) == "whom" {
		// "Christie, whom he describes as …": the object's relative pronoun never speaks.
		a++
	}
	if a+1 < e && lower(c.d.Tokens[a]) == "as" && c.d.Tokens[a+1].IsCapitalized() {
		// Only a bare name follows: "As Trump attacked her" is a clause of its own.
		if ps, pe := c.backwardNP(a+1, e); ps == a+1 && pe == e {
			a++
		}
	}
	return a
}

// commaIn reports whether a comma stands among the tokens [s, e).
func (d *doc) commaIn(s, e int) bool {
	for k := s; k < e; k++ {
		if d.Tokens[k].Text == "," {
			return true
		}
	}
	return false
}

// personStartsNear reports whether a person's mention begins within the first tokens of [s, e).
func (c *quoteCtx) personStartsNear(s, e int) bool {
	lim := s + 8
	if lim > e {
		lim = e
	}
	return c.personIn(nlp.Range{Start: c.d.Tokens[s].Start, End: c.d.Tokens[lim-1].End}) >= 0
}

// trimLeading skips connectives and commas that open a clause ("But", "and", "however,").
func (c *quoteCtx) trimLeading(s, e int) int {
	for s < e {
		t := c.d.Tokens[s]
		if lexicon.LeadingConnectives[lower(t)] || (!t.IsWord() && t.Text != "(") {
			s++
			continue
		}
		break
	}
	return s
}

// trimTrailing drops adverbs, auxiliaries and punctuation between a speaker and the cue.
func (c *quoteCtx) trimTrailing(s, e int) int {
	for e > s {
		t := c.d.Tokens[e-1]
		w := lower(t)
		if trailingAdverbs[w] || (strings.HasSuffix(w, "ly") && isLowerWord(t) && len(w) > 4) ||
			t.Text == "," || t.Text == "—" || t.Text == "–" || t.Text == ":" {
			e--
			continue
		}
		break
	}
	return e
}

// backwardNP reads the noun phrase that ends at e, going back no further than s: names, titles and
// role nouns, "of"/"for" between them, bracketed party tags, and a determiner that opens it.
func (c *quoteCtx) backwardNP(s, e int) (int, int) {
	d := c.d
	start := e
	lowerRun := 0 // lower-case words at the front not yet confirmed by a determiner or possessive
	proper := false
	for i := e - 1; i >= s; i-- {
		t := d.Tokens[i]
		w := lower(t)
		switch {
		case t.Text == ")":
			j := d.matchingOpen(i, s)
			if j < 0 {
				return c.confirm(start, e, lowerRun)
			}
			start, i = j, j
			continue
		case isPossessiveToken(t.Text):
			start, lowerRun = i, 0
			continue
		case d.isAbbrevPeriod(i):
			start = i
			continue
		case start < e && d.isInitial(i):
			// "Samuel A. Alito": a capital letter with its period is an initial, not the article.
			start, proper, lowerRun = i, true, 0
			continue
		case start < e && proper && c.nameParticleAt(i, s):
			// "Bandar bin Sultan", "Bill de Blasio": a lower-case particle inside a name.
			start = i
			continue
		case start == e && (personalPronouns[w] || otherPronouns[w]):
			return i, e
		case speakerDeterminers[w] && !(start == e && i > s && lower(d.Tokens[i-1]) == "of"):
			// (A number that ends the phrase after "of" is its object: "mother of three".)
			if i > s && (lower(d.Tokens[i-1]) == "of" || lower(d.Tokens[i-1]) == "for") &&
				(w == "the" || (w == "a" || w == "an") && d.Tokens[i+1].IsCapitalized()) {
				// "a spokesman for the ministry", "Australians for a Constitutional Monarchy".
				start = i
				continue
			}
			if start == e {
				return e, e
			}
			return i, e
		case t.IsCapitalized():
			if (lexicon.LeadingConnectives[w] || lexicon.ClausePrepositions[w] || npStopWords[w] && !isRoleNoun(w)) && !c.inPersonName(t) {
				return c.confirm(start, e, lowerRun)
			}
			start, proper, lowerRun = i, true, 0
			continue
		case isRoleNoun(w) && isLowerWord(t):
			start, lowerRun = i, 0
			continue
		case w == "to" && start < e && i > s && isRoleNoun(lower(d.Tokens[i-1])) && d.Tokens[i+1].IsCapitalized():
			// "The Iraqi ambassador to Greece", "a senior adviser to Obama".
			start = i
			continue
		case (w == "of" || w == "for") && start < e && i > s:
			prev := d.Tokens[i-1]
			if isRoleNoun(lower(prev)) || prev.IsCapitalized() {
				start = i
				continue
			}
			if !proper && lowerRun < 3 {
				// "the 34-year-old mother of three": kept only if a determiner opens the phrase.
				start = i
				lowerRun++
				continue
			}
			return c.confirm(start, e, lowerRun)
		case t.IsNumber() && !proper && lowerRun < 4 && strings.ContainsAny(t.Text, "abcdefghijklmnopqrstuvwxyz"):
			start = i // "27-year-old"
			lowerRun++
			continue
		case t.Text == "-" || t.Text == "&":
			if start < e && i > s && d.Tokens[i-1].IsWord() {
				start = i
				continue
			}
			return c.confirm(start, e, lowerRun)
		case isLowerWord(t) && !proper && lowerRun < 3 && !npStopWords[w] && !isCue(w):
			start = i
			lowerRun++
			continue
		}
		return c.confirm(start, e, lowerRun)
	}
	return c.confirm(start, e, lowerRun)
}

// confirm drops lower-case words at the front of a phrase that no determiner or possessive opened
// ("interview" in "in a Bloomberg interview Trump declared").
func (c *quoteCtx) confirm(start, e, lowerRun int) (int, int) {
	for lowerRun > 0 && start < e {
		start++
		lowerRun--
	}
	for start < e && !c.d.Tokens[start].IsWord() && c.d.Tokens[start].Text != "(" {
		start++
	}
	return start, e
}

func isCue(w string) bool {
	_, ok := cueForms[w]
	return ok
}

// forwardNP reads the noun phrase that starts at s, going no further than e: a pronoun, or an
// optional determiner followed by names, role nouns, "of"/"for" phrases and bracketed tags; after a
// determiner up to four lower-case words ("one witness", "a spokesperson for the National Security
// Council"). It stops at a relative pronoun, a preposition, a weekday, a comma.
func (c *quoteCtx) forwardNP(s, e int) (int, int) {
	d := c.d
	s = c.trimLeading(s, e)
	if s >= e {
		return s, s
	}
	first := d.Tokens[s]
	if personalPronouns[lower(first)] || otherPronouns[lower(first)] && lower(first) != "who" && lower(first) != "which" {
		return s, s + 1
	}
	np := nounPhrase{start: s, end: s, possAt: -1}
	// "said farmer Omar Haddad", "said election lawyer Joe Birkenstock": lower-case words that stand
	// as a title before a name.
	if k := c.titleBeforeName(s, e); k > s {
		np.end = k
	}
	if !c.readNP(&np, e) {
		return s, c.trimEnd(s, np.end)
	}
	if np.possAt >= 0 && np.end-np.possAt > 2 && np.end < e && speakerDeterminers[lower(d.Tokens[np.end])] {
		// "Hoff's letter makes a case": the last word read was the verb, not part of the head.
		if t := d.Tokens[np.end-1]; isLowerWord(t) && strings.HasSuffix(t.Text, "s") {
			np.end--
		}
	}
	np.end = c.trimEnd(s, np.end)
	if !np.proper && np.end > s {
		np.end = c.withApposedName(np.end, e)
	}
	return s, np.end
}

// nounPhrase is what forwardNP has read of a speaker's noun phrase so far.
type nounPhrase struct {
	start, end int  // the phrase read so far, [start, end)
	sawDet     bool // a determiner or a possessive opened the phrase's head
	proper     bool // a capitalised word was read since
	lowers     int  // lower-case words read after the determiner
	possAt     int  // the possessive that opened the phrase's head, or -1
	nouns      int  // words read since that possessive
}

// readNP reads the phrase's words up to e, one token at a time, extending np.end over every word
// that belongs to the phrase. It reports false when the phrase ends at an unclosed bracket or at a
// capitalised stop word, where the phrase read so far stands as it is.
func (c *quoteCtx) readNP(np *nounPhrase, e int) bool {
	d, s := c.d, np.start
	for i := np.end; i < e; i++ {
		t := d.Tokens[i]
		w := lower(t)
		switch {
		case t.Text == "(" && np.end > s:
			j := d.matchingClose(i, e)
			if j < 0 {
				return false
			}
			np.end, i = j+1, j
			continue
		case isPossessiveToken(t.Text) && np.end > s:
			// "Hillary Clinton's right-hand woman": a possessive acts as the determiner of the
			// noun that heads the phrase.
			np.sawDet, np.proper, np.lowers = true, false, 0
			np.possAt, np.nouns = i, 0
			np.end = i + 1
			continue
		case d.isAbbrevPeriod(i) && np.end > s:
			np.end = i + 1
			continue
		case speakerDeterminers[w] && (i == s || lower(d.Tokens[i-1]) == "of" || lower(d.Tokens[i-1]) == "for" || isPossessiveToken(d.Tokens[i-1].Text)):
			np.sawDet = true
			np.end = i + 1
			continue
		case t.IsCapitalized():
			if (npStopWords[w] && !isRoleNoun(w) || lexicon.LeadingConnectives[w] || lexicon.IsMonthWord(w)) && !c.inPersonName(t) {
				return false
			}
			np.end, np.proper = i+1, true
			continue
		case isRoleNoun(w):
			np.nouns++
			np.end = i + 1
			continue
		case (w == "of" || w == "for" || w == "to" && isRoleNoun(lower(d.Tokens[i-1]))) && np.end > s && i+1 < e:
			// "a spokesman for the ministry", "the U.S. ambassador to Poland".
			n := d.Tokens[i+1]
			if n.IsCapitalized() || speakerDeterminers[lower(n)] {
				np.end = i + 1
				continue
			}
		case np.proper && np.end == i && i+1 < e && c.nameParticleAt(i, s) && d.Tokens[i+1].IsCapitalized():
			// "Bandar bin Sultan": a lower-case particle inside a name.
			np.end = i + 1
			continue
		case isLowerWord(t) && np.proper && np.end == i && c.agentTitleBeforeName(i, e) > i:
			// "Cuban journalist Luis Baez", "Merrill Lynch food analyst William Maguire": a
			// capitalised modifier, a lower-case title, then the name.
			np.end = c.agentTitleBeforeName(i, e)
			i = np.end - 1
			continue
		case w == "and" && np.proper && np.end == i && c.titlesJoinedBeforeName(i, e):
			// "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": two
			// titles of the one person named after them.
			np.end = i + 1
			continue
		case (t.Text == "-" || t.Text == "&") && np.end == i && i+1 < e && d.Tokens[i+1].IsWord():
			np.end = i + 1
			continue
		case (isLowerWord(t) || t.IsNumber()) &&
			np.sawDet && !np.proper && np.lowers < 4 && !npStopWords[w] && !isCue(w) && !speakerDeterminers[w] &&
			!((np.lowers > 0 || np.nouns > 0) && strings.HasSuffix(w, "ed")):
			// "one witness", "a 27-year-old teacher", "a 2013 article".
			np.lowers++
			np.nouns++
			np.end = i + 1
			continue
		case isLowerWord(t) && np.sawDet && np.proper && np.end == i && c.roleAfterModifiers(i, e) > i:
			// "a former U.S. law enforcement official": lower-case modifiers after a capitalised
			// one, up to the role noun that heads the phrase.
			np.end = c.roleAfterModifiers(i, e)
			i = np.end - 1
			continue
		case isLowerWord(t) && np.sawDet && np.proper && np.end == i && d.Tokens[i-1].IsCapitalized() && isHeadNoun(w):
			// "a Trump supporter", "a 2008 Clinton veteran": the name modifies the noun that heads
			// the phrase.
			np.end = i + 1
			continue
		}
		break
	}
	return true
}

// withApposedName extends a phrase headed by a lower-case role or kin noun that ends at end over the
// person's name set off by commas after it ("his daughter, Rosa, who …", "the ambassador to Poland,
// Dan Fried, said"): the name designates the same speaker. It returns the new end, or end.
func (c *quoteCtx) withApposedName(end, e int) int {
	d := c.d
	if end+1 >= e || d.Tokens[end].Text != "," || !(isRoleNoun(lower(d.Tokens[end-1])) || kinNouns[lower(d.Tokens[end-1])]) && !d.Tokens[end-1].IsCapitalized() {
		return end
	}
	k := end + 1
	for k < e && k < end+5 && (d.Tokens[k].IsCapitalized() || d.isAbbrevPeriod(k)) && !npStopWords[lower(d.Tokens[k])] {
		k++
	}
	if k == end+1 || (k < e && d.Tokens[k].Text != ",") {
		return end
	}
	if c.personIn(nlp.Range{Start: d.Tokens[end+1].Start, End: d.Tokens[k-1].End}) < 0 {
		return end
	}
	return k
}

// agentTitleBeforeName returns the end of lower-case title words at s that a name follows when
// they are nouns ending in a noun of agency ("food analyst", "journalist"), not a verb ("accused
// Mr. Roe"), or s.
func (c *quoteCtx) agentTitleBeforeName(s, e int) int {
	k := c.titleBeforeName(s, e)
	if k <= s {
		return s
	}
	for j := s; j < k; j++ {
		if !isHeadNoun(lower(c.d.Tokens[j])) {
			return s
		}
	}
	w := lower(c.d.Tokens[k-1])
	if isRoleNoun(w) || kinNouns[w] {
		return k
	}
	for _, suf := range []string{"ist", "er", "or", "ian", "ant", "ent", "ee"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return k
		}
	}
	return s
}

// isInitial reports whether the token k is a capital letter with its period glued to it (the "A."
// of "Samuel A. Alito").
func (d *doc) isInitial(k int) bool {
	t := d.Tokens[k]
	return len(t.Text) == 1 && t.IsCapitalized() && k+1 < len(d.Tokens) && d.Tokens[k+1].Text == "." && d.Tokens[k+1].Start == t.End
}

// nameParticleAt reports whether the lower-case word at k joins two parts of a name ("bin" in
// "Bandar bin Sultan", "de" in "Bill de Blasio"): a capitalised word on each side. The particle "a"
// ("Holmes a Court") counts only after a person's name that the people extractor found.
func (c *quoteCtx) nameParticleAt(k, s int) bool {
	d := c.d
	if k <= s || k+1 >= len(d.Tokens) || !d.Tokens[k-1].IsCapitalized() || !d.Tokens[k+1].IsCapitalized() {
		return false
	}
	w := d.Tokens[k].Text
	if w == "a" {
		return c.inPersonName(d.Tokens[k-1]) && !c.inPersonName(d.Tokens[k+1]) && !npStopWords[lower(d.Tokens[k+1])]
	}
	// "do", "e" and "y" join Portuguese and Spanish names but are English words too ("Why do Americans").
	return lexicon.NameParticles[w] && w != "do" && w != "e" && w != "y"
}

// trimEnd drops a dangling "of", "for", determiner or hyphen at the end of a phrase.
func (c *quoteCtx) trimEnd(s, e int) int {
	for e > s {
		w := lower(c.d.Tokens[e-1])
		if w == "of" || w == "for" || w == "-" || w == "&" || (speakerDeterminers[w] && w != "one") {
			e--
			continue
		}
		break
	}
	return e
}

// subjectNP reads the subject at the start of a clause [s, e): past connectives and an opening
// adverbial phrase set off by a comma ("On Saturday, Lyubomir Ivanov, …").
func (c *quoteCtx) subjectNP(s, e int) (int, int) {
	d := c.d
	if dl := d.Dateline; dl != nil {
		// "WASHINGTON, Dec. 8 (UPI) — Hillary Clinton's aide rallied supporters, saying: …": the
		// dateline heads the first sentence without being its subject.
		if k := d.TokenIndex(dl.End); s < k && k < e {
			s = k
		}
	}
	s = c.trimLeading(s, e)
	for tries := 0; tries < 2 && s < e; tries++ {
		if !lexicon.ClausePrepositions[lower(d.Tokens[s])] && !c.opensAdverbial(s) && !c.timePhrase(s, e) {
			break
		}
		k := s
		for k < e && k < s+20 && d.Tokens[k].Text != "," {
			k++
		}
		if k >= e || d.Tokens[k].Text != "," {
			return s, s
		}
		s = c.trimLeading(k+1, e)
		if n := c.placeAbbrevSegment(s, e); n > s {
			// "At a rally in Portsmouth, N.H., on Tuesday, Sanders endorsed …": the state after
			// the town belongs to the opening phrase.
			s = c.trimLeading(n, e)
		}
	}
	if s >= e {
		return s, s
	}
	ps, pe := c.forwardNP(s, e)
	if pe <= ps && isLowerWord(d.Tokens[s]) && s > 0 && d.Tokens[s-1].Text == "," {
		// "Following a swiftly called, late-afternoon meeting, the Security Council issued …":
		// the opening phrase went on past its first comma; the subject follows the next one.
		k := s
		for k < e && k < s+8 && d.Tokens[k].Text != "," {
			k++
		}
		if k < e && d.Tokens[k].Text == "," {
			return c.forwardNP(c.trimLeading(k+1, e), e)
		}
	}
	return ps, pe
}

// placeAbbrevSegment returns the end of a segment at s that is an abbreviated state or country
// after a town ("N.H.,", "Calif.,", "D.C.,"), past its comma, or s: capitalised tokens and periods,
// the last a period.
func (c *quoteCtx) placeAbbrevSegment(s, e int) int {
	d := c.d
	k := s
	for k < e && k < s+5 && (d.Tokens[k].IsCapitalized() || d.Tokens[k].Text == ".") {
		k++
	}
	if k == s || k >= e || d.Tokens[k].Text != "," {
		return s
	}
	if strings.HasSuffix(d.Tokens[k-1].Text, ".") {
		return k + 1
	}
	// "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton …": one capitalised word after
	// "in Town," is the town's state, when the opening phrase goes on after it.
	if k == s+1 && s >= 3 && d.Tokens[s-1].Text == "," && d.Tokens[s-2].IsCapitalized() && lexicon.PlacePrepositions[lower(d.Tokens[s-3])] &&
		k+1 < e && (lexicon.ClausePrepositions[lower(d.Tokens[k+1])] || isWeekdayWord(lower(d.Tokens[k+1]))) {
		return k + 1
	}
	return s
}

// titleBeforeName returns the end of one to three lower-case words at s that a capitalised name
// follows ("farmer Omar Haddad"), or s.
func (c *quoteCtx) titleBeforeName(s, e int) int {
	d := c.d
	for k := s; k < e && k < s+5; k++ {
		t := d.Tokens[k]
		w := lower(t)
		if k < s+3 && (t.IsNumber() || t.Text == "/") {
			// "9/11 widow Terry Strada", "2016 nominee Jane Doe".
			continue
		}
		if !isLowerWord(t) || npStopWords[w] || speakerDeterminers[w] || isCue(w) || otherPronouns[w] || personalPronouns[w] {
			return s
		}
		if k+1 < e && d.Tokens[k+1].IsCapitalized() && !npStopWords[lower(d.Tokens[k+1])] {
			return k + 1
		}
	}
	return s
}

// isHeadNoun reports whether a lower-case word after a name can head a speaker phrase ("supporter",
// "veteran", "aide"), rather than start a verb or an adverb.
func isHeadNoun(w string) bool {
	if npStopWords[w] || isCue(w) || trailingAdverbs[w] || speakerDeterminers[w] {
		return false
	}
	for _, suf := range []string{"ed", "ing", "ly", "s"} {
		if strings.HasSuffix(w, suf) && !speakerRoleNouns[w] {
			return false
		}
	}
	return true
}

// inPersonName reports whether the token is part of a person's name that the people extractor
// found here: given names that are also common words ("Will Doyle", "May Chen") stay in the phrase.
func (c *quoteCtx) inPersonName(t nlp.Token) bool {
	return c.personIn(nlp.Range{Start: t.Start, End: t.End}) >= 0
}

// opensAdverbial reports whether the capitalised word at k opens an adverbial phrase rather than
// a subject: "Here in Columbia, Sanders …", "Back in 1999, Mr. Trump …", "Immediately after the
// attacks, …", "Citing security, the ministry …".
func (c *quoteCtx) opensAdverbial(k int) bool {
	t := c.d.Tokens[k]
	w := lower(t)
	if !t.IsCapitalized() || c.inPersonName(t) || strings.ToUpper(t.Text) == t.Text {
		// An all-capitals word is a heading or an acronym, not an opening adverb.
		return false
	}
	if k+1 < len(c.d.Tokens) && isPossessiveToken(c.d.Tokens[k+1].Text) {
		// "Here's Clinton: …" is a clause of its own.
		return false
	}
	if lexicon.OpenerAdverbs[w] {
		return true
	}
	return len(w) > 5 && (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing")) && lexicon.IsEnglishWord(w)
}

// timePhrase reports whether a short phrase at s ending in "later", "earlier" or "ago" and a comma
// opens the clause ("A few days later, Trump …"): it is no subject.
func (c *quoteCtx) timePhrase(s, e int) bool {
	d := c.d
	for k := s; k < e && k < s+6; k++ {
		switch lower(d.Tokens[k]) {
		case "later", "earlier", "ago", "afterward", "afterwards":
			return k+1 < e && d.Tokens[k+1].Text == ","
		}
		if !d.Tokens[k].IsWord() {
			return false
		}
	}
	return false
}

// roleAfterModifiers returns the end of a run of one to three lower-case words from token i that ends
// in a role noun ("law enforcement official"), or i.
func (c *quoteCtx) roleAfterModifiers(i, e int) int {
	d := c.d
	for j := i; j < e && j < i+3; j++ {
		t := d.Tokens[j]
		w := lower(t)
		if !isLowerWord(t) || npStopWords[w] || isCue(w) {
			return i
		}
		if isRoleNoun(w) {
			return j + 1
		}
	}
	return i
}

// titlesJoinedBeforeName reports whether the "and" at token i joins two titles before one name: a
// title word (or its abbreviation) before it, not part of a name, and a capitalised phrase after it
// that runs into a person's mention within six words.
func (c *quoteCtx) titlesJoinedBeforeName(i, e int) bool {
	d := c.d
	b := i - 1
	if b > 0 && d.isAbbrevPeriod(b) {
		b--
	}
	if b < 0 || !(lexicon.TitleWords[lower(d.Tokens[b])] || titleAbbrev(d.Tokens[b].Text)) ||
		c.personIn(nlp.Range{Start: d.Tokens[b].Start, End: d.Tokens[b].End}) >= 0 {
		return false
	}
	for k := i + 1; k < e && k <= i+6; k++ {
		t := d.Tokens[k]
		if c.personIn(nlp.Range{Start: t.Start, End: t.End}) >= 0 {
			return k > i+1
		}
		if !t.IsCapitalized() && !d.isAbbrevPeriod(k) {
			return false
		}
	}
	return false
}

// possessiveDeterminers open a phrase like "his wife" or "their lawyer".
var possessiveDeterminers = lexicon.Words("quotes/possessive_determiners")
