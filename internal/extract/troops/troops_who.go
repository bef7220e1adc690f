package troops

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

// whoIn names the force among the modifiers between j and head: the first run of capitalised words
// ("Russian", "UN", "PKK", "National Guard", "Islamic State"), without a "-led" or "-backed"
// ("NATO-led" → "NATO"). A nationality before the name of its own forces stands alone ("US Army" →
// "US"), a list of nationalities is kept whole ("American, British and French"), and words that name a
// kind of troops rather than whose they are give none ("Special Operations forces").
func (sc *troopScanner) whoIn(j, head int) string {
	for k := j; k < head; k++ {
		if !sc.toks[k].IsCapitalized() || troopStopWords[sc.lw[k]] {
			continue
		}
		r := k
		for r+1 < head && sc.toks[r+1].IsCapitalized() && !troopStopWords[sc.lw[r+1]] {
			r++
		}
		a, b := k, r
		for a <= b && sc.genericWho(a) {
			a++
		}
		for b >= a && sc.genericWho(b) {
			b--
		}
		if a > b {
			k = r
			continue
		}
		if lexicon.Nationalities[sc.lw[a]] || troopIsAcronym(sc.toks[a].Text) {
			if end := sc.nationalityList(a, head); end > a {
				return sc.d.Text[sc.toks[a].Start:sc.toks[end].End]
			}
			if a == b || lexicon.Nationalities[sc.lw[a+1]] || troopMilitaryNameWords[sc.lw[a+1]] {
				return troopTrimAffiliation(sc.toks[a].Text)
			}
		}
		return troopTrimAffiliation(sc.d.Text[sc.toks[a].Start:sc.toks[b].End])
	}
	return ""
}

// genericWho reports whether the capitalised token k says what kind of troops they are, not whose:
// "Special", "Operations", "Elite", "More" in a headline. "National" before "Guard" names a force.
func (sc *troopScanner) genericWho(k int) bool {
	w := sc.lw[k]
	if troopIsAcronym(sc.toks[k].Text) {
		return false
	}
	if w == "national" && k+1 < len(sc.lw) && (sc.lw[k+1] == "guard" || sc.lw[k+1] == "guards") {
		return false
	}
	if w == "state" && k > 0 && sc.toks[k-1].IsCapitalized() {
		return false // "Islamic State"
	}
	return troopModifiers[w] || troopKindWords[w]
}

// troopKindWords name a kind of troops: "Special Operations forces", "Special Forces soldiers".
var troopKindWords = lexicon.Words("troops/kind_words")

// nationalityList reads "American, British and French" from a, before head, and returns the last
// token of the list, or a when there is none.
func (sc *troopScanner) nationalityList(a, head int) int {
	end := a
	for k := a + 1; k+1 < head; {
		sep := k
		if sc.lw[k] == "," && k+1 < head && (sc.lw[k+1] == "and" || sc.lw[k+1] == "or") {
			sep = k + 1
		}
		if sc.lw[sep] != "," && sc.lw[sep] != "and" && sc.lw[sep] != "or" || sep+1 >= head {
			break
		}
		n := sep + 1
		if !lexicon.Nationalities[sc.lw[n]] && !troopIsAcronym(sc.toks[n].Text) {
			break
		}
		end = n
		k = n + 1
	}
	return end
}

// whoBefore names the force right before a cue noun: "Russian" in "the buildup of Russian soldiers",
// "British" in "The British strength".
func (sc *troopScanner) whoBefore(i int) string {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := sc.toks[k]
		if !t.IsWord() || troopStopWords[sc.lw[k]] {
			return ""
		}
		if t.IsCapitalized() {
			return troopTrimAffiliation(t.Text)
		}
		if !troopIsModifier(t, sc.lw[k]) {
			return ""
		}
	}
	return ""
}

// whoNear names the force the sentence gives before a figure without its own: "an Iraqi army
// patrol ..., killing two soldiers" → "Iraqi".
func (sc *troopScanner) whoNear(before int) string {
	if sc.forceAt == nil {
		// forceAt[i] is the last force noun before token i with its force named, or 0: one walk
		// over the sentence serves every figure in it.
		sc.forceAt = make([]int, len(sc.toks)+1)
		last := 0
		for k := range sc.toks {
			sc.forceAt[k] = last
			switch sc.lw[k] {
			case "army", "military", "forces", "troops", "navy", "police", "garrison", "patrol", "soldiers":
				if k-1 > 0 && sc.toks[k-1].IsCapitalized() && !troopStopWords[sc.lw[k-1]] {
					last = k
				}
			}
		}
		sc.forceAt[len(sc.toks)] = last
	}
	if k := sc.forceAt[min(before, len(sc.toks))]; k > 0 {
		return troopTrimAffiliation(sc.toks[k-1].Text)
	}
	return ""
}

func troopTrimAffiliation(s string) string {
	for _, suffix := range []string{"-led", "-backed", "-trained", "-funded"} {
		s = strings.TrimSuffix(s, suffix)
	}
	return s
}

// where reads the place after token i when it follows soon, in the same clause: "near the Ukraine
// border", "in Hong Kong".
func (sc *troopScanner) where(i int) string {
	n := len(sc.toks)
	for k := i + 1; k < n && k <= i+6; k++ {
		w := sc.lw[k]
		if !sc.toks[k].IsWord() {
			return ""
		}
		if !troopWherePrepositions[w] {
			continue
		}
		p := k + 1
		if p < n && sc.lw[p] == "the" {
			p++
		}
		last := -1
		for ; p < n; p++ {
			t, pw := sc.toks[p], sc.lw[p]
			switch {
			case t.IsCapitalized() && !troopStopWords[pw] && !troopIsMonth(pw):
			case troopPlaceNouns[pw] && last >= 0:
			case pw == "of" && last >= 0 && p+1 < n && sc.toks[p+1].IsCapitalized():
			default:
				p = n
				continue
			}
			last = p
		}
		if last < 0 {
			return ""
		}
		return sc.d.Text[sc.toks[k].Start:sc.toks[last].End]
	}
	return ""
}

// troopArmedAcronyms learns the acronyms an article uses for armed groups: "SPLA troops", "PKK
// rebels", "the rebel LRA". One pass over the tokens.
func troopArmedAcronyms(d *doc) map[string]bool {
	var m map[string]bool            // most articles name no armed group by acronym: no map to allocate
	toks, lower := d.Tokens, d.Lower // the analysis's lower case, not a new one per acronym
	for i, t := range toks {
		if !troopIsAcronym(t.Text) || len(t.Text) > 8 || troopStateAcronyms[lower[i]] {
			continue
		}
		if i+1 < len(toks) && troopAcronymNouns[lower[i+1]] || i > 0 && troopAcronymAdjectives[lower[i-1]] {
			if m == nil {
				m = map[string]bool{}
			}
			m[lower[i]] = true
		}
	}
	return m
}

var troopAcronymNouns = lexicon.Words("troops/acronym_nouns")
var troopAcronymAdjectives = lexicon.Words("troops/acronym_adjectives")

// troopStateAcronyms name states and alliances whose "members" are countries, not fighters.
var troopStateAcronyms = lexicon.Words("troops/state_acronyms")

// troopJointForce names a force of several countries from a lower-case modifier: "multinational",
// "international", "coalition".
func troopJointForce(mods []string) string {
	for _, m := range mods {
		if troopJointForceWords[m] {
			return m
		}
	}
	return ""
}

var troopJointForceWords = lexicon.Words("troops/joint_force_words")
