package dates

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// tense is the time a clause looks to, seen from the publication date: a bare weekday or a month
// without a year resolves backwards in a past clause ("spoke on Wednesday") and forwards in a future one
// ("will meet on Monday").
type tense uint8

const (
	tenseUnknown tense = iota
	tensePast
	tenseFuture
	// tensePerfect is found only during the look-around: a present perfect ("has extended") governs
	// the date but does not tell its side, so farther cues must not decide. It reads as unknown.
	tensePerfect
)

func (t tense) String() string {
	switch t {
	case tensePast:
		return "past"
	case tenseFuture:
		return "future"
	}
	return "unknown"
}

// futureCues look ahead. "would" is the future of reported speech ("said he would visit on Monday").
var futureCues = map[string]bool{
	"will": true, "shall": true, "won't": true, "wo": true, "would": true, "'ll": true, "’ll": true,
	"scheduled": true, "expected": true, "due": true, "slated": true, "planned": true, "plans": true,
	"plan": true, "upcoming": true, "tomorrow": true, "set": true, "going": true, "intends": true,
	"aims": true, "hopes": true, "hope": true,
	"next": true, "coming": true, "forthcoming": true, "ahead": true, "planning": true,
	"payable": true, "effective": true, "postponed": true, "delayed": true, "adjourned": true,
	"deferred": true, "pending": true,
}

// pastCues are irregular past forms and words that place an event before the report. Regular past
// forms are recognised by their -ed ending.
var pastCues = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "met": true, "spoke": true, "went": true,
	"came": true, "took": true, "made": true, "began": true, "held": true, "left": true, "gave": true,
	"found": true, "saw": true, "got": true, "won": true, "lost": true, "fell": true, "rose": true,
	"sent": true, "brought": true, "kept": true, "ran": true, "struck": true, "became": true,
	"thought": true, "knew": true, "led": true, "felt": true, "paid": true, "sold": true, "bought": true,
	"fought": true, "broke": true, "wrote": true, "chose": true, "flew": true, "drew": true, "grew": true,
	"threw": true, "shot": true, "stood": true, "sat": true, "sought": true, "caught": true, "fled": true,
	"swore": true, "drove": true, "spent": true, "built": true, "heard": true, "withdrew": true,
	"oversaw": true, "hid": true, "quit": true, "ago": true, "yesterday": true, "since": true,
	"earlier": true, "wounded": true, "killed": true, "arrested": true, "died": true, "ended": true,
	"occurred": true, "happened": true, "previously": true, "been": true,
}

// reportingVerbs give the time of the report, not of what is reported (lexicon.ReportTense): they
// count only right next to the date ("said Friday", "told reporters on Monday"). Past forms only,
// with publishing verbs ("disclosed", "revealed") that are not speech cues: it sets a tense, not a
// speaker.
var reportingVerbs = lexicon.ReportingVerbSet(lexicon.ReportTense)

// notPastParticiple are words before an -ed form that make it an adjective or a passive without
// past time ("is concerned", "to be held", "will be delayed").
var notPastParticiple = map[string]bool{
	"is": true, "are": true, "am": true, "be": true, "being": true, "to": true, "will": true,
	"would": true, "'s": true, "’s": true, "not": true, "get": true, "gets": true, "remain": true,
	"remains": true, "seem": true, "seems": true, "become": true, "becomes": true,
	// Determiners and degree words make an -ed form an adjective: "a still unspecified date", "the
	// planned visit", "a very limited run".
	"a": true, "an": true, "the": true, "this": true, "that": true, "its": true, "his": true, "her": true,
	"their": true, "our": true, "still": true, "very": true, "more": true, "most": true, "so": true,
	"too": true, "less": true, "well": true, "newly": true,
}

// Limits of the look-around, in tokens: the verb that governs a date is usually close to it.
const (
	tenseLookBehind = 20
	tenseLookAhead  = 12
	reportingReach  = 3
)

// tenseAround returns the tense of the clause around tokens [i, j): the nearest tense cue in the same
// sentence wins, earlier cues first on a tie.
func (s *dateScanner) tenseAround(i, j int) tense {
	sent := s.sentenceBounds(i)
	best, bestDist := tenseUnknown, 1<<30
	consider := func(k, dist int, before bool) {
		if dist >= bestDist {
			return
		}
		if t := s.cueAt(k, dist, before); t != tenseUnknown {
			best, bestDist = t, dist
		}
	}
	for k := i - 1; k >= sent.Start && i-k <= tenseLookBehind; k-- {
		if s.clauseBreak(k) {
			break
		}
		consider(k, i-k, true)
	}
	if s.frontedAdverbial(sent, i, j) {
		// The first verb of the main clause decides, a reporting verb too ("On Tuesday, the
		// government announced …").
		for k := j + 1; k < sent.End; k++ {
			if s.clauseBreak(k) {
				break
			}
			if t := s.cueAt(k, 1, false); t != tenseUnknown {
				if t == tensePerfect {
					return tenseUnknown
				}
				return t
			}
		}
		return tenseUnknown
	}
	for k := j; k < sent.End && k-j < tenseLookAhead; k++ {
		// "the call on July 25 how its disclosure would play": a question word after the date opens
		// a clause of its own time.
		if s.clauseBreak(k) || isWhWord(s.low[k]) {
			break
		}
		consider(k, k-j+1, false)
	}
	if best == tensePerfect {
		return tenseUnknown
	}
	return best
}

// frontedAdverbial reports whether the date at tokens [i, j) opens its sentence, alone or after a
// preposition, and a comma follows: "In January, a week after the anniversary, a bomb killed a guard."
// The main clause after the comma tells its time, however long the phrases before its verb.
func (s *dateScanner) frontedAdverbial(sent nlp.Range, i, j int) bool {
	if j >= sent.End || s.toks[j].Text != "," {
		return false
	}
	return i == sent.Start || i == sent.Start+1 && (s.low[sent.Start] == "in" || s.low[sent.Start] == "on")
}

// clauseBreak stops the look-around at semicolons and colons, and at quotation marks, which separate
// the reporter's time from the quoted speaker's.
func (s *dateScanner) clauseBreak(k int) bool {
	t := s.toks[k].Text
	// The first byte turns away every other token: the look-around asks about some thirty per date.
	if c := t[0]; c != ';' && c != ':' && c != '"' && c != "“"[0] {
		return false
	}
	switch t {
	case ";", ":", "\"", "“", "”":
		return true
	}
	return false
}

// finiteOnly are past cues that are never participles; the others read as past only when no auxiliary
// before them makes them a passive, an infinitive or a present perfect ("will be held", "is to be
// announced", "have geared up").
var finiteOnly = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "ago": true, "yesterday": true, "since": true,
	"earlier": true, "went": true, "came": true, "took": true, "began": true, "gave": true, "saw": true,
	"spoke": true, "fell": true, "rose": true, "ran": true, "became": true, "knew": true, "broke": true,
	"wrote": true, "chose": true, "flew": true, "drew": true, "grew": true, "threw": true, "fled": true,
	"swore": true, "drove": true, "withdrew": true, "oversaw": true, "hid": true, "stood": true, "sat": true,
}

// participleAuxiliaries before a participle take away its past time.
var participleAuxiliaries = map[string]bool{
	"has": true, "have": true, "having": true,
}

// cueAt reads token k as a tense cue, dist tokens away from the date (before it or after it). Three
// kinds of cue are tried in turn: a deadline or schedule right before the date, a word that looks
// ahead, a past form or reporting verb.
func (s *dateScanner) cueAt(k, dist int, before bool) tense {
	if !mayBeCue(s.low[k]) {
		return tenseUnknown
	}
	if before {
		if t := s.deadlineCue(k, dist); t != tenseUnknown {
			return t
		}
	}
	if t, ok := s.futureCue(k); ok {
		return t
	}
	return s.pastCue(k, dist)
}

// cueWords are the words that one of the three kinds of cue may read as a cue; the others are cues
// only by their ending ('ll, -ed). The look-around asks about some thirty tokens around each date, and
// most of them are none of these: mayBeCue turns them away with one filtered lookup instead of the
// five that the three kinds ask in turn.
var cueWords = func() map[string]bool {
	set := map[string]bool{"by": true, "as": true, "until": true, "till": true, "is": true, "are": true}
	for _, m := range []map[string]bool{scheduleVerbs, futureCues, reportingVerbs, pastCues} {
		for w, yes := range m {
			if yes {
				set[w] = true
			}
		}
	}
	return set
}()

var cueWordFilter = lexicon.FilterOf(cueWords)

// mayBeCue reports whether cueAt may read w as a cue; false means it certainly reads none.
func mayBeCue(w string) bool {
	if cueWordFilter.MayHave(w) && cueWords[w] {
		return true
	}
	// The endings are 'll and -ed: their last letter spares most words the suffix tests.
	switch w[len(w)-1] {
	case 'l':
		return isFutureSuffix(w)
	case 'd':
		return len(w) > 4 && strings.HasSuffix(w, "ed")
	}
	return false
}

// deadlineCue reads token k, dist tokens before the date, as a deadline or a schedule that places the
// date ahead ("by May", "meet Monday", "until Tuesday"), or returns tenseUnknown.
func (s *dateScanner) deadlineCue(k, dist int) tense {
	w := s.low[k]
	// A deadline right before the date looks ahead: "by May", "as soon as Tuesday", "as early as
	// Tuesday".
	if dist == 1 && (w == "by" || (w == "as" && (s.word(k-1) == "soon" || s.word(k-1) == "early") && s.word(k-2) == "as")) {
		// "was used a million times by Thursday night": a past clause counts up to the day, it does not
		// look ahead to it.
		if w == "by" && s.finitePastBefore(k) {
			return tensePast
		}
		return tenseFuture
	}
	// "meet separately Monday", "the vote is Tuesday": a present-tense verb of a scheduled event right
	// before the day announces it.
	if dist <= scheduleReach && scheduleVerbs[w] && !s.toks[k].IsCapitalized() {
		// "the call on July 25", "its vote Tuesday": after a determiner the word is a noun.
		if s.onlyAdverbsBetween(k, dist) && !pastAuxiliaries[s.word(k-1)] && !adjectiveDeterminers[s.word(k-1)] {
			return tenseFuture
		}
	}
	// "has given the relatives until 9 a.m. Tuesday", "extended its deadline until Tuesday": a
	// deadline lies ahead of the report that sets it.
	if dist <= untilReach && (w == "until" || w == "till") && s.sentenceHas(k, "deadline", "ultimatum", "given", "extended") && !s.finitePastBefore(k) {
		return tenseFuture
	}
	return tenseUnknown
}

// futureCue reads token k as a word that looks ahead ("will", "scheduled", "next", "they'll", "is
// to"). ok is false when it is none; when it is one, the tense may still be unknown or past ("next to
// the embassy", "was due to").
func (s *dateScanner) futureCue(k int) (t tense, ok bool) {
	w := s.low[k]
	if futureCues[w] {
		if w == "next" && s.word(k+1) == "to" {
			return tenseUnknown, true // "next to the embassy"
		}
		// "the hastily planned trip", "a long-delayed vote": a participle used as an adjective does not
		// tell when.
		if strings.HasSuffix(w, "ed") {
			prev := s.word(k - 1)
			if strings.HasSuffix(prev, "ly") {
				prev = s.word(k - 2)
			}
			if adjectiveDeterminers[prev] {
				return tenseUnknown, true
			}
		}
		// "was due to expire", "had been scheduled to": a plan seen from the past.
		switch s.word(k - 1) {
		case "was", "were", "been":
			if w == "due" || w == "scheduled" || w == "expected" || w == "set" || w == "slated" {
				return tensePast, true
			}
		}
		// "going to", "set to", "due to": only with the infinitive after them.
		switch w {
		case "going", "set", "due", "plan", "plans", "hope", "hopes", "aims", "intends":
			nx := s.word(k + 1)
			if nx != "to" && !(w == "set" && nx == "for") && !(w == "due" && nx == "on") {
				return tenseUnknown, true
			}
		}
		return tenseFuture, true
	}
	if isFutureSuffix(w) {
		return tenseFuture, true
	}
	// "is to meet", "are to hold": the future of plans.
	if (w == "is" || w == "are") && s.word(k+1) == "to" {
		return tenseFuture, true
	}
	return tenseUnknown, false
}

// pastCue reads token k, dist tokens from the date, as a past form or a reporting verb: past unless an
// auxiliary makes it a participle of another time ("will be held", "has extended": a present perfect),
// or a reporting verb stands too far from the date to give its time.
func (s *dateScanner) pastCue(k, dist int) tense {
	w := s.low[k]
	reporting := reportingVerbs[w]
	regular := len(w) > 4 && strings.HasSuffix(w, "ed") && s.toks[k].IsWord() && !s.toks[k].IsCapitalized()
	if !reporting && !pastCues[w] && !regular {
		return tenseUnknown
	}
	// "were planning to drive on Monday", "was going to vote": the plan still lies ahead; the words
	// after the auxiliary decide.
	if (w == "was" || w == "were") && progressivePlans[s.word(k+1)] {
		return tenseUnknown
	}
	if !finiteOnly[w] {
		prev := s.word(k - 1)
		if strings.HasSuffix(prev, "ly") || prev == "not" || prev == "also" || prev == "already" || prev == "just" {
			prev = s.word(k - 2)
		}
		if participleAuxiliaries[prev] && !reporting {
			return tensePerfect
		}
		if notPastParticiple[prev] || participleAuxiliaries[prev] {
			return tenseUnknown
		}
	}
	if reporting {
		// A reporting verb gives the time of the report, not of what is reported: it counts only
		// right next to the date ("said Friday", "told reporters on Monday").
		if dist > reportingReach || w == "says" {
			return tenseUnknown
		}
	}
	return tensePast
}

// isFutureSuffix recognises contractions of will: "they'll", "we’ll".
func isFutureSuffix(w string) bool {
	return strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll")
}

// possessiveWeekdayTense reads "Wednesday's ruling": an event named by its day is usually past, unless
// the words before it look ahead ("ahead of Sunday's election", "before Monday's vote").
func (s *dateScanner) possessiveWeekdayTense(first, last int, t tense) tense {
	if nx := s.word(last); nx != "'s" && nx != "’s" {
		return t
	}
	switch s.word(first - 1) {
	case "before", "for", "until", "upcoming":
		return tenseFuture
	case "of":
		if s.word(first-2) == "ahead" || s.word(first-2) == "eve" {
			return tenseFuture
		}
	}
	if t == tenseFuture && futureCues[s.word(first-1)] {
		return t
	}
	return tensePast
}

// finitePastReach is how far back finitePastBefore looks for the clause's verb.
const finitePastReach = 12

// finitePastBefore reports whether a finite past form ("was", "were", "had", "fled") stands in the
// same clause within a few tokens before token k.
func (s *dateScanner) finitePastBefore(k int) bool {
	sent := s.sentenceBounds(k)
	for i := k - 1; i >= sent.Start && k-i <= finitePastReach; i-- {
		if s.clauseBreak(i) {
			return false
		}
		if finiteOnly[s.low[i]] && s.low[i] != "since" && s.low[i] != "earlier" {
			// "was to leave by Friday", "were expected to finish by Friday" still look ahead.
			nx := s.word(i + 1)
			return nx != "to" && !futureCues[nx]
		}
	}
	return false
}

// scheduleVerbs in the present tense, right before a day, announce a scheduled event: "the two leaders
// meet Monday", "the envoy arrives Tuesday", "the vote is Friday".
var scheduleVerbs = map[string]bool{
	// Base forms that are seldom nouns.
	"meet": true, "begin": true, "arrive": true, "leave": true, "travel": true, "resume": true,
	"convene": true, "fly": true, "expire": true, "are": true,
	// Third-person forms; their base forms are also nouns ("a bright start on Saturday", "the vote").
	"meets": true, "begins": true, "starts": true, "arrives": true, "leaves": true, "visits": true,
	"travels": true, "returns": true, "resumes": true, "votes": true, "convenes": true, "opens": true,
	"flies": true, "expires": true, "is": true, "faces": true, "hosts": true, "plays": true,
}

// pastAuxiliaries before a present form make it part of a past or negated construction ("did meet",
// "didn't return"), an infinitive governed by another verb ("had been due to expire Friday") or a
// noun ("the leaves").
var pastAuxiliaries = map[string]bool{
	"to": true, "did": true, "didn't": true, "the": true, "a": true, "an": true, "his": true, "her": true,
	"its": true, "their": true, "this": true, "that": true, "first": true, "last": true,
}

// Reaches, in tokens, of the schedule verb and of "until" before the day they govern.
const (
	scheduleReach = 3
	untilReach    = 5
)

// onlyAdverbsBetween reports whether the dist-1 tokens after token k are adverbs or "on" ("meet
// separately on Monday").
func (s *dateScanner) onlyAdverbsBetween(k, dist int) bool {
	for i := k + 1; i < k+dist; i++ {
		w := s.word(i)
		if w != "on" && w != "again" && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return true
}

// progressivePlans after "was"/"were" make a plan that is still ahead of the report.
var progressivePlans = map[string]bool{"planning": true, "going": true, "preparing": true, "hoping": true}

// adjectiveDeterminers before a participle make it an adjective ("the planned visit").
var adjectiveDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "our": true,
	"this": true, "that": true,
}

// isWhWord reports whether w opens an embedded question, whose tense is not the date's. A switch, not
// a map: the look-ahead asks it about a dozen tokens after every date.
func isWhWord(w string) bool {
	switch w {
	case "how", "whether", "why", "what":
		return true
	}
	return false
}
