package catalog

import (
	"bufio"
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestDefaultsAreWellFormed(t *testing.T) {
	for i := range defaults {
		d := &defaults[i]
		id := fmt.Sprintf("%s %s %q", d.Ecosystem, d.Case, d.Trigger)
		if !slices.Contains(defaultEcosystems, d.Ecosystem) {
			t.Errorf("%s: unknown ecosystem %q", id, d.Ecosystem)
		}
		if !slices.Contains(allCases, d.Case) {
			t.Errorf("%s: unknown case %q", id, d.Case)
		}
		if d.Trigger == "" || strings.TrimSpace(d.Trigger) != d.Trigger || strings.ContainsAny(d.Trigger, "\t\n|") {
			t.Errorf("%s: trigger must be one trimmed line without tabs or bars", id)
		}
		checkCodeKnown(t, id, d.Code)
		checkSource(t, id, d.Source)
		checkSince(t, id, d.Since)
		checkNote(t, id, d.Note)
		if i > 0 {
			prev := &defaults[i-1]
			switch c := cmp.Or(cmp.Compare(prev.Ecosystem, d.Ecosystem), cmp.Compare(prev.Case, d.Case), cmp.Compare(prev.Trigger, d.Trigger)); {
			case c == 0:
				t.Errorf("%s: listed twice", id)
			case c > 0:
				t.Errorf("%s: out of order after %s %s %q", id, prev.Ecosystem, prev.Case, prev.Trigger)
			}
		}
	}
	for _, eco := range defaultEcosystems {
		if !slices.ContainsFunc(defaults, func(d Default) bool { return d.Ecosystem == eco }) {
			t.Errorf("%s: no defaults", eco)
		}
	}
}

// TestDefaultSnapshot compares the defaults with testdata/defaults.txt, both
// ways. Each snapshot line is "ecosystem | case | trigger | code | where",
// and "where" must name the record's Source (it may say more: the setting,
// the line, the release the behaviour changed in).
func TestDefaultSnapshot(t *testing.T) {
	path := filepath.Join("testdata", "defaults.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type key struct {
		eco     string
		c       DefaultCase
		trigger string
	}
	type fact struct {
		code  int
		where string
	}
	want := map[key]fact{}
	var header strings.Builder
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			header.WriteString(line)
			continue
		}
		fields := strings.Split(line, " | ")
		if len(fields) != 5 {
			t.Fatalf("%s:%d: want 5 fields separated by \" | \", got %q", path, n, line)
		}
		code, err := strconv.Atoi(fields[3])
		if err != nil {
			t.Fatalf("%s:%d: code %q", path, n, fields[3])
		}
		k := key{fields[0], DefaultCase(fields[1]), fields[2]}
		if _, dup := want[k]; dup {
			t.Errorf("%s:%d: %v twice", path, n, k)
		}
		if fields[4] == "" {
			t.Errorf("%s:%d: no source", path, n)
		}
		want[k] = fact{code, fields[4]}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if header.Len() == 0 {
		t.Errorf("%s: no header", path)
	}
	got := map[key]Default{}
	for _, d := range defaults {
		got[key{d.Ecosystem, d.Case, d.Trigger}] = d
	}
	for k, w := range want {
		d, ok := got[k]
		switch {
		case !ok:
			t.Errorf("%v: in the snapshot, not in the table", k)
		case d.Code != w.code:
			t.Errorf("%v: %d in the table, %d in the snapshot", k, d.Code, w.code)
		case !strings.Contains(w.where, d.Source):
			t.Errorf("%v: the snapshot's source %q does not name the table's %q", k, w.where, d.Source)
		}
	}
	for k, d := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%v: %d in the table, not in the snapshot", k, d.Code)
		}
	}
}

// TestRedirectDefaultsAreRedirects keeps the redirect and trailing-slash
// cases honest: a 3xx, or a note saying why not.
func TestRedirectDefaultsAreRedirects(t *testing.T) {
	for _, d := range defaults {
		if (d.Case == CaseRedirect || d.Case == CaseTrailingSlash) && d.Code/100 != 3 && d.Note.IsZero() {
			t.Errorf("%s %q: %d is no redirect and no note says why", d.Ecosystem, d.Trigger, d.Code)
		}
	}
}
