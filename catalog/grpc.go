package catalog

// GRPCCode is one of gRPC's 17 status codes and the HTTP status a gateway
// sends for it.
type GRPCCode struct {
	Code   int    // 0–16, the value of the grpc-status trailer
	Name   string // canonical, as google.rpc.Code spells it: "DEADLINE_EXCEEDED"
	GoName string // grpc-go's constant, without "codes.": "DeadlineExceeded"
	// HTTP is the status google.rpc.Code documents for the code, which
	// grpc-gateway's HTTPStatusFromCode sends.
	HTTP    int
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
		Summary: Text{En: "The deadline passed before the call finished; it may still have taken effect", Hi: "Call khatam hone se pehle deadline nikal gayi; ho sakta hai kaam phir bhi ho gaya ho"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 5, Name: "NOT_FOUND", GoName: "NotFound", HTTP: 404,
		Summary: Text{En: "The requested entity does not exist", Hi: "Jo entity maangi woh exist nahi karti"},
		Note:    Text{En: "Not the inverse: a gRPC client that receives HTTP 404 reports UNIMPLEMENTED, not NOT_FOUND", Hi: "Ulta nahi chalta: gRPC client ko HTTP 404 mile toh woh UNIMPLEMENTED batata hai, NOT_FOUND nahi"},
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
		Summary: Text{En: "A quota or limit ran out: rate, disk, memory, message size", Hi: "Koi quota ya limit khatam ho gayi: rate, disk, memory, message size"},
		Note:    Text{En: "Not the inverse: a gRPC client that receives HTTP 429 reports UNAVAILABLE", Hi: "Ulta nahi chalta: gRPC client ko HTTP 429 mile toh woh UNAVAILABLE batata hai"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 9, Name: "FAILED_PRECONDITION", GoName: "FailedPrecondition", HTTP: 400,
		Summary: Text{En: "The system is not in the state the call needs, and retrying will not change that", Hi: "System us state mein nahi jo call ko chahiye, aur retry se yeh badlega nahi"},
		Note:    Text{En: "Sent as 400, deliberately not 412 Precondition Failed", Hi: "Jaan-boojhkar 400 bheja jaata hai, 412 Precondition Failed nahi"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 10, Name: "ABORTED", GoName: "Aborted", HTTP: 409,
		Summary: Text{En: "The call was aborted by a concurrency clash, such as a failed transaction; retry higher up", Hi: "Concurrency ke takraav se call abort hui, jaise transaction fail; upar ke level se retry karo"},
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
		Note:    Text{En: "Not the inverse: a gRPC client reports UNIMPLEMENTED on HTTP 404, but a gateway sends it as 501", Hi: "Ulta nahi chalta: gRPC client HTTP 404 pe UNIMPLEMENTED batata hai, lekin gateway ise 501 bhejta hai"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 13, Name: "INTERNAL", GoName: "Internal", HTTP: 500,
		Summary: Text{En: "Something the system relies on is broken: a serious server-side error", Hi: "System jis cheez pe tika hai woh toot gayi: server ki serious error"},
		Note:    Text{En: "Not the inverse: a gRPC client reports INTERNAL on HTTP 400, but a gateway sends it as 500", Hi: "Ulta nahi chalta: gRPC client HTTP 400 pe INTERNAL batata hai, lekin gateway ise 500 bhejta hai"},
		Source:  srcGRPCBoth,
	},
	{
		Code: 14, Name: "UNAVAILABLE", GoName: "Unavailable", HTTP: 503,
		Summary: Text{En: "The service cannot take the call just now; retrying with backoff is usually right", Hi: "Service abhi call nahi le sakti; backoff ke saath retry karna aksar sahi hai"},
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

// GRPCClientSource is where the client direction was read.
const GRPCClientSource = srcHTTPUtil
