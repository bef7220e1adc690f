package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tree builds files (path → content; content "->target" makes a symlink) under a temp folder and
// returns the folder; the test runs from it so that paths read as the user would type them.
func tree(t *testing.T, files map[string]string) {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	for path, content := range files {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if target, ok := strings.CutPrefix(content, "->"); ok {
			if err := os.Symlink(target, path); err != nil {
				t.Skip("no symlinks:", err)
			}
			continue
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func listing(entries []Entry) string {
	var out []string
	for _, e := range entries {
		s := filepath.ToSlash(e.Path)
		if e.Err != nil {
			s += "!" + e.Err.Error()
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func TestExpand(t *testing.T) {
	tree(t, map[string]string{
		"in/b.txt":         "b",
		"in/a/z.md":        "z",
		"in/a/y.txt":       "y",
		"in/notes.csv":     "x",
		"in/.hidden.txt":   "h",
		"in/.git/HEAD.txt": "g",
		"in/drafts/d.txt":  "d",
		"in/link.txt":      "->b.txt",
		"in/gone.txt":      "->nowhere.txt",
		"in/gone.csv":      "->nowhere.csv",
		"in/loop":          "->.",
		"other/c.txt":      "c",
		"in/other":         "->../other",
	})
	cases := []struct {
		name string
		args []string
		opts WalkOptions
		want string
	}{
		{"default", []string{"in"}, WalkOptions{},
			"in/a/y.txt in/a/z.md in/b.txt in/drafts/d.txt in/gone.txt!in/gone.txt: dangling symlink in/loop!in/loop: symlink loop, not followed in/other/c.txt"},
		{"exclude folder and glob", []string{"in"}, WalkOptions{Exclude: []string{"drafts", "loop", "gone.*", "a/*.md"}},
			"in/a/y.txt in/b.txt in/other/c.txt"},
		{"include", []string{"in"}, WalkOptions{Include: []string{"*.csv"}, Exclude: []string{"loop"}},
			"in/gone.csv!in/gone.csv: dangling symlink in/notes.csv"},
		{"hidden", []string{"in"}, WalkOptions{Hidden: true, Exclude: []string{"loop", "gone.txt", "a", "drafts", "other"}},
			"in/.git/HEAD.txt in/.hidden.txt in/b.txt"},
		{"skip output folder", []string{"in"}, WalkOptions{Skip: []string{mustReal(t, "in/a"), mustReal(t, "in/drafts")}, Exclude: []string{"loop", "gone.txt"}},
			"in/b.txt in/other/c.txt"},
		{"files, stdin and missing", []string{"other/c.txt", "-", "missing.txt"}, WalkOptions{},
			"other/c.txt - missing.txt!missing.txt: no such file or directory"},
		{"each real file once across folders", []string{"in", "other"}, WalkOptions{Exclude: []string{"loop", "gone.txt", "a", "drafts"}},
			"in/b.txt in/other/c.txt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := listing(Expand(c.args, c.opts)); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

func mustReal(t *testing.T, p string) string {
	r, err := filepath.EvalSymlinks(p)
	if err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(r)
	return abs
}
