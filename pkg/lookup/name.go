package lookup

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/sahilm/fuzzy"

	"github.com/httpcode/httpcode/catalog"
)

// label is one name or alias of an entry, normalised for matching.
type label struct {
	entry *catalog.Entry
	text  string   // normalised: lower case, words separated by one space
	words []string // text split into words
	alias bool
}

var (
	labelsOnce sync.Once
	labels     []label
	labelTexts []string // labels[i].text, the form sahilm/fuzzy takes
)

// nameIndex is built on the first name query only: a code lookup never
// pays for it.
func nameIndex() []label {
	labelsOnce.Do(func() {
		for _, e := range catalog.All() {
			labels = append(labels, newLabel(e, e.Name, false))
			for _, a := range e.Aliases {
				labels = append(labels, newLabel(e, a, true))
			}
		}
		labelTexts = make([]string, len(labels))
		for i := range labels {
			labelTexts[i] = labels[i].text
		}
	})
	return labels
}

func newLabel(e *catalog.Entry, s string, alias bool) label {
	text := Normalize(s)
	return label{entry: e, text: text, words: strings.Fields(text), alias: alias}
}

// Normalize lower-cases s, drops apostrophes ("I'm" becomes "im") and turns
// every other run of non-alphanumeric characters into one space.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\'' || r == '’':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// ByName returns the entries whose name or alias matches q, best first: an
// exact name, then names holding every word of q (typos forgiven), then
// fuzzy matches of the letters in order. It returns at most a handful.
func ByName(q string) []*catalog.Entry {
	q = Normalize(q)
	if q == "" {
		return nil
	}
	idx := nameIndex()
	for _, match := range []func(string, []label) []scored{exactMatch, wordMatch, typoMatch, fuzzyMatch} {
		if found := match(q, idx); len(found) > 0 {
			return best(found)
		}
	}
	return nil
}

type scored struct {
	entry *catalog.Entry
	score float64 // higher is better
}

// best orders matches by score, keeps each entry once and cuts the list.
func best(found []scored) []*catalog.Entry { return ranked(found, maxNameResults) }

// ranked orders matches by score and keeps each entry once, at most limit
// of them (no limit when it is 0).
func ranked(found []scored, limit int) []*catalog.Entry {
	slices.SortStableFunc(found, func(a, b scored) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		if a.entry.Official() != b.entry.Official() {
			if a.entry.Official() {
				return -1
			}
			return 1
		}
		return a.entry.Code - b.entry.Code
	})
	var out []*catalog.Entry
	for _, f := range found {
		if !slices.Contains(out, f.entry) {
			out = append(out, f.entry)
		}
		if len(out) == limit {
			break
		}
	}
	return out
}

func exactMatch(q string, idx []label) []scored {
	var found []scored
	for _, l := range idx {
		if l.text == q {
			found = append(found, scored{l.entry, 1})
		}
	}
	return found
}

// wordMatch finds labels that contain every word of q, as a word or the
// start of one; the fewer other words a label has, the better it fits.
func wordMatch(q string, idx []label) []scored {
	return matchWords(q, idx, func(qw, lw string) bool { return strings.HasPrefix(lw, qw) })
}

// typoMatch is wordMatch forgiving a typo or two per word.
func typoMatch(q string, idx []label) []scored {
	return matchWords(q, idx, func(qw, lw string) bool {
		if len(qw) < 4 {
			return false
		}
		max := 1
		if len(qw) >= 8 {
			max = 2
		}
		return Distance(qw, lw, max) <= max
	})
}

func matchWords(q string, idx []label, same func(queryWord, labelWord string) bool) []scored {
	qwords := strings.Fields(q)
	var found []scored
	for _, l := range idx {
		matched := 0
		for _, qw := range qwords {
			if slices.ContainsFunc(l.words, func(lw string) bool { return same(qw, lw) }) {
				matched++
			}
		}
		if matched < len(qwords) {
			continue
		}
		score := float64(len(qwords)) / float64(len(l.words))
		if l.alias {
			score *= 0.9
		}
		found = append(found, scored{l.entry, score})
	}
	return found
}

// fuzzyMatch takes q's letters in order anywhere in a label, the way fzf
// does. Only matches close to the best one are kept, so stray letters in a
// long name do not turn up noise.
func fuzzyMatch(q string, idx []label) []scored { return fuzzyMatchIn(q, idx, labelTexts) }

// fuzzyMatchIn is fuzzyMatch over another index; texts[i] is idx[i].text.
func fuzzyMatchIn(q string, idx []label, texts []string) []scored {
	if len(q) < 3 {
		return nil
	}
	matches := fuzzy.Find(q, texts)
	if len(matches) == 0 {
		return nil
	}
	top := matches[0].Score
	var found []scored
	for _, m := range matches {
		if m.Score < top-10 || !compact(m.MatchedIndexes, len(q)) {
			continue
		}
		found = append(found, scored{idx[m.Index].entry, float64(m.Score)})
	}
	return found
}

// compact reports whether matched letters mostly sit together: no more than
// one break for every three letters of the query.
func compact(indexes []int, n int) bool {
	breaks := 0
	for i := 1; i < len(indexes); i++ {
		if indexes[i] != indexes[i-1]+1 {
			breaks++
		}
	}
	return breaks <= n/3
}

// DidYouMean returns the name closest to q when it is near enough to be a
// likely typo, or "".
func DidYouMean(q string) string {
	q = Normalize(q)
	if q == "" || len(q) > 60 {
		return ""
	}
	limit := max(2, len(q)/4)
	bestName, bestDist := "", limit+1
	for _, l := range nameIndex() {
		if d := Distance(q, l.text, limit); d < bestDist {
			bestName, bestDist = l.entry.Name, d
		}
	}
	return bestName
}

// Distance is the optimal-string-alignment edit distance between a and b
// (insertions, deletions, substitutions and swaps of neighbours), counted
// in bytes. It stops early and returns max+1 once the distance must exceed max.
func Distance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
