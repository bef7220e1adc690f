package dates

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// dateRefiner is one step between the scan and the resolver; dateRefiners (dates.go) lists them in the
// order they run. A step sees every mention in text order and may drop one or settle what the resolver
// needs from the context. A dropped mention stays in the list, skipped by the steps after: it is still
// the date before the next one for the steps that look back.
type dateRefiner func(s *dateScanner, mentions []dateMention)

// dropDatelineDate drops the date of the dateline ("WASHINGTON, Aug. 8 (Xinhua) --"): it is the
// publication date, which the brief gives on its own.
func dropDatelineDate(s *dateScanner, mentions []dateMention) {
	if s.d.Dateline == nil {
		return
	}
	for i := range mentions {
		if mentions[i].Overlaps(*s.d.Dateline) {
			mentions[i].dropped = true
		}
	}
}

// placeOnTokens finds the tokens of each mention, which the context steps read. A mention that starts
// after the last token has no context to read and is dropped.
func placeOnTokens(s *dateScanner, mentions []dateMention) {
	// The mentions are in text order: their first tokens are found by walking on through the
	// tokens, and their ends a few tokens further, instead of a search of all the tokens for each.
	first := 0
	for i := range mentions {
		m := &mentions[i]
		if m.dropped {
			continue
		}
		for first < len(s.toks) && s.toks[first].Start < m.Start {
			first++
		}
		end := first
		for end < len(s.toks) && s.toks[end].Start < m.End {
			end++
		}
		m.tokens = nlp.Range{Start: first, End: end}
		if m.tokens.Start >= len(s.toks) {
			m.dropped = true
		}
	}
}

// clauseTense sets each mention's tense from the cues of its clause (tense.go): a bare weekday or a
// month without a year is resolved backwards in a past clause and forwards in a future one.
func clauseTense(s *dateScanner, mentions []dateMention) {
	for i := range mentions {
		m := &mentions[i]
		if m.dropped {
			continue
		}
		m.tense = s.tenseAround(m.tokens.Start, m.tokens.End)
	}
}

// eventSeasonTense clears the tense of a season that names an event ("the summer war"): it is the one
// just past or under way, whatever the clause's tense.
func eventSeasonTense(s *dateScanner, mentions []dateMention) {
	for i := range mentions {
		m := &mentions[i]
		if m.dropped {
			continue
		}
		if m.kind == kindSeason && !m.relative && s.attributive(m.tokens.End) {
			m.tense = tenseUnknown
		}
	}
}

// possessiveWeekday sets the tense of a weekday that names an event by its day ("Wednesday's ruling"
// is past, "ahead of Sunday's election" is future).
func possessiveWeekday(s *dateScanner, mentions []dateMention) {
	for i := range mentions {
		m := &mentions[i]
		if m.dropped {
			continue
		}
		if m.kind == kindWeekday && !m.relative {
			m.tense = s.possessiveWeekdayTense(m.tokens.Start, m.tokens.End, m.tense)
		}
	}
}

// coordinatedTense gives a date with no tense of its own the tense of the date it is coordinated with:
// "in February or March", "from May 10 to May 12" share their clause.
func coordinatedTense(s *dateScanner, mentions []dateMention) {
	for i := 1; i < len(mentions); i++ {
		m := &mentions[i]
		if m.dropped {
			continue
		}
		if m.tense == tenseUnknown && coordinated(s.d.Text, mentions[i-1].Range, m.Range) {
			m.tense = mentions[i-1].tense
		}
	}
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

// yearAgoInQuarterReport decides whether a year-ago comparison ("a year ago", "a year earlier") is
// about a quarter, and so means that quarter a year before rather than the previous year: its sentence
// (or the one before) speaks of a quarter or period, the date before it is a quarter, it carries on the
// previous year-ago comparison about a quarter, or it compares money figures. The scanner has already
// decided for the phrases that name their period ("the year-ago quarter").
func yearAgoInQuarterReport(s *dateScanner, mentions []dateMention) {
	for i := range mentions {
		m := &mentions[i]
		if m.dropped || !m.yearAgo || m.quarterContext {
			continue
		}
		first := m.tokens.Start
		m.quarterContext = s.sentenceHas(first, "quarter", "period") || i > 0 && mentions[i-1].kind == kindQuarter ||
			s.continuesQuarterComparison(mentions[:i], first) || s.figureComparison(first)
	}
}

// continuesQuarterComparison reports whether a year-ago comparison at token first carries on the
// quarter comparison of the date before it in the same paragraph: "… a net loss of C$2.3 million a year
// ago. Sales were C$348.2 million compared with C$307.2 million a year earlier." A sentence about months
// ("For the nine months, …") compares longer periods.
func (s *dateScanner) continuesQuarterComparison(before []dateMention, first int) bool {
	if len(before) == 0 {
		return false
	}
	prev := before[len(before)-1]
	if !prev.yearAgo || !prev.quarterContext || s.d.ParagraphAt(prev.Start) != s.d.ParagraphAt(s.toks[first].Start) {
		return false
	}
	return !s.sentenceHas(first, "months")
}

// figureComparison reports whether the sentence at token first compares figures of money ("rose to $1.27
// billion from $1.43 billion a year ago") and not those of months.
func (s *dateScanner) figureComparison(first int) bool {
	return s.sentenceHas(first, "million", "billion") && s.sentenceHas(first, "from", "compared", "versus") && !s.sentenceHas(first, "months")
}
