package nlp

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

// quantity is an amount read from the tokens: a numeral ("28,000", "1.5 million", "30k", "100 000"),
// number words ("two", "twenty-five", "a dozen"), a vague amount ("thousands", "tens of thousands") or
// a range ("5,000 to 7,000", "between 700 and 800"), with any approximator before it ("an estimated").
type Quantity struct {
	First       int  // token index of the first token, the approximator included
	NumFirst    int  // token index where the number itself starts
	Last        int  // token index of the last token of the number (inclusive)
	Count       int  // the number, or the lower bound of a range; 0 when Vague
	Max         int  // the upper bound of a range, 0 when none
	Vague       bool // "hundreds", "thousands": no count
	Approximate bool
	Numeral     bool   // written with digits
	Suffix      string // what a hyphen glues to a numeral: "strong" in "5,000-strong"
}

// quantityLimit is the largest count a quantity keeps: 2^53, the largest integer a JSON reader holds
// exactly. Counts are computed in integers with overflow checks; a larger amount ("9223372036854775807
// troops", "a hundred hundred hundred ... soldiers") has no count (Vague, so the brief's count is null)
// and keeps its text.
const quantityLimit = 1 << 53

// quantityTooLarge is the value the number readers return for an amount beyond quantityLimit.
const quantityTooLarge = -1

// quantityMul is a*b, or quantityTooLarge when either is too large or the product exceeds quantityLimit.
func quantityMul(a, b int) int {
	if a < 0 || b < 0 || (a != 0 && b > quantityLimit/a) {
		return quantityTooLarge
	}
	return a * b
}

// quantityAdd is a+b, or quantityTooLarge when either is too large or the sum exceeds quantityLimit.
func quantityAdd(a, b int) int {
	if a < 0 || b < 0 || a > quantityLimit-b {
		return quantityTooLarge
	}
	return a + b
}

// quantitySizeSuffixes glued to a numeral give the size of a body: "a 5,000-strong force", "a
// 16-member team", "a 12-man squad".
var quantitySizeSuffixes = map[string]bool{"strong": true, "member": true, "man": true, "troop": true, "soldier": true, "person": true}

// quantityVague are amounts that count without a number: the count is unknown.
var quantityVague = map[string]bool{
	"dozens": true, "scores": true, "hundreds": true, "thousands": true, "millions": true,
}

// quantityApproximators mark the number after them as inexact; longest first so that "more than" wins
// over a shorter match.
var quantityApproximators = [][]string{
	{"no", "fewer", "than"}, {"no", "less", "than"}, {"as", "many", "as"}, {"an", "estimated"},
	{"more", "than"}, {"less", "than"}, {"fewer", "than"}, {"at", "least"}, {"up", "to"}, {"close", "to"},
	{"upwards", "of"}, {"just", "over"}, {"just", "under"}, {"well", "over"}, {"some"}, {"about"},
	{"around"}, {"nearly"}, {"almost"}, {"roughly"}, {"approximately"}, {"estimated"}, {"over"},
	{"under"}, {"approx"}, {"circa"},
}

// quantityLower returns s in lower case, without allocating when it already is.
func QuantityLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// parseQuantity reads a quantity whose number starts at token i of toks (lw holds the tokens' lower-case
// text), then widens it to a range and to an approximator before it.
func ParseQuantity(toks []Token, lw []string, i int) (Quantity, bool) {
	if !quantityMayStart(toks, lw, i) {
		return Quantity{}, false
	}
	q, ok := quantityNumber(toks, lw, i)
	if !ok {
		return q, false
	}
	quantityRange(toks, lw, &q)
	quantityApproximator(lw, &q)
	return q, true
}

// quantityNumber reads the bare number at token i.
func quantityNumber(toks []Token, lw []string, i int) (Quantity, bool) {
	q := Quantity{First: i, NumFirst: i, Last: i}
	w := lw[i]
	if toks[i].IsNumber() {
		v, hi, suffix, ok := quantityNumeral(w)
		if !ok {
			return q, false
		}
		if suffix != "" && !quantitySizeSuffixes[suffix] {
			return q, false // "12-year-old", "F-16": not a head count
		}
		q.Numeral = true
		q.Suffix = suffix
		q.Approximate = hi > 0 // "5,000-7,000": a range does not give the exact figure
		// "100 000": groups of three digits after a single space.
		for suffix == "" && hi == 0 && q.Last+1 < len(toks) && len(w) <= 3 &&
			toks[q.Last+1].Start == toks[q.Last].End+1 && quantityIsDigits(lw[q.Last+1], 3) {
			q.Last++
			v = quantityAdd(quantityMul(v, 1000), quantityAtoi(lw[q.Last]))
		}
		// "1.5 million", "10 thousand".
		if suffix == "" && q.Last+1 < len(toks) {
			if s, ok := lexicon.ScaleWords[lw[q.Last+1]]; ok && s >= 1000 {
				f, _ := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
				v = quantityScaled(f, s)
				q.Last++
			}
		}
		if strings.Contains(w, ".") && q.Last == i {
			return q, false // a decimal with no scale is not a head count
		}
		if v == quantityTooLarge {
			q.Vague = true // no count, the text is kept
			return q, true
		}
		q.Count, q.Max = v, hi
		return q, true
	}
	if quantityVague[w] {
		q.Vague, q.Approximate = true, true
		// "tens of thousands", "hundreds of thousands".
		if q.Last+2 < len(toks) && lw[q.Last+1] == "of" && quantityVague[lw[q.Last+2]] {
			q.Last += 2
		}
		return q, true
	}
	if w == "tens" && i+2 < len(toks) && lw[i+1] == "of" && quantityVague[lw[i+2]] {
		q.Last = i + 2
		q.Vague, q.Approximate = true, true
		return q, true
	}
	// "several hundred", "a few thousand", "many thousands", "a couple of hundred".
	if w == "several" || w == "many" || (w == "a" && i+1 < len(toks) && (lw[i+1] == "few" || lw[i+1] == "couple")) {
		j := i + 1
		if w == "a" {
			j = i + 2
			if lw[i+1] == "couple" && j+1 < len(toks) && lw[j] == "of" {
				j++
			}
		}
		if j < len(toks) {
			if _, ok := lexicon.ScaleWords[strings.TrimSuffix(lw[j], "s")]; ok || lw[j] == "dozen" {
				q.Last = j
				q.Vague, q.Approximate = true, true
				return q, true
			}
		}
		return q, false
	}
	v, last, ok := quantityWords(lw, i)
	if !ok {
		return q, false
	}
	q.Last = last
	if v == quantityTooLarge {
		q.Vague = true // no count, the text is kept
		return q, true
	}
	q.Count = v
	return q, true
}

// quantityWords reads number words: "two", "twenty-five", "two hundred and fifty", "a dozen",
// "half a dozen", "three thousand", "a hundred".
func quantityWords(lw []string, i int) (int, int, bool) {
	total, current, last, seen := 0, 0, i-1, false
	j := i
	if lw[j] == "half" && j+2 < len(lw) && lw[j+1] == "a" && lw[j+2] == "dozen" {
		return 6, j + 2, true
	}
	if (lw[j] == "a" || lw[j] == "an") && j+1 < len(lw) {
		if lw[j+1] == "dozen" {
			return 12, j + 1, true
		}
		if _, ok := lexicon.ScaleWords[lw[j+1]]; ok {
			current, seen, last = 1, true, j
			j++
		} else {
			return 0, 0, false
		}
	}
	for ; j < len(lw); j++ {
		w := lw[j]
		if v, ok := lexicon.CardinalValue(w); ok {
			if seen && current%100 != 0 && current%10 == 0 && v < 10 {
				current = quantityAdd(current, v) // "twenty five"
			} else if seen && current%100 != 0 {
				break
			} else {
				current = quantityAdd(current, v)
			}
			seen, last = true, j
			continue
		}
		if !seen {
			return 0, 0, false
		}
		if w == "dozen" {
			current = quantityMul(current, 12)
			last = j
			continue
		}
		if s, ok := lexicon.ScaleWords[w]; ok {
			if s == 100 {
				current = quantityMul(current, 100)
			} else {
				total = quantityAdd(total, quantityMul(current, s))
				current = 0
			}
			last = j
			continue
		}
		if w == "and" && j+1 < len(lw) && last == j-1 && (lw[j-1] == "hundred" || lw[j-1] == "thousand") {
			if _, ok := lexicon.CardinalValue(lw[j+1]); ok {
				continue
			}
		}
		break
	}
	if !seen {
		return 0, 0, false
	}
	return quantityAdd(total, current), last, true
}

// quantityNumeral reads a numeral token: "28,000", "1.5", "30k", "5,000-7,000" (a range) and
// "5,000-strong" (a suffix).
func quantityNumeral(w string) (value, max int, suffix string, ok bool) {
	if k := strings.IndexAny(w, "-–"); k > 0 {
		head, tail := w[:k], strings.TrimLeft(w[k:], "-–")
		v, _, _, ok := quantityNumeral(head)
		if !ok {
			return 0, 0, "", false
		}
		if tail != "" && tail[0] >= '0' && tail[0] <= '9' {
			hi, _, s, ok := quantityNumeral(tail)
			if ok && s == "" && (v == quantityTooLarge || hi == quantityTooLarge) {
				return quantityTooLarge, 0, "", true
			}
			if !ok || s != "" || hi <= v {
				return 0, 0, "", false
			}
			return v, hi, "", true
		}
		return v, 0, tail, true
	}
	scale := 1
	if strings.HasSuffix(w, "k") {
		w, scale = w[:len(w)-1], 1000
	}
	clean := strings.ReplaceAll(w, ",", "")
	if clean == "" {
		return 0, 0, "", false
	}
	dot := false
	for k := 0; k < len(clean); k++ {
		c := clean[k]
		if c == '.' && !dot {
			dot = true
			continue
		}
		if c < '0' || c > '9' {
			return 0, 0, "", false
		}
	}
	if !dot {
		n, err := strconv.ParseInt(clean, 10, 64)
		if err != nil {
			return quantityTooLarge, 0, "", true // only digits: the one error is a value out of range
		}
		return quantityMul(quantityAdd(int(n), 0), scale), 0, "", true
	}
	f, err := strconv.ParseFloat(clean, 64)
	if err != nil {
		return 0, 0, "", false
	}
	return quantityScaled(f, scale), 0, "", true
}

// quantityScaled is f×scale rounded, or quantityTooLarge beyond quantityLimit.
func quantityScaled(f float64, scale int) int {
	v := f*float64(scale) + 0.5
	if !(v >= 0 && v <= quantityLimit) {
		return quantityTooLarge
	}
	return int(v)
}

// quantityYearPrepositions come before a year: "in 2009".
var quantityYearPrepositions = map[string]bool{"in": true, "since": true, "by": true, "until": true,
	"during": true}

// quantityRange widens q over "to 7,000", "and 800" after "between", "or three".
func quantityRange(toks []Token, lw []string, q *Quantity) {
	j := q.Last + 1
	if q.Vague || q.Max > 0 || j+1 >= len(toks) {
		return
	}
	between := q.NumFirst > 0 && lw[q.NumFirst-1] == "between"
	// "rose from 30,000 in 2009 to 100,000": a year is not the lower bound of a range.
	if q.Numeral && q.Last == q.NumFirst && len(lw[q.NumFirst]) == 4 && q.Count >= 1000 && q.Count <= 2100 &&
		q.NumFirst > 0 && quantityYearPrepositions[lw[q.NumFirst-1]] {
		return
	}
	switch {
	case lw[j] == "to" || lw[j] == "or" || lw[j] == "-" || lw[j] == "–" || (between && lw[j] == "and"):
	default:
		return
	}
	hi, ok := quantityNumber(toks, lw, j+1)
	if !ok || hi.Vague || hi.Max > 0 || hi.Suffix != "" || hi.Count <= q.Count {
		return
	}
	// "700 to 8,000" mixes a different scale rarely; "2 to 3 million" reads as millions.
	if q.Numeral && hi.Count >= 1000*q.Count && hi.Count%1000 == 0 && hi.Last > j+1 {
		if s := lexicon.ScaleWords[lw[hi.Last]]; s > 0 && quantityMul(q.Count, s) != quantityTooLarge {
			q.Count *= s
		}
	}
	q.Max, q.Last = hi.Count, hi.Last
	q.Approximate = true // a range does not give the exact figure
	if between {
		q.First = q.NumFirst - 1
	}
}

// quantityApproximator widens q over an approximator right before it ("an estimated", "more than").
func quantityApproximator(lw []string, q *Quantity) {
	for _, a := range quantityApproximators {
		s := q.First - len(a)
		if s < 0 {
			continue
		}
		match := true
		for k, w := range a {
			if lw[s+k] != w {
				match = false
				break
			}
		}
		if match {
			q.First = s
			q.Approximate = true
			return
		}
	}
}

func quantityIsDigits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return true
}

func quantityAtoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// quantityStarters are the words ParseQuantity can read a quantity from, besides numerals and
// hyphenated number words ("twenty-five"): its vague amounts ("thousands", "tens of thousands"), "several"
// and "many", "a"/"an"/"half" ("a dozen", "a hundred", "half a dozen"), and the number words. TestQuantityStarters
// checks that the list keeps up with quantityNumber.
var quantityStarters = func() map[string]bool {
	set := map[string]bool{"tens": true, "several": true, "many": true, "a": true, "an": true, "half": true}
	for w := range quantityVague {
		set[w] = true
	}
	for w := range lexicon.CardinalWords {
		set[w] = true
	}
	for w := range lexicon.ScaleWords {
		set[w] = true
	}
	return set
}()

// quantityStarterFilter turns most words away before quantityStarters' map.
var quantityStarterFilter = lexicon.FilterOf(quantityStarters)

// quantityMayStart reports whether a quantity may start at token i; false means it certainly does
// not. ParseQuantity asks it first: its callers try every token, and most are none of these.
func quantityMayStart(toks []Token, lw []string, i int) bool {
	w := lw[i]
	switch c := w[0]; {
	case c >= '0' && c <= '9':
		return true
	case c >= utf8.RuneSelf:
		return toks[i].IsNumber() // a digit of another script
	case w == "a" || w == "an":
		// "a dozen", "a hundred", "a few thousand", "a couple of hundred": the article alone is no
		// quantity, and it is the commonest of the starters.
		nx := ""
		if i+1 < len(lw) {
			nx = lw[i+1]
		}
		_, scale := lexicon.ScaleWords[nx]
		return scale || nx == "dozen" || nx == "few" || nx == "couple"
	}
	if quantityStarterFilter.MayHave(w) && quantityStarters[w] {
		return true
	}
	return hyphenStarters[w[0]] && strings.IndexByte(w, '-') > 0 // "twenty-five"
}

// hyphenStarters are the first letters of the number words, which a hyphenated number starts with.
var hyphenStarters = func() (set [utf8.RuneSelf]bool) {
	for w := range lexicon.CardinalWords {
		set[w[0]] = true
	}
	return set
}()
