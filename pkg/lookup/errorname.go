package lookup

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/httpcode/httpcode/catalog"
)

// Match says which name from another ecosystem a query matched: a gRPC
// code, a framework exception, a provider's error code, or an ecosystem's
// status constant.
type Match struct {
	Kind      Kind         // KindGRPC, KindException, KindProviderError or KindConstant
	Ecosystem string       // a catalog.Ecosystem key
	Name      string       // as the ecosystem spells it
	Service   string       // the provider's service, when the status depends on it
	Code      int          // the HTTP status it stands for
	GRPC      int          // the gRPC code, for KindGRPC; -1 otherwise
	Since     string       // the release since which the mapping holds, when it changed
	Note      catalog.Text // a caveat or disagreement, one line

	entry *catalog.Entry // the meaning matched, when the match knows it
}

// nameRef is one record a name key leads to.
type nameRef struct {
	grpc  int // index into catalog.GRPCCodes(), or -1
	error int // index into catalog.ErrorNames(), or -1
}

// nameKey is one spelling of a record: its name, a listed spelling, or
// either without its namespace.
type nameKey struct {
	key string
	ref nameRef
}

var (
	nameKeysOnce sync.Once
	nameKeys     []nameKey
)

// errorKeys is built on the first query that is not a code, a mask or a
// status line: `httpcode 404` never pays for it. A flat list scanned per
// query costs less to build than maps would, and a scan of a few thousand
// strings is microseconds.
func errorKeys() []nameKey {
	nameKeysOnce.Do(func() {
		names := catalog.ErrorNames()
		nameKeys = make([]nameKey, 0, 3*len(names)+40)
		add := func(key string, ref nameRef) {
			if key == "" {
				return
			}
			// A record's spellings often share their bare form.
			for i := len(nameKeys) - 1; i >= 0 && nameKeys[i].ref == ref; i-- {
				if nameKeys[i].key == key {
					return
				}
			}
			nameKeys = append(nameKeys, nameKey{key, ref})
		}
		for i, c := range catalog.GRPCCodes() {
			ref := nameRef{grpc: i, error: -1}
			add(c.Name, ref)
			// Bare Go names only where they cannot be read as a word:
			// DeadlineExceeded, not Internal.
			if innerCapital(c.GoName) {
				add(c.GoName, ref)
			}
		}
		for i, n := range names {
			ref := nameRef{grpc: -1, error: i}
			add(n.Name, ref)
			add(bareName(n.Name), ref)
			for _, sp := range n.Spellings {
				add(sp, ref)
				add(bareName(sp), ref)
			}
		}
	})
	return nameKeys
}

// lookupKey returns the records one of whose keys is s, exactly or, with
// fold, in any case; each record once.
func lookupKey(s string, fold bool) []nameRef {
	var refs []nameRef
	for _, k := range errorKeys() {
		if (k.key == s || fold && strings.EqualFold(k.key, s)) && !containsRef(refs, k.ref) {
			refs = append(refs, k.ref)
		}
	}
	return refs
}

func containsRef(refs []nameRef, r nameRef) bool {
	for _, x := range refs {
		if x == r {
			return true
		}
	}
	return false
}

func innerCapital(s string) bool {
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// bareName drops a namespace or package ("ActiveRecord::", "Symfony\...\",
// "django.http.", "@nestjs/common/"), a "new " and a call's "()". Names
// with spaces (GitHub's messages) are left whole.
func bareName(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "new ")
	s = strings.TrimSuffix(s, "()")
	if strings.ContainsRune(s, ' ') {
		return s
	}
	if i := strings.LastIndexAny(s, `\./`); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.LastIndex(s, "::"); i >= 0 {
		s = s[i+2:]
	}
	return s
}

// byErrorName matches q as spelled, in full, against gRPC names, exception
// names and provider errors.
func byErrorName(q string) []Match {
	return matches(lookupKey(q, false))
}

// byErrorNameLoosely tries q without its namespace, then either ignoring
// case. Plain lower-case words are left to the HTTP names ("unavailable" is
// 503 and 451 rather than gRPC's UNAVAILABLE) unless they spell a
// camel-case name ("notfoundhttpexception").
func byErrorNameLoosely(q string) []Match {
	bare := bareName(q)
	if bare != q {
		if refs := lookupKey(bare, false); len(refs) > 0 {
			return matches(refs)
		}
	}
	refs := lookupKey(q, true)
	if len(refs) == 0 && bare != q {
		refs = lookupKey(bare, true)
	}
	if plainWords(q) {
		refs = slices.DeleteFunc(refs, func(r nameRef) bool { return !camelCase(r.name()) })
	}
	return matches(refs)
}

// camelCase reports whether s has a lower-case letter followed by a
// capital, as NotFoundHttpException does and UNAVAILABLE and Conflict do
// not: such a name typed in lower case is still plainly that name.
func camelCase(s string) bool {
	prevLower := false
	for _, r := range s {
		if prevLower && unicode.IsUpper(r) {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

func (r nameRef) name() string {
	if r.grpc >= 0 {
		return catalog.GRPCCodes()[r.grpc].Name
	}
	return catalog.ErrorNames()[r.error].Name
}

// plainWords reports whether q is lower-case letters and spaces only, the
// way people type a status's name.
func plainWords(q string) bool {
	for _, r := range q {
		if r != ' ' && !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func matches(refs []nameRef) []Match {
	var out []Match
	for _, r := range refs {
		if r.grpc >= 0 {
			out = append(out, grpcMatch(catalog.GRPCCodes()[r.grpc]))
			continue
		}
		n := catalog.ErrorNames()[r.error]
		kind := KindException
		if n.Kind == catalog.ProviderError {
			kind = KindProviderError
		}
		out = append(out, Match{Kind: kind, Ecosystem: n.Ecosystem, Name: n.Name, Service: n.Service, Code: n.Code, GRPC: -1, Since: n.Since, Note: n.Note})
	}
	return out
}

// errorNameNear returns the gRPC, exception or provider name closest to q
// when q looks like an identifier and is a typo or two away, or "".
func errorNameNear(q string, limit int) string {
	low := strings.ToLower(bareName(q))
	best, bestDist := "", limit+1
	for _, k := range errorKeys() {
		if d := Distance(low, strings.ToLower(k.key), limit); d < bestDist {
			best, bestDist = k.key, d
		}
	}
	return best
}
