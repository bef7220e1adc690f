package quotes

import "testing"

// TestQuotesIntroducedOutsideTheirSentence covers quotes whose speaker is named in the sentence or
// paragraph before them.
func TestQuotesIntroducedOutsideTheirSentence(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		want  []wantQuote
	}{
		{"a paraphrase then the quote",
			"The museum opened its new wing on Friday.\n\nRuth Mills also said the painter was a shrewd businesswoman. \"She sold the same picture in four colours and let buyers choose.\"",
			[]string{"Ruth Mills"},
			[]wantQuote{{"She sold the same picture in four colours and let buyers choose.", "Ruth Mills", "Ruth Mills", "said"}}},
		{"the paraphrase's speaker wins over an earlier quote's",
			"\"Crops suffer most in dry years,\" the ministry notes.\n\nLena Vuk noted that the findings show cleaner air matters. \"Cleaner air would raise yields in every region we studied.\"",
			[]string{"Lena Vuk"},
			[]wantQuote{
				{"Crops suffer most in dry years", "", "the ministry", "notes"},
				{"Cleaner air would raise yields in every region we studied.", "Lena Vuk", "Lena Vuk", "noted"},
			}},
		{"an unnamed source in the sentence before does not carry the quote",
			"\"We will rebuild the bridge,\" Tom Becker said.\n\nOfficials said the work would take a year. \"Nobody will be able to cross it before spring.\"",
			[]string{"Tom Becker"},
			[]wantQuote{
				{"We will rebuild the bridge", "Tom Becker", "Tom Becker", "said"},
				{"Nobody will be able to cross it before spring.", "Tom Becker", "Tom Becker", "said"},
			}},
		{"a person named inside the sentence before is not its reporting subject",
			"The shop was robbed after the owner, Ann Cole, had closed the till, police said. \"Nobody expected anyone to come back that late.\"",
			[]string{"Ann Cole"},
			[]wantQuote{{"Nobody expected anyone to come back that late.", "", "", ""}}},
		{"an unnamed speaker with a participle phrase after the quote",
			`"It looks as though they panicked," a detective, speaking on condition of anonymity, said of the robbers.`,
			nil,
			[]wantQuote{{"It looks as though they panicked", "", "a detective", "said"}}},
		{"a short quote inside the clause before the quote",
			`During the debate, Ann Cole defended the budget while promising a "full review" from the treasury is coming: "We will publish every figure before the vote."`,
			[]string{"Ann Cole"},
			[]wantQuote{{"We will publish every figure before the vote.", "Ann Cole", "Ann Cole", "promising"}}},
		{"a cue and a comma ending the paragraph before a quoted paragraph",
			"Becker described the night in a long post. Becker stated,\n\n\"The officers took him to an office on the top floor and questioned him for hours.\"",
			[]string{"Tom Becker"},
			[]wantQuote{{"The officers took him to an office on the top floor and questioned him for hours.", "Tom Becker", "Becker", "stated"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runQuotes(t, tt.text, tt.names, tt.want) })
	}
}
