package quotes

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// quoteSpan is one stretch of quoted words found between double quotation marks in a paragraph.
type quoteSpan struct {
	open     int       // byte offset of the opening mark
	close    int       // byte offset of the closing mark, or -1 when the quote never closes in its paragraph
	inner    nlp.Range // the words between the marks, trimmed of white space
	para     int       // index in d.Paragraphs
	afterEnd int       // byte offset just after the closing mark (or inner.End when unclosed)
}

// markRole says how a double quotation mark is used where it stands.
type markRole int

const (
	markNone markRole = iota
	markOpen
	markClose
	markEither // a straight mark with space on both sides: closes an open quote, else opens one that the next mark closes
)

// findQuoteSpans pairs the double quotation marks (" “ ” „ « ») of every paragraph. Single marks
// (‘ ’ ') never open or close a quote: inside a double quote they are nested quotes or apostrophes
// (Ukraine’s, rock 'n' roll, the '90s) and stay part of its words. A quote that never closes ends at
// its paragraph's end, or at a line end when the next line opens a new quote, so that a stray mark
// cannot swallow the rest of the article.
func findQuoteSpans(d *doc) []quoteSpan {
	var out []quoteSpan
	for pi, p := range d.Paragraphs {
		out = scanParagraphQuotes(d.Text, p, pi, out)
	}
	return out
}

func scanParagraphQuotes(text string, p nlp.Range, pi int, out []quoteSpan) []quoteSpan {
	inside := false
	// nested is set while a “quote inside a curly quote” is open: its closing mark does not end the
	// outer quote, whose words keep it.
	nested := false
	openAt, openEnd := 0, 0
	finish := func(closeAt, innerEnd, after int) {
		s, e := nlp.TrimRange(text, nlp.Range{Start: openEnd, End: innerEnd})
		if e > s {
			out = append(out, quoteSpan{open: openAt, close: closeAt, inner: nlp.Range{Start: s, End: e}, para: pi, afterEnd: after})
		}
		inside, nested = false, false
	}
	for i := p.Start; i < p.End; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' || r == '\r' {
			if inside && nextLineOpensQuote(text, i, p.End) {
				finish(-1, i, i)
			}
			i += size
			continue
		}
		switch doubleMarkRole(text, i, r, size, p) {
		case markOpen:
			if inside && !nested && r == '“' && text[openAt:openEnd] == "“" && nestedAhead(text, i+size, p) {
				// “I’d rather live in what he calls “hell” than …” — a second curly opening
				// mark, and two closing marks follow before any other opens: a quote inside the
				// quote, as a single mark would set it.
				nested = true
				break
			}
			if inside {
				// A new opening mark while a quote is open: the earlier one never closed.
				finish(-1, i, i)
			}
			inside, openAt, openEnd = true, i, i+size
		case markClose:
			if nested {
				nested = false
				break
			}
			if inside {
				finish(i, i, i+size)
			}
		case markEither:
			switch {
			case inside:
				finish(i, i, i+size)
			case nextMarkCloses(text, i+size, p):
				// `said Jordan " is seeking some guidance" about`: text from typesetting that
				// spaced its marks; the quote opens here when the next mark can only close it.
				inside, openAt, openEnd = true, i, i+size
			}
		}
		i += size
	}
	if inside {
		finish(-1, p.End, p.End)
	}
	return out
}

// doubleMarkRole classifies the rune r at i. Curly marks say what they are, unless they stand the
// wrong way round (a “ glued to the end of a word closes; a ” before a word at a word start opens);
// a straight mark opens at a word start and closes otherwise.
func doubleMarkRole(text string, i int, r rune, size int, p nlp.Range) markRole {
	switch r {
	case '"', '“', '”', '„', '«', '»':
	default:
		return markNone
	}
	prev, next := ' ', ' '
	if i > p.Start {
		prev, _ = utf8.DecodeLastRuneInString(text[p.Start:i])
	}
	if i+size < p.End {
		next, _ = utf8.DecodeRuneInString(text[i+size : p.End])
	}
	atWordStart := opensAfter(prev) && !unicode.IsSpace(next)
	atWordEnd := !unicode.IsSpace(prev) && !opensAfter(prev) && (unicode.IsSpace(next) || unicode.IsPunct(next))
	switch r {
	case '“', '„', '«':
		if atWordEnd && r == '“' {
			return markClose
		}
		return markOpen
	case '”', '»':
		if atWordStart && r == '”' && (unicode.IsLetter(next) || unicode.IsDigit(next)) {
			return markOpen
		}
		return markClose
	}
	if atWordStart {
		return markOpen
	}
	if unicode.IsSpace(prev) && unicode.IsSpace(next) {
		return markEither
	}
	return markClose
}

// opensAfter reports whether a quote may open right after r: white space, an opening bracket, a dash
// or a slash.
func opensAfter(r rune) bool {
	if unicode.IsSpace(r) {
		return true
	}
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', '―', ':':
		return true
	}
	return false
}

// nestedAhead reports whether, after i in paragraph p and on the same line, two double marks that
// can close come before any mark that only opens: the second closes the quote an inner one nests in.
// The scan stops at the next opening mark, so each mark of a paragraph is read at most twice.
func nestedAhead(text string, i int, p nlp.Range) bool {
	closes := 0
	for j := i; j < p.End; {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == '\n' || r == '\r' {
			return false
		}
		switch doubleMarkRole(text, j, r, size, p) {
		case markOpen:
			return false
		case markClose, markEither:
			closes++
			if closes == 2 {
				return true
			}
		}
		j += size
	}
	return false
}

// nextLineOpensQuote reports whether the line after the line end at i starts with an opening mark.
func nextLineOpensQuote(text string, i, end int) bool {
	for j := i; j < end; {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsSpace(r) {
			j += size
			continue
		}
		return r == '"' || r == '“' || r == '„' || r == '«'
	}
	return false
}

// nextMarkCloses reports whether the next double quotation mark after i in paragraph p, on the same
// line, closes a quote (a straight mark glued to the end of a word).
func nextMarkCloses(text string, i int, p nlp.Range) bool {
	for j := i; j < p.End; {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == '\n' || r == '\r' {
			return false
		}
		if role := doubleMarkRole(text, j, r, size, p); role != markNone {
			return role == markClose
		}
		j += size
	}
	return false
}
