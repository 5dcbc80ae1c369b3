package prompt

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func menu(n int, back bool) Menu {
	m := Menu{Question: "Which?", Default: 0, Back: back}
	for i := range n {
		m.Options = append(m.Options, strings.Repeat("x", i+1))
	}
	return m
}

// Each question reads exactly one line: answers meant for later questions
// stay in the session's reader.
func TestLinesReadOneAnswerPerQuestion(t *testing.T) {
	var out bytes.Buffer
	p := NewLines(strings.NewReader("2\n3\n1\n"), &out, English, true)
	for _, want := range []int{1, 2, 0} {
		got, err := p.Choose(menu(3, false))
		if err != nil || got != want {
			t.Fatalf("Choose = %d, %v; want %d", got, err, want)
		}
	}
	if _, err := p.Choose(menu(3, false)); !errors.Is(err, ErrNoAnswer) {
		t.Errorf("after the last answer: %v, want ErrNoAnswer", err)
	}
	if !strings.Contains(out.String(), "Choose 1-3 [1]: 2\n") {
		t.Errorf("the answer is not echoed after the prompt:\n%s", out.String())
	}
}

func TestLinesAnswers(t *testing.T) {
	tests := []struct {
		in   string
		back bool
		want int
		err  error
	}{
		{"\n", false, 0, nil},             // Enter alone: the default
		{"3", false, 2, nil},              // no final newline
		{"  2  \r\n", false, 1, nil},      // spaces and CRLF
		{"9\nx\n2\n", false, 1, nil},      // out of range, not a number, then valid
		{"b\n", true, 0, ErrBack},         // back, when offered
		{"0\n", true, 0, ErrBack},         // 0 is back too
		{"0\n", false, 0, ErrNoAnswer},    // not offered: invalid, then the end
		{"", false, 0, ErrNoAnswer},       // nothing at all: never the default
		{"7\n8\n", false, 0, ErrNoAnswer}, // only wrong answers, then the end
	}
	for _, tt := range tests {
		var out bytes.Buffer
		got, err := NewLines(strings.NewReader(tt.in), &out, English, true).Choose(menu(3, tt.back))
		if !errors.Is(err, tt.err) || err == nil && got != tt.want {
			t.Errorf("%q: Choose = %d, %v; want %d, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestLinesShowsMenu(t *testing.T) {
	var out bytes.Buffer
	m := menu(2, true)
	m.Default = 1
	_, _ = NewLines(strings.NewReader("1\n"), &out, Hinglish, false).Choose(m)
	want := "Which?\n  1) x\n  2) xx\n  0) peeche jaao\nChuniye 1-2 [2]: "
	if out.String() != want {
		t.Errorf("menu:\n%q\nwant\n%q", out.String(), want)
	}
}

func TestLine(t *testing.T) {
	var out bytes.Buffer
	p := NewLines(strings.NewReader("tea\n1\n"), &out, English, true)
	if got, err := p.Line("Filter:"); got != "tea" || err != nil {
		t.Errorf("Line = %q, %v", got, err)
	}
	if got, err := p.Choose(menu(2, false)); got != 0 || err != nil {
		t.Errorf("Choose after Line = %d, %v", got, err)
	}
	if _, err := p.Line("Filter:"); !errors.Is(err, ErrNoAnswer) {
		t.Errorf("Line at the end = %v, want ErrNoAnswer", err)
	}
}
