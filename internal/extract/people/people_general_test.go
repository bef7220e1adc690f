package people

import (
	"reflect"
	"testing"
)

// TestPeopleNotThings covers the evidence that keeps headlines, places, companies and initials out
// of the people list, and the cuts that keep two names or a name and a place apart.
func TestPeopleNotThings(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		want     []string            // names, in order of salience
		mentions map[string][]string // where given, a person's mention texts exactly
	}{
		{
			name: "a country that is also a given name is the country when its demonym is used",
			text: "Talks stalled. Jordan would close the port, Foreign Minister Ana Ruiz said. Jordanian officials agreed. \"We will act,\" Jordan said.",
			want: []string{"Ana Ruiz"},
		},
		{
			name: "a name after 'head of state' or 'secretary of state' is a person's",
			text: "Visiting head of state Tamas Veresz met former secretary of state Helen Marlowe on Friday.",
			want: []string{"Tamas Veresz", "Helen Marlowe"},
		},
		{
			name: "a country that ends a role does not start the name",
			text: "He met the American ambassador to Kenya Lydia Farrow and envoy to Nigeria Omar Bello.",
			want: []string{"Lydia Farrow", "Omar Bello"},
		},
		{
			name: "a place word after a titled given name is a surname",
			text: "Trade Representative Carla Hills met Justice Sandra Day Whitcombe. The party in Beverly Hills went on.",
			want: []string{"Carla Hills", "Sandra Day Whitcombe"},
		},
		{
			name: "a warship, a bank, an exchange and a family named after people are not people",
			text: "The carrier George F. Hallam sailed on Monday. The French bank Lucien Marot sold its stake on the Lyon Stock Exchange, and the Marot family objected. Analyst Ines Porto said the sale was expected.",
			want: []string{"Ines Porto"},
		},
		{
			name: "a lower-case particle keeps the rest of the name, a rank word included",
			text: "President Samuel arap Kotut met Prince Faisal bin Sultan in the capital. Kotut said the talks went well.",
			want: []string{"Samuel arap Kotut", "Faisal bin Sultan"},
		},
		{
			name: "a name without its middle initial is the same person",
			text: "Police charged Martin J. Orwell on Monday. Officials said Martin Orwell had fled, and Orwell remains at large.",
			want: []string{"Martin J. Orwell"},
		},
		{
			name: "a king named by his given name is not a namesake's surname",
			text: "Omar Rashid, the opposition leader, spoke on Monday. Later King Rashid of Belmark met the envoy, and King Rashid promised calm.",
			want: []string{"Rashid", "Omar Rashid"},
		},
		{
			name: "a one-word short form of a bank's name is the bank",
			text: "Brenford Savings Bank said the sale fell through.\n\nBrenford also expects a charge, chief executive Carla Mendes said. \"The deal no longer works for us,\" Brenford said.",
			want: []string{"Carla Mendes"},
		},
		{
			name: "a one-word name that has earnings is a company",
			text: "Quillmore earnings fell in the third quarter.\n\nQuillmore said it would cut prices, analyst Dev Patel said.",
			want: []string{"Dev Patel"},
		},
		{
			name: "capitalised function words make a title-case headline",
			text: "Tessa Marlowe And Owen Draycott Are Fighting About Water.\n\nTessa Marlowe, the state treasurer, wants a new dam. Owen Draycott, a farmer, does not.",
			want: []string{"Tessa Marlowe", "Owen Draycott"},
		},
		{
			name: "a headline verb before a second full name ends the first",
			text: "He shared a clip titled \"Tessa Marlowe Slams Owen Draycott\" on Monday. The treasurer, Tessa Marlowe, later met the farmer Owen Draycott.",
			want: []string{"Tessa Marlowe", "Owen Draycott"},
		},
		{
			name: "a capitalised preposition between capitals is no part of a name",
			text: "Follow Dana Whitlock On Twitter for updates from the count.",
			want: []string{"Dana Whitlock"},
		},
		{
			name: "one word before a capitalised function word in a heading",
			text: "Exclusive: Lena Ostrova, Housing Campaigner, Running For Congress.",
			want: []string{"Lena Ostrova"},
		},
		{
			name:     "a bare initial is never a mention",
			text:     "Justice Samuel A. Okafor wrote the opinion. (A 5-to-4 ruling would have ended the case.)",
			want:     []string{"Samuel A. Okafor"},
			mentions: map[string][]string{"Samuel A. Okafor": {"Samuel A. Okafor"}},
		},
		{
			name: "a state abbreviation after a city",
			text: "A sniper shot a Buffalo, N.Y., doctor who performed surgery there.",
			want: []string{},
		},
		{
			name: "a name written with a company's legal form is the company's",
			text: "Harlan Pryce Corp. said profit rose 8%. Harlan Pryce also raised its dividend, and Harlan Pryce said it would hire.",
			want: []string{},
		},
		{
			name: "names joined by an ampersand are a firm",
			text: "The fund hired Brandt & Coello to advise it. Brandt said the talks were going well.",
			want: []string{},
		},
		{
			name: "a reporting clause after a comma is no apposition",
			text: "The convoy will reach Valletta, her sister said.",
			want: []string{},
		},
		{
			name: "a destination after a verb of motion",
			text: "The delegation flew to Addis Ababa on Thursday and will return to Lusaka next week.",
			want: []string{},
		},
		{
			name: "a capitalised preposition opening the sentence",
			text: "In Mombasa, a police official who spoke to reporters confirmed the arrests.",
			want: []string{},
		},
		{
			name: "native after a determiner is an adjective",
			text: "Ochieng, 24, had rented a house in his native Malawi, the police said.",
			want: []string{"Ochieng"},
		},
		{
			name: "a place opener after a full name starts a place",
			text: "It was a quiet night at the Lena Varga South Dakota victory party.",
			want: []string{"Lena Varga"},
		},
		{
			name:     "an occupation capitalised before a name is a title, and what precedes it no name",
			text:     "Former Morgan Senior Adviser Rhys Tallant said the plan would fail.",
			want:     []string{"Rhys Tallant"},
			mentions: map[string][]string{"Rhys Tallant": {"Rhys Tallant"}},
		},
		{
			name: "a stretch before a capitalised occupation names what it belongs to",
			text: "Moira Kestrel is the paper's Austin Political Editor and writes every week.",
			want: []string{"Moira Kestrel"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			people := peopleOf(tc.text)
			if got := names(people); !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("people = %q, want %q", got, tc.want)
			}
			for name, want := range tc.mentions {
				var got []string
				for _, m := range findPerson(people, name).Mentions {
					got = append(got, m.Text)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s mentions = %q, want %q", name, got, want)
				}
			}
		})
	}
}

func TestIsTitleCase(t *testing.T) {
	for s, want := range map[string]bool{
		"Rivals Are Fighting About Taxes And Water":                           true,
		"Senator Endorses Governor With Praise":                               true,
		"Foreign Secretary Amelia Hart met Defence Minister Tomas Varga":      false,
		"The mayor said: Nothing will change on Monday in Vienna":             false,
		"NEW YORK AT ITS CORE — the museum has a new director":                false,
		"Conservative Icon Endorses Former Governor Ahead of Vote":            true,
		"— White House Correspondent Julie Marsh.":                            false,
		"Mayor Praises Gazette’s Political Editor Sam Doyle: ‘Good Reporter’": true,
	} {
		if got := isTitleCase(s); got != want {
			t.Errorf("isTitleCase(%q) = %v, want %v", s, got, want)
		}
	}
}
