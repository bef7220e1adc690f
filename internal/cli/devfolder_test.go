package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDevFolderParallelIdentical writes the dev set's articles out as a folder (with a binary file and
// a dangling symlink among them) and briefs it with -j 1 and -j 4: the output must be byte-identical,
// the two bad inputs reported, and the exit code 2. It needs the evaluation data ($NEWSBRIEF_EVAL, by
// default ../shared/eval next to the repository) and is skipped without it.
func TestDevFolderParallelIdentical(t *testing.T) {
	eval := os.Getenv("NEWSBRIEF_EVAL")
	if eval == "" {
		eval = "../../../shared/eval"
	}
	f, err := os.Open(filepath.Join(eval, "briefs-dev", "docs.jsonl"))
	if err != nil {
		t.Skip("no evaluation data:", err)
	}
	defer f.Close()
	dir := t.TempDir()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	n := 0
	for sc.Scan() {
		var rec struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		sub := filepath.Join(dir, []string{"a", "b/c"}[n%2])
		os.MkdirAll(sub, 0o755)
		if err := os.WriteFile(filepath.Join(sub, sanitizeName(rec.ID)+".txt"), []byte(rec.Text), 0o644); err != nil {
			t.Fatal(err)
		}
		n++
	}
	os.WriteFile(filepath.Join(dir, "a", "binary.txt"), []byte("bin\x00ary"), 0o644)
	os.Symlink("nowhere.txt", filepath.Join(dir, "b", "gone.txt"))

	run := func(jobs string) (string, string) {
		var out, errOut bytes.Buffer
		s := &Streams{In: strings.NewReader(""), Out: &out, Err: &errOut}
		if code := Run([]string{"-q", "-j", jobs, "--format", "ndjson", dir}, s); code != ExitFailure {
			t.Fatalf("-j %s: exit %d, want 2", jobs, code)
		}
		return out.String(), errOut.String()
	}
	out1, err1 := run("1")
	out4, err4 := run("4")
	if out1 != out4 || err1 != err4 {
		t.Errorf("-j 1 and -j 4 differ")
	}
	if got := strings.Count(out1, "\n"); got != n {
		t.Errorf("%d briefs, want %d", got, n)
	}
	if !strings.Contains(err1, "binary.txt: binary data") || !strings.Contains(err1, "gone.txt: dangling symlink") || strings.Count(err1, "\n") != 2 {
		t.Errorf("stderr: %q", err1)
	}
}
