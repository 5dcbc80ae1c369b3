package lookup

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/httpcode/httpcode/catalog"
)

// byConstant reads what byExactConstant did not find: a code spelled inside
// an identifier ("HTTP_429_TOO_MANY_REQUESTS"), and identifiers an ecosystem
// has since renamed, read as words and matched against names, which hold
// the old names as aliases.
func byConstant(q string) []*catalog.Entry {
	if strings.ContainsAny(q, " \t") {
		return nil
	}
	bare := bareIdentifier(q)
	if bare == "" {
		return nil
	}
	if code, ok := embeddedCode(bare); ok {
		return catalog.ByCode(code)
	}
	if !looksLikeIdentifier(q, bare) {
		return nil
	}
	if words := identifierWords(bare); words != "" {
		return exactOrWords(words)
	}
	return nil
}

// byExactConstant finds the entries whose constant, its qualifier dropped,
// is q's in any case, with a Match for each ecosystem that spells it so.
func byExactConstant(q string) []Match {
	if strings.ContainsAny(q, " \t") {
		return nil
	}
	bare := bareIdentifier(q)
	if bare == "" {
		return nil
	}
	// Constants spelled with q's own qualifier come first: HttpStatus.NOT_FOUND
	// is Java's before it is Python's or Node's NOT_FOUND.
	var same, others []Match
	for _, e := range catalog.All() {
		for _, c := range Constants(e) {
			if !strings.EqualFold(bareIdentifier(c.Identifier), bare) {
				continue
			}
			m := Match{Kind: KindConstant, Ecosystem: c.Ecosystem, Name: c.Identifier, Code: e.Code, GRPC: -1, entry: e}
			if c.Identifier == q {
				same = append(same, m)
			} else {
				others = append(others, m)
			}
		}
	}
	return append(same, others...)
}

// Constant is one ecosystem's identifier for a code.
type Constant struct {
	Ecosystem  string // go, python, node, java, dotnet, rust, django, rails, php
	Identifier string
}

// Ecosystems lists the keys of the nine ecosystems whose status constants
// the entries carry, in the order cards show them; catalog.Ecosystems has
// every key --for takes.
var Ecosystems = []string{"go", "python", "node", "java", "dotnet", "rust", "django", "rails", "php"}

// Constants returns an entry's constants in Ecosystems order, skipping
// ecosystems that have none.
func Constants(e *catalog.Entry) []Constant {
	c := e.Constants
	all := [...]Constant{
		{"go", c.Go}, {"python", c.Python}, {"node", c.Node}, {"java", c.Java}, {"dotnet", c.Dotnet},
		{"rust", c.Rust}, {"django", c.Django}, {"rails", c.Rails}, {"php", c.PHP},
	}
	out := make([]Constant, 0, len(all))
	for _, k := range all {
		if k.Identifier != "" {
			out = append(out, k)
		}
	}
	return out
}

// ConstantFor returns the entry's identifier in one ecosystem, or "".
func ConstantFor(e *catalog.Entry, ecosystem string) string {
	for _, c := range Constants(e) {
		if c.Ecosystem == ecosystem {
			return c.Identifier
		}
	}
	return ""
}

// bareIdentifier drops a qualifier ("http.", "HttpStatus.", "StatusCode::",
// "Response::") and a Ruby symbol's colon.
func bareIdentifier(s string) string {
	if i := strings.LastIndex(s, "::"); i >= 0 {
		s = s[i+2:]
	}
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		s = s[i+1:]
	}
	return strings.TrimPrefix(s, ":")
}

// embeddedCode reads the code out of identifiers that spell it, like
// Django REST framework's HTTP_429_TOO_MANY_REQUESTS.
func embeddedCode(bare string) (int, bool) {
	for _, part := range strings.Split(bare, "_") {
		if len(part) == 3 && isDigits(part) {
			code, _ := strconv.Atoi(part)
			return code, len(catalog.ByCode(code)) > 0
		}
	}
	return 0, false
}

// looksLikeIdentifier tells a constant from a plain word: it has a
// qualifier, a symbol colon, an underscore or inner capitals.
func looksLikeIdentifier(q, bare string) bool {
	if q != bare || strings.Contains(bare, "_") {
		return true
	}
	for i, r := range bare {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// identifierWords splits NotFound, NOT_FOUND or HTTPVersionNotSupported into
// lower-case words, dropping the "Status"/"HTTP" prefixes ecosystems add.
func identifierWords(bare string) string {
	var words []string
	runes := []rune(bare)
	start := 0
	flush := func(end int) {
		if end > start {
			words = append(words, strings.ToLower(string(runes[start:end])))
		}
		start = end
	}
	for i, r := range runes {
		switch {
		case r == '_' || r == '-':
			flush(i)
			start = i + 1
		case i > start && unicode.IsUpper(r) &&
			(unicode.IsLower(runes[i-1]) || unicode.IsDigit(runes[i-1]) || i+1 < len(runes) && unicode.IsLower(runes[i+1])):
			flush(i)
		}
	}
	flush(len(runes))
	for len(words) > 1 && (words[0] == "status" || words[0] == "http" || words[0] == "httpstatus" || isDigits(words[0])) {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

func exactOrWords(words string) []*catalog.Entry {
	idx := nameIndex()
	if found := exactMatch(words, idx); len(found) > 0 {
		return best(found)
	}
	return best(wordMatch(words, idx))
}
