package catalog

// successful: 2xx, RFC 9110 Section 15.3 and later RFCs.
var successful = []Entry{
	{
		Code:   200,
		Name:   "OK",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.3.1", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/200",
		Summary: Text{
			En: "The request succeeded; the body carries the result",
			Hi: "Request successful rahi; body mein result hai",
		},
		Description: Text{
			En: "The request succeeded, and what the body means depends on the method: the resource itself for GET, its headers only for HEAD, the outcome or status of the action for POST, PUT and DELETE, the available options for OPTIONS, and the received request for TRACE. " +
				"A 200 is expected to carry content; when the client has asked for no content on success, 204 is the better answer. " +
				"A 200 to GET or HEAD should carry the validators the server has, ideally a strong ETag and Last-Modified, so that clients can revalidate later. " +
				"It is heuristically cacheable, so caches may reuse it even without explicit freshness information.",
			Hi: "Request successful rahi, aur body ka matlab method par depend karta hai: GET mein khud resource, HEAD mein sirf uske headers, POST, PUT aur DELETE mein action ka result ya status, OPTIONS mein available options, aur TRACE mein server tak pahunchi request. " +
				"200 ke saath content aana expected hai; agar client ne success par body nahi maangi, toh 204 better jawab hai. " +
				"GET ya HEAD ke 200 mein server ke paas jo validators hain woh bhejne chahiye, best hai strong ETag aur Last-Modified, taaki client baad mein revalidate kar sake. " +
				"Yeh heuristically cacheable hai, yaani explicit freshness info ke bina bhi cache ise reuse kar sakta hai.",
		},
		UseWhen: Text{
			En: "A read returned data, or an action finished within the request and you return its result or the updated resource. Also for a search or list that found nothing: an empty array is still a successful answer.",
			Hi: "Jab read se data mila ho, ya action request ke andar hi poora ho gaya aur aap uska result ya updated resource bhej rahe ho. Search ya list khaali ho tab bhi: empty array bhi successful jawab hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 201, When: Text{
				En: "The request created a new resource that now has its own URL",
				Hi: "Request se ek naya resource bana hai jiska ab apna URL hai",
			}},
			{Code: 202, When: Text{
				En: "The work was only queued and will finish after the response is sent",
				Hi: "Kaam sirf queue hua hai aur response jaane ke baad poora hoga",
			}},
			{Code: 204, When: Text{
				En: "The action succeeded and there is nothing useful to put in the body",
				Hi: "Action successful raha aur body mein bhejne layak kuch nahi hai",
			}},
			{Code: 206, When: Text{
				En: "The client sent a Range header and you return only the requested part",
				Hi: "Client ne Range header bheja hai aur aap sirf maanga hua hissa bhej rahe ho",
			}},
			{Code: 304, When: Text{
				En: "A conditional GET matched: the client's cached copy is still current",
				Hi: "Conditional GET match ho gaya: client ki cached copy abhi bhi current hai",
			}},
			{Code: 422, When: Text{
				En: "The operation failed validation: never send 200 with an error flag in the body",
				Hi: "Operation validation mein fail hua: body mein error flag ke saath 200 kabhi mat bhejo",
			}},
		},
		Headers: []Header{
			{Name: "Content-Type", Requirement: Recommended, Conditional: true, Note: Text{
				En: "The media type of the body, e.g. application/json; charset=utf-8",
				Hi: "Body ka media type, jaise application/json; charset=utf-8",
			}},
			{Name: "ETag", Requirement: Recommended, Conditional: true, Note: Text{
				En: "On GET and HEAD, send the validators you have; a strong ETag lets clients revalidate and get 304",
				Hi: "GET aur HEAD par jo validators hain bhejo; strong ETag se client revalidate karke 304 le sakta hai",
			}},
			{Name: "Last-Modified", Requirement: Recommended, Conditional: true, Note: Text{
				En: "The other validator RFC 9110 prefers alongside a strong ETag on GET and HEAD",
				Hi: "GET aur HEAD par strong ETag ke saath RFC 9110 ka pasandida doosra validator",
			}},
			{Name: "Cache-Control", Requirement: Optional, Note: Text{
				En: "Say how long the response may be reused, or no-store for private or changing data",
				Hi: "Batao response kitni der reuse ho sakta hai, ya private ya badalte data ke liye no-store",
			}},
		},
		ContentAllowed: true,
		Cacheable:      true,
		Caching: Text{
			En: "Heuristically cacheable: a 200 to GET may be stored and reused without explicit freshness, so send Cache-Control. A 200 to POST is reusable only with explicit freshness and a matching Content-Location, and shared caches do not reuse responses to requests with Authorization unless told they may.",
			Hi: "Heuristically cacheable hai: GET ka 200 bina explicit freshness ke bhi store aur reuse ho sakta hai, isliye Cache-Control bhejo. POST ka 200 sirf explicit freshness aur matching Content-Location ke saath reuse hota hai, aur Authorization wali requests ke responses shared cache tab tak reuse nahi karta jab tak allow na kiya ho.",
		},
		Retry: Text{
			En: "Nothing to retry. Safe and idempotent requests (GET, PUT, DELETE) can be repeated freely; repeating a POST may repeat its effect.",
			Hi: "Retry ki zarurat nahi. Safe aur idempotent requests (GET, PUT, DELETE) aaram se dobara bheji ja sakti hain; POST dobara bhejne se uska effect bhi dobara ho sakta hai.",
		},
		Methods: []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"},
		Related: []int{201, 202, 204, 206, 304},
		Constants: Constants{
			Go:     "http.StatusOK",
			Python: "HTTPStatus.OK",
			Node:   "StatusCodes.OK",
			Java:   "HttpStatus.OK",
			Dotnet: "HttpStatusCode.OK",
			Rust:   "StatusCode::OK",
			Django: "status.HTTP_200_OK",
			Rails:  ":ok",
			PHP:    "Response::HTTP_OK",
		},
		Situations: []string{
			"head request for a file that exists",
			"put replaced the resource and returns the new representation",
			"paginated list page returned fine",
			"post that only computes a result and stores nothing",
			"rpc style action returns a computed answer",
			"calculation endpoint returns the result, nothing is saved",
			"request succeeded and returning data",
			"get user profile",
			"fetch the list of orders",
			"search returned results",
			"search returned no results, empty list",
			"get by id found the record",
			"login successful, returning the token in the body",
			"update succeeded and returning the updated object",
			"patch applied, responding with the new state",
			"delete succeeded and returning the deleted record",
			"health check endpoint is fine",
			"paginated list page returned",
			"download the full file",
			"calculation or action endpoint returned its result",
			"webhook handled synchronously, acknowledging it",
			"poll the job status endpoint and return the current state",
			"token refresh returned a new access token",
			"graphql query succeeded",
			"sab theek hai, data bhej do",
			"user ka data mil gaya",
			"list khaali hai lekin request sahi thi",
			"what status to return for an empty search result",
			"filter matched no items, return an empty array",
			"list endpoint with zero items",
			"user has no orders yet, empty collection",
			"get request succeeded with a json body",
			"search api returned matching products",
			"payment captured synchronously, returning the receipt",
			"cart total calculated and returned",
			"graphql response contains data and an errors array",
			"idempotent retry returns the original result again",
			"ping endpoint replies with pong",
			"kubernetes liveness probe succeeds",
			"iot device polls for its config and gets it",
			"mobile app fetches the feed successfully",
			"acknowledge a stripe webhook after handling it",
			"report generated within the request and returned",
			"is an empty result an error",
			"no data for this date range, return an empty list",
			"request processed synchronously, result in the response",
			"data aa gaya successfully",
			"search mein kuch nahi mila, khaali array bhejo",
			"order ki details mil gayi",
			"sab sahi chala, response mein result bhej diya",
			"response theek aaya, sab sahi hai",
		},
	},
	{
		Code:   201,
		Name:   "Created",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.3.2", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.2"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/201",
		Summary: Text{
			En: "The request succeeded and created a new resource, usually named in Location",
			Hi: "Request successful rahi aur ek naya resource bana, aam taur par Location mein",
		},
		Description: Text{
			En: "The request has been fulfilled and one or more new resources now exist. " +
				"The main new resource is the one named in the Location header, or, when there is no Location, the request's own URL (the case of a PUT to a new URL). " +
				"The body usually describes the new resource and links to it, and any ETag or Last-Modified refers to the freshly created representation. " +
				"A PUT that creates a resource must answer 201, and a POST that creates one should answer 201 with a Location.",
			Hi: "Request poori ho gayi aur ab ek ya zyada naye resources exist karte hain. " +
				"Main naya resource woh hai jiska URL Location header mein hai, ya Location na ho toh khud request ka URL (jaise naye URL par PUT). " +
				"Body aam taur par naye resource ki details aur uska link deti hai, aur ETag ya Last-Modified naye bane representation ke hote hain. " +
				"Resource banane wale PUT ko 201 hi bhejna zaroori hai, aur resource banane wale POST ko Location ke saath 201 bhejna chahiye.",
		},
		UseWhen: Text{
			En: "A POST added a new item to a collection (signup, new order, upload), or a PUT created something at a URL that was empty. Return the new resource or its ID, and its URL in Location.",
			Hi: "Jab POST se collection mein naya item juda ho (signup, naya order, upload), ya PUT ne kisi khaali URL par kuch banaya ho. Naya resource ya uski ID bhejo, aur uska URL Location mein.",
		},
		AvoidWhen: []Alternative{
			{Code: 200, When: Text{
				En: "Nothing new was created: an existing resource was updated or an action ran",
				Hi: "Kuch naya nahi bana: existing resource update hua ya koi action chala",
			}},
			{Code: 202, When: Text{
				En: "Creation was only queued and the resource will exist later",
				Hi: "Creation sirf queue hua hai aur resource baad mein banega",
			}},
			{Code: 409, When: Text{
				En: "A resource with the same unique key already exists and nothing was created",
				Hi: "Same unique key wala resource pehle se hai aur kuch naya nahi bana",
			}},
			{Code: 303, When: Text{
				En: "The POST's result is an existing resource and you send the client there to GET it",
				Hi: "POST ka result ek existing resource hai aur aap client ko wahan GET karne bhej rahe ho",
			}},
		},
		Headers: []Header{
			{Name: "Location", Requirement: Optional, Note: Text{
				En: "URL of the new resource; without it the request URL is taken as the new resource. RFC 9110 asks for it after a creating POST, and good APIs always send it",
				Hi: "Naye resource ka URL; yeh na ho toh request ka URL hi naya resource maana jaata hai. Resource banane wale POST ke baad RFC 9110 ise maangta hai, aur achhi APIs hamesha bhejti hain",
			}},
			{Name: "ETag", Requirement: Optional, Note: Text{
				En: "Validator of the new representation; after a PUT, only when the stored data is exactly what was sent",
				Hi: "Naye representation ka validator; PUT ke baad sirf tab jab store hua data bilkul bheja hua data ho",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; a response to POST or PUT is not stored unless it carries explicit freshness (POST) and caches invalidate what they held for the target URL.",
			Hi: "Heuristically cacheable nahi hai; POST ya PUT ka response explicit freshness (POST) ke bina store nahi hota, aur cache target URL ka purana stored response invalidate kar dete hain.",
		},
		Retry: Text{
			En: "Done, do not resend. A POST is not idempotent: retrying after a lost response can create a duplicate, so use an idempotency key or check first.",
			Hi: "Kaam ho gaya, dobara mat bhejo. POST idempotent nahi hai: response kho jaane ke baad retry karne se duplicate ban sakta hai, isliye idempotency key use karo ya pehle check karo.",
		},
		Methods: []string{"POST", "PUT"},
		Related: []int{200, 202, 303, 409},
		Constants: Constants{
			Go:     "http.StatusCreated",
			Python: "HTTPStatus.CREATED",
			Node:   "StatusCodes.CREATED",
			Java:   "HttpStatus.CREATED",
			Dotnet: "HttpStatusCode.Created",
			Rust:   "StatusCode::CREATED",
			Django: "status.HTTP_201_CREATED",
			Rails:  ":created",
			PHP:    "Response::HTTP_CREATED",
		},
		Situations: []string{
			"new user created",
			"signup successful, account created",
			"order placed and saved",
			"post request created a record",
			"put to a new url created the resource",
			"uploaded file stored as a new resource",
			"new comment added to a post",
			"created an item, return its id and location",
			"resource created, send the location header",
			"invitation created",
			"new api key generated",
			"insert a row via the api",
			"new project added to the workspace",
			"message posted to the channel",
			"registered a new device",
			"subscription created for the customer",
			"naya user ban gaya",
			"record create ho gaya, id wapas bhejo",
			"booking confirm ho gayi aur naya booking record bana",
			"what status after creating a resource with post",
			"new row inserted, return it with its location",
			"customer account registered through the api",
			"new order created at checkout",
			"file uploaded and saved with a new id",
			"new blog post published",
			"product added to the catalog",
			"new address saved to the user profile",
			"webhook subscription registered",
			"new payment intent created",
			"support ticket created",
			"iot device provisioned, new device record",
			"post to a collection adds a new item",
			"create endpoint returns the new object",
			"insert succeeded, new primary key generated",
			"new short link generated",
			"new review added to a product",
			"user signed up successfully",
			"reservation created for the guest",
			"new event added to the calendar",
			"which status after a successful insert",
			"naya order ban gaya",
			"nayi entry database mein save ho gayi",
			"account create ho gaya successfully",
			"naya record add ho gaya, location header bhejo",
			"order placed successfully",
			"webdav mkcol created a new collection",
			"put created the resource because nothing existed at that url before",
			"upsert inserted a new record instead of updating one",
			"post succeeded and the location header points to the new resource",
		},
	},
	{
		Code:   202,
		Name:   "Accepted",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.3.3", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.3"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/202",
		Summary: Text{
			En: "Request accepted for processing later; the outcome is not known yet",
			Hi: "Request process ke liye accept ho gayi; result abhi pata nahi hai",
		},
		Description: Text{
			En: "The request has been accepted for processing but the processing is not finished, and it may still fail or be refused when it actually runs. " +
				"The code is deliberately noncommittal: it lets a server hand the work to another process (a queue, a nightly batch) without keeping the client's connection open until it ends. " +
				"HTTP has no way to send the final status later, so the body should describe the current state and point to a status monitor, ideally with an estimate of when the work will be done.",
			Hi: "Request process ke liye accept ho gayi hai lekin processing khatam nahi hui, aur jab kaam sach mein chalega tab woh fail ya reject bhi ho sakta hai. " +
				"Yeh code jaan-boojh ke koi promise nahi karta: isse server kaam kisi aur process (queue, raat ka batch) ko de sakta hai bina client ka connection kaam khatam hone tak khula rakhe. " +
				"HTTP mein final status baad mein bhejne ka koi tareeka nahi hai, isliye body mein current state batao aur ek status monitor ka link do, ho sake toh kaam kab tak hoga uska estimate bhi.",
		},
		UseWhen: Text{
			En: "The work runs asynchronously: a queued job, a report or export, a video transcode, a bulk import, a scheduled deletion. Return a job ID and a status URL the client can poll.",
			Hi: "Jab kaam asynchronously chalta hai: queue hua job, report ya export, video transcode, bulk import, scheduled delete. Job ID aur ek status URL bhejo jise client poll kar sake.",
		},
		AvoidWhen: []Alternative{
			{Code: 200, When: Text{
				En: "The work finished within the request and you can return its result",
				Hi: "Kaam request ke andar hi khatam ho gaya aur aap result bhej sakte ho",
			}},
			{Code: 201, When: Text{
				En: "The new resource already exists by the time you respond",
				Hi: "Response bhejte waqt naya resource ban chuka hai",
			}},
			{Code: 204, When: Text{
				En: "The action is already complete and there is nothing to return",
				Hi: "Action poora ho chuka hai aur wapas bhejne ko kuch nahi hai",
			}},
			{Code: 303, When: Text{
				En: "A poll of the job finds it finished and you send the client to the result resource",
				Hi: "Job poll karne par woh khatam mila aur aap client ko result resource par bhej rahe ho",
			}},
		},
		Headers: []Header{
			{Name: "Location", Requirement: Optional, Note: Text{
				En: "Not defined by RFC 9110 for 202, but customary: the URL of the job or status monitor",
				Hi: "RFC 9110 mein 202 ke liye defined nahi, lekin aam practice: job ya status monitor ka URL",
			}},
			{Name: "Retry-After", Requirement: Optional, Note: Text{
				En: "Customary hint for when to poll the status monitor first",
				Hi: "Status monitor pehli baar kab poll karein, uska aam hint",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; the job's state changes quickly, so mark status-monitor responses no-store or short-lived.",
			Hi: "Heuristically cacheable nahi hai; job ki state jaldi badalti hai, isliye status monitor ke responses no-store ya short-lived rakho.",
		},
		Retry: Text{
			En: "Do not resend the request, which could queue the work twice; poll the status URL, honouring Retry-After if given.",
			Hi: "Request dobara mat bhejo, warna kaam do baar queue ho sakta hai; status URL poll karo, aur Retry-After diya ho toh utna ruko.",
		},
		Methods: []string{"POST", "PUT", "PATCH", "DELETE"},
		Related: []int{200, 201, 204, 303},
		Constants: Constants{
			Go:     "http.StatusAccepted",
			Python: "HTTPStatus.ACCEPTED",
			Node:   "StatusCodes.ACCEPTED",
			Java:   "HttpStatus.ACCEPTED",
			Dotnet: "HttpStatusCode.Accepted",
			Rust:   "StatusCode::ACCEPTED",
			Django: "status.HTTP_202_ACCEPTED",
			Rails:  ":accepted",
			PHP:    "Response::HTTP_ACCEPTED",
		},
		Situations: []string{
			"job queued for background processing",
			"report generation started, ready later",
			"video transcoding started asynchronously",
			"bulk import accepted, processing in the background",
			"email queued for sending",
			"webhook received, will be processed later from a queue",
			"async task created, poll the status url",
			"batch job submitted",
			"request accepted but not processed yet",
			"long running operation started",
			"csv export will be emailed when ready",
			"payment initiated, confirmation pending",
			"message published to kafka for async processing",
			"account deletion scheduled, not done yet",
			"ml model training kicked off",
			"request queue mein daal di, baad mein process hogi",
			"kaam shuru ho gaya, status baad mein check karo",
			"processing will happen in the background",
			"request queued, client should poll for the result",
			"long running task, return a job id",
			"async api returns a status url to poll",
			"bulk email campaign queued",
			"image resize job queued after the upload",
			"data export started, download link sent later",
			"refund requested, the bank processes it later",
			"order received but fulfilment is asynchronous",
			"command accepted in a cqrs system, handled later",
			"command sent to the iot device, result comes later",
			"sms handed to the provider for later delivery",
			"report too slow for one request, run it as a job",
			"avoid a proxy timeout by doing the work asynchronously",
			"video upload accepted, transcoding pending",
			"delete request accepted, purge happens later",
			"batch payout submitted for processing",
			"fire and forget request",
			"pdf generation runs in a worker",
			"background mein process hoga, abhi job id le lo",
			"request mil gayi, kaam baad mein hoga",
			"report ban rahi hai, thodi der mein ready hogi",
			"queue mein hai, status url pe check karo",
		},
	},
	{
		Code:    203,
		Name:    "Non-Authoritative Information",
		Aliases: []string{"Non-Authoritative Info", "Non Authoritative Information"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 9110, Section 15.3.4", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.4"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/203",
		Summary: Text{
			En: "Success, but a transforming proxy changed the origin's 200 response",
			Hi: "Success, lekin beech ke transforming proxy ne origin ka 200 response badla hai",
		},
		Description: Text{
			En: "The request succeeded, but the content is not exactly what the origin server sent in its 200: a transforming proxy modified it, for example by recompressing images, filtering or annotating it. " +
				"Changing the status to 203 lets the proxy tell later recipients that a transformation happened, which matters because, for instance, validators may then only work along the same path through the same proxies. " +
				"A proxy must not transform content at all when the response carries Cache-Control: no-transform.",
			Hi: "Request successful rahi, lekin content bilkul woh nahi hai jo origin server ne 200 mein bheja tha: kisi transforming proxy ne use badla hai, jaise images dobara compress karke, filter ya annotate karke. " +
				"Status ko 203 karke proxy aage walon ko batata hai ki transformation hua hai; yeh zaroori hai kyunki phir validators shayad sirf unhi proxies wale path par kaam karein. " +
				"Agar response mein Cache-Control: no-transform hai, toh proxy content ko bilkul nahi badal sakta.",
		},
		UseWhen: Text{
			En: "Only in a proxy or gateway that modifies the content of an origin's 200 response before passing it on.",
			Hi: "Sirf us proxy ya gateway mein jo origin ke 200 response ka content aage bhejne se pehle badalta hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 200, When: Text{
				En: "You are the origin server, or the proxy passed the content through unchanged",
				Hi: "Aap khud origin server ho, ya proxy ne content bina badle aage bheja",
			}},
		},
		Note: Text{
			En: "Rare in practice; application code at the origin never needs it.",
			Hi: "Practice mein kam dikhta hai; origin par application code ko iski kabhi zarurat nahi padti.",
		},
		ContentAllowed: true,
		Cacheable:      true,
		Caching: Text{
			En: "Heuristically cacheable like 200; keep in mind that later validation may only succeed through the same transforming proxy.",
			Hi: "200 ki tarah heuristically cacheable hai; dhyan rahe ki baad ka validation shayad sirf usi transforming proxy ke through kaam kare.",
		},
		Retry: Text{
			En: "No retry needed. To get the untouched origin content, send Cache-Control: no-transform or use a path without the proxy.",
			Hi: "Retry ki zarurat nahi. Origin ka asli content chahiye toh Cache-Control: no-transform bhejo ya bina proxy wala path use karo.",
		},
		Methods: []string{"GET", "HEAD"},
		Related: []int{200},
		Constants: Constants{
			Go:     "http.StatusNonAuthoritativeInfo",
			Python: "HTTPStatus.NON_AUTHORITATIVE_INFORMATION",
			Node:   "StatusCodes.NON_AUTHORITATIVE_INFORMATION",
			Java:   "HttpStatus.NON_AUTHORITATIVE_INFORMATION",
			Dotnet: "HttpStatusCode.NonAuthoritativeInformation",
			Rust:   "StatusCode::NON_AUTHORITATIVE_INFORMATION",
			Django: "status.HTTP_203_NON_AUTHORITATIVE_INFORMATION",
			Rails:  ":non_authoritative_information",
			PHP:    "Response::HTTP_NON_AUTHORITATIVE_INFORMATION",
		},
		Situations: []string{
			"proxy modified the response body",
			"transforming proxy recompressed the images",
			"proxy injected or rewrote content from the origin",
			"corporate filter altered the page before delivering it",
			"gateway transcoded the origin response",
			"mobile operator proxy resized images",
			"content changed by an intermediary, not by the origin",
			"privacy filter proxy removed trackers from the origin page",
			"cdn rewrote the response from the origin",
			"response content was altered by a transforming proxy",
			"gateway added extra fields to the upstream payload",
			"caching proxy serves a modified copy of the origin response",
			"metadata comes from a local copy, not the origin server",
			"api aggregator enriches the upstream response before returning it",
			"proxy ne origin ka response badal diya",
		},
	},
	{
		Code:   204,
		Name:   "No Content",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.3.5", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.5"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/204",
		Summary: Text{
			En: "Success with no body; headers may still describe the updated resource",
			Hi: "Success, lekin body nahi; headers phir bhi updated resource bata sakte hain",
		},
		Description: Text{
			En: "The server carried out the request and has nothing to put in the body. " +
				"Headers in the response describe the target resource as it is after the action; an ETag on a 204 to PUT, for instance, is the tag of the new representation. " +
				"It tells a user agent to stay where it is rather than navigate, which suits save actions in editors and automated transfers. " +
				"The response ends with the header section: it cannot carry content or trailers. It is heuristically cacheable.",
			Hi: "Server ne request poori kar di aur body mein bhejne ke liye kuch nahi hai. " +
				"Response ke headers action ke baad wale target resource ko describe karte hain; jaise PUT ke 204 mein ETag naye representation ka tag hota hai. " +
				"Yeh user agent ko batata hai ki jahan hai wahin rahe, navigate na kare, jo editors ke save action aur automated transfers ke liye sahi hai. " +
				"Response header section par hi khatam hota hai: isme content ya trailers nahi ho sakte. Yeh heuristically cacheable hai.",
		},
		UseWhen: Text{
			En: "A DELETE, PUT, PATCH or action succeeded and the client does not need anything back; also for CORS preflight answers, beacons and when the client sent Prefer: return=minimal.",
			Hi: "Jab DELETE, PUT, PATCH ya koi action successful ho aur client ko kuch wapas nahi chahiye; CORS preflight ke jawab, beacons, aur jab client ne Prefer: return=minimal bheja ho tab bhi.",
		},
		AvoidWhen: []Alternative{
			{Code: 200, When: Text{
				En: "There is something to return: the updated object, a result, or an empty list from a search",
				Hi: "Wapas bhejne ko kuch hai: updated object, koi result, ya search ki khaali list",
			}},
			{Code: 201, When: Text{
				En: "The request created a new resource",
				Hi: "Request se naya resource bana hai",
			}},
			{Code: 202, When: Text{
				En: "The action was accepted but has not been carried out yet",
				Hi: "Action accept hua hai lekin abhi hua nahi",
			}},
			{Code: 304, When: Text{
				En: "A conditional GET found the client's cached copy still valid",
				Hi: "Conditional GET mein client ki cached copy abhi bhi valid nikli",
			}},
			{Code: 205, When: Text{
				En: "You want the user agent to clear the form or view that sent the request",
				Hi: "Aap chahte ho ki user agent request bhejne wala form ya view reset kar de",
			}},
		},
		Note: Text{
			En: "A server must not send Content-Length in a 204 (RFC 9110, Section 8.6), and any body bytes would be read as the start of the next response. A fetch() call gets no JSON from a 204, so do not call response.json() on it.",
			Hi: "Server 204 mein Content-Length nahi bhej sakta (RFC 9110, Section 8.6), aur body ke bytes agle response ki shuruaat samjhe jaayenge. fetch() ko 204 se koi JSON nahi milta, isliye uspar response.json() mat chalao.",
		},
		Headers: []Header{
			{Name: "ETag", Requirement: Optional, Note: Text{
				En: "Tag of the resource after the change; after a PUT, only if the stored data is exactly what was sent",
				Hi: "Change ke baad resource ka tag; PUT ke baad sirf tab jab store hua data bilkul bheja hua data ho",
			}},
		},
		ContentAllowed: false,
		Cacheable:      true,
		Caching: Text{
			En: "Heuristically cacheable: caches may reuse a 204 to GET without explicit freshness, so send Cache-Control when that would be wrong.",
			Hi: "Heuristically cacheable hai: GET ke 204 ko cache bina explicit freshness ke reuse kar sakta hai, isliye jahan yeh galat ho wahan Cache-Control bhejo.",
		},
		Retry: Text{
			En: "Done. DELETE and PUT are idempotent, so repeating them after a lost response is safe.",
			Hi: "Kaam ho gaya. DELETE aur PUT idempotent hain, isliye response kho jaaye toh dobara bhejna safe hai.",
		},
		Methods: []string{"DELETE", "PUT", "PATCH", "POST", "OPTIONS"},
		Related: []int{200, 201, 202, 205},
		Constants: Constants{
			Go:     "http.StatusNoContent",
			Python: "HTTPStatus.NO_CONTENT",
			Node:   "StatusCodes.NO_CONTENT",
			Java:   "HttpStatus.NO_CONTENT",
			Dotnet: "HttpStatusCode.NoContent",
			Rust:   "StatusCode::NO_CONTENT",
			Django: "status.HTTP_204_NO_CONTENT",
			Rails:  ":no_content",
			PHP:    "Response::HTTP_NO_CONTENT",
		},
		Situations: []string{
			"delete succeeded, nothing to return",
			"resource deleted",
			"update saved, no body needed",
			"put succeeded without a response body",
			"settings saved",
			"mark notification as read",
			"logout succeeded",
			"cors preflight response",
			"options preflight ok",
			"feature flag toggled",
			"autosave document draft",
			"analytics beacon received",
			"patch applied, client does not need the object back",
			"client sent prefer: return=minimal",
			"remove item from cart",
			"unsubscribe from the newsletter succeeded",
			"delete ho gaya, kuch wapas bhejne ki zarurat nahi",
			"save ho gaya bas, body nahi chahiye",
			"what status for a successful delete",
			"delete endpoint returns nothing",
			"put update with an empty response body",
			"action succeeded but there is nothing to send back",
			"like a post, no response needed",
			"acknowledge a heartbeat from an iot device",
			"password changed, nothing to return",
			"remove a member from the team",
			"user preferences updated, no body",
			"webhook acknowledged with an empty response",
			"request succeeded and the response body is empty",
			"clear the shopping cart",
			"revoke an api key, nothing to return",
			"new sort order saved",
			"should a delete return a body or nothing",
			"empty response after a successful patch",
			"follow or unfollow a user",
			"read receipt recorded",
			"update ho gaya, response khaali bhejo",
			"kaam ho gaya, kuch return nahi karna",
			"item cart se hata diya",
			"delete successful, koi data wapas nahi chahiye",
			"logout endpoint returns an empty response",
			"sendbeacon analytics call received",
			"updated successfully, not returning anything",
		},
	},
	{
		Code:   205,
		Name:   "Reset Content",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.3.6", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.6"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/205",
		Summary: Text{
			En: "Success; the client should reset the form or view that sent the request",
			Hi: "Success; client ko request bhejne wala form ya view reset karna chahiye",
		},
		Description: Text{
			En: "The server fulfilled the request and asks the user agent to reset the document view that sent it back to its original state. " +
				"It is meant for data entry: the user fills a form, canvas or notepad, submits it, and the input area is cleared for the next entry. " +
				"Because it promises no further content, the server must not send a body with it.",
			Hi: "Server ne request poori kar di aur user agent se kehta hai ki jis document view se request aayi thi use original state mein reset kar de. " +
				"Yeh data entry ke liye bana hai: user form, canvas ya notepad bharta hai, submit karta hai, aur agli entry ke liye input area khaali ho jaata hai. " +
				"Kyunki yeh aage koi content promise nahi karta, server iske saath body nahi bhej sakta.",
		},
		UseWhen: Text{
			En: "After a successful submission from a repeated data-entry screen, when the client should clear the inputs for the next entry.",
			Hi: "Baar baar data entry wali screen se successful submission ke baad, jab client ko agli entry ke liye inputs clear karne hon.",
		},
		AvoidWhen: []Alternative{
			{Code: 204, When: Text{
				En: "The action succeeded and the client's view should stay exactly as it is",
				Hi: "Action successful raha aur client ka view jaisa hai waisa hi rehna chahiye",
			}},
			{Code: 303, When: Text{
				En: "After a browser form POST you want to show a result page and avoid resubmission on refresh",
				Hi: "Browser form POST ke baad result page dikhana hai aur refresh par dobara submit hone se bachna hai",
			}},
		},
		Note: Text{
			En: "Few user agents act on it; single-page apps usually clear their forms in JavaScript after a 200 or 204.",
			Hi: "Bahut kam user agents ispar kuch karte hain; single-page apps aam taur par 200 ya 204 ke baad JavaScript se form clear karte hain.",
		},
		ContentAllowed: false,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable, and there is no content to store.",
			Hi: "Heuristically cacheable nahi hai, aur store karne ko koi content bhi nahi hai.",
		},
		Retry: Text{
			En: "Done; do not resubmit the same data, reset the input instead.",
			Hi: "Kaam ho gaya; same data dobara submit mat karo, input reset karo.",
		},
		Methods: []string{"POST", "PUT"},
		Related: []int{204, 200, 303},
		Constants: Constants{
			Go:     "http.StatusResetContent",
			Python: "HTTPStatus.RESET_CONTENT",
			Node:   "StatusCodes.RESET_CONTENT",
			Java:   "HttpStatus.RESET_CONTENT",
			Dotnet: "HttpStatusCode.ResetContent",
			Rust:   "StatusCode::RESET_CONTENT",
			Django: "status.HTTP_205_RESET_CONTENT",
			Rails:  ":reset_content",
			PHP:    "Response::HTTP_RESET_CONTENT",
		},
		Situations: []string{
			"clear the form after submit",
			"reset the data entry form for the next input",
			"submitted, now empty the input fields",
			"blank form again for the next entry",
			"clear the canvas after saving the drawing",
			"reset the document view after save",
			"quick entry screen should be emptied after each save",
			"clear the inputs after saving so the user can type the next record",
			"reset the form fields after a successful submission",
			"tell the browser to clear the input form",
			"barcode scanning station ready for the next item",
			"survey submitted, show an empty survey again",
			"data entry kiosk resets after each record",
			"return the view to its initial state after the action",
			"submit ke baad form khaali kar do",
		},
	},
	{
		Code:   206,
		Name:   "Partial Content",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.3.7", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.7"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/206",
		Summary: Text{
			En: "Success for a Range request: the body holds only the requested part(s)",
			Hi: "Range request ka success: body mein sirf maange gaye hisse hain",
		},
		Description: Text{
			En: "The server is fulfilling a range request by sending one or more parts of the selected representation instead of all of it. " +
				"A single part comes with a Content-Range header saying which bytes it holds and the full length; several parts come as multipart/byteranges, each part with its own Content-Range. " +
				"The server may send fewer ranges than asked, so the client must read Content-Type and Content-Range to see what arrived. " +
				"Headers a 200 would have carried (Date, Cache-Control, ETag, Expires, Content-Location, Vary) must be present too.",
			Hi: "Server range request poori kar raha hai, poora representation bhejne ki jagah uske ek ya zyada hisse bhej raha hai. " +
				"Ek hissa ho toh Content-Range header batata hai ki kaunse bytes hain aur total length kitni hai; kai hisse hon toh multipart/byteranges aata hai, har part ke apne Content-Range ke saath. " +
				"Server maange gaye se kam ranges bhi bhej sakta hai, isliye client ko Content-Type aur Content-Range padh ke dekhna padta hai ki kya aaya. " +
				"Jo headers 200 mein aate (Date, Cache-Control, ETag, Expires, Content-Location, Vary), woh bhi bhejne zaroori hain.",
		},
		UseWhen: Text{
			En: "A GET carried a satisfiable Range header (and any If-Range still matches): video or audio seeking, resuming a download, fetching chunks of a large file.",
			Hi: "Jab GET mein satisfiable Range header ho (aur If-Range ho toh woh match kare): video ya audio seek, download resume, badi file ke chunks lana.",
		},
		AvoidWhen: []Alternative{
			{Code: 200, When: Text{
				En: "There is no Range header, If-Range no longer matches, or you choose to ignore Range and send the whole body",
				Hi: "Range header nahi hai, If-Range match nahi karta, ya aap Range ignore karke poori body bhej rahe ho",
			}},
			{Code: 416, When: Text{
				En: "None of the requested ranges can be satisfied, e.g. they start past the end of the file",
				Hi: "Maangi gayi koi bhi range satisfy nahi ho sakti, jaise file ke end ke baad se shuru ho rahi hai",
			}},
			{Code: 304, When: Text{
				En: "The request is conditional and the client's copy is current; Range is ignored then",
				Hi: "Request conditional hai aur client ki copy current hai; tab Range ignore hota hai",
			}},
		},
		Headers: []Header{
			{Name: "Content-Range", Requirement: Required, Note: Text{
				En: "For a single part: the range sent and the full length, e.g. bytes 0-1023/146515; not in the header section of a multipart response",
				Hi: "Ek part ke liye: bheji gayi range aur total length, jaise bytes 0-1023/146515; multipart response ke header section mein nahi",
			}},
			{Name: "Content-Type", Requirement: Required, Conditional: true, Note: Text{
				En: "For several parts: multipart/byteranges with its boundary parameter",
				Hi: "Kai parts ke liye: boundary parameter ke saath multipart/byteranges",
			}},
			{Name: "ETag", Requirement: Required, Conditional: true, Note: Text{
				En: "Required if a 200 would have carried it, like Date, Cache-Control, Expires, Content-Location and Vary; clients combine parts only with the same strong ETag",
				Hi: "Agar 200 mein aata toh zaroori, jaise Date, Cache-Control, Expires, Content-Location aur Vary; client parts sirf same strong ETag par jodta hai",
			}},
			{Name: "Accept-Ranges", Requirement: Optional, Note: Text{
				En: "Advertises range support, e.g. bytes",
				Hi: "Range support batata hai, jaise bytes",
			}},
		},
		ContentAllowed: true,
		Cacheable:      true,
		Caching: Text{
			En: "Heuristically cacheable, but only caches that understand ranges may store it; stored parts may be combined only when they share the same strong validator.",
			Hi: "Heuristically cacheable hai, lekin sirf wahi cache ise store kar sakte hain jo ranges samajhte hain; stored parts tabhi jode ja sakte hain jab unka strong validator same ho.",
		},
		Retry: Text{
			En: "Request the remaining ranges; send If-Range with the ETag so that a changed file comes back as a full 200 instead of mismatched parts.",
			Hi: "Baaki ranges maango; ETag ke saath If-Range bhejo taaki file badal gayi ho toh galat parts ki jagah poora 200 aaye.",
		},
		Methods: []string{"GET"},
		Related: []int{416, 200, 304},
		Constants: Constants{
			Go:     "http.StatusPartialContent",
			Python: "HTTPStatus.PARTIAL_CONTENT",
			Node:   "StatusCodes.PARTIAL_CONTENT",
			Java:   "HttpStatus.PARTIAL_CONTENT",
			Dotnet: "HttpStatusCode.PartialContent",
			Rust:   "StatusCode::PARTIAL_CONTENT",
			Django: "status.HTTP_206_PARTIAL_CONTENT",
			Rails:  ":partial_content",
			PHP:    "Response::HTTP_PARTIAL_CONTENT",
		},
		Situations: []string{
			"range request for part of a file",
			"video player seeks to the middle",
			"resume an interrupted download",
			"serve bytes 0-1023 of a file",
			"audio player requests a byte range",
			"download manager fetches chunks in parallel",
			"pdf viewer loads pages with range requests",
			"client sent a range header",
			"multipart byteranges response",
			"download beech mein ruk gaya, wahin se resume karna hai",
			"video streaming with byte ranges",
			"html5 video seeking sends range requests",
			"serve only part of a file",
			"range header asks for the last few bytes",
			"support resumable downloads",
			"stream mp4 from object storage with range requests",
			"download accelerator splits a file into pieces",
			"media server returns a chunk of the audio file",
			"content-range header in the response",
			"large file downloaded in parts",
			"partial response for a byte range",
			"podcast app requests part of an mp3",
			"safari needs range support to play video",
			"ios avplayer sends range requests",
			"if-range still matches, send the requested bytes",
			"return bytes from an offset to the end of the file",
			"pdf.js loads a large pdf piece by piece",
			"mobile app resumes a big download after network loss",
			"wget -c continues a broken download",
			"curl with a range option gets part of the file",
			"only the requested slice of the file is sent",
			"file server must support http range requests",
			"video ka beech wala part chahiye",
			"file ka sirf ek hissa bhejna hai",
			"range header aaya, utne hi bytes bhejo",
			"adhoora download aage se continue karo",
		},
	},
	{
		Code:    207,
		Name:    "Multi-Status",
		Aliases: []string{"Multi Status", "Multistatus"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 4918, Section 11.1", URL: "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.1"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/207",
		Summary: Text{
			En: "WebDAV: the body holds a separate status for each of several operations",
			Hi: "WebDAV: body mein kai operations ka alag alag status hai",
		},
		Description: Text{
			En: "Defined by WebDAV (RFC 4918) for a response that reports on several independent operations at once, such as a PROPFIND over a collection or a COPY, MOVE or DELETE touching many resources. " +
				"The body is an XML multistatus document in which each response element carries its own 2xx, 3xx, 4xx or 5xx status (1xx codes are not recorded there). " +
				"The 207 itself says nothing about success: the client has to read the body, and the response is used for full success, partial success and failure alike.",
			Hi: "WebDAV (RFC 4918) ne ise us response ke liye banaya jo ek saath kai independent operations ka result batata hai, jaise kisi collection par PROPFIND ya bahut saare resources ko chhune wala COPY, MOVE ya DELETE. " +
				"Body ek XML multistatus document hoti hai jisme har response element ka apna 2xx, 3xx, 4xx ya 5xx status hota hai (1xx wahan record nahi hote). " +
				"207 khud success ke baare mein kuch nahi kehta: client ko body padhni padti hai, aur yeh poori success, partial success aur failure, teeno mein use hota hai.",
		},
		UseWhen: Text{
			En: "A WebDAV method acts on several resources or properties with different outcomes. Outside WebDAV, some JSON APIs borrow it for batch endpoints that return a status per item.",
			Hi: "Jab WebDAV method kai resources ya properties par chale aur sabke results alag hon. WebDAV ke bahar kuch JSON APIs ise batch endpoints ke liye use karti hain jo har item ka status lautate hain.",
		},
		AvoidWhen: []Alternative{
			{Code: 200, When: Text{
				En: "Every item of the batch succeeded and one overall result is enough",
				Hi: "Batch ka har item successful raha aur ek overall result kaafi hai",
			}},
			{Code: 422, When: Text{
				En: "The whole batch was rejected by validation before any item ran",
				Hi: "Koi bhi item chalne se pehle hi poora batch validation mein reject ho gaya",
			}},
			{Code: 202, When: Text{
				En: "The batch was only accepted and will be processed later",
				Hi: "Batch sirf accept hua hai aur baad mein process hoga",
			}},
		},
		Note: Text{
			En: "Clients that look only at the status code will treat a 207 full of failures as success; document the per-item format if you use it outside WebDAV.",
			Hi: "Jo clients sirf status code dekhte hain woh failures se bhare 207 ko bhi success samjhenge; WebDAV ke bahar use karo toh per-item format document karo.",
		},
		Headers: []Header{
			{Name: "Content-Type", Requirement: Optional, Note: Text{
				En: "application/xml or text/xml for a WebDAV multistatus body",
				Hi: "WebDAV multistatus body ke liye application/xml ya text/xml",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; reused only with explicit freshness information.",
			Hi: "Heuristically cacheable nahi hai; sirf explicit freshness info ke saath reuse hota hai.",
		},
		Retry: Text{
			En: "Read each item's status and retry only the items that failed, after fixing what their status says.",
			Hi: "Har item ka status padho aur sirf fail hue items retry karo, unke status ke hisaab se problem theek karke.",
		},
		Methods: []string{"PROPFIND", "PROPPATCH", "COPY", "MOVE", "DELETE", "LOCK", "POST"},
		Related: []int{208, 424, 200},
		Constants: Constants{
			Go:     "http.StatusMultiStatus",
			Python: "HTTPStatus.MULTI_STATUS",
			Node:   "StatusCodes.MULTI_STATUS",
			Java:   "HttpStatus.MULTI_STATUS",
			Dotnet: "HttpStatusCode.MultiStatus",
			Rust:   "StatusCode::MULTI_STATUS",
			Django: "status.HTTP_207_MULTI_STATUS",
			Rails:  ":multi_status",
			PHP:    "Response::HTTP_MULTI_STATUS",
		},
		Situations: []string{
			"webdav propfind listing properties",
			"batch request with a result per item",
			"bulk update where some items failed",
			"partial success in a batch operation",
			"several operations each with its own status",
			"proppatch result for several properties",
			"bulk delete with mixed results",
			"kuch items succeed hue, kuch fail",
			"bulk api returns a status for each item",
			"some records in the batch imported, others rejected",
			"mixed success and failure in one request",
			"webdav multistatus xml response",
			"partial failure in a bulk create",
			"csv import where some rows failed and others succeeded",
			"bulk insert mein kuch rows fail hui, kuch save",
		},
	},
	{
		Code:   208,
		Name:   "Already Reported",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 5842, Section 7.1", URL: "https://www.rfc-editor.org/rfc/rfc5842.html#section-7.1"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/208",
		Summary: Text{
			En: "WebDAV: this binding's members were already listed earlier in the same response",
			Hi: "WebDAV: is binding ke members isi response mein pehle list ho chuke hain",
		},
		Description: Text{
			En: "Used by the WebDAV binding extensions (RFC 5842) inside a 207 Multi-Status body, not as the status of a whole response. " +
				"When one collection can be reached through several bindings, a Depth: infinity request reports it once with 200; every other binding gets 208 and its members are not listed again. " +
				"This keeps the listing finite when bindings form a loop. " +
				"A server should only use it when the client announced support with the DAV: bind request header; otherwise it should answer 508 Loop Detected on finding a loop.",
			Hi: "WebDAV binding extensions (RFC 5842) ise 207 Multi-Status body ke andar use karte hain, poore response ke status ki tarah nahi. " +
				"Jab ek collection tak kai bindings se pahuncha ja sakta hai, toh Depth: infinity request mein use ek baar 200 ke saath report karte hain; baaki har binding ko 208 milta hai aur uske members dobara list nahi hote. " +
				"Isse bindings ka loop ho tab bhi listing khatam hoti hai. " +
				"Server ko ise tabhi use karna chahiye jab client ne DAV: bind request header se support bataya ho; warna loop milne par 508 Loop Detected bhejna chahiye.",
		},
		UseWhen: Text{
			En: "Only in a WebDAV server implementing bindings, for the repeated bindings of a collection inside a Depth: infinity PROPFIND answer, and only for clients that sent DAV: bind.",
			Hi: "Sirf bindings implement karne wale WebDAV server mein, Depth: infinity PROPFIND ke jawab mein collection ki repeated bindings ke liye, aur sirf un clients ke liye jinhone DAV: bind bheja ho.",
		},
		AvoidWhen: []Alternative{
			{Code: 409, When: Text{
				En: "A normal API got a duplicate submission that clashes with an existing resource",
				Hi: "Normal API mein duplicate submission aaya jo existing resource se clash karta hai",
			}},
			{Code: 200, When: Text{
				En: "An idempotent retry repeated a request that already succeeded: return the original result",
				Hi: "Idempotent retry ne pehle se successful request dobara bheji: original result hi lautao",
			}},
			{Code: 508, When: Text{
				En: "You found a binding loop and the client did not send DAV: bind",
				Hi: "Binding loop mila aur client ne DAV: bind nahi bheja",
			}},
		},
		Note: Text{
			En: "Some APIs misuse 208 for duplicate requests; clients will not understand it that way. It belongs inside a 207 body.",
			Hi: "Kuch APIs duplicate requests ke liye 208 ka galat use karti hain; clients ise us matlab mein nahi samjhenge. Iski jagah 207 body ke andar hai.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable on its own: it appears only inside a 207 body.",
			Hi: "Akele cacheable nahi hai: yeh sirf 207 body ke andar aata hai.",
		},
		Retry: Text{
			En: "Nothing to retry; the members were reported under the first binding in the same response.",
			Hi: "Retry ki zarurat nahi; members isi response mein pehli binding ke neeche report ho chuke hain.",
		},
		Methods: []string{"PROPFIND"},
		Related: []int{207, 508},
		Constants: Constants{
			Go:     "http.StatusAlreadyReported",
			Python: "HTTPStatus.ALREADY_REPORTED",
			Java:   "HttpStatus.ALREADY_REPORTED",
			Dotnet: "HttpStatusCode.AlreadyReported",
			Rust:   "StatusCode::ALREADY_REPORTED",
			Django: "status.HTTP_208_ALREADY_REPORTED",
			Rails:  ":already_reported",
			PHP:    "Response::HTTP_ALREADY_REPORTED",
		},
		Situations: []string{
			"webdav binding already listed earlier in the multistatus",
			"collection reachable through several bindings in a propfind",
			"avoid listing the same collection twice in a depth infinity propfind",
			"bind loop in a webdav propfind from a client that sent dav: bind",
			"members already enumerated in this response",
			"multistatus entry for a repeated binding",
			"propfind on a collection bound at two paths",
			"dav bind extension depth infinity listing",
			"members of a second binding shown only once",
			"do not repeat the same collection in a multistatus",
			"webdav server with bind support avoids duplicate listings",
			"resource bound at two paths is enumerated once",
		},
	},
	{
		Code:   226,
		Name:   "IM Used",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 3229, Section 10.4.1", URL: "https://www.rfc-editor.org/rfc/rfc3229.html#section-10.4.1"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/226",
		Summary: Text{
			En: "GET succeeded with a delta or other instance manipulation, not the full resource",
			Hi: "GET successful, lekin poore resource ki jagah delta ya koi instance manipulation",
		},
		Description: Text{
			En: "Defined by delta encoding in HTTP (RFC 3229): the server fulfilled a GET and the body is the result of one or more instance manipulations applied to the current instance, typically a delta against a version the client already holds. " +
				"The client may have to combine it with earlier responses to rebuild the current instance, and then combines the headers too. " +
				"The request must have carried an A-IM header listing at least one manipulation, and the response must carry the ETag of the current instance.",
			Hi: "HTTP delta encoding (RFC 3229) mein defined: server ne GET poora kiya aur body current instance par lagaye gaye ek ya zyada instance manipulations ka result hai, aam taur par client ke paas pehle se maujood version ke against ek delta. " +
				"Current instance dobara banane ke liye client ko ise pehle ke responses ke saath jodna pad sakta hai, aur headers bhi jodne padte hain. " +
				"Request mein kam se kam ek manipulation wala A-IM header hona zaroori hai, aur response mein current instance ka ETag hona zaroori hai.",
		},
		UseWhen: Text{
			En: "A client sent A-IM (for example vcdiff, diffe or feed) with If-None-Match naming a version you can diff against, and you reply with only the changes.",
			Hi: "Jab client ne A-IM (jaise vcdiff, diffe ya feed) ke saath If-None-Match bheja ho jisme aisa version ho jiske against aap diff bana sakte ho, aur aap sirf changes bhejte ho.",
		},
		AvoidWhen: []Alternative{
			{Code: 200, When: Text{
				En: "The client sent no A-IM header, or you send the full representation anyway",
				Hi: "Client ne A-IM header nahi bheja, ya aap phir bhi poora representation bhej rahe ho",
			}},
			{Code: 304, When: Text{
				En: "The client's copy is already current, so there is no delta to send",
				Hi: "Client ki copy pehle se current hai, bhejne ko koi delta nahi",
			}},
			{Code: 206, When: Text{
				En: "The client asked for a byte range of the resource, not for changes",
				Hi: "Client ne resource ki byte range maangi hai, changes nahi",
			}},
		},
		Note: Text{
			En: "Rarely deployed: browsers do not support delta encoding, and proxies that do not understand it can mangle it.",
			Hi: "Bahut kam deploy hota hai: browsers delta encoding support nahi karte, aur jo proxies ise nahi samajhte woh ise bigaad sakte hain.",
		},
		Headers: []Header{
			{Name: "ETag", Requirement: Required, Note: Text{
				En: "Entity tag of the current instance, i.e. of the result after applying the delta",
				Hi: "Current instance ka entity tag, yaani delta lagane ke baad ke result ka",
			}},
			{Name: "IM", Requirement: Optional, Note: Text{
				En: "The instance manipulations applied, e.g. vcdiff; the client needs it to apply the body",
				Hi: "Lagaye gaye instance manipulations, jaise vcdiff; body apply karne ke liye client ko yeh chahiye",
			}},
			{Name: "Delta-Base", Requirement: Optional, Note: Text{
				En: "Entity tag of the base instance the delta was computed against",
				Hi: "Us base instance ka entity tag jiske against delta banaya gaya",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; RFC 3229 lets caches store it subject to explicit expiration and Cache-Control, and combine it with a stored base instance to build the current one.",
			Hi: "Heuristically cacheable nahi hai; RFC 3229 ke hisaab se cache ise explicit expiration aur Cache-Control ke saath store kar sakta hai, aur stored base instance se jod ke current instance bana sakta hai.",
		},
		Retry: Text{
			En: "If the delta cannot be applied (the base is gone), repeat the GET without A-IM to get the full 200.",
			Hi: "Agar delta apply nahi ho sakta (base maujood nahi), toh bina A-IM ke GET dobara karo aur poora 200 lo.",
		},
		Methods: []string{"GET"},
		Related: []int{200, 304, 206},
		Constants: Constants{
			Go:     "http.StatusIMUsed",
			Python: "HTTPStatus.IM_USED",
			Java:   "HttpStatus.IM_USED",
			Dotnet: "HttpStatusCode.IMUsed",
			Rust:   "StatusCode::IM_USED",
			Django: "status.HTTP_226_IM_USED",
			Rails:  ":im_used",
			PHP:    "Response::HTTP_IM_USED",
		},
		Situations: []string{
			"delta encoding response",
			"send only the diff since the client's etag",
			"client sent a-im: vcdiff",
			"return only the changes relative to the cached version",
			"rss feed delta with a-im: feed",
			"instance manipulation applied to the response",
			"rfc 3229 delta instead of the whole feed",
			"vcdiff patch against the version the client already has",
			"client asked for a delta with the a-im header",
			"return a diff instead of the full document",
			"delta update for a large feed to save bandwidth",
			"sirf changes bhejo, poora feed nahi",
			"instance manipulations applied before sending the response",
		},
	},
}
