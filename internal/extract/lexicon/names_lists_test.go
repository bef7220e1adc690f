package lexicon

import (
	"slices"
	"strings"
	"testing"
)

// The prefix index must find exactly what a binary search of the whole list finds: every word of
// both lists, and near misses of them.
func TestSortedWordsMatchBinarySearch(t *testing.T) {
	LoadWordLists()
	for _, list := range []sortedWords{givenNames, englishWords} {
		if len(list.words) == 0 || !slices.IsSorted(list.words) {
			t.Fatal("a word list is empty or not sorted")
		}
		var probes []string
		for _, w := range list.words {
			probes = append(probes, w, w+"a", w[:len(w)-1], strings.ToUpper(w), w+"\xff")
		}
		probes = append(probes, "", "a", "\x00", "\xff", "\xff\xff", "zz", "é", "éa")
		for _, w := range probes {
			if got, want := list.has(w), inSorted(list.words, w); got != want {
				t.Errorf("has(%q) = %v, binary search says %v", w, got, want)
			}
		}
	}
}
