package extract

import "github.com/newsbrief/newsbrief/internal/brief"

// extractPeople lists the people named in the article. Baseline: prose's PERSON entities, one entry
// per distinct text, in order of first appearance.
func extractPeople(d *Doc) []brief.Person {
	_, entities := d.Prose()
	people := []brief.Person{}
	index := map[string]int{}
	for _, e := range entities {
		if e.Label != "PERSON" {
			continue
		}
		name := d.Slice(e.Range)
		i, ok := index[name]
		if !ok {
			i = len(people)
			index[name] = i
			people = append(people, brief.Person{Name: name, Titles: []string{}, Aliases: []string{}})
		}
		people[i].Mentions = append(people[i].Mentions, d.span(e.Range))
	}
	return people
}
