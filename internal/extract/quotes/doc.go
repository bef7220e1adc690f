// Package quotes finds direct quotations, partial quotes and their resumed fragments, and attributes
// each to a speaker: the attribution clause, its reporting verb, the speaker phrase and its
// resolution (pronouns, namesakes, roles) to one of the people the people family found. It reads
// people's result (brief.Person), never their internals.
package quotes

import (
	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// doc is the shared analysis as the quote rules see it: the methods of this package hang on it, and
// none of them writes to the nlp.Doc it wraps.
type doc struct{ *nlp.Doc }

// Extract lists the article's quotes in text order, attributed to people where the text says who
// spoke.
func Extract(d *nlp.Doc, people []brief.Person) []brief.Quote { return extract(&doc{d}, people) }
