//go:build unix

package prompt

import (
	"os"

	"golang.org/x/sys/unix"
)

// escWait is how long an Esc waits for the rest of a key's sequence: a
// terminal sends the sequence in one write, so a few tens of milliseconds
// are plenty even over ssh, and short enough that Esc feels immediate.
const escWait = 40 // milliseconds

// readable reports whether f has input within escWait.
func readable(f *os.File) bool {
	fds := []unix.PollFd{{Fd: int32(f.Fd()), Events: unix.POLLIN}}
	for {
		n, err := unix.Poll(fds, escWait)
		if err == unix.EINTR {
			continue
		}
		return err == nil && n > 0
	}
}
