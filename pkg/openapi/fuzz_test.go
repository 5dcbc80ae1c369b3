package openapi

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/httpcode/httpcode/pkg/lint"
)

// FuzzLoad: any bytes load to a document or an error, and the rules run
// over whatever loads, without panicking.
func FuzzLoad(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "lint", "*.*"))
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("openapi: 3.0.0\npaths:\n  /a: {$ref: '#/paths/~1a'}\n"))
	f.Add([]byte(`{"swagger": "2.0", "paths": {"/a": {"get": {"responses": {"2XX": {"$ref": "#/x"}}}}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		limits := DefaultLimits()
		limits.MaxBytes = 1 << 16
		doc, err := Load("fuzz.yaml", data, Options{Limits: limits})
		if err != nil {
			return
		}
		lint.Check(doc, lint.Config{})
	})
}
