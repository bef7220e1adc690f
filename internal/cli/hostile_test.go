package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// runCLI drives the real CLI with buffers, as a user's shell would.
func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(args, &Streams{In: strings.NewReader(stdin), Out: &out, Err: &errb})
	return out.String(), errb.String(), code
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestHostileFiles: each broken input gives a brief or a one-line error naming it, and never stops the
// other articles of the run.
func TestHostileFiles(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", []byte("Talks resumed in Vienna on Monday."))
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range "Kyiv said “no” on Monday." {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	loopA, loopB := filepath.Join(dir, "loop-a.txt"), filepath.Join(dir, "loop-b.txt")
	_ = os.Symlink(loopB, loopA)
	_ = os.Symlink(loopA, loopB)
	dangling := filepath.Join(dir, "dangling.txt")
	_ = os.Symlink(filepath.Join(dir, "nowhere.txt"), dangling)
	subdir := filepath.Join(dir, "folder.txt")
	_ = os.Mkdir(subdir, 0o755)
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name    string
		path    string
		wantErr string // the one line on stderr; "" when a brief is expected
		check   func(t *testing.T, b map[string]any)
	}{
		{"empty", write(t, dir, "empty.txt", nil), "empty.txt: empty article", nil},
		{"whitespace only", write(t, dir, "blank.txt", []byte(" \r\n\t\n")), "blank.txt: empty article", nil},
		{"binary", write(t, dir, "image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")), "image.txt: binary data (NUL bytes), not text", nil},
		{"windows-1252", write(t, dir, "cp1252.txt", []byte("The \x93caf\xe9\x94 reopened on Monday.")), "", func(t *testing.T, b map[string]any) {
			if b["encoding"] != "windows-1252" || !strings.Contains(b["gist"].([]any)[0].(string), "“café”") {
				t.Errorf("windows-1252 brief: %v", b)
			}
		}},
		{"utf-16", write(t, dir, "utf16.txt", utf16), "", func(t *testing.T, b map[string]any) {
			if b["encoding"] != "utf-16" || !strings.Contains(b["gist"].([]any)[0].(string), "Kyiv said “no”") {
				t.Errorf("utf-16 brief: %v", b)
			}
		}},
		{"lone CR line ends", write(t, dir, "cr.txt", []byte("Headline here\r\rKHARTOUM, April 2, 1997 (AFP) - Rebels said they had taken the town of Kassala on Tuesday.\r")), "", func(t *testing.T, b map[string]any) {
			if b["title"] != "Headline here" || b["published"] != "1997-04-02" {
				t.Errorf("CR brief: %v", b)
			}
		}},
		{"symlink loop", loopA, "loop-a.txt: too many levels of symbolic links", nil},
		{"dangling symlink", dangling, "dangling.txt: no such file or directory", nil},
		{"directory where a file is expected", subdir, "folder.txt: is a directory with no article files (*.txt, *.md, *.html, *.htm)", nil},
		{"missing", filepath.Join(dir, "missing.txt"), "missing.txt: no such file or directory", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, "", "-q", "--format", "ndjson", tt.path, good)
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if tt.wantErr != "" {
				if code != ExitFailure || strings.Count(errOut, "\n") != 1 || !strings.HasSuffix(strings.TrimSpace(errOut), tt.wantErr) {
					t.Errorf("exit %d, stderr %q; want exit 2 and one line ending %q", code, errOut, tt.wantErr)
				}
				if len(lines) != 1 || !strings.Contains(lines[0], `"id":"`+good+`"`) {
					t.Errorf("the good article was not briefed: %q", out)
				}
				return
			}
			if code != ExitOK || errOut != "" || len(lines) != 2 {
				t.Fatalf("exit %d, stderr %q, %d briefs", code, errOut, len(lines))
			}
			var b map[string]any
			if err := json.Unmarshal([]byte(lines[0]), &b); err != nil {
				t.Fatal(err)
			}
			tt.check(t, b)
		})
	}
	_ = fifo // a FIFO named on the command line is read like stdin (process substitution); see TestFIFOInFolder
}

// TestFIFOInFolder: a FIFO met while walking a folder is skipped, not opened (which would hang).
func TestFIFOInFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", []byte("Talks resumed in Vienna."))
	if err := syscall.Mkfifo(filepath.Join(dir, "b.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCLI(t, "", "--format", "ndjson", dir)
	if code != ExitOK || errOut != "" || strings.Count(out, "\n") != 1 {
		t.Errorf("exit %d, stderr %q, out %q", code, errOut, out)
	}
}

// TestFIFOArgument: a FIFO named on the command line is read like stdin (newsbrief <(zcat a.txt.gz)).
func TestFIFOArgument(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "story.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString("Talks resumed in Vienna on Monday.")
		f.Close()
	}()
	out, errOut, code := runCLI(t, "", "--format", "ndjson", fifo)
	if code != ExitOK || errOut != "" || !strings.Contains(out, "Talks resumed in Vienna") {
		t.Errorf("exit %d, stderr %q, out %q", code, errOut, out)
	}
}

// TestHostileText: pathological but valid text still gives a brief.
func TestHostileText(t *testing.T) {
	for name, text := range map[string]string{
		"10,000 unclosed quotes": strings.Repeat("“He said ", 10000),
		"repeated punctuation":   strings.Repeat("!?.,;:\"'“”‘’()[]—-…", 5000),
		"1 MB single line":       strings.Repeat("Russian troops massed near the border, officials said. ", 19000),
		"control characters":     "Head\x1b[31mline\x07\n\nBody\x00less text \x1b]0;title\x07 with Joe Biden.",
	} {
		t.Run(name, func(t *testing.T) {
			out, errOut, code := runCLI(t, text, "--format", "json", "-")
			if code != ExitOK && !(name == "control characters" && code == ExitFailure) {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if code == ExitOK && !json.Valid([]byte(out)) {
				t.Errorf("output is not JSON")
			}
		})
	}
}

// TestFiftyMegabyteArticle: far above any real article, refused by the default limit with one line,
// without reading it all.
func TestFiftyMegabyteArticle(t *testing.T) {
	big := strings.Repeat("Troops massed near the border on Monday, officials said. ", 50<<20/58)
	_, errOut, code := runCLI(t, big, "-")
	if code != ExitFailure || strings.TrimSpace(errOut) != "newsbrief: -: article is larger than --max-bytes (16777216 bytes)" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// TestUnreadableFile: a file that opens but cannot be read is reported by name. Root reads files
// without read permission, so as root the test reads /proc/self/mem, which fails with EIO.
func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		if _, err := os.Stat("/proc/self/mem"); err != nil {
			t.Skip("no /proc/self/mem to stand for an unreadable file")
		}
		_, errOut, code := runCLI(t, "", "/proc/self/mem")
		if code != ExitFailure || strings.TrimSpace(errOut) != "newsbrief: /proc/self/mem: input/output error" {
			t.Errorf("exit %d, stderr %q", code, errOut)
		}
		return
	}
	dir := t.TempDir()
	p := write(t, dir, "secret.txt", []byte("Talks resumed."))
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := runCLI(t, "", p)
	if code != ExitFailure || !strings.HasSuffix(strings.TrimSpace(errOut), "secret.txt: permission denied") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestMaxBytesFlag(t *testing.T) {
	_, errOut, code := runCLI(t, strings.Repeat("x", 2000), "--max-bytes", "1000")
	if code != ExitFailure || strings.TrimSpace(errOut) != "newsbrief: -: article is larger than --max-bytes (1000 bytes)" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestBadNDJSONLines(t *testing.T) {
	in := "{\"id\":\"a\",\"text\":\"Talks resumed.\"}\nnot json\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"Talks ended.\"}\n"
	out, errOut, code := runCLI(t, in, "-q", "--input-format", "ndjson", "--format", "ndjson")
	if code != ExitFailure || strings.Count(out, "\n") != 2 {
		t.Errorf("exit %d, out %q", code, out)
	}
	want := "newsbrief: -:2: not a JSON record: invalid character 'o' in literal null (expecting 'u') at byte 2\nnewsbrief: -:3: record has no \"text\"\n"
	if errOut != want {
		t.Errorf("stderr %q, want %q", errOut, want)
	}
}
