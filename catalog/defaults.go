package catalog

// defaults are what frameworks and servers send, unasked, in everyday cases.
// Sorted by ecosystem, then case.
var defaults = []Default{}
