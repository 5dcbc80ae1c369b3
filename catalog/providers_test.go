package catalog

import (
	"bufio"
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// providerEcosystems are the keys the provider records may use, one snapshot
// each in testdata/providers.
var providerEcosystems = []string{"aws", "azure", "gcp", "github", "kubernetes", "stripe"}

// providerKey identifies a provider record: the same name may have one
// status per service, and, where the provider documents two, two statuses.
type providerKey struct {
	ecosystem, name, service string
	code                     int
}

func (k providerKey) String() string {
	return fmt.Sprintf("%s %q (service %q) %d", k.ecosystem, k.name, k.service, k.code)
}

func keyOf(e ErrorName) providerKey {
	return providerKey{e.Ecosystem, e.Name, e.Service, e.Code}
}

// readProviderSnapshot reads testdata/providers/<ecosystem>.txt: tab-separated
// "name service status" lines ("-" for no service), each under the latest
// "source" line, which names where it was read. It returns each record's
// source.
func readProviderSnapshot(t *testing.T, ecosystem string) map[providerKey]string {
	t.Helper()
	path := filepath.Join("testdata", "providers", ecosystem+".txt")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	snap := map[providerKey]string{}
	source := ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if fields[0] == "source" {
			if len(fields) != 2 || fields[1] == "" {
				t.Fatalf("%s:%d: want \"source<TAB>where\", got %q", path, n, line)
			}
			source = fields[1]
			continue
		}
		if len(fields) != 3 {
			t.Fatalf("%s:%d: want name<TAB>service<TAB>status, got %q", path, n, line)
		}
		if source == "" {
			t.Fatalf("%s:%d: a record before any source line", path, n)
		}
		code, err := strconv.Atoi(fields[2])
		if err != nil {
			t.Fatalf("%s:%d: bad status %q", path, n, fields[2])
		}
		service := fields[1]
		if service == "-" {
			service = ""
		}
		k := providerKey{ecosystem, fields[0], service, code}
		if _, dup := snap[k]; dup {
			t.Errorf("%s:%d: %v listed twice", path, n, k)
		}
		snap[k] = source
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(snap) == 0 {
		t.Fatalf("%s: no records", path)
	}
	return snap
}

// TestProviderErrorsMatchSnapshots checks the table against the facts as
// read from each provider's sources, both ways: every record is in the
// snapshot with the same source, and every snapshot line is in the table.
func TestProviderErrorsMatchSnapshots(t *testing.T) {
	table := map[providerKey]string{}
	for _, e := range providerErrors {
		table[keyOf(e)] = e.Source
	}
	for _, eco := range providerEcosystems {
		t.Run(eco, func(t *testing.T) {
			snap := readProviderSnapshot(t, eco)
			for k, source := range snap {
				got, ok := table[k]
				switch {
				case !ok:
					t.Errorf("the source has %v; the table does not", k)
				case got != source:
					t.Errorf("%v: the table cites %q; the snapshot read it from %q", k, got, source)
				}
			}
			for k := range table {
				if _, ok := snap[k]; k.ecosystem == eco && !ok {
					t.Errorf("the table has %v; the snapshot of its source does not", k)
				}
			}
		})
	}
}

func TestProviderErrorsWellFormed(t *testing.T) {
	// A source is a documentation URL or "owner/repo path@commit-or-release".
	sourceForm := regexp.MustCompile(`^(https://\S+|[\w.-]+/[\w.-]+ \S+@[\w.-]+)$`)
	known := map[string]bool{}
	for _, eco := range providerEcosystems {
		known[eco] = true
	}
	for i, e := range providerErrors {
		k := keyOf(e)
		if i > 0 {
			p := keyOf(providerErrors[i-1])
			if c := cmp.Or(
				strings.Compare(p.ecosystem, k.ecosystem),
				strings.Compare(p.name, k.name),
				strings.Compare(p.service, k.service),
				cmp.Compare(p.code, k.code),
			); c >= 0 {
				t.Errorf("%v: not after %v (sort by ecosystem, name, service, code; no duplicates)", k, p)
			}
		}
		if !known[e.Ecosystem] {
			t.Errorf("%v: unknown ecosystem; want one of %v", k, providerEcosystems)
		}
		if e.Kind != ProviderError {
			t.Errorf("%v: kind %q, want %q", k, e.Kind, ProviderError)
		}
		if e.Name == "" || strings.TrimSpace(e.Name) != e.Name || strings.ContainsAny(e.Name, "\t\n") {
			t.Errorf("%v: name must be non-empty, trimmed, on one line", k)
		}
		if strings.TrimSpace(e.Service) != e.Service || strings.ContainsAny(e.Service, "\t\n") {
			t.Errorf("%v: service must be trimmed, on one line", k)
		}
		if len(ByCode(e.Code)) == 0 {
			t.Errorf("%v: the catalogue has no entry for %d", k, e.Code)
		}
		if !sourceForm.MatchString(e.Source) {
			t.Errorf("%v: source %q is neither a URL nor \"owner/repo path@ref\"", k, e.Source)
		}
		if (e.Note.En == "") != (e.Note.Hi == "") {
			t.Errorf("%v: a note needs both English and Hinglish", k)
		}
		for _, s := range []string{e.Note.En, e.Note.Hi} {
			if strings.ContainsAny(s, "\n\t") || strings.TrimSpace(s) != s {
				t.Errorf("%v: a note is one trimmed line: %q", k, s)
			}
		}
		for _, s := range e.Spellings {
			if s == "" || s == e.Name || strings.TrimSpace(s) != s {
				t.Errorf("%v: spelling %q is empty, untrimmed or the name itself", k, s)
			}
		}
	}
}

// TestProviderStatusesThatDependOnTheService pins the cases the issue names:
// one name, several services, several statuses. A regression here means a
// per-service record went missing.
func TestProviderStatusesThatDependOnTheService(t *testing.T) {
	for _, tc := range []struct {
		ecosystem, name string
		want            map[string][]int // service → statuses
	}{
		{"aws", "ResourceNotFoundException", map[string][]int{"DynamoDB": {400}, "Lambda": {404}, "Bedrock Runtime": {404}, "SQS": {404}}},
		{"aws", "ThrottlingException", map[string][]int{"": {400}, "DynamoDB": {400}, "Bedrock Runtime": {429}}},
		{"aws", "AccessDeniedException", map[string][]int{"": {403}, "DynamoDB": {400}, "RDS": {400}, "Bedrock Runtime": {403}}},
		{"azure", "ConditionNotMet", map[string][]int{"Storage": {304, 412}}},
		{"github", "API rate limit exceeded", map[string][]int{"": {403, 429}}},
	} {
		got := map[string][]int{}
		for _, e := range providerErrors {
			if e.Ecosystem == tc.ecosystem && e.Name == tc.name {
				got[e.Service] = append(got[e.Service], e.Code)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s %s: statuses by service %v, want %v", tc.ecosystem, tc.name, got, tc.want)
		}
	}
}
