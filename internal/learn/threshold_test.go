package learn

import (
	"math"
	"slices"
	"testing"

	"github.com/quotewire/quotewire/internal/score"
)

// The accept threshold weighs quotations as well as every attribution:
// candidates near the threshold that match only a belief, or nothing, do
// not pull it down when they cost the quotations their precision.
func TestThresholdWeighsReportedSpeech(t *testing.T) {
	said, believes := "said", "believes"
	q := func(cue *string) score.GoldQuote { return score.GoldQuote{Cue: cue} }
	src := &Source{Gold: []score.Gold{{Quotes: []score.GoldQuote{q(&said), q(&believes), q(&believes), q(&believes)}}}}
	used := []*articleCandidates{{src: 0, article: 0}}
	// One quotation the model is sure of; three candidates at 0.35, one
	// matching a belief, two matching nothing.
	prob := []float64{0.9, 0.35, 0.35, 0.35}
	ex := []example{{feats: []int32{0}, y: 1, w: 1}, {feats: []int32{1}, y: 1, w: 1}, {feats: []int32{2}, y: 0, w: 1}, {feats: []int32{3}, y: 0, w: 1}}
	speech := []int8{1, -1, 0, 0}
	kept := make([]bool, len(ex))
	// Every attribution alone: keeping all gives F1 2·2/(2+2+4) = 0.5,
	// the sure one alone 2·1/(1+0+4) = 0.4, so 0.35 stays. With reported
	// speech beside it, 0.5 + 0.5 against 0.4 + 1.0: the threshold rises
	// above the three.
	if th := bestThreshold([]*Source{src}, used, ex, speech, kept, prob, []float64{1}); th <= 0.35 || th >= 0.9 {
		t.Errorf("threshold %.2f, want one between the doubtful candidates (0.35) and the sure one (0.9)", th)
	}
	// A rule too rare for the model keeps its candidates whatever the
	// threshold: then nothing is gained by raising it, and it stays low.
	for i := range kept {
		kept[i] = true
	}
	if th := bestThreshold([]*Source{src}, used, ex, speech, kept, prob, []float64{1}); th != thresholds[0] {
		t.Errorf("with every candidate kept, threshold %.2f, want the lowest, %.2f", th, thresholds[0])
	}
}

// TestKeptRulesHaveNoConfidenceFeatures checks that the confidence model
// of a rule that keeps all its candidates sees none of the features that
// name the rule, alone or paired, and every feature that does not.
func TestKeptRulesHaveNoConfidenceFeatures(t *testing.T) {
	fs := []string{"r:lead-claim", "rt:lead-claim|mixed", "rc:lead-claim|speech", "rs:lead-claim|named:organization", "rl:lead-claim|5", "rr:lead-claim|explicit",
		"r:colon-x", "rt:explicit|mixed", "t:mixed", "rt:colon-x|direct"}
	got := withoutRuleFeatures(fs, []string{"lead-claim"})
	want := []string{"r:colon-x", "rt:explicit|mixed", "t:mixed", "rt:colon-x|direct"}
	if !slices.Equal(got, want) {
		t.Errorf("withoutRuleFeatures = %v, want %v", got, want)
	}
}

// heldOutProbs gives each example the probability of a model that never
// saw it: an example whose one telling feature occurs in no other
// example gets what the shared features say, whatever its own label,
// where the model fitted to it learns its label back.
func TestHeldOutProbsDoNotSeeTheirOwnLabel(t *testing.T) {
	const n = 40
	var ex []example
	var fold []int
	for i := range n {
		// feature 0 is shared by all; feature 1+i is example i's alone
		ex = append(ex, example{feats: []int32{0, int32(1 + i)}, y: float64(i % 2), w: 20})
		fold = append(fold, i%thresholdFolds)
	}
	kept := make([]bool, n)
	held := heldOutProbs(ex, kept, fold, n+1, defaultFit)
	b, w := fit(ex, n+1, defaultFit)
	var inGap, heldGap float64
	for i := 0; i+1 < n; i += 2 {
		inGap += sigmoid(linear(b, w, ex[i+1].feats)) - sigmoid(linear(b, w, ex[i].feats))
		heldGap += held[i+1] - held[i]
	}
	inGap, heldGap = inGap/(n/2), heldGap/(n/2)
	if inGap < 0.2 {
		t.Fatalf("the model fitted to every example separates positives from negatives by %.3f; the test needs a model that learns its examples", inGap)
	}
	if math.Abs(heldGap) > 0.05 {
		t.Errorf("held-out probabilities separate positives from negatives by %.3f (in-sample %.3f): a fold's model saw its own examples", heldGap, inGap)
	}
}
