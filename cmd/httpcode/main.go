// Command httpcode explains HTTP status codes and suggests which one to
// return for a situation. See pkg/cli for the commands.
package main

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/httpcode/httpcode/pkg/cli"
)

func main() {
	growStack()
	os.Exit(run())
}

// growStack grows the main goroutine's stack to 32 KB at once, while only
// two frames deep. A goroutine starts with 2 KB and doubles it each time
// it runs out, copying every frame on it; left to itself, a command grows
// its stack three times under cobra's and the renderers' frames, at about
// 30k instructions each (valgrind; a whole hello-world run is about 330k).
// Growing here costs about 10k, and 32 KB holds the measured commands.
//
//go:noinline
func growStack() {
	var frame [14 << 10]byte
	keep(frame[:])
}

// keep is a use of the frame the compiler cannot see through.
//
//go:noinline
func keep([]byte) {}

func run() int {
	// A reader that stops early (httpcode list | head -1) should end
	// httpcode quietly and successfully, not kill it with SIGPIPE: writes
	// then fail with EPIPE, which cli.Main treats as the end of output.
	signal.Ignore(syscall.SIGPIPE)
	return cli.Main(os.Args[1:], cli.System())
}
