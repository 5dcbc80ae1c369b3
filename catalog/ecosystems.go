package catalog

import "sync"

// ecosystemList holds the keys ErrorName, Default and --for use, in the order
// httpcode shows them: the nine whose status constants the entries carry
// first, then gRPC, frameworks, servers and providers.
var ecosystemList = [...]Ecosystem{
	{Key: "go", Name: "Go", Kind: KindLanguage},
	{Key: "python", Name: "Python", Kind: KindLanguage},
	{Key: "node", Name: "Node.js", Kind: KindLanguage},
	{Key: "java", Name: "Java", Kind: KindLanguage},
	{Key: "dotnet", Name: ".NET", Kind: KindLanguage},
	{Key: "rust", Name: "Rust", Kind: KindLanguage},
	{Key: "django", Name: "Django", Kind: KindFramework}, // Django and Django REST framework
	{Key: "rails", Name: "Rails", Kind: KindFramework},   // Rails and Rack
	{Key: "php", Name: "PHP", Kind: KindLanguage},
	{Key: "grpc", Name: "gRPC", Kind: KindRPC},
	{Key: "spring", Name: "Spring", Kind: KindFramework},
	{Key: "nestjs", Name: "NestJS", Kind: KindFramework},
	{Key: "laravel", Name: "Laravel", Kind: KindFramework},
	{Key: "symfony", Name: "Symfony", Kind: KindFramework},
	{Key: "fastapi", Name: "FastAPI", Kind: KindFramework},
	{Key: "aspnetcore", Name: "ASP.NET Core", Kind: KindFramework},
	{Key: "express", Name: "Express", Kind: KindFramework},
	{Key: "nextjs", Name: "Next.js", Kind: KindFramework},
	{Key: "nginx", Name: "nginx", Kind: KindServer},
	{Key: "apache", Name: "Apache", Kind: KindServer},
	{Key: "aws", Name: "AWS", Kind: KindProvider},
	{Key: "gcp", Name: "Google Cloud", Kind: KindProvider},
	{Key: "azure", Name: "Azure", Kind: KindProvider},
	{Key: "stripe", Name: "Stripe", Kind: KindProvider},
	{Key: "github", Name: "GitHub", Kind: KindProvider},
	{Key: "kubernetes", Name: "Kubernetes", Kind: KindProvider},
}

// Ecosystems returns every ecosystem in display order.
func Ecosystems() []Ecosystem { return ecosystemList[:] }

// EcosystemByKey returns the ecosystem with the given key.
func EcosystemByKey(key string) (Ecosystem, bool) {
	for _, e := range ecosystemList {
		if e.Key == key {
			return e, true
		}
	}
	return Ecosystem{}, false
}

var (
	errorNamesOnce sync.Once
	errorNames     []ErrorName
)

// ErrorNames returns every framework exception, then every provider error,
// each part sorted by ecosystem, then name, then service. The slice is
// shared and must not be modified.
func ErrorNames() []ErrorName {
	errorNamesOnce.Do(func() {
		errorNames = make([]ErrorName, 0, len(exceptions)+len(providerErrors))
		errorNames = append(append(errorNames, exceptions...), providerErrors...)
	})
	return errorNames
}

// ErrorNamesFor returns the error names that stand for code, in ErrorNames
// order, as pointers into the data (read-only): a card asks for them on
// every show, so nothing is copied or concatenated.
func ErrorNamesFor(code int) []*ErrorName {
	var out []*ErrorName
	for _, part := range [...][]ErrorName{exceptions, providerErrors} {
		for i := range part {
			if part[i].Code == code {
				out = append(out, &part[i])
			}
		}
	}
	return out
}

// Defaults returns what frameworks and servers send unasked, sorted by
// ecosystem, then case. The slice is shared and must not be modified.
func Defaults() []Default { return defaults }

// DefaultsFor returns the defaults that send code, in Defaults order, as
// pointers into the data (read-only).
func DefaultsFor(code int) []*Default {
	var out []*Default
	for i := range defaults {
		if defaults[i].Code == code {
			out = append(out, &defaults[i])
		}
	}
	return out
}

// GRPCCodes returns the 17 gRPC codes in numeric order.
func GRPCCodes() []GRPCCode { return grpcCodes[:] }

// GRPCByCode returns the gRPC code with the given number.
func GRPCByCode(code int) (GRPCCode, bool) {
	if code < 0 || code >= len(grpcCodes) {
		return GRPCCode{}, false
	}
	return grpcCodes[code], true
}

// GRPCGateway returns the gRPC codes a gateway sends as the HTTP status, in
// numeric order, or nil.
func GRPCGateway(status int) []GRPCCode {
	var out []GRPCCode
	for _, c := range grpcCodes {
		if c.HTTP == status {
			out = append(out, c)
		}
	}
	return out
}

// GRPCGatewayBefore returns the gRPC codes older grpc-gateway releases
// sent as the HTTP status, before they followed google.rpc.Code.
func GRPCGatewayBefore(status int) []GRPCCode {
	var out []GRPCCode
	for _, c := range grpcCodes {
		if c.Before == status {
			out = append(out, c)
		}
	}
	return out
}

// GRPCClient returns the code a gRPC client (grpc-go, and the other
// implementations that follow the same table) reports when it receives a
// response with this HTTP status that is not a gRPC response. Statuses
// outside the table are UNKNOWN. A 1xx status is not final, so a client
// never reports one; GRPCClientReports says so.
func GRPCClient(status int) GRPCCode {
	if n, ok := grpcClientRow(status); ok {
		return grpcCodes[n]
	}
	return grpcCodes[GRPCUnknown]
}

// GRPCClientReports reports whether a gRPC client turns a response with
// this status into a code at all: informational (1xx) responses are passed
// over while it waits for the final one.
func GRPCClientReports(status int) bool { return status >= 200 }
