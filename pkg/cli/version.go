package cli

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// Set at release by the linker:
//
//	-X github.com/httpcode/httpcode/pkg/cli.version=1.2.3
//	-X github.com/httpcode/httpcode/pkg/cli.commit=abc1234
//	-X github.com/httpcode/httpcode/pkg/cli.date=2026-11-25T10:00:00Z
var (
	version = ""
	commit  = ""
	date    = ""
)

// buildInfo returns the version, commit and date, from the linker flags
// when a release set them, otherwise from what `go build` or `go install`
// recorded. It is read only when --version asks.
func buildInfo() (v, c, d string) {
	v, c, d = version, commit, date
	if info, ok := debug.ReadBuildInfo(); ok {
		if v == "" && info.Main.Version != "" {
			v = info.Main.Version
		}
		for _, s := range info.Settings {
			switch {
			case s.Key == "vcs.revision" && c == "":
				c = s.Value
				if len(c) > 12 {
					c = c[:12]
				}
			case s.Key == "vcs.time" && d == "":
				d = s.Value
			}
		}
	}
	if v == "" {
		v = "(devel)"
	}
	if c == "" {
		c = "unknown"
	}
	if d == "" {
		d = "unknown"
	}
	return v, c, d
}

func printVersion(cmd *cobra.Command, g *globalOptions) error {
	v, c, d := buildInfo()
	if g.json() {
		_, err := fmt.Fprintf(cmd.OutOrStdout(), "{\"version\": %q, \"commit\": %q, \"date\": %q}\n", v, c, d)
		return err
	}
	_, err := fmt.Fprintf(cmd.OutOrStdout(), "httpcode %s (commit %s, built %s)\n", v, c, d)
	return err
}
