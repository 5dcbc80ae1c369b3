// Command httpcode explains HTTP status codes and suggests which one to
// return for a situation. See pkg/cli for the commands.
package main

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/httpcode/httpcode/pkg/cli"
)

func main() { os.Exit(run()) }

func run() int {
	// A reader that stops early (httpcode list | head -1) should end
	// httpcode quietly and successfully, not kill it with SIGPIPE: writes
	// then fail with EPIPE, which cli.Main treats as the end of output.
	signal.Ignore(syscall.SIGPIPE)
	return cli.Main(os.Args[1:], cli.System())
}
