package catalog

// exceptions are framework exceptions and the status each framework sends
// when one goes unhandled. Sorted by ecosystem, then name.
var exceptions = []ErrorName{}
