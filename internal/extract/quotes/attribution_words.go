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
var speakerRoleNouns = lexicon.Words("quotes/speaker_role_nouns")

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
var speakerDeterminers = lexicon.Words("quotes/speaker_determiners")

// speakerPronouns are the pronouns that can designate a speaker at an attribution.
var personalPronouns = lexicon.Words("quotes/personal_pronouns")
var otherPronouns = lexicon.Words("quotes/other_pronouns")

// npStopWords end a speaker phrase read forward from a cue ("said one witness who asked…").
var npStopWords = func() map[string]bool {
	m := lexicon.Words("quotes/np_stop_words")
	for _, w := range lexicon.WeekdayFullNames {
		m[w] = true
	}
	return m
}()

// trailingAdverbs sit between a speaker and the cue ("the cardinal also said", "he has said").
var trailingAdverbs = lexicon.Words("quotes/trailing_adverbs")

// kinNouns name a speaker by family tie; a name set off by commas may follow ("his daughter, Rosa,").
var kinNouns = lexicon.Words("quotes/kin_nouns")
