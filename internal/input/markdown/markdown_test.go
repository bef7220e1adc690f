package markdown

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseKeepsLengthLinesAndWords(t *testing.T) {
	src := "---\ntitle: Zoë's story\nauthors: [Ann Lee, Bo Chu]\npublishDate: \"2020-02-03\"\n---\n" +
		"# Big — news\n\nSee [Zoë Ruiz](https://x.example/zoë) and `code words` here.\n\n" +
		"![Zoë smiling](a.jpg)\n\n<!-- a note -->\n\n```\nquote = \"not story\"\n```\n\n> said *she*.\n"
	s, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Text) != len(src) || strings.Count(s.Text, "\n") != strings.Count(src, "\n") {
		t.Fatalf("length %d lines %d, want %d and %d", len(s.Text), strings.Count(s.Text, "\n"), len(src), strings.Count(src, "\n"))
	}
	srcLines, textLines := strings.Split(src, "\n"), strings.Split(s.Text, "\n")
	for i := range srcLines {
		if utf8.RuneCountInString(srcLines[i]) != utf8.RuneCountInString(textLines[i]) {
			t.Errorf("line %d: %d characters, want %d (columns would shift)", i+1, utf8.RuneCountInString(textLines[i]), utf8.RuneCountInString(srcLines[i]))
		}
	}
	for _, kept := range []string{"Zoë's story", "Big — news", "Zoë Ruiz", "code words", "said", "she"} {
		if i := strings.Index(s.Text, kept); i < 0 || src[i:i+len(kept)] != kept {
			t.Errorf("%q is not kept in place", kept)
		}
	}
	for _, gone := range []string{"authors", "https", "smiling", "a note", "not story", "#", "*", "`", ">"} {
		if strings.Contains(s.Text, gone) {
			t.Errorf("%q is still in the text:\n%s", gone, s.Text)
		}
	}
	if s.Title != "Zoë's story" || s.Byline != "Ann Lee and Bo Chu" || s.Published != "2020-02-03" {
		t.Errorf("front matter read as %+v", *s)
	}
}

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name, src                        string
		title, byline, published, errMsg string
	}{
		{"YAML timestamp", "---\ntitle: A\ndate: 2021-12-30T10:00:00-05:00\nauthor: Jane Doe\n---\nBody.\n", "A", "Jane Doe", "2021-12-30", ""},
		{"TOML date", "+++\ntitle = \"B\"\ndate = 2019-11-19\n+++\nBody.\n", "B", "", "2019-11-19", ""},
		{"YAML closed by ...", "---\ntitle: C\n...\nBody.\n", "C", "", "", ""},
		{"no front matter", "Title\n\nBody.\n", "", "", "", ""},
		{"an unclosed fence is text", "---\ntitle: D\nBody.\n", "", "", "", ""},
		{"a date that is not one", "---\ndate: soon\n---\nBody.\n", "", "", "", ""},
		{"broken YAML", "---\ntitle: [x\n---\nBody.\n", "", "", "", "front matter is not valid YAML"},
		{"broken TOML", "+++\ntitle = \n+++\nBody.\n", "", "", "", "front matter is not valid TOML"},
		{"byline line, no author", "---\ntitle: E\n---\n\n_By Jo Park_\n\nBody text here.\n", "E", "Jo Park", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Parse([]byte(tt.src))
			if tt.errMsg != "" {
				if err == nil || !strings.Contains(err.Error(), tt.errMsg) || strings.Contains(err.Error(), "\n") {
					t.Fatalf("error %v, want one line with %q", err, tt.errMsg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if s.Title != tt.title || s.Byline != tt.byline || s.Published != tt.published {
				t.Errorf("got %q %q %q, want %q %q %q", s.Title, s.Byline, s.Published, tt.title, tt.byline, tt.published)
			}
		})
	}
}

// FuzzParse checks the invariant the offsets rely on, for any input: same length, same line ends, and
// every byte either kept or blanked.
func FuzzParse(f *testing.F) {
	f.Add("---\ntitle: x\n---\n# H\n\n[a](b) *c* `d`\n")
	f.Add("+++\ntitle = 'y'\n+++\n> q\n\n- l\n")
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) {
			return
		}
		s, err := Parse([]byte(src))
		if err != nil {
			return
		}
		if len(s.Text) != len(src) {
			t.Fatalf("length %d, want %d", len(s.Text), len(src))
		}
		for i := 0; i < len(src); i++ {
			if (src[i] == '\n') != (s.Text[i] == '\n') {
				t.Fatalf("line end moved at %d", i)
			}
		}
	})
}
