package extract

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/dates"
	"github.com/newsbrief/newsbrief/internal/extract/internal/benchdata"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
	"github.com/newsbrief/newsbrief/internal/extract/people"
	"github.com/newsbrief/newsbrief/internal/extract/quotes"
	"github.com/newsbrief/newsbrief/internal/extract/troops"
)

// benchStage runs stage over every bench article once per iteration; b.SetBytes makes go test report
// MB/s, the unit of the project's speed targets.
func benchStage(b *testing.B, stage func(d *nlp.Doc, published time.Time)) {
	articles := benchdata.Articles(b)
	docs := make([]*nlp.Doc, len(articles))
	b.SetBytes(benchdata.Bytes(articles))
	published := mustDate("2006-01-01")
	nlp.Model() // the one-time model load is not part of the per-article cost
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		for k, a := range articles {
			docs[k] = nlp.Analyze(a)
		}
		b.StartTimer()
		for _, d := range docs {
			stage(d, published)
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	articles := benchdata.Articles(b)
	b.SetBytes(benchdata.Bytes(articles))
	for i := 0; i < b.N; i++ {
		for _, a := range articles {
			nlp.Analyze(a)
		}
	}
}

// BenchmarkProse is prose's own tagger and NER over every paragraph, the cost newsbrief avoids by
// calling prose only on a few words around an undecided name.
func BenchmarkProse(b *testing.B) { benchStage(b, proseWholeArticle) }

func proseWholeArticle(d *nlp.Doc, _ time.Time) {
	for _, p := range d.Paragraphs {
		nlp.ProseTag(d.Text[p.Start:p.End], p.Start)
	}
}
func BenchmarkPeople(b *testing.B) {
	benchStage(b, func(d *nlp.Doc, published time.Time) { people.Extract(d) })
}
func BenchmarkQuotesStage(b *testing.B) {
	benchStage(b, func(d *nlp.Doc, published time.Time) { quotes.Extract(d, people.Extract(d)) })
}
func BenchmarkDatesStage(b *testing.B) {
	benchStage(b, func(d *nlp.Doc, published time.Time) { dates.Extract(d, published) })
}
func BenchmarkTroopsStage(b *testing.B) {
	benchStage(b, func(d *nlp.Doc, published time.Time) { troops.Extract(d) })
}

// BenchmarkBrief is the whole brief, from text to the Brief value.
func BenchmarkBrief(b *testing.B) {
	articles := benchdata.Articles(b)
	b.SetBytes(benchdata.Bytes(articles))
	nlp.Model()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range articles {
			Extract("bench", a, Options{Published: "2006-01-01", PublishedSource: brief.PublishedFromFlag})
		}
	}
}

// BenchmarkBriefLarge briefs one ~1 MB article made of the bench articles, to compare its per-byte
// cost with BenchmarkBrief's (the cost must stay linear in article size).
func BenchmarkBriefLarge(b *testing.B) {
	articles := benchdata.Articles(b)
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, a := range articles {
			sb.WriteString(a)
			sb.WriteString("\n\n")
		}
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	nlp.Model()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract("large", text, Options{Published: "2006-01-01", PublishedSource: brief.PublishedFromFlag})
	}
}

// FuzzExtract: any text gives a brief whose every span is the exact, valid slice of the text.
func FuzzExtract(f *testing.F) {
	for _, a := range benchdata.Articles(f)[:3] {
		f.Add(a)
	}
	f.Add("“unclosed quote\n\n“another")
	f.Add("\"\"\"\"\"''''''’’’”“")
	f.Add("Dec. 30 . . . !!! ??? ... U.S.S.R. J. R. R. Tolkien")
	f.Add("100,000,000,000 troops; 1.5.5 million; ,,,, 5,00")
	f.Add("\x1b[31mred\x1b[0m\r\r\n\t\v")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // input decoding guarantees UTF-8 before extraction
		}
		b := Extract("fuzz", text, Options{Published: "2021-12-29", PublishedSource: brief.PublishedFromFlag})
		for _, s := range b.Spans() {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Text || s.Line < 1 || s.Column < 1 {
				t.Fatalf("span %+v is not a slice of the text", *s)
			}
		}
	})
}

func mustDate(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}
