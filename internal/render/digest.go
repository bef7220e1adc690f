package render

import (
	"sort"
	"strings"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// DigestSchema names the JSON contract of `newsbrief digest --format json`.
const DigestSchema = "newsbrief-digest/1"

// Digest is one brief over a batch of articles: who appears in the most articles, every date on one
// timeline, troop figures grouped by force and quotes grouped by speaker.
type Digest struct {
	Schema   string          `json:"schema"`
	Articles int             `json:"articles"`
	People   []DigestPerson  `json:"people"`
	Timeline []DigestDate    `json:"timeline"`
	Troops   []DigestForce   `json:"troops"`
	Quotes   []DigestSpeaker `json:"quotes"`
}

// DigestPerson is one person and the articles that name them.
type DigestPerson struct {
	Name     string   `json:"name"`
	Count    int      `json:"articles"` // how many articles name them
	Titles   []string `json:"titles"`
	Mentions int      `json:"mentions"`
	IDs      []string `json:"ids"` // the articles, in input order
}

// DigestDate is one resolved date value and the words and articles that carry it.
type DigestDate struct {
	Value  string        `json:"value"`
	Words  []string      `json:"words"`
	IDs    []string      `json:"ids"`
	Events []DigestEvent `json:"events"`
}

// DigestEvent is a few words of what a date dates in one article.
type DigestEvent struct {
	Text string `json:"text"`
	ID   string `json:"id"`
}

// maxDigestEvents bounds the events listed for one date of the digest's timeline.
const maxDigestEvents = 3

// DigestForce is the troop figures given for one force ("" when the article does not say whose).
type DigestForce struct {
	Who     string         `json:"who"`
	Figures []DigestFigure `json:"figures"`
}

// DigestFigure is one troop figure and the article it is from.
type DigestFigure struct {
	Count       *int   `json:"count"`
	Max         *int   `json:"max"`
	Approximate bool   `json:"approximate"`
	Unit        string `json:"unit"`
	Text        string `json:"text"`
	ID          string `json:"id"`
}

// DigestSpeaker is every quote of one speaker ("" for quotes without one).
type DigestSpeaker struct {
	Speaker string        `json:"speaker"`
	Quotes  []DigestQuote `json:"quotes"`
}

// DigestQuote is one quote and the article it is from.
type DigestQuote struct {
	Text string `json:"text"`
	ID   string `json:"id"`
}

// DigestBuilder gathers briefs, in input order, into a Digest.
type DigestBuilder struct {
	articles int
	people   map[string]*DigestPerson
	order    []string // person names in first-seen order, for stable ties
	dates    map[string]*DigestDate
	forces   map[string]*DigestForce
	speakers map[string]*DigestSpeaker
}

// NewDigestBuilder returns an empty builder.
func NewDigestBuilder() *DigestBuilder {
	return &DigestBuilder{people: map[string]*DigestPerson{}, dates: map[string]*DigestDate{}, forces: map[string]*DigestForce{}, speakers: map[string]*DigestSpeaker{}}
}

// Add counts one article's brief.
func (d *DigestBuilder) Add(b *brief.Brief) {
	d.articles++
	for _, p := range b.People {
		dp := d.people[p.Name]
		if dp == nil {
			dp = &DigestPerson{Name: p.Name, Titles: []string{}}
			d.people[p.Name] = dp
			d.order = append(d.order, p.Name)
		}
		if len(dp.IDs) == 0 || dp.IDs[len(dp.IDs)-1] != b.ID {
			dp.Count++
			dp.IDs = append(dp.IDs, b.ID)
		}
		dp.Mentions += len(p.Mentions)
		for _, t := range p.Titles {
			dp.Titles = appendNew(dp.Titles, t)
		}
	}
	for _, dt := range b.Dates {
		dd := d.dates[dt.Value]
		if dd == nil {
			dd = &DigestDate{Value: dt.Value, Events: []DigestEvent{}}
			d.dates[dt.Value] = dd
		}
		dd.Words = appendNew(dd.Words, strings.Join(strings.Fields(dt.Text), " "))
		dd.IDs = appendNew(dd.IDs, b.ID)
		if dt.Event != "" && len(dd.Events) < maxDigestEvents && !hasEvent(dd.Events, dt.Event, b.ID) {
			dd.Events = append(dd.Events, DigestEvent{Text: dt.Event, ID: b.ID})
		}
	}
	for _, t := range b.Troops {
		who := ""
		if t.Who != nil {
			who = *t.Who
		}
		key := strings.ToLower(who)
		f := d.forces[key]
		if f == nil {
			f = &DigestForce{Who: who}
			d.forces[key] = f
		}
		f.Figures = append(f.Figures, DigestFigure{Count: t.Count, Max: t.Max, Approximate: t.Approximate, Unit: t.Unit, Text: t.Text, ID: b.ID})
	}
	for _, q := range b.Quotes {
		who := ""
		switch {
		case q.Speaker != nil:
			who = *q.Speaker
		case q.SpeakerMention != nil:
			who, _ = shownMention(q.SpeakerMention.Text) // a pronoun alone names no one: unattributed
		}
		s := d.speakers[who]
		if s == nil {
			s = &DigestSpeaker{Speaker: who}
			d.speakers[who] = s
		}
		s.Quotes = append(s.Quotes, DigestQuote{Text: q.Text, ID: b.ID})
	}
}

// Digest returns the digest, with at most top people (all when top <= 0). A person named by surname
// alone in some articles ("Putin") is counted with the one full name that ends with it ("Vladimir
// Putin"), when there is exactly one.
func (d *DigestBuilder) Digest(top int) *Digest {
	out := &Digest{Schema: DigestSchema, Articles: d.articles, People: []DigestPerson{}, Timeline: []DigestDate{}, Troops: []DigestForce{}, Quotes: []DigestSpeaker{}}

	people := d.mergeSurnames()
	sort.SliceStable(people, func(i, j int) bool { return people[i].Count > people[j].Count })
	if top > 0 && len(people) > top {
		people = people[:top]
	}
	out.People = people

	for _, dd := range d.dates {
		out.Timeline = append(out.Timeline, *dd)
	}
	sort.Slice(out.Timeline, func(i, j int) bool { return calendarLess(out.Timeline[i].Value, out.Timeline[j].Value) })

	for _, f := range d.forces {
		out.Troops = append(out.Troops, *f)
	}
	sort.Slice(out.Troops, func(i, j int) bool {
		a, b := out.Troops[i], out.Troops[j]
		if (a.Who == "") != (b.Who == "") {
			return b.Who == "" // figures of no named force come last
		}
		if len(a.Figures) != len(b.Figures) {
			return len(a.Figures) > len(b.Figures)
		}
		return strings.ToLower(a.Who) < strings.ToLower(b.Who)
	})

	for _, s := range d.speakers {
		out.Quotes = append(out.Quotes, *s)
	}
	sort.Slice(out.Quotes, func(i, j int) bool {
		a, b := out.Quotes[i], out.Quotes[j]
		if (a.Speaker == "") != (b.Speaker == "") {
			return b.Speaker == ""
		}
		if len(a.Quotes) != len(b.Quotes) {
			return len(a.Quotes) > len(b.Quotes)
		}
		return a.Speaker < b.Speaker
	})
	return out
}

func (d *DigestBuilder) mergeSurnames() []DigestPerson {
	bySurname := map[string][]string{}
	for _, name := range d.order {
		if f := strings.Fields(name); len(f) > 1 {
			last := f[len(f)-1]
			bySurname[last] = append(bySurname[last], name)
		}
	}
	merged := map[string]*DigestPerson{}
	for _, name := range d.order {
		p := *d.people[name]
		p.IDs = append([]string{}, p.IDs...)
		p.Titles = append([]string{}, p.Titles...)
		merged[name] = &p
	}
	var out []DigestPerson
	for _, name := range d.order {
		full := bySurname[name]
		if strings.Contains(name, " ") || len(full) != 1 {
			continue
		}
		into, from := merged[full[0]], merged[name]
		for _, id := range from.IDs {
			if !contains(into.IDs, id) {
				into.IDs = append(into.IDs, id)
				into.Count++
			}
		}
		into.Mentions += from.Mentions
		for _, t := range from.Titles {
			into.Titles = appendNew(into.Titles, t)
		}
		delete(merged, name)
	}
	for _, name := range d.order {
		if p, ok := merged[name]; ok {
			out = append(out, *p)
		}
	}
	return out
}

func appendNew(list []string, s string) []string {
	if contains(list, s) {
		return list
	}
	return append(list, s)
}

func hasEvent(events []DigestEvent, text, id string) bool {
	for _, e := range events {
		if e.Text == text || e.ID == id {
			return true
		}
	}
	return false
}
