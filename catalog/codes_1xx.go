package catalog

// informational: 1xx, RFC 9110 Section 15.2 and later RFCs and drafts.
var informational = []Entry{
	{
		Code:   100,
		Name:   "Continue",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.2.1", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.1"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/100",
		Summary: Text{
			En: "Interim reply: the headers are acceptable, go ahead and send the body",
			Hi: "Interim response: headers theek hain, ab request body bhej do",
		},
		Description: Text{
			En: "An interim response saying that the server has received the start of the request and has not rejected it; a final response will follow once the whole request has been received and handled. " +
				"It answers a request sent with Expect: 100-continue, whose client holds back a large body until it knows the server wants it. " +
				"The server must either answer at once with a final status when the method, URL and headers already decide the outcome, or send 100 straight away without waiting for the body. " +
				"A client that did not ask for it simply discards a 100.",
			Hi: "Yeh ek interim response hai jo batata hai ki server ne request ka shuru ka hissa receive kar liya hai aur use reject nahi kiya; poori request milne aur process hone ke baad final response aayega. " +
				"Yeh un requests ka jawab hai jo Expect: 100-continue ke saath aati hain, jahan client bada body tab tak rok ke rakhta hai jab tak server haan na bole. " +
				"Agar method, URL aur headers se hi result decide ho jaata hai toh server ko turant final status bhejna chahiye, warna body ka wait kiye bina turant 100 bhejna hota hai. " +
				"Jis client ne 100 maanga hi nahi, woh ise bas ignore kar deta hai.",
		},
		UseWhen: Text{
			En: "A client sent Expect: 100-continue and the method, URL, credentials, size and type all pass your checks, so you want the body. Most servers and frameworks send it for you when the handler starts reading the body.",
			Hi: "Jab client ne Expect: 100-continue bheja ho aur method, URL, credentials, size aur type sab checks pass kar rahe hon, yaani aapko body chahiye. Zyada tar servers aur frameworks yeh khud bhej dete hain jab handler body padhna shuru karta hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 417, When: Text{
				En: "The Expect header asks for something other than 100-continue that the server cannot meet",
				Hi: "Expect header mein 100-continue ke alawa kuch aur maanga gaya hai jo server poora nahi kar sakta",
			}},
			{Code: 413, When: Text{
				En: "The announced Content-Length is already over your limit: send the final 413 now instead of inviting the body",
				Hi: "Content-Length pehle se hi limit se zyada hai: body mangwane ki jagah abhi final 413 bhejo",
			}},
			{Code: 401, When: Text{
				En: "Credentials are missing or invalid: reject with the final 401 before the client uploads anything",
				Hi: "Credentials missing ya galat hain: client kuch upload kare usse pehle hi final 401 bhej do",
			}},
			{Code: 104, When: Text{
				En: "The client started a resumable upload and you want to give it the upload resource's URL",
				Hi: "Client ne resumable upload shuru kiya hai aur aapko use upload resource ka URL dena hai",
			}},
		},
		Note: Text{
			En: "Never send a 1xx to an HTTP/1.0 client. A server that sends 100 must still send a final status later, unless the connection drops.",
			Hi: "HTTP/1.0 client ko kabhi 1xx mat bhejo. 100 bhejne ke baad server ko baad mein final status bhi bhejna hi padta hai, jab tak connection na toot jaaye.",
		},
		ContentAllowed: false,
		Cacheable:      false,
		Caching: Text{
			En: "An interim response is never stored or reused by caches; only the final response that follows can be.",
			Hi: "Interim response ko cache kabhi store ya reuse nahi karta; sirf baad mein aane wala final response hi cache ho sakta hai.",
		},
		Retry: Text{
			En: "Nothing to retry: send the body and wait for the final status. A client that gets no 100 after a short wait should send the body anyway, since an HTTP/1.0 hop can swallow it.",
			Hi: "Retry ka sawaal nahi: body bhejo aur final status ka wait karo. Thodi der tak 100 na aaye toh client ko body bhej hi deni chahiye, kyunki beech ka HTTP/1.0 hop use kha sakta hai.",
		},
		Methods: []string{"PUT", "POST", "PATCH"},
		Related: []int{417, 413, 101, 103},
		Constants: Constants{
			Go:     "http.StatusContinue",
			Python: "HTTPStatus.CONTINUE",
			Node:   "StatusCodes.CONTINUE",
			Java:   "HttpStatus.CONTINUE",
			Dotnet: "HttpStatusCode.Continue",
			Rust:   "StatusCode::CONTINUE",
			Django: "status.HTTP_100_CONTINUE",
			Rails:  ":continue",
			PHP:    "Response::HTTP_CONTINUE",
		},
		Situations: []string{
			"client sent expect: 100-continue",
			"tell the client to go ahead and send the large body",
			"headers look fine, send the upload body now",
			"curl waits for 100 continue before uploading",
			"approve a big upload before the body is sent",
			"interim response before a large put",
			"client asks permission before sending a huge payload",
			"server is ready to receive the request body",
			"body bhejne se pehle server se haan chahiye",
			"server checks the headers first, then asks for the body",
			"client waits for the go-ahead before streaming a big upload",
			"avoid uploading gigabytes when the request might be rejected",
			"interim response telling the client to keep sending",
			"httpclient waits for a continue response before sending the body",
			"auth and size checks passed, now send the file",
			"client sent an expect header and waits before uploading",
			"expect header mila, ab body bhejo",
		},
	},
	{
		Code:   101,
		Name:   "Switching Protocols",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.2.2", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.2"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/101",
		Summary: Text{
			En: "The server accepts the client's Upgrade and switches this connection's protocol",
			Hi: "Server ne client ka Upgrade maan liya, is connection ka protocol badal raha hai",
		},
		Description: Text{
			En: "The server understood the Upgrade header of the request and agrees to change the application protocol spoken on this connection, WebSocket being the everyday case. " +
				"Its Upgrade header must name the protocol or protocols in effect once the response ends, and it may only pick protocols the client offered. " +
				"Right after the 101 the server goes on to answer the original request in the new protocol. " +
				"The mechanism exists only in HTTP/1.1: HTTP/2 and HTTP/3 forbid 101 and run WebSockets through an extended CONNECT answered with 200.",
			Hi: "Server ne request ka Upgrade header samjha aur is connection par application protocol badalne ke liye ready hai; roz ka example WebSocket hai. " +
				"Response ke Upgrade header mein woh protocol likhna zaroori hai jo response ke baad chalega, aur server sirf wahi protocol chun sakta hai jo client ne offer kiya tha. " +
				"101 ke turant baad server naye protocol mein original request ka jawab deta hai. " +
				"Yeh sirf HTTP/1.1 mein hota hai: HTTP/2 aur HTTP/3 mein 101 allowed nahi hai, wahan WebSocket extended CONNECT se chalta hai jiska jawab 200 hota hai.",
		},
		UseWhen: Text{
			En: "A client sent Upgrade: websocket (or another protocol such as h2c) with Connection: upgrade, and you accept the switch.",
			Hi: "Jab client ne Connection: upgrade ke saath Upgrade: websocket (ya h2c jaisa koi aur protocol) bheja ho aur aap switch accept kar rahe ho.",
		},
		AvoidWhen: []Alternative{
			{Code: 426, When: Text{
				En: "You refuse to serve the request on the current protocol and the client must upgrade first",
				Hi: "Aap current protocol par request serve nahi karoge aur client ko pehle upgrade karna hi padega",
			}},
			{Code: 200, When: Text{
				En: "You prefer to stay on HTTP/1.1: ignore the Upgrade header and answer normally",
				Hi: "Aap HTTP/1.1 par hi rehna chahte ho: Upgrade header ignore karke normal jawab do",
			}},
			{Code: 400, When: Text{
				En: "The handshake is malformed, for example a WebSocket request without Sec-WebSocket-Key",
				Hi: "Handshake hi galat hai, jaise WebSocket request mein Sec-WebSocket-Key nahi hai",
			}},
		},
		Note: Text{
			En: "If the request carried both Upgrade and Expect: 100-continue, the server must send the 100 before the 101. Proxies that do not understand the upgrade break WebSockets; configure them to pass Upgrade and Connection through.",
			Hi: "Agar request mein Upgrade aur Expect: 100-continue dono hain, toh server ko 101 se pehle 100 bhejna hoga. Jo proxy upgrade nahi samajhte woh WebSocket tod dete hain; unhe Upgrade aur Connection headers aage pass karne ke liye configure karo.",
		},
		Headers: []Header{
			{Name: "Upgrade", Requirement: Required, Note: Text{
				En: "The protocol(s) the connection switches to, lowest layer first; only ones the client offered",
				Hi: "Connection kis protocol par switch ho raha hai, neeche ki layer pehle; sirf wahi jo client ne offer kiye",
			}},
			{Name: "Connection", Requirement: Required, Note: Text{
				En: "Must contain the upgrade option, since whoever sends Upgrade must also list it in Connection",
				Hi: "Isme upgrade option hona zaroori hai, kyunki Upgrade bhejne wale ko Connection mein bhi likhna padta hai",
			}},
			{Name: "Sec-WebSocket-Accept", Requirement: Required, Conditional: true, Note: Text{
				En: "For a WebSocket handshake only (RFC 6455): the hash derived from the client's Sec-WebSocket-Key",
				Hi: "Sirf WebSocket handshake ke liye (RFC 6455): client ke Sec-WebSocket-Key se bana hash",
			}},
		},
		ContentAllowed: false,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable: it describes one connection and is never stored.",
			Hi: "Cacheable nahi hai: yeh ek connection ki baat hai, ise kabhi store nahi kiya jaata.",
		},
		Retry: Text{
			En: "Nothing to retry. If the upgrade is refused or a proxy strips it, fall back to plain HTTP or retry over a path that passes Upgrade.",
			Hi: "Retry ki zarurat nahi. Agar upgrade mana ho jaye ya proxy use hata de, toh plain HTTP par fallback karo ya aise path se retry karo jo Upgrade pass karta ho.",
		},
		Methods: []string{"GET"},
		Related: []int{426, 100, 400},
		Constants: Constants{
			Go:     "http.StatusSwitchingProtocols",
			Python: "HTTPStatus.SWITCHING_PROTOCOLS",
			Node:   "StatusCodes.SWITCHING_PROTOCOLS",
			Java:   "HttpStatus.SWITCHING_PROTOCOLS",
			Dotnet: "HttpStatusCode.SwitchingProtocols",
			Rust:   "StatusCode::SWITCHING_PROTOCOLS",
			Django: "status.HTTP_101_SWITCHING_PROTOCOLS",
			Rails:  ":switching_protocols",
			PHP:    "Response::HTTP_SWITCHING_PROTOCOLS",
		},
		Situations: []string{
			"websocket handshake accepted",
			"upgrade the connection to websocket",
			"switch from http/1.1 to websocket",
			"server agrees to upgrade: websocket",
			"h2c upgrade accepted over cleartext",
			"socket.io connection upgraded to websocket",
			"client sent an upgrade header and the server accepts",
			"start a real-time chat connection over ws",
			"websocket connect ho gaya, protocol switch karna hai",
			"graphql subscriptions connection established over websocket",
			"signalr switches the connection to websockets",
			"server accepts the upgrade header and changes protocol",
			"browser opened a websocket connection successfully",
			"mqtt over websocket handshake for an iot device",
			"live price ticker connection upgraded from plain http",
			"server sends sec-websocket-accept back to the client",
			"websocket handshake successful, ab real time data aayega",
			"successful websocket handshake",
		},
	},
	{
		Code:   102,
		Name:   "Processing",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 2518, Section 10.1", URL: "https://www.rfc-editor.org/rfc/rfc2518.html#section-10.1"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/102",
		Summary: Text{
			En: "Interim reply from WebDAV: the full request arrived and is still being worked on",
			Hi: "WebDAV ka interim response: poori request aa gayi hai, kaam abhi chal raha hai",
		},
		Description: Text{
			En: "An interim response from WebDAV (RFC 2518) telling the client that the server has the complete request but has not finished it, so the client should not time out. " +
				"It is meant for methods that can run long, such as COPY or MOVE of a large collection with a Depth header. " +
				"The server should only send it when it expects the request to take a significant time (the RFC suggests after about 20 seconds), and it must still send a final response at the end. " +
				"RFC 4918, which replaced RFC 2518, dropped 102 for lack of implementations; the code stays registered but browsers and most clients ignore it.",
			Hi: "Yeh WebDAV (RFC 2518) ka interim response hai jo client ko batata hai ki server ke paas poori request hai lekin kaam abhi khatam nahi hua, taaki client timeout na kare. " +
				"Yeh lambe chalne wale methods ke liye bana tha, jaise Depth header ke saath kisi bade collection ka COPY ya MOVE. " +
				"Server ko ise tabhi bhejna chahiye jab request mein kaafi time lagne wala ho (RFC lagbhag 20 seconds ki baat karta hai), aur end mein final response bhejna phir bhi zaroori hai. " +
				"RFC 2518 ko replace karne wale RFC 4918 ne 102 hata diya kyunki koi use implement nahi kar raha tha; code registered hai lekin browsers aur zyada tar clients ise ignore karte hain.",
		},
		UseWhen: Text{
			En: "Only in a WebDAV server whose clients understand it, to keep a slow request (for example a deep COPY or MOVE) from timing out while the final response is still being prepared.",
			Hi: "Sirf aise WebDAV server mein jiske clients ise samajhte hon, taaki slow request (jaise deep COPY ya MOVE) final response banne tak timeout na ho.",
		},
		AvoidWhen: []Alternative{
			{Code: 202, When: Text{
				En: "The work will finish after the response: end the exchange now and let the client poll a status URL",
				Hi: "Kaam response ke baad khatam hoga: exchange abhi khatam karo aur client ko status URL poll karne do",
			}},
			{Code: 103, When: Text{
				En: "You want the browser to start preloading resources while the server works, not merely to stay patient",
				Hi: "Aap chahte ho ki server ke kaam karte waqt browser resources preload karna shuru kare, sirf wait na kare",
			}},
		},
		Note: Text{
			En: "Deprecated in practice: RFC 4918 removed it from WebDAV and browsers ignore it. For long jobs in a REST API, answer 202 with a status URL instead.",
			Hi: "Practically deprecated hai: RFC 4918 ne ise WebDAV se hata diya aur browsers ise ignore karte hain. REST API mein lambe jobs ke liye status URL ke saath 202 bhejo.",
		},
		ContentAllowed: false,
		Cacheable:      false,
		Caching: Text{
			En: "An interim response is never stored or reused by caches.",
			Hi: "Interim response ko cache kabhi store ya reuse nahi karta.",
		},
		Retry: Text{
			En: "Do not resend: keep waiting for the final response on the same connection.",
			Hi: "Request dobara mat bhejo: usi connection par final response ka wait karte raho.",
		},
		Methods: []string{"COPY", "MOVE", "PROPFIND", "DELETE", "LOCK"},
		Related: []int{202, 207, 103},
		Constants: Constants{
			Go:     "http.StatusProcessing",
			Python: "HTTPStatus.PROCESSING",
			Node:   "StatusCodes.PROCESSING",
			Java:   "HttpStatus.PROCESSING",
			Dotnet: "HttpStatusCode.Processing",
			Rust:   "StatusCode::PROCESSING",
			Django: "status.HTTP_102_PROCESSING",
			Rails:  ":processing",
			PHP:    "Response::HTTP_PROCESSING",
		},
		Situations: []string{
			"webdav copy of a huge collection is taking long",
			"keep the client from timing out during a slow webdav operation",
			"long running move with depth infinity",
			"interim keep-alive for a slow webdav request",
			"server still working on a complete request, final answer comes later on the same connection",
			"webdav client waits more than 20 seconds for a response",
			"tell the client the request is still being processed before the final response",
			"webdav server sends processing so the client keeps waiting",
			"webdav delete of a huge folder tree still running",
			"interim response so the client does not time out on a webdav request",
			"old webdav client expects a keep waiting signal",
			"copy operation on thousands of webdav files",
			"server still busy on a webdav move, final status later",
			"webdav copy abhi chal raha hai, client ko wait karwana hai",
		},
	},
	{
		Code:   103,
		Name:   "Early Hints",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 8297, Section 2", URL: "https://www.rfc-editor.org/rfc/rfc8297.html#section-2"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/103",
		Summary: Text{
			En: "Interim reply with headers the final response will likely carry, mostly Link",
			Hi: "Interim response: final response ke likely headers, zyada tar Link preload",
		},
		Description: Text{
			En: "An interim response carrying header fields that the server expects to include in the final response, sent while that final response is still being prepared. " +
				"The client may act on them speculatively, typically by preloading or preconnecting from Link headers, but they are only hints: they do not replace the final response's headers and must not change how it is processed. " +
				"A server may send several 103 responses and may hint only some of the final headers. " +
				"RFC 8297 is an Experimental RFC; browsers act on 103 only over HTTP/2 or later, because some HTTP/1.1 clients mistake an extra 1xx for the final response.",
			Hi: "Yeh interim response un headers ke saath aata hai jo server final response mein bhejne wala hai, jab final response abhi ban hi raha ho. " +
				"Client inpe pehle se action le sakta hai, aam taur par Link headers dekh ke preload ya preconnect karke, lekin yeh sirf hints hain: yeh final response ke headers ki jagah nahi lete aur final response ki processing ko badalna nahi chahiye. " +
				"Server kai 103 bhej sakta hai aur final headers mein se sirf kuch ka hint de sakta hai. " +
				"RFC 8297 ek Experimental RFC hai; browsers 103 ko sirf HTTP/2 ya usse upar use karte hain, kyunki kuch HTTP/1.1 clients extra 1xx ko hi final response samajh lete hain.",
		},
		UseWhen: Text{
			En: "The final page takes time (database queries, an upstream call, server-side rendering) but you already know which stylesheets, scripts, fonts or origins it will need.",
			Hi: "Jab final page banne mein time lagta hai (database query, upstream call, server-side rendering) lekin aapko pehle se pata hai ki kaunsi CSS, JS, fonts ya origins chahiye honge.",
		},
		AvoidWhen: []Alternative{
			{Code: 200, When: Text{
				En: "The final response is ready at once: put the Link headers on it directly",
				Hi: "Final response turant ready hai: Link headers seedha usi mein daal do",
			}},
			{Code: 100, When: Text{
				En: "The client sent Expect: 100-continue and you are only telling it to send the body",
				Hi: "Client ne Expect: 100-continue bheja hai aur aap bas body bhejne ko bol rahe ho",
			}},
		},
		Note: Text{
			En: "Send it over HTTP/2 or HTTP/3 unless you know the HTTP/1.1 client handles interim responses. Browsers use only the first 103 of a navigation and drop hints after a cross-origin redirect.",
			Hi: "Ise HTTP/2 ya HTTP/3 par bhejo, jab tak pakka na ho ki HTTP/1.1 client interim responses handle karta hai. Browsers navigation ka sirf pehla 103 use karte hain aur cross-origin redirect ke baad hints chhod dete hain.",
		},
		Headers: []Header{
			{Name: "Link", Requirement: Optional, Note: Text{
				En: "The usual payload: rel=preload or rel=preconnect for resources the final page will need",
				Hi: "Asli kaam ka header: final page ko chahiye resources ke liye rel=preload ya rel=preconnect",
			}},
			{Name: "Content-Security-Policy", Requirement: Optional, Note: Text{
				En: "Browsers apply it while acting on the hints, so preloads obey the page's policy",
				Hi: "Browsers hints process karte waqt ise apply karte hain, taaki preload page ki policy follow kare",
			}},
		},
		ContentAllowed: false,
		Cacheable:      false,
		Caching: Text{
			En: "An interim response is never stored as a response; only the final response can be cached.",
			Hi: "Interim response ko response ki tarah store nahi kiya jaata; sirf final response cache ho sakta hai.",
		},
		Retry: Text{
			En: "Nothing to retry: keep waiting for the final response and use the hints meanwhile.",
			Hi: "Retry ki zarurat nahi: final response ka wait karo aur tab tak hints ka fayda uthao.",
		},
		Methods: []string{"GET"},
		Related: []int{200, 100, 102},
		Constants: Constants{
			Go:     "http.StatusEarlyHints",
			Python: "HTTPStatus.EARLY_HINTS",
			Node:   "StatusCodes.EARLY_HINTS",
			Dotnet: "HttpStatusCode.EarlyHints",
			Django: "status.HTTP_103_EARLY_HINTS",
			Rails:  ":early_hints",
			PHP:    "Response::HTTP_EARLY_HINTS",
		},
		Situations: []string{
			"preload css before the html is ready",
			"send link preload hints early",
			"let the browser preconnect to the cdn while the server renders",
			"early hints for slow server side rendering",
			"cdn sends early hints before the origin answers",
			"improve largest contentful paint with preload hints",
			"send resource hints while the backend is still working",
			"page render slow hai, css aur fonts pehle preload karwane hain",
			"send link rel preload headers before the final response",
			"speed up first paint while the database query runs",
			"preconnect to the font origin before the page is ready",
			"let the browser fetch scripts while the server builds the html",
			"interim response carrying link headers only",
			"replacement for http/2 server push",
			"rails or nextjs sends preload hints before the page",
			"html aane se pehle browser ko css aur fonts ka hint do",
		},
	},
	{
		Code:   104,
		Name:   "Upload Resumption Supported",
		Status: Temporary,
		Spec:   Spec{Ref: "draft-ietf-httpbis-resumable-upload", URL: "https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/"},
		Summary: Text{
			En: "Interim reply: this upload can be resumed, here is its upload resource URL",
			Hi: "Interim response: upload resume ho sakta hai, yeh raha upload resource ka URL",
		},
		Description: Text{
			En: "An interim response from the IETF resumable uploads draft. When a client starts an upload with the Upload-Complete header, a server that supports resumption creates a temporary upload resource and announces it with 104, giving its URL in Location and any limits in Upload-Limit. " +
				"If the connection drops later, the client asks that URL for the current offset with HEAD and appends the rest with PATCH instead of starting over. " +
				"While the body streams in, the server may send further 104 responses whose Upload-Offset reports how much it has safely stored. " +
				"The registration is temporary (made in November 2024) and the draft may still change.",
			Hi: "Yeh IETF resumable uploads draft ka interim response hai. Jab client Upload-Complete header ke saath upload shuru karta hai, toh resume support karne wala server ek temporary upload resource banata hai aur 104 se uska URL Location mein aur limits Upload-Limit mein batata hai. " +
				"Baad mein connection toot jaye toh client us URL par HEAD karke current offset poochta hai aur baaki data PATCH se jodta hai, shuru se upload nahi karta. " +
				"Body aate waqt server aur bhi 104 bhej sakta hai jinke Upload-Offset se pata chalta hai ki kitna data safely store ho chuka hai. " +
				"Registration temporary hai (November 2024 mein hua) aur draft abhi badal sakta hai.",
		},
		UseWhen: Text{
			En: "Your server implements draft-ietf-httpbis-resumable-upload and a request arrives with Upload-Complete: announce the upload resource early so the client can resume after a network drop, and optionally report progress.",
			Hi: "Jab aapka server draft-ietf-httpbis-resumable-upload implement karta ho aur request Upload-Complete ke saath aaye: upload resource jaldi announce karo taaki network drop ke baad client resume kar sake, aur chaho toh progress bhi batao.",
		},
		AvoidWhen: []Alternative{
			{Code: 100, When: Text{
				En: "The client sent Expect: 100-continue and you only confirm it may send the body; a 104 never replaces the 100",
				Hi: "Client ne Expect: 100-continue bheja hai aur aap bas body bhejne ki permission de rahe ho; 104 kabhi 100 ki jagah nahi leta",
			}},
			{Code: 201, When: Text{
				En: "The request deliberately carried only part of the data (Upload-Complete: ?0) and was fully processed: the final answer is 201 with Location",
				Hi: "Request mein jaan-boojh ke data ka sirf ek hissa tha (Upload-Complete: ?0) aur woh poora process ho gaya: final jawab Location ke saath 201 hai",
			}},
			{Code: 206, When: Text{
				En: "A client is resuming a download, not an upload: that is a Range request answered with 206",
				Hi: "Client download resume kar raha hai, upload nahi: yeh Range request hai jiska jawab 206 hai",
			}},
		},
		Note: Text{
			En: "Temporary IANA registration for a working-group draft; few clients and servers implement it yet. The client may treat a 104 as meeting a 100-continue expectation, but the server must still send the 100.",
			Hi: "Working-group draft ke liye temporary IANA registration hai; abhi bahut kam clients aur servers ise implement karte hain. Client 104 ko 100-continue ka jawab maan sakta hai, lekin server ko 100 phir bhi bhejna padta hai.",
		},
		Headers: []Header{
			{Name: "Location", Requirement: Required, Note: Text{
				En: "The upload resource's URL; required in the 104 that announces the upload, identical in every later response",
				Hi: "Upload resource ka URL; upload announce karne wale 104 mein zaroori, baad ke har response mein same",
			}},
			{Name: "Upload-Limit", Requirement: Required, Conditional: true, Note: Text{
				En: "Required when limits apply: max-size, min-size, max-append-size, min-append-size, max-age",
				Hi: "Limits hon toh zaroori: max-size, min-size, max-append-size, min-append-size, max-age",
			}},
			{Name: "Upload-Offset", Requirement: Optional, Note: Text{
				En: "In progress 104s: bytes stored so far, which the client need not send again",
				Hi: "Progress wale 104 mein: ab tak store hue bytes, jo client ko dobara nahi bhejne padenge",
			}},
		},
		ContentAllowed: false,
		Cacheable:      false,
		Caching: Text{
			En: "An interim response is never cached; responses about the upload resource should carry Cache-Control: no-store.",
			Hi: "Interim response kabhi cache nahi hota; upload resource ke responses mein Cache-Control: no-store hona chahiye.",
		},
		Retry: Text{
			En: "After an interruption or a 5xx, HEAD the Location URL for the offset and PATCH the remaining bytes; without a 104 (no URL) the upload cannot be resumed and must restart.",
			Hi: "Connection toote ya 5xx aaye toh Location URL par HEAD karke offset lo aur baaki bytes PATCH karo; 104 nahi mila (URL nahi hai) toh resume nahi hoga, upload shuru se karna padega.",
		},
		Methods: []string{"POST", "PUT", "PATCH"},
		Related: []int{100, 201, 206, 413, 409},
		Situations: []string{
			"announce that the upload can be resumed",
			"tell the client where to resume an interrupted upload",
			"upload-complete header received, server creates an upload resource",
			"report upload offset progress during a large upload",
			"resumable upload interim response with location",
			"large video upload should survive a network drop",
			"client sent upload-complete: ?1 and the server supports resumable uploads",
			"send upload-offset progress as interim responses",
			"upload beech mein toot jaye toh wahin se resume ho sake",
			"tus style resumable upload support on the server",
			"mobile upload over a flaky network should continue after reconnect",
			"give the client the upload url before the upload finishes",
			"client needs the upload location early so it can resume later",
			"resume a large file upload from the last offset",
			"server implements the ietf resumable uploads draft",
		},
	},
}
