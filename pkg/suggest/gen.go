//go:build ignore

// gen writes index_gen.go from lexicon.txt and the catalogue. Run it with
// `go generate ./pkg/suggest` after editing either.
package main

import (
	"fmt"
	"os"

	"github.com/httpcode/httpcode/pkg/suggest"
)

func main() {
	lexicon, err := os.ReadFile("lexicon.txt")
	if err == nil {
		var src []byte
		if src, err = suggest.Generate(string(lexicon)); err == nil {
			err = os.WriteFile("index_gen.go", src, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
