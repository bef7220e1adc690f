package check

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

// abbreviatedTitles are the military and civil ranks news abbreviates (Gen., Col., Lt.), as the
// people extractor reads them.
var abbreviatedTitles = lexicon.Words("people/abbreviated_titles")

// notName reports whether a capitalised word of news prose is not a personal name: a title or an
// honorific (which precede names, so they are not companions of a name either), a month or a
// weekday. The words are the extractor's (lexicon), read in lower case; a plural title
// ("Presidents") counts as its title. Organisation words are not among them: next to a word they
// show it is part of a name of a thing ("Peace Corps"), which the companion test needs to see.
func notName(w string) bool {
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	if lexicon.TitleWords[lw] || lexicon.Honorifics[lw] || lw == "miss" || abbreviatedTitles[lw] ||
		lexicon.TitleModifiers[lw] || lexicon.IsMonthWord(lw) ||
		lexicon.WeekdayWords[lw] != 0 || lw == "sunday" {
		return true
	}
	return strings.HasSuffix(lw, "s") && lexicon.TitleWords[strings.TrimSuffix(lw, "s")]
}

func (s *spelling) onlyHyphenated() bool { return s.hyphenated == len(s.at) }

func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// spelling is one capitalised word form and where it occurs.
type spelling struct {
	text       string
	at         []int           // offsets of its occurrences
	companions map[string]bool // capitalised words right next to it (not titles)
	// hyphenated counts the occurrences joined by a hyphen to another word (Chung-tai, France-Presse):
	// a word that only ever occurs so is part of a compound given name or of an organisation.
	hyphenated int
}

// nameWords reads the article's prose words (not furniture or headline) into capitalised spellings and
// the set of words that also appear in lower case (common words, never names).
func (a *Article) nameWords() (map[string]*spelling, map[string]bool) {
	caps := map[string]*spelling{}
	lower := map[string]bool{}
	ws := words(a.Text)
	for i, w := range ws {
		if a.skipped(w.start) || a.inHeadline(w.start) {
			continue
		}
		if !w.capitalised() {
			lower[strings.ToLower(w.text)] = true
			continue
		}
		sp := caps[w.text]
		if sp == nil {
			sp = &spelling{text: w.text, companions: map[string]bool{}}
			caps[w.text] = sp
		}
		sp.at = append(sp.at, w.start)
		if hyphenJoined(a.Text, w.start, w.start+len(w.text)) {
			sp.hyphenated++
		}
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(ws) {
				continue
			}
			o := ws[j]
			lo, hi := w, o
			if j < i {
				lo, hi = o, w
			}
			// Adjacent means only a space between, no punctuation.
			if gap := a.Text[lo.start+len(lo.text) : hi.start]; gap != " " {
				continue
			}
			if o.capitalised() && !notName(o.text) {
				sp.companions[o.text] = true
			}
		}
		// An Arabic or Dutch particle links a given name to its surname (Osama bin Laden, Rafael
		// van der Vaart): the word after it is a companion too.
		for j := i + 1; j < len(ws) && j <= i+3 && nameParticles[ws[j].text]; j++ {
			if j+1 < len(ws) && ws[j+1].capitalised() {
				sp.companions[ws[j+1].text] = true
			}
		}
	}
	return caps, lower
}

// personWords are the words of the brief's people's names and aliases that can be compared.
func (a *Article) personWords() []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range a.Brief.People {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			for _, w := range words(n) {
				if w.capitalised() && runeLen(w.text) >= 5 && !seen[w.text] && !notName(w.text) {
					seen[w.text] = true
					out = append(out, w.text)
				}
			}
		}
	}
	return out
}

// nameInconsistent finds a person's name spelled two ways (Zelensky / Zelenskyy): a word of a name in
// the brief's people and another capitalised word of the article with the same initial, both of five
// letters or more, one edit apart (two for names of eight letters or more). Each occurrence of the
// rarer spelling is reported. Pairs that are not one name are left alone: a plural or demonym
// (Russia / Russian), a word also used in lower case, or two words that stand next to different names
// (Mario Draghi / Marco Rubio).
func nameInconsistent(a *Article) []Finding {
	caps, lower := a.nameWords()
	all := make([]*spelling, 0, len(caps))
	for _, sp := range caps {
		all = append(all, sp)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].at[0] < all[j].at[0] })
	var out []Finding
	reported := map[int]bool{}
	done := map[[2]string]bool{}
	for _, x := range a.personWords() {
		sx := caps[x]
		if sx == nil {
			continue
		}
		for _, sy := range all {
			y := sy.text
			if y == x || done[[2]string{y, x}] || !sameName(x, y) || lower[strings.ToLower(y)] || notName(y) {
				continue
			}
			done[[2]string{x, y}] = true
			if sx.onlyHyphenated() || sy.onlyHyphenated() || a.institutional(sy) || !nameShaped(y) || !companionsAgree(nameLike(sx.companions, lower), nameLike(sy.companions, lower)) || !a.couldBeOnePerson(x, y) {
				continue
			}
			rare, common := sy, sx
			if len(sx.at) < len(sy.at) || (len(sx.at) == len(sy.at) && sx.at[0] > sy.at[0]) {
				rare, common = sx, sy
			}
			for _, at := range rare.at {
				if reported[at] {
					continue
				}
				reported[at] = true
				out = append(out, Finding{Start: at, Message: fmt.Sprintf("%q is spelled %q %s elsewhere in this article", rare.text, common.text, times(len(common.at)))})
			}
		}
	}
	return out
}

func times(n int) string {
	if n == 1 {
		return "once"
	}
	return fmt.Sprintf("%d times", n)
}

// sameName reports whether x and y look like two spellings of one name.
func sameName(x, y string) bool {
	rx, ry := []rune(x), []rune(y)
	if len(rx) < 5 || len(ry) < 5 || unicode.ToLower(rx[0]) != unicode.ToLower(ry[0]) {
		return false
	}
	if inflection(x, y) || sameTypography(x, y) {
		return false
	}
	limit := 1
	if len(rx) >= 8 && len(ry) >= 8 {
		limit = 2
	}
	return editDistance(rx, ry, limit) <= limit
}

// inflection reports whether x and y are one stem with endings of plural, demonym or adjective
// (Russia/Russian, Democrats/Democratic, Zealand/Zealander).
func inflection(x, y string) bool {
	n := 0
	for n < len(x) && n < len(y) && x[n] == y[n] {
		n++
	}
	return endings[x[n:]] && endings[y[n:]]
}

var endings = wordSet(`s es n an ns ian ans er ers ic i is ish ese e`)

func init() { endings[""] = true }

// nameLike drops the companions that the article also writes in lower case: "But Flynn said" puts a
// sentence's first word, not a given name, next to the surname.
func nameLike(companions, lower map[string]bool) map[string]bool {
	out := map[string]bool{}
	for c := range companions {
		if !lower[strings.ToLower(c)] {
			out[c] = true
		}
	}
	return out
}

// companionsAgree is false when both spellings stand next to other capitalised words and none of those
// is (nearly) shared: then they are probably parts of two different people's names.
func companionsAgree(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for x := range a {
		for y := range b {
			if x == y || (runeLen(x) >= 5 && sameName(x, y)) {
				return true
			}
		}
	}
	return false
}

// editDistance is the Levenshtein distance of a and b with adjacent transpositions counted as one
// edit; it stops early, returning limit+1, once the distance must exceed limit.
func editDistance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// nameSuffixes end a full name without being its surname.
var nameSuffixes = wordSet("Jr Sr II III IV")

// surnameBeforeName finds a person called by surname alone before the article introduces the full
// name. The headline and furniture lines are not read (headlines use surnames by convention), and a
// surname right after another capitalised word that is not a title ("Joe Biden") is a full name in
// another form, not a bare surname.
func surnameBeforeName(a *Article) []Finding {
	type person struct {
		full, surname string
	}
	var people []person
	_, lower := a.nameWords()
	for _, p := range a.Brief.People {
		ws := words(p.Name)
		for len(ws) > 1 && nameSuffixes[ws[len(ws)-1].text] {
			ws = ws[:len(ws)-1]
		}
		// "Mr. Trump" is a title and a surname, not a full name.
		for len(ws) > 0 && notName(ws[0].text) {
			ws = ws[1:]
		}
		if len(ws) < 2 || !ws[len(ws)-1].capitalised() || runeLen(ws[len(ws)-1].text) < 2 || anyLower(ws, lower) || strings.ContainsAny(p.Name, "0123456789") {
			continue
		}
		full := p.Name[ws[0].start : ws[len(ws)-1].start+len(ws[len(ws)-1].text)]
		people = append(people, person{full: full, surname: ws[len(ws)-1].text})
	}
	if len(people) == 0 {
		return nil
	}
	// The earliest full introduction of each surname, by any person who carries it.
	firstFull := map[string]int{}
	fullName := map[string]string{}
	for _, p := range people {
		at := a.firstWordMatch(p.full, -1)
		if at < 0 {
			continue
		}
		if prev, ok := firstFull[p.surname]; !ok || at < prev {
			firstFull[p.surname], fullName[p.surname] = at, p.full
		}
	}
	surnames := a.surnameCounts()
	ws := words(a.Text)
	var out []Finding
	reported := map[string]bool{}
	idx := newLineIndex(a.Text)
	for i, w := range ws {
		full, ok := firstFull[w.text]
		if !ok || reported[w.text] || a.skipped(w.start) || a.inHeadline(w.start) {
			continue
		}
		if w.start >= full {
			reported[w.text] = true // introduced first: nothing to report for this surname
			continue
		}
		if a.fullNameAt(ws, i) {
			reported[w.text] = true // introduced here in another form ("Joe Biden" for Joseph R. Biden)
			continue
		}
		if a.namedInPassing(ws, i) || surnames[w.text] > 1 {
			continue // a modifier, a quote, a title's name, or a surname two people share
		}
		reported[w.text] = true
		line, _ := idx.position(full)
		out = append(out, Finding{Start: w.start, Message: fmt.Sprintf("%q is used before the full name %q is introduced (line %d)", w.text, fullName[w.text], line)})
	}
	return out
}

// firstWordMatch returns the offset of the first occurrence of phrase in the prose that starts and ends
// on word boundaries and is not in the headline or furniture, or -1.
func (a *Article) firstWordMatch(phrase string, from int) int {
	text := a.Text
	for i := from + 1; i <= len(text)-len(phrase); {
		j := strings.Index(text[i:], phrase)
		if j < 0 {
			return -1
		}
		at := i + j
		end := at + len(phrase)
		if boundaryBefore(text, at) && boundaryAfter(text, end) && !a.skipped(at) && !a.inHeadline(at) {
			return at
		}
		i = at + 1
	}
	return -1
}

func boundaryBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func boundaryAfter(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// anyLower reports whether one of ws is also used in lower case in the article: then the "name" is
// made of common words ("Did Crooked"), an extraction slip rather than a person.
func anyLower(ws []word, lower map[string]bool) bool {
	for _, w := range ws {
		if lower[strings.ToLower(w.text)] && !nameParticles[w.text] {
			return true
		}
	}
	return false
}
