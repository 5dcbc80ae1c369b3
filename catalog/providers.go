package catalog

// providerErrors are cloud and API providers' error codes and the status each
// is sent with. Sorted by ecosystem, then name, then service.
var providerErrors = []ErrorName{}
