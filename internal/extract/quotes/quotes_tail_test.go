package quotes

import "testing"

// TestAttributionThatEndsTheSentence covers quotes whose sentence goes on past the closing mark,
// through unquoted words or a second quoted piece, to the attribution at its end.
func TestAttributionThatEndsTheSentence(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		want  []wantQuote
	}{
		{"an aside between dashes, then a second piece and the cue",
			"Tom Becker runs the campaign.\n\n\"I do not think the old view\" -- that the mayor is a big-city liberal -- \"is going to hold,\" he says.",
			[]string{"Tom Becker"},
			[]wantQuote{
				{"I do not think the old view", "Tom Becker", "he", "says"},
				{"is going to hold", "Tom Becker", "he", "says"},
			}},
		{"unquoted words between two quoted pieces",
			"Ann Cole leads the plant.\n\n\"The cuts are painful\" but needed \"for the future of the whole company,\" she said.",
			[]string{"Ann Cole"},
			[]wantQuote{
				{"The cuts are painful", "Ann Cole", "she", "said"},
				{"for the future of the whole company", "Ann Cole", "she", "said"},
			}},
		{"a relative clause after the quote, then speaker and cue",
			`"If the agency finds more records, it will search them" that answer the request, the lawyer Omar Haddad wrote in a filing.`,
			[]string{"Omar Haddad"},
			[]wantQuote{{"If the agency finds more records, it will search them", "Omar Haddad", "the lawyer Omar Haddad", "wrote"}}},
		{"a comparison after the quote, then said and the speaker",
			`"The most striking part is how calm shoppers have stayed," like the recent swings in stocks, said Ruth Mills, the chief economist at the bank.`,
			[]string{"Ruth Mills"},
			[]wantQuote{{"The most striking part is how calm shoppers have stayed", "Ruth Mills", "Ruth Mills", "said"}}},
		{"a subordinate clause before the closing attribution",
			"Lena Vuk studies elections.\n\n\"It would settle the race for good\" because the lead would grow, she said.",
			[]string{"Lena Vuk"},
			[]wantQuote{{"It would settle the race for good", "Lena Vuk", "she", "said"}}},
		{"an inverted attribution after a subordinate clause",
			`"Many would call that a defeat for the governor" if he won by less, said Lena Vuk, an analyst at the institute.`,
			[]string{"Lena Vuk"},
			[]wantQuote{{"Many would call that a defeat for the governor", "Lena Vuk", "Lena Vuk", "said"}}},
		{"a subordinate clause without an attribution is not one",
			`"We want our jobs back" rang out across the square when the governor arrived at the gate.`,
			nil,
			[]wantQuote{{"We want our jobs back", "", "", ""}}},
		{"a later clause with its own reported speech is not the quote's attribution",
			`Residents called the night "pure terror for every family" on the street, and a police officer said the fire spread fast.`,
			nil,
			[]wantQuote{{"pure terror for every family", "", "Residents", "called"}}},
		{"an attribution before the quote wins over one at the sentence's end",
			`Cole said the plan was "a waste of public money" and "a gift to the banks," Becker said later.`,
			[]string{"Ann Cole", "Tom Becker"},
			[]wantQuote{
				{"a waste of public money", "Ann Cole", "Cole", "said"},
				{"a gift to the banks", "Tom Becker", "Becker", "said"},
			}},
		{"a title between the quote and the attribution does not carry it",
			`Tom Becker attacked the group for pushing "higher taxes on small farms" on his weekly show, "Becker at Noon," the Daily Ledger first reported.`,
			[]string{"Tom Becker"},
			[]wantQuote{{"higher taxes on small farms", "Tom Becker", "Tom Becker", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runQuotes(t, tt.text, tt.names, tt.want) })
	}
}
