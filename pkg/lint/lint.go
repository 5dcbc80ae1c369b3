// Package lint reviews the status codes an API description declares
// against what HTTP itself says: content where none may be, headers the
// RFCs require, codes that cannot answer a method, unregistered, vendor and
// obsolete codes, descriptions that describe another code. It holds no
// house style: every finding cites the RFC section behind it.
//
// The package judges a Document, a format-neutral summary of an OpenAPI or
// Swagger file's operations and responses with their positions; reading the
// file into one is pkg/openapi's job, so this package (and httpcode, which
// links it for help and completion) needs no YAML reader.
//
// Its API carries no compatibility promise before httpcode v1.
package lint

// Pos is a place in the file: 1-based line and column.
type Pos struct {
	Line, Column int
}

// Document is what the rules see of one API description.
type Document struct {
	File string
	// Swagger is true for Swagger 2.0, false for OpenAPI 3.x.
	Swagger    bool
	Operations []*Operation
}

// Operation is one method on one path (or webhook).
type Operation struct {
	Method string // upper case: GET, POST, …
	Path   string // the path template, or the webhook's name
	// Webhook is true for an operation the API sends, not serves.
	Webhook bool
	// Pointer is the RFC 6901 pointer to the operation's responses object,
	// and Pos where it starts.
	Pointer string
	Pos     Pos
	// TakesBody is true when the request carries content (requestBody, or
	// a Swagger body or formData parameter); TakesInput when it carries any
	// parameter or body at all.
	TakesBody  bool
	TakesInput bool
	Ignore     []string // rule ids from x-httpcode-ignore
	Responses  []*Response
}

// Response is one entry of an operation's responses object, with any $ref
// chain already followed to the definition.
type Response struct {
	Key    string // as written: "404", "4XX", "default"
	KeyPos Pos
	// IntKey is true when the key is a plain YAML integer (200:, not "200":).
	IntKey bool
	// Shared is true when the response is defined once elsewhere (a
	// component) and referenced here; Pointer and Pos are then the
	// definition's, so problems inside it are reported once, there.
	Shared  bool
	Pointer string
	Pos     Pos
	// Resolved is false when the definition could not be read (a $ref
	// outside the file that was not followed): only the key is judged.
	Resolved    bool
	Description string
	Headers     []string // names as written
	Content     bool     // declares content (3.x) or a schema (2.0)
	MediaTypes  []string
	// File is the file holding a shared definition, when it is not the
	// document's own (a $ref to a file beside it).
	File   string
	Ignore []string // rule ids from x-httpcode-ignore
}
