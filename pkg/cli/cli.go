// Package cli is httpcode's command line: the cobra command tree, the
// streams it reads and writes, and the mapping from errors to exit codes.
// cmd/httpcode calls Main and exits with what it returns; everything else
// happens here, so tests drive commands with in-memory streams.
//
// Its API carries no compatibility promise before httpcode v1.
package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
)

// Exit codes, documented in the README and in `httpcode --help`.
const (
	ExitOK      = 0 // found what was asked
	ExitNoMatch = 1 // nothing matched, or the input could not be read
	ExitUsage   = 2 // bad flag, bad value, missing argument
)

// Streams are the process's standard streams and what is known about them.
type Streams struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	InTTY  bool // stdin is a terminal: nothing is piped in
	OutTTY bool // stdout is a terminal: a person is reading
	// Width is the terminal's width in columns, or 0 when unknown.
	Width  int
	Getenv func(string) string
}

// System returns the real streams of this process. Asking whether a file
// is a terminal, and its size, is an ioctl: it never waits on the terminal.
func System() Streams {
	s := Streams{
		In:     os.Stdin,
		Out:    os.Stdout,
		Err:    os.Stderr,
		InTTY:  term.IsTerminal(os.Stdin.Fd()),
		OutTTY: term.IsTerminal(os.Stdout.Fd()),
		Getenv: os.Getenv,
	}
	if s.OutTTY {
		if w, _, err := term.GetSize(os.Stdout.Fd()); err == nil {
			s.Width = w
		}
	}
	return s
}

// exitError carries an exit code with the message to print.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageErrorf reports a mistake in how httpcode was called: exit code 2.
func usageErrorf(format string, args ...any) error {
	return &exitError{ExitUsage, fmt.Errorf(format, args...)}
}

// noMatch reports a query that found nothing: exit code 1.
func noMatch(err error) error { return &exitError{ExitNoMatch, err} }

// errReported means the command has already printed its errors (several
// queries can fail independently) and only the exit code remains.
var errReported = errors.New("errors already reported")

// Command returns httpcode's command tree wired to streams: for generating
// man pages and completion scripts at release time.
func Command(streams Streams) *cobra.Command {
	if streams.Getenv == nil {
		streams.Getenv = func(string) string { return "" }
	}
	return newRootCmd(streams, nil)
}

// Main runs httpcode with the given arguments (without the program name)
// and returns the exit code.
func Main(args []string, streams Streams) int {
	if streams.Getenv == nil {
		streams.Getenv = func(string) string { return "" }
	}
	// Views are written a line at a time; one write(2) per line was a
	// hundred system calls for `list --all`. Every command reads all its
	// input before it answers, so holding output back costs no liveness.
	// Errors still go out at once, after what was written before them.
	out := bufio.NewWriterSize(streams.Out, 16<<10)
	streams.Out = out
	streams.Err = flushFirst{out, streams.Err}
	if args == nil {
		// No arguments, not the whole tree (newRootCmd's nil); cobra would
		// also read os.Args for nil.
		args = []string{}
	}
	root := newRootCmd(streams, args)
	root.SetArgs(args)
	err := root.Execute()
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("writing output: %w", ferr)
	}
	return exitCode(err, streams.Err)
}

// flushFirst is stderr behind buffered stdout: what was written to stdout
// goes out before each message, so a terminal shows both in order.
type flushFirst struct {
	out *bufio.Writer
	err io.Writer
}

func (f flushFirst) Write(p []byte) (int, error) {
	_ = f.out.Flush() // its error comes back at the final flush
	return f.err.Write(p)
}

// exitCode prints err once, as one line, and returns the code for it.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return ExitOK
	}
	// The reader went away (httpcode list | head -1): nothing to say.
	if errors.Is(err, syscall.EPIPE) {
		return ExitOK
	}
	code := ExitNoMatch
	var ee *exitError
	if errors.As(err, &ee) {
		code = ee.code
	}
	if !errors.Is(err, errReported) {
		printError(stderr, err)
	}
	return code
}

// printError writes "httpcode: <message>" on one line.
func printError(stderr io.Writer, err error) {
	msg := strings.Join(strings.Fields(err.Error()), " ")
	fmt.Fprintf(stderr, "httpcode: %s\n", msg)
}
