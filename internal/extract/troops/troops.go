package troops

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// extract finds figures that count military or armed personnel, sentence by sentence: a number
// before its personnel noun ("Some 35,000 Syrian soldiers", "a 5,000-strong force", "hundreds of
// policemen and soldiers"), a number that goes back to a figure just given ("107 US soldiers were
// killed, more than 30 of them ..."), and a bare number that a personnel noun said before it counts
// ("the buildup of Russian soldiers ..., growing to an estimated 100,000").
func extract(d *doc) ([]brief.Troop, bool) {
	out := []brief.Troop{}
	truncated := false
	armed := troopArmedAcronyms(d)
	// The tokens' lower-case text, the analysis's own unless a word must read differently here;
	// each sentence takes its stretch.
	lw, copied := d.Lower, false
	for i, t := range d.Tokens {
		if t.Text == "seals" {
			if !copied {
				lw, copied = slices.Clone(d.Lower), true
			}
			lw[i] = "seals (animals)" // only the capitalised "SEALs" are commandos
		}
	}
	for si := range d.Sentences {
		st := d.SentenceTokens[si]
		first, toks := st.Start, d.Tokens[st.Start:st.End]
		if len(toks) == 0 {
			continue
		}
		sc := troopScanner{d: d, toks: toks, lw: lw[first : first+len(toks)], armed: armed, room: MaxFigures - len(out)}
		out = sc.scan(out)
		if sc.truncated {
			truncated = true
			break
		}
	}
	slices.SortStableFunc(out, func(a, b brief.Troop) int { return a.Start - b.Start })
	return out, truncated
}

// MaxFigures is the most troop figures one article yields: a real article has a few, an input of
// nothing but figures ("1,000 troops and 1,000 troops and …") stops here.
const MaxFigures = 1 << 16

// troopScanner reads one sentence's tokens.
type troopScanner struct {
	d     *doc
	toks  []nlp.Token
	lw    []string        // the tokens' lower-case text
	armed map[string]bool // acronyms this article uses for armed groups ("SPLA troops")
	// forceAt is whoNear's index of the sentence's named forces, built on first use.
	forceAt []int
	// room is how many more figures the article may yield; truncated is set when the sentence had more.
	room      int
	truncated bool
}

// troopFigure is a figure found, with the token range it covers.
type troopFigure struct {
	q         nlp.Quantity
	end       int // last token of the figure (inclusive)
	unit      string
	who       string
	whereFrom int // token after which a place may follow, or -1
}

// troopCue is a personnel noun said without a number, which a later bare number may count.
type troopCue struct {
	at   int // token index, -1 when none
	unit string
	who  string
}

// scan appends the sentence's figures to out.
func (sc *troopScanner) scan(out []brief.Troop) []brief.Troop {
	earlier := len(out)  // the figures of the sentences before
	var prev troopFigure // the sentence's last figure, when hasPrev
	hasPrev := false
	cue := troopCue{at: -1}
	n := len(sc.toks)
	for i := 0; i < n; i++ {
		if len(out)-earlier >= sc.room {
			sc.truncated = true
			break
		}
		q, ok := nlp.ParseQuantity(sc.toks, sc.lw, i)
		if ok && sc.isYearOrDate(q) {
			i = q.Last
			continue
		}
		if ok {
			fig, found := sc.phrase(q)
			if !found && hasPrev {
				fig, found = sc.followUp(q, &prev)
			}
			if !found && cue.at >= 0 && q.First-cue.at <= 16 {
				fig, found = sc.bare(q, cue)
			}
			if found {
				if len(out) == cap(out) {
					// Double the room: append grows a long slice by a quarter at a time, which
					// copies an input of nothing but figures many times over.
					out = append(make([]brief.Troop, 0, 2*len(out)+4), out...)
				}
				out = append(out, sc.troop(fig))
				prev, hasPrev = fig, true
				// "2,500 troops patrol Kosovo, down from 50,000": the figure's noun counts on.
				cue = troopCue{at: fig.end, unit: fig.unit, who: fig.who}
				i = fig.end
				continue
			}
			// A number that counts something else ends what the cue can count.
			cue.at = -1
			i = q.Last
			continue
		}
		w := sc.lw[i]
		if !troopCueFilter.MayHave(w) {
			continue
		}
		if troopCueBlockers[w] {
			cue.at = -1
		}
		if troopCueNouns[w] && !troopCompoundHeads[sc.next(i)] && !(i > 0 && troopCivilForces[sc.lw[i-1]]) {
			cue = troopCue{at: i, unit: w, who: sc.whoBefore(i)}
			if cue.who == "" {
				// "Fighters of the Northern Liberation Front (NLF) numbered about 3,000".
				if end, who, armed := sc.armedOfPhrase(i + 1); armed {
					cue.who = who
					cue.at, i = end, end
				}
			}
			if troopForceNouns[w] || w == "strength" || w == "presence" || w == "troop" {
				cue.unit = ""
			}
		}
	}
	return out
}

// troopCueFilter turns away, before their maps, the words that are neither cue nouns nor cue blockers:
// nearly every word of a sentence without a figure.
var troopCueFilter = func() *lexicon.WordFilter {
	f := lexicon.FilterOf(troopCueNouns)
	for w := range troopCueBlockers {
		f.Add(w)
	}
	return f
}()

func (sc *troopScanner) next(i int) string {
	if i+1 < len(sc.lw) {
		return sc.lw[i+1]
	}
	return ""
}

// isYearOrDate rejects numbers that are years, days of a month, money or ages.
func (sc *troopScanner) isYearOrDate(q nlp.Quantity) bool {
	i := q.NumFirst
	if i > 0 {
		p := sc.lw[i-1]
		if p == "." && i > 1 {
			p = sc.lw[i-2]
		}
		if troopIsMonth(p) || p == "$" || p == "€" || p == "£" || p == "us$" || p == "no" || p == "aged" ||
			p == "age" || p == "number" && i > 1 && sc.lw[i-2] == "the" && q.Numeral {
			return true
		}
	}
	if q.Last+1 < len(sc.lw) && troopIsMonth(sc.lw[q.Last+1]) {
		return true
	}
	if q.Numeral && q.Max == 0 && q.Last == q.NumFirst && q.Suffix == "" {
		t := sc.toks[q.NumFirst].Text
		if len(t) == 4 && q.Count >= 1000 && q.Count <= 2100 {
			// A year, unless a personnel noun follows straight away ("1500 troops").
			nxt := sc.next(q.Last)
			return troopHeadOf(nxt) == troopNotHead || (i > 0 && troopYearPrepositions[sc.lw[i-1]])
		}
	}
	return false
}

var troopYearPrepositions = lexicon.Words("troops/year_prepositions")

// phrase reads a personnel noun phrase after the quantity: "35,000 Syrian soldiers", "hundreds of
// policemen and soldiers", "5,000-strong multinational force", "40 members of the PLA".
func (sc *troopScanner) phrase(q nlp.Quantity) (troopFigure, bool) {
	j, strong, share, ok := sc.afterNumber(q)
	if share != nil {
		return *share, true
	}
	if !ok {
		return troopFigure{}, false
	}
	head, ok := sc.headNoun(j, strong)
	if !ok || !sc.headIsPersonnel(q, j, head, strong) {
		return troopFigure{}, false
	}
	fig := troopFigure{q: q, end: head, unit: troopUnitText(sc.toks[head].Text), whereFrom: head}
	mods := sc.lw[j:head]
	fig.who = sc.whoIn(j, head)
	if fig.who == "" {
		fig.who = troopJointForce(mods) // "a 5,000-strong multinational force"
	}
	kind := sc.headAt(head, strong)
	if kind == troopConditional && !sc.conditionalIsArmed(&fig, j, head, mods) {
		return troopFigure{}, false
	}
	// "a 40-strong team of commandos": the team's members are the personnel.
	if p := sc.ofPersonnel(head); p > 0 && troopTeamNouns[sc.lw[head]] {
		fig.end, fig.unit, fig.whereFrom = p, troopUnitText(sc.toks[p].Text), p
		head = p
		kind = troopPersonnel
	}
	if fig.end == head {
		fig.end = sc.coordination(head)
		// Police count when they are part of the fighting: killed or wounded in an attack, not
		// counted as victims of something else, nor making arrests or keeping order.
		if troopPoliceNouns[fig.unit] || kind == troopConditional && head-1 >= j && troopPoliceNouns[sc.lw[head-1]] {
			if fig.end == head && sc.nearCasualty(q.First, head) && !sc.sentenceHas(troopAttackWords) {
				return troopFigure{}, false
			}
			if sc.sentenceHas(troopOrderWords) {
				return troopFigure{}, false
			}
		}
		fig.whereFrom = fig.end
		from := head
		// "police officers", "service members", "border guards": the modifier makes the noun.
		if kind == troopConditional && head-1 >= j && troopQualifiers[sc.lw[head-1]] {
			from = head - 1
		}
		fig.unit = troopUnitText(sc.d.Text[sc.toks[from].Start:sc.toks[fig.end].End])
	}
	sc.findWho(&fig, kind, head)
	return fig, true
}

// afterNumber reads what follows the number up to its noun phrase's modifiers: a size suffix
// ("5,000-strong", "16-member"), the "of" a vague quantity needs ("thousands of"), or a partitive
// ("five of the soldiers"). It returns where the modifiers start, whether the number gives the size
// of a body of troops, and for a share of a larger figure ("5,000 of the 13,000 troops") the figure
// the share counts.
func (sc *troopScanner) afterNumber(q nlp.Quantity) (j int, strong bool, share *troopFigure, ok bool) {
	n := len(sc.toks)
	j = q.Last + 1
	strong = q.Suffix != ""
	if !strong && j < n && sc.lw[j] == "strong" {
		strong = true
		j++
	}
	if q.Vague {
		if j < n && sc.lw[j] == "of" {
			j++
		} else if strings.HasSuffix(sc.lw[q.Last], "s") {
			return j, strong, nil, false // "thousands" needs "of"
		}
	} else if !strong && q.Count >= 2 && j+1 < n && sc.lw[j] == "of" && troopPartitiveDeterminers[sc.lw[j+1]] {
		j += 2 // "five of the soldiers"
		if inner, ok := nlp.ParseQuantity(sc.toks, sc.lw, j); ok && inner.First == j && !inner.Vague &&
			inner.Count > q.Count && !sc.isYearOrDate(inner) {
			if whole, ok := sc.phrase(inner); ok {
				return j, strong, &troopFigure{q: q, end: q.Last, unit: whole.unit, who: whole.who, whereFrom: -1}, true
			}
		}
	}
	return j, strong, nil, true
}

// headAt classifies token k as a head noun; after a size ("a 16-member special forces team") a team
// noun is a force.
func (sc *troopScanner) headAt(k int, strong bool) troopHead {
	if strong && troopTeamNouns[sc.lw[k]] {
		return troopForce
	}
	return troopHeadOf(sc.lw[k])
}

// headNoun walks the modifiers from j to the head noun; a personnel noun followed by another head
// modifies it ("rebel fighters", "police officers"). Anything that is not a modifier ends the walk
// without a head.
func (sc *troopScanner) headNoun(j int, strong bool) (int, bool) {
	n := len(sc.toks)
	limit := j + 6
	for k := j; k < n && k < limit; k++ {
		if sc.lw[k] == "," || sc.lw[k] == "and" || sc.lw[k] == "or" {
			limit++ // a list of modifiers: "American, British, Egyptian and Syrian forces"
		}
		h := sc.headAt(k, strong)
		if h != troopNotHead {
			// A plural other than "forces" does not modify the next noun: "troops guards the airport".
			plural := strings.HasSuffix(sc.lw[k], "s") && sc.lw[k] != "forces" && h == troopPersonnel
			if k+1 < n && sc.headAt(k+1, strong) != troopNotHead && !plural {
				continue
			}
			return k, true
		}
		// "uniformed and plainclothes police", "heavily armed, well-trained soldiers", and lists of
		// nationalities: "American, British and French troops".
		if (sc.lw[k] == "and" || sc.lw[k] == "or" || sc.lw[k] == ",") && k > j && k+1 < n &&
			troopIsModifier(sc.toks[k-1], sc.lw[k-1]) && troopIsModifier(sc.toks[k+1], sc.lw[k+1]) &&
			sc.toks[k+1].IsCapitalized() == sc.toks[k-1].IsCapitalized() {
			continue
		}
		if sc.lw[k] == "and" && k > j && k+1 < n && sc.lw[k-1] == "," && sc.toks[k+1].IsCapitalized() {
			continue // the serial comma: "American, British, and French troops"
		}
		if !troopIsModifier(sc.toks[k], sc.lw[k]) {
			return -1, false
		}
	}
	return -1, false
}

// headIsPersonnel rules out heads that name no troops: civilians ("medical staff"), aircraft ("two
// F-16 fighters"), a force without a size, a team its modifiers do not arm, the first noun of a
// compound ("troop carriers"), and a singular noun after a number other than one.
func (sc *troopScanner) headIsPersonnel(q nlp.Quantity, j, head int, strong bool) bool {
	for k := j; k < head; k++ {
		// A capitalised word inside a name is not a civilian modifier: "the African Union force".
		inName := k > j && sc.toks[k].IsCapitalized() && sc.toks[k-1].IsCapitalized()
		if troopUnarmedModifiers[sc.lw[k]] && !inName {
			return false
		}
	}
	if sc.designatorIn(j, head) {
		return false
	}
	w := sc.lw[head]
	if sc.headAt(head, strong) == troopForce && !strong {
		return false
	}
	// "a 16-member team" is troops only when its modifiers say so: "special forces team", "SEAL team".
	if troopTeamNouns[w] && !troopForceNouns[w] && !sc.armedTeam(j, head) && sc.ofPersonnel(head) < 0 {
		return false
	}
	if troopCompoundHeads[sc.next(head)] {
		return false
	}
	// A singular noun goes with one: "one PKK member", not "two marine species".
	if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "men") && !troopPluralAlways[w] && !strong &&
		(q.Vague || q.Count != 1) {
		return false
	}
	return true
}

// conditionalIsArmed decides a noun that names troops only in context ("members", "men",
// "officers", "guards", "cadets"): its modifiers, a force named before the number, an "of" phrase
// naming an armed group (which then ends the figure), or coordination with troops.
func (sc *troopScanner) conditionalIsArmed(fig *troopFigure, j, head int, mods []string) bool {
	q := fig.q
	ok := false
	switch fig.unit {
	case "members", "member":
		ok = sc.armedModifier(j, head) || sc.forceOfBefore(q.First)
		if !ok {
			if end, who, armed := sc.armedOfPhrase(head + 1); armed {
				ok, fig.end, fig.whereFrom = true, end, end
				if who != "" {
					fig.who = who
				}
			}
		}
	case "men":
		ok = sc.forceOfBefore(q.First) || troopAnyOf(mods, "fighting", "enlisted", "uniformed", "armed")
	case "officers", "officer":
		ok = troopAnyOf(mods, "police", "army", "military", "security", "naval", "navy", "border",
			"riot", "armed", "marine", "air", "army", "intelligence")
	case "guards":
		ok = true
	case "cadets", "recruits":
		ok = troopAnyOf(mods, "military", "army", "police", "naval", "air")
	}
	return ok || sc.coordinatedPersonnel(head)
}

// findWho names the force when the noun phrase itself did not: "a 300-strong contingent of Irish
// peacekeepers", "600 fighters of the Sudan People's Liberation Army", else a nationality near the
// number, else the subject of its clause.
func (sc *troopScanner) findWho(fig *troopFigure, kind troopHead, head int) {
	n := len(sc.toks)
	if fig.who == "" && kind == troopForce && head+2 < n && sc.lw[head+1] == "of" {
		for k := head + 2; k < n && k < head+6; k++ {
			if troopHeadOf(sc.lw[k]) == troopPersonnel {
				fig.who = sc.whoIn(head+2, k)
				break
			}
			if !troopIsModifier(sc.toks[k], sc.lw[k]) {
				break
			}
		}
	}
	if fig.who == "" && fig.end == head {
		if _, who, armed := sc.armedOfPhrase(head + 1); armed {
			fig.who = who
		}
	}
	if fig.who == "" {
		fig.who = sc.whoNear(fig.q.First)
	}
	if fig.who == "" {
		fig.who = sc.whoSubject(fig.q.First)
	}
}

// designatorIn reports whether a model designator stands between j and head: "F-16", "MiG-29",
// "Su-27", "J-20" (letters, a hyphen, digits).
func (sc *troopScanner) designatorIn(j, head int) bool {
	for k := j; k < head; k++ {
		t := sc.toks[k].Text
		h := strings.IndexByte(t, '-')
		if h <= 0 || h > 3 || h+1 >= len(t) || t[0] < 'A' || t[0] > 'Z' || t[h+1] < '0' || t[h+1] > '9' {
			continue
		}
		return true
	}
	return false
}

// armedTeam reports whether a modifier between j and head makes a team armed: "special forces
// team", "SEAL team", "army team".
func (sc *troopScanner) armedTeam(j, head int) bool {
	for k := j; k < head; k++ {
		w := sc.lw[k]
		if troopHeadOf(w) == troopPersonnel || troopArmedGroupWords[w] || troopArmedGroups[w] || sc.armed[w] {
			return true
		}
	}
	return false
}

// nearCasualty reports whether words that count victims stand within a few tokens of a figure.
func (sc *troopScanner) nearCasualty(first, last int) bool {
	for k := first - 6; k <= last+4; k++ {
		if k >= 0 && k < len(sc.lw) && troopCasualtyWords[sc.lw[k]] {
			return true
		}
	}
	return false
}

// troopQualifiers make a conditional noun a personnel noun and belong to the unit.
var troopQualifiers = lexicon.Words("troops/qualifiers")

// troopPluralAlways are personnel nouns without a plural -s.
var troopPluralAlways = lexicon.Words("troops/plural_always")

func troopAnyOf(list []string, words ...string) bool {
	for _, l := range list {
		for _, w := range words {
			if l == w {
				return true
			}
		}
	}
	return false
}

// coordination extends a head over "and marines", "and cadets", "or policemen".
func (sc *troopScanner) coordination(head int) int {
	n := len(sc.toks)
	end := head
	for end+2 < n && (sc.lw[end+1] == "and" || sc.lw[end+1] == "or" || sc.lw[end+1] == "&" ||
		sc.lw[end+1] == "," && sc.closedList(end+1)) {
		w := sc.lw[end+2]
		if troopHeadOf(w) == troopPersonnel || w == "cadets" || w == "officers" || w == "recruits" {
			if troopCompoundHeads[sc.next(end+2)] {
				break
			}
			end += 2
			// "soldiers and police officers"
			for end+1 < n && troopHeadOf(sc.lw[end+1]) != troopNotHead && !troopCompoundHeads[sc.next(end+1)] {
				end++
			}
			continue
		}
		break
	}
	return end
}

// closedList reports whether the comma at c lists personnel up to an "and" or "or" that closes the
// list: "troops, police and militiamen", not "troops, police said".
func (sc *troopScanner) closedList(c int) bool {
	for k := c; k+1 < len(sc.lw) && k < c+8; k += 2 {
		if sc.lw[k] != "," && sc.lw[k] != "and" && sc.lw[k] != "or" {
			return false
		}
		k2 := k + 1
		if sc.lw[k] == "," && (sc.lw[k2] == "and" || sc.lw[k2] == "or") {
			k, k2 = k+1, k+2 // the serial comma
			if k2 >= len(sc.lw) {
				return false
			}
		}
		if troopHeadOf(sc.lw[k2]) != troopPersonnel {
			return false
		}
		if sc.lw[k] != "," {
			return true
		}
	}
	return false
}

// coordinatedPersonnel reports whether "officers and soldiers" joins the head to personnel.
func (sc *troopScanner) coordinatedPersonnel(head int) bool {
	return head+2 < len(sc.toks) && (sc.lw[head+1] == "and" || sc.lw[head+1] == "or") &&
		troopHeadOf(sc.lw[head+2]) == troopPersonnel
}

// armedModifier reports whether a modifier between j and head names an armed group ("PKK members",
// "militia members", "Taliban members").
func (sc *troopScanner) armedModifier(j, head int) bool {
	for k := j; k < head; k++ {
		w := strings.TrimSuffix(strings.TrimSuffix(sc.lw[k], "-led"), "-backed")
		if troopArmedGroups[w] || sc.armed[w] || troopArmedGroupWords[w] || w == "service" {
			return true
		}
	}
	return false
}

// armedOfPhrase reads "of the outlawed Kurdish Workers' Party (PKK)" at k and reports where it ends,
// the group's short name, and whether the group is armed.
func (sc *troopScanner) armedOfPhrase(k int) (end int, who string, armed bool) {
	n := len(sc.toks)
	if k >= n || sc.lw[k] != "of" {
		return 0, "", false
	}
	k++
	if k < n && sc.lw[k] == "the" {
		k++
	}
	start, last := k, -1
	for ; k < n && k < start+8; k++ {
		t, w := sc.toks[k], sc.lw[k]
		switch {
		case (w == "'" || w == "’" || w == "'s" || w == "’s") && last == k-1 && t.Start == sc.toks[k-1].End:
		case t.IsCapitalized() && !troopStopWords[w]:
		case troopArmedGroupWords[w] || troopGroupWords[w]:
		default:
			k = n // stop
			continue
		}
		last = k
	}
	if last < 0 {
		return 0, "", false
	}
	for k := start; k <= last; k++ {
		w := sc.lw[k]
		if troopArmedGroups[w] || sc.armed[w] || troopArmedGroupWords[w] {
			armed = true
			if troopIsAcronym(sc.toks[k].Text) {
				who = sc.toks[k].Text
			}
		}
	}
	// "(PKK)" right after the name.
	if last+3 < n && sc.lw[last+1] == "(" && sc.lw[last+3] == ")" && troopIsAcronym(sc.toks[last+2].Text) {
		a := sc.lw[last+2]
		if troopArmedGroups[a] || sc.armed[a] || armed {
			armed, who = true, sc.toks[last+2].Text
		}
	}
	if who == "" && start < last && lexicon.Nationalities[sc.lw[start]] && troopMilitaryNameWords[sc.lw[start+1]] {
		who = sc.toks[start].Text // "of the Russian army" → "Russian"
	}
	// "of outlawed Kurdish rebel group" → "Kurdish rebel group": the group's standing is no part of it.
	for start < last && troopGroupStanding[sc.lw[start]] {
		start++
	}
	if who == "" {
		who = sc.d.Text[sc.toks[start].Start:sc.toks[last].End]
	}
	return last, who, armed
}

// troopGroupStanding says how the law sees a group; it does not name the group.
var troopGroupStanding = lexicon.Words("troops/group_standing")

// troopGroupWords may stand inside a group's name in lower case.
var troopGroupWords = lexicon.Words("troops/group_words")

// forceOfBefore reports whether "an army of", "a force of" comes right before position i.
func (sc *troopScanner) forceOfBefore(i int) bool {
	return i >= 2 && (sc.lw[i-1] == "of" || sc.lw[i-1] == "with") && troopForceNouns[sc.lw[i-2]] &&
		!(i >= 3 && troopCivilForces[sc.lw[i-3]])
}

// followUp reads a number that goes back to the figure just given: "more than 30 of them", "five
// others", "four were killed".
func (sc *troopScanner) followUp(q nlp.Quantity, prev *troopFigure) (troopFigure, bool) {
	n := len(sc.toks)
	j := q.Last + 1
	if j >= n {
		return troopFigure{}, false
	}
	fig := troopFigure{q: q, end: q.Last, unit: prev.unit, who: prev.who, whereFrom: -1}
	smaller := q.Vague || prev.q.Vague || q.Count < prev.q.Count
	switch w := sc.lw[j]; {
	case w == "of" && j+1 < n && troopPartitivePronouns[sc.lw[j+1]] && smaller:
		fig.end = j + 1
		return fig, true
	case (w == "others" || w == "more") && (j+1 >= n || troopHeadOf(sc.lw[j+1]) == troopNotHead):
		fig.end = j
		return fig, true
	case troopSubjectVerbs[w] && smaller && q.First > 0 && troopClauseOpeners[sc.lw[q.First-1]]:
		return fig, true
	case troopWherePrepositions[w] && q.First > 0 && sc.lw[q.First-1] == "and" && q.First-prev.end <= 8 &&
		prev.end+1 < n && troopWherePrepositions[sc.lw[prev.end+1]]:
		// "2,500 troops in Iraq and 900 in Syria"
		fig.whereFrom = q.Last
		return fig, true
	}
	return troopFigure{}, false
}

var troopPartitivePronouns = lexicon.Words("troops/partitive_pronouns")
var troopPartitiveDeterminers = lexicon.Words("troops/partitive_determiners")
var troopSubjectVerbs = lexicon.Words("troops/subject_verbs")
var troopClauseOpeners = lexicon.Words("troops/clause_openers")

// bare reads a number without a noun that a cue before it counts: "to an estimated 100,000", "is
// now around 1,800".
func (sc *troopScanner) bare(q nlp.Quantity, cue troopCue) (troopFigure, bool) {
	if q.First == 0 || !troopPrepositionsBeforeBare[sc.lw[q.First-1]] {
		return troopFigure{}, false
	}
	if !q.Vague && q.Count < 2 {
		return troopFigure{}, false
	}
	if j := q.Last + 1; j < len(sc.toks) && !troopAfterBare[sc.lw[j]] {
		return troopFigure{}, false
	}
	return troopFigure{q: q, end: q.Last, unit: cue.unit, who: cue.who, whereFrom: cue.at}, true
}

// troop builds the brief's entry for fig.
func (sc *troopScanner) troop(fig troopFigure) brief.Troop {
	r := nlp.Range{Start: sc.toks[fig.q.First].Start, End: sc.toks[fig.end].End}
	t := brief.Troop{Span: sc.d.Span(r), Approximate: fig.q.Approximate, Unit: fig.unit}
	if !fig.q.Vague {
		t.Count = brief.Int(fig.q.Count)
	}
	if fig.q.Max > 0 {
		t.Max = brief.Int(fig.q.Max)
	}
	if fig.who != "" {
		t.Who = brief.Str(fig.who)
	}
	if fig.whereFrom >= 0 {
		if where := sc.where(fig.whereFrom); where != "" {
			t.Where = brief.Str(where)
		}
	}
	return t
}

// ofPersonnel returns the personnel noun of an "of" phrase after the head ("a team of commandos",
// "a unit of 40 elite paratroopers" is a figure of its own), or -1.
func (sc *troopScanner) ofPersonnel(head int) int {
	if head+1 >= len(sc.lw) || sc.lw[head+1] != "of" {
		return -1
	}
	for k := head + 2; k < len(sc.lw) && k <= head+5; k++ {
		if sc.toks[k].IsNumber() {
			return -1
		}
		if troopPersonnelNouns[sc.lw[k]] {
			return k
		}
		if !troopIsModifier(sc.toks[k], sc.lw[k]) && sc.lw[k] != "the" {
			return -1
		}
	}
	return -1
}

// sentenceHas reports whether a word of the list is in the sentence.
func (sc *troopScanner) sentenceHas(words map[string]bool) bool {
	for _, w := range sc.lw {
		if words[w] {
			return true
		}
	}
	return false
}

// troopUnitText writes a unit lower-case, as the guideline asks, except acronyms, which keep their
// letters ("GIs", "SEALs").
func troopUnitText(s string) string {
	if asciiWord(s) {
		return unitWord(s) // a head noun is one token: no splitting and joining
	}
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = unitWord(w)
	}
	return strings.Join(f, " ")
}

// unitWord is one word of a unit in the case the guideline asks for.
func unitWord(w string) string {
	upper, lower := 0, 0
	for _, c := range w {
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		}
	}
	// "GIs", "SEALs" are acronyms; "POLICE" in a headline is a word in capitals.
	if upper < 2 || lower == 0 && upper > 4 {
		return nlp.QuantityLower(w)
	}
	return w
}

// asciiWord reports whether s is ASCII without white space, which strings.Fields keeps whole.
func asciiWord(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == ' ', c >= '\t' && c <= '\r':
			return false
		}
	}
	return true
}
