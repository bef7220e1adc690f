package quotes

import "testing"

// Round 2 of issue 16: definite descriptions of a named person, a pronoun that repeats the
// sentence's reporting subject, "go on" as motion, and a cue that shares the sentence's subject.
func TestDescriptionsAndReportingSubject(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		want  []wantQuote
	}{
		{"an age description stands for the woman named before",
			"Rosa Delgado opened the clinic on Monday.\n\n" +
				`Asked about the early closing, the 52-year-old mother replied, "We cannot pay for the night staff."`,
			[]string{"Rosa Delgado"},
			[]wantQuote{{"We cannot pay for the night staff.", "Rosa Delgado", "the 52-year-old mother", "replied"}}},
		{"a description with a place before its role noun",
			"Senator Owen Brandt toured the flooded towns.\n\n" +
				`"We will rebuild every bridge," the Idaho senator said.`,
			[]string{"Owen Brandt"},
			[]wantQuote{{"We will rebuild every bridge", "Owen Brandt", "the Idaho senator", "said"}}},
		{"an unnamed spokesman stays unnamed",
			"Nadia Fors, a lawyer, filed the suit.\n\n" +
				`"We will appeal the ruling," the spokesman said.`,
			[]string{"Nadia Fors"},
			[]wantQuote{{"We will appeal the ruling", "", "the spokesman", "said"}}},
		{"a description of the other sex is not her",
			"Nadia Fors filed the suit.\n\n" +
				`"We will appeal the ruling," the boy's father said.`,
			[]string{"Nadia Fors"},
			[]wantQuote{{"We will appeal the ruling", "", "the boy's father", "said"}}},
		{"a tag pronoun repeats the reporting subject",
			"Lena Ortiz directed the film.\n\n" +
				`Ortiz said she chose the subject because "few people know the story at all," she said.`,
			[]string{"Lena Ortiz"},
			[]wantQuote{{"few people know the story at all", "Lena Ortiz", "Ortiz", "said"}}},
		{"what she calls repeats the reporting subject",
			"Lena Ortiz spoke to reporters.\n\n" +
				`Ortiz says she admired the crew through what she calls "a very long winter of work."`,
			[]string{"Lena Ortiz"},
			[]wantQuote{{"a very long winter of work.", "Lena Ortiz", "Ortiz", "calls"}}},
		{"a colon sets the quotation apart from the reporting subject",
			"Victor Lund spoke to reporters.\n\n" +
				`Lund argued that the town had lost its way: "The town is no longer the town," he said.`,
			[]string{"Victor Lund"},
			[]wantQuote{{"The town is no longer the town", "Victor Lund", "he", "said"}}},
		{"going on recess is no cue",
			`Senator Ada Holm said that once the chamber goes on recess, "I will visit every county in the state."`,
			[]string{"Ada Holm"},
			[]wantQuote{{"I will visit every county in the state.", "Ada Holm", "Senator Ada Holm", "said"}}},
		{"went on with a colon is a cue",
			`Mark Dale went on: "We will build the road this year and the bridge next year."`,
			[]string{"Mark Dale"},
			[]wantQuote{{"We will build the road this year and the bridge next year.", "Mark Dale", "Mark Dale", "went on"}}},
		{"a cue after 'and' shares the subject, its object is no speaker",
			"Ann Lee spoke.\n\n" +
				`Lee backs "fair pay for every worker" and recalled the long pay freeze: "I saw how hard it was for the staff to wait."`,
			[]string{"Ann Lee"},
			[]wantQuote{
				{"fair pay for every worker", "Ann Lee", "Lee", ""},
				{"I saw how hard it was for the staff to wait.", "Ann Lee", "Lee", "recalled"}}},
		{"a digest's sub-heading before a dash is no speaker",
			"This is the Poll Report for Wednesday.\n\n" +
				`MARKET POLLS NOT WRONG, JUST EARLY - Ana Ruiz: "The polls were not dead wrong. They just ended too early."` + "\n\n" +
				`Pollsters agree - Carl Bialik: "Keep on contacting voters as late as possible."`,
			[]string{"Ana Ruiz", "Carl Bialik"},
			[]wantQuote{
				{"The polls were not dead wrong. They just ended too early.", "Ana Ruiz", "Ana Ruiz", ""},
				{"Keep on contacting voters as late as possible.", "Carl Bialik", "Carl Bialik", ""}}},
		{"'More from' before the source's name",
			`FLOODS RISE - Ana Ruiz: "The river is still rising."` + "\n\n" +
				`Towns brace for more - More from Ruiz: "Sandbags are running out in every town we visited."`,
			[]string{"Ana Ruiz"},
			[]wantQuote{
				{"The river is still rising.", "Ana Ruiz", "Ana Ruiz", ""},
				{"Sandbags are running out in every town we visited.", "Ana Ruiz", "Ruiz", ""}}},
		{"a relative clause's object before the cue is no speaker",
			"The talks failed.\n\n" + `Diplomats who follow Laotian affairs said, "We expect more fighting near the border this year."` + "\n\n" +
				`Lawyers who represent Ann Lee said, "She will appeal the ruling next week."`,
			[]string{"Ann Lee"},
			[]wantQuote{
				{"We expect more fighting near the border this year.", "", "Diplomats", "said"},
				{"She will appeal the ruling next week.", "", "Lawyers", "said"}}},
		{"a new sentence whose cue takes 'that' past adverbs is no attribution of the quote before it",
			`"The family is losing hope after many months," said a ministry spokesman. "We will do everything we can to find him." Border officials said privately Friday that the search had widened.`,
			nil,
			[]wantQuote{{"The family is losing hope after many months", "", "a ministry spokesman", "said"}}},
		{"the object's relative pronoun is no speaker",
			"Ruth Kane wrote a column.\n\n" + `Kane backed Omar Said, whom she describes as having "a judge's patience and a builder's energy."`,
			[]string{"Ruth Kane", "Omar Said"},
			[]wantQuote{{"a judge's patience and a builder's energy.", "Ruth Kane", "she", "describes"}}},
		{"lower-case modifiers after a capitalised one run on to the role noun",
			`"There is not a whole lot you can do," said a former U.S. law enforcement official who oversaw the case.`,
			nil,
			[]wantQuote{{"There is not a whole lot you can do", "", "a former U.S. law enforcement official", "said"}}},
		{"a pronoun skips the object of a verb and a possessor for the person named before",
			"Mayor Paul Okafor has governed the city since 2010.\n\n" +
				"The storms of Rita Vance's spring and the flood that ruined Omar Haddad left the city poorer. " +
				`Where he used to promise "a city without potholes," on Tuesday he said the roads were "beyond any hope of repair."`,
			[]string{"Paul Okafor", "Rita Vance", "Omar Haddad"},
			[]wantQuote{
				{"a city without potholes", "Paul Okafor", "he", "said"},
				{"beyond any hope of repair.", "Paul Okafor", "he", "said"}}},
		{"two titles joined by 'and' before one name",
			`"He is reprising that role," said former Ohio Gov. and Republican Party Chairman Dan Eldridge.`,
			[]string{"Dan Eldridge"},
			[]wantQuote{{"He is reprising that role", "Dan Eldridge", "former Ohio Gov. and Republican Party Chairman Dan Eldridge", "said"}}},
		{"'as X put it' after the quote names its speaker",
			`The main test for the permit is a "clear public benefit to the town," as a county planning memo put it.`,
			nil,
			[]wantQuote{{"clear public benefit to the town", "", "a county planning memo", "put it"}}},
		{"a description ending in 'of' and a number ('mother of three')",
			"Rosa Delgado opened the clinic on Monday.\n\n" +
				`When pressed on why the clinic closes early, the 52-year-old mother of three replied, "We cannot pay for the night staff."`,
			[]string{"Rosa Delgado"},
			[]wantQuote{{"We cannot pay for the night staff.", "Rosa Delgado", "the 52-year-old mother of three", "replied"}}},
		{"'Del.' before a name does not end the sentence",
			`"This is a big year for all of us!" his cousin, state Del. Ana Ruiz, shouted to the crowd.`,
			nil,
			[]wantQuote{{"This is a big year for all of us!", "", "his cousin", "shouted"}}},
		{"a sentence that names its own source does not carry the previous speaker",
			`"We will answer any attack," said President Ilse Varga.` + "\n\n" +
				`Norway branded the test an "outlaw act in the neighbourhood."`,
			[]string{"Ilse Varga"},
			[]wantQuote{
				{"We will answer any attack", "Ilse Varga", "President Ilse Varga", "said"},
				{"outlaw act in the neighbourhood.", "", "Norway", ""}}},
		{"a cue inside a restrictive relative clause is not the quote's",
			"Marta Quell spoke after the vote.\n\n" +
				`Quell mocked the protest, saying anyone who complains about the count "is not having a good night."`,
			[]string{"Marta Quell"},
			[]wantQuote{{"is not having a good night.", "Marta Quell", "Quell", "saying"}}},
		{"', who said' is the speaker's own attribution",
			"\"The vote was fair,\" said Omar Reyes, who said the count showed \"no sign of fraud anywhere.\"",
			[]string{"Omar Reyes"},
			[]wantQuote{
				{"The vote was fair", "Omar Reyes", "Omar Reyes", "said"},
				{"no sign of fraud anywhere.", "Omar Reyes", "who", "said"}}},
		{"'what it called' repeats the body that opens the sentence",
			`The Arctic Council on Monday pledged to act against what it called "a clear threat to the northern fisheries."`,
			nil,
			[]wantQuote{{"a clear threat to the northern fisheries.", "", "The Arctic Council", "called"}}},
		{"'what it calls' after the same pronoun opening the sentence",
			`The union answered within the hour. It is denouncing what it calls "the worst attack on workers in a decade."`,
			nil,
			[]wantQuote{{"the worst attack on workers in a decade.", "", "It", "calls"}}},
		{"a clause after the quote opened by 'but' reports what follows it",
			"Chief Ann Varga spoke on Monday.\n\n" +
				`Varga said the video did not give "clear proof that the man held a weapon," but she said other evidence supported the account.`,
			[]string{"Ann Varga"},
			[]wantQuote{{"clear proof that the man held a weapon", "Ann Varga", "Varga", "said"}}},
		{"a pronoun opening the quote's sentence is its speaker phrase, not the previous one's",
			`"We need a leader who fights," Carla Nunez said at the rally.` + "\n\n" +
				`She praised the senator for standing up to the party "over and over again."`,
			[]string{"Carla Nunez"},
			[]wantQuote{
				{"We need a leader who fights", "Carla Nunez", "Carla Nunez", "said"},
				{"over and over again.", "Carla Nunez", "She", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runQuotes(t, tt.text, tt.names, tt.want) })
	}
}
