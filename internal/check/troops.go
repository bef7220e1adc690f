package check

import (
	"fmt"
	"strings"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// troopsConflict finds one force given two different figures in one article. Only figures a copy
// editor would hold against each other are compared: the same force (and the same place, both named
// or both not), both standing strengths at the time of writing. A figure that counts casualties or
// arrests, a plan or a forecast, a past event or a part of a larger group ("30 of them") measures
// something else and is left alone. A figure inside a range ("5,000 to 7,000" then "6,000") and vague
// ones ("thousands") agree.
func troopsConflict(a *Article) []Finding {
	idx := newLineIndex(a.Text)
	var out []Finding
	byForce := map[string][]brief.Troop{}
	for _, t := range a.Brief.Troops {
		if t.Who == nil || t.Count == nil || troopRole(a.Text, t) != roleStrength {
			continue
		}
		key := strings.ToLower(strings.Join(strings.Fields(*t.Who), " "))
		for _, prev := range byForce[key] {
			if samePlace(prev.Where, t.Where) && !rangesMeet(prev, t) {
				line, _ := idx.position(prev.Start)
				out = append(out, Finding{Start: t.Start, Message: fmt.Sprintf("%s given as %s here but %s at line %d", *t.Who, figure(t), figure(prev), line)})
				break
			}
		}
		byForce[key] = append(byForce[key], t)
	}
	return out
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
