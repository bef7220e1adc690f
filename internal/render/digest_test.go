package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/internal/brief"
)

func digestBriefs() []*brief.Brief {
	a := brief.New("a.txt")
	a.People = []brief.Person{
		{Name: "Vladimir Putin", Titles: []string{"President"}, Mentions: []brief.Span{{}, {}}},
		{Name: "Antony Blinken", Titles: []string{"Secretary of State"}, Mentions: []brief.Span{{}}},
	}
	a.Dates = []brief.Date{{Span: brief.Span{Text: "Thursday"}, Value: "2021-12-30", Event: "the leaders will speak"}}
	a.Troops = []brief.Troop{{Span: brief.Span{Text: "100,000 troops"}, Count: brief.Int(100000), Approximate: true, Unit: "troops", Who: brief.Str("Russia")}}
	a.Quotes = []brief.Quote{{Span: brief.Span{Text: "We are ready"}, Speaker: brief.Str("Vladimir Putin")}}

	b := brief.New("b.txt")
	b.People = []brief.Person{{Name: "Putin", Mentions: []brief.Span{{}}}, {Name: "Emily Horne", Mentions: []brief.Span{{}}}}
	b.Dates = []brief.Date{{Span: brief.Span{Text: "December 30"}, Value: "2021-12-30"}, {Span: brief.Span{Text: "January 10"}, Value: "2022-01-10"}, {Span: brief.Span{Text: "in 2021"}, Value: "2021"}}
	b.Troops = []brief.Troop{
		{Span: brief.Span{Text: "175,000 Russian troops"}, Count: brief.Int(175000), Unit: "troops", Who: brief.Str("russia")},
		{Span: brief.Span{Text: "thousands of soldiers"}, Unit: "soldiers"},
		{Span: brief.Span{Text: "8,000 Ukrainian troops"}, Count: brief.Int(8000), Unit: "troops", Who: brief.Str("Ukraine")},
	}
	b.Quotes = []brief.Quote{
		{Span: brief.Span{Text: "The talks were useful"}, Speaker: brief.Str("Vladimir Putin")},
		{Span: brief.Span{Text: "No comment"}},
		{Span: brief.Span{Text: "a range of topics"}, SpeakerMention: &brief.Mention{Text: "a spokeswoman"}},
	}
	return []*brief.Brief{a, b}
}

func TestDigest(t *testing.T) {
	db := NewDigestBuilder()
	for _, b := range digestBriefs() {
		db.Add(b)
	}
	d := db.Digest(2)
	if d.Articles != 2 || len(d.People) != 2 {
		t.Fatalf("%+v", d)
	}
	// "Putin" alone in b.txt is counted with "Vladimir Putin".
	if p := d.People[0]; p.Name != "Vladimir Putin" || p.Count != 2 || p.Mentions != 3 || strings.Join(p.IDs, ",") != "a.txt,b.txt" {
		t.Errorf("top person %+v", p)
	}
	if d.People[1].Name != "Antony Blinken" {
		t.Errorf("ties keep first-seen order: %+v", d.People[1])
	}
	var values []string
	for _, dt := range d.Timeline {
		values = append(values, dt.Value+"="+strings.Join(dt.Words, "/"))
	}
	if got := strings.Join(values, " "); got != "2021=in 2021 2021-12-30=Thursday/December 30 2022-01-10=January 10" {
		t.Errorf("timeline %s", got)
	}
	// The timeline says what each date dates, with the article it comes from.
	if ev := d.Timeline[1].Events; len(ev) != 1 || ev[0].Text != "the leaders will speak" || ev[0].ID != "a.txt" {
		t.Errorf("timeline events %+v", ev)
	}
	if len(d.Troops) != 3 || d.Troops[0].Who != "Russia" || len(d.Troops[0].Figures) != 2 || d.Troops[1].Who != "Ukraine" || d.Troops[2].Who != "" {
		t.Errorf("troops %+v", d.Troops)
	}
	if len(d.Quotes) != 3 || d.Quotes[0].Speaker != "Vladimir Putin" || len(d.Quotes[0].Quotes) != 2 || d.Quotes[1].Speaker != "a spokeswoman" || d.Quotes[2].Speaker != "" {
		t.Errorf("quotes %+v", d.Quotes)
	}
	if all := db.Digest(0); len(all.People) != 3 {
		t.Errorf("top 0 lists all: %d", len(all.People))
	}
}

func TestWriteDigestFormats(t *testing.T) {
	db := NewDigestBuilder()
	for _, b := range digestBriefs() {
		db.Add(b)
	}
	d := db.Digest(0)
	var text, md, js bytes.Buffer
	if err := WriteDigest("text", &text, Options{}, d); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Digest of 2 articles", "Vladimir Putin — President  (2 articles)", "2021-12-30  Thursday, December 30  (2 articles)", "~100,000 troops", "force not named", "unattributed"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, text.String())
		}
	}
	if err := WriteDigest("markdown", &md, Options{}, d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "| Vladimir Putin | President | 2 |") || !strings.Contains(md.String(), "### Russia") {
		t.Errorf("markdown:\n%s", md.String())
	}
	if err := WriteDigest("json", &js, Options{}, d); err != nil {
		t.Fatal(err)
	}
	var back Digest
	if err := json.Unmarshal(js.Bytes(), &back); err != nil || back.Schema != DigestSchema || back.People[0].Count != 2 {
		t.Errorf("json: %v %+v", err, back)
	}
	if err := WriteDigest("yaml", &js, Options{}, d); err == nil {
		t.Error("yaml accepted")
	}
}
