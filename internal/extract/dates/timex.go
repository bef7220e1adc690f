package dates

import (
	"fmt"
	"strconv"
	"time"
)

// TIMEX3 values are written from calendar units. When the publication date is unknown, a relative
// expression cannot be placed on the calendar; TimeML then writes the unknown digits as X ("XXXX-12-30"
// for "December 30" without a year, "XXXX-WXX" for "last week", "XXXX-XX-XX" for "yesterday"), which
// still tells the reader the expression's granularity. The helpers below produce both forms.

const unknownYear = "XXXX"

// day makes a UTC midnight date; time.Date normalises out-of-range days and months.
func day(year, month, d int) time.Time {
	return time.Date(year, time.Month(month), d, 0, 0, 0, 0, time.UTC)
}

// daysIn is the number of days in the month.
func daysIn(year, month int) int {
	return day(year, month+1, 0).Day()
}

func formatDay(t time.Time) string { return t.Format("2006-01-02") }

func formatMonth(year, month int) string {
	var buf [24]byte
	b := appendYear(buf[:0], year)
	b = appendPadded(append(b, '-'), month, 2)
	return string(b)
}

func formatYear(year int) string {
	if year == 0 {
		return unknownYear
	}
	var buf [24]byte
	return string(appendPadded(buf[:0], year, 4))
}

// formatMonthDay writes a day whose year may be unknown.
func formatMonthDay(year, month, d int) string {
	var buf [32]byte
	b := appendYear(buf[:0], year)
	b = appendPadded(append(b, '-'), month, 2)
	b = appendPadded(append(b, '-'), d, 2)
	return string(b)
}

// appendYear appends a year as four digits, or XXXX when it is unknown (0).
func appendYear(b []byte, year int) []byte {
	if year == 0 {
		return append(b, unknownYear...)
	}
	return appendPadded(b, year, 4)
}

// appendPadded appends n as fmt's %0*d does with width: zeros after the sign up to the width. The
// values are written per date, and fmt.Sprintf allocated for each number it boxed.
func appendPadded(b []byte, n, width int) []byte {
	var buf [24]byte
	digits := strconv.AppendInt(buf[:0], int64(n), 10)
	if n < 0 {
		b = append(b, '-')
		digits, width = digits[1:], width-1
	}
	for i := len(digits); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, digits...)
}

// isoWeek writes the ISO 8601 week of t ("2021-W52"); the ISO year can differ from the calendar year
// in the first and last days of a year.
func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// quarterOf returns the quarter (1–4) of a month.
func quarterOf(month int) int { return (month-1)/3 + 1 }

func formatQuarter(year, q int) string {
	if year == 0 {
		return fmt.Sprintf("%s-Q%d", unknownYear, q)
	}
	return fmt.Sprintf("%04d-Q%d", year, q)
}

// Seasons are the meteorological ones of the northern hemisphere: spring March–May, summer June–August,
// fall September–November, winter December–February. A winter is labelled with the year of its
// December, so January 2022 lies in 2021-WI.
var seasonCodes = [4]string{"SP", "SU", "FA", "WI"}

// seasonIndex is 0–3 (SP, SU, FA, WI) for a month.
func seasonIndex(month int) int {
	switch {
	case month >= 3 && month <= 5:
		return 0
	case month >= 6 && month <= 8:
		return 1
	case month >= 9 && month <= 11:
		return 2
	}
	return 3
}

// seasonYear is the label year of the season that contains the month.
func seasonYear(year, month int) int {
	if month <= 2 {
		return year - 1
	}
	return year
}

// seasonOrdinal numbers seasons consecutively (4 per label year) so that "last" and "next" are
// arithmetic.
func seasonOrdinal(labelYear, s int) int { return labelYear*4 + s }

func formatSeason(labelYear, s int) string {
	if labelYear == 0 {
		return fmt.Sprintf("%s-%s", unknownYear, seasonCodes[s])
	}
	return fmt.Sprintf("%04d-%s", labelYear, seasonCodes[s])
}

// formatDecade writes a decade as its first three digits and X ("199X").
func formatDecade(decade int) string {
	if decade == 0 {
		return "XXXX"
	}
	return fmt.Sprintf("%03dX", decade)
}

// formatCentury writes a century as its first two digits ("19" for the 20th century).
func formatCentury(c int) string { return fmt.Sprintf("%02d", c) }

// lastWeekday is the most recent day before t (exclusive) that falls on w.
func lastWeekday(t time.Time, w time.Weekday) time.Time {
	diff := (int(t.Weekday()) - int(w) + 7) % 7
	if diff == 0 {
		diff = 7
	}
	return t.AddDate(0, 0, -diff)
}

// nextWeekday is the first day after t (exclusive) that falls on w.
func nextWeekday(t time.Time, w time.Weekday) time.Time {
	diff := (int(w) - int(t.Weekday()) + 7) % 7
	if diff == 0 {
		diff = 7
	}
	return t.AddDate(0, 0, diff)
}

// addMonths moves a (year, month) pair by n months.
func addMonths(year, month, n int) (int, int) {
	m := year*12 + (month - 1) + n
	return m / 12, m%12 + 1
}
