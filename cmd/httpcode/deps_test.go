package main

import (
	"os/exec"
	"strings"
	"testing"
)

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
