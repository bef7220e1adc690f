package dates

import (
	"strings"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

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
	// truncated is set when the scan stopped at MaxMentions.
	truncated bool
}

// MaxMentions is the most date mentions one article yields: a real article has dozens, an input of
// nothing but dates ("Monday Monday …") stops here rather than holding a mention per word.
const MaxMentions = 1 << 16

func newDateScanner(d *doc) *dateScanner {
	// About one mention per forty tokens in news: room for most articles' mentions at once.
	out := make([]dateMention, 0, min(len(d.Tokens)/32+4, MaxMentions))
	return &dateScanner{d: d, toks: d.Tokens, low: d.Lower, out: out}
}

// scan finds every date mention.
func (s *dateScanner) scan() []dateMention {
	for i := 0; i < len(s.toks); {
		if len(s.out) >= MaxMentions {
			s.truncated = true
			break
		}
		if !isWordToken(s.toks[i]) && s.toks[i].Text != "'" && s.toks[i].Text != "’" && s.toks[i].Text != "[" {
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

// isWordToken is t.IsWord, answered from the first byte for ASCII, as most tokens are.
func isWordToken(t nlp.Token) bool {
	if c := t.Text[0]; c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t.IsWord()
}

// emit records a mention over tokens [i, j).
func (s *dateScanner) emit(m dateMention, i, j int) {
	if m.End == 0 {
		m.Range = nlp.Range{Start: s.toks[i].Start, End: s.toks[j-1].End}
	}
	// "Trump's July 25 call", "the May 3 vote": a date that modifies a noun names an event, not the
	// day the story has reached.
	if i > 0 && j < len(s.toks) {
		prev := s.low[i-1]
		m.attributive = (prev == "'s" || prev == "’s" || prev == "the") && s.toks[j].IsWord() && !s.toks[j].IsCapitalized() && !s.toks[j].IsNumber()
	}
	if need := len(s.out) + 1 + len(s.pending); need > cap(s.out) {
		// Double the room: append grows a long slice by a quarter at a time, which copies an input
		// of nothing but dates many times over.
		bigger := make([]dateMention, len(s.out), 2*need)
		copy(bigger, s.out)
		s.out = bigger
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

// dateOpenerFilter turns most words away before the dateOpeners lookup.
var dateOpenerFilter = lexicon.FilterOf(dateOpeners)

// functionOpener reports whether w is an opener that no pattern matches alone: "the", "a", "in",
// "about" and the like start a date only with a date word right after them ("the third quarter", "a
// year ago", "in two weeks"). They are the commonest openers by far, so the scanner checks the next
// word before it tries the patterns on them.
func functionOpener(w string) bool {
	switch w {
	case "the", "that", "its", "their", "a", "an", "in", "about", "nearly", "almost", "some", "around",
		"roughly", "exactly", "just", "over", "only":
		return true
	}
	return false
}

// dateFollowers are the words that may come second in a date led by a function opener: any opener
// (a month, a number word, "last", "the" after "in"), the calendar units ("a year ago"), and the
// words of the phrases led by "the" or "that" in scanner.go and scan_*.go ("the same day", "the full
// year", "the year-ago quarter", "the latest period", "the corresponding period"). A superset does no
// harm: it only sends a few more words to the patterns.
var dateFollowers = func() map[string]bool {
	set := map[string]bool{}
	for w := range dateOpeners {
		set[w] = true
	}
	for w := range unitWords {
		set[w] = true
	}
	for _, m := range []map[string]bool{comparisonAdjectives, partsOfDay} {
		for w := range m {
			set[w] = true
		}
	}
	for _, w := range []string{
		"weekend", "week", "quarter", "quarters", "period", "latest", "recent", "same", "full", "current",
		"whole", "entire", "fiscal", "day", "half", "year-earlier", "year-ago",
	} {
		set[w] = true
	}
	return set
}()

var dateFollowerFilter = lexicon.FilterOf(dateFollowers)

// mayFollowOpener reports whether token k, on the same line as the function opener before it, may
// continue a date: a date follower, or a token shaped like a number or a code ("2021", "+3", "q3",
// "third-quarter", "mid-1990s"), which the patterns read by its form.
func (s *dateScanner) mayFollowOpener(k int) bool {
	if !s.joined(k) {
		return false
	}
	w := s.low[k]
	if w == "" || s.toks[k].IsNumber() || w[0] == '+' || w[0] == '-' || strings.IndexByte(w, '-') >= 0 || len(w) == 2 && w[0] == 'q' {
		return true
	}
	return dateFollowerFilter.MayHave(w) && dateFollowers[w]
}

// matchAt tries every date pattern at token i and returns the end of the match, or i.
func (s *dateScanner) matchAt(i int) int {
	w := s.low[i]
	if !(dateOpenerFilter.MayHave(w) && dateOpeners[w]) && !s.toks[i].IsNumber() && !codedOpener(w) {
		return i
	}
	if functionOpener(w) && !s.mayFollowOpener(i+1) {
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
	// "over the weekend": the weekend of the publication week, or the one just gone in a past clause;
	// "to begin the week", "ended the week": the publication week.
	if w == "the" && s.joined(i+1) {
		switch s.low[i+1] {
		case "weekend":
			s.emit(dateMention{kind: kindRelativeUnit, unit: unitWeekend}, i, i+2)
			return i + 2
		case "week":
			if weekVerbs[s.word(i-1)] {
				s.emit(dateMention{kind: kindRelativeUnit, unit: unitWeek}, i, i+2)
				return i + 2
			}
		}
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

// codedOpener reports whether w opens a date by its form: a glued modifier ("mid-1990s") or a quarter
// code ("q3", "third-quarter"). Both but "q1"–"q4" have a hyphen, which most words lack: the hyphen
// is looked for once before the prefixes and the ordinal are.
func codedOpener(w string) bool {
	if len(w) == 2 {
		return isQuarterCode(w)
	}
	return strings.IndexByte(w, '-') > 0 && (modifierPrefix(w) != "" || isQuarterCode(w))
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

// weekVerbs before "the week" make it the week the story is in ("to begin the week", "closed the week
// higher").
var weekVerbs = map[string]bool{
	"begin": true, "began": true, "begins": true, "start": true, "started": true, "starts": true, "end": true,
	"ended": true, "ends": true, "close": true, "closed": true, "closes": true, "open": true, "opened": true,
	"opens": true, "finish": true, "finished": true, "finishes": true,
}
