package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestMarkdownMatchesPlainText briefs the same story as Hugo- and Jekyll-style Markdown (front matter,
// links, emphasis, headings, a byline line, an image, a comment) and as plain text: the people, quotes
// and dates must be the same, the front matter's date standing in for --published.
func TestMarkdownMatchesPlainText(t *testing.T) {
	plain := briefItems(t, "--published", "2021-12-30", "../../testdata/markdown/plain.txt")
	for _, name := range []string{"hugo.md", "jekyll.md"} {
		t.Run(name, func(t *testing.T) {
			got := briefItems(t, "../../testdata/markdown/"+name)
			if got.items != plain.items {
				t.Errorf("briefs differ\nmarkdown: %s\nplain:    %s", got.items, plain.items)
			}
			if got.published != "2021-12-30 front-matter" || got.title != "Harbor council approves new sea wall" || got.byline != "Maria Lindqvist" {
				t.Errorf("published %q, title %q, byline %q", got.published, got.title, got.byline)
			}
		})
	}
}

type items struct{ items, published, title, byline string }

func briefItems(t *testing.T, args ...string) items {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := Run(append([]string{"--format", "json"}, args...), &Streams{In: strings.NewReader(""), Out: &out, Err: &errOut}); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var b struct {
		Title, Byline, Published string
		PublishedSource          string `json:"published_source"`
		People                   []struct {
			Name   string
			Titles []string
		}
		Quotes []struct{ Text, Speaker string }
		Dates  []struct{ Text, Value string }
		Troops []struct{ Text string }
	}
	if err := json.Unmarshal(out.Bytes(), &b); err != nil {
		t.Fatal(err)
	}
	var o strings.Builder
	for _, p := range b.People {
		fmt.Fprintf(&o, "person %s %v; ", p.Name, p.Titles)
	}
	for _, q := range b.Quotes {
		fmt.Fprintf(&o, "quote %q by %s; ", q.Text, q.Speaker)
	}
	for _, d := range b.Dates {
		fmt.Fprintf(&o, "date %q=%s; ", d.Text, d.Value)
	}
	for _, tr := range b.Troops {
		fmt.Fprintf(&o, "troops %q; ", tr.Text)
	}
	return items{o.String(), b.Published + " " + b.PublishedSource, b.Title, b.Byline}
}

// TestMarkdownOffsetsIndexTheFile checks that every span of a Markdown brief is found at its offsets
// in the file itself, whatever markup surrounds it.
func TestMarkdownOffsetsIndexTheFile(t *testing.T) {
	path := "../../testdata/markdown/jekyll.md"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	Run([]string{"--format", "json", path}, &Streams{In: strings.NewReader(""), Out: &out, Err: &out})
	var b struct {
		People []struct {
			Mentions []struct {
				Text             string
				Start, End, Line int
				Column           int
			}
		}
	}
	if err := json.Unmarshal(out.Bytes(), &b); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	lines := strings.Split(string(src), "\n")
	for _, p := range b.People {
		for _, m := range p.Mentions {
			if string(src[m.Start:m.End]) != m.Text {
				t.Errorf("file[%d:%d] = %q, want %q", m.Start, m.End, src[m.Start:m.End], m.Text)
			}
			line := []rune(lines[m.Line-1])
			if got := string(line[m.Column-1 : m.Column-1+len([]rune(m.Text))]); got != m.Text {
				t.Errorf("line %d column %d holds %q, want %q", m.Line, m.Column, got, m.Text)
			}
		}
	}
}
