package extractor

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quotewire/quotewire/internal/evaldata"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/extract")

// testArticles returns our own test articles from testdata/extract.
func testArticles(t testing.TB) map[string]string {
	t.Helper()
	files, err := filepath.Glob("../testdata/extract/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test articles in ../testdata/extract: %v", err)
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".txt")] = string(b)
	}
	return out
}

// TestGolden compares the record of each test article with its golden file;
// -update rewrites them. Review golden diffs like code.
func TestGolden(t *testing.T) {
	x := newTestExtractor(t)
	for name, text := range testArticles(t) {
		t.Run(name, func(t *testing.T) {
			res, err := x.Extract(context.Background(), Article{ID: name, Text: text})
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(res, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("..", "testdata", "extract", name+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./extractor -run TestGolden -update)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("record differs from %s (-want +got):\n%s", path, diff)
			}
		})
	}
}

// checkOffsets asserts the offsets contract: every span of the record
// equals the text at its code-point offsets.
func checkOffsets(t testing.TB, text string, r Result) {
	t.Helper()
	runes := []rune(text)
	sub := func(a, b int) (string, bool) {
		if a < 0 || b > len(runes) || a > b {
			return "", false
		}
		return string(runes[a:b]), true
	}
	check := func(what string, s Span) {
		if got, ok := sub(s.Start, s.End); !ok || got != s.Text {
			t.Errorf("%s: text[%d:%d] = %q, span says %q", what, s.Start, s.End, got, s.Text)
		}
	}
	for _, sp := range r.Speakers {
		for _, m := range sp.Mentions {
			check("speaker mention", m)
		}
	}
	for _, q := range r.Quotes {
		check("quote", Span{q.Text, q.Start, q.End})
		if len(q.Segments) == 0 || q.Segments[0][0] != q.Start || q.Segments[len(q.Segments)-1][1] != q.End {
			t.Errorf("quote %s: segments %v do not span [%d, %d)", q.ID, q.Segments, q.Start, q.End)
		}
		for _, s := range q.Segments {
			if _, ok := sub(s[0], s[1]); !ok || s[0] >= s[1] {
				t.Errorf("quote %s: bad segment %v", q.ID, s)
			}
		}
		if q.Cue != nil {
			check("cue", *q.Cue)
		}
		if q.Speaker != nil {
			check("speaker mention", q.Speaker.Mention)
		}
		if q.Confidence < 0 || q.Confidence > 1 {
			t.Errorf("quote %s: confidence %v outside [0, 1]", q.ID, q.Confidence)
		}
	}
}

// checkBytes asserts the library's internal byte spans before encoding.
func checkBytes(t testing.TB, d *document, fs []found) {
	t.Helper()
	for _, f := range fs {
		for _, s := range f.segs {
			if s.start < 0 || s.end > len(d.text) || s.start > s.end {
				t.Errorf("byte segment %v out of range", s)
			}
		}
	}
}

func TestOffsetsOnTestArticles(t *testing.T) {
	t.Parallel()
	x := newTestExtractor(t)
	for name, text := range testArticles(t) {
		r, err := x.Extract(context.Background(), Article{ID: name, Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Quotes) == 0 {
			t.Errorf("%s: no quotes found", name)
		}
		checkOffsets(t, text, r)
	}
}

// evalDir finds the gold data through the module's one helper: it skips
// when the data is missing, and fails under CI=true.
func evalDir(t testing.TB) string {
	t.Helper()
	return evaldata.Dir(t)
}

type goldLine struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Quotes []struct {
		Start    int    `json:"start"`
		End      int    `json:"end"`
		Speaker  string `json:"speaker"`
		Role     string `json:"role"`
		Required *bool  `json:"required"`
	} `json:"quotes"`
}

func readGoldLines(t testing.TB, path string) []goldLine {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldLine
	br := bufio.NewReaderSize(f, 1<<20)
	for {
		line, err := br.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			var g goldLine
			if jerr := json.Unmarshal(line, &g); jerr != nil && t != nil {
				t.Fatal(jerr)
			}
			out = append(out, g)
		}
		if err != nil {
			return out
		}
	}
}

// TestSeedAcceptance: on the product's seed article every required quote
// is found with its canonical speaker and role.
func TestSeedAcceptance(t *testing.T) {
	dir := evalDir(t)
	x := newTestExtractor(t)
	for _, g := range readGoldLines(t, filepath.Join(dir, "seed.gold.jsonl")) {
		r, err := x.Extract(context.Background(), Article{ID: g.ID, Text: g.Text})
		if err != nil {
			t.Fatal(err)
		}
		checkOffsets(t, g.Text, r)
		for _, gq := range g.Quotes {
			if gq.Required != nil && !*gq.Required {
				continue
			}
			var hit *Quote
			for i, q := range r.Quotes {
				for _, s := range q.Segments {
					inter := min(s[1], gq.End) - max(s[0], gq.Start)
					if inter > 0 && float64(inter)/float64(max(s[1], gq.End)-min(s[0], gq.Start)) >= 0.5 {
						hit = &r.Quotes[i]
					}
				}
			}
			text := string([]rune(g.Text)[gq.Start:gq.End])
			if hit == nil {
				t.Errorf("required quote not found: %q", text)
				continue
			}
			if hit.Speaker == nil || string(hit.Speaker.Name) != gq.Speaker {
				t.Errorf("%q: speaker %+v, want %q", text, hit.Speaker, gq.Speaker)
				continue
			}
			if !roleMatches(gq.Role, string(hit.Speaker.Role)) {
				t.Errorf("%q: role %q, want %q", text, hit.Speaker.Role, gq.Role)
			}
		}
	}
}

// roleMatches: token F1 >= 0.5, as the reference scorer counts a role.
func roleMatches(gold, pred string) bool {
	words := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(s)) {
			if w != "the" && w != "of" && w != "and" && w != "a" {
				m[w] = true
			}
		}
		return m
	}
	g, p := words(gold), words(pred)
	if len(g) == 0 || len(p) == 0 {
		return len(g) == len(p)
	}
	n := 0
	for w := range g {
		if p[w] {
			n++
		}
	}
	pr, rc := float64(n)/float64(len(p)), float64(n)/float64(len(g))
	return n > 0 && 2*pr*rc/(pr+rc) >= 0.5
}

// TestOffsetsOnGold runs the offsets contract over every dev article.
func TestOffsetsOnGold(t *testing.T) {
	dir := evalDir(t)
	x := newTestExtractor(t)
	for _, g := range readGoldLines(t, filepath.Join(dir, "polnear_dev.jsonl")) {
		r, err := x.Extract(context.Background(), Article{ID: g.ID, Text: g.Text})
		if err != nil {
			t.Fatal(err)
		}
		checkOffsets(t, g.Text, r)
	}
}

// TestConcurrentUse shares one Extractor between many goroutines (run with
// -race) and checks every result equals the sequential one.
func TestConcurrentUse(t *testing.T) {
	t.Parallel()
	x := newTestExtractor(t)
	arts := testArticles(t)
	want := map[string]string{}
	for name, text := range arts {
		r, err := x.Extract(context.Background(), Article{ID: name, Text: text})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(r)
		want[name] = string(b)
	}
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 5 {
				for name, text := range arts {
					r, err := x.Extract(context.Background(), Article{ID: name, Text: text})
					if err != nil {
						t.Error(err)
						return
					}
					if b, _ := json.Marshal(r); string(b) != want[name] {
						t.Errorf("goroutine %d round %d: %s differs from the sequential result", g, i, name)
					}
				}
			}
		}()
	}
	wg.Wait()
}

func TestBadInput(t *testing.T) {
	t.Parallel()
	x, err := New(WithMaxBytes(1000))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := x.Extract(context.Background(), Article{ID: "a", Text: "bad \xff utf8"}); !errors.Is(err, ErrInvalidUTF8) {
		t.Errorf("invalid UTF-8: got %v, want ErrInvalidUTF8", err)
	}
	var tl *TooLargeError
	if _, err := x.Extract(context.Background(), Article{ID: "a", Text: strings.Repeat("x", 1001)}); !errors.As(err, &tl) || tl.Limit != 1000 {
		t.Errorf("too large: got %v, want *TooLargeError", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := x.Extract(ctx, Article{ID: "a", Text: "x"}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: got %v", err)
	}
	if _, err := New(WithMaxBytes(0)); err == nil {
		t.Error("WithMaxBytes(0) accepted")
	}
	big := newTestExtractor(t)
	for name, text := range map[string]string{
		"empty":        "",
		"whitespace":   " \n\n\t \r\n ",
		"marks only":   strings.Repeat(`"'“”‘’«»„`, 2000),
		"no punct":     strings.Repeat("word ", 5000),
		"control":      "\x00\x01\x02 said \x1b[31m \"hi,\" he said\x7f",
		"unbalanced":   `"It never ends, he said. "Again," she said "and again`,
		"rtl":          "\"مرحبا بالعالم،\" قال المتحدث. \"שלום,\" said Dana Levi.",
		"combining":    "\"Cafe\u0301 prices rose,\" said Zoe\u0308 Ng 👩‍👩‍👧.",
		"only a cue":   "said",
		"cue at start": "Said the minister: ",
	} {
		r, err := big.Extract(context.Background(), Article{ID: name, Text: text})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		checkOffsets(t, text, r)
	}
}

// Paragraph numbers count paragraphs as DESIGN does (blank lines apart),
// also those made only of invisible format characters, which the stages
// skip: a quote after one is in the paragraph its position says.
func TestParagraphNumbersCountFormatOnlyParagraphs(t *testing.T) {
	t.Parallel()
	x := newTestExtractor(t)
	for _, sep := range []string{"\u200b", "\u202a\u202c", "\u00ad\u2060"} {
		text := "Talks stalled.\n\n" + sep + "\n\n\"We will win,\" said Ivy Marsh.\n\n\"And soon,\" she added."
		r, err := x.Extract(context.Background(), Article{ID: "p", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Quotes) != 2 {
			t.Fatalf("%q: %d quotes, want 2", sep, len(r.Quotes))
		}
		for i, want := range []int{2, 3} {
			if got := r.Quotes[i].Paragraph; got != want {
				t.Errorf("%q: quote %d in paragraph %d, want %d", sep, i, got, want)
			}
		}
	}
}

// A custom Segmenter replaces prose's; its errors reach the caller.
func TestWithSegmenter(t *testing.T) {
	t.Parallel()
	calls := 0
	whole := SegmenterFunc(func(text string) ([]Sentence, error) {
		calls++
		return []Sentence{{0, len(text)}}, nil
	})
	x, err := New(WithSegmenter(whole))
	if err != nil {
		t.Fatal(err)
	}
	r, err := x.Extract(context.Background(), Article{ID: "s", Text: "Intro. More.\n\n\"Yes, we will,\" said Mayor Ana Ruiz. Then more."})
	if err != nil || calls == 0 || len(r.Quotes) != 1 || r.Quotes[0].Speaker.Name != "Ana Ruiz" {
		t.Fatalf("custom segmenter: calls %d, %+v, %v", calls, r.Quotes, err)
	}
	boom := errors.New("boom")
	x, _ = New(WithSegmenter(SegmenterFunc(func(string) ([]Sentence, error) { return nil, boom })))
	if _, err := x.Extract(context.Background(), Article{ID: "s", Text: "One. Two."}); !errors.Is(err, boom) {
		t.Errorf("segmenter error: got %v", err)
	}
	if _, err := New(WithSegmenter(nil)); err == nil {
		t.Error("WithSegmenter(nil) accepted")
	}
}

// TestContextEndsMidExtraction: a context that ends while Extract runs
// stops it with the context's error, between stages or within their loops.
func TestContextEndsMidExtraction(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// The segmenter runs inside stage 03: cancelling there must stop the
	// paragraphs after it and the stages after that.
	seg := SegmenterFunc(func(text string) ([]Sentence, error) {
		cancel()
		return []Sentence{{0, len(text)}}, nil
	})
	x, err := New(WithSegmenter(seg))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("First. \"We will,\" said Mayor Ana Ruiz. More.\n\n", 50)
	if _, err := x.Extract(ctx, Article{ID: "c", Text: text}); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	dctx, dcancel := context.WithTimeout(context.Background(), 0)
	defer dcancel()
	if _, err := newTestExtractor(t).Extract(dctx, Article{ID: "d", Text: text}); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want context.DeadlineExceeded", err)
	}
}
