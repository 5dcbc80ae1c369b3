package render

import (
	"fmt"
	"io"

	"github.com/httpcode/httpcode/catalog"
)

// List writes the compact table of `httpcode list`: code, name, class and
// status or origin.
func List(w io.Writer, entries []*catalog.Entry, opt Options) error {
	p := newPrinter(w, opt)
	rows := make([][]string, len(entries))
	for i, e := range entries {
		status := string(e.Status)
		if !e.Official() {
			status = "unofficial: " + e.Origin
		}
		rows[i] = []string{fmt.Sprint(e.Code), e.Name, e.ClassName(), status}
	}
	header := []string{p.label(lHeaderCode), p.label(lHeaderName), p.label(lHeaderClass), p.label(lHeaderStatus)}
	p.table(header, rows, func(row, col int) func(string) string {
		switch {
		case col == 0:
			return p.codeStyle(entries[row].Code)
		case col == 3 && !entries[row].Official():
			return p.st.badge
		case col == 3 && entries[row].Status != catalog.Standard:
			return p.st.warn
		}
		return plain
	})
	return p.err
}

// Classes writes the five classes, one line each.
func Classes(w io.Writer, opt Options) error {
	p := newPrinter(w, opt)
	classes := catalog.Classes()
	rows := make([][]string, len(classes))
	for i, c := range classes {
		rows[i] = []string{catalog.ClassName(c.Digit), c.Name, p.text(c.Summary)}
	}
	p.table(nil, rows, func(row, col int) func(string) string {
		if col == 0 {
			return p.st.class[row+1]
		}
		return plain
	})
	return p.err
}

// Class writes one class: its description, then its codes.
func Class(w io.Writer, c *catalog.Class, entries []*catalog.Entry, opt Options) error {
	p := newPrinter(w, opt)
	p.line(p.st.class[c.Digit](catalog.ClassName(c.Digit)) + " " + p.st.bold(c.Name))
	p.para(0, p.text(c.Summary))
	p.line("")
	p.para(2, p.text(c.Description))
	p.section(lCodes)
	rows := make([][]string, len(entries))
	for i, e := range entries {
		name := e.Name
		if !e.Official() {
			name += " (" + e.Origin + ")"
		}
		rows[i] = []string{"  " + fmt.Sprint(e.Code), name, p.text(e.Summary)}
	}
	table := p.opt.Table
	p.opt.Table = true // inside a card, always aligned
	p.table(nil, rows, func(row, col int) func(string) string {
		if col == 0 {
			return p.codeStyle(entries[row].Code)
		}
		return plain
	})
	p.opt.Table = table
	return p.err
}
