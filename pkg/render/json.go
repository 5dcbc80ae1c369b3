package render

import (
	"encoding/json"
	"io"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/lookup"
)

// The JSON views. Keys are snake_case and stable; the text in them is in
// the language named by "lang". Lists are never null.

// EntryJSON is one catalogue entry.
type EntryJSON struct {
	Code           int               `json:"code"`
	Name           string            `json:"name"`
	Aliases        []string          `json:"aliases"`
	Class          string            `json:"class"`
	Status         catalog.Status    `json:"status"`
	Origin         string            `json:"origin"`
	Lang           catalog.Lang      `json:"lang"`
	Summary        string            `json:"summary"`
	Description    string            `json:"description"`
	UseWhen        string            `json:"use_when"`
	AvoidWhen      []AvoidJSON       `json:"avoid_when"`
	Note           string            `json:"note"`
	Headers        []HeaderJSON      `json:"headers"`
	ContentAllowed bool              `json:"content_allowed"`
	Cacheable      bool              `json:"cacheable"`
	Caching        string            `json:"caching"`
	Retry          string            `json:"retry"`
	Methods        []string          `json:"methods"`
	Related        []int             `json:"related"`
	Spec           SpecJSON          `json:"spec"`
	MDN            string            `json:"mdn"`
	Constants      map[string]string `json:"constants"`
	Situations     []string          `json:"situations"`
}

// AvoidJSON names the code to use instead, and when.
type AvoidJSON struct {
	Code int    `json:"code"`
	Name string `json:"name"`
	When string `json:"when"`
}

// HeaderJSON is a header that goes with a code.
type HeaderJSON struct {
	Name        string              `json:"name"`
	Requirement catalog.Requirement `json:"requirement"`
	Note        string              `json:"note"`
}

// SpecJSON points at the defining document.
type SpecJSON struct {
	Ref string `json:"ref"`
	URL string `json:"url"`
}

// Entry converts a catalogue entry for JSON output.
func Entry(e *catalog.Entry, lang catalog.Lang) EntryJSON {
	j := EntryJSON{
		Code:           e.Code,
		Name:           e.Name,
		Aliases:        orEmpty(e.Aliases),
		Class:          e.ClassName(),
		Status:         e.Status,
		Origin:         e.Origin,
		Lang:           lang,
		Summary:        e.Summary.In(lang),
		Description:    e.Description.In(lang),
		UseWhen:        e.UseWhen.In(lang),
		AvoidWhen:      []AvoidJSON{},
		Note:           e.Note.In(lang),
		Headers:        []HeaderJSON{},
		ContentAllowed: e.ContentAllowed,
		Cacheable:      e.Cacheable,
		Caching:        e.Caching.In(lang),
		Retry:          e.Retry.In(lang),
		Methods:        orEmpty(e.Methods),
		Related:        orEmpty(e.Related),
		Spec:           SpecJSON{e.Spec.Ref, e.Spec.URL},
		MDN:            e.MDN,
		Constants:      map[string]string{},
		Situations:     orEmpty(e.Situations),
	}
	for _, a := range e.AvoidWhen {
		name := ""
		if es := catalog.ByCode(a.Code); len(es) > 0 {
			name = es[0].Name
		}
		j.AvoidWhen = append(j.AvoidWhen, AvoidJSON{a.Code, name, a.When.In(lang)})
	}
	for _, h := range e.Headers {
		j.Headers = append(j.Headers, HeaderJSON{h.Name, h.Requirement, h.Note.In(lang)})
	}
	for _, c := range lookup.Constants(e) {
		j.Constants[c.Ecosystem] = c.Identifier
	}
	return j
}

// Entries converts a list of entries.
func Entries(entries []*catalog.Entry, lang catalog.Lang) []EntryJSON {
	out := make([]EntryJSON, len(entries))
	for i, e := range entries {
		out[i] = Entry(e, lang)
	}
	return out
}

// ClassJSON is `httpcode class` for one class.
type ClassJSON struct {
	Class       string      `json:"class"`
	Name        string      `json:"name"`
	Lang        string      `json:"lang"`
	Summary     string      `json:"summary"`
	Description string      `json:"description"`
	Codes       []EntryJSON `json:"codes"`
}

// ClassView converts a class and its entries.
func ClassView(c *catalog.Class, entries []*catalog.Entry, lang catalog.Lang) ClassJSON {
	return ClassJSON{
		Class:       catalog.ClassName(c.Digit),
		Name:        c.Name,
		Lang:        string(lang),
		Summary:     c.Summary.In(lang),
		Description: c.Description.In(lang),
		Codes:       Entries(entries, lang),
	}
}

// CompareJSON is `httpcode compare`.
type CompareJSON struct {
	Codes    []int        `json:"codes"`
	Lang     catalog.Lang `json:"lang"`
	Question string       `json:"question"` // empty when no classic confusion covers the codes
	Choices  []ChoiceJSON `json:"choices"`
	Entries  []EntryJSON  `json:"entries"`
	Differs  []string     `json:"differs"` // the facts that differ: class, status, cacheable, content_allowed, headers, retry
}

// ChoiceJSON is one answer to the deciding question.
type ChoiceJSON struct {
	Code    int    `json:"code"`
	When    string `json:"when"`
	Example string `json:"example"`
}

// CompareView converts a comparison.
func CompareView(entries []*catalog.Entry, conf *catalog.Confusion, lang catalog.Lang) CompareJSON {
	j := CompareJSON{Lang: lang, Choices: []ChoiceJSON{}, Entries: Entries(entries, lang), Differs: []string{}}
	for _, e := range entries {
		j.Codes = append(j.Codes, e.Code)
	}
	if conf != nil {
		j.Question = conf.Question.In(lang)
		for _, ch := range conf.Choices {
			for _, e := range entries {
				if e.Code == ch.Code {
					j.Choices = append(j.Choices, ChoiceJSON{ch.Code, ch.When.In(lang), ch.Example.In(lang)})
				}
			}
		}
	}
	diff := func(key string, f func(*catalog.Entry) any) {
		first := f(entries[0])
		for _, e := range entries[1:] {
			if !jsonEqual(f(e), first) {
				j.Differs = append(j.Differs, key)
				return
			}
		}
	}
	diff("class", func(e *catalog.Entry) any { return e.Class() })
	diff("status", func(e *catalog.Entry) any { return e.Status })
	diff("cacheable", func(e *catalog.Entry) any { return e.Cacheable })
	diff("content_allowed", func(e *catalog.Entry) any { return e.ContentAllowed })
	diff("headers", func(e *catalog.Entry) any { return Entry(e, catalog.English).Headers })
	diff("retry", func(e *catalog.Entry) any { return e.Retry.En })
	return j
}

func jsonEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

// ResponseJSON is one status line found in piped input.
type ResponseJSON struct {
	StatusLine string        `json:"status_line"`
	Code       int           `json:"code"`
	Lang       catalog.Lang  `json:"lang"`
	Entry      *EntryJSON    `json:"entry"` // null for a code the catalogue lacks
	Headers    []FieldJSON   `json:"headers"`
	Problems   []ProblemJSON `json:"problems"`
}

// FieldJSON is a header field as received.
type FieldJSON struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// ProblemJSON is something the response lacks or carries against its code.
type ProblemJSON struct {
	Kind    string `json:"kind"`
	Header  string `json:"header"`
	Message string `json:"message"`
}

// ResponsesView converts checked responses.
func ResponsesView(checked []Checked, lang catalog.Lang) []ResponseJSON {
	out := make([]ResponseJSON, 0, len(checked))
	for _, c := range checked {
		j := ResponseJSON{StatusLine: c.Response.StatusLine, Code: c.Response.Code, Lang: lang, Headers: []FieldJSON{}, Problems: []ProblemJSON{}}
		if c.Entry != nil {
			e := Entry(c.Entry, lang)
			j.Entry = &e
		}
		for _, f := range c.Response.Headers {
			j.Headers = append(j.Headers, FieldJSON{f.Name, f.Value})
		}
		for _, pr := range c.Problems {
			j.Problems = append(j.Problems, ProblemJSON{pr.Kind, pr.Header, problemText(pr, c.Response.Code, lang)})
		}
		out = append(out, j)
	}
	return out
}

// JSON writes v indented, with a final newline.
func JSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
