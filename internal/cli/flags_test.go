package cli

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/internal/check"
	"github.com/newsbrief/newsbrief/internal/input"
)

// TestMaxBytesCRLF: --max-bytes limits the record, not its line end: a record of exactly --max-bytes
// bytes is read whether the line ends in LF or CRLF, and one byte more is refused either way.
func TestMaxBytesCRLF(t *testing.T) {
	rec := `{"id": "r", "text": "Talks began on Monday."}`
	n := fmt.Sprint(len(rec))
	for _, end := range []string{"\n", "\r\n"} {
		stdout, stderr, code := runCLI(t, rec+end+rec+end, "-q", "--input-format", "ndjson", "--format", "ndjson", "--max-bytes", n)
		if code != ExitOK || strings.Count(stdout, `"schema"`) != 2 {
			t.Errorf("%q line end, --max-bytes %s: exit %d, %d briefs, stderr %q", end, n, code, strings.Count(stdout, `"schema"`), stderr)
		}
		less := fmt.Sprint(len(rec) - 1)
		_, stderr, code = runCLI(t, rec+end, "-q", "--input-format", "ndjson", "--format", "ndjson", "--max-bytes", less)
		if code != ExitFailure || !strings.Contains(stderr, "-:1: record is larger than --max-bytes ("+less+" bytes)") {
			t.Errorf("%q line end, --max-bytes %s: exit %d, stderr %q", end, less, code, stderr)
		}
	}
	// Without a final line end, too.
	if stdout, _, code := runCLI(t, rec, "-q", "--input-format", "ndjson", "--format", "ndjson", "--max-bytes", n); code != ExitOK || stdout == "" {
		t.Errorf("no final line end: exit %d", code)
	}
}

// TestCheckAllRulesDisabled: disabling every rule is an error, not a check that passes having checked
// nothing.
func TestCheckAllRulesDisabled(t *testing.T) {
	_, stderr, code := runCLI(t, "Talks began.", "check", "--disable", strings.Join(check.IDs(), ","))
	if code != ExitFailure || stderr != "newsbrief: --disable leaves no rule to run\n" {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestWorkersNeverMoreThanInputs: no more workers than articles when their number is known.
func TestWorkersNeverMoreThanInputs(t *testing.T) {
	two := []input.Entry{{Path: "a.txt"}, {Path: "b.txt"}}
	for _, tc := range []struct {
		jobs    int
		entries []input.Entry
		format  input.Format
		want    int
	}{
		{8, two, input.FormatText, 2},
		{1, two, input.FormatText, 1},
		{8, nil, input.FormatText, 1},
		{8, []input.Entry{{Path: "-"}}, input.FormatNDJSON, 8}, // a stream of any number of records
	} {
		if got := workers(tc.jobs, tc.entries, tc.format); got != tc.want {
			t.Errorf("workers(%d, %d entries, %s) = %d, want %d", tc.jobs, len(tc.entries), tc.format, got, tc.want)
		}
	}
	if maxJobs() < 4 {
		t.Errorf("maxJobs() = %d", maxJobs())
	}
}
