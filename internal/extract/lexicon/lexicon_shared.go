package lexicon

// Word lists read by more than one family: the attribution clause's connectives and prepositions
// (people read them to bound a title), company-name endings (quotes read them to reject an
// organisation as a speaker) and country demonyms (people read them to tell a country from a name).

// leadingConnectives open a clause without belonging to its subject.
var LeadingConnectives = Words("shared/leading_connectives")

// prepositions that may open an adverbial phrase before a clause's subject ("On Saturday, …").
var ClausePrepositions = Words("shared/clause_prepositions")

// openerAdverbs open an adverbial phrase set off by a comma before a clause's subject ("Here in
// Columbia, …", "Even so, …").
var OpenerAdverbs = Words("shared/opener_adverbs")

// ArticleWords are the articles. A capitalised one inside a sentence starts a title ("The Times"),
// not a name (people); one opens a noun phrase that can be the subject of a reported clause ("when
// the candidate suggested", quotes).
var ArticleWords = Words("shared/article_words")

// legalForms end a company's name.
var LegalForms = Words("shared/legal_forms")

// tradeNameWords end the name of a business the way a legal form does ("Poughkeepsie Savings Bank",
// "Jim Pattison Industries"); unlike "Foundation" or "Center", they are not named after a person to
// honour them.
var TradeNameWords = Words("shared/trade_name_words")

// TroopCountryDemonyms map countries and the capitals that stand for their governments to the word
// news uses for their forces.
var TroopCountryDemonyms = Pairs("shared/country_demonyms")
