package lint_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/lint"
	"github.com/httpcode/httpcode/pkg/openapi"
)

// TestPlanted lints files whose every expected finding is marked on its
// line with "# want: rule …": every mark must be found (recall) and
// nothing else reported (precision).
func TestPlanted(t *testing.T) {
	for _, name := range []string{"planted.yaml", "planted-swagger.yaml", "correct.yaml", "correct-swagger.json"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("..", "..", "testdata", "lint", name)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := openapi.Load(name, data, openapi.Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, f := range lint.Check(doc, lint.Config{}) {
				got[fmt.Sprintf("%d %s", f.Line, f.Rule)] = true
				if !strings.Contains(f.Message, "(RFC ") && !strings.Contains(f.Message, "(OpenAPI") {
					t.Errorf("line %d: %s: message cites no section: %s", f.Line, f.Rule, f.Message)
				}
			}
			want := wants(string(data))
			for k := range want {
				if !got[k] {
					t.Errorf("missed: line %s", k)
				}
			}
			var extra []string
			for k := range got {
				if !want[k] {
					extra = append(extra, k)
				}
			}
			slices.Sort(extra)
			for _, k := range extra {
				t.Errorf("false positive: line %s", k)
			}
			t.Logf("%d planted, %d found", len(want), len(got))
		})
	}
}

var wantMark = regexp.MustCompile(`# want: ([a-z -]+)$`)

func wants(src string) map[string]bool {
	out := map[string]bool{}
	for i, line := range strings.Split(src, "\n") {
		if m := wantMark.FindStringSubmatch(line); m != nil {
			for _, rule := range strings.Fields(m[1]) {
				out[fmt.Sprintf("%d %s", i+1, rule)] = true
			}
		}
	}
	return out
}

// TestPlantedCoversEveryRule keeps the planted file honest as rules are added.
func TestPlantedCoversEveryRule(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "lint", "planted.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	planted := map[string]bool{}
	for key := range wants(string(data)) {
		_, rule, _ := strings.Cut(key, " ")
		planted[rule] = true
	}
	for _, r := range lint.Rules() {
		if !planted[r.ID] {
			t.Errorf("no planted mistake for %s", r.ID)
		}
	}
}

// TestSharedOnce: a response component used by three operations, one of
// them through two hops, is reported once, at the component.
func TestSharedOnce(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "lint", "planted.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := openapi.Load("planted.yaml", data, openapi.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var at []string
	for _, f := range lint.Check(doc, lint.Config{}) {
		if f.Rule == lint.RequiredHeader && f.Code == "401" {
			at = append(at, f.Pointer)
		}
	}
	want := []string{"/paths/~1headers/get/responses/401", "/components/responses/NoLogin"}
	if !slices.Equal(at, want) {
		t.Errorf("401 findings at %q, want %q", at, want)
	}
}

func TestSelectionAndIgnore(t *testing.T) {
	src := `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a:
    get:
      x-httpcode-ignore: [method-fit]
      parameters: [{name: q, in: query}]
      responses:
        "201": {description: Made}
        "400": {description: Bad}
        "499": {description: Gone away, x-httpcode-ignore: vendor-code}
        "401": {description: Log in}
`
	doc, err := openapi.Load("a.yaml", []byte(src), openapi.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rules := func(cfg lint.Config) []string {
		var out []string
		for _, f := range lint.Check(doc, cfg) {
			out = append(out, f.Rule)
		}
		return out
	}
	if got := rules(lint.Config{}); !slices.Equal(got, []string{lint.RequiredHeader}) {
		t.Errorf("with ignores: %q, want only required-header", got)
	}
	if got := rules(lint.Config{Rules: lint.Selection{Disable: []string{lint.RequiredHeader}}}); len(got) != 0 {
		t.Errorf("disabled: %q, want nothing", got)
	}
	if got := rules(lint.Config{Rules: lint.Selection{Disable: []string{"all"}, Enable: []string{lint.RequiredHeader}}}); !slices.Equal(got, []string{lint.RequiredHeader}) {
		t.Errorf("all disabled, one enabled: %q", got)
	}
	if err := (lint.Selection{Disable: []string{"required-headers"}}).Check(); err == nil || !strings.Contains(err.Error(), "did you mean required-header") {
		t.Errorf("unknown rule: %v", err)
	}
	hi := lint.Check(doc, lint.Config{Lang: catalog.Hinglish})
	if len(hi) != 1 || !strings.Contains(hi[0].Message, "bina") {
		t.Errorf("hinglish: %+v", hi)
	}
}
