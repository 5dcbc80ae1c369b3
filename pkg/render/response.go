package render

import (
	"fmt"
	"io"
	"time"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/response"
)

// Checked is a response head with what the catalogue makes of it.
type Checked struct {
	Response response.Response
	Entry    *catalog.Entry // nil for a code the catalogue lacks
	Problems []response.Problem
}

// Responses writes each status line found in piped input, in order, with
// its meaning, the headers worth seeing and any problems.
func Responses(w io.Writer, checked []Checked, opt Options) error {
	p := newPrinter(w, opt)
	for i, c := range checked {
		if i > 0 {
			p.line("")
		}
		p.line(p.st.bold(c.Response.StatusLine))
		if c.Entry == nil {
			p.line("  " + p.st.warn(fmt.Sprintf("%d: %s", c.Response.Code, p.label(lUnknownCode))))
			continue
		}
		e := c.Entry
		p.hanging(2, p.codeStyle(e.Code)(fmt.Sprint(e.Code))+" "+e.Name+": ", p.text(e.Summary))
		if loc, ok := c.Response.Get("Location"); ok {
			p.hanging(2, p.st.dim(p.label(lLocation)+": "), loc)
		}
		if ra, ok := c.Response.Get("Retry-After"); ok {
			p.hanging(2, p.st.dim(p.label(lRetryAfter)+": "), describeRetryAfter(ra))
		}
		for _, pr := range c.Problems {
			p.hanging(2, p.st.required("! "), problemText(pr, c.Response.Code, p.opt.Lang))
		}
	}
	return p.err
}

func problemText(pr response.Problem, code int, lang catalog.Lang) string {
	switch pr.Kind {
	case "missing_header":
		l := lShouldHeader
		if pr.Requirement == catalog.Required {
			l = lMissingHeader
		}
		return fmt.Sprintf(labels[l].In(lang), pr.Header)
	case "unexpected_content":
		return fmt.Sprintf(labels[lNoContentExpected].In(lang), code, pr.Value)
	}
	return pr.Kind
}

// describeRetryAfter spells out a Retry-After value: "120 (2m0s)".
func describeRetryAfter(v string) string {
	d, t, ok := response.RetryAfter(v)
	switch {
	case !ok:
		return v + " (neither seconds nor an HTTP date)"
	case t.IsZero():
		return fmt.Sprintf("%s (%s)", v, d)
	default:
		return fmt.Sprintf("%s (%s)", v, t.UTC().Format(time.DateTime+" UTC"))
	}
}
