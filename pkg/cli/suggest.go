package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/lookup"
	"github.com/httpcode/httpcode/pkg/prompt"
	"github.com/httpcode/httpcode/pkg/render"
	"github.com/httpcode/httpcode/pkg/suggest"
)

type suggestOptions struct {
	global   *globalOptions
	count    int
	explain  bool
	words    []string
	interact interactOptions
}

const suggestExample = `  httpcode suggest user already exists
  httpcode suggest "jwt expired"
  httpcode suggest "upstream service timed out" --explain
  httpcode suggest "naya user ban gaya" --lang hinglish
  httpcode suggest -n 5 "client sent json with a missing required field"
  printf 'db down\ndup email\n' | httpcode suggest -o json`

// Bounds on piped questions, so any input costs bounded time and memory.
const (
	maxQuestions      = 10000
	maxQuestionLength = 2000
)

// newSuggestCmd builds `httpcode suggest`; runF, when not nil, replaces the
// run step so tests can check how arguments are parsed on their own.
func newSuggestCmd(g *globalOptions, runF func(*suggestOptions) error) *cobra.Command {
	opts := &suggestOptions{global: g}
	cmd := &cobra.Command{
		Use:   "suggest <situation>...",
		Short: "Suggest the status code for a situation, with the reason",
		Long: `Describe what happened to a request, in English or Hinglish, tersely or in
full, and get the codes that fit best, best first: each with a confidence
(the chance, between 0 and 1, that it is right; 0.80 or more is sure), the
reason (which of your words matched which situation, name or definition),
the headers to send, and when the usual alternative would be right instead.
Names from other ecosystems in the question (ThrottlingException, gRPC
NOT_FOUND, Rails redirect_to) count as what they map to.

The words may be given as one quoted string or several; with none, one
situation per line is read from a pipe. When nothing fits, suggest says so
and exits 1 rather than guessing. --explain shows how the answer was reached.

When the best answer falls short of being sure, suggest says so first and
names the codes it hesitates between. When one of the classic confusions
separates them, it asks the question that decides (at a terminal, one
question, two at most) and answers with the code you chose; with
--no-input, a pipe, JSON or CI set it prints the question and its options
instead, and JSON carries them as "clarify". --accessible asks on plain
lines and reads the answer from stdin.`,
		Example: suggestExample,
		Args:    cobra.ArbitraryArgs,
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return nil, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.words = args
			if runF != nil {
				return runF(opts)
			}
			return runSuggest(opts)
		},
	}
	cmd.Flags().IntVarP(&opts.count, "number", "n", suggest.DefaultCount, "how many codes to show at most")
	cmd.Flags().BoolVar(&opts.explain, "explain", false, "show which words matched which rules, with their weights")
	addInteractFlags(cmd, &opts.interact)
	return cmd
}

func runSuggest(opts *suggestOptions) error {
	g := opts.global
	ropt, err := g.resolve()
	if err != nil {
		return err
	}
	if opts.count < 1 || opts.count > 20 {
		return usageErrorf("-n must be between 1 and 20, not %d", opts.count)
	}
	if len(opts.words) > 0 {
		query := strings.Join(opts.words, " ")
		if strings.TrimSpace(query) == "" {
			return usageErrorf("describe a situation, e.g. httpcode suggest \"user already exists\"")
		}
		res := suggest.Suggest(query, max(opts.count, render.DoubtCandidates))
		if d, ok := render.DoubtOf(res); ok && d.Confusion != nil && !opts.explain {
			if mode := opts.interact.mode(g, false); mode != askNever {
				return askSuggest(opts, ropt, mode, res, d)
			}
		}
		if g.json() {
			if err := render.JSON(g.streams.Out, render.SuggestView(res, opts.count, ropt.Lang)); err != nil {
				return err
			}
		} else if len(res.Suggestions) > 0 || opts.explain {
			if err := render.Suggestions(g.streams.Out, res, ropt, render.SuggestOptions{Explain: opts.explain, Shown: opts.count}); err != nil {
				return err
			}
		}
		if len(res.Suggestions) == 0 {
			return noMatch(nothingFits(query))
		}
		return nil
	}
	if g.streams.InTTY {
		return usageErrorf("describe a situation, e.g. httpcode suggest \"user already exists\"")
	}
	return suggestLines(opts, ropt)
}

// suggestLines answers one situation per line of stdin.
func suggestLines(opts *suggestOptions, ropt render.Options) error {
	g := opts.global
	questions, err := readQuestions(g.streams.In)
	if err != nil {
		return noMatch(fmt.Errorf("reading stdin: %w", err))
	}
	if len(questions) == 0 {
		return usageErrorf("no situation on stdin; give one per line, or as arguments")
	}
	var views []render.SuggestJSON
	unanswered := 0
	for i, q := range questions {
		res := suggest.Suggest(q, max(opts.count, render.DoubtCandidates))
		if len(res.Suggestions) == 0 {
			unanswered++
			printError(g.streams.Err, nothingFits(q))
		}
		if g.json() {
			views = append(views, render.SuggestView(res, opts.count, ropt.Lang))
			continue
		}
		if len(res.Suggestions) == 0 {
			continue
		}
		if i > 0 {
			if _, err := fmt.Fprintln(g.streams.Out); err != nil {
				return err
			}
		}
		if err := render.Suggestions(g.streams.Out, res, ropt, render.SuggestOptions{Explain: opts.explain, Heading: true, Shown: opts.count}); err != nil {
			return err
		}
	}
	if g.json() {
		if err := render.JSON(g.streams.Out, views); err != nil {
			return err
		}
	}
	if unanswered > 0 {
		return noMatch(errReported)
	}
	return nil
}

// readQuestions reads non-empty lines, each cut to a sane length, up to a
// fixed number of lines.
func readQuestions(r io.Reader) ([]string, error) {
	br := bufio.NewReader(io.LimitReader(r, maxQuestions*maxQuestionLength))
	var out []string
	for len(out) < maxQuestions {
		line, err := br.ReadString('\n')
		line = strings.TrimSpace(line)
		if len(line) > maxQuestionLength {
			line = line[:maxQuestionLength]
		}
		if line != "" {
			out = append(out, strings.ToValidUTF8(line, " "))
		}
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

func nothingFits(query string) error {
	if !utf8.ValidString(query) {
		query = strings.ToValidUTF8(query, " ")
	}
	return fmt.Errorf("no status code fits %s; try describing what happened to the request, e.g. \"user already exists\" or \"token expired\"", lookup.Quote(query))
}

// askSuggest says suggest is not sure, asks the question that decides (and
// a second one when the answer leaves another close code in question),
// then answers with the chosen code and its advice.
func askSuggest(opts *suggestOptions, ropt render.Options, mode askMode, res suggest.Result, d render.Doubt) error {
	g := opts.global
	p := opts.interact.prompter(g, mode, ropt)
	if err := render.DoubtLine(g.streams.Out, d, ropt); err != nil {
		return err
	}
	weighed := make([]int, 0, len(res.Suggestions))
	for _, s := range res.Suggestions {
		weighed = append(weighed, s.Entry.Code)
	}
	var code int
	for asked := 0; asked < 2; asked++ {
		question := d.Confusion.Question.In(ropt.Lang)
		i, err := p.Choose(prompt.Menu{Question: question, Options: d.Options(ropt.Lang), Default: d.Default})
		if err != nil {
			return promptError(err, d.Confusion.Question.En)
		}
		code = d.Confusion.Choices[i].Code
		next, ok := d.Next(res, code)
		if !ok {
			break
		}
		d = next
	}
	var chosen *catalog.Entry
	for _, s := range res.Suggestions {
		if s.Entry.Code == code {
			chosen = s.Entry
			break
		}
	}
	if chosen == nil {
		chosen = catalog.ByCode(code)[0]
	}
	if _, err := fmt.Fprintln(g.streams.Out); err != nil {
		return err
	}
	return render.Verdict(g.streams.Out, chosen, weighed, ropt)
}
