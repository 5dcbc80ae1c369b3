package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Stage 1 of the pipeline, words: text becomes lower-case tokens. A
// question and a catalogue situation go through the same stages, so they
// meet in the same feature space. Punctuation ends a negation's reach (the
// token's comma flag); "n't" becomes a "not" of its own; identifiers pasted
// from code and logs (RecordNotFound, FAILED_PRECONDITION) keep their parts
// for the next stage.

// feature is a concept or free-word ID; negated features are offset by
// tables.negBase.
type feature = int32

// token is one word of the input on its way to becoming a feature.
type token struct {
	text  string   // as the user wrote it, lower-cased
	raw   string   // an identifier as the user wrote it (ThrottlingException), to quote back
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
				last.raw = raw
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
