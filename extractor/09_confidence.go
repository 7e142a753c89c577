package extractor

import (
	"context"
	"math"
)

// Confidence and acceptance: the model's decisions on each attribution.
// With a Model, a candidate whose accept probability is under the model's
// threshold is dropped, and a quote's confidence is the model's probability
// that its span and speaker are both right. With the rules only, every
// candidate is kept and its confidence is its rule's hand-set figure.

// Hand-set confidence, used with the rules only (WithRulesOnly).
const (
	// noSpeakerConfidence is the confidence of a quote with no speaker.
	noSpeakerConfidence = 0.2
	// descriptorPenalty is taken off for a speaker resolved from a
	// description ("the ministry"): those resolutions are wrong more often.
	descriptorPenalty = 0.1
)

// maxSwallowingConfidence caps the confidence of a direct quote that holds
// a double quotation mark: it has most likely swallowed another quote.
const maxSwallowingConfidence = 0.5

// confidenceDigits rounds a learned confidence, so that records do not
// change with the last bits of floating point.
const confidenceDigits = 1000

// decide scores every attribution: whether to keep it, its confidence and,
// with all, the features it was scored on (for training). res[i] is the
// resolution of found[i]'s speaker.
func (d *document) decide(ctx context.Context, found []found, res []resolved, es *entities, m *Model, all bool) (keep []bool, conf []float64, feats []Features, err error) {
	keep = make([]bool, len(found))
	conf = make([]float64, len(found))
	if all {
		feats = make([]Features, len(found))
	}
	var prev *entity // the speaker of the attribution before
	// The features of one candidate at a time, built in buffers on this
	// stack and scored where they are.
	var abuf, cbuf [512]byte
	var aends, cends [32]int
	for i, f := range found {
		if err := ctx.Err(); err != nil {
			return nil, nil, nil, err
		}
		if i > 0 && res[i-1].e != nil {
			prev = res[i-1].e
		}
		keep[i] = true
		if m == nil && !all {
			conf[i] = handSetConfidence(f, res[i])
			continue
		}
		af := d.attributionFeatures(newFeatureList(abuf[:], aends[:]), f)
		cf := d.confidenceFeatures(newFeatureList(cbuf[:], cends[:]), f, res[i], es, prev)
		if all {
			a := af.list(nil)
			feats[i] = Features{Accept: a, Confidence: cf.list(a)}
		}
		if m == nil {
			conf[i] = handSetConfidence(f, res[i])
			continue
		}
		accept, confidence := m.scores(af, cf)
		keep[i] = all || m.keeps(f.rule) || accept >= m.Threshold()
		conf[i] = math.Round(confidence*confidenceDigits) / confidenceDigits
		if f.typ == TypeDirect && d.holdsDoubleMark(f) {
			conf[i] = min(conf[i], maxSwallowingConfidence)
		}
	}
	return keep, conf, feats, nil
}

// handSetConfidence estimates how likely a quote's span and speaker are
// both right from the rule that found it, its type and how its speaker was
// resolved.
func handSetConfidence(f found, r resolved) float64 {
	if f.speaker == nil {
		return noSpeakerConfidence
	}
	info := rules[f.rule]
	c := info.confidence
	if f.typ == TypeMixed && info.mixedConfidence > 0 {
		c = info.mixedConfidence
	}
	if r.resolution == ResolutionDescriptor {
		c -= descriptorPenalty
	}
	return c
}

// holdsDoubleMark reports whether a segment of f holds a double quotation
// mark.
func (d *document) holdsDoubleMark(f found) bool {
	for _, s := range f.segs {
		for k := d.tokIndex(s.start); k < len(d.toks) && d.toks[k].start < s.end; k++ {
			if t := d.toks[k]; t.kind == tokQuote {
				if r := []rune(t.text)[0]; t.text == "''" || t.text == "``" || markFamilyOf(r) == familyDouble {
					return true
				}
			}
		}
	}
	return false
}

func markFamilyOf(r rune) markFamily {
	fam, _ := markInfo(r)
	return fam
}
