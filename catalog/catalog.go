// Package catalog is httpcode's knowledge of HTTP status codes: every code in
// the IANA HTTP Status Code Registry, the unofficial codes developers meet in
// logs and vendor documentation, and the five classes. Everything else in
// httpcode reads it; nothing else holds facts about status codes.
//
// The data is written as Go composite literals so that the compiler lays it
// out in the binary's read-only data: looking up a code costs no decoding and
// no allocation at start-up. Entries are returned as pointers into that data
// and must be treated as read-only.
//
// The API carries no compatibility promise before httpcode v1.
package catalog

import (
	"slices"
	"sync"
)

// Status says where a code stands in the IANA registry, or that it is not
// registered at all.
type Status string

// The registry statuses, plus Unofficial for codes the registry does not hold.
const (
	Standard   Status = "standard"   // registered, defined by an RFC
	Temporary  Status = "temporary"  // a temporary (provisional) registration
	Unused     Status = "unused"     // reserved by the registry as "(Unused)"
	Obsoleted  Status = "obsoleted"  // registered but obsoleted
	Unofficial Status = "unofficial" // not registered; used by a product or vendor
)

// Registered reports whether the status is an IANA registry status.
func (s Status) Registered() bool { return s != Unofficial }

// Requirement is how strongly the specification asks for a header with a
// status code, in the words of RFC 2119: MUST, SHOULD or MAY.
type Requirement string

// Requirement levels.
const (
	Required    Requirement = "required"    // the RFC says MUST
	Recommended Requirement = "recommended" // the RFC says SHOULD
	Optional    Requirement = "optional"    // the RFC says MAY, or it is customary
)

// Header is a response header that goes with a status code.
type Header struct {
	Name        string
	Requirement Requirement
	// Conditional marks a requirement that holds only in some cases (413's
	// Retry-After when the condition is temporary), so a response without
	// the header is not necessarily wrong.
	Conditional bool
	Note        Text // what the header carries for this code
}

// Spec points at the document section that defines a code.
type Spec struct {
	Ref string // e.g. "RFC 9110, Section 15.5.5"
	URL string
}

// Alternative names the code to use instead of an entry, and when.
type Alternative struct {
	Code int
	When Text // the deciding condition, e.g. "the resource existed and was removed on purpose"
}

// Constants holds the identifier each ecosystem's standard library or best-known
// package gives a code, spelled as its source spells it, qualified the way a
// developer writes it in code. An empty field means the ecosystem has none.
type Constants struct {
	Go     string // net/http, e.g. http.StatusNotFound
	Python string // http.HTTPStatus, e.g. HTTPStatus.NOT_FOUND
	Node   string // npm http-status-codes, e.g. StatusCodes.NOT_FOUND
	Java   string // Spring's HttpStatus, e.g. HttpStatus.NOT_FOUND
	Dotnet string // System.Net.HttpStatusCode, e.g. HttpStatusCode.NotFound
	Rust   string // the http crate, e.g. StatusCode::NOT_FOUND
	Django string // Django REST framework, e.g. status.HTTP_404_NOT_FOUND
	Rails  string // Rack's status symbols, e.g. :not_found
	PHP    string // Symfony's Response, e.g. Response::HTTP_NOT_FOUND
}

// Entry is one meaning of one status code. A number with several meanings
// (nginx's and Esri's 499, say) has one entry per meaning.
type Entry struct {
	Code    int
	Name    string   // the registry's current name, or the origin's own
	Aliases []string // former and alternative names, for search
	Status  Status
	Origin  string // who uses an unofficial code, e.g. "nginx"; empty when registered

	Spec Spec
	MDN  string // MDN Web Docs page, where MDN has one

	Summary     Text // one line, at most 80 characters
	Description Text // a paragraph in our own words, true to the spec
	UseWhen     Text
	AvoidWhen   []Alternative // when not to use it, and the code to use instead
	Note        Text          // caveats, e.g. that a code is only ever seen in logs

	Headers        []Header
	ContentAllowed bool // whether the response may carry content
	Cacheable      bool // heuristically cacheable per RFC 9110, Section 15.1
	Caching        Text // what caches do with it, and what they must not store
	Retry          Text // what a client should do about retrying
	Methods        []string
	Related        []int

	Constants Constants

	// Situations are short phrases a developer would use to describe when the
	// code applies. The suggest engine reads them as its rules.
	Situations []string
}

// Class returns the first digit of the code: 4 for 404.
func (e *Entry) Class() int { return e.Code / 100 }

// ClassName returns the class in its usual written form: "4xx".
func (e *Entry) ClassName() string { return ClassName(e.Class()) }

// Official reports whether the entry is in the IANA registry.
func (e *Entry) Official() bool { return e.Status.Registered() }

// groups holds the data files' slices. Each is sorted by code; together they
// are the catalogue. Walking them needs no set-up, which keeps ByCode free of
// start-up cost.
var groups = [...][]Entry{
	informational,
	successful,
	redirection,
	clientErrors,
	serverErrors,
	unofficial,
}

// ByCode returns every entry for a code, registered meaning first, or nil.
func ByCode(code int) []*Entry {
	var found []*Entry
	for g := range groups {
		for i := range groups[g] {
			if e := &groups[g][i]; e.Code == code {
				found = append(found, e)
			}
		}
	}
	if len(found) > 1 {
		slices.SortStableFunc(found, byCodeThenRegistered)
	}
	return found
}

var (
	allOnce sync.Once
	all     []*Entry
)

// All returns every entry, sorted by code, registered meanings before
// unofficial ones of the same number.
func All() []*Entry {
	allOnce.Do(func() {
		n := 0
		for _, g := range groups {
			n += len(g)
		}
		all = make([]*Entry, 0, n)
		for g := range groups {
			for i := range groups[g] {
				all = append(all, &groups[g][i])
			}
		}
		slices.SortStableFunc(all, byCodeThenRegistered)
	})
	return all
}

func byCodeThenRegistered(a, b *Entry) int {
	if a.Code != b.Code {
		return a.Code - b.Code
	}
	switch {
	case a.Official() && !b.Official():
		return -1
	case !a.Official() && b.Official():
		return 1
	}
	return 0
}
