package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/internal/check"
)

var sampleFindings = []check.Finding{
	{Rule: "quote-unbalanced", Severity: check.Error, Start: 40, Line: 3, Column: 29, Message: "quote mark opened here never closes: “would, 50% \x1b[31mred\nnext"},
	{Rule: "date-unresolved", Severity: check.Warning, Start: 90, Line: 5, Column: 2, Message: `"yesterday" is relative`},
}

func writeCheck(t *testing.T, format, path string, opts Options) string {
	t.Helper()
	rules, _ := check.Select(nil, nil)
	var buf bytes.Buffer
	w, err := NewCheck(format, &buf, withVersion(opts, "1.2.3"), rules)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Article(path, sampleFindings); err != nil {
		t.Fatal(err)
	}
	if err := w.Article("clean.txt", nil); err != nil {
		t.Fatal(err)
	}
	if err := w.Unreadable("missing.txt", errors.New("missing.txt: no such file or directory")); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestCheckGitHubEscapes(t *testing.T) {
	got := writeCheck(t, "github", "news/a,b:c.txt", Options{})
	want := "::error file=news/a%2Cb%3Ac.txt,line=3,col=29,title=quote-unbalanced::quote mark opened here never closes: “would, 50%25 \\x1b[31mred next\n" +
		"::warning file=news/a%2Cb%3Ac.txt,line=5,col=2,title=date-unresolved::\"yesterday\" is relative\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestCheckLine(t *testing.T) {
	got := writeCheck(t, "line", "a.txt", Options{})
	if !strings.HasPrefix(got, "a.txt:3:29: error quote-unbalanced: quote mark opened here never closes: “would, 50% \\x1b[31mred next\na.txt:5:2: warning date-unresolved: ") {
		t.Errorf("got %q", got)
	}
	if strings.Count(got, "\n") != 2 {
		t.Errorf("want one line per finding: %q", got)
	}
}

func TestCheckTextColorOnlyWhenAsked(t *testing.T) {
	plain := writeCheck(t, "text", "a.txt", Options{})
	if strings.Contains(plain, "\x1b") || !strings.HasSuffix(plain, "1 error, 1 warning in 2 articles\n") {
		t.Errorf("plain: %q", plain)
	}
	if colored := writeCheck(t, "text", "a.txt", Options{Color: true}); !strings.Contains(colored, "\x1b[1;31merror") {
		t.Errorf("colored: %q", colored)
	}
}

func TestCheckJSON(t *testing.T) {
	var out checkJSON
	if err := json.Unmarshal([]byte(writeCheck(t, "json", "a.txt", Options{})), &out); err != nil {
		t.Fatal(err)
	}
	if out.Version != "1.2.3" || len(out.Unreadable) != 1 || out.Unreadable[0].Path != "missing.txt" {
		t.Errorf("version or unreadable: %+v", out)
	}
	if out.Articles != 2 || out.Errors != 1 || out.Warnings != 1 || len(out.Findings) != 2 || out.Findings[0].Line != 3 || out.Findings[0].Severity != "error" {
		t.Errorf("%+v", out)
	}
}

// TestCheckSARIF checks the structure SARIF 2.1.0 consumers (GitHub code scanning) require.
func TestCheckSARIF(t *testing.T) {
	var log map[string]any
	if err := json.Unmarshal([]byte(writeCheck(t, "sarif", "news/a b.txt", Options{})), &log); err != nil {
		t.Fatal(err)
	}
	if log["version"] != "2.1.0" || !strings.Contains(log["$schema"].(string), "sarif-2.1.0") {
		t.Fatalf("header: %v %v", log["version"], log["$schema"])
	}
	run := log["runs"].([]any)[0].(map[string]any)
	driver := run["tool"].(map[string]any)["driver"].(map[string]any)
	rules := driver["rules"].([]any)
	if driver["name"] != "newsbrief" || len(rules) != len(check.Rules) {
		t.Fatalf("driver: %v", driver)
	}
	results := run["results"].([]any)
	if len(results) != 2 {
		t.Fatalf("results: %v", results)
	}
	r := results[0].(map[string]any)
	idx := int(r["ruleIndex"].(float64))
	if r["ruleId"] != "quote-unbalanced" || rules[idx].(map[string]any)["id"] != "quote-unbalanced" || r["level"] != "error" {
		t.Errorf("result: %v", r)
	}
	if r["message"].(map[string]any)["text"] == "" {
		t.Error("no message text")
	}
	loc := r["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)
	if loc["artifactLocation"].(map[string]any)["uri"] != "news/a%20b.txt" {
		t.Errorf("uri: %v", loc["artifactLocation"])
	}
	region := loc["region"].(map[string]any)
	if region["startLine"] != 3.0 || region["startColumn"] != 29.0 {
		t.Errorf("region: %v", region)
	}
	if results[1].(map[string]any)["level"] != "warning" {
		t.Errorf("warning level: %v", results[1])
	}
}

func TestNewCheckUnknownFormat(t *testing.T) {
	if _, err := NewCheck("yaml", &bytes.Buffer{}, Options{}, nil); err == nil {
		t.Error("yaml accepted")
	}
}

func withVersion(o Options, v string) Options {
	o.Version = v
	return o
}
