package catalog

// clientErrors: 4xx, RFC 9110 Section 15.5 and later RFCs.
var clientErrors = []Entry{
	{
		Code:   400,
		Name:   "Bad Request",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.5.1", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/400",
		Summary: Text{
			En: "The server will not process the request because the client got something wrong",
			Hi: "Request mein client ki galti hai, isliye server use process nahi karega",
		},
		Description: Text{
			En: "The server cannot or will not process the request because of something it sees as a client error: malformed syntax, broken message framing or deceptive routing, for example. " +
				"It is the generic client error, and a client that meets a 4xx code it does not know must treat it like a 400. " +
				"The response should explain what was wrong so the client can fix the request; sending the same request again will fail the same way.",
			Hi: "Server request ko process nahi kar sakta ya nahi karega, kyunki use lagta hai ki galti client ki hai: jaise syntax toota hua hai, message framing galat hai, ya request ko galat tarike se route kiya gaya hai. " +
				"Yeh generic client error hai, aur jo 4xx code client ko pata nahi hota use woh 400 hi maanta hai. " +
				"Response mein batao ki kya galat tha taaki client request theek kar sake; wahi request dobara bhejoge toh phir se fail hogi.",
		},
		UseWhen: Text{
			En: "The request cannot be parsed or has the wrong shape: invalid JSON, a missing required parameter, a value of the wrong type, a malformed header. Also the fallback when no more specific 4xx code fits.",
			Hi: "Jab request parse hi nahi hoti ya uska structure galat hai: invalid JSON, zaroori parameter missing, galat type ki value, toota hua header. Aur jab koi zyada specific 4xx code fit nahi hota tab fallback ke roop mein.",
		},
		AvoidWhen: []Alternative{
			{Code: 422, When: Text{
				En: "The body parses and has the right structure and types, but its values fail validation or business rules",
				Hi: "Body parse ho jaati hai, structure aur types sahi hain, lekin values validation ya business rules mein fail hoti hain",
			}},
			{Code: 415, When: Text{
				En: "The body is in a media type or content coding the endpoint does not accept",
				Hi: "Body aise media type ya content coding mein hai jo endpoint accept nahi karta",
			}},
			{Code: 401, When: Text{
				En: "Credentials are missing, expired or invalid",
				Hi: "Credentials missing hain, expire ho gaye hain ya invalid hain",
			}},
			{Code: 409, When: Text{
				En: "The request is well-formed but clashes with the resource's current state, such as a duplicate",
				Hi: "Request sahi bani hai lekin resource ki current state se takraati hai, jaise duplicate",
			}},
			{Code: 413, When: Text{
				En: "The request body is simply larger than the server accepts",
				Hi: "Request body bas server ki limit se badi hai",
			}},
			{Code: 414, When: Text{
				En: "The URL, usually its query string, is longer than the server accepts",
				Hi: "URL, aksar query string, server ki limit se lamba hai",
			}},
			{Code: 431, When: Text{
				En: "The headers, often the Cookie header, are too large",
				Hi: "Headers, aksar Cookie header, bahut bade hain",
			}},
		},
		Note: Text{
			En: "Whether validation failures get 400 or 422 is house style: choose one, document it, and send a machine-readable error body either way.",
			Hi: "Validation failure pe 400 bhejo ya 422, yeh team ka style hai: ek choose karo, document karo, aur dono case mein machine-readable error body bhejo.",
		},
		Headers: []Header{
			{Name: "Content-Type", Requirement: Optional, Note: Text{
				En: "Customary: application/problem+json (RFC 9457) with a detail saying what to fix",
				Hi: "Customary: application/problem+json (RFC 9457), detail mein batao ki kya theek karna hai",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable: a cache stores a 400 only if explicit freshness (Cache-Control max-age, Expires) allows it, which is rarely wanted.",
			Hi: "Heuristically cacheable nahi hai: cache 400 ko tabhi store karega jab explicit freshness (Cache-Control max-age, Expires) ho, aur aisa shayad hi kabhi chahiye.",
		},
		Retry: Text{
			En: "Do not retry unchanged; fix the syntax, parameters or headers first.",
			Hi: "Same request dobara mat bhejo; pehle syntax, parameters ya headers theek karo.",
		},
		Methods: []string{"POST", "PUT", "PATCH", "GET", "DELETE"},
		Related: []int{422, 415, 409, 401, 413},
		Constants: Constants{
			Go:     "http.StatusBadRequest",
			Python: "HTTPStatus.BAD_REQUEST",
			Node:   "StatusCodes.BAD_REQUEST",
			Java:   "HttpStatus.BAD_REQUEST",
			Dotnet: "HttpStatusCode.BadRequest",
			Rust:   "StatusCode::BAD_REQUEST",
			Django: "status.HTTP_400_BAD_REQUEST",
			Rails:  ":bad_request",
			PHP:    "Response::HTTP_BAD_REQUEST",
		},
		Situations: []string{
			"malformed json in the request body",
			"invalid json",
			"json syntax error",
			"request body cannot be parsed",
			"req body malformed",
			"missing required query parameter",
			"required field missing from the payload",
			"wrong data type for a field, string instead of number",
			"path parameter is not a valid uuid",
			"page size param is not a number",
			"unparseable date in a query param",
			"malformed header value",
			"invalid query string",
			"bad request syntax",
			"empty body when one is required",
			"unknown query parameter sent to a strict api",
			"broken multipart form data",
			"content-length does not match the body",
			"both content-length and transfer-encoding sent",
			"host header missing in an http/1.1 request",
			"invalid pagination cursor",
			"client sent garbage",
			"request ka json hi galat hai",
			"body parse nahi ho rahi",
			"query param missing hai",
			"client ne tuta hua data bheja",
		},
	},
	{
		Code:    401,
		Name:    "Unauthorized",
		Aliases: []string{"Unauthenticated"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 9110, Section 15.5.2", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.2"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/401",
		Summary: Text{
			En: "The request lacks valid authentication credentials for the resource",
			Hi: "Request ke saath valid authentication credentials nahi hain",
		},
		Description: Text{
			En: "The request was not applied because it carries no valid credentials for the target resource. " +
				"The server MUST send a WWW-Authenticate header with at least one challenge that says how to authenticate. " +
				"If the request did carry credentials, the 401 means they were refused, and the client may try again with new or different ones. " +
				"Despite the name it is about authentication (who you are), not authorization (what you may do).",
			Hi: "Request apply nahi hui kyunki uske saath target resource ke liye koi valid credentials nahi hain. " +
				"Server ko WWW-Authenticate header bhejna hi padega (MUST), jismein kam se kam ek challenge ho jo batata hai ki authenticate kaise karna hai. " +
				"Agar request mein credentials the, toh 401 ka matlab hai ki woh reject ho gaye, aur client naye ya alag credentials ke saath dobara try kar sakta hai. " +
				"Naam Unauthorized hai lekin baat authentication ki hai (tum kaun ho), authorization ki nahi (tum kya kar sakte ho).",
		},
		UseWhen: Text{
			En: "No token, API key or session was sent; the token is expired, malformed or revoked; its signature does not verify; or a login attempt used wrong credentials.",
			Hi: "Jab koi token, API key ya session nahi bheja gaya; token expire, malformed ya revoke ho chuka hai; signature verify nahi hota; ya login mein galat credentials diye gaye.",
		},
		AvoidWhen: []Alternative{
			{Code: 403, When: Text{
				En: "The client is authenticated, or logging in would not help, but it is not allowed to do this",
				Hi: "Client authenticated hai, ya login karne se kuch nahi badlega, lekin use yeh karne ki permission nahi hai",
			}},
			{Code: 407, When: Text{
				En: "A proxy, not the origin server, demands the credentials",
				Hi: "Credentials origin server nahi, beech ka proxy maang raha hai",
			}},
			{Code: 404, When: Text{
				En: "A caller without access must not even learn that the resource exists",
				Hi: "Bina access wale caller ko yeh bhi pata nahi chalna chahiye ki resource exist karta hai",
			}},
			{Code: 511, When: Text{
				En: "A captive portal wants the user to sign in before the network lets traffic through",
				Hi: "Captive portal chahta hai ki user pehle sign in kare, tab network traffic aage jaane dega",
			}},
		},
		Note: Text{
			En: "Send WWW-Authenticate even from token APIs (e.g. Bearer realm=\"api\", error=\"invalid_token\"); leaving it out breaks the RFC. Browsers show a login dialog for a Basic challenge.",
			Hi: "Token wali API se bhi WWW-Authenticate bhejo (jaise Bearer realm=\"api\", error=\"invalid_token\"); isko chhodna RFC ke against hai. Basic challenge pe browser login dialog dikhata hai.",
		},
		Headers: []Header{
			{Name: "WWW-Authenticate", Requirement: Required, Note: Text{
				En: "MUST: at least one challenge for the resource, e.g. Bearer realm=\"api\" or Basic realm=\"admin\"",
				Hi: "MUST: resource ke liye kam se kam ek challenge, jaise Bearer realm=\"api\" ya Basic realm=\"admin\"",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; caches store it only with explicit freshness, which is almost never wanted for an auth failure.",
			Hi: "Heuristically cacheable nahi hai; cache ise sirf explicit freshness ke saath store karega, aur auth failure ke liye yeh lagbhag kabhi nahi chahiye.",
		},
		Retry: Text{
			En: "Retry only with new or corrected credentials (log in again, refresh the token); the same credentials will fail again.",
			Hi: "Sirf naye ya sahi credentials ke saath retry karo (dobara login, token refresh); wahi credentials phir fail honge.",
		},
		Methods: []string{"GET", "POST", "PUT", "PATCH", "DELETE"},
		Related: []int{403, 407, 511, 404},
		Constants: Constants{
			Go:     "http.StatusUnauthorized",
			Python: "HTTPStatus.UNAUTHORIZED",
			Node:   "StatusCodes.UNAUTHORIZED",
			Java:   "HttpStatus.UNAUTHORIZED",
			Dotnet: "HttpStatusCode.Unauthorized",
			Rust:   "StatusCode::UNAUTHORIZED",
			Django: "status.HTTP_401_UNAUTHORIZED",
			Rails:  ":unauthorized",
			PHP:    "Response::HTTP_UNAUTHORIZED",
		},
		Situations: []string{
			"token expired",
			"jwt expired",
			"missing bearer token",
			"no authorization header",
			"wrong password on login",
			"invalid username or password",
			"invalid api key",
			"api key missing",
			"session expired, user must log in again",
			"access token revoked",
			"invalid jwt signature",
			"user not logged in",
			"unauthenticated request",
			"auth token malformed",
			"basic auth credentials wrong",
			"refresh token invalid or expired",
			"session cookie missing",
			"oauth access token not accepted",
			"no credentials sent at all",
			"token expire ho gaya",
			"login nahi kiya hai",
			"api key galat hai",
			"auth header bhejna bhool gaye",
		},
	},
	{
		Code:   402,
		Name:   "Payment Required",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.5.3", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.3"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/402",
		Summary: Text{
			En: "Reserved for future use; some APIs send it when payment is needed",
			Hi: "Future use ke liye reserved; kuch APIs ise payment ki zaroorat pe bhejti hain",
		},
		Description: Text{
			En: "RFC 9110 gives 402 no semantics: it is reserved for future use, a leftover of early plans for digital payment. " +
				"In practice some APIs return it when a call needs payment, such as a lapsed subscription, an exhausted paid balance or a declined charge, and the exact meaning then comes from that API's documentation. " +
				"Clients and browsers have no standard behaviour for it.",
			Hi: "RFC 9110 mein 402 ka koi meaning define nahi hai: yeh future use ke liye reserved hai, digital payment ke purane plans ki nishani. " +
				"Practice mein kuch APIs ise tab bhejti hain jab call ke liye payment chahiye, jaise subscription lapse ho gaya, paid balance khatam ho gaya ya charge decline hua; tab exact matlab us API ke docs se aata hai. " +
				"Clients aur browsers ka iske liye koi standard behaviour nahi hai.",
		},
		UseWhen: Text{
			En: "Only where your API documents it: the subscription has lapsed, the call needs a paid plan, prepaid credit ran out, or a charge was declined.",
			Hi: "Sirf tab jab tumhari API ke docs mein likha ho: subscription lapse ho gaya, call ke liye paid plan chahiye, prepaid credit khatam ho gaya, ya charge decline hua.",
		},
		AvoidWhen: []Alternative{
			{Code: 403, When: Text{
				En: "The account lacks permission and paying would not change that",
				Hi: "Account ke paas permission nahi hai aur payment karne se bhi yeh nahi badlega",
			}},
			{Code: 429, When: Text{
				En: "The client hit a rate limit that resets with time, not with payment",
				Hi: "Client ne rate limit hit ki hai jo time ke saath reset hoti hai, payment se nahi",
			}},
		},
		Note: Text{
			En: "Reserved by RFC 9110 with no standard payment protocol behind it; schemes built on 402 define their own headers, which general clients ignore.",
			Hi: "RFC 9110 ne ise reserve kiya hai aur iske peeche koi standard payment protocol nahi hai; 402 pe bane schemes apne headers define karte hain, jinhe general clients ignore karte hain.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; do not let caches store it, since the account's state can change at any moment.",
			Hi: "Heuristically cacheable nahi hai; cache ko store mat karne do, kyunki account ki state kabhi bhi badal sakti hai.",
		},
		Retry: Text{
			En: "Retry only after the payment problem is fixed (card updated, plan upgraded, credit topped up).",
			Hi: "Payment ki problem theek hone ke baad hi retry karo (card update, plan upgrade, credit top up).",
		},
		Methods: []string{"POST", "GET", "PUT"},
		Related: []int{403, 429, 401},
		Constants: Constants{
			Go:     "http.StatusPaymentRequired",
			Python: "HTTPStatus.PAYMENT_REQUIRED",
			Node:   "StatusCodes.PAYMENT_REQUIRED",
			Java:   "HttpStatus.PAYMENT_REQUIRED",
			Dotnet: "HttpStatusCode.PaymentRequired",
			Rust:   "StatusCode::PAYMENT_REQUIRED",
			Django: "status.HTTP_402_PAYMENT_REQUIRED",
			Rails:  ":payment_required",
			PHP:    "Response::HTTP_PAYMENT_REQUIRED",
		},
		Situations: []string{
			"subscription expired, payment needed",
			"free trial ended",
			"card declined when charging the customer",
			"account has no credits left",
			"feature needs a paid plan",
			"invoice unpaid so api access is suspended",
			"prepaid balance exhausted",
			"pay per call api and the wallet is empty",
			"plan upgrade required to use this endpoint",
			"payment pending hai isliye access band hai",
			"trial khatam ho gaya, plan lena padega",
		},
	},
	{
		Code:    403,
		Name:    "Forbidden",
		Aliases: []string{"Access Denied"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 9110, Section 15.5.4", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.4"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/403",
		Summary: Text{
			En: "The server understood the request but refuses to carry it out",
			Hi: "Server ne request samajh li hai lekin use poora karne se mana kar raha hai",
		},
		Description: Text{
			En: "The server understood the request and refuses to fulfil it; it may explain why in the response body. " +
				"If credentials were sent, the server finds them insufficient: the client should not automatically repeat the request with the same credentials, though new or different ones may help. " +
				"The refusal can also have nothing to do with credentials, such as an IP block or a policy. " +
				"A server that wants to hide that a forbidden resource exists may answer 404 instead.",
			Hi: "Server ne request samajh li hai aur use poora karne se mana kar raha hai; chahe toh response body mein wajah bata sakta hai. " +
				"Agar credentials bheje gaye the, toh server ke hisaab se woh kaafi nahi hain: client ko same credentials ke saath automatically retry nahi karna chahiye, lekin naye ya alag credentials se kaam ban sakta hai. " +
				"Mana karne ki wajah credentials se alag bhi ho sakti hai, jaise IP block ya koi policy. " +
				"Agar server chhupana chahta hai ki forbidden resource exist karta hai, toh woh 404 bhej sakta hai.",
		},
		UseWhen: Text{
			En: "The caller is identified but lacks the role, scope or ownership the action needs, or a policy forbids the request whoever sends it (IP allow-list, suspended account, failed CSRF check).",
			Hi: "Jab caller identify ho chuka hai lekin uske paas action ke liye zaroori role, scope ya ownership nahi hai, ya koi policy request ko mana karti hai chahe koi bhi bheje (IP allow-list, suspended account, CSRF check fail).",
		},
		AvoidWhen: []Alternative{
			{Code: 401, When: Text{
				En: "No valid credentials were sent, or they expired: logging in would fix it",
				Hi: "Valid credentials nahi bheje gaye ya expire ho gaye: login karne se theek ho jayega",
			}},
			{Code: 404, When: Text{
				En: "Even the existence of the resource must stay hidden from this caller",
				Hi: "Is caller se resource ka exist karna bhi chhupana hai",
			}},
			{Code: 451, When: Text{
				En: "Access is denied because of a legal demand such as a court order or a government block",
				Hi: "Access kisi legal demand ki wajah se mana hai, jaise court order ya government block",
			}},
			{Code: 402, When: Text{
				En: "Paying (upgrading the plan, topping up credit) would lift the refusal",
				Hi: "Payment karne se (plan upgrade, credit top up) refusal hat jayega",
			}},
			{Code: 405, When: Text{
				En: "The method is not supported on this resource for anyone",
				Hi: "Yeh method is resource pe kisi ke liye bhi support nahi hota",
			}},
			{Code: 429, When: Text{
				En: "The caller is only blocked for a while because it sent too many requests",
				Hi: "Caller sirf kuch der ke liye blocked hai kyunki usne bahut zyada requests bheji",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; caches store a 403 only with explicit freshness, and permissions can change, so avoid it.",
			Hi: "Heuristically cacheable nahi hai; cache 403 ko sirf explicit freshness ke saath store karega, aur permissions badal sakti hain, isliye aisa mat karo.",
		},
		Retry: Text{
			En: "Do not retry with the same credentials; retry only after the needed permission is granted or with different credentials.",
			Hi: "Same credentials ke saath retry mat karo; permission milne ke baad ya alag credentials ke saath hi retry karo.",
		},
		Methods: []string{"GET", "POST", "PUT", "PATCH", "DELETE"},
		Related: []int{401, 404, 451, 402},
		Constants: Constants{
			Go:     "http.StatusForbidden",
			Python: "HTTPStatus.FORBIDDEN",
			Node:   "StatusCodes.FORBIDDEN",
			Java:   "HttpStatus.FORBIDDEN",
			Dotnet: "HttpStatusCode.Forbidden",
			Rust:   "StatusCode::FORBIDDEN",
			Django: "status.HTTP_403_FORBIDDEN",
			Rails:  ":forbidden",
			PHP:    "Response::HTTP_FORBIDDEN",
		},
		Situations: []string{
			"user lacks the admin role",
			"authenticated but not allowed",
			"insufficient permissions",
			"user tries to edit someone else's post",
			"token lacks the required scope",
			"oauth scope missing for this endpoint",
			"ip address not in the allow-list",
			"account is suspended or banned",
			"csrf token check failed",
			"directory listing disabled",
			"non-owner trying to delete a resource",
			"read-only user tries to write",
			"rbac policy denies the action",
			"email not verified yet so the action is blocked",
			"blocked by company policy, not by law",
			"waf blocked the request",
			"s3 bucket returns access denied",
			"i get access denied even though i am logged in",
			"perms nahi hai",
			"login toh hai lekin permission nahi hai",
			"admin access chahiye",
			"is user ko yeh karne ki ijazat nahi hai",
		},
	},
	{
		Code:   404,
		Name:   "Not Found",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.5.5", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/404",
		Summary: Text{
			En: "Nothing exists at this URL, or the server will not admit that it does",
			Hi: "Is URL pe kuch nahi hai, ya server yeh batana nahi chahta ki hai",
		},
		Description: Text{
			En: "The origin server has no current representation of the target resource, or is not willing to disclose that one exists. " +
				"A 404 does not say whether the absence is temporary or permanent; when the server knows the resource was removed for good, 410 says so more precisely. " +
				"Servers may also answer 404 instead of 403 so that a client without access cannot even learn that the resource exists.",
			Hi: "Server ke paas is URL ke liye koi resource nahi hai, ya woh yeh disclose nahi karna chahta ki resource exist karta hai. " +
				"404 se yeh pata nahi chalta ki resource kuch der ke liye missing hai ya hamesha ke liye; agar server ko pakka pata hai ki resource jaan-boojh ke hata diya gaya hai, toh 410 zyada sahi hai. " +
				"Kabhi kabhi server 403 ki jagah 404 bhejta hai, taaki jis client ke paas access nahi hai use yeh bhi pata na chale ki resource exist karta hai.",
		},
		UseWhen: Text{
			En: "The URL matches no route, or the ID in it matches no record. Also when a client without access must not learn that the resource exists.",
			Hi: "Jab URL kisi route se match nahi karta, ya URL mein di gayi ID ka koi record nahi hai. Tab bhi jab bina access wale client ko yeh pata nahi chalna chahiye ki resource exist karta hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 410, When: Text{
				En: "The resource existed and was removed on purpose, for good",
				Hi: "Resource pehle tha aur jaan-boojh ke hamesha ke liye hata diya gaya hai",
			}},
			{Code: 403, When: Text{
				En: "The resource exists, the client may know it, but is not allowed to access it",
				Hi: "Resource exist karta hai, client ko pata ho sakta hai, lekin use access ki permission nahi hai",
			}},
			{Code: 405, When: Text{
				En: "The URL exists but does not support the method used",
				Hi: "URL exist karta hai lekin is method ko support nahi karta",
			}},
			{Code: 200, When: Text{
				En: "A search or a collection simply has no items: an empty list is still a found resource",
				Hi: "Search ya collection mein koi item nahi hai: khaali list bhi ek valid resource hai",
			}},
			{Code: 422, When: Text{
				En: "The URL exists, but an ID inside the request body refers to a record that does not exist",
				Hi: "URL exist karta hai, lekin request body ke andar di gayi ID ka record exist nahi karta",
			}},
		},
		ContentAllowed: true,
		Cacheable:      true,
		Caching: Text{
			En: "Heuristically cacheable: caches may keep a 404 without explicit freshness. Send Cache-Control if the resource may appear soon.",
			Hi: "Heuristically cacheable hai: bina explicit freshness ke bhi cache 404 ko store kar sakta hai. Agar resource jaldi aa sakta hai toh Cache-Control bhejo.",
		},
		Retry: Text{
			En: "Do not retry unchanged; fix the URL or the ID first.",
			Hi: "Same request dobara mat bhejo; pehle URL ya ID theek karo.",
		},
		Methods: []string{"GET", "HEAD", "PUT", "PATCH", "DELETE", "POST"},
		Related: []int{410, 403, 400, 405},
		Constants: Constants{
			Go:     "http.StatusNotFound",
			Python: "HTTPStatus.NOT_FOUND",
			Node:   "StatusCodes.NOT_FOUND",
			Java:   "HttpStatus.NOT_FOUND",
			Dotnet: "HttpStatusCode.NotFound",
			Rust:   "StatusCode::NOT_FOUND",
			Django: "status.HTTP_404_NOT_FOUND",
			Rails:  ":not_found",
			PHP:    "Response::HTTP_NOT_FOUND",
		},
		Situations: []string{
			"resource not found",
			"no record with this id",
			"user id does not exist",
			"unknown route or endpoint",
			"page does not exist",
			"typo in the url path",
			"item missing from the database",
			"file not found on the server",
			"hide a private resource from users who may not see it",
			"requested order does not exist",
			"get by id returns nothing",
			"no such user",
			"wrong api path",
			"lookup by slug finds nothing",
			"parent resource in a nested route does not exist",
			"static asset missing",
			"db query for this id returned no row",
			"record nahi mila",
			"yeh id exist hi nahi karti",
			"galat url hit kar diya",
		},
	},
	{
		Code:   405,
		Name:   "Method Not Allowed",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.5.6", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/405",
		Summary: Text{
			En: "The resource exists but does not support this request method",
			Hi: "Resource exist karta hai lekin is request method ko support nahi karta",
		},
		Description: Text{
			En: "The origin server knows the request method, but the target resource does not support it. " +
				"The response MUST carry an Allow header listing the methods the resource currently supports; the list may be empty if the resource is temporarily accepting none. " +
				"A 405 is heuristically cacheable.",
			Hi: "Origin server request method ko jaanta hai, lekin target resource use support nahi karta. " +
				"Response mein Allow header hona hi chahiye (MUST) jo batata hai ki resource abhi kaun se methods support karta hai; agar resource abhi koi method accept nahi kar raha toh list khaali bhi ho sakti hai. " +
				"405 heuristically cacheable hai.",
		},
		UseWhen: Text{
			En: "A client sends DELETE to a read-only collection, POST to an item URL that only takes GET and PUT, or GET to an endpoint that only takes POST.",
			Hi: "Jab client read-only collection pe DELETE bhejta hai, sirf GET aur PUT lene wale item URL pe POST bhejta hai, ya sirf POST lene wale endpoint pe GET bhejta hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 501, When: Text{
				En: "The server does not recognise or implement the method for any resource at all",
				Hi: "Server is method ko kisi bhi resource ke liye pehchanta ya implement hi nahi karta",
			}},
			{Code: 404, When: Text{
				En: "The URL itself does not exist",
				Hi: "URL hi exist nahi karta",
			}},
			{Code: 403, When: Text{
				En: "The method is supported, but this caller is not permitted to use it",
				Hi: "Method support hota hai, lekin is caller ko use karne ki permission nahi hai",
			}},
		},
		Note: Text{
			En: "General-purpose servers must support GET and HEAD (RFC 9110, Section 9.1), so a 405 for those is unusual.",
			Hi: "General-purpose servers ke liye GET aur HEAD support karna zaroori hai (RFC 9110, Section 9.1), isliye in par 405 aana unusual hai.",
		},
		Headers: []Header{
			{Name: "Allow", Requirement: Required, Note: Text{
				En: "MUST: the methods the resource supports now, e.g. Allow: GET, HEAD, PUT; empty if none are allowed at the moment",
				Hi: "MUST: resource abhi jo methods support karta hai, jaise Allow: GET, HEAD, PUT; agar abhi koi allowed nahi toh khaali",
			}},
		},
		ContentAllowed: true,
		Cacheable:      true,
		Caching: Text{
			En: "Heuristically cacheable: caches may reuse a 405 without explicit freshness. Send Cache-Control if the allowed methods can change.",
			Hi: "Heuristically cacheable hai: bina explicit freshness ke bhi cache 405 reuse kar sakta hai. Agar allowed methods badal sakte hain toh Cache-Control bhejo.",
		},
		Retry: Text{
			En: "Do not retry with the same method; use one of the methods listed in Allow.",
			Hi: "Same method se retry mat karo; Allow mein diye gaye methods mein se koi use karo.",
		},
		Methods: []string{"POST", "PUT", "PATCH", "DELETE", "GET"},
		Related: []int{501, 404, 403},
		Constants: Constants{
			Go:     "http.StatusMethodNotAllowed",
			Python: "HTTPStatus.METHOD_NOT_ALLOWED",
			Node:   "StatusCodes.METHOD_NOT_ALLOWED",
			Java:   "HttpStatus.METHOD_NOT_ALLOWED",
			Dotnet: "HttpStatusCode.MethodNotAllowed",
			Rust:   "StatusCode::METHOD_NOT_ALLOWED",
			Django: "status.HTTP_405_METHOD_NOT_ALLOWED",
			Rails:  ":method_not_allowed",
			PHP:    "Response::HTTP_METHOD_NOT_ALLOWED",
		},
		Situations: []string{
			"post to a read-only endpoint",
			"delete not supported on this resource",
			"method not supported for this route",
			"put sent to an endpoint that only accepts post",
			"patch not supported on this resource",
			"endpoint only allows get",
			"wrong http method",
			"http verb not allowed here",
			"form posts to a url that only serves get",
			"trying to delete a whole collection that cannot be deleted",
			"get sent to a webhook endpoint that expects post",
			"trace disabled on this server",
			"resource temporarily accepts no methods",
			"galat method use kiya, yahan sirf get chalta hai",
			"post allowed nahi hai is url pe",
			"delete method support nahi karta",
		},
	},
	{
		Code:   406,
		Name:   "Not Acceptable",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.5.7", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.7"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/406",
		Summary: Text{
			En: "No representation matches the Accept headers, and no default will be sent",
			Hi: "Accept headers se match karta representation nahi hai, default bhi nahi milega",
		},
		Description: Text{
			En: "The target resource has no current representation that satisfies the client's proactive negotiation headers (Accept, Accept-Language, Accept-Encoding and so on), and the server will not fall back to a default. " +
				"The server should send a list of the representations it does have so the user or user agent can pick one. " +
				"Servers are free to ignore the negotiation headers and send their default with 200 instead, which is often friendlier.",
			Hi: "Target resource ke paas aisa koi current representation nahi hai jo client ke negotiation headers (Accept, Accept-Language, Accept-Encoding waghera) ko satisfy kare, aur server default bhejne ko taiyaar nahi hai. " +
				"Server ko available representations ki list bhejni chahiye taaki user ya user agent ek choose kar sake. " +
				"Server chahe toh negotiation headers ignore karke 200 ke saath default bhi bhej sakta hai, jo aksar zyada friendly hota hai.",
		},
		UseWhen: Text{
			En: "A client asks for Accept: application/xml from a JSON-only API, or for a language or API version you cannot produce, and failing is better than sending something it did not ask for.",
			Hi: "Jab client JSON-only API se Accept: application/xml maangta hai, ya aisi language ya API version jo tum bana nahi sakte, aur kuch aur bhejne se fail karna behtar hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 415, When: Text{
				En: "It is the format of the request body, not of the response, that the server cannot handle",
				Hi: "Server response ka nahi, request body ka format handle nahi kar sakta",
			}},
			{Code: 200, When: Text{
				En: "The server can reasonably ignore the Accept header and send its default representation",
				Hi: "Server Accept header ignore karke apna default representation bhej sakta hai",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; if you do cache negotiated responses, send Vary with the negotiation headers.",
			Hi: "Heuristically cacheable nahi hai; agar negotiated responses cache karte ho toh negotiation headers ke saath Vary bhejo.",
		},
		Retry: Text{
			En: "Retry with broader Accept headers (for example adding */*) or ask for one of the representations the response lists.",
			Hi: "Broader Accept headers ke saath retry karo (jaise */* add karo) ya response mein diye gaye representations mein se koi maango.",
		},
		Methods: []string{"GET", "HEAD"},
		Related: []int{415, 200, 300},
		Constants: Constants{
			Go:     "http.StatusNotAcceptable",
			Python: "HTTPStatus.NOT_ACCEPTABLE",
			Node:   "StatusCodes.NOT_ACCEPTABLE",
			Java:   "HttpStatus.NOT_ACCEPTABLE",
			Dotnet: "HttpStatusCode.NotAcceptable",
			Rust:   "StatusCode::NOT_ACCEPTABLE",
			Django: "status.HTTP_406_NOT_ACCEPTABLE",
			Rails:  ":not_acceptable",
			PHP:    "Response::HTTP_NOT_ACCEPTABLE",
		},
		Situations: []string{
			"client only accepts xml but the api returns json",
			"accept header asks for a format we cannot produce",
			"requested language not available",
			"content negotiation failed",
			"accept: application/pdf but only html exists",
			"api version requested in the accept header is not supported",
			"no acceptable representation for the accept header",
			"client refuses every encoding we can offer",
			"client jo response format maang raha hai woh hum de nahi sakte",
			"accept header match nahi hua",
		},
	},
	{
		Code:   407,
		Name:   "Proxy Authentication Required",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.5.8", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.8"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/407",
		Summary: Text{
			En: "A proxy needs the client to authenticate before it forwards the request",
			Hi: "Proxy chahta hai ki client pehle authenticate kare, tab request aage jayegi",
		},
		Description: Text{
			En: "Like 401, but the challenge comes from a proxy between the client and the origin: the client must authenticate with the proxy before it will forward the request. " +
				"The proxy MUST send a Proxy-Authenticate header with a challenge that applies to itself, and the client may repeat the request with a new or replaced Proxy-Authorization header.",
			Hi: "401 jaisa hi hai, lekin challenge client aur origin ke beech wale proxy se aata hai: request aage jaane se pehle client ko proxy ke saath authenticate karna padega. " +
				"Proxy ko Proxy-Authenticate header bhejna hi padega (MUST) jismein uska apna challenge ho, aur client naye ya badle hue Proxy-Authorization header ke saath request dobara bhej sakta hai.",
		},
		UseWhen: Text{
			En: "You run a forward proxy or corporate gateway that requires users to log in before it forwards their traffic.",
			Hi: "Jab tum forward proxy ya corporate gateway chalate ho jo traffic aage bhejne se pehle users se login karwata hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 401, When: Text{
				En: "The origin server itself, not a proxy, wants credentials",
				Hi: "Credentials proxy nahi, khud origin server maang raha hai",
			}},
			{Code: 511, When: Text{
				En: "A captive portal wants the user to sign in or accept terms before granting network access",
				Hi: "Captive portal chahta hai ki network access se pehle user sign in kare ya terms accept kare",
			}},
			{Code: 403, When: Text{
				En: "The proxy knows the user, but policy blocks this destination",
				Hi: "Proxy user ko jaanta hai, lekin policy is destination ko block karti hai",
			}},
		},
		Headers: []Header{
			{Name: "Proxy-Authenticate", Requirement: Required, Note: Text{
				En: "MUST: a challenge for the proxy itself, e.g. Basic realm=\"corp-proxy\"",
				Hi: "MUST: proxy ka apna challenge, jaise Basic realm=\"corp-proxy\"",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; it belongs to one client's connection through the proxy and should not be stored.",
			Hi: "Heuristically cacheable nahi hai; yeh ek client ke proxy connection ki baat hai, ise store nahi karna chahiye.",
		},
		Retry: Text{
			En: "Retry with valid Proxy-Authorization credentials for the proxy.",
			Hi: "Proxy ke liye valid Proxy-Authorization credentials ke saath retry karo.",
		},
		Methods: []string{"GET", "CONNECT", "POST"},
		Related: []int{401, 511, 403},
		Constants: Constants{
			Go:     "http.StatusProxyAuthRequired",
			Python: "HTTPStatus.PROXY_AUTHENTICATION_REQUIRED",
			Node:   "StatusCodes.PROXY_AUTHENTICATION_REQUIRED",
			Java:   "HttpStatus.PROXY_AUTHENTICATION_REQUIRED",
			Dotnet: "HttpStatusCode.ProxyAuthenticationRequired",
			Rust:   "StatusCode::PROXY_AUTHENTICATION_REQUIRED",
			Django: "status.HTTP_407_PROXY_AUTHENTICATION_REQUIRED",
			Rails:  ":proxy_authentication_required",
			PHP:    "Response::HTTP_PROXY_AUTHENTICATION_REQUIRED",
		},
		Situations: []string{
			"corporate proxy asks for a login",
			"proxy credentials missing",
			"npm install behind a proxy fails with an auth error",
			"curl through a proxy needs username and password",
			"squid proxy requires authentication",
			"proxy-authorization header missing or wrong",
			"forward proxy rejects unauthenticated clients",
			"git clone fails behind the company proxy",
			"office proxy pe login karna padega",
			"proxy ka password galat hai",
		},
	},
	{
		Code:    408,
		Name:    "Request Timeout",
		Aliases: []string{"Request Time-out"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 9110, Section 15.5.9", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.9"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/408",
		Summary: Text{
			En: "The server gave up waiting for the client to finish sending the request",
			Hi: "Client request poori bhej hi nahi paaya, server ne intezaar karna chhod diya",
		},
		Description: Text{
			En: "The server did not receive a complete request message within the time it was prepared to wait, and usually closes the connection afterwards. " +
				"A client with a request still in transit may repeat it, on a new connection if the current one can no longer be used. " +
				"Some servers also send 408 on idle keep-alive connections just before closing them, so a client can see it without having sent anything.",
			Hi: "Server jitna time wait karne ko taiyaar tha, utne mein use poora request message nahi mila, aur aksar uske baad woh connection band kar deta hai. " +
				"Jis client ki request raaste mein thi woh use dobara bhej sakta hai, aur agar current connection kaam ka nahi raha toh naye connection pe. " +
				"Kuch servers idle keep-alive connection band karne se pehle bhi 408 bhejte hain, isliye client ko bina kuch bheje bhi yeh dikh sakta hai.",
		},
		UseWhen: Text{
			En: "A client opened a connection but sent the headers or the body too slowly (stalled uploads, flaky mobile networks, slowloris-style attacks) and your read timeout expired.",
			Hi: "Jab client ne connection khola lekin headers ya body bahut dheere bheji (atka hua upload, kharab mobile network, slowloris jaisa attack) aur tumhara read timeout khatam ho gaya.",
		},
		AvoidWhen: []Alternative{
			{Code: 504, When: Text{
				En: "A gateway or proxy timed out waiting for an upstream server's response, not for the client",
				Hi: "Gateway ya proxy ka timeout upstream server ke response ka intezaar karte hue hua, client ka nahi",
			}},
			{Code: 503, When: Text{
				En: "The server is overloaded or down for maintenance",
				Hi: "Server overloaded hai ya maintenance ke liye down hai",
			}},
		},
		Headers: []Header{
			{Name: "Connection", Requirement: Optional, Note: Text{
				En: "Customary: Connection: close, since the server is about to close the connection",
				Hi: "Customary: Connection: close, kyunki server connection band karne wala hai",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; it describes one connection and must not be reused.",
			Hi: "Heuristically cacheable nahi hai; yeh ek connection ki baat hai, ise reuse nahi karna chahiye.",
		},
		Retry: Text{
			En: "The client may repeat the request, usually on a new connection; the incomplete request was not processed. Check the network or send faster.",
			Hi: "Client request dobara bhej sakta hai, aksar naye connection pe; adhoori request process nahi hui thi. Network check karo ya jaldi bhejo.",
		},
		Methods: []string{"POST", "PUT", "GET"},
		Related: []int{504, 503, 499},
		Constants: Constants{
			Go:     "http.StatusRequestTimeout",
			Python: "HTTPStatus.REQUEST_TIMEOUT",
			Node:   "StatusCodes.REQUEST_TIMEOUT",
			Java:   "HttpStatus.REQUEST_TIMEOUT",
			Dotnet: "HttpStatusCode.RequestTimeout",
			Rust:   "StatusCode::REQUEST_TIMEOUT",
			Django: "status.HTTP_408_REQUEST_TIMEOUT",
			Rails:  ":request_timeout",
			PHP:    "Response::HTTP_REQUEST_TIMEOUT",
		},
		Situations: []string{
			"client took too long to send the request",
			"slow upload timed out on the server side",
			"request body never finished arriving",
			"keep-alive connection idle for too long",
			"server read timeout while receiving headers",
			"slowloris protection kicked in",
			"mobile client stalls in the middle of an upload",
			"client opened a connection and sent nothing",
			"client ne request bhejne mein bahut der laga di",
			"upload beech mein atak gaya aur server ne timeout kar diya",
		},
	},
	{
		Code:   409,
		Name:   "Conflict",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.5.10", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.10"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/409",
		Summary: Text{
			En: "The request conflicts with the current state of the resource",
			Hi: "Request resource ki current state se takraati hai",
		},
		Description: Text{
			En: "The request could not be completed because it conflicts with the target resource's current state, in a way the user might be able to resolve before resubmitting. " +
				"The server should include enough information for the user to recognise where the conflict comes from. " +
				"Conflicts are most common with PUT: under versioning, an update that clashes with an earlier change by someone else can be refused with 409, ideally with details that help merge the two.",
			Hi: "Request poori nahi ho saki kyunki woh target resource ki current state se takraati hai, aur aisa conflict hai jise user suljha ke request dobara bhej sakta hai. " +
				"Server ko itni information deni chahiye ki user samajh sake conflict kahan se aaya. " +
				"Conflict sabse zyada PUT mein hota hai: versioning mein agar update kisi aur ke pehle wale change se takraata hai toh 409 se mana kiya ja sakta hai, aur achha ho agar merge karne mein madad wali details bhi ho.",
		},
		UseWhen: Text{
			En: "Creating something that already exists (duplicate username, email or unique key), saving an edit based on a stale version when no precondition header was sent, or a state change not allowed from the current state (cancelling an order that has shipped).",
			Hi: "Jab aisi cheez create ho rahi hai jo pehle se hai (duplicate username, email ya unique key), purane version pe based edit save ho raha hai aur koi precondition header nahi bheja, ya current state se woh state change allowed nahi hai (shipped order cancel karna).",
		},
		AvoidWhen: []Alternative{
			{Code: 412, When: Text{
				En: "The client sent a precondition header (If-Match with an ETag, If-Unmodified-Since) and it evaluated false",
				Hi: "Client ne precondition header bheja (ETag ke saath If-Match, If-Unmodified-Since) aur woh false nikla",
			}},
			{Code: 422, When: Text{
				En: "The data is invalid on its own, whatever the resource's current state is",
				Hi: "Data khud hi invalid hai, resource ki current state chahe jo bhi ho",
			}},
			{Code: 428, When: Text{
				En: "You want to force clients to send If-Match so lost updates are caught up front",
				Hi: "Tum clients se If-Match bhejwana chahte ho taaki lost updates pehle hi pakde jaayein",
			}},
			{Code: 423, When: Text{
				En: "WebDAV: the resource is locked by someone else's lock",
				Hi: "WebDAV: resource pe kisi aur ka lock laga hai",
			}},
			{Code: 400, When: Text{
				En: "The request is malformed and cannot be understood",
				Hi: "Request hi toota hua hai aur samajh nahi aata",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; the conflict depends on state that changes, so do not store it.",
			Hi: "Heuristically cacheable nahi hai; conflict badalti hui state pe depend karta hai, isliye store mat karo.",
		},
		Retry: Text{
			En: "Do not retry unchanged: fetch the current state, resolve the conflict (merge, choose another name), then resubmit.",
			Hi: "Same request dobara mat bhejo: current state fetch karo, conflict suljhao (merge karo, doosra naam chuno), phir bhejo.",
		},
		Methods: []string{"PUT", "POST", "PATCH", "DELETE"},
		Related: []int{412, 422, 428, 423},
		Constants: Constants{
			Go:     "http.StatusConflict",
			Python: "HTTPStatus.CONFLICT",
			Node:   "StatusCodes.CONFLICT",
			Java:   "HttpStatus.CONFLICT",
			Dotnet: "HttpStatusCode.Conflict",
			Rust:   "StatusCode::CONFLICT",
			Django: "status.HTTP_409_CONFLICT",
			Rails:  ":conflict",
			PHP:    "Response::HTTP_CONFLICT",
		},
		Situations: []string{
			"user already exists",
			"dup email",
			"email already registered",
			"client posted a signup with an email that is already registered",
			"username already taken",
			"duplicate unique key in the db",
			"unique constraint violation",
			"resource with this id already exists",
			"edit conflicts with another user's change",
			"version number in the body is stale",
			"cannot delete because other records depend on it",
			"cancel an order that has already shipped",
			"state transition not allowed from the current state",
			"two users booked the same seat",
			"folder with that name already exists",
			"request with the same idempotency key is still being processed",
			"merge conflict when saving a document",
			"user pehle se exist karta hai",
			"yeh email already registered hai",
			"naam pehle se liya hua hai",
		},
	},
	{
		Code:   410,
		Name:   "Gone",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.5.11", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.11"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/410",
		Summary: Text{
			En: "The resource was removed on purpose and is not coming back",
			Hi: "Resource jaan-boojh ke hataya gaya hai aur wapas nahi aayega",
		},
		Description: Text{
			En: "Access to the target resource is no longer available at the origin server, and this is likely permanent. " +
				"It mainly helps web maintenance: it tells clients and crawlers that the removal was intentional and that links to the resource should be dropped. " +
				"If the server does not know whether the absence is permanent, 404 is the right answer. " +
				"A 410 is heuristically cacheable, and servers need not keep sending it forever.",
			Hi: "Target resource ab origin server pe available nahi hai, aur yeh shayad hamesha ke liye hai. " +
				"Yeh mainly web maintenance ke kaam aata hai: clients aur crawlers ko batata hai ki resource jaan-boojh ke hataya gaya aur uske links hata dene chahiye. " +
				"Agar server ko pata nahi ki resource hamesha ke liye gaya ya nahi, toh 404 sahi jawab hai. " +
				"410 heuristically cacheable hai, aur server ko ise hamesha bhejte rehna zaroori nahi.",
		},
		UseWhen: Text{
			En: "A retired API version or endpoint, an expired promotion, content its owner deleted for good, or a one-time link that has already been used.",
			Hi: "Jab API version ya endpoint retire ho gaya, promotion khatam ho gaya, owner ne content hamesha ke liye delete kar diya, ya one-time link pehle hi use ho chuka hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 404, When: Text{
				En: "You do not know, or do not track, whether the resource ever existed or is gone for good",
				Hi: "Tumhe pata nahi, ya track nahi karte, ki resource kabhi tha ya hamesha ke liye gaya",
			}},
			{Code: 301, When: Text{
				En: "The resource moved to a new URL that clients should follow",
				Hi: "Resource naye URL pe shift ho gaya hai jise clients ko follow karna chahiye",
			}},
			{Code: 308, When: Text{
				En: "The resource moved permanently and the method and body must be kept on the new URL",
				Hi: "Resource permanently shift hua hai aur naye URL pe method aur body same rehni chahiye",
			}},
		},
		ContentAllowed: true,
		Cacheable:      true,
		Caching: Text{
			En: "Heuristically cacheable: caches may keep a 410 without explicit freshness, and crawlers treat it as a strong signal to drop the URL.",
			Hi: "Heuristically cacheable hai: bina explicit freshness ke bhi cache 410 rakh sakta hai, aur crawlers ise URL hatane ka strong signal maante hain.",
		},
		Retry: Text{
			En: "Do not retry; remove links and bookmarks to the URL or move to the replacement API.",
			Hi: "Retry mat karo; URL ke links aur bookmarks hata do ya nayi API pe shift ho jao.",
		},
		Methods: []string{"GET", "HEAD", "POST", "PUT", "DELETE"},
		Related: []int{404, 301, 308},
		Constants: Constants{
			Go:     "http.StatusGone",
			Python: "HTTPStatus.GONE",
			Node:   "StatusCodes.GONE",
			Java:   "HttpStatus.GONE",
			Dotnet: "HttpStatusCode.Gone",
			Rust:   "StatusCode::GONE",
			Django: "status.HTTP_410_GONE",
			Rails:  ":gone",
			PHP:    "Response::HTTP_GONE",
		},
		Situations: []string{
			"resource permanently deleted",
			"api version v1 has been retired",
			"deprecated endpoint shut down for good",
			"sunset endpoint after the deprecation period",
			"promotion page expired",
			"user deleted their account",
			"post was removed by its author",
			"one-time download link already used",
			"invitation link has expired",
			"product discontinued and its page removed",
			"record deleted and will never come back",
			"tell search engines the page is gone for good",
			"old webhook url decommissioned",
			"resource hamesha ke liye hata diya gaya",
			"purana api version band kar diya",
			"yeh link ab kaam nahi karega, expire ho gaya",
		},
	},
	{
		Code:   411,
		Name:   "Length Required",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.5.12", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.12"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/411",
		Summary: Text{
			En: "The server refuses a request that has no defined Content-Length",
			Hi: "Bina Content-Length wali request server accept nahi karega",
		},
		Description: Text{
			En: "The server refuses to accept the request without a defined Content-Length declaring the size of its content. " +
				"The client may repeat the request with a valid Content-Length header. " +
				"Servers use it when they will not read a body sent with chunked transfer coding, or need the size up front to enforce limits.",
			Hi: "Server request tab tak accept nahi karega jab tak Content-Length se content ka size define na ho. " +
				"Client valid Content-Length header ke saath request dobara bhej sakta hai. " +
				"Servers ise tab use karte hain jab woh chunked transfer coding wali body nahi padhenge, ya limits lagane ke liye unhe size pehle se chahiye.",
		},
		UseWhen: Text{
			En: "A POST or PUT arrives with chunked transfer coding or no length at all, and your endpoint needs to know the body size before reading it.",
			Hi: "Jab POST ya PUT chunked transfer coding ke saath ya bina length ke aata hai, aur tumhare endpoint ko body padhne se pehle uska size pata hona chahiye.",
		},
		AvoidWhen: []Alternative{
			{Code: 413, When: Text{
				En: "The length is known but exceeds your limit",
				Hi: "Length pata hai lekin tumhari limit se zyada hai",
			}},
			{Code: 400, When: Text{
				En: "Content-Length is present but invalid or conflicts with Transfer-Encoding",
				Hi: "Content-Length hai lekin invalid hai ya Transfer-Encoding se takraata hai",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; nothing to store.",
			Hi: "Heuristically cacheable nahi hai; store karne layak kuch nahi.",
		},
		Retry: Text{
			En: "Repeat the request with a correct Content-Length (buffer a streamed body first).",
			Hi: "Sahi Content-Length ke saath request dobara bhejo (streamed body ho toh pehle buffer kar lo).",
		},
		Methods: []string{"POST", "PUT", "PATCH"},
		Related: []int{413, 400},
		Constants: Constants{
			Go:     "http.StatusLengthRequired",
			Python: "HTTPStatus.LENGTH_REQUIRED",
			Node:   "StatusCodes.LENGTH_REQUIRED",
			Java:   "HttpStatus.LENGTH_REQUIRED",
			Dotnet: "HttpStatusCode.LengthRequired",
			Rust:   "StatusCode::LENGTH_REQUIRED",
			Django: "status.HTTP_411_LENGTH_REQUIRED",
			Rails:  ":length_required",
			PHP:    "Response::HTTP_LENGTH_REQUIRED",
		},
		Situations: []string{
			"content-length header missing",
			"chunked upload not accepted",
			"post without a content length",
			"server needs the body size up front",
			"streaming upload rejected because its length is unknown",
			"put request has no content-length",
			"storage api requires content-length on uploads",
			"server refuses chunked transfer encoding",
			"content-length header bhejna zaroori hai",
			"body ka size pehle batana padega",
		},
	},
	{
		Code:   412,
		Name:   "Precondition Failed",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.5.13", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.13"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/412",
		Summary: Text{
			En: "A condition in the request headers was false, so the method was not applied",
			Hi: "Request headers ki condition false nikli, isliye method apply nahi hua",
		},
		Description: Text{
			En: "One or more conditions the client put in request header fields evaluated to false on the server, so the method was not applied. " +
				"The conditions are If-Match, If-Unmodified-Since, or If-None-Match on a state-changing method. " +
				"This lets a client guard a change against the resource being in an unexpected state, most often to prevent lost updates: the client sends the ETag it last saw, and the server refuses if someone changed the resource in between.",
			Hi: "Client ne request headers mein jo conditions di thi unmein se ek ya zyada server pe false nikli, isliye method apply nahi hua. " +
				"Conditions hain If-Match, If-Unmodified-Since, ya state badalne wale method pe If-None-Match. " +
				"Isse client apne change ko unexpected state se bacha sakta hai, aksar lost update rokne ke liye: client apna last dekha hua ETag bhejta hai, aur agar beech mein kisi ne resource badal diya toh server mana kar deta hai.",
		},
		UseWhen: Text{
			En: "An update carries If-Match with an ETag that no longer matches, or If-Unmodified-Since older than the last change; or a create-only PUT with If-None-Match: * finds the resource already there.",
			Hi: "Jab update mein If-Match ka ETag ab match nahi karta, ya If-Unmodified-Since last change se purana hai; ya If-None-Match: * wala create-only PUT dekhta hai ki resource pehle se hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 409, When: Text{
				En: "No precondition header was sent, but the change still clashes with the current state",
				Hi: "Koi precondition header nahi bheja, phir bhi change current state se takraata hai",
			}},
			{Code: 428, When: Text{
				En: "The client sent no precondition at all and your API requires one",
				Hi: "Client ne koi precondition bheji hi nahi aur tumhari API ko chahiye",
			}},
			{Code: 304, When: Text{
				En: "A GET or HEAD with If-None-Match or If-Modified-Since found the client's copy still current",
				Hi: "If-None-Match ya If-Modified-Since wale GET ya HEAD mein client ki copy abhi bhi current hai",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; the outcome depends on the resource's current validators.",
			Hi: "Heuristically cacheable nahi hai; result resource ke current validators pe depend karta hai.",
		},
		Retry: Text{
			En: "Do not resend unchanged: GET the current representation and ETag, reapply the change, then retry with the new ETag.",
			Hi: "Same request dobara mat bhejo: current representation aur ETag GET karo, change dobara lagao, phir naye ETag ke saath retry karo.",
		},
		Methods: []string{"PUT", "PATCH", "DELETE", "POST"},
		Related: []int{409, 428, 304},
		Constants: Constants{
			Go:     "http.StatusPreconditionFailed",
			Python: "HTTPStatus.PRECONDITION_FAILED",
			Node:   "StatusCodes.PRECONDITION_FAILED",
			Java:   "HttpStatus.PRECONDITION_FAILED",
			Dotnet: "HttpStatusCode.PreconditionFailed",
			Rust:   "StatusCode::PRECONDITION_FAILED",
			Django: "status.HTTP_412_PRECONDITION_FAILED",
			Rails:  ":precondition_failed",
			PHP:    "Response::HTTP_PRECONDITION_FAILED",
		},
		Situations: []string{
			"if-match etag does not match",
			"etag mismatch on update",
			"resource changed since i fetched it and if-match failed",
			"lost update prevented by the etag check",
			"if-unmodified-since check failed",
			"put with if-none-match star but the resource exists",
			"stale etag in the request",
			"optimistic concurrency check failed on the etag",
			"conditional delete failed",
			"document changed since the client last read it",
			"conditional write to object storage failed",
			"concurrent edit detected via the if-match header",
			"etag match nahi hua",
			"kisi aur ne beech mein update kar diya, if-match fail",
			"purana etag bheja",
		},
	},
	{
		Code:    413,
		Name:    "Content Too Large",
		Aliases: []string{"Payload Too Large", "Request Entity Too Large"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 9110, Section 15.5.14", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/413",
		Summary: Text{
			En: "The request body is larger than the server is willing or able to process",
			Hi: "Request body server ki capacity ya limit se badi hai",
		},
		Description: Text{
			En: "The server refuses the request because its content is larger than it is willing or able to process. " +
				"It may end the request early where the protocol allows, or otherwise close the connection. " +
				"If the condition is temporary, the server should send Retry-After to say so and when the client may try again.",
			Hi: "Server request ko mana karta hai kyunki uska content server ki limit ya capacity se bada hai. " +
				"Protocol allow kare toh server request beech mein hi khatam kar sakta hai, warna connection band kar sakta hai. " +
				"Agar yeh condition temporary hai, toh server ko Retry-After bhejna chahiye jo bataye ki client kab dobara try kare.",
		},
		UseWhen: Text{
			En: "An upload or request body exceeds your configured size limit: a file over the cap, a JSON body past the parser limit, nginx client_max_body_size.",
			Hi: "Jab upload ya request body tumhari set ki hui size limit cross karti hai: cap se badi file, parser limit se badi JSON body, nginx ka client_max_body_size.",
		},
		AvoidWhen: []Alternative{
			{Code: 414, When: Text{
				En: "It is the URL (path and query), not the body, that is too long",
				Hi: "Body nahi, URL (path aur query) bahut lamba hai",
			}},
			{Code: 431, When: Text{
				En: "It is the header section, or a single header such as Cookie, that is too large",
				Hi: "Header section, ya Cookie jaisa ek header, bahut bada hai",
			}},
			{Code: 507, When: Text{
				En: "The body is within limits, but the server has run out of storage to keep it",
				Hi: "Body limit ke andar hai, lekin server ke paas use rakhne ki storage khatam ho gayi",
			}},
			{Code: 422, When: Text{
				En: "The size is fine but the content breaks a business rule, such as too many line items",
				Hi: "Size theek hai lekin content business rule todta hai, jaise bahut zyada line items",
			}},
		},
		Note: Text{
			En: "RFC 7231 called it Payload Too Large and RFC 2616 Request Entity Too Large; Go's net/http still uses the 2616 name.",
			Hi: "RFC 7231 mein iska naam Payload Too Large tha aur RFC 2616 mein Request Entity Too Large; Go ka net/http ab bhi 2616 wala naam use karta hai.",
		},
		Headers: []Header{
			{Name: "Retry-After", Requirement: Recommended, Conditional: true, Note: Text{
				En: "SHOULD when the condition is temporary: when the client may try again",
				Hi: "SHOULD jab condition temporary ho: client kab dobara try kar sakta hai",
			}},
			{Name: "Connection", Requirement: Optional, Note: Text{
				En: "Connection: close when the server closes the connection instead of reading the rest of the body",
				Hi: "Connection: close jab server baaki body padhne ki jagah connection band kar deta hai",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; do not store it.",
			Hi: "Heuristically cacheable nahi hai; store mat karo.",
		},
		Retry: Text{
			En: "Do not resend the same body; shrink, compress or split it (chunked or multipart uploads). With Retry-After the limit is temporary: wait, then retry.",
			Hi: "Wahi body dobara mat bhejo; use chhota, compress ya split karo (chunked ya multipart upload). Retry-After ho toh limit temporary hai: ruko, phir retry karo.",
		},
		Methods: []string{"POST", "PUT", "PATCH"},
		Related: []int{414, 431, 411, 507},
		Constants: Constants{
			Go:     "http.StatusRequestEntityTooLarge",
			Python: "HTTPStatus.CONTENT_TOO_LARGE",
			Node:   "StatusCodes.REQUEST_TOO_LONG",
			Java:   "HttpStatus.PAYLOAD_TOO_LARGE",
			Dotnet: "HttpStatusCode.RequestEntityTooLarge",
			Rust:   "StatusCode::PAYLOAD_TOO_LARGE",
			Django: "status.HTTP_413_REQUEST_ENTITY_TOO_LARGE",
			Rails:  ":content_too_large",
			PHP:    "Response::HTTP_REQUEST_ENTITY_TOO_LARGE",
		},
		Situations: []string{
			"file upload too large",
			"request body exceeds the size limit",
			"payload too big",
			"json body over the max size",
			"nginx client_max_body_size exceeded",
			"image bigger than 10 mb rejected",
			"video upload exceeds the limit",
			"base64 encoded file makes the body too large",
			"batch request payload too large",
			"request entity too large",
			"api gateway payload limit hit",
			"multipart upload over the allowed size",
			"serverless function payload over its limit",
			"csv import file too big",
			"upload quota per request exceeded, try again later",
			"file bahut badi hai upload ke liye",
			"body size limit cross ho gaya",
			"payload bada hai, server le nahi raha",
		},
	},
	{
		Code:    414,
		Name:    "URI Too Long",
		Aliases: []string{"Request-URI Too Long", "Request URI Too Long"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 9110, Section 15.5.15", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.15"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/414",
		Summary: Text{
			En: "The target URI is longer than the server is willing to interpret",
			Hi: "Target URI itna lamba hai ki server use interpret nahi karega",
		},
		Description: Text{
			En: "The server refuses the request because the target URI is longer than it is willing to interpret. " +
				"This is rare and usually means a client turned a POST into a GET with a huge query string, fell into a redirect loop that keeps growing the URI, or is probing for security holes. " +
				"A 414 is heuristically cacheable.",
			Hi: "Server request mana karta hai kyunki target URI uski interpret karne ki limit se lamba hai. " +
				"Yeh rare hai aur aksar iska matlab hai ki client ne POST ko lambi query string wale GET mein badal diya, aisa redirect loop hai jo URI badhata ja raha hai, ya koi security holes dhoondh raha hai. " +
				"414 heuristically cacheable hai.",
		},
		UseWhen: Text{
			En: "The request target exceeds your server's URI limit, typically a GET with a giant query string (long ID lists, embedded data).",
			Hi: "Jab request target tumhare server ki URI limit cross kare, aksar bahut lambi query string wala GET (IDs ki lambi list, URL mein bhara data).",
		},
		AvoidWhen: []Alternative{
			{Code: 413, When: Text{
				En: "It is the request body, not the URL, that is too large",
				Hi: "URL nahi, request body bahut badi hai",
			}},
			{Code: 431, When: Text{
				En: "It is the headers, not the URL, that are too large",
				Hi: "URL nahi, headers bahut bade hain",
			}},
			{Code: 400, When: Text{
				En: "The URL is malformed rather than too long",
				Hi: "URL lamba nahi, balki toota hua hai",
			}},
		},
		Note: Text{
			En: "RFC 9110 (Section 4.1) recommends that senders and recipients support URIs of at least 8000 octets.",
			Hi: "RFC 9110 (Section 4.1) recommend karta hai ki sender aur recipient kam se kam 8000 octets ke URIs support karein.",
		},
		ContentAllowed: true,
		Cacheable:      true,
		Caching: Text{
			En: "Heuristically cacheable: caches may reuse a 414 without explicit freshness.",
			Hi: "Heuristically cacheable hai: bina explicit freshness ke bhi cache 414 reuse kar sakta hai.",
		},
		Retry: Text{
			En: "Do not retry as is: move the data into a POST body, shorten the query, or fix the redirect loop.",
			Hi: "Aise hi retry mat karo: data ko POST body mein daalo, query chhoti karo, ya redirect loop theek karo.",
		},
		Methods: []string{"GET", "HEAD", "DELETE"},
		Related: []int{413, 431, 400},
		Constants: Constants{
			Go:     "http.StatusRequestURITooLong",
			Python: "HTTPStatus.URI_TOO_LONG",
			Node:   "StatusCodes.REQUEST_URI_TOO_LONG",
			Java:   "HttpStatus.URI_TOO_LONG",
			Dotnet: "HttpStatusCode.RequestUriTooLong",
			Rust:   "StatusCode::URI_TOO_LONG",
			Django: "status.HTTP_414_REQUEST_URI_TOO_LONG",
			Rails:  ":uri_too_long",
			PHP:    "Response::HTTP_REQUEST_URI_TOO_LONG",
		},
		Situations: []string{
			"query string too long",
			"url too long",
			"get request with a huge query string",
			"too many ids in the url",
			"filter params make the url exceed the limit",
			"redirect loop keeps making the url longer",
			"request line longer than 8 kb",
			"should have been a post with a body instead of a get",
			"base64 data stuffed into the url",
			"url bahut lamba ho gaya",
			"query params itne zyada ki url limit cross ho gayi",
		},
	},
	{
		Code:   415,
		Name:   "Unsupported Media Type",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.5.16", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.16"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/415",
		Summary: Text{
			En: "The request content is in a format this resource does not accept",
			Hi: "Request content aise format mein hai jo yeh resource accept nahi karta",
		},
		Description: Text{
			En: "The origin server refuses the request because its content is in a format this method on the target resource does not support. " +
				"The problem may lie in the declared Content-Type or Content-Encoding, or turn up when the server inspects the data itself. " +
				"For an unsupported content coding the response ought to list the accepted codings in Accept-Encoding; for an unsupported media type it can list the accepted types in Accept.",
			Hi: "Origin server request mana karta hai kyunki content aise format mein hai jo target resource pe yeh method support nahi karta. " +
				"Problem declared Content-Type ya Content-Encoding mein ho sakti hai, ya data ko khud inspect karne pe pata chal sakti hai. " +
				"Unsupported content coding ho toh response mein Accept-Encoding se accepted codings batani chahiye; unsupported media type ho toh Accept mein accepted types bata sakte ho.",
		},
		UseWhen: Text{
			En: "A JSON endpoint receives text/plain, form data or XML, the Content-Type header is missing, the body is compressed in a coding you do not decode, or a PATCH uses a patch format the resource does not support.",
			Hi: "Jab JSON endpoint ko text/plain, form data ya XML milta hai, Content-Type header missing hai, body aisi coding mein compressed hai jo tum decode nahi karte, ya PATCH aisa patch format use karta hai jo resource support nahi karta.",
		},
		AvoidWhen: []Alternative{
			{Code: 406, When: Text{
				En: "It is the response format the client asked for in Accept, not the request body's format, that cannot be served",
				Hi: "Request body ka format nahi, balki Accept mein maanga gaya response format serve nahi ho sakta",
			}},
			{Code: 400, When: Text{
				En: "The declared type is supported but the body is malformed, such as broken JSON",
				Hi: "Declared type supported hai lekin body tooti hui hai, jaise kharab JSON",
			}},
			{Code: 422, When: Text{
				En: "The format is supported and parses, but the values are semantically wrong",
				Hi: "Format supported hai aur parse bhi hota hai, lekin values ka matlab galat hai",
			}},
		},
		Headers: []Header{
			{Name: "Accept", Requirement: Optional, Note: Text{
				En: "Can list the media types the resource accepts, e.g. Accept: application/json",
				Hi: "Resource jo media types accept karta hai unki list de sakta hai, jaise Accept: application/json",
			}},
			{Name: "Accept-Encoding", Requirement: Optional, Note: Text{
				En: "Ought to list the accepted content codings when an unsupported coding caused the 415",
				Hi: "Jab unsupported coding ki wajah se 415 aaya ho tab accepted content codings batani chahiye",
			}},
			{Name: "Accept-Patch", Requirement: Recommended, Conditional: true, Note: Text{
				En: "SHOULD for a PATCH with an unsupported patch format: the patch media types the resource accepts (RFC 5789, Section 2.2)",
				Hi: "Unsupported patch format wale PATCH ke liye SHOULD: resource jo patch media types accept karta hai (RFC 5789, Section 2.2)",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; do not store it.",
			Hi: "Heuristically cacheable nahi hai; store mat karo.",
		},
		Retry: Text{
			En: "Resend with a supported Content-Type or Content-Encoding, guided by Accept, Accept-Encoding or Accept-Patch in the response.",
			Hi: "Supported Content-Type ya Content-Encoding ke saath dobara bhejo; response ke Accept, Accept-Encoding ya Accept-Patch dekh lo.",
		},
		Methods: []string{"POST", "PUT", "PATCH"},
		Related: []int{406, 400, 422},
		Constants: Constants{
			Go:     "http.StatusUnsupportedMediaType",
			Python: "HTTPStatus.UNSUPPORTED_MEDIA_TYPE",
			Node:   "StatusCodes.UNSUPPORTED_MEDIA_TYPE",
			Java:   "HttpStatus.UNSUPPORTED_MEDIA_TYPE",
			Dotnet: "HttpStatusCode.UnsupportedMediaType",
			Rust:   "StatusCode::UNSUPPORTED_MEDIA_TYPE",
			Django: "status.HTTP_415_UNSUPPORTED_MEDIA_TYPE",
			Rails:  ":unsupported_media_type",
			PHP:    "Response::HTTP_UNSUPPORTED_MEDIA_TYPE",
		},
		Situations: []string{
			"wrong content-type header",
			"content-type missing on a post",
			"sent xml to a json api",
			"api only accepts application/json",
			"form-urlencoded body sent to a json endpoint",
			"multipart body sent where json is expected",
			"text/plain body sent to a json endpoint",
			"client forgot to set content-type to application/json",
			"unsupported image format uploaded",
			"gzip encoded request body not supported",
			"content-encoding br not accepted on uploads",
			"json patch sent but the server only supports merge patch",
			"unsupported charset in the content-type",
			"protobuf body sent to an endpoint that only reads json",
			"content-type galat bheja",
			"json ki jagah xml bhej diya",
			"yeh endpoint sirf json leta hai",
		},
	},
	{
		Code:    416,
		Name:    "Range Not Satisfiable",
		Aliases: []string{"Requested Range Not Satisfiable"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 9110, Section 15.5.17", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.17"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/416",
		Summary: Text{
			En: "None of the requested ranges can be served, or too many were asked for",
			Hi: "Maangi gayi koi bhi range serve nahi ho sakti, ya bahut saari ranges maangi gayi",
		},
		Description: Text{
			En: "The server rejects the set of ranges in the request's Range header, either because none of them is satisfiable (for bytes: every range starts past the end of the representation) or because the client asked for too many small or overlapping ranges, a possible denial-of-service pattern. " +
				"For a byte-range request the server should send Content-Range with the current length, such as bytes */47022. " +
				"Because servers may ignore Range and send the whole representation with 200, clients cannot count on getting a 416.",
			Hi: "Server Range header ki ranges reject karta hai, ya toh kyunki unmein se koi satisfiable nahi hai (bytes ke liye: har range representation ke end ke baad shuru hoti hai) ya kyunki client ne bahut saari chhoti ya overlapping ranges maangi, jo denial-of-service jaisa pattern ho sakta hai. " +
				"Byte-range request pe server ko current length ke saath Content-Range bhejna chahiye, jaise bytes */47022. " +
				"Server Range ignore karke 200 ke saath poora representation bhi bhej sakte hain, isliye client 416 pe bharosa nahi kar sakta.",
		},
		UseWhen: Text{
			En: "A resumed download or media seek asks for bytes that start beyond the file's current size, or a request lists an abusive number of ranges.",
			Hi: "Jab resume kiya gaya download ya media seek file ke current size ke baad ke bytes maangta hai, ya request mein abusive number of ranges hain.",
		},
		AvoidWhen: []Alternative{
			{Code: 206, When: Text{
				En: "At least one requested range overlaps the representation: send that part",
				Hi: "Kam se kam ek range representation se overlap karti hai: woh hissa bhejo",
			}},
			{Code: 200, When: Text{
				En: "You prefer to ignore the Range header and send the whole representation",
				Hi: "Tum Range header ignore karke poora representation bhejna pasand karte ho",
			}},
		},
		Headers: []Header{
			{Name: "Content-Range", Requirement: Recommended, Note: Text{
				En: "SHOULD for byte ranges: the current length, e.g. Content-Range: bytes */47022",
				Hi: "Byte ranges ke liye SHOULD: current length, jaise Content-Range: bytes */47022",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; it depends on the representation's current length.",
			Hi: "Heuristically cacheable nahi hai; yeh representation ki current length pe depend karta hai.",
		},
		Retry: Text{
			En: "Do not repeat the same range; read the length from Content-Range and request a valid range, or the whole representation.",
			Hi: "Wahi range dobara mat maango; Content-Range se length padho aur valid range maango, ya poora representation.",
		},
		Methods: []string{"GET", "HEAD"},
		Related: []int{206, 200},
		Constants: Constants{
			Go:     "http.StatusRequestedRangeNotSatisfiable",
			Python: "HTTPStatus.RANGE_NOT_SATISFIABLE",
			Node:   "StatusCodes.REQUESTED_RANGE_NOT_SATISFIABLE",
			Java:   "HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE",
			Dotnet: "HttpStatusCode.RequestedRangeNotSatisfiable",
			Rust:   "StatusCode::RANGE_NOT_SATISFIABLE",
			Django: "status.HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE",
			Rails:  ":range_not_satisfiable",
			PHP:    "Response::HTTP_REQUESTED_RANGE_NOT_SATISFIABLE",
		},
		Situations: []string{
			"range header beyond the end of the file",
			"resumed download but the file is smaller now",
			"video seek past the end",
			"requested bytes out of range",
			"byte range start greater than the file size",
			"too many overlapping ranges in one request",
			"partial download request cannot be satisfied",
			"range request for an empty file",
			"curl -r offset past eof",
			"range file ke size se bahar hai",
			"download resume kiya lekin file chhoti ho gayi",
		},
	},
	{
		Code:   417,
		Name:   "Expectation Failed",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.5.18", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.18"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/417",
		Summary: Text{
			En: "A server on the way could not meet the expectation in the Expect header",
			Hi: "Raaste ka koi server Expect header ki expectation poori nahi kar saka",
		},
		Description: Text{
			En: "The expectation in the request's Expect header could not be met by at least one of the inbound servers, the origin or a proxy along the way. " +
				"HTTP defines only one expectation, 100-continue, and a server that receives any other may answer 417. " +
				"A client that gets 417 for a request with 100-continue should repeat it without the expectation: the 417 only shows that something in the chain does not support expectations, such as an HTTP/1.0 hop.",
			Hi: "Request ke Expect header ki expectation kam se kam ek inbound server poori nahi kar saka, chahe origin ho ya raaste ka proxy. " +
				"HTTP sirf ek expectation define karta hai, 100-continue, aur koi aur expectation milne pe server 417 bhej sakta hai. " +
				"Agar 100-continue wali request pe 417 aaye toh client ko bina expectation ke dobara bhejna chahiye: 417 bas itna batata hai ki chain mein koi expectations support nahi karta, jaise HTTP/1.0 hop.",
		},
		UseWhen: Text{
			En: "A request carries an Expect value your server or proxy does not understand, or your intermediary cannot honour 100-continue.",
			Hi: "Jab request mein aisi Expect value hai jo tumhara server ya proxy nahi samajhta, ya tumhara intermediary 100-continue honour nahi kar sakta.",
		},
		AvoidWhen: []Alternative{
			{Code: 100, When: Text{
				En: "The server is ready for the body of an Expect: 100-continue request and wants the client to go on",
				Hi: "Server Expect: 100-continue wali request ki body lene ko taiyaar hai aur client ko aage badhne ko kehta hai",
			}},
			{Code: 413, When: Text{
				En: "The headers of a 100-continue request show a body larger than you accept: refuse it before it is sent",
				Hi: "100-continue request ke headers se dikhta hai ki body limit se badi hai: bhejne se pehle hi mana kar do",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; do not store it.",
			Hi: "Heuristically cacheable nahi hai; store mat karo.",
		},
		Retry: Text{
			En: "Repeat the request without the Expect header (or without 100-continue); sending the same expectation will fail again.",
			Hi: "Expect header ke bina (ya 100-continue ke bina) request dobara bhejo; wahi expectation phir fail hogi.",
		},
		Methods: []string{"POST", "PUT"},
		Related: []int{100, 413},
		Constants: Constants{
			Go:     "http.StatusExpectationFailed",
			Python: "HTTPStatus.EXPECTATION_FAILED",
			Node:   "StatusCodes.EXPECTATION_FAILED",
			Java:   "HttpStatus.EXPECTATION_FAILED",
			Dotnet: "HttpStatusCode.ExpectationFailed",
			Rust:   "StatusCode::EXPECTATION_FAILED",
			Django: "status.HTTP_417_EXPECTATION_FAILED",
			Rails:  ":expectation_failed",
			PHP:    "Response::HTTP_EXPECTATION_FAILED",
		},
		Situations: []string{
			"expect header not supported",
			"expect: 100-continue fails through a proxy",
			"unknown expectation in the expect header",
			"large post from curl fails behind an old proxy",
			"httpclient sends expect 100-continue and gets rejected",
			"proxy cannot honour expect 100-continue",
			"an http/1.0 hop in the chain cannot handle expectations",
			"server refuses a custom expect value",
			"expect header ki wajah se request fail",
			"expect 100-continue hata ke dobara bhejo",
		},
	},
	{
		Code:    418,
		Name:    "I'm a teapot",
		Aliases: []string{"I am a teapot", "Im a teapot", "Teapot"},
		Status:  Unused,
		Spec:    Spec{Ref: "RFC 9110, Section 15.5.19", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.19"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/418",
		Summary: Text{
			En: "Reserved as unused: an April Fools' joke code that cannot be reassigned",
			Hi: "Unused ke roop mein reserved: April Fools ka mazaak, dobara assign nahi hoga",
		},
		Description: Text{
			En: "RFC 2324 (HTCPCP, an April 1, 1998 joke protocol for coffee pots) said a teapot asked to brew coffee answers 418 I'm a teapot, and RFC 7168 (2014) extended the joke to tea. " +
				"HTTP never defined the code, but it was deployed as a joke so often that RFC 9110 reserves 418 in the IANA registry as (Unused). " +
				"It cannot be assigned to another meaning for now, though it could be reassigned if 4xx codes ever run out.",
			Hi: "RFC 2324 (HTCPCP, 1 April 1998 ka coffee pot wala mazaak protocol) ne kaha ki agar teapot se coffee banane ko kaho toh woh 418 I'm a teapot bolta hai, aur RFC 7168 (2014) ne yeh mazaak chai tak badha diya. " +
				"HTTP ne yeh code kabhi define nahi kiya, lekin mazaak ke taur pe itna deploy hua ki RFC 9110 ne IANA registry mein 418 ko (Unused) ke roop mein reserve kar diya. " +
				"Abhi ise kisi aur matlab ke liye assign nahi kar sakte, lekin agar kabhi 4xx codes khatam ho gaye toh reassign ho sakta hai.",
		},
		UseWhen: Text{
			En: "Only as a joke or easter egg, never for a real API error; clients will treat it as a plain 400.",
			Hi: "Sirf mazaak ya easter egg ke liye, asli API error ke liye kabhi nahi; clients ise normal 400 hi samjhenge.",
		},
		AvoidWhen: []Alternative{
			{Code: 400, When: Text{
				En: "You need a real, generic client-error answer",
				Hi: "Tumhe asli, generic client error ka jawab chahiye",
			}},
			{Code: 403, When: Text{
				En: "You are deliberately refusing a request, for example from a bot",
				Hi: "Tum jaan-boojh ke request mana kar rahe ho, jaise kisi bot ki",
			}},
			{Code: 503, When: Text{
				En: "The service is only temporarily unable to do what was asked (RFC 7168 itself lets a tea pot answer 503 when coffee is temporarily unavailable)",
				Hi: "Service sirf kuch der ke liye yeh kaam nahi kar sakti (RFC 7168 bhi tea pot ko 503 bhejne deta hai jab coffee temporarily unavailable ho)",
			}},
		},
		Note: Text{
			En: "The IANA registry lists 418 as (Unused), reserved because of the RFC 2324 and RFC 7168 jokes; the name I'm a teapot comes from RFC 2324, not from any HTTP specification, yet Go, Node.js and many frameworks still know it.",
			Hi: "IANA registry 418 ko (Unused) dikhati hai, RFC 2324 aur RFC 7168 ke mazaak ki wajah se reserved; I'm a teapot naam RFC 2324 se aaya hai, kisi HTTP specification se nahi, phir bhi Go, Node.js aur kai frameworks ise jaante hain.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable.",
			Hi: "Heuristically cacheable nahi hai.",
		},
		Retry: Text{
			En: "Retrying will not make a teapot brew coffee; treat it as a generic 400 and change the request.",
			Hi: "Retry karne se teapot coffee nahi banayega; ise generic 400 samjho aur request badlo.",
		},
		Methods: []string{"BREW", "POST", "GET"},
		Related: []int{400, 503},
		Constants: Constants{
			Go:     "http.StatusTeapot",
			Python: "HTTPStatus.IM_A_TEAPOT",
			Node:   "StatusCodes.IM_A_TEAPOT",
			Java:   "HttpStatus.I_AM_A_TEAPOT",
			Rust:   "StatusCode::IM_A_TEAPOT",
			Django: "status.HTTP_418_IM_A_TEAPOT",
			PHP:    "Response::HTTP_I_AM_A_TEAPOT",
		},
		Situations: []string{
			"easter egg status code",
			"april fools joke response",
			"teapot asked to brew coffee",
			"htcpcp coffee pot protocol",
			"joke response for a silly request",
			"server refuses to brew coffee because it is a teapot",
			"funny status code for a hidden endpoint",
			"mazaak wala status code chahiye",
		},
	},
	{
		Code:   421,
		Name:   "Misdirected Request",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.5.20", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/421",
		Summary: Text{
			En: "This server cannot give an authoritative answer for the request's target URI",
			Hi: "Yeh server request ke target URI ke liye authoritative jawab nahi de sakta",
		},
		Description: Text{
			En: "The request reached a server that is unable or unwilling to produce an authoritative response for the target URI. " +
				"An origin server, or a gateway on its behalf, sends it when the URI's scheme and authority match no origin it is configured for, or do not fit the connection the request came in on. " +
				"It typically shows up with HTTP/2 and HTTP/3 connection reuse, when a request for one host travels over a connection opened for another. " +
				"A proxy MUST NOT generate a 421.",
			Hi: "Request aise server tak pahunchi jo target URI ke liye authoritative response nahi de sakta ya dena nahi chahta. " +
				"Origin server, ya uski taraf se gateway, ise tab bhejta hai jab URI ka scheme aur authority kisi configured origin se match nahi karte, ya us connection se mel nahi khaate jis pe request aayi. " +
				"Yeh aksar HTTP/2 aur HTTP/3 connection reuse mein dikhta hai, jab ek host ki request doosre host ke liye khule connection pe chali jaati hai. " +
				"Proxy ko 421 generate karna mana hai (MUST NOT).",
		},
		UseWhen: Text{
			En: "Your origin or its gateway gets a request whose host it does not serve on this connection, such as a coalesced HTTP/2 connection or a TLS SNI name that differs from the Host header.",
			Hi: "Jab tumhare origin ya uske gateway ko aisi request milti hai jiska host woh is connection pe serve nahi karta, jaise coalesced HTTP/2 connection ya aisa TLS SNI name jo Host header se alag hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 404, When: Text{
				En: "The host is right but the path does not exist",
				Hi: "Host sahi hai lekin path exist nahi karta",
			}},
			{Code: 400, When: Text{
				En: "The Host header is missing or malformed",
				Hi: "Host header missing hai ya toota hua hai",
			}},
			{Code: 502, When: Text{
				En: "You are a proxy and the upstream gave you an invalid response",
				Hi: "Tum proxy ho aur upstream ne invalid response diya",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; it describes one connection, not the resource.",
			Hi: "Heuristically cacheable nahi hai; yeh ek connection ki baat hai, resource ki nahi.",
		},
		Retry: Text{
			En: "The client may retry over a different connection (a fresh one for the target origin, or an alternative service), whether or not the method is idempotent; browsers do this automatically.",
			Hi: "Client doosre connection pe retry kar sakta hai (target origin ke liye naya connection, ya alternative service), method idempotent ho ya na ho; browsers yeh khud karte hain.",
		},
		Methods: []string{"GET", "POST", "PUT", "DELETE"},
		Related: []int{404, 400, 502},
		Constants: Constants{
			Go:     "http.StatusMisdirectedRequest",
			Python: "HTTPStatus.MISDIRECTED_REQUEST",
			Node:   "StatusCodes.MISDIRECTED_REQUEST",
			Dotnet: "HttpStatusCode.MisdirectedRequest",
			Rust:   "StatusCode::MISDIRECTED_REQUEST",
			Django: "status.HTTP_421_MISDIRECTED_REQUEST",
			Rails:  ":misdirected_request",
			PHP:    "Response::HTTP_MISDIRECTED_REQUEST",
		},
		Situations: []string{
			"http/2 connection reused for a different host",
			"request sent to the wrong server over a shared connection",
			"sni does not match the host header",
			"connection coalescing sent the request to the wrong origin",
			"wildcard certificate connection reused for another domain",
			"server not configured for this host name",
			"edge server cannot serve this authority on this connection",
			"connection reuse ki wajah se request galat server pe pahunch gayi",
			"sni aur host header alag hai",
		},
	},
	{
		Code:    422,
		Name:    "Unprocessable Content",
		Aliases: []string{"Unprocessable Entity"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 9110, Section 15.5.21", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.21"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/422",
		Summary: Text{
			En: "The body is well-formed and of a supported type, but its content is invalid",
			Hi: "Body ka format aur type sahi hai, lekin uska content invalid hai",
		},
		Description: Text{
			En: "The server understands the request's content type (so 415 does not apply) and the content is syntactically correct, but it cannot process the instructions it contains. " +
				"The textbook case is well-formed XML or JSON whose meaning is wrong. " +
				"RFC 4918 (WebDAV) introduced the code as Unprocessable Entity; RFC 9110 brought it into core HTTP and renamed it.",
			Hi: "Server request ka content type samajhta hai (isliye 415 nahi banta) aur content ka syntax sahi hai, lekin usmein di gayi instructions process nahi ho sakti. " +
				"Classic example: well-formed XML ya JSON jiska matlab galat hai. " +
				"RFC 4918 (WebDAV) ne yeh code Unprocessable Entity naam se diya tha; RFC 9110 ne ise core HTTP mein laaya aur naam badal diya.",
		},
		UseWhen: Text{
			En: "The body parses and has the expected shape, but validation fails: an end date before the start date, a quantity below 1, an unknown enum value, an email without @, an ID in the body that points to no record.",
			Hi: "Jab body parse hoti hai aur expected shape mein hai, lekin validation fail hota hai: end date start date se pehle, quantity 1 se kam, anjaan enum value, bina @ ka email, body mein aisi ID jiska koi record nahi.",
		},
		AvoidWhen: []Alternative{
			{Code: 400, When: Text{
				En: "The body cannot be parsed at all, or has the wrong structure or types",
				Hi: "Body parse hi nahi hoti, ya structure ya types galat hain",
			}},
			{Code: 415, When: Text{
				En: "The content type itself is not supported",
				Hi: "Content type hi supported nahi hai",
			}},
			{Code: 409, When: Text{
				En: "The data is valid on its own but clashes with the resource's current state, such as a duplicate or a version conflict",
				Hi: "Data khud mein valid hai lekin resource ki current state se takraata hai, jaise duplicate ya version conflict",
			}},
		},
		Note: Text{
			En: "400 or 422 for validation errors is house style: Rails, Laravel and FastAPI answer validation failures with 422, many other stacks use 400.",
			Hi: "Validation errors ke liye 400 ya 422, yeh team ka style hai: Rails, Laravel aur FastAPI validation failure pe 422 dete hain, kai doosre stacks 400 use karte hain.",
		},
		Headers: []Header{
			{Name: "Content-Type", Requirement: Optional, Note: Text{
				En: "Customary: application/problem+json (RFC 9457) listing each invalid field",
				Hi: "Customary: application/problem+json (RFC 9457), har invalid field ki list ke saath",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; do not store it.",
			Hi: "Heuristically cacheable nahi hai; store mat karo.",
		},
		Retry: Text{
			En: "Do not retry unchanged; correct the invalid values and resend.",
			Hi: "Same request dobara mat bhejo; invalid values theek karke bhejo.",
		},
		Methods: []string{"POST", "PUT", "PATCH"},
		Related: []int{400, 409, 415},
		Constants: Constants{
			Go:     "http.StatusUnprocessableEntity",
			Python: "HTTPStatus.UNPROCESSABLE_CONTENT",
			Node:   "StatusCodes.UNPROCESSABLE_ENTITY",
			Java:   "HttpStatus.UNPROCESSABLE_ENTITY",
			Dotnet: "HttpStatusCode.UnprocessableContent",
			Rust:   "StatusCode::UNPROCESSABLE_ENTITY",
			Django: "status.HTTP_422_UNPROCESSABLE_ENTITY",
			Rails:  ":unprocessable_content",
			PHP:    "Response::HTTP_UNPROCESSABLE_ENTITY",
		},
		Situations: []string{
			"validation failed",
			"validation error on field values",
			"end date before start date",
			"invalid email format",
			"password too short for the password policy",
			"quantity must be positive",
			"enum value not allowed",
			"semantic error in a well-formed json body",
			"business rule violated by the submitted data",
			"referenced product id in the body does not exist",
			"user must be over 18",
			"form submission has invalid values",
			"rails model failed to save due to validations",
			"fastapi pydantic validation error",
			"laravel validation failed",
			"json is valid but the data makes no sense",
			"phone number format wrong",
			"field value out of the allowed range",
			"json patch operation cannot be applied to this document",
			"json sahi hai lekin data galat hai",
			"validation fail ho gaya",
			"field ki value allowed nahi hai",
			"end date start date se pehle hai",
		},
	},
	{
		Code:   423,
		Name:   "Locked",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 4918, Section 11.3", URL: "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.3"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/423",
		Summary: Text{
			En: "The source or destination resource of the method is locked (WebDAV)",
			Hi: "Method ka source ya destination resource locked hai (WebDAV)",
		},
		Description: Text{
			En: "A WebDAV status: the resource the method would read from or write to is locked, and the request did not present a lock token that permits the change. " +
				"The response should carry a precondition or postcondition code in its body, such as lock-token-submitted or no-conflicting-lock, naming the lock that is in the way.",
			Hi: "WebDAV ka status: method jis resource se padhega ya jis pe likhega woh locked hai, aur request mein aisa lock token nahi hai jo change allow kare. " +
				"Response body mein precondition ya postcondition code hona chahiye, jaise lock-token-submitted ya no-conflicting-lock, jo batata hai ki kaun sa lock raaste mein hai.",
		},
		UseWhen: Text{
			En: "A WebDAV client tries to PUT, DELETE, MOVE or PROPPATCH a resource another client locked with LOCK, without the lock token. Some non-WebDAV APIs borrow it for records locked for editing.",
			Hi: "Jab WebDAV client aise resource pe PUT, DELETE, MOVE ya PROPPATCH karta hai jise kisi aur client ne LOCK kiya hai, aur lock token nahi bhejta. Kuch non-WebDAV APIs bhi editing ke liye lock kiye gaye records pe ise use karti hain.",
		},
		AvoidWhen: []Alternative{
			{Code: 409, When: Text{
				En: "No lock is involved; the request clashes with the resource's state in some other way",
				Hi: "Koi lock nahi hai; request resource ki state se kisi aur tarah takraati hai",
			}},
			{Code: 412, When: Text{
				En: "The request's If header or If-Match condition, not an existing lock, evaluated false",
				Hi: "Kisi lock ki wajah se nahi, balki request ke If header ya If-Match ki condition false nikli",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; locks come and go.",
			Hi: "Heuristically cacheable nahi hai; locks aate jaate rehte hain.",
		},
		Retry: Text{
			En: "Retry after the lock is released or expires, or send the correct lock token in the If header.",
			Hi: "Lock release ya expire hone ke baad retry karo, ya If header mein sahi lock token bhejo.",
		},
		Methods: []string{"PUT", "DELETE", "MOVE", "COPY", "PROPPATCH", "LOCK", "MKCOL"},
		Related: []int{409, 412, 424},
		Constants: Constants{
			Go:     "http.StatusLocked",
			Python: "HTTPStatus.LOCKED",
			Node:   "StatusCodes.LOCKED",
			Java:   "HttpStatus.LOCKED",
			Dotnet: "HttpStatusCode.Locked",
			Rust:   "StatusCode::LOCKED",
			Django: "status.HTTP_423_LOCKED",
			Rails:  ":locked",
			PHP:    "Response::HTTP_LOCKED",
		},
		Situations: []string{
			"webdav resource is locked",
			"file locked by another user",
			"lock token missing on put",
			"document checked out by someone else",
			"cannot move a locked webdav file",
			"file is locked for editing in another session",
			"record locked while another admin edits it",
			"delete fails because the collection is locked",
			"file kisi aur ne lock kar rakhi hai",
			"lock token nahi bheja",
		},
	},
	{
		Code:   424,
		Name:   "Failed Dependency",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 4918, Section 11.4", URL: "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.4"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/424",
		Summary: Text{
			En: "The action failed because another action it depended on failed (WebDAV)",
			Hi: "Action fail hua kyunki jis action pe yeh depend tha woh fail ho gaya (WebDAV)",
		},
		Description: Text{
			En: "A WebDAV status: the method could not be performed on the resource because the requested action depended on another action, and that action failed. " +
				"In a PROPPATCH, for example, if one property change fails, the others are not applied either and are reported with 424. " +
				"It usually appears per item inside a 207 Multi-Status body rather than as the status of the whole response.",
			Hi: "WebDAV ka status: resource pe method perform nahi ho saka kyunki requested action kisi doosre action pe depend tha, aur woh fail ho gaya. " +
				"Jaise PROPPATCH mein agar ek property change fail hota hai, toh baaki bhi apply nahi hote aur 424 ke saath report hote hain. " +
				"Yeh aksar poore response ka status nahi hota, balki 207 Multi-Status body ke andar har item ke liye aata hai.",
		},
		UseWhen: Text{
			En: "An all-or-nothing batch or multi-step operation had one step fail, so the steps that depended on it are reported as 424 (in WebDAV, inside 207 Multi-Status).",
			Hi: "Jab all-or-nothing batch ya multi-step operation mein ek step fail hua, toh us pe depend karne wale steps 424 ke saath report hote hain (WebDAV mein 207 Multi-Status ke andar).",
		},
		AvoidWhen: []Alternative{
			{Code: 502, When: Text{
				En: "The failure is in an upstream service you called, not in another part of the client's own request",
				Hi: "Failure tumhari call ki hui upstream service mein hai, client ki apni request ke kisi hisse mein nahi",
			}},
			{Code: 207, When: Text{
				En: "You must report several per-item outcomes at once; 424 then appears only inside the multi-status body",
				Hi: "Tumhe ek saath kai items ke results batane hain; tab 424 sirf multi-status body ke andar aata hai",
			}},
			{Code: 422, When: Text{
				En: "The request's own data is invalid; no other action failed first",
				Hi: "Request ka apna data invalid hai; pehle koi doosra action fail nahi hua",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; do not store it.",
			Hi: "Heuristically cacheable nahi hai; store mat karo.",
		},
		Retry: Text{
			En: "Fix the action that failed first; the dependent ones can then succeed when the request is resubmitted.",
			Hi: "Pehle jo action fail hua use theek karo; phir request dobara bhejne pe dependent actions bhi chal jayenge.",
		},
		Methods: []string{"PROPPATCH", "COPY", "MOVE", "POST"},
		Related: []int{207, 423, 502},
		Constants: Constants{
			Go:     "http.StatusFailedDependency",
			Python: "HTTPStatus.FAILED_DEPENDENCY",
			Node:   "StatusCodes.FAILED_DEPENDENCY",
			Java:   "HttpStatus.FAILED_DEPENDENCY",
			Dotnet: "HttpStatusCode.FailedDependency",
			Rust:   "StatusCode::FAILED_DEPENDENCY",
			Django: "status.HTTP_424_FAILED_DEPENDENCY",
			Rails:  ":failed_dependency",
			PHP:    "Response::HTTP_FAILED_DEPENDENCY",
		},
		Situations: []string{
			"proppatch partly failed so the rest were not applied",
			"one operation in an atomic batch failed",
			"step depends on a previous step that failed",
			"batch rolled back because one item failed",
			"dependent property update not applied",
			"multi-status item failed because of an earlier failure",
			"all-or-nothing batch: this item skipped because another failed",
			"pichla step fail hua isliye yeh bhi fail",
			"batch mein ek item fail hua toh baaki bhi ruk gaye",
		},
	},
	{
		Code:   425,
		Name:   "Too Early",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 8470, Section 5.2", URL: "https://www.rfc-editor.org/rfc/rfc8470.html#section-5.2"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/425",
		Summary: Text{
			En: "The server will not risk processing a request that might be replayed (0-RTT)",
			Hi: "Replay ho sakne wali request ko server process karne ka risk nahi lega (0-RTT)",
		},
		Description: Text{
			En: "The server is unwilling to risk processing a request that might be replayed, which is the danger with requests sent in TLS 1.3 early data (0-RTT) before the handshake completes. " +
				"A client that sent the request in early data is expected to retry it, and a user agent should do so automatically, but never again in early data. " +
				"A server should only send 425 when the request arrived in early data or carries Early-Data: 1, because otherwise the client may not know how to retry.",
			Hi: "Server aisi request process karne ka risk nahi lena chahta jo replay ho sakti hai, aur yahi khatra TLS 1.3 early data (0-RTT) mein handshake poora hone se pehle bheji gayi requests ka hai. " +
				"Jis client ne request early data mein bheji thi usse retry ki ummeed hai, aur user agent ko yeh automatically karna chahiye, lekin dobara early data mein kabhi nahi. " +
				"Server ko 425 tabhi bhejna chahiye jab request early data mein aayi ho ya usmein Early-Data: 1 ho, warna client ko shayad pata hi na ho ki retry kaise kare.",
		},
		UseWhen: Text{
			En: "Your TLS terminator accepts 0-RTT and a replay-sensitive request (a payment, a non-idempotent POST) arrives in early data, or with Early-Data: 1 from a proxy in front of you.",
			Hi: "Jab tumhara TLS terminator 0-RTT accept karta hai aur replay-sensitive request (payment, non-idempotent POST) early data mein aati hai, ya aage wale proxy se Early-Data: 1 ke saath.",
		},
		AvoidWhen: []Alternative{
			{Code: 503, When: Text{
				En: "The server cannot handle requests right now for reasons unrelated to replay",
				Hi: "Server abhi requests handle nahi kar sakta, aur wajah replay se judi nahi hai",
			}},
			{Code: 421, When: Text{
				En: "The request reached a server that cannot answer for its host on this connection",
				Hi: "Request aise server pe pahunchi jo is connection pe us host ka jawab nahi de sakta",
			}},
		},
		Note: Text{
			En: "An intermediary MUST forward a 425 if the request it forwarded carried Early-Data; otherwise it may retry itself once its own handshake with the client has completed.",
			Hi: "Agar intermediary ne Early-Data wali request forward ki thi toh use 425 aage forward karna hi padega (MUST); warna woh client ke saath apna handshake poora hone ke baad khud retry kar sakta hai.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default (RFC 8470), and its content is not a representation of any resource.",
			Hi: "By default cacheable nahi hai (RFC 8470), aur iska content kisi resource ka representation nahi hota.",
		},
		Retry: Text{
			En: "Retry automatically once the TLS handshake has completed; the retry must not be sent in early data.",
			Hi: "TLS handshake poora hone ke baad automatically retry karo; retry early data mein nahi bhejni chahiye.",
		},
		Methods: []string{"POST", "PUT", "PATCH", "DELETE", "GET"},
		Related: []int{503, 421},
		Constants: Constants{
			Go:     "http.StatusTooEarly",
			Python: "HTTPStatus.TOO_EARLY",
			Java:   "HttpStatus.TOO_EARLY",
			Rust:   "StatusCode::TOO_EARLY",
			Django: "status.HTTP_425_TOO_EARLY",
			Rails:  ":too_early",
			PHP:    "Response::HTTP_TOO_EARLY",
		},
		Situations: []string{
			"request arrived in tls 1.3 early data",
			"0-rtt replay risk for a payment post",
			"early-data header set by the cdn",
			"reject a replayable request before the handshake completes",
			"non-idempotent request sent in zero round trip data",
			"quic 0-rtt request must wait for the handshake",
			"replay attack protection for early data",
			"0-rtt mein aayi request ko replay ka risk hai",
			"handshake poora hone ke baad dobara bhejo",
		},
	},
	{
		Code:   426,
		Name:   "Upgrade Required",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.5.22", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.22"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/426",
		Summary: Text{
			En: "The server refuses this protocol but may accept the request after an upgrade",
			Hi: "Server is protocol pe request nahi lega, lekin upgrade ke baad le sakta hai",
		},
		Description: Text{
			En: "The server refuses to perform the request using the current protocol but might do so after the client switches to a different one. " +
				"It MUST send an Upgrade header naming the required protocol or protocols, and, like any sender of Upgrade, an upgrade option in the Connection header.",
			Hi: "Server current protocol pe request perform karne se mana karta hai, lekin client doosre protocol pe switch kare toh kar sakta hai. " +
				"Use Upgrade header bhejna hi padega (MUST) jo required protocol ya protocols bataye, aur Upgrade bhejne wale har sender ki tarah Connection header mein upgrade option bhi.",
		},
		UseWhen: Text{
			En: "An endpoint only works over a protocol the client can switch to with Upgrade, such as a WebSocket URL opened with a plain HTTP request.",
			Hi: "Jab endpoint sirf aise protocol pe kaam karta hai jis pe client Upgrade se switch kar sakta hai, jaise WebSocket URL ko normal HTTP request se khola gaya.",
		},
		AvoidWhen: []Alternative{
			{Code: 101, When: Text{
				En: "The client asked to upgrade and the server agrees to switch protocols now",
				Hi: "Client ne upgrade maanga aur server abhi protocol switch karne ko taiyaar hai",
			}},
			{Code: 505, When: Text{
				En: "The server does not support the request's major HTTP version at all",
				Hi: "Server request ke major HTTP version ko support hi nahi karta",
			}},
			{Code: 301, When: Text{
				En: "You want plain-HTTP visitors to move to HTTPS: redirect them to the https URL",
				Hi: "Tum plain HTTP visitors ko HTTPS pe le jaana chahte ho: unhe https URL pe redirect karo",
			}},
		},
		Headers: []Header{
			{Name: "Upgrade", Requirement: Required, Note: Text{
				En: "MUST: the acceptable protocols in order of preference, e.g. Upgrade: websocket",
				Hi: "MUST: acceptable protocols preference ke order mein, jaise Upgrade: websocket",
			}},
			{Name: "Connection", Requirement: Required, Conditional: true, Note: Text{
				En: "MUST accompany Upgrade in HTTP/1.1: Connection: Upgrade, so intermediaries do not forward it (RFC 9110, Section 7.8)",
				Hi: "HTTP/1.1 mein Upgrade ke saath MUST: Connection: Upgrade, taaki intermediaries ise aage forward na karein (RFC 9110, Section 7.8)",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; it concerns the connection's protocol.",
			Hi: "Heuristically cacheable nahi hai; yeh connection ke protocol ki baat hai.",
		},
		Retry: Text{
			En: "Retry with an upgrade to a protocol listed in Upgrade, such as a proper WebSocket handshake.",
			Hi: "Upgrade mein diye protocol pe upgrade karke retry karo, jaise sahi WebSocket handshake ke saath.",
		},
		Methods: []string{"GET", "OPTIONS"},
		Related: []int{101, 505, 301},
		Constants: Constants{
			Go:     "http.StatusUpgradeRequired",
			Python: "HTTPStatus.UPGRADE_REQUIRED",
			Node:   "StatusCodes.UPGRADE_REQUIRED",
			Java:   "HttpStatus.UPGRADE_REQUIRED",
			Dotnet: "HttpStatusCode.UpgradeRequired",
			Rust:   "StatusCode::UPGRADE_REQUIRED",
			Django: "status.HTTP_426_UPGRADE_REQUIRED",
			Rails:  ":upgrade_required",
			PHP:    "Response::HTTP_UPGRADE_REQUIRED",
		},
		Situations: []string{
			"plain http request to a websocket endpoint",
			"websocket upgrade header missing",
			"client must switch to a newer protocol",
			"http/1.0 client must use http/1.1",
			"endpoint only speaks websocket",
			"server requires a protocol upgrade before serving",
			"websocket url opened in a browser tab",
			"tls upgrade required via the upgrade header",
			"websocket endpoint pe normal http request bhej di",
			"pehle protocol upgrade karo",
		},
	},
	{
		Code:   428,
		Name:   "Precondition Required",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 6585, Section 3", URL: "https://www.rfc-editor.org/rfc/rfc6585.html#section-3"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/428",
		Summary: Text{
			En: "The server requires this request to be conditional, e.g. to carry If-Match",
			Hi: "Server chahta hai ki request conditional ho, jaise If-Match ke saath",
		},
		Description: Text{
			En: "The origin server requires the request to be conditional. " +
				"Its usual purpose is to prevent lost updates, where a client GETs a resource, modifies it and PUTs it back while someone else changed it in between; demanding a condition such as If-Match makes sure clients work on the current copy. " +
				"The response should explain how to resubmit the request successfully. Use of 428 is optional, so clients cannot rely on it to protect them from lost updates.",
			Hi: "Origin server chahta hai ki request conditional ho. " +
				"Iska aam maqsad lost update rokna hai: client resource GET karta hai, badalta hai aur PUT karke wapas bhejta hai, jabki beech mein kisi aur ne use badal diya; If-Match jaisi condition maangne se server pakka karta hai ki client current copy pe kaam kar raha hai. " +
				"Response mein batana chahiye ki request sahi tarike se dobara kaise bheje. 428 use karna optional hai, isliye clients lost update se bachne ke liye is pe bharosa nahi kar sakte.",
		},
		UseWhen: Text{
			En: "Your API insists on optimistic concurrency: a PUT, PATCH or DELETE arrives without If-Match (or If-Unmodified-Since) on a resource where unconditional writes are not allowed.",
			Hi: "Jab tumhari API optimistic concurrency pe zor deti hai: PUT, PATCH ya DELETE bina If-Match (ya If-Unmodified-Since) ke aata hai aise resource pe jahan unconditional writes allowed nahi hain.",
		},
		AvoidWhen: []Alternative{
			{Code: 412, When: Text{
				En: "The client did send a condition, and it evaluated false",
				Hi: "Client ne condition bheji thi, aur woh false nikli",
			}},
			{Code: 409, When: Text{
				En: "No condition is involved, but the change clashes with the current state",
				Hi: "Koi condition nahi hai, lekin change current state se takraata hai",
			}},
			{Code: 400, When: Text{
				En: "A conditional header was sent but is malformed",
				Hi: "Conditional header bheja gaya lekin toota hua hai",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Must not be stored by any cache (RFC 6585, Section 3).",
			Hi: "Koi bhi cache ise store nahi kar sakta (RFC 6585, Section 3).",
		},
		Retry: Text{
			En: "GET the resource to obtain its ETag, then resend the request with If-Match.",
			Hi: "Resource GET karke uska ETag lo, phir If-Match ke saath request dobara bhejo.",
		},
		Methods: []string{"PUT", "PATCH", "DELETE"},
		Related: []int{412, 409},
		Constants: Constants{
			Go:     "http.StatusPreconditionRequired",
			Python: "HTTPStatus.PRECONDITION_REQUIRED",
			Node:   "StatusCodes.PRECONDITION_REQUIRED",
			Java:   "HttpStatus.PRECONDITION_REQUIRED",
			Dotnet: "HttpStatusCode.PreconditionRequired",
			Rust:   "StatusCode::PRECONDITION_REQUIRED",
			Django: "status.HTTP_428_PRECONDITION_REQUIRED",
			Rails:  ":precondition_required",
			PHP:    "Response::HTTP_PRECONDITION_REQUIRED",
		},
		Situations: []string{
			"if-match header missing on update",
			"api requires an etag on put",
			"unconditional write not allowed",
			"patch without if-match rejected",
			"require optimistic concurrency headers",
			"delete must be conditional",
			"client must send an etag to avoid lost updates",
			"force clients to use if-unmodified-since",
			"if-match header bhejna zaroori hai",
			"bina etag ke update allowed nahi hai",
		},
	},
	{
		Code:    429,
		Name:    "Too Many Requests",
		Aliases: []string{"Rate Limit Exceeded"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 6585, Section 4", URL: "https://www.rfc-editor.org/rfc/rfc6585.html#section-4"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/429",
		Summary: Text{
			En: "The client sent too many requests in a given time (rate limiting)",
			Hi: "Client ne diye gaye time mein bahut zyada requests bhej di (rate limiting)",
		},
		Description: Text{
			En: "The user has sent too many requests in a given amount of time. " +
				"The response should explain the condition and may include Retry-After to say how long to wait before the next request. " +
				"RFC 6585 leaves open how the server identifies the user and counts requests: per resource, per server or across servers, by credentials or by cookie. " +
				"Servers under attack are not obliged to answer with 429; dropping connections can be cheaper.",
			Hi: "User ne diye gaye time mein bahut zyada requests bhej di hain. " +
				"Response mein condition samjhani chahiye aur Retry-After bhi bhej sakte ho jo bataye ki agli request se pehle kitna rukna hai. " +
				"RFC 6585 yeh tay nahi karta ki server user ko kaise pehchane aur requests kaise gine: per resource, per server ya kai servers mein, credentials se ya cookie se. " +
				"Attack ke time server ke liye 429 bhejna zaroori nahi; connections drop karna sasta pad sakta hai.",
		},
		UseWhen: Text{
			En: "A client exceeds a rate limit or quota window you enforce (per API key, user, IP or endpoint), e.g. more than 100 requests a minute or too many login attempts.",
			Hi: "Jab client tumhari lagayi rate limit ya quota window cross karta hai (per API key, user, IP ya endpoint), jaise ek minute mein 100 se zyada requests ya bahut saare login attempts.",
		},
		AvoidWhen: []Alternative{
			{Code: 503, When: Text{
				En: "The whole service is overloaded or down for maintenance, whoever is calling",
				Hi: "Poori service overloaded hai ya maintenance mein hai, chahe koi bhi call kare",
			}},
			{Code: 403, When: Text{
				En: "The client is blocked by policy or permanently, not for request volume",
				Hi: "Client policy se ya hamesha ke liye blocked hai, requests ki ginti ki wajah se nahi",
			}},
			{Code: 402, When: Text{
				En: "The quota comes back only after payment, not after waiting",
				Hi: "Quota sirf payment ke baad wapas milega, rukne se nahi",
			}},
		},
		Headers: []Header{
			{Name: "Retry-After", Requirement: Optional, Note: Text{
				En: "MAY: seconds or an HTTP date after which the client may try again",
				Hi: "MAY: kitne seconds ya kaunsi HTTP date ke baad client dobara try kar sakta hai",
			}},
			{Name: "RateLimit", Requirement: Optional, Note: Text{
				En: "Customary: quota details, via the IETF draft RateLimit and RateLimit-Policy fields or the older X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset",
				Hi: "Customary: quota ki details, IETF draft ke RateLimit aur RateLimit-Policy fields se ya purane X-RateLimit-Limit, X-RateLimit-Remaining aur X-RateLimit-Reset se",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Must not be stored by any cache (RFC 6585, Section 4).",
			Hi: "Koi bhi cache ise store nahi kar sakta (RFC 6585, Section 4).",
		},
		Retry: Text{
			En: "Wait before retrying: honour Retry-After if present, otherwise back off exponentially with jitter; immediate retries make it worse.",
			Hi: "Retry se pehle ruko: Retry-After ho toh usko follow karo, warna jitter ke saath exponential backoff karo; turant retry karne se haalat aur bigadti hai.",
		},
		Methods: []string{"GET", "POST", "PUT", "PATCH", "DELETE"},
		Related: []int{503, 403, 402},
		Constants: Constants{
			Go:     "http.StatusTooManyRequests",
			Python: "HTTPStatus.TOO_MANY_REQUESTS",
			Node:   "StatusCodes.TOO_MANY_REQUESTS",
			Java:   "HttpStatus.TOO_MANY_REQUESTS",
			Dotnet: "HttpStatusCode.TooManyRequests",
			Rust:   "StatusCode::TOO_MANY_REQUESTS",
			Django: "status.HTTP_429_TOO_MANY_REQUESTS",
			Rails:  ":too_many_requests",
			PHP:    "Response::HTTP_TOO_MANY_REQUESTS",
		},
		Situations: []string{
			"rate limit exceeded",
			"too many requests from this api key",
			"user hit the api quota",
			"throttling the client",
			"too many login attempts",
			"brute force protection on login",
			"per ip rate limit reached",
			"client sends 1000 requests per second",
			"burst limit exceeded",
			"llm api rate limited",
			"github api rate limit hit",
			"throttle otp resend requests",
			"scraper making too many calls",
			"exceeded requests per minute",
			"daily request quota used up, resets tomorrow",
			"retry storm from one client",
			"server tells me to slow down",
			"bahut zyada requests bhej di",
			"rate limit lag gaya",
			"thoda ruk ke try karo, throttle ho raha hai",
			"otp baar baar maang raha hai",
		},
	},
	{
		Code:   431,
		Name:   "Request Header Fields Too Large",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 6585, Section 5", URL: "https://www.rfc-editor.org/rfc/rfc6585.html#section-5"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/431",
		Summary: Text{
			En: "The request's header fields, in total or a single one, are too large",
			Hi: "Request ke header fields, total mein ya koi ek, bahut bade hain",
		},
		Description: Text{
			En: "The server is unwilling to process the request because its header fields are too large, either the header section as a whole or one field on its own. " +
				"When a single field is at fault, the response should say which one. " +
				"The client may resubmit after shrinking the headers. Servers are not required to use 431; under attack they may just drop the connection.",
			Hi: "Server request process nahi karna chahta kyunki uske header fields bahut bade hain, ya toh poora header section ya koi ek field. " +
				"Agar ek hi field ki galti hai toh response mein batana chahiye ki kaun sa. " +
				"Headers chhote karke client dobara bhej sakta hai. Server ke liye 431 use karna zaroori nahi; attack mein woh seedha connection drop kar sakta hai.",
		},
		UseWhen: Text{
			En: "A request arrives with an oversized Cookie header (too many or bloated cookies), a huge Authorization token, or more or bigger headers than your server allows.",
			Hi: "Jab request bahut bade Cookie header (bahut saari ya bhari cookies), bahut bade Authorization token, ya server ki limit se zyada ya bade headers ke saath aati hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 413, When: Text{
				En: "It is the body, not the headers, that is too large",
				Hi: "Headers nahi, body bahut badi hai",
			}},
			{Code: 414, When: Text{
				En: "It is the URL, not the headers, that is too long",
				Hi: "Headers nahi, URL bahut lamba hai",
			}},
			{Code: 400, When: Text{
				En: "The headers are malformed rather than too large",
				Hi: "Headers bade nahi, balki toote hue hain",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Must not be stored by any cache (RFC 6585, Section 5).",
			Hi: "Koi bhi cache ise store nahi kar sakta (RFC 6585, Section 5).",
		},
		Retry: Text{
			En: "Retry after shrinking the headers: clear or trim cookies, shorten tokens, drop headers you do not need.",
			Hi: "Headers chhote karke retry karo: cookies clear ya kam karo, tokens chhote karo, faltu headers hatao.",
		},
		Methods: []string{"GET", "POST", "PUT", "PATCH", "DELETE"},
		Related: []int{413, 414, 400},
		Constants: Constants{
			Go:     "http.StatusRequestHeaderFieldsTooLarge",
			Python: "HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE",
			Node:   "StatusCodes.REQUEST_HEADER_FIELDS_TOO_LARGE",
			Java:   "HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE",
			Dotnet: "HttpStatusCode.RequestHeaderFieldsTooLarge",
			Rust:   "StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE",
			Django: "status.HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE",
			Rails:  ":request_header_fields_too_large",
			PHP:    "Response::HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE",
		},
		Situations: []string{
			"cookie header too large",
			"too many cookies for this domain",
			"request headers exceed the server limit",
			"jwt in the authorization header is huge",
			"header size limit exceeded",
			"too many headers in the request",
			"a single header value is too long",
			"node max header size exceeded",
			"clearing cookies fixes the error",
			"oversized referer header",
			"cookies bahut bade ho gaye",
			"header ka size limit se zyada hai",
		},
	},
	{
		Code:   451,
		Name:   "Unavailable For Legal Reasons",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 7725, Section 3", URL: "https://www.rfc-editor.org/rfc/rfc7725.html#section-3"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/451",
		Summary: Text{
			En: "Access to the resource is denied because of a legal demand",
			Hi: "Kisi legal demand ki wajah se resource ka access mana hai",
		},
		Description: Text{
			En: "The server denies access to the resource as a consequence of a legal demand, such as a court order, a government block or a takedown notice. " +
				"The server answering need not be the origin: ISPs and search engines are typical senders. " +
				"The response should explain the demand in its body: who made it, under which law or regulation, and which people and resources it covers. " +
				"A 451 says nothing about whether the resource exists, and it is cacheable by default.",
			Hi: "Server kisi legal demand ki wajah se resource ka access mana karta hai, jaise court order, government block ya takedown notice. " +
				"Jawab dene wala server origin ho, yeh zaroori nahi: ISPs aur search engines aksar ise bhejte hain. " +
				"Response body mein demand samjhani chahiye: kisne ki, kaunse law ya regulation ke tahat, aur kin logon aur resources pe laagu hai. " +
				"451 se yeh pata nahi chalta ki resource exist karta hai ya nahi, aur yeh by default cacheable hai.",
		},
		UseWhen: Text{
			En: "Content is withheld because of a court order, a copyright takedown, a government censorship order, or sanctions or regulation in the user's jurisdiction.",
			Hi: "Jab content court order, copyright takedown, government censorship order, ya user ke jurisdiction ke sanctions ya regulation ki wajah se roka gaya hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 403, When: Text{
				En: "The refusal comes from your own policy or permissions, not from a legal demand",
				Hi: "Mana karna tumhari apni policy ya permissions se hai, kisi legal demand se nahi",
			}},
			{Code: 404, When: Text{
				En: "The law forbids you even to acknowledge that anything was blocked",
				Hi: "Law tumhe yeh bhi maanne nahi deta ki kuch block hua hai",
			}},
		},
		Note: Text{
			En: "The number nods to Ray Bradbury's Fahrenheit 451. The Link rel=\"blocked-by\" names whoever does the blocking (ISP, platform), not the authority that demanded it.",
			Hi: "Number Ray Bradbury ki Fahrenheit 451 ki taraf ishaara hai. Link rel=\"blocked-by\" us entity ka naam deta hai jo block kar rahi hai (ISP, platform), demand karne wali authority ka nahi.",
		},
		Headers: []Header{
			{Name: "Link", Requirement: Recommended, Conditional: true, Note: Text{
				En: "SHOULD when an entity blocks access: a URI identifying that entity with rel=\"blocked-by\" (RFC 7725, Section 4)",
				Hi: "SHOULD jab koi entity access block kare: us entity ki pehchaan wala URI, rel=\"blocked-by\" ke saath (RFC 7725, Section 4)",
			}},
		},
		ContentAllowed: true,
		Cacheable:      true,
		Caching: Text{
			En: "Cacheable by default (RFC 7725): caches may reuse a 451 without explicit freshness unless Cache-Control says otherwise.",
			Hi: "By default cacheable hai (RFC 7725): jab tak Cache-Control kuch aur na kahe, cache bina explicit freshness ke 451 reuse kar sakta hai.",
		},
		Retry: Text{
			En: "Retrying will not help while the legal demand applies.",
			Hi: "Jab tak legal demand laagu hai, retry se kuch nahi hoga.",
		},
		Methods: []string{"GET", "HEAD"},
		Related: []int{403, 404, 410},
		Constants: Constants{
			Go:     "http.StatusUnavailableForLegalReasons",
			Python: "HTTPStatus.UNAVAILABLE_FOR_LEGAL_REASONS",
			Node:   "StatusCodes.UNAVAILABLE_FOR_LEGAL_REASONS",
			Java:   "HttpStatus.UNAVAILABLE_FOR_LEGAL_REASONS",
			Dotnet: "HttpStatusCode.UnavailableForLegalReasons",
			Rust:   "StatusCode::UNAVAILABLE_FOR_LEGAL_REASONS",
			Django: "status.HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS",
			Rails:  ":unavailable_for_legal_reasons",
			PHP:    "Response::HTTP_UNAVAILABLE_FOR_LEGAL_REASONS",
		},
		Situations: []string{
			"content blocked by a court order",
			"dmca takedown notice",
			"government censorship",
			"blocked in this country by law",
			"site does not serve eu users because of gdpr",
			"sanctions prevent serving users in this region",
			"legal takedown of a post",
			"isp blocks a site on government orders",
			"video removed after a copyright complaint",
			"content unavailable due to legal restrictions",
			"court order ki wajah se content block hai",
			"government ne yeh site ban kar di",
		},
	},
}
