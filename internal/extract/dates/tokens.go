package dates

import (
	"strconv"
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// What the patterns ask about the tokens around a date: the word, whether it continues the phrase on
// the same line, its sentence and paragraph.

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
	// The gap is usually one space: a byte loop beats strings.ContainsAny, which the patterns call
	// several times for every candidate token.
	for p := s.toks[k-1].End; p < s.toks[k].Start; p++ {
		if c := s.d.Text[p]; c == '\n' || c == '\r' {
			return false
		}
	}
	return true
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

// joinedParagraph reports whether token k is in the same paragraph as token k-1.
func (s *dateScanner) joinedParagraph(k int) bool {
	return s.d.ParagraphAt(s.toks[k].Start) == s.d.ParagraphAt(s.toks[k-1].Start)
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

// isYearWord reports whether w is a four-digit year.
func isYearWord(w string) bool {
	_, ok := yearToken(w)
	return ok
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
