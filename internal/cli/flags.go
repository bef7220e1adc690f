package cli

import (
	"fmt"
	"path/filepath"
	"runtime"
	"time"

	"github.com/newsbrief/newsbrief/internal/check"
	"github.com/newsbrief/newsbrief/internal/input"
)

// maxJobs is the most workers --jobs may start: beyond a few per CPU more workers only cost memory
// (each holds an article and its buffers), and a huge value would exhaust it before any work is done.
func maxJobs() int { return 4 * runtime.NumCPU() }

// capJobs lowers --jobs to maxJobs, with a warning.
func (o *briefOptions) capJobs(s *Streams) {
	if max := maxJobs(); o.jobs > max {
		fmt.Fprintf(s.Err, "newsbrief: warning: --jobs %d is more than 4 per CPU; using %d\n", o.jobs, max)
		o.jobs = max
	}
}

// workers is how many workers to start for entries: --jobs, but never more than there are articles
// when that is known (each text input is one article; an NDJSON stream may hold any number).
func workers(jobs int, entries []input.Entry, format input.Format) int {
	if format != input.FormatNDJSON && len(entries) < jobs {
		jobs = len(entries)
	}
	return max(jobs, 1)
}

// publishedError checks a --published value: a real calendar date YYYY-MM-DD with a year from 1000 to
// 9999 (year 1 is Go's zero time, which reads as "no date", and years before 1000 print with a sign).
func publishedError(s string) error {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return usageError("--published must be a date YYYY-MM-DD, not %q", s)
	}
	if y := t.Year(); y < 1000 || y > 9999 {
		return usageError("--published %q: the year must be from 1000 to 9999", s)
	}
	return nil
}

// globError checks --include and --exclude patterns: a malformed glob would match nothing, silently.
func globError(flag string, globs []string) error {
	for _, g := range globs {
		if _, err := filepath.Match(g, ""); err != nil {
			return usageError("--%s %q is not a valid glob pattern (%v)", flag, g, err)
		}
	}
	return nil
}

// ruleSelectionError refuses a check that would run no rule: a rule both enabled and disabled, or
// every rule disabled. Such a run would report "no findings" and pass CI while checking nothing.
func ruleSelectionError(enable, disable []string, rules []check.Rule) error {
	for _, id := range enable {
		for _, d := range disable {
			if id == d {
				return usageError("--enable and --disable both name the rule %q", id)
			}
		}
	}
	if len(rules) == 0 {
		return usageError("--disable leaves no rule to run")
	}
	return nil
}
