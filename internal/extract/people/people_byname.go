package people

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// NameIndex answers PersonByName for one list of people, keying each name and alias once rather
// than at every call.
type NameIndex struct {
	byKey  map[string][]int // a name's or an alias's key → the people bearing it, in order
	byLast map[string][]int // the name's last key word → people
	byWord map[string][]int // any key word of the name → people
}

// NewNameIndex indexes people, which must not change while the index is used.
func NewNameIndex(people []brief.Person) *NameIndex {
	x := &NameIndex{byKey: map[string][]int{}, byLast: map[string][]int{}, byWord: map[string][]int{}}
	add := func(m map[string][]int, k string, i int) {
		if l := m[k]; len(l) == 0 || l[len(l)-1] != i {
			m[k] = append(l, i)
		}
	}
	for i, p := range people {
		key := PersonKey(p.Name)
		add(x.byKey, key, i)
		for _, a := range p.Aliases {
			add(x.byKey, PersonKey(a), i)
		}
		w := strings.Fields(key)
		if len(w) > 0 {
			add(x.byLast, w[len(w)-1], i)
		}
		for _, word := range w {
			add(x.byWord, word, i)
		}
	}
	return x
}

// ByName is PersonByName(people, words) for the indexed people.
func (x *NameIndex) ByName(words string) int {
	key := PersonKey(words)
	if key == "" {
		return -1
	}
	if i := unique(x.byKey[key]); i != -2 {
		return i
	}
	if strings.Contains(key, " ") {
		return -1
	}
	if i := unique(x.byLast[key]); i != -2 {
		return i
	}
	if i := unique(x.byWord[key]); i != -2 {
		return i
	}
	return -1
}

// unique is uniqueMatch's answer for the people list: the one person, -1 for several, -2 for none.
func unique(list []int) int {
	switch len(list) {
	case 0:
		return -2
	case 1:
		return list[0]
	}
	return -1
}
