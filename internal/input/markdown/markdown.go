// Package markdown reads a newsroom story written in Markdown, as static-site repositories keep them
// (Hugo, Jekyll): YAML (---) or TOML (+++) front matter, then the body.
//
// Briefs must point into the original file, so that `check --format github` annotates the right line
// of the .md file. The story is therefore not re-rendered: Text is a copy of the file of the same
// length in which every byte that is markup (front matter, # and * marks, link targets, images, HTML
// comments, code blocks) is blanked and every byte a reader reads as the story is kept in place. Line
// ends are kept, so offsets, lines and columns index the original file, and the extractors see
// paragraphs separated by blank lines as in plain text.
package markdown

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	toml "github.com/pelletier/go-toml/v2"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	yaml "go.yaml.in/yaml/v3"
)

// Story is a Markdown file read for briefing.
type Story struct {
	Text      string // the file, same length and lines, markup blanked
	Title     string // the front matter's title
	Byline    string // its author or authors, joined with " and "
	Published string // its date or publishDate, YYYY-MM-DD
}

// Parse reads src, which must be valid UTF-8.
func Parse(src []byte) (*Story, error) {
	out := blank(src)
	s := &Story{}
	fm, bodyStart := splitFrontMatter(src)
	if fm != nil {
		if err := s.readFrontMatter(src, fm, out); err != nil {
			return nil, err
		}
	}
	body := src[bodyStart:]
	doc := goldmark.New().Parser().Parse(text.NewReader(body))
	keepReadable(doc, body, out[bodyStart:])
	s.dropByline(out[bodyStart:])
	s.Text = string(out)
	return s, nil
}

// blank returns a copy of src with every character turned to white space of the same byte length: a
// space per ASCII byte, and for longer UTF-8 sequences a space character of that length (U+00A0 for
// two bytes, U+3000 for three), so that columns, which count characters, stay right. Line ends stay.
func blank(src []byte) []byte {
	out := make([]byte, len(src))
	for i := 0; i < len(src); {
		c := src[i]
		if c == '\n' || c == '\r' {
			out[i] = c
			i++
			continue
		}
		_, size := utf8.DecodeRune(src[i:])
		switch size {
		case 2:
			copy(out[i:], "\u00a0")
		case 3:
			copy(out[i:], "\u3000")
		default:
			for k := 0; k < size; k++ {
				out[i+k] = ' '
			}
		}
		i += size
	}
	return out
}

// frontMatter is the front matter's kind and its content's position in the file.
type frontMatter struct {
	toml       bool
	start, end int
}

// splitFrontMatter finds a front matter block at the very start of the file: "---" (YAML) or "+++"
// (TOML) alone on the first line, up to the same fence (or YAML's "...") alone on a line.
func splitFrontMatter(src []byte) (*frontMatter, int) {
	for _, fence := range []string{"---", "+++"} {
		first := lineEnd(src, 0)
		if strings.TrimRight(string(src[:first]), " \t\r") != fence {
			continue
		}
		pos := skipEOL(src, first)
		for pos < len(src) {
			end := lineEnd(src, pos)
			line := strings.TrimRight(string(src[pos:end]), " \t\r")
			if line == fence || (fence == "---" && line == "...") {
				return &frontMatter{toml: fence == "+++", start: skipEOL(src, first), end: pos}, skipEOL(src, end)
			}
			pos = skipEOL(src, end)
		}
	}
	return nil, 0
}

func lineEnd(src []byte, pos int) int {
	if i := bytes.IndexByte(src[pos:], '\n'); i >= 0 {
		return pos + i
	}
	return len(src)
}

func skipEOL(src []byte, pos int) int {
	if pos < len(src) && src[pos] == '\n' {
		return pos + 1
	}
	return pos
}

// readFrontMatter takes the title, date and authors. The title's own words are put back in place in
// out, so the story keeps a headline on its first line, as a plain-text story has.
func (s *Story) readFrontMatter(src []byte, fm *frontMatter, out []byte) error {
	raw := src[fm.start:fm.end]
	values := map[string]any{}
	if fm.toml {
		if err := toml.Unmarshal(raw, &values); err != nil {
			return fmt.Errorf("front matter is not valid TOML: %s", oneLine(err.Error()))
		}
	} else if err := yaml.Unmarshal(raw, &values); err != nil {
		return fmt.Errorf("front matter is not valid YAML: %s", oneLine(err.Error()))
	}
	if title, ok := values["title"].(string); ok {
		s.Title = oneLine(title)
		if at := titleOffset(raw, title); at >= 0 {
			copy(out[fm.start+at:], src[fm.start+at:fm.start+at+len(title)])
		}
	}
	for _, key := range []string{"date", "publishDate", "publishdate", "published"} {
		if d := day(values[key]); d != "" {
			s.Published = d
			break
		}
	}
	s.Byline = authors(values)
	return nil
}

// titleOffset finds the title's exact bytes on the front matter's title line, or -1 when the line
// spells it differently (escapes, a folded block).
func titleOffset(raw []byte, title string) int {
	for pos := 0; pos < len(raw); {
		end := lineEnd(raw, pos)
		line := string(raw[pos:end])
		if titleKeyRE().MatchString(line) && title != "" {
			if i := strings.Index(line, title); i >= 0 {
				return pos + i
			}
		}
		pos = skipEOL(raw, end)
	}
	return -1
}

// Compiled on first use: plain-text runs never pay for them.
var (
	titleKeyRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^title\s*[:=]`) })
	dayRE      = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})`) })
)

// day reads a front matter date (a YAML timestamp, a TOML date or a string) as YYYY-MM-DD.
func day(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case time.Time:
		return v.Format("2006-01-02")
	}
	m := dayRE().FindStringSubmatch(strings.TrimSpace(fmt.Sprint(v)))
	if m == nil {
		return ""
	}
	if _, err := time.Parse("2006-01-02", m[1]); err != nil {
		return ""
	}
	return m[1]
}

// authors reads author (a name) or authors (a list of names, or one name).
func authors(values map[string]any) string {
	var names []string
	for _, key := range []string{"author", "authors"} {
		switch v := values[key].(type) {
		case string:
			names = append(names, v)
		case []any:
			for _, n := range v {
				if s, ok := n.(string); ok {
					names = append(names, s)
				}
			}
		case map[string]any: // author: {name: ...}
			if s, ok := v["name"].(string); ok {
				names = append(names, s)
			}
		}
		if len(names) > 0 {
			break
		}
	}
	for i := range names {
		names[i] = oneLine(names[i])
	}
	return strings.Join(names, " and ")
}

// bylineRE matches a byline paragraph as the story's first: "By Jane Doe", "By Jane Doe and John Roe".
var bylineRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[\s\x{a0}\x{3000}]*[Bb]y\s+(\p{Lu}[\p{L}.'’\-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’\-]*){0,5})[\s\x{a0}\x{3000}]*$`)
})

// dropByline blanks a byline that opens the body ("*By Jane Doe*"): it names the writer, who is not a
// person in the story. It becomes the byline when the front matter names no author.
func (s *Story) dropByline(body []byte) {
	start := 0
	for start < len(body) {
		end := lineEnd(body, start)
		if len(bytes.TrimSpace(bytes.ReplaceAll(bytes.ReplaceAll(body[start:end], []byte("\u00a0"), nil), []byte("\u3000"), nil))) > 0 {
			break
		}
		start = skipEOL(body, end)
	}
	end := lineEnd(body, start)
	m := bylineRE().FindSubmatch(body[start:end])
	if m == nil || (end < len(body) && len(bytes.TrimSpace(body[skipEOL(body, end):lineEnd(body, skipEOL(body, end))])) > 0) {
		return // not a byline, or a paragraph that goes on
	}
	if s.Byline == "" {
		s.Byline = oneLine(string(m[1]))
	}
	copy(body[start:end], blank(body[start:end]))
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// keepReadable copies back into out the bytes of every piece of text a reader reads as the story:
// the words of paragraphs, headings, list items, block quotes, emphasis, link texts and code spans.
// Images (their alt text describes a picture, it is not the story), code blocks, raw HTML and
// comments, autolinks and link targets stay blank.
func keepReadable(doc ast.Node, src, out []byte) {
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Image, *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock, *ast.RawHTML, *ast.AutoLink:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			copy(out[n.Segment.Start:n.Segment.Stop], src[n.Segment.Start:n.Segment.Stop])
		}
		return ast.WalkContinue, nil
	})
}
