package lookup

import (
	"slices"
	"strings"

	"github.com/sahilm/fuzzy"

	"github.com/httpcode/httpcode/catalog"
)

// Search finds entries whose name, old names or English summary match term,
// best first: every word of term in a name, then in a summary, then the
// letters of term in order, fzf-style, anywhere in a name or summary.
func Search(term string) []*catalog.Entry {
	q := Normalize(term)
	if q == "" || len(q) > maxQuery {
		return nil
	}
	if found := ByName(q); len(found) > 0 && len(strings.Fields(q)) > 0 {
		// Names first; then summaries add what names miss.
		return appendUnique(found, searchSummaries(q))
	}
	return searchSummaries(q)
}

func searchSummaries(q string) []*catalog.Entry {
	all := catalog.All()
	texts := make([]string, len(all))
	for i, e := range all {
		texts[i] = Normalize(e.Name + " " + strings.Join(e.Aliases, " ") + " " + e.Summary.En)
	}
	var out []*catalog.Entry
	words := strings.Fields(q)
	for i, t := range texts {
		tw := strings.Fields(t)
		all := true
		for _, w := range words {
			found := false
			for _, x := range tw {
				if strings.HasPrefix(x, w) || len(w) >= 5 && Distance(w, x, 1) <= 1 {
					found = true
					break
				}
			}
			all = all && found
		}
		if all {
			out = append(out, catalog.All()[i])
		}
	}
	if len(out) > 0 || len(q) < 4 {
		return out
	}
	for _, m := range fuzzy.Find(q, texts) {
		if compact(m.MatchedIndexes, len(q)) {
			out = append(out, all[m.Index])
		}
	}
	return out
}

func appendUnique(list, more []*catalog.Entry) []*catalog.Entry {
	for _, e := range more {
		if !slices.Contains(list, e) {
			list = append(list, e)
		}
	}
	return list
}
