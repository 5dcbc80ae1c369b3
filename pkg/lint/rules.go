package lint

import (
	"fmt"
	"slices"
	"strings"

	"github.com/httpcode/httpcode/catalog"
)

// Severity is how much a finding matters.
type Severity int

// Severities, weakest first, so that a threshold compares with >=.
const (
	Info Severity = iota + 1
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "none"
}

// ParseSeverity reads a --fail-on value. "none" gives a severity above
// every finding's, so nothing fails.
func ParseSeverity(s string) (Severity, bool) {
	switch strings.ToLower(s) {
	case "info":
		return Info, true
	case "warning":
		return Warning, true
	case "error":
		return Error, true
	case "none":
		return Error + 1, true
	}
	return 0, false
}

// Rule is one check.
type Rule struct {
	ID       string
	Severity Severity // the default; a rule may report some cases lower
	Summary  catalog.Text
}

// Rule ids.
const (
	InvalidResponseKey   = "invalid-response-key"
	ForbiddenContent     = "forbidden-content"
	RequiredHeader       = "required-header"
	MethodFit            = "method-fit"
	UnregisteredCode     = "unregistered-code"
	VendorCode           = "vendor-code"
	ObsoleteCode         = "obsolete-code"
	NoSuccessResponse    = "no-success-response"
	OnlyDefault          = "only-default"
	NoErrorResponse      = "no-error-response"
	DescriptionMismatch  = "description-mismatch"
	UnquotedResponseCode = "unquoted-response-code"
)

var rules = []Rule{
	{InvalidResponseKey, Error, catalog.Text{
		En: "a response key is not default, a code 100–599 or (3.x) a range 1XX–5XX",
		Hi: "response key default, 100–599 ka code ya (3.x) 1XX–5XX range nahi hai"}},
	{ForbiddenContent, Error, catalog.Text{
		En: "a 1xx, 204, 205 or 304 response declares content",
		Hi: "1xx, 204, 205 ya 304 response mein content declare kiya hai"}},
	{RequiredHeader, Warning, catalog.Text{
		En: "a header the RFC requires with the code is not declared (MUST: warning, SHOULD: info)",
		Hi: "jo header RFC is code ke saath maangta hai woh declare nahi hai (MUST: warning, SHOULD: info)"}},
	{MethodFit, Warning, catalog.Text{
		En: "a code that cannot answer the operation's method (201 to GET, 206 or 304 to POST)",
		Hi: "aisa code jo is method ka jawab ho hi nahi sakta (GET pe 201, POST pe 206 ya 304)"}},
	{UnregisteredCode, Warning, catalog.Text{
		En: "a code that is not in the IANA registry",
		Hi: "aisa code jo IANA registry mein nahi hai"}},
	{VendorCode, Warning, catalog.Text{
		En: "a vendor's own code, such as nginx 499 or Cloudflare 52x",
		Hi: "kisi vendor ka apna code, jaise nginx 499 ya Cloudflare 52x"}},
	{ObsoleteCode, Warning, catalog.Text{
		En: "an obsolete or reserved code: 305, 306, 418, 510",
		Hi: "purana ya reserved code: 305, 306, 418, 510"}},
	{NoSuccessResponse, Warning, catalog.Text{
		En: "an operation declares no 2xx, 3xx, 101, 2XX, 3XX or default response",
		Hi: "operation mein koi 2xx, 3xx, 101, 2XX, 3XX ya default response nahi hai"}},
	{OnlyDefault, Warning, catalog.Text{
		En: "default is an operation's only response",
		Hi: "operation ka akela response default hai"}},
	{NoErrorResponse, Warning, catalog.Text{
		En: "an operation declares no 4xx, 4XX or default response (info when it takes no body)",
		Hi: "operation mein koi 4xx, 4XX ya default response nahi hai (body na ho toh info)"}},
	{DescriptionMismatch, Warning, catalog.Text{
		En: "a response's description describes another code",
		Hi: "response ki description kisi aur code ki baat karti hai"}},
	{UnquotedResponseCode, Info, catalog.Text{
		En: "a response code written as a YAML integer (200:) in a 3.x document",
		Hi: "3.x document mein response code YAML integer (200:) likha hai"}},
}

// Rules returns every rule, in the order the README lists them.
func Rules() []Rule { return rules }

// RuleByID returns the rule with the id, if there is one.
func RuleByID(id string) (Rule, bool) {
	i := slices.IndexFunc(rules, func(r Rule) bool { return r.ID == id })
	if i < 0 {
		return Rule{}, false
	}
	return rules[i], true
}

// Selection says which rules run: every rule unless disabled, and an
// enabled rule even when "all" is disabled.
type Selection struct {
	Disable []string // rule ids, or "all"
	Enable  []string
}

// Check validates the ids in s and returns an error naming the first
// unknown one, with the nearest rule id when one is close.
func (s Selection) Check() error {
	for _, id := range append(slices.Clone(s.Disable), s.Enable...) {
		if id == "all" {
			continue
		}
		if _, ok := RuleByID(id); !ok {
			return fmt.Errorf("unknown rule %q%s", id, nearestRule(id))
		}
	}
	return nil
}

func (s Selection) on(id string) bool {
	if slices.Contains(s.Enable, id) || slices.Contains(s.Enable, "all") {
		return true
	}
	return !slices.Contains(s.Disable, id) && !slices.Contains(s.Disable, "all")
}

// nearestRule suggests a rule id sharing the most leading words or a
// prefix with a mistyped one.
func nearestRule(id string) string {
	best, score := "", 0
	for _, r := range rules {
		n := 0
		for n < len(id) && n < len(r.ID) && id[n] == r.ID[n] {
			n++
		}
		if strings.Contains(r.ID, id) && len(id) >= 3 {
			n = max(n, len(id))
		}
		if n > score {
			best, score = r.ID, n
		}
	}
	if score < 3 {
		return "; see 'httpcode lint --help' for the rule ids"
	}
	return fmt.Sprintf("; did you mean %s?", best)
}
