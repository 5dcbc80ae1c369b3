package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/response"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// golden compares got with testdata/name.golden; with -update it rewrites
// the file instead. Read the diff of every rewritten golden before
// committing it.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./pkg/render -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s; run go test ./pkg/render -update and read the diff\n--- got ---\n%s", name, path, got)
	}
}

func entries(codes ...int) []*catalog.Entry {
	var out []*catalog.Entry
	for _, c := range codes {
		out = append(out, catalog.ByCode(c)[0])
	}
	return out
}

var (
	piped    = Options{Lang: catalog.English}
	terminal = Options{Lang: catalog.English, Styled: true, Table: true, Width: 80}
	hinglish = Options{Lang: catalog.Hinglish, Table: true, Width: 80}
)

func TestGoldens(t *testing.T) {
	tests := []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"card_404_piped", func(b *bytes.Buffer) error { return Cards(b, entries(404), piped, CardOptions{}) }},
		{"card_401_terminal", func(b *bytes.Buffer) error { return Cards(b, entries(401), terminal, CardOptions{For: "go"}) }},
		{"card_201_hinglish", func(b *bytes.Buffer) error { return Cards(b, entries(201), hinglish, CardOptions{}) }},
		{"card_499_unofficial", func(b *bytes.Buffer) error { return Cards(b, catalog.ByCode(499), piped, CardOptions{}) }},
		{"short_4xx_terminal", func(b *bytes.Buffer) error { return Short(b, entries(400, 401, 403), terminal) }},
		{"list_3xx_table", func(b *bytes.Buffer) error { return List(b, entries(300, 301, 302, 306), Options{Table: true}) }},
		{"classes_terminal", func(b *bytes.Buffer) error { return Classes(b, terminal) }},
		{"compare_401_403", func(b *bytes.Buffer) error {
			c, _ := catalog.ConfusionOf(401, 403)
			return Compare(b, entries(401, 403), c, Options{Width: 80})
		}},
		{"compare_404_418", func(b *bytes.Buffer) error { return Compare(b, entries(404, 418), nil, Options{Width: 80}) }},
		{"responses_chain", func(b *bytes.Buffer) error {
			rs, _ := response.Parse(strings.NewReader("HTTP/1.1 301 Moved Permanently\r\nLocation: https://example.com/\r\n\r\nHTTP/2 405\r\n\r\nHTTP/2 503\r\nretry-after: 30\r\n\r\n"))
			var checked []Checked
			for _, r := range rs {
				e := catalog.ByCode(r.Code)[0]
				checked = append(checked, Checked{Response: r, Entry: e, Problems: response.Check(&r, e)})
			}
			return Responses(b, checked, Options{Width: 80})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.write(&b); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name, b.Bytes())
		})
	}
}

// TestPlainHasNoEscapes: whatever the view, unstyled output is free of
// escape bytes.
func TestPlainHasNoEscapes(t *testing.T) {
	var b bytes.Buffer
	for _, opt := range []Options{piped, hinglish, {Table: true, Width: 40}} {
		_ = Cards(&b, catalog.All(), opt, CardOptions{For: "rust"})
		_ = List(&b, catalog.All(), opt)
		_ = Classes(&b, opt)
	}
	if bytes.ContainsRune(b.Bytes(), 0x1b) {
		t.Error("plain output holds an escape byte")
	}
}
