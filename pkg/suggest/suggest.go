// Package suggest finds the status code for a situation described in words,
// English or Hinglish: "user already exists" → 409 Conflict.
//
// It is a deterministic, explainable rule engine. The rules are the
// situations written in the catalogue (plus each code's names); a lexicon
// (lexicon.txt) maps the many ways people say a thing — synonyms,
// abbreviations, inflections, Hinglish, common typos — onto shared concepts,
// and handles negation ("not found" is not "found"; "permission nahi hai").
// A question scores each rule by the weight of the concepts they share,
// favouring rare, specific concepts over common ones and rules the question
// covers fully. Fixing an answer means editing the catalogue or the lexicon
// and running `go generate ./pkg/suggest`, never changing code.
//
// Its API carries no compatibility promise before httpcode v1.
package suggest

//go:generate go run gen.go

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/httpcode/httpcode/catalog"
)

// Result is the answer to one question.
type Result struct {
	Query       string
	Words       []Word // how the question was read, for --explain
	Suggestions []Suggestion
}

// Word is one word or phrase of the question as the engine read it.
type Word struct {
	Text    string // as typed (lower-cased), or the phrase it joined
	Concept string // the concept or known word it became; "" when unknown or a function word
	Negated bool
	Fixed   bool // a typo, corrected to Concept
}

// Suggestion is one code that fits, with the evidence for it.
type Suggestion struct {
	Entry      *catalog.Entry
	Confidence float64 // 0 to 1
	Score      float64
	Matches    []Match // the rules that matched, best first
}

// Match is one rule that matched the question.
type Match struct {
	Rule     string   // the situation, name or alias
	Kind     string   // "situation", "name" or "alias"
	Words    []string // the question's words that matched it
	Concepts []Weighed
	Score    float64
}

// Weighed is a shared concept and its weight.
type Weighed struct {
	Concept string
	Weight  float64
}

// DefaultCount is how many suggestions Suggest returns unless asked.
const DefaultCount = 3

// Tuning. These were set by measuring the development sets in
// testdata/suggest; change them only with those scores in hand.
const (
	// A rule's score is the weight of what it shares with the question,
	// scaled by how much of the rule and of the question that covers.
	ruleCoverageFloor  = 0.25
	queryCoverageFloor = 0.5
	// A code's score adds its second and third rules' scores at these rates.
	secondRule = 0.25
	thirdRule  = 0.1
	// Unofficial codes step back unless the question names their origin.
	unofficialDamping = 0.45
	// A class cue ("crash" → 5xx) or a code named in the question.
	classCueBoost = 1.2
	mentionBoost  = 0.05
	// A corrected typo counts for less than a word typed right, and a
	// concept implied by another ("put" → method) less than one typed.
	typoWeight    = 0.8
	impliedWeight = 0.5
	// Below this score, nothing fits.
	minScore = 1.4
)

// Suggest answers a question with up to n codes, best first, or none when
// nothing fits.
func Suggest(query string, n int) Result {
	if len(query) > maxQueryBytes {
		query = strings.ToValidUTF8(query[:maxQueryBytes], "")
	}
	return engine.suggest(query, n)
}

// maxQueryBytes bounds the work any input can cause; a situation is a
// sentence or two.
const maxQueryBytes = 2000

// engine is the compiled-in index; see index_gen.go.
var engine = &generated

func (t *tables) suggest(query string, n int) Result {
	res := Result{Query: query}
	toks := t.analyze(query)
	res.Words = t.describe(toks)

	qfeats := make(map[feature]float64, len(toks))
	var qtotal float64
	add := func(f feature, factor float64) {
		w := float64(t.idf[f]) * factor
		if old, ok := qfeats[f]; !ok || w > old {
			qtotal += w - old
			qfeats[f] = w
		}
	}
	for _, tk := range toks {
		if tk.feat < 0 {
			continue
		}
		factor := 1.0
		if tk.fixed {
			factor = typoWeight
		}
		add(tk.feat, factor)
		if tk.feat < t.negBase {
			for _, f := range t.implies[tk.feat] {
				add(f, impliedWeight)
			}
		}
	}
	if qtotal == 0 {
		return res
	}

	// Score every rule that shares a feature with the question.
	matched := map[int32]float64{}
	for f, w := range qfeats {
		for _, si := range t.postings[f] {
			matched[si] += w
		}
	}
	type ruleScore struct {
		si    int32
		score float64
	}
	perCode := map[codeKey][]ruleScore{}
	for si, m := range matched {
		s := &t.situations[si]
		cover := m / float64(s.total)
		qcover := m / qtotal
		score := m * (ruleCoverageFloor + (1-ruleCoverageFloor)*cover) * (queryCoverageFloor + (1-queryCoverageFloor)*qcover)
		k := codeKey{s.code, s.origin}
		perCode[k] = append(perCode[k], ruleScore{si, score})
	}

	mentioned := mentionedCodes(toks)
	cues := map[int8]bool{}
	for f := range qfeats {
		if f < t.negBase && t.classCue[f] != 0 {
			cues[t.classCue[f]] = true
		}
	}

	var out []Suggestion
	for k, rules := range perCode {
		sort.Slice(rules, func(i, j int) bool {
			if rules[i].score != rules[j].score {
				return rules[i].score > rules[j].score
			}
			return rules[i].si < rules[j].si
		})
		score := rules[0].score
		if len(rules) > 1 {
			score += secondRule * rules[1].score
		}
		if len(rules) > 2 {
			score += thirdRule * rules[2].score
		}
		e := entryFor(k)
		if e == nil {
			continue
		}
		if !e.Official() && !t.namesOrigin(e, qfeats) {
			score *= unofficialDamping
		}
		if cues[int8(e.Class())] {
			score *= classCueBoost
		}
		sug := Suggestion{Entry: e, Score: score}
		for i, r := range rules {
			if i == 3 {
				break
			}
			sug.Matches = append(sug.Matches, t.match(toks, qfeats, r.si, r.score))
		}
		out = append(out, sug)
	}
	if len(out) == 0 {
		return res
	}
	top := 0.0
	for _, s := range out {
		top = max(top, s.Score)
	}
	for i := range out {
		if slices.Contains(mentioned, out[i].Entry.Code) {
			out[i].Score += mentionBoost * top
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return byCatalogOrder(out[i].Entry, out[j].Entry)
	})
	if out[0].Score < minScore {
		return res
	}
	// The same code can come back through two meanings (nginx's and Esri's
	// 499); keep each entry once, and stop at n.
	if n <= 0 {
		n = DefaultCount
	}
	if len(out) > n {
		out = out[:n]
	}
	setConfidence(out)
	res.Suggestions = out
	return res
}

type codeKey struct {
	code   int
	origin string
}

func entryFor(k codeKey) *catalog.Entry {
	for _, e := range catalog.ByCode(k.code) {
		if e.Origin == k.origin {
			return e
		}
	}
	return nil
}

func byCatalogOrder(a, b *catalog.Entry) bool {
	if a.Code != b.Code {
		return a.Code < b.Code
	}
	return a.Official() && !b.Official()
}

// namesOrigin reports whether the question names who uses an unofficial
// code: "nginx", "cloudflare", "laravel".
func (t *tables) namesOrigin(e *catalog.Entry, q map[feature]float64) bool {
	for _, tk := range t.analyzeExact(e.Origin) {
		if _, ok := q[tk.feat]; ok && tk.feat >= 0 {
			return true
		}
	}
	return false
}

// mentionedCodes returns the status codes written in the question as numbers.
func mentionedCodes(toks []token) []int {
	var codes []int
	for _, tk := range toks {
		if len(tk.text) == 3 && tk.text[0] >= '1' && tk.text[0] <= '9' {
			if c, err := strconv.Atoi(tk.text); err == nil && len(catalog.ByCode(c)) > 0 {
				codes = append(codes, c)
			}
		}
	}
	return codes
}

// setConfidence turns scores into confidences between 0 and 1: how strong
// the best match is in absolute terms, shared out by how far each answer
// stands above the others.
func setConfidence(out []Suggestion) {
	top := out[0].Score
	strength := 1 - math.Exp(-top/4)
	var sum float64
	for _, s := range out {
		sum += s.Score
	}
	for i := range out {
		share := out[i].Score / sum
		c := strength * math.Sqrt(share) * (out[i].Score / top)
		out[i].Confidence = math.Round(c*100) / 100
	}
}

// match explains one rule's score.
func (t *tables) match(toks []token, q map[feature]float64, si int32, score float64) Match {
	s := &t.situations[si]
	m := Match{Score: math.Round(score*100) / 100}
	m.Rule, m.Kind = ruleText(s)
	for _, f := range s.feats {
		if w, ok := q[f]; ok {
			m.Concepts = append(m.Concepts, Weighed{t.name(f), math.Round(w*100) / 100})
		}
	}
	// The user's words in the order typed: a word counts if its feature,
	// or a concept it implies, is in the rule.
	for _, tk := range toks {
		if tk.feat < 0 || slices.Contains(m.Words, tk.text) {
			continue
		}
		hit := slices.Contains(s.feats, tk.feat)
		if tk.feat < t.negBase {
			for _, f := range t.implies[tk.feat] {
				hit = hit || slices.Contains(s.feats, f)
			}
		}
		if hit {
			m.Words = append(m.Words, tk.text)
		}
	}
	return m
}

func ruleText(s *situation) (string, string) {
	e := entryFor(codeKey{s.code, s.origin})
	switch {
	case e == nil:
		return "", ""
	case s.index >= 0 && s.index < len(e.Situations):
		return e.Situations[s.index], "situation"
	case s.index == -1:
		return e.Name, "name"
	case -2-s.index < len(e.Aliases):
		return e.Aliases[-2-s.index], "alias"
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
