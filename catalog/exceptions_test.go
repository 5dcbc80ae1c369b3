package catalog

import (
	"bufio"
	"cmp"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// exceptionEcosystems are the frameworks whose exceptions the table carries,
// one snapshot each in testdata/exceptions.
var exceptionEcosystems = []string{
	"aspnetcore", "django", "express", "fastapi", "laravel", "nestjs", "rails", "spring", "symfony",
}

// defaultEcosystems may appear in the defaults table: the frameworks above and
// the servers and frameworks that have defaults but no exception table.
var defaultEcosystems = append([]string{"apache", "nextjs", "nginx"}, exceptionEcosystems...)

var allCases = []DefaultCase{
	CaseRedirect, CaseValidation, CaseUnauthenticated, CaseForbidden, CaseNoRoute, CaseMethod, CaseUnhandled,
	CaseBodyTooLarge, CaseTimeout, CaseTrailingSlash, CaseCSRF, CaseUpstreamDown, CaseClientClosed, CaseHeaderTooLarge,
}

// sourcePattern is what a Source must look like: "owner/repo path[@ref]",
// optionally followed by more words, or a documentation URL.
var sourcePattern = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+ [^ ]+.*|https://[^ ]+)$`)
})

// sincePattern is "<Framework name> <version>": "Rails 8.1", "Laravel 5.5".
var sincePattern = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[A-Z][A-Za-z.]*( [A-Z][A-Za-z.]*)? [0-9]+(\.[0-9]+)*$`)
})

func TestExceptionsAreWellFormed(t *testing.T) {
	for i := range exceptions {
		x := &exceptions[i]
		id := x.Ecosystem + " " + x.Name
		if !slices.Contains(exceptionEcosystems, x.Ecosystem) {
			t.Errorf("%s: ecosystem %q has no snapshot", id, x.Ecosystem)
		}
		if x.Kind != Exception {
			t.Errorf("%s: kind %q, want %q", id, x.Kind, Exception)
		}
		if x.Service != "" {
			t.Errorf("%s: a framework exception has no service", id)
		}
		checkName(t, id, x.Name)
		for _, s := range x.Spellings {
			checkName(t, id, s)
			if s == x.Name {
				t.Errorf("%s: spelling %q repeats the name", id, s)
			}
		}
		if dup := firstDuplicate(x.Spellings); dup != "" {
			t.Errorf("%s: spelling %q twice", id, dup)
		}
		checkCodeKnown(t, id, x.Code)
		checkSource(t, id, x.Source)
		checkSince(t, id, x.Since)
		checkNote(t, id, x.Note)
		if i > 0 {
			prev := &exceptions[i-1]
			switch c := cmp.Or(cmp.Compare(prev.Ecosystem, x.Ecosystem), cmp.Compare(prev.Name, x.Name)); {
			case c == 0:
				t.Errorf("%s: listed twice", id)
			case c > 0:
				t.Errorf("%s: out of order after %s %s", id, prev.Ecosystem, prev.Name)
			}
		}
	}
}

// TestExceptionSnapshots compares the table with the snapshots in
// testdata/exceptions, both ways: every pair read from a framework's source
// is in the table with the same code, and the table has nothing for that
// framework the snapshot lacks.
func TestExceptionSnapshots(t *testing.T) {
	for _, eco := range exceptionEcosystems {
		t.Run(eco, func(t *testing.T) {
			want := readPairSnapshot(t, filepath.Join("testdata", "exceptions", eco+".txt"))
			got := map[string]int{}
			for _, x := range exceptions {
				if x.Ecosystem == eco {
					got[x.Name] = x.Code
				}
			}
			for name, code := range want {
				switch have, ok := got[name]; {
				case !ok:
					t.Errorf("%s: %d %s is in the snapshot, not in the table", eco, code, name)
				case have != code:
					t.Errorf("%s: %s is %d in the table, %d in the snapshot", eco, name, have, code)
				}
			}
			for name, code := range got {
				if _, ok := want[name]; !ok {
					t.Errorf("%s: %d %s is in the table, not in the snapshot", eco, code, name)
				}
			}
		})
	}
}

// readPairSnapshot reads "code name" lines after a header of "#" comments
// that must say where the pairs were read.
func readPairSnapshot(t *testing.T, path string) map[string]int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pairs := map[string]int{}
	var header strings.Builder
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			header.WriteString(line)
			continue
		}
		code, name, ok := strings.Cut(line, " ")
		c, err := strconv.Atoi(code)
		if !ok || err != nil || name == "" || strings.Contains(name, " ") {
			t.Fatalf("%s:%d: want \"code name\", got %q", path, n, line)
		}
		if _, dup := pairs[name]; dup {
			t.Errorf("%s:%d: %s twice", path, n, name)
		}
		pairs[name] = c
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	checkSnapshotHeader(t, path, header.String())
	if len(pairs) == 0 {
		t.Fatalf("%s: no pairs", path)
	}
	return pairs
}

// checkSnapshotHeader wants a header naming a repository and a commit or
// release, so the snapshot can be read again from the same place.
func checkSnapshotHeader(t *testing.T, path, header string) {
	t.Helper()
	if !regexp.MustCompile(`[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+ `).MatchString(header) {
		t.Errorf("%s: the header names no repository", path)
	}
	if !regexp.MustCompile(`commit [0-9a-f]{12,40}|\bv?[0-9]+\.[0-9]+(\.[0-9]+)*\b`).MatchString(header) {
		t.Errorf("%s: the header names no commit or release", path)
	}
}

func checkName(t *testing.T, id, name string) {
	t.Helper()
	if name == "" || strings.TrimSpace(name) != name || strings.ContainsAny(name, "\t\n") {
		t.Errorf("%s: name %q must be one trimmed line", id, name)
	}
}

func checkCodeKnown(t *testing.T, id string, code int) {
	t.Helper()
	if ByCode(code) == nil {
		t.Errorf("%s: code %d has no entry in the catalogue", id, code)
	}
}

func checkSource(t *testing.T, id, src string) {
	t.Helper()
	if !sourcePattern().MatchString(src) {
		t.Errorf("%s: source %q is neither \"owner/repo path@ref\" nor a URL", id, src)
	}
}

func checkSince(t *testing.T, id, since string) {
	t.Helper()
	if since != "" && !sincePattern().MatchString(since) {
		t.Errorf("%s: since %q, want \"<Framework> <version>\"", id, since)
	}
}

func checkNote(t *testing.T, id string, note Text) {
	t.Helper()
	if note.IsZero() {
		return
	}
	if note.En == "" || note.Hi == "" {
		t.Errorf("%s: a note needs English and Hinglish", id)
	}
	for _, s := range []string{note.En, note.Hi} {
		if strings.ContainsAny(s, "\n\t") || strings.TrimSpace(s) != s || !strings.HasSuffix(s, ".") {
			t.Errorf("%s: note %q must be one trimmed sentence ending in a full stop", id, s)
		}
		if len([]rune(s)) > 160 {
			t.Errorf("%s: note %q is over 160 characters", id, s)
		}
	}
}

func firstDuplicate(ss []string) string {
	seen := map[string]bool{}
	for _, s := range ss {
		if seen[s] {
			return s
		}
		seen[s] = true
	}
	return ""
}
