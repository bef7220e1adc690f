package quotes

import (
	"sort"
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// sex is what the article lets a reader infer about a person's sex, for agreement with "he" and "she".
type sex int8

const (
	sexUnknown sex = 0
	sexMale    sex = 1
	sexFemale  sex = -1
)

// pronounSex is the sex a third-person pronoun designates, or sexUnknown.
func pronounSex(w string) sex {
	switch strings.ToLower(w) {
	case "he", "him", "his", "himself":
		return sexMale
	case "she", "her", "hers", "herself":
		return sexFemale
	}
	return sexUnknown
}

// contradicts reports whether a person of sex s cannot be what a pronoun of sex want designates.
func (s sex) contradicts(want sex) bool { return s != sexUnknown && want != sexUnknown && s != want }

// Honorifics, nouns of family, rank and role, and given names that tell a person's sex. General
// English (and the commonest names of a few languages news reports on), not taken from any article.
var (
	maleHonorifics   = lexicon.Words("quotes/male_honorifics")
	femaleHonorifics = lexicon.Words("quotes/female_honorifics")
	maleNouns        = lexicon.Words("quotes/male_nouns")
	femaleNouns      = lexicon.Words("quotes/female_nouns")
	// Given names whose sex is not in doubt in English-language news. Names used for both
	// (Jean, Jan, Andrea, Kim, Robin, Leslie) are left out.
	maleGivenNames   = lexicon.Words("quotes/male_given_names")
	femaleGivenNames = lexicon.Words("quotes/female_given_names")
)

// personSex weighs what the article says about person pi: a gendered title ("spokeswoman",
// "younger brother of …"), an honorific or gendered noun just before a mention ("Mrs. Lee", "his
// wife, Ann Lee"), the pronouns the text uses right after naming the person, and last the given
// name. It returns sexUnknown when the evidence is absent, split, or a single pronoun.
func (c *quoteCtx) personSex(pi int) sex {
	if pi < 0 || pi >= len(c.people) {
		return sexUnknown
	}
	// Pronoun resolution asks again for the same people: weigh each person once per article.
	if c.sexes == nil {
		c.sexes = make([]sex, len(c.people))
		c.sexKnown = make([]bool, len(c.people))
	}
	if !c.sexKnown[pi] {
		c.sexes[pi], c.sexKnown[pi] = c.weighSex(pi), true
	}
	return c.sexes[pi]
}

func (c *quoteCtx) weighSex(pi int) sex {
	d, p := c.d, c.people[pi]
	score := 0 // > 0 male, < 0 female
	for _, t := range p.Titles {
		score += 3 * int(titleSex(t))
	}
	for _, m := range p.Mentions {
		if c.insideQuote(m.Start) {
			continue
		}
		k := d.TokenIndex(m.Start)
		if first := strings.Fields(m.Text); len(first) > 0 {
			score += 3 * int(honorificSex(first[0]))
		}
		if k > 0 {
			b := k - 1
			if d.Tokens[b].Text == "." && b > 0 {
				b--
			}
			score += 3 * int(honorificSex(d.Tokens[b].Text))
			if d.Tokens[k-1].Text == "," && k > 1 {
				b = k - 2
			} else {
				b = k - 1
			}
			if isLowerWord(d.Tokens[b]) {
				score += 2 * int(nounSex(lower(d.Tokens[b])))
			}
		}
		score += int(c.pronounAfter(pi, nlp.Range{Start: m.Start, End: m.End}))
	}
	if f := strings.Fields(p.Name); len(f) > 1 {
		score += 2 * int(givenNameSex(f[0]))
	}
	// One pronoun alone is weak evidence ("… from what Lee has done, and her record …").
	switch {
	case score >= 2:
		return sexMale
	case score <= -2:
		return sexFemale
	}
	return sexUnknown
}

// titleSex reads the head of a title: the last word before any "of", "for", "at" or "to"
// ("younger brother of the president" is a man, "mother of three" a woman).
func titleSex(title string) sex {
	w := strings.Fields(strings.ToLower(title))
	head := ""
	for _, x := range w {
		if x == "of" || x == "for" || x == "at" || x == "to" || x == "in" || x == "with" {
			break
		}
		head = strings.Trim(x, ",.")
	}
	return nounSex(head)
}

func nounSex(w string) sex {
	switch {
	case maleNouns[w]:
		return sexMale
	case femaleNouns[w]:
		return sexFemale
	}
	return sexUnknown
}

// honorificSex reads a capitalised honorific ("Mrs.", "Sir"); lower case, "miss" is a verb.
func honorificSex(w string) sex {
	if !(nlp.Token{Text: w}).IsCapitalized() {
		return sexUnknown
	}
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	switch {
	case maleHonorifics[w]:
		return sexMale
	case femaleHonorifics[w]:
		return sexFemale
	}
	return sexUnknown
}

func givenNameSex(w string) sex {
	w = strings.ToLower(w)
	m, f := maleGivenNames[w], femaleGivenNames[w]
	switch {
	case m && !f:
		return sexMale
	case f && !m:
		return sexFemale
	}
	return sexUnknown
}

// pronounAfter returns the sex of the first third-person pronoun after mention r, in its sentence or
// the next, when no other person is named in between and the mention is not a possessor ("Lee's
// sister said she …"): a reader takes that pronoun to stand for the person just named.
func (c *quoteCtx) pronounAfter(pi int, r nlp.Range) sex {
	d := c.d
	if c.governed(r) {
		// "She spoke of Lee", "Lee's sister said she": the pronoun is someone else's.
		return sexUnknown
	}
	k := d.TokenIndex(r.End)
	si := d.SentenceAt(r.Start)
	if si < 0 {
		return sexUnknown
	}
	end := d.Sentences[si].End
	if si+1 < len(d.Sentences) {
		end = d.Sentences[si+1].End
	}
	// The next mention of someone else bounds the search.
	j := sort.Search(len(c.mentions), func(j int) bool { return c.mentions[j].Start >= r.End })
	for ; j < len(c.mentions) && c.mentions[j].Start < end; j++ {
		if c.mentions[j].person != pi {
			end = c.mentions[j].Start
			break
		}
	}
	for ; k < len(d.Tokens) && d.Tokens[k].Start < end; k++ {
		t := d.Tokens[k]
		if !isLowerWord(t) && !t.IsCapitalized() {
			continue
		}
		w := lower(t)
		if nounSex(w) != sexUnknown {
			return sexUnknown // "… met a woman who said she …": the pronoun may be hers
		}
		if s := pronounSex(w); s != sexUnknown {
			if c.insideQuote(t.Start) {
				return sexUnknown
			}
			return s
		}
	}
	return sexUnknown
}
