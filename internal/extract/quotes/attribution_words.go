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

// cueStems are reporting verbs of news prose: each stem with its inflections is a cue. The list is
// general English, not taken from any article. It holds -ing forms and manner-of-speech verbs
// ("shouted", "quipped") that speechVerbs and personSpeechVerbs lack, because it finds quote
// speakers, who may be organisations, and omits belief verbs ("thinks") that introduce no quote.
var cueStems = map[string][]string{
	"say":         {"say", "says", "said", "saying"},
	"tell":        {"tell", "tells", "told", "telling"},
	"add":         {"add", "adds", "added", "adding"},
	"warn":        {"warn", "warns", "warned", "warning"},
	"write":       {"write", "writes", "wrote", "writing", "written"},
	"insist":      {"insist", "insists", "insisted", "insisting"},
	"state":       {"states", "stated", "stating"},
	"declare":     {"declare", "declares", "declared", "declaring"},
	"ask":         {"ask", "asks", "asked", "asking"},
	"reply":       {"reply", "replies", "replied", "replying"},
	"respond":     {"respond", "responds", "responded", "responding"},
	"explain":     {"explain", "explains", "explained", "explaining"},
	"note":        {"notes", "noted", "noting"},
	"continue":    {"continues", "continued", "continuing"},
	"conclude":    {"conclude", "concludes", "concluded", "concluding"},
	"argue":       {"argue", "argues", "argued", "arguing"},
	"claim":       {"claimed", "claiming"},
	"announce":    {"announces", "announced", "announcing"},
	"acknowledge": {"acknowledges", "acknowledged", "acknowledging"},
	"admit":       {"admits", "admitted", "admitting"},
	"recall":      {"recalls", "recalled", "recalling"},
	"suggest":     {"suggests", "suggested", "suggesting"},
	"stress":      {"stresses", "stressed", "stressing"},
	"emphasize":   {"emphasizes", "emphasized", "emphasizing", "emphasises", "emphasised", "emphasising"},
	"urge":        {"urges", "urged", "urging"},
	"tweet":       {"tweets", "tweeted", "tweeting"},
	"testify":     {"testifies", "testified", "testifying"},
	"remark":      {"remarked", "remarking"},
	"observe":     {"observes", "observed", "observing"},
	"predict":     {"predicts", "predicted", "predicting"},
	"vow":         {"vowed", "vowing"},
	"promise":     {"promised", "promising"},
	"pledge":      {"pledged", "pledging"},
	"assert":      {"asserts", "asserted", "asserting"},
	"contend":     {"contends", "contended", "contending"},
	"complain":    {"complains", "complained", "complaining"},
	"quip":        {"quips", "quipped", "quipping"},
	"joke":        {"joked", "joking"},
	"shout":       {"shouts", "shouted", "shouting"},
	"yell":        {"yells", "yelled", "yelling"},
	"scream":      {"screams", "screamed", "screaming"},
	"cry":         {"cried"},
	"exclaim":     {"exclaims", "exclaimed", "exclaiming"},
	"boast":       {"boasts", "boasted", "boasting"},
	"lament":      {"laments", "lamented", "lamenting"},
	"concede":     {"concedes", "conceded", "conceding"},
	"confirm":     {"confirms", "confirmed", "confirming"},
	"deny":        {"denies", "denied", "denying"},
	"demand":      {"demanded", "demanding"},
	"wonder":      {"wonders", "wondered", "wondering"},
	"muse":        {"muses", "mused", "musing"},
	"recount":     {"recounts", "recounted", "recounting"},
	"reiterate":   {"reiterates", "reiterated", "reiterating"},
	"report":      {"reported", "reporting"},
	"chant":       {"chanted", "chanting"},
	"describe":    {"describes", "described", "describing"},
	"call":        {"calls", "called", "calling"},
	"instruct":    {"instructs", "instructed"},
	"post":        {"posted"},
	"read":        {"reads", "read"},
	"agree":       {"agrees", "agreed", "agreeing"},
	"counter":     {"countered", "countering"},
	"retort":      {"retorts", "retorted", "retorting"},
	"whisper":     {"whispers", "whispered", "whispering"},
	"plead":       {"pleads", "pleaded", "pleading"},
	"interject":   {"interjected"},
	"sing":        {"sings", "sang", "singing"},
	"mutter":      {"mutters", "muttered", "muttering"},
	"allege":      {"alleges", "alleged", "alleging"},
	"caution":     {"cautions", "cautioned", "cautioning"},
	"maintain":    {"maintains", "maintained"},
	"reveal":      {"reveals", "revealed", "revealing"},
	"blast":       {"blasted"},
	"tout":        {"touted"},
	"proclaim":    {"proclaims", "proclaimed", "proclaiming"},
	"threaten":    {"threatened"},
	"summarize":   {"summarized"},
	"opine":       {"opined"},
	"mention":     {"mentioned"},
	"answer":      {"answered", "answering"},
	"reason":      {"reasoned"},
	"insinuate":   {"insinuated"},
	"thunder":     {"thundered"},
	"snap":        {"snapped"},
	"comment":     {"commented", "commenting"},
	"bark":        {"barked"},
	"beam":        {"beamed"},
	"echo":        {"echoed"},
	"fume":        {"fumed"},
	"press":       {"pressed"},
	"scoff":       {"scoffed"},
	"surmise":     {"surmised"},
	"exhort":      {"exhorted"},
	"elaborate":   {"elaborated"},
	"charge":      {"charged"},
	"chide":       {"chided"},
	"scold":       {"scolded"},
	"gush":        {"gushed"},
	"sneer":       {"sneered"},
	"taunt":       {"taunted"},
	"mock":        {"mocked", "mocks"},
	"rave":        {"raved"},
	"rant":        {"ranted"},
	"crack":       {"cracked"},
	"marvel":      {"marveled", "marvelled"},
	"grumble":     {"grumbled"},
	"sigh":        {"sighed"},
	"chuckle":     {"chuckled"},
	"laugh":       {"laughed"},
	"assure":      {"assured"},
	"remember":    {"remembered", "remembers"},
	"confess":     {"confesses", "confessed", "confessing"},
	"recommend":   {"recommends", "recommended"},
	"riff":        {"riffed"},
	"react":       {"reacted"},
}

// objectCues take the listener or the thing named as their object, so the words after them are never
// the speaker.
var objectCues = map[string]bool{"tell": true, "ask": true, "urge": true, "call": true, "describe": true, "warn": true,
	"instruct": true}

var cueForms = buildCueForms()

func buildCueForms() map[string]cueKind {
	m := map[string]cueKind{}
	for stem, forms := range cueStems {
		for _, f := range forms {
			m[f] = cueKind{participle: strings.HasSuffix(f, "ing"), object: objectCues[stem]}
		}
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
