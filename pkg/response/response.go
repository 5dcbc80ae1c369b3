// Package response reads HTTP response heads, as `curl -sI` and `curl -sIL`
// print them, and checks each against what the catalogue says its status
// code calls for.
//
// Its API carries no compatibility promise before httpcode v1.
package response

import (
	"bufio"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/httpcode/httpcode/catalog"
)

// Limits on what Parse reads, so that any input, however large, costs
// bounded memory and time. Response heads are small: curl's are a few
// kilobytes even for long redirect chains.
const (
	MaxInput = 4 << 20 // bytes read in all
	maxLine  = 16 << 10
)

// Response is one response head: its status line and header fields.
type Response struct {
	StatusLine string
	Proto      string // "HTTP/1.1", "HTTP/2"
	Code       int
	Headers    []Field // in the order received
}

// Field is one header field.
type Field struct {
	Name, Value string
}

// Get returns the first value of a header, matched without regard to case.
func (r *Response) Get(name string) (string, bool) {
	for _, f := range r.Headers {
		if strings.EqualFold(f.Name, name) {
			return f.Value, true
		}
	}
	return "", false
}

// ErrTruncated is returned with the responses read so far when the input
// is longer than MaxInput.
var ErrTruncated = errors.New("input is longer than 4 MiB; read only its start")

// Parse reads every response head in r: a status line ("HTTP/1.1 301 Moved
// Permanently", "HTTP/2 404") and the header lines after it. It tolerates
// CRLF and LF, any header case, and junk between heads (progress output, a
// body); lines that are neither status lines nor headers are skipped.
func Parse(r io.Reader) ([]Response, error) {
	br := bufio.NewReaderSize(io.LimitReader(r, MaxInput+1), 64<<10)
	var (
		out    []Response
		cur    *Response
		read   int
		failed error
	)
	for {
		line, n, err := readLine(br)
		read += n
		if n > 0 {
			text := strings.TrimRight(line, "\r\n")
			switch resp, ok := parseStatusLine(text); {
			case ok:
				out = append(out, resp)
				cur = &out[len(out)-1]
			case strings.TrimSpace(text) == "":
				cur = nil // the head ends at its blank line
			case cur != nil:
				if f, ok := parseField(text); ok {
					cur.Headers = append(cur.Headers, f)
				}
			}
		}
		if err != nil {
			if err != io.EOF {
				failed = err
			}
			break
		}
	}
	if read > MaxInput && failed == nil {
		failed = ErrTruncated
	}
	return out, failed
}

// readLine returns one line, cut to maxLine bytes, and how many bytes it
// took from the input.
func readLine(br *bufio.Reader) (string, int, error) {
	var buf []byte
	n := 0
	for {
		chunk, err := br.ReadSlice('\n')
		n += len(chunk)
		if room := maxLine - len(buf); room > 0 {
			buf = append(buf, chunk[:min(len(chunk), room)]...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return string(buf), n, err
	}
}

// parseStatusLine reads "HTTP/<version> <code>[ <reason>]".
func parseStatusLine(s string) (Response, bool) {
	if !strings.HasPrefix(s, "HTTP/") || !utf8.ValidString(s) {
		return Response{}, false
	}
	proto, rest, ok := strings.Cut(s, " ")
	if !ok || !validVersion(proto[5:]) {
		return Response{}, false
	}
	rest = strings.TrimLeft(rest, " ")
	codeText := rest
	if i := strings.IndexByte(rest, ' '); i >= 0 {
		codeText = rest[:i]
	}
	if len(codeText) != 3 {
		return Response{}, false
	}
	code, err := strconv.Atoi(codeText)
	if err != nil || code < 100 {
		return Response{}, false
	}
	return Response{StatusLine: strings.TrimSpace(s), Proto: proto, Code: code}, true
}

func validVersion(v string) bool {
	switch v {
	case "0.9", "1.0", "1.1", "2", "2.0", "3", "3.0":
		return true
	}
	return false
}

// parseField reads "Name: value". Field names are tokens (RFC 9110,
// Section 5.1); anything else is junk.
func parseField(s string) (Field, bool) {
	name, value, ok := strings.Cut(s, ":")
	if !ok || name == "" || !isToken(name) {
		return Field{}, false
	}
	return Field{Name: name, Value: strings.TrimSpace(strings.ToValidUTF8(value, "\uFFFD"))}, true
}

func isToken(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`"(),/:;<=>?@[\]{}`, c) >= 0 {
			return false
		}
	}
	return true
}

// Problem is something a response lacks or carries against what its status
// code calls for.
type Problem struct {
	Kind        string // "missing_header" or "unexpected_content"
	Header      string
	Requirement catalog.Requirement // for missing headers
	Value       string              // for unexpected content: the Content-Length
}

// Check compares a response with its catalogue entry.
func Check(r *Response, e *catalog.Entry) []Problem {
	var problems []Problem
	for _, h := range e.Headers {
		if h.Conditional || h.Requirement == catalog.Optional {
			continue
		}
		if _, ok := r.Get(h.Name); ok {
			continue
		}
		// A multipart/byteranges 206 carries Content-Range in each part.
		if h.Name == "Content-Range" && r.Code == 206 {
			if ct, _ := r.Get("Content-Type"); strings.HasPrefix(strings.ToLower(ct), "multipart/byteranges") {
				continue
			}
		}
		problems = append(problems, Problem{Kind: "missing_header", Header: h.Name, Requirement: h.Requirement})
	}
	// RFC 9110, Section 8.6: no Content-Length at all in 1xx and 204
	// responses; a 205 may say 0. A 304 may repeat the 200's length.
	if cl, ok := r.Get("Content-Length"); ok && !e.ContentAllowed {
		if r.Code/100 == 1 || r.Code == 204 || r.Code == 205 && strings.TrimSpace(cl) != "0" {
			problems = append(problems, Problem{Kind: "unexpected_content", Header: "Content-Length", Value: cl})
		}
	}
	return problems
}

// RetryAfter reads a Retry-After value: delay seconds or an HTTP date.
// It returns the delay, or the date, and whether either parsed.
func RetryAfter(v string) (time.Duration, time.Time, bool) {
	v = strings.TrimSpace(v)
	if secs, err := strconv.ParseUint(v, 10, 31); err == nil {
		return time.Duration(secs) * time.Second, time.Time{}, true
	}
	if t, err := time.Parse(time.RFC1123, v); err == nil {
		return 0, t, true
	}
	return 0, time.Time{}, false
}
