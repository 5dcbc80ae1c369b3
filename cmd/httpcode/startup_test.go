//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"
)

// BenchmarkStartup times whole-process runs of httpcode against a hello-world
// Go program built the same way (CGO_ENABLED=0, -trimpath, -s -w, as the
// release is), and reports each command's median as a ratio to
// hello-world's, measured side by side in the same loop so both see the
// same machine load. It also reports peak memory (max RSS) and, once, the
// stripped binary's size.
//
// lint_handover is `httpcode lint` on a small spec: httpcode starting, then
// handing over to the httpcode-lint helper built beside it, which links the
// YAML reader that httpcode keeps out of every other command.
//
//	go test ./cmd/httpcode -run '^$' -bench Startup -benchtime 200x
func BenchmarkStartup(b *testing.B) {
	dir := b.TempDir()
	hello := filepath.Join(dir, "hello")
	httpcode := filepath.Join(dir, "httpcode")
	src := filepath.Join(dir, "hello.go")
	if err := os.WriteFile(src, []byte("package main\n\nimport \"os\"\n\nfunc main() { os.Stdout.WriteString(\"hello\\n\") }\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	build(b, hello, src)
	build(b, httpcode, ".")
	build(b, filepath.Join(dir, "httpcode-lint"), "../httpcode-lint")
	for _, bin := range []string{"httpcode", "httpcode-lint"} {
		if fi, err := os.Stat(filepath.Join(dir, bin)); err == nil {
			b.Logf("stripped binary %s: %.1f MB", bin, float64(fi.Size())/(1<<20))
		}
	}

	for _, tc := range []struct {
		name string
		args []string
	}{
		{"show_404", []string{"404"}},
		{"list_all", []string{"list", "--all"}},
		{"suggest", []string{"suggest", "upstream timed out"}},
		{"complete_40", []string{"__complete", "40"}},
		{"lint_handover", []string{"lint", "--fail-on", "none", "../../testdata/lint/correct.yaml"}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			var base, cmd []time.Duration
			var peak int64
			for b.Loop() {
				d, _ := timeRun(b, hello)
				base = append(base, d)
				d, rss := timeRun(b, httpcode, tc.args...)
				cmd = append(cmd, d)
				peak = max(peak, rss)
			}
			mb, mh := median(cmd), median(base)
			b.ReportMetric(float64(mb.Microseconds())/1000, "ms/run")
			b.ReportMetric(float64(mh.Microseconds())/1000, "hello-ms/run")
			b.ReportMetric(float64(mb)/float64(mh), "x-hello")
			b.ReportMetric(float64(peak)/1024, "maxrss-MB")
		})
	}
}

func build(b *testing.B, out, pkg string) {
	b.Helper()
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, pkg)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if msg, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("building %s: %v\n%s", pkg, err, msg)
	}
}

// timeRun runs a program to completion with output to /dev/null and returns
// its wall time and peak resident memory in kilobytes.
func timeRun(b *testing.B, prog string, args ...string) (time.Duration, int64) {
	cmd := exec.Command(prog, args...)
	cmd.Env = []string{"PATH=/usr/bin:/bin"}
	start := time.Now()
	if err := cmd.Run(); err != nil {
		b.Fatalf("%s %v: %v", prog, args, err)
	}
	d := time.Since(start)
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = int64(ru.Maxrss) // kilobytes on Linux
	}
	return d, rss
}

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}
