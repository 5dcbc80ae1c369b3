// Command httpcode-lint runs `httpcode lint`: it checks the status codes of
// OpenAPI and Swagger descriptions. httpcode hands lint over to it, found
// beside httpcode or on PATH, so that the YAML reader it links (and that
// reader's start-up cost) stays out of every other httpcode command.
package main

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/httpcode/httpcode/pkg/cli"
	"github.com/httpcode/httpcode/pkg/openapi"
)

func main() { os.Exit(run()) }

func run() int {
	signal.Ignore(syscall.SIGPIPE) // see cmd/httpcode
	return cli.LintMain(os.Args[1:], cli.System(), openapi.Read)
}
