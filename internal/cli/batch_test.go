package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbrief/newsbrief/internal/input"
)

func TestSanitizeName(t *testing.T) {
	for in, want := range map[string]string{
		"AFP_ENG_19970425.0404": "AFP_ENG_19970425.0404",
		"/etc/passwd":           "_etc_passwd",
		"../up":                 "_._up",
		".hidden":               "_hidden",
		"":                      "record",
		"a b\x00c":              "a_b_c",
		"Zürich-1":              "Zürich-1",
	} {
		if got := sanitizeName(in); got != want {
			t.Errorf("sanitizeName(%q) = %q, want %q", in, got, want)
		}
	}
	if got := sanitizeName(strings.Repeat("x", 500)); len(got) != 150 {
		t.Errorf("long id gives %d bytes", len(got))
	}
}

func TestLocalName(t *testing.T) {
	for in, want := range map[string]string{
		"a/b.txt":    "a/b.txt",
		"./a//b.txt": "a/b.txt",
		".":          ".",
		"/data/in":   "in",
		"../in/x":    "x",
		"/":          "",
	} {
		if got := localName(in); got != want {
			t.Errorf("localName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWithin(t *testing.T) {
	for _, c := range []struct {
		path, dir string
		want      bool
	}{{"/a/b", "/a", true}, {"/a", "/a", true}, {"/ab", "/a", false}, {"/a/b", "/", true}, {"/a", "/a/b", false}} {
		if got := within(c.path, c.dir); got != c.want {
			t.Errorf("within(%q, %q) = %v", c.path, c.dir, got)
		}
	}
}

func TestOutDirTarget(t *testing.T) {
	o := &outDir{ext: ".json", roots: map[string]string{"news/world/a.txt": "news", "/abs/in/x/b.md": "/abs/in", "c.txt": ""}}
	for path, want := range map[string]string{
		"news/world/a.txt": "news/world/a.json",
		"/abs/in/x/b.md":   "in/x/b.json",
		"c.txt":            "c.json",
		"-":                "stdin.json",
	} {
		got := o.target(result{article: input.Article{ID: path, Path: path}})
		if got != filepath.FromSlash(want) {
			t.Errorf("target(%s) = %s, want %s", path, got, want)
		}
	}
	o.records = true
	if got := o.target(result{article: input.Article{ID: "r/1", Path: "recs.jsonl"}}); got != "r_1.json" {
		t.Errorf("record target %s", got)
	}
}

func TestRealPathOfMissingPlace(t *testing.T) {
	dir := t.TempDir()
	if err := os.Symlink(dir, filepath.Join(dir, "link")); err != nil {
		t.Skip(err)
	}
	real, _ := filepath.EvalSymlinks(dir)
	if got := realPath(filepath.Join(dir, "link", "not", "yet")); got != filepath.Join(real, "not", "yet") {
		t.Errorf("realPath = %s", got)
	}
}

func TestWriteAtomicReplaces(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.json")
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	o := &outDir{root: root}
	for _, data := range []string{"first", "second"} {
		if err := o.writeAtomic("a.json", []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := os.ReadFile(path)
	entries, _ := os.ReadDir(dir)
	if string(got) != "second" || len(entries) != 1 {
		t.Errorf("content %q, %d files", got, len(entries))
	}
}

// TestProgressBarOnlyOnTerminal runs a small batch with stderr as a terminal and not: the bar (drawn
// with carriage returns) appears only on the terminal; the summary line appears in both.
func TestProgressBarOnlyOnTerminal(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		os.WriteFile(filepath.Join(dir, name), []byte("Talks resumed in Vienna on Monday."), 0o644)
	}
	for _, terminal := range []bool{false, true} {
		var out, errOut bytes.Buffer
		s := &Streams{In: strings.NewReader(""), Out: &out, Err: &errOut, ErrIsTerminal: terminal}
		if code := Run([]string{"-j", "2", "--format", "ndjson", dir}, s); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
		hasBar := strings.Contains(errOut.String(), "\r")
		if hasBar != terminal {
			t.Errorf("terminal=%v: bar drawn=%v: %q", terminal, hasBar, errOut.String())
		}
		if !strings.Contains(errOut.String(), "newsbrief: 3 articles: 3 done, 0 failed in ") {
			t.Errorf("terminal=%v: no summary: %q", terminal, errOut.String())
		}
		if strings.Count(out.String(), "\n") != 3 {
			t.Errorf("stdout: %q", out.String())
		}
	}
}

func TestSummaryLine(t *testing.T) {
	b := &batch{done: 9, failed: 1, bytes: 3_000_000}
	got := b.summary(1500 * time.Millisecond)
	want := "newsbrief: 10 articles: 9 done, 1 failed in 1.50s (6.0 articles/s, 2.00 MB/s)"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
