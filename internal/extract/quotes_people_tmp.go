package extract

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// Temporary stand-ins for personAt and personByName, which the people extractor will provide; the
// calls switch to those on merge.

// quotePersonAt returns the index of the person with a mention overlapping r (the one that starts
// last, when several do), or -1.
func quotePersonAt(people []brief.Person, r Range) int {
	best, bestStart := -1, -1
	for i, p := range people {
		for _, m := range p.Mentions {
			if m.Start < r.End && r.Start < m.End && m.Start > bestStart {
				best, bestStart = i, m.Start
			}
		}
	}
	return best
}

// quotePersonByName returns the person whose full name, alias or surname is words, preferring the
// fullest name; -1 when none matches or two different people share the surname.
func quotePersonByName(people []brief.Person, words string) int {
	key := strings.ToLower(strings.TrimSpace(words))
	if key == "" {
		return -1
	}
	best := -1
	for i, p := range people {
		name := strings.ToLower(p.Name)
		match := name == key
		for _, a := range p.Aliases {
			match = match || strings.ToLower(a) == key
		}
		if f := strings.Fields(name); len(f) > 0 && f[len(f)-1] == key {
			match = true
		}
		if !match {
			continue
		}
		if best < 0 {
			best = i
			continue
		}
		bn := strings.ToLower(people[best].Name)
		switch {
		case strings.HasSuffix(name, " "+bn):
			best = i // the same person under a fuller name
		case strings.HasSuffix(bn, " "+name):
		default:
			return -1
		}
	}
	return best
}
