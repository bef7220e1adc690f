package troops

import "testing"

// Rules added for news the extractor had not seen: each case is a sentence shape of its own.
func TestTroopsWhoNamesAForce(t *testing.T) {
	tests := []struct {
		text string
		want []wantTroop
	}{
		// Words that name a kind of troops are not whose troops they are.
		{"Nearly 9,000 Special Operations forces are deployed overseas.",
			[]wantTroop{{"Nearly 9,000 Special Operations forces", 9000, 0, true, "forces", ""}}},
		{"The general said 1,500 Special Forces soldiers would stay.",
			[]wantTroop{{"1,500 Special Forces soldiers", 1500, 0, false, "soldiers", ""}}},
		{"Officials said 2,000 Russian Special Forces soldiers were in the region.",
			[]wantTroop{{"2,000 Russian Special Forces soldiers", 2000, 0, false, "soldiers", "Russian"}}},
		// A force whose name is several words.
		{"About 900 National Guard troops were sent to the city.",
			[]wantTroop{{"About 900 National Guard troops", 900, 0, true, "troops", "National Guard"}}},
		{"At least 40 Islamic State fighters were killed in the raid.",
			[]wantTroop{{"At least 40 Islamic State fighters", 40, 0, true, "fighters", "Islamic State"}}},
		{"Some 700 US Army soldiers arrived on Friday.",
			[]wantTroop{{"Some 700 US Army soldiers", 700, 0, true, "soldiers", "US"}}},
		// A list of nationalities is kept whole.
		{"Thousands of Dutch, Belgian and Danish troops took part in the exercise.",
			[]wantTroop{{"Thousands of Dutch, Belgian and Danish troops", -1, 0, true, "troops", "Dutch, Belgian and Danish"}}},
		{"Some 60,000 US and British soldiers are based in the region.",
			[]wantTroop{{"Some 60,000 US and British soldiers", 60000, 0, true, "soldiers", "US and British"}}},
		// The force named in an "of" phrase after the personnel noun.
		{"Around 800 fighters of the Western Liberation Army (WLA) crossed the river.",
			[]wantTroop{{"Around 800 fighters", 800, 0, true, "fighters", "WLA"}}},
		{"Some 200 soldiers of the Chadian army entered the town.",
			[]wantTroop{{"Some 200 soldiers", 200, 0, true, "soldiers", "Chadian"}}},
		{"Fighters of the Eastern Liberation Front (ELF) numbered about 4,000 at the time.",
			[]wantTroop{{"about 4,000", 4000, 0, true, "fighters", "ELF"}}},
		{"A 1,200-strong contingent of Nepalese peacekeepers arrived on Monday.",
			[]wantTroop{{"1,200-strong contingent", 1200, 0, false, "contingent", "Nepalese"}}},
		// A name inside the modifiers is not a civilian word ("Union").
		{"The 20,000-strong African Union force will leave next year.",
			[]wantTroop{{"20,000-strong African Union force", 20000, 0, false, "force", "African Union"}}},
		// The country that is the subject and keeps or sends the troops.
		{"Kenya has sent 3,000 troops to the border.",
			[]wantTroop{{"3,000 troops", 3000, 0, false, "troops", "Kenyan"}}},
		{"However, Britain will withdraw 800 soldiers by the spring.",
			[]wantTroop{{"800 soldiers", 800, 0, false, "soldiers", "British"}}},
		{"Ukraine said 300 Russian soldiers had been killed.",
			[]wantTroop{{"300 Russian soldiers", 300, 0, false, "soldiers", "Russian"}}},
		{"Ukraine said its forces killed 300 soldiers overnight.",
			[]wantTroop{{"300 soldiers", 300, 0, false, "soldiers", ""}}},
		{"A coalition of 60 international troops guards the airport.",
			[]wantTroop{{"60 international troops", 60, 0, false, "troops", "international"}}},
		// The standing of a group is no part of its name.
		{"Police detained 14 members of the banned Northern Separatist Army.",
			[]wantTroop{{"14 members of the banned Northern Separatist Army", 14, 0, false, "members", "Northern Separatist Army"}}},
	}
	for _, tc := range tests {
		checkTroops(t, tc.text, tc.want)
	}
}

func TestTroopsNewShapes(t *testing.T) {
	tests := []struct {
		text string
		want []wantTroop
	}{
		// Personnel nouns.
		{"An estimated 15,000 American GIs were stationed there.",
			[]wantTroop{{"An estimated 15,000 American GIs", 15000, 0, true, "gis", "American"}}},
		{"Officials put the number at 30,000 jihadis.",
			[]wantTroop{{"30,000 jihadis", 30000, 0, false, "jihadis", ""}}},
		{"Some 300 Navy SEALs took part in the drill.",
			[]wantTroop{{"Some 300 Navy SEALs", 300, 0, true, "seals", ""}}},
		{"The coalition said it held 2,400 POWs by Tuesday.",
			[]wantTroop{{"2,400 POWs", 2400, 0, false, "pows", ""}}},
		// "a couple of hundred" is as vague as "a few hundred".
		{"He wants a couple of hundred Marines at the port.",
			[]wantTroop{{"a couple of hundred Marines", -1, 0, true, "marines", ""}}},
		// A size glued to the number of an armed team.
		{"The ministry sent a 12-member special forces team to the capital.",
			[]wantTroop{{"12-member special forces team", 12, 0, false, "team", ""}}},
		{"A 40-man army patrol was ambushed near the pass.",
			[]wantTroop{{"40-man army patrol", 40, 0, false, "patrol", ""}}},
		// A figure set off by dashes after the noun it counts.
		{"The army's troop strength - about 90,000 last year - is falling.",
			[]wantTroop{{"about 90,000", 90000, 0, true, "", ""}}},
		// A share of a figure counts the same personnel.
		{"About 2,000 of the 9,000 troops will come home in May.",
			[]wantTroop{{"About 2,000", 2000, 0, true, "troops", ""}, {"9,000 troops", 9000, 0, false, "troops", ""}}},
		// A list of personnel closed by "and".
		{"The government deployed 8,000 troops, police and militiamen in the province.",
			[]wantTroop{{"8,000 troops, police and militiamen", 8000, 0, false, "troops, police and militiamen", ""}}},
		// A year before "to" is not the lower bound of a range.
		{"The number of troops rose from 20,000 in 2009 to 60,000 in 2011.",
			[]wantTroop{{"20,000", 20000, 0, false, "troops", ""}, {"60,000", 60000, 0, false, "troops", ""}}},
	}
	for _, tc := range tests {
		checkTroops(t, tc.text, tc.want)
	}
}

func TestTroopsNewShapesNotPersonnel(t *testing.T) {
	for _, text := range []string{
		// Aircraft named by a model designator.
		"Two Greek F-16 fighters escorted the airliner.",
		"Four MiG-29 fighters were scrambled.",
		// A team without an armed modifier.
		"The university sent a 12-member team to the conference.",
		// Seals are animals unless written as the commandos are.
		"Officials counted 300 seals on the beach.",
		// A comma list that does not close with personnel.
		"The operation involved 500 troops, police said.",
	} {
		want := []wantTroop(nil)
		if text == "The operation involved 500 troops, police said." {
			want = []wantTroop{{"500 troops", 500, 0, false, "troops", ""}}
		}
		checkTroops(t, text, want)
	}
}
