// Package extract turns an article's text into a Brief. nlp.Analyze builds one shared, read-only
// analysis of the text (lines, paragraphs, sentences, tokens, furniture, the dateline), and each
// family reads it and returns its part of the Brief, in this order: people, then quotes (which
// attribute to those people), dates (against the publication date chosen here) and troops. The
// families import nlp and lexicon, never each other, except quotes reading people's result.
package extract

import (
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/dates"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
	"github.com/newsbrief/newsbrief/internal/extract/people"
	"github.com/newsbrief/newsbrief/internal/extract/quotes"
	"github.com/newsbrief/newsbrief/internal/extract/troops"
)

// Options carry what the caller knows about the article besides its text.
type Options struct {
	Published       string // YYYY-MM-DD given by the user or the record, "" when unknown
	PublishedSource string // brief.PublishedFromFlag or brief.PublishedFromRecord
}

// Extract analyses one article and returns its brief.
func Extract(id, text string, opts Options) *brief.Brief {
	b := brief.New(id)
	d := nlp.Analyze(text)
	// One scan of the dates serves the publication date's inference and the dates themselves.
	dateScan := dates.NewScan(d)

	published := resolvePublished(dateScan, opts, b)
	if d.Title != nil {
		b.Title = brief.Str(d.Slice(*d.Title))
	}
	if d.Byline != nil {
		b.Byline = brief.Str(d.Slice(*d.Byline))
	}
	b.Credit = credit(d)
	b.Gist = gist(d)

	var peopleCut bool
	b.People, peopleCut = people.ExtractTruncated(d)
	b.Quotes = quotes.Extract(d, b.People)
	var datesCut bool
	b.Dates, datesCut = dateScan.Extract(published)
	dateEvents(d, b.Dates)
	var troopsCut bool
	b.Troops, troopsCut = troops.ExtractTruncated(d)
	b.Truncated = d.Truncated || peopleCut || datesCut || troopsCut

	locate(text, b)
	return b
}

// resolvePublished picks the publication date: the caller's, else the dateline's, else one inferred
// from the text's own evidence, else none. Today's date is never assumed.
func resolvePublished(dateScan *dates.Scan, opts Options, b *brief.Brief) time.Time {
	if opts.Published != "" {
		if t, err := time.Parse("2006-01-02", opts.Published); err == nil {
			b.Published = brief.Str(opts.Published)
			b.PublishedSource = brief.Str(opts.PublishedSource)
			return t
		}
	}
	if t, source, ok := dateScan.Published(); ok {
		b.Published = brief.Str(t.Format("2006-01-02"))
		b.PublishedSource = brief.Str(source)
		return t
	}
	return time.Time{}
}

// credit names the agency behind the article: a credit line ("[Edited with AP inputs]") or the
// dateline's "(AFP)".
func credit(d *nlp.Doc) *string {
	for _, f := range d.Furniture {
		if f.Credit != "" {
			return brief.Str(f.Credit)
		}
	}
	if d.Dateline != nil {
		line := d.Slice(*d.Dateline)
		if m := nlp.AgencyRE.FindStringSubmatch(line); m != nil {
			return brief.Str(m[1])
		}
	}
	return nil
}

// gist returns the lede: the first one to three sentences of the first content paragraph after the
// headline and dateline, up to about 400 characters.
func gist(d *nlp.Doc) []string {
	out := []string{}
	for _, p := range d.Paragraphs {
		if d.Title != nil && p.Overlaps(*d.Title) {
			continue
		}
		if d.Dateline != nil && d.Dateline.Start <= p.Start && p.End <= d.Dateline.End {
			continue
		}
		if d.Byline != nil && p.Overlaps(*d.Byline) {
			continue
		}
		if wordCount(d, p) < 8 && !endsLikeSentence(d.Slice(p)) {
			continue // a date line, a place line or a caption, not the lede
		}
		length := 0
		for _, s := range d.Sentences {
			if s.Start < p.Start || s.End > p.End {
				continue
			}
			if d.Dateline != nil && s.Overlaps(*d.Dateline) {
				s.Start = d.Dateline.End
				st, en := nlp.TrimRange(d.Text, s)
				s = nlp.Range{Start: st, End: en}
				if s.Len() == 0 {
					continue
				}
			}
			n := utf8.RuneCountInString(d.Slice(s))
			if len(out) > 0 && length+n > 400 {
				break
			}
			out = append(out, strings.Join(strings.Fields(d.Slice(s)), " "))
			length += n
			if len(out) == 3 {
				break
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return out
}

func endsLikeSentence(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?\"”’'", last)
}

// wordCount counts the word tokens in r.
func wordCount(d *nlp.Doc, r nlp.Range) int {
	n := 0
	for _, t := range d.TokensIn(r) {
		if t.IsWord() {
			n++
		}
	}
	return n
}

// locate fills the 1-based line and column (in characters) of every span in the brief. Spans are
// visited in offset order and characters are counted once, so the cost stays linear even for a
// megabyte-long single line with thousands of spans.
func locate(text string, b *brief.Brief) {
	spans := b.Spans()
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	line, column, pos := 1, 1, 0
	for _, s := range spans {
		for pos < s.Start && pos < len(text) {
			c := text[pos]
			switch {
			case c == '\n', c == '\r' && (pos+1 == len(text) || text[pos+1] != '\n'):
				line, column = line+1, 1
			case c == '\r':
				// the \r of a \r\n: the \n ends the line
			case utf8.RuneStart(c):
				column++
			}
			pos++
		}
		s.Line, s.Column = line, column
	}
}
