package extractor

import "strings"

// The source of a frame: who speaks. attachSpeaker tries, in order, a
// participle or coordinated cue (its subject comes later, from the main
// clause), a subject set off by commas, the subject just before the cue,
// and the subject after it ("said Zelnik").

// attachSpeaker finds the speaker of the cue at f.cue and extends the
// frame's clause over it. It reports false when the cue has no speaker.
func (d *document) attachSpeaker(f *frame, u unit) bool {
	if d.frontedSetting(f, u) {
		return false
	}
	j := d.skipVerbModifiers(d.relationTailStart(d.goneOnTo(f.cue, u), u), u, f.class == cueSpeech)
	// "A report on the club shows": the report, not the club, shows.
	docFirst := f.class == cueBelief && d.documentPhraseBefore(f.cue, u) && d.documentSubject(f, u)
	// Only a unit opened by a dateline keeps the frame as it was, for a
	// second reading (most have none: no copy of the frame for them).
	opening := d.unitOpening(u)
	var before frame
	if opening > u.lo {
		before = *f
	}
	ok := d.participleCue(f, u, j) || d.closingInvertedSubject(f, u, j) || d.appositiveSubject(f, u, j) || docFirst || d.subjectBefore(f, u, j) || d.invertedSubject(f, u, j) || d.listedVerbSubject(f, u, j) || d.documentSubject(f, u) || d.subjectPastAside(f, u, j) || d.relativeThingSubject(f, u, j)
	if ok && opening > u.lo && !f.participle && f.speaker.hi > f.speaker.lo && f.speaker.hi <= opening {
		// "HARTWELL - Costs rose, said Bo Hale.": a dateline is no
		// subject; the speaker is after the cue, if anywhere.
		*f = before
		ok = d.invertedSubject(f, u, j)
	}
	if ok {
		d.makerOfSubject(f)
		d.issuerSpeaks(f, u)
		d.senderSpeaks(f, u)
		d.finishClause(f, u)
	}
	return ok
}

// issuerSpeaks gives a participle cue whose subject is a document that
// a verb of making or sending has for its object ("The council released
// a statement on Monday saying …", "Harlow Water issued a statement
// saying …", "Tom Avery sent an email saying …", "Her office put out a
// statement saying …"; lexicon/maker-participles and
// lexicon/sending-verbs) the verb's subject: the one who issued the
// document says what it says. The subject may be a common noun with its
// determiner that no list gives a kind ("The town released a
// statement …"), and the document may have after it the medium that
// carries it ("Police released a statement on Facebook saying …":
// documentOnMedium), which is no speaker, also when it is read alone as
// the subject and what was put out is no document noun ("issued an
// appeal on Twitter saying …": objectBeforeMedium).
func (d *document) issuerSpeaks(f *frame, u unit) {
	toks := d.toks
	m := f.speaker
	if !strings.HasSuffix(toks[f.cue].lower, "ing") || m.pronoun != "" || m.hi <= m.lo {
		return
	}
	lo := m.lo // where the verb's object opens
	if !(d.putOutThing(toks[m.hi-1]) && !m.named()) && !d.documentOnMedium(m) {
		o, ok := d.objectBeforeMedium(m, u)
		if !ok {
			return
		}
		lo = o.lo
	}
	if lo-2 < u.lo || !toks[lo].in(lexDeterminers) {
		return
	}
	k := lo - 1
	if p := toks[k].lower; (p == "out" || p == "off" || p == "back") && k-2 >= u.lo && d.lex.sendingVerbs[toks[k-1].lower] {
		k-- // "put out a statement", "fired off a letter"
	}
	v := toks[k]
	if v.kind != tokWord || v.cap || !(d.lex.makerParticiples[v.lower] || d.lex.sendingVerbs[v.lower]) || !d.isNarration(k) {
		return
	}
	e := k - 1
	for e > u.lo && toks[e].kind == tokWord && !toks[e].cap && toks[e].in(lexVerbModifiers) && d.isNarration(e) {
		e-- // "She also sent a letter saying …"
	}
	s, ok := d.npBefore(d.issuerEnd(e, u.lo), u.lo)
	if !ok || !(canIssue(s) || d.commonIssuer(s)) {
		return
	}
	f.speaker = s
	if s.lo < f.clLo {
		f.clLo = s.lo
	}
}

// documentOnMedium reports whether mention m is a document and a
// phrase after it that "on", "via" or "through" opens, which says where
// it was put out ("a statement on Facebook", "a video on its website",
// "a message via Instagram"): the medium that carries it is no speaker.
func (d *document) documentOnMedium(m mention) bool {
	toks := d.toks
	for k := m.lo + 1; k+2 < m.hi; k++ {
		t := toks[k]
		if t.kind != tokWord || t.cap {
			return false
		}
		if d.putOutThing(t) {
			return mediumPreposition(toks[k+1].lower) && d.isNarration(k+1)
		}
	}
	return false
}

// objectBeforeMedium is the noun phrase, with its determiner and a
// common noun for head, before the "on", "via" or "through" that opens
// mention m, the medium read alone as the subject of a participle cue
// ("Police issued an appeal on Twitter saying …", "The council published
// a notice on its website saying …"): what was put out, when a verb of
// making or sending has it for its object (issuerSpeaks checks).
func (d *document) objectBeforeMedium(m mention, u unit) (mention, bool) {
	toks := d.toks
	p := m.lo - 1
	if p-2 < u.lo || !d.isNarration(p) {
		return mention{}, false
	}
	if !mediumPreposition(toks[p].lower) {
		return mention{}, false
	}
	o, ok := d.npBefore(p-1, u.lo)
	if !ok || o.named() || o.pronoun != "" || o.hi != p || o.hi-o.lo < 2 || toks[o.hi-1].kind != tokWord || toks[o.hi-1].cap {
		return mention{}, false
	}
	return o, true
}

// putOutThing reports whether t names what a verb of making or sending
// puts out: a document (lexicon/document-nouns: "a statement") or a
// message (lexicon/message-nouns: "posted a message saying …", "issued a
// warning saying …").
func (d *document) putOutThing(t token) bool {
	return t.kind == tokWord && !t.cap && (t.in(lexDocumentNouns) || d.lex.messageNouns[t.lower])
}

// senderSpeaks gives a participle cue whose subject is the audience of a
// verb of sending (lexicon/sending-verbs: "Tom Reddy emailed members
// saying …", "The trust texted skippers saying …") the verb's subject:
// those written to do not say what they were sent. The verb may be read
// into the audience's phrase as its modifier ("The trust emailed
// members").
func (d *document) senderSpeaks(f *frame, u unit) {
	toks := d.toks
	m := f.speaker
	if !strings.HasSuffix(toks[f.cue].lower, "ing") || m.named() || m.pronoun != "" || m.hi <= m.lo || m.kind != KindGroup {
		return
	}
	for k := max(m.lo-1, u.lo+1); k < m.hi-1; k++ {
		v := toks[k]
		if v.kind != tokWord || v.cap || !d.lex.sendingVerbs[v.lower] || !d.pastVerb(v) || !d.isNarration(k) {
			continue
		}
		s, ok := d.npBefore(k-1, u.lo)
		if !ok || s.lo < u.lo || !canIssue(s) {
			return
		}
		f.speaker = s
		if s.lo < f.clLo {
			f.clLo = s.lo
		}
		return
	}
}

// canIssue reports whether noun phrase s can issue or send a document: a
// name, a pronoun (not a relative's "who"), or a person, a group or an
// organisation by its kind.
func canIssue(s mention) bool {
	return namesSpeaker(s) || s.pronoun != "" && s.pronoun != "who"
}

// namesSpeaker reports whether mention m can be a speaker as it stands: a
// name, or a description of a person, a group or an organisation.
func namesSpeaker(m mention) bool {
	return m.named() || m.kind == KindPerson || m.kind == KindGroup || m.kind == KindOrganization
}

// commonIssuer reports whether m, with no kind, is a common noun with its
// determiner that can issue a document ("The town", "the village"): not
// a document itself, and no word of it written with a capital.
func (d *document) commonIssuer(m mention) bool {
	toks := d.toks
	if m.pronoun != "" || m.hi-m.lo < 2 || !toks[m.lo].in(lexDeterminers) || toks[m.lo].is(fnIndefinite) {
		return false
	}
	for _, t := range toks[m.lo+1 : m.hi] {
		if t.kind != tokWord || t.cap || t.in(lexDocumentNouns|lexTimeWords) {
			return false
		}
	}
	return true
}

// maxIssuerAside is the longest aside, in tokens, that issuerEnd steps
// over when a relative opens it ("Tom Avery, who founded the firm in
// 1998, issued …"); one that opens otherwise ("Tom Avery, 54, issued")
// is at most maxSubjectAside long.
const maxIssuerAside = 30

// issuerEnd is where the issuer of a document ends when the verb of
// making stands after k: k itself, or, when k closes an aside set off
// by commas ("Tom Avery, who founded the firm in 1998, issued a
// statement saying …", "Tom Avery, 54, issued …"), the word before the
// aside's opening comma.
func (d *document) issuerEnd(k, lo int) int {
	toks := d.toks
	if k <= lo || toks[k].text != "," || !d.isNarration(k) {
		return k
	}
	for j := k - 1; j > lo && k-j <= maxIssuerAside; j-- {
		if !d.isNarration(j) {
			return k
		}
		if toks[j].text != "," {
			continue
		}
		if t := &toks[j+1]; k-j <= maxSubjectAside || t.kind == tokWord && t.is(fnRelative|fnWho) {
			return j - 1
		}
		return k
	}
	return k
}

// relativeThingSubject takes, when no other subject was found, the
// document or outlet before a relative "that" or "which" right before a
// speech cue as the cue's subject, when a quotation or a clause follows
// ("an ad that says, "…"", "a statement which said the plan was dead"),
// and after a comma, before "which", an organisation too ("the suit
// was brought by Harlow Water, which said the pipes were old", "welcomed
// by the union, which said it was overdue").
func (d *document) relativeThingSubject(f *frame, u unit, j int) bool {
	toks := d.toks
	if f.class != cueSpeech || strings.HasSuffix(toks[f.cue].lower, "ing") || j-1 < u.lo || j+1 != f.cue || !d.isNarration(j) {
		return false
	}
	if t := toks[j]; t.lower != "that" && t.lower != "which" {
		return false
	}
	k := f.cueHi
	if e, ok := d.timePhraseEnd(k, u.hi); ok {
		k = e // "which said on Monday that …"
	}
	if k < u.hi && (toks[k].text == "," || toks[k].text == ":") {
		k++
	}
	if k >= u.hi || !d.isOpenMark(k) && !d.reportedClauseAt(k, u.hi) {
		return false // "documents that revealed South Korea's reticence": a thing, no report
	}
	e := j - 1
	comma := toks[e].text == "," && toks[j].lower == "which" && d.isNarration(e) && e-1 >= u.lo
	if comma {
		e-- // "the Harlow Post, which argued that …": the relative set off by a comma
	}
	m, ok := d.subjectNPBefore(e, u.lo)
	if ok && comma && d.whichNamesBody(m) {
		m.kind = KindOrganization // "trails Velora, which said …": "which" stands for no person
	}
	if !ok || m.pronoun != "" || toks[m.hi-1].stem&(lexDocumentNouns|lexMediaNouns) == 0 && !(comma && m.kind == KindOrganization) {
		return false // "a turn that brought to mind": only a text speaks so, or a body before a comma ("the union, which said …")
	}
	f.speaker, f.clLo = m, m.lo
	return true
}

// whichNamesBody reports whether named mention m, before ", which", is a
// body though its words alone read as a person's: a name with no first
// name (lexicon's first names), honorific or role before it ("Velora,
// which said"): "which" stands for no person. After "in" or "at" the
// name is a place ("an exit in Corona, which read ...": the sign read).
func (d *document) whichNamesBody(m mention) bool {
	if !m.named() || m.kind != KindPerson || !m.role.empty() || m.pronoun != "" || d.honorificBefore(m) {
		return false
	}
	if m.lo > 0 && placePreposition(d.toks[m.lo-1].lower) {
		return false
	}
	n := d.text[m.name.start:m.name.end]
	if i := strings.IndexByte(n, ' '); i > 0 {
		n = n[:i]
	}
	return !d.lex.firstName(strings.ToLower(n))
}

// reportedClauseAt reports whether a reported clause plainly opens at k:
// "that", a subject pronoun ("it" with its verb), or a determiner's noun
// and a verb ("the plan was dead"); a capitalised word may be a bare object ("revealed South
// Korea's reticence").
func (d *document) reportedClauseAt(k, hi int) bool {
	t := d.toks[k]
	return t.is(fnComplementizer) || t.in(lexSubjectPronouns) && !t.in(lexObjectPronouns) || d.itClauseAt(k, hi) || d.opensSubject(k, hi)
}

// makerOfSubject gives frame f, whose subject is a document that names
// no maker, the maker its participle phrase names right before the cue
// ("A poll conducted by the Harlow Institute found …", "research carried
// out by Tom Hale shows …"): the maker speaks, as in "A poll by the
// Harlow Institute found".
func (d *document) makerOfSubject(f *frame) {
	m := f.speaker
	if m.hi <= m.lo || m.named() || m.pronoun != "" || m.hi >= f.cue || d.toks[m.hi-1].stem&lexDocumentNouns == 0 {
		return
	}
	k := m.hi
	if k >= f.cue || d.toks[k].kind != tokWord || d.toks[k].cap || !d.lex.makerParticiples[d.toks[k].lower] {
		return
	}
	if j := k + 1; j < f.cue && d.toks[j].is(fnPassiveBy) {
		// (right after the participle: "conducted on its behalf by X"
		// is X's work for another)
		if n, e, ok := d.npAfter(j+1, f.cue); ok && n.named() && d.skipVerbModifiers(f.cue-1, d.unitAt(f.cue), true) < e {
			f.speaker = n
		}
	}
}

// rankTitle reports whether role span r opens with an abbreviated title
// (lexicon/title-abbreviations: "Det Insp", "Sen.", "Gov.").
func (d *document) rankTitle(r span) bool {
	f := strings.Fields(d.text[r.start:r.end])
	return len(f) > 0 && d.lex.titleAbbrevs[strings.ToLower(f[0])] != ""
}

// affiliationOpens reports whether the phrase at k says only where
// someone works: "of", "from" or "at" before it ("…, of the University of
// Leeds,", "…, from Bath University,").
func (d *document) affiliationOpens(k int) bool {
	t := d.toks[k]
	return t.kind == tokWord && !t.cap && (t.lower == "of" || t.lower == "from" || t.lower == "at")
}

// relationTailStart is the relation noun (lexicon/relation-heads) that
// heads the words ending at j when "of" and a possessive pronoun or a
// length of time close them ("A friend of mine said", "Her husband of
// 40 years said", "Her friends of 40 years said"): the phrase after "of"
// names no one, so the subject ends at the relation; else j. The
// relation may open the unit, capitalised ("Colleagues of 20 years
// said").
func (d *document) relationTailStart(j int, u unit) int {
	toks := d.toks
	if j-2 < u.lo || !d.isNarration(j) || toks[j].kind != tokWord || toks[j].cap {
		return j
	}
	k := j - 1 // the "of"
	switch t := toks[j]; {
	case t.lower == "mine" || t.lower == "hers" || t.lower == "his" || t.lower == "ours" || t.lower == "theirs" || t.lower == "yours":
	case d.lex.durationNouns[t.lower] && j-3 >= u.lo && (d.isQuantity(j-1) || isDigitStart(toks[j-1].text)):
		k = j - 2 // "of 40 years", "of three decades" (lexicon/duration-nouns)
	default:
		return j
	}
	r := toks[k-1] // the relation
	if !toks[k].is(fnOf) || toks[k].cap || r.kind != tokWord || r.cap && k-1 > u.lo || !d.relationNoun(r.lower) || !d.isNarration(k-1) {
		return j
	}
	return k - 1
}

// relationNoun reports whether lower-case word w is a relation noun
// (lexicon/relation-heads) or its plural ("friends", "allies", "wives",
// "sisters-in-law"): the list holds the singular.
func (d *document) relationNoun(w string) bool {
	if d.lex.relationHeads[w] {
		return true
	}
	if st, ok := strings.CutSuffix(w, "s-in-law"); ok {
		return d.lex.relationHeads[st+"-in-law"]
	}
	if st, ok := strings.CutSuffix(w, "ies"); ok && d.lex.relationHeads[st+"y"] {
		return true // "allies"
	}
	if st, ok := strings.CutSuffix(w, "ves"); ok && d.lex.relationHeads[st+"fe"] {
		return true // "wives"
	}
	st, ok := strings.CutSuffix(w, "s")
	return ok && d.lex.relationHeads[st]
}

// maxAside is the longest aside, in tokens, that parentheses or a pair
// of dashes set off between a subject and its cue.
const maxAside = 25

// subjectPastAside takes, when no other subject was found, the subject
// before an aside in parentheses or between dashes that ends right
// before the cue: "Rep. Tom Elway (a Vermont Democrat who …) says",
// "Most farm owners — and nearly half of the ranchers — said".
func (d *document) subjectPastAside(f *frame, u unit, j int) bool {
	k, ok := d.asideOpening(j, u.lo)
	return ok && !d.nounBeforeAside(f, k, u.lo) && d.subjectBefore(f, u, k-1)
}

// nounBeforeAside reports whether the cue after the aside that opens at
// k is the noun of a phrase the aside interrupts ("A final (and
// personal) note"): a determiner and a singular word before the aside,
// and the cue in its bare form ("note", not "notes"), which no singular
// subject takes.
func (d *document) nounBeforeAside(f *frame, k, lo int) bool {
	toks := d.toks
	p, c := k-1, toks[f.cue]
	if p-1 < lo || !toks[p-1].in(lexDeterminers) || toks[p].kind != tokWord || toks[p].cap || d.pluralHead(p, false) {
		return false
	}
	return d.lex.is(c.lower+"s", lexCue) || d.lex.is(c.lower+"es", lexCue)
}

// asideOpening is the token that opens the aside closed by the ")" or
// the dash at j, in narration and within maxAside tokens; a doubled
// hyphen ("--") counts as one dash.
func (d *document) asideOpening(j, lo int) (int, bool) {
	toks := d.toks
	if j <= lo || !d.isNarration(j) {
		return 0, false
	}
	closing := toks[j].text
	opening := closing
	if closing == ")" {
		opening = "("
	} else if !isDash(closing) && closing != "-" {
		return 0, false
	}
	for j > lo && closing != ")" && toks[j-1].text == closing {
		j--
	}
	for k := j - 1; k > lo && j-k <= maxAside; k-- {
		t := toks[k]
		if !d.isNarration(k) || t.text == ")" || t.text == "." || t.text == ";" {
			return 0, false
		}
		if t.text == opening {
			for k > lo && closing != ")" && toks[k-1].text == closing {
				k--
			}
			return k, k > lo
		}
	}
	return 0, false
}

// goneOnTo is where the subject of the cue at i ends when a cue phrase
// and "to" stand before it ("Hale went on to say that …", "Orme then goes
// on to argue …"), or a word of readiness and "to" (lexicon/readiness-words:
// "Hale was quick to add that …", "was at pains to stress"): the subject
// of the phrase speaks; else just before the cue.
func (d *document) goneOnTo(i int, u unit) int {
	toks := d.toks
	if k, ok := d.comparedShareTo(i, u); ok {
		return k
	}
	if k, ok := d.occasionTo(i, u); ok {
		return k
	}
	if k, ok := d.hearsayPerfect(i, u); ok {
		return k
	}
	if i-3 >= u.lo && toks[i-1].is(fnTo) && d.isNarration(i-2) && toks[i-2].kind == tokWord && d.lex.readinessWords[toks[i-2].lower] && toks[i-3].kind == tokWord && !toks[i-3].is(fnDefinite) {
		if toks[i-3].in(lexPrepositions) && i-4 >= u.lo {
			return i - 4 // "was at pains to stress"
		}
		return i - 3 // "Hale was quick to add that …", "Cole is careful to note …": the subject before "be" speaks
	}
	if i-3 < u.lo || !toks[i-1].is(fnTo) || !d.isNarration(i-1) || d.cuePhraseAt(i-3, u) == cueNone {
		return i - 1
	}
	return i - 4
}

// comparedShareTo reports where the subject of a speech cue ends when a
// form of "be", a comparative and "likely to" stand before it, as a poll
// compares what shares of a group said ("Older voters were more likely to
// say the port should stay open", "Women are slightly less likely to
// say …"): the group speaks. "is likely to say" alone reports nothing yet
// (lexicon/readiness-words), and is left alone.
func (d *document) comparedShareTo(i int, u unit) (int, bool) {
	toks := d.toks
	if i-4 < u.lo || cueClassOf(toks[i]) != cueSpeech || !toks[i-1].is(fnTo) || toks[i-2].lower != "likely" || !d.isNarration(i-2) {
		return 0, false
	}
	switch toks[i-3].lower {
	case "more", "less", "most":
	default:
		return 0, false
	}
	j := i - 4
	if t := toks[j]; j-1 >= u.lo && t.kind == tokWord && !t.cap && (t.in(lexVerbModifiers) || strings.HasSuffix(t.lower, "ly")) && !t.is(fnBe) {
		j-- // "were noticeably more likely to say", "are far more likely to agree"
	}
	if t := toks[j]; t.kind != tokWord || t.cap || !t.is(fnBe) {
		return 0, false
	}
	return j, true
}

// maxMediumWords is how many words may name the medium a speaker took
// to ("took to Twitter", "took to the airwaves", "took to social media").
const maxMediumWords = 3

// occasionTo reports where the subject of a speech cue ends (the token
// before the phrase's verb) when the cue
// follows "to" after a phrase that says where or how readily the speaker
// went to speak: "took to" a medium ("Tom Hale took to the radio to say
// …", "taking to the airwaves to warn …") or "went out of his way"
// ("went out of her way to say that …"). The verb's subject speaks, as
// after "went on to say"; "plans to say" and "wants to say" report
// nothing yet and are left alone.
func (d *document) occasionTo(i int, u unit) (int, bool) {
	toks := d.toks
	if i-4 < u.lo || cueClassOf(toks[i]) != cueSpeech || !toks[i-1].is(fnTo) || !d.isNarration(i-1) {
		return 0, false
	}
	word := func(k int) bool { return toks[k].kind == tokWord && d.isNarration(k) }
	// "went out of his way to"
	if j := i - 6; j >= u.lo && toks[i-2].lower == "way" && toks[i-3].in(lexPossessiveDeterminers) && toks[i-4].lower == "of" && toks[i-5].lower == "out" && word(j) {
		switch toks[j].lower {
		case "go", "goes", "went", "going", "gone":
			return j - 1, j-1 >= u.lo
		}
	}
	// "took to Twitter to"
	for k := i - 2; k >= u.lo+1 && k >= i-1-maxMediumWords; k-- {
		if !word(k) || isCue(toks[k]) {
			return 0, false
		}
		if !toks[k].is(fnTo) {
			continue
		}
		if k == i-2 || !word(k-1) {
			return 0, false
		}
		switch toks[k-1].lower {
		case "take", "takes", "took", "taking", "taken":
			return k - 2, k-2 >= u.lo
		}
		return 0, false
	}
	return 0, false
}

// hearsayPerfect reports where the subject of a speech cue ends when the
// cue follows "to have" after a form of "be" and a cue's participle ("Ivo
// Tarrant is understood to have told staff that …", "was said to have
// warned", "is believed to have said"): the words are reported of the
// subject, who speaks. The subject ends before the form of "be".
func (d *document) hearsayPerfect(i int, u unit) (int, bool) {
	toks := d.toks
	if i-5 < u.lo || cueClassOf(toks[i]) != cueSpeech || !strings.HasSuffix(toks[i].lower, "d") && !d.lex.irregularParticiples[toks[i].lower] {
		return 0, false
	}
	for k := i - 4; k < i; k++ {
		if t := toks[k]; t.kind != tokWord || t.cap || !d.isNarration(k) {
			return 0, false
		}
	}
	if toks[i-1].lower != "have" || !toks[i-2].is(fnTo) || cueClassOf(toks[i-3]) == 0 || !toks[i-4].is(fnBe) {
		return 0, false
	}
	return i - 5, true
}

// perfectParticiple reports whether the cue of f follows a participle
// of "have" at j that opens its clause ("Having announced that …").
func (d *document) perfectParticiple(f *frame, u unit, j int) bool {
	toks := d.toks
	return f.class == cueSpeech && j >= u.lo && j+1 == f.cue && strings.HasSuffix(toks[j].lower, "ing") && !toks[j].is(fnBe) && !isCue(toks[j]) &&
		d.isNarration(j) && (j == u.lo || toks[j-1].text == ",")
}

// maxDocumentSubject is how far, in tokens, the words that follow a
// document's noun may run to the belief cue it is the subject of ("A
// Reuters survey of county chairs, who are influential in
// choosing the candidate, found …").
const maxDocumentSubject = 20

// documentSubject takes, for a belief cue with no subject found, the
// document that opens its clause: a noun phrase ending in a document noun,
// whatever modifies it before the cue ("A poll of voters leaving
// Sunday's runoff showed", "The audit released Friday showed", "Court
// records from the 2011 case show"). PolNeAR and the BBC attribute what
// documents find.
func (d *document) documentSubject(f *frame, u unit) bool {
	toks := d.toks
	if f.class != cueBelief {
		return false
	}
	s := u.lo
	if s < f.cue && toks[s].in(lexConjunctions) {
		s++ // "But the study also finds …"
	}
	for k := f.cue - 1; k > s; k-- {
		if toks[k].text == "," && d.isNarration(k) && d.fronted(s, k) {
			s = k + 1 // "For the second week, a survey shows …"
			break
		}
	}
	m, end, ok := d.npAfter(s, f.cue)
	if !ok || m.pronoun != "" || f.cue-end > maxDocumentSubject {
		return false
	}
	m, ok = d.documentHead(m, end)
	if !ok {
		return false
	}
	// "Figures from the Association of Home Lenders showed": the
	// document speaks for the body it comes from.
	if m.hi+1 < f.cue && toks[m.hi].is(fnSourceLink) {
		if src, e, ok := d.npAfter(m.hi+1, f.cue); ok && src.named() {
			m, end = src, max(end, e)
		}
	}
	for n := end; n < f.cue; n++ {
		if isCue(toks[n]) && d.isNarration(n) || !d.isNarration(n) {
			return false // the cue of another clause, or a quotation, stands between
		}
	}
	f.speaker, f.clLo = m, m.lo
	return true
}

// documentHead narrows the noun phrase m, which ends at end, to the
// document it names: up to its first document noun ("A Reuters survey of
// county chairs": the survey). ok is false when it names none, or when the
// noun is not the phrase's head: the object of a preposition ("the run-up
// to the poll") or a possessive ("the report's final chapter").
func (d *document) documentHead(m mention, end int) (mention, bool) {
	toks := d.toks
	for k := m.lo; k < end; k++ {
		t := toks[k]
		if t.kind != tokWord {
			continue
		}
		if k > m.lo && t.in(lexPrepositions) {
			return m, false
		}
		if t.stem&lexDocumentNouns == 0 {
			continue
		}
		if isPossessiveWord(t) {
			return m, false
		}
		if k+1 == end || !toks[k+1].in(lexDocumentNouns) {
			if k+1 < end {
				m = d.analyzeNP(m.lo, k+1)
			}
			return m, true
		}
	}
	return m, false
}

// fronted reports whether the words [s, k) before a comma are a phrase
// fronted before the subject ("For the second week,", "In Leeds,"): a
// preposition or a time word opens them.
func (d *document) fronted(s, k int) bool {
	t := d.toks[s]
	return t.kind == tokWord && (t.in(lexPrepositions|lexTimeWords) || t.in(lexModifierPreps))
}

// maxSettingTokens is the longest fronted phrase that says where a speaker
// spoke or wrote ("Writing in the Sunday Telegraph,").
const maxSettingTokens = 8

// frontedSetting reports whether the cue at f.cue opens its sentence as a
// participle with a prepositional phrase set off by a comma ("Writing in
// the Sun, Mr Pryce said …", "Writing on his blog, …"): it says where the
// main clause's speaker spoke, and the main clause's own cue reports.
func (d *document) frontedSetting(f *frame, u unit) bool {
	toks := d.toks
	i := f.cue
	if i != u.lo || !strings.HasSuffix(toks[i].lower, "ing") || i+1 >= u.hi || !toks[i+1].in(lexPrepositions) {
		return false
	}
	for k := i + 2; k < u.hi && k-i <= maxSettingTokens && d.isNarration(k); k++ {
		if toks[k].text == "," {
			return true
		}
	}
	return false
}

// skipVerbModifiers steps back from token j over the adverbs, auxiliaries
// and time phrases that stand between a subject and its cue ("has also
// said", "on Monday said"); with adverbs, over the manner adverbs of a
// speech cue too ("wrongly claimed").
func (d *document) skipVerbModifiers(j int, u unit, adverbs bool) int {
	toks := d.toks
	lo := u.lo
	for {
		for j >= lo && d.isNarration(j) && toks[j].kind == tokWord && (toks[j].in(lexVerbModifiers) && (u.titleCase || !d.nameBeforeCue(j)) || adverbs && d.adverbBeforeCue(j)) {
			j--
		}
		j = d.skipAdverbAside(j, lo)
		if j >= lo && (d.surnameTimeWord(j) || j+1 < len(toks) && d.nameBeforeCue(j)) {
			return j // "Theresa May said", "Mrs May told": a surname, no month; "…, Next said.": a firm, no time
		}
		// "The Audit Office on Monday said", "Smith last week told"
		s := d.timePhraseStart(j, lo)
		if s > j || s <= lo {
			return j
		}
		j = s - 1
	}
}

// floatedQuantity reports whether the word at j is a quantity that an
// auxiliary before it floats off the subject ("Ann Cole and Tom Reilly
// have both said", "The unions had all urged"): the subject stands
// before the auxiliary, and the quantity is none.
func (d *document) floatedQuantity(j, lo int) bool {
	t, p := &d.toks[j], &d.toks[max(j-1, 0)]
	return j > lo && t.kind == tokWord && !t.cap && t.in(lexQuantities) && !isDigitStart(t.text) &&
		p.kind == tokWord && !p.cap && p.in(lexAuxiliaries) && d.isNarration(j-1)
}

// nameBeforeCue reports whether the auxiliary at j is a capitalised name
// right before a finite cue, no bare verb or participle ("Will wrote", "May said",
// "Will says"): a modal or an adverb stands before a bare verb ("Will
// say"), not before "said". So is a capitalised function word inside the
// sentence after a closing attribution's comma ("…, Next said.").
func (d *document) nameBeforeCue(j int) bool {
	t := d.toks[j]
	if !t.cap || !d.finiteCue(d.toks[j+1]) {
		return false
	}
	// a capital inside the sentence after a closing attribution's comma
	// ("…, Next said."; stopCapSubject tests the comma) is a name too
	return t.in(lexAuxiliaries) || j > 0 && !d.opensSentence(j) && d.stopCapSubject(j)
}

// finiteCue reports whether c is a cue in a finite form, neither a bare
// verb nor a participle: "said", "says", not "say" (says), "push"
// (pushes) or "saying".
func (d *document) finiteCue(c token) bool {
	if !isCue(c) || strings.HasSuffix(c.lower, "ing") {
		return false
	}
	return !d.lex.is(c.lower+"s", lexCue) && !d.lex.is(c.lower+"es", lexCue)
}

// adverbBeforeCue reports whether token j is a manner adverb between a
// subject and its cue ("Hale wrongly claimed", "Okafor politely
// suggested"), or a negated auxiliary ("isn't saying", "wouldn't say"):
// a lower-case "-ly" word that is no noun the lexicon knows, or an "n't"
// contraction.
func (d *document) adverbBeforeCue(j int) bool {
	t := d.toks[j]
	if t.cap || !d.isNarration(j) {
		return false
	}
	if strings.HasSuffix(t.lower, "n't") {
		return true
	}
	if j >= 2 && d.nounAfterDeterminer(j) && d.toks[j-2].is(fnRoleLink) {
		// "the organizer of the rally said": a noun in "-ly" ("in a
		// widely read column" is an adverb still).
		return false
	}
	return strings.HasSuffix(t.lower, "ly") && len(t.lower) > minAdverbLen && !npWord(t) && !isCue(t) && !t.in(lexStopCaps|lexTimeWords)
}

// minAdverbLen: shorter "-ly" words are rarely adverbs ("ally", "Italy").
const minAdverbLen = 4

// participleCue marks a participle after a comma or a dash ("…, adding
// that") or a cue coordinated with "and": the subject is that of the main
// clause, found later (inheritSubjects).
func (d *document) participleCue(f *frame, u unit, j int) bool {
	toks := d.toks
	i := f.cue
	// A quote cue reports only a quotation or a that-clause, so its gerund is
	// as safe as a speech cue's ("…, pointing out that", "…, lamenting that").
	// So is a citing verb's, whose object is the grounds the main clause's
	// subject gives ("…, citing a fall in orders").
	ing := strings.HasSuffix(toks[i].lower, "ing") && (f.class != cueBelief || d.lex.citingVerbs[toks[i].lower])
	// `…, telling`, `… as “superb,” telling reporters`
	gerund := ing && (j < u.lo || toks[j].text == "," || isDash(toks[j].text) || d.isCloseMark(j) && j > u.lo && toks[j-1].text == ",")
	// "…about its products saying that demand …": British copy drops the comma
	gerund = gerund || ing && f.class == cueSpeech && j == i-1 && j > u.lo && d.restatingParticiple(i, u.hi)
	// "closed the session by saying the team …", "was quoted as saying"
	afterPrep := ing && j > u.lo && d.isNarration(j) && (toks[j].is(fnGerundPreposition) || toks[j].is(fnQuotedAs) && d.quotingVerbBefore(u, j) >= 0)
	// "After saying the quay was safe, Tom Hale …": the preposition opens the
	// unit, and the participle is fronted as a bare one is ("Saying he
	// was nervous, Tom Hale …"); the main clause's subject speaks.
	// ("By saying …, she calmed …" is left alone: the report's end there
	// is not found.)
	gerund = gerund || ing && f.class == cueSpeech && j == u.lo && toks[j].is(fnGerundPreposition) && toks[j].lower != "by" && d.isNarration(j)
	// "… and said", "…, but suggested": "but" coordinates a speech cue only
	// (a belief after it goes on the same report: "wanted change, but found …").
	coordinated := j >= u.lo && (toks[j].is(fnAnd) || (toks[j].is(fnCoordinator) || d.sequenceThen(j, i)) && f.class != cueBelief) && d.isNarration(j) && !d.pastPerfectBetween(u, j+1, i)
	// "Having announced that …, the judge …": a perfect participle.
	perfect := !ing && d.perfectParticiple(f, u, j)
	if !gerund && !afterPrep && !coordinated && !perfect {
		return false
	}
	f.participle = true
	f.afterPreposition = afterPrep && !gerund
	f.coordinated = !perfect && toks[i].lower != "" && !strings.HasSuffix(toks[i].lower, "ing")
	return true
}

// sequenceThen reports whether the comma at j and a "then" right after
// it coordinate the cue at i with the verb before ("offered him a job,
// then said …"), as ", and said" does; "and then said" is "and"'s.
func (d *document) sequenceThen(j, i int) bool {
	t := d.toks[j+1]
	return d.toks[j].text == "," && j+2 == i && t.kind == tokWord && !t.cap && t.lower == "then"
}

// audienceSpeaker is the speaker of an -ing cue whose noun phrase before
// it, ending at j, is the audience of a "to" ("made a pitch to upstate
// voters saying …", "sent a note to staff saying …"): the subject that
// opens the unit.
func (d *document) audienceSpeaker(f *frame, u unit, j int) (mention, bool) {
	if f.class != cueSpeech || !strings.HasSuffix(d.toks[f.cue].lower, "ing") || !d.audienceEndsAt(j, u.lo) {
		return mention{}, false
	}
	m, ok := d.openingSubject(u, f.cue-1)
	return m, ok && m.kind != KindUnknown
}

// hearersSpeak reports whether the group m after "to", right before the
// -ing speech cue of f, says the words itself: "Ann Hale listened to
// voters saying …", after a verb of hearing (lexicon/hearing-verbs), with
// "in" or an "-ly" adverb between ("tuned in to", "listened closely
// to"). After any other word the subject speaks: "turned to reporters
// saying …", and after a word of a message audienceSpeaker gives the
// words to the subject ("wrote to members saying …").
func (d *document) hearersSpeak(f *frame, m mention) bool {
	if f.class != cueSpeech || !strings.HasSuffix(d.toks[f.cue].lower, "ing") || m.kind != KindGroup || m.hi != f.cue || m.lo < 2 {
		return false
	}
	t := d.toks[m.lo-1]
	if t.kind != tokWord || t.cap || !t.is(fnTo) {
		return false
	}
	v := d.toks[m.lo-2]
	if m.lo > 2 && v.kind == tokWord && (v.lower == "in" || strings.HasSuffix(v.lower, "ly")) {
		v = d.toks[m.lo-3]
	}
	return v.kind == tokWord && d.lex.hearingVerbs[v.lower]
}

// audienceEndsAt reports whether the noun phrase that ends at token j,
// within a unit starting at lo, is the object of a lower-case "to" after
// a word of a message (lexicon/audience-words: "a pitch to upstate
// voters", "wrote to members").
func (d *document) audienceEndsAt(j, lo int) bool {
	m, ok := d.subjectNPBefore(j, lo)
	if !ok || m.pronoun != "" {
		return false
	}
	// (past modifiers the phrase leaves out: "to upstate voters")
	for k := m.lo - 1; k >= lo && k >= m.lo-1-maxDescriptorWords && d.isNarration(k); k-- {
		t := d.toks[k]
		if t.kind == tokWord && !t.cap && t.is(fnTo) {
			return k > lo && d.toks[k-1].kind == tokWord && d.toks[k-1].in(lexAudienceWords) // "a pitch to voters saying", not "listened to voters saying"
		}
		if !d.nounModifier(k) && !(t.kind == tokWord && t.in(lexDeterminers)) {
			return false
		}
	}
	return false
}

// pastPerfectBetween reports whether "had" stands among tokens [lo, hi),
// the words between a coordinating "and" and a cue, inside a report that
// an earlier cue of the sentence opened with no comma since: "said her
// client was sorry and had told police everything" goes on the report, in
// its backshifted tense, and is no second cue of the speaker's ("pleaded
// guilty and had told the court …", "said the plan was fine, and had told
// reporters …" are).
func (d *document) pastPerfectBetween(u unit, lo, hi int) bool {
	had := false
	for k := lo; k < hi; k++ {
		had = had || d.toks[k].lower == "had"
	}
	if !had {
		return false
	}
	for k := lo - 2; k >= u.lo; k-- { // (lo-1 is the "and")
		t := d.toks[k]
		if t.text == "," || t.text == ";" || !d.isNarration(k) {
			return false
		}
		if t.kind == tokWord && !t.cap && isCue(t) {
			return true
		}
	}
	return false
}

// Bounds of the search for a subject set off by commas before its cue.
const (
	// appositiveWindow: how far back, in tokens, the subject may start
	// ("Dana Whitlow, the attorney general of Montana, one of the states
	// contesting the rule, said").
	appositiveWindow = 40
	// maxAppositiveCommas: how many commas may stand between the subject
	// and its cue.
	maxAppositiveCommas = 3
	// maxPartyStateTokens: a party and state between commas ("R-Ky.")
	// spans at most this many tokens from comma to comma.
	maxPartyStateTokens = 3
)

// appositiveSubject finds a subject set off by commas before the cue at
// j+1: "Zelnik, the cabinet spokesman, said", "The city's cultural
// secretary, Beatriz Conceição, said", "Walt Pellow, R-Ky., said".
func (d *document) appositiveSubject(f *frame, u unit, j int) bool {
	start, ok := d.appositiveScanStart(u, j)
	if !ok {
		return false
	}
	commas, seg := 0, j
	if start < j-1 {
		seg = start + 1 // `…, star of the show "Island Life," said`: the phrase ends before the quoted title
	} else if start >= 0 { // (start < 0: a dash opening the text, nothing before it)
		if qi := d.quoteOfMark(start); qi >= 0 && d.isCloseMark(start) && d.wordBeforeQuote(qi) {
			seg = d.quotes[qi].tokLo - 1 // `…, presenter of "Island Life", said`: so it does with the comma outside the marks
		}
	}
	var role span
	limit, townComma := maxAppositiveCommas, -1
	if d.stateAfterTown(start+1, u.lo) {
		// "Tom Hale, addressing farmers in Dunmore, N.C., said": the
		// comma before the cue closes a state, and the state between the
		// town's comma and it is no name set off by commas.
		townComma = d.townComma(start + 1)
	}
	var fb mention // the subject found at a town's or its state's comma
	fbLo := 0
	for p := start; p > u.lo && j-p < appositiveWindow && commas < limit; p-- {
		if qi := d.quoteOfMark(p); qi >= 0 && d.isCloseMark(p) && (p < seg-1 || d.wordBeforeQuote(qi)) {
			p = d.quotes[qi].tokLo - 1 // "Mr Dale, citing "the magic of the town," said"; `who called it "a disaster", said`
			continue
		}
		if !d.isNarration(p) {
			break
		}
		if !isAsideSeparator(d.toks[p]) {
			continue
		}
		if commas == 0 && p+1 < j && isDash(d.toks[p].text) && d.toks[p+1].kind == tokWord && !d.toks[p+1].cap && d.toks[p+1].in(lexAuxiliaries) {
			break // "Ann Kell — who ran the port — has been "a disaster," said X": a predicate after the aside, no aside before the cue
		}
		commas++
		state := d.stateAfterTown(p, u.lo)
		if state && limit == maxAppositiveCommas {
			limit++ // "Nell Varga, 44, of Tulsa, Okla., who …, said": the state's comma is the home town's
		}
		// "Lena Marsh, who lost her home in Dunmore, Colorado, in July,
		// said": neither the state nor the town speaks while a subject
		// stands before them; with none, the one found there does.
		skip := state || p == townComma
		if state {
			townComma = d.townComma(p)
		}
		if m, clLo, ok := d.roleCommaName(p, seg, u.lo); ok && commas == 1 {
			if !skip {
				f.speaker, f.clLo = m, clLo
				return true
			}
			fb, fbLo = m, clLo
		}
		if r := d.commaPhraseRole(p, seg, commas); !r.empty() {
			role = r
		}
		m, ok := d.subjectNPBefore(p-1, u.lo)
		if !ok {
			m, ok = d.headOfPhraseObject(p-1, u.lo) // "Supporters of the plan, on Monday, argued"
		}
		if ok && !d.standsAlone(m, u.lo) {
			m = d.headBeforeModifier(m, u.lo) // "Backers of the levy, however, say"
		}
		if ok && d.standsAlone(m, u.lo) {
			if accepted, stop := d.appositiveFits(&m, p, seg, commas, role); accepted {
				if m.named() && commas == 1 && d.pluralRoleHead(d.toks[d.roleHeadAt(p+1, seg)]) {
					m = d.coordinatedNames(m, u.lo) // "Ann Cole and Tom Reilly, the firm's co-founders, said": both
				}
				if !skip {
					f.speaker, f.clLo = m, m.lo
					return true
				}
				if fb.hi == 0 {
					fb, fbLo = m, m.lo
				}
			} else if stop {
				break
			}
		}
		seg = p
	}
	if fb.hi > 0 {
		f.speaker, f.clLo = fb, fbLo
		return true
	}
	return false
}

// wordBeforeQuote reports whether a word of the narration stands right
// before quotation qi's opening mark: the quotation is a fragment of a
// phrase (`who has called the plan "a disaster", said`), not a quote of
// its own.
func (d *document) wordBeforeQuote(qi int) bool {
	o := d.quotes[qi].tokLo - 1
	return o > 0 && d.isOpenMark(o) && d.toks[o-1].kind == tokWord && d.isNarration(o-1)
}

// finiteVerb reports whether the lower-case word at m reads as a finite
// verb after a noun: "-ed" ("a dozen firms closed last year"), or "-s"
// before "to" or a determiner ("the council refuses to pay"); then the
// phrase is a clause of its own, not a summing phrase.
func (d *document) finiteVerb(m, hi int) bool {
	t, p := d.toks[m], d.toks[m-1]
	if p.kind != tokWord || p.fn != 0 || isCue(t) || t.fn != 0 || t.in(lexRoleModifiers) {
		return false
	}
	if strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4 {
		return true
	}
	return strings.HasSuffix(t.lower, "s") && m+1 < hi && (d.toks[m+1].is(fnTo) || d.toks[m+1].in(lexDeterminers))
}

// isPartyStateMention reports whether m is a party and state ("D-Calif."
// in "Rep. Gina Holloway, D-Calif., who sits on the committee, said"): the
// subject stands before it.
func (d *document) isPartyStateMention(m mention) bool {
	return m.hi-m.lo <= maxPartyStateTokens && isPartyState(d.text[d.toks[m.lo].start:d.toks[m.hi-1].end])
}

// isAsideSeparator: commas and dashes set off an aside ("Hale - who …
// - has vowed").
func isAsideSeparator(t token) bool {
	return t.text == "," || isDash(t.text) || t.text == "-"
}

// appositiveScanStart is where the backward scan for a subject set off by
// commas starts, the comma before the cue being at j; ok is false when no
// comma ends the phrase. The comma may end a quotation inside the phrase:
// `Mr Dale, citing "the magic of the town," said`.
func (d *document) appositiveScanStart(u unit, j int) (int, bool) {
	if j >= u.lo && isAsideSeparator(d.toks[j]) && d.isNarration(j) {
		return j - 1, true
	}
	if j <= u.lo || !d.isCloseMark(j) || d.toks[j-1].text != "," {
		return 0, false
	}
	qi := d.quoteOfMark(j)
	if qi < 0 {
		return 0, false
	}
	return d.quotes[qi].tokLo - 2, true
}

// commaPhraseRole is the role the comma phrase toks[p+1:seg] states, the
// commas-th before the cue: a role phrase, or after an age any noun
// phrase ("Ann Cole, 60, a doctor, said").
func (d *document) commaPhraseRole(p, seg, commas int) span {
	if r := d.appositiveRole(p+1, seg); !r.empty() {
		return r
	}
	if commas == 1 && isDigitStart(d.toks[p-1].text) {
		return d.nounAppositive(p+1, seg)
	}
	return span{}
}

// pastFunctionClause reports whether toks[b:hi] is a relative clause of
// function in the past tense ("who founded the firm in 1998", "who led the
// union for a decade"): what the person did, not the post a title before
// the name gives.
func (d *document) pastFunctionClause(b, hi int) bool {
	if _, ok := d.functionClause(b, hi); !ok {
		return false
	}
	for k := b + 1; k < hi; k++ { // the clause's verb ("who served as chairman": not the role it ran to)
		if v := d.toks[k]; v.in(lexRoleVerbs) {
			return strings.HasSuffix(v.lower, "ed") || d.lex.irregularPast[v.lower]
		}
	}
	return false
}

// partyStateBetween reports whether the phrase toks[p+1:seg] between a
// person's comma and the cue is a party and state ("R-Ky."); an empty
// phrase (a comma right before the cue) is none.
func (d *document) partyStateBetween(p, seg int) bool {
	return seg > p+1 && seg-p <= maxPartyStateTokens && isPartyState(d.text[d.toks[p+1].start:d.toks[seg-1].end])
}

// appositiveFits decides whether the mention m before the comma at p is
// the subject of a cue after the comma phrase toks[p+1:seg], and gives it
// the role the phrase states. A person (a name or a pronoun) takes a role
// ("Zelnik, the cabinet spokesman, said"; "Tom Reilly, a fisherman, said"),
// a party and state, an age, or an aside ("Smith, who …, said"; "Ms Lopes,
// speaking after the meeting, said"); a description ("The official", "the
// water board", "Critics") takes only an aside, or a person's age. stop says the phrase is no
// appositive at all ("Smith, a year later, said").
func (d *document) appositiveFits(m *mention, p, seg, commas int, role span) (accepted, stop bool) {
	toks := d.toks
	person := m.named() || m.pronoun != ""
	aside := d.asideAfter(*m, p, seg, commas)
	switch {
	case person && !role.empty():
		if !m.role.empty() && d.pastFunctionClause(p+1, seg) {
			break // "Chief executive Mark Delaney, who founded the firm in 1998,": the title is her role, the clause her past
		}
		if m.role.empty() || !d.affiliationOpens(p+1) || d.rankTitle(m.role) {
			// (but "Lead author Dr Ann Cole, of the University of Leeds,":
			// the role before the name says more than where she works; a
			// rank's abbreviation does not: "Det Insp Paul Rowe, of West
			// Yorkshire Police," is the force's)
			m.role = role
		}
	case person && d.partyStateBetween(p, seg):
		m.party = span{toks[p+1].start, toks[seg-1].end} // "Walt Pellow, R-Ky., said"
	case !person && m.kind != KindUnknown && commas == 1 && d.namingPhrase(p+1, seg):
		// "The new firm, called Velora, said", "The group, known as
		// Parents for Hale, said": the name the aside gives is the
		// subject's.
		m.name = span{toks[d.namingPhraseName(p+1)].start, toks[seg-1].end}
	case aside:
	case !person && m.kind == KindPerson && seg == p+2 && isDigitStart(toks[p+1].text):
		// "The former minister, 64, said": a described person's age.
	case !person && m.kind == KindPerson && commas == 1 && d.namesRoleObject(*m, p+1, seg):
		// "The mayor of the county town, Wexbury, said": the name is the town's.
	case !person && m.kind == KindPerson && commas == 1 && toks[p+1].is(fnIndefiniteArticle) && d.clauseSubjectAt(m.lo) && !d.nounAppositive(p+1, seg).empty():
		// "The senator, a former prosecutor, said", "the mayor, a
		// Democrat, said": a described person and what else they are;
		// the description stays the role.
	case !person:
		return false, false
	case isDigitStart(toks[p+1].text): // "Tom Reilly, 57, said"
	case commas == 1:
		r := d.nounAppositive(p+1, seg)
		if r.empty() && !d.describes(p+1, seg) {
			return false, true
		}
		m.role = r
	}
	if !person && m.kind == KindUnknown && toks[p+1].is(fnWho) {
		m.kind = KindPerson // "One trader, who declined to give a name, said": "who" is a person
		if b := m.lo + 1; b < m.hi && toks[m.lo].in(lexDeterminers) && m.role.empty() {
			m.role = span{toks[b].start, toks[m.hi-1].end}
		}
	}
	if !person && m.kind == KindUnknown {
		return false, false
	}
	return true, false
}

// clauseSubjectAt reports whether a subject at k opens its sentence,
// follows an opening word ("Later, the …") or a sentence's opening "and"
// or "but" ("But the …"), or follows the quotation it attributes (`"…,"
// the mayor, a Democrat, said`): a description inside a comma phrase
// ("Hale, facing a challenge in Iowa, a swing state, said") is no
// subject.
func (d *document) clauseSubjectAt(k int) bool {
	j := k - 1
	if j >= 0 && d.toks[j].text == "," {
		j--
	}
	return d.opensSentence(k) || d.afterOpeningWord(k) || j >= 0 && d.isCloseMark(j) || k > 0 && d.toks[k-1].is(fnCoordinator) && d.opensSentence(k-1)
}

// namingPhrase reports whether the comma phrase toks[lo:hi] gives a name:
// a label verb ("called", "dubbed") or "known as", then capitalised words
// alone, with the small words of a title between them ("called Velora",
// "dubbed Parents for Hale").
func (d *document) namingPhrase(lo, hi int) bool {
	n := d.namingPhraseName(lo)
	if n == lo || n >= hi || hi-n > maxNameWords || !d.toks[n].cap || !d.toks[hi-1].cap {
		return false
	}
	for k := n; k < hi; k++ {
		if t := d.toks[k]; t.kind != tokWord || !t.cap && !t.in(lexTitleFunctionWords) || !d.isNarration(k) {
			return false
		}
	}
	return true
}

// namingPhraseName is where the name starts after the label verb or the
// "known as" at lo (lo itself: neither is there).
func (d *document) namingPhraseName(lo int) int {
	t := d.toks[lo]
	switch {
	case t.kind != tokWord || t.cap || !d.isNarration(lo):
		return lo
	case t.in(lexLabelVerbs):
		return lo + 1
	case t.lower == "known" && lo+1 < len(d.toks) && d.toks[lo+1].lower == "as":
		return lo + 2
	}
	return lo
}

// asideAfter reports whether the comma phrase toks[p+1:seg] after m is an
// aside the subject m may take before its cue: an aside about m, or one
// about the firm m's description names.
func (d *document) asideAfter(m mention, p, seg, commas int) bool {
	return d.aside(p+1, seg) || d.firmDescribed(m, p, seg, commas)
}

// firmDescribed reports whether the comma phrase toks[p+1:seg] describes
// the name a description ends in, not the described person: "A spokesman
// for Telmark, the biggest provider, said".
func (d *document) firmDescribed(m mention, p, seg, commas int) bool {
	return commas == 1 && !m.named() && m.pronoun == "" && m.kind == KindPerson && d.namedAfterPreposition(m) && d.describes(p+1, seg)
}

// namedAfterPreposition reports whether the description m ends in a name
// after a lower-case preposition ("a spokesman for Telmark", "the head of
// Ofcast") and opens its phrase: an appositive after it describes what
// is named.
func (d *document) namedAfterPreposition(m mention) bool {
	toks := d.toks
	if m.lo > 0 && toks[m.lo-1].text == "," {
		return false // "Greg Hale, head of Avco, a Texas firm, said": the name before speaks
	}
	for k := m.hi - 1; k > m.lo; k-- {
		if t := toks[k]; !t.cap {
			return k < m.hi-1 && t.kind == tokWord && t.in(lexPrepositions) && d.isNarration(k)
		}
	}
	return false
}

// participleWord reports whether t is a lower-case participle: in "-ed"
// or "-ing", or one of lexicon/irregular-participles ("clad", "seen").
func (d *document) participleWord(t token) bool {
	return isParticiple(t) || t.kind == tokWord && !t.cap && d.lex.irregularParticiples[t.lower]
}

// shortAside reports whether the comma phrase toks[lo:hi] is an adverb
// ("Pellow, meanwhile, told Reuters"), a time word and a state ("Mr.
// Cole, now 81, said", "Ms. Hale, now retired, said"), a subordinator
// and a participle ("when asked") or an adverb and a state ("visibly
// angry").
func (d *document) shortAside(lo, hi int) bool {
	t := d.toks[lo]
	if t.kind != tokWord || t.cap {
		return false
	}
	if hi == lo+1 {
		return t.in(lexVerbModifiers) || t.in(lexStopCaps)
	}
	if hi != lo+2 || !d.narrationWords(lo, hi) || d.toks[lo+1].cap {
		return false
	}
	n := d.toks[lo+1]
	switch {
	case t.in(lexTimeWords) && !t.in(lexPrepositions):
		return true // "Ann Cole, last week, said"
	case t.is(fnSubordinator) && d.participleWord(n):
		return true // "Ann Cole, when asked, said", "if elected"
	case len(t.lower) > minAdverbLen && strings.HasSuffix(t.lower, "ly") && !n.in(lexPrepositions|lexDeterminers|lexConjunctions|lexSubjectPronouns|lexObjectPronouns) && n.fn == 0:
		return true // "Ann Cole, visibly angry, said", "clearly frustrated": an adverb and the state it qualifies
	}
	return false
}

// aside reports whether the comma phrase toks[lo:hi] is an aside about the
// noun before it, not a phrase of its own: a relative clause ("who …",
// "which …"), a participle ("speaking after the meeting") or an
// "including …" phrase.
func (d *document) aside(lo, hi int) bool {
	if lo >= hi {
		return false
	}
	t := d.toks[lo]
	if d.shortAside(lo, hi) {
		return true
	}
	if t.kind == tokWord && !t.cap && hi-lo <= maxPrepositionalAside && t.in(lexPrepositions) && d.narrationWords(lo, hi) && !anyCap(d.toks[lo:hi]) {
		return true // "Okafor, in contrast, told …", "Ms Cole, for her part, said"
	}
	if d.circumstanceAside(lo, hi) {
		return true // "Mr. Hale, in a short phone call on Friday, said", "Hale, in Kansas, said"
	}
	if d.participleWord(t) && lo+1 < hi && d.toks[lo+1].in(lexPrepositions) {
		return true // "Tom Reilly, moved by her account, told her …", "Ann Cole, clad in red, said"
	}
	if e, ok := d.timePhraseEnd(lo+1, hi); ok && e == hi && d.pastParticiple(t) && !t.cap {
		return true // "The indictment, unsealed Wednesday, alleges …", "released last week"
	}
	if d.questionAside(lo, hi) || t.is(fnSubordinator) && d.questionAside(lo+1, hi) {
		return true // "Ann Cole, asked whether the pier was safe, said", "when asked whether …", "told that it would close"
	}
	return t.is(fnRelative|fnAside) || d.contractedRelative(t) || t.kind == tokWord && !t.cap && strings.HasSuffix(t.lower, "ing") && len(t.lower) >= minGerundLen || d.homeTown(lo, hi) || d.companionAside(lo, hi)
}

// questionAside reports whether the comma phrase toks[lo:hi] opens with
// a cue's past participle and the clause or infinitive it takes: what was
// put to the subject ("asked whether the pier was safe", "told that it
// would close", "asked to comment"), an aside before the subject's own
// cue.
func (d *document) questionAside(lo, hi int) bool {
	if lo+1 >= hi {
		return false
	}
	t, n := d.toks[lo], d.toks[lo+1]
	return d.pastParticiple(t) && (isCue(t) || t.in(lexCueQuestion)) && (n.in(lexClauseOpeners) || n.is(fnTo))
}

// companionAside reports whether the comma phrase toks[lo:hi] names
// those who join the subject ("along with Courier reporter Tom Hale",
// "together with two colleagues", "as well as her aide"): an aside, no
// role; the subject before it speaks.
func (d *document) companionAside(lo, hi int) bool {
	toks := d.toks
	if hi-lo < 3 || toks[lo].cap || !d.isNarration(lo) {
		return false
	}
	a, b := toks[lo].lower, toks[lo+1].lower
	return (a == "along" || a == "together") && b == "with" || a == "as" && b == "well" && toks[lo+2].lower == "as" && hi-lo >= 4
}

// circumstanceAside reports whether the comma phrase toks[lo:hi] says
// where, when or how the subject before it speaks: a prepositional
// phrase of a few words with no clause in it ("in a short phone call on
// Friday", "in Kansas").
func (d *document) circumstanceAside(lo, hi int) bool {
	t := d.toks[lo]
	return t.kind == tokWord && !t.cap && hi-lo <= maxCircumstanceAside && t.in(lexModifierPreps) && !t.is(fnOf) && d.narrationWords(lo, hi) && !d.clauseInPhrase(lo, hi)
}

// homeTown reports whether the comma phrase toks[lo:hi] is "of Harrogate"
// or "from Leeds": where a person lives, an aside ("Colin Marsh, 54, of
// Harrogate, admitted …").
func (d *document) homeTown(lo, hi int) bool {
	t := d.toks[lo]
	return (t.is(fnOf) || t.lower == "from") && !t.cap && hi-lo >= 2 && hi-lo <= maxPlaceAside && allCap(d.toks[lo+1:hi])
}

// maxStateWords is the longest state or country after a home town, in
// tokens ("of Portland, New Hampshire").
const maxStateWords = 2

// townBefore reports whether the comma at p ends a home town after a
// name: capitalised words after a lower-case "of" or "from" that follows
// a capitalised word ("Ann Cole of Dayton,").
func (d *document) townBefore(p, lo int) bool {
	toks := d.toks
	for k := p - 1; k > lo && p-k <= maxPlaceAside; k-- {
		t := toks[k]
		if (t.is(fnOf) || t.lower == "from") && !t.cap {
			return k < p-1 && toks[k-1].cap
		}
		if !t.cap {
			return false
		}
	}
	return false
}

// stateAfterTown reports whether the comma at p closes a state after a
// home town set off by a comma ("…, of Tulsa, Okla.,"; "Ann Cole of
// Dayton, Ohio,"), or after a town where something happens ("in
// Dunmore, Pa.,"): the two commas are one aside.
func (d *document) stateAfterTown(p, lo int) bool {
	toks := d.toks
	if p <= lo || toks[p].text != "," {
		return false // (a comma opening the unit closes no state: ", Ann Hale backed …")
	}
	e := p
	if toks[p-1].text == "." {
		e-- // "Okla." is a word and its stop
	}
	k := e - 1
	for k > lo && e-k <= maxStateWords && toks[k].cap && toks[k].kind == tokWord {
		k--
	}
	if k == e-1 || toks[k].text != "," {
		return false
	}
	for b := k - 1; b > lo && k-b <= maxPlaceAside+1; b-- {
		if t := toks[b]; !t.cap {
			return b < k-1 && t.kind == tokWord && (t.is(fnOf|fnIn) || t.lower == "from" || t.lower == "at")
		}
	}
	return false
}

// townComma is the comma before the state whose closing comma is at p
// (stateAfterTown), the one after the town, when no name stands right
// before the town's preposition: "Eli Marsh of Tulsa, Okla., said" is
// Eli Marsh's, the phrase before that comma; else -1.
func (d *document) townComma(p int) int {
	toks := d.toks
	k := p - 1
	for k > 0 && toks[k].text != "," {
		k--
	}
	b := k - 1
	for b > 0 && toks[b].cap {
		b--
	}
	if b > 0 && toks[b-1].cap && toks[b-1].kind == tokWord {
		return -1
	}
	return k
}

// maxPlaceAside is the longest home-town aside, in tokens ("of Newton
// Abbot").
const maxPlaceAside = 4

// maxCircumstanceAside is the longest aside, in tokens, that says where,
// when or how the subject speaks ("in a short phone call on Friday").
const maxCircumstanceAside = 8

// maxPrepositionalAside is the longest prepositional aside, in tokens,
// between a subject and its cue ("in contrast", "for his part").
const maxPrepositionalAside = 3

// nounAppositive is the role an appositive noun phrase states when no
// lexicon knows its head ("Tom Reilly, a fisherman, said"; "Ann Cole, a
// cook at the Harbour Inn, said"; "…, a talk radio host and studio
// manager, said"): a determiner and lower-case words ending in a noun, or
// in a capitalised one ("a Democrat"), which a prepositional phrase may
// follow; the span leaves the determiner out.
func (d *document) nounAppositive(lo, hi int) span {
	toks := d.toks
	if hi-lo < 2 || hi-lo > maxAppositiveTokens || !toks[lo].in(lexDeterminers) {
		return span{}
	}
	head, hi, ok := d.appositiveHead(lo, hi)
	if !ok || !descriptorHead(toks[head]) && !(toks[head].cap && head > lo) || head < hi-1 && isCue(toks[head]) {
		return span{}
	}
	for k := lo + 1; k < head; k++ {
		if toks[k].cap || isCue(toks[k]) && !d.nounCompoundWord(k) {
			return span{}
		}
	}
	return span{toks[lo+1].start, toks[hi-1].end}
}

// appositiveHead finds the head of the appositive toks[lo:hi] after its
// determiner at lo: the last word before its first preposition, or its
// last word. It returns the head and the phrase's end (before a relative
// word), and false when a word cannot be part of the phrase.
func (d *document) appositiveHead(lo, hi int) (head, end int, ok bool) {
	toks := d.toks
	head = -1
	for k := lo + 1; k < hi; k++ {
		t := toks[k]
		if k > lo+1 && t.kind == tokWord && t.is(fnRelative) && d.isNarration(k) {
			hi = k // "a former planner who now studies towns": the role ends at "who"
			break
		}
		if !d.isNarration(k) || t.kind != tokWord || t.in(lexTimeWords|lexSubjectPronouns) || t.is(fnRelative|fnComplementizer) {
			return 0, 0, false
		}
		switch {
		case head >= 0: // the prepositional phrase after the head: "at the Harbour Inn"
		case k > lo+1 && !t.cap && t.in(lexPrepositions):
			head = k - 1
		case t.cap && (k+1 < hi && !toks[k+1].in(lexPrepositions) || t.in(lexStopCaps)):
			return 0, 0, false // a capitalised word heads the phrase or none does
		}
	}
	if head < 0 {
		head = hi - 1
	}
	return head, hi, true
}

// nounCompoundWord reports whether the cue word at k modifies the noun
// after it ("a talk radio host"): a lower-case word follows it.
func (d *document) nounCompoundWord(k int) bool {
	n := d.toks[k+1]
	return n.kind == tokWord && !n.cap && !n.in(lexDeterminers|lexPrepositions)
}

// roleCommaName reads "ROLE, NAME," before a cue: the person named between
// the commas at p and seg, with the role before p ("The city's cultural
// secretary, Beatriz Conceição, said").
func (d *document) roleCommaName(p, seg, lo int) (m mention, clLo int, ok bool) {
	toks := d.toks
	if t := toks[p+1]; t.kind == tokWord && !t.cap && t.in(lexPrepositions) {
		return mention{}, 0, false // "Colin Marsh, of Harrogate, said": a home town, not a name
	}
	if d.townBefore(p, lo) && seg-p-1 <= maxStateWords && allCap(toks[p+1:seg]) {
		return mention{}, 0, false // "Ann Cole of Dayton, Ohio, said": the town's state, not a name
	}
	if d.inRelativeAside(p, lo) {
		return mention{}, 0, false // "Ruth Adler, who lives outside the county town, Harlow, said": the clause's object
	}
	if m, ok := d.nowTitledName(p, seg, lo); ok {
		return m, m.lo, true
	}
	m, named := d.roleNamedName(p+1, seg)
	if !named {
		var end int
		m, end, ok = d.npAfter(p+1, seg)
		if !ok {
			m, end, ok = d.monthNameAfterRelation(p, seg, lo)
		}
		if !ok || end != seg || !m.named() || m.kind != KindPerson && !d.describedOrg(m, p, lo) || isPartyState(d.text[m.name.start:m.name.end]) {
			return mention{}, 0, false // "Rep. Lou Fenner, R-N.Y., says": a party and state, not a name
		}
	}
	// The clause starts at the phrase before the name ("the company's
	// founder, Alan Roe, said"): it is no report of the cue's.
	clLo = m.lo
	if s := d.possessiveDescriptionStart(p, lo); s >= 0 && m.kind == KindOrganization {
		clLo = s // "Its rival, Corvane Inc, said"
		if !named {
			b := s
			if toks[s].in(lexPossessiveDeterminers) {
				b++ // the role is "rival", not "Its rival"
			}
			m.role = span{toks[b].start, toks[p-1].end}
		}
	} else if r, ok := d.npBefore(p-1, lo); ok && !r.named() && r.pronoun == "" && (r.kind == KindPerson || m.kind == KindOrganization) {
		if !named && d.namesRoleObject(r, p+1, seg) {
			return mention{}, 0, false // "The mayor of the county town, Wexbury, said": the town is Wexbury
		}
		clLo = r.lo
		if !named { // "a retired fisherman named …" states its own role
			m.role = span{toks[r.lo].start, toks[p-1].end}
			if toks[r.lo].in(lexDeterminers) && r.lo+1 < p {
				m.role.start = toks[r.lo+1].start
			}
		}
	}
	return m, clLo, true
}

// nowTitledName is the name a person named before the comma at p goes by
// now, when the comma phrase toks[p+1:seg] is "now" and a titled name
// ("Former Labour minister Jane Hale, now Baroness Hale, said"): the
// peer's name is the one she speaks under (DESIGN keeps the title in the
// name), and the role stated with her first name stays hers.
func (d *document) nowTitledName(p, seg, lo int) (mention, bool) {
	toks := d.toks
	if p+2 >= seg || toks[p+1].lower != "now" || toks[p+1].cap || !toks[p+2].in(lexNameTitles) || !toks[p+2].cap {
		return mention{}, false
	}
	m, end, ok := d.npAfter(p+2, seg)
	if !ok || end != seg || !m.named() || m.kind != KindPerson {
		return mention{}, false
	}
	r, ok := d.npBefore(p-1, lo)
	if !ok || !r.named() || r.kind != KindPerson || r.pronoun != "" || r.hi != p {
		return mention{}, false
	}
	if m.role.empty() {
		m.role = r.role
	}
	return m, true
}

// monthNameAfterRelation is the given name that is a month too, alone
// between commas after a person's description ("His wife, June, said",
// "Her daughter, April, added"): a woman's name, no date.
func (d *document) monthNameAfterRelation(p, seg, lo int) (mention, int, bool) {
	toks := d.toks
	if seg != p+2 {
		return mention{}, 0, false
	}
	t := toks[p+1]
	if !t.cap || !d.lex.month(t.lower) || !d.lex.firstName(t.lower) {
		return mention{}, 0, false
	}
	if r, ok := d.npBefore(p-1, lo); !ok || r.named() || r.pronoun != "" || r.kind != KindPerson {
		return mention{}, 0, false
	}
	return mention{lo: p + 1, hi: p + 2, kind: KindPerson, name: t.span}, seg, true
}

// namesRoleObject reports whether the name m after a person's
// description r and a comma names the thing the description's
// preposition governs, not the person: a lower-case noun after "of",
// "for" or "at" ends r ("The mayor of the county town, Wexbury,";
// "A spokesman for the water board, Aquavale,"), and the name toks[lo:hi],
// which a comma closes, is one word, an organisation's or a place's. A full name after it is
// the person's ("The head of the agency, Ann Cole, said").
func (d *document) namesRoleObject(r mention, lo, hi int) bool {
	toks := d.toks
	if r.hi < 3 || toks[r.hi-1].cap || toks[r.hi-1].kind != tokWord || lo >= hi || hi >= len(toks) || !isAsideSeparator(toks[hi]) || !allCap(toks[lo:hi]) {
		return false
	}
	prep := false
	for k := r.hi - 2; k > r.lo; k-- {
		if t := toks[k]; !t.cap && t.kind == tokWord && t.in(lexPrepositions) {
			prep = toks[k-1].stem&lexRoleHeads != 0 || toks[k-1].in(lexGroupNouns)
			break
		}
	}
	if !prep {
		return false
	}
	if hi-lo == 1 {
		return toks[lo].kind == tokWord && isNameWord(toks[lo]) && !toks[lo].in(lexHonorifics)
	}
	return d.analyzeNP(lo, hi).kind == KindOrganization || allIn(toks[lo:hi], lexPlaces)
}

// inRelativeAside reports whether the words before the comma at p end a
// relative clause set off by a comma or a dash ("…, who lives outside
// the county town,"): a name after that comma names the clause's object,
// the thing or place it speaks of, not the one who speaks. A person's
// description before the comma still names its speaker ("…, which
// backs the plan, its chairman, Tom Hale, said").
func (d *document) inRelativeAside(p, lo int) bool {
	toks := d.toks
	if r, ok := d.npBefore(p-1, lo); ok && (r.kind == KindPerson || r.kind == KindGroup || r.pronoun != "") {
		return false
	}
	for k := p - 1; k > lo && p-k < appositiveWindow; k-- {
		t := toks[k]
		if isAsideSeparator(t) || !d.isNarration(k) {
			return false
		}
		if t.is(fnRelative) && !t.cap && t.kind == tokWord {
			return isAsideSeparator(toks[k-1])
		}
	}
	return false
}

// describedOrg reports whether m, after the comma at p, is an
// organisation named after a definite description of it: "The publisher,
// Greyfield Press, said"; not a phrase that only ends in one ("a member
// of the Daily Ledger editorial board").
func (d *document) describedOrg(m mention, p, lo int) bool {
	if m.kind != KindOrganization || !d.toks[p+1].cap || d.toks[p+1].in(lexDeterminers) {
		return false
	}
	r, ok := d.npBefore(p-1, lo)
	if !ok {
		return d.possessiveDescriptionStart(p, lo) >= 0
	}
	// "The biggest rival, Corvane Inc, said": a short description with
	// no role word describes the firm named too.
	return !r.named() && r.pronoun == "" && d.toks[r.lo].in(lexDeterminers) && (r.kind != KindUnknown || p-r.lo <= maxFirmDescriptionWords)
}

// possessiveDescriptionStart is where a short description opened by a
// possessive starts, ending at the comma at p and opening its sentence
// ("Its rival, Corvane Inc, said"; "Halvorsen's closest rival, …"), or
// -1 when there is none. The noun phrase reader takes a possessive
// determiner before a person noun only ("his wife"), so it misses these.
func (d *document) possessiveDescriptionStart(p, lo int) int {
	for j := p - 1; j >= lo && p-j <= maxFirmDescriptionWords; j-- {
		t := d.toks[j]
		if !d.isNarration(j) || t.kind != tokWord {
			return -1
		}
		if (t.in(lexPossessiveDeterminers) || isPossessiveWord(t)) && j < p-1 {
			if j == lo || d.opensSentence(j) || d.isCloseMark(j-1) {
				return j // `"…," its parent, Brennan Holdings, said`: after the quotation it claims
			}
			return -1
		}
		if t.cap || isCue(t) && !(j == p-1 && t.in(lexCueNouns)) || t.fn != 0 || t.in(lexPrepositions|lexConjunctions) {
			return -1 // (a cue noun may end it: "Her record label, Bluebird Music, said")
		}
	}
	return -1
}

// maxFirmDescriptionWords is the longest description, in words, with no
// role or organisation word that an organisation's name after a comma
// is taken to name ("its closest rival", "the group's new owner").
const maxFirmDescriptionWords = 4

// roleNamedName reads the comma phrase toks[lo:hi] "a retired fisherman
// named Yannis Petrou" ("called" too): the name is the speaker, the words
// before "named" the role.
func (d *document) roleNamedName(lo, hi int) (mention, bool) {
	toks := d.toks
	b := lo
	if toks[b].in(lexDeterminers) {
		b++
	}
	for k := b + 1; k+1 < hi; k++ {
		if toks[k].lower != "named" && toks[k].lower != "called" || toks[k].cap {
			continue
		}
		m, end, ok := d.npAfter(k+1, hi)
		if !ok || end != hi || !m.named() || m.kind != KindPerson || !roleHasHead(toks[b:k]) || !d.narrationWords(b, k) {
			return mention{}, false
		}
		m.role = span{toks[b].start, toks[k-1].end}
		return m, true
	}
	return mention{}, false
}

// describes reports whether the comma phrase toks[lo:hi] after a name
// describes the person, though no role lexicon reads it: a noun phrase
// opened by a determiner or by a capitalised word ("Chris Hale, an ally
// of the party leadership, said"; "Tom Hale, Republican of Ohio, said"),
// with no time word ("Smith, a year later, said").
func (d *document) describes(lo, hi int) bool {
	toks := d.toks
	t := toks[lo]
	if t.kind != tokWord || !(t.in(lexDeterminers) && !t.in(lexPossessiveDeterminers|lexSubjectPronouns) || t.cap && !t.in(lexStopCaps)) {
		return false
	}
	for k := lo; k < hi && !toks[k].is(fnRelative); k++ {
		if !d.isNarration(k) || toks[k].kind == tokWord && isTimeWord(toks[k]) && !toks[k].in(lexVerbModifiers) {
			return false
		}
	}
	return !d.clauseInPhrase(lo, hi)
}

// standsAlone reports whether the mention m is a whole noun phrase, not
// the end of a longer one; a sentence-initial function word before it
// ("But Ann Cole, the group's director, said") is no part of it, a
// preposition before it makes it the end of a longer one ("a delegate
// from Ely, Nevada, said").
func (d *document) standsAlone(m mention, lo int) bool {
	if m.lo == lo || d.isCloseMark(m.lo-1) {
		return true
	}
	p := d.toks[m.lo-1]
	if p.kind == tokWord && !p.cap && p.in(lexPrepositions) && d.isNarration(m.lo-1) {
		return false
	}
	return !npWord(p) || p.cap && p.in(lexStopCaps) && !p.in(lexDeterminers) && (m.lo-1 == lo || d.opensSentence(m.lo-1)) || d.openingAdverb(m.lo-1)
}

// invertedAuxiliary reports whether a capitalised auxiliary that opens
// the sentence stands right before subject m, and is no given name
// (lexicon/auxiliary-names: "Will Carter said"): the subject and its
// auxiliary are inverted, in a question ("Has Ann Cole said …?") or a
// condition ("Had Tom Reilly said no, …"), and nothing is reported.
func (d *document) invertedAuxiliary(m mention) bool {
	if m.lo == 0 {
		return false
	}
	p := d.toks[m.lo-1]
	return p.cap && p.in(lexAuxiliaries) && !d.lex.auxiliaryNames[p.lower] && d.opensSentence(m.lo-1)
}

// subjectBefore takes the noun phrase that ends at j as the subject.
func (d *document) subjectBefore(f *frame, u unit, j int) bool {
	if j < u.lo {
		return false
	}
	m, ok := d.subjectNPEndingAt(f, u, j)
	if !ok {
		return false
	}
	if m.lo == j && m.hi == j+1 && d.floatedQuantity(j, u.lo) {
		// "Ann Cole and Tom Reilly have both said": the subject before
		// the auxiliary, when there is one (else the quantity stays)
		if s, sok := d.subjectNPEndingAt(f, u, d.skipVerbModifiers(j-1, u, f.class == cueSpeech)); sok {
			m = s
		}
	}
	// (Not "The residents who the mayor said had complained": there the
	// mention right after the relative word is the cue's own subject.)
	if r, ok := d.relativeSubject(m.lo-1, u.lo); ok && m.pronoun == "" && !(m.named() && m.kind == KindPerson && !d.objectOfPhrase(m.lo)) && !d.toks[m.lo-1].is(fnRelative) {
		m = r // "Local traders who backed the scheme warned": not the scheme; "Two brothers who run a bakery in Hexham say": not the town
	}
	if m.indefinite && m.hi-m.lo == 1 && d.isQuantity(m.lo) && f.cueHi < u.hi && d.toks[f.cueHi].text == "," {
		return false // "All told, the group raised …": no subject
	}
	if d.invertedAuxiliary(m) {
		return false // "Has Ann Cole said anything?", "Had Tom Reilly said no, …": a question or a condition
	}
	if m.kind == KindGroup && d.objectOfVerb(m.lo, u.lo) {
		return false // "Long shifts tire both bus drivers": an object
	}
	if s, ok := d.audienceSpeaker(f, u, j); ok {
		m = s
	} else if !d.hearersSpeak(f, m) {
		m = d.headBeforeModifier(m, u.lo)
	}
	if m.pronoun == "who" {
		m = d.whoAntecedent(m, u)
	}
	m = d.coordinatedNames(m, u.lo)
	m = d.groupModifiers(m, u.lo)
	if d.toks[f.cue].in(lexTellVerbs) && m.kind == KindUnknown && !m.named() && m.pronoun == "" && !m.indefinite && !d.plainSource(m) {
		// "The smell reminded residents that …": a thing that is no person,
		// group, body or document tells its hearers nothing ("The council
		// reminded residents" is a body's report).
		return false
	}
	f.speaker, f.clLo = m, m.lo
	return true
}

// groupModifiers extends the group description m, a plain plural the
// lexicons know ("leaders", "officials"), over the lower-case modifiers
// before it that no noun phrase read ("rival" in "…, and rival leaders
// said", "other" in "…, and other leaders said"; not a number, nor a
// capital: "Other residents said" are residents), when they open the
// unit or the clause (after a comma, a conjunction or a determiner): the
// modifier is the subject's, and the clause before the conjunction ends
// there. A capitalised head ("other Democrats") names a party's people
// and is left as it is.
func (d *document) groupModifiers(m mention, lo int) mention {
	toks := d.toks
	if m.kind != KindGroup || m.named() || m.pronoun != "" || m.indefinite || m.lo <= lo || toks[m.hi-1].cap {
		return m
	}
	j := m.lo
	for j > lo && m.hi-j < maxDescriptorWords && d.isNarration(j-1) {
		p := toks[j-1]
		if p.kind != tokWord || p.cap || isDigitStart(p.text) || p.in(lexQuantities) || !(d.nounModifier(j-1) || p.lower == "other") || p.in(lexRelationWords) && j-1 > lo && toks[j-2].in(lexPossessiveDeterminers) {
			break
		}
		j--
	}
	if j == m.lo {
		return m
	}
	if j > lo {
		p := toks[j-1]
		if !(p.text == "," || p.kind == tokWord && (p.in(lexConjunctions|lexDeterminers|lexQuantities) || p.is(fnAnd|fnCoordinator|fnSubordinator))) {
			return m
		}
	}
	n := d.analyzeNP(j, m.hi)
	if n.named() || n.pronoun != "" {
		return m
	}
	n.kind = KindGroup
	if n.role.empty() {
		n.role = span{toks[j].start, toks[m.hi-1].end}
	}
	return n
}

// subjectNPEndingAt parses the subject of frame f's cue that ends at j:
// a noun phrase, a contracted pronoun ("he's said"), a determiner that
// stands alone ("Another tweeted"), a subject before prepositional
// phrases; before a speech cue, a plain plural, a relative clause's head,
// a description before a modifier or a quantified description.
func (d *document) subjectNPEndingAt(f *frame, u unit, j int) (mention, bool) {
	if t, ok := d.townBeforeState(j, u.lo); ok {
		// "a woman in Dayton, Ohio, told": the state says where the town is
		if town, ok := d.npBefore(t, u.lo); ok && town.lo > u.lo {
			if m, ok := d.personInTown(town, town.lo-1, u.lo); ok {
				return m, true
			}
		}
	}
	m, ok := d.npBefore(j, u.lo)
	if ok && f.class == cueSpeech {
		if h, hok := d.gerundDescribed(m, u.lo); hok {
			m = h // "Voters leaving the polls said": the voters, not the polls
		}
	}
	if f.class == cueSpeech && ok && m.named() && d.objectOfPhrase(m.lo) && !strings.HasSuffix(d.toks[f.cue].lower, "ing") {
		if h, hok := d.modifiedHeadSubject(j, u.lo); hok {
			return h, true // "Police investigating the death of a man in Leeds said": not Leeds
		}
	}
	if p, c := d.contractedPronoun(d.toks[j]); c && d.isNarration(j) && f.class == cueSpeech && !(f.cueHi < u.hi && d.toks[f.cueHi].is(fnTo|fnPassiveBy)) {
		m, ok = mention{lo: j, hi: j + 1, pronoun: p, kind: pronounKind(p)}, true // "he's said", "who's argued"
	} else if !ok && d.toks[j].in(lexDeterminers) && j+1 == f.cue && d.pronounDeterminerSubject(j, u) {
		m, ok = mention{lo: j, hi: j + 1, indefinite: true}, true // "Another tweeted"
	}
	if !ok || d.objectOfPhrase(m.lo) && !d.subordinateSubject(m, u.lo) {
		m, ok = d.subjectBeforePhrase(f, u, j, m, ok)
	}
	// "Many small firms protested that …": a quote cue with its
	// that-clause takes the subjects a speech cue takes.
	quoteReport := f.class == cueQuote && f.cueHi < u.hi && d.toks[f.cueHi].is(fnComplementizer)
	if !ok && f.class == cueBelief && !(j+1 == f.cue && d.singularBeforeBareCue(j, f.cue)) {
		m, ok = d.bareDocumentBefore(j, u.lo) // "Exit polling shows", "Court records show"
	}
	if ok || f.class != cueSpeech && !quoteReport {
		return m, ok
	}
	if !strings.HasSuffix(d.toks[f.cue].lower, "ing") && d.reportFollows(f.cueHi, u.hi) {
		if m, ok := d.pluralNounBefore(j, u.lo); ok {
			return m, true
		}
		if m, ok := d.relativeSubject(j, u.lo); ok {
			return m, true
		}
	}
	if m, ok := d.describedPastModifier(j, u.lo); ok {
		return m, true // "A banker briefed on the bidding said"
	}
	if m, ok := d.documentMadeWhen(j, u); ok {
		return m, true // "A council report published on Friday said"
	}
	if m, ok := d.shareAfterWith(f, j, u.lo); ok {
		return m, true // "…, with 40 percent saying …"
	}
	return d.quantifiedDescriptor(j, u.lo) // "That person said", "Each side said"
}

// maxShareWords is the longest share of people, in tokens, between "with"
// and a gerund cue ("with about three in 10 saying").
const maxShareWords = 5

// shareAfterWith is the subject of a poll's gerund cue f: the share of
// those asked that ends at j after "with" ("…, with 40 percent saying …",
// "with three in 10 saying …", "with a majority saying …"), a group
// unnamed. With "of" the phrase names its people and is parsed as a
// noun phrase ("with 30 percent of voters saying").
func (d *document) shareAfterWith(f *frame, j, lo int) (mention, bool) {
	toks := d.toks
	if !strings.HasSuffix(toks[f.cue].lower, "ing") || j < lo || !(isDigitStart(toks[j].text) || toks[j].in(lexQuantities)) {
		return mention{}, false
	}
	for w := j - 1; w >= lo && j-w <= maxShareWords && d.isNarration(w); w-- {
		t := toks[w]
		if t.kind == tokWord && t.lower == "with" && w < j {
			return mention{lo: w + 1, hi: j + 1, kind: KindGroup, indefinite: true}, true
		}
		if t.kind != tokWord || t.cap || !(isDigitStart(t.text) || t.in(lexQuantities) || t.is(fnApproximator) || t.lower == "in" || t.lower == "a") {
			return mention{}, false
		}
	}
	return mention{}, false
}

// reportFollows reports whether a report opens after the cue that ends
// at k, past its modifiers: "that", a quotation, or the subject of a
// clause ("said takings were up", "said it was not"; not "denied major
// awards").
func (d *document) reportFollows(k, hi int) bool {
	k = d.skipModifiers(k, hi)
	if k+1 < hi && (d.toks[k].text == "," || d.toks[k].text == ":") && d.isNarration(k) && d.isOpenMark(k+1) {
		return true // `said, "…"`, `said Wednesday: "…"`
	}
	if k+1 < hi && d.pluralHead(k, false) && (d.toks[k+1].is(fnBe) || d.toks[k+1].in(lexVerbModifiers)) {
		return true // "said takings were up"
	}
	return k < hi && (d.toks[k].is(fnComplementizer) || d.opensReport(k) || d.itClauseAt(k, hi)) // ("said it was not")
}

// subjectNPBefore is the noun phrase that ends at e as a subject: one the
// lexicons know, or a plural noun phrase.
func (d *document) subjectNPBefore(e, lo int) (mention, bool) {
	if m, ok := d.npBefore(e, lo); ok {
		// A party and state ("D-Calif.") is no subject: the name stands
		// before it.
		return m, !d.isPartyStateMention(m)
	}
	return d.pluralNounBefore(e, lo)
}

// maxRelativeClause is the longest relative clause, in tokens, between a
// subject and its cue ("Farmers who have backed his bid warned", "A
// campaign aide who spoke on condition of anonymity because he was not
// authorized to discuss strategy said": wire copy's anonymity clause).
const maxRelativeClause = 20

// relativeSubject is the subject of a cue whose relative clause ends at j
// ("Even farmers who have backed his bid warned …", "The
// officials whose laws were struck down say …"): the noun phrase before
// the relative word, a name or a description of a known kind, with no
// comma or cue between. "those" and a participle is a group too ("those
// surveyed say"), as is "those" before "who" ("Those who oppose it say").
func (d *document) relativeSubject(j, lo int) (mention, bool) {
	toks := d.toks
	if j < lo {
		return mention{}, false
	}
	if j > lo && toks[j-1].kind == tokWord && toks[j-1].in(lexDeterminers) && !toks[j-1].in(lexPossessiveDeterminers|lexSubjectPronouns) &&
		toks[j].kind == tokWord && !toks[j].cap && strings.HasSuffix(toks[j].lower, "ed") {
		return mention{lo: j - 1, hi: j + 1, kind: KindGroup, indefinite: true}, true // "those surveyed"
	}
	for r := j; r > lo && j-r < maxRelativeClause && d.isNarration(r); r-- {
		t := toks[r]
		if t.text == "," || t.kind != tokWord && t.text != "-" || r < j && d.cueOfOwnClause(r, lo) {
			return mention{}, false
		}
		that := r < j && t.lower == "that" && !t.cap
		if !t.is(fnRelative) && !that && !(r < j && d.reducedRelative(r, lo)) {
			continue
		}
		if t.lower == "who" && r-1 >= lo && toks[r-1].lower == "those" && d.isNarration(r-1) && !(r-2 >= lo && toks[r-2].is(fnOf)) {
			// "Those who oppose the plan say …": the demonstrative stands
			// for the people the clause picks out, a group with no name
			// ("Many of those who …" is the quantity's, as before).
			return mention{lo: r - 1, hi: r, kind: KindGroup, indefinite: true}, true
		}
		m, ok := d.subjectNPBefore(r-1, lo)
		if !ok || m.pronoun != "" || !m.named() && m.kind == KindUnknown {
			if that {
				continue // "… told MPs that the plan …": "that" opens what was told
			}
			return mention{}, false
		}
		if that && (m.named() || m.hi != r || !d.clauseSubjectAt(m.lo)) {
			continue // "The charity that brought the case said": "that" is a relative after the subject that opens the sentence (not "told MPs that …")
		}
		return m, true
	}
	return mention{}, false
}

// cueOfOwnClause reports whether the word at r, inside what may be a
// relative clause before a cue, is a cue with a clause of its own: not the
// verb of a reduced relative clause ("workers I spoke with") or of the
// relative clause itself ("who announced the cuts"), nor an infinitive
// ("not authorized to discuss the matter").
func (d *document) cueOfOwnClause(r, lo int) bool {
	return isCue(d.toks[r]) && !d.reducedRelative(r-1, lo) && !d.relativeClauseVerb(r, lo) && !(r > lo && d.toks[r-1].is(fnTo))
}

// relativeClauseVerb reports whether the cue at r is the verb of a
// relative clause its relative word opens, past auxiliaries ("The
// official who announced the cuts said", "Members who have praised the
// plan warned"): the clause describes the subject, whose own cue follows.
func (d *document) relativeClauseVerb(r, lo int) bool {
	k := r - 1
	for k > lo && r-k <= 2 && d.toks[k].in(lexAuxiliaries) {
		k--
	}
	return k > lo && d.toks[k].is(fnRelative) && d.toks[k].lower != "whose" && d.isNarration(k)
}

// reducedRelative reports whether the subject pronoun at r opens a
// relative clause with no relative word after the people it describes
// ("Several workers I spoke with on Tuesday said", "the voters we've
// interviewed say"): a plural or a person or group noun before it.
func (d *document) reducedRelative(r, lo int) bool {
	toks := d.toks
	t := toks[r]
	pron := t.lower
	if c, ok := d.contractedPronoun(t); ok {
		pron = c // "the people I've spoken with"
	}
	if r <= lo || !d.lex.is(pron, lexSubjectPronouns) || t.is(fnRelative) || pron == "it" || pron == "who" || t.cap && pron != "i" {
		return false
	}
	p := r - 1
	return d.pluralHead(p, false) || toks[p].kind == tokWord && !toks[p].cap && toks[p].stem&(lexGroupNouns|lexPersonNouns) != 0
}

// minPluralNoun: shorter lower-case words in -s are rarely plural nouns
// ("has", "was", "its").
const minPluralNoun = 4

// pluralNounBefore parses a plain plural noun phrase ending at e that no
// lexicon knows as a group ("Greek media reported", "the attendees
// said", "both parties say"): a lower-case plural head, with the
// adjectives and nouns before it up to a determiner. It is a group.
func (d *document) pluralNounBefore(e, lo int) (mention, bool) {
	toks := d.toks
	if e < lo || !d.pluralHead(e, e == lo) {
		return mention{}, false
	}
	j := e
	for j > lo && e-j < maxDescriptorWords && d.isNarration(j-1) {
		p := toks[j-1]
		if p.kind == tokWord && p.in(lexDeterminers|lexQuantities) {
			j-- // "the attendees", "Several stallholders"
			break
		}
		if !d.nounModifier(j - 1) {
			break
		}
		j--
	}
	// The phrase opens its unit or its clause: "Greek media reported",
	// "…, and rival aides said"; not "the lawsuits alleging", "It lacks
	// support".
	if j > lo && !(toks[j].kind == tokWord && toks[j].in(lexDeterminers)) {
		p := toks[j-1]
		if !(p.text == "," || p.kind == tokWord && (p.in(lexConjunctions|lexQuantities) || p.is(fnAnd|fnCoordinator|fnSubordinator))) {
			return mention{}, false
		}
	}
	m := d.analyzeNP(j, e+1)
	if m.kind == KindUnknown {
		m.kind = KindGroup
	}
	if m.role.empty() && !m.named() {
		b := j
		if toks[b].in(lexDeterminers) && b < e {
			b++
		}
		m.role = span{toks[b].start, toks[e].end} // the group's description, as "Officials" is
	}
	return m, true
}

// bareDocumentBefore is the document with no determiner that ends at e,
// before a belief cue: a document noun (lexicon/document-nouns) and the
// modifiers before it, opening its unit or its clause ("Exit polling
// shows", "Recent polls suggest", "…, but court records show", "Canadian
// filings show"): a finding, as "The poll shows" gives one. A possessive
// before the modifiers ("Last year's crime figures show") owns them and
// is left to the noun phrases.
func (d *document) bareDocumentBefore(e, lo int) (mention, bool) {
	toks := d.toks
	if e < lo || !d.isNarration(e) {
		return mention{}, false
	}
	h := toks[e]
	if h.kind != tokWord || h.cap && e > lo || h.stem&lexDocumentNouns == 0 {
		return mention{}, false
	}
	j := e
	for j > lo && e-j < maxDescriptorWords && d.isNarration(j-1) && d.nounModifier(j-1) && !isPossessiveWord(toks[j-1]) {
		j--
	}
	if j > lo {
		p := toks[j-1]
		if !(p.text == "," || p.kind == tokWord && (p.in(lexConjunctions) || p.is(fnAnd|fnCoordinator|fnSubordinator))) {
			return mention{}, false
		}
	}
	m := d.analyzeNP(j, e+1)
	if m.named() || m.pronoun != "" {
		return mention{}, false
	}
	return m, true
}

// singularBeforeBareCue reports whether the cue at c is in its bare form
// ("decline", "show") after a singular noun at j: a singular subject takes
// the form in -s ("polling shows"), so the cue is a noun the phrase goes
// on with ("her polling decline").
func (d *document) singularBeforeBareCue(j, c int) bool {
	return d.bareCue(d.toks[c].lower) && !d.pluralHead(j, true)
}

// pluralHead reports whether token e can head a plain plural noun phrase:
// a lower-case content word in -s that is no cue, adverb or function word;
// with opening, the first word of a sentence, capitalised ("Backers").
func (d *document) pluralHead(e int, opening bool) bool {
	t := d.toks[e]
	if t.kind != tokWord || t.cap && (!opening || t.in(lexStopCaps)) || !d.isNarration(e) || len(t.lower) < minPluralNoun || t.fn != 0 || isCue(t) && !t.in(lexDocumentNouns|lexCueNouns) {
		return false
	}
	if !strings.HasSuffix(t.lower, "s") || strings.HasSuffix(t.lower, "ss") || strings.HasSuffix(t.lower, "us") || strings.HasSuffix(t.lower, "'s") {
		return false
	}
	return !t.in(lexVerbModifiers | lexPrepositions | lexTimeWords | lexStopCaps | lexConjunctions | lexTrailers | lexClauseOpeners | lexSubjectPronouns | lexObjectPronouns | lexQuantities)
}

// nounModifier reports whether token k can modify a plural head after it:
// a capitalised word or a lower-case content word ("Greek media", "rival
// campaign aides").
func (d *document) nounModifier(k int) bool {
	t := d.toks[k]
	if t.kind != tokWord || isCue(t) || t.fn != 0 || strings.HasSuffix(t.lower, "'s") && !t.cap {
		return false
	}
	if !t.cap && (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "s")) {
		return false // "given speeches", "It just puts fear": a verb
	}
	return t.cap && !t.in(lexStopCaps) || !t.cap && !t.in(lexVerbModifiers|lexPrepositions|lexTimeWords|lexStopCaps|lexConjunctions|lexTrailers|lexClauseOpeners|lexSubjectPronouns|lexObjectPronouns)
}

// objectOfVerb reports whether the quantity that opens a phrase at k
// follows a lower-case word that does not end a clause: a verb whose
// object the phrase is, not a subject ("tire both …"; not "…, and
// both said", "when most say").
func (d *document) objectOfVerb(k, lo int) bool {
	if k <= lo || !d.isQuantity(k) {
		return false
	}
	p := d.toks[k-1]
	return p.kind == tokWord && !p.cap && d.isNarration(k-1) && p.fn == 0 && !p.in(lexConjunctions|lexVerbModifiers|lexPrepositions|lexClauseOpeners|lexTrailers)
}

// coordinatedNames widens the subject m, a person, over a name or a
// pronoun joined to it by "and" ("Ann Cole and Tom Reilly wrote", "she
// and another aide said"): both speak, and the clause starts with the
// first, right after the quotation it attributes. The record names the
// last.
func (d *document) coordinatedNames(m mention, lo int) mention {
	if b := d.beforeFloatingQuantifier(m); d.joinedBodies(b) {
		m.lo = d.listedNamesBefore(b, lo) // "the Harlow Lenders Council, Dunmore Bankers Association and …"
		return m
	}
	a := m.lo - 1
	if m.kind != KindPerson && !d.nameBeforeQuantifier(m) || a-1 < lo || !d.toks[a].is(fnAnd) || !d.isNarration(a) {
		return m // (with "both" after the names, the mention keeps it: "Ann Cole and Tom Reilly both said")
	}
	if first, ok := d.npBefore(a-1, lo); ok && (first.named() || first.pronoun != "" && first.pronoun != "who") && (first.kind == KindPerson || d.ampersandFirm(first, m)) && d.standsAlone(first, lo) {
		m.lo = d.listedNamesBefore(first, lo) // "she and another aide said", "Ann Cole, Tom Reilly and Kay Ortiz said"
	}
	return m
}

// ampersandFirm reports whether first, the phrase before the "and" of a
// pair, is a firm named with an ampersand that only its name makes
// ("Ashby & Crane and Unilever said"), or with a capital inside its one
// word ("Chicago-based AbbVie and Dublin-based Shire", camelCaseName), and
// m after the "and" a bare name: the two firms speak together.
func (d *document) ampersandFirm(first, m mention) bool {
	if first.kind != KindOrganization || !first.role.empty() || !m.role.empty() || !m.named() {
		return false
	}
	n := d.tokIndex(first.name.start)
	return hasAmpersand(d.toks[first.lo:first.hi]) || first.named() && n < len(d.toks) && d.toks[n].end == first.name.end && d.camelCaseName(d.toks[n].text)
}

// maxListedNames bounds the names before "X and Y" that
// listedNamesBefore takes in.
const maxListedNames = 6

// listedNamesBefore is where a list of names that ends with first (the
// name before "and") starts: each name before a comma, a person named
// and standing alone ("Ann Cole, Tom Reilly and Kay Ortiz said", "Cole,
// Reilly and Ortiz said"); first.lo when none comes before it. A lone
// capitalised word that opens the sentence before full names is a
// sentence adverb, no surname ("Instead, Matthews, Ann Cole and …").
func (d *document) listedNamesBefore(first mention, lo int) int {
	start := first.lo
	for n := 0; n < maxListedNames && start-2 >= lo && d.toks[start-1].text == "," && d.isNarration(start-1); n++ {
		p, ok := d.npBefore(start-2, lo)
		if !ok || !p.named() || p.pronoun != "" || p.kind != first.kind || p.hi != start-1 || !d.standsAlone(p, lo) {
			break
		}
		if p.hi-p.lo == 1 && first.hi-first.lo > 1 && (p.lo == lo || d.opensSentence(p.lo)) {
			break
		}
		start = p.lo
	}
	return start
}

// whoAntecedent resolves "Smith, who ..., said" to Smith; the verbatim
// mention stays "who".
//
// A name after a preposition that ends a role appositive before the comma
// is no antecedent ("Tom Hale, a doctor from Dover, who said …": Tom Hale,
// the doctor; not Dover): the subject the appositive is set off from is,
// taken as for a cue after it (appositiveSubject). A name after a
// preposition in a clause ("a letter went to Senator Dunn, who …") stays.
func (d *document) whoAntecedent(m mention, u unit) mention {
	lo := u.lo
	if a, ok := d.npBefore(m.lo-2, lo); ok && m.lo-1 >= lo && d.toks[m.lo-1].text == "," && a.named() {
		if d.objectOfPhrase(a.lo) && d.roleAppositiveBefore(m.lo-1, lo) {
			var f frame
			if d.appositiveSubject(&f, u, m.lo-1) && f.speaker.named() && f.speaker.kind == KindPerson {
				a = f.speaker
			}
		}
		a.lo, a.hi = m.lo, m.hi
		a.pronoun = "who"
		return a
	}
	// "Voters who say …", "Farm groups, who said …": the group the
	// relative hangs on, not a person named before it.
	k := m.lo - 1
	if k >= lo && d.toks[k].text == "," {
		k--
	}
	if a, ok := d.npBefore(k, lo); ok && k >= lo && a.hi == k+1 && a.kind == KindGroup && a.pronoun == "" && !a.named() {
		a.lo, a.hi = m.lo, m.hi
		a.pronoun = "who"
		return a
	}
	return m
}

// maxRoleAppositive is the longest role appositive, in tokens with its
// first comma, that roleAppositiveBefore reads.
const maxRoleAppositive = 9

// roleAppositiveBefore reports whether the words between the comma before
// them and the comma at c (c > lo) state a role ("Tom Hale, a doctor from
// Dover,"): an appositive of the noun before that comma.
func (d *document) roleAppositiveBefore(c, lo int) bool {
	for p := c - 1; p > lo && c-p <= maxRoleAppositive; p-- {
		if t := d.toks[p]; !d.isNarration(p) || isCue(t) || t.in(lexAuxiliaries) {
			return false
		}
		if isAsideSeparator(d.toks[p]) {
			r := d.appositiveRole(p+1, c)
			return !r.empty() && r.end == d.toks[c-1].end // the whole phrase: "a doctor from Dover"; not "the board sent it to Ann Cole"
		}
	}
	return false
}

// invertedSubject takes the noun phrase after the cue as the subject:
// `"...," said Zelnik.`, `..., said the ministry.`, with an appositive role
// closing the sentence (", the cabinet spokesman.").
func (d *document) invertedSubject(f *frame, u unit, j int) bool {
	toks := d.toks
	if !(j < u.lo || toks[j].text == "," || isDash(toks[j].text) || d.isCloseMark(j) || toks[j].text == ":") {
		return false
	}
	if j < u.lo && d.baseForm(toks[f.cue]) {
		return false // "Call centre users 'lose patience'": a noun or an imperative; "Added Hale:" is past
	}
	if j >= u.lo && d.isCloseMark(j) && d.baseForm(toks[f.cue]) && d.quotedInClause(j, u) {
		return false // `he would "absolutely" support the nominee`: quoted words inside a clause, whose verb goes on (`"It is a scandal" say campaigners` opens its unit)
	}
	m, end, ok := d.npAfter(f.cue+1, u.hi)
	if !ok {
		m, end, ok = d.descriptorAfter(f.cue+1, u.hi)
	}
	if !ok {
		m, end, ok = d.nameAfterModifiers(f, u, j)
	}
	if !ok {
		m, end, ok = d.ownedOrCountedAfter(f.cue+1, u.hi)
	}
	if !ok || m.pronoun == "it" {
		return false
	}
	if i, iend, iok := d.documentIssuerAfter(m, end, u.hi); iok {
		m, end = i, iend // ""…," said a statement from Essex Police": the police speak, as "A statement from Essex Police said" has them
	}
	m, end = d.listedNamesAfter(m, end, u.hi)
	if d.toks[f.cue].in(lexTellVerbs) && end < u.hi && toks[end].kind == tokWord {
		return false // "…, told Reuters the sales were …": the hearer, not the speaker
	}
	if j >= u.lo && toks[j].text == "," && d.verbOpens(end, u.hi) {
		// "Mr. Dunmore, whose new venture … sources parts, said Mr.
		// Hale was …": the name after the cue is the report's subject; the
		// speaker is the one that opens the unit, before a comma.
		if s, ok := d.leadingSubject(u, j); ok {
			f.speaker, f.clLo = s, s.lo
			return true
		}
	}
	if j >= u.lo && toks[j].text == "," && d.pronounSubjectAfter(m, end, u.hi) {
		if s, ok := d.leadingPhrase(u, j); ok {
			f.speaker, f.clLo = s, s.lo
			return true
		}
	}
	f.inverted = true
	f.speaker = m
	d.invertedClauseEnd(f, u, j, end)
	return true
}

// quotedInClause reports whether the quotation closed at j stands inside
// a clause of the narration: a word before its opening mark, and a word,
// no punctuation, right before its closing one.
func (d *document) quotedInClause(j int, u unit) bool {
	qi := d.quoteOfMark(j)
	if qi < 0 {
		return false
	}
	q := d.quotes[qi]
	open := q.tokLo - 1
	last := d.toks[j-1]
	return open > u.lo && d.toks[open-1].kind == tokWord && d.isNarration(open-1) && last.kind == tokWord
}

// documentIssuerAfter is the one named after "from" that issued the
// document m, ending at end, that follows an inverted cue ("…," said a
// statement from Essex Police); ok is false when m is no document of
// no name or no name follows "from".
func (d *document) documentIssuerAfter(m mention, end, hi int) (mention, int, bool) {
	toks := d.toks
	if m.named() || m.pronoun != "" || m.hi <= m.lo || toks[m.hi-1].stem&lexDocumentNouns == 0 || end+1 >= hi || toks[end].lower != "from" || !d.isNarration(end) {
		return mention{}, 0, false
	}
	i, iend, ok := d.npAfter(end+1, hi)
	if !ok || !i.named() || i.kind != KindOrganization && i.kind != KindPerson {
		return mention{}, 0, false
	}
	return i, iend, true
}

// ownedOrCountedAfter is the speaker after an inverted cue that a
// possessive determiner and a noun for a person make ("…," said her
// grandmother), or "another" or "one" alone ("…," said another), ending
// the clause: the noun phrase readers know whose it is. ok is false for
// anything else.
func (d *document) ownedOrCountedAfter(k, hi int) (mention, int, bool) {
	toks := d.toks
	if k+1 >= hi || !d.isNarration(k) || toks[k].kind != tokWord || toks[k].cap {
		return mention{}, 0, false
	}
	closes := func(e int) bool {
		return e < hi && (toks[e].text == "," || toks[e].kind == tokPunct && isSentenceEnd(toks[e].text)) || e >= hi
	}
	t, n := toks[k], toks[k+1]
	if t.in(lexPossessiveDeterminers) && n.kind == tokWord && !n.cap && n.stem&(lexPersonNouns|lexRelationWords|lexRoleHeads) != 0 && closes(k+2) {
		m := mention{lo: k, hi: k + 2, kind: KindPerson, role: span{n.start, n.end}}
		return m, k + 2, true
	}
	if (t.lower == "another" || t.lower == "one") && closes(k+1) && toks[k+1].kind == tokPunct {
		return mention{lo: k, hi: k + 1, kind: KindPerson, indefinite: true}, k + 1, true
	}
	return mention{}, 0, false
}

// listedNamesAfter is the list of names an inverted cue's subject m,
// ending at end, opens when commas and a last pair joined by "and" follow
// it and close the unit (`"…," wrote Tom Hale, Ruth Adler and Ivo
// Brandt.`): all of them speak, as "Tom Hale, Ruth Adler and Ivo Brandt
// wrote" does (listedNamesBefore). Else m and end as they are.
func (d *document) listedNamesAfter(m mention, end, hi int) (mention, int) {
	if !m.named() || m.kind != KindPerson || m.pronoun != "" {
		return m, end
	}
	k := end
	for n := 0; n < maxListedNames && k+1 < hi && d.toks[k].text == "," && d.isNarration(k); n++ {
		next, e, ok := d.npAfter(k+1, hi)
		if !ok || !next.named() || next.pronoun != "" {
			break
		}
		if d.joinsNames(next) && d.closesUnit(e, hi) {
			next.lo = m.lo // the last pair, "Ruth Adler and Ivo Brandt", closes the list
			return next, e
		}
		if next.kind != KindPerson {
			break
		}
		k = e
	}
	return m, end
}

// joinsNames reports whether "and" joins two names within m.
func (d *document) joinsNames(m mention) bool {
	for k := m.lo + 1; k+1 < m.hi; k++ {
		if d.toks[k].is(fnAnd) && d.toks[k-1].cap && d.toks[k+1].cap {
			return true
		}
	}
	return false
}

// closingInvertedSubject takes the noun phrase after a speech cue as its
// subject, before any subject the words ahead of the comma might give,
// when cue and phrase close the sentence (", said the firm's chief
// executive, Paul Deane.", `… "very angry," said a source close to the
// council.`): the
// words before the comma are then the report, and a noun among them (a
// name in an appositive, a fronted place) is no speaker. A hearer after a
// tell verb (", told reporters.") and a time (", said Tuesday.") are no
// subject.
func (d *document) closingInvertedSubject(f *frame, u unit, j int) bool {
	toks := d.toks
	if f.class != cueSpeech || j < u.lo || toks[j].text != "," && !d.isCloseMark(j) || toks[f.cue].cap || toks[f.cue].in(lexTellVerbs) || isGerund(toks[f.cue]) || f.cueHi >= u.hi {
		return false
	}
	if !d.isCloseMark(j) && (!d.verbOutsideAsides(u.lo, j) || d.nameThenComma(u.lo, j) && !d.verbAfterAppositive(u.lo, j)) {
		return false // "Mr. Hale's aide, Ann Cole, said the plan …", "Sam Ortiz, an economist who …, said": a subject and its appositive
	}
	if n := toks[f.cueHi]; n.kind != tokWord || n.in(lexTimeWords|lexPrepositions|lexVerbModifiers|lexSubjectPronouns) || !d.isNarration(f.cueHi) {
		return false
	}
	g := *f
	if !d.invertedSubject(&g, u, j) || !g.inverted || !d.closesUnit(g.clHi, u.hi) {
		return false
	}
	*f = g
	return true
}

// nameThenComma reports whether the narration [lo, hi) opens with
// capitalised words and a comma: a name and the start of its appositive
// ("Sam Ortiz, an economist …").
func (d *document) nameThenComma(lo, hi int) bool {
	k := lo
	for k < hi && d.toks[k].kind == tokWord && d.toks[k].cap {
		k++
	}
	return k > lo && k < hi && d.toks[k].text == ","
}

// verbAfterAppositive reports whether, in the narration [lo, hi) that a
// name and a comma open, a verb of the name's own clause follows the
// comma that closes the appositive: "Anna Berg, the coach, was sacked on
// Monday, said a source" is a report, not a subject and its appositive.
func (d *document) verbAfterAppositive(lo, hi int) bool {
	k := lo
	for k < hi && d.toks[k].kind == tokWord && d.toks[k].cap {
		k++
	}
	for c := k + 1; c < hi; c++ {
		if !d.isNarration(c) {
			return false
		}
		if d.toks[c].text == "," {
			return c+1 < hi && d.verbOutsideAsides(c+1, hi)
		}
	}
	return false
}

// verbOutsideAsides reports whether the narration [lo, hi) holds a verb of
// its own clause, so that it can be a report: an auxiliary ("is holding
// on") or a past form after a noun ("the firm lobbied", "the council
// spent"), not inside an aside that a relative pronoun opens after a comma
// ("The Harlow Trust, which has never published its accounts, denied the
// claim").
func (d *document) verbOutsideAsides(lo, hi int) bool {
	toks := d.toks
	aside := false
	for k := lo; k < hi; k++ {
		t := toks[k]
		if !d.isNarration(k) {
			continue
		}
		if t.text == "," || isDash(t.text) {
			aside = k+1 < hi && toks[k+1].is(fnRelative)
			continue
		}
		if t.kind == tokWord && t.is(fnRelative) && !t.cap {
			aside = true // "an economist who has studied the region": to the next comma
			continue
		}
		if aside || t.kind != tokWord || t.cap {
			continue
		}
		if t.in(lexAuxiliaries) {
			return true
		}
		past := strings.HasSuffix(t.lower, "ed") && len(t.lower) >= minFiniteLen || d.lex.irregularPast[t.lower]
		if p := toks[max(k-1, lo)]; k > lo && past && t.lex == 0 && t.fn == 0 &&
			p.kind == tokWord && p.fn == 0 && !p.in(lexDeterminers|lexPossessiveDeterminers|lexAuxiliaries|lexPrepositions) {
			return true
		}
	}
	return false
}

// baseForm reports whether the cue word t is a verb's base form ("call",
// "warn"), not a past or a third-person form ("added", "told", "says"),
// the only ones that open a sentence before their inverted subject.
func (d *document) baseForm(t token) bool {
	return !strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "d") && !d.lex.irregularPast[t.lower]
}

// invertedClauseEnd ends the clause of an inverted speaker that ends at
// end over the words that describe the speaker: an appositive role, a
// trailing appositive, a relative clause.
func (d *document) invertedClauseEnd(f *frame, u unit, j, end int) {
	toks := d.toks
	f.clHi = end
	described := false
	if n, e, ok := d.nameAfterDescription(f.speaker, end, u.hi); ok {
		// "…, said the union leader, Ann Hale.": the one the description
		// names, with its role (a relative clause after the name keeps
		// it: "…, Ann Hale, who led the strike").
		f.speaker, f.clHi, end, described = n, e, e, true
		if e+1 < u.hi && toks[e].text == "," {
			if te, ok := d.timePhraseEnd(e+1, u.hi); ok && d.closesUnit(te, u.hi) {
				f.clHi = te // "…, Tom Reilly, on Monday."
			}
		}
	}
	if end < u.hi && toks[end].text == "," && !described {
		k := d.phraseEnd(end+1, u.hi)
		if r := d.appositiveRole(end+1, k); !r.empty() {
			f.speaker.role = r
			f.clHi = k
		}
	}
	if j >= u.lo && f.clHi < u.hi && toks[f.clHi].text == "," && d.trailingAppositive(f.clHi+1, u.hi) {
		f.clHi = u.hi // "…, said Ann Cole, a farmer who has fought the plan for years."
	}
	if j >= u.lo && toks[j].text == "," && f.clHi == end && d.describesToEnd(end, u.hi) {
		// "…, said an aide who was told of the plan.", "…, said a
		// group of councillors who …": the rest of the sentence describes
		// the speaker; the report is before the clause.
		f.clHi = u.hi
	}
}

// nameAfterDescription parses the name of a person set off by a comma
// after m, a definite description of a person with a role and no name,
// that closes the inverted speaker's phrase at end ("…, said the union
// leader, Ann Hale.", "said the firm's chief executive, Tom Reilly, on
// Monday"): the name followed by the sentence's end or a comma. It
// returns the speaker from the description's first word to the name's
// last, named, with the description's role, and the name's end.
func (d *document) nameAfterDescription(m mention, end, hi int) (mention, int, bool) {
	toks := d.toks
	if r := d.possessiveRoleEnd(m, end, hi); r > end {
		// "said Hale's rival, Tom Price", "said Netguard's technical
		// director, Dr Helen Firth": the one related to the name before
		// the possessive, or holding a post there, is the one named after
		// the comma
		m.role, m.name, m.kind, m.hi = span{toks[m.lo].start, toks[r-1].end}, span{}, KindPerson, r
		end = r
	}
	if end+1 >= hi || toks[end].text != "," || m.named() || m.pronoun != "" || m.indefinite || m.role.empty() || m.kind != KindPerson || !d.isNarration(end) {
		return mention{}, 0, false
	}
	n, e, ok := d.npAfter(end+1, hi)
	if !ok || !n.named() || !n.role.empty() || n.kind == KindOrganization || n.pronoun != "" || !toks[end+1].cap {
		return mention{}, 0, false
	}
	if e < hi && toks[e].text != "," && !isSentenceEnd(toks[e].text) {
		return mention{}, 0, false
	}
	n.lo, n.role, n.kind = m.lo, m.role, KindPerson
	return n, e, true
}

// maxPossessiveRoleWords is how many lower-case words a role after a
// name in the possessive may have ("Netguard's chief technical officer").
const maxPossessiveRoleWords = 4

// possessiveRoleEnd is the end of a relation or a role in lower case
// after m, a name in the possessive that ends at end, when a comma
// follows it ("Hale's rival,", "Netguard's technical director,"): the
// last word a relation word or a role's head. Otherwise it is end.
func (d *document) possessiveRoleEnd(m mention, end, hi int) int {
	toks := d.toks
	if !m.named() || m.hi != end || !isPossessiveWord(toks[m.hi-1]) {
		return end
	}
	for r := end; r < hi && r-end <= maxPossessiveRoleWords; r++ {
		t := toks[r]
		if t.text == "," && r > end {
			if p := toks[r-1]; p.in(lexRelationWords) || p.stem&lexRoleHeads != 0 {
				return r
			}
			return end
		}
		if t.kind != tokWord || t.cap || !d.isNarration(r) || isCue(t) || t.fn != 0 {
			return end
		}
	}
	return end
}

// describesToEnd reports whether a relative clause or an "of" phrase at
// end runs to the sentence's end hi with no clause of its own.
//
// So does a modifier with its preposition ("…, said a source close to the
// club.", "…, said an official familiar with the talks."), as before a
// cue (describedPastModifier).
func (d *document) describesToEnd(end, hi int) bool {
	if end >= hi || !d.isNarration(end) || d.clauseInPhrase(end, hi) {
		return false
	}
	return d.toks[end].is(fnRelative|fnOf) || d.modifierWithPreposition(end, hi) || d.describingWith(end, hi)
}

// describingWith reports whether the "with" at k, right after the head
// of a description of a person or a group, opens a phrase of theirs ("a
// person with knowledge of the deal", "an official with the club").
func (d *document) describingWith(k, hi int) bool {
	toks := d.toks
	if k < 1 || k+1 >= hi || toks[k].lower != "with" || toks[k].cap || !d.isNarration(k) || !d.isNarration(k-1) {
		return false
	}
	p := toks[k-1]
	return p.kind == tokWord && !p.cap && p.stem&(lexPersonNouns|lexGroupNouns|lexRoleHeads) != 0 && d.isNarration(k+1)
}

// knowledgeWith is describingWith's "with" before a lower-case word that
// is no determiner: a phrase that says what they know ("with knowledge
// of the deal", "with direct knowledge of the talks"), not where they
// work ("with the club", "with Harlow Law Centre": a role's phrase).
func (d *document) knowledgeWith(k, hi int) bool {
	if !d.describingWith(k, hi) {
		return false
	}
	n := d.toks[k+1]
	return n.kind == tokWord && !n.cap && !n.in(lexDeterminers)
}

// modifierWithPreposition reports whether the lower-case word at k is an
// adjective or participle before a preposition ("close to", "familiar
// with", "briefed on"): no noun, cue, adverb or function word, nor the
// noun of a possessive ("Hale's remarks about").
func (d *document) modifierWithPreposition(k, hi int) bool {
	a, p := d.toks[k], k+1
	if p >= hi || k < 1 || isPossessiveWord(d.toks[k-1]) || a.kind != tokWord || a.cap || a.fn != 0 || isCue(a) || npWord(a) || a.in(lexVerbModifiers|lexStopCaps|lexDeterminers|lexPrepositions|lexModifierPreps|lexTimeWords) {
		return false
	}
	t := d.toks[p]
	return t.kind == tokWord && !t.cap && t.in(lexModifierPreps|lexPrepositions) && !isTimeWord(t) && d.isNarration(p)
}

// maxNameModifiers is how many lower-case words may stand between an
// inverted cue and the name they describe ("said former bank executive
// Marta Quill").
const maxNameModifiers = 3

// nameAfterModifiers is the person named after the lower-case words that
// describe them, after a speech cue that follows a quotation (`"…," said
// former bank executive Marta Quill`, `"…," said undecided Republican
// voter Ann Cole`, `"…," said master of ceremonies Idris Kamara`), with
// the index after it.
func (d *document) nameAfterModifiers(f *frame, u unit, j int) (mention, int, bool) {
	toks := d.toks
	if f.class != cueSpeech || j < u.lo || !(d.isCloseMark(j) || j > u.lo && toks[j].text == "," && d.isCloseMark(j-1)) {
		return mention{}, 0, false
	}
	for k := f.cue + 1; k < u.hi && k-f.cue <= maxNameModifiers; k++ {
		t := toks[k]
		if t.kind != tokWord || t.cap || !d.isNarration(k) || isCue(t) || t.in(lexPrepositions|lexDeterminers|lexConjunctions|lexTimeWords|lexVerbModifiers) && !t.is(fnLink) || t.is(fnRelative|fnComplementizer|fnBe) {
			return mention{}, 0, false
		}
		if m, end, ok := d.npAfter(k+1, u.hi); ok && m.named() && m.kind == KindPerson && m.pronoun == "" {
			return m, end, true
		}
	}
	return mention{}, 0, false
}

// leadingSubject is the name or person that opens unit u and is set off
// by a comma, its cue after the comma at j: the subject of a cue whose
// appositive no rule reads ("Ruth Abara, director of the Institute for …
// at Denholm University, said"). No quotation or cue stands between.
func (d *document) leadingSubject(u unit, j int) (mention, bool) {
	m, ok := d.leadingNP(u, j, true)
	if !ok || !(m.named() && m.kind == KindPerson || m.kind == KindGroup || m.pronoun != "" && m.pronoun != "it") {
		return mention{}, false
	}
	return m, true
}

// leadingNP is the noun phrase that opens unit u (past a "But" or "Yet")
// and ends at a comma before the cue's comma at j, with no speech cue and
// no quotation between, but for a title when titles is set ("Colby, the
// co-author of "Open Season," …").
func (d *document) leadingNP(u unit, j int, titles bool) (mention, bool) {
	s := u.lo
	for s < j && d.toks[s].cap && d.toks[s].in(lexStopCaps) && !d.toks[s].in(lexDeterminers) {
		s++ // "But", "Yet"
	}
	m, end, ok := d.npAfter(s, j)
	if !ok || end >= j || d.toks[end].text != "," {
		return mention{}, false
	}
	for k := end; k < j; k++ {
		if cueClassOf(d.toks[k]) == cueSpeech && d.isNarration(k) {
			return mention{}, false
		}
		if qi := d.quoteOfToken(k); qi >= 0 && !(titles && d.isTitle(qi)) {
			return mention{}, false
		}
	}
	return m, true
}

// pronounSubjectAfter reports whether the mention m after a cue, ending
// at end, is a subject pronoun with a lower-case word after it, or a
// quotation that opens on one: the report's subject ("…, said he voted
// against it", "…, say they will vote for her", "…, said he "welcomes
// the review""), not an inverted speaker, which closes its clause
// (`"…," said he.`).
func (d *document) pronounSubjectAfter(m mention, end, hi int) bool {
	if m.pronoun == "" || m.hi != m.lo+1 || !d.toks[m.lo].in(lexSubjectPronouns) || d.toks[m.lo].in(lexObjectPronouns) || end >= hi {
		return false
	}
	if d.isOpenMark(end) && end+1 < hi {
		end++ // "…, said he "appreciates the work …"": a quoted predicate
	}
	t := d.toks[end]
	return t.kind == tokWord && !t.cap && (d.isNarration(end) || d.isOpenMark(end-1))
}

// leadingPhrase is the noun phrase that opens the unit u and ends at a
// comma before the cue's comma at j, with an aside between ("Tester,
// himself up for reelection, said he …", "A third of voters, 33%, say
// they …"): the subject of a cue whose report a pronoun opens. No
// speech cue or quotation stands between.
func (d *document) leadingPhrase(u unit, j int) (mention, bool) {
	m, ok := d.leadingNP(u, j, false)
	if !ok || m.pronoun == "it" {
		return mention{}, false
	}
	return m, true
}

// quoteOfToken is the quotation that token k is in or marks, or -1.
func (d *document) quoteOfToken(k int) int {
	if d.toks[k].quote >= 0 {
		return d.toks[k].quote
	}
	return d.quoteOfMark(k)
}

// trailingAppositive reports whether the words from k to the unit's end hi
// describe the speaker named just before them, after a comma: a noun
// phrase or a relative clause ("…, said Ann Cole, a farmer who …", "…,
// said Tom Reilly, who runs the mill"), not a clause of the report that
// the speaker interrupts ("The plan, said Cole, would cost less") nor a
// participle or a quotation.
func (d *document) trailingAppositive(k, hi int) bool {
	toks := d.toks
	if k >= hi || !d.isNarration(k) || toks[k].kind != tokWord || d.verbOpens(k, hi) {
		return false
	}
	t := toks[k]
	if !(t.in(lexDeterminers) && !t.in(lexSubjectPronouns) || t.is(fnRelative) || t.cap && !t.in(lexStopCaps) || t.stem&(lexRoleHeads|lexRoleModifiers) != 0) {
		return false
	}
	if t.cap && !t.in(lexDeterminers) && !d.nameToEnd(k, hi) && !d.possessiveRoleToEnd(k, hi) {
		return false // "Also, said Mr Okafor, Telvane has cut …": a clause
	}
	return !d.clauseInPhrase(k, hi)
}

// possessiveRoleToEnd reports whether a name in the possessive at k and
// lower-case words run to the sentence's end hi, the last a role or a
// word for a person ("Okafor's former business partner.", "Ann Cole's
// chief of staff."): whose the speaker is.
func (d *document) possessiveRoleToEnd(k, hi int) bool {
	toks := d.toks
	for k+1 < hi && toks[k].kind == tokWord && toks[k].cap && !isPossessiveWord(toks[k]) && d.isNarration(k) {
		k++ // "Ann Cole's former business partner"
	}
	if !toks[k].cap || !isPossessiveWord(toks[k]) {
		return false
	}
	e := hi
	for e > k+1 && toks[e-1].kind == tokPunct && d.isNarration(e-1) {
		e--
	}
	if e <= k+1 {
		return false
	}
	for m := k + 1; m < e; m++ {
		if t := toks[m]; t.kind != tokWord || t.cap || !d.isNarration(m) || isCue(t) {
			return false
		}
	}
	return toks[e-1].stem&(lexRoleHeads|lexPersonNouns|lexRelationWords) != 0
}

// clauseInPhrase reports whether the phrase toks[k:hi] holds a clause of
// its own: a verb before any relative word ("the deficit will rise"), a
// quotation, a semicolon or a colon, or a cue after a comma ("…, the mayor,
// adding that …").
func (d *document) clauseInPhrase(k, hi int) bool {
	toks := d.toks
	relative := false
	for m := k; m < hi; m++ {
		t := toks[m]
		if !d.isNarration(m) || t.text == ";" || t.text == ":" {
			return true
		}
		relative = relative || t.is(fnRelative) || t.is(fnComplementizer) && m > k
		if !relative && m > k && t.kind == tokWord && !t.cap && (t.is(fnBe) || t.in(lexVerbModifiers) && !strings.HasSuffix(t.lower, "ly") && !toks[m-1].in(lexDeterminers) || d.finiteVerb(m, hi)) {
			return true
		}
		if isCue(t) && m > k && toks[m-1].text == "," {
			return true
		}
		// "Ann Cole, a local teacher, sent the letter": a past verb and
		// its object after the phrase's comma, the clause the phrase
		// stood in as an appositive
		if m > k+1 && toks[m-1].text == "," && d.pastVerbOfSubject(m, hi) {
			return true
		}
	}
	return false
}

// nameToEnd reports whether the capitalised words from k run to the
// unit's end hi or to a comma or a relative word: a name ("…, said a
// spokesman, Pavel Dorin, who …").
func (d *document) nameToEnd(k, hi int) bool {
	toks := d.toks
	for ; k < hi; k++ {
		t := toks[k]
		switch {
		case t.kind == tokWord && t.cap || t.text == "." || t.text == "-":
		case t.text == "," || t.is(fnRelative):
			return true
		case t.kind == tokPunct && isSentenceEnd(t.text):
			return k+1 == hi || d.closesUnit(k, hi)
		default:
			return false
		}
	}
	return true
}

// isPartyState reports a party and state abbreviation: "R-Ky.", "D-Calif".
func isPartyState(s string) bool {
	return len(s) >= 4 && (s[0] == 'R' || s[0] == 'D' || s[0] == 'I') && s[1] == '-' && s[2] >= 'A' && s[2] <= 'Z'
}

// groupInPlace: in "Local officials in Carvel County said" the group
// speaks, and in "the health ministry in Gaza said" the body, not the
// place that the name-like m after "in" (at p) may be.
func (d *document) groupInPlace(m mention, p, lo int) mention {
	if d.toks[p].is(fnIn) && d.pluralHead(p-1, false) {
		if h, ok := d.pluralNounBefore(p-1, lo); ok {
			return h
		}
	}
	if d.toks[p].is(fnIn) {
		// "The health ministry in Gaza said": a body described by its
		// kind, and where it is; the name after "in" is the place.
		if h, ok := d.npBefore(p-1, lo); ok && !h.named() && h.pronoun == "" && h.kind == KindOrganization {
			return h
		}
	}
	if h, ok := d.personInTown(m, p, lo); ok {
		return h
	}
	return m
}

// townBeforeState is the last word of the town when the comma at j
// closes a state after it, set off by commas after a preposition ("in
// Dayton, Ohio,"): the state's words are places, at most maxStateWords.
func (d *document) townBeforeState(j, lo int) (int, bool) {
	toks := d.toks
	if j-3 < lo || toks[j].text != "," {
		return 0, false
	}
	k := j - 1
	for k > lo && j-k <= maxStateWords && toks[k].cap && toks[k].stem&lexPlaces != 0 {
		k--
	}
	if k == j-1 || toks[k].text != "," || k-1 < lo || !toks[k-1].cap || toks[k-1].kind != tokWord {
		return 0, false
	}
	for b := k - 1; b >= lo && k-b <= maxPlaceAside; b-- {
		if t := toks[b]; !t.cap {
			return k - 1, t.kind == tokWord && (t.is(fnIn) || t.lower == "from")
		}
	}
	return 0, false
}

// personInTown is the person an indefinite description before "in" or
// "from" and a one-word name describes ("a woman in Dayton told", "a
// voter from Leyton said"): the name is where they live, not who speaks.
func (d *document) personInTown(m mention, p, lo int) (mention, bool) {
	t := d.toks[p]
	if !(t.is(fnIn) || t.lower == "from") || t.cap || m.hi-m.lo != 1 || p-1 < lo {
		return mention{}, false
	}
	h := d.toks[p-1]
	if h.cap || h.kind != tokWord || !h.in(lexPersonNouns|lexRoleHeads) || d.lex.firstName(d.toks[m.lo].lower) {
		return mention{}, false
	}
	n, ok := d.npBefore(p-1, lo)
	if !ok || n.named() || n.pronoun != "" || !n.indefinite || n.kind != KindPerson || n.lo > lo && d.toks[n.lo-1].text == "," {
		return mention{}, false // (", an actor in Dallas,": an appositive describes the name before it)
	}
	return n, true
}

// maxPhraseObject is the longest object of a preposition, in tokens, that
// headOfPhraseObject steps over ("of the new bypass").
const maxPhraseObject = 4

// headOfPhraseObject is the subject a phrase that ends at e modifies when
// the phrase's object is a plain description no lexicon knows ("the plan"
// in "Supporters of the plan, on Monday, argued", "parking charges" in
// "Critics of parking charges, in a letter, said"): a few
// lower-case words after a preposition, and before it a noun phrase of a
// known kind, which speaks.
func (d *document) headOfPhraseObject(e, lo int) (mention, bool) {
	toks := d.toks
	for k := e; k > lo && e-k <= maxPhraseObject; k-- {
		t := toks[k]
		if !d.isNarration(k) || t.kind != tokWord || t.cap || t.in(lexSubjectPronouns|lexAuxiliaries) || t.fn&(fnRelative|fnComplementizer) != 0 {
			return mention{}, false
		}
		if !t.in(lexPrepositions | lexModifierPreps) {
			continue // (a cue word in the object is a noun: "the plan")
		}
		if k == e {
			return mention{}, false
		}
		obj := mention{lo: k + 1, hi: e + 1, kind: KindUnknown}
		h := d.headBeforeModifier(obj, lo)
		if h.lo == obj.lo {
			return mention{}, false
		}
		return h, true
	}
	return mention{}, false
}

// headBeforeModifier: when the noun phrase before a cue is the object of a
// preposition ("Strikers marching past the depot chanted",
// "officials in Washington said"), the speaker is the phrase it modifies.
func (d *document) headBeforeModifier(m mention, lo int) mention {
	toks := d.toks
	p := m.lo - 1
	if m.pronoun == "" && p-2 >= lo && toks[p].is(fnPassiveBy) {
		if h, ok := d.documentHad(p, lo); ok {
			return h // "Council documents seen by the BBC show …": the documents, not who saw them
		}
	}
	if h, ok := d.headBeforeJoinedObject(m, lo); ok {
		return h // "Officials from Qatar and Egypt said": the officials, not Egypt
	}
	if m.pronoun != "" || p-1 < lo || !toks[p].in(lexModifierPreps|lexPrepositions) || toks[p].is(fnPassiveBy) || d.subordinateSubject(m, lo) {
		return m // ("Tom Hart resigned after a colleague said": the colleague's own clause)
	}
	if m.named() && m.kind == KindPerson {
		return d.groupInPlace(m, p, lo)
	}
	e := p - 1
	// "marching through …", "familiar with …", "close to …", "briefed on …"
	skipped := false
	if t := toks[e]; t.kind == tokWord && !t.cap && e-1 >= lo && !isCue(t) && !npWord(t) && !t.in(lexVerbModifiers|lexStopCaps|lexDeterminers) {
		e--
		skipped = true
		for e-1 >= lo && toks[e].kind == tokWord && !toks[e].cap && (toks[e].in(lexAuxiliaries) || toks[e].is(fnBe)) {
			e-- // "Some of the organisers have been poring over …": the subject before the auxiliaries
		}
	}
	if toks[p].is(fnTo) && !skipped {
		if h, ok := d.npBefore(p-1, lo); ok && h.pronoun == "" && !h.named() && d.toks[h.hi-1].stem&lexDocumentNouns != 0 {
			return h // "A letter to parents said": the letter, not those it was sent to
		}
		return m // "to reporters": a hearer
	}
	h, ok := d.npBefore(e, lo)
	if !ok {
		h, ok = d.pluralNounBefore(e, lo) // "Backers of the levy say"
	}
	if !ok || h.pronoun != "" || (!h.named() && h.kind == KindUnknown) {
		return m
	}
	if m.named() && !h.named() && d.toks[h.hi-1].stem&lexDocumentNouns != 0 {
		return m // "figures from the Federation of Home Builders indicated": its source speaks
	}
	return h
}

// headBeforeJoinedObject is headBeforeModifier's head when name m is
// the second of two names that "and" joins as one preposition's object
// ("Officials from Qatar and Egypt said", "Diplomats in Paris and Berlin
// said"): the phrase the joined names modify speaks.
func (d *document) headBeforeJoinedObject(m mention, lo int) (mention, bool) {
	toks := d.toks
	p := m.lo - 1
	if !m.named() || m.pronoun != "" || p-2 < lo || !toks[p].is(fnAnd) || toks[p].cap || !d.isNarration(p) || !toks[p-1].cap || toks[p-1].kind != tokWord {
		return mention{}, false
	}
	o, ok := d.npBefore(p-1, lo)
	if !ok || !o.named() || o.pronoun != "" || o.lo-1 < lo || !toks[o.lo-1].in(lexModifierPreps|lexPrepositions) {
		return mention{}, false
	}
	e := o.lo - 2
	h, ok := d.npBefore(e, lo)
	if !ok {
		h, ok = d.pluralNounBefore(e, lo)
	}
	if !ok || h.named() || h.pronoun != "" || h.kind != KindGroup && h.kind != KindPerson {
		return mention{}, false // (a source that is named is the joined names' own: "Tom Pike of Leeds and York")
	}
	return h, true
}

// documentHad is the document described before a participle and the
// "by" at p that names who has it, not who made it ("documents seen by
// the BBC", "a memo obtained by the Ledger", "emails reviewed by
// Reuters"; lexicon/maker-participles holds the makers: "a report
// commissioned by the council" is the council's). What the document
// shows is its own finding.
func (d *document) documentHad(p, lo int) (mention, bool) {
	toks := d.toks
	v := toks[p-1]
	if v.kind != tokWord || v.cap || !d.isNarration(p-1) || isCue(v) || d.lex.makerParticiples[v.lower] || !d.pastParticiple(v) {
		return mention{}, false
	}
	h, ok := d.npBefore(p-2, lo)
	if !ok || h.pronoun != "" || toks[h.hi-1].cap && !d.opensSentence(h.hi-1) || toks[h.hi-1].stem&lexDocumentNouns == 0 {
		return mention{}, false
	}
	return h, true
}

// describedPastModifier is the person or group described before a
// modifier that ends at j, the word before a speech cue, when no noun
// phrase parses at j ("A banker briefed on the bidding said", "A source
// close to Friday's talks said"): an adjective or participle and a
// preposition after a description of a known kind.
func (d *document) describedPastModifier(j, lo int) (mention, bool) {
	toks := d.toks
	for k := j; k-2 >= lo && j-k < maxPhraseBeforeCue; k-- {
		t := toks[k]
		if !d.isNarration(k) || t.kind != tokWord || isCue(t) && !d.nounAfterDeterminer(k) || t.in(lexSubjectPronouns) || t.is(fnRelative|fnComplementizer) {
			break
		}
		if k == j || t.cap || !t.in(lexModifierPreps|lexPrepositions) || isTimeWord(t) {
			continue
		}
		a := toks[k-1]
		if m, ok := d.describedWith(k, lo); ok {
			return m, true // "a person with knowledge of the deal said"
		}
		if a.kind != tokWord || a.cap || isCue(a) && !strings.HasSuffix(a.lower, "ed") || npWord(a) || a.in(lexVerbModifiers|lexStopCaps|lexDeterminers|lexPrepositions) || !d.isNarration(k-1) {
			continue // ("Campaigners opposed to the plan said": a cue word as a participle)
		}
		h, ok := d.npBefore(k-2, lo)
		start := h.lo
		if c, cok := d.countedGroupAt(h, lo); ok && cok {
			start = c.lo // "three people familiar with the plan said": the count opens the clause
		}
		if ok && h.pronoun == "" && (h.kind == KindPerson || h.kind == KindGroup) && d.opensClauseAt(start, lo) {
			return h, true
		}
	}
	return mention{}, false
}

// describedWith is the person or group whose head noun the "with" at k
// follows, before a speech cue: "a person with knowledge of the deal
// said", "two people with knowledge of the talks said" (the phrase
// describes the source as "familiar with" does; no noun phrase parses
// before the cue, "knowledge of the deal" being none). The source has no
// name and opens its clause; its role is its head, as after "familiar
// with".
func (d *document) describedWith(k, lo int) (mention, bool) {
	if k-1 < lo || !d.describingWith(k, len(d.toks)) {
		return mention{}, false
	}
	h, ok := d.npBefore(k-1, lo)
	if !ok || h.pronoun != "" || h.named() || h.hi != k || !(h.kind == KindPerson || h.kind == KindGroup) {
		return mention{}, false
	}
	start := h.lo
	if c, cok := d.countedGroupAt(h, lo); cok {
		start = c.lo // "two people with knowledge of the talks said": the count opens the clause
	}
	if !d.opensClauseAt(start, lo) {
		return mention{}, false
	}
	return h, true
}

// documentMadeWhen is the document whose making a participle of
// lexicon/maker-participles and a time phrase ending at j describe, the
// words before a speech cue ("A council report published on Friday said",
// "The audit released on Monday said"): the document says what it
// says. The document opens the unit (past a dateline) or its clause.
func (d *document) documentMadeWhen(j int, u unit) (mention, bool) {
	toks := d.toks
	lo := d.unitOpening(u)        // (past a dateline: "WASHINGTON (AP) — A report published …")
	s := d.timePhraseStart(j, lo) // (the search for a subject may have stepped over it: "… on Monday said")
	if s > j && toks[j].kind == tokWord && d.lex.makerParticiples[toks[j].lower] {
		s = j + 1
	}
	if s > j+1 || s-2 < lo {
		return mention{}, false
	}
	v := toks[s-1]
	if v.kind != tokWord || v.cap || !d.lex.makerParticiples[v.lower] || !d.isNarration(s-1) {
		return mention{}, false
	}
	m, ok := d.npBefore(s-2, lo)
	if !ok || m.named() || m.pronoun != "" || toks[m.hi-1].stem&lexDocumentNouns == 0 || !d.opensClauseAt(m.lo, lo) {
		return mention{}, false
	}
	return m, true
}

// gerundDescribed is the person or group described by an "-ing"
// modifier whose object is m, the phrase before a speech cue: "Voters
// leaving the polls said", "Residents living near the plant said", "A
// woman carrying a placard said": a description whose head is a noun of
// people or groups (no name: "Recent housing market surveys"), that opens its clause;
// an "-ing" word the lexicon knows as a preposition ("during the
// talks") or a cue ("people saying the plan") is no such modifier.
func (d *document) gerundDescribed(m mention, lo int) (mention, bool) {
	toks := d.toks
	g := m.lo - 1
	if g-1 > lo && toks[g].kind == tokWord && !toks[g].cap && toks[g].in(lexPrepositions|lexModifierPreps) && d.isNarration(g) {
		g-- // "living near the plant"
	}
	if g-1 < lo || !d.isNarration(g) {
		return mention{}, false
	}
	t := toks[g]
	if t.kind != tokWord || t.cap || !strings.HasSuffix(t.lower, "ing") || len(t.lower) <= minAdverbLen || isCue(t) || t.fn != 0 || t.in(lexPrepositions|lexModifierPreps|lexTimeWords|lexStopCaps) || npWord(t) {
		return mention{}, false
	}
	h, ok := d.npBefore(g-1, lo)
	if !ok || h.pronoun != "" || h.named() || h.hi != g || !(h.kind == KindPerson || h.kind == KindGroup) || toks[h.hi-1].stem&(lexGroupNouns|lexPersonNouns) == 0 || !d.opensClauseAt(h.lo, lo) {
		return mention{}, false
	}
	return h, true
}

// nounAfterDeterminer reports whether the word at k, a cue word, follows a
// determiner or a possessive and so is a noun ("familiar with the plan",
// "close to Hale's thinking"), not a verb that ends the phrase.
func (d *document) nounAfterDeterminer(k int) bool {
	p := d.toks[k-1]
	return p.kind == tokWord && (p.in(lexDeterminers) || isPossessiveWord(p)) && d.isNarration(k-1)
}

// quantifiedDescriptor parses a noun phrase ending at j that a quantifier
// or a demonstrative opens at the start of a clause: "That person said",
// "Each side said", "neither side would say".
func (d *document) quantifiedDescriptor(j, lo int) (mention, bool) {
	if j-1 < lo || !descriptorHead(d.toks[j]) || !d.isNarration(j-1) {
		return mention{}, false
	}
	q := d.toks[j-1]
	if !(q.is(fnComplementizer) || q.in(lexQuantities) && !isDigitStart(q.text)) || !d.opensClauseAt(j-1, lo) && !(j-2 >= lo && d.toks[j-2].is(fnSubordinator)) {
		return mention{}, false
	}
	m := d.analyzeNP(j, j+1)
	m.lo, m.indefinite = j-1, true
	if m.kind == KindUnknown && d.toks[j].in(lexPersonNouns|lexRoleHeads) {
		m.kind = KindPerson // "That person said"
	}
	return m, true
}

// maxPhraseBeforeCue is the longest prepositional phrase, in tokens,
// between a subject and its cue ("Ann Cole at a rally in Leeds said").
const maxPhraseBeforeCue = 8

// subjectBeforePhrase is the subject before the prepositional phrases
// that end at j, before frame f's cue: a name or a pronoun ("Ann Cole at
// a rally in Leeds said"), or a plain plural noun phrase before a speech
// cue ("Backers of the new levy say") or, when it names people, a group
// or a document, before a belief cue; m and ok, the noun phrase that ends
// at j, when there is neither.
func (d *document) subjectBeforePhrase(f *frame, u unit, j int, m mention, ok bool) (mention, bool) {
	// A description is the subject only in place of a phrase's object
	// ("The deputy head of the delegation to the summit said"), never
	// where no subject was found.
	if k, past := d.subjectPastPhrase(j, u.lo, ok); past {
		return d.npBefore(k, u.lo)
	}
	// "Most residents in the two villages fear", "surveys of tenants are
	// showing": a belief verb, in any form, takes the plural before the
	// phrase only when it plainly names people, a group or a document.
	if f.class == cueSpeech && !strings.HasSuffix(d.toks[f.cue].lower, "ing") || f.class == cueBelief {
		if pm, pok := d.pluralSubjectPastPhrase(j, u.lo); pok && (f.class == cueSpeech || d.plainSource(pm)) {
			return pm, true
		}
	}
	return m, ok
}

// subordinateSubject reports whether the description m, after a
// subordinator that may open a sentence (lexicon/function-words:
// fronted-subordinator; "after", "before", "since", "until" are
// prepositions too), is the subject of a clause of its own that this cue heads:
// a verb of the main clause stands before that word ("Shares fell after
// the retailer said …", "Tom Hart resigned after a colleague said …"),
// and m describes a person, a body or a group. ("Ann Cole after the meeting said": no verb
// before "after", the phrase stands between her and the cue.)
func (d *document) subordinateSubject(m mention, lo int) bool {
	toks := d.toks
	if m.lo-1 <= lo || m.named() || m.pronoun != "" || !(m.kind == KindPerson || m.kind == KindOrganization || m.kind == KindGroup || d.plainSource(m)) {
		return false
	}
	if p := toks[m.lo-1]; p.cap || !p.is(fnFrontedSubordinator) || !d.isNarration(m.lo-1) {
		return false
	}
	for k := lo; k < m.lo-1; k++ {
		if t := toks[k]; t.kind == tokWord && !t.cap && d.isNarration(k) && (d.pastVerb(t) || t.in(lexAuxiliaries)) && !isCue(t) {
			return true
		}
	}
	return false
}

// maxModifiedSubject is how far back, in tokens, modifiedHeadSubject
// looks for the participle after the subject's head.
const maxModifiedSubject = 14

// modifiedHeadSubject is the subject that ends at j when it is people,
// a group or a body described by no name whose head a participle and
// its phrase follow ("Police investigating the death of a man in Leeds
// said", "Doctors treating the boy at Alder Hey said", "Campaigners
// opposed to the plan said"): the name at the phrase's end (after a
// preposition) is no subject. The whole phrase is the role.
func (d *document) modifiedHeadSubject(j, lo int) (mention, bool) {
	toks := d.toks
	for k := j; k > lo && j-k < maxModifiedSubject; k-- {
		t := toks[k]
		if !d.isNarration(k) || t.text == "," || t.kind == tokWord && (isCue(t) || t.in(lexSubjectPronouns) || t.is(fnRelative|fnComplementizer)) {
			return mention{}, false
		}
		// an "-ing" participle, or one in "-ed" before its preposition
		// ("affected by", "opposed to"); a past verb has its own subject
		ing := strings.HasSuffix(t.lower, "ing")
		if k == j || !isParticiple(t) || t.in(lexPrepositions|lexModifierPreps|lexAuxiliaries) || !ing && !(k+1 < j && toks[k+1].in(lexPrepositions|lexModifierPreps)) {
			continue
		}
		h, ok := d.npBefore(k-1, lo)
		if !ok || h.pronoun != "" || h.hi != k || !d.opensClauseAt(h.lo, lo) {
			continue
		}
		head := toks[h.hi-1]
		if h.named() && h.kind == KindPerson && h.hi-h.lo >= 2 {
			return h, true // "Ann Cole, speaking in Leeds," without its commas: the one named
		}
		people := head.stem&(lexGroupNouns|lexGenericOrgNouns|lexOrgHeads) != 0 || isPluralRoleHead(d.lex, head.lower)
		if !people && !(h.kind == KindPerson || h.kind == KindGroup) || h.named() && !people {
			continue
		}
		m := mention{lo: h.lo, hi: j + 1, kind: KindGroup}
		switch {
		case head.stem&(lexGenericOrgNouns|lexOrgHeads) != 0 && !head.in(lexGroupNouns):
			m.kind = KindOrganization // "The firm building the pier at Ashby said"
		case h.kind == KindPerson && !isPluralRoleHead(d.lex, head.lower) && !head.in(lexGroupNouns):
			m.kind = KindPerson
		}
		b := h.lo
		if toks[b].in(lexDeterminers) {
			b++
		}
		m.role = span{toks[b].start, toks[j].end}
		return m, true
	}
	return mention{}, false
}

// plainSource reports whether the description m names people, a group or
// a document by its head noun ("officials", "voters", "statistics"): the
// only subjects with no name that a belief verb takes from the fallbacks
// of speech verbs ("most residents in the two villages fear"), since
// "the plan shows" or "hopes of a deal" attribute nothing.
func (d *document) plainSource(m mention) bool {
	return m.hi > m.lo && d.toks[m.hi-1].stem&(lexGroupNouns|lexPersonNouns|lexDocumentNouns) != 0
}

// describedSource reports whether m, with no name, describes a person or
// an organisation by a role ("The deputy head of the delegation", "A
// spokeswoman for the ministry"), or is a bare person ("A person", whose
// noun is no role): a subject a phrase may follow ("… to the summit
// said", "… in Lisbon said", "A person at the club said").
func (d *document) describedSource(m mention) bool {
	if m.named() || m.pronoun != "" || !(m.kind == KindPerson || m.kind == KindOrganization) {
		return false
	}
	return !m.role.empty() || m.kind == KindPerson && m.hi > m.lo && d.toks[m.hi-1].in(lexPersonNouns)
}

// objectOfPhrase reports whether the noun phrase that starts at lo
// follows a lower-case preposition: it is the object of a phrase ("at a
// rally in Leeds"), no subject.
func (d *document) objectOfPhrase(lo int) bool {
	if lo == 0 || !d.isNarration(lo-1) {
		return false
	}
	t := d.toks[lo-1]
	return t.kind == tokWord && !t.cap && (t.in(lexModifierPreps) || t.is(fnOf)) && !isTimeWord(t)
}

// subjectPastPhrase steps back from j, the word before a cue, over
// prepositional phrases that stand between a subject and the cue ("Ann
// Cole in her opening speech said", "Ann Cole at a rally in Leeds said"),
// to the end of a subject that is a name or a pronoun, or with described
// a description of a source (describedSource); ok is false when there is
// none.
func (d *document) subjectPastPhrase(j, lo int, described bool) (int, bool) {
	toks := d.toks
	for k := j; k > lo && j-k < maxPhraseBeforeCue; k-- {
		t := toks[k]
		if !d.isNarration(k) || t.kind != tokWord || isCue(t) || t.in(lexSubjectPronouns) {
			return j, false
		}
		if k == j || t.cap || !t.in(lexModifierPreps) || isTimeWord(t) {
			continue
		}
		if m, ok := d.npBefore(k-1, lo); ok && (m.named() || m.pronoun != "" || described && d.describedSource(m)) && !d.objectOfPhrase(m.lo) {
			if described && !m.named() && m.pronoun == "" && k-2 > lo && d.modifierWithPreposition(k-1, j+1) {
				// "A source close to the minister said", "an official
				// familiar with the talks said": the adjective before the
				// preposition describes the source, no word of its noun.
				if h, ok := d.npBefore(k-2, lo); ok && d.describedSource(h) && !d.objectOfPhrase(h.lo) {
					return k - 2, true
				}
			}
			return k - 1, true
		}
	}
	return j, false
}

// listedVerbSubject gives a cue in -ed after a comma, in a list of
// verbs that share the unit's subject ("Tom Hale praised the plan, called
// it "a good start" and left"), the subject of the unit's first verb.
func (d *document) listedVerbSubject(f *frame, u unit, j int) bool {
	toks := d.toks
	c := toks[f.cue].lower
	if j <= u.lo || toks[j].text != "," || !d.isNarration(j) || !strings.HasSuffix(c, "ed") {
		return false
	}
	// Only a cue that reports something: a clause, or a quotation within
	// a few words ("called it "a good start""); "…, added to the pressure"
	// is no report.
	if !d.reportFollows(f.cueHi, u.hi) && !d.quoteWithin(f.cueHi, u.hi, maxLabelObject) {
		return false
	}
	m, ok := d.firstVerbSubject(u, f.cue)
	if !ok || !(m.named() || m.pronoun != "") || m.hi >= j {
		return false
	}
	f.speaker = m
	return true
}

// maxLabelObject: how many words may stand between a cue and the
// quotation it labels ("called the plan "a disgrace"").
const maxLabelObject = 3

// quoteWithin reports whether a quotation opens within n tokens from k.
func (d *document) quoteWithin(k, hi, n int) bool {
	for m := k; m < hi && m-k <= n; m++ {
		if d.isOpenMark(m) {
			return true
		}
	}
	return false
}

// pluralSubjectPastPhrase is the plain plural noun phrase before the
// prepositional phrases that end at j, before a speech cue ("Backers of
// the new levy say", "Owners of small shops in the town say"), when it
// opens its unit or a clause.
func (d *document) pluralSubjectPastPhrase(j, lo int) (mention, bool) {
	toks := d.toks
	for k := j - 1; k > lo && j-k < maxPhraseBeforeCue; k-- {
		t := toks[k]
		if !d.isNarration(k) || t.kind != tokWord || isCue(t) || t.in(lexSubjectPronouns) {
			return mention{}, false
		}
		if t.cap || !(t.is(fnOf) || t.in(lexModifierPreps)) || isTimeWord(t) {
			continue
		}
		if m, ok := d.pluralNounBefore(k-1, lo); ok && d.opensClauseAt(m.lo, lo) {
			return m, true
		}
	}
	return mention{}, false
}

// skipAdverbAside steps back from j over an adverb set off by commas
// before a cue ("Opponents of the scheme, however, say"): it returns the
// token before the first comma, or j when there is none.
func (d *document) skipAdverbAside(j, lo int) int {
	toks := d.toks
	if j-2 > lo && toks[j].text == "," && toks[j-2].text == "," && d.isNarration(j) && d.isNarration(j-2) && toks[j-1].kind == tokWord && toks[j-1].in(lexVerbModifiers) && !toks[j-1].cap {
		return j - 3
	}
	return j
}

// opensClauseAt reports whether a phrase that starts at k opens the unit
// that starts at lo, or a clause after a comma or a conjunction.
func (d *document) opensClauseAt(k, lo int) bool {
	if k == lo {
		return true
	}
	p := d.toks[k-1]
	return p.text == "," || p.kind == tokWord && p.is(fnAnd|fnCoordinator)
}
