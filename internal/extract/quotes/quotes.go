package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// quoteCtx holds what the quote extractor reads and what it has decided so far for one article.
type quoteCtx struct {
	d      *doc
	people []brief.Person
	spans  []quoteSpan // every quoted stretch, quotations or not, in text order
	// mentions are the people's mentions outside quotes, by start offset.
	mentions []personMention
	// sexes caches personSex per person (sexKnown marks the ones weighed).
	sexes    []sex
	sexKnown []bool
	idx      peopleIndex // see quotes_index.go
}

type personMention struct {
	nlp.Range
	person int
}

// resolvedQuote is a quotation with its attribution and resolved speaker.
type resolvedQuote struct {
	span    int // index in spans
	attr    attribution
	person  int  // index in people, or -1
	hasSpkr bool // the attribution designates someone (named or not)
	spk     nlp.Range
	cue     nlp.Range
	// fragments are the spans that resume this quotation after its attribution.
	fragments []int
}

// extract finds the direct quotations of the article and who said them.
func extract(d *doc, people []brief.Person) []brief.Quote {
	c := &quoteCtx{d: d, people: people, spans: findQuoteSpans(d)}
	c.indexMentions()
	var done []resolvedQuote
	for qi, q := range c.spans {
		if !d.isQuotation(q) && !c.opensSplitQuotation(qi) {
			continue
		}
		rq, fragment := c.attribute(qi, done)
		if fragment {
			done[len(done)-1].fragments = append(done[len(done)-1].fragments, qi)
			continue
		}
		if !rq.hasSpkr && c.startsLowerCase(q) {
			// A partial quote that nothing attributes (no cue, no subject, no earlier speaker) is
			// a phrase held at a distance, not attributable speech.
			continue
		}
		done = append(done, rq)
	}
	out := make([]brief.Quote, 0, len(done))
	for _, rq := range done {
		// Pieces of fewer than three words are no quote entries ("My hope," he said, "is that …"
		// reports "is that …"); the speaker found through the first piece stays.
		pieces := make([]int, 0, 1+len(rq.fragments))
		for _, si := range append([]int{rq.span}, rq.fragments...) {
			if d.quoteWords(c.spans[si]) >= minQuoteWords {
				pieces = append(pieces, si)
			}
		}
		if len(pieces) == 0 {
			continue
		}
		q := brief.Quote{
			Span:      d.Span(withoutTrailingComma(d.Text, c.spans[pieces[0]].inner)),
			Partial:   c.startsLowerCase(c.spans[pieces[0]]),
			Fragments: make([]brief.Span, 0, len(pieces)-1),
		}
		for _, fi := range pieces[1:] {
			q.Fragments = append(q.Fragments, d.Span(withoutTrailingComma(d.Text, c.spans[fi].inner)))
		}
		if rq.person >= 0 {
			q.Speaker = brief.Str(people[rq.person].Name)
		}
		if rq.hasSpkr {
			q.SpeakerMention = &brief.Mention{Text: d.Slice(rq.spk), Start: rq.spk.Start, End: rq.spk.End}
		}
		if rq.cue.End > rq.cue.Start {
			q.Cue = brief.Str(d.Slice(rq.cue))
		}
		out = append(out, q)
	}
	return out
}

// withoutTrailingComma drops a comma that ends the quoted words: in “…,” he said the comma belongs
// to the reporting sentence, not to what was said (a final period or question mark is kept).
func withoutTrailingComma(text string, r nlp.Range) nlp.Range {
	if r.End > r.Start && text[r.End-1] == ',' {
		s, e := nlp.TrimRange(text, nlp.Range{Start: r.Start, End: r.End - 1})
		if e > s {
			return nlp.Range{Start: s, End: e}
		}
	}
	return r
}

// indexMentions lists the people's mentions that lie outside quotes, in text order.
func (c *quoteCtx) indexMentions() {
	for pi, p := range c.people {
		for _, m := range p.Mentions {
			r := nlp.Range{Start: m.Start, End: m.End}
			if c.insideQuote(r.Start) {
				continue
			}
			c.mentions = append(c.mentions, personMention{r, pi})
		}
	}
	sort.Slice(c.mentions, func(i, j int) bool { return c.mentions[i].Start < c.mentions[j].Start })
}

// insideQuote reports whether pos lies between the marks of a quote.
func (c *quoteCtx) insideQuote(pos int) bool {
	i := sort.Search(len(c.spans), func(i int) bool { return c.spans[i].afterEnd > pos })
	return i < len(c.spans) && c.spans[i].open <= pos
}

// personIn returns the person with a mention overlapping r, or -1.
func (c *quoteCtx) personIn(r nlp.Range) int {
	return c.index().at(r.Start, r.End)
}

// attribute finds quote qi's speaker. It reports fragment when the quote only continues the previous
// quote of its paragraph past that quote's attribution (`"…," said X. "…"`): one quotation in two
// pieces, reported once.
func (c *quoteCtx) attribute(qi int, done []resolvedQuote) (resolvedQuote, bool) {
	d, q := c.d, c.spans[qi]
	var prev *resolvedQuote
	if len(done) > 0 {
		prev = &done[len(done)-1]
	}
	after := attribution{}
	if q.close >= 0 {
		after = c.afterAttribution(qi)
	}
	before := c.beforeAttribution(qi)
	if prev != nil && c.isFragment(qi, prev, after, before) {
		return resolvedQuote{}, true
	}
	if prev != nil && !before.found() && (!after.found() || after.tail || !c.bareAttribution(after)) && c.coordinated(qi, prev) {
		// `as Trump went on about "…," and "…" and "…," Melanie said yes`: partial quotes joined by
		// "and" share the cue before the first; a clause after them whose verb has an object of its
		// own ("said yes") is no attribution. (A bare one, `"…," Becker said later`, still is.)
		rq := *prev
		rq.span, rq.fragments = qi, nil
		rq.attr.kind = attrContinued
		return rq, false
	}
	var a attribution
	switch {
	case after.found() && !after.tail && (c.endsClause(q) && !c.conjoinedAfter(qi) || !before.found()):
		a = after
	case before.found():
		a = before
	case after.found():
		a = after
	default:
		a = c.colonAttribution(qi)
		if !a.found() {
			a = c.colonBefore(qi)
		}
		if !a.found() {
			a = c.dashLineAttribution(qi)
		}
	}
	if !a.found() {
		return c.withoutAttribution(qi, prev), false
	}
	rq := resolvedQuote{span: qi, attr: a, hasSpkr: true, person: -1}
	rq.spk = nlp.Range{Start: d.Tokens[a.spkS].Start, End: d.Tokens[a.spkE-1].End}
	if a.cueE > a.cueS {
		rq.cue = nlp.Range{Start: d.Tokens[a.cueS].Start, End: d.Tokens[a.cueE-1].End}
	}
	rq.person = c.resolveSpeaker(a, prev, q)
	if rq.person < 0 {
		// `"…," Morrison, Vindman's superior, said`: the phrase read is the apposition of the name
		// before it.
		if p, r, ok := c.nameBeforeApposition(a.spkS, a.spkE); ok {
			rq.person, rq.spk = p, r
		} else if p, end, ok := c.nameAfterRole(a.spkE); ok {
			// "said Republican party boss Reince Priebus": the phrase read stopped at the role
			// before the name.
			rq.person, rq.spk = p, nlp.Range{Start: rq.spk.Start, End: end}
		}
	}
	if rq.person < 0 && a.spkE-a.spkS == 1 {
		// "The Council pledged sanctions against what it called "…"": the body named as the
		// sentence's subject.
		if r, ok := c.bodyForPronoun(a.spkS, q); ok {
			rq.spk = r
		}
	}
	if rq.person >= 0 && a.spkE-a.spkS == 1 && personalPronouns[lower(d.Tokens[a.spkS])] {
		if r, ok := c.namedSubject(rq.person, rq.spk); ok {
			rq.spk = r
		} else if r, ok := c.matrixSubject(rq.person, rq.spk, q); ok {
			rq.spk = r
		}
	}
	return rq, false
}

// bareAttribution reports whether an attribution after a quote ends with its speaker and cue, or
// only adverbials past them ("Becker said later"), not an object of the verb ("Roe said yes").
func (c *quoteCtx) bareAttribution(a attribution) bool {
	rest := a.cueE
	if a.spkE > rest {
		rest = a.spkE
	}
	return c.onlyAdverbials(rest, a.regionEndTok)
}

// coordinated reports whether partial quote qi is joined to the previous quote, a partial one
// that a cue before it attributes (or that is itself so joined), by nothing but "and", "or" and
// commas.
func (c *quoteCtx) coordinated(qi int, prev *resolvedQuote) bool {
	d, q := c.d, c.spans[qi]
	if prev.span != qi-1 || (prev.attr.kind != attrBefore && prev.attr.kind != attrContinued) || c.spans[qi-1].para != q.para {
		return false
	}
	if !c.startsLowerCase(q) || !c.startsLowerCase(c.spans[qi-1]) {
		return false
	}
	s, e := d.TokenIndex(c.spans[qi-1].afterEnd), d.TokenIndex(q.open)
	for k := s; k < e; k++ {
		if w := lower(d.Tokens[k]); w != "and" && w != "or" && w != "," {
			return false
		}
	}
	return true
}

// nameBeforeApposition returns the person named right before the phrase [s, e) when the phrase is
// set off by commas after the name ("Morrison, Vindman's superior,"), with the name's mention.
func (c *quoteCtx) nameBeforeApposition(s, e int) (int, nlp.Range, bool) {
	d := c.d
	if s < 2 || e >= len(d.Tokens) || d.Tokens[s-1].Text != "," || d.Tokens[e].Text != "," {
		return -1, nlp.Range{}, false
	}
	pi, m := c.endingAt(d.Tokens[s-2].End)
	return pi, m, pi >= 0
}

// nameAfterRole returns the person named right after token e past one to three role words ("boss",
// "campaign chairman"), and where the name ends.
func (c *quoteCtx) nameAfterRole(e int) (int, int, bool) {
	d := c.d
	for k := e; k < len(d.Tokens) && k <= e+3; k++ {
		t := d.Tokens[k]
		if p := c.personIn(nlp.Range{Start: t.Start, End: t.End}); p >= 0 && k > e {
			if ms := c.mentionsFrom(p, t.Start); len(ms) > 0 && ms[0].Start == t.Start {
				return p, ms[0].End, true
			}
			return -1, 0, false
		}
		w := lower(t)
		if !lexicon.RoleNouns[w] && !lexicon.TitleWords[w] && !lexicon.TitleModifiers[w] {
			return -1, 0, false
		}
	}
	return -1, 0, false
}

// namedSubject returns the mention of person pi that is the subject of an earlier cue in the sentence
// of the pronoun at pron, when the pronoun opens that cue's reported clause: "Lynch said she
// recalled thinking, "…"" and "Roe said Friday that she thinks …" name her at the attribution;
// "Roe said …, though she said "…"" does not.
func (c *quoteCtx) namedSubject(pi int, pron nlp.Range) (nlp.Range, bool) {
	d := c.d
	si := d.SentenceAt(pron.Start)
	if si < 0 {
		return nlp.Range{}, false
	}
	for _, m := range c.mentionsFrom(pi, d.Sentences[si].Start) {
		if m.Start >= pron.Start {
			break
		}
		if m.End > pron.Start || c.insideQuote(m.Start) {
			continue
		}
		k := d.TokenIndex(m.End)
		for j := k; j < len(d.Tokens) && j < k+6 && d.Tokens[j].Start < pron.Start; j++ {
			if _, ok := lookupCue(lower(d.Tokens[j])); ok && isLowerWord(d.Tokens[j]) {
				p := d.TokenIndex(pron.Start)
				if p-j > 5 {
					break
				}
				for x := j + 1; x < p; x++ {
					if w := lower(d.Tokens[x]); !d.Tokens[x].IsWord() || clauseOpeners[w] && w != "that" {
						return nlp.Range{}, false
					}
				}
				return nlp.Range{Start: m.Start, End: m.End}, true
			}
			if d.Tokens[j].Text == "." || d.Tokens[j].Text == ";" {
				break
			}
		}
	}
	return nlp.Range{}, false
}

// endsClause reports whether the quote closes its clause, so that an attribution after it is its
// own: the words end with a comma, "?", "!" or a dash, or a comma or dash follows the closing mark.
func (c *quoteCtx) endsClause(q quoteSpan) bool {
	t := c.d.Text
	if q.inner.End > q.inner.Start {
		switch t[q.inner.End-1] {
		case ',', '?', '!', '-':
			return true
		}
	}
	if q.afterEnd < len(t) {
		switch t[q.afterEnd] {
		case ',':
			return true
		}
	}
	return false
}

// isFragment reports whether quote qi continues the previous quote past its attribution: the same
// paragraph, no attribution of its own (or only the one the previous quote used), and nothing but
// punctuation other than a colon right before its opening mark (`"…," X said. "…"`, `"…," X said,
// "…"`). A quote that a word introduces ("…," said Ng, but "…") is a new quotation.
func (c *quoteCtx) isFragment(qi int, prev *resolvedQuote, after, before attribution) bool {
	d, q := c.d, c.spans[qi]
	p := c.spans[prev.span]
	if p.para != q.para || prev.attr.kind != attrAfter || after.found() {
		return false
	}
	if before.found() && before.cueS != prev.attr.cueS {
		return false
	}
	k := d.TokenIndex(q.open)
	if k == 0 || d.Tokens[k-1].IsWord() || d.Tokens[k-1].Start < p.afterEnd {
		return false
	}
	// A colon opens a quotation of its own (`"…," he said, adding: "…"`, `… "down the line," he
	// warned: "…"`).
	return d.Tokens[k-1].Text != ":"
}

// withoutAttribution gives a quote without an attribution of its own a speaker: the subject of its
// sentence when that names a person, else the previous quote's speaker when that quote is in the
// same or the previous paragraph, else the sentence's subject (an organisation, a document).
func (c *quoteCtx) withoutAttribution(qi int, prev *resolvedQuote) resolvedQuote {
	d, q := c.d, c.spans[qi]
	rq := resolvedQuote{span: qi, person: -1}
	s, e := c.beforeRegion(qi)
	var ss, se int
	if e > s {
		ss, se = c.subjectNP(s, e)
	}
	if se <= ss && c.startsLowerCase(q) {
		// `Fiorina characterizes herself as a "change warrior" who "saved the company."`: a label
		// in marks cut the region; the sentence's subject stands before it.
		if ws, we := c.beforeRegionPast(qi, true); ws < s {
			if ps, pe := c.subjectNP(ws, we); pe > ps && pe <= s && c.resolveNamed(ps, pe) >= 0 {
				ss, se = ps, pe
			}
		}
	}
	if se > ss {
		r := nlp.Range{Start: d.Tokens[ss].Start, End: d.Tokens[se-1].End}
		if p := c.resolveNamed(ss, se); p >= 0 {
			rq.attr = attribution{kind: attrSubject, spkS: ss, spkE: se}
			rq.hasSpkr, rq.spk, rq.person = true, r, p
			return rq
		}
	}
	if se <= ss {
		if a := c.introducingSentence(qi); a.found() {
			rq.attr, rq.hasSpkr = a, true
			rq.spk = nlp.Range{Start: d.Tokens[a.spkS].Start, End: d.Tokens[a.spkE-1].End}
			rq.cue = nlp.Range{Start: d.Tokens[a.cueS].Start, End: d.Tokens[a.cueE-1].End}
			rq.person = c.resolveSpeaker(a, prev, q)
			return rq
		}
	}
	if se <= ss {
		if next, ok := c.headingOf(qi); ok {
			next.span, next.fragments = qi, nil
			next.attr.kind = attrContinued
			return next
		}
		if a, p := c.namedSentenceBefore(qi, prev); p >= 0 {
			rq.attr, rq.hasSpkr, rq.person = a, true, p
			rq.spk = nlp.Range{Start: d.Tokens[a.spkS].Start, End: d.Tokens[a.spkE-1].End}
			return rq
		}
	}
	if se > ss && (c.namesNewSource(ss, se) || se-ss == 1 && personalPronouns[lower(d.Tokens[ss])] && c.opensSentence(ss)) {
		// `Japan branded North Korea an "outlaw nation."` after another's quote: the sentence
		// names its own source; the previous speaker does not carry over.
		rq.attr = attribution{kind: attrSubject, spkS: ss, spkE: se}
		rq.hasSpkr, rq.spk = true, nlp.Range{Start: d.Tokens[ss].Start, End: d.Tokens[se-1].End}
		rq.person = c.resolveSpeaker(rq.attr, prev, q)
		return rq
	}
	if c.crowdWords(qi) {
		return rq
	}
	if prev != nil && c.spans[prev.span].para >= q.para-1 && prev.hasSpkr && !(se > ss && c.ownSentenceSubject(qi, ss, se)) {
		rq.attr = prev.attr
		rq.attr.kind = attrContinued
		rq.hasSpkr, rq.spk, rq.person, rq.cue = true, prev.spk, prev.person, prev.cue
		return rq
	}
	if se > ss {
		rq.attr = attribution{kind: attrSubject, spkS: ss, spkE: se}
		rq.hasSpkr, rq.spk = true, nlp.Range{Start: d.Tokens[ss].Start, End: d.Tokens[se-1].End}
		rq.person = c.resolveSpeaker(rq.attr, prev, q)
	}
	return rq
}

// namedSentenceBefore returns the subject of the sentence right before quote qi, in its paragraph,
// when the quote opens a sentence with no attribution of its own and that subject names a person
// other than the previous quote's speaker: `On Sunday, Sen. Jane Roe identified young voters as the
// party's hope. "The younger people are …"`. The person the paragraph is about speaks, not the
// one quoted before it.
func (c *quoteCtx) namedSentenceBefore(qi int, prev *resolvedQuote) (attribution, int) {
	d, q := c.d, c.spans[qi]
	// "Valastro praised Christie's record. ¶ "We need someone who …"": a paragraph that is all quote,
	// after a paragraph about a person that quotes no one, reads that paragraph.
	para, _, k, ok := c.textBeforeQuote(qi)
	if !ok {
		return attribution{}, -1
	}
	si := d.SentenceAt(d.Tokens[k-1].Start)
	if si < 0 || d.Sentences[si].Start < d.Paragraphs[para].Start {
		return attribution{}, -1
	}
	if qi > 0 && c.spans[qi-1].afterEnd > d.Sentences[si].Start && (d.isQuotation(c.spans[qi-1]) || c.startsLowerCase(c.spans[qi-1])) {
		// The sentence quotes someone already (a title in marks does not count).
		return attribution{}, -1
	}
	sentS := d.TokenIndex(d.Sentences[si].Start)
	ss, se := c.subjectNP(sentS, k-1)
	if se <= ss {
		return attribution{}, -1
	}
	if a := c.attributionIn(sentS, k-1); a.found() && (a.spkE <= ss || a.spkS >= se) {
		// A sentence whose reporting verb has another subject (`Haley is "…," the board
		// writes.`) reports that one's words.
		return attribution{}, -1
	}
	for k := ss; k < se; k++ {
		// "Trump's comments", "the Cruz train": a phrase that names a person without being one.
		if w := d.Tokens[k].Text; w == "'s" || w == "’s" || isLowerWord(d.Tokens[k]) && k == se-1 {
			return attribution{}, -1
		}
	}
	p := c.resolveNamed(ss, se)
	if p < 0 || prev != nil && prev.person == p && c.spans[prev.span].para >= q.para-1 {
		// (The previous speaker, still in reach, goes on through withoutAttribution's carry.)
		return attribution{}, -1
	}
	return attribution{kind: attrSubject, spkS: ss, spkE: se}, p
}

// headingOf returns the attribution of the quote that the whole-paragraph quote qi announces: a
// heading of quoted words that the next paragraph's quote repeats ("My fears have been realized" ¶
// Morrison told the committee, "I feared … My fears have been realized.").
func (c *quoteCtx) headingOf(qi int) (resolvedQuote, bool) {
	d, q := c.d, c.spans[qi]
	if qi+1 >= len(c.spans) || c.spans[qi+1].para != q.para+1 || !c.wholeParagraph(q) || d.quoteWords(q) > maxTitleWords {
		return resolvedQuote{}, false
	}
	words := strings.TrimRight(d.Text[q.inner.Start:q.inner.End], ".,!?")
	next := c.spans[qi+1]
	if words == "" || !strings.Contains(d.Text[next.inner.Start:next.inner.End], words) {
		return resolvedQuote{}, false
	}
	// Only the next quote's own attribution counts: reading it through withoutAttribution would
	// call headingOf again, a chain through every repeated paragraph (quadratic).
	a := c.afterAttribution(qi + 1)
	if !a.found() {
		a = c.beforeAttribution(qi + 1)
	}
	if !a.found() {
		return resolvedQuote{}, false
	}
	rq := resolvedQuote{attr: a, hasSpkr: true, person: c.resolveSpeaker(a, nil, next)}
	rq.spk = nlp.Range{Start: d.Tokens[a.spkS].Start, End: d.Tokens[a.spkE-1].End}
	if a.cueE > a.cueS {
		rq.cue = nlp.Range{Start: d.Tokens[a.cueS].Start, End: d.Tokens[a.cueE-1].End}
	}
	return rq, true
}

// crowdWords reports whether quote qi follows a plural noun and "of", alone or joined by "and" to
// quotes that do ("chants of "…"", "calls of "Feel the Bern" and "Love you, Bernie""): a crowd's
// words, named by that noun, so the previous speaker does not carry over.
func (c *quoteCtx) crowdWords(qi int) bool {
	d := c.d
	k := d.TokenIndex(c.spans[qi].open)
	for p := qi - 1; p >= 0 && p >= qi-3; p-- {
		j := k
		for j > 0 && (lower(d.Tokens[j-1]) == "and" || lower(d.Tokens[j-1]) == "or" || d.Tokens[j-1].Text == ",") {
			j--
		}
		if j == k || j == 0 || d.Tokens[j-1].End != c.spans[p].afterEnd {
			break
		}
		k = d.TokenIndex(c.spans[p].open)
	}
	return k >= 2 && lower(d.Tokens[k-1]) == "of" && isLowerWord(d.Tokens[k-2]) && strings.HasSuffix(lower(d.Tokens[k-2]), "s")
}

// ownSentenceSubject reports whether the phrase [ss, se) is the subject of a sentence of its own
// that quotes a partial quote qi (`Japan branded the North an "outlaw nation."`, `A watchdog report
// found that the money "could not be traced."`): the phrase is the subject of a sentence (past
// any opening adverbial) that holds no earlier quote, it is no pronoun but "he" or "she", and a
// verb stands between it and the quote. The speaker of the quote before is no longer the one
// quoted.
func (c *quoteCtx) ownSentenceSubject(qi, ss, se int) bool {
	d, q := c.d, c.spans[qi]
	if !c.startsLowerCase(q) {
		return false
	}
	si := d.SentenceAt(d.Tokens[ss].Start)
	if si < 0 {
		return false
	}
	if qi > 0 && c.spans[qi-1].afterEnd > d.Sentences[si].Start {
		return false
	}
	if w := lower(d.Tokens[ss]); otherPronouns[w] || demonstratives[w] || se-ss == 1 && !personalPronouns[w] && !d.Tokens[ss].IsCapitalized() {
		return false
	}
	for k := se; k < d.TokenIndex(q.open); k++ {
		if w := lower(d.Tokens[k]); isLowerWord(d.Tokens[k]) && !npStopWords[w] && !lexicon.ClausePrepositions[w] {
			// (A preposition is no verb: `The visit on May 10, "while pastoral, …"` names no source.)
			return true
		}
	}
	return false
}

// demonstratives open a phrase that points back to what came before ("That makes her …"): no new
// source.
var demonstratives = lexicon.Words("quotes/demonstratives")

// opensSplitQuotation reports whether a quote too short to stand alone is the first piece of a
// quotation that an attribution interrupts ("My hope," he said, "is that …"): the pieces together
// are long enough, and the first is reported for both.
func (c *quoteCtx) opensSplitQuotation(qi int) bool {
	d, q := c.d, c.spans[qi]
	if q.close < 0 || qi+1 >= len(c.spans) || c.spans[qi+1].para != q.para {
		return false
	}
	next := c.spans[qi+1]
	// The cheap tests first: the name-or-title test reads the words around each quote.
	if !c.endsClause(q) || d.quoteWords(q)+d.quoteWords(next) < minQuoteWords || d.isNameOrTitle(q) || d.isNameOrTitle(next) {
		return false
	}
	a := c.afterAttribution(qi)
	if !a.found() || a.tail {
		return false
	}
	k := d.TokenIndex(next.open)
	return k > 0 && !d.Tokens[k-1].IsWord() && (next.close < 0 || !c.afterAttribution(qi+1).found())
}

// startsLowerCase reports whether the quoted words begin with a lower-case letter: a partial quote
// running inside the reporter's sentence.
func (c *quoteCtx) startsLowerCase(q quoteSpan) bool {
	r, _ := utf8.DecodeRuneInString(c.d.Text[q.inner.Start:])
	return unicode.IsLower(r)
}
