package render

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/lookup"
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
		{"match_grpc_terminal", func(b *bytes.Buffer) error {
			res, err := lookup.Find("codes.Canceled")
			if err != nil {
				return err
			}
			return MatchLines(b, res.Matches, terminal)
		}},
		{"list_for_grpc_table", func(b *bytes.Buffer) error {
			return ListFor(b, ForRows("grpc", catalog.English, func(code int) bool { return code/100 == 5 }), Options{Table: true})
		}},
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
		_ = Cards(&b, catalog.All(), opt, CardOptions{For: "grpc"})
		_ = ListFor(&b, ForRows("aws", opt.Lang, func(int) bool { return true }), opt)
		res, _ := lookup.Find("AccessDeniedException")
		_ = MatchLines(&b, res.Matches, opt)
		_ = List(&b, catalog.All(), opt)
		_ = Classes(&b, opt)
	}
	if bytes.ContainsRune(b.Bytes(), 0x1b) {
		t.Error("plain output holds an escape byte")
	}
}

// TestGRPCOnCards: a card tells the gRPC story only where there is one,
// and only on a number's first meaning.
func TestGRPCOnCards(t *testing.T) {
	tests := []struct {
		code  int
		index int // which of the code's entries
		want  []string
		not   []string
	}{
		{404, 0, []string{"A gateway sends it for:\n    NOT_FOUND (5): The requested entity does not exist\n", "reports: UNIMPLEMENTED (12)", "! Not inverses"}, nil},
		{400, 0, []string{"\n    INVALID_ARGUMENT (3): ", "\n    FAILED_PRECONDITION (9): ", "\n    OUT_OF_RANGE (11): ", "reports: INTERNAL (13)"}, nil},
		{502, 0, []string{"reports: UNAVAILABLE (14)", "No gRPC code becomes 502"}, []string{"A gateway sends it for"}},
		{503, 0, []string{"UNAVAILABLE (14)"}, []string{"!"}},
		{418, 0, nil, []string{"gRPC"}},
		{100, 0, nil, []string{"gRPC"}},
		{499, 1, nil, []string{"CANCELLED"}}, // Esri's 499
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := Cards(&b, catalog.ByCode(tt.code)[tt.index:tt.index+1], piped, CardOptions{}); err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%d: card lacks %q", tt.code, w)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(b.String(), "\n"+n) || strings.Contains(b.String(), "  "+n) {
				t.Errorf("%d: card has %q", tt.code, n)
			}
		}
	}
}

func TestEntryJSONNames(t *testing.T) {
	j := Entry(catalog.ByCode(404)[0], catalog.English)
	if len(j.GRPC.Gateway) != 1 || j.GRPC.Gateway[0].Name != "NOT_FOUND" || j.GRPC.Client == nil || j.GRPC.Client.Code != 12 {
		t.Errorf("404 grpc = %+v", j.GRPC)
	}
	if j.Errors == nil || j.Defaults == nil || j.Matched == nil {
		t.Error("errors, defaults and matched must be lists, never null")
	}
	if j := Entry(catalog.ByCode(100)[0], catalog.English); j.GRPC.Client != nil || len(j.GRPC.Gateway) != 0 {
		t.Errorf("100 grpc = %+v; a 1xx is not final and yields no code", j.GRPC)
	}
	res, err := lookup.Find("AccessDeniedException")
	if err != nil {
		t.Fatal(err)
	}
	m := Matched(res, catalog.ByCode(400)[0], catalog.English)
	for _, x := range m {
		if x.Kind != "provider_error" || x.Service == "" || x.Query != "AccessDeniedException" {
			t.Errorf("matched for 400 = %+v, want the services that send it as 400 only", m)
		}
	}
	if !slices.ContainsFunc(m, func(x MatchedJSON) bool { return x.Service == "DynamoDB" }) {
		t.Errorf("matched for 400 = %+v, want DynamoDB's record", m)
	}
	if m := Matched(lookup.Result{Query: "404", Kind: lookup.KindCode}, catalog.ByCode(404)[0], catalog.English); len(m) != 1 || m[0].Kind != "code" {
		t.Errorf("matched for a code query = %+v", m)
	}
}

// BenchmarkCard404 is the work `httpcode 404` does after start-up: its card
// now carries gRPC, names elsewhere and defaults.
func BenchmarkCard404(b *testing.B) {
	for b.Loop() {
		_ = Cards(io.Discard, catalog.ByCode(404), piped, CardOptions{})
	}
}

// TestStylesAsLipgloss: the styles write what lipgloss v1, httpcode's
// styling library until it was found to cost start-up time, writes for
// the same looks with the ANSI profile.
func TestStylesAsLipgloss(t *testing.T) {
	r := lipgloss.NewRenderer(io.Discard, termenv.WithProfile(termenv.ANSI))
	r.SetColorProfile(termenv.ANSI)
	r.SetHasDarkBackground(true)
	fg := func(c string, bold bool) lipgloss.Style { return r.NewStyle().Foreground(lipgloss.Color(c)).Bold(bold) }
	st := newStyles(true)
	for _, tt := range []struct {
		name   string
		ours   func(string) string
		theirs lipgloss.Style
	}{
		{"bold", st.bold, r.NewStyle().Bold(true)},
		{"dim", st.dim, fg("8", false)},
		{"heading", st.heading, fg("4", true)},
		{"required", st.required, fg("1", true)},
		{"warn", st.warn, fg("3", true)},
		{"badge", st.badge, fg("5", true)},
		{"1xx", st.class[1], fg("4", true)},
		{"2xx", st.class[2], fg("2", true)},
		{"3xx", st.class[3], fg("6", true)},
		{"4xx", st.class[4], fg("3", true)},
		{"5xx", st.class[5], fg("1", true)},
	} {
		for _, s := range []string{"", "404", "Not Found", " lead and trail ", "tab\there", "two\nlines, the second longer",
			"a\r\nb", "a\n", "\n\nb", "日本語\nab", "x\x1b[1my", "a\rb", "→ 410 Gone: ", "[4xx Client Error]", "…"} {
			if got, want := tt.ours(s), tt.theirs.Render(s); got != want {
				t.Errorf("%s(%q) = %q, lipgloss writes %q", tt.name, s, got, want)
			}
		}
	}
}

func TestShortName(t *testing.T) {
	for in, want := range map[string]string{
		"django.http.Http404": "Http404",
		`Illuminate\Database\Eloquent\ModelNotFoundException`: "ModelNotFoundException",
		"ActionController::BadRequest":                        "ActionController::BadRequest",
		"card_declined":                                       "card_declined",
		"Not Found.":                                          "Not Found.",
		"trailing.":                                           "trailing.",
		"a.b c.d":                                             "a.b c.d",
	} {
		if got := shortName(in); got != want {
			t.Errorf("shortName(%q) = %q, want %q", in, got, want)
		}
	}
}
