package lookup

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/httpcode/httpcode/catalog"
)

// grpcQualifiers are what languages write before a gRPC code's name, lower
// case: Go's codes.NotFound, Python's grpc.StatusCode.NOT_FOUND, Java's
// Status.Code.NOT_FOUND, C#'s Grpc.Core.StatusCode.NotFound, Node's
// grpc.status.NOT_FOUND, C++'s grpc::StatusCode::NOT_FOUND, Rust's
// tonic::Code::NotFound. Those marked sure name gRPC and nothing else; the
// others (status., StatusCode.) count only before a gRPC code's name. A
// qualifier written with "::" is gRPC's only when listed with it:
// StatusCode::NOT_FOUND is the Rust http crate's constant.
var grpcQualifiers = [...]struct {
	text string
	sure bool
}{
	{"codes", true}, {"grpc.statuscode", true}, {"grpc.status", true}, {"grpc.code", true},
	{"io.grpc.status", true}, {"io.grpc.status.code", true}, {"grpc.core.statuscode", true},
	{"google.rpc.code", true}, {"rpc.code", true}, {"grpc::statuscode", true}, {"tonic::code", true},
	{"code", false}, {"status", false}, {"statuscode", false}, {"status.code", false}, {"code::", false},
}

// byGRPC reads a query that says it is gRPC: "grpc 4", "gRPC UNAVAILABLE",
// "grpc-status: 14", "codes.DeadlineExceeded", "StatusCode.DEADLINE_EXCEEDED".
// ok is false when the query is not gRPC's; one that surely is but names no
// code gets an error.
func byGRPC(q string) (m Match, ok bool, err error) {
	rest, sure, ok := grpcRest(q)
	if !ok {
		return Match{}, false, nil
	}
	if isDigits(rest) && sure {
		n, _ := strconv.Atoi(rest)
		c, found := catalog.GRPCByCode(n)
		if !found || len(rest) > 2 {
			return Match{}, true, &NoMatchError{q, fmt.Sprintf("%s is not a gRPC code; gRPC codes run from 0 (OK) to 16 (UNAUTHENTICATED)", Quote(rest))}
		}
		return grpcMatch(c), true, nil
	}
	if c, found := grpcByName(rest); found {
		return grpcMatch(c), true, nil
	}
	if !sure {
		return Match{}, false, nil
	}
	msg := fmt.Sprintf("no gRPC code is called %s", Quote(rest))
	if near := grpcNear(rest); near != "" {
		return Match{}, true, &NoMatchError{q, msg + "; did you mean " + strconv.Quote(near) + "?"}
	}
	return Match{}, true, &NoMatchError{q, msg + "; 'httpcode list --for grpc' lists the 17 codes"}
}

// grpcRest strips what marks a query as gRPC and returns the code's name or
// number, whether the mark is gRPC's alone, and ok false when there is none.
func grpcRest(q string) (rest string, sure, ok bool) {
	if len(q) > 5 && strings.EqualFold(q[:4], "grpc") && strings.IndexByte(" :=-_", q[4]) >= 0 {
		rest = trimSeparators(q[4:])
		for _, word := range []string{"status", "code"} {
			if len(rest) >= len(word) && strings.EqualFold(rest[:len(word)], word) {
				rest = trimSeparators(rest[len(word):])
			}
		}
		return rest, true, rest != ""
	}
	for _, sep := range []string{"::", "."} {
		i := strings.LastIndex(q, sep)
		if i <= 0 {
			continue
		}
		qual := q[:i]
		if sep == "::" && !strings.Contains(qual, "::") {
			qual += "::" // a lone qualifier before "::" is listed with it
		}
		for _, g := range grpcQualifiers {
			if strings.EqualFold(qual, g.text) {
				return q[i+len(sep):], g.sure, true
			}
		}
		return "", false, false
	}
	return "", false, false
}

func trimSeparators(s string) string { return strings.TrimLeft(s, " :=-_") }

// grpcByName finds a code by its name in any spelling: DEADLINE_EXCEEDED,
// DeadlineExceeded, deadline_exceeded, Cancelled or Canceled.
func grpcByName(s string) (catalog.GRPCCode, bool) {
	key := grpcKey(s)
	for _, c := range catalog.GRPCCodes() {
		if key == grpcKey(c.Name) || key == grpcKey(c.GoName) {
			return c, true
		}
	}
	return catalog.GRPCCode{}, false
}

func grpcKey(s string) string {
	return strings.ToLower(strings.NewReplacer("_", "", "-", "", " ", "").Replace(s))
}

func grpcNear(s string) string {
	key := grpcKey(s)
	best, bestDist := "", 3
	for _, c := range catalog.GRPCCodes() {
		if d := Distance(key, grpcKey(c.Name), 2); d < bestDist {
			best, bestDist = c.Name, d
		}
	}
	return best
}

func grpcMatch(c catalog.GRPCCode) Match {
	return Match{Kind: KindGRPC, Ecosystem: "grpc", Name: c.Name, Code: c.HTTP, GRPC: c.Code, Note: c.Note}
}
