package prompt

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/term"

	"github.com/httpcode/httpcode/pkg/termtext"
)

// Terminal asks at a terminal: it prints the menu, then reads keys in raw
// mode so that Ctrl-C and Esc reach it as keys (ending the prompt with the
// terminal restored) and arrows can move the choice.
type Terminal struct {
	in    *os.File
	keys  *keyReader
	w     io.Writer
	words Words
	// Styles for the question and the cursor line; identity when plain.
	Bold, Dim func(string) string
	// Width wraps the menu's lines, options hanging under their text;
	// 0 leaves wrapping to the terminal.
	Width int
}

// NewTerminal returns a prompter on the terminal in, writing to w (the same
// terminal). Keep one per session: its reader may hold keys typed ahead.
func NewTerminal(in *os.File, w io.Writer, words Words) *Terminal {
	id := func(s string) string { return s }
	return &Terminal{in: in, keys: newKeyReader(in), w: w, words: words, Bold: id, Dim: id}
}

// wrap writes lead then s, wrapped to the width with later lines hanging
// under the start of s.
func (t *Terminal) wrap(lead, s string) string {
	indent := termtext.Width(lead)
	if t.Width <= indent+20 {
		return lead + s
	}
	lines := strings.Split(termtext.Wrap(s, t.Width-indent), "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " ")
	}
	return lead + strings.Join(lines, "\n"+strings.Repeat(" ", indent))
}

// raw puts the terminal in raw mode and returns the function that undoes it.
func (t *Terminal) raw() (func(), error) {
	state, err := term.MakeRaw(t.in.Fd())
	if err != nil {
		return nil, fmt.Errorf("setting the terminal to raw mode: %w", err)
	}
	restore := func() { _ = term.Restore(t.in.Fd(), state) }
	stop := restoreOnSignal(restore)
	return func() {
		stop()
		restore()
	}, nil
}

// Choose prints m and reads the answer: digits and Enter, Enter alone for
// the default, arrows or Ctrl-N/Ctrl-P to step through the options, b or 0
// to go back when offered, Ctrl-C or Esc to give up, Ctrl-D on an empty
// answer to end input.
func (t *Terminal) Choose(m Menu) (int, error) {
	var b strings.Builder
	b.WriteString(t.Bold(t.wrap("? ", m.Question)) + "\n")
	for i, o := range m.Options {
		b.WriteString(t.wrap(fmt.Sprintf("  %d) ", i+1), o) + "\n")
	}
	if m.Back {
		b.WriteString(t.Dim(fmt.Sprintf("  b) %s", t.words.Back)) + "\n")
	}
	if _, err := io.WriteString(t.w, b.String()); err != nil {
		return 0, err
	}
	restore, err := t.raw()
	if err != nil {
		return 0, err
	}
	defer restore()

	ask := t.words.ask(m)
	var typed []rune
	draw := func(note string) {
		// In raw mode "\n" does not return the carriage: write both.
		s := "\r\x1b[K"
		if note != "" {
			s += t.Dim(note) + "\r\n"
		}
		_, _ = io.WriteString(t.w, s+ask+string(typed))
	}
	draw("")
	step := func(by int) {
		n := len(m.Options)
		cur := -1
		if i, ok, err := choice(m, string(typed)); ok && err == nil {
			cur = i
		}
		switch {
		case cur < 0 && by > 0:
			cur = 0
		case cur < 0:
			cur = n - 1
		default:
			cur = (cur + by + n) % n
		}
		typed = []rune(fmt.Sprint(cur + 1))
		draw("")
	}
	for {
		k, r, err := t.keys.next()
		if err != nil {
			_, _ = io.WriteString(t.w, "\r\n")
			return 0, ErrNoAnswer
		}
		switch k {
		case keyInterrupt, keyEsc:
			_, _ = io.WriteString(t.w, "\r\n")
			return 0, ErrInterrupted
		case keyEOF:
			if len(typed) == 0 {
				_, _ = io.WriteString(t.w, "\r\n")
				return 0, ErrNoAnswer
			}
		case keyEnter:
			if i, ok, err := choice(m, string(typed)); ok {
				_, _ = io.WriteString(t.w, "\r\n")
				return i, err
			}
			typed = typed[:0]
			draw(fmt.Sprintf(t.words.Invalid, len(m.Options)))
		case keyBackspace:
			if len(typed) > 0 {
				typed = typed[:len(typed)-1]
			}
			draw("")
		case keyClear:
			typed = typed[:0]
			draw("")
		case keyUp:
			step(-1)
		case keyDown:
			step(1)
		case keyRune:
			if unicode.IsDigit(r) || m.Back && (r == 'b' || r == 'B') {
				typed = append(typed, r)
				draw("")
			}
		}
	}
}

// The keys the prompts and the picker act on.
type key int

const (
	keyNone key = iota
	keyRune
	keyEnter
	keyBackspace
	keyClear // Ctrl-U
	keyUp
	keyDown
	keyInterrupt // Ctrl-C
	keyEOF       // Ctrl-D
	keyEsc
)

// keyReader turns raw-mode bytes into keys.
type keyReader struct {
	f *os.File
	r *bufio.Reader
}

func newKeyReader(f *os.File) *keyReader { return &keyReader{f: f, r: bufio.NewReader(f)} }

func (k *keyReader) next() (key, rune, error) {
	r, _, err := k.r.ReadRune()
	if err != nil {
		return keyNone, 0, err
	}
	switch r {
	case 3:
		return keyInterrupt, 0, nil
	case 4:
		return keyEOF, 0, nil
	case '\r', '\n':
		return keyEnter, 0, nil
	case 127, 8:
		return keyBackspace, 0, nil
	case 21:
		return keyClear, 0, nil
	case 14: // Ctrl-N
		return keyDown, 0, nil
	case 16: // Ctrl-P
		return keyUp, 0, nil
	case 27:
		return k.escape()
	}
	if unicode.IsControl(r) {
		return keyNone, 0, nil
	}
	return keyRune, r, nil
}

// escape reads what follows an Esc byte. A terminal sends an arrow's whole
// sequence at once, so an Esc with nothing behind it, even after a short
// wait, is the Esc key itself.
func (k *keyReader) escape() (key, rune, error) {
	if k.r.Buffered() == 0 && !readable(k.f) {
		return keyEsc, 0, nil
	}
	b, err := k.r.ReadByte()
	if err != nil {
		return keyEsc, 0, nil
	}
	if b != '[' && b != 'O' {
		return keyNone, 0, nil // Alt and a key: not ours
	}
	// A control sequence: parameters, then one final byte from @ to ~.
	for {
		c, err := k.r.ReadByte()
		if err != nil {
			return keyNone, 0, nil
		}
		if c >= 0x40 && c <= 0x7e {
			switch c {
			case 'A':
				return keyUp, 0, nil
			case 'B':
				return keyDown, 0, nil
			}
			return keyNone, 0, nil
		}
	}
}
