package quotes

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// How a quote's speaker was found.
type attrKind int

const (
	attrNone      attrKind = iota
	attrAfter              // "…," X said / "…," said X / "…" — X
	attrBefore             // X said: "…" / X said the pope "…" / …, saying "…"
	attrColon              // "X said:" closing the paragraph before a quoted paragraph
	attrContinued          // no attribution of its own: the previous quote's speaker goes on
	attrSubject            // a partial quote inside a sentence whose subject is the speaker
)

// attribution is where the text names a quote's speaker: the speaker phrase and the cue, both as
// token ranges [s, e) into d.Tokens (s == e when absent).
type attribution struct {
	kind         attrKind
	spkS, spkE   int
	cueS, cueE   int
	dash         bool // the cue is a dash before the speaker ("…" — Jane Doe)
	regionEndTok int  // for attrAfter: the token where the attribution's clause ends
	// tail marks an attribution that ends the sentence past unquoted words or a later quote
	// (`"…" but necessary "…," he said`): weaker than an attribution before the quote.
	tail bool
}

func (a attribution) found() bool { return a.kind != attrNone && a.spkE > a.spkS }

// isSentenceEnd reports whether the token k ends a sentence within the paragraph tokens ending at
// pend: a full stop, "!" or "?" that is not an abbreviation's period and is followed by space and a
// capital, a digit, a quote mark, or nothing.
func (d *doc) isSentenceEnd(k, pend int) bool {
	t := d.Tokens[k]
	if t.Text != "." && t.Text != "!" && t.Text != "?" && t.Text != "…" {
		return false
	}
	if d.isAbbrevPeriod(k) && k+1 < pend && !d.Tokens[k+1].IsCapitalized() {
		return false
	}
	j := k + 1
	for j < pend && nlp.IsClosing(d.Tokens[j].Text) && d.Tokens[j].Start == d.Tokens[j-1].End {
		j++
	}
	if j >= pend {
		return true
	}
	if d.Tokens[j].Start == d.Tokens[j-1].End {
		return false
	}
	if t.Text == "." && d.isAbbrevPeriod(k) && d.Tokens[j].IsCapitalized() {
		// "Rep. Gwen Moore", "Leonard E. Burman": a title's period or an initial before a name does
		// not end the sentence.
		if w := d.Tokens[k-1].Text; titleAbbrev(w) || (len(w) == 1 && d.Tokens[k-1].IsCapitalized()) {
			return false
		}
	}
	return nlp.StartsSentence(d.Tokens[j].Text)
}

func titleAbbrev(w string) bool {
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "sgt", "maj", "adm", "gov", "sen",
		"rep", "rev", "pres", "hon", "st", "cmdr", "supt", "insp", "det", "cpl", "pvt", "fr", "mme", "del", "amb", "atty":
		return true
	}
	return false
}

// afterRegion returns the tokens [s, e) after quote q up to the end of its sentence, the next quote
// or the paragraph's end.
func (c *quoteCtx) afterRegion(qi int) (int, int) {
	d, q := c.d, c.spans[qi]
	s := d.TokenIndex(q.afterEnd)
	limit := c.paraEndTok(q.para)
	for n := qi + 1; n < len(c.spans) && c.spans[n].para == q.para; n++ {
		if d.isNickname(c.spans[n]) || (d.isNameOrTitle(c.spans[n]) && !c.endsWithSentenceMark(q) && !c.startsLowerCase(q)) {
			// Marcia "Cia" Price: the marks belong to the speaker's name; read on past them, and
			// past a title inside the attribution ("…," said X, author of "The Long Road," …).
			continue
		}
		if k := d.TokenIndex(c.spans[n].open); k < limit {
			limit = k
		}
		break
	}
	e := s
	for e < limit {
		if d.Tokens[e].Text == ";" || d.isSentenceEnd(e, c.paraEndTok(q.para)) {
			break
		}
		e++
	}
	return s, e
}

// beforeRegion returns the tokens [s, e) from the start of the sentence (or the end of the previous
// quote in the paragraph) up to quote q's opening mark.
func (c *quoteCtx) beforeRegion(qi int) (int, int) {
	return c.beforeRegionPast(qi, false)
}

// beforeRegionPast is beforeRegion; with pastLabels, a label or title in marks before a partial
// quote does not end the region either.
func (c *quoteCtx) beforeRegionPast(qi int, pastLabels bool) (int, int) {
	d, q := c.d, c.spans[qi]
	e := d.TokenIndex(q.open)
	limit := d.TokenIndex(d.Paragraphs[q.para].Start)
	for p := qi - 1; p >= 0 && c.spans[p].para == q.para; p-- {
		// `X said on "This Week" that the resolutions "imply …"`: the title sits inside the clause
		// that the cue before it opens.
		thatAfter := false
		if k := d.TokenIndex(c.spans[p].afterEnd); k < len(d.Tokens) && lower(d.Tokens[k]) == "that" {
			thatAfter = true
		}
		if !d.isQuotation(c.spans[p]) && p > qi-3 && (pastLabels || !c.startsLowerCase(q) || d.isNickname(c.spans[p]) || thatAfter) {
			// A title or a name in marks inside the attribution ("As X, author of "The Long
			// Road," put it, "…"") does not end it. (Before a partial quote, the words after the
			// title rarely attribute it: `X tells "Morning Show" that "…" remains open`; a nickname
			// does not end it: `Ernesto "Che" Guevara and said the boy "…"`.)
			continue
		}
		if k := d.TokenIndex(c.spans[p].afterEnd); k > limit {
			limit = k
		}
		break
	}
	s := e
	pend := c.paraEndTok(q.para)
	for s > limit {
		if d.Tokens[s-1].Text == ";" || d.isSentenceEnd(s-1, pend) {
			break
		}
		s--
	}
	return s, e
}

func (c *quoteCtx) paraEndTok(pi int) int {
	return c.d.TokenIndex(c.d.Paragraphs[pi].End)
}

// findCue returns the first (or last) cue in [s, e) and the end of its words ("according to").
func (c *quoteCtx) findCue(s, e int, last bool) (int, int, cueKind) {
	d := c.d
	best, bestEnd, kind := -1, -1, cueKind{}
	for k := s; k < e; k++ {
		t := d.Tokens[k]
		w := lower(t)
		if w == "according" && k+1 < e && lower(d.Tokens[k+1]) == "to" {
			best, bestEnd, kind = k, k+2, cueKind{}
			if !last {
				return best, bestEnd, kind
			}
			continue
		}
		if w == "quoted" && k+2 < e && lower(d.Tokens[k+1]) == "as" && cueForms[lower(d.Tokens[k+2])].participle {
			// "X was quoted as saying": the subject of the passive is the speaker.
			best, bestEnd, kind = k, k+3, cueKind{}
			if !last {
				return best, bestEnd, kind
			}
			k += 2
			continue
		}
		if k+1 < e && isTwoWordCue(w, lower(d.Tokens[k+1])) && !c.goesOnSomewhere(k, e) {
			// "went on", "shot back": a cue of two words.
			best, bestEnd, kind = k, k+2, cueKind{participle: strings.HasSuffix(w, "ing")}
			if !last {
				return best, bestEnd, kind
			}
			continue
		}
		ck, ok := lookupCue(w)
		if !ok || (!isLowerWord(t) && k != s) || c.goesOnSomewhere(k, e) {
			continue
		}
		if k > s && c.cueAsNoun(k) {
			// "Trump's early-morning tweets", "his comments", "a flurry of tweets": after a
			// determiner, a possessive or an adjective the cue's word is a noun.
			continue
		}
		if k+1 < e && strings.HasSuffix(w, "s") && auxiliaries[lower(d.Tokens[k+1])] && (k == s || nounOpeners[lower(d.Tokens[k-1])]) {
			// "that states can pass such laws", "the reports are": a verb's -s form before an
			// auxiliary, with no subject before it, is a plural noun, the auxiliary's subject.
			// ("a trend the foundation predicts will continue" keeps its verb.)
			continue
		}
		if !isLowerWord(t) && k+1 < e && isCue(lower(d.Tokens[k+1])) {
			// `"…," Read said`: a name that is also a reporting verb, before the verb.
			continue
		}
		end := k + 1
		// "pointed out", "went on": keep the particle with the verb.
		if end < e && (lower(d.Tokens[end]) == "out" || lower(d.Tokens[end]) == "on") && w != "said" &&
			!(end+1 < len(d.Tokens) && (isWeekdayWord(lower(d.Tokens[end+1])) || d.Tokens[end+1].IsCapitalized() || d.Tokens[end+1].IsNumber())) {
			// ("insisted on Monday", "added on Twitter": "on" opens a time or a place.)
			end++
		}
		best, bestEnd, kind = k, end, ck
		if !last {
			return best, bestEnd, kind
		}
	}
	return best, bestEnd, kind
}

// isTwoWordCue reports whether a verb and the word after it report speech only together: "went
// on", "shot back", "fired back", "hit back", "put it" (as X put it), "pointed out".
func isTwoWordCue(w, next string) bool {
	switch w {
	case "went", "goes", "go":
		return next == "on"
	case "shot", "fired", "hit", "shoots", "fires", "hits":
		return next == "back"
	case "put", "puts":
		return next == "it"
	case "point", "points", "pointed", "pointing":
		return next == "out"
	}
	return false
}

// goesOnSomewhere reports whether "go on" at k is a motion or an event ("the Senate goes on recess",
// "went on television", "went on a tour"), not the speech of "went on: "…"", "went on to say", "went
// on about …", "went on that …": a word other than those follows "on".
func (c *quoteCtx) goesOnSomewhere(k, e int) bool {
	d := c.d
	switch lower(d.Tokens[k]) {
	case "went", "goes", "go":
	default:
		return false
	}
	if k+2 >= e {
		return false
	}
	t := d.Tokens[k+2]
	if !t.IsWord() {
		return false
	}
	switch lower(t) {
	case "to", "about", "that", "saying", "with":
		return false
	}
	return true
}

// afterAttribution reads an attribution that follows the quote: `"…," X said`, `"…," said X`,
// `"…" of the region, X said`, `"…," according to X`, `"…" — X`.
func (c *quoteCtx) afterAttribution(qi int) attribution {
	a := c.afterAttributionDepth(qi, 0)
	if a.found() && c.opensReportedSentence(qi, a) {
		return attribution{}
	}
	return a
}

// opensReportedSentence reports whether attribution a, read after quote qi, is a new sentence of
// the reporter's that says something of its own: the quote ends with a full stop, the next sentence
// starts with a capital, and its cue takes a clause (`"…." Mr. Roe said he would wait`, `"…."
// Officials who watch the border said …`). Only a bare attribution (`"…." Mr. Roe said.`) belongs
// to the quote.
func (c *quoteCtx) opensReportedSentence(qi int, a attribution) bool {
	d, q := c.d, c.spans[qi]
	if a.dash || a.kind != attrAfter || q.inner.End <= q.inner.Start {
		return false
	}
	if d.Text[q.inner.End-1] != '.' {
		// "…?" and "…!" take their attribution after the closing mark with no comma: `"Why?" Roe
		// asked the crowd.`
		return false
	}
	s := d.TokenIndex(q.afterEnd)
	for s < len(d.Tokens) && !d.Tokens[s].IsWord() {
		s++
	}
	if s >= len(d.Tokens) || !d.Tokens[s].IsCapitalized() {
		return false
	}
	rest := a.cueE
	if a.spkS >= a.cueE {
		rest = a.spkE // inverted: "…." said Mr. Roe, …
	}
	// `"…." Officials said privately Thursday that …`: past adverbs and time words, "that" opens
	// the reported clause.
	for k := rest; k < a.regionEndTok; k++ {
		w := lower(d.Tokens[k])
		if w == "that" && k > rest {
			return true
		}
		if !isWeekdayWord(w) && !tailTimeWords[w] && !(isLowerWord(d.Tokens[k]) && len(w) > 4 && strings.HasSuffix(w, "ly")) {
			break
		}
	}
	return !c.onlyAdverbials(rest, a.regionEndTok)
}

// skipMarks skips the punctuation between a quote and its attribution, from token s to the first
// word before e, and reports whether a dash stood there (`"…" — X`). A bracket opens an aside, never
// an attribution: ok is false.
func (c *quoteCtx) skipMarks(s, e int) (next int, dash, ok bool) {
	for s < e && !c.d.Tokens[s].IsWord() {
		switch c.d.Tokens[s].Text {
		case "—", "―", "–", "-":
			dash = true
		case "(", "[":
			return s, dash, false
		}
		s++
	}
	return s, dash, true
}

// afterAttributionDepth is afterAttribution; depth counts the quotes of one sentence already passed
// on the way to an attribution that ends the sentence (see sentenceTail).
func (c *quoteCtx) afterAttributionDepth(qi, depth int) attribution {
	d := c.d
	s, e := c.afterRegion(qi)
	a := attribution{}
	s, dash, ok := c.skipMarks(s, e)
	if !ok || s >= e || c.introducesNextQuote(qi, e) {
		return a
	}
	if w := d.Tokens[s].Text; (w == "and" || w == "but") && s+1 < e && isCue(lower(d.Tokens[s+1])) {
		// `denounced the "ruinous policies," and said …`: the sentence goes on with a second verb
		// of the subject before the quote, not with an attribution of its own.
		return a
	}
	first := d.Tokens[s]
	if lower(first) == "per" && s+1 < e && (speakerDeterminers[lower(d.Tokens[s+1])] || d.Tokens[s+1].IsCapitalized()) {
		// `"…," per the party's bylaws`, `"…," per CNN`: "per" names the source as "according
		// to" does.
		if ps, pe := c.forwardNP(s+1, e); pe > ps {
			return attribution{kind: attrAfter, spkS: ps, spkE: pe, cueS: s, cueE: s + 1, regionEndTok: e}
		}
	}
	if lower(first) == "as" && s+2 < e {
		// `"…," as a Homeland Security memo put it`, `as the report noted`: "as" opens an
		// attribution of its own.
		if k, kEnd, kind := c.findCue(s+1, e, false); k > s+1 && !kind.participle {
			if ps, pe := c.speakerBefore(s+1, k); pe > ps && ps == s+1 {
				return attribution{kind: attrAfter, spkS: ps, spkE: pe, cueS: k, cueE: kEnd, regionEndTok: e}
			}
		}
	}
	if subordinators[lower(first)] {
		// "…" when X blasted him: a subordinate clause, not an attribution; one may still end the
		// sentence ("…" because she would expand her lead, he said).
		return c.sentenceTail(qi, s, e, depth)
	}
	if c.endsSentence(c.spans[qi]) && first.IsCapitalized() && (lexicon.ClausePrepositions[lower(first)] || lexicon.LeadingConnectives[lower(first)]) {
		// "…." To which she said, "…": a new sentence that introduces the next quote.
		return a
	}
	limit := e
	if limit > s+30 {
		limit = s + 30
	}
	k, kEnd, kind := c.findCue(s, limit, false)
	if k < 0 && !dash && c.endsClause(c.spans[qi]) {
		// `"…," an angry Hollande retaliated.`: a named person and one verb we do not list, with
		// nothing after it but the sentence's end, is the quote's attribution.
		if a, ok := c.bareVerbAttribution(s, e); ok {
			return a
		}
	}
	if k < 0 {
		if dash && d.Tokens[s].IsCapitalized() {
			ps, pe := c.forwardNP(s, e)
			// "— Jane Roe in Amman and John Doe in Cairo": reporters credited, not a speaker.
			credit := pe+1 < len(d.Tokens) && lower(d.Tokens[pe]) == "in" && d.Tokens[pe+1].IsCapitalized()
			if pe > ps && !credit {
				return attribution{kind: attrAfter, spkS: ps, spkE: pe, cueS: s - 1, cueE: s, dash: true, regionEndTok: e}
			}
		}
		return c.sentenceTail(qi, s, e, depth)
	}
	if kind.participle && (k == s || d.Tokens[k-1].Text == ",") {
		// "…" adding that …: the sentence goes on with the speaker named before the quote.
		// (`"…" -- and, when questioned after the debate, asserting, "…"`: a participle after a
		// comma hangs on the sentence's subject too, not on the phrase before the comma.)
		return a
	}
	a = attribution{kind: attrAfter, cueS: k, cueE: kEnd, regionEndTok: e}
	if k > s+1 && d.Tokens[k-1].Text == "," && !kind.object && kEnd < e &&
		(d.Tokens[kEnd].IsCapitalized() || speakerDeterminers[lower(d.Tokens[kEnd])]) {
		// `"It's high time" the boy went home, said Jane Roe, a former adviser`: after a comma the
		// cue comes first, and the phrase after it is the speaker when nothing but a comma, the
		// end or a time phrase follows it.
		if ps, pe := c.forwardNP(kEnd, e); pe > ps && (pe == e || d.Tokens[pe].Text == "," || c.onlyAdverbials(pe, e)) {
			a.spkS, a.spkE = ps, pe
			return a
		}
	}
	if k > s {
		ps, pe := c.speakerBefore(s, k)
		if pe > ps {
			a.spkS, a.spkE = ps, pe
			return a
		}
		if segs := d.clauseSegments(s, k); len(segs) > 1 && c.endsClause(c.spans[qi]) {
			// `"…," a detective, speaking on condition of anonymity, said`: right after the quote,
			// a phrase that fills the first segment is the speaker.
			if ps, pe := c.backwardNP(segs[0][0], segs[0][1]); pe > ps && ps == c.trimLeading(segs[0][0], segs[0][1]) && pe == segs[0][1] {
				a.spkS, a.spkE = ps, pe
				return a
			}
		}
		if k == s+1 && d.Tokens[s].IsCapitalized() && d.Tokens[s].IsWord() && c.endsClause(c.spans[qi]) {
			// `"…," From said`, `"…," Will wrote`: between a comma-ended quote and its cue, one
			// capitalised word is the speaker's name even when it is also a common word.
			a.spkS, a.spkE = s, s+1
			return a
		}
		// Words stand between the quote and the cue but none names a speaker: the cue belongs to
		// another clause ("…" people here, and said …).
		if k-s > 2 {
			return c.sentenceTail(qi, s, e, depth)
		}
	}
	// Right after the quote the verb comes first only when subject and verb are inverted
	// ("…," asked Sen. X), so even a verb that takes a listener is followed by the speaker there.
	if !kind.object || (k == s && !strings.HasPrefix(lower(d.Tokens[k]), "t")) {
		ps, pe := c.forwardNP(kEnd, e)
		if pe > ps {
			a.spkS, a.spkE = ps, pe
			return a
		}
	}
	return c.sentenceTail(qi, s, e, depth)
}

// bareVerbAttribution reads [s, e) after a comma-ended quote as "X verbed": a phrase that names a
// person (or "he", "she"), then one lower-case past-tense or present verb, then only adverbials up
// to the end of the sentence.
func (c *quoteCtx) bareVerbAttribution(s, e int) (attribution, bool) {
	d := c.d
	if e >= len(d.Tokens) || !d.isSentenceEnd(e, c.paraEndTok(d.ParagraphAt(d.Tokens[s].Start))) {
		return attribution{}, false
	}
	ps, pe := c.forwardNP(s, e)
	if pe <= ps || ps != s || pe >= e {
		return attribution{}, false
	}
	v := d.Tokens[pe]
	w := lower(v)
	if !isLowerWord(v) || npStopWords[w] || !(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s")) || !c.onlyAdverbials(pe+1, e) {
		return attribution{}, false
	}
	if !(pe-ps == 1 && personalPronouns[lower(d.Tokens[ps])]) && c.resolveNamed(ps, pe) < 0 {
		return attribution{}, false
	}
	return attribution{kind: attrAfter, spkS: ps, spkE: pe, cueS: pe, cueE: pe + 1, regionEndTok: e}, true
}

// introducesNextQuote reports whether the clause after a quote that ends its sentence leads into
// the next quote of the paragraph ("…." Mr. Doe added: "…", "…?" He answered, "…"): it is that
// quote's attribution, not this one's.
func (c *quoteCtx) introducesNextQuote(qi, e int) bool {
	d, q := c.d, c.spans[qi]
	if q.inner.End <= q.inner.Start || qi+1 >= len(c.spans) || c.spans[qi+1].para != q.para {
		return false
	}
	if e <= 0 || e != d.TokenIndex(c.spans[qi+1].open) {
		return false
	}
	switch d.Text[q.inner.End-1] {
	case '.', '?', '!':
		t := d.Tokens[e-1].Text
		return t == ":" || t == ","
	}
	return false
}

// beforeAttribution reads an attribution in the sentence before the quote: `X said: "…"`,
// `X said Y "…"`, `X called it "…"`, `…, saying "…"`, `with X saying "…"`, `according to X, "…"`.
func (c *quoteCtx) beforeAttribution(qi int) attribution {
	s, e := c.beforeRegion(qi)
	a := c.attributionIn(s, e)
	if !a.found() && c.startsLowerCase(c.spans[qi]) && !c.namedSubjectIn(s, e) {
		// `Rubio said that by refusing to say "radical Islam," Democrats are "saying …"`: with no
		// cue after the label, the cue before it reports the partial quote. (Not when the words
		// after the label have a named person as subject: `in a clip that the judge called
		// "distasteful," Santilli expressed a desire to "…"`.)
		if ws, we := c.beforeRegionPast(qi, true); ws < s {
			if b := c.attributionIn(ws, we); b.found() && b.cueS < s {
				return b
			}
		}
	}
	return a
}

// namedSubjectIn reports whether the clause [s, e) opens with a capitalised phrase that names a
// person.
func (c *quoteCtx) namedSubjectIn(s, e int) bool {
	if e <= s {
		return false
	}
	ss, se := c.subjectNP(s, e)
	return se > ss && ss == c.trimLeading(s, e) && c.d.Tokens[ss].IsCapitalized() && c.resolveNamed(ss, se) >= 0
}

// attributionIn finds the last cue in [s, e) and its speaker.
func (c *quoteCtx) attributionIn(s, e int) attribution {
	d := c.d
	k, kEnd, kind := c.findCue(s, e, true)
	if k < 0 {
		return attribution{}
	}
	if k > s+1 {
		if w := lower(d.Tokens[k-1]); (w == "who" || w == "which") && d.Tokens[k-2].Text != "," {
			// `saying anybody who complains about a microphone "…"`: a cue inside a restrictive
			// relative clause describes someone; the cue before it reports the quote. (", who
			// said" is the speaker's own attribution.)
			if b := c.attributionIn(s, k-1); b.found() {
				return b
			}
		}
	}
	if judgmentCues[lower(d.Tokens[k])] && k > s {
		// "Pompeo said that after legal consultation Washington had concluded the settlements
		// were "not … inconsistent with international law"": a conclusion reported inside
		// someone's speech is in that speaker's words. The region is cut right after the first
		// cue, so that the call reads that cue and never another conclusion (linear).
		if j, jEnd, _ := c.findCue(s, k, false); j >= 0 && !judgmentCues[lower(d.Tokens[j])] {
			if b := c.attributionIn(s, jEnd); b.found() {
				return b
			}
		}
	}
	a := attribution{kind: attrBefore, cueS: k, cueE: kEnd}
	if ps, pe := c.relativeAntecedent(s, k); pe > ps {
		a.spkS, a.spkE = ps, pe
		return a
	}
	if lower(d.Tokens[k]) == "according" {
		ps, pe := c.forwardNP(kEnd, e)
		a.spkS, a.spkE = ps, pe
		return a
	}
	if kind.participle {
		// "with X saying", "footage of Trump saying": a phrase right before the participle that
		// names a person is its subject.
		if k > s && d.Tokens[k-1].IsWord() {
			ps, pe := c.backwardNP(s, k)
			if pe > ps {
				r := nlp.Range{Start: d.Tokens[ps].Start, End: d.Tokens[pe-1].End}
				// The person must head the phrase: "Trump's early-morning tweets accusing …" names
				// tweets, not a speaker.
				head := nlp.Range{Start: d.Tokens[pe-1].Start, End: d.Tokens[pe-1].End}
				if (ps > s && lower(d.Tokens[ps-1]) == "with") || c.personIn(r) >= 0 && c.personIn(head) >= 0 || (pe-ps == 1 && personalPronouns[lower(d.Tokens[ps])]) {
					a.spkS, a.spkE = ps, pe
					return a
				}
			}
		}
		cs := c.clauseStart(s, k)
		ps, pe := c.subjectNP(cs, k)
		if pe <= ps && k-3 >= s && lower(d.Tokens[k-1]) == "by" && isLowerWord(d.Tokens[k-2]) {
			// "When he returned he began by saying, "…"": the subject of the verb before "by".
			if bs, be := c.backwardNP(s, k-2); be == k-2 {
				ps, pe = bs, be
			}
		}
		if pe <= ps {
			// A quote earlier in the sentence cut the region short: the participle hangs on
			// the subject that opens the sentence.
			ps, pe = c.sentenceSubject(k)
		}
		a.spkS, a.spkE = ps, pe
		return a
	}
	if k > s {
		cs := c.clauseStart(s, k)
		ps, pe := c.speakerBefore(cs, k)
		if pe > ps {
			a.spkS, a.spkE = ps, pe
			return a
		}
		// "I laughed and said", "She then urges … and repeatedly says": the cue shares its
		// subject with an earlier verb.
		if te := c.trimTrailing(cs, k); te > cs && (lower(d.Tokens[te-1]) == "and" || lower(d.Tokens[te-1]) == "but") {
			ps, pe := c.subjectNP(c.lastSegmentStart(cs, te), te)
			if pe > ps {
				a.spkS, a.spkE = ps, pe
				return a
			}
		}
	}
	if !kind.object {
		if te := c.trimTrailing(s, k); te > s && (lower(d.Tokens[te-1]) == "and" || lower(d.Tokens[te-1]) == "but") {
			// `X opposes "…" and recalled the pay freeze: "…"`: a cue that shares the sentence's
			// subject has its object after it, not an inverted speaker.
			if ss, se := c.elidedSubject(s, k); se > ss {
				a.spkS, a.spkE = ss, se
				return a
			}
		}
		ps, pe := c.forwardNP(kEnd, e)
		if kEnd < e && lower(d.Tokens[kEnd]) == "that" {
			// "voters agreed that Clinton is in "…"": "that" opens the reported clause; no
			// speaker follows the cue.
			ps, pe = kEnd, kEnd
		}
		if !c.reachesQuote(pe, e) || pe <= ps {
			// `…, and said the United States is "…"`: the phrase after the cue is the subject of
			// the reported clause; the speaker is the subject the cue shares with the sentence.
			if ss, se := c.elidedSubject(s, k); se > ss {
				ps, pe = ss, se
			} else if k > s && !(pe-ps == 1 && personalPronouns[lower(d.Tokens[ps])]) {
				// `X, the author of "Y," about …, said the days when the nation had "…" are
				// gone`: the phrase after a cue with words before it is the reported clause's
				// subject, never the speaker (see sentenceSubject below). ("said he would
				// "…"": a pronoun there mostly stands for the speaker, and is kept.)
				ps, pe = kEnd, kEnd
			}
		}
		a.spkS, a.spkE = ps, pe
	}
	if !a.found() && k > s {
		// "X said that he remembered being asked to help "…"": a passive cue has no subject of
		// its own; an earlier cue of the sentence may.
		if b := c.attributionIn(s, k); b.found() {
			return b
		}
		if !kind.object && !kind.participle {
			// The speaker before the cue is out of reach of the region (a title in marks cut
			// it short): the subject that opens the sentence.
			a.spkS, a.spkE = c.sentenceSubject(k)
		}
	}
	return a
}

// relativeAntecedent returns the phrase a "who" clause hangs on when the cue at k is that clause's
// second verb: `said a former official who oversaw the inquiry and described the case as "…"`.
// The official speaks, not the sentence's subject.
func (c *quoteCtx) relativeAntecedent(s, k int) (int, int) {
	d := c.d
	te := c.trimTrailing(s, k)
	if te <= s || lower(d.Tokens[te-1]) != "and" {
		return k, k
	}
	for j := te - 2; j > s && j > te-25; j-- {
		t := d.Tokens[j]
		if t.Text == "," || t.Text == ";" || isCue(lower(t)) {
			return k, k
		}
		if lower(t) == "who" {
			return c.backwardNP(s, j)
		}
	}
	return k, k
}

// reachesQuote reports whether a phrase ending at pe runs up to the quote that opens at e, past
// punctuation or a time or place phrase (`said Jane Roe on Tuesday: "…"`), and the quote does not
// go on with the reported clause.
func (c *quoteCtx) reachesQuote(pe, e int) bool {
	d := c.d
	if e+1 < len(d.Tokens) && !d.Tokens[e].IsWord() && isLowerWord(d.Tokens[e+1]) {
		// A partial quote goes on with the reported clause: `said the offer "is all cash"`.
		return false
	}
	te := e
	for te > pe && !d.Tokens[te-1].IsWord() {
		te--
	}
	return pe >= te || c.onlyAdverbials(pe, te)
}

// elidedSubject returns the subject of the sentence when the cue at k has none of its own: the
// words before it in its clause are only connectives and adverbs (`President Bush denounced "…"
// and said …`, `She declined to comment, but said …`), and the sentence began before them.
func (c *quoteCtx) elidedSubject(s, k int) (int, int) {
	d := c.d
	cs := c.clauseStart(s, k)
	te := c.trimTrailing(cs, k)
	if c.trimLeading(cs, te) < te && lower(d.Tokens[te-1]) != "and" {
		return k, k
	}
	pi := d.ParagraphAt(d.Tokens[k].Start)
	if pi < 0 {
		return k, k
	}
	pstart, pend := d.TokenIndex(d.Paragraphs[pi].Start), c.paraEndTok(pi)
	ss := cs
	for ss > pstart && ss > k-80 && !d.isSentenceEnd(ss-1, pend) {
		ss--
	}
	if ss >= cs || c.insideQuote(d.Tokens[ss].Start) {
		return k, k
	}
	ps, pe := c.subjectNP(ss, cs)
	if pe <= ps || c.insideQuote(d.Tokens[ps].Start) {
		return k, k
	}
	return ps, pe
}

// sentenceSubject returns the subject that opens the sentence of the cue at k when it lies outside
// quotes, or an empty range at k.
func (c *quoteCtx) sentenceSubject(k int) (int, int) {
	d := c.d
	si := d.SentenceAt(d.Tokens[k].Start)
	if si < 0 {
		return k, k
	}
	ss, se := c.subjectNP(d.TokenIndex(d.Sentences[si].Start), k)
	if se <= ss || se > k || c.insideQuote(d.Tokens[ss].Start) {
		return k, k
	}
	return ss, se
}

// clauseStart returns where the clause holding the token k begins: after the last ", and", ", but",
// "and" before a pronoun or a name, or at s.
func (c *quoteCtx) clauseStart(s, k int) int {
	d := c.d
	for j := k - 1; j > s; j-- {
		w := lower(d.Tokens[j])
		if (w == "and" || w == "but" || w == "while" || w == "as" || w == "because") && d.Tokens[j-1].Text == "," {
			return j + 1
		}
		if w == "when" && d.Tokens[k-1].Text == "," && !strings.HasSuffix(lower(d.Tokens[k]), "ing") {
			// "…, who married his father when Kopp was young, said": the comma closes the
			// "when" clause before the cue.
			continue
		}
		if w == "that" || w == "when" {
			// "officials said that X said": the reported clause starts its own subject.
			participle := strings.HasSuffix(lower(d.Tokens[k]), "ing") && d.commaIn(j+1, k)
			if j+1 < k && (d.Tokens[j+1].IsCapitalized() || personalPronouns[lower(d.Tokens[j+1])]) && !participle {
				return j + 1
			}
			if j+1 < k && articles[lower(d.Tokens[j+1])] && !strings.HasSuffix(lower(d.Tokens[k]), "ing") && !d.commaIn(j+1, k) {
				// "when the candidate boldly suggested that …": a phrase with an article opens the
				// clause too when the cue is its own verb. (A participle after a comma, "…, saying",
				// hangs on the sentence's subject, whatever opens the clause before it.)
				return j + 1
			}
		}
	}
	return s
}

// colonAttribution reads "X said:" ending the paragraph before a paragraph that opens with quote qi.
func (c *quoteCtx) colonAttribution(qi int) attribution {
	d, q := c.d, c.spans[qi]
	if q.para == 0 || q.open != d.Paragraphs[q.para].Start {
		return attribution{}
	}
	prev := d.Paragraphs[q.para-1]
	e := d.TokenIndex(prev.End)
	if e < 2 {
		return attribution{}
	}
	// "Rathbun stated," closing the paragraph introduces the quoted paragraph as a colon does.
	commaCue := d.Tokens[e-1].Text == "," && isCue(lower(d.Tokens[e-2]))
	if d.Tokens[e-1].Text != ":" && !commaCue {
		return attribution{}
	}
	s := e - 1
	ps := d.TokenIndex(prev.Start)
	for s > ps && !d.isSentenceEnd(s-1, e) {
		s--
	}
	a := c.attributionIn(s, e-1)
	if !a.found() && !commaCue {
		// "The New York Times reports:" or "Sanders made the following comment:" without a cue we
		// know: the clause's subject is the source.
		a = c.colonSubject(s, e-1)
	}
	if a.found() {
		a.kind = attrColon
	}
	return a
}

// dashLineAttribution reads a signature line after a paragraph that is all quote: the next
// paragraph is a dash and a name, alone ("- Bernie Sanders.", "— Jane Doe, Ohio").
func (c *quoteCtx) dashLineAttribution(qi int) attribution {
	d, q := c.d, c.spans[qi]
	if q.close < 0 || q.para+1 >= len(d.Paragraphs) || q.open != d.Paragraphs[q.para].Start {
		return attribution{}
	}
	if s, e := c.afterRegion(qi); e > s {
		return attribution{}
	}
	next := d.Paragraphs[q.para+1]
	s, e := d.TokenIndex(next.Start), d.TokenIndex(next.End)
	if e-s < 2 || e-s > 12 {
		return attribution{}
	}
	switch d.Tokens[s].Text {
	case "-", "—", "―", "–":
	default:
		return attribution{}
	}
	if !d.Tokens[s+1].IsCapitalized() {
		return attribution{}
	}
	ps, pe := c.forwardNP(s+1, e)
	if pe <= ps {
		return attribution{}
	}
	return attribution{kind: attrAfter, spkS: ps, spkE: pe, cueS: s, cueE: s + 1, dash: true, regionEndTok: e}
}

// subordinators open a subordinate clause after a quote.
var subordinators = lexicon.Words("quotes/subordinators")

// endsWithSentenceMark reports whether the quoted words end with a full stop, "?" or "!".
func (c *quoteCtx) endsWithSentenceMark(q quoteSpan) bool {
	if q.inner.End <= q.inner.Start {
		return false
	}
	switch c.d.Text[q.inner.End-1] {
	case '.', '?', '!':
		return true
	}
	return false
}

// endsSentence reports whether the quoted words end with a full stop.
func (c *quoteCtx) endsSentence(q quoteSpan) bool {
	return q.inner.End > q.inner.Start && (c.d.Text[q.inner.End-1] == '.')
}

// lastSegmentStart returns where the last comma segment of [s, e) starts.
func (c *quoteCtx) lastSegmentStart(s, e int) int {
	segs := c.d.clauseSegments(s, e)
	if len(segs) == 0 {
		return s
	}
	return segs[len(segs)-1][0]
}

// colonSubject reads a clause that ends with a colon and no cue ("President Obama is rolling out a
// new message:"): its subject is the speaker, with the colon as the cue.
func (c *quoteCtx) colonSubject(s, e int) attribution {
	d := c.d
	if e <= s || e >= len(d.Tokens) || d.Tokens[e].Text != ":" {
		return attribution{}
	}
	cs := c.clauseStart(s, e)
	segs := d.clauseSegments(cs, e)
	for k := range segs {
		a := c.trimLeading(segs[k][0], segs[k][1])
		if a >= segs[k][1] || d.appositiveLike([2]int{a, segs[k][1]}) {
			continue
		}
		ps, pe := c.subjectNP(a, segs[k][1])
		if pe > ps {
			return attribution{kind: attrBefore, spkS: ps, spkE: pe, cueS: e, cueE: e + 1}
		}
		break
	}
	return attribution{}
}

// nounDeterminers make the cue word after them a noun ("his tweets", "the remarks").
var nounDeterminers = lexicon.Words("quotes/noun_determiners")

// cueAsNoun reports whether the token before the cue word at k makes it a noun: a determiner, a
// possessive ("Trump's tweets", not "he's saying"), "of" before a noun ("a flurry of tweets", not "of
// saying"), or a hyphenated adjective ("late-night tweets").
func (c *quoteCtx) cueAsNoun(k int) bool {
	d := c.d
	prev := d.Tokens[k-1].Text
	lp := strings.ToLower(prev)
	ing := strings.HasSuffix(lower(d.Tokens[k]), "ing")
	switch {
	case nounDeterminers[lp]:
		return true
	case lp == "'s" || lp == "’s":
		return k >= 2 && d.Tokens[k-2].IsCapitalized() && !personalPronouns[lower(d.Tokens[k-2])] && !otherPronouns[lower(d.Tokens[k-2])]
	case lp == "of":
		return !ing
	}
	return strings.HasSuffix(lower(d.Tokens[k]), "s") && strings.Count(lp, "-") == 1 && len(lp) > 4 && lp == prev && !strings.HasSuffix(lp, "-")
}

// articles open a noun phrase that can be the subject of a reported clause ("when the candidate
// suggested", "that a spokesman said").
var articles = lexicon.ArticleWords

// auxiliaries follow a plural noun subject, never a verb's -s form ("states can", "claims were").
var auxiliaries = lexicon.Words("quotes/auxiliaries")

// nounOpeners stand before a subject, never between a subject and its verb.
var nounOpeners = lexicon.Words("quotes/noun_openers")

// judgmentCues report a conclusion rather than words spoken.
var judgmentCues = lexicon.Words("quotes/judgment_cues")
