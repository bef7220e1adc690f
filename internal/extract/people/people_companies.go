package people

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

// Business news names companies after their founders ("Milton Roy Corp.", "Philip Morris Cos.") and
// then drops the legal suffix ("Milton Roy said", "Philip Morris shares"). A name the article writes
// once with a company's legal form, or joined to another by an ampersand ("Brouwer & Tate"), is the
// company's throughout: it introduces no person without a title or an apposition of its own.

// businessNouns after a one-word name make it a company's: only a company has earnings or
// shareholders.
var businessNouns = lexicon.Words("people/business_nouns")

// companyNames returns the name stretches (lower-case words joined by spaces) that the article
// writes before a legal form or an ampersand, each also cut before its first organisation word
// ("Magna International Inc." gives "magna international" and "magna").
func (d *doc) companyNames() map[string]bool {
	if d.companies == nil {
		d.companies = d.findCompanyNames()
	}
	return d.companies
}

func (d *doc) findCompanyNames() map[string]bool {
	out := map[string]bool{}
	n := len(d.Tokens)
	for i, t := range d.Tokens {
		company := false
		switch {
		case isCapital(t.Text) && i > 0 && listsOf(d.tokenKey(i)).has(inCompanyEnders):
			company = true
		case i > 0 && i+1 < n && isCapital(t.Text) && businessNouns[d.Lower[i+1]] &&
			!isCapital(d.Tokens[i-1].Text) && d.Tokens[i+1].Start > t.End:
			// "Anheuser earnings", "Poughkeepsie shareholders": a one-word name that owns a
			// company's earnings is the company's.
			out[d.tokenKey(i)] = true
			continue
		case (t.Text == "&" || t.Text == "amp") && i > 0 && i+1 < n && isCapital(d.Tokens[i+1].Text) &&
			isCapital(d.Tokens[i-1].Text):
			company = true
		}
		if !company {
			continue
		}
		// Walk back over the capitalised words (and glued periods) before the form.
		var words []string
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			w := d.Tokens[k].Text
			if w == "." && k > 0 && d.Tokens[k-1].End == d.Tokens[k].Start {
				continue
			}
			if !isCapital(w) || functionWords[d.Lower[k]] && k < i-1 {
				break
			}
			words = append([]string{d.tokenKey(k)}, words...)
		}
		if len(words) == 0 {
			continue
		}
		out[strings.Join(words, " ")] = true
		for k, w := range words {
			if k > 0 && isOrgCue(w) {
				out[strings.Join(words[:k], " ")] = true
				break
			}
		}
	}
	return out
}

// companyWords returns every word of the article's company names, for one-word names.
func companyWords(names map[string]bool) map[string]bool {
	out := map[string]bool{}
	for name := range names {
		for _, w := range strings.Fields(name) {
			if len(w) > 1 {
				out[w] = true
			}
		}
	}
	return out
}
