package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzFlags are the long flags FuzzCLI may pass: every flag that only shapes how input is read and
// output written. Flags that name files to write (--out-dir) and positional paths are never passed,
// so a fuzzed run reads its stdin only and writes nothing to disk.
var fuzzFlags = map[string]bool{
	"format": true, "input-format": true, "published": true, "jobs": true, "max-bytes": true,
	"include": true, "exclude": true, "hidden": true, "quiet": true, "partial-quotes": true, "help": true,
	"enable": true, "disable": true, "fail-on": true, "list-rules": true, "top": true,
}

var fuzzCommands = []string{"", "digest", "check", "schema"}

// fuzzArgs turns fuzzed text into arguments: a subcommand chosen by cmd, then each line of text that is
// an allowed long flag (--name or --name=value).
func fuzzArgs(cmd uint8, text string) []string {
	var args []string
	if c := fuzzCommands[int(cmd)%len(fuzzCommands)]; c != "" {
		args = append(args, c)
	}
	for _, line := range strings.Split(text, "\n") {
		name, _, _ := strings.Cut(strings.TrimPrefix(line, "--"), "=")
		if strings.HasPrefix(line, "--") && fuzzFlags[name] {
			args = append(args, line)
		}
	}
	return args
}

// FuzzCLI drives the real CLI with fuzzed flags and a fuzzed stdin (an article, or NDJSON records):
// it never panics, exits 0, 1 (check only) or 2, writes to stderr only sanitized lines that start with
// "newsbrief: " or name the input ("-", "-:LINE"), writes valid JSON when asked for JSON, and writes
// the same stdout when run twice.
func FuzzCLI(f *testing.F) {
	rec := `{"id": "r1", "text": "Talks began on Monday in Vienna, the minister said.", "published": "2021-12-29"}`
	f.Add(uint8(0), "--format=json", []byte("Russian President Vladimir Putin said on Monday that 100,000 troops would stay."))
	f.Add(uint8(0), "--input-format=ndjson\n--format=ndjson\n--jobs=3", []byte(rec+"\n"+rec+"\r\n{\"id\": 7, \"text\": \"\"}\nnot json\n"))
	f.Add(uint8(1), "--input-format=ndjson\n--format=json", []byte(rec+"\n"+`{"id": "\u001b]0;x\u0007", "text": "About 9223372036854775807 troops"}`))
	f.Add(uint8(2), "--format=sarif\n--enable=quote-unbalanced\n--disable=quote-unbalanced", []byte("“Unbalanced, he said."))
	f.Add(uint8(2), "--format=github\n--fail-on=warning\n--published=0001-01-01", []byte("They met yesterday."))
	f.Add(uint8(0), "--max-bytes=9223372036854775807\n--include=[\n--jobs=1000000000", []byte("\xef\xbb\xbfcaf\xe9 \x9b2J"))
	f.Add(uint8(0), "--input-format=ndjson\n--max-bytes=20\n--format=markdown", []byte(rec+"\n{\"id\":\"a\",\"text\":\"b\"}\r\n"))
	f.Add(uint8(3), "--help", []byte(nil))
	f.Fuzz(func(t *testing.T, cmd uint8, flags string, stdin []byte) {
		if len(stdin) > 8<<10 || len(flags) > 1<<10 {
			return
		}
		args := fuzzArgs(cmd, flags)
		out1, err1, code1 := runCLI(t, string(stdin), args...)
		out2, _, code2 := runCLI(t, string(stdin), args...)
		if code1 != ExitOK && code1 != ExitFailure && !(code1 == ExitFindings && strings.HasPrefix(strings.Join(args, " "), "check")) {
			t.Fatalf("%q: exit %d", args, code1)
		}
		if out1 != out2 || code1 != code2 {
			t.Fatalf("%q: two runs differ: exit %d/%d\n%s\n---\n%s", args, code1, code2, out1, out2)
		}
		if !utf8.ValidString(err1) {
			t.Fatalf("%q: stderr not UTF-8: %q", args, err1)
		}
		for _, line := range strings.Split(strings.TrimSuffix(err1, "\n"), "\n") {
			if line == "" && err1 == "" {
				continue
			}
			for _, r := range line {
				if r < 0x20 || (r >= 0x7f && r < 0xa0) || r == 0x200b || r == 0x202e {
					t.Fatalf("%q: stderr line holds %U: %q", args, r, line)
				}
			}
			if !strings.HasPrefix(line, "newsbrief: ") && !strings.HasPrefix(line, "-") {
				t.Fatalf("%q: stderr line names neither newsbrief nor the input: %q", args, line)
			}
		}
		format := ""
		for _, a := range args {
			if v, ok := strings.CutPrefix(a, "--format="); ok {
				format = v
			}
			if a == "--help" || strings.HasPrefix(a, "--list-rules") || a == "schema" {
				return // help, the rule list and the schema are fixed text
			}
		}
		if out1 == "" {
			return
		}
		switch format {
		case "json", "sarif":
			if !json.Valid([]byte(out1)) {
				t.Fatalf("%q: stdout is not JSON:\n%s", args, out1)
			}
		case "ndjson":
			for _, line := range strings.Split(strings.TrimSuffix(out1, "\n"), "\n") {
				if !json.Valid([]byte(line)) {
					t.Fatalf("%q: stdout line is not JSON: %q", args, line)
				}
			}
		case "", "text", "markdown", "line":
			if !utf8.ValidString(out1) || bytes.ContainsAny([]byte(out1), "\x1b\x07\r") {
				t.Fatalf("%q: text stdout not terminal-safe: %q", args, out1)
			}
		}
	})
}
