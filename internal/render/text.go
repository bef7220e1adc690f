package render

import (
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/fatih/color"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// style holds the colors of the text brief; every one is off when color is off.
type style struct {
	title, heading, name, dim, quote, value *color.Color
}

// colorMaker returns a constructor of colors that are all on or all off, whatever the global
// color.NoColor says: the CLI alone decides about the terminal.
func colorMaker(on bool) func(attrs ...color.Attribute) *color.Color {
	return func(attrs ...color.Attribute) *color.Color {
		c := color.New(attrs...)
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
}

func newStyle(on bool) style {
	mk := colorMaker(on)
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
			o.WriteString("  " + s.quote.Sprint("“"+Clean(quotedWords(q))+"”") + " — " + s.name.Sprint(Clean(quoteSource(q, titles))) + "\n")
		}
	}

	if len(b.Dates) > 0 {
		o.WriteString("\n" + s.heading.Sprint("Timeline") + "\n")
		for _, d := range sortedDates(b.Dates) {
			line := fmt.Sprintf("  %s  %s", s.value.Sprint(fmt.Sprintf("%-10s", d.Value)), Clean(strings.Join(d.words, ", ")))
			if len(d.events) > 0 {
				line += s.dim.Sprint(" — " + Clean(strings.Join(d.events, "; ")))
			}
			o.WriteString(line + "\n")
		}
	}

	if len(b.Troops) > 0 {
		o.WriteString("\n" + s.heading.Sprint("Troop figures") + "\n")
		figures, mentions := distinctTroops(b.Troops)
		for i, tr := range figures {
			unit := tr.Unit
			if unit == "" {
				unit = "personnel"
			}
			line := "  " + s.value.Sprint(troopCount(tr)) + " " + Clean(unit)
			if tr.Who != nil {
				line += " (" + Clean(*tr.Who) + ")"
			}
			if tr.Where != nil {
				line += " " + Clean(*tr.Where)
			}
			line += s.dim.Sprint("  “" + Clean(tr.Text) + "”")
			if mentions[i] > 1 {
				line += s.dim.Sprint(fmt.Sprintf(" (%d mentions)", mentions[i]))
			}
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

// quotedWords is a quotation's words with its further fragments, joined by an ellipsis.
func quotedWords(q brief.Quote) string {
	words := q.Text
	for _, f := range q.Fragments {
		words += " … " + f.Text
	}
	return words
}

// quoteSource names who said a quote for a reader: the person with their first title, else the
// words of the attribution ("a ministry spokesman").
func quoteSource(q brief.Quote, titles map[string]string) string {
	switch {
	case q.Speaker != nil:
		if t := titles[*q.Speaker]; t != "" {
			return *q.Speaker + ", " + t
		}
		return *q.Speaker
	case q.SpeakerMention != nil:
		if m, ok := shownMention(q.SpeakerMention.Text); ok {
			return m
		}
	}
	return "unattributed"
}

// partyTagRE matches a party-and-state tag after a name: "(R-South Carolina)", "(D-Wis.)".
var partyTagRE = regexp.MustCompile(`\s*\(?\b[RDI]-[A-Z][A-Za-z. ]*\)?`)

// unshownMentions are attribution words that designate no one for a reader of the brief.
var unshownMentions = map[string]bool{
	"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true, "this": true,
	"that": true, "which": true, "who": true, "these": true, "those": true, "one": true, "someone": true,
	"him": true, "her": true, "them": true, "us": true,
}

// shownMention returns the attribution words a reader can use when the speaker is unnamed ("a
// ministry spokesman", "the company"), without a party tag; a pronoun or a tag alone is none.
func shownMention(m string) (string, bool) {
	m = strings.TrimSpace(partyTagRE.ReplaceAllString(m, ""))
	if m == "" || unshownMentions[strings.ToLower(m)] {
		return "", false
	}
	return m, true
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
	Value  string
	words  []string
	events []string // at most maxTimelineEvents, in text order
}

// maxTimelineEvents bounds the events shown for one date value.
const maxTimelineEvents = 2

// sortedDates groups dates by value and sorts them on the calendar: by the day each value starts
// on, a coarser value (a month, a week) before the days inside it, and values that the calendar cannot
// place (unresolved "XXXX-12-30") last.
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
		if d.Event != "" && len(out[i].events) < maxTimelineEvents && !contains(out[i].events, d.Event) {
			out[i].events = append(out[i].events, d.Event)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return calendarLess(out[i].Value, out[j].Value) })
	return out
}

// calendarLess orders TIMEX3 values on the calendar: by the day each starts on, a coarser value before
// the finer ones it contains, and values the calendar cannot place last, by their text.
func calendarLess(a, b string) bool {
	sa, ga, oka := timexStart(a)
	sb, gb, okb := timexStart(b)
	switch {
	case oka != okb:
		return oka
	case !oka:
		return a < b
	case !sa.Equal(sb):
		return sa.Before(sb)
	case ga != gb:
		return ga > gb
	}
	return a < b
}

var (
	timexDay    = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)
	timexMonth  = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	timexWeek   = regexp.MustCompile(`^(\d{4})-W(\d{2})`)
	timexPart   = regexp.MustCompile(`^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$`)
	timexYear   = regexp.MustCompile(`^(\d{4})$`)
	timexDecade = regexp.MustCompile(`^(\d{3})X$`)
	timexCent   = regexp.MustCompile(`^(\d{2})$`)
)

// timexStart returns the first day a TIMEX3 value covers and its width in days (for ordering a
// month before its days), or false when the value is not on the calendar.
func timexStart(v string) (time.Time, int, bool) {
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	if m := timexDay.FindStringSubmatch(v); m != nil {
		return day(atoi(m[1]), atoi(m[2]), atoi(m[3])), 1, true
	}
	if m := timexMonth.FindStringSubmatch(v); m != nil {
		return day(atoi(m[1]), atoi(m[2]), 1), 30, true
	}
	if m := timexWeek.FindStringSubmatch(v); m != nil {
		// ISO week 1 holds January 4th; weeks start on Monday.
		jan4 := day(atoi(m[1]), 1, 4)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		return monday.AddDate(0, 0, 7*(atoi(m[2])-1)), 7, true
	}
	if m := timexPart.FindStringSubmatch(v); m != nil {
		y := atoi(m[1])
		switch m[2] {
		case "Q1", "H1":
			return day(y, 1, 1), 90, true
		case "Q2":
			return day(y, 4, 1), 90, true
		case "Q3", "H2":
			return day(y, 7, 1), 90, true
		case "Q4":
			return day(y, 10, 1), 90, true
		case "SP":
			return day(y, 3, 20), 90, true
		case "SU":
			return day(y, 6, 21), 90, true
		case "FA":
			return day(y, 9, 22), 90, true
		case "WI":
			return day(y, 12, 21), 90, true
		}
	}
	if m := timexYear.FindStringSubmatch(v); m != nil {
		return day(atoi(m[1]), 1, 1), 365, true
	}
	if m := timexDecade.FindStringSubmatch(v); m != nil {
		return day(atoi(m[1])*10, 1, 1), 3650, true
	}
	if m := timexCent.FindStringSubmatch(v); m != nil {
		return day(atoi(m[1])*100, 1, 1), 36500, true
	}
	return time.Time{}, 0, false
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

// distinctTroops lists each figure once: the same count of the same unit of the same force written
// again ("about 45,000 marines", later "the 45,000 marines") is one figure, shown where first written,
// with how many times the article gives it.
func distinctTroops(troops []brief.Troop) ([]brief.Troop, []int) {
	var out []brief.Troop
	var n []int
	index := map[string]int{}
	for _, t := range troops {
		if t.Count == nil {
			out, n = append(out, t), append(n, 1)
			continue
		}
		key := fmt.Sprint(*t.Count, "|", t.Max != nil && *t.Max > 0, "|", strings.ToLower(t.Unit), "|", strings.ToLower(deref(t.Who)))
		if t.Max != nil {
			key += fmt.Sprint("|", *t.Max)
		}
		if i, ok := index[key]; ok {
			n[i]++
			out[i].Approximate = out[i].Approximate || t.Approximate
			continue
		}
		index[key] = len(out)
		out, n = append(out, t), append(n, 1)
	}
	return out, n
}
