package troops

import (
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/internal/extract/internal/benchdata"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

func BenchmarkTroops(b *testing.B) {
	article := strings.Repeat(`Western allies have observed the buildup of Russian soldiers near the border, growing to an estimated 100,000 and giving rise to fears of an invasion.

Gunmen ambushed an army patrol on Tuesday, killing two soldiers and wounding five others, a local journalist said. The country spent 40 percent of its budget on defence in 2005.

Some 35,000 Syrian soldiers are stationed in the country, while a 5,000-strong multinational force could be deployed within 10 days, the minister announced on Nov. 14.

`, 4)
	d := &doc{nlp.Analyze(article)}
	b.SetBytes(int64(len(article)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		extract(d)
	}
}

// TestQuantityStarters checks that mayStartQuantity lets through every token that nlp.ParseQuantity
// reads a quantity from, in the bench articles and in phrases of every kind of quantity nlp knows: a
// quantity word added to nlp must be added to quantityStarters too.
func TestQuantityStarters(t *testing.T) {
	texts := append(benchdata.Articles(t),
		"Dozens, scores, hundreds, thousands and millions of people; tens of thousands of troops.",
		"Several hundred, many thousands, a few thousand, a couple of hundred, a dozen, half a dozen soldiers.",
		"A hundred, an estimated thousand, twenty-five, Twenty five, one million and 1,500 or 100 000 men.",
		"Some 5,000-strong forces, 30k fighters, 1.5 million troops and between 700 and 800 police.")
	for _, text := range texts {
		d := nlp.Analyze(text)
		sc := troopScanner{d: &doc{d}, toks: d.Tokens, lw: d.Lower}
		for i := range d.Tokens {
			if _, ok := nlp.ParseQuantity(d.Tokens, d.Lower, i); ok && !sc.mayStartQuantity(i) {
				t.Errorf("ParseQuantity reads a quantity at %q, which mayStartQuantity turns away", d.Tokens[i].Text)
			}
		}
	}
}
