// Command httpcode explains HTTP status codes and suggests which one to
// return for a situation. See pkg/cli for the commands.
package main

import (
	"os"

	"github.com/httpcode/httpcode/pkg/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.System()))
}
