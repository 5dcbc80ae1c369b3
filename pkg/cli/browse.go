package cli

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/lookup"
	"github.com/httpcode/httpcode/pkg/prompt"
	"github.com/httpcode/httpcode/pkg/render"
)

type browseOptions struct {
	global   *globalOptions
	interact interactOptions
}

// maxListed is how many matches accessible browse numbers at once.
const maxListed = 20

// newBrowseCmd builds `httpcode browse`; runF, when not nil, replaces the
// run step so tests can check how arguments are parsed on their own.
func newBrowseCmd(g *globalOptions, runF func(*browseOptions) error) *cobra.Command {
	opts := &browseOptions{global: g}
	cmd := &cobra.Command{
		Use:   "browse",
		Short: "Pick a code from a live, filterable list",
		Long: `List every code, with the card of the highlighted one below the list.
Type to filter by code, name, former name or constant (matched the way
'httpcode <name>' matches names, letters in order forgiven); arrows or
Ctrl-N/Ctrl-P move; Enter prints the card and exits; Esc or Ctrl-C exits
130 and prints nothing.

It needs a terminal. With --accessible (or ACCESSIBLE set) it asks for the
filter on one line, then numbers the matches and reads the choice from the
next line.`,
		Example: "  httpcode browse\n  httpcode browse --lang hinglish\n  printf 'tea\\n1\\n' | httpcode browse --accessible",
		Args:    cobra.NoArgs,
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return nil, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return runBrowse(opts)
		},
	}
	addInteractFlags(cmd, &opts.interact)
	return cmd
}

func runBrowse(opts *browseOptions) error {
	g := opts.global
	ropt, err := g.resolve()
	if err != nil {
		return err
	}
	if g.json() {
		return usageErrorf("browse is interactive and has no JSON output; 'httpcode list --all -o json' lists every code")
	}
	mode := opts.interact.mode(g, true)
	if mode == askNever {
		return needTerminal("browse", "'httpcode list --all' to list every code")
	}
	p := opts.interact.prompter(g, mode, ropt)
	var chosen *catalog.Entry
	if t, ok := p.(*prompt.Terminal); ok {
		chosen, err = pickLive(t, ropt)
	} else {
		chosen, err = pickLines(p.(*prompt.Lines), g, ropt)
	}
	if err != nil {
		return err
	}
	return render.Cards(g.streams.Out, []*catalog.Entry{chosen}, ropt, render.CardOptions{})
}

// pickLive runs the picker on the alternate screen.
func pickLive(t *prompt.Terminal, ropt render.Options) (*catalog.Entry, error) {
	var shown []*catalog.Entry
	cards := map[*catalog.Entry]string{}
	help := "type to filter · ↑↓ move · Enter print · Esc quit"
	if ropt.Lang == catalog.Hinglish {
		help = "filter ke liye type karo · ↑↓ chalo · Enter print · Esc bahar"
	}
	i, err := t.Pick(prompt.Pick{
		Prompt: "browse> ",
		Total:  len(catalog.All()),
		Help:   help,
		Filter: func(text string) []int {
			shown = lookup.Filter(text)
			idx := make([]int, len(shown))
			for i := range idx {
				idx[i] = i
			}
			return idx
		},
		Label: func(i int) string { return entryLine(shown[i]) },
		Preview: func(i, width int) string {
			e := shown[i]
			if c, ok := cards[e]; ok {
				return c
			}
			var b bytes.Buffer
			opt := ropt
			opt.Width = min(width, maxWidth)
			_ = render.Cards(&b, []*catalog.Entry{e}, opt, render.CardOptions{})
			cards[e] = b.String()
			return cards[e]
		},
	})
	if err != nil {
		return nil, promptError(err, "browse")
	}
	return shown[i], nil
}

// pickLines is browse in accessible mode: a filter read as one line, then
// the matches as a numbered menu.
func pickLines(p *prompt.Lines, g *globalOptions, ropt render.Options) (*catalog.Entry, error) {
	ask := "Filter by code, name or constant (Enter for all):"
	none, which, firstOf := "no code matches %s", "%d codes match %s; which one?", "%d codes match %s; the first %d shown, which one?"
	if ropt.Lang == catalog.Hinglish {
		ask = "Code, naam ya constant se filter karo (sab ke liye Enter):"
		none, which, firstOf = "%s se koi code match nahi hua", "%d codes %s se match hue; kaunsa?", "%d codes %s se match hue; pehle %d dikhaye, kaunsa?"
	}
	for {
		text, err := p.Line(ask)
		if err != nil {
			return nil, promptError(err, ask)
		}
		found := lookup.Filter(text)
		if len(found) == 0 {
			if _, err := fmt.Fprintf(g.streams.Out, none+"\n", lookup.Quote(text)); err != nil {
				return nil, err
			}
			continue
		}
		question := fmt.Sprintf(which, len(found), lookup.Quote(text))
		if len(found) > maxListed {
			question = fmt.Sprintf(firstOf, len(found), lookup.Quote(text), maxListed)
			found = found[:maxListed]
		}
		options := make([]string, len(found))
		for i, e := range found {
			options[i] = entryLine(e)
		}
		i, err := p.Choose(prompt.Menu{Question: question, Options: options, Default: 0, Back: true})
		if errors.Is(err, prompt.ErrBack) {
			continue
		}
		if err != nil {
			return nil, promptError(err, question)
		}
		return found[i], nil
	}
}

// entryLine is one code in the browse list.
func entryLine(e *catalog.Entry) string {
	s := fmt.Sprintf("%d  %s", e.Code, e.Name)
	if !e.Official() {
		s += " (" + e.Origin + ")"
	}
	return strings.TrimSpace(s)
}
