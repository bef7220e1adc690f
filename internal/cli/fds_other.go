//go:build !unix

package cli

import "os"

// alive cannot tell on this system: a temporary file with a process id is kept.
func alive(pid int) bool { return true }

// closedAtStart cannot tell on this system.
func closedAtStart(f *os.File) bool { return false }
