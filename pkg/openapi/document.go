package openapi

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/httpcode/httpcode/pkg/lint"
)

// methods are the operation keys of a path item.
var methods = [...]string{"get", "put", "post", "delete", "options", "head", "patch", "trace", "query"}

func (l *loader) document(name string, root *yaml.Node) (*lint.Document, error) {
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s is %w: its top level is not a mapping; give an OpenAPI 3.x or Swagger 2.0 file", name, errNotAPI)
	}
	doc := &lint.Document{File: name}
	switch {
	case strings.HasPrefix(l.str(root, "openapi"), "3."):
	case l.str(root, "swagger") == "2.0":
		doc.Swagger = true
	case l.str(root, "openapi") != "":
		return nil, fmt.Errorf("%s: OpenAPI version %q is not supported; use 2.0 (swagger) or 3.x", name, l.str(root, "openapi"))
	default:
		return nil, fmt.Errorf("%s is %w: it has no openapi or swagger field; give an OpenAPI 3.x or Swagger 2.0 file", name, errNotAPI)
	}
	w := walker{loader: l, doc: doc, produces: l.stringList(l.get(root, "produces"))}
	if err := l.pairs(l.get(root, "paths"), func(k, v *yaml.Node) {
		if w.err == nil && strings.HasPrefix(k.Value, "/") {
			w.pathItem(k.Value, "/paths/"+lint.EscapePointer(k.Value), k, v, false)
		}
	}); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := l.pairs(l.get(root, "webhooks"), func(k, v *yaml.Node) {
		if w.err == nil {
			w.pathItem(k.Value, "/webhooks/"+lint.EscapePointer(k.Value), k, v, true)
		}
	}); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if w.err != nil {
		return nil, w.err
	}
	return doc, nil
}

type walker struct {
	*loader
	doc      *lint.Document
	produces []string // Swagger's global produces
	err      error
	// callbackDepth is how deep in callbacks the walk is.
	callbackDepth int
}

func (w *walker) fail(err error) {
	if w.err == nil {
		w.err = err
	}
}

func (w *walker) pathItem(route, pointer string, key, item *yaml.Node, webhook bool) {
	t, err := w.resolve(w.main, pointer, key, item)
	if err != nil {
		w.fail(err)
		return
	}
	if t.external {
		return
	}
	item, pointer = t.node, t.pointer
	shared := w.get(item, "parameters")
	for _, m := range methods {
		k, op := w.getKV(item, m, 0)
		if op == nil || op.Kind != yaml.MappingNode {
			continue
		}
		w.operation(route, pointer+"/"+m, strings.ToUpper(m), k, op, shared, t.file, webhook)
		if w.err != nil {
			return
		}
	}
}

func (w *walker) operation(route, pointer, method string, key, op, pathParams *yaml.Node, file string, webhook bool) {
	o := &lint.Operation{Method: method, Path: route, Webhook: webhook, Pointer: pointer + "/responses", Pos: pos(key)}
	o.Ignore = w.stringList(w.get(op, "x-httpcode-ignore"))
	// Inputs: Swagger says body and form data with parameters; 3.x has
	// requestBody.
	for _, list := range []*yaml.Node{pathParams, w.get(op, "parameters")} {
		if list = w.deref(list); list == nil || list.Kind != yaml.SequenceNode {
			continue
		}
		for _, p := range list.Content {
			o.TakesInput = true
			t, err := w.resolve(file, "", nil, w.deref(p))
			if err != nil {
				w.fail(err)
				return
			}
			if in := w.str(t.node, "in"); in == "body" || in == "formData" {
				o.TakesBody = true
			}
		}
	}
	if w.get(op, "requestBody") != nil {
		o.TakesBody, o.TakesInput = true, true
	}
	produces := w.produces
	if p := w.get(op, "produces"); p != nil {
		produces = w.stringList(p)
	}
	rk, responses := w.getKV(op, "responses", 0)
	if rk != nil {
		o.Pos = pos(rk)
	}
	if err := w.pairs(responses, func(k, v *yaml.Node) {
		// Specification extensions are allowed among the responses.
		if w.err == nil && !strings.HasPrefix(k.Value, "x-") {
			w.response(o, file, k, v, produces)
		}
	}); err != nil {
		w.fail(fmt.Errorf("%s: %w", w.main, err))
		return
	}
	w.doc.Operations = append(w.doc.Operations, o)
	w.callbacks(route, pointer, op, file)
}

// callbacks walks an operation's callbacks: requests the API sends, judged
// like webhooks. Their path items may hold callbacks again, and $refs can
// make that a loop, so the nesting is cut short.
func (w *walker) callbacks(route, pointer string, op *yaml.Node, file string) {
	if w.callbackDepth >= maxCallbackDepth {
		return
	}
	w.callbackDepth++
	defer func() { w.callbackDepth-- }()
	_ = w.pairs(w.get(op, "callbacks"), func(name, cb *yaml.Node) {
		if w.err != nil {
			return
		}
		t, err := w.resolve(file, pointer+"/callbacks/"+lint.EscapePointer(name.Value), name, cb)
		if err != nil {
			w.fail(err)
			return
		}
		if t.external || t.file != w.main {
			return
		}
		_ = w.pairs(t.node, func(expr, item *yaml.Node) {
			if w.err == nil && !strings.HasPrefix(expr.Value, "x-") {
				w.pathItem(route+" → "+name.Value+" "+expr.Value, t.pointer+"/"+lint.EscapePointer(expr.Value), expr, item, true)
			}
		})
	})
}

// maxCallbackDepth bounds callbacks inside callbacks.
const maxCallbackDepth = 4

func (w *walker) response(o *lint.Operation, file string, key, v *yaml.Node, produces []string) {
	r := &lint.Response{
		Key:    key.Value,
		KeyPos: pos(key),
		IntKey: key.Style == 0 && key.ShortTag() == "!!int",
	}
	r.Pointer, r.Pos = o.Pointer+"/"+lint.EscapePointer(key.Value), r.KeyPos
	site := v
	t, err := w.resolve(file, r.Pointer, key, v)
	if err != nil {
		w.fail(err)
		return
	}
	o.Responses = append(o.Responses, r)
	r.Ignore = w.stringList(w.get(site, "x-httpcode-ignore"))
	if t.external {
		return
	}
	r.Resolved = true
	if t.hops > 0 {
		r.Shared = true
		r.Pointer, r.Pos = t.pointer, pos(t.key)
		if t.file != w.main {
			r.File = w.display(t.file)
		}
		r.Ignore = append(r.Ignore, w.stringList(w.get(t.node, "x-httpcode-ignore"))...)
	}
	def := t.node
	r.Description = w.str(def, "description")
	if d := w.str(site, "description"); d != "" && t.hops > 0 {
		r.Description = d // 3.1: a description beside $ref overrides the target's
	}
	_ = w.pairs(w.get(def, "headers"), func(k, _ *yaml.Node) { r.Headers = append(r.Headers, k.Value) })
	if w.doc.Swagger {
		r.Content = w.get(def, "schema") != nil
		r.MediaTypes = produces
		return
	}
	_ = w.pairs(w.get(def, "content"), func(k, _ *yaml.Node) {
		r.Content = true
		r.MediaTypes = append(r.MediaTypes, k.Value)
	})
}

// stringList reads a string or a sequence of strings.
func (l *loader) stringList(n *yaml.Node) []string {
	n = l.deref(n)
	if n == nil {
		return nil
	}
	if n.Kind == yaml.ScalarNode {
		return []string{n.Value}
	}
	var out []string
	if n.Kind == yaml.SequenceNode {
		for _, c := range n.Content {
			if c = l.deref(c); c != nil && c.Kind == yaml.ScalarNode {
				out = append(out, c.Value)
			}
		}
	}
	return out
}
