package quotes

import (
	"sort"
	"strings"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
	"github.com/newsbrief/newsbrief/internal/extract/people"
)

// peopleIndex finds people by mention position and by name word without scanning every person, so
// that resolving a speaker costs the same in a long article naming thousands of people as in a short
// one. It is built on first use from quoteCtx.people, which does not change afterwards.
type peopleIndex struct {
	built    bool
	mentions []personMention // every mention, by start offset
	longest  int             // the longest mention, in bytes
	byLast   map[string][]int
	byFirst  map[string][]int
	names    *people.NameIndex
	keys     []string // PersonKey of each mention of quoteCtx.mentions, "" until asked
	keyed    []bool
	full     [][]bool // per person, whether each of its mentions is a name of several words
	// slips caches surnameSlip by the word asked about; surnamesByLen lists the surnames it compares
	// a word with, by their length in bytes.
	slips         map[string]int
	surnamesByLen map[int][]personWord
	// byTitle maps a lower-cased title to the one person holding it, or to -1 when several do.
	byTitle map[string]int
	// pronouns caches pronounAfter for each mention of quoteCtx.mentions (0 until asked, then the
	// sex plus two: sexes run from -1 to 1).
	pronouns []int8
}

func (c *quoteCtx) index() *peopleIndex {
	x := &c.idx
	if x.built {
		return x
	}
	x.built = true
	x.names = people.NewNameIndex(c.people)
	x.byLast, x.byFirst = map[string][]int{}, map[string][]int{}
	for pi, p := range c.people {
		for _, m := range p.Mentions {
			x.mentions = append(x.mentions, personMention{Range: nlp.Range{Start: m.Start, End: m.End}, person: pi})
			x.longest = max(x.longest, m.End-m.Start)
		}
		f := strings.Fields(people.PersonKey(p.Name))
		if len(f) == 0 || speakerDeterminers[f[0]] {
			continue // "A Clinton" from "A Clinton aide" is no namesake
		}
		x.byLast[f[len(f)-1]] = append(x.byLast[f[len(f)-1]], pi)
		if len(f) >= 2 {
			x.byFirst[f[0]] = append(x.byFirst[f[0]], pi)
		}
	}
	sort.SliceStable(x.mentions, func(i, j int) bool { return x.mentions[i].Start < x.mentions[j].Start })
	return x
}

// mentionKey is people.PersonKey of the text of c.mentions[i], computed once.
func (c *quoteCtx) mentionKey(i int) string {
	x := c.index()
	if len(x.keys) != len(c.mentions) {
		x.keys, x.keyed = make([]string, len(c.mentions)), make([]bool, len(c.mentions))
	}
	if !x.keyed[i] {
		x.keys[i], x.keyed[i] = people.PersonKey(c.d.Slice(c.mentions[i].Range)), true
	}
	return x.keys[i]
}

// fullMentions reports, for each mention of person pi, whether it names them in full (its key has
// several words), computed once per person.
func (c *quoteCtx) fullMentions(pi int) []bool {
	x := c.index()
	if x.full == nil {
		x.full = make([][]bool, len(c.people))
	}
	if x.full[pi] == nil {
		ms := c.people[pi].Mentions
		f := make([]bool, len(ms))
		for k, m := range ms {
			f[k] = strings.Contains(people.PersonKey(m.Text), " ")
		}
		x.full[pi] = f
	}
	return x.full[pi]
}

// at is people.PersonAt: the first person, in c.people's order, with a mention overlapping
// [start, end), or -1.
func (x *peopleIndex) at(start, end int) int {
	k := sort.Search(len(x.mentions), func(i int) bool { return x.mentions[i].Start >= end })
	best := -1
	// A mention that starts longest bytes or more before start ends before it.
	for k--; k >= 0 && x.mentions[k].Start > start-x.longest; k-- {
		if m := x.mentions[k]; m.End > start && (best < 0 || m.person < best) {
			best = m.person
		}
	}
	return best
}

// titleHolder returns the one person with the lower-cased title t, or -1 (none, or several).
func (c *quoteCtx) titleHolder(t string) int {
	x := c.index()
	if x.byTitle == nil {
		x.byTitle = map[string]int{}
		for pi, p := range c.people {
			for _, title := range p.Titles {
				k := strings.ToLower(title)
				if held, ok := x.byTitle[k]; ok && held != pi {
					x.byTitle[k] = -1
				} else {
					x.byTitle[k] = pi
				}
			}
		}
	}
	if pi, ok := x.byTitle[t]; ok {
		return pi
	}
	return -1
}

// mentionPronoun is pronounAfter for c.mentions[i], computed once: namesakes are weighed again for
// every quote that names them.
func (c *quoteCtx) mentionPronoun(i int) sex {
	x := c.index()
	if len(x.pronouns) != len(c.mentions) {
		x.pronouns = make([]int8, len(c.mentions))
	}
	if x.pronouns[i] == 0 {
		m := c.mentions[i]
		x.pronouns[i] = int8(c.pronounAfter(m.person, m.Range)) + 2
	}
	return sex(x.pronouns[i] - 2)
}

// personWord is a word of person's name.
type personWord struct {
	word   string
	person int
}

// mentionsFrom returns person pi's mentions from the first that starts at or after start, in text
// order (people.Extract lists them so): a search in a long article reads only those near it.
func (c *quoteCtx) mentionsFrom(pi, start int) []brief.Span {
	ms := c.people[pi].Mentions
	return ms[sort.Search(len(ms), func(k int) bool { return ms[k].Start >= start }):]
}

// endingAt returns the first person, in c.people's order, with a mention outside quotes that ends at
// end, and that mention, or -1.
func (c *quoteCtx) endingAt(end int) (int, nlp.Range) {
	x := c.index()
	k := sort.Search(len(x.mentions), func(i int) bool { return x.mentions[i].Start >= end })
	best, at := -1, nlp.Range{}
	// A mention that starts longest bytes or more before end ends before it.
	for k--; k >= 0 && x.mentions[k].Start >= end-x.longest; k-- {
		if m := x.mentions[k]; m.End == end && !c.insideQuote(m.Start) && (best < 0 || m.person < best) {
			best, at = m.person, m.Range
		}
	}
	return best, at
}
