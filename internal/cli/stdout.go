package cli

import "errors"

// errStdoutClosed is the error of every write to a stdout that was closed at start.
var errStdoutClosed = errors.New("stdout is closed; send it to a file, a pipe or /dev/null")

// closedWriter stands for a stdout that was closed at start: every write fails, so nothing is lost
// silently.
type closedWriter struct{}

func (closedWriter) Write([]byte) (int, error) { return 0, errStdoutClosed }

// stdoutError refuses, before any work, a run that writes its briefs to a closed stdout.
func (o *briefOptions) stdoutError(s *Streams) error {
	if _, closed := s.Out.(closedWriter); closed && o.outDir == "" {
		return &exitError{code: ExitFailure, err: errStdoutClosed}
	}
	return nil
}
