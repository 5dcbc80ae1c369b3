package suggest

import (
	"strconv"
	"strings"

	"github.com/httpcode/httpcode/catalog"
)

// The clause stage reads a question's structure, not its words: which part
// states what happened and which only sets the scene, and which status code
// the question quotes as today's wrong answer rather than asks about.
//
//   - A contrast ("X but Y", "lekin", "however") puts the deciding fact
//     after the marker: the words before it weigh less.
//   - A concession ("even though X", "although X", "despite X") sets X
//     aside up to the next comma or contrast.
//   - A code quoted as the current behaviour ("currently returns 204",
//     "crashes with a 500", "instead of 403") in a question that asks for a
//     correction ("what should it return instead?") is not the answer: its
//     name's words are dropped and the code steps back.
//
//   - A code blamed for the trouble ("302 makes clients switch to GET",
//     "301 breaks the POST") is not the answer either.
//
// The marker lists are data, in the lexicon's @contrast, @concede, @current,
// @correction, @rejected, @instead and @blamed lines.

// clauses is what the clause stage learnt about a question.
type clauses struct {
	weight    []float64 // per token: how much its words count
	mentioned []int     // codes the question names as numbers, to lean towards
	current   []int     // codes it quotes as today's behaviour, to step back from
}

// Clause weights, set by measuring the development sets.
const (
	beforeContrast = 0.7 // words before "but"
	conceded       = 0.5 // words after "even though", up to the next comma
)

// flatWord is one word of the question with the token it belongs to (a
// joined phrase holds several words).
type flatWord struct {
	text string
	tok  int
}

func flatten(toks []token) []flatWord {
	out := make([]flatWord, 0, len(toks)+4)
	for i, tk := range toks {
		text := strings.TrimPrefix(tk.text, "not ")
		for _, w := range strings.Fields(text) {
			out = append(out, flatWord{w, i})
		}
	}
	return out
}

// markerAt reports how many words of flat, from i, spell one of the
// markers (each a phrase of one or more words), or 0.
func markerAt(flat []flatWord, i int, markers []string) int {
	for _, m := range markers {
		if !strings.HasPrefix(m, flat[i].text) {
			continue
		}
		words := strings.Fields(m)
		if i+len(words) > len(flat) {
			continue
		}
		ok := true
		for j, w := range words {
			ok = ok && flat[i+j].text == w
		}
		if ok {
			return len(words)
		}
	}
	return 0
}

func (t *tables) clauses(toks []token) clauses {
	c := clauses{weight: make([]float64, len(toks))}
	for i := range c.weight {
		c.weight[i] = 1
	}
	flat := flatten(toks)
	correction := false
	for i := range flat {
		if markerAt(flat, i, t.correction) > 0 {
			correction = true
		}
	}
	for i := 0; i < len(flat); i++ {
		if n := markerAt(flat, i, t.contrast); n > 0 && i > 0 && t.saysSomething(toks[flat[i].tok+1:]) {
			for j := 0; j < flat[i].tok; j++ {
				c.weight[j] = min(c.weight[j], beforeContrast)
			}
			i += n - 1
			continue
		}
		if n := markerAt(flat, i, t.concede); n > 0 {
			end := flat[i].tok
			for j := end + 1; j < len(toks); j++ {
				if markerAt(flat, firstFlat(flat, j), t.contrast) > 0 {
					break
				}
				c.weight[j] = min(c.weight[j], conceded)
				if toks[j].comma {
					break
				}
			}
			i += n - 1
		}
	}

	lastQuoted := -10 // flat index of the last code quoted
	for i, tk := range toks {
		// "502 nahi": the negator has bound to the code.
		text, negated := strings.CutPrefix(tk.text, "not ")
		code, ok := codeIn(text)
		if !ok {
			continue
		}
		fi := firstFlat(flat, i)
		quoted := negated
		// "instead of 403", "rather than a 500": the rejected code.
		for back := 1; back <= 4 && fi-back >= 0; back++ {
			if markerAt(flat, fi-back, t.rejected) > 0 {
				quoted = true
			}
			if correction && markerAt(flat, fi-back, t.current) > 0 {
				quoted = true
			}
		}
		// "not 403", "so not a 400", "not the 101 switch"; Hindi after
		// the code: "403 nahi". A code ruled out is no more the answer
		// than one quoted as today's.
		if ruledOut(toks, i) {
			quoted = true
		}
		if fi+1 < len(flat) && markerAt(flat, fi+1, t.instead) > 0 {
			quoted = true // "403 ke jagah"
		}
		// "302 makes some clients switch to GET": the code is the
		// trouble the question is about, not its answer.
		for ahead := 1; ahead <= 2 && fi+ahead < len(flat); ahead++ {
			if markerAt(flat, fi+ahead, t.blamed) > 0 {
				quoted = true
				t.unwanted(toks, flat[fi+ahead].tok+1)
				break
			}
		}
		// Hindi puts the verb after the object: "500 aa raha hai".
		for ahead := 1; ahead <= 3 && correction && fi+ahead < len(flat); ahead++ {
			if markerAt(flat, fi+ahead, t.current) > 0 {
				quoted = true
			}
		}
		// "409 or 412": a code listed with a quoted one is quoted too.
		if fi-2 == lastQuoted && (flat[fi-1].text == "or" || flat[fi-1].text == "and" || flat[fi-1].text == "ya" || flat[fi-1].text == "aur") {
			quoted = true
		}
		if quoted {
			lastQuoted = fi
			c.current = append(c.current, code)
			dropName(toks, flat, i, code)
		} else {
			c.mentioned = append(c.mentioned, code)
		}
	}
	return c
}

// unwanted negates what a blamed code does, from toks[from] to the end of
// its clause: the question wants the opposite ("302 makes clients switch
// to GET" asks for a redirect that keeps the method).
func (t *tables) unwanted(toks []token, from int) {
	for j := from; j < len(toks); j++ {
		if toks[j].kind == content {
			t.negate(&toks[j])
		}
		if toks[j].comma {
			return
		}
	}
}

// ruledOut reports whether the code at toks[i] is negated: a look-ahead
// negator just before it (an article may stand between) or a look-back one
// just after it.
func ruledOut(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && (toks[j].text == "a" || toks[j].text == "an" || toks[j].text == "the") {
		j--
	}
	if j >= 0 && toks[j].kind == negPre && !toks[j].comma {
		return true
	}
	return i+1 < len(toks) && toks[i+1].kind == negPost && !toks[i].comma
}

// saysSomething reports whether tokens hold a concept of the lexicon, not
// only free words: a contrast whose second half says nothing we know does
// not outweigh its first.
func (t *tables) saysSomething(toks []token) bool {
	for _, tk := range toks {
		if f := tk.feat % t.negBase; tk.feat >= 0 && t.lexical[f] {
			return true
		}
	}
	return false
}

// firstFlat returns the index of token tok's first word in flat.
func firstFlat(flat []flatWord, tok int) int {
	for i, f := range flat {
		if f.tok >= tok {
			return i
		}
	}
	return len(flat)
}

// codeIn reads a status code the catalogue knows from a word: "500".
func codeIn(text string) (int, bool) {
	if len(text) != 3 || text[0] < '1' || text[0] > '9' {
		return 0, false
	}
	code, err := strconv.Atoi(text)
	if err != nil || len(catalog.ByCode(code)) == 0 {
		return 0, false
	}
	return code, true
}

// dropName silences the words of a quoted code's name around it ("204 No
// Content", "Internal Server Error 500"), which describe today's answer,
// not the situation.
func dropName(toks []token, flat []flatWord, at, code int) {
	fi := firstFlat(flat, at)
	for _, e := range catalog.ByCode(code) {
		name := strings.FieldsFunc(strings.ToLower(e.Name), func(r rune) bool { return r == ' ' || r == '-' || r == '\'' })
		if len(name) == 0 {
			continue
		}
		for _, from := range []int{fi + 1, fi - len(name)} {
			if from < 0 || from+len(name) > len(flat) {
				continue
			}
			ok := true
			for j, w := range name {
				ok = ok && flat[from+j].text == w
			}
			if ok {
				for j := from; j < from+len(name); j++ {
					toks[flat[j].tok].feat = stopFeature
				}
				return
			}
		}
	}
}
