package lint

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/httpcode/httpcode/catalog"
)

// Finding is one problem, where it is and which rule found it.
type Finding struct {
	File     string   `json:"file"`
	Pointer  string   `json:"pointer"` // RFC 6901, to the response or, for operation rules, to its responses
	Line     int      `json:"line"`
	Column   int      `json:"column"`
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Code     string   `json:"code"` // the response key; empty for operation rules
	Method   string   `json:"method"`
	Path     string   `json:"path"`
	Message  string   `json:"message"`
	Ref      string   `json:"ref"` // the section of the specification behind the rule
}

// MarshalText writes severities as words in JSON.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Config is what a run of the rules may vary.
type Config struct {
	Rules Selection
	Lang  catalog.Lang
}

// statusCodes is RFC 9110's section on status codes: the reference for
// rules about codes in general rather than one code.
const statusCodes = "RFC 9110, Section 15"

// openAPIKeys is where OpenAPI asks for quoted response codes.
const openAPIKeys = "OpenAPI 3.x, Responses Object"

// Check runs the selected rules over a document and returns the findings
// in file order. A problem inside a response defined once and referenced
// from many operations is reported once, at the definition.
func Check(doc *Document, cfg Config) []Finding {
	c := checker{doc: doc, cfg: cfg, seen: map[string]bool{}}
	for _, op := range doc.Operations {
		c.operation(op)
	}
	slices.SortStableFunc(c.out, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column), cmp.Compare(a.Rule, b.Rule))
	})
	return c.out
}

type checker struct {
	doc  *Document
	cfg  Config
	out  []Finding
	seen map[string]bool // shared definitions already judged, by pointer, rule and code
	// read caches the engine's reading of descriptions: real specs repeat
	// the same few hundreds of times.
	read map[string]*catalog.Entry
}

func (c *checker) describesOther(code int, desc string) *catalog.Entry {
	key := strconv.Itoa(code) + desc
	if e, ok := c.read[key]; ok {
		return e
	}
	e := describesOther(code, desc)
	if c.read == nil {
		c.read = map[string]*catalog.Entry{}
	}
	c.read[key] = e
	return e
}

// say picks the message in the run's language.
func (c *checker) say(en, hi string, args ...any) string {
	if c.cfg.Lang == catalog.Hinglish {
		return fmt.Sprintf(hi, args...)
	}
	return fmt.Sprintf(en, args...)
}

func (c *checker) report(f Finding, ignore ...[]string) {
	if !c.cfg.Rules.on(f.Rule) {
		return
	}
	for _, list := range ignore {
		if slices.Contains(list, f.Rule) || slices.Contains(list, "all") {
			return
		}
	}
	if f.Severity == 0 {
		r, _ := RuleByID(f.Rule)
		f.Severity = r.Severity
	}
	if f.File == "" {
		f.File = c.doc.File
	}
	f.Message = fmt.Sprintf("%s (%s)", f.Message, f.Ref)
	c.out = append(c.out, f)
}

// keyKind classifies a response key.
type keyKind int

const (
	keyInvalid keyKind = iota
	keyCode
	keyRange // 1XX–5XX
	keyDefault
)

// parseKey reads a response key: a code, a range (its class digit) or
// default. Lowercase ranges count as ranges here so operation rules do not
// pile onto the key's own finding.
func parseKey(key string) (keyKind, int) {
	if key == "default" {
		return keyDefault, 0
	}
	if len(key) == 3 && key[0] >= '1' && key[0] <= '5' && strings.EqualFold(key[1:], "XX") {
		return keyRange, int(key[0] - '0')
	}
	if len(key) == 3 {
		if n, err := strconv.Atoi(key); err == nil && n >= 100 && n <= 599 {
			return keyCode, n
		}
	}
	return keyInvalid, 0
}

func (c *checker) operation(op *Operation) {
	var success, clientError, upgrade, onlyDefault bool
	onlyDefault = len(op.Responses) > 0
	for _, r := range op.Responses {
		kind, n := parseKey(r.Key)
		switch kind {
		case keyCode:
			success = success || n/100 == 2 || n/100 == 3 || n == 101
			clientError = clientError || n/100 == 4
			upgrade = upgrade || n == 101
		case keyRange:
			success = success || n == 2 || n == 3
			clientError = clientError || n == 4
		case keyDefault:
			success, clientError = true, true
		}
		if kind != keyDefault {
			onlyDefault = false
		}
		c.response(op, r, kind, n)
	}
	at := Finding{Pointer: op.Pointer, Line: op.Pos.Line, Column: op.Pos.Column, Method: op.Method, Path: op.Path, Ref: statusCodes}
	if !success {
		f := at
		f.Rule = NoSuccessResponse
		f.Message = c.say("no success response: the operation declares no 2xx, 3xx, 101, 2XX, 3XX or default",
			"koi success response nahi: operation mein na 2xx, na 3xx, na 101, na 2XX, 3XX ya default")
		c.report(f, op.Ignore)
	}
	if onlyDefault {
		f := at
		f.Rule = OnlyDefault
		f.Message = c.say("default is the only response: clients learn no status code from it",
			"default hi akela response hai: client ko koi status code pata nahi chalta")
		c.report(f, op.Ignore)
	}
	// Complete without a 4xx: a request with no input at all, which the
	// client cannot get wrong (a liveness probe, a download that always
	// redirects); a protocol upgrade, whose failures the new protocol
	// defines; a webhook, whose errors are the receiver's own business.
	exempt := !op.TakesInput || upgrade || op.Webhook
	if !clientError && !exempt {
		f := at
		f.Rule = NoErrorResponse
		f.Ref = "RFC 9110, Section 15.5"
		f.Severity = Warning
		if !op.TakesBody {
			f.Severity = Info
		}
		f.Message = c.say("no error response: the operation declares no 4xx, 4XX or default",
			"koi error response nahi: operation mein na 4xx, na 4XX, na default")
		c.report(f, op.Ignore)
	}
}

func (c *checker) response(op *Operation, r *Response, kind keyKind, code int) {
	key := Finding{
		Pointer: op.Pointer + "/" + EscapePointer(r.Key),
		Line:    r.KeyPos.Line, Column: r.KeyPos.Column,
		Code: r.Key, Method: op.Method, Path: op.Path,
	}
	ignore := [][]string{op.Ignore, r.Ignore}
	c.keyRules(key, r, kind, code, ignore)
	if kind == keyCode {
		c.codeRules(op, key, code, ignore)
	}
	if !r.Resolved {
		return
	}
	// Rules about the response's own content: at the definition, once.
	def := key
	if r.Shared {
		def.Pointer, def.Line, def.Column, def.File = r.Pointer, r.Pos.Line, r.Pos.Column, r.File
	}
	judge := func(f Finding) {
		if r.Shared {
			id := f.Pointer + "\x00" + f.Rule + "\x00" + f.Code
			if c.seen[id] {
				return
			}
			c.seen[id] = true
		}
		c.report(f, ignore...)
	}
	switch {
	case kind == keyRange && code == 1, kind == keyCode && (code/100 == 1 || code == 204 || code == 205 || code == 304):
		if r.Content {
			f := def
			f.Rule = ForbiddenContent
			f.Ref = refOf(code)
			if kind == keyRange {
				f.Ref = "RFC 9110, Section 15.2"
			}
			what := "content"
			if c.doc.Swagger {
				what = c.say("a schema", "schema")
			}
			f.Message = c.say("%s response declares %s, but a %s response never carries any",
				"%s response mein %s declare kiya hai, lekin %s response kabhi content nahi bhejta", r.Key, what, r.Key)
			judge(f)
		}
	}
	if kind != keyCode {
		return
	}
	for _, h := range requiredHeaders {
		if h.code != code || hasHeader(r.Headers, h.name) {
			continue
		}
		// A multipart/byteranges 206 carries Content-Range in each part.
		if code == 206 && slices.ContainsFunc(r.MediaTypes, func(m string) bool {
			return strings.HasPrefix(strings.ToLower(m), "multipart/byteranges")
		}) {
			continue
		}
		f := def
		f.Rule = RequiredHeader
		f.Ref = refOf(code)
		if h.must {
			f.Severity = Warning
			f.Message = c.say("%d without %s: a %d response MUST send it",
				"%d bina %s ke: %d response ko yeh header bhejna hi hoga", code, h.name, code)
		} else {
			f.Severity = Info
			f.Message = c.say("%d without %s: a %d response SHOULD send it",
				"%d bina %s ke: %d response ko yeh header bhejna chahiye", code, h.name, code)
		}
		judge(f)
	}
	// Only registered codes: what an unofficial code means is its owner's.
	if e := catalog.ByCode(code); len(e) == 0 || !e[0].Official() {
		return
	}
	if top := c.describesOther(code, r.Description); top != nil {
		f := def
		f.Rule = DescriptionMismatch
		f.Ref = refOf(code)
		name := nameOf(code)
		f.Message = c.say("description %s reads as %d %s, not %d %s",
			"description %s %d %s jaisi lagti hai, %d %s jaisi nahi", quote(r.Description), top.Code, top.Name, code, name)
		judge(f)
	}
}

// keyRules judge how the key is written.
func (c *checker) keyRules(key Finding, r *Response, kind keyKind, code int, ignore [][]string) {
	if kind == keyInvalid || (kind == keyRange && (c.doc.Swagger || r.Key[1] == 'x' || r.Key[2] == 'x')) {
		f := key
		f.Rule = InvalidResponseKey
		f.Ref = statusCodes
		switch {
		case kind == keyRange && c.doc.Swagger:
			f.Message = c.say("response key %s is a range, and Swagger 2.0 has none: list the codes",
				"response key %s ek range hai, aur Swagger 2.0 mein range nahi hoti: codes alag alag likho", quote(r.Key))
		case kind == keyRange:
			f.Message = c.say("response key %s must be written %s: OpenAPI ranges are upper case",
				"response key %s ko %s likho: OpenAPI ranges capital letters mein hoti hain", quote(r.Key), quote(strings.ToUpper(r.Key)))
		case c.doc.Swagger:
			f.Message = c.say("response key %s is not a status code: use default or a code from 100 to 599",
				"response key %s status code nahi hai: default ya 100 se 599 tak ka code likho", quote(r.Key))
		default:
			f.Message = c.say("response key %s is not a status code: use default, a code from 100 to 599 or a range 1XX–5XX",
				"response key %s status code nahi hai: default, 100 se 599 tak ka code ya 1XX–5XX range likho", quote(r.Key))
		}
		c.report(f, ignore...)
	}
	if r.IntKey && !c.doc.Swagger && kind == keyCode {
		f := key
		f.Rule = UnquotedResponseCode
		f.Ref = openAPIKeys
		f.Message = c.say("response code %s is a YAML integer: quote it (\"%s\") as OpenAPI asks, so YAML and JSON tools agree",
			"response code %s YAML integer hai: isko quote karo (\"%s\") jaise OpenAPI kehta hai, taaki YAML aur JSON tools ek jaisa padhein", r.Key, r.Key)
		c.report(f, ignore...)
	}
}

// codeRules judge the code itself and whether it fits the method.
func (c *checker) codeRules(op *Operation, key Finding, code int, ignore [][]string) {
	entries := catalog.ByCode(code)
	switch {
	case len(entries) == 0:
		f := key
		f.Rule = UnregisteredCode
		f.Ref = statusCodes
		f.Message = c.say("%d is not in the IANA status code registry: clients treat it as a plain %dxx, so use a registered code",
			"%d IANA status code registry mein nahi hai: client ise sirf %dxx samjhega, isliye registered code use karo", code, code/100)
		c.report(f, ignore...)
	case !entries[0].Official():
		var whose []string
		for _, e := range entries {
			whose = append(whose, fmt.Sprintf("%s %s", e.Origin, e.Name))
		}
		f := key
		f.Rule = VendorCode
		f.Ref = statusCodes
		f.Message = c.say("%d is a vendor's code (%s), not a registered status: clients treat it as a plain %dxx",
			"%d ek vendor ka code hai (%s), registered status nahi: client ise sirf %dxx samjhega", code, strings.Join(whose, "; "), code/100)
		c.report(f, ignore...)
	case entries[0].Status == catalog.Obsoleted || entries[0].Status == catalog.Unused || code == 305:
		why := map[int]catalog.Text{
			305: {En: "deprecated: clients must not follow it, for security", Hi: "deprecated hai: security ki wajah se client ise follow nahi karte"},
			306: {En: "reserved and unused", Hi: "reserved hai, use nahi hota"},
			418: {En: "reserved: an April Fools' joke, not a status to send", Hi: "reserved hai: April Fools ka mazaak, bhejne wala status nahi"},
			510: {En: "obsolete: the extension framework that defined it is historic", Hi: "obsolete hai: jis extension framework ne ise banaya woh ab historic hai"},
		}[code]
		if why.IsZero() {
			why = catalog.Text{En: "obsolete", Hi: "obsolete hai"}
		}
		f := key
		f.Rule = ObsoleteCode
		f.Ref = refOf(code)
		f.Message = c.say("%d %s is %s", "%d %s %s", code, entries[0].Name, why.In(c.cfg.Lang))
		c.report(f, ignore...)
	}
	method := op.Method
	var unfit bool
	var why catalog.Text
	switch code {
	case 201:
		unfit = method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "TRACE"
		why = catalog.Text{En: "a " + method + " request creates nothing", Hi: method + " request kuch create nahi karti"}
	case 206:
		unfit = method != "GET" && method != "HEAD"
		why = catalog.Text{En: "ranges apply to GET (and HEAD) only", Hi: "range sirf GET (aur HEAD) pe lagti hai"}
	case 304:
		unfit = method != "GET" && method != "HEAD"
		why = catalog.Text{En: "only a conditional GET or HEAD is answered with 304", Hi: "304 sirf conditional GET ya HEAD ka jawab hota hai"}
	}
	if unfit && method != "" {
		f := key
		f.Rule = MethodFit
		f.Ref = refOf(code)
		f.Message = c.say("%d %s cannot answer %s: %s", "%d %s %s ka jawab nahi ho sakta: %s", code, nameOf(code), method, why.In(c.cfg.Lang))
		c.report(f, ignore...)
	}
}

// requiredHeaders are the headers RFCs ask for with a code: must is the
// RFC's MUST (a warning), otherwise its SHOULD (info).
var requiredHeaders = [...]struct {
	code int
	name string
	must bool
}{
	{101, "Upgrade", true},
	{206, "Content-Range", true},
	{301, "Location", false},
	{302, "Location", false},
	{303, "Location", true},
	{307, "Location", false},
	{308, "Location", false},
	{401, "WWW-Authenticate", true},
	{405, "Allow", true},
	{407, "Proxy-Authenticate", true},
	{416, "Content-Range", false},
	{426, "Upgrade", true},
}

func hasHeader(headers []string, name string) bool {
	return slices.ContainsFunc(headers, func(h string) bool { return strings.EqualFold(strings.TrimSpace(h), name) })
}

// refOf is the section that defines a code, or RFC 9110's section on
// status codes when the catalogue has none.
func refOf(code int) string {
	if e := catalog.ByCode(code); len(e) > 0 && e[0].Spec.Ref != "" && e[0].Official() {
		return e[0].Spec.Ref
	}
	return statusCodes
}

func nameOf(code int) string {
	if e := catalog.ByCode(code); len(e) > 0 {
		return e[0].Name
	}
	return ""
}

// EscapePointer escapes a reference token as RFC 6901 asks.
func EscapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// quote shows user text in a message: one line, cut to about 60 runes.
func quote(s string) string {
	s = strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:59]) + "…"
	}
	return strconv.Quote(s)
}
