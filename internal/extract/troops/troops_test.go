package troops

import (
	"strings"
	"testing"

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
