package input

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/input/fetch"
	"github.com/newsbrief/newsbrief/internal/input/web"
)

// Source is what an input said about its article besides the text: the page's or the front matter's
// metadata. Its fields are "" when unknown.
type Source struct {
	Format          Format // FormatHTML or FormatMarkdown
	URL             string // the address fetched (after redirects), or the NDJSON record's "url"
	Site            string
	CanonicalURL    string
	Title           string
	Byline          string
	Published       string // YYYY-MM-DD
	PublishedSource string // brief.PublishedFromPage or brief.PublishedFromFrontMatter
	// Written is a Markdown file as written, decoded: byte for byte as long as Text and with the
	// same lines (Text has the markup blanked), so that what a reader does not see, such as a
	// newsbrief-disable comment, can still be read at the same offsets. Empty for web pages.
	Written string
}

// pending is an input whose text is still to be made: a page or Markdown to extract, a URL to fetch.
type pending struct {
	format Format
	raw    []byte
	url    string // the address to fetch (raw is nil), or where raw came from
}

// Fetch holds the limits of fetching a URL.
type Fetch struct {
	Timeout   time.Duration
	UserAgent string
	Fetcher   *fetch.Fetcher // replaces the one built from the limits, for tests; nil in normal use
}

// DefaultTimeout bounds one URL's whole fetch.
const DefaultTimeout = 20 * time.Second

// Remote is the article at a URL, to be fetched by Prepare.
func (rd Reader) Remote(url string) Article {
	if _, err := fetch.CheckURL(url); err != nil {
		return Article{ID: url, Path: url, Err: fmt.Errorf("%s: %w", url, err)}
	}
	return Article{ID: url, Path: url, pending: &pending{format: FormatHTML, url: url}}
}

// Prepare finishes an article whose text is still to be made: it fetches a URL, extracts a web page's
// story or reads a Markdown file. It is slow (network, parsing) and safe to run on many goroutines.
// Other articles are returned as they are.
func (rd Reader) Prepare(a Article) Article {
	p := a.pending
	if p == nil || a.Err != nil {
		return a
	}
	a.pending = nil
	fail := func(err error) Article {
		return Article{ID: a.ID, Path: a.Path, Err: fmt.Errorf("%s: %w", a.ID, err)}
	}
	contentType, pageURL := "", p.url
	if p.raw == nil {
		page, err := rd.fetcher().Get(context.Background(), p.url)
		if err != nil {
			return fail(err)
		}
		p.raw, contentType, pageURL = page.Body, page.ContentType, page.URL
		p.format = rd.fetchedFormat(contentType, p.raw)
	}
	switch p.format {
	case FormatHTML:
		page, err := web.ParseWith(p.raw, contentType, pageURL, web.Options{LibraryOnly: rd.LibraryOnly})
		if err != nil {
			return fail(err)
		}
		a.Text, a.Encoding = page.Text(), page.Encoding
		a.Source = &Source{Format: FormatHTML, URL: pageURL, Site: page.Site, CanonicalURL: page.CanonicalURL,
			Title: page.Title, Byline: page.Byline, Published: page.Published}
		if page.Published != "" {
			a.Source.PublishedSource = brief.PublishedFromPage
		}
	case FormatMarkdown:
		return rd.prepareMarkdown(a, p.raw)
	default:
		text, enc, err := Decode(p.raw)
		if err != nil {
			return fail(err)
		}
		a.Text, a.Encoding = text, enc
		if p.url != "" {
			a.Source = &Source{Format: FormatText, URL: pageURL}
		}
	}
	return a
}

func (rd Reader) fetcher() *fetch.Fetcher {
	if rd.Fetch.Fetcher != nil {
		return rd.Fetch.Fetcher
	}
	timeout := rd.Fetch.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	return &fetch.Fetcher{Timeout: timeout, MaxBytes: rd.maxBytes(), UserAgent: rd.Fetch.UserAgent}
}

// fetchedFormat decides how a fetched body holds its article: --input-format when it names one, else
// what the server says it is, unless the body is plainly markup anyway.
func (rd Reader) fetchedFormat(contentType string, body []byte) Format {
	switch rd.Format {
	case FormatHTML, FormatMarkdown, FormatText:
		return rd.Format
	}
	mt, _, _ := mime.ParseMediaType(contentType)
	switch {
	case strings.Contains(mt, "html"), looksLikeHTML(body):
		return FormatHTML
	case mt == "text/markdown", mt == "text/x-markdown":
		return FormatMarkdown
	case strings.HasPrefix(mt, "text/"):
		return FormatText
	}
	return FormatHTML
}

// formatOf decides how an input's bytes hold its article: --input-format when it names one, else the
// file name's extension, else the first bytes.
func (rd Reader) formatOf(name string, raw []byte) Format {
	switch rd.Format {
	case FormatHTML, FormatMarkdown, FormatText:
		return rd.Format
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".md", ".markdown":
		return FormatMarkdown
	}
	if looksLikeHTML(raw) {
		return FormatHTML
	}
	return FormatText
}

// htmlStarts are the openings of a web page (after white space and a byte-order mark).
var htmlStarts = []string{"<!doctype html", "<html", "<head", "<body", "<article", "<meta", "<title", "<!--", "<?xml"}

// looksLikeHTML sniffs markup at the start of raw. An XML declaration or a comment counts only when an
// <html> element follows soon.
func looksLikeHTML(raw []byte) bool {
	head := raw
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = bytes.ToLower(bytes.TrimLeft(bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF}), " \t\r\n\f"))
	for _, s := range htmlStarts {
		if bytes.HasPrefix(head, []byte(s)) {
			if s == "<?xml" || s == "<!--" {
				return bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<!doctype html"))
			}
			return true
		}
	}
	return false
}

// gunzipPage inflates a saved page "story.html.gz"; the name it returns, for recognising the page by
// its extension, has lost the ".gz".
func gunzipPage(name string, r io.Reader) (io.Reader, string) {
	lower := strings.ToLower(name)
	if !strings.HasSuffix(lower, ".html.gz") && !strings.HasSuffix(lower, ".htm.gz") {
		return r, name
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return errReader{errors.New("not a gzip file")}, name[:len(name)-len(".gz")]
	}
	return zr, name
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func errorf(name string, err error) error { return fmt.Errorf("%s: %w", name, err) }
