package people

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// personDraft is a person being assembled: every form of the name seen, every mention, every title.
type personDraft struct {
	words    []string  // the fullest form's lower-case words
	name     nlp.Range // where the fullest form is written (first time)
	mentions []nlp.Range
	titles   []nlp.Range
	first    int // byte offset of the first mention
	// namedFullIn holds the sentences where a mention of two words or more names the person, read
	// from mentions[:namedFullRead] (mentions only grow until they are sorted at the end).
	namedFullIn   map[int]bool
	namedFullRead int
}

// personBuilder turns weighed segments into people.
type personBuilder struct {
	d      *doc
	people []*personDraft
	// demonymSeen caches, per demonym, whether the article uses it (see countryOfText).
	demonymSeen map[string]bool
	// byWord lists, for each name word, the indices in people of those whose name has it; the first
	// indexed people are indexed (see people_index.go).
	byWord  map[string][]int
	byName  map[string]int   // the first person of each name of two words or more, by its words joined
	byLast  map[string][]int // the people of two words or more, by their last word
	longest int              // the most words in a name
	indexed int
	// truncated is set when MaxPeople people are known and a further one was left out.
	truncated bool
}

// MaxPeople is the most people one article yields: a real article names dozens, an input of nothing
// but distinct names stops here rather than holding a person per name.
const MaxPeople = 1 << 16

// MaxMentions is the most mentions one article's people list: salience still counts every mention,
// but an input of one name a million times lists the first 65,536 and says it was truncated.
const MaxMentions = 1 << 16

// add introduces p, unless MaxPeople are already known.
func (b *personBuilder) add(p *personDraft) {
	if len(b.people) >= MaxPeople {
		b.truncated = true
		return
	}
	b.people = append(b.people, p)
}

// creates reports whether seg on its own is enough to introduce a person.
func creates(seg *nameSeg, titleCaseHeadline bool) bool {
	if seg.headline && titleCaseHeadline {
		return false
	}
	n := seg.hi - seg.lo
	if seg.strong && !seg.veto {
		return true
	}
	if seg.veto || n < 2 {
		return false
	}
	return seg.medium || seg.weak
}

// build introduces people from the segments that are names on their own, in document order: the
// fullest forms first, so that shorter forms written before the full name ("Picasso's photo legacy"
// in a headline) still join it.
func (b *personBuilder) build(segs []nameSeg) {
	titleCase := b.d.titleCase()
	companies := b.d.companyNames()
	// "Milton Roy said" after "Milton Roy Corp.": a company's name needs a title or an apposition
	// to be a person's too.
	company := func(s *nameSeg) bool { return !s.strong && len(companies) > 0 && companies[strings.Join(s.words, " ")] }
	// Multi-word names first, longest first so "L. Ron Hubbard" exists before "Ron Hubbard" joins it.
	order := make([]int, 0, len(segs))
	for i := range segs {
		if len(segs[i].words) >= 2 && creates(&segs[i], titleCase) && !segs[i].weakOnly() && !company(&segs[i]) {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, c int) bool { return len(segs[order[a]].words) > len(segs[order[c]].words) })
	for _, i := range order {
		s := &segs[i]
		if p := b.containing(s.words); p != nil {
			continue // a shorter or equal form of a known person: attached in the mention pass
		}
		if p := b.variantOf(s.words); p != nil {
			continue
		}
		b.add(&personDraft{words: s.words, name: s.r, first: s.r.Start})
	}
	// One-word names with strong evidence of their own ("Mr Toccafondi", "Ramzan" after a title).
	for i := range segs {
		s := &segs[i]
		if len(s.words) != 1 || !creates(s, titleCase) || company(s) || !s.strong && b.countryOfText(s.words[0]) {
			continue
		}
		if len(b.royalMatch(s, b.matchWord(s.words[0]))) > 0 {
			continue
		}
		// "President Zelenskyy" beside "Volodymyr Zelensky": a variant spelling of a known surname
		// joins that person in the mention pass.
		if len(b.matchWord(s.words[0])) == 0 && b.surnameVariant(s) != nil {
			continue
		}
		b.add(&personDraft{words: s.words, name: s.r, first: s.r.Start})
	}
	// Last, stretches with no evidence but their unfamiliar words, unless a word is already a known
	// person's ("Picasso Polaroid exhibits").
	for i := range segs {
		s := &segs[i]
		if len(s.words) < 2 || !s.weakOnly() || !creates(s, titleCase) || b.containing(s.words) != nil || company(s) {
			continue
		}
		// A known name first ("Picasso Polaroid") is that person and a thing of theirs; a shared
		// surname last ("Baggio Leung" beside "Priscilla Leung") is a new person.
		if len(b.matchWord(s.words[0])) == 0 {
			b.add(&personDraft{words: s.words, name: s.r, first: s.r.Start})
		}
	}
}

// namesAfterPlaces introduces a person whose name is written right after a place or an
// organisation with nothing between ("a student at University of Ohio Dayton Leila Rahimi"),
// when the article names them elsewhere by the surname alone with a cue of its own ("Rahimi said"):
// the surname and the unfamiliar word before it are the name.
func (b *personBuilder) namesAfterPlaces(segs []nameSeg) {
	cued := map[string]bool{}
	for i := range segs {
		s := &segs[i]
		if len(s.words) == 1 && (s.speech || s.strong) && !s.veto && s.run.items[s.lo].class == itemName &&
			len(b.matchWord(s.words[0])) == 0 {
			cued[s.words[0]] = true
		}
	}
	if len(cued) == 0 {
		return
	}
	for i := range segs {
		s := &segs[i]
		n := s.hi - s.lo
		if !s.veto || s.openerOnly || s.headline || n < 2 || !cued[s.words[n-1]] {
			continue
		}
		// The stretch follows a country or an organisation word, or is longer than a name.
		if !(s.lo > 0 && (s.run.items[s.lo-1].class == itemNation || s.run.items[s.lo-1].class == itemOrg) || n >= 3) {
			continue
		}
		given := s.run.items[s.hi-2]
		if given.class != itemName || lexicon.IsEnglishWord(given.lower) || placeOpeners[given.lower] {
			continue
		}
		words := s.words[n-2:]
		if b.containing(words) != nil {
			continue
		}
		r := nlp.Range{Start: b.d.itemRange(&given).Start, End: b.d.itemRange(&s.run.items[s.hi-1]).End}
		b.add(&personDraft{words: words, name: r, first: r.Start})
	}
}

// coordinated adds the stretches listed with known people ("Ansel Adams, Chuck Close, Walker Evans
// and Helmut Newton"): a stretch of two or three plain name words next to a person's full name, with
// only a comma or "and" between them, names a person too.
func (b *personBuilder) coordinated(segs []nameSeg) {
	isPerson := func(s *nameSeg) bool {
		return len(s.words) >= 2 && s.lo == 0 && s.hi == len(s.run.items) && b.containing(s.words) != nil
	}
	for i := range segs {
		s := &segs[i]
		n := len(s.words)
		if n < 2 || n > 3 || s.veto || s.weakVeto || s.run.items[0].atStart || s.headline || b.containing(s.words) != nil || s.lo != 0 || s.hi != len(s.run.items) {
			continue
		}
		plain := true
		for _, it := range s.run.items {
			if it.class != itemName {
				plain = false
			}
		}
		if !plain {
			continue
		}
		if i > 0 && isPerson(&segs[i-1]) && b.listed(segs[i-1].lastTok(), s.firstTok()) ||
			i+1 < len(segs) && isPerson(&segs[i+1]) && b.listed(s.lastTok(), segs[i+1].firstTok()) {
			b.add(&personDraft{words: s.words, name: s.r, first: s.r.Start})
		}
	}
}

// sharedSurname adds the second of two given names that share a surname already known as a person's
// ("Joe and Hunter Biden", "Khizr and Ghazala Khan" beside "Khizr Khan"): a two-word stretch right
// after "<given name> and" whose last word is the surname of someone named in full. The family's name
// makes it a person's even when the given name is also an English word (Hunter).
func (b *personBuilder) sharedSurname(segs []nameSeg) {
	d := b.d
	for i := range segs {
		s := &segs[i]
		k := s.firstTok()
		if len(s.words) != 2 || s.lo != 0 || s.hi != len(s.run.items) || s.headline || k < 2 ||
			d.Lower[k-1] != "and" || b.containing(s.words) != nil {
			continue
		}
		first := d.Tokens[k-2]
		if !isCapital(first.Text) || !lexicon.IsGivenName(d.Lower[k-2]) || k-3 >= 0 && isCapital(d.Tokens[k-3].Text) {
			continue // "<Given> and": one capitalised word, a known given name, before "and"
		}
		if len(b.lastNameOf(s.words[1])) == 0 || s.run.items[0].class != itemName && s.run.items[0].class != itemOpener {
			continue
		}
		b.add(&personDraft{words: s.words, name: s.r, first: s.r.Start})
	}
}

// listed reports whether only list punctuation separates tokens a and b ("," / "and" / ", and").
func (b *personBuilder) listed(a, c int) bool {
	if c-a < 2 || c-a > 3 {
		return false
	}
	for k := a + 1; k < c; k++ {
		switch b.d.Lower[k] {
		case ",", "and", "&":
		default:
			return false
		}
	}
	return true
}

// weakOnly reports whether nothing but the unfamiliarity of its words says s is a name.
func (s *nameSeg) weakOnly() bool { return s.weak && !s.strong && !s.medium }

// containing returns the person whose name holds words as a contiguous run, or nil.
func (b *personBuilder) containing(words []string) *personDraft {
	for _, i := range b.withAll(words) {
		if p := b.people[i]; indexWords(p.words, words) >= 0 {
			return p
		}
	}
	return nil
}

// variantOf returns a person whose name differs from words only by a one-letter spelling variant of
// the given name ("Kristin" / "Kristen" with the same surname) or by middle initials ("James Kopp"
// for James C. Kopp), or nil.
func (b *personBuilder) variantOf(words []string) *personDraft {
	if len(words) < 2 {
		return nil
	}
	// Either form keeps every word but the first: the candidates have them all.
	for _, i := range b.withAll(words[1:]) {
		p := b.people[i]
		if len(p.words) > len(words) && len(words) >= 2 && slices.Equal(withoutMiddleInitials(p.words), words) {
			return p
		}
		if len(p.words) != len(words) || len(words) < 2 {
			continue
		}
		diff := 0
		for k := range words {
			if words[k] == p.words[k] {
				continue
			}
			if k == 0 && len(words[0]) >= 5 && editDistanceOne(words[0], p.words[0]) {
				diff++
				continue
			}
			diff = 2
		}
		if diff == 1 {
			return p
		}
	}
	return nil
}

// withoutMiddleInitials drops the one-letter words between a name's first and last words.
func withoutMiddleInitials(words []string) []string {
	out := []string{words[0]}
	for _, w := range words[1 : len(words)-1] {
		if len(strings.TrimSuffix(w, ".")) != 1 {
			out = append(out, w)
		}
	}
	return append(out, words[len(words)-1])
}

func editDistanceOne(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	diff := 0
	for k := 0; k < len(a); k++ {
		if a[k] != b[k] {
			diff++
		}
	}
	return diff == 1
}

// indexWords returns where sub starts inside words, or -1.
func indexWords(words, sub []string) int {
	for i := 0; i+len(sub) <= len(words); i++ {
		ok := true
		for k := range sub {
			if words[i+k] != sub[k] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// matchWord returns the people whose name has w as a word, surnames (last words) first.
func (b *personBuilder) matchWord(w string) []*personDraft {
	var last, other []*personDraft
	for _, i := range b.withWord(w) {
		p := b.people[i]
		if len(p.words) == 0 {
			continue
		}
		if p.words[len(p.words)-1] == w {
			last = append(last, p)
			continue
		}
		for _, pw := range p.words[:len(p.words)-1] {
			if pw == w && !lexicon.NameParticles[pw] {
				other = append(other, p)
				break
			}
		}
	}
	if len(last) > 0 {
		return last
	}
	return other
}

// lastNameOf returns the people of more than one word whose last word is w.
func (b *personBuilder) lastNameOf(w string) []*personDraft {
	var out []*personDraft
	b.sync()
	for _, i := range b.byLast[w] {
		p := b.people[i]
		if len(p.words) >= 2 && p.words[len(p.words)-1] == w {
			out = append(out, p)
		}
	}
	return out
}

// attach walks every segment in document order and records it as a mention of the person it names:
// the whole segment when it is a form of one person's name, or a person's full name found inside a
// longer capitalised stretch ("Pablo Picasso Foundation"). A bare surname shared by several people goes
// to the one named in full in the same sentence, else to the most mentioned so far, else the latest.
func (b *personBuilder) attach(segs []nameSeg) {
	lastSent := map[*personDraft]int{}
	var prev *nameSeg
	var prevPerson *personDraft
	for i := range segs {
		s := &segs[i]
		p, r := b.resolve(s, lastSent)
		if p == nil {
			prev = nil
			continue
		}
		// "Dries Mertens's attempt": a sentence-opening given name read as an ordinary word and the
		// surname right after it are one mention.
		if prev != nil && prevPerson == p && prev.openerOnly && prev.run == s.run && prev.hi == s.lo {
			last := &p.mentions[len(p.mentions)-1]
			last.End = r.End
			prev = nil
			continue
		}
		prev, prevPerson = s, p
		p.mentions = append(p.mentions, r)
		// "President Clinton" where the article names two Clintons: a title on a shared surname goes
		// to neither, unless the surname's person is named in full in the same sentence.
		if r == s.r && !(len(s.words) == 1 && len(b.lastNameOf(s.words[0])) > 1 && !b.namedInSentence(p, s)) {
			p.titles = append(p.titles, s.titles...)
		}
		lastSent[p] = s.run.sent
	}
}

func (b *personBuilder) resolve(s *nameSeg, lastSent map[*personDraft]int) (*personDraft, nlp.Range) {
	if len(s.words) >= 2 {
		var found []*personDraft
		for _, i := range b.withAll(s.words) {
			if p := b.people[i]; indexWords(p.words, s.words) >= 0 {
				found = append(found, p)
			}
		}
		if len(found) == 0 {
			if v := b.variantOf(s.words); v != nil {
				found = append(found, v)
			}
		}
		if len(found) > 0 {
			return b.pick(found, s, lastSent), s.r
		}
		// A known full name inside a longer stretch: the first person in b.people whose name opens
		// with one of the stretch's words and lies inside it.
		if first, at := b.inside(s.words); first >= 0 {
			p := b.people[first]
			items := s.run.items[s.lo+at : s.lo+at+len(p.words)]
			return p, nlp.Range{Start: b.d.itemRange(&items[0]).Start, End: b.d.itemRange(&items[len(items)-1]).End}
		}
		// A known surname opening or closing a longer stretch ("the Picasso Factory").
		for _, k := range []int{s.lo, s.hi - 1} {
			it := s.run.items[k]
			if it.class != itemName {
				continue
			}
			if cands := b.lastNameOf(it.key()); len(cands) > 0 {
				return b.pick(cands, s, lastSent), b.d.itemRange(&it)
			}
		}
		return nil, nlp.Range{}
	}
	cands := b.royalMatch(s, b.matchWord(s.words[0]))
	if len(cands) == 0 {
		// "said Mauer" after "K.C. Maurer": a one-letter slip in a surname with a cue of its own.
		if p := b.surnameVariant(s); p != nil {
			return p, s.r
		}
		return nil, nlp.Range{}
	}
	// "in Paris" is a place even when a person is called Paris; but a known person's surname with a
	// possessive is that person ("new interest in Picasso's legacy").
	if s.veto && !s.strong && s.lo == 0 && s.run.items[0].firstTok > 0 {
		prev := b.d.Lower[s.run.items[0].first()-1]
		after := s.lastTok() + 1
		possessive := s.hi == len(s.run.items) && after < len(b.d.Tokens) && isPossessive(b.d.Tokens[after].Text)
		if lexicon.PlacePrepositions[prev] && prev != "from" && !(possessive && len(b.lastNameOf(s.words[0])) > 0) {
			return nil, nlp.Range{}
		}
	}
	return b.pick(cands, s, lastSent), s.r
}

// surnameVariant returns the one person of several words whose surname s misspells by one letter
// left out, added or changed ("Mauer" for Maurer), when s has a cue of its own (a reporting verb, a
// title) and the surname is long enough for a slip to be unlikely to make another name.
func (b *personBuilder) surnameVariant(s *nameSeg) *personDraft {
	it := s.run.items[s.lo]
	if len(s.words) != 1 || !(s.speech || s.strong) || len(s.words[0]) < 5 || it.class != itemName || lexicon.IsEnglishWord(it.lower) {
		return nil
	}
	var found *personDraft
	for _, p := range b.people {
		if len(p.words) < 2 || !OneEditApart(p.words[len(p.words)-1], s.words[0]) {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
}

// OneEditApart reports whether a and b differ by exactly one letter changed, added or removed.
func OneEditApart(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	switch len(a) - len(b) {
	case 0:
		return editDistanceOne(a, b)
	case 1:
		i := 0
		for i < len(b) && a[i] == b[i] {
			i++
		}
		return a[i+1:] == b[i:]
	}
	return false
}

// hyphenMentions records known surnames written inside an ordinary hyphenated word: "a Picasso-like
// wig", "anti-Trump protesters", "the Blair-era reforms". Only the name part is the mention.
func (b *personBuilder) hyphenMentions() {
	d := b.d
	for _, t := range d.Tokens {
		i := strings.IndexByte(t.Text, '-')
		if i <= 0 || i == len(t.Text)-1 || strings.Count(t.Text, "-") != 1 {
			continue
		}
		head, tail := t.Text[:i], t.Text[i+1:]
		var name string
		var r nlp.Range
		switch {
		case isCapital(head) && ordinarySuffixes[strings.ToLower(tail)]:
			name, r = head, nlp.Range{Start: t.Start, End: t.Start + i}
		case isCapital(tail) && ordinaryPrefixes[strings.ToLower(head)]:
			name, r = tail, nlp.Range{Start: t.Start + i + 1, End: t.End}
		default:
			continue
		}
		if cands := b.lastNameOf(nameKey(name)); len(cands) == 1 {
			cands[0].mentions = append(cands[0].mentions, r)
		}
	}
}

// pick chooses among people who share a name word.
func (b *personBuilder) pick(cands []*personDraft, s *nameSeg, lastSent map[*personDraft]int) *personDraft {
	if len(cands) == 1 {
		return cands[0]
	}
	for _, p := range cands {
		if sent, ok := lastSent[p]; ok && sent == s.run.sent {
			return p
		}
	}
	// The most mentioned so far; on a tie, the one mentioned last.
	best := cands[0]
	for _, p := range cands[1:] {
		if len(p.mentions) > len(best.mentions) ||
			len(p.mentions) == len(best.mentions) && lastMention(p) > lastMention(best) {
			best = p
		}
	}
	return best
}

// royalMatch narrows the people a one-word name may be to those it can be under a royal title: a
// king or a sheikh is named by a given or regnal name, so "King Hussein" is not Saddam Hussein but
// a person whose name starts with that word or who bears a royal title too.
func (b *personBuilder) royalMatch(s *nameSeg, cands []*personDraft) []*personDraft {
	if !b.royalTitled(s.titles) {
		return cands
	}
	var out []*personDraft
	for _, p := range cands {
		if p.words[0] == s.words[0] || b.royalTitled(p.titles) {
			out = append(out, p)
		}
	}
	return out
}

// royalTitled reports whether one of the titles ends in a royal title.
func (b *personBuilder) royalTitled(titles []nlp.Range) bool {
	for _, r := range titles {
		f := strings.Fields(strings.ToLower(b.d.Slice(r)))
		if len(f) > 0 && royalTitles[f[len(f)-1]] {
			return true
		}
	}
	return false
}

// royalTitles precede a monarch's or a royal's given or regnal name.
var royalTitles = lexicon.Words("people/royal_titles")

func lastMention(p *personDraft) int {
	if len(p.mentions) == 0 {
		return -1
	}
	return p.mentions[len(p.mentions)-1].Start
}

// titleTexts returns the distinct titles of p as written, in order of first appearance.
func (b *personBuilder) titleTexts(p *personDraft) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, r := range p.titles {
		f := strings.Fields(b.d.Slice(r))
		// "another top aide", "the late Sen.": a word that compares or mourns is not the title's.
		for len(f) > 1 && titleDropOpeners[strings.ToLower(f[0])] {
			f = f[1:]
		}
		t := strings.Join(f, " ")
		if t == "" || seen[t] || b.d.relativeRole(r) {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	// "President" beside "US President": a title whose words all appear in a longer one says nothing more.
	kept := out[:0]
	for i, t := range out {
		sub := false
		for k, u := range out {
			if k != i && len(u) > len(t) && wordsWithin(t, u) {
				sub = true
				break
			}
		}
		if !sub {
			kept = append(kept, t)
		}
	}
	return kept
}

// titleDropOpeners open a title phrase without being part of the title.
var titleDropOpeners = lexicon.Words("people/title_drop_openers")

// wordsWithin reports whether every word of t, case folded, is a word of u.
func wordsWithin(t, u string) bool {
	in := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(u)) {
		in[w] = true
	}
	for _, w := range strings.Fields(strings.ToLower(t)) {
		if !in[w] {
			return false
		}
	}
	return true
}

// countryOfText reports whether the one-word name w is a country the article also names by its
// demonym ("Jordan would close the port" beside "Jordanian officials"): a country that is also a
// given name. The article is searched once per demonym, not once per mention.
func (b *personBuilder) countryOfText(w string) bool {
	demonym, ok := lexicon.TroopCountryDemonyms[w]
	if !ok || len(demonym) <= 3 {
		return false
	}
	seen, known := b.demonymSeen[demonym]
	if !known {
		if b.demonymSeen == nil {
			b.demonymSeen = map[string]bool{}
		}
		seen = strings.Contains(b.d.Text, demonym)
		b.demonymSeen[demonym] = seen
	}
	return seen
}

// namedInSentence reports whether p is named in full in the sentence of segment s.
func (b *personBuilder) namedInSentence(p *personDraft, s *nameSeg) bool {
	// Each mention is read once, however often the question is asked: a person named thousands of
	// times in a long text would otherwise be rescanned for every segment.
	for ; p.namedFullRead < len(p.mentions); p.namedFullRead++ {
		m := p.mentions[p.namedFullRead]
		if len(strings.Fields(b.d.Slice(m))) > 1 {
			if p.namedFullIn == nil {
				p.namedFullIn = map[int]bool{}
			}
			p.namedFullIn[b.d.SentenceAt(m.Start)] = true
		}
	}
	return p.namedFullIn[s.run.sent]
}
