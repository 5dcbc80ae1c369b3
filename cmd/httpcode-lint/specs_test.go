//go:build unix

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The real public API descriptions in the shared folder beside the
// repository (see its SOURCES.md), or where HTTPCODE_OPENAPI_DIR says (a
// worktree sits deeper); tests and benchmarks skip without them.
func specsDir() string {
	if dir := os.Getenv("HTTPCODE_OPENAPI_DIR"); dir != "" {
		return dir
	}
	return "../../../shared/openapi"
}

var update = flag.Bool("update", false, "rewrite testdata/lint/real-specs.golden from what httpcode-lint finds")

func specs(tb testing.TB) []string {
	files, _ := filepath.Glob(filepath.Join(specsDir(), "*", "*.yaml"))
	json, _ := filepath.Glob(filepath.Join(specsDir(), "*", "*.json"))
	files = append(files, json...)
	if len(files) == 0 {
		tb.Skipf("no specs in %s; set HTTPCODE_OPENAPI_DIR", specsDir())
	}
	sort.Strings(files)
	return files
}

// buildHelper builds httpcode-lint the way the release does.
func buildHelper(tb testing.TB) string {
	tb.Helper()
	bin := filepath.Join(tb.TempDir(), "httpcode-lint")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

type usage struct {
	wall, cpu time.Duration
	rssMB     float64
	out       []byte
}

func lintOnce(tb testing.TB, bin string, args ...string) usage {
	cmd := exec.Command(bin, args...)
	cmd.Env = []string{"PATH=/usr/bin:/bin"}
	start := time.Now()
	out, err := cmd.Output()
	u := usage{wall: time.Since(start), out: out}
	if err != nil {
		tb.Fatalf("%s %v: %v", bin, args, err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		u.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		u.rssMB = float64(ru.Maxrss) / 1024 // kilobytes on Linux
	}
	return u
}

// TestRealSpecs lints each real description: within budget (CPU time, not
// wall time, so a busy machine does not fail it; the benchmark reports
// both), and with the findings per rule recorded in a golden file, so a
// change that makes the rules noisier on real APIs shows in review.
func TestRealSpecs(t *testing.T) {
	if testing.Short() {
		t.Skip("builds httpcode-lint and reads 13 MB of specs")
	}
	files := specs(t)
	bin := buildHelper(t)
	var golden strings.Builder
	for _, file := range files {
		u := lintOnce(t, bin, "-o", "json", "--fail-on", "none", file)
		var report struct {
			Findings []struct {
				Rule, Severity, Code, Method, Path, Message string
			}
		}
		if err := json.Unmarshal(u.out, &report); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		counts := map[string]int{}
		var mismatches []string
		for _, f := range report.Findings {
			counts[f.Rule+" "+f.Severity]++
			if f.Rule == "description-mismatch" {
				mismatches = append(mismatches, fmt.Sprintf("  %s %s %s: %s", f.Method, f.Path, f.Code, f.Message))
			}
		}
		name := filepath.Base(filepath.Dir(file))
		fmt.Fprintf(&golden, "%s\n", name)
		keys := make([]string, 0, len(counts))
		for k := range counts {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			fmt.Fprintf(&golden, "  %s %d\n", k, counts[k])
		}
		for _, m := range mismatches {
			fmt.Fprintln(&golden, m)
		}
		fi, _ := os.Stat(file)
		t.Logf("%-20s %5.1f MB  wall %4d ms  cpu %4d ms  maxrss %3.0f MB  %d findings", name,
			float64(fi.Size())/(1<<20), u.wall.Milliseconds(), u.cpu.Milliseconds(), u.rssMB, len(report.Findings))
		if u.rssMB > 100 {
			t.Errorf("%s: peak memory %.0f MB, budget 100 MB", name, u.rssMB)
		}
		// The budget is 0.5 s of wall time for a 4 MB spec. CPU
		// time, steadier on a shared machine, includes the collector's work
		// on the other core, so each spec is allowed 1 s of it.
		if budget := time.Second; u.cpu > budget {
			t.Errorf("%s: %v of CPU, budget %v", name, u.cpu, budget)
		}
	}
	path := filepath.Join("..", "..", "testdata", "lint", "real-specs.golden")
	if *update {
		if err := os.WriteFile(path, []byte(golden.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != golden.String() {
		t.Errorf("findings on the real specs changed; review and rerun with -update:\n--- want\n%s--- got\n%s", want, golden.String())
	}
}

// BenchmarkSpecs times whole runs of httpcode-lint on each real spec and
// reports wall and CPU time and peak memory per run.
//
//	go test ./cmd/httpcode-lint -run '^$' -bench Specs -benchtime 5x
func BenchmarkSpecs(b *testing.B) {
	files := specs(b)
	bin := buildHelper(b)
	for _, file := range files {
		b.Run(filepath.Base(filepath.Dir(file)), func(b *testing.B) {
			var wall, cpu []time.Duration
			var peak float64
			for b.Loop() {
				u := lintOnce(b, bin, "--fail-on", "none", file)
				wall, cpu = append(wall, u.wall), append(cpu, u.cpu)
				peak = max(peak, u.rssMB)
			}
			b.ReportMetric(float64(median(wall).Microseconds())/1000, "ms/run")
			b.ReportMetric(float64(median(cpu).Microseconds())/1000, "cpu-ms/run")
			b.ReportMetric(peak, "maxrss-MB")
		})
	}
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}
