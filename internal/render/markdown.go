package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// markdownWriter prints a brief as a Markdown document, one section per article.
type markdownWriter struct {
	w     io.Writer
	count int
}

func (m *markdownWriter) Brief(b *brief.Brief) error {
	var o strings.Builder
	if m.count > 0 {
		o.WriteString("\n---\n\n")
	}
	m.count++
	title := b.ID
	if b.Title != nil {
		title = *b.Title
	}
	o.WriteString("# " + md(title) + "\n\n")
	meta := []string{"`" + strings.ReplaceAll(Clean(b.ID), "`", "'") + "`"}
	if b.Published != nil {
		meta = append(meta, "published "+*b.Published+" ("+deref(b.PublishedSource)+")")
	}
	if b.Byline != nil {
		meta = append(meta, "by "+md(*b.Byline))
	}
	if b.Credit != nil {
		meta = append(meta, "credit "+md(*b.Credit))
	}
	if link := sourceLink(b.Source); link != "" {
		meta = append(meta, link)
	}
	o.WriteString(strings.Join(meta, " · ") + "\n")
	if len(b.Gist) > 0 {
		o.WriteString("\n> " + md(strings.Join(b.Gist, " ")) + "\n")
	}
	if len(b.People) > 0 {
		o.WriteString("\n## People\n\n| Name | Titles | Mentions |\n|---|---|---|\n")
		for _, p := range b.People {
			o.WriteString(fmt.Sprintf("| %s | %s | %d |\n", cell(p.Name), cell(strings.Join(p.Titles, "; ")), len(p.Mentions)))
		}
	}
	if len(b.Quotes) > 0 {
		o.WriteString("\n## Quotes\n\n")
		titles := titlesByName(b.People)
		for _, q := range b.Quotes {
			o.WriteString(fmt.Sprintf("- “%s” — **%s** (line %d)\n", md(quotedWords(q)), md(quoteSource(q, titles)), q.Line))
		}
	}
	if len(b.Dates) > 0 {
		o.WriteString("\n## Timeline\n\n| Date | Words | Event |\n|---|---|---|\n")
		for _, d := range sortedDates(b.Dates) {
			o.WriteString(fmt.Sprintf("| %s | %s | %s |\n", d.Value, cell(strings.Join(d.words, ", ")), cell(strings.Join(d.events, "; "))))
		}
	}
	if len(b.Troops) > 0 {
		o.WriteString("\n## Troop figures\n\n| Count | Unit | Who | Words |\n|---|---|---|---|\n")
		for _, t := range b.Troops {
			o.WriteString(fmt.Sprintf("| %s | %s | %s | %s |\n", troopCount(t), cell(t.Unit), cell(deref(t.Who)), cell(t.Text)))
		}
	}
	_, err := io.WriteString(m.w, o.String())
	return err
}

func (m *markdownWriter) Close() error { return nil }

// md cleans text for a Markdown paragraph: one line, no control characters, markup characters escaped.
func md(s string) string {
	s = strings.Join(strings.Fields(Clean(s)), " ")
	return mdEscaper.Replace(s)
}

// cell is md for a table cell, where a pipe would end the cell.
func cell(s string) string { return strings.ReplaceAll(md(s), "|", `\|`) }

var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", "[", `\[`, "]", `\]`)
