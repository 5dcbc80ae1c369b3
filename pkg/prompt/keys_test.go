package prompt

import (
	"os"
	"testing"
)

func TestKeys(t *testing.T) {
	tests := []struct {
		in   string
		want []key
	}{
		{"\x1b[A\x1b[B\x0e\x10", []key{keyUp, keyDown, keyDown, keyUp}},
		{"a\r\x7f\x03\x04\x15", []key{keyRune, keyEnter, keyBackspace, keyInterrupt, keyEOF, keyClear}},
		{"\x1bOA", []key{keyUp}},                // application cursor mode
		{"\x1b[1;5C9", []key{keyNone, keyRune}}, // Ctrl-Right: ignored whole
		{"\x1b", []key{keyEsc}},                 // Esc alone, nothing behind it
	}
	for _, tt := range tests {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.WriteString(tt.in); err != nil {
			t.Fatal(err)
		}
		k := newKeyReader(r)
		for i, want := range tt.want {
			got, _, err := k.next()
			if err != nil || got != want {
				t.Errorf("%q key %d = %v, %v; want %v", tt.in, i, got, err, want)
			}
		}
		w.Close()
		r.Close()
	}
}
