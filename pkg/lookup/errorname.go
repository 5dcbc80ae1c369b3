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
	Kind      Kind   // KindGRPC, KindException, KindProviderError or KindConstant
	Ecosystem string // a catalog.Ecosystem key
	Name      string // as the ecosystem spells it
	Service   string // the provider's service, when the status depends on it
	Code      int    // the HTTP status it stands for
	GRPC      int    // the gRPC code, for KindGRPC
	Since     string
	Note      catalog.Text

	entry *catalog.Entry // the meaning matched, when the match knows it
}

// nameRef is one record a name key leads to.
type nameRef struct {
	grpc  int // index into catalog.GRPCCodes(), or -1
	error int // index into catalog.ErrorNames(), or -1
}

var (
	errorIndexOnce sync.Once
	errorExact     map[string][]nameRef // as spelled
	errorFolded    map[string][]nameRef // lower case
	errorKeys      []string             // every spelling, for "did you mean"
)

// errorIndex is built on the first query that is not a code, a mask or a
// status line: `httpcode 404` never pays for it.
func errorIndex() (exact, folded map[string][]nameRef) {
	errorIndexOnce.Do(func() {
		names := catalog.ErrorNames()
		errorExact = make(map[string][]nameRef, 2*len(names)+40)
		errorFolded = make(map[string][]nameRef, 2*len(names)+40)
		add := func(key string, ref nameRef) {
			if key == "" {
				return
			}
			if !containsRef(errorExact[key], ref) {
				if len(errorExact[key]) == 0 {
					errorKeys = append(errorKeys, key)
				}
				errorExact[key] = append(errorExact[key], ref)
			}
			if low := strings.ToLower(key); !containsRef(errorFolded[low], ref) {
				errorFolded[low] = append(errorFolded[low], ref)
			}
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
			for _, s := range append([]string{n.Name}, n.Spellings...) {
				add(s, ref)
				add(bareName(s), ref)
			}
		}
	})
	return errorExact, errorFolded
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
	exact, _ := errorIndex()
	return matches(exact[q])
}

// byErrorNameLoosely tries q without its namespace, then either ignoring
// case. Plain lower-case words are left to the HTTP names ("unavailable" is
// 503 and 451 rather than gRPC's UNAVAILABLE) unless they spell a
// camel-case name ("notfoundhttpexception").
func byErrorNameLoosely(q string) []Match {
	exact, folded := errorIndex()
	bare := bareName(q)
	if bare != q {
		if refs := exact[bare]; len(refs) > 0 {
			return matches(refs)
		}
	}
	refs := folded[strings.ToLower(q)]
	if len(refs) == 0 {
		refs = folded[strings.ToLower(bare)]
	}
	if plainWords(q) {
		refs = slices.DeleteFunc(slices.Clone(refs), func(r nameRef) bool { return !camelCase(r.name()) })
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
	errorIndex()
	low := strings.ToLower(bareName(q))
	best, bestDist := "", limit+1
	for _, k := range errorKeys {
		if d := Distance(low, strings.ToLower(k), limit); d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}
