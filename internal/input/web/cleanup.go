package web

import (
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// cleanup drops the paragraphs that the extraction library keeps but that are not the story: the
// headline and byline repeated inside the content, photo captions and credits, "Read more" links,
// newsletter and share boxes, advertising labels. Each rule is about the page's furniture, never about
// one site's wording of a story.
func cleanup(in []block, p *Page) []string {
	out := make([]string, 0, len(in))
	for i, b := range in {
		if i > 0 && patterns().endOfStoryRE.MatchString(b.text) {
			break // what follows "You may also like" is other stories
		}
		switch {
		case p.Title != "" && sameWords(b.text, p.Title):
			continue // the headline, which Text puts first on its own
		case i < 3 && isBylineLine(b.text, p.Byline):
			continue
		case furnitureClass(b.classes) && utf8.RuneCountInString(b.text) < 300:
			continue
		case isFurnitureLine(b.text):
			continue
		}
		out = append(out, b.text)
	}
	return out
}

// patterns are compiled on the first page, not at start-up: plain-text runs never pay for them.
var patterns = sync.OnceValue(func() *cleanupPatterns {
	return &cleanupPatterns{
		// Lines that label, promote or credit rather than report.
		furnitureLineRE: regexp.MustCompile(`(?i)^(?:` +
			`(?:read|see) (?:more|also|next)\b.{0,120}|related(?: stories| articles| coverage| content)?\s*[:|].*|also read\b.*|` +
			`advertisement|sponsored(?: content)?|story continues below.*|continue reading.*|` +
			`(?:sign up|subscribe)(?: now)?(?: for| to)\b.{0,200}|` +
			`(?:follow|like) us on\b.*|share (?:this|on)\b.{0,80}|click here\b.{0,160}|` +
			`(?:copyright|©|\(c\))\s*.{0,160}|all rights reserved.{0,80}|` +
			`(?:photo|image|picture|video|graphic)(?: credit)?s?\s*(?:by|:|/).{0,160}|` +
			`(?:credit|source)\s*:.{0,120}` +
			`)$`),
		// A credit at the end of a caption: "(AP Photo/Evan Vucci)", "Getty Images".
		photoCreditRE: regexp.MustCompile(`(?i)(?:\((?:AP|AFP|Reuters)? ?Photo[^)]{0,80}\)|getty images|shutterstock|\bphoto:)\s*\.?$`),
		// A box title after which a page lists other stories.
		endOfStoryRE: regexp.MustCompile(`(?i)^(?:you (?:may|might) (?:also )?(?:like|enjoy)|more (?:stories|news|from|on this)|related (?:stories|articles|posts|coverage|content|news)|recommended(?: for you| stories| reading)?|most (?:popular|read|viewed)|trending(?: now| stories)?|latest (?:news|stories)|(?:top|popular) stories|what to read next|read next)\b[\s.:…]*$`),
		// Page chrome that a library sometimes keeps: skip links, sign-in prompts, labels, bare addresses,
		// script fragments, "[shortcode]" markup a CMS failed to expand.
		chromeRE: regexp.MustCompile(`(?i)^(?:skip to (?:main )?content|sign (?:in|up)|log ?in|register|menu|search|close|breaking news|advert|ad|ads|loading\.*|this (?:slideshow|video|content|feature) requires javascript\.?|tell us what you think.*|leave a (?:comment|reply)|comments?|print|email|(?:image|photo|slide) \d+ of\s*/?\s*\d*|https?://\S+|[/*{}()<>;]+.{0,2}|\[[a-z_]+[ \]].*\[/[a-z_]+\]|(?:published|updated|posted|last updated)\b.{0,60}\d{4}.{0,20})$`),
		bylineRE: regexp.MustCompile(`(?i)^(?:by|written by|words by)\s+\p{Lu}`),
		// Dates and times printed with the byline: "Updated 10:21 AM ET, Tue November 19, 2019".
		bylineDateRE: regexp.MustCompile(`(?i)[\s,;|·\-–—]*(?:(?:updated|published|posted|on)\s*:?\s*)?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}).*$`),
		stampRE:      regexp.MustCompile(`(?i)^(?:published|updated|posted|last updated|first published)\b.{0,80}$`),
	}
})

type cleanupPatterns struct {
	furnitureLineRE, photoCreditRE, endOfStoryRE, chromeRE, bylineRE, bylineDateRE, stampRE *regexp.Regexp
}

func isFurnitureLine(s string) bool {
	if utf8.RuneCountInString(s) > 250 {
		return false
	}
	return patterns().furnitureLineRE.MatchString(s) || patterns().chromeRE.MatchString(s) || patterns().photoCreditRE.MatchString(s) && utf8.RuneCountInString(s) < 200
}

// isBylineLine reports a byline or a date stamp near the top of the content.
func isBylineLine(s, byline string) bool {
	if utf8.RuneCountInString(s) > 120 {
		return false
	}
	if patterns().bylineRE.MatchString(s) || patterns().stampRE.MatchString(s) {
		return true
	}
	return byline != "" && sameWords(s, byline)
}

// furnitureClass reports class names of boxes that are never the story.
func furnitureClass(classes string) bool {
	for _, name := range furnitureClasses {
		if strings.Contains(classes, name) {
			return true
		}
	}
	return false
}

var furnitureClasses = []string{"share", "social", "newsletter", "caption", "credit", "byline", "related", "promo", "advert", "signup", "subscribe", "toolbar", "breadcrumb"}

// sameWords compares two lines by their words, ignoring case and punctuation.
func sameWords(a, b string) bool {
	return normWords(a) == normWords(b)
}

var wordRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[\p{L}\p{N}]+`) })

func normWords(s string) string {
	return strings.ToLower(strings.Join(wordRE().FindAllString(s, -1), " "))
}

// looksLikeStory tells an article from a page without one: at least one paragraph that reads like a
// sentence, and enough words in all.
// Letters are counted rather than words, so that Japanese or Chinese (no spaces) count too.
func looksLikeStory(paras []string) bool {
	letters, sentences := 0, 0
	for _, p := range paras {
		n := countLetters(p)
		letters += n
		last, _ := utf8.DecodeLastRuneInString(p)
		if n >= 30 && strings.ContainsRune(".!?\"”'’)。！？」", last) {
			sentences++
		}
	}
	return sentences >= 1 && letters >= 150
}

func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// cleanTitle cuts the site's name off a headline taken from <title> ("Sea wall approved | Gazette"):
// the <h1> when the title starts with it, else a last segment after a separator that names the site or
// that a pipe sets apart.
func cleanTitle(title string, m pageMeta, site string) string {
	if title == "" || title != m.docTitle {
		return title // og:title, JSON-LD headline: already the headline alone
	}
	if m.heading != "" && len(m.heading) < len(title) && strings.HasPrefix(title, m.heading) {
		return m.heading
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		names := site != "" && (sameWords(tail, site) || strings.Contains(normWords(site), normWords(tail)))
		if len(strings.Fields(head)) >= 3 && (names || sep == " | " || len(strings.Fields(tail)) <= 3 && domainLike(tail)) {
			return head
		}
	}
	return title
}

// domainLike reports a suffix such as "Sportsnet.ca" or "CNN.com" or "Coastline Gazette": capitalised
// words, or a host name.
func domainLike(s string) bool {
	if strings.Contains(s, ".") && !strings.Contains(s, " ") {
		return true
	}
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// cleanByline drops the "By " that some pages keep in their author field, and a date stamp printed
// after the name ("Jeff Foust — November 18, 2019", "admin - 2018-09-16"), which it returns as
// YYYY-MM-DD when it is one.
func cleanByline(s string) (string, string) {
	s = oneLine(s)
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = strings.TrimSpace(s[3:])
	}
	day := ""
	if m := patterns().bylineDateRE.FindStringSubmatchIndex(s); m != nil {
		day = stampDay(s[m[2]:m[3]])
		s = s[:m[0]]
	}
	s = strings.TrimRight(s, " ,;:|-–—·")
	if strings.EqualFold(s, "by") {
		s = ""
	}
	return s, day
}

// stampDay reads "November 18, 2019", "Nov. 18 2019" or "2019-11-18" as YYYY-MM-DD.
func stampDay(s string) string {
	if d := isoDay(s); d != "" {
		return d
	}
	s = strings.NewReplacer(".", "", ",", "").Replace(s)
	f := strings.Fields(s)
	if len(f) != 3 || len(f[0]) < 3 {
		return ""
	}
	t, err := time.Parse("Jan 2 2006", f[0][:3]+" "+f[1]+" "+f[2])
	if err != nil || !plausibleYear(t.Year()) {
		return ""
	}
	return t.Format("2006-01-02")
}
