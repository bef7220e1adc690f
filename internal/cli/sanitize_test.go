package cli

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// terminalSafe fails when out holds anything a terminal would act on or hide: a control character other
// than a new line, a byte that is not UTF-8, a C1 control or an invisible format character.
func terminalSafe(t *testing.T, what, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Errorf("%s is not UTF-8: %q", what, out)
	}
	for _, r := range out {
		if (r < 0x20 && r != '\n') || (r >= 0x7f && r < 0xa0) || r == 0x200b || r == 0x202e || r == 0xfeff {
			t.Errorf("%s holds %U: %q", what, r, out)
			return
		}
	}
}

// TestStderrSanitized: a file name, a record id or a flag that holds terminal escapes reaches stderr
// escaped, never raw, on every path that names it (the binary-file error, a duplicate id under --out-dir,
// an unknown flag).
func TestStderrSanitized(t *testing.T) {
	dir := t.TempDir()
	evil := "\x1b]0;PWNED\a\x1b]52;c;ZXZpbA==\a.txt"
	write(t, dir, evil, []byte("PK\x03\x04\x00\x00binary\x00"))
	csi := write(t, dir, "csi\x9b2J.txt", []byte("\x00"))
	zw := write(t, dir, "zero\u200bwidth.txt", nil)
	_, stderr, code := runCLI(t, "", "-q", filepath.Join(dir, evil), csi, zw)
	if code != ExitFailure {
		t.Errorf("exit %d, want %d", code, ExitFailure)
	}
	terminalSafe(t, "stderr", stderr)
	for _, want := range []string{
		`\x1b]0;PWNED\x07\x1b]52;c;ZXZpbA==\x07.txt: binary data (NUL bytes), not text`,
		`csi\x9b2J.txt: binary data`,
		`zero\u200bwidth.txt: empty article`, // on stderr a name is exact: escaped, not removed
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}

	records := `{"id": "\u001b]0;PWNED\u0007", "text": "Talks began."}` + "\n" + `{"id": "\u001b]0;PWNED\u0007", "text": "Talks ended."}` + "\n"
	out := filepath.Join(dir, "out")
	_, stderr, code = runCLI(t, records, "-q", "--input-format", "ndjson", "--format", "json", "--out-dir", out)
	if code != ExitFailure || !strings.Contains(stderr, `\x1b]0;PWNED\x07: not written:`) {
		t.Errorf("duplicate id: exit %d, stderr %q", code, stderr)
	}
	terminalSafe(t, "stderr", stderr)

	_, stderr, code = runCLI(t, "", "--\x1b]0;PWNED\a", "-")
	if code != ExitFailure || !strings.HasPrefix(stderr, `newsbrief: unknown flag: --\x1b]0;PWNED\x07`) {
		t.Errorf("unknown flag: exit %d, stderr %q", code, stderr)
	}
	terminalSafe(t, "stderr", stderr)
}

// TestTextOutputSanitized: in a text brief, zero-width characters inside names are removed, and
// control characters and invalid bytes are escaped.
func TestTextOutputSanitized(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "zero\u200bwidth\x9b.txt", []byte("Joe Bi\u200bden said on Monday that talks would \x1b]0;PWNED\a resume.\n"))
	stdout, stderr, code := runCLI(t, "", "--color", "never", p)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	terminalSafe(t, "stdout", stdout)
	for _, want := range []string{"zerowidth\\x9b.txt", "Joe Biden", `\x1b]0;PWNED\x07`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("text brief lacks %q:\n%s", want, stdout)
		}
	}
}

// TestJSONToTerminalSanitized: JSON written to a terminal has the C1 controls and invisible characters
// that encoding/json leaves raw as \u escapes: the same values for a program, nothing for the terminal.
// Into a pipe the bytes are unchanged.
func TestJSONToTerminalSanitized(t *testing.T) {
	in := `{"id": "a\u009b2J\u202eb", "text": "Talks began on Monday\u200b in Vienna\u009b."}` + "\n"
	var tty, pipe bytes.Buffer
	for _, c := range []struct {
		out      *bytes.Buffer
		terminal bool
	}{{&tty, true}, {&pipe, false}} {
		var errb bytes.Buffer
		code := Run([]string{"--input-format", "ndjson", "--format", "ndjson", "--color", "never"},
			&Streams{In: strings.NewReader(in), Out: c.out, Err: &errb, OutIsTerminal: c.terminal})
		if code != ExitOK {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
	}
	terminalSafe(t, "terminal stdout", tty.String())
	if !strings.Contains(tty.String(), `"id":"a\u009b2J\u202eb"`) {
		t.Errorf("terminal JSON: %s", tty.String())
	}
	var a, b map[string]any
	if err := json.Unmarshal(tty.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(pipe.Bytes(), &b); err != nil {
		t.Fatal(err)
	}
	if a["id"] != b["id"] || a["id"] != "a\u009b2J\u202eb" {
		t.Errorf("terminal and pipe JSON differ in value: %v vs %v", a["id"], b["id"])
	}
}
