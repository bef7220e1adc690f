package troops

import (
	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

// whoSubject names the force of a figure from the country that is the sentence's subject and keeps,
// sends or deploys the troops: "Spain has sent 2,000 troops" → "Spanish", "Washington plans to
// withdraw 5,000 troops" → "US". It gives none when another country or nationality stands between
// the subject and the figure, since the figure may then belong to that one ("Ukraine said 300 Russian
// soldiers ..."), or when no verb of keeping or sending comes before the figure.
func (sc *troopScanner) whoSubject(before int) string {
	k := 0
	// "However, Italy ...", "On Monday, Kenya ...": skip a short opener up to its comma.
	for c := 0; c < before && c < 5; c++ {
		if sc.lw[c] == "," {
			k = c + 1
			break
		}
	}
	if k < before && sc.lw[k] == "the" {
		k++
	}
	if k >= before || !sc.toks[k].IsCapitalized() {
		return ""
	}
	demonym, width := troopCountryAt(sc.lw, k)
	if demonym == "" {
		return ""
	}
	verb := false
	for m := k + width; m < before; m++ {
		if lexicon.Nationalities[sc.lw[m]] || lexicon.TroopCountryDemonyms[sc.lw[m]] != "" {
			return ""
		}
		if troopKeepVerbs[sc.lw[m]] {
			verb = true
		}
	}
	if !verb {
		return ""
	}
	return demonym
}

// troopCountryAt reads a country or capital at k and returns its demonym and how many tokens it takes.
func troopCountryAt(lw []string, k int) (string, int) {
	if k+1 < len(lw) {
		if d := lexicon.TroopCountryDemonyms[lw[k]+" "+lw[k+1]]; d != "" {
			return d, 2
		}
	}
	return lexicon.TroopCountryDemonyms[lw[k]], 1
}

// troopKeepVerbs say that the subject keeps, sends or withdraws troops of its own.
var troopKeepVerbs = lexicon.Words("troops/keep_verbs")
