package catalog

// providerErrors are cloud and API providers' error codes and the status each
// is sent with. Sorted by ecosystem, then name, then service, then code. A
// name may appear twice for one service when the provider documents two
// statuses for it (Azure Storage's ConditionNotMet: 304 on reads, 412 on
// writes); the Note then says which is which.
var providerErrors = []ErrorName{
	// aws: the errors common to every service come from the generic list of
	// the console guide; a service's own status, where it differs, from
	// botocore's models (error shapes carry httpStatusCode) or the service's
	// documentation.
	{Ecosystem: "aws", Kind: ProviderError, Name: "AccessDeniedException", Code: 403,
		Source: "https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/common-errors.html",
		Note: Text{
			En: "Older per-service Common Errors pages (Query APIs such as RDS) still list 400; JSON and REST services send 403.",
			Hi: "Purane Query API pages (jaise RDS) 400 likhte hain; JSON aur REST services 403 bhejti hain.",
		}},
	{Ecosystem: "aws", Kind: ProviderError, Name: "AccessDeniedException", Service: "DynamoDB", Code: 400,
		Source: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html",
		Note: Text{
			En: "DynamoDB sends every client error as 400, this one included; the common list says 403.",
			Hi: "DynamoDB har client error 400 ke saath bhejta hai, yeh bhi; common list 403 kehti hai.",
		}},
	{Ecosystem: "aws", Kind: ProviderError, Name: "NoSuchKey", Service: "S3", Code: 404,
		Source: "boto/botocore botocore/data/s3/2006-03-01/service-2.json@1.43.67"},
	{Ecosystem: "aws", Kind: ProviderError, Name: "ThrottlingException", Code: 400,
		Source: "https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/common-errors.html",
		Note: Text{
			En: "Throttling comes as 400, not 429, in most services; retry with backoff all the same.",
			Hi: "Zyada tar services mein throttling 400 ke saath aati hai, 429 nahi; phir bhi backoff ke saath retry karo.",
		}},

	// azure
	{Ecosystem: "azure", Kind: ProviderError, Name: "ServerBusy", Service: "Storage", Code: 503,
		Source: "https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes"},

	// stripe: a card_error's codes come with 402.
	{Ecosystem: "stripe", Kind: ProviderError, Name: "card_declined", Code: 402,
		Source: "https://docs.stripe.com/api/errors"},
}
