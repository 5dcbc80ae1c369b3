package catalog

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestEntriesAreWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for gi, g := range groups {
		for i := range g {
			e := &g[i]
			id := fmt.Sprintf("%d/%s", e.Code, e.Origin)
			if seen[id] {
				t.Errorf("%d: more than one entry for origin %q", e.Code, e.Origin)
			}
			seen[id] = true
			if i > 0 && g[i-1].Code > e.Code {
				t.Errorf("%d: out of order after %d in its file", e.Code, g[i-1].Code)
			}
			if e.Code < 100 || e.Code > 999 {
				t.Errorf("%d: not a three-digit code", e.Code)
			}
			if gi < 5 && e.Class() != gi+1 {
				t.Errorf("%d: filed with the %s codes", e.Code, ClassName(gi+1))
			}
			if gi < 5 && !e.Official() || gi == 5 && e.Official() {
				t.Errorf("%d: status %q filed in the wrong group", e.Code, e.Status)
			}
			checkEntry(t, e)
		}
	}
}

func checkEntry(t *testing.T, e *Entry) {
	t.Helper()
	at := func(format string, args ...any) {
		t.Helper()
		t.Errorf("%d %s: %s", e.Code, e.Name, fmt.Sprintf(format, args...))
	}
	switch e.Status {
	case Standard, Temporary, Unused, Obsoleted:
		if e.Origin != "" {
			at("registered code has origin %q", e.Origin)
		}
	case Unofficial:
		if e.Origin == "" {
			at("unofficial code has no origin")
		}
	default:
		at("unknown status %q", e.Status)
	}
	if e.Name == "" || strings.TrimSpace(e.Name) != e.Name {
		at("name %q is empty or padded", e.Name)
	}
	for field, text := range map[string]Text{"summary": e.Summary, "description": e.Description, "use when": e.UseWhen} {
		if text.En == "" {
			at("no %s", field)
		}
		if text.Hi == "" {
			at("no Hinglish %s", field)
		}
	}
	for _, s := range []string{e.Summary.En, e.Summary.Hi} {
		if n := utf8.RuneCountInString(s); n > 80 {
			at("summary is %d characters, more than 80: %q", n, s)
		}
		if strings.HasSuffix(s, ".") {
			at("summary ends with a full stop: %q", s)
		}
	}
	for _, text := range allText(e) {
		checkProse(t, e, text)
	}
	if e.Official() || e.Spec.Ref != "" {
		if e.Spec.Ref == "" {
			at("no spec reference")
		}
		checkURL(t, e, e.Spec.URL, "")
	}
	if e.MDN != "" {
		checkURL(t, e, e.MDN, "developer.mozilla.org")
		if !strings.HasSuffix(e.MDN, "/"+strconv.Itoa(e.Code)) {
			at("MDN link %q is not the page for %d", e.MDN, e.Code)
		}
	}
	for _, a := range e.AvoidWhen {
		if a.Code == e.Code {
			at("avoid-when points at itself")
		}
		if len(ByCode(a.Code)) == 0 {
			at("avoid-when names %d, which is not in the catalogue", a.Code)
		}
		if a.When.En == "" || a.When.Hi == "" {
			at("avoid-when for %d lacks its condition in a language", a.Code)
		}
	}
	for _, r := range e.Related {
		if r == e.Code && len(ByCode(r)) < 2 {
			at("related to itself")
		}
		if len(ByCode(r)) == 0 {
			at("related code %d is not in the catalogue", r)
		}
	}
	headerName := regexp.MustCompile(`^[A-Z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$`)
	for _, h := range e.Headers {
		if !headerName.MatchString(h.Name) {
			at("header name %q is not in canonical form", h.Name)
		}
		switch h.Requirement {
		case Required, Recommended, Optional:
		default:
			at("header %s has requirement %q", h.Name, h.Requirement)
		}
		if h.Note.En == "" {
			at("header %s has no note", h.Name)
		}
	}
	for _, m := range e.Methods {
		if m != strings.ToUpper(m) || m == "" {
			at("method %q is not an upper-case token", m)
		}
	}
	situations := map[string]bool{}
	for _, s := range e.Situations {
		if s == "" || s != strings.TrimSpace(s) || s != strings.ToLower(s) {
			at("situation %q is empty, padded or not lower case", s)
		}
		if situations[s] {
			at("situation %q appears twice", s)
		}
		situations[s] = true
	}
	if e.Status == Standard {
		if len(e.Situations) < 6 {
			at("only %d situations; standard codes need at least 6", len(e.Situations))
		}
		if len(e.AvoidWhen) == 0 {
			at("no avoid-when advice")
		}
		if e.Retry.En == "" {
			at("no retry guidance")
		}
	}
}

var devanagari = regexp.MustCompile(`[\x{0900}-\x{097F}]`)

func checkProse(t *testing.T, e *Entry, text Text) {
	t.Helper()
	for _, s := range []string{text.En, text.Hi} {
		if s != strings.TrimSpace(s) || strings.Contains(s, "  ") {
			t.Errorf("%d: stray spaces in %q", e.Code, s)
		}
		if !utf8.ValidString(s) {
			t.Errorf("%d: invalid UTF-8 in %q", e.Code, s)
		}
	}
	if devanagari.MatchString(text.Hi) {
		t.Errorf("%d: Hinglish is written in Latin script, not Devanagari: %q", e.Code, text.Hi)
	}
}

func allText(e *Entry) []Text {
	texts := []Text{e.Summary, e.Description, e.UseWhen, e.Note, e.Caching, e.Retry}
	for _, a := range e.AvoidWhen {
		texts = append(texts, a.When)
	}
	for _, h := range e.Headers {
		texts = append(texts, h.Note)
	}
	return texts
}

func checkURL(t *testing.T, e *Entry, raw, host string) {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" || u.Host == "" || strings.ContainsAny(raw, " \t") {
		t.Errorf("%d: %q is not a well-formed https URL", e.Code, raw)
		return
	}
	if host != "" && u.Host != host {
		t.Errorf("%d: %q is not on %s", e.Code, raw, host)
	}
}

func TestNamesAndAliasesFindOneCode(t *testing.T) {
	owner := map[string]*Entry{}
	claim := func(name string, e *Entry) {
		key := strings.ToLower(name)
		if prev, ok := owner[key]; ok && prev != e && prev.Code != e.Code {
			t.Errorf("%q names both %d (%s) and %d (%s)", name, prev.Code, prev.Origin, e.Code, e.Origin)
		}
		owner[key] = e
	}
	for _, e := range All() {
		claim(e.Name, e)
	}
	for _, e := range All() {
		for _, a := range e.Aliases {
			if strings.EqualFold(a, e.Name) {
				t.Errorf("%d: alias %q repeats the name", e.Code, a)
			}
			claim(a, e)
		}
	}
}

// TestRegistry checks the registered entries against a snapshot of the IANA
// registry (testdata/iana-http-status-codes.csv, the registry's own CSV).
func TestRegistry(t *testing.T) {
	f, err := os.Open("testdata/iana-http-status-codes.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	registered := map[int]bool{}
	for _, row := range rows[1:] {
		value, desc, ref := row[0], row[1], row[2]
		code, err := strconv.Atoi(value)
		if err != nil || desc == "Unassigned" {
			continue // a range of unassigned codes
		}
		registered[code] = true
		var e *Entry
		for _, c := range ByCode(code) {
			if c.Official() {
				e = c
			}
		}
		if e == nil {
			t.Errorf("%d %s: registered but not in the catalogue", code, desc)
			continue
		}
		wantStatus, wantName := Standard, desc
		switch {
		case desc == "(Unused)":
			wantStatus, wantName = Unused, e.Name
		case strings.Contains(desc, "(TEMPORARY"):
			wantStatus, wantName = Temporary, strings.TrimSpace(desc[:strings.Index(desc, "(")])
		case strings.HasSuffix(desc, "(OBSOLETED)"):
			wantStatus, wantName = Obsoleted, strings.TrimSuffix(desc, " (OBSOLETED)")
		}
		if e.Name != wantName || e.Status != wantStatus {
			t.Errorf("%d: catalogue has %q (%s); registry has %q (%s)", code, e.Name, e.Status, wantName, wantStatus)
		}
		// The registry cites "[RFC9110, Section 15.5.5]" or just "[RFC4918]";
		// the catalogue writes "RFC 9110, Section 15.5.5" and adds sections.
		first := strings.TrimPrefix(strings.SplitN(ref, "]", 2)[0], "[")
		first = regexp.MustCompile(`^RFC(\d+)`).ReplaceAllString(first, "RFC $1")
		first = regexp.MustCompile(`-\d\d$`).ReplaceAllString(first, "")
		if !strings.HasPrefix(e.Spec.Ref, first) {
			t.Errorf("%d: reference %q does not start with the registry's %q", code, e.Spec.Ref, first)
		}
	}
	for _, e := range All() {
		if e.Official() && !registered[e.Code] {
			t.Errorf("%d %s: marked %s but not in the registry", e.Code, e.Name, e.Status)
		}
	}
}

// goNameDiffers lists where Go's net/http.StatusText still uses a name from
// before RFC 9110 (or a nickname). Each must be an alias of the entry so that
// people who search for Go's wording find the code.
var goNameDiffers = map[int]string{
	413: "Go keeps RFC 7231's Request Entity Too Large",
	414: "Go keeps RFC 7231's Request URI Too Long",
	416: "Go keeps RFC 7231's Requested Range Not Satisfiable",
	422: "Go keeps RFC 4918's Unprocessable Entity",
}

func TestAgreesWithGoStatusText(t *testing.T) {
	for code := 100; code < 600; code++ {
		goName := http.StatusText(code)
		if goName == "" {
			continue
		}
		entries := ByCode(code)
		if len(entries) == 0 || !entries[0].Official() {
			t.Errorf("%d %s: known to Go, not registered in the catalogue", code, goName)
			continue
		}
		e := entries[0]
		_, known := goNameDiffers[code]
		switch {
		case e.Name == goName && known:
			t.Errorf("%d: Go now says %q like the catalogue; drop it from goNameDiffers", code, goName)
		case e.Name != goName && !known:
			t.Errorf("%d: Go says %q, the catalogue %q; fix the name or list the difference with its reason", code, goName, e.Name)
		case e.Name != goName && !slices.Contains(e.Aliases, goName):
			t.Errorf("%d: Go's name %q should be an alias", code, goName)
		}
	}
}

// TestGoConstants reads net/http's status.go from the Go installation that
// runs the test, so a constant Go adds or renames shows up here.
func TestGoConstants(t *testing.T) {
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Skipf("no go command to find Go's source: %v", err)
	}
	path := filepath.Join(strings.TrimSpace(string(goroot)), "src", "net", "http", "status.go")
	file, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		t.Skipf("no Go source to compare with: %v", err)
	}
	goConst := map[int]string{}
	for _, decl := range file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.CONST {
			continue
		}
		for _, spec := range gen.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok || name.Name == "_" { // "_ = 306" reserves the unused code
					continue
				}
				code, _ := strconv.Atoi(lit.Value)
				goConst[code] = "http." + name.Name
			}
		}
	}
	if len(goConst) < 60 {
		t.Fatalf("read only %d constants from %s", len(goConst), path)
	}
	checkConstants(t, "go", goConst, func(c Constants) string { return c.Go })
}

// ecosystems maps each snapshot in testdata/constants to the prefix the
// catalogue writes before the identifier and the field that holds it.
var ecosystems = []struct {
	name   string
	prefix string
	field  func(Constants) string
}{
	{"python", "HTTPStatus.", func(c Constants) string { return c.Python }},
	{"node", "StatusCodes.", func(c Constants) string { return c.Node }},
	{"java", "HttpStatus.", func(c Constants) string { return c.Java }},
	{"dotnet", "HttpStatusCode.", func(c Constants) string { return c.Dotnet }},
	{"rust", "StatusCode::", func(c Constants) string { return c.Rust }},
	{"django", "status.", func(c Constants) string { return c.Django }},
	{"rails", ":", func(c Constants) string { return c.Rails }},
	{"php", "Response::", func(c Constants) string { return c.PHP }},
}

// TestEcosystemConstants compares the constants with snapshots of each
// ecosystem's source (testdata/constants/<ecosystem>.txt: "code identifier"
// per line, the ecosystem's preferred identifier for the code; the file's
// header names the source and version).
func TestEcosystemConstants(t *testing.T) {
	for _, eco := range ecosystems {
		t.Run(eco.name, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", "constants", eco.name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			want := map[int]string{}
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				line := strings.TrimSpace(sc.Text())
				if line == "" || strings.HasPrefix(line, "#") {
					continue
				}
				fields := strings.Fields(line)
				code, err := strconv.Atoi(fields[0])
				if err != nil || len(fields) != 2 {
					t.Fatalf("bad snapshot line %q", line)
				}
				if _, dup := want[code]; dup {
					t.Fatalf("snapshot lists %d twice", code)
				}
				want[code] = eco.prefix + fields[1]
			}
			if err := sc.Err(); err != nil {
				t.Fatal(err)
			}
			checkConstants(t, eco.name, want, eco.field)
		})
	}
}

func checkConstants(t *testing.T, eco string, want map[int]string, field func(Constants) string) {
	t.Helper()
	for code, ident := range want {
		holders := 0
		for _, e := range ByCode(code) {
			if field(e.Constants) == ident {
				holders++
			}
		}
		if holders != 1 {
			t.Errorf("%s: %s (%d) is held by %d entries, want 1", eco, ident, code, holders)
		}
	}
	for _, e := range All() {
		if got := field(e.Constants); got != "" && want[e.Code] != got {
			t.Errorf("%s: %d has %q; the source has %q", eco, e.Code, got, want[e.Code])
		}
	}
}

// RFC 9110, Section 15.1 names the heuristically cacheable codes; RFC 7725,
// Section 3 adds 451.
var heuristicallyCacheable = []int{200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501}

func TestCacheability(t *testing.T) {
	for _, e := range All() {
		if !e.Official() {
			if e.Cacheable {
				t.Errorf("%d %s: unofficial codes are not heuristically cacheable", e.Code, e.Origin)
			}
			continue
		}
		if want := slices.Contains(heuristicallyCacheable, e.Code); e.Cacheable != want {
			t.Errorf("%d: cacheable is %v, RFC 9110 Section 15.1 says %v", e.Code, e.Cacheable, want)
		}
		if e.Caching.En == "" && e.Status == Standard {
			t.Errorf("%d: no caching note", e.Code)
		}
	}
}

func TestContentAllowed(t *testing.T) {
	// RFC 9110: 1xx (15.2), 204 (15.3.5), 205 (15.3.6) and 304 (15.4.5)
	// responses end at the header section.
	for _, e := range All() {
		if !e.Official() {
			continue
		}
		want := !(e.Class() == 1 || e.Code == 204 || e.Code == 205 || e.Code == 304)
		if e.ContentAllowed != want {
			t.Errorf("%d: content allowed is %v, want %v", e.Code, e.ContentAllowed, want)
		}
	}
}

// TestHeaderRequirements pins the header rules the RFCs state with MUST, so
// a slip in the data cannot weaken them.
func TestHeaderRequirements(t *testing.T) {
	must := map[int][]string{
		101: {"Upgrade"},
		401: {"WWW-Authenticate"},
		405: {"Allow"},
		206: {"Content-Range"},
		407: {"Proxy-Authenticate"},
		426: {"Upgrade"},
	}
	for code, names := range must {
		e := ByCode(code)[0]
		for _, name := range names {
			i := slices.IndexFunc(e.Headers, func(h Header) bool { return h.Name == name })
			if i < 0 || e.Headers[i].Requirement != Required {
				t.Errorf("%d: %s must be listed as required", code, name)
			}
		}
	}
	for _, code := range []int{201, 301, 302, 303, 307, 308} {
		if !slices.ContainsFunc(ByCode(code)[0].Headers, func(h Header) bool { return h.Name == "Location" }) {
			t.Errorf("%d: Location is not listed", code)
		}
	}
}

func TestClasses(t *testing.T) {
	for i, c := range Classes() {
		if c.Digit != i+1 || c.Name == "" || len(c.Aliases) == 0 {
			t.Errorf("class %d is incomplete: %+v", i+1, c)
		}
		for _, text := range []Text{c.Summary, c.Description} {
			if text.En == "" || text.Hi == "" || devanagari.MatchString(text.Hi) {
				t.Errorf("class %d lacks text in a language", c.Digit)
			}
		}
	}
	if _, ok := ClassByDigit(6); ok {
		t.Error("ClassByDigit(6) found a class")
	}
}

func TestConfusions(t *testing.T) {
	if len(Confusions()) < 10 {
		t.Errorf("only %d confusions", len(Confusions()))
	}
	for _, c := range Confusions() {
		if len(c.Codes) < 2 || c.Question.En == "" || c.Question.Hi == "" {
			t.Errorf("%v: incomplete", c.Codes)
		}
		if len(c.Choices) != len(c.Codes) {
			t.Errorf("%v: %d choices for %d codes", c.Codes, len(c.Choices), len(c.Codes))
		}
		for i, ch := range c.Choices {
			if i < len(c.Codes) && ch.Code != c.Codes[i] {
				t.Errorf("%v: choice %d is for %d", c.Codes, i, ch.Code)
			}
			if len(ByCode(ch.Code)) == 0 || ch.When.En == "" || ch.When.Hi == "" || ch.Example.En == "" || ch.Example.Hi == "" {
				t.Errorf("%v: choice for %d is incomplete", c.Codes, ch.Code)
			}
		}
	}
	if _, ok := ConfusionOf(502, 503, 504); !ok {
		t.Error("no confusion covers 502, 503 and 504")
	}
	if c, _ := ConfusionOf(502, 504); len(c.Codes) != 2 {
		t.Errorf("502/504 found %v, want the pair", c.Codes)
	}
	if _, ok := ConfusionOf(401, 401); ok {
		t.Error("a code is not confused with itself")
	}
	for _, pair := range [][2]int{{401, 403}, {400, 422}, {404, 410}, {301, 308}, {302, 303}, {307, 302}, {409, 412}, {429, 503}, {502, 504}, {405, 501}} {
		if _, ok := ConfusionOf(pair[0], pair[1]); !ok {
			t.Errorf("no confusion covers %d and %d", pair[0], pair[1])
		}
	}
}

func TestByCode(t *testing.T) {
	if got := ByCode(404); len(got) != 1 || got[0].Name != "Not Found" {
		t.Errorf("ByCode(404) = %v", got)
	}
	if got := ByCode(299); got != nil {
		t.Errorf("ByCode(299) = %v, want nil", got)
	}
	for _, code := range []int{420, 430, 499, 530} {
		got := ByCode(code)
		if len(got) < 2 {
			t.Errorf("ByCode(%d) has %d meanings, want several", code, len(got))
		}
	}
	all := All()
	if !slices.IsSortedFunc(all, byCodeThenRegistered) {
		t.Error("All is not sorted")
	}
	for _, e := range all {
		if !unicode.IsUpper([]rune(e.Name)[0]) && e.Name[0] != '(' {
			t.Errorf("%d: name %q does not start with a capital", e.Code, e.Name)
		}
	}
}

func BenchmarkByCode(b *testing.B) {
	for b.Loop() {
		ByCode(404)
	}
}

func BenchmarkAll(b *testing.B) {
	for b.Loop() {
		allOnce = sync.Once{}
		All()
	}
}
