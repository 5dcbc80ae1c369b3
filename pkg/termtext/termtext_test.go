package termtext

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/httpcode/httpcode/catalog"
)

// pieces are what the random texts are made of: the text httpcode writes
// (Latin, Hinglish, arrows, ellipses, its own styles and links) and the
// text a terminal makes hard (wide, combining, joined, spaces of every
// kind, control characters, hyphens).
var pieces = []string{
	"a", "Z", "404", "not", "found", " ", "  ", "\t", "\n", "-", "--", ",", ".", "(", ")", "'", "\"", "/",
	"\x01", "\x7f", "\r", "\v", "\u00a0", "\u2003", "\u3000", "\u0085",
	"→", "…", "·", "│", "é", "e\u0301", "ñ", "日本語", "한", "ｱ", "👍", "👍🏽", "👨‍👩‍👧", "🇮🇳", "1\ufe0f\u20e3", "\u200b", "\u0600x",
	"\x1b[1;33m", "\x1b[0m", "\x1b[90m", "\x1b[1m", "\x1b]8;;https://example.com\x07", "\x1b]8;;\x1b\\", "\x1b(B", "\x1b7", "\x1b[?25l",
	"Retry-After", "Content-Type", "pass-through", "x-request-id", "Nahi", "karega", "supercalifragilisticexpialidocious",
}

func randomText(r *rand.Rand) string {
	var b strings.Builder
	for n := r.IntN(30); n > 0; n-- {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// TestAgainstAnsi holds Width, Truncate and Wrap to x/ansi's answers on
// random text and on every catalogue paragraph, at widths from none to
// wider than the text.
func TestAgainstAnsi(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var texts []string
	for range 5000 {
		texts = append(texts, randomText(r))
	}
	for _, e := range catalog.All() {
		for _, tx := range []catalog.Text{e.Summary, e.Description, e.UseWhen, e.Note, e.Caching, e.Retry} {
			texts = append(texts, tx.En, tx.Hi)
		}
	}
	fails := 0
	check := func(what, s string, n int, got, want any) {
		if got != want && fails < 20 {
			fails++
			t.Errorf("%s(%q, %d) = %q, x/ansi says %q", what, s, n, got, want)
		}
	}
	for _, s := range texts {
		check("Width", s, 0, Width(s), ansi.StringWidth(s))
		for _, n := range []int{-1, 0, 1, 2, 3, 5, 8, 13, 20, 40, 76, 100} {
			check("Truncate", s, n, Truncate(s, n), ansi.Truncate(s, n, ""))
			check("Wrap", s, n, Wrap(s, n), ansi.Wordwrap(s, n, ""))
		}
	}
}

func TestWrap(t *testing.T) {
	for _, tt := range []struct {
		s     string
		limit int
		want  string
	}{
		{"the quick brown fox", 9, "the quick\nbrown fox"},
		{"Retry-After tells a client", 8, "Retry-\nAfter\ntells a\nclient"},
		{"a supercalifragilistic word", 6, "a\nsupercalifragilistic\nword"},
		{"日本語 日本語", 7, "日本語\n日本語"},
		{"\x1b[1mbold\x1b[0m text", 4, "\x1b[1mbold\x1b[0m\ntext"},
		{"keep\nbreaks", 20, "keep\nbreaks"},
	} {
		if got := Wrap(tt.s, tt.limit); got != tt.want {
			t.Errorf("Wrap(%q, %d) = %q, want %q", tt.s, tt.limit, got, tt.want)
		}
	}
}

func TestWidthAndTruncate(t *testing.T) {
	for _, tt := range []struct {
		s         string
		width     int
		truncated string // to 4 columns
	}{
		{"404 Not Found", 13, "404 "},
		{"\x1b[1;33m404\x1b[0m Not", 7, "\x1b[1;33m404\x1b[0m "},
		{"日本語", 6, "日本"},
		{"👍🏽 ok", 5, "👍🏽 o"},
		{"e\u0301te\u0301", 3, "e\u0301te\u0301"},
	} {
		if got := Width(tt.s); got != tt.width {
			t.Errorf("Width(%q) = %d, want %d", tt.s, got, tt.width)
		}
		if got := Truncate(tt.s, 4); got != tt.truncated {
			t.Errorf("Truncate(%q, 4) = %q, want %q", tt.s, got, tt.truncated)
		}
	}
}
