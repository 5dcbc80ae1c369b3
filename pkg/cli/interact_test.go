package cli

import (
	"io"
	"os"
	"strings"
	"testing"
)

// TestAskMode: nothing is asked without a terminal, for JSON, with
// --no-input or in CI; accessible mode asks on plain lines, and only the
// flag (not ACCESSIBLE alone) lets suggest read answers from a pipe.
func TestAskMode(t *testing.T) {
	tty, err := os.Open(os.DevNull) // stands for a terminal: a real *os.File
	if err != nil {
		t.Fatal(err)
	}
	defer tty.Close()
	tests := []struct {
		name     string
		terminal bool
		in       io.Reader
		env      map[string]string
		opts     interactOptions
		output   string
		piped    bool // pipedAccessible: decide and browse
		want     askMode
	}{
		{"terminal", true, tty, nil, interactOptions{}, "text", false, askTerminal},
		{"pipe", false, strings.NewReader(""), nil, interactOptions{}, "text", false, askNever},
		{"fake terminal", true, strings.NewReader(""), nil, interactOptions{}, "text", false, askNever},
		{"no-input", true, tty, nil, interactOptions{noInput: true}, "text", false, askNever},
		{"json", true, tty, nil, interactOptions{}, "json", false, askNever},
		{"CI", true, tty, map[string]string{"CI": "true"}, interactOptions{}, "text", false, askNever},
		{"dumb terminal", true, tty, map[string]string{"TERM": "dumb"}, interactOptions{}, "text", false, askLines},
		{"--accessible at a terminal", true, tty, nil, interactOptions{accessible: true}, "text", false, askLines},
		{"--accessible on a pipe", false, strings.NewReader(""), nil, interactOptions{accessible: true}, "text", false, askLines},
		{"--accessible in CI", false, strings.NewReader(""), map[string]string{"CI": "1"}, interactOptions{accessible: true}, "text", true, askLines},
		{"--accessible --no-input", false, strings.NewReader(""), nil, interactOptions{accessible: true, noInput: true}, "text", true, askNever},
		{"ACCESSIBLE at a terminal", true, tty, map[string]string{"ACCESSIBLE": "1"}, interactOptions{}, "text", false, askLines},
		{"ACCESSIBLE, suggest on a pipe", false, strings.NewReader(""), map[string]string{"ACCESSIBLE": "1"}, interactOptions{}, "text", false, askNever},
		{"ACCESSIBLE, decide on a pipe", false, strings.NewReader(""), map[string]string{"ACCESSIBLE": "1"}, interactOptions{}, "text", true, askLines},
	}
	for _, tt := range tests {
		g := &globalOptions{output: tt.output, streams: Streams{
			In: tt.in, InTTY: tt.terminal, OutTTY: tt.terminal,
			Getenv: func(k string) string { return tt.env[k] },
		}}
		if got := tt.opts.mode(g, tt.piped); got != tt.want {
			t.Errorf("%s: mode %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestDecideAndBrowseParsing(t *testing.T) {
	var got *decideOptions
	cmd := newDecideCmd(&globalOptions{}, func(o *decideOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"--accessible", "--no-input"})
	cmd.SetOut(io.Discard)
	if err := cmd.Execute(); err != nil || !got.interact.accessible || !got.interact.noInput {
		t.Errorf("decide --accessible --no-input: %v, %+v", err, got)
	}
	var b *browseOptions
	bc := newBrowseCmd(&globalOptions{}, func(o *browseOptions) error { b = o; return nil })
	bc.SetArgs([]string{"--accessible"})
	bc.SetOut(io.Discard)
	if err := bc.Execute(); err != nil || !b.interact.accessible {
		t.Errorf("browse --accessible: %v, %+v", err, b)
	}
}

// Without a terminal decide and browse exit 2 at once, reading nothing.
func TestDecideAndBrowseNeedATerminal(t *testing.T) {
	for _, args := range [][]string{{"decide"}, {"browse"}, {"decide", "--no-input"}} {
		code, out, errs := run{args: args, stdin: "1\n1\n"}.do(t)
		if code != ExitUsage || out != "" || !strings.Contains(errs, "needs a terminal") || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	code, _, _ := run{args: []string{"decide"}, tty: true, env: map[string]string{"CI": "1"}}.do(t)
	if code != ExitUsage {
		t.Errorf("decide in CI: exit %d, want 2", code)
	}
}
