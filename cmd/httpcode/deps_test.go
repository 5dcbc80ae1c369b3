package main

import (
	"os/exec"
	"strings"
	"testing"
)

// forbiddenModules must never be linked into httpcode. The TUI frameworks
// query the terminal from package init (colours, background, cursor) and
// wait for answers a silent terminal never sends, stalling even
// `httpcode 404`; huh's accessible mode also reads piped answers ahead and
// picks option 1 at end of input. pkg/prompt does the little httpcode needs
// on raw mode and a bufio.Reader instead. lipgloss v2 detects the terminal
// at init; v1 (which renders colours here) does not.
var forbiddenModules = []string{
	"github.com/charmbracelet/bubbletea",
	"github.com/charmbracelet/huh",
	"github.com/charmbracelet/bubbles",
	"github.com/charmbracelet/lipgloss/v2",
	"charm.land/", // the v2 releases' new home
}

func TestNoForbiddenModules(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to list the build's packages")
	}
	out, err := exec.Command(goTool, "list", "-deps", "-f", "{{with .Module}}{{.Path}}{{end}}", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	modules := map[string]bool{}
	for _, m := range strings.Fields(string(out)) {
		modules[m] = true
	}
	if !modules["github.com/spf13/cobra"] {
		t.Fatalf("go list found no cobra among %d modules: the listing is wrong", len(modules))
	}
	for m := range modules {
		for _, f := range forbiddenModules {
			if m == f || strings.HasPrefix(m, f+"/") || strings.HasSuffix(f, "/") && strings.HasPrefix(m, f) {
				t.Errorf("%s is linked into httpcode; it is forbidden (see forbiddenModules)", m)
			}
		}
	}
}

// TestNoYAMLReader keeps the YAML reader out of httpcode: its package init
// would run on every command (httpcode 404 included) though only lint
// needs it, so lint lives in the httpcode-lint helper.
func TestNoYAMLReader(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.Contains(pkg, "yaml") || strings.HasSuffix(pkg, "/pkg/openapi") {
			t.Errorf("httpcode links %s; keep it in cmd/httpcode-lint", pkg)
		}
	}
}
