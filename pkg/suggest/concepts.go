package suggest

import (
	"strings"
)

// Stage 3 of the pipeline, concepts: multi-word phrases ("rate limit",
// "ban gaya") join into one concept, words become concepts or free words
// (or function words, which carry nothing), and negators ("not", "no",
// "nahi") bind to the word they negate. analyze runs stages 1 to 3.

// analyze runs stages 1 to 3 on text: words, normal forms, concepts. It
// returns the tokens in order of appearance, each with its feature.
func (t *tables) analyze(text string) []token { return t.analyzeWith(text, true) }

// analyzeWith is analyze with typo correction on or off.
func (t *tables) analyzeWith(text string, fixTypos bool) []token {
	return t.concepts(t.normalize(words(text), fixTypos))
}

// concepts runs stage 3 on normalised tokens.
func (t *tables) concepts(toks []token) []token {
	toks = t.joinPhrases(toks)
	for i := range toks {
		tk := &toks[i]
		if tk.feat != noFeature {
			continue // a phrase
		}
		switch {
		case continues(toks, i):
			tk.kind, tk.feat = stop, stopFeature
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

// continues reports whether toks[i] is "keep" saying that something goes
// on ("keeps popping up", "kept failing"), not that something is kept.
func continues(toks []token, i int) bool {
	switch toks[i].text {
	case "keep", "keeps", "kept", "keeping":
	default:
		return false
	}
	if i+1 >= len(toks) || toks[i].comma {
		return false
	}
	next := toks[i+1].text
	return len(next) > 5 && strings.HasSuffix(next, "ing")
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
				kind := content
				if f == stopFeature {
					kind = stop
				}
				out = append(out, token{text: strings.Join(texts, " "), stem: "", feat: f, kind: kind, comma: toks[i+n-1].comma})
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
				if i+1 < len(toks) && (toks[i+1].text == "a" || toks[i+1].text == "an") {
					// "not a timeout", "not a permissions problem": the
					// question rules a diagnosis out; it does not say
					// that something is absent. The word drops out.
					toks[j].feat, toks[j].kind = stopFeature, stop
					toks[j].text = "not " + toks[j].text
					continue
				}
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
