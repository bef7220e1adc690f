package input

import (
	"errors"
	"regexp"
	"time"
)

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// publishedDate reads a record's "published": a date YYYY-MM-DD that exists (2021-02-30 does not), or
// an RFC 3339 timestamp (2021-12-29T10:00:00Z), which stands for its date as written, in its own
// offset: the day the publisher printed.
func publishedDate(s string) (string, error) {
	if isoDate.MatchString(s) {
		if _, err := time.Parse("2006-01-02", s); err != nil {
			return "", errors.New("is not a real date")
		}
		return s, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return "", errors.New("is not YYYY-MM-DD or an RFC 3339 timestamp")
	}
	return t.Format("2006-01-02"), nil
}
