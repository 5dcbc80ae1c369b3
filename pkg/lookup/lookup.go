// Package lookup turns what a user types into catalogue entries: a code
// ("404"), a class mask ("4xx", "40x", "5??", "4"), a status line
// ("HTTP/1.1 503 Service Unavailable"), an ecosystem constant
// ("http.StatusNotFound", ":unprocessable_entity"), a name from another
// ecosystem (gRPC's "DEADLINE_EXCEEDED", Symfony's "NotFoundHttpException",
// AWS's "ThrottlingException") or a status's name, fuzzy-matched ("teapot",
// "too many").
//
// Its API carries no compatibility promise before httpcode v1.
package lookup

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/httpcode/httpcode/catalog"
)

// Kind says how a query was understood.
type Kind string

// The kinds of query.
const (
	KindCode       Kind = "code"
	KindMask       Kind = "mask"
	KindStatusLine Kind = "status_line"
	KindConstant   Kind = "constant"
	KindName       Kind = "name"
	// Names from other ecosystems: the query named the status's stand-in.
	KindGRPC          Kind = "grpc"
	KindException     Kind = "exception"
	KindProviderError Kind = "provider_error"
)

// Result is what one query found.
type Result struct {
	Query   string
	Kind    Kind
	Entries []*catalog.Entry
	// Matches say what a gRPC, exception, provider or constant query
	// matched, one per record: a name whose status depends on the service
	// has one per service. Entries hold their codes' cards, in this order.
	Matches []Match
}

// maxQuery bounds the work a single query can cause: no name or constant is
// anywhere near this long, and edit distances grow with the product of lengths.
const maxQuery = 200

// maxNameResults is how many entries a name query shows when several match.
const maxNameResults = 5

// ErrEmpty is returned for a query that is empty or only spaces.
var ErrEmpty = errors.New("empty query")

// NoMatchError says that a query matched nothing, and what would work.
type NoMatchError struct {
	Query string
	// Reason is the whole message, already phrased for the user.
	Reason string
}

func (e *NoMatchError) Error() string { return e.Reason }

// Quote cuts user input to a readable length and quotes it, so an error
// message stays on one line whatever was typed.
func Quote(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if utf8.RuneCountInString(s) > 40 {
		s = string([]rune(s)[:39]) + "…"
	}
	return strconv.Quote(s)
}

// Find resolves one query.
func Find(query string) (Result, error) {
	q := strings.TrimSpace(query)
	if q == "" {
		return Result{}, ErrEmpty
	}
	res := Result{Query: q}
	if utf8.RuneCountInString(q) > maxQuery || !utf8.ValidString(q) || strings.ContainsFunc(q, unicode.IsControl) {
		return res, &NoMatchError{q, fmt.Sprintf("no code matches %s; give a code (404), a mask (4xx) or a name (not found)", Quote(q))}
	}
	if code, ok := statusLineCode(q); ok {
		res.Kind = KindStatusLine
		return res, byCode(&res, code)
	}
	if startsLikeNumber(q) {
		if isDigits(q) && len(q) == 3 {
			res.Kind = KindCode
			code, _ := strconv.Atoi(q)
			return res, byCode(&res, code)
		}
		if m, ok := ParseMask(q); ok {
			res.Kind = KindMask
			// Registered codes, unless the mask holds only unofficial
			// ones (52x: Cloudflare's).
			if res.Entries = m.Registered(); len(res.Entries) == 0 {
				res.Entries = m.All()
			}
			if len(res.Entries) == 0 {
				return res, &NoMatchError{q, fmt.Sprintf("no code matches the mask %s; 'httpcode class %c' lists the %cxx codes", Quote(q), q[0], q[0])}
			}
			return res, nil
		}
		return res, notACode(q)
	}
	return findName(res, q)
}

// findName resolves a query that is not a number: a name from another
// ecosystem, a status constant or a status's name. Names another ecosystem
// spells exactly so come first: they are unambiguous. Then status
// constants, then those names read loosely (no namespace, any case), then
// the words of an identifier, then names fuzzily.
func findName(res Result, q string) (Result, error) {
	if m, ok, err := byGRPC(q); ok {
		if err != nil {
			return res, err
		}
		return fromMatches(res, []Match{m}), nil
	}
	// A status's own name wins over a provider's message that repeats it
	// (GitHub's "Not Found").
	if strings.ContainsRune(q, ' ') {
		if found := exactMatch(Normalize(q), nameIndex()); len(found) > 0 {
			res.Kind, res.Entries = KindName, best(found)
			return res, nil
		}
	}
	if ms := byErrorName(q); len(ms) > 0 {
		return fromMatches(res, ms), nil
	}
	if ms := byExactConstant(q); len(ms) > 0 {
		return fromMatches(res, ms), nil
	}
	if ms := byErrorNameLoosely(q); len(ms) > 0 {
		return fromMatches(res, ms), nil
	}
	if entries := byConstant(q); len(entries) > 0 {
		res.Kind, res.Entries = KindConstant, entries
		return res, nil
	}
	res.Kind = KindName
	res.Entries = ByName(q)
	if len(res.Entries) > 0 {
		return res, nil
	}
	// A status name typed with a typo ("Unauthorised") is found fuzzily
	// above; only what that misses is checked against the other names.
	if !plainWords(q) && !strings.ContainsRune(q, ' ') {
		if near := errorNameNear(q, typoLimit(q)); near != "" {
			return res, &NoMatchError{q, fmt.Sprintf("no code matches %s; did you mean %s?", Quote(q), strconv.Quote(near))}
		}
	}
	return res, noName(q)
}

// fromMatches fills a result from what matched: the kind of the first
// match, and the card of each code, in the order of the matches. A code
// with several meanings shows its first (registered, or first listed).
func fromMatches(res Result, ms []Match) Result {
	res.Kind, res.Matches = ms[0].Kind, ms
	for _, m := range ms {
		e := m.entry
		if es := catalog.ByCode(m.Code); e == nil && len(es) > 0 {
			e = es[0]
		}
		if e != nil && !slices.Contains(res.Entries, e) {
			res.Entries = append(res.Entries, e)
		}
	}
	return res
}

// typoLimit is how many edits a name query may be from a known name to be
// taken as a typo of it: one in a short name, two from twelve letters.
func typoLimit(q string) int {
	if len(q) >= 12 {
		return 2
	}
	return 1
}

func byCode(res *Result, code int) error {
	res.Entries = catalog.ByCode(code)
	if len(res.Entries) > 0 {
		return nil
	}
	q := strconv.Itoa(code)
	if code < 100 || code > 599 {
		return notACode(q)
	}
	class := catalog.ClassName(code / 100)
	return &NoMatchError{q, fmt.Sprintf("%d is not assigned; %s codes are listed by 'httpcode class %s'", code, class, class)}
}

func notACode(q string) error {
	if strings.ContainsAny(q, "xX?*") && q[0] >= '1' && q[0] <= '5' {
		return &NoMatchError{q, fmt.Sprintf("%s is not a status code or a class mask; masks have three characters, e.g. %cxx or %c0x", Quote(q), q[0], q[0])}
	}
	shown := q
	if !isDigits(strings.TrimLeft(q, "-+")) {
		shown = Quote(q)
	}
	msg := fmt.Sprintf("%s is not an HTTP status code (registered codes run from 100 to 599)", shown)
	// 0x194 and 4.04e2 are 404 in disguise; say so.
	if n, err := strconv.ParseFloat(q, 64); err == nil && n == float64(int(n)) && n >= 100 && n <= 999 && !isDigits(q) {
		if len(catalog.ByCode(int(n))) > 0 {
			msg += fmt.Sprintf("; did you mean %d?", int(n))
		}
	} else if n, err := strconv.ParseInt(q, 0, 32); err == nil && n >= 100 && n <= 999 && len(catalog.ByCode(int(n))) > 0 && !isDigits(q) {
		msg += fmt.Sprintf("; did you mean %d?", n)
	}
	return &NoMatchError{q, msg}
}

func noName(q string) error {
	msg := fmt.Sprintf("no code matches %s", Quote(q))
	if e, ok := catalog.EcosystemByKey(strings.ToLower(q)); ok {
		return &NoMatchError{q, msg + fmt.Sprintf("; 'httpcode list --for %s' lists %s's names and their codes", e.Key, e.Name)}
	}
	if near := DidYouMean(q); near != "" {
		return &NoMatchError{q, msg + "; did you mean " + strconv.Quote(near) + "?"}
	}
	if strings.ContainsRune(q, ' ') {
		return &NoMatchError{q, msg + fmt.Sprintf("; to find a code for a situation, try: httpcode suggest %s", Quote(q))}
	}
	return &NoMatchError{q, msg + "; 'httpcode list --all' shows every code"}
}

// statusLineCode reads the code from "HTTP/1.1 404 Not Found" or "HTTP/2 404".
func statusLineCode(q string) (int, bool) {
	if len(q) < 5 || !strings.EqualFold(q[:5], "HTTP/") {
		return 0, false
	}
	fields := strings.Fields(q)
	if len(fields) < 2 || len(fields[1]) != 3 || !isDigits(fields[1]) {
		return 0, false
	}
	code, _ := strconv.Atoi(fields[1])
	return code, true
}

func startsLikeNumber(q string) bool {
	q = strings.TrimLeft(q, "+-")
	return q != "" && q[0] >= '0' && q[0] <= '9'
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
