package quotes

import (
	"testing"

	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// Speaker resolution: pronouns that agree in sex, namesakes, the reporting subject, titles and
// letters read out.
func TestSpeakerResolution(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		want  []wantQuote
	}{
		{"a company named after its founder speaks for itself",
			"Founder Carl Brenning spoke in May.\n\n" + `Carl Brenning Industries Ltd. said it "intends to seek control of the board."`,
			[]string{"Carl Brenning"},
			[]wantQuote{{"intends to seek control of the board.", "", "Carl Brenning Industries Ltd.", "said"}}},
		{"a campaign is not its candidate",
			"Senator Ada Moreno led the polls.\n\n" + `"We will not respond to rumours," the Moreno campaign said.`,
			[]string{"Ada Moreno"},
			[]wantQuote{{"We will not respond to rumours", "", "the Moreno campaign", "said"}}},
		{"a person of an institute is that person",
			`"Tax cuts rarely pay for themselves," said Ross Cole of the Fiscal Policy Institute.`,
			[]string{"Ross Cole"},
			[]wantQuote{{"Tax cuts rarely pay for themselves", "Ross Cole", "Ross Cole of the Fiscal Policy Institute", "said"}}},
		{"she skips a man named later in the sentence",
			"Mary Holt, a city council member, spoke at the rally on Tuesday. She praised Mayor Tom Baker for his work on housing.\n\n" +
				`"We have a long way to go before every family has a home," she said.`,
			[]string{"Mary Holt", "Tom Baker"},
			[]wantQuote{{"We have a long way to go before every family has a home", "Mary Holt", "she", "said"}}},
		{"she after an unnamed spokeswoman is unnamed",
			"Ann Ross, the chief executive, announced the recall on Monday.\n\n" +
				"A company spokeswoman said the recall would end soon. " + `"We don't see this as a major problem for us," she said.`,
			[]string{"Ann Ross"},
			[]wantQuote{{"We don't see this as a major problem for us", "", "she", "said"}}},
		{"he skips a woman",
			`"The chips work as designed," said Richard Lane, an engineer at the company.` + "\n\n" +
				"Critics including Senator Julia Marsh have called for an inquiry. " + `"We welcome any review of our work," he said.`,
			[]string{"Richard Lane", "Julia Marsh"},
			[]wantQuote{
				{"The chips work as designed", "Richard Lane", "Richard Lane", "said"},
				{"We welcome any review of our work", "Richard Lane", "he", "said"}}},
		{"a shared surname goes to the one named in full most recently",
			"Carlos Ruiz has led the family firm for a decade.\n\n" + `"We will keep growing," Ruiz said.` + "\n\n" +
				"His brother, Pedro Ruiz, sees it differently. Pedro Ruiz told shareholders on Monday that the plan was reckless.\n\n" +
				`"The numbers simply do not add up," Ruiz said.`,
			[]string{"Carlos Ruiz", "Pedro Ruiz"},
			[]wantQuote{
				{"We will keep growing", "Carlos Ruiz", "Ruiz", "said"},
				{"The numbers simply do not add up", "Pedro Ruiz", "Ruiz", "said"}}},
		{"a namesake governed by a preposition does not take the surname",
			"With the crowd cheering behind her, Ana Vega, sister of Governor Luis Vega, opened the meeting.\n\n" +
				`"No one here will ever give up," Vega declared.`,
			[]string{"Luis Vega", "Ana Vega"},
			[]wantQuote{{"No one here will ever give up", "Ana Vega", "Vega", "declared"}}},
		{"he is the reporting subject, not a man named before it",
			"Detective Paul Grant said the two men went to the house after the shooting. They wanted to attend a vigil for Mark Ellis but were sent to the wrong address, Grant said. " +
				`"They were only questioned because they were nearby," he said.`,
			[]string{"Paul Grant", "Mark Ellis"},
			[]wantQuote{{"They were only questioned because they were nearby", "Paul Grant", "he", "said"}}},
		{"a sentence led by he names others than its subject",
			`"This inquiry is moving on many fronts," said Louis Hart at a news conference.` + "\n\n" +
				"He said he could not confirm any link to the main suspect, Omar Farid, who lives abroad.\n\n" +
				`"Hundreds of people have been interviewed so far," he said.`,
			[]string{"Louis Hart", "Omar Farid"},
			[]wantQuote{
				{"This inquiry is moving on many fronts", "Louis Hart", "Louis Hart", "said"},
				{"Hundreds of people have been interviewed so far", "Louis Hart", "he", "said"}}},
		{"words read from a letter are its author's",
			`"I am ready to travel tomorrow, alone if need be," Tim Olsen read from a letter signed by Victor Hale.`,
			[]string{"Tim Olsen", "Victor Hale"},
			[]wantQuote{{"I am ready to travel tomorrow, alone if need be", "Victor Hale", "Tim Olsen", "read"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runQuotes(t, tt.text, tt.names, tt.want) })
	}
}

func TestDefiniteTitleNamesItsHolder(t *testing.T) {
	text := "President Anna Berg vowed on Saturday to rebuild the port.\n\n" +
		`"We will not rest until the work is done," the president said.` + "\n\n" +
		`"The port will reopen," the vice president said.`
	people := testPeople(text, "Anna Berg")
	people[0].Titles = []string{"President"}
	got := Extract(nlp.Analyze(text), people)
	if len(got) != 2 {
		t.Fatalf("got %d quotes, want 2", len(got))
	}
	if s := deref(got[0].Speaker); s != "Anna Berg" {
		t.Errorf("the president = %q, want Anna Berg", s)
	}
	if s := deref(got[1].Speaker); s != "" {
		t.Errorf("the vice president = %q, want null", s)
	}
}

func TestPersonSexEvidence(t *testing.T) {
	tests := []struct {
		text string
		name string
		want sex
	}{
		{"Mrs. Kaya Lind opened the shop in 1990.", "Kaya Lind", sexFemale},
		{"Sir Arlo Penn opened the shop in 1990.", "Arlo Penn", sexMale},
		{"The company's spokeswoman, Kaya Lind, declined to comment.", "Kaya Lind", sexFemale},
		{"Arlo Penn was hurt in the blast and his car was destroyed. Penn said he would recover.", "Arlo Penn", sexMale},
		{"Arlo Penn was hurt in the blast and his car was destroyed.", "Arlo Penn", sexUnknown}, // one pronoun is not enough
		{"Kaya Lind spoke on Monday.", "Kaya Lind", sexUnknown},
		{"Robert Lind spoke on Monday.", "Robert Lind", sexMale},
	}
	for _, tt := range tests {
		d := &doc{nlp.Analyze(tt.text)}
		c := &quoteCtx{d: d, people: testPeople(tt.text, tt.name), spans: findQuoteSpans(d)}
		c.indexMentions()
		if got := c.personSex(0); got != tt.want {
			t.Errorf("%q: sex of %s = %d, want %d", tt.text, tt.name, got, tt.want)
		}
	}
}
