package suggest

import (
	"strconv"
	"strings"
	"sync"

	"github.com/httpcode/httpcode/catalog"
)

// otherName is a name from another ecosystem that stands for a status code
// — a gRPC code, a framework exception, a provider's error, a framework's
// default — read as a rule: a question that quotes it is about its code.
type otherName struct {
	code  int
	text  string // what a question would quote: "ThrottlingException", "DEADLINE_EXCEEDED"
	label string // how the reason names it: "AWS: ThrottlingException"
	// context is true when the text names its ecosystem ("grpc
	// UNAVAILABLE", "Rails redirect_to"), so plain words may make the rule.
	context bool
}

// otherNames lists the catalogue's names from other ecosystems in a fixed
// order; a rule's index points into it. It is built on the first
// explanation that needs a name's label, never at start-up.
func otherNames() []otherName {
	otherNamesOnce.Do(func() { otherNameList = listOtherNames() })
	return otherNameList
}

var (
	otherNamesOnce sync.Once
	otherNameList  []otherName
)

func listOtherNames() []otherName {
	var out []otherName
	for _, g := range catalog.GRPCCodes() {
		label := "gRPC " + g.Name
		out = append(out,
			otherName{g.HTTP, "grpc " + g.Name, label, true},
			otherName{g.HTTP, g.Name, label, false},
			otherName{g.HTTP, g.GoName, label, false},
			// "grpc-status 14", "gRPC status code 0": the code by number.
			otherName{g.HTTP, "grpc " + strconv.Itoa(g.Code), label, true})
	}
	for _, n := range catalog.ErrorNames() {
		eco := n.Ecosystem
		if e, ok := catalog.EcosystemByKey(eco); ok {
			eco = e.Name
		}
		label := eco + ": " + n.Name
		if n.Service != "" {
			label = eco + " " + n.Service + ": " + n.Name
		}
		// The service first: the last identifier is the rule's key.
		text := n.Name
		if n.Service != "" {
			text = n.Service + " " + n.Name
		}
		if strings.Contains(n.Name, " ") {
			// A message in plain words ("the object has been modified")
			// counts when the question names who sends it.
			out = append(out, otherName{n.Code, eco + " " + text, label, true})
		} else {
			out = append(out, otherName{n.Code, text, label, false})
		}
		for _, s := range n.Spellings {
			out = append(out, otherName{n.Code, s, label, false})
		}
	}
	for _, d := range catalog.Defaults() {
		eco := d.Ecosystem
		if e, ok := catalog.EcosystemByKey(eco); ok {
			eco = e.Name
		}
		out = append(out, otherName{d.Code, eco + " " + d.Trigger, eco + ": " + d.Trigger, true})
	}
	return out
}

// specTexts are an entry's texts that suggest reads as rules besides its
// situations: the summary and use-when, in English and Hinglish, and the
// description's sentences. A question asked in the spec's own terms ("the
// server understands the content type but cannot process the contained
// instructions") finds its code through them.
func specTexts(e *catalog.Entry) []string {
	out := []string{e.Summary.En, e.Summary.Hi, e.UseWhen.En, e.UseWhen.Hi}
	// The description's sentences, English only: Hinglish ones
	// measured worse.
	out = append(out, strings.Split(e.Description.En, ". ")...)
	return out
}

// specIndex encodes an entry's j-th spec text as a situation index.
func specIndex(j int) int { return -200000 - j }

// otherNameIndex encodes the i-th other name as a situation index.
func otherNameIndex(i int) int { return -100000 - i }
