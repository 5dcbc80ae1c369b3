package suggest

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The analyser turns text (a user's question or a catalogue situation) into
// features: concept IDs from the lexicon, free words for everything else,
// and negated forms of either. Questions and situations go through the same
// steps, so they meet in the same feature space:
//
//  1. split into lower-case words, expanding "n't" and dropping punctuation
//     (a comma or full stop ends a negation's reach);
//  2. reduce each word to a stem ("creating", "created" → "creat");
//  3. join multi-word phrases ("rate limit", "ban gaya") into one concept;
//  4. map words to concepts, correcting a typo against the known words;
//  5. bind negators ("not", "no", "nahi") to the word they negate.

// feature is a concept or free-word ID; negated features are offset by
// tables.negBase.
type feature = int32

// token is one word of the input on its way to becoming a feature.
type token struct {
	text  string   // as the user wrote it, lower-cased
	parts []string // an identifier's words (RecordNotFound), when it has several
	stem  string
	feat  feature // -1 until known; -2 for a stop word
	kind  tokenKind
	comma bool // a comma or full stop follows: negation stops here
	fixed bool // the stem was a typo, corrected
}

type tokenKind uint8

const (
	content tokenKind = iota
	stop
	negPre  // negates what follows: not, no, never, without
	negPost // negates what precedes: nahi, nahin (Hindi puts it after the verb)
	unknown
)

const (
	noFeature   feature = -1
	stopFeature feature = -2
)

// maxWords bounds the work for any input: no real situation is longer.
const maxWords = 60

// words splits text into lower-case words. Apostrophes inside words are
// dropped ("user's" → "users"), and "n't" becomes a separate "not".
func words(text string) []token {
	var out []token
	var b strings.Builder
	flush := func(comma bool) {
		if b.Len() > 0 {
			raw := b.String()
			out = appendWord(out, raw)
			if parts := splitIdentifier(raw); len(parts) > 1 {
				last := &out[len(out)-1]
				for _, p := range parts {
					last.parts = append(last.parts, strings.ToLower(p))
				}
			}
			b.Reset()
		}
		if comma && len(out) > 0 {
			out[len(out)-1].comma = true
		}
	}
	for _, r := range text {
		switch {
		case len(out) >= maxWords:
			return out
		case r == utf8.RuneError:
			flush(false)
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			b.WriteRune(r)
		case r == '_' && b.Len() > 0:
			// FAILED_PRECONDITION, card_declined: one identifier, read
			// whole and by its words.
			b.WriteRune(r)
		case r == '\'' || r == '’':
			// "n't" is handled at the end of the word; other apostrophes vanish.
			if strings.HasSuffix(b.String(), "n") || strings.HasSuffix(b.String(), "N") {
				b.WriteRune('\'')
			}
		case r == ',' || r == '.' || r == ';' || r == '!' || r == '?' || r == ':' || r == '(' || r == ')':
			flush(true)
		default:
			flush(false)
		}
	}
	flush(false)
	for i := range out {
		if strings.ContainsAny(out[i].text, "'_") {
			out[i].text = strings.Map(func(r rune) rune {
				if r == '\'' || r == '_' {
					return -1
				}
				return r
			}, out[i].text)
		}
	}
	if len(out) > maxWords {
		out = out[:maxWords]
	}
	return out
}

// appendWord adds one lower-cased word, expanding negative contractions.
func appendWord(out []token, raw string) []token {
	// "GET" in capitals is the method, not the everyday verb.
	if raw == "GET" {
		return append(out, token{text: "getmethod"})
	}
	w := strings.ToLower(raw)
	if base, ok := apostropheless(w); ok {
		// "doesnt", "isnt": typed without the apostrophe.
		return append(out, token{text: base}, token{text: "not"})
	}
	if base, ok := strings.CutSuffix(w, "n't"); ok {
		switch base {
		case "ca":
			base = "can"
		case "wo":
			base = "will"
		case "sha":
			base = "shall"
		}
		return append(out, token{text: base}, token{text: "not"})
	}
	return append(out, token{text: w})
}

// splitIdentifier splits the names developers paste from code and logs
// into words: RecordNotFound, NoHandlerFoundException, HTTPServer → HTTP
// Server, Http404 → Http 404. Plain words come back whole. The analyser
// uses the parts only for words it does not know whole, so product names it
// knows (LinkedIn, CloudFlare) stay whole.
func splitIdentifier(w string) []string {
	runes := []rune(w)
	var parts []string
	start := 0
	for i := 1; i < len(runes); i++ {
		prev, cur := runes[i-1], runes[i]
		switch {
		case cur == '_':
			if i > start {
				parts = append(parts, string(runes[start:i]))
			}
			start = i + 1
			continue
		case prev == '_':
			continue
		case unicode.IsLower(prev) && unicode.IsUpper(cur):
			// camelCase boundary: record|Not
		case unicode.IsUpper(prev) && unicode.IsUpper(cur) && i+1 < len(runes) && unicode.IsLower(runes[i+1]) && i-start > 1:
			// end of an acronym: HTTP|Server
		case unicode.IsLetter(prev) && unicode.IsDigit(cur) && len(runes)-i == 3 && allDigits(runes[i:]):
			// a code glued to a word: Http|404, error|500
		default:
			continue
		}
		parts = append(parts, string(runes[start:i]))
		start = i
	}
	if start < len(runes) {
		parts = append(parts, string(runes[start:]))
	}
	return parts
}

func allDigits(rs []rune) bool {
	for _, r := range rs {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// sizeUnit reads "2gb" or "500kb" as its unit, so a size counts as a size
// whatever the number.
func sizeUnit(w string) string {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 || i == len(w) {
		return w
	}
	switch unit := w[i:]; unit {
	case "b", "kb", "mb", "gb", "tb", "k", "m", "g", "kib", "mib", "gib", "bytes":
		return unit
	}
	return w
}

// apostropheless returns the verb a negative contraction typed without its
// apostrophe negates: "doesnt" → "does". ("cant" is a negator of its own.)
func apostropheless(w string) (string, bool) {
	switch w {
	case "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "hasnt", "havent",
		"hadnt", "shouldnt", "couldnt", "wouldnt", "aint", "mustnt", "neednt":
		base := strings.TrimSuffix(w, "nt")
		switch base {
		case "wo":
			base = "will"
		case "ai":
			base = "is"
		}
		return base, true
	}
	return "", false
}

// stem strips common English inflections so that "create", "creates",
// "created", "creating" and "creation" meet. It is deliberately light: the
// lexicon lists irregular forms itself. Hindi words are short and pass
// through mostly unchanged; what changes, changes the same way everywhere.
func stem(w string) string {
	if len(w) <= 3 || w[0] >= '0' && w[0] <= '9' {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && len(w) > 4:
		w = w[:len(w)-1]
	}
	switch {
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ing") && len(w) >= 6:
		w = undouble(w[:len(w)-3])
	case strings.HasSuffix(w, "ed") && len(w) >= 5:
		w = undouble(w[:len(w)-2])
	case strings.HasSuffix(w, "ly") && len(w) >= 6:
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ion") && len(w) >= 7 && (w[len(w)-4] == 't' || w[len(w)-4] == 's'):
		w = w[:len(w)-3]
	}
	if strings.HasSuffix(w, "e") && len(w) > 3 {
		w = w[:len(w)-1]
	}
	return w
}

// undouble turns "stopp" (from "stopped") back into "stop".
func undouble(w string) string {
	n := len(w)
	if n >= 4 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}

// analyze turns text into its features, in order of appearance, with the
// tokens that produced them.
func (t *tables) analyze(text string) []token { return t.analyzeWith(text, true) }

// analyzeWith is analyze with typo correction on or off.
func (t *tables) analyzeWith(text string, fixTypos bool) []token {
	toks := t.splitUnknown(words(text))
	for i := range toks {
		tk := &toks[i]
		tk.text = sizeUnit(tk.text)
		tk.stem = stem(tk.text)
		// Correct typos before phrases are joined, so "alredy in use"
		// still reads as "already in use".
		if fixTypos && t.unknown(tk) {
			if fixed, ok := t.correct(tk.stem); ok {
				tk.stem, tk.fixed = fixed, true
			}
		}
	}
	toks = t.joinPhrases(toks)
	for i := range toks {
		tk := &toks[i]
		if tk.feat != noFeature {
			continue // a phrase
		}
		switch {
		case t.isNegPre(tk.text):
			tk.kind, tk.feat = negPre, stopFeature
		case t.isNegPost(tk.text):
			tk.kind, tk.feat = negPost, stopFeature
		case t.isStop(tk.text):
			tk.kind, tk.feat = stop, stopFeature
		default:
			if f, ok := t.word(tk.stem); ok {
				tk.feat = f
			} else if f, ok := t.word(tk.text); ok {
				tk.feat = f
			} else {
				tk.kind = unknown
			}
		}
	}
	t.bindNegation(toks)
	return toks
}

// splitUnknown replaces an identifier the lexicon does not know by its
// words: "RecordNotFound" by record, not, found. When the whole is a word
// of some situation ("linkedin", "nullpointerexception"), it stays too, in
// front of its parts.
func (t *tables) splitUnknown(toks []token) []token {
	split := false
	for _, tk := range toks {
		split = split || len(tk.parts) > 1 && !t.lexicalWord(tk.text)
	}
	if !split {
		return toks
	}
	out := make([]token, 0, len(toks)+4)
	for _, tk := range toks {
		if len(tk.parts) < 2 || t.lexicalWord(tk.text) {
			out = append(out, tk)
			continue
		}
		if t.known(tk.text) {
			whole := tk
			whole.parts, whole.comma = nil, false
			out = append(out, whole)
		}
		for i, p := range tk.parts {
			out = appendWord(out, p)
			if i == len(tk.parts)-1 {
				out[len(out)-1].comma = tk.comma
			}
		}
	}
	return out
}

// known reports whether a whole word is in the tables in any role.
func (t *tables) known(w string) bool {
	tk := token{text: w, stem: stem(w)}
	return !t.unknown(&tk)
}

// lexicalWord reports whether the lexicon itself knows a word: a concept's
// word, a function word or a negator, not merely a word of some situation.
func (t *tables) lexicalWord(w string) bool {
	if f, ok := t.word(stem(w)); ok {
		return t.lexical[f]
	}
	return t.isStop(w) || t.isNegPre(w) || t.isNegPost(w)
}

// unknown reports whether a word is in no list at all: not a known word,
// not a function word or negator, not part of a phrase.
func (t *tables) unknown(tk *token) bool {
	if _, ok := t.word(tk.stem); ok {
		return false
	}
	if _, ok := t.word(tk.text); ok {
		return false
	}
	if _, ok := search(t.inPhrase, tk.stem); ok {
		return false
	}
	return !t.isStop(tk.text) && !t.isNegPre(tk.text) && !t.isNegPost(tk.text)
}

// joinPhrases replaces the longest known phrase starting at each word with a
// single token carrying the phrase's concept.
func (t *tables) joinPhrases(toks []token) []token {
	out := toks[:0:0]
	for i := 0; i < len(toks); {
		joined := false
		for n := min(t.maxPhrase, len(toks)-i); n >= 2; n-- {
			if f, ok := t.phrase(toks[i : i+n]); ok {
				texts := make([]string, n)
				for j := range n {
					texts[j] = toks[i+j].text
				}
				out = append(out, token{text: strings.Join(texts, " "), stem: "", feat: f, kind: content, comma: toks[i+n-1].comma})
				i += n
				joined = true
				break
			}
		}
		if !joined {
			tk := toks[i]
			tk.feat = noFeature
			out = append(out, tk)
			i++
		}
	}
	return out
}

// bindNegation applies each negator to the content word it negates: the
// next one within reach for "not"/"no", the previous one for "nahi" (which
// follows the verb in Hindi) or the next when nothing precedes it.
func (t *tables) bindNegation(toks []token) {
	const reach = 3
	for i := range toks {
		switch toks[i].kind {
		case negPre:
			if j := t.nextContent(toks, i, reach); j >= 0 {
				t.negate(&toks[j])
			}
		case negPost:
			if j := t.prevContent(toks, i, reach); j >= 0 {
				t.negate(&toks[j])
			} else if j := t.nextContent(toks, i, reach); j >= 0 {
				t.negate(&toks[j])
			}
		}
	}
}

func (t *tables) nextContent(toks []token, i, reach int) int {
	for j := i + 1; j < len(toks) && j <= i+reach; j++ {
		if toks[j-1].comma {
			return -1
		}
		if toks[j].kind == content && toks[j].feat >= 0 {
			return j
		}
		// An unknown word is probably what is negated; better to negate
		// nothing than the word after it.
		if toks[j].kind == negPre || toks[j].kind == negPost || toks[j].kind == unknown {
			return -1
		}
	}
	return -1
}

func (t *tables) prevContent(toks []token, i, reach int) int {
	for j := i - 1; j >= 0 && j >= i-reach; j-- {
		if toks[j].comma {
			return -1
		}
		if toks[j].kind == content && toks[j].feat >= 0 {
			return j
		}
		if toks[j].kind == negPre || toks[j].kind == negPost {
			return -1
		}
	}
	return -1
}

// negate turns a feature into its negation: the concept the lexicon names
// for it ("!found" → notfound), or the feature's negated twin.
func (t *tables) negate(tk *token) {
	if tk.feat < 0 || tk.feat >= t.negBase {
		return
	}
	if m := t.negMap[tk.feat]; m >= 0 {
		tk.feat = m
	} else {
		tk.feat += t.negBase
	}
	tk.text = "not " + tk.text
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
			for _, f := range t.implies[tk.feat] {
				add(f)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
