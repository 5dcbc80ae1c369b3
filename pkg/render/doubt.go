package render

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/suggest"
)

// Doubt is what suggest owes the reader when it is not sure: the codes it
// hesitates between and, when one of the catalogue's confusions separates
// them, the question that decides.
type Doubt struct {
	Codes []int // the codes in doubt, best first
	// Confusion asks the deciding question; nil when none separates the
	// best answers.
	Confusion *catalog.Confusion
	Default   int // the choice of Confusion that is the best answer
}

// DoubtCandidates is how many of the best answers the doubt weighs: ask the
// engine for at least this many.
const DoubtCandidates = 3

// DoubtOf returns the doubt about an answer that is not sure, and false for
// one that is (or that found nothing).
func DoubtOf(res suggest.Result) (Doubt, bool) {
	if res.Sure || len(res.Suggestions) == 0 {
		return Doubt{}, false
	}
	var codes []int
	var confidence []float64
	for _, s := range res.Suggestions {
		if len(codes) == DoubtCandidates {
			break
		}
		if !slices.Contains(codes, s.Entry.Code) {
			codes = append(codes, s.Entry.Code)
			confidence = append(confidence, s.Confidence)
		}
	}
	d := Doubt{Codes: codes}
	if c, ok := deciding(codes); ok {
		d.Confusion = c
		for i, ch := range c.Choices {
			if ch.Code == codes[0] {
				d.Default = i
			}
		}
		// Name the codes the question decides between, best first.
		var named []int
		for _, code := range codes {
			if slices.Contains(c.Codes, code) {
				named = append(named, code)
			}
		}
		d.Codes = named
		return d, true
	}
	// With no question to ask, name only the answers that are close:
	// a runner-up at a fraction of the best is noise, not doubt.
	near := codes[:1]
	for i := 1; i < len(codes); i++ {
		if confidence[i]*closeRatio >= confidence[0] {
			near = append(near, codes[i])
		}
	}
	d.Codes = near
	return d, true
}

// closeRatio: a runner-up is close when it has at least a third of the
// best answer's confidence.
const closeRatio = 3

// deciding finds the confusion that separates the best answer from the
// next ones: the three together, else the best with the second, else the
// best with the third.
func deciding(codes []int) (*catalog.Confusion, bool) {
	if len(codes) < 2 {
		return nil, false
	}
	tries := [][]int{codes[:2]}
	if len(codes) > 2 {
		tries = [][]int{codes[:3], codes[:2], {codes[0], codes[2]}}
	}
	for _, t := range tries {
		if c, ok := catalog.ConfusionOf(t...); ok {
			return c, true
		}
	}
	return nil, false
}

// Next returns the confusion to ask after the person chose code, when one
// of the other best answers is still in question: a second question, and
// never a third.
func (d Doubt) Next(res suggest.Result, code int) (Doubt, bool) {
	for i, s := range res.Suggestions {
		other := s.Entry.Code
		if i == DoubtCandidates {
			break
		}
		if other == code || d.Confusion != nil && slices.Contains(d.Confusion.Codes, other) {
			continue
		}
		if c, ok := catalog.ConfusionOf(code, other); ok {
			next := Doubt{Codes: []int{code, other}, Confusion: c}
			for j, ch := range c.Choices {
				if ch.Code == code {
					next.Default = j
				}
			}
			return next, true
		}
	}
	return Doubt{}, false
}

// Line says the doubt in one sentence, ending with a colon when the
// deciding question follows:
//
//	Not sure — 401 Unauthorized or 403 Forbidden; it turns on one question:
func (d Doubt) Line(lang catalog.Lang) string {
	names := make([]string, len(d.Codes))
	for i, c := range d.Codes {
		names[i] = nameOf(c)
	}
	or := labels[lOr].In(lang)
	var which string
	switch len(names) {
	case 1:
		which = fmt.Sprintf(labels[lNotSureOne].In(lang), names[0])
	case 2:
		which = names[0] + " " + or + " " + names[1]
	default:
		which = strings.Join(names[:len(names)-1], ", ") + " " + or + " " + names[len(names)-1]
	}
	line := labels[lNotSure].In(lang) + " — " + which + "; "
	if d.Confusion != nil {
		return line + labels[lTurnsOn].In(lang) + ":"
	}
	return line + labels[lNoQuestion].In(lang) + "."
}

// Options are the answers to the deciding question, in plain words, with
// the code each leads to.
func (d Doubt) Options(lang catalog.Lang) []string {
	if d.Confusion == nil {
		return nil
	}
	out := make([]string, len(d.Confusion.Choices))
	for i, ch := range d.Confusion.Choices {
		out[i] = fmt.Sprintf("%s → %d", strings.TrimSuffix(ch.When.In(lang), "."), ch.Code)
	}
	return out
}

// writeDoubt writes the doubt, and the question with its numbered
// options, before the list of answers.
func (p *printer) writeDoubt(d Doubt) {
	p.hanging(0, "", p.st.warn(d.Line(p.opt.Lang)))
	if d.Confusion != nil {
		p.hanging(2, "", d.Confusion.Question.In(p.opt.Lang))
		for i, o := range d.Options(p.opt.Lang) {
			p.hanging(2, fmt.Sprintf("%d) ", i+1), o)
		}
	}
	p.line("")
}

// DoubtLine writes the doubt's sentence alone, styled as in the list, for
// a caller that asks the question itself.
func DoubtLine(w io.Writer, d Doubt, opt Options) error {
	p := newPrinter(w, opt)
	p.hanging(0, "", p.st.warn(d.Line(opt.Lang)))
	return p.err
}

// ClarifyJSON is the question suggest would ask, for tools that ask it
// themselves.
type ClarifyJSON struct {
	Question string       `json:"question"`
	Options  []OptionJSON `json:"options"`
}

// OptionJSON is one answer to the question and the code it leads to.
type OptionJSON struct {
	Answer string `json:"answer"`
	Code   int    `json:"code"`
}

func clarifyView(res suggest.Result, lang catalog.Lang) *ClarifyJSON {
	d, ok := DoubtOf(res)
	if !ok || d.Confusion == nil {
		return nil
	}
	c := &ClarifyJSON{Question: d.Confusion.Question.In(lang), Options: []OptionJSON{}}
	for _, ch := range d.Confusion.Choices {
		c.Options = append(c.Options, OptionJSON{strings.TrimSuffix(ch.When.In(lang), "."), ch.Code})
	}
	return c
}

// Verdict writes the answer a person reached by answering questions: the
// card's short form, then the headers to send and the cases where another
// code is right, those among weighed first.
func Verdict(w io.Writer, e *catalog.Entry, weighed []int, opt Options) error {
	// One row: spaced for reading even on a pipe, where a transcript of
	// answers piped in is read by a person rather than cut by a program.
	opt.Table = true
	if err := Short(w, []*catalog.Entry{e}, opt); err != nil {
		return err
	}
	p := newPrinter(w, opt)
	for _, a := range adviceFor(e, weighed, 2, opt.Lang) {
		p.hanging(3, p.st.dim(p.label(lAdvice)+": "), a)
	}
	return p.err
}

// QuestionJSON is `httpcode decide -o json`: the whole tree, each answer
// either settling on a code or holding the next question.
type QuestionJSON struct {
	Question string       `json:"question"`
	Answers  []AnswerJSON `json:"answers"`
}

// AnswerJSON is one answer: Next or Code is set, never both.
type AnswerJSON struct {
	Label  string        `json:"label"`
	Next   *QuestionJSON `json:"next,omitempty"`
	Code   int           `json:"code,omitempty"`
	Origin string        `json:"origin,omitempty"`
}

// DecisionTree converts the decide tree for JSON output.
func DecisionTree(q *catalog.Question, lang catalog.Lang) QuestionJSON {
	j := QuestionJSON{Question: q.Text.In(lang), Answers: make([]AnswerJSON, 0, len(q.Answers))}
	for _, a := range q.Answers {
		aj := AnswerJSON{Label: a.Label.In(lang), Code: a.Code, Origin: a.Origin}
		if a.Next != nil {
			next := DecisionTree(a.Next, lang)
			aj.Next = &next
		}
		j.Answers = append(j.Answers, aj)
	}
	return j
}
