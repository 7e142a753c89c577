package extractor

import (
	"path/filepath"
	"slices"
	"testing"
)

// TestSkippedSegmenterChangesNoUnit checks the reasoning that lets
// splitSentences skip Punkt (punktMayKeepBoundary): on our test articles
// and every gold file, each paragraph it skips gets the same units from
// Punkt's sentences as from none, and every sentence start Punkt gives
// there is one punktMayKeepBoundary looked at. A change to keepBoundary
// that neverStartsSentence does not follow fails here.
func TestSkippedSegmenterChangesNoUnit(t *testing.T) {
	x := newTestExtractor(t)
	texts := []string{simpleSentences}
	for _, text := range testArticles(t) {
		texts = append(texts, text)
	}
	for _, f := range []string{"seed.gold.jsonl", "polnear_train.jsonl", "polnear_dev.jsonl", "bbc_dev.jsonl"} {
		for _, g := range readGoldLines(t, filepath.Join(evalDir(t), f)) {
			texts = append(texts, g.Text)
		}
	}
	skipped := 0
	for _, text := range texts {
		d := newDocument(text, x.lex)
		d.findQuotations()
		for i, p := range d.paras {
			lo, hi := d.paraToks[i][0], d.paraToks[i][1]
			if lo == hi || !d.mayHaveSentences(lo, hi) || d.punktMayKeepBoundary(lo, hi) {
				continue
			}
			skipped++
			sents, err := x.cfg.segmenter.Segment(text[p.start:p.end])
			if err != nil || len(sents) == 0 {
				continue
			}
			whole := d.splitUnits([]Sentence{{0, p.end - p.start}}, p.start, lo, hi, i)
			if got := d.splitUnits(sents, p.start, lo, hi, i); !slices.Equal(got, whole) {
				t.Errorf("paragraph at byte %d: units %v with Punkt, %v without", p.start, got, whole)
			}
			for _, b := range d.segmenterBounds(sents, p.start, lo, hi) {
				if !d.neverStartsSentence(b) || d.toks[b].start == d.toks[b-1].end {
					t.Errorf("paragraph at byte %d: Punkt starts a sentence at token %d, which punktMayKeepBoundary did not rule out", p.start, b)
				}
			}
		}
	}
	if skipped == 0 {
		t.Fatal("no paragraph skipped the segmenter")
	}
}

// simpleSentences has paragraphs Punkt need not see and one it must.
const simpleSentences = `"We will not back down. Not now," Gen. Anna Weber said.

The U.S. plan was dropped. Officials said so on Tuesday.
`
