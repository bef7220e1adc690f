package extract

import (
	"strconv"
	"strings"
	"time"
)

// Words of the general language of dates in English news, all lower-case.

// monthWords maps full month names and their abbreviations to 1–12. "may" and "march" are also
// ordinary words; the scanner asks for more context before it reads them alone as months.
var monthWords = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// monthAbbreviations stand for a month only next to a day or a year ("Dec. 15", "Jan 2004").
var monthAbbreviations = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// ambiguousMonths are also common words or names: alone they need a temporal preposition before them.
var ambiguousMonths = map[string]bool{"may": true, "march": true, "august": true, "june": true, "april": true}

var weekdayWords = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

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

// numberWords are the spelled quantities used in "two weeks ago" or "in three days".
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}

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
type calendarUnit int

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
	if n, err := strconv.Atoi(w); err == nil {
		return n, n > 0
	}
	if n, ok := numberWords[w]; ok {
		return n, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		x, ok1 := numberWords[a]
		y, ok2 := numberWords[b]
		if ok1 && ok2 && x >= 20 && y < 10 {
			return x + y, true
		}
	}
	return 0, false
}
