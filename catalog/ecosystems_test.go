package catalog

import (
	"cmp"
	"strings"
	"testing"
)

func TestEcosystems(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range Ecosystems() {
		if e.Key == "" || e.Key != strings.ToLower(e.Key) || e.Name == "" || e.Kind == "" {
			t.Errorf("%+v: a lower-case key, a name and a kind are needed", e)
		}
		if seen[e.Key] {
			t.Errorf("ecosystem %s twice", e.Key)
		}
		seen[e.Key] = true
	}
	// The nine whose constants the entries carry come first, in the order
	// the cards list them.
	for i, key := range []string{"go", "python", "node", "java", "dotnet", "rust", "django", "rails", "php"} {
		if Ecosystems()[i].Key != key {
			t.Errorf("ecosystem %d is %s, want %s", i, Ecosystems()[i].Key, key)
		}
	}
	if _, ok := EcosystemByKey("grpc"); !ok {
		t.Error("no grpc ecosystem")
	}
}

func TestErrorNames(t *testing.T) {
	if n := len(ErrorNames()); n != len(exceptions)+len(providerErrors) {
		t.Fatalf("ErrorNames has %d records, want %d", n, len(exceptions)+len(providerErrors))
	}
	check := func(part string, list []ErrorName, kind ErrorKind) {
		for i, n := range list {
			what := n.Ecosystem + " " + n.Name
			if n.Service != "" {
				what += " (" + n.Service + ")"
			}
			if _, ok := EcosystemByKey(n.Ecosystem); !ok {
				t.Errorf("%s: %s: unknown ecosystem %q", part, what, n.Ecosystem)
			}
			if n.Kind != kind {
				t.Errorf("%s: %s: kind %q, want %q", part, what, n.Kind, kind)
			}
			if strings.TrimSpace(n.Name) != n.Name || n.Name == "" {
				t.Errorf("%s: %s: empty name or stray spaces", part, what)
			}
			if len(ByCode(n.Code)) == 0 {
				t.Errorf("%s: %s: %d is not in the catalogue", part, what, n.Code)
			}
			if n.Source == "" {
				t.Errorf("%s: %s: no source", part, what)
			}
			if n.Note.En == "" && n.Note.Hi != "" {
				t.Errorf("%s: %s: a Hinglish note without the English one", part, what)
			}
			for _, s := range n.Spellings {
				if s == "" || s == n.Name {
					t.Errorf("%s: %s: empty spelling, or one that repeats the name", part, what)
				}
			}
			if i == 0 {
				continue
			}
			prev := list[i-1]
			c := cmp.Or(cmp.Compare(prev.Ecosystem, n.Ecosystem), cmp.Compare(prev.Name, n.Name),
				cmp.Compare(prev.Service, n.Service), cmp.Compare(prev.Code, n.Code))
			switch {
			case c == 0:
				t.Errorf("%s: %s (%d) twice", part, what, n.Code)
			case c > 0:
				t.Errorf("%s: %s is out of order; sort by ecosystem, name, service, code", part, what)
			}
		}
	}
	check("exceptions", exceptions, Exception)
	check("providerErrors", providerErrors, ProviderError)
}

func TestDefaults(t *testing.T) {
	for i, d := range Defaults() {
		what := d.Ecosystem + " " + string(d.Case) + " " + d.Trigger
		if _, ok := EcosystemByKey(d.Ecosystem); !ok {
			t.Errorf("%s: unknown ecosystem %q", what, d.Ecosystem)
		}
		if d.Case == "" || d.Trigger == "" {
			t.Errorf("%s: a case and a trigger are needed", what)
		}
		if len(ByCode(d.Code)) == 0 {
			t.Errorf("%s: %d is not in the catalogue", what, d.Code)
		}
		if d.Source == "" {
			t.Errorf("%s: no source", what)
		}
		if i == 0 {
			continue
		}
		prev := Defaults()[i-1]
		c := cmp.Or(cmp.Compare(prev.Ecosystem, d.Ecosystem), cmp.Compare(prev.Case, d.Case),
			cmp.Compare(prev.Trigger, d.Trigger), cmp.Compare(prev.Code, d.Code))
		switch {
		case c == 0:
			t.Errorf("%s (%d) twice", what, d.Code)
		case c > 0:
			t.Errorf("%s is out of order; sort by ecosystem, case, trigger", what)
		}
	}
}

func TestLookupsByCode(t *testing.T) {
	for _, n := range ErrorNames() {
		found := false
		for _, m := range ErrorNamesFor(n.Code) {
			found = found || m.Ecosystem == n.Ecosystem && m.Name == n.Name && m.Service == n.Service
		}
		if !found {
			t.Errorf("ErrorNamesFor(%d) lacks %s %s", n.Code, n.Ecosystem, n.Name)
		}
	}
	if got := GRPCGateway(400); len(got) != 3 {
		t.Errorf("GRPCGateway(400) = %d codes, want INVALID_ARGUMENT, FAILED_PRECONDITION, OUT_OF_RANGE", len(got))
	}
	if got := GRPCClient(404); got.Name != "UNIMPLEMENTED" {
		t.Errorf("GRPCClient(404) = %s, want UNIMPLEMENTED", got.Name)
	}
	if got := GRPCClient(418); got.Name != "UNKNOWN" {
		t.Errorf("GRPCClient(418) = %s, want UNKNOWN", got.Name)
	}
}
