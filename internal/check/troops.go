package check

import (
	"fmt"
	"strings"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// troopsConflict finds one force given two different figures in one article. Only figures a copy
// editor would hold against each other are compared: the same force in the same place (both named or
// both not), counting the same thing at the same time. Standing strengths are compared across the
// article; figures of anything else (casualties, arrests, plans, past events) only within one
// paragraph, in two sentences saying the same kind of thing (the same marker words: "killed" and
// "killed", not "killed" and "wounded"). Two figures in one sentence count different groups ("killing
// two soldiers and wounding five others"), and a part of a group ("30 of them") is never compared. A
// figure inside a range ("5,000 to 7,000" then "6,000") and vague ones ("thousands") agree.
func troopsConflict(a *Article) []Finding {
	idx := newLineIndex(a.Text)
	var out []Finding
	byForce := map[string][]troopFigure{}
	for _, t := range a.Brief.Troops {
		if t.Who == nil || t.Count == nil {
			continue
		}
		f := readFigure(a.Text, t)
		if f.role == rolePart {
			continue
		}
		key := strings.ToLower(strings.Join(strings.Fields(*t.Who), " "))
		for _, prev := range byForce[key] {
			if samePlace(prev.Where, t.Where) && !rangesMeet(prev.Troop, t) && comparable(prev, f) {
				line, _ := idx.position(prev.Start)
				out = append(out, Finding{Start: t.Start, Message: fmt.Sprintf("%s given as %s here but %s at line %d", *t.Who, figure(t), figure(prev.Troop), line)})
				break
			}
		}
		byForce[key] = append(byForce[key], f)
	}
	return out
}

// comparable reports whether two figures of one force count the same thing at the same time.
func comparable(a, b troopFigure) bool {
	if a.sentence == b.sentence {
		return false
	}
	if a.role == roleStrength && b.role == roleStrength {
		return true
	}
	return a.paragraph == b.paragraph && a.role == b.role && a.markers == b.markers
}

// samePlace is true when both figures name the same place or neither names one: a force "in Kuwait"
// and the whole army are not the same count.
func samePlace(a, b *string) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return strings.EqualFold(*a, *b)
}

func rangesMeet(a, b brief.Troop) bool {
	alo, ahi := bounds(a)
	blo, bhi := bounds(b)
	return alo <= bhi && blo <= ahi
}

func bounds(t brief.Troop) (int, int) {
	if t.Max != nil {
		return *t.Count, *t.Max
	}
	return *t.Count, *t.Count
}

func figure(t brief.Troop) string {
	s := thousands(*t.Count)
	if t.Max != nil {
		s += "–" + thousands(*t.Max)
	}
	return s
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
