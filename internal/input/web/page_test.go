package web

import (
	"errors"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
)

const storyBody = `<p>The harbor council voted on Wednesday to build a new sea wall along the northern shore, ending two years of debate.</p>
<p>"We cannot keep patching a wall that was built for a different sea," said council chair Thomas Brandt after the vote.</p>`

func page(head, body string) []byte {
	return []byte("<!DOCTYPE html><html><head>" + head + "</head><body><article>" + body + "</article></body></html>")
}

func TestParseStory(t *testing.T) {
	raw, err := os.ReadFile("../../../testdata/web/story.html")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse(raw, "", "https://gazette.example/2021/12/30/sea-wall")
	if err != nil {
		t.Fatal(err)
	}
	want := Page{Title: "Harbor council approves new sea wall", Byline: "Maria Lindqvist", Published: "2021-12-30",
		Site: "Coastline Gazette", CanonicalURL: "https://gazette.example/2021/12/30/sea-wall"}
	if p.Title != want.Title || p.Byline != want.Byline || p.Published != want.Published || p.Site != want.Site || p.CanonicalURL != want.CanonicalURL {
		t.Errorf("metadata %+v, want %+v", *p, want)
	}
	text := p.Text()
	if !strings.HasPrefix(text, want.Title+"\n\nThe harbor council voted") {
		t.Errorf("text starts %q, want the headline, a blank line, then the lede", text[:80])
	}
	// What the library keeps and the cleanup drops, and what a reader never sees.
	for _, furniture := range []string{"Share on", "Photo:", "newsletter", "Advertisement", "Read more", "Related", "©", "Sign in", "By Maria", "dataLayer"} {
		if strings.Contains(text, furniture) {
			t.Errorf("text keeps %q:\n%s", furniture, text)
		}
	}
	if n := strings.Count(text, "\n\n"); n != 4 {
		t.Errorf("%d paragraph breaks, want 4 (headline and 4 paragraphs):\n%s", n, text)
	}
}

func TestParseMetadataFallbacks(t *testing.T) {
	body := storyBody
	tests := []struct {
		name, head, body, url string
		want                  Page
	}{
		{"title minus site suffix", `<title>Sea wall approved - Coastline Gazette</title>`, body, "", Page{Title: "Sea wall approved"}},
		{"date from <time>", ``, `<time datetime="2019-11-19T10:00:00Z">Nov 19</time>` + body, "", Page{Published: "2019-11-19"}},
		{"date from the URL path", ``, body, "https://news.example/2019/11/19/story", Page{Published: "2019-11-19"}},
		{"no date at all", ``, body, "https://news.example/story", Page{}},
		{"JSON-LD headline and author", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Wall vote","author":[{"@type":"Person","name":"Jane Doe"}],"datePublished":"2020-02-03"}</script>`, body, "", Page{Title: "Wall vote", Byline: "Jane Doe", Published: "2020-02-03"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(page(tt.head, tt.body), "", tt.url)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want.Title != "" && p.Title != tt.want.Title {
				t.Errorf("title %q, want %q", p.Title, tt.want.Title)
			}
			if tt.want.Byline != "" && p.Byline != tt.want.Byline {
				t.Errorf("byline %q, want %q", p.Byline, tt.want.Byline)
			}
			if p.Published != tt.want.Published {
				t.Errorf("published %q, want %q", p.Published, tt.want.Published)
			}
		})
	}
}

func TestParseCharsets(t *testing.T) {
	sjis, _ := japanese.ShiftJIS.NewEncoder().String("<p>" + strings.Repeat("港湾議会は新しい防波堤の建設を決めた。", 12) + "</p>")
	latin1 := "<p>" + strings.Repeat("The caf\xe9 owner said the council\x92s decision was late. ", 6) + "</p>"
	utf8Story := "<p>" + strings.Repeat("The café owner said the council’s decision was late. ", 6) + "</p>"
	tests := []struct {
		name, contentType string
		raw               []byte
		want, encoding    string
	}{
		{"Shift-JIS from the header", "text/html; charset=Shift_JIS", page("", sjis), "防波堤", "shift_jis"},
		{"Shift-JIS from <meta>", "", page(`<meta charset="shift_jis">`, sjis), "防波堤", "shift_jis"},
		{"undeclared Windows-1252", "", page("", latin1), "council’s", "windows-1252"},
		{"declared ISO-8859-1 but UTF-8", "", page(`<meta charset="iso-8859-1">`, utf8Story), "café owner said the council’s", ""},
		{"declared UTF-8 but Windows-1252", "text/html; charset=utf-8", page("", latin1), "café owner", "windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(tt.raw, tt.contentType, "")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(p.Body(), tt.want) || p.Encoding != tt.encoding {
				t.Errorf("encoding %q, body %q; want %q and %q in the body", p.Encoding, p.Body()[:60], tt.encoding, tt.want)
			}
		})
	}
}

func TestParseBadPages(t *testing.T) {
	deep := strings.Repeat("<div>", 100000) + storyBody + strings.Repeat("</div>", 100000)
	bigScript := `<script type="application/ld+json">{"@type":"NewsArticle","data":"` + strings.Repeat("x", 4<<20) + `"}</script>` +
		`<script>var state = {"items": [` + strings.Repeat(`{"id": 1, "name": "story"},`, 100000) + `{}]};</script>`
	tests := []struct {
		name    string
		raw     []byte
		problem string // "" when a story must be found
	}{
		{"empty body", page("", ""), "no article text found"},
		{"nothing but white space", []byte("   \n\t "), "no article text found"},
		{"home page of links", []byte(`<html><body><ul><li><a href="/a">One story</a></li><li><a href="/b">Another story</a></li></ul></body></html>`), "no article text found"},
		{"nested 100,000 deep", []byte("<html><body>" + deep + "</body></html>"), "nested more than 512"},
		{"broken markup", []byte("<html><body><article><p>" + strings.ReplaceAll(storyBody, "</p>", "") + "<div><span></article></b></i>"), ""},
		{"megabytes of script", page(bigScript, storyBody), ""},
		{"binary noise", []byte("<html>\x00\x01\x02\xff\xfe</html>"), "no article text found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(tt.raw, "", "")
			if tt.problem == "" {
				if err != nil {
					t.Fatalf("error %v, want the story", err)
				}
				if !strings.Contains(p.Body(), "Thomas Brandt") {
					t.Fatalf("body %q lacks the story", p.Body())
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.problem) {
				t.Fatalf("error %v, want %q", err, tt.problem)
			}
			if tt.problem == "no article text found" && !errors.Is(err, ErrNoArticle) {
				t.Fatalf("error %v is not ErrNoArticle", err)
			}
		})
	}
}

// BenchmarkParse100KB measures a 100 KB page: the story padded with the navigation, scripts and
// related links that make up most of a real page's weight.
func BenchmarkParse100KB(b *testing.B) {
	raw, err := os.ReadFile("../../../testdata/web/story.html")
	if err != nil {
		b.Fatal(err)
	}
	pad := strings.Repeat(`<li><a href="/x">Another story from the coast</a></li>`, 1100)
	big := strings.Replace(string(raw), "</main>", `<ul class="more">`+pad+`</ul></main>`, 1)
	b.SetBytes(int64(len(big)))
	for b.Loop() {
		if _, err := Parse([]byte(big), "", ""); err != nil {
			b.Fatal(err)
		}
	}
}

func TestCleanByline(t *testing.T) {
	for in, want := range map[string][2]string{
		"By Jane Doe":                                 {"Jane Doe", ""},
		"Jeff Foust — November 18, 2019":              {"Jeff Foust", "2019-11-18"},
		"Carrie ArnoldNovember 15, 2019":              {"Carrie Arnold", "2019-11-15"},
		"admin - 2018-09-16":                          {"admin", "2018-09-16"},
		"Associated Press November 19, 2019, 9:02 AM": {"Associated Press", "2019-11-19"},
		"PTI,":                {"PTI", ""},
		"By":                  {"", ""},
		"Theresa May":         {"Theresa May", ""},
		"Sandee LaMotte, CNN": {"Sandee LaMotte, CNN", ""},
	} {
		name, day := cleanByline(in)
		if name != want[0] || day != want[1] {
			t.Errorf("cleanByline(%q) = %q, %q; want %q, %q", in, name, day, want[0], want[1])
		}
	}
}

// FuzzParse: any bytes give a page or an error, never a panic, and a page always has some text.
func FuzzParse(f *testing.F) {
	f.Add([]byte("<html><body><article>" + storyBody + "</article></body></html>"))
	f.Add([]byte("<table><tr><td><p>x</td></tr></table><br><br><p>" + storyBody))
	f.Add([]byte(`<meta charset="shift_jis"><p>` + "\x82\xa0\x82\xa2"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		p, err := Parse(raw, "", "https://example.org/2020/01/02/x")
		if err == nil && strings.TrimSpace(p.Body()) == "" {
			t.Fatal("a page without text")
		}
	})
}
