package main

import (
	"flag"
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/httpcode/httpcode/pkg/cli"
	"github.com/httpcode/httpcode/pkg/openapi"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script from what httpcode prints")

// TestMain lets the test binary run as httpcode inside the scripts, so they
// drive the real command, process and all; and as the lint helper
// (cmd/httpcode-lint's main, which a test cannot import), which httpcode
// finds on the scripts' PATH and hands lint over to. The pseudo-terminal
// tests (interactive_test.go) run it the same way, marked by an
// environment variable.
func TestMain(m *testing.M) {
	if os.Getenv("HTTPCODE_TEST_RUN_MAIN") == "1" {
		os.Exit(run())
	}
	testscript.Main(m, map[string]func(){
		"httpcode":     func() { os.Exit(run()) },
		cli.LintHelper: func() { os.Exit(cli.LintMain(os.Args[1:], cli.System(), openapi.Read)) },
	})
}

// TestScripts runs testdata/script/*.txtar: one behaviour per script,
// named <command>_<behaviour>.txtar.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "../../testdata/script",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
	})
}
