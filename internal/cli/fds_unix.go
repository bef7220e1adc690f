//go:build unix

package cli

import (
	"os"
	"syscall"
)

// alive reports whether process pid runs (or may run: a process of another user).
func alive(pid int) bool {
	if pid <= 0 {
		return false
	}
	err := syscall.Kill(pid, 0)
	return err == nil || err == syscall.EPERM
}

// closedAtStart reports whether f (stdout) was closed when the process started (newsbrief >&-). The
// Go runtime then opens /dev/null read-write in its place, so writes would vanish and the run exit 0;
// a shell's "> /dev/null" opens it write-only, and stays allowed.
func closedAtStart(f *os.File) bool {
	fd := f.Fd()
	var st, null syscall.Stat_t
	if syscall.Fstat(int(fd), &st) != nil {
		return true
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFCHR || syscall.Stat(os.DevNull, &null) != nil || st.Rdev != null.Rdev {
		return false
	}
	flags, _, errno := syscall.Syscall(syscall.SYS_FCNTL, fd, syscall.F_GETFL, 0)
	return errno == 0 && flags&syscall.O_ACCMODE == syscall.O_RDWR
}
