package main

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// A mutant is a clean article with one error of the kind a rule should catch injected into it.
type mutant struct {
	rule string // the rule that should catch it
	kind string // what was done, for the report
	text string
}

// mutants returns at most one mutant per kind for one article, chosen by rng among the places the
// article offers; an article with no such place gets no mutant of that kind.
func mutants(text string, b *brief.Brief, rng *rand.Rand) []mutant {
	var out []mutant
	for _, m := range []func(string, *brief.Brief, *rand.Rand) (mutant, bool){
		quoteDeleted, quoteDoubled, surnameTypo, weekdayChanged, troopsRestated,
	} {
		if mu, ok := m(text, b, rng); ok {
			out = append(out, mu)
		}
	}
	return out
}

// closingMark returns the offset and size of the quote mark that closes q (right after its words,
// perhaps after punctuation inside the marks), or -1.
func closingMark(text string, q brief.Quote) (int, int) {
	for i := q.End; i < len(text) && i < q.End+4; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '"' || r == '”' {
			return i, size
		}
		if !strings.ContainsRune(".,!?;:…", r) {
			break
		}
		i += size
	}
	return -1, 0
}

// openingMark returns the offset and size of the quote mark that opens q, or -1.
func openingMark(text string, q brief.Quote) (int, int) {
	if q.Start == 0 {
		return -1, 0
	}
	r, size := utf8.DecodeLastRuneInString(text[:q.Start])
	if r == '"' || r == '“' {
		return q.Start - size, size
	}
	return -1, 0
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// quoteDeleted deletes the closing mark of one quote.
func quoteDeleted(text string, b *brief.Brief, rng *rand.Rand) (mutant, bool) {
	var at [][2]int
	for _, q := range b.Quotes {
		if i, n := closingMark(text, q); i >= 0 {
			at = append(at, [2]int{i, n})
		}
	}
	if len(at) == 0 {
		return mutant{}, false
	}
	p := pick(rng, at)
	return mutant{rule: "quote-unbalanced", kind: "closing quote mark deleted", text: text[:p[0]] + text[p[0]+p[1]:]}, true
}

// quoteDoubled writes the opening mark of one quote twice.
func quoteDoubled(text string, b *brief.Brief, rng *rand.Rand) (mutant, bool) {
	var at [][2]int
	for _, q := range b.Quotes {
		if i, n := openingMark(text, q); i >= 0 {
			at = append(at, [2]int{i, n})
		}
	}
	if len(at) == 0 {
		return mutant{}, false
	}
	p := pick(rng, at)
	return mutant{rule: "quote-unbalanced", kind: "opening quote mark doubled", text: text[:p[0]+p[1]] + text[p[0]:]}, true
}

// surnameTypo swaps two neighbouring inner letters in one later mention of a surname of five letters
// or more that the article uses at least twice (Samuelson → Samuelosn).
func surnameTypo(text string, b *brief.Brief, rng *rand.Rand) (mutant, bool) {
	type place struct {
		at      int
		surname string
	}
	var places []place
	for _, p := range b.People {
		f := strings.Fields(p.Name)
		if len(f) < 2 {
			continue
		}
		s := f[len(f)-1]
		if utf8.RuneCountInString(s) < 5 || !isWordy(s) {
			continue
		}
		// Only the person's own mentions, after the first: a namesake (Bill and Hillary Clinton) is
		// another person, and a word joined by a hyphen (Sugarman-led) is no mention.
		var at []int
		for _, m := range p.Mentions {
			i := strings.LastIndex(m.Text, s)
			if i < 0 || i+len(s) != len(m.Text) {
				continue
			}
			off := m.Start + i
			if off > 0 && text[off-1] == '-' || m.End < len(text) && text[m.End] == '-' {
				continue
			}
			at = append(at, off)
		}
		for _, off := range at[min(1, len(at)):] {
			places = append(places, place{off, s})
		}
	}
	if len(places) == 0 {
		return mutant{}, false
	}
	p := pick(rng, places)
	rs := []rune(p.surname)
	var swaps []int
	for i := 1; i+1 < len(rs)-0 && i+1 < len(rs); i++ {
		if rs[i] != rs[i+1] && unicode.IsLower(rs[i]) && unicode.IsLower(rs[i+1]) {
			swaps = append(swaps, i)
		}
	}
	if len(swaps) == 0 {
		return mutant{}, false
	}
	i := pick(rng, swaps)
	rs[i], rs[i+1] = rs[i+1], rs[i]
	return mutant{rule: "name-inconsistent", kind: "surname letters swapped", text: text[:p.at] + string(rs) + text[p.at+len(p.surname):]}, true
}

func isWordy(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

const months = `Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec`

var (
	weekdays       = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	weekdayByDate  = regexp.MustCompile(`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?(?:(?:` + months + `)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:` + months + `))`)
	monthDayPrefix = regexp.MustCompile(`^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d`)
)

// weekdayChanged changes a weekday written next to its date to another day; in an article that writes
// no weekday next to a date, it puts a wrong one before a dated day ("on Monday, Nov. 8").
func weekdayChanged(text string, b *brief.Brief, rng *rand.Rand) (mutant, bool) {
	if ms := weekdayByDate.FindAllStringSubmatchIndex(text, -1); len(ms) > 0 {
		m := pick(rng, ms)
		old := text[m[2]:m[3]]
		var next string
		for i, w := range weekdays {
			if w == old {
				next = weekdays[(i+1+rng.IntN(6))%7]
			}
		}
		return mutant{rule: "date-weekday-mismatch", kind: "weekday next to its date changed", text: text[:m[2]] + next + text[m[3]:]}, true
	}
	var dated []brief.Date
	for _, d := range b.Dates {
		if len(d.Value) == 10 && monthDayPrefix.MatchString(d.Text) {
			if _, err := time.Parse("2006-01-02", d.Value); err == nil {
				dated = append(dated, d)
			}
		}
	}
	if len(dated) == 0 {
		return mutant{}, false
	}
	d := pick(rng, dated)
	day, _ := time.Parse("2006-01-02", d.Value)
	wrong := weekdays[(int(day.Weekday())+1+rng.IntN(6))%7]
	return mutant{rule: "date-weekday-mismatch", kind: "wrong weekday put before a date", text: text[:d.Start] + wrong + ", " + text[d.Start:]}, true
}

// troopsRestated gives a force a second, different figure in the same paragraph: right after the
// sentence of one of its figures (a hundred or more, a force rather than a few people), the same
// sentence again with the figure half as large again, as a careless rewrite leaves it.
func troopsRestated(text string, b *brief.Brief, rng *rand.Rand) (mutant, bool) {
	var ts []brief.Troop
	for _, t := range b.Troops {
		if t.Who != nil && t.Count != nil && *t.Count >= 100 && t.Max == nil && strings.ReplaceAll(figureRE.FindString(t.Text), ",", "") == fmt.Sprint(*t.Count) {
			ts = append(ts, t)
		}
	}
	if len(ts) == 0 {
		return mutant{}, false
	}
	t := pick(rng, ts)
	start, end := sentenceStart(text, t.Start), sentenceEnd(text, t.End)
	m := figureRE.FindStringIndex(t.Text)
	copy := text[start:t.Start] + t.Text[:m[0]] + thousands(*t.Count*3/2) + t.Text[m[1]:] + text[t.End:end]
	return mutant{rule: "troops-conflict", kind: "a force given a second figure", text: text[:end] + " " + strings.TrimSpace(copy) + text[end:]}, true
}

var figureRE = regexp.MustCompile(`\d[\d,]*\d|\d`)

// sentenceStart returns the offset where the sentence holding i starts.
func sentenceStart(text string, i int) int {
	for ; i > 0; i-- {
		c := text[i-1]
		if c == '\n' || c == '\r' || c == ' ' && i >= 2 && strings.IndexByte(".!?", text[i-2]) >= 0 {
			return i
		}
	}
	return 0
}

// sentenceEnd returns the offset just after the sentence end at or after i (or the line end).
func sentenceEnd(text string, i int) int {
	for ; i < len(text); i++ {
		c := text[i]
		if c == '\n' || c == '\r' {
			return i
		}
		if strings.IndexByte(".!?", c) >= 0 && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
			if i+1 < len(text) && text[i+1] == ' ' || i+1 == len(text) || text[i+1] == '\n' {
				return i + 1
			}
		}
	}
	return len(text)
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
