package response

import (
	"strings"
	"testing"
	"time"

	"github.com/httpcode/httpcode/catalog"
)

func TestParse(t *testing.T) {
	input := "  % Total    % Received\r\n" +
		"HTTP/1.1 301 Moved Permanently\r\nLocation: https://example.com/\r\nX-Junk line without colon\r\n\r\n" +
		"HTTP/2 200\ncontent-type: text/html\n\n" +
		"<html>HTTP/1.1 500 in a body</html>\n" +
		"HTTP/3 503 \nRetry-After: 10\n" +
		"HTTP/1.0 404\n" +
		"HTTP/9 200\nHTTP/1.1 20 OK\nHTTP/1.1 abc\n"
	got, err := Parse(strings.NewReader(input))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		line    string
		code    int
		headers int
	}{
		{"HTTP/1.1 301 Moved Permanently", 301, 1},
		{"HTTP/2 200", 200, 1},
		{"HTTP/3 503", 503, 1},
		{"HTTP/1.0 404", 404, 0},
	}
	if len(got) != len(want) {
		t.Fatalf("found %d responses, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].StatusLine != w.line || got[i].Code != w.code || len(got[i].Headers) != w.headers {
			t.Errorf("response %d = %q %d (%d headers), want %q %d (%d)", i, got[i].StatusLine, got[i].Code, len(got[i].Headers), w.line, w.code, w.headers)
		}
	}
	if v, ok := got[0].Get("LOCATION"); !ok || v != "https://example.com/" {
		t.Errorf("Get(LOCATION) = %q, %v", v, ok)
	}
}

func TestParseBounded(t *testing.T) {
	// A line longer than the line limit is cut, not kept whole.
	long := "HTTP/1.1 200 OK\nX-Big: " + strings.Repeat("a", 1<<20) + "\n"
	got, err := Parse(strings.NewReader(long))
	if err != nil || len(got) != 1 || len(got[0].Headers[0].Value) > maxLine {
		t.Fatalf("long line: %v, %d responses", err, len(got))
	}
	// More than MaxInput is truncated, with the heads read so far.
	huge := "HTTP/1.1 204 No Content\n\n" + strings.Repeat("z", MaxInput+100)
	got, err = Parse(strings.NewReader(huge))
	if err != ErrTruncated || len(got) != 1 {
		t.Fatalf("huge input: %v, %d responses", err, len(got))
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		head string
		want []string // "kind header"
	}{
		{"HTTP/1.1 301 Moved Permanently\n", []string{"missing_header Location"}},
		{"HTTP/1.1 301 Moved Permanently\nlocation: /x\n", nil},
		{"HTTP/1.1 401 Unauthorized\n", []string{"missing_header WWW-Authenticate"}},
		{"HTTP/1.1 405 Method Not Allowed\nAllow: GET\n", nil},
		{"HTTP/1.1 405 Method Not Allowed\n", []string{"missing_header Allow"}},
		{"HTTP/1.1 407 Proxy Authentication Required\n", []string{"missing_header Proxy-Authenticate"}},
		{"HTTP/1.1 204 No Content\nContent-Length: 0\n", []string{"unexpected_content Content-Length"}},
		{"HTTP/1.1 205 Reset Content\nContent-Length: 0\n", nil},
		{"HTTP/1.1 304 Not Modified\nContent-Length: 1234\n", nil},
		{"HTTP/1.1 206 Partial Content\nContent-Type: multipart/byteranges; boundary=x\n", nil},
		{"HTTP/1.1 206 Partial Content\n", []string{"missing_header Content-Range"}},
		{"HTTP/1.1 200 OK\n", nil},
		{"HTTP/1.1 503 Service Unavailable\n", nil},
	}
	for _, tt := range tests {
		rs, _ := Parse(strings.NewReader(tt.head))
		r := rs[0]
		var got []string
		for _, p := range Check(&r, catalog.ByCode(r.Code)[0]) {
			got = append(got, p.Kind+" "+p.Header)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%q: problems %v, want %v", tt.head, got, tt.want)
		}
	}
}

func TestRetryAfter(t *testing.T) {
	if d, _, ok := RetryAfter(" 120 "); !ok || d != 2*time.Minute {
		t.Errorf("120 → %v %v", d, ok)
	}
	if _, at, ok := RetryAfter("Wed, 21 Oct 2026 07:28:00 GMT"); !ok || at.Year() != 2026 {
		t.Errorf("date → %v %v", at, ok)
	}
	for _, bad := range []string{"", "-1", "soon", "99999999999"} {
		if _, _, ok := RetryAfter(bad); ok {
			t.Errorf("%q parsed", bad)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
		"HTTP/2 301\nlocation: /\n\nHTTP/2 200\n",
		"\x00\xff HTTP/1.1 404",
		"HTTP/1.1 999 X\nA:\n:B\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		rs, err := Parse(strings.NewReader(in))
		if err != nil && err != ErrTruncated {
			t.Fatal(err)
		}
		for i := range rs {
			if rs[i].Code < 100 || rs[i].Code > 999 || !strings.HasPrefix(rs[i].StatusLine, "HTTP/") {
				t.Fatalf("bad response %+v from %q", rs[i], in)
			}
			for _, e := range catalog.ByCode(rs[i].Code) {
				Check(&rs[i], e)
			}
		}
	})
}
