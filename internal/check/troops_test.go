package check

import (
	"testing"

	"github.com/newsbrief/newsbrief/internal/brief"
)

func troop(text, words string, count int, max *int, who string) brief.Troop {
	start := indexOf(text, words)
	return brief.Troop{Span: brief.Span{Text: words, Start: start, End: start + len(words)}, Count: brief.Int(count), Max: max, Unit: "troops", Who: brief.Str(who)}
}

func indexOf(text, s string) int {
	for i := 0; i+len(s) <= len(text); i++ {
		if text[i:i+len(s)] == s {
			return i
		}
	}
	panic(s)
}

func TestTroopsConflict(t *testing.T) {
	conflict := "Russia has massed 100,000 troops near the border, officials said.\n\nOther estimates put the Russian force at 175,000 troops.\n"
	b1 := brief.New("t")
	b1.Troops = []brief.Troop{troop(conflict, "100,000 troops", 100000, nil, "Russia"), troop(conflict, "175,000 troops", 175000, nil, "russia")}

	ranged := "Between 5,000 and 7,000 French soldiers are deployed. About 6,000 soldiers remain.\n"
	b2 := brief.New("t")
	b2.Troops = []brief.Troop{troop(ranged, "5,000 and 7,000 French soldiers", 5000, brief.Int(7000), "France"), troop(ranged, "6,000 soldiers", 6000, nil, "France")}

	forces := "Russia has 100,000 troops at the border and Belarus 30,000 troops.\n"
	b3 := brief.New("t")
	b3.Troops = []brief.Troop{troop(forces, "100,000 troops", 100000, nil, "Russia"), troop(forces, "30,000 troops", 30000, nil, "Belarus")}

	roles := "Some 47,000 American troops are based in Japan. In 1995 three American servicemen raped a girl. Two American soldiers were killed. The force will fall to 40,000 American troops by May.\n"
	b4 := brief.New("t")
	b4.Troops = []brief.Troop{troop(roles, "47,000 American troops", 47000, nil, "American"), troop(roles, "three American servicemen", 3, nil, "American"),
		troop(roles, "Two American soldiers", 2, nil, "American"), troop(roles, "40,000 American troops", 40000, nil, "American")}

	runRule(t, "troops-conflict", []ruleCase{
		{name: "casualties, past events and plans are other counts", text: roles, b: b4},
		{name: "two figures", text: conflict, b: b1, want: []string{"3:42"}},
		{name: "figure inside a range", text: ranged, b: b2},
		{name: "two forces", text: forces, b: b3},
	})
}
