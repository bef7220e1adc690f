package quotes

// Settling a name that several people of the article bear, and a bare title ("the president"),
// to one person.

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
	"github.com/newsbrief/newsbrief/internal/extract/people"
)

// sharedName settles a one-word name at the speaker phrase [s, e) that several people bear (two
// Gonzalezes, Fidel and Raul Castro): the people extractor gives such a surname to one of them. The
// attribution's own words narrow the choice first ("Mrs. Gonzalez", "President Castro"); then the
// person most recently named in full as a clause's subject wins ("Raul Castro, younger brother of
// President Fidel Castro, …"; the first of them when one sentence names several). p is the
// extractor's choice (or -1), kept when nothing decides.
func (c *quoteCtx) sharedName(p, s, e int) int {
	d := c.d
	last := d.Tokens[e-1]
	if p >= 0 {
		// A person's mentions are in text order: look only at those that reach the last word.
		ms := c.people[p].Mentions
		for i := sort.Search(len(ms), func(i int) bool { return ms[i].End > last.Start }); i < len(ms) && ms[i].Start < last.End; i++ {
			if strings.Contains(people.PersonKey(ms[i].Text), " ") {
				return p // the attribution names the person in full
			}
		}
	}
	word := people.PersonKey(last.Text)
	if word == "" || strings.Contains(word, " ") {
		return p
	}
	// The people whose surname it is; failing two of them, whose given name it is. A name word in
	// the middle or at the other end does not make a namesake ("Gorka" is not "Gorka Slam").
	cands := c.peopleWithNameWord(word, true)
	if len(cands) < 2 {
		cands = c.peopleWithNameWord(word, false)
	}
	if len(cands) < 2 {
		return p
	}
	cands = c.narrowByPhrase(cands, s, e-1)
	if len(cands) == 1 {
		return cands[0]
	}
	at := d.Tokens[s].Start
	best, bestPos, bestSent, bestWeak := -1, -1, -1, true
	for _, pi := range cands {
		pos, weak := c.latestFullMention(pi, at)
		if pos < 0 {
			continue
		}
		sent := d.SentenceAt(pos)
		if best < 0 || bestWeak && !weak ||
			weak == bestWeak && (sent > bestSent || sent == bestSent && pos < bestPos) {
			best, bestPos, bestSent, bestWeak = pi, pos, sent, weak
		}
	}
	if best < 0 {
		return p
	}
	return c.surnameBySex(best, bestPos, cands, word, nlp.Range{Start: d.Tokens[s].Start, End: last.End})
}

// surnameBySex checks the recency choice best against the pronouns the text puts right after the
// bare surname since best's full mention, the attribution's own included ("Clinton said, "…" She
// went on"): when they give the sex of another namesake and not best's, that namesake is meant.
func (c *quoteCtx) surnameBySex(best, from int, cands []int, word string, at nlp.Range) int {
	bestSex := c.personSex(best)
	i := sort.Search(len(c.mentions), func(i int) bool { return c.mentions[i].Start > from })
	var evidence sex
	for ; i < len(c.mentions) && c.mentions[i].Start <= at.Start; i++ {
		if c.mentionKey(i) != word {
			continue
		}
		if s := c.mentionPronoun(i); s != sexUnknown {
			evidence = s
		}
	}
	if evidence == sexUnknown || !bestSex.contradicts(evidence) {
		return best
	}
	other := -1
	for _, pi := range cands {
		if pi != best && c.personSex(pi) == evidence {
			if other >= 0 {
				return best
			}
			other = pi
		}
	}
	if other < 0 {
		return best
	}
	return other
}

// peopleWithNameWord lists the people whose last (surname) or first name word is word.
func (c *quoteCtx) peopleWithNameWord(word string, surname bool) []int {
	// A person known by one name, as the extractor found it, is listed by it as a surname.
	if surname {
		return slices.Clone(c.index().byLast[word])
	}
	return slices.Clone(c.index().byFirst[word])
}

// narrowByPhrase keeps the candidates that the words [s, e) before the name fit: an honorific's sex,
// and a title that only some of them hold ("King Hussein", "President Castro").
func (c *quoteCtx) narrowByPhrase(cands []int, s, e int) []int {
	d := c.d
	var out []int
	for _, pi := range cands {
		ok := true
		for k := s; k < e && ok; k++ {
			if hs := honorificSex(d.Tokens[k].Text); hs != sexUnknown && c.personSex(pi).contradicts(hs) {
				ok = false
			}
		}
		if ok {
			out = append(out, pi)
		}
	}
	if len(out) == 0 {
		return cands
	}
	var titled []int
	for _, pi := range out {
		if c.holdsTitleIn(pi, s, e) {
			titled = append(titled, pi)
		}
	}
	if len(titled) > 0 {
		return titled
	}
	return out
}

// holdsTitleIn reports whether one of the title words among tokens [s, e) is a word of one of person
// pi's titles.
func (c *quoteCtx) holdsTitleIn(pi, s, e int) bool {
	d := c.d
	for k := s; k < e; k++ {
		w := lower(d.Tokens[k])
		if !lexicon.TitleWords[w] && !speakerRoleNouns[w] {
			continue
		}
		for _, t := range c.people[pi].Titles {
			for _, tw := range strings.Fields(strings.ToLower(t)) {
				if tw == w {
					return true
				}
			}
		}
	}
	return false
}

// latestFullMention returns the start of person pi's latest mention before pos, outside quotes, that
// has more than one name word and opens its clause (after the sentence start, a comma or a clause
// opener, past any titles: "Raul Castro, younger brother of …", "said that Juan Lee …"), or -1. A full
// name that is the object of a verb or preposition ("accused Ana Cruz of …") does not shift a later
// surname to that person. A name in apposition to a kin or role noun ("Clinton and her husband,
// former President Bill Clinton, attended") names someone beside the subject: it is reported as
// weak, and counts only when no namesake has a stronger full mention.
func (c *quoteCtx) latestFullMention(pi, pos int) (int, bool) {
	d := c.d
	weakAt := -1
	full := c.fullMentions(pi)
	// A person's mentions are in text order: walk back from pos, so that the latest strong mention
	// ends the walk (a person named a thousand times in a long text is not read a thousand times).
	ms := c.people[pi].Mentions
	for k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= pos }) - 1; k >= 0; k-- {
		m := ms[k]
		if !full[k] || c.insideQuote(m.Start) || !c.opensClause(nlp.Range{Start: m.Start, End: m.End}) {
			continue
		}
		b := c.beforeTitles(d.TokenIndex(m.Start))
		if b > 0 && d.Tokens[b].Text == "," && isLowerWord(d.Tokens[b-1]) &&
			(nounSex(lower(d.Tokens[b-1])) != sexUnknown || isRoleNoun(lower(d.Tokens[b-1]))) {
			if weakAt < 0 {
				weakAt = m.Start
			}
			continue
		}
		return m.Start, false
	}
	return weakAt, weakAt >= 0
}

// opensClause reports whether the mention r stands where a clause's subject stands: first in its
// sentence, or after a comma, a dash, a colon or a clause opener, past titles before it; and not a
// possessor.
func (c *quoteCtx) opensClause(r nlp.Range) bool {
	d := c.d
	if k := d.TokenIndex(r.End); k < len(d.Tokens) && isPossessiveToken(d.Tokens[k].Text) {
		return false
	}
	k := d.TokenIndex(r.Start)
	b := c.beforeTitles(k)
	for b >= 0 && speakerDeterminers[lower(d.Tokens[b])] && b > k-6 {
		b-- // "the Cuban leader, …"
	}
	if b < 0 {
		return true
	}
	si := d.SentenceAt(r.Start)
	if si >= 0 && d.Tokens[b].End <= d.Sentences[si].Start {
		return true
	}
	t := d.Tokens[b]
	switch t.Text {
	case ",":
		return true
	case ";", ":", "-", "--", "—", "–", "(":
		return true
	}
	return clauseOpeners[lower(t)]
}

// clauseOpeners are words after which a clause, and so its subject, begins.
var clauseOpeners = lexicon.Words("quotes/clause_openers")

// personByTitle resolves "the president", "the prime minister": a definite phrase of lower-case title
// words that exactly one person's title ends in (not "vice president", not "former president").
func (c *quoteCtx) personByTitle(s, e int) int {
	d := c.d
	if e-s < 2 || e-s > 3 || lower(d.Tokens[s]) != "the" {
		return -1
	}
	var words []string
	for k := s + 1; k < e; k++ {
		if !isLowerWord(d.Tokens[k]) {
			return -1
		}
		words = append(words, lower(d.Tokens[k]))
	}
	if !lexicon.TitleWords[words[len(words)-1]] {
		return -1
	}
	found := -1
	for pi, p := range c.people {
		for _, t := range p.Titles {
			if titleEndsIn(t, words) {
				if found >= 0 && found != pi {
					return -1
				}
				found = pi
			}
		}
	}
	return found
}

// titleEndsIn reports whether the head of title (its words before "of") ends in words and has no
// qualifier before them that makes it another office.
func titleEndsIn(title string, words []string) bool {
	var head []string
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if w == "of" || w == "for" || w == "at" || w == "in" {
			break
		}
		head = append(head, w)
	}
	n := len(words)
	if len(head) < n {
		return false
	}
	for i := range words {
		if head[len(head)-n+i] != words[i] {
			return false
		}
	}
	return len(head) == n || !otherOfficeQualifiers[head[len(head)-n-1]]
}

// otherOfficeQualifiers before a title make it a different office or a past one.
var otherOfficeQualifiers = lexicon.Words("quotes/other_office_qualifiers")
