package troops

import (
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// wantTroop is one expected figure; count -1 means null (a vague quantity), who "" means null.
type wantTroop struct {
	text        string
	count, max  int
	approximate bool
	unit, who   string
}

func checkTroops(t *testing.T, text string, want []wantTroop) {
	t.Helper()
	got := Extract(nlp.Analyze(text))
	if len(got) != len(want) {
		t.Errorf("%q:\n got %d figures %v\nwant %d", text, len(got), troopTexts(got), len(want))
		return
	}
	for i, w := range want {
		g := got[i]
		count := -1
		if g.Count != nil {
			count = *g.Count
		}
		maxv := 0
		if g.Max != nil {
			maxv = *g.Max
		}
		who := ""
		if g.Who != nil {
			who = *g.Who
		}
		if g.Text != w.text || count != w.count || maxv != w.max || g.Approximate != w.approximate ||
			g.Unit != w.unit || who != w.who {
			t.Errorf("%q:\n got %q count=%d max=%d approx=%v unit=%q who=%q\nwant %q count=%d max=%d approx=%v unit=%q who=%q",
				text, g.Text, count, maxv, g.Approximate, g.Unit, who, w.text, w.count, w.max, w.approximate, w.unit, w.who)
		}
		if text[g.Start:g.End] != g.Text {
			t.Errorf("%q: span %d-%d is not the text %q", text, g.Start, g.End, g.Text)
		}
	}
}

func troopTexts(ts []brief.Troop) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Text)
	}
	return out
}

func TestTroopsQuantityForms(t *testing.T) {
	tests := []struct {
		text string
		want []wantTroop
	}{
		{"Italy has earmarked 28,000 troops for the mission.",
			[]wantTroop{{"28,000 troops", 28000, 0, false, "troops", "Italian"}}},
		{"The country keeps 1.5 million soldiers under arms.",
			[]wantTroop{{"1.5 million soldiers", 1500000, 0, false, "soldiers", ""}}},
		{"Officials said 30k reservists had been called up.",
			[]wantTroop{{"30k reservists", 30000, 0, false, "reservists", ""}}},
		{"The army massed 100 000 soldiers on the frontier.",
			[]wantTroop{{"100 000 soldiers", 100000, 0, false, "soldiers", ""}}},
		{"Gunmen killed two Iraqi soldiers near Fallujah on Tuesday.",
			[]wantTroop{{"two Iraqi soldiers", 2, 0, false, "soldiers", "Iraqi"}}},
		{"Twenty-five marines were flown to the base.",
			[]wantTroop{{"Twenty-five marines", 25, 0, false, "marines", ""}}},
		{"A dozen commandos stormed the building at dawn.",
			[]wantTroop{{"A dozen commandos", 12, 0, false, "commandos", ""}}},
		{"Police arrested one PKK member in the raid.",
			[]wantTroop{{"one PKK member", 1, 0, false, "member", "PKK"}}},
		{"Hundreds of paratroopers landed near the airport.",
			[]wantTroop{{"Hundreds of paratroopers", -1, 0, true, "paratroopers", ""}}},
		{"Tens of thousands of Russian troops remain in the region.",
			[]wantTroop{{"Tens of thousands of Russian troops", -1, 0, true, "troops", "Russian"}}},
		{"Dozens of rebels surrendered to the army.",
			[]wantTroop{{"Dozens of rebels", -1, 0, true, "rebels", ""}}},
		{"A 5,000-strong multinational force could be deployed within days.",
			[]wantTroop{{"5,000-strong multinational force", 5000, 0, false, "force", "multinational"}}},
		{"More than 5,000 sailors and marines live aboard the carrier.",
			[]wantTroop{{"More than 5,000 sailors and marines", 5000, 0, true, "sailors and marines", ""}}},
		{"The Interior Ministry deployed 24,000 police and troops for the vote.",
			[]wantTroop{{"24,000 police and troops", 24000, 0, false, "police and troops", ""}}},
		{"The convoy brought 40 members of the PLA across the border.",
			[]wantTroop{{"40 members of the PLA", 40, 0, false, "members", "PLA"}}},
		{"Five of the soldiers were later released.",
			[]wantTroop{{"Five of the soldiers", 5, 0, false, "soldiers", ""}}},
		{"Some 2,500 NATO troops patrol Kosovo, down from 50,000 in 1999.",
			[]wantTroop{{"Some 2,500 NATO troops", 2500, 0, true, "troops", "NATO"}, {"50,000", 50000, 0, false, "troops", "NATO"}}},
		{"The killings of eight UN peacekeepers drew condemnation.",
			[]wantTroop{{"eight UN peacekeepers", 8, 0, false, "peacekeepers", "UN"}}},
	}
	for _, tc := range tests {
		checkTroops(t, tc.text, tc.want)
	}
}

func TestTroopsApproximatorsAndRanges(t *testing.T) {
	tests := []struct {
		text string
		want []wantTroop
	}{
		{"Some 35,000 Syrian soldiers are stationed in the country.",
			[]wantTroop{{"Some 35,000 Syrian soldiers", 35000, 0, true, "soldiers", "Syrian"}}},
		{"Washington aims to pull about 70,000 troops out of Germany.",
			[]wantTroop{{"about 70,000 troops", 70000, 0, true, "troops", "US"}}},
		{"Up to 10,000 Chinese soldiers will be based in the city.",
			[]wantTroop{{"Up to 10,000 Chinese soldiers", 10000, 0, true, "soldiers", "Chinese"}}},
		{"At least 200 Turkish soldiers have been killed this year.",
			[]wantTroop{{"At least 200 Turkish soldiers", 200, 0, true, "soldiers", "Turkish"}}},
		{"Nearly 300 guerrillas laid down their arms.",
			[]wantTroop{{"Nearly 300 guerrillas", 300, 0, true, "guerrillas", ""}}},
		{"Around 1,200 airmen are based there.",
			[]wantTroop{{"Around 1,200 airmen", 1200, 0, true, "airmen", ""}}},
		{"Over 600 militiamen joined the offensive.",
			[]wantTroop{{"Over 600 militiamen", 600, 0, true, "militiamen", ""}}},
		{"Roughly 400 guardsmen were called out.",
			[]wantTroop{{"Roughly 400 guardsmen", 400, 0, true, "guardsmen", ""}}},
		{"Almost 900 servicemen were on board.",
			[]wantTroop{{"Almost 900 servicemen", 900, 0, true, "servicemen", ""}}},
		{"An estimated 2,000 fighters hold the town.",
			[]wantTroop{{"An estimated 2,000 fighters", 2000, 0, true, "fighters", ""}}},
		{"The plan would send 5,000 to 7,000 troops to the south.",
			[]wantTroop{{"5,000 to 7,000 troops", 5000, 7000, true, "troops", ""}}},
		{"The base houses between 700 and 800 soldiers.",
			[]wantTroop{{"between 700 and 800 soldiers", 700, 800, true, "soldiers", ""}}},
		{"the rape of a girl by three American servicemen in 1995",
			[]wantTroop{{"three American servicemen", 3, 0, false, "servicemen", "American"}}},
		// An approximator that is not next to the number does not make it inexact.
		{"The island is home to more than half of the 47,000 American troops in Japan.",
			[]wantTroop{{"47,000 American troops", 47000, 0, false, "troops", "American"}}},
	}
	for _, tc := range tests {
		checkTroops(t, tc.text, tc.want)
	}
}

func TestTroopsNumberApartFromNoun(t *testing.T) {
	tests := []struct {
		text string
		want []wantTroop
	}{
		{"Western allies have observed the buildup of Russian soldiers near the Ukraine border, growing to an estimated 100,000 and giving rise to fears.",
			[]wantTroop{{"an estimated 100,000", 100000, 0, true, "soldiers", "Russian"}}},
		{"It was the worst month since January, when 107 US soldiers were killed, more than 30 of them in a helicopter crash.",
			[]wantTroop{{"107 US soldiers", 107, 0, false, "soldiers", "US"}, {"more than 30 of them", 30, 0, true, "soldiers", "US"}}},
		{"Gunmen ambushed a patrol, killing two soldiers and wounding five others.",
			[]wantTroop{{"two soldiers", 2, 0, false, "soldiers", ""}, {"five others", 5, 0, false, "soldiers", ""}}},
		{"Among the six soldiers who died Monday, four were killed by a roadside bomb.",
			[]wantTroop{{"six soldiers", 6, 0, false, "soldiers", ""}, {"four", 4, 0, false, "soldiers", ""}}},
		{"The military has raised the number of American troops in Iraq to 157,000 -- among the highest levels.",
			[]wantTroop{{"157,000", 157000, 0, false, "troops", "American"}}},
		{"The British strength is now around 1,800 which will fall to around 1,600 by the end of May.",
			[]wantTroop{{"around 1,800", 1800, 0, true, "", "British"}, {"around 1,600", 1600, 0, true, "", "British"}}},
	}
	for _, tc := range tests {
		checkTroops(t, tc.text, tc.want)
	}
}

func TestTroopsNotPersonnel(t *testing.T) {
	for _, text := range []string{
		// Years and dates.
		"Troops entered the city in 1999 and left in 2003.",
		"The soldiers were deployed on March 3 and returned on Nov. 14.",
		// Money and percentages.
		"The government will spend $5 million on troops next year.",
		"About 40 percent of the troops are conscripts.",
		"The defence budget for the troops rose to 2.5 billion dollars.",
		// Ages.
		"A 19-year-old soldier was wounded in the blast.",
		"The soldier, aged 25, died in hospital.",
		// Vehicles and weapons.
		"Police seized 315 automatic rifles and 34 hand guns from the rebels.",
		"The army sent 40 tanks and 12 helicopters with the troops.",
		// Unit counts.
		"The ministry moved 15 brigades of troops to the frontier.",
		// Casualties that are not personnel.
		"The blast killed 20 people and wounded 11 civilians.",
		"A car bomb hit a police patrol, killing at least 20 people, including five policemen.",
		// A number that a death toll counts, not a personnel noun.
		"The deaths of six more soldiers raised the military death toll to 93.",
		"Soldiers have fought the rebels for months, and the death toll has risen to 93.",
		// Not a quantity.
		"A soldier was injured and troops sealed off the area.",
		"Several soldiers were hurt.",
		"Two fighter jets flew over the capital.",
		"A work force of 43 million depends on the mines.",
		"Police said there may be as many as three attackers.",
		"Thirty-two of the 159 UN members had filed reports.",
		"NATO's three newest members joined last year.",
		"One of the soldiers was later released.",
		"Two police reports were filed against him.",
	} {
		var want []wantTroop
		if strings.Contains(text, "six more soldiers") {
			want = []wantTroop{{"six more soldiers", 6, 0, false, "soldiers", ""}}
		}
		checkTroops(t, text, want)
	}
}

func TestTroopsWhere(t *testing.T) {
	got := Extract(nlp.Analyze("Some 35,000 soldiers are massed near the Ukraine border."))
	if len(got) != 1 || got[0].Where == nil || *got[0].Where != "near the Ukraine border" {
		t.Fatalf("where: got %+v", got)
	}
}

func BenchmarkTroops(b *testing.B) {
	article := strings.Repeat(`Western allies have observed the buildup of Russian soldiers near the border, growing to an estimated 100,000 and giving rise to fears of an invasion.

Gunmen ambushed an army patrol on Tuesday, killing two soldiers and wounding five others, a local journalist said. The country spent 40 percent of its budget on defence in 2005.

Some 35,000 Syrian soldiers are stationed in the country, while a 5,000-strong multinational force could be deployed within 10 days, the minister announced on Nov. 14.

`, 4)
	d := &doc{nlp.Analyze(article)}
	b.SetBytes(int64(len(article)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		extract(d)
	}
}
