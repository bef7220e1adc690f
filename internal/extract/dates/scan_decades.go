package dates

import (
	"strconv"
	"strings"
)

// decadeExpr matches "the 1990s", "the nineties", "the 19th century", "the late 1980s" (with the
// modifier taken by prefixEnd).
func (s *dateScanner) decadeExpr(j int) (dateMention, int, bool) {
	k := j
	if s.low[k] == "the" {
		k++
		if !s.joined(k) {
			return dateMention{}, j, false
		}
		if w := s.word(k); w == "early" || w == "late" || w == "mid" {
			k++
		}
	}
	w := strings.TrimPrefix(s.word(k), "mid-")
	if d, ok := decadeWords[w]; ok && k > j {
		return dateMention{kind: kindDecade, number: 190 + d}, k + 1, true
	}
	if len(w) == 5 && w[4] == 's' && allDigits(w[:4]) && w[3] == '0' {
		y, _ := strconv.Atoi(w[:4])
		return dateMention{kind: kindDecade, number: y / 10}, k + 1, true
	}
	if n, ok := ordinalWords[w]; ok && s.next(k+1) == "century" && (k > j || allDigits(strings.TrimRight(w, "stndrh"))) {
		return dateMention{kind: kindCentury, number: n - 1}, k + 2, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok && b == "century" {
		if n, ok := ordinalWords[a]; ok {
			return dateMention{kind: kindCentury, number: n - 1}, k + 1, true
		}
	}
	return dateMention{}, j, false
}
