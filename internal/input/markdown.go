package input

import (
	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/input/markdown"
)

// prepareMarkdown reads a Markdown story: the text keeps the file's length and lines with the markup
// blanked, so a brief's offsets index the file itself; the front matter's title, date and authors go
// into the Source.
func (rd Reader) prepareMarkdown(a Article, raw []byte) Article {
	text, enc, err := Decode(raw)
	if err != nil {
		return Article{ID: a.ID, Path: a.Path, Err: errorf(a.ID, err)}
	}
	if enc != "" {
		// Offsets index the decoded text, not the file's bytes; Markdown is parsed from the decoded
		// text all the same.
		a.Encoding = enc
	}
	story, err := markdown.Parse([]byte(text))
	if err != nil {
		return Article{ID: a.ID, Path: a.Path, Err: errorf(a.ID, err)}
	}
	a.Text = story.Text
	a.Source = &Source{Format: FormatMarkdown, Title: story.Title, Byline: story.Byline, Published: story.Published, Written: text}
	if story.Published != "" {
		a.Source.PublishedSource = brief.PublishedFromFrontMatter
	}
	return a
}
