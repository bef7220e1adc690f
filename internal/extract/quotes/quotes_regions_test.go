package quotes

import "testing"

// TestTitlesInsideAnAttribution covers names of works and labels in marks that stand inside the
// attribution clause: they do not end it.
func TestTitlesInsideAnAttribution(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		want  []wantQuote
	}{
		{"a label on the speaker's clothes after the quote",
			`"We have had better weeks than this one," farm delegate Omar Haddad, wearing a straw hat and "Vote Cole" badges, said quietly.`,
			[]string{"Omar Haddad"},
			[]wantQuote{{"We have had better weeks than this one", "Omar Haddad", "delegate Omar Haddad", "said"}}},
		{"a book title in the speaker's appositive before the quote",
			`As Ruth Mills, professor of history and author of "The Long Retreat," put it, "Every treaty carries the seed of the next war."`,
			[]string{"Ruth Mills"},
			[]wantQuote{{"Every treaty carries the seed of the next war.", "Ruth Mills", "Ruth Mills", "put it"}}},
		{"a clause opened by as is not a name",
			`As Becker spoke to the hall, the delegates chanted, "Send them home now!"`,
			[]string{"Tom Becker"},
			[]wantQuote{{"Send them home now!", "", "the delegates", "chanted"}}},
		{"an opening participle clause that names someone else",
			"Ann Cole met angry voters in Dover.\n\nWaving signs that called Cole \u201cthe Worst Mayor Ever,\u201d the protesters chanted \u201cAnn Cole, pack your bags and go home.\u201d",
			[]string{"Ann Cole"},
			[]wantQuote{{"Ann Cole, pack your bags and go home.", "", "the protesters", "chanted"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runQuotes(t, tt.text, tt.names, tt.want) })
	}
}

// TestNamesThatAreCommonWordsAtTheCue covers surnames that are also words ("From", "Will", "Read")
// and reporting verbs in less common forms.
func TestNamesThatAreCommonWordsAtTheCue(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		want  []wantQuote
	}{
		{"a surname that is a preposition",
			`"Things changed when the factories closed," From said.`, nil,
			[]wantQuote{{"Things changed when the factories closed", "", "From", "said"}}},
		{"a surname that is a reporting verb",
			`"We looked at every rule before we signed the deal," Read said.`, nil,
			[]wantQuote{{"We looked at every rule before we signed the deal", "", "Read", "said"}}},
		{"had written",
			`As the columnist Lena Vuk had written, "Nobody leaves this town for good."`, []string{"Lena Vuk"},
			[]wantQuote{{"Nobody leaves this town for good.", "Lena Vuk", "the columnist Lena Vuk", "written"}}},
		{"confessed",
			`"This is a big win for me," I confessed to my editor.`, nil,
			[]wantQuote{{"This is a big win for me", "", "I", "confessed"}}},
		{"a report recommended",
			`"Keep the tax at its current level for the rest of the decade," it recommended.`, nil,
			[]wantQuote{{"Keep the tax at its current level for the rest of the decade", "", "it", "recommended"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runQuotes(t, tt.text, tt.names, tt.want) })
	}
}
