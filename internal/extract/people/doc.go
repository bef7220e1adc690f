// Package people finds the people an article names: their fullest name, the other forms it uses,
// the titles it gives them and every mention, most mentioned first. It reads the shared analysis
// (package text) and the word lists (package lexicon); prose's entity model breaks ties only for a
// one-word name that a reporting verb alone supports.
package people

import (
	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// doc is the shared analysis as the people rules see it: the methods of this package hang on it, and
// none of them writes to the nlp.Doc it wraps.
type doc struct {
	*nlp.Doc
	// companies caches companyNames, which two steps read.
	companies map[string]bool
}

// Extract lists the people named in the analysed article, most mentioned first.
func Extract(d *nlp.Doc) []brief.Person {
	out, _ := ExtractTruncated(d)
	return out
}

// ExtractTruncated is Extract, and whether the article named more than MaxPeople people, of whom
// only the first found are listed.
func ExtractTruncated(d *nlp.Doc) ([]brief.Person, bool) { return extract(&doc{Doc: d}) }
