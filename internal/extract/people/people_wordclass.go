package people

import "github.com/newsbrief/newsbrief/internal/extract/lexicon"

// wordBits says which of the word lists that classify a run's words hold a lower-case word, so
// that classifying a word costs one map lookup rather than one per list: these lists are asked
// about every capitalised word of an article, several times.
type wordBits uint16

const (
	inNationalities wordBits = 1 << iota
	inHonorifics
	inCalendarWords
	inTitleWords
	inOrgCues
	inFunctionWords
	inArticleWords
	inCaptionWords
	inNameParticles
	inAuxiliaryWords
	inCompanyEnders   // a legal form or a trade-name word: the end of a company's name
	inPlaceFirstWords // the first word of a place in lexicon.MultiWordPlaceList
)

// wordLists maps every word of those lists to the lists that hold it. The lists are read-only
// after start-up, so the map stays true to them.
var wordLists = func() map[string]wordBits {
	m := map[string]wordBits{}
	for bit, list := range map[wordBits]map[string]bool{
		inNationalities:  lexicon.Nationalities,
		inHonorifics:     lexicon.Honorifics,
		inCalendarWords:  lexicon.CalendarWords,
		inTitleWords:     lexicon.TitleWords,
		inOrgCues:        lexicon.OrgCues,
		inFunctionWords:  functionWords,
		inArticleWords:   articleWords,
		inCaptionWords:   captionWords,
		inNameParticles:  lexicon.NameParticles,
		inAuxiliaryWords: auxiliaryWords,
		inCompanyEnders:  lexicon.LegalForms,
	} {
		for w := range list {
			m[w] |= bit
		}
	}
	for w := range lexicon.TradeNameWords {
		m[w] |= inCompanyEnders
	}
	for _, place := range lexicon.MultiWordPlaceList {
		m[place[0]] |= inPlaceFirstWords
	}
	return m
}()

// listsOf returns the lists that hold the lower-case word lw.
func listsOf(lw string) wordBits { return wordLists[lw] }

func (b wordBits) has(list wordBits) bool { return b&list != 0 }
