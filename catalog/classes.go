package catalog

// classes: the five classes of RFC 9110, Section 15, indexed by digit-1.
var classes = [5]Class{
	{
		Digit:   1,
		Name:    "Informational",
		Aliases: []string{"informational", "info", "interim", "interim response", "1xx"},
		Summary: Text{
			En: "Interim responses: the request is in progress, a final response will follow",
			Hi: "Interim responses: request process ho rahi hai, final response baad mein aayega",
		},
		Description: Text{
			En: "A 1xx response is interim: it reports connection status or progress before the server sends the final response to the same request, and it ends with its header section, so it never carries content. " +
				"A client must be able to parse 1xx responses even when it did not expect one, and may ignore those it did not ask for; proxies forward them, and servers must not send them to HTTP/1.0 clients. " +
				"A client that does not recognise a 1xx code treats it as 100 Continue.",
			Hi: "1xx response interim hota hai: final response se pehle yeh connection status ya progress batata hai, aur header section ke saath hi khatam ho jaata hai, isliye isme kabhi content nahi hota. " +
				"Client ko 1xx responses parse karne aane chahiye, chahe usne expect na kiya ho, aur jo usne nahi maange unhe ignore kar sakta hai; proxies inhe forward karte hain, aur server HTTP/1.0 clients ko inhe nahi bhej sakta. " +
				"Jo 1xx code client nahi pehchaanta, use woh 100 Continue jaisa treat karta hai.",
		},
	},
	{
		Digit:   2,
		Name:    "Successful",
		Aliases: []string{"success", "successful", "succeeded", "2xx"},
		Summary: Text{
			En: "The request was received, understood and accepted",
			Hi: "Request receive hui, samajh aayi aur accept ho gayi",
		},
		Description: Text{
			En: "A 2xx code means the server received the request, understood it and accepted it. " +
				"What success looks like depends on the method and the code: 200 carries a result, 201 reports a new resource, 202 only promises processing, and 204 has no body at all. " +
				"A client that does not recognise a 2xx code treats it as 200 OK.",
			Hi: "2xx code ka matlab hai server ne request receive ki, samjhi aur accept kar li. " +
				"Success kaisa dikhta hai yeh method aur code pe depend karta hai: 200 result ke saath aata hai, 201 naya resource batata hai, 202 sirf processing ka promise hai, aur 204 mein body hoti hi nahi. " +
				"Jo 2xx code client nahi pehchaanta, use woh 200 OK jaisa treat karta hai.",
		},
	},
	{
		Digit:   3,
		Name:    "Redirection",
		Aliases: []string{"redirect", "redirection", "redirects", "3xx"},
		Summary: Text{
			En: "The client must take further action, usually following Location, to finish",
			Hi: "Client ko aage action lena hai, aksar Location header follow karna",
		},
		Description: Text{
			En: "A 3xx code tells the user agent that more action is needed to complete the request: follow a new URL (301, 302, 307, 308), fetch a different resource (303), choose among representations (300) or reuse a cached copy (304). " +
				"When a Location header is present, a client may follow it automatically even without knowing the specific code, and it should detect and break redirect loops. " +
				"A client that does not recognise a 3xx code treats it as 300 Multiple Choices.",
			Hi: "3xx code user agent ko batata hai ki request poori karne ke liye aur action chahiye: naye URL pe jao (301, 302, 307, 308), dusra resource fetch karo (303), representations mein se ek choose karo (300) ya cached copy reuse karo (304). " +
				"Agar Location header hai toh client use automatically follow kar sakta hai, chahe specific code na pata ho, aur use redirect loops pakad ke rokne chahiye. " +
				"Jo 3xx code client nahi pehchaanta, use woh 300 Multiple Choices jaisa treat karta hai.",
		},
	},
	{
		Digit:   4,
		Name:    "Client Error",
		Aliases: []string{"client", "client error", "client errors", "client side error", "4xx"},
		Summary: Text{
			En: "The client seems to have made a mistake; change the request before retrying",
			Hi: "Lagta hai galti client ki hai; retry se pehle request badlo",
		},
		Description: Text{
			En: "A 4xx code says the client appears to have erred: the request is malformed, lacks the right credentials, targets something that is not there, or cannot be fulfilled as sent. " +
				"Except in answer to HEAD, the server should include a body explaining the error and whether it is temporary or permanent; the codes apply to any method. " +
				"Repeating the same request usually fails the same way, with exceptions such as 408, 425 and 429 that are worth retrying later. " +
				"A client that does not recognise a 4xx code treats it as 400 Bad Request.",
			Hi: "4xx code kehta hai ki lagta hai client se galti hui: request malformed hai, sahi credentials nahi hain, jo cheez maangi woh hai hi nahi, ya jaisi bheji gayi waise poori nahi ho sakti. " +
				"HEAD ke alawa server ko body mein error ka explanation aur yeh ki woh temporary hai ya permanent, bhejna chahiye; yeh codes har method pe apply hote hain. " +
				"Same request dobara bhejoge toh aksar wahi error aayega, lekin 408, 425 aur 429 jaise exceptions baad mein retry karne layak hain. " +
				"Jo 4xx code client nahi pehchaanta, use woh 400 Bad Request jaisa treat karta hai.",
		},
	},
	{
		Digit:   5,
		Name:    "Server Error",
		Aliases: []string{"server", "server error", "server errors", "server side error", "5xx"},
		Summary: Text{
			En: "The server failed to fulfil an apparently valid request",
			Hi: "Request theek lag rahi thi, lekin server use poora nahi kar paya",
		},
		Description: Text{
			En: "A 5xx code means the server knows it has failed, or cannot perform the requested method, although the request looked valid. " +
				"Except in answer to HEAD, it should send a body explaining the error and whether it is temporary or permanent; the codes apply to any method. " +
				"Many 5xx conditions are transient, so idempotent requests can be retried with backoff. " +
				"A client that does not recognise a 5xx code treats it as 500 Internal Server Error, and a status code outside 100 to 599 is handled as a 5xx too.",
			Hi: "5xx code ka matlab hai server jaanta hai ki usse galti hui, ya woh requested method perform nahi kar sakta, jabki request valid lag rahi thi. " +
				"HEAD ke alawa server ko body mein error ka explanation aur yeh ki problem temporary hai ya permanent, bhejna chahiye; yeh codes har method pe apply hote hain. " +
				"Kai 5xx conditions temporary hoti hain, isliye idempotent requests backoff ke saath retry kar sakte ho. " +
				"Jo 5xx code client nahi pehchaanta, use woh 500 Internal Server Error jaisa treat karta hai, aur 100 se 599 ke bahar ka status code bhi 5xx ki tarah handle hota hai.",
		},
	},
}
