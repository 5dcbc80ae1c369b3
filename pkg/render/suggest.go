package render

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/suggest"
)

// SuggestOptions adjust the suggest view.
type SuggestOptions struct {
	Explain bool // show how the answer was reached
	Heading bool // print the question first (when answering several)
	// Shown is how many answers to show, when res holds more so that the
	// doubt can weigh the runners-up (-n 1 still names 401 or 403); 0
	// shows them all.
	Shown int
}

// shown cuts res to the answers to show; the doubt is read from res whole.
func shown(res suggest.Result, n int) suggest.Result {
	if n > 0 && len(res.Suggestions) > n {
		res.Suggestions = res.Suggestions[:n]
	}
	return res
}

// Suggestions writes the answers to one question: each code with its
// confidence, the reason tied to the user's words, and the advice that goes
// with it (headers to send, and when the usual alternative is right).
func Suggestions(w io.Writer, res suggest.Result, opt Options, so SuggestOptions) error {
	p := newPrinter(w, opt)
	if so.Heading {
		p.line(p.st.bold("> " + res.Query))
	}
	if d, ok := DoubtOf(res); ok {
		p.writeDoubt(d)
	}
	res = shown(res, so.Shown)
	for i, s := range res.Suggestions {
		if i > 0 {
			p.line("")
		}
		e := s.Entry
		title := fmt.Sprintf("%d. %s %s", i+1, p.codeStyle(e.Code)(strconv.Itoa(e.Code)), p.st.bold(e.Name))
		if !e.Official() {
			title += " " + p.st.badge("("+e.Origin+")")
		}
		title += p.st.dim(fmt.Sprintf("  %s %.2f", p.label(lConfidence), s.Confidence))
		p.line(title)
		if r := reasons(s, opt.Lang); len(r) > 0 {
			p.hanging(3, p.st.dim(p.label(lWhy)+": "), r[0])
		}
		for _, a := range advice(res, i, opt.Lang) {
			p.hanging(3, p.st.dim(p.label(lAdvice)+": "), a)
		}
	}
	if so.Explain {
		p.explain(res)
	}
	return p.err
}

// reasons says, in one sentence per matched rule, which of the user's words
// matched which situation of the catalogue.
func reasons(s suggest.Suggestion, lang catalog.Lang) []string {
	var out []string
	for i, m := range s.Matches {
		if i == 2 || len(m.Words) == 0 {
			break
		}
		quoted := make([]string, len(m.Words))
		for j, w := range m.Words {
			quoted[j] = strconv.Quote(w)
		}
		words := strings.Join(quoted, ", ")
		var line string
		switch {
		case lang == catalog.Hinglish && m.Kind == "situation":
			line = fmt.Sprintf("aapne %s likha, jo is situation se match karta hai: %q", words, m.Rule)
		case lang == catalog.Hinglish && m.Kind == "other":
			line = fmt.Sprintf("aapne %s likha, jo %q hai", words, m.Rule)
		case lang == catalog.Hinglish && m.Kind == "definition":
			line = fmt.Sprintf("aapne %s likha, jo is code ki definition se match karta hai: %q", words, m.Rule)
		case lang == catalog.Hinglish:
			line = fmt.Sprintf("aapne %s likha, yahi is code ka naam hai: %q", words, m.Rule)
		case m.Kind == "other":
			line = fmt.Sprintf("you wrote %s, which is %q", words, m.Rule)
		case m.Kind == "situation":
			line = fmt.Sprintf("you wrote %s, which fits the situation %q", words, m.Rule)
		case m.Kind == "definition":
			line = fmt.Sprintf("you wrote %s, which is how the code is defined: %q", words, m.Rule)
		default:
			line = fmt.Sprintf("you wrote %s, which is how this code is named: %q", words, m.Rule)
		}
		out = append(out, line)
	}
	return out
}

// advice gives the headers to send with suggestion i and, when the user
// might be torn, the condition under which another code is right: the
// runner-up if the entry names it, else its first alternative.
func advice(res suggest.Result, i int, lang catalog.Lang) []string {
	others := make([]int, 0, len(res.Suggestions))
	for _, s := range res.Suggestions {
		others = append(others, s.Entry.Code)
	}
	return adviceFor(res.Suggestions[i].Entry, others, 1, lang)
}

// adviceFor gives the headers to send with e and up to alts conditions
// under which another code is right, those among prefer first.
func adviceFor(e *catalog.Entry, prefer []int, alts int, lang catalog.Lang) []string {
	var out []string
	var send []string
	for _, h := range e.Headers {
		if h.Conditional || h.Requirement == catalog.Optional && h.Name != "Location" && h.Name != "Retry-After" {
			continue
		}
		note := strings.TrimSuffix(h.Note.In(lang), ".")
		for _, p := range []string{"MUST: ", "SHOULD: ", "MAY: "} {
			note = strings.TrimPrefix(note, p)
		}
		send = append(send, fmt.Sprintf("%s (%s): %s", h.Name, labels[requirementLabel(h.Requirement)].In(lang), note))
	}
	if len(send) > 0 {
		prefix := "send "
		if lang == catalog.Hinglish {
			prefix = "yeh header bhejo: "
		}
		out = append(out, prefix+strings.Join(send, "; "))
	}
	// The alternatives the person was weighing come first, then the
	// catalogue's order.
	ordered := make([]catalog.Alternative, 0, len(e.AvoidWhen))
	for _, code := range prefer {
		for _, a := range e.AvoidWhen {
			if a.Code == code && code != e.Code {
				ordered = append(ordered, a)
			}
		}
	}
	for _, a := range e.AvoidWhen {
		if !slices.ContainsFunc(ordered, func(o catalog.Alternative) bool { return o.Code == a.Code }) {
			ordered = append(ordered, a)
		}
	}
	for _, alt := range ordered[:min(alts, len(ordered))] {
		when := strings.TrimSuffix(alt.When.In(lang), ".")
		if lang == catalog.Hinglish {
			out = append(out, fmt.Sprintf("agar %s, toh iski jagah %s", lowerFirst(when), nameOf(alt.Code)))
		} else {
			out = append(out, fmt.Sprintf("if %s, %s instead", lowerFirst(when), nameOf(alt.Code)))
		}
	}
	return out
}

func lowerFirst(s string) string {
	if len(s) > 1 && s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z') {
		return string(s[0]+'a'-'A') + s[1:]
	}
	return s
}

// explain shows how the question was read and which rules scored.
func (p *printer) explain(res suggest.Result) {
	p.line("")
	p.line(p.st.heading("How this was worked out"))
	var read []string
	for _, w := range res.Words {
		switch {
		case w.Concept == "":
			read = append(read, p.st.dim(w.Text))
		case w.Fixed:
			read = append(read, fmt.Sprintf("%s→%s (typo)", w.Text, w.Concept))
		case w.Negated:
			read = append(read, fmt.Sprintf("not %s→%s", w.Text, w.Concept))
		default:
			read = append(read, fmt.Sprintf("%s→%s", w.Text, w.Concept))
		}
	}
	p.hanging(2, "words: ", strings.Join(read, "  "))
	for _, s := range res.Suggestions {
		p.line(fmt.Sprintf("  %d %s: score %.2f", s.Entry.Code, s.Entry.Name, s.Score))
		for _, m := range s.Matches {
			var cs []string
			for _, c := range m.Concepts {
				cs = append(cs, fmt.Sprintf("%s %.2f", c.Concept, c.Weight))
			}
			p.hanging(4, fmt.Sprintf("%.2f  %s %q: ", m.Score, m.Kind, m.Rule), strings.Join(cs, ", "))
		}
	}
}

// SuggestJSON is `httpcode suggest -o json`.
type SuggestJSON struct {
	Query string       `json:"query"`
	Lang  catalog.Lang `json:"lang"`
	// Sure is false when the first answer is a guess among the first few.
	Sure bool `json:"sure"`
	// Clarify is the question that decides between them, when there is one.
	Clarify     *ClarifyJSON     `json:"clarify,omitempty"`
	Suggestions []SuggestionJSON `json:"suggestions"`
	Words       []WordJSON       `json:"words"`
}

// SuggestionJSON is one suggested code.
type SuggestionJSON struct {
	Code       int         `json:"code"`
	Name       string      `json:"name"`
	Origin     string      `json:"origin"`
	Confidence float64     `json:"confidence"`
	Reasons    []string    `json:"reasons"`
	Advice     []string    `json:"advice"`
	Matches    []MatchJSON `json:"matches"`
}

// MatchJSON is one rule that matched.
type MatchJSON struct {
	Rule     string        `json:"rule"`
	Kind     string        `json:"kind"`
	Words    []string      `json:"words"`
	Concepts []ConceptJSON `json:"concepts"`
	Score    float64       `json:"score"`
}

// ConceptJSON is a shared concept and its weight.
type ConceptJSON struct {
	Concept string  `json:"concept"`
	Weight  float64 `json:"weight"`
}

// WordJSON is how one word of the question was read.
type WordJSON struct {
	Text    string `json:"text"`
	Concept string `json:"concept"`
	Negated bool   `json:"negated"`
	Typo    bool   `json:"typo"`
}

// SuggestView converts an answer for JSON output, with its first n
// suggestions (all when n is 0); the question to clarify is read from all.
func SuggestView(res suggest.Result, n int, lang catalog.Lang) SuggestJSON {
	j := SuggestJSON{Query: res.Query, Lang: lang, Sure: res.Sure, Clarify: clarifyView(res, lang), Suggestions: []SuggestionJSON{}, Words: []WordJSON{}}
	res = shown(res, n)
	for i, s := range res.Suggestions {
		sj := SuggestionJSON{
			Code: s.Entry.Code, Name: s.Entry.Name, Origin: s.Entry.Origin, Confidence: s.Confidence,
			Reasons: orEmpty(reasons(s, lang)), Advice: orEmpty(advice(res, i, lang)), Matches: []MatchJSON{},
		}
		for _, m := range s.Matches {
			mj := MatchJSON{Rule: m.Rule, Kind: m.Kind, Words: orEmpty(m.Words), Concepts: []ConceptJSON{}, Score: m.Score}
			for _, c := range m.Concepts {
				mj.Concepts = append(mj.Concepts, ConceptJSON{c.Concept, c.Weight})
			}
			sj.Matches = append(sj.Matches, mj)
		}
		j.Suggestions = append(j.Suggestions, sj)
	}
	for _, w := range res.Words {
		j.Words = append(j.Words, WordJSON{w.Text, w.Concept, w.Negated, w.Fixed})
	}
	return j
}
