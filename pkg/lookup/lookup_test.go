package lookup

import (
	"errors"
	"strings"
	"testing"

	"github.com/httpcode/httpcode/catalog"
)

func codes(entries []*catalog.Entry) []int {
	out := make([]int, len(entries))
	for i, e := range entries {
		out[i] = e.Code
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		query string
		kind  Kind
		first int // the code of the first entry
		count int // how many entries, 0 for "don't care"
	}{
		{"404", KindCode, 404, 1},
		{" 201 ", KindCode, 201, 1},
		{"499", KindCode, 499, 2},
		{"4xx", KindMask, 400, 0},
		{"40x", KindMask, 400, 10},
		{"5??", KindMask, 500, 0},
		{"4", KindMask, 400, 0},
		{"2XX", KindMask, 200, 0},
		{"52x", KindMask, 520, 0},
		{"HTTP/1.1 503 Service Unavailable", KindStatusLine, 503, 1},
		{"HTTP/2 404", KindStatusLine, 404, 1},
		{"http/1.0 200", KindStatusLine, 200, 1},
		{"StatusTeapot", KindConstant, 418, 1},
		{"http.StatusNotFound", KindConstant, 404, 1},
		{"HTTP_429_TOO_MANY_REQUESTS", KindConstant, 429, 1},
		{"status.HTTP_201_CREATED", KindConstant, 201, 1},
		{"HttpStatus.NOT_FOUND", KindConstant, 404, 1},
		{"HttpStatusCode.NotFound", KindConstant, 404, 1},
		{"StatusCode::BAD_GATEWAY", KindConstant, 502, 1},
		{":unprocessable_entity", KindConstant, 422, 1},
		{"HTTPStatus.REQUEST_ENTITY_TOO_LARGE", KindConstant, 413, 1},
		{"Response::HTTP_I_AM_A_TEAPOT", KindConstant, 418, 1},
		{"teapot", KindName, 418, 1},
		{"Not Found", KindName, 404, 1},
		{"payload too large", KindName, 413, 1},
		{"Request Entity Too Large", KindName, 413, 1},
		{"moved temporarily", KindName, 302, 1},
		{"too many", KindName, 429, 0},
		{"unauthorised", KindName, 401, 0},
		{"Gatway Timeout", KindName, 504, 1},
		{"client closed request", KindName, 499, 1},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, err := Find(tt.query)
			if err != nil {
				t.Fatalf("Find(%q): %v", tt.query, err)
			}
			if res.Kind != tt.kind {
				t.Errorf("kind = %s, want %s", res.Kind, tt.kind)
			}
			if len(res.Entries) == 0 || res.Entries[0].Code != tt.first {
				t.Errorf("codes = %v, want %d first", codes(res.Entries), tt.first)
			}
			if tt.count != 0 && len(res.Entries) != tt.count {
				t.Errorf("codes = %v, want %d of them", codes(res.Entries), tt.count)
			}
		})
	}
}

func TestFindSeveralNames(t *testing.T) {
	res, err := Find("gateway")
	if err != nil {
		t.Fatal(err)
	}
	got := codes(res.Entries)
	if len(got) < 2 || !containsAll(got, 502, 504) {
		t.Errorf("gateway found %v, want 502 and 504 among the first", got)
	}
}

func containsAll(list []int, want ...int) bool {
	for _, w := range want {
		found := false
		for _, x := range list {
			found = found || x == w
		}
		if !found {
			return false
		}
	}
	return true
}

func TestFindErrors(t *testing.T) {
	tests := []struct {
		query string
		want  string // a part of the message
	}{
		{"700", "700 is not an HTTP status code (registered codes run from 100 to 599)"},
		{"0x194", "did you mean 404?"},
		{"299", "299 is not assigned; 2xx codes are listed by 'httpcode class 2xx'"},
		{"0", "is not an HTTP status code"},
		{"99", "is not an HTTP status code"},
		{"1e3", "is not an HTTP status code"},
		{"0x194", "is not an HTTP status code"},
		{"4xxx", "is not a status code or a class mask"},
		{"47X", `no code matches the mask "47X"`},
		{"6xx", "is not an HTTP status code"},
		{"zzz", `no code matches "zzz"`},
		{"Not Fuond", `did you mean "Not Found"?`},
		{"user already exists", `try: httpcode suggest "user already exists"`},
		{strings.Repeat("a", 1<<20), "no code matches"},
		{"\xff\xfe", "no code matches"},
		{"a\x00b", "no code matches"},
	}
	for _, tt := range tests {
		name := tt.query
		if len(name) > 20 {
			name = name[:20]
		}
		t.Run(name, func(t *testing.T) {
			_, err := Find(tt.query)
			var nm *NoMatchError
			if !errors.As(err, &nm) {
				t.Fatalf("Find(%.20q) error = %v, want a NoMatchError", tt.query, err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if strings.ContainsAny(err.Error(), "\n\r") || len(err.Error()) > 200 {
				t.Errorf("error is not one short line: %q", err)
			}
		})
	}
	for _, q := range []string{"", "   ", "\t\n"} {
		if _, err := Find(q); !errors.Is(err, ErrEmpty) {
			t.Errorf("Find(%q) = %v, want ErrEmpty", q, err)
		}
	}
}

func TestMask(t *testing.T) {
	for _, tt := range []struct {
		mask string
		ok   bool
		in   []int
		out  []int
	}{
		{"4xx", true, []int{400, 451, 499}, []int{399, 500}},
		{"40x", true, []int{400, 409}, []int{410}},
		{"5?3", true, []int{503, 523}, []int{504}},
		{"4", true, []int{400, 431}, []int{500}},
		{"4**", true, []int{418}, nil},
		{"404", false, nil, nil},
		{"4xxx", false, nil, nil},
		{"6xx", false, nil, nil},
		{"x04", false, nil, nil},
	} {
		m, ok := ParseMask(tt.mask)
		if ok != tt.ok {
			t.Errorf("ParseMask(%q) ok = %v", tt.mask, ok)
			continue
		}
		for _, c := range tt.in {
			if !m.Match(c) {
				t.Errorf("%s does not match %d", tt.mask, c)
			}
		}
		for _, c := range tt.out {
			if m.Match(c) {
				t.Errorf("%s matches %d", tt.mask, c)
			}
		}
	}
	m, _ := ParseMask("4xx")
	for _, e := range m.Registered() {
		if !e.Official() {
			t.Errorf("Registered() holds unofficial %d", e.Code)
		}
	}
	if len(m.All()) <= len(m.Registered()) {
		t.Error("All() adds no unofficial 4xx codes")
	}
}

func TestIdentifierWords(t *testing.T) {
	for in, want := range map[string]string{
		"StatusNotFound":          "not found",
		"HTTPVersionNotSupported": "version not supported",
		"NOT_FOUND":               "not found",
		"HTTP_404_NOT_FOUND":      "not found",
		"unprocessable_entity":    "unprocessable entity",
		"IMUsed":                  "im used",
	} {
		if got := identifierWords(in); got != want {
			t.Errorf("identifierWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"timeout", "timout", 1},
		{"unathorized", "unauthorized", 1},
		{"cretaed", "created", 1},
		{"abc", "abc", 0},
		{"abc", "xyz", 3},
		{"a", "abcdefgh", 3}, // stops early: max is 2
	} {
		if got := Distance(tt.a, tt.b, 2); got != min(tt.want, 3) {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, seed := range []string{"404", "4xx", "5??", "HTTP/1.1 200 OK", "teapot", "StatusTeapot", ":not_found", "1e3", "\xff", "4xxx", "HTTP/", "HTTP/2 99999"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, q string) {
		res, err := Find(q)
		if err == nil && len(res.Entries) == 0 {
			t.Errorf("Find(%q) found nothing without an error", q)
		}
		if err != nil && strings.ContainsAny(err.Error(), "\n\r") {
			t.Errorf("Find(%q) error spans lines: %q", q, err)
		}
	})
}

func BenchmarkFindCode(b *testing.B) {
	for b.Loop() {
		Find("404")
	}
}

func BenchmarkFindName(b *testing.B) {
	nameIndex()
	for b.Loop() {
		Find("too many requests")
	}
}

func TestFindOtherEcosystems(t *testing.T) {
	tests := []struct {
		query string
		kind  Kind
		code  int    // the first entry's code
		name  string // the first match's name
		eco   string // the first match's ecosystem
	}{
		{"DEADLINE_EXCEEDED", KindGRPC, 504, "DEADLINE_EXCEEDED", "grpc"},
		{"codes.DeadlineExceeded", KindGRPC, 504, "DEADLINE_EXCEEDED", "grpc"},
		{"StatusCode.DEADLINE_EXCEEDED", KindGRPC, 504, "DEADLINE_EXCEEDED", "grpc"},
		{"grpc.StatusCode.DEADLINE_EXCEEDED", KindGRPC, 504, "DEADLINE_EXCEEDED", "grpc"},
		{"Status.Code.DEADLINE_EXCEEDED", KindGRPC, 504, "DEADLINE_EXCEEDED", "grpc"},
		{"io.grpc.Status.Code.UNAVAILABLE", KindGRPC, 503, "UNAVAILABLE", "grpc"},
		{"grpc::StatusCode::NOT_FOUND", KindGRPC, 404, "NOT_FOUND", "grpc"},
		{"tonic::Code::NotFound", KindGRPC, 404, "NOT_FOUND", "grpc"},
		{"grpc 4", KindGRPC, 504, "DEADLINE_EXCEEDED", "grpc"},
		{"gRPC UNAVAILABLE", KindGRPC, 503, "UNAVAILABLE", "grpc"},
		{"grpc-status: 14", KindGRPC, 503, "UNAVAILABLE", "grpc"},
		{"GRPC code 5", KindGRPC, 404, "NOT_FOUND", "grpc"},
		{"grpc cancelled", KindGRPC, 499, "CANCELLED", "grpc"},
		{"codes.Canceled", KindGRPC, 499, "CANCELLED", "grpc"},
		{"UNAVAILABLE", KindGRPC, 503, "UNAVAILABLE", "grpc"},
		{"Unavailable", KindGRPC, 503, "UNAVAILABLE", "grpc"},
		{"deadline_exceeded", KindGRPC, 504, "DEADLINE_EXCEEDED", "grpc"},
		{"PermissionDenied", KindGRPC, 403, "PERMISSION_DENIED", "grpc"},
		// Exact status constants keep their meaning.
		{"HttpStatus.NOT_FOUND", KindConstant, 404, "HttpStatus.NOT_FOUND", "java"},
		{"StatusCode::NOT_FOUND", KindConstant, 404, "StatusCode::NOT_FOUND", "rust"},
		{"status.HTTP_201_CREATED", KindConstant, 201, "", ""},
		{"NotFoundHttpException", KindException, 404, "NotFoundHttpException", "symfony"},
		{`Symfony\Component\HttpKernel\Exception\NotFoundHttpException`, KindException, 404, "NotFoundHttpException", "symfony"},
		{"notfoundhttpexception", KindException, 404, "NotFoundHttpException", "symfony"},
		{"ActiveRecord::RecordNotFound", KindException, 404, "ActiveRecord::RecordNotFound", "rails"},
		{"RecordNotFound", KindException, 404, "ActiveRecord::RecordNotFound", "rails"},
		{"ThrottlingException", KindProviderError, 400, "ThrottlingException", "aws"},
		{"card_declined", KindProviderError, 402, "card_declined", "stripe"},
		{"ServerBusy", KindProviderError, 503, "ServerBusy", "azure"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, err := Find(tt.query)
			if err != nil {
				t.Fatalf("Find(%q): %v", tt.query, err)
			}
			if res.Kind != tt.kind {
				t.Errorf("kind = %s, want %s", res.Kind, tt.kind)
			}
			if len(res.Entries) == 0 || res.Entries[0].Code != tt.code {
				t.Errorf("codes = %v, want %d first", codes(res.Entries), tt.code)
			}
			if tt.name == "" {
				return
			}
			if len(res.Matches) == 0 || res.Matches[0].Name != tt.name || res.Matches[0].Ecosystem != tt.eco {
				t.Errorf("matches = %+v, want %s %s first", res.Matches, tt.eco, tt.name)
			}
		})
	}
}

// A name whose status depends on the service matches once per service,
// and each code's card is shown once.
func TestFindServiceDependent(t *testing.T) {
	res, err := Find("AccessDeniedException")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Matches) < 2 {
		t.Fatalf("matches = %+v, want the common status and DynamoDB's", res.Matches)
	}
	services := map[string]int{}
	distinct := map[int]bool{}
	for _, m := range res.Matches {
		services[m.Service] = m.Code
		distinct[m.Code] = true
	}
	if services[""] != 403 || services["DynamoDB"] != 400 {
		t.Errorf("services = %v, want common 403 and DynamoDB 400", services)
	}
	if got := codes(res.Entries); len(got) != len(distinct) {
		t.Errorf("codes = %v, want one card per distinct status", got)
	}
}

func TestFindOtherEcosystemsMisses(t *testing.T) {
	tests := []struct{ query, msg string }{
		{"grpc 17", `"17" is not a gRPC code; gRPC codes run from 0 (OK) to 16 (UNAUTHENTICATED)`},
		{"grpc UNAVAILBLE", `no gRPC code is called "UNAVAILBLE"; did you mean "UNAVAILABLE"?`},
		{"codes.Nothing", `no gRPC code is called "Nothing"; 'httpcode list --for grpc' lists the 17 codes`},
		{"ThrotlingException", `no code matches "ThrotlingException"; did you mean "ThrottlingException"?`},
		{"NotFoundHttpExceptoin", `no code matches "NotFoundHttpExceptoin"; did you mean "NotFoundHttpException"?`},
		{"DEADLINE_EXCEDED", `no code matches "DEADLINE_EXCEDED"; did you mean "DEADLINE_EXCEEDED"?`},
		{"gRPC", `no code matches "gRPC"; 'httpcode list --for grpc' lists gRPC's names and their codes`},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			_, err := Find(tt.query)
			var nm *NoMatchError
			if !errors.As(err, &nm) || nm.Error() != tt.msg {
				t.Errorf("Find(%q) = %v, want %q", tt.query, err, tt.msg)
			}
		})
	}
}

// Plain words stay with the status names: "unavailable" is 503 and 451,
// not gRPC's UNAVAILABLE alone.
func TestFindPlainWordsStayNames(t *testing.T) {
	res, err := Find("unavailable")
	if err != nil {
		t.Fatal(err)
	}
	if res.Kind != KindName || len(res.Matches) != 0 {
		t.Errorf("kind %s, matches %+v; want a name query", res.Kind, res.Matches)
	}
}

// TestStatusNameTypos: a typo of a status's own name finds the status
// fuzzily; the names of other ecosystems only suggest themselves for what
// that misses.
func TestStatusNameTypos(t *testing.T) {
	for q, want := range map[string]int{"Unauthorised": 401, "BadGatway": 502, "Conflit": 409, "Forbiden": 403} {
		res, err := Find(q)
		if err != nil || len(res.Entries) == 0 || res.Entries[0].Code != want {
			t.Errorf("Find(%q) = %v, %v; want %d", q, res.Entries, err, want)
		}
	}
	if _, err := Find("ThrotlingException"); err == nil || !strings.Contains(err.Error(), `did you mean "ThrottlingException"?`) {
		t.Errorf("Find(ThrotlingException): %v", err)
	}
}
