package check

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/input"
)

// span is a stretch of the text by byte offsets, end exclusive.
type span struct{ start, end int }

// lineIndex turns byte offsets into 1-based lines and columns (columns count characters).
type lineIndex struct {
	text   string
	starts []int
}

func newLineIndex(text string) lineIndex {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' || (text[i] == '\r' && (i+1 == len(text) || text[i+1] != '\n')) {
			starts = append(starts, i+1)
		}
	}
	return lineIndex{text: text, starts: starts}
}

func (l lineIndex) position(off int) (int, int) {
	if off < 0 {
		off = 0
	}
	if off > len(l.text) {
		off = len(l.text)
	}
	i := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	return i + 1, utf8.RuneCountInString(l.text[l.starts[i]:off]) + 1
}

// headlineSpans are where the headline is: the brief's title, as the extractor found it (one headline
// detector for newsbrief), and a deck under it. Headlines call people by surname alone, so the name
// rules do not read them.
func headlineSpans(text string, b *brief.Brief) []span {
	var out []span
	if b != nil && b.Title != nil && *b.Title != "" {
		limit := len(text)
		if limit > 1000 {
			limit = 1000
		}
		if i := strings.Index(text[:limit], *b.Title); i >= 0 {
			out = append(out, span{i, i + len(*b.Title)})
		}
	}
	return append(out, deck(text)...)
}

// skippedSpans are the parts of an article that are not its prose: furniture lines ("Also Read | ...")
// and photo captions.
func skippedSpans(text string) []span {
	var out []span
	for _, f := range input.FindFurniture(text) {
		out = append(out, span{f.Start, f.End})
	}
	for _, m := range captionRE.FindAllStringIndex(text, -1) {
		out = append(out, span{m[0], m[1]})
	}
	return out
}

// captionRE matches a photo caption line: "Braverman (left) and Sunak (right). Image: UK Government."
var captionRE = regexp.MustCompile(`(?m)^[^\n]*(?:\((?:left|right|centre|center|L|R)\)|\b(?:Image|Photo|Picture|Photograph|Credit|Pictured)\s*:)[^\n]*$`)

func (a *Article) skipped(off int) bool { return inSpans(a.skip, off) }

func (a *Article) inHeadline(off int) bool { return inSpans(a.headline, off) }

func inSpans(spans []span, off int) bool {
	for _, s := range spans {
		if off >= s.start && off < s.end {
			return true
		}
	}
	return false
}

// word is a run of letters (with inner apostrophes, as in O'Brien) found in the text, without a
// possessive "'s".
type word struct {
	text  string
	start int
}

func (w word) capitalised() bool {
	r, _ := utf8.DecodeRuneInString(w.text)
	return unicode.IsUpper(r)
}

// words returns the words of text in order, with the gap (the characters) before each.
func words(text string) []word {
	var out []word
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		start := i
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
				i += size
				continue
			}
			if (r == '\'' || r == '’') && i+size < len(text) {
				next, _ := utf8.DecodeRuneInString(text[i+size:])
				if unicode.IsLetter(next) {
					i += size
					continue
				}
			}
			break
		}
		w := text[start:i]
		for _, poss := range []string{"'s", "’s", "'S", "’S"} {
			if strings.HasSuffix(w, poss) && len(w) > len(poss) {
				w = w[:len(w)-len(poss)]
			}
		}
		out = append(out, word{text: w, start: start})
	}
	return out
}

// snippet is the start of text after off, cut at about n characters on a word boundary, for messages.
func snippet(text string, off, n int) string {
	s := text[off:]
	if nl := strings.IndexAny(s, "\r\n"); nl >= 0 {
		s = s[:nl]
	}
	if utf8.RuneCountInString(s) <= n {
		return strings.TrimSpace(s)
	}
	cut := 0
	for i := range s {
		if cut >= n {
			s = s[:i]
			break
		}
		cut++
	}
	if sp := strings.LastIndex(s, " "); sp > n/2 {
		s = s[:sp]
	}
	return strings.TrimSpace(s) + "…"
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

func isLetterRune(r rune) bool { return unicode.IsLetter(r) }
