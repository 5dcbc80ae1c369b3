package cli

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/lookup"
	"github.com/httpcode/httpcode/pkg/render"
)

// showOptions are the flags of `httpcode show` (and of the bare
// `httpcode <query>`, its shortcut).
type showOptions struct {
	global *globalOptions
	short  bool
	forEco string
}

// maxNameCards is how many cards a name that matches several codes shows.
const maxNameCards = 3

const showExample = `  httpcode show 404
  httpcode show 401 403 --short
  httpcode show 5xx
  httpcode show "payload too large"
  httpcode show StatusTeapot --for python
  httpcode show UNAVAILABLE
  httpcode show 404 --for grpc
  httpcode show ThrottlingException
  httpcode show "HTTP/1.1 503 Service Unavailable"
  curl -sIL https://example.com | httpcode show -`

func newShowCmd(g *globalOptions) *cobra.Command {
	opts := &showOptions{global: g}
	cmd := &cobra.Command{
		Use:   "show <code|mask|name|constant|status line>... | -",
		Short: "Explain status codes (the default command)",
		Long: `Show a card for each code: what it means, when to use it and when not
(with the code to use instead), the headers that go with it, caching and
retry facts, its spec, the constants that name it in nine ecosystems, what
gRPC makes of it both ways, the exceptions and provider error codes that
stand for it, and what frameworks and servers send it for by default.

A gRPC code (UNAVAILABLE, codes.DeadlineExceeded, "grpc 4"), a framework
exception (NotFoundHttpException) or a provider's error code
(ThrottlingException, card_declined) shows the card of its status, after a
line saying what matched.

A mask (4xx, 40x, 5??, or a lone class digit) lists its codes one per line.
A name is matched fuzzily, old names included; when several codes fit, the
best few are shown, best first. With "-", or with no argument and a pipe on
stdin, response heads are read and checked instead (see 'httpcode --help').`,
		Example:           showExample,
		Args:              cobra.ArbitraryArgs,
		ValidArgsFunction: completeCodes,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 && g.streams.InTTY {
				return usageErrorf("show needs a code, a mask or a name; see 'httpcode show --help'")
			}
			return runShow(cmd, opts, args)
		},
	}
	addShowFlags(cmd, opts)
	return cmd
}

func addShowFlags(cmd *cobra.Command, opts *showOptions) {
	cmd.Flags().BoolVar(&opts.short, "short", false, "one line per code")
	cmd.Flags().StringVar(&opts.forEco, "for", "", "show this ecosystem's constant, names or gRPC codes first: go, python, grpc, rails, symfony, aws ...")
	_ = cmd.RegisterFlagCompletionFunc("for", completeEcosystems)
}

// shown is one entry to show, and whether it came from a mask (and so is
// listed on one line rather than as a card).
type shown struct {
	entry *catalog.Entry
	line  bool
	// lead is what a name from another ecosystem matched, said in a line
	// per record before the entry.
	lead []lookup.Match
	// matched is what led to the entry, for JSON.
	matched []render.MatchedJSON
}

func runShow(cmd *cobra.Command, opts *showOptions, args []string) error {
	g := opts.global
	if len(args) == 0 || len(args) == 1 && args[0] == "-" {
		return runResponses(g)
	}
	ropt, err := g.resolve()
	if err != nil {
		return err
	}
	if opts.forEco != "" {
		if err := checkEcosystem(opts.forEco); err != nil {
			return err
		}
	}
	for _, a := range args {
		if strings.TrimSpace(a) == "" {
			return usageErrorf("empty query; give a code (404), a mask (4xx) or a name (not found)")
		}
		if a == "-" {
			return usageErrorf(`"-" reads response heads from stdin and cannot be mixed with queries`)
		}
	}

	args = joinGRPC(args)
	var items []shown
	failed := 0
	for _, a := range args {
		res, err := lookup.Find(a)
		if err != nil {
			failed++
			var nm *lookup.NoMatchError
			// An ecosystem's key gets lookup's hint to list its names,
			// not a command that happens to be near ("aws", "vs").
			_, eco := catalog.EcosystemByKey(strings.ToLower(a))
			if errors.As(err, &nm) && cmd.Parent() == nil && len(args) == 1 && !eco {
				err = commandHint(cmd, g, a, err)
			}
			printError(g.streams.Err, err)
			continue
		}
		entries := res.Entries
		if res.Kind == lookup.KindName && len(entries) > maxNameCards {
			entries = entries[:maxNameCards]
		}
		for i, e := range entries {
			at := slices.IndexFunc(items, func(s shown) bool { return s.entry == e })
			if at < 0 {
				items = append(items, shown{entry: e, line: res.Kind == lookup.KindMask || opts.short})
				at = len(items) - 1
			}
			if i == 0 {
				items[at].lead = append(items[at].lead, leadMatches(res.Matches)...)
			}
			if g.json() {
				items[at].matched = append(items[at].matched, render.Matched(res, e, ropt.Lang)...)
			}
		}
	}

	if len(items) > 0 {
		if err := writeShown(g, ropt, items, render.CardOptions{For: opts.forEco}); err != nil {
			return err
		}
	}
	if failed > 0 {
		return noMatch(errReported)
	}
	return nil
}

// joinGRPC reads `httpcode grpc 4`, unquoted, as the one query "grpc 4":
// alone, "grpc" names no status, and 4 would be the 4xx class.
func joinGRPC(args []string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		a := strings.TrimSpace(args[i])
		lower := strings.ToLower(strings.TrimRight(a, ":"))
		if (lower == "grpc" || lower == "grpc-status" || lower == "grpc status") && i+1 < len(args) {
			out = append(out, a+" "+args[i+1])
			i++
			continue
		}
		out = append(out, args[i])
	}
	return out
}

// leadMatches keeps the matches worth a line before the card: names from
// other ecosystems. A constant or a code speaks for itself.
func leadMatches(ms []lookup.Match) []lookup.Match {
	var out []lookup.Match
	for _, m := range ms {
		if m.Kind != lookup.KindConstant {
			out = append(out, m)
		}
	}
	return out
}

// writeShown writes cards, and runs of one-line entries as tables; what a
// name matched goes before its entry.
func writeShown(g *globalOptions, ropt render.Options, items []shown, co render.CardOptions) error {
	out := g.streams.Out
	if g.json() {
		views := make([]render.EntryJSON, len(items))
		for i, it := range items {
			views[i] = render.Entry(it.entry, ropt.Lang)
			views[i].Matched = append(views[i].Matched, it.matched...)
		}
		return render.JSON(out, views)
	}
	for i := 0; i < len(items); {
		j := i + 1
		for j < len(items) && items[j].line == items[i].line && len(items[j].lead) == 0 {
			j++
		}
		if i > 0 {
			if _, err := fmt.Fprintln(out); err != nil {
				return err
			}
		}
		if err := render.MatchLines(out, items[i].lead, ropt); err != nil {
			return err
		}
		run := make([]*catalog.Entry, 0, j-i)
		for _, it := range items[i:j] {
			run = append(run, it.entry)
		}
		var err error
		if items[i].line {
			err = render.Short(out, run, ropt)
		} else {
			err = render.Cards(out, run, ropt, co)
		}
		if err != nil {
			return err
		}
		i = j
	}
	return nil
}

// checkEcosystem accepts a key of catalog.Ecosystems.
func checkEcosystem(key string) error {
	if _, ok := catalog.EcosystemByKey(key); ok {
		return nil
	}
	keys := make([]string, 0, len(catalog.Ecosystems()))
	for _, e := range catalog.Ecosystems() {
		keys = append(keys, e.Key)
	}
	return usageErrorf("unknown ecosystem %s for --for; use one of %s", lookup.Quote(key), strings.Join(keys, ", "))
}

// commandHint adds "did you mean 'httpcode list'?" when a lone query that
// matched no code looks like a mistyped command.
func commandHint(root *cobra.Command, g *globalOptions, query string, err error) error {
	q := strings.ToLower(query)
	// Left out of the tree when the call could not reach them.
	addSubcommands(root, g, func([]string) bool { return true })
	root.InitDefaultHelpCmd()
	addCompletionCmd(root)
	// The nearest name wins: "lsit" is one swap from list, two edits from lint.
	best, bestDist := "", 3
	for _, c := range root.Commands() {
		if c.Hidden {
			continue
		}
		for _, name := range append([]string{c.Name()}, c.Aliases...) {
			if d := lookup.Distance(q, name, 2); q != name && d < bestDist && len(q) >= 3 {
				best, bestDist = name, d
			}
		}
	}
	if best != "" {
		return fmt.Errorf("no code matches %s; did you mean 'httpcode %s'?", lookup.Quote(query), best)
	}
	return err
}
