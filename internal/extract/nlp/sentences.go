package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period that does not end a sentence when a capitalised word follows
// (titles before names, month and state abbreviations, common Latin).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "sr": true, "jr": true,
	"gen": true, "lt": true, "col": true, "capt": true, "cpt": true, "sgt": true, "cpl": true, "pvt": true,
	"maj": true, "adm": true, "cmdr": true, "gov": true, "sen": true, "rep": true, "rev": true, "fr": true,
	"pres": true, "supt": true, "insp": true, "det": true, "hon": true, "messrs": true, "mme": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"no": true, "nos": true, "vs": true, "v": true, "etc": true, "inc": true, "corp": true, "ltd": true,
	"co": true, "bros": true, "dept": true, "univ": true, "ave": true, "blvd": true, "mt": true, "ft": true,
	"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true, "conn": true, "del": true,
	"fla": true, "ga": true, "ill": true, "ind": true, "kan": true, "ky": true, "la": true, "md": true,
	"mass": true, "mich": true, "minn": true, "miss": true, "mo": true, "mont": true, "neb": true,
	"nev": true, "okla": true, "ore": true, "pa": true, "tenn": true, "tex": true, "va": true,
	"vt": true, "wash": true, "wis": true, "wyo": true, "e.g": true, "i.e": true, "approx": true,
}

// sentenceOpeners are capitalised function words that start sentences and almost never follow an
// abbreviation inside a name.
var sentenceOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "But": true, "And": true, "In": true, "On": true, "At": true, "This": true, "That": true,
	"These": true, "Those": true, "His": true, "Her": true, "Their": true, "Its": true, "Our": true,
	"There": true, "However": true, "Meanwhile": true, "After": true, "Before": true, "When": true,
	"While": true, "If": true, "As": true, "According": true, "Officials": true, "Some": true,
}

// splitSentences cuts each paragraph at sentence-final punctuation (with any closing quotes or
// brackets after it) when a new sentence plausibly starts next, and never across a paragraph.
func (d *Doc) splitSentences() []Range {
	var out []Range
	for _, p := range d.Paragraphs {
		first := d.TokenIndex(p.Start)
		toks := d.TokensIn(p)
		lower := d.Lower[first : first+len(toks)]
		start := p.Start
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			if len(t.Text) > 2 && strings.HasSuffix(t.Text, ".") && i+1 < len(toks) {
				// An abbreviation that ends a sentence ("in Washington D.C. The team..."): split only
				// before a capitalised function word, since "the U.S. Army" goes on.
				if next := toks[i+1]; next.Start > t.End && sentenceOpeners[next.Text] {
					out = append(out, Range{start, t.End})
					start = next.Start
				}
				continue
			}
			if t.Text != "." && t.Text != "!" && t.Text != "?" && t.Text != "…" {
				continue
			}
			j := i + 1
			for j < len(toks) && IsClosing(toks[j].Text) && toks[j].Start == toks[j-1].End {
				j++
			}
			if j >= len(toks) {
				break
			}
			if toks[j].Start == toks[j-1].End {
				continue // no space: "3.5", "U.S.-led"
			}
			if t.Text == "." && i > 0 && toks[i-1].End == t.Start && isAbbreviationLower(toks[i-1].Text, lower[i-1]) {
				continue
			}
			if !StartsSentence(toks[j].Text) {
				continue
			}
			out = append(out, Range{start, toks[j-1].End})
			start = toks[j].Start
		}
		if start < p.End {
			out = append(out, Range{start, p.End})
		}
	}
	return out
}

func IsClosing(s string) bool {
	switch s {
	case "\"", "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

func IsAbbreviation(word string) bool { return isAbbreviationLower(word, strings.ToLower(word)) }

// isAbbreviationLower is IsAbbreviation of word, given also in lower case.
func isAbbreviationLower(word, lw string) bool {
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r) // an initial: George W. Bush
	}
	return abbreviations[lw]
}

func StartsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'([", r)
}
