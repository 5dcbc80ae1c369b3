package prompt

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/term"

	"github.com/httpcode/httpcode/pkg/termtext"
)

// Pick describes a filterable list for Terminal.Pick.
type Pick struct {
	Prompt string // before the filter text, e.g. "browse> "
	Total  int    // how many items there are in all
	// Filter returns the items matching the filter text, best first, as
	// the caller's indexes. An empty text matches everything.
	Filter func(text string) []int
	// Label is one item's line in the list.
	Label func(item int) string
	// Preview is shown below the list for the highlighted item, wrapped to
	// width columns.
	Preview func(item, width int) string
	// Help is the dim hint under the filter line.
	Help string
}

// Pick shows p on the alternate screen and returns the chosen item:
// typing filters, arrows or Ctrl-N/Ctrl-P move, Enter chooses, Esc or
// Ctrl-C gives up with ErrInterrupted. The screen and the terminal's mode
// are restored before it returns.
func (t *Terminal) Pick(p Pick) (int, error) {
	restore, err := t.raw()
	if err != nil {
		return 0, err
	}
	// The alternate screen keeps the person's scrollback as it was.
	_, _ = io.WriteString(t.w, "\x1b[?1049h")
	defer func() {
		_, _ = io.WriteString(t.w, "\x1b[?1049l")
		restore()
	}()

	var text []rune
	matches := p.Filter("")
	sel, top := 0, 0
	for {
		width, height := 80, 24
		if w, h, err := term.GetSize(t.in.Fd()); err == nil && w > 0 && h > 0 {
			width, height = w, h
		}
		top = t.drawPick(p, string(text), matches, sel, top, width, height)

		k, r, err := t.keys.next()
		if err != nil {
			return 0, ErrNoAnswer
		}
		switch k {
		case keyInterrupt, keyEsc:
			return 0, ErrInterrupted
		case keyEnter:
			if len(matches) > 0 {
				return matches[sel], nil
			}
		case keyUp:
			if sel > 0 {
				sel--
			}
		case keyDown:
			if sel < len(matches)-1 {
				sel++
			}
		case keyBackspace, keyClear, keyRune:
			switch {
			case k == keyRune:
				text = append(text, r)
			case k == keyClear:
				text = text[:0]
			case len(text) > 0:
				text = text[:len(text)-1]
			}
			matches = p.Filter(string(text))
			sel, top = 0, 0
		}
	}
}

// sideBySide is the width from which the preview sits beside the list, as
// fzf's does, rather than below it; listWidth is the list's share then.
const (
	sideBySide = 150
	listWidth  = 44
)

// drawPick draws one frame from the top of the screen, every line cut to
// the width and cleared to its end, and returns the list's new first row.
func (t *Terminal) drawPick(p Pick, text string, matches []int, sel, top, width, height int) int {
	side := width >= sideBySide
	// Below, the list takes a third of the screen and the preview the
	// rest; beside, the list takes every row under the header.
	rows := max(3, (height-3)/3)
	if side {
		rows = max(1, height-2)
	} else {
		rows = min(rows, max(len(matches), 1))
	}
	if sel < top {
		top = sel
	}
	if sel >= top+rows {
		top = sel - rows + 1
	}
	lines := []string{p.Prompt + text, t.Dim(fmt.Sprintf("  %d/%d  %s", len(matches), p.Total, p.Help))}
	var list []string
	for i := top; i < top+rows; i++ {
		switch {
		case i >= len(matches):
			list = append(list, "")
		case i == sel:
			list = append(list, t.Bold("> "+p.Label(matches[i])))
		default:
			list = append(list, "  "+p.Label(matches[i]))
		}
	}
	previewWidth := width - 1
	if side {
		previewWidth = width - listWidth - 3
	}
	var preview []string
	if len(matches) > 0 {
		preview = strings.Split(strings.TrimRight(p.Preview(matches[sel], previewWidth), "\n"), "\n")
	}
	if side {
		for i, l := range list {
			l = termtext.Truncate(l, listWidth)
			l += strings.Repeat(" ", listWidth-termtext.Width(l)) + t.Dim(" │ ")
			if i < len(preview) {
				l += preview[i]
			}
			lines = append(lines, l)
		}
	} else {
		lines = append(lines, list...)
		lines = append(lines, t.Dim(strings.Repeat("─", width)))
		room := height - len(lines)
		lines = append(lines, preview[:min(len(preview), max(room, 0))]...)
	}
	var b strings.Builder
	b.WriteString("\x1b[H")
	for i, l := range lines {
		if i >= height {
			break
		}
		if i > 0 {
			b.WriteString("\r\n")
		}
		b.WriteString(termtext.Truncate(l, width) + "\x1b[K")
	}
	// Clear below, then put the cursor back at the end of the filter text.
	fmt.Fprintf(&b, "\x1b[J\x1b[1;%dH", min(termtext.Width(p.Prompt+text)+1, width))
	_, _ = io.WriteString(t.w, b.String())
	return top
}
