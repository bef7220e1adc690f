package people

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// Some one-word names have no evidence but a reporting verb: "Haddad said" names a person,
// "Moscow said" a government and "Verizon said" a company. The rules cannot tell them apart without
// a gazetteer, so prose's NER decides, run only on the sentences that hold such a name (most
// articles have none). prose also calls many companies persons, so a name the article elsewhere
// uses as a thing's ("Forbes magazine", "at Verizon", "Wikinews reporters"), or that is shaped like
// a brand ("YouTube"), is never a person here.

// personSpeechVerbs report what a person says in person (lexicon.MakesPerson): the verb alone makes
// the name before it a person, so the set leaves out what companies, agencies and newsrooms do as
// often as people ("announce", "observe", "confirm").
var personSpeechVerbs = lexicon.ReportingVerbSet(lexicon.MakesPerson)

// nameEndingVerbs follow a speaker, "X said", "X told reporters" (lexicon.EndsName): finite forms,
// belief verbs included, because the verb marks where a name ends, not that the name is a person's.
var nameEndingVerbs = lexicon.ReportingVerbSet(lexicon.EndsName)

// undecided reports whether s is a one-word name, not yet a known person's, whose only evidence is
// a reporting verb next to it.
func (b *personBuilder) undecided(s *nameSeg) bool {
	if len(s.words) != 1 || !s.speech || s.strong || s.veto || s.weakVeto || s.headline || s.openerOnly {
		return false
	}
	it := s.run.items[s.lo]
	if it.class != itemName || lexicon.IsEnglishWord(it.lower) && !lexicon.IsGivenName(it.lower) || brandShaped(it.word) {
		return false
	}
	return len(b.matchWord(s.words[0])) == 0 && b.surnameVariant(s) == nil && !b.coordinatedWithPlace(s)
}

// proseTieBreak turns the tie-breaker on; benchmarks turn it off to measure the rules alone.
var proseTieBreak = true

// tieBreak introduces the undecided names that prose reads as a person's. prose reads only a
// window around each one; the model loads on the first article that needs it.
func (b *personBuilder) tieBreak(segs []nameSeg) {
	var undecided []*nameSeg
	for i := range segs {
		if b.undecided(&segs[i]) {
			undecided = append(undecided, &segs[i])
		}
	}
	if len(undecided) == 0 {
		return
	}
	things := b.d.thingWords()
	// A word prose calls a person at most of its reporting verbs is one; a word it calls a place or
	// an organisation as often ("Microsoft says") is not reliably a person.
	votes := map[string]int{}
	asked := map[proseQuestion]bool{}
	budget := proseBudget(len(b.d.Text))
	for _, s := range undecided {
		w := s.words[0]
		if things[w] || b.countryOfText(w) {
			votes[w] -= len(undecided) // never a person
			continue
		}
		person, ok := b.d.proseCallsPersonOnce(s, asked, budget)
		if !ok {
			b.truncated = true // out of prose calls: the names left undecided stay no one's
			continue
		}
		if person {
			votes[w]++
		} else {
			votes[w]--
		}
	}
	for _, s := range undecided {
		if votes[s.words[0]] > 0 && len(b.matchWord(s.words[0])) == 0 {
			b.people = append(b.people, &personDraft{words: s.words, name: s.r, first: s.r.Start})
		}
	}
}

// proseQuestion is what proseCallsPerson asks: the window's text and the name's place in it. prose's
// answer depends on nothing else, so an article that repeats a sentence ("No," Biden said.) asks once.
type proseQuestion struct {
	window     string
	start, end int
}

// proseCallsPersonOnce is proseCallsPerson, asked once per distinct question and at most budget
// questions per article; ok is false when the question would be one too many.
func (d *doc) proseCallsPersonOnce(s *nameSeg, asked map[proseQuestion]bool, budget int) (answer, ok bool) {
	w := d.window(s.run.sent, s.firstTok(), s.lastTok())
	q := proseQuestion{d.Slice(w), s.r.Start - w.Start, s.r.End - w.Start}
	answer, ok = asked[q]
	if !ok {
		if len(asked) >= budget {
			return false, false
		}
		answer = d.proseCallsPerson(s)
		asked[q] = answer
	}
	return answer, true
}

// proseBudget is the most prose questions an article of n bytes may ask: a tie-break costs about
// half a millisecond, so an article of nothing but distinct undecided names ("No," Zorblat1 said.
// "No," Zorblat2 said. …) is held to about the cost of briefing real news, where a few names per
// article need one.
func proseBudget(n int) int { return 64 + n/2048 }

// proseCallsPerson reports whether prose labels exactly the words of s a person's name.
func (d *doc) proseCallsPerson(s *nameSeg) bool {
	for _, e := range d.ProseEntities(d.window(s.run.sent, s.firstTok(), s.lastTok())) {
		if e.Start <= s.r.Start && s.r.End <= e.End {
			return e.Label == "PERSON" && e.Range == s.r
		}
	}
	return false
}

// window is the stretch of sentence si that prose reads to label the name in tokens [first, last]:
// a few words either side are all its tagger needs (the labels of every undecided name in 840
// PolNeAR articles are the same as with the whole sentence), and tagging costs about
// 10 µs a byte, so a long sentence is cut.
func (d *doc) window(si, first, last int) nlp.Range {
	sent := d.Sentences[si]
	lo := max(first-windowBefore, d.TokenIndex(sent.Start))
	hi := last + windowAfter
	if hi >= len(d.Tokens) || d.Tokens[hi].End > sent.End {
		return nlp.Range{Start: d.Tokens[lo].Start, End: sent.End}
	}
	return nlp.Range{Start: d.Tokens[lo].Start, End: d.Tokens[hi].End}
}

const windowBefore, windowAfter = 6, 3

// brandShaped reports whether w has a capital inside it after lower-case letters ("YouTube",
// "HuffPost", "EgyptAir"), the shape of a brand, unless the capital follows a surname prefix
// ("McConnell", "MacArthur", "DeVos", "LeBron").
func brandShaped(w string) bool {
	prev := rune(0)
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
			return !surnamePrefixes[strings.ToLower(w[:i])]
		}
		prev = r
	}
	return false
}

var surnamePrefixes = lexicon.Words("people/surname_prefixes")

// coordinatedWithPlace reports whether s follows a country, state or organisation word with only
// "and" or a comma between ("Georgia and Virginia said", "Ubisoft, Microsoft, and Sony").
func (b *personBuilder) coordinatedWithPlace(s *nameSeg) bool {
	d := b.d
	k := s.firstTok() - 1
	if k < 1 {
		return false
	}
	if t := d.Lower[k]; t != "and" && t != "," && t != "&" && t != "or" {
		return false
	}
	prev := d.Tokens[k-1].Text
	if prev == "," && k >= 2 {
		prev = d.Tokens[k-2].Text
	}
	lp := strings.ToLower(prev)
	return isCapital(prev) && (lexicon.Nationalities[lp] || isOrgCue(lp) || isAcronym(prev))
}

// thingWords lists the capitalised words the article uses as a thing's name somewhere: before an
// organisation or media noun ("Forbes magazine", "Liverpool FC"), before staff nouns ("Wikinews
// reporters"), after a place preposition without a possessive ("at Verizon", "in Liverpool"), or
// before "its" after a reporting verb ("Forbes said its list").
func (d *doc) thingWords() map[string]bool {
	out := map[string]bool{}
	n := len(d.Tokens)
	for i, t := range d.Tokens {
		if !isCapital(t.Text) || i+1 >= n {
			continue
		}
		next := d.Tokens[i+1].Text
		ln := strings.ToLower(next)
		thing := false
		switch {
		case isCapital(next) && companyCues[ln]:
			thing = true
		case !isCapital(next) && (mediaNouns[ln] || staffNouns[ln]):
			thing = true
		case nameEndingVerbs[ln] && i+2 < n && d.Tokens[i+2].Text == "its":
			thing = true
		}
		if !thing && i > 0 && thingPrepositions[d.Tokens[i-1].Text] && !isPossessive(next) && !isCapital(next) {
			thing = true
		}
		// "(Reuters)", "(AFP)": an agency's credit.
		if !thing && i > 0 && d.Tokens[i-1].Text == "(" && next == ")" {
			thing = true
		}
		if thing && utf8.RuneCountInString(t.Text) > 1 && !isAcronym(t.Text) {
			out[nameKey(t.Text)] = true
		}
	}
	for w := range companyWords(d.companyNames()) {
		out[w] = true
	}
	return out
}

// mediaNouns and staffNouns after a name make it a company's, an outlet's or a place's.
var (
	mediaNouns        = lexicon.Words("people/media_nouns")
	staffNouns        = lexicon.Words("people/staff_nouns")
	thingPrepositions = lexicon.Words("people/thing_prepositions")
	// companyCues end names of companies, clubs and outlets, seldom named after a person (unlike
	// "Foundation", "Show" or "Museum").
	companyCues = lexicon.Words("people/company_cues")
)
