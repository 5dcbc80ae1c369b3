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
	"strings"
	"sync"

	"github.com/httpcode/httpcode/catalog"
)

// Result is the answer to one question.
type Result struct {
	Query       string
	Words       []Word // how the question was read, for --explain
	Suggestions []Suggestion
	// Sure is true when the first answer's confidence reaches SureThreshold:
	// on questions the engine was never tuned on, such answers are right
	// nearly always. When it is false, the answer is a guess between the
	// first few suggestions and should be presented as one.
	Sure bool

	signals signals // what the confidence was worked out from
}

// SureThreshold is the confidence at or above which an answer counts as sure.
const SureThreshold = 0.8

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
	// A name from another ecosystem ("ThrottlingException") counts for
	// this much of a situation.
	otherNameWeight = 1.0
	// A name rule keyed by the ecosystem alone ("nginx", "grpc") counts for
	// this much of one keyed by a quoted identifier.
	contextNameWeight = 0.7
	// A code quoted as today's wrong answer steps back.
	currentPenalty = 0.4
	// A corrected typo counts for less than a word typed right, and a
	// concept implied by another ("put" → method) less than one typed.
	typoWeight    = 0.8
	impliedWeight = 0.5
	// A rule that speaks of something missing or negated, matched by a
	// question that does not (or the other way round), counts for less.
	polarityMismatch = 0.7
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

// sharedPool keeps the per-rule tallies between questions: zeroing the few
// touched entries costs less than a fresh slice for thousands of rules.
var sharedPool = sync.Pool{New: func() any { return new([]float64) }}

// engine is the compiled-in index; see index_gen.go.
var engine = &generated

func (t *tables) suggest(query string, n int) Result {
	res := Result{Query: query}
	toks := t.analyze(query)
	cl := t.clauses(toks)
	res.Words = t.describe(toks)

	// The question's features and their weights. A question has few, so a
	// slice searched in order beats a map.
	var q weights
	for i, tk := range toks {
		if tk.feat < 0 {
			continue
		}
		factor := cl.weight[i]
		if tk.fixed {
			factor *= typoWeight
		}
		q.add(tk.feat, float64(t.idf[tk.feat])*factor)
		if tk.feat < t.negBase {
			for _, f := range t.implies[tk.feat] {
				q.add(f, float64(t.idf[f])*impliedWeight)
			}
		}
	}
	if q.total == 0 {
		return res
	}

	// Add up, for every rule, the weight it shares with the question.
	var touched []int32
	sharedp := sharedPool.Get().(*[]float64)
	shared := *sharedp
	if len(shared) < len(t.situations) {
		shared = make([]float64, len(t.situations))
	}
	defer func() {
		for _, si := range touched {
			shared[si] = 0
		}
		*sharedp = shared
		sharedPool.Put(sharedp)
	}()
	for _, qf := range q.list {
		for _, si := range t.postings[qf.f] {
			if shared[si] == 0 {
				touched = append(touched, si)
			}
			shared[si] += qf.w
		}
	}

	qfeats := make([]feature, len(q.list))
	for i, qf := range q.list {
		qfeats[i] = qf.f
	}
	qneg := t.negative(qfeats)

	// Score each rule; keep each code's three best.
	perCode := map[codeKey]*best3{}
	for _, si := range touched {
		s := &t.situations[si]
		if s.key >= 0 {
			if _, ok := q.get(s.key); !ok {
				continue
			}
		}
		m := shared[si]
		cover := m / float64(s.total)
		qcover := m / q.total
		if s.kind == ruleOtherName && t.ident[s.key] {
			// A quoted name decides however long the question
			// around it is.
			qcover = 1
		}
		score := m * (ruleCoverageFloor + (1-ruleCoverageFloor)*cover) * (queryCoverageFloor + (1-queryCoverageFloor)*qcover)
		if s.negative != qneg {
			// "without an if-match header" shares words with "if-match
			// does not match", but says the opposite.
			score *= polarityMismatch
		}
		switch s.kind {
		case ruleOtherName:
			score *= otherNameWeight
			if !t.ident[s.key] {
				// Keyed by the ecosystem's name only: a framework's
				// default described in plain words.
				score *= contextNameWeight
			}
		}
		k := codeKey{s.code, s.origin}
		b := perCode[k]
		if b == nil {
			b = &best3{}
			perCode[k] = b
		}
		b.add(si, score)
	}

	cues := [6]bool{}
	for _, qf := range q.list {
		if qf.f < t.negBase && t.classCue[qf.f] != 0 {
			cues[t.classCue[qf.f]] = true
		}
	}
	type candidate struct {
		entry *catalog.Entry
		score float64
		rules *best3
	}
	cands := make([]candidate, 0, len(perCode))
	top := 0.0
	for k, b := range perCode {
		e := entryFor(k)
		if e == nil {
			continue
		}
		score := b.score[0] + secondRule*b.score[1] + thirdRule*b.score[2]
		if !e.Official() && !t.namesOrigin(e.Origin, &q) {
			score *= unofficialDamping
		}
		if c := e.Class(); c >= 1 && c <= 5 && cues[c] {
			score *= classCueBoost
		}
		cands = append(cands, candidate{e, score, b})
		top = max(top, score)
	}
	for i := range cands {
		if slices.Contains(cl.mentioned, cands[i].entry.Code) {
			cands[i].score += mentionBoost * top
		}
		if slices.Contains(cl.current, cands[i].entry.Code) {
			cands[i].score *= currentPenalty
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return byCatalogOrder(cands[i].entry, cands[j].entry)
	})
	if len(cands) == 0 || cands[0].score < minScore {
		return res
	}
	if n <= 0 {
		n = DefaultCount
	}
	for _, c := range cands[:min(n, len(cands))] {
		sug := Suggestion{Entry: c.entry, Score: c.score}
		for i := 0; i < c.rules.n; i++ {
			sug.Matches = append(sug.Matches, t.match(toks, &q, c.rules.rule[i], c.rules.score[i]))
		}
		res.Suggestions = append(res.Suggestions, sug)
	}
	// Each answer's confidence is the chance that it is right, read off
	// its score, how far it stands above the best other answer, and how
	// much of the question and of its best rule they share. The rival is
	// the best other answer among all candidates, however many are shown:
	// -n 1 must not make the first one look surer.
	for i := range res.Suggestions {
		c := cands[i]
		rival := 0.0
		if i == 0 && len(cands) > 1 {
			rival = cands[1].score
		} else if i > 0 {
			rival = cands[0].score
		}
		si := c.rules.rule[0]
		sig := signals{
			top:    c.score,
			second: rival,
			qcover: shared[si] / q.total,
			rcover: shared[si] / float64(t.situations[si].total),
			qtotal: q.total,
		}
		res.Suggestions[i].Confidence = math.Round(sig.chance()*100) / 100
		if i == 0 {
			best := &t.situations[si]
			sig.quoted = best.kind == ruleOtherName && t.ident[best.key]
			if len(cands) > 1 {
				_, sig.confused = catalog.ConfusionOf(cands[0].entry.Code, cands[1].entry.Code)
			}
			for _, tk := range toks {
				if tk.kind == unknown {
					sig.unknown++
				}
				if tk.feat >= 0 {
					sig.known++
				}
			}
			res.signals = sig
		}
	}
	res.Sure = res.Suggestions[0].Confidence >= SureThreshold
	return res
}

// weights are a question's features with their weights.
type weights struct {
	list  []weighted
	total float64
}

type weighted struct {
	f feature
	w float64
}

// add keeps the larger weight when a feature comes twice.
func (q *weights) add(f feature, w float64) {
	for i := range q.list {
		if q.list[i].f == f {
			if w > q.list[i].w {
				q.total += w - q.list[i].w
				q.list[i].w = w
			}
			return
		}
	}
	q.list = append(q.list, weighted{f, w})
	q.total += w
}

func (q *weights) get(f feature) (float64, bool) {
	for _, x := range q.list {
		if x.f == f {
			return x.w, true
		}
	}
	return 0, false
}

// best3 keeps a code's three best-scoring rules, best first; ties go to
// the rule written first.
type best3 struct {
	rule  [3]int32
	score [3]float64
	n     int
}

func (b *best3) add(si int32, score float64) {
	i := b.n
	for i > 0 && (score > b.score[i-1] || score == b.score[i-1] && si < b.rule[i-1]) {
		i--
	}
	if i >= 3 {
		return
	}
	copy(b.rule[i+1:], b.rule[i:2])
	copy(b.score[i+1:], b.score[i:2])
	b.rule[i], b.score[i] = si, score
	b.n = min(b.n+1, 3)
}

type codeKey struct {
	code   int
	origin string
}

var (
	entriesOnce sync.Once
	entries     map[codeKey]*catalog.Entry
)

// entryFor finds the catalogue entry a rule belongs to.
func entryFor(k codeKey) *catalog.Entry {
	entriesOnce.Do(func() {
		entries = make(map[codeKey]*catalog.Entry, len(catalog.All()))
		for _, e := range catalog.All() {
			entries[codeKey{e.Code, e.Origin}] = e
		}
	})
	return entries[k]
}

func byCatalogOrder(a, b *catalog.Entry) bool {
	if a.Code != b.Code {
		return a.Code < b.Code
	}
	return a.Official() && !b.Official()
}

// namesOrigin reports whether the question names who uses an unofficial
// code: "nginx", "cloudflare", "laravel". Only words the lexicon does not
// know count: "HTTP proxies" must not make every proxy question about it.
func (t *tables) namesOrigin(origin string, q *weights) bool {
	i, ok := search(t.origins, origin)
	if !ok {
		return false
	}
	for _, f := range t.originFeat[i] {
		if _, ok := q.get(f); ok {
			return true
		}
	}
	return false
}

// match explains one rule's score.
func (t *tables) match(toks []token, q *weights, si int32, score float64) Match {
	s := &t.situations[si]
	m := Match{Score: math.Round(score*100) / 100}
	m.Rule, m.Kind = ruleText(s)
	for _, f := range s.feats {
		if w, ok := q.get(f); ok {
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
	case s.index <= otherNameIndex(0):
		if names := otherNames(); otherNameIndex(0)-s.index < len(names) {
			return names[otherNameIndex(0)-s.index].label, "name"
		}
		return "", ""
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
