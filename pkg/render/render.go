// Package render writes httpcode's views: cards, tables, comparisons,
// checked responses and suggestions, as plain text, styled text or JSON.
//
// Renderers never look at the environment or the terminal: the caller
// decides once whether output is styled, how wide it may be and in which
// language, and passes that down in Options. Plain output holds no escape
// byte at all.
//
// Its API carries no compatibility promise before httpcode v1.
package render

import (
	"io"
	"strconv"
	"strings"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/termtext"
)

// Options carry the decisions made once, at the top.
type Options struct {
	Lang   catalog.Lang
	Styled bool // colours and bold; never set for pipes, NO_COLOR or JSON
	Width  int  // wrap prose to this many columns; 0 means do not wrap
	// Table lays rows out as aligned columns with a header, for a reader
	// at a terminal; otherwise rows are tab-separated for other programs.
	Table bool
}

// printer writes one view. It remembers the first write error so views can
// be written straight through and checked once at the end.
type printer struct {
	w   io.Writer
	opt Options
	st  styles
	err error
}

func newPrinter(w io.Writer, opt Options) *printer {
	return &printer{w: w, opt: opt, st: newStyles(opt.Styled)}
}

// line writes s and a newline. Views are mostly lines, so this is their
// hot path: plain writes, no formatting.
func (p *printer) line(s string) {
	if p.err == nil {
		_, p.err = io.WriteString(p.w, s)
	}
	if p.err == nil {
		_, p.err = io.WriteString(p.w, "\n")
	}
}

// text resolves a catalogue text in the chosen language.
func (p *printer) text(t catalog.Text) string { return t.In(p.opt.Lang) }

// label resolves one of the fixed labels in the chosen language.
func (p *printer) label(l label) string { return labels[l].In(p.opt.Lang) }

// para writes prose indented by indent spaces, wrapped to the width when
// there is one.
func (p *printer) para(indent int, s string) {
	if s == "" {
		return
	}
	pad := strings.Repeat(" ", indent)
	if p.opt.Width <= indent+20 {
		p.line(pad + s)
		return
	}
	wrapped := termtext.Wrap(s, p.opt.Width-indent)
	for _, l := range strings.Split(wrapped, "\n") {
		p.line(pad + strings.TrimRight(l, " "))
	}
}

// hanging writes "first" then prose that wraps under the prose's own start,
// or, when "first" is long, four columns in:
//
//	Retry: Do not retry unchanged; fix the
//	       URL or the ID first.
//	→ 407 Proxy Authentication Required: A proxy,
//	    not the origin server, demands credentials
func (p *printer) hanging(indent int, first, s string) {
	pad := strings.Repeat(" ", indent)
	if p.opt.Width <= indent+24 {
		p.line(pad + first + s)
		return
	}
	lead := termtext.Width(first)
	cont := lead
	if lead > 20 {
		cont = 4
	}
	// Fill the first line after "first", the rest after the indent.
	words := strings.Fields(s)
	line, width := pad+first, indent+lead
	limit := p.opt.Width
	for i, w := range words {
		ww := termtext.Width(w)
		if i > 0 && width+1+ww > limit {
			p.line(line)
			line, width = pad+strings.Repeat(" ", cont)+w, indent+cont+ww
			continue
		}
		if i > 0 {
			line += " "
			width++
		}
		line += w
		width += ww
	}
	p.line(line)
}

// styles are the few looks httpcode uses. The palette is the 16 ANSI
// colours, which the user's terminal theme already adapts to dark and light
// backgrounds: nothing here asks the terminal anything.
type styles struct {
	bold, dim, heading, required, warn, badge func(string) string
	class                                     [6]func(string) string
}

func plain(s string) string { return s }

func newStyles(styled bool) styles {
	if !styled {
		st := styles{bold: plain, dim: plain, heading: plain, required: plain, warn: plain, badge: plain}
		for i := range st.class {
			st.class[i] = plain
		}
		return st
	}
	st := styles{
		bold:     sgr(true, noColour),
		dim:      sgr(false, 8), // bright black
		heading:  sgr(true, 4),  // bold and blue; underline would be drawn rune by rune
		required: sgr(true, 1),
		warn:     sgr(true, 3),
		badge:    sgr(true, 5),
	}
	st.class = [6]func(string) string{
		plain,
		sgr(true, 4), // 1xx blue
		sgr(true, 2), // 2xx green
		sgr(true, 6), // 3xx cyan
		sgr(true, 3), // 4xx yellow
		sgr(true, 1), // 5xx red
	}
	return st
}

const noColour = -1

// sgr returns a style that turns bold on, or not, and sets the foreground
// to one of the 16 ANSI colours, then resets both: the bytes lipgloss
// writes for such a style with its ANSI profile, which a test holds it
// to. Tabs become four spaces; each line of a text of several is styled on
// its own and padded to the widest.
func sgr(bold bool, colour int) func(string) string {
	var params []string
	if bold {
		params = append(params, "1")
	}
	switch {
	case colour >= 8:
		params = append(params, strconv.Itoa(90+colour-8))
	case colour >= 0:
		params = append(params, strconv.Itoa(30+colour))
	}
	open := "\x1b[" + strings.Join(params, ";") + "m"
	return func(s string) string {
		s = strings.ReplaceAll(s, "\t", "    ")
		if !strings.Contains(s, "\n") && !strings.Contains(s, "\r") {
			return open + s + "\x1b[0m"
		}
		lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
		widest := 0
		for _, l := range lines {
			widest = max(widest, termtext.Width(l))
		}
		for i, l := range lines {
			lines[i] = open + l + "\x1b[0m" + strings.Repeat(" ", widest-termtext.Width(l))
		}
		return strings.Join(lines, "\n")
	}
}

// codeStyle colours a code by its class.
func (p *printer) codeStyle(code int) func(string) string {
	if c := code / 100; c >= 1 && c <= 5 {
		return p.st.class[c]
	}
	return plain
}

// pad left-justifies s in width columns, measuring what the eye sees
// rather than bytes, so styled text lines up.
func pad(s string, width int) string {
	if w := termtext.Width(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}

// statusLabel says where an entry stands, or "" for standard codes.
func statusLabel(e *catalog.Entry, lang catalog.Lang) string {
	switch e.Status {
	case catalog.Standard:
		return ""
	case catalog.Unofficial:
		return labels[lUnofficialBy].In(lang) + " " + e.Origin
	case catalog.Unused:
		return labels[lUnused].In(lang)
	case catalog.Temporary:
		return labels[lTemporary].In(lang)
	case catalog.Obsoleted:
		return labels[lObsoleted].In(lang)
	}
	return string(e.Status)
}

// nameOf returns "404 Not Found" for a code, using its first entry.
func nameOf(code int) string {
	if es := catalog.ByCode(code); len(es) > 0 {
		return strconv.Itoa(code) + " " + es[0].Name
	}
	return strconv.Itoa(code)
}

// truncate cuts a line to width columns, escape sequences kept intact.
func truncate(s string, width int) string {
	if termtext.Width(s) <= width {
		return s
	}
	return termtext.Truncate(s, width-1) + "…"
}
