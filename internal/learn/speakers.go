package learn

import (
	"math"

	"github.com/quotewire/quotewire/extractor"
)

// The speaker-choice model (extractor/09_speakers.go) scores the candidate
// antecedents of a pronoun speaker. It is fitted from the labelled pronoun
// speakers (the quotes whose canonical speaker is annotated), and shipped
// only when, on those speakers held out, it chooses right more often than
// the coreference rules do: on ../shared/eval the rules were right on 118
// of 120, and a model fitted beside them was right on the same 118 held out
// while it changed 27 unlabelled train choices, 7 of them to names that are
// no person ("Compaq Computer", a headline's words). A model that cannot be
// shown better than the rules only adds choices nobody checked.

// minSpeakerSets is the fewest labelled pronoun speakers a speaker model
// is fitted from; with fewer, the coreference rules choose alone.
const minSpeakerSets = 20

// speakerFolds: the labelled pronoun speakers are folded this many ways,
// by article, to compare the model's held-out choices with the rules'.
const speakerFolds = 5

// speakerCV is what the held-out comparison found.
type speakerCV struct {
	sets        int // labelled pronoun speakers
	model, rule int // held out, how many each chose right
}

// fitSpeakers fits the speaker-choice model when there are enough labelled
// pronoun speakers and it chooses better than the rules held out;
// otherwise it returns nil and the rules choose.
func fitSpeakers(used []*articleCandidates, weights []float64, o Options) *extractor.Weights {
	sets := 0
	for _, ac := range used {
		sets += len(ac.speakers)
	}
	if sets < minSpeakerSets {
		o.Progress.say("speaker model: %d labelled pronoun speakers, fewer than %d: the rules choose", sets, minSpeakerSets)
		return nil
	}
	cv := crossValidateSpeakers(used, weights, o.fit())
	if cv.model <= cv.rule {
		o.Progress.say("speaker model: held out (%d folds by article), right on %d of %d labelled pronoun speakers, the rules on %d: not better, the rules choose",
			speakerFolds, cv.model, cv.sets, cv.rule)
		return nil
	}
	o.Progress.say("speaker model: held out (%d folds by article), right on %d of %d labelled pronoun speakers, the rules on %d",
		speakerFolds, cv.model, cv.sets, cv.rule)
	return fitSpeakerWeights(used, weights, o.fit(), o.Progress)
}

// fitSpeakerWeights fits the speaker model: one example per candidate of
// every labelled pronoun speaker, right when it is the annotated speaker.
func fitSpeakerWeights(used []*articleCandidates, weights []float64, c fitConfig, progress Progress) *extractor.Weights {
	var feats [][]string
	sets := 0
	for _, ac := range used {
		for _, set := range ac.speakers {
			sets++
			for _, c := range set {
				feats = append(feats, c.feats)
			}
		}
	}
	if sets == 0 {
		return nil
	}
	t := newFeatureTable(feats)
	var ex []example
	for _, ac := range used {
		for _, set := range ac.speakers {
			for _, c := range set {
				ex = append(ex, example{t.encode(c.feats), b2f(c.right), weights[ac.src]})
			}
		}
	}
	progress.say("fitting the speaker model: %d pronoun speakers, %d candidates, %d features", sets, len(ex), len(t.names))
	b, w := fit(ex, len(t.names), c)
	return &extractor.Weights{Bias: round(b), W: t.weightMap(w)}
}

// crossValidateSpeakers folds the articles with labelled pronoun speakers
// speakerFolds ways; for each fold it fits a speaker model to the others and
// counts, on the fold, the choices it and the rules get right.
func crossValidateSpeakers(used []*articleCandidates, weights []float64, c fitConfig) speakerCV {
	var with []*articleCandidates
	for _, ac := range used {
		if len(ac.speakers) > 0 {
			with = append(with, ac)
		}
	}
	var r speakerCV
	for f := range speakerFolds {
		var train, held []*articleCandidates
		for i, ac := range with {
			if i%speakerFolds == f {
				held = append(held, ac)
			} else {
				train = append(train, ac)
			}
		}
		m := fitSpeakerWeights(train, weights, c, nil)
		for _, ac := range held {
			for _, set := range ac.speakers {
				r.sets++
				mi, ri := chooseSpeaker(m, set)
				if mi >= 0 && set[mi].right {
					r.model++
				}
				if ri >= 0 && set[ri].right {
					r.rule++
				}
			}
		}
	}
	return r
}

// chooseSpeaker is the candidate model m picks as the extractor does
// (never one named inside the quote itself; nil m: the rules' choice), and
// the rules' choice.
func chooseSpeaker(m *extractor.Weights, set []speakerCandidate) (model, rule int) {
	model, rule = -1, -1
	best := math.Inf(-1)
	for i, c := range set {
		inside := false
		for _, f := range c.feats {
			switch f {
			case "sc:rule-choice":
				rule = i
			case "sc:named-inside-own-quote":
				inside = true
			}
		}
		if m == nil || inside {
			continue
		}
		z := m.Bias // the logit: it orders candidates as the probability does
		for _, f := range c.feats {
			z += m.W[f]
		}
		if z > best {
			model, best = i, z
		}
	}
	if m == nil {
		model = rule
	}
	return model, rule
}
