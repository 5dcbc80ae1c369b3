package lint

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/httpcode/httpcode/catalog"
)

// Formats a report can be written in.
const (
	Text   = "text"
	JSON   = "json"
	SARIF  = "sarif"
	GitHub = "github"
)

// Formats lists the output formats with a word on each, for help and
// completion.
func Formats() []string {
	return []string{
		Text + "\tfile:line:col  severity  rule  message",
		JSON + "\tfindings and a summary as JSON",
		SARIF + "\tSARIF 2.1.0, for code scanning",
		GitHub + "\tGitHub Actions workflow annotations",
	}
}

// Summary counts what a run found.
type Summary struct {
	Files   int `json:"files"`    // linted
	NotRead int `json:"not_read"` // could not be read or were not API descriptions

	Findings int    `json:"findings"`
	Errors   int    `json:"errors"`
	Warnings int    `json:"warnings"`
	Info     int    `json:"info"`
	FailOn   string `json:"fail_on"`
	Failed   bool   `json:"failed"` // a finding at or above FailOn
}

// Summarize counts findings against a --fail-on threshold.
func Summarize(files, notRead int, findings []Finding, failOn Severity) Summary {
	s := Summary{Files: files, NotRead: notRead, Findings: len(findings), FailOn: failOn.String()}
	for _, f := range findings {
		switch f.Severity {
		case Error:
			s.Errors++
		case Warning:
			s.Warnings++
		case Info:
			s.Info++
		}
		s.Failed = s.Failed || f.Severity >= failOn
	}
	return s
}

// ReportOptions shape a report.
type ReportOptions struct {
	Format  string
	Verbose bool // text: every finding, not the first few of a repeated one
	Version string
	Lang    catalog.Lang
}

// shownOfGroup is how many findings of one repeated problem text shows.
const shownOfGroup = 3

// Write writes findings (already in file order) in the chosen format.
func Write(w io.Writer, findings []Finding, sum Summary, opt ReportOptions) error {
	switch opt.Format {
	case JSON:
		if findings == nil {
			findings = []Finding{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Findings []Finding `json:"findings"`
			Summary  Summary   `json:"summary"`
		}{findings, sum})
	case SARIF:
		return writeSARIF(w, findings, opt)
	case GitHub:
		return writeGitHub(w, findings)
	}
	return writeText(w, findings, sum, opt)
}

func writeText(w io.Writer, findings []Finding, sum Summary, opt ReportOptions) error {
	type group struct{ total, shown int }
	groups := map[string]*group{}
	key := func(f Finding) string { return f.File + "\x00" + f.Rule + "\x00" + f.Message }
	for _, f := range findings {
		g := groups[key(f)]
		if g == nil {
			g = &group{}
			groups[key(f)] = g
		}
		g.total++
	}
	for _, f := range findings {
		g := groups[key(f)]
		if !opt.Verbose && g.total > shownOfGroup && g.shown >= shownOfGroup {
			continue
		}
		msg := f.Message
		if !opt.Verbose && g.total > shownOfGroup && g.shown == 0 {
			what := "responses"
			if f.Code == "" {
				what = "operations"
			}
			msg += fmt.Sprintf(" — %d %s; first %d shown, --verbose for all", g.total, what, shownOfGroup)
		}
		g.shown++
		if _, err := fmt.Fprintf(w, "%s:%d:%d  %s  %s  %s\n", f.File, f.Line, f.Column, f.Severity, f.Rule, msg); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w, summaryLine(sum))
	return err
}

func summaryLine(s Summary) string {
	files := plural(s.Files, "file", "files")
	line := fmt.Sprintf("no findings in %s", files)
	if s.Findings > 0 {
		line = fmt.Sprintf("%s in %s: %s, %s, %d info", plural(s.Findings, "finding", "findings"), files,
			plural(s.Errors, "error", "errors"), plural(s.Warnings, "warning", "warnings"), s.Info)
	}
	if s.NotRead > 0 {
		line += fmt.Sprintf("; %s not linted", plural(s.NotRead, "file", "files"))
	}
	if s.Findings > 0 && s.FailOn != "none" {
		if s.Failed {
			line += fmt.Sprintf("; failing on %s", s.FailOn)
		} else {
			line += fmt.Sprintf("; none at %s or above", s.FailOn)
		}
	}
	return line
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// writeGitHub writes workflow commands, which GitHub shows as annotations
// on the file and line.
func writeGitHub(w io.Writer, findings []Finding) error {
	for _, f := range findings {
		level := map[Severity]string{Error: "error", Warning: "warning", Info: "notice"}[f.Severity]
		_, err := fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", level,
			ghProperty(filepath.ToSlash(f.File)), f.Line, f.Column, ghProperty("httpcode "+f.Rule), ghData(f.Message))
		if err != nil {
			return err
		}
	}
	return nil
}

// ghData and ghProperty escape as the runner's command parser expects.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

func writeSARIF(w io.Writer, findings []Finding, opt ReportOptions) error {
	type text struct {
		Text string `json:"text"`
	}
	type config struct {
		Level string `json:"level"`
	}
	type rule struct {
		ID                   string `json:"id"`
		ShortDescription     text   `json:"shortDescription"`
		DefaultConfiguration config `json:"defaultConfiguration"`
		HelpURI              string `json:"helpUri"`
	}
	type region struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
	}
	type artifact struct {
		URI string `json:"uri"`
	}
	type physical struct {
		ArtifactLocation artifact `json:"artifactLocation"`
		Region           region   `json:"region"`
	}
	type logical struct {
		FullyQualifiedName string `json:"fullyQualifiedName"`
		Kind               string `json:"kind"`
	}
	type location struct {
		PhysicalLocation physical  `json:"physicalLocation"`
		LogicalLocations []logical `json:"logicalLocations,omitempty"`
	}
	type result struct {
		RuleID    string     `json:"ruleId"`
		RuleIndex int        `json:"ruleIndex"`
		Level     string     `json:"level"`
		Message   text       `json:"message"`
		Locations []location `json:"locations"`
	}
	level := func(s Severity) string {
		return map[Severity]string{Error: "error", Warning: "warning", Info: "note"}[s]
	}
	var rs []rule
	index := map[string]int{}
	for i, r := range rules {
		index[r.ID] = i
		rs = append(rs, rule{
			ID:                   r.ID,
			ShortDescription:     text{r.Summary.In(opt.Lang)},
			DefaultConfiguration: config{level(r.Severity)},
			HelpURI:              "https://github.com/httpcode/httpcode#lint",
		})
	}
	results := make([]result, 0, len(findings))
	for _, f := range findings {
		loc := location{PhysicalLocation: physical{
			ArtifactLocation: artifact{filepath.ToSlash(f.File)},
			Region:           region{max(f.Line, 1), max(f.Column, 1)},
		}}
		if f.Pointer != "" {
			loc.LogicalLocations = []logical{{FullyQualifiedName: f.Pointer, Kind: "object"}}
		}
		results = append(results, result{RuleID: f.Rule, RuleIndex: index[f.Rule], Level: level(f.Severity), Message: text{f.Message}, Locations: []location{loc}})
	}
	type driver struct {
		Name           string `json:"name"`
		InformationURI string `json:"informationUri"`
		Version        string `json:"version,omitempty"`
		Rules          []rule `json:"rules"`
	}
	type tool struct {
		Driver driver `json:"driver"`
	}
	type run struct {
		Tool    tool     `json:"tool"`
		Results []result `json:"results"`
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []run  `json:"runs"`
	}{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []run{{
			Tool:    tool{driver{Name: "httpcode", InformationURI: "https://github.com/httpcode/httpcode", Version: opt.Version, Rules: rs}},
			Results: results,
		}},
	})
}
