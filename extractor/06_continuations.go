package extractor

import (
	"sort"
	"strings"
)

// Continuations: the quotations of a paragraph that no frame claimed. A
// further quotation of the speaker just quoted in the same paragraph
// becomes another segment of that quote; a paragraph that opens with a
// quotation continues the previous paragraph's speaker; after "X said:"
// the next paragraph's quotation is X's; a quotation signed after a dash
// is its signer's.

// leftovers attributes the unclaimed quotations of paragraph p. out[first:]
// are the paragraph's attributions so far, sorted by start; pending is the
// previous paragraph's "X said:".
func (d *document) leftovers(p, first int, out []found, pending *found) []found {
	r := d.paraQ[p]
	n := len(out) // out[first:n] is sorted by start; continuations go after n
	next := first // the first attribution at or after the current quote
	last := -1    // the last continuation appended for this paragraph
	var reachBuf [16]int
	reach := attributionReach(out[first:n], reachBuf[:0])
	for qi := r[0]; qi < r[1]; qi++ {
		q := d.quotes[qi]
		if d.claimed(qi) || !d.fullQuote(qi) {
			continue
		}
		if a := insideAttribution(out[first:n], reach, q.content); a != nil {
			// `Fundraising was "stagnant for a month" as donors waited, he
			// said`: the quotation is part of a reported clause already
			// attributed, not a further segment of it.
			d.claim(qi, a.rule)
			continue
		}
		for next < n && out[next].start() < q.content.start {
			next++
		}
		// The nearest attribution before it in this paragraph.
		prev := next - 1
		if prev < first || last >= 0 && out[last].start() > out[prev].start() {
			prev = last
		}
		if fd := d.dashAttribution(qi); fd != nil {
			d.claim(qi, ruleDash)
			out = append(out, *fd)
			last = len(out) - 1
			continue
		}
		if fd := d.introducedQuote(qi, pending); fd != nil {
			d.claim(qi, ruleIntroduced)
			out = append(out, *fd)
			last = len(out) - 1
			continue
		}
		if d.isTitle(qi) {
			continue // "… said Ann Cole, the author of "Rivers of Home."": a title, not her words
		}
		if fd := d.namedAfterQuote(qi); fd != nil {
			d.claim(qi, ruleNarrated)
			out = append(out, *fd)
			last = len(out) - 1
			continue
		}
		var added bool
		if out, added = d.attachLeftover(qi, p, first, prev, out, pending); added {
			last = len(out) - 1
		} else if !d.claimed(qi) {
			var before *found
			if prev >= 0 {
				before = &out[prev]
			}
			prevFree := first == 0 || out[first-1].para < p-1 // no attribution in the paragraph above
			if fd := d.narratedSubjectQuote(qi, before, prevFree); fd != nil {
				d.claim(qi, ruleNarrated)
				out = append(out, *fd)
				last = len(out) - 1
			}
		}
	}
	if len(out) > n {
		sortFound(out[first:])
	}
	return out
}

// insideAttribution is the attribution among fs, sorted by start, one of
// whose segments holds span s, or nil. reach is attributionReach(fs): the
// walk back from the last that starts at or before s stops where none
// before reaches s's end, so a paragraph of many quotes and attributions
// is not read once for each quote.
func insideAttribution(fs []found, reach []int, s span) *found {
	k := sort.Search(len(fs), func(i int) bool { return fs[i].start() > s.start })
	for i := k - 1; i >= 0 && reach[i] >= s.end; i-- {
		for _, g := range fs[i].segs {
			if g.start <= s.start && s.end <= g.end {
				return &fs[i]
			}
		}
	}
	return nil
}

// attributionReach appends to buf, for each attribution of fs, the
// furthest end of a segment of it or of one before it.
func attributionReach(fs []found, buf []int) []int {
	end := -1
	for i := range fs {
		for _, g := range fs[i].segs {
			end = max(end, g.end) // (in text order, but nothing needs them so)
		}
		buf = append(buf, end)
	}
	return buf
}

// attachLeftover attributes the unclaimed quotation qi of paragraph p, out
// of the attribution out[prev] before it in the paragraph (prev < 0: none):
// as another segment of an attribution, or as a new continuation appended
// to out (added).
func (d *document) attachLeftover(qi, p, first, prev int, out []found, pending *found) (_ []found, added bool) {
	q := d.quotes[qi]
	switch {
	case prev >= 0 && qi > d.paraQ[p][0] && d.quotes[qi-1].brokenParagraph && out[prev].segs[len(out[prev].segs)-1] == d.quotes[qi-1].content:
		// A quoted paragraph run into the one before (a lost paragraph
		// break) is a new quote of the same speaker, as a next
		// paragraph would be.
		return d.appendContinuation(out, qi, p, out[prev].speaker), true
	case prev >= 0 && (endsQuoted(out[prev]) || out[prev].rule == ruleReportedBefore) &&
		(!d.cueBetween(out[prev].segs[len(out[prev].segs)-1].end, q.content.start, out[prev].cue) || out[prev].typ == TypeDirect && d.asideSentenceBefore(out[prev], qi)):
		// A cue in an aside of the attribution sentence (`…," she declared,
		// a point she makes after callers asked …. "…"`) is no new speaker.
		d.claim(qi, out[prev].rule)
		out[prev].segs = append(out[prev].segs, q.content)
	case prev >= 0 && d.sameSpeakerDirect(out, first, prev, q.content.start) >= 0:
		// `"A," she said, adding that …. "B."`: the speaker's own
		// participle stands between the two parts of her quote.
		dq := d.sameSpeakerDirect(out, first, prev, q.content.start)
		d.claim(qi, out[dq].rule)
		out[dq].segs = append(out[dq].segs, q.content)
	case prev >= 0 && d.goesOnReport(out[prev], qi):
		// `Ms Hale told the BBC the plan would work. "It is the only
		// sensible course."`: the next sentence quotes the same speaker.
		return d.appendContinuation(out, qi, p, out[prev].speaker), true
	case prev >= 0 && d.quoteBeforeAside(out, first, prev, qi) >= 0:
		// `"A," said Ann Cole, who said she would not stand. "B."`: the
		// report of a relative clause, a participle or a question put to
		// the speaker stands between the two quotes of one sentence's speaker.
		dq := d.quoteBeforeAside(out, first, prev, qi)
		d.claim(qi, out[dq].rule)
		out[dq].segs = append(out[dq].segs, q.content)
	case prev < 0 && d.startsParagraph(qi):
		src := d.continuationSource(p, first, out, pending)
		if src == nil || !endsQuoted(*src) && src != pending && !d.sentenceOfItsOwn(qi) {
			return out, false
		}
		fd := found{segs: []span{q.content}, typ: TypeDirect, speaker: src.speaker, para: p, resolution: ResolutionContinuation, rule: ruleContinuation}
		if src == pending {
			fd.cue, fd.resolution, fd.rule = src.cue, "", ruleColon
		}
		d.claim(qi, fd.rule)
		return append(out, fd), true
	}
	return out, false
}

// appendContinuation claims quotation qi of paragraph p as a further
// direct quote of speaker.
func (d *document) appendContinuation(out []found, qi, p int, speaker *mention) []found {
	fd := found{segs: []span{d.quotes[qi].content}, typ: TypeDirect, speaker: speaker, para: p, resolution: ResolutionContinuation, rule: ruleContinuation}
	d.claim(qi, ruleContinuation)
	return append(out, fd)
}

// goesOnReport reports whether quotation qi is the sentence right after
// the reported clause of attribution a, in the same paragraph, with only
// punctuation between them, and a sentence of its own: the same speaker
// goes on in their own words.
func (d *document) goesOnReport(a found, qi int) bool {
	q := d.quotes[qi]
	if a.speaker == nil || a.typ == TypeDirect || a.rule != ruleReportedAfter || q.openEnded && !q.brokenParagraph || !d.fullQuote(qi) {
		return false
	}
	if sp := a.speaker; !speaksOn(sp) || !d.opensSentence(sp.lo) && !d.afterOpeningWord(sp.lo) {
		return false // a person named or referred to opens the sentence and speaks on
	}
	open := q.tokLo - 1
	end := a.segs[len(a.segs)-1].end
	sawEnd := false
	for k := d.tokIndex(end); k < open; k++ {
		t := d.toks[k]
		if t.kind == tokWord || d.isOpenMark(k) {
			return false
		}
		sawEnd = sawEnd || t.kind == tokPunct && isSentenceEnd(t.text)
	}
	return sawEnd
}

// speaksOn reports whether a speaker may go on in a quotation of their
// own after their reported clause: a person named or referred to, or an
// organisation named ("Harlow Bank said that …. "Interest rates …"").
func speaksOn(sp *mention) bool {
	if sp.pronoun == "who" {
		return false
	}
	if !sp.named() && sp.pronoun == "" {
		// "A council spokesman said …", "His family said …": one
		// described by a role speaks on as one named does
		return !sp.role.empty() && (sp.kind == KindPerson || sp.kind == KindGroup)
	}
	return sp.kind == KindPerson || sp.kind == KindOrganization && sp.named()
}

// afterOpeningWord reports whether token k follows a sentence's opening
// word and its comma ("Overall, Harlow Bank said …").
func (d *document) afterOpeningWord(k int) bool {
	return k >= 2 && d.toks[k-1].text == "," && d.toks[k-2].kind == tokWord && d.opensSentence(k-2)
}

// opensSentence reports whether token k opens its paragraph or follows a
// sentence end.
func (d *document) opensSentence(k int) bool {
	t := d.toks[k]
	if k == d.paraToks[t.para][0] {
		return true
	}
	p := d.toks[k-1]
	return p.kind == tokPunct && isSentenceEnd(p.text)
}

// maxSameSpeakerRun bounds how many attributions back sameSpeakerDirect
// looks, so that a paragraph of many quotes stays linear.
const maxSameSpeakerRun = 8

// sameSpeakerDirect is the direct quote out[dq] of paragraph attributions
// out[first:prev] that the quotation at pos goes on, when out[prev], the
// attribution between them, is the same speaker's (a participle or a
// second cue of the same clause, with the same mention) and no other cue
// follows it; else -1.
func (d *document) sameSpeakerDirect(out []found, first, prev, pos int) int {
	p := out[prev]
	end := p.segs[len(p.segs)-1].end
	if p.speaker == nil || p.typ == TypeDirect || pos < end || d.cueBetween(end, pos, p.cue) {
		return -1
	}
	for dq := prev - 1; dq >= first && prev-dq <= maxSameSpeakerRun; dq-- {
		o := out[dq]
		if o.speaker == nil || o.speaker.lo != p.speaker.lo || o.speaker.hi != p.speaker.hi {
			return -1
		}
		if o.typ == TypeDirect {
			return dq
		}
	}
	return -1
}

// quoteBeforeAside is the direct quote out[dq] that quotation qi goes on
// when the attributions out[dq+1:prev+1] between them are reports inside
// the direct quote's own attribution sentence (a relative clause, a
// participle, `when asked …`), that sentence ends right where qi opens, and
// no coordinated clause (`; …`, `, and …`) or quotation stands in it after
// the cue; else -1.
func (d *document) quoteBeforeAside(out []found, first, prev, qi int) int {
	dq := prev
	for dq >= first && prev-dq <= maxSameSpeakerRun && !endsQuoted(out[dq]) {
		dq--
	}
	if dq < first || dq == prev || prev-dq > maxSameSpeakerRun || out[dq].speaker == nil || out[dq].typ != TypeDirect {
		return -1
	}
	if !d.asideSentenceBefore(out[dq], qi) {
		return -1
	}
	return dq
}

// asideSentenceBefore reports whether the sentence of attribution a's cue
// ends where quotation qi opens, with nothing after the cue but asides of
// that sentence: no coordinated clause (`; …`, `, and …`) and no other
// quotation but a quoted word of the aside.
func (d *document) asideSentenceBefore(a found, qi int) bool {
	q := d.quotes[qi]
	open := q.tokLo - 1
	if a.cue.empty() {
		return false
	}
	cue := d.tokIndex(a.cue.start)
	u := d.unitAt(cue)
	if cue >= open || u.hi != open || u.para != q.para {
		return false
	}
	for k := cue + 1; k < open; k++ {
		t := d.toks[k]
		if !d.isNarration(k) && !d.scareQuoteInAside(k) || t.text == ";" || t.text == "," && k+1 < open && d.toks[k+1].is(fnCoordinator) {
			return false
		}
	}
	return true
}

// scareQuoteInAside reports whether token k, in no narration, belongs to
// a quoted word or two that reads as no speech, or to a quotation an
// attribution has already claimed: words the aside quotes ("…," said Tom
// Hale, who noted that prices had "cratered". "…"), no further quote of
// the speaker.
func (d *document) scareQuoteInAside(k int) bool {
	qi := d.quoteOfToken(k)
	return qi >= 0 && (d.claimed(qi) || !d.fullQuote(qi))
}

// endsQuoted reports whether attribution a ends in the speaker's own
// words: a direct quote, or a quotation after its clause whose first part
// the clause interrupts ("In short, he said, "…"").
func endsQuoted(a found) bool {
	return a.typ == TypeDirect || a.rule == ruleDirectAfter
}

// continuationSource is the attribution a quotation opening paragraph p
// continues: the previous paragraph's "X said:", or its last direct quote.
func (d *document) continuationSource(p, first int, out []found, pending *found) *found {
	if pending != nil && pending.para == p-1 {
		return pending
	}
	if first == 0 {
		return nil
	}
	// An interview's question ("What changed?") may stand between the
	// answers.
	if a := out[first-1]; (a.para == p-1 || a.para == p-2 && d.interviewQuestion(p-1)) && a.speaker != nil && (endsQuoted(a) || reportGoesOn(a) || d.reportEndsQuoted(a)) {
		return &out[first-1]
	}
	return nil
}

// maxQuestionTokens is the longest interviewer's question paragraph.
const maxQuestionTokens = 30

// interviewQuestion reports whether paragraph p is only a short question
// in the narration, with no quotation: the interviewer's, between two
// answers of the speaker.
func (d *document) interviewQuestion(p int) bool {
	r := d.paraToks[p]
	q := d.paraQ[p]
	return q[0] == q[1] && r[1] > r[0] && r[1]-r[0] <= maxQuestionTokens && d.toks[r[1]-1].text == "?"
}

// sentenceOfItsOwn reports whether quotation qi is not followed, in its
// sentence, by a clause of narration after a comma (`„…“, sagte ein
// Sprecher`: an attribution, in words no list knows).
func (d *document) sentenceOfItsOwn(qi int) bool {
	q := d.quotes[qi]
	k := q.tokHi + 1
	return q.openEnded || k >= d.paraToks[q.para][1] || d.toks[k].text != ","
}

// reportGoesOn reports whether a quotation opening the next paragraph may
// go on attribution a, a reported clause after its speaker's cue (`She
// also said her neighbours had "motives".` then `"I never expected …"`;
// `Ms Hale said the plan would work.` then `"It is the right thing to
// do."`, as in the same paragraph) or a plain one before its closing cue
// ("The plan would work, Ms Hale said."; one that ends quoted is
// reportEndsQuoted's): a person or an organisation named or referred to,
// who speaks on in their own words.
func reportGoesOn(a found) bool {
	after := a.rule == ruleReportedAfter && (a.typ == TypeMixed || a.typ == TypeIndirect)
	before := a.rule == ruleReportedBefore && a.typ == TypeIndirect
	return (after || before) && speaksOn(a.speaker)
}

// reportEndsQuoted reports whether attribution a is a reported clause
// before its cue that ends in the speaker's quoted words (`Leaders need
// "a steady hand," Ann Cole said.`): a quotation opening the next
// paragraph goes on those words, as it does after a direct quote.
func (d *document) reportEndsQuoted(a found) bool {
	if a.rule != ruleReportedBefore || a.typ != TypeMixed || !speaksOn(a.speaker) {
		return false
	}
	k := d.tokIndex(a.segs[len(a.segs)-1].end) - 1
	return k >= 0 && d.isCloseMark(k)
}

// dashAttribution attributes a quotation signed after a dash, as
// vox-pop and social-media quotes are: “…” ― Rosa Quintero.
func (d *document) dashAttribution(qi int) *found {
	q := d.quotes[qi]
	if q.openEnded {
		return nil
	}
	k := q.tokHi + 1 // after the closing mark
	if k >= len(d.toks) {
		return nil
	}
	if d.toks[k].para != q.para {
		return d.signedBelow(qi)
	}
	if !isDash(d.toks[k].text) {
		return nil
	}
	hi := d.paraToks[q.para][1]
	m, end, ok := d.npAfter(k+1, hi)
	if !ok || !m.named() {
		return nil
	}
	// The name ends its line.
	if end < hi && !(d.toks[end].text == "." && (end+1 == hi || d.lineBreakBefore(end+1))) && !d.lineBreakBefore(end) {
		return nil
	}
	return &found{segs: []span{q.content}, typ: TypeDirect, speaker: &m, cue: d.toks[k].span, para: q.para, rule: ruleDash}
}

// maxSignatureTokens bounds a paragraph that signs the quotation above
// it ("- Ann Cole, after the vote.").
const maxSignatureTokens = 16

// signedBelow attributes a quotation that is its whole paragraph to the
// name the next paragraph signs it with after a dash, as fact checks and
// digests print them: `"…"` then `- Ann Cole.` or `—Tom Reilly, Leeds.`
func (d *document) signedBelow(qi int) *found {
	q := d.quotes[qi]
	if q.para+1 >= len(d.paras) || !d.startsParagraph(qi) || q.tokHi+1 != d.paraToks[q.para][1] {
		return nil
	}
	r := d.paraToks[q.para+1]
	if r[1]-r[0] < 2 || r[1]-r[0] > maxSignatureTokens || !isDash(d.toks[r[0]].text) && d.toks[r[0]].text != "-" {
		return nil
	}
	m, end, ok := d.npAfter(r[0]+1, r[1])
	if !ok || !m.named() || m.kind != KindPerson || m.hi-m.lo == 1 && d.toks[m.lo].in(lexPlaces) {
		return nil // "- Leeds.", "- Reuters": a dateline or a credit, not a signature
	}
	if end < r[1] && d.toks[end].text != "." && d.toks[end].text != "," {
		return nil
	}
	return &found{segs: []span{q.content}, typ: TypeDirect, speaker: &m, cue: d.toks[r[0]].span, para: q.para, rule: ruleDash}
}

// introducedQuote attributes a quotation that a clause introduces with a
// colon when no cue verb claimed it (`The board had one message: "Stay
// away."`, `She turned to the crowd: "…"`, or the colon ending the
// paragraph above it), and a quotation labelled with its speaker's name
// (`Ann Cole: "…"`): the clause's subject speaks. pending is the previous
// paragraph's "X said:".
func (d *document) introducedQuote(qi int, pending *found) *found {
	q := d.quotes[qi]
	c := q.tokLo - 2 // the colon before the opening mark
	// The paragraph above may end in "X said:" (pending): its speaker,
	// not the sentence's first subject, goes on below it.
	if c < d.paraToks[q.para][0] && (pending != nil && pending.para == q.para-1 || !d.colonEndsParagraphBefore(qi)) {
		return nil
	}
	m, ok := d.colonSpeaker(c)
	if !ok {
		return nil
	}
	return &found{segs: []span{q.content}, typ: TypeDirect, speaker: &m, cue: d.toks[c].span, para: q.para, rule: ruleIntroduced}
}

// colonEndsParagraphBefore reports whether quotation qi opens its
// paragraph right after a colon that ends the paragraph before it, in a
// clause about words ("The mayor issued the following statement:" and,
// below it, "…").
func (d *document) colonEndsParagraphBefore(qi int) bool {
	q := d.quotes[qi]
	c := q.tokLo - 2
	if c < 0 || q.para == 0 || d.toks[c].para != q.para-1 || c+1 != d.paraToks[q.para][0] || !d.startsParagraph(qi) {
		return false
	}
	// Only a clause about words introduces the paragraph below: a cue or
	// a statement ("issued the following statement:"), not "He then
	// listed the qualities a nominee needs:".
	u := d.unitAt(c)
	for k := u.lo; k < c; k++ {
		if t := d.toks[k]; d.isNarration(k) && t.kind == tokWord && (isCue(t) || t.in(lexCueNouns|lexDocumentNouns)) {
			return true
		}
	}
	return false
}

// colonSpeaker is the speaker of what the colon at token c introduces:
// the subject of the clause it ends (`She turned to the crowd:`), or a
// name that signs it after a dash or a spaced hyphen (`Rail fares -
// Tom Reilly:`, `FARES TO RISE — Ann Cole and Tom Reilly:`).
func (d *document) colonSpeaker(c int) (mention, bool) {
	if d.toks[c].text != ":" || !d.isNarration(c) {
		return mention{}, false
	}
	u := d.unitAt(c)
	if m, ok := d.colonSource(c, u); ok {
		return m, true // "The report ended with a quote from the mayor: …"
	}
	s := u.lo
	if s+1 < c && d.toks[s].in(lexConjunctions) {
		s++ // "And Mr Dale gloated: …"
	}
	m, end, ok := d.npAfter(s, c)
	if f := d.afterFrontedPhrase(u, c); (!ok || !d.colonSubject(m, end, c)) && f > s {
		m, end, ok = d.npAfter(f, c) // "Asked about the plan, he demurred: …"
	}
	if !ok || !d.colonSubject(m, end, c) {
		// "Rail fares - Tom Reilly: …": a name signs what follows.
		if m, ok = d.npBefore(c-1, u.lo); ok {
			m = d.coordinatedNames(m, u.lo) // "… - Ann Cole and Tom Reilly: …"
		}
		if !ok || !m.named() || m.kind == KindUnknown || m.lo > u.lo && !isDash(d.toks[m.lo-1].text) && d.toks[m.lo-1].text != "-" {
			return mention{}, false
		}
	}
	return m, true
}

// maxSourceNounWords bounds the noun phrase before the "from" of
// colonSource: a determiner, at most two modifiers and its noun.
const maxSourceNounWords = 4

// colonSource is the person a noun phrase before the colon at c gives
// the words of, after "from" or "by" ("ended with a quote from the
// mayor:", "a line by Tom Reilly:"): the speaker of what follows, not
// the clause's subject (the report). The phrase before "from" opens on
// a determiner ("a quote", "the closing words"), so "flew in from Kiev:"
// is none.
func (d *document) colonSource(c int, u unit) (mention, bool) {
	m, ok := d.npBefore(c-1, u.lo)
	if !ok || m.hi != c || m.kind != KindPerson || m.pronoun != "" || m.lo-3 < u.lo || !d.toks[m.lo-1].is(fnSourceLink) || d.toks[m.lo-1].cap {
		return mention{}, false
	}
	for k := m.lo - 2; k >= u.lo && k >= m.lo-1-maxSourceNounWords; k-- {
		t := d.toks[k]
		if t.kind != tokWord || t.cap && k != u.lo {
			return mention{}, false
		}
		if t.in(lexDeterminers) && k < m.lo-2 {
			return m, true
		}
	}
	return mention{}, false
}

// afterFrontedPhrase is the token after the phrase that opens unit u
// before its subject, up to its comma before token e ("In line with most
// voters, …", "When the mayor called, …", "Asked about it, …",
// "Lifting the cup, …", "Shortly after the vote, …"), or u.lo.
func (d *document) afterFrontedPhrase(u unit, e int) int {
	t := d.toks[u.lo]
	if t.kind == tokWord && strings.HasSuffix(t.lower, "ly") && u.lo+1 < e && d.toks[u.lo+1].kind == tokWord {
		t = d.toks[u.lo+1] // "Shortly after the vote, …"
	}
	if t.kind != tokWord || !t.in(lexPrepositions|lexCueQuestion) && !t.is(fnSubordinator) && !frontedParticiple(t) {
		return u.lo
	}
	for k := u.lo + 1; k+1 < e; k++ {
		if !d.isNarration(k) {
			return u.lo
		}
		if d.toks[k].text == "," {
			for c := k + 1; c < e && c <= k+maxStateWords+2; c++ {
				if d.toks[c].text == "," && d.stateAfterTown(c, u.lo) {
					return c + 1 // "At a rally in Dunmore, Pa., …": the town's state is the phrase's
				}
			}
			return k + 1
		}
	}
	return u.lo
}

// frontedParticiple reports whether t, opening its sentence, is a
// participle ("Lifting the cup, she …").
func frontedParticiple(t token) bool {
	return strings.HasSuffix(t.lower, "ing") && len(t.lower) >= minGerundLen && t.lex == 0
}

// colonSubject reports whether the noun phrase m, ending at token end,
// is the subject of a clause that ends at the colon at c: a name alone
// (`Ann Cole:`), or a subject of a known kind, not a thing, followed by
// a verb and its words within one sentence.
func (d *document) colonSubject(m mention, end, c int) bool {
	if m.kind == KindUnknown || m.pronoun == "it" || m.pronoun == "who" {
		return false
	}
	if end == c {
		return m.named()
	}
	if d.toks[end].text == "," && m.named() {
		// "Walt Pellow, R-Ky., delivered a message to Hale:"
		if e := d.appositiveEnd(end+1, c); e+1 < c && e > end+1 && d.toks[e].text == "," {
			end = e + 1
		}
	}
	if t := d.toks[end]; t.kind != tokWord || t.cap || t.in(lexDeterminers|lexPrepositions|lexConjunctions) {
		return false // a verb follows its subject
	}
	for k := end; k < c; k++ {
		if !d.isNarration(k) || d.toks[k].kind == tokPunct && isSentenceEnd(d.toks[k].text) {
			return false
		}
	}
	return true
}

// unitAt is the unit that holds token k.
func (d *document) unitAt(k int) unit {
	i := sort.Search(len(d.units), func(i int) bool { return d.units[i].hi > k })
	if i == len(d.units) {
		return unit{lo: k, hi: k + 1, para: d.toks[k].para}
	}
	return d.units[i]
}

// cueBetween reports whether an attribution verb stands in the narration
// between two byte offsets, other than the cue at skip.
func (d *document) cueBetween(a, b int, skip span) bool {
	for k := d.tokIndex(a); k < len(d.toks) && d.toks[k].start < b; k++ {
		t := d.toks[k]
		// A participle ("…," Ferrand said, stressing why …) adds to the same speaker's words.
		if d.isNarration(k) && !t.cap && t.in(lexCueSaying) && t.start != skip.start && !strings.HasSuffix(t.lower, "ing") && d.cueVerbBetween(k) {
			// "He did not suggest retaliation.": the same speaker goes on.
			j := k - 1
			for j > 0 && d.toks[j].kind == tokWord && d.toks[j].in(lexVerbModifiers) {
				j--
			}
			if j >= 0 && d.toks[j].in(lexPersonPronouns) {
				continue
			}
			return true
		}
	}
	return false
}

// cueVerbBetween reports whether the cue word at k, between two quotes,
// attributes something of its own: a verb, not a noun ("in her remarks",
// "a question", "said in reply"), not a passive or subordinate clause of the speaker's
// sentence ("when asked about …", "as reported by …", "who was asked").
func (d *document) cueVerbBetween(k int) bool {
	toks := d.toks
	r := d.paraToks[toks[k].para]
	if !d.verbUse(k, unit{lo: r[0], hi: r[1], para: toks[k].para}) {
		return false
	}
	return k == r[0] || !toks[k-1].is(fnSubordinator|fnBe|fnRelative) && !toks[k-1].in(lexPrepositions)
}

// maxSubjectSentenceTokens bounds the sentence of narration whose subject
// narratedSubjectQuote reads.
const maxSubjectSentenceTokens = 40

// narratedSubjectQuote attributes a quotation that no cue claimed and
// that is a sentence of its own right after a sentence of narration, in
// the same paragraph, whose subject is a person (`Karim is less sure. "We
// are in no hurry."`, `Richard laughs. "…"`, `After a pause, she shrugs.
// "…"`), or a question about one (`So what does Osei make of it? "…"`):
// feature writing names the speaker in the sentence before and lets the
// quote stand. The sentence holds no quotation, and before, the
// paragraph's attribution nearest before the quotation (nil: none), lies
// wholly before it, so that a report in the sentence keeps its own rules
// (goesOnReport). A quotation in double marks that is its whole paragraph
// reads the last sentence of the paragraph above when that one is
// narration alone and prevFree (no attribution in it).
func (d *document) narratedSubjectQuote(qi int, before *found, prevFree bool) *found {
	q := d.quotes[qi]
	open := q.tokLo - 1
	p := d.paraToks[q.para]
	if q.openEnded || open-2 < 0 || !d.quoteIsSentence(qi) || !d.sentenceOfItsOwn(qi) {
		return nil
	}
	if k := q.tokHi + 1; k < p[1] && d.toks[k].kind == tokWord && !d.toks[k].cap {
		return nil // `"…!" the note says.`: the sentence goes on after the quotation
	}
	end := open - 1 // the full stop of the sentence before
	if t := d.toks[end]; t.kind != tokPunct || !isSentenceEnd(t.text) || !d.isNarration(end) {
		return nil
	}
	question := d.toks[end].text == "?"
	if open == p[0] {
		// A paragraph that is only the quotation, below a paragraph of
		// narration alone with no attribution: "Karim is less sure." then
		// "We are in no hurry."
		if !prevFree || q.para == 0 || d.toks[end].para != q.para-1 || d.paraQ[q.para-1][0] != d.paraQ[q.para-1][1] || !d.quoteEndsParagraph(qi) {
			return nil
		}
		if fam, _, _, _ := markOf(d.toks[open]); fam != familyDouble {
			return nil // `'A change of heart.'`: a subheading in single marks
		}
		p = d.paraToks[q.para-1]
	}
	s := end - 1
	for ; s > p[0] && !d.opensSentence(s); s-- {
		if end-s > maxSubjectSentenceTokens || !d.isNarration(s) {
			return nil
		}
	}
	if !d.isNarration(s) || !d.opensSentence(s) {
		return nil
	}
	if before != nil && (before.segs[len(before.segs)-1].end > d.toks[s].start || before.cue.end > d.toks[s].start) {
		return nil
	}
	lo := s
	if lo+1 < end && d.toks[lo].in(lexConjunctions) {
		lo++ // "But Karim is less sure."
	}
	if t := d.toks[lo]; lo+1 < end && t.kind == tokWord && (t.is(fnSentenceConnective) || t.in(lexTimeWords)) && d.toks[lo+1].kind == tokWord {
		lo++ // "Then Karim smiles.", "Still, …" is a fronted phrase
	}
	if question {
		// "So what does Osei make of it?": the one asked about answers.
		m, ok := d.questionSubject(lo, end)
		if !ok || d.speaksOf(qi, m, end) || !d.asksView(lo, end) && !d.firstPersonIn(qi, false) {
			return nil
		}
		return &found{segs: []span{q.content}, typ: TypeDirect, speaker: &m, para: q.para, rule: ruleNarrated}
	}
	m, ok := d.personSubject(lo, end)
	if f := d.afterFrontedPhrase(unit{lo: lo, hi: end + 1, para: q.para}, end); !ok && f > lo {
		m, ok = d.personSubject(f, end) // "After a spell abroad, he was sent home."
	}
	if !ok {
		m, ok = d.forPersonOpener(lo, end) // "For Quist, the decision was easy."
	}
	if !ok || d.speaksOf(qi, m, end) || d.diedIn(m, end) {
		return nil
	}
	return &found{segs: []span{q.content}, typ: TypeDirect, speaker: &m, para: q.para, rule: ruleNarrated}
}

// quoteEndsParagraph reports whether nothing follows quotation qi in its
// paragraph but the full stop British style puts after the marks
// (`"We are in no hurry".`).
func (d *document) quoteEndsParagraph(qi int) bool {
	q := d.quotes[qi]
	hi := d.paraToks[q.para][1]
	k := q.tokHi + 1
	if k < hi && d.toks[k].kind == tokPunct && isSentenceEnd(d.toks[k].text) {
		k++
	}
	return k >= hi
}

// speaksOf reports whether quotation qi speaks of m, the person the
// narration sentence ending at token end names, in the third person, and
// so is someone else's words about m (`Tom Vey was jailed on Friday. "He
// ruined our lives."`): m's surname, or a "he"/"she"/"him"/"her"/"his"
// agreeing with m before any word of the first person ("My brother says
// he will win" is the subject's own) and before any other name in the
// quotation (`"A Sanders win would show Mrs. Clinton's weakness as her
// rival ..."`: the pronoun has an antecedent of its own). Where m's words
// give no gender, a possessive or reflexive in the sentence may ("Howard
// continued his remarks."). Pronouns are a closed class, not a word list.
func (d *document) speaksOf(qi int, m mention, end int) bool {
	q := d.quotes[qi]
	g := genderUnknown
	if m.pronoun != "" {
		g = pronounGender(m.pronoun)
	} else {
		var words [8]string // (on the stack)
		g = genderOf(d.lex, appendFields(words[:0], d.text[d.toks[m.lo].start:d.toks[m.hi-1].end]))
	}
	for k := m.hi; g == genderUnknown && k < end; k++ {
		switch d.toks[k].lower {
		case "his", "himself":
			g = genderMale
		case "her", "herself":
			g = genderFemale
		}
	}
	surname := ""
	if !m.name.empty() {
		n := d.text[m.name.start:m.name.end]
		surname = n[strings.LastIndexByte(n, ' ')+1:]
	}
	if d.firstPersonIn(qi, true) {
		return false // "She has made promises before. I will believe it when I see it."
	}
	for k := q.tokLo; k < q.tokHi; k++ {
		t := d.toks[k]
		if t.kind != tokWord {
			continue
		}
		if surname != "" && t.cap && t.text == surname && !(k+1 < q.tokHi && d.toks[k+1].cap && d.toks[k+1].kind == tokWord) {
			return true // (not "Hale Farm has been here for a century")
		}
		if firstPerson(t.lower, false) {
			return false
		}
		if pg := pronounGender(t.lower); pg != genderUnknown && (g == genderUnknown || g == pg) {
			return true
		}
		if t.cap && k > q.tokLo && !d.opensSentence(k) {
			return false // another name the pronouns after it may stand for
		}
	}
	return false
}

// firstPersonIn reports whether quotation qi speaks in the first person,
// or, with singular, in the first person singular.
func (d *document) firstPersonIn(qi int, singular bool) bool {
	q := d.quotes[qi]
	for k := q.tokLo; k < q.tokHi; k++ {
		if firstPerson(d.toks[k].lower, singular) {
			return true
		}
	}
	return false
}

// firstPerson reports whether the lower-case word w is a pronoun of the
// first person (with singular, of the singular). Pronouns are a closed
// class, not a word list.
func firstPerson(w string, singular bool) bool {
	switch w {
	case "i", "me", "my", "mine", "myself":
		return true
	case "we", "us", "our", "ours", "ourselves":
		return !singular
	}
	return false
}

// asksView reports whether the question from token s to end asks what its
// subject thinks ("What does Osei make of it?", "How does she feel about
// the move?", "What does he think?"), so that the quotation after it is
// the answer; a question about what the subject did ("Why did Tom Hale
// resign?") is the writer's, and a quotation after it need not be his.
func (d *document) asksView(s, end int) bool {
	for k := s; k < end; k++ {
		if t := d.toks[k]; t.kind == tokWord && !t.cap && t.in(lexStanceVerbs|lexCueBelief|lexCueSpeech) {
			return true // (make, think, feel, expect, say ...)
		}
	}
	return false
}

// diedIn reports whether the sentence ending at token end tells of the
// death of its subject m, whose verb "died" follows it, past an aside
// set off by commas ("Tom Vey died in 2019.", "has died", "Tom Vey, 64,
// died"): what follows is said of him, not by him, in the first person
// too ("I miss him every day"); "nearly died", "when her son died" are
// no such news.
func (d *document) diedIn(m mention, end int) bool {
	k := m.hi
	if k < end && d.toks[k].text == "," {
		// "Tom Vey, 64, died", "Tom Vey, who ran the shop, died": past
		// the aside
		for j := k + 1; j < end && j <= k+maxAppositiveTokens; j++ {
			if d.toks[j].text == "," {
				k = j + 1
				break
			}
		}
	}
	if k < end && (d.toks[k].lower == "has" || d.toks[k].lower == "had") {
		k++
	}
	return k < end && (d.toks[k].lower == "died" || d.toks[k].lower == "dies")
}

// quoteIsSentence reports whether quotation qi holds a sentence: it opens
// on a capital and ends on a full stop, inside the marks or right after
// them.
func (d *document) quoteIsSentence(qi int) bool {
	q := d.quotes[qi]
	if q.tokHi <= q.tokLo || !d.toks[q.tokLo].cap && d.toks[q.tokLo].kind == tokWord {
		return false
	}
	if t := d.toks[q.tokHi-1]; t.kind == tokPunct && isSentenceEnd(t.text) {
		return true
	}
	k := q.tokHi + 1
	return k < d.paraToks[q.para][1] && d.toks[k].kind == tokPunct && isSentenceEnd(d.toks[k].text)
}

// namedAfterQuote attributes a quotation that no cue claimed and that is a
// sentence of its own to the one the next sentence of its paragraph names
// as its source: `"…" That is the verdict of Jane Doe, who …` (a message
// noun, lexicon/message-nouns, after "that is the", "this was the",
// "those are the", "such is the"), or `"…" So says Jane Doe.`
func (d *document) namedAfterQuote(qi int) *found {
	q := d.quotes[qi]
	if q.openEnded || !d.quoteIsSentence(qi) {
		return nil
	}
	hi := d.paraToks[q.para][1]
	k := q.tokHi + 1 // after the closing mark
	if k < hi && d.toks[k].kind == tokPunct && isSentenceEnd(d.toks[k].text) {
		k++ // British style: `"…".`
	}
	if k+2 >= hi || !d.isNarration(k) || !d.toks[k].cap {
		return nil
	}
	toks := d.toks
	var cue span
	s := -1
	switch w := toks[k].lower; {
	case w == "so" && toks[k+1].kind == tokWord && !toks[k+1].cap && (toks[k+1].lower == "says" || toks[k+1].lower == "said"):
		cue, s = toks[k+1].span, k+2 // "So says Jane Doe."
	case (w == "that" || w == "this" || w == "those" || w == "these" || w == "such") && toks[k+1].is(fnBe):
		n := k + 2
		if n < hi && toks[n].lower == "the" {
			n++
		}
		if n+2 < hi && toks[n].kind == tokWord && !toks[n].cap && d.lex.messageNouns[toks[n].lower] && toks[n+1].lower == "of" {
			cue, s = toks[n].span, n+2 // "That is the verdict of Jane Doe"
		}
	}
	if s < 0 {
		return nil
	}
	m, _, ok := d.npAfter(s, hi)
	if !ok || m.pronoun != "" || m.indefinite || !m.named() && m.role.empty() {
		return nil
	}
	if m.kind != KindPerson && m.kind != KindGroup && !(m.kind == KindOrganization && m.named()) {
		return nil
	}
	return &found{segs: []span{q.content}, typ: TypeDirect, speaker: &m, cue: cue, para: q.para, rule: ruleNarrated}
}

// personSubject is the subject at token s of a sentence ending at token
// end: a person named, "he" or "she", or a definite description of a
// person (a role, or an age: "The 54-year-old"), followed by its verb and
// the sentence's words.
func (d *document) personSubject(s, end int) (mention, bool) {
	m, mend, ok := d.npAfter(s, end)
	if ok && m.kind == KindUnknown && !m.named() && m.pronoun == "" && isAgeNoun(d.toks[m.hi-1]) {
		m.kind = KindPerson // "The 54-year-old is more cautious."
	} else if ok && !m.named() && m.pronoun == "" && m.role.empty() {
		return mention{}, false
	}
	if !ok || m.kind != KindPerson || m.indefinite || mend >= end || m.pronoun != "" && m.pronoun != "he" && m.pronoun != "she" {
		return mention{}, false
	}
	if d.toks[mend].text == "," && m.pronoun == "" {
		// "The singer, 32, is unrepentant.", "Her manager, Tom Reilly, is
		// more guarded.": the name set off after a description is the one
		// it describes.
		a := d.appositiveEnd(mend+1, end)
		if a <= mend+1 || a >= end || d.toks[a].text != "," {
			return mention{}, false
		}
		if n, nend, ok := d.npAfter(mend+1, a); ok && nend == a && !m.named() && n.named() && n.kind == KindPerson {
			m = n
		}
		mend = a + 1
	}
	return m, d.colonSubject(m, mend, end)
}

// forPersonOpener is the person named after a sentence's opening "For"
// and before its comma ("For Quist, the decision was easy."): the one
// whose view the sentence gives.
func (d *document) forPersonOpener(s, end int) (mention, bool) {
	if s+3 >= end || d.toks[s].lower != "for" || !d.toks[s].cap {
		return mention{}, false
	}
	m, mend, ok := d.npAfter(s+1, end)
	if !ok || !m.named() || m.kind != KindPerson || mend >= end || d.toks[mend].text != "," {
		return mention{}, false
	}
	return m, true
}

// questionSubject is the subject of a question the narration puts about a
// person, a question word and an auxiliary before a name or "he"/"she"
// and its verb ("What does Osei make of it?", "How will she cope?"), from
// token s to the question mark at end.
func (d *document) questionSubject(s, end int) (mention, bool) {
	t := d.toks[s]
	if s+3 >= end || t.kind != tokWord || !t.in(lexClauseOpeners) || t.lower == "that" || t.lower == "if" || t.lower == "whether" || !d.toks[s+1].in(lexAuxiliaries) {
		return mention{}, false
	}
	m, mend, ok := d.npAfter(s+2, end)
	if !ok || m.kind != KindPerson || m.indefinite || !m.named() && m.pronoun != "he" && m.pronoun != "she" {
		return mention{}, false
	}
	if v := d.toks[mend]; mend >= end || v.kind != tokWord || v.cap || v.in(lexDeterminers|lexPrepositions|lexConjunctions) {
		return mention{}, false
	}
	return m, true
}
