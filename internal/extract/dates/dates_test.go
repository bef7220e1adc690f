package dates

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsbrief/newsbrief/internal/brief"

	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

func datesOf(t testing.TB, published, text string) map[string][]string {
	t.Helper()
	d := &doc{nlp.Analyze(text)}
	var p time.Time
	if published != "" {
		var err error
		p, err = time.Parse("2006-01-02", published)
		if err != nil {
			t.Fatalf("bad published %q", published)
		}
	}
	got := map[string][]string{}
	for _, x := range must((&Scan{d: d}).Extract(p)) {
		if x.Text != text[x.Start:x.End] {
			t.Fatalf("span text %q is not the slice %q", x.Text, text[x.Start:x.End])
		}
		got[x.Text] = append(got[x.Text], x.Value)
	}
	return got
}

func TestDatelineDateIsSkipped(t *testing.T) {
	text := "Patriarch hopes for unity\n\nBKERKE, Lebanon, April 25, 1997 (AFP)\n\nThe cardinal said Friday he hopes the visit will help."
	got := datesOf(t, "1997-04-25", text)
	if _, ok := got["April 25, 1997"]; ok {
		t.Errorf("dateline date reported: %v", got)
	}
	if v := got["Friday"]; len(v) != 1 || v[0] != "1997-04-25" {
		t.Errorf("Friday = %v, want 1997-04-25", v)
	}
}

func TestInferPublished(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"weekday and date with tomorrow",
			"The leaders will speak on Thursday, December 30, officials said.\n\nThey will also meet in January 2022.\n\nThe two are to hold talks tomorrow.",
			"2021-12-29"},
		{"date line under the headline",
			"Storm floods the coast\n\nMonday, May 18, 2015\n\nOn Friday, fishermen rescued 700 people.",
			"2015-05-18"},
		{"dateline with its year",
			"Bombs hit the south\n\nBANGKOK, Nov. 17, 2006 (Xinhua)\n\nThree bombs exploded Friday morning.",
			"2006-11-17"},
		{"dateline without agency",
			"by A Reporter\n\nLONDON, Dec 14, 2006, 2006\n\nA probe found no proof, officials said Thursday.",
			"2006-12-14"},
		{"dateline without year, weekday in the lede",
			"Leaders meet\n\nWASHINGTON, March 12 (Xinhua) --\n\nThe three countries Friday formally joined the alliance, which they were invited to join in 1998.",
			"1999-03-12"},
		{"no evidence", "The minister resigned yesterday after a scandal.", ""},
		{"only old years", "HEMPSTEAD, N.Y., Sept. 26 (UPI) — The candidate was escorted out on Monday. She also ran in 2012.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &doc{nlp.Analyze(c.text)}
			got, source, ok := Published(d.Doc)
			if c.want == "" {
				if ok {
					t.Fatalf("inferred %s from %s, want unknown", got.Format("2006-01-02"), source)
				}
				return
			}
			if !ok || got.Format("2006-01-02") != c.want {
				t.Fatalf("got %v (%s, %v), want %s", got.Format("2006-01-02"), source, ok, c.want)
			}
		})
	}
}

func TestTenseCues(t *testing.T) {
	cases := []struct {
		text, date string
		want       tense
	}{
		{"Blinken spoke on Wednesday with Zelenskyy.", "Wednesday", tensePast},
		{"The ministers will meet on Monday in Geneva.", "Monday", tenseFuture},
		{"The referendum is to be held from November 20.", "November", tenseFuture},
		{"Results will be announced by Monday noon.", "Monday", tenseFuture},
		{"The bomb exploded next to the embassy on Friday.", "Friday", tensePast},
		{"The talks, officials said, were a success on Monday.", "Monday", tensePast},
		{"The ceasefire, officials said, holds on Monday.", "Monday", tenseUnknown},
	}
	for _, c := range cases {
		d := &doc{nlp.Analyze(c.text)}
		s := newDateScanner(d)
		start := strings.Index(c.text, c.date)
		i := d.TokenIndex(start)
		if got := s.tenseAround(i, i+1); got != c.want {
			t.Errorf("%q: tense at %q = %v, want %v", c.text, c.date, got, c.want)
		}
	}
}

func TestCalendarHelpers(t *testing.T) {
	if got := isoWeek(day(2021, 1, 2)); got != "2020-W53" {
		t.Errorf("isoWeek(2021-01-02) = %s, want 2020-W53", got)
	}
	if got := lastWeekday(day(2021, 12, 29), time.Wednesday); !got.Equal(day(2021, 12, 22)) {
		t.Errorf("lastWeekday = %v", got)
	}
	if got := nextWeekday(day(2021, 12, 29), time.Thursday); !got.Equal(day(2021, 12, 30)) {
		t.Errorf("nextWeekday = %v", got)
	}
	if y, m := addMonths(2021, 1, -2); y != 2020 || m != 11 {
		t.Errorf("addMonths = %d-%d", y, m)
	}
}

func BenchmarkDates(b *testing.B) {
	text, err := os.ReadFile("../../../testdata/seed.txt")
	if err != nil {
		b.Skip("no seed article")
	}
	d := &doc{nlp.Analyze(string(text))}
	published := day(2021, 12, 29)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		(&Scan{d: d}).Extract(published)
	}
}

// must drops extract's truncation flag, which no test article sets.
func must(out []brief.Date, truncated bool) []brief.Date {
	if truncated {
		panic("truncated")
	}
	return out
}
