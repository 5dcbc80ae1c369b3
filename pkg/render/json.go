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
	GRPC           GRPCJSON          `json:"grpc"`
	Errors         []ErrorJSON       `json:"errors"`   // exceptions and provider errors that stand for the code
	Defaults       []DefaultJSON     `json:"defaults"` // frameworks and servers that send it unasked
	// Matched says what led to the entry: one record per query (or, for a
	// name whose status depends on the service, per service). Empty
	// outside show.
	Matched []MatchedJSON `json:"matched"`
}

// GRPCJSON is what gRPC says about the code: the gRPC codes a gateway sends
// as it, what a gRPC client reports on receiving it in a response that is
// not gRPC's (null for 1xx, which is not final), and where the two
// directions disagree.
type GRPCJSON struct {
	Gateway []GRPCGatewayJSON `json:"gateway"`
	Client  *GRPCCodeJSON     `json:"client"`
	Note    string            `json:"note"`
}

// GRPCGatewayJSON is a gRPC code a gateway sends as the status; since and
// before say from which grpc-gateway release, and what it sent until then,
// when that changed.
type GRPCGatewayJSON struct {
	Code   int    `json:"code"`
	Name   string `json:"name"`
	Since  string `json:"since"`
	Before int    `json:"before"`
}

// GRPCCodeJSON is one gRPC code.
type GRPCCodeJSON struct {
	Code int    `json:"code"`
	Name string `json:"name"`
}

// ErrorJSON is a framework exception or a provider's error code.
type ErrorJSON struct {
	Ecosystem string `json:"ecosystem"`
	Kind      string `json:"kind"` // exception or provider_error
	Name      string `json:"name"`
	Service   string `json:"service"`
	Since     string `json:"since"`
	Source    string `json:"source"`
	Note      string `json:"note"`
}

// DefaultJSON is what a framework or server sends unasked.
type DefaultJSON struct {
	Ecosystem string `json:"ecosystem"`
	Case      string `json:"case"`
	Trigger   string `json:"trigger"`
	Since     string `json:"since"`
	Source    string `json:"source"`
	Note      string `json:"note"`
}

// MatchedJSON is what a query matched: kind is code, mask, status_line,
// name, constant, grpc, exception or provider_error; ecosystem, name and
// service are set for the last four.
type MatchedJSON struct {
	Query     string `json:"query"`
	Kind      string `json:"kind"`
	Ecosystem string `json:"ecosystem"`
	Name      string `json:"name"`
	Service   string `json:"service"`
	Note      string `json:"note"`
}

// Matched describes how a query's result led to entry e.
func Matched(res lookup.Result, e *catalog.Entry, lang catalog.Lang) []MatchedJSON {
	var out []MatchedJSON
	for _, m := range res.Matches {
		if m.Code == e.Code {
			out = append(out, MatchedJSON{res.Query, string(m.Kind), m.Ecosystem, m.Name, m.Service, m.Note.In(lang)})
		}
	}
	if len(out) == 0 {
		out = append(out, MatchedJSON{Query: res.Query, Kind: string(res.Kind)})
	}
	return out
}

func grpcView(e *catalog.Entry, lang catalog.Lang) GRPCJSON {
	gateway, client, reports, note := grpcOf(e)
	j := GRPCJSON{Gateway: []GRPCGatewayJSON{}, Note: note.In(lang)}
	for _, c := range gateway {
		j.Gateway = append(j.Gateway, GRPCGatewayJSON{c.Code, c.Name, c.Since, c.Before})
	}
	if reports {
		j.Client = &GRPCCodeJSON{client.Code, client.Name}
	}
	return j
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
		GRPC:           grpcView(e, lang),
		Errors:         []ErrorJSON{},
		Defaults:       []DefaultJSON{},
		Matched:        []MatchedJSON{},
	}
	if primary(e) {
		for _, n := range catalog.ErrorNamesFor(e.Code) {
			j.Errors = append(j.Errors, ErrorJSON{n.Ecosystem, string(n.Kind), n.Name, n.Service, n.Since, n.Source, n.Note.In(lang)})
		}
		for _, d := range catalog.DefaultsFor(e.Code) {
			j.Defaults = append(j.Defaults, DefaultJSON{d.Ecosystem, string(d.Case), d.Trigger, d.Since, d.Source, d.Note.In(lang)})
		}
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
