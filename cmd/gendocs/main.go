// Command gendocs writes httpcode's man pages and shell completion scripts,
// generated from the command tree itself, for release archives and
// packages. It is run by goreleaser's before hook and is not part of the
// httpcode binary.
//
//	go run ./cmd/gendocs -out build/docs -date 1764000000
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"

	"github.com/httpcode/httpcode/pkg/cli"
)

func main() {
	out := flag.String("out", "build/docs", "directory to write man/ and completions/ into")
	date := flag.String("date", os.Getenv("SOURCE_DATE_EPOCH"), "Unix time to stamp the man pages with (for reproducible builds)")
	flag.Parse()
	if err := run(*out, *date); err != nil {
		fmt.Fprintln(os.Stderr, "gendocs:", err)
		os.Exit(1)
	}
}

func run(out, date string) error {
	when := time.Unix(0, 0).UTC()
	if date != "" {
		secs, err := strconv.ParseInt(date, 10, 64)
		if err != nil {
			return fmt.Errorf("bad -date %q: %w", date, err)
		}
		// goreleaser passes 0001-01-01 when git has no commit date to
		// give (a snapshot without a remote); keep the epoch then.
		if secs > 0 {
			when = time.Unix(secs, 0).UTC()
		}
	}
	root := cli.Command(cli.Streams{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard})
	root.DisableAutoGenTag = true

	manDir := filepath.Join(out, "man")
	compDir := filepath.Join(out, "completions")
	for _, d := range []string{manDir, compDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	if err := writeMan(root, manDir, when); err != nil {
		return err
	}
	return writeCompletions(root, compDir)
}

// writeMan writes one gzipped page per command: httpcode.1.gz,
// httpcode-show.1.gz, ...
func writeMan(root *cobra.Command, dir string, when time.Time) error {
	header := &doc.GenManHeader{Title: "HTTPCODE", Section: "1", Source: "httpcode", Manual: "httpcode manual", Date: &when}
	tmp, err := os.MkdirTemp("", "httpcode-man")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := doc.GenManTree(root, header, tmp); err != nil {
		return err
	}
	pages, err := filepath.Glob(filepath.Join(tmp, "*.1"))
	if err != nil {
		return err
	}
	for _, page := range pages {
		data, err := os.ReadFile(page)
		if err != nil {
			return err
		}
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		zw.ModTime = when
		if _, err := zw.Write(data); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(page)+".gz"), b.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// writeCompletions writes each shell's script under the name that shell
// looks for.
func writeCompletions(root *cobra.Command, dir string) error {
	gens := map[string]func(io.Writer) error{
		"httpcode.bash": func(w io.Writer) error { return root.GenBashCompletionV2(w, true) },
		"_httpcode":     root.GenZshCompletion,
		"httpcode.fish": func(w io.Writer) error { return root.GenFishCompletion(w, true) },
		"httpcode.ps1":  root.GenPowerShellCompletionWithDesc,
	}
	for name, gen := range gens {
		var b bytes.Buffer
		if err := gen(&b); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}
