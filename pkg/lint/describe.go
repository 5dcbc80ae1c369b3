package lint

import (
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/suggest"
)

// describesOther returns the entry a response's description describes when
// it is not the declared one, or nil. It trusts only the suggest engine's sure
// answers, and accepts any code the catalogue lists as commonly confused
// with the declared one: those pairs (400 and 422, 403 and 404, 200 and
// 204, …) are judgement calls between correct choices, not mistakes.
func describesOther(code int, desc string) *catalog.Entry {
	d := strings.TrimSpace(desc)
	if d == "" || generic(code, d) {
		return nil
	}
	// A description that is another code's registered name ("Bad
	// Gateway" on a 504) says which code it means, whatever the engine's
	// confidence; only the usual confusions are forgiven.
	if named := namedCode(code, d); named != nil {
		if accepted(code, named.Code) {
			return nil
		}
		return named
	}
	// "If the user is blocked", "Response when the repository was removed":
	// a success response described by the condition it answers is not a
	// description of a failure.
	if code < 400 && conditional(d) {
		return nil
	}
	res := suggest.Suggest(d, 3)
	if !res.Sure || len(res.Suggestions) == 0 || res.Suggestions[0].Confidence < lintConfidence {
		return nil
	}
	// A noun phrase ("The charge") is a topic, not a situation: judge only
	// descriptions whose words meet the engine's rule in two places.
	if m := res.Suggestions[0].Matches; len(m) == 0 || len(m[0].Words) < 2 {
		return nil
	}
	top := res.Suggestions[0].Entry
	if top.Code == code {
		return nil
	}
	if accepted(code, top.Code) {
		return nil
	}
	// 400 and 500 are their classes' generic codes (RFC 9110, Sections
	// 15.5.1 and 15.6.1): any client or server error may be answered with
	// them, only less precisely.
	if (code == 400 || code == 500) && top.Code/100 == code/100 {
		return nil
	}
	// When the engine also gives a fair share to a code of the declared
	// class, the description reads both ways ("when the suite already
	// exists" is a 409 situation, or an idempotent 200): not a sure mismatch.
	for _, s := range res.Suggestions[1:] {
		if s.Entry.Code/100 == code/100 && s.Confidence >= runnerUpShare {
			return nil
		}
	}
	return top
}

// lintConfidence is the engine's confidence a description must reach to be
// judged. It sits above suggest's own threshold for sure: descriptions are
// noun phrases more often than situations ("Returns the authenticated
// user"), and a linter must not cry wolf.
const lintConfidence = 0.95

// runnerUpShare is the confidence at which a second reading in the
// declared code's class makes a description ambiguous.
const runnerUpShare = 0.2

// generic reports a description that says nothing beyond the code: a bare
// "Success" or "Error", or the code's own name or number.
func generic(code int, desc string) bool {
	d := normal(desc)
	switch d {
	case "success", "successful", "successful response", "successful operation", "ok", "error", "failure",
		"response", "default", "default response", "unexpected error", "error response":
		return true
	}
	for _, e := range catalog.ByCode(code) {
		if d == normal(e.Name) || strings.Contains(" "+d+" ", " "+normal(e.Name)+" ") {
			return true
		}
		for _, a := range e.Aliases {
			if d == normal(a) {
				return true
			}
		}
	}
	// A description that names its own code ("404 if the user is unknown")
	// says which code it means.
	return strings.Contains(" "+d+" ", " "+strconv.Itoa(code)+" ")
}

// normal lower-cases and keeps letters and digits, one space between words.
func normal(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// namedCode returns the registered code whose name or alias the
// description is, or opens with as a clause of its own ("Not Found: no
// such pet"). A name of one word ("Found", "Gone", "Locked") is as likely
// plain English as a status name, so it counts only for an error response
// naming another error: a 404 described as "Conflict".
func namedCode(code int, desc string) *catalog.Entry {
	lead := desc
	if i := strings.IndexAny(lead, ",.;:(—–"); i > 0 {
		lead = lead[:i]
	}
	lead = normal(lead)
	oneWord := !strings.Contains(lead, " ")
	if oneWord && code < 400 {
		return nil
	}
	for _, n := range registeredNames() {
		if n.name == lead && n.entry.Code != code && !(oneWord && n.entry.Code < 400) {
			return n.entry
		}
	}
	return nil
}

type namedEntry struct {
	name  string // normalised
	entry *catalog.Entry
}

// registeredNames are the registered codes' names and aliases, normalised
// once, on the first description that needs them.
func registeredNames() []namedEntry {
	namesOnce.Do(func() {
		for _, e := range catalog.All() {
			if !e.Official() {
				continue
			}
			for _, name := range append([]string{e.Name}, e.Aliases...) {
				names = append(names, namedEntry{normal(name), e})
			}
		}
	})
	return names
}

var (
	namesOnce sync.Once
	names     []namedEntry
)

// accepted reports whether other is a usual alternative to code: the pairs
// the catalogue lists as commonly confused, and a 404 that hides a 401 as
// it hides a 403 (RFC 9110, Section 15.5.5 lets a server hide either).
func accepted(code, other int) bool {
	if _, ok := catalog.ConfusionOf(code, other); ok {
		return true
	}
	return code == 404 && (other == 401 || other == 403)
}

// conditional reports a description that opens with the condition under
// which the response is sent.
func conditional(desc string) bool {
	d := normal(desc)
	for _, p := range []string{"if ", "when ", "response if ", "response when ", "returned if ", "returned when ", "in case "} {
		if strings.HasPrefix(d, p) {
			return true
		}
	}
	return false
}
