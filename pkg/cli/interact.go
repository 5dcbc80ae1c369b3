package cli

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/lookup"
	"github.com/httpcode/httpcode/pkg/prompt"
	"github.com/httpcode/httpcode/pkg/render"
)

// ExitInterrupted is the exit code after Ctrl-C or Esc at a prompt: 128
// plus SIGINT's number, as a shell reports a process SIGINT ended.
const ExitInterrupted = 130

// interactOptions are the flags of the commands that can ask questions.
type interactOptions struct {
	noInput    bool
	accessible bool
}

func addInteractFlags(cmd *cobra.Command, o *interactOptions) {
	cmd.Flags().BoolVar(&o.noInput, "no-input", false, "never ask a question; print it instead")
	cmd.Flags().BoolVar(&o.accessible, "accessible", false, "ask on plain lines with numbered options, reading answers from stdin (also ACCESSIBLE)")
}

// askMode is how a command may ask: not at all, at a terminal with keys
// in raw mode, or on plain lines (accessible mode).
type askMode int

const (
	askNever askMode = iota
	askTerminal
	askLines
)

// mode decides, once, whether and how to ask. Nothing is asked with
// --no-input, for JSON, or in CI; accessible mode (--accessible or
// ACCESSIBLE) asks on plain lines and reads answers from stdin, piped or
// not; otherwise asking needs stdin and stdout to be a terminal that
// understands cursor movement (not TERM=dumb, which gets plain lines).
//
// pipedAccessible says whether ACCESSIBLE alone may read answers from a
// pipe: for decide and browse, whose whole job is asking, it may; for
// suggest, whose stdin may hold questions, only the flag may.
func (o *interactOptions) mode(g *globalOptions, pipedAccessible bool) askMode {
	env := g.streams.Getenv
	if o.noInput || g.json() {
		return askNever
	}
	if o.accessible || env("ACCESSIBLE") != "" && (pipedAccessible || g.streams.InTTY) {
		return askLines
	}
	if env("CI") != "" || !g.streams.InTTY || !g.streams.OutTTY {
		return askNever
	}
	if _, ok := g.streams.In.(*os.File); !ok {
		return askNever // a test's fake terminal: nothing to put in raw mode
	}
	if env("TERM") == "dumb" {
		return askLines
	}
	return askTerminal
}

// prompter returns the session's prompter for a mode other than askNever.
func (o *interactOptions) prompter(g *globalOptions, mode askMode, ropt render.Options) prompt.Prompter {
	words := prompt.English
	if ropt.Lang == catalog.Hinglish {
		words = prompt.Hinglish
	}
	if mode == askTerminal {
		return terminal(g, ropt, words)
	}
	return prompt.NewLines(g.streams.In, flushing(g.streams.Out), words, !g.streams.InTTY)
}

// flushing writes through stdout's buffer at once: a question must be on
// the screen before the answer is read, and what came before it with it.
func flushing(w io.Writer) io.Writer {
	if f, ok := w.(interface{ Flush() error }); ok {
		return flushWriter{w, f}
	}
	return w
}

type flushWriter struct {
	w io.Writer
	f interface{ Flush() error }
}

func (fw flushWriter) Write(p []byte) (int, error) {
	n, err := fw.w.Write(p)
	if err == nil {
		err = fw.f.Flush()
	}
	return n, err
}

func terminal(g *globalOptions, ropt render.Options, words prompt.Words) *prompt.Terminal {
	t := prompt.NewTerminal(g.streams.In.(*os.File), flushing(g.streams.Out), words)
	t.Width = ropt.Width
	if ropt.Styled {
		t.Bold = func(s string) string { return "\x1b[1m" + s + "\x1b[22m" }
		t.Dim = func(s string) string { return "\x1b[90m" + s + "\x1b[39m" }
	}
	return t
}

// promptError turns how a prompt ended into the command's error: Ctrl-C or
// Esc exits 130 without a word; input that ended before an answer is a
// usage error, and nothing is chosen for the person.
func promptError(err error, question string) error {
	switch {
	case errors.Is(err, prompt.ErrInterrupted):
		return &exitError{ExitInterrupted, errReported}
	case errors.Is(err, prompt.ErrNoAnswer):
		return usageErrorf("input ended before an answer to %s; give one number per question", lookup.Quote(question))
	}
	return err
}

// needTerminal is the one-line hint of decide and browse without a terminal.
func needTerminal(command, instead string) error {
	return usageErrorf("%s asks questions and needs a terminal (stdin and stdout, CI unset); use --accessible to answer on stdin, or %s", command, instead)
}

// withCode appends the code an answer settles on, so that a person who
// knows the codes can read the menu by them.
func withCode(label string, code int) string {
	if code == 0 {
		return label
	}
	return fmt.Sprintf("%s → %d", label, code)
}
