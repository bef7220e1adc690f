package troops

import (
	"testing"
	"time"

	"github.com/newsbrief/newsbrief/internal/extract/internal/corpus"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// TestCorpus runs testdata/corpus/troops.json: what the family understands, as data.
func TestCorpus(t *testing.T) {
	corpus.Run(t, "troops", func(text string, _ time.Time) any {
		return Extract(nlp.Analyze(text))
	})
}
