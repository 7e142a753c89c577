package extractor

import "strings"

// Clause boundaries: where the attribution clause ends (over a hearer and
// modifiers), and where the reported clause it claims starts and ends.

// thatSearchWindow is how far, in tokens, "that" may stand after a cue and
// a phrase that follows it ("said at a hearing Thursday that …").
const thatSearchWindow = 16

// finishClause extends the clause over the hearer of a tell verb ("told
// Reuters") and over modifiers that end at a delimiter ("on Wednesday,"),
// up to a "that" that follows them.
func (d *document) finishClause(f *frame, u unit) {
	toks := d.toks
	if !f.inverted && f.cueHi == f.cue+1 && d.reportingInfinitive(f.cue, u.hi) {
		f.cueHi = f.cue + 3 // "continued to insist that …": the cue is all three words
	}
	k := f.cueHi
	if f.inverted {
		k = max(f.clHi, f.cueHi)
	}
	if toks[d.headVerb(*f)].in(lexTellVerbs) {
		if e := d.skipHearer(k, u.hi); !d.hearerOnReport(k, e, u.hi) {
			k = e
		}
		k = d.toldThingOf(k, u.hi)
	}
	if k < u.hi && toks[k].is(fnOf) && f.class == cueSpeech && d.isNarration(k) {
		// "said of the senator, "…"", "wrote of his rival that …": who
		// or what the words are about, not the report.
		if m, ok := d.modifierPhraseEnd(k, u.hi); ok && d.reportAfterTopic(m, u.hi) {
			k = m
		}
	}
	f.clHi = d.skipModifiers(k, u.hi)
	if d.mannerBeforeReport(f.clHi, u.hi) {
		f.clHi++
	}
	f.clHi = d.thatAfterPhrase(f, u.hi)
	f.clHi = d.asideBeforeThat(f.clHi, u.hi)
	f.clHi = d.colonAfterPhrase(f.clHi, u.hi)
	if f.clHi < u.hi && toks[f.clHi].text == ":" && f.clHi+1 == u.hi {
		f.colon = true
	}
	// "…, Hale said, a measure that might …": a phrase that sums up
	// the report before the clause is no report of its own.
	if f.clLo > u.lo && toks[f.clLo-1].text == "," && f.clHi+1 < u.hi && toks[f.clHi].text == "," && d.summingPhrase(f.clHi+1, u.hi) {
		f.clHi = u.hi
	}
}

// maxToldThingWords is how many words may stand between "the" and the
// noun of a thing told ("told the largely forgotten story of").
const maxToldThingWords = 4

// toldThingOf steps over "the story of", "the tale about" and the like
// after a tell verb at k (lexicon/told-things, after "the"): what the
// story is of is the report ("told the story of a ferryman who …";
// PolNeAR puts the phrase in the cue). "told a tale of two towns" names
// no one story and stays.
func (d *document) toldThingOf(k, hi int) int {
	toks := d.toks
	if k >= hi || !toks[k].is(fnDefinite) || !d.isNarration(k) {
		return k
	}
	for j := k + 1; j+2 < hi && j <= k+maxToldThingWords && d.isNarration(j) && toks[j].kind == tokWord; j++ {
		t := toks[j]
		if d.lex.toldThings[t.lower] {
			if toks[j+1].is(fnOf|fnQuestionTopic) && d.isNarration(j+1) && toks[j+2].kind == tokWord {
				return j + 2
			}
			break
		}
		if isCue(t) || t.in(lexPrepositions|lexDeterminers|lexConjunctions|lexSubjectPronouns) || t.fn != 0 {
			break
		}
	}
	return k
}

// reportingInfinitive reports whether the cue at c (lexicon/cue-infinitive-
// verbs: "continued", "declined", "refused") has for its complement "to"
// and a speech verb that reports what follows it ("continued to insist
// that …", "declined to say who …", "refused to say whether …",
// "continued to question whether …"): the three words are the cue, and
// the report starts after them. Only a clause counts, opened by "that",
// a wh-word, a subject pronoun or a noun phrase and its verb: "declined
// to comment on the plan", "declined to confirm the figures" and
// "refused to attack Hale on tax" keep the infinitive as their content,
// as PolNeAR does.
func (d *document) reportingInfinitive(c, hi int) bool {
	toks := d.toks
	if !toks[c].in(lexCueInfinitiveVerbs) || c+3 >= hi || !d.isNarration(c+1) || !d.isNarration(c+2) || !d.cueInfinitive(c+1, hi) || d.actionInfinitive(c+1, hi) {
		return false
	}
	if cueClassOf(toks[c+2]) != cueSpeech {
		return false
	}
	k := c + 3
	if toks[c+2].in(lexTellVerbs) {
		k = d.skipHearer(k, hi) // "continued to assure her that …"
	}
	if k >= hi || !d.isNarration(k) {
		return false
	}
	t := toks[k]
	return t.is(fnComplementizer) || t.in(lexClauseOpeners) || t.in(lexSubjectPronouns) && !t.in(lexObjectPronouns) || d.opensSubject(k, hi)
}

// headVerb is the verb of frame f's cue whose complement the report is:
// the infinitive of a reporting infinitive ("continued to tell
// reporters that …": "tell"), else the cue.
func (d *document) headVerb(f frame) int {
	if f.cueHi == f.cue+3 && d.toks[f.cue+1].is(fnTo) {
		return f.cue + 2
	}
	return f.cue
}

// hearerOnReport reports whether the words from k to e, which skipHearer
// read as a tell verb's hearer, belong to the report after all: the
// hearer of an order or a request is the subject of what it asks
// ("urged the council to act"), and words before an auxiliary are no
// hearer but the report's subject ("warned they could lose the ferry").
// A time phrase before the "to" is not ("vowed last month to …"), nor a
// hearer before one ("told reporters on Monday to …", left out as the
// time phrase is), nor one before "not to" (PolNeAR goes both ways
// there), nor a quoted title ("told "Newsnight" to …").
func (d *document) hearerOnReport(k, e, hi int) bool {
	if e == k || e >= hi || d.isOpenMark(k) {
		return false
	}
	return d.infinitive(e, hi) && !d.timeBefore(k, e, hi) || d.auxiliaryAt(e) || d.nounAfterCapitalised(e, hi)
}

// nounAfterCapitalised reports whether a hearer that skipHearer ended at
// e, after a capitalised word, was cut from its noun: one or two plain
// lower-case words and an infinitive follow ("urged Danish skippers to
// stay", "urged the Labour leadership to step aside"), so the
// capitalised word is the noun's modifier, no name, and the hearer of
// the request is the subject of what it asks, as "urged the council to
// act" is.
func (d *document) nounAfterCapitalised(e, hi int) bool {
	toks := d.toks
	if e < 1 || !toks[e-1].cap || toks[e-1].kind != tokWord {
		return false
	}
	for j := e; j < hi && j < e+2; j++ {
		if !d.plainModifier(toks[j]) || !d.isNarration(j) {
			return false
		}
		if d.infinitive(j+1, hi) {
			return true
		}
	}
	return false
}

// auxiliaryAt reports whether the narration word at k is a lower-case
// auxiliary or modal before a word ("could lose"; not "warned it
// would," where the clause ends).
func (d *document) auxiliaryAt(k int) bool {
	t := d.toks[k]
	return t.kind == tokWord && !t.cap && t.in(lexAuxiliaries) && d.isNarration(k) && k+1 < len(d.toks) && (d.toks[k+1].kind == tokWord || d.isOpenMark(k+1)) // (`was "unacceptable"`)
}

// timeBefore reports whether toks[k:e] is a time phrase ("last month").
func (d *document) timeBefore(k, e, hi int) bool {
	j, ok := d.timePhraseEnd(k, hi)
	return ok && j == e
}

// reportAfterTopic reports whether what follows the topic phrase of a
// cue ("said of the senator") at m is the report or the sentence's end:
// a quotation after a comma or colon, a that-clause, or nothing ("…,"
// Cole said of the senator.). "accused of spying, but …" and "boasted of
// the demographics that comprise …" are no topic.
func (d *document) reportAfterTopic(m, hi int) bool {
	toks := d.toks
	switch {
	case m >= hi || isSentenceEnd(toks[m].text) && m+1 >= hi:
		return true
	case toks[m].is(fnComplementizer):
		return d.subjectAfterThat(m+1, hi)
	case toks[m].text == "," || toks[m].text == ":":
		return m+1 < hi && d.isOpenMark(m+1)
	}
	return false
}

// summingPhrase reports whether the words from k to the unit's end hi are
// a noun phrase opened by an indefinite article that sums up what was
// said ("a measure that might …", "an idea the council rejected"), with
// no clause of its own.
func (d *document) summingPhrase(k, hi int) bool {
	return d.toks[k].is(fnIndefiniteArticle) && d.trailingAppositive(k, hi)
}

// skipHearer steps over the hearer of a tell verb at k: a noun phrase
// ("told Reuters"), an object pronoun ("told reporters"), or the title of a
// show (`told "State of the Union" that …`).
func (d *document) skipHearer(k, hi int) int {
	if k >= hi {
		return k
	}
	if d.isOpenMark(k) {
		if qi := d.quoteOfMark(k); qi >= 0 && !d.quotes[qi].openEnded && d.isTitle(qi) {
			return d.quotes[qi].tokHi + 1
		}
		return k
	}
	// "told a news conference: …", "told the local paper that …", `told
	// the crowd, "…"`
	if d.toks[k].in(lexDeterminers) {
		reach := k + maxDescriptorWords + 1
		for j := k + 1; j < hi && j <= reach && d.isNarration(j) && d.toks[j].kind == tokWord && !isCue(d.toks[j]) && !d.toks[j].in(lexVerbModifiers); j++ {
			if t := d.toks[j]; !t.cap && placePreposition(t.lower) && j > k+1 && reach < j+maxPlaceWords {
				reach = j + maxPlaceWords // "told the jury at Leeds Crown Court she …": where the hearer is
			}
			if n := j + 1; n < hi && (d.toks[n].text == ":" || d.toks[n].is(fnComplementizer) || d.isOpenMark(n) || d.commaBeforeQuote(n, hi) || d.pronounAfterHearer(j, n) || d.clauseAfterHearer(k, j, n, hi)) {
				if d.toks[n].is(fnComplementizer) && d.relativeThat(n, hi) {
					return d.thatAfterRelative(n, hi)
				}
				return n
			}
			if e, ok := d.hearerNameAfter(j+1, hi); ok {
				return e // "told his American counterpart, Antony Blinken, that …"
			}
		}
		if n, ok := d.closingHearer(k, hi); ok {
			return n
		}
	}
	if end, ok := d.possessiveHearer(k, hi); ok {
		return end
	}
	if t := d.toks[k]; (t.is(fnHearer) || t.kind == tokWord && strings.HasSuffix(t.lower, "s") && d.hearerEndWord(t) && !isCue(t)) && !t.cap && k+1 < hi && d.isNarration(k+1) && (d.nameSubjectAt(k+1, hi) || d.bareSubjectAt(k+1, hi)) {
		// "told reporters Tom Pike would resign", "told investors Harlow
		// Ferries would grow", "told reporters members were angry": no
		// noun phrase "reporters Tom Pike"; the report's subject and verb
		return k + 1
	}
	if _, end, ok := d.npAfter(k, hi); ok {
		if end == k+1 && d.toks[k].in(lexQuantities) {
			if e, ok := d.quantityHearerEnd(k, hi); ok {
				return e
			}
		}
		if d.pastVerbOfSubject(end, hi) {
			return k // "warned Britain faced the slowest growth": the report's subject, no hearer
		}
		if end > k && isPossessiveWord(d.toks[end-1]) {
			// "told delegates at the union's conference that …": the
			// phrase ran to an owner; what is owned is the hearer's too
			if e := d.ownedNounEnd(end, hi); e > end {
				return e
			}
		}
		return end
	}
	if d.toks[k].is(fnHearer) || d.bareHearer(k, hi) {
		return k + 1
	}
	return k
}

// hearerNameAfter reports whether the comma at c, after a hearer's
// description, sets off the hearer's name before "that" ("told his
// counterpart, Antony Blinken, that …"), and where the report starts:
// at the "that".
func (d *document) hearerNameAfter(c, hi int) (int, bool) {
	toks := d.toks
	if c+3 >= hi || toks[c].text != "," || !d.isNarration(c) {
		return 0, false
	}
	m, k, ok := d.npAfter(c+1, hi)
	if !ok || !m.named() || m.lo != c+1 || k+1 >= hi || toks[k].text != "," || !toks[k+1].is(fnComplementizer) {
		return 0, false
	}
	return k + 1, true
}

// pronounAfterHearer reports whether the subject pronoun at n, after the
// word j that ends a hearer a determiner opened, opens the report ("tells
// the crowd he was first", "told his audience they would lose"): the
// hearer ends at j, a noun. A noun of what is told ("told the story he
// had heard", lexicon/told-things) is no hearer, nor a wh-word ("asked
// the crowd what they …": the question is the report).
func (d *document) pronounAfterHearer(j, n int) bool {
	t := d.toks[n]
	if !d.hearerEndWord(d.toks[j]) {
		return false // "asked our followers what they …", "the story of how he …"
	}
	if t.lower == "it" && !t.cap && d.isNarration(n) && d.verbAfterIt(n) {
		return true // "told the BBC it took security seriously": "it" and its verb
	}
	return t.kind == tokWord && !t.cap && t.in(lexSubjectPronouns) && !t.in(lexObjectPronouns) && !t.is(fnIt|fnWho) && d.isNarration(n)
}

// clauseAfterHearer reports whether a determiner or a name at n, after
// the word j that ends a hearer the determiner at k opened right after a
// tell verb, opens the report's subject with its verb ("told the inquiry
// the plan would work", "told a press conference the talks had stalled",
// "told the court Forde had been drinking"; after an acronym only a name:
// "told the BBC Labour would win"): the hearer ends at j, as before a
// pronoun (pronounAfterHearer). After a cue's particle the phrase is its
// topic ("warned of the implications a defeat would have").
func (d *document) clauseAfterHearer(k, j, n, hi int) bool {
	if k == 0 || !d.toks[k-1].in(lexTellVerbs) || !d.hearerEndWord(d.toks[j]) {
		return false
	}
	if h := d.toks[j]; h.cap {
		// "told the BBC Labour would win": an acronym ends the hearer
		// before a name; "told the Senate Finance Committee …" runs on;
		// a place after the hearer's preposition ends it before a
		// subject a determiner opens ("told a rally in Ohio the election
		// had been stolen")
		if isUpperWord(h.text) && len(h.text) > 1 {
			return d.isNarration(n) && d.nameSubjectAt(n, hi)
		}
		return d.placeAfterPreposition(k, j) && d.isNarration(n) && d.toks[n].in(lexDeterminers) && d.opensSubject(n, hi)
	}
	return d.isNarration(n) && (d.opensSubject(n, hi) || d.nameSubjectAt(n, hi))
}

// quantityHearerEnd is where the hearer ends when a lone quantity opens
// it at k: before the quantity when a plain noun follows, which the
// report's phrase opens with ("urged both sides to close the deal", as
// "the two sides" does), or past its "of" and what it is of ("told all
// of them she would stay"); ok is false otherwise.
func (d *document) quantityHearerEnd(k, hi int) (int, bool) {
	n := k + 1
	if n >= hi {
		return 0, false
	}
	if t := d.toks[n]; t.kind == tokWord && !t.cap && t.fn == 0 && d.isNarration(n) {
		return k, true
	}
	if n+1 < hi && d.toks[n].is(fnOf) && d.isNarration(n+1) {
		if d.toks[n+1].in(lexObjectPronouns) {
			return n + 2, true
		}
		if _, e, ok := d.npAfter(n+1, hi); ok {
			return e, true
		}
	}
	return 0, false
}

// bareSubjectAt reports whether a lower-case noun with no determiner and
// a finite auxiliary open a clause at k ("members were angry", "prices
// would rise").
func (d *document) bareSubjectAt(k, hi int) bool {
	if k+1 >= hi || !d.isNarration(k) || !d.isNarration(k+1) {
		return false
	}
	n := d.toks[k]
	return n.kind == tokWord && !n.cap && n.fn == 0 && !isCue(n) && !n.in(lexPrepositions|lexVerbModifiers|lexTimeWords|lexConjunctions|lexAuxiliaries) && d.toks[k+1].in(lexAuxiliaries)
}

// ownedNounEnd is the end of the lower-case nouns after an owner at k
// ("the union's annual conference") when what follows them is the report
// (that, a colon, a quotation); k when it is not.
func (d *document) ownedNounEnd(k, hi int) int {
	j := k
	for j < hi && j < k+maxDescriptorWords && d.isNarration(j) {
		t := d.toks[j]
		if t.kind != tokWord || t.cap || t.fn != 0 || isCue(t) || t.in(lexVerbModifiers|lexPrepositions) {
			break
		}
		j++
	}
	if j > k && j < hi && (d.toks[j].text == ":" || d.toks[j].is(fnComplementizer) || d.isOpenMark(j) || d.commaBeforeQuote(j, hi)) {
		return j
	}
	return k
}

// placeAfterPreposition reports whether the hearer toks[k:j+1] ends in
// capitalised words after a preposition of place ("a rally in Ohio",
// "the jury at Leeds Crown Court").
func (d *document) placeAfterPreposition(k, j int) bool {
	for p := j; p > k; p-- {
		t := d.toks[p]
		if !t.cap {
			return t.kind == tokWord && placePreposition(t.lower) && p < j
		}
	}
	return false
}

// pastVerbOfSubject reports whether the word at k, right after the noun
// phrase a tell verb takes, is a verb in the past that makes the phrase
// its subject: "-ed" or an irregular past, before a determiner, a
// possessive, a number or a plain noun ("warned Britain faced the
// slowest growth", "warned the government faced famine"); a participle
// that modifies a hearer goes on with "by" or a preposition ("reporters
// gathered outside the court", "voters angered by the plan"); an "-ed"
// word before a plain noun and an auxiliary modifies that noun, the
// subject of the report ("told residents damaged cars would be towed
// away": the residents are told).
func (d *document) pastVerbOfSubject(k, hi int) bool {
	if k+1 >= hi || !d.isNarration(k) || !d.isNarration(k+1) {
		return false
	}
	v, n := d.toks[k], d.toks[k+1]
	if v.kind != tokWord || v.cap || v.fn != 0 || isCue(v) || !(strings.HasSuffix(v.lower, "ed") && len(v.lower) > 4 || d.lex.irregularPast[v.lower]) {
		return false
	}
	if k+2 < hi && n.kind == tokWord && !n.cap && n.fn == 0 && d.toks[k+2].in(lexAuxiliaries) {
		return false
	}
	return n.kind == tokWord && !n.cap && n.fn == 0 && !n.in(lexPrepositions|lexVerbModifiers|lexConjunctions|lexTimeWords) && !isCue(n) ||
		n.kind == tokWord && (n.in(lexDeterminers|lexPossessiveDeterminers) && !n.in(lexPrepositions) || isDigitStart(n.text))
}

// mediumPreposition reports whether w opens the medium that carries a
// statement or a document ("a statement on Facebook", "via its
// website", "through a spokesman's account").
func mediumPreposition(w string) bool {
	return w == "on" || w == "via" || w == "through"
}

// placePreposition reports whether w says where a hearer is ("a rally
// in Ohio", "the jury at Leeds Crown Court"); "of" and "to" say whose or
// to what ("the secretary of state to make it clear").
func placePreposition(w string) bool {
	return w == "in" || w == "at" || w == "outside" || w == "near"
}

// maxPlaceWords is how many words skipHearer reads past a preposition
// inside a hearer: the place it is at ("at Leeds Crown Court").
const maxPlaceWords = 4

// maxSubjectNameWords is how many capitalised words nameSubjectAt reads
// before the auxiliary.
const maxSubjectNameWords = 4

// nameSubjectAt reports whether a name at n, with an auxiliary or modal
// right after it, opens a clause: "told the court Forde had been
// drinking", "told shareholders Marr Foods would grow", "Mr Hale was".
func (d *document) nameSubjectAt(n, end int) bool {
	toks := d.toks
	j := n
	for j < end && j < n+maxSubjectNameWords && d.isNarration(j) && toks[j].kind == tokWord && toks[j].cap && (isNameWord(toks[j]) || toks[j].in(lexHonorifics|lexOrgHeads|lexKnownOrgs)) && !toks[j].in(lexStopCaps|lexDeterminers) {
		j++
	}
	return j > n && j < end && d.isNarration(j) && toks[j].kind == tokWord && !toks[j].cap && toks[j].in(lexAuxiliaries)
}

// hearerEndWord reports whether h can be the last word, a noun, of a
// tell verb's hearer: no function word, verb form or time word, and no
// thing told (lexicon/told-things: "told the story he had heard").
func (d *document) hearerEndWord(h token) bool {
	return h.kind == tokWord && h.fn == 0 && !h.in(lexClauseOpeners|lexPrepositions|lexDeterminers|lexConjunctions|lexVerbModifiers|lexTimeWords|lexAuxiliaries) && !d.lex.toldThings[h.lower]
}

// bareHearer reports whether the lower-case plural noun at k, with no
// determiner, is a tell verb's hearer: a subject pronoun follows it
// ("tells audiences she may be …", "warned voters they would pay"), or,
// right after "told", a subject a determiner or a name opens with its
// verb ("told jurors the crash was …", "told shareholders Harlow Ferries
// would grow").
// Function words, verbs and things told ("told lies he …") are none;
// before "that" thatAfterPhrase finds the hearer's end.
func (d *document) bareHearer(k, hi int) bool {
	toks := d.toks
	t := toks[k]
	if k+2 >= hi || t.cap || !strings.HasSuffix(t.lower, "s") || t.in(lexQuantities) || isCue(t) {
		return false
	}
	if k > 0 && toks[k-1].in(lexTellVerbs) && d.hearerEndWord(t) && d.isNarration(k+1) && (d.opensSubject(k+1, hi) || d.nameSubjectAt(k+1, hi)) {
		return true // "told jurors the attack was …", "told shareholders Marr Foods would grow"
	}
	return d.pronounAfterHearer(k, k+1) // (which tests the rest: a plain noun, a pronoun after it)
}

// commaBeforeQuote reports whether the narration at n is a comma before
// a quotation (`told the crowd, "…"`).
func (d *document) commaBeforeQuote(n, hi int) bool {
	return n+1 < hi && d.toks[n].text == "," && d.isNarration(n) && d.isOpenMark(n+1)
}

// relativeThat reports whether the "that" at n after a hearer's noun
// opens a relative clause on it, no report: a verb follows it with no
// subject between ("told a committee of doctors that had gathered in
// Leeds …").
func (d *document) relativeThat(n, hi int) bool {
	if n+1 >= hi || !d.isNarration(n+1) {
		return false
	}
	t := d.toks[n+1]
	return t.kind == tokWord && !t.cap && (t.in(lexAuxiliaries) || d.pastVerb(t))
}

// thatAfterRelative is where the clause ends after a hearer whose
// relative clause opens at n: at a later "that" with a subject after it,
// in the same stretch of narration ("told a panel that had met in Leeds
// that the drug was safe"), or at the unit's end hi when none follows,
// since the cue then reports nothing after it ("He told a panel that had
// met in Leeds.").
func (d *document) thatAfterRelative(n, hi int) int {
	for m := n + 2; m < hi && m-n <= thatSearchWindow && d.isNarration(m); m++ {
		t := d.toks[m]
		if t.is(fnComplementizer) && d.subjectAfterThat(m+1, hi) {
			return m
		}
		if t.kind == tokPunct && t.text != "," {
			break
		}
	}
	return hi
}

// closingHearer steps over a hearer opened by a determiner at k that
// ends the sentence, maybe with a time or another modifier after it ("…,
// Ann Carter told a Senate panel Wednesday.", "…, she told the panel on
// Monday."): a few plain words, no verb, pronoun, preposition or second
// determiner among them, and a head that names no thing told
// (lexicon/told-things: "told a rather odd story" tells a thing,
// no hearer). What the cue reports is then before it.
func (d *document) closingHearer(k, hi int) (int, bool) {
	toks := d.toks
	for j := k + 1; j < hi && j <= k+maxDescriptorWords+1; j++ {
		t := toks[j]
		if !d.isNarration(j) || t.kind != tokWord || isCue(t) || t.in(lexVerbModifiers|lexAuxiliaries|lexDeterminers|lexPrepositions|lexSubjectPronouns|lexObjectPronouns|lexConjunctions) || t.fn != 0 || d.pastVerb(t) {
			return k, false
		}
		n := j + 1
		if e := d.skipModifiers(n, hi); e > n {
			n = e
		}
		// ", she told a friend, and then she left.": the comma and a
		// conjunction close the hearer as the sentence's end does.
		closes := n >= hi || toks[n].kind == tokPunct && isSentenceEnd(toks[n].text) && n+1 >= hi ||
			toks[n].text == "," && n+1 < hi && toks[n+1].in(lexConjunctions) && d.isNarration(n+1)
		if closes && !d.lex.toldThings[t.lower] {
			return j + 1, true
		}
	}
	return k, false
}

// maxOwnerWords is the longest owner or title of a programme a hearer
// names ("BBC Radio 4's", "the Andrew Marr Show").
const maxOwnerWords = 4

// possessiveHearer steps over a hearer named by its owner, at k: a
// capitalised owner that ends in a possessive, then capitalised words, a
// lower-case media noun or two, or both ("told BBC Radio 4's Today programme",
// "told the BBC's Newsnight programme the vote was safe", "told GMTV's
// Sunday programme that …", "told the BBC's Andrew Marr"). It returns
// the hearer's end and whether there was one.
func (d *document) possessiveHearer(k, hi int) (int, bool) {
	toks := d.toks
	j := k
	if j < hi && toks[j].in(lexDeterminers) {
		j++
	}
	if j >= hi || toks[j].in(lexGroupNouns) {
		return k, false // "told MPs …": the hearer is the plural noun alone
	}
	j = d.capRunEnd(j, hi)
	if j >= hi || !d.hearerWord(j) || !isPossessiveWord(toks[j]) {
		return k, false
	}
	named := j + 1
	if named < hi && d.isOpenMark(named) {
		// `told CNN's "State of the Union" that …`: the programme's title.
		if qi := d.quoteOfMark(named); qi >= 0 && !d.quotes[qi].openEnded && d.isTitle(qi) {
			return d.quotes[qi].tokHi + 1, true
		}
		return k, false
	}
	j = d.capRunEnd(named, hi)
	media := j
	for j < hi && j-media < 2 && d.isNarration(j) && toks[j].kind == tokWord && toks[j].in(lexMediaNouns) {
		j++ // "television station", "news programme"
	}
	if j == media && j < hi && toks[j].kind == tokWord && !toks[j].cap && toks[j].fn == 0 && !toks[j].in(lexDeterminers|lexSubjectPronouns|lexPrepositions) {
		return k, false // "told MPs Labour's Brexit policy was …": the report's subject, not a hearer
	}
	return j, j > named
}

// capRunEnd is the end of the run of at most maxOwnerWords capitalised
// words (or numbers) from j that stops before a possessive: "BBC Radio" of
// "BBC Radio 4's".
func (d *document) capRunEnd(j, hi int) int {
	start := j
	for j < hi && j-start < maxOwnerWords && d.hearerWord(j) && !isPossessiveWord(d.toks[j]) {
		j++
	}
	return j
}

// hearerWord reports whether token j can be a word of a hearer's name: a
// capitalised word or a number in the narration that is no cue.
func (d *document) hearerWord(j int) bool {
	t := d.toks[j]
	return d.isNarration(j) && t.kind == tokWord && (t.cap || isDigitStart(t.text)) && !isCue(t)
}

// thatAfterPhrase moves the clause's end to a "that" after a phrase that
// follows the cue ("said at a hearing Thursday that …", "is telling a
// farmers' union that …"), and returns the clause's end.
func (d *document) thatAfterPhrase(f *frame, hi int) int {
	toks := d.toks
	start := f.clHi
	tell := toks[d.headVerb(*f)].in(lexTellVerbs)
	opensPP := start < hi && (toks[start].in(lexModifierPreps) || toks[start].in(lexTimeWords) || tell)
	if !opensPP || d.infinitive(start, hi) {
		return start
	}
	if toks[start].in(lexClauseOpeners) && tell && d.isNarration(start) {
		return start // "asked if the cuts meant that …": the question is the report, not a phrase before it
	}
	for m := start; m < hi && m-start < thatSearchWindow && d.isNarration(m) && toks[m].kind == tokWord; m++ {
		if toks[m].is(fnComplementizer) {
			if m == start || d.subjectAfterThat(m+1, hi) {
				return m
			}
			break // "a group that calls itself …": a relative clause
		}
		if m > start && d.sayingAfterPhrase(m) {
			return m + 1 // "wrote to members saying …": the words the cue wrote
		}
		if isCue(toks[m]) || toks[m].in(lexSubjectPronouns) && !toks[m].is(fnIt) {
			break
		}
	}
	return start
}

// asideBeforeThat moves the clause's end at k over an aside set off by
// commas or dashes between the cue and its that-clause or quotation
// ("said, in a radio interview, that …", "wrote — on his blog, no less —
// that …", `said, in an interview, "…"`), and returns the clause's end:
// the aside is the writer's, what follows it the report. An aside with a
// cue or a subject of its own ("said, he recalled, that") is left alone.
func (d *document) asideBeforeThat(k, hi int) int {
	toks := d.toks
	if k >= hi || !d.isNarration(k) || toks[k].text != "," && !isDash(toks[k].text) {
		return k
	}
	dash := isDash(toks[k].text)
	for m := k + 1; m+1 < hi && m-k < thatSearchWindow && d.isNarration(m); m++ {
		t := toks[m]
		closes := dash && isDash(t.text) || !dash && t.text == ","
		if closes && m > k+1 {
			if e, ok := d.reportAfterAside(m, hi, dash); ok {
				return e
			}
		}
		if t.kind != tokWord && !(dash && t.text == ",") || isCue(t) || t.in(lexSubjectPronouns) && !t.is(fnIt) || t.is(fnComplementizer) {
			break
		}
	}
	return k
}

// reportAfterAside reports whether a report follows the mark m that
// closes an aside after a cue, and where the clause ends: at a "that"
// that opens a clause, or, after a comma, before a quotation (`said,
// in a radio interview, "…"`). The clause may open as a cue's
// that-clause does ("that prices had risen", "that if …", "that most
// voters …"), not only with a determiner or a name.
func (d *document) reportAfterAside(m, hi int, dash bool) (int, bool) {
	toks := d.toks
	if toks[m+1].is(fnComplementizer) && m+2 < hi && (d.subjectAfterThat(m+2, hi) || d.clauseAfterThat(m+2) || toks[m+2].in(lexQuantities)) {
		return m + 1, true
	}
	return m, !dash && d.isOpenMark(m+1)
}

// sayingAfterPhrase reports whether token m, after a phrase that follows a
// speech cue, is a speech participle that only restates the cue ("wrote to
// members saying …", "wrote on Facebook saying …"), after a noun.
func (d *document) sayingAfterPhrase(m int) bool {
	t := d.toks[m]
	p := d.toks[m-1]
	if p.kind != tokWord || p.fn != 0 || p.in(lexPrepositions|lexDeterminers|lexVerbModifiers|lexSubjectPronouns|lexObjectPronouns) {
		return false // "for saying …", "those calling for …": no restatement
	}
	return !t.cap && cueClassOf(t) == cueSpeech && strings.HasSuffix(t.lower, "ing")
}

// restatingParticiple reports whether token k, inside a reported clause
// and with no comma before it, is a speech participle and "that" after a
// noun ("…about its products saying that demand …"): British copy often
// drops the comma, and the participle opens a report of its own. After a
// verb ("regretted saying that") or a preposition ("for saying that") the
// participle is part of the report.
func (d *document) restatingParticiple(k, end int) bool {
	toks := d.toks
	if k+2 >= end || !toks[k+1].is(fnComplementizer) || !d.isNarration(k+1) || !d.sayingAfterPhrase(k) {
		return false
	}
	p := toks[k-1]
	return !p.cap && !d.pastForm(p) && !p.in(lexAuxiliaries|lexVerbModifiers) && !isCue(p) && (toks[k+2].kind == tokWord || d.isOpenMark(k+2))
}

// subjectAfterThat reports whether the word at k, after a "that", opens
// the subject of a reported clause (a capitalised word, a subject pronoun,
// a determiner, "there", a number or a quotation), not the verb of a relative
// clause ("a group that calls itself …").
func (d *document) subjectAfterThat(k, hi int) bool {
	if k >= hi {
		return false
	}
	t := d.toks[k]
	if i := strings.IndexByte(t.lower, '\''); i > 0 && d.lex.of(t.lower[:i]).lex&lexSubjectPronouns != 0 {
		return true // "he'd", "they're"
	}
	return t.cap || t.in(lexSubjectPronouns|lexDeterminers|lexPossessiveDeterminers) || t.is(fnExistential) || isDigitStart(t.text) || d.isOpenMark(k)
}

// colonPhraseWindow is how many words a phrase between a cue and the
// colon that introduces its quotation may have ("said back in the spring
// of 2009: …").
const colonPhraseWindow = 8

// colonAfterPhrase moves the clause's end at k to a colon that introduces
// a quotation after a few words that open no report ("wrote back: …",
// "said flatly: …", "said it best when she blogged: …"), and returns the
// clause's end: the quotation is the content, the words part of the clause.
func (d *document) colonAfterPhrase(k, hi int) int {
	toks := d.toks
	if k >= hi || toks[k].kind != tokWord || d.opensReport(k) {
		return k
	}
	for m := k; m < hi && m-k <= colonPhraseWindow && d.isNarration(m); m++ {
		if toks[m].text == ":" {
			// The colon ends the paragraph: it hands the next one to the
			// speaker ("Hale called them out on it:").
			if m+1 < hi && d.isOpenMark(m+1) || m+1 == hi && m+1 == d.paraToks[toks[m].para][1] {
				return m
			}
			break
		}
		if toks[m].kind != tokWord {
			break
		}
	}
	return k
}

// maxTimePhrase is the longest time phrase, in tokens ("on the night of
// 3 March", "earlier this month").
const maxTimePhrase = 6

// timePhraseEnd reports the end of a time phrase at k ("on Monday",
// "last week", "earlier this month", "on 3 March", "yesterday"): time words
// and numbers, after at most one preposition and a determiner. A time
// phrase is a modifier wherever it stands, delimited or not.
func (d *document) timePhraseEnd(k, hi int) (int, bool) {
	toks := d.toks
	j := k
	if j < hi && toks[j].in(lexModifierPreps) && !toks[j].in(lexTimeWords) {
		j++
	}
	if j < hi && toks[j].in(lexDeterminers) {
		j++
		// "the other day", "the following week": the modifier goes on the
		// phrase when a time word follows it.
		if j+1 < hi && toks[j].is(fnTimeModifier) && !toks[j].in(lexTimeWords) && d.isNarration(j) && isTimeWord(toks[j+1]) {
			j++
		}
	}
	if j == k && j+1 < hi && toks[j].kind == tokWord && !toks[j].cap && toks[j].in(lexVerbModifiers) && d.isNarration(j) && isTimeWord(toks[j+1]) && !toks[j+1].in(lexDeterminers|lexModifierPreps) {
		j++ // "long ago": an adverb before a time word goes with it
	}
	indefinite := j == k+2 && toks[k+1].is(fnIndefiniteArticle)
	times := 0
	// A determiner goes on the phrase before a time word only ("earlier
	// this month"; not "said on Thursday his worry was …").
	for j < hi && j-k < maxTimePhrase && d.isNarration(j) && toks[j].kind == tokWord && (isTimeWord(toks[j]) || isDigitStart(toks[j].text) || toks[j].in(lexDeterminers) && times > 0 && j+1 < hi && isTimeWord(toks[j+1])) {
		if isTimeWord(toks[j]) {
			times++
		}
		j++
	}
	if indefinite && times > 0 && d.nounAfterTime(j, hi) {
		return k, false // "at a Saturday rally", "in a Friday interview": the day is the noun's
	}
	return j, times > 0
}

// nounAfterTime reports whether the word at j, right after the time words
// of a phrase opened by a preposition and "a" ("at a Saturday"), the last
// a day's or a month's name, is a noun the day modifies ("rally", "interview"): a lower-case word of the
// narration that is no function word, preposition, conjunction,
// determiner, auxiliary or time word.
func (d *document) nounAfterTime(j, hi int) bool {
	if j >= hi || j == 0 || !d.isNarration(j) || !d.toks[j-1].cap {
		return false // (a day's name: "in a month prices would rise" is the report's subject after a duration)
	}
	t := d.toks[j]
	return t.kind == tokWord && !t.cap && t.fn == 0 && !t.in(lexPrepositions|lexConjunctions|lexDeterminers|lexModifierPreps|lexTimeWords|lexAuxiliaries) && !isCue(t)
}

// countOfTime reports whether the word at k is a count word before a time
// word ("two weeks", "several months", "a few days"; lexicon/quantities),
// no determiner of its own.
func (d *document) countOfTime(k, hi int) bool {
	t := d.toks[k]
	return k+1 < hi && t.kind == tokWord && !t.cap && t.in(lexQuantities) && !t.in(lexDeterminers) && d.isNarration(k) && isTimeWord(d.toks[k+1]) && d.toks[k+1].kind == tokWord
}

// countsBack reports whether t, the last word of a time phrase, counts
// back or on from another time ("ago", "earlier", "later").
func countsBack(t token) bool {
	switch t.lower {
	case "ago", "earlier", "later":
		return t.kind == tokWord && !t.cap
	}
	return false
}

// approximatorAt reports whether the word at k qualifies a count: an
// approximator of the lexicon (function-words: "about", "more", "than",
// "nearly"), or "less" before "than".
func (d *document) approximatorAt(k, hi int) bool {
	t := d.toks[k]
	if t.kind != tokWord || t.cap || !d.isNarration(k) {
		return false
	}
	return t.is(fnApproximator) || t.lower == "less" && k+1 < hi && d.toks[k+1].lower == "than"
}

// isTimeWord: a time word in lower case, or a day or a month (which are
// written with a capital); "Beyond the Night" is a title, not a time.
func isTimeWord(t token) bool {
	return t.in(lexTimeWords) && (!t.cap || t.in(lexStopCaps))
}

// timePhraseStart is where a time phrase that ends at e starts ("The
// office on Monday said"), or e+1 when none ends there.
func (d *document) timePhraseStart(e, lo int) int {
	toks := d.toks
	j := e
	times := 0
	// A count of time units goes on a phrase that counts back ("The
	// council two weeks ago said", "more than three years ago").
	back := e >= lo && countsBack(toks[e])
	counted := false
	for j >= lo && e-j < maxTimePhrase && d.isNarration(j) && toks[j].kind == tokWord && (isTimeWord(toks[j]) || isDigitStart(toks[j].text) || (toks[j].in(lexDeterminers) || toks[j].is(fnTimeModifier)) && times > 0 && j < e || back && times > 0 && j < e && (d.countOfTime(j, e+1) || counted && d.approximatorAt(j, e+1))) {
		if isTimeWord(toks[j]) {
			times++
		}
		counted = counted || back && d.countOfTime(j, e+1)
		j--
	}
	if times == 0 {
		return e + 1
	}
	if j >= lo && toks[j].in(lexModifierPreps) && !toks[j].in(lexTimeWords) && d.isNarration(j) {
		j--
	}
	return j + 1
}

// infinitive reports whether "to" at k opens an infinitive ("to prepare")
// rather than a prepositional phrase ("to reporters", "to the BBC").
func (d *document) infinitive(k, hi int) bool {
	toks := d.toks
	if k+1 >= hi || !toks[k].is(fnTo) {
		return false
	}
	n := toks[k+1]
	return n.kind == tokWord && !n.cap && !n.in(lexDeterminers|lexGroupNouns) && !n.is(fnHearer) && !isDigitStart(n.text)
}

// approximateNumber reports whether the preposition at k opens an
// approximate number ("about 300", "over 50", "at least 12", "at most
// half"), which is no prepositional phrase: "said at least 12 people had
// died" reports that 12 people had died, as "said 12 people" would. The
// approximators are the lexicon's (function-words).
func (d *document) approximateNumber(k, hi int) bool {
	toks := d.toks
	n := k + 1
	switch {
	case toks[k].is(fnApproximator):
	case toks[k].lower == "at":
		if n >= hi || toks[n].lower != "least" && toks[n].lower != "most" {
			return false
		}
		n++
	default:
		return false
	}
	return n < hi && toks[n].kind == tokWord && (isDigitStart(toks[n].text) || toks[n].in(lexQuantities) && !toks[n].in(lexDeterminers)) ||
		n < hi && d.currencyBefore(n, hi)
}

// maxModifierWords is the longest prepositional phrase after a cue that is
// skipped as a modifier ("on his campaign website in the morning").
const maxModifierWords = 8

// skipModifiers skips time words and short prepositional phrases after a
// cue ("on Wednesday", "in a statement", "on his campaign website") when
// they end at a delimiter, so that the reported clause starts after them.
func (d *document) skipModifiers(k, hi int) int {
	toks := d.toks
	for k < hi && d.isNarration(k) {
		t := toks[k]
		if e, ok := d.timePhraseEnd(k, hi); ok {
			if d.timeSubject(k, e, hi) {
				break
			}
			k = e // "said on Monday she …", "said Tuesday."
			continue
		}
		if t.kind == tokWord && t.in(lexTimeWords) && !t.in(lexModifierPreps) {
			k++
			continue
		}
		if d.mannerAdverbAfterCue(k, hi) {
			k++ // "said privately that …", "said publicly the plan …", "said backstage that …"
			continue
		}
		if t.kind == tokWord && t.is(fnPassiveBy) && d.byMeans(k, hi) {
			k += 2 // "said by telephone that …"
			continue
		}
		if t.kind == tokWord && t.in(lexModifierPreps) {
			if m, ok := d.modifierPhraseEnd(k, hi); ok {
				k = m
				continue
			}
			if m, ok := d.modifierChainEnd(k, hi); ok {
				k = m
				continue
			}
		}
		break
	}
	return k
}

// maxModifierChain is how many prepositional phrases a chain after a cue
// may link (modifierChainEnd).
const maxModifierChain = 3

// modifierChainEnd reads a chain of short prepositional phrases opened at
// k that is too long for one phrase ("said in a column for the weekly
// paper before a 2019 council vote, "…""): each link ends where a
// lower-case modifier preposition opens the next one, the last is a
// modifier that ends where the report opens. It reports the chain's end. A link
// that holds a subject or a clause (modifierPhraseEnd stops at it) ends
// no chain. Each link is scanned within maxModifierWords words, so the
// cost is bounded per cue.
func (d *document) modifierChainEnd(k, hi int) (int, bool) {
	toks := d.toks
	cur := k
	for link := 0; link < maxModifierChain; link++ {
		next := -1
		for p := cur + 2; p < hi && p <= cur+maxModifierWords; p++ {
			t := toks[p]
			if !d.isNarration(p) || t.kind != tokWord {
				break
			}
			if t.cap || !t.in(lexModifierPreps) || isTimeWord(t) {
				continue
			}
			if m, ok := d.modifierPhraseEnd(cur, p); ok && m == p {
				next = p
			}
			break
		}
		if next < 0 {
			return k, false
		}
		cur = next
		if m, ok := d.modifierPhraseEnd(cur, hi); ok {
			// The chain must end before the report ("that" and its
			// clause, a colon, a quotation after a comma): one that runs
			// to the sentence's end is the content ("wrote to the mayor
			// about a visit to the port by her son").
			return m, d.reportOpensAt(m, hi)
		}
	}
	return k, false
}

// mannerAdverbAfterCue reports whether the word at k, right after a cue
// or its modifiers, is a manner adverb of the cue's ("privately",
// "publicly", "bluntly": an "-ly" word of lexicon/verb-modifiers; any
// word of the list right before "that" and its clause), not the start
// of the report. "only" qualifies the report ("said only 10 people
// came") unless "that" follows it.
func (d *document) mannerAdverbAfterCue(k, hi int) bool {
	toks := d.toks
	t := toks[k]
	if t.kind != tokWord || t.cap || !t.in(lexVerbModifiers) || !d.isNarration(k) || k+1 >= hi {
		return false
	}
	if strings.HasSuffix(t.lower, "ly") && (t.lower != "only" || toks[k+1].is(fnComplementizer)) {
		return true
	}
	// Another adverb of the list stands right before "that" and the
	// subject of its clause ("said backstage that …", "wrote afterwards
	// that …"); a noun there has the clause for its complement
	// ("expressed disappointment that …").
	if k+2 >= hi || t.in(lexAuxiliaries) || isCue(t) || !toks[k+1].is(fnComplementizer) || !d.isNarration(k+1) {
		return false
	}
	n := toks[k+2]
	return n.kind == tokWord && (n.in(lexDeterminers|lexSubjectPronouns) || n.cap)
}

// mannerBeforeReport reports whether the word at k, where the cue's
// clause would end, is one more word of the clause: an "-ly" word
// lexicon/verb-modifiers lacks ("argued insistently that …", `replied
// evenly, "…"`; no list names every manner of speaking) or a sentence
// connective ("said instead that …"), right before what opens the
// report. Before a wh-word the word may be the report's ("did not
// reveal exactly what …"). Only the cue's own clause reads it: the
// tests of skipModifiers elsewhere keep to the listed adverbs.
func (d *document) mannerBeforeReport(k, hi int) bool {
	if k >= hi {
		return false
	}
	t := d.toks[k]
	if t.kind != tokWord || t.cap || !d.isNarration(k) || !(strings.HasSuffix(t.lower, "ly") || t.is(fnSentenceConnective)) {
		return false
	}
	return d.reportOpensAt(k+1, hi)
}

// reportOpensAt reports whether the narration at k opens a report right
// after the words of a cue's clause: "that" before a word, a colon, or a
// comma before a quotation.
func (d *document) reportOpensAt(k, hi int) bool {
	toks := d.toks
	if k+1 >= hi || !d.isNarration(k) {
		return false
	}
	t := toks[k]
	return t.kind == tokWord && t.is(fnComplementizer) && toks[k+1].kind == tokWord ||
		t.text == ":" || t.text == "," && d.isOpenMark(k+1)
}

// timeSubject reports whether the time phrase from k to e, opened by
// "the" with no preposition, is the subject of the reported clause, or
// its start, not a time of the cue: an auxiliary, "of" or "when" follows
// it ("said the days of the mill were over", "said the days were
// numbered", "said the days when …") or a noun it modifies ("suggested
// the November election may be rigged"). "said the next day that …" and
// "said the day before" keep the time.
func (d *document) timeSubject(k, e, hi int) bool {
	toks := d.toks
	if !toks[k].is(fnDefinite) || e >= hi || !d.isNarration(e) {
		return false
	}
	n := toks[e]
	if n.kind != tokWord || n.cap {
		return false
	}
	if n.in(lexAuxiliaries) || n.lower == "of" || n.lower == "when" {
		return true
	}
	if n.in(lexQuantities) || isDigitStart(n.text) {
		return false // "said the next day two men had been arrested": the count opens the report
	}
	for i := k + 1; i < e; i++ {
		if toks[i].is(fnTimeModifier) {
			return false // "told reporters the next morning investigators had …": a whole time phrase, the cue's
		}
	}
	return n.fn == 0 && !n.in(lexPrepositions|lexConjunctions|lexDeterminers|lexSubjectPronouns|lexObjectPronouns|lexTimeWords|lexVerbModifiers) && !isParticiple(n) && !strings.HasSuffix(n.lower, "ly")
}

// modifierPhraseEnd measures the prepositional phrase opened at k: it
// reports its end, and whether it is a modifier (it ends at a delimiter
// within maxModifierWords words).
func (d *document) modifierPhraseEnd(k, hi int) (int, bool) {
	toks := d.toks
	if d.infinitive(k, hi) {
		return k, false // "warned agencies to prepare …": the content, not a modifier
	}
	if toks[k].in(lexDeterminers) || isTimeWord(toks[k]) {
		return k, false // "this week" is a time phrase; "say this is …" opens the report
	}
	if d.approximateNumber(k, hi) {
		return k, false // "said about 300 homes were flooded": the report's subject
	}
	m, words, sawDet := k+1, 0, false
	setting := d.settingPhrase(k, hi)
	for m < hi && words < maxModifierWords {
		if d.isOpenMark(m) {
			// a quoted title inside the phrase: "on "The Week Ahead""
			if qi := d.quoteOfMark(m); qi >= 0 && !d.quotes[qi].openEnded && d.isTitle(qi) {
				m = d.quotes[qi].tokHi + 1
				continue
			}
			break
		}
		if !d.isNarration(m) || toks[m].kind != tokWord || toks[m].is(fnComplementizer) || isCue(toks[m]) && !sawDet && !(setting && m == k+1) {
			break
		}
		if m > k+1 && d.subjectAfterPhrase(m) {
			if setting && d.thatLater(m, hi) {
				// "said in a letter the council sent to residents that …":
				// a relative on the setting runs to the "that"
				sawDet = sawDet || toks[m].in(lexDeterminers)
				m++
				words++
				continue
			}
			return m, setting // "said in a statement it would appeal": the phrase is the narration's
		}
		if m > k+1 && !toks[k].in(lexPrepositions) && d.auxiliaryAt(m) {
			return k, false // "said late payments were rising": an adjective and a clause with its verb, the report
		}
		sawDet = sawDet || toks[m].in(lexDeterminers) // "in an April review": a noun
		m++
		words++
	}
	return m, d.phraseDelimited(m, hi, words) && m > k+1
}

// thatLater reports whether a "that" of the narration stands after k in
// its clause, before a comma, a colon or the sentence's end.
func (d *document) thatLater(k, hi int) bool {
	for j := k + 1; j < hi && j <= k+maxModifierWords && d.isNarration(j); j++ {
		t := d.toks[j]
		if t.text == "," || t.text == ":" || t.kind == tokPunct && isSentenceEnd(t.text) {
			return false
		}
		if t.is(fnComplementizer) {
			return true
		}
	}
	return false
}

// maxSettingWords is how many words may stand between "in" and the noun
// of a speech setting ("in a brief written statement").
const maxSettingWords = 3

// settingPhrase reports whether the "in" at k opens the occasion or
// medium of the words reported (lexicon/speech-settings): "in a
// statement", "in a television interview", "in reply". Before the
// noun stand only determiners, possessives and lower-case modifiers.
func (d *document) settingPhrase(k, hi int) bool {
	toks := d.toks
	if toks[k].lower != "in" || toks[k].cap {
		return false
	}
	for j := k + 1; j < hi && j <= k+maxSettingWords+1 && d.isNarration(j); j++ {
		t := toks[j]
		if t.kind != tokWord {
			return false
		}
		if d.lex.speechSettings[t.lower] {
			return true
		}
		if t.in(lexSubjectPronouns|lexAuxiliaries|lexConjunctions) || t.is(fnComplementizer) || isCue(t) && !t.in(lexCueNouns) || j > k+1 && t.in(lexDeterminers) && !toks[j-1].in(lexDeterminers) {
			return false // ("said in the end the letter was …": a second noun phrase)
		}
	}
	return false
}

// subjectAfterPhrase reports whether the word at m, inside a modifier
// phrase, is a subject that opens the reported clause: "said after ten
// years the town had changed", "said after the vote he …".
func (d *document) subjectAfterPhrase(m int) bool {
	t := d.toks[m]
	if t.in(lexSubjectPronouns) && (!t.is(fnIt) || d.verbAfterIt(m)) {
		return true // "said in farming it pays to wait": "it" with a verb after it
	}
	p := d.toks[m-1] // (a day is no preposition here: "in a statement on Monday the fine …")
	return t.is(fnDefinite) && !(p.in(lexPrepositions|lexModifierPreps) && !isTimeWord(p)) && !npLink(p)
}

// verbAfterIt reports whether the "it" at m is a subject: a lower-case
// word follows it that is no function word ("it takes", not "in it." or
// "on it for").
func (d *document) verbAfterIt(m int) bool {
	if m+1 >= len(d.toks) || !d.isNarration(m+1) {
		return false
	}
	n := d.toks[m+1]
	if n.kind == tokWord && !n.cap && (n.is(fnBe) || n.in(lexAuxiliaries)) {
		return true // "said in a statement it was …", "it would …"
	}
	return n.kind == tokWord && !n.cap && n.fn == 0 && !n.in(lexPrepositions|lexDeterminers|lexConjunctions|lexModifierPreps|lexTimeWords)
}

// phraseDelimited reports whether a modifier phrase of words words ends at
// m with a delimiter: the unit's end hi, a comma, a colon, "that", a
// quotation mark or a sentence end.
func (d *document) phraseDelimited(m, hi, words int) bool {
	if m == hi {
		return true
	}
	t := d.toks[m]
	return words < maxModifierWords && (t.text == "," || t.text == ":" || t.text == ";" || t.is(fnComplementizer) || d.isOpenMark(m) || isSentenceEnd(t.text))
}

// contentStart is the first token of what follows frame f's clause, past
// commas, colons, dashes and "that".
func (d *document) contentStart(f frame, u unit) int {
	toks := d.toks
	a := f.clHi
	for a < u.hi && (toks[a].text == "," || toks[a].text == ":" || isDash(toks[a].text) || toks[a].is(fnComplementizer) && !d.demonstrativeThat(a, u.hi)) && d.isNarration(a) {
		a++
	}
	if a == f.cueHi && a < u.hi {
		a += d.aboutBeforeWh(a, u.hi) // "wrote about how the plant closed"
	}
	if a == f.cueHi && a+1 < u.hi && d.toks[a].lower == "as" && f.clLo > 0 && d.toks[f.clLo-1].lower == "what" && d.toks[f.cue].in(lexLabelVerbs) {
		a++ // "what critics described as a betrayal": the label is "a betrayal"
	}
	return a
}

// demonstrativeThat reports whether the "that" at a is the report's
// subject, no complementizer: a lower-case auxiliary or modal
// follows it ("said that was a mistake", "warned that could change").
func (d *document) demonstrativeThat(a, hi int) bool {
	if a < 1 || a+2 >= hi || !d.isNarration(a+1) || d.toks[a-1].text == "," {
		return false // (", that had stalled": after a comma, the relative of an interrupted report)
	}
	if w := d.toks[a+2]; d.toks[a+1].is(fnInvertingAuxiliary) && (w.cap || w.in(lexDeterminers|lexSubjectPronouns)) {
		return false // "said that had the council acted sooner, …": a condition with its subject after the auxiliary
	}
	return d.auxiliaryAt(a + 1)
}

// contentEnd is where the reported clause after frame fi ends: the end of
// the unit, or the start of a later clause in it.
func (d *document) contentEnd(u unit, frames []frame, fi, a int) int {
	end := u.hi
	if fi+1 < len(frames) && d.closingClauseAt(frames[fi+1], a, u) {
		return a
	}
	for _, g := range frames[fi+1:] {
		if e, ok := d.cutBy(g, u, a); ok {
			end = e
			break
		}
	}
	if frames[fi].held {
		end = d.heldClauseEnd(a, end)
	}
	if d.relativeAside(frames[fi]) {
		end = d.asideReportEnd(a, end)
	}
	return d.bracketedEnd(u, frames[fi].cue, a, end)
}

// bracketedEnd is where the report of a cue inside brackets ends: at the
// bracket that closes them, if before end ("Mr Li (who denies the
// charges) said he …": the denial is of the charges alone, and the
// clause after the bracket is another cue's); else end. A report that
// starts at the bracket is outside it ("approval ratings (…, Gutin
// said) hurt her husband").
func (d *document) bracketedEnd(u unit, cue, a, end int) int {
	depth := 0
	for k := cue - 1; k >= u.lo && cue-k <= maxAside; k-- {
		switch d.toks[k].text {
		case ")":
			depth++
		case "(":
			if depth == 0 {
				for j := a; j < end; j++ {
					if d.toks[j].text == ")" && d.isNarration(j) {
						if j == a {
							return end // "(…, Gutin said) hurt her husband": the report goes on past the bracket
						}
						return j
					}
				}
				return end
			}
			depth--
		}
	}
	return end
}

// relativeAside reports whether frame f's speaker is a relative pronoun
// set off by a comma after the noun it stands for ("Hale, who said …"):
// the frame is an aside inside another clause's subject.
func (d *document) relativeAside(f frame) bool {
	s := f.speaker.lo
	if f.speaker.hi != s+1 || s < 1 || f.participle || f.according {
		return false
	}
	t := d.toks[s]
	return (t.lower == "who" || t.lower == "which") && d.toks[s-1].text == "," && d.isNarration(s-1) && d.isNarration(s)
}

// asideReportEnd is where the report of a relative aside that starts at
// a ends, at the latest at end: at the comma that closes the aside, when
// the verb of the clause the aside interrupts follows it ("Hale, who said
// he knew the family, backed the plan"; `who said he would "fight on,"
// said …`): a finite cue, or a verb in the past before a word that is no
// preposition ("the port, built in 1890," is a reduced relative), after
// the comma or after a quotation that ends on one.
func (d *document) asideReportEnd(a, end int) int {
	toks := d.toks
	lastComma := d.lastComma(a+2, end)
	for k := a + 2; k < end; k++ {
		t := toks[k]
		if t.kind != tokWord || t.cap || !d.isNarration(k) || !(d.pastVerb(t) || d.finiteCue(t)) || t.in(lexAuxiliaries) {
			continue
		}
		if !d.finiteCue(t) && (k+1 >= end || toks[k+1].kind != tokWord || toks[k+1].in(lexPrepositions) && lastComma > k) {
			continue // "the port, built in 1890, …": a participle and its phrase, a reduced relative (closed by a comma; "…, left on Friday." is the verb)
		}
		switch {
		case toks[k-1].text == "," && d.isNarration(k-1):
			return k - 1
		case d.isCloseMark(k-1) && toks[k-2].text == ",":
			return k // the quotation and its mark are the report's
		}
	}
	return end
}

// lastComma is the last comma of the narration in toks[k:end], or -1.
func (d *document) lastComma(k, end int) int {
	for j := end - 1; j >= k; j-- {
		if d.toks[j].text == "," && d.isNarration(j) {
			return j
		}
	}
	return -1
}

// closingClauseAt reports whether the later frame g's clause opens the
// content at a, just after a comma, and closes the unit: "Sales rose 4%,
// more than analysts had predicted, the company said." The words after
// the earlier cue are the closing attribution of the whole sentence, not
// what the earlier one reports.
func (d *document) closingClauseAt(g frame, a int, u unit) bool {
	return g.clLo == a && a > u.lo && d.toks[a-1].text == "," && d.isNarration(a-1) && d.closesUnit(g.clHi, u.hi)
}

// heldClauseEnd is where the that-clause of a stance noun that starts at
// a ends, at the latest at end: at the first comma, dash, semicolon or
// parenthesis of the narration ("Despite Harlan's claim that the vote was
// rigged, the count went on"). The clause is part of a noun phrase, so
// what follows such a mark goes on the sentence around it.
func (d *document) heldClauseEnd(a, end int) int {
	for k := a; k < end; k++ {
		if t := d.toks[k]; t.kind == tokPunct && d.isNarration(k) && (t.text == "," || t.text == ";" || t.text == "-" || isDash(t.text) || t.text == "(" || t.text == ")") {
			return k
		}
	}
	return end
}

// colonQuoteCut: `she did not think it would last: "Once …," Cole
// predicted`: the later clause's own quote, after a colon, ends the
// content that starts at a.
func (d *document) colonQuoteCut(g frame, a int) (int, bool) {
	if g.clLo <= a || g.participle || !d.isCloseMark(g.clLo-1) {
		return 0, false
	}
	if qi := d.quoteOfMark(g.clLo - 1); qi >= 0 && d.quotes[qi].tokLo-1 > a+1 && d.endsSpeech(qi) && d.toks[d.quotes[qi].tokLo-2].text == ":" {
		return d.quotes[qi].tokLo - 1, true
	}
	return 0, false
}

// coordinatedClauseCut: a later frame g whose clause a conjunction joins
// to the content that starts at a ends it before the conjunction: "…, and
// aid agencies warned that …", and, with "and" or "but" alone, a
// speech clause with a subject of its own ("…they will skip the meeting and
// others have said …").
func (d *document) coordinatedClauseCut(g frame, a int) (int, bool) {
	toks := d.toks
	if g.clLo <= a+1 || g.participle || !toks[g.clLo-1].is(fnCoordinator) {
		return 0, false
	}
	if toks[g.clLo-2].text == "," {
		return g.clLo - 2, true
	}
	if g.class == cueSpeech && !g.coordinated && !g.inverted && d.isNarration(g.clLo-1) && !toks[g.clLo-2].cap && !toks[g.cue].in(lexLabelVerbs) {
		return g.clLo - 1, true
	}
	return 0, false
}

// asAttributionCut: a later frame g opened by "as" after a comma ("…
// met the mayor that day, as the Herald reported on Tuesday, and …") is
// the writer's note of where the words come from, set off from the
// content that starts at a: the content ends at the comma.
func (d *document) asAttributionCut(g frame, a int) (int, bool) {
	toks := d.toks
	c := g.clLo - 2
	if g.participle || g.inverted || c <= a || toks[g.clLo-1].lower != "as" || toks[g.clLo-1].cap || toks[c].text != "," || !d.isNarration(c) || !d.isNarration(g.clLo-1) {
		return 0, false
	}
	return c, true
}

// standsApart reports whether the later frame g's clause stands apart
// from the content that starts at a (", X said", "— X said", "said X"),
// rather than inside it.
func (d *document) standsApart(g frame, a int) bool {
	if g.clLo <= a || g.participle {
		return false
	}
	p := d.toks[g.clLo-1]
	return g.inverted || p.text == "," && !d.frontsContent(a, g.clLo-1) && !(d.frontsSubordinate(a, g.clLo-1) && !d.freshSpeechClause(g)) && !d.nestedRelative(g) || isDash(p.text)
}

// freshSpeechClause reports whether frame g is a speech verb right after
// its subject, with no modal or auxiliary between ("…, he argued the
// cost …"): after a fronted subordinate clause it is a new attribution
// of its own, where "…, she would tell him so" or "…, he showed no
// regret" is the report's main clause.
func (d *document) freshSpeechClause(g frame) bool {
	return g.class == cueSpeech && g.cue == g.speaker.hi && g.speaker.hi > g.speaker.lo
}

// nestedRelative reports whether the later frame g is a relative clause
// set off by commas inside the reported clause's subject ("says that
// Reed, who charges $20,000 a speech, has lost …"): the clause goes on
// after it.
func (d *document) nestedRelative(g frame) bool {
	return g.speaker.lo == g.clLo && d.toks[g.clLo].is(fnRelative) && d.embeddedRelative(g.clLo, len(d.toks), true)
}

// frontsContent reports whether the comma at c closes a phrase that
// opens the reported clause at a after "that" ("said that in private, Hale
// had backed the plan"): the clause after the comma is the report's own,
// not a closing attribution.
func (d *document) frontsContent(a, c int) bool {
	if a == 0 || !d.toks[a-1].is(fnComplementizer) || !d.toks[a].in(lexNotAClause) {
		return false
	}
	m, ok := d.modifierPhraseEnd(a, c+1)
	return ok && m == c
}

// frontsSubordinate reports whether the comma at c closes a subordinate
// clause that opens the reported clause at a after "that" ("said that if
// the vote fails, the party will split"): what follows the comma is the
// report's main clause.
func (d *document) frontsSubordinate(a, c int) bool {
	return a > 0 && d.toks[a-1].is(fnComplementizer) && d.toks[a].is(fnFrontedSubordinator) && d.reportFrontedClauseEnd(a, c+1) == c
}

// reportFrontedClauseEnd is the comma that closes the subordinate clause opened
// at a, right after a cue's "that", before hi ("said that if the vote
// fails, the party will split"; "said that when the mill, which opened in
// 1920, closed, the town …" past a relative aside): the clause after it is
// the report's main clause, so a cue there ("…, she would tell him") is
// part of the report, no closing attribution. It returns -1 when no such
// comma ends the clause within maxFrontedCondition tokens, or a
// semicolon, dash, bracket, quotation or sentence end comes first.
func (d *document) reportFrontedClauseEnd(a, hi int) int {
	toks := d.toks
	aside := false
	for k := a + 1; k < hi && k-a <= maxFrontedCondition; k++ {
		t := toks[k]
		if !d.isNarration(k) || t.kind != tokPunct {
			continue
		}
		switch {
		case t.text == "," && aside:
			aside = false // the relative aside's closing comma
		case t.text == "," && k+1 < hi && toks[k+1].is(fnRelative) && !toks[k+1].cap:
			aside = true // "if her brother, who served in Kabul, were …"
		case t.text == ",":
			return k
		case t.text == "%" || t.text == "$" || t.text == "'" || t.text == "’":
		default:
			return -1
		}
	}
	return -1
}

// maxSubjectLead is how many words the start of a subject may have before
// the words a frame's clause holds ("two council members said").
const maxSubjectLead = 3

// quoteCommaCut: `…that "the deal is dead," one of the negotiators said
// …`: the comma inside the marks sets the later clause g apart; the
// content that starts at a ends after the mark.
func (d *document) quoteCommaCut(g frame, a int) (int, bool) {
	toks := d.toks
	if g.participle {
		return 0, false
	}
	j := g.clLo - 1
	for j > a && g.clLo-j <= maxSubjectLead && toks[j].kind == tokWord && d.isNarration(j) {
		j--
	}
	if j > a+1 && d.isCloseMark(j) && toks[j-1].text == "," {
		return j + 1, true
	}
	return 0, false
}

// cutBy reports where a later frame g ends the content that starts at a,
// if it does.
func (d *document) cutBy(g frame, u unit, a int) (int, bool) {
	toks := d.toks
	// A later clause cuts the content only when it stands apart
	// (", X said"); one inside the reported clause is nested in it.
	if d.standsApart(g, a) {
		return g.clLo - 1, true
	}
	// "X, who did not want to be named, said …": the frame around this
	// one goes on after the comma; this one's content ends there.
	if g.clLo <= a && g.cue > a && toks[g.cue-1].text == "," && !g.participle && !g.inverted {
		return g.cue - 1, true
	}
	if e, ok := d.coordinatedClauseCut(g, a); ok {
		return e, true
	}
	if e, ok := d.asAttributionCut(g, a); ok {
		return e, true
	}
	if e, ok := d.colonQuoteCut(g, a); ok {
		return e, true
	}
	if e, ok := d.quoteCommaCut(g, a); ok {
		return e, true
	}
	if d.actionInReport(g, u, a) {
		return 0, false
	}
	// "…she was weary of delays and wanted a change": a belief joined to
	// the reported clause by "and" goes on what was reported (but not an
	// action: "…cooperating with police and declined to comment").
	if g.participle && g.cue >= a && !(g.coordinated && g.class == cueBelief && !toks[g.cue].in(lexCueInfinitiveVerbs)) {
		e := g.cue
		if g.coordinated {
			// "…but did not say", "…and would not comment": the cue's own
			// auxiliaries and adverbs go with it, not on the report.
			for e-1 > a && !toks[e-1].cap && toks[e-1].in(lexVerbModifiers|lexAuxiliaries) && d.isNarration(e-1) {
				e--
			}
			if !toks[e-1].is(fnAnd | fnCoordinator) {
				e = g.cue // no conjunction before them: not the coordinated verb's words
			}
		}
		for e > a && (toks[e-1].text == "," || toks[e-1].is(fnAnd|fnCoordinator) || g.afterPreposition && toks[e-1].is(fnGerundPreposition)) {
			e--
		}
		return e, true
	}
	return 0, false
}

// actionInReport reports whether the later frame g, a participle after a
// preposition with no comma before it inside the content that starts at
// a, reports nothing (quoteOnly: what follows it opens no report) and
// takes no infinitive ("said the board had acted badly by fining the
// dockers after denying them a hearing"): an act of the report's own
// subject, part of the report; "…, before adding that …", "by saying he
// would …", "by saying it would …", "by mentioning the need for …" or
// "while calling to …" are the speaker's.
func (d *document) actionInReport(g frame, u unit, a int) bool {
	toks := d.toks
	if !g.participle || !g.afterPreposition || g.cue-2 <= a || toks[g.cue-2].text == "," || !toks[g.cue-1].is(fnGerundPreposition) || !d.isNarration(g.cue-1) {
		return false
	}
	c := d.contentStart(g, u)
	return c < u.hi && !d.opensReport(c) && !toks[c].is(fnTo) && !(toks[c].is(fnIt) && toks[c].lower == "it" && d.verbAfterIt(c))
}

// minGerundLen: a lower-case "-ing" word after a comma this long or longer
// opens a participle clause ("…, citing"); shorter ones are nouns ("thing").
const minGerundLen = 6

// clauseEnd is where a reported clause that starts at a ends, before end:
// at a semicolon, at a dash that opens no aside inside the clause
// (dashAsideEnd), at ", which", ", while" or ", not" (but not before
// a contrast the report draws: contrastOnReport, negatedContrast), at
// ", and" or ", but" opening a clause of its own ("…, and Ann Hale is promising …"), at
// a participle clause (", citing …"), or before a closing "in a statement"
// or "in an interview" (not after a participle: "outlined in a report"),
// also after a comma with a modifier ("…, in a new report called …").
func (d *document) clauseEnd(a, end int) int {
	toks := d.toks
	if a+1 < end && d.isNarration(a+1) && d.speakersPredicateAt(a, a+1, end) {
		return a + 1 // "blasted Hale and defended Cole": a one-word object
	}
	for k := a + 2; k < end; k++ {
		if !d.isNarration(k) {
			continue
		}
		t := toks[k]
		switch {
		case isDash(t.text):
			e, ok := d.dashAsideEnd(k, end)
			if !ok {
				return k
			}
			k = e // "said all bidders should set out their costs — including the fees — in their offers"
		case t.text == ";":
			return k
		case t.text == "," && k+1 < end:
			// "…, a swipe at his rivals": a phrase that sums up the
			// report, no part of it.
			if d.breaksClauseAfterComma(a, k, end) || d.writersComparison(a, k, end) || d.summingPhrase(k+1, end) || d.groundsPhrase(k+1) {
				return k
			}
		case k+1 < end && d.isCloseMark(k-1) && toks[k-2].text == "," && k-2 > a && !t.cap && (isGerund(t) && !isCue(t) || d.summingPhrase(k, end) || d.groundsPhrase(k)):
			// `said the plan was "a disgrace," prompting boos`: after the
			// comma inside the quotation's marks, the writer's participle
			// or summing phrase is no part of the report, as after one
			// outside them (a clause after "and" is left on: PolNeAR's
			// reports go on there)
			return k
		case t.is(fnIn) && k+2 < end && toks[k+1].is(fnIndefiniteArticle) && toks[k+2].is(fnClosingPhraseNoun) && !d.pastForm(toks[k-1]):
			return k // (not after a participle: "which is outlined in a report from …")
		case t.is(fnIn) && k+3 < end && toks[k-1].text == "," && toks[k+1].is(fnIndefiniteArticle) && d.plainModifier(toks[k+2]) && toks[k+3].is(fnClosingPhraseNoun):
			return k - 1 // "…, in a new report called …": the writer's note of where it was said
		case d.restatingParticiple(k, end):
			return k // "said it was hopeful about its range saying that demand …": the participle reports anew
		case d.speakersPredicateAt(a, k, end):
			if toks[k-1].text == "," {
				return k - 1
			}
			return k
		}
	}
	return end
}

// groundsPhrase reports whether the lower-case word at k, after a comma
// in a reported clause, opens the writer's account of the grounds or the
// blame the speaker gave (lexicon/grounds-participles: "said it would
// shut two berths, citing falling demand", "said sales fell, blaming
// the weather"): the phrase is not what was said.
func (d *document) groundsPhrase(k int) bool {
	t := d.toks[k]
	return t.kind == tokWord && !t.cap && d.isNarration(k) && d.lex.groundsParticiples[t.lower]
}

// plainModifier reports whether t is a lower-case word that may modify
// the noun after it and is no function word, cue, verb modifier or time
// word ("new" in "in a new report").
func (d *document) plainModifier(t token) bool {
	return t.kind == tokWord && !t.cap && t.fn == 0 && !isCue(t) && !t.in(lexVerbModifiers|lexTimeWords|lexPrepositions|lexConjunctions|lexAuxiliaries)
}

// minPastLen is the shortest "-ed" word speakersPredicateAt reads as a
// verb in the past ("backed"; not "red", "bed").
const minPastLen = 5

// speakersPredicateAt reports whether "and" or "but" at k, in the
// reported clause that starts at a, joins a verb in the past to the
// speaker's clause, not to the report: the report's verb stands after a
// modal, in the bare form ("said the plan would cost too much and
// challenged him to a debate", "warned that prices could rise, but
// declined to say by how much"), so a past form after the conjunction
// belongs to no verb of the report. After "have" or "be" the modal's
// verb is a participle, and a second one goes on it ("would have
// resigned and moved"), so those are left whole.
func (d *document) speakersPredicateAt(a, k, end int) bool {
	toks := d.toks
	if !(toks[k].is(fnAnd) || toks[k].lower == "but") || toks[k].cap {
		return false
	}
	n := k + 1
	if n < end && toks[n].in(lexVerbModifiers) && !toks[n].in(lexAuxiliaries) && !toks[n].cap {
		n++ // "and later defended", "but also warned"
	}
	if n+1 >= end || toks[n+1].is(fnPassiveBy) {
		return false
	}
	noun := d.nounReportBefore(a, k)
	if noun && (toks[n].lower == "was" || toks[n].lower == "were") && d.pastForm(toks[n+1]) {
		return true // "claimed self-defense and was cleared": a phrase has no verb for a passive to join
	}
	if !d.pastForm(toks[n]) && !(noun && d.pastVerb(toks[n])) {
		return false
	}
	v, ok := d.modalVerbBefore(a, k)
	if !ok {
		if !noun && !d.presentReportBefore(a, k) {
			return false
		}
		v = a // a present, an infinitive or a phrase with no verb: no participle the past form could go on
	}
	// An "-ed" word before a lower-case noun is its modifier ("renovated
	// schools, and repaired bridges"), no verb of the speaker's; before
	// an article, a pronoun, "to" or a name it is a verb.
	o := toks[n+1]
	return v < k && toks[v].kind == tokWord && !perfectOrPassive(toks[v]) && (d.opensComplement(n+1) || o.is(fnTo) || o.cap && o.kind == tokWord)
}

// maxNounReport is the longest phrase report, in tokens, that a past
// form after "and" is read as ending ("blasted the plan", "said yes").
const maxNounReport = 5

// nounReportBefore reports whether toks[a:k] is a short phrase with no
// verb, the object the cue takes ("attacked the levy and urged …", "said
// yes and took …"): a phrase has no finite verb of its own for a second
// one to join, so a verb in the past after "and" is the speaker's. It
// must not open on a pronoun subject, a clause opener, "that", "to" or a
// relative, and holds only plain words: no auxiliary, conjunction,
// preposition or cue, and no word in -ed, -ing (but "nothing",
// "something") or in the past. A name before a word in lower case ("said
// Hale misspoke and …") may be a clause whose verb no list knows, so a
// name stands alone or before other names and numbers only.
func (d *document) nounReportBefore(a, k int) bool {
	toks := d.toks
	if k <= a || k-a > maxNounReport {
		return false
	}
	if f := toks[a]; f.in(lexSubjectPronouns|lexClauseOpeners) || f.is(fnComplementizer) || f.is(fnTo) || f.is(fnRelative) {
		return false
	}
	for j := a; j < k; j++ {
		t := toks[j]
		if t.kind != tokWord || !d.isNarration(j) || t.in(lexAuxiliaries|lexConjunctions|lexPrepositions) || isCue(t) || d.pastVerb(t) || strings.HasSuffix(t.lower, "ing") && !strings.HasSuffix(t.lower, "thing") || strings.HasSuffix(t.lower, "ed") {
			return false
		}
		if j > a && toks[a].cap && !t.cap && !t.in(lexQuantities) && !isDigitStart(t.text) && !isTimeWord(t) {
			return false
		}
	}
	return true
}

// presentReportBefore reports whether the reported clause from a to the
// conjunction at k is in the present or an infinitive, so a past form
// after the conjunction is the speaker's verb: its last auxiliary is "is",
// "are" or "am" ("said the plan is dead and urged …"), its pronoun subject
// opens it with a verb in "-s" ("said she admires him and praised …"), or
// it opens with "to" ("urged voters to back the levy and thanked …").
// "has" is left out: a second participle goes on it ("has cut jobs and
// raised prices").
func (d *document) presentReportBefore(a, k int) bool {
	toks := d.toks
	for j := k - 1; j >= a && k-j <= maxComparisonReach; j-- {
		if !toks[j].in(lexAuxiliaries) || !d.isNarration(j) {
			continue
		}
		w := auxVerb(toks[j].lower)
		if w != "be" || toks[j].lower == "was" || toks[j].lower == "were" || toks[j].lower == "wasn't" || toks[j].lower == "weren't" {
			return false
		}
		return j == a || !(toks[j-1].is(fnRelative) || toks[j-1].is(fnComplementizer))
	}
	if _, e, ok := d.npAfter(a, k); ok && e > a && e < k && toks[e].is(fnTo) {
		a = e // "urged voters to back the levy and thanked …": the hearer before the infinitive
	}
	if toks[a].is(fnTo) {
		return d.shortInfinitive(a, k)
	}
	if a+1 >= k || !toks[a].in(lexSubjectPronouns) {
		return false
	}
	p, v := toks[a].lower, toks[a+1]
	return (p == "he" || p == "she" || p == "it") && v.kind == tokWord && !v.cap && strings.HasSuffix(v.lower, "s") && !strings.HasSuffix(v.lower, "ss") && v.fn == 0 && !v.in(lexAuxiliaries)
}

// maxShortInfinitive is the longest infinitive report, in tokens, that a
// past form after "and" is read as ending ("to keep the ward open").
const maxShortInfinitive = 8

// shortInfinitive reports whether toks[a:k], opened by "to", is a short
// infinitive with no punctuation inside: "to" before a verb, not before a
// determiner, a pronoun or a name ("spoke to the union and displayed …").
// A longer one may hold a clause of its own that the past form goes on.
func (d *document) shortInfinitive(a, k int) bool {
	toks := d.toks
	if k-a > maxShortInfinitive || a+1 >= k {
		return false
	}
	v := toks[a+1]
	if v.kind != tokWord || v.cap || v.in(lexDeterminers|lexPossessiveDeterminers|lexSubjectPronouns|lexObjectPronouns) || isDigitStart(v.text) {
		return false
	}
	for j := a + 1; j < k; j++ {
		if toks[j].kind != tokWord {
			return false
		}
	}
	return true
}

// perfectOrPassive reports whether t is "have" or a form of "be", after
// which a modal's verb is a participle.
func perfectOrPassive(t token) bool { return t.lower == "have" || t.is(fnBe) }

// modalVerbBefore is the verb after the last auxiliary of the narration
// between a and k, when that auxiliary is a modal (past "not" and other
// modifiers: "would not", "could never") of the report's own clause. A
// modal right after a relative pronoun is a relative clause's ("the firms
// that would benefit lobbied hard and pressed …"): the report's verb is
// another, which a past form after the conjunction may go on.
func (d *document) modalVerbBefore(a, k int) (int, bool) {
	toks := d.toks
	m := -1
	for j := k - 1; j >= a && k-j <= maxComparisonReach; j-- {
		if toks[j].in(lexAuxiliaries) && d.isNarration(j) {
			m = j
			break
		}
	}
	if m < 0 || !isModal(toks[m].lower) {
		return 0, false
	}
	if m > a && (toks[m-1].is(fnRelative) || toks[m-1].is(fnComplementizer)) {
		return 0, false
	}
	v := m + 1
	for v < k && !perfectOrPassive(toks[v]) && toks[v].in(lexVerbModifiers) && !toks[v].in(lexAuxiliaries) {
		v++
	}
	return v, true
}

// pastForm reports whether t is a lower-case word in "-ed" that no list
// knows as anything else: a verb in the past or a participle.
func (d *document) pastForm(t token) bool {
	return t.kind == tokWord && !t.cap && len(t.lower) >= minPastLen && strings.HasSuffix(t.lower, "ed") && t.fn == 0 && !t.in(lexAuxiliaries)
}

// pastVerb reports whether t is a verb in the past: a regular past form
// or one of lexicon/irregular-past ("won", "built").
func (d *document) pastVerb(t token) bool {
	return d.pastForm(t) || d.lex.irregularPast[t.lower]
}

// pastParticiple reports whether t, a lower-case word, can be a past
// participle: a past verb or one of lexicon/irregular-participles
// ("been", "seen", "taken").
func (d *document) pastParticiple(t token) bool {
	return t.kind == tokWord && !t.cap && (d.pastVerb(t) || d.lex.irregularParticiples[t.lower])
}

// isModal reports whether an auxiliary is a modal, which takes a bare verb.
func isModal(w string) bool {
	switch auxVerb(w) {
	case "will", "can", "shall", "may", "must":
		return true
	}
	return false
}

// breaksClauseAfterComma reports whether what follows the comma at k opens
// a phrase the reported clause does not hold. A participle phrase after
// the clause ("…, leaving the high street 'half empty'", "…, including …") is
// part of what was reported; a participle cue after it ("…, adding that")
// is a frame of its own and ends the content there.
func (d *document) breaksClauseAfterComma(a, k, end int) bool {
	toks := d.toks
	n := toks[k+1]
	if (n.is(fnRelative) || n.in(lexClauseBreakers)) && d.embeddedRelative(k+1, end, d.bareSubject(a, k)) {
		return false // "said the plan, which starts in May, would cost less"; "the bill, though popular, would …"
	}
	if n.in(lexClauseBreakers) {
		if d.contrastOnReport(a, k+1, end) || d.negatedContrast(k+1, end) {
			return false // "said sales rose in York, while Leeds fell back"
		}
		return !d.reducedConcessive(k+1, end)
	}
	if d.concessiveEven(k+1, end) {
		return !d.embeddedRelative(k+1, end, d.bareSubject(a, k)) // "that Hale, even as a candidate, had …": an aside
	}
	if n.is(fnAnd) && d.serialListBefore(k) && (d.bareSubject(a, k) || !d.clauseAfterItem(k+2, end)) {
		return false // "behind Hale, Reilly, and Cole": the last item of a list
	}
	return n.is(fnCoordinator) && k+2 < end && (toks[k+2].cap && !toks[k+2].in(lexStopCaps) || toks[k+2].in(lexSubjectPronouns) && !d.modalAfterPronoun(k+2, end) || d.opensSubject(k+2, end) || d.frontedPhraseClause(k+2, end) || toks[k+2].is(fnSubordinator) && k+3 < end && toks[k+3].in(lexCueQuestion))
}

// concessiveEven reports whether "even" at k, after the comma that ends
// a reported clause, opens the writer's concession: "even as" or "even
// though" and a clause with a cue of its own ("said he would back the
// nominee, even as he has said he dislikes him"). With no cue the
// concession is the speaker's, part of what was said, as PolNeAR marks it
// ("said the pier was safe, even though it was old"). "even if" is left
// on the report: a condition is as often part of what was said ("said
// she would run, even if she lost").
func (d *document) concessiveEven(k, end int) bool {
	toks := d.toks
	if k+2 >= end || toks[k].lower != "even" || toks[k].cap || !d.isNarration(k) {
		return false
	}
	if n := toks[k+1].lower; (n != "as" && n != "though") || toks[k+2].kind != tokWord {
		return false
	}
	return d.cueAhead(k+2, end)
}

// cueAhead reports whether a cue word of the narration stands in
// toks[j:end].
func (d *document) cueAhead(j, end int) bool {
	for ; j < end; j++ {
		if isCue(d.toks[j]) && d.isNarration(j) {
			return true
		}
	}
	return false
}

// maxListItemWords is the longest item, in words, of a list of names
// serialListBefore reads ("Senator Ann Marie Cole").
const maxListItemWords = 4

// serialListBefore reports whether the comma at k closes the second or
// later item of a list of capitalised names or words set off by commas
// ("Hale, Ono, and Kwan", "Danish, Dutch, and North German"): the
// "and" after it adds the last item, no clause of its own.
func (d *document) serialListBefore(k int) bool {
	toks := d.toks
	j := k - 1
	for ; j >= 0 && k-1-j < maxListItemWords && toks[j].kind == tokWord && toks[j].cap && d.isNarration(j); j-- {
	}
	return j < k-1 && j > 0 && toks[j].text == "," && d.isNarration(j) && toks[j-1].kind == tokWord && toks[j-1].cap
}

// clauseAfterItem reports whether the capitalised words at k, after a
// list's ", and", are the subject of a clause of their own: a verb (an
// auxiliary, a past form, a cue) follows them ("hit Leeds, York, and
// Labour would fight them"). breaksClauseAfterComma asks only when the
// report has its verb before the list; in its subject ("voters in Leeds,
// York, and Hull had backed her") the verb after the list is the
// report's.
func (d *document) clauseAfterItem(k, end int) bool {
	j := k
	for j < end && j-k < maxListItemWords && d.toks[j].kind == tokWord && d.toks[j].cap {
		j++
	}
	if j == k || j >= end {
		return false
	}
	t := d.toks[j]
	return !t.cap && (t.in(lexAuxiliaries) || d.pastVerb(t) || isCue(t))
}

// modalAfterPronoun reports whether the subject pronoun at k, after a
// reported clause's ", and" or ", but", has a modal after it, past an
// adverb ("…, and it could also deter …", "…, and it may make …"): the
// report's own mood, going on with it; a narrated verb ("…, and he
// railed against …", "…, and he added that …") ends it. A pronoun that
// cannot be the speaker goes on with any modal ("it", "this", "that",
// "they"), and after "and" with "is", "are", "has" or "have" before a
// participle ("…, and it is planning to sell two plants", the report's
// present); one that can goes on only after "but" with a backshifted one
// ("…, but she would sign it anyway"): "…, and she will now resign" is
// the writer's news of the speaker.
func (d *document) modalAfterPronoun(k, end int) bool {
	speakerLike := false
	switch d.toks[k].lower {
	case "it", "this", "that", "they":
	case "he", "she", "i", "we":
		speakerLike = true
	default:
		return false
	}
	j := k + 1
	if j+1 < end && d.toks[j].kind == tokWord && !d.toks[j].cap && d.toks[j].in(lexVerbModifiers) && !d.toks[j].in(lexAuxiliaries) {
		j++ // "it also may"
	}
	if j >= end || !d.toks[j].in(lexAuxiliaries) {
		return false
	}
	if !speakerLike && presentAuxiliary(d.toks[j].lower) {
		// "…, and it is planning to sell two plants": the report's
		// present, a participle after it; not "…, but it is unlikely
		// that …", the writer's comment.
		return j+1 < end && d.toks[k-1].is(fnAnd) && (isGerund(d.toks[j+1]) || d.pastForm(d.toks[j+1]))
	}
	if !isModal(d.toks[j].lower) {
		return false
	}
	if !speakerLike {
		return true
	}
	// A speaker's pronoun goes on only against what came before ("…, but
	// she would sign it"): "…, and she could not be reached" and "…, and
	// she would meet the board" are the writer's news.
	return k > 0 && d.toks[k-1].lower == "but" && backshiftedModal(d.toks[j].lower) &&
		!(j+1 < end && d.toks[j+1].is(fnNegation))
}

// presentAuxiliary reports whether w is "be" or "have" in the present
// for a third-person subject: the report's own tense, as a modal is its
// mood.
func presentAuxiliary(w string) bool {
	switch w {
	case "is", "are", "has", "have":
		return true
	}
	return false
}

// backshiftedModal reports whether w is the past form of a modal, the
// mood of reported speech ("would", "could", "might", "should").
func backshiftedModal(w string) bool {
	switch w {
	case "would", "could", "might", "should", "'d", "’d":
		return true
	}
	return false
}

// reducedConcessive reports whether the "though" or "although" at k opens
// no clause, only an adjective or a participle ("a crucial, although
// brief, chance", "traditionally Democratic, though culturally
// conservative, areas", "…, though mixed with enough truth"): a modifier
// inside the reported clause, not the writer's clause after it ("…,
// though she did not say when", "…, though records show …"). Its phrase,
// to the next comma, has no subject and no verb of its own.
func (d *document) reducedConcessive(k, end int) bool {
	if w := d.toks[k].lower; w != "though" && w != "although" || k+1 >= end {
		return false
	}
	for j := k + 1; j < end && j <= k+maxComparisonReach && d.isNarration(j); j++ {
		t := d.toks[j]
		if t.text == "," || t.kind == tokPunct && isSentenceEnd(t.text) {
			return j > k+1
		}
		if t.kind != tokWord || t.cap || isCue(t) || t.is(fnBe|fnExistential) || t.in(lexAuxiliaries|lexSubjectPronouns|lexDeterminers|lexPossessiveDeterminers) || strings.ContainsAny(t.lower, "'’") {
			return false
		}
	}
	return true
}

// contrastOnReport reports whether "while" or "whereas" at k, after the
// comma that ends a reported clause, opens a clause that sets another
// fact against the report ("said sales rose in York, while Leeds fell
// back"): the speaker's own contrast, part of what was said, as PolNeAR
// marks it. A clause with a cue of its own ("…, while Cole said …",
// "…, while 22 percent found …") is another report, and a participle or
// a modifier after the word ("…, while noting …", "…, while also …", "…,
// while in office") is the writer's account of the speaker: those end
// the report. So is a clause with a verb in the past after a report
// whose verb stands after a modal or "had" ("said the levy would cost
// jobs, while the old tax raised less", "said the talks had failed,
// while the ministry weighed in"): the past is the narration's, not the
// speaker's (speakersPredicateAt reads "and" so).
func (d *document) contrastOnReport(a, k, end int) bool {
	toks := d.toks
	if w := toks[k].lower; w != "while" && w != "whereas" || toks[k].cap || k+1 >= end {
		return false
	}
	n := toks[k+1]
	if n.kind != tokWord || isGerund(n) || isCue(n) || n.in(lexVerbModifiers|lexPrepositions) || n.is(fnTo) || !d.isNarration(k+1) {
		return false
	}
	shifted := d.shiftedReport(a, k-1)
	for j := k + 1; j < end; j++ {
		t := toks[j]
		if d.isNarration(j) && (isCue(t) || shifted && t.kind == tokWord && !t.cap && d.pastVerb(t)) {
			return false
		}
	}
	return true
}

// negatedContrast reports whether "not" at k, after the comma that ends
// a reported clause, opens what the speaker set the report against ("said
// the levy should fall on ferry firms, not on passengers", "…, not
// jail", "…, not for good"): part of what was said, as PolNeAR marks it.
// A phrase with a cue of its own is another report, and a participle
// after "not" ("…, not knowing who …") opens a clause of its own: those
// end the report, as an adverb or "that" after "not" does (the writer's
// "…, not surprisingly", "…, not that anyone cared").
func (d *document) negatedContrast(k, end int) bool {
	toks := d.toks
	if toks[k].lower != "not" || toks[k].cap || k+1 >= end || !d.isNarration(k+1) || isGerund(toks[k+1]) {
		return false
	}
	if n := toks[k+1]; n.is(fnComplementizer) || len(n.lower) > minAdverbLen && strings.HasSuffix(n.lower, "ly") && !n.cap {
		return false // the writer's: "…, not surprisingly", "…, not that anyone cared"
	}
	return !d.cueAhead(k+1, end)
}

// shiftedReport reports whether the last auxiliary of the narration
// between a and k, the reported clause, is a modal or "had" ("would
// cost", "had failed"): a report told in the speaker's tense, against
// which a verb in the simple past is the narration's.
func (d *document) shiftedReport(a, k int) bool {
	for j := k - 1; j >= a && k-j <= maxComparisonReach; j-- {
		if t := d.toks[j]; t.in(lexAuxiliaries) && d.isNarration(j) {
			return isModal(t.lower) || t.lower == "had"
		}
	}
	return false
}

// maxComparisonReach bounds, in tokens, the walks of writersComparison
// before and after its comma.
const maxComparisonReach = 40

// writersComparison reports whether ", as AUX" at comma k, after a
// reported clause that starts at a, is the writer's comparison and no
// part of the report ("they will not back the bill, as has the mayor of
// Dayton"; "…, as was the case last spring"): the clause holds an
// auxiliary of another verb ("will" against "has"). An auxiliary of the
// same verb compares within the report ("inflation had fallen, as had
// unemployment"); a clause with none (a bare object: "called for a
// recount, as has the mayor") is left whole, as it was; and a ", and
// that" clause after the comparison goes on the report, so it stays in.
func (d *document) writersComparison(a, k, end int) bool {
	toks := d.toks
	if toks[k+1].lower != "as" || k+2 >= end || !toks[k+2].in(lexAuxiliaries) || toks[k+2].cap {
		return false
	}
	verb, other := auxVerb(toks[k+2].lower), false
	for j := max(a, k-maxComparisonReach); j < k; j++ {
		if t := toks[j]; t.in(lexAuxiliaries) && !t.cap {
			if auxVerb(t.lower) == verb {
				return false
			}
			other = true
		}
	}
	for j := k + 3; other && j+2 < end && j < k+maxComparisonReach; j++ {
		if toks[j].text == "," && toks[j+1].is(fnAnd) && toks[j+2].lower == "that" {
			return false
		}
	}
	return other
}

// auxVerb is the verb an auxiliary of lexicon/auxiliaries is a form of
// ("had" and "hasn't": "have"; "were": "be"; "won't": "will").
func auxVerb(w string) string {
	switch strings.TrimSuffix(w, "n't") {
	case "has", "have", "had":
		return "have"
	case "am", "is", "are", "was", "were", "ai":
		return "be"
	case "does", "did", "do":
		return "do"
	case "will", "would", "wo":
		return "will"
	case "can", "could", "ca", "cannot":
		return "can"
	case "shall", "should", "sha":
		return "shall"
	case "may", "might":
		return "may"
	}
	return w
}

// frontedPhraseClause reports whether a prepositional phrase at k, set
// off by a comma, fronts a clause with a subject of its own (", but for
// her rivals, it is a scandal").
func (d *document) frontedPhraseClause(k, end int) bool {
	toks := d.toks
	if !toks[k].in(lexModifierPreps) || toks[k].cap {
		return false
	}
	m, ok := d.modifierPhraseEnd(k, end)
	return ok && m+1 < end && toks[m].text == "," && (toks[m+1].in(lexSubjectPronouns) || d.opensSubject(m+1, end))
}

// isGerund reports whether a token is a lower-case "-ing" word long
// enough to open a participle clause ("citing", "taking"; not "thing").
func isGerund(t token) bool {
	return t.kind == tokWord && !t.cap && strings.HasSuffix(t.lower, "ing") && len(t.lower) >= minGerundLen
}

// maxEmbeddedRelative is the longest relative clause, in tokens, set off
// by commas inside a reported clause's subject.
const maxEmbeddedRelative = 30

// embeddedRelative reports whether the relative clause opened at k closes
// with a comma before the verb of the clause it interrupts: an auxiliary
// ("the plan, which starts in May, would cost less"), maybe quoted ("the
// pipeline, which Republicans back, "wouldn't go 10 feet""), or a verb in
// the past ("the talks, which started a decade ago, remained the best
// chance"), unless it is a cue with a clause of its own. A past form is
// that verb only after "which" or "who" hung on the clause's subject
// (onSubject): a relative on its object ("would hit the depot, which
// employs 300 people, resigned …") or a "while" clause ("…, while the old
// tax, introduced in 1990, raised less") ends the report, and the past
// verb after it is the narration's.
func (d *document) embeddedRelative(k, end int, onSubject bool) bool {
	toks := d.toks
	for j := k + 1; j+1 < end && j < k+maxEmbeddedRelative; j++ {
		if !d.isNarration(j) || toks[j].kind == tokPunct && toks[j].text != "," && toks[j].text != "%" && !d.currencyBefore(j, end) {
			return false // ("which cost $5 million," and "which rose 4%," are amounts)
		}
		if toks[j].text == "," {
			v := j + 1
			if d.isOpenMark(v) && v+1 < end {
				v++
			}
			n := toks[v]
			past := onSubject && toks[k].is(fnRelative) && d.pastVerb(n) && !isCue(n)
			present := onSubject && toks[k].is(fnRelative) && d.presentAfterRelative(v, end)
			return n.kind == tokWord && !n.cap && (n.in(lexVerbModifiers|lexAuxiliaries) || past || present)
		}
	}
	return false
}

// presentAfterRelative reports whether the word at v, after the comma that
// closes a relative clause on a reported clause's subject, is that
// subject's verb in the present ("the ruling, which struck down the fees,
// leaves the council no choice"): a lower-case word in "-s" that no list
// knows (no preposition, conjunction or cue: "…, says" has a clause of
// its own), not "-ss" or "-us", before a lower-case word of the narration.
func (d *document) presentAfterRelative(v, end int) bool {
	toks := d.toks
	if v+1 >= end || !d.isNarration(v) || !d.isNarration(v+1) {
		return false
	}
	t, n := toks[v], toks[v+1]
	if t.kind != tokWord || t.cap || len(t.lower) < minFiniteLen || t.lex != 0 || t.fn != 0 || isCue(t) {
		return false
	}
	if !strings.HasSuffix(t.lower, "s") || strings.HasSuffix(t.lower, "ss") || strings.HasSuffix(t.lower, "us") {
		return false
	}
	return n.kind == tokWord && !n.cap
}

// bareSubject reports whether the narration [a, k) before a comma holds
// no verb (no auxiliary, no past form): a subject still waiting for its
// verb, which a relative clause after the comma may interrupt.
func (d *document) bareSubject(a, k int) bool {
	for j := a; j < k; j++ {
		if t := d.toks[j]; d.isNarration(j) && (t.in(lexAuxiliaries) || d.pastVerb(t)) {
			return false
		}
	}
	return true
}

// maxDashAside is the longest aside, in tokens, that a pair of dashes
// sets inside a reported clause.
const maxDashAside = 15

// dashAsideEnd is the closing dash of an aside that the dash at k opens
// inside a reported clause, when the clause goes on after it in lower
// case ("set out their costs — including the fees — in their offers"): the
// report holds the aside. No sentence end, semicolon or quotation stands
// between the dashes, and no subject pronoun with a verb: "— a point she
// has made before —" is the writer's comment. What follows the closing
// dash must go on the clause: where or how it was said ("— in a letter to
// the council") or "and" with a past verb ("— and blamed the council") is
// the narration's again.
func (d *document) dashAsideEnd(k, end int) (int, bool) {
	toks := d.toks
	// "— which he has long opposed —": a relative aside describes the
	// report's subject, its pronoun clause no comment of the writer's.
	relative := k+1 < end && toks[k+1].is(fnRelative) && !d.cueInAside(k+1, end)
	for j := k + 2; j+1 < end && j <= k+maxDashAside; j++ {
		t := toks[j]
		if !d.isNarration(j) || t.text == ";" || t.kind == tokPunct && isSentenceEnd(t.text) || !relative && d.pronounClauseAt(j) {
			return 0, false
		}
		if isDash(t.text) {
			n := toks[j+1]
			return j, n.kind == tokWord && !n.cap && d.isNarration(j+1) && !d.narrationAfterAside(j+1, end)
		}
	}
	return 0, false
}

// cueInAside reports whether a speech or quote cue stands in the aside opened at k,
// before its closing dash: "— which he has long argued —" is the writer's
// comment on the speaker, no description of the report's subject.
func (d *document) cueInAside(k, end int) bool {
	for j := k; j < end && j <= k+maxDashAside && !isDash(d.toks[j].text); j++ {
		if t := d.toks[j]; t.kind == tokWord && !t.cap && t.in(lexCueSaying) {
			return true
		}
	}
	return false
}

// pronounClauseAt reports whether a subject pronoun at j has a verb after
// it: an auxiliary or a past form ("she has made"). A cue ("— names he
// said would be released —") reports more of the speaker's words.
func (d *document) pronounClauseAt(j int) bool {
	if j+1 >= len(d.toks) || !d.toks[j].in(lexSubjectPronouns) {
		return false
	}
	n := d.toks[j+1]
	return !isCue(n) && (n.in(lexAuxiliaries) || d.pastVerb(n))
}

// narrationAfterAside reports whether the words at j, after an aside's
// closing dash, are the narration's: a modifier preposition before an
// indefinite article ("in a letter", "at a rally"), or "and" or "but"
// before a past verb ("and blamed").
func (d *document) narrationAfterAside(j, end int) bool {
	if j+1 >= end {
		return false
	}
	t, n := d.toks[j], d.toks[j+1]
	if t.in(lexModifierPreps) && n.is(fnIndefiniteArticle) {
		return true
	}
	return (t.is(fnAnd) || t.lower == "but") && d.pastVerb(n)
}

// opensSubject reports whether a noun phrase with a determiner opens a
// clause at k: "the", "a" or a demonstrative, a few words and a finite
// verb the lexicon knows ("…, and the ACLU has already sued"), or
// "there is/are".
func (d *document) opensSubject(k, end int) bool {
	toks := d.toks
	t := toks[k]
	if t.is(fnExistential) {
		return k+1 < end && toks[k+1].in(lexVerbModifiers)
	}
	if !t.in(lexDeterminers) || t.in(lexPossessiveDeterminers) {
		return false
	}
	for j := k + 1; j < end && j <= k+maxDescriptorWords+1; j++ {
		if toks[j].kind != tokWord {
			return false
		}
		if toks[j].in(lexVerbModifiers) && !toks[j].cap {
			return j > k+1
		}
	}
	return false
}

// closesUnit reports whether only closing punctuation follows token k, or
// a comma and a trailing subordinate clause ("…, officials said Friday, as
// they …").
func (d *document) closesUnit(k, hi int) bool {
	if k+1 < hi && d.toks[k].text == "," && (d.toks[k+1].in(lexTrailers) || isGerund(d.toks[k+1])) {
		return true // "…, according to the Transport Department, marking a step …"
	}
	for ; k < hi; k++ {
		t := d.toks[k]
		if t.text == ";" && d.isNarration(k) {
			return true // "…, economists say; in 2009, …"
		}
		if t.kind == tokWord || d.isOpenMark(k) {
			return false
		}
	}
	return true
}

// trailerAfter reports whether the narration from k opens a clause that
// does not continue the quotation ("… as they walked out", a participle
// after a quote that ends on its comma: `"…," referencing the vote`).
func (d *document) trailerAfter(k, end int) bool {
	return k < end && (d.toks[k].text == "," || d.toks[k].in(lexTrailers) || isGerund(d.toks[k]) && d.toks[k-2].text == ",")
}

// reportsClause reports whether the content at a can be what frame f
// reports. Speech verbs report anything; a belief verb ("considered",
// "found", "wants") reports only a clause: after "that", a wh-word or "to",
// or a clause with its own subject and no "that" ("believe the tax will
// rise").
func (d *document) reportsClause(f frame, a int) bool {
	if f.class != cueBelief {
		return true
	}
	if d.documentFinds(f) && (d.toks[a].kind == tokWord || d.isOpenMark(a)) {
		return true // "records show the contract was never signed", "a survey showed a narrower edge for Hale"
	}
	for k := a - 1; k >= f.cueHi-1 && k >= a-2; k-- {
		if t := d.toks[k]; t.is(fnComplementizer) || t.lower == ":" || t.lower == "," {
			return true
		}
	}
	t := d.toks[a]
	if t.in(lexAuxiliaries) && a == f.clHi && d.relativeBefore(f) {
		return true // "the bill, which she believes will close clinics": the relative is the clause's subject
	}
	return t.in(lexClauseOpeners|lexSubjectPronouns) || t.is(fnTo) || t.cap || d.isOpenMark(a) || !isGerund(d.toks[f.cue]) && d.bareClause(a)
}

// reportsObject reports whether participle frame f reports the noun
// object at a of its citing verb where it reports no clause there
// (citedObject: "…, citing a drop in orders", "Hale, citing two studies,
// said …"; the grounds the main clause's subject gives are the content),
// or a quotation ("Hale, citing "the magic of it," said …"): an object,
// which ends where the main clause goes on. A finite citing verb's object
// ("Hale cited the rules", "the figures she cited") is more often a thing
// than grounds, and is left alone.
func (d *document) reportsObject(f frame, a int) bool {
	return f.participle && d.citedObject(f, a) && (!d.reportsClause(f, a) || d.isOpenMark(a))
}

// citedObject reports whether the words at a, right after frame f's cue,
// are the noun object of a citing verb (lexicon/citing-verbs): "…,
// citing a drop in orders", "Hale cited falling rents". A verb there ("the
// rules she cited were dropped"), a preposition ("the study cited by the
// firm", "cited in the report") or a conjunction ("the papers she cited or
// lost") leaves the cue with no object of its own.
func (d *document) citedObject(f frame, a int) bool {
	if a != f.cueHi || a >= len(d.toks) || !d.lex.citingVerbs[d.toks[f.cue].lower] {
		return false
	}
	t := d.toks[a]
	if d.isOpenMark(a) {
		return true
	}
	return t.kind == tokWord && !t.in(lexAuxiliaries|lexPrepositions|lexConjunctions|lexClauseOpeners) && !t.is(fnAnd|fnCoordinator|fnTo)
}

// maxBareSubject is the longest subject, in tokens, of a clause that a
// belief verb reports with no "that" ("think the gains in air
// quality are real").
const maxBareSubject = 7

// bareClause reports whether the words at a open a clause with no "that":
// a short subject in lower case ("the tax", "few voters", "their plans for
// the city") and then an auxiliary ("economists believe the tax will
// rise"), with no comma, cue or second subject between ("support the
// measures they have proposed" is an object and its relative clause).
// The caller leaves out a cue in -ing: "the firms seeking the contract
// have …" is a noun and its modifier.
func (d *document) bareClause(a int) bool {
	toks := d.toks
	if toks[a].in(lexPrepositions) {
		return false // "hopes of a win were dashed": a noun and its phrase
	}
	for k := a; k < len(toks) && k <= a+maxBareSubject && d.isNarration(k); k++ {
		t := toks[k]
		if k > a && (t.in(lexAuxiliaries) || d.finiteVerbAfter(a, k)) {
			return true
		}
		if t.kind != tokWord || isCue(t) && !d.cueNounInSubject(a, k) || t.in(lexClauseOpeners|lexConjunctions|lexAuxiliaries) || t.is(fnTo) || k > a && t.in(lexSubjectPronouns) && !t.in(lexDeterminers) {
			return false
		}
	}
	return false
}

// cueNounInSubject reports whether the cue word at k, inside the subject
// a bare clause opens at a, is a noun after its determiner or possessive
// ("believes the plan is doomed", "thinks his report will be damning").
func (d *document) cueNounInSubject(a, k int) bool {
	if k <= a {
		return false
	}
	p := d.toks[k-1]
	return (p.in(lexDeterminers|lexPossessiveDeterminers) || isPossessiveWord(p)) && !d.toks[k].cap
}

// minFiniteLen is the shortest word read as an inflected verb by
// finiteVerbAfter ("owed" qualifies, "is" and "us" do not).
const minFiniteLen = 4

// maxFiniteSubject is the longest subject, in tokens, before a lexical
// verb that finiteVerbAfter accepts ("his new levy failed"); a longer run
// is more often an object with its modifiers.
const maxFiniteSubject = 3

// finiteVerbAfter reports whether token k, after the subject opened at a,
// is a lexical verb (not an auxiliary) that makes [a, …) a clause. Two
// shapes are plain enough to read without a tagger: "this" alone and a
// verb in -s ("believe this gives savers a reason"), and a determiner with
// one or two words, then a verb in -ed and its complement ("feared the
// old ward failed its patients"). A word in -s after a longer phrase is
// as often a plural noun, the belief verb's object ("want more liberal
// policies", "knows the gritty details of"), and a word in -ed before
// "by" is a passive modifier ("fear the plan backed by unions").
func (d *document) finiteVerbAfter(a, k int) bool {
	t := d.toks[k]
	if k+1 >= len(d.toks) || t.kind != tokWord || t.cap || len(t.lower) < minFiniteLen || t.lex != 0 || t.fn != 0 {
		return false
	}
	if k == a+1 {
		first := d.toks[a]
		return first.in(lexObjectPronouns) && first.in(lexDeterminers) && !first.in(lexPossessiveDeterminers) &&
			strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && !strings.HasSuffix(t.lower, "us")
	}
	return k-a <= maxFiniteSubject && strings.HasSuffix(t.lower, "ed") && d.finiteSubject(a, k) &&
		d.opensComplement(k+1)
}

// finiteSubject reports whether tokens [a, k) are a determiner and one or
// two words ending on a noun ("the plan", "his new levy"): no
// preposition, and a head that can end the phrase (not a determiner,
// quantity, conjunction or possessive: "the proposed levy", "the
// council's").
func (d *document) finiteSubject(a, k int) bool {
	first, h := d.toks[a], d.toks[k-1]
	if !first.in(lexDeterminers) || first.in(lexQuantities) || h.kind != tokWord {
		return false
	}
	for j := a; j < k; j++ {
		if d.toks[j].in(lexPrepositions) {
			return false
		}
	}
	return !h.in(lexDeterminers|lexQuantities|lexConjunctions) && !strings.HasSuffix(h.lower, "'s")
}

// opensComplement reports whether token k can open what a verb takes:
// an article or other determiner, a pronoun, a number or "that"
// ("provides the relief", "showed that"). A preposition does not: the
// -ed word before it is a modifier more often than a verb ("the figures
// published on Friday").
func (d *document) opensComplement(k int) bool {
	t := d.toks[k]
	if t.kind != tokWord || !d.isNarration(k) {
		return false
	}
	return t.in(lexDeterminers|lexObjectPronouns|lexSubjectPronouns|lexQuantities) || t.is(fnComplementizer) || isDigitStart(t.text)
}

// speechClause reports whether the content at a can be what a speech verb
// reports: not a prepositional phrase ("accused of fraud", "responded
// during the debate").
func (d *document) speechClause(f frame, a int) bool {
	if d.toks[a].in(lexPrepositions) && a+1 < len(d.toks) && d.namingWhat(a+1, len(d.toks)) {
		return false // "wrote about what the mayor called a scandal": the thing named is the phrase's object
	}
	if f.class != cueSpeech || !d.toks[a].in(lexNotAClause) || d.approximateNumber(a, len(d.toks)) {
		return true
	}
	m, ok := d.modifierPhraseEnd(a, len(d.toks))
	if f.according && ok && m+1 < len(d.toks) && d.toks[m].text == "," && d.isNarration(m) && d.toks[m+1].kind == tokWord && !d.cueAhead(m+1, d.unitAt(a).hi) {
		// "According to the poll, in a close race, Hale leads": the
		// report's own setting, then its clause ("According to aides, in
		// a call, Hale said …" is the cue's report)
		return true
	}
	if d.afterComplementizer(a) {
		// "said that in France, …", "said that, in hindsight, …": "that"
		// opens a clause, whatever phrase fronts it; "did not mention
		// that on the trail." is a demonstrative and a phrase.
		return !d.closesUnit(m, len(d.toks)) && !(m < len(d.toks) && isSentenceEnd(d.toks[m].text))
	}
	// "said after ten years the town had changed": a phrase, then a clause.
	return !ok && m > a+1 && m < len(d.toks) && d.toks[m].kind == tokWord && (d.toks[m].in(lexSubjectPronouns) || d.toks[m].is(fnDefinite))
}

// afterComplementizer reports whether the content at a follows the
// narration's "that", straight or past the comma that opens a fronted
// phrase ("said that, in hindsight, the deal was a mistake").
func (d *document) afterComplementizer(a int) bool {
	k := a - 1
	if k > 0 && d.toks[k].text == "," && d.isNarration(k) {
		k--
	}
	return k >= 0 && d.toks[k].is(fnComplementizer) && d.isNarration(k)
}

// contentSpan returns the byte span of tokens [lo, hi) without trailing
// narration punctuation; ok is false when it holds no word.
func (d *document) contentSpan(lo, hi int) (span, bool) {
	lo, hi = d.trimPunct(lo, hi)
	lo = d.skipDateline(lo, hi)
	words := 0
	for k := lo; k < hi; k++ {
		if d.toks[k].kind == tokWord {
			words++
		}
	}
	if words < 2 {
		return span{}, false
	}
	return span{d.toks[lo].start, d.toks[hi-1].end}, true
}

// trimPunct narrows tokens [lo, hi) past narration punctuation at both
// ends; quotation marks stay.
func (d *document) trimPunct(lo, hi int) (int, int) {
	for hi > lo && d.toks[hi-1].kind == tokPunct && d.isNarration(hi-1) && d.toks[hi-1].text != "%" && !d.closesBracketFrom(lo, hi-1) {
		hi-- // "up 2%" keeps its sign; "($47 million)" its bracket
	}
	for lo < hi && d.toks[lo].kind == tokPunct && d.isNarration(lo) && !d.currencyBefore(lo, hi) {
		lo++
	}
	return lo, hi
}

// closesBracketFrom reports whether token k is a closing bracket whose
// opening one stands in the span from lo: "cut costs by 500 million
// crowns ($47 million)" keeps its ")" as it keeps its "(".
func (d *document) closesBracketFrom(lo, k int) bool {
	if d.toks[k].text != ")" {
		return false
	}
	depth := 0
	for j := k - 1; j >= lo; j-- {
		switch d.toks[j].text {
		case ")":
			depth++
		case "(":
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}

// currencyBefore reports whether token k is a currency sign before a
// number ("$5 million", "£20bn"): part of the amount, not punctuation.
func (d *document) currencyBefore(k, hi int) bool {
	switch d.toks[k].text {
	case "$", "£", "€", "¥":
		return k+1 < hi && d.toks[k+1].start == d.toks[k].end && isDigitStart(d.toks[k+1].text)
	}
	return false
}

// maxDatelineTokens is the longest dateline skipped before a dash
// ("MOSCOW/KYIV (Reuters) —").
const maxDatelineTokens = 8

// skipDateline skips a dateline opening a paragraph ("MOSCOW/KYIV —",
// "WASHINGTON (Wire) —"): capitalised words before a dash.
func (d *document) skipDateline(lo, hi int) int {
	toks := d.toks
	if lo >= hi || lo != d.paraToks[toks[lo].para][0] {
		return lo
	}
	if k := d.agencyDateline(lo, hi); k > lo {
		return k
	}
	for k := lo; k < hi && k < lo+maxDatelineTokens; k++ {
		t := toks[k]
		if isDash(t.text) || t.text == "-" {
			if k > lo && k+1 < hi {
				return k + 1
			}
			return lo
		}
		if t.kind == tokWord && !isUpperWord(t.text) && !t.cap && !(k > lo && isDigitStart(t.text)) {
			return lo // (a date's day goes on with it: "LONDON, Dec 7 (Reuters) -")
		}
		if t.kind == tokWord && !isUpperWord(t.text) && k == lo {
			return lo
		}
	}
	return lo
}

// agencyDateline is where the text starts after a dateline in mixed
// case that names the agency in brackets before a dash ("Harlow (AFP) –
// …", "Port Ellen, Islay (Reuters) - …", "LONDON, Dec 7 (Reuters) - …"):
// capitalised words, commas and a date's numbers, the agency capitalised,
// the dash; else lo.
func (d *document) agencyDateline(lo, hi int) int {
	toks := d.toks
	for k := lo; k+3 < hi && k < lo+maxDatelineTokens; k++ {
		t := toks[k]
		if t.text == "(" {
			if k > lo && d.agencyCreditAt(k, hi) && k+4 < hi {
				return k + 4
			}
			return lo
		}
		if !(t.kind == tokWord && (t.cap || k > lo && isDigitStart(t.text)) || t.text == "," || t.text == ".") {
			return lo
		}
	}
	return lo
}

// leftSegment is the first part of interrupted reported speech, before
// ", X said,": a single word will do ("Farmers, he said, can …").
func (d *document) leftSegment(lo, hi int) (span, bool) {
	lo, hi = d.trimPunct(lo, hi)
	if lo >= hi {
		return span{}, false
	}
	return span{d.toks[lo].start, d.toks[hi-1].end}, true
}

// contentType is mixed when the reported clause holds a quotation.
func (d *document) contentType(lo, hi int) string {
	for k := lo; k < hi; k++ {
		if d.isOpenMark(k) {
			return TypeMixed
		}
	}
	return TypeIndirect
}

// parallelPerfectEnd is where the report of frame f that starts at a
// ends, at the latest at end, when its cue is in the perfect ("has said",
// "has long argued") and "and has" or "and have" with a participle
// follows a report with no perfect of its own ("Reilly has said he wants
// a safe zone and has backed wider strikes"): the second perfect repeats
// the cue's and is the speaker's doing, no more of the report. A report
// with its own perfect ("has said she has worked hard and has earned
// it") may go on with it, and is left whole.
func (d *document) parallelPerfectEnd(f frame, a, end int) int {
	if !d.perfectCue(f) {
		return end
	}
	toks := d.toks
	for k := a; k < end; k++ {
		t := toks[k]
		if !d.isNarration(k) {
			continue
		}
		if t.kind == tokWord && !t.cap && (t.lower == "has" || t.lower == "have") {
			// (The participle may be a cue of its own that ends the
			// report before it: "has said the wall is sound and has
			// called for calm".)
			if k > a && toks[k-1].is(fnAnd) && !toks[k-1].cap && d.isNarration(k-1) && d.participleAfter(k+1, d.paraToks[t.para][1]) {
				if k-2 > a && toks[k-2].text == "," {
					return k - 2
				}
				return k - 1
			}
			return end // the report's own perfect
		}
	}
	return end
}

// perfectCue reports whether frame f's cue follows "has" or "have", past
// at most two adverbs ("has said", "has repeatedly called", "have long
// argued").
func (d *document) perfectCue(f frame) bool {
	toks := d.toks
	for j := f.cue - 1; j >= 0 && j >= f.cue-3 && d.isNarration(j); j-- {
		t := toks[j]
		if t.lower == "has" || t.lower == "have" {
			return true
		}
		if t.kind != tokWord || !t.in(lexVerbModifiers) && !strings.HasSuffix(t.lower, "ly") {
			return false
		}
	}
	return false
}

// participleAfter reports whether a past participle follows at k, past
// adverbs: a regular or irregular past or an irregular participle
// (lexicon/irregular-participles: "been", "shown"); no guess from an -en
// ending, which "seven" and "even" have too.
func (d *document) participleAfter(k, end int) bool {
	toks := d.toks
	k = d.modifiersEnd(k, end)
	if k >= end || !d.isNarration(k) {
		return false
	}
	return d.pastParticiple(toks[k])
}
