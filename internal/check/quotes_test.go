package check

import (
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/internal/brief"
)

func TestQuoteUnbalanced(t *testing.T) {
	runRule(t, "quote-unbalanced", []ruleCase{
		{name: "balanced curly", text: "“We will not back down,” the minister said. “Never.”\n"},
		{name: "balanced straight", text: "\"We will not back down,\" the minister said. \"Never.\"\n"},
		{name: "apostrophes ignored", text: "The minister’s aide said it wasn't 'over' yet, and Putin’s allies agreed.\n"},
		{name: "multi-paragraph convention",
			text: "“The talks were long and hard.\n\n“But in the end we agreed on a way forward,” he said.\n"},
		{name: "multi-paragraph straight",
			text: "\"The talks were long.\n\n\"We agreed,\" he said.\n"},
		{name: "wrapped line inside a quote",
			text: "He said: \"The talks were long and\nhard, but we agreed.\"\n"},
		{name: "unclosed curly at paragraph end",
			text: "Title line\n\nThe spokesman said the army “would respond with force.\n\nOfficials declined to comment.\n",
			want: []string{"3:29"}},
		{name: "unclosed straight at end of text",
			text: "The mayor said \"the bridge will reopen in May.", want: []string{"1:16"}},
		{name: "curly opener while open",
			text: "“We are ready, the general said. “Our troops are in place,” he added.\n",
			want: []string{"1:1"}},
		{name: "closing without opening",
			text: "The general said our troops are in place.” He left.\n", want: []string{"1:42"}},
		{name: "curly nested in straight", text: "\"Ask them: “Are you ready?” and wait,\" she said.\n"},
		{name: "curly nested in curly", text: "“I would rather live in what he calls “hell” than that,” she said.\n"},
		{name: "inches", text: "Trump is 6'3\" tall, the letter said. The 12\" screen broke.\n"},
		{name: "running quote not continued",
			text: "He said, \"We learned a lot today.\n\nIt was an emotional day for all of us.\"\n", want: []string{"1:10"}},
		{name: "opened with a closing mark before an ellipsis",
			text: "” … what I learned is that words matter,” he said.\n", want: []string{"1:1"}},
		{name: "paragraphs joined into one line", text: strings.Repeat("The talks went on. ", 80) +
			"He said, \"We have not analyzed it. \"We believe his words cannot distract the world.\" Talks resumed.\n"},
		{name: "two single marks for a double one", text: "He asked a “question’’ that stung, and ``another one'' too.\n"},
		{name: "doubled mark", text: "He said \"\"the plan works\" and left.\n", want: []string{"1:9"}},
		{name: "quote runs into its attribution", text: "\"We will win, he said.\n\n\"No doubt,\" she replied.\n", want: []string{"1:1"}},
		{name: "short phrase does not run on", text: "She said it was \"not who we are.\n\n\"How many times?\" she asked.\n", want: []string{"1:17"}},
		{name: "a long quote runs on", text: "He said the pope \"will not mention the presence in Lebanon even if he was the first to demand it.\n\n\"But this will occur at the right time.\"\n"},
		{name: "opened with a closing mark",
			text: "”Mr. Smith embodies the old politics.” ― a reader\n", want: []string{"1:1"}},
		{name: "curly closed with straight",
			text: "“And I don't think he has done anything like this. He ought to pull that back,\" Smith said.\n", want: []string{"1:79"}},
		{name: "straight opener while open",
			text: "\"We are ready, the general said. \"Our troops are in place,\" he added.\n",
			want: []string{"1:1"}},
	})
}

func TestQuoteUnattributed(t *testing.T) {
	text := "“The ceasefire is holding and we expect it to last,” a statement read.\n\n" +
		"She called the plan “unenviable”.\n\n" +
		"“We will keep talking,” Smith said.\n"
	b := brief.New("t")
	b.Quotes = []brief.Quote{
		{Span: brief.Span{Text: "The ceasefire is holding and we expect it to last,", Start: 3, End: 54}},
		{Span: brief.Span{Text: "unenviable", Start: 100, End: 110}},
		{Span: brief.Span{Text: "We will keep talking,", Start: 122, End: 143}, Speaker: brief.Str("Smith")},
	}
	runRule(t, "quote-unattributed", []ruleCase{
		{name: "sentence without speaker", text: text, b: b, want: []string{"1:2"}},
		{name: "attributed by mention", text: text, b: func() *brief.Brief {
			c := *b
			c.Quotes = append([]brief.Quote{}, b.Quotes...)
			c.Quotes[0].SpeakerMention = &brief.Mention{Text: "a statement", Start: 58, End: 69}
			return &c
		}()},
		{name: "speech verb in the paragraph", text: shouted, b: quotesAt(shouted, "This is a big year for us!", "The nation is watching Virginia.")},
		{name: "transcript", text: transcript, b: quotesAt(transcript, "But the truth is that he has a unique way of talking to people.")},
		{name: "a quote standing alone", text: alone, b: quotesAt(alone, "If any bank cannot be managed, it should be broken up."), want: []string{"3:2"}},
	})
}

const (
	shouted    = "\"This is a big year for us!\" his niece shouted to the crowd. \"The nation is watching Virginia.\"\n"
	transcript = "PENCE: Well, look, you know.\n\n\"But the truth is that he has a unique way of talking to people.\"\n"
	alone      = "Clinton spoke about banks on Monday.\n\n\"If any bank cannot be managed, it should be broken up.\"\n"
)

// quotesAt is a brief whose quotes (without speakers) are the given words of text.
func quotesAt(text string, quotes ...string) *brief.Brief {
	b := brief.New("t")
	for _, q := range quotes {
		i := indexOf(text, q)
		b.Quotes = append(b.Quotes, brief.Quote{Span: brief.Span{Text: q, Start: i, End: i + len(q)}})
	}
	return b
}
