// Package suggest finds the status code for a situation described in words,
// English or Hinglish: "user already exists" → 409 Conflict.
//
// It is a deterministic, explainable rule engine. The rules are the
// situations written in the catalogue, each code's names, and the names
// other ecosystems give the codes (gRPC codes, framework exceptions,
// provider errors); a lexicon (lexicon.txt) maps the many ways people say a
// thing — synonyms, abbreviations, Hinglish, common typos — onto shared
// concepts. Fixing an answer means editing the catalogue or the lexicon and
// running `go generate ./pkg/suggest`, rarely changing code.
//
// A question passes through the stages of a pipeline, each a file with one
// job and one type handed to the next:
//
//	words.go      1. text → tokens: lower-case words, identifiers with their parts
//	normalize.go  2. tokens → normal forms: identifiers split, stems, typos corrected
//	concepts.go   3. normal forms → concepts: phrases joined, function words dropped, negation bound
//	clauses.go    3b. concepts → clause weights: contrast, concession, the quoted current code
//	score.go      4. features → ranking: rules matched and weighed, codes ranked
//	calibrate.go  5. ranking → confidence: the chance each answer is right, and whether it is sure
//	explain.go    6. ranking → Result: suggestions with the rules and words behind them
//
// The tables all stages read (tables.go) are built once, by `go generate`
// (build_test.go and generate_test.go, test files so that httpcode links
// neither the builder nor go/format), and compiled in as index_gen.go: a
// question costs no set-up at all.
//
// Its API carries no compatibility promise before httpcode v1.
package suggest

//go:generate go test -count=1 -run ^TestIndexIsCurrent$ . -args -write-index

import (
	"strings"

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
	Kind     string   // "situation", "name", "alias", "other" (a name from another ecosystem) or "definition" (the entry's summary, use-when or description)
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
	toks := t.analyze(query)            // stages 1–3: words, normal forms, concepts
	cl := t.clauses(toks)               // stage 3b: clauses
	r := t.score(toks, cl)              // stage 4: scores
	return t.explain(query, toks, r, n) // stages 5–6: confidence and explanation
}
