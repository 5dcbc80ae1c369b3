package catalog

// Question is one step of `httpcode decide`: a question and the answers a
// person can give, each settling on a code or leading to the next question.
//
// The well-known status-code flowcharts are chains of yes/no questions, which
// makes them deep (a dozen steps to reach some codes). This tree asks for the
// outcome first and then offers menus, so every code it knows is at most a
// few questions away; tests hold it to that (decide_test.go).
type Question struct {
	Text    Text
	Answers []Answer
}

// Answer is one choice at a Question. Exactly one of Code and Next is set.
type Answer struct {
	Label Text
	Code  int       // the code this answer settles on
	Next  *Question // the question this answer leads to
	// Origin picks the entry when an unofficial code has several meanings
	// (nginx's and Esri's 499); empty for registered codes.
	Origin string
}

// Entry returns the entry a settling answer names, or nil.
func (a Answer) Entry() *Entry {
	for _, e := range ByCode(a.Code) {
		if a.Origin == "" || e.Origin == a.Origin {
			return e
		}
	}
	return nil
}

// DecisionTree returns the first question of `httpcode decide`. The tree is
// read-only data laid out by the compiler, like the entries.
func DecisionTree() *Question { return &decisionTree }

var decisionTree = Question{
	Text: Text{
		En: "What happened to the request?",
		Hi: "Request ke saath kya hua?",
	},
	Answers: []Answer{
		{Label: Text{
			En: "Not finished yet: the server sends an interim answer before the final one",
			Hi: "Abhi khatam nahi hui: final answer se pehle server ek interim answer bhejta hai",
		}, Next: &informationalStep},
		{Label: Text{
			En: "It succeeded",
			Hi: "Request successful rahi",
		}, Next: &successStep},
		{Label: Text{
			En: "The client has to look elsewhere, or already has what it asked for",
			Hi: "Client ko kahin aur dekhna hai, ya jo maanga woh uske paas pehle se hai",
		}, Next: &redirectStep},
		{Label: Text{
			En: "It failed, and the client has to change something: the request is at fault",
			Hi: "Fail hui, aur client ko kuch badalna padega: galti request ki hai",
		}, Next: &clientErrorStep},
		{Label: Text{
			En: "It failed on the server's side, or on a server behind it",
			Hi: "Server ki taraf se fail hui, ya uske peeche wale server ki wajah se",
		}, Next: &serverErrorStep},
	},
}

var informationalStep = Question{
	Text: Text{
		En: "Which interim answer does the server send before the final response?",
		Hi: "Final response se pehle server kaunsa interim answer bhejta hai?",
	},
	Answers: []Answer{
		{Code: 100, Label: Text{
			En: "The client sent Expect: 100-continue and may now send the body",
			Hi: "Client ne Expect: 100-continue bheja tha, ab woh body bhej sakta hai",
		}},
		{Code: 101, Label: Text{
			En: "The server agrees to switch protocols (Upgrade: websocket, h2c)",
			Hi: "Server protocol switch karne ko maan gaya (Upgrade: websocket, h2c)",
		}},
		{Code: 102, Label: Text{
			En: "A long WebDAV request is still being worked on (deprecated)",
			Hi: "Lambi WebDAV request pe abhi kaam chal raha hai (deprecated)",
		}},
		{Code: 103, Label: Text{
			En: "Hints of headers the final response will carry, so the client can preload (Link)",
			Hi: "Final response ke headers ka hint, taaki client pehle se load kar sake (Link)",
		}},
		{Code: 104, Label: Text{
			En: "The server supports resumable uploads (a draft, temporary registration)",
			Hi: "Server resumable uploads support karta hai (draft, temporary registration)",
		}},
	},
}

var successStep = Question{
	Text: Text{
		En: "What did the server do with the request?",
		Hi: "Server ne request ke saath kya kiya?",
	},
	Answers: []Answer{
		{Code: 200, Label: Text{
			En: "Sent back the whole of what was asked for, or the result of the action",
			Hi: "Jo maanga tha woh poora wapas bheja, ya action ka result",
		}},
		{Code: 201, Label: Text{
			En: "Created a new resource",
			Hi: "Naya resource bana diya",
		}},
		{Code: 202, Label: Text{
			En: "Accepted the work for later; it is not done yet",
			Hi: "Kaam baad ke liye accept kiya; abhi hua nahi hai",
		}},
		{Label: Text{
			En: "Did it, and has nothing to send back",
			Hi: "Kaam ho gaya, aur wapas bhejne ko kuch nahi hai",
		}, Next: &noContentStep},
		{Label: Text{
			En: "Sent back part of it, a changed copy or a delta",
			Hi: "Uska ek hissa, badli hui copy ya delta wapas bheja",
		}, Next: &partialStep},
		{Label: Text{
			En: "Several things at once, each with its own status (WebDAV)",
			Hi: "Ek saath kai kaam, har ek ka apna status (WebDAV)",
		}, Next: &multiStatusStep},
	},
}

var partialStep = Question{
	Text: Text{
		En: "What exactly was sent back?",
		Hi: "Asal mein kya wapas bheja gaya?",
	},
	Answers: []Answer{
		{Code: 206, Label: Text{
			En: "Only the byte ranges the client asked for (Range)",
			Hi: "Sirf woh byte ranges jo client ne maange (Range)",
		}},
		{Code: 203, Label: Text{
			En: "A copy that a transforming proxy changed",
			Hi: "Aisi copy jo beech ke transforming proxy ne badal di",
		}},
		{Code: 226, Label: Text{
			En: "A delta: the result of instance manipulations the client asked for (A-IM)",
			Hi: "Delta: client ke maange instance manipulations ka result (A-IM)",
		}},
	},
}

var noContentStep = Question{
	Text: Text{
		En: "What should the client do with the page it sent the request from?",
		Hi: "Jis page se request gayi, client us page ka kya kare?",
	},
	Answers: []Answer{
		{Code: 204, Label: Text{
			En: "Nothing: keep it as it is",
			Hi: "Kuch nahi: jaisa hai waisa rehne do",
		}},
		{Code: 205, Label: Text{
			En: "Reset it, like clearing a form for the next entry",
			Hi: "Reset karo, jaise agli entry ke liye form khaali karna",
		}},
	},
}

var multiStatusStep = Question{
	Text: Text{
		En: "What does the response body hold?",
		Hi: "Response body mein kya hai?",
	},
	Answers: []Answer{
		{Code: 207, Label: Text{
			En: "A status for each resource the request touched",
			Hi: "Request ne jin resources ko chhua, har ek ka status",
		}},
		{Code: 208, Label: Text{
			En: "A note that these members were already listed earlier in the response",
			Hi: "Yeh note ki yeh members response mein pehle hi list ho chuke hain",
		}},
	},
}

var redirectStep = Question{
	Text: Text{
		En: "Why is the answer not in this response?",
		Hi: "Answer is response mein kyun nahi hai?",
	},
	Answers: []Answer{
		{Label: Text{
			En: "The resource moved to another URL",
			Hi: "Resource kisi aur URL pe chala gaya",
		}, Next: &movedStep},
		{Code: 303, Label: Text{
			En: "The result is at another URL, to fetch with GET (after a POST or a form)",
			Hi: "Result doosre URL pe hai, use GET se lao (POST ya form ke baad)",
		}},
		{Code: 304, Label: Text{
			En: "The client's cached copy is still good (its conditional request matched)",
			Hi: "Client ki cached copy abhi bhi sahi hai (conditional request match hui)",
		}},
		{Code: 300, Label: Text{
			En: "There are several representations and the client should pick one",
			Hi: "Kai representations hain, client ko ek chunna hai",
		}},
		{Code: 305, Label: Text{
			En: "The request must go through a given proxy (deprecated)",
			Hi: "Request ek diye gaye proxy se hi jaani chahiye (deprecated)",
		}},
	},
}

var movedStep = Question{
	Text: Text{
		En: "Did it move for good, or for now?",
		Hi: "Hamesha ke liye gaya, ya abhi ke liye?",
	},
	Answers: []Answer{
		{Label: Text{
			En: "For good: clients should update their links",
			Hi: "Hamesha ke liye: clients apne links update karein",
		}, Next: &permanentStep},
		{Label: Text{
			En: "For now: clients should keep using this URL",
			Hi: "Abhi ke liye: clients yahi URL use karte rahein",
		}, Next: &temporaryStep},
	},
}

// The same question decides 301 from 308 and 302 from 307.
var (
	methodQuestion = Text{
		En: "May the client turn a POST into a GET when it follows the redirect?",
		Hi: "Redirect follow karte waqt kya client POST ko GET bana sakta hai?",
	}
	methodMayChange = Text{
		En: "Yes, or only GET and HEAD are involved",
		Hi: "Haan, ya sirf GET aur HEAD ki baat hai",
	}
	methodKept = Text{
		En: "No: it must repeat the same method and body",
		Hi: "Nahi: wahi method aur body dobara bhejni hogi",
	}
)

var permanentStep = Question{
	Text:    methodQuestion,
	Answers: []Answer{{Code: 301, Label: methodMayChange}, {Code: 308, Label: methodKept}},
}

var temporaryStep = Question{
	Text:    methodQuestion,
	Answers: []Answer{{Code: 302, Label: methodMayChange}, {Code: 307, Label: methodKept}},
}

var clientErrorStep = Question{
	Text: Text{
		En: "What was wrong with the request?",
		Hi: "Request mein kya galat tha?",
	},
	Answers: []Answer{
		{Label: Text{
			En: "Who is asking: credentials, permission or payment",
			Hi: "Kaun maang raha hai: credentials, permission ya payment",
		}, Next: &identityStep},
		{Label: Text{
			En: "What it asks for: the URL or the method",
			Hi: "Kya maanga: URL ya method",
		}, Next: &targetStep},
		{Label: Text{
			En: "What it sends: the body or the headers",
			Hi: "Kya bheja: body ya headers",
		}, Next: &contentErrorStep},
		{Label: Text{
			En: "It clashes with the resource's state or with conditions",
			Hi: "Resource ki state ya conditions se takraati hai",
		}, Next: &stateStep},
		{Label: Text{
			En: "How often or how fast: rate limits and timing",
			Hi: "Kitni baar ya kitni der: rate limit aur timing",
		}, Next: &timingStep},
		{Label: Text{
			En: "The format or the protocol it asks for cannot be met",
			Hi: "Jo format ya protocol maanga woh diya nahi ja sakta",
		}, Next: &negotiationStep},
	},
}

var identityStep = Question{
	Text: Text{
		En: "What about the client's identity or rights?",
		Hi: "Client ki identity ya rights ke saath kya baat hai?",
	},
	Answers: []Answer{
		{Code: 401, Label: Text{
			En: "No credentials, or they are invalid or expired: logging in could fix it",
			Hi: "Credentials nahi hain, ya invalid ya expire ho gaye: login karne se theek ho sakta hai",
		}},
		{Code: 403, Label: Text{
			En: "Valid credentials, but this identity may not do this",
			Hi: "Credentials valid hain, lekin is identity ko yeh karne ki permission nahi",
		}},
		{Code: 407, Label: Text{
			En: "A proxy in between wants its own credentials",
			Hi: "Beech ka proxy apne credentials maang raha hai",
		}},
		{Code: 402, Label: Text{
			En: "Payment or a paid plan is needed",
			Hi: "Payment ya paid plan chahiye",
		}},
		{Code: 451, Label: Text{
			En: "It is blocked for legal reasons, such as a court order",
			Hi: "Legal wajah se block hai, jaise court order",
		}},
	},
}

var targetStep = Question{
	Text: Text{
		En: "What is wrong with what was asked for?",
		Hi: "Jo maanga usmein kya galat hai?",
	},
	Answers: []Answer{
		{Code: 404, Label: Text{
			En: "Nothing is at this URL, or the server will not say",
			Hi: "Is URL pe kuch nahi hai, ya server batana nahi chahta",
		}},
		{Code: 410, Label: Text{
			En: "It existed and was removed for good",
			Hi: "Pehle tha, aur hamesha ke liye hata diya gaya",
		}},
		{Code: 405, Label: Text{
			En: "It exists, but not for this method (DELETE on a read-only URL)",
			Hi: "Hai, lekin is method ke liye nahi (read-only URL pe DELETE)",
		}},
		{Code: 414, Label: Text{
			En: "The URL is longer than the server accepts",
			Hi: "URL server ki limit se lamba hai",
		}},
		{Code: 421, Label: Text{
			En: "It reached a server that cannot answer for this host (misdirected)",
			Hi: "Aise server pe pahunchi jo is host ke liye answer nahi de sakta (misdirected)",
		}},
	},
}

var contentErrorStep = Question{
	Text: Text{
		En: "What is wrong with what was sent?",
		Hi: "Jo bheja usmein kya galat hai?",
	},
	Answers: []Answer{
		{Code: 400, Label: Text{
			En: "It cannot be parsed: broken JSON, bad syntax, a malformed header",
			Hi: "Parse nahi hota: toota JSON, galat syntax, malformed header",
		}},
		{Code: 422, Label: Text{
			En: "It parses, but the values fail validation or business rules",
			Hi: "Parse ho jaata hai, lekin values validation ya business rules fail karti hain",
		}},
		{Code: 413, Label: Text{
			En: "The body is larger than the server accepts",
			Hi: "Body server ki limit se badi hai",
		}},
		{Code: 415, Label: Text{
			En: "It is in a media type or encoding the endpoint does not accept",
			Hi: "Aise media type ya encoding mein hai jo endpoint accept nahi karta",
		}},
		{Code: 411, Label: Text{
			En: "It has no Content-Length and the server needs one",
			Hi: "Content-Length nahi hai aur server ko chahiye",
		}},
		{Code: 431, Label: Text{
			En: "The headers are too large, often the cookies",
			Hi: "Headers bahut bade hain, aksar cookies",
		}},
	},
}

var stateStep = Question{
	Text: Text{
		En: "What does it clash with?",
		Hi: "Kis cheez se takraati hai?",
	},
	Answers: []Answer{
		{Code: 409, Label: Text{
			En: "The resource's current state: a duplicate, an edit conflict, a wrong state",
			Hi: "Resource ki current state: duplicate, edit conflict, galat state",
		}},
		{Code: 412, Label: Text{
			En: "A condition the client set failed (If-Match, If-Unmodified-Since)",
			Hi: "Client ki lagayi condition fail hui (If-Match, If-Unmodified-Since)",
		}},
		{Code: 428, Label: Text{
			En: "The server requires a condition (If-Match) and none was sent",
			Hi: "Server condition (If-Match) maangta hai aur koi bheji nahi gayi",
		}},
		{Code: 416, Label: Text{
			En: "The range asked for lies outside the resource",
			Hi: "Maanga gaya range resource ke bahar hai",
		}},
		{Code: 417, Label: Text{
			En: "The Expect header cannot be met",
			Hi: "Expect header poora nahi ho sakta",
		}},
		{Code: 423, Label: Text{
			En: "The resource is locked (WebDAV)",
			Hi: "Resource locked hai (WebDAV)",
		}},
		{Code: 424, Label: Text{
			En: "It depended on another action that failed (WebDAV)",
			Hi: "Yeh doosre action pe depend tha jo fail ho gaya (WebDAV)",
		}},
	},
}

var timingStep = Question{
	Text: Text{
		En: "What about rate or time?",
		Hi: "Rate ya time ke saath kya hua?",
	},
	Answers: []Answer{
		{Code: 429, Label: Text{
			En: "Too many requests in a given time: a rate limit",
			Hi: "Diye gaye time mein bahut zyada requests: rate limit",
		}},
		{Code: 408, Label: Text{
			En: "The client took too long to send the whole request",
			Hi: "Client ne poori request bhejne mein bahut der lagayi",
		}},
		{Code: 425, Label: Text{
			En: "It came as TLS early data, and replaying it would be risky",
			Hi: "TLS early data mein aayi, aur use replay karna risky hoga",
		}},
		{Code: 499, Origin: "nginx", Label: Text{
			En: "The client closed the connection before the answer (nginx logs)",
			Hi: "Answer se pehle client ne connection band kar diya (nginx logs)",
		}},
	},
}

var negotiationStep = Question{
	Text: Text{
		En: "What cannot be met?",
		Hi: "Kya poora nahi ho sakta?",
	},
	Answers: []Answer{
		{Code: 406, Label: Text{
			En: "No format the client accepts (its Accept header) can be produced",
			Hi: "Client jo format accept karta hai (Accept header), woh ban nahi sakta",
		}},
		{Code: 426, Label: Text{
			En: "The client must switch to another protocol first (Upgrade)",
			Hi: "Client ko pehle doosre protocol pe switch karna hoga (Upgrade)",
		}},
		{Code: 418, Label: Text{
			En: "A teapot was asked to brew coffee (an April Fools' joke)",
			Hi: "Teapot se coffee banane ko kaha gaya (April Fools ka mazaak)",
		}},
	},
}

var serverErrorStep = Question{
	Text: Text{
		En: "Where did it go wrong?",
		Hi: "Galti kahan hui?",
	},
	Answers: []Answer{
		{Code: 500, Label: Text{
			En: "In this server's own code: an unhandled error or a bug",
			Hi: "Isi server ke code mein: unhandled error ya bug",
		}},
		{Code: 503, Label: Text{
			En: "This server is overloaded or down for maintenance, for now",
			Hi: "Yeh server abhi overloaded hai ya maintenance ke liye down hai",
		}},
		{Label: Text{
			En: "At a server behind this one (this one is a gateway or proxy)",
			Hi: "Iske peeche wale server pe (yeh gateway ya proxy hai)",
		}, Next: &upstreamStep},
		{Label: Text{
			En: "The server does not support what the request needs",
			Hi: "Request ko jo chahiye woh server support nahi karta",
		}, Next: &unsupportedStep},
		{Label: Text{
			En: "The server ran out of room or went round in a loop",
			Hi: "Server ki jagah khatam ho gayi ya woh loop mein phans gaya",
		}, Next: &exhaustedStep},
		{Code: 511, Label: Text{
			En: "The client must log in to the network first (a captive portal)",
			Hi: "Client ko pehle network pe login karna hoga (captive portal)",
		}},
	},
}

var upstreamStep = Question{
	Text: Text{
		En: "What did the server behind it do?",
		Hi: "Peeche wale server ne kya kiya?",
	},
	Answers: []Answer{
		{Code: 502, Label: Text{
			En: "Sent back something invalid, or refused the connection",
			Hi: "Invalid response bheja, ya connection refuse kar diya",
		}},
		{Code: 504, Label: Text{
			En: "Did not answer in time",
			Hi: "Time pe answer nahi diya",
		}},
		{Label: Text{
			En: "Cloudflare sits in front of it and reported the failure",
			Hi: "Aage Cloudflare hai aur usne failure report kiya",
		}, Next: &cloudflareStep},
	},
}

var cloudflareStep = Question{
	Text: Text{
		En: "What did Cloudflare meet at the origin?",
		Hi: "Cloudflare ko origin pe kya mila?",
	},
	Answers: []Answer{
		{Code: 520, Label: Text{
			En: "An empty, unknown or unexpected response",
			Hi: "Khaali, anjaan ya unexpected response",
		}},
		{Code: 521, Label: Text{
			En: "The origin refused the connection",
			Hi: "Origin ne connection refuse kiya",
		}},
		{Code: 522, Label: Text{
			En: "The connection to the origin timed out",
			Hi: "Origin se connection time out ho gaya",
		}},
		{Code: 523, Label: Text{
			En: "The origin could not be reached (DNS or routing)",
			Hi: "Origin tak pahunch hi nahi paaye (DNS ya routing)",
		}},
		{Code: 524, Label: Text{
			En: "It connected, but no HTTP answer came in time",
			Hi: "Connect ho gaya, lekin time pe HTTP answer nahi aaya",
		}},
		{Code: 525, Label: Text{
			En: "The TLS handshake with the origin failed",
			Hi: "Origin ke saath TLS handshake fail hua",
		}},
		{Code: 526, Label: Text{
			En: "The origin's certificate is invalid",
			Hi: "Origin ka certificate invalid hai",
		}},
	},
}

var unsupportedStep = Question{
	Text: Text{
		En: "What is not supported?",
		Hi: "Kya support nahi hai?",
	},
	Answers: []Answer{
		{Code: 501, Label: Text{
			En: "The method or feature, on any resource",
			Hi: "Yeh method ya feature, kisi bhi resource pe",
		}},
		{Code: 505, Label: Text{
			En: "The HTTP version of the request",
			Hi: "Request ka HTTP version",
		}},
		{Code: 510, Label: Text{
			En: "An extension the request needs (obsoleted)",
			Hi: "Koi extension jo request ko chahiye (obsoleted)",
		}},
	},
}

var exhaustedStep = Question{
	Text: Text{
		En: "Which?",
		Hi: "Kaunsa?",
	},
	Answers: []Answer{
		{Code: 507, Label: Text{
			En: "It has no room left to store what the request needs (WebDAV)",
			Hi: "Request ke liye store karne ki jagah nahi bachi (WebDAV)",
		}},
		{Code: 508, Label: Text{
			En: "It found an infinite loop while processing (WebDAV)",
			Hi: "Processing mein infinite loop mila (WebDAV)",
		}},
		{Code: 506, Label: Text{
			En: "Its content negotiation is configured in a loop",
			Hi: "Uska content negotiation loop mein configure hai",
		}},
	},
}
