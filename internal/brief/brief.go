// Package brief holds the Brief value: what newsbrief reports about one article, and its JSON contract
// (schema "newsbrief/1", documented in README.md and in schema/newsbrief-1.schema.json).
//
// Every span carries UTF-8 byte offsets into the article text (end exclusive) and a 1-based line and
// column (column counted in characters), so a reader can find the words again; every Text is the exact
// slice Text[Start:End] of the article, never rebuilt from tokens.
package brief

// Schema names the JSON contract this package writes.
const Schema = "newsbrief/1"

// Where the publication date came from.
const (
	PublishedFromFlag     = "flag"
	PublishedFromRecord   = "record"
	PublishedFromDateline = "dateline"
	PublishedInferred     = "inferred"
	// PublishedFromPage is a web page's own date (JSON-LD, article:published_time, <time>, the URL).
	PublishedFromPage = "page"
	// PublishedFromFrontMatter is the date: or publishDate: of a Markdown story's front matter.
	PublishedFromFrontMatter = "front-matter"
)

// Brief is the structured summary of one article.
type Brief struct {
	Schema          string   `json:"schema"`
	ID              string   `json:"id"`
	Title           *string  `json:"title"`
	Byline          *string  `json:"byline,omitempty"`
	Credit          *string  `json:"credit,omitempty"`
	Encoding        string   `json:"encoding,omitempty"` // set when the input was not UTF-8 and was decoded
	Published       *string  `json:"published"`
	PublishedSource *string  `json:"published_source"`
	Gist            []string `json:"gist"`
	People          []Person `json:"people"`
	Quotes          []Quote  `json:"quotes"`
	Dates           []Date   `json:"dates"`
	Troops          []Troop  `json:"troops"`
	Source          *Source  `json:"source,omitempty"` // set for web pages and Markdown, absent for plain text
	// Truncated is set when the article was too long or too degenerate to analyse whole (over about a
	// million tokens or lines, 65,536 people, dates or troop figures, or its budget of prose
	// tie-breaks): the brief covers what was read.
	Truncated bool `json:"truncated,omitempty"`
}

// Source says where an article that was not plain text came from. The brief's offsets index the text
// newsbrief extracted from it, which `newsbrief text` prints.
type Source struct {
	URL          *string `json:"url"`           // the page's address (after redirects), null for a file
	Site         *string `json:"site"`          // the site's name, as the page gives it
	CanonicalURL *string `json:"canonical_url"` // the page's canonical address
	Format       string  `json:"format"`        // "html" or "markdown"
}

// Span is a located stretch of the article text.
type Span struct {
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

// Mention is a stretch of text without a position on a line, used where the contract keeps it short.
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Person is one individual named in the article, under the fullest form of the name it uses.
type Person struct {
	Name     string   `json:"name"`
	Titles   []string `json:"titles"`
	Aliases  []string `json:"aliases"`
	Mentions []Span   `json:"mentions"` // in text order: quote attribution searches them by offset
}

// Quote is a direct quotation: the words between the marks, and who said them.
type Quote struct {
	Span
	Speaker        *string  `json:"speaker"`         // the resolved Person.Name, or nil when unnamed/unknown
	SpeakerMention *Mention `json:"speaker_mention"` // the words at the attribution naming the speaker
	Cue            *string  `json:"cue"`             // the reporting verb ("said", "according to")
	// Partial marks words quoted inside the writer's own sentence (discuss “a range of topics”), as
	// opposed to a quoted sentence: some readers, and some annotation schemes, want only the latter.
	Partial bool `json:"partial"`
	// Fragments are the quotation's further pieces in its paragraph, resumed after the attribution
	// (`"We are not leaving," she said. "This is our home."`): one quotation, reported once.
	Fragments []Span `json:"fragments"`
}

// Date is a date expression resolved to a TimeML TIMEX3 value ("2021-12-30", "2021-W52", "199X").
type Date struct {
	Span
	Value string `json:"value"`
	// Event is a few words of what the date dates: its clause without the date ("Biden and Putin
	// will speak"), "" when the sentence gives none.
	Event string `json:"event,omitempty"`
}

// Troop is a figure that counts military or armed personnel.
type Troop struct {
	Span
	Count       *int    `json:"count"` // nil for vague quantities ("thousands")
	Max         *int    `json:"max"`   // the upper bound of a range
	Approximate bool    `json:"approximate"`
	Unit        string  `json:"unit"`
	Who         *string `json:"who"`
	Where       *string `json:"where,omitempty"`
}

// New returns an empty brief for the article id, with every list present so JSON shows [] not null.
func New(id string) *Brief {
	return &Brief{
		Schema: Schema,
		ID:     id,
		Gist:   []string{},
		People: []Person{},
		Quotes: []Quote{},
		Dates:  []Date{},
		Troops: []Troop{},
	}
}

// Spans returns every located span of the brief (mentions, quotes, dates, troop figures), for passes
// that treat them alike: filling in lines and columns, checking offsets.
func (b *Brief) Spans() []*Span {
	var out []*Span
	for i := range b.People {
		for j := range b.People[i].Mentions {
			out = append(out, &b.People[i].Mentions[j])
		}
	}
	for i := range b.Quotes {
		out = append(out, &b.Quotes[i].Span)
		for j := range b.Quotes[i].Fragments {
			out = append(out, &b.Quotes[i].Fragments[j])
		}
	}
	for i := range b.Dates {
		out = append(out, &b.Dates[i].Span)
	}
	for i := range b.Troops {
		out = append(out, &b.Troops[i].Span)
	}
	return out
}

// Str returns a pointer to s, for the contract's nullable strings.
func Str(s string) *string { return &s }

// Int returns a pointer to n, for the contract's nullable integers.
func Int(n int) *int { return &n }
