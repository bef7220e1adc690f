package people

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// extract lists the people named in the article, one entry each, most mentioned first.
//
// It works from the text's own evidence, without a statistical tagger: capitalised runs are cut into
// name stretches at titles, nationalities and organisation words; a stretch is a person's name when a
// title, an honorific, an apposition, an age, a known given name, the shape of an East Asian name or a
// reporting verb says so, and no place or organisation word says otherwise. Shorter forms (surnames,
// given names, names inside organisation names) then join the person they name.
func extract(d *doc) ([]brief.Person, bool) {
	runs := d.nameRuns()
	segs := d.segments(runs)
	b := &personBuilder{d: d}
	b.build(segs)
	b.coordinated(segs)
	b.sharedSurname(segs)
	b.namesAfterPlaces(segs)
	if proseTieBreak {
		b.tieBreak(segs)
	}
	b.attach(segs)
	b.hyphenMentions()
	b.corefTitles()

	drafts := make([]*personDraft, 0, len(b.people))
	for _, p := range b.people {
		if len(p.mentions) == 0 {
			continue
		}
		sort.Slice(p.mentions, func(i, j int) bool { return p.mentions[i].Start < p.mentions[j].Start })
		p.first = p.mentions[0].Start
		drafts = append(drafts, p)
	}
	sort.SliceStable(drafts, func(i, j int) bool {
		if len(drafts[i].mentions) != len(drafts[j].mentions) {
			return len(drafts[i].mentions) > len(drafts[j].mentions)
		}
		return drafts[i].first < drafts[j].first
	})

	people := make([]brief.Person, 0, len(drafts))
	listed := 0 // mentions listed so far, up to MaxMentions
	for _, p := range drafts {
		name := d.fullestForm(p.mentions)
		person := brief.Person{Name: name, Titles: b.titleTexts(p), Aliases: []string{}}
		seen := map[string]bool{name: true}
		for _, m := range p.mentions {
			if listed < MaxMentions {
				person.Mentions = append(person.Mentions, d.Span(m))
				listed++
			} else {
				b.truncated = true
			}
			if t := d.Slice(m); !seen[t] {
				seen[t] = true
				person.Aliases = append(person.Aliases, t)
			}
		}
		people = append(people, person)
	}
	return people, b.truncated
}

// fullestForm is the mention with the most words (then the longest), the first one written on a tie.
func (d *doc) fullestForm(mentions []nlp.Range) string {
	best := ""
	bestWords := 0
	for _, m := range mentions {
		t := d.Slice(m)
		n := len(strings.Fields(t))
		if n > bestWords || (n == bestWords && utf8.RuneCountInString(t) > utf8.RuneCountInString(best)) {
			best, bestWords = t, n
		}
	}
	return best
}

// corefTitles gives a person the titles of definite descriptions that refer back to them: "the
// Russian leader" after "Russian head, Vladimir Putin" goes to the one person already titled
// "Russian ...".
func (b *personBuilder) corefTitles() {
	d := b.d
	var holders map[string][]titleHolder // built at the first "the Russian leader"
	for i := 0; i+2 < len(d.Tokens); i++ {
		if d.Lower[i] != "the" {
			continue
		}
		nat, role := d.Tokens[i+1], d.Tokens[i+2]
		// A party ("the Republican nominee") is shared by too many people to single one out.
		if !lexicon.Nationalities[d.Lower[i+1]] || partyWords[d.Lower[i+1]] || !lexicon.RoleNouns[d.Lower[i+2]] || isCapital(role.Text) {
			continue
		}
		// Not a title standing before a name or a comma-set name.
		if i+3 < len(d.Tokens) && (isCapital(d.Tokens[i+3].Text) || d.Tokens[i+3].Text == ",") {
			continue
		}
		if holders == nil {
			holders = b.titleHolders()
		}
		// The people named before it whose title opens with the nationality: one of them, or none.
		hs := holders[d.Lower[i+1]]
		if n := sort.Search(len(hs), func(k int) bool { return hs[k].first > nat.Start }); n == 1 {
			hs[0].p.titles = append(hs[0].p.titles, nlp.Range{Start: nat.Start, End: role.End})
		}
	}
}

// titleHolder is a person holding a title, with the start of their first mention.
type titleHolder struct {
	first int
	p     *personDraft
}

// titleHolders lists, by the lower-cased first word of a title, the people holding such a title in
// the order of their first mention, so that corefTitles does not read every person's titles at each
// "the Russian leader" of a long article. The titles corefTitles adds open with a word under which
// their holder is already listed, so the lists stay true while it adds them.
func (b *personBuilder) titleHolders() map[string][]titleHolder {
	d := b.d
	out := map[string][]titleHolder{}
	for _, p := range b.people {
		if len(p.mentions) == 0 {
			continue
		}
		var listed []string
		for _, t := range p.titles {
			w := strings.Fields(d.Slice(t))
			if len(w) == 0 {
				continue
			}
			k := strings.ToLower(w[0])
			if slices.Contains(listed, k) {
				continue
			}
			listed = append(listed, k)
			out[k] = append(out[k], titleHolder{first: p.mentions[0].Start, p: p})
		}
	}
	for _, hs := range out {
		slices.SortStableFunc(hs, func(a, b titleHolder) int { return a.first - b.first })
	}
	return out
}

// personAt returns the index of the person one of whose mentions overlaps r, or -1.
func PersonAt(people []brief.Person, r nlp.Range) int {
	for i, p := range people {
		for _, m := range p.Mentions {
			if m.Start < r.End && r.Start < m.End {
				return i
			}
		}
	}
	return -1
}

// personByName returns the index of the person that words names: the full name or an alias (any case,
// without a possessive 's or a leading honorific), else a single word that is the surname, else any
// word of exactly one person's name. It returns -1 when no person or more than one matches.
func PersonByName(people []brief.Person, words string) int {
	key := PersonKey(words)
	if key == "" {
		return -1
	}
	if i := uniqueMatch(people, func(p brief.Person) bool {
		if PersonKey(p.Name) == key {
			return true
		}
		for _, a := range p.Aliases {
			if PersonKey(a) == key {
				return true
			}
		}
		return false
	}); i != -2 {
		return i
	}
	if strings.Contains(key, " ") {
		return -1
	}
	if i := uniqueMatch(people, func(p brief.Person) bool {
		w := strings.Fields(PersonKey(p.Name))
		return len(w) > 0 && w[len(w)-1] == key
	}); i != -2 {
		return i
	}
	if i := uniqueMatch(people, func(p brief.Person) bool {
		for _, w := range strings.Fields(PersonKey(p.Name)) {
			if w == key {
				return true
			}
		}
		return false
	}); i != -2 {
		return i
	}
	return -1
}

// uniqueMatch returns the index of the only person that ok accepts, -1 when several do, -2 when none.
func uniqueMatch(people []brief.Person, ok func(brief.Person) bool) int {
	found := -2
	for i, p := range people {
		if ok(p) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// personKey normalises a name for comparison: lower case, single spaces, no periods, no possessive
// 's, no leading honorific.
func PersonKey(s string) string {
	s = strings.ReplaceAll(s, "’", "'")
	s = strings.TrimSuffix(strings.TrimSpace(s), "'s")
	s = strings.ToLower(strings.ReplaceAll(s, ".", ""))
	w := strings.Fields(s)
	for len(w) > 1 && lexicon.Honorifics[w[0]] {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// partyWords are party adjectives that the nationality list holds.
var partyWords = lexicon.Words("people/party_words")
