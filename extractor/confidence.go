package extractor

// ruleConfidence is, for each rule that finds quotes, the share of its
// quotes whose span and speaker were both right on PolNeAR dev (measured
// with scripts/calibrate.py; see the README's "Confidence" section).
var ruleConfidence = map[string]float64{
	"direct-before":    0.97,
	"direct-after":     0.97,
	"transcript":       0.9,
	"dash":             0.9,
	"according-after":  0.75,
	"according-before": 0.75,
	"reported-after":   0.72,
	"reported-before":  0.72,
	"colon":            0.6,
	"headline":         0.6,
	"label":            0.45,
	"belief-after":     0.45,
	"belief-before":    0.45,
	"continuation":     0.4,
}

// confidence estimates how likely a quote's span and speaker are both
// right, from the rule that found it, its type and how its speaker was
// resolved.
func confidence(f found, sp *QuoteSpeaker) float64 {
	if sp == nil {
		return 0.2
	}
	c, ok := ruleConfidence[f.form]
	if !ok {
		c = 0.5
	}
	if f.typ == TypeMixed && (f.form == "reported-after" || f.form == "reported-before") {
		c = 0.83 // a quoted fragment inside a reported clause is rarely a false cue
	}
	if sp.Resolution == ResolutionDescriptor {
		c -= 0.1
	}
	return c
}
