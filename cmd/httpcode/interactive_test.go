//go:build linux

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// These tests drive the real binary in a pseudo-terminal, as a person
// would: they type keys and read what the terminal shows. They skip where
// no pseudo-terminal can be opened.

// session is httpcode running on a pseudo-terminal.
type session struct {
	t    *testing.T
	ptmx *os.File // the side the person types into and reads
	tty  *os.File // the side httpcode has as stdin, stdout and stderr
	cmd  *exec.Cmd
	mu   sync.Mutex
	out  bytes.Buffer // everything the terminal was sent
	done chan struct{}
}

// childEnv marks the test binary's own re-run as httpcode (see TestMain).
const childEnv = "HTTPCODE_TEST_RUN_MAIN"

func start(t *testing.T, args ...string) *session {
	t.Helper()
	return startEnv(t, []string{"NO_COLOR=1"}, args...)
}

func startEnv(t *testing.T, env []string, args ...string) *session {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 40, Cols: 100}); err != nil {
		t.Skipf("cannot size the pseudo-terminal: %v", err)
	}
	cmd := exec.Command(os.Args[0], args...)
	// A clean environment: no CI (the test may run in CI), no colour, so
	// the screen can be matched as text.
	cmd.Env = append([]string{childEnv + "=1", "TERM=xterm-256color", "PATH=/usr/bin:/bin"}, env...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &session{t: t, ptmx: ptmx, tty: tty, cmd: cmd, done: make(chan struct{})}
	go func() {
		defer close(s.done)
		buf := make([]byte, 4096)
		for {
			n, err := ptmx.Read(buf)
			s.mu.Lock()
			s.out.Write(buf[:n])
			s.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = ptmx.Close()
		_ = tty.Close()
	})
	return s
}

// screen is what the terminal has shown so far.
func (s *session) screen() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.String()
}

// expect waits until the terminal has shown text matching re since the
// mark (a length of screen()), and returns the new mark.
func (s *session) expect(mark int, re string) int {
	s.t.Helper()
	rx := regexp.MustCompile(re)
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		scr := s.screen()
		if loc := rx.FindStringIndex(scr[mark:]); loc != nil {
			return mark + loc[1]
		}
		time.Sleep(20 * time.Millisecond)
	}
	s.t.Fatalf("the terminal never showed %q; it shows:\n%s", re, s.screen()[mark:])
	return 0
}

func (s *session) typeKeys(keys string) {
	s.t.Helper()
	if _, err := s.ptmx.Write([]byte(keys)); err != nil {
		s.t.Fatal(err)
	}
}

// wait returns httpcode's exit code.
func (s *session) wait() int {
	s.t.Helper()
	exited := make(chan error, 1)
	go func() { exited <- s.cmd.Wait() }()
	select {
	case err := <-exited:
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			s.t.Fatal(err)
		}
		s.settle()
		return s.cmd.ProcessState.ExitCode()
	case <-time.After(10 * time.Second):
		s.t.Fatalf("httpcode did not exit; the terminal shows:\n%s", s.screen())
	}
	return -1
}

// settle waits until the terminal has shown everything httpcode wrote:
// the reader may still be copying the last bytes when the process ends.
func (s *session) settle() {
	last := -1
	for n := len(s.screen()); n != last; n = len(s.screen()) {
		last = n
		time.Sleep(50 * time.Millisecond)
	}
}

// cooked reports whether the terminal is in its normal mode: lines edited
// by the terminal, typed keys echoed, Ctrl-C a signal.
func (s *session) cooked() bool {
	s.t.Helper()
	tio, err := unix.IoctlGetTermios(int(s.tty.Fd()), unix.TCGETS)
	if err != nil {
		s.t.Fatal(err)
	}
	const want = unix.ICANON | unix.ECHO | unix.ISIG
	return tio.Lflag&want == want && tio.Oflag&unix.OPOST != 0
}

func TestSuggestAsksAtTerminal(t *testing.T) {
	s := start(t, "suggest", "bad input")
	m := s.expect(0, `Not sure — 422 Unprocessable Content or 400 Bad Request; it turns on one question:`)
	m = s.expect(m, `Could the server parse the request`)
	m = s.expect(m, `1\) It could not: broken JSON.* → 400`)
	m = s.expect(m, `Choose 1-2 \[2\]: `)
	s.typeKeys("1\r")
	s.expect(m, `400  Bad Request  The server will not process`)
	if code := s.wait(); code != 0 {
		t.Errorf("exit %d, want 0", code)
	}
	if !s.cooked() {
		t.Error("the terminal was left in raw mode")
	}
}

func TestDecideWalkTo409WithAStepBack(t *testing.T) {
	s := start(t, "decide")
	m := s.expect(0, `What happened to the request\?`)
	m = s.expect(m, `Choose 1-5 \[1\]: `)
	s.typeKeys("4\r")
	m = s.expect(m, `What was wrong with the request\?`)
	m = s.expect(m, `b\) go back`)
	// A step back asks the first question again.
	s.typeKeys("b\r")
	m = s.expect(m, `What happened to the request\?[\s\S]*Choose 1-5 \[1\]: `)
	s.typeKeys("4\r")
	m = s.expect(m, `What was wrong with the request\?[\s\S]*Choose 1-6 \[1\]: `)
	s.typeKeys("4\r")
	m = s.expect(m, `The resource's current state: a duplicate.* → 409[\s\S]*Choose 1-7 \[1\]: `)
	s.typeKeys("1\r")
	s.expect(m, `409  Conflict  The request conflicts with the current state`)
	if code := s.wait(); code != 0 {
		t.Errorf("exit %d, want 0", code)
	}
}

func TestBrowseFiltersToTeapot(t *testing.T) {
	s := start(t, "browse")
	m := s.expect(0, `browse> `)
	s.typeKeys("tea")
	m = s.expect(m, `> 418  I'm a teapot`)
	s.typeKeys("\r")
	// The alternate screen is left, then the card is printed.
	m = s.expect(m, `\x1b\[\?1049l`)
	s.expect(m, `418 I'm a teapot  \[4xx Client Error\]`)
	if code := s.wait(); code != 0 {
		t.Errorf("exit %d, want 0", code)
	}
	if !s.cooked() {
		t.Error("the terminal was left in raw mode")
	}
}

func TestBrowseMovesWithArrowsAndCtrlN(t *testing.T) {
	s := start(t, "browse")
	m := s.expect(0, `browse> `)
	s.typeKeys("41")
	m = s.expect(m, `> 410  Gone`)
	s.typeKeys("\x1b[B") // down
	m = s.expect(m, `> 411  Length Required`)
	s.typeKeys("\x0e") // Ctrl-N
	m = s.expect(m, `> 412  Precondition Failed`)
	s.typeKeys("\x10") // Ctrl-P
	m = s.expect(m, `> 411  Length Required`)
	s.typeKeys("\r")
	s.expect(m, `411 Length Required`)
	if code := s.wait(); code != 0 {
		t.Errorf("exit %d, want 0", code)
	}
}

func TestCtrlCExits130AndRestoresTerminal(t *testing.T) {
	s := start(t, "decide")
	s.expect(0, `Choose 1-5 \[1\]: `)
	// The prompt reads keys in raw mode...
	deadline := time.Now().Add(5 * time.Second)
	for s.cooked() && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if s.cooked() {
		t.Fatal("the prompt never put the terminal in raw mode")
	}
	s.typeKeys("\x03")
	if code := s.wait(); code != 130 {
		t.Errorf("exit %d, want 130", code)
	}
	// ...and undoes it on the way out.
	if !s.cooked() {
		t.Error("the terminal was left in raw mode after Ctrl-C")
	}
	if strings.Contains(s.screen(), "httpcode:") {
		t.Errorf("Ctrl-C should exit quietly; the terminal shows:\n%s", s.screen())
	}
}

func TestBrowseEscExits130(t *testing.T) {
	s := start(t, "browse")
	s.expect(0, `browse> `)
	s.typeKeys("\x1b")
	if code := s.wait(); code != 130 {
		t.Errorf("exit %d, want 130", code)
	}
	if !s.cooked() {
		t.Error("the terminal was left in raw mode after Esc")
	}
	if !strings.HasSuffix(s.screen(), "\x1b[?1049l") {
		t.Errorf("the browser should leave the alternate screen and print nothing after it; the terminal ends with %q", tail(s.screen()))
	}
}

func tail(s string) string { return s[max(0, len(s)-200):] }

// A kill while the terminal is raw restores it before the process ends.
func TestSIGTERMRestoresTerminal(t *testing.T) {
	s := start(t, "browse")
	s.expect(0, `browse> `)
	if s.cooked() {
		t.Fatal("the browser did not put the terminal in raw mode")
	}
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	s.wait()
	if !s.cooked() {
		t.Error("the terminal was left in raw mode after SIGTERM")
	}
}

// terminalQueries are the sequences that ask a terminal something and wait
// for its answer: cursor position (DSR), device attributes, OSC colour
// queries, DCS requests (XTGETTCAP, DECRQSS), the terminal's version.
var terminalQueries = regexp.MustCompile(`\x1b\[[0-9;]*n|\x1b\[[>=]?[0-9;]*c|\x1b\]|\x1bP|\x1b\[>[0-9;]*q|\x1b\[\?[0-9;]*\$p`)

// Nothing interactive asks the terminal anything, in colour or not: a
// terminal that never answers must not stall httpcode.
func TestNoTerminalQueries(t *testing.T) {
	for _, tc := range []struct {
		args []string
		keys []string
		want string
	}{
		{[]string{"browse"}, []string{"tea", "\r"}, `418`},
		{[]string{"decide"}, []string{"4\r", "4\r", "1\r"}, `409`},
		{[]string{"suggest", "bad input"}, []string{"\r"}, `422`},
	} {
		s := startEnv(t, nil, tc.args...) // colour on: TERM set, NO_COLOR unset
		m := 0
		for _, k := range tc.keys {
			time.Sleep(150 * time.Millisecond)
			s.typeKeys(k)
		}
		s.expect(m, tc.want)
		if code := s.wait(); code != 0 {
			t.Errorf("%v: exit %d", tc.args, code)
		}
		if !strings.Contains(s.screen(), "\x1b[1m") {
			t.Errorf("%v: no styling seen; the test would not see colour queries", tc.args)
		}
		if q := terminalQueries.FindString(s.screen()); q != "" {
			t.Errorf("%v: httpcode sent the terminal a query, %q", tc.args, q)
		}
	}
}

// On a wide terminal the card sits beside the list; the size is read at
// every key, so a resize shows at the next one.
func TestBrowseSideBySideWhenWide(t *testing.T) {
	s := start(t, "browse")
	m := s.expect(0, `browse> `)
	if err := pty.Setsize(s.ptmx, &pty.Winsize{Rows: 30, Cols: 160}); err != nil {
		t.Skip(err)
	}
	s.typeKeys("tea")
	s.expect(m, `> 418  I'm a teapot +│ 418 I'm a teapot  \[4xx Client Error\]`)
	s.typeKeys("\x03")
	if code := s.wait(); code != 130 {
		t.Errorf("exit %d, want 130", code)
	}
}
