package input

import (
	"regexp"
	"strings"
	"unicode"
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
		} else if pullQuote(text[:start], line) {
			out = append(out, Furniture{Start: start, End: end, Kind: "pullquote"})
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

// pullQuote reports whether line is a pull quote: a line that is all quotation, of six words or more,
// repeating words the story already quoted before it (page furniture set off from the text, not a
// second quotation).
func pullQuote(before, line string) bool {
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
	prior := normalWords(before)
	found, words := 0, 0
	for _, piece := range strings.FieldsFunc(inner, func(r rune) bool { return strings.ContainsRune(".,;:?!", r) }) {
		w := normalWords(piece)
		if strings.TrimSpace(w) == "" {
			continue
		}
		n := len(strings.Fields(w))
		words += n
		if strings.Contains(prior, w) {
			found += n
		}
	}
	return words >= 6 && found == words
}

// normalWords lower-cases s and keeps only its letters and digits, words separated by one space,
// with a space at both ends.
func normalWords(s string) string {
	var b strings.Builder
	b.WriteByte(' ')
	space := true
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
		} else if !space && r != '\'' && r != '’' {
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
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
	case captionRE.MatchString(line):
		return Furniture{Kind: "caption"}, true
	}
	if m := creditRE.FindStringSubmatch(line); m != nil {
		return Furniture{Kind: "credit", Credit: strings.TrimSpace(m[1])}, true
	}
	return Furniture{}, false
}
