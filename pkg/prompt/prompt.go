// Package prompt asks a person to choose, at a terminal or on plain lines.
//
// It is deliberately small: numbered menus and a filterable picker, built on
// raw mode (charmbracelet/x/term's MakeRaw and Restore) and a bufio.Reader.
// The usual TUI frameworks ask the terminal questions (colours, cursor
// position) from package init and wait for answers a silent terminal never
// sends; nothing here writes a query to the terminal or waits on one.
// It only writes: text, colours the caller chose, cursor movement and the
// alternate screen.
//
// Two prompters share one interface. Terminal reads keys in raw mode, so
// Ctrl-C and Esc are keys it sees, and the terminal is restored before any
// error is returned. Lines asks on plain lines and reads one line per
// question from a reader kept for the whole session, for screen readers and
// for answers piped in by a script; it never reads ahead into the next
// question's answer and never picks for the person at end of input.
//
// Its API carries no compatibility promise before httpcode v1.
package prompt

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// The ways a prompt ends without a choice.
var (
	// ErrInterrupted means the person pressed Ctrl-C or Esc: exit 130.
	ErrInterrupted = errors.New("interrupted")
	// ErrNoAnswer means the input ended before an answer: nothing is chosen.
	ErrNoAnswer = errors.New("input ended before an answer")
	// ErrBack means the person asked to go back a step.
	ErrBack = errors.New("back")
)

// Menu is one question with numbered options.
type Menu struct {
	Question string
	Options  []string
	// Default is the index of the option Enter alone takes, shown in
	// brackets; -1 for none.
	Default int
	// Back offers going back a step (b or 0), answered with ErrBack.
	Back bool
}

// Words are the prompt's own words, in the session's language.
type Words struct {
	Choose  string // "Choose" — followed by the range, e.g. "Choose 1-5 [1]: "
	Back    string // "go back"
	Invalid string // "answer with a number from 1 to %d"
}

// English are the prompt's words in English.
var English = Words{Choose: "Choose", Back: "go back", Invalid: "answer with a number from 1 to %d"}

// Hinglish are the prompt's words in Hinglish.
var Hinglish = Words{Choose: "Chuniye", Back: "peeche jaao", Invalid: "1 se %d tak ka number likho"}

// Prompter asks menus.
type Prompter interface {
	// Choose returns the index of the chosen option, or ErrInterrupted,
	// ErrNoAnswer or ErrBack.
	Choose(m Menu) (int, error)
}

// choice reads an answer typed as text: a number in range, b or 0 to go
// back when that is offered, nothing for the default.
func choice(m Menu, answer string) (index int, ok bool, err error) {
	answer = strings.ToLower(strings.TrimSpace(answer))
	switch {
	case answer == "" && m.Default >= 0:
		return m.Default, true, nil
	case (answer == "b" || answer == "0" || answer == "back") && m.Back:
		return 0, true, ErrBack
	}
	n, aerr := strconv.Atoi(answer)
	if aerr != nil || n < 1 || n > len(m.Options) {
		return 0, false, nil
	}
	return n - 1, true, nil
}

// ask is the line that asks for the answer: "Choose 1-5 [1]: ".
func (w Words) ask(m Menu) string {
	s := fmt.Sprintf("%s 1-%d", w.Choose, len(m.Options))
	if m.Default >= 0 {
		s += fmt.Sprintf(" [%d]", m.Default+1)
	}
	return s + ": "
}

// Lines asks on plain lines: the question, one numbered option a line, then
// the answer read as one line. It suits screen readers and scripts.
type Lines struct {
	r     *bufio.Reader
	w     io.Writer
	words Words
	echo  bool
	asked bool // a question was asked: the next starts after a blank line
}

// NewLines returns a prompter that writes to w and reads answers from in.
// Keep one per session: its reader holds what was read past the first
// answer, which belongs to the next question. With echo, each answer read
// is written back after the prompt, so a transcript of piped answers reads
// as a dialogue; a terminal echoes typed answers itself.
func NewLines(in io.Reader, w io.Writer, words Words, echo bool) *Lines {
	return &Lines{r: bufio.NewReader(in), w: w, words: words, echo: echo}
}

// Choose asks m and reads lines until one is a valid answer.
func (l *Lines) Choose(m Menu) (int, error) {
	var b strings.Builder
	if l.asked {
		b.WriteString("\n")
	}
	l.asked = true
	b.WriteString(m.Question + "\n")
	for i, o := range m.Options {
		fmt.Fprintf(&b, "  %d) %s\n", i+1, o)
	}
	if m.Back {
		fmt.Fprintf(&b, "  0) %s\n", l.words.Back)
	}
	if _, err := io.WriteString(l.w, b.String()); err != nil {
		return 0, err
	}
	for {
		if _, err := io.WriteString(l.w, l.words.ask(m)); err != nil {
			return 0, err
		}
		line, err := l.answer()
		if err != nil {
			return 0, err
		}
		if i, ok, err := choice(m, line); ok {
			return i, err
		}
		if _, err := fmt.Fprintf(l.w, l.words.Invalid+"\n", len(m.Options)); err != nil {
			return 0, err
		}
	}
}

// Line asks for free text and returns the line read, without its end.
func (l *Lines) Line(question string) (string, error) {
	if _, err := io.WriteString(l.w, question+" "); err != nil {
		return "", err
	}
	line, err := l.answer()
	return strings.TrimSpace(line), err
}

// answer reads one line of answer, ErrNoAnswer when the input has ended.
// Whatever happens, the output ends with a complete line: the answer
// echoed when it should be, or a bare line end where it would have gone.
func (l *Lines) answer() (string, error) {
	line, err := l.r.ReadString('\n')
	if err != nil && (!errors.Is(err, io.EOF) || line == "") {
		_, _ = io.WriteString(l.w, "\n")
		if errors.Is(err, io.EOF) {
			return "", ErrNoAnswer
		}
		return "", err
	}
	if l.echo || !strings.HasSuffix(line, "\n") {
		_, _ = io.WriteString(l.w, strings.TrimRight(line, "\r\n")+"\n")
	}
	return line, nil
}
