package extractor

import (
	"path/filepath"
	"slices"
	"testing"
)

// TestSkippedSegmenterChangesNoUnit checks the reasoning that lets
// splitSentences skip Punkt or cut its text short (punktEnd): on our test
// articles and every gold file, each paragraph it skips gets the same
// units from Punkt's sentences as from none, each paragraph it cuts the
// same units from Punkt on the cut text as on the whole, and every
// sentence start Punkt gives follows a space. A change to keepBoundary
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
	skipped, cut := 0, 0
	for _, text := range texts {
		d := newDocument(text, x.lex)
		d.findQuotations()
		for i, p := range d.paras {
			lo, hi := d.paraToks[i][0], d.paraToks[i][1]
			if lo == hi || !d.mayHaveSentences(lo, hi) {
				continue
			}
			sents, err := x.cfg.segmenter.Segment(text[p.start:p.end])
			if err != nil || len(sents) == 0 {
				continue
			}
			got := d.splitUnits(sents, p.start, lo, hi, i)
			end, need := d.punktEnd(lo, hi)
			var want []unit
			switch {
			case !need:
				skipped++
				want = d.splitUnits([]Sentence{{0, p.end - p.start}}, p.start, lo, hi, i)
			case end > 0:
				cut++
				short, err := x.cfg.segmenter.Segment(text[p.start:end])
				if err != nil || len(short) == 0 {
					t.Fatalf("paragraph at byte %d: Punkt on the cut text: %v", p.start, err)
				}
				want = d.splitUnits(short, p.start, lo, hi, i)
			default:
				want = got
			}
			if !slices.Equal(got, want) {
				t.Errorf("paragraph at byte %d (cut at %d, need %v): units %v from Punkt on the whole, %v as splitSentences does it", p.start, end, need, got, want)
			}
			for _, b := range d.segmenterBounds(sents, p.start, lo, hi) {
				if d.toks[b].start == d.toks[b-1].end || !need && !d.neverStartsSentence(b) {
					t.Errorf("paragraph at byte %d: Punkt starts a sentence at token %d, which punktEnd did not foresee", p.start, b)
				}
			}
		}
	}
	if skipped == 0 || cut == 0 {
		t.Fatalf("%d paragraphs skipped the segmenter and %d were cut short: want some of each", skipped, cut)
	}
	t.Logf("%d paragraphs skipped Punkt, %d were cut short", skipped, cut)
}

// simpleSentences has paragraphs Punkt need not see and one it must.
const simpleSentences = `"We will not back down. Not now," Gen. Anna Weber said.

The U.S. plan was dropped. Officials said so on Tuesday.
`
