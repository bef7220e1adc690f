package input

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Furniture is a line of an article that belongs to the page, not the story: cross-links ("Also Read |
// ..."), credits ("[Edited with AP inputs]"), social prompts ("Follow us on ..."). Extractors skip it.
type Furniture struct {
	Start, End int    // byte offsets of the line
	Kind       string // "related", "credit", "social", "advert", "caption"
	Credit     string // the agency named by a credit line ("AP"), else ""
}

var (
	relatedRE = regexp.MustCompile(`(?i)^\s*(also read|read also|read more|related|see also|watch|must read|recommended|more from|trending)\s*[|:>\-–—]`)
	creditRE  = regexp.MustCompile(`(?i)^\s*[\[(]?\s*(?:edited|written|compiled|reported)\s+(?:with|from|by)\s+(?:inputs?\s+from\s+)?([A-Za-z][\w&.\- ]{0,40}?)\s*(?:inputs?|reporting|agencies)?\s*[\])]?\s*\.?\s*$`)
	socialRE  = regexp.MustCompile(`(?i)^\s*(follow us on|like us on|subscribe to|sign up for|click here|download the .* app|share this|copyright|©|\(c\) \d{4}|all rights reserved)`)
	advertRE  = regexp.MustCompile(`(?i)^\s*(advertisement|sponsored|story continues below|continue reading)\s*$`)
	// captionRE matches a photo caption or credit line: it ends with (or is) a credit naming the
	// photographer or agency ("… Image: Nick Moreau.", "Photo: AP", "(Photo by Jane Roe/Getty
	// Images)", "REUTERS/Jane Roe"). A dateline's "(AFP)" is no credit.
	captionRE = regexp.MustCompile(`(?:^|[\s(\[.])(?:(?i:image|photo|photograph|picture|photo credit|credit|illustration|video|graphic)\s*:\s*[A-Z][^.:]{0,60}\.?\)?|\(?(?i:photo|picture|image)s?\s+(?:by|courtesy(?: of)?)\s+[A-Z][^.]{0,60}\)?\.?|\(?(?:REUTERS|Reuters|AP|AFP|EPA|AAP|Xinhua|Getty Images|Bloomberg)/[A-Z][A-Za-z.\- ]{1,40}\)?\.?)\s*$`)
)

// FindFurniture returns the furniture lines of text, in order.
func FindFurniture(text string) []Furniture {
	var out []Furniture
	// read holds the words of the text before the line, for the pull-quote test. It is fed up to
	// the line only when a line opens with a quote mark: normalising every line was a tenth of the
	// brief's CPU, for the rare article with a pull quote.
	read, fed := newWordNormalizer(), 0
	start := 0
	for start <= len(text) {
		end := strings.IndexAny(text[start:], "\r\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		if f, ok := classifyLine(line); ok {
			f.Start, f.End = start, end
			out = append(out, f)
		} else if inner, ok := pullQuoteShape(line); ok {
			read.feed(text[fed:start])
			fed = start
			if repeatsQuoted(read, inner) {
				out = append(out, Furniture{Start: start, End: end, Kind: "pullquote"})
			}
		}
		if end >= len(text) {
			break
		}
		start = end + 1
	}
	return out
}

// pullQuoteMarks open or close a line that is all quotation.
const pullQuoteMarks = "\"“”‘’'«» "

// A pull quote is a line that is all quotation, of six words or more, repeating words the story
// already quoted before it (page furniture set off from the text, not a second quotation).
// pullQuoteShape is the cheap test of the line, run on every line; repeatsQuoted looks for the words
// in the last pullQuoteReach bytes of those read so far, so that a text of thousands of quoted lines
// costs each a bounded search (a pull quote repeats its own story, never one far above it).

// pullQuoteShape reports whether line is all quotation of six words or more, and returns the
// quotation inside its marks.
func pullQuoteShape(line string) (string, bool) {
	l := strings.TrimSpace(line)
	if l == "" || !strings.ContainsAny(l[:1], "\"“") && !strings.HasPrefix(l, "“") {
		return "", false
	}
	inner := strings.Trim(strings.TrimRight(l, ". "), pullQuoteMarks)
	inner = strings.TrimRight(inner, ".,")
	if strings.ContainsAny(inner, "\"“”") || len(strings.Fields(inner)) < 6 {
		return "", false
	}
	return inner, true
}

// repeatsQuoted reports whether every word of the quotation inner occurs in before.
func repeatsQuoted(before *wordNormalizer, inner string) bool {
	// The story may have split the words around its attribution (`"…," said X. "…"`): every piece
	// between punctuation must be found in what came before.
	words := 0
	for _, piece := range strings.FieldsFunc(inner, func(r rune) bool { return strings.ContainsRune(".,;:?!", r) }) {
		w := normalWords(piece)
		if strings.TrimSpace(w) == "" {
			continue
		}
		if !before.contains(w, pullQuoteReach) {
			return false // one piece heard for the first time makes the line a quotation of its own
		}
		words += len(strings.Fields(w))
	}
	return words >= 6
}

// pullQuoteReach is how far back, in bytes of normalised words, a pull quote's repeat is looked for.
const pullQuoteReach = 64 << 10

// wordNormalizer builds normalWords of a text fed to it piece by piece, in time linear in the text.
type wordNormalizer struct {
	b     []byte
	space bool // the last byte written is a space
}

func newWordNormalizer() *wordNormalizer { return &wordNormalizer{b: []byte{' '}, space: true} }

func (n *wordNormalizer) feed(s string) {
	for _, r := range s {
		r = unicode.ToLower(r)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n.b = utf8.AppendRune(n.b, r)
			n.space = false
		} else if !n.space && r != '\'' && r != '’' {
			n.b = append(n.b, ' ')
			n.space = true
		}
	}
}

// contains reports whether the normalised words w (as normalWords writes them) occur in the last
// reach bytes of the words fed so far, which end with a space as normalWords's do.
func (n *wordNormalizer) contains(w string, reach int) bool {
	window := n.b[len(n.b)-min(len(n.b), reach):]
	if bytes.Contains(window, []byte(w)) {
		return true
	}
	return !n.space && strings.HasSuffix(w, " ") && bytes.HasSuffix(window, []byte(w[:len(w)-1]))
}

// normalWords lower-cases s and keeps only its letters and digits, words separated by one space,
// with a space at both ends.
func normalWords(s string) string {
	n := newWordNormalizer()
	n.feed(s)
	if !n.space {
		n.b = append(n.b, ' ')
	}
	return string(n.b)
}

func classifyLine(line string) (Furniture, bool) {
	if len(line) > 300 {
		return Furniture{}, false
	}
	lead := mayLeadFurniture(line)
	switch {
	case lead && relatedRE.MatchString(line):
		return Furniture{Kind: "related"}, true
	case lead && socialRE.MatchString(line):
		return Furniture{Kind: "social"}, true
	case lead && advertRE.MatchString(line):
		return Furniture{Kind: "advert"}, true
	case mayBeCaption(line) && captionRE.MatchString(line):
		return Furniture{Kind: "caption"}, true
	}
	if !lead {
		return Furniture{}, false
	}
	if m := creditRE.FindStringSubmatch(line); m != nil {
		return Furniture{Kind: "credit", Credit: strings.TrimSpace(m[1])}, true
	}
	return Furniture{}, false
}

// furnitureLeads are the words that relatedRE, socialRE, advertRE and creditRE can begin with, in
// lower case. Each of those patterns is anchored at the line's start, so a line whose first word is
// none of these (nor a bracket or ©) is none of those kinds, and the regexps need not run on it:
// they ran on every paragraph of every article.
var furnitureLeads = map[string]bool{
	"also": true, "read": true, "related": true, "see": true, "watch": true, "must": true,
	"recommended": true, "more": true, "trending": true,
	"follow": true, "like": true, "subscribe": true, "sign": true, "click": true, "download": true,
	"share": true, "copyright": true, "all": true,
	"advertisement": true, "sponsored": true, "story": true, "continue": true,
	"edited": true, "written": true, "compiled": true, "reported": true,
}

// mayLeadFurniture reports whether line, after the spaces regexp's \s skips, starts with a bracket,
// "©" or one of furnitureLeads in any letter case.
func mayLeadFurniture(line string) bool {
	i := 0
	for i < len(line) && strings.IndexByte(" \t\n\f\r", line[i]) >= 0 {
		i++
	}
	if i == len(line) {
		return false
	}
	if line[i] == '[' || line[i] == '(' || strings.HasPrefix(line[i:], "©") {
		return true
	}
	j := i
	for j < len(line) && j-i < 16 && (line[j]|0x20 >= 'a' && line[j]|0x20 <= 'z') {
		j++
	}
	if j == i || j-i >= 16 {
		return false
	}
	var w [16]byte
	for k := i; k < j; k++ {
		w[k-i] = line[k] | 0x20
	}
	return furnitureLeads[string(w[:j-i])]
}

// mayBeCaption reports whether line holds what one of captionRE's alternatives needs: a credit word
// in any case ("Image:", "Photo by") or a slash after an agency's name ("REUTERS/Jane Roe").
// captionRE is unanchored at its start, so running it on every paragraph cost more than the rest of
// the brief's rules; these tests are scans.
func mayBeCaption(line string) bool {
	for i := 0; i < len(line); i++ {
		// captionRE wants its word at the line's start or after a space, bracket or full stop.
		if !captionInitial[line[i]] || i > 0 && !beforeCaptionWord[line[i-1]] {
			continue
		}
		for _, w := range captionWords {
			if hasPrefixFoldASCII(line[i:], w) && creditFollows(line[i+len(w):], w) {
				return true
			}
		}
	}
	if strings.IndexByte(line, '/') < 0 {
		return false
	}
	for _, agency := range [...]string{"REUTERS/", "Reuters/", "AP/", "AFP/", "EPA/", "Xinhua/", "Getty Images/", "Bloomberg/"} {
		if strings.Contains(line, agency) {
			return true
		}
	}
	return false
}

// creditFollows reports whether rest, the line after the credit word w, goes on as captionRE needs:
// a colon ("Image: Jo Ames"), or for a photo word a plural s and "by" or "courtesy" ("Photo by").
func creditFollows(rest, w string) bool {
	spaced := strings.TrimLeft(rest, " \t\n\f\r")
	if strings.HasPrefix(spaced, ":") {
		return true
	}
	if w != "photo" && w != "picture" && w != "image" {
		return false
	}
	if rest != "" && rest[0]|0x20 == 's' {
		rest = rest[1:]
	}
	spaced = strings.TrimLeft(rest, " \t\n\f\r")
	return len(spaced) < len(rest) && (strings.HasPrefix(spaced, "by") || strings.HasPrefix(spaced, "courtesy"))
}

// beforeCaptionWord holds the bytes captionRE allows before its credit word: [\s(\[.].
var beforeCaptionWord = [256]bool{' ': true, '\t': true, '\n': true, '\f': true, '\r': true, '(': true, '[': true, '.': true}

// captionWords are the credit words of captionRE, in lower case.
var captionWords = [...]string{"photograph", "photo", "picture", "image", "credit", "illustration", "video", "graphic"}

// captionInitial holds the first letters of captionWords in both cases: a line is read byte by byte,
// and most bytes are turned away by this one lookup.
var captionInitial = func() (t [256]bool) {
	for _, w := range captionWords {
		t[w[0]], t[w[0]-'a'+'A'] = true, true
	}
	return t
}()

// hasPrefixFoldASCII reports whether s begins with the lower-case ASCII word w in any letter case.
func hasPrefixFoldASCII(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		if s[j]|0x20 != w[j] {
			return false
		}
	}
	return true
}
