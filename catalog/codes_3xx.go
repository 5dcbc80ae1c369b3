package catalog

// redirection: 3xx, RFC 9110 Section 15.4.
var redirection = []Entry{
	{
		Code:    300,
		Name:    "Multiple Choices",
		Aliases: []string{"Multiple Choice", "Ambiguous"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 9110, Section 15.4.1", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.1"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/300",
		Summary: Text{
			En: "Several representations exist at their own URLs; the client should pick one",
			Hi: "Kai representations apne apne URL par hain; client ko ek chunna hai",
		},
		Description: Text{
			En: "The target resource has more than one representation, each with its own more specific URL, and the server lists them so that the user or user agent can choose and follow one: reactive negotiation instead of the server choosing. " +
				"If the server has a preferred choice it should name it in Location, which clients may follow automatically. " +
				"Except for HEAD, the body should list the alternatives with their metadata; HTTP defines no format for that list, though a Link header with rel=alternate is one option. " +
				"A 300 is heuristically cacheable.",
			Hi: "Target resource ke ek se zyada representations hain, har ek ka apna specific URL hai, aur server unki list deta hai taaki user ya user agent ek chun ke follow kare: server ke chunne ki jagah reactive negotiation. " +
				"Agar server ki koi pasand hai toh use Location mein dena chahiye, jise client automatically follow kar sakta hai. " +
				"HEAD ke alawa body mein alternatives ki list metadata ke saath honi chahiye; HTTP us list ka koi format define nahi karta, lekin rel=alternate wala Link header ek option hai. " +
				"300 heuristically cacheable hai.",
		},
		UseWhen: Text{
			En: "The same thing exists in several forms (formats, languages, resolutions) at different URLs and you want the client, not the server, to choose.",
			Hi: "Jab ek hi cheez kai forms mein (formats, languages, resolutions) alag URLs par ho aur aap chahte ho ki server nahi, client chune.",
		},
		AvoidWhen: []Alternative{
			{Code: 200, When: Text{
				En: "The server can pick the best representation itself from Accept headers and send it",
				Hi: "Server Accept headers dekh ke khud best representation chun ke bhej sakta hai",
			}},
			{Code: 406, When: Text{
				En: "None of the representations fits the client's Accept headers and you will not send a default",
				Hi: "Koi bhi representation client ke Accept headers se match nahi karta aur aap default nahi bhejoge",
			}},
			{Code: 302, When: Text{
				En: "There is exactly one other URL to send the client to",
				Hi: "Client ko bhejne ke liye sirf ek hi doosra URL hai",
			}},
		},
		Note: Text{
			En: "Rare in practice: browsers show no chooser, and most clients simply follow Location if present.",
			Hi: "Practice mein kam dikhta hai: browsers koi chooser nahi dikhate, aur zyada tar clients Location ho toh bas use follow kar lete hain.",
		},
		Headers: []Header{
			{Name: "Location", Requirement: Recommended, Conditional: true, Note: Text{
				En: "The server's preferred choice, if it has one; clients may redirect to it automatically",
				Hi: "Server ki pasand wala choice, agar ho; client automatically wahan redirect kar sakta hai",
			}},
			{Name: "Link", Requirement: Optional, Note: Text{
				En: "One way to list the alternatives, with rel=alternate",
				Hi: "Alternatives list karne ka ek tareeka, rel=alternate ke saath",
			}},
		},
		ContentAllowed: true,
		Cacheable:      true,
		Caching: Text{
			En: "Heuristically cacheable: caches may reuse it without explicit freshness unless Cache-Control says otherwise.",
			Hi: "Heuristically cacheable hai: Cache-Control mana na kare toh cache ise bina explicit freshness ke reuse kar sakta hai.",
		},
		Retry: Text{
			En: "Pick one of the listed URLs (or Location) and request it.",
			Hi: "List mein se ek URL (ya Location) chuno aur use request karo.",
		},
		Methods: []string{"GET", "HEAD"},
		Related: []int{406, 302, 200},
		Constants: Constants{
			Go:     "http.StatusMultipleChoices",
			Python: "HTTPStatus.MULTIPLE_CHOICES",
			Node:   "StatusCodes.MULTIPLE_CHOICES",
			Java:   "HttpStatus.MULTIPLE_CHOICES",
			Dotnet: "HttpStatusCode.MultipleChoices",
			Rust:   "StatusCode::MULTIPLE_CHOICES",
			Django: "status.HTTP_300_MULTIPLE_CHOICES",
			Rails:  ":multiple_choices",
			PHP:    "Response::HTTP_MULTIPLE_CHOICES",
		},
		Situations: []string{
			"several formats available, let the client choose",
			"multiple language versions of a document at different urls",
			"resource available as pdf, html and epub",
			"ambiguous short link matches several targets",
			"let the user pick among alternatives",
			"reactive content negotiation",
			"file available in several resolutions, user picks one",
			"same document in english and hindi at separate urls, let the reader choose",
			"several representations exist, the client picks one",
			"list of alternative urls for the same resource",
			"ambiguous request matches several resources, offer choices",
			"multiple versions of a file at separate links",
			"user chooses between the mobile and desktop versions",
			"kai formats available hain, client khud chune",
		},
	},
	{
		Code:   301,
		Name:   "Moved Permanently",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.4.2", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.2"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/301",
		Summary: Text{
			En: "The resource has a new permanent URL; clients may turn a POST into a GET",
			Hi: "Resource ka naya permanent URL hai; client POST ko GET bana sakte hain",
		},
		Description: Text{
			En: "The target resource has been given a new permanent URL, and future references ought to use it. " +
				"The server should put the new URL in Location, and the body usually holds a short note linking to it. " +
				"For historical reasons a client may change a POST into a GET when following a 301; when the method and body must survive the redirect, 308 is the code to use. " +
				"A 301 is heuristically cacheable, so browsers may remember it for a long time, and search engines move their index to the new URL.",
			Hi: "Target resource ko ek naya permanent URL mil gaya hai, aur aage se wahi URL use hona chahiye. " +
				"Server ko naya URL Location mein dena chahiye, aur body mein aam taur par uska link wala chhota sa note hota hai. " +
				"Purani wajahon se client 301 follow karte waqt POST ko GET mein badal sakta hai; agar redirect ke baad bhi method aur body same rehni chahiye, toh 308 use karo. " +
				"301 heuristically cacheable hai, isliye browsers ise lambe time tak yaad rakh sakte hain, aur search engines apna index naye URL par le jaate hain.",
		},
		UseWhen: Text{
			En: "A page or GET resource moved for good: domain change, HTTPS or www canonicalisation, renamed slugs, site migrations. Best for browser and SEO traffic.",
			Hi: "Jab koi page ya GET resource hamesha ke liye shift ho gaya ho: domain change, HTTPS ya www canonicalisation, slug rename, site migration. Browser aur SEO traffic ke liye best.",
		},
		AvoidWhen: []Alternative{
			{Code: 308, When: Text{
				En: "The move is permanent and clients send POST, PUT or DELETE whose method and body must be kept",
				Hi: "Move permanent hai aur clients POST, PUT ya DELETE bhejte hain jinka method aur body same rehna chahiye",
			}},
			{Code: 302, When: Text{
				En: "The move is temporary and the old URL will be used again",
				Hi: "Move temporary hai aur purana URL phir se use hoga",
			}},
			{Code: 307, When: Text{
				En: "The move is temporary and the method and body must be kept",
				Hi: "Move temporary hai aur method aur body same rehni chahiye",
			}},
			{Code: 410, When: Text{
				En: "The resource was removed for good and there is no replacement URL",
				Hi: "Resource hamesha ke liye hata diya gaya aur koi replacement URL nahi hai",
			}},
		},
		Note: Text{
			En: "Browsers cache 301s aggressively and a wrong one is hard to undo; test with 302 first or send Cache-Control with a bounded max-age.",
			Hi: "Browsers 301 ko zor se cache karte hain aur galat 301 wapas lena mushkil hai; pehle 302 se test karo ya limited max-age wala Cache-Control bhejo.",
		},
		Headers: []Header{
			{Name: "Location", Requirement: Recommended, Note: Text{
				En: "The new permanent URL; clients follow it automatically",
				Hi: "Naya permanent URL; clients ise automatically follow karte hain",
			}},
			{Name: "Cache-Control", Requirement: Optional, Note: Text{
				En: "Bound how long browsers and caches remember the redirect",
				Hi: "Browsers aur caches redirect kitni der yaad rakhein, uski limit",
			}},
		},
		ContentAllowed: true,
		Cacheable:      true,
		Caching: Text{
			En: "Heuristically cacheable: browsers and CDNs may keep it without explicit freshness, sometimes indefinitely; set Cache-Control if you might change it.",
			Hi: "Heuristically cacheable hai: browsers aur CDNs ise bina explicit freshness ke, kabhi kabhi hamesha ke liye rakh sakte hain; badalne ka chance ho toh Cache-Control set karo.",
		},
		Retry: Text{
			En: "Follow Location and update bookmarks and stored links; do not go back to the old URL.",
			Hi: "Location follow karo aur bookmarks aur stored links update karo; purane URL par wapas mat jao.",
		},
		Methods: []string{"GET", "HEAD"},
		Related: []int{308, 302, 307, 410},
		Constants: Constants{
			Go:     "http.StatusMovedPermanently",
			Python: "HTTPStatus.MOVED_PERMANENTLY",
			Node:   "StatusCodes.MOVED_PERMANENTLY",
			Java:   "HttpStatus.MOVED_PERMANENTLY",
			Dotnet: "HttpStatusCode.MovedPermanently",
			Rust:   "StatusCode::MOVED_PERMANENTLY",
			Django: "status.HTTP_301_MOVED_PERMANENTLY",
			Rails:  ":moved_permanently",
			PHP:    "Response::HTTP_MOVED_PERMANENTLY",
		},
		Situations: []string{
			"nginx server block on port 80 returns a redirect to https for every request",
			"port 80 se https pe sab traffic hamesha ke liye bhejna hai nginx mein",
			"page moved to a new url permanently",
			"domain changed to a new domain",
			"redirect http to https permanently for a website",
			"old blog post url changed",
			"redirect www to non-www",
			"url slug changed",
			"seo friendly permanent redirect",
			"old route renamed for good",
			"site migration to a new domain",
			"trailing slash canonical url redirect",
			"product page moved, keep search ranking on the new url",
			"permanent redirect for a get request",
			"legacy url should forward forever",
			"rebranding, old domain points to the new one",
			"canonicalize uppercase urls to lowercase",
			"purana url hamesha ke liye naye url pe shift ho gaya",
			"domain badal diya, sab traffic naye domain pe bhejna hai",
			"seo ke liye permanent redirect chahiye",
			"moved the website to a new domain",
			"http to https redirect for every page of the site",
			"old url should redirect forever and keep its seo value",
			"permanently redirect old product urls to new ones",
			"page renamed, browsers should update bookmarks",
			"redirect after a wordpress permalink change",
			"merged two pages, send the old url to the new one",
			"force www on every page",
			"old category path replaced by a new url structure",
			"redirect non-canonical urls for search engines",
			"htaccess redirect old pages to new ones for good",
			"nginx rewrite sends the old domain to the new one forever",
			"google should index the new url instead",
			"backlinks from other sites should land on the new page",
			"blog moved from a subdomain to a path",
			"country sites consolidated into one domain",
			"which redirect is best for seo",
			"rename a url slug and keep old links working",
			"website naye domain pe shift ho gayi",
			"purane links naye page pe hamesha ke liye redirect karne hain",
			"http se https pe permanently bhejna hai",
			"blog or website moved to a new domain forever",
			"changing the url structure of a site without losing seo",
			"canonical urls without index.html",
			"browser still follows an old redirect from its cache",
			"s3 bucket addressed through the wrong regional endpoint",
		},
	},
	{
		Code:    302,
		Name:    "Found",
		Aliases: []string{"Moved Temporarily", "Object Moved"},
		Status:  Standard,
		Spec:    Spec{Ref: "RFC 9110, Section 15.4.3", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.3"},
		MDN:     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/302",
		Summary: Text{
			En: "The resource is temporarily at another URL; keep using the original one",
			Hi: "Resource kuch der ke liye doosre URL par hai; original URL hi use karte raho",
		},
		Description: Text{
			En: "The target resource is temporarily at a different URL, and because that may change again, the client should keep using the original URL for future requests. " +
				"The server should give the temporary URL in Location, and the body usually holds a short note linking to it. " +
				"For historical reasons a client may turn a POST into a GET when following a 302, and browsers do; use 307 when the method must be kept, or 303 when you want the switch to GET explicitly. " +
				"HTTP/1.0 called it Moved Temporarily.",
			Hi: "Target resource kuch der ke liye alag URL par hai, aur kyunki yeh phir badal sakta hai, client ko aage ki requests ke liye original URL hi use karna chahiye. " +
				"Server ko temporary URL Location mein dena chahiye, aur body mein aam taur par uska link wala chhota note hota hai. " +
				"Purani wajahon se client 302 follow karte waqt POST ko GET bana sakta hai, aur browsers yahi karte hain; method same rakhna ho toh 307 use karo, aur jaan-boojh ke GET par switch karwana ho toh 303. " +
				"HTTP/1.0 mein iska naam Moved Temporarily tha.",
		},
		UseWhen: Text{
			En: "A GET should be sent elsewhere for now: a browser session going to the login page, an OAuth or SSO hop, a maintenance or campaign page, a short link whose target may change.",
			Hi: "Jab GET ko abhi ke liye kahin aur bhejna ho: browser session ko login page par, OAuth ya SSO hop, maintenance ya campaign page, ya aisa short link jiska target badal sakta hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 303, When: Text{
				En: "You are answering a POST and want the client to GET a result page next",
				Hi: "Aap POST ka jawab de rahe ho aur chahte ho ki client agla request result page par GET kare",
			}},
			{Code: 307, When: Text{
				En: "The redirect is temporary and a POST, PUT or DELETE must keep its method and body",
				Hi: "Redirect temporary hai aur POST, PUT ya DELETE ka method aur body same rehna chahiye",
			}},
			{Code: 301, When: Text{
				En: "The move is permanent and clients should update their links",
				Hi: "Move permanent hai aur clients ko apne links update karne chahiye",
			}},
			{Code: 401, When: Text{
				En: "An API client without valid credentials: answer 401, do not redirect it to an HTML login page",
				Hi: "API client ke paas valid credentials nahi: 401 bhejo, use HTML login page par redirect mat karo",
			}},
		},
		Headers: []Header{
			{Name: "Location", Requirement: Recommended, Note: Text{
				En: "The temporary URL; the client follows it for this request only",
				Hi: "Temporary URL; client ise sirf is request ke liye follow karta hai",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable: stored only when Cache-Control or Expires explicitly allow it.",
			Hi: "Heuristically cacheable nahi hai: sirf tab store hota hai jab Cache-Control ya Expires explicitly allow karein.",
		},
		Retry: Text{
			En: "Follow Location for this request but keep using the original URL next time; expect a POST to arrive as a GET after the redirect.",
			Hi: "Is request ke liye Location follow karo lekin agli baar original URL hi use karo; redirect ke baad POST ke GET ban jaane ki ummeed rakho.",
		},
		Methods: []string{"GET", "HEAD", "POST"},
		Related: []int{303, 307, 301, 308},
		Constants: Constants{
			Go:     "http.StatusFound",
			Python: "HTTPStatus.FOUND",
			Node:   "StatusCodes.MOVED_TEMPORARILY",
			Java:   "HttpStatus.FOUND",
			Dotnet: "HttpStatusCode.Found",
			Rust:   "StatusCode::FOUND",
			Django: "status.HTTP_302_FOUND",
			Rails:  ":found",
			PHP:    "Response::HTTP_FOUND",
		},
		Situations: []string{
			"temporary redirect to another page",
			"redirect an unauthenticated browser user to the login page",
			"i get redirected to the login page",
			"oauth redirect to the authorization server",
			"sso redirect to the identity provider",
			"send users to a maintenance page for now",
			"temporary campaign or promo page redirect",
			"short link redirect whose target may change",
			"redirect to a signed download url for a get",
			"a/b test sends some users to another page",
			"redirect to a country specific page for this visit",
			"page temporarily moved, old url comes back later",
			"express res.redirect default",
			"login page pe redirect karna hai",
			"thodi der ke liye doosre page pe bhej do",
			"redirect ke baad bhi purana url hi use karna hai",
			"redirect to login when a web app session is missing",
			"send a get elsewhere for a short while",
			"oauth callback redirects the browser with an authorization code",
			"redirect to the language version of the homepage",
			"url shortener redirect with click tracking",
			"affiliate link redirect that counts clicks",
			"latest alias redirects to the current release",
			"temporarily send traffic to a holding page",
			"php header location redirect without a status",
			"django redirect default is temporary",
			"saml sso sends the browser to the idp login",
			"payment gateway redirects the shopper to the bank page",
			"search engines should keep indexing the original url",
			"redirect to onboarding until setup is complete",
			"redirect to the dashboard if already logged in",
			"redirect based on a feature flag for now",
			"abhi ke liye dusre url pe redirect karo",
			"session nahi hai toh login page pe bhej do",
			"kuch time ke liye redirect chahiye, seo mat badlo",
		},
	},
	{
		Code:   303,
		Name:   "See Other",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.4.4", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.4"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/303",
		Summary: Text{
			En: "Go GET another URL for the answer; typically after a POST (Post/Redirect/Get)",
			Hi: "Jawab ke liye doosra URL GET karo; aam taur par POST ke baad (Post/Redirect/Get)",
		},
		Description: Text{
			En: "The server redirects the client to a different resource, named in Location, that serves as an indirect answer to the original request. " +
				"The client retrieves that URL with GET (or HEAD), whatever the original method was; the new URL is not a replacement for the old one. " +
				"Its main use is after a POST: the result becomes a separate resource that can be bookmarked, cached and reloaded without resubmitting the form. " +
				"A server may also answer a POST with 303 when the result is the same as an existing resource, and a 303 to a GET points to a resource that describes something HTTP cannot transfer.",
			Hi: "Server client ko ek alag resource par bhejta hai, jiska URL Location mein hota hai, jo original request ka indirect jawab hai. " +
				"Original method kuch bhi ho, client us URL ko GET (ya HEAD) se laata hai; naya URL purane URL ki jagah nahi leta. " +
				"Iska main use POST ke baad hai: result ek alag resource ban jaata hai jise bookmark, cache aur reload kiya ja sakta hai bina form dobara submit kiye. " +
				"Jab POST ka result kisi existing resource jaisa hi ho tab bhi server 303 bhej sakta hai, aur GET ka 303 aise resource ki taraf le jaata hai jo kisi aisi cheez ko describe karta hai jise HTTP transfer nahi kar sakta.",
		},
		UseWhen: Text{
			En: "After a form POST, PUT or DELETE in a browser flow, to send the user to a result, confirmation or list page with a GET; also to point a POST at an existing equal resource or a finished job's result.",
			Hi: "Browser flow mein form POST, PUT ya DELETE ke baad, user ko GET se result, confirmation ya list page par bhejne ke liye; POST ko kisi existing same resource ya khatam hue job ke result par bhejne ke liye bhi.",
		},
		AvoidWhen: []Alternative{
			{Code: 302, When: Text{
				En: "A GET is sent to wherever the resource temporarily lives; no result page is involved",
				Hi: "GET ko wahan bhejna hai jahan resource abhi temporary hai; koi result page nahi",
			}},
			{Code: 307, When: Text{
				En: "The redirected request must repeat the same method and body",
				Hi: "Redirect ke baad request ko wahi method aur body dohrani hai",
			}},
			{Code: 201, When: Text{
				En: "An API client created a resource: return it directly with Location instead of an extra round trip",
				Hi: "API client ne resource banaya: extra round trip ki jagah use seedha Location ke saath lautao",
			}},
			{Code: 200, When: Text{
				En: "You can return the POST's result directly in the body",
				Hi: "Aap POST ka result seedha body mein bhej sakte ho",
			}},
		},
		Headers: []Header{
			{Name: "Location", Requirement: Recommended, Note: Text{
				En: "The URL the client should GET; the code's meaning depends on it",
				Hi: "Woh URL jise client ko GET karna hai; code ka matlab isi par tika hai",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; the resource it points to can be cached on its own terms.",
			Hi: "Heuristically cacheable nahi hai; jis resource par yeh bhejta hai woh apne hisaab se cache ho sakta hai.",
		},
		Retry: Text{
			En: "Follow Location with GET; never resubmit the original POST, whose effect has already happened.",
			Hi: "Location ko GET se follow karo; original POST kabhi dobara mat bhejo, uska effect ho chuka hai.",
		},
		Methods: []string{"POST", "PUT", "DELETE", "PATCH", "GET"},
		Related: []int{302, 307, 201, 200},
		Constants: Constants{
			Go:     "http.StatusSeeOther",
			Python: "HTTPStatus.SEE_OTHER",
			Node:   "StatusCodes.SEE_OTHER",
			Java:   "HttpStatus.SEE_OTHER",
			Dotnet: "HttpStatusCode.SeeOther",
			Rust:   "StatusCode::SEE_OTHER",
			Django: "status.HTTP_303_SEE_OTHER",
			Rails:  ":see_other",
			PHP:    "Response::HTTP_SEE_OTHER",
		},
		Situations: []string{
			"post redirect get pattern",
			"after form submit redirect to the result page",
			"prevent duplicate form submission on refresh",
			"after payment post redirect to the order confirmation page",
			"redirect to the created item's page after a form post",
			"post result is an existing resource, send the client there",
			"duplicate order submitted, send the user to the existing order",
			"async job finished, redirect the status poll to the result",
			"after logout post redirect to the home page",
			"after delete redirect to the list page",
			"rails redirect after delete with turbo",
			"force the browser to switch to get after the redirect",
			"redirect to a description of a non-information resource",
			"checkout submit ke baad thank you page pe bhejo",
			"form submit ke baad refresh karne pe dobara submit na ho",
			"redirect after post so a refresh does not resubmit",
			"form submission redirects to a thank you page",
			"after the login form post redirect to the dashboard",
			"after saving settings in a form, redirect back with a get",
			"send the client to another url to fetch the result with get",
			"redirect a post to a get result page",
			"browser should not repost data on back or refresh",
			"after a successful checkout show the receipt page",
			"avoid the confirm form resubmission dialog",
			"search form posted, redirect to the results url",
			"contact form submitted, go to the success page",
			"after posting a comment, redirect to the article",
			"redirect that changes the method to get",
			"prg pattern redirect",
			"post-redirect-get after an update form",
			"upload form done, redirect to the uploaded file page",
			"form post ke baad get wale page pe redirect karo",
			"refresh karne pe form dobara submit ho raha hai",
			"payment ke baad order page pe bhej do",
			"redirect after a form post to avoid resubmission",
		},
	},
	{
		Code:   304,
		Name:   "Not Modified",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.4.5", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.5"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/304",
		Summary: Text{
			En: "Conditional GET matched: the client's cached copy is still current, no body",
			Hi: "Conditional GET match hua: client ki cached copy abhi bhi current hai, body nahi",
		},
		Description: Text{
			En: "A conditional GET or HEAD would have produced a 200, but its condition (If-None-Match or If-Modified-Since) evaluated to false: the client already holds a valid copy. " +
				"Instead of resending the representation, the server tells the client to use its stored one as if it were the body of a 200. " +
				"The 304 must still carry whichever of Cache-Control, Content-Location, Date, ETag, Expires and Vary a 200 would have carried, and should not carry other representation headers except ones that help update the cache, such as Last-Modified when there is no ETag. " +
				"It ends with the header section: no content, no trailers.",
			Hi: "Conditional GET ya HEAD se 200 aata, lekin uski condition (If-None-Match ya If-Modified-Since) false nikli: client ke paas pehle se valid copy hai. " +
				"Representation dobara bhejne ki jagah server client se kehta hai ki apni stored copy aise use karo jaise woh 200 ki body ho. " +
				"304 mein Cache-Control, Content-Location, Date, ETag, Expires aur Vary mein se jo bhi 200 mein aata, woh bhejna zaroori hai, aur baaki representation headers nahi bhejne chahiye, sirf woh jo cache update karne mein madad karein, jaise ETag na ho toh Last-Modified. " +
				"Yeh header section par hi khatam hota hai: na content, na trailers.",
		},
		UseWhen: Text{
			En: "A GET or HEAD carries If-None-Match matching the current ETag, or If-Modified-Since not older than the last change, so the client's copy is still good.",
			Hi: "Jab GET ya HEAD mein If-None-Match current ETag se match kare, ya If-Modified-Since last change se purana na ho, yaani client ki copy abhi bhi theek hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 200, When: Text{
				En: "The request had no validator, or the resource changed since the client's version: send it in full with the new ETag",
				Hi: "Request mein koi validator nahi tha, ya client ke version ke baad resource badal gaya: naye ETag ke saath poora bhejo",
			}},
			{Code: 412, When: Text{
				En: "A precondition failed on a state-changing method such as PUT, PATCH or DELETE",
				Hi: "PUT, PATCH ya DELETE jaise state badalne wale method par precondition fail hui",
			}},
			{Code: 204, When: Text{
				En: "A write succeeded with nothing to return; 304 is only for conditional GET and HEAD",
				Hi: "Write successful raha aur lautane ko kuch nahi; 304 sirf conditional GET aur HEAD ke liye hai",
			}},
		},
		Note: Text{
			En: "Most web servers and frameworks generate 304 for you from ETag or Last-Modified. When If-None-Match fails on a method other than GET or HEAD, the answer is 412, not 304.",
			Hi: "Zyada tar web servers aur frameworks ETag ya Last-Modified se 304 khud bana dete hain. GET ya HEAD ke alawa kisi method par If-None-Match fail ho toh jawab 412 hai, 304 nahi.",
		},
		Headers: []Header{
			{Name: "ETag", Requirement: Required, Conditional: true, Note: Text{
				En: "Required if a 200 would have carried it; the current entity tag",
				Hi: "Agar 200 mein aata toh zaroori; current entity tag",
			}},
			{Name: "Cache-Control", Requirement: Required, Conditional: true, Note: Text{
				En: "Required if a 200 would have carried it; refreshes the stored response's freshness",
				Hi: "Agar 200 mein aata toh zaroori; stored response ki freshness update karta hai",
			}},
			{Name: "Date", Requirement: Required, Conditional: true, Note: Text{
				En: "Required if a 200 would have carried it, which an origin with a clock does",
				Hi: "Agar 200 mein aata toh zaroori, aur clock wala origin hamesha bhejta hai",
			}},
			{Name: "Expires", Requirement: Required, Conditional: true, Note: Text{
				En: "Required if a 200 would have carried it",
				Hi: "Agar 200 mein aata toh zaroori",
			}},
			{Name: "Vary", Requirement: Required, Conditional: true, Note: Text{
				En: "Required if a 200 would have carried it, so caches match the right stored variant",
				Hi: "Agar 200 mein aata toh zaroori, taaki cache sahi stored variant match kare",
			}},
			{Name: "Content-Location", Requirement: Required, Conditional: true, Note: Text{
				En: "Required if a 200 would have carried it",
				Hi: "Agar 200 mein aata toh zaroori",
			}},
			{Name: "Last-Modified", Requirement: Optional, Note: Text{
				En: "Useful to guide cache updates when there is no ETag",
				Hi: "ETag na ho toh cache update guide karne ke kaam aata hai",
			}},
		},
		ContentAllowed: false,
		Cacheable:      false,
		Caching: Text{
			En: "Not stored as a response of its own: a cache uses it to freshen the stored response it validated, replacing that response's headers with the ones in the 304, and then serves the stored body.",
			Hi: "Yeh khud response ki tarah store nahi hota: cache ise validate kiye gaye stored response ko fresh karne mein use karta hai, uske headers 304 wale headers se badalta hai, aur phir stored body serve karta hai.",
		},
		Retry: Text{
			En: "Nothing to retry: use the cached copy. If the client no longer has it, repeat the GET without conditional headers.",
			Hi: "Retry ki zarurat nahi: cached copy use karo. Agar client ke paas woh copy ab nahi hai, toh bina conditional headers ke GET dobara karo.",
		},
		Methods: []string{"GET", "HEAD"},
		Related: []int{200, 412, 206},
		Constants: Constants{
			Go:     "http.StatusNotModified",
			Python: "HTTPStatus.NOT_MODIFIED",
			Node:   "StatusCodes.NOT_MODIFIED",
			Java:   "HttpStatus.NOT_MODIFIED",
			Dotnet: "HttpStatusCode.NotModified",
			Rust:   "StatusCode::NOT_MODIFIED",
			Django: "status.HTTP_304_NOT_MODIFIED",
			Rails:  ":not_modified",
			PHP:    "Response::HTTP_NOT_MODIFIED",
		},
		Situations: []string{
			"etag matches, client cache is still valid",
			"if-none-match matched the current etag",
			"if-modified-since and the resource is unchanged",
			"conditional get, nothing changed",
			"browser revalidating a cached asset",
			"cdn revalidates with the origin and content is the same",
			"save bandwidth when the client already has the latest version",
			"polling endpoint, data unchanged since the last etag",
			"api client sends its etag and nothing changed",
			"static file unchanged since the last visit",
			"mobile app cache revalidation",
			"feed reader polling an unchanged rss feed",
			"last-modified date is the same, no need to resend",
			"why does devtools show 304 for my css",
			"etag same hai, kuch change nahi hua",
			"cache validate karo, data same hai toh body mat bhejo",
			"browser sends if-none-match and the etag still matches",
			"cached copy still good after revalidation",
			"conditional request with an unchanged last-modified date",
			"api polling with etags to save bandwidth",
			"image not changed since the client cached it",
			"service worker revalidates cached api data",
			"client already has the current version of the resource",
			"nothing changed since the last sync of the mobile app",
			"etag based caching for a json endpoint",
			"http caching with etag headers",
			"do not resend the body because the cache is valid",
			"head request with a matching validator",
			"nginx serves static files with etags and the browser revalidates",
			"github api conditional request does not count against the limit",
			"config file polled by iot devices has not changed",
			"browser ke cache wala data hi sahi hai",
			"kuch update nahi hua, purana cache use karo",
			"last modified ke baad koi change nahi",
			"weak etag still matches the cached copy",
			"axios receives an empty body when the etag matches",
			"client has the latest version in its cache",
		},
	},
	{
		Code:   305,
		Name:   "Use Proxy",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.4.6", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.6"},
		Summary: Text{
			En: "Deprecated: told the client to repeat the request through a given proxy",
			Hi: "Deprecated: client ko diye gaye proxy ke through request bhejne ko kehta tha",
		},
		Description: Text{
			En: "Earlier HTTP/1.1 specifications used 305 to say that the resource must be accessed through the proxy named in Location. " +
				"RFC 7231 deprecated it, because letting a server configure a client's proxy in-band is a security risk, and RFC 9110 keeps only that note. " +
				"Browsers and HTTP libraries do not act on it.",
			Hi: "Pehle ki HTTP/1.1 specs mein 305 ka matlab tha ki resource ko Location mein diye gaye proxy ke through hi access karna hai. " +
				"RFC 7231 ne ise deprecate kar diya, kyunki server ka in-band client ka proxy set karna security risk hai, aur RFC 9110 mein bas yahi note bacha hai. " +
				"Browsers aur HTTP libraries ispar koi action nahi lete.",
		},
		UseWhen: Text{
			En: "Never in new systems. Configure proxies out of band (system settings, PAC files) instead.",
			Hi: "Naye systems mein kabhi nahi. Proxy out of band configure karo (system settings, PAC files).",
		},
		AvoidWhen: []Alternative{
			{Code: 407, When: Text{
				En: "A proxy in the path needs the client to authenticate to it",
				Hi: "Raaste ka proxy chahta hai ki client uske saath authenticate kare",
			}},
			{Code: 307, When: Text{
				En: "You simply want to send the request to another URL, keeping the method",
				Hi: "Aap bas request ko doosre URL par bhejna chahte ho, method same rakhte hue",
			}},
		},
		Note: Text{
			En: "Deprecated since RFC 7231 for security reasons; clients ignore it.",
			Hi: "Security wajahon se RFC 7231 se deprecated hai; clients ise ignore karte hain.",
		},
		Headers: []Header{
			{Name: "Location", Requirement: Optional, Note: Text{
				En: "Historically the URL of the proxy to use",
				Hi: "Pehle isme use karne wale proxy ka URL hota tha",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable; RFC 2616 allowed only origin servers to send it, and nothing should reuse it today.",
			Hi: "Heuristically cacheable nahi hai; RFC 2616 mein sirf origin server ise bhej sakta tha, aur aaj ise koi reuse nahi karna chahiye.",
		},
		Retry: Text{
			En: "Do not switch proxies because a response says so; fix the proxy configuration out of band if access really needs a proxy.",
			Hi: "Response ke kehne par proxy mat badlo; agar access ke liye sach mein proxy chahiye toh proxy configuration out of band theek karo.",
		},
		Methods: []string{"GET", "HEAD"},
		Related: []int{306, 407, 307},
		Constants: Constants{
			Go:     "http.StatusUseProxy",
			Python: "HTTPStatus.USE_PROXY",
			Node:   "StatusCodes.USE_PROXY",
			Java:   "HttpStatus.USE_PROXY",
			Dotnet: "HttpStatusCode.UseProxy",
			Rust:   "StatusCode::USE_PROXY",
			Django: "status.HTTP_305_USE_PROXY",
			Rails:  ":use_proxy",
			PHP:    "Response::HTTP_USE_PROXY",
		},
		Situations: []string{
			"deprecated code telling the client to reach the resource through the intermediary given in location",
			"server tells the client to go through a specific proxy",
			"legacy server answers 305 use proxy",
			"response naming the proxy the client must use",
			"in-band proxy configuration from the server",
			"client must connect via the proxy given in location",
			"old http/1.1 proxy redirect response",
			"resource may only be reached through a named proxy",
			"why is 305 use proxy deprecated",
			"deprecated proxy redirect response",
			"old server wants requests sent via its proxy",
			"browsers ignore the proxy named in the location header",
			"location header contains a proxy address",
			"server bolta hai is proxy se aao",
		},
	},
	{
		Code:    306,
		Name:    "(Unused)",
		Aliases: []string{"Switch Proxy"},
		Status:  Unused,
		Spec:    Spec{Ref: "RFC 9110, Section 15.4.7", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.7"},
		Summary: Text{
			En: "Reserved: once Switch Proxy in a draft, no longer used",
			Hi: "Reserved: kabhi ek draft mein Switch Proxy tha, ab use nahi hota",
		},
		Description: Text{
			En: "The code was defined in an earlier version of the specification and is no longer used; the registry keeps it reserved so it will not be given a new meaning. " +
				"Before HTTP/1.1 was finished, a draft proposed it as Switch Proxy, telling the client to send subsequent requests through a different proxy, but that never became standard. " +
				"Servers must not send it.",
			Hi: "Yeh code specification ke ek purane version mein defined tha aur ab use nahi hota; registry ise reserved rakhti hai taaki ise koi naya matlab na diya jaaye. " +
				"HTTP/1.1 final hone se pehle ek draft ne ise Switch Proxy ke roop mein propose kiya tha, jo client ko aage ki requests kisi doosre proxy se bhejne ko kehta, lekin woh kabhi standard nahi bana. " +
				"Servers ko ise nahi bhejna chahiye.",
		},
		UseWhen: Text{
			En: "Never: it is reserved.",
			Hi: "Kabhi nahi: yeh reserved hai.",
		},
		AvoidWhen: []Alternative{
			{Code: 307, When: Text{
				En: "You want to redirect the request to another URL",
				Hi: "Aap request ko doosre URL par redirect karna chahte ho",
			}},
			{Code: 407, When: Text{
				En: "A proxy requires the client to authenticate",
				Hi: "Proxy chahta hai ki client authenticate kare",
			}},
		},
		Note: Text{
			En: "Reserved by the registry as (Unused). A client that does not know it treats it like 300, as for any unrecognised 3xx.",
			Hi: "Registry ne ise (Unused) ke roop mein reserve kiya hai. Jo client ise nahi jaanta woh ise har anjaan 3xx ki tarah 300 jaisa maanta hai.",
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not cacheable; it should never be sent.",
			Hi: "Cacheable nahi hai; ise kabhi bheja hi nahi jaana chahiye.",
		},
		Retry: Text{
			En: "Treat it as a server bug; do not change proxies because of it.",
			Hi: "Ise server ka bug samjho; iski wajah se proxy mat badlo.",
		},
		Related: []int{305, 307},
		Constants: Constants{
			Dotnet: "HttpStatusCode.Unused",
			Django: "status.HTTP_306_RESERVED",
			PHP:    "Response::HTTP_RESERVED",
		},
		Situations: []string{
			"the reserved unused 3xx code between 305 and 307",
			"purana reserved 3xx number jo ab use nahi hota",
			"what does status 306 switch proxy mean",
			"log shows a 306 response",
			"reserved 306 status code",
			"switch proxy status from an old draft",
			"what is the unused redirection code",
			"subsequent requests should use the specified proxy",
			"reserved redirection code that has no meaning today",
		},
	},
	{
		Code:   307,
		Name:   "Temporary Redirect",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.4.8", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.8"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/307",
		Summary: Text{
			En: "Temporarily at another URL; repeat the same method and body there",
			Hi: "Kuch der ke liye doosre URL par; wahan wahi method aur body dobara bhejo",
		},
		Description: Text{
			En: "The target resource is temporarily at a different URL, and a client that follows the redirect automatically must not change the request method: a POST is repeated as a POST with the same body. " +
				"Because the redirection can change over time, the client should keep using the original URL for future requests. " +
				"The server should give the temporary URL in Location. " +
				"It is the method-preserving twin of 302, added because clients had come to turn POSTs into GETs on a 302.",
			Hi: "Target resource kuch der ke liye alag URL par hai, aur redirect automatically follow karne wala client request ka method nahi badal sakta: POST ko same body ke saath POST hi bheja jaata hai. " +
				"Kyunki redirect time ke saath badal sakta hai, client ko aage ki requests ke liye original URL hi use karna chahiye. " +
				"Server ko temporary URL Location mein dena chahiye. " +
				"Yeh 302 ka method-preserving jodidaar hai, jo isliye aaya kyunki clients 302 par POST ko GET banane lage the.",
		},
		UseWhen: Text{
			En: "A request, especially POST, PUT, PATCH or DELETE, must be handled elsewhere for now with its method and body intact: failover, maintenance, a standby node pointing to the active one.",
			Hi: "Jab koi request, khaas kar POST, PUT, PATCH ya DELETE, abhi ke liye kahin aur handle honi ho aur method aur body same rehni chahiye: failover, maintenance, standby node ka active node ki taraf bhejna.",
		},
		AvoidWhen: []Alternative{
			{Code: 308, When: Text{
				En: "The new URL is permanent and clients should update their links",
				Hi: "Naya URL permanent hai aur clients ko apne links update karne chahiye",
			}},
			{Code: 303, When: Text{
				En: "After a POST you want the client to GET a result page instead of repeating the POST",
				Hi: "POST ke baad aap chahte ho ki client POST dohrane ki jagah result page GET kare",
			}},
			{Code: 302, When: Text{
				En: "Only GET and HEAD are redirected and you need the widest compatibility with very old clients",
				Hi: "Sirf GET aur HEAD redirect ho rahe hain aur bahut purane clients ke saath compatibility chahiye",
			}},
		},
		Note: Text{
			En: "Browsers such as Chrome show an internal 307 when HSTS upgrades http:// to https:// before any request leaves; that one never came from your server.",
			Hi: "Jab HSTS request bhejne se pehle hi http:// ko https:// kar deta hai, toh Chrome jaise browsers internal 307 dikhate hain; woh aapke server se kabhi aaya hi nahi.",
		},
		Headers: []Header{
			{Name: "Location", Requirement: Recommended, Note: Text{
				En: "The temporary URL; the client repeats the same method and body there",
				Hi: "Temporary URL; client wahan wahi method aur body dohrata hai",
			}},
			{Name: "Retry-After", Requirement: Optional, Note: Text{
				En: "Minimum time the client is asked to wait before following the redirect",
				Hi: "Redirect follow karne se pehle client ko kam se kam kitna rukna hai",
			}},
		},
		ContentAllowed: true,
		Cacheable:      false,
		Caching: Text{
			En: "Not heuristically cacheable: stored only when Cache-Control or Expires explicitly allow it.",
			Hi: "Heuristically cacheable nahi hai: sirf tab store hota hai jab Cache-Control ya Expires explicitly allow karein.",
		},
		Retry: Text{
			En: "Resend the same method and body to Location (a client may ask the user before redirecting an unsafe method) and keep using the original URL afterwards.",
			Hi: "Wahi method aur body Location par dobara bhejo (unsafe method redirect karne se pehle client user se pooch sakta hai) aur baad mein original URL hi use karo.",
		},
		Methods: []string{"POST", "PUT", "PATCH", "DELETE", "GET"},
		Related: []int{308, 302, 303},
		Constants: Constants{
			Go:     "http.StatusTemporaryRedirect",
			Python: "HTTPStatus.TEMPORARY_REDIRECT",
			Node:   "StatusCodes.TEMPORARY_REDIRECT",
			Java:   "HttpStatus.TEMPORARY_REDIRECT",
			Dotnet: "HttpStatusCode.TemporaryRedirect",
			Rust:   "StatusCode::TEMPORARY_REDIRECT",
			Django: "status.HTTP_307_TEMPORARY_REDIRECT",
			Rails:  ":temporary_redirect",
			PHP:    "Response::HTTP_TEMPORARY_REDIRECT",
		},
		Situations: []string{
			"temporary redirect that keeps the post method",
			"redirect a post request without turning it into get",
			"api endpoint temporarily served from another host",
			"send the request to another node for now with the same body",
			"maintenance redirect preserving method and body",
			"redirect an upload put to another storage node temporarily",
			"failover to a backup region temporarily",
			"standby node redirects the client to the active leader",
			"browser shows 307 internal redirect to https",
			"hsts upgrade to https seen in devtools",
			"temporary redirect for a delete request",
			"webhook target temporarily moved, resend the same payload",
			"fastapi redirect_slashes returns 307",
			"post ko post hi rehna chahiye redirect ke baad",
			"temporarily kisi aur server pe bhejna hai, method same rahe",
			"redirect while keeping the request method",
			"put request sent to another server for now, same body",
			"post redirect must not become a get",
			"load balancer sends the request to another node for now",
			"s3 redirects to the bucket region while dns propagates",
			"payment api moved to a backup endpoint during an incident",
			"post body lost after a redirect, how to keep it",
			"curl switches post to get after following a redirect",
			"temporarily route api writes to a maintenance node",
			"region failover, send the same request elsewhere",
			"keep the form data when redirecting temporarily",
			"api endpoint moved for a while during a migration",
			"redirect a delete to the shard that owns the record",
			"iot data post forwarded temporarily to another ingest host",
			"redirect ke baad post ka body nahi khona chahiye",
			"thodi der ke liye api dusre host pe hai, same request bhejo",
			"kuch der ke liye redirect, par method get mat banao",
			"temporarily redirect a post without changing the method",
		},
	},
	{
		Code:   308,
		Name:   "Permanent Redirect",
		Status: Standard,
		Spec:   Spec{Ref: "RFC 9110, Section 15.4.9", URL: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.9"},
		MDN:    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/308",
		Summary: Text{
			En: "New permanent URL; repeat the same method and body there",
			Hi: "Naya permanent URL; wahan wahi method aur body dobara bhejo",
		},
		Description: Text{
			En: "The target resource has been given a new permanent URL, and future references ought to use it, just as with 301. " +
				"The difference is that the client must not change the method when following it: a POST stays a POST with the same body. " +
				"The server should give the new URL in Location, and the response is heuristically cacheable. " +
				"Defined in 2014 (RFC 7238, then RFC 7538), it is younger than its siblings, so very old clients may not recognise it.",
			Hi: "Target resource ko naya permanent URL mil gaya hai, aur aage se wahi URL use hona chahiye, bilkul 301 ki tarah. " +
				"Fark yeh hai ki follow karte waqt client method nahi badal sakta: POST same body ke saath POST hi rehta hai. " +
				"Server ko naya URL Location mein dena chahiye, aur response heuristically cacheable hai. " +
				"2014 mein defined hua (RFC 7238, phir RFC 7538), isliye yeh apne bhaiyon se naya hai aur bahut purane clients ise shayad na pehchanein.",
		},
		UseWhen: Text{
			En: "An API endpoint or any URL that receives POST, PUT, PATCH or DELETE moved for good and clients must keep the method and body, e.g. an API moved to a new host or path.",
			Hi: "Jab POST, PUT, PATCH ya DELETE receive karne wala API endpoint ya koi URL hamesha ke liye shift ho gaya ho aur clients ko method aur body same rakhni ho, jaise API naye host ya path par chali gayi.",
		},
		AvoidWhen: []Alternative{
			{Code: 301, When: Text{
				En: "Only browsers and GETs follow the redirect and you must support clients older than 2014",
				Hi: "Redirect sirf browsers aur GET follow karte hain aur 2014 se purane clients bhi support karne hain",
			}},
			{Code: 307, When: Text{
				En: "The move is temporary and the original URL will be used again",
				Hi: "Move temporary hai aur original URL phir se use hoga",
			}},
			{Code: 303, When: Text{
				En: "You want the client to switch to GET and fetch a result page",
				Hi: "Aap chahte ho ki client GET par switch karke result page laaye",
			}},
			{Code: 410, When: Text{
				En: "The endpoint was removed for good and there is no replacement",
				Hi: "Endpoint hamesha ke liye hata diya gaya aur koi replacement nahi hai",
			}},
		},
		Note: Text{
			En: "Like 301 it is cached aggressively and hard to undo. Some frameworks (Next.js, for one) use 308 for all their permanent redirects.",
			Hi: "301 ki tarah yeh bhi zor se cache hota hai aur wapas lena mushkil hai. Kuch frameworks (jaise Next.js) apne saare permanent redirects ke liye 308 use karte hain.",
		},
		Headers: []Header{
			{Name: "Location", Requirement: Recommended, Note: Text{
				En: "The new permanent URL; the client repeats the same method and body there",
				Hi: "Naya permanent URL; client wahan wahi method aur body dohrata hai",
			}},
			{Name: "Cache-Control", Requirement: Optional, Note: Text{
				En: "Bound how long browsers and caches remember the redirect",
				Hi: "Browsers aur caches redirect kitni der yaad rakhein, uski limit",
			}},
		},
		ContentAllowed: true,
		Cacheable:      true,
		Caching: Text{
			En: "Heuristically cacheable like 301: clients and CDNs may keep it without explicit freshness; set Cache-Control if it may change.",
			Hi: "301 ki tarah heuristically cacheable hai: clients aur CDNs ise bina explicit freshness ke rakh sakte hain; badal sakta ho toh Cache-Control set karo.",
		},
		Retry: Text{
			En: "Resend the same method and body to Location and update the stored URL so that future requests go there directly.",
			Hi: "Wahi method aur body Location par dobara bhejo aur stored URL update karo taaki aage ki requests seedha wahan jaayein.",
		},
		Methods: []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"},
		Related: []int{301, 307, 410},
		Constants: Constants{
			Go:     "http.StatusPermanentRedirect",
			Python: "HTTPStatus.PERMANENT_REDIRECT",
			Node:   "StatusCodes.PERMANENT_REDIRECT",
			Java:   "HttpStatus.PERMANENT_REDIRECT",
			Dotnet: "HttpStatusCode.PermanentRedirect",
			Rust:   "StatusCode::PERMANENT_REDIRECT",
			Django: "status.HTTP_308_PERMANENT_REDIRECT",
			Rails:  ":permanent_redirect",
			PHP:    "Response::HTTP_PERMANENTLY_REDIRECT",
		},
		Situations: []string{
			"google resumable upload answers a chunk with resume incomplete and a range header",
			"cloud storage resumable upload session: chunk received but the whole object is not complete yet",
			"api endpoint moved permanently, keep post",
			"permanent redirect that preserves the method",
			"api route moved to a new path for good, clients send put",
			"webhook url changed permanently",
			"redirect http to https for api clients that send post",
			"api moved to a new domain permanently",
			"permanent redirect without changing post to get",
			"graphql endpoint moved to a new path",
			"file upload endpoint moved for good",
			"next.js permanent redirect returns 308",
			"permanently moved resource, delete requests should follow",
			"old api base url retired, forward all methods to the new one",
			"redirect http to https for a rest api without losing the request body",
			"put to the old path must follow to the new path permanently",
			"api gateway route renamed for good, keep the method",
			"api ka url hamesha ke liye badal gaya, post bhi wahi rahe",
			"permanent redirect chahiye aur method change nahi hona chahiye",
			"post requests must follow a move for good",
			"api base path changed forever, clients send post",
			"redirect that keeps the method and body forever",
			"permanently moved endpoint must keep put and patch",
			"flask strict slashes redirect on a post request",
			"vercel redirect with permanent set to true",
			"sdk clients should update the base url permanently",
			"domain migration for an api with write requests",
			"permanent https redirect that does not break form posts",
			"moving the url for good turned my post into a get",
			"iot devices post to an old url that moved for good",
			"mobile app posts to a renamed endpoint",
			"cache the redirect forever and keep the method",
			"endpoint hamesha ke liye move hua, put request bhi follow kare",
			"hamesha ke liye redirect, post ko get nahi banna chahiye",
			"ingress ssl redirect from http to https by default",
		},
	},
}
