package cli

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/httpcode/httpcode/catalog"
)

// completeCodes offers codes with their names ("404\tNot Found"), the
// registered ones first. It reads only the compiled-in catalogue, so a TAB
// costs no more than a lookup: every code is matched against the prefix as
// digits in a buffer, and only the few that fit become strings.
func completeCodes(_ *cobra.Command, _ []string, prefix string) ([]string, cobra.ShellCompDirective) {
	var out []string
	var digits [20]byte
	all := catalog.All() // by code, a number's registered meaning first
	for _, registered := range []bool{true, false} {
		for i, e := range all {
			if i > 0 && all[i-1].Code == e.Code {
				continue // one line per number; its first entry names it
			}
			if e.Official() != registered || !bytes.HasPrefix(strconv.AppendInt(digits[:0], int64(e.Code), 10), []byte(prefix)) {
				continue
			}
			desc := e.Name
			if !e.Official() {
				desc += " (" + e.Origin + ")"
			}
			out = append(out, strconv.Itoa(e.Code)+"\t"+desc)
		}
	}
	if prefix != "" && (prefix[0] < '0' || prefix[0] > '9') {
		out = append(out, nameCompletions(prefix)...)
	}
	if prefix != "" && len(prefix) <= 2 && prefix[0] >= '1' && prefix[0] <= '5' {
		for _, c := range catalog.Classes() {
			mask := catalog.ClassName(c.Digit)
			if strings.HasPrefix(mask, prefix) {
				out = append(out, mask+"\t"+c.Name+" (all)")
			}
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

func classCompletions() []string {
	out := make([]string, 0, 5)
	for _, c := range catalog.Classes() {
		out = append(out, catalog.ClassName(c.Digit)+"\t"+c.Name)
	}
	return out
}

// nameCompletions offers gRPC codes, exceptions and provider errors whose
// name starts with prefix, in any case: "UNAVAILABLE\tgRPC 14 → 503".
// Only a prefix that cannot be a code pays for it.
func nameCompletions(prefix string) []string {
	low := strings.ToLower(prefix)
	var out []string
	for _, c := range catalog.GRPCCodes() {
		if strings.HasPrefix(strings.ToLower(c.Name), low) {
			out = append(out, fmt.Sprintf("%s\tgRPC %d → %d", c.Name, c.Code, c.HTTP))
		}
	}
	// One line per name; a name several ecosystems use, or with a status
	// per service, lists them all: "AccessDeniedException\tSymfony, AWS → 403, 400".
	type about struct{ ecos, codes []string }
	var order []string
	seen := map[string]*about{}
	for _, n := range catalog.ErrorNames() {
		if !strings.HasPrefix(strings.ToLower(n.Name), low) {
			continue
		}
		a := seen[n.Name]
		if a == nil {
			a = &about{}
			seen[n.Name] = a
			order = append(order, n.Name)
		}
		eco := n.Ecosystem
		if e, ok := catalog.EcosystemByKey(n.Ecosystem); ok {
			eco = e.Name
		}
		if !slices.Contains(a.ecos, eco) {
			a.ecos = append(a.ecos, eco)
		}
		if code := fmt.Sprint(n.Code); !slices.Contains(a.codes, code) {
			a.codes = append(a.codes, code)
		}
	}
	for _, name := range order {
		a := seen[name]
		out = append(out, name+"\t"+strings.Join(a.ecos, ", ")+" → "+strings.Join(a.codes, ", "))
	}
	return out
}

func completeEcosystems(_ *cobra.Command, _ []string, prefix string) ([]string, cobra.ShellCompDirective) {
	// The nine with status constants say which library names them.
	desc := map[string]string{
		"go": "net/http", "python": "http.HTTPStatus", "node": "http-status-codes", "java": "Spring HttpStatus",
		"dotnet": "System.Net.HttpStatusCode", "rust": "http::StatusCode", "django": "Django and Django REST framework",
		"rails": "Rails and Rack", "php": "Symfony Response",
	}
	var out []string
	for _, e := range catalog.Ecosystems() {
		if !strings.HasPrefix(e.Key, prefix) {
			continue
		}
		d := desc[e.Key]
		if d == "" {
			d = e.Name
		}
		out = append(out, e.Key+"\t"+d)
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}
