package main

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGendocs(t *testing.T) {
	dir := t.TempDir()
	if err := run(dir, "1764000000"); err != nil {
		t.Fatal(err)
	}
	page := readGzip(t, filepath.Join(dir, "man", "httpcode.1.gz"))
	for _, want := range []string{`.TH "HTTPCODE" "1" "Nov 2025"`, "EXIT STATUS", "HTTPCODE_LANG"} {
		if !strings.Contains(page, want) {
			t.Errorf("httpcode.1 lacks %q", want)
		}
	}
	for _, name := range []string{"httpcode-suggest.1.gz", "httpcode-list.1.gz", "httpcode-show.1.gz"} {
		if _, err := os.Stat(filepath.Join(dir, "man", name)); err != nil {
			t.Error(err)
		}
	}
	for name, want := range map[string]string{
		"httpcode.bash": "__start_httpcode",
		"_httpcode":     "#compdef httpcode",
		"httpcode.fish": "complete -c httpcode",
		"httpcode.ps1":  "Register-ArgumentCompleter",
	} {
		data, err := os.ReadFile(filepath.Join(dir, "completions", name))
		if err != nil || !strings.Contains(string(data), want) {
			t.Errorf("%s: %v, or it lacks %q", name, err, want)
		}
	}
	// The same date gives the same bytes: releases are reproducible.
	again := t.TempDir()
	if err := run(again, "1764000000"); err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(filepath.Join(dir, "man", "httpcode.1.gz"))
	b, _ := os.ReadFile(filepath.Join(again, "man", "httpcode.1.gz"))
	if string(a) != string(b) {
		t.Error("man page differs between two runs with the same date")
	}
	if err := run(t.TempDir(), "yesterday"); err == nil {
		t.Error("a bad date was accepted")
	}
}

func readGzip(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
