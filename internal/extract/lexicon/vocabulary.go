package lexicon

import (
	"strings"
	"time"
)

// The closed-class words of English that several extractors need: months, weekdays and cardinal
// numbers. Each is listed once here, lower-case; an extractor that needs a narrower or wider set builds
// it from these and says why.

// monthFullNames are the months in calendar order.
var monthFullNames = [12]string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// monthShortForms are the abbreviations of month names ("Dec. 15", "Jan 2004"). "may" is a full name,
// not a short form.
var MonthShortForms = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
	"nov": 11, "dec": 12,
}

// monthWords maps every month word, full or short, to 1–12. "may" and "march" are also ordinary words;
// each extractor asks for more context before it reads them alone as months.
var MonthWords = func() map[string]int {
	m := map[string]int{}
	for i, w := range monthFullNames {
		m[w] = i + 1
	}
	for w, n := range MonthShortForms {
		m[w] = n
	}
	return m
}()

// isMonthWord reports whether the lower-case word names a month, in full or abbreviated.
func IsMonthWord(w string) bool { return MonthWords[w] > 0 }

// monthPattern matches a capitalised month word in a regular expression, full names before their
// short forms so that the longer one wins: "January|Jan|…".
var MonthPattern = func() string {
	var alts []string
	for i, w := range monthFullNames {
		alts = append(alts, strings.ToUpper(w[:1])+w[1:])
		// Short forms of this month, longest first ("Sept" before "Sep").
		var shorts []string
		for s, n := range MonthShortForms {
			if n == i+1 {
				shorts = append(shorts, s)
			}
		}
		if len(shorts) == 2 && len(shorts[0]) < len(shorts[1]) {
			shorts[0], shorts[1] = shorts[1], shorts[0]
		}
		for _, s := range shorts {
			alts = append(alts, strings.ToUpper(s[:1])+s[1:])
		}
	}
	return strings.Join(alts, "|")
}()

// weekdayFullNames are the days of the week, Sunday first as in time.Weekday.
var WeekdayFullNames = [7]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// weekdayShortForms are the abbreviations of weekday names ("Thu, Dec 30").
var weekdayShortForms = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

// weekdayWords maps every weekday word, full or short, to its day.
var WeekdayWords = func() map[string]time.Weekday {
	m := map[string]time.Weekday{}
	for i, w := range WeekdayFullNames {
		m[w] = time.Weekday(i)
	}
	for w, d := range weekdayShortForms {
		m[w] = d
	}
	return m
}()

// calendarWords are the month and weekday words, full and short: capitalised in text, but never names.
var CalendarWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range MonthWords {
		m[w] = true
	}
	for w := range WeekdayWords {
		m[w] = true
	}
	return m
}()

// cardinalWords are the number words below a hundred that stand alone or make a compound
// ("twenty-five").
var CardinalWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// scaleWords multiply the number before them ("two hundred", "1.5 million").
var ScaleWords = map[string]int{
	"hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000,
}

// cardinalInitials marks the first bytes of the cardinal words.
var cardinalInitials = func() (first [256]bool) {
	for w := range CardinalWords {
		first[w[0]] = true
	}
	return first
}()

// cardinalValue reads one number word below a hundred: "seven", "twenty-five".
func CardinalValue(w string) (int, bool) {
	// Most words are rejected by their first byte, without a lookup: this runs on nearly every token
	// of an article. (A compound's first byte is its tens word's.)
	if w == "" || !cardinalInitials[w[0]] {
		return 0, false
	}
	if v, ok := CardinalWords[w]; ok {
		return v, true
	}
	if k := strings.IndexByte(w, '-'); k > 0 {
		tens, ok1 := CardinalWords[w[:k]]
		unit, ok2 := CardinalWords[w[k+1:]]
		if ok1 && ok2 && tens >= 20 && tens%10 == 0 && unit < 10 {
			return tens + unit, true
		}
	}
	return 0, false
}

// monthNumber maps a month name or abbreviation, in any case and with or without a period, to 1–12,
// or 0.
func MonthNumber(s string) int {
	return MonthWords[strings.ToLower(strings.TrimSuffix(s, "."))]
}
