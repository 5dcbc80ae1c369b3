package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/httpcode/httpcode/catalog"
)

// Compare writes `httpcode compare`: for a known confusion, the deciding
// question and an example of each answer; otherwise the entries' summaries
// and what differs between them.
func Compare(w io.Writer, entries []*catalog.Entry, conf *catalog.Confusion, opt Options) error {
	p := newPrinter(w, opt)
	titles := make([]string, len(entries))
	for i, e := range entries {
		titles[i] = p.codeStyle(e.Code)(fmt.Sprint(e.Code)) + " " + p.st.bold(e.Name)
	}
	p.line(strings.Join(titles, "  vs  "))
	if conf != nil {
		p.compareConfusion(entries, conf)
	} else {
		p.compareFacts(entries)
	}
	return p.err
}

func (p *printer) compareConfusion(entries []*catalog.Entry, conf *catalog.Confusion) {
	p.line("")
	p.hanging(0, p.st.bold(p.label(lQuestion)+": "), p.text(conf.Question))
	for _, e := range entries {
		for _, ch := range conf.Choices {
			if ch.Code != e.Code {
				continue
			}
			p.line("")
			p.line(p.codeStyle(e.Code)(nameOf(e.Code)))
			p.hanging(2, "→ ", p.text(ch.When))
			p.hanging(2, p.st.dim(p.label(lExample)+": "), p.text(ch.Example))
		}
	}
}

func (p *printer) compareFacts(entries []*catalog.Entry) {
	p.section(lSummary)
	for _, e := range entries {
		p.hanging(2, p.codeStyle(e.Code)(fmt.Sprint(e.Code))+"  ", p.text(e.Summary))
	}
	type fact struct {
		name   string
		values []string
	}
	yesNo := func(b bool) string {
		if b {
			return p.label(lYes)
		}
		return p.label(lNo)
	}
	facts := []fact{
		{p.label(lClass), each(entries, func(e *catalog.Entry) string {
			c, _ := catalog.ClassByDigit(e.Class())
			if c == nil {
				return e.ClassName()
			}
			return e.ClassName() + " " + c.Name
		})},
		{p.label(lStatus), each(entries, func(e *catalog.Entry) string {
			if !e.Official() {
				return "unofficial (" + e.Origin + ")"
			}
			return string(e.Status)
		})},
		{p.label(lCacheable), each(entries, func(e *catalog.Entry) string { return yesNo(e.Cacheable) })},
		{p.label(lContent), each(entries, func(e *catalog.Entry) string {
			if e.ContentAllowed {
				return p.label(lContentAllowed)
			}
			return p.label(lContentNone)
		})},
		{p.label(lHeaders), each(entries, func(e *catalog.Entry) string {
			var hs []string
			for _, h := range e.Headers {
				hs = append(hs, h.Name+" ("+p.label(requirementLabel(h.Requirement))+")")
			}
			if len(hs) == 0 {
				return "—"
			}
			return strings.Join(hs, ", ")
		})},
		{p.label(lRetry), each(entries, func(e *catalog.Entry) string { return p.text(e.Retry) })},
	}
	var same []fact
	p.section(lDifferences)
	for _, f := range facts {
		if allEqual(f.values) {
			same = append(same, f)
			continue
		}
		p.line("  " + p.st.bold(f.name))
		for i, e := range entries {
			p.hanging(4, p.codeStyle(e.Code)(fmt.Sprint(e.Code))+"  ", f.values[i])
		}
	}
	if len(same) > 0 {
		p.section(lSame)
		for _, f := range same {
			p.hanging(2, f.name+": ", f.values[0])
		}
	}
}

func each(entries []*catalog.Entry, f func(*catalog.Entry) string) []string {
	out := make([]string, len(entries))
	for i, e := range entries {
		out[i] = f(e)
	}
	return out
}

func allEqual(values []string) bool {
	for _, v := range values[1:] {
		if v != values[0] {
			return false
		}
	}
	return true
}
