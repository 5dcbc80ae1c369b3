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

// ConfusionOf returns the confusion that covers both codes, if there is one.
// The smallest matching set wins, so 502/504 finds the gateway pair rather
// than a wider group that also holds them.
func ConfusionOf(a, b int) (*Confusion, bool) {
	var best *Confusion
	for i := range confusions {
		c := &confusions[i]
		if a == b || !slices.Contains(c.Codes, a) || !slices.Contains(c.Codes, b) {
			continue
		}
		if best == nil || len(c.Codes) < len(best.Codes) {
			best = c
		}
	}
	return best, best != nil
}
