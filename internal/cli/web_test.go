package cli

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// TestURLs briefs URLs mixed with files on loopback servers: each failure is reported on its own line
// naming the URL, the others are briefed, and the output keeps the input order whatever -j.
func TestURLs(t *testing.T) {
	story, err := os.ReadFile("../../testdata/web/story.html")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var agents []string
	mux := http.NewServeMux()
	mux.HandleFunc("/2021/12/30/story", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		agents = append(agents, r.Header.Get("User-Agent"))
		mu.Unlock()
		// The slow page answers last, so that order can only come from the pipeline.
		time.Sleep(50 * time.Millisecond)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(story)
	})
	mux.HandleFunc("/fast", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(story)
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("Sea wall\n\nThe council chair Thomas Brandt said on Wednesday the wall would be built.\n"))
	})
	mux.HandleFunc("/home", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<html><body><a href="/a">One</a> <a href="/b">Two</a></body></html>`))
	})
	mux.HandleFunc("/never", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	args := []string{"-q", "-j", "4", "--timeout", "1s", "--format", "ndjson",
		srv.URL + "/2021/12/30/story", srv.URL + "/missing", "../../testdata/seed.txt", srv.URL + "/home",
		srv.URL + "/plain", srv.URL + "/never?x", srv.URL + "/fast"}
	var out, errOut bytes.Buffer
	// /never is given 1s; its timeout is the one failure a user would wait for.
	code := Run(args, &Streams{In: strings.NewReader(""), Out: &out, Err: &errOut})
	if code != ExitFailure {
		t.Errorf("exit %d, want %d", code, ExitFailure)
	}
	var ids []string
	var first map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var b map[string]any
		if err := json.Unmarshal([]byte(line), &b); err != nil {
			t.Fatalf("bad line %q", line)
		}
		if first == nil {
			first = b
		}
		ids = append(ids, b["id"].(string))
	}
	want := []string{srv.URL + "/2021/12/30/story", "../../testdata/seed.txt", srv.URL + "/plain", srv.URL + "/fast"}
	if strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Errorf("briefs in order %v, want %v", ids, want)
	}
	source := first["source"].(map[string]any)
	if source["url"] != srv.URL+"/2021/12/30/story" || first["published_source"] != "page" {
		t.Errorf("source %v, published_source %v", source, first["published_source"])
	}
	for _, line := range []string{
		srv.URL + "/missing: HTTP 404",
		srv.URL + "/home: no article text found",
		srv.URL + "/never?x: timeout after 1s",
	} {
		if !strings.Contains(errOut.String(), line+"\n") {
			t.Errorf("stderr %q lacks the line %q", errOut.String(), line)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if len(agents) == 0 || !strings.HasPrefix(agents[0], "newsbrief/") {
		t.Errorf("User-Agent %q does not name newsbrief", agents)
	}
}

// TestURLOutDir: a fetched page's brief lands in --out-dir under a file name made of its host and path.
func TestURLOutDir(t *testing.T) {
	story, err := os.ReadFile("../../testdata/web/story.html")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(story) }))
	defer srv.Close()
	out := t.TempDir()
	var errOut bytes.Buffer
	if code := Run([]string{"-q", "--format", "json", "--out-dir", out, srv.URL + "/2021/12/30/../../sea-wall.html"}, &Streams{In: strings.NewReader(""), Out: &errOut, Err: &errOut}); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 1 || !strings.HasPrefix(entries[0].Name(), "127.0.0.1_") || !strings.HasSuffix(entries[0].Name(), "sea-wall.json") {
		t.Fatalf("out-dir holds %v", entries)
	}
}

// TestWebAndMarkdownBriefsValidate checks the briefs of a web page and of a Markdown story against the
// shipped JSON Schema, and that every span is the exact slice, at its offsets, of what `newsbrief
// text` prints for the same input.
func TestWebAndMarkdownBriefsValidate(t *testing.T) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(brief.JSONSchema))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"../../testdata/web/story.html", "../../testdata/markdown/jekyll.md", "../../testdata/markdown/hugo.md"} {
		var out, text, errOut bytes.Buffer
		if code := Run([]string{"--format", "json", path}, &Streams{In: strings.NewReader(""), Out: &out, Err: &errOut}); code != ExitOK {
			t.Fatalf("%s: exit %d: %s", path, code, errOut.String())
		}
		if code := Run([]string{"text", path}, &Streams{In: strings.NewReader(""), Out: &text, Err: &errOut}); code != ExitOK {
			t.Fatalf("%s: text exit %d: %s", path, code, errOut.String())
		}
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(out.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(v); err != nil {
			t.Errorf("%s: brief does not validate: %v", path, err)
		}
		var b brief.Brief
		if err := json.Unmarshal(out.Bytes(), &b); err != nil {
			t.Fatal(err)
		}
		for _, s := range b.Spans() {
			if s.End > text.Len() || text.String()[s.Start:s.End] != s.Text {
				t.Errorf("%s: span %q at %d:%d is not what text prints there", path, s.Text, s.Start, s.End)
			}
		}
	}
}
