package catalog

import "slices"

// Confusion is a set of codes developers often mix up, with the question
// that decides between them.
type Confusion struct {
	Codes    []int
	Question Text // the deciding question
	Choices  []Choice
}

// Choice is one answer to a Confusion's question.
type Choice struct {
	Code    int
	When    Text // the answer to the question that leads to this code
	Example Text // a concrete request that gets this code
}

// Confusions returns the classic confusions, in the order they are written.
func Confusions() []Confusion { return confusions }

// ConfusionOf returns the confusion that covers all the codes (at least two,
// all different), if there is one. The smallest matching set wins, so 502
// and 504 find the gateway pair rather than a wider group that also holds them.
func ConfusionOf(codes ...int) (*Confusion, bool) {
	if len(codes) < 2 {
		return nil, false
	}
	var best *Confusion
	for i := range confusions {
		c := &confusions[i]
		covers := true
		for j, code := range codes {
			covers = covers && slices.Contains(c.Codes, code) && !slices.Contains(codes[:j], code)
		}
		if covers && (best == nil || len(c.Codes) < len(best.Codes)) {
			best = c
		}
	}
	return best, best != nil
}
