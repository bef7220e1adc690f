package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// DigestFormats lists the formats WriteDigest accepts.
var DigestFormats = []string{"text", "markdown", "json"}

// WriteDigest writes d in format.
func WriteDigest(format string, w io.Writer, opts Options, d *Digest) error {
	switch format {
	case "text":
		return writeDigestText(w, newStyle(opts.Color), d)
	case "markdown":
		return writeDigestMarkdown(w, d)
	case "json":
		if opts.Version != "" {
			return writeIndentedJSON(w, struct {
				*Digest
				Version string `json:"version"`
			}{d, opts.Version})
		}
		return writeIndentedJSON(w, d)
	}
	return fmt.Errorf("unknown digest format %q (want one of %s)", format, strings.Join(DigestFormats, ", "))
}

func figureText(f DigestFigure) string {
	c := troopCount(figureTroop(f))
	return c + " " + f.Unit
}

func speakerName(s string) string {
	if s == "" {
		return "unattributed"
	}
	return s
}

func forceName(s string) string {
	if s == "" {
		return "force not named"
	}
	return s
}

func writeDigestText(w io.Writer, s style, d *Digest) error {
	var o strings.Builder
	o.WriteString(s.title.Sprint("Digest of "+plural(d.Articles, "article")) + "\n")
	if len(d.People) > 0 {
		o.WriteString("\n" + s.heading.Sprint("People") + "\n")
		for _, p := range d.People {
			line := "  " + s.name.Sprint(Clean(p.Name))
			if len(p.Titles) > 0 {
				line += " — " + Clean(strings.Join(p.Titles, "; "))
			}
			line += s.dim.Sprint(fmt.Sprintf("  (%s)", plural(p.Count, "article")))
			o.WriteString(line + "\n")
		}
	}
	if len(d.Timeline) > 0 {
		o.WriteString("\n" + s.heading.Sprint("Timeline") + "\n")
		for _, t := range d.Timeline {
			o.WriteString(fmt.Sprintf("  %s  %s%s\n", s.value.Sprint(fmt.Sprintf("%-10s", t.Value)), Clean(strings.Join(t.Words, ", ")), s.dim.Sprint(fmt.Sprintf("  (%s)", plural(len(t.IDs), "article")))))
			for _, e := range t.Events {
				o.WriteString(fmt.Sprintf("              — %s %s\n", Clean(e.Text), s.dim.Sprint("("+Clean(e.ID)+")")))
			}
		}
	}
	if len(d.Troops) > 0 {
		o.WriteString("\n" + s.heading.Sprint("Troop figures") + "\n")
		for _, f := range d.Troops {
			o.WriteString("  " + s.name.Sprint(Clean(forceName(f.Who))) + "\n")
			for _, fig := range f.Figures {
				o.WriteString("    " + s.value.Sprint(Clean(figureText(fig))) + s.dim.Sprint("  “"+Clean(fig.Text)+"” "+Clean(fig.ID)) + "\n")
			}
		}
	}
	if len(d.Quotes) > 0 {
		o.WriteString("\n" + s.heading.Sprint("Quotes") + "\n")
		for _, sp := range d.Quotes {
			o.WriteString("  " + s.name.Sprint(Clean(speakerName(sp.Speaker))) + "\n")
			for _, q := range sp.Quotes {
				o.WriteString("    " + s.quote.Sprint("“"+Clean(q.Text)+"”") + s.dim.Sprint("  "+Clean(q.ID)) + "\n")
			}
		}
	}
	_, err := io.WriteString(w, o.String())
	return err
}

func writeDigestMarkdown(w io.Writer, d *Digest) error {
	var o strings.Builder
	o.WriteString("# Digest of " + plural(d.Articles, "article") + "\n")
	if len(d.People) > 0 {
		o.WriteString("\n## People\n\n| Name | Titles | Articles |\n|---|---|---|\n")
		for _, p := range d.People {
			o.WriteString(fmt.Sprintf("| %s | %s | %d |\n", cell(p.Name), cell(strings.Join(p.Titles, "; ")), p.Count))
		}
	}
	if len(d.Timeline) > 0 {
		o.WriteString("\n## Timeline\n\n| Date | Words | Events | Articles |\n|---|---|---|---|\n")
		for _, t := range d.Timeline {
			var events []string
			for _, e := range t.Events {
				events = append(events, e.Text+" ("+e.ID+")")
			}
			o.WriteString(fmt.Sprintf("| %s | %s | %s | %d |\n", cell(t.Value), cell(strings.Join(t.Words, ", ")), cell(strings.Join(events, "; ")), len(t.IDs)))
		}
	}
	if len(d.Troops) > 0 {
		o.WriteString("\n## Troop figures\n")
		for _, f := range d.Troops {
			o.WriteString("\n### " + md(forceName(f.Who)) + "\n\n")
			for _, fig := range f.Figures {
				o.WriteString(fmt.Sprintf("- %s — “%s” (`%s`)\n", md(figureText(fig)), md(fig.Text), strings.ReplaceAll(Clean(fig.ID), "`", "'")))
			}
		}
	}
	if len(d.Quotes) > 0 {
		o.WriteString("\n## Quotes\n")
		for _, sp := range d.Quotes {
			o.WriteString("\n### " + md(speakerName(sp.Speaker)) + "\n\n")
			for _, q := range sp.Quotes {
				o.WriteString(fmt.Sprintf("- “%s” (`%s`)\n", md(q.Text), strings.ReplaceAll(Clean(q.ID), "`", "'")))
			}
		}
	}
	_, err := io.WriteString(w, o.String())
	return err
}

func figureTroop(f DigestFigure) brief.Troop {
	return brief.Troop{Count: f.Count, Max: f.Max, Approximate: f.Approximate}
}
