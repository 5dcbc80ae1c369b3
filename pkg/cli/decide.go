package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/prompt"
	"github.com/httpcode/httpcode/pkg/render"
)

type decideOptions struct {
	global   *globalOptions
	interact interactOptions
}

const decideExample = `  httpcode decide
  httpcode decide --lang hinglish
  printf '4\n4\n1\n' | httpcode decide --accessible
  httpcode decide -o json`

// newDecideCmd builds `httpcode decide`; runF, when not nil, replaces the
// run step so tests can check how arguments are parsed on their own.
func newDecideCmd(g *globalOptions, runF func(*decideOptions) error) *cobra.Command {
	opts := &decideOptions{global: g}
	cmd := &cobra.Command{
		Use:   "decide",
		Short: "Find the right code by answering a few questions",
		Long: `Walk from what happened to the request to the status code that fits,
one question at a time: the outcome first, then menus of the facts that
split codes (credentials, the resource, the body, state and conditions,
timing, the server behind). No code is more than four questions away.
Answer with the option's number and Enter; Enter alone takes the one in
brackets; b (or 0) goes back a step; Ctrl-C or Esc gives up (exit 130).

It needs a terminal. With --accessible (or ACCESSIBLE set) it asks on plain
lines and reads one answer per line from stdin, so a screen reader can
follow it and a script can pipe answers in; input that ends before the last
answer exits 2 and nothing is chosen. -o json prints the whole tree.`,
		Example: decideExample,
		Args:    cobra.NoArgs,
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return nil, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return runDecide(opts)
		},
	}
	addInteractFlags(cmd, &opts.interact)
	return cmd
}

func runDecide(opts *decideOptions) error {
	g := opts.global
	ropt, err := g.resolve()
	if err != nil {
		return err
	}
	if g.json() {
		return render.JSON(g.streams.Out, render.DecisionTree(catalog.DecisionTree(), ropt.Lang))
	}
	mode := opts.interact.mode(g, true)
	if mode == askNever {
		return needTerminal("decide", "-o json for the whole tree")
	}
	p := opts.interact.prompter(g, mode, ropt)

	// The questions asked so far; going back pops one.
	path := []*catalog.Question{catalog.DecisionTree()}
	for {
		q := path[len(path)-1]
		options := make([]string, len(q.Answers))
		for i, a := range q.Answers {
			options[i] = withCode(a.Label.In(ropt.Lang), a.Code)
		}
		i, err := p.Choose(prompt.Menu{Question: q.Text.In(ropt.Lang), Options: options, Default: 0, Back: len(path) > 1})
		if errors.Is(err, prompt.ErrBack) {
			path = path[:len(path)-1]
			continue
		}
		if err != nil {
			return promptError(err, q.Text.En)
		}
		a := q.Answers[i]
		if a.Next != nil {
			path = append(path, a.Next)
			continue
		}
		// The other codes on the last menu are the ones the person
		// weighed: the advice says when each would be right instead.
		var weighed []int
		for _, b := range q.Answers {
			if b.Code != 0 {
				weighed = append(weighed, b.Code)
			}
		}
		e := a.Entry()
		if e == nil {
			return fmt.Errorf("the decide tree names %d, which the catalogue lacks; please report it", a.Code)
		}
		if _, err := fmt.Fprintln(g.streams.Out); err != nil {
			return err
		}
		return render.Verdict(g.streams.Out, e, weighed, ropt)
	}
}
