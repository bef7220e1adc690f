package people

import "strings"

// The people found so far, indexed by the words of their names, so that finding the person a
// mention names costs about the same whether the article names ten people or ten thousand. The
// index follows b.people (it only ever grows): every lookup first indexes the people added since the
// last one, so code that appends to b.people needs no change.

// sync indexes the people added to b.people since the last lookup.
func (b *personBuilder) sync() {
	if b.byWord == nil {
		b.byWord = map[string][]int{}
		b.byName = map[string]int{}
		b.byLast = map[string][]int{}
	}
	for ; b.indexed < len(b.people); b.indexed++ {
		p := b.people[b.indexed]
		if len(p.words) >= 2 {
			key := strings.Join(p.words, " ")
			if _, ok := b.byName[key]; !ok {
				b.byName[key] = b.indexed
			}
			b.longest = max(b.longest, len(p.words))
			last := p.words[len(p.words)-1]
			b.byLast[last] = append(b.byLast[last], b.indexed)
		}
		for k, w := range p.words {
			if indexOfWord(p.words[:k], w) >= 0 {
				continue // a word written twice is listed once
			}
			b.byWord[w] = append(b.byWord[w], b.indexed)
		}
	}
}

func indexOfWord(words []string, w string) int {
	for k, x := range words {
		if x == w {
			return k
		}
	}
	return -1
}

// withAll returns, in b.people order, a superset of the people whose name holds every one of words:
// the people named with the rarest of them. It returns nil when one of the words is nobody's.
func (b *personBuilder) withAll(words []string) []int {
	b.sync()
	var best []int
	for k, w := range words {
		list, ok := b.byWord[w]
		if !ok {
			return nil
		}
		if k == 0 || len(list) < len(best) {
			best = list
		}
	}
	return best
}

// inside returns the first person in b.people whose name of two words or more lies inside words,
// and where it starts there; -1 when none does. It looks up each stretch of words no longer than the
// longest such name.
func (b *personBuilder) inside(words []string) (first, at int) {
	b.sync()
	first = -1
	for k := range words {
		for n := 2; n <= b.longest && k+n <= len(words); n++ {
			if i, ok := b.byName[strings.Join(words[k:k+n], " ")]; ok && (first < 0 || i < first) {
				first = i
			}
		}
	}
	if first >= 0 {
		at = indexWords(words, b.people[first].words)
	}
	return first, at
}

// withWord returns, in b.people order, the people whose name has the word w.
func (b *personBuilder) withWord(w string) []int {
	b.sync()
	return b.byWord[w]
}
