package extractor

// Confidence: the extractor's estimate that a quote's span and speaker are
// both right.

// Confidence adjustments beside the rule's own figure (rules.go).
const (
	// noSpeakerConfidence is the confidence of a quote with no speaker.
	noSpeakerConfidence = 0.2
	// descriptorPenalty is taken off for a speaker resolved from a
	// description ("the ministry"): those resolutions are wrong more often.
	descriptorPenalty = 0.1
)

// confidence estimates how likely a quote's span and speaker are both
// right, from the rule that found it, its type and how its speaker was
// resolved.
func confidence(f found, sp *QuoteSpeaker) float64 {
	if sp == nil {
		return noSpeakerConfidence
	}
	info := rules[f.rule]
	c := info.confidence
	if f.typ == TypeMixed && info.mixedConfidence > 0 {
		c = info.mixedConfidence
	}
	if sp.Resolution == ResolutionDescriptor {
		c -= descriptorPenalty
	}
	return c
}
