package suggest

import (
	"bufio"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/httpcode/httpcode/catalog"
)

// build makes the engine's tables from the lexicon's text and the
// catalogue. It runs at `go generate` time and in tests, never in httpcode.
//
// The lexicon has one rule per line; # starts a comment:
//
//	concept: word | word | a phrase | ...   the words and phrases that mean it
//	!concept: other                         what the concept means when negated
//	@stop: word | ...                       words that carry no meaning here
//	@not: word | ...                        negators that look ahead: "not found"
//	@after: word | ...                      negators that look back: "mila nahi"
//	@class N: concept or word | ...         cues that a code of class N is meant
//	@implies concept: concept | ...         the listed concepts also mean concept
//	@weight W: concept | ...                scale the concepts' weights by W
//	@contrast, @concede, @current,
//	@correction, @rejected, @instead,
//	@blamed: word | phrase                   clause markers (clauses.go)
//
// A concept's own name is one of its words.
func build(lexicon string, entries []*catalog.Entry) (*tables, error) {
	b := &builder{
		t:        &tables{},
		word:     map[string]feature{},
		phrase:   map[string]feature{},
		concept:  map[string]feature{},
		negTo:    map[string]string{},
		cueWords: map[string]int8{},
		implies:  map[string][]string{},
		weights:  map[string]float64{},
		listed:   map[string]bool{},
	}
	if err := b.parse(lexicon); err != nil {
		return nil, err
	}
	if err := b.resolve(); err != nil {
		return nil, err
	}
	b.index(entries)
	return b.t, nil
}

type builder struct {
	t        *tables
	word     map[string]feature  // stem → feature
	phrase   map[string]feature  // stemmed phrase → feature
	concept  map[string]feature  // concept name → feature
	negTo    map[string]string   // concept → concept it means when negated
	cueWords map[string]int8     // concept name or word → class
	implies  map[string][]string // concept → concepts it also means
	weights  map[string]float64  // concept → weight factor
	names    []string            // every feature's name, as t.names will hold them
	listed   map[string]bool     // every single word a concept lists, as spelt
	stops    []string
	negPre   []string
	negPost  []string
}

// entryIndex returns the position in entries (catalog.All()) of the entry
// with this code and origin.
func entryIndex(entries []*catalog.Entry, code int, origin string) int16 {
	for i, e := range entries {
		if e.Code == code && e.Origin == origin {
			return int16(i)
		}
	}
	panic(fmt.Sprintf("no entry %d %q", code, origin))
}

// known reports whether a stem already has a feature.
func (b *builder) known(st string) bool { _, ok := b.word[st]; return ok }

func (b *builder) newFeature(name string, lexical bool) feature {
	b.names = append(b.names, name)
	b.t.lexical = append(b.t.lexical, lexical)
	return feature(len(b.names) - 1)
}

func (b *builder) parse(text string) error {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		head, rest, ok := strings.Cut(line, ":")
		if !ok {
			return fmt.Errorf("lexicon line %d: no colon in %q", n, line)
		}
		head = strings.TrimSpace(head)
		var items []string
		for _, it := range strings.Split(rest, "|") {
			if it = strings.TrimSpace(strings.ToLower(it)); it != "" {
				items = append(items, it)
			}
		}
		if err := b.rule(head, items); err != nil {
			return fmt.Errorf("lexicon line %d: %w", n, err)
		}
	}
	return sc.Err()
}

func (b *builder) rule(head string, items []string) error {
	switch {
	case head == "@stop":
		b.stops = append(b.stops, items...)
	case head == "@not":
		b.negPre = append(b.negPre, items...)
	case head == "@after":
		b.negPost = append(b.negPost, items...)
	case head == "@contrast":
		b.t.contrast = append(b.t.contrast, items...)
	case head == "@concede":
		b.t.concede = append(b.t.concede, items...)
	case head == "@current":
		b.t.current = append(b.t.current, items...)
	case head == "@correction":
		b.t.correction = append(b.t.correction, items...)
	case head == "@rejected":
		b.t.rejected = append(b.t.rejected, items...)
	case head == "@instead":
		b.t.instead = append(b.t.instead, items...)
	case head == "@blamed":
		b.t.blamed = append(b.t.blamed, items...)
	case strings.HasPrefix(head, "@class "):
		class, err := strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(head, "@class ")))
		if err != nil || class < 1 || class > 5 {
			return fmt.Errorf("bad class in %q", head)
		}
		for _, it := range items {
			b.cueWords[it] = int8(class)
		}
	case strings.HasPrefix(head, "@implies "):
		to := strings.TrimSpace(strings.TrimPrefix(head, "@implies "))
		for _, it := range items {
			b.implies[it] = append(b.implies[it], to)
		}
	case strings.HasPrefix(head, "@weight "):
		w, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimPrefix(head, "@weight ")), 64)
		if err != nil || w <= 0 {
			return fmt.Errorf("bad weight in %q", head)
		}
		for _, it := range items {
			b.weights[it] = w
		}
	case strings.HasPrefix(head, "!"):
		if len(items) != 1 {
			return fmt.Errorf("%s must name one concept", head)
		}
		b.negTo[head[1:]] = items[0]
	case strings.HasPrefix(head, "@"):
		return fmt.Errorf("unknown directive %q", head)
	default:
		name := strings.ToLower(head)
		if strings.ContainsAny(name, " \t") {
			return fmt.Errorf("concept name %q has a space", name)
		}
		f, ok := b.concept[name]
		if !ok {
			f = b.newFeature(name, true)
			b.concept[name] = f
		}
		for _, it := range append([]string{name}, items...) {
			if err := b.addWord(it, f); err != nil {
				return err
			}
		}
	}
	return nil
}

// addWord files a word or phrase under a feature, by its stems.
func (b *builder) addWord(text string, f feature) error {
	toks := words(text)
	if len(toks) == 0 {
		return fmt.Errorf("%q has no words", text)
	}
	stems := make([]string, len(toks))
	for i, tk := range toks {
		stems[i] = stem(tk.text)
	}
	key, table := stems[0], b.word
	if len(stems) == 1 {
		b.listed[toks[0].text] = true
	}
	if len(stems) > 1 {
		key, table = strings.Join(stems, " "), b.phrase
	}
	if prev, ok := table[key]; ok && prev != f {
		return fmt.Errorf("%q belongs to both %s and %s", text, b.names[prev], b.names[f])
	}
	table[key] = f
	return nil
}

// resolve checks the references between rules once every concept is known.
func (b *builder) resolve() error {
	for _, list := range [][]string{b.stops, b.negPre, b.negPost} {
		for _, w := range list {
			// Function words are recognised as spelt, before stemming:
			// one may share a stem with a concept's word ("option" and
			// the method OPTIONS) but not be one of its spellings.
			if f, ok := b.word[stem(w)]; ok && !strings.Contains(w, " ") && b.listed[w] {
				return fmt.Errorf("%q is both a function word and a word of %s", w, b.names[f])
			}
		}
	}
	for from, to := range b.negTo {
		if _, ok := b.concept[from]; !ok {
			return fmt.Errorf("!%s: no such concept", from)
		}
		if _, ok := b.concept[to]; !ok {
			return fmt.Errorf("!%s: %s: no such concept", from, to)
		}
	}
	for from, tos := range b.implies {
		for _, to := range tos {
			if _, ok := b.concept[from]; !ok {
				return fmt.Errorf("@implies %s: %s: no such concept", to, from)
			}
			if _, ok := b.concept[to]; !ok {
				return fmt.Errorf("@implies %s: no such concept", to)
			}
		}
	}
	for c := range b.weights {
		if _, ok := b.concept[c]; !ok {
			return fmt.Errorf("@weight: %s: no such concept", c)
		}
	}
	for w := range b.cueWords {
		if _, ok := b.concept[w]; !ok {
			if _, ok := b.word[stem(w)]; !ok {
				return fmt.Errorf("@class cue %q is neither a concept nor a word of one", w)
			}
		}
	}
	return nil
}

// freeWordWeight caps the weight of words the lexicon does not know.
var freeWordWeight = 3.0

// identifierWeight is the weight of a name from another ecosystem quoted
// whole: "ThrottlingException", "DEADLINE_EXCEEDED".
var identifierWeight = 6.0

// index analyses every situation, name and alias, gives free words their
// own features, and weighs each feature by how rare it is among situations.
func (b *builder) index(entries []*catalog.Entry) {
	t := b.t
	// A function phrase ("nothing else", "fall back") joins like a
	// concept's phrase, into a token that carries nothing.
	for _, s := range b.stops {
		if strings.Contains(s, " ") {
			if err := b.addWord(s, stopFeature); err != nil {
				panic(err)
			}
		}
	}
	t.stops = newStrtab(sortedUnique(b.stops))
	t.negPost = sortedUnique(b.negPost)
	t.negPre = sortedUnique(b.negPre)
	phrases, phraseFt := sortedTable(b.phrase)
	t.phrases, t.phraseFt = newStrtab(phrases), phraseFt
	var inPhrase []string
	for _, p := range phrases {
		t.maxPhrase = max(t.maxPhrase, strings.Count(p, " ")+1)
		inPhrase = append(inPhrase, strings.Fields(p)...)
	}
	t.inPhrase = newStrtab(sortedUnique(inPhrase))

	// Free words: anything in a situation the lexicon does not know becomes
	// a feature of its own, so "email" in "duplicate email on signup"
	// still counts when a user types it.
	type rule struct {
		code   int
		origin string
		index  int
		text   string
	}
	var rules []rule
	for _, e := range entries {
		// Names first: when a name and a situation match equally, the
		// name is the better reason to show.
		rules = append(rules, rule{e.Code, e.Origin, -1, e.Name})
		for i, a := range e.Aliases {
			rules = append(rules, rule{e.Code, e.Origin, -2 - i, a})
		}
		for i, s := range e.Situations {
			rules = append(rules, rule{e.Code, e.Origin, i, s})
		}
	}
	// Names from other ecosystems quoted whole ("ThrottlingException")
	// are the surest evidence there is, so each whole identifier becomes a
	// word of its own.
	names := otherNames()
	identifiers := map[feature]bool{}
	for _, n := range names {
		for _, tk := range words(n.text) {
			if len(tk.parts) > 1 {
				// A whole the lexicon already knows ("DynamoDB") keeps
				// its own weight.
				if st := stem(tk.text); !b.known(st) {
					b.word[st] = b.newFeature(st, false)
					identifiers[b.word[st]] = true
				}
			}
		}
	}
	t.setWords(b.word)
	texts := make([]string, 0, len(rules)+len(names))
	for _, r := range rules {
		texts = append(texts, r.text)
	}
	for _, n := range names {
		texts = append(texts, n.text)
	}
	for _, text := range texts {
		for _, tk := range words(text) {
			if len(tk.parts) > 1 {
				continue // identifiers count by their words, added below
			}
			st := stem(tk.text)
			if _, known := b.word[st]; known || t.isStop(tk.text) || t.isNegPre(tk.text) || t.isNegPost(tk.text) {
				continue
			}
			b.word[st] = b.newFeature(st, false)
		}
	}
	t.setWords(b.word)

	t.negBase = feature(len(b.names))
	t.names = newStrtab(b.names)
	t.ident = make([]bool, t.negBase)
	for f := range identifiers {
		t.ident[f] = true
	}
	t.absence = noFeature
	if f, ok := b.concept["absence"]; ok {
		t.absence = f
	}
	t.negMap = make([]feature, t.negBase)
	t.classCue = make([]int8, t.negBase)
	implies := make([][]feature, t.negBase)
	for i := range t.negMap {
		t.negMap[i] = noFeature
	}
	for from, tos := range b.implies {
		for _, to := range sortedUnique(tos) {
			implies[b.concept[from]] = append(implies[b.concept[from]], b.concept[to])
		}
	}
	t.implied, t.impliedAt = flat(implies)
	for from, to := range b.negTo {
		t.negMap[b.concept[from]] = b.concept[to]
	}
	for w, class := range b.cueWords {
		if f, ok := b.concept[w]; ok {
			t.classCue[f] = class
		} else {
			t.classCue[b.word[stem(w)]] = class
		}
	}

	// Analyse the situations the way queries will be analysed, except that
	// typo correction is off: the catalogue's spelling is the reference.
	df := make([]int, 2*t.negBase)
	for _, r := range rules {
		feats := t.features(t.analyzeExact(r.text))
		if len(feats) == 0 {
			continue
		}
		t.addSituation(situation{code: int32(r.code), entry: entryIndex(entries, r.code, r.origin), index: int32(r.index), negative: t.negative(feats), key: noFeature}, feats)
		for _, f := range feats {
			df[f]++
		}
	}
	n := float64(len(t.situations))
	for i, nm := range names {
		e := entryOf(nm.code)
		if e == nil {
			continue
		}
		feats, key := t.nameFeatures(nm, identifiers)
		if key < 0 {
			continue
		}
		t.addSituation(situation{code: int32(e.Code), entry: entryIndex(entries, e.Code, e.Origin), index: int32(otherNameIndex(i)), negative: t.negative(feats), kind: ruleOtherName, key: key}, feats)
	}
	// Each entry's summary and use-when, as the spec words them: they
	// answer questions asked in the spec's own terms. They do not count
	// towards how rare a word is.
	for _, e := range entries {
		for j, text := range specTexts(e) {
			feats := t.features(t.analyzeExact(text))
			if len(feats) == 0 {
				continue
			}
			t.addSituation(situation{code: int32(e.Code), entry: entryIndex(entries, e.Code, e.Origin), index: int32(specIndex(j)), negative: t.negative(feats), kind: ruleSpec, key: noFeature}, feats)
		}
	}
	// Count the codes each identifier stands for.
	identCodes := map[feature][]int{}
	for i := range t.situations {
		si := &t.situations[i]
		if si.kind != ruleOtherName {
			continue
		}
		for _, f := range t.feats(si) {
			if identifiers[f] && !slices.Contains(identCodes[f], int(si.code)) {
				identCodes[f] = append(identCodes[f], int(si.code))
			}
		}
	}
	t.idf = make([]float32, 2*t.negBase)
	for f := range t.idf {
		// Smoothed inverse document frequency: a word in every situation
		// weighs little, one in a single situation weighs most.
		w := math.Log(1 + n/float64(1+df[f]))
		// A free word is one the lexicon does not know. Rare in the
		// catalogue does not make it telling ("mode", "action"), so its
		// weight is capped; words that matter belong in the lexicon.
		base := feature(f) % t.negBase
		switch {
		case identifiers[base]:
			// Quoting ThrottlingException says more than any word; a
			// namespace shared by names of many codes (ActiveRecord)
			// says less.
			w = identifierWeight / float64(max(1, len(identCodes[base])))
		case !t.lexical[base]:
			w = min(w, freeWordWeight)
		}
		if factor, ok := b.weights[b.names[base]]; ok && t.lexical[base] {
			w *= factor
		}
		t.idf[f] = float32(math.Round(w*1000) / 1000)
	}
	// The words that name each unofficial code's origin: only free words,
	// since lexicon words ("proxies") are too common to name anyone.
	originSet := map[string]bool{}
	for _, e := range entries {
		if e.Origin != "" {
			originSet[e.Origin] = true
		}
	}
	for o := range originSet {
		t.origins = append(t.origins, o)
	}
	sort.Strings(t.origins)
	for _, o := range t.origins {
		var feats []feature
		for _, tk := range t.analyzeExact(o) {
			if tk.feat >= 0 && tk.feat < t.negBase && !t.lexical[tk.feat] {
				feats = append(feats, tk.feat)
			}
		}
		t.originFeat = append(t.originFeat, feats)
	}

	postings := make([][]int32, 2*t.negBase)
	for i := range t.situations {
		s := &t.situations[i]
		var total float32
		for _, f := range t.feats(s) {
			total += t.idf[f]
			postings[f] = append(postings[f], int32(i))
		}
		s.total = total
	}
	t.postings, t.postingAt = flat(postings)
}

// addSituation adds a situation with its features.
func (t *tables) addSituation(s situation, feats []feature) {
	s.from = int32(len(t.ruleFeats))
	t.ruleFeats = append(t.ruleFeats, feats...)
	s.to = int32(len(t.ruleFeats))
	t.situations = append(t.situations, s)
}

// flat lays lists out one after another, with where each starts: list i is
// out[at[i]:at[i+1]].
func flat[T any](lists [][]T) (out []T, at []int32) {
	at = make([]int32, len(lists)+1)
	for i, l := range lists {
		out = append(out, l...)
		at[i+1] = int32(len(out))
	}
	return out, at
}

// nameFeatures reads a name from another ecosystem as a rule, and returns
// the key feature a question must hold for the rule to count. Identifiers
// count whole and are the key: the words of "FAILED_PRECONDITION" typed as
// plain English are a situation, not a quote of the name. Plain words
// around them ("DynamoDB", "Rails") count as they are; when the text names
// its ecosystem ("grpc UNAVAILABLE") that name is the key. A name with
// neither, a plain word such as "Conflict", is left to the situations
// (key -1).
func (t *tables) nameFeatures(n otherName, identifiers map[feature]bool) (feats []feature, key feature) {
	key = noFeature
	var plain []string
	for _, tk := range words(n.text) {
		if len(tk.parts) > 1 {
			// The last identifier is the class, the ones before it
			// its namespace (ActiveRecord::RecordNotFound).
			if f, ok := t.word(stem(tk.text)); ok {
				feats = append(feats, f)
				key = f
			}
			continue
		}
		plain = append(plain, tk.text)
	}
	if key < 0 && n.context && len(plain) > 0 {
		if toks := t.analyzeExact(plain[0]); len(toks) == 1 && toks[0].feat >= 0 {
			key = toks[0].feat
		}
	}
	for _, f := range t.features(t.analyzeExact(strings.Join(plain, " "))) {
		if !slices.Contains(feats, f) {
			feats = append(feats, f)
		}
	}
	slices.Sort(feats)
	return feats, key
}

// analyzeExact is analyze without typo correction.
func (t *tables) analyzeExact(text string) []token { return t.analyzeWith(text, false) }

func sortedUnique(list []string) []string {
	out := append([]string(nil), list...)
	sort.Strings(out)
	j := 0
	for i, s := range out {
		if i == 0 || s != out[j-1] {
			out[j] = s
			j++
		}
	}
	return out[:j]
}

// newStrtab lays a list of strings out as a strtab.
func newStrtab(list []string) strtab {
	st := strtab{off: make([]int32, 1, len(list)+1)}
	var b strings.Builder
	for _, s := range list {
		b.WriteString(s)
		st.off = append(st.off, int32(b.Len()))
	}
	st.s = b.String()
	return st
}

func (t *tables) setWords(m map[string]feature) {
	words, feats := sortedTable(m)
	t.words, t.wordFeat = newStrtab(words), feats
}

func sortedTable(m map[string]feature) ([]string, []feature) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	feats := make([]feature, len(keys))
	for i, k := range keys {
		feats[i] = m[k]
	}
	return keys, feats
}

// features returns the distinct features of analysed tokens, with the
// concepts they imply.
func (t *tables) features(toks []token) []feature {
	var out []feature
	add := func(f feature) {
		if f >= 0 && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	for _, tk := range toks {
		add(tk.feat)
		if tk.feat >= 0 && tk.feat < t.negBase {
			for _, f := range t.impliesOf(tk.feat) {
				add(f)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// entryOf returns the entry a code from another ecosystem means: the
// registered one, else the first unofficial meaning (nginx's 499).
func entryOf(code int) *catalog.Entry {
	if es := catalog.ByCode(code); len(es) > 0 {
		return es[0]
	}
	return nil
}
