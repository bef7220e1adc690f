package check

import (
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// ruleCase is an article (and the brief an extractor would give for it) and the findings one rule
// must report, as "line:col" positions; an empty want means the rule must stay silent.
type ruleCase struct {
	name string
	text string
	b    *brief.Brief
	want []string
}

func runRule(t *testing.T, id string, cases []ruleCase) {
	t.Helper()
	r, ok := Lookup(id)
	if !ok {
		t.Fatalf("no rule %s", id)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := c.b
			if b == nil {
				b = brief.New("t")
			}
			var got []string
			for _, f := range Run(b, c.text, []Rule{r}) {
				if f.Rule != id || f.Severity != r.Severity || f.Message == "" || strings.ContainsAny(f.Message, "\n\r") {
					t.Errorf("bad finding %+v", f)
				}
				got = append(got, posString(f))
				t.Logf("%s: %s", posString(f), f.Message)
			}
			if strings.Join(got, " ") != strings.Join(c.want, " ") {
				t.Errorf("findings at %v, want %v", got, c.want)
			}
		})
	}
}

func posString(f Finding) string {
	return itoa(f.Line) + ":" + itoa(f.Column)
}

func itoa(n int) string {
	s := ""
	for {
		s = string(rune('0'+n%10)) + s
		n /= 10
		if n == 0 {
			return s
		}
	}
}

// person builds a brief person with the mentions of name found in text.
func person(text, name string, aliases ...string) brief.Person {
	p := brief.Person{Name: name, Titles: []string{}, Aliases: aliases}
	for _, n := range append([]string{name}, aliases...) {
		for i := 0; ; {
			j := strings.Index(text[i:], n)
			if j < 0 {
				break
			}
			p.Mentions = append(p.Mentions, brief.Span{Text: n, Start: i + j, End: i + j + len(n)})
			i += j + len(n)
		}
	}
	return p
}

func withPeople(text string, people ...brief.Person) *brief.Brief {
	b := brief.New("t")
	b.People = people
	return b
}

func TestSelect(t *testing.T) {
	rules, err := Select(nil, []string{"date-unresolved"})
	if err != nil || len(rules) != len(Rules)-1 {
		t.Fatalf("disable: %d rules, %v", len(rules), err)
	}
	rules, err = Select([]string{"quote-unbalanced", "troops-conflict"}, []string{"troops-conflict"})
	if err != nil || len(rules) != 1 || rules[0].ID != "quote-unbalanced" {
		t.Fatalf("enable: %v, %v", rules, err)
	}
	if _, err := Select([]string{"no-such-rule"}, nil); err == nil || !strings.Contains(err.Error(), "quote-unbalanced") {
		t.Fatalf("unknown rule: %v", err)
	}
}

func TestThreshold(t *testing.T) {
	for in, want := range map[string]Severity{"error": Error, "warning": Warning, "never": Never} {
		if got, err := ParseThreshold(in); err != nil || got != want {
			t.Errorf("%s: %v %v", in, got, err)
		}
	}
	if _, err := ParseThreshold("fatal"); err == nil {
		t.Error("fatal accepted")
	}
	if Worst([]Finding{{Severity: Warning}, {Severity: Error}}) != Error || Worst(nil) != Never {
		t.Error("Worst")
	}
}

func TestRunOrdersByPosition(t *testing.T) {
	text := "He said \"we will go.\n\nOn Monday, February 30, 2021 they met.\n"
	fs := Run(brief.New("t"), text, Rules)
	var got []string
	for _, f := range fs {
		got = append(got, f.Rule+"@"+posString(f))
	}
	want := "quote-unbalanced@1:9 date-weekday-mismatch@3:4"
	if strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

func TestLineIndexCountsCharacters(t *testing.T) {
	idx := newLineIndex("“Ab” c\r\nd é f\rg")
	for off, want := range map[int]string{0: "1:1", 8: "1:5", 12: "2:1", 16: "2:4", 19: "3:1"} {
		l, c := idx.position(off)
		if got := itoa(l) + ":" + itoa(c); got != want {
			t.Errorf("offset %d: %s, want %s", off, got, want)
		}
	}
}
