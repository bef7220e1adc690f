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
var troopPersonnelNouns = troopSet(`troops soldiers soldier servicemen serviceman servicewomen
	servicewoman servicemembers sailors sailor marines marine airmen airman peacekeepers peacekeeper
	paratroopers paratrooper reservists reservist guardsmen guardsman commandos commando policemen
	policeman policewomen police rebels rebel fighters fighter militiamen militiaman militants militant
	insurgents insurgent guerrillas guerrilla guerillas guerilla combatants combatant mercenaries
	mercenary conscripts conscript infantrymen infantryman troopers trooper gendarmes gendarme
	legionnaires paramilitaries personnel forces taliban jihadists jihadist jihadis jihadi mujahideen
	peshmerga snipers gis g.i.s seals partisans carabinieri pows p.o.w.s`)

// troopTeamNouns are bodies that count troops only with a size glued to the number and an armed
// modifier: "a 16-member special forces team", "a 12-man army patrol".
var troopTeamNouns = troopSet(`team teams squad patrol unit detachment`)

// troopMilitaryNameWords follow a nationality in the name of its armed forces: "the Russian army".
var troopMilitaryNameWords = troopSet(`army navy air military armed forces force marines marine corps
	national special guard guards border coast police security defence defense republican
	revolutionary airborne`)

// troopConditionalNouns count personnel only when a modifier, a coordination or an "of" phrase says
// they are armed: "police officers", "PKK members", "members of the PLA", "an army of 5,000 men".
var troopConditionalNouns = troopSet(`officers officer members member men guards cadets recruits`)

// troopForceNouns name a body of troops: "a 5,000-strong force", "the British strength is 1,800".
var troopForceNouns = troopSet(`force army contingent garrison militia brigade battalion unit detachment
	corps mission division regiment deployment squad platoon company navy coalition task-force`)

// troopCueNouns, said without a number, let a later bare number count them: "the number of American
// troops in Iraq to 157,000", "the British strength is now around 1,800".
var troopCueNouns = troopSet(`troops soldiers forces servicemen sailors marines peacekeepers
	paratroopers reservists rebels fighters militants insurgents guerrillas militiamen
	personnel strength garrison contingent force presence troop deployment`)

// troopCueBlockers end what a cue can count: a bare number after "death toll" or "percent" counts
// something else.
var troopCueBlockers = troopSet(`toll tolls casualties percent per % $ budget cost costs spending
	rockets missiles shells tanks vehicles aircraft planes jets helicopters ships weapons rifles guns
	age aged years months weeks days hours kilometers kilometres km miles dollars euros pounds civilians
	people`)

// troopCompoundHeads follow a personnel noun used as a modifier: "fighter jets", "police station",
// "rebel leader" are not personnel.
var troopCompoundHeads = troopSet(`jets jet planes plane aircraft bombers bomber helicopters helicopter
	squadron squadrons vehicles vehicle carriers carrier ships ship boats boat bases base camps camp
	positions position stations station cars car chief chiefs leader leaders group groups commander
	commanders units unit headquarters spokesman spokeswoman official officials sources source
	stronghold strongholds attacks attack killings deaths casualties families barracks
	post posts checkpoint checkpoints academy department departments
	raid raids operation operations offensive reports report records record custody detainees
	prisoners dogs uniforms vans union unions brutality violence shootings shooting chase line lines`)

// troopModifiers are lower-case words that may stand between a number and its personnel noun.
var troopModifiers = troopSet(`more other additional extra further armed elite foreign local regular
	active combat frontline front-line special government rebel army police navy security border reserve
	ground crack fresh new young off-duty wounded dead injured peacekeeping riot service coalition
	allied enemy infantry naval air national federal state paramilitary militia guerrilla insurgent
	pro-government anti-government enlisted uniformed fighting heavily well trained career professional
	female male women unarmed u.n. un us u.s. suspected alleged islamist separatist marxist maoist
	military volunteer auxiliary civil defence defense combat-ready battle-hardened crack junior senior
	regular seasoned veteran serving retired captured missing kidnapped abducted detained jailed
	imprisoned surviving remaining trapped stranded injured slain killed undercover plainclothes`)

// troopUnarmedModifiers make a personnel noun civilian: "medical personnel", "security guards".
var troopUnarmedModifiers = troopSet(`medical civilian humanitarian embassy diplomatic aid health hospital
	airline airport emergency rescue nursing private prison museum crew cabin club party parliament
	parliamentary council board committee union staff family church`)

// troopStopWords are capitalised words that do not modify a personnel noun even at a sentence start.
// Months, full or short, and full weekday names are among them; short weekday forms are not, since
// "Sun" and "Sat" also start names.
var troopStopWords = func() map[string]bool {
	m := troopSet(`the a an in on at of and or but to for from by with as was were is are
	has have had that this these those who which when while after before since during than about`)
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
var troopArmedGroupWords = troopSet(`rebel rebels army armed forces militia militias guerrilla
	guerrillas insurgent insurgents militant militants military paramilitary paramilitaries guard
	guards police navy marines brigade brigades battalion battalions liberation jihadist jihadists
	mujahideen peshmerga`)

// troopArmedGroups are well-known armies and armed groups written as names or acronyms.
var troopArmedGroups = troopSet(`pkk pla spla spla-io ira eta farc eln ltte kla uck ruf lra unita rpf
	hamas hezbollah hizbollah hizbullah taliban isis isil daesh al-qaeda al-qaida qaeda al-shabaab
	shabaab houthi houthis m23 sdf ypg wagner npa milf ulfa idf fdlr rsf saf tplf pdf aqim mnla plo
	polisario kfor isaf unifil amisom monusco minusma unmiss`)

// troopPrepositionsBeforeBare may come right before a number that a cue counts: "rose to 157,000",
// "is now around 1,800", "a force of 5,000".
var troopPrepositionsBeforeBare = troopSet(`to at of is was now reached reach reaching numbered numbering
	number numbers totaled totalled totals total totalling totaling stood stands be been are were
	nearly some about around from - -- — –`)

// troopAfterBare may follow a bare number that a cue counts; a noun there means the number counts
// that noun instead.
var troopAfterBare = troopSet(`, . ; : ) - -- — – which and but by in on at from as this last next when
	while since after before until with under near along across inside outside into for there to
	were was are will would have had remain remained`)

// troopWhereWords open the place where personnel are: "near the Ukraine border", "in Hong Kong".
var troopWherePrepositions = troopSet(`in near along across inside outside on at into`)

// troopPlaceNouns may close a place name: "the Ukraine border", "Kandahar province".
var troopPlaceNouns = troopSet(`border borders region province district frontier area coast valley city
	town capital peninsula strip territory territories island islands state county enclave`)

// troopCivilForces are what "force" means after these words: "a work force of 43 million".
var troopCivilForces = troopSet(`work labor labour sales`)

func troopSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// troopHeadOf classifies the lower-case word w.
func troopHeadOf(w string) troopHead {
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
var troopPoliceNouns = troopSet(`police policemen policeman policewomen policewoman officers officer`)

// troopCasualtyWords mark a sentence part that counts victims.
var troopCasualtyWords = troopSet(`killed killing kills kill wounded wounding injured injuring died dead
	including among victims kidnapped abducted hurt`)
