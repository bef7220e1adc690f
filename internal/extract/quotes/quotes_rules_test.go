package quotes

import (
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// quoteTexts runs the quote extractor without people and returns the quote texts.
func quoteTexts(text string) []string {
	var out []string
	for _, q := range Extract(nlp.Analyze(text), nil) {
		out = append(out, q.Text)
	}
	return out
}

func TestTitlesWithSentencePunctuationInsideTheMarks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"show name closed by a comma", `On Sunday's broadcast of "Meet the Voters," Senator Ann Cole said the bill would pass.`, nil},
		{"book title closed by a full stop", `She tells the story in her memoir, "A Long Way From Home."`, nil},
		{"programme name in curly marks", `The two parties introduced the “Contract for Working Families,” which promised lower taxes.`, nil},
		// Under three words the first piece is no entry of its own: the quotation is reported from
		// its resumed piece (issue 16: phrases under 3 words get no quote entry).
		{"one capitalised word opens speech", `"Honestly," she said, "we did not expect to win this district."`,
			[]string{"we did not expect to win this district."}},
		{"a quoted Title Case headline is a sentence", `The campaign sent an email stating, "Governor Joins Long List of Leaders Backing the Plan as Vote Nears."`,
			[]string{"Governor Joins Long List of Leaders Backing the Plan as Vote Nears."}},
		{"speech in lower case is kept", `"We will rebuild every house," the mayor said.`, []string{"We will rebuild every house"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quoteTexts(tt.text); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTranscriptLinesAreNotQuotes(t *testing.T) {
	text := "Partial transcript as follows:\n\n" +
		"\"HOST: Senator, will you vote for the bill next week?\n\n" +
		"\"COLE: I will, because the families in my state need the help now.\n\n" +
		"\"Nobody in my state wants to wait another year for it,\" Cole added."
	got := quoteTexts(text)
	want := []string{"Nobody in my state wants to wait another year for it"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, tc := range []struct {
		words string
		want  bool
	}{
		{"HOST: Senator, will you vote?", true},
		{"MR. COLE: I will.", true},
		{"Cole: I will.", false},
		{"NATO is ready: we are.", false},
		{"US: We are ready.", true},
	} {
		d := &doc{nlp.Analyze(tc.words)}
		if got := isTranscriptLine(d.Tokens); got != tc.want {
			t.Errorf("isTranscriptLine(%q) = %v, want %v", tc.words, got, tc.want)
		}
	}
}

func TestAttributionBeforeTheNextQuote(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		want  []wantQuote
	}{
		{"colon after a full-stop quote introduces the next quote",
			`"The deal is dead." Tom Becker added: "We will not negotiate again this year."`,
			[]string{"Tom Becker"},
			[]wantQuote{
				{"The deal is dead.", "", "", ""},
				{"We will not negotiate again this year.", "Tom Becker", "Tom Becker", "added"},
			}},
		{"a question and an answer",
			"Asked about the vote, Ann Cole said, \u201cWhy would I change my mind now?\u201d Tom Becker replied, \u201cBecause the voters already have.\u201d",
			[]string{"Ann Cole", "Tom Becker"},
			[]wantQuote{
				{"Why would I change my mind now?", "Ann Cole", "Ann Cole", "said"},
				{"Because the voters already have.", "Tom Becker", "Tom Becker", "replied"},
			}},
		{"adding with a colon opens a second quotation",
			`"The plant will stay open," Ann Cole said, adding: "Nobody here will lose a job this year."`,
			[]string{"Ann Cole"},
			[]wantQuote{
				{"The plant will stay open", "Ann Cole", "Ann Cole", "said"},
				{"Nobody here will lose a job this year.", "Ann Cole", "Ann Cole", "adding"},
			}},
		{"a colon after a label's attribution opens the quotation",
			`A trade deal may come "somewhere down the line," he warned: "It will not happen any time soon."`,
			nil,
			[]wantQuote{
				{"somewhere down the line", "", "he", "warned"},
				{"It will not happen any time soon.", "", "he", "warned"},
			}},
		{"a comma quote resumed after its attribution stays one quotation",
			`"We are not leaving," Omar Haddad said, "and nobody can make us."`,
			[]string{"Omar Haddad"},
			[]wantQuote{{"We are not leaving", "Omar Haddad", "Omar Haddad", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runQuotes(t, tt.text, tt.names, tt.want) })
	}
}

func TestMoreReportingVerbs(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		want  []wantQuote
	}{
		{"barked after the quote", `“Sit down and wait your turn,” Mayor Ann Cole barked at the reporter.`, []string{"Ann Cole"},
			[]wantQuote{{"Sit down and wait your turn", "Ann Cole", "Mayor Ann Cole", "barked"}}},
		{"shot back before the quote", `When critics called the plan reckless, Tom Becker shot back, “Doing nothing is far more reckless.”`,
			[]string{"Tom Becker"},
			[]wantQuote{{"Doing nothing is far more reckless.", "Tom Becker", "Tom Becker", "shot back"}}},
		{"fired back after the quote", `"They have no plan of their own," Becker fired back on Monday.`, []string{"Tom Becker"},
			[]wantQuote{{"They have no plan of their own", "Tom Becker", "Becker", "fired back"}}},
		{"as X put it", `As the historian Ruth Mills put it: "Every empire believes it is the exception."`, []string{"Ruth Mills"},
			[]wantQuote{{"Every empire believes it is the exception.", "Ruth Mills", "the historian Ruth Mills", "put it"}}},
		{"points out", `“Nobody has asked the farmers what they need,” Mills points out.`, []string{"Ruth Mills"},
			[]wantQuote{{"Nobody has asked the farmers what they need", "Ruth Mills", "Mills", "points out"}}},
		{"charged", `"The minister has misled parliament for months," Senator Omar Haddad charged.`, []string{"Omar Haddad"},
			[]wantQuote{{"The minister has misled parliament for months", "Omar Haddad", "Senator Omar Haddad", "charged"}}},
		{"a document states", `"No employee may speak to the press without approval," the memo states.`, nil,
			[]wantQuote{{"No employee may speak to the press without approval", "", "the memo", "states"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runQuotes(t, tt.text, tt.names, tt.want) })
	}
}

func TestSpeakerPhraseShapes(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		want  []wantQuote
	}{
		{"signature line after a quoted paragraph",
			"Voters sent us their views after the debate.\n\n\"He never answered a single question about the budget.\"\n\n- Ruth Mills, Ohio.",
			[]string{"Ruth Mills"},
			[]wantQuote{{"He never answered a single question about the budget.", "Ruth Mills", "Ruth Mills", "-"}}},
		{"a name modifying the head noun is not the speaker",
			"Tom Becker lost the primary in March.\n\n\"He never saw it coming,\" said a 2016 Becker volunteer.",
			[]string{"Tom Becker"},
			[]wantQuote{{"He never saw it coming", "", "a 2016 Becker volunteer", "said"}}},
		{"supporter of a named candidate is unnamed",
			`"We need someone who will fight for us," said a Becker supporter at the rally.`,
			[]string{"Tom Becker"},
			[]wantQuote{{"We need someone who will fight for us", "", "a Becker supporter", "said"}}},
		{"number before a title and a name",
			`"The law still does not protect our families," said 9/11 widow Ruth Mills.`,
			[]string{"Ruth Mills"},
			[]wantQuote{{"The law still does not protect our families", "Ruth Mills", "9/11 widow Ruth Mills", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runQuotes(t, tt.text, tt.names, tt.want) })
	}
}

func TestGivenNamesThatAreCommonWords(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"said Will Doyle", `"Tuition keeps rising faster than wages," said Will Doyle, a professor of education.`,
			[]wantQuote{{"Tuition keeps rising faster than wages", "Will Doyle", "Will Doyle", "said"}}},
		{"Will Doyle said", `"Tuition keeps rising faster than wages," Will Doyle said.`,
			[]wantQuote{{"Tuition keeps rising faster than wages", "Will Doyle", "Will Doyle", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runQuotes(t, tt.text, []string{"Will Doyle"}, tt.want) })
	}
	runQuotes(t, `"Nobody expected the vote to be this close," remembered Ann Cole, a former aide.`, []string{"Ann Cole"},
		[]wantQuote{{"Nobody expected the vote to be this close", "Ann Cole", "Ann Cole", "remembered"}})
}

func TestNicknameMarksInsideASpeakersName(t *testing.T) {
	text := `"This is the year we win the county!" his niece, Marcia "Cia" Price, shouted to the crowd.`
	runQuotes(t, text, []string{"Marcia Price"},
		[]wantQuote{{"This is the year we win the county!", "Marcia Price", "Price", "shouted"}})
	d := &doc{nlp.Analyze(`Former aide John "Tig" Tiegen said "nobody came to help us that night."`)}
	spans := findQuoteSpans(d)
	if len(spans) != 2 || !d.isNickname(spans[0]) || d.isNickname(spans[1]) {
		t.Errorf("nickname detection wrong for %d spans", len(spans))
	}
}

func TestUnattributedPartialQuotes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"partial quote that nothing attributes", "In the valley, there is now \"a sense that nobody in the capital is listening.\"", nil},
		{"partial quote with a speaker is kept", "Mayor Ann Cole said there is now \"a sense that nobody in the capital is listening.\"",
			[]string{"a sense that nobody in the capital is listening."}},
		{"full sentence without attribution is kept", "Across the valley, farmers are angry.\n\n\"Nobody in the capital is listening to us.\"",
			[]string{"Nobody in the capital is listening to us."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quoteTexts(tt.text); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
