package cli

import (
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/lookup"
	"github.com/httpcode/httpcode/pkg/render"
)

const classExample = `  httpcode class
  httpcode class 4xx
  httpcode class client
  httpcode class "server error" --all`

func newClassCmd(g *globalOptions) *cobra.Command {
	var all bool
	cmd := &cobra.Command{
		Use:   "class [4xx|4|client|\"client error\"]",
		Short: "Describe a class of status codes, or list the five classes",
		Long: `Describe one class of status codes and list its codes, or, with no argument,
list the five classes. A class can be named by its mask (4xx), its digit (4)
or its name (client, "client error"). --all adds the unofficial codes.`,
		Example: classExample,
		Args:    cobra.ArbitraryArgs,
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return classCompletions(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			ropt, err := g.resolve()
			if err != nil {
				return err
			}
			if len(args) == 0 {
				if g.json() {
					views := make([]render.ClassJSON, 0, 5)
					for _, c := range catalog.Classes() {
						views = append(views, render.ClassView(&c, classEntries(c.Digit, all), ropt.Lang))
					}
					return render.JSON(g.streams.Out, views)
				}
				return render.Classes(g.streams.Out, ropt)
			}
			// "client error" may arrive as one argument or two.
			name := strings.Join(args, " ")
			c, ok := findClass(name)
			if !ok {
				return noMatch(notAClass(name))
			}
			entries := classEntries(c.Digit, all)
			if g.json() {
				return render.JSON(g.streams.Out, render.ClassView(c, entries, ropt.Lang))
			}
			return render.Class(g.streams.Out, c, entries, ropt)
		},
	}
	cmd.Flags().BoolVar(&all, "all", false, "include unofficial codes")
	return cmd
}

func notAClass(name string) error {
	return &lookup.NoMatchError{Query: name, Reason: "no class is called " + lookup.Quote(name) + "; use 1xx to 5xx, a digit 1 to 5, or informational, success, redirection, client, server"}
}

func classEntries(digit int, all bool) []*catalog.Entry {
	m, _ := lookup.ParseMask(strconv.Itoa(digit))
	if all {
		return m.All()
	}
	return m.Registered()
}

// findClass reads "4xx", "4XX", "4", "client", "Client Error".
func findClass(s string) (*catalog.Class, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if m, ok := lookup.ParseMask(s); ok && m.WholeClass() {
		return catalog.ClassByDigit(m.Class())
	}
	norm := lookup.Normalize(s)
	for _, c := range catalog.Classes() {
		if lookup.Normalize(c.Name) == norm {
			return catalog.ClassByDigit(c.Digit)
		}
		for _, a := range c.Aliases {
			if lookup.Normalize(a) == norm {
				return catalog.ClassByDigit(c.Digit)
			}
		}
	}
	return nil, false
}
