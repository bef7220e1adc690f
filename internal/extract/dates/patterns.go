package dates

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

// patternSet says which of core's patterns can match at a token, judged from the token's word alone.
// core asks it once instead of letting every pattern look at the word in turn: a number or "the"
// reaches core often, and most patterns turn it away only after a few lookups of their own.
type patternSet uint16

const (
	tryRelativeDay patternSet = 1 << iota
	tryReferenceDay
	tryYearReference
	tryWeekday
	tryRelative
	tryMonth
	tryQuarter
	tryYearAgo
	trySpelledYear
	tryAgo
	tryDecade
	trySeason
	tryHoliday

	tryAll patternSet = 1<<iota - 1
)

// patternStarts are the words each pattern can start with, from the first tests of the scan_*.go
// files; a word with none of them starts no pattern. Words the patterns read by their form (numbers,
// hyphenated words, quarter codes) are not listed: patternsAt lets them try everything.
var patternStarts = func() map[string]patternSet {
	starts := map[string]patternSet{}
	add := func(p patternSet, words ...string) {
		for _, w := range words {
			starts[w] |= p
		}
	}
	add(tryRelativeDay, "today", "tonight", "yesterday", "tomorrow", "last", "this", "the")
	add(tryReferenceDay, "earlier", "later", "that", "the")
	add(tryYearReference, "that", "the", "earlier", "later")
	for w := range lexicon.WeekdayWords {
		add(tryWeekday, w)
	}
	add(tryRelative, append(keysOf(relativeWords), "the")...)
	add(tryMonth, keysOf(lexicon.MonthWords)...)
	add(tryQuarter, append(keysOf(ordinalWords), "the", "its", "their", "a", "this", "last", "next", "fiscal", "latter")...)
	add(tryYearAgo, "the", "a", "year-earlier", "year-ago")
	add(trySpelledYear, "nineteen", "eighteen", "two")
	add(tryAgo, append(keysOf(numberWords), "in", "about", "nearly", "almost", "some", "around", "roughly",
		"exactly", "just", "over", "only", "[")...)
	add(tryDecade, append(keysOf(ordinalWords), keysOf(decadeWords)...)...)
	add(tryDecade, "the")
	add(trySeason, append(keysOf(seasonWords), "the")...)
	add(tryHoliday, "christmas", "new", "valentine", "halloween", "boxing", "election", "thanksgiving")
	return starts
}()

// patternsAt returns the patterns that can start at a token whose lower-case text is w.
func patternsAt(w string) patternSet {
	if w == "" {
		return tryAll
	}
	c := w[0]
	// A number starts none of the word patterns: only a quarter ("3rd-quarter"), a count of units ("3
	// weeks ago") or a decade or century ("1990s", "19th century"); the numeric dates have their own
	// test in core.
	if c >= '0' && c <= '9' || c == '+' || c == '-' {
		return tryQuarter | tryAgo | tryDecade
	}
	// Other scripts, hyphenated words ("mid-1990s", "third-quarter", "twenty-five") and quarter codes
	// are read by their form.
	if c >= 0x80 || len(w) == 2 && c == 'q' || strings.IndexByte(w, '-') >= 0 {
		return tryAll
	}
	return patternStarts[w]
}

// keysOf lists the words of a word set.
func keysOf[V any](set map[string]V) []string {
	words := make([]string, 0, len(set))
	for w := range set {
		words = append(words, w)
	}
	return words
}
