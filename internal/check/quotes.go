package check

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteState follows the quotes of one style (straight or curly) through the text. The two styles are
// followed apart, since a source may nest one inside the other ("He read: “...”").
type quoteState struct {
	open   []int // offsets of the marks of the quotes now open, outermost first
	absorb bool  // a quote was reported unclosed at the last paragraph end: its stray close is not reported again
}

func (q *quoteState) isOpen() bool { return len(q.open) > 0 }

// neighbours returns the characters before and after text[i:i+size] (a space at either end).
func neighbours(text string, i, size int) (rune, rune) {
	prev, next := ' ', ' '
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(text[:i])
	}
	if i+size < len(text) {
		next, _ = utf8.DecodeRuneInString(text[i+size:])
	}
	return prev, next
}

// opensWord reports whether the mark at text[i:i+size] stands where a quote opens: after a space, the
// line start, a bracket or a dash, and before a letter, digit or another mark.
func opensWord(text string, i, size int) bool {
	prev, next := neighbours(text, i, size)
	before := unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/:", prev)
	after := unicode.IsLetter(next) || unicode.IsDigit(next) || strings.ContainsRune("‘'[(….", next)
	// "” … what I learned": a quote that opens on an ellipsis, spaced.
	if next == ' ' && i+size+1 < len(text) && (strings.HasPrefix(text[i+size+1:], "…") || strings.HasPrefix(text[i+size+1:], "...")) {
		after = true
	}
	return before && after
}

// closesWord reports whether the mark stands where a quote closes: after a word or punctuation, before
// a space, punctuation or the end.
func closesWord(text string, i, size int) bool {
	prev, next := neighbours(text, i, size)
	return !unicode.IsSpace(prev) && !strings.ContainsRune("([{", prev) &&
		(unicode.IsSpace(next) || strings.ContainsRune(".,;:!?)]}—–’'", next))
}

// inches reports whether a straight mark is the inch sign of a height (6'3", 12"): after a digit or a
// digit and a foot mark.
func inches(text string, i int) bool {
	j := strings.TrimSuffix(text[:i], "'")
	if j == "" {
		return false
	}
	c := j[len(j)-1]
	return c >= '0' && c <= '9'
}

// quoteUnbalanced finds double quote marks that never close or close without opening. Curly marks say
// which they are (and nest); straight marks alternate, except that one standing where a quote opens,
// while a quote is open mid-line, means the earlier one was never closed. A paragraph may end inside a
// quote when the next one opens with a quote mark (the convention for a quotation running over several
// paragraphs), so a mark at the start of a line continues the open quote. Single quotes and apostrophes
// are ignored: they cannot be told apart.
func quoteUnbalanced(a *Article) []Finding {
	text := a.Text
	var out []Finding
	report := func(at int, msg string) { out = append(out, Finding{Start: at, Message: msg}) }
	straight, curly := &quoteState{}, &quoteState{}
	unclosed := func(q *quoteState) {
		at := q.open[0]
		if q == straight && closesWord(text, at, 1) && !opensWord(text, at, 1) {
			report(at, "closing quote mark without an opening one")
		} else {
			report(at, "quote mark opened here never closes: "+snippet(text, at, 40))
		}
		q.open = q.open[:0]
	}
	lineStart := true
	// A long text without a single paragraph break has lost its paragraphs (a corpus that joined them):
	// a quote opening after a sentence end may be the next paragraph of a running quotation.
	flat := len(text) > 1500 && !strings.Contains(text, "\n\n") && !strings.Contains(text, "\r\n\r\n")
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		// Two single marks make a double one in some wire copy: ‘‘ or `` opens, ’’ or '' closes.
		if r2, size2 := doubledSingle(text[i:]); r2 != 0 {
			r, size = r2, size2
		}
		switch {
		case r == '\n' || r == '\r':
			if paragraphEndsAt(text, i) {
				continued := nextParagraphOpensQuote(text, i)
				for _, q := range []*quoteState{straight, curly} {
					q.absorb = false
					if q.isOpen() && !(continued && runsOn(text, q.open[0], i)) {
						unclosed(q)
						q.absorb = true
					}
				}
			}
			lineStart = true
		case unicode.IsSpace(r):
		case (r == '"' || r == '“' || r == '”') && strings.HasPrefix(text[i+size:], string(r)):
			report(i, "quote mark doubled: "+snippet(text, i, 40))
			i += size // read the pair as one mark
			continue
		case r == '“':
			if lineStart && curly.isOpen() {
				curly.open = curly.open[:len(curly.open)-1] // the next paragraph of a running quote
			}
			curly.open = append(curly.open, i)
			lineStart = false
		case r == '”':
			switch {
			case curly.isOpen():
				curly.open = curly.open[:len(curly.open)-1]
			case opensWord(text, i, size):
				report(i, "a quote opens here with a closing mark ” (“ expected)")
				curly.open = append(curly.open, i)
			case straight.isOpen():
				report(i, "a quote opened with a straight mark \" closes here with a curly ”")
				straight.open = straight.open[:0]
			case curly.absorb:
				curly.absorb = false
			default:
				report(i, "closing quote mark without an opening one")
			}
			lineStart = false
		case r == '"':
			switch {
			case !straight.isOpen() && curly.isOpen() && closesWord(text, i, size):
				report(i, "a quote opened with a curly mark “ closes here with a straight mark \"")
				curly.open = curly.open[:len(curly.open)-1]
			case !straight.isOpen() && inches(text, i):
			case !straight.isOpen() && straight.absorb && !opensWord(text, i, size):
				straight.absorb = false // the close of the quote already reported
			case !straight.isOpen():
				straight.open = append(straight.open, i)
			case opensWord(text, i, size):
				if !lineStart && !(flat && afterSentenceEnd(text, i) && runsOn(text, straight.open[0], i)) {
					unclosed(straight)
				}
				straight.open = append(straight.open[:0], i) // at a line start: the next paragraph of a running quote
			default:
				straight.open = straight.open[:0]
			}
			lineStart = false
		default:
			lineStart = false
		}
		i += size
	}
	for _, q := range []*quoteState{straight, curly} {
		if q.isOpen() {
			unclosed(q)
		}
	}
	return out
}

// paragraphEndsAt reports whether the line end at i ends a paragraph: a blank line or the end follows.
func paragraphEndsAt(text string, i int) bool {
	j := skipLineEnd(text, i)
	for j < len(text) {
		switch text[j] {
		case ' ', '\t':
			j++
		case '\n', '\r':
			return true
		default:
			return false
		}
	}
	return true
}

func skipLineEnd(text string, i int) int {
	if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
		return i + 2
	}
	return i + 1
}

// nextParagraphOpensQuote reports whether the first character after the line end at i (and any blank
// lines) is an opening quote mark.
func nextParagraphOpensQuote(text string, i int) bool {
	j := skipLineEnd(text, i)
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsSpace(r) {
			j += size
			continue
		}
		return r == '"' || r == '“' || (r == '”' && opensWord(text, j, size))
	}
	return false
}

// quoteUnattributed finds direct quotes of a sentence or more that the brief gives no speaker: a
// quote that starts with a capital and runs to four words or more, or any quote of twelve words or
// more. Short quoted phrases ("unenviable") are the reporter's, not a speaker's, and are left alone,
// and so are quotes attributed in a way the brief does not read (attributedInContext).
func quoteUnattributed(a *Article) []Finding {
	var out []Finding
	for _, q := range a.Brief.Quotes {
		if q.Speaker != nil || q.SpeakerMention != nil {
			continue
		}
		body := strings.TrimLeft(q.Text, "“\"‘' ")
		n := len(strings.Fields(body))
		first, _ := utf8.DecodeRuneInString(body)
		if !(n >= 12 || (n >= 4 && unicode.IsUpper(first))) || a.attributedInContext(q.Start) {
			continue
		}
		out = append(out, Finding{Start: q.Start, Message: fmt.Sprintf("quote of %d words has no speaker: %s", n, snippet(body, 0, 40))})
	}
	return out
}

// afterSentenceEnd reports whether the mark at i follows the end of a sentence and a space.
func afterSentenceEnd(text string, i int) bool {
	t := strings.TrimRight(text[:i], " ")
	return len(t) < i && t != "" && strings.ContainsRune(".!?", rune(t[len(t)-1]))
}

// attribution matches a reporting clause set off by a comma ("…, he said", "…, said Paul McCulley").
var attribution = regexp.MustCompile(`[,—–]\s+(?:[\p{L}.'’-]+\s+){0,4}?(?:said|says|saying|quoted|added|asked|urged|wrote|declared|insisted|explained|continued|replied|recalled|warned|noted)\b`)

// runsOn reports whether the quote opened at open and still open at end can be a quotation running on
// into the next paragraph: it quotes whole sentences (it starts with a capital, or runs to a dozen
// words or more: not a short phrase inside the writer's sentence) and never reaches its own
// attribution, which would mean its closing mark is missing.
func runsOn(text string, open, end int) bool {
	_, size := utf8.DecodeRuneInString(text[open:])
	body := text[open+size : end]
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(body, " …."))
	return (!unicode.IsLower(first) || len(strings.Fields(body)) >= 12) && !attribution.MatchString(body)
}

// doubledSingle reads two single quote marks written for a double one: ‘‘ and “ as “, ’’ and ” as
// ”. It returns 0 when s does not start with such a pair.
func doubledSingle(s string) (rune, int) {
	for _, p := range []struct {
		pair string
		as   rune
	}{{"‘‘", '“'}, {"``", '“'}, {"’’", '”'}, {"''", '”'}} {
		if strings.HasPrefix(s, p.pair) {
			return p.as, len(p.pair)
		}
	}
	return 0, 0
}
