// Package web turns a web page into an article: the story's paragraphs, found by a main-content
// extraction library (readeck's go-readability, chosen on ../shared/eval/html-dev for its accuracy,
// speed and start-up cost), cleaned of what the library keeps but a reader skips (cleanup.go), and the
// page's metadata: headline, byline, publication date, site name and canonical URL (meta.go).
package web

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// Page is the article found on a web page.
type Page struct {
	Title        string   // the headline, "" when the page names none
	Byline       string   // the author(s) as the page names them
	Published    string   // YYYY-MM-DD, "" when the page gives no date
	Site         string   // the site's name (og:site_name, JSON-LD publisher)
	CanonicalURL string   // <link rel=canonical> or og:url, absolute
	Encoding     string   // a decoding that was applied ("windows-1252", "shift_jis"), "" for UTF-8
	Paragraphs   []string // the story's paragraphs, white space collapsed, the headline left out
}

// ErrNoArticle is returned for a page without a story: a home page, a login wall, an empty body.
var ErrNoArticle = errors.New("no article text found")

// Parse reads the page in raw. contentType is the HTTP Content-Type header ("" for a file), and
// pageURL the address it came from ("" for a file), used to resolve relative links and read a date
// from the path.
func Parse(raw []byte, contentType, pageURL string) (*Page, error) {
	return ParseWith(raw, contentType, pageURL, Options{})
}

// Options change how a page is read, for measuring the extraction.
type Options struct {
	// LibraryOnly keeps every paragraph the library found, without newsbrief's cleanup, to score what
	// the cleanup adds (make eval).
	LibraryOnly bool
}

// ParseWith is Parse with options.
func ParseWith(raw []byte, contentType, pageURL string, opts Options) (page *Page, err error) {
	// The extraction library walks whatever tree a page builds; should it trip on one, that page fails
	// alone instead of the whole batch.
	defer func() {
		if r := recover(); r != nil {
			page, err = nil, fmt.Errorf("extraction failed on this page's markup (%v)", r)
		}
	}()
	text, enc := decode(raw, contentType)
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		if strings.Contains(err.Error(), "open stack") {
			return nil, errors.New("markup nested more than 512 elements deep")
		}
		return nil, fmt.Errorf("unreadable markup: %v", err)
	}
	base, _ := url.Parse(pageURL)
	if base != nil && base.Scheme == "" {
		base = nil
	}
	// The page's own metadata is read before the library, which rewrites the tree as it goes.
	meta := readMeta(doc, base)

	parser := readability.NewParser()
	parser.KeepClasses = true // cleanup.go reads class names to drop share bars and captions
	article, err := parser.ParseAndMutate(doc, base)
	if err != nil || article.Node == nil {
		return nil, ErrNoArticle
	}
	p := &Page{
		Site:         firstOf(oneLine(article.SiteName()), meta.site),
		CanonicalURL: meta.canonical,
		Encoding:     enc,
	}
	var bylineDay string
	p.Byline, bylineDay = cleanByline(firstOf(article.Byline(), meta.author))
	p.Title = firstOf(cleanTitle(oneLine(article.Title()), meta, p.Site), meta.heading)
	if t, err := article.PublishedTime(); err == nil && plausibleYear(t.Year()) {
		p.Published = t.Format("2006-01-02")
	} else {
		p.Published = firstOf(meta.timeElement, bylineDay, meta.pathDate)
	}
	if opts.LibraryOnly {
		for _, b := range blocks(article.Node) {
			p.Paragraphs = append(p.Paragraphs, b.text)
		}
	} else {
		p.Paragraphs = cleanup(blocks(article.Node), p)
	}
	if !looksLikeStory(p.Paragraphs) {
		return nil, ErrNoArticle
	}
	return p, nil
}

// Text is the article text newsbrief briefs and `newsbrief text` prints: the headline when known, a
// blank line, then the paragraphs with one blank line between them.
func (p *Page) Text() string {
	var b strings.Builder
	if p.Title != "" {
		b.WriteString(p.Title)
		b.WriteString("\n\n")
	}
	b.WriteString(strings.Join(p.Paragraphs, "\n\n"))
	b.WriteString("\n")
	return b.String()
}

// Body is the text without the headline, as the html-dev benchmark scores it.
func (p *Page) Body() string { return strings.Join(p.Paragraphs, "\n\n") }

func firstOf(values ...string) string {
	for _, v := range values {
		if v = oneLine(v); v != "" {
			return v
		}
	}
	return ""
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func plausibleYear(y int) bool { return y >= 1990 && y <= 2100 }
