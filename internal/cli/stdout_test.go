package cli

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestStdoutClosed: started with stdout closed (>&-), newsbrief says so and exits 2 instead of
// writing its briefs into the /dev/null the Go runtime puts in its place and exiting 0. Redirected to
// /dev/null it runs as usual, and with --out-dir it needs no stdout.
func TestStdoutClosed(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	bin := newsbriefBinary(t)
	dir := t.TempDir()
	article := write(t, dir, "a.txt", []byte("Talks began on Monday in Vienna."))
	run := func(redirect string, args ...string) (string, int) {
		cmd := exec.Command("sh", append([]string{"-c", `exec "$0" "$@" ` + redirect, bin}, args...)...)
		cmd.Dir = dir
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return stderr.String(), ee.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return stderr.String(), 0
	}
	const msg = "newsbrief: stdout is closed; send it to a file, a pipe or /dev/null\n"
	for _, args := range [][]string{{article}, {"digest", article}, {"check", article}, {"schema"}} {
		if stderr, code := run(">&-", args...); code != ExitFailure || stderr != msg {
			t.Errorf("%v >&-: exit %d, stderr %q", args, code, stderr)
		}
	}
	if stderr, code := run(">/dev/null", article); code != ExitOK || stderr != "" {
		t.Errorf("> /dev/null: exit %d, stderr %q", code, stderr)
	}
	if stderr, code := run(">&-", "-q", "--out-dir", "out", article); code != ExitOK {
		t.Errorf("--out-dir with stdout closed: exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "a.txt")); err != nil {
		t.Error(err)
	}
}
