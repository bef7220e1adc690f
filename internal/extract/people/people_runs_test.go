package people

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// countLongWords reads ASCII fields byte by byte; it must count exactly what the plain reading of
// strings.Fields does, for ASCII and other text alike.
func TestCountLongWordsMatchesFields(t *testing.T) {
	sentences := []string{
		"Politifact: Donald Trump Is Right, 'Thousands of Shootings' in Chicago",
		"Putin’s aide said the U.S.-led talks in São Paulo were “Very Good”.",
		"  Biden's  O'Brien's 's ''s Xs's  ÉLYSÉE Élysée\u00a0Palace\u0085Rome\tVery\vLong\fWords\r\n",
		"a ab abc abcd ABCD Abcd's abc's \"Quoted\" (Bracketed) --Dash-- 1234 A1B2 Ünïcode ǅemal",
		"İstanbul ΣΟΦΙΑ σοφια 中文名字 Jean-Marie  …  — ",
		"",
	}
	// And strings drawn from the characters the two readings treat differently.
	alphabet := []rune("aZs'’S. -\t\u00a0\u0085\"(é)Ü1")
	state := uint32(1)
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := 0; k < 12; k++ {
			state = state*1664525 + 1013904223
			b.WriteRune(alphabet[state>>16%uint32(len(alphabet))])
		}
		sentences = append(sentences, b.String())
	}
	for _, s := range sentences {
		wantLong, wantCap := 0, 0
		fields := strings.Fields(s)
		for _, w := range fields {
			w = strings.TrimFunc(w, notLetter)
			if p := nlp.PossessiveStart(w); p > 0 {
				w = w[:p]
			}
			if utf8.RuneCountInString(w) >= 4 {
				wantLong++
				if isCapital(w) {
					wantCap++
				}
			}
		}
		if long, capital, n := countLongWords(s); long != wantLong || capital != wantCap || n != len(fields) {
			t.Errorf("%q: countLongWords = %d, %d, %d; want %d, %d, %d", s, long, capital, n, wantLong, wantCap, len(fields))
		}
	}
}
