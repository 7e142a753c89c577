package learn

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quotewire/quotewire/extractor"
)

// speakerArticles builds n articles of one labelled pronoun speaker each,
// with two candidates: the rules' choice and another. In the first
// wrongRules articles the other is right, and it alone carries the feature
// "sc:hint"; elsewhere the rules' choice is right.
func speakerArticles(n, wrongRules int) []*articleCandidates {
	var out []*articleCandidates
	for i := range n {
		wrong := i < wrongRules
		rule := speakerCandidate{feats: []string{"sc:rule-choice", "sc:words:>1"}, right: !wrong}
		other := speakerCandidate{feats: []string{"sc:words:>1"}, right: wrong}
		if wrong {
			other.feats = append(other.feats, "sc:hint")
		}
		out = append(out, &articleCandidates{article: i, speakers: [][]speakerCandidate{{rule, other}}})
	}
	return out
}

// TestSpeakerModelOnlyWhenBetterThanRules: the speaker model is shipped
// only when, held out, it chooses right more often than the rules.
func TestSpeakerModelOnlyWhenBetterThanRules(t *testing.T) {
	weights := []float64{1}
	var said []string
	o := Options{Progress: func(f string, a ...any) { said = append(said, fmt.Sprintf(f, a...)) }}

	// The rules are always right: nothing to learn, no model.
	if w := fitSpeakers(speakerArticles(40, 0), weights, o); w != nil {
		t.Errorf("rules right on every speaker: got a speaker model %+v", w)
	}
	if len(said) == 0 || !strings.Contains(said[len(said)-1], "not better, the rules choose") {
		t.Errorf("progress does not say why the rules choose: %q", said)
	}

	// The rules are wrong where a feature says so, in a third of the
	// articles: held out, the model gets those right too.
	cv := crossValidateSpeakers(speakerArticles(60, 20), weights, defaultFit)
	if cv.sets != 60 || cv.rule != 40 || cv.model <= cv.rule {
		t.Errorf("held out: %+v, want 60 sets, rules right on 40, the model on more", cv)
	}
	w := fitSpeakers(speakerArticles(60, 20), weights, o)
	if w == nil || w.W["sc:hint"] <= 0 {
		t.Fatalf("rules wrong where sc:hint says: speaker model %+v, want one weighing sc:hint up", w)
	}

	// Too few labelled speakers: no model, whatever they say.
	if w := fitSpeakers(speakerArticles(minSpeakerSets-1, 10), weights, o); w != nil {
		t.Errorf("%d labelled speakers: got a speaker model", minSpeakerSets-1)
	}
}

// TestChooseSpeakerSkipsNamesInsideTheQuote: held out, the model's choice is
// made as the extractor makes it, never a candidate named inside the quote.
func TestChooseSpeakerSkipsNamesInsideTheQuote(t *testing.T) {
	set := []speakerCandidate{
		{feats: []string{"sc:rule-choice"}},
		{feats: []string{"sc:named-inside-own-quote", "sc:strong"}},
		{feats: []string{"sc:weak"}},
	}
	m := &extractor.Weights{W: map[string]float64{"sc:strong": 5, "sc:weak": 1}}
	if mi, ri := chooseSpeaker(m, set); mi != 2 || ri != 0 {
		t.Errorf("chose %d, rules %d; want 2 (1 is named inside the quote), rules 0", mi, ri)
	}
	if mi, ri := chooseSpeaker(nil, set); mi != 0 || ri != 0 {
		t.Errorf("no model: chose %d, rules %d; want the rules' choice 0", mi, ri)
	}
}
