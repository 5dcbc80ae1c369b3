//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/httpcode/httpcode/pkg/lint"
	"github.com/httpcode/httpcode/pkg/openapi"
)

// fakeHelper puts an httpcode-lint on PATH that prints its arguments, one
// a line, and exits with the given status.
func fakeHelper(t *testing.T, status string) {
	t.Helper()
	dir := t.TempDir()
	script := "#!/bin/sh\nprintf '%s\\n' \"$@\"\nexit " + status + "\n"
	if err := os.WriteFile(filepath.Join(dir, LintHelper), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
}

// TestLintHandOver: httpcode passes lint to the helper with the flags as
// parsed, global ones given before "lint" included, and the files after
// "--"; the helper's exit status becomes httpcode's.
func TestLintHandOver(t *testing.T) {
	fakeHelper(t, "1")
	code, out, errOut := run{args: []string{
		"--lang", "hinglish", "lint", "-o", "json", "--disable", "method-fit,vendor-code", "--fail-on=warning", "--", "-odd.yaml", "b.json",
	}}.do(t)
	if code != 1 || errOut != "" {
		t.Errorf("exit %d, stderr %q; want 1 and nothing", code, errOut)
	}
	got := strings.Fields(out)
	for _, want := range []string{"--lang=hinglish", "--output=json", "--disable=method-fit", "--disable=vendor-code", "--fail-on=warning"} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("helper got %q, want %s among them", got, want)
		}
	}
	if n := len(got); n < 3 || got[n-3] != "--" || got[n-2] != "-odd.yaml" || got[n-1] != "b.json" {
		t.Errorf("helper got %q, want the files last, after --", got)
	}
}

func TestLintHelperMissing(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	code, _, errOut := run{args: []string{"lint", "openapi.yaml"}}.do(t)
	if code != ExitUsage {
		t.Errorf("exit %d, want %d", code, ExitUsage)
	}
	if !strings.HasPrefix(errOut, "httpcode: lint needs the httpcode-lint helper") || strings.Count(errOut, "\n") != 1 ||
		!strings.Contains(errOut, "go run ./cmd/httpcode-lint FILE") {
		t.Errorf("stderr %q, want a one-line hint naming the helper", errOut)
	}
}

// TestLintRulesDocumented: every rule lint checks is in `httpcode lint
// --help` and in the README's Lint section, where users look them up.
func TestLintRulesDocumented(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, _ := strings.Cut(string(readme), "\n## Lint\n")
	section, _, _ = strings.Cut(section, "\n## ")
	for _, r := range lint.Rules() {
		if !strings.Contains(lintLong, "  "+r.ID+" ") {
			t.Errorf("lint --help does not list %s", r.ID)
		}
		if !strings.Contains(section, "`"+r.ID+"`") {
			t.Errorf("the README's Lint section does not list %s", r.ID)
		}
	}
}

func TestLintReadLimitIsTheLoaders(t *testing.T) {
	if want := openapi.DefaultLimits().MaxBytes; maxSpecBytes != want {
		t.Errorf("lint reads up to %d bytes of a file; the loader accepts %d", maxSpecBytes, want)
	}
}
