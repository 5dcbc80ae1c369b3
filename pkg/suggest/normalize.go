package suggest

import (
	"strings"

	"github.com/httpcode/httpcode/pkg/lookup"
)

// Stage 2 of the pipeline, normal forms: identifiers the tables do not know
// whole are replaced by their words, sizes by their unit, every word is
// stemmed ("creating", "created" → "creat"), and a typo is corrected
// against the known words.

// normalize runs stage 2 on the tokens of stage 1.
func (t *tables) normalize(toks []token, fixTypos bool) []token {
	toks = t.splitUnknown(toks)
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
	return toks
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
	if _, ok := t.inPhrase.search(tk.stem); ok {
		return false
	}
	return !t.isStop(tk.text) && !t.isNegPre(tk.text) && !t.isNegPost(tk.text)
}

// correct finds the known word a typo most likely meant: one edit away for
// words of four to eight letters, two for longer ones. A four-letter word
// must keep its first and last letters ("foud" → "found"), since most short
// words we do not know are real words, not typos.
func (t *tables) correct(stem string) (string, bool) {
	limit, ok := typoLimit(stem)
	if !ok {
		return "", false
	}
	// Typos keep the first letter, or swap the first two, so only the
	// words that start with either letter are candidates: two runs of the
	// sorted list, walked in list order so that ties go as before.
	first, second := stem[0], stem[1]
	runs := [2][2]int{t.startingWith(first), t.startingWith(second)}
	if second < first {
		runs[0], runs[1] = runs[1], runs[0]
	} else if second == first {
		runs[1] = [2]int{}
	}
	best, bestDist := -1, limit+1
	for _, run := range runs {
		for i := run[0]; i < run[1]; i++ {
			if d := t.typoDistance(stem, i, limit); d < bestDist {
				best, bestDist = i, d
			}
		}
	}
	if best < 0 {
		return "", false
	}
	return t.words.at(best), true
}

// typoLimit returns how many edits a correction of stem may make, and
// whether stem may be corrected at all.
func typoLimit(stem string) (int, bool) {
	switch n := len(stem); {
	case n < 4 || n == 4 && stem[3] == 's':
		// "pets" is a plural the stemmer leaves whole, not a typo of "puts".
		return 0, false
	case n >= 9:
		return 2, true
	}
	return 1, true
}

// startingWith returns the run [lo, hi) of t.words that start with c.
func (t *tables) startingWith(c byte) [2]int {
	lo, hi := t.words.from(string(c)), t.words.from(string(c+1))
	return [2]int{lo, hi}
}

// typoDistance is the edit distance from stem to t.words[i] when that word
// is a candidate correction, or limit+1 when it is not.
func (t *tables) typoDistance(stem string, i, limit int) int {
	n, w := len(stem), t.words.at(i)
	switch {
	case len(w) < n-limit || len(w) > n+limit || len(w) < 4:
		return limit + 1
	case t.ident[t.wordFeat[i]]:
		return limit + 1 // a typo in a quoted name is no name
	case n == 4 && (w[0] != stem[0] || w[len(w)-1] != stem[n-1] || !t.lexical[t.wordFeat[i]]):
		return limit + 1
	case w[0] != stem[0] && !(w[0] == stem[1] && w[1] == stem[0]):
		// Keeping the first letter (or swapping the first two) also keeps
		// real words from turning into others ("older" is not "folder").
		return limit + 1
	}
	return lookup.Distance(stem, w, limit)
}
