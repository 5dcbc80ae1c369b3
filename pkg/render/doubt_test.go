package render

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/suggest"
)

// result makes an answer suggest might give: codes best first, with their
// confidences.
func result(sure bool, codes []int, confidence ...float64) suggest.Result {
	res := suggest.Result{Query: "q", Sure: sure}
	for i, c := range codes {
		res.Suggestions = append(res.Suggestions, suggest.Suggestion{Entry: catalog.ByCode(c)[0], Confidence: confidence[i]})
	}
	return res
}

func TestDoubt(t *testing.T) {
	if _, ok := DoubtOf(result(true, []int{401, 403}, 0.7, 0.2)); ok {
		t.Error("a sure answer has a doubt")
	}
	if _, ok := DoubtOf(result(false, nil)); ok {
		t.Error("no answer has a doubt")
	}

	// 401 and 403 are a confusion: its question decides, 401 the default.
	res := result(false, []int{403, 401, 404}, 0.4, 0.3, 0.2)
	d, ok := DoubtOf(res)
	if !ok || d.Confusion == nil || !slices.Equal(d.Codes, []int{403, 401}) {
		t.Fatalf("DoubtOf = %+v, %v; want the 401/403 question", d, ok)
	}
	if d.Confusion.Choices[d.Default].Code != 403 {
		t.Errorf("the default is %d, want the best answer 403", d.Confusion.Choices[d.Default].Code)
	}
	want := "Not sure — 403 Forbidden or 401 Unauthorized; it turns on one question:"
	if got := d.Line(catalog.English); got != want {
		t.Errorf("Line = %q\nwant   %q", got, want)
	}
	if got := d.Options(catalog.English); len(got) != 2 || !strings.HasSuffix(got[0], "→ 401") {
		t.Errorf("Options = %q", got)
	}
	// Choosing 403 leaves 404 in question: 403/404 is a confusion of its
	// own, so a second question follows. Choosing 401 ends it.
	if next, ok := d.Next(res, 403); !ok || !slices.Equal(next.Confusion.Codes, []int{403, 404}) {
		t.Errorf("after 403: %+v, %v; want the 403/404 question", next, ok)
	}
	if next, ok := d.Next(res, 401); ok {
		t.Errorf("after 401: %+v; want no second question", next)
	}

	// The confusion of the best and the third answer counts too.
	if d, _ := DoubtOf(result(false, []int{404, 418, 410}, 0.3, 0.25, 0.2)); d.Confusion == nil || !slices.Equal(d.Codes, []int{404, 410}) {
		t.Errorf("404 with 410 third: %+v", d)
	}

	// No confusion: the close answers are named, a distant third is not.
	d, _ = DoubtOf(result(false, []int{403, 405, 418}, 0.4, 0.2, 0.1))
	if d.Confusion != nil || !slices.Equal(d.Codes, []int{403, 405}) {
		t.Errorf("no confusion: %+v; want 403 and 405 named", d)
	}
	if got := d.Line(catalog.Hinglish); got != "Pakka nahi — 403 Forbidden ya 405 Method Not Allowed; request ke saath kya hua, thoda aur batao." {
		t.Errorf("Hinglish line = %q", got)
	}
	d, _ = DoubtOf(result(false, []int{403, 418}, 0.4, 0.05))
	if got := d.Line(catalog.English); got != "Not sure — 403 Forbidden is a guess; say more about what happened to the request." {
		t.Errorf("one guess: %q", got)
	}
}

func TestSuggestViewSureAndClarify(t *testing.T) {
	j := SuggestView(result(false, []int{422, 400}, 0.44, 0.41), 0, catalog.English)
	if j.Sure || j.Clarify == nil || len(j.Clarify.Options) != 2 || j.Clarify.Options[0].Code != 400 {
		t.Errorf("unsure view: sure %v, clarify %+v", j.Sure, j.Clarify)
	}
	b, _ := json.Marshal(SuggestView(result(true, []int{409}, 0.8), 0, catalog.English))
	if !bytes.Contains(b, []byte(`"sure":true`)) || bytes.Contains(b, []byte("clarify")) {
		t.Errorf("sure view: %s", b)
	}
}

func TestDecisionTreeJSON(t *testing.T) {
	b, err := json.Marshal(DecisionTree(catalog.DecisionTree(), catalog.English))
	if err != nil {
		t.Fatal(err)
	}
	var root struct {
		Question string
		Answers  []map[string]any
	}
	if err := json.Unmarshal(b, &root); err != nil {
		t.Fatal(err)
	}
	if root.Question != "What happened to the request?" || len(root.Answers) != 5 {
		t.Errorf("root: %q with %d answers", root.Question, len(root.Answers))
	}
	for _, a := range root.Answers {
		_, next := a["next"]
		_, code := a["code"]
		if next == code {
			t.Errorf("answer %v: want exactly one of next and code", a["label"])
		}
	}
}
