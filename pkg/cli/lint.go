package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/httpcode/httpcode/pkg/lint"
	"github.com/httpcode/httpcode/pkg/lookup"
)

// Loader reads one API description into what the lint rules judge. files,
// when not nil, is the spec's own folder, for $refs to files beside it.
type Loader func(name string, data []byte, files fs.FS) (*lint.Document, error)

// LintHelper is the executable that runs `httpcode lint`. Reading YAML
// costs a package init on every start of a binary that links the reader,
// so httpcode keeps it out and hands lint over to this helper, found beside
// httpcode or on PATH, the way git runs its git-* helpers.
const LintHelper = "httpcode-lint"

type lintOptions struct {
	global   *globalOptions
	output   string
	failOn   string
	disable  []string
	enable   []string
	verbose  bool
	fileRefs bool
	files    []string
	load     Loader // nil: hand over to the helper
	cmd      *cobra.Command
}

const lintLong = `Review the status codes an OpenAPI 3.x or Swagger 2.0 description (YAML or
JSON) declares against what HTTP itself says, and nothing else: no house
style. Each finding cites the RFC section behind it.

RULES (default severity)
  invalid-response-key    error    key not default, 100–599, or (3.x) 1XX–5XX
  forbidden-content       error    1xx, 204, 205 or 304 declares content
  required-header         warning  401 WWW-Authenticate, 405 Allow, 407
                                   Proxy-Authenticate, 101/426 Upgrade, 206
                                   Content-Range, 303 Location missing (MUST);
                                   info for 301/302/307/308 Location, 416
                                   Content-Range (SHOULD)
  method-fit              warning  201 to GET/HEAD/OPTIONS/TRACE; 206 or 304
                                   to anything but GET/HEAD
  unregistered-code       warning  not in the IANA registry
  vendor-code             warning  a vendor's code (nginx 499, Cloudflare 52x…)
  obsolete-code           warning  305, 306, 418, 510
  no-success-response     warning  no 2xx, 3xx, 101, 2XX, 3XX or default
  only-default            warning  default is the only response
  no-error-response       warning  no 4xx, 4XX or default (info without a
                                   request body; none for a request without
                                   any input, an upgrade, a webhook)
  description-mismatch    warning  the description names or describes another
                                   code, not a usual alternative to it
  unquoted-response-code  info     200: rather than "200": in 3.x YAML

$refs inside the file are followed; $refs to other files only with
--file-refs, and only inside the spec's folder. URLs are never fetched.
Put x-httpcode-ignore: [rule, …] on an operation or a response to accept a
deliberate exception.

EXIT STATUS
  0  no finding at or above --fail-on
  1  a finding at or above --fail-on
  2  a file could not be read, is not YAML or JSON, or is not OpenAPI or
     Swagger; or a usage error. With several files, the worst wins.`

const lintExample = `  httpcode lint openapi.yaml
  httpcode lint --fail-on warning api/*.yaml
  httpcode lint -o sarif openapi.yaml > httpcode.sarif
  httpcode lint --disable description-mismatch swagger.json
  cat openapi.json | httpcode lint -`

// newLintCmd builds `httpcode lint`. With a nil load it hands the run to
// the helper executable; runF, when not nil, replaces the run step so tests
// can check argument parsing alone.
func newLintCmd(g *globalOptions, load Loader, runF func(*lintOptions) error) *cobra.Command {
	opts := &lintOptions{global: g, load: load, output: lint.Text, failOn: "error"}
	cmd := &cobra.Command{
		Use:     "lint FILE...",
		Short:   "Check an OpenAPI description's status codes against HTTP",
		Long:    lintLong,
		Example: lintExample,
		Args:    cobra.MinimumNArgs(1),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return []string{"yaml", "yml", "json"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.files, opts.cmd = args, cmd
			if runF != nil {
				return runF(opts)
			}
			if opts.load == nil {
				return handOver(opts)
			}
			return runLint(opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.output, "output", "o", lint.Text, "output format: text, json, sarif or github")
	f.StringVar(&opts.failOn, "fail-on", "error", "exit 1 on findings at or above: error, warning, info or none")
	f.StringSliceVar(&opts.disable, "disable", nil, "rules not to run (repeatable, comma-separated; all for every rule)")
	f.StringSliceVar(&opts.enable, "enable", nil, "rules to run even when disabled (repeatable, comma-separated)")
	f.BoolVar(&opts.verbose, "verbose", false, "text: show every finding of a repeated problem")
	f.BoolVar(&opts.fileRefs, "file-refs", false, "follow $refs to files inside the spec's own folder")
	_ = cmd.RegisterFlagCompletionFunc("output", fixedCompletion(lint.Formats()...))
	_ = cmd.RegisterFlagCompletionFunc("fail-on", fixedCompletion(
		"error\tfail on errors only", "warning\tfail on warnings and errors", "info\tfail on any finding", "none\tnever fail on findings"))
	_ = cmd.RegisterFlagCompletionFunc("disable", completeRules)
	_ = cmd.RegisterFlagCompletionFunc("enable", completeRules)
	return cmd
}

// completeRules offers rule ids with what each checks; after a comma it
// completes the next id of the list.
func completeRules(_ *cobra.Command, _ []string, prefix string) ([]string, cobra.ShellCompDirective) {
	done, last := "", prefix
	if i := strings.LastIndex(prefix, ","); i >= 0 {
		done, last = prefix[:i+1], prefix[i+1:]
	}
	var out []string
	for _, r := range lint.Rules() {
		if strings.HasPrefix(r.ID, last) {
			out = append(out, done+r.ID+"\t"+r.Summary.En)
		}
	}
	if strings.HasPrefix("all", last) {
		out = append(out, done+"all\tevery rule")
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// LintMain runs the lint helper: the lint command as a program of its
// own, reading files with load. It returns the exit code.
func LintMain(args []string, streams Streams, load Loader) int {
	if streams.Getenv == nil {
		streams.Getenv = func(string) string { return "" }
	}
	g := &globalOptions{streams: streams, output: "text"}
	cmd := newLintCmd(g, load, nil)
	cmd.Use = LintHelper + " FILE..."
	cmd.Example = strings.ReplaceAll(cmd.Example, "httpcode lint", LintHelper)
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	cmd.SetIn(streams.In)
	cmd.SetOut(streams.Out)
	cmd.SetErr(streams.Err)
	cmd.SetFlagErrorFunc(flagError)
	cmd.Flags().StringVar(&g.lang, "lang", "", "language of messages: en or hinglish (default from HTTPCODE_LANG, else en)")
	cmd.Flags().BoolVar(&g.noColor, "no-color", false, "never colour the output (lint output has none)")
	cmd.SetArgs(args)
	return exitCode(cmd.Execute(), streams.Err)
}

// handOver runs the helper with the options as parsed here, so global
// flags given before "lint" reach it too, and returns its exit code.
func handOver(opts *lintOptions) error {
	helper, err := findHelper()
	if err != nil {
		return &exitError{ExitUsage, err}
	}
	var args []string
	opts.cmd.Flags().Visit(func(f *pflag.Flag) {
		if sv, ok := f.Value.(pflag.SliceValue); ok {
			for _, v := range sv.GetSlice() {
				args = append(args, "--"+f.Name+"="+v)
			}
			return
		}
		args = append(args, "--"+f.Name+"="+f.Value.String())
	})
	args = append(append(args, "--"), opts.files...)
	s := opts.global.streams
	run := exec.Command(helper, args...)
	run.Stdin, run.Stdout, run.Stderr = s.In, s.Out, s.Err
	err = run.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ee) && ee.ExitCode() > 0:
		return &exitError{ee.ExitCode(), errReported}
	}
	return &exitError{ExitUsage, fmt.Errorf("running %s: %v; reinstall httpcode with its lint helper", helper, err)}
}

// findHelper looks beside the running executable first, so a release's
// two binaries stay together, then on PATH.
func findHelper() (string, error) {
	name := LintHelper
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	if exe, err := os.Executable(); err == nil {
		dirs := []string{filepath.Dir(exe)}
		if real, err := filepath.EvalSymlinks(exe); err == nil {
			dirs = append(dirs, filepath.Dir(real))
		}
		for _, dir := range dirs {
			p := filepath.Join(dir, name)
			// Windows has no execute bits; the .exe name says it.
			if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() && (fi.Mode()&0o111 != 0 || runtime.GOOS == "windows") {
				return p, nil
			}
		}
	}
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	return "", fmt.Errorf("lint needs the %s helper, found neither beside httpcode nor on PATH; "+
		"install it (go install github.com/httpcode/httpcode/cmd/%s@latest) or, in the source tree, run: go run ./cmd/%s FILE", LintHelper, LintHelper, LintHelper)
}

// maxSpecBytes bounds what is read of one file; the loader refuses more.
// It repeats openapi.DefaultLimits().MaxBytes because importing pkg/openapi
// would link its YAML reader into httpcode; a test keeps the two equal.
const maxSpecBytes = 16 << 20

func runLint(opts *lintOptions) error {
	g := opts.global
	switch opts.output {
	case lint.Text, lint.JSON, lint.SARIF, lint.GitHub:
	default:
		return usageErrorf("invalid output format %s; use text, json, sarif or github", lookup.Quote(opts.output))
	}
	failOn, ok := lint.ParseSeverity(opts.failOn)
	if !ok {
		return usageErrorf("invalid value %s for --fail-on; use error, warning, info or none", lookup.Quote(opts.failOn))
	}
	sel := lint.Selection{Disable: opts.disable, Enable: opts.enable}
	if err := sel.Check(); err != nil {
		return usageErrorf("%v", err)
	}
	lang, err := g.language()
	if err != nil {
		return err
	}
	cfg := lint.Config{Rules: sel, Lang: lang}
	worst, notRead := ExitOK, 0
	var findings []lint.Finding
	for _, file := range opts.files {
		doc, err := opts.readSpec(file)
		if err != nil {
			printError(g.streams.Err, err)
			worst, notRead = ExitUsage, notRead+1
			continue
		}
		findings = append(findings, lint.Check(doc, cfg)...)
	}
	sum := lint.Summarize(len(opts.files)-notRead, notRead, findings, failOn)
	v, _, _ := buildInfo()
	if err := lint.Write(g.streams.Out, findings, sum, lint.ReportOptions{
		Format: opts.output, Verbose: opts.verbose, Version: v, Lang: lang,
	}); err != nil {
		return err
	}
	if sum.Failed {
		worst = max(worst, ExitNoMatch)
	}
	if worst != ExitOK {
		return &exitError{worst, errReported}
	}
	return nil
}

// readSpec reads one file ("-" is stdin), no more than the loader accepts,
// and loads it.
func (opts *lintOptions) readSpec(file string) (*lint.Document, error) {
	var r io.Reader
	name := file
	if file == "-" {
		r, name = opts.global.streams.In, "<stdin>"
	} else {
		f, err := os.Open(file)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %v; check the path", file, errors.Unwrap(err))
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			return nil, fmt.Errorf("%s is a folder; name the API description file inside it", file)
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxSpecBytes+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %v; check the file", name, err)
	}
	var files fs.FS
	if opts.fileRefs && file != "-" {
		files = os.DirFS(filepath.Dir(file))
	}
	return opts.load(name, data, files)
}
