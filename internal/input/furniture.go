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
	read := newWordNormalizer() // the words of the text before the line, for the pull-quote test
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
		} else if pullQuote(read, line) {
			out = append(out, Furniture{Start: start, End: end, Kind: "pullquote"})
		}
		if end >= len(text) {
			break
		}
		read.feed(text[start : end+1])
		start = end + 1
	}
	return out
}

// pullQuoteMarks open or close a line that is all quotation.
const pullQuoteMarks = "\"“”‘’'«» "

// pullQuote reports whether line is a pull quote: a line that is all quotation, of six words or more,
// repeating words the story already quoted before it (page furniture set off from the text, not a
// second quotation). before holds the words read so far; the repeat is looked for in the last
// pullQuoteReach bytes of them, so that a text of thousands of quoted lines costs each a bounded
// search (a pull quote repeats its own story, never one far above it).
func pullQuote(before *wordNormalizer, line string) bool {
	l := strings.TrimSpace(line)
	if l == "" || !strings.ContainsAny(l[:1], "\"“") && !strings.HasPrefix(l, "“") {
		return false
	}
	inner := strings.Trim(strings.TrimRight(l, ". "), pullQuoteMarks)
	inner = strings.TrimRight(inner, ".,")
	if len(strings.Fields(inner)) < 6 || strings.ContainsAny(inner, "\"“”") {
		return false
	}
	// The story may have split the words around its attribution (`"…," said X. "…"`): every piece
	// between punctuation must be found in what came before.
	found, words := 0, 0
	for _, piece := range strings.FieldsFunc(inner, func(r rune) bool { return strings.ContainsRune(".,;:?!", r) }) {
		w := normalWords(piece)
		if strings.TrimSpace(w) == "" {
			continue
		}
		n := len(strings.Fields(w))
		words += n
		if before.contains(w, pullQuoteReach) {
			found += n
		}
	}
	return words >= 6 && found == words
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
	switch {
	case relatedRE.MatchString(line):
		return Furniture{Kind: "related"}, true
	case socialRE.MatchString(line):
		return Furniture{Kind: "social"}, true
	case advertRE.MatchString(line):
		return Furniture{Kind: "advert"}, true
	case mayBeCaption(line) && captionRE.MatchString(line):
		return Furniture{Kind: "caption"}, true
	}
	if m := creditRE.FindStringSubmatch(line); m != nil {
		return Furniture{Kind: "credit", Credit: strings.TrimSpace(m[1])}, true
	}
	return Furniture{}, false
}

// mayBeCaption reports whether line holds what every captionRE alternative needs: a colon ("Image:"),
// a slash ("REUTERS/Jane Roe") or a photo word ("Photo by"). captionRE is unanchored at its start, so
// running it on every paragraph cost more than the rest of the brief's rules; this test is a scan.
func mayBeCaption(line string) bool {
	if strings.ContainsAny(line, ":/") {
		return true
	}
	for _, w := range [...]string{"photo", "picture", "image"} {
		if containsFoldASCII(line, w) {
			return true
		}
	}
	return false
}

// containsFoldASCII reports whether s contains the lower-case ASCII word w in any letter case.
func containsFoldASCII(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 != w[0] {
			continue
		}
		j := 1
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}
