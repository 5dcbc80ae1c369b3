package cli

import (
	"errors"
	"slices"

	"github.com/spf13/cobra"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/lookup"
	"github.com/httpcode/httpcode/pkg/render"
)

const compareExample = `  httpcode compare 401 403
  httpcode vs 400 422
  httpcode compare 502 503 504
  httpcode compare 404 teapot`

func newCompareCmd(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:     "compare <code> <code>...",
		Aliases: []string{"vs"},
		Short:   "Tell apart codes that are easy to confuse",
		Long: `Compare two or more codes. For the classic confusions (401/403, 400/422,
404/410, 301/308, 302/303/307, 409/412, 429/503, 502/503/504, 405/501 and
more) it asks the question that decides between them and gives an example
of each answer; for any other codes it shows their summaries side by side
and what differs: class, status, cacheability, content, headers, retry.`,
		Example:           compareExample,
		Args:              cobra.ArbitraryArgs,
		ValidArgsFunction: completeCodes,
		RunE: func(cmd *cobra.Command, args []string) error {
			ropt, err := g.resolve()
			if err != nil {
				return err
			}
			if len(args) < 2 {
				return usageErrorf("compare needs at least two codes, e.g. httpcode compare 401 403")
			}
			var entries []*catalog.Entry
			for _, a := range args {
				e, err := compareOperand(a)
				if err != nil {
					return err
				}
				if !slices.Contains(entries, e) {
					entries = append(entries, e)
				}
			}
			if len(entries) < 2 {
				return usageErrorf("compare needs two different codes; %s were the same", lookup.Quote(args[0]))
			}
			conf := confusionFor(entries)
			if g.json() {
				return render.JSON(g.streams.Out, render.CompareView(entries, conf, ropt.Lang))
			}
			return render.Compare(g.streams.Out, entries, conf, ropt)
		},
	}
}

// compareOperand resolves one argument to a single entry: a code's
// registered meaning, or a name's best match.
func compareOperand(arg string) (*catalog.Entry, error) {
	res, err := lookup.Find(arg)
	switch {
	case errors.Is(err, lookup.ErrEmpty):
		return nil, usageErrorf("empty code; give two codes, e.g. httpcode compare 401 403")
	case err != nil:
		return nil, noMatch(err)
	case res.Kind == lookup.KindMask:
		return nil, usageErrorf("compare takes codes, not a mask like %s", lookup.Quote(arg))
	}
	return res.Entries[0], nil
}

// confusionFor finds the classic confusion that covers every entry; the
// confusions are about registered meanings only.
func confusionFor(entries []*catalog.Entry) *catalog.Confusion {
	codes := make([]int, len(entries))
	for i, e := range entries {
		if !e.Official() {
			return nil
		}
		codes[i] = e.Code
	}
	c, _ := catalog.ConfusionOf(codes...)
	return c
}
