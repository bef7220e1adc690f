package web

import (
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what newsbrief reads from the page itself, to complete what the library finds (it reads
// JSON-LD, OpenGraph and <meta> names: headline, author, datePublished, site name).
type pageMeta struct {
	heading     string // the first <h1>
	docTitle    string // the <title>
	author      string // the first rel=author link's words
	site        string // og:site_name when the library found none
	canonical   string // <link rel=canonical>, else og:url
	timeElement string // the first <time datetime> that holds a date
	pathDate    string // /2019/11/19/ in the canonical or page URL
}

// readMeta walks the whole tree once, iteratively so that no page depth can exhaust the stack.
func readMeta(doc *html.Node, base *url.URL) pageMeta {
	var m pageMeta
	var ogURL string
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Title:
			if m.docTitle == "" {
				m.docTitle = oneLine(textOf(n))
			}
		case atom.H1:
			if m.heading == "" {
				m.heading = oneLine(textOf(n))
			}
		case atom.A:
			if m.author == "" && hasToken(attr(n, "rel"), "author") {
				m.author = oneLine(textOf(n))
			}
		case atom.Link:
			if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
				m.canonical = absolute(base, attr(n, "href"))
			}
		case atom.Meta:
			switch strings.ToLower(attr(n, "property")) {
			case "og:url":
				ogURL = absolute(base, attr(n, "content"))
			case "og:site_name":
				m.site = attr(n, "content")
			}
		case atom.Time:
			if m.timeElement == "" {
				m.timeElement = isoDay(attr(n, "datetime"))
			}
		}
	}
	if m.canonical == "" {
		m.canonical = ogURL
	}
	for _, u := range []string{m.canonical, urlString(base)} {
		if m.pathDate == "" {
			m.pathDate = dateInPath(u)
		}
	}
	return m
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

func hasToken(list, token string) bool {
	for _, t := range strings.Fields(strings.ToLower(list)) {
		if t == token {
			return true
		}
	}
	return false
}

// textOf concatenates the text below n, without scripts and styles.
func textOf(n *html.Node) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
			b.WriteByte(' ')
		case c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style):
			continue
		}
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
	}
	return b.String()
}

// absolute resolves href against the page's address; only http(s) addresses are kept.
func absolute(base *url.URL, href string) string {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil || href == "" {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

func urlString(u *url.URL) string {
	if u == nil {
		return ""
	}
	return u.String()
}

// Compiled on first use, like cleanup's patterns.
var (
	isoDayRE   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`) })
	pathDateRE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)`)
	})
)

// isoDay returns the YYYY-MM-DD that starts a datetime attribute, if it is a real date.
func isoDay(s string) string {
	m := isoDayRE().FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return validDay(m[1], m[2], m[3])
}

// dateInPath reads the date that many news sites put in their article paths: /2019/11/19/.
func dateInPath(u string) string {
	parsed, err := url.Parse(u)
	if err != nil || u == "" {
		return ""
	}
	m := pathDateRE().FindStringSubmatch(parsed.Path)
	if m == nil {
		return ""
	}
	return validDay(m[1], m[2], m[3])
}

func validDay(y, mo, d string) string {
	if len(mo) == 1 {
		mo = "0" + mo
	}
	if len(d) == 1 {
		d = "0" + d
	}
	t, err := time.Parse("2006-01-02", y+"-"+mo+"-"+d)
	if err != nil || !plausibleYear(t.Year()) {
		return ""
	}
	return t.Format("2006-01-02")
}
