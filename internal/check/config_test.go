package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindAndLoadConfig(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if p, err := FindConfig(deep); err != nil || p != "" {
		t.Fatalf("no file: %q %v", p, err)
	}
	cfg := filepath.Join(root, ".newsbrief.yaml")
	os.WriteFile(cfg, []byte("rules:\n  date-unresolved: off\n  troops-conflict: error\npublished: 2021-12-29\n"), 0o644)
	p, err := FindConfig(deep)
	if err != nil || p != cfg {
		t.Fatalf("found %q %v, want %q", p, err, cfg)
	}
	c, err := LoadConfig(p)
	if err != nil {
		t.Fatal(err)
	}
	rules, err := Configured(c, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rules {
		if r.ID == "date-unresolved" || r.ID == "troops-conflict" && r.Severity != Error {
			t.Errorf("rule %s %s", r.ID, r.Severity)
		}
	}
	if rules, _ := Configured(c, []string{"date-unresolved"}, nil); len(rules) != 1 || rules[0].ID != "date-unresolved" {
		t.Errorf("--enable must win over off: %v", rules)
	}
	for _, bad := range []string{"rules:\n  nope: off\n", "rules:\n  quote-unbalanced: fatal\n", "severity: x\n", "published: 2021-02-30\n", "include: ['[']\n"} {
		os.WriteFile(cfg, []byte(bad), 0o644)
		if _, err := LoadConfig(cfg); err == nil || !strings.HasPrefix(err.Error(), cfg+": ") {
			t.Errorf("%q: error %v must name the file", bad, err)
		}
	}
	os.WriteFile(cfg, nil, 0o644)
	if _, err := LoadConfig(cfg); err != nil {
		t.Errorf("empty file: %v", err)
	}
}

func TestSuppressions(t *testing.T) {
	text := "Intro line.\n<!-- newsbrief-disable-next-line quote-unbalanced, name-inconsistent -->\n\nSilenced \"here.\n" +
		"Not \"here.\n# newsbrief-disable-next-line\nAll \"rules.\nSame line \"x. <!-- newsbrief-disable-line quote-unbalanced -->\n"
	s := findSuppressions(text, newLineIndex(text))
	for _, c := range []struct {
		line int
		rule string
		want bool
	}{{4, "quote-unbalanced", true}, {4, "name-inconsistent", true}, {4, "troops-conflict", false}, {5, "quote-unbalanced", false},
		{7, "troops-conflict", true}, {8, "quote-unbalanced", true}, {8, "name-inconsistent", false}} {
		if got := s.silenced(Finding{Line: c.line, Rule: c.rule}); got != c.want {
			t.Errorf("line %d %s: silenced %v, want %v", c.line, c.rule, got, c.want)
		}
	}
}
