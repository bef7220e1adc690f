package people

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// nameSeg is a stretch of name words inside a capitalised run: a possible mention of a person, with
// the evidence around it.
type nameSeg struct {
	run    *nameRun
	lo, hi int // items [lo, hi) of the run
	r      nlp.Range
	words  []string // lower-case words, for matching

	titles   []nlp.Range // titles written at this mention
	strong   bool        // a title, an honorific, an apposition, an age or "the X government" says person
	medium   bool        // a given name, an East Asian name shape or a reporting verb says person
	veto     bool        // an organisation or place word, a place preposition or "the" says not a person
	weakVeto bool        // "of" before it: "the town of Novi Travnik"
	weak     bool        // unknown words with nothing against them
	// openerOnly marks an ordinary word capitalised only because it opens a sentence: it can be a
	// mention of a known person but is no evidence of one.
	openerOnly bool
	headline   bool
	// speech marks a reporting verb of people's speech (see personSpeechVerbs) right after the name ("Haddad said") or right before it at the
	// end of a clause ("said Mauer."): evidence for a person, but also for an organisation or a
	// capital speaking for its government ("Moscow said").
	speech bool
}

func (s *nameSeg) firstTok() int { return s.run.items[s.lo].first() }
func (s *nameSeg) lastTok() int  { return s.run.items[s.hi-1].last() }

// segments splits each run into stretches of name words and gathers their evidence.
func (d *doc) segments(runs []nameRun) []nameSeg {
	n := 0 // a segment starts at a name word, an initial or an opener: at most one per such item
	for _, r := range runs {
		for _, it := range r.items {
			if it.class == itemName || it.class == itemInitial || it.class == itemOpener {
				n++
			}
		}
	}
	// n bounds the segments, but a run of a million names makes one: start smaller and grow.
	segs := make([]nameSeg, 0, min(n, 64+len(runs)))
	for ri := range runs {
		run := &runs[ri]
		items := run.items
		// The stretch of name parts a scan from lo reaches, and where trimming it ended, kept for the
		// next lo inside the same stretch: a run of initials ("J. R. J. R. …") is then walked once
		// rather than once per item.
		scanEnd, trimOf, trimEnd := -1, -1, -1
		for lo := 0; lo < len(items); {
			if it := items[lo]; it.class == itemOpener && it.atStart && !functionWords[it.lower] {
				// "Bush later spoke": an ordinary word opening a sentence may still be a known
				// person's name; it can join one but never introduce one.
				segs = append(segs, nameSeg{run: run, lo: lo, hi: lo + 1, headline: run.headline, r: d.itemRange(&it),
					words: []string{it.key()}, veto: true, openerOnly: true})
				lo++
				continue
			}
			if !isNamePart(items[lo].class) || items[lo].class == itemParticle || items[lo].class == itemSuffix {
				lo++
				continue
			}
			hi := lo + 1
			if lo+1 < scanEnd {
				hi = scanEnd // items [lo, scanEnd) are name parts: the last scan went through them
			}
			for hi < len(items) && (isNamePart(items[hi].class) || d.surnameAfterTitle(items, lo, hi)) {
				hi++
			}
			scanEnd = hi
			// A name does not end in a particle or an initial ("Charles G. and David H. Koch").
			if hi == trimOf {
				hi = max(trimEnd, lo+1)
			} else {
				trimOf = hi
				for hi > lo+1 && (items[hi-1].class == itemParticle || items[hi-1].class == itemInitial) {
					hi--
				}
				trimEnd = hi
			}
			hi = d.secondNameCut(items, lo, hi)
			// "Scientologist Tom Cruise", "Relations Alia Salem": capitalised words before a given name
			// that does not open the stretch belong to what precedes the name.
			if hi-lo >= 3 && !lexicon.IsGivenName(items[lo].lower) && items[lo].class == itemName {
				for k := lo + 1; k < hi-1; k++ {
					if items[k].class == itemName && lexicon.IsGivenName(items[k].lower) && len(items[k].word) > 2 && !lexicon.NameParticles[items[k].lower] {
						lo = k
						break
					}
				}
			}
			// "A 4-to-4 tie", "Gov. Phil Bryant (R)", "Buffalo, N.Y.": initials alone name no one.
			if allInitials(items[lo:hi]) {
				lo = hi
				continue
			}
			seg := nameSeg{run: run, lo: lo, hi: hi, headline: run.headline,
				r: nlp.Range{Start: d.Tokens[items[lo].first()].Start, End: d.Tokens[items[hi-1].last()].End}}
			seg.words = make([]string, hi-lo)
			for k := lo; k < hi; k++ {
				seg.words[k-lo] = items[k].key()
			}
			d.weigh(&seg)
			segs = append(segs, seg)
			lo = hi
		}
	}
	return segs
}

// roleBeforeCountry reports whether the run's words before items[lo] are countries that a lower-case
// role and "to" or "of" introduce: "ambassador to Kenya Prudence Bushnell", "envoy to the United
// Nations Ann Lee" stop being a country's name at the person's.
func (d *doc) roleBeforeCountry(items []nameItem, lo, slo int) bool {
	for _, it := range items[:lo] {
		if it.class != itemNation {
			return false
		}
	}
	k := items[0].first() - 1
	if k >= slo && d.Lower[k] == "the" {
		k--
	}
	if k-1 < slo {
		return false
	}
	w := d.Lower[k]
	return (w == "to" || w == "of") && lexicon.RoleNouns[d.Lower[k-1]]
}

// surnameAfterTitle reports whether the place or organisation word at items[hi] is a surname: it
// follows a given name that a title or an honorific introduces ("Trade Representative Carla Hills",
// "Justice Sandra Day O'Connor"), where "Beverly Hills" alone is a place.
func (d *doc) surnameAfterTitle(items []nameItem, lo, hi int) bool {
	if items[hi].class != itemOrg || !surnameOrgWords[items[hi].lower] || lo == 0 {
		return false
	}
	if c := items[lo-1].class; c != itemTitle && c != itemHonorific {
		return false
	}
	return hi == lo+1 && lexicon.IsGivenName(items[lo].lower) && items[lo].class == itemName
}

// surnameOrgWords are place and organisation words that are also common surnames.
var surnameOrgWords = lexicon.Words("people/surname_org_words")

// secondNameCut ends a stretch that opens with a full name where a second name or a place begins:
// "Donald Trump Ties Mary Smith" (an ordinary word before a given name, as in a headline written
// in title case), "the Ted Cruz South Carolina victory party" (a place opener after the name).
// The ordinary word is left to open the next stretch, which the rule for words before a given
// name then drops.
func (d *doc) secondNameCut(items []nameItem, lo, hi int) int {
	if hi-lo < 3 || !lexicon.IsGivenName(items[lo].lower) || items[lo].class != itemName {
		return hi
	}
	for k := lo + 2; k < hi; k++ {
		it := items[k]
		if it.class != itemName {
			continue
		}
		if placeOpeners[it.lower] && k+1 < hi && items[k+1].class == itemName {
			return k
		}
		prev := items[k-1]
		if k >= lo+3 && lexicon.IsGivenName(it.lower) && len(it.word) > 2 && !lexicon.NameParticles[it.lower] &&
			prev.class == itemName && lexicon.IsEnglishWord(prev.lower) && !lexicon.IsGivenName(prev.lower) {
			return k - 1
		}
	}
	return hi
}

// allInitials reports whether items are nothing but initials.
func allInitials(items []nameItem) bool {
	for _, it := range items {
		if it.class != itemInitial {
			return false
		}
	}
	return true
}

func isNamePart(class uint8) bool {
	return class == itemName || class == itemInitial || class == itemParticle || class == itemSuffix
}

// nameKey is the form of a name word used for matching: lower case, without periods.
func nameKey(w string) string {
	return strings.ToLower(strings.ReplaceAll(w, ".", ""))
}

// tokenKey is nameKey of token i, read from its lower case (without allocating unless it has periods).
func (d *doc) tokenKey(i int) string {
	if lw := d.Lower[i]; strings.IndexByte(lw, '.') < 0 {
		return lw
	}
	return strings.ReplaceAll(d.Lower[i], ".", "")
}

// weigh gathers the evidence for and against seg being a person's name, in this order (later steps
// read what earlier ones found, chiefly whether a title already made the name strong): titles around
// the name, what follows the run, the name's own words, what precedes it inside the run and before
// the run, and last the weak evidence of unfamiliar words.
func (d *doc) weigh(seg *nameSeg) {
	slo, shi := d.sentenceTokens(seg.run.sent)
	d.weighTitles(seg, slo, shi)
	d.weighFollowing(seg, slo, shi)
	given := d.weighWords(seg)
	d.weighInsideRun(seg, slo, given)
	d.weighBeforeRun(seg, slo, given)
	weighUnfamiliar(seg)
	// "the ancient gods, such as Zeus, Hera and Athena", "artists including Matisse": a list after
	// people named by their kind.
	if !seg.veto && !seg.weakVeto && d.listOfPeople(seg.firstTok(), slo) {
		seg.strong = true
	}
	// "Airbus A350-900", "SoftBank": a model number or two words run together name a thing.
	for _, it := range seg.run.items[seg.lo:seg.hi] {
		if hasDigit(it.word) || compoundBrand(it.word) {
			seg.veto, seg.strong, seg.weak = true, false, false
		}
	}
}

func hasDigit(w string) bool {
	for k := 0; k < len(w); k++ {
		if '0' <= w[k] && w[k] <= '9' {
			return true
		}
	}
	return false
}

// compoundBrand reports whether w is two ordinary English words written as one with a capital inside
// ("SoftBank", "YouTube", "PayPal"), a brand's shape; "McCain", "DeSantis", "MacArthur" are not.
func compoundBrand(w string) bool {
	for i := 2; i < len(w)-2; i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			head, tail := strings.ToLower(w[:i]), strings.ToLower(w[i:])
			return len(head) >= 3 && len(tail) >= 3 && lexicon.IsEnglishWord(head) && lexicon.IsEnglishWord(tail) &&
				!lexicon.IsGivenName(w[:i]) && !lexicon.IsGivenName(w[i:])
		}
	}
	return false
}

// sentenceTokens returns the token range [slo, shi) of sentence i.
func (d *doc) sentenceTokens(i int) (slo, shi int) {
	r := d.SentenceTokens[i]
	return r.Start, r.End
}

// weighTitles reads the titles around the name: before it a title, an honorific or a comma-set role,
// after it an apposition or an age.
func (d *doc) weighTitles(seg *nameSeg, slo, shi int) {
	items := seg.run.items
	first, last := seg.firstTok(), seg.lastTok()

	// Before the name: a title, an honorific, or a comma-set role.
	phraseStart := first // where the name with its title begins
	if titles, ok, hon := d.prenominalTitle(first, slo); ok || hon {
		seg.strong = true
		if d.nameAsModifier(titles, last, shi) {
			// "a major Warhol donor program": the name modifies a noun; the word before it
			// qualifies that noun, it is no title.
			titles = nil
		}
		seg.titles = append(seg.titles, titles...)
		for _, t := range titles {
			phraseStart = min(phraseStart, d.TokenIndex(t.Start))
		}
	}
	// "The leader of the advance party, Major-General Zhou Borong".
	if t, ok := d.commaTitle(phraseStart, slo); ok {
		seg.strong = true
		seg.titles = append(seg.titles, t)
	}
	// After the name: apposition or age. A possessive ("Hale's office") starts a noun phrase of its
	// own, never an apposition.
	if after := last + 1; seg.hi == len(items) && !(after < shi && isPossessive(d.Tokens[after].Text)) {
		if titles, age := d.appositiveTitles(after, shi); len(titles) > 0 || age {
			seg.strong = true
			seg.titles = append(seg.titles, titles...)
		}
	}
}

// weighFollowing reads what follows the whole run: an organisation or rank word, a context noun
// ("administration"), a group noun ("family"), a role the run belongs to, or a reporting verb.
func (d *doc) weighFollowing(seg *nameSeg, slo, shi int) {
	items := seg.run.items
	// What follows the whole run.
	runEnd := items[len(items)-1].last() + 1
	if seg.hi < len(items) && items[seg.hi].class == itemOrg {
		seg.veto = true
	}
	// "Former Campaign Senior Adviser Ann Lee", "the paper's Political Editor": a stretch followed
	// by a rank is what the rank belongs to, as with a lower-case role ("party leader Ann Lee").
	// "Party Leader, Running For Congress": one word before a capitalised function word is a
	// headline's word, whatever title precedes it.
	if seg.hi-seg.lo == 1 && seg.hi < len(items) && items[seg.hi].class == itemOpener && headlineWords(items[seg.hi].lower) {
		seg.veto = true
	}
	if seg.hi < len(items) && items[seg.hi].class == itemTitle && !seg.strong {
		seg.veto = true
	}
	if seg.hi == len(items) && runEnd < shi {
		next := d.Lower[runEnd]
		switch {
		case lexicon.PersonContextCues[next]:
			seg.strong = true
		case lexicon.LowerPlaceCues[next] || kinGroupNouns[next]:
			// "the Gonzalez family", "the Kennedy clan": a group, not one person.
			seg.veto = true
		case !seg.strong && (lexicon.RoleNouns[next] || runEnd+1 < shi && next == d.Tokens[runEnd].Text &&
			lexicon.RoleNouns[d.Tokens[runEnd+1].Text] && !functionWords[next] &&
			!(isPossessive(next) && seg.hi-seg.lo >= 2 && lexicon.IsGivenName(items[seg.lo].lower))):
			// "Sinn Fein leader Gerry Adams", "Sinn Fein party leader", "Du Pont's chairman": the run
			// names what the role belongs to. A full name with a known given name before a possessive
			// ("Hillary Clinton's spokesman") names the person the role serves.
			seg.veto = true
		case nameEndingVerbs[next]:
			seg.medium = true
			seg.speech = personSpeechVerbs[next]
		}
	}
	// ", said Mauer, ": a reporting verb before a name that ends its clause. Not enough alone even
	// for several words (", said Human Rights Watch.").
	if seg.lo == 0 && seg.hi == len(items) && items[0].first() > slo && personSpeechVerbs[d.Tokens[items[0].first()-1].Text] &&
		(runEnd >= shi || isAppositionEnd(d.Tokens[runEnd].Text)) {
		seg.speech = true
	}
}

// weighWords reads the name's own words: place openers, repeated or function words, a known given
// name, the shape of an East Asian name, initials before an unfamiliar surname. It reports whether
// the name starts with a known given name.
func (d *doc) weighWords(seg *nameSeg) (given bool) {
	items := seg.run.items
	// The name itself.
	n := seg.hi - seg.lo
	if placeOpeners[seg.words[0]] || n >= 2 && allSame(seg.words) {
		seg.veto = true
	}
	if n == 1 && functionWords[seg.words[0]] {
		seg.veto, seg.strong = true, false
	}
	given = n >= 2 && lexicon.IsGivenName(items[seg.lo].lower) && items[seg.lo].class == itemName
	if given || n >= 2 && n <= 3 && eastAsianName(items[seg.lo:seg.hi]) {
		seg.medium = true
	}
	// Initials and an unfamiliar surname ("K. Ramaswamy", "AS Heagle").
	// A lone capital without a period is no initial ("A Reuters poll").
	if first := items[seg.lo]; n >= 2 && first.class == itemInitial && (first.lastTok > first.firstTok || utf8.RuneCountInString(first.word) > 1) &&
		items[seg.hi-1].class == itemName && !lexicon.IsEnglishWord(items[seg.hi-1].lower) && !brandShapedSeg(items[seg.lo:seg.hi]) {
		seg.medium = true
	}
	return given
}

// weighInsideRun reads what precedes the name inside its capitalised run.
func (d *doc) weighInsideRun(seg *nameSeg, slo int, given bool) {
	items := seg.run.items
	n := seg.hi - seg.lo
	// What precedes the name inside the run: "British Red Cross", "USI Art Collections", "The Velvet
	// Underground" are names of things.
	if seg.lo > 0 {
		prev := items[seg.lo-1]
		switch {
		case prev.class == itemNation && n >= 2 && (given || !lexicon.IsEnglishWord(items[seg.hi-1].lower)) && d.roleBeforeCountry(items, seg.lo, slo):
			// "ambassador to Kenya Prudence Bushnell": the country ends the role.
			seg.strong = true
		case prev.class == itemNation && given && (n == 2 || n == 3 && !lexicon.IsEnglishWord(items[seg.hi-1].lower)) &&
			(partyWords[prev.lower] || lexicon.Nationalities[prev.lower] && !looksLikeCountry(prev.lower)):
			// "Russian Vladimir Putin", "Republican Ted Cruz", "Democrat Barbara Lee": a nationality
			// or party adjective before a full name that opens with a known given name describes the
			// person (a third word must not be an English one: "Irish Rose Festival"). A place does not
			// ("the White House James S. Brady briefing room" is named after him).
		case prev.class == itemNation || prev.class == itemAcronym,
			prev.class == itemOpener && articleWords[prev.lower]:
			if !seg.strong {
				seg.veto = true
			}
		case seg.lo == 1 && prev.class == itemOpener && lexicon.PlacePrepositions[prev.lower] && !(given && prev.lower == "from"):
			// "In Nairobi, a police official said": a capitalised preposition opening the sentence.
			seg.veto = true
		}
	}
}

// weighBeforeRun reads the word before the whole run.
func (d *doc) weighBeforeRun(seg *nameSeg, slo int, given bool) {
	items := seg.run.items
	// What precedes the whole run: "in Hebron", "the Guardian", "the novel Angel Catbird". A full name
	// with a known given name survives a preposition or an article ("from Kevin De Bruyne's assist",
	// "the Tom Cruise video").
	runStart := items[0].first()
	if seg.lo == 0 && runStart > slo {
		prev := d.Lower[runStart-1]
		switch {
		case prev == "state" && runStart-3 >= slo && d.Lower[runStart-2] == "of" &&
			lexicon.RoleNouns[d.Lower[runStart-3]]:
			// "head of state Arpad Goencz", "secretary of state Madeleine Albright".
			seg.strong = true
		case workNouns[prev] || lexicon.LowerPlaceCues[prev] || lexicon.LowerPlaceCues[strings.TrimSuffix(prev, "s")]:
			seg.veto = true
		case lexicon.PlacePrepositions[prev] && !(given && (prev == "from" || prev == "into" || d.possessiveAfter(seg))), prev == "the" && !given:
			// "an inquiry into Joe Biden": a full name with a known given name is a person's after
			// "into" as after "from".
			seg.veto = true
		case prev == "to" && runStart-2 >= slo && motionWords[d.Lower[runStart-2]]:
			// "headed to Cairo", "a flight to Addis Ababa".
			seg.veto = true
		case (prev == "of" || prev == "on" || prev == "for") && runStart-2 >= slo && isCapital(d.Tokens[runStart-2].Text) &&
			isOrgCue(d.Lower[runStart-2]):
			// "the Bureau of Labor Statistics", "University of North Carolina".
			seg.veto = true
		case prev == "of" && !seg.strong && !given:
			seg.weakVeto = true
		}
	}
}

// weighUnfamiliar marks the weak evidence of a name nothing else decided.
func weighUnfamiliar(seg *nameSeg) {
	items := seg.run.items
	n := seg.hi - seg.lo
	// No evidence either way: a short stretch of words that are neither English words nor known
	// given names, inside a sentence ("Romelu Lukaku", "Antija Zlatun") is most likely a name.
	if !seg.medium && !seg.strong && !seg.veto && !seg.weakVeto && n >= 2 && n <= 3 && !items[seg.lo].atStart {
		weak := true
		for _, it := range items[seg.lo:seg.hi] {
			if it.class != itemName || lexicon.IsEnglishWord(it.lower) {
				weak = false
			}
		}
		seg.weak = weak
	}
}

func brandShapedSeg(items []nameItem) bool {
	for _, it := range items {
		if brandShaped(it.word) {
			return true
		}
	}
	return false
}

// motionWords before "to" make what follows a destination.
var motionWords = lexicon.Words("people/motion_words")

// placeOpeners open names of regions and places, never of people ("North Carolina", "San Juan").
var placeOpeners = lexicon.Words("people/place_openers")

func allSame(words []string) bool {
	for _, w := range words[1:] {
		if w != words[0] {
			return false
		}
	}
	return true
}

// workNouns name works, vehicles, warships, brands and businesses; a capitalised run right after one
// is its title or name ("the novel Angel Catbird", "the ship Freewinds", "the carrier Dwight D.
// Eisenhower", "French banks Credit Lyonnais and …").
var workNouns = lexicon.Words("people/work_nouns")

// kinGroupNouns after a surname make it a family's name, a group rather than a person.
var kinGroupNouns = lexicon.Words("people/kin_group_nouns")

func isPossessive(t string) bool { return t == "'s" || t == "’s" || t == "'S" || t == "’S" }

// eastAsianName recognises "Kim Jong-un", "Lee Cheuk-yan", "Hwang Hee-Chan": a short family name and
// a hyphenated given name of two short syllables.
func eastAsianName(items []nameItem) bool {
	if utf8.RuneCountInString(items[0].word) > 5 || isAcronym(items[0].word) {
		return false
	}
	last := items[len(items)-1].word
	parts := strings.Split(last, "-")
	if len(parts) != 2 {
		return false
	}
	// The second syllable is short or written in lower case ("Joo-Ho", "Cheuk-yan"), unlike a
	// double-barrelled surname ("Holtz-Eakin").
	if second := parts[1]; utf8.RuneCountInString(second) > 4 && isCapital(second) {
		return false
	}
	for _, p := range parts {
		n := utf8.RuneCountInString(p)
		if n < 2 || n > 6 {
			return false
		}
		for _, r := range p {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// peopleKindNouns name kinds of people a list of names may follow ("leaders such as …").
var peopleKindNouns = lexicon.Words("people/people_kind_nouns")

// listOfPeople reports whether the name at token k stands in a list opened by "such as" or
// "including" right after a plural noun for people.
func (d *doc) listOfPeople(k, slo int) bool {
	j := k - 1
	for j >= slo && j > k-40 {
		t := d.Tokens[j].Text
		lt := d.Lower[j]
		if lt == "including" || lt == "as" && j > slo && strings.EqualFold(d.Tokens[j-1].Text, "such") {
			if lt == "as" {
				j--
			}
			j--
			if j >= slo && d.Tokens[j].Text == "," {
				j--
			}
			return j >= slo && peopleKindNouns[d.Lower[j]]
		}
		if t != "," && lt != "and" && lt != "or" && !isCapital(t) {
			return false
		}
		j--
	}
	return false
}

// possessiveAfter reports whether a possessive follows the name: "in Bruce Wayne's manor" names a
// person's place, not a place.
func (d *doc) possessiveAfter(seg *nameSeg) bool {
	k := seg.lastTok() + 1
	return seg.hi == len(seg.run.items) && k < len(d.Tokens) && isPossessive(d.Tokens[k].Text)
}
