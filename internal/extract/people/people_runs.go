package people

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// What a word of a capitalised run is. Only name words, initials and particles can make up a name;
// the rest separate names from titles, places and organisations.
const (
	itemName      = iota // a word that can be part of a name
	itemInitial          // "W." in George W. Bush, "K.C."
	itemParticle         // de, bin, van inside a name
	itemHonorific        // Mr, Mrs, Dr
	itemTitle            // President, Minister, General
	itemNation           // Russian, US, United States
	itemOrg              // Department, Party, Stadium
	itemCalendar         // Monday, December
	itemOpener           // an ordinary word capitalised because it opens a sentence or a heading
	itemAcronym          // NATO, DAB
	itemSuffix           // II, III, Jr after a name
)

// nameItem is one word of a capitalised run, located by its first and last token.
//
// It is kept small (48 bytes): an input of nothing but names holds one item per token, a million of
// them. Its text range is the tokens' (see doc.itemRange) and its token indices fit in an int32, as
// an analysis holds at most nlp.MaxTokens tokens.
type nameItem struct {
	word              string   // the word as written, without a trailing period
	lower             string   // word in lower case
	firstTok, lastTok int32    // indices into Doc.Tokens, inclusive
	lists             wordBits // the word lists that hold lower (see wordLists)
	class             uint8
	atStart           bool // opens a sentence, a quotation or a line
}

func (it *nameItem) first() int { return int(it.firstTok) }
func (it *nameItem) last() int  { return int(it.lastTok) }

// key is the item's word as nameKey gives it, without allocating for a word without periods.
func (it *nameItem) key() string {
	if strings.IndexByte(it.lower, '.') < 0 {
		return it.lower
	}
	return strings.ReplaceAll(it.lower, ".", "")
}

// itemRange is where the item is written: from its first token to its last.
func (d *doc) itemRange(it *nameItem) nlp.Range {
	return nlp.Range{Start: d.Tokens[it.firstTok].Start, End: d.Tokens[it.lastTok].End}
}

// nameRun is a maximal stretch of capitalised words (with initials and name particles) in one sentence.
type nameRun struct {
	items    []nameItem
	sent     int
	headline bool
}

// nameRuns finds the capitalised runs of every content sentence, skipping the byline.
func (d *doc) nameRuns() []nameRun {
	// News has about one item in seven tokens and a run in eight.
	rb := runBuilder{items: make([]nameItem, 0, len(d.Tokens)/5+16), runs: make([]nameRun, 0, len(d.Tokens)/6+16), limit: len(d.Tokens)}
	skip := d.bylineRange()
	for si, s := range d.Sentences {
		if skip != nil && s.Overlaps(*skip) && s.Start >= skip.Start {
			continue
		}
		headline := d.Title != nil && s.Overlaps(*d.Title)
		lo, hi := d.sentenceTokens(si)
		d.runsIn(&rb, lo, hi, si, headline, skip)
	}
	runs := rb.finish()
	titleCase := d.titleCase()
	// Whether a sentence is in title case, computed at most once each and only when a word's class
	// depends on it: the test reads the whole sentence. Runs come in sentence order.
	tcSent, tc := -1, false
	sentenceTitleCase := func(si int) bool {
		if si != tcSent {
			tcSent, tc = si, d.titleCaseSentence(si)
		}
		return tc
	}
	for k := range runs {
		run := &runs[k]
		d.classifyRun(run, func() bool { return run.headline && titleCase || sentenceTitleCase(run.sent) })
	}
	return runs
}

// bylineRange is the author's name: the headline's "by Firstname Lastname", or a first line that is
// nothing but "by Firstname Lastname".
func (d *doc) bylineRange() *nlp.Range {
	if d.Byline != nil {
		return d.Byline
	}
	if len(d.Paragraphs) == 0 {
		return nil
	}
	p := d.Paragraphs[0]
	line := d.Slice(p)
	// "by " in any case, read from the first bytes: the paragraph may be the whole article.
	if len(line) < 3 || line[0]|0x20 != 'b' || line[1]|0x20 != 'y' || line[2] != ' ' || strings.ContainsAny(line, "\r\n") {
		return nil
	}
	words := strings.Fields(line[3:])
	if len(words) < 2 || len(words) > 4 {
		return nil
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return nil
		}
	}
	return &p
}

// runBuilder holds the items of every run one after another in one slice: one allocation for an
// article's runs instead of one or more per run. It grows to what the rest of the article should
// hold at the rate of items per token seen so far, so that a sentence of a million names is not
// copied over and over as its run grows.
type runBuilder struct {
	items []nameItem
	limit int       // the most items there can be: one per token of the article
	open  int       // where the run being built starts in items
	runs  []nameRun // their items may be an older copy until finish points them at the last
}

// add appends it, found at token i.
func (rb *runBuilder) add(it nameItem, i int) {
	if len(rb.items) == cap(rb.items) {
		n := len(rb.items)
		whole := n * rb.limit / max(i, 1)
		rb.items = slices.Grow(rb.items, max(min(whole+whole/8+16, rb.limit), n+1)-n)
	}
	rb.items = append(rb.items, it)
}

// building reports whether the current run has items.
func (rb *runBuilder) building() bool { return len(rb.items) > rb.open }

// flush ends the current run, if it has items.
func (rb *runBuilder) flush(si int, headline bool) {
	if rb.building() {
		rb.runs = append(rb.runs, nameRun{items: rb.items[rb.open:], sent: si, headline: headline})
		rb.open = len(rb.items)
	}
}

// finish points each run at its items in the final slice (the runs lie there one after another) and
// returns them.
func (rb *runBuilder) finish() []nameRun {
	from := 0
	for k := range rb.runs {
		to := from + len(rb.runs[k].items)
		rb.runs[k].items = rb.items[from:to:to]
		from = to
	}
	return rb.runs
}

func (d *doc) runsIn(rb *runBuilder, lo, hi, si int, headline bool, skip *nlp.Range) {
	flush := func() { rb.flush(si, headline) }
	for i := lo; i < hi; i++ {
		t := d.Tokens[i]
		if skip != nil && skip.Contains(t.Start) {
			flush()
			continue
		}
		switch {
		case isNameWordToken(t.Text):
			it := nameItem{firstTok: int32(i), lastTok: int32(i), word: t.Text, lower: d.Lower[i]}
			// A period glued to an initial or an abbreviated honorific belongs to it (W., Mr., Dr.).
			if i+1 < hi && d.Tokens[i+1].Text == "." && d.Tokens[i+1].Start == t.End && hasPeriodSuffix(t.Text, d.Lower[i]) {
				it.lastTok = int32(i + 1)
			}
			// "Voto- Bernales": a hyphen glued to a capitalised word, then another capitalised word.
			if i+2 < hi && d.Tokens[i+1].Text == "-" && d.Tokens[i+1].Start == t.End &&
				d.Tokens[i+2].Start > d.Tokens[i+1].End && isNameWordToken(d.Tokens[i+2].Text) && isCapital(t.Text) {
				it.lastTok = int32(i + 2)
				it.word = t.Text + "-" + d.Tokens[i+2].Text
				it.lower = strings.ToLower(it.word)
			}
			it.atStart = d.opensSentence(i, lo)
			rb.add(it, i)
			i = it.last()
		case i+1 < hi && isCapital(d.Tokens[i+1].Text) && lexicon.NameParticles[t.Text] &&
			(rb.building() || leadingParticles[t.Text]) && !d.opensSentence(i, lo):
			rb.add(nameItem{firstTok: int32(i), lastTok: int32(i), word: t.Text, lower: d.Lower[i], class: itemParticle}, i)
		default:
			flush()
		}
	}
	flush()
}

// leadingParticles may open a name without a given name before them ("de Villepin said").
var leadingParticles = lexicon.Words("people/leading_particles")

func isCapital(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isNameWordToken reports whether a token can be a word of a capitalised run: it starts with an
// upper-case letter, or is a lower-case Arabic article joined to a capitalised name (al-Amr).
func isNameWordToken(s string) bool {
	if isCapital(s) {
		return true
	}
	// Every prefix is two or three letters and a hyphen.
	if len(s) < 4 || s[2] != '-' && s[3] != '-' {
		return false
	}
	for _, p := range lexicon.ArabicPrefixes {
		if len(s) > len(p) && strings.HasPrefix(s, p) && isCapital(s[len(p):]) {
			return true
		}
	}
	return false
}

// hasPeriodSuffix reports whether a glued period after w (lw in lower case) is an abbreviation's, not
// a full stop: after a single letter (an initial) or an abbreviated honorific or title.
func hasPeriodSuffix(w, lw string) bool {
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
	return lexicon.Honorifics[lw] || abbreviatedTitles[lw]
}

var abbreviatedTitles = lexicon.Words("people/abbreviated_titles")

// opensSentence reports whether token i starts a sentence, a quotation, a heading or a line.
func (d *doc) opensSentence(i, lo int) bool {
	if i == lo {
		return true
	}
	p := d.Tokens[i-1]
	switch p.Text {
	case "\"", "“", "‘", "'", "(", "[", ":", "—", "–", "|", "-":
		return true
	}
	// A new line inside a paragraph (captions, headings).
	return strings.ContainsAny(d.Text[p.End:d.Tokens[i].Start], "\r\n")
}

// classifyRun labels each item of a run: each word on its own, then the relabelings in order.
// allCaps reports whether the run's capitals say nothing (a title-case sentence or headline); it is
// asked only about a word that it would class differently, which most names are not.
func (d *doc) classifyRun(run *nameRun, allCaps func() bool) {
	items := run.items
	for k := range items {
		it := &items[k]
		it.lists = listsOf(it.lower)
		switch {
		case it.class == itemParticle:
		case it.atStart:
			it.class = classifyWordLower(it.word, it.lower, it.lists, true)
		default:
			it.class = classifyWordLower(it.word, it.lower, it.lists, false)
			if asOpener := classifyWordLower(it.word, it.lower, it.lists, true); asOpener != it.class && allCaps() {
				it.class = asOpener
			}
		}
	}
	for _, relabel := range runRelabelings {
		relabel(d, items)
	}
}

// runRelabelings correct the word-by-word labels with what a word's neighbours in the run show. The
// order matters: a later step reads the labels earlier ones set (a rank becomes a name's word
// before the particle rule looks at it; multi-word places are joined last, over any label).
var runRelabelings = []func(d *doc, items []nameItem){
	relabelMiss,
	relabelHeadlineWords,
	relabelCountrySurname,
	relabelRankInName,
	relabelAfterParticle,
	relabelMonthGivenName,
	relabelFamilyNameFirst,
	relabelBareInitials,
	relabelMultiWordPlaces,
}

// "Miss" is an honorific before a name ("Miss Keller") but opens a contest's title before an
// ordinary word ("Miss Universe").
func relabelMiss(d *doc, items []nameItem) {
	for k := range items {
		if items[k].lower != "miss" || items[k].class == itemParticle {
			continue
		}
		items[k].class = itemOpener
		if k+1 < len(items) && items[k+1].class == itemName && !(lexicon.IsEnglishWord(items[k+1].lower) && !lexicon.IsGivenName(items[k+1].lower)) {
			items[k].class = itemHonorific
		}
	}
}

// A capitalised function word between capitalised words is a headline's or a title's, never
// part of a name ("Pam Key On Twitter", "Senator Wins Over Rivals"); at the end of a run it may
// be a surname ("James To").
func relabelHeadlineWords(d *doc, items []nameItem) {
	for k := 1; k+1 < len(items); k++ {
		if items[k].class == itemName && headlineWords(items[k].lower) && !lexicon.IsGivenName(items[k].lower) {
			items[k].class = itemOpener
		}
	}
}

// A country after a given name, ending the run, is a surname ("Rep. Steve Israel").
func relabelCountrySurname(d *doc, items []nameItem) {
	if n := len(items); n >= 2 && items[n-1].class == itemNation && items[n-2].class == itemName &&
		lexicon.IsGivenName(items[n-2].lower) && looksLikeCountry(items[n-1].lower) {
		items[n-1].class = itemName
	}
}

// A rank after a name, ending the run but for a suffix, is part of the name ("Hun Sen",
// "Martin Luther King Jr.").
func relabelRankInName(d *doc, items []nameItem) {
	n := len(items)
	for n > 0 && items[n-1].class == itemSuffix {
		n--
	}
	if n >= 2 && items[n-1].class == itemTitle && items[n-2].class == itemName && items[n-1].lastTok == items[n-1].firstTok &&
		!lexicon.OccupationTitles[items[n-1].lower] {
		items[n-1].class = itemName
	}
	for k := 1; k+1 < len(items); k++ {
		if items[k].class == itemTitle && items[k-1].class == itemName && items[k+1].class == itemSuffix {
			items[k].class = itemName
		}
	}
}

// After a lower-case particle every word is a name's: "Bandar bin Sultan", "Ibn Khaldun", a
// rank word included.
func relabelAfterParticle(d *doc, items []nameItem) {
	for k := 1; k < len(items); k++ {
		if items[k-1].class == itemParticle && (items[k].class == itemTitle || items[k].class == itemNation) {
			items[k].class = itemName
		}
	}
}

// A month's name before a surname is a given name ("governor Jan Brewer", "April Ryan").
func relabelMonthGivenName(d *doc, items []nameItem) {
	for k := 0; k+1 < len(items); k++ {
		if items[k].class == itemCalendar && items[k+1].class == itemName && monthGivenNames[items[k].lower] &&
			items[k].lastTok == items[k].firstTok {
			items[k].class = itemName
		}
	}
}

// A short word before a hyphenated two-syllable given name is a family name ("Park Joo-Ho").
func relabelFamilyNameFirst(d *doc, items []nameItem) {
	for k := 0; k+1 < len(items); k++ {
		if (items[k].class == itemOrg || items[k].class == itemOpener) && eastAsianName(items[k:k+2]) && items[k+1].class == itemName {
			items[k].class = itemName
		}
	}
}

// Initials written without periods before an unfamiliar surname, after "by" ("a paper by AS
// Heagle"): an acronym does not stand there.
func relabelBareInitials(d *doc, items []nameItem) {
	if len(items) == 2 && items[0].class == itemAcronym && utf8.RuneCountInString(items[0].word) <= 3 &&
		items[1].class == itemName && !lexicon.IsEnglishWord(items[1].lower) && items[0].firstTok > 0 &&
		d.Tokens[items[0].first()-1].Text == "by" {
		items[0].class = itemInitial
	}
}

// Places of several words ("United States", "Hong Kong") are one nation item each.
func relabelMultiWordPlaces(d *doc, items []nameItem) {
	for k := 0; k < len(items); k++ {
		if !items[k].lists.has(inPlaceFirstWords) {
			continue
		}
		for _, place := range placesByFirstWord[items[k].lower] {
			if k+len(place) > len(items) {
				continue
			}
			match := true
			for j, w := range place {
				if items[k+j].lower != w {
					match = false
					break
				}
			}
			if match {
				for j := range place {
					items[k+j].class = itemNation
				}
				k += len(place) - 1
				break
			}
		}
	}
}

// placesByFirstWord lists lexicon.MultiWordPlaceList's places by their first word, in the list's
// order, so that a run's word is compared only with the places it may open.
var placesByFirstWord = func() map[string][][]string {
	m := map[string][][]string{}
	for _, place := range lexicon.MultiWordPlaceList {
		m[place[0]] = append(m[place[0]], place)
	}
	return m
}()

// classifyWordLower labels one capitalised word, given also in lower case with the word lists that
// hold it; opener is true when its capital may be only the sentence's (or a title-case headline's).
func classifyWordLower(w, lw string, lists wordBits, opener bool) uint8 {
	if lists.has(inNationalities) {
		return itemNation // before initials: "U.S."
	}
	if isInitials(w) {
		return itemInitial
	}
	if strings.HasPrefix(w, "I'") || strings.HasPrefix(w, "I’") {
		return itemOpener // "I'd", "I’m"
	}
	switch {
	case lists.has(inHonorifics):
		return itemHonorific
	case strings.HasSuffix(lw, "s") && lexicon.Nationalities[lw[:len(lw)-1]]:
		return itemNation
	case lists.has(inCalendarWords):
		return itemCalendar
	case lists.has(inTitleWords):
		return itemTitle
	case lists.has(inOrgCues) || isPluralOrgCue(lw):
		return itemOrg
	case lists.has(inFunctionWords) && (opener || lists.has(inArticleWords)) || lists.has(inCaptionWords):
		return itemOpener
	case isRomanNumeral(w) || lw == "jr" || lw == "sr":
		return itemSuffix
	case !opener && isOrdinaryCompound(lw):
		return itemOpener
	}
	if isAcronym(w) {
		return itemAcronym
	}
	if opener && isOrdinaryCompound(lw) {
		return itemOpener
	}
	if opener && lexicon.IsEnglishWord(lw) && !lexicon.IsGivenName(lw) {
		return itemOpener
	}
	return itemName
}

// looksLikeCountry tells a country's name ("Israel", "England") from an adjective or a plural
// ("Democrats", "Russian", "Chinese"), which never ends a person's name.
func looksLikeCountry(lw string) bool {
	if strings.Contains(lw, ".") || len(lw) < 4 {
		return false
	}
	for _, suffix := range []string{"an", "ese", "ish", "ic", "s", "i"} {
		if strings.HasSuffix(lw, suffix) {
			return false
		}
	}
	return true
}

// monthGivenNames are the month names also common as given names.
var monthGivenNames = lexicon.Words("people/month_given_names")

// captionWords label photo and video credits ("Image: Nick Moreau", "Ahmed M. Image: Twitter").
var captionWords = lexicon.Words("people/caption_words")

// articleWords are the function words that keep their capital inside a sentence only as the start of
// a title ("The Times"); other capitalised function words there are names ("James To").
var articleWords = lexicon.ArticleWords

// isOrgCue reports whether lw, or its singular, is an organisation or place word.
func isOrgCue(lw string) bool {
	return listsOf(lw).has(inOrgCues) || isPluralOrgCue(lw)
}

// isPluralOrgCue reports whether lw is the plural of an organisation or place word.
func isPluralOrgCue(lw string) bool {
	if strings.HasSuffix(lw, "ies") && lexicon.OrgCues[lw[:len(lw)-3]+"y"] {
		return true
	}
	return strings.HasSuffix(lw, "s") && lexicon.OrgCues[lw[:len(lw)-1]]
}

// isRomanNumeral reports whether w is a regnal number (II, III, IV ... XX).
func isRomanNumeral(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if r != 'I' && r != 'V' && r != 'X' {
			return false
		}
	}
	return true
}

// ordinaryPrefixes and ordinarySuffixes make a hyphenated capitalised word an adjective, never a
// name: "Pro-Beijing", "Pan-democrat", "Anti-war", "Prize-winner", "US-led".
var (
	ordinaryPrefixes = lexicon.Words("people/ordinary_prefixes")
	ordinarySuffixes = lexicon.Words("people/ordinary_suffixes")
)

func isOrdinaryCompound(lw string) bool {
	i := strings.IndexByte(lw, '-')
	if i < 0 {
		return false
	}
	j := strings.LastIndexByte(lw, '-')
	return ordinaryPrefixes[lw[:i]] || ordinarySuffixes[lw[j+1:]]
}

// isInitials reports whether w is one capital letter (its period is glued on by the run builder) or a
// dotted chain of initials (K.C.).
func isInitials(w string) bool {
	n := utf8.RuneCountInString(w)
	if n == 1 {
		return isCapital(w)
	}
	letters := 0
	for k, r := range w {
		if k%2 == 0 && !unicode.IsUpper(r) {
			return false
		}
		if k%2 == 1 && r != '.' {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2 && strings.Contains(w, ".")
}

// isAcronym reports whether w is written all in capitals (NATO, DAB, AFP).
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// titleCaseSentence reports whether sentence si capitalises most of its longer words, like a
// headline or a caption ("Politifact: Donald Trump Is Right, 'Thousands of Shootings' in Chicago").
func (d *doc) titleCaseSentence(si int) bool {
	return isTitleCase(d.Slice(d.Sentences[si]))
}

// A sentence dense with names and ranks ("Foreign Secretary Amelia Hart met Defence Minister Tomas
// Varga in Vienna on Monday") is not title case: it must also capitalise at least three ordinary words,
// making up half of its capitalised words.
//
// Capitalised function words and auxiliaries inside the sentence ("Rivals Are Fighting About
// Taxes", "Senator Endorses Governor With Praise") are a headline's: two of them, or one in a
// sentence of capitals, make it title case.
func isTitleCase(s string) bool {
	// Every way to title case below needs three long words, half of them capitalised: count those
	// first, without a lookup or a list of fields, and stop there for an ordinary sentence.
	long, capital, nFields := countLongWords(s)
	if long < 3 || capital*2 < long {
		return false
	}
	long, capital, ordinary, inner := 0, 0, 0, 0
	prevField := ""
	var buf [64]string
	fields := buf[:0]
	if nFields > len(buf) {
		fields = make([]string, 0, nFields)
	}
	fields = appendFields(fields, s)
	for i, w := range fields {
		// An occupation is an ordinary word unless it stands before a name ("Reporter Jo Park").
		beforeName := i+1 < len(fields) && isCapital(fields[i+1]) && unicode.IsLetter(rune(w[len(w)-1])) && nlp.PossessiveStart(w) <= 0
		if i > 0 && isCapital(strings.TrimLeft(w, "\"“‘'(")) && !isAcronym(w) && !opensUnitAfter(prevField) && !opensUnitAfter(w) {
			if lw := strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })); headlineWords(lw) {
				inner++
			}
		}
		prevField = w
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if p := nlp.PossessiveStart(w); p > 0 {
			w = w[:p]
		}
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if !isCapital(w) {
			continue
		}
		capital++
		lw := strings.ToLower(w)
		// Political adjectives written in lower case too ("Conservative", "Democratic") count as
		// ordinary words; proper adjectives ("Russian") do not.
		lists := listsOf(lw)
		if lists.has(inFunctionWords) || lexicon.IsEnglishWord(lw) && (!lists.has(inTitleWords) || lexicon.OccupationTitles[lw] && !beforeName) && !lists.has(inOrgCues) && !isPluralOrgCue(lw) && !lists.has(inCalendarWords) && !lexicon.IsGivenName(lw) {
			ordinary++
		}
	}
	if long < 3 {
		return false
	}
	if inner >= 2 && capital*2 >= long {
		return true
	}
	if inner >= 1 && capital == long && ordinary >= 2 {
		return true
	}
	return capital*5 >= long*4 && ordinary >= 3 && (ordinary*2 >= capital || inner >= 1)
}

// countLongWords counts the fields of s (as strings.Fields splits them) that have four letters or
// more once trimmed of non-letters and a possessive, how many of those are capitalised, and all the
// fields. It is the
// whole of most sentences' title-case test, so an ASCII field is read byte by byte; any other goes
// through longWord.
func countLongWords(s string) (long, capital, fields int) {
	for i := 0; i < len(s); {
		if b := fieldBytes[s[i]]; b&fieldSpace != 0 {
			i++
			continue
		} else if b&fieldNonASCII != 0 {
			if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				i += size
				continue
			}
		}
		// A field starts at i; for an ASCII field, note its first and last letters as it is read.
		fields++
		j, ascii := i, true
		firstLetter, lastLetter := -1, -1
		for j < len(s) {
			b := fieldBytes[s[j]]
			if b&fieldSpace != 0 {
				break
			}
			if b&fieldNonASCII == 0 {
				if b&fieldLetter != 0 {
					if firstLetter < 0 {
						firstLetter = j
					}
					lastLetter = j
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			ascii = false
			j += size
		}
		var isLong, isCap bool
		switch {
		case !ascii:
			isLong, isCap = longWord(s[i:j])
		case firstLetter >= 0:
			isLong, isCap = longASCIIWord(s[firstLetter : lastLetter+1])
		}
		if isLong {
			long++
			if isCap {
				capital++
			}
		}
		i = j
	}
	return long, capital, fields
}

// fieldBytes classes bytes for countLongWords: ASCII white space (as unicode.IsSpace says), ASCII
// letters, and the bytes of runes outside ASCII.
var fieldBytes = func() (t [256]uint8) {
	for _, c := range "\t\n\v\f\r " {
		t[c] = fieldSpace
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = fieldLetter, fieldLetter
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = fieldNonASCII
	}
	return t
}()

const (
	fieldSpace = 1 << iota
	fieldLetter
	fieldNonASCII
)

// longWord reports whether the field w, trimmed of non-letters and a possessive, has four letters or
// more, and whether it is capitalised.
func longWord(w string) (long, capitalised bool) {
	w = strings.TrimFunc(w, notLetter)
	if p := nlp.PossessiveStart(w); p > 0 {
		w = w[:p]
	}
	if utf8.RuneCountInString(w) < 4 {
		return false, false
	}
	return true, isCapital(w)
}

// longASCIIWord is longWord for a field of ASCII bytes already trimmed to its first and last letters.
func longASCIIWord(w string) (long, capitalised bool) {
	if n := len(w); n > 2 && w[n-2] == '\'' && (w[n-1] == 's' || w[n-1] == 'S') {
		w = w[:n-2]
	}
	if len(w) < 4 {
		return false, false
	}
	return true, 'A' <= w[0] && w[0] <= 'Z'
}

// appendFields appends the fields of s to dst, as strings.Fields splits them (around runs of
// unicode.IsSpace), without allocating when dst has room.
func appendFields(dst []string, s string) []string {
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// opensUnitAfter reports whether a field ends with a mark after which a capital opens a new unit
// (a colon, a dash, an opening quote) or begins with an opening quote.
func opensUnitAfter(field string) bool {
	if field == "" {
		return false
	}
	switch field[0] {
	case '"', '\'', '(':
		return true
	}
	if strings.HasPrefix(field, "“") || strings.HasPrefix(field, "‘") {
		return true
	}
	return strings.HasSuffix(field, ":") || strings.HasSuffix(field, "—") || strings.HasSuffix(field, "–") ||
		strings.HasSuffix(field, "-") || strings.HasSuffix(field, "|") || strings.HasSuffix(field, ".")
}

// headlineWords are closed-class words that prose writes in lower case inside a sentence: a
// capitalised one there belongs to a title-case headline or a work's title. Articles are left out
// (they open titles inside prose: "read The Times") and so are name particles.
func headlineWords(lw string) bool {
	lists := listsOf(lw)
	if lists.has(inArticleWords|inNameParticles) || lw == "i" {
		return false
	}
	return lists.has(inFunctionWords | inAuxiliaryWords)
}

// auxiliaryWords are auxiliary verbs and object pronouns (not given names: "Will", "May", "Can").
var auxiliaryWords = lexicon.Words("people/auxiliary_words")

// titleCase reports whether the headline capitalises most of its longer words, so its capitals say
// nothing about names.
func (d *doc) titleCase() bool {
	return d.Title != nil && isTitleCase(d.Slice(*d.Title))
}

// functionWords are closed-class words that are capitalised only to open a sentence, a heading or a
// name of a work; they never begin a person's name.
var functionWords = lexicon.Words("people/function_words")
