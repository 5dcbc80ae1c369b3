//go:build unix

package prompt

import (
	"os"
	"os/signal"

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

// restoreOnSignal makes a signal that ends the process while the terminal
// is raw (a closed terminal's SIGHUP, a kill's SIGTERM) restore it first,
// then end the process with that same signal. The returned function stops
// watching.
func restoreOnSignal(restore func()) func() {
	ch := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(ch, unix.SIGHUP, unix.SIGTERM, unix.SIGQUIT)
	go func() {
		select {
		case sig := <-ch:
			restore()
			signal.Reset(sig)
			_ = unix.Kill(os.Getpid(), sig.(unix.Signal))
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
