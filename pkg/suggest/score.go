package suggest

import (
	"slices"
	"sort"
	"sync"

	"github.com/httpcode/httpcode/catalog"
)

// Stage 4 of the pipeline, scores: the question's features, weighted by
// rarity and by the clause they stand in, are matched against every rule
// that shares one; each rule scores by the weight shared and by how much of
// the rule and of the question that covers, and each code by its best rules.

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
	// An entry's own texts (summary, use-when, description sentences)
	// count for this much of a situation.
	specWeight = 0.5
	// Below this score, nothing fits.
	minScore = 1.4
)

// sharedPool keeps the per-rule tallies between questions: zeroing the few
// touched entries costs less than a fresh slice for thousands of rules.
var sharedPool = sync.Pool{New: func() any { return new([]float64) }}

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

// entryAt returns the catalogue entry at a situation's entry position; the
// generated index holds positions in catalog.All(), and TestIndexIsCurrent
// keeps them in step.
func entryAt(i int16) *catalog.Entry { return catalog.All()[i] }

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

// candidate is a code in the running, with its score and best rules.
type candidate struct {
	entry *catalog.Entry
	score float64
	rules *best3
	// How much of the question, and of its best rule, the best rule shares.
	qcover, rcover float64
}

// ranking is stage 4's result: the question's weighted features and the
// codes that fit, best first.
type ranking struct {
	q     weights
	cands []candidate
}

// score runs stage 4.
func (t *tables) score(toks []token, cl clauses) ranking {
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
			for _, f := range t.impliesOf(tk.feat) {
				q.add(f, float64(t.idf[f])*impliedWeight)
			}
		}
	}
	if q.total == 0 {
		return ranking{q: q}
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
		for _, si := range t.postingsOf(qf.f) {
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
	perCode := make([]*best3, len(catalog.All()))
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
		if s.kind == ruleSpec {
			score *= specWeight
		}
		if s.kind == ruleOtherName {
			score *= otherNameWeight
			if !t.ident[s.key] {
				// Keyed by the ecosystem's name only: a framework's
				// default described in plain words.
				score *= contextNameWeight
			}
		}
		b := perCode[s.entry]
		if b == nil {
			b = &best3{}
			perCode[s.entry] = b
		}
		b.add(si, score)
	}

	cues := [6]bool{}
	for _, qf := range q.list {
		if qf.f < t.negBase && t.classCue[qf.f] != 0 {
			cues[t.classCue[qf.f]] = true
		}
	}
	var cands []candidate
	top := 0.0
	for i, b := range perCode {
		if b == nil {
			continue
		}
		e := entryAt(int16(i))
		score := b.score[0] + secondRule*b.score[1] + thirdRule*b.score[2]
		if !e.Official() && !t.namesOrigin(e.Origin, &q) {
			score *= unofficialDamping
		}
		if c := e.Class(); c >= 1 && c <= 5 && cues[c] {
			score *= classCueBoost
		}
		best := b.rule[0]
		cands = append(cands, candidate{e, score, b, shared[best] / q.total, shared[best] / float64(t.situations[best].total)})
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
	return ranking{q: q, cands: cands}
}
