package catalog

import (
	"slices"
	"testing"
)

// The promises of the decision tree, from issue 11: outcome first, menus
// rather than yes/no chains, at least 55 codes within five questions, the
// everyday codes all among them, every answer going somewhere real, no
// cycles, and every word in both languages.
const (
	maxDecideDepth = 5
	minDecideCodes = 55
)

var mustDecide = []int{100, 101, 102, 200, 201, 202, 204, 301, 302, 304, 400, 401, 403, 404, 405, 500, 501, 502, 503, 504}

// walkTree visits every answer with the number of questions asked to reach
// it (1 for the root's answers) and the questions on the way there.
func walkTree(t *testing.T, q *Question, depth int, path []*Question, visit func(a Answer, depth int)) {
	t.Helper()
	if slices.Contains(path, q) {
		t.Fatalf("cycle: %q is asked again below itself", q.Text.En)
	}
	path = append(path, q)
	for _, a := range q.Answers {
		visit(a, depth)
		if a.Next != nil {
			walkTree(t, a.Next, depth+1, path, visit)
		}
	}
}

func TestDecisionTreeIsWellFormed(t *testing.T) {
	root := DecisionTree()
	if root.Text.En != "What happened to the request?" {
		t.Errorf("the first question should ask for the outcome, not %q", root.Text.En)
	}
	questions := map[*Question]bool{}
	var check func(q *Question)
	check = func(q *Question) {
		if questions[q] {
			return
		}
		questions[q] = true
		if q.Text.En == "" || q.Text.Hi == "" {
			t.Errorf("question %q lacks a language", q.Text.En)
		}
		if len(q.Answers) < 2 {
			t.Errorf("question %q offers %d answers; a menu needs two or more", q.Text.En, len(q.Answers))
		}
		if len(q.Answers) > 9 {
			t.Errorf("question %q offers %d answers; keep menus to one digit", q.Text.En, len(q.Answers))
		}
		labels := map[string]bool{}
		for _, a := range q.Answers {
			if a.Label.En == "" || a.Label.Hi == "" {
				t.Errorf("an answer to %q lacks a language: %+v", q.Text.En, a.Label)
			}
			if labels[a.Label.En] {
				t.Errorf("question %q offers %q twice", q.Text.En, a.Label.En)
			}
			labels[a.Label.En] = true
			switch {
			case a.Code != 0 && a.Next != nil:
				t.Errorf("answer %q both settles on %d and asks more", a.Label.En, a.Code)
			case a.Code == 0 && a.Next == nil:
				t.Errorf("answer %q leads nowhere", a.Label.En)
			case a.Code != 0 && a.Entry() == nil:
				t.Errorf("answer %q settles on %d (origin %q), which the catalogue does not hold", a.Label.En, a.Code, a.Origin)
			case a.Code != 0 && a.Origin == "" && len(ByCode(a.Code)) > 1 && !ByCode(a.Code)[0].Official():
				t.Errorf("answer %q: %d has several unofficial meanings; name the origin", a.Label.En, a.Code)
			case a.Next != nil:
				check(a.Next)
			}
		}
	}
	check(root)

	codes := map[int]int{} // code → fewest questions to reach it
	deepest := 0
	walkTree(t, root, 1, nil, func(a Answer, depth int) {
		deepest = max(deepest, depth)
		if a.Code == 0 {
			return
		}
		if d, ok := codes[a.Code]; !ok || depth < d {
			codes[a.Code] = depth
		}
		if a.Code/100 != classOfBranch(root, a) {
			t.Errorf("%d is reached under the %dxx outcome", a.Code, classOfBranch(root, a))
		}
	})
	if deepest > maxDecideDepth {
		t.Errorf("the tree asks up to %d questions; at most %d", deepest, maxDecideDepth)
	}
	if len(codes) < minDecideCodes {
		t.Errorf("the tree reaches %d codes; at least %d", len(codes), minDecideCodes)
	}
	for _, c := range mustDecide {
		if _, ok := codes[c]; !ok {
			t.Errorf("the tree never reaches %d", c)
		}
	}
	t.Logf("%d codes reached, at most %d questions deep", len(codes), deepest)
}

// classOfBranch returns the class whose outcome (the root's answer) leads
// to answer a: the first outcome is 1xx, the fifth 5xx.
func classOfBranch(root *Question, a Answer) int {
	for i, outcome := range root.Answers {
		found := false
		var look func(q *Question)
		look = func(q *Question) {
			for _, b := range q.Answers {
				if b.Code == a.Code && b.Label == a.Label {
					found = true
				}
				if b.Next != nil {
					look(b.Next)
				}
			}
		}
		look(outcome.Next)
		if found {
			return i + 1
		}
	}
	return 0
}
