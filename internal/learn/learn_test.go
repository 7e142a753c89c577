package learn

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/internal/evaldata"
	"github.com/quotewire/quotewire/internal/score"
)

const ownArticles = "../../testdata/train/wire-articles.jsonl"

func trainBytes(t *testing.T, paths ...string) []byte {
	t.Helper()
	srcs, err := ReadSources(paths)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(context.Background(), srcs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestTrainingIsDeterministic: the same data gives the same model, byte for
// byte.
func TestTrainingIsDeterministic(t *testing.T) {
	t.Parallel()
	a, b := trainBytes(t, ownArticles), trainBytes(t, ownArticles)
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same articles gave different model files")
	}
}

// TestRoundTrip trains on our own articles, writes the model, reads it back
// and extracts with it: the records carry the model's version and keep the
// offsets contract.
func TestRoundTrip(t *testing.T) {
	t.Parallel()
	b := trainBytes(t, ownArticles)
	m, err := extractor.ReadModel(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	x, err := extractor.New(extractor.WithModel(m))
	if err != nil {
		t.Fatal(err)
	}
	srcs, err := ReadSources([]string{ownArticles})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range srcs[0].Gold {
		r, err := x.Extract(context.Background(), extractor.Article{ID: g.ID, Text: g.Text})
		if err != nil {
			t.Fatal(err)
		}
		if want := extractor.Version + "+model." + m.ID(); r.Extractor.Version != want {
			t.Errorf("%s: record version %q, want %q", g.ID, r.Extractor.Version, want)
		}
		if len(r.Quotes) == 0 {
			t.Errorf("%s: no quotes with the trained model", g.ID)
		}
		runes := []rune(g.Text)
		for _, q := range r.Quotes {
			if string(runes[q.Start:q.End]) != q.Text || q.Confidence < 0 || q.Confidence > 1 {
				t.Errorf("%s: quote %s breaks the record contract", g.ID, q.ID)
			}
		}
	}
}

// TestCrossValidationOnOwnArticles folds our four articles two ways.
func TestCrossValidationOnOwnArticles(t *testing.T) {
	t.Parallel()
	srcs, err := ReadSources([]string{ownArticles})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := CrossValidate(context.Background(), srcs, "", 2, Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := rep.String()
	for _, want := range []string{"2-fold cross-validation on wire-articles.jsonl", "required", "F1", "ECE"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if _, err := CrossValidate(context.Background(), srcs, "", 5, Options{}); err == nil {
		t.Error("5 folds of 4 articles accepted")
	}
}

func TestReadSourcesErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	roles := filepath.Join(dir, "roles.jsonl")
	if err := os.WriteFile(roles, []byte(`{"id": "nowhere", "start": 0, "end": 5, "canonical": "Ann Hale", "kind": "person", "role": null}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadSources([]string{roles}); err == nil || !strings.Contains(err.Error(), "no file of articles") {
		t.Errorf("a names-and-roles file alone: %v", err)
	}
	if _, err := ReadSources([]string{ownArticles, roles}); err == nil || !strings.Contains(err.Error(), `"nowhere"`) {
		t.Errorf("a names-and-roles line for an unknown article: %v", err)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{not json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadSources([]string{bad}); err == nil {
		t.Error("a file that is not JSON lines accepted")
	}
}

// TestShippedModelIsCurrent retrains the shipped model from ../shared/eval
// as `make model` does and checks the embedded file has the same bytes: the
// model can never be stale beside the rules that propose its candidates.
func TestShippedModelIsCurrent(t *testing.T) {
	dir := evaldata.Dir(t)
	got := trainBytes(t, ShippedModelFiles(dir)...)
	want, err := os.ReadFile("../../extractor/model/quotewire.model.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("extractor/model/quotewire.model.json is not what `make model` gives from ../shared/eval: run make model and commit it")
	}
}

// TestRareRulesKeepTheirCandidates: a rule with fewer than
// minRuleCandidates labelled candidates (or none) is one the accept model
// may not overrule; one with enough is judged by it.
func TestRareRulesKeepTheirCandidates(t *testing.T) {
	t.Parallel()
	ac := &articleCandidates{}
	for range minRuleCandidates {
		ac.cands = append(ac.cands, candidate{feats: extractor.Features{Accept: []string{"r:direct-before", "t:direct"}}})
	}
	for range minRuleCandidates - 1 {
		ac.cands = append(ac.cands, candidate{feats: extractor.Features{Accept: []string{"t:mixed", "r:label"}}})
	}
	rare := rulesTooRare([]*articleCandidates{ac})
	if slices.Contains(rare, "direct-before") || !slices.Contains(rare, "label") || !slices.Contains(rare, "headline") {
		t.Errorf("rare rules %v: want label (29 candidates) and headline (none), not direct-before (30)", rare)
	}
	if len(rare) != len(extractor.RuleNames())-1 {
		t.Errorf("rare rules %v: want every rule but direct-before", rare)
	}
}

// TestParagraphPiecesAreRight: a gold quotation annotated as one segment
// over several paragraphs makes each predicted paragraph of it a right
// candidate, in code points. A fragment of one of its paragraphs, a piece
// of a gold segment that only wraps a line, a segment inside a
// one-paragraph gold quote that the alignment did not match, or one
// outside any, stays wrong.
func TestParagraphPiecesAreRight(t *testing.T) {
	text := "Café news.\n\nShe said: \"We will build it, and soon.\n \n\"It will open in May.\"\n\n" +
		"He said the bridge\nwould cost more. He said \"no\" again."
	at := func(s string) [2]int {
		i := strings.Index(text, s)
		if i < 0 {
			t.Fatalf("%q not in text", s)
		}
		start := len([]rune(text[:i]))
		return [2]int{start, start + len([]rune(s))}
	}
	long := at("We will build it, and soon.\n \n\"It will open in May.")
	wrapped := at("the bridge\nwould cost more")
	short := at("no")
	g := score.Gold{Text: text, Quotes: []score.GoldQuote{
		{Start: long[0], End: long[1], Segments: [][2]int{long}},
		{Start: wrapped[0], End: wrapped[1]},
		{Start: short[0], End: short[1]},
	}}
	txt := newArticleText(text)
	if len(txt.breaks) != 3 {
		t.Fatalf("paragraph breaks %v, want 3 (a line holding a space is blank)", txt.breaks)
	}
	for _, piece := range []string{"We will build it, and soon.", "We will build it, and soon", "It will open in May."} {
		if q := paragraphPiece(g, txt, at(piece)); q != &g.Quotes[0] {
			t.Errorf("%q: piece of %v, want the long gold quote", piece, q)
		}
	}
	for _, other := range []string{"We will build it", "and soon", "would cost more", "the bridge", "no", "again", "Café"} {
		if q := paragraphPiece(g, txt, at(other)); q != nil {
			t.Errorf("%q: piece of %+v, want none", other, *q)
		}
	}
}
