// Package termtext measures, cuts and wraps text the way a terminal shows
// it: escape sequences take no columns, and a grapheme cluster takes the
// columns Unicode gives it (two for wide East Asian text and most emoji).
//
// It gives the answers charmbracelet/x/ansi's StringWidth, Truncate and
// Wordwrap give for well-formed text (valid UTF-8; CSI, OSC and two-byte
// escape sequences), and its tests hold it to that. It exists because
// x/ansi, with the image and colour packages it links, does work at
// package initialisation that every httpcode call paid for.
//
// Its API carries no compatibility promise before httpcode v1.
package termtext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// kind is what a piece of text is to a terminal.
type kind uint8

const (
	printable kind = iota // one ASCII character, a column wide
	control               // an ASCII control character: no column
	escape                // an escape sequence: no column
	cluster               // a grapheme cluster that starts outside ASCII
)

// next returns the piece of s that starts it, what it is and, for a
// printable character or a cluster, its width in columns.
func next(s string) (piece string, k kind, width int) {
	c := s[0]
	switch {
	case c == 0x1b:
		return s[:escapeLen(s)], escape, 0
	case c >= 0x20 && c <= 0x7e:
		return s[:1], printable, 1
	case c < 0x80:
		return s[:1], control, 0
	}
	piece, _, width, _ = uniseg.FirstGraphemeClusterInString(s, -1)
	return piece, cluster, width
}

// escapeLen is the length of the escape sequence that starts s: a CSI
// sequence (ESC [ … final byte), a string (OSC, DCS, SOS, PM, APC) up to
// its terminator, or ESC, intermediate bytes and a final byte.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		for i := 2; i < len(s); i++ {
			if s[i] >= 0x40 && s[i] <= 0x7e {
				return i + 1
			}
		}
		return len(s)
	case ']', 'P', 'X', '^', '_':
		for i := 2; i < len(s); i++ {
			switch {
			case s[i] == 0x07 && s[1] == ']':
				return i + 1
			case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
				return i + 2
			}
		}
		return len(s)
	}
	i := 1
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	return min(i+1, len(s))
}

// Width returns the number of columns s takes.
func Width(s string) int {
	w := 0
	for len(s) > 0 {
		piece, _, pw := next(s)
		w += pw
		s = s[len(piece):]
	}
	return w
}

// Truncate cuts s to at most width columns, keeping every escape sequence
// and control character so that styles still end where they should.
func Truncate(s string, width int) string {
	if Width(s) <= width {
		return s
	}
	if width < 0 {
		return ""
	}
	var b strings.Builder
	used, full := 0, false
	for len(s) > 0 {
		piece, k, w := next(s)
		s = s[len(piece):]
		switch k {
		case printable:
			full = full || used >= width
		case cluster:
			full = full || used+w > width
		}
		if full && (k == printable || k == cluster) {
			continue
		}
		used += w
		b.WriteString(piece)
	}
	return b.String()
}

// Wrap breaks s into lines of at most limit columns at spaces and after
// hyphens, keeping its own line breaks. A word longer than a line is left
// whole on a line of its own; spaces at a break are dropped.
func Wrap(s string, limit int) string {
	if limit < 1 {
		return s
	}
	var (
		out, word, space strings.Builder
		used, wordWidth  int // columns on the line so far; of the word
	)
	// Spaces are counted a column a byte, as x/ansi does.
	flushSpace := func() {
		used += space.Len()
		out.WriteString(space.String())
		space.Reset()
	}
	flushWord := func() {
		if word.Len() == 0 {
			return
		}
		flushSpace()
		used += wordWidth
		out.WriteString(word.String())
		word.Reset()
		wordWidth = 0
	}
	newline := func() {
		out.WriteByte('\n')
		used = 0
		space.Reset()
	}
	grow := func(piece string, w int) {
		word.WriteString(piece)
		wordWidth += w
		if used+space.Len()+wordWidth > limit && wordWidth < limit {
			newline()
		}
	}
	for len(s) > 0 {
		piece, k, w := next(s)
		s = s[len(piece):]
		switch {
		case k == escape:
			word.WriteString(piece)
		case k == cluster:
			if r, _ := utf8.DecodeRuneInString(piece); r != utf8.RuneError && unicode.IsSpace(r) && r != '\u00a0' {
				flushWord()
				space.WriteRune(r)
			} else {
				grow(piece, w)
			}
		case piece == "\n":
			if wordWidth == 0 {
				if used+space.Len() > limit {
					used = 0
				} else {
					out.WriteString(space.String())
				}
				space.Reset()
			}
			flushWord()
			newline()
		case unicode.IsSpace(rune(piece[0])):
			flushWord()
			space.WriteString(piece)
		case piece == "-":
			flushSpace()
			flushWord()
			out.WriteByte('-')
			used++
		default: // other printable and control characters count a column
			grow(piece, 1)
		}
	}
	flushWord()
	return out.String()
}
