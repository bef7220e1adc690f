package dates

import (
	"testing"
	"time"

	"github.com/newsbrief/newsbrief/internal/extract/internal/corpus"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// TestCorpus runs testdata/corpus/dates.json: what the family understands, as data.
func TestCorpus(t *testing.T) {
	corpus.Run(t, "dates", func(text string, published time.Time) any {
		return Extract(nlp.Analyze(text), published)
	})
}
