package extractor

// rule names the rule that found an attribution. Rules claim quotation
// marks in a fixed order (doc.go, "Claim order"); the rule that claimed a
// quotation is recorded on it, and the rule that found an attribution feeds
// its confidence.
type rule uint8

const (
	ruleNone            rule = iota
	ruleDirectBefore         // `"…," he said`: the quotation before the clause
	ruleDirectAfter          // `he said: "…"`: the quotation after the clause
	ruleReportedBefore       // `…, he said.`: the reported clause before
	ruleReportedAfter        // `he said (that) …`: the reported clause after
	ruleAccordingBefore      // `…, according to X.`
	ruleAccordingAfter       // `According to X, …`
	ruleBeliefBefore         // `…, officials believe.`
	ruleBeliefAfter          // `officials believe (that) …`
	ruleLabel                // `called it "a disgrace"`: a quoted label
	ruleColon                // `X said:` handing the next paragraph to X
	ruleContinuation         // a cue-less quoted paragraph after a speaker's quote
	ruleDash                 // `"…" ― Name`: a quotation signed after a dash
	ruleHeadline             // `… - Medvedev`, `Minister 'will not back down'`
	ruleTranscript           // `PENCE: …`: a transcript turn
	ruleIntroduced           // `The board had one message: "…"`: a quotation a clause introduces with a colon
	ruleQuestion             // `Asked whether she would run, …`: the question put to a speaker
	ruleLeadClaim            // `Call centre users 'lose patience'`: a headline's claim whose source the lead names
	ruleCitedObject          // `…, citing falling rents`: a citing participle's noun object
	ruleNarrated             // `Karim laughs. "…"`, `"…" That is the verdict of X`: a cue-less quotation whose speaker the narration beside it names
	ruleHeard                // `Jurors were told that …`, `The inquest heard …`: what a hearing (or anyone, after a passive "was told") was told, by no one named
	numRules
)

// ruleInfo is what the extractor knows of one rule.
type ruleInfo struct {
	name string
	// confidence is the share of the rule's quotes whose span and speaker
	// were both right on PolNeAR dev when it was measured by hand (README,
	// "Confidence").
	confidence float64
	// mixedConfidence, when set, replaces confidence for a mixed quote:
	// a quoted fragment inside a reported clause is rarely a false cue.
	mixedConfidence float64
}

// rules is the table of every rule, indexed by rule.
var rules = [numRules]ruleInfo{
	ruleNone:            {"none", 0.5, 0},
	ruleDirectBefore:    {"direct-before", 0.97, 0},
	ruleDirectAfter:     {"direct-after", 0.97, 0},
	ruleReportedBefore:  {"reported-before", 0.72, 0.83},
	ruleReportedAfter:   {"reported-after", 0.72, 0.83},
	ruleAccordingBefore: {"according-before", 0.75, 0},
	ruleAccordingAfter:  {"according-after", 0.75, 0},
	ruleBeliefBefore:    {"belief-before", 0.45, 0},
	ruleBeliefAfter:     {"belief-after", 0.45, 0},
	ruleLabel:           {"label", 0.45, 0},
	ruleColon:           {"colon", 0.6, 0},
	ruleContinuation:    {"continuation", 0.4, 0},
	ruleDash:            {"dash", 0.9, 0},
	ruleHeadline:        {"headline", 0.6, 0},
	ruleTranscript:      {"transcript", 0.9, 0},
	ruleIntroduced:      {"introduced", 0.6, 0},
	ruleQuestion:        {"question", 0.6, 0},
	ruleLeadClaim:       {"lead-claim", 0.5, 0},
	ruleCitedObject:     {"cited-object", 0.85, 0}, // measured on PolNeAR train when it was added: 27 of 28 matched
	ruleNarrated:        {"narrated", 0.6, 0},
	ruleHeard:           {"heard", 0.6, 0}, // set as the question rule's (too few in PolNeAR to measure): the learned model gives its confidence
}

// RuleNames are the names of the rules that find attributions, as records
// and model files give them.
func RuleNames() []string {
	names := make([]string, 0, numRules-1)
	for r := ruleNone + 1; r < numRules; r++ {
		names = append(names, rules[r].name)
	}
	return names
}

func (r rule) String() string {
	if r >= numRules {
		return "rule(?)"
	}
	return rules[r].name
}

// reportedRule is the rule of a reported clause found by frame f, before
// or after its attribution clause.
func reportedRule(f frame, after bool) rule {
	switch {
	case f.class == cueBelief && after:
		return ruleBeliefAfter
	case f.class == cueBelief:
		return ruleBeliefBefore
	case f.according && after:
		return ruleAccordingAfter
	case f.according:
		return ruleAccordingBefore
	case after:
		return ruleReportedAfter
	}
	return ruleReportedBefore
}
