package render

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/lookup"
)

// Names from other ecosystems attach to a number's first meaning: gRPC's
// 499 CANCELLED is nginx's Client Closed Request, not Esri's Token Required.
func primary(e *catalog.Entry) bool {
	es := catalog.ByCode(e.Code)
	return len(es) > 0 && es[0] == e
}

// grpcOf returns what gRPC says about an entry's status: the codes a
// gateway sends as it, whether a client reports a code for it and which,
// and the note where the two directions disagree.
func grpcOf(e *catalog.Entry) (gateway []catalog.GRPCCode, client catalog.GRPCCode, reports bool, note catalog.Text) {
	if primary(e) {
		gateway, note = catalog.GRPCGateway(e.Code), catalog.GRPCNote(e.Code)
	}
	if catalog.GRPCClientReports(e.Code) {
		client, reports = catalog.GRPCClient(e.Code), true
	}
	return gateway, client, reports, note
}

func grpcName(c catalog.GRPCCode) string { return fmt.Sprintf("%s (%d)", c.Name, c.Code) }

func grpcNames(cs []catalog.GRPCCode) string {
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = grpcName(c)
	}
	return strings.Join(names, ", ")
}

// olderGateway returns the codes older gateways sent as the entry's status.
func olderGateway(e *catalog.Entry) []catalog.GRPCCode {
	if !primary(e) {
		return nil
	}
	return catalog.GRPCGatewayBefore(e.Code)
}

func (p *printer) grpcSection(e *catalog.Entry) {
	gateway, client, reports, note := grpcOf(e)
	older := olderGateway(e)
	// Worth a section: a gateway code, a disagreement, history, or a
	// client code other than the UNKNOWN every other status gets.
	if len(gateway) == 0 && note.IsZero() && len(older) == 0 && !(reports && client.Code != catalog.GRPCUnknown) {
		return
	}
	p.section(lGRPC)
	if len(gateway) > 0 {
		// A line per code with what it means: INVALID_ARGUMENT,
		// FAILED_PRECONDITION and OUT_OF_RANGE all become 400 and differ
		// only in that.
		p.line("  " + p.label(lGRPCGateway) + ":")
		for _, c := range gateway {
			s := p.text(c.Summary)
			if c.Since != "" {
				s += " " + p.st.dim(fmt.Sprintf(p.label(lGRPCBefore), c.Before, c.Since))
			}
			p.hanging(4, grpcName(c)+": ", s)
		}
	}
	if len(older) > 0 {
		var parts []string
		for _, c := range older {
			parts = append(parts, fmt.Sprintf(p.label(lGRPCOlderItem), grpcName(c), strings.TrimPrefix(c.Since, "grpc-gateway "), c.HTTP))
		}
		p.hanging(2, p.label(lGRPCOlder)+": ", strings.Join(parts, "; "))
	}
	if reports {
		p.hanging(2, p.label(lGRPCClient)+": ", grpcName(client))
	}
	if n := p.text(note); n != "" {
		p.hanging(2, p.st.warn("! "), n)
	}
}

// errorLabel is how a card lists an error name: "NoSuchKey (S3)".
func errorLabel(n *catalog.ErrorName) string {
	s := n.Name
	if n.Service != "" {
		s += " (" + n.Service + ")"
	}
	if n.Since != "" {
		s += " [since " + n.Since + "]"
	}
	return s
}

// shortName drops a dotted package or a PHP namespace, which a card has no
// room for: django.http.Http404 is Http404 there. Ruby's "::" stays:
// ActionController::BadRequest is how Rails developers say it.
func shortName(s string) string {
	last := -1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			return s
		case '.', '\\':
			last = i
		}
	}
	if last >= 0 && last < len(s)-1 {
		return s[last+1:]
	}
	return s
}

// cardLabels lists an ecosystem's names for a card: short names, each
// once, with the services it has this status in when not all of them:
// "AccessDeniedException (DynamoDB, RDS)".
func cardLabels(names []*catalog.ErrorName) []string {
	// An ecosystem has a handful of names for a status: slices searched
	// end to end beat maps here.
	type label struct {
		text     string
		services []string
		common   bool // some name has it in every service
	}
	labels := make([]label, 0, len(names))
	for _, n := range names {
		l := shortName(n.Name)
		if n.Since != "" {
			l += " [since " + n.Since + "]"
		}
		i := slices.IndexFunc(labels, func(x label) bool { return x.text == l })
		if i < 0 {
			labels = append(labels, label{text: l})
			i = len(labels) - 1
		}
		if n.Service == "" {
			labels[i].common = true
		} else if !slices.Contains(labels[i].services, n.Service) {
			labels[i].services = append(labels[i].services, n.Service)
		}
	}
	out := make([]string, len(labels))
	for i, l := range labels {
		out[i] = l.text
		if !l.common && len(l.services) > 0 {
			out[i] += " (" + strings.Join(l.services, ", ") + ")"
		}
	}
	return out
}

// maxNamesPerLine keeps a card's line per ecosystem short; the rest are a
// `list --for` away.
const maxNamesPerLine = 4

// byEcosystem calls f with each ecosystem's items, ecosystems in catalogue
// order, keys padded to one width.
func byEcosystem[T any](items []T, key func(T) string, f func(key string, group []T)) {
	width := 0
	keys := make([]string, len(items))
	for i, it := range items {
		keys[i] = key(it)
		width = max(width, len(keys[i]))
	}
	group := make([]T, 0, len(items))
	for _, eco := range catalog.Ecosystems() {
		group = group[:0]
		for i, k := range keys {
			if k == eco.Key {
				group = append(group, items[i])
			}
		}
		if len(group) > 0 {
			f(pad(eco.Key, width+2), group)
		}
	}
}

func (p *printer) namesSection(e *catalog.Entry) {
	if !primary(e) {
		return
	}
	names := catalog.ErrorNamesFor(e.Code)
	if len(names) == 0 {
		return
	}
	p.section(lNamesElsewhere)
	byEcosystem(names, func(n *catalog.ErrorName) string { return n.Ecosystem }, func(key string, group []*catalog.ErrorName) {
		labels := cardLabels(group)
		line := strings.Join(labels[:min(len(labels), maxNamesPerLine)], ", ")
		if extra := len(labels) - maxNamesPerLine; extra > 0 {
			line += " " + p.st.dim(fmt.Sprintf(p.label(lMore), extra, strings.TrimSpace(key)))
		}
		p.hanging(2, key, line)
	})
}

func (p *printer) defaultsSection(e *catalog.Entry) {
	if !primary(e) {
		return
	}
	defs := catalog.DefaultsFor(e.Code)
	if len(defs) == 0 {
		return
	}
	p.section(lDefaults)
	byEcosystem(defs, func(d *catalog.Default) string { return d.Ecosystem }, func(key string, group []*catalog.Default) {
		parts := make([]string, len(group))
		for i, d := range group {
			parts[i] = d.Trigger
			if d.Since != "" {
				parts[i] += " [since " + d.Since + "]"
			}
		}
		p.hanging(2, key, strings.Join(parts, "; "))
	})
}

// forLine is the line under a card's title for --for: the ecosystem's
// constant, its names for the status, what it sends by default, or, for
// gRPC, both directions.
func (p *printer) forLine(e *catalog.Entry, eco string) {
	if eco == "grpc" {
		gateway, client, reports, _ := grpcOf(e)
		var parts []string
		if len(gateway) > 0 {
			parts = append(parts, p.label(lGRPCGateway)+": "+grpcNames(gateway))
		}
		if reports {
			parts = append(parts, p.label(lGRPCClient)+": "+grpcName(client))
		}
		if len(parts) == 0 {
			p.line(p.st.dim(fmt.Sprintf(p.label(lNoNameFor), eco, e.Code)))
			return
		}
		p.hanging(0, p.st.bold("grpc: "), strings.Join(parts, "; "))
		return
	}
	constant := lookup.ConstantFor(e, eco)
	if constant != "" {
		p.line(p.st.bold(eco+": ") + constant)
	}
	var found []string
	if primary(e) {
		for _, n := range catalog.ErrorNamesFor(e.Code) {
			if l := errorLabel(n); n.Ecosystem == eco && !slices.Contains(found, l) {
				found = append(found, l)
			}
		}
		for _, d := range catalog.DefaultsFor(e.Code) {
			if d.Ecosystem == eco {
				found = append(found, d.Trigger)
			}
		}
	}
	switch {
	case len(found) > 0:
		// A second line, so the constant's line reads as it always has.
		p.hanging(0, p.st.bold(eco+": "), strings.Join(found, ", "))
	case constant != "":
	case slices.Contains(lookup.Ecosystems, eco):
		p.line(p.st.dim(fmt.Sprintf(p.label(lNoConstantFor), eco, e.Code)))
	default:
		p.line(p.st.dim(fmt.Sprintf(p.label(lNoNameFor), eco, e.Code)))
	}
}

// MatchLines writes what a query matched, one line per record, before the
// cards: "Symfony: NotFoundHttpException → 404 Not Found". A record's note
// follows on its own line.
func MatchLines(w io.Writer, ms []lookup.Match, opt Options) error {
	p := newPrinter(w, opt)
	for i, m := range ms {
		p.line(p.st.bold(matchSubject(m)) + " → " + p.codeStyle(m.Code)(nameOf(m.Code)) + sinceSuffix(m.Since))
		// A note shared by a name's records (one per status) is said once.
		if n := p.text(m.Note); n != "" && (i+1 == len(ms) || p.text(ms[i+1].Note) != n || ms[i+1].Name != m.Name) {
			p.hanging(2, p.st.warn("! "), n)
		}
	}
	return p.err
}

// matchSubject is "Symfony: NotFoundHttpException", "AWS DynamoDB:
// AccessDeniedException" or "gRPC: UNAVAILABLE (14)".
func matchSubject(m lookup.Match) string {
	eco := m.Ecosystem
	if e, ok := catalog.EcosystemByKey(m.Ecosystem); ok {
		eco = e.Name
	}
	if m.Service != "" {
		eco += " " + m.Service
	}
	name := m.Name
	if m.Kind == lookup.KindGRPC {
		name = fmt.Sprintf("%s (%d)", m.Name, m.GRPC)
	}
	return eco + ": " + name
}

func sinceSuffix(since string) string {
	if since == "" {
		return ""
	}
	return " (since " + since + ")"
}

// ForRow is one name an ecosystem has for a status, as `list --for` shows
// it.
type ForRow struct {
	Ecosystem string `json:"ecosystem"`
	// Kind is constant, grpc (a gateway sends the code as the status),
	// grpc_client (a client reports the code on receiving the status),
	// exception, provider_error or default.
	Kind     string `json:"kind"`
	Name     string `json:"name"` // the name, or for a default what triggers it
	Code     int    `json:"code"`
	Reason   string `json:"reason"` // the status's name: "Not Found"
	GRPCCode *int   `json:"grpc_code"`
	Summary  string `json:"summary"` // for gRPC codes, what the code means
	Service  string `json:"service"`
	Since    string `json:"since"`
	Case     string `json:"case"` // for a default: redirect, validation …
	Source   string `json:"source"`
	Note     string `json:"note"`
}

// ForRows lists what one ecosystem calls each status: its constants, gRPC
// codes both ways, exceptions, provider errors and defaults, in that order.
// keep filters by code.
func ForRows(eco string, lang catalog.Lang, keep func(code int) bool) []ForRow {
	rows := []ForRow{}
	add := func(r ForRow) {
		if keep(r.Code) {
			r.Ecosystem = eco
			if es := catalog.ByCode(r.Code); len(es) > 0 {
				r.Reason = es[0].Name
			}
			rows = append(rows, r)
		}
	}
	if slices.Contains(lookup.Ecosystems, eco) {
		seen := map[string]bool{}
		for _, e := range catalog.All() {
			if c := lookup.ConstantFor(e, eco); c != "" && !seen[c] {
				seen[c] = true
				add(ForRow{Kind: "constant", Name: c, Code: e.Code})
			}
		}
	}
	if eco == "grpc" {
		for _, c := range catalog.GRPCCodes() {
			add(ForRow{Kind: "grpc", Name: c.Name, Code: c.HTTP, GRPCCode: &c.Code, Summary: c.Summary.In(lang), Since: c.Since, Source: c.Source, Note: c.Note.In(lang)})
		}
		for code := 200; code <= 599; code++ {
			if n := catalog.GRPCClient(code); n.Code != catalog.GRPCUnknown {
				add(ForRow{Kind: "grpc_client", Name: n.Name, Code: code, GRPCCode: &n.Code, Summary: n.Summary.In(lang), Source: catalog.GRPCClientSource, Note: catalog.GRPCNote(code).In(lang)})
			}
		}
	}
	for _, n := range catalog.ErrorNames() {
		if n.Ecosystem == eco {
			add(ForRow{Kind: string(n.Kind), Name: n.Name, Code: n.Code, Service: n.Service, Since: n.Since, Source: n.Source, Note: n.Note.In(lang)})
		}
	}
	for _, d := range catalog.Defaults() {
		if d.Ecosystem == eco {
			add(ForRow{Kind: "default", Name: d.Trigger, Code: d.Code, Since: d.Since, Case: string(d.Case), Source: d.Source, Note: d.Note.In(lang)})
		}
	}
	return rows
}

// ListFor writes `list --for`: name, code, reason, kind and a detail
// (service, since, case or gRPC number), aligned at a terminal and
// tab-separated in a pipe.
func ListFor(w io.Writer, rows []ForRow, opt Options) error {
	p := newPrinter(w, opt)
	table := make([][]string, len(rows))
	for i, r := range rows {
		var detail []string
		if r.GRPCCode != nil {
			detail = append(detail, fmt.Sprintf("grpc %d", *r.GRPCCode))
		}
		for _, d := range []string{r.Service, r.Case} {
			if d != "" {
				detail = append(detail, d)
			}
		}
		if r.Since != "" {
			detail = append(detail, "since "+r.Since)
		}
		table[i] = []string{r.Name, fmt.Sprint(r.Code), r.Reason, r.Kind, strings.Join(detail, ", ")}
	}
	header := []string{p.label(lHeaderName), p.label(lHeaderCode), p.label(lHeaderReason), p.label(lHeaderKind), p.label(lHeaderDetail)}
	p.table(header, table, func(row, col int) func(string) string {
		if col == 1 {
			return p.codeStyle(rows[row].Code)
		}
		return plain
	})
	return p.err
}
