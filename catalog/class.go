package catalog

import "strconv"

// Class is one of the five classes of status codes, named by its first digit.
type Class struct {
	Digit       int
	Name        string   // "Client Error"
	Aliases     []string // words people use for it: "client", "client error"
	Summary     Text
	Description Text
}

// ClassName returns a class digit in its usual written form: "4xx".
func ClassName(digit int) string { return strconv.Itoa(digit) + "xx" }

// Classes returns the five classes in order.
func Classes() []Class { return classes[:] }

// ClassByDigit returns the class with the given first digit.
func ClassByDigit(digit int) (*Class, bool) {
	if digit < 1 || digit > len(classes) {
		return nil, false
	}
	return &classes[digit-1], true
}
