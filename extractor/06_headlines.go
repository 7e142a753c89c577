package extractor

import "strings"

// Headlines and transcripts: lines that name their source without a cue
// verb. An article's first line is a headline when it names its source
// (`… - Zelnik`, `Nora Keel: …`, `Minister 'will not back down' on
// tax`); a paragraph written as a transcript line (`HALE: Well, …`) is its
// label's.

// Bounds of a headline, in tokens: a first line longer than
// maxHeadlineTokens, or ending in a full stop and longer than
// maxSentenceHeadline, is a sentence of the story, not its headline.
const (
	minHeadlineTokens   = 3
	maxHeadlineTokens   = 40
	maxSentenceHeadline = 25
	// headlineSignatureWindow: the dash before a headline's signature
	// stands among its last tokens (`… - Pavel Zelnik`).
	headlineSignatureWindow = 6
	// headlineLabelWindow: the colon after a headline's label stands among
	// its first tokens (`Nora Keel: …`).
	headlineLabelWindow = 5
)

// hasHeadline reports whether the article's first line is a headline: a
// story follows it, and it is a line of a headline's length, not a long
// sentence ending in a full stop. A short one ending in a full stop is a
// headline still (PolNeAR's headlines end in one). Both the headline's
// own attribution (headline) and the stages that set its words apart
// from the story's (names only the headline gives, the lead's
// organisation) use this one test.
func (d *document) hasHeadline() bool {
	if len(d.paraToks) < 2 {
		return false
	}
	lo, hi := d.paraToks[0][0], d.paraToks[0][1]
	return hi-lo >= minHeadlineTokens && hi-lo <= maxHeadlineTokens && !(d.toks[hi-1].text == "." && hi-lo > maxSentenceHeadline)
}

// headlineGroups marks the plural of a role's noun a group's noun when
// it stands alone between a comma and a cue that ends a headline
// ("Cuts 'will hurt schools', heads warn": "heads", "directors",
// "chiefs" are the final cue's subject and name the speakers, as
// "officials" does; the headline has no article to say so). Elsewhere
// the plural may be the headline's verb ("Cole attacks 'reckless' …")
// or the subject of its own predicate ("Stars denied awards"), and in
// the story it keeps its lists' reading.
func (d *document) headlineGroups() {
	d.storyGroups()
	if !d.hasHeadline() {
		return
	}
	lo, end := d.paraToks[0][0], d.firstLineEnd()
	if d.toks[end-1].kind == tokPunct {
		end-- // "…, heads warn."
	}
	k := end - 2
	if k-1 <= lo || d.toks[k-1].text != "," || !isCue(d.toks[end-1]) {
		return
	}
	if t := &d.toks[k]; t.kind == tokWord && !t.cap && t.lex&(lexGroupNouns|lexRoleHeads) == 0 && d.pluralRoleHead(*t) {
		t.lex |= lexGroupNouns
		t.stem |= lexGroupNouns
	}
}

// storyGroups marks the plural of a role's noun that lexicon/group-nouns
// lacks, most of them also a verb form ("heads", "hosts", "coaches",
// "chairs"), a group's noun when a cue follows it and a noun phrase's
// word comes before it ("the union heads said", "The festival hosts
// warned"), or, when lexicon/role-verbs has it, when it opens its
// sentence ("Coaches said"; "Skaters said" keeps the reading of a
// capitalised word): two verbs in a row cannot both be the clause's, so
// the plural is the cue's subject, as "officials" would be. A subject
// before it keeps the verb reading ("the club she chairs said": the
// club speaks), and so does a capitalised word ("the firm Ann Cole heads
// said"); a phrase a preposition governs is no subject ("a poll of
// club coaches found"), and a participle after the plural is no verb of
// its own ("the hosts urging a delay"). One pass over the
// tokens, and a few words back from each plural before a cue.
func (d *document) storyGroups() {
	toks := d.toks
	for k := 0; k+1 < len(toks); k++ {
		t := &toks[k]
		if t.kind != tokWord || t.lex&(lexGroupNouns|lexRoleHeads) != 0 || !toks[k+1].in(lexCue) || toks[k+1].cap || !d.verbFormPlural(t.lower) { // (isCue(toks[k+1]) would copy the token)
			continue
		}
		if strings.HasSuffix(toks[k+1].lower, "ing") || !d.storyGroupBefore(k) || d.prepositionObject(k) {
			continue // "the hosts urging a delay", "a poll of club coaches found"
		}
		t.lex |= lexGroupNouns
		t.stem |= lexGroupNouns
	}
}

// verbFormPlural reports whether lower is the plural of a role's noun,
// with an s ("heads") or, after a sibilant, es ("coaches").
func (d *document) verbFormPlural(lower string) bool {
	if isPluralRoleHead(d.lex, lower) {
		return true
	}
	stem, ok := strings.CutSuffix(lower, "es")
	return ok && (strings.HasSuffix(stem, "ch") || strings.HasSuffix(stem, "sh") || strings.HasSuffix(stem, "ss") || strings.HasSuffix(stem, "x")) && d.lex.is(stem, lexRoleHeads)
}

// maxGroupModifiers is how many words prepositionObject walks back
// over from a plural to the preposition that governs its phrase.
const maxGroupModifiers = 5

// prepositionObject reports whether a preposition opens the noun phrase
// that the plural at k ends ("a poll of the county's club coaches
// found", "most of the festival hosts reported"): the phrase is no subject,
// and the cue is another's. The walk stops at the first word that is no
// modifier of the phrase.
func (d *document) prepositionObject(k int) bool {
	for j := k - 1; j >= 0 && k-j <= maxGroupModifiers && d.toks[j].para == d.toks[k].para; j-- {
		p := &d.toks[j]
		if p.kind != tokWord {
			return false
		}
		if p.in(lexPrepositions) {
			return true
		}
		if p.in(lexSubjectPronouns|lexConjunctions|lexAuxiliaries) || p.fn&^(fnDefinite|fnIndefiniteArticle) != 0 || isCue(*p) {
			return false
		}
	}
	return false
}

// storyGroupBefore reports whether the token before the plural at k
// makes it a noun: a determiner or a lower-case word that is no
// pronoun, relative or conjunction, or, for a capitalised plural that
// lexicon/role-verbs has, the start of its paragraph or a sentence's
// end.
func (d *document) storyGroupBefore(k int) bool {
	t := d.toks[k]
	if k == 0 || d.toks[k-1].para != t.para {
		return t.cap && t.in(lexRoleVerbs)
	}
	p := &d.toks[k-1]
	if t.cap {
		return t.in(lexRoleVerbs) && p.kind == tokPunct && (p.text == "." || p.text == "!" || p.text == "?")
	}
	if p.kind != tokWord || p.cap {
		return false
	}
	if p.in(lexDeterminers) && !p.in(lexSubjectPronouns) {
		return true
	}
	return !p.in(lexSubjectPronouns|lexObjectPronouns|lexConjunctions|lexPrepositions|lexVerbModifiers|lexAuxiliaries) && !p.is(fnRelative|fnWho|fnAnd|fnComplementizer|fnBe|fnNegation|fnTo) && !isCue(*p)
}

// headline attributes an article's first line when it is a headline that
// names its source.
func (d *document) headline() *found {
	if !d.hasHeadline() {
		return nil
	}
	lo, hi := d.paraToks[0][0], d.firstLineEnd()
	if f := d.signedHeadline(lo, hi); f != nil {
		return f
	}
	if f := d.labelledHeadline(lo, hi); f != nil {
		return f
	}
	return d.quotedHeadline(lo, hi)
}

// firstLineEnd is the end, in tokens, of the article's first line: a
// headline set on its own line above the lead with no blank line between
// them ends at the line break, and the lead's reports are the lead's.
func (d *document) firstLineEnd() int {
	lo, hi := d.paraToks[0][0], d.paraToks[0][1]
	for k := lo + 1; k < hi; k++ {
		if strings.Contains(d.text[d.toks[k-1].end:d.toks[k].start], "\n") {
			return k
		}
	}
	return hi
}

// signedHeadline: `… - Zelnik`, and `'No more delays' - minister`: a
// role's noun signs the quoted words of an unnamed speaker as a name
// does; words with no quotation before it are the story's ("Fire at
// depot - police" reports no words).
func (d *document) signedHeadline(lo, hi int) *found {
	toks := d.toks
	for k := hi - 2; k > lo && k >= hi-headlineSignatureWindow; k-- {
		if t := toks[k]; t.kind == tokPunct && (t.text == "-" || isDash(t.text)) {
			if m, end, ok := d.npAfter(k+1, hi); ok && end == hi && (m.named() || d.roleSignature(m) && d.headType(lo, k) != TypeIndirect) {
				if s, typ, ok := d.headContent(lo, k); ok {
					return &found{segs: []span{s}, typ: typ, speaker: &m, cue: t.span, para: 0, rule: ruleHeadline}
				}
			}
		}
	}
	return nil
}

// roleSignature reports whether m, after a headline's dash, is a
// speaker's role or a group ("minister", "union leaders", "police"): a
// noun phrase whose head is a role's noun, or a group's, no pronoun and
// no clause.
func (d *document) roleSignature(m mention) bool {
	return m.pronoun == "" && m.hi > m.lo && (m.kind == KindGroup || m.kind != KindUnknown && d.toks[m.hi-1].stem&lexRoleHeads != 0) && !d.holdsVerb(m)
}

// labelledHeadline: `Nora Keel: …`.
func (d *document) labelledHeadline(lo, hi int) *found {
	toks := d.toks
	for k := lo + 1; k < hi && k <= lo+headlineLabelWindow; k++ {
		if toks[k].text != ":" {
			continue
		}
		if d.headlineLabel(lo, k) {
			return nil // "Breaking: …", "Market Update: …": a kind of headline, not its source
		}
		if m, ok := d.headlineSource(lo, k); ok {
			if s, typ, ok := d.headContent(k+1, d.headlineClauseEnd(k+1, hi)); ok {
				return &found{segs: []span{s}, typ: typ, speaker: &m, cue: toks[k].span, para: 0, rule: ruleHeadline}
			}
		}
		return nil
	}
	return nil
}

// headlineSource is the source named before a headline's colon at k: a
// noun phrase that runs to it, or one before "to" and its audience
// ("Hale to farmers: …").
func (d *document) headlineSource(lo, k int) (mention, bool) {
	m, end, ok := d.npAfter(lo, k)
	if ok && end < k && d.toks[end].is(fnTo) {
		end = k // "Hale to farmers": the speaker, then whom it is said to
	}
	if ok && m.kind == KindUnknown && allIn(d.toks[m.lo:m.hi], lexPlaces) {
		return m, false // "Paris: …", "London: strikes 'will go on'": a dateline or a topic, no speaker
	}
	return m, ok && end == k && (m.named() || m.kind != KindUnknown)
}

// headlineClauseEnd is where the claim after a headline's colon at lo
// ends: at a semicolon that opens a second line (`Poll: races are tight;
// Candidates …`), at a lower-case subordinator after a quotation or a
// comma, which sets the scene of the claim (`Hale: 'We will win' as polls
// close`; a title-case "If" may be the claim's own), or at hi. A
// condition after a comma is the claim's own (`Hale: We will win, unless
// it rains`).
func (d *document) headlineClauseEnd(lo, hi int) int {
	for k := lo; k < hi; k++ {
		t := d.toks[k]
		if t.text == ";" && d.isNarration(k) {
			return k
		}
		if k > lo && t.is(fnFrontedSubordinator) && !t.cap && d.isNarration(k) && d.isCloseMark(k-1) {
			return k
		}
		if k > lo+1 && t.is(fnFrontedSubordinator) && !t.cap && d.isNarration(k) && d.toks[k-1].text == "," && t.lower != "if" && t.lower != "unless" {
			return k - 1
		}
	}
	return hi
}

// maxHeadlineLabelWords: a headline's label ("Market Update") is one
// word, or a word before its kind.
const maxHeadlineLabelWords = 2

// headlineLabel reports whether the words [lo, k) before a headline's
// colon label its kind ("Breaking", "Revealed", "Market Update").
func (d *document) headlineLabel(lo, k int) bool {
	return k-lo <= maxHeadlineLabelWords && d.toks[k-1].in(lexHeadlineLabels)
}

// quotedHeadline: `Minister 'will not back down' on tax`, `Mayor Sees
// 'Grave Error' …`: a quotation after its speaker (and cue).
func (d *document) quotedHeadline(lo, hi int) *found {
	toks := d.toks
	r := d.paraQ[0]
	for qi := r[0]; qi < r[1]; qi++ {
		q := d.quotes[qi]
		o := q.tokLo - 1
		if o >= hi {
			break // past the first line: the lead's quotation
		}
		if o-1 < lo || d.isTitle(qi) {
			continue
		}
		e, cue := o-1, span{}
		if isCue(toks[e]) && e-1 >= lo {
			cue = toks[e].span
			e--
		}
		if strings.HasSuffix(toks[e].lower, "'s") || strings.HasSuffix(toks[e].lower, "s'") {
			continue // "GOP's 'fear and gloom'": a label, not speech
		}
		// A name, or a role ("Minister 'will not back down'"); not any
		// words before the quote ("Rail users 'fed up'").
		if m, ok := d.npBefore(e, lo); ok && m.pronoun == "" && m.kind != KindUnknown && (m.named() && !d.pluralCommonOpener(m) || toks[m.hi-1].stem&lexRoleHeads != 0) && !d.holdsVerb(m) {
			d.claim(qi, ruleHeadline)
			return &found{segs: []span{q.content}, typ: TypeMixed, speaker: &m, cue: cue, para: 0, rule: ruleHeadline}
		}
	}
	return nil
}

// leadClaimHeadline: `Call centre users 'lose patience'`, `Millions 'to
// lose textile jobs'`: a headline that ends on a quoted predicate of its
// subject, with no frame and no speaker of its own, quotes the claim the
// story's lead attributes ("…, a survey suggests"): the whole line is the
// claim of the lead's first source, out's first attribution if it stands
// in the story's first paragraphs and its paragraph speaks of what the
// headline does.
func (d *document) leadClaimHeadline(out []found) *found {
	if !d.hasHeadline() || len(out) == 0 || out[0].para > maxLeadParagraph {
		return nil
	}
	lo, hi := d.paraToks[0][0], d.firstLineEnd()
	qi := d.quoteOfMark(hi - 1)
	if qi < 0 || d.claimed(qi) || d.isTitle(qi) || d.quotes[qi].tokLo-1 <= lo || d.toks[d.quotes[qi].tokLo].cap || d.toks[hi-2].kind != tokWord {
		return nil // no quotation ends the line, or it is a name, a sentence of its own, or a story's line with its full stop
	}
	for k := lo; k < d.quotes[qi].tokLo-1; k++ {
		if t := d.toks[k]; t.kind != tokWord || isPossessiveWord(t) || t.is(fnTo) || t.in(lexAuxiliaries) || d.pastForm(t) {
			// "bill's 'poison pills'": a label; "Council to build 'eco
			// homes'": the headline's own predicate, with a quoted object
			return nil
		}
	}
	lead := out[0]
	if lead.speaker == nil || lead.speaker.pronoun != "" || lead.resolution != "" || !d.sharesContentWord(lo, hi, lead.para) {
		return nil // an unrelated source ("Hale said fares would rise" under "Commuters 'lose patience'")
	}
	s, ok := d.contentSpan(lo, hi)
	if !ok {
		return nil
	}
	m := *lead.speaker
	d.claim(qi, ruleLeadClaim)
	return &found{segs: []span{s}, typ: TypeMixed, speaker: &m, para: 0, rule: ruleLeadClaim}
}

// minContentWord is the shortest word sharesContentWord compares, and
// contentPrefix the letters of its stem it compares ("digital" and
// "digitally", "call" and "callers" share them; "commuters" and
// "community" do not).
const (
	minContentWord = 4
	contentPrefix  = 6
)

// inflections are the endings contentWordKey strips, longest first.
var inflections = []string{"ers", "ing", "ed", "er", "es", "ly", "s"}

// sharesContentWord reports whether a content word of the tokens [lo, hi)
// shares its first letters with a word of paragraph p.
func (d *document) sharesContentWord(lo, hi, p int) bool {
	words := map[string]bool{}
	for k := lo; k < hi; k++ {
		if w, ok := d.contentWordKey(k); ok {
			words[w] = true
		}
	}
	for k := d.paraToks[p][0]; k < d.paraToks[p][1]; k++ {
		if w, ok := d.contentWordKey(k); ok && words[w] {
			return true
		}
	}
	return false
}

// contentWordKey is the first letters of the stem of the token at k
// (past one inflection) when it is a word no function list knows.
func (d *document) contentWordKey(k int) (string, bool) {
	t := d.toks[k]
	w := stemOf(t.lower)
	if t.kind != tokWord || len(w) < minContentWord || t.fn != 0 || t.in(lexAuxiliaries|lexDeterminers|lexSubjectPronouns) {
		return "", false
	}
	for _, suf := range inflections {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= minContentWord {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	return w[:min(len(w), contentPrefix)], true
}

// quotedEpithets narrows each report in the headline whose words are a
// quoted epithet before a name and nothing else ("Greer attacks 'bully'
// Big Brother") to the quoted words: the name is what the epithet is said
// of, not what was said.
func (d *document) quotedEpithets(out []found) {
	if !d.hasHeadline() {
		return
	}
	end := d.toks[d.firstLineEnd()-1].end
	for i := range out {
		f := &out[i]
		if f.para != 0 || f.typ != TypeMixed || len(f.segs) != 1 || f.segs[0].end > end {
			continue
		}
		lo, hi := d.tokIndex(f.segs[0].start), d.tokIndex(f.segs[0].end)
		if !d.isOpenMark(lo) {
			continue
		}
		qi := d.quoteOfMark(lo)
		if qi < 0 || d.quotes[qi].content.empty() || d.quotes[qi].tokHi+1 >= hi || !d.namesTo(d.quotes[qi].tokHi+1, hi) {
			continue
		}
		f.segs[0] = d.quotes[qi].content // still mixed: a quoted label (DESIGN.md)
	}
}

// maxEpithetName: the name after a headline's quoted epithet is short
// ("Big Brother"); a title-case line runs on into its clause ("'Bridge
// Wrecker' Tom Reilly Is Like …").
const maxEpithetName = 3

// namesTo reports whether the tokens [lo, hi) are a short name: at most
// maxEpithetName capitalised words.
func (d *document) namesTo(lo, hi int) bool {
	if hi-lo > maxEpithetName {
		return false
	}
	for k := lo; k < hi; k++ {
		if t := d.toks[k]; t.kind != tokWord || !t.cap {
			return false
		}
	}
	return true
}

// maxLeadParagraph: a BBC story may open on a scene and name the source of
// its headline's claim in the next paragraph.
const maxLeadParagraph = 2

// pluralCommonOpener reports whether named mention m is one capitalised
// word that opens its line ("Prisons 'days from running out of space'"),
// no known organisation's nor first name, that the article never writes
// with a capital inside a sentence and that is a plural common noun
// (pluralCommonNoun) or written in lower case itself: no one's name
// (commonWordOpener reads the same for a speaker, once entities are
// known).
func (d *document) pluralCommonOpener(m mention) bool {
	if m.hi != m.lo+1 || !d.opensSentence(m.lo) {
		return false
	}
	t := d.toks[m.lo]
	if _, ok := pluralNounStem(t.lower); !ok || t.in(lexKnownOrgs|lexGroupNouns|lexQuantities) || d.lex.firstName(t.lower) || capitalInside(t) {
		return false // ("NHS", "McInnes": a capital inside is a name's)
	}
	w := d.cases()
	if w.midCaps[t.text] {
		return false // "… said Tom Wells": a name
	}
	return w.lowerSeen[t.lower] || d.pluralCommonNoun(t)
}

// holdsVerb reports whether a title-case noun phrase holds a verb ("Star
// Milo Tench Is Set To Return"): it is a headline's clause, not its
// speaker.
func (d *document) holdsVerb(m mention) bool {
	for k := m.lo; k < m.hi; k++ {
		if d.toks[k].is(fnBe) || d.toks[k].is(fnTo) {
			return true
		}
	}
	return false
}

// Bounds of a transcript line: its label is at most maxTranscriptLabel
// capitalised words, and what follows it at least minTranscriptTokens.
const (
	maxTranscriptLabel  = 4
	minTranscriptTokens = 4
)

// transcriptTurns finds the transcript line of every paragraph (nil where
// there is none) and counts them.
func (d *document) transcriptTurns() ([]*found, int) {
	turns := make([]*found, len(d.paras))
	n := 0
	for p := range d.paras {
		turns[p] = d.transcript(p)
	}
	for p, f := range turns {
		if f == nil {
			continue
		}
		if d.sectionHead(turns, p) {
			turns[p] = nil
			continue
		}
		n++
	}
	return turns, n
}

// maxSectionHeadTokens: a labelled line this short, with no turn beside
// it, heads a section ("Ms Hale: Hold the suburbs."), not a turn.
const maxSectionHeadTokens = 7

// sectionHead reports whether the turn of paragraph p is a section head:
// a short labelled line with no labelled line before or after it, where
// a transcript's turns follow one another.
func (d *document) sectionHead(turns []*found, p int) bool {
	if p > 0 && turns[p-1] != nil || p+1 < len(turns) && turns[p+1] != nil {
		return false
	}
	return d.paraToks[p][1]-d.tokIndex(turns[p].cue.end) <= maxSectionHeadTokens
}

// transcript attributes a paragraph written as a transcript line,
// "HALE: Well, see, …": the label names the speaker of the rest.
func (d *document) transcript(p int) *found {
	if p == 0 {
		return nil
	}
	r := d.paraToks[p]
	lo, hi := r[0], r[1]
	if d.isOpenMark(lo) {
		lo++ // "HALE: …" inside quotation marks
	}
	for k := lo + 1; k < hi && k <= lo+maxTranscriptLabel; k++ {
		if d.toks[k].text != ":" {
			if t := d.toks[k]; !t.cap || t.in(lexStopCaps) {
				return nil
			}
			continue
		}
		if t := d.toks[lo]; !t.cap || t.in(lexStopCaps) || d.toks[k].end == d.paras[p].end {
			return nil
		}
		m := d.analyzeNP(lo, k)
		if !(m.named() || m.kind == KindPerson) {
			return nil
		}
		s, ok := d.contentSpan(k+1, hi)
		if !ok || hi-k < minTranscriptTokens {
			return nil
		}
		if d.toks[k].quote >= 0 {
			s.end = min(s.end, d.quotes[d.toks[k].quote].content.end)
		}
		return &found{segs: []span{s}, typ: d.headType(k+1, hi), speaker: &m, cue: d.toks[k].span, para: p, rule: ruleTranscript}
	}
	return nil
}

// headType is the type of a headline's or a transcript's content: direct
// when one quotation is all of it, mixed when it holds one.
// headContent is the content of a headline's words [lo, hi) and its type:
// inside the marks when one quotation is all of it (`Vane: 'I will not
// resign'` quotes "I will not resign"), else the words themselves.
func (d *document) headContent(lo, hi int) (span, string, bool) {
	typ := d.headType(lo, hi)
	if typ == TypeDirect {
		lo, hi = d.trimPunct(lo, hi)
		if qi := d.quoteOfMark(lo); qi >= 0 && d.isOpenMark(lo) && !d.quotes[qi].content.empty() {
			return d.quotes[qi].content, typ, true
		}
	}
	s, ok := d.contentSpan(lo, hi)
	return s, typ, ok
}

func (d *document) headType(lo, hi int) string {
	for k := lo; k < hi; k++ {
		if d.isOpenMark(k) {
			qi := d.quoteOfMark(k)
			if qi >= 0 && d.quotes[qi].tokLo-1 == lo && d.quotes[qi].tokHi+1 >= hi {
				return TypeDirect
			}
			return TypeMixed
		}
	}
	return TypeIndirect
}
