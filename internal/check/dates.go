package check

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief/internal/extract/lexicon"
)

// The weekday and month names are the extractor's own (lexicon), capitalised as a date writes them.
var (
	weekdayRE = `(` + weekdayAlternatives() + `)`
	monthRE   = `(` + lexicon.MonthPattern + `)\.?`
)

const (
	dayRE  = `([0-3]?\d)(?:st|nd|rd|th)?`
	yearRE = `(?:,?\s+((?:1[89]|20)\d\d))?\b`
)

var (
	// "Thursday, December 30, 2021", "Thursday Dec. 30"
	weekdayMonthDay = regexp.MustCompile(`\b` + weekdayRE + `,?\s+(?:the\s+)?` + monthRE + `\s+` + dayRE + `\b` + yearRE)
	// "Thursday, 30 December 2021", "Thursday the 30th of December"
	weekdayDayMonth = regexp.MustCompile(`\b` + weekdayRE + `,?\s+(?:the\s+)?` + dayRE + `\s+(?:of\s+)?` + monthRE + yearRE)
	// a weekday followed by its date, to tell "on Thursday" from "Thursday, December 30"
	datedWeekday = regexp.MustCompile(`^,?\s+(?:the\s+)?(?:` + monthRE + `\s+)?\d`)

	relativeDate = regexp.MustCompile(`(?i)\b(yesterday|today|tonight|tomorrow|(?:last|next|this|coming)\s+(?:week|weekend|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b`)
)

// dateWeekdayMismatch finds a weekday that contradicts the date it names ("Thursday, December 31, 2021":
// that day was a Friday), and a date that does not exist ("Monday, February 30"). The year is the one
// written, else the publication year (or the year next to it that puts the date nearest publication);
// with neither there is nothing to check.
func dateWeekdayMismatch(a *Article) []Finding {
	var pub time.Time
	if a.Brief.Published != nil {
		pub, _ = time.Parse("2006-01-02", *a.Brief.Published)
	}
	var out []Finding
	seen := map[int]bool{}
	check := func(m []int, weekdayAt, monthAt, dayAt, yearAt int) {
		start := m[0]
		if seen[start] || a.skipped(start) {
			return
		}
		seen[start] = true
		text := a.Text
		weekday := text[m[2*weekdayAt]:m[2*weekdayAt+1]]
		month := time.Month(lexicon.MonthWords[strings.ToLower(text[m[2*monthAt]:m[2*monthAt]+3])])
		var day, year int
		fmt.Sscan(text[m[2*dayAt]:m[2*dayAt+1]], &day)
		fromText := m[2*yearAt] >= 0
		switch {
		case fromText:
			fmt.Sscan(text[m[2*yearAt]:m[2*yearAt+1]], &year)
		case !pub.IsZero():
			year = nearestYear(pub, month, day)
		default:
			return
		}
		date := time.Date(year, month, day, 12, 0, 0, 0, time.UTC)
		named := fmt.Sprintf("%s %d, %d", month, day, year)
		if !fromText {
			named += " (the year of publication)"
		}
		if day < 1 || date.Month() != month {
			out = append(out, Finding{Start: start, Message: fmt.Sprintf("there is no %s %d in %d", month, day, year)})
			return
		}
		if date.Weekday().String() != weekday {
			out = append(out, Finding{Start: start, Message: fmt.Sprintf("%s was a %s, not a %s", named, date.Weekday(), weekday)})
		}
	}
	for _, m := range weekdayMonthDay.FindAllStringSubmatchIndex(a.Text, -1) {
		check(m, 1, 2, 3, 4)
	}
	for _, m := range weekdayDayMonth.FindAllStringSubmatchIndex(a.Text, -1) {
		check(m, 1, 3, 2, 4)
	}
	return out
}

// nearestYear picks, among the publication year and the years either side, the one that puts month/day
// nearest the publication date (a story published December 29 says "Monday, January 3" of next year).
func nearestYear(pub time.Time, month time.Month, day int) int {
	best, bestGap := pub.Year(), time.Duration(1<<62)
	for y := pub.Year() - 1; y <= pub.Year()+1; y++ {
		gap := time.Date(y, month, day, 0, 0, 0, 0, time.UTC).Sub(pub)
		if gap < 0 {
			gap = -gap
		}
		if gap < bestGap {
			best, bestGap = y, gap
		}
	}
	return best
}

// dateUnresolved finds relative dates when the article has no publication date to resolve them: dates
// the brief could not place in a year ("XXXX-12-30"), and words such as "yesterday", "last week" or a
// weekday standing alone ("said on Thursday").
func dateUnresolved(a *Article) []Finding {
	if a.Brief.Published != nil {
		return nil
	}
	var out []Finding
	var taken []span
	for _, d := range a.Brief.Dates {
		if !strings.HasPrefix(d.Value, "XXXX") {
			continue
		}
		taken = append(taken, span{d.Start, d.End})
		out = append(out, Finding{Start: d.Start, Message: fmt.Sprintf("%q cannot be resolved (%s): the article has no publication date (give one with --published)", d.Text, d.Value)})
	}
	for _, m := range relativeDate.FindAllStringIndex(a.Text, -1) {
		if a.skipped(m[0]) || overlapsAny(taken, m[0], m[1]) {
			continue
		}
		if datedWeekday.MatchString(a.Text[m[1]:min(len(a.Text), m[1]+24)]) {
			continue
		}
		out = append(out, Finding{Start: m[0], Message: fmt.Sprintf("%q is relative and the article has no publication date (give one with --published)", a.Text[m[0]:m[1]])})
	}
	return out
}

func overlapsAny(spans []span, start, end int) bool {
	for _, s := range spans {
		if start < s.end && s.start < end {
			return true
		}
	}
	return false
}

// weekdayAlternatives are the full weekday names, capitalised, for a regular expression.
func weekdayAlternatives() string {
	names := make([]string, len(lexicon.WeekdayFullNames))
	for i, w := range lexicon.WeekdayFullNames {
		names[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(names, "|")
}
