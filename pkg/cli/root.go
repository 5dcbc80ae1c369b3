package cli

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/lookup"
	"github.com/httpcode/httpcode/pkg/render"
)

// globalOptions are the flags every command has.
type globalOptions struct {
	streams Streams
	output  string
	lang    string
	noColor bool
}

// maxWidth caps wrapping on wide terminals: long lines are hard to read.
const maxWidth = 100

// resolve turns the flags and the environment into the renderers' options.
// Colour is decided here, once: styled only for a terminal, never for JSON,
// never with NO_COLOR or --no-color or TERM=dumb; CLICOLOR_FORCE forces it
// for a pipe.
func (g *globalOptions) resolve() (render.Options, error) {
	var opt render.Options
	switch g.output {
	case "text", "json":
	default:
		return opt, usageErrorf("invalid output format %s; use text or json", lookup.Quote(g.output))
	}
	lang, err := g.language()
	if err != nil {
		return opt, err
	}
	opt.Lang = lang
	env := g.streams.Getenv
	forced := env("CLICOLOR_FORCE") != "" && env("CLICOLOR_FORCE") != "0"
	opt.Styled = g.output == "text" && !g.noColor && env("NO_COLOR") == "" &&
		env("TERM") != "dumb" && (g.streams.OutTTY || forced)
	opt.Table = g.streams.OutTTY
	if g.streams.OutTTY {
		opt.Width = g.streams.Width
		if opt.Width <= 0 {
			opt.Width = columnsFromEnv(env("COLUMNS"))
		}
		opt.Width = min(opt.Width, maxWidth)
	}
	return opt, nil
}

func columnsFromEnv(s string) int {
	if n, err := strconv.Atoi(s); err == nil && n > 0 && n <= 10000 {
		return n
	}
	return 80
}

// language reads --lang, then HTTPCODE_LANG; English by default.
func (g *globalOptions) language() (catalog.Lang, error) {
	value, source := g.lang, "--lang"
	if value == "" {
		value, source = g.streams.Getenv("HTTPCODE_LANG"), "HTTPCODE_LANG"
	}
	switch strings.ToLower(strings.TrimSpace(value)) {
	case "", "en", "english":
		return catalog.English, nil
	case "hi", "hinglish":
		return catalog.Hinglish, nil
	}
	return "", usageErrorf("unknown language %s in %s; use en or hinglish (hi)", lookup.Quote(value), source)
}

func (g *globalOptions) json() bool { return g.output == "json" }

var languages = []string{"en\tEnglish", "hinglish\tHinglish: Hindi in Latin script with English technical words", "hi\tHinglish"}

const rootLong = `httpcode explains HTTP status codes and tells you which one to return.

Give it a code, several codes, a class mask (4xx, 40x, 5??), a name or part
of one (teapot, "too many"), an ecosystem's constant (http.StatusNotFound,
HTTP_429_TOO_MANY_REQUESTS, :unprocessable_entity), a status line
("HTTP/2 404"), a gRPC code (DEADLINE_EXCEEDED, "grpc 4"), a framework
exception (NotFoundHttpException) or a provider's error code
(ThrottlingException). With no arguments and input on a pipe, or with "-", it reads
response heads (curl -sI URL | httpcode) and checks each one.

Everything works offline: the catalogue is compiled in.

EXIT STATUS
  0    found what was asked
  1    nothing matched (unknown code, no name or suggestion fits), or the
       input could not be read
  2    usage error: unknown flag, bad flag value, missing argument; decide
       or browse without a terminal; input that ended before an answer
  130  a question or the browser was given up with Ctrl-C or Esc
  lint has its own exit status: see httpcode lint --help

ENVIRONMENT
  HTTPCODE_LANG   language of explanations: en (default) or hinglish; --lang wins
  NO_COLOR        when set to anything, no colour (https://no-color.org)
  CLICOLOR_FORCE  when set (not 0), colour even when output is not a terminal
  COLUMNS         width to wrap to when the terminal's cannot be read
  TERM            "dumb" turns colour off, and questions are asked on plain lines
  ACCESSIBLE      when set, questions are asked on plain lines with numbered
                  options and answers read from stdin, like --accessible
  CI              when set, nothing is asked at a terminal; --accessible still
                  reads answers from stdin`

const rootExample = `  httpcode 404
  httpcode 401 403
  httpcode 4xx
  httpcode teapot
  httpcode http.StatusTooManyRequests
  httpcode UNAVAILABLE
  httpcode suggest "user already exists"
  httpcode compare 401 403
  httpcode decide
  httpcode browse
  curl -sI https://example.com | httpcode
  httpcode 404 --lang hinglish
  httpcode list --all -o json
  httpcode lint openapi.yaml`

// newRootCmd builds the command tree for a call with args, or, when args
// is nil, the whole tree. Building a command costs more than most calls'
// own work (its flags, their completions, its help), and cobra's
// `completion` command, with its four shells and their long help, costs
// more than the rest together; so a call builds only the commands it can
// reach or see listed (see reachable and wantsCommandList).
func newRootCmd(streams Streams, args []string) *cobra.Command {
	all := args == nil || wantsCommandList(args)
	g := &globalOptions{streams: streams, output: "text"}
	var showVersion bool
	show := &showOptions{global: g}
	root := &cobra.Command{
		Use:     "httpcode [code|mask|name|constant]...",
		Short:   "Explain HTTP status codes and suggest which one to return",
		Long:    rootLong,
		Example: rootExample,
		Args:    cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if showVersion {
				return printVersion(cmd, g)
			}
			if len(args) == 0 && streams.InTTY {
				return cmd.Help()
			}
			return runShow(cmd, show, args)
		},
		ValidArgsFunction: completeCodes,
		SilenceErrors:     true,
		SilenceUsage:      true,
	}
	root.SetIn(streams.In)
	root.SetOut(streams.Out)
	root.SetErr(streams.Err)
	root.SetFlagErrorFunc(flagError)

	pf := root.PersistentFlags()
	pf.StringVarP(&g.output, "output", "o", "text", "output format: text or json")
	pf.StringVar(&g.lang, "lang", "", "language of explanations: en or hinglish (default from HTTPCODE_LANG, else en)")
	pf.BoolVar(&g.noColor, "no-color", false, "never colour the output")
	root.Flags().BoolVar(&showVersion, "version", false, "print the version, commit and build date")
	addShowFlags(root, show)
	_ = root.RegisterFlagCompletionFunc("output", fixedCompletion("text\tReadable text", "json\tJSON for scripts"))
	_ = root.RegisterFlagCompletionFunc("lang", fixedCompletion(languages...))

	addSubcommands(root, g, func(names []string) bool { return all || reachable(args, names) })
	if all {
		addCompletionCmd(root)
	} else {
		// Execute would otherwise add it anyway.
		root.CompletionOptions.DisableDefaultCmd = true
	}
	return root
}

// subcommand is a child of the root command and the words a call reaches
// it by: its name, then its aliases.
type subcommand struct {
	names []string
	build func(*globalOptions) *cobra.Command
}

// subcommands are the root's children.
func subcommands() []subcommand {
	return []subcommand{
		{[]string{"show"}, newShowCmd},
		{[]string{"list"}, func(g *globalOptions) *cobra.Command { return newListCmd(g, nil) }},
		{[]string{"class"}, newClassCmd},
		{[]string{"compare", "vs"}, newCompareCmd},
		{[]string{"suggest"}, func(g *globalOptions) *cobra.Command { return newSuggestCmd(g, nil) }},
		{[]string{"lint"}, func(g *globalOptions) *cobra.Command { return newLintCmd(g, nil, nil) }},
		{[]string{"decide"}, func(g *globalOptions) *cobra.Command { return newDecideCmd(g, nil) }},
		{[]string{"browse"}, func(g *globalOptions) *cobra.Command { return newBrowseCmd(g, nil) }},
	}
}

// addSubcommands adds the root's children that want says a call needs and
// the root does not have yet.
func addSubcommands(root *cobra.Command, g *globalOptions, want func(names []string) bool) {
	for _, sc := range subcommands() {
		has := slices.ContainsFunc(root.Commands(), func(c *cobra.Command) bool { return c.Name() == sc.names[0] })
		if !has && want(sc.names) {
			root.AddCommand(sc.build(g))
		}
	}
}

// reachable reports whether a call with args can reach a command by one
// of names. Cobra picks a child only by its exact name or alias, so a
// child that no argument spells out cannot run, and leaving it out of the
// tree changes nothing: the root takes the arguments either way, as it
// accepts any. Shell completion also lists the children whose names start
// with the word being completed, and cobra's help command with them.
func reachable(args, names []string) bool {
	completing := len(args) > 0 && (args[0] == cobra.ShellCompRequestCmd || args[0] == cobra.ShellCompNoDescRequestCmd)
	for i, a := range args {
		if slices.Contains(names, a) {
			return true
		}
		if completing && i == len(args)-1 && i > 0 {
			// The help command is listed only when the root has children,
			// so a word it starts with needs them all.
			if strings.HasPrefix("help", a) {
				return true
			}
			for _, n := range names {
				if strings.HasPrefix(n, a) {
					return true
				}
			}
		}
	}
	return false
}

// addCompletionCmd adds cobra's `completion` command, with our examples.
// Adding it twice changes nothing.
func addCompletionCmd(root *cobra.Command) {
	root.CompletionOptions.DisableDefaultCmd = false
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" {
			c.Example = "  source <(httpcode completion bash)\n  httpcode completion zsh > \"${fpath[1]}/_httpcode\"\n  httpcode completion fish > ~/.config/fish/completions/httpcode.fish"
		}
	}
}

// wantsCommandList reports whether a call may run the `completion`
// command or show the list of commands: help in any form, no arguments at
// all (help at a terminal), and shell completion of a word that could be
// that command's name, or of its arguments. It may say yes when no is the
// truth (a flag value that reads "help"); that only costs the time it
// saves.
func wantsCommandList(args []string) bool {
	if len(args) == 0 {
		return true
	}
	if args[0] == cobra.ShellCompRequestCmd || args[0] == cobra.ShellCompNoDescRequestCmd {
		words := args[1:]
		if len(words) == 0 {
			return true
		}
		last := words[len(words)-1]
		return strings.HasPrefix("completion", last) || slices.Contains(words, "completion") || slices.Contains(words, "help")
	}
	for _, a := range args {
		switch {
		case a == "completion", a == "help", a == "-h",
			a == cobra.ShellCompRequestCmd, a == cobra.ShellCompNoDescRequestCmd,
			strings.HasPrefix(a, "--help"):
			return true
		}
	}
	return false
}

// flagError reshapes pflag's errors into httpcode's one-line style, with
// the next step, and never dumps usage after a bad value.
func flagError(cmd *cobra.Command, err error) error {
	// Compiled here, not at start-up: only a mistyped flag pays for them.
	var (
		unknownFlag     = regexp.MustCompile(`^unknown (?:shorthand )?flag: (?:'.' in )?(-\S+)`)
		negativeNumber  = regexp.MustCompile(`^-\d`)
		invalidArgument = regexp.MustCompile(`^invalid argument "(.*)" for "(.*)" flag: (.*)$`)
		needsArgument   = regexp.MustCompile(`^flag needs an argument: (?:'.' in )?(-\S+)`)
	)
	msg := err.Error()
	see := fmt.Sprintf("see '%s --help'", cmd.CommandPath())
	if m := unknownFlag.FindStringSubmatch(msg); m != nil {
		flag := m[1]
		if negativeNumber.MatchString(flag) {
			// "-1" reads as a flag; it is really a (bad) code.
			return noMatch(fmt.Errorf("%s is not an HTTP status code (registered codes run from 100 to 599)", flag))
		}
		return usageErrorf("unknown flag %s; %s", lookup.Quote(flag), see)
	}
	if m := needsArgument.FindStringSubmatch(msg); m != nil {
		return usageErrorf("flag %s needs a value; %s", m[1], see)
	}
	if m := invalidArgument.FindStringSubmatch(msg); m != nil {
		why := m[3]
		if strings.Contains(why, "strconv.") {
			why = "want a whole number"
		}
		return usageErrorf("invalid value %s for %s: %s", lookup.Quote(m[1]), m[2], why)
	}
	return usageErrorf("%s; %s", msg, see)
}

func fixedCompletion(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(_ *cobra.Command, _ []string, prefix string) ([]string, cobra.ShellCompDirective) {
		var out []string
		for _, v := range values {
			if strings.HasPrefix(v, prefix) {
				out = append(out, v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}
