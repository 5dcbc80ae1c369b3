package catalog

// GRPCCode is one of gRPC's 17 status codes and the HTTP status a gateway
// sends for it.
type GRPCCode struct {
	Code   int    // 0–16, the value of the grpc-status trailer
	Name   string // canonical, as google.rpc.Code spells it: "DEADLINE_EXCEEDED"
	GoName string // grpc-go's constant, without "codes.": "DeadlineExceeded"
	// HTTP is the status google.rpc.Code documents for the code, which
	// grpc-gateway's HTTPStatusFromCode sends.
	HTTP int
	// Since names the grpc-gateway release from which it sends HTTP, when
	// an older one sent Before instead (google.rpc.Code's mapping has not
	// changed since 2015; the gateway caught up with it in two steps).
	Since   string
	Before  int
	Summary Text   // one line, our own words
	Note    Text   // a disagreement or trap, one line; empty usually
	Source  string // where the mapping was read
}

// Where the gRPC facts were read. Each path has a snapshot under
// testdata/grpc that the tests check the tables against.
const (
	srcRPCCode  = "googleapis/googleapis google/rpc/code.proto@f8291d2b"
	srcGateway  = "grpc-ecosystem/grpc-gateway runtime/errors.go@9648db43"
	srcGRPCGo   = "grpc/grpc-go codes/codes.go@4793ad04"
	srcHTTPUtil = "grpc/grpc-go internal/transport/http_util.go@4793ad04"
	srcGRPCBoth = srcRPCCode + "; " + srcGateway
)

// grpcCodes are the gRPC codes in numeric order; the index is the code.
var grpcCodes = [...]GRPCCode{
	{
		Code: 0, Name: "OK", GoName: "OK", HTTP: 200,
		Summary: Text{En: "The call succeeded", Hi: "Call kaamyaab raha"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 1, Name: "CANCELLED", GoName: "Canceled", HTTP: 499,
		Since: "grpc-gateway v2.13.0", Before: 408,
		Summary: Text{En: "The caller gave up on the call, usually by cancelling its context", Hi: "Caller ne call beech mein chhod di, aksar context cancel karke"},
		Note:    Text{En: "Go spells it codes.Canceled, with one L; the proto spells it CANCELLED", Hi: "Go mein codes.Canceled (ek L), proto mein CANCELLED (do L)"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 2, Name: "UNKNOWN", GoName: "Unknown", HTTP: 500,
		Summary: Text{En: "An error the server could not or did not classify", Hi: "Aisi error jise server ne kisi category mein nahi daala"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 3, Name: "INVALID_ARGUMENT", GoName: "InvalidArgument", HTTP: 400,
		Summary: Text{En: "The request's arguments are wrong whatever the system's state", Hi: "Request ke arguments galat hain, system ki state kuch bhi ho"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 4, Name: "DEADLINE_EXCEEDED", GoName: "DeadlineExceeded", HTTP: 504,
		Since: "grpc-gateway v1.4.0", Before: 408,
		Summary: Text{En: "The deadline passed before the call finished; it may still have taken effect", Hi: "Call khatam hone se pehle deadline nikal gayi; ho sakta hai kaam phir bhi ho gaya ho"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 5, Name: "NOT_FOUND", GoName: "NotFound", HTTP: 404,
		Summary: Text{En: "The requested entity does not exist", Hi: "Jo entity maangi woh exist nahi karti"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 6, Name: "ALREADY_EXISTS", GoName: "AlreadyExists", HTTP: 409,
		Summary: Text{En: "The entity the call tried to create already exists", Hi: "Jo entity banani thi woh pehle se maujood hai"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 7, Name: "PERMISSION_DENIED", GoName: "PermissionDenied", HTTP: 403,
		Summary: Text{En: "The caller is known but not allowed to do this", Hi: "Caller pehchana gaya, lekin use yeh karne ki permission nahi"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 8, Name: "RESOURCE_EXHAUSTED", GoName: "ResourceExhausted", HTTP: 429,
		Since: "grpc-gateway v1.4.0", Before: 403,
		Summary: Text{En: "A quota or limit ran out: rate, disk, memory, message size", Hi: "Koi quota ya limit khatam ho gayi: rate, disk, memory, message size"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 9, Name: "FAILED_PRECONDITION", GoName: "FailedPrecondition", HTTP: 400,
		Since: "grpc-gateway v1.4.0", Before: 412,
		Summary: Text{En: "The system is not in the state the call needs, and retrying will not change that", Hi: "System us state mein nahi jo call ko chahiye, aur retry se yeh badlega nahi"},
		Note:    Text{En: "Sent as 400, deliberately not 412 Precondition Failed", Hi: "Jaan-boojhkar 400 bheja jaata hai, 412 Precondition Failed nahi"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 10, Name: "ABORTED", GoName: "Aborted", HTTP: 409,
		Summary: Text{En: "A concurrency clash, such as a failed transaction, aborted the call", Hi: "Concurrency ke takraav se call abort hui, jaise transaction fail hona"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 11, Name: "OUT_OF_RANGE", GoName: "OutOfRange", HTTP: 400,
		Summary: Text{En: "The call went past a valid range, such as reading beyond the end of a file", Hi: "Call valid range ke bahar gayi, jaise file ke end ke aage padhna"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 12, Name: "UNIMPLEMENTED", GoName: "Unimplemented", HTTP: 501,
		Summary: Text{En: "The server does not implement or support this method", Hi: "Server yeh method implement ya support nahi karta"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 13, Name: "INTERNAL", GoName: "Internal", HTTP: 500,
		Summary: Text{En: "Something the system relies on is broken: a serious server-side error", Hi: "System jis cheez pe tika hai woh toot gayi: server ki serious error"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 14, Name: "UNAVAILABLE", GoName: "Unavailable", HTTP: 503,
		Summary: Text{En: "The service cannot take the call now; retry with backoff", Hi: "Service abhi call nahi le sakti; backoff ke saath retry karo"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 15, Name: "DATA_LOSS", GoName: "DataLoss", HTTP: 500,
		Summary: Text{En: "Data was lost or corrupted beyond recovery", Hi: "Data kho gaya ya itna kharab hua ki wapas nahi aa sakta"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 16, Name: "UNAUTHENTICATED", GoName: "Unauthenticated", HTTP: 401,
		Summary: Text{En: "The call has no valid credentials", Hi: "Call ke paas valid credentials nahi hain"},
		Source:  srcGRPCBoth,
	},
}

// grpcFromHTTP is what grpc-go reports when a response has an HTTP status
// but is not a gRPC response (no grpc-status, wrong content-type): a proxy's
// or load balancer's error page, usually. Any other final status becomes
// UNKNOWN; 1xx statuses are passed over while the client waits for the
// final one. Sorted by status.
var grpcFromHTTP = [...]struct {
	Status int
	Code   int
}{
	{400, 13}, // INTERNAL
	{401, 16}, // UNAUTHENTICATED
	{403, 7},  // PERMISSION_DENIED
	{404, 12}, // UNIMPLEMENTED
	{429, 14}, // UNAVAILABLE
	{502, 14},
	{503, 14},
	{504, 14},
}

// GRPCUnknown is the number of gRPC's UNKNOWN, which a client reports for
// every final status its table lacks.
const GRPCUnknown = 2

// GRPCClientSource is where the client direction was read.
const GRPCClientSource = srcHTTPUtil

// grpcClientRow returns the client table's code for status.
func grpcClientRow(status int) (int, bool) {
	for _, m := range grpcFromHTTP {
		if m.Status == status {
			return m.Code, true
		}
	}
	return 0, false
}

// grpcNotes say, per HTTP status, where the two directions are not
// inverses (what a gateway sends as the status is not what a gRPC client
// reports on receiving it), or, marked Spec, where grpc-go's client table
// departs from the gRPC project's own mapping document. Sorted by status;
// tests derive both sets from the tables and snapshots.
var grpcNotes = [...]struct {
	Status int
	Spec   bool
	Note   Text
}{
	{200, false, Text{
		En: "Not inverses: a gateway sends OK as 200, but a 200 that is not a gRPC response reads as UNKNOWN",
		Hi: "Ulta nahi chalta: gateway OK ko 200 bhejta hai, par gRPC ke bina aaya 200 client ko UNKNOWN dikhta hai",
	}},
	{400, false, Text{
		En: "Not inverses: three argument errors become 400, but a gRPC client reads a plain 400 as INTERNAL",
		Hi: "Ulta nahi chalta: teen argument errors 400 bante hain, par gRPC client plain 400 ko INTERNAL padhta hai",
	}},
	{404, false, Text{
		En: "Not inverses: NOT_FOUND becomes 404, but a gRPC client reads a plain 404 as UNIMPLEMENTED",
		Hi: "Ulta nahi chalta: NOT_FOUND 404 banta hai, par gRPC client plain 404 ko UNIMPLEMENTED padhta hai",
	}},
	{409, false, Text{
		En: "Not inverses: ALREADY_EXISTS and ABORTED become 409, but a gRPC client reads a plain 409 as UNKNOWN",
		Hi: "Ulta nahi chalta: ALREADY_EXISTS aur ABORTED 409 bante hain, par gRPC client plain 409 ko UNKNOWN padhta hai",
	}},
	{429, false, Text{
		En: "Not inverses: RESOURCE_EXHAUSTED becomes 429, but a gRPC client reads a plain 429 as UNAVAILABLE",
		Hi: "Ulta nahi chalta: RESOURCE_EXHAUSTED 429 banta hai, par gRPC client plain 429 ko UNAVAILABLE padhta hai",
	}},
	{431, true, Text{
		En: "gRPC's mapping document reads a plain 431 as INTERNAL; grpc-go leaves it out and reports UNKNOWN",
		Hi: "gRPC ka mapping document plain 431 ko INTERNAL maanta hai; grpc-go ise chhod deta hai aur UNKNOWN batata hai",
	}},
	{499, false, Text{
		En: "Not inverses: CANCELLED becomes 499, but a gRPC client reads a plain 499 as UNKNOWN",
		Hi: "Ulta nahi chalta: CANCELLED 499 banta hai, par gRPC client plain 499 ko UNKNOWN padhta hai",
	}},
	{501, false, Text{
		En: "Not inverses: UNIMPLEMENTED becomes 501, but a gRPC client reads a plain 501 as UNKNOWN (and 404 as UNIMPLEMENTED)",
		Hi: "Ulta nahi chalta: UNIMPLEMENTED 501 banta hai, par client plain 501 ko UNKNOWN (aur 404 ko UNIMPLEMENTED) padhta hai",
	}},
	{502, false, Text{
		En: "No gRPC code becomes 502 through a gateway; a gRPC client reads a proxy's 502 as UNAVAILABLE",
		Hi: "Gateway se koi gRPC code 502 nahi banta; gRPC client proxy ke 502 ko UNAVAILABLE padhta hai",
	}},
	{504, false, Text{
		En: "Not inverses: DEADLINE_EXCEEDED becomes 504, but a gRPC client reads a plain 504 as UNAVAILABLE",
		Hi: "Ulta nahi chalta: DEADLINE_EXCEEDED 504 banta hai, par gRPC client plain 504 ko UNAVAILABLE padhta hai",
	}},
}

// GRPCNote says, in one line, where the gateway and client directions
// disagree for an HTTP status; it is empty where they agree or where gRPC
// has nothing to say.
func GRPCNote(status int) Text {
	for _, n := range grpcNotes {
		if n.Status == status {
			return n.Note
		}
	}
	return Text{}
}
