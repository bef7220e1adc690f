package check

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

// isHonorific: an honorific (the extractor's, lexicon.Honorifics) comes before a surname without saying who the person is; an office title does ("President
// Obama" is a first reference a copy desk accepts, "Mr. Smith" is not).
func isHonorific(w string) bool {
	lw := strings.ToLower(w)
	return lexicon.Honorifics[lw] || lw == "miss" // the extractor decides "Miss" by the next word
}

// determiners before a surname make it a modifier: "a Trump presidency", "the Castro government".
var determiners = wordSet("a an the anti")

// modifiedNouns follow a surname used as a modifier ("Trump supporters", "the Obama era", "a Clinton
// aide"): the words of news for what belongs to a politician or a leader.
var modifiedNouns = wordSet(`administration administrations campaign campaigns supporters supporter
	voters voter era eras years presidency government governments regime family foundation camp aide
	aides team allies ally loyalists loyalist doctrine policy policies plan plans nomination ticket
	rally rallies victory brand empire organization organisation presidential
	doctrine legacy agenda backers backer critics critic fans surrogates surrogate nominee`)

// namedInPassing reports whether the surname ws[i] is not a bare reference to its person: part of a
// fuller name in another form or order ("Joe Biden", "Lee Harvey Oswald", "Wong Pik-wan"), a modifier
// ("anti-Castro", "the Castro government", "a female Trump supporter"), a name after an office title
// ("President Obama"), or the words of someone quoted, which the writer cannot change.
func (a *Article) namedInPassing(ws []word, i int) bool {
	w := ws[i]
	if hyphenJoined(a.Text, w.start, w.start+len(w.text)) || a.inQuote(w.start) {
		return true
	}
	if i > 0 && !isHonorific(ws[i-1].text) && notName(ws[i-1].text) && a.Text[ws[i-1].start+len(ws[i-1].text):w.start] != ", " {
		return true // an office title: "President Obama"
	}
	if i+1 < len(ws) {
		n := ws[i+1]
		gap := a.Text[w.start+len(w.text) : n.start]
		if gap == " " && (n.capitalised() && !notName(n.text) || nameParticles[n.text]) {
			return true // the first word of a full name: Chinese, Korean or Vietnamese order, or someone else's
		}
	}
	if i+1 < len(ws) && modifiedNouns[ws[i+1].text] && a.Text[w.start+len(w.text):ws[i+1].start] == " " {
		return true // a modifier: "Trump supporters", "the Obama era"
	}
	// A determiner up to two words before, with only lower-case words between: a modifier.
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		pj := ws[j]
		if determiners[strings.ToLower(pj.text)] {
			return true
		}
		if pj.capitalised() || strings.ContainsAny(a.Text[pj.start+len(pj.text):ws[j+1].start], ".;:!?\n") {
			break
		}
	}
	return false
}

// inQuote reports whether off is inside a direct quote of the brief.
func (a *Article) inQuote(off int) bool {
	for _, q := range a.Brief.Quotes {
		if off >= q.Start && off < q.End {
			return true
		}
		for _, f := range q.Fragments {
			if off >= f.Start && off < f.End {
				return true
			}
		}
	}
	return false
}

// fullNameAt reports whether the surname ws[i] ends a full name in some form: right after a given name
// or initial that is not a title ("Joe Biden", "Donald J. Trump"), or after a nickname in quotes
// (Robert C. "Bobby" Scott).
func (a *Article) fullNameAt(ws []word, i int) bool {
	if i == 0 {
		return false
	}
	p := ws[i-1]
	gap := a.Text[p.start+len(p.text) : ws[i].start]
	return p.capitalised() && !notName(p.text) && !isHonorific(p.text) && !nameParticles[strings.ToLower(p.text)] &&
		(gap == " " || gap == ". " || strings.Trim(gap, " \"“”") == "" && strings.ContainsAny(gap, "\"“”"))
}

// surnameCounts counts, for each surname, the brief's people who carry it, one-word names included: a
// surname two people share ("Mr. Obama" and Michelle Obama) says nothing about when either was introduced.
func (a *Article) surnameCounts() map[string]int {
	n := map[string]int{}
	for _, p := range a.Brief.People {
		ws := words(p.Name)
		for len(ws) > 1 && nameSuffixes[ws[len(ws)-1].text] {
			ws = ws[:len(ws)-1]
		}
		if len(ws) > 0 {
			n[ws[len(ws)-1].text]++
		}
	}
	return n
}
