package suggest

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// A case is one line of a case file in testdata/suggest:
//
//	expected | alternatives | query
//
// where alternatives are the other codes an expert would also accept
// ("422,400" or "-").
type testCase struct {
	line     int
	expected int
	accepted []int // expected first, then the alternatives
	query    string
}

func readCases(t *testing.T, name string) []testCase {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "suggest", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []testCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.SplitN(line, "|", 3)
		if len(parts) != 3 {
			t.Fatalf("%s:%d: want expected | alternatives | query", name, n)
		}
		c := testCase{line: n, query: strings.TrimSpace(parts[2])}
		if c.expected, err = strconv.Atoi(strings.TrimSpace(parts[0])); err != nil {
			t.Fatalf("%s:%d: bad code %q", name, n, parts[0])
		}
		c.accepted = []int{c.expected}
		if alts := strings.TrimSpace(parts[1]); alts != "-" {
			for _, a := range strings.Split(alts, ",") {
				code, err := strconv.Atoi(strings.TrimSpace(a))
				if err != nil {
					t.Fatalf("%s:%d: bad alternative %q", name, n, a)
				}
				c.accepted = append(c.accepted, code)
			}
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// score runs every case and returns the share answered right first (top-1)
// and among the first three (top-3). An answer is right when it is the
// expected code or one of the alternatives.
func score(t *testing.T, name string) (top1, top3 float64) {
	cases := readCases(t, name)
	var hit1, hit3 int
	var misses []string
	// SUGGEST_DUMP=file appends each development case's answer and the
	// signals its confidence was read from, to refit calibrate.go's weights.
	var dump *os.File
	if path := os.Getenv("SUGGEST_DUMP"); path != "" {
		dump, _ = os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		defer dump.Close()
	}
	for _, c := range cases {
		res := Suggest(c.query, 3)
		var got []int
		for _, s := range res.Suggestions {
			got = append(got, s.Entry.Code)
		}
		first := len(got) > 0 && slices.Contains(c.accepted, got[0])
		inThree := slices.ContainsFunc(got, func(code int) bool { return slices.Contains(c.accepted, code) })
		if first {
			hit1++
		}
		if inThree {
			hit3++
		}
		if dump != nil && !slices.Contains(heldOut, name) {
			sg := res.signals
			conf := 0.0
			if len(res.Suggestions) > 0 {
				conf = res.Suggestions[0].Confidence
			}
			fmt.Fprintf(dump, "%s:%d\t%v\t%v\t%q\t%.3f\t%.3f\t%.3f\t%.3f\t%.2f\n", name, c.line, first, got, c.query, sg.top, sg.second, sg.qcover, sg.rcover, conf)
		}
		if !first {
			mark := "  "
			if !inThree {
				mark = "✗ "
			}
			misses = append(misses, fmt.Sprintf("%s%s:%d want %v got %v  %q", mark, name, c.line, c.accepted, got, c.query))
		}
	}
	top1 = float64(hit1) / float64(len(cases))
	top3 = float64(hit3) / float64(len(cases))
	t.Logf("%s: %d cases, top-1 %.1f%%, top-3 %.1f%%", name, len(cases), 100*top1, 100*top3)
	if testing.Verbose() && !slices.Contains(heldOut, name) {
		for _, m := range misses {
			t.Log(m)
		}
	}
	return top1, top3
}

// The floors sit just under the scores measured when they were last set;
// raise them when the engine improves, never lower them to pass.
func TestAccuracyEnglish(t *testing.T) {
	checkFloors(t, "en.txt", 0.97, 0.99)
}

func TestAccuracyHinglish(t *testing.T) {
	checkFloors(t, "hinglish.txt", 0.965, 0.99)
}

// The held-out sets were written, to a coverage spec, by helpers who never
// saw the engine, the catalogue or any other set, and nobody tunes against
// them; they estimate how the engine does on questions it was not shaped
// for. Each was scored when it arrived ("first contact") and once at the
// end of the work it measured (the README has both figures); from then on
// it holds the engine to what it reached. The oldest (blind, blind2) have
// been watched as totals, never read, through three rounds of work.
var heldOut = []string{
	"blind_en.txt", "blind_hinglish.txt", "blind2_en.txt", "blind2_hinglish.txt",
	"blind6_en.txt", "blind6_hinglish.txt", "blind7_en.txt", "blind7_hinglish.txt", "blind8_en.txt", "blind8_hinglish.txt",
	"blind9_en.txt", "blind9_hinglish.txt",
}

func TestAccuracyBlind(t *testing.T) {
	checkFloors(t, "blind_en.txt", 0.895, 0.975)
	checkFloors(t, "blind_hinglish.txt", 0.905, 0.99)
	checkFloors(t, "blind2_en.txt", 0.885, 0.97)
	checkFloors(t, "blind2_hinglish.txt", 0.95, 0.995)
}

// blind6 leans on context (forum-length questions, framework, gateway and
// provider names), blind7 on everyday words of people new to API design,
// blind8 on what the RFCs, MDN and API style guides say; blind9, half
// definitional, held out the work on questions asked in the spec's terms.
func TestAccuracyFreshBlind(t *testing.T) {
	checkFloors(t, "blind6_en.txt", 0.825, 0.95)
	checkFloors(t, "blind6_hinglish.txt", 0.87, 0.965)
	checkFloors(t, "blind7_en.txt", 0.88, 0.965)
	checkFloors(t, "blind7_hinglish.txt", 0.855, 0.975)
	checkFloors(t, "blind8_en.txt", 0.815, 0.92)
	checkFloors(t, "blind8_hinglish.txt", 0.82, 0.955)
	checkFloors(t, "blind9_en.txt", 0.86, 0.985)
	checkFloors(t, "blind9_hinglish.txt", 0.975, 0.985)
}

func checkFloors(t *testing.T, name string, min1, min3 float64) {
	t.Helper()
	top1, top3 := score(t, name)
	if top1 < min1 || top3 < min3 {
		t.Errorf("%s: top-1 %.1f%% (floor %.1f%%), top-3 %.1f%% (floor %.1f%%)", name, 100*top1, 100*min1, 100*top3, 100*min3)
	}
}

func TestAccuracyHinglish2(t *testing.T) {
	checkFloors(t, "hinglish2.txt", 0.97, 0.995)
}

func TestAccuracyEnglish2(t *testing.T) {
	checkFloors(t, "en2.txt", 0.875, 0.965)
}

func TestAccuracyDev3(t *testing.T) {
	checkFloors(t, "dev3_en.txt", 0.905, 0.965)
	checkFloors(t, "dev3_hinglish.txt", 0.96, 0.98)
	checkFloors(t, "dev4_en.txt", 0.91, 0.975)
	checkFloors(t, "dev4_hinglish.txt", 0.89, 0.975)
	// dev5 is definitional: questions in the spec's own terms.
	checkFloors(t, "dev5_en.txt", 0.835, 0.94)
	checkFloors(t, "dev5_hinglish.txt", 0.87, 0.945)
}

// blind3, blind4 and blind5 were the held-out sets of the second round of
// work on the engine; in the third they became development sets, read and
// tuned on, and blind6 to blind8 took their place.
func TestAccuracyRetiredBlind(t *testing.T) {
	checkFloors(t, "blind3_en.txt", 0.90, 0.97)
	checkFloors(t, "blind3_hinglish.txt", 0.965, 0.995)
	checkFloors(t, "blind4_en.txt", 0.845, 0.95)
	checkFloors(t, "blind4_hinglish.txt", 0.92, 0.995)
	checkFloors(t, "blind5_en.txt", 0.925, 0.985)
	checkFloors(t, "blind5_hinglish.txt", 0.87, 0.965)
}

// TestCalibration holds confidence to its promise on questions the engine
// was not tuned on: answers marked sure are right at least 95 % of the
// time, and at least 70 % of questions get one. With -v it also shows how
// often answers in each band of confidence are right (CAL_SETS names other
// sets to report on, without the floors).
func TestCalibration(t *testing.T) {
	sets, floors := heldOut, true
	if names := strings.Fields(os.Getenv("CAL_SETS")); len(names) > 0 {
		sets, floors = names, false
	}
	bands := []float64{0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01}
	right := make([]int, len(bands))
	total := make([]int, len(bands))
	var n, sure, sureRight int
	for _, name := range sets {
		for _, c := range readCases(t, name) {
			res := Suggest(c.query, 3)
			n++
			conf, ok := 0.0, false
			if len(res.Suggestions) > 0 {
				conf = res.Suggestions[0].Confidence
				ok = slices.Contains(c.accepted, res.Suggestions[0].Entry.Code)
			}
			b := 0
			for b+1 < len(bands) && conf >= bands[b+1] {
				b++
			}
			total[b]++
			if ok {
				right[b]++
			}
			if res.Sure {
				sure++
				if ok {
					sureRight++
				}
			}
		}
	}
	for b := 0; b+1 < len(bands); b++ {
		if total[b] > 0 {
			t.Logf("confidence [%.2f,%.2f) %4d questions, %.1f%% right", bands[b], bands[b+1], total[b], 100*float64(right[b])/float64(total[b]))
		}
	}
	coverage, precision := float64(sure)/float64(n), float64(sureRight)/float64(max(sure, 1))
	t.Logf("%d questions: %.1f%% sure, %.1f%% of those right", n, 100*coverage, 100*precision)
	if floors && (precision < 0.95 || coverage < 0.70) {
		t.Errorf("sure answers: coverage %.1f%% (floor 70%%), precision %.1f%% (floor 95%%)", 100*coverage, 100*precision)
	}
}
