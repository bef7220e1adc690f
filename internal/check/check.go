// Package check runs copy-desk rules over articles: each rule reads an article's text and its brief and
// returns findings (a rule id, a severity, a message and the place in the text), for `newsbrief check`.
// Rules are small functions; they never change the brief and never print.
package check

import (
	"fmt"
	"sort"
	"strings"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// Severity orders findings: an error is a mistake to fix before publishing, a warning a thing to look at.
type Severity int

const (
	Never   Severity = iota // only as a --fail-on threshold: no finding fails the run
	Warning                 //
	Error                   //
)

func (s Severity) String() string {
	switch s {
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "never"
}

// ParseThreshold reads a --fail-on value: error, warning or never.
func ParseThreshold(s string) (Severity, error) {
	switch s {
	case "error":
		return Error, nil
	case "warning":
		return Warning, nil
	case "never":
		return Never, nil
	}
	return Never, fmt.Errorf("--fail-on must be error, warning or never, not %q", s)
}

// Finding is one problem found in one article.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"-"`
	Start    int      `json:"start"`  // byte offset in the article text
	Line     int      `json:"line"`   // 1-based
	Column   int      `json:"column"` // 1-based, in characters
	Message  string   `json:"message"`
}

// Article is what a rule reads: the text and the brief extracted from it.
type Article struct {
	Text  string
	Brief *brief.Brief

	skip     []span // furniture lines and captions, which rules do not read
	headline []span // the headline, which name rules do not read
}

// Rule is one copy-desk check.
type Rule struct {
	ID       string
	Severity Severity
	Summary  string // one line, for --list-rules, the README and SARIF
	run      func(a *Article) []Finding
}

// Rules are every rule, in the order their findings are reported at the same place.
var Rules = []Rule{
	{ID: "quote-unbalanced", Severity: Error, Summary: "a quote mark that never closes, or closes without opening", run: quoteUnbalanced},
	{ID: "quote-unattributed", Severity: Warning, Summary: "a direct quote of a sentence or more with no speaker", run: quoteUnattributed},
	{ID: "name-inconsistent", Severity: Error, Summary: "one person's name spelled two ways in one article", run: nameInconsistent},
	{ID: "surname-before-name", Severity: Warning, Summary: "a person called by surname before being introduced in full", run: surnameBeforeName},
	{ID: "date-weekday-mismatch", Severity: Error, Summary: "a weekday that contradicts its date", run: dateWeekdayMismatch},
	{ID: "date-unresolved", Severity: Warning, Summary: "a relative date with no publication date to resolve it", run: dateUnresolved},
	{ID: "troops-conflict", Severity: Warning, Summary: "the same force given two different troop figures", run: troopsConflict},
}

// Lookup returns the rule with id.
func Lookup(id string) (Rule, bool) {
	for _, r := range Rules {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}

// Select returns the rules to run: only those in enable when it is not empty, minus those in disable.
// An unknown rule id is an error that names the known ones.
func Select(enable, disable []string) ([]Rule, error) {
	for _, id := range append(append([]string{}, enable...), disable...) {
		if _, ok := Lookup(id); !ok {
			return nil, fmt.Errorf("unknown rule %q (rules: %s)", id, strings.Join(IDs(), ", "))
		}
	}
	var out []Rule
	for _, r := range Rules {
		if len(enable) > 0 && !containsString(enable, r.ID) {
			continue
		}
		if containsString(disable, r.ID) {
			continue
		}
		out = append(out, r)
	}
	return out, nil
}

// Configured returns the rules to run under a configuration (which may be nil) and the --enable and
// --disable flags: the configuration sets severities and turns rules off, and the flags have the last
// word (a rule named by --enable runs even when the configuration turns it off).
func Configured(c *Config, enable, disable []string) ([]Rule, error) {
	rules, err := Select(enable, disable)
	if err != nil {
		return nil, err
	}
	var out []Rule
	for _, r := range rules {
		if s, ok := c.rule(r.ID); ok {
			level, _ := parseLevel(s)
			if level == Never && !containsString(enable, r.ID) {
				continue
			}
			if level != Never {
				r.Severity = level
			}
		}
		out = append(out, r)
	}
	return out, nil
}

// IDs lists every rule id.
func IDs() []string {
	ids := make([]string, len(Rules))
	for i, r := range Rules {
		ids[i] = r.ID
	}
	return ids
}

// Run applies rules to one article and returns its findings in text order (then rule order), each with
// its rule, severity, line and column filled in, leaving out those the article silences with a
// newsbrief-disable comment.
func Run(b *brief.Brief, text string, rules []Rule) []Finding {
	return RunWritten(b, text, text, rules)
}

// RunWritten is Run for an article whose text was made from a file with markup (Markdown), where
// written is the file as written, with the same offsets and lines as text: the newsbrief-disable
// comments that the markup hides from text are read there.
func RunWritten(b *brief.Brief, text, written string, rules []Rule) []Finding {
	a := &Article{Text: text, Brief: b}
	a.skip, a.headline = skippedSpans(text), headlineSpans(text, b)
	idx := newLineIndex(text)
	silent := findSuppressions(written, idx)
	var out []Finding
	order := map[string]int{}
	for i, r := range rules {
		order[r.ID] = i
		for _, f := range r.run(a) {
			f.Rule, f.Severity = r.ID, r.Severity
			f.Line, f.Column = idx.position(f.Start)
			if !silent.silenced(f) {
				out = append(out, f)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return order[out[i].Rule] < order[out[j].Rule]
	})
	return out
}

// Worst returns the highest severity among findings (Never when there are none).
func Worst(findings []Finding) Severity {
	w := Never
	for _, f := range findings {
		if f.Severity > w {
			w = f.Severity
		}
	}
	return w
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
