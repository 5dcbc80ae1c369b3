package suggest

import (
	"flag"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestSuggestShape(t *testing.T) {
	res := Suggest("user already exists", 3)
	if len(res.Suggestions) == 0 || res.Suggestions[0].Entry.Code != 409 {
		t.Fatalf("user already exists → %+v", res.Suggestions)
	}
	for i, s := range res.Suggestions {
		if s.Confidence < 0 || s.Confidence > 1 {
			t.Errorf("confidence %v out of range", s.Confidence)
		}
		if i > 0 && s.Score > res.Suggestions[i-1].Score {
			t.Errorf("not best first: %v after %v", s.Score, res.Suggestions[i-1].Score)
		}
		if len(s.Matches) == 0 || len(s.Matches[0].Words) == 0 {
			t.Errorf("%d has no evidence", s.Entry.Code)
		}
	}
	one := Suggest("user already exists", 1)
	if len(one.Suggestions) != 1 {
		t.Fatalf("n=1 gave %d", len(one.Suggestions))
	}
	if one.Suggestions[0].Confidence != res.Suggestions[0].Confidence {
		t.Errorf("confidence depends on n: %v with n=1, %v with n=3", one.Suggestions[0].Confidence, res.Suggestions[0].Confidence)
	}
}

func TestNothingFits(t *testing.T) {
	for _, q := range []string{"", "   ", "hello", "purple elephant dancing", "asdf qwerty", "the", "what status code should i return", "\x00\xff", "lorem ipsum dolor sit amet"} {
		if res := Suggest(q, 3); len(res.Suggestions) != 0 {
			t.Errorf("%q → %d %s; want nothing", q, res.Suggestions[0].Entry.Code, res.Suggestions[0].Entry.Name)
		}
	}
}

func TestNegation(t *testing.T) {
	wantFirst(t, map[string]int{
		"resource not found":                404,
		"user not logged in":                401,
		"yeh endpoint pe POST allowed nahi": 405,
		"permission nahi hai":               403,
		"file not modified since":           304,
	})
}

// wantFirst checks that each question's first answer is its code.
func wantFirst(t *testing.T, cases map[string]int) {
	t.Helper()
	for q, want := range cases {
		res := Suggest(q, 3)
		if len(res.Suggestions) == 0 || res.Suggestions[0].Entry.Code != want {
			t.Errorf("%q → %v, want %d first", q, codesOf(res), want)
		}
	}
}

func codesOf(res Result) []int {
	var out []int
	for _, s := range res.Suggestions {
		out = append(out, s.Entry.Code)
	}
	return out
}

// writeIndex makes TestIndexIsCurrent write index_gen.go instead of
// checking it: `go generate ./pkg/suggest` runs it so.
var writeIndex = flag.Bool("write-index", false, "write index_gen.go from lexicon.txt and the catalogue")

// TestIndexIsCurrent keeps index_gen.go in step with lexicon.txt and the
// catalogue: editing either without regenerating fails here.
func TestIndexIsCurrent(t *testing.T) {
	lexicon, err := os.ReadFile("lexicon.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := Generate(string(lexicon))
	if err != nil {
		t.Fatalf("lexicon.txt: %v", err)
	}
	if *writeIndex {
		if err := os.WriteFile("index_gen.go", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile("index_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Fatal("index_gen.go is stale: run go generate ./pkg/suggest")
	}
}

func FuzzSuggest(f *testing.F) {
	for _, seed := range []string{"user already exists", "jwt expired", "naya user ban gaya", "not not not found", "upstrem timout", "", "\xff\x00", "a b c d e f g h i j k l m n o p q r s t u v w x y z", strings.Repeat("nahi ", 100)} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, q string) {
		start := time.Now()
		res := Suggest(q, 3)
		if d := time.Since(start); d > 100*time.Millisecond {
			t.Errorf("%q took %v", q, d)
		}
		for i, s := range res.Suggestions {
			if s.Confidence < 0 || s.Confidence > 1 || s.Entry == nil {
				t.Errorf("%q: bad suggestion %+v", q, s)
			}
			if i > 0 && s.Score > res.Suggestions[i-1].Score {
				t.Errorf("%q: not best first", q)
			}
		}
	})
}

func BenchmarkSuggest(b *testing.B) {
	for b.Loop() {
		Suggest("upstream service timed out after 30 seconds", 3)
	}
}

func BenchmarkSuggestHinglish(b *testing.B) {
	for b.Loop() {
		Suggest("server abhi busy hai baad mein try karo", 3)
	}
}

func BenchmarkSuggestTypos(b *testing.B) {
	for b.Loop() {
		Suggest("unathorized usr cretaed timout", 3)
	}
}

// BenchmarkBuildIndex measures what go generate does; httpcode itself
// never builds the index at run time.
func BenchmarkBuildIndex(b *testing.B) {
	lexicon, err := os.ReadFile("lexicon.txt")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Generate(string(lexicon)); err != nil {
			b.Fatal(err)
		}
	}
}

func TestWordsAndIdentifiers(t *testing.T) {
	texts := func(toks []token) string {
		var out []string
		for _, tk := range toks {
			out = append(out, tk.text)
		}
		return strings.Join(out, " ")
	}
	for in, want := range map[string]string{
		"User doesn't exist":    "user does not exist",
		"it doesnt work":        "it does not work",
		"can't, won't":          "can not will not",
		"GET vs get":            "getmethod vs get",
		"user's token":          "users token",
		"2GB upload, 500kb":     "2gb upload 500kb",
		"HTTP/1.1 404":          "http 1 1 404",
		"नहीं x":                "नहीं x",
		"RecordNotFound raised": "recordnotfound raised",
	} {
		if got := texts(words(in)); got != want {
			t.Errorf("words(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"RecordNotFound":              "Record Not Found",
		"NoHandlerFoundException":     "No Handler Found Exception",
		"HTTPServer":                  "HTTP Server",
		"Http404":                     "Http 404",
		"OAuth":                       "OAuth",
		"plain":                       "plain",
		"MethodArgumentNotValidError": "Method Argument Not Valid Error",
	} {
		if got := strings.Join(splitIdentifier(in), " "); got != want {
			t.Errorf("splitIdentifier(%q) = %q, want %q", in, got, want)
		}
	}
	// An identifier the lexicon does not know reads as its words.
	res := Suggest("ActiveRecord::RecordNotFound", 1)
	if len(res.Suggestions) == 0 || res.Suggestions[0].Entry.Code != 404 {
		t.Errorf("RecordNotFound → %v, want 404", codesOf(res))
	}
	if got := sizeUnit("2gb"); got != "gb" {
		t.Errorf("sizeUnit(2gb) = %q", got)
	}
	if got := stem("creating") + " " + stem("created") + " " + stem("creates"); got != "creat creat creat" {
		t.Errorf("stems: %q", got)
	}
}

// slowCorrect is correct as a plain scan of every known word: the
// reference the fast path, which walks only two runs of the sorted list,
// must agree with.
func slowCorrect(t *tables, stem string) (string, bool) {
	limit, ok := typoLimit(stem)
	if !ok {
		return "", false
	}
	best, bestDist := -1, limit+1
	for i := range t.words.len() {
		if d := t.typoDistance(stem, i, limit); d < bestDist {
			best, bestDist = i, d
		}
	}
	if best < 0 {
		return "", false
	}
	return t.words.at(best), true
}

func TestCorrectMatchesScan(t *testing.T) {
	tb := engine
	var stems []string
	for i := range min(tb.words.len(), 3000) {
		w := tb.words.at(i)
		if len(w) < 4 {
			continue
		}
		// A dropped letter, a doubled one, swapped first letters.
		stems = append(stems, w[:len(w)-2]+w[len(w)-1:], w[:2]+w[1:], w[1:2]+w[:1]+w[2:])
	}
	stems = append(stems, "unathorized", "timout", "cretaed", "qwertyz", "zzzz")
	for _, s := range stems {
		gotW, gotOK := tb.correct(s)
		wantW, wantOK := slowCorrect(tb, s)
		if gotW != wantW || gotOK != wantOK {
			t.Fatalf("correct(%q) = %q, %v; the full scan says %q, %v", s, gotW, gotOK, wantW, wantOK)
		}
	}
}

// TestNamesQuotedFromElsewhere pins the ways a question quotes another
// ecosystem: a gRPC code by number, a provider's message in plain words
// when the question names the provider, a code it rules out, and a code it
// blames for the trouble.
func TestNamesQuotedFromElsewhere(t *testing.T) {
	wantFirst(t, map[string]int{
		"grpc-status 14 from the backend":                         503,
		"gRPC status code 0 through the gateway, which http code": 200,
		"grpc code 5": 404,
		"kubectl apply: the object has been modified; please apply your changes to the latest version": 409,
		"kubectl: field is immutable":                                                                                        422,
		"users hammer the login form 50 times a minute, so not 403, what then":                                               429,
		"proxy 60 sec pe give up karta hai par upstream 90 sec leta hai, 502 nahi toh kya":                                   504,
		"private repo ka existence leak nahi karna, 403 ke jagah kya bhejun":                                                 404,
		"our upload endpoint temporarily moves to another host, but 302 makes some clients switch to GET; what should I use": 307,
	})
	// Codes listed together share their fate: neither is the answer.
	for _, q := range []string{
		"we currently return 500 or 502 when the upstream is just slow, what should it be instead",
		"I expected 409 or 412 but the API answers something else when the user already exists",
	} {
		res := Suggest(q, 3)
		if len(res.Suggestions) > 0 && slices.Contains([]int{500, 502, 409, 412}, res.Suggestions[0].Entry.Code) {
			t.Errorf("%q → %d first, a code the question quoted", q, res.Suggestions[0].Entry.Code)
		}
	}
	// Without the ecosystem named, a number or a message is no quote.
	if res := Suggest("retry 14 times", 3); len(res.Suggestions) > 0 && res.Suggestions[0].Entry.Code == 503 && res.Sure {
		t.Errorf("\"retry 14 times\" is sure of 503")
	}
}

// TestFunctionPhrases checks that the lexicon's multi-word function phrases
// and "keep" saying that something goes on carry no concept.
func TestFunctionPhrases(t *testing.T) {
	res := Suggest("the browser keeps popping up a password box and nothing else, no fall back", 3)
	for _, w := range res.Words {
		switch w.Concept {
		case "empty", "preserve", "fail":
			t.Errorf("%q read as %q", w.Text, w.Concept)
		}
	}
	if res := Suggest("a redirect that keeps the method", 3); !slices.ContainsFunc(res.Words, func(w Word) bool { return w.Concept == "preserve" }) {
		t.Errorf("\"keeps the method\" lost its meaning: %+v", res.Words)
	}
}
