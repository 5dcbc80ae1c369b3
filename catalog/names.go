package catalog

// Names from other ecosystems that stand for an HTTP status: gRPC codes,
// framework exceptions, provider error codes, and what frameworks and servers
// send by default. Like the entries, the tables are Go composite literals:
// nothing is decoded at start-up, and a command that never asks for them
// never touches them.

// ErrorKind says what sort of name an ErrorName is.
type ErrorKind string

// The kinds of error name.
const (
	Exception     ErrorKind = "exception"      // a framework's exception or error class
	ProviderError ErrorKind = "provider_error" // a cloud or API provider's error code
)

// ErrorName is a name that stands for an HTTP status in another ecosystem: a
// framework exception and the status the framework answers with when it goes
// unhandled, or a provider's error code and the status its API sends with it.
// A name whose status depends on the service has one record per service.
type ErrorName struct {
	Ecosystem string    // an Ecosystem key: "symfony", "aws", "stripe" …
	Kind      ErrorKind //
	Name      string    // as the source spells it: "NotFoundHttpException", "ThrottlingException", "card_declined"
	// Spellings are other ways developers paste the same name:
	// "ActiveRecord::RecordNotFound", "Illuminate\\Database\\Eloquent\\ModelNotFoundException",
	// "django.http.Http404". Matched like Name.
	Spellings []string
	Service   string // the provider's service when the status depends on it ("S3", "DynamoDB"); empty otherwise
	Code      int    // the HTTP status
	Since     string // the release since which this mapping holds, when it changed ("Rails 7.1"); empty otherwise
	Source    string // where the fact was read: a documentation URL, or "owner/repo path@release"
	Note      Text   // a caveat or a disagreement between sources, one line; empty usually
}

// DefaultCase is an everyday situation in which frameworks and servers pick a
// status on their own.
type DefaultCase string

// The everyday cases.
const (
	CaseRedirect        DefaultCase = "redirect"         // a redirect helper called with no status
	CaseValidation      DefaultCase = "validation"       // input failed the framework's validation
	CaseUnauthenticated DefaultCase = "unauthenticated"  // no or bad credentials
	CaseForbidden       DefaultCase = "forbidden"        // authenticated but not allowed
	CaseNoRoute         DefaultCase = "no_route"         // no route matches the path
	CaseMethod          DefaultCase = "method"           // the route exists, the method does not
	CaseUnhandled       DefaultCase = "unhandled"        // an exception nobody caught
	CaseBodyTooLarge    DefaultCase = "body_too_large"   // the request body is over the limit
	CaseTimeout         DefaultCase = "timeout"          // async handling or an upstream took too long
	CaseTrailingSlash   DefaultCase = "trailing_slash"   // the path lacks (or has) a trailing slash
	CaseCSRF            DefaultCase = "csrf"             // a CSRF token is missing or wrong
	CaseUpstreamDown    DefaultCase = "upstream_down"    // a proxy cannot reach its upstream
	CaseClientClosed    DefaultCase = "client_closed"    // the client went away before the answer
	CaseHeaderTooLarge  DefaultCase = "header_too_large" // request headers or URI too large
)

// Default is what a framework or server sends, unasked, in an everyday case.
type Default struct {
	Ecosystem string      // an Ecosystem key: "rails", "nginx" …
	Case      DefaultCase //
	Trigger   string      // what the developer wrote or what happened: "redirect_to url", "client_max_body_size exceeded"
	Code      int
	Since     string // the release since which it holds, when it changed
	Source    string // where the fact was read
	Note      Text   // a caveat, one line; empty usually
}

// EcosystemKind groups ecosystems for listing.
type EcosystemKind string

// The kinds of ecosystem.
const (
	KindLanguage  EcosystemKind = "language"  // a language's or library's status constants
	KindRPC       EcosystemKind = "rpc"       // gRPC
	KindFramework EcosystemKind = "framework" // a web framework
	KindServer    EcosystemKind = "server"    // a web server or proxy
	KindProvider  EcosystemKind = "provider"  // a cloud or API provider
)

// Ecosystem names a key used by ErrorName and Default.
type Ecosystem struct {
	Key  string // lower case, as typed after --for: "symfony"
	Name string // as written in prose: "Symfony"
	Kind EcosystemKind
}
