package render

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/fatih/color"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// style holds the colors of the text brief; every one is off when color is off.
type style struct {
	title, heading, name, dim, quote, value *color.Color
}

func newStyle(on bool) style {
	mk := func(attrs ...color.Attribute) *color.Color {
		c := color.New(attrs...)
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	return style{
		title:   mk(color.Bold),
		heading: mk(color.Bold, color.FgCyan),
		name:    mk(color.Bold),
		dim:     mk(color.Faint),
		quote:   mk(color.FgGreen),
		value:   mk(color.FgYellow),
	}
}

// textWriter prints a brief for a person reading a terminal, articles separated by a blank line.
type textWriter struct {
	w     io.Writer
	style style
	count int
}

func (t *textWriter) Brief(b *brief.Brief) error {
	var o strings.Builder
	s := t.style
	if t.count > 0 {
		o.WriteString("\n")
	}
	t.count++

	title := b.ID
	if b.Title != nil {
		title = *b.Title
	}
	o.WriteString(s.title.Sprint(Clean(title)) + "\n")
	meta := []string{Clean(b.ID)}
	if b.Published != nil {
		meta = append(meta, "published "+*b.Published+" ("+deref(b.PublishedSource)+")")
	} else {
		meta = append(meta, "publication date unknown")
	}
	if b.Byline != nil {
		meta = append(meta, "by "+Clean(*b.Byline))
	}
	if b.Credit != nil {
		meta = append(meta, "credit "+Clean(*b.Credit))
	}
	if b.Encoding != "" {
		meta = append(meta, "decoded from "+b.Encoding)
	}
	o.WriteString(s.dim.Sprint(strings.Join(meta, " · ")) + "\n")
	for _, g := range b.Gist {
		o.WriteString("  " + Clean(g) + "\n")
	}

	if len(b.People) > 0 {
		o.WriteString("\n" + s.heading.Sprint("People") + "\n")
		for _, p := range b.People {
			line := "  " + s.name.Sprint(Clean(p.Name))
			if len(p.Titles) > 0 {
				line += " — " + Clean(strings.Join(p.Titles, "; "))
			}
			line += s.dim.Sprint(fmt.Sprintf("  (%s)", plural(len(p.Mentions), "mention")))
			o.WriteString(line + "\n")
		}
	}

	if len(b.Quotes) > 0 {
		o.WriteString("\n" + s.heading.Sprint("Quotes") + "\n")
		titles := titlesByName(b.People)
		for _, q := range b.Quotes {
			who := "unattributed"
			switch {
			case q.Speaker != nil:
				who = *q.Speaker
				if t := titles[who]; t != "" {
					who += ", " + t
				}
			case q.SpeakerMention != nil:
				who = q.SpeakerMention.Text
			}
			o.WriteString("  " + s.quote.Sprint("“"+Clean(q.Text)+"”") + " — " + s.name.Sprint(Clean(who)) + "\n")
		}
	}

	if len(b.Dates) > 0 {
		o.WriteString("\n" + s.heading.Sprint("Timeline") + "\n")
		for _, d := range sortedDates(b.Dates) {
			o.WriteString(fmt.Sprintf("  %s  %s\n", s.value.Sprint(fmt.Sprintf("%-10s", d.Value)), Clean(strings.Join(d.words, ", "))))
		}
	}

	if len(b.Troops) > 0 {
		o.WriteString("\n" + s.heading.Sprint("Troop figures") + "\n")
		for _, tr := range b.Troops {
			line := "  " + s.value.Sprint(troopCount(tr)) + " " + Clean(tr.Unit)
			if tr.Who != nil {
				line += " (" + Clean(*tr.Who) + ")"
			}
			if tr.Where != nil {
				line += " " + Clean(*tr.Where)
			}
			line += s.dim.Sprint("  “" + Clean(tr.Text) + "”")
			o.WriteString(line + "\n")
		}
	}
	_, err := io.WriteString(t.w, o.String())
	return err
}

func (t *textWriter) Close() error { return nil }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func titlesByName(people []brief.Person) map[string]string {
	m := map[string]string{}
	for _, p := range people {
		if len(p.Titles) > 0 {
			m[p.Name] = p.Titles[0]
		}
	}
	return m
}

// timelineEntry is one date value with every set of words in the article that carried it.
type timelineEntry struct {
	Value string
	words []string
}

// sortedDates groups dates by value and sorts them by value, so the timeline reads in calendar order
// (TIMEX3 values of one granularity sort as strings; "2021-W52" sorts after "2021-12" as a coarser mark).
func sortedDates(dates []brief.Date) []timelineEntry {
	index := map[string]int{}
	var out []timelineEntry
	for _, d := range dates {
		i, ok := index[d.Value]
		if !ok {
			i = len(out)
			index[d.Value] = i
			out = append(out, timelineEntry{Value: d.Value})
		}
		if !contains(out[i].words, d.Text) {
			out[i].words = append(out[i].words, d.Text)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Value < out[j].Value })
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// troopCount shows a figure as a person would say it: "~100,000", "5,000–7,000", "thousands".
func troopCount(t brief.Troop) string {
	prefix := ""
	if t.Approximate {
		prefix = "~"
	}
	if t.Count == nil {
		return prefix + "?"
	}
	s := prefix + thousands(*t.Count)
	if t.Max != nil {
		s += "–" + thousands(*t.Max)
	}
	return s
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return s
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
