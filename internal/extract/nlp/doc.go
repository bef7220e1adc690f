package nlp

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/input"
)

// Doc is the one analysis of an article that every extractor reads: its lines, paragraphs,
// sentences and tokens, all located by byte offsets in Text, and the furniture lines that are not
// content. It is built once per article by Analyze; no extractor tokenizes again.
type Doc struct {
	Text       string
	Lines      []Range // each line, without its line end
	Paragraphs []Range // blocks of content lines separated by blank lines; furniture excluded
	Sentences  []Range // sentences inside paragraphs, trimmed
	// SentenceTokens holds, for each sentence, the token indices [Start, End) of the tokens inside it.
	SentenceTokens []Range
	Tokens         []Token
	// Lower holds each token's text in lower case (strings.ToLower), computed once for every family.
	Lower     []string
	Furniture []input.Furniture // lines that are article furniture, not content

	Title    *Range // the headline: a first short line without final punctuation, followed by a blank line
	Byline   *Range // the author's name in "by Firstname Lastname"
	Dateline *Range // "KHARTOUM, April 2, 1997 (AFP)" or "Dec 29 (Reuters) -"
	// datelineParts are the dateline's month, day, year and agency (index 1–4), when found.
	DatelineParts []string

	// Truncated reports that the article was longer than the analysis holds (MaxTokens tokens or
	// MaxLines lines): Text is then the article's beginning, cut at a token or line start, and every
	// extractor reads only that.
	Truncated bool
}

// The most tokens and lines one analysis holds. Every structure the extractors build (mentions,
// quotes, dates, figures) grows at most with the tokens, so these two caps bound an article's memory
// whatever its shape: about 5 MB of running news text, far more than any real article, but an
// input of nothing but quote marks or initials stops here instead of taking gigabytes.
const (
	MaxTokens = 1 << 20
	MaxLines  = 1 << 20
)

// Analyze builds the shared analysis of text.
func Analyze(text string) *Doc {
	d := &Doc{Text: text}
	tokens, cases, cut := tokenize(text, MaxTokens)
	lines, lcut := splitLines(text[:cut], MaxLines)
	if cut < len(text) || lcut < cut {
		d.Truncated = true
		for len(tokens) > 0 && tokens[len(tokens)-1].End > lcut {
			tokens = tokens[:len(tokens)-1]
		}
		text = text[:lcut]
		d.Text = text
	}
	d.Lines = lines
	d.Furniture = input.FindFurniture(text)
	d.Paragraphs = d.splitParagraphs()
	d.Tokens = tokens
	d.Lower = lowerTokens(tokens, cases)
	d.Sentences = d.splitSentences()
	d.SentenceTokens = d.sentenceTokens()
	d.findTitle()
	d.findDateline()
	return d
}

// lowerTokens returns each token's text as strings.ToLower gives it. A token already in lower case
// is its own text; the ASCII tokens that are not are lower-cased into one shared buffer, so that an
// article costs one allocation here rather than one per capitalised word.
//
// cases holds each token's asciiCase (tokenize finds them as it reads the words).
func lowerTokens(tokens []Token, cases []uint8) []string {
	lower := make([]string, len(tokens))
	size := 0 // bytes of the ASCII tokens with a capital, left "" in lower for now
	for i, t := range tokens {
		switch cases[i] {
		case asciiLower:
			lower[i] = t.Text
		case asciiMixed:
			size += len(t.Text)
		default:
			lower[i] = strings.ToLower(t.Text)
		}
	}
	if size == 0 {
		return lower
	}
	var buf strings.Builder
	buf.Grow(size)
	for i, t := range tokens {
		if lower[i] != "" {
			continue
		}
		for k := 0; k < len(t.Text); k++ {
			c := t.Text[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf.WriteByte(c)
		}
	}
	written := buf.String()
	for i, t := range tokens {
		if lower[i] == "" {
			lower[i], written = written[:len(t.Text)], written[len(t.Text):]
		}
	}
	return lower
}

// What asciiCase finds in a token.
const (
	asciiLower = iota // ASCII without a capital
	asciiMixed        // ASCII with a capital
	notASCII
)

func asciiCase(s string) uint8 {
	upper := false
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= utf8.RuneSelf {
			return notASCII
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if upper {
		return asciiMixed
	}
	return asciiLower
}

// splitLines returns each line's range without its line end; \n, \r\n and a lone \r all end a line.
// It stops before the line that would be the max+1st and returns where it stopped (len(text) when
// it did not).
func splitLines(text string, max int) ([]Range, int) {
	var lines []Range
	if strings.IndexByte(text, '\r') < 0 {
		// Only \n ends lines: find each with IndexByte, which is much faster than a byte loop.
		start := 0
		for {
			k := strings.IndexByte(text[start:], '\n')
			if k < 0 {
				break
			}
			lines = append(lines, Range{start, start + k})
			start += k + 1
			if len(lines) == max {
				return lines, start
			}
		}
		if start < len(text) {
			lines = append(lines, Range{start, len(text)})
		}
		return lines, len(text)
	}
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			lines = append(lines, Range{start, i})
			start = i + 1
		case '\r':
			lines = append(lines, Range{start, i})
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			start = i + 1
		default:
			continue
		}
		if len(lines) == max {
			return lines, start
		}
	}
	if start < len(text) {
		lines = append(lines, Range{start, len(text)})
	}
	return lines, len(text)
}

// IsFurniture reports whether the byte offset pos is on a furniture line.
func (d *Doc) IsFurniture(pos int) bool {
	for _, f := range d.Furniture {
		if pos >= f.Start && pos < f.End {
			return true
		}
	}
	return false
}

func (d *Doc) splitParagraphs() []Range {
	var paras []Range
	cur := Range{-1, -1}
	flush := func() {
		if cur.Start >= 0 {
			paras = append(paras, cur)
		}
		cur = Range{-1, -1}
	}
	for _, l := range d.Lines {
		line := d.Text[l.Start:l.End]
		if strings.TrimSpace(line) == "" || d.IsFurniture(l.Start) {
			flush()
			continue
		}
		s, e := TrimRange(d.Text, l)
		if cur.Start < 0 {
			cur = Range{s, e}
		} else {
			cur.End = e
		}
	}
	flush()
	return paras
}

// trimRange shrinks r to exclude leading and trailing white space.
func TrimRange(text string, r Range) (int, int) {
	s, e := r.Start, r.End
	for s < e {
		c, size := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(c) {
			break
		}
		s += size
	}
	for e > s {
		c, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(c) {
			break
		}
		e -= size
	}
	return s, e
}

// TokenIndex returns the index of the first token that starts at or after pos.
func (d *Doc) TokenIndex(pos int) int {
	return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= pos })
}

// TokensIn returns the tokens that lie inside r.
func (d *Doc) TokensIn(r Range) []Token {
	i := d.TokenIndex(r.Start)
	j := i
	for j < len(d.Tokens) && d.Tokens[j].End <= r.End {
		j++
	}
	return d.Tokens[i:j]
}

// sentenceTokens finds each sentence's tokens in one walk over the tokens (sentences are in order
// and do not overlap).
func (d *Doc) sentenceTokens() []Range {
	out := make([]Range, len(d.Sentences))
	k := 0
	for i, s := range d.Sentences {
		for k < len(d.Tokens) && d.Tokens[k].Start < s.Start {
			k++
		}
		lo := k
		for k < len(d.Tokens) && d.Tokens[k].End <= s.End {
			k++
		}
		out[i] = Range{lo, k}
		k = lo
	}
	return out
}

// SentenceAt returns the index of the sentence containing pos, or -1.
func (d *Doc) SentenceAt(pos int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > pos })
	if i < len(d.Sentences) && d.Sentences[i].Start <= pos {
		return i
	}
	return -1
}

// ParagraphAt returns the index of the paragraph containing pos, or -1.
func (d *Doc) ParagraphAt(pos int) int {
	i := sort.Search(len(d.Paragraphs), func(i int) bool { return d.Paragraphs[i].End > pos })
	if i < len(d.Paragraphs) && d.Paragraphs[i].Start <= pos {
		return i
	}
	return -1
}

// Slice returns the text of r.
func (d *Doc) Slice(r Range) string { return d.Text[r.Start:r.End] }

// findTitle takes the first content line as the headline when it is short, stands alone (a blank line
// or the end follows) and does not end like a sentence.
func (d *Doc) findTitle() {
	if len(d.Paragraphs) < 2 {
		return
	}
	p := d.Paragraphs[0]
	text := d.Text[p.Start:p.End]
	// A first line that is only "By Firstname Lastname" is the byline of an article without a headline.
	if idx := bylineIndex(" " + text); idx == 0 {
		b := Range{p.Start + 3, p.End}
		d.Byline = &b
		return
	}
	if strings.ContainsAny(text, "\n\r") || utf8.RuneCountInString(text) > 200 {
		return
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	if last == '.' && strings.Count(text, ". ") > 0 {
		return
	}
	t := p
	// A trailing "by Firstname Lastname" on the headline line is the author, not part of the title.
	if idx := bylineIndex(text); idx > 0 {
		b := Range{p.Start + idx + 4, p.End}
		d.Byline = &b
		s, e := TrimRange(d.Text, Range{p.Start, p.Start + idx})
		t = Range{s, e}
	}
	d.Title = &t
}

// bylineIndex finds " by " followed only by capitalised words at the end of a headline.
func bylineIndex(line string) int {
	idx := strings.LastIndex(strings.ToLower(line), " by ")
	if idx < 0 {
		return -1
	}
	rest := strings.Fields(line[idx+4:])
	if len(rest) < 2 || len(rest) > 4 {
		return -1
	}
	for _, w := range rest {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return -1
		}
	}
	return idx
}

// span makes a brief.Span of r (its line and column are filled in by locate).
func (d *Doc) Span(r Range) brief.Span {
	return brief.Span{Text: d.Text[r.Start:r.End], Start: r.Start, End: r.End}
}
