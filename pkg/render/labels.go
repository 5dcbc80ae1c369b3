package render

import "github.com/httpcode/httpcode/catalog"

// label names a fixed piece of text in the views. JSON keys are not labels:
// they stay English whatever the language.
type label int

const (
	lWhenToUse label = iota
	lWhenNot
	lNote
	lHeaders
	lNoHeaders
	lRequired
	lRecommended
	lOptional
	lFacts
	lContent
	lContentAllowed
	lContentNone
	lCacheable
	lYes
	lNo
	lCaching
	lRetry
	lMethods
	lSpec
	lMDN
	lConstants
	lRelated
	lUnofficialBy
	lUnused
	lTemporary
	lObsoleted
	lCodes
	lQuestion
	lExample
	lSummary
	lDifferences
	lSame
	lClass
	lStatus
	lMissingHeader
	lShouldHeader
	lNoContentExpected
	lRetryAfter
	lLocation
	lUnknownCode
	lConfidence
	lWhy
	lAdvice
	lHeaderCode
	lHeaderName
	lHeaderClass
	lHeaderStatus
	lGRPC
	lGRPCGateway
	lGRPCClient
	lNamesElsewhere
	lDefaults
	lMore
	lNoNameFor
	lNoConstantFor
	lHeaderKind
	lHeaderDetail
	lHeaderReason
	lGRPCBefore
	lGRPCOlder
	lGRPCOlderItem
	lNotSure
	lNotSureOne
	lTurnsOn
	lNoQuestion
	lOr
)

// labels holds each label in English and Hinglish. Technical words stay in
// English in both, as Indian developers say them.
var labels = [...]catalog.Text{
	lWhenToUse:         {En: "When to use", Hi: "Kab use karein"},
	lWhenNot:           {En: "When not to", Hi: "Kab use na karein"},
	lNote:              {En: "Note", Hi: "Dhyaan dein"},
	lHeaders:           {En: "Headers", Hi: "Headers"},
	lNoHeaders:         {En: "No header is specific to this code", Hi: "Is code ke liye koi khaas header nahi hai"},
	lRequired:          {En: "required", Hi: "zaroori"},
	lRecommended:       {En: "recommended", Hi: "bhejna chahiye"},
	lOptional:          {En: "optional", Hi: "optional"},
	lFacts:             {En: "Content, caching, retry", Hi: "Content, caching, retry"},
	lContent:           {En: "Content", Hi: "Content"},
	lContentAllowed:    {En: "may carry content", Hi: "body bhej sakte hain"},
	lContentNone:       {En: "never carries content", Hi: "body kabhi nahi hoti"},
	lCacheable:         {En: "Heuristically cacheable", Hi: "Heuristically cacheable"},
	lYes:               {En: "yes", Hi: "haan"},
	lNo:                {En: "no", Hi: "nahi"},
	lCaching:           {En: "Caching", Hi: "Caching"},
	lRetry:             {En: "Retry", Hi: "Retry"},
	lMethods:           {En: "Methods", Hi: "Methods"},
	lSpec:              {En: "Spec", Hi: "Spec"},
	lMDN:               {En: "MDN", Hi: "MDN"},
	lConstants:         {En: "Constants", Hi: "Constants"},
	lRelated:           {En: "Related", Hi: "Related codes"},
	lUnofficialBy:      {En: "unofficial, used by", Hi: "unofficial, use karta hai"},
	lUnused:            {En: "reserved: the registry marks it (Unused)", Hi: "reserved: registry mein (Unused) hai"},
	lTemporary:         {En: "temporary registration", Hi: "temporary registration"},
	lObsoleted:         {En: "obsoleted", Hi: "obsolete ho chuka hai"},
	lCodes:             {En: "Codes", Hi: "Codes"},
	lQuestion:          {En: "The deciding question", Hi: "Faisla is sawaal se hota hai"},
	lExample:           {En: "Example", Hi: "Example"},
	lSummary:           {En: "Summary", Hi: "Summary"},
	lDifferences:       {En: "What differs", Hi: "Kya alag hai"},
	lSame:              {En: "What is the same", Hi: "Kya same hai"},
	lClass:             {En: "Class", Hi: "Class"},
	lStatus:            {En: "Status", Hi: "Status"},
	lMissingHeader:     {En: "missing %s, which the spec requires (MUST)", Hi: "%s missing hai, jabki spec mein yeh zaroori (MUST) hai"},
	lShouldHeader:      {En: "missing %s, which the spec says should be sent (SHOULD)", Hi: "%s missing hai, spec kehta hai yeh bhejna chahiye (SHOULD)"},
	lNoContentExpected: {En: "%d responses carry no content, yet Content-Length is %s", Hi: "%d response mein body nahi hoti, phir bhi Content-Length %s hai"},
	lRetryAfter:        {En: "Retry-After", Hi: "Retry-After"},
	lLocation:          {En: "Location", Hi: "Location"},
	lUnknownCode:       {En: "not in the catalogue", Hi: "catalogue mein nahi hai"},
	lConfidence:        {En: "confidence", Hi: "confidence"},
	lWhy:               {En: "Why", Hi: "Kyun"},
	lAdvice:            {En: "Advice", Hi: "Salah"},
	lHeaderCode:        {En: "CODE", Hi: "CODE"},
	lHeaderName:        {En: "NAME", Hi: "NAME"},
	lHeaderClass:       {En: "CLASS", Hi: "CLASS"},
	lHeaderStatus:      {En: "STATUS", Hi: "STATUS"},
	lGRPC:              {En: "gRPC", Hi: "gRPC"},
	lGRPCGateway:       {En: "A gateway sends it for", Hi: "Gateway ise bhejta hai"},
	lGRPCClient:        {En: "A gRPC client that gets it reports", Hi: "gRPC client ko mile toh woh batata hai"},
	lNamesElsewhere:    {En: "Names elsewhere", Hi: "Doosre ecosystems mein naam"},
	lDefaults:          {En: "Sent by default", Hi: "Default mein bhejte hain"},
	lMore:              {En: "(+%d: httpcode list --for %s)", Hi: "(+%d aur: httpcode list --for %s)"},
	lNoNameFor:         {En: "%s: nothing maps to %d", Hi: "%s: %d se kuch map nahi hota"},
	lNoConstantFor:     {En: "%s: no constant for %d", Hi: "%s: %d ka koi constant nahi"},
	lHeaderKind:        {En: "KIND", Hi: "KIND"},
	lHeaderDetail:      {En: "DETAIL", Hi: "DETAIL"},
	lHeaderReason:      {En: "REASON", Hi: "REASON"},
	lGRPCBefore:        {En: "(%[1]d before %[2]s)", Hi: "(%[2]s se pehle %[1]d)"},
	lGRPCOlder:         {En: "Older grpc-gateway releases sent it for", Hi: "Purane grpc-gateway releases ise bhejte the"},
	lGRPCOlderItem:     {En: "%[1]s until %[2]s (now %[3]d)", Hi: "%[1]s %[2]s tak (ab %[3]d)"},
	lNotSure:           {En: "Not sure", Hi: "Pakka nahi"},
	lNotSureOne:        {En: "%s is a guess", Hi: "%s sirf andaaza hai"},
	lTurnsOn:           {En: "it turns on one question", Hi: "faisla ek sawaal pe hai"},
	lNoQuestion:        {En: "say more about what happened to the request", Hi: "request ke saath kya hua, thoda aur batao"},
	lOr:                {En: "or", Hi: "ya"},
}

func requirementLabel(r catalog.Requirement) label {
	switch r {
	case catalog.Required:
		return lRequired
	case catalog.Recommended:
		return lRecommended
	}
	return lOptional
}
