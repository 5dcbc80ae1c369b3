package suggest

import (
	"math"
	"slices"
	"strings"
)

// Stage 6 of the pipeline, explanation: the ranked codes become the
// suggestions a user reads — each with the rules that matched and the
// user's words that matched them — and the question's words are described
// as the engine read them, for --explain.

// match explains one rule's score.
func (t *tables) match(toks []token, q *weights, si int32, score float64) Match {
	s := &t.situations[si]
	m := Match{Score: math.Round(score*100) / 100}
	m.Rule, m.Kind = ruleText(s)
	feats := t.feats(s)
	for _, f := range feats {
		if w, ok := q.get(f); ok {
			m.Concepts = append(m.Concepts, Weighed{t.name(f), math.Round(w*100) / 100})
		}
	}
	// The user's words in the order typed: a word counts if its feature,
	// or a concept it implies, is in the rule.
	for _, tk := range toks {
		if tk.feat < 0 || slices.Contains(m.Words, tk.shown()) {
			continue
		}
		hit := slices.Contains(feats, tk.feat)
		if tk.feat < t.negBase {
			for _, f := range t.impliesOf(tk.feat) {
				hit = hit || slices.Contains(feats, f)
			}
		}
		if hit {
			m.Words = append(m.Words, tk.shown())
		}
	}
	return m
}

func ruleText(s *situation) (string, string) {
	e, index := entryAt(s.entry), int(s.index)
	switch {
	case e == nil:
		return "", ""
	case index >= 0 && index < len(e.Situations):
		return e.Situations[index], "situation"
	case index == -1:
		return e.Name, "name"
	case index <= specIndex(0):
		if texts := specTexts(e); specIndex(0)-index < len(texts) {
			return texts[specIndex(0)-index], "definition"
		}
		return "", ""
	case index <= otherNameIndex(0):
		if names := otherNames(); otherNameIndex(0)-index < len(names) {
			return names[otherNameIndex(0)-index].label, "other"
		}
		return "", ""
	case -2-index < len(e.Aliases):
		return e.Aliases[-2-index], "alias"
	}
	return "", ""
}

// describe reports how each word of the question was read.
func (t *tables) describe(toks []token) []Word {
	out := make([]Word, 0, len(toks))
	for _, tk := range toks {
		w := Word{Text: tk.text, Fixed: tk.fixed}
		if tk.feat >= 0 {
			w.Concept = t.name(tk.feat)
			w.Negated = strings.HasPrefix(tk.text, "not ")
			if w.Negated {
				w.Text = strings.TrimPrefix(tk.text, "not ")
			}
		}
		out = append(out, w)
	}
	return out
}

// explain runs stages 5 and 6: up to n suggestions with their confidence,
// rules and words.
func (t *tables) explain(query string, toks []token, r ranking, n int) Result {
	res := Result{Query: query, Words: t.describe(toks)}
	if len(r.cands) == 0 || r.cands[0].score < minScore {
		return res
	}
	if n <= 0 {
		n = DefaultCount
	}
	for i, c := range r.cands[:min(n, len(r.cands))] {
		sug := Suggestion{Entry: c.entry, Score: c.score, Confidence: r.confidence(i)}
		for j := 0; j < c.rules.n; j++ {
			sug.Matches = append(sug.Matches, t.match(toks, &r.q, c.rules.rule[j], c.rules.score[j]))
		}
		res.Suggestions = append(res.Suggestions, sug)
	}
	res.signals = r.signals(0)
	res.Sure = res.Suggestions[0].Confidence >= SureThreshold
	return res
}

// shown is how a token is quoted back to the user: an identifier as typed,
// anything else as read.
func (tk *token) shown() string {
	if tk.raw != "" && !strings.HasPrefix(tk.text, "not ") {
		return tk.raw
	}
	return tk.text
}
