package check

import (
	"testing"

	"github.com/newsbrief/newsbrief/internal/brief"
)

func published(date string) *brief.Brief {
	b := brief.New("t")
	b.Published = brief.Str(date)
	return b
}

func TestDateWeekdayMismatch(t *testing.T) {
	runRule(t, "date-weekday-mismatch", []ruleCase{
		{name: "wrong weekday with year", text: "The two leaders will speak on Thursday, December 31, 2021, officials said.\n", want: []string{"1:31"}},
		{name: "right weekday with year", text: "The two leaders will speak on Thursday, December 30, 2021, officials said.\n"},
		{name: "day first", text: "Polls open on Friday, 30 December 2021 across the country.\n", want: []string{"1:15"}},
		{name: "year from publication", text: "The summit opens on Monday, Jan. 3, diplomats said.\n", b: published("2021-12-29")},
		{name: "wrong, year from publication", text: "The summit opens on Tuesday, Jan. 3, diplomats said.\n", b: published("2021-12-29"), want: []string{"1:21"}},
		{name: "no year anywhere", text: "The summit opens on Tuesday, Jan. 3, diplomats said.\n"},
		{name: "no such day", text: "Talks began on Monday, February 30, 2021 in Vienna.\n", want: []string{"1:16"}},
	})
}

func TestDateUnresolved(t *testing.T) {
	withDate := brief.New("t")
	withDate.Dates = []brief.Date{{Span: brief.Span{Text: "December 30", Start: 21, End: 32}, Value: "XXXX-12-30"}}
	runRule(t, "date-unresolved", []ruleCase{
		{name: "relative words", text: "Putin and Biden will speak tomorrow. Earlier this week, Putin said he would ponder options.\n",
			want: []string{"1:28", "1:46"}},
		{name: "brief date without year", text: "Talks will resume on December 30 in Geneva.\n", b: withDate, want: []string{"1:22"}},
		{name: "weekday with its date", text: "They will speak on Thursday, December 30, 2021.\n"},
		{name: "published", text: "Putin and Biden will speak tomorrow.\n", b: published("2021-12-29")},
	})
}
