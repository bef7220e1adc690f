package quotes

import (
	"testing"
	"time"

	"github.com/newsbrief/newsbrief/internal/extract/internal/corpus"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
	"github.com/newsbrief/newsbrief/internal/extract/people"
)

// TestCorpus runs testdata/corpus/quotes.json: what the family understands, as data. Speakers are
// resolved against the people the people family finds, as in a brief.
func TestCorpus(t *testing.T) {
	corpus.Run(t, "quotes", func(text string, _ time.Time) any {
		d := nlp.Analyze(text)
		return Extract(d, people.Extract(d))
	})
}
