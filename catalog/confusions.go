package catalog

// confusions: the classic mix-ups, each with the question that decides it.
// ConfusionOf picks the smallest set that holds both codes, so a pair such as
// 502/504 is answered by its own entry rather than by the 502/503/504 group.
var confusions = []Confusion{
	{
		Codes: []int{401, 403},
		Question: Text{
			En: "Are valid credentials missing, or present but not enough for this action?",
			Hi: "Valid credentials missing hain, ya hain lekin is action ke liye kaafi nahi?",
		},
		Choices: []Choice{
			{Code: 401, When: Text{
				En: "Missing, invalid or expired: authenticating (again) could fix it",
				Hi: "Missing, invalid ya expire ho gaye: dobara authenticate karne se kaam ban sakta hai",
			}, Example: Text{
				En: "GET /api/orders with a bearer token that expired an hour ago",
				Hi: "GET /api/orders aise bearer token ke saath jo ek ghanta pehle expire ho gaya",
			}},
			{Code: 403, When: Text{
				En: "Present and valid, but this identity is not allowed to do this; logging in again will not help",
				Hi: "Credentials valid hain, lekin is identity ko yeh karne ki permission nahi; dobara login karne se kuch nahi hoga",
			}, Example: Text{
				En: "A logged-in viewer sends DELETE /api/projects/42, which needs the admin role",
				Hi: "Logged-in viewer DELETE /api/projects/42 bhejta hai, jiske liye admin role chahiye",
			}},
		},
	},
	{
		Codes: []int{400, 422},
		Question: Text{
			En: "Could the server parse the request, or did it parse fine with content that makes no sense?",
			Hi: "Server request parse hi nahi kar paya, ya parse ho gayi lekin content ka koi matlab nahi banta?",
		},
		Choices: []Choice{
			{Code: 400, When: Text{
				En: "It could not: broken JSON, bad framing, an unparseable parameter or a malformed header",
				Hi: "Parse nahi hui: toota JSON, galat framing, unparseable parameter ya malformed header",
			}, Example: Text{
				En: "POST /users with the body {\"name\": \"Asha\" and no closing brace",
				Hi: "POST /users jiski body {\"name\": \"Asha\" hai aur closing brace missing hai",
			}},
			{Code: 422, When: Text{
				En: "It parsed fine and the media type is right, but the values fail validation or business rules",
				Hi: "Parse ho gayi aur media type bhi sahi hai, lekin values validation ya business rules fail karti hain",
			}, Example: Text{
				En: "POST /users with valid JSON whose email is \"not-an-email\" and whose age is -3",
				Hi: "POST /users valid JSON ke saath jisme email \"not-an-email\" hai aur age -3",
			}},
		},
	},
	{
		Codes: []int{404, 410},
		Question: Text{
			En: "Does the server know the resource existed and was removed for good?",
			Hi: "Kya server ko pata hai ki resource pehle tha aur hamesha ke liye hata diya gaya?",
		},
		Choices: []Choice{
			{Code: 404, When: Text{
				En: "No, or it will not say: nothing is here now and it may or may not come back",
				Hi: "Nahi, ya batana nahi chahta: abhi yahan kuch nahi hai, aur wapas aa bhi sakta hai ya nahi bhi",
			}, Example: Text{
				En: "GET /products/99999 for an ID that never existed",
				Hi: "GET /products/99999 aisi ID ke liye jo kabhi thi hi nahi",
			}},
			{Code: 410, When: Text{
				En: "Yes: it was deliberately removed and will not return, so clients should drop their links",
				Hi: "Haan: jaan-boojh ke hataya gaya aur wapas nahi aayega, toh clients apne links hata dein",
			}, Example: Text{
				En: "GET /offers/diwali-2023 after the campaign page was retired for good",
				Hi: "GET /offers/diwali-2023 jab campaign page hamesha ke liye band ho chuka hai",
			}},
		},
	},
	{
		Codes: []int{301, 308},
		Question: Text{
			En: "When following this permanent redirect, must the client keep the method and body?",
			Hi: "Is permanent redirect ko follow karte waqt kya client ko method aur body same rakhni hai?",
		},
		Choices: []Choice{
			{Code: 301, When: Text{
				En: "No: fine for GET and HEAD, but clients may turn a POST into a GET, as browsers historically do",
				Hi: "Nahi: GET aur HEAD ke liye theek hai, lekin clients POST ko GET bana sakte hain, jaise browsers purane time se karte aaye hain",
			}, Example: Text{
				En: "GET http://example.com/about moved for good to https://example.com/about",
				Hi: "GET http://example.com/about hamesha ke liye https://example.com/about pe shift",
			}},
			{Code: 308, When: Text{
				En: "Yes: the same method and body must be sent to the new URL",
				Hi: "Haan: same method aur body naye URL pe bhejni hi padegi",
			}, Example: Text{
				En: "POST /api/v1/orders permanently moved to /api/v2/orders, and the order body must follow",
				Hi: "POST /api/v1/orders hamesha ke liye /api/v2/orders pe shift, aur order ki body bhi saath jaani chahiye",
			}},
		},
	},
	{
		Codes: []int{307, 308},
		Question: Text{
			En: "Both keep the method and body: is the new URL temporary or permanent?",
			Hi: "Dono method aur body same rakhte hain: naya URL temporary hai ya permanent?",
		},
		Choices: []Choice{
			{Code: 307, When: Text{
				En: "Temporary: keep using the original URL for future requests",
				Hi: "Temporary: aage ki requests original URL pe hi bhejo",
			}, Example: Text{
				En: "POST /upload sent to a standby node for an hour while the main one is patched",
				Hi: "POST /upload ek ghante ke liye standby node pe bheja jab main node patch ho raha hai",
			}},
			{Code: 308, When: Text{
				En: "Permanent: clients and search engines should update their links",
				Hi: "Permanent: clients aur search engines apne links update kar lein",
			}, Example: Text{
				En: "PUT /v1/files/7 now lives at /v2/files/7 for good",
				Hi: "PUT /v1/files/7 ab hamesha ke liye /v2/files/7 pe hai",
			}},
		},
	},
	{
		Codes: []int{302, 307},
		Question: Text{
			En: "Must the client repeat the same method and body at the temporary location?",
			Hi: "Kya client ko temporary location pe same method aur body dobara bhejni hai?",
		},
		Choices: []Choice{
			{Code: 302, When: Text{
				En: "Not guaranteed: user agents may switch a POST to GET; fine when the original request is a GET",
				Hi: "Guarantee nahi: user agents POST ko GET bana sakte hain; jab original request GET ho tab theek hai",
			}, Example: Text{
				En: "GET /dashboard sent on a detour to /login?next=/dashboard",
				Hi: "GET /dashboard ko thodi der ke liye /login?next=/dashboard pe bheja",
			}},
			{Code: 307, When: Text{
				En: "Yes: the method and body must not change when the redirect is followed",
				Hi: "Haan: redirect follow karte waqt method aur body nahi badalne chahiye",
			}, Example: Text{
				En: "POST /payments sent to /eu/payments during a temporary regional failover, with the same body",
				Hi: "POST /payments temporary regional failover ke dauran same body ke saath /eu/payments pe bheja",
			}},
		},
	},
	{
		Codes: []int{302, 303, 307},
		Question: Text{
			En: "After this temporary redirect, what should the client's next request be?",
			Hi: "Is temporary redirect ke baad client ki agli request kaisi honi chahiye?",
		},
		Choices: []Choice{
			{Code: 302, When: Text{
				En: "Whatever the client does by default: the same method in theory, though a POST often becomes a GET; safe only for GET redirects",
				Hi: "Jo client default mein karta hai: theory mein same method, lekin POST aksar GET ban jaata hai; sirf GET redirects ke liye safe",
			}, Example: Text{
				En: "GET /sale temporarily pointing to /sale/winter",
				Hi: "GET /sale kuch time ke liye /sale/winter pe point kar raha hai",
			}},
			{Code: 303, When: Text{
				En: "A GET for a different resource, such as a result or status page, whatever the original method was",
				Hi: "Ek alag resource ke liye GET, jaise result ya status page, original method chahe jo bhi ho",
			}, Example: Text{
				En: "A checkout form POSTs to /orders and gets 303 with Location: /orders/123, so a refresh does not resubmit it",
				Hi: "Checkout form /orders pe POST karta hai aur Location: /orders/123 ke saath 303 milta hai, taaki refresh karne pe form dobara submit na ho",
			}},
			{Code: 307, When: Text{
				En: "The very same request, method and body unchanged, repeated at the new URL",
				Hi: "Bilkul wahi request, method aur body same, naye URL pe dobara",
			}, Example: Text{
				En: "PUT /files/a.txt redirected to a storage node that must receive the same PUT and body",
				Hi: "PUT /files/a.txt ek storage node pe redirect hua jise wahi PUT aur body milni chahiye",
			}},
		},
	},
	{
		Codes: []int{301, 302},
		Question: Text{
			En: "Is the move permanent, so that clients and search engines should update their links?",
			Hi: "Kya move permanent hai, taaki clients aur search engines apne links update kar lein?",
		},
		Choices: []Choice{
			{Code: 301, When: Text{
				En: "Yes: the resource lives at the new URL from now on",
				Hi: "Haan: ab se resource naye URL pe hi rahega",
			}, Example: Text{
				En: "/blog/2019/my-post moves for good to /posts/my-post after a site restructure",
				Hi: "Site restructure ke baad /blog/2019/my-post hamesha ke liye /posts/my-post pe chala gaya",
			}},
			{Code: 302, When: Text{
				En: "No: the original URL stays valid and this is only a detour for now",
				Hi: "Nahi: original URL valid rehta hai, yeh bas abhi ke liye ek detour hai",
			}, Example: Text{
				En: "/app sends visitors to /app/holding-page while a release is rolled out",
				Hi: "Release roll out hote waqt /app visitors ko /app/holding-page pe bhejta hai",
			}},
		},
	},
	{
		Codes: []int{409, 412},
		Question: Text{
			En: "Did the request carry a precondition (If-Match, If-Unmodified-Since) that turned out false?",
			Hi: "Kya request mein koi precondition (If-Match, If-Unmodified-Since) thi jo false nikli?",
		},
		Choices: []Choice{
			{Code: 409, When: Text{
				En: "No: the request clashes with the resource's current state in a way the client may be able to resolve",
				Hi: "Nahi: request resource ki current state se takrati hai, aur client shayad use resolve kar sake",
			}, Example: Text{
				En: "POST /signup with an email that already belongs to another account",
				Hi: "POST /signup aise email ke saath jo pehle se kisi aur account ka hai",
			}},
			{Code: 412, When: Text{
				En: "Yes: the client's condition failed, typically because someone else changed the resource first",
				Hi: "Haan: client ki condition fail hui, aksar isliye ki kisi aur ne resource pehle badal diya",
			}, Example: Text{
				En: "PUT /docs/7 with If-Match: \"v3\" while the current ETag is already \"v4\"",
				Hi: "PUT /docs/7 If-Match: \"v3\" ke saath jabki current ETag \"v4\" ho chuka hai",
			}},
		},
	},
	{
		Codes: []int{409, 422},
		Question: Text{
			En: "Is the request valid on its own but at odds with the current state, or invalid whatever the state?",
			Hi: "Request apne aap mein valid hai lekin current state se takrati hai, ya state kuch bhi ho, invalid hi hai?",
		},
		Choices: []Choice{
			{Code: 409, When: Text{
				En: "Valid on its own, but it conflicts with what is stored now: a duplicate, a version clash or the wrong state",
				Hi: "Apne aap mein valid, lekin abhi jo stored hai usse conflict: duplicate, version clash ya galat state",
			}, Example: Text{
				En: "POST /teams with the name \"core\" when a team called \"core\" already exists",
				Hi: "POST /teams naam \"core\" ke saath jabki \"core\" naam ki team pehle se hai",
			}},
			{Code: 422, When: Text{
				En: "Invalid in itself: the values would fail validation against any state",
				Hi: "Khud hi invalid: values kisi bhi state mein validation fail karengi",
			}, Example: Text{
				En: "POST /users with a two-character password where the rule is at least twelve",
				Hi: "POST /users do character ke password ke saath jabki rule kam se kam barah ka hai",
			}},
		},
	},
	{
		Codes: []int{412, 428},
		Question: Text{
			En: "Did the client send a precondition header at all?",
			Hi: "Kya client ne precondition header bheja bhi tha?",
		},
		Choices: []Choice{
			{Code: 412, When: Text{
				En: "Yes, but it evaluated false on the server",
				Hi: "Haan, lekin server pe woh false nikla",
			}, Example: Text{
				En: "PATCH /profile with If-Match: \"abc\" after another device already saved a newer version",
				Hi: "PATCH /profile If-Match: \"abc\" ke saath jab dusre device ne naya version pehle hi save kar diya",
			}},
			{Code: 428, When: Text{
				En: "No, and this server requires a conditional request for this change to prevent lost updates",
				Hi: "Nahi, aur yeh server lost updates rokne ke liye is change pe conditional request maangta hai",
			}, Example: Text{
				En: "PUT /wiki/page-5 without If-Match to an API that insists on one",
				Hi: "PUT /wiki/page-5 bina If-Match ke, us API ko jo ise zaroori maanti hai",
			}},
		},
	},
	{
		Codes: []int{429, 503},
		Question: Text{
			En: "Is this one client over its limit, or is the service unable to serve anyone right now?",
			Hi: "Sirf is client ne apni limit cross ki hai, ya service abhi kisi ko bhi serve nahi kar pa rahi?",
		},
		Choices: []Choice{
			{Code: 429, When: Text{
				En: "This client sent too many requests; everyone else is still served normally",
				Hi: "Is client ne bahut zyada requests bheji; baaki sab ko normal service mil rahi hai",
			}, Example: Text{
				En: "A script calls GET /search 500 times a minute against a limit of 100 per minute",
				Hi: "Ek script GET /search ko minute mein 500 baar call karti hai jabki limit 100 per minute hai",
			}},
			{Code: 503, When: Text{
				En: "The service itself is overloaded or in maintenance, whoever is asking",
				Hi: "Service khud overload ya maintenance mein hai, chahe koi bhi request kare",
			}, Example: Text{
				En: "Every request gets a maintenance page with Retry-After: 600 during a database migration",
				Hi: "Database migration ke dauran har request ko Retry-After: 600 ke saath maintenance page milta hai",
			}},
		},
	},
	{
		Codes: []int{502, 503, 504},
		Question: Text{
			En: "What went wrong between the gateway and the service behind it?",
			Hi: "Gateway aur uske peeche wali service ke beech kya gadbad hui?",
		},
		Choices: []Choice{
			{Code: 502, When: Text{
				En: "The upstream answered with something invalid, or refused or dropped the connection",
				Hi: "Upstream ne kuch invalid bheja, ya connection refuse kiya ya tod diya",
			}, Example: Text{
				En: "nginx gets 'connection refused' because the Node app on port 3000 has crashed",
				Hi: "nginx ko 'connection refused' milta hai kyunki port 3000 wala Node app crash ho gaya",
			}},
			{Code: 503, When: Text{
				En: "The service cannot take requests right now (overload, maintenance, no healthy instance) and is expected back",
				Hi: "Service abhi requests nahi le sakti (overload, maintenance, koi healthy instance nahi) aur thodi der mein wapas aayegi",
			}, Example: Text{
				En: "A load balancer has no healthy targets registered while a deploy replaces every instance",
				Hi: "Deploy saare instances badal raha hai aur load balancer ke paas koi healthy target registered nahi hai",
			}},
			{Code: 504, When: Text{
				En: "The upstream was reached but did not answer before the gateway's timeout",
				Hi: "Upstream tak pahunch gaye, lekin usne gateway ke timeout se pehle jawab nahi diya",
			}, Example: Text{
				En: "An API gateway waits 29 seconds for a slow report query and gives up",
				Hi: "API gateway slow report query ke liye 29 second wait karta hai aur phir give up kar deta hai",
			}},
		},
	},
	{
		Codes: []int{502, 504},
		Question: Text{
			En: "Did the upstream respond at all before the gateway stopped waiting?",
			Hi: "Gateway ke wait band karne se pehle upstream ne kuch jawab diya bhi ya nahi?",
		},
		Choices: []Choice{
			{Code: 502, When: Text{
				En: "Yes, but badly: a malformed response, a reset, or a refused connection",
				Hi: "Haan, lekin galat: malformed response, reset, ya refused connection",
			}, Example: Text{
				En: "The Lambda behind API Gateway returns a body that is not a valid proxy response",
				Hi: "API Gateway ke peeche wala Lambda aisi body lautata hai jo valid proxy response nahi hai",
			}},
			{Code: 504, When: Text{
				En: "No: the gateway's timeout ran out while it waited",
				Hi: "Nahi: wait karte karte gateway ka timeout khatam ho gaya",
			}, Example: Text{
				En: "nginx logs 'upstream timed out while reading response header' after proxy_read_timeout of 60s",
				Hi: "proxy_read_timeout 60s ke baad nginx log karta hai 'upstream timed out while reading response header'",
			}},
		},
	},
	{
		Codes: []int{500, 503},
		Question: Text{
			En: "Is the failure an unexpected bug, or a known temporary state you expect to clear?",
			Hi: "Failure ek unexpected bug hai, ya jaani-pehchaani temporary state jo thodi der mein theek ho jayegi?",
		},
		Choices: []Choice{
			{Code: 500, When: Text{
				En: "An unexpected error: a bug, an unhandled exception or a broken configuration",
				Hi: "Unexpected error: bug, unhandled exception ya tooti hui configuration",
			}, Example: Text{
				En: "A nil pointer panic in the order handler for one particular cart",
				Hi: "Ek khaas cart ke liye order handler mein nil pointer panic",
			}},
			{Code: 503, When: Text{
				En: "A temporary, expected condition such as overload or maintenance, ideally with Retry-After",
				Hi: "Temporary aur expected condition jaise overload ya maintenance, ho sake toh Retry-After ke saath",
			}, Example: Text{
				En: "The DB connection pool is exhausted during a traffic spike, so new requests are turned away for now",
				Hi: "Traffic spike mein DB connection pool khatam ho gaya, isliye abhi nayi requests lautayi ja rahi hain",
			}},
		},
	},
	{
		Codes: []int{405, 501},
		Question: Text{
			En: "Does the server implement this method for any resource at all?",
			Hi: "Kya server yeh method kisi bhi resource ke liye implement karta hai?",
		},
		Choices: []Choice{
			{Code: 405, When: Text{
				En: "Yes, but this resource does not allow it; list the allowed methods in Allow",
				Hi: "Haan, lekin yeh resource use allow nahi karta; Allow header mein allowed methods batao",
			}, Example: Text{
				En: "DELETE /api/countries/IN on a read-only resource, answered with Allow: GET, HEAD",
				Hi: "Read-only resource pe DELETE /api/countries/IN, jawab mein Allow: GET, HEAD",
			}},
			{Code: 501, When: Text{
				En: "No: the server does not recognise or support the method anywhere",
				Hi: "Nahi: server yeh method kahin bhi pehchaanta ya support nahi karta",
			}, Example: Text{
				En: "PROPFIND /files/ sent to a plain REST server with no WebDAV support",
				Hi: "PROPFIND /files/ ek simple REST server ko bheja jisme WebDAV support nahi hai",
			}},
		},
	},
	{
		Codes: []int{200, 201, 202, 204},
		Question: Text{
			En: "What had the request achieved when you responded, and is there anything to put in the body?",
			Hi: "Response bhejte waqt tak request ne kya kar liya tha, aur body mein bhejne ko kuch hai?",
		},
		Choices: []Choice{
			{Code: 200, When: Text{
				En: "It succeeded and the response carries a useful body",
				Hi: "Request successful hui aur response mein kaam ki body hai",
			}, Example: Text{
				En: "GET /users/7 returns the user as JSON",
				Hi: "GET /users/7 user ko JSON mein lautata hai",
			}},
			{Code: 201, When: Text{
				En: "It created a new resource, which Location now identifies",
				Hi: "Ek naya resource ban gaya, jise ab Location header identify karta hai",
			}, Example: Text{
				En: "POST /users creates user 8 and answers with Location: /users/8",
				Hi: "POST /users user 8 banata hai aur Location: /users/8 ke saath jawab deta hai",
			}},
			{Code: 202, When: Text{
				En: "It was accepted for processing that has not finished, and may still fail",
				Hi: "Processing ke liye accept hui, jo abhi poori nahi hui aur fail bhi ho sakti hai",
			}, Example: Text{
				En: "POST /exports queues a job and returns a status URL to poll",
				Hi: "POST /exports job queue karta hai aur poll karne ke liye status URL deta hai",
			}},
			{Code: 204, When: Text{
				En: "It succeeded and there is nothing to send back",
				Hi: "Request successful hui aur wapas bhejne ko kuch nahi hai",
			}, Example: Text{
				En: "DELETE /sessions/current logs the user out and returns an empty response",
				Hi: "DELETE /sessions/current user ko logout karta hai aur khaali response deta hai",
			}},
		},
	},
	{
		Codes: []int{200, 204},
		Question: Text{
			En: "Does the successful response have anything to put in the body?",
			Hi: "Successful response ki body mein dalne ko kuch hai?",
		},
		Choices: []Choice{
			{Code: 200, When: Text{
				En: "Yes: a representation, a result or a status message",
				Hi: "Haan: representation, result ya status message",
			}, Example: Text{
				En: "PUT /settings returns the settings object as it is now stored",
				Hi: "PUT /settings abhi stored settings object lautata hai",
			}},
			{Code: 204, When: Text{
				En: "No: the headers say it all and the body must stay empty",
				Hi: "Nahi: headers hi sab bata dete hain aur body khaali rehni chahiye",
			}, Example: Text{
				En: "PUT /settings saves the change and returns nothing",
				Hi: "PUT /settings change save karta hai aur kuch nahi lautata",
			}},
		},
	},
	{
		Codes: []int{201, 202},
		Question: Text{
			En: "Does the new resource exist by the time you respond?",
			Hi: "Response bhejte waqt tak naya resource ban chuka hai?",
		},
		Choices: []Choice{
			{Code: 201, When: Text{
				En: "Yes: it was created before the response, and Location points at it",
				Hi: "Haan: response se pehle ban gaya, aur Location uski taraf point karta hai",
			}, Example: Text{
				En: "POST /orders stores order 123 in the database before answering",
				Hi: "POST /orders jawab dene se pehle order 123 database mein save kar deta hai",
			}},
			{Code: 202, When: Text{
				En: "Not yet: the work is queued and may still fail",
				Hi: "Abhi nahi: kaam queue mein hai aur fail bhi ho sakta hai",
			}, Example: Text{
				En: "POST /videos accepts an upload whose transcoding finishes minutes later",
				Hi: "POST /videos upload accept karta hai jiski transcoding kuch minute baad poori hoti hai",
			}},
		},
	},
	{
		Codes: []int{406, 415},
		Question: Text{
			En: "Is the format problem in what the client sent, or in what it wants back?",
			Hi: "Format ki problem client ne jo bheja usme hai, ya jo woh wapas chahta hai usme?",
		},
		Choices: []Choice{
			{Code: 406, When: Text{
				En: "In what it wants back: no available representation matches Accept or its relatives",
				Hi: "Jo wapas chahiye usme: koi available representation Accept (ya uske jaise headers) se match nahi karta",
			}, Example: Text{
				En: "GET /report with Accept: application/xml to an API that only produces JSON",
				Hi: "GET /report Accept: application/xml ke saath, us API ko jo sirf JSON deti hai",
			}},
			{Code: 415, When: Text{
				En: "In what it sent: the body's Content-Type or Content-Encoding is not supported",
				Hi: "Jo bheja usme: body ka Content-Type ya Content-Encoding supported nahi hai",
			}, Example: Text{
				En: "POST /users with Content-Type: text/plain to an endpoint that only reads JSON",
				Hi: "POST /users Content-Type: text/plain ke saath, us endpoint ko jo sirf JSON padhta hai",
			}},
		},
	},
	{
		Codes: []int{413, 414, 431},
		Question: Text{
			En: "Which part of the request is too large?",
			Hi: "Request ka kaunsa hissa bahut bada hai?",
		},
		Choices: []Choice{
			{Code: 413, When: Text{
				En: "The body, the request content",
				Hi: "Body, yaani request ka content",
			}, Example: Text{
				En: "Uploading a 2 GB video to an endpoint capped at 100 MB",
				Hi: "100 MB limit wale endpoint pe 2 GB ka video upload karna",
			}},
			{Code: 414, When: Text{
				En: "The target URI, usually a huge query string",
				Hi: "Target URI, aksar bahut lambi query string",
			}, Example: Text{
				En: "GET /search with a 20,000-character query string generated from a filter form",
				Hi: "GET /search jisme filter form se bani 20,000 character ki query string hai",
			}},
			{Code: 431, When: Text{
				En: "The header fields, a single one or all of them together",
				Hi: "Header fields, koi ek ya sab milake",
			}, Example: Text{
				En: "A browser sends 12 KB of accumulated cookies to a server that accepts 8 KB of headers",
				Hi: "Browser 12 KB ki jama hui cookies bhejta hai jabki server sirf 8 KB headers leta hai",
			}},
		},
	},
	{
		Codes: []int{408, 504},
		Question: Text{
			En: "Who was too slow: the client sending its request, or a server behind the gateway?",
			Hi: "Kaun slow tha: request bhejne wala client, ya gateway ke peeche wala server?",
		},
		Choices: []Choice{
			{Code: 408, When: Text{
				En: "The client did not finish sending its request in time",
				Hi: "Client ne time pe apni request poori nahi bheji",
			}, Example: Text{
				En: "A client opens a connection, sends half the headers and then stalls for a minute",
				Hi: "Client connection kholta hai, aadhe headers bhejta hai aur phir ek minute ruk jaata hai",
			}},
			{Code: 504, When: Text{
				En: "An upstream server did not answer the gateway in time",
				Hi: "Upstream server ne gateway ko time pe jawab nahi diya",
			}, Example: Text{
				En: "A CDN waits for an origin that hangs on a slow database query",
				Hi: "CDN us origin ka wait karta hai jo slow database query pe atka hua hai",
			}},
		},
	},
	{
		Codes: []int{403, 404},
		Question: Text{
			En: "May this client even learn that the resource exists?",
			Hi: "Kya is client ko yeh pata chalna bhi chahiye ki resource exist karta hai?",
		},
		Choices: []Choice{
			{Code: 403, When: Text{
				En: "Yes: admitting it exists does no harm, so say plainly that access is refused",
				Hi: "Haan: exist karna batane mein koi nuksaan nahi, toh seedha bolo ki access nahi milega",
			}, Example: Text{
				En: "A regular member opens /admin/settings, a page everyone knows is there",
				Hi: "Normal member /admin/settings kholta hai, jo page sabko pata hai ki hai",
			}},
			{Code: 404, When: Text{
				En: "No: revealing it would leak information, so answer as if nothing were there",
				Hi: "Nahi: batane se information leak hogi, toh aise jawab do jaise kuch hai hi nahi",
			}, Example: Text{
				En: "GET /repos/acme/secret-project from a user outside the organisation, as code hosts do for private repositories",
				Hi: "Organisation ke bahar ka user GET /repos/acme/secret-project karta hai, jaise code hosts private repositories ke liye karte hain",
			}},
		},
	},
	{
		Codes: []int{403, 451},
		Question: Text{
			En: "Is access refused because of a legal demand?",
			Hi: "Kya access kisi legal demand ki wajah se roka gaya hai?",
		},
		Choices: []Choice{
			{Code: 403, When: Text{
				En: "No: it is your own policy or permission model",
				Hi: "Nahi: yeh tumhari apni policy ya permission model hai",
			}, Example: Text{
				En: "A free-plan user requests a report reserved for premium accounts",
				Hi: "Free plan wala user premium accounts ke liye rakhi report maangta hai",
			}},
			{Code: 451, When: Text{
				En: "Yes: a court order, a government demand or a law blocks it here",
				Hi: "Haan: court order, government demand ya koi law ise yahan block karta hai",
			}, Example: Text{
				En: "An article blocked in one country by a court order, with a Link header naming the blocking authority",
				Hi: "Court order se ek country mein block hua article, Link header mein blocking authority ka naam",
			}},
		},
	},
	{
		Codes: []int{304, 200},
		Question: Text{
			En: "Did the client send a validator that still matches the current version?",
			Hi: "Kya client ne aisa validator bheja jo abhi bhi current version se match karta hai?",
		},
		Choices: []Choice{
			{Code: 304, When: Text{
				En: "Yes: If-None-Match or If-Modified-Since matched, so the cached copy is still good and no body is sent",
				Hi: "Haan: If-None-Match ya If-Modified-Since match hua, toh cached copy abhi bhi sahi hai aur body nahi bhejni",
			}, Example: Text{
				En: "GET /logo.png with If-None-Match: \"abc\" while the ETag is still \"abc\"",
				Hi: "GET /logo.png If-None-Match: \"abc\" ke saath jabki ETag abhi bhi \"abc\" hai",
			}},
			{Code: 200, When: Text{
				En: "No validator was sent, or the resource changed: send the full representation",
				Hi: "Koi validator nahi bheja, ya resource badal gaya: poori representation bhejo",
			}, Example: Text{
				En: "GET /logo.png after the logo was replaced, so the old ETag no longer matches",
				Hi: "Logo badalne ke baad GET /logo.png, toh purana ETag ab match nahi karta",
			}},
		},
	},
	{
		Codes: []int{303, 307},
		Question: Text{
			En: "Should the client fetch another resource with GET, or repeat its original request elsewhere?",
			Hi: "Client ko GET se dusra resource laana hai, ya apni original request kahin aur dobara bhejni hai?",
		},
		Choices: []Choice{
			{Code: 303, When: Text{
				En: "Fetch a different resource with GET: the answer to the request lives there",
				Hi: "GET se dusra resource lao: request ka jawab wahan hai",
			}, Example: Text{
				En: "POST /payments answered with 303 and Location: /payments/55/receipt",
				Hi: "POST /payments ka jawab 303 aur Location: /payments/55/receipt",
			}},
			{Code: 307, When: Text{
				En: "Repeat the same request, with the same method and body, at another URL",
				Hi: "Wahi request, same method aur body ke saath, dusre URL pe dobara bhejo",
			}, Example: Text{
				En: "POST /payments redirected to a standby region that must receive the same payment body",
				Hi: "POST /payments standby region pe redirect hua jise same payment body milni chahiye",
			}},
		},
	},
}
