package lexicon

import (
	"embed"
	"strings"
)

// data holds every word list of the extractors, one file per list (data/FAMILY/NAME.txt, one word
// per line, "#" lines are comments), so that a word is looked up in one place. The Go variable that
// reads a list, in the family that uses it, says what the list is for.
//
//go:embed data
var data embed.FS

// Words returns the list data/NAME.txt as a set of lower-case words. A missing list is a programming
// error, found by any test of the package that reads it.
func Words(name string) map[string]bool {
	raw, err := data.ReadFile("data/" + name + ".txt")
	if err != nil {
		panic("lexicon: no word list " + name)
	}
	m := map[string]bool{}
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}

// Pairs returns the table data/NAME.tsv (a key, a tab, a value per line) as a map.
func Pairs(name string) map[string]string {
	raw, err := data.ReadFile("data/" + name + ".tsv")
	if err != nil {
		panic("lexicon: no table " + name)
	}
	m := map[string]string{}
	for _, line := range strings.Split(string(raw), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		if !ok {
			panic("lexicon: " + name + ": a line without a tab: " + line)
		}
		m[k] = v
	}
	return m
}

// union returns a set of every word of the sets.
func union(sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
	}
	return m
}
