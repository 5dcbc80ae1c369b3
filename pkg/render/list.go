package render

import (
	"fmt"
	"io"
	"strconv"

	"github.com/httpcode/httpcode/catalog"
)

// List writes the compact table of `httpcode list`: code, name, class and
// status or origin.
func List(w io.Writer, entries []*catalog.Entry, opt Options) error {
	p := newPrinter(w, opt)
	// One backing array for all cells, and each class's name made once:
	// `list --all` is a measured command, and its rows are its cost.
	rows := make([][]string, len(entries))
	cells := make([]string, 4*len(entries))
	var classNames [10]string // codes run from 100 to 999
	for i, e := range entries {
		status := string(e.Status)
		if !e.Official() {
			status = "unofficial: " + e.Origin
		}
		var class string
		if c := e.Class(); c >= 0 && c < len(classNames) {
			if classNames[c] == "" {
				classNames[c] = e.ClassName()
			}
			class = classNames[c]
		} else {
			class = e.ClassName()
		}
		row := cells[4*i : 4*i+4 : 4*i+4]
		row[0], row[1], row[2], row[3] = strconv.Itoa(e.Code), e.Name, class, status
		rows[i] = row
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
