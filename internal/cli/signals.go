package cli

import (
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"strconv"
	"sync/atomic"
	"syscall"
)

// Temporary files under --out-dir are named .NAME.tmp-PID-N: hidden, next to the brief NAME they
// become, with the process that writes them. A run that is interrupted removes its own (onSignal); one
// that is killed (kill -9) cannot, and the next run into the folder removes them (removeStale) once
// their process is gone.

var tmpSeq atomic.Int64

// tmpName is the name of a temporary file for the brief rel.
func tmpName(rel string, try int) string {
	return filepath.Join(filepath.Dir(rel), fmt.Sprintf(".%s.tmp-%d-%d", filepath.Base(rel), os.Getpid(), tmpSeq.Add(1)+int64(try)))
}

var (
	// ours: .NAME.EXT.tmp-PID-N for a brief extension; legacy: .NAME.EXT.tmp-DIGITS, os.CreateTemp's
	// naming in newsbrief before temporary files carried their process id.
	tmpOurs   = regexp.MustCompile(`^\..+\.(txt|md|json|ndjson)\.tmp-([0-9]+)-[0-9]+$`)
	tmpLegacy = regexp.MustCompile(`^\..+\.(txt|md|json|ndjson)\.tmp-[0-9]+$`)
)

// removeStale removes, below the folder, the temporary files of ours that a killed run left: named as
// newsbrief names them, regular files, and (with a process id) whose process no longer runs, so that a
// run writing into the same folder at the same time keeps its files. It returns how many it removed.
// Symlinks are not followed.
func (o *outDir) removeStale() int {
	removed := 0
	_ = fs.WalkDir(o.root.FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return nil
		}
		name := d.Name()
		if m := tmpOurs.FindStringSubmatch(name); m != nil {
			if pid, err := strconv.Atoi(m[2]); err != nil || alive(pid) {
				return nil
			}
		} else if !tmpLegacy.MatchString(name) {
			return nil
		}
		if o.root.Remove(path) == nil {
			removed++
		}
		return nil
	})
	return removed
}

// exit ends the process; a variable so that a test can watch it.
var exit = os.Exit

// onSignal makes SIGINT and SIGTERM during a run into the folder remove the temporary file being
// written, report how far the run got and exit 130 or 143 (128 + the signal), as a shell reports a
// command that a signal ended. Briefs already renamed are whole; none is half-written. stop undoes it.
func (o *outDir) onSignal(s *Streams) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGINT, syscall.SIGTERM)
	quit := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			o.mu.Lock() // held to the end: no temporary file is created or renamed after this
			if o.tmp != "" {
				o.root.Remove(o.tmp)
			}
			n := syscall.SIGINT
			if sig == syscall.SIGTERM {
				n = syscall.SIGTERM
			}
			fmt.Fprintf(s.Err, "newsbrief: interrupted (%s): %d briefs written to %s, the rest not\n", sigName(n), o.count, o.dir)
			exit(128 + int(n))
		case <-quit:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(quit)
	}
}

func sigName(sig syscall.Signal) string {
	if sig == syscall.SIGTERM {
		return "SIGTERM"
	}
	return "SIGINT"
}
