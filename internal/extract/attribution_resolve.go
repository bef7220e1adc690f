package extract

import (
	"sort"
	"strings"
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
	if c.endsInOrganisation(s, e) {
		// "Jim Pattison Industries Ltd.", "the Clinton campaign": a business or body named
		// after a person speaks for itself.
		return -1
	}
	last := d.Tokens[e-1]
	if p := c.personIn(Range{last.Start, last.End}); p >= 0 {
		return c.sharedName(p, s, e)
	}
	if p := c.personIn(Range{d.Tokens[s].Start, last.End}); p >= 0 {
		return p
	}
	// A surname the people extractor did not locate here ("Haddad added").
	if last.IsCapitalized() && last.IsWord() {
		if p := personByName(c.people, last.Text); p >= 0 {
			return p
		}
		return c.sharedName(-1, s, e)
	}
	// "the president said": the one person the article gives that title.
	return c.personByTitle(s, e)
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
	if prev != nil && c.spans[prev.span].para >= para-1 && prev.hasSpkr && !sexOf(prev.person).contradicts(want) {
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
			if c.inPronounLedSentence(mx.Range, want) {
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
func (c *quoteCtx) inPronounLedSentence(r Range, want sex) bool {
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
func (c *quoteCtx) reportsAt(r Range) bool {
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
func (c *quoteCtx) governed(r Range) bool {
	d := c.d
	if k := d.TokenIndex(r.End); k < len(d.Tokens) && isPossessiveToken(d.Tokens[k].Text) {
		return true
	}
	b := c.beforeTitles(d.TokenIndex(r.Start))
	return b >= 0 && governingWords[lower(d.Tokens[b])]
}

// governingWords take a noun phrase as their object.
var governingWords = wordSet(`of for to with at by from against about on in into toward towards over under
between among like than behind before after via including`)

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
		if d.isAbbrevPeriod(b) || honorifics[w] || isRoleNoun(w) || titleModifiers[w] ||
			t.IsCapitalized() && t.IsWord() && !calendarWords[w] && !governingWords[w] {
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
		r := Range{t.Start, t.End}
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
	if n < len(d.Tokens) && c.personIn(Range{d.Tokens[n].Start, d.Tokens[n].End}) >= 0 {
		return true
	}
	for b := k - 1; b >= 0 && b >= k-6; b-- {
		t := d.Tokens[b]
		if t.Text == "," {
			if b > 0 && c.personIn(Range{d.Tokens[b-1].Start, d.Tokens[b-1].End}) >= 0 {
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
		for _, m := range c.people[p].Mentions {
			if m.Start < last.End && last.Start < m.End && strings.Contains(personKey(m.Text), " ") {
				return p // the attribution names the person in full
			}
		}
	}
	word := personKey(last.Text)
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
	return c.surnameBySex(best, bestPos, cands, word, Range{d.Tokens[s].Start, last.End})
}

// surnameBySex checks the recency choice best against the pronouns the text puts right after the
// bare surname since best's full mention, the attribution's own included ("Clinton said, "…" She
// went on"): when they give the sex of another namesake and not best's, that namesake is meant.
func (c *quoteCtx) surnameBySex(best, from int, cands []int, word string, at Range) int {
	d := c.d
	bestSex := c.personSex(best)
	i := sort.Search(len(c.mentions), func(i int) bool { return c.mentions[i].Start > from })
	var evidence sex
	for ; i < len(c.mentions) && c.mentions[i].Start <= at.Start; i++ {
		m := c.mentions[i]
		if personKey(d.Slice(m.Range)) != word {
			continue
		}
		if s := c.pronounAfter(m.person, m.Range); s != sexUnknown {
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
	var out []int
	for pi, q := range c.people {
		f := strings.Fields(personKey(q.Name))
		if len(f) > 0 && speakerDeterminers[f[0]] {
			continue // "A Clinton" from "A Clinton aide" is no namesake
		}
		if len(f) < 2 {
			if len(f) == 1 && f[0] == word && surname {
				out = append(out, pi) // a person known by one name, as the extractor found it
			}
			continue
		}
		if surname && f[len(f)-1] == word || !surname && f[0] == word {
			out = append(out, pi)
		}
	}
	return out
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
		if !titleWords[w] && !speakerRoleNouns[w] {
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
	strongAt, weakAt := -1, -1
	for _, m := range c.people[pi].Mentions { // a person's few mentions, in any order
		if m.Start >= pos || m.Start <= weakAt && m.Start <= strongAt ||
			!strings.Contains(personKey(m.Text), " ") || c.insideQuote(m.Start) || !c.opensClause(Range{m.Start, m.End}) {
			continue
		}
		b := c.beforeTitles(d.TokenIndex(m.Start))
		if b > 0 && d.Tokens[b].Text == "," && isLowerWord(d.Tokens[b-1]) &&
			(nounSex(lower(d.Tokens[b-1])) != sexUnknown || isRoleNoun(lower(d.Tokens[b-1]))) {
			weakAt = max(weakAt, m.Start)
			continue
		}
		strongAt = max(strongAt, m.Start)
	}
	if strongAt >= 0 {
		return strongAt, false
	}
	return weakAt, weakAt >= 0
}

// opensClause reports whether the mention r stands where a clause's subject stands: first in its
// sentence, or after a comma, a dash, a colon or a clause opener, past titles before it; and not a
// possessor.
func (c *quoteCtx) opensClause(r Range) bool {
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
var clauseOpeners = wordSet(`and but or so then that while because when as after before since if although
though whereas until once where`)

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
	if !titleWords[words[len(words)-1]] {
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
var otherOfficeQualifiers = wordSet(`vice deputy assistant associate former ex acting interim past co executive
under lieutenant`)

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
var documentNouns = wordSet(`letter message statement note text declaration appeal communique communiqué
email e-mail fax telegram memo`)

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
	if c.personIn(Range{last.Start, last.End}) >= 0 {
		return false
	}
	w := lower(last)
	return bodyWords[w] || legalForms[w] || tradeNameWords[w]
}

// bodyWords head the name of an organisation that speaks for itself.
var bodyWords = wordSet(`campaign campaigns foundation institute group committee organization organisation
administration government party council company corporation agency association union federation
department ministry office center centre network newspaper magazine`)
