package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/lookup"
	"github.com/httpcode/httpcode/pkg/render"
)

type listOptions struct {
	global     *globalOptions
	unofficial bool
	all        bool
	class      string
	search     string
	mask       string
	forEco     string
}

const listExample = `  httpcode list
  httpcode list 4xx
  httpcode list --all
  httpcode list --unofficial
  httpcode list --class server
  httpcode list --search timeout
  httpcode list --for grpc
  httpcode list 4xx --for aws
  httpcode list -o json | jq '.[] | select(.cacheable) | .code'`

// newListCmd builds `httpcode list`; runF, when not nil, replaces the run
// step so tests can check how arguments are parsed on their own.
func newListCmd(g *globalOptions, runF func(*listOptions) error) *cobra.Command {
	opts := &listOptions{global: g}
	cmd := &cobra.Command{
		Use:   "list [mask]",
		Short: "List status codes in a compact table",
		Long: `List status codes: code, name, class and status (or, for unofficial codes,
who uses them). By default the IANA-registered codes; --unofficial lists only
the unofficial ones, --all both. A mask (4xx, 40x) or --class narrows the
list; --search finds codes by name, old name or summary.

With --for ECOSYSTEM it lists what one ecosystem calls the codes instead:
its status constants, gRPC's codes both ways, framework exceptions,
provider error codes, and what it sends by default, each with its code.

At a terminal the table is aligned with a header; in a pipe each row is
tab-separated, ready for cut and awk.`,
		Example: listExample,
		Args:    cobra.ArbitraryArgs,
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return classCompletions(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageErrorf("list takes at most one mask, got %d arguments; see 'httpcode list --help'", len(args))
			}
			if len(args) == 1 {
				opts.mask = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return runList(opts)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&opts.unofficial, "unofficial", false, "only unofficial codes (nginx, Cloudflare, ...)")
	f.BoolVar(&opts.all, "all", false, "registered and unofficial codes")
	f.StringVar(&opts.class, "class", "", "only this class: 4xx, 4, client, \"client error\"")
	f.StringVar(&opts.search, "search", "", "fuzzy-search names, old names and summaries")
	f.StringVar(&opts.forEco, "for", "", "list one ecosystem's names and their codes: grpc, rails, symfony, aws ...")
	_ = cmd.RegisterFlagCompletionFunc("for", completeEcosystems)
	_ = cmd.RegisterFlagCompletionFunc("class", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return classCompletions(), cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

func runList(opts *listOptions) error {
	g := opts.global
	ropt, err := g.resolve()
	if err != nil {
		return err
	}
	if opts.all && opts.unofficial {
		return usageErrorf("--all and --unofficial cannot be used together; --all already includes the unofficial codes")
	}
	// fits narrows by code (mask, --class); keep adds registered or not.
	fits := func(*catalog.Entry) bool { return true }
	if opts.mask != "" {
		m, ok := lookup.ParseMask(strings.TrimSpace(opts.mask))
		if !ok {
			return usageErrorf("%s is not a class mask; use e.g. 4xx, 40x or 4", lookup.Quote(opts.mask))
		}
		fits = func(e *catalog.Entry) bool { return m.Match(e.Code) }
	}
	if opts.class != "" {
		c, ok := findClass(opts.class)
		if !ok {
			return usageErrorf("unknown class %s for --class; use 1xx to 5xx, or a name such as client", lookup.Quote(opts.class))
		}
		prev := fits
		fits = func(e *catalog.Entry) bool { return prev(e) && e.Class() == c.Digit }
	}
	if opts.forEco != "" {
		return runListFor(opts, ropt, fits)
	}
	keep := func(e *catalog.Entry) bool {
		if !fits(e) {
			return false
		}
		switch {
		case opts.all:
			return true
		case opts.unofficial:
			return !e.Official()
		}
		return e.Official()
	}
	var entries []*catalog.Entry
	pool := catalog.All()
	if opts.search != "" {
		pool = lookup.Search(opts.search)
	}
	for _, e := range pool {
		if keep(e) {
			entries = append(entries, e)
		}
	}
	if len(entries) == 0 {
		if opts.search != "" {
			return noMatch(fmt.Errorf("no code matches %s; try a shorter word, or describe a situation: httpcode suggest %s", lookup.Quote(opts.search), lookup.Quote(opts.search)))
		}
		return noMatch(errors.New("no code fits those filters; 'httpcode list --all' shows every code"))
	}
	if g.json() {
		return render.JSON(g.streams.Out, render.Entries(entries, ropt.Lang))
	}
	return render.List(g.streams.Out, entries, ropt)
}

// runListFor lists one ecosystem's names, registered codes or not; a mask
// or --class narrows them by code.
func runListFor(opts *listOptions, ropt render.Options, fits func(*catalog.Entry) bool) error {
	g := opts.global
	if err := checkEcosystem(opts.forEco); err != nil {
		return err
	}
	if opts.all || opts.unofficial || opts.search != "" {
		return usageErrorf("--for lists names, not codes, and cannot be used with --all, --unofficial or --search")
	}
	rows := render.ForRows(opts.forEco, ropt.Lang, func(code int) bool {
		es := catalog.ByCode(code)
		return len(es) > 0 && fits(es[0])
	})
	if len(rows) == 0 {
		return noMatch(fmt.Errorf("%s has no names for those codes; 'httpcode list --for %s' shows them all", opts.forEco, opts.forEco))
	}
	if g.json() {
		return render.JSON(g.streams.Out, rows)
	}
	return render.ListFor(g.streams.Out, rows, ropt)
}
