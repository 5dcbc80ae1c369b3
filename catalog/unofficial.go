package catalog

// unofficial: codes the IANA registry does not hold, as products and vendors
// use them. One number with several meanings has one entry per origin.
var unofficial = []Entry{
	{
		Code:   218,
		Name:   "This Is Fine",
		Status: Unofficial,
		Origin: "Apache HTTP Server (attributed)",
		Summary: Text{
			En: "Joke success code said to mask an upstream error behind an Apache proxy",
			Hi: "Mazaak wala success code, kehte hain Apache proxy upstream error chhupa deta hai",
		},
		Description: Text{
			En: "Lists of status codes describe 218 as what Apache HTTP Server sends when ProxyErrorOverride is on and the backend failed, so the client gets a 2xx while the real error stays hidden. " +
				"The name comes from the \"This is fine\" meme of a dog sitting calmly in a burning room. " +
				"No one has shown such a code in Apache's documentation or source, so treat the attribution as folklore and 218 as a code some server or app chose for itself.",
			Hi: "Status code ki lists mein 218 ko aise describe karte hain ki jab Apache HTTP Server mein ProxyErrorOverride on ho aur backend fail ho jaaye, toh client ko 2xx milta hai aur asli error chhup jaata hai. " +
				"Naam \"This is fine\" meme se aaya hai, jisme kutta jalte hue kamre mein aaram se baitha hai. " +
				"Lekin Apache ke documentation ya source mein aisa code kisi ne dikhaya nahi hai, toh is attribution ko folklore samjho aur 218 ko kisi server ya app ka apna banaya hua code.",
		},
		UseWhen: Text{
			En: "Never send it. When you meet it, read it as \"something behind a proxy failed but the response claims success\" and look at the upstream and proxy logs.",
			Hi: "Khud kabhi mat bhejo. Agar dikhe toh samjho ki proxy ke peeche kuch fail hua hai lekin response success bata raha hai, aur upstream aur proxy ke logs dekho.",
		},
		AvoidWhen: []Alternative{
			{Code: 502, When: Text{
				En: "You are a proxy or gateway and the upstream sent an invalid response or failed",
				Hi: "Tum proxy ya gateway ho aur upstream ne invalid response diya ya fail ho gaya",
			}},
			{Code: 200, When: Text{
				En: "The request really succeeded and the body holds the result",
				Hi: "Request sach mein successful hai aur body mein result hai",
			}},
			{Code: 500, When: Text{
				En: "Your own server failed while handling the request",
				Hi: "Tumhara apna server request handle karte waqt fail ho gaya",
			}},
		},
		Note: Text{
			En: "The Apache attribution has no source in Apache's documentation or code; a 2xx that hides an error fools monitoring, retries and caches alike.",
			Hi: "Apache wali baat ka Apache ke docs ya code mein koi source nahi hai; error chhupane wala 2xx monitoring, retry aur cache sabko bewakoof banata hai.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; a cache keeps it only with explicit freshness, which is one more reason not to dress errors as success.",
			Hi: "Heuristically cacheable nahi hai; explicit freshness ho tabhi cache rakhega, isliye bhi error ko success bana ke mat bhejo.",
		},
		Retry: Text{
			En: "Treat it as a failure of the upstream: retry idempotent requests after a short wait, and check the upstream first.",
			Hi: "Isko upstream ka failure samjho: idempotent requests thoda ruk ke retry karo, aur pehle upstream check karo.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{200, 502, 500},
		Situations: []string{
			"got a 218 this is fine status",
			"apache proxy answered 218",
			"response code 218 from the server",
			"monitoring shows 218 but the backend errored",
			"proxyerroroverride hides the upstream error",
			"apache answers this is fine for an upstream error",
			"apache proxyerroroverride masks backend failures",
			"this is fine status in apache access logs",
		},
	},
	{
		Code:    419,
		Name:    "Page Expired",
		Aliases: []string{"CSRF Token Mismatch", "Authentication Timeout"},
		Status:  Unofficial,
		Origin:  "Laravel",
		Spec: Spec{
			Ref: "Laravel framework source, Illuminate/Foundation/Exceptions/Handler.php",
			URL: "https://github.com/laravel/framework/blob/master/src/Illuminate/Foundation/Exceptions/Handler.php",
		},
		Summary: Text{
			En: "Laravel rejected a form or AJAX post whose CSRF token was missing or stale",
			Hi: "Laravel ne form ya AJAX post reject kiya kyunki CSRF token missing ya purana tha",
		},
		Description: Text{
			En: "Laravel's CSRF middleware (VerifyCsrfToken, ValidateCsrfToken since Laravel 11) throws a TokenMismatchException when a state-changing request carries no token or one that does not match the session. " +
				"The framework's exception handler turns that exception into an HTTP 419 and shows the \"Page Expired\" error page, or for JSON requests a \"CSRF token mismatch.\" message. " +
				"The usual causes are an expired session, a form left open too long, a missing @csrf field or X-CSRF-TOKEN header, or session cookies that are not sent back.",
			Hi: "Laravel ka CSRF middleware (VerifyCsrfToken, Laravel 11 se ValidateCsrfToken) TokenMismatchException throw karta hai jab state badalne wali request mein token nahi hota ya session wale token se match nahi karta. " +
				"Framework ka exception handler is exception ko HTTP 419 bana deta hai aur \"Page Expired\" page dikhata hai, ya JSON request ho toh \"CSRF token mismatch.\" message deta hai. " +
				"Aam wajah: session expire ho gaya, form bahut der khula raha, @csrf field ya X-CSRF-TOKEN header missing hai, ya session cookie wapas nahi ja rahi.",
		},
		UseWhen: Text{
			En: "Expect it from a Laravel app on POST, PUT, PATCH or DELETE with a bad CSRF token. In your own API, answer a failed CSRF check with 403 instead.",
			Hi: "Laravel app se POST, PUT, PATCH ya DELETE pe galat CSRF token ho toh yeh milega. Apni API mein CSRF check fail ho toh 403 bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 403, When: Text{
				En: "You build your own API and a CSRF or anti-forgery check fails",
				Hi: "Tum apni API bana rahe ho aur CSRF ya anti-forgery check fail hua",
			}},
			{Code: 401, When: Text{
				En: "The session or token expired and the client must log in again",
				Hi: "Session ya token expire ho gaya aur client ko dobara login karna hai",
			}},
		},
		Note: Text{
			En: "The number is not registered; other tools may use 419 differently, and Spring's HttpStatus lists 419 as the deprecated Insufficient Space On Resource.",
			Hi: "Yeh number registered nahi hai; dusre tools 419 ko alag matlab mein use kar sakte hain, aur Spring ke HttpStatus mein 419 deprecated Insufficient Space On Resource hai.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default, and a response tied to one session should never be stored in a shared cache.",
			Hi: "Default mein cacheable nahi hai, aur ek session se juda response shared cache mein kabhi store nahi hona chahiye.",
		},
		Retry: Text{
			En: "Do not resend as is: reload the page or fetch a fresh token (for SPAs, the XSRF-TOKEN cookie) and submit again.",
			Hi: "Waisi hi request dobara mat bhejo: page reload karo ya naya token lo (SPA ke liye XSRF-TOKEN cookie) aur phir submit karo.",
		},
		Methods: []string{"POST", "PUT", "PATCH", "DELETE"},
		Related: []int{403, 401, 440},
		Situations: []string{
			"laravel returns 419 page expired",
			"csrf token mismatch in laravel",
			"laravel form post fails after the page was open for hours",
			"axios post to laravel gets 419",
			"419 after the laravel session expired",
			"forgot @csrf in the blade form",
			"laravel ajax request missing x-csrf-token header",
			"laravel session token mismatch on form submit",
			"laravel sanctum spa gets page expired on post",
		},
	},
	{
		Code:   420,
		Name:   "Method Failure",
		Status: Unofficial,
		Origin: "Spring Framework",
		Spec: Spec{
			Ref: "Spring Framework source, org.springframework.http.HttpStatus",
			URL: "https://github.com/spring-projects/spring-framework/blob/main/spring-web/src/main/java/org/springframework/http/HttpStatus.java",
		},
		Summary: Text{
			En: "Old WebDAV draft code that Spring still lists as a deprecated constant",
			Hi: "Purane WebDAV draft ka code jo Spring mein ab bhi deprecated constant hai",
		},
		Description: Text{
			En: "Early drafts of WebDAV defined 420 Method Failure for a method that failed; later drafts dropped it before RFC 2518 was published, and the closest registered code is 424 Failed Dependency. " +
				"Spring's HttpStatus enum kept METHOD_FAILURE(420) and marks it deprecated with a link to those draft changes, and npm's http-status-codes copies it. " +
				"A 420 from a Spring service therefore means someone returned that deprecated constant on purpose.",
			Hi: "WebDAV ke shuru ke drafts mein 420 Method Failure tha, jab koi method fail ho jaaye; RFC 2518 publish hone se pehle hi baad ke drafts ne ise hata diya, aur sabse kareeb registered code 424 Failed Dependency hai. " +
				"Spring ke HttpStatus enum mein METHOD_FAILURE(420) ab bhi hai, deprecated mark karke, aur npm ka http-status-codes bhi ise copy karta hai. " +
				"Toh Spring service se 420 aaye matlab kisi ne jaan-boojh ke yeh deprecated constant return kiya hai.",
		},
		UseWhen: Text{
			En: "Do not use it in new code; read a 420 from a Spring app as \"the operation failed\" and check its error body.",
			Hi: "Naye code mein use mat karo; Spring app se 420 aaye toh \"operation fail hua\" samjho aur error body check karo.",
		},
		AvoidWhen: []Alternative{
			{Code: 424, When: Text{
				En: "The method failed because an action it depended on failed (WebDAV)",
				Hi: "Method isliye fail hua kyunki jis action pe depend tha woh fail ho gaya (WebDAV)",
			}},
			{Code: 422, When: Text{
				En: "The request is well-formed but the server cannot carry out its instructions",
				Hi: "Request sahi format mein hai lekin server uske instructions pure nahi kar sakta",
			}},
			{Code: 500, When: Text{
				En: "The server hit an unexpected error while running the method",
				Hi: "Method chalate waqt server ko unexpected error aaya",
			}},
		},
		Note: Text{
			En: "Deprecated in Spring; the same number means Enhance Your Calm at Twitter, so clients cannot tell the two apart from the code alone.",
			Hi: "Spring mein deprecated hai; Twitter pe isi number ka matlab Enhance Your Calm tha, toh sirf code dekh ke client dono mein farq nahi kar sakta.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; caches store it only with explicit freshness, which error responses should not carry.",
			Hi: "Heuristically cacheable nahi hai; explicit freshness ho tabhi cache store karega, aur error response mein woh nahi hona chahiye.",
		},
		Retry: Text{
			En: "Do not retry unchanged; find out why the operation failed first.",
			Hi: "Bina badle retry mat karo; pehle pata karo operation kyun fail hua.",
		},
		Methods: []string{"POST", "PUT", "PATCH", "DELETE"},
		Related: []int{424, 422, 500},
		Constants: Constants{
			Node: "StatusCodes.METHOD_FAILURE",
			Java: "HttpStatus.METHOD_FAILURE",
		},
		Situations: []string{
			"spring boot returned 420 method failure",
			"httpstatus.method_failure is deprecated",
			"what is 420 in spring httpstatus",
			"java service answers 420 instead of 424",
			"spring method failure status in the logs",
			"legacy spring app answers method failure after an error",
			"spring httpstatus deprecated method failure constant",
		},
	},
	{
		Code:   420,
		Name:   "Enhance Your Calm",
		Status: Unofficial,
		Origin: "Twitter (API v1, retired)",
		Summary: Text{
			En: "Twitter's old rate-limit code: slow down, you are sending too many requests",
			Hi: "Twitter ka purana rate-limit code: dheere chalo, bahut requests bhej rahe ho",
		},
		Description: Text{
			En: "From January 2010 the Twitter Search API answered 420 when a client went over its rate limit, and the streaming API used it for clients that connected too often. " +
				"API v1.1 moved the REST endpoints to the registered 429 Too Many Requests, and the v1 APIs that sent 420 have since been retired. " +
				"The phrase comes from the film Demolition Man.",
			Hi: "January 2010 se Twitter Search API rate limit cross hone pe 420 bhejta tha, aur streaming API bhi baar baar connect karne wale clients ko yahi deta tha. " +
				"API v1.1 ne REST endpoints ke liye registered 429 Too Many Requests apna liya, aur 420 bhejne wale v1 APIs ab band ho chuke hain. " +
				"Yeh phrase Demolition Man film se aaya hai.",
		},
		UseWhen: Text{
			En: "Only when reading old Twitter clients or logs. For rate limiting in your own API, send 429 with Retry-After.",
			Hi: "Sirf purane Twitter clients ya logs padhte waqt. Apni API mein rate limiting ke liye Retry-After ke saath 429 bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 429, When: Text{
				En: "A client sent too many requests in a given time and must slow down",
				Hi: "Client ne ek time window mein bahut zyada requests bheji aur use dheere chalna hai",
			}},
			{Code: 503, When: Text{
				En: "The whole service is overloaded or down, whoever the client is",
				Hi: "Poori service overloaded ya down hai, client chahe koi bhi ho",
			}},
		},
		Note: Text{
			En: "Retired with Twitter API v1; the same number means Method Failure in Spring, so 420 alone is ambiguous.",
			Hi: "Twitter API v1 ke saath retire ho gaya; Spring mein isi number ka matlab Method Failure hai, toh akela 420 confusing hai.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; a rate-limit answer concerns one client at one moment and must not be stored for others.",
			Hi: "Default mein cacheable nahi; rate-limit wala jawab ek client aur ek waqt ka hota hai, dusron ke liye store nahi hona chahiye.",
		},
		Retry: Text{
			En: "Back off: Twitter advised waiting and doubling the wait while 420s continued, then ramping up slowly.",
			Hi: "Back off karo: Twitter kehta tha ruko, aur jab tak 420 aata rahe wait double karte raho, phir dheere dheere speed badhao.",
		},
		Methods: []string{"GET"},
		Related: []int{429, 503},
		Situations: []string{
			"twitter api returns 420 enhance your calm",
			"old twitter streaming client got 420",
			"420 from twitter search api",
			"legacy twitter bot keeps hitting 420",
			"twitter rate limited my app with enhance your calm",
			"twitter streaming api says too many connections",
			"old twitter api tells my bot to calm down",
		},
	},
	{
		Code:    430,
		Name:    "Request Header Fields Too Large (Shopify)",
		Aliases: []string{"Shopify 430"},
		Status:  Unofficial,
		Origin:  "Shopify (storefront, legacy)",
		Summary: Text{
			En: "Old Shopify storefront answer when too many URLs were requested too quickly",
			Hi: "Shopify storefront ka purana jawab jab bahut jaldi bahut saare URLs maange gaye",
		},
		Description: Text{
			En: "Shopify storefronts once sent 430 with the reason phrase Request Header Fields Too Large when a client fetched too many URLs within a short time. " +
				"Despite the phrase, the condition was request volume, not header size, so it behaved like a rate limit. " +
				"Lists of status codes describe this use as deprecated; Shopify's current documentation gives 430 the meaning Shopify Security Rejection.",
			Hi: "Shopify storefronts pehle 430 bhejte the, reason phrase Request Header Fields Too Large ke saath, jab client thode time mein bahut zyada URLs fetch karta tha. " +
				"Phrase kuch bhi kahe, asli baat request ki quantity thi, header size nahi, toh yeh rate limit jaisa behave karta tha. " +
				"Status code lists ise deprecated batati hain; Shopify ke current docs mein 430 ka matlab Shopify Security Rejection hai.",
		},
		UseWhen: Text{
			En: "Only when reading old crawler or storefront logs. For rate limiting send 429; for really oversized headers send 431.",
			Hi: "Sirf purane crawler ya storefront logs padhte waqt. Rate limiting ke liye 429 bhejo; sach mein bade headers ke liye 431.",
		},
		AvoidWhen: []Alternative{
			{Code: 429, When: Text{
				En: "The client made too many requests in a time window",
				Hi: "Client ne ek time window mein bahut zyada requests kar di",
			}},
			{Code: 431, When: Text{
				En: "The request's header fields really are too large",
				Hi: "Request ke header fields sach mein bahut bade hain",
			}},
		},
		Note: Text{
			En: "Its reason phrase copies 431's name but the cause is request rate; a client that trusts the phrase will trim headers for nothing.",
			Hi: "Iska reason phrase 431 ka naam copy karta hai lekin wajah request rate hai; phrase pe bharosa karne wala client bekaar mein headers chhote karega.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; a throttling answer must not be stored and replayed to other clients.",
			Hi: "Default mein cacheable nahi; throttling wala jawab store karke dusre clients ko nahi dena chahiye.",
		},
		Retry: Text{
			En: "Slow down and retry later with backoff, as for 429.",
			Hi: "Speed kam karo aur backoff ke saath baad mein retry karo, jaise 429 mein karte ho.",
		},
		Methods: []string{"GET"},
		Related: []int{429, 431},
		Situations: []string{
			"shopify store returns 430 request header fields too large",
			"crawler gets 430 from a shopify storefront",
			"scraping a shopify site too fast gives 430",
			"430 from shopify but headers are small",
			"shopify throttles a crawler with a header error",
			"shopify storefront blocks rapid page requests",
		},
	},
	{
		Code:   430,
		Name:   "Shopify Security Rejection",
		Status: Unofficial,
		Origin: "Shopify",
		Spec: Spec{
			Ref: "Shopify API response status and error codes",
			URL: "https://shopify.dev/docs/api/usage/response-codes",
		},
		Summary: Text{
			En: "Shopify rejected the request because it looked malicious or bot-like",
			Hi: "Shopify ne request reject ki kyunki woh malicious ya bot jaisi lagi",
		},
		Description: Text{
			En: "Shopify answers 430 when its security layer flags a request as possibly malicious, for example traffic that looks like an unidentified bot. " +
				"Server-side Storefront API calls commonly meet it when they do not pass the buyer's IP in the Shopify-Storefront-Buyer-IP header, so all traffic appears to come from one server. " +
				"It is Shopify's own code, documented in its API response codes list.",
			Hi: "Shopify 430 tab bhejta hai jab uski security layer kisi request ko malicious ho sakne wali maan leti hai, jaise unidentified bot jaisa traffic. " +
				"Server-side Storefront API calls ko yeh aksar milta hai jab woh Shopify-Storefront-Buyer-IP header mein buyer ka IP nahi bhejte, toh saara traffic ek hi server se aata dikhta hai. " +
				"Yeh Shopify ka apna code hai, unki API response codes list mein documented.",
		},
		UseWhen: Text{
			En: "Expect it from Shopify when its security checks reject a client. In your own API, refuse such requests with 403, or 429 if it is about volume.",
			Hi: "Shopify ke security checks client ko reject karein toh yeh milega. Apni API mein aisi request ko 403 se mana karo, ya volume ki baat ho toh 429.",
		},
		AvoidWhen: []Alternative{
			{Code: 403, When: Text{
				En: "You refuse a request on security grounds in your own API",
				Hi: "Tum apni API mein security ki wajah se request mana kar rahe ho",
			}},
			{Code: 429, When: Text{
				En: "The client is simply sending too many requests",
				Hi: "Client bas bahut zyada requests bhej raha hai",
			}},
		},
		Note: Text{
			En: "Shopify also used 430 for storefront throttling with the phrase Request Header Fields Too Large; read the body to tell which one you got.",
			Hi: "Shopify ne 430 ko storefront throttling ke liye bhi use kiya tha, phrase Request Header Fields Too Large ke saath; body padh ke pata karo kaunsa mila.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; a security verdict about one client must never be stored for others.",
			Hi: "Default mein cacheable nahi; ek client ke baare mein security faisla dusron ke liye kabhi store nahi hona chahiye.",
		},
		Retry: Text{
			En: "Do not retry unchanged: identify the client properly (buyer IP header, real user agent, lower rate) and then try again.",
			Hi: "Bina badle retry mat karo: pehle client ki sahi pehchaan bhejo (buyer IP header, asli user agent, kam rate), phir try karo.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{403, 429},
		Situations: []string{
			"shopify returns 430 security rejection",
			"storefront api call from my server gets 430",
			"shopify flags my requests as malicious",
			"missing shopify-storefront-buyer-ip header gives 430",
			"shopify blocked my bot with 430",
			"shopify storefront api rejects server side requests",
			"shopify bot protection blocks my app",
		},
	},
	{
		Code:    440,
		Name:    "Login Time-out",
		Aliases: []string{"Login Timeout"},
		Status:  Unofficial,
		Origin:  "Microsoft IIS",
		Summary: Text{
			En: "IIS or Outlook Web App says the login session expired; sign in again",
			Hi: "IIS ya Outlook Web App: login session expire ho gaya, dobara sign in karo",
		},
		Description: Text{
			En: "Microsoft IIS-hosted applications, most visibly Exchange's Outlook Web App (OWA), answer 440 when the client's session has timed out. " +
				"It tells the browser that the user must authenticate again before the request can go through. " +
				"Only Microsoft's stack uses it; the registered way to say the same thing is 401 with a WWW-Authenticate challenge.",
			Hi: "Microsoft IIS pe chalne wali applications, sabse zyada Exchange ka Outlook Web App (OWA), 440 bhejti hain jab client ka session time out ho jaata hai. " +
				"Matlab user ko dobara authenticate karna padega tabhi request aage jaayegi. " +
				"Sirf Microsoft ka stack ise use karta hai; registered tareeka 401 hai, WWW-Authenticate challenge ke saath.",
		},
		UseWhen: Text{
			En: "Expect it from IIS or Exchange/OWA after a session timeout. In your own API, send 401 when the session or token has expired.",
			Hi: "IIS ya Exchange/OWA se session timeout ke baad yeh milega. Apni API mein session ya token expire ho toh 401 bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 401, When: Text{
				En: "The client's credentials or session expired and it must authenticate again",
				Hi: "Client ke credentials ya session expire ho gaye aur use dobara authenticate karna hai",
			}},
			{Code: 408, When: Text{
				En: "The client took too long to send the request itself",
				Hi: "Client ne request bhejne mein hi bahut der laga di",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; a session-specific answer must stay out of shared caches.",
			Hi: "Default mein cacheable nahi; session-specific jawab shared cache se bahar rehna chahiye.",
		},
		Retry: Text{
			En: "Log in again, then repeat the request.",
			Hi: "Dobara login karo, phir request repeat karo.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{401, 419, 408},
		Situations: []string{
			"outlook web app returns 440 login timeout",
			"owa session expired with 440",
			"iis sends 440 after idle time",
			"exchange 440 login time-out",
			"iis login session timed out",
			"exchange owa asks to log in again after idle",
			"sharepoint on iis session timeout",
			"outlook web access session timed out",
		},
	},
	{
		Code:    444,
		Name:    "No Response",
		Aliases: []string{"Connection Closed Without Response", "NGX_HTTP_CLOSE"},
		Status:  Unofficial,
		Origin:  "nginx",
		Spec: Spec{
			Ref: "nginx source, src/http/ngx_http_request.h (NGX_HTTP_CLOSE)",
			URL: "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h",
		},
		Summary: Text{
			En: "nginx closed the connection without sending any response at all",
			Hi: "nginx ne bina koi response bheje connection band kar diya",
		},
		Description: Text{
			En: "444 is nginx's special code, NGX_HTTP_CLOSE, for dropping a connection: `return 444;` makes nginx close it without writing a status line, headers or body. " +
				"Admins use it to shed unwanted traffic such as requests for unknown hosts, scanners and abusive bots. " +
				"The number exists only inside nginx and its access log; the client just sees the connection end.",
			Hi: "444 nginx ka special code hai, NGX_HTTP_CLOSE, connection giraane ke liye: `return 444;` se nginx bina status line, headers ya body likhe connection band kar deta hai. " +
				"Admins ise faltu traffic hataane ke liye use karte hain, jaise unknown host wali requests, scanners aur abusive bots. " +
				"Yeh number sirf nginx ke andar aur uske access log mein hota hai; client ko bas connection khatam hota dikhta hai.",
		},
		UseWhen: Text{
			En: "In nginx config, to drop traffic you do not want to answer at all, such as requests to a default server with an unknown Host.",
			Hi: "nginx config mein, jab kisi traffic ko bilkul jawab hi nahi dena, jaise default server pe unknown Host wali requests.",
		},
		AvoidWhen: []Alternative{
			{Code: 403, When: Text{
				En: "The client should learn that it is refused",
				Hi: "Client ko pata chalna chahiye ki use mana kiya gaya hai",
			}},
			{Code: 421, When: Text{
				En: "The request reached a server that is not configured for its host",
				Hi: "Request aise server pe pahunchi jo us host ke liye configured nahi hai",
			}},
			{Code: 429, When: Text{
				En: "A well-behaved client is only sending too much and should slow down",
				Hi: "Theek-thaak client bas zyada bhej raha hai aur use dheere chalna chahiye",
			}},
		},
		Note: Text{
			En: "Never reaches the client: nothing is sent, so curl reports \"Empty reply from server\" and browsers show a connection error; only nginx's access log shows 444.",
			Hi: "Client tak kabhi nahi pahunchta: kuch bheja hi nahi jaata, toh curl \"Empty reply from server\" dikhata hai aur browser connection error; 444 sirf nginx ke access log mein dikhta hai.",
		},
		ContentAllowed: false,
		Cacheable:      false,
		Caching: Text{
			En: "Nothing to cache: no response is sent.",
			Hi: "Cache karne ko kuch hai hi nahi: koi response bheja hi nahi jaata.",
		},
		Retry: Text{
			En: "Retrying the same request gets the same silence; change what the rule matches (host, path, client) or ask the site owner.",
			Hi: "Same request retry karoge toh phir wahi khamoshi milegi; jo rule match ho raha hai (host, path, client) use badlo ya site owner se poochho.",
		},
		Methods: []string{"GET", "POST", "HEAD"},
		Related: []int{499, 403, 421},
		Situations: []string{
			"nginx return 444 to drop bots",
			"access log shows 444 for scanner requests",
			"close the connection without a response in nginx",
			"curl says empty reply from server behind nginx",
			"drop requests with an unknown host header in nginx",
			"silently drop bad traffic without answering",
			"nginx closes the connection without sending anything",
			"nginx blocks a bad user agent with no reply",
		},
	},
	{
		Code:    449,
		Name:    "Retry With",
		Aliases: []string{"Reply With"},
		Status:  Unofficial,
		Origin:  "Microsoft IIS",
		Spec: Spec{
			Ref: "[MS-WDV] WebDAV Protocol: Client Extensions, Section 2.2.6",
			URL: "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100",
		},
		Summary: Text{
			En: "Microsoft extension: the server needs more information, repeat the request",
			Hi: "Microsoft extension: server ko aur information chahiye, request dobara bhejo",
		},
		Description: Text{
			En: "Microsoft's WebDAV client extensions ([MS-WDV]) define 449 Retry With for a request that cannot be satisfied because the client did not send enough information. " +
				"The server includes an Ms-Echo-Request header, and a client that supports the extension repeats the request with a matching Ms-Echo-Reply header. " +
				"Exchange ActiveSync also answers 449 when a device must run the Provision command and apply the current policy before it may sync.",
			Hi: "Microsoft ke WebDAV client extensions ([MS-WDV]) 449 Retry With define karte hain, jab request isliye poori nahi ho sakti kyunki client ne kaafi information nahi bheji. " +
				"Server Ms-Echo-Request header bhejta hai, aur extension support karne wala client request ko matching Ms-Echo-Reply header ke saath dobara bhejta hai. " +
				"Exchange ActiveSync bhi 449 bhejta hai jab device ko sync se pehle Provision command chala ke current policy apply karni ho.",
		},
		UseWhen: Text{
			En: "Only between Microsoft WebDAV or Exchange ActiveSync clients and servers that implement the extension. Elsewhere, say what is missing with 400 or 428.",
			Hi: "Sirf Microsoft WebDAV ya Exchange ActiveSync ke clients aur servers ke beech jo extension implement karte hain. Baaki jagah, kya missing hai woh 400 ya 428 se batao.",
		},
		AvoidWhen: []Alternative{
			{Code: 400, When: Text{
				En: "The request lacks a required field or parameter and the client should fix it",
				Hi: "Request mein zaroori field ya parameter missing hai aur client ko theek karna hai",
			}},
			{Code: 428, When: Text{
				En: "The server requires the request to be conditional (If-Match and the like)",
				Hi: "Server chahta hai ki request conditional ho (If-Match waghera)",
			}},
		},
		Note: Text{
			En: "A client that does not know the extension treats 449 like 400, as for any unknown 4xx.",
			Hi: "Jo client extension nahi jaanta woh 449 ko 400 jaisa treat karta hai, jaise kisi bhi unknown 4xx ko.",
		},
		Headers: []Header{
			{Name: "Ms-Echo-Request", Requirement: Required, Note: Text{
				En: "[MS-WDV]: the server MUST include it; the client echoes its value back in Ms-Echo-Reply on the retried request",
				Hi: "[MS-WDV]: server ko ise bhejna hi hai; client retry wali request mein iski value Ms-Echo-Reply mein wapas bhejta hai",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; it asks for a repeat of one specific request.",
			Hi: "Default mein cacheable nahi; yeh ek specific request ko dobara bhejne ko kehta hai.",
		},
		Retry: Text{
			En: "Retry at once with the information asked for (Ms-Echo-Reply, or after a Provision command for ActiveSync); [MS-WDV] says the client MUST repeat the request.",
			Hi: "Maangi gayi information ke saath turant retry karo (Ms-Echo-Reply, ya ActiveSync mein Provision command ke baad); [MS-WDV] kehta hai client ko request repeat karni hi hai.",
		},
		Methods: []string{"PUT", "POST", "PROPFIND"},
		Related: []int{400, 428},
		Situations: []string{
			"exchange activesync returns 449",
			"device must provision before sync",
			"webdav server answers 449 retry with",
			"ms-echo-request header in the response",
			"activesync foldersync gets 449",
			"iis asks to retry with the missing information",
			"exchange activesync provisioning required, retry with a policy key",
		},
	},
	{
		Code:   450,
		Name:   "Blocked by Windows Parental Controls",
		Status: Unofficial,
		Origin: "Microsoft Windows",
		Summary: Text{
			En: "Windows Parental Controls (Family Safety) blocked access to the page",
			Hi: "Windows Parental Controls (Family Safety) ne page ka access block kar diya",
		},
		Description: Text{
			En: "Microsoft uses 450 when Windows Parental Controls are on and block the requested web page. " +
				"The code comes from the local filtering feature, not from the website, so the site never saw the request refused. " +
				"It is a Microsoft extension that other software does not send.",
			Hi: "Microsoft 450 tab use karta hai jab Windows Parental Controls on hain aur maange gaye web page ko block kar dete hain. " +
				"Yeh code local filtering feature se aata hai, website se nahi, toh site ko pata bhi nahi chalta ki request roki gayi. " +
				"Yeh Microsoft ka extension hai, dusre software ise nahi bhejte.",
		},
		UseWhen: Text{
			En: "Expect it on Windows machines with parental controls. A service that refuses content by policy should send 403, or 451 for legal demands.",
			Hi: "Parental controls wali Windows machines pe yeh milega. Jo service policy ki wajah se content mana kare use 403 bhejna chahiye, ya legal demand ho toh 451.",
		},
		AvoidWhen: []Alternative{
			{Code: 403, When: Text{
				En: "Your server refuses the content by its own policy",
				Hi: "Tumhara server apni policy se content mana kar raha hai",
			}},
			{Code: 451, When: Text{
				En: "Access is refused because of a legal demand",
				Hi: "Access legal demand ki wajah se mana hai",
			}},
		},
		Note: Text{
			En: "Produced on the client machine by the filter; fix it in the Windows family settings, not on the server.",
			Hi: "Yeh client machine pe filter banata hai; ise Windows family settings mein theek karo, server pe nahi.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; the block concerns one user's settings.",
			Hi: "Default mein cacheable nahi; block ek user ki settings se juda hai.",
		},
		Retry: Text{
			En: "Retrying changes nothing until a parent or admin allows the site.",
			Hi: "Jab tak parent ya admin site allow na kare, retry se kuch nahi badlega.",
		},
		Methods: []string{"GET"},
		Related: []int{403, 451},
		Situations: []string{
			"windows parental controls block the site with 450",
			"450 blocked by windows parental controls",
			"family safety filter blocks a page",
			"kid's windows account can't open a website",
			"microsoft family safety blocks a site",
			"windows parental controls web filter denies the page",
		},
	},
	{
		Code:   460,
		Name:   "Client Closed Connection",
		Status: Unofficial,
		Origin: "AWS Elastic Load Balancing",
		Spec: Spec{
			Ref: "Troubleshoot your Application Load Balancers, HTTP 460",
			URL: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-460-issues",
		},
		Summary: Text{
			En: "ALB logged that the client hung up before the load balancer's idle timeout",
			Hi: "ALB ne log kiya: idle timeout se pehle hi client ne connection band kar diya",
		},
		Description: Text{
			En: "An Application Load Balancer records 460 when it had received a request but the client closed its connection before the load balancer's idle timeout elapsed. " +
				"The usual reason is a client timeout shorter than the time the target needs to respond. " +
				"It is the load balancer's counterpart of nginx's 499.",
			Hi: "Application Load Balancer 460 record karta hai jab request aa chuki thi lekin client ne load balancer ke idle timeout se pehle hi connection band kar diya. " +
				"Aam wajah yeh hai ki client ka timeout target ke response time se chhota hai. " +
				"Yeh nginx ke 499 jaisa hi hai, bas load balancer ka.",
		},
		UseWhen: Text{
			En: "Read it in ALB access logs and the HTTPCode_ELB_4XX_Count metric; it is never something to send.",
			Hi: "Ise ALB access logs aur HTTPCode_ELB_4XX_Count metric mein padho; yeh bhejne wali cheez nahi hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 504, When: Text{
				En: "The target did not respond in time and the client is still waiting for an answer",
				Hi: "Target ne time pe jawab nahi diya aur client abhi bhi jawab ka wait kar raha hai",
			}},
			{Code: 408, When: Text{
				En: "The client is the slow side and did not finish sending its request",
				Hi: "Client hi slow hai aur apni request bhejna poora nahi kiya",
			}},
		},
		Note: Text{
			En: "Logged only: the client has already gone, so no one receives the 460; make the target faster or raise the client timeout.",
			Hi: "Sirf log hota hai: client pehle hi ja chuka hai, toh 460 kisi ko milta nahi; target ko fast karo ya client ka timeout badhao.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Nothing reaches a cache: the client is gone before any response.",
			Hi: "Cache tak kuch nahi pahunchta: response se pehle hi client ja chuka hota hai.",
		},
		Retry: Text{
			En: "It is the client that gave up; if the work matters, retry with a longer client timeout, idempotent requests only.",
			Hi: "Client ne khud haar maani; kaam zaroori hai toh lambe client timeout ke saath retry karo, sirf idempotent requests.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{499, 504, 408},
		Situations: []string{
			"alb access logs show 460",
			"aws load balancer 460 client closed connection",
			"client timeout shorter than the alb idle timeout",
			"httpcode_elb_4xx_count rising with 460",
			"elb_status_code 460 in the logs",
			"aws alb client disconnected before the target responded",
			"aws elb logs client closed connection for slow requests",
		},
	},
	{
		Code:    463,
		Name:    "Too Many Forwarded IP Addresses",
		Aliases: []string{"X-Forwarded-For Too Long"},
		Status:  Unofficial,
		Origin:  "AWS Elastic Load Balancing",
		Spec: Spec{
			Ref: "Troubleshoot your Application Load Balancers, HTTP 463",
			URL: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-463-issues",
		},
		Summary: Text{
			En: "ALB refused a request whose X-Forwarded-For lists more than 30 IP addresses",
			Hi: "ALB ne request mana ki kyunki X-Forwarded-For mein 30 se zyada IP addresses the",
		},
		Description: Text{
			En: "An Application Load Balancer answers 463 when the incoming X-Forwarded-For header carries more IP addresses than it accepts; the documented limit is 30. " +
				"Long chains usually mean a proxy loop or a chain of proxies that each append an address, sometimes a request routed back through the same load balancer. " +
				"The load balancer rejects the request itself; it never reaches a target.",
			Hi: "Application Load Balancer 463 bhejta hai jab aane wale X-Forwarded-For header mein allowed se zyada IP addresses hote hain; documented limit 30 hai. " +
				"Lambi chain ka matlab aksar proxy loop hai, ya proxies ki chain jisme har ek address jodta hai, kabhi kabhi request wapas usi load balancer se ghoom ke aati hai. " +
				"Load balancer khud request reject karta hai; target tak pahunchti hi nahi.",
		},
		UseWhen: Text{
			En: "Read it from an ALB; to refuse oversized headers in your own service, send 431.",
			Hi: "Yeh ALB se aata hai; apni service mein bade headers mana karne ho toh 431 bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 431, When: Text{
				En: "Your server refuses a request because a header field is too large",
				Hi: "Tumhara server request isliye mana kar raha hai kyunki koi header field bahut bada hai",
			}},
			{Code: 508, When: Text{
				En: "A WebDAV server detected an infinite loop while processing",
				Hi: "WebDAV server ko processing mein infinite loop mila",
			}},
		},
		Note: Text{
			En: "The client does receive the 463; look for a proxy loop or an X-Forwarded-For that a client sets itself.",
			Hi: "Client ko 463 milta hai; proxy loop dhoondo, ya koi client khud X-Forwarded-For set kar raha hai woh dekho.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; it reflects one request's headers.",
			Hi: "Default mein cacheable nahi; yeh ek request ke headers ki baat hai.",
		},
		Retry: Text{
			En: "Do not retry unchanged; shorten the X-Forwarded-For chain or break the proxy loop first.",
			Hi: "Bina badle retry mat karo; pehle X-Forwarded-For chain chhoti karo ya proxy loop todo.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{431, 400, 460},
		Situations: []string{
			"aws alb returns 463",
			"x-forwarded-for has too many ip addresses",
			"proxy loop through the load balancer gives 463",
			"463 from elastic load balancer",
			"aws alb rejects more than thirty x-forwarded-for entries",
			"aws elb forwarded ip list too long",
		},
	},
	{
		Code:   464,
		Name:   "Incompatible Protocol Versions",
		Status: Unofficial,
		Origin: "AWS Elastic Load Balancing",
		Spec: Spec{
			Ref: "Troubleshoot your Application Load Balancers, HTTP 464",
			URL: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-464-issues",
		},
		Summary: Text{
			En: "ALB: the request's protocol does not fit the target group's protocol version",
			Hi: "ALB: request ka protocol target group ke protocol version se match nahi karta",
		},
		Description: Text{
			En: "An Application Load Balancer answers 464 when the incoming request's protocol cannot be forwarded to the target group as configured. " +
				"AWS lists three cases: an HTTP/1.1 request to a gRPC or HTTP/2 target group, a gRPC request to an HTTP/1.1 target group, and an HTTP/2 request that is not POST to a gRPC target group. " +
				"The response often comes back empty from a server identifying itself as awselb/2.0.",
			Hi: "Application Load Balancer 464 bhejta hai jab aane wali request ka protocol configured target group tak forward nahi ho sakta. " +
				"AWS teen cases batata hai: HTTP/1.1 request gRPC ya HTTP/2 target group ko, gRPC request HTTP/1.1 target group ko, aur gRPC target group ko aisi HTTP/2 request jo POST nahi hai. " +
				"Response aksar khaali hota hai, aur server apne aap ko awselb/2.0 batata hai.",
		},
		UseWhen: Text{
			En: "Read it from an ALB; a service of your own that does not speak the client's HTTP version should send 505.",
			Hi: "Yeh ALB se aata hai; tumhari apni service client ka HTTP version na bole toh 505 bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 505, When: Text{
				En: "Your server does not support the HTTP version of the request",
				Hi: "Tumhara server request ka HTTP version support nahi karta",
			}},
			{Code: 426, When: Text{
				En: "The client must switch to another protocol and you can say which with Upgrade",
				Hi: "Client ko dusre protocol pe jaana hai aur Upgrade header se bata sakte ho kaunsa",
			}},
			{Code: 405, When: Text{
				En: "The resource exists but does not support the method used",
				Hi: "Resource hai lekin use kiya gaya method support nahi karta",
			}},
		},
		Note: Text{
			En: "The client receives it; a gRPC client over plain HTTP/1.1 or a GET to a gRPC target group are the classic triggers.",
			Hi: "Client ko yeh milta hai; plain HTTP/1.1 pe gRPC client, ya gRPC target group pe GET, yahi classic wajah hain.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; it reflects a protocol mismatch, not the resource.",
			Hi: "Default mein cacheable nahi; yeh protocol mismatch hai, resource ki baat nahi.",
		},
		Retry: Text{
			En: "Retrying the same way fails again; use the protocol the target group expects (HTTP/2 via ALPN for gRPC) or change the target group's protocol version.",
			Hi: "Same tareeke se retry karoge toh phir fail hoga; target group jo protocol maangta hai woh use karo (gRPC ke liye ALPN se HTTP/2) ya target group ka protocol version badlo.",
		},
		Methods: []string{"POST", "GET"},
		Related: []int{505, 426, 405},
		Situations: []string{
			"aws alb returns 464",
			"grpc through the alb fails with 464",
			"http/1.1 client hitting a grpc target group",
			"empty 464 response from awselb/2.0",
			"target group protocol version mismatch",
			"aws alb http2 protocol version mismatch with the target group",
		},
	},
	{
		Code:    494,
		Name:    "Request Header Too Large",
		Aliases: []string{"Request Header Or Cookie Too Large", "NGX_HTTP_REQUEST_HEADER_TOO_LARGE"},
		Status:  Unofficial,
		Origin:  "nginx",
		Spec: Spec{
			Ref: "nginx source, src/http/ngx_http_request.h (NGX_HTTP_REQUEST_HEADER_TOO_LARGE)",
			URL: "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h",
		},
		Summary: Text{
			En: "nginx's internal code for a header or cookie too big for its buffers",
			Hi: "nginx ka internal code jab header ya cookie uske buffers ke liye bahut bada ho",
		},
		Description: Text{
			En: "nginx raises 494 internally when a request line or a header field does not fit the buffers set by large_client_header_buffers, often because of oversized cookies. " +
				"The code lets an error_page directive target this case separately from other 400s. " +
				"When nginx answers, it turns the status into 400 with a page titled \"400 Request Header Or Cookie Too Large\", and the error log names the cause.",
			Hi: "nginx andar hi andar 494 banata hai jab request line ya koi header field large_client_header_buffers wale buffers mein fit nahi hota, aksar bade cookies ki wajah se. " +
				"Is code se error_page directive is case ko baaki 400s se alag pakad sakta hai. " +
				"Jawab dete waqt nginx status ko 400 bana deta hai, page ka title \"400 Request Header Or Cookie Too Large\" hota hai, aur error log mein wajah likhi hoti hai.",
		},
		UseWhen: Text{
			En: "Only in nginx config, as the code an error_page can match. A server of your own should answer 431 for oversized headers.",
			Hi: "Sirf nginx config mein, error_page match karne ke code ke roop mein. Apne server se bade headers ke liye 431 bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 431, When: Text{
				En: "Your server refuses a request because its header fields are too large",
				Hi: "Tumhara server request mana kar raha hai kyunki header fields bahut bade hain",
			}},
			{Code: 414, When: Text{
				En: "Only the URI is too long",
				Hi: "Sirf URI bahut lamba hai",
			}},
		},
		Note: Text{
			En: "Never reaches the client as 494: nginx sends 400 and logs 400 in the access log; look for the header-size message in the error log.",
			Hi: "Client tak 494 ban ke kabhi nahi pahunchta: nginx 400 bhejta hai aur access log mein bhi 400 likhta hai; error log mein header size wala message dekho.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; the client receives a 400 about its own request.",
			Hi: "Default mein cacheable nahi; client ko uski apni request ke baare mein 400 milta hai.",
		},
		Retry: Text{
			En: "Do not retry unchanged: clear or shrink cookies and headers, or raise large_client_header_buffers on the server.",
			Hi: "Bina badle retry mat karo: cookies aur headers saaf ya chhote karo, ya server pe large_client_header_buffers badhao.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{431, 400, 414},
		Situations: []string{
			"nginx 400 request header or cookie too large",
			"error_page 494 in nginx config",
			"cookies too big for large_client_header_buffers",
			"huge jwt in a cookie breaks nginx with 400",
			"nginx request header too large in the error log",
			"nginx large_client_header_buffers too small for the request",
		},
	},
	{
		Code:    495,
		Name:    "SSL Certificate Error",
		Aliases: []string{"NGX_HTTPS_CERT_ERROR"},
		Status:  Unofficial,
		Origin:  "nginx",
		Spec: Spec{
			Ref: "nginx source, src/http/ngx_http_request.h (NGX_HTTPS_CERT_ERROR)",
			URL: "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h",
		},
		Summary: Text{
			En: "nginx's internal code for a client certificate that failed verification",
			Hi: "nginx ka internal code jab client certificate verification mein fail ho",
		},
		Description: Text{
			En: "With ssl_verify_client enabled, nginx raises 495 when the client certificate it received fails verification, for example because it is expired or signed by an untrusted CA. " +
				"The code exists so that an error_page can handle mutual-TLS failures separately. " +
				"On the wire nginx answers 400 with a page titled \"The SSL certificate error\".",
			Hi: "ssl_verify_client on ho toh nginx 495 banata hai jab mila hua client certificate verification mein fail hota hai, jaise expire ho gaya ya untrusted CA ne sign kiya. " +
				"Yeh code isliye hai taaki error_page mutual-TLS failures ko alag handle kar sake. " +
				"Wire pe nginx 400 bhejta hai, page ka title \"The SSL certificate error\".",
		},
		UseWhen: Text{
			En: "Only in nginx config for error_page. An application of your own that rejects a client certificate should answer 403, or 401 if another credential would work.",
			Hi: "Sirf nginx config mein error_page ke liye. Tumhari apni app client certificate reject kare toh 403 bhejo, ya koi aur credential chal sakta ho toh 401.",
		},
		AvoidWhen: []Alternative{
			{Code: 403, When: Text{
				En: "The client is identified but not allowed, for instance its certificate is valid but not authorised",
				Hi: "Client pehchaana gaya lekin allowed nahi, jaise certificate valid hai par authorised nahi",
			}},
			{Code: 401, When: Text{
				En: "The client may authenticate with other credentials through an HTTP challenge",
				Hi: "Client HTTP challenge se dusre credentials de ke authenticate kar sakta hai",
			}},
		},
		Note: Text{
			En: "Never reaches the client as 495: it gets 400 and the access log says 400 too; the error log holds the verification error.",
			Hi: "Client tak 495 nahi pahunchta: use 400 milta hai aur access log mein bhi 400; verification error, error log mein hota hai.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; it concerns one client's certificate.",
			Hi: "Default mein cacheable nahi; yeh ek client ke certificate ki baat hai.",
		},
		Retry: Text{
			En: "Do not retry until the client certificate is renewed or issued by a CA the server trusts.",
			Hi: "Jab tak client certificate renew na ho ya server ke trusted CA se issue na ho, retry mat karo.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{496, 400, 403},
		Situations: []string{
			"nginx mtls client certificate expired",
			"error_page 495 for bad client certificates",
			"ssl_verify_client rejects the certificate with 400",
			"nginx says the ssl certificate error",
			"nginx client certificate verification failed",
			"nginx mutual tls rejects an untrusted client certificate",
		},
	},
	{
		Code:    496,
		Name:    "SSL Certificate Required",
		Aliases: []string{"NGX_HTTPS_NO_CERT"},
		Status:  Unofficial,
		Origin:  "nginx",
		Spec: Spec{
			Ref: "nginx source, src/http/ngx_http_request.h (NGX_HTTPS_NO_CERT)",
			URL: "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h",
		},
		Summary: Text{
			En: "nginx's internal code for a client that sent no required certificate",
			Hi: "nginx ka internal code jab client ne zaroori certificate bheja hi nahi",
		},
		Description: Text{
			En: "With ssl_verify_client on, nginx raises 496 when the client completed the TLS handshake without presenting a certificate. " +
				"An error_page can use it to show instructions on installing a client certificate. " +
				"The client itself receives 400 with a page titled \"No required SSL certificate was sent\".",
			Hi: "ssl_verify_client on ho aur client ne TLS handshake bina certificate diye poora kar liya, toh nginx 496 banata hai. " +
				"error_page isse client certificate install karne ki instructions dikha sakta hai. " +
				"Client ko khud 400 milta hai, page ka title \"No required SSL certificate was sent\".",
		},
		UseWhen: Text{
			En: "Only in nginx config for error_page. In your own app, ask for missing credentials with 401.",
			Hi: "Sirf nginx config mein error_page ke liye. Apni app mein missing credentials ke liye 401 bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 401, When: Text{
				En: "The client sent no credentials and may authenticate through an HTTP challenge",
				Hi: "Client ne koi credentials nahi bheje aur HTTP challenge se authenticate kar sakta hai",
			}},
			{Code: 403, When: Text{
				En: "The client is known but not permitted",
				Hi: "Client pehchaana hua hai lekin permission nahi hai",
			}},
		},
		Note: Text{
			En: "Never reaches the client as 496: nginx sends and logs 400; a browser without the certificate installed is the usual cause.",
			Hi: "Client tak 496 nahi pahunchta: nginx 400 bhejta aur log karta hai; aam wajah hai browser mein certificate install nahi hai.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; it concerns one client's handshake.",
			Hi: "Default mein cacheable nahi; yeh ek client ke handshake ki baat hai.",
		},
		Retry: Text{
			En: "Install or configure the client certificate, then retry.",
			Hi: "Client certificate install ya configure karo, phir retry karo.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{495, 400, 401},
		Situations: []string{
			"nginx no required ssl certificate was sent",
			"curl without --cert gets 400 from nginx mtls",
			"error_page 496 in nginx",
			"mutual tls endpoint but client sent no certificate",
			"nginx ssl_verify_client on but no certificate sent",
			"nginx requires a client certificate",
		},
	},
	{
		Code:    497,
		Name:    "HTTP Request Sent to HTTPS Port",
		Aliases: []string{"NGX_HTTP_TO_HTTPS"},
		Status:  Unofficial,
		Origin:  "nginx",
		Spec: Spec{
			Ref: "nginx source, src/http/ngx_http_request.h (NGX_HTTP_TO_HTTPS)",
			URL: "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h",
		},
		Summary: Text{
			En: "nginx's internal code for plain HTTP sent to a port that expects HTTPS",
			Hi: "nginx ka internal code jab HTTPS wale port pe plain HTTP bheja gaya",
		},
		Description: Text{
			En: "nginx raises 497 when a plain-text HTTP request arrives on a listener configured for SSL, such as http://example.com:443/. " +
				"Its source says the code exists to tell this case apart from other 4xx errors in error_page handling, and the common use is `error_page 497 =301 https://$host$request_uri;` to redirect the client to HTTPS. " +
				"Without such a rule nginx answers 400 with \"The plain HTTP request was sent to HTTPS port\".",
			Hi: "nginx 497 banata hai jab SSL wale listener pe plain-text HTTP request aati hai, jaise http://example.com:443/. " +
				"Source mein likha hai ki yeh code error_page mein is case ko baaki 4xx se alag karne ke liye hai, aur aam use hai `error_page 497 =301 https://$host$request_uri;` se client ko HTTPS pe redirect karna. " +
				"Aisa rule na ho toh nginx 400 bhejta hai, \"The plain HTTP request was sent to HTTPS port\" ke saath.",
		},
		UseWhen: Text{
			En: "Only in nginx config, usually to redirect such requests to HTTPS with error_page 497.",
			Hi: "Sirf nginx config mein, aksar error_page 497 se aisi requests ko HTTPS pe redirect karne ke liye.",
		},
		AvoidWhen: []Alternative{
			{Code: 301, When: Text{
				En: "You want clients on http:// to move to https:// for good",
				Hi: "Tum chahte ho http:// wale clients hamesha ke liye https:// pe chale jaayein",
			}},
			{Code: 308, When: Text{
				En: "You redirect to HTTPS and the method and body must be kept",
				Hi: "HTTPS pe redirect karna hai aur method aur body same rehne chahiye",
			}},
			{Code: 400, When: Text{
				En: "You simply reject the malformed request",
				Hi: "Bas galat request reject karni hai",
			}},
		},
		Note: Text{
			En: "Never reaches the client as 497: it gets 400, or whatever code the error_page sets (often a 301 or 302 to HTTPS).",
			Hi: "Client tak 497 nahi pahunchta: use 400 milta hai, ya jo code error_page set kare (aksar HTTPS pe 301 ya 302).",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; if you redirect with 301, that redirect is what caches may keep.",
			Hi: "Default mein cacheable nahi; 301 se redirect karo toh cache woh redirect rakh sakta hai.",
		},
		Retry: Text{
			En: "Retry with https:// on that port; retrying over plain HTTP fails the same way.",
			Hi: "Us port pe https:// se retry karo; plain HTTP se retry karoge toh same fail hoga.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{301, 308, 400},
		Situations: []string{
			"the plain http request was sent to https port",
			"http request hitting port 443 on nginx",
			"error_page 497 redirect to https",
			"nginx 400 when i use http instead of https",
			"curl http://host:443 gets 400",
			"nginx ssl port receives plain http",
		},
	},
	{
		Code:   498,
		Name:   "Invalid Token",
		Status: Unofficial,
		Origin: "Esri ArcGIS",
		Summary: Text{
			En: "ArcGIS says the token sent with the request is invalid or expired",
			Hi: "ArcGIS keh raha hai request ke saath bheja token invalid ya expired hai",
		},
		Description: Text{
			En: "ArcGIS Server, Portal and ArcGIS Online use 498 when a request carries a token that cannot be accepted: it expired, was revoked, or was issued for another server or referer. " +
				"The ArcGIS REST API often returns it inside a JSON error object ({\"error\": {\"code\": 498, ...}}) while the HTTP status line itself says 200. " +
				"The fix is a new token from the generateToken or OAuth endpoint.",
			Hi: "ArcGIS Server, Portal aur ArcGIS Online 498 use karte hain jab request ka token accept nahi ho sakta: expire ho gaya, revoke ho gaya, ya kisi aur server ya referer ke liye bana tha. " +
				"ArcGIS REST API aksar ise JSON error object ke andar bhejti hai ({\"error\": {\"code\": 498, ...}}) jabki HTTP status line 200 hi hoti hai. " +
				"Ilaaj hai generateToken ya OAuth endpoint se naya token lena.",
		},
		UseWhen: Text{
			En: "Expect it from ArcGIS services. In your own API, an invalid or expired token gets 401 with a WWW-Authenticate challenge.",
			Hi: "ArcGIS services se yeh milega. Apni API mein invalid ya expired token pe WWW-Authenticate challenge ke saath 401 bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 401, When: Text{
				En: "The token is missing, invalid or expired in your own API",
				Hi: "Tumhari API mein token missing, invalid ya expired hai",
			}},
			{Code: 403, When: Text{
				En: "The token is valid but lacks permission for the resource",
				Hi: "Token valid hai lekin resource ki permission nahi hai",
			}},
		},
		Note: Text{
			En: "Check the JSON body, not only the status line: ArcGIS often reports 498 with HTTP 200.",
			Hi: "Sirf status line nahi, JSON body bhi check karo: ArcGIS aksar 498 ko HTTP 200 ke saath bhejta hai.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; an answer about one token must not be stored for others.",
			Hi: "Default mein cacheable nahi; ek token ke baare mein jawab dusron ke liye store nahi hona chahiye.",
		},
		Retry: Text{
			En: "Get a fresh token, then retry once; repeating with the same token fails again.",
			Hi: "Naya token lo, phir ek baar retry karo; same token se repeat karoge toh phir fail hoga.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{499, 401, 403},
		Situations: []string{
			"arcgis returns 498 invalid token",
			"esri token expired",
			"arcgis rest api error code 498 in json",
			"feature service rejects my token",
			"token generated for another referer in arcgis",
			"esri arcgis server invalid token response",
		},
	},
	{
		Code:    499,
		Name:    "Client Closed Request",
		Aliases: []string{"Client Closed Connection Early", "NGX_HTTP_CLIENT_CLOSED_REQUEST"},
		Status:  Unofficial,
		Origin:  "nginx",
		Spec: Spec{
			Ref: "nginx source, src/http/ngx_http_request.h (NGX_HTTP_CLIENT_CLOSED_REQUEST)",
			URL: "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h",
		},
		Summary: Text{
			En: "nginx logged that the client closed the connection before the response",
			Hi: "nginx ne log kiya ki response se pehle hi client ne connection band kar diya",
		},
		Description: Text{
			En: "nginx records 499 when the client closes the connection while the request is still being processed, before nginx has sent the response header. " +
				"HTTP has no code for this, so nginx made one up purely for its logs. " +
				"Typical causes are a client or upstream load balancer timeout shorter than the backend's response time, users navigating away, and cancelled fetches.",
			Hi: "nginx 499 record karta hai jab request abhi process ho rahi thi aur response header bhejne se pehle hi client ne connection band kar diya. " +
				"HTTP mein iske liye koi code nahi hai, toh nginx ne sirf apne logs ke liye ek bana liya. " +
				"Aam wajah: client ya aage wale load balancer ka timeout backend ke response time se chhota hai, user page chhod ke chala gaya, ya fetch cancel ho gaya.",
		},
		UseWhen: Text{
			En: "Read it in nginx access logs to spot slow endpoints or impatient clients. It is not something to send.",
			Hi: "nginx access logs mein ise padho taaki slow endpoints ya jaldbaaz clients pakad sako. Yeh bhejne wali cheez nahi hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 504, When: Text{
				En: "The upstream was too slow and the client is still waiting for nginx's answer",
				Hi: "Upstream bahut slow tha aur client abhi bhi nginx ke jawab ka wait kar raha hai",
			}},
			{Code: 408, When: Text{
				En: "The client did not finish sending its request in time",
				Hi: "Client ne time pe apni request bhejna poora nahi kiya",
			}},
		},
		Note: Text{
			En: "Appears only in nginx's access log (Cloudflare's logs show it too): the client is gone and receives nothing; proxy_ignore_client_abort lets the upstream finish anyway.",
			Hi: "Sirf nginx ke access log mein dikhta hai (Cloudflare ke logs mein bhi): client ja chuka hai aur use kuch nahi milta; proxy_ignore_client_abort se upstream phir bhi kaam poora kar leta hai.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Nothing is sent, so nothing is cached.",
			Hi: "Kuch bheja hi nahi jaata, toh kuch cache bhi nahi hota.",
		},
		Retry: Text{
			En: "The client chose to leave; make the endpoint faster or raise client and load balancer timeouts, and retry idempotent requests only.",
			Hi: "Client khud chala gaya; endpoint fast karo ya client aur load balancer ke timeouts badhao, aur sirf idempotent requests retry karo.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{460, 504, 408, 444},
		Situations: []string{
			"nginx logs 499",
			"lots of 499 in the nginx access log",
			"client closed request before the upstream answered",
			"frontend timeout shorter than the backend response time",
			"user cancelled the request and nginx shows 499",
			"499 errors after a slow database query",
			"nginx client closed connection while waiting for upstream",
			"mobile app cancels the request and nginx logs client closed",
		},
	},
	{
		Code:   499,
		Name:   "Token Required",
		Status: Unofficial,
		Origin: "Esri ArcGIS",
		Spec: Spec{
			Ref: "Esri Support, Error: Authentication token required (status code 499)",
			URL: "https://support.esri.com/en-us/knowledge-base/error-authentication-token-required-status-code-499-000022899",
		},
		Summary: Text{
			En: "ArcGIS says the resource is secured and the request carried no token",
			Hi: "ArcGIS keh raha hai resource secured hai aur request mein token hi nahi tha",
		},
		Description: Text{
			En: "ArcGIS Server and ArcGIS Online answer 499 Token Required when a request reaches a secured folder, service or item without any token. " +
				"Like 498, the REST API often puts it in the JSON body ({\"error\": {\"code\": 499, \"message\": \"Token Required\"}}) with HTTP 200 on the status line. " +
				"The client must sign in or generate a token and pass it with the request.",
			Hi: "ArcGIS Server aur ArcGIS Online 499 Token Required bhejte hain jab request bina token ke secured folder, service ya item tak pahunchti hai. " +
				"498 ki tarah, REST API ise aksar JSON body mein daalti hai ({\"error\": {\"code\": 499, \"message\": \"Token Required\"}}) aur status line pe HTTP 200 hota hai. " +
				"Client ko sign in karke ya token generate karke request ke saath bhejna hoga.",
		},
		UseWhen: Text{
			En: "Expect it from ArcGIS when calling a non-public service. In your own API, missing credentials get 401.",
			Hi: "Non-public ArcGIS service call karoge toh yeh milega. Apni API mein missing credentials pe 401 bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 401, When: Text{
				En: "The request carries no credentials in your own API",
				Hi: "Tumhari API mein request ke saath koi credentials nahi hain",
			}},
			{Code: 403, When: Text{
				En: "The caller is authenticated but not allowed",
				Hi: "Caller authenticated hai lekin allowed nahi",
			}},
		},
		Note: Text{
			En: "Same number as nginx's 499 with a different meaning; an ArcGIS 499 is an answer the client does receive.",
			Hi: "nginx ke 499 wala hi number hai lekin matlab alag; ArcGIS ka 499 client ko sach mein milta hai.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; keep auth errors out of shared caches.",
			Hi: "Default mein cacheable nahi; auth errors ko shared cache se door rakho.",
		},
		Retry: Text{
			En: "Retry after adding a valid token; without one it fails every time.",
			Hi: "Valid token jod ke retry karo; uske bina har baar fail hoga.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{498, 401},
		Situations: []string{
			"arcgis returns 499 token required",
			"esri feature service says token required",
			"arcgis online layer not shared publicly",
			"arcgis rest api error code 499 in json",
			"esri map service requires a token",
			"arcgis secured layer requested without a token",
		},
	},
	{
		Code:   509,
		Name:   "Bandwidth Limit Exceeded",
		Status: Unofficial,
		Origin: "cPanel (Apache)",
		Summary: Text{
			En: "The hosting account used up its bandwidth quota; the site is paused",
			Hi: "Hosting account ka bandwidth quota khatam; site ruk gayi hai",
		},
		Description: Text{
			En: "Shared hosts running cPanel with Apache answer 509 once a site has transferred all the data its plan allows for the billing period. " +
				"Every page then shows a \"Bandwidth Limit Exceeded\" message until the quota resets or the plan is upgraded. " +
				"The number is unassigned in the IANA registry; Spring's HttpStatus still carries it as BANDWIDTH_LIMIT_EXCEEDED.",
			Hi: "cPanel aur Apache wale shared hosts 509 bhejte hain jab site ne billing period ke liye plan ka saara data transfer use kar liya. " +
				"Uske baad har page pe \"Bandwidth Limit Exceeded\" message aata hai jab tak quota reset na ho ya plan upgrade na ho. " +
				"IANA registry mein yeh number unassigned hai; Spring ke HttpStatus mein ab bhi BANDWIDTH_LIMIT_EXCEEDED hai.",
		},
		UseWhen: Text{
			En: "Expect it from shared hosting. An API of your own that enforces quotas should send 429 per client or 503 when the whole service is paused.",
			Hi: "Shared hosting se yeh milega. Apni API mein quota lagana ho toh per client 429 bhejo, ya poori service ruki ho toh 503.",
		},
		AvoidWhen: []Alternative{
			{Code: 429, When: Text{
				En: "One client has used up its request or data quota",
				Hi: "Ek client ne apna request ya data quota khatam kar diya",
			}},
			{Code: 503, When: Text{
				En: "The whole service is temporarily unavailable",
				Hi: "Poori service kuch der ke liye available nahi hai",
			}},
			{Code: 402, When: Text{
				En: "Access resumes only after payment and your API defines what 402 means",
				Hi: "Payment ke baad hi access milega aur tumhari API ne 402 ka matlab define kiya hai",
			}},
		},
		Note: Text{
			En: "Not registered; clients treat it as a generic 5xx. Some hosts count email and FTP towards the same quota.",
			Hi: "Registered nahi hai; clients ise generic 5xx samajhte hain. Kuch hosts email aur FTP ko bhi isi quota mein ginte hain.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; make sure a CDN does not keep the quota page after the limit resets.",
			Hi: "Default mein cacheable nahi; dhyan rakho ki limit reset hone ke baad CDN quota wala page na rakhe.",
		},
		Retry: Text{
			En: "Retrying soon does not help; wait for the next billing cycle or for the owner to raise the limit.",
			Hi: "Jaldi retry karne se kuch nahi hoga; agle billing cycle ka ya owner ke limit badhane ka wait karo.",
		},
		Methods: []string{"GET", "HEAD"},
		Related: []int{429, 503},
		Constants: Constants{
			Java:   "HttpStatus.BANDWIDTH_LIMIT_EXCEEDED",
			Django: "status.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED",
		},
		Situations: []string{
			"site shows 509 bandwidth limit exceeded",
			"cpanel hosting bandwidth quota used up",
			"shared hosting site down until the month resets",
			"viral post exhausted my hosting bandwidth",
			"509 error on my wordpress site",
			"cpanel bandwidth exceeded page on shared hosting",
			"apache bandwidth limit module blocks the site",
		},
	},
	{
		Code:    520,
		Name:    "Web Server Returned an Unknown Error",
		Aliases: []string{"Web Server Returns an Unknown Error", "Web Server Is Returning an Unknown Error"},
		Status:  Unofficial,
		Origin:  "Cloudflare",
		Spec: Spec{
			Ref: "Cloudflare 5xx errors, Error 520",
			URL: "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/",
		},
		Summary: Text{
			En: "Cloudflare got an empty, unknown or unexpected response from the origin",
			Hi: "Cloudflare ko origin se khaali, unknown ya unexpected response mila",
		},
		Description: Text{
			En: "Cloudflare answers 520 when the origin server returns something it cannot use: an empty reply, a malformed response with no status, or headers over 128 KB (often too many cookies). " +
				"Crashing application processes, firewalls that drop Cloudflare's IPs and broken HTTP/2 on the origin are the usual causes. " +
				"It is Cloudflare's catch-all for origin answers that fit none of its other 52x codes.",
			Hi: "Cloudflare 520 bhejta hai jab origin server aisa kuch bhejta hai jo use nahi chal sakta: khaali reply, bina status ka malformed response, ya 128 KB se bade headers (aksar bahut saari cookies). " +
				"Crash hote application processes, Cloudflare ke IPs ko drop karne wale firewalls aur origin pe toota hua HTTP/2 aam wajah hain. " +
				"Yeh Cloudflare ka catch-all hai un origin jawabon ke liye jo uske baaki 52x codes mein fit nahi hote.",
		},
		UseWhen: Text{
			En: "Expect it in front of a Cloudflare-proxied site; the fix is on the origin. A gateway of your own should send 502 for invalid upstream responses.",
			Hi: "Cloudflare-proxied site pe yeh dikhega; ilaaj origin pe hai. Apne gateway se invalid upstream response ke liye 502 bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 502, When: Text{
				En: "You run the gateway and the upstream sent an invalid response",
				Hi: "Gateway tumhara hai aur upstream ne invalid response bheja",
			}},
			{Code: 500, When: Text{
				En: "Your own application failed while handling the request",
				Hi: "Tumhari apni application request handle karte waqt fail ho gayi",
			}},
		},
		Note: Text{
			En: "Generated by Cloudflare, not the origin; compare with the origin's logs at the same time and keep the cf-ray ID for support.",
			Hi: "Yeh Cloudflare banata hai, origin nahi; usi time ke origin logs se milao aur support ke liye cf-ray ID sambhal ke rakho.",
		},
		Headers: []Header{
			{Name: "CF-Ray", Requirement: Optional, Note: Text{
				En: "Cloudflare's ID for the request; quote it when asking the host or Cloudflare support",
				Hi: "Request ki Cloudflare ID; host ya Cloudflare support se baat karte waqt yeh batao",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; Cloudflare generates it per request and does not serve it as page content.",
			Hi: "Default mein cacheable nahi; Cloudflare ise har request pe banata hai, page content ki tarah nahi deta.",
		},
		Retry: Text{
			En: "Retry idempotent requests after a short wait; if it persists the origin needs fixing.",
			Hi: "Idempotent requests thoda ruk ke retry karo; baar baar aaye toh origin theek karna padega.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{502, 521, 522, 500},
		Situations: []string{
			"cloudflare error 520 web server is returning an unknown error",
			"origin sends an empty response through cloudflare",
			"php crash behind cloudflare shows 520",
			"cookies too large behind cloudflare",
			"520 only when cloudflare proxy is on",
			"cloudflare unknown error from the origin",
			"origin resets the connection behind cloudflare",
			"origin crashes and cloudflare shows an unknown error",
		},
	},
	{
		Code:   521,
		Name:   "Web Server Is Down",
		Status: Unofficial,
		Origin: "Cloudflare",
		Spec: Spec{
			Ref: "Cloudflare 5xx errors, Error 521",
			URL: "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/",
		},
		Summary: Text{
			En: "Cloudflare could not connect: the origin refused the connection",
			Hi: "Cloudflare connect nahi kar paaya: origin ne connection refuse kar diya",
		},
		Description: Text{
			En: "Cloudflare answers 521 when the origin web server refuses its connection. " +
				"Either the web server process is not running or listening on the expected port (80 for Flexible SSL, 443 for Full), or something at the origin blocks Cloudflare's IP ranges. " +
				"Cloudflare itself is working; the origin never accepted the connection.",
			Hi: "Cloudflare 521 bhejta hai jab origin web server uska connection refuse kar deta hai. " +
				"Ya toh web server process chal hi nahi raha ya sahi port pe listen nahi kar raha (Flexible SSL ke liye 80, Full ke liye 443), ya origin pe kuch Cloudflare ke IP ranges ko block kar raha hai. " +
				"Cloudflare theek chal raha hai; origin ne connection accept hi nahi kiya.",
		},
		UseWhen: Text{
			En: "Expect it when the origin behind Cloudflare is down or firewalled. A gateway of your own sends 502 or 503 when its upstream refuses connections.",
			Hi: "Cloudflare ke peeche origin down ho ya firewall mein ho toh yeh milega. Apne gateway ka upstream connection refuse kare toh 502 ya 503 bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 502, When: Text{
				En: "You run the gateway and could not get a valid response from upstream",
				Hi: "Gateway tumhara hai aur upstream se valid response nahi mila",
			}},
			{Code: 503, When: Text{
				En: "Your own service is down for maintenance or overload",
				Hi: "Tumhari apni service maintenance ya overload ki wajah se down hai",
			}},
		},
		Note: Text{
			En: "Generated by Cloudflare; check that the web server runs, listens on the right port and allows all Cloudflare IP ranges.",
			Hi: "Cloudflare banata hai; check karo web server chal raha hai, sahi port pe listen kar raha hai aur saare Cloudflare IP ranges allow hain.",
		},
		Headers: []Header{
			{Name: "CF-Ray", Requirement: Optional, Note: Text{
				En: "Cloudflare's ID for the request; quote it when asking the host or Cloudflare support",
				Hi: "Request ki Cloudflare ID; host ya Cloudflare support se baat karte waqt yeh batao",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; Cloudflare builds it per request.",
			Hi: "Default mein cacheable nahi; Cloudflare ise har request pe banata hai.",
		},
		Retry: Text{
			En: "Retry after a while; nothing improves until the origin is up and reachable for Cloudflare.",
			Hi: "Thodi der baad retry karo; jab tak origin up aur Cloudflare ke liye reachable na ho, kuch nahi sudhrega.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{522, 523, 520, 502, 503},
		Situations: []string{
			"cloudflare says web server is down",
			"cloudflare error 521",
			"origin refuses connections from cloudflare",
			"nginx stopped on the origin behind cloudflare",
			"firewall blocks cloudflare ip ranges",
			"cloudflare cannot connect, origin web server offline",
			"origin server down behind cloudflare",
		},
	},
	{
		Code:   522,
		Name:   "Connection Timed Out",
		Status: Unofficial,
		Origin: "Cloudflare",
		Spec: Spec{
			Ref: "Cloudflare 5xx errors, Error 522",
			URL: "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/",
		},
		Summary: Text{
			En: "Cloudflare timed out connecting to the origin web server",
			Hi: "Origin web server se connect karte waqt Cloudflare ka time out ho gaya",
		},
		Description: Text{
			En: "Cloudflare answers 522 when it cannot reach the origin in time: the origin did not answer the TCP SYN within 19 seconds, or did not acknowledge the request within 90 seconds after connecting. " +
				"Blocked or rate-limited Cloudflare IPs, an overloaded or offline origin, a wrong origin IP in DNS and dropped packets are the common causes. " +
				"A Worker fetching its own custom-domain hostname also produces it.",
			Hi: "Cloudflare 522 bhejta hai jab woh time pe origin tak nahi pahunch paata: origin ne 19 second mein TCP SYN ka jawab nahi diya, ya connect hone ke baad 90 second mein request ka ACK nahi diya. " +
				"Block ya rate-limit hue Cloudflare IPs, overloaded ya offline origin, DNS mein galat origin IP aur drop hote packets aam wajah hain. " +
				"Worker agar apne hi custom-domain hostname ko fetch kare toh bhi yeh aata hai.",
		},
		UseWhen: Text{
			En: "Expect it in front of an unreachable or overloaded origin. A gateway of your own sends 504 when the upstream times out.",
			Hi: "Unreachable ya overloaded origin ke aage yeh milega. Apne gateway ka upstream time out ho toh 504 bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 504, When: Text{
				En: "You run the gateway and the upstream did not answer in time",
				Hi: "Gateway tumhara hai aur upstream ne time pe jawab nahi diya",
			}},
			{Code: 503, When: Text{
				En: "Your own service is temporarily overloaded",
				Hi: "Tumhari apni service kuch der ke liye overloaded hai",
			}},
		},
		Note: Text{
			En: "Generated by Cloudflare; unlike 524, the connection itself never got going.",
			Hi: "Cloudflare banata hai; 524 se alag, yahan connection hi shuru nahi hua.",
		},
		Headers: []Header{
			{Name: "CF-Ray", Requirement: Optional, Note: Text{
				En: "Cloudflare's ID for the request; quote it when asking the host or Cloudflare support",
				Hi: "Request ki Cloudflare ID; host ya Cloudflare support se baat karte waqt yeh batao",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; Cloudflare builds it per request.",
			Hi: "Default mein cacheable nahi; Cloudflare ise har request pe banata hai.",
		},
		Retry: Text{
			En: "Usually transient: retry idempotent requests with backoff, and fix the origin if it keeps happening.",
			Hi: "Aksar temporary hota hai: idempotent requests backoff ke saath retry karo, aur baar baar ho toh origin theek karo.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{524, 521, 523, 504},
		Situations: []string{
			"cloudflare 522 connection timed out",
			"cloudflare cannot reach my origin server",
			"origin ip in cloudflare dns is wrong",
			"hosting firewall rate limits cloudflare ips",
			"worker fetch to its own domain gives 522",
			"cloudflare tcp handshake to the origin timed out",
			"cloudflare connection to the origin times out",
		},
	},
	{
		Code:   523,
		Name:   "Origin Is Unreachable",
		Status: Unofficial,
		Origin: "Cloudflare",
		Spec: Spec{
			Ref: "Cloudflare 5xx errors, Error 523",
			URL: "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/",
		},
		Summary: Text{
			En: "Cloudflare has no network route to the origin's IP address",
			Hi: "Cloudflare ke paas origin ke IP address tak koi network route nahi hai",
		},
		Description: Text{
			En: "Cloudflare answers 523 when it cannot reach the origin at all, typically because a network device between Cloudflare and the origin has no route to the origin's IP. " +
				"A wrong A or AAAA record, routing problems at the host, or in AWS a broad VPC route such as 172.0.0.0/8 that swallows Cloudflare's 172.64.0.0/13 range can cause it. " +
				"Unlike 522, no connection attempt gets far enough to time out.",
			Hi: "Cloudflare 523 bhejta hai jab woh origin tak bilkul nahi pahunch paata, aam taur pe kyunki Cloudflare aur origin ke beech kisi network device ke paas origin IP ka route nahi hai. " +
				"Galat A ya AAAA record, host pe routing problems, ya AWS mein 172.0.0.0/8 jaisa bada VPC route jo Cloudflare ka 172.64.0.0/13 range nigal jaata hai, iski wajah ho sakte hain. " +
				"522 se alag, yahan connection attempt time out hone tak bhi nahi pahunchta.",
		},
		UseWhen: Text{
			En: "Expect it when routing to the origin is broken. A gateway of your own sends 502 when it cannot reach the upstream.",
			Hi: "Origin tak routing tooti ho toh yeh milega. Apna gateway upstream tak na pahunch paaye toh 502 bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 502, When: Text{
				En: "You run the gateway and could not get a usable answer from upstream",
				Hi: "Gateway tumhara hai aur upstream se kaam ka jawab nahi mila",
			}},
			{Code: 504, When: Text{
				En: "You run the gateway and the upstream was reachable but too slow",
				Hi: "Gateway tumhara hai aur upstream reachable tha lekin bahut slow",
			}},
		},
		Note: Text{
			En: "Generated by Cloudflare; check the origin IP in the DNS records and run a traceroute from the origin to a Cloudflare IP.",
			Hi: "Cloudflare banata hai; DNS records mein origin IP check karo aur origin se kisi Cloudflare IP tak traceroute chalao.",
		},
		Headers: []Header{
			{Name: "CF-Ray", Requirement: Optional, Note: Text{
				En: "Cloudflare's ID for the request; quote it when asking the host or Cloudflare support",
				Hi: "Request ki Cloudflare ID; host ya Cloudflare support se baat karte waqt yeh batao",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; Cloudflare builds it per request.",
			Hi: "Default mein cacheable nahi; Cloudflare ise har request pe banata hai.",
		},
		Retry: Text{
			En: "Retrying rarely helps until routing is fixed; retry idempotent requests later.",
			Hi: "Jab tak routing theek na ho, retry se kam hi fayda hai; idempotent requests baad mein retry karo.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{522, 521, 530, 502},
		Situations: []string{
			"cloudflare 523 origin is unreachable",
			"no route from cloudflare to my server",
			"aws vpc route table breaks cloudflare traffic",
			"wrong a record behind cloudflare",
			"cloudflare cannot route to the origin network",
			"cloudflare origin unreachable after a hosting ip change",
		},
	},
	{
		Code:   524,
		Name:   "A Timeout Occurred",
		Status: Unofficial,
		Origin: "Cloudflare",
		Spec: Spec{
			Ref: "Cloudflare 5xx errors, Error 524",
			URL: "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/",
		},
		Summary: Text{
			En: "Cloudflare connected to the origin but got no HTTP response within 120 s",
			Hi: "Cloudflare origin se connect hua lekin 120 s mein koi HTTP response nahi mila",
		},
		Description: Text{
			En: "Cloudflare answers 524 when it did connect to the origin, but the origin sent no HTTP response before the Proxy Read Timeout, 120 seconds by default. " +
				"It also appears when writing the request to the origin does not finish within the 30-second Proxy Write Timeout. " +
				"Long reports, exports, big database queries and an overloaded origin are the usual reasons; Enterprise plans can raise the read timeout.",
			Hi: "Cloudflare 524 bhejta hai jab woh origin se connect to ho gaya, lekin origin ne Proxy Read Timeout (default 120 second) se pehle koi HTTP response nahi bheja. " +
				"Yeh tab bhi aata hai jab origin ko request likhna 30 second ke Proxy Write Timeout mein poora nahi hota. " +
				"Lambe reports, exports, bhaari database queries aur overloaded origin aam wajah hain; Enterprise plans read timeout badha sakte hain.",
		},
		UseWhen: Text{
			En: "Expect it for slow origin requests behind Cloudflare; move long jobs to 202 plus polling. A gateway of your own sends 504 when the upstream is too slow.",
			Hi: "Cloudflare ke peeche slow origin requests pe yeh milega; lambe jobs ko 202 aur polling pe le jao. Apna gateway upstream slow hone pe 504 bhejta hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 504, When: Text{
				En: "You run the gateway and the upstream answered too slowly",
				Hi: "Gateway tumhara hai aur upstream ne bahut der se jawab diya",
			}},
			{Code: 202, When: Text{
				En: "The work takes long and you can accept it now and let the client poll for the result",
				Hi: "Kaam lamba hai, abhi accept karke client ko result ke liye poll karne do",
			}},
		},
		Note: Text{
			En: "Generated by Cloudflare after 120 s by default; the origin may still finish the work, so beware of repeating non-idempotent requests.",
			Hi: "Cloudflare default 120 s ke baad banata hai; origin phir bhi kaam poora kar sakta hai, toh non-idempotent requests repeat karne mein savdhaan raho.",
		},
		Headers: []Header{
			{Name: "CF-Ray", Requirement: Optional, Note: Text{
				En: "Cloudflare's ID for the request; quote it when asking the host or Cloudflare support",
				Hi: "Request ki Cloudflare ID; host ya Cloudflare support se baat karte waqt yeh batao",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; Cloudflare builds it per request.",
			Hi: "Default mein cacheable nahi; Cloudflare ise har request pe banata hai.",
		},
		Retry: Text{
			En: "Retry idempotent requests later; for POSTs check whether the origin completed the work before resending.",
			Hi: "Idempotent requests baad mein retry karo; POST ho toh dobara bhejne se pehle check karo ki origin ne kaam poora kiya ya nahi.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{522, 504, 202},
		Situations: []string{
			"cloudflare 524 a timeout occurred",
			"long report export dies after two minutes behind cloudflare",
			"slow database query behind cloudflare returns 524",
			"origin takes over two minutes to respond via cloudflare",
			"cloudflare hundred second limit on the origin response",
			"cloudflare connected but the origin never replied",
		},
	},
	{
		Code:   525,
		Name:   "SSL Handshake Failed",
		Status: Unofficial,
		Origin: "Cloudflare",
		Spec: Spec{
			Ref: "Cloudflare 5xx errors, Error 525",
			URL: "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/",
		},
		Summary: Text{
			En: "The TLS handshake between Cloudflare and the origin server failed",
			Hi: "Cloudflare aur origin server ke beech TLS handshake fail ho gaya",
		},
		Description: Text{
			En: "Cloudflare answers 525 when its SSL/TLS mode is Full or Full (strict) and the handshake with the origin fails. " +
				"The origin may have no certificate installed, port 443 closed, no SNI support, or no cipher suite in common with Cloudflare. " +
				"It concerns the Cloudflare-to-origin leg only; the visitor's connection to Cloudflare is fine.",
			Hi: "Cloudflare 525 bhejta hai jab SSL/TLS mode Full ya Full (strict) hai aur origin ke saath handshake fail ho jaata hai. " +
				"Ho sakta hai origin pe certificate install hi na ho, port 443 band ho, SNI support na ho, ya Cloudflare ke saath koi common cipher suite na ho. " +
				"Yeh sirf Cloudflare se origin wale hisse ki baat hai; visitor ka Cloudflare se connection theek hai.",
		},
		UseWhen: Text{
			En: "Expect it when the origin's TLS setup is broken behind Cloudflare. A gateway of your own sends 502 when the upstream TLS handshake fails.",
			Hi: "Cloudflare ke peeche origin ka TLS setup toota ho toh yeh milega. Apne gateway ka upstream TLS handshake fail ho toh 502 bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 502, When: Text{
				En: "You run the gateway and the TLS handshake with upstream failed",
				Hi: "Gateway tumhara hai aur upstream ke saath TLS handshake fail hua",
			}},
		},
		Note: Text{
			En: "Generated by Cloudflare; test the origin directly (curl --resolve) and check its TLS error log.",
			Hi: "Cloudflare banata hai; origin ko seedha test karo (curl --resolve) aur uska TLS error log dekho.",
		},
		Headers: []Header{
			{Name: "CF-Ray", Requirement: Optional, Note: Text{
				En: "Cloudflare's ID for the request; quote it when asking the host or Cloudflare support",
				Hi: "Request ki Cloudflare ID; host ya Cloudflare support se baat karte waqt yeh batao",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; Cloudflare builds it per request.",
			Hi: "Default mein cacheable nahi; Cloudflare ise har request pe banata hai.",
		},
		Retry: Text{
			En: "Retrying does not help until the origin's TLS configuration is fixed.",
			Hi: "Jab tak origin ka TLS configuration theek na ho, retry se kuch nahi hoga.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{526, 521, 502},
		Situations: []string{
			"cloudflare 525 ssl handshake failed",
			"full ssl mode but no certificate on the origin",
			"origin port 443 closed behind cloudflare",
			"cipher mismatch between cloudflare and origin",
			"cloudflare ssl handshake with the origin failed",
			"origin has no working tls setup for cloudflare",
		},
	},
	{
		Code:   526,
		Name:   "Invalid SSL Certificate",
		Status: Unofficial,
		Origin: "Cloudflare",
		Spec: Spec{
			Ref: "Cloudflare 5xx errors, Error 526",
			URL: "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/",
		},
		Summary: Text{
			En: "Cloudflare could not validate the origin's certificate in Full (strict) mode",
			Hi: "Full (strict) mode mein Cloudflare origin ka certificate validate nahi kar paaya",
		},
		Description: Text{
			En: "Cloudflare answers 526 when SSL/TLS is set to Full (strict) and the origin presents a certificate it cannot validate: expired, revoked, self-signed, or not covering the hostname. " +
				"Installing a valid certificate or a Cloudflare Origin CA certificate fixes it; dropping to Full mode only hides the problem. " +
				"Cloudflare Gateway and Workers subrequests to outside hosts can return it too, since they always validate strictly.",
			Hi: "Cloudflare 526 bhejta hai jab SSL/TLS Full (strict) pe set hai aur origin aisa certificate deta hai jo validate nahi hota: expired, revoked, self-signed, ya hostname cover nahi karta. " +
				"Valid certificate ya Cloudflare Origin CA certificate install karne se theek hota hai; Full mode pe utarna sirf problem chhupata hai. " +
				"Cloudflare Gateway aur Workers ke bahar ke hosts wale subrequests bhi ise de sakte hain, kyunki woh hamesha strict validate karte hain.",
		},
		UseWhen: Text{
			En: "Expect it when the origin's certificate is invalid behind Cloudflare. A gateway of your own sends 502 when the upstream certificate fails validation.",
			Hi: "Cloudflare ke peeche origin ka certificate invalid ho toh yeh milega. Apne gateway mein upstream certificate validate na ho toh 502 bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 502, When: Text{
				En: "You run the gateway and the upstream's certificate failed validation",
				Hi: "Gateway tumhara hai aur upstream ka certificate validate nahi hua",
			}},
		},
		Note: Text{
			En: "Generated by Cloudflare; renew the origin certificate or install an Origin CA certificate rather than weakening the SSL mode.",
			Hi: "Cloudflare banata hai; SSL mode kamzor karne ki jagah origin certificate renew karo ya Origin CA certificate lagao.",
		},
		Headers: []Header{
			{Name: "CF-Ray", Requirement: Optional, Note: Text{
				En: "Cloudflare's ID for the request; quote it when asking the host or Cloudflare support",
				Hi: "Request ki Cloudflare ID; host ya Cloudflare support se baat karte waqt yeh batao",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; Cloudflare builds it per request.",
			Hi: "Default mein cacheable nahi; Cloudflare ise har request pe banata hai.",
		},
		Retry: Text{
			En: "Retrying does not help until the origin certificate is valid.",
			Hi: "Jab tak origin certificate valid na ho, retry se kuch nahi hoga.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{525, 502},
		Situations: []string{
			"cloudflare 526 invalid ssl certificate",
			"origin certificate expired behind cloudflare",
			"self-signed certificate with full strict mode",
			"cloudflare worker fetch fails with 526",
			"cloudflare full strict rejects the origin certificate",
			"origin certificate hostname mismatch behind cloudflare",
		},
	},
	{
		Code:    527,
		Name:    "Railgun Error",
		Aliases: []string{"Railgun Listener to Origin Error"},
		Status:  Unofficial,
		Origin:  "Cloudflare (Railgun, retired)",
		Summary: Text{
			En: "Cloudflare's Railgun link to the origin failed; Railgun is retired",
			Hi: "Cloudflare ka Railgun link origin tak fail hua; Railgun ab band ho chuka hai",
		},
		Description: Text{
			En: "Railgun was a Cloudflare product that compressed traffic between Cloudflare and a Railgun listener installed at the origin. " +
				"Error 527 meant that connection was interrupted, or requests timed out or failed after the link was established. " +
				"Cloudflare announced Railgun's deprecation in 2023 and ended it in January 2024, so new traffic should not see this code.",
			Hi: "Railgun Cloudflare ka product tha jo Cloudflare aur origin pe install Railgun listener ke beech traffic compress karta tha. " +
				"Error 527 ka matlab tha woh connection toot gaya, ya link banne ke baad requests time out ya fail ho gayi. " +
				"Cloudflare ne 2023 mein Railgun ke deprecation ka announcement kiya aur January 2024 mein band kar diya, toh naye traffic mein yeh code nahi dikhna chahiye.",
		},
		UseWhen: Text{
			En: "Only when reading old logs from Railgun setups. Gateways of your own send 502 for a broken upstream link.",
			Hi: "Sirf Railgun setups ke purane logs padhte waqt. Apne gateway toote upstream link ke liye 502 bhejte hain.",
		},
		AvoidWhen: []Alternative{
			{Code: 502, When: Text{
				En: "You run the gateway and the link to the upstream failed",
				Hi: "Gateway tumhara hai aur upstream tak ka link fail hua",
			}},
			{Code: 504, When: Text{
				En: "You run the gateway and the upstream timed out",
				Hi: "Gateway tumhara hai aur upstream time out ho gaya",
			}},
		},
		Note: Text{
			En: "Deprecated with Railgun; seeing it today points at very old configuration or logs.",
			Hi: "Railgun ke saath deprecated; aaj dikhe toh matlab bahut purana configuration ya logs hain.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; Cloudflare built it per request.",
			Hi: "Default mein cacheable nahi; Cloudflare ise har request pe banata tha.",
		},
		Retry: Text{
			En: "Retry idempotent requests; remove any leftover Railgun configuration.",
			Hi: "Idempotent requests retry karo; bacha hua Railgun configuration hata do.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{502, 522, 520},
		Situations: []string{
			"cloudflare 527 railgun error",
			"railgun listener cannot reach the origin",
			"old cloudflare logs show 527",
			"interrupted connection between cloudflare and railgun",
			"cloudflare railgun listener connection error",
			"railgun timeout between cloudflare and the origin",
		},
	},
	{
		Code:    529,
		Name:    "Site is overloaded",
		Aliases: []string{"Service Is Overloaded"},
		Status:  Unofficial,
		Origin:  "Qualys SSL Labs",
		Spec: Spec{
			Ref: "SSL Labs API Documentation v3, Error Response Status Codes",
			URL: "https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v3.md",
		},
		Summary: Text{
			En: "The SSL Labs assessment API is overloaded; come back in about half an hour",
			Hi: "SSL Labs assessment API overloaded hai; lagbhag aadhe ghante baad aao",
		},
		Description: Text{
			En: "Qualys SSL Labs' assessment API answers 529 when the service as a whole is overloaded, separate from 429 for a client that is too fast and 503 for maintenance. " +
				"Its documentation asks clients that get 529 to sleep for several minutes, around 30, and to randomise the delay so tools do not all return at once. " +
				"CI jobs that run SSL Labs scans hit it at busy times.",
			Hi: "Qualys SSL Labs ki assessment API 529 bhejti hai jab poori service overloaded ho; bahut fast client ke liye 429 alag hai aur maintenance ke liye 503. " +
				"Unke docs kehte hain 529 mile toh kuch minute, lagbhag 30, ruko aur delay random rakho taaki saare tools ek saath wapas na aayein. " +
				"SSL Labs scans chalane wale CI jobs ko busy time pe yeh milta hai.",
		},
		UseWhen: Text{
			En: "Expect it from the SSL Labs API. Your own overloaded service should send 503 with Retry-After.",
			Hi: "SSL Labs API se yeh milega. Tumhari apni overloaded service Retry-After ke saath 503 bheje.",
		},
		AvoidWhen: []Alternative{
			{Code: 503, When: Text{
				En: "Your whole service is temporarily overloaded or in maintenance",
				Hi: "Tumhari poori service kuch der ke liye overloaded ya maintenance mein hai",
			}},
			{Code: 429, When: Text{
				En: "A single client exceeded its own rate limit",
				Hi: "Ek client ne apni rate limit cross kar di",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; it describes the service's load at one moment.",
			Hi: "Default mein cacheable nahi; yeh ek pal ka service load batata hai.",
		},
		Retry: Text{
			En: "Retry after a randomised wait of several minutes (SSL Labs suggests about 30).",
			Hi: "Kuch minute (SSL Labs lagbhag 30 kehta hai) ka random wait karke retry karo.",
		},
		Methods: []string{"GET"},
		Related: []int{503, 429},
		Situations: []string{
			"ssl labs api returns 529 service is overloaded",
			"ssllabs scan in ci fails with 529",
			"qualys ssl test overloaded",
			"529 from api.ssllabs.com",
			"ssl labs api too busy, retry later",
			"qualys ssllabs assessment overloaded",
		},
	},
	{
		Code:    529,
		Name:    "Overloaded",
		Aliases: []string{"overloaded_error"},
		Status:  Unofficial,
		Origin:  "Anthropic (Claude API)",
		Summary: Text{
			En: "The Claude API is temporarily overloaded across all users; retry shortly",
			Hi: "Claude API sab users ke liye kuch der overloaded hai; thodi der mein retry karo",
		},
		Description: Text{
			En: "Anthropic's API answers 529 with an error of type overloaded_error when it is short of capacity across all customers. " +
				"The request and the account are fine; it is not a rate limit, which Anthropic reports as 429 rate_limit_error. " +
				"The official SDKs retry it a couple of times with exponential backoff before surfacing the error.",
			Hi: "Anthropic ki API 529 bhejti hai, error type overloaded_error ke saath, jab saare customers ke liye capacity kam pad jaati hai. " +
				"Request aur account dono theek hain; yeh rate limit nahi hai, woh Anthropic 429 rate_limit_error se batata hai. " +
				"Official SDKs error dikhane se pehle ise do-teen baar exponential backoff ke saath retry karte hain.",
		},
		UseWhen: Text{
			En: "Expect it from the Claude API under heavy load. Your own overloaded service should send 503 with Retry-After.",
			Hi: "Heavy load pe Claude API se yeh milega. Tumhari apni overloaded service Retry-After ke saath 503 bheje.",
		},
		AvoidWhen: []Alternative{
			{Code: 503, When: Text{
				En: "Your own service is temporarily overloaded for everyone",
				Hi: "Tumhari apni service sabke liye kuch der overloaded hai",
			}},
			{Code: 429, When: Text{
				En: "One client or account exceeded its own limits",
				Hi: "Ek client ya account ne apni limits cross ki",
			}},
		},
		Note: Text{
			En: "Do not treat it like 429: your quota is not the problem, so waiting for a rate-limit window is pointless.",
			Hi: "Ise 429 jaisa mat samjho: tumhara quota problem nahi hai, toh rate-limit window ka wait karna bekaar hai.",
		},
		Headers: []Header{
			{Name: "Retry-After", Requirement: Optional, Note: Text{
				En: "Honour it when present; otherwise back off exponentially with jitter",
				Hi: "Ho toh follow karo; nahi toh jitter ke saath exponential backoff karo",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; it reflects load at one moment.",
			Hi: "Default mein cacheable nahi; yeh ek pal ka load batata hai.",
		},
		Retry: Text{
			En: "Safe to retry: back off exponentially with jitter, give up after a few tries, or fail over to another provider.",
			Hi: "Retry safe hai: jitter ke saath exponential backoff karo, kuch tries ke baad ruk jao, ya dusre provider pe failover karo.",
		},
		Methods: []string{"POST"},
		Related: []int{503, 429},
		Situations: []string{
			"claude api returns 529 overloaded",
			"anthropic overloaded_error",
			"claude code says repeated 529 overloaded errors",
			"llm api overloaded for everyone, not my rate limit",
			"anthropic api overloaded, retry later",
			"claude api temporarily overloaded during peak hours",
		},
	},
	{
		Code:    530,
		Name:    "Origin DNS Error",
		Aliases: []string{"Cloudflare 1xxx Error"},
		Status:  Unofficial,
		Origin:  "Cloudflare",
		Spec: Spec{
			Ref: "Cloudflare 5xx errors, Error 530",
			URL: "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/",
		},
		Summary: Text{
			En: "Cloudflare could not resolve the origin hostname; a 1xxx error is in the body",
			Hi: "Cloudflare origin hostname resolve nahi kar paaya; body mein 1xxx error hai",
		},
		Description: Text{
			En: "Cloudflare answers 530 when it cannot resolve the origin's hostname and so cannot connect to it. " +
				"The status line only says 530; the body carries a Cloudflare 1xxx error such as 1016 Origin DNS error, which names the actual problem. " +
				"A missing A record or a CNAME to a domain that does not resolve (1016), or a Cloudflare Tunnel whose cloudflared is not running (1033), are typical causes.",
			Hi: "Cloudflare 530 bhejta hai jab woh origin ka hostname resolve nahi kar paata aur isliye connect nahi kar sakta. " +
				"Status line sirf 530 kehti hai; body mein Cloudflare ka 1xxx error hota hai, jaise 1016 Origin DNS error, jo asli problem batata hai. " +
				"Missing A record ya aisa CNAME jo resolve nahi hota (1016), ya Cloudflare Tunnel jiska cloudflared nahi chal raha (1033), aam wajah hain.",
		},
		UseWhen: Text{
			En: "Expect it when Cloudflare's origin record points at a name that does not resolve; read the 1xxx code in the body.",
			Hi: "Jab Cloudflare ka origin record aise naam pe point kare jo resolve nahi hota, tab yeh milega; body mein 1xxx code padho.",
		},
		AvoidWhen: []Alternative{
			{Code: 502, When: Text{
				En: "You run the gateway and could not reach or use the upstream",
				Hi: "Gateway tumhara hai aur upstream tak pahunch nahi paaye ya use nahi kar paaye",
			}},
		},
		Note: Text{
			En: "Generated by Cloudflare; the 1xxx code in the body matters more than the 530. Pantheon also uses 530, for frozen sites.",
			Hi: "Cloudflare banata hai; body ka 1xxx code 530 se zyada important hai. Pantheon bhi 530 use karta hai, frozen sites ke liye.",
		},
		Headers: []Header{
			{Name: "CF-Ray", Requirement: Optional, Note: Text{
				En: "Cloudflare's ID for the request; quote it when asking the host or Cloudflare support",
				Hi: "Request ki Cloudflare ID; host ya Cloudflare support se baat karte waqt yeh batao",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; Cloudflare builds it per request.",
			Hi: "Default mein cacheable nahi; Cloudflare ise har request pe banata hai.",
		},
		Retry: Text{
			En: "Retrying does not help until the DNS record for the origin is fixed.",
			Hi: "Jab tak origin ka DNS record theek na ho, retry se kuch nahi hoga.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{523, 502},
		Situations: []string{
			"cloudflare 530 with error 1016 origin dns error",
			"cloudflare cannot resolve my origin hostname",
			"cname points to a deleted host behind cloudflare",
			"cloudflared tunnel down and the site shows 530 error 1033",
			"cloudflare origin dns error",
			"cloudflare tunnel not connected",
		},
	},
	{
		Code:   530,
		Name:   "Site Frozen",
		Status: Unofficial,
		Origin: "Pantheon",
		Summary: Text{
			En: "Pantheon froze this inactive site; unfreeze it from the dashboard",
			Hi: "Pantheon ne yeh inactive site freeze kar di; dashboard se unfreeze karo",
		},
		Description: Text{
			En: "Pantheon, the Drupal and WordPress host, freezes sandbox sites that have gone without activity for a long time, and a frozen site answers 530 instead of serving pages. " +
				"Nothing is deleted; a user with access to the site dashboard can unfreeze it. " +
				"The number collides with Cloudflare's 530 but has nothing to do with DNS.",
			Hi: "Pantheon, jo Drupal aur WordPress host karta hai, lambe time tak bina activity wali sandbox sites ko freeze kar deta hai, aur frozen site pages ki jagah 530 deti hai. " +
				"Kuch delete nahi hota; site dashboard ka access rakhne wala user ise unfreeze kar sakta hai. " +
				"Number Cloudflare ke 530 se takraata hai lekin iska DNS se koi lena-dena nahi.",
		},
		UseWhen: Text{
			En: "Expect it on an idle Pantheon sandbox. A service of your own that is suspended should send 503, or 410 if it is gone for good.",
			Hi: "Idle Pantheon sandbox pe yeh milega. Tumhari apni suspended service 503 bheje, ya hamesha ke liye gayi ho toh 410.",
		},
		AvoidWhen: []Alternative{
			{Code: 503, When: Text{
				En: "Your service is temporarily switched off and will come back",
				Hi: "Tumhari service kuch der ke liye band hai aur wapas aayegi",
			}},
			{Code: 410, When: Text{
				En: "The site or resource has been removed for good",
				Hi: "Site ya resource hamesha ke liye hata diya gaya",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; the site comes back once unfrozen.",
			Hi: "Default mein cacheable nahi; unfreeze hote hi site wapas aa jaati hai.",
		},
		Retry: Text{
			En: "Retrying does nothing until someone unfreezes the site in the Pantheon dashboard.",
			Hi: "Jab tak koi Pantheon dashboard mein site unfreeze na kare, retry se kuch nahi hoga.",
		},
		Methods: []string{"GET"},
		Related: []int{503, 410},
		Situations: []string{
			"pantheon sandbox site shows 530 site frozen",
			"pantheon froze my inactive site",
			"unfreeze a site on pantheon",
			"old pantheon dev site returns 530",
			"pantheon sandbox frozen after inactivity",
			"pantheon site frozen, unfreeze it in the dashboard",
		},
	},
	{
		Code:    561,
		Name:    "Unauthorized (IdP Error)",
		Aliases: []string{"ELB 561"},
		Status:  Unofficial,
		Origin:  "AWS Elastic Load Balancing",
		Spec: Spec{
			Ref: "Troubleshoot your Application Load Balancers, HTTP 561",
			URL: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-561-issues",
		},
		Summary: Text{
			En: "ALB user authentication failed because the identity provider returned an error",
			Hi: "ALB ka user authentication fail hua kyunki identity provider ne error diya",
		},
		Description: Text{
			En: "An Application Load Balancer with an authenticate-oidc or authenticate-cognito listener rule answers 561, which AWS calls Unauthorized, when the identity provider returns an error code while authenticating the user. " +
				"It sits in the 5xx range because the failure came from the IdP exchange, not from a bad request by the client. " +
				"Mismatched issuer, endpoints or client secret between the ALB and the IdP are common causes.",
			Hi: "authenticate-oidc ya authenticate-cognito listener rule wala Application Load Balancer 561 bhejta hai, jise AWS Unauthorized kehta hai, jab user ko authenticate karte waqt identity provider error code deta hai. " +
				"Yeh 5xx range mein hai kyunki failure IdP ke saath exchange mein hua, client ki galat request se nahi. " +
				"ALB aur IdP ke beech issuer, endpoints ya client secret ka mismatch aam wajah hai.",
		},
		UseWhen: Text{
			En: "Expect it from an ALB doing OIDC or Cognito login. Your own service answers 401 for failed authentication, or 502 when the IdP call itself broke.",
			Hi: "OIDC ya Cognito login karne wale ALB se yeh milega. Apni service mein authentication fail ho toh 401, ya IdP call hi toot gayi ho toh 502.",
		},
		AvoidWhen: []Alternative{
			{Code: 401, When: Text{
				En: "The user's credentials were rejected and they can try again",
				Hi: "User ke credentials reject hue aur woh dobara try kar sakta hai",
			}},
			{Code: 502, When: Text{
				En: "You run the gateway and the identity provider sent an invalid response",
				Hi: "Gateway tumhara hai aur identity provider ne invalid response bheja",
			}},
		},
		Note: Text{
			En: "The client receives it; the IdP's error is the real clue, so check the IdP logs and the ALB's authentication settings.",
			Hi: "Client ko yeh milta hai; asli clue IdP ka error hai, toh IdP logs aur ALB ki authentication settings check karo.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; keep authentication failures out of caches.",
			Hi: "Default mein cacheable nahi; authentication failures ko cache se bahar rakho.",
		},
		Retry: Text{
			En: "Retrying the login may work if the IdP error was transient; otherwise fix the ALB or IdP configuration.",
			Hi: "IdP error temporary tha toh login retry karne se chal sakta hai; nahi toh ALB ya IdP configuration theek karo.",
		},
		Methods: []string{"GET"},
		Related: []int{401, 502},
		Situations: []string{
			"aws alb returns 561 unauthorized",
			"alb oidc login fails with 561",
			"cognito authentication on the load balancer gives 561",
			"identity provider returned an error to the alb",
			"aws alb idp error during oidc authentication",
			"alb authenticate action fails at the identity provider",
		},
	},
	{
		Code:   598,
		Name:   "Network Read Timeout Error",
		Status: Unofficial,
		Origin: "HTTP proxies (informal convention)",
		Summary: Text{
			En: "A proxy timed out reading the response from the server behind it",
			Hi: "Proxy ko peeche wale server se response padhte waqt timeout ho gaya",
		},
		Description: Text{
			En: "598 is an informal convention some HTTP proxies use to tell the client in front of them that reading from the server behind them timed out. " +
				"The connection to the upstream worked; its response did not arrive in time. " +
				"No RFC defines it, and older references that credit Microsoft's proxies with it give no source.",
			Hi: "598 ek informal convention hai jo kuch HTTP proxies use karte hain aage wale client ko batane ke liye ki peeche wale server se padhna time out ho gaya. " +
				"Upstream se connection ban gaya tha; bas uska response time pe nahi aaya. " +
				"Koi RFC ise define nahi karta, aur purane references jo ise Microsoft ke proxies ka batate hain, koi source nahi dete.",
		},
		UseWhen: Text{
			En: "Only to interpret a proxy that sends it. A gateway of your own should send 504 when the upstream is too slow.",
			Hi: "Sirf aise proxy ko samajhne ke liye jo ise bhejta hai. Apne gateway se upstream slow ho toh 504 bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 504, When: Text{
				En: "You run the gateway and the upstream did not answer in time",
				Hi: "Gateway tumhara hai aur upstream ne time pe jawab nahi diya",
			}},
		},
		Note: Text{
			En: "Unregistered and rare; clients treat it as a generic 5xx. The Microsoft attribution is unsourced.",
			Hi: "Registered nahi aur kam dikhta hai; clients ise generic 5xx samajhte hain. Microsoft wali baat ka koi source nahi hai.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; it reflects one failed upstream read.",
			Hi: "Default mein cacheable nahi; yeh ek fail hui upstream read ki baat hai.",
		},
		Retry: Text{
			En: "Retry idempotent requests with backoff; the upstream may still have done the work.",
			Hi: "Idempotent requests backoff ke saath retry karo; ho sakta hai upstream ne kaam kar bhi diya ho.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{504, 599, 502},
		Situations: []string{
			"proxy returns 598 network read timeout",
			"598 network read timeout error",
			"upstream read timed out behind a corporate proxy",
			"proxy connected to the backend but the response never came",
			"proxy network read timeout between the proxy and upstream",
			"network read timeout reported by the proxy",
		},
	},
	{
		Code:   599,
		Name:   "Network Connect Timeout Error",
		Status: Unofficial,
		Origin: "HTTP proxies (informal convention)",
		Summary: Text{
			En: "A proxy or client library timed out connecting, with no HTTP response",
			Hi: "Proxy ya client library connect karte waqt time out hui, koi HTTP response nahi",
		},
		Description: Text{
			En: "599 is an informal convention some HTTP proxies use to report that the connection to the server behind them timed out. " +
				"Client libraries reuse it for \"no response at all\": Python's Tornado reports HTTPError 599 for timeouts and connection failures, and Perl's HTTP::Tiny uses 599 for its internal exceptions. " +
				"No RFC defines it, and the old attribution to Microsoft's proxies is unsourced.",
			Hi: "599 ek informal convention hai jo kuch HTTP proxies use karte hain batane ke liye ki peeche wale server se connection time out ho gaya. " +
				"Client libraries ise \"koi response hi nahi\" ke liye bhi use karti hain: Python ka Tornado timeouts aur connection failures pe HTTPError 599 deta hai, aur Perl ka HTTP::Tiny apne internal exceptions ke liye 599. " +
				"Koi RFC ise define nahi karta, aur Microsoft ke proxies wali purani baat ka koi source nahi.",
		},
		UseWhen: Text{
			En: "Only to interpret it. If it comes from your own HTTP client library, no server answered; a gateway of your own should send 504.",
			Hi: "Sirf samajhne ke liye. Agar tumhari apni HTTP client library se aaya hai toh kisi server ne jawab hi nahi diya; apne gateway se 504 bhejo.",
		},
		AvoidWhen: []Alternative{
			{Code: 504, When: Text{
				En: "You run the gateway and the upstream did not answer in time",
				Hi: "Gateway tumhara hai aur upstream ne time pe jawab nahi diya",
			}},
			{Code: 502, When: Text{
				En: "You run the gateway and the upstream refused or broke the connection",
				Hi: "Gateway tumhara hai aur upstream ne connection refuse kiya ya tod diya",
			}},
		},
		Note: Text{
			En: "Often never on the wire: Tornado and HTTP::Tiny invent it locally, so look at the exception message, not the server.",
			Hi: "Aksar wire pe hota hi nahi: Tornado aur HTTP::Tiny ise local bana dete hain, toh server nahi, exception message dekho.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Nothing to cache: usually no server response exists.",
			Hi: "Cache karne ko kuch nahi: aksar server ka koi response hota hi nahi.",
		},
		Retry: Text{
			En: "Retry idempotent requests with backoff; check DNS, firewalls and timeouts if it persists.",
			Hi: "Idempotent requests backoff ke saath retry karo; baar baar aaye toh DNS, firewall aur timeouts check karo.",
		},
		Methods: []string{"GET", "POST"},
		Related: []int{504, 598, 502},
		Situations: []string{
			"tornado httperror 599",
			"http::tiny returns 599",
			"proxy returns 599 network connect timeout",
			"599 from my python http client on timeout",
			"connect timeout behind the proxy",
			"proxy network connect timeout to the backend",
		},
	},
	{
		Code:   999,
		Name:   "Request Denied",
		Status: Unofficial,
		Origin: "LinkedIn",
		Summary: Text{
			En: "LinkedIn refused the request as automated or scraping traffic",
			Hi: "LinkedIn ne request ko automated ya scraping traffic maan ke mana kar diya",
		},
		Description: Text{
			En: "LinkedIn answers 999 Request Denied to requests it takes for bots: link checkers, scrapers, server-side previews and anything from cloud-provider IP ranges without a logged-in browser session. " +
				"Its filtering looks at the user agent, the source IP and other request details, so changing the user agent alone rarely helps. " +
				"The code is far outside the 1xx-5xx classes, and some HTTP clients (Guzzle, for one) throw on it before the app sees a response.",
			Hi: "LinkedIn un requests ko 999 Request Denied deta hai jinhe woh bot samajhta hai: link checkers, scrapers, server-side previews aur cloud-provider IP ranges se aane wali bina logged-in browser session wali requests. " +
				"Uska filter user agent, source IP aur request ki baaki details dekhta hai, toh sirf user agent badalne se kam hi fayda hota hai. " +
				"Yeh code 1xx-5xx classes se bahut bahar hai, aur kuch HTTP clients (jaise Guzzle) app tak response pahunchne se pehle hi exception throw kar dete hain.",
		},
		UseWhen: Text{
			En: "Expect it when crawling or link-checking LinkedIn URLs. To refuse bots in your own service, send 403, or 429 for excessive rates.",
			Hi: "LinkedIn URLs crawl ya link-check karoge toh yeh milega. Apni service mein bots ko mana karna ho toh 403 bhejo, ya zyada rate ho toh 429.",
		},
		AvoidWhen: []Alternative{
			{Code: 403, When: Text{
				En: "Your server refuses a client it does not want to serve",
				Hi: "Tumhara server kisi client ko serve nahi karna chahta aur mana kar raha hai",
			}},
			{Code: 429, When: Text{
				En: "The client is only sending too many requests",
				Hi: "Client bas bahut zyada requests bhej raha hai",
			}},
		},
		Note: Text{
			En: "Outside the five HTTP classes, so clients cannot map it to a class; link checkers usually just exclude linkedin.com.",
			Hi: "Paanch HTTP classes se bahar hai, toh clients ise kisi class mein nahi daal sakte; link checkers aksar linkedin.com ko exclude kar dete hain.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable by default; it is a verdict about one client.",
			Hi: "Default mein cacheable nahi; yeh ek client ke baare mein faisla hai.",
		},
		Retry: Text{
			En: "Retrying from the same place keeps failing; use LinkedIn's official APIs, or skip LinkedIn URLs in link checks.",
			Hi: "Usi jagah se retry karoge toh fail hota rahega; LinkedIn ki official APIs use karo, ya link checks mein LinkedIn URLs skip karo.",
		},
		Methods: []string{"GET", "HEAD"},
		Related: []int{403, 429},
		Situations: []string{
			"linkedin returns 999 request denied",
			"link checker fails on linkedin urls with 999",
			"scraping linkedin profiles gives 999",
			"guzzle error status code must be between 1xx and 5xx for linkedin",
			"curl to linkedin from a cloud server gets 999",
			"linkedin blocks automated requests",
			"linkedin request denied for bots",
		},
	},
}
