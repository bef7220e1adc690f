package cli

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// newsbriefBinary returns the path of a "newsbrief" that runs the real CLI in its own process: this
// test binary under that name (TestMain dispatches on it), so that it can be sent signals.
func newsbriefBinary(t *testing.T) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	bin := filepath.Join(t.TempDir(), "newsbrief")
	if err := os.Symlink(exe, bin); err != nil {
		t.Skip(err)
	}
	return bin
}

// TestSignalDuringOutDir: SIGINT or SIGTERM during a run into --out-dir leaves the briefs already
// written whole, no temporary file, a line saying so, and exit 130 or 143. The run is held open by a
// slow stdin (an NDJSON stream whose second record never comes), so the signal arrives mid-run
// whatever the machine's speed; the test waits for the first brief to exist, not for a time.
func TestSignalDuringOutDir(t *testing.T) {
	bin := newsbriefBinary(t)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		dir := t.TempDir()
		cmd := exec.Command(bin, "-q", "--input-format", "ndjson", "--format", "json", "--out-dir", "out")
		cmd.Dir = dir
		stdin, err := cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		io.WriteString(stdin, `{"id": "r1", "text": "Talks began on Monday in Vienna."}`+"\n")
		first := filepath.Join(dir, "out", "r1.json")
		for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(10 * time.Millisecond) {
			if _, err := os.Stat(first); err == nil {
				break
			}
			if time.Now().After(deadline) {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("no first brief after 2 minutes: %s", stderr.String())
			}
		}
		if err := cmd.Process.Signal(sig); err != nil {
			t.Fatal(err)
		}
		err = cmd.Wait()
		stdin.Close()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 128+int(sig) {
			t.Errorf("%v: exit %v, want %d; stderr %q", sig, err, 128+int(sig), stderr.String())
		}
		name := map[syscall.Signal]string{syscall.SIGINT: "SIGINT", syscall.SIGTERM: "SIGTERM"}[sig]
		if want := "newsbrief: interrupted (" + name + "): 1 briefs written to out, the rest not\n"; stderr.String() != want {
			t.Errorf("stderr %q, want %q", stderr.String(), want)
		}
		entries, _ := os.ReadDir(filepath.Join(dir, "out"))
		for _, e := range entries {
			if strings.Contains(e.Name(), ".tmp-") {
				t.Errorf("%v left %s", sig, e.Name())
			}
		}
		if data, err := os.ReadFile(first); err != nil || !bytes.HasSuffix(data, []byte("}\n")) {
			t.Errorf("first brief not whole: %q %v", data, err)
		}
	}
}

// TestRemoveInFlightTemp: the signal path removes the temporary file being written and exits with
// 128 + the signal; driven in-process with a stand-in for os.Exit.
func TestRemoveInFlightTemp(t *testing.T) {
	dir := t.TempDir()
	o := &outDir{dir: dir, real: dir}
	if err := o.create(nil); err != nil {
		t.Fatal(err)
	}
	defer o.close()
	o.tmp = tmpName("a.json", 0)
	if err := os.WriteFile(filepath.Join(dir, o.tmp), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code := make(chan int, 1)
	exit = func(c int) { code <- c; select {} }
	defer func() { exit = os.Exit }()
	var errb bytes.Buffer
	o.onSignal(&Streams{Err: &errb})
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	if c := <-code; c != 143 {
		t.Errorf("exit %d, want 143", c)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left %v", entries)
	}
}
