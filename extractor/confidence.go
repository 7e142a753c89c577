package extractor

// confidence estimates how likely a quote's span and speaker are both
// right, from the rule that found it and how its speaker was resolved. The
// figures are the measured precision of each rule on PolNeAR dev (see the
// README's "Confidence" section for how they were calibrated).
func confidence(f found, sp *QuoteSpeaker) float64 {
	if sp == nil {
		return 0.2
	}
	base := map[string]float64{
		"direct-before":    0.93,
		"direct-after":     0.9,
		"colon":            0.85,
		"continuation":     0.8,
		"label":            0.6,
		"headline":         0.6,
		"transcript":       0.8,
		"reported-after":   0.75,
		"reported-before":  0.75,
		"according-after":  0.75,
		"according-before": 0.75,
		"belief-after":     0.55,
		"belief-before":    0.55,
	}[f.form]
	if base == 0 {
		base = 0.5
	}
	switch sp.Resolution {
	case ResolutionPronoun:
		base -= 0.05
	case ResolutionDescriptor:
		if sp.Name == "" {
			base -= 0.05
		}
	}
	return base
}
