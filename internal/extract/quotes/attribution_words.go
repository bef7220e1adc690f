package quotes

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

// cueKind tells how a reporting verb relates to its speaker.
type cueKind struct {
	participle bool // "saying", "adding": the speaker is the subject of the clause it hangs on
	object     bool // "told", "asked": the words after the verb are the listener, never the speaker
}

// objectCues take the listener or the thing named as their object, so the words after them are never
// the speaker.
var objectCues = map[string]bool{"tell": true, "ask": true, "urge": true, "call": true, "describe": true, "warn": true,
	"instruct": true}

var cueForms = buildCueForms()

// buildCueForms reads the reporting verbs that introduce a quotation (lexicon.QuoteCue: -ing forms
// and manner-of-speech verbs count, belief verbs do not, since the speaker of a quotation may be an
// organisation) and tells the kind of each form.
func buildCueForms() map[string]cueKind {
	m := map[string]cueKind{}
	for form, stem := range lexicon.ReportingVerbs(lexicon.QuoteCue) {
		m[form] = cueKind{participle: strings.HasSuffix(form, "ing"), object: objectCues[stem]}
	}
	return m
}

// lookupCue returns the cue kind of the word, if it is a reporting verb.
func lookupCue(word string) (cueKind, bool) {
	k, ok := cueForms[strings.ToLower(word)]
	return k, ok
}

// speakerRoleNouns name a speaker's function; lower-case, they still belong to the speaker's phrase
// ("State Department spokesman Ned Price", "an MoD spokeswoman").
var speakerRoleNouns = lexicon.WordSet(`spokesman spokeswoman spokesperson spokespeople spokesmen official officials minister
president secretary chief leader head director chairman chairwoman chair governor senator
ambassador envoy commander general officer analyst expert professor adviser advisor aide
source sources diplomat witness witnesses resident residents correspondent reporter editor
spokesmen deputy representative lawmaker legislator mayor negotiator premier prosecutor
lawyer attorney judge economist strategist pollster candidate nominee member members
executive manager founder researcher scientist doctor nurse activist campaigner organizer
police policeman officer soldier commander-in-chief colonel captain sergeant lieutenant
admiral major coach player owner author historian columnist host anchor narrator announcer
congressman congresswoman councillor councilman councilwoman chancellor monarch king queen prince
princess pope cardinal bishop archbishop imam rabbi priest cleric sheikh delegate observer
staffer staff counsel investigator inspector superintendent detective chief-of-staff
security defense defence foreign interior finance military state press house party government
white campaign spokes-person communications affairs public relations`)

// isRoleNoun reports whether w is a role noun or its plural ("analysts", "prosecutors", "attorneys",
// "congressmen"): a bare plural before the cue designates the speakers ("…," analysts said).
func isRoleNoun(w string) bool {
	if speakerRoleNouns[w] {
		return true
	}
	switch {
	case strings.HasSuffix(w, "men"):
		return speakerRoleNouns[strings.TrimSuffix(w, "men")+"man"]
	case strings.HasSuffix(w, "ies"):
		return speakerRoleNouns[strings.TrimSuffix(w, "ies")+"y"]
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return speakerRoleNouns[strings.TrimSuffix(w, "s")] || speakerRoleNouns[strings.TrimSuffix(w, "es")]
	}
	return false
}

// speakerDeterminers open a speaker phrase and end a backward scan.
var speakerDeterminers = lexicon.WordSet(`a an the one two three four several some another this that these those his her its their our
my your each every any many`)

// speakerPronouns are the pronouns that can designate a speaker at an attribution.
var personalPronouns = lexicon.WordSet(`he she`)
var otherPronouns = lexicon.WordSet(`it they we i you who which`)

// npStopWords end a speaker phrase read forward from a cue ("said one witness who asked…").
var npStopWords = lexicon.WordSet(`who whom whose which that in on at to during after before when while as adding told with
from yesterday today tonight tomorrow last earlier later this and but or because since if
though although is was were are has have had
will would could should may might can did does do not also then again recently now still just
according in about over via through by under speaking referring`, strings.Join(lexicon.WeekdayFullNames[:], " "))

// trailingAdverbs sit between a speaker and the cue ("the cardinal also said", "he has said").
var trailingAdverbs = lexicon.WordSet(`also later then again further further simply quickly previously earlier repeatedly
reportedly once recently now still even has had have was is were are will would could may might did does do
can should just never often always not already last first finally once privately publicly
angrily flatly bluntly tersely openly told`)

// kinNouns name a speaker by family tie; a name set off by commas may follow ("his daughter, Rosa,").
var kinNouns = lexicon.WordSet(`daughter son wife husband mother father brother sister uncle aunt cousin niece nephew
grandmother grandfather grandson granddaughter stepmother stepfather widow widower fiancee fiance partner
friend neighbor neighbour`)
