package people

import (
	"testing"

	"github.com/newsbrief/newsbrief/internal/extract/internal/benchdata"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

func TestBrandShaped(t *testing.T) {
	for w, want := range map[string]bool{
		"YouTube": true, "HuffPost": true, "EgyptAir": true, "McConnell": false, "MacArthur": false,
		"DeVos": false, "LeBron": false, "Smith": false, "O'Brien": false,
	} {
		if got := brandShaped(w); got != want {
			t.Errorf("brandShaped(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestOneEditApart(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"maurer", "mauer", true}, {"mauer", "maurer", true}, {"kristin", "kristen", true},
		{"maurer", "maurer", false}, {"maurer", "mauler", true}, {"maurer", "mayer", false},
		{"smith", "smythe", false},
	} {
		if got := OneEditApart(tc.a, tc.b); got != tc.want {
			t.Errorf("OneEditApart(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// BenchmarkPeopleRulesOnly is BenchmarkPeople without prose's tie-breaker, to show what it costs.
func BenchmarkPeopleRulesOnly(b *testing.B) {
	proseTieBreak = false
	defer func() { proseTieBreak = true }()
	articles := benchdata.Articles(b)
	b.SetBytes(benchdata.Bytes(articles))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		docs := make([]*nlp.Doc, len(articles))
		for k, a := range articles {
			docs[k] = nlp.Analyze(a)
		}
		b.StartTimer()
		for _, d := range docs {
			Extract(d)
		}
	}
}
