package extractor

import (
	"slices"
	"strings"
)

// cueClass ranks attribution verbs: speech verbs report what someone said or
// wrote; belief verbs report a stance, a finding or a wish (PolNeAR counts both);
// quote verbs attribute a quotation or a that-clause, but their bare object
// is no report ("retorted", "answered questions").
type cueClass uint8

const (
	cueNone cueClass = iota
	cueSpeech
	cueBelief
	cueQuote
)

// cueClassOf is the class of the token's word as a cue verb.
func cueClassOf(t token) cueClass {
	switch {
	case t.in(lexCueSpeech):
		return cueSpeech
	case t.in(lexCueBelief):
		return cueBelief
	case t.in(lexCueQuote):
		return cueQuote
	}
	return cueNone
}

// cuePhraseAt is the class of the two-word cue that starts at token i of
// unit u ("pointed out", "went on"), or cueNone.
func (d *document) cuePhraseAt(i int, u unit) cueClass {
	if i+1 >= u.hi || !d.toks[i].in(lexCuePhraseVerb) || !d.isNarration(i+1) {
		return cueNone
	}
	return d.lex.cuePhrases[[2]string{d.toks[i].lower, d.toks[i+1].lower}]
}

// frame is one attribution clause: a cue verb and its speaker.
type frame struct {
	cue, cueHi int // token range of the cue
	class      cueClass
	speaker    mention
	clLo, clHi int // token range of speaker + cue (+ object and modifiers)
	inverted   bool
	participle bool
	// coordinated: "… and said": only with another attribution in the unit.
	coordinated bool
	// afterPreposition: "… by saying": the subject is the clause's, named
	// where the unit opens.
	afterPreposition bool
	according        bool
	produced         bool // the frame gave an attribution
	colon            bool // "X said:" closing the unit
	held             bool // a stance noun's owner: "Harlan's claim that …"
}

// findFrames finds the attribution clauses of a unit: "according to X"
// and every cue verb with a speaker.
func (d *document) findFrames(u unit) []frame {
	toks := d.toks
	frames := d.frames[:0] // (the slice of the unit before, which its caller is done with)
	defer func() { d.frames = frames }()
	var f frame
	for i := u.lo; i < u.hi; i++ {
		t := &toks[i]
		if t.kind != tokWord || !d.isNarration(i) {
			continue
		}
		if t.is(fnAccording) && i+1 < u.hi && toks[i+1].is(fnTo) {
			if f, ok := d.accordingFrame(u, i); ok {
				frames = append(frames, f)
				i = f.clHi - 1
			}
			continue
		}
		if n, ok := d.reportedBySource(u, i); ok {
			if f, ok := d.sourceFrame(u, i, n); ok {
				frames = append(frames, f)
				i = f.clHi - 1
			}
			continue
		}
		if t.is(fnIn) && d.opensAfterConnective(i, u) {
			if f, ok := d.documentSettingFrame(u, i); ok {
				frames = append(frames, f)
				i = f.clHi - 1
				continue
			}
		}
		// (Each fills f, a frame of ~200 bytes, rather than return one:
		// they are asked at every word, and mostly say no.)
		if d.cueFrame(u, i, &f) || d.stanceFrame(u, i, &f) || d.heldStanceFrame(u, i, &f) || d.messageColonFrame(u, i, &f) {
			frames = append(frames, f)
		}
	}
	d.inheritSubjects(u, frames)
	frames = slices.DeleteFunc(frames, func(f frame) bool {
		return unattributable(f) && !d.documentFinds(f) && !d.bodyHoldsClause(f, u) || d.freeRelativeCue(f)
	})
	frames = d.dropCircumstanceParticiples(frames, u)
	frames = d.dropNestedBeliefs(frames)
	frames = d.dropSharedInfinitives(frames, u)
	frames = d.dropNounCues(frames, u)
	return frames
}

// gerundSpeaker reports whether frame f's speaker is a lone capitalised
// "-ing" word opening its sentence right before the cue ("Answering
// questions from MPs, …": "questions" may be the gerund's object, no cue
// whose subject it is; dropCircumstanceParticiples drops it only when
// another frame's subject follows the phrase's comma, as "Keating said
// …" has none).
func (d *document) gerundSpeaker(f frame) bool {
	m := f.speaker
	if m.hi != m.lo+1 || f.participle || f.cue != m.hi {
		return false
	}
	t := d.toks[m.lo]
	return t.kind == tokWord && t.cap && strings.HasSuffix(t.lower, "ing") && len(t.lower) >= minGerundLen && d.opensSentence(m.lo) && !d.lex.firstName(t.lower)
}

// maxCircumstanceTokens is the longest phrase after a participle cue that
// dropCircumstanceParticiples reads up to its comma.
const maxCircumstanceTokens = 8

// dropCircumstanceParticiples drops a participle cue whose phrase,
// closed by a comma, is empty or a prepositional phrase (no object, topic,
// "that", quotation or clause) and stands before another frame's subject
// or cue: it says how or where that frame's words came ("Writing in the Courier, Ms Price said …",
// "Mr Ebo, writing in the Courier, said …", "Responding, she said …",
// "Answering questions from MPs, Ms Price said …").
func (d *document) dropCircumstanceParticiples(frames []frame, u unit) []frame {
	if len(frames) < 2 {
		return frames
	}
	toks := d.toks
	return slices.DeleteFunc(frames, func(f frame) bool {
		c := f.cueHi
		// "Answering questions from MPs, Ms Price said": a gerund read
		// as a speaker is read on as its phrase; a participle cue only
		// with an empty or prepositional phrase
		if !d.gerundSpeaker(f) {
			if !f.participle || f.coordinated || f.cueHi > f.cue+1 || !strings.HasSuffix(toks[f.cue].lower, "ing") || d.lex.citingVerbs[toks[f.cue].lower] {
				// (a citing verb's object is what it cites: "…, citing
				// figures from the ministry, …"; a cue with its particle
				// names a topic: "…, warning of higher fares, …")
				return false
			}
			if c < u.hi && toks[c].text != "," && !(toks[c].in(lexPrepositions) && !toks[c].is(fnOf|fnQuestionTopic)) {
				return false // (an object or a topic: "Accusing the board of lying, …")
			}
		}
		for ; c < u.hi && c < f.cueHi+maxCircumstanceTokens && toks[c].text != ","; c++ {
			t := toks[c]
			if !d.isNarration(c) || t.is(fnComplementizer) || t.in(lexSubjectPronouns|lexAuxiliaries) || t.kind == tokPunct {
				return false
			}
		}
		if c+1 >= u.hi || toks[c].text != "," {
			return false
		}
		for _, g := range frames {
			if g.cue != f.cue && (g.speaker.lo == c+1 && g.speaker.hi > g.speaker.lo || g.cue == c+1) {
				return true
			}
		}
		return false
	})
}

// freeRelativeCue reports whether frame f's subject follows a word that
// opens a free relative ("Analysts point out that whatever the board
// says, the port needs the cash"): the clause concedes, whatever is said,
// and reports nothing; the words after it belong to the clause around it.
func (d *document) freeRelativeCue(f frame) bool {
	if f.inverted || f.according || f.participle || f.clLo < 1 || f.clLo != f.speaker.lo || f.speaker.hi == 0 {
		return false
	}
	k := f.clLo - 1
	return d.toks[k].is(fnFreeRelative) && d.isNarration(k)
}

// dropNounCues drops a frame whose cue word stands right before the comma
// that opens another frame's clause set off by commas: the words are the
// first part of the report that clause interrupts. A cue in "-s" is then
// a noun ("Cost estimates, he added, were far too low" is no "Cost"
// estimating), and a verb is the reported clause's own ("She hoped, he
// said, that the paper would drop it" is his report, "She hoped" its
// first part): no cue is followed by another speaker's "…, he added, …".
func (d *document) dropNounCues(frames []frame, u unit) []frame {
	toks := d.toks
	for k := 0; k+1 < len(frames); k++ {
		f, g := frames[k], frames[k+1]
		c := f.cueHi
		if f.according || f.participle || g.according || g.participle || g.inverted || c >= u.hi || toks[c].text != "," || !d.isNarration(c) || g.clLo != c+1 || g.clHi >= u.hi || toks[g.clHi].text != "," {
			continue
		}
		if w := toks[f.cueHi-1]; f.cueHi != f.cue+1 || w.cap {
			continue
		}
		frames = slices.Delete(frames, k, k+1)
		k--
	}
	return frames
}

// bareCue reports whether the cue word w is a verb's bare form: the
// lexicon knows its "-s" form as a cue too ("tell", "say", "urge"; not
// "said", "told", "says").
func (d *document) bareCue(w string) bool {
	const cues = lexCueSpeech | lexCueBelief | lexCueQuote
	return !strings.HasSuffix(w, "s") && (d.lex.of(w+"s").lex&cues != 0 || d.lex.of(w+"es").lex&cues != 0)
}

// maxInfinitiveReach is how far back, in tokens, from the "and" of a
// coordinated cue a modal or a "to" is looked for.
const maxInfinitiveReach = 12

// dropSharedInfinitives drops a coordinated cue in its bare form whose
// "and" follows a verb that a modal or "to" governs in what an earlier
// cue reports ("said he would sit the rebels down and tell them …", "urged her
// to raise her voice and say it louder"): the cue is a second verb of the
// report, as the first one, not what its speaker did. "said he would go
// and told them" (a past form) is the speaker's own doing. So is a bare
// cue after "and" and a modal of its own, when the earlier cue reports a
// clause ("said ministers were aware and would respond in due course":
// the ministers would respond); after a phrase with no verb the modal is
// the speaker's ("said nothing and would not comment further"), and so is
// a cue that opens a report of its own ("and would say only: "…"", "and
// will tell members that …", "and would not say whether …").
func (d *document) dropSharedInfinitives(frames []frame, u unit) []frame {
	toks := d.toks
	for k := len(frames) - 1; k > 0; k-- {
		g := frames[k]
		c := toks[g.cue]
		if !g.coordinated || !d.bareCue(c.lower) {
			continue
		}
		e := frames[k-1]
		if m, ok := d.modalAfterAnd(g.cue); ok && m > e.clHi {
			if a := d.contentStart(e, u); a < m-1 && !d.nounReportBefore(a, m-1) && !d.cueReports(g, u) {
				frames = slices.Delete(frames, k, k+1)
			}
			continue
		}
		if !toks[g.cue-1].is(fnAnd) {
			continue
		}
		for j := g.cue - 2; j >= e.clHi && g.cue-j <= maxInfinitiveReach; j-- {
			t := toks[j]
			if !d.isNarration(j) {
				continue // `to "stop pimping votes" and call on …`: a quotation inside
			}
			if t.text == "," || t.text == ";" {
				break
			}
			if t.is(fnTo) || t.in(lexAuxiliaries) && isModal(t.lower) || strings.HasSuffix(t.lower, "'d") || strings.HasSuffix(t.lower, "’d") {
				frames = slices.Delete(frames, k, k+1) // "he'd sit him down and tell him"
				break
			}
		}
	}
	return frames
}

// modalAfterAnd reports whether the cue at cue follows "and", a modal and
// adverbs ("and would respond", "and then would not say"), and returns
// the modal's index.
func (d *document) modalAfterAnd(cue int) (int, bool) {
	toks := d.toks
	j := d.adverbsBefore(cue - 1) // "would not say"
	if j < 1 || toks[j].cap || !toks[j].in(lexAuxiliaries) || !isModal(toks[j].lower) || !d.isNarration(j) {
		return 0, false
	}
	a := d.adverbsBefore(j - 1) // "and then would say"
	return j, toks[a].is(fnAnd) && !toks[a].cap && d.isNarration(a)
}

// adverbsBefore is the first token at or before j, going back, that is no
// lower-case verb modifier of the narration other than an auxiliary
// ("not", "later", "then"); it stops at token 0.
func (d *document) adverbsBefore(j int) int {
	toks := d.toks
	for j > 0 && !toks[j].cap && toks[j].in(lexVerbModifiers) && !toks[j].in(lexAuxiliaries) && d.isNarration(j) {
		j--
	}
	return j
}

// cueReports reports whether the words after frame f's clause open a
// report of its own: a quotation, a that-clause, a clause after a colon
// or a wh-word ("would say only: "…"", "would not say whether …").
func (d *document) cueReports(f frame, u unit) bool {
	a := d.contentStart(f, u)
	return a < u.hi && d.opensReport(a)
}

// dropNestedBeliefs drops a belief frame inside a subordinate clause of
// what a later speech frame reports ("… so buyers can see what they pay for,
// said Mr Okafor"): the belief is part of that report. So is one that
// opens its sentence before a quotation an inverted cue closes ("Polling
// shows that "most voters are wary," said Lena Fischer").
func (d *document) dropNestedBeliefs(frames []frame) []frame {
	toks := d.toks
	for k := len(frames) - 2; k >= 0; k-- {
		f := frames[k]
		if f.class != cueBelief || f.participle {
			continue
		}
		opening := d.opensSentence(f.speaker.lo)
		if !opening && !(f.speaker.lo > 0 && (toks[f.speaker.lo-1].in(lexConjunctions) || toks[f.speaker.lo-1].is(fnSubordinator|fnComplementizer))) {
			continue
		}
		for _, g := range frames[k+1:] {
			if opening && !(g.inverted && g.class != cueBelief && g.clLo > f.cue+2 && d.commaClosedQuote(g.clLo)) {
				continue // ("Polling shows that "…," said Lena Fischer": hers; only after a quotation's comma)
			}
			// The later clause stands apart (", said Mr Okafor"); one
			// inside what the belief reports ("But the survey finds that
			// Hale keeps …") does not hold it.
			apart := g.inverted || g.clLo > 0 && (toks[g.clLo-1].text == "," || isDash(toks[g.clLo-1].text))
			if g.class != cueBelief && g.clLo > f.cue && apart {
				frames = slices.Delete(frames, k, k+1)
				break
			}
		}
	}
	return frames
}

// commaClosedQuote reports whether a quotation closes with a comma right
// before token k, inside its marks or after them ("…," said Ann Cole;
// "…", said Ann Cole).
func (d *document) commaClosedQuote(k int) bool {
	toks := d.toks
	return k >= 2 && (d.isCloseMark(k-1) && toks[k-2].text == "," || toks[k-1].text == "," && d.isCloseMark(k-2))
}

// cueFrame makes the frame of the cue verb at i, when it is used as a verb
// and has a speaker.
func (d *document) cueFrame(u unit, i int, f *frame) bool {
	t := &d.toks[i]
	class, hi := cueClassOf(*t), i+1
	if class == cueNone {
		class, hi = d.cuePhraseAt(i, u), i+2
	}
	if class != cueNone && d.passiveLabel(u, i, f) {
		return true
	}
	if class == cueNone || !d.verbUse(i, u) || d.passive(i, u) || d.toObject(i, u) || d.addsAmount(i, u) || d.reducedToldPassive(i, u) || d.participleBeforeCue(i, u) {
		return false
	}
	*f = frame{cue: i, cueHi: hi, class: class, clLo: i, clHi: hi}
	if hi == i+1 && i+1 < u.hi && (t.in(lexParticleVerbs) && d.toks[i+1].is(fnCueParticle) || d.cuePhraseAt(i, u) != cueNone) {
		f.cueHi = i + 2 // "called for a pause", "warned of losses": the particle belongs to the cue
	}
	if !d.attachSpeaker(f, u) {
		return false
	}
	d.countedGroup(f, u)
	return true
}

// countedGroup widens the clause of frame f, whose speaker is an unnamed
// plural group that opens it, over the count before that group ("…,
// three diplomats said", "…, two people familiar with the matter said",
// "…, the two men said", "…, 12 officials said"): a comma before the
// count ends the report. The count is no part of the role, as in "Two
// senior party sources said" (role "senior party sources").
func (d *document) countedGroup(f *frame, u unit) {
	if m := f.speaker; m.hi != 0 && m.lo == f.clLo {
		if n, ok := d.countedGroupAt(m, u.lo); ok {
			f.clLo = n.lo
		}
	}
}

// countedGroupAt is group m, an unnamed plural, with the count before it
// and that count's determiner ("three diplomats", "the two men"), not
// reaching before lo; ok is false when no count stands there. A year
// ("2016 Democrats") is no count, nor a share or a bound ("6 in 10
// Republicans", "more than 40 officials": quantityBefore's), nor a
// count after a word ("the 2.5 million traders"): the count opens the
// unit or follows punctuation.
func (d *document) countedGroupAt(m mention, lo int) (mention, bool) {
	toks := d.toks
	k := m.lo - 1
	if m.kind != KindGroup || m.named() || m.pronoun != "" || k < lo || !d.isNarration(k) {
		return mention{}, false
	}
	t := toks[k]
	if t.kind != tokWord || !(isDigits(t.text) && len(t.text) != 4 || t.in(lexQuantities) && !t.in(lexDeterminers) && !t.in(lexGroupNouns)) || toks[m.lo].in(lexQuantities) {
		return mention{}, false
	}
	if k-1 >= lo && (toks[k-1].is(fnIn|fnOf) || toks[k-1].lower == "than") {
		return mention{}, false
	}
	if k-1 >= lo && toks[k-1].kind == tokWord && toks[k-1].in(lexDeterminers) && !toks[k-1].in(lexQuantities) && d.isNarration(k-1) {
		k-- // "the two men said"
	}
	if k > lo && toks[k-1].kind == tokWord {
		return mention{}, false // "below the 2.5 million traders had expected": the count opens no clause of its own
	}
	n := d.analyzeNP(k, m.hi)
	return n, n.kind == KindGroup
}

// reducedToldPassive reports whether "told" at i takes "to" and a verb
// with no hearer between ("…, with residents told to keep their windows
// closed", "Shoppers told to stay away"): a passive with its auxiliary
// left out; those before it are the ones told, no speakers.
func (d *document) reducedToldPassive(i int, u unit) bool {
	toks := d.toks
	if toks[i].lower != "told" || i+2 >= u.hi {
		return false
	}
	n, v := toks[i+1], toks[i+2]
	return n.is(fnTo) && d.isNarration(i+1) && v.kind == tokWord && !v.cap && !v.in(lexDeterminers|lexPossessiveDeterminers|lexObjectPronouns) && !isDigitStart(v.text)
}

// maxParticiplePhrase is how far, in tokens, participleBeforeCue looks
// for the finite cue after the participle's phrase.
const maxParticiplePhrase = 10

// participleBeforeCue reports whether the cue word at i, in "-ed" right
// after a plural noun for people and before a preposition, is a
// participle that describes them before their own finite cue
// ("Campaigners opposed to the plan said …", "Residents concerned about
// the noise say …"): the subject's description, no cue of its own.
func (d *document) participleBeforeCue(i int, u unit) bool {
	toks := d.toks
	t := toks[i]
	if !strings.HasSuffix(t.lower, "ed") || i-1 < u.lo || i+1 >= u.hi || !toks[i+1].in(lexPrepositions|lexModifierPreps) {
		return false
	}
	if p := toks[i-1]; p.kind != tokWord || !(isPluralRoleHead(d.lex, p.lower) || p.in(lexGroupNouns)) {
		return false
	}
	if toks[i+1].is(fnTo) && i+2 < u.hi && !toks[i+2].in(lexDeterminers|lexPossessiveDeterminers) && !toks[i+2].cap {
		return false // "His representatives declined to comment": an infinitive, the cue's own
	}
	for k := i + 2; k < u.hi && k <= i+maxParticiplePhrase && d.isNarration(k); k++ {
		n := toks[k]
		if n.text == "," || n.kind == tokPunct && isSentenceEnd(n.text) {
			return false
		}
		if !n.cap && cueClassOf(n) == cueSpeech && d.finiteCue(n) && !n.in(lexCueNouns) {
			return true
		}
	}
	return false
}

// addsAmount reports whether the cue word at i is "add" with an amount
// for object ("…, adding 300 jobs in May", "with the economy adding
// 151,000 jobs", "added £2m to the bill"): a sum grows, nothing is said.
func (d *document) addsAmount(i int, u unit) bool {
	t := d.toks[i]
	if !strings.HasPrefix(t.lower, "add") || i+1 >= u.hi {
		return false
	}
	n := d.toks[i+1]
	if n.kind == tokPunct && (n.text == "£" || n.text == "$" || n.text == "€") && i+2 < u.hi {
		n = d.toks[i+2]
	}
	if n.kind != tokWord || !isDigitStart(n.text) || !d.isNarration(i+1) {
		return false
	}
	for k := i + 2; k < u.hi && k <= i+maxAmountWords && d.toks[k].kind == tokWord; k++ {
		if d.toks[k].in(lexAuxiliaries) && !d.toks[k].cap {
			return false // "added 300 jobs would go": the amount opens a clause
		}
	}
	return true
}

// maxAmountWords is how far past "add" addsAmount looks for the verb of
// a clause the amount opens.
const maxAmountWords = 5

// maxStanceGap is how many words may stand between a stance verb and its
// stance word ("expressed serious concern that", "made it clear that").
const maxStanceGap = 3

// stanceFrame makes the frame of a stance stated with a noun or an
// adjective and a that-clause at token i: "voiced concern that …", "made
// the case that …", "is confident that …". The verb (or "be") up to the
// stance word is the cue, and its subject the speaker; "it" is none ("it
// is clear that …").
func (d *document) stanceFrame(u unit, i int, f *frame) bool {
	t := &d.toks[i]
	if !t.in(lexStanceVerbs) && !t.is(fnBe) || t.cap && i > u.lo {
		return false
	}
	for k := i + 1; k+2 < u.hi && k <= i+1+maxStanceGap && d.isNarration(k); k++ {
		w := d.toks[k]
		if w.in(lexStanceWords) {
			*f = frame{cue: i, cueHi: k + 1, class: cueBelief, clLo: i, clHi: k + 1}
			if !d.thatClauseAfterCue(*f, k+2) && !d.thatAfterStanceModifiers(k+1, u.hi) && !d.bareStanceClause(k+1, u.hi) || !d.attachSpeaker(f, u) || f.speaker.pronoun == "it" {
				return false
			}
			return true
		}
		if w.kind != tokWord || w.is(fnComplementizer) || isCue(w) || w.in(lexConjunctions|lexPrepositions) {
			return false
		}
	}
	return false
}

// bareStanceClause reports whether a clause with no "that" follows a
// stance word at k ("made it clear the pier was safe", "is adamant she
// will stay"): a subject pronoun or a noun phrase with its verb.
func (d *document) bareStanceClause(k, hi int) bool {
	if k >= hi || !d.isNarration(k) {
		return false
	}
	t := d.toks[k]
	clause := t.kind == tokWord && !t.is(fnComplementizer) && !t.in(lexClauseOpeners) && (t.in(lexSubjectPronouns) && !t.in(lexObjectPronouns) || t.in(lexDeterminers) && d.opensClause(k, hi))
	// "Tom Reed is adamant he will stay, aides say.": under a closing
	// attribution the whole clause is its speaker's
	return clause && !d.closingCueAhead(k, hi)
}

// maxClosingTokens is how near the unit's end closingCueAhead looks for a
// closing attribution (", aides say.", ", the ministry said on Monday.").
const maxClosingTokens = 8

// closingCueAhead reports whether a comma and a cue after it close the
// unit from k on: a closing attribution of the whole sentence.
func (d *document) closingCueAhead(k, hi int) bool {
	for j := hi - 1; j > k && j >= hi-maxClosingTokens; j-- {
		if d.toks[j].text == "," && d.isNarration(j) {
			return d.cueAhead(j+1, hi)
		}
	}
	return false
}

// thatAfterStanceModifiers reports whether the that-clause of a stance
// stated with a verb follows the phrases after its stance word at k: a
// time or a prepositional phrase that the clause finish steps over
// ("made clear on Tuesday that …", "made the case to party leaders that
// …", "made it clear to donors on Wednesday that …"). A phrase of what
// the stance is about ("voiced concern about the things that …", "an
// argument about the benefits that …") is its topic, and a "that" after
// it opens a relative clause.
func (d *document) thatAfterStanceModifiers(k, hi int) bool {
	j := d.skipModifiers(k, hi)
	if j <= k || j+1 >= hi || !d.toks[j].is(fnComplementizer) || !d.isNarration(j) || !d.subjectAfterThat(j+1, hi) {
		return false
	}
	for m := k; m < j; m++ {
		if t := d.toks[m]; t.is(fnOf) || t.lower == "about" {
			return false
		}
	}
	return true
}

// maxStanceModifiers is how many words may stand between a possessive and
// the stance noun it owns ("Harlan's repeated and baseless claim that").
const maxStanceModifiers = 3

// possessivePronouns maps a possessive determiner to the subject pronoun
// of the one who holds a stance ("her argument that …": she argues).
var possessivePronouns = map[string]string{"his": "he", "her": "she", "their": "they"}

// possessiveOwner is the owner that the possessive at k names, as a
// speaker: the pronoun a possessive determiner stands for ("her" -> she)
// or the noun phrase that ends in the possessive ("Ms Cho's", "the
// union's"); ok is false when k is no possessive or no phrase ends there.
func (d *document) possessiveOwner(k, lo int) (mention, bool) {
	p := d.toks[k]
	if pr, ok := possessivePronouns[p.lower]; ok {
		return mention{lo: k, hi: k + 1, pronoun: pr, kind: pronounKind(pr)}, true
	}
	if !isPossessiveWord(p) {
		return mention{}, false
	}
	return d.npBefore(k, lo)
}

// heldStanceFrame makes the frame of a stance noun owned by its holder
// and followed by a that-clause at token i: "Harlan's claim that …",
// "her argument that …", "the union's warning that …". The owner holds or
// stated the stance: the owner is the speaker and the noun the cue. An
// unowned stance ("the idea that …", "the notion that …") is nobody's.
func (d *document) heldStanceFrame(u unit, i int, f *frame) bool {
	toks := d.toks
	t := &toks[i]
	if !t.in(lexStanceWords) || t.cap || i+2 >= u.hi || i == u.lo {
		return false
	}
	*f = frame{cue: i, cueHi: i + 1, class: cueBelief, clLo: i, clHi: i + 1, held: true}
	if !d.thatClauseAfterCue(*f, i+2) || !d.isNarration(i+1) {
		return false
	}
	for k := i - 1; k >= u.lo && k >= i-1-maxStanceModifiers; k-- {
		p := toks[k]
		if !d.isNarration(k) || p.kind != tokWord {
			return false
		}
		if m, ok := d.possessiveOwner(k, u.lo); ok {
			if possessivePronouns[p.lower] == "" && !namesSpeaker(m) {
				return false
			}
			f.speaker = m
		} else if isPossessiveWord(p) {
			return false
		} else if p.cap || isCue(p) || p.fn != 0 || p.in(lexDeterminers|lexPrepositions|lexConjunctions|lexStanceWords) {
			return false
		} else {
			continue
		}
		// "Harlan's claim that the vote was rigged drew scorn": as the
		// sentence's subject the clause runs on into its verb; only an
		// object's or a phrase's clause ends where the text shows.
		if s := f.speaker.lo; s == u.lo || s == u.lo+1 && toks[u.lo].in(lexConjunctions) {
			return false
		}
		f.clLo = f.speaker.lo
		return true
	}
	return false
}

// passiveLabel makes the frame of a label verb in the passive with its
// agent and the quoted label after "as" ("described by one MP as "a
// betrayal"", "The tax, labelled by critics as "unfair", …"): the agent
// after "by" is the speaker, and the label what it said.
func (d *document) passiveLabel(u unit, i int, f *frame) bool {
	toks := d.toks
	t := toks[i]
	if t.kind != tokWord || t.cap || !t.in(lexLabelVerbs) || i+3 >= u.hi || !toks[i+1].is(fnPassiveBy) || !d.isNarration(i+1) {
		return false
	}
	m, end, ok := d.npAfter(i+2, u.hi)
	if !ok || end+1 >= u.hi || !toks[end].is(fnQuotedAs) || !d.isOpenMark(end+1) || !namesSpeaker(m) {
		return false
	}
	*f = frame{cue: i, cueHi: i + 1, class: cueSpeech, speaker: m, clLo: i, clHi: end + 1}
	return true
}

// maxMessageWords is how many words may stand between a message noun's
// "be" and the colon ("was clear", "was, as ever, blunt").
const maxMessageWords = 3

// messageColonFrame makes the frame of a message noun owned by its
// speaker, described, and then a colon and a quotation: "Her verdict was
// blunt: "…"", "Ms Cho's reply was short: "…"", "The message from the
// union was clear: "…"" (lexicon/message-nouns). The owner, before the
// noun or after its "from", is the speaker; the noun is the cue.
func (d *document) messageColonFrame(u unit, i int, f *frame) bool {
	toks := d.toks
	t := &toks[i]
	if t.kind != tokWord || t.cap && i > u.lo || !d.lex.messageNouns[t.lower] || !d.isNarration(i) {
		return false
	}
	var owner mention
	k := i + 1
	m, possessed := mention{}, false
	if i > u.lo {
		m, possessed = d.possessiveOwner(i-1, u.lo)
	}
	switch {
	case possessed:
		if possessivePronouns[toks[i-1].lower] == "" && !m.named() {
			return false // (a name's: "Ms Cho's reply"; a description's possessive is read no further)
		}
		owner = m
	case i > u.lo && isPossessiveWord(toks[i-1]):
		return false
	case k < u.hi && toks[k].is(fnSourceLink) && !toks[k].is(fnPassiveBy):
		m, end, ok := d.npAfter(k+1, u.hi)
		if !ok || !namesSpeaker(m) {
			return false
		}
		owner, k = m, end
	default:
		return false
	}
	if k >= u.hi || !toks[k].is(fnBe) {
		return false
	}
	c := k + 1
	for c < u.hi && c <= k+maxMessageWords && toks[c].kind == tokWord && d.isNarration(c) {
		c++
	}
	if c == k+1 || c+1 >= u.hi || toks[c].text != ":" || !d.isOpenMark(c+1) {
		return false
	}
	*f = frame{cue: i, cueHi: i + 1, class: cueSpeech, speaker: owner, clLo: min(owner.lo, i), clHi: c}
	return true
}

// toObject reports whether the cue at i takes a thing with "to" ("adding
// to her lead", "added to the pressure"; lexicon/cue-to-object-verbs),
// then "to" and a determiner: it reports nothing.
func (d *document) toObject(i int, u unit) bool {
	if qi := d.quoteOfMark(u.lo); qi >= 0 && d.isOpenMark(u.lo) && d.quotes[qi].tokHi < i {
		return false // `"It is over," she added to the committee`: the quotation is what was added
	}
	return i+2 < u.hi && d.toks[i].in(lexCueToObjectVerbs) && d.toks[i+1].is(fnTo) && d.toks[i+2].in(lexDeterminers) && d.isNarration(i+2)
}

// passive reports whether the cue at i is a past participle after a form
// of "be" ("Sam Ortiz was asked about the strike", "Many have been told
// to …", "The minister is expected to resign"): its subject is not the
// one who speaks. "is saying" is no passive.
func (d *document) passive(i int, u unit) bool {
	toks := d.toks
	if strings.HasSuffix(toks[i].lower, "ing") {
		return false
	}
	k := i - 1
	// Before a raising "to" ("is widely said to be furious", "is now said
	// to be worth …") any "-ly" adverb or time word may stand after "be";
	// "it was widely reported that …" is left to the report it gives.
	raising := i+1 < u.hi && toks[i+1].is(fnTo)
	for k >= u.lo && toks[k].kind == tokWord && (toks[k].in(lexVerbModifiers) || raising && (strings.HasSuffix(toks[k].lower, "ly") && d.adverbBeforeCue(k) || !toks[k].cap && isTimeWord(toks[k]) && !toks[k].in(lexPrepositions|lexDeterminers))) && !toks[k].is(fnBe) {
		k-- // "was also asked", "is widely expected"
	}
	return k >= u.lo && toks[k].is(fnBe) && d.isNarration(k)
}

// documentFinds reports whether a belief frame's subject is a document
// that states a finding ("polls show", "FEC records show", "the survey
// found"): PolNeAR and the BBC attribute those.
func (d *document) documentFinds(f frame) bool {
	return f.class == cueBelief && f.speaker.hi > 0 && f.speaker.pronoun == "" && d.toks[f.speaker.hi-1].stem&lexDocumentNouns != 0
}

// bodyHoldsClause reports whether belief frame f's subject is a
// description of an organisation ("the campaign", "the company") and a
// clause with its own subject follows the cue ("the campaign believes it
// could win", "the company fears that …"): a body's stance, which PolNeAR
// and the BBC attribute. Its infinitives ("the group plans to …", "the
// campaign hopes to …") are what it does, and its gerunds are left to the
// clause they modify.
func (d *document) bodyHoldsClause(f frame, u unit) bool {
	if f.class != cueBelief || f.speaker.hi == 0 || f.speaker.named() || f.speaker.pronoun != "" || f.speaker.kind != KindOrganization || f.participle || f.cueHi >= u.hi || strings.HasSuffix(d.toks[f.cue].lower, "ing") {
		return false
	}
	return d.isNarration(f.cueHi) && (d.reportedClauseAt(f.cueHi, u.hi) || d.itClauseAt(f.cueHi, u.hi))
}

// unattributable: a frame without a speaker, or a belief verb with a bare
// description for subject ("the plan shows", "the data suggest"), which is
// rarely an attribution anyone quotes.
func unattributable(f frame) bool {
	return f.speaker.hi == 0 || f.class == cueBelief && !f.speaker.named() && f.speaker.pronoun == "" && f.speaker.kind != KindGroup && f.speaker.kind != KindPerson
}

// accordingSourceWindow is how far, in tokens, the source of "according to"
// may run to its comma when no noun phrase parses ("According to a
// 14-page lawsuit brought by …, the …").
const accordingSourceWindow = 40

// accordingFrame makes the frame of "according to X" at token i.
func (d *document) accordingFrame(u unit, i int) (frame, bool) { return d.sourceFrame(u, i, i+2) }

// sourceFrame makes the frame of a source phrase at token i whose source
// X starts at n: "according to X", "as reported by X".
func (d *document) sourceFrame(u unit, i, n int) (frame, bool) {
	toks := d.toks
	// "according to court papers filed in Manhattan": the source is read
	// up to the participle, and its phrase is part of the source's.
	hi := u.hi
	p, held, isHeld := d.heldDocument(u, n)
	if isHeld {
		hi = p
	}
	m, end, ok := d.npAfter(n, hi)
	if isHeld && (!ok || end != p) {
		m, end, ok = d.analyzeNP(n, p), p, true // ("court papers", which npAfter cuts at the limit)
	}
	// "according to figures from the Office for National Statistics"
	if ok && end+1 < hi && toks[end].is(fnSourceLink) {
		// ("according to figures from the company": a description of the
		// organisation after a document is its maker too)
		if m2, end2, ok2 := d.npAfter(end+1, hi); ok2 && (m2.named() || !m.named() && toks[m.hi-1].in(lexDocumentNouns) && m2.kind == KindOrganization && toks[m2.lo].is(fnDefinite)) {
			m, end = m2, end2
		}
	}
	// "according to a poll released on Thursday by the Marist Institute":
	// the document's maker is the source, as "a poll by X" gives it.
	if ok && !m.named() && toks[m.hi-1].in(lexDocumentNouns) {
		if m2, end2, ok2 := d.makerAfterDocument(end, hi); ok2 {
			m, end = m2, end2
		}
	}
	if ok && isHeld && end == p {
		end = held
	}
	if ok && end < u.hi && toks[end].text != "," && !(toks[end].kind == tokPunct && isSentenceEnd(toks[end].text)) && !d.colonOpensReport(u, i, end) {
		ok = false // the phrase goes on: take it whole, below
	}
	if !ok {
		m, end, ok = d.accordingToComma(u, i, n)
		if ok {
			if h, hok := d.describedSourceIn(n, end); hok {
				m = h // "according to people familiar with the matter": the people
			}
		}
	}
	if ok && end+1 < u.hi && toks[end].text == "," {
		end = d.accordingAppositive(u, i, end, &m)
	}
	if ok && end+1 < u.hi && toks[end].text == "," {
		end = d.accordingRelative(u, i, end)
	}
	// "according to an internal memo, seen by the Ledger": the holder's
	// phrase set off by a comma is the source's too.
	if ok && end+1 < u.hi && toks[end].text == "," && d.documentIn(n, end) {
		if k, held := d.holderAfterDocument(end+1, u.hi); held {
			end = k
		}
	}
	if !ok {
		return frame{}, false
	}
	if end+1 < u.hi && toks[end].text == "," && i > d.unitOpening(u) && !d.afterSetting(u, i) && (d.trailingAppositive(end+1, u.hi) || d.partitiveAppositive(end+1, u.hi)) {
		end = u.hi // "…, according to Feedmetric, a service that tracks web traffic."
	}
	return frame{cue: i, cueHi: n, class: cueSpeech, speaker: m, clLo: i, clHi: end, according: true}, true
}

// afterSetting reports whether the source phrase at i follows only a
// setting of the report that opens unit u, set off by a comma ("At 10
// p.m., according to a county timeline, the crews left …"): what
// follows its own comma is the report, no appositive of the source.
func (d *document) afterSetting(u unit, i int) bool {
	lo := d.unitOpening(u)
	return i-1 > lo && d.toks[i-1].text == "," && d.isNarration(i-1) && d.accordingSetting(lo, i-1)
}

// partitiveAppositive reports whether the words from k to the unit's end
// hi are a quantity "of" a noun phrase, with no clause in it, after the
// source's comma: an appositive of the source ("…, according to the party
// chairs in Ames and Bly, two of the five largest counties in the
// state."), no report ("two of whom said …" is a clause of its own).
func (d *document) partitiveAppositive(k, hi int) bool {
	if k+2 >= hi || !d.isNarration(k) {
		return false
	}
	t := d.toks[k]
	return t.kind == tokWord && !t.cap && (t.in(lexQuantities) || isDigitStart(t.text)) && d.toks[k+1].lower == "of" && !d.toks[k+2].is(fnRelative) && !d.clauseInPhrase(k, hi)
}

// maxMakerWords is how many words a document's participle phrase may put
// before the "by" of its maker ("released on Thursday by").
const maxMakerWords = 5

// makerAfterDocument reads the participle phrase after a document, from
// k, that names its maker ("released on Thursday by the Marist
// Institute", "conducted by Harlow Research"; lexicon/maker-participles,
// not "a memo obtained by the AP"): the maker's mention and where it
// ends, when a named phrase after "by" ends the phrase.
func (d *document) makerAfterDocument(k, hi int) (mention, int, bool) {
	toks := d.toks
	if k >= hi || toks[k].kind != tokWord || toks[k].cap || !d.lex.makerParticiples[toks[k].lower] {
		return mention{}, 0, false
	}
	for j := k + 1; j < hi && j <= k+maxMakerWords; j++ {
		t := toks[j]
		if !d.isNarration(j) || t.text == "," || t.kind == tokPunct && isSentenceEnd(t.text) {
			return mention{}, 0, false
		}
		if t.is(fnPassiveBy) {
			m, e, ok := d.npAfter(j+1, hi)
			if !ok || !m.named() {
				return mention{}, 0, false
			}
			if t, time := d.timePhraseEnd(e, hi); time {
				e = t // "… by the Office for National Statistics on Tuesday"
			}
			if e < hi && toks[e].text != "," && !(toks[e].kind == tokPunct && isSentenceEnd(toks[e].text)) {
				return mention{}, 0, false
			}
			return m, e, true
		}
	}
	return mention{}, 0, false
}

// maxHeldDocumentWords is how many tokens heldDocument reads from the
// source's start to the document noun ("a confidential company memo").
const maxHeldDocumentWords = 6

// heldDocument finds, in the source of a source phrase from n, a
// document with a participle phrase after it that names no maker
// (holderAfterDocument: "court papers filed in Manhattan", "a memo seen
// by the BBC"), right after the document noun or after a phrase that a
// preposition opens ("a letter from Tom Kell seen by the Ledger"): where
// the participle stands, so that the source is read up to it, and where
// the phrase ends. A maker's participle with its "by" ("a poll conducted
// by Harlow Research") is left to makerAfterDocument, and one with "by"
// or "for" to the phrase read whole.
func (d *document) heldDocument(u unit, n int) (p, e int, ok bool) {
	toks := d.toks
	for k := n; k < u.hi-1 && k < n+maxHeldDocumentWords; k++ {
		t := toks[k]
		if !d.isNarration(k) || t.kind != tokWord {
			return 0, 0, false
		}
		if t.cap || !t.in(lexDocumentNouns) {
			continue
		}
		p = k + 1
		if !d.pastParticiple(toks[p]) {
			if !toks[p].in(lexPrepositions) {
				continue // "the poll results seen by …": the noun goes on
			}
			p = d.participleAfterPhrase(p+1, min(k+maxMakerWords+1, u.hi))
			if p < 0 {
				return 0, 0, false
			}
		}
		if _, _, maker := d.makerAfterDocument(p, u.hi); maker {
			return 0, 0, false
		}
		e, ok = d.holderAfterDocument(p, u.hi)
		return p, e, ok
	}
	return 0, 0, false
}

// participleAfterPhrase is the first past participle in toks[k:hi] of a
// phrase that words alone make up ("from Tom Kell seen", "into the flood
// seen"), or -1.
func (d *document) participleAfterPhrase(k, hi int) int {
	for ; k < hi && d.isNarration(k) && d.toks[k].kind == tokWord; k++ {
		if d.pastParticiple(d.toks[k]) {
			return k
		}
	}
	return -1
}

// documentIn reports whether a document noun in lower case stands in
// toks[lo:hi].
func (d *document) documentIn(lo, hi int) bool {
	for _, t := range d.toks[lo:hi] {
		if t.kind == tokWord && !t.cap && t.in(lexDocumentNouns) {
			return true
		}
	}
	return false
}

// maxHolderWords is the longest participle phrase, in tokens, that
// holderAfterDocument reads after a document.
const maxHolderWords = 8

// holderAfterDocument reads the participle phrase after a document, from
// k, that names no maker: where the document was filed or who has it
// ("court papers filed in Manhattan", "documents reviewed by the Ledger",
// "a memo seen by the BBC", "emails obtained by Reuters"). The place and
// the one who saw it are no source: the document stays the source, as
// "according to court papers" alone gives it, and the phrase is part of
// it. It reports where the phrase ends, at a comma or the sentence end.
func (d *document) holderAfterDocument(k, hi int) (int, bool) {
	toks := d.toks
	if k+1 >= hi || !d.pastParticiple(toks[k]) || !d.isNarration(k) || !d.isNarration(k+1) || toks[k+1].kind != tokWord {
		return 0, false
	}
	e := d.phraseEnd(k+1, hi)
	if e-k > maxHolderWords || e < hi && toks[e].text != "," && !(toks[e].kind == tokPunct && isSentenceEnd(toks[e].text)) {
		return 0, false
	}
	if d.lex.makerParticiples[toks[k].lower] {
		// "data released Friday by state regulators", "exit polls
		// conducted for the network": who made it or had it made, left
		// to the phrase read whole.
		for j := k + 1; j < e; j++ {
			if toks[j].is(fnPassiveBy) || toks[j].lower == "for" {
				return 0, false
			}
		}
	}
	return e, true
}

// reportedBySource reports whether "as reported by X," opens the sentence
// at token i ("As reported by the Ledger, …", "As first reported by
// Reuters, …"), and where X starts: a source phrase, as "according to X" is.
func (d *document) reportedBySource(u unit, i int) (int, bool) {
	toks := d.toks
	if toks[i].lower != "as" || !d.opensAfterConnective(i, u) {
		return 0, false
	}
	k := i + 1
	if k < u.hi && (toks[k].lower == "first" || toks[k].in(lexVerbModifiers) && strings.HasSuffix(toks[k].lower, "ly")) {
		k++ // "as first reported by", "as previously reported by"
	}
	if k+2 >= u.hi || !toks[k].in(lexCueSpeech) || !strings.HasSuffix(toks[k].lower, "ed") || !toks[k+1].is(fnPassiveBy) || !d.isNarration(k+1) {
		return 0, false
	}
	return k + 2, true
}

// documentSettingFrame makes the frame of a document named by a phrase
// that opens the sentence at token i with "in" and a comma ("In a Marlow
// poll released Monday, Hale led by ten points", "In the county's own
// figures, …"): the document is the source of the clause after the comma,
// as with "according to". A clause with a cue of its own ("In a statement,
// the ministry said …", "In the survey, most voters said …") is that
// cue's report, so the phrase is no frame then.
func (d *document) documentSettingFrame(u unit, i int) (frame, bool) {
	toks := d.toks
	c := i + 1
	for c < u.hi && c < i+accordingSourceWindow && d.isNarration(c) && toks[c].text != "," && !isCue(toks[c]) {
		c++
	}
	if c+1 >= u.hi || toks[c].text != "," {
		return frame{}, false
	}
	m, end, ok := d.npAfter(i+1, c)
	if !ok {
		m, end = d.analyzeNP(i+1, c), c // "In exit polls,"
	}
	m, ok = d.documentHead(m, end)
	if ok && isParticiple(toks[c+1]) {
		c = d.phraseEnd(c+1, u.hi) // "In the latest poll, conducted in May, …": an aside on the poll
	}
	if !ok || c+1 >= u.hi || toks[c].text != "," || !d.opensReport(c+1) && !isDigitStart(toks[c+1].text) {
		return frame{}, false
	}
	figure := false
	for k := c + 1; k < u.hi; k++ {
		if isCue(toks[k]) && d.isNarration(k) && d.verbUse(k, u) {
			return frame{}, false
		}
		figure = figure || isDigitStart(toks[k].text)
	}
	if !figure {
		return frame{}, false // "In the video, Hale is seen …": a setting, not a finding
	}
	return frame{cue: i, cueHi: i + 1, class: cueSpeech, speaker: m, clLo: i, clHi: c, according: true}, true
}

// accordingAppositive gives the source m of "according to" at i, whose
// phrase ends at the comma at end, the role an appositive after it
// states, and returns where the source's phrase now ends: "according to
// a study by Maren Ostby, a former budget adviser." (the role is the
// whole phrase; "the chairman had backed the offer" is a clause), or one
// set off by a second comma before the report ("According to Tom Reilly,
// a professor at Leeds, the plan …").
func (d *document) accordingAppositive(u unit, i, end int, m *mention) int {
	toks := d.toks
	k := d.phraseEnd(end+1, u.hi)
	// (a phrase that opens the sentence has its report after its comma:
	// "According to the ONS, the number of jobs fell." is no appositive)
	closing := (k == u.hi || toks[k].kind == tokPunct && isSentenceEnd(toks[k].text)) && i != d.unitOpening(u)
	opening := k+1 < u.hi && toks[k].text == "," && i == d.unitOpening(u) && d.opensClause(k+1, u.hi)
	if r := d.appositiveRole(end+1, k); !r.empty() && (closing && d.trailingAppositive(end+1, u.hi) || opening && d.trailingAppositive(end+1, k)) {
		m.role = r
		return k
	}
	return end
}

// accordingRelative steps over a relative clause set off by commas after
// the source of an "according to" at i that opens unit u, whose phrase
// ends at the comma at end, when a clause follows its second comma
// ("According to the survey, which polled 2,000 adults, most people back
// the plan"): the clause says what the source is, the report comes after
// it. It returns where the source's phrase now ends.
func (d *document) accordingRelative(u unit, i, end int) int {
	toks := d.toks
	if i != d.unitOpening(u) || !toks[end+1].is(fnRelative) || !d.isNarration(end+1) {
		return end
	}
	if k := d.phraseEnd(end+1, u.hi); k+1 < u.hi && toks[k].text == "," && d.opensClause(k+1, u.hi) {
		return k
	}
	return end
}

// accordingToComma takes the source of "according to" at i, from n, as everything
// up to the next comma (or the sentence end, for a closing "according to").
func (d *document) accordingToComma(u unit, i, n int) (mention, int, bool) {
	toks := d.toks
	quoted := false
	for e := n; e < u.hi && e < i+accordingSourceWindow; e++ {
		if d.isOpenMark(e) {
			// `according to the "Fair Roads" campaign`: a short quoted
			// name inside the source is part of it, and so is a title
			// (`according to "Fair Enough: …" by Ed Lane`).
			qi := d.quoteOfMark(e)
			if qi < 0 || d.quotes[qi].openEnded || (e == n || d.quotes[qi].tokHi-d.quotes[qi].tokLo > maxTitleWords) && !d.sourceTitle(qi) {
				break
			}
			e, quoted = d.quotes[qi].tokHi, true
			if e+1 >= u.hi && i > d.unitOpening(u) {
				// `…, according to her book "The Art of the Ferry."`: the
				// title closes the sentence, its full stop inside the marks
				m := d.analyzeNP(n, e+1)
				m.name = span{}
				return m, e + 1, true
			}
			continue
		}
		if !d.isNarration(e) {
			break
		}
		if toks[e].text == "," || (e+1 == u.hi || isSentenceEnd(toks[e].text)) && i > d.unitOpening(u) {
			if e > n {
				m := d.analyzeNP(n, e)
				if quoted {
					m.name = span{} // the quoted words name a campaign or a plan, not who speaks
				}
				return m, e, true
			}
			break
		}
	}
	return mention{}, 0, false
}

// describedSourceIn is the unnamed person or group that opens the source
// toks[n:end] of "according to" before the phrase that describes it: an
// adjective or participle and its preposition ("according to a person
// familiar with the deal", "according to two people briefed on the
// talks"), or "with" ("a person with knowledge of the matter"). The
// source is the description's head, as before a cue ("A person
// familiar with the talks said"); "a spokesman for the club" keeps its
// phrase, a role's.
func (d *document) describedSourceIn(n, end int) (mention, bool) {
	toks := d.toks
	for k := n + 1; k+1 < end && k-n <= maxInvertedDescriptorWords; k++ {
		p := toks[k-1]
		if !d.isNarration(k) || p.kind != tokWord || p.cap || p.stem&(lexPersonNouns|lexGroupNouns|lexRoleHeads) == 0 {
			continue
		}
		// ("lawyers with the Harlow Law Centre": "with" and a body, no
		// description but where they work, a role's phrase)
		if !d.knowledgeWith(k, end) && !d.modifierWithPreposition(k, end) {
			continue
		}
		h := d.analyzeNP(n, k)
		if c, ok := d.npBefore(k-1, n); ok && c.lo > n && c.kind == KindGroup {
			if g, gok := d.countedGroupAt(c, n); gok && g.lo == n {
				h = c // "according to two people familiar with …": the role has no count, as before a cue
			}
		}
		if h.named() || h.pronoun != "" {
			return mention{}, false
		}
		switch {
		case h.kind == KindPerson || h.kind == KindGroup:
		case p.in(lexGroupNouns) || isPluralRoleHead(d.lex, p.lower):
			h.kind = KindGroup
		case p.in(lexPersonNouns | lexRoleHeads):
			h.kind = KindPerson
		default:
			return mention{}, false
		}
		return h, true
	}
	return mention{}, false
}

// maxSourceTitleWords is the longest quoted title, in words, that the
// source of "according to" may hold ("according to "Fair Enough: Ann Roe
// and the Remaking of Harlow Mills" by Ed Lane").
const maxSourceTitleWords = 16

// sourceTitle reports whether quotation qi is a title in title case of
// up to maxSourceTitleWords words, longer than isTitle reads, as a
// book's with its subtitle ("The Fixers: Ann Roe and the Studio
// Machine"): every word capitalised but the function words of titles.
func (d *document) sourceTitle(qi int) bool {
	words, _, ok := d.titleCaseWords(qi)
	return ok && words > 0 && words <= maxSourceTitleWords
}

// colonOpensReport reports whether the colon at e ends the source of
// "according to" that opens unit u at i, before what it reports
// ("According to the Ledger: "Mayor Ann Roe has …"").
func (d *document) colonOpensReport(u unit, i, e int) bool {
	return e+1 < u.hi && d.toks[e].text == ":" && d.isNarration(e) && i == d.unitOpening(u)
}

// unitOpening is the token where unit u's own words open: past a dateline
// that opens its paragraph ("LONDON (Reuters) - According to X, …" opens
// with its "according to" as much as a sentence of its own does).
func (d *document) unitOpening(u unit) int { return d.skipDateline(u.lo, u.hi) }

// phraseEnd is the first token from k that ends a phrase: a comma, a
// sentence end, or a token inside a quotation.
func (d *document) phraseEnd(k, hi int) int {
	toks := d.toks
	for k < hi && d.isNarration(k) && toks[k].text != "," && !(toks[k].kind == tokPunct && isSentenceEnd(toks[k].text)) {
		k++
	}
	return k
}

// verbUse reports whether the cue word at i is used as a verb: not after a
// determiner ("the report"), not part of a name ("Washington Post"), not an
// infinitive of purpose, not a passive ("was called by").
func (d *document) verbUse(i int, u unit) bool {
	t := d.toks[i]
	if t.cap && i > u.lo && !(d.isCloseMark(i-1) || d.toks[i-1].text == "," || isDash(d.toks[i-1].text)) && !u.titleCase {
		return false // "the Washington Post": part of a name, unless every word is capitalised
	}
	if i > u.lo && d.nounAfter(i, u) {
		return false
	}
	if i+1 < u.hi && d.toks[i+1].is(fnPassiveBy) && !d.byMeans(i+1, u.hi) && !d.quotedAsBy(i, u) {
		return false
	}
	if d.nounUse(i, u) || d.messageParticiple(i, u) || d.articleNoun(i, u) {
		return false
	}
	// "a group called Parents for Hale", "a super PAC called Renew44":
	// a name given, not a cue.
	if t.in(lexLabelVerbs) && i-2 >= u.lo && i+1 < u.hi && d.toks[i+1].cap && d.toks[i-1].kind == tokWord && !d.toks[i-1].cap &&
		(d.toks[i-2].is(fnIndefiniteArticle) || d.toks[i-1].in(lexGroupNouns|lexGenericOrgNouns|lexOrgHeads) && !d.toks[i-2].is(fnDefinite)) {
		return false
	}
	return !d.namingAside(i, u)
}

// namingAside reports whether the label verb at i opens an aside that
// names the thing before its comma ("The product, called Learnly Tutor,
// is free", "Her new album, called Night Moves, is out"): a lower-case
// noun, a comma, the verb, capitalised words and the comma that closes
// them. A name given, no cue with its speaker after it.
func (d *document) namingAside(i int, u unit) bool {
	toks := d.toks
	if !toks[i].in(lexLabelVerbs) || toks[i].cap || i-2 < u.lo || toks[i-1].text != "," || toks[i-2].kind != tokWord || toks[i-2].cap || toks[i-2].fn != 0 {
		return false
	}
	for k := i + 2; k < u.hi && k <= i+maxNameWords+1; k++ {
		if toks[k].text == "," {
			return d.namingPhrase(i, k) // "called Velora,", "dubbed Parents for Hale,"
		}
	}
	return false
}

// quotedAsBy reports whether the cue word at i is the participle of an
// "as saying" after a quoting verb, with the "by" after it naming who
// quoted ("Mara Holt was quoted as saying by the Courier"): the agent
// of the quoting verb, not of the cue's passive.
func (d *document) quotedAsBy(i int, u unit) bool {
	return i-1 > u.lo && d.toks[i-1].is(fnQuotedAs) && d.isNarration(i-1) && d.quotingVerbBefore(u, i-1) >= 0
}

// maxArticleModifiers is how many lower-case words articleNoun reads
// between "a" or "an" and the cue word ("a more hopeful note").
const maxArticleModifiers = 3

// articleNoun reports whether the cue word at i, in its bare form
// ("note", "claim", "report"; not "notes" or "noted"), ends a noun phrase
// that "a" or "an" opens, with at most a few lower-case modifiers between
// ("struck a more hopeful note", "a news report"): a singular subject
// takes the form in -s, so the bare form right after one is the noun.
// A number, a quantity or "of" between ("only 12 per cent back", "a
// majority of voters say") counts people, who take the bare form.
func (d *document) articleNoun(i int, u unit) bool {
	toks := d.toks
	t := toks[i]
	if t.kind != tokWord || t.cap || !d.bareCue(t.lower) {
		return false
	}
	for k := i - 1; k >= u.lo && i-k <= maxArticleModifiers+1; k-- {
		p := toks[k]
		if p.kind != tokWord || p.cap && k < i-1 && !p.is(fnIndefiniteArticle) || !d.isNarration(k) {
			return false
		}
		if p.is(fnIndefiniteArticle) {
			// (not when a preposition governs the phrase and a report
			// follows the cue: "Residents of a nearby town say the water
			// is brown", the subject's verb; "on a press call Friday,"
			// stays a noun)
			return k < i-1 && !(d.objectOfPhrase(k) && d.reportFollows(i+1, u.hi))
		}
		if p.cap || isDigitStart(p.text) || p.in(lexQuantities|lexAuxiliaries|lexPrepositions|lexConjunctions|lexDeterminers|lexSubjectPronouns|lexObjectPronouns|lexVerbModifiers) || p.fn != 0 || isCue(p) {
			return false
		}
	}
	return false
}

// maxMessagePhrase is the longest stretch, in tokens, from the
// preposition that opens the unit to the participle after its message's
// noun ("In a brief written statement read"), and from the participle to
// the comma that closes the phrase ("In a statement read outside the
// court on Monday, …"). (The unit may be a whole paragraph: cueVerbBetween.)
const maxMessagePhrase = 12

// messageParticiple reports whether the cue word at i is a past
// participle that describes a message in the prepositional phrase that
// opens unit u ("In a statement read outside court, the families said
// …", "In a clip shared on his page, he attacked …"): a
// preposition, a determiner and the message's noun, with at most its
// modifiers between, before it, and a comma closing the phrase after it.
// The cue is the main clause's, after the comma; the participle reports
// nothing.
func (d *document) messageParticiple(i int, u unit) bool {
	toks := d.toks
	s := d.unitOpening(u)
	t := toks[i]
	if i-2 <= s || i-s > maxMessagePhrase || t.cap || !toks[s].in(lexPrepositions) || !toks[s+1].in(lexDeterminers) || !(d.pastForm(t) || d.lex.irregularParticiples[t.lower]) {
		return false
	}
	if n := toks[i-1]; n.kind != tokWord || n.cap || !n.in(lexDocumentNouns) {
		return false
	}
	for k := s + 1; k < i; k++ {
		if toks[k].kind != tokWord || !d.isNarration(k) {
			return false
		}
	}
	for k := i + 1; k < u.hi && k-i <= maxMessagePhrase && d.isNarration(k); k++ {
		if toks[k].text == "," {
			return true
		}
	}
	return false
}

// byMeans reports whether the "by" at k names the means the words went
// by ("said by telephone", "wrote by email"; lexicon/speech-means), not
// the agent of a passive ("was called by Hale").
func (d *document) byMeans(k, hi int) bool {
	return k+1 < hi && d.toks[k+1].kind == tokWord && d.lex.speechMeans[d.toks[k+1].lower] && d.isNarration(k+1)
}

// nounUse reports whether the cue word at i, which is also a plural noun,
// is the noun here: a cue noun right before a finite cue is its subject
// ("Recent reports said …", "Early claims suggested …"), and a noun of
// places is one unless a singular subject stands before it ("in states
// that voted", "Southern states that"; not "It states that").
func (d *document) nounUse(i int, u unit) bool {
	t := d.toks[i]
	if t.in(lexDocumentNouns|lexCueNouns) && i+1 < u.hi && !d.toks[i+1].cap && d.isNarration(i+1) && d.finiteCue(d.toks[i+1]) {
		return true
	}
	if t.in(lexDocumentNouns|lexCueNouns) && strings.HasSuffix(t.lower, "s") && i > u.lo && !d.toks[i-1].in(lexSubjectPronouns) {
		// "Jobless claims rose by 12,000", "Unconfirmed reports say": the
		// noun is the subject. Two verbs in a row never stand, so a cue's
		// bare form after it settles it ("Federal Election Commission
		// reports show"); an auxiliary or a past tense may open the clause
		// of a verb whose object a relative took ("which the Tax
		// Foundation estimates would cost"), so only after a modifier.
		if i+1 < u.hi && d.toks[i+1].kind == tokWord && !d.toks[i+1].cap && isCue(d.toks[i+1]) && d.baseForm(d.toks[i+1]) && !d.toks[i+1].in(lexPrepositions) && d.isNarration(i+1) {
			return true
		}
		if d.modifiedPluralAt(i, u) && d.verbOfPluralAt(i+1, u) {
			return true
		}
	}
	return t.in(lexPlaces) && !d.singularSubjectBefore(i, u)
}

// modifiedPluralAt reports whether the word before the cue word at i
// may be a noun's modifier, not a subject: one lower-case word or one
// capitalised word ("jobless claims", "Insurance claims"), no pronoun and
// no name of two words ("the Tax Foundation estimates would …"), and no
// relative or "that" just before, whose gap the verb's clause holds
// ("which officials claim would …").
func (d *document) modifiedPluralAt(i int, u unit) bool {
	if i <= u.lo {
		return false
	}
	p := d.toks[i-1]
	if p.kind != tokWord || p.in(lexSubjectPronouns) || p.fn != 0 || p.cap && i-2 >= u.lo && d.toks[i-2].cap && d.toks[i-2].kind == tokWord {
		return false
	}
	for k := i - 2; k >= u.lo && k >= i-3; k-- {
		if t := d.toks[k]; t.is(fnRelative | fnComplementizer) {
			return false
		}
	}
	return true
}

// verbOfPluralAt reports whether the word at k, after a cue word in -s
// that is also a plural noun ("claims", "reports", "demands"), is the
// verb that noun is the subject of: an auxiliary ("claims have fallen",
// "demands are rising") or a past tense before a preposition, a number
// or an adverb ("claims rose by", "claims fell 4%", "claims jumped
// sharply", "signals failed at"). A verb in -s takes no
// finite verb after it ("Hale claims rose" is no English); but "says
// increased spending will …" reads an adjective, so a past tense before
// a noun is left alone.
func (d *document) verbOfPluralAt(k int, u unit) bool {
	if k+1 >= u.hi || !d.isNarration(k) {
		return false
	}
	n := d.toks[k]
	if n.kind != tokWord || n.cap {
		return false
	}
	if n.in(lexAuxiliaries) {
		return true
	}
	if !d.lex.irregularPast[n.lower] && !strings.HasSuffix(n.lower, "ed") {
		return false
	}
	a := d.toks[k+1]
	return a.kind == tokWord && (isDigitStart(a.text) || !a.cap && (a.in(lexPrepositions) || strings.HasSuffix(a.lower, "ly") && len(a.lower) > minAdverbLen))
}

// singularSubjectBefore reports whether the word before the cue at i, a
// word that is also a plural noun of places ("states that"), is a subject
// a verb in -s agrees with: a pronoun ("It states that"), a document ("the
// report states that"), a full name ("Gary Byrne states that", "Mr Byrne
// states that"), or the end of an appositive after one ("Byrne, a former
// aide, states that"); a lone capitalised word may be an adjective
// ("Southern states that …").
func (d *document) singularSubjectBefore(i int, u unit) bool {
	if i <= u.lo {
		return false
	}
	p := d.toks[i-1]
	switch {
	case p.kind != tokWord:
		return p.text == "," || isDash(p.text) || p.text == ")"
	case p.in(lexSubjectPronouns):
		return !p.is(fnWho)
	case !p.cap:
		return p.stem&lexDocumentNouns != 0
	}
	q := d.toks[max(i-2, u.lo)]
	return i-2 >= u.lo && isNameWord(p) && !p.in(lexPlaces|lexStopCaps) && (d.lex.firstName(q.lower) && q.cap || q.in(lexHonorifics))
}

// possessiveNameSpeaks reports whether the cue word at i, after a
// capitalised possessive, is "said", "says" or "told", never a noun or
// an adjective ("Sainsbury's said", "McDonald's told investors"): a
// firm's name ends in the "'s", and "said" is no thing it owns (as
// "Tesco's claim" or "Hale's proposed ban" are). A person's name there
// is "has" contracted ("Tom Hale's told friends", "Cole's said she …"):
// after a first name or an honorific, a first name itself, or before
// "he" or "she" (a surname the article named a person by before is not
// told apart).
func (d *document) possessiveNameSpeaks(i int) bool {
	toks := d.toks
	t, p := toks[i], toks[i-1]
	if !p.cap || !isPossessiveWord(p) || t.cap || !(t.lower == "said" || t.lower == "says" || t.lower == "told") {
		return false
	}
	if d.lex.firstName(stemOf(p.lower)) || i >= 2 && toks[i-2].cap && (d.lex.firstName(toks[i-2].lower) || toks[i-2].in(lexHonorifics)) {
		return false
	}
	return !(i+1 < len(toks) && toks[i+1].in(lexPersonPronouns) && toks[i+1].in(lexSubjectPronouns))
}

// nounAfter reports whether the words before the cue word at i (i > u.lo)
// make it a noun: a determiner, a possessive or "to" just before it, or a
// noun phrase it ends.
func (d *document) nounAfter(i int, u unit) bool {
	p := d.toks[i-1]
	if d.haveBeforeNoun(p, d.toks[i]) {
		return true // "has support from 52 percent", "have claims in the area"
	}
	if c := d.toks[i]; p.kind == tokWord && p.in(lexGroupNouns) && !strings.HasSuffix(p.lower, "s") && c.in(lexCueNouns) && strings.HasSuffix(c.lower, "s") {
		// "the media attacks", "Police reports said", "few calls for
		// …": a plural group takes no verb in "-s"; the noun of a compound
		return true
	}
	if p.in(lexDeterminers) && d.pronounDeterminerSubject(i-1, u) {
		return false // "Some say", "Another tweeted", "One says": the determiner stands alone
	}
	if i-2 >= u.lo && d.rankNumeral(i-1) {
		return false // "The world number one said": a rank ends its subject
	}
	// An infinitive is no cue of its own ("plans to call"), but for a
	// cue phrase's subject ("went on to say").
	if p.in(lexDeterminers) || isPossessiveWord(p) && !d.isContractedSubject(p) && !d.possessiveNameSpeaks(i) || p.is(fnTo) && d.goneOnTo(i, u) == i-1 {
		return true
	}
	if d.singularCompound(i) || d.namedCompound(i, u) {
		return true
	}
	if i-2 >= u.lo && p.kind == tokWord && !p.cap && p.in(lexRoleModifiers) && d.toks[i].in(lexCueNouns) && d.toks[i-2].in(lexDeterminers) && !d.toks[i-2].in(lexSubjectPronouns) && (i+1 >= u.hi || d.toks[i+1].kind == tokPunct) {
		// "won a second term, saying …": a cue noun after a determiner and
		// a modifier, with no report after it, is the noun
		return true
	}
	if i-2 < u.lo || p.kind != tokWord || p.cap || npWord(p) || p.in(lexVerbModifiers) {
		return false
	}
	if d.bareCue(d.toks[i].lower) && d.pluralHead(i-1, false) && !d.toks[i-1].in(lexDocumentNouns|lexCueNouns) && d.reportFollows(i+1, u.hi) {
		return false // "The developers claim it is …": the bare form agrees with the plural before it, a verb with its report
	}
	return d.nounCompoundEnd(i) && !(cueClassOf(d.toks[i]) == cueBelief && (d.documentPhraseBefore(i, u) || d.pluralDocumentBefore(i, u)))
}

// pluralDocumentBefore reports whether the belief cue at i, in its bare
// form, follows a plural document noun and opens a that-clause ("The
// emails show that …", "if the results suggest that …"): the plural is the
// subject the bare form agrees with, and the cue its verb, no noun of a
// compound ("an email show", "the results show that night").
func (d *document) pluralDocumentBefore(i int, u unit) bool {
	p := d.toks[i-1]
	if p.stem&lexDocumentNouns == 0 || !d.pluralHead(i-1, false) || !d.bareCue(d.toks[i].lower) || i+1 >= u.hi {
		return false
	}
	n := d.toks[i+1]
	if n.kind != tokWord || n.lower != "that" || !d.isNarration(i+1) {
		return false
	}
	return i+2 >= u.hi || !isTimeWord(d.toks[i+2]) // (not "watched the results show that night")
}

// haveBeforeNoun reports whether a cue word t after p, a form of "have",
// is a noun, its object: "have" takes a participle as a verb does
// ("has said", "had warned", "have written"), so a cue's bare form or its
// form in -s ("has support from", "have claims in", "had doubts") is a
// noun there.
func (d *document) haveBeforeNoun(p, t token) bool {
	switch p.lower {
	case "has", "have", "had", "having":
	default:
		return false
	}
	w := t.lower
	if p.kind != tokWord || t.kind != tokWord || t.cap || isParticiple(t) || d.pastParticiple(t) {
		return false
	}
	return d.bareCue(w) || strings.HasSuffix(w, "s") && d.bareCue(strings.TrimSuffix(w, "s"))
}

// documentPhraseBefore reports whether the words before the cue at i are
// a document noun and the phrase that modifies it ("Footage from the game
// shows", "A poll of likely voters in the state shows"): the cue is the
// document's verb, not the end of a compound with the phrase's last noun
// ("the game shows").
func (d *document) documentPhraseBefore(i int, u unit) bool {
	toks := d.toks
	if n := i + 1; n < len(toks) && toks[n].kind == tokWord && !toks[n].cap && (isCue(toks[n]) || strings.HasSuffix(toks[n].lower, "ed")) {
		return false // "A study of reality TV shows found …": a verb follows, so the cue word ends the compound
	}
	for k := i - 2; k >= u.lo && k >= i-maxDocumentSubject; k-- {
		t := toks[k]
		if t.kind != tokWord || !d.isNarration(k) {
			return false
		}
		if t.stem&lexDocumentNouns != 0 {
			n := toks[k+1]
			return n.in(lexPrepositions) || isParticiple(n)
		}
		if isCue(t) {
			return false
		}
	}
	return false
}

// pronounDeterminerSubject reports whether the determiner at k stands
// alone as the subject of the cue after it ("Some say", "Another
// tweeted", "One says Norway has the fewest"): a determiner that is also a
// quantity, or "another", opening its clause, before a cue that is no noun
// nor a participle.
func (d *document) pronounDeterminerSubject(k int, u unit) bool {
	t, c := d.toks[k], d.toks[k+1]
	if !(t.in(lexQuantities) || t.lower == "another") || cueClassOf(c) != cueSpeech || c.in(lexCueNouns|lexLabelVerbs) || strings.HasSuffix(c.lower, "ing") {
		return false
	}
	if !d.opensClauseAt(k, u.lo) && !d.toks[k-1].is(fnComplementizer|fnSubordinator) {
		return false
	}
	// "if one counts Vermont": a lower-case "one" is anyone.
	return t.cap && (k == u.lo || d.opensSentence(k)) || !t.cap && t.lower != "one"
}

// isContractedSubject reports a subject pronoun with a contracted
// auxiliary: "he's", "who's" (has), not a possessive.
func (d *document) isContractedSubject(t token) bool {
	_, ok := d.contractedPronoun(t)
	return ok
}

// contractedPronoun is the subject pronoun of a word that contracts it
// with an auxiliary before a cue: "he's said", "who's argued", "they've
// suggested", "she'd told". "it's" is left out: "it's said" is a
// passive.
func (d *document) contractedPronoun(t token) (string, bool) {
	if t.kind != tokWord {
		return "", false
	}
	for _, aux := range []string{"'s", "'ve", "'d"} {
		if p, ok := strings.CutSuffix(t.lower, aux); ok && d.lex.is(p, lexSubjectPronouns) && (p != "it" && (aux != "'s" || d.lex.is(p, lexPersonPronouns))) {
			return p, true
		}
	}
	return "", false
}

// singularCompound reports whether the bare cue noun at i follows a
// singular noun that would need a verb in -s ("the audit office report
// could not …"; as a verb: "the office reports"): the two are a compound.
// A word that is its own past ("the board forecast that …") is a verb
// there.
func (d *document) singularCompound(i int) bool {
	t, p := d.toks[i], d.toks[i-1]
	return t.in(lexCueNouns) && !strings.HasSuffix(t.lower, "s") && !d.lex.irregularPast[t.lower] && p.kind == tokWord && !p.cap &&
		p.in(lexRoleHeads|lexOrgHeads|lexGenericOrgNouns) && !p.in(lexGroupNouns) && !strings.HasSuffix(p.lower, "s")
}

// namedCompound reports whether the bare cue noun at i ends a compound
// with the capitalised name before it, after an article or a possessive
// ("In a Facebook post, …", "his CNN interview", "the Ledger report"):
// a verb would need an -s after a singular name ("the Ledger reports"),
// and an indefinite article opens a noun phrase whatever follows it.
// (Rare in the evaluation articles; a wrong quote where it occurs: the
// whole sentence after the phrase, attributed to the name.)
func (d *document) namedCompound(i int, u unit) bool {
	if i-2 < u.lo {
		return false
	}
	t, p, q := d.toks[i], d.toks[i-1], d.toks[i-2]
	if !t.in(lexCueNouns) || p.kind != tokWord || !p.cap || q.kind != tokWord || !d.isNarration(i-2) {
		return false
	}
	if q.is(fnIndefiniteArticle) || d.acronymModified(p, q) {
		return true
	}
	if p.in(lexOrgHeads) && !t.cap && i+1 < u.hi && !d.toks[i+1].cap && d.isNarration(i+1) && d.opensClause(i+1, u.hi) {
		// "The Government claim the plan will work": in British usage a
		// body takes a plural verb, and a clause follows the verb where a
		// verb follows the noun ("the Government claim was rejected").
		return false
	}
	// "The Democrats claim": a plural name is the subject of the verb.
	return (q.in(lexDeterminers) || q.in(lexPossessiveDeterminers) || isPossessiveWord(q)) && !strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(p.lower, "s")
}

// acronymModified reports whether the capitalised word p before a cue
// noun is an acronym after a lower-case word q that modifies it ("the
// reality TV show", "a state GOP report"): the three make one noun, as a
// subject has no such word before it; a function word there ("as CNN
// reports", "that NBC reports") leaves the acronym a subject.
func (d *document) acronymModified(p, q token) bool {
	return isUpperWord(p.text) && len(p.text) > 1 && !q.cap && q.fn == 0 &&
		!q.in(lexPrepositions|lexConjunctions|lexSubjectPronouns|lexVerbModifiers|lexAuxiliaries|lexTimeWords) && !isCue(q)
}

// nounCompoundEnd reports whether the cue word at i ends a compound after
// a lower-case word at i-1: "the station's breakfast show" (a noun after a
// possessive's noun), or, for a cue noun, a noun after a determiner or two
// nouns ("the IG report", "a conference call").
func (d *document) nounCompoundEnd(i int) bool {
	o := d.toks[i-2]
	if !d.toks[i].in(lexCueNouns) {
		return false // "A source close to the mayor's thinking said": no noun ends in "said"
	}
	if st, ok := possessiveStem(o.lower); ok && !d.lex.is(st, lexSubjectPronouns) {
		return true
	}
	return o.in(lexDeterminers) && !o.in(lexSubjectPronouns) || o.kind == tokWord && !o.cap && !o.in(lexStopCaps|lexVerbModifiers|lexPrepositions) && !isCue(o)
}

// inheritSubjects gives each participle ("…, adding that") the subject of
// the clause it hangs from: for "… and said", the subject of the verb
// before "and"; else the nearest other frame of the unit; else the unit's
// opening noun phrase.
func (d *document) inheritSubjects(u unit, frames []frame) {
	for k := range frames {
		f := &frames[k]
		if !f.participle {
			continue
		}
		if f.coordinated {
			if m, ok := d.coordinatedSubject(u, f.cue); ok {
				f.speaker = m
				continue
			}
			// "Tom Hale mocked his rivals as they answered and assured
			// …": the clause inside the first conjunct may be a frame of
			// its own, no subject for the cue.
			if d.innerClauseBeforeAnd(u, f.cue) && !d.toks[f.cueHi].is(fnTo) {
				// (not "went on to build": an infinitive goes on the clause inside)
				if m, ok := d.openingSubject(u, f.cue-1); ok && (m.named() || m.pronoun != "") && m.pronoun != "who" && !isPossessiveWord(d.toks[m.hi-1]) {
					f.speaker = m
					continue
				}
			}
			// "She paid it off in three years, but said …": the subject
			// that opens the unit.
			if m, ok := d.openingSubject(u, f.cue-1); ok && (m.named() || m.pronoun != "") && m.kind == KindPerson && d.soleFrame(frames, k) {
				f.speaker = m
				continue
			}
			// "Hale voted in Leeds on Saturday and said …", "A spokesman
			// for the council defended the route and said …": the subject
			// of the unit's first verb.
			if m, ok := d.firstVerbSubject(u, f.cue); ok && d.soleFrame(frames, k) {
				f.speaker = m
				continue
			}
			// "Asked whether he would run, Mr. Hale shook his head and
			// said …": past the fronted phrases.
			if m, ok := d.clauseSubject(u, f.cue); ok && d.soleFrame(frames, k) && (m.named() || m.pronoun != "") {
				f.speaker = m
				continue
			}
		}
		if f.afterPreposition {
			d.prepositionSubject(u, f)
			continue
		}
		if m, ok := d.frontedGerundSubject(u, f); ok {
			f.speaker = m
			continue
		}
		if m, ok := d.coordinateClauseSubject(u, frames, k); ok {
			f.speaker = m
			continue
		}
		// "Ann Lisk shut the yard, citing low pay, according to a
		// statement": a citing participle after the words it hangs from
		// gives the grounds of that clause, never a later frame's speaker
		// (one that opens the unit, "Citing low pay, her aide said …",
		// is the main clause's).
		near := frames
		if d.lex.citingVerbs[d.toks[f.cue].lower] && !f.coordinated && f.cue > u.lo {
			near = frames[:k+1]
		}
		if m, ok := nearestFrameSubject(near, k); ok {
			if (opensReportWithPronoun(m, *f) || m.pronoun == "who") && !f.coordinated {
				// "The mayor resigned on Monday, saying she wanted …":
				// the pronoun is the report's subject; the participle's
				// is the unit's opener, when it has one. So for a
				// relative's "who" ("The mayor rebuked critics who say
				// …, saying …"): the critics do not say the participle's
				// words.
				if d.describedOpener(u, f); f.speaker.hi != 0 {
					continue
				}
			}
			f.speaker = m
		}
		if f.speaker.hi == 0 && !f.coordinated {
			d.describedOpener(u, f)
		}
	}
}

// soleFrame reports whether frame k is its unit's only frame but for
// citing participles before it, which give the grounds of the clause the
// coordinated cue shares ("Ann Lisk resigned, citing her health, and said
// …"): no report of their own takes the subject from it.
func (d *document) soleFrame(frames []frame, k int) bool {
	for j, g := range frames {
		if j != k && !(j < k && g.participle && d.lex.citingVerbs[d.toks[g.cue].lower]) {
			return false
		}
	}
	return true
}

// frontedGerundSubject is the subject of the main clause after a
// participle that a preposition opening the unit governs ("After saying
// he was nervous, Tom Hale left the room", "While telling reporters …,
// Ann Dune …"): the name or pronoun after the comma that closes the
// participle's clause, before a word in lower case, its verb.
func (d *document) frontedGerundSubject(u unit, f *frame) (mention, bool) {
	toks := d.toks
	if f.cue-1 != u.lo || !toks[u.lo].is(fnGerundPreposition) || !strings.HasSuffix(toks[f.cue].lower, "ing") {
		return mention{}, false
	}
	k := f.cueHi
	for k < u.hi && (toks[k].text != "," || !d.isNarration(k)) {
		k++
	}
	if k+1 >= u.hi {
		return mention{}, false
	}
	m, end, ok := d.npAfter(k+1, u.hi)
	if !ok || !m.named() && m.pronoun == "" || m.lo != k+1 || end >= u.hi || toks[end].kind != tokWord || toks[end].cap || !d.isNarration(end) {
		return mention{}, false
	}
	return m, true
}

// prepositionSubject gives the participle f after a preposition ("… by
// saying") the subject of its clause: the one that opens the unit, the
// one after a fronted phrase, or the subject of the unit's first verb
// ("Hale landed in trouble by saying …").
func (d *document) prepositionSubject(u unit, f *frame) {
	q := d.quotingVerbOf(u, f)
	if m, ok := d.quotingObject(u, f, q); ok {
		f.speaker = m // "The Courier quoted Mara Holt as saying …": the one quoted speaks
		d.quotingClause(u, f, q, false)
	} else if m, ok := d.quotedPassiveSubject(u, f, q); ok {
		f.speaker = m // `"…," Mara Holt was quoted as saying`, `… was quoted by the Courier as saying`
		d.quotingClause(u, f, q, true)
	} else if m, ok := d.openingSubject(u, f.cue-1); ok {
		f.speaker = m
	} else if m, ok := d.subjectAfterFronted(u, f.cue); ok {
		f.speaker = m // "Minutes after lifting the cup, a bouquet and a cheque, Cole waved to the stands and finished by saying …"
	} else if m, ok := d.clauseSubject(u, f.cue); ok && (m.named() || m.pronoun != "") {
		f.speaker = m // "Hale closed the debate by saying …" (a lone surname), "Tom Reilly, 70, ended by saying …" (an aside)
	}
}

// maxQuotedTokens is the longest object quotingObject reads ("Tom Pike,
// a ferry pilot,", "another unnamed harbour official").
const maxQuotedTokens = 10

// quotingVerbBefore is where the quoting verb (lexicon/quoting-verbs)
// stands that the "as" at as follows, after its object or right after it
// in the passive ("quoted Mara Holt as", "was quoted as"), or -1: an "as
// saying" after any other verb reports nothing ("should not be read as
// saying").
func (d *document) quotingVerbBefore(u unit, as int) int {
	toks := d.toks
	for q := as - 1; q >= u.lo && q >= as-maxQuotedTokens-1; q-- {
		if !d.isNarration(q) {
			return -1
		}
		t := toks[q]
		if t.kind == tokWord && !t.cap && d.lex.quotingVerbs[t.lower] {
			if q > u.lo && toks[q-1].in(lexDeterminers|lexPossessiveDeterminers) {
				return -1 // a noun: "the report should not be read as saying"
			}
			return q
		}
		if q < as-1 && t.kind == tokWord && !t.cap && t.in(lexAuxiliaries) {
			return -1 // a verb of its own between: "… should be read as saying"
		}
	}
	return -1
}

// quotingVerbOf is the quoting verb before the "as" of participle f
// ("quoted … as saying", "was cited as saying"), or -1.
func (d *document) quotingVerbOf(u unit, f *frame) int {
	as := f.cue - 1
	if as <= u.lo || !d.toks[as].is(fnQuotedAs) {
		return -1
	}
	return d.quotingVerbBefore(u, as)
}

// quotingObject is the object of the quoting verb q before the "as" of
// participle f ("quoted Mara Holt as saying", "cited officials as
// saying"): the one whose words the participle reports. In the passive
// ("Mara Holt was quoted as saying") no object stands between, and the
// clause's subject speaks.
func (d *document) quotingObject(u unit, f *frame, q int) (mention, bool) {
	toks := d.toks
	as := f.cue - 1
	if q < 0 || q+1 == as || toks[q+1].is(fnPassiveBy) {
		return mention{}, false // (the passive: "was quoted by the Courier as saying")
	}
	if o := toks[q+1]; as == q+2 && o.kind == tokWord && o.in(lexObjectPronouns) {
		return mention{lo: q + 1, hi: as, pronoun: o.lower, kind: pronounKind(o.lower)}, true // "quoted her as saying"
	}
	m, end, ok := d.npAfter(q+1, as)
	if ok && end+1 < as && toks[end].text == "," && toks[as-1].text == "," {
		end = as // "quoted Tom Pike, a ferry pilot, as saying": the name and its apposition
	}
	if ok && end == as && (m.named() || m.kind == KindPerson || m.kind == KindGroup) {
		return m, true
	}
	if d.narrationWords(q+1, as) {
		// "quoted another unnamed official as saying", "an American
		// witness": the words between are the one quoted, whatever their
		// kind
		return d.analyzeNP(q+1, as), true
	}
	return mention{}, false
}

// quotingClauseLo is where the clause of the quoting verb at q opens:
// after the comma (or the closing mark) that ends a quotation before it,
// or where unit u opens (`"…," the Courier quoted her as saying`).
func (d *document) quotingClauseLo(u unit, q int) int {
	k := q - 1
	for k >= u.lo && d.isNarration(k) && d.toks[k].text != "," && !isSentenceEnd(d.toks[k].text) {
		k--
	}
	return k + 1
}

// quotingClause widens participle frame f, "as saying" after quoting
// verb q, to the whole clause of that verb: its subject in the active
// ("the Courier quoted Mara Holt as saying"), the one quoted in the
// passive ("Mara Holt was quoted as saying"). A quotation right before
// it is then the one quoted's (`"…," Interfax quoted him as saying`).
func (d *document) quotingClause(u unit, f *frame, q int, passive bool) {
	if passive {
		if f.speaker.lo < f.clLo {
			f.clLo = f.speaker.lo
		}
		return
	}
	if lo := d.quotingClauseLo(u, q); q >= 0 && lo < q && lo < f.clLo {
		if _, ok := d.npBefore(q-1, lo); ok {
			f.clLo = lo
		}
	}
}

// quotedPassiveSubject is the subject of quoting verb q in the passive
// before participle f's "as" ("Mara Holt was quoted as saying", "She was
// quoted by the Courier as saying"), when a quotation or a comma comes
// before it (`"…," Mara Holt was quoted as saying.`): the one quoted,
// who speaks. (A subject that opens its unit is openingSubject's.)
func (d *document) quotedPassiveSubject(u unit, f *frame, q int) (mention, bool) {
	toks := d.toks
	if q < 0 || !(q+1 == f.cue-1 || toks[q+1].is(fnPassiveBy)) {
		return mention{}, false
	}
	e := q - 1
	for e >= u.lo && toks[e].kind == tokWord && !toks[e].cap && (toks[e].is(fnBe) || toks[e].in(lexAuxiliaries|lexVerbModifiers)) && d.isNarration(e) {
		e--
	}
	if e == q-1 {
		return mention{}, false // a participle with no "be": "the words quoted as saying"
	}
	lo := d.quotingClauseLo(u, e+1)
	if lo == u.lo {
		return mention{}, false
	}
	m, ok := d.npBefore(e, lo)
	if !ok || m.lo != lo || !(m.named() || m.pronoun != "" || m.kind == KindPerson || m.kind == KindGroup) {
		return mention{}, false
	}
	return m, true
}

// subjectAfterLoneOpener is the subject after the first comma of a
// unit that opens at s with a lone capitalised word, m, that no verb
// follows: a comma ("Instead, the senator is …"), a time word or an
// adverb ("Hours later, Tom Reilly returned …"), a preposition ("Back
// in 2008, Ms. Cole spoke …"), or a participle's
// object ("Facing growing criticism …, Mr. Reilly released …"). The
// capital is the sentence's and the word a fronted phrase's, no name;
// the subject is a name, a pronoun, a person or a group that a word
// in lower case, no link or function word, follows, before the cue.
func (d *document) subjectAfterLoneOpener(m mention, s, cue int) (mention, bool) {
	toks := d.toks
	if m.lo != s || m.hi != s+1 || !m.named() || !m.role.empty() || m.pronoun != "" || !toks[s].cap || s+1 >= cue {
		return mention{}, false
	}
	n := toks[s+1]
	lone := n.text == "," ||
		n.kind == tokWord && !n.cap && (n.in(lexTimeWords|lexVerbModifiers) || n.in(lexPrepositions) && !n.is(fnOf) || frontedParticiple(toks[s]) && !n.in(lexPrepositions|lexDeterminers|lexConjunctions))
	if !lone {
		return mention{}, false
	}
	k := s + 1
	for k < cue && (toks[k].text != "," || !d.isNarration(k)) {
		k++
	}
	if k+1 >= cue {
		return mention{}, false
	}
	a, end, ok := d.npAfter(k+1, cue)
	if !ok || end >= cue || !(a.named() || a.pronoun != "" && a.pronoun != "who" || a.kind == KindPerson || a.kind == KindGroup) {
		return mention{}, false
	}
	v := toks[end]
	if v.kind != tokWord || v.cap || v.in(lexPrepositions|lexDeterminers|lexConjunctions) || v.is(fnRelative|fnAnd|fnCoordinator) {
		return mention{}, false
	}
	return a, true
}

// passiveBefore reports whether a passive "by" stands between tokens a
// and b: "The senator was met by protesters, chanting …" (the protesters
// chant, not the senator).
func (d *document) passiveBefore(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].is(fnPassiveBy) {
			return true
		}
	}
	return false
}

// describedOpener gives the participle frame f with no subject the group,
// person or definite organisation described that opens the unit, or its
// clause after a fronted phrase ("Hecklers interrupted his remarks,
// shouting …", "The firm cut 300 jobs, saying …"; "A federal lawsuit
// filed Monday, alleging …" is a document, no speaker).
func (d *document) describedOpener(u unit, f *frame) {
	open := d.unitOpening(u)
	for _, s := range []int{open, max(open, d.afterFrontedPhrase(u, f.cue))} { // (past a dateline: "SACRAMENTO (AP) — Gov. Ann Cole signed …, calling …")
		m, _, ok := d.npAfter(s, u.hi)
		if ok && d.nounAfterModifier(m, f.cue) {
			// "The British hacker pleaded guilty …, admitting": a person
			// the phrase describes, not "The British"
			hi := m.hi + 1
			if m = d.analyzeNP(m.lo, hi); m.kind == KindUnknown && !m.named() {
				m.kind, m.role = KindPerson, span{d.toks[m.lo+1].start, d.toks[hi-1].end}
			}
		}
		if ok && isPossessiveWord(d.toks[m.hi-1]) {
			// "Norway's far-left party leader, Ann Cole, voiced …, saying":
			// the owner is no subject; the name set off after what it owns is
			m, ok = d.ownedAppositive(m.hi, f.cue)
		}
		if ok && f.speaker.hi == 0 {
			if n, nok := d.subjectAfterLoneOpener(m, s, f.cue); nok {
				f.speaker = n // "Hours later, Tom Reilly returned …, telling …": not "Hours"
				return
			}
		}
		if !ok && s+1 < f.cue && d.isQuantity(s) && d.isNarration(s) && d.toks[s+1].lower != "of" { // (not "Several of the nurses": no speaker "of the nurses")
			// "Both parents stiffened, saying …", "Two parents …": the
			// people the quantity counts
			if m, _, ok = d.npAfter(s+1, u.hi); ok && m.kind != KindGroup && m.kind != KindPerson {
				ok = false
			}
		}
		if ok && f.speaker.hi == 0 && (m.named() || m.pronoun != "" || m.kind == KindGroup || m.kind == KindPerson || m.kind == KindOrganization && d.toks[m.lo].is(fnDefinite)) && m.hi <= f.cue && !d.passiveBefore(m.hi, f.cue) {
			f.speaker = m
		}
	}
	if f.speaker.hi == 0 {
		if m, ok := d.clauseSubject(u, f.cue); ok && (m.named() || m.pronoun != "") {
			f.speaker = m // "In 2016, Ann Hale endorsed the plan, saying …"
		}
	}
	if f.speaker.hi == 0 && d.participleOpens(*f, u.lo) {
		if m, ok := d.subjectAfterParticiple(u, f); ok {
			f.speaker = m // "Having said he would step aside, Tom Reilly left …"
		}
	}
}

// nounAfterModifier reports whether description m, a determiner and
// words that end in a role modifier ("The British", "the veteran"), is cut
// before the lower-case noun that is its head, a noun no list knows, with
// the verb after it and before hi ("The British hacker pleaded …"): the
// phrase runs to the noun.
func (d *document) nounAfterModifier(m mention, hi int) bool {
	k := m.hi
	if m.named() || m.pronoun != "" || k+1 >= hi || !d.toks[m.lo].is(fnDefinite) || !d.toks[k-1].in(lexRoleModifiers) || d.toks[k-1].stem&lexRoleHeads != 0 {
		return false
	}
	n, v := d.toks[k], d.toks[k+1]
	if n.kind != tokWord || n.cap || n.fn != 0 || n.lex != 0 || isCue(n) || strings.HasSuffix(n.lower, "ed") || strings.HasSuffix(n.lower, "ly") || !d.isNarration(k) {
		return false
	}
	return v.kind == tokWord && !v.cap && (v.in(lexAuxiliaries) || d.pastVerb(v) || isCue(v) && d.finiteCue(v))
}

// maxOwnedWords is the longest description after an owner's possessive
// that ownedAppositive reads ("far-left Harbour Party leader").
const maxOwnedWords = 6

// ownedAppositive is the name set off by commas after the description
// that a possessive owns, from token k, before the cue at cue ("Norway's
// far-left party leader, Ann Cole, voiced …"): a few words, a comma, a
// name and a comma.
func (d *document) ownedAppositive(k, cue int) (mention, bool) {
	toks := d.toks
	for j := k; j < cue && j <= k+maxOwnedWords; j++ {
		if toks[j].text == "," && j > k && d.isNarration(j) {
			n, end, ok := d.npAfter(j+1, cue)
			if ok && n.named() && n.pronoun == "" && end < cue && toks[end].text == "," {
				return n, true
			}
			return mention{}, false
		}
		if toks[j].kind != tokWord || !d.isNarration(j) {
			return mention{}, false
		}
	}
	return mention{}, false
}

// subjectAfterParticiple is the subject of the main clause after the
// participle clause f that opens unit u: a name, a pronoun or a person or
// group described, after the comma that ends the participle's clause and
// before a lower-case verb.
func (d *document) subjectAfterParticiple(u unit, f *frame) (mention, bool) {
	toks := d.toks
	for k := f.cueHi; k+1 < u.hi; k++ {
		if toks[k].text != "," || !d.isNarration(k) || !d.opensMainClause(k+1) {
			continue
		}
		m, end, ok := d.npAfter(k+1, u.hi)
		if ok && end < u.hi && toks[end].kind == tokWord && !toks[end].cap && (m.named() || m.pronoun != "" || m.kind == KindPerson || m.kind == KindGroup) {
			return m, true
		}
	}
	return mention{}, false
}

// subjectAfterFronted is the subject named after the fronted phrase that
// opens unit u, at its last comma before the cue at e: a name or a
// pronoun before a verb.
func (d *document) subjectAfterFronted(u unit, e int) (mention, bool) {
	if d.afterFrontedPhrase(u, e) == u.lo {
		return mention{}, false
	}
	s := e - 1
	for s > u.lo && (d.toks[s-1].text != "," || !d.isNarration(s-1)) {
		s--
	}
	m, end, ok := d.npAfter(s, e)
	if !ok || !m.named() && m.pronoun == "" || end >= e || d.toks[end].kind != tokWord || d.toks[end].cap {
		return mention{}, false
	}
	return m, true
}

// openingSubject is the noun phrase that opens unit u as its subject,
// ending before token e: a name, a pronoun or a description of a known
// kind, not a capitalised first word alone ("Shortly after, …").
func (d *document) openingSubject(u unit, e int) (mention, bool) {
	m, end, ok := d.ownedNPAfter(u.lo, u.hi)
	if !ok || end > e || m.kind == KindUnknown || end == u.lo+1 && m.named() && m.role.empty() && m.pronoun == "" {
		return mention{}, false
	}
	if end < u.hi && d.toks[end].text == "," {
		return mention{}, false // "Years ago, …": an opening phrase, not a subject
	}
	return m, true
}

// ownedNPAfter is npAfter, with a possessive owner and the noun it owns
// read as one noun phrase ("Tolby's central bank ended the meeting by
// saying …": not "Tolby's", and not "central" for its verb), as npBefore
// reads them.
func (d *document) ownedNPAfter(s, hi int) (mention, int, bool) {
	m, end, ok := d.npAfter(s, hi)
	if !ok || m.pronoun != "" || end >= hi || !isPossessiveWord(d.toks[end-1]) || d.toks[end].kind != tokWord || d.toks[end].cap {
		return m, end, ok
	}
	best, bestEnd := m, end
	for k := end; k < hi && k-end < maxOwnedWords && d.toks[k].kind == tokWord && !d.toks[k].cap && d.isNarration(k); k++ {
		if o, ook := d.npBefore(k, s); ook && o.lo == s && o.kind != KindUnknown && o.pronoun == "" {
			best, bestEnd = o, k+1
		}
	}
	return best, bestEnd, ok
}

// maxSubjectAside is the longest aside, in tokens, between the subject
// that opens a unit and its verb ("Tom Reilly, 70, had served …").
const maxSubjectAside = 12

// maxFrontedCommas is how many commas of fronted phrases may stand before
// the subject of a unit's main clause ("In Iowa, on Sunday, Ann Hale …");
// the comma that closes a town's state is not counted.
const maxFrontedCommas = 2

// clauseSubject is the subject of the main clause of unit u before the
// participle cue at cue: the noun phrase and finite verb that open the
// unit, or that follow a fronted phrase set off by a comma ("In 2016,
// Ann Hale endorsed the plan, saying …"; "Both unions hardened their
// stance, saying …").
func (d *document) clauseSubject(u unit, cue int) (mention, bool) {
	v := u
	for n := 0; n <= maxFrontedCommas; n++ {
		if m, ok := d.firstVerbSubject(v, cue); ok {
			return m, true
		}
		for v.lo < cue && (d.toks[v.lo].text != "," || !d.isNarration(v.lo)) {
			v.lo++
		}
		if v.lo < cue && d.stateAfterTown(v.lo, u.lo) {
			n-- // "At a rally in Dunmore, Pa., on Tuesday, Ann Hale …": the state's comma is the town's
		}
		v.lo++
		if v.lo >= cue {
			break
		}
	}
	return mention{}, false
}

// firstVerbSubject is the noun phrase that opens unit u as the subject of
// a finite verb before the cue at cue: a name, a pronoun or a description
// of a known kind, then (past an aside set off by commas) an auxiliary or
// a verb in -ed or -s or an irregular past ("Hale voted", "The mayor was
// quick to …", "The mayor held the meeting and said …", "Tom Reilly, 70,
// had served"); after a name or a pronoun, any lower-case content word
// ("Ms Hale spoke").
func (d *document) firstVerbSubject(u unit, cue int) (mention, bool) {
	toks := d.toks
	m, end, ok := d.ownedNPAfter(u.lo, u.hi)
	if !ok || end >= cue-1 || m.kind == KindUnknown && !m.named() {
		return mention{}, false
	}
	k, ok := d.skipSubjectAside(end, cue)
	if !ok {
		return mention{}, false
	}
	aux := k
	k = d.modifiersEnd(k, cue)
	if k >= cue-1 || !d.isNarration(k) {
		return mention{}, false
	}
	v := toks[k]
	finite := v.kind == tokWord && !v.cap && v.fn == 0 && !v.in(lexPrepositions|lexDeterminers|lexConjunctions|lexTimeWords) &&
		(k > aux || m.named() || m.pronoun != "" || strings.HasSuffix(v.lower, "ed") || d.lex.irregularPast[v.lower] || strings.HasSuffix(v.lower, "s") && !strings.HasSuffix(v.lower, "ss"))
	return m, finite
}

// skipSubjectAside steps over an aside set off by commas that follows a
// subject ending at end ("Tom Reilly, 70, had …"); ok is false when the
// aside does not close before the cue.
func (d *document) skipSubjectAside(end, cue int) (int, bool) {
	toks := d.toks
	k := end
	if toks[k].text != "," {
		return k, true
	}
	k++
	for k < cue && k-end <= maxSubjectAside && d.isNarration(k) && toks[k].text != "," {
		k++
	}
	if k >= cue || toks[k].text != "," {
		return 0, false
	}
	return k + 1, true
}

// coordinatedSubject is the subject of the verb before the "and" of a
// coordinated cue at cue ("I nodded and said").
func (d *document) coordinatedSubject(u unit, cue int) (mention, bool) {
	j := cue - 1
	for j > u.lo && !d.toks[j].is(fnAnd|fnCoordinator) {
		j--
	}
	if j-2 >= u.lo && d.toks[j-1].kind == tokWord && !d.toks[j-1].cap {
		if m, ok := d.npBefore(j-2, u.lo); ok && (m.named() || m.pronoun != "") && !d.objectOfPhrase(m.lo) && !d.clauseInsideConjunct(m, u) {
			return m, true // (not "… in a Bolivian jail and says": a phrase's object, no subject)
		}
	}
	return d.frontedClauseSubject(u, j, cue)
}

// frontedClauseSubject is the subject of a fronted subordinate clause
// that holds both the verb before "and" (at j) and the coordinated cue
// at cue: "When Reddy waved at the stand and said the win was his, a
// boy shouted …" (Reddy, not the main clause's "a boy"). The
// subordinator opens the unit or follows a comma or "and"; a name or a
// pronoun follows it, then a verb; and a comma after the cue closes the
// clause before the main one.
func (d *document) frontedClauseSubject(u unit, j, cue int) (mention, bool) {
	toks := d.toks
	for k := j - 1; k >= u.lo && j-k <= maxConjunctClause; k-- {
		t := toks[k]
		if !d.isNarration(k) || t.text == "," || t.text == ";" {
			return mention{}, false
		}
		if t.kind != tokWord || !t.is(fnFrontedSubordinator) {
			continue
		}
		if k > u.lo && !(toks[k-1].text == "," || toks[k-1].is(fnAnd)) {
			return mention{}, false
		}
		m, e, ok := d.npAfter(k+1, j)
		if !ok || !(m.named() || m.pronoun != "" && m.pronoun != "who") || m.lo != k+1 || e >= j || !d.verbAfter(e) {
			return mention{}, false
		}
		for c := cue + 1; c < u.hi && d.isNarration(c); c++ {
			if toks[c].text == "," {
				return m, true
			}
		}
		return mention{}, false
	}
	return mention{}, false
}

// innerClauseBeforeAnd reports whether a clause of its own stands inside
// the first conjunct of the coordinated cue at cue, between the cue's
// "and" or "but" and the comma before it: a relative's "who" or a pronoun
// after a subordinator ("mocked his rivals as they answered questions
// and assured …"). Its subject, or the frame it makes, is not the cue's.
func (d *document) innerClauseBeforeAnd(u unit, cue int) bool {
	toks := d.toks
	j := cue - 1
	for j > u.lo && !toks[j].is(fnAnd|fnCoordinator) {
		j--
	}
	for k := j - 1; k > u.lo && j-k <= maxConjunctClause; k-- {
		t := toks[k]
		if t.text == "," || t.text == ";" || !d.isNarration(k) {
			return false
		}
		if t.kind != tokWord || t.cap {
			continue
		}
		if t.lower == "who" || t.is(fnSubordinator|fnFrontedSubordinator) && toks[k+1].kind == tokWord && toks[k+1].in(lexSubjectPronouns) {
			return true
		}
	}
	return false
}

// maxConjunctClause: how far back, in tokens, innerClauseBeforeAnd looks
// for a clause inside the first conjunct.
const maxConjunctClause = 12

// clauseInsideConjunct reports whether m, the subject of the verb before
// a coordinated cue's "and" or "but", is the subject of a clause inside
// the first conjunct, not of the conjunct: a relative's "who" ("praised
// the skippers who left but said …") or a pronoun after a subordinator
// ("talked over them as they answered and assured …"). The coordinated
// cue then shares the subject that opens the unit.
func (d *document) clauseInsideConjunct(m mention, u unit) bool {
	if m.pronoun == "who" {
		return true
	}
	if m.pronoun == "" || m.lo <= u.lo {
		return false
	}
	t := d.toks[m.lo-1]
	return t.kind == tokWord && !t.cap && t.is(fnSubordinator|fnFrontedSubordinator) && d.isNarration(m.lo-1)
}

// opensReportOf reports whether speaker m, no pronoun, starts right
// after the cue of frame f, or after one word there ("saying that his
// …"): in f's report. A pronoun there is most often the participle's
// own subject again ("… and said he hoped …").
// opensReportWithPronoun is opensReportOf for a pronoun: the subject of
// the participle's report ("…, saying she wanted …"), which names the
// participle's speaker again only when the clause has no subject of its
// own.
func opensReportWithPronoun(m mention, f frame) bool {
	return m.hi > m.lo && m.pronoun != "" && m.lo >= f.cueHi && m.lo <= f.cueHi+1
}

func opensReportOf(m mention, f frame) bool {
	return m.hi > m.lo && m.pronoun == "" && m.lo >= f.cueHi && m.lo <= f.cueHi+1
}

// coordinateClauseSubject is the subject of a clause that ", and" or
// ", but" opens between the nearest frame before the participle
// frames[k] and the participle ("Protest groups say the rules are
// unfair, and the Harbour Union has sued the town, saying …": the union
// says it, not the protest groups): a name, a pronoun or a phrase with a
// kind, with a verb after it. Only for a participle after a comma, not
// one coordinated itself.
func (d *document) coordinateClauseSubject(u unit, frames []frame, k int) (mention, bool) {
	f := frames[k]
	toks := d.toks
	if f.coordinated || f.afterPreposition {
		return mention{}, false
	}
	lo := -1
	for i := k - 1; i >= 0; i-- {
		if !frames[i].participle {
			lo = frames[i].cueHi
			break
		}
	}
	if lo < u.lo {
		return mention{}, false
	}
	for j := f.cue - 2; j > lo; j-- {
		t := toks[j]
		if !d.isNarration(j) {
			return mention{}, false
		}
		if t.kind != tokWord || t.cap || !t.is(fnAnd|fnCoordinator) || toks[j-1].text != "," {
			continue
		}
		m, e, ok := d.npAfter(j+1, f.cue)
		if !ok || m.lo != j+1 || !(m.named() || m.pronoun != "" && m.pronoun != "who" || m.kind != KindUnknown) || e >= f.cue || !d.verbAfter(e) {
			return mention{}, false
		}
		return m, true
	}
	return mention{}, false
}

// outerReportSpeaker is the speaker of frames[i] for a participle after
// it, or, when that speaker opens the report of the frame before
// ("Ann Cole wrote the crews knew the risk, saying …": "the crews knew"
// is what she wrote), the speaker of the frame whose report holds it:
// the participle hangs from the clause that reports, not from the
// clause reported.
func outerReportSpeaker(frames []frame, i int) mention {
	for i > 0 && !frames[i-1].participle && frames[i-1].cue < frames[i].cue {
		m, p := frames[i].speaker, frames[i-1]
		if !opensReportOf(m, p) && !opensReportWithPronoun(m, p) {
			break
		}
		i--
	}
	return frames[i].speaker
}

// nearestFrameSubject is the speaker of the frame nearest to frames[k]
// that is no participle: before it, or after it; not one whose speaker,
// no pronoun, opens the participle's own report ("…, saying his campaign
// does not want …": the campaign is what is said of, no speaker of
// "saying").
func nearestFrameSubject(frames []frame, k int) (mention, bool) {
	f := frames[k]
	for dist := 1; dist < len(frames); dist++ {
		if k-dist >= 0 && !frames[k-dist].participle {
			if f.coordinated {
				return frames[k-dist].speaker, true
			}
			return outerReportSpeaker(frames, k-dist), true
		}
		if k+dist < len(frames) && !frames[k+dist].participle && frames[k+dist].cue > f.cue && !opensReportOf(frames[k+dist].speaker, f) {
			return frames[k+dist].speaker, true
		}
	}
	return mention{}, false
}
