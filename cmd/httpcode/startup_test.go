//go:build unix

package main

import (
	"bytes"
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startupCommands are the calls whose start-up time httpcode promises to
// keep close to a hello-world's: the README's performance table lists them.
var startupCommands = []struct {
	name string
	args []string
}{
	{"show_404", []string{"404"}},
	{"list_all", []string{"list", "--all"}},
	{"suggest", []string{"suggest", "upstream timed out"}},
	{"complete_40", []string{"__complete", "40"}},
}

// dependencyInits are the packages outside the standard library that do
// work at init in httpcode today, with what it costs (user-space
// instructions of one run, measured with valgrind; a hello-world's whole
// run is about 350k). Each was weighed when it came in; a package that is
// not listed here is new init work on every call, and should be weighed
// the same way before it is added.
var dependencyInits = []string{
	"github.com/spf13/cobra", // a few allocations
	"github.com/spf13/pflag", // a few allocations
	"golang.org/x/sys/unix",  // one allocation
}

// maxReleaseMB is the size the stripped release binary may grow to.
const maxReleaseMB = 6.0

// TestStartupInitWork keeps work out of package initialisation, where
// every call pays for it, whatever the command: no package of httpcode
// may do any (no package-level regexp.MustCompile, no map built at init;
// build such things on first use, or generate Go tables), and no new
// dependency may bring some unnoticed. It reads the runtime's own account
// (GODEBUG=inittrace=1) from the release build running each benchmarked
// command. It also holds the release binary to a size budget.
func TestStartupInitWork(t *testing.T) {
	if testing.Short() {
		t.Skip("builds httpcode")
	}
	bin := filepath.Join(t.TempDir(), "httpcode")
	buildRelease(t, bin, ".")
	// The kernel maps a binary in 64 KB windows as it is touched, and a
	// start-up touches most of them: each 64 KB is about one more page
	// fault on every call, the dearest part of start-up in a VM. 5.0 MB
	// today; raise the budget knowingly, with .ci/bench's numbers.
	if mb := fileMB(bin); mb > maxReleaseMB {
		t.Errorf("the release binary is %.1f MB, over its %.1f MB budget", mb, maxReleaseMB)
	}
	for _, tc := range startupCommands {
		cmd := exec.Command(bin, tc.args...)
		cmd.Env = []string{"PATH=/usr/bin:/bin", "GODEBUG=inittrace=1"}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("httpcode %s: %v\n%s", strings.Join(tc.args, " "), err, stderr.Bytes())
		}
		inits := 0
		for line := range strings.Lines(stderr.String()) {
			// init <package> @<start> ms, <clock> ms clock, <bytes> bytes, <n> allocs
			f := strings.Fields(line)
			if len(f) < 3 || f[0] != "init" || !strings.HasPrefix(f[2], "@") {
				continue
			}
			inits++
			pkg := f[1]
			switch {
			case pkg == "main" || strings.HasPrefix(pkg, "github.com/httpcode/httpcode/"):
				t.Errorf("httpcode %s: package %s does work at init: %s", strings.Join(tc.args, " "), pkg, strings.TrimSpace(line))
			case !strings.Contains(strings.Split(pkg, "/")[0], "."):
				// The standard library (vendor/ included) comes with Go.
			case !slices.Contains(dependencyInits, pkg):
				t.Errorf("httpcode %s: dependency %s does work at init (%s); weigh it (see dependencyInits) before adding it there",
					strings.Join(tc.args, " "), pkg, strings.TrimSpace(line))
			}
		}
		if inits == 0 {
			t.Fatalf("httpcode %s: GODEBUG=inittrace=1 reported no init at all; has its format changed?\n%s", strings.Join(tc.args, " "), stderr.Bytes())
		}
	}
}

// BenchmarkStartup times whole-process runs of two builds of httpcode
// against a hello-world Go program built as the release is (CGO_ENABLED=0,
// -trimpath, -s -w):
//
//   - release: httpcode built the same way, as goreleaser and
//     `CGO_ENABLED=0 go install` build it;
//   - plain: httpcode from a bare `go build`, which on a machine with a C
//     compiler links dynamically against libc (pflag imports net and
//     lipgloss's terminfo reader imports os/user, both of which use cgo).
//
// The three programs run in turn in one loop, so all see the same machine
// load, and each command reports its medians and their ratios to
// hello-world's (x-hello), the minor page faults of one run (minflt), which
// do not depend on load, and peak memory (maxrss). The binaries' sizes are
// logged once.
//
// lint_handover is `httpcode lint` on a small spec: httpcode starting, then
// handing over to the httpcode-lint helper built beside it, which links the
// YAML reader that httpcode keeps out of every other command.
//
//	go test ./cmd/httpcode -run '^$' -bench Startup -benchtime 200x
func BenchmarkStartup(b *testing.B) {
	dir := b.TempDir()
	hello := filepath.Join(dir, "hello")
	release := filepath.Join(dir, "httpcode-release")
	plain := filepath.Join(dir, "httpcode-plain")
	src := filepath.Join(dir, "hello.go")
	if err := os.WriteFile(src, []byte("package main\n\nimport \"os\"\n\nfunc main() { os.Stdout.WriteString(\"hello\\n\") }\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	buildRelease(b, hello, src)
	buildRelease(b, release, ".")
	buildPlain(b, plain, ".")
	// The lint helper sits beside both builds, where httpcode looks first.
	lint := filepath.Join(dir, "httpcode-lint")
	buildRelease(b, lint, "../httpcode-lint")
	for _, bin := range []string{hello, release, plain, lint} {
		b.Logf("%s: %.1f MB, %s", filepath.Base(bin), fileMB(bin), linkage(bin))
	}

	commands := append(startupCommands[:len(startupCommands):len(startupCommands)], struct {
		name string
		args []string
	}{"lint_handover", []string{"lint", "--fail-on", "none", "../../testdata/lint/correct.yaml"}})
	for _, tc := range commands {
		b.Run(tc.name, func(b *testing.B) {
			var h, r, p sample
			for b.Loop() {
				h.add(b, hello)
				r.add(b, release, tc.args...)
				p.add(b, plain, tc.args...)
			}
			mh, mr, mp := median(h.times), median(r.times), median(p.times)
			b.ReportMetric(ms(mh), "hello-ms")
			b.ReportMetric(ms(mr), "release-ms")
			b.ReportMetric(ms(mp), "plain-ms")
			b.ReportMetric(float64(mr)/float64(mh), "release-x-hello")
			b.ReportMetric(float64(mp)/float64(mh), "plain-x-hello")
			b.ReportMetric(h.faults(), "hello-minflt")
			b.ReportMetric(r.faults(), "release-minflt")
			b.ReportMetric(p.faults(), "plain-minflt")
			b.ReportMetric(float64(r.peak)/1024, "release-maxrss-MB")
		})
	}
}

// buildRelease builds as .goreleaser.yaml does.
func buildRelease(tb testing.TB, out, pkg string) {
	tb.Helper()
	goBuild(tb, []string{"CGO_ENABLED=0"}, "-trimpath", "-ldflags=-s -w", "-o", out, pkg)
}

// buildPlain builds as `go build` does with nothing set: cgo on when a C
// compiler is there.
func buildPlain(tb testing.TB, out, pkg string) {
	tb.Helper()
	goBuild(tb, []string{"CGO_ENABLED="}, "-o", out, pkg)
}

func goBuild(tb testing.TB, env []string, args ...string) {
	tb.Helper()
	cmd := exec.Command("go", append([]string{"build"}, args...)...)
	cmd.Env = append(os.Environ(), env...)
	if msg, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go build %v: %v\n%s", args, err, msg)
	}
}

func fileMB(path string) float64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return float64(fi.Size()) / (1 << 20)
}

// linkage says whether the kernel hands the binary to the dynamic loader
// first, as it does for a cgo build.
func linkage(path string) string {
	f, err := elf.Open(path)
	if err != nil {
		return "not ELF"
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			return "dynamically linked"
		}
	}
	return "statically linked"
}

// sample collects runs of one program.
type sample struct {
	times  []time.Duration
	minflt int64
	peak   int64 // kilobytes
}

// add runs a program to completion with output to /dev/null and records
// its wall time, minor page faults and peak resident memory.
func (s *sample) add(b *testing.B, prog string, args ...string) {
	cmd := exec.Command(prog, args...)
	cmd.Env = []string{"PATH=/usr/bin:/bin"}
	start := time.Now()
	if err := cmd.Run(); err != nil {
		b.Fatalf("%s %v: %v", prog, args, err)
	}
	s.times = append(s.times, time.Since(start))
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		s.minflt += ru.Minflt
		s.peak = max(s.peak, ru.Maxrss) // kilobytes on Linux
	}
}

func (s *sample) faults() float64 {
	if len(s.times) == 0 {
		return 0
	}
	return float64(s.minflt) / float64(len(s.times))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}
