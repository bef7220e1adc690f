package troops

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// troopHead says how a noun can head a troop figure.
type troopHead int

const (
	troopNotHead     troopHead = iota
	troopPersonnel             // always armed personnel: soldiers, rebels, peacekeepers
	troopConditional           // personnel only with the right company: officers, members, men, guards
	troopForce                 // a body of troops, counted with "-strong": force, army, contingent
)

// troopPersonnelNouns always count military or armed personnel.
var troopPersonnelNouns = lexicon.Words("troops/personnel_nouns")

// troopTeamNouns are bodies that count troops only with a size glued to the number and an armed
// modifier: "a 16-member special forces team", "a 12-man army patrol".
var troopTeamNouns = lexicon.Words("troops/team_nouns")

// troopMilitaryNameWords follow a nationality in the name of its armed forces: "the Russian army".
var troopMilitaryNameWords = lexicon.Words("troops/military_name_words")

// troopConditionalNouns count personnel only when a modifier, a coordination or an "of" phrase says
// they are armed: "police officers", "PKK members", "members of the PLA", "an army of 5,000 men".
var troopConditionalNouns = lexicon.Words("troops/conditional_nouns")

// troopForceNouns name a body of troops: "a 5,000-strong force", "the British strength is 1,800".
var troopForceNouns = lexicon.Words("troops/force_nouns")

// troopCueNouns, said without a number, let a later bare number count them: "the number of American
// troops in Iraq to 157,000", "the British strength is now around 1,800".
var troopCueNouns = lexicon.Words("troops/cue_nouns")

// troopCueBlockers end what a cue can count: a bare number after "death toll" or "percent" counts
// something else.
var troopCueBlockers = lexicon.Words("troops/cue_blockers")

// troopCompoundHeads follow a personnel noun used as a modifier: "fighter jets", "police station",
// "rebel leader" are not personnel.
var troopCompoundHeads = lexicon.Words("troops/compound_heads")

// troopModifiers are lower-case words that may stand between a number and its personnel noun.
var troopModifiers = lexicon.Words("troops/modifiers")

// troopUnarmedModifiers make a personnel noun civilian: "medical personnel", "security guards".
var troopUnarmedModifiers = lexicon.Words("troops/unarmed_modifiers")

// troopStopWords are capitalised words that do not modify a personnel noun even at a sentence start.
// Months, full or short, and full weekday names are among them; short weekday forms are not, since
// "Sun" and "Sat" also start names.
var troopStopWords = func() map[string]bool {
	m := lexicon.Words("troops/stop_words")
	for w := range lexicon.MonthWords {
		m[w] = true
	}
	for _, w := range lexicon.WeekdayFullNames {
		m[w] = true
	}
	return m
}()

// troopArmedGroupWords mark a group as armed: "members of the outlawed rebel group", "members of the
// armed forces", "members of the National Guard".
var troopArmedGroupWords = lexicon.Words("troops/armed_group_words")

// troopArmedGroups are well-known armies and armed groups written as names or acronyms.
var troopArmedGroups = lexicon.Words("troops/armed_groups")

// troopPrepositionsBeforeBare may come right before a number that a cue counts: "rose to 157,000",
// "is now around 1,800", "a force of 5,000".
var troopPrepositionsBeforeBare = lexicon.Words("troops/prepositions_before_bare")

// troopAfterBare may follow a bare number that a cue counts; a noun there means the number counts
// that noun instead.
var troopAfterBare = lexicon.Words("troops/after_bare")

// troopWhereWords open the place where personnel are: "near the Ukraine border", "in Hong Kong".
var troopWherePrepositions = lexicon.Words("troops/where_prepositions")

// troopPlaceNouns may close a place name: "the Ukraine border", "Kandahar province".
var troopPlaceNouns = lexicon.Words("troops/place_nouns")

// troopCivilForces are what "force" means after these words: "a work force of 43 million".
var troopCivilForces = lexicon.Words("troops/civil_forces")

// troopHeadOf classifies the lower-case word w.
func troopHeadOf(w string) troopHead {
	if !troopHeadFilter.MayHave(w) {
		return troopNotHead
	}
	switch {
	case troopPersonnelNouns[w]:
		return troopPersonnel
	case troopConditionalNouns[w]:
		return troopConditional
	case troopForceNouns[w]:
		return troopForce
	}
	return troopNotHead
}

// troopHeadFilter turns away, before the three maps, the words that head no troop phrase: the
// phrase reader asks about up to six words after every number.
var troopHeadFilter = func() *lexicon.WordFilter {
	f := new(lexicon.WordFilter)
	for _, set := range []map[string]bool{troopPersonnelNouns, troopConditionalNouns, troopForceNouns} {
		for w := range set {
			f.Add(w)
		}
	}
	return f
}()

// troopIsModifier reports whether the token may stand between a number and its personnel noun:
// capitalised words (nationalities, forces: "Russian", "UN", "PKK"), hyphenated words ("US-led") and
// lower-case adjectives.
func troopIsModifier(t nlp.Token, w string) bool {
	if !t.IsWord() || troopStopWords[w] {
		return false
	}
	if t.IsCapitalized() || strings.ContainsAny(w, "-.") || troopModifiers[w] {
		return true
	}
	for _, suffix := range []string{"al", "ed", "ian", "ese", "ish", "ic", "ive", "ary", "ern", "ean"} {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// troopIsMonth reports whether w names a month ("Nov", "November").
func troopIsMonth(w string) bool { return lexicon.IsMonthWord(w) }

// troopIsAcronym reports whether s is written in capitals like an acronym: "PKK", "SPLA", "U.S.".
func troopIsAcronym(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= 'a' && c <= 'z':
			return false
		}
	}
	return letters >= 2
}

// troopPoliceNouns count police, who are a troop figure when deployed as a force but not when they
// are among the victims of an attack ("killing 20 people, including five policemen").
var troopPoliceNouns = lexicon.Words("troops/police_nouns")

// troopCasualtyWords mark a sentence part that counts victims.
var troopCasualtyWords = lexicon.Words("troops/casualty_words")

// troopAttackWords say a sentence reports an attack by armed men: police counted as its casualties
// are in the fighting.
var troopAttackWords = lexicon.Words("troops/attack_words")

// troopOrderWords say police are keeping order or making arrests, not fighting.
var troopOrderWords = lexicon.Words("troops/order_words")
