package openapi

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/httpcode/httpcode/pkg/lint"
)

// TestHostile feeds inputs built to exhaust a reader: each must end in a
// clean one-line error or a normal result, quickly and in bounded memory.
func TestHostile(t *testing.T) {
	bomb := "openapi: 3.0.0\ninfo: {title: t, version: '1'}\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
	prev := "a"
	for i := range 9 {
		name := string(rune('b' + i))
		bomb += name + ": &" + name + " [" + strings.Repeat("*"+prev+", ", 9) + "*" + prev + "]\n"
		prev = name
	}
	// Operations that fan out through aliases: a small file, millions of
	// responses if followed blindly.
	fan := "openapi: 3.0.0\ninfo: {title: t, version: '1'}\nx-r: &r {"
	for c := 200; c < 300; c++ {
		fan += `"` + strconv.Itoa(c) + `": {description: ok},`
	}
	fan += "}\nx-o: &o {responses: *r}\nx-p: &p {get: *o, put: *o, post: *o, delete: *o, patch: *o, head: *o, options: *o, trace: *o}\npaths:\n"
	for i := range 5000 {
		fan += "  /p" + strconv.Itoa(i) + ": *p\n"
	}
	for _, tc := range []struct {
		name, data, err string
	}{
		{"alias bomb", bomb, ""},
		{"alias fan-out", fan, "aliases expand past the limit"},
		{"many aliases", "openapi: 3.0.0\na: &a x\nb: [" + strings.Repeat("*a, ", 20000) + "*a]\n", "more than 10000 YAML aliases"},
		{"deep flow nesting", "openapi: 3.0.0\nx: " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000), "nested deeper than 1000"},
		{"deeper than yaml allows", "openapi: 3.0.0\nx: " + strings.Repeat("[", 20000) + strings.Repeat("]", 20000), "not valid YAML or JSON"},
		{"deep block nesting", "openapi: 3.0.0\nx: " + strings.Repeat("- ", 50000) + "x\n", "not valid YAML or JSON"},
		{"ref cycle", "openapi: 3.0.0\npaths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: '#/components/responses/A'}\ncomponents:\n  responses:\n    A: {$ref: '#/components/responses/B'}\n    B: {$ref: '#/components/responses/A'}\n", "$ref cycle"},
		{"self ref", "openapi: 3.0.0\npaths:\n  /a: {$ref: '#/paths/~1a'}\n", "$ref cycle"},
		{"ref to nothing", "openapi: 3.0.0\npaths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: '#/components/responses/Nope'}\n", "points at nothing"},
		{"huge", "openapi: 3.0.0\nx: '" + strings.Repeat("a", 17<<20) + "'\n", "over the 16 MB limit"},
		{"binary", "\x7fELF\x02\x01\x01\x00\x00\x00", "is binary"},
		{"not yaml", "openapi: [3.0.0\n  : : :", "not valid YAML or JSON"},
		{"not openapi", "name: something\nversion: 2\n", "not an OpenAPI or Swagger document"},
		{"empty", "", "is empty"},
		{"scalar", "just words", "top level is not a mapping"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			_, err := Load("spec.yaml", []byte(tc.data), Options{})
			took := time.Since(start)
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			if tc.err == "" && err != nil {
				t.Errorf("error %v, want a normal result", err)
			}
			if tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
				t.Errorf("error %v, want one containing %q", err, tc.err)
			}
			if err != nil && strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
			if took > 2*time.Second {
				t.Errorf("took %v, want under 2s", took)
			}
			if alloc := (after.TotalAlloc - before.TotalAlloc) >> 20; alloc > 200 {
				t.Errorf("allocated %d MB, want under 200", alloc)
			}
		})
	}
}

// TestFileRefs: other files are read only when asked, only inside the
// spec's folder, never by URL or absolute path.
func TestFileRefs(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "lint", "refs")
	data, err := os.ReadFile(filepath.Join(dir, "api.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	resolved := func(doc *lint.Document) map[string]bool {
		out := map[string]bool{}
		for _, r := range doc.Operations[0].Responses {
			out[r.Key] = r.Resolved
		}
		return out
	}
	doc, err := Load("api.yaml", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r := resolved(doc); r["401"] || !r["200"] {
		t.Errorf("without file refs: resolved %v, want only 200", r)
	}
	doc, err = Read(filepath.Join(dir, "api.yaml"), data, os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	r := resolved(doc)
	if !r["401"] || r["403"] || r["404"] || r["429"] || r["500"] {
		t.Errorf("with file refs: resolved %v, want 401 and none outside the folder", r)
	}
	found := lint.Check(doc, lint.Config{})
	if len(found) != 1 || found[0].Rule != lint.RequiredHeader || !strings.HasSuffix(found[0].File, filepath.Join("sub", "responses.yaml")) {
		t.Errorf("findings %+v, want one required-header in sub/responses.yaml", found)
	}
}
