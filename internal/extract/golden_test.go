package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/internal/brief"
)

var update = flag.Bool("update", false, "rewrite the golden briefs in testdata/golden")

// goldenPublished is the publication date each golden article is briefed with ("" lets the article's
// own dateline or evidence decide).
var goldenPublished = map[string]string{"seed.txt": "2021-12-29"}

// TestGoldenBriefs briefs each article of testdata/golden and compares the whole JSON brief with the
// reviewed one beside it; `go test ./internal/extract -run Golden -update` rewrites them after a
// deliberate change, and the diff shows what changed.
func TestGoldenBriefs(t *testing.T) {
	articles, err := filepath.Glob("../../testdata/golden/*.txt")
	if err != nil || len(articles) == 0 {
		t.Fatalf("no golden articles: %v", err)
	}
	for _, path := range articles {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			opts := Options{}
			if p := goldenPublished[name]; p != "" {
				opts = Options{Published: p, PublishedSource: brief.PublishedFromFlag}
			}
			b := Extract(name, string(text), opts)
			var got bytes.Buffer
			enc := json.NewEncoder(&got)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(b); err != nil {
				t.Fatal(err)
			}
			goldenPath := strings.TrimSuffix(path, ".txt") + ".json"
			if *update {
				if err := os.WriteFile(goldenPath, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(goldenPath)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("brief of %s differs from %s; run with -update and review the diff:\n%s", name, goldenPath, firstDiff(string(want), got.String()))
			}
		})
	}
}

// firstDiff shows the first differing line of two texts with its neighbours.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + itoa(i+1) + ":\n  want: " + w + "\n   got: " + g
		}
	}
	return ""
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
