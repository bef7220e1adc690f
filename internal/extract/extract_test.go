package extract

import (
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/dates"
	"github.com/newsbrief/newsbrief/internal/extract/internal/benchdata"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
	"github.com/newsbrief/newsbrief/internal/extract/people"
	"github.com/newsbrief/newsbrief/internal/extract/troops"
)

func TestLocate(t *testing.T) {
	text := "Ab “c” Putin\r\nsecond Putin\rthird Putin\nlast Putin"
	b := brief.New("x")
	for _, start := range []int{strings.Index(text, "Putin"), strings.Index(text, "second Putin") + 7, strings.Index(text, "third Putin") + 6, strings.Index(text, "last Putin") + 5} {
		b.Dates = append(b.Dates, brief.Date{Span: brief.Span{Text: "Putin", Start: start, End: start + 5}})
	}
	// Out of order on purpose: locate must not depend on the order of the lists.
	b.Dates[0], b.Dates[3] = b.Dates[3], b.Dates[0]
	locate(text, b)
	want := [][2]int{{4, 6}, {2, 8}, {3, 7}, {1, 8}}
	for i, d := range b.Dates {
		if d.Line != want[i][0] || d.Column != want[i][1] {
			t.Errorf("span at %d: line %d column %d, want %v", d.Start, d.Line, d.Column, want[i])
		}
	}
}

func TestCreditLine(t *testing.T) {
	text := "Rebels seize airport by Jane Smith\r\n\r\nKHARTOUM, April 2, 1997 (AFP) - Rebels took the airport.\r\n\r\nAlso Read | Army vows to retake town\r\n\r\nFollow us on Twitter\r\n\r\n[Edited with AP inputs]"
	if got := credit(nlp.Analyze(text)); got == nil || *got != "AP" {
		t.Errorf("credit = %v", got)
	}
}

// TestGistFurniture: the gist never opens with a dateline of any agency style, nor with a photo
// caption; a photographer named only in credits is no person of the story.
func TestGistFurniture(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Rebels take town\n\nO'SMACH, Cambodia (AP)_ Government troops pushed into the border town on Friday after a week of fighting.", "Government troops pushed"},
		{"Rebels take town\n\nPHNOM PENH, Cambodia (AP) — Government troops pushed into the border town on Friday after a week of fighting.", "Government troops pushed"},
		{"Rebels take town\n\nWASHINGTON (AP) — The Senate voted on Friday to send the aid bill to the president.", "The Senate voted"},
		{"Rebels take town\n\nLONDON, Dec 14 (Reuters) - The bank raised its main rate on Thursday for the first time in years.", "The bank raised"},
		{"Fans flock to the fair\n\nThe far end of the hall, shortly after opening on Friday. Image: Dana Kowalski.\n\nThousands of fans filled the convention centre this weekend for the yearly comic fair.", "Thousands of fans"},
	} {
		b := Extract("x", c.text, Options{})
		if len(b.Gist) == 0 || !strings.HasPrefix(b.Gist[0], c.want) {
			t.Errorf("gist of %q = %q, want it to start %q", c.text, b.Gist, c.want)
		}
		for _, p := range b.People {
			if p.Name == "Dana Kowalski" {
				t.Errorf("a photographer named only in a credit is listed: %+v", p)
			}
		}
	}
}

// An article of nothing but weekdays stops at dates.MaxMentions and says so; a real one does not.
func TestTruncatedDates(t *testing.T) {
	b := Extract("t", strings.Repeat("Monday ", dates.MaxMentions+10), Options{Published: "2021-12-29", PublishedSource: brief.PublishedFromFlag})
	if !b.Truncated || len(b.Dates) > dates.MaxMentions {
		t.Fatalf("truncated %v with %d dates", b.Truncated, len(b.Dates))
	}
	if b := Extract("t", "Talks resume on Monday.", Options{}); b.Truncated {
		t.Fatal("a short article marked truncated")
	}
}

// An article of nothing but troop figures stops at troops.MaxFigures and says so.
func TestTruncatedTroops(t *testing.T) {
	b := Extract("t", strings.Repeat("1,000 troops and ", troops.MaxFigures+10), Options{})
	if !b.Truncated || len(b.Troops) > troops.MaxFigures+1 {
		t.Fatalf("truncated %v with %d figures", b.Truncated, len(b.Troops))
	}
}

// An article naming one person more than people.MaxMentions times lists that many mentions and says
// it was truncated; salience still counts them all.
func TestTruncatedMentions(t *testing.T) {
	b := Extract("t", strings.Repeat("Senator Alma Reyes spoke. Reyes left. ", people.MaxMentions/2+10), Options{})
	n := 0
	for _, p := range b.People {
		n += len(p.Mentions)
	}
	if !b.Truncated || n != people.MaxMentions {
		t.Fatalf("truncated %v with %d mentions listed, want %d", b.Truncated, n, people.MaxMentions)
	}
}

// A person's mentions come in text order, which quote attribution relies on when it walks back from
// a speaker to the person's latest full mention.
func TestPersonMentionsInTextOrder(t *testing.T) {
	people := 0
	for _, a := range benchdata.Articles(t) {
		for _, p := range Extract("a", a, Options{}).People {
			people++
			for i := 1; i < len(p.Mentions); i++ {
				if p.Mentions[i].Start <= p.Mentions[i-1].Start {
					t.Errorf("%s: mention %d at %d follows one at %d", p.Name, i, p.Mentions[i].Start, p.Mentions[i-1].Start)
				}
			}
		}
	}
	if people < 20 {
		t.Fatalf("only %d people in the bench articles", people)
	}
}
