package suggest

import (
	"sort"
	"strings"
)

// tables is the engine's whole knowledge: the vocabulary that maps words to
// features, and the situations with their features and weights. It is
// built from lexicon.txt and the catalogue by `go generate` and compiled in
// as index_gen.go, so a query costs no set-up at all.
type tables struct {
	words     strtab    // sorted stems
	wordFeat  []feature // parallel to words
	phrases   strtab    // sorted stemmed phrases, words joined by one space
	phraseFt  []feature // parallel to phrases
	maxPhrase int       // words in the longest phrase
	inPhrase  strtab    // sorted stems that occur in phrases

	stops   strtab   // sorted
	negPre  []string // sorted: negators that look ahead ("not", "never")
	negPost []string // sorted: negators that look back ("nahi")

	// Clause markers, each a word or a phrase of words: see clauses.go.
	contrast   []string // "but", "lekin": what follows decides
	concede    []string // "even though": what follows is set aside
	current    []string // "currently", "crashes with": a code after it is today's answer
	correction []string // "instead", "should be": the question asks for a correction
	rejected   []string // "instead of", "rather than": a code after it is not wanted
	instead    []string // "ke jagah": Hindi's "instead of", after the code it rejects
	blamed     []string // "makes", "breaks": a code before it causes the trouble

	names    strtab    // name of each feature below negBase: a concept or a free word
	lexical  []bool    // whether the feature is a lexicon concept (not a free word)
	ident    []bool    // whether the feature is an identifier quoted whole ("throttlingexception")
	negMap   []feature // the concept a negated feature means, or -1
	classCue []int8    // the class a feature points to, or 0
	// The concepts a feature also means ("put" → method): feature f's are
	// implied[impliedAt[f]:impliedAt[f+1]]. Flat, like ruleFeats and
	// postings, so that the compiled-in tables hold no pointers the
	// runtime would map at every start-up.
	implied   []feature
	impliedAt []int32
	negBase   feature // negated twin of feature f is f+negBase
	absence   feature // the concept of something missing ("no", "without"), or -1

	idf        []float32 // weight of every feature, negated ones included
	situations []situation
	ruleFeats  []feature // every situation's features, one after another
	// The situations holding feature f: postings[postingAt[f]:postingAt[f+1]].
	postings  []int32
	postingAt []int32

	origins    []string    // sorted: who uses the unofficial codes
	originFeat [][]feature // the features that name each origin
}

// situation is one rule: a phrase from the catalogue that says when a code
// applies, analysed into features.
type situation struct {
	code     int32
	entry    int16   // the entry's position in catalog.All()
	index    int32   // into the entry's Situations; -1 for its name, -2-i for alias i
	from, to int32   // its features are ruleFeats[from:to]
	total    float32 // the sum of its features' weights
	negative bool    // it speaks of something absent or negated ("without an etag")
	kind     ruleKind
	key      feature // a feature the question must hold for the rule to count, or -1
}

// ruleKind says where a rule comes from.
type ruleKind uint8

const (
	ruleSituation ruleKind = iota // a situation, name or alias of the entry
	ruleOtherName                 // a name from another ecosystem: a gRPC code, an exception, a provider error
	ruleSpec                      // the entry's own summary or use-when, in English or Hinglish
)

// feats returns a situation's features.
func (t *tables) feats(s *situation) []feature { return t.ruleFeats[s.from:s.to] }

// postingsOf returns the situations that hold feature f.
func (t *tables) postingsOf(f feature) []int32 { return t.postings[t.postingAt[f]:t.postingAt[f+1]] }

// impliesOf returns the concepts feature f also means.
func (t *tables) impliesOf(f feature) []feature { return t.implied[t.impliedAt[f]:t.impliedAt[f+1]] }

// strtab is a list of strings laid out in one string: string i is
// s[off[i]:off[i+1]]. A table of thousands of words costs the runtime two
// pointers instead of one per word.
type strtab struct {
	s   string
	off []int32
}

func (st strtab) len() int        { return len(st.off) - 1 }
func (st strtab) at(i int) string { return st.s[st.off[i]:st.off[i+1]] }

// from returns the index of the first string not less than x, in a sorted
// table.
func (st strtab) from(x string) int {
	return sort.Search(st.len(), func(i int) bool { return st.at(i) >= x })
}

// search finds x in a sorted table.
func (st strtab) search(x string) (int, bool) {
	i := st.from(x)
	return i, i < st.len() && st.at(i) == x
}

func search(sorted []string, s string) (int, bool) {
	i := sort.SearchStrings(sorted, s)
	return i, i < len(sorted) && sorted[i] == s
}

func (t *tables) word(stem string) (feature, bool) {
	if i, ok := t.words.search(stem); ok {
		return t.wordFeat[i], true
	}
	return noFeature, false
}

func (t *tables) phrase(toks []token) (feature, bool) {
	var b strings.Builder
	for i, tk := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tk.stem)
	}
	if i, ok := t.phrases.search(b.String()); ok {
		return t.phraseFt[i], true
	}
	return noFeature, false
}

func (t *tables) isStop(w string) bool    { _, ok := t.stops.search(w); return ok }
func (t *tables) isNegPre(w string) bool  { _, ok := search(t.negPre, w); return ok }
func (t *tables) isNegPost(w string) bool { _, ok := search(t.negPost, w); return ok }

// negative reports whether features speak of something absent or negated.
func (t *tables) negative(feats []feature) bool {
	for _, f := range feats {
		if f >= t.negBase || f == t.absence {
			return true
		}
	}
	return false
}

// name returns a feature's readable name: "notfound", "email", "not email".
func (t *tables) name(f feature) string {
	if f >= t.negBase {
		return "not " + t.names.at(int(f-t.negBase))
	}
	return t.names.at(int(f))
}
