package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

// nameParticles are the lower-case words inside names (bin, ibn, al, van, von, de, la, arap...): the
// extractor's list (lexicon.NameParticles). They belong to the name, so a name holding them is not
// made of common words.
var nameParticles = lexicon.NameParticles

// couldBeOnePerson reports whether two similar words x and y can be one person's name spelled two
// ways, given the brief's people. When y is a word of a person's name in the brief, the rest of that
// name must share a word with the rest of a name holding x: the same given name with a surname spelled
// two ways (Donald Trump / Donand Trump), or the same surname with a given name spelled two ways.
// Otherwise they are two people (Barack Obama / Osama bin Laden) or one person's two names (an alias).
// A y that is no person's word (a bare surname, "said Sameuelson") is left to the other tests.
func (a *Article) couldBeOnePerson(x, y string) bool {
	withX, withY := a.namesWith(x), a.namesWith(y)
	if len(withY) == 0 || len(withX) == 0 {
		return true
	}
	for _, px := range withX {
		for _, qy := range withY {
			restX, restY := without(px, x), without(qy, y)
			if len(restX) == 0 || len(restY) == 0 {
				// A name of one word is a surname used alone: it can only be a misspelling of another
				// surname, not of a given name (Obama / Osama bin Laden).
				if isSurname(px, x) && isSurname(qy, y) {
					return true
				}
				continue
			}
			for _, u := range restX {
				for _, v := range restY {
					if u == v {
						return true
					}
				}
			}
		}
	}
	return false
}

// isSurname reports whether w is the last word of name, where the surname stands in Western order.
func isSurname(name []string, w string) bool {
	return len(name) > 0 && name[len(name)-1] == w
}

// namesWith returns the capitalised words of each name or alias in the brief that holds w.
func (a *Article) namesWith(w string) [][]string {
	var out [][]string
	for _, p := range a.Brief.People {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			var ws []string
			holds := false
			for _, nw := range words(n) {
				if !nw.capitalised() || notName(nw.text) {
					continue
				}
				ws = append(ws, nw.text)
				holds = holds || nw.text == w
			}
			if holds {
				out = append(out, ws)
			}
		}
	}
	return out
}

func without(ws []string, w string) []string {
	var out []string
	for _, x := range ws {
		if x != w {
			out = append(out, x)
		}
	}
	return out
}

// sameTypography reports whether x and y differ only in the apostrophe they use (O’Neill / O'Neill):
// a matter of typography, not a misspelt name.
func sameTypography(x, y string) bool {
	return strings.ReplaceAll(x, "’", "'") == strings.ReplaceAll(y, "’", "'")
}

// hyphenJoined reports whether text[start:end] is joined by a hyphen to a letter on either side.
func hyphenJoined(text string, start, end int) bool {
	if start >= 2 && text[start-1] == '-' {
		if r, _ := utf8.DecodeLastRuneInString(text[:start-1]); isLetterRune(r) {
			return true
		}
	}
	if end+1 < len(text) && text[end] == '-' {
		if r, _ := utf8.DecodeRuneInString(text[end+1:]); isLetterRune(r) {
			return true
		}
	}
	return false
}

// institutional reports whether every occurrence of a spelling names an institution or a thing rather
// than a person: a word before "of" ("Board of Education", "Bank of America").
func (a *Article) institutional(sp *spelling) bool {
	for _, at := range sp.at {
		if !strings.HasPrefix(a.Text[at+len(sp.text):], " of ") {
			return false
		}
	}
	return true
}

// nameShaped is false for run-together words with three capitals or more
// ("FoleyFlagShareLikeReply", a web page's widgets glued to a name), which no name is; McLenney and
// DuVernay have two.
func nameShaped(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n < 3
}
