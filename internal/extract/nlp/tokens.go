package nlp

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Range is a stretch of the article text by UTF-8 byte offsets, end exclusive.
type Range struct {
	Start, End int
}

// Len is the range's length in bytes.
func (r Range) Len() int { return r.End - r.Start }

// Contains reports whether the byte offset pos lies inside r.
func (r Range) Contains(pos int) bool { return pos >= r.Start && pos < r.End }

// Overlaps reports whether r and o share at least one byte.
func (r Range) Overlaps(o Range) bool { return r.Start < o.End && o.Start < r.End }

// Token is a word, a number or one punctuation character, located in the text. Text is always the
// slice of the article, so nothing is rewritten (curly quotes stay curly).
type Token struct {
	Start, End int
	Text       string
}

// IsWord reports whether the token starts with a letter or a digit.
func (t Token) IsWord() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// IsCapitalized reports whether the token starts with an upper-case letter.
func (t Token) IsCapitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// IsNumber reports whether the token starts with a digit.
func (t Token) IsNumber() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsDigit(r)
}

// Tokenize splits text into tokens with their byte offsets, in one pass. Words keep internal hyphens
// and apostrophes (Jean-Marie, O'Brien, don't), abbreviations keep their periods (U.S., Dec.) and
// numbers keep their separators (100,000, 1.5); a possessive 's or ’s becomes a token of its own so
// that "Putin’s" yields the name "Putin".
func Tokenize(text string) []Token {
	tokens, _, _ := tokenize(text, len(text)+1)
	return tokens
}

// tokenize is Tokenize stopped before the token that would be the max+1st (a possessive's two
// tokens count as one word); it returns where it stopped, len(text) when it did not. It also returns
// each token's asciiCase, found while the token is read, for lowerTokens.
func tokenize(text string, max int) ([]Token, []uint8, int) {
	tokens := make([]Token, 0, min(len(text)/5, max)+1)
	cases := make([]uint8, 0, cap(tokens))
	i := 0
	for i < len(text) {
		if len(tokens) >= max {
			return tokens, cases, i
		}
		if len(tokens)+2 > cap(tokens) {
			tokens = growTokens(tokens, i, len(text), max+1)
			cases = slices.Grow(cases, cap(tokens)-len(cases))
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		// A letter or a digit (no rune is both that and a space): ASCII ones by the table.
		case r < utf8.RuneSelf && asciiWordBytes[r] != 0, r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			end, wordCase := scanWord(text, i)
			// Split a possessive: the word ends in 's or ’s and is longer than that.
			if p := PossessiveStart(text[i:end]); p > 0 {
				tokens = append(tokens, Token{Start: i, End: i + p, Text: text[i : i+p]})
				tokens = append(tokens, Token{Start: i + p, End: end, Text: text[i+p : end]})
				cases = append(cases, asciiCase(text[i:i+p]), asciiCase(text[i+p:end]))
			} else {
				tokens = append(tokens, Token{Start: i, End: end, Text: text[i:end]})
				cases = append(cases, wordCase)
			}
			i = end
		case unicode.IsSpace(r):
			i += size
		default:
			tokens = append(tokens, Token{Start: i, End: i + size, Text: text[i : i+size]})
			// Not a letter: ASCII, or not (size is 1 for an invalid byte too).
			if text[i] < utf8.RuneSelf {
				cases = append(cases, asciiLower)
			} else {
				cases = append(cases, notASCII)
			}
			i += size
		}
	}
	return tokens, cases, len(text)
}

// growTokens makes room in tokens, read from the first done of total bytes, for the tokens the rest
// of the text holds at the rate seen so far, up to limit (and for two more at least): appending grows
// a large slice by a quarter at a time, which copies a text of one-letter tokens ("J. R. J. R. …")
// several times over, while doubling would leave news text's slice half empty.
func growTokens(tokens []Token, done, total, limit int) []Token {
	return slices.Grow(tokens, max(min(estimate(len(tokens), done, total), limit), len(tokens)+2)-len(tokens))
}

// estimate extrapolates n items found in the first done of total units to the whole, with an
// eighth more for a rate that rises.
func estimate(n, done, total int) int {
	if done <= 0 {
		return 2*n + 16
	}
	whole := int(float64(n) * float64(total) / float64(done))
	return whole + whole/8 + 16
}

// asciiWordBytes marks the ASCII letters and digits, and the capitals among them.
var asciiWordBytes = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = wordByte
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = wordByte
		t[c-'a'+'A'] = wordByte | capitalByte
	}
	return t
}()

const (
	wordByte    = 1
	capitalByte = 2
)

// scanWord returns the end of the word that starts at i, and its asciiCase.
func scanWord(text string, i int) (int, uint8) {
	start := i
	var run letterRun // whether text[start:i] is a single-letter run, kept as the word grows
	var seen uint8    // the asciiWordBytes of the word's ASCII letters, or'ed
	nonASCII := false
	for i < len(text) {
		// Most words are ASCII letters: read those without decoding or a Unicode table.
		if b := asciiWordBytes[text[i]]; b != 0 {
			seen |= b
			if !run.broken {
				run.add(i-start, rune(text[i]))
			}
			i++
			continue
		}
		// Only these ASCII marks may go on inside a word (below); any other ends it, as most words
		// end, at a space.
		if c := text[i]; c < utf8.RuneSelf && c != '-' && c != '\'' && c != '.' && c != ',' {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			run.add(i-start, r)
			nonASCII = true // a letter outside ASCII: size > 1, since an invalid byte is none
			i += size
			continue
		}
		next, nsize := utf8.DecodeRuneInString(text[i+size:])
		prev, _ := utf8.DecodeLastRuneInString(text[start:i])
		switch r {
		case '-', '\'', '’':
			if nsize > 0 && (unicode.IsLetter(next) || unicode.IsDigit(next)) {
				run.add(i-start, r)
				nonASCII = nonASCII || r >= utf8.RuneSelf
				i += size
				continue
			}
		case '.':
			// Abbreviations with internal periods (U.S., a.m.) and decimals (1.5).
			if unicode.IsDigit(prev) && unicode.IsDigit(next) {
				run.add(i-start, r)
				i += size
				continue
			}
			if unicode.IsLetter(next) && run.is() {
				run.add(i-start, r)
				i += size
				continue
			}
			if run.is() && i-start <= 4 && isAbbrevChain(text[start:i]) {
				// The closing period of U.S. or a.m.
				return i + size, wordCase(seen, nonASCII)
			}
		case ',':
			// Thousands separators: 100,000 (exactly three digits follow).
			if unicode.IsDigit(prev) && threeDigits(text[i+1:]) {
				run.add(i-start, r)
				i += size
				continue
			}
		}
		break
	}
	return i, wordCase(seen, nonASCII)
}

func wordCase(seen uint8, nonASCII bool) uint8 {
	switch {
	case nonASCII:
		return notASCII
	case seen&capitalByte != 0:
		return asciiMixed
	}
	return asciiLower
}

// letterRun tracks isSingleLetterRun of a word as it grows one rune at a time, so that a long chain
// of initials ("U.U.U.…") is scanned once rather than once per period.
type letterRun struct {
	broken bool
	n      int
}

// add appends the rune r found at byte offset k of the word.
func (l *letterRun) add(k int, r rune) {
	if l.broken {
		return // is() stays false whatever follows
	}
	if k%2 == 0 && !unicode.IsLetter(r) || k%2 == 1 && r != '.' {
		l.broken = true
	}
	l.n++
}

func (l *letterRun) is() bool { return !l.broken && l.n%2 == 1 }

// isAbbrevChain reports whether s already contains an internal period (U.S, a.m): only then is the
// final period part of the word rather than a full stop.
func isAbbrevChain(s string) bool {
	for _, r := range s {
		if r == '.' {
			return true
		}
	}
	return false
}

func threeDigits(s string) bool {
	if len(s) < 3 {
		return false
	}
	for k := 0; k < 3; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return len(s) == 3 || s[3] < '0' || s[3] > '9'
}

// possessiveStart returns the byte offset of a trailing possessive 's/’s in word, or 0.
func PossessiveStart(word string) int {
	n := len(word)
	if n < 3 || word[n-1] != 's' && word[n-1] != 'S' {
		return 0
	}
	if word[n-2] == '\'' {
		return n - 2
	}
	if n > 4 && word[n-4:n-1] == "’" {
		return n - 4
	}
	return 0
}
