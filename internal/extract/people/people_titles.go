package people

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// Titles are found in three places around a name: before it ("Secretary of State Antony Blinken"),
// after it as an apposition ("Ned Price, a State Department spokesman,") and before it as a noun
// phrase set off by a comma ("The US president, Joe Biden,"). Each finder returns the title's range,
// or ok=false.

// isRoleWord reports whether w names a rank, office or occupation: a capitalised rank ("President",
// "Major-General") or a lower-case role noun ("spokesman", "president").
func isRoleWord(w string) bool {
	lw := strings.ToLower(w)
	if isCapital(w) {
		return lexicon.TitleWords[lw]
	}
	return lexicon.RoleNouns[lw]
}

// titleModifierWords are ranks' modifiers: a title needs a head besides them ("First World" and
// "State" alone are not titles).
var titleModifierWords = lexicon.Words("people/title_modifier_words")

// hasTitleHead reports whether the tokens [from, to] hold a rank or role that is not only a modifier.
func (d *doc) hasTitleHead(from, to int) bool {
	for k := from; k <= to; k++ {
		t := d.Tokens[k].Text
		if isRoleWord(t) && !titleModifierWords[strings.ToLower(t)] {
			return true
		}
	}
	return false
}

// prenominalTitle walks left from the token before the name over capitalised words, title modifiers
// and role nouns ("National Security Council spokeswoman", "Afghan Ambassador to the United States").
// The word next to the name must be a rank or role. honorific reports "Mr"/"Dr" right before the name;
// the honorific is never part of the title.
func (d *doc) prenominalTitle(nameTok, slo int) (titles []nlp.Range, ok, honorific bool) {
	j := nameTok - 1
	// A period glued to an abbreviation (Mr., Gen.) belongs to the word before it.
	word := func(j int) int {
		if j > slo && d.Tokens[j].Text == "." && d.Tokens[j-1].End == d.Tokens[j].Start {
			return j - 1
		}
		return j
	}
	if j < slo {
		return nil, false, false
	}
	j = word(j)
	if lexicon.Honorifics[d.Lower[j]] {
		return nil, false, true
	}
	if !isRoleWord(d.Tokens[j].Text) {
		// "China's ambassador to Britain Liu Xiaming", "US Ambassador to the European Union Gordon
		// Sondland": a role whose place or body stands between it and the name.
		r, ok := d.roleOfPlace(j, slo, nameTok)
		if !ok {
			return nil, false, false
		}
		j = r
	}
	// "he would counsel Clinton", "to witness city mayor Hau": a role noun after "to", a modal or a
	// pronoun is a verb.
	if j > slo && !isCapital(d.Tokens[j].Text) && d.verbBefore(j, slo) {
		return nil, false, false
	}
	// "his native Tanzania": an adjective after a determiner, not an occupation.
	if d.Lower[j] == "native" && j > slo && determiners[d.Lower[j-1]] {
		return nil, false, false
	}
	left := j
	for k := j - 1; k >= slo; k-- {
		k = word(k)
		t := d.Tokens[k].Text
		lt := d.Lower[k]
		prev := ""
		if k > slo {
			prev = d.Lower[k-1]
		}
		leftCap := isCapital(d.Tokens[left].Text)
		switch {
		case isCapital(t) && !functionWords[lt] && !(d.opensSentence(k, slo) && lexicon.IsEnglishWord(lt) && !isRoleWord(t) && !lexicon.TitleModifiers[lt] &&
			!portfolioBeforeRole(lt, k+1 == left && isCapital(d.Tokens[left].Text))):
		case lexicon.TitleModifiers[lt] || lexicon.RoleNouns[lt] && !(t == lt && d.verbBefore(k, slo)):
		case (lt == "of" || lt == "for" || lt == "to") && leftCap && k > slo && isCapital(d.Tokens[k-1].Text) &&
			(isRoleWord(d.Tokens[k-1].Text) || lexicon.OrgCues[prev]):
		case lt == "the" && leftCap && (prev == "of" || prev == "for" || prev == "to"):
		// "CEO and co-founder Adam Neumann": two roles joined before the name.
		case lt == "and" && k > slo && k+1 == left && isRoleWord(d.Tokens[k+1].Text) && isRoleWord(d.Tokens[k-1].Text):
		default:
			k = slo - 1 // stop
			continue
		}
		left = k
	}
	// Drop connecting words left dangling at the start.
	for left < j {
		lt := d.Lower[left]
		if lt != "of" && lt != "for" && lt != "to" && lt != "the" {
			break
		}
		left++
	}
	if !d.hasTitleHead(left, j) && !modifierHeads[d.Lower[j]] {
		return nil, false, false
	}
	end := d.Tokens[nameTok-1].End
	// "The army's main personnel officer Lieutenant General X": a lower-case role phrase before a
	// capitalised rank is a second title.
	c := j
	for c > left && (isCapital(d.Tokens[c-1].Text) || d.Tokens[c-1].Text == "." || connector(d.Tokens[c-1].Text)) {
		c--
	}
	if c > left && isCapital(d.Tokens[c].Text) && lexicon.RoleNouns[d.Tokens[c-1].Text] {
		lower := left
		// Keep a lower-case possessor: "the army's".
		if lower-2 >= slo && isPossessive(d.Tokens[lower-1].Text) && !isCapital(d.Tokens[lower-2].Text) &&
			!determiners[d.Tokens[lower-2].Text] {
			lower -= 2
		}
		return []nlp.Range{{Start: d.Tokens[c].Start, End: end}, {Start: d.Tokens[lower].Start, End: d.Tokens[c-1].End}}, true, false
	}
	return []nlp.Range{{Start: d.Tokens[left].Start, End: end}}, true, false
}

// modifierHeads are ranks' modifiers that are ranks of their own when they stand right before the
// name ("General Dan Halutz", "security chief Jibril Rajub", "Deputy Ann Lee").
var modifierHeads = lexicon.Words("people/modifier_heads")

// roleOfPlace reads a capitalised place or body ending at token j back to "to", "of" or "for" after
// a role word ("ambassador to Britain", "Ambassador to the European Union") and returns the role
// word's token.
func (d *doc) roleOfPlace(j, slo, nameTok int) (int, bool) {
	// Only before a full name: "the Korean People's Army" is no "People" after a "commander of the
	// Korean".
	n := nameTok
	for n < len(d.Tokens) && isCapital(d.Tokens[n].Text) {
		n++
	}
	if n-nameTok < 2 || n < len(d.Tokens) && isPossessive(d.Tokens[n].Text) {
		return 0, false
	}
	k := j
	for k > slo && (isCapital(d.Tokens[k].Text) && !isRoleWord(d.Tokens[k].Text) && !functionWords[d.Lower[k]] ||
		d.Tokens[k].Text == "." || d.Tokens[k].Text == "the") && j-k < 6 {
		k--
	}
	if k == j || k <= slo {
		return 0, false
	}
	if lt := d.Tokens[k].Text; lt != "to" && lt != "of" && lt != "for" {
		return 0, false
	}
	if !isRoleWord(d.Tokens[k-1].Text) || titleModifierWords[d.Lower[k-1]] {
		return 0, false
	}
	return k - 1, true
}

func connector(w string) bool { return w == "of" || w == "for" || w == "to" || w == "the" }

var innerPrepositions = lexicon.Words("people/inner_prepositions")

// determiners open a noun phrase; a title leaves them out.
var determiners = lexicon.Words("people/determiners")

// appositiveStops end an apposition after a name.
var appositiveStops = lexicon.Words("people/appositive_stops")

// appositiveTitles reads ", a State Department spokesman," after the name ending at token i (exclusive
// end index): an optional age, an optional determiner, then a noun phrase headed by a role noun.
// "X and Y" gives two titles when both are headed by role nouns. age reports ", 69," alone.
func (d *doc) appositiveTitles(after, shi int) (titles []nlp.Range, age bool) {
	k := after
	if k >= shi || d.Tokens[k].Text != "," {
		return nil, false
	}
	k++
	if k < shi && d.Tokens[k].IsNumber() && k+1 < shi && isAppositionEnd(d.Tokens[k+1].Text) {
		age = true
		k += 2
		if k >= shi || d.Tokens[k-1].Text != "," {
			return nil, age
		}
	}
	for k < shi {
		start := k
		lt := d.Lower[k]
		if lt == "a" || lt == "an" || lt == "the" {
			start++
		}
		// Leave out a capitalised possessor ("Bulgaria's chief negotiator").
		if start+2 < shi && isCapital(d.Tokens[start].Text) && isPossessive(d.Tokens[start+1].Text) {
			start += 2
		}
		// Skip an age adjective ("a 27-year-old housewife").
		if start < shi && strings.Contains(d.Lower[start], "-year-old") {
			age = true
			start++
		}
		// "in Paris, noting the nominee": a participle opens a clause, not an apposition.
		if start < shi {
			if w := d.Lower[start]; strings.HasSuffix(w, "ing") && !lexicon.RoleNouns[w] && !lexicon.TitleModifiers[w] {
				return nil, age
			}
		}
		end, head, n, lastPrep := start, -1, 0, -1
		for end < shi && n < 12 {
			t := d.Tokens[end].Text
			lt := d.Lower[end]
			// "an analyst with the research firm Oanda": "with" right after the role names its employer.
			withEmployer := lt == "with" && head < 0 && end > start && isRoleWord(d.Tokens[end-1].Text)
			// "the Office of Political Strategy and Outreach": "and" inside a capitalised name.
			inName := lt == "and" && end > start && end+1 < shi && isCapital(d.Tokens[end-1].Text) && isCapital(d.Tokens[end+1].Text) && head >= 0
			// "president of a building and construction trades council": "and" between plain nouns
			// inside the phrase after the role's preposition (not before a determiner or a second role).
			inPhrase := lt == "and" && head >= 0 && lastPrep > head && end+1 < shi && d.innerAnd(end+1)
			if t == "," && lastPrep >= 0 && end+1 < shi && strings.HasSuffix(d.Lower[end+1], "-based") {
				// "chief executive of Toledo, Ohio-based Meridian": the place's state runs on into
				// the employer's name.
				end++
				continue
			}
			if t == "." && d.abbreviationDot(end, shi) {
				// "the A.F.L.-C.I.O.": a period inside an abbreviation does not end the title (nor
				// count as one of its words).
				end++
				continue
			}
			if isAppositionEnd(t) || lt == t && (appositiveStops[lt] && !withEmployer || lt == "and" && !inName && !inPhrase || nameEndingVerbs[lt]) {
				break
			}
			// "an aide to the vice-president on Trump's July 25 call": a title never holds a date; it
			// ends before the phrase that brings one.
			if head >= 0 && lastPrep > head && (lexicon.CalendarWords[lt] && isCapital(t) || d.Tokens[end].IsNumber()) {
				end = lastPrep
				break
			}
			if lt == "of" || lt == "for" || lt == "to" || lt == "at" || lt == "in" || lt == "on" || withEmployer {
				if head < 0 {
					head = end - 1
				}
				lastPrep = end
			}
			if d.Tokens[end].IsWord() {
				n++
			}
			end++
		}
		if head < 0 {
			head = end - 1
		}
		// ", her friend said": a reporting clause, not an apposition. "According to Roe, a detective
		// was given the file": a phrase that runs into a verb is the next clause's subject.
		if len(titles) == 0 && end < shi && (nameEndingVerbs[d.Tokens[end].Text] || clauseVerbs[d.Tokens[end].Text]) {
			return nil, age
		}
		// "curator of "…"": a title the quoted name of a work cuts short ends before its preposition.
		for end > start+1 && (connector(d.Lower[end-1]) || danglingPrepositions[d.Tokens[end-1].Text]) {
			// "an adviser with whom X corresponded": the relative clause takes its preposition along.
			end--
		}
		if head >= end {
			head = end - 1
		}
		// A title followed by a capitalised word is the title of the next name ("..., Colonel William
		// Wood, who"), not of this one.
		nextCap := head+1 < shi && isCapital(d.Tokens[head+1].Text) ||
			end < shi && (isCapital(d.Tokens[end].Text) || d.Tokens[end].Text == "." && end+1 < shi && isCapital(d.Tokens[end+1].Text) &&
				abbreviatedTitles[d.Lower[end-1]])
		if end > start && head >= start && isRoleWord(d.Tokens[head].Text) && !isCapitalName(d, start, head) && !nextCap {
			titles = append(titles, nlp.Range{Start: d.Tokens[start].Start, End: d.Tokens[end-1].End})
		} else if len(titles) == 0 {
			return nil, age
		}
		// "chief negotiator and ambassador to NATO": a second title after "and".
		if end < shi && d.Lower[end] == "and" {
			k = end + 1
			continue
		}
		break
	}
	return titles, age
}

// isCapitalName reports whether the phrase from start to head looks like another person's name
// (a list of names, "Yannick Carrasco, and Dries Mertens"), which is not a title.
func isCapitalName(d *doc, start, head int) bool {
	for k := start; k <= head; k++ {
		if !isCapital(d.Tokens[k].Text) {
			return false
		}
	}
	return !lexicon.TitleWords[d.Lower[head]]
}

func isAppositionEnd(t string) bool {
	switch t {
	case ",", ".", ";", ":", "(", ")", "\"", "“", "”", "‘", "’", "—", "–", "!", "?", "[", "]":
		return true
	}
	return false
}

// commaTitle reads a role noun phrase set off by a comma right before the name starting at token
// nameTok: "The US president, Joe Biden", "Russian head, Vladimir Putin", "Co-founder of Google,
// Sergey Brin". A leading determiner and a possessor ("Malaysia's") are left out.
func (d *doc) commaTitle(nameTok, slo int) (nlp.Range, bool) {
	k := nameTok - 1
	if k <= slo || d.Tokens[k].Text != "," {
		return nlp.Range{}, false
	}
	end := k // exclusive
	start := end
	for j := end - 1; j >= slo && end-j <= 9; j-- {
		t := d.Tokens[j].Text
		lt := d.Lower[j]
		if isAppositionEnd(t) || lt == "and" || lt == "or" || lt == "by" || lt == "with" || lt == "as" ||
			appositiveStops[lt] || nameEndingVerbs[lt] || lexicon.PlacePrepositions[lt] || lt == "to" || lt == "on" || lt == "for" {
			// A phrase that is the object of a preposition is not a title of what follows, except
			// after "according to" ("According to the team's coach, Alireza M.,").
			if lt == "to" && j > slo && strings.EqualFold(d.Tokens[j-1].Text, "according") {
				break
			}
			if lexicon.PlacePrepositions[lt] || lt == "to" || lt == "on" || lt == "for" || lt == "by" || lt == "with" {
				return nlp.Range{}, false
			}
			break
		}
		start = j
		// A determiner opens the phrase unless it opens the object of "of" inside it ("the leader of
		// the advance party").
		if determiners[lt] && !(j > slo && innerPrepositions[d.Lower[j-1]]) {
			break
		}
	}
	if start >= end {
		return nlp.Range{}, false
	}
	// Leave out a determiner and a possessor.
	for p := start; p < end; p++ {
		if d.Tokens[p].Text == "'s" || d.Tokens[p].Text == "’s" {
			start = p + 1
		}
	}
	if determiners[d.Lower[start]] {
		start++
	}
	if start >= end {
		return nlp.Range{}, false
	}
	head := end - 1
	for p := start; p < end; p++ {
		if lt := d.Lower[p]; lt == "of" || lt == "for" || lt == "at" {
			head = p - 1
			break
		}
	}
	if head < start || !isRoleWord(d.Tokens[head].Text) || isCapitalName(d, start, head) {
		return nlp.Range{}, false
	}
	// "in the Badger State, Sanders": a rank's modifier alone heads no title.
	if hw := d.Lower[head]; titleModifierWords[hw] && !modifierHeads[hw] {
		return nlp.Range{}, false
	}
	// "If she becomes president, Clinton said": a clause with its own subject.
	for p := start; p < end; p++ {
		if personalPronounWords[d.Lower[p]] {
			return nlp.Range{}, false
		}
	}
	// "Yau Wai-ching defeated another localist candidate, Baggio Leung": a clause, not a title.
	for p := start; p < end; p++ {
		w := d.Tokens[p].Text
		if w == strings.ToLower(w) && (strings.HasSuffix(w, "ed") && !lexicon.TitleModifiers[w] && !lexicon.RoleNouns[w] || clauseVerbs[w]) {
			return nlp.Range{}, false
		}
	}
	return nlp.Range{Start: d.Tokens[start].Start, End: d.Tokens[end-1].End}, true
}

// clauseVerbs are finite verbs that a title never holds: a phrase that reaches one is a clause.
var clauseVerbs = lexicon.Words("people/clause_verbs")

// portfolioBeforeRole reports whether a sentence's capitalised first word, right before a capitalised
// role, names the role's portfolio ("Agriculture Minister Lena Vuk", "Trade Secretary …") rather
// than opening the sentence ("Yesterday President …", "Later Minister …").
func portfolioBeforeRole(lw string, beforeCapitalRole bool) bool {
	if !beforeCapitalRole || lexicon.LeadingConnectives[lw] || lexicon.ClausePrepositions[lw] || lexicon.OpenerAdverbs[lw] ||
		lexicon.CalendarWords[lw] || strings.HasSuffix(lw, "ly") || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") {
		return false
	}
	return true
}

// relativeNouns name a relative: "his mother, Maria Roe" gives her no title.
var relativeNouns = lexicon.Words("people/relative_nouns")

// relativeRole reports whether the range holds a lower-case relative's noun as its head ("mother",
// "his late father"), which is no title; "Sister Mary" is.
func (d *doc) relativeRole(r nlp.Range) bool {
	for _, t := range d.TokensIn(r) {
		if t.Text == "of" || t.Text == "to" || t.Text == "for" {
			break
		}
		if relativeNouns[t.Text] {
			return true
		}
	}
	return false
}

// nameAsModifier reports whether a lower-case title after an article stands before a name that
// itself modifies a following lower-case noun: "a major Warhol donor program", "the chief Clinton
// aide". "the president Joe Biden said" keeps its title.
func (d *doc) nameAsModifier(titles []nlp.Range, last, shi int) bool {
	if len(titles) != 1 || last+1 >= shi {
		return false
	}
	tt := d.TokensIn(titles[0])
	if len(tt) == 0 || isCapital(tt[0].Text) {
		return false
	}
	k := d.TokenIndex(titles[0].Start)
	if k == 0 || !determiners[d.Lower[k-1]] {
		return false
	}
	next := d.Tokens[last+1].Text
	lw := strings.ToLower(next)
	return next == lw && d.Tokens[last+1].IsWord() && !functionWords[lw] && !nameEndingVerbs[lw] && !auxiliaryWords[lw] &&
		!strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "s")
}

// verbMarkers before a role noun make it a verb: "would counsel", "to witness".
var verbMarkers = lexicon.Words("people/verb_markers")

// personalPronounWords open a clause, never a title.
var personalPronounWords = map[string]bool{"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true}

// verbableRoles are role nouns that are also verbs after "to" ("to witness", "to counsel"); after
// "to" other roles are objects ("according to curator Ann Lee").
var verbableRoles = lexicon.Words("people/verbable_roles")

// verbBefore reports whether the lower-case role noun at k is a verb: after a modal or a pronoun, or
// after "to" when it is a verb too.
func (d *doc) verbBefore(k, slo int) bool {
	if k <= slo {
		return false
	}
	prev := d.Lower[k-1]
	if prev == "to" {
		return verbableRoles[d.Lower[k]] && !(k-2 >= slo && strings.EqualFold(d.Tokens[k-2].Text, "according"))
	}
	return verbMarkers[prev]
}

// danglingPrepositions end no title: cut before a relative pronoun, the title leaves them out.
var danglingPrepositions = map[string]bool{"with": true, "at": true, "in": true, "on": true, "by": true, "from": true}

// abbreviationDot reports whether the period at token k sits inside an abbreviation written with
// periods and a hyphen ("A.F.L.-C.I.O."): glued to the word before it and to a hyphen after it.
func (d *doc) abbreviationDot(k, shi int) bool {
	if k == 0 || k+1 >= shi || d.Tokens[k-1].End != d.Tokens[k].Start {
		return false
	}
	if k+2 < shi && d.Tokens[k+1].Start == d.Tokens[k].End && d.Tokens[k+1].Text == "-" &&
		d.Tokens[k+2].Start == d.Tokens[k+1].End && isCapital(d.Tokens[k+2].Text) {
		return true
	}
	// The last period of "C.I.O." before a lower-case word: the phrase goes on.
	next := d.Tokens[k+1].Text
	return strings.Contains(d.Tokens[k-1].Text, ".") && next == strings.ToLower(next) && d.Tokens[k+1].IsWord()
}

// innerAnd reports whether the word at k, after an "and" inside a title's prepositional phrase, goes
// on with the same noun phrase: a lower-case word that is no determiner, pronoun or role of its own
// ("a building and construction trades council", not "the company and its chairman").
func (d *doc) innerAnd(k int) bool {
	t := d.Tokens[k].Text
	lt := d.Lower[k]
	return t == lt && d.Tokens[k].IsWord() && !determiners[lt] && !isRoleWord(t) && !functionWords[lt] && !appositiveStops[lt]
}
