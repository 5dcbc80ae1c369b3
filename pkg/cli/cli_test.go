package cli

import (
	"bytes"
	"io"
	"os"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"
)

// run drives Main with in-memory streams.
type run struct {
	args  []string
	stdin string
	tty   bool // stdin and stdout are a terminal
	width int
	env   map[string]string
}

func (r run) do(t *testing.T) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	streams := Streams{
		In:     strings.NewReader(r.stdin),
		Out:    &out,
		Err:    &errb,
		InTTY:  r.tty,
		OutTTY: r.tty,
		Width:  r.width,
		Getenv: func(k string) string { return r.env[k] },
	}
	code = Main(r.args, streams)
	return code, out.String(), errb.String()
}

// TestListParsing checks how list reads its arguments, without running it.
func TestListParsing(t *testing.T) {
	tests := []struct {
		args []string
		want listOptions
	}{
		{nil, listOptions{}},
		{[]string{"4xx"}, listOptions{mask: "4xx"}},
		{[]string{"--all", "--class", "client"}, listOptions{all: true, class: "client"}},
		{[]string{"--unofficial", "--search", "time out"}, listOptions{unofficial: true, search: "time out"}},
		{[]string{"5xx", "--for", "grpc"}, listOptions{mask: "5xx", forEco: "grpc"}},
	}
	for _, tt := range tests {
		var got *listOptions
		cmd := newListCmd(&globalOptions{}, func(o *listOptions) error { got = o; return nil })
		cmd.SetArgs(tt.args)
		cmd.SetOut(io.Discard)
		if err := cmd.Execute(); err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		got.global = nil
		if !reflect.DeepEqual(*got, tt.want) {
			t.Errorf("%v: parsed %+v, want %+v", tt.args, *got, tt.want)
		}
	}
}

func TestSuggestParsing(t *testing.T) {
	tests := []struct {
		args []string
		want suggestOptions
	}{
		{[]string{"db", "down"}, suggestOptions{count: 3, words: []string{"db", "down"}}},
		{[]string{"-n", "5", "--explain", "jwt expired"}, suggestOptions{count: 5, explain: true, words: []string{"jwt expired"}}},
		{[]string{"--number=1", "x"}, suggestOptions{count: 1, words: []string{"x"}}},
	}
	for _, tt := range tests {
		var got *suggestOptions
		cmd := newSuggestCmd(&globalOptions{}, func(o *suggestOptions) error { got = o; return nil })
		cmd.SetArgs(tt.args)
		if err := cmd.Execute(); err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		got.global = nil
		if !reflect.DeepEqual(*got, tt.want) {
			t.Errorf("%v: parsed %+v, want %+v", tt.args, *got, tt.want)
		}
	}
}

// TestHostileInput sends odd and hostile input through the real command:
// each gets its documented exit code, one line on stderr, and nothing on
// stdout.
func TestHostileInput(t *testing.T) {
	huge := strings.Repeat("x", 1<<20)
	tests := []struct {
		name string
		run  run
		code int
		want string // a part of the one stderr line
	}{
		{"empty", run{args: []string{""}}, ExitUsage, "empty query"},
		{"spaces", run{args: []string{"  \t "}}, ExitUsage, "empty query"},
		{"1 MB argument", run{args: []string{huge}}, ExitNoMatch, `no code matches "xxxxxxxx`},
		{"1 MB suggest", run{args: []string{"suggest", huge}}, ExitNoMatch, "no status code fits"},
		{"invalid UTF-8", run{args: []string{"\xff\xfe\xfd"}}, ExitNoMatch, "no code matches"},
		{"NUL byte", run{args: []string{"40\x004"}}, ExitNoMatch, "no code matches"},
		{"control bytes", run{args: []string{"\x1b[31m404"}}, ExitNoMatch, "no code matches"},
		{"0", run{args: []string{"0"}}, ExitNoMatch, "0 is not an HTTP status code"},
		{"-1", run{args: []string{"-1"}}, ExitNoMatch, "-1 is not an HTTP status code"},
		{"99", run{args: []string{"99"}}, ExitNoMatch, "99 is not an HTTP status code"},
		{"600", run{args: []string{"600"}}, ExitNoMatch, "600 is not an HTTP status code"},
		{"1e3", run{args: []string{"1e3"}}, ExitNoMatch, `"1e3" is not an HTTP status code`},
		{"0x194", run{args: []string{"0x194"}}, ExitNoMatch, "did you mean 404?"},
		{"4xxx", run{args: []string{"4xxx"}}, ExitNoMatch, "is not a status code or a class mask"},
		{"unknown flag", run{args: []string{"--frobnicate"}}, ExitUsage, `unknown flag "--frobnicate"`},
		{"unknown shorthand", run{args: []string{"-z", "404"}}, ExitUsage, `unknown flag "-z"`},
		{"flag without value", run{args: []string{"404", "-o"}}, ExitUsage, "flag -o needs a value"},
		{"bad -o", run{args: []string{"-o", "yaml", "404"}}, ExitUsage, `invalid output format "yaml"`},
		{"bad --lang", run{args: []string{"--lang", "fr", "404"}}, ExitUsage, `unknown language "fr"`},
		{"bad HTTPCODE_LANG", run{args: []string{"404"}, env: map[string]string{"HTTPCODE_LANG": "xx"}}, ExitUsage, "in HTTPCODE_LANG"},
		{"empty --lang uses default", run{args: []string{"--lang=", "40q"}}, ExitNoMatch, "is not an HTTP status code"},
		{"binary on stdin", run{stdin: "\x00\x01\x02\xff\xfe HTTP/1.1\x00 200\n"}, ExitNoMatch, "no HTTP status line found"},
		{"empty stdin", run{stdin: ""}, ExitNoMatch, "no HTTP status line found"},
		{"suggest nonsense", run{args: []string{"suggest", "qwzx", "vbnm"}}, ExitNoMatch, "no status code fits"},
		{"suggest empty", run{args: []string{"suggest", " "}}, ExitUsage, "describe a situation"},
		{"suggest binary stdin", run{args: []string{"suggest"}, stdin: "\x00\xff\x01\x02"}, ExitNoMatch, "no status code fits"},
		{"class nonsense", run{args: []string{"class", "\xff"}}, ExitNoMatch, "no class is called"},
		{"compare one", run{args: []string{"compare", "404"}}, ExitUsage, "at least two codes"},
		{"list bad mask", run{args: []string{"list", "4xxx"}}, ExitUsage, "is not a class mask"},
		{"list too many args", run{args: []string{"list", "4xx", "5xx"}}, ExitUsage, "list takes at most one mask"},
		{"grpc out of range", run{args: []string{"grpc 17"}}, ExitNoMatch, "is not a gRPC code"},
		{"grpc typo", run{args: []string{"codes.Unavailabel"}}, ExitNoMatch, `did you mean "UNAVAILABLE"?`},
		{"exception typo", run{args: []string{"NotFoundHttpExceptoin"}}, ExitNoMatch, `did you mean "NotFoundHttpException"?`},
		{"show bad --for", run{args: []string{"404", "--for", "cobol"}}, ExitUsage, `unknown ecosystem "cobol"`},
		{"list bad --for", run{args: []string{"list", "--for", "cobol"}}, ExitUsage, `unknown ecosystem "cobol"`},
		{"list --for --all", run{args: []string{"list", "--for", "grpc", "--all"}}, ExitUsage, "cannot be used with --all"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := tt.run.do(t)
			if code != tt.code {
				t.Errorf("exit code %d, want %d (stderr %q)", code, tt.code, cut(stderr))
			}
			if stdout != "" && !strings.Contains(strings.Join(tt.run.args, " "), "-o json") {
				t.Errorf("stdout not empty: %q", cut(stdout))
			}
			if strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "httpcode: ") {
				t.Errorf("stderr is not one httpcode: line: %q", cut(stderr))
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr %q does not contain %q", cut(stderr), tt.want)
			}
			if len(stderr) > 300 || !utf8.ValidString(stderr) || strings.ContainsAny(stderr, "\x00\x1b") {
				t.Errorf("stderr is not a short, clean line: %q", cut(stderr))
			}
		})
	}
}

func cut(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}

// TestLargeStdin pipes 10 MB: reading is bounded, so it ends quickly, and
// the heads in the first part are still explained.
func TestLargeStdin(t *testing.T) {
	input := "HTTP/1.1 204 No Content\n\n" + strings.Repeat(strings.Repeat("y", 1023)+"\n", 10<<10)
	start := time.Now()
	code, stdout, stderr := run{stdin: input}.do(t)
	if code != ExitOK || !strings.Contains(stdout, "204 No Content") {
		t.Errorf("exit %d, stdout %q", code, cut(stdout))
	}
	if !strings.Contains(stderr, "longer than 4 MiB") {
		t.Errorf("no truncation notice: %q", stderr)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}

	code, _, stderr = run{args: []string{"suggest"}, stdin: strings.Repeat("db down\n", 2<<20)}.do(t)
	if code != ExitOK {
		t.Errorf("suggest on 16 MB of lines: exit %d, %q", code, cut(stderr))
	}
}

func TestTerminalOutput(t *testing.T) {
	// At a terminal, list has a header and aligned columns, in colour.
	code, stdout, _ := run{args: []string{"list"}, tty: true, width: 80}.do(t)
	if code != ExitOK || !strings.Contains(stdout, "CODE") || !strings.Contains(stdout, "\x1b[") {
		t.Errorf("list at a terminal: exit %d, %q", code, cut(stdout))
	}
	// NO_COLOR turns colour off, terminal or not.
	_, stdout, _ = run{args: []string{"list"}, tty: true, width: 80, env: map[string]string{"NO_COLOR": "1"}}.do(t)
	if strings.Contains(stdout, "\x1b") {
		t.Errorf("NO_COLOR output has escapes: %q", cut(stdout))
	}
	// Prose wraps to the terminal, capped at 100 columns.
	for _, width := range []int{60, 200} {
		_, stdout, _ = run{args: []string{"404", "--no-color"}, tty: true, width: width}.do(t)
		limit := min(width, maxWidth)
		for _, line := range strings.Split(stdout, "\n") {
			// A URL cannot be broken; it may run past the edge.
			if n := utf8.RuneCountInString(line); n > limit && !strings.Contains(line, "https://") {
				t.Errorf("width %d: line of %d columns: %q", width, n, line)
			}
		}
	}
	// In a pipe, nothing wraps.
	_, stdout, _ = run{args: []string{"404"}}.do(t)
	if !strings.Contains(stdout, "  The origin server has no current representation of the target resource, or is not willing to disclose that one exists. A 404") {
		t.Errorf("piped output was wrapped:\n%s", stdout)
	}
	// A bare httpcode at a terminal shows help.
	code, stdout, _ = run{tty: true}.do(t)
	if code != ExitOK || !strings.Contains(stdout, "EXIT STATUS") {
		t.Errorf("bare httpcode: exit %d, %q", code, cut(stdout))
	}
}

// TestBrokenPipe: a reader that went away ends httpcode quietly with 0.
func TestBrokenPipe(t *testing.T) {
	var errb bytes.Buffer
	code := Main([]string{"list", "--all"}, Streams{In: strings.NewReader(""), Out: brokenPipe{}, Err: &errb, Getenv: func(string) string { return "" }})
	if code != ExitOK || errb.Len() != 0 {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}

type brokenPipe struct{}

func (brokenPipe) Write([]byte) (int, error) {
	return 0, &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}
}

// TestListForLayout: list --for is an aligned table with a header at a
// terminal, tab-separated rows without one in a pipe.
func TestListForLayout(t *testing.T) {
	tests := []struct {
		tty   bool
		first string // how the first line starts
		tabs  bool
	}{
		{true, "NAME ", false},
		{false, "OK\t200\tOK\tgrpc\tgrpc 0", true},
	}
	for _, tt := range tests {
		code, stdout, stderr := run{args: []string{"list", "--for", "grpc"}, tty: tt.tty, width: 100, env: map[string]string{"NO_COLOR": "1"}}.do(t)
		if code != ExitOK || stderr != "" {
			t.Fatalf("tty %v: exit %d, stderr %q", tt.tty, code, stderr)
		}
		if !strings.HasPrefix(stdout, tt.first) {
			t.Errorf("tty %v: output starts %q, want %q", tt.tty, cut(stdout), tt.first)
		}
		if strings.Contains(stdout, "\t") != tt.tabs {
			t.Errorf("tty %v: tabs %v, want %v", tt.tty, !tt.tabs, tt.tabs)
		}
		for _, line := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
			if strings.HasSuffix(line, " ") {
				t.Errorf("tty %v: trailing space in %q", tt.tty, line)
			}
		}
	}
}

// TestOutputOrder: stdout is buffered, yet a terminal that shows both
// streams sees each message after the output that came before it.
func TestOutputOrder(t *testing.T) {
	var both bytes.Buffer
	streams := Streams{In: strings.NewReader("db down\nqwertyzzz plonk\ntoken expired\n"), Out: &both, Err: &both}
	if code := Main([]string{"suggest"}, streams); code != ExitNoMatch {
		t.Fatalf("exit %d, want %d", code, ExitNoMatch)
	}
	out := both.String()
	first, msg, last := strings.Index(out, "> db down"), strings.Index(out, "httpcode: no status code fits"), strings.Index(out, "> token expired")
	if first < 0 || msg < 0 || last < 0 || !(first < msg && msg < last) {
		t.Errorf("answers and message out of order (at %d, %d, %d):\n%s", first, msg, last, out)
	}
}

// TestWriteError: output that cannot be written (a full disk) is an error
// with exit 1, even when it only shows when the buffer is flushed.
func TestWriteError(t *testing.T) {
	var errb bytes.Buffer
	code := Main([]string{"404"}, Streams{In: strings.NewReader(""), Out: fullDisk{}, Err: &errb})
	if code != ExitNoMatch || !strings.HasPrefix(errb.String(), "httpcode: writing output: ") || strings.Count(errb.String(), "\n") != 1 {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}

type fullDisk struct{}

func (fullDisk) Write([]byte) (int, error) {
	return 0, &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}
}

// TestSubcommands: the table a call builds its tree from names each child
// as the child names itself, and the whole tree holds every child.
func TestSubcommands(t *testing.T) {
	root := Command(Streams{})
	for _, sc := range subcommands() {
		c := sc.build(&globalOptions{})
		if got := append([]string{c.Name()}, c.Aliases...); !slices.Equal(got, sc.names) {
			t.Errorf("subcommand table says %q, the command says %q", sc.names, got)
		}
		if !slices.ContainsFunc(root.Commands(), func(rc *cobra.Command) bool { return rc.Name() == sc.names[0] }) {
			t.Errorf("the whole tree has no %q", sc.names[0])
		}
	}
	if n := len(root.Commands()); n != len(subcommands())+1 { // and cobra's completion
		t.Errorf("the whole tree has %d children, the table %d and completion", n, len(subcommands()))
	}
}

// TestReachable: a call builds the children it names and, when it
// completes a word, those the word could become; every other child is left
// out. What each call then prints is checked end to end by the scripts.
func TestReachable(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"404"}, nil},
		{[]string{"-o", "json", "4xx"}, nil},
		{[]string{"list", "--all"}, []string{"list"}},
		{[]string{"suggest", "upstream timed out"}, []string{"suggest"}},
		{[]string{"vs", "401", "403"}, []string{"compare"}},
		{[]string{"--lang", "hi", "compare", "401", "403"}, []string{"compare"}},
		{[]string{"404", "list"}, []string{"list"}}, // the root's argument; building list changes nothing
		{[]string{"__complete", "40"}, nil},
		{[]string{"__complete", "show", "50"}, []string{"show"}},
		{[]string{"__complete", "l"}, []string{"list", "lint"}},
		{[]string{"__complete", "h"}, []string{"show", "list", "class", "compare", "suggest", "lint", "decide", "browse"}},
		{[]string{"__complete", "404", "--for", "py"}, nil},
		{[]string{"__complete", "lint", "--disable", "req"}, []string{"lint"}},
	} {
		var got []string
		for _, sc := range subcommands() {
			if reachable(tt.args, sc.names) {
				got = append(got, sc.names[0])
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("reachable from %q: %q, want %q", tt.args, got, tt.want)
		}
	}
	// A mistyped command still finds its nearest name, though the call
	// built none of them.
	code, _, stderr := run{args: []string{"hepl"}}.do(t)
	if code != ExitNoMatch || !strings.Contains(stderr, "did you mean 'httpcode help'?") {
		t.Errorf("hepl: exit %d, %q", code, stderr)
	}
	code, _, stderr = run{args: []string{"complettion"}}.do(t)
	if code != ExitNoMatch || !strings.Contains(stderr, "did you mean 'httpcode completion'?") {
		t.Errorf("complettion: exit %d, %q", code, stderr)
	}
}

// TestCommandList: the `completion` command is built only for the calls
// that can reach it or list it; those must all still find it.
func TestCommandList(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want bool
	}{
		{nil, true},
		{[]string{"--help"}, true},
		{[]string{"-h"}, true},
		{[]string{"--help=true"}, true},
		{[]string{"help"}, true},
		{[]string{"help", "list"}, true},
		{[]string{"completion", "bash"}, true},
		{[]string{"--no-color", "completion", "zsh"}, true},
		{[]string{"__complete", "co"}, true},
		{[]string{"__complete", ""}, true},
		{[]string{"__completeNoDesc", ""}, true},
		{[]string{"__complete", "completion", "b"}, true},
		{[]string{"__complete", "help", "l"}, true},
		{[]string{"__complete", "40"}, false},
		{[]string{"__complete", "show", "50"}, false},
		{[]string{"__complete", "404", "--for", "py"}, false},
		{[]string{"404"}, false},
		{[]string{"list", "--all"}, false},
		{[]string{"suggest", "upstream timed out"}, false},
		{[]string{"-o", "json", "4xx"}, false},
	} {
		if got := wantsCommandList(tt.args); got != tt.want {
			t.Errorf("wantsCommandList(%q) = %v, want %v", tt.args, got, tt.want)
		}
	}
	for _, args := range [][]string{{"--help"}, {"help"}, nil} {
		code, stdout, stderr := run{args: args, tty: true}.do(t)
		if code != ExitOK || !strings.Contains(stdout, "\n  completion ") {
			t.Errorf("%q: exit %d, no completion command listed:\n%s%s", args, code, stdout, stderr)
		}
	}
	code, stdout, _ := run{args: []string{"__complete", ""}}.do(t)
	if code != ExitOK || !strings.Contains(stdout, "completion\t") || !strings.Contains(stdout, "404\t") {
		t.Errorf("__complete '': exit %d, %q", code, cut(stdout))
	}
	code, stdout, _ = run{args: []string{"__complete", "help", "comp"}}.do(t)
	if code != ExitOK || !strings.Contains(stdout, "completion") {
		t.Errorf("__complete help comp: exit %d, %q", code, stdout)
	}
	code, stdout, _ = run{args: []string{"__complete", "comp"}}.do(t)
	if code != ExitOK || !strings.Contains(stdout, "completion\t") || !strings.Contains(stdout, "compare\t") {
		t.Errorf("__complete comp: exit %d, %q", code, stdout)
	}
	code, stdout, _ = run{args: []string{"completion", "fish"}}.do(t)
	if code != ExitOK || !strings.Contains(stdout, "complete -c httpcode") {
		t.Errorf("completion fish: exit %d, %q", code, cut(stdout))
	}
}
