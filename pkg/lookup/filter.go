package lookup

import (
	"strconv"
	"strings"
	"sync"

	"github.com/httpcode/httpcode/catalog"
)

var (
	filterOnce  sync.Once
	filterIdx   []label
	filterTexts []string
)

// filterIndex is the name index plus every ecosystem constant, built the
// first time `httpcode browse` filters.
func filterIndex() []label {
	filterOnce.Do(func() {
		filterIdx = append(filterIdx, nameIndex()...)
		for _, e := range catalog.All() {
			for _, c := range Constants(e) {
				filterIdx = append(filterIdx, newLabel(e, bareIdentifier(c.Identifier), true))
			}
		}
		filterTexts = make([]string, len(filterIdx))
		for i := range filterIdx {
			filterTexts[i] = filterIdx[i].text
		}
	})
	return filterIdx
}

// Filter returns the entries that match text, best first, for a list that
// narrows as a person types: digits match codes by their start ("41" finds
// 410 to 418); anything else goes through ByName's matchers (exact name,
// every word, words with typos, letters in order as fzf takes them) over
// names, former names and constants. Unlike ByName it keeps what every
// matcher finds, uncut, so the list shrinks smoothly. An empty text
// matches every entry, in code order.
func Filter(text string) []*catalog.Entry {
	text = strings.TrimSpace(text)
	if text == "" {
		return catalog.All()
	}
	if isDigits(text) {
		var out []*catalog.Entry
		for _, e := range catalog.All() {
			if strings.HasPrefix(strconv.Itoa(e.Code), text) {
				out = append(out, e)
			}
		}
		return out
	}
	q := Normalize(text)
	if q == "" || len(q) > maxQuery {
		return nil
	}
	idx := filterIndex()
	var found []scored
	// Each matcher's finds rank below the previous matcher's: scores are
	// shifted by the matcher's rank, then ordered together.
	for rank, match := range []func(string, []label) []scored{exactMatch, wordMatch, typoMatch, func(q string, idx []label) []scored {
		return fuzzyMatchIn(q, idx, filterTexts)
	}} {
		for _, f := range match(q, idx) {
			found = append(found, scored{f.entry, float64(-rank)*1e6 + f.score})
		}
	}
	return ranked(found, 0)
}
