package catalog

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// readSnapshot returns the lines of testdata/grpc/name that are not header
// comments.
func readSnapshot(t *testing.T, name string) []string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "grpc", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, "#") && strings.TrimSpace(line) != "" {
			lines = append(lines, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}

// goStatus maps net/http's constant names (http.StatusNotFound) to codes,
// from the catalogue's own Go constants, which TestGoConstants checks.
func goStatus(t *testing.T, ident string) int {
	t.Helper()
	if n, err := strconv.Atoi(ident); err == nil {
		return n
	}
	for _, e := range All() {
		if e.Constants.Go == ident {
			return e.Code
		}
	}
	t.Fatalf("no entry has the Go constant %s", ident)
	return 0
}

// goCode maps grpc-go's constant (codes.NotFound) to the code's number.
func goCode(t *testing.T, ident string) int {
	t.Helper()
	for _, c := range GRPCCodes() {
		if "codes."+c.GoName == ident {
			return c.Code
		}
	}
	t.Fatalf("no gRPC code has the Go name %s", ident)
	return 0
}

func TestGRPCTable(t *testing.T) {
	if len(grpcCodes) != 17 {
		t.Fatalf("%d gRPC codes, want 17", len(grpcCodes))
	}
	for i, c := range grpcCodes {
		if c.Code != i {
			t.Errorf("grpcCodes[%d] holds code %d; keep them in numeric order", i, c.Code)
		}
		if c.Name == "" || c.GoName == "" || c.Summary.En == "" || c.Summary.Hi == "" || c.Source == "" {
			t.Errorf("%d %s: name, Go name, summary in both languages and source are all needed", c.Code, c.Name)
		}
		if len(c.Summary.En) > 80 || len(c.Note.En) > 100 {
			t.Errorf("%d %s: summary over 80 or note over 100 characters", c.Code, c.Name)
		}
		if len(ByCode(c.HTTP)) == 0 {
			t.Errorf("%d %s: HTTP %d is not in the catalogue", c.Code, c.Name, c.HTTP)
		}
	}
	for i, m := range grpcFromHTTP {
		if i > 0 && grpcFromHTTP[i-1].Status >= m.Status {
			t.Errorf("grpcFromHTTP: %d out of order", m.Status)
		}
	}
}

// TestGRPCProto checks names, numbers and HTTP mappings against
// google/rpc/code.proto: each value line follows its "HTTP Mapping" comment.
func TestGRPCProto(t *testing.T) {
	mapping := regexp.MustCompile(`HTTP Mapping: (\d{3}) `)
	value := regexp.MustCompile(`^  ([A-Z_]+) = (\d+);$`)
	http, seen := 0, 0
	for _, line := range readSnapshot(t, "code.proto.txt") {
		if m := mapping.FindStringSubmatch(line); m != nil {
			http, _ = strconv.Atoi(m[1])
			continue
		}
		m := value.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("unexpected snapshot line %q", line)
		}
		n, _ := strconv.Atoi(m[2])
		c, ok := GRPCByCode(n)
		switch {
		case !ok:
			t.Errorf("code.proto has %s = %d, the table does not", m[1], n)
		case c.Name != m[1]:
			t.Errorf("%d: code.proto names it %s, the table %s", n, m[1], c.Name)
		case c.HTTP != http:
			t.Errorf("%s: code.proto maps it to %d, the table to %d", c.Name, http, c.HTTP)
		}
		http = 0
		seen++
	}
	if seen != len(grpcCodes) {
		t.Errorf("code.proto has %d codes, the table %d", seen, len(grpcCodes))
	}
}

// TestGRPCGoNames checks the Go names against grpc-go's codes/codes.go.
func TestGRPCGoNames(t *testing.T) {
	value := regexp.MustCompile(`^\t([A-Za-z]+) Code = (\d+)$`)
	seen := 0
	for _, line := range readSnapshot(t, "codes.go.txt") {
		m := value.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("unexpected snapshot line %q", line)
		}
		n, _ := strconv.Atoi(m[2])
		if c, ok := GRPCByCode(n); !ok || c.GoName != m[1] {
			t.Errorf("codes.go has %s = %d; the table has %q", m[1], n, c.GoName)
		}
		seen++
	}
	if seen != len(grpcCodes) {
		t.Errorf("codes.go has %d codes, the table %d", seen, len(grpcCodes))
	}
}

// gatewayMapping reads HTTPStatusFromCode from a grpc-gateway snapshot:
// gRPC code → HTTP status.
func gatewayMapping(t *testing.T, name string) map[int]int {
	t.Helper()
	kase := regexp.MustCompile(`^\tcase (codes\.[A-Za-z]+):$`)
	ret := regexp.MustCompile(`^\t\treturn (http\.Status[A-Za-z]+|\d{3})$`)
	var pending []int
	out := map[int]int{}
	for _, line := range readSnapshot(t, name) {
		if m := kase.FindStringSubmatch(line); m != nil {
			pending = append(pending, goCode(t, m[1]))
			continue
		}
		m := ret.FindStringSubmatch(line)
		if m == nil || len(pending) == 0 {
			continue
		}
		for _, n := range pending {
			out[n] = goStatus(t, m[1])
		}
		pending = nil
	}
	if len(out) != len(grpcCodes) {
		t.Fatalf("%s maps %d codes, the table %d", name, len(out), len(grpcCodes))
	}
	return out
}

// TestGRPCGateway checks the gateway direction against grpc-gateway's
// HTTPStatusFromCode. A difference from code.proto (which TestGRPCProto
// holds the table to) would fail one of the two; the Note must then say
// which the table follows.
func TestGRPCGateway(t *testing.T) {
	for n, status := range gatewayMapping(t, "errors.go.txt") {
		if c := grpcCodes[n]; c.HTTP != status {
			t.Errorf("%s: grpc-gateway sends %d, the table says %d", c.Name, status, c.HTTP)
		}
	}
}

// TestGRPCGatewayHistory checks Since and Before against the last releases
// before each change: v1.3.1 (before v1.4.0 followed code.proto for three
// codes) and v2.12.0 (before v2.13.0 sent 499 for CANCELLED).
func TestGRPCGatewayHistory(t *testing.T) {
	v1 := gatewayMapping(t, "errors-v1.3.1.go.txt")
	v2 := gatewayMapping(t, "errors-v2.12.0.go.txt")
	for _, c := range grpcCodes {
		since, before := "", 0
		switch {
		case v2[c.Code] != c.HTTP:
			since, before = "grpc-gateway v2.13.0", v2[c.Code]
		case v1[c.Code] != c.HTTP:
			since, before = "grpc-gateway v1.4.0", v1[c.Code]
		}
		if c.Since != since || c.Before != before {
			t.Errorf("%s: since %q, before %d; the releases say since %q, before %d", c.Name, c.Since, c.Before, since, before)
		}
		if c.Before != 0 && len(ByCode(c.Before)) == 0 {
			t.Errorf("%s: %d is not in the catalogue", c.Name, c.Before)
		}
	}
}

// TestGRPCClient checks the client direction against grpc-go's
// HTTPStatusConvTab, and that every other final status reads as UNKNOWN.
func TestGRPCClient(t *testing.T) {
	entry := regexp.MustCompile(`^\t\t(http\.Status[A-Za-z]+): (codes\.[A-Za-z]+),$`)
	want := map[int]int{}
	for _, line := range readSnapshot(t, "http_util.go.txt") {
		if m := entry.FindStringSubmatch(line); m != nil {
			want[goStatus(t, m[1])] = goCode(t, m[2])
		}
	}
	if len(want) != len(grpcFromHTTP) {
		t.Errorf("HTTPStatusConvTab has %d statuses, the table %d", len(want), len(grpcFromHTTP))
	}
	for status := 100; status <= 599; status++ {
		n, ok := want[status]
		if !ok {
			n = 2 // codes.Unknown
		}
		if got := GRPCClient(status); got.Code != n {
			t.Errorf("HTTP %d: grpc-go reports %s, the table %s", status, grpcCodes[n].Name, got.Name)
		}
	}
	if GRPCClientReports(103) || !GRPCClientReports(200) {
		t.Error("1xx responses are not final and yield no code; 2xx and above do")
	}
}

// TestGRPCSpec compares grpc-go's client table with the gRPC project's
// mapping document: they agree but where a Spec note says they do not.
func TestGRPCSpec(t *testing.T) {
	row := regexp.MustCompile(`^\| (\d{3}) [A-Za-z' ]+\| ([A-Z\\_]+) +\|$`)
	other := regexp.MustCompile(`^\| _All other codes_ +\| UNKNOWN +\|$`)
	spec := map[int]string{}
	for _, line := range readSnapshot(t, "http-grpc-status-mapping.md.txt") {
		if other.MatchString(line) {
			continue
		}
		m := row.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("unexpected snapshot line %q", line)
		}
		status, _ := strconv.Atoi(m[1])
		spec[status] = strings.ReplaceAll(m[2], `\_`, "_")
	}
	for status := 200; status <= 599; status++ {
		want, ok := spec[status]
		if !ok {
			want = "UNKNOWN"
		}
		differs := GRPCClient(status).Name != want
		noted := false
		for _, n := range grpcNotes {
			noted = noted || n.Status == status && n.Spec
		}
		if differs != noted {
			t.Errorf("HTTP %d: the spec says %s, grpc-go %s; a Spec note is needed exactly where they differ", status, want, GRPCClient(status).Name)
		}
	}
}

// TestGRPCNotes holds the data to what the tables imply: a status has a
// Note exactly when the two directions are not inverses there (notes on
// the spec aside, which TestGRPCSpec checks).
func TestGRPCNotes(t *testing.T) {
	spec := map[int]bool{}
	for _, n := range grpcNotes {
		spec[n.Status] = n.Spec
	}
	for status := 100; status <= 599; status++ {
		if spec[status] {
			continue
		}
		gateway := GRPCGateway(status)
		_, inTable := grpcClientRow(status)
		if len(gateway) == 0 && !inTable {
			if !GRPCNote(status).IsZero() {
				t.Errorf("HTTP %d: a note where gRPC has nothing to say", status)
			}
			continue
		}
		client := GRPCClient(status)
		inverse := false
		for _, c := range gateway {
			inverse = inverse || c.Code == client.Code
		}
		if note := GRPCNote(status); inverse == !note.IsZero() {
			t.Errorf("HTTP %d: directions inverse %v, but note %q", status, inverse, note.En)
		} else if !note.IsZero() && (note.Hi == "" || len(note.En) > 120) {
			t.Errorf("HTTP %d: the note needs Hinglish and at most 120 characters", status)
		}
	}
}
