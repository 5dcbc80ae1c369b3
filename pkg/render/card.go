package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/lookup"
)

// CardOptions adjust the show view.
type CardOptions struct {
	// For names an ecosystem (go, python, grpc, symfony, aws ...) whose
	// constant, names or gRPC mapping are shown under the title.
	For string
}

// Cards writes a card per entry, separated by a blank line.
func Cards(w io.Writer, entries []*catalog.Entry, opt Options, co CardOptions) error {
	p := newPrinter(w, opt)
	for i, e := range entries {
		if i > 0 {
			p.line("")
		}
		p.card(e, co)
	}
	return p.err
}

func (p *printer) card(e *catalog.Entry, co CardOptions) {
	class, _ := catalog.ClassByDigit(e.Class())
	title := p.codeStyle(e.Code)(fmt.Sprint(e.Code)) + " " + p.st.bold(e.Name)
	badge := catalog.ClassName(e.Class())
	if class != nil {
		badge += " " + class.Name
	}
	title += "  " + p.st.dim("["+badge+"]")
	if s := statusLabel(e, p.opt.Lang); s != "" {
		title += "  " + p.st.badge(s)
	}
	p.line(title)
	if co.For != "" {
		p.forLine(e, co.For)
	}
	p.para(0, p.text(e.Summary))
	p.line("")
	p.para(2, p.text(e.Description))
	if n := p.text(e.Note); n != "" {
		p.hanging(2, p.st.warn(p.label(lNote)+": "), n)
	}

	p.section(lWhenToUse)
	p.para(2, p.text(e.UseWhen))
	if len(e.AvoidWhen) > 0 {
		p.section(lWhenNot)
		for _, a := range e.AvoidWhen {
			p.hanging(2, "→ "+p.codeStyle(a.Code)(nameOf(a.Code))+": ", p.text(a.When))
		}
	}

	p.section(lHeaders)
	if len(e.Headers) == 0 {
		p.line("  " + p.st.dim(p.label(lNoHeaders)))
	}
	width := 0
	for _, h := range e.Headers {
		width = max(width, len(h.Name))
	}
	for _, h := range e.Headers {
		req := p.label(requirementLabel(h.Requirement))
		if h.Requirement == catalog.Required {
			req = p.st.required(req)
		} else {
			req = p.st.dim(req)
		}
		p.hanging(2, pad(p.st.bold(h.Name), width)+"  "+req+"  ", p.text(h.Note))
	}

	p.section(lFacts)
	content := p.label(lContentAllowed)
	if !e.ContentAllowed {
		content = p.label(lContentNone)
	}
	p.hanging(2, p.label(lContent)+": ", content)
	cacheable := p.label(lNo)
	if e.Cacheable {
		cacheable = p.label(lYes)
	}
	p.hanging(2, p.label(lCacheable)+": ", cacheable)
	if c := p.text(e.Caching); c != "" {
		p.hanging(2, p.label(lCaching)+": ", c)
	}
	if r := p.text(e.Retry); r != "" {
		p.hanging(2, p.label(lRetry)+": ", r)
	}
	if len(e.Methods) > 0 {
		p.hanging(2, p.label(lMethods)+": ", strings.Join(e.Methods, " "))
	}

	if e.Spec.Ref != "" || e.MDN != "" {
		p.section(lSpec)
		if e.Spec.Ref != "" {
			p.line("  " + e.Spec.Ref + "  " + p.st.dim(e.Spec.URL))
		}
		if e.MDN != "" {
			p.line("  " + p.label(lMDN) + "  " + p.st.dim(e.MDN))
		}
	}

	if cs := lookup.Constants(e); len(cs) > 0 {
		p.section(lConstants)
		for _, c := range cs {
			name := pad(c.Ecosystem, 8)
			if c.Ecosystem == co.For {
				name = p.st.bold(name)
			}
			p.line("  " + name + c.Identifier)
		}
	}

	p.grpcSection(e)
	p.namesSection(e)
	p.defaultsSection(e)

	if len(e.Related) > 0 {
		p.section(lRelated)
		names := make([]string, len(e.Related))
		for i, r := range e.Related {
			names[i] = nameOf(r)
		}
		p.para(2, strings.Join(names, " · "))
	}
}

func (p *printer) section(l label) {
	p.line("")
	p.line(p.st.heading(p.label(l)))
}

// Short writes one line per entry: code, name and summary.
func Short(w io.Writer, entries []*catalog.Entry, opt Options) error {
	p := newPrinter(w, opt)
	rows := make([][]string, len(entries))
	for i, e := range entries {
		name := e.Name
		if s := statusLabel(e, opt.Lang); s != "" && !e.Official() {
			name += " (" + e.Origin + ")"
		}
		rows[i] = []string{fmt.Sprint(e.Code), name, p.text(e.Summary)}
	}
	p.table(nil, rows, func(row, col int) func(string) string {
		if col == 0 {
			return p.codeStyle(entries[row].Code)
		}
		return plain
	})
	return p.err
}

// table writes rows as aligned columns (with a header, when given) at a
// terminal, or as tab-separated values for other programs. The last column
// is never padded, so lines carry no trailing spaces.
func (p *printer) table(header []string, rows [][]string, style func(row, col int) func(string) string) {
	if !p.opt.Table {
		var b []byte
		for _, r := range rows {
			b = b[:0]
			for i, c := range r {
				if i > 0 {
					b = append(b, '\t')
				}
				b = append(b, c...)
			}
			b = append(b, '\n')
			if p.err == nil {
				_, p.err = p.w.Write(b)
			}
		}
		return
	}
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	widths := make([]int, cols)
	for _, r := range append([][]string{header}, rows...) {
		for i, c := range r {
			widths[i] = max(widths[i], len([]rune(c)))
		}
	}
	write := func(r []string, styleOf func(col int) func(string) string) {
		var b strings.Builder
		for i, c := range r {
			if i == len(r)-1 {
				b.WriteString(styleOf(i)(c))
				break
			}
			b.WriteString(styleOf(i)(c))
			b.WriteString(strings.Repeat(" ", widths[i]-len([]rune(c))+2))
		}
		line := strings.TrimRight(b.String(), " ") // an empty last column leaves padding
		if p.opt.Width > 0 {
			line = truncate(line, p.opt.Width)
		}
		p.line(line)
	}
	if header != nil {
		write(header, func(int) func(string) string { return p.st.dim })
	}
	for ri, r := range rows {
		write(r, func(col int) func(string) string { return style(ri, col) })
	}
}
