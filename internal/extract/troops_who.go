package extract

import "strings"

// whoIn names the force among the modifiers between j and head: the first capitalised one
// ("Russian", "UN", "PKK"), without a "-led" or "-backed" ("NATO-led" → "NATO").
func (sc *troopScanner) whoIn(j, head int) string {
	for k := j; k < head; k++ {
		t := sc.toks[k]
		if !t.IsCapitalized() || troopStopWords[sc.lw[k]] || troopModifiers[sc.lw[k]] && !troopIsAcronym(t.Text) {
			continue
		}
		return troopTrimAffiliation(t.Text)
	}
	return ""
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
	for k := before - 1; k > 0; k-- {
		switch sc.lw[k] {
		case "army", "military", "forces", "troops", "navy", "police", "garrison", "patrol", "soldiers":
			t := sc.toks[k-1]
			if t.IsCapitalized() && !troopStopWords[sc.lw[k-1]] && k-1 > 0 {
				return troopTrimAffiliation(t.Text)
			}
		}
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
func troopArmedAcronyms(d *Doc) map[string]bool {
	m := map[string]bool{}
	toks := d.Tokens
	for i, t := range toks {
		if !troopIsAcronym(t.Text) || len(t.Text) > 8 || troopStateAcronyms[quantityLower(t.Text)] {
			continue
		}
		if i+1 < len(toks) && troopAcronymNouns[quantityLower(toks[i+1].Text)] ||
			i > 0 && troopAcronymAdjectives[quantityLower(toks[i-1].Text)] {
			m[quantityLower(t.Text)] = true
		}
	}
	return m
}

var troopAcronymNouns = troopSet(`rebels guerrillas militants insurgents troops soldiers militiamen
	fighters forces`)
var troopAcronymAdjectives = troopSet(`rebel guerrilla militant insurgent armed`)

// troopStateAcronyms name states and alliances whose "members" are countries, not fighters.
var troopStateAcronyms = troopSet(`us u.s. usa uk u.k. un u.n. eu nato au asean osce gcc ecowas`)
