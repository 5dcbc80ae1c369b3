package cli

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/lookup"
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

func completeEcosystems(_ *cobra.Command, _ []string, prefix string) ([]string, cobra.ShellCompDirective) {
	desc := map[string]string{
		"go": "net/http", "python": "http.HTTPStatus", "node": "http-status-codes", "java": "Spring HttpStatus",
		"dotnet": "System.Net.HttpStatusCode", "rust": "http::StatusCode", "django": "Django REST framework",
		"rails": "Rack status symbols", "php": "Symfony Response",
	}
	var out []string
	for _, e := range lookup.Ecosystems {
		if strings.HasPrefix(e, prefix) {
			out = append(out, e+"\t"+desc[e])
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}
