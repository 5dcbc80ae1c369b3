package lint

import "testing"

// TestDescriptionsCorrect: descriptions real APIs give their responses,
// each right for its code (or one of its usual alternatives). Precision is
// the point of description-mismatch: none may fire.
func TestDescriptionsCorrect(t *testing.T) {
	for _, tc := range []struct {
		code int
		desc string
	}{
		{201, "User created"}, {202, "The request was accepted for processing"}, {204, "No content"}, {204, "Resource deleted"},
		{200, "Resource deleted"}, {400, "Invalid input"}, {422, "Validation error"}, {400, "Validation error"}, {401, "Unauthorized"},
		{403, "Access denied"}, {404, "User not found"}, {409, "Conflict: the user already exists"}, {429, "Too many requests"},
		{500, "Internal server error"}, {503, "Service temporarily unavailable"}, {304, "Not modified"}, {206, "Partial content"},
		{301, "Moved permanently"}, {302, "Redirect to login"}, {412, "Precondition failed: ETag mismatch"}, {413, "Payload too large"},
		{415, "Unsupported media type"}, {413, "The upload is too large"}, {401, "Missing or invalid API key"},
		{403, "You do not have permission"}, {504, "Upstream service timed out"}, {502, "Upstream service failed"},
		{429, "Rate limit exceeded; retry after the time in Retry-After"}, {501, "Not implemented"}, {405, "Method not allowed"},
		{416, "Requested range not satisfiable"}, {402, "Payment required"}, {410, "Gone: the resource was deleted"}, {302, "Found"},
		{303, "See other"}, {101, "Switching protocols"}, {202, "The job was queued"}, {200, "Returns the list of pets"},
		{200, "Pet updated"}, {204, "Pet deleted"}, {200, "Successfully logged out"}, {200, "Login successful"}, {200, "Token refreshed"},
		{201, "Order placed"}, {400, "Invalid order"}, {422, "Validation exception"}, {409, "Duplicate email"}, {423, "Account locked"},
		{403, "Email not verified"}, {401, "Session expired"}, {401, "Token expired"}, {403, "Insufficient scope"},
		{404, "Not found, or you do not have access"}, {404, "Unauthorized"}, {400, "Malformed JSON"}, {422, "Malformed JSON"},
		{400, "Unprocessable entity"}, {422, "Bad Request"}, {200, "OK"}, {200, "The updated user"}, {200, "Already subscribed"},
		{201, "Created; the Location header points at it"}, {202, "Accepted; poll the Location for status"},
		{303, "See the result at the Location"}, {307, "Temporary redirect to the regional endpoint"},
		{308, "The API moved; use the new URL"}, {404, "The repository does not exist"}, {403, "Forbidden"}, {409, "Version conflict"},
		{409, "The resource was modified by someone else"}, {412, "The resource was modified by someone else"},
		{428, "If-Match header required"}, {503, "Down for maintenance"}, {500, "Unexpected error"}, {200, "Health check passed"},
		{503, "Not ready"}, {200, "Alive"}, {400, "Bad request"}, {404, "Not found"}, {401, "Authentication required"},
		{401, "Requires authentication"}, {403, "Requires admin rights"}, {413, "File too big"}, {414, "URI too long"},
		{431, "Headers too large"}, {408, "Request timeout"}, {451, "Unavailable for legal reasons"}, {507, "Insufficient storage"},
		{200, "Empty list when no results"}, {404, "No results"}, {204, "Nothing to return"}, {202, "Deletion scheduled"}, {200, "Deleted"},
		{200, "Order cancelled"}, {400, "Invalid username supplied"}, {400, "Invalid username/password supplied"}, {400, "Invalid ID supplied"},
		{404, "Order not found"}, {200, "successful operation"}, {500, "Database error"}, {503, "Dependency unavailable"},
		{502, "Bad gateway"}, {504, "Gateway timeout"}, {409, "Cannot delete a non-empty folder"}, {422, "The card was declined"},
		{402, "The card was declined"}, {403, "Account suspended"}, {200, "Webhook received"}, {200, "Returns the file"},
		{206, "Returns the requested byte range"}, {416, "Range outside the file"}, {304, "The cached copy is still fresh"},
		{200, "Returns the authenticated user"}, {401, "Bad credentials"}, {403, "Two-factor authentication required"},
		{422, "Validation failed"}, {400, "Validation failed"}, {404, "Resource not found"}, {410, "The account was deleted"},
		{301, "Moved permanently to the new repository name"}, {302, "Redirect to the download URL"}, {200, "Found"}, {200, "Locked"},
		{200, "Response when the suite already exists"}, {504, "Bad gateway"}, {429, "Service unavailable"},
	} {
		if e := describesOther(tc.code, tc.desc); e != nil {
			t.Errorf("%d %q: read as %d %s; want no finding", tc.code, tc.desc, e.Code, e.Name)
		}
	}
}

// TestDescriptionsWrong: descriptions that name or plainly describe
// another code, with no usual confusion between the two.
func TestDescriptionsWrong(t *testing.T) {
	for _, tc := range []struct {
		code, want int
		desc       string
	}{
		{500, 429, "Rate limit exceeded"}, {200, 404, "Resource not found"}, {200, 500, "Internal server error"},
		{400, 500, "Internal server error"}, {404, 429, "Too many requests"}, {409, 404, "Not found"}, {500, 400, "Bad request"},
		{404, 409, "Conflict"}, {500, 501, "Not implemented"}, {200, 400, "Bad request"}, {401, 402, "Payment required"},
		{404, 405, "Method not allowed"}, {400, 504, "Gateway timeout"}, {413, 415, "Unsupported media type"}, {202, 304, "Not modified"},
		{200, 301, "Moved permanently"}, {403, 412, "Precondition failed"}, {400, 503, "Service unavailable"}, {201, 500, "Internal error"},
		{423, 409, "Conflict"}, {403, 413, "Payload too large: the limit is 10 MB"},
	} {
		e := describesOther(tc.code, tc.desc)
		if e == nil || e.Code != tc.want {
			t.Errorf("%d %q: got %v, want it read as %d", tc.code, tc.desc, e, tc.want)
		}
	}
}
