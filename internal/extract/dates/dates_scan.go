package dates

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// dateKind says how a date expression is placed on the calendar.
type dateKind int

const (
	kindCalendar         dateKind = iota // year, month and day as written; a missing year is inferred
	kindWeekday                          // "Wednesday", "last Friday", "next Monday"
	kindRelativeDay                      // today, yesterday, tomorrow, tonight: offset in days
	kindRelativeUnit                     // "last week", "next year", "two months ago", "in two weeks"
	kindSeason                           // "last summer", "spring next year"
	kindQuarter                          // "the third quarter", "2021-Q4"
	kindHalf                             // "the first half of 2006"
	kindDecade                           // "the 1990s", "the next decade"
	kindCentury                          // "the 19th century"
	kindReferenceDay                     // "earlier in the day": the day last talked about
	kindReferenceYear                    // "the previous year", "the year before": from the year last talked about
	kindReferenceQuarter                 // "the quarter", "the latest quarter" in a report about a quarter
	kindYearEnd                          // "by year-end", "since year end": December 31 of a year
	kindReferenceMonth                   // "the following month", "later that month": from the month last talked about
)

// dateMention is one date expression found in the text, before it is resolved.
type dateMention struct {
	nlp.Range
	kind             dateKind
	year, month, day int // as written; 0 when not written
	weekday          time.Weekday
	hasWeekday       bool
	unit             calendarUnit
	offset           int  // shift in units: "last" -1, "next" +1, "this" 0, "two weeks ago" -2
	relative         bool // a weekday or season with last/next/this
	number           int  // quarter 1–4, half 1–2, season index, decade (199), century (19)
	futureOnly       bool // "in two weeks": a date only when the clause looks ahead
	direction        int  // -1 or +1 when the words fix the direction ("since January", "until May")
	yearOffset       int  // "January this year", "spring next year": the year relative to the anchor
	yearRelative     bool
	monthRelative    bool // "last April", "next January": direction holds the sign
	fromReference    bool // "the previous Friday": counted from the day last talked about
	// yearAgo marks "a year ago", "a year earlier", "year-earlier": in a report about a quarter they
	// mean that quarter a year before.
	yearAgo        bool
	quarterContext bool
	latest         bool // "the latest quarter": the last one completed before publication
	dayShift       int  // "the day before last Tuesday": days added to the resolved day
	weekOf         bool // "the week of March 6": the ISO week of the resolved day
	tense          tense
}

// dateScanner reads the article's tokens once, left to right, and collects date mentions.
type dateScanner struct {
	d    *doc
	toks []nlp.Token
	low  []string // lower-case token texts
	out  []dateMention
	// pending are extra mentions a pattern found inside its match (the second year of "1975-1990", the
	// second date of "July 12-August 14"); they are kept only when the match is emitted.
	pending []dateMention
	// sentence index of each token is found by binary search; the last one is cached.
	lastSentence nlp.Range
}

func newDateScanner(d *doc) *dateScanner {
	s := &dateScanner{d: d, toks: d.Tokens, low: make([]string, len(d.Tokens))}
	for i, t := range d.Tokens {
		s.low[i] = strings.ToLower(t.Text)
	}
	return s
}

// word returns token k in lower case, or "" outside the article.
func (s *dateScanner) word(k int) string {
	if k < 0 || k >= len(s.low) {
		return ""
	}
	return s.low[k]
}

// joined reports whether token k continues the phrase of token k-1 on the same line.
func (s *dateScanner) joined(k int) bool {
	if k <= 0 || k >= len(s.toks) {
		return false
	}
	gap := s.d.Text[s.toks[k-1].End:s.toks[k].Start]
	return !strings.ContainsAny(gap, "\n\r")
}

// wordAt returns token k in lower case when it continues the phrase, else "".
func (s *dateScanner) next(k int) string {
	if !s.joined(k) {
		return ""
	}
	return s.low[k]
}

// sentenceBounds returns the token range [Start, End) of the sentence holding token i.
func (s *dateScanner) sentenceBounds(i int) nlp.Range {
	if s.lastSentence.End > i && s.lastSentence.Start <= i {
		return s.lastSentence
	}
	pos := s.toks[i].Start
	si := s.d.SentenceAt(pos)
	var r nlp.Range
	if si < 0 {
		r = nlp.Range{Start: i, End: i + 1}
	} else {
		sent := s.d.Sentences[si]
		start := s.d.TokenIndex(sent.Start)
		end := start
		for end < len(s.toks) && s.toks[end].Start < sent.End {
			end++
		}
		r = nlp.Range{Start: start, End: end}
	}
	s.lastSentence = r
	return r
}

// dateFunctionWords cannot be the noun that a date word modifies.
var dateFunctionWords = map[string]bool{
	"of": true, "and": true, "or": true, "to": true, "in": true, "on": true, "at": true, "for": true,
	"the": true, "a": true, "an": true, "when": true, "as": true, "with": true, "by": true, "from": true,
	"is": true, "was": true, "will": true, "has": true, "had": true, "have": true, "that": true,
	"this": true, "after": true, "before": true, "until": true, "but": true, "if": true, "than": true,
}

// attributive reports whether token k (right after a date) is a lower-case word that the date
// modifies, as in "the summer war".
func (s *dateScanner) attributive(k int) bool {
	w := s.next(k)
	return w != "" && s.toks[k].IsWord() && !s.toks[k].IsCapitalized() && !dateFunctionWords[w] && !strings.HasSuffix(w, "ed")
}

// sentenceHas reports whether the sentence of token i, or the one before it in the same paragraph,
// has a word containing one of the given words (lower case: "quarter" finds "third-quarter").
func (s *dateScanner) sentenceHas(i int, words ...string) bool {
	r := s.sentenceBounds(i)
	if r.Start > 0 && s.joinedParagraph(r.Start) {
		prev := s.sentenceBounds(r.Start - 1)
		r.Start = prev.Start
		s.lastSentence = nlp.Range{}
	}
	for k := r.Start; k < r.End; k++ {
		for _, w := range words {
			if strings.Contains(s.low[k], w) {
				return true
			}
		}
	}
	return false
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

// joinedParagraph reports whether token k is in the same paragraph as token k-1.
func (s *dateScanner) joinedParagraph(k int) bool {
	return s.d.ParagraphAt(s.toks[k].Start) == s.d.ParagraphAt(s.toks[k-1].Start)
}

// scan finds every date mention.
func (s *dateScanner) scan() []dateMention {
	for i := 0; i < len(s.toks); {
		if !s.toks[i].IsWord() && s.toks[i].Text != "'" && s.toks[i].Text != "’" && s.toks[i].Text != "[" {
			i++
			continue
		}
		if end := s.matchAt(i); end > i {
			i = end
			continue
		}
		i++
	}
	return s.out
}

// emit records a mention over tokens [i, j).
func (s *dateScanner) emit(m dateMention, i, j int) {
	if m.End == 0 {
		m.Range = nlp.Range{Start: s.toks[i].Start, End: s.toks[j-1].End}
	}
	s.out = append(s.out, m)
	s.out = append(s.out, s.pending...)
	s.pending = s.pending[:0]
}

// dateOpeners are the words a date expression can start with; every other word is skipped without
// trying the patterns, which keeps the scan fast.
var dateOpeners = func() map[string]bool {
	set := map[string]bool{}
	for _, m := range []map[string]int{lexicon.MonthWords, numberWords, ordinalWords, relativeWords, seasonWords, decadeWords} {
		for w := range m {
			set[w] = true
		}
	}
	for w := range lexicon.WeekdayWords {
		set[w] = true
	}
	for _, m := range []map[string]bool{rangeModifiers, boundaryNouns} {
		for w := range m {
			set[w] = true
		}
	}
	for _, w := range []string{
		"the", "that", "its", "their", "a", "an", "in", "today", "tonight", "yesterday", "tomorrow",
		"noon", "midnight", "about", "nearly", "almost", "some", "around", "roughly", "exactly", "just",
		"over", "only", "[", "year-earlier", "year-ago", "christmas", "new", "valentine", "halloween",
		"boxing", "thanksgiving", "election", "fiscal", "latter", "year-end", "year", "earlier", "later",
	} {
		set[w] = true
	}
	return set
}()

// matchAt tries every date pattern at token i and returns the end of the match, or i.
func (s *dateScanner) matchAt(i int) int {
	w := s.low[i]
	if !dateOpeners[w] && !s.toks[i].IsNumber() && modifierPrefix(w) == "" && !isQuarterCode(w) {
		return i
	}
	if s.isSet(i) {
		return i
	}
	// "earlier in the day", "later in the day"
	if (w == "earlier" || w == "later") && s.next(i+1) == "in" && s.next(i+2) == "the" && s.next(i+3) == "day" {
		s.emit(dateMention{kind: kindReferenceDay}, i, i+4)
		return i + 4
	}
	// "the year before", "the year after": from the year last talked about.
	if w == "the" && s.next(i+1) == "year" && (s.next(i+2) == "before" || s.next(i+2) == "after") && !allDigits(s.word(i+3)) {
		off := -1
		if s.low[i+2] == "after" {
			off = 1
		}
		s.emit(dateMention{kind: kindReferenceYear, offset: off}, i, i+3)
		return i + 3
	}
	if end, ok := s.yearAgoPeriod(i); ok {
		s.emit(dateMention{kind: kindRelativeUnit, unit: unitYear, offset: -1, yearAgo: true, quarterContext: true}, i, end)
		return end
	}
	if end, ok := s.referenceQuarter(i); ok {
		s.emit(dateMention{kind: kindReferenceQuarter, latest: s.word(i+1) == "latest" || s.word(i+1) == "recent"}, i, end)
		return end
	}
	// Boundaries and modifiers before a date: "the end of May", "late Wednesday", "early this month".
	if j := s.prefixEnd(i); j > i && j < len(s.low) {
		// "the end of the year", "the beginning of the month": the publication's own year or month.
		if s.word(j) == "the" && s.joined(j+1) {
			switch s.low[j+1] {
			case "year":
				s.emit(dateMention{kind: kindRelativeUnit, unit: unitYear}, i, j+2)
				return j + 2
			case "month":
				s.emit(dateMention{kind: kindRelativeUnit, unit: unitMonth}, i, j+2)
				return j + 2
			case "week":
				s.emit(dateMention{kind: kindRelativeUnit, unit: unitWeek}, i, j+2)
				return j + 2
			}
		}
		s.pending = s.pending[:0]
		if m, end, ok := s.core(j); ok {
			s.emit(m, i, end)
			return end
		}
	}
	s.pending = s.pending[:0]
	if m, end, ok := s.core(i); ok {
		s.emit(m, i, end)
		return end
	}
	return i
}

// comparisonAdjectives name the period a result is compared with: "the corresponding period last year".
var comparisonAdjectives = map[string]bool{"corresponding": true, "comparable": true, "same": true}

// yearAgoPeriod matches the period of an earnings comparison a year back: "the quarter a year ago",
// "the corresponding period last year", "the same quarter a year earlier", "last year's quarter". In a
// report about a quarter it is that quarter a year before, else the previous year.
func (s *dateScanner) yearAgoPeriod(i int) (int, bool) {
	w := s.low[i]
	if w == "last" && s.next(i+1) == "year" && (s.next(i+2) == "'s" || s.next(i+2) == "’s") {
		if nx := s.next(i + 3); nx == "quarter" || nx == "period" {
			return i + 4, true
		}
		return i, false
	}
	if w != "the" {
		return i, false
	}
	k := i + 1
	if comparisonAdjectives[s.next(k)] {
		k++
	}
	if nx := s.next(k); nx != "quarter" && nx != "period" {
		return i, false
	}
	k++
	switch {
	case s.next(k) == "last" && s.next(k+1) == "year" && s.next(k+2) != "'s" && s.next(k+2) != "’s":
		return k + 2, true
	case s.next(k) == "a" && s.next(k+1) == "year" && (s.next(k+2) == "ago" || s.next(k+2) == "earlier"):
		return k + 3, true
	}
	return i, false
}

// referenceQuarter matches "the quarter", "the latest quarter", "the latest period", "that quarter":
// in an earnings report, the quarter the report is about (resolved only when one was named before).
func (s *dateScanner) referenceQuarter(i int) (int, bool) {
	w := s.low[i]
	if w != "the" && w != "that" {
		return i, false
	}
	k := i + 1
	if nx := s.next(k); w == "the" && (nx == "latest" || nx == "recent") {
		k++
	}
	nx := s.next(k)
	if nx == "quarter" || nx == "period" && k > i+1 {
		// "the quarter ended Sept. 30" names its own period by the date that follows.
		switch s.next(k + 1) {
		case "ended", "ending", "ends", "through", "of":
			return i, false
		case "to":
			// "the quarter to June" names its end; "up 3.7% in the quarter to $2.35 billion" does not.
			if _, ok := lexicon.MonthWords[s.next(k+2)]; ok {
				return i, false
			}
		}
		return k + 1, true
	}
	return i, false
}

// isSet reports whether token i opens a recurring set ("every year", "each Monday").
func (s *dateScanner) isSet(i int) bool {
	switch s.word(i - 1) {
	case "every", "each", "per":
		return s.joined(i)
	}
	return false
}

// prefixEnd skips a boundary or modifier before a date: "the end of", "the beginning of", "end of",
// "early", "late", "mid", "earlier", "later".
func (s *dateScanner) prefixEnd(i int) int {
	j := i
	if s.low[j] == "the" && boundaryNouns[s.next(j+1)] && s.next(j+2) == "of" {
		return j + 3
	}
	if boundaryNouns[s.low[j]] && s.next(j+1) == "of" && s.word(j-1) != "the" {
		return j + 2
	}
	if rangeModifiers[s.low[j]] && s.joined(j+1) {
		return j + 1
	}
	return i
}

// core matches a date expression starting at token j.
func (s *dateScanner) core(j int) (dateMention, int, bool) {
	w := s.low[j]
	w = w[len(modifierPrefix(w)):]
	if m, end, ok := s.relativeDay(j); ok {
		return m, end, true
	}
	if m, end, ok := s.referenceDay(j); ok {
		return m, end, true
	}
	if m, end, ok := s.yearReference(j); ok {
		return m, end, true
	}
	if m, end, ok := s.yearEnd(j); ok {
		return m, end, true
	}
	if _, ok := lexicon.WeekdayWords[w]; ok {
		return s.weekdayExpr(j, j, 0, false)
	}
	if _, ok := relativeWords[w]; ok || w == "the" {
		if m, end, ok := s.quarterExpr(j); ok {
			return m, end, true
		}
		if m, end, ok := s.relativeExpr(j); ok {
			return m, end, true
		}
	}
	if w == "noon" || w == "midnight" {
		if _, ok := lexicon.WeekdayWords[s.next(j+1)]; ok {
			return s.weekdayExpr(j, j+1, 0, false)
		}
	}
	if _, ok := lexicon.MonthWords[w]; ok {
		if m, end, ok := s.monthExpr(j); ok {
			return m, end, true
		}
	}
	if s.toks[j].IsNumber() || modifierPrefix(s.low[j]) != "" {
		if m, end, ok := s.numericExpr(j); ok {
			return m, end, true
		}
		if m, end, ok := s.dayMonthExpr(j); ok {
			return m, end, true
		}
	}
	if m, end, ok := s.quarterExpr(j); ok {
		return m, end, true
	}
	if m, end, ok := s.yearAgoExpr(j); ok {
		return m, end, true
	}
	if m, end, ok := s.spelledYear(j); ok {
		return m, end, true
	}
	if m, end, ok := s.agoExpr(j); ok {
		return m, end, true
	}
	if m, end, ok := s.decadeExpr(j); ok {
		return m, end, true
	}
	if m, end, ok := s.seasonExpr(j); ok {
		return m, end, true
	}
	if m, end, ok := s.holidayExpr(j); ok {
		return m, end, true
	}
	return dateMention{}, j, false
}

// relativeDay matches today, tonight, yesterday, tomorrow, "last night", "this morning", with a part
// of the day after them ("yesterday morning").
func (s *dateScanner) relativeDay(j int) (dateMention, int, bool) {
	m := dateMention{kind: kindRelativeDay}
	end := j + 1
	switch s.low[j] {
	case "today", "tonight", "yesterday", "tomorrow":
		if s.genericDay(j) {
			return m, j, false
		}
	}
	switch s.low[j] {
	case "today", "tonight":
	case "yesterday":
		m.offset = -1
	case "tomorrow":
		m.offset = 1
	case "last":
		if s.next(j+1) != "night" {
			return m, j, false
		}
		m.offset, end = -1, j+2
		return m, end, true
	case "this":
		switch s.next(j + 1) {
		case "morning", "afternoon", "evening":
			return m, j + 2, true
		}
		return m, j, false
	case "the":
		// "the day before yesterday", "the day after tomorrow"
		if s.next(j+1) == "day" && s.next(j+2) == "before" && s.next(j+3) == "yesterday" {
			m.offset = -2
			return m, j + 4, true
		}
		if s.next(j+1) == "day" && s.next(j+2) == "after" && s.next(j+3) == "tomorrow" {
			m.offset = 2
			return m, j + 4, true
		}
		return m, j, false
	default:
		return m, j, false
	}
	if partsOfDay[s.next(end)] {
		end++
	}
	return m, end, true
}

// genericNouns after "today's" make it mean "nowadays": "today's world", "today's youth".
var genericNouns = map[string]bool{
	"world": true, "youth": true, "society": true, "generation": true, "children": true, "kids": true,
	"economy": true, "standards": true, "technology": true, "computers": true, "culture": true,
	"environment": true, "market": true, "markets": true, "politics": true, "media": true, "young": true,
}

// genericDay reports whether today/tomorrow at token j is not a day: "the people of tomorrow",
// "today's world", or a name such as "VOA Today".
func (s *dateScanner) genericDay(j int) bool {
	prev := s.word(j - 1)
	if prev == "of" && (s.low[j] == "tomorrow" || s.low[j] == "today") {
		return true
	}
	if nx := s.next(j + 1); (nx == "'s" || nx == "’s") && genericNouns[s.next(j+2)] {
		return true
	}
	return s.toks[j].IsCapitalized() && j > 0 && s.joined(j) && s.toks[j-1].IsCapitalized() && s.toks[j-1].IsWord() && !s.sentenceStart(j)
}

// weekdayNames that are also part of a name or an event, not a day: "Sunday Times", "Good Friday".
var weekdayNameFollowers = map[string]bool{
	"times": true, "telegraph": true, "express": true, "mirror": true, "herald": true, "post": true,
	"tribune": true, "observer": true, "mail": true, "independent": true, "star": true, "people": true,
	"night": false, "school": true, "prayers": true, "prayer": true, "sermon": true,
}
var weekdayNamePreceders = map[string]bool{
	"good": true, "black": true, "bloody": true, "super": true, "cyber": true, "ash": true, "palm": true,
	"holy": true, "maundy": true, "easter": true, "whit": true, "red": true,
}

// weekdayExpr matches a weekday at token w, with the phrase starting at token j: "Wednesday",
// "Thursday, December 30", "Friday, July 21, 2017", "Monday evening", "Friday Oct. 13".
func (s *dateScanner) weekdayExpr(j, w int, offset int, relative bool) (dateMention, int, bool) {
	word := s.low[w]
	wd := lexicon.WeekdayWords[word]
	m := dateMention{kind: kindWeekday, weekday: wd, hasWeekday: true, offset: offset, relative: relative}
	if weekdayNamePreceders[s.word(w-1)] && s.joined(w) && w > 0 && s.toks[w-1].IsCapitalized() {
		return m, j, false
	}
	if nx := s.next(w + 1); weekdayNameFollowers[nx] && s.toks[w+1].IsCapitalized() {
		return m, j, false
	}
	end := w + 1
	// "Monday and Tuesday nights", "Friday evenings": a plural part of the day makes a recurring set.
	if pluralPartsOfDay[s.next(w+1)] {
		return m, j, false
	}
	if c := s.next(w + 1); c == "and" || c == "or" {
		if _, ok := lexicon.WeekdayWords[s.next(w+2)]; ok && pluralPartsOfDay[s.next(w+3)] {
			return m, j, false
		}
	}
	// The weekday's short forms are ordinary words ("Sun", "Sat", "Wed"): only with a date after them.
	short := weekdayAbbreviation(word)
	if short && s.next(end) == "." {
		end++
	}
	// "Thursday, December 30", "Thursday 30 December 2021"
	k := end
	if s.next(k) == "," {
		k++
	}
	if s.joined(k) {
		if cm, cend, ok := s.monthExpr(k); ok && cm.day > 0 {
			cm.weekday, cm.hasWeekday = wd, true
			return cm, cend, true
		}
		if cm, cend, ok := s.dayMonthExpr(k); ok {
			cm.weekday, cm.hasWeekday = wd, true
			return cm, cend, true
		}
	}
	if short {
		return m, j, false
	}
	if partsOfDay[s.next(end)] {
		end++
	}
	return m, end, true
}

// pluralPartsOfDay after a weekday make it recur ("Tuesday nights").
var pluralPartsOfDay = map[string]bool{"mornings": true, "afternoons": true, "evenings": true, "nights": true}

// relativeExpr matches expressions led by last/next/this/coming and their "the" forms: "last week",
// "next year", "this month", "this past week", "the coming year", "the next decade", "last Friday",
// "next spring", "last night" is matched by relativeDay.
func (s *dateScanner) relativeExpr(j int) (dateMention, int, bool) {
	k := j
	withThe := false
	if s.low[k] == "the" {
		withThe = true
		k++
		if !s.joined(k) {
			return dateMention{}, j, false
		}
	}
	rw := s.word(k)
	offset, ok := relativeWords[rw]
	if !ok {
		return dateMention{}, j, false
	}
	k++
	// "this past week", "this coming Sunday"
	if rw == "this" {
		switch s.next(k) {
		case "past":
			offset, k = -1, k+1
		case "coming":
			offset, k = 1, k+1
		}
	}
	if !s.joined(k) {
		return dateMention{}, j, false
	}
	nx := s.low[k]
	if _, ok := lexicon.WeekdayWords[nx]; ok {
		if withThe && rw != "previous" && rw != "following" {
			return dateMention{}, j, false
		}
		if rw == "past" || rw == "current" {
			return dateMention{}, j, false
		}
		m, end, ok := s.weekdayExpr(j, k, offset, true)
		m.fromReference = withThe
		return m, end, ok
	}
	if _, ok := lexicon.MonthWords[nx]; ok && !withThe && (rw == "last" || rw == "next" || rw == "this") {
		m, end, ok := s.monthExpr(k)
		if ok && m.day == 0 && m.year == 0 && !m.yearRelative {
			m.monthRelative, m.direction = true, offset
			return m, end, true
		}
		return dateMention{}, j, false
	}
	if si, ok := seasonWords[nx]; ok {
		if withThe || rw == "past" || rw == "following" || rw == "previous" {
			return dateMention{}, j, false
		}
		return dateMention{kind: kindSeason, number: si, offset: offset, relative: true}, k + 1, true
	}
	unit := unitWords[nx]
	if unit == unitNone || strings.HasSuffix(nx, "s") && unit != unitWeekend {
		return dateMention{}, j, false
	}
	// "This Week" in the middle of a sentence is a title, not a week.
	if s.toks[k].IsCapitalized() && s.toks[j].IsCapitalized() && !s.sentenceStart(j) && !s.allCapsLine(k) {
		return dateMention{}, j, false
	}
	// "the past week", "the last year", "the next month" are usually durations ("over the past week");
	// "the coming year", "the next decade" and "the current quarter" name calendar periods.
	if withThe {
		switch rw {
		case "coming", "current":
		case "next":
			if unit != unitDecade && unit != unitCentury {
				return dateMention{}, j, false
			}
		case "previous", "following":
			if unit == unitYear {
				return dateMention{kind: kindReferenceYear, offset: offset}, k + 1, true
			}
			return dateMention{}, j, false
		default:
			return dateMention{}, j, false
		}
	} else if rw == "past" || rw == "following" || rw == "previous" {
		return dateMention{}, j, false
	}
	if unit == unitDay {
		return dateMention{}, j, false
	}
	if (unit == unitDecade || unit == unitCentury) && rw == "last" {
		return dateMention{}, j, false // "the last decade" is a duration
	}
	m := dateMention{kind: kindRelativeUnit, unit: unit, offset: offset}
	return m, k + 1, true
}

// monthExpr matches "December 30", "Dec. 30, 2021", "December 30 2021", "May 10-11", "January 2022",
// "January of 2022", "January this year", and a month alone where the context shows it is a date.
func (s *dateScanner) monthExpr(j int) (dateMention, int, bool) {
	w := s.low[j]
	p := modifierPrefix(w)
	mid := p != ""
	w = w[len(p):]
	month, ok := lexicon.MonthWords[w]
	if !ok || !s.toks[j].IsCapitalized() && !mid {
		return dateMention{}, j, false
	}
	abbrev := monthAbbreviation(w)
	end := j + 1
	if s.next(end) == "." && (abbrev || w == "sept") {
		end++
	}
	m := dateMention{kind: kindCalendar, month: month}
	// Day after the month: "December 30", "Dec. 30th", "May 10-11".
	if d, after, ok := s.dayToken(end); ok && s.joined(end) {
		m.day = d
		k := end + 1
		if y, yk, ok := s.yearAfter(k); ok {
			m.year = y
			k = yk
		}
		if m.day > 0 && after == "" && (s.next(k) == "and" || s.next(k) == "to") && s.joined(k+1) {
			if d2, a2, ok := s.dayToken(k + 1); ok && a2 == "" && d2 > m.day && lexicon.MonthWords[s.next(k+2)] == 0 {
				second := m
				second.day = d2
				second.Range = nlp.Range{Start: s.toks[k+1].Start, End: s.toks[k+1].End}
				s.pending = append(s.pending, second)
			}
		}
		if recurringFollowers[s.next(k)] {
			return dateMention{}, j, false // "the Nov. 7 holiday" recurs every year
		}
		if after != "" {
			s.rangeTail(end, after)
		}
		if m.day > 31 {
			return dateMention{}, j, false
		}
		return m, k, true
	}
	// Month and year: "January 2022", "Jan. 2004", "January of 2022".
	k := end
	if s.next(k) == "," || s.next(k) == "of" {
		k++
	}
	if s.joined(k) {
		if y, ok := yearToken(s.low[k]); ok && !s.countFollows(k+1) {
			m.year = y
			return m, k + 1, true
		}
		// Broadcast transcripts spell the year: "January nineteen ninety-seven".
		if ym, yend, ok := s.spelledYear(k); ok {
			m.year = ym.year
			return m, yend, true
		}
	}
	// "January this year", "July last year", "March next year"
	if rw := s.next(end); rw == "this" || rw == "last" || rw == "next" {
		if s.next(end+1) == "year" {
			m.yearOffset, m.yearRelative = relativeWords[rw], true
			return m, end + 2, true
		}
	}
	if abbrev || !s.loneMonthIsDate(j, w) {
		return dateMention{}, j, false
	}
	switch s.word(j - 1) {
	case "since":
		m.direction = -1
	}
	return m, end, true
}

// recurringFollowers after a month and day make it the name of a yearly occasion, not one date.
var recurringFollowers = map[string]bool{
	"holiday": true, "holidays": true, "anniversary": true, "celebration": true, "celebrations": true,
	"festival": true, "festivities": true,
}

// loneMonthIsDate decides whether a month name without a day or year is a date: "in July", "since
// January", "the July election". "May", "March" and "June" are also words and names: they need a
// temporal word before them.
func (s *dateScanner) loneMonthIsDate(j int, w string) bool {
	prev := s.word(j - 1)
	if modifierPrefix(s.low[j]) != "" || rangeModifiers[prev] || prev == "of" && boundaryNouns[s.word(j-2)] {
		return true
	}
	if ambiguousMonths[w] {
		// "the March accession", "a June agreement": a determiner and a common noun around the
		// capitalised month make it the date of the thing named.
		if monthDeterminers[prev] && s.joined(j) && s.attributive(j+1) && !monthNameNouns[s.word(j+1)] {
			return true
		}
		if !monthPrepositions[prev] || !s.joined(j) {
			return false
		}
		// "February or March", "May 10 and June": a conjunction needs a date before it.
		switch prev {
		case "and", "or", "to", "through", "until", "as", "for", "on":
			before := s.word(j - 2)
			if _, isMonth := lexicon.MonthWords[before]; !isMonth && !allDigits(before) {
				return false
			}
		}
		// "in May Smith", "June Carter": a capitalised word after makes it a name.
		if nx := s.next(j + 1); nx != "" && s.toks[j+1].IsCapitalized() && lexicon.MonthWords[nx] == 0 {
			return false
		}
		return true
	}
	// Non-ambiguous months stand alone, except as names of things ("the October Revolution").
	if nx := s.next(j + 1); nx != "" && s.toks[j+1].IsCapitalized() && lexicon.MonthWords[nx] == 0 && s.toks[j+1].IsWord() {
		return false
	}
	return true
}

// monthDeterminers before an ambiguous month and a noun make it a date ("the March accession").
var monthDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true}

// monthNameNouns after "the May", "the June" show a person's name, not a month ("the May government").
var monthNameNouns = map[string]bool{
	"government": true, "administration": true, "cabinet": true, "era": true, "years": true,
	"ministry": true, "camp": true, "team": true, "doctrine": true, "family": true, "campaign": true,
	"leadership": true, "premiership": true, "presidency": true, "regime": true, "supporters": true,
}

// dayMonthExpr matches the day-first style: "30 December", "30 December 2021", "1st of May".
func (s *dateScanner) dayMonthExpr(j int) (dateMention, int, bool) {
	d, after, ok := s.dayToken(j)
	if !ok || after != "" {
		return dateMention{}, j, false
	}
	k := j + 1
	if s.next(k) == "of" {
		k++
	}
	if !s.joined(k) {
		return dateMention{}, j, false
	}
	w := s.low[k]
	month, ok := lexicon.MonthWords[w]
	if !ok || !s.toks[k].IsCapitalized() {
		return dateMention{}, j, false
	}
	k++
	if s.next(k) == "." && monthAbbreviation(w) {
		k++
	}
	m := dateMention{kind: kindCalendar, month: month, day: d}
	if y, yk, ok := s.yearAfter(k); ok {
		m.year = y
		k = yk
	}
	return m, k, true
}

// dayToken reads a day of the month: "30", "30th", "1st", the first day of a range "10-11", and the
// first day of a range into another month "12-August" (returning "August" as after).
func (s *dateScanner) dayToken(k int) (int, string, bool) {
	if k >= len(s.low) {
		return 0, "", false
	}
	w := s.low[k]
	first, rest, isRange := strings.Cut(w, "-")
	first = strings.TrimRight(first, "stndrh")
	if len(first) == 0 || len(first) > 2 || !allDigits(first) {
		return 0, "", false
	}
	d, _ := strconv.Atoi(first)
	if d < 1 || d > 31 {
		return 0, "", false
	}
	if suffix := strings.TrimLeft(strings.SplitN(w, "-", 2)[0], "0123456789"); suffix != "" && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th" {
		return 0, "", false
	}
	after := ""
	if isRange {
		if _, ok := lexicon.MonthWords[rest]; ok {
			after = rest
		} else if n, err := strconv.Atoi(rest); err != nil || n < 1 || n > 31 {
			return 0, "", false
		}
	}
	// "May 9:30" and "June 5 people" are not dates; "on Saturday, April 25:" before a quotation is.
	if nx := s.next(k + 1); (nx == ":" || nx == ".") && s.joined(k+2) && s.toks[k+2].IsNumber() && s.toks[k+1].End == s.toks[k+2].Start {
		return 0, "", false
	}
	if s.countFollows(k + 1) {
		return 0, "", false
	}
	return d, after, true
}

// rangeTail emits the second date of "July 12-August 14": the month inside token k after the hyphen,
// with the day token after it.
func (s *dateScanner) rangeTail(k int, monthWord string) {
	t := s.toks[k]
	idx := strings.IndexByte(t.Text, '-')
	if idx < 0 {
		return
	}
	d, after, ok := s.dayToken(k + 1)
	if !ok || after != "" || !s.joined(k+1) {
		return
	}
	m := dateMention{kind: kindCalendar, month: lexicon.MonthWords[monthWord], day: d}
	end := k + 2
	if y, yk, ok := s.yearAfter(end); ok {
		m.year = y
		end = yk
	}
	m.Range = nlp.Range{Start: t.Start + idx + 1, End: s.toks[end-1].End}
	s.pending = append(s.pending, m)
}

// yearAfter reads an optional ", 2021" or " 2021" after a day.
func (s *dateScanner) yearAfter(k int) (int, int, bool) {
	if s.next(k) == "," {
		k++
	}
	if !s.joined(k) {
		return 0, 0, false
	}
	y, ok := yearToken(s.low[k])
	if !ok || s.countFollows(k+1) {
		return 0, 0, false
	}
	return y, k + 1, true
}

// yearToken reads a four-digit year between 1000 and 2199.
func yearToken(w string) (int, bool) {
	if len(w) != 4 || !allDigits(w) {
		return 0, false
	}
	y, _ := strconv.Atoi(w)
	return y, y >= 1000 && y < 2200
}

func allDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// countFollows reports whether token k is a noun or unit that a number before it counts.
func (s *dateScanner) countFollows(k int) bool {
	nx := s.next(k)
	return countNouns[nx]
}

// numericExpr matches numeric dates and years: "2021-12-30", "12/30/2021", "1962", "1975-1990",
// "1990s", "fiscal 1989".
func (s *dateScanner) numericExpr(j int) (dateMention, int, bool) {
	w := s.low[j]
	// "mid-1996", "late-1990s": the modifier is glued to the number.
	if p := modifierPrefix(w); p != "" {
		if rest := w[len(p):]; isYearWord(rest) {
			y, _ := yearToken(rest)
			return dateMention{kind: kindCalendar, year: y}, j + 1, true
		} else if len(rest) == 5 && rest[4] == 's' && allDigits(rest[:4]) && rest[3] == '0' {
			y, _ := strconv.Atoi(rest[:4])
			return dateMention{kind: kindDecade, number: y / 10}, j + 1, true
		}
	}
	// ISO date "2021-12-30" (one token).
	if len(w) == 10 && w[4] == '-' && w[7] == '-' && allDigits(w[:4]) && allDigits(w[5:7]) && allDigits(w[8:]) {
		y, _ := strconv.Atoi(w[:4])
		mo, _ := strconv.Atoi(w[5:7])
		d, _ := strconv.Atoi(w[8:])
		if mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo) {
			return dateMention{kind: kindCalendar, year: y, month: mo, day: d}, j + 1, true
		}
	}
	// "12/30/2021", "30/12/2021": the US order unless the first number cannot be a month.
	if m, end, ok := s.slashDate(j); ok {
		return m, end, true
	}
	// Decades: "1990s", "1990's"
	if len(w) == 5 && w[4] == 's' && allDigits(w[:4]) && w[3] == '0' {
		y, _ := strconv.Atoi(w[:4])
		return dateMention{kind: kindDecade, number: y / 10}, j + 1, true
	}
	if len(w) == 4 && allDigits(w) && w[3] == '0' && (s.next(j+1) == "'s" || s.next(j+1) == "’s") && (s.word(j-1) == "the" || rangeModifiers[s.word(j-1)]) {
		y, _ := strconv.Atoi(w)
		return dateMention{kind: kindDecade, number: y / 10}, j + 2, true
	}
	// Year ranges "1975-1990", "1990-91": two years.
	if a, b, ok := strings.Cut(w, "-"); ok {
		y1, ok1 := yearToken(a)
		if !ok1 || !s.yearContextOK(j, y1) {
			return dateMention{}, j, false
		}
		y2, ok2 := yearToken(b)
		if !ok2 && len(b) == 2 && allDigits(b) {
			n, _ := strconv.Atoi(b)
			y2, ok2 = y1/100*100+n, true
		}
		if !ok2 || y2 <= y1 {
			return dateMention{}, j, false
		}
		t := s.toks[j]
		s.pending = append(s.pending, dateMention{Range: nlp.Range{Start: t.Start + len(a) + 1, End: t.End}, kind: kindCalendar, year: y2})
		return dateMention{Range: nlp.Range{Start: t.Start, End: t.Start + len(a)}, kind: kindCalendar, year: y1}, j + 1, true
	}
	y, ok := yearToken(w)
	if !ok || !s.yearContextOK(j, y) {
		return dateMention{}, j, false
	}
	m := dateMention{kind: kindCalendar, year: y}
	// "1989's third quarter", "the 1988 second quarter"
	if qm, end, ok := s.quarterAfterYear(j+1, y); ok {
		return qm, end, true
	}
	// "the 1988 quarter", "the 1989 period": the quarter under report, in that year.
	if nx := s.next(j + 1); (nx == "quarter" || nx == "period") && s.word(j-1) == "the" {
		return dateMention{kind: kindQuarter, year: y}, j + 2, true
	}
	// "2021 summer"? rare; "summer 2021" is matched from the season.
	return m, j + 1, true
}

// modifierPrefix returns the glued modifier at the start of w ("mid-", "early-", "late-"), or "".
func modifierPrefix(w string) string {
	for _, p := range []string{"mid-", "early-", "late-"} {
		if strings.HasPrefix(w, p) {
			return p
		}
	}
	return ""
}

// slashDate reads "12/30/2021" or "30/12/2021" (tokens 12 / 30 / 2021 without spaces).
func (s *dateScanner) slashDate(j int) (dateMention, int, bool) {
	if j+4 >= len(s.toks) || s.toks[j+1].Text != "/" || s.toks[j+3].Text != "/" {
		return dateMention{}, j, false
	}
	for k := j + 1; k <= j+4; k++ {
		if s.toks[k].Start != s.toks[k-1].End {
			return dateMention{}, j, false
		}
	}
	a, err1 := strconv.Atoi(s.low[j])
	b, err2 := strconv.Atoi(s.low[j+2])
	y, ok := yearToken(s.low[j+4])
	if err1 != nil || err2 != nil || !ok {
		return dateMention{}, j, false
	}
	mo, d := a, b
	if a > 12 && b <= 12 {
		mo, d = b, a
	}
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) {
		return dateMention{}, j, false
	}
	return dateMention{kind: kindCalendar, year: y, month: mo, day: d}, j + 5, true
}

// yearContextOK rejects four-digit numbers that count or label something: "$2000", "No. 1600",
// "1500 troops", "at 1600 GMT", "2,000" (a separate token), and early numbers without a temporal
// word before them.
func (s *dateScanner) yearContextOK(j, y int) bool {
	prev := s.word(j - 1)
	if numberPrefixes[prev] || prev == "." && numberPrefixes[s.word(j-2)] {
		return false
	}
	if s.countFollows(j + 1) {
		return false
	}
	// Glued to other numbers or symbols: "1990/91", "+2000", "2000-strong" are handled elsewhere.
	if j > 0 && s.toks[j-1].End == s.toks[j].Start && !s.toks[j-1].IsWord() {
		switch s.toks[j-1].Text {
		case "(", "[", "“", "\"", "‘", "'":
		default:
			return false
		}
	}
	if nx := s.next(j + 1); nx == "%" || (nx == "-" || nx == "–") && s.toks[j+1].Start == s.toks[j].End && !isYearWord(s.next(j+2)) || nx == "." && s.joined(j+2) && s.toks[j+2].IsNumber() && s.toks[j+1].End == s.toks[j+2].Start {
		return false
	}
	if y < 1800 || y > 2100 {
		switch prev {
		case "in", "since", "of", "until", "by", "from", "year", "circa", "c", "around", "before", "after", "to", "and", "between":
			return true
		}
		return false
	}
	return true
}

// isYearWord reports whether w is a four-digit year.
func isYearWord(w string) bool {
	_, ok := yearToken(w)
	return ok
}

// quarterAfterYear reads "'s third quarter" or " third quarter" after a year token.
func (s *dateScanner) quarterAfterYear(k, year int) (dateMention, int, bool) {
	if s.next(k) == "'s" || s.next(k) == "’s" {
		k++
	}
	if s.next(k) == "fiscal" {
		k++
	}
	q, end, ok := s.quarterWords(k)
	if !ok {
		return dateMention{}, k, false
	}
	return dateMention{kind: kindQuarter, number: q, year: year}, end, true
}

// isQuarterCode reports whether w is "q1"–"q4" or an ordinal glued to "quarter"/"half".
func isQuarterCode(w string) bool {
	if len(w) == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4' {
		return true
	}
	a, b, ok := strings.Cut(w, "-")
	return ok && (b == "quarter" || b == "half" || b == "century") && ordinalWords[a] > 0
}

// quarterWords reads "third quarter", "third-quarter", "Q3", "first half" (as 5–6 for halves).
func (s *dateScanner) quarterWords(k int) (int, int, bool) {
	// "the fiscal-first quarter": the hyphenated fiscal quarter of financial news.
	w := strings.TrimPrefix(s.word(k), "fiscal-")
	if len(w) == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4' {
		return int(w[1] - '0'), k + 1, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		if n, ok := ordinalWords[a]; ok && n <= 4 && b == "quarter" {
			return n, k + 1, true
		}
		if n, ok := ordinalWords[a]; ok && n <= 2 && b == "half" {
			return n + 4, k + 1, true
		}
		return 0, k, false
	}
	n, ok := ordinalWords[w]
	if (w == "last" || w == "latter") && s.next(k+1) == "half" {
		n, ok = 2, true
	}
	if !ok {
		return 0, k, false
	}
	switch s.next(k + 1) {
	case "quarter":
		if n <= 4 {
			return n, k + 2, true
		}
	case "half":
		if n <= 2 {
			return n + 4, k + 2, true
		}
	}
	return 0, k, false
}

// quarterExpr matches "the third quarter", "third-quarter", "the fourth quarter of 1989",
// "this year's third quarter", "last year's fourth quarter", "Q3 2021", "the first half of 2006".
func (s *dateScanner) quarterExpr(j int) (dateMention, int, bool) {
	k := j
	m := dateMention{kind: kindQuarter}
	switch s.low[k] {
	case "the", "its", "their", "a":
		k++
	}
	// "this year's third quarter"
	if rw := s.next(k); (rw == "this" || rw == "last" || rw == "next") && s.next(k+1) == "year" && (s.next(k+2) == "'s" || s.next(k+2) == "’s") {
		m.yearOffset, m.yearRelative = relativeWords[rw], true
		k += 3
	} else if k > j && !s.joined(k) {
		return m, j, false
	}
	if s.word(k) == "fiscal" && s.joined(k+1) {
		k++
	}
	q, end, ok := s.quarterWords(k)
	if !ok {
		return m, j, false
	}
	// A quarter or half needs a year, a relative year, or (for quarters) the context of the
	// publication date; "the first half" of a match is not a date.
	if q > 4 {
		m.kind, m.number = kindHalf, q-4
	} else {
		m.number = q
	}
	k = end
	if s.next(k) == "of" || s.next(k) == "," {
		if y, ok := yearToken(s.next(k + 1)); ok {
			m.year = y
			return m, k + 2, true
		}
		if rw := s.next(k + 1); (rw == "this" || rw == "last" || rw == "next") && s.next(k+2) == "year" {
			m.yearOffset, m.yearRelative = relativeWords[rw], true
			return m, k + 3, true
		}
	}
	if y, ok := yearToken(s.next(k)); ok {
		m.year = y
		return m, k + 1, true
	}
	if m.kind == kindHalf && !m.yearRelative {
		return m, j, false
	}
	// A bare quarter must look like a financial period: "fourth-quarter", "the third quarter".
	return m, end, true
}

// agoExpr matches "two weeks ago", "a year ago", "Seventeen years ago", "nearly four years ago",
// "a year earlier" and "in two weeks" (a date only in a clause about the future).
func (s *dateScanner) agoExpr(j int) (dateMention, int, bool) {
	k := j
	inForm := false
	switch s.low[k] {
	case "in":
		inForm = true
		k++
	case "about", "nearly", "almost", "some", "around", "roughly", "exactly", "just", "over", "only":
		k++
	}
	if !s.joined(k) && k > j {
		return dateMention{}, j, false
	}
	w := s.word(k)
	// A bracketed number is an editor's insertion: "[Ten] years ago".
	if w == "[" && s.word(k+2) == "]" {
		w = s.word(k + 1)
		k += 2
	}
	n, ok := spelledNumber(w)
	if !ok || n > 200 {
		return dateMention{}, j, false
	}
	unit := unitWords[s.next(k+1)]
	if unit == unitNone || unit == unitWeekend || unit == unitQuarter || unit == unitDecade || unit == unitCentury {
		return dateMention{}, j, false
	}
	after := s.next(k + 2)
	if inForm {
		if after == "time" || after == "'" || after == "’" {
			// "in two weeks' time"
		}
		if unit == unitCentury || unit == unitDecade {
			return dateMention{}, j, false
		}
		return dateMention{kind: kindRelativeUnit, unit: unit, offset: n, futureOnly: true}, k + 2, true
	}
	switch after {
	case "ago":
		return dateMention{kind: kindRelativeUnit, unit: unit, offset: -n, yearAgo: unit == unitYear && n == 1}, k + 3, true
	case "earlier":
		if unit == unitYear && n == 1 {
			return dateMention{kind: kindRelativeUnit, unit: unit, offset: -1, yearAgo: true}, k + 3, true
		}
	}
	return dateMention{}, j, false
}

// yearAgoExpr matches the financial "year-earlier" and "year-ago" ("the year-ago quarter", "the
// year-earlier third quarter", "year-earlier results").
func (s *dateScanner) yearAgoExpr(j int) (dateMention, int, bool) {
	k := j
	if s.low[k] == "the" || s.low[k] == "a" {
		k++
	}
	w := s.word(k)
	if (w != "year-earlier" && w != "year-ago") || !s.joined(k) && k > j {
		return dateMention{}, j, false
	}
	end := k + 1
	if q, qend, ok := s.quarterWords(end); ok && q <= 4 {
		return dateMention{kind: kindQuarter, number: q, yearOffset: -1, yearRelative: true}, qend, true
	}
	m := dateMention{kind: kindRelativeUnit, unit: unitYear, offset: -1, yearAgo: true}
	if nx := s.next(end); nx == "quarter" || nx == "period" {
		end++
		m.quarterContext = true
	} else if k > j {
		return dateMention{}, j, false // "a year-ago profit" names no period of its own
	}
	return m, end, true
}

// spelledYear reads a year in words, as in broadcast transcripts: "nineteen ninety-six", "nineteen
// eighty", "two thousand".
func (s *dateScanner) spelledYear(j int) (dateMention, int, bool) {
	w := s.low[j]
	var century int
	switch w {
	case "nineteen":
		century = 19
	case "eighteen":
		century = 18
	case "two":
		if s.next(j+1) == "thousand" && s.word(j-1) == "year" {
			return dateMention{kind: kindCalendar, year: 2000}, j + 2, true
		}
		return dateMention{}, j, false
	default:
		return dateMention{}, j, false
	}
	n, ok := spelledNumber(s.next(j + 1))
	if !ok || n < 10 || n > 99 || allDigits(s.word(j+1)) {
		return dateMention{}, j, false
	}
	// "nineteen ninety-six", and "nineteen ninety six" in two words.
	end := j + 2
	if n%10 == 0 && n >= 20 {
		if u, ok := numberWords[s.next(end)]; ok && u >= 1 && u <= 9 && s.word(end) != "a" && s.word(end) != "an" {
			n += u
			end++
		}
	}
	if unitWords[s.next(end)] != unitNone || countNouns[s.next(end)] {
		return dateMention{}, j, false
	}
	return dateMention{kind: kindCalendar, year: century*100 + n}, end, true
}

// decadeExpr matches "the 1990s", "the nineties", "the 19th century", "the late 1980s" (with the
// modifier taken by prefixEnd).
func (s *dateScanner) decadeExpr(j int) (dateMention, int, bool) {
	k := j
	if s.low[k] == "the" {
		k++
		if !s.joined(k) {
			return dateMention{}, j, false
		}
		if w := s.word(k); w == "early" || w == "late" || w == "mid" {
			k++
		}
	}
	w := strings.TrimPrefix(s.word(k), "mid-")
	if d, ok := decadeWords[w]; ok && k > j {
		return dateMention{kind: kindDecade, number: 190 + d}, k + 1, true
	}
	if len(w) == 5 && w[4] == 's' && allDigits(w[:4]) && w[3] == '0' {
		y, _ := strconv.Atoi(w[:4])
		return dateMention{kind: kindDecade, number: y / 10}, k + 1, true
	}
	if n, ok := ordinalWords[w]; ok && s.next(k+1) == "century" && (k > j || allDigits(strings.TrimRight(w, "stndrh"))) {
		return dateMention{kind: kindCentury, number: n - 1}, k + 2, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok && b == "century" {
		if n, ok := ordinalWords[a]; ok {
			return dateMention{kind: kindCentury, number: n - 1}, k + 1, true
		}
	}
	return dateMention{}, j, false
}

// seasonExpr matches a season alone or with a year: "summer", "the summer of 1994", "summer 2005",
// "spring next year", "in the fall". "fall" alone is a verb or a noun ("the fall of Saigon").
func (s *dateScanner) seasonExpr(j int) (dateMention, int, bool) {
	k := j
	if s.low[k] == "the" {
		k++
		if !s.joined(k) {
			return dateMention{}, j, false
		}
	}
	w := s.word(k)
	si, ok := seasonWords[w]
	if !ok {
		return dateMention{}, j, false
	}
	// A capitalised season after a capitalised word is a name ("Arab Spring", "Operation Winter").
	if s.toks[k].IsCapitalized() && k > 0 && s.joined(k) && s.toks[k-1].IsCapitalized() && s.toks[k-1].IsWord() && !s.sentenceStart(k-1) {
		return dateMention{}, j, false
	}
	m := dateMention{kind: kindSeason, number: si}
	end := k + 1
	nx := s.next(end)
	if nx == "of" {
		if y, ok := yearToken(s.next(end + 1)); ok {
			m.year = y
			return m, end + 2, true
		}
		if s.joined(end + 1) {
			if ym, yend, ok := s.spelledYear(end + 1); ok {
				m.year = ym.year
				return m, yend, true
			}
		}
	}
	if y, ok := yearToken(nx); ok {
		m.year = y
		return m, end + 1, true
	}
	if (nx == "this" || nx == "last" || nx == "next") && s.next(end+1) == "year" {
		m.yearOffset, m.yearRelative = relativeWords[nx], true
		return m, end + 2, true
	}
	if w == "fall" {
		// "the fall" is a season only after "in" or "this/last/next" (matched elsewhere), and not
		// before "of".
		if k == j || s.word(j-1) != "in" || nx == "of" {
			return dateMention{}, j, false
		}
	}
	if nx == "of" || seasonCompounds[nx] {
		return dateMention{}, j, false // "the summer of discontent", "winter wheat"
	}
	// "spring" and "winter" are also nouns of other senses; as seasons they are usually bare or after
	// "the"/"in"/"this"/"last" and not followed by a noun they modify in a name.
	return m, end, true
}

// seasonCompounds are nouns that a season word names a kind of, not a time: "winter wheat", "the
// Summer Olympics".
var seasonCompounds = map[string]bool{
	"wheat": true, "crops": true, "crop": true, "olympics": true, "olympic": true, "games": true,
	"solstice": true, "equinox": true, "session": true, "collection": true, "school": true, "camp": true,
	"time": true, "tires": true, "tyres": true, "coat": true, "clothes": true, "break": true, "term": true,
}

// allCapsLine reports whether token k sits in an upper-case headline, where capitals say nothing.
func (s *dateScanner) allCapsLine(k int) bool {
	t := s.toks[k].Text
	return strings.ToUpper(t) == t
}

// sentenceStart reports whether token k opens its sentence (or paragraph).
func (s *dateScanner) sentenceStart(k int) bool {
	return s.sentenceBounds(k).Start == k
}

// holidayExpr matches fixed holidays: Christmas (Day, Eve), New Year's Day/Eve, Valentine's Day,
// Halloween, Boxing Day, and Thanksgiving (the fourth Thursday of November in the US).
func (s *dateScanner) holidayExpr(j int) (dateMention, int, bool) {
	w := s.low[j]
	if !s.toks[j].IsCapitalized() {
		return dateMention{}, j, false
	}
	m := dateMention{kind: kindCalendar}
	end := j + 1
	switch w {
	case "christmas":
		m.month, m.day = 12, 25
		switch s.next(end) {
		case "day":
			end++
		case "eve":
			m.day = 24
			end++
		default:
			return m, j, false // "Christmas" alone is often the season or the feast in general
		}
	case "new":
		if s.next(j+1) != "year" || s.next(j+2) != "'s" && s.next(j+2) != "’s" {
			return m, j, false
		}
		switch s.next(j + 3) {
		case "day":
			m.month, m.day = 1, 1
		case "eve":
			m.month, m.day = 12, 31
		default:
			return m, j, false
		}
		end = j + 4
	case "valentine":
		if s.next(j+1) != "'s" && s.next(j+1) != "’s" || s.next(j+2) != "day" {
			return m, j, false
		}
		m.month, m.day, end = 2, 14, j+3
	case "halloween":
		m.month, m.day = 10, 31
	case "boxing":
		if s.next(j+1) != "day" {
			return m, j, false
		}
		m.month, m.day, end = 12, 26, j+2
	case "election":
		// The US Election Day: the Tuesday after the first Monday of November.
		if s.next(j+1) != "day" || !s.toks[j+1].IsCapitalized() {
			return m, j, false
		}
		m.month, m.day, end = 11, -electionDay, j+2
	case "thanksgiving":
		m.kind = kindCalendar
		m.month, m.day = 11, -4 // resolved as the fourth Thursday once the year is known
		if s.next(end) == "day" {
			end++
		}
	default:
		return m, j, false
	}
	return m, end, true
}
