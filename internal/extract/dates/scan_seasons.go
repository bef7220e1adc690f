package dates

// seasonExpr matches a season alone or with a year: "summer", "the summer of 1994", "summer 2005",
// "spring next year", "in the fall". "fall" alone is a verb or a noun ("the fall of Saigon").
func (s *dateScanner) seasonExpr(j int) (dateMention, int, bool) {
	k := j
	if s.low[k] == "the" {
		k++
		if !s.joined(k) {
			return dateMention{}, j, false
		}
	}
	w := s.word(k)
	si, ok := seasonWords[w]
	if !ok {
		return dateMention{}, j, false
	}
	// A capitalised season after a capitalised word is a name ("Arab Spring", "Operation Winter").
	if s.toks[k].IsCapitalized() && k > 0 && s.joined(k) && s.toks[k-1].IsCapitalized() && s.toks[k-1].IsWord() && !s.sentenceStart(k-1) {
		return dateMention{}, j, false
	}
	m := dateMention{kind: kindSeason, number: si}
	end := k + 1
	nx := s.next(end)
	if nx == "of" {
		if y, ok := yearToken(s.next(end + 1)); ok {
			m.year = y
			return m, end + 2, true
		}
		if s.joined(end + 1) {
			if ym, yend, ok := s.spelledYear(end + 1); ok {
				m.year = ym.year
				return m, yend, true
			}
		}
	}
	if y, ok := yearToken(nx); ok {
		m.year = y
		return m, end + 1, true
	}
	if (nx == "this" || nx == "last" || nx == "next") && s.next(end+1) == "year" {
		m.yearOffset, m.yearRelative = relativeWords[nx], true
		return m, end + 2, true
	}
	if w == "fall" {
		// "the fall" is a season only after "in" or "this/last/next" (matched elsewhere), and not
		// before "of".
		if k == j || s.word(j-1) != "in" || nx == "of" {
			return dateMention{}, j, false
		}
	}
	if nx == "of" || seasonCompounds[nx] {
		return dateMention{}, j, false // "the summer of discontent", "winter wheat"
	}
	// "spring" and "winter" are also nouns of other senses; as seasons they are usually bare or after
	// "the"/"in"/"this"/"last" and not followed by a noun they modify in a name.
	return m, end, true
}

// seasonCompounds are nouns that a season word names a kind of, not a time: "winter wheat", "the
// Summer Olympics".
var seasonCompounds = map[string]bool{
	"wheat": true, "crops": true, "crop": true, "olympics": true, "olympic": true, "games": true,
	"solstice": true, "equinox": true, "session": true, "collection": true, "school": true, "camp": true,
	"time": true, "tires": true, "tyres": true, "coat": true, "clothes": true, "break": true, "term": true,
}
