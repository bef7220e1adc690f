package dates

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// dateCase is one sentence in news style, its publication date ("" when unknown), the span that must
// be reported and its TIMEX3 value.
type dateCase struct {
	published string
	text      string
	span      string
	value     string
}

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
	for _, x := range extract(d, p) {
		if x.Text != text[x.Start:x.End] {
			t.Fatalf("span text %q is not the slice %q", x.Text, text[x.Start:x.End])
		}
		got[x.Text] = append(got[x.Text], x.Value)
	}
	return got
}

func runDateCases(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.span+"/"+c.published, func(t *testing.T) {
			got := datesOf(t, c.published, c.text)
			values, ok := got[c.span]
			if !ok {
				t.Fatalf("%q: no date %q; got %v", c.text, c.span, got)
			}
			if values[0] != c.value {
				t.Errorf("%q: %q = %s, want %s", c.text, c.span, values[0], c.value)
			}
		})
	}
}

func TestAbsoluteDates(t *testing.T) {
	runDateCases(t, []dateCase{
		{"2021-12-29", "The two leaders will speak on Thursday, December 30, officials said.", "Thursday, December 30", "2021-12-30"},
		{"2005-10-31", "Iraqis will vote in the Dec. 15 election.", "Dec. 15", "2005-12-15"},
		{"2021-06-01", "The treaty was signed on 30 December 2020 in Brussels.", "30 December 2020", "2020-12-30"},
		{"2021-06-01", "The ISO form 2021-12-30 appears in the filing.", "2021-12-30", "2021-12-30"},
		{"2021-06-01", "The deadline is 12/30/2021, the ministry said.", "12/30/2021", "2021-12-30"},
		{"", "Friday, July 21, 2017", "Friday, July 21, 2017", "2017-07-21"},
		{"1997-04-21", "Britain seized the territory in January 1841.", "January 1841", "1841-01"},
		{"1997-04-25", "The pope will visit Lebanon on May 10-11.", "May 10-11", "1997-05-10"},
		{"2006-12-29", "The July 12-August 14 war ended in a ceasefire.", "August 14", "2006-08-14"},
		{"2006-12-29", "The probe was handed in mid-October to a reserve general.", "mid-October", "2006-10"},
		{"1997-04-21", "Troops will leave by the end of May, he said.", "the end of May", "1997-05"},
		{"2014-01-28", "The exhibit runs until March 9 2014 at the museum.", "March 9 2014", "2014-03-09"},
	})
}

func TestYears(t *testing.T) {
	runDateCases(t, []dateCase{
		{"2021-12-29", "The country has been independent since 1962.", "1962", "1962"},
		{"2021-12-29", "The law was passed in 2005 after a long debate.", "2005", "2005"},
		{"1997-04-25", "It recovered from its 1975-1990 civil war.", "1975", "1975"},
		{"1997-04-25", "It recovered from its 1975-1990 civil war.", "1990", "1990"},
		{"2005-11-22", "Growth slowed in the 1990s, the report said.", "the 1990s", "199X"},
		{"2005-11-22", "The economy will boom in the next decade, he said.", "the next decade", "201X"},
		{"2005-11-22", "Such wars defined the 19th century.", "the 19th century", "18"},
		{"1998-01-20", "He was elected in nineteen ninety-six.", "nineteen ninety-six", "1996"},
	})
}

func TestSeasonsAndQuarters(t *testing.T) {
	runDateCases(t, []dateCase{
		{"2021-12-29", "The army was deployed last summer.", "last summer", "2021-SU"},
		{"2005-11-22", "Bulgaria hopes to sign a deal next spring.", "next spring", "2006-SP"},
		{"2005-11-22", "The bases will open in spring next year.", "spring next year", "2006-SP"},
		{"2006-12-29", "From next week officers will examine failures in the 34-day summer war.", "summer", "2006-SU"},
		{"1989-10-26", "The company posted a 54% drop in third-quarter profit.", "third-quarter", "1989-Q3"},
		{"2022-01-20", "Results for the fourth quarter of 2021 were strong.", "the fourth quarter of 2021", "2021-Q4"},
		{"1990-02-10", "The firm reported a loss for the fourth quarter.", "the fourth quarter", "1989-Q4"},
		{"1989-10-26", "Net fell to $5 million in the third quarter from $8 million a year ago.", "a year ago", "1988-Q3"},
	})
}

func TestWeekdays(t *testing.T) {
	runDateCases(t, []dateCase{
		// Publication on Wednesday 2021-12-29.
		{"2021-12-29", "Blinken spoke on Wednesday with Zelenskyy.", "Wednesday", "2021-12-29"},
		{"2021-12-29", "The minister spoke on Monday with his counterpart.", "Monday", "2021-12-27"},
		{"2021-12-29", "The ministers will meet on Monday in Geneva.", "Monday", "2022-01-03"},
		{"2021-12-29", "Officials said Friday that talks had stalled.", "Friday", "2021-12-24"},
		{"2021-12-29", "Two people were killed late Tuesday in the capital.", "late Tuesday", "2021-12-28"},
		{"2021-12-29", "The body was found Monday evening near the river.", "Monday evening", "2021-12-27"},
		{"2021-12-29", "The vote took place last Friday.", "last Friday", "2021-12-24"},
		{"2021-12-29", "The court will rule next Tuesday.", "next Tuesday", "2022-01-04"},
		{"2005-11-27", "Results will be announced by Monday noon, the chairman said.", "Monday noon", "2005-11-28"},
	})
}

func TestRelativeDates(t *testing.T) {
	runDateCases(t, []dateCase{
		{"2021-12-29", "Putin and Biden are to hold talks tomorrow.", "tomorrow", "2021-12-30"},
		{"2021-12-29", "The minister resigned yesterday.", "yesterday", "2021-12-28"},
		{"2021-12-29", "The president will speak today.", "today", "2021-12-29"},
		{"2021-12-29", "The rally will be held tonight.", "tonight", "2021-12-29"},
		{"2005-11-08", "Gunmen attacked a patrol late last night.", "late last night", "2005-11-07"},
		{"2021-12-29", "Earlier this week, Putin had said he would ponder options.", "Earlier this week", "2021-W52"},
		{"2021-12-29", "Earlier this month, Moscow submitted draft documents.", "Earlier this month", "2021-12"},
		{"2005-10-31", "Troops left the town last week.", "last week", "2005-W43"},
		{"2006-12-29", "The inquiry will resume next week.", "next week", "2007-W01"},
		{"1997-04-08", "Talks resumed last month.", "last month", "1997-03"},
		{"2005-11-24", "Exports rose this year.", "this year", "2005"},
		{"2005-11-22", "Prices rose sharply last year.", "last year", "2004"},
		{"2005-11-27", "Official results will be available by the end of next week.", "the end of next week", "2005-W48"},
		{"2005-10-31", "Attacks have risen since the beginning of this year.", "the beginning of this year", "2005"},
		{"2017-07-18", "The school opened seventeen years ago.", "seventeen years ago", "2000"},
		{"2021-12-29", "The army pulled back two weeks ago.", "two weeks ago", "2021-W50"},
		{"2021-12-29", "The envoy arrived three days ago.", "three days ago", "2021-12-26"},
		{"2021-12-29", "The envoys will meet again in two weeks.", "in two weeks", "2022-W02"},
		{"2015-09-22", "The fair drew crowds this weekend.", "this weekend", "2015-W38"},
		{"2005-11-07", "Communists rallied on Monday. Earlier in the day, veterans laid flowers.", "Earlier in the day", "2005-11-07"},
		{"2015-05-07", "Support was 25 percent this year, down from the year before.", "the year before", "2014"},
	})
}

func TestYearInference(t *testing.T) {
	runDateCases(t, []dateCase{
		// A past event in an April article refers back to last October.
		{"2022-04-12", "The ship sank on October 31, the coast guard said.", "October 31", "2021-10-31"},
		// A future event in a late-December article goes forward.
		{"2021-12-29", "The talks are expected to begin from January 10.", "January 10", "2022-01-10"},
		{"2005-10-31", "It was the worst month for US troops since January.", "January", "2005-01"},
		{"2005-11-22", "We can have a deal maybe in February or March, he will say.", "March", "2006-03"},
		{"1997-04-21", "No need for concern at the troops here 71 days before the handover in July, an official said Monday.", "July", "1997-07"},
		{"1998-02-06", "Prices peaked last February.", "last February", "1997-02"},
		{"1998-02-13", "The carrier will double its flights by August.", "August", "1998-08"},
	})
}

// TestUnknownPublication: without a publication date the values keep X placeholders for what only
// that date could tell.
func TestUnknownPublication(t *testing.T) {
	runDateCases(t, []dateCase{
		{"", "The vote is set for December 30.", "December 30", "XXXX-12-30"},
		{"", "The minister resigned yesterday.", "yesterday", "XXXX-XX-XX"},
		{"", "Troops left the town last week.", "last week", "XXXX-WXX"},
		{"", "Prices rose sharply last year.", "last year", "XXXX"},
		{"", "Officials said Friday that talks had stalled.", "Friday", "XXXX-WXX-5"},
		{"", "The army was deployed last summer.", "last summer", "XXXX-SU"},
		{"", "The law was passed in 2005.", "2005", "2005"},
	})
}

// TestNotDates: durations, sets, ages, vague references, times of day alone and numbers that count.
func TestNotDates(t *testing.T) {
	for _, text := range []string{
		"The siege lasted three months.",
		"It was the six-day war.",
		"The festival is held every year.",
		"A 25-year-old man was arrested.",
		"Prices have risen recently and now stand higher than in the past.",
		"The future of the talks is unclear.",
		"The meeting began at midday.",
		"More than 2000 troops were deployed.",
		"The bill may pass, and March is a verb in the sentence they march on.",
		"Police held a 1500 people crowd back.",
		"The Sunday Times reported the story.",
		"Russia celebrated the Nov. 7 holiday.",
		"The farmers grow winter wheat.",
	} {
		if got := datesOf(t, "2021-12-29", text); len(got) != 0 {
			t.Errorf("%q: want no dates, got %v", text, got)
		}
	}
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
		extract(d, published)
	}
}
