package extractor

import "strings"

// The content of a frame: what it claims. applyFrame tries, in order, the
// quotation just before the clause, then what follows the clause (a
// quotation, a quoted label, a reported clause), then the reported clause
// before it; a clause ending its paragraph with a colon hands the next
// paragraph to its speaker.

// applyFrame turns frame fi into attributions, appended to out. It returns
// the frame's attribution when the frame ends its paragraph with a colon
// ("Okafor continued:").
func (d *document) applyFrame(u unit, frames []frame, fi int, out *[]found) *found {
	if fd, ok := d.claimQuoteBefore(u, frames, fi); ok {
		*out = append(*out, fd)
		return nil
	}
	f := frames[fi]
	if d.inLaterSubject(frames, fi) {
		return nil
	}
	a := d.contentStart(f, u)
	end := d.contentEnd(u, frames, fi, a)
	if a < end && d.reportIsBefore(f, u, a) {
		end = a
	}
	quoteOnly := d.quoteOnly(f, u, a, end)
	if a < end {
		// "…, citing "the cost of it," …": a citing verb's quoted object
		// is its object, no quotation of the speaker's (reportsObject).
		var fd found
		ok := false
		if !d.reportsObject(f, a) {
			fd, ok = d.claimQuoteAfter(u, frames, fi, a, end)
		}
		// "dismissed the plans as "a gimmick"": a verb whose bare object
		// is no report still labels it with a quotation.
		if !ok && (!quoteOnly || d.toks[f.cue].in(lexLabelVerbs) && d.toks[f.cue].in(lexCueObjectVerbs)) {
			fd, ok = d.claimLabel(u, frames, fi, a, end)
		}
		if !ok && (quoteOnly || d.possessiveBeforeQuote(a, end)) {
			fd, ok = d.claimQuotedObject(u, frames, fi, a, end)
		}
		if !ok && !quoteOnly {
			fd, ok = d.claimReportedAfter(u, frames, fi, a, end)
		}
		if ok {
			*out = append(*out, fd)
			return nil
		}
	}
	// "In a speech last year, she declared:" points forward, to the next
	// paragraph: the words before it are circumstances, not its report.
	if fd, ok := d.claimReportedBefore(u, frames, fi); ok && !f.colon {
		*out = append(*out, fd)
		return nil
	}
	if f.colon {
		fd := d.attribution(u, frames, fi, TypeDirect, ruleColon)
		return &fd
	}
	return nil
}

// inLaterSubject reports whether frame fi is a relative clause inside the
// subject of the unit's next frame ("The official who announced the cuts
// said …"): it describes that speaker, and what follows its cue is that
// speaker's report.
func (d *document) inLaterSubject(frames []frame, fi int) bool {
	f := frames[fi]
	if fi+1 >= len(frames) || f.speaker.lo != f.clLo || f.clLo == 0 || !d.toks[f.clLo].is(fnRelative) || d.toks[f.clLo-1].kind != tokWord {
		return false // "Hale, who runs the mill, said …": the clause set off by commas is one of its own
	}
	g := frames[fi+1]
	return !g.participle && !g.according && !g.inverted && g.speaker.hi == f.clLo && g.cue >= f.cueHi
}

// whClauseAfterCue reports whether the content at a, right after frame
// f's cue (past "about"), is a clause a wh-word opens ("recounted how the
// plant closed", "talked about why he ran"): a quote cue reports it as it
// does a that-clause.
func (d *document) whClauseAfterCue(f frame, a, end int) bool {
	if a >= end {
		return false // the cue ends its unit: "…, Hale retorted"
	}
	t := d.toks[a]
	// "does not answer whether …" leaves the question open: no report.
	negated := f.cue > 0 && (d.toks[f.cue-1].is(fnNegation) || strings.HasSuffix(d.toks[f.cue-1].lower, "n't"))
	return !negated && a == f.cueHi+d.aboutBeforeWh(f.cueHi, end) && d.opensWhClause(a) && !t.is(fnRelative) && d.isNarration(a) && !d.namingWhat(a, end)
}

// maxNamingSubject is the longest subject, in words, between "what" and
// the label verb of a naming clause ("what the city's own auditors have
// called …").
const maxNamingSubject = 6

// namingWhat reports whether the "what" at k opens a noun phrase that
// names a thing with a label verb ("spoke about what she called a
// crisis", "wrote about what he described as a betrayal"): the thing
// labelled, not a question or a clause the speaker reported. A label in
// quotation marks ("lamented what critics called "a lost year"") quotes
// words, which the cue before reports.
func (d *document) namingWhat(k, end int) bool {
	if d.toks[k].lower != "what" {
		return false
	}
	for j := k + 2; j < end && j <= k+1+maxNamingSubject; j++ {
		t := d.toks[j]
		if t.kind != tokWord || !d.isNarration(j) {
			return false
		}
		if t.in(lexLabelVerbs) && !isGerund(t) {
			if j+1 < end && d.toks[j+1].lower == "as" {
				j++
			}
			return j+1 >= end || !d.isOpenMark(j+1)
		}
	}
	return false
}

// opensWhClause reports whether token k is a wh-word that can open a
// reported clause ("how", "why", "whether"): a clause opener that is
// neither "that" nor a subject pronoun.
func (d *document) opensWhClause(k int) bool {
	t := d.toks[k]
	return t.in(lexClauseOpeners) && !t.is(fnComplementizer) && !t.in(lexSubjectPronouns)
}

// aboutBeforeWh is 1 when token k is an "about" of the narration before
// a wh-word ("wrote about how the plant closed"): the clause, not the
// preposition, is what was said. Otherwise 0.
func (d *document) aboutBeforeWh(k, end int) int {
	if k+1 < end && d.toks[k].lower == "about" && d.isNarration(k) && d.opensWhClause(k+1) && !d.namingWhat(k+1, end) {
		return 1
	}
	return 0
}

// asBefore reports whether frame f's clause follows an "as" of the
// narration, itself after a comma or opening the unit ("…, as its
// critics say.", "As Ann Cole points out, …"): the clause reports the
// words around it, whatever its cue's class. Such a clause leaves its
// object out, what it reports being around it: one with an object of its
// own ("…, as Hale answered questions") is a time clause, "as" meaning
// "while", and reports nothing.
func (d *document) asBefore(f frame, u unit) bool {
	k := f.clLo - 1
	if f.participle || f.according || k < u.lo || d.toks[k].lower != "as" || !d.isNarration(k) {
		return false
	}
	if !d.toks[f.cue].in(lexTellVerbs) && d.objectAt(f.cueHi, u.hi) {
		return false // "…, as Hale told reporters.": a hearer is no object
	}
	if k == u.lo || k == u.lo+1 && d.toks[u.lo].is(fnAnd|fnCoordinator) {
		return true
	}
	return d.toks[k-1].text == "," && d.isNarration(k-1)
}

// objectAt reports whether the narration at k, right after a cue's
// clause, opens the cue's object ("answered questions", "echoed the
// call", "lamented a "throwaway culture""), not a modifier ("said on
// Monday", "put it in a memo explaining …", "said again", "said this
// week": a time phrase, even one that opens on a determiner).
func (d *document) objectAt(k, hi int) bool {
	if k >= hi || !d.isNarration(k) {
		return false
	}
	if _, time := d.timePhraseEnd(k, hi); time {
		return false
	}
	t := d.toks[k]
	if t.kind != tokWord || t.cap || isGerund(t) {
		return false
	}
	if t.in(lexDeterminers | lexObjectPronouns) {
		return true
	}
	return !t.in(lexPrepositions|lexModifierPreps|lexVerbModifiers|lexConjunctions|lexTimeWords) && !t.is(fnAnd|fnCoordinator|fnSubordinator|fnComplementizer) && !strings.HasSuffix(t.lower, "ly")
}

// quoteOnly reports whether frame f claims only a quotation after its
// clause, the content at a being no report of it.
func (d *document) quoteOnly(f frame, u unit, a, end int) bool {
	// A quote cue reports a clause only after "that" ("retorted that …");
	// its bare object is no report ("answered questions").
	if f.class == cueQuote && !d.thatClauseAfterCue(f, a) && !d.asBefore(f, u) && !d.whClauseAfterCue(f, a, end) {
		return true
	}
	// A participle after a preposition ("by saying", "while insisting")
	// reports only what opens a clause; "by calling himself …" reports
	// nothing, "by saying it would …" does ("it" and an auxiliary: the
	// clause's subject, no object).
	if f.afterPreposition && a < end && !d.opensReport(a) && !d.itClauseAt(a, end) && !d.barePluralClauseAt(a, end) {
		return true
	}
	// "conceded defeat", "added 292,000 jobs", "continued working",
	// "declined to comment", "asked not to be named": an object or an
	// action, not a report ("continued to question the figures" reports).
	if a < end && (d.toks[d.headVerb(f)].in(lexCueObjectVerbs) && !d.opensClause(a, end) && !d.cueInfinitive(a, end) || d.toks[f.cue].in(lexCueInfinitiveVerbs) && a == f.cueHi && d.actionInfinitive(a, end)) {
		return true
	}
	// "who did not want to be named", "who asked that her surname not
	// be used": a condition of speaking.
	if a < end && (d.anonymityInfinitive(a, end) || d.anonymityClause(a, end) || d.anonymityCondition(a, end)) {
		return true
	}
	// "The heckler shouted and waved a placard", "agreed to a
	// pause, but when …": a clause joined to the cue's is no report.
	if a < end && d.toks[a].is(fnAnd|fnCoordinator) && d.isNarration(a) {
		return true
	}
	return false
}

// reportIsBefore reports whether what follows frame f's clause at a is no
// report of it, the report being before the clause: a conjunction (",
// the bureau said in an April review, and those …") or a subordinate clause
// (", the mayor told aides as she …").
func (d *document) reportIsBefore(f frame, u unit, a int) bool {
	t := d.toks[a]
	if t.text == ";" && !(a+1 < u.hi && d.isOpenMark(a+1)) {
		return true // "…, economists say; in 2009, …": what follows is a clause of its own
	}
	if f.clLo <= u.lo || d.afterComplementizer(a) {
		return false // "said that while growth was slowing, …": "that" opens the report
	}
	// "…, he says, because he …": a comma may stand before the subordinator.
	return t.in(lexConjunctions) || t.is(fnSubordinator) && (a == f.clHi || a == f.clHi+1 && d.toks[f.clHi].text == ",") && d.commaBeforeClause(f) && !d.frontedPhrase(d.unitOpening(u), f.clLo-1)
}

// commaBeforeClause reports whether a comma sets frame f's clause off from
// what precedes it, in the narration or inside a quotation that closes
// right before it (`calling him "a clown," Susan said as she …`).
func (d *document) commaBeforeClause(f frame) bool {
	p := f.clLo - 1
	if d.toks[p].text == "," {
		return true
	}
	if !d.commaClosedQuote(f.clLo) {
		return false
	}
	qi := d.quoteOfMark(p)
	return qi >= 0 && !d.isTitle(qi) // (`On "Sunrise," Cole said if …`: a title's comma fronts the clause)
}

// frontedPhrase reports whether toks[lo:p] is one prepositional phrase
// that opens the sentence, with no comma inside ("Despite doubts about the
// budget, Hale said if …"): a setting, which reports nothing, so the
// subordinate clause after the cue is what the cue reports.
func (d *document) frontedPhrase(lo, p int) bool {
	if lo >= p || !d.toks[lo].in(lexPrepositions) {
		return false
	}
	for k := lo; k < p; k++ {
		if d.toks[k].text == "," || !d.isNarration(k) {
			return false
		}
	}
	return true
}

// thatClauseAfterCue reports whether the content at a is a that-clause
// right after the cue, or after a time phrase after it ("retorted that the
// figures were invented", "reiterated on Tuesday that …"): "that"
// then the start of a subject, not a demonstrative ("echoed that pledge").
func (d *document) thatClauseAfterCue(f frame, a int) bool {
	toks := d.toks
	c := f.cueHi
	if e, ok := d.timePhraseEnd(c, a); ok && e == a-1 {
		c = e // "reiterated on Tuesday that …": a time phrase before "that"
	}
	if a != c+1 || !toks[c].is(fnComplementizer) || a >= len(toks) {
		return false
	}
	t := toks[a]
	return t.cap || t.in(lexSubjectPronouns|lexDeterminers) || isDigitStart(t.text) || d.isOpenMark(a) || d.clauseAfterThat(a)
}

// clauseAfterThat reports whether the lower-case words at a, after a
// cue's "that", open a clause though no determiner or pronoun does: a
// subordinator ("pointed out that since …"), or a bare subject and its
// verb ("that veterans were ignored", "that critics should …"), or a
// free relative that concedes ("that whatever the board says, …"). "that"
// before a singular noun alone may be a demonstrative ("echoed that
// pledge"); before a plural it is not.
func (d *document) clauseAfterThat(a int) bool {
	t := d.toks[a]
	if t.kind != tokWord || !d.isNarration(a) {
		return false
	}
	if t.is(fnSubordinator | fnFrontedSubordinator | fnFreeRelative) {
		return true // "pointed out that since …", "… that whatever the board says, …"
	}
	if strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && d.bareClause(a) {
		return true
	}
	return d.bareSubjectAux(a)
}

// bareSubjectAux reports whether the lower-case words at a, after a cue's
// "that", are a bare subject of one or two words and an auxiliary ("that
// action was needed", "that further rises were likely"), as British copy
// often writes a report with no determiner: a relative "that" is followed
// by its verb, not by a noun and then a verb.
func (d *document) bareSubjectAux(a int) bool {
	toks := d.toks
	noun := false // a word no adverb ("that also was …" is a relative clause)
	for k := a; k < len(toks) && k <= a+2 && d.isNarration(k); k++ {
		t := toks[k]
		if noun && t.in(lexAuxiliaries) && !t.cap {
			return true
		}
		if t.kind != tokWord || t.cap || t.fn != 0 || isCue(t) || d.pastForm(t) || isGerund(t) || t.in(lexAuxiliaries|lexPrepositions|lexConjunctions|lexClauseOpeners|lexSubjectPronouns|lexObjectPronouns) {
			return false
		}
		noun = !t.in(lexVerbModifiers)
	}
	return false
}

// opensReport reports whether the content at a opens a report: after
// "that" or a colon, with a quotation, or with the subject of a clause (a
// subject pronoun, a determiner, a capitalised word).
func (d *document) opensReport(a int) bool {
	toks := d.toks
	if a > 0 && (toks[a-1].is(fnComplementizer) || toks[a-1].text == ":" || toks[a-1].text == ",") || d.isOpenMark(a) {
		return true
	}
	t := toks[a]
	return t.kind == tokWord && (t.in(lexSubjectPronouns) && !t.in(lexObjectPronouns) || t.in(lexDeterminers) && !t.in(lexPossessiveDeterminers) ||
		t.cap && !isPossessiveWord(t) || t.in(lexClauseOpeners))
}

// itClauseAt reports whether "it" at a, before end, opens a clause: an
// auxiliary or a modal follows it ("by saying it would cost jobs", "by
// saying it was needed"), where "by calling it a disgrace" has an object.
func (d *document) itClauseAt(a, end int) bool {
	t := d.toks[a]
	return a+1 < end && t.kind == tokWord && t.lower == "it" && d.isNarration(a+1) && d.toks[a+1].kind == tokWord && !d.toks[a+1].cap && d.toks[a+1].in(lexAuxiliaries)
}

// maxBareSubjectWords is the longest bare subject barePluralClauseAt
// reads ("oil exports", "crude oil exports").
const maxBareSubjectWords = 3

// barePluralClauseAt reports whether a bare plural noun phrase and an
// auxiliary open a clause at a, before end ("by saying prices were
// high", "quoted her as saying oil exports had not fallen"): a subject
// of a few lower-case words, the last in "-s", with no function word,
// and the finite verb after it. "by calling rivals liars" has no
// auxiliary after its object.
func (d *document) barePluralClauseAt(a, end int) bool {
	toks := d.toks
	for j := a; j < end && j < a+maxBareSubjectWords; j++ {
		t := toks[j]
		if t.kind != tokWord || t.cap || !d.isNarration(j) || t.fn != 0 || t.in(lexAuxiliaries|lexPrepositions|lexDeterminers|lexPossessiveDeterminers|lexObjectPronouns|lexSubjectPronouns|lexConjunctions|lexVerbModifiers) || isCue(t) {
			return false
		}
		if n := j + 1; n < end && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && toks[n].kind == tokWord && !toks[n].cap && toks[n].in(lexAuxiliaries) && d.isNarration(n) {
			return true
		}
	}
	return false
}

// opensClause is opensReport without a bare noun phrase: a determiner
// opens a clause only with a verb after its noun ("conceded the result
// was clear"; not "posted a record profit").
func (d *document) opensClause(a, end int) bool {
	t := d.toks[a]
	introduced := a > 0 && (d.toks[a-1].is(fnComplementizer) || d.toks[a-1].text == ":" || d.toks[a-1].text == ",")
	if t.kind == tokWord && t.in(lexDeterminers) && !t.in(lexSubjectPronouns) && !introduced {
		return d.opensSubject(a, end)
	}
	return d.opensReport(a)
}

// actionInfinitive reports whether the content at a is a "to" infinitive,
// negated or not, that reports nothing: a verb that is no cue ("to be
// named", "to grow"), or a cue with nothing after it ("declined to
// comment."); "continued to question Hale's judgement" reports.
func (d *document) actionInfinitive(a, end int) bool {
	if a+1 < end && d.toks[a].is(fnNegation) {
		a++
	}
	if !d.infinitive(a, end) {
		return false
	}
	v := a + 1
	n := d.modifiersEnd(v+1, end) // "declined to comment further", "refused to comment publicly"
	return !isCue(d.toks[v]) || n >= end || d.toks[n].kind != tokWord && !d.isOpenMark(n)
}

// cueInfinitive reports whether the content at a is a "to" infinitive of
// a cue verb ("continued to question the figures").
func (d *document) cueInfinitive(a, end int) bool {
	return a+1 < end && d.infinitive(a, end) && isCue(d.toks[a+1])
}

// anonymityInfinitive reports whether the content at a is only "(not) to
// be named", "to remain anonymous" and the like.
func (d *document) anonymityInfinitive(a, end int) bool {
	toks := d.toks
	if toks[a].is(fnNegation) {
		a++
	}
	if a+2 >= end || !toks[a].is(fnTo) || toks[a+1].kind != tokWord || !toks[a+2].in(lexAnonymityWords) {
		return false
	}
	n := a + 3
	return n >= end || toks[n].kind != tokWord
}

// anonymityCondition reports whether the content at a opens with "on
// (the) condition of anonymity" or "on condition that", after a
// participle or not ("speaking on condition of …"): the terms of
// speaking ("…, an official said, speaking on the condition of anonymity
// because the talks were private"), no report.
func (d *document) anonymityCondition(a, end int) bool {
	toks := d.toks
	k := a
	if k < end && isGerund(toks[k]) {
		k++ // "speaking on condition of …"
	}
	if k+2 >= end || toks[k].lower != "on" || toks[k].cap {
		return false
	}
	k++
	if toks[k].is(fnDefinite) {
		k++
	}
	if k+1 >= end || toks[k].lower != "condition" {
		return false
	}
	n := toks[k+1]
	return n.is(fnComplementizer) || n.is(fnOf) && k+2 < end && (toks[k+2].lower == "anonymity" || toks[k+2].in(lexAnonymityWords))
}

// maxAnonymityClause is the longest clause, in tokens, anonymityClause
// reads ("her full name not be published").
const maxAnonymityClause = 7

// anonymityClause reports whether the content at a is only a name not
// to be given: "(that) her surname not be used", "his name not be
// published".
func (d *document) anonymityClause(a, end int) bool {
	toks := d.toks
	if a < end && toks[a].is(fnComplementizer) {
		a++
	}
	for end > a && toks[end-1].kind == tokPunct {
		end-- // (its full stop)
	}
	if end-a > maxAnonymityClause || end-a < 4 {
		return false
	}
	for k := a; k+2 < end; k++ {
		t := toks[k]
		if t.kind != tokWord {
			return false
		}
		// the name's noun, then "not be" with no modal: a subjunctive
		// request ("the man's identity would not be released" reports)
		if (t.lower == "name" || t.lower == "surname" || t.lower == "identity") && toks[k+1].is(fnNegation) && toks[k+2].is(fnBe) {
			return true
		}
	}
	return false
}

// attribution makes frame fi's attribution of the given type and segments,
// found by rule r, and marks the frame as having produced one.
func (d *document) attribution(u unit, frames []frame, fi int, typ string, r rule, segs ...span) found {
	frames[fi].produced = true
	if typ != TypeDirect {
		for _, s := range segs {
			for k := d.tokIndex(s.start); k < len(d.toks) && d.toks[k].start < s.end; k++ {
				d.toks[k].reported = true
			}
		}
	}
	f := frames[fi]
	sp := f.speaker
	if m, ok := d.namingSubject(frames, fi); ok {
		sp = m
	}
	cue := span{d.toks[f.cue].start, d.toks[f.cueHi-1].end}
	return found{segs: segs, typ: typ, speaker: &sp, cue: cue, para: u.para, rule: r}
}

// namingSubject is the speaker that a pronoun subject of frame fi's label
// clause stands for when the clause opens on the "what" of an earlier
// frame's naming object ("Hale lamented what she called a crisis", "Hale
// spoke about what she called …"): the earlier frame's own subject, in
// the same sentence, which a pronoun there can only repeat.
func (d *document) namingSubject(frames []frame, fi int) (mention, bool) {
	f := frames[fi]
	w := f.clLo - 1
	if fi == 0 || f.speaker.pronoun == "" || f.speaker.lo != f.clLo || w < 0 || d.toks[w].lower != "what" || !d.toks[f.cue].in(lexLabelVerbs) {
		return mention{}, false
	}
	g := frames[fi-1]
	if g.speaker.pronoun != "" || !g.speaker.named() && g.speaker.kind != KindPerson || g.cueHi+d.aboutAt(g.cueHi) != w {
		return mention{}, false
	}
	return g.speaker, true
}

// aboutAt is 1 when token k is a preposition of the narration (the
// "about" of "spoke about what …"), else 0.
func (d *document) aboutAt(k int) int {
	if k < len(d.toks) && d.toks[k].in(lexPrepositions) && !d.toks[k].cap && d.isNarration(k) {
		return 1
	}
	return 0
}

// claimQuoteBefore claims the quotation just before the clause: `"…," he
// said`, with its second part when the quote is interrupted (`"A," he
// said, "B."`). A quotation that completes a clause (`the plan "is a
// wrong-headed idea," Okafor said`) makes that clause a mixed quote.
func (d *document) claimQuoteBefore(u unit, frames []frame, fi int) (found, bool) {
	toks := d.toks
	f := frames[fi]
	p, qi := d.quoteBeforeClause(u, frames, fi)
	if qi < 0 {
		return found{}, false
	}
	if o := d.quotes[qi].tokLo - 1; o > u.lo && fi == 0 && !d.isCloseMark(o-1) && toks[o-1].text != ":" && !d.opensOwnSentence(qi) {
		if s, ok := d.contentSpan(u.lo, p+1); ok {
			d.claim(qi, ruleReportedBefore)
			return d.attribution(u, frames, fi, TypeMixed, ruleReportedBefore, s), true
		}
	}
	d.claim(qi, ruleDirectBefore)
	fd := d.attribution(u, frames, fi, TypeDirect, ruleDirectBefore, d.quotes[qi].content)
	k := f.clHi
	if k+1 < u.hi && (toks[k].text == "," || toks[k].text == ":" || isDash(toks[k].text)) && d.isOpenMark(k+1) {
		if q2 := d.quoteOfMark(k + 1); q2 >= 0 && !d.claimed(q2) {
			d.claim(q2, ruleDirectBefore)
			fd.segs = append(fd.segs, d.quotes[q2].content)
		}
	}
	if len(fd.segs) == 1 {
		if s, ok := d.quoteResumed(u, frames, fi, qi); ok {
			fd.segs = append(fd.segs, s)
			fd.typ = TypeMixed
		}
	}
	return fd, true
}

// quoteResumed is the rest of the sentence that quotation qi broke off on
// a comma, carried on without marks after frame fi's clause and its
// comma: a modal whose subject the quotation was ("“Only you, Tom,” she
// said, would keep the pier open"), "that" and a clause ("“It is our bad
// luck,” he said, that the pier closed"), or "and" and a quotation ("“The
// deal must be enforced,” she said, and “the penalties must be
// clear.”"). The writer's words there ("…, he said, adding that …",
// "…, citing …", "…, who …", "…, and would not elaborate") go on no
// quotation of the speaker's; nor do words another cue of the unit holds.
func (d *document) quoteResumed(u unit, frames []frame, fi, qi int) (span, bool) {
	toks := d.toks
	q := d.quotes[qi]
	k := frames[fi].clHi
	if k+2 >= u.hi || toks[k].text != "," || !d.isNarration(k) || !d.isNarration(k+1) || q.tokHi <= q.tokLo || toks[q.tokHi-1].text != "," {
		return span{}, false
	}
	a := k + 1
	t, n := toks[a], toks[a+1]
	switch {
	case t.kind == tokWord && !t.cap && t.in(lexAuxiliaries) && isModal(t.lower) && n.kind == tokWord && !n.cap:
	case t.kind == tokWord && !t.cap && t.lower == "that" && n.kind == tokWord && (n.in(lexSubjectPronouns|lexDeterminers|lexQuantities) || n.cap && !n.in(lexStopCaps) || isDigitStart(n.text)):
		a++
	case t.kind == tokWord && !t.cap && t.is(fnAnd) && d.isOpenMark(a+1):
		a++
	default:
		return span{}, false
	}
	if last := frames[len(frames)-1]; fi+1 < len(frames) && last.cue >= a {
		return span{}, false // (the frames are in the order of their cues: the last has the latest)
	}
	return d.contentSpan(a, d.clauseEnd(a, u.hi))
}

// quoteBeforeClause is the closing mark p and the quotation qi just before
// frame fi's clause, past a comma or a dash, or the rest of the speaker's
// phrase (quoteBeforeSubject); qi is -1 when none may be claimed.
func (d *document) quoteBeforeClause(u unit, frames []frame, fi int) (p, qi int) {
	toks := d.toks
	f := frames[fi]
	p = f.clLo - 1
	if p >= u.lo && (toks[p].text == "," || isDash(toks[p].text)) && d.isNarration(p) {
		p--
	}
	if p >= u.lo && !d.isCloseMark(p) {
		p = d.quoteBeforeSubject(u, frames, fi)
	}
	if p < u.lo || !d.isCloseMark(p) {
		return p, -1
	}
	qi = d.quoteOfMark(p)
	if qi < 0 || d.claimed(qi) || d.isTitle(qi) || d.introducesNextQuote(f, u, qi) {
		return p, -1
	}
	if d.lex.assentVerbs[toks[f.cue].lower] && p-1 > u.lo && toks[p-1].text == "." {
		// `"We will grow." Analysts agreed.`: a sentence quoted to its
		// full stop, and a verb of assent after it, is agreement with
		// it, no attribution ("we will grow," analysts agreed: one).
		return p, -1
	}
	if d.toks[d.quotes[qi].tokLo].reported {
		// `told Reuters that Hale "had a reckless plan," adding, "…"`:
		// the quotation ends a clause another frame reports.
		return p, -1
	}
	return p, qi
}

// maxSubjectGap is the longest speaker's phrase, in tokens, between a
// quotation and the part of it a frame took for its subject.
const maxSubjectGap = 24

// quoteBeforeSubject is the closing mark of a quotation that ends in a
// comma, a question or an exclamation inside its marks and stands before
// the subject of frame fi, with only the rest of the speaker's phrase
// between them (`"…," super PAC spokeswoman Nora Keel said`;
// `"…," Rep. Ed Tarrant's chief of staff, Sam Ortiz, told Reuters`;
// `"…," Liz Fallon, who is chairman of the PAC, said`); else -1.
func (d *document) quoteBeforeSubject(u unit, frames []frame, fi int) int {
	toks := d.toks
	f := frames[fi]
	if !d.subjectMayFollowQuote(frames, fi) {
		return -1
	}
	for k := f.clLo - 1; k > u.lo && f.clLo-k <= maxSubjectGap; k-- {
		t := toks[k]
		if d.isCloseMark(k) {
			qi := d.quoteOfMark(k)
			if qi < 0 || !d.endsSpeech(qi) || toks[d.quotes[qi].tokHi-1].text == "." {
				return -1
			}
			n := toks[k+1]
			if n.kind != tokWord || n.is(fnCoordinator|fnSubordinator|fnFrontedSubordinator|fnRelative|fnBe|fnComplementizer) || n.in(lexConjunctions|lexPrepositions) || isCue(n) {
				return -1
			}
			return k
		}
		if !d.isNarration(k) || t.kind == tokPunct && (isSentenceEnd(t.text) || t.text == ";" || t.text == ":") || d.isOpenMark(k) {
			return -1
		}
	}
	return -1
}

// subjectMayFollowQuote reports whether frame fi has a subject of its own
// before its cue, no relative pronoun, and no other clause but a relative
// one stands within reach before it.
func (d *document) subjectMayFollowQuote(frames []frame, fi int) bool {
	f := frames[fi]
	if f.inverted || f.participle || f.coordinated || f.afterPreposition || f.according || f.speaker.hi == 0 || d.toks[f.speaker.lo].is(fnRelative) {
		return false
	}
	for g := range fi {
		if frames[g].clHi > f.clLo-maxSubjectGap && !d.toks[frames[g].speaker.lo].is(fnRelative) {
			return false // another clause of the sentence stands in the gap
		}
	}
	return true
}

// opensOwnSentence reports whether quotation qi, after a comma, a dash or
// a bracket, opens a clause of its own with a capital or a subject
// ("Because of the delays, "we lost a season," she said"; "As for the
// rumours - "I ignore them," he said"): the words before it are a phrase
// of the narration, not the start of a mixed quote.
func (d *document) opensOwnSentence(qi int) bool {
	q := d.quotes[qi]
	if q.tokLo >= q.tokHi || q.tokLo < 2 {
		return false
	}
	p := d.toks[q.tokLo-2]
	if !(p.text == "," || isDash(p.text) || p.text == "-" || p.text == "(") {
		return false
	}
	t := d.toks[q.tokLo]
	return t.kind == tokWord && (t.cap || t.in(lexSubjectPronouns))
}

// introducesNextQuote reports whether the clause of f, after the
// quotation qi that ends a sentence, introduces the next one with a colon
// (`"… doing there?" The chief executive, Mark Dennehy, added: "…"`): it
// is that quotation's attribution, not qi's.
func (d *document) introducesNextQuote(f frame, u unit, qi int) bool {
	k := f.clHi
	if !f.colon && (k+1 >= u.hi || d.toks[k].text != ":" || !d.isOpenMark(k+1)) {
		return false
	}
	c := d.quotes[qi].content
	last := strings.TrimRight(d.text[c.start:c.end], " '’\"”") // past a nested quotation's close
	return strings.HasSuffix(last, ".") || strings.HasSuffix(last, "?") || strings.HasSuffix(last, "!")
}

// claimQuoteAfter claims a quotation that opens at a, the content's start
// (`he said: "…"`), when it runs to the content's end, goes on into the
// next paragraph, or is whole speech followed by a trailing clause.
func (d *document) claimQuoteAfter(u unit, frames []frame, fi, a, end int) (found, bool) {
	if !d.isOpenMark(a) {
		return found{}, false
	}
	qi := d.quoteOfMark(a)
	if qi < 0 || d.claimed(qi) || d.isTitle(qi) {
		return found{}, false
	}
	q := d.quotes[qi]
	// The quote runs to the content's end, or to its full stop only, as
	// British style puts it (`finished by saying "see you all next season".`).
	runsToEnd := q.tokHi+1 >= end || q.tokHi+2 == end && d.toks[q.tokHi+1].kind == tokPunct && isSentenceEnd(d.toks[q.tokHi+1].text) && !d.toks[a-1].is(fnComplementizer)
	// `When Hale said, "We are done," the crowd cheered`: the main clause
	// after the quotation is the writer's.
	mainAfter := q.tokHi > q.tokLo && d.toks[q.tokHi-1].text == "," && d.cueClosesSubordinate(frames[fi], u, true)
	if !(q.openEnded || runsToEnd || mainAfter || d.fullQuote(qi) && d.endsSpeech(qi) && d.trailerAfter(q.tokHi+1, end)) {
		return found{}, false
	}
	d.claim(qi, ruleDirectAfter)
	if left, lo, ok := d.interruptedLeft(u, frames, fi); ok && d.continuesSentence(qi) && d.contentType(lo, frames[fi].clLo-1) == TypeIndirect {
		// "In short, he said, "the boom …"": a quotation that goes
		// on a sentence the words before the clause began; they are the
		// first part of a mixed quote.
		return d.attribution(u, frames, fi, TypeMixed, ruleDirectAfter, left, q.content), true
	}
	if f := frames[fi]; (f.cueHi > f.cue+1 && d.objectPreposition(d.toks[f.cueHi-1]) || f.cueHi == f.cue+1 && d.toks[f.cue].in(lexLabelVerbs)) && d.continuesSentence(qi) {
		// "warns of "heavy losses"", "hinted at "a return"": the quote
		// is the object of the phrase's preposition, a quoted label;
		// "what Ann Cole called "a grave error"" labels with the quote
		return d.attribution(u, frames, fi, TypeMixed, ruleDirectAfter, q.content), true
	}
	return d.attribution(u, frames, fi, TypeDirect, ruleDirectAfter, q.content), true
}

// maxQuotedObjectWords is the longest quotation, in tokens, that
// claimQuotedObject takes from a cue's object ("the "complete failure" of
// the board"): a word or a short phrase the speaker used.
const maxQuotedObjectWords = 6

// claimQuotedObject claims a short quotation inside the noun phrase a
// cue whose bare object is a thing takes ("criticised the club's
// "shameful" treatment of fans", "condemned the "total failure" of the
// board"): British copy quotes the speaker's word inside the object, and
// the quoted words are a mixed quote; the rest of the phrase is the
// writer's. Only determiners, possessives, names and modifiers with no
// verb or preposition may stand before the quotation.
func (d *document) claimQuotedObject(u unit, frames []frame, fi, a, end int) (found, bool) {
	toks := d.toks
	f := frames[fi]
	if !toks[f.cue].in(lexCueObjectVerbs) || f.class == cueQuote || f.participle && f.afterPreposition {
		return found{}, false
	}
	for k := a; k < end && k < a+labelWindow; k++ {
		if d.isOpenMark(k) {
			qi := d.quoteOfMark(k)
			if qi < 0 || d.claimed(qi) || d.isTitle(qi) {
				return found{}, false
			}
			q := d.quotes[qi]
			if q.openEnded || q.tokHi-q.tokLo > maxQuotedObjectWords || !d.continuesSentence(qi) {
				return found{}, false
			}
			d.claim(qi, ruleLabel)
			return d.attribution(u, frames, fi, TypeMixed, ruleLabel, q.content), true
		}
		t := toks[k]
		if !d.isNarration(k) || t.kind != tokWord || isCue(t) || d.pastForm(t) || isGerund(t) || t.in(lexPrepositions|lexConjunctions|lexAuxiliaries|lexSubjectPronouns|lexClauseOpeners) || t.is(fnTo|fnAnd|fnCoordinator|fnComplementizer) {
			return found{}, false
		}
	}
	return found{}, false
}

// possessiveBeforeQuote reports whether a possessive stands right before
// a quotation within the first words from a ("criticised the club's
// "shameful" treatment"): the quotation is inside a noun phrase, whatever
// opens it, so the content is an object, not a clause.
func (d *document) possessiveBeforeQuote(a, end int) bool {
	for k := a + 1; k < end && k < a+labelWindow; k++ {
		if d.isOpenMark(k) {
			return isPossessiveWord(d.toks[k-1])
		}
		if !d.isNarration(k) || d.toks[k].kind != tokWord {
			return false
		}
	}
	return false
}

// objectPreposition reports whether t, ending a cue phrase, takes a noun
// phrase as its object ("warned of", "hinted at"), not a particle before
// speech ("went on", "chimed in"). "talks about "spoiling the party""
// quotes the words spoken, which PolNeAR marks direct.
func (d *document) objectPreposition(t token) bool {
	return t.is(fnOf) || t.lower == "at"
}

// continuesSentence reports whether quotation qi opens with a lower-case
// word: it goes on a sentence begun before it ("…, he said, "the boom is
// over"").
func (d *document) continuesSentence(qi int) bool {
	q := d.quotes[qi]
	return q.tokLo < q.tokHi && d.toks[q.tokLo].kind == tokWord && !d.toks[q.tokLo].cap && !isDigitStart(d.toks[q.tokLo].text)
}

// labelWindow is how far, in tokens, a quoted label may stand after a
// label verb (`called the bank's conduct over the past decade "outrageous"`).
const labelWindow = 8

// claimLabel claims the quoted label of a label verb: `called it "a
// disgrace"` quotes the label; with a noun phrase for object (`called the
// bank's conduct "outrageous"`) the quote is the object and its label.
func (d *document) claimLabel(u unit, frames []frame, fi, a, end int) (found, bool) {
	toks := d.toks
	if f := frames[fi]; !toks[f.cue].in(lexLabelVerbs) || f.cueHi > f.cue+1 {
		return found{}, false // "called for more "leeway" for …": a particle verb gives no label
	}
	for k := a; k < end && k < a+labelWindow; k++ {
		if !d.isOpenMark(k) {
			continue
		}
		qi := d.quoteOfMark(k)
		if qi < 0 || d.claimed(qi) {
			return found{}, false
		}
		d.claim(qi, ruleLabel)
		q := d.quotes[qi]
		seg := q.content
		if k > a && !toks[a].in(lexSubjectPronouns|lexObjectPronouns) && toks[a].kind == tokWord && !q.openEnded {
			seg = span{toks[a].start, toks[q.tokHi].end}
		}
		if e, ok := d.labelGoesOn(q, end); ok {
			if s, ok := d.contentSpan(q.tokHi+1, e); ok {
				seg.end = s.end // `called the charge "pathetic" and "dangerous"`
				seg.start = min(seg.start, q.open.start)
				d.claimOverlapping(u.para, s, ruleLabel)
			}
		}
		return d.attribution(u, frames, fi, TypeMixed, ruleLabel, seg), true
	}
	return found{}, false
}

// labelGoesOn reports whether a second label follows the quoted label q,
// joined by "and" or "or" (`called the plan "a gimmick" and "a con"`,
// `called Hale "a liar" and a fraud`), or a phrase of the label's own
// (labelPhraseAt), and where it ends: the labels are one quote. The
// second opens with a quotation or an indefinite article and runs, with
// no verb, to the next comma, a time phrase or the sentence's end; a
// verb, an auxiliary or a pronoun opens the speaker's own doing or a
// clause of its own (`called it "a con" and walked out`, `… "a con" and
// has …`), and "the" a new subject (`… "a disaster" and the mayor quit`).
func (d *document) labelGoesOn(q qspan, end int) (int, bool) {
	toks := d.toks
	k := q.tokHi + 1
	if q.openEnded || k+1 >= end || !d.isNarration(k) || toks[q.tokHi-1].text == "," {
		return 0, false // `called it "unfair," and Hale …`: the comma joins clauses
	}
	if d.labelPhraseAt(k) {
		return d.secondLabelEnd(k, end) // `called him "a liability" for his wife`: the label's own phrase
	}
	if t := toks[k]; t.is(fnRelative) && !t.cap && t.lower != "which" {
		// `called the mayor "a liar" who had misled the town`: a relative
		// clause with no comma describes the person labelled; it runs to
		// the narration's next comma or the sentence's end.
		return d.heldClauseEnd(k, end), true
	}
	if !(toks[k].is(fnAnd) || toks[k].lower == "or") {
		return 0, false
	}
	if d.isOpenMark(k + 1) {
		return d.secondLabelEnd(k+1, end)
	}
	if n := toks[k+1]; !(n.kind == tokWord && n.is(fnIndefiniteArticle) && !n.cap) {
		return 0, false // `called it "a recipe for cuts" and left the room`: a verb no list need know
	}
	e, ok := d.secondLabelEnd(k+1, end)
	return e, ok && d.labelNounPhrase(k+2, e)
}

// maxLabelNounWords is how many words an unquoted second label holds
// after its article before an "of" ("a fraud", "a total fraud", "an
// enemy of the people").
const maxLabelNounWords = 2

// labelNounPhrase reports whether the words [k, e) after an article are
// a short noun phrase, maybe with an "of" complement: a longer run holds
// a verb no list knows (`… and a mayor stays silent`). A quotation counts
// as one word (`… and a "bizarre attempt to deflect attention"`).
func (d *document) labelNounPhrase(k, e int) bool {
	words := 0
	for j := k; j < e; j++ {
		if d.isOpenMark(j) {
			if qi := d.quoteOfMark(j); qi >= 0 && d.quotes[qi].tokHi >= j {
				j = d.quotes[qi].tokHi
			}
		}
		if d.toks[j].lower == "of" {
			return true
		}
		if words++; words > maxLabelNounWords {
			return false
		}
	}
	return true
}

// labelPhraseAt reports whether the preposition at k, right after a
// quoted label, opens a phrase of the label's own: "for" names whom the
// label concerns (`"a priority" for women`; it may open a time, "for
// years", which secondLabelEnd stops at), "as" a capacity (`"unfit to
// serve" as president`), "of" a complement (`"the enemy" of the
// people`). Any other preposition is the narration's: where, when, how
// or despite what it was said ("on Monday", "in a statement", "despite
// the vote", "amid protests", "throughout the campaign").
func (d *document) labelPhraseAt(k int) bool {
	t := d.toks[k]
	if t.kind != tokWord || t.cap || !d.isNarration(k) {
		return false
	}
	switch t.lower {
	case "for", "as", "of":
		return true
	}
	return false
}

// secondLabelEnd is where the second label, or the label's own phrase
// (labelPhraseAt), that opens at k ends: past its quotations, at a comma,
// a time phrase, a modifier preposition of the narration or the
// sentence's end, provided it has no verb, auxiliary or pronoun and at
// most labelWindow words.
func (d *document) secondLabelEnd(k, end int) (int, bool) {
	toks := d.toks
	last, words := k, 0
	for j := k; j < end; {
		if d.isOpenMark(j) {
			qi := d.quoteOfMark(j)
			if qi < 0 || d.quotes[qi].openEnded || d.claimed(qi) {
				return 0, false
			}
			j = d.quotes[qi].tokHi + 1
			last = j
			continue
		}
		t := toks[j]
		if _, time := d.timePhraseEnd(j, end); time || j > k && t.in(lexModifierPreps) && t.lower != "for" && !t.is(fnTo) || !d.isNarration(j) || t.text == "," || t.kind == tokPunct && isSentenceEnd(t.text) {
			break // `… and "improper" on Monday`, `… at a rally`: the narration's
		}
		if t.kind != tokWord || isCue(t) || d.pastVerb(t) || t.in(lexAuxiliaries|lexVerbModifiers|lexSubjectPronouns|lexObjectPronouns) {
			return 0, false
		}
		if words++; words > labelWindow {
			return 0, false
		}
		j++
		last = j
	}
	return last, last > k
}

// maxInterruptedLeft is the longest first part, in tokens, of interrupted
// reported speech ("Small shops, Mr. Hale said, are …"; a subject with its
// own phrases, "Plans so far from the county, the port and the rail
// firm to widen the bypass, she added, amount to …", runs long too).
const maxInterruptedLeft = 20

// shareComparisonEnd is where the report of a count or share of people
// ("52 percent say …", "Six in 10 voters said …", "210 delegates have said
// …") that starts at a ends, before end: where the sentence turns to the
// next figure of the poll or tally ("…, while 31 percent say …", "…, 150
// have said …", "…, after half said so", "…, 30% conservative", "…
// compared with nearly four in 10"). That figure is another group's
// answer or the writer's comparison, no part of what the first said.
func (d *document) shareComparisonEnd(f frame, a, end int) int {
	if !d.countedSpeaker(f) {
		return end
	}
	toks := d.toks
	for k := a + 1; k+1 < end; k++ {
		t := toks[k]
		if !d.isNarration(k) || !(t.text == "," || t.kind == tokWord && !t.cap && shareConnective(t.lower)) {
			continue
		}
		j := k + 1
		if t.text == "," && toks[j].kind == tokWord && !toks[j].cap && shareConnective(toks[j].lower) {
			j++
		}
		if j < end && (toks[j-1].lower == "compared") && (toks[j].lower == "to" || toks[j].lower == "with") {
			j++
		}
		if d.figureOpens(j, end) {
			return k
		}
	}
	return end
}

// shareConnective: the words that turn a poll's sentence from one figure to
// the next ("…, while 31 percent …", "… and 40 have not decided", "…
// compared with four in 10").
func shareConnective(w string) bool {
	switch w {
	case "and", "but", "while", "whereas", "after", "with", "compared", "versus":
		return true
	}
	return false
}

// countedSpeaker reports whether frame f's speaker opens with a figure
// (figureAt): a count or share of people, a poll's or a tally's.
func (d *document) countedSpeaker(f frame) bool {
	k := f.speaker.lo
	// "Six in 10 voters said": the mention may be the noun after the figure.
	for j := k - 1; j >= 0 && k-j <= maxPartitiveTokens && d.isNarration(j) && (d.isQuantity(j) || d.toks[j].is(fnIn|fnApproximator) || d.toks[j].text == "%"); j-- {
		if d.figureAt(j) {
			k = j
		}
	}
	for k < f.speaker.hi && (d.toks[k].is(fnApproximator) || d.toks[k].is(fnIndefiniteArticle)) {
		k++ // "About three in 10", "a third"
	}
	return k < f.speaker.hi && d.figureAt(k)
}

// figureAt reports whether token k opens a figure: digits ("39",
// "1,409", "52%"), a number word before "in" and digits ("three in 10"),
// or a fraction ("half", "third", "two-thirds").
func (d *document) figureAt(k int) bool {
	toks := d.toks
	t := toks[k]
	if t.kind != tokWord || !d.isNarration(k) {
		return false
	}
	if isDigitStart(t.text) || fractionWord(t.lower) {
		return true
	}
	return d.isQuantity(k) && k+2 < len(toks) && toks[k+1].is(fnIn) && isDigitStart(toks[k+2].text)
}

func fractionWord(w string) bool {
	switch w {
	case "half", "third", "thirds", "quarter", "quarters", "two-thirds", "one-third", "three-fourths", "three-quarters":
		return true
	}
	return false
}

// figureOpens reports whether a figure at j, after approximators ("about",
// "nearly", "more than") and an article, opens the next answer of a poll
// before end: a share ("31 percent", "30%", "four in 10", "half") or a
// count followed by its verb ("150 have said", "95 members favored").
func (d *document) figureOpens(j, end int) bool {
	toks := d.toks
	for j < end && (toks[j].is(fnApproximator) || toks[j].is(fnIndefiniteArticle)) && !toks[j].cap {
		j++
	}
	if j >= end || !d.figureAt(j) {
		return false
	}
	share := fractionWord(toks[j].lower)
	e := j + 1
	for e < end {
		switch t := toks[e]; {
		case t.text == "%" || t.lower == "percent" || t.lower == "per-cent":
			share = true
		case t.is(fnIn) && e+1 < end && isDigitStart(toks[e+1].text):
			share = true
			e++
		default:
			goto done
		}
		e++
	}
done:
	if share {
		// "…, while 20 percent of them disagreed"; not "… 20 percent of
		// their wages had gone on rent": a share of things is more of the
		// report, not the next answer
		return !(e+1 < end && toks[e].is(fnOf)) || d.peopleAt(e+1, end)
	}
	for n := e; n < end && n <= e+1; n++ {
		// "150 said", "95 members favored": a count and its verb; not
		// "… and 12 councillors had quit", more of the report (an
		// auxiliary leaves it open; "150 have said" has its cue next)
		if t := toks[n]; t.kind == tokWord && !t.cap && (isCue(t) || d.pastVerb(t)) {
			return true
		}
		if toks[n].in(lexAuxiliaries) {
			v := n + 1
			for v < end && v <= n+3 && toks[v].kind == tokWord && !toks[v].cap && toks[v].in(lexVerbModifiers) && !isCue(toks[v]) {
				v++ // "160 have not publicly announced"
			}
			return v < end && toks[v].kind == tokWord && isCue(toks[v])
		}
	}
	return false
}

// peopleAt reports whether the phrase at k, past its determiners, names
// people: an object pronoun ("them"), a group's noun or a role's
// ("voters", "Republicans", "members"), or poll respondents.
func (d *document) peopleAt(k, end int) bool {
	for k < end && d.toks[k].in(lexDeterminers|lexPossessiveDeterminers) && !d.toks[k].cap {
		k++
	}
	if k >= end {
		return false
	}
	t := d.toks[k]
	return t.kind == tokWord && (t.in(lexObjectPronouns|lexGroupNouns) || t.stem&lexRoleHeads != 0 || d.lex.pollRespondents[t.lower] || t.cap && !t.in(lexStopCaps))
}

// claimReportedAfter claims the reported clause after the frame's clause
// (`he said (that) …`), with the first part of interrupted reported speech
// ("Small shops, Mr. Hale said, are the heart of the town" is one quote
// in two segments).
func (d *document) claimReportedAfter(u unit, frames []frame, fi, a, end int) (found, bool) {
	f := frames[fi]
	object := d.reportsObject(f, a) // ("…, citing a fall in orders": the grounds)
	// "According to X, …" and "Over the next ten years, according to X, the
	// cost …" report what follows; "…, according to X." what precedes.
	if f.according && !d.opensAfterConnective(f.clLo, u) && !d.parentheticalAccording(f, u, a) || !d.reportsClause(f, a) && !object || !d.speechClause(f, a) || d.mainClauseAfterSubordinate(f, u, a) || d.timeAdjunctAfterComma(f, a, u.hi) || d.nameAfterComma(f, a, u.hi) {
		return found{}, false
	}
	end = d.shareComparisonEnd(f, a, d.parallelPerfectEnd(f, a, d.clauseEnd(a, d.frontedClauseEnd(u, f, a, end))))
	end = d.objectSettingEnd(a, end)
	if object {
		var left bool
		if end, left = d.laterFrameClaims(u, frames, fi, a, d.citedObjectEnd(a, end)); left {
			return found{}, false
		}
		if qi, ok := d.quotedObject(a, end); ok {
			d.claim(qi, ruleCitedObject)
			return d.attribution(u, frames, fi, TypeMixed, ruleCitedObject, d.quotes[qi].content), true
		}
	}
	s, ok := d.answerReported(f, a, end)
	if !ok {
		s, ok = d.contentSpan(a, end)
	}
	if !ok {
		return found{}, false
	}
	r := reportedRule(f, true)
	if object {
		r = ruleCitedObject
	}
	fd := d.attribution(u, frames, fi, d.contentType(a, end), r, s)
	if left, lo, ok := d.interruptedLeft(u, frames, fi); ok {
		fd.segs = []span{left, s}
		if d.contentType(lo, f.clLo-1) == TypeMixed {
			fd.typ = TypeMixed
		}
	} else if d.relativeOpens(f, a) {
		fd.segs = []span{d.toks[f.clLo-1].span, s} // "the plan, which he said would cost jobs": which is the report's subject
	}
	return fd, true
}

// timeAdjunctAfterComma reports whether the words at a, after the comma
// that closes frame f's clause, say when its words came: a span of time
// and "after", "before" or "since" ("…, a senior official said
// Saturday, hours after an envoy met the president", "…, days before
// the vote"), which is the writer's, no report.
func (d *document) timeAdjunctAfterComma(f frame, a, hi int) bool {
	toks := d.toks
	if f.clHi >= hi || toks[f.clHi].text != "," || a != f.clHi+1 || !d.isNarration(a) {
		return false
	}
	for k := a; k < hi && k < a+maxTimeSpanWords; k++ {
		t := toks[k]
		if t.kind != tokWord || t.cap {
			return false
		}
		if k > a && (t.lower == "after" || t.lower == "before" || t.lower == "since") {
			return true
		}
		if !t.in(lexTimeWords|lexQuantities|lexDeterminers) && !isDigitStart(t.text) && t.lower != "just" && t.lower != "shortly" && t.lower != "only" {
			return false
		}
	}
	return false
}

// nameAfterComma reports whether the words at a, after the comma that
// closes frame f's clause, are a name alone up to the sentence's end
// ("He wrote to the Labour MP for Oldham West, Jim
// Hale."): the name of the hearer before the comma, set off as an
// appositive, no report ("Police said, Tom Kell, a retired judge, bought
// …" goes on: a report).
func (d *document) nameAfterComma(f frame, a, hi int) bool {
	toks := d.toks
	if f.clHi >= hi || toks[f.clHi].text != "," || a != f.clHi+1 || !d.isNarration(a) {
		return false
	}
	k := a
	for k < hi && k-a < maxNameWords && toks[k].kind == tokWord && toks[k].cap && d.isNarration(k) {
		k++
	}
	if k == a || k < hi && !isSentenceEnd(toks[k].text) {
		return false
	}
	return isNameWord(toks[a]) && !toks[a].in(lexStopCaps)
}

// maxTimeSpanWords is the longest span of time before "after" that
// timeAdjunctAfterComma reads ("just a few hours after").
const maxTimeSpanWords = 5

// mainClauseAfterSubordinate reports whether the clause at a, after the
// comma that closes frame f's cue, is the main clause of a sentence that
// a subordinate clause holding the cue and its subject opens ("When the
// judge concluded, the court rose", "By the time the talks concluded,
// the ferry had left"): it is no report. "As Hale said, …" reports what
// follows, and a quotation after the comma is the cue's own.
func (d *document) mainClauseAfterSubordinate(f frame, u unit, a int) bool {
	c := f.clHi
	if c >= u.hi || d.toks[c].text != "," || !d.isNarration(c) || a <= c || d.isOpenMark(a) {
		return false
	}
	return d.cueClosesSubordinate(f, u, false)
}

// cueClosesSubordinate reports whether frame f's cue and its subject
// stand in a subordinate clause that opens unit u, up to the cue's
// comma ("When the judge concluded,", "By the time the talks
// concluded,"; with as, "As Hale said,"): what follows the comma is the
// main clause.
func (d *document) cueClosesSubordinate(f frame, u unit, as bool) bool {
	toks := d.toks
	if f.speaker.hi == 0 || f.clHi >= u.hi {
		return false
	}
	o := d.unitOpening(u)
	switch t := toks[o]; {
	case t.is(fnFrontedSubordinator) && (as || t.lower != "as"):
	case t.lower == "by" && o+2 < f.cue && toks[o+1].is(fnDefinite) && toks[o+2].lower == "time": // "By the time …"
	default:
		return false
	}
	for k := o + 1; k < f.clHi; k++ {
		if toks[k].text == "," && d.isNarration(k) {
			return false // ("If, as Hale said, …": an aside inside the clause)
		}
	}
	return f.speaker.lo > o
}

// citedObjectEnd cuts the noun object of a citing verb, which opens at a,
// at a colon or a semicolon of the narration: an object is no clause, and
// what follows them is a sentence of its own ("cites the crowds as proof:
// he says they are …"); a colon inside a number or a reference ("Psalm
// 23:4") is none. A comma of the narration ends it too ("Ann Lisk, citing
// a fall in sales, shut the yard", "…, citing his health, and the board
// named …", "after citing the wrong form, the court heard") unless a list
// of objects goes on past it: an "and" or "or" follows before the next
// comma ("citing rising rents, low pay and long hours"), or, once a comma
// has gone on with a list, ", and" or ", or" ends it ("citing rents, pay,
// and hours"); the comma that closes an aside after a name always ends it
// (citingAside: "Ann Lisk, citing her health, resigned and moved"). An
// "and" before another participle of a cue ("citing a
// fall in sales and warning that …") ends it as well, not one before an
// adjective ("citing low growth and growing debt").
func (d *document) citedObjectEnd(a, end int) int {
	toks := d.toks
	list, aside := false, d.citingAside(a)
	for k := a; k < end; k++ {
		t := toks[k].text
		if (t == ":" || t == ";") && d.isNarration(k) && (k+1 >= end || toks[k+1].start > toks[k].end) {
			return k
		}
		if k > a && toks[k].is(fnAnd) && k+1 < end && isGerund(toks[k+1]) && isCue(toks[k+1]) && d.isNarration(k) {
			return k
		}
		if toks[k].is(fnAnd) || t == "or" {
			list = false // the list's last item: ", and" after it opens a clause
		}
		if t != "," || k == a || !d.isNarration(k) || k+1 >= end || d.dateComma(k) {
			continue // "after the Sept. 11, 2001, attacks": a date's comma
		}
		if n := toks[k+1]; n.is(fnAnd) || n.lower == "or" {
			if list && !(k+2 < end && isGerund(toks[k+2])) {
				continue
			}
			return k
		}
		if aside || !d.listGoesOn(k+1, end) {
			return k
		}
		list = true
	}
	return end
}

// maxPlainObject is the longest noun phrase, in tokens, that a cue takes
// as its whole report before its setting ("claimed victory", "denied the
// charges", "acknowledged her backing"); past it, as often as not, the
// setting belongs to what was said ("announced tighter controls on the
// border on Tuesday").
const maxPlainObject = 5

// objectSettingEnd is where a report that starts at a ends, before end,
// when it is a short noun phrase, no clause, that the cue's setting
// follows (objectAdjunctAt): "reported no arrests late Monday", "denied
// the charges through his lawyer".
func (d *document) objectSettingEnd(a, end int) int {
	toks := d.toks
	for k := a; k < end && k <= a+maxPlainObject; k++ {
		t := toks[k]
		if k > a && d.objectAdjunctAt(k, end) {
			return k
		}
		if t.kind != tokWord || !d.isNarration(k) || t.in(lexSubjectPronouns|lexAuxiliaries|lexConjunctions) && !t.in(lexDeterminers) || t.is(fnComplementizer|fnTo|fnBe|fnRelative) || isCue(t) && !t.in(lexCueNouns) || d.pastVerb(t) {
			return end // a clause, or more than a noun phrase
		}
	}
	return end
}

// objectAdjunctAt reports whether the word at k, after the noun phrase a
// cue takes as its object, opens the cue's own setting rather than more of
// the object: a time phrase opened by "on", "in", "at", "during", "late",
// "early", "last" or a day ("announced his candidacy in June 2015",
// "reported no arrests late Monday", "announced the deal Monday"), or the
// one it came through ("denied the charges through his lawyer"). When it
// was said is no part of what was said; "this year" may be what was
// promised ("promised tax cuts this year") and stays. (The occasion or
// medium, "claimed victory in a tweet", is left on: PolNeAR keeps it as
// often as not.)
func (d *document) objectAdjunctAt(k, end int) bool {
	t := d.toks[k]
	if t.kind != tokWord || !d.isNarration(k) || !d.isNarration(k-1) {
		return false
	}
	if d.throughSpokesman(k, end) {
		return d.plainRun(k+1, end)
	}
	switch t.lower {
	case "on", "in", "at", "during", "late", "early", "last":
		if t.cap {
			return false
		}
	default:
		if !isTimeWord(t) || !t.cap {
			return false // (a day's or a month's name: "Monday")
		}
	}
	e, ok := d.timePhraseEnd(k, end)
	return ok && e > k && d.closesAt(e, end)
}

// maxSettingRun is the longest setting phrase, in tokens, after a cue's
// object ("in a separate television interview", "through his lawyer").
const maxSettingRun = 6

// closesAt reports whether the report ends at e: at end, or at a
// semicolon or sentence end of the narration there (not a comma: what
// follows one may go on the object, "a 2.8 percent jobless rate in June,
// one of the lowest").
func (d *document) closesAt(e, end int) bool {
	if e >= end {
		return true
	}
	t := d.toks[e]
	return d.isNarration(e) && t.kind == tokPunct && (t.text == ";" || isSentenceEnd(t.text))
}

// plainRun reports whether toks[k:end] is a short run of words with no
// verb, cue or clause opener that closes the report: the rest of a
// setting phrase ("a tweet", "his lawyer").
func (d *document) plainRun(k, end int) bool {
	for j := k; ; j++ {
		if d.closesAt(j, end) {
			return true
		}
		t := d.toks[j]
		if j-k >= maxSettingRun || t.kind != tokWord || !d.isNarration(j) || isCue(t) && !t.in(lexCueNouns) || t.in(lexSubjectPronouns|lexAuxiliaries|lexConjunctions) && !t.in(lexDeterminers) || t.is(fnComplementizer|fnTo|fnBe|fnRelative) || d.pastVerb(t) {
			return false
		}
	}
}

// throughSpokesman reports whether "through" at k opens the one the words
// came through: a possessive or article and a source noun within two
// words ("denied the charges through his lawyer", "through a
// spokeswoman"; lexicon/informant-nouns).
func (d *document) throughSpokesman(k, end int) bool {
	toks := d.toks
	if toks[k].lower != "through" || toks[k].cap || k+2 >= end+1 {
		return false
	}
	j := k + 1
	if j < end && toks[j].in(lexDeterminers|lexPossessiveDeterminers) {
		j++
	}
	for ; j < end && j <= k+3; j++ {
		if t := toks[j]; t.kind == tokWord && !t.cap && (d.lex.informantNouns[t.lower] || t.stem&lexRoleHeads != 0) {
			return true
		}
	}
	return false
}

// citingAside reports whether the citing participle before a stands in an
// aside set off by commas after a name that opens its unit ("Ann Lisk,
// citing a fall in sales, shut the yard"; not "Ann Lisk quit, citing"): the
// comma that closes the aside ends its object, as what follows is the
// subject's own verb, not another item of a list.
func (d *document) citingAside(a int) bool {
	if a < 3 || d.toks[a-2].text != "," {
		return false
	}
	u := d.unitAt(a - 1)
	if u.lo >= a-2 {
		return false
	}
	for k := u.lo; k < a-2; k++ {
		if t := d.toks[k]; t.kind != tokWord || !t.cap && !t.in(lexDeterminers) {
			return false // (a name, "Ann Lisk", "The Harbour Board": no verb can hide there)
		}
	}
	return true
}

// dateComma reports whether the comma at k is one of a date's, between a
// day and a year or after a year that one follows ("May 4, 2019, …").
func (d *document) dateComma(k int) bool {
	toks := d.toks
	if k < 1 || !isDigits(toks[k-1].text) {
		return false
	}
	return k+1 < len(toks) && isDigits(toks[k+1].text) || k >= 3 && toks[k-2].text == "," && isDigits(toks[k-3].text)
}

// listGoesOn reports whether the words from b on hold an "and" or an "or"
// that joins the last item of a list of nouns ("…, low pay and long
// hours", "…, low pay, and long hours"), past short items only.
func (d *document) listGoesOn(b, end int) bool {
	item := 0
	for k := b; k < end; k++ {
		switch {
		case d.toks[k].is(fnAnd) || d.toks[k].lower == "or":
			return true
		case d.toks[k].text == ",":
			item = 0
		default:
			if item++; item > maxListItem {
				return false
			}
		}
	}
	return false
}

// maxListItem is the longest item, in tokens, of a list of cited grounds
// between two commas ("citing rents, low pay, and long hours").
const maxListItem = 5

// quotedObject is the quotation that is the whole object [a, end) of a
// citing verb, but for punctuation after it ("…, citing "family
// reasons.""): a bare quoted label, a mixed quote of the quoted words.
func (d *document) quotedObject(a, end int) (int, bool) {
	if !d.isOpenMark(a) {
		return -1, false
	}
	qi := d.quoteOfMark(a)
	if qi < 0 || d.claimed(qi) || d.isTitle(qi) || d.quotes[qi].openEnded || d.quotes[qi].tokHi >= end {
		return -1, false
	}
	for k := d.quotes[qi].tokHi + 1; k < end; k++ {
		if d.toks[k].kind != tokPunct {
			return -1, false
		}
	}
	return qi, true
}

// laterFrameClaims cuts the object [a, end) of citing frame fi before a
// later frame of unit u whose clause follows a comma inside it ("Tom Hale,
// citing two studies, said the walls were weak"; "…, citing "the
// magic of it," said …"), and reports whether such a frame has a claim on
// the object, which is then left to it: its cue lies inside with no comma
// before its clause ("cited no source for his claim that …": the report
// inside is its own), or it closes the unit and reports what precedes it
// ("… and cited a list of concerns, officials said": the object is part of
// their report).
func (d *document) laterFrameClaims(u unit, frames []frame, fi, a, end int) (int, bool) {
	for _, g := range frames[fi+1:] {
		if g.cue < a {
			continue
		}
		if g.cue < end {
			lo := g.clLo // "Tom Hale, citing …, said": the clause opened before the object
			if lo <= a {
				lo = g.cue
			}
			c := lo - 1
			if c > a && d.isCloseMark(c) {
				c--
			}
			if c <= a || d.toks[c].text != "," || !d.isNarration(c) && !d.isCloseMark(lo-1) {
				return end, true
			}
			end = lo
		}
		k := g.clHi
		for k < u.hi && d.toks[k].kind == tokPunct {
			k++
		}
		if k >= u.hi {
			return end, true
		}
	}
	return end, false
}

// answerReported is the one-word answer a speech verb reports right
// after its cue ("75 percent of farmers said yes, but …", "after half
// said so in May", "the candidate said no."): the word that stands for
// the clause, when the clause ends after it, at punctuation, a
// conjunction, a phrase a preposition opens or an adverb ("said no to
// the levy" is a refusal, no answer reported).
func (d *document) answerReported(f frame, a, end int) (span, bool) {
	toks := d.toks
	if f.class != cueSpeech || f.according || a != f.cueHi || a >= end || !toks[a].is(fnAnswer) || toks[a].cap || !d.isNarration(a) {
		return span{}, false
	}
	k := a + 1
	if k >= end {
		return toks[a].span, true
	}
	t := toks[k]
	if _, time := d.timePhraseEnd(k, end); time || t.kind == tokPunct && !d.isOpenMark(k) {
		return toks[a].span, true
	}
	ok := t.kind == tokWord && !t.cap && (t.is(fnAnd|fnCoordinator) || t.in(lexConjunctions) || t.in(lexModifierPreps) && !t.is(fnTo) || strings.HasSuffix(t.lower, "ly") && t.in(lexVerbModifiers))
	return toks[a].span, ok
}

// relativeOpens reports whether a relative pronoun just before frame f's
// clause stands for a part of the clause it reports, which opens at a:
// its subject, with its verb ("the rules, which officials said will take
// effect in May"), or, set off by a comma, its subject or object ("the
// levy, which he said the council should have dropped"; "Ms Hale, whom
// she called a friend"). Without the comma "who" is left out, as often
// wrong as right where it was measured.
func (d *document) relativeOpens(f frame, a int) bool {
	toks := d.toks
	if !d.relativeBefore(f) || a != f.clHi {
		return false
	}
	r := toks[f.clLo-1]
	if r.in(lexClauseOpeners) && !r.in(lexSubjectPronouns) && toks[a].in(lexAuxiliaries) {
		return true
	}
	return f.clLo >= 2 && toks[f.clLo-2].text == "," && d.isNarration(f.clLo-2)
}

// relativeBefore reports whether frame f's clause opens right after a
// relative pronoun of the narration that its subject follows ("…, which
// officials said …").
func (d *document) relativeBefore(f frame) bool {
	if f.participle || f.according || f.clLo <= 0 || f.speaker.lo != f.clLo {
		return false
	}
	r := d.toks[f.clLo-1]
	return r.is(fnRelative) && r.lower != "whose" && d.isNarration(f.clLo-1) // "whose chairman said": the speaker's own phrase
}

// interruptedLeft is the first part of speech that frame fi interrupts,
// set off by commas ("Small shops, Mr. Hale said, are …"; "In
// short, he said, "…""): the words from the unit's start, or from the
// dash that opens the first part (interruptedStart), to the comma before
// the clause; lo is its first token.
func (d *document) interruptedLeft(u unit, frames []frame, fi int) (left span, lo int, ok bool) {
	toks := d.toks
	f := frames[fi]
	p := f.clLo - 1
	if f.participle || p <= u.lo || toks[p].text != "," || f.clHi >= u.hi || toks[f.clHi].text != "," || !d.isNarration(p) {
		return span{}, 0, false
	}
	lo, ok = d.interruptedStart(u, frames, fi, p)
	if !ok || p <= lo {
		return span{}, 0, false
	}
	// "In short, according to the survey, Hale leads": a connective, no
	// setting of the report. A subject before its verb is a first part
	// ("Other gaps, according to the poll, include age"), and so is a
	// verb before its object ("Harbor Corp receives, according to one
	// report, $2 million …").
	if f.according && !d.accordingPredicate(f, f.clHi+1, u.hi) && !d.lexicalVerbAt(p-1, u.hi, false) && !d.accordingSetting(lo, p) {
		return span{}, 0, false
	}
	// A fronted phrase is a first part too ("In her county, Cole
	// said, …"); a lone connective ("But, he said, …") is not; nor is
	// a long one, but for the first of two verbs "and" joins ("… replaced
	// two aides and, according to officials, adopted a new plan").
	if p-lo > maxInterruptedLeft && !d.frontedCondition(lo, p) && !(f.according && toks[p-1].is(fnAnd)) || p-lo == 1 && toks[lo].in(lexStopCaps) && !d.pronounSubject(lo, f.clHi+1, u.hi) && !d.reportsLoneWord(lo, f.clHi+1, u.hi) || toks[lo].in(lexCueQuestion) {
		return span{}, 0, false
	}
	// A time phrase alone dates the saying ("On Monday, Hale said, the
	// plan …"), no part of what was said; a span of time in the plural
	// ("Over the years, she said, …") is what the report covers, and so
	// does a time still to come ("Next year, Hale said, the levy will
	// double") or one before a report with a modal ("On Monday, Hale
	// said, the depot will close": the closing's day).
	if e, ok := d.timePhraseEnd(lo, p); ok && e == p && !f.according && !strings.HasSuffix(toks[p-1].lower, "s") && !d.futureTime(lo, p) && !(p-lo == 1 && d.reportsLoneWord(lo, f.clHi+1, u.hi)) && !d.modalOpensReport(f.clHi+1, u.hi) {
		return span{}, 0, false
	}
	if d.timeSinceOpening(lo, p) {
		return span{}, 0, false
	}
	left, ok = d.leftSegment(lo, p)
	return left, lo, ok
}

// timeSinceOpening reports whether the words [lo, p) before a comma are
// a span of time and "later" or "earlier" ("Minutes later,", "Two hours
// later,", "A day earlier,"): they date what the narration goes on to
// tell, after the events it told before, and are no part of a report
// ("Minutes later, she sent an email saying, "done.""). A time counted
// back from now ("Six months ago, the senator said, …") is what the
// report covers, and so is "Sooner or later".
func (d *document) timeSinceOpening(lo, p int) bool {
	toks := d.toks
	if p-lo < 2 || p-lo > 3 {
		return false
	}
	if w := toks[p-1].lower; w != "later" && w != "earlier" || toks[p-1].cap {
		return false
	}
	unit := toks[p-2]
	if unit.kind != tokWord || strings.HasSuffix(unit.lower, "er") || !(d.lex.is(unit.lower, lexTimeWords) || strings.HasSuffix(unit.lower, "s")) {
		return false
	}
	if p-lo == 3 {
		n := toks[lo]
		return n.kind == tokWord && (isDigitStart(n.text) || n.in(lexQuantities) || n.is(fnIndefiniteArticle))
	}
	return true
}

// interruptedStart is where the first part of the speech that frame fi
// interrupts at the comma p begins: where the unit does, or after a dash
// of the narration that opens a last clause of the sentence, past a
// conjunction after it ("The bill bars new waivers - a provision, Ruth
// Amsel said, that Congress wanted"; "- and the permit, his aide said,
// was hard to get"), the writer's words before the dash no part of the
// report. A dash that closes an aside (the second of a pair) opens
// nothing. A frame earlier in the unit leaves a first part only after
// such a dash, past its clause.
func (d *document) interruptedStart(u unit, frames []frame, fi, p int) (int, bool) {
	toks := d.toks
	last, dashes := -1, 0
	for k := u.lo; k < p; k++ {
		if t := toks[k].text; d.isNarration(k) && (isDash(t) || t == "-") {
			if k+1 < p && toks[k+1].text == t {
				k++ // a doubled hyphen ("--") is one dash
			}
			last = k
			dashes++
		}
	}
	if last < 0 || dashes%2 == 0 {
		return u.lo, fi == 0
	}
	if fi > 0 && frames[fi-1].clHi > last {
		return 0, false
	}
	lo := last + 1
	if lo+1 < p && toks[lo].is(fnAnd|fnCoordinator) && !toks[lo].cap {
		lo++
	}
	return lo, true
}

// accordingSetting reports whether the words from lo to the comma at p,
// before ", according to X,", are a time phrase or a phrase a preposition
// opens, with no comma inside ("Since last spring, according to the
// monitor, police have held …"; "Over the next decade, according to the
// county auditor, the losses …"): the report's own setting, which the
// source vouches for with the rest, no time of a saying. A preposition
// and one bare lower-case word ("In addition", "In fact") is a
// connective, the writer's.
func (d *document) accordingSetting(lo, p int) bool {
	if e, ok := d.timePhraseEnd(lo, p); ok && e == p {
		return true
	}
	if t := d.toks[lo+1]; p-lo == 2 && t.kind == tokWord && !t.cap && !t.in(lexDeterminers|lexObjectPronouns) {
		return false
	}
	return d.frontedPhrase(lo, p)
}

// reportsLoneWord reports whether the one word at k before an
// interrupting clause belongs to the report that goes on at r, where a
// lone connective ("But, he said, …") does not: "Now" sets the report's
// own present ("Now, she said, the two towns rarely meet"), and "Nor"
// opens a clause inverted after it ("Nor, he said, did the board ask").
func (d *document) reportsLoneWord(k, r, hi int) bool {
	if r >= hi || !d.isNarration(r) || d.isOpenMark(r) {
		return false
	}
	switch d.toks[k].lower {
	case "now":
		return true
	case "nor", "neither":
		return d.toks[r].in(lexAuxiliaries) || d.toks[r].is(fnBe)
	}
	return false
}

// futureTime reports whether the time phrase [lo, hi) names a time to
// come ("next year", "tomorrow", "in the coming weeks").
func (d *document) futureTime(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch d.toks[k].lower {
		case "next", "tomorrow", "coming":
			return true
		}
	}
	return false
}

// maxSubjectBeforeModal: the report's modal stands within a few words of
// its start ("the depot will close", "the new levy could").
const maxSubjectBeforeModal = 5

// modalOpensReport reports whether the report that starts at a has a
// modal in the present among its first words, before any comma ("will",
// "can"): a past one ("On Monday, Ms Cole said, the depot would stay
// open") reports in the past of the saying, which the time phrase dates.
func (d *document) modalOpensReport(a, hi int) bool {
	for k := a; k < hi && k <= a+maxSubjectBeforeModal; k++ {
		t := d.toks[k]
		if t.text == "," || !d.isNarration(k) {
			return false
		}
		if t.in(lexAuxiliaries) {
			w := strings.TrimSuffix(t.lower, "n't")
			return isModal(w) && !backshiftedModal(w)
		}
	}
	return false
}

// pronounSubject reports whether the one word at k, a determiner or a
// complementizer standing alone ("This, Ms Cole warns, is a risk";
// "That, the board said, "would help""), is the subject of the report
// that goes on at r with its verb: a first part, where a lone connective
// ("But, he said, the plan …") is not.
func (d *document) pronounSubject(k, r, hi int) bool {
	t := d.toks[k]
	if !t.in(lexDeterminers) && !t.is(fnComplementizer) {
		return false
	}
	if r < hi && d.isOpenMark(r) {
		r++
	}
	return d.verbOpens(r, hi) || r < hi && d.toks[r].is(fnBe) && !d.toks[r].cap // `is "a risk"`
}

// maxFrontedCondition is the longest first part, in tokens, that a
// subordinate clause makes ("If the rain holds off until the weekend and
// the pitch dries out in time, Cole said, the final …").
const maxFrontedCondition = 25

// frontedCondition reports whether the words from lo to the comma at p are
// one subordinate clause ("If …", "While …"), with no comma, dash or
// bracket of the narration inside: a condition of what was said that may
// run longer than a fronted phrase.
func (d *document) frontedCondition(lo, p int) bool {
	toks := d.toks
	if p-lo > maxFrontedCondition || !toks[lo].is(fnFrontedSubordinator) {
		return false
	}
	return d.reportFrontedClauseEnd(lo, p+1) == p
}

// speakersVerbAt reports whether the words from k, past adverbs, open
// with a finite verb that shares the closing clause's subject ("…, Hale
// said, but declined to say why"): the speaker's own doing, no more of the
// report. "but also the cost" and a participle, which no finite "said"
// coordinates with ("…, they said, but failing to act"), go on with it.
func (d *document) speakersVerbAt(k, hi int) bool {
	k = d.modifiersEnd(k, hi)
	if k >= hi || !d.isNarration(k) {
		return false
	}
	t := d.toks[k]
	return t.kind == tokWord && !t.cap && !strings.HasSuffix(t.lower, "ing") && (strings.HasSuffix(t.lower, "ed") || isCue(t) || d.lex.irregularPast[t.lower])
}

// parentheticalAccording reports whether an "according to X" frame that
// does not open its unit is set off by commas before a clause that it
// reports: "Over the next ten years, according to the audit office, the cost
// …" (not "…, according to a review by X, a website, higher than …").
func (d *document) parentheticalAccording(f frame, u unit, a int) bool {
	toks := d.toks
	if f.clLo-1 <= u.lo || toks[f.clLo-1].text != "," || f.clHi >= u.hi || toks[f.clHi].text != "," || d.closesUnit(f.clHi, u.hi) {
		return false
	}
	t := toks[a]
	return a < u.hi && t.kind == tokWord && (t.in(lexSubjectPronouns|lexQuantities) || t.in(lexDeterminers) && !t.in(lexPossessiveDeterminers) || t.is(fnDefinite|fnApproximator) || t.cap && !t.in(lexStopCaps) || isDigitStart(t.text)) ||
		d.isOpenMark(a) || d.accordingPredicate(f, a, u.hi) || t.kind == tokWord && !t.cap && d.isNarration(a) && d.bareClause(a) ||
		d.currencyBefore(a, u.hi) && d.lexicalVerbAt(f.clLo-2, u.hi, false) // "Harbor Corp receives, according to one report, $2 million in …"
}

// accordingPredicate reports whether the words from a, after ", according
// to X,", go on a clause whose subject stands before the parenthetical:
// an auxiliary or a form of "be" (verbOpens), or a verb of no word list
// in a finite form ("Other gaps, according to the poll, include age and
// income"; "The port, according to one report, receives …"; "…
// replaced two aides and, according to officials, adopted a new plan").
func (d *document) accordingPredicate(f frame, a, hi int) bool {
	if d.verbOpens(a, hi) {
		return true
	}
	k := f.clLo - 2 // the last word before the parenthetical's comma
	if k < 0 {
		return false
	}
	p := d.toks[k]
	plural := p.kind == tokWord && !p.cap && strings.HasSuffix(p.lower, "s") && !strings.HasSuffix(p.lower, "ss")
	return d.lexicalVerbAt(a, hi, plural || p.is(fnAnd))
}

// lexicalVerbAt reports whether token k, before hi, reads as a finite
// verb that no word list knows, with a word, a sum or a comma after it: a
// lower-case "-s" form ("receives"), a past ("adopted", "won") that no
// preposition follows ("compared with …" is a participle's phrase), or,
// with bare, any such word ("include" after a plural subject or "and").
func (d *document) lexicalVerbAt(k, hi int, bare bool) bool {
	if k < 0 || k+1 >= hi || !d.isNarration(k) {
		return false
	}
	t, n := d.toks[k], d.toks[k+1]
	if t.kind != tokWord || t.cap || len(t.lower) < minFiniteLen || t.lex != 0 || t.fn != 0 || strings.HasSuffix(t.lower, "ly") || strings.HasSuffix(t.lower, "ing") {
		return false
	}
	if n.kind != tokWord && !d.currencyBefore(k+1, hi) && n.text != "," {
		return false
	}
	switch {
	case d.pastVerb(t):
		return !n.in(lexPrepositions) || d.pastOnly(t)
	case strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && !strings.HasSuffix(t.lower, "us"):
		return true
	}
	return bare && !strings.HasSuffix(t.lower, "ed")
}

// pastOnly reports whether t is an irregular past that is no participle
// ("rose", "fell", "grew", "wrote"; not "held", "sold" or "won"): a
// preposition after it is the finite verb's ("Prices, according to the
// ONS, rose by 3%"), never a participle phrase's ("compared with").
func (d *document) pastOnly(t token) bool {
	w := t.lower
	return d.lex.irregularPast[w] && !d.lex.irregularParticiples[w] && !strings.HasSuffix(w, "t") && !strings.HasSuffix(w, "d") && w != "won"
}

// opensAfterConnective reports whether token k opens unit u (past its
// dateline) or a clause of it after a colon or an opening parenthesis
// ("… has its critics: According to X, …", "(According to X, …"), or
// follows only a connective that opens it ("But according to X, …",
// "And, according to X, …").
func (d *document) opensAfterConnective(k int, u unit) bool {
	j := d.unitOpening(u) // "LONDON (Reuters) - According to X, …"
	if k == j || k > j && d.isNarration(k-1) && (d.toks[k-1].text == ":" || d.toks[k-1].text == "(") {
		return true
	}
	t := d.toks[j]
	if t.kind != tokWord || !t.in(lexConjunctions) {
		return false
	}
	j++
	if j < k && d.toks[j].text == "," {
		j++
	}
	return j == k
}

// verbOpens reports whether the words from a go on a clause whose subject
// stands before a parenthetical ("Her objection, according to the paper,
// was the cost"): an auxiliary or a form of "be" opens them.
func (d *document) verbOpens(a, hi int) bool {
	if a+1 >= hi {
		return false
	}
	t := d.toks[a]
	return t.kind == tokWord && !t.cap && (t.is(fnBe) || t.in(lexVerbModifiers) && !strings.HasSuffix(t.lower, "ly")) && d.toks[a+1].kind == tokWord
}

// claimReportedBefore claims the reported clause before a clause that
// closes the sentence: `…, Zelnik warned on Wednesday.` It starts after
// the last clause before it that produced an attribution.
func (d *document) claimReportedBefore(u unit, frames []frame, fi int) (found, bool) {
	toks := d.toks
	f := frames[fi]
	as := d.asBefore(f, u)
	rest, restEnd, goesOn := d.reportGoesOn(u, frames, fi)
	if f.class == cueQuote && !as || !d.closesUnit(f.clHi, u.hi) && !goesOn && !d.subordinateAfterClosing(u, frames, fi) && !d.timeAdjunctAfterComma(f, f.clHi+1, u.hi) {
		return found{}, false // a quote cue reports no clause before it, but after "as" ("…, as critics point out")
	}
	p, ok := d.closingSeparator(u, f, as)
	if !ok {
		return found{}, false
	}
	// A clause inside an earlier one's (`"…," said Ferrand, who wrote
	// about it in a memoir.`) describes its speaker: it reports nothing before.
	opening := d.unitOpening(u) // past a dateline: "LONDON (Reuters) - Then, last week, …" is a setting too
	lo := opening
	for k := fi - 1; k >= 0; k-- {
		if frames[k].clLo <= p && frames[k].produced {
			if d.accordingOverInner(u, f, frames[k], opening) || d.closingOverInner(u, f, frames[k], opening, p) || d.accordingOverReport(u, f, frames[k], opening, p) {
				break
			}
			lo = frames[k].clHi
			break
		}
	}
	for lo < p && (toks[lo].text == "," || toks[lo].kind == tokPunct && !d.isOpenMark(lo)) {
		lo++
	}
	// "However, the plant had lost money, she said": a connective adverb
	// set off by a comma links the writer's sentence to the one before;
	// the report starts after it.
	if lo+2 < p && toks[lo].is(fnSentenceConnective) && toks[lo+1].text == "," && d.isNarration(lo) {
		lo += 2
	} else if lo+3 < p && toks[lo+2].text == "," && d.isNarration(lo) && d.isNarration(lo+1) && d.lex.connectivePhrases[[2]string{toks[lo].lower, toks[lo+1].lower}] {
		lo += 3 // "In fact, …", "Even so, …" (lexicon/connective-phrases)
	}
	if lo >= p || lo == opening && f.clLo == p+1 && d.frontedAdjunct(lo, p) {
		return found{}, false // "In the same debate, the moderator asked Hale about …": a setting, no report
	}
	s, ok := d.contentSpan(lo, p)
	if !ok {
		return found{}, false
	}
	typ := d.contentType(lo, p)
	segs := []span{s}
	if goesOn {
		// "The plan may not work, they say, but it is worth trying": the
		// report goes on past its closing clause, one quote in two pieces.
		segs = append(segs, rest)
		if d.contentType(f.clHi+1, restEnd) == TypeMixed {
			typ = TypeMixed
		}
	}
	return d.attribution(u, frames, fi, typ, reportedRule(f, false), segs...), true
}

// accordingOverInner reports whether a closing "according to X" frame f
// reports its whole clause from opening, over the earlier frame g inside
// it: g's clause does not open the unit ("Forty percent of all reported
// gifts have come from women, according to GiveTrack"; "In the end, two
// delegates pledged to back Hale, according to Pell"), so its cue is a
// word of the clause X vouches for, no attribution of the sentence's.
func (d *document) accordingOverInner(u unit, f, g frame, opening int) bool {
	if !f.according || g.according || g.clLo <= opening || !d.closesUnit(f.clHi, u.hi) {
		return false
	}
	// A clause set off by a comma ("Earlier on Tuesday, his aide, Ann
	// Cole, says …") or an "as" that opens the sentence ("As the Ledger
	// revealed, …") is an attribution of the sentence's own.
	if b := d.toks[g.clLo-1]; b.kind != tokWord || b.lower == "as" && g.clLo-1 == opening {
		return false
	}
	if d.freshSpeechClause(g) && (g.speaker.kind == KindPerson || g.speaker.pronoun != "") {
		return false // "…, and he told aides she should step aside, according to X": his own report
	}
	for k := opening; k < f.clLo; k++ {
		if d.isOpenMark(k) {
			return false // `"…," Hale said, according to X`: the quotation is the cue's
		}
	}
	return true
}

// maxClosingTail is the most tokens after a closing cue, its full stop
// included, that closingOverInner allows ("told Reuters on Monday.").
const maxClosingTail = 5

// closingOverInner reports whether a closing speech cue f ("…, aides
// said.") reports its whole clause from opening over the earlier frame g
// whose subject opens it ("The president plans to sign the bill, aides
// said"; "The firm will announce the cuts on Monday, a spokesman said"):
// g's cue is a verb of the clause the sources report: a belief or plan
// ("plans to"), or speech still to come ("will announce"); a speech cue
// that has reported ("Tom Hale said the plan would fail, aides said")
// is taken over only as accordingOverReport allows.
func (d *document) closingOverInner(u unit, f, g frame, opening, p int) bool {
	if f.according || f.class != cueSpeech || f.participle || !d.closesUnit(f.clHi, u.hi) || g.speaker.lo != opening || g.inverted || g.participle || g.according {
		return false
	}
	if g.class == cueSpeech && !(g.cue > 0 && isModal(d.toks[g.cue-1].lower)) && d.clauseOrQuoteAt(g.clHi, u.hi) {
		return false // "Tom Hale said the plan would fail, aides said": his own report, which they confirm
	}
	// The closing clause is the speaker and the cue right after the
	// comma, and a few words of time, place or hearer ("…, aides said
	// Tuesday.", "…, she told Reuters on Monday."): not a clause with an
	// object of its own ("…, he should have insisted on getting …") or a
	// description before its speaker ("…, a point Hale acknowledged").
	if f.clLo != p+1 || u.hi-f.cueHi > maxClosingTail {
		return false
	}
	for k := opening; k < f.clLo; k++ {
		if d.isOpenMark(k) {
			return false // `Hale said "…", aides said`: the quotation is the cue's
		}
		if d.toks[k].text == ";" {
			return false // "Hale says he will win; style is an act, an aide implies": two clauses
		}
	}
	return true
}

// maxOpenerLead is the most words before the subject of a clause that
// opens its unit ("Most voters believe …", "Ohio Gov. Ann Cole said …")
// for accordingOverReport.
const maxOpenerLead = 2

// accordingOverReport reports whether a closing "according to X" frame f
// reports its whole clause from opening over the earlier frame g whose
// subject opens it, although g has a report of its own ("Ann Cole told
// aides the mill would close, according to two managers"): X vouches for
// the whole sentence, g's report included, and PolNeAR annotates that
// outer report, not g's (on train no gold quote holds another's cue: a
// stretch is attributed once, dedupe). g must open a single clause: a
// setting ("As the paper revealed, …"), a second predicate or clause
// after a comma ("…, and won …", "…, but …") or a semicolon leave g's
// report alone. A closing speech cue right after its comma, with no
// more than a few words after it ("…, aides said."), reports so too
// (PolNeAR again keeps the outer report: on train 5 spans better, none
// worse).
func (d *document) accordingOverReport(u unit, f, g frame, opening, p int) bool {
	closingSpeech := f.class == cueSpeech && !f.according && !f.participle && f.clLo == p+1 && u.hi-f.cueHi <= maxClosingTail
	if !f.according && !closingSpeech || !d.closesUnit(f.clHi, u.hi) || g.according || g.inverted || g.participle || g.clLo != g.speaker.lo {
		return false
	}
	if g.speaker.lo < opening || g.speaker.lo > opening+maxOpenerLead {
		return false
	}
	for k := opening; k < g.speaker.lo; k++ {
		if t := d.toks[k]; t.kind != tokWord || t.is(fnSubordinator) || t.lower == "as" {
			return false
		}
	}
	for k := g.cueHi; k < p; k++ {
		if t := d.toks[k]; t.text == ";" || t.text == "," && k+1 < p && d.toks[k+1].in(lexConjunctions) {
			return false
		}
		if closingSpeech && d.isOpenMark(k) {
			return false // `Ann Cole told aides she was "furious", two managers said`: her own words stay hers
		}
	}
	return true
}

// clauseOrQuoteAt reports whether what a speech cue reports, from k, is a
// clause or a quotation, not a noun phrase it acts on ("Webb attacked the
// victim with a knife, police said": the police report all of it).
func (d *document) clauseOrQuoteAt(k, hi int) bool {
	if k < hi && (d.toks[k].text == "," || d.toks[k].text == ":") {
		k++
	}
	return k >= hi || d.isOpenMark(k) || d.reportedClauseAt(k, hi) || d.nameSubjectAt(k, hi) || d.toks[k].is(fnTo)
}

// subordinateAfterClosing reports whether frame f's clause, set off by a
// comma from what comes before it, is followed with no comma by a clause
// a subordinator or conjunction opens ("…, Hale said as the crowd
// roared", "…, she said when asked", "…, he told reporters as he
// left"): the clause is the
// narration's, so the report is the one before the speaker. The cue must
// have no object ("recalled her days as …") and a subject of its own, not
// "who" ("…, who told Congress when asked …"), and no earlier frame of the
// unit may have claimed the words before it ("Hale said that residents in
// Leeds, Ripon who voted early complained when …").
func (d *document) subordinateAfterClosing(u unit, frames []frame, fi int) bool {
	toks := d.toks
	f := frames[fi]
	for _, g := range frames[:fi] {
		if g.produced {
			return false
		}
	}
	k := f.clHi
	if k+1 >= u.hi || f.class != cueSpeech || f.according || f.participle || d.relativeBefore(f) || toks[f.speaker.lo].is(fnRelative) || !d.isNarration(k) {
		return false
	}
	lo := f.cueHi
	if f.inverted {
		lo = max(lo, f.speaker.hi)
	}
	if toks[f.cue].in(lexTellVerbs) {
		lo = d.skipHearer(lo, u.hi)
	}
	t := toks[k]
	if d.skipModifiers(lo, u.hi) != k || t.kind != tokWord || t.cap || !t.in(lexTrailers) || !(t.is(fnSubordinator) || t.in(lexConjunctions)) {
		return false
	}
	return d.timeClauseOpens(k+1, u.hi) && d.reportIsBefore(f, u, k)
}

// timeClauseOpens reports whether the narration at k, after a subordinator,
// opens a clause with its own subject ("as the crowd roared", "while he
// spoke") or a participle ("when asked", "before leaving").
func (d *document) timeClauseOpens(k, hi int) bool {
	if k >= hi || !d.isNarration(k) {
		return false
	}
	t := d.toks[k]
	if t.kind != tokWord {
		return false
	}
	return t.in(lexSubjectPronouns) || t.cap && !t.in(lexStopCaps) || t.in(lexDeterminers) || d.pastForm(t) || isGerund(t)
}

// reportGoesOn is the rest of the report after frame fi's closing
// clause, set off by commas and opened by a conjunction that goes on with
// it (lexicon/report-connectives: "…, he said, because …", "…, they say,
// but …"), to the clause's end e. "and" joins a clause with its own
// subject, not a verb the speaker's clause shares ("…, he said, and
// left"); a later cue of the unit reports what follows it, not this one.
// After "according to X" the report goes on past "and", "because" or
// "although" ("Hale leads in Ames, according to the poll, although Orme
// keeps it close") only: "…, according to the poll, but …", "yet",
// "so", "while" go on with the writer's own words.
func (d *document) reportGoesOn(u unit, frames []frame, fi int) (s span, e int, ok bool) {
	toks := d.toks
	f := frames[fi]
	k := f.clHi + 1
	if k+1 >= u.hi || toks[f.clHi].text != "," || !d.isNarration(f.clHi) {
		return span{}, 0, false
	}
	for _, g := range frames[fi+1:] {
		if d.frameMayReport(g, u) {
			return span{}, 0, false
		}
	}
	t := toks[k]
	if t.kind != tokWord || t.cap || !d.isNarration(k) || !d.lex.reportConnectives[t.lower] || f.according && !(t.is(fnAnd) || t.lower == "because" || t.lower == "although") {
		return span{}, 0, false
	}
	if t.is(fnAnd) && !d.opensReport(k+1) && !d.frontedBeforeClause(k+1, u.hi) && !d.existentialAt(k+1, u.hi) || d.speakersVerbAt(k+1, u.hi) || t.lower == "from" && !d.rangeAt(k, u.hi) && !d.timeFrom(k, u.hi) {
		return span{}, 0, false
	}
	e = d.clauseEnd(k, u.hi)
	s, ok = d.contentSpan(k, e)
	return s, e, ok
}

// existentialAt reports whether the words at k open an existential
// clause, "there" and a form of "be" ("…, according to the coast guard,
// and there were eight groundings"): a clause with its own subject.
func (d *document) existentialAt(k, hi int) bool {
	return k+1 < hi && d.toks[k].lower == "there" && !d.toks[k].cap && d.isNarration(k) && (d.toks[k+1].is(fnBe) || d.toks[k+1].in(lexAuxiliaries))
}

// frontedBeforeClause reports whether the words from a are a fronted
// phrase that a preposition or a subordinator opens, set off by a comma
// before a clause ("…, Pell said, and with the auditors watching, it is
// safe to say …"): after "and", the report going on, not the speaker's
// next doing.
func (d *document) frontedBeforeClause(a, hi int) bool {
	toks := d.toks
	if a >= hi || toks[a].kind != tokWord || toks[a].cap || !(toks[a].in(lexPrepositions|lexModifierPreps) || toks[a].is(fnFrontedSubordinator)) {
		return false
	}
	for k := a + 1; k < hi && k-a <= maxFrontedCondition; k++ {
		t := toks[k]
		if !d.isNarration(k) {
			return false
		}
		if t.text == "," {
			return k+1 < hi && d.isNarration(k+1) && d.opensReport(k+1) && !toks[k+1].cap
		}
		if t.kind == tokPunct {
			return false
		}
	}
	return false
}

// frameMayReport reports whether a later frame g of unit u may report
// what follows it: a quote cue ("go on", "point out") reports only a
// quotation, a colon or a that-clause after it, so "…, she said, but the
// fight would go on" is the first speaker's report going on, no cue of
// its own; so is a belief verb before a bare adjective ("felt free to").
func (d *document) frameMayReport(g frame, u unit) bool {
	k := g.cueHi
	switch g.class {
	case cueQuote:
		if k >= u.hi {
			return false
		}
		return !d.isNarration(k) || d.isOpenMark(k) || d.toks[k].is(fnComplementizer) || d.toks[k].text == ":"
	case cueBelief:
		// "…, Ames says, and she felt free to question his figures": a
		// belief verb before a bare adjective states no belief of its own.
		if k >= u.hi || !d.isNarration(k) {
			return true
		}
		t := d.toks[k]
		return t.kind != tokWord || t.cap || d.opensReport(k) || t.is(fnComplementizer|fnTo) || t.in(lexPrepositions|lexModifierPreps|lexVerbModifiers|lexConjunctions|lexObjectPronouns) || isGerund(t) || verbForm(t)
	}
	return true
}

// maxRangeReach bounds, in tokens, the walks of rangeAt: to the amount
// after "from" ("from just over 5%") and from it to the "to".
const maxRangeReach = 5

// rangeAt reports whether the "from" at k opens a range, an amount and a
// "to" after it ("…, she says, from £2 to £5"): the report's figures go
// on. Any other "from" is where it was said ("…, Hale said, from her
// office in Leeds"), the narration's.
func (d *document) rangeAt(k, hi int) bool {
	toks := d.toks
	for j := k + 1; j < hi && j <= k+maxRangeReach; j++ {
		if !isDigitStart(toks[j].text) && !d.currencyBefore(j, hi) {
			continue
		}
		for t := j + 1; t < hi && t <= j+maxRangeReach; t++ {
			if toks[t].is(fnTo) {
				return true
			}
		}
		return false
	}
	return false
}

// timeFrom reports whether the "from" at k opens a time phrase ("…, Hale
// said, from next week"): when the report's news starts, more of it.
func (d *document) timeFrom(k, hi int) bool {
	_, ok := d.timePhraseEnd(k+1, hi)
	return ok || k+1 < hi && d.toks[k+1].in(lexTimeWords)
}

// closingSeparator is where the reported clause before frame f's closing
// clause ends: the comma or dash before the speaker's phrase, past an
// "as" (as) and past lower-case words the speaker's phrase did not take
// ("…, border control officials say"), or, for "according to", the
// phrase itself when the comma is left out.
func (d *document) closingSeparator(u unit, f frame, as bool) (int, bool) {
	toks := d.toks
	p := f.clLo - 1
	if as {
		p-- // "…, as its critics say."
	}
	for q := p; q > u.lo && p-q < maxDescriptorWords && !toks[q].cap && (d.nounModifier(q) || toks[q].in(lexDeterminers)); q-- {
		if toks[q-1].text == "," {
			p = q - 1
		}
	}
	if f.according && p == f.clLo-1 && p > u.lo && toks[p].kind == tokWord && d.isNarration(p) && !verbForm(toks[p]) && d.canBeSource(f.speaker) {
		// "Hale leads by ten points according to the poll.": the comma is
		// often left out; "sorted according to size" is a manner, and
		// "went according to plan" follows a plan: no source.
		return f.clLo, true
	}
	return p, p > u.lo && (toks[p].text == "," || isDash(toks[p].text))
}

// canBeSource reports whether the phrase of mention m can name who or
// what a report comes from: a name, a person, a group, an organisation or
// a document ("the poll", "officials"), or a capitalised name its parse
// missed. "plan" in "went according to plan" is none of these.
func (d *document) canBeSource(m mention) bool {
	if m.named() || m.kind != KindUnknown {
		return true
	}
	for k := m.lo; k < m.hi; k++ {
		if d.toks[k].cap {
			return true
		}
	}
	return false
}

// frontedAdjunct reports whether toks[lo:p] is only a fronted setting:
// time phrases, short prepositional phrases and adverbs, set off by
// commas ("On Friday", "Then, last week", "In court documents"), with no
// clause a speaker could report.
func (d *document) frontedAdjunct(lo, p int) bool {
	toks := d.toks
	for k := lo; k < p; {
		t := toks[k]
		if e, ok := d.timePhraseEnd(k, p); ok {
			k = e
			continue
		}
		if t.kind == tokWord && t.in(lexModifierPreps) {
			if m, ok := d.modifierPhraseEnd(k, p); ok && m > k {
				k = m
				continue
			}
		}
		if t.text == "," && k > lo || t.kind == tokWord && t.in(lexVerbModifiers) {
			k++
			continue
		}
		return false
	}
	return true
}

// questionPut finds the question a unit puts to a speaker with a past
// participle that has no subject of its own: "Asked whether she would run,
// Ms Cole said …", "… when asked about the plan", "Pressed by reporters
// on the cost, he …". The question is attributed to the asker named after
// "by", or to no one; it returns the attribution and the participle's
// token, whose frame (if any) it replaces.
func (d *document) questionPut(u unit) (found, int, bool) {
	toks := d.toks
	for k := u.lo; k < u.hi; k++ {
		if !toks[k].in(lexCueQuestion) || !d.isNarration(k) || !d.questionOpener(k, u) {
			continue
		}
		cueHi, a, speaker := d.questionStart(k, u) // cueHi: the cue's end (a preposition joined to it)
		if a < 0 {
			return found{}, 0, false
		}
		e := d.questionEnd(a, u.hi)
		s, ok := d.contentSpan(a, d.clauseEnd(a, e))
		if !ok {
			return found{}, 0, false
		}
		for j := a; j < e; j++ {
			toks[j].reported = true
		}
		d.claimOverlapping(u.para, s, ruleQuestion)
		fd := found{segs: []span{s}, typ: d.contentType(a, e), speaker: speaker, cue: span{toks[k].start, toks[cueHi-1].end}, para: u.para, rule: ruleQuestion}
		return fd, k, true
	}
	return found{}, 0, false
}

// questionEnd is where the question that starts at a ends: at a comma, a
// semicolon or a dash of the narration, or after a quotation whose comma
// closes inside its marks ("Asked if she is "ready to serve," most …").
func (d *document) questionEnd(a, hi int) int {
	toks := d.toks
	for e := a; e < hi; e++ {
		if d.isNarration(e) && (toks[e].text == "," || toks[e].text == ";" || isDash(toks[e].text)) {
			return e
		}
		if d.isCloseMark(e) && e > a && toks[e-1].text == "," {
			return e + 1
		}
		if e > a+1 && d.occasionOpens(e, hi) {
			return e // "asked about the levy during the hearing", "… at a rally"
		}
	}
	return hi
}

// occasionOpens reports whether the word at k opens a phrase of where or
// when a question was put, which ends it: "during", "at" or "after" and
// an indefinite or possessive noun phrase ("at a rally", "during his
// visit", "after a debate").
func (d *document) occasionOpens(k, hi int) bool {
	toks := d.toks
	if k+1 >= hi || !toks[k].is(fnOccasion) || toks[k].cap || !d.isNarration(k+1) {
		return false
	}
	n := toks[k+1]
	return n.is(fnIndefiniteArticle) || n.in(lexPossessiveDeterminers)
}

// questionOpener reports whether the question participle at k has no
// subject: it opens its unit, or follows a comma, a subordinator ("when
// asked") or "being" after a preposition ("after being asked"); or it is
// a passive with its asker after "by" ("was asked by host Ann Cole"),
// whose subject is who was asked.
func (d *document) questionOpener(k int, u unit) bool {
	toks := d.toks
	if k == u.lo {
		return true
	}
	if toks[k].cap {
		return false
	}
	p := toks[k-1]
	return p.text == "," || p.kind == tokWord && p.is(fnSubordinator) ||
		p.is(fnBe) && k-2 >= u.lo && toks[k-2].in(lexPrepositions) && strings.HasSuffix(p.lower, "ing") ||
		p.is(fnBe) && k+1 < u.hi && toks[k+1].is(fnPassiveBy) && d.isNarration(k+1) || // "Hale was asked by host Ann Cole whether …": the asker's question
		d.passiveQuestion(k, u)
}

// passiveQuestion reports whether the question word at k is a passive with
// no asker, after a form of "be" and its adverbs, before the question
// itself, a clause ("Hale was asked whether she would run", "has been
// asked to explain the delay"): the question is put by no one the
// sentence names. (Not "were asked for tips": what is asked for is no
// question; nor "was asked about the strike", a topic with no question
// in it.)
func (d *document) passiveQuestion(k int, u unit) bool {
	toks := d.toks
	j := k - 1
	for j > u.lo && toks[j].kind == tokWord && !toks[j].cap && toks[j].in(lexVerbModifiers) && !toks[j].is(fnBe) && d.isNarration(j) {
		j-- // "was also asked", "has even been asked"
	}
	if !toks[j].is(fnBe) || toks[j].kind != tokWord || !d.isNarration(j) || k+1 >= u.hi || !d.isNarration(k+1) {
		return false
	}
	switch n := toks[k+1]; n.lower {
	case "whether", "if", "what", "why", "how", "who", "whom", "when", "where", "which":
		return !n.cap
	case "to":
		// "Hale was asked to release the transcripts": a public figure
		// asked to do or say something, a question put (PolNeAR's); but
		// "Residents have been asked to avoid the area", "Passengers
		// were asked to leave" are notices to a crowd, no question, unless
		// what they are asked is to speak ("asked to comment")
		if n.cap || k+2 >= u.hi || !d.isNarration(k+2) {
			return false
		}
		return cueClassOf(toks[k+2]) == cueSpeech || !d.crowdBefore(j, u)
	}
	return false
}

// crowdBefore reports whether the subject right before the form of "be"
// at j (and its auxiliaries) is a crowd named by a lower-case plural or a
// group's noun ("residents", "passengers", "the public").
func (d *document) crowdBefore(j int, u unit) bool {
	k := j - 1
	for k > u.lo && d.toks[k].kind == tokWord && !d.toks[k].cap && d.toks[k].in(lexAuxiliaries|lexVerbModifiers) {
		k--
	}
	if k < u.lo {
		return false
	}
	t := d.toks[k]
	return t.kind == tokWord && (t.in(lexGroupNouns) || d.pluralHead(k, true) && !t.in(lexRoleHeads) && t.stem&lexRoleHeads == 0)
}

// questionStart reads what follows the question participle at k: adverbs
// and a time phrase ("Asked later", "Asked on Monday"), the asker after
// "by", then the question, a clause ("whether …", "what …", "to …") or the
// object of a preposition that joins the cue ("Asked about the plan"). It
// returns the cue's end, the question's first token (-1: none) and the
// asker.
func (d *document) questionStart(k int, u unit) (cueHi, a int, speaker *mention) {
	toks := d.toks
	j := d.skipQuestionModifiers(k+1, u.hi)
	if j+1 < u.hi && toks[j].is(fnPassiveBy) && d.isNarration(j) {
		if m, end, ok := d.npAfter(j+1, u.hi); ok {
			speaker = &m
			j = d.skipQuestionModifiers(end, u.hi)
		}
	}
	if j+1 >= u.hi || toks[j].kind != tokWord || !d.isNarration(j) {
		return 0, -1, nil
	}
	t := toks[j]
	switch {
	case t.in(lexClauseOpeners) && !t.is(fnComplementizer) || speaker != nil && d.infinitive(j, u.hi):
		return k + 1, j, speaker // "asked to comment" is a request, unless the asker is named
	case t.in(lexPrepositions) && !t.is(fnPassiveBy) && !t.cap && toks[j+1].kind == tokWord:
		if !t.is(fnQuestionTopic | fnTo) {
			// "Asked at a hearing in Bristol about the plan": where or
			// when the question was put, then what it was about.
			return k + 1, d.questionAfterOccasion(j, u.hi), speaker
		}
		if j > k+1 {
			return k + 1, j + 1, speaker // "Asked by reporters about …": the cue is the participle
		}
		return j + 1, j + 1, speaker
	}
	return 0, -1, nil
}

// maxOccasionWords is the longest phrase, in tokens, that says where or
// when a question was put before what it was about ("Asked at a
// hearing Tuesday in Bristol about …").
const maxOccasionWords = 10

// questionAfterOccasion is the first token of the question after the
// phrase of occasion that opens at j ("at a briefing", "during the
// debate"): the object of "about" or "on", or a clause ("whether …"); -1
// when none follows the phrase.
func (d *document) questionAfterOccasion(j, hi int) int {
	toks := d.toks
	for m := j + 1; m+1 < hi && m-j <= maxOccasionWords && d.isNarration(m) && toks[m].kind == tokWord; m++ {
		if e, ok := d.timePhraseEnd(m, hi); ok && e > m {
			m = e - 1 // "on Monday" says when, not what about
			continue
		}
		t := toks[m]
		switch {
		case t.cap:
		case t.is(fnQuestionTopic) && toks[m+1].kind == tokWord:
			return m + 1
		case t.in(lexClauseOpeners) && !t.is(fnComplementizer):
			return m
		}
	}
	return -1
}

// skipQuestionModifiers steps over the adverbs and time phrases after a
// question participle ("Asked specifically", "asked on Tuesday").
func (d *document) skipQuestionModifiers(j, hi int) int {
	for j < hi && d.isNarration(j) {
		if e, ok := d.timePhraseEnd(j, hi); ok {
			j = e
			continue
		}
		if t := d.toks[j]; t.kind == tokWord && !t.cap && (t.in(lexVerbModifiers) || strings.HasSuffix(t.lower, "ly") && len(t.lower) > minAdverbLen) {
			j++
			continue
		}
		break
	}
	return j
}

// frontedClauseEnd: when frame f stands in a subordinate clause that opens
// its sentence ("While Cole said the plan was sound, her party …", "After
// the mayor announced that the pool would close, the council …"), the
// report ends at the comma after which the main clause's subject opens;
// otherwise at end.
func (d *document) frontedClauseEnd(u unit, f frame, a, end int) int {
	if d.inAside(u, f) {
		return d.asideEnd(a, end)
	}
	if !d.inFrontedClause(u, f) || d.asParenthetical(u, f, a) {
		return end
	}
	toks := d.toks
	for k := a + 1; k+1 < end; k++ {
		if toks[k].text == "," && d.isNarration(k) && d.opensMainClause(k+1) {
			return k
		}
	}
	return end
}

// asParenthetical reports whether frame f is an "as" clause set off by a
// comma from the words after it, at a ("As the Gazette reported, even on
// Friday the council …", "As Ann Cole noted last week, …"): it reports the
// main clause around it, not a clause of its own that the main one
// follows ("As she said the port was safe, the crowd …"), so nothing
// ends the report at the main clause's comma.
func (d *document) asParenthetical(u unit, f frame, a int) bool {
	if a <= u.lo || a >= u.hi || !d.asBefore(f, u) {
		return false
	}
	if d.toks[a-1].text == "," && d.isNarration(a-1) {
		return true
	}
	// "As the Gazette reported just today, …": a time phrase the clause
	// ends with, right after its cue, before its comma; an auxiliary there
	// ends a clause of the cue's own ("As officials warned it would, …").
	if a != f.cueHi {
		return false
	}
	for k := a; k < u.hi && k-a <= maxAsModifier; k++ {
		if d.toks[k].in(lexAuxiliaries) {
			return false
		}
		if k > a && d.toks[k].text == "," && d.isNarration(k) {
			return d.frontedAdjunct(a, k)
		}
	}
	return false
}

// maxAsModifier is the longest time phrase or modifier, in tokens, between
// an "as" clause's cue and its comma ("As the Gazette reported just
// today, …").
const maxAsModifier = 5

// inFrontedClause reports whether frame f's clause follows a subordinator
// that opens its unit ("And while he said …"), with no comma between them.
func (d *document) inFrontedClause(u unit, f frame) bool {
	toks := d.toks
	j := u.lo
	if j < f.clLo && toks[j].is(fnAnd|fnCoordinator) {
		j++
	}
	if j+1 < f.clLo && toks[j].in(lexVerbModifiers) && toks[j+1].is(fnFrontedSubordinator) {
		j++ // "Even as she conceded that …, Ms Cole …"
	}
	if d.participleOpens(f, j) {
		return true // "Declaring that …, the mayor …", "Having announced that …, the judge …"
	}
	if j >= f.clLo || !toks[j].is(fnFrontedSubordinator) {
		return false
	}
	for k := j + 1; k < f.clLo; k++ {
		if toks[k].text == "," || !d.isNarration(k) {
			return false
		}
	}
	return true
}

// participleOpens reports whether participle frame f opens its unit at
// token j ("Declaring that …", "Having announced that …"): the clause it
// reports ends where the main clause's subject opens.
func (d *document) participleOpens(f frame, j int) bool {
	toks := d.toks
	gerund := func(t token) bool { return t.kind == tokWord && strings.HasSuffix(t.lower, "ing") }
	return j < len(toks) && gerund(toks[j]) && (f.cue == j && f.participle || f.cue == j+1 && !isCue(toks[j]))
}

// opensMainClause reports whether the word at k opens the subject of a
// main clause: a subject pronoun, a determiner, a quantity ("few would
// …", "most voters …") or a capitalised word. A bare plural is left out:
// it is as often the next item of a list ("teachers, nurses and …").
func (d *document) opensMainClause(k int) bool {
	t := d.toks[k]
	return t.kind == tokWord && d.isNarration(k) && (t.in(lexSubjectPronouns) && !t.in(lexObjectPronouns) || t.in(lexDeterminers|lexPossessiveDeterminers|lexQuantities) || t.cap)
}

// inAside reports whether frame f's cue stands in an aside set off by a
// comma or a dash inside the sentence it interrupts: a relative clause
// ("The plan, which officials said will start in May, will cost …",
// "Cole, who said last week that …, issued …"), a clause opened by
// "though" or "while" ("Cole, though she said …, stopped short …") or a
// perfect participle ("Cole, having said that …, changed …").
func (d *document) inAside(u unit, f frame) bool {
	toks := d.toks
	for k := f.cue - 1; k > u.lo && f.cue-k <= maxRelativeClause; k-- {
		t := toks[k]
		if !d.isNarration(k) || t.kind != tokWord {
			return false
		}
		// "Cole, having said that …, changed …": a perfect participle.
		perfect := k == f.cue-1 && f.participle && strings.HasSuffix(t.lower, "ing") && !t.is(fnBe)
		if t.is(fnRelative) || t.in(lexClauseBreakers) || perfect {
			// The aside follows the sentence's subject ("The plan, which
			// officials said …, will cost"), not a clause ("Ministers were
			// upbeat, while critics said …").
			return isAsideSeparator(toks[k-1]) && d.isNarration(k-1) && d.subjectOpens(u, k-2)
		}
	}
	return false
}

// asideEnd is where the report of a cue in an aside ends: at the comma
// after which the sentence the aside interrupts goes on with its verb
// ("…, will cost", "…, issued a statement", "…, ultimately did not"),
// or at end.
func (d *document) asideEnd(a, end int) int {
	for k := a + 1; k+1 < end; k++ {
		if d.toks[k].text == "," && d.isNarration(k) && d.resumesPredicate(k+1, end) {
			return k
		}
	}
	return end
}

// resumesPredicate reports whether the word at k goes on a predicate
// whose subject stands before an aside: a form of "be", an auxiliary, a
// past-tense verb (in "-ed", or one of lexicon/irregular-past), or an
// adverb before one of these.
func (d *document) resumesPredicate(k, end int) bool {
	t := d.toks[k]
	if t.kind != tokWord || t.cap || !d.isNarration(k) {
		return false
	}
	if strings.HasSuffix(t.lower, "ly") && len(t.lower) > minAdverbLen && k+1 < end {
		return d.resumesPredicate(k+1, end)
	}
	// "…, launched in May, …" and "…, built on coal, …" are reduced
	// relatives, not the verb: an irregular past participle as much as a
	// regular one.
	participle := k+1 < end && d.toks[k+1].kind == tokWord && d.toks[k+1].in(lexPrepositions)
	past := strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4 && t.fn == 0 || d.lex.irregularPast[t.lower]
	return t.is(fnBe) || t.in(lexVerbModifiers) || past && !participle
}

// maxAsideSubjectWords is the longest subject an aside may follow ("The
// new night bus timetable, which …").
const maxAsideSubjectWords = 6

// subjectOpens reports whether the words of unit u up to e read as its
// subject alone: a few words with no verb, cue or comma among them ("The
// plan", not "Ministers were upbeat").
func (d *document) subjectOpens(u unit, e int) bool {
	if e < u.lo || e-u.lo >= maxAsideSubjectWords {
		return false
	}
	for k := u.lo; k <= e; k++ {
		t := d.toks[k]
		if t.kind != tokWord || !d.isNarration(k) || t.is(fnBe) || t.in(lexVerbModifiers|lexCueSaying) {
			return false
		}
	}
	return true
}

// verbForm reports whether t reads as a participle in lower case
// ("sorted", "ranking"), which "according to" after it qualifies.
func verbForm(t token) bool {
	return !t.cap && (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ing"))
}

// heardReport finds what a hearing was told when the copy does not say
// who told it: a passive "told" and its clause, whoever its subject
// ("Jurors were told that Lowe had hit the woman", "MPs were told
// payments would speed up", "Workers were told the plant would close"), or a
// body that sits to hear evidence (lexicon/hearing-bodies) and "heard" a
// clause ("An inquest heard that …", "Leeds Crown Court heard the firm had
// ignored warnings"). The court, jury or MPs only heard the words; whoever
// spoke them is not named, so the report has no speaker, as PolNeAR gives
// "was told" no source (DESIGN, quote forms). A teller after "by" is left
// to the passive rules, and so is a clause inside another report (a frame
// of the unit whose cue stands outside the clause: "…, prosecutors said"),
// and a relative clause ("customers who were told …"). It returns the
// report, the cue's last token and the clause's tokens [a, e).
func (d *document) heardReport(u unit, frames []frame) (fd found, cue, a, e int, ok bool) {
	toks := d.toks
	for k := u.lo + 1; k < u.hi-1; k++ {
		t := &toks[k] // (no copy of every token of the unit)
		if t.kind != tokWord || t.cap || !d.isNarration(k) || t.lower != "told" && t.lower != "heard" {
			continue
		}
		lo := k - 1 // the cue's first token: "were told", "heard"
		if t.lower == "told" {
			if !toks[lo].is(fnBe) || toks[lo].cap {
				continue
			}
		} else {
			h := k - 1
			if toks[h].in(lexAuxiliaries) && !toks[h].cap && h > u.lo {
				h-- // "The inquest has heard …"
			}
			if toks[h].kind != tokWord || !d.lex.hearingBodies[toks[h].lower] || h > u.lo && !(toks[h-1].in(lexDeterminers) || toks[h-1].cap && toks[h-1].kind == tokWord) {
				continue
			}
			lo = k
		}
		if lo > u.lo && (toks[lo-1].is(fnWho) || toks[lo-1].in(lexClauseOpeners)) {
			continue // "customers who were told they would …"
		}
		j := k + 1
		if !d.isNarration(j) || toks[j].kind != tokWord {
			continue
		}
		switch {
		case toks[j].lower == "that" && j+1 < u.hi:
			a = j + 1
		case toks[j].is(fnPassiveBy | fnTo | fnComplementizer):
			continue
		case d.reportedClauseAt(j, u.hi) || d.bareClause(j) || d.barePluralClauseAt(j, u.hi) || d.namePastClause(j, u.hi):
			a = j
		default:
			continue
		}
		e = d.clauseEnd(a, u.hi)
		for _, f := range frames {
			if f.cue != k && (f.cue < a || f.cue >= e || d.commaBetween(a, f.clLo)) {
				return found{}, 0, 0, 0, false // the clause is part of another report ("…, prosecutors said")
			}
		}
		s, sok := d.contentSpan(a, e)
		if !sok {
			return found{}, 0, 0, 0, false
		}
		for m := a; m < e; m++ {
			toks[m].reported = true
		}
		d.claimOverlapping(u.para, s, ruleHeard)
		fd = found{segs: []span{s}, typ: d.contentType(a, e), cue: span{toks[lo].start, t.end}, para: u.para, rule: ruleHeard}
		return fd, k, a, e, true
	}
	return found{}, 0, 0, 0, false
}

// commaBetween reports whether a comma of the narration stands in [a, b).
func (d *document) commaBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].text == "," && d.isNarration(k) {
			return true
		}
	}
	return false
}

// maxClauseNameWords is the longest name namePastClause reads before its
// verb ("Colin Marsh").
const maxClauseNameWords = 3

// namePastClause reports whether a name of capitalised words and a verb
// in the past open a clause at j, before hi: "The court heard Marsh used
// the money …" (bareClause reads a name only before an auxiliary). A
// possessive ("heard Marsh's evidence") is no subject.
func (d *document) namePastClause(j, hi int) bool {
	toks := d.toks
	for k := j; k < hi && k <= j+maxClauseNameWords && d.isNarration(k); k++ {
		t := toks[k]
		if k > j && !t.cap {
			// (a past in "-ed" of four letters counts here: "Marsh used")
			return (d.pastVerb(t) || len(t.lower) >= minFiniteLen && strings.HasSuffix(t.lower, "ed") && t.fn == 0 && !t.in(lexAuxiliaries)) && !t.in(lexPrepositions|lexConjunctions)
		}
		if t.kind != tokWord || !t.cap || isPossessiveWord(t) || t.fn != 0 {
			return false
		}
	}
	return false
}
