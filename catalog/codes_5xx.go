package catalog

// serverErrors: 5xx, RFC 9110 Section 15.6 and later RFCs.
var serverErrors = []Entry{
	{
		Code:    500,
		Name:    "Internal Server Error",
		Aliases: []string{"Internal Error", "ISE"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 9110, Section 15.6.1", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.1"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/500",
		Summary: Text{
			En: "The server hit an unexpected error and could not complete the request",
			Hi: "Server mein unexpected error aa gaya, isliye request complete nahi hui",
		},
		Description: Text{
			En: "The server ran into a condition it did not anticipate, and that condition kept it from fulfilling the request. " +
				"It is the generic server-side failure: it puts the fault on the server rather than on the request, and says nothing more specific. " +
				"Where a more precise 5xx fits (a bad upstream, a temporary outage) that code tells the client more; like every 5xx, the body should explain the error and whether it is temporary or permanent, except in answer to HEAD.",
			Hi: "Server ko aisi condition mili jiski usne ummeed nahi ki thi, aur usi wajah se request poori nahi ho payi. " +
				"Yeh generic server-side failure hai: galti server ki taraf batata hai, request ki nahi, lekin isse zyada kuch specific nahi kehta. " +
				"Agar koi zyada precise 5xx fit hota hai (kharab upstream, temporary outage) toh woh client ko zyada batata hai; har 5xx ki tarah, HEAD ke alawa body mein error ka explanation aur yeh ki problem temporary hai ya permanent, bhejna chahiye.",
		},
		UseWhen: Text{
			En: "An unhandled exception, a bug or a broken server configuration stops the request, and no more specific 5xx describes it. Log the details on the server and return a short error body with a request ID.",
			Hi: "Jab unhandled exception, bug ya server ki galat configuration request ko rok de, aur koi zyada specific 5xx fit na ho. Details server ke logs mein rakho aur client ko request ID ke saath chhota sa error body bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 503, When: Text{
				En: "The failure is a known, temporary state such as overload or maintenance that you expect to clear",
				Hi: "Failure ek jaani-pehchaani temporary state hai, jaise overload ya maintenance, jo thodi der mein theek ho jayegi",
			}},
			{Code: 502, When: Text{
				En: "You are a proxy or gateway and the upstream sent an invalid response or dropped the connection",
				Hi: "Tum proxy ya gateway ho aur upstream ne invalid response bheja ya connection tod diya",
			}},
			{Code: 504, When: Text{
				En: "You are a proxy or gateway and the upstream did not answer in time",
				Hi: "Tum proxy ya gateway ho aur upstream ne time pe jawab nahi diya",
			}},
			{Code: 400, When: Text{
				En: "The request itself is malformed and the client has to change it",
				Hi: "Request khud hi malformed hai aur client ko use badalna padega",
			}},
			{Code: 422, When: Text{
				En: "The input parses fine but fails validation or business rules: that is the client's error, not a crash",
				Hi: "Input parse ho jaata hai lekin validation ya business rules fail karta hai: yeh client ki galti hai, crash nahi",
			}},
			{Code: 501, When: Text{
				En: "The server does not implement the requested method or feature at all",
				Hi: "Server requested method ya feature ko bilkul implement hi nahi karta",
			}},
		},
		Note: Text{
			En: "Never put stack traces, SQL or secrets in the body: they help attackers more than users. A steady stream of 500s for one kind of input usually means missing validation that should have produced a 4xx.",
			Hi: "Body mein stack trace, SQL ya secrets kabhi mat bhejo: yeh users se zyada attackers ke kaam aate hain. Agar ek hi tarah ke input pe baar baar 500 aa raha hai, toh aksar validation missing hai jo 4xx deni chahiye thi.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable: a cache stores a 500 only when explicit freshness such as Cache-Control max-age allows it. Caches set up with stale-if-error (RFC 5861) may serve their last good copy instead.",
			Hi: "Heuristically cacheable nahi hai: cache 500 ko tabhi store karta hai jab Cache-Control max-age jaisi explicit freshness allow kare. Jin caches mein stale-if-error (RFC 5861) set hai, woh iski jagah apni last achhi copy serve kar sakte hain.",
		},
		Retry: Text{
			En: "Retry idempotent requests (GET, PUT, DELETE) a few times with exponential backoff and jitter. Retry a POST only with an idempotency key, since the server may have done part of the work.",
			Hi: "Idempotent requests (GET, PUT, DELETE) ko exponential backoff aur jitter ke saath kuch baar retry kar sakte ho. POST ko sirf idempotency key ke saath retry karo, kyunki ho sakta hai server ne kaam ka kuch hissa kar diya ho.",
		},
		Methods: []string{"GET", "POST", "PUT", "PATCH", "DELETE"},
		Related: []int{503, 502, 504, 400, 422},
		Constants: Constants{
			Go:     "http.StatusInternalServerError",
			Python: "HTTPStatus.INTERNAL_SERVER_ERROR",
			Node:   "StatusCodes.INTERNAL_SERVER_ERROR",
			Java:   "HttpStatus.INTERNAL_SERVER_ERROR",
			Dotnet: "HttpStatusCode.InternalServerError",
			Rust:   "StatusCode::INTERNAL_SERVER_ERROR",
			Django: "status.HTTP_500_INTERNAL_SERVER_ERROR",
			Rails:  ":internal_server_error",
			PHP:    "Response::HTTP_INTERNAL_SERVER_ERROR",
		},
		Situations: []string{
			"unhandled exception in the request handler",
			"null pointer exception while processing the request",
			"nil pointer panic in the go handler",
			"uncaught error in express middleware",
			"bug in the server code",
			"unexpected error on the server",
			"something went wrong on our side and no other code fits",
			"server crashed while handling the request",
			"stack trace in the logs for this request",
			"sql syntax error in our own query",
			"failed to serialize the response to json",
			"template rendering failed on the server",
			"required environment variable missing on the server",
			"server misconfiguration broke the endpoint",
			"division by zero in server code",
			"assertion failed in the backend",
			"i get internal server error when i submit the form",
			"api returns internal server error for a valid request",
			"generic server error",
			"code mein bug hai, exception aa gaya",
			"server pe kuch galat ho gaya",
			"handler crash ho gaya request process karte waqt",
		},
	},
	{
		Code:   501,
		Name:   "Not Implemented",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.6.2", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.2"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/501",
		Summary: Text{
			En: "The server does not support the functionality, such as the method, at all",
			Hi: "Server yeh functionality (jaise yeh method) bilkul support nahi karta",
		},
		Description: Text{
			En: "The server lacks the capability the request needs. " +
				"The typical case is a request method the server does not recognise and cannot handle for any resource; a method that exists but is not allowed on one particular resource calls for 405 instead. " +
				"A 501 is one of the few error responses that is heuristically cacheable, because the answer does not change from one request to the next.",
			Hi: "Server ke paas woh capability hi nahi hai jo request ko chahiye. " +
				"Sabse common case: request method server pehchaanta hi nahi aur kisi bhi resource ke liye handle nahi kar sakta; agar method exist karta hai lekin sirf is resource pe allowed nahi hai, toh 405 sahi hai. " +
				"501 un gine-chune error responses mein se hai jo heuristically cacheable hain, kyunki jawab har request pe same rehta hai.",
		},
		UseWhen: Text{
			En: "The request uses a method or a protocol feature (such as a transfer coding) that your server does not implement anywhere. Some APIs also use it for an endpoint that is documented but not built yet.",
			Hi: "Jab request aisa method ya protocol feature (jaise koi transfer coding) use kare jo tumhara server kahin bhi implement nahi karta. Kuch APIs ise us endpoint ke liye bhi use karti hain jo documented hai lekin abhi bana nahi.",
		},
		AvoidWhen: []Alternative{
			{Code: 405, When: Text{
				En: "The server knows the method and supports it elsewhere, just not on this resource; send Allow with the methods it accepts",
				Hi: "Server method jaanta hai aur dusri jagah support karta hai, bas is resource pe nahi; Allow header mein allowed methods bhejo",
			}},
			{Code: 400, When: Text{
				En: "The server understands the feature, but this request is malformed",
				Hi: "Server feature samajhta hai, lekin yeh request malformed hai",
			}},
			{Code: 503, When: Text{
				En: "The feature exists but is switched off for a while, for maintenance or during an incident",
				Hi: "Feature exist karta hai lekin kuch der ke liye band hai, maintenance ya incident ki wajah se",
			}},
		},
		Note: Text{
			En: "RFC 9110 requires every general-purpose server to support GET and HEAD, so a 501 for them means a very limited server. RFC 9112 asks a server that meets a transfer coding it does not understand to answer 501.",
			Hi: "RFC 9110 ke hisaab se har general-purpose server ko GET aur HEAD support karna hi hai, toh inke liye 501 ka matlab hai bahut limited server. RFC 9112 kehta hai ki jo server kisi transfer coding ko nahi samajhta, woh 501 bheje.",
		},
		ContentAllowed: true,
		Cacheable:      true,
		Caching: Text{
			En: "Heuristically cacheable (RFC 9110, Section 15.6.2): a cache may reuse a 501 without explicit freshness. Send Cache-Control if support for the feature is coming soon.",
			Hi: "Heuristically cacheable hai (RFC 9110, Section 15.6.2): bina explicit freshness ke bhi cache 501 reuse kar sakta hai. Agar feature ka support jaldi aane wala hai toh Cache-Control bhejo.",
		},
		Retry: Text{
			En: "Do not retry unchanged: the server will answer the same way. Use a method or feature it supports.",
			Hi: "Same request dobara mat bhejo: server wahi jawab dega. Aisa method ya feature use karo jo server support karta ho.",
		},
		Methods: []string{"PATCH", "PROPFIND", "TRACE", "CONNECT"},
		Related: []int{405, 400, 505, 503},
		Constants: Constants{
			Go:     "http.StatusNotImplemented",
			Python: "HTTPStatus.NOT_IMPLEMENTED",
			Node:   "StatusCodes.NOT_IMPLEMENTED",
			Java:   "HttpStatus.NOT_IMPLEMENTED",
			Dotnet: "HttpStatusCode.NotImplemented",
			Rust:   "StatusCode::NOT_IMPLEMENTED",
			Django: "status.HTTP_501_NOT_IMPLEMENTED",
			Rails:  ":not_implemented",
			PHP:    "Response::HTTP_NOT_IMPLEMENTED",
		},
		Situations: []string{
			"server does not recognise the request method",
			"unknown http method sent to the server",
			"server does not support patch for any resource",
			"propfind sent to a server without webdav support",
			"custom method like purge not supported by this server",
			"request uses a transfer-encoding the server does not understand",
			"feature not implemented on this server",
			"api endpoint is a stub, not implemented yet",
			"server lacks the functionality needed for this request",
			"yeh method server support hi nahi karta",
		},
	},
	{
		Code:    502,
		Name:    "Bad Gateway",
		Aliases: []string{"Proxy Error"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 9110, Section 15.6.3", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.3"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/502",
		Summary: Text{
			En: "A gateway or proxy got an invalid response from the server behind it",
			Hi: "Gateway ya proxy ko peeche wale server se invalid response mila",
		},
		Description: Text{
			En: "The server answering is a gateway or proxy, and the inbound server it contacted to fulfil the request sent back something it could not use. " +
				"In practice that covers malformed responses as well as connections the upstream refused, reset or closed halfway. " +
				"The fault lies behind the proxy, so the client's request may be perfectly fine; load balancers, reverse proxies such as nginx, API gateways and CDNs produce most 502s.",
			Hi: "Jawab dene wala server gateway ya proxy hai, aur request poori karne ke liye usne jis inbound server se baat ki, usne aisa kuch bheja jo kaam ka nahi tha. " +
				"Practice mein isme malformed responses bhi aate hain aur woh connections bhi jo upstream ne refuse, reset ya beech mein close kar diye. " +
				"Problem proxy ke peeche hai, client ki request bilkul theek ho sakti hai; zyadatar 502 load balancers, nginx jaise reverse proxies, API gateways aur CDNs generate karte hain.",
		},
		UseWhen: Text{
			En: "Your service acts as a proxy or gateway and the upstream returned an unparseable or protocol-breaking response, refused the connection, or dropped it mid-response.",
			Hi: "Jab tumhari service proxy ya gateway ka kaam kar rahi ho aur upstream ne aisa response diya jo parse nahi hota ya protocol todta hai, connection refuse kar diya, ya response ke beech mein tod diya.",
		},
		AvoidWhen: []Alternative{
			{Code: 504, When: Text{
				En: "The upstream was reached but did not answer before the gateway's timeout",
				Hi: "Upstream tak pahunch gaye lekin usne gateway ke timeout se pehle jawab nahi diya",
			}},
			{Code: 503, When: Text{
				En: "The service is known to be unable to take requests right now (maintenance, overload, circuit open) and is expected back",
				Hi: "Pata hai ki service abhi requests nahi le sakti (maintenance, overload, circuit open) aur thodi der mein wapas aayegi",
			}},
			{Code: 500, When: Text{
				En: "The failure happened in your own code, not in a response from an upstream server",
				Hi: "Failure tumhare apne code mein hua, kisi upstream server ke response mein nahi",
			}},
		},
		Note: Text{
			En: "An nginx 502 usually comes with an error log line such as 'connect() failed (111: Connection refused)' or 'upstream prematurely closed connection'. Look at the upstream's own logs first.",
			Hi: "nginx ka 502 aksar error log mein 'connect() failed (111: Connection refused)' ya 'upstream prematurely closed connection' jaisi line ke saath aata hai. Pehle upstream ke apne logs dekho.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable. A CDN caches it only when told to; stale-if-error (RFC 5861) lets a cache serve its last good copy instead.",
			Hi: "Heuristically cacheable nahi hai. CDN ise tabhi cache karta hai jab configure kiya ho; stale-if-error (RFC 5861) se cache iski jagah last achhi copy serve kar sakta hai.",
		},
		Retry: Text{
			En: "Often transient, for example during a restart or deploy: retry idempotent requests with backoff. A POST may have reached the upstream before the connection broke, so retry it only with an idempotency key.",
			Hi: "Aksar temporary hota hai, jaise restart ya deploy ke time: idempotent requests backoff ke saath retry karo. POST connection tootne se pehle upstream tak pahunch chuka ho sakta hai, isliye use sirf idempotency key ke saath retry karo.",
		},
		Methods: []string{"GET", "POST", "PUT", "PATCH", "DELETE"},
		Related: []int{504, 503, 500},
		Constants: Constants{
			Go:     "http.StatusBadGateway",
			Python: "HTTPStatus.BAD_GATEWAY",
			Node:   "StatusCodes.BAD_GATEWAY",
			Java:   "HttpStatus.BAD_GATEWAY",
			Dotnet: "HttpStatusCode.BadGateway",
			Rust:   "StatusCode::BAD_GATEWAY",
			Django: "status.HTTP_502_BAD_GATEWAY",
			Rails:  ":bad_gateway",
			PHP:    "Response::HTTP_BAD_GATEWAY",
		},
		Situations: []string{
			"site shows bad gateway",
			"nginx returns 502",
			"load balancer says bad gateway",
			"upstream sent an invalid response",
			"upstream prematurely closed the connection",
			"connection refused by the backend",
			"reverse proxy cannot connect to the app server",
			"app server crashed behind the proxy",
			"backend returned malformed http headers",
			"upstream sent too big header",
			"php-fpm socket not found behind nginx",
			"gunicorn worker died in the middle of the response",
			"lambda returned a malformed proxy response to api gateway",
			"tls handshake with the upstream failed",
			"upstream reset the connection",
			"apache shows proxy error",
			"gateway got garbage from the service behind it",
			"backend ne galat response bheja",
			"nginx ko backend se connection refused mila",
			"proxy ke peeche app crash ho gaya",
		},
	},
	{
		Code:    503,
		Name:    "Service Unavailable",
		Aliases: []string{"Service Temporarily Unavailable"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 9110, Section 15.6.4", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.4"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/503",
		Summary: Text{
			En: "The server cannot handle requests right now; try again later",
			Hi: "Server abhi requests handle nahi kar sakta; thodi der baad try karo",
		},
		Description: Text{
			En: "The server is temporarily unable to handle the request because it is overloaded or down for scheduled maintenance, and expects to recover after some delay. " +
				"It may send Retry-After to suggest how long the client should wait. " +
				"Marking the condition as temporary is what separates it from 500; RFC 9110 also notes that an overloaded server is not obliged to send 503 and may simply refuse connections.",
			Hi: "Server kuch der ke liye request handle nahi kar sakta, kyunki overload hai ya scheduled maintenance chal raha hai, aur thodi der mein theek hone ki ummeed hai. " +
				"Server Retry-After bhej sakta hai ki client kitni der ruke. " +
				"Condition ko temporary batana hi ise 500 se alag karta hai; RFC 9110 yeh bhi kehta hai ki overload server ke liye 503 bhejna zaroori nahi, woh seedha connection refuse bhi kar sakta hai.",
		},
		UseWhen: Text{
			En: "Planned maintenance, load shedding, a dependency the service cannot work without is down, the service is still starting or is draining, or a circuit breaker is open. Add Retry-After when you can estimate the recovery time.",
			Hi: "Planned maintenance, load shedding, koi zaroori dependency (jaise db) down hai, service abhi start ho rahi hai ya drain ho rahi hai, ya circuit breaker open hai. Recovery ka time andaza ho toh Retry-After bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 429, When: Text{
				En: "One client exceeded its own rate limit or quota while the service is healthy for everyone else",
				Hi: "Ek client ne apni rate limit ya quota cross kar di, jabki baaki sab ke liye service theek chal rahi hai",
			}},
			{Code: 500, When: Text{
				En: "The failure is an unexpected bug, not a temporary state you expect to clear",
				Hi: "Failure ek unexpected bug hai, koi temporary state nahi jo apne aap theek ho jaaye",
			}},
			{Code: 502, When: Text{
				En: "You are a gateway and the upstream sent an invalid response or dropped the connection",
				Hi: "Tum gateway ho aur upstream ne invalid response bheja ya connection tod diya",
			}},
			{Code: 504, When: Text{
				En: "You are a gateway and the upstream did not answer before your timeout",
				Hi: "Tum gateway ho aur upstream ne tumhare timeout se pehle jawab nahi diya",
			}},
		},
		Note: Text{
			En: "Search engine crawlers treat a 503 as temporary and come back later, which makes it the right code for a maintenance page; a maintenance page served with 200 can get indexed in place of the real content.",
			Hi: "Search engine crawlers 503 ko temporary maante hain aur baad mein wapas aate hain, isliye maintenance page ke liye yahi sahi code hai; 200 ke saath maintenance page bhejoge toh asli content ki jagah woh index ho sakta hai.",
		},
		Headers: []Header{
			{Name: "Retry-After", Requirement: Optional, Note: Text{
				En: "Seconds to wait, or an HTTP date when the service should be back; RFC 9110 says the server MAY send it",
				Hi: "Kitne seconds rukna hai, ya HTTP date jab service wapas aayegi; RFC 9110 ke hisaab se server ise MAY bhej sakta hai",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable. Mark maintenance pages Cache-Control: no-store or give them a very short max-age, so a CDN does not keep serving the outage after recovery.",
			Hi: "Heuristically cacheable nahi hai. Maintenance pages pe Cache-Control: no-store ya bahut chhota max-age lagao, taaki recovery ke baad bhi CDN outage wala page serve na karta rahe.",
		},
		Retry: Text{
			En: "Wait as long as Retry-After says; without it, back off exponentially with jitter. Idempotent requests are safe to repeat; repeat a POST only with an idempotency key.",
			Hi: "Retry-After jitna bole utna ruko; woh na ho toh exponential backoff aur jitter ke saath ruko. Idempotent requests repeat karna safe hai; POST sirf idempotency key ke saath repeat karo.",
		},
		Methods: []string{"GET", "POST", "PUT", "PATCH", "DELETE"},
		Related: []int{429, 500, 502, 504},
		Constants: Constants{
			Go:     "http.StatusServiceUnavailable",
			Python: "HTTPStatus.SERVICE_UNAVAILABLE",
			Node:   "StatusCodes.SERVICE_UNAVAILABLE",
			Java:   "HttpStatus.SERVICE_UNAVAILABLE",
			Dotnet: "HttpStatusCode.ServiceUnavailable",
			Rust:   "StatusCode::SERVICE_UNAVAILABLE",
			Django: "status.HTTP_503_SERVICE_UNAVAILABLE",
			Rails:  ":service_unavailable",
			PHP:    "Response::HTTP_SERVICE_UNAVAILABLE",
		},
		Situations: []string{
			"db down",
			"db connection pool exhausted",
			"server overloaded",
			"down for maintenance",
			"scheduled maintenance window",
			"shedding load during a traffic spike",
			"circuit breaker is open",
			"no healthy instances behind the load balancer",
			"app is still starting up",
			"readiness check failing, not ready for traffic",
			"server is shutting down gracefully",
			"a required dependency is temporarily down",
			"job queue is full, try again later",
			"all worker threads are busy",
			"deploy in progress, back in a minute",
			"feature switched off during an incident",
			"site shows service unavailable",
			"temporarily unavailable, retry after two minutes",
			"maintenance chal raha hai",
			"server pe load bahut zyada hai",
			"db down hai, thodi der baad try karo",
		},
	},
	{
		Code:    504,
		Name:    "Gateway Timeout",
		Aliases: []string{"Gateway Time-out"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 9110, Section 15.6.5", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.5"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/504",
		Summary: Text{
			En: "A gateway or proxy gave up waiting for the server behind it",
			Hi: "Gateway ya proxy ne peeche wale server ka wait karte karte give up kar diya",
		},
		Description: Text{
			En: "The server answering is a gateway or proxy, and an upstream server it needed in order to complete the request did not respond in time. " +
				"The request reached the proxy fine; the delay is further back, in an application server, a database behind it or a third-party API. " +
				"The upstream may still be working on the request, and may even finish it, after the gateway has given up.",
			Hi: "Jawab dene wala server gateway ya proxy hai, aur request poori karne ke liye jis upstream server ki zaroorat thi, usne time pe response nahi diya. " +
				"Request proxy tak theek pahunchi; delay aage hai, app server mein, uske peeche database mein ya kisi third-party API mein. " +
				"Gateway ke give up karne ke baad bhi upstream request pe kaam kar raha ho sakta hai, aur use poora bhi kar sakta hai.",
		},
		UseWhen: Text{
			En: "Your service forwards the request to another server (an upstream app, a microservice, a partner API) and your timeout for it expires before any response arrives.",
			Hi: "Jab tumhari service request ko kisi aur server (upstream app, microservice, partner API) ko forward karti hai aur response aane se pehle tumhara timeout khatam ho jaata hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 502, When: Text{
				En: "The upstream did answer, but with an invalid response, or it refused or reset the connection",
				Hi: "Upstream ne jawab diya, lekin invalid response, ya connection refuse ya reset kar diya",
			}},
			{Code: 408, When: Text{
				En: "Your server timed out waiting for the client to finish sending its own request",
				Hi: "Tumhara server client ki apni request poori aane ka wait karte karte timeout ho gaya",
			}},
			{Code: 503, When: Text{
				En: "The service is known to be down or overloaded, so the request is turned away without waiting",
				Hi: "Pata hai ki service down ya overload hai, isliye request bina wait kiye hi reject ho jaati hai",
			}},
			{Code: 202, When: Text{
				En: "The work is long-running by design: accept it with 202 and let the client poll instead of holding the request open",
				Hi: "Kaam design se hi lamba hai: 202 ke saath accept karo aur client ko poll karne do, request khuli mat rakho",
			}},
		},
		Note: Text{
			En: "Raising the proxy timeout only hides the symptom; slow work belongs in a background job. For a POST the upstream may have completed the action, so check before repeating it.",
			Hi: "Proxy ka timeout badhana sirf symptom chhupata hai; slow kaam background job mein hona chahiye. POST ke case mein upstream ne action poora kar diya ho sakta hai, isliye repeat karne se pehle check karo.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; stale-if-error (RFC 5861) lets a cache answer with its last good copy instead.",
			Hi: "Heuristically cacheable nahi hai; stale-if-error (RFC 5861) se cache iski jagah apni last achhi copy de sakta hai.",
		},
		Retry: Text{
			En: "Retry idempotent requests after a pause, with backoff. Do not blindly repeat a POST: the upstream may have finished it, so check the result or use an idempotency key.",
			Hi: "Idempotent requests thoda ruk ke, backoff ke saath retry karo. POST ko aankh band karke repeat mat karo: upstream ne use poora kar diya ho sakta hai, toh result check karo ya idempotency key use karo.",
		},
		Methods: []string{"GET", "POST", "PUT", "PATCH", "DELETE"},
		Related: []int{502, 503, 408, 202},
		Constants: Constants{
			Go:     "http.StatusGatewayTimeout",
			Python: "HTTPStatus.GATEWAY_TIMEOUT",
			Node:   "StatusCodes.GATEWAY_TIMEOUT",
			Java:   "HttpStatus.GATEWAY_TIMEOUT",
			Dotnet: "HttpStatusCode.GatewayTimeout",
			Rust:   "StatusCode::GATEWAY_TIMEOUT",
			Django: "status.HTTP_504_GATEWAY_TIMEOUT",
			Rails:  ":gateway_timeout",
			PHP:    "Response::HTTP_GATEWAY_TIMEOUT",
		},
		Situations: []string{
			"upstream timed out",
			"upstream service timed out",
			"nginx upstream timed out while reading response header",
			"proxy gave up waiting for the backend",
			"backend took longer than the load balancer timeout",
			"slow db query made the proxy time out",
			"api gateway integration timeout hit",
			"lambda ran too long behind api gateway",
			"third party api did not respond in time",
			"payment provider call timed out",
			"downstream microservice never answered",
			"cdn timed out waiting for the origin",
			"site shows gateway timeout",
			"request hangs for a minute then fails with 504",
			"dns lookup for the upstream timed out",
			"upstream ne time pe response nahi diya",
			"backend bahut slow hai, proxy timeout ho gaya",
		},
	},
	{
		Code:    505,
		Name:    "HTTP Version Not Supported",
		Aliases: []string{"Version Not Supported"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 9110, Section 15.6.6", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.6"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/505",
		Summary: Text{
			En: "The server will not handle the HTTP major version used in the request",
			Hi: "Request mein use hua HTTP major version server handle nahi karega",
		},
		Description: Text{
			En: "The server does not support, or refuses to support, the major version of HTTP the request was sent in, and will not complete it in that version beyond sending this error. " +
				"The body should say why that version is not supported and which protocols the server does offer. " +
				"HTTP/2 and HTTP/3 are normally chosen through TLS ALPN or Alt-Svc before a request is sent, so a 505 is rare today.",
			Hi: "Request jis HTTP major version mein aayi, server use support nahi karta ya karna nahi chahta, aur is error ke alawa us version mein request complete nahi karega. " +
				"Body mein batana chahiye ki woh version kyun supported nahi hai aur server kaun se protocols offer karta hai. " +
				"HTTP/2 aur HTTP/3 aam taur pe request bhejne se pehle hi TLS ALPN ya Alt-Svc se choose hote hain, isliye aajkal 505 rarely dikhta hai.",
		},
		UseWhen: Text{
			En: "A request arrives in an HTTP major version your server or gateway cannot or will not speak, for example an HTTP/2-only endpoint receiving an HTTP/1.1 request.",
			Hi: "Jab request aise HTTP major version mein aaye jo tumhara server ya gateway bol nahi sakta ya bolna nahi chahta, jaise HTTP/2-only endpoint pe HTTP/1.1 request aa jaaye.",
		},
		AvoidWhen: []Alternative{
			{Code: 426, When: Text{
				En: "The server wants the client to switch to another protocol on this connection and names it in an Upgrade header",
				Hi: "Server chahta hai ki client isi connection pe dusre protocol pe switch kare, aur Upgrade header mein uska naam deta hai",
			}},
			{Code: 400, When: Text{
				En: "The request line is malformed rather than naming a version the server does not support",
				Hi: "Request line hi malformed hai, aisa nahi ki usme koi unsupported version likha ho",
			}},
		},
		Note: Text{
			En: "Only the major version counts: HTTP/1.0 and HTTP/1.1 share major version 1. RFC 9110 asks (SHOULD) for a body that explains the refusal and lists the supported protocols.",
			Hi: "Sirf major version matter karta hai: HTTP/1.0 aur HTTP/1.1 dono ka major version 1 hai. RFC 9110 kehta hai (SHOULD) ki body mein refusal ka reason aur supported protocols ki list ho.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; caches store it only with explicit freshness, which is rarely useful here.",
			Hi: "Heuristically cacheable nahi hai; cache ise sirf explicit freshness ke saath store karta hai, jo yahan shayad hi kaam aata hai.",
		},
		Retry: Text{
			En: "Retry with an HTTP version the server supports, usually HTTP/1.1; the same request in the same version fails again.",
			Hi: "Aise HTTP version ke saath retry karo jo server support karta ho, aksar HTTP/1.1; same version mein same request phir fail hogi.",
		},
		Methods: []string{"GET", "POST", "HEAD"},
		Related: []int{426, 400, 501},
		Constants: Constants{
			Go:     "http.StatusHTTPVersionNotSupported",
			Python: "HTTPStatus.HTTP_VERSION_NOT_SUPPORTED",
			Node:   "StatusCodes.HTTP_VERSION_NOT_SUPPORTED",
			Java:   "HttpStatus.HTTP_VERSION_NOT_SUPPORTED",
			Dotnet: "HttpStatusCode.HttpVersionNotSupported",
			Rust:   "StatusCode::HTTP_VERSION_NOT_SUPPORTED",
			Django: "status.HTTP_505_HTTP_VERSION_NOT_SUPPORTED",
			Rails:  ":http_version_not_supported",
			PHP:    "Response::HTTP_VERSION_NOT_SUPPORTED",
		},
		Situations: []string{
			"http version not supported",
			"request uses an http major version the server does not speak",
			"http/2-only server received an http/1.1 request",
			"request line says http/2.0 over a plain text connection",
			"unsupported protocol version in the request line",
			"gateway cannot forward requests in this http version",
			"server refuses the major version of http the client used",
			"http major version mismatch between client and server",
			"yeh http version server support nahi karta",
		},
	},
	{
		Code:    506,
		Name:    "Variant Also Negotiates",
		Aliases: []string{"Variant Also Varies"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 2295, Section 8.1", URL: "https://www.rfc-editor.org/rfc/rfc2295.html#section-8.1"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/506",
		Summary: Text{
			En: "Content negotiation is misconfigured: the chosen variant negotiates again",
			Hi: "Negotiation config galat hai: chuna gaya variant khud phir negotiate karta hai",
		},
		Description: Text{
			En: "RFC 2295 defines it for Transparent Content Negotiation, an experimental scheme in which the server lists variants of a resource and the client picks one. " +
				"A 506 reports a configuration error on the server: the variant that negotiation selected is itself set up to negotiate, so it cannot act as an end point and the process would go round in circles. " +
				"The fix is on the server; the client can do nothing about it.",
			Hi: "RFC 2295 ne ise Transparent Content Negotiation ke liye define kiya, ek experimental scheme jisme server resource ke variants list karta hai aur client ek choose karta hai. " +
				"506 server ki configuration error batata hai: negotiation ne jo variant chuna, woh khud bhi negotiate karne ke liye set hai, isliye woh end point nahi ban sakta aur process gol gol ghoomta rahega. " +
				"Fix server pe hoga; client iske baare mein kuch nahi kar sakta.",
		},
		UseWhen: Text{
			En: "Only in a server that implements RFC 2295 negotiation, such as Apache's mod_negotiation, when a selected variant turns out to be negotiable itself.",
			Hi: "Sirf us server mein jo RFC 2295 negotiation implement karta hai, jaise Apache ka mod_negotiation, jab chuna gaya variant khud negotiable nikle.",
		},
		AvoidWhen: []Alternative{
			{Code: 500, When: Text{
				En: "The server misconfiguration has nothing to do with transparent content negotiation",
				Hi: "Server ki misconfiguration ka transparent content negotiation se koi lena dena nahi hai",
			}},
			{Code: 406, When: Text{
				En: "None of the available variants matches the client's Accept headers",
				Hi: "Available variants mein se koi bhi client ke Accept headers se match nahi karta",
			}},
			{Code: 300, When: Text{
				En: "Several valid variants exist and the client should pick one",
				Hi: "Kai valid variants hain aur client ko unme se ek choose karna chahiye",
			}},
		},
		Note: Text{
			En: "RFC 2295 is Experimental and transparent negotiation was hardly ever deployed; outside Apache type maps you will practically never see a 506.",
			Hi: "RFC 2295 Experimental hai aur transparent negotiation shayad hi kahin deploy hua; Apache type maps ke bahar 506 practically kabhi nahi dikhega.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; it reports a server fault that should be fixed, not stored.",
			Hi: "Heuristically cacheable nahi hai; yeh server ki galti batata hai jo fix honi chahiye, store nahi.",
		},
		Retry: Text{
			En: "Do not retry; the server's negotiation configuration has to be fixed first.",
			Hi: "Retry mat karo; pehle server ki negotiation configuration theek honi chahiye.",
		},
		Methods: []string{"GET", "HEAD"},
		Related: []int{300, 406, 500},
		Constants: Constants{
			Go:     "http.StatusVariantAlsoNegotiates",
			Python: "HTTPStatus.VARIANT_ALSO_NEGOTIATES",
			Java:   "HttpStatus.VARIANT_ALSO_NEGOTIATES",
			Dotnet: "HttpStatusCode.VariantAlsoNegotiates",
			Rust:   "StatusCode::VARIANT_ALSO_NEGOTIATES",
			Django: "status.HTTP_506_VARIANT_ALSO_NEGOTIATES",
			Rails:  ":variant_also_negotiates",
			PHP:    "Response::HTTP_VARIANT_ALSO_NEGOTIATES_EXPERIMENTAL",
		},
		Situations: []string{
			"variant also negotiates",
			"chosen variant is itself negotiable",
			"transparent content negotiation loop",
			"apache type map points to another type map",
			"mod_negotiation variant configured to negotiate again",
			"circular reference in the content negotiation config",
			"negotiated variant is not a proper end point",
			"negotiate: trans request hits misconfigured variants",
			"content negotiation config mein variant khud negotiate kar raha hai",
		},
	},
	{
		Code:   507,
		Name:   "Insufficient Storage",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 4918, Section 11.5", URL: "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.5"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/507",
		Summary: Text{
			En: "The server has no room to store what the request needs to save",
			Hi: "Request ko jo save karna hai, uske liye server ke paas jagah nahi hai",
		},
		Description: Text{
			En: "Defined by WebDAV (RFC 4918): the method could not be carried out because the server cannot store the representation it would need to complete the request, typically because a disk or a quota is full. " +
				"The RFC treats the condition as temporary. " +
				"If the request came from a user action, it must not be repeated until the user asks for it again.",
			Hi: "WebDAV (RFC 4918) ne define kiya: method perform nahi ho paya kyunki request complete karne ke liye jo representation store karni thi, server use store nahi kar sakta, aksar disk ya quota full hone ki wajah se. " +
				"RFC is condition ko temporary maanta hai. " +
				"Agar request user ke action se aayi thi, toh jab tak user khud dobara na maange, use repeat nahi karna chahiye.",
		},
		UseWhen: Text{
			En: "A PUT, POST, MKCOL, COPY or PROPPATCH needs more space than the server, or the collection's quota, has left. It also suits uploads outside WebDAV that fail for lack of storage.",
			Hi: "Jab PUT, POST, MKCOL, COPY ya PROPPATCH ko us se zyada jagah chahiye jitni server ya collection ke quota mein bachi hai. WebDAV ke bahar bhi un uploads ke liye theek hai jo storage kam hone se fail hote hain.",
		},
		AvoidWhen: []Alternative{
			{Code: 413, When: Text{
				En: "The request body on its own exceeds the server's size limit, however much space is free",
				Hi: "Request body akele hi server ki size limit se bada hai, chahe kitni bhi jagah khaali ho",
			}},
			{Code: 500, When: Text{
				En: "Storing failed for another reason, such as an I/O error or wrong file permissions",
				Hi: "Store karna kisi aur wajah se fail hua, jaise I/O error ya galat file permissions",
			}},
		},
		Note: Text{
			En: "RFC 4331 (WebDAV quotas) uses 507 when a user's quota would be exceeded. Some API designers prefer a 4xx for a user's own quota, because a 5xx suggests the server is at fault.",
			Hi: "RFC 4331 (WebDAV quotas) user ka quota cross hone pe 507 use karta hai. Kuch API designers user ke apne quota ke liye 4xx pasand karte hain, kyunki 5xx se lagta hai galti server ki hai.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; it answers write methods, whose responses caches do not reuse.",
			Hi: "Heuristically cacheable nahi hai; yeh write methods ka jawab hai, jinke responses cache reuse nahi karte.",
		},
		Retry: Text{
			En: "Do not repeat it automatically: RFC 4918 says a request from a user action MUST NOT be repeated until the user asks again. Free space or raise the quota first.",
			Hi: "Apne aap repeat mat karo: RFC 4918 kehta hai ki user action wali request tab tak repeat nahi honi chahiye (MUST NOT) jab tak user dobara na maange. Pehle jagah khaali karo ya quota badhao.",
		},
		Methods: []string{"PUT", "POST", "MKCOL", "COPY", "PROPPATCH"},
		Related: []int{413, 500, 503},
		Constants: Constants{
			Go:     "http.StatusInsufficientStorage",
			Python: "HTTPStatus.INSUFFICIENT_STORAGE",
			Node:   "StatusCodes.INSUFFICIENT_STORAGE",
			Java:   "HttpStatus.INSUFFICIENT_STORAGE",
			Dotnet: "HttpStatusCode.InsufficientStorage",
			Rust:   "StatusCode::INSUFFICIENT_STORAGE",
			Django: "status.HTTP_507_INSUFFICIENT_STORAGE",
			Rails:  ":insufficient_storage",
			PHP:    "Response::HTTP_INSUFFICIENT_STORAGE",
		},
		Situations: []string{
			"insufficient storage",
			"disk full on the server",
			"no space left on device while saving the upload",
			"webdav put fails because the volume is full",
			"webdav collection quota exceeded",
			"mkcol fails for lack of space",
			"cannot store the file, server out of storage",
			"storage backend has no free space for the new file",
			"copy of a folder needs more space than is left",
			"server ki storage full ho gayi",
		},
	},
	{
		Code:   508,
		Name:   "Loop Detected",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 5842, Section 7.2", URL: "https://www.rfc-editor.org/rfc/rfc5842.html#section-7.2"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/508",
		Summary: Text{
			En: "The server stopped a Depth: infinity WebDAV operation that ran into a loop",
			Hi: "WebDAV ka Depth: infinity operation loop mein phas gaya, toh server ne rok diya",
		},
		Description: Text{
			En: "Defined by the WebDAV binding extensions (RFC 5842): the server ended an operation because it met an infinite loop while processing a request with Depth: infinity, and the whole operation failed. " +
				"Bindings let one collection appear under several URLs, so a collection can end up inside itself. " +
				"A client that announces binding support gets 208 Already Reported for repeated members inside a 207 instead; other clients get 508.",
			Hi: "WebDAV binding extensions (RFC 5842) ne define kiya: Depth: infinity wali request process karte waqt server ko infinite loop mila, isliye usne operation rok diya aur poora operation fail hua. " +
				"Bindings se ek collection kai URLs ke neeche dikh sakta hai, isliye collection khud ke andar bhi aa sakta hai. " +
				"Jo client binding support announce karta hai, use 207 ke andar repeated members ke liye 208 Already Reported milta hai; baaki clients ko 508.",
		},
		UseWhen: Text{
			En: "A PROPFIND, COPY or other Depth: infinity request walks into a cycle of bindings and the client has not said it understands 208.",
			Hi: "Jab PROPFIND, COPY ya koi aur Depth: infinity request bindings ke cycle mein phas jaaye aur client ne nahi bataya ki woh 208 samajhta hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 208, When: Text{
				En: "The client sent the DAV: bind request header, so repeats can be reported as 208 inside a 207 Multi-Status",
				Hi: "Client ne DAV: bind request header bheja hai, toh repeats ko 207 Multi-Status ke andar 208 se report kar sakte ho",
			}},
			{Code: 500, When: Text{
				En: "The loop is a bug in your own code, not a cycle in the WebDAV resource tree",
				Hi: "Loop tumhare apne code ka bug hai, WebDAV resource tree ka cycle nahi",
			}},
		},
		Note: Text{
			En: "RFC 5842 is Experimental. Shared hosts running CloudLinux show '508 Resource Limit Is Reached' when an account hits its CPU or process limits: an unrelated reuse of the number, not loop detection.",
			Hi: "RFC 5842 Experimental hai. CloudLinux wale shared hosts account ki CPU ya process limit cross hone pe '508 Resource Limit Is Reached' dikhate hain: yeh number ka alag use hai, loop detection nahi.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable.",
			Hi: "Heuristically cacheable nahi hai.",
		},
		Retry: Text{
			En: "Do not retry unchanged; use a smaller Depth such as 1, or announce binding support so the server can report 208 instead.",
			Hi: "Same request retry mat karo; chhota Depth (jaise 1) use karo, ya binding support announce karo taaki server 208 report kar sake.",
		},
		Methods: []string{"PROPFIND", "COPY", "LOCK"},
		Related: []int{208, 207, 500},
		Constants: Constants{
			Go:     "http.StatusLoopDetected",
			Python: "HTTPStatus.LOOP_DETECTED",
			Java:   "HttpStatus.LOOP_DETECTED",
			Dotnet: "HttpStatusCode.LoopDetected",
			Rust:   "StatusCode::LOOP_DETECTED",
			Django: "status.HTTP_508_LOOP_DETECTED",
			Rails:  ":loop_detected",
			PHP:    "Response::HTTP_LOOP_DETECTED",
		},
		Situations: []string{
			"loop detected",
			"webdav bind loop",
			"propfind with depth infinity hit a cycle",
			"collection contains itself through a binding",
			"infinite loop in a depth infinity operation",
			"copy of a collection that has a bind loop",
			"cyclic bindings in the webdav tree",
			"client did not announce bind support and there is a loop",
			"depth infinity listing kabhi khatam nahi hoti, cycle hai",
		},
	},
	{
		Code:    510,
		Name:    "Not Extended",
		Aliases: []string{"Not Extended (OBSOLETED)"},
		Status:  Obsoleted,
		Spec:    Spec{Ref: "RFC 2774, Section 7", URL: "https://www.rfc-editor.org/rfc/rfc2774.html#section-7"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/510",
		Summary: Text{
			En: "Obsoleted: the request lacked an HTTP extension the server's policy requires",
			Hi: "Obsoleted: request mein woh HTTP extension nahi tha jo server ki policy maange",
		},
		Description: Text{
			En: "Defined by the HTTP Extension Framework (RFC 2774): the policy for accessing the resource was not met, because the request did not declare an extension the server requires. " +
				"The server should send back everything the client needs to issue an extended request; how to do so was left to each extension. " +
				"RFC 2774 has since been moved to Historic, and the IANA registry marks 510 as OBSOLETED.",
			Hi: "HTTP Extension Framework (RFC 2774) ne define kiya: resource access karne ki policy poori nahi hui, kyunki request ne woh extension declare nahi kiya jo server ko chahiye. " +
				"Server ko woh saari information wapas bhejni chahiye jisse client extended request bana sake; yeh kaise ho, woh har extension pe chhoda gaya tha. " +
				"Baad mein RFC 2774 ko Historic bana diya gaya, aur IANA registry 510 ko OBSOLETED mark karti hai.",
		},
		UseWhen: Text{
			En: "Practically never in new systems. It belongs to servers that still implement RFC 2774 mandatory extensions (M- methods with a Man header) and receive a request without the required declaration.",
			Hi: "Naye systems mein practically kabhi nahi. Yeh un servers ke liye hai jo abhi bhi RFC 2774 ke mandatory extensions (Man header ke saath M- methods) implement karte hain aur bina zaroori declaration wali request paate hain.",
		},
		AvoidWhen: []Alternative{
			{Code: 400, When: Text{
				En: "Your API needs a header or parameter the request left out: that is an ordinary client error",
				Hi: "Tumhari API ko koi header ya parameter chahiye jo request mein nahi hai: yeh normal client error hai",
			}},
			{Code: 426, When: Text{
				En: "The client must switch to another protocol, named in an Upgrade header",
				Hi: "Client ko dusre protocol pe switch karna hai, jiska naam Upgrade header mein hai",
			}},
			{Code: 501, When: Text{
				En: "The server does not support the requested method or feature at all",
				Hi: "Server requested method ya feature bilkul support nahi karta",
			}},
		},
		Note: Text{
			En: "OBSOLETED in the IANA registry: RFC 2774 was reclassified as Historic by the IESG in 2021 (status-change-http-experiments-to-historic). Do not use it in new APIs; it is listed so that old logs and libraries make sense.",
			Hi: "IANA registry mein OBSOLETED: IESG ne 2021 mein RFC 2774 ko Historic bana diya (status-change-http-experiments-to-historic). Naye APIs mein ise use mat karo; yeh sirf isliye listed hai taaki purane logs aur libraries samajh aayein.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable.",
			Hi: "Heuristically cacheable nahi hai.",
		},
		Retry: Text{
			En: "RFC 2774 lets the client repeat the request if the 510 names extensions it can add; otherwise show the body to the user, since it may explain the failure.",
			Hi: "RFC 2774 ke hisaab se agar 510 mein woh extensions bataye gaye hain jo client add kar sakta hai, toh request repeat kar sakta hai; warna body user ko dikhao, usme failure ki wajah ho sakti hai.",
		},
		Methods: []string{"GET", "POST", "M-GET", "M-POST"},
		Related: []int{400, 426, 501},
		Constants: Constants{
			Go:     "http.StatusNotExtended",
			Python: "HTTPStatus.NOT_EXTENDED",
			Java:   "HttpStatus.NOT_EXTENDED",
			Dotnet: "HttpStatusCode.NotExtended",
			Rust:   "StatusCode::NOT_EXTENDED",
			Django: "status.HTTP_510_NOT_EXTENDED",
			PHP:    "Response::HTTP_NOT_EXTENDED",
		},
		Situations: []string{
			"not extended",
			"mandatory http extension missing from the request",
			"request lacks a required rfc 2774 extension declaration",
			"server requires a man header declaring the extension",
			"extension policy for the resource not met",
			"proxy stripped the c-man header so the extension was lost",
			"m-get request without the required extension",
			"http extension framework policy not satisfied",
		},
	},
	{
		Code:    511,
		Name:    "Network Authentication Required",
		Aliases: []string{"Network Auth Required"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 6585, Section 6", URL: "https://www.rfc-editor.org/rfc/rfc6585.html#section-6"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/511",
		Summary: Text{
			En: "The network, not the site, wants you to sign in first (captive portal)",
			Hi: "Site nahi, network chahta hai ki pehle sign in karo (captive portal)",
		},
		Description: Text{
			En: "The client has to authenticate to the network before it can reach anything beyond it. " +
				"The code is meant for intercepting proxies such as the captive portals of hotel, airport or café Wi-Fi, and RFC 6585 says origin servers should not send it. " +
				"It lets software that expected the real site, especially non-browser clients, see that the network intercepted the request instead of mistaking the portal page for the answer.",
			Hi: "Client ko aage kuch bhi access karne se pehle network pe authenticate karna padega. " +
				"Yeh code intercepting proxies ke liye hai, jaise hotel, airport ya cafe Wi-Fi ke captive portals, aur RFC 6585 kehta hai ki origin servers ise na bhejein. " +
				"Isse software, khaas kar non-browser clients, samajh paate hain ki network ne request intercept ki hai, aur portal ke page ko asli response nahi samajh lete.",
		},
		UseWhen: Text{
			En: "You build the captive portal or network gateway that intercepts traffic from devices that have not signed in or accepted the terms yet. The body should link to the sign-in page.",
			Hi: "Jab tum woh captive portal ya network gateway bana rahe ho jo un devices ka traffic intercept karta hai jinhone abhi sign in nahi kiya ya terms accept nahi kiye. Body mein sign-in page ka link hona chahiye.",
		},
		AvoidWhen: []Alternative{
			{Code: 401, When: Text{
				En: "The origin server itself needs credentials for the resource; it sends WWW-Authenticate",
				Hi: "Origin server ko khud resource ke liye credentials chahiye; woh WWW-Authenticate bhejta hai",
			}},
			{Code: 407, When: Text{
				En: "A proxy the client deliberately uses asks for proxy credentials with Proxy-Authenticate",
				Hi: "Jo proxy client jaan-boojh ke use karta hai, woh Proxy-Authenticate se proxy credentials maangta hai",
			}},
		},
		Note: Text{
			En: "The body SHOULD link to the page where the user can sign in, and SHOULD NOT contain the login form or an authentication challenge itself, because browsers would present it as part of the URL the user asked for.",
			Hi: "Body mein us page ka link hona chahiye (SHOULD) jahan user sign in kar sake, aur login form ya authentication challenge khud nahi hona chahiye (SHOULD NOT), kyunki browser use user ke maange hue URL ka hissa dikhayega.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Responses with 511 MUST NOT be stored by a cache (RFC 6585), so the portal page never takes the place of a real site in any cache.",
			Hi: "511 wale responses cache ko store nahi karne hain (MUST NOT, RFC 6585), taaki portal ka page kisi bhi cache mein asli site ki jagah na le le.",
		},
		Retry: Text{
			En: "Sign in or accept the terms on the network's portal page, then repeat the request; retrying before that gets the same 511.",
			Hi: "Network ke portal page pe sign in karo ya terms accept karo, phir request repeat karo; usse pehle retry karoge toh wahi 511 milega.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{401, 407, 403},
		Constants: Constants{
			Go:     "http.StatusNetworkAuthenticationRequired",
			Python: "HTTPStatus.NETWORK_AUTHENTICATION_REQUIRED",
			Node:   "StatusCodes.NETWORK_AUTHENTICATION_REQUIRED",
			Java:   "HttpStatus.NETWORK_AUTHENTICATION_REQUIRED",
			Dotnet: "HttpStatusCode.NetworkAuthenticationRequired",
			Rust:   "StatusCode::NETWORK_AUTHENTICATION_REQUIRED",
			Django: "status.HTTP_511_NETWORK_AUTHENTICATION_REQUIRED",
			Rails:  ":network_authentication_required",
			PHP:    "Response::HTTP_NETWORK_AUTHENTICATION_REQUIRED",
		},
		Situations: []string{
			"captive portal",
			"network authentication required",
			"wifi login page intercepts requests",
			"hotel wifi asks me to accept the terms first",
			"hotspot requires sign in before internet access",
			"airport wifi sends my api calls to a login page",
			"app gets html instead of json on public wifi",
			"network operator wants the device to log in",
			"intercepting proxy needs the user to sign in to the network",
			"cafe wifi pe pehle login karna padega",
		},
	},
}
