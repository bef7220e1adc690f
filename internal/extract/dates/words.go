package dates

import (
	"strconv"
	"strings"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

// Words of the general language of dates in English news, all lower-case.

// monthAbbreviation reports whether w is a short month form, which stands for a month only next to a
// day or a year ("Dec. 15", "Jan 2004").
func monthAbbreviation(w string) bool { return lexicon.MonthShortForms[w] > 0 }

// ambiguousMonths are also common words or names: alone they need a temporal preposition before them.
var ambiguousMonths = map[string]bool{"may": true, "march": true, "august": true, "june": true, "april": true}

// weekdayAbbreviation reports whether a weekday word is a short form, which is read only before a date
// ("Thu, Dec 30") because "Sun", "Sat" and "Wed" are ordinary words.
func weekdayAbbreviation(w string) bool { return len(w) <= 5 && !strings.HasSuffix(w, "day") }

// partsOfDay follow or precede a day without changing its date ("Monday evening", "noon Saturday").
var partsOfDay = map[string]bool{
	"morning": true, "afternoon": true, "evening": true, "night": true, "noon": true, "midday": true,
	"overnight": true, "midnight": true,
}

// seasonWords maps season names to their index in seasonCodes.
var seasonWords = map[string]int{"spring": 0, "summer": 1, "autumn": 2, "fall": 2, "winter": 3}

// numberWords are the spelled quantities used in "two weeks ago" or "in three days": the cardinals, the
// article as "one" ("a year ago") and "hundred" ("a hundred years ago"), but no larger scale, which
// never counts calendar units in news.
var numberWords = func() map[string]int {
	m := map[string]int{"a": 1, "an": 1, "hundred": lexicon.ScaleWords["hundred"]}
	for w, n := range lexicon.CardinalWords {
		m[w] = n
	}
	return m
}()

// ordinalWords are the ordinals of quarters, halves and centuries.
var ordinalWords = map[string]int{
	"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
	"fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
	"ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12,
	"thirteenth": 13, "13th": 13, "fourteenth": 14, "14th": 14, "fifteenth": 15, "15th": 15,
	"sixteenth": 16, "16th": 16, "seventeenth": 17, "17th": 17, "eighteenth": 18, "18th": 18,
	"nineteenth": 19, "19th": 19, "twentieth": 20, "20th": 20, "twenty-first": 21, "21st": 21,
	"twenty-second": 22, "22nd": 22,
}

// decadeWords are spelled decades ("the nineties").
var decadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
	"eighties": 8, "nineties": 9,
}

// calendarUnits are the units of relative expressions ("last week", "two months ago").
type calendarUnit uint8

const (
	unitNone calendarUnit = iota
	unitDay
	unitWeek
	unitWeekend
	unitMonth
	unitQuarter
	unitYear
	unitDecade
	unitCentury
)

var unitWords = map[string]calendarUnit{
	"day": unitDay, "days": unitDay, "week": unitWeek, "weeks": unitWeek, "weekend": unitWeekend,
	"month": unitMonth, "months": unitMonth, "quarter": unitQuarter, "quarters": unitQuarter,
	"year": unitYear, "years": unitYear, "decade": unitDecade, "decades": unitDecade,
	"century": unitCentury,
}

// relativeWords shift a unit from the publication date: "last week", "next month", "this year".
var relativeWords = map[string]int{
	"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1, "this": 0, "current": 0,
}

// rangeModifiers narrow a date without changing its TIMEX3 value at the granularity written
// ("early this month", "late Wednesday", "mid-October").
var rangeModifiers = map[string]bool{
	"early": true, "late": true, "mid": true, "earlier": true, "later": true,
}

// boundaryNouns open "the end of May", "the beginning of this year".
var boundaryNouns = map[string]bool{
	"end": true, "beginning": true, "start": true, "middle": true, "turn": true, "close": true,
}

// monthPrepositions before a lone month make it a date ("in May", "since March", "until June").
var monthPrepositions = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true, "through": true,
	"during": true, "before": true, "after": true, "of": true, "last": true, "next": true, "this": true,
	"early": true, "late": true, "mid": true, "between": true, "to": true, "and": true, "or": true,
	"throughout": true, "around": true, "on": true, "for": true, "as": true,
}

// countNouns after a four-digit number show it counts something instead of naming a year.
var countNouns = map[string]bool{
	"people": true, "troops": true, "soldiers": true, "men": true, "women": true, "children": true,
	"members": true, "votes": true, "cases": true, "deaths": true, "hours": true, "hrs": true, "gmt": true,
	"utc": true, "local": true, "est": true, "edt": true, "bst": true, "km": true, "kilometres": true,
	"kilometers": true, "miles": true, "metres": true, "meters": true, "feet": true, "tonnes": true,
	"tons": true, "dollars": true, "euros": true, "pounds": true, "yuan": true, "yen": true, "barrels": true,
	"points": true, "percent": true, "%": true, "units": true, "persons": true, "refugees": true,
	"families": true, "houses": true, "homes": true, "vehicles": true, "students": true, "workers": true,
	"police": true, "policemen": true, "officers": true, "rebels": true, "fighters": true, "jobs": true,
	"shares": true, "year": true, "years": true, "old": true, "acres": true, "hectares": true, "square": true, "mw": true, "kg": true, "cc": true,
}

// numberPrefixes before a four-digit number show it is not a year ("No. 1600", "$2000").
var numberPrefixes = map[string]bool{
	"$": true, "€": true, "£": true, "#": true, "no": true, "number": true, "flight": true, "route": true,
	"resolution": true, "page": true, "room": true, "model": true, "highway": true, "rs": true, "us$": true,
}

// spelledNumber reads a token as a small quantity: digits, a number word, or a hyphenated tens word
// ("twenty-five").
func spelledNumber(w string) (int, bool) {
	// Atoi only when w is an integer: its error costs an allocation per word ("2021-12-30", "1990s").
	if isInteger(w) {
		if n, err := strconv.Atoi(w); err == nil {
			return n, n > 0
		}
	}
	if n, ok := numberWords[w]; ok {
		return n, true
	}
	if n, ok := lexicon.CardinalValue(w); ok { // "twenty-five"
		return n, true
	}
	return 0, false
}

// isInteger reports whether w has the form strconv.Atoi reads: an optional sign and decimal digits.
func isInteger(w string) bool {
	if w != "" && (w[0] == '+' || w[0] == '-') {
		w = w[1:]
	}
	return allDigits(w)
}
