package extract

import (
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/internal/extract/nlp"
)

// TestDateEvent: each date gets the words of its clause that say what happens then.
func TestDateEvent(t *testing.T) {
	for _, c := range []struct{ text, date, want string }{
		{"The two leaders will speak on Friday, officials said.", "Friday", "two leaders will speak"},
		{"On Tuesday, the council voted to close the port.", "Tuesday", "council voted to close the port"},
		{"The mayor, Ann Lee, will resign in March, her office said.", "March", "Ann Lee will resign"},
		{"While the envoys meet tomorrow, the ministers will wait.", "tomorrow", "envoys meet"},
		{"In 1963 Kenya gained independence from Britain after a long and bitter struggle against colonial rule.", "1963", "Kenya gained independence from Britain after a long …"},
		{"It was 1990.", "1990", ""},
	} {
		d := nlp.Analyze(c.text)
		i := strings.Index(c.text, c.date)
		if got := dateEvent(d, i, i+len(c.date)); got != c.want {
			t.Errorf("%q at %q: event %q, want %q", c.text, c.date, got, c.want)
		}
	}
}
