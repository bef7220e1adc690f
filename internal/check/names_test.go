package check

import (
	"testing"

	"github.com/newsbrief/newsbrief/internal/brief"
)

func TestNameInconsistent(t *testing.T) {
	zel := "Ukrainian President Volodymyr Zelenskyy spoke to Biden on Sunday.\n\nZelenskyy said the call was useful. Later, Zelensky thanked allies.\n"
	jim := "Police chief Ana Jimenez said the suspect fled. Jimenez said officers were searching.\n\nJimienez added that the road was closed.\n"
	runRule(t, "name-inconsistent", []ruleCase{
		{name: "zelensky", text: zel, b: withPeople(zel, person(zel, "Volodymyr Zelenskyy")), want: []string{"3:44"}},
		{name: "jimenez", text: jim, b: withPeople(jim, person(jim, "Ana Jimenez")), want: []string{"3:1"}},
		{name: "consistent", text: "Volodymyr Zelenskyy spoke. Zelenskyy said Ukraine and Russia talked.\n",
			b: withPeople("", person("", "Volodymyr Zelenskyy"))},
		{name: "demonym and plural", text: "Sergei Russo said Russian officials met the Russos in Russia.\n",
			b: withPeople("", person("", "Sergei Russo"))},
		{name: "two people", text: "Mario Draghi met Marco Rubio in Rome. Draghi said little.\n",
			b: withPeople("", person("", "Mario Draghi"), person("", "Marco Rubio"))},
		{name: "common word", text: "Senator Bruce Stone said the stone bridge was closed. Stones fell.\n",
			b: withPeople("", person("", "Bruce Stone"))},
		{name: "title next to name", text: "Emily Horne said the House would vote.\n",
			b: withPeople("", person("", "Emily Horne"))},
		{name: "given name of another person", text: "President Barack Obama spoke. Obama said Osama bin Laden was dead.\n",
			b: withPeople("", person("", "Barack Obama"), person("", "Osama bin Laden"))},
		{name: "compound given name", text: "Candidates elected were Cheng Chung-tai and Alvin Cheng. Cheng said he won.\n",
			b: withPeople("", person("", "Cheng Chung-tai"), person("", "Alvin Cheng"))},
		{name: "organisations", text: "Paul Press said so, Agence France-Presse reported. Press added more.\n",
			b: withPeople("", person("", "Paul Press"))},
		{name: "an alias in another transliteration", text: "Mohammed Saddiq Odeh, also known as Mohammad Sadiq Howaida, was held.\n",
			b: withPeople("", person("", "Mohammed Saddiq Odeh"), person("", "Mohammad Sadiq Howaida"))},
		{name: "apostrophes", text: "Commissioner James O’Neill spoke. O'Neill said the blast was deliberate.\n",
			b: withPeople("", person("", "James O’Neill"))},
		{name: "an adjective and an institution", text: "Chris Christie spoke to Christian voters. The Board of Education met James Bovard. Christie left.\n",
			b: withPeople("", person("", "Chris Christie"), person("", "James Bovard"))},
		{name: "run-together widget text", text: "Mari Foley said so. FoleyFlagShareLikeReplyMari and FoleyFlagShareLikeReplySara.\n",
			b: withPeople("", person("", "Mari Foley"), person("", "FoleyFlagShareLikeReplySara"))},
		{name: "given name misspelt", text: "Donald Trump spoke on Monday. Donand Trump said it again.\n",
			b: withPeople("", person("", "Donald Trump"), person("", "Donand Trump")), want: []string{"1:31"}},
	})
}

func TestSurnameBeforeName(t *testing.T) {
	early := "Putin warns West\n\nPutin said on Tuesday that talks must begin. Russian President Vladimir Putin spoke in Moscow.\n"
	runRule(t, "surname-before-name", []ruleCase{
		{name: "surname first", text: early, b: func() *brief.Brief {
			b := withPeople(early, person(early, "Vladimir Putin", "Putin"))
			b.Title = brief.Str("Putin warns West")
			return b
		}(), want: []string{"3:1"}},
		{name: "headline surname is fine",
			text: "Putin warns West\n\nRussian President Vladimir Putin said talks must begin. Putin spoke in Moscow.\n",
			b: func() *brief.Brief {
				text := "Putin warns West\n\nRussian President Vladimir Putin said talks must begin. Putin spoke in Moscow.\n"
				b := withPeople(text, person(text, "Vladimir Putin", "Putin"))
				b.Title = brief.Str("Putin warns West")
				return b
			}()},
		{name: "other form of the full name",
			text: "Joe Biden spoke on Monday. President Joseph R. Biden Jr. signed the bill.\n",
			b:    withPeople("", person("", "Joseph R. Biden Jr."))},
		{name: "modifiers, quotes and office titles",
			text: "The Castro government and anti-Castro exiles met. \"Castro must go,\" one said. President Castro was silent. Fidel Castro spoke later.\n",
			b: func() *brief.Brief {
				text := "The Castro government and anti-Castro exiles met. \"Castro must go,\" one said. President Castro was silent. Fidel Castro spoke later.\n"
				b := withPeople(text, person(text, "Fidel Castro"))
				q := indexOf(text, "Castro must go,")
				b.Quotes = []brief.Quote{{Span: brief.Span{Text: "Castro must go,", Start: q, End: q + len("Castro must go,")}}}
				return b
			}()},
		{name: "modifier before a noun", text: "Most Trump supporters are men. Donald Trump spoke later.\n",
			b: withPeople("", person("", "Donald Trump"))},
		{name: "Chinese name order", text: "Elected were Wong Pik-wan and Lee Cheuk-yan. Later Raymond Wong spoke.\n",
			b: withPeople("", person("", "Raymond Wong"))},
		{name: "subheading under a headline",
			text: "Candidates vie for support\n\nTrump and Clinton point out their credentials.\n\nDonald Trump and Hillary Clinton spoke on Wednesday at a forum for veterans in New York, each touting experience.\n",
			b:    withPeople("", person("", "Donald Trump"), person("", "Hillary Clinton"))},
		{name: "Arabic particle", text: "The talks stalled on Monday, and later Bin Laden spoke of it. Osama bin Laden was in hiding.\n",
			b: withPeople("", person("", "Osama bin Laden")), want: []string{"1:44"}},
		{name: "furniture is not prose",
			text: "Also Read | Putin urges West to act\n\nVladimir Putin said talks must begin.\n",
			b:    withPeople("", person("", "Vladimir Putin"))},
	})
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{{"Zelensky", "Zelenskyy", 1}, {"Jimenez", "Jimienez", 1}, {"Horne", "House", 2}, {"abcd", "abdc", 1}, {"Draghi", "Rubio", 3}} {
		if got := editDistance([]rune(c.a), []rune(c.b), 2); got != c.want {
			t.Errorf("%s/%s: %d, want %d", c.a, c.b, got, c.want)
		}
	}
}
