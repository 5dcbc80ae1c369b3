// Package openapi reads an OpenAPI 3.x or Swagger 2.0 description, YAML or
// JSON, into the lint package's Document: its operations and responses,
// every $ref they use followed, with the line and column of each.
//
// The file is untrusted. It is bounded before it is walked: its size, its
// nesting, its aliases, the hops of each $ref chain; a $ref cycle is an
// error, not a hang. It is never decoded into generic values (that would
// expand YAML aliases), only walked as go.yaml.in/yaml/v3's node tree, and
// only the parts the rules need. Only local "#/…" references are followed,
// and files beside the spec only when asked: never a URL, an absolute path
// or a path out of the spec's folder.
//
// This package links the YAML reader, whose package init builds tables
// and regexps; httpcode keeps it out of its own binary (see cmd/httpcode-lint).
//
// Its API carries no compatibility promise before httpcode v1.
package openapi

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"path"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/httpcode/httpcode/pkg/lint"
)

// Limits bound the work one file can cause.
type Limits struct {
	MaxBytes   int64 // file size
	MaxDepth   int   // nesting of mappings and sequences
	MaxAliases int   // YAML alias nodes in the file
	MaxRefHops int   // $refs followed for one object
	MaxFiles   int   // files read through $refs, when following them
}

// DefaultLimits hold every real API description we know of (the largest,
// GitHub's, is about 12 MB) while keeping a hostile file under 2 s and
// 200 MB: parsing costs about 0.07 s and 12 MB of memory per MB of YAML.
func DefaultLimits() Limits {
	return Limits{MaxBytes: 16 << 20, MaxDepth: 1000, MaxAliases: 10000, MaxRefHops: 32, MaxFiles: 64}
}

// Options say what Load may do beyond reading the one file.
type Options struct {
	Limits Limits
	// Files, when not nil, lets $refs name other files; it must be rooted
	// at the spec's own folder (os.DirFS of it), and names leaving that
	// folder are refused whatever it holds. Dir is the folder as messages
	// should show it.
	Files fs.FS
	Dir   string
}

// Load reads one description. name is what messages call the file (and,
// with Options.Files, its path inside that folder).
func Load(name string, data []byte, opt Options) (*lint.Document, error) {
	if opt.Limits == (Limits{}) {
		opt.Limits = DefaultLimits()
	}
	l := &loader{opt: opt, files: map[string]*yaml.Node{}}
	root, err := l.parse(name, data)
	if err != nil {
		return nil, err
	}
	l.main = name
	l.files[name] = root
	return l.document(name, root)
}

// errNotAPI marks a well-formed file that is not an API description.
var errNotAPI = errors.New("not an OpenAPI or Swagger document")

type loader struct {
	opt   Options
	main  string
	files map[string]*yaml.Node // parsed files by name, the spec's first
	// steps counts nodes visited while walking, aliases included; it stops
	// a small file whose aliases fan out into millions of operations.
	steps, maxSteps int
}

func (l *loader) parse(name string, data []byte) (*yaml.Node, error) {
	if int64(len(data)) > l.opt.Limits.MaxBytes {
		return nil, fmt.Errorf("%s is over the %d MB limit for an API description; lint its parts separately", name, l.opt.Limits.MaxBytes>>20)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, fmt.Errorf("%s is binary, not YAML or JSON; give an OpenAPI or Swagger file", name)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		msg = strings.Join(strings.Fields(msg), " ")
		if len(msg) > 120 {
			msg = msg[:120] + "…"
		}
		return nil, fmt.Errorf("%s is not valid YAML or JSON (%s); fix its syntax first", name, msg)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, fmt.Errorf("%s is empty: %w; give an OpenAPI 3.x or Swagger 2.0 file", name, errNotAPI)
	}
	nodes, err := l.bounded(name, &doc)
	if err != nil {
		return nil, err
	}
	l.maxSteps += 4*nodes + 100000
	return doc.Content[0], nil
}

// bounded checks nesting and aliases over the whole tree, without following
// aliases, and returns how many nodes it holds.
func (l *loader) bounded(name string, doc *yaml.Node) (int, error) {
	type item struct {
		n     *yaml.Node
		depth int
	}
	stack := []item{{doc, 0}}
	nodes, aliases := 0, 0
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		nodes++
		if it.depth > l.opt.Limits.MaxDepth {
			return 0, fmt.Errorf("%s:%d:%d: nested deeper than %d levels; not a plausible API description", name, it.n.Line, it.n.Column, l.opt.Limits.MaxDepth)
		}
		if it.n.Kind == yaml.AliasNode {
			if aliases++; aliases > l.opt.Limits.MaxAliases {
				return 0, fmt.Errorf("%s:%d:%d: more than %d YAML aliases; not a plausible API description", name, it.n.Line, it.n.Column, l.opt.Limits.MaxAliases)
			}
		}
		for _, c := range it.n.Content {
			stack = append(stack, item{c, it.depth + 1})
		}
	}
	return nodes, nil
}

var errTooMuch = errors.New("its YAML aliases expand past the limit; not a plausible API description")

// deref follows an alias to its anchor, counting the step.
func (l *loader) deref(n *yaml.Node) *yaml.Node {
	l.steps++
	for hops := 0; n != nil && n.Kind == yaml.AliasNode && hops < 16; hops++ {
		n = n.Alias
	}
	if n != nil && n.Kind == yaml.AliasNode {
		return nil
	}
	return n
}

// pairs calls f for each key and value of a mapping, aliases followed, and
// stops early when the walk has gone on too long.
func (l *loader) pairs(m *yaml.Node, f func(k, v *yaml.Node)) error {
	m = l.deref(m)
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if l.steps++; l.steps > l.maxSteps {
			return errTooMuch
		}
		k, v := l.deref(m.Content[i]), l.deref(m.Content[i+1])
		if k == nil || v == nil {
			continue
		}
		if k.Value == "<<" && k.ShortTag() == "!!merge" {
			continue
		}
		f(k, v)
	}
	return nil
}

// get returns a mapping's value for key, looking into YAML merge keys too.
func (l *loader) get(m *yaml.Node, key string) *yaml.Node {
	_, v := l.getKV(m, key, 0)
	return v
}

func (l *loader) getKV(m *yaml.Node, key string, depth int) (*yaml.Node, *yaml.Node) {
	m = l.deref(m)
	if m == nil || m.Kind != yaml.MappingNode || depth > 8 {
		return nil, nil
	}
	var merges []*yaml.Node
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := l.deref(m.Content[i])
		if k == nil {
			continue
		}
		if k.Value == key && k.Kind == yaml.ScalarNode && k.ShortTag() != "!!merge" {
			return k, l.deref(m.Content[i+1])
		}
		if k.ShortTag() == "!!merge" {
			merges = append(merges, m.Content[i+1])
		}
	}
	for _, mg := range merges {
		mg = l.deref(mg)
		if mg == nil {
			continue
		}
		list := []*yaml.Node{mg}
		if mg.Kind == yaml.SequenceNode {
			list = mg.Content
		}
		for _, x := range list {
			if k, v := l.getKV(x, key, depth+1); v != nil {
				return k, v
			}
		}
	}
	return nil, nil
}

func (l *loader) str(m *yaml.Node, key string) string {
	if v := l.get(m, key); v != nil && v.Kind == yaml.ScalarNode {
		return v.Value
	}
	return ""
}

// target is where a $ref chain ends.
type target struct {
	node    *yaml.Node
	key     *yaml.Node // the key it sits under, for its position
	file    string
	pointer string
	hops    int
	// external is set when the chain leaves the file and following files
	// was not asked for: the object is unknown.
	external bool
}

// resolve follows n's $ref chain, if any. Cycles, chains too long and
// pointers to nothing are errors; references to other files are followed
// only when Options.Files allows, and only inside that folder.
func (l *loader) resolve(file, pointer string, key, n *yaml.Node) (target, error) {
	t := target{node: n, key: key, file: file, pointer: pointer}
	seen := map[string]bool{}
	for {
		ref := l.get(t.node, "$ref")
		if ref == nil || ref.Kind != yaml.ScalarNode {
			return t, nil
		}
		if t.hops++; t.hops > l.opt.Limits.MaxRefHops {
			return t, fmt.Errorf("%s:%d:%d: $ref chain longer than %d hops; shorten it", t.file, ref.Line, ref.Column, l.opt.Limits.MaxRefHops)
		}
		refFile, frag, _ := strings.Cut(ref.Value, "#")
		nextFile := t.file
		if refFile != "" {
			name, ok := l.localFile(l.fsName(t.file), refFile)
			if !ok {
				t.external = true
				return t, nil
			}
			nextFile = name
		}
		id := nextFile + "#" + frag
		if seen[id] {
			return t, fmt.Errorf("%s:%d:%d: $ref cycle through %s; break the cycle", t.file, ref.Line, ref.Column, strconv.Quote(ref.Value))
		}
		seen[id] = true
		root, err := l.file(nextFile)
		if err != nil {
			return t, fmt.Errorf("%s:%d:%d: %w", t.file, ref.Line, ref.Column, err)
		}
		k, v, err := l.pointer(root, frag)
		if err != nil {
			return t, fmt.Errorf("%s:%d:%d: $ref %s %v; fix the reference", t.file, ref.Line, ref.Column, strconv.Quote(ref.Value), err)
		}
		t.node, t.key, t.file, t.pointer = v, k, nextFile, frag
	}
}

// localFile turns a $ref's file part into a name inside the spec's folder,
// or reports that it is not to be read: following files was not asked
// for, or the reference is a URL, absolute, or climbs out of the folder.
func (l *loader) localFile(from, ref string) (string, bool) {
	if l.opt.Files == nil {
		return "", false
	}
	u, err := url.Parse(ref)
	if err != nil || u.Scheme != "" || u.Host != "" || strings.HasPrefix(u.Path, "/") || strings.Contains(ref, "\\") {
		return "", false
	}
	name := path.Clean(path.Join(path.Dir(from), u.Path))
	if !fs.ValidPath(name) {
		return "", false // ".." out of the folder
	}
	return name, true
}

// fsName is a file's name inside Options.Files.
func (l *loader) fsName(file string) string {
	if file != l.main {
		return file
	}
	return path.Base(strings.ReplaceAll(file, "\\", "/"))
}

// display is a file's name as messages show it.
func (l *loader) display(file string) string {
	if file == l.main || l.opt.Dir == "" {
		return file
	}
	return path.Join(l.opt.Dir, file)
}

func (l *loader) file(name string) (*yaml.Node, error) {
	if root, ok := l.files[name]; ok {
		return root, nil
	}
	if len(l.files) >= l.opt.Limits.MaxFiles {
		return nil, fmt.Errorf("more than %d files referenced", l.opt.Limits.MaxFiles)
	}
	f, err := l.opt.Files.Open(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s", strconv.Quote(name))
	}
	defer f.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(io.LimitReader(f, l.opt.Limits.MaxBytes+1)); err != nil {
		return nil, fmt.Errorf("cannot read %s", strconv.Quote(name))
	}
	root, err := l.parse(l.display(name), buf.Bytes())
	if err != nil {
		return nil, err
	}
	l.files[name] = root
	return root, nil
}

// pointer finds a JSON pointer (a URI fragment: percent-encoded, then
// RFC 6901 escaped) in a tree, returning the key it sits under.
func (l *loader) pointer(root *yaml.Node, frag string) (*yaml.Node, *yaml.Node, error) {
	if frag == "" {
		return nil, root, nil
	}
	if !strings.HasPrefix(frag, "/") {
		return nil, nil, errors.New("is not a JSON pointer")
	}
	if f, err := url.PathUnescape(frag); err == nil {
		frag = f
	}
	var key *yaml.Node
	n := root
	for _, tok := range strings.Split(frag[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		n = l.deref(n)
		switch {
		case n == nil:
		case n.Kind == yaml.MappingNode:
			key, n = l.getKV(n, tok, 0)
		case n.Kind == yaml.SequenceNode:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(n.Content) {
				n = nil
			} else {
				key, n = n.Content[i], l.deref(n.Content[i])
			}
		default:
			n = nil
		}
		if n == nil {
			return nil, nil, errors.New("points at nothing")
		}
	}
	return key, n, nil
}

func pos(n *yaml.Node) lint.Pos {
	if n == nil {
		return lint.Pos{}
	}
	return lint.Pos{Line: n.Line, Column: n.Column}
}

// Read is Load with default limits, in the shape httpcode's lint command
// takes: files, when not nil, is the spec's own folder.
func Read(name string, data []byte, files fs.FS) (*lint.Document, error) {
	opt := Options{}
	if files != nil {
		opt.Files, opt.Dir = files, path.Dir(strings.ReplaceAll(name, "\\", "/"))
	}
	return Load(name, data, opt)
}
