package dates

import (
	"sort"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// extract finds every expression that points to a calendar date or period and resolves it to a
// TimeML TIMEX3 value against the publication date. Durations ("three months"), sets ("every year"), ages,
// vague references ("recently") and times of day alone are not dates; neither is the dateline's date,
// which is the publication date itself. When published is zero, relative expressions keep X
// placeholders for what only the publication date could tell (see timex.go).
func extract(d *doc, published time.Time) []brief.Date {
	s := newDateScanner(d)
	mentions := s.scan()
	sort.SliceStable(mentions, func(a, b int) bool { return mentions[a].Start < mentions[b].Start })
	r := newDateResolver(published)
	out := []brief.Date{}
	for i := range mentions {
		m := &mentions[i]
		if d.Dateline != nil && m.Overlaps(*d.Dateline) {
			continue
		}
		first := d.TokenIndex(m.Start)
		last := d.TokenIndex(m.End)
		if first >= len(d.Tokens) {
			continue
		}
		m.tense = s.tenseAround(first, last)
		// A season naming an event ("the summer war") is the one just past or under way, whatever the
		// clause's tense.
		if m.kind == kindSeason && !m.relative && s.attributive(last) {
			m.tense = tenseUnknown
		}
		if m.kind == kindWeekday && !m.relative {
			m.tense = s.possessiveWeekdayTense(first, last, m.tense)
		}
		// Coordinated dates share their clause: "in February or March", "from May 10 to May 12".
		if m.tense == tenseUnknown && i > 0 && coordinated(d.Text, mentions[i-1].Range, m.Range) {
			m.tense = mentions[i-1].tense
		}
		if m.yearAgo && !m.quarterContext {
			m.quarterContext = s.sentenceHas(first, "quarter", "period") || i > 0 && mentions[i-1].kind == kindQuarter ||
				s.continuesQuarterComparison(mentions[:i], first) || s.figureComparison(first)
		}
		value := r.resolve(m)
		if value == "" {
			continue
		}
		if m.dayShift != 0 {
			value = shiftDay(value, m.dayShift)
		}
		if m.weekOf {
			value = weekOfDay(value)
		}
		out = append(out, brief.Date{Span: d.Span(m.Range), Value: value})
	}
	return out
}

// coordinated reports whether b follows a with only a conjunction or a range mark between them.
func coordinated(text string, a, b nlp.Range) bool {
	if a.End > b.Start || b.Start-a.End > 10 {
		return false
	}
	switch strings.TrimSpace(text[a.End:b.Start]) {
	case "or", "and", "to", "-", "–", "through", "until", ",", "and on", "or on", "and in", "or in":
		return true
	}
	return false
}
