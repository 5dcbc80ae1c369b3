package lookup

import (
	"slices"
	"testing"

	"github.com/httpcode/httpcode/catalog"
)

func TestFilter(t *testing.T) {
	tests := []struct {
		text  string
		first int   // the code of the best match
		has   []int // codes that must be among the matches
		not   []int // codes that must not
	}{
		{"tea", 418, nil, []int{404}},
		{"teapot", 418, nil, nil},
		{"41", 410, []int{411, 418}, []int{401, 420 + 100}},
		{"5", 500, []int{504, 599}, []int{404}},
		{"StatusTooManyRequests", 429, nil, nil},         // a constant
		{"HTTP_422_UNPROCESSABLE_ENTITY", 422, nil, nil}, // a constant with a former name
		{"unprocessable entity", 422, nil, nil},          // a former name
		{"gatway timeout", 504, nil, []int{502}},         // a typo
		{"toomany", 429, nil, nil},                       // letters in order
	}
	for _, tt := range tests {
		got := codes(Filter(tt.text))
		if len(got) == 0 || got[0] != tt.first {
			t.Errorf("Filter(%q) = %v; want %d first", tt.text, got, tt.first)
			continue
		}
		for _, c := range tt.has {
			if !slices.Contains(got, c) {
				t.Errorf("Filter(%q) = %v; want %d among them", tt.text, got, c)
			}
		}
		for _, c := range tt.not {
			if slices.Contains(got, c) {
				t.Errorf("Filter(%q) = %v; want no %d", tt.text, got, c)
			}
		}
		seen := map[*catalog.Entry]bool{}
		for _, e := range Filter(tt.text) {
			if seen[e] {
				t.Errorf("Filter(%q) lists %d twice", tt.text, e.Code)
			}
			seen[e] = true
		}
	}
	if all := Filter("  "); len(all) != len(catalog.All()) {
		t.Errorf("an empty filter matches %d entries; want all %d", len(all), len(catalog.All()))
	}
	if got := Filter("zzqqxx"); len(got) != 0 {
		t.Errorf("Filter(nonsense) = %v; want nothing", codes(got))
	}
}
