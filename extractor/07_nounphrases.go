package extractor

import "strings"

// Noun phrases: the speaker mentions around a cue. npBefore parses the
// phrase that ends at a token (the subject before a cue), npAfter the one
// that starts at a token (the subject after it, "said Zelnik"); both hand
// the phrase to analyzeNP, which splits it into role and name.

// npWord reports whether a token can stand inside a speaker noun phrase.
func npWord(t token) bool {
	if t.kind != tokWord {
		return false
	}
	if t.cap {
		return true
	}
	return t.in(lexRoleHeads|lexRoleModifiers|lexGroupNouns|lexGenericOrgNouns|lexOrgHeads|lexNameParticles) ||
		t.stem&(lexRoleHeads|lexGenericOrgNouns|lexOrgHeads) != 0
}

// npLink reports whether a token joins the parts of a role or an
// organisation's name ("Secretary of State", "spokesman for the ministry").
func npLink(t token) bool { return t.kind == tokWord && t.is(fnLink) || t.text == "&" }

// npHead reports whether a token can end a speaker noun phrase.
func npHead(t token) bool {
	if t.kind != tokWord {
		return false
	}
	if t.cap {
		return !t.in(lexStopCaps) || t.in(lexKnownOrgs)
	}
	return t.stem&(lexRoleHeads|lexGroupNouns|lexGenericOrgNouns|lexOrgHeads) != 0
}

// surnameTimeWord reports whether token k, a capitalised time word ("May",
// "June"), is a surname: a name word stands before it inside the sentence
// and no number or name follows ("Aung Kyaw May, 60, …"; not "on Friday
// May 5", "in early May").
func (d *document) surnameTimeWord(k int) bool {
	t := d.toks[k]
	if !t.cap || !d.lex.month(t.lower) || k < 1 {
		return false
	}
	if d.monthBeforeCue(k) {
		return true
	}
	if d.opensSentence(k) {
		return false
	}
	p := d.toks[k-1]
	if !(isNameWord(p) || p.cap && p.in(lexHonorifics)) || p.in(lexStopCaps|lexPlaces) || !d.isNarration(k-1) {
		return false // ("Mrs May": a surname after an honorific too)
	}
	if k+1 < len(d.toks) {
		n := d.toks[k+1]
		// ("Theresa May Friday": a day after the name says when)
		if n.cap && !n.in(lexTimeWords) || n.kind == tokWord && isDigitStart(n.text) {
			return false
		}
	}
	return true
}

// wordOfFirstName reports whether token j, a capitalised function or time
// word, is the first name of the name after it ("Will Carter said", "June
// Ross said").
func (d *document) wordOfFirstName(j int) bool {
	return d.auxiliaryFirstName(j) || d.monthFirstName(j) || d.titleFirstName(j)
}

// titleFirstName reports whether token j, a capitalised role word that is
// a given name too ("Dean", "Bishop"), is the first name of the name
// after it because a lower-case role stands right before it ("manager
// Dean Holt", "coach Dean Price"): a role does not take a title after it.
func (d *document) titleFirstName(j int) bool {
	toks := d.toks
	if j < 1 || j+1 >= len(toks) || !toks[j].cap || !toks[j].in(lexRoleHeads) || !d.lex.firstName(toks[j].lower) {
		return false
	}
	p, n := toks[j-1], toks[j+1]
	if !isNameWord(n) || n.in(lexStopCaps) {
		return false
	}
	if p.kind == tokWord && (!p.cap || d.opensSentence(j-1)) && p.stem&lexRoleHeads != 0 && d.isNarration(j-1) {
		return true
	}
	// "His father, Dean Clarke, said": after an apposition's comma, a
	// given name and one surname, no title of a name that goes on
	return p.text == "," && d.isNarration(j-1) && (j+2 >= len(toks) || !toks[j+2].cap)
}

// monthFirstName reports whether token k, a capitalised month ("June",
// "April", "May"), is a first name: a name word follows it ("June Ross
// said", "said April Cole") and no preposition, determiner, number or time
// word stands before it ("in June Ross won", "last May Cole said"). A day
// of the week is never one ("said Monday Reilly would go"), nor "Now".
func (d *document) monthFirstName(k int) bool {
	t := d.toks[k]
	if !t.cap || !d.lex.month(t.lower) || k+1 >= len(d.toks) || !d.isNarration(k) {
		return false
	}
	if n := d.toks[k+1]; !isNameWord(n) || n.in(lexStopCaps|lexPlaces) || !d.isNarration(k+1) {
		return false
	}
	if k == 0 {
		return true
	}
	p := d.toks[k-1]
	return p.kind != tokWord || !(p.in(lexPrepositions|lexModifierPreps|lexDeterminers|lexTimeWords|lexQuantities) || isDigitStart(p.text))
}

// monthBeforeCue reports whether the month at k stands alone right before
// a finite cue ("May said", "\"No,\" May told MPs"): a month says nothing,
// so it is the surname; not after a preposition or a determiner ("in May
// said", "last May told"), where it is when.
func (d *document) monthBeforeCue(k int) bool {
	if k+1 >= len(d.toks) || !d.isNarration(k) || !d.finiteCue(d.toks[k+1]) {
		return false
	}
	p := d.toks[k-1]
	return p.kind != tokWord || !p.in(lexPrepositions|lexModifierPreps|lexDeterminers|lexTimeWords)
}

// monthAfterCue reports whether the phrase toks[s:j] after a cue is one
// month that ends the clause ("\"No,\" said May."): the surname of the
// speaker; "said May 5" has a number, "said in May" a preposition.
func (d *document) monthAfterCue(s, j int) bool {
	t := d.toks[s]
	if j != s+1 || !t.cap || !d.lex.month(t.lower) || s < 1 || !isCue(d.toks[s-1]) {
		return false
	}
	return j == len(d.toks) || d.toks[j].text == "." || d.toks[j].text == ","
}

// monthSurname reports whether the name run toks[n:hi] is one month that
// is a surname ("May said", "said May."): a person, not a time.
func (d *document) monthSurname(n, hi int) bool {
	return n == hi-1 && (d.surnameTimeWord(n) || d.monthAfterCue(n, hi))
}

// Bounds of a speaker noun phrase, in tokens.
const (
	// maxNPTokens: the longest speaker phrase ("the former deputy
	// minister of state for trade and regional affairs").
	maxNPTokens = 14
	// maxPartyTokens: the longest parenthesis after a name ("(D-Wis.)").
	maxPartyTokens = 8
	// maxDescriptorWords: how many words a determiner may stand before
	// the unknown head of a descriptor ("the ad's narrator").
	maxDescriptorWords = 3
)

// npBefore parses the noun phrase that ends at token e (inclusive), not
// reaching before lo. It returns the mention and whether one was found.
func (d *document) npBefore(e, lo int) (mention, bool) {
	toks := d.toks
	if e < lo || !d.isNarration(e) {
		return mention{}, false
	}
	t := toks[e]
	if t.kind == tokWord && t.in(lexSubjectPronouns) {
		return mention{lo: e, hi: e + 1, pronoun: t.lower, kind: pronounKind(t.lower)}, true
	}
	if t.text == ")" {
		return d.partyBefore(e, lo)
	}
	if m, ok := d.parentOfCount(e, lo); ok {
		return m, true
	}
	if m, ok := d.participleModified(e, lo); ok {
		return m, true
	}
	if m, ok := d.rankedBefore(e, lo); ok {
		return m, true // "The world number one said": a rank, no count
	}
	if m, ok := d.quantityBefore(e, lo); ok {
		return m, true
	}
	numbered := d.numberedName(e, lo) // "Channel 4 said", "No 10 said"
	if !npHead(t) && !d.surnameTimeWord(e) && !numbered && !d.stopCapSubject(e) {
		return d.descriptorBefore(e, lo)
	}
	j := d.npStart(e, lo)
	// Sentence-initial function words written with a capital ("But Hale
	// said") are not part of the phrase.
	for j < e && !(numbered && j+1 == e) && toks[j].cap && (toks[j].in(lexStopCaps) && !toks[j].in(lexDeterminers) && !d.wordOfFirstName(j) || d.isQuantity(j) && isNameWord(toks[j+1]) && !toks[j+1].in(lexGroupNouns) || d.openingAdverb(j) || d.gerundBeforeName(j)) {
		j++ // "Six Hale supporters", "Neither Ann Cole nor …", "Even Tom Reilly", "Citing Anna Berg"
	}
	for j < e && (npLink(toks[j]) || toks[j].kind == tokWord && toks[j].is(fnRelative)) {
		j++ // "whose chairman Sir Andrew Green": the relative is no part of the role
	}
	m := d.analyzeNP(j, e+1)
	if o, ok := d.placeOfAffiliated(m, lo); ok {
		return o, true
	}
	return m, true
}

// maxPlaceModifiers is how many lower-case words placeOfAffiliated reads
// between "in" and a place ("in rural Somerset").
const maxPlaceModifiers = 2

// placeOfAffiliated is the unnamed person or group whose affiliation
// ends right before "in" or "at" and place m ("Researchers at Monash
// University in Melbourne", "Economists at Deutsche Bank in London"):
// the place says where they work, and is no speaker; the role runs on
// over it.
func (d *document) placeOfAffiliated(m mention, lo int) (mention, bool) {
	toks := d.toks
	p := m.lo - 1
	for p > lo && m.lo-p <= maxPlaceModifiers && toks[p].kind == tokWord && !toks[p].cap && !placePreposition(toks[p].lower) && toks[p].fn == 0 && !isCue(toks[p]) {
		p-- // "Residents in rural Somerset"
	}
	if p-1 < lo || !m.named() || m.kind == KindOrganization || !m.role.empty() || !placePreposition(toks[p].lower) || toks[p].cap || !d.isNarration(p) || !toks[p-1].cap && !toks[p-1].in(lexGroupNouns) {
		return mention{}, false
	}
	o, ok := d.npBefore(p-1, lo)
	if !ok || o.named() || o.role.empty() || o.kind != KindPerson && o.kind != KindGroup || o.hi != p {
		return mention{}, false
	}
	o.hi = m.hi
	o.role.end = toks[m.hi-1].end
	return o, true
}

// participleModified parses a description of a person, a group or a
// firm that an "-ing" participle and its object modify, ending at e right
// before a cue ("The lawyer representing the family said", "The firm
// building the pier said"): the whole phrase speaks, and it is a
// person's or a group's role; the object alone ("the family") had been
// read as the speaker. ("during", "following" are prepositions: "The
// driver during the race said" is the driver named before.)
func (d *document) participleModified(e, lo int) (mention, bool) {
	toks := d.toks
	if e+1 >= len(toks) || !isCue(toks[e+1]) || toks[e+1].cap || toks[e].is(fnRelative|fnComplementizer) {
		return mention{}, false // (not "an ad targeting Iowa that attacks": the relative speaks)
	}
	j := d.npStart(e, lo) // the object
	p := j - 1            // the participle
	if p-1 < lo || j > e || !d.isNarration(p) || !isParticiple(toks[p]) || !strings.HasSuffix(toks[p].lower, "ing") || isCue(toks[p]) || toks[p].in(lexPrepositions|lexModifierPreps) {
		return mention{}, false
	}
	if o := toks[j]; !o.in(lexDeterminers|lexPossessiveDeterminers) && !o.cap {
		return mention{}, false // (an object a determiner or a name opens)
	}
	h := toks[p-1] // the head the participle modifies
	if h.kind != tokWord || h.cap || !d.isNarration(p-1) || h.stem&(lexRoleHeads|lexPersonNouns|lexGroupNouns|lexGenericOrgNouns) == 0 && !isPluralRoleHead(d.lex, h.lower) {
		return mention{}, false
	}
	k := d.npStart(p-1, lo)
	outer := d.analyzeNP(k, p)
	if outer.named() || outer.pronoun != "" || outer.kind != KindPerson && outer.kind != KindGroup && outer.kind != KindOrganization {
		return mention{}, false
	}
	if k != lo && !toks[k].in(lexDeterminers) && !d.opensSentence(k) {
		return mention{}, false // (a phrase that opens its clause)
	}
	m := mention{lo: k, hi: e + 1, kind: outer.kind, indefinite: outer.indefinite}
	if outer.kind == KindOrganization {
		return m, true // ("The firm building the pier said": an organisation by its kind, as "the firm" is)
	}
	r := k
	if toks[k].in(lexDeterminers) {
		r++
	}
	m.role = span{toks[r].start, toks[e].end}
	return m, true
}

// maxCountWords is how many words may follow the count of a
// parentOfCount phrase ("three young children").
const maxCountWords = 2

// parentOfCount parses a person described by how many children they have,
// ending at e: a determiner, modifiers, a person noun with a gender, "of"
// and a count, with the children named or not ("the mother of three", "a
// father of two young sons", "the grieving grandmother of five"), or the
// hyphened noun ("the father-of-two"). The phrase is the role. (The count
// had read as a group, or the children as the speaker.)
func (d *document) parentOfCount(e, lo int) (mention, bool) {
	toks := d.toks
	n := e // the person noun
	if t := toks[e]; !d.parentOfCountWord(t) {
		c := e
		for c > lo && e-c < maxCountWords && !d.isQuantity(c) && toks[c].kind == tokWord && !toks[c].cap && !isCue(toks[c]) {
			c--
		}
		if !d.isQuantity(c) || c-2 < lo || !toks[c-1].is(fnOf) || toks[c].cap && !isDigitStart(toks[c].text) {
			return mention{}, false
		}
		n = c - 2
		if p := toks[n]; p.kind != tokWord || p.cap || !p.in(lexPersonNouns) || genderOf(d.lex, []string{p.lower}) == genderUnknown {
			return mention{}, false
		}
	}
	s := n - 1
	for s >= lo && n-s <= maxDescriptorWords && d.isNarration(s) && toks[s].kind == tokWord && !toks[s].cap && !toks[s].in(lexDeterminers) && !isCue(toks[s]) && !toks[s].in(lexPrepositions) {
		s-- // ("the grieving mother of three")
	}
	if s < lo || !d.isNarration(s) || !toks[s].in(lexDeterminers) || toks[s].in(lexPossessiveDeterminers) {
		return mention{}, false
	}
	for k := s + 1; k <= e; k++ {
		if !d.isNarration(k) {
			return mention{}, false
		}
	}
	m := mention{lo: s, hi: e + 1, kind: KindPerson, indefinite: toks[s].is(fnIndefinite)}
	m.role = span{toks[s+1].start, toks[e].end}
	return m, true
}

// parentOfCountWord reports whether t is a hyphened person noun with a
// gender, "of" and a count ("father-of-two", "mother-of-three").
func (d *document) parentOfCountWord(t token) bool {
	if t.kind != tokWord || t.cap {
		return false
	}
	p, rest, ok := strings.Cut(t.lower, "-of-")
	if !ok || rest == "" || !d.lex.is(p, lexPersonNouns) || genderOf(d.lex, []string{p}) == genderUnknown {
		return false
	}
	return isDigitStart(rest) || d.lex.is(rest, lexQuantities)
}

// rankNumeral reports whether token k is the numeral of a rank, in lower
// case after the ranking noun ("number one", "number 2"): it ends the
// rank's description.
func (d *document) rankNumeral(k int) bool {
	t := &d.toks[k]
	// (the word before is tested before isQuantity: descriptionEnd asks
	// this of every token, and few follow "number")
	return k >= 1 && t.kind == tokWord && !t.cap && d.toks[k-1].lower == rankingNoun && !d.toks[k-1].cap && d.isQuantity(k)
}

// maxRankModifiers is how many words may stand between "the" and the
// "number" of a rank ("the British women's number one").
const maxRankModifiers = 4

// rankedBefore is the description of a person by their rank that ends
// at e: "the" and modifiers, "number" and a numeral ("The world number
// one", "the British number two"), a role with no name; ok is false for
// anything else ("one said" counts people).
func (d *document) rankedBefore(e, lo int) (mention, bool) {
	toks := d.toks
	t := toks[e]
	if e-2 < lo || !d.rankNumeral(e) {
		return mention{}, false
	}
	for k := e - 2; k >= lo && e-k <= maxRankModifiers+1 && d.isNarration(k); k-- {
		w := toks[k]
		if w.kind != tokWord || isCue(w) {
			return mention{}, false
		}
		if w.is(fnDefinite) {
			return mention{lo: k, hi: e + 1, kind: KindPerson, role: span{toks[k+1].start, t.end}}, true
		}
	}
	return mention{}, false
}

// openingAdverb reports whether token j, written with a capital, is an
// adverb, a preposition or "whether" that opens its sentence before a
// capitalised word ("Even Tom Reilly", "Despite Ann Cole's win",
// "Among Democrats"): no word of the name after it.
func (d *document) openingAdverb(j int) bool {
	t := d.toks[j]
	if j+1 < len(d.toks) && t.in(lexRoleModifiers) && d.toks[j+1].cap && d.toks[j+1].in(lexRoleHeads) {
		return false // "First Minister Ewan Muir": the adverb's word is the title's
	}
	if j+1 < len(d.toks) && d.lex.ordinals[t.lower] && isNameWord(d.toks[j+1]) && !d.lex.firstName(d.toks[j+1].lower) {
		return false // "First Bus said": an ordinal before a name word that is no first name opens a firm's name (lexicon/ordinals); "First Ann Cole spoke" is the adverb
	}
	return t.kind == tokWord && t.in(lexVerbModifiers|lexPrepositions|lexClauseOpeners) && j+1 < len(d.toks) && d.toks[j+1].cap && d.opensSentence(j) && !d.auxiliaryFirstName(j)
}

// maxNameWords bounds the name after an auxiliary that auxiliaryFirstName
// reads.
const maxNameWords = 4

// auxiliaryFirstName reports whether the auxiliary at j, which opens its
// sentence, is the first word of the name after it: one that is a given
// name too (lexicon/auxiliary-names) and a finite cue follows the name
// ("Will Carter said", "Can Ozkan wrote"), where a modal would stand
// before a bare verb ("Will Carter say so?"). "Has", "Had", "Is" open a
// question or a condition ("Has Ann Cole said anything?").
func (d *document) auxiliaryFirstName(j int) bool {
	if !d.toks[j].in(lexAuxiliaries) || !d.lex.auxiliaryNames[d.toks[j].lower] || !d.opensSentence(j) {
		return false
	}
	k := j + 1
	for k < len(d.toks) && k <= j+maxNameWords && isNameWord(d.toks[k]) {
		k++
	}
	if k == j+1 {
		return false
	}
	k = d.pastAppositive(k, len(d.toks)) // "Will Carter, the mayor, said"
	return k < len(d.toks) && d.finiteCue(d.toks[k])
}

// gerundOpener reports whether token j is a participle in -ing that opens
// its sentence before a preposition, a determiner or an object pronoun
// ("Speaking to reporters", "Addressing the rally", "Thanking her"), or
// before an adverb in -ly and one of those ("Smiling broadly at the
// crowd"), or an adverb in -ly before such a participle ("Hastily
// blaming the weather"): the capital is the sentence's, and the word no
// name ("Fleming said", "Beijing has", "Kelly said"). A first name is a
// name's ("Irving", "Beverly").
func (d *document) gerundOpener(j int) bool {
	t := d.toks[j]
	if t.kind != tokWord || !t.cap || len(t.lower) < 5 || t.in(lexPlaces) || d.lex.firstName(t.lower) || j+2 >= len(d.toks) || !d.opensSentence(j) {
		return false
	}
	n, a := d.toks[j+1], d.toks[j+2]
	if n.kind != tokWord || n.cap {
		return false
	}
	switch {
	case strings.HasSuffix(t.lower, "ing"):
		// "Smiling broadly throughout …": an adverb, then the phrase it
		// modifies
		adverb := strings.HasSuffix(n.lower, "ly") && len(n.lower) > minAdverbLen && !npWord(n)
		return n.in(lexPrepositions|lexDeterminers|lexObjectPronouns) || adverb && a.kind == tokWord && !a.cap && a.in(lexPrepositions|lexDeterminers|lexObjectPronouns)
	case strings.HasSuffix(t.lower, "ly") && len(t.lower) > minAdverbLen:
		// "Hastily blaming the weather, …": an adverb before its participle
		return strings.HasSuffix(n.lower, "ing") && len(n.lower) >= 5 && !isCue(n) && a.kind == tokWord && !a.cap && a.in(lexPrepositions|lexDeterminers|lexObjectPronouns|lexPossessiveDeterminers)
	}
	return false
}

// gerundBeforeName reports whether token j is a verb in -ing that opens
// its sentence right before a first name, an honorific or a title
// ("Citing Anna Berg, …", "Quoting Gov. Tom Reilly, …", "Entrusting Walt
// Pellow with …"): the capital is the sentence's, and the verb no word of
// the name after it. A first name or a place in -ing ("Irving Cole",
// "Reading") is a name's.
func (d *document) gerundBeforeName(j int) bool {
	t := d.toks[j]
	if t.kind != tokWord || !t.cap || len(t.lower) < 5 || !strings.HasSuffix(t.lower, "ing") || t.in(lexPlaces|lexKnownOrgs|lexOrgHeads) || d.lex.firstName(t.lower) || j+1 >= len(d.toks) || !d.opensSentence(j) {
		return false
	}
	n := d.toks[j+1]
	return n.kind == tokWord && n.cap && (d.lex.firstName(n.lower) || n.in(lexHonorifics|lexNameTitles) || n.stem&lexRoleHeads != 0)
}

// maxPartitiveTokens: how far back from its head the "of" of a
// partitive may stand ("Some of the young women").
const maxPartitiveTokens = 4

// quantityBefore parses a quantity of people that ends at e: "46
// percent", "About three in 10", "Two-thirds", "Some of the women", "one
// of four jurors", "None of those five". It is a group with no name, an
// unnamed source.
func (d *document) quantityBefore(e, lo int) (mention, bool) {
	q := d.quantityHead(e, lo)
	if q < 0 {
		return mention{}, false
	}
	s, ok := d.quantityStart(q, lo)
	if !ok {
		return mention{}, false
	}
	m := mention{lo: s, hi: e + 1, kind: KindGroup, indefinite: true}
	if r := q + 2; r <= e && d.toks[q+1].is(fnOf) {
		// "Some of the party's operatives": the group is of operatives,
		// its role; a share of a poll's voters has none
		// (lexicon/poll-respondents).
		for r < e && d.toks[r].in(lexDeterminers) {
			r++
		}
		if h := d.toks[e]; h.kind == tokWord && !h.cap && !d.lex.pollRespondents[h.lower] && (h.stem&lexRoleHeads != 0 || isPluralRoleHead(d.lex, h.lower)) {
			m.role = span{d.toks[r].start, h.end}
		}
	}
	return m, true
}

// quantityHead is the token of the quantity a phrase ending at e counts
// with ("46 percent", "three in 10", "Some of the women"), or -1.
func (d *document) quantityHead(e, lo int) int {
	toks := d.toks
	switch {
	case d.isQuantity(e) && (toks[e].kind != tokWord || !isDigitStart(toks[e].text)):
		return e
	case d.bareCount(e, lo):
		return e // "…, 39 have said they back Cole": the count of a tally
	case isDigitStart(toks[e].text) && e-2 >= lo && toks[e-1].is(fnIn) && d.isQuantity(e-2):
		return e // "three in 10"
	}
	for k := e - 1; k > lo && e-k <= maxPartitiveTokens; k-- {
		t := toks[k]
		if !d.isNarration(k) || t.kind != tokWord || isCue(t) || t.is(fnRelative|fnComplementizer|fnBe) || t.in(lexAuxiliaries) {
			break // (not "Some of the organisers have been": no verb in the phrase)
		}
		if t.is(fnOf) {
			if d.isQuantity(k - 1) {
				return k - 1
			}
			break
		}
	}
	return -1
}

// bareCount reports whether the digits at e, after a comma or "and",
// "while", "but", "whereas" that turns a tally to its next figure, count people: "520
// delegates have said they back Hale, 39 have said they back Cole and 160
// are undecided", "…, 43 said the same of Cole": a cue or an auxiliary
// follows the digits. Not a year ("…, 2015 was …"), nor an age ("Harry
// Bond, 62, said").
func (d *document) bareCount(e, lo int) bool {
	toks := d.toks
	t := toks[e]
	if e-1 < lo || t.kind != tokWord || !isDigits(strings.ReplaceAll(t.text, ",", "")) || len(t.text) == 4 && (strings.HasPrefix(t.text, "19") || strings.HasPrefix(t.text, "20")) || !d.isNarration(e-1) {
		return false
	}
	if e+1 >= len(toks) || !d.isNarration(e+1) || !(isCue(toks[e+1]) || toks[e+1].in(lexAuxiliaries)) || toks[e+1].cap {
		return false // ("Harry Bond, 62, said": an age, no count)
	}
	p := toks[e-1]
	return p.text == "," || p.kind == tokWord && !p.cap && (p.is(fnAnd) || p.lower == "while" || p.lower == "but" || p.lower == "whereas")
}

// quantityStart walks back from the quantity at q over the words that
// belong to it ("About", "a majority", "the other half") and reports
// whether the quantity stands alone: after punctuation or a conjunction,
// not inside a longer phrase ("his 31 percent tally", "to bring most of
// those plants back").
func (d *document) quantityStart(q, lo int) (int, bool) {
	toks := d.toks
	s := q
	for s-1 >= lo && d.isNarration(s-1) {
		p := toks[s-1]
		switch {
		case d.isQuantity(s-1) || p.kind == tokWord && p.is(fnApproximator):
			s--
		case p.is(fnIn) && s-2 >= lo && d.isQuantity(s-2):
			s -= 2
		case p.in(lexDeterminers) && !isDigitStart(toks[s].text):
			s-- // "a majority", "the other half"
		default:
			return s, !d.isNarration(s-1) || p.kind != tokWord || p.in(lexConjunctions) || s-1 == lo && p.cap && p.in(lexStopCaps)
		}
	}
	return s, true
}

// isQuantity reports whether token k counts or measures: a number, a
// quantity word (lexicon/quantities) or "%".
func (d *document) isQuantity(k int) bool {
	t := &d.toks[k]
	if t.in(lexQuantities) || t.text == "%" || t.kind == tokWord && isDigitStart(t.text) {
		return true
	}
	if t.kind != tokWord || strings.IndexByte(t.lower, '-') < 0 {
		return false
	}
	for w := range strings.SplitSeq(t.lower, "-") { // "forty-six" (no slice of the parts)
		if !d.lex.is(w, lexQuantities) {
			return false
		}
	}
	return true
}

// partyBefore parses "Rep. Lena Hollis (D-Wis.)" ending at the ")" at e:
// the parenthesis goes with the name.
func (d *document) partyBefore(e, lo int) (mention, bool) {
	toks := d.toks
	for k := e - 1; k > lo && e-k < maxPartyTokens; k-- {
		if toks[k].text == "(" {
			m, ok := d.npBefore(k-1, lo)
			if ok && m.named() {
				m.hi = e + 1
				if d.partyWords(k, e) {
					m.party = span{toks[k].start, toks[e].end}
				}
				return m, true
			}
			break
		}
	}
	return mention{}, false
}

// npStart walks back from the head at e over the words of its phrase.
func (d *document) npStart(e, lo int) int {
	toks := d.toks
	j := e
	for j > lo && e-j < maxNPTokens {
		p := toks[j-1]
		if !d.isNarration(j-1) || d.lineBreakBefore(j) {
			break // ("Harbour plans¶Tom Reilly": a phrase never runs over a line break)
		}
		if r := d.relationBefore(j, lo); r >= 0 {
			j = r // "an ally of Tom Hale", "a relative of one of the miners"
			continue
		}
		if p.in(lexDeterminers) && p.kind == tokWord && !d.determinerInName(j-1, lo) {
			// "a spokesman for the ministry": a determiner after a link word
			// belongs to the inner phrase.
			if j-3 >= lo && (npLink(toks[j-2]) || d.roleTo(j-2)) && !d.titleCaseLink(j-2) && npWord(toks[j-3]) && !toks[j-2].is(fnAnd) {
				j -= 2
				continue
			}
			// "Former world number one Lars Brenner": a count after a role
			// noun is part of the role.
			if j-2 >= lo && !toks[j-2].cap && toks[j-2].stem&lexRoleHeads != 0 && d.isQuantity(j-1) && d.isNarration(j-2) {
				j--
				continue
			}
			if d.determinerInWorkTitle(j-1, lo) {
				j-- // "the singer of Down the Line": the title's own "the"
				continue
			}
			return j - 1
		}
		if l := d.linkBeforeCount(j-1, lo); l >= 0 {
			j = l // "the leaders of both unions", "lawyers for the two men"
			continue
		}
		if d.titleCaseLink(j - 1) {
			break // "… Between Ann Cole And Senator Tom Reilly": a headline's words
		}
		if d.verbBeforeTitle(j-1, lo) {
			break // "The festival included singer Jo Marr": the verb is no word of the role
		}
		if d.phraseWordBefore(j, lo, e) {
			j--
			continue
		}
		if j-2 >= lo && toks[j-1].is(fnAnd) && !toks[j-1].cap && d.departmentAnd(j-1, e+1) {
			j -= 2 // "Work and Pensions Secretary Liz Kendrew": the title's fields
			for j-2 >= lo && toks[j-1].text == "," && d.lex.departmentWords[toks[j-2].lower] && toks[j-2].cap == toks[j].cap && d.isNarration(j-1) {
				j -= 2 // "Culture, Media and Sport Secretary": a list of them
			}
			continue
		}
		break
	}
	return j
}

// verbBeforeTitle reports whether the lower-case word at k, in "-ed"
// and no role's modifier, is the past verb of a clause whose subject is
// the noun before it ("The festival included singer Jo Marr", "The band
// hired drummer Tom Hale"): its object is the titled name after it, and
// the verb is no word of the title. A participle that describes the
// person stands after a determiner or opens the phrase ("the acclaimed
// singer", "Jailed poet Tom Hale").
func (d *document) verbBeforeTitle(k, lo int) bool {
	toks := d.toks
	if k-1 < lo || k+1 >= len(toks) {
		return false
	}
	v, q := toks[k], toks[k-1]
	if v.kind != tokWord || v.cap || !strings.HasSuffix(v.lower, "ed") || v.in(lexRoleModifiers) || v.stem&lexRoleHeads != 0 || !d.isNarration(k) {
		return false
	}
	return q.kind == tokWord && !q.cap && q.fn == 0 && !isCue(q) && !q.in(lexDeterminers|lexRoleModifiers|lexQuantities|lexPrepositions|lexConjunctions|lexAuxiliaries) && q.stem&lexRoleHeads == 0 && !strings.HasSuffix(q.lower, "ly") && !strings.HasSuffix(q.lower, "ed") && !strings.Contains(q.lower, "-")
}

// determinerInWorkTitle reports whether the lower-case determiner at k
// stands inside the title of a work after a maker's role and its "of"
// (lexicon/maker-roles: "the singer of Down the Line", "the author
// of Under the Net"): capitalised words before it back to the "of", one
// after it. A title keeps its small words in lower case, and the phrase
// is the maker's description, not "the Night".
func (d *document) determinerInWorkTitle(k, lo int) bool {
	toks := d.toks
	if k+1 >= len(toks) || toks[k].cap || toks[k].in(lexPossessiveDeterminers) || !toks[k+1].cap || toks[k+1].kind != tokWord {
		return false
	}
	i := k - 1
	for i >= lo && k-i <= maxNameWords && toks[i].kind == tokWord && toks[i].cap && d.isNarration(i) {
		i--
	}
	return i < k-1 && i-1 >= lo && toks[i].is(fnOf) && !toks[i].cap && d.lex.makerRoles[toks[i-1].lower]
}

// determinerInName reports whether the determiner at k, written with a
// capital, stands between two capitalised words of one name, after the
// phrase's first word ("The Save Our Fields group", "Keep Your Park"): a
// campaign's or a title's name in title case, whose determiner opens no
// phrase of its own (a sentence's opening "Our" has no name word before
// it; a cue, a stop word or a possessive before it is no name's: "ABC's
// This Week"; nor is a headline's in title case).
func (d *document) determinerInName(k, lo int) bool {
	toks := d.toks
	if k-1 < lo || k+1 >= len(toks) || !toks[k].cap || toks[k].kind != tokWord || !toks[k].in(lexDeterminers) {
		return false
	}
	p, n := toks[k-1], toks[k+1]
	if p.kind != tokWord || !p.cap || isPossessiveWord(p) || p.in(lexStopCaps|lexDeterminers) || isCue(p) || !isNameWord(n) || n.in(lexStopCaps) || !d.isNarration(k-1) {
		return false
	}
	return !d.titleCaseUnit(d.unitAt(k)) // (a headline in title case capitalises every word: "Enter The Post")
}

// relationBefore is the relation noun (lexicon/relation-heads) whose
// link word ("of", "at", "for", "to") opens the inner phrase at j, itself
// or after its determiner or "one of the" ("an ally of Tom Hale", "the
// wife of the jailed poet", "a relative of one of the miners"): the
// relation heads the phrase; else -1.
func (d *document) relationBefore(j, lo int) int {
	toks := d.toks
	k := j - 1
	if k > lo && toks[k].kind == tokWord && !toks[k].cap && toks[k].in(lexDeterminers) && d.isNarration(k) {
		k--
	}
	if k-1 > lo && toks[k].is(fnOf) && !toks[k].cap && !toks[k-1].cap && d.isQuantity(k-1) && d.isNarration(k-1) {
		k -= 2 // "of one of the miners"
	}
	if k-1 >= lo && d.relationLink(k) {
		return k - 1
	}
	return -1
}

// relationLink reports whether token k is the lower-case link word of a
// relation noun before it, in the singular or the plural
// (lexicon/relation-heads: "ally of", "wife of", "friend to", "widows
// of"); a plural may open the sentence ("Cousins of the victim said":
// no surname), a singular there titles a name ("Friend of the family
// Tom Hale said").
func (d *document) relationLink(k int) bool {
	toks := d.toks
	if k < 1 || k+1 >= len(toks) {
		return false
	}
	l, r := toks[k], toks[k-1]
	if (l.is(fnTo) || l.lower == "at") && !d.namedAfterLink(k+1) {
		return false // "said his wife to reporters", "Tom Hale's son at the funeral": a hearer, a place
	}
	return (l.is(fnRoleLink) || l.is(fnTo)) && !l.cap && l.kind == tokWord && r.kind == tokWord && (!r.cap || d.opensSentence(k-1) && !d.lex.relationHeads[r.lower]) && d.relationNoun(r.lower) && d.isNarration(k) && d.isNarration(k-1)
}

// namedAfterLink reports whether a name, or a determiner and a name or
// its modifier, opens the words at k after a relation's "to" or "at" ("an
// heir to the shipping fortune", "a partner at Harlow Legal"): not a
// bare plural or a common noun alone ("to reporters", "at the funeral").
func (d *document) namedAfterLink(k int) bool {
	toks := d.toks
	if k >= len(toks) || toks[k].kind != tokWord {
		return false
	}
	if toks[k].cap {
		return true
	}
	if !toks[k].in(lexDeterminers|lexPossessiveDeterminers) || k+2 >= len(toks) {
		return false
	}
	n, h := toks[k+1], toks[k+2]
	return n.kind == tokWord && (n.cap || h.kind == tokWord && d.isNarration(k+2) && !isCue(h) && !h.in(lexPrepositions|lexConjunctions|lexAuxiliaries|lexVerbModifiers) && h.fn == 0)
}

// phraseWordBefore reports whether the token before j belongs to the
// noun phrase whose head is e: a word of the phrase, a place's
// possessive, a role's modifier, a link inside the phrase, a number or
// year of a name, a plural title or an age.
func (d *document) phraseWordBefore(j, lo, e int) bool {
	return npWord(d.toks[j-1]) || j-2 >= lo && d.roleTo(j-1) || d.placePossessive(j-1, e) || d.roleNounModifier(j, lo) || d.linksPhrase(j, lo, e) || d.numberInName(j, lo) || d.pluralTitle(j-1) || d.yearInPhrase(j-1, lo) || d.ageBeforeModifier(j, lo)
}

// roleTo reports whether token k is the "to" of a role that names whom
// it serves ("Advisers to Mr. Hale", "an aide to the governor", "envoy
// to Beijing", "an aide to former President Tom Hale"): a role noun
// before it, and a name, a determiner or a role's modifier and a name
// after it (not an infinitive: "aides to handle the press").
func (d *document) roleTo(k int) bool {
	toks := d.toks
	if k < 1 || k+1 >= len(toks) || !toks[k].is(fnTo) || toks[k].cap || !d.isNarration(k) || !d.isNarration(k+1) {
		return false
	}
	r, n := toks[k-1], toks[k+1]
	if r.kind != tokWord || r.stem&lexRoleHeads == 0 && !isPluralRoleHead(d.lex, r.lower) || r.cap && !d.opensSentence(k-1) || isPossessiveWord(r) {
		return false
	}
	if k+2 < len(toks) && n.stem&lexPlaces != 0 && toks[k+2].cap && toks[k+2].kind == tokWord {
		return false // "Ambassador to Russia John Tefft": a title before a name
	}
	if n.kind == tokWord && !n.cap && n.in(lexRoleModifiers) && !n.in(lexDeterminers) && k+2 < len(toks) && toks[k+2].cap && toks[k+2].kind == tokWord && d.isNarration(k+2) {
		return true // "an aide to former President Tom Hale": the title's modifier
	}
	return n.kind == tokWord && (n.cap && !n.in(lexStopCaps) || n.in(lexDeterminers) && !n.in(lexQuantities))
}

// linkBeforeCount is the role link ("of", "for", "at") before a
// lower-case count at k, itself alone or after a determiner or another
// count ("of both unions", "for the two clubs", "of all three
// schools"), when a noun of the phrase stands before the link and a
// lower-case word after the count (not a headline's "for 2nd Term");
// else -1. The count opens the inner phrase as a determiner does.
func (d *document) linkBeforeCount(k, lo int) int {
	toks := d.toks
	if k-2 < lo || k+1 >= len(toks) || toks[k].kind != tokWord || toks[k].cap || toks[k+1].cap || !d.isQuantity(k) {
		return -1
	}
	l := k - 1
	if p := toks[l]; p.kind == tokWord && !p.cap && (p.in(lexDeterminers) && !p.in(lexPossessiveDeterminers) || d.isQuantity(l)) {
		l--
	}
	if l-1 < lo || !toks[l].is(fnRoleLink) || !npWord(toks[l-1]) || !d.isNarration(l-1) {
		return -1
	}
	return l
}

// ageBeforeModifier reports whether the word before j is an age and
// the capitalised word at j a party or nationality that heads the phrase
// alone after a determiner ("the 52-year-old Scot", "a 45-year-old
// Republican"), or a country before a lower-case role head ("the
// 47-year-old Irish singer"): the age is part of the description.
func (d *document) ageBeforeModifier(j, lo int) bool {
	toks := d.toks
	if j-2 < lo || !isAgeNoun(toks[j-1]) || !toks[j].cap || !toks[j-2].in(lexDeterminers) {
		return false
	}
	if toks[j].in(lexRoleModifiers) {
		return true
	}
	return (toks[j].stem&lexPlaces != 0 || d.nationWord(toks[j].lower) != "") && j+1 < len(toks) && !toks[j+1].cap && toks[j+1].kind == tokWord && toks[j+1].stem&lexRoleHeads != 0
}

// placePossessive reports whether token k, before the head at e, is the
// possessive of a lower-case place word after "the" ("the nation's
// largest farm lobby", "the city's biggest employer"): part of the
// phrase.
func (d *document) placePossessive(k, e int) bool {
	t := d.toks[k]
	return k > 0 && k < e && !t.cap && isPossessiveWord(t) && t.stem&lexJurisdictions != 0 && d.toks[k-1].is(fnDefinite)
}

// numberInName reports whether the number before j is part of the name
// of an organisation between capitalised words ("Teamsters Local 10
// President Ray Dominguez", "BBC Radio 5 presenter"), not a year or a
// count before the phrase ("in 2016 Governor Hale").
func (d *document) numberInName(j, lo int) bool {
	toks := d.toks
	if j-2 < lo || !isDigits(toks[j-1].text) || !toks[j].cap && toks[j].stem&lexRoleHeads == 0 {
		return false
	}
	b := toks[j-2]
	return b.kind == tokWord && b.cap && !b.in(lexStopCaps|lexTimeWords) && d.isNarration(j-2)
}

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// titleCaseLink reports a link word written with a capital inside a
// sentence ("And", "At", "Of"): a title-case headline, whose capitals
// join no name to the words around it.
func (d *document) titleCaseLink(k int) bool {
	t := d.toks[k]
	return t.cap && npLink(t) && !d.opensSentence(k)
}

// yearInPhrase reports whether token k is a year between a determiner and
// the words of a phrase ("the 1987 Booker Prize winner").
func (d *document) yearInPhrase(k, lo int) bool {
	t := d.toks[k]
	return k-1 >= lo && len(t.text) == 4 && isDigits(t.text) && d.toks[k-1].in(lexDeterminers) && k+1 < len(d.toks) && npWord(d.toks[k+1])
}

// pluralTitle reports whether token k is a role head in the plural that
// titles the names joined after it ("radio hosts Tom Reilly and Ann
// Cole"): a capitalised name follows, and "and" and another within
// maxNPTokens.
func (d *document) pluralTitle(k int) bool {
	toks := d.toks
	if k+1 >= len(toks) || !d.pluralRoleHead(toks[k]) || !toks[k+1].cap || !d.isNarration(k+1) {
		return false
	}
	for j := k + 1; j+1 < len(toks) && j <= k+maxNPTokens && toks[j].cap && d.isNarration(j); j++ {
		if toks[j+1].is(fnAnd) {
			return j+2 < len(toks) && toks[j+2].cap
		}
	}
	return false
}

// roleNounModifier reports whether the lower-case word before the role
// head at j modifies it: "utility spokeswoman", "tax commissioner".
func (d *document) roleNounModifier(j, lo int) bool {
	toks := d.toks
	p := toks[j-1]
	if d.secondNounModifier(j, lo) {
		return true
	}
	return p.kind == tokWord && !p.cap && (!toks[j].cap || j-2 < lo || toks[j-2].text == "," || d.isCloseMark(j-2)) && toks[j].in(lexRoleHeads|lexOrgHeads|lexGenericOrgNouns) && !toks[j].cap && !isCue(p) && !p.in(lexVerbModifiers) &&
		!p.in(lexStopCaps) && !p.in(lexClauseOpeners) && !p.in(lexSubjectPronouns) && !p.in(lexTrailers) &&
		!(j-2 >= lo && toks[j-2].kind == tokWord && toks[j-2].in(lexAuxiliaries) && d.pastParticiple(p)) && // ("have sacked manager Dean Holt": the verb's)
		!d.particleAfterVerb(j-1, lo)
}

// particleAfterVerb reports whether the lower-case word at k is a verb's
// particle (lexicon/verb-particles) after a lower-case word that is no
// word of a phrase, a determiner or a preposition: the verb ("for
// sending off defender Sol Ward"). The particle is no modifier of the
// role after it ("by off spinner Tom Hale", "the off spinner" keep it).
func (d *document) particleAfterVerb(k, lo int) bool {
	toks := d.toks
	if k-1 < lo || toks[k].cap || !d.lex.verbParticles[toks[k].lower] {
		return false
	}
	v := toks[k-1]
	return v.kind == tokWord && !v.cap && d.isNarration(k-1) && !npWord(v) && v.fn == 0 && !v.in(lexDeterminers|lexPrepositions|lexConjunctions|lexAuxiliaries|lexQuantities)
}

// secondNounModifier reports whether the lower-case word before j is a
// second noun that modifies the head: j is a lower-case modifier of the
// organisation's head right after it (roleNounModifier: "crime unit"), and before the word stands a
// capitalised possessive or an organisation's capitalised head ("the
// Harlow Police's computer crime unit", "the Harlow Police computer
// crime unit"): the body the unit is of, so the word is no verb of a
// clause before the phrase ("he expects energy secretary …"). (After a
// determiner alone, "the world record holder", train's names lost more
// than they gained.)
func (d *document) secondNounModifier(j, lo int) bool {
	toks := d.toks
	if j-2 < lo || j+1 >= len(toks) || toks[j].cap || toks[j].kind != tokWord || toks[j].in(lexRoleHeads|lexOrgHeads|lexGenericOrgNouns) || !d.isNarration(j) {
		return false
	}
	p, q := toks[j-1], toks[j-2]
	if p.kind != tokWord || p.cap || isCue(p) || p.fn != 0 || p.in(lexVerbModifiers|lexStopCaps|lexClauseOpeners|lexSubjectPronouns|lexTrailers|lexDeterminers|lexPrepositions|lexConjunctions|lexAuxiliaries) || strings.HasSuffix(p.lower, "ed") || strings.HasSuffix(p.lower, "ly") {
		return false
	}
	if q.kind != tokWord || !q.cap || !(isPossessiveWord(q) || q.stem&(lexOrgHeads|lexGenericOrgNouns|lexKnownOrgs) != 0) || d.opensSentence(j-2) {
		return false
	}
	// (an organisation's head only: "the Pentagon's recent top adviser"
	// has an adjective, no noun, before its role's modifier)
	h := toks[j+1]
	return !h.cap && h.stem&(lexOrgHeads|lexGenericOrgNouns) != 0 && h.stem&lexRoleHeads == 0 && d.roleNounModifier(j+1, j) && !d.secondNounModifier(j+1, j)
}

// linksPhrase reports whether the link word before j joins two parts of
// the phrase whose head is e ("Secretary of State"), not two people
// ("Cole and Reilly", unless inside an "of" phrase: "the Department of
// Health and Human Services", or in an organisation's name).
func (d *document) linksPhrase(j, lo, e int) bool {
	toks := d.toks
	p := toks[j-1]
	if !npLink(p) || j-2 < lo || !npWord(toks[j-2]) || !d.isNarration(j-2) || d.commonPluralOpening(j-2) {
		return false
	}
	// (after "of", or a "for" after a capitalised word: "the Department
	// for Work and Pensions", "the Centers for Disease Control and
	// Prevention")
	ofLink := func(k int) bool {
		return toks[k].is(fnOf) || toks[k].lower == "for" && !toks[k].cap && k-1 >= lo && toks[k-1].cap && toks[k-1].kind == tokWord
	}
	insideOf := j-3 >= lo && (ofLink(j-3) || j-4 >= lo && ofLink(j-4))
	// "the Securities and Exchange Commission": the capitalised words of
	// an organisation's name joined by "and".
	orgName := toks[e].cap && toks[e].in(lexOrgHeads) && toks[j].cap && !p.cap
	return !(p.is(fnAnd) && isNameWord(toks[j-2]) && !insideOf && !orgName)
}

// commonPluralOpening reports whether token k is a plural that opens its
// sentence, capitalised only for that, and that no word list knows
// ("Shares of Halvorsen Corp fell", "Profits at the bank rose"): a
// common noun, so the name after the link word starts after it. Plurals
// that head organisations or groups ("Workers at", "Friends of …" aside)
// are in the lexicon.
func (d *document) commonPluralOpening(k int) bool {
	t := d.toks[k]
	if t.kind != tokWord || !t.cap || !d.opensSentence(k) || len(t.lower) <= minPluralLen || !strings.HasSuffix(t.lower, "s") || strings.HasSuffix(t.lower, "ss") || strings.HasSuffix(t.lower, "us") || isPossessiveWord(t) {
		return false
	}
	if k+2 < len(d.toks) && d.toks[k+1].text == "&" && d.toks[k+2].cap {
		return false // "Marks & Spencer": the ampersand joins a firm's name
	}
	return t.lex&(lexOrgHeads|lexGenericOrgNouns|lexKnownOrgs|lexRoleHeads|lexGroupNouns|lexPlaces|lexJurisdictions|lexNameTitles|lexHonorifics|lexPersonNouns|lexMediaNouns|lexDocumentNouns|lexBodyNouns) == 0 && !isUpperWord(t.text)
}

// minPluralLen: a shorter capitalised word ending in "s" ("Gas", "Ms")
// is not read as a plural.
const minPluralLen = 4

// descriptorBefore accepts a short noun phrase opened by a determiner
// whose head no lexicon knows ("the ad's narrator", "one caller", "the
// clip"): news attributes speech to such descriptions too.
func (d *document) descriptorBefore(e, lo int) (mention, bool) {
	toks := d.toks
	if !d.descriptorHeadAt(e) && !isAgeNoun(toks[e]) {
		return mention{}, false
	}
	for j := e - 1; j >= lo && e-j <= maxDescriptorWords; j-- {
		t := toks[j]
		if !d.isNarration(j) || t.kind != tokWord {
			return mention{}, false
		}
		if m, ok := d.innerDescriptor(j, e, lo); ok {
			return m, true
		}
		if m, ok := d.roleOfBareNoun(j, e, lo); ok {
			return m, true
		}
		if m, ok := d.relationOfName(j, e, lo); ok {
			return m, true
		}
		if r := d.relationBefore(j+1, lo); r >= 0 && t.in(lexDeterminers) {
			return d.analyzeNP(d.npStart(r, lo), e+1), true // "a relative of one of the miners"
		}
		// (a sentence's opening "But", "And" before the determiner is no
		// word of the phrase when a noun of people or bodies heads it:
		// "But the trade body warned that …")
		if t.in(lexDeterminers) && (!t.in(lexPossessiveDeterminers) || toks[e].in(lexPersonNouns)) && (j == lo || !npWord(toks[j-1]) && !toks[j-1].is(fnOf) || j-1 == lo && toks[lo].cap && toks[lo].in(lexStopCaps) && !toks[lo].in(lexDeterminers) && d.speakerNoun(toks[e])) {
			m := d.analyzeNP(j, e+1)
			if m.kind == KindUnknown && (toks[e].in(lexRoleHeads|lexPersonNouns) || isAgeNoun(toks[e])) {
				m.kind = KindPerson
			}
			return m, true
		}
		if isCue(t) || t.in(lexSubjectPronouns) || t.in(lexClauseOpeners) || t.in(lexStopCaps) && !t.cap {
			return mention{}, false
		}
	}
	return mention{}, false
}

// speakerNoun reports whether t is a noun of people or bodies: a role,
// a group, an organisation's kind (lexicon/modified-org-nouns too: "trade
// body") or a person's noun.
func (d *document) speakerNoun(t token) bool {
	return t.kind == tokWord && (t.stem&(lexRoleHeads|lexGenericOrgNouns|lexOrgHeads|lexGroupNouns) != 0 || d.lex.modifiedOrgNouns[t.lower] || t.in(lexPersonNouns))
}

// firmRelation reports whether the relation word w is one a firm has as
// well as a person ("partner", "colleague"): after a one-word name in the
// possessive it may be a firm's.
func firmRelation(w string) bool {
	switch w {
	case "partner", "partners", "colleague", "colleagues":
		return true
	}
	return false
}

// relationOfName parses a person described by their relation to someone
// named in the possessive, the subject of the cue after it ("Tom Pike's
// wife said", "Mr Pike's younger daughter told", "the Coles' son
// added"): a word of lexicon/relation-words that person-nouns has too,
// at e, after the possessive name that ends at j. The person's role is
// the relation, as "Tom Pike's lawyer"'s is its role head. Else ok is
// false. (A firm has rivals and allies too: "Halvorsen's closest rival,
// Corvane Inc,".)
func (d *document) relationOfName(j, e, lo int) (mention, bool) {
	toks := d.toks
	if t := toks[j]; !t.cap || !isPossessiveWord(t) || t.in(lexStopCaps) || !toks[e].in(lexRelationWords) || !toks[e].in(lexPersonNouns) || toks[e].cap {
		return mention{}, false
	}
	if e+1 >= len(toks) || !isCue(toks[e+1]) || toks[e+1].cap {
		// the subject of its cue only: before an aside or another verb
		// ("Tom Pike's eldest daughter, 34, has built …, writing") the
		// name the possessive gives stays the phrase the frames read
		return mention{}, false
	}
	k := j
	for k-1 >= lo && d.isNarration(k-1) && (isNameWord(toks[k-1]) || toks[k-1].in(lexHonorifics)) && !toks[k-1].in(lexStopCaps|lexDeterminers) {
		k--
	}
	if k-1 >= lo && toks[k-1].in(lexDeterminers) && !toks[k-1].in(lexPossessiveDeterminers) {
		k-- // ("the Coles' son")
	}
	if k == j && firmRelation(toks[e].lower) {
		return mention{}, false // "Shell's partner said": a firm has partners too; "Ann Cole's partner" is a person's
	}
	m := d.analyzeNP(k, e+1)
	if m.named() || m.pronoun != "" || m.kind != KindUnknown && m.kind != KindPerson {
		return mention{}, false
	}
	m.kind = KindPerson
	if m.role.empty() {
		m.role = span{toks[k].start, toks[e].end}
		if toks[k].in(lexDeterminers) {
			m.role.start = toks[k+1].start
		}
	}
	return m, true
}

// innerDescriptor parses "Organisers of the festival", "a spokesman for
// the bakery", "a friend of the family", ending at e, when the determiner
// at j (or a count: "lawyers for both men", "the leaders of the two
// unions") opens the inner phrase of a role or group: the description is
// the whole phrase.
func (d *document) innerDescriptor(j, e, lo int) (mention, bool) {
	toks := d.toks
	l := j - 1
	if !toks[j].in(lexDeterminers) {
		l = d.linkBeforeCount(j, lo)
	}
	if l-1 < lo || !toks[l].is(fnRoleLink) {
		return mention{}, false
	}
	n := l - 1 // the noun the phrase describes
	if !(toks[n].in(lexGroupNouns) && !toks[n].in(lexStopCaps) || toks[n].in(lexRoleHeads|lexPersonNouns) && !toks[n].cap) {
		return mention{}, false
	}
	if k := d.npStart(n, lo); k <= n {
		m := d.analyzeNP(k, e+1)
		if m.kind == KindUnknown && toks[n].in(lexPersonNouns) {
			m.kind = KindPerson // "a friend of the victim"
		}
		return m, true
	}
	return mention{}, false
}

// roleOfBareNoun parses a role whose phrase after "of" or "for" is one
// bare noun, ending at e with the link word at j ("the secretary of
// state", "the minister for transport"): the whole phrase is the role.
func (d *document) roleOfBareNoun(j, e, lo int) (mention, bool) {
	toks := d.toks
	if j != e-1 || j-1 < lo || !toks[j].is(fnRoleLink) || toks[j-1].cap || !toks[j-1].in(lexRoleHeads) {
		return mention{}, false
	}
	if k := d.npStart(j-1, lo); k < j-1 && (toks[k].in(lexDeterminers) || d.ownerBefore(k, j-1)) {
		m := d.analyzeNP(k, e+1)
		if m.kind == KindUnknown {
			m.kind = KindPerson
		}
		return m, true
	}
	return mention{}, false
}

// ownerBefore reports whether a capitalised possessive stands among the
// words toks[k:h] before a role head at h ("Unison's head of health",
// "Harlow Council's executive member for transport"): the owner opens
// the role as a determiner would.
func (d *document) ownerBefore(k, h int) bool {
	for ; k < h; k++ {
		if t := d.toks[k]; t.cap && isPossessiveWord(t) {
			return true
		}
	}
	return false
}

// maxInvertedDescriptorWords: how many words an inverted descriptor may
// have after its determiner ("said one uncommitted Nevada Democratic
// strategist").
const maxInvertedDescriptorWords = 6

// descriptorAfter parses, after an inverted cue, a short description that
// a determiner opens and the clause's end closes, whose head no lexicon
// knows or that no role word makes a phrase ("said the woman", "said a
// 2008 campaign veteran", "said the 52-year-old", "said a former senior
// customs official."): news attributes speech to such people.
func (d *document) descriptorAfter(s, hi int) (mention, int, bool) {
	toks := d.toks
	if s >= hi || toks[s].kind != tokWord || !toks[s].in(lexDeterminers) || toks[s].in(lexPossessiveDeterminers|lexSubjectPronouns) {
		return mention{}, s, false
	}
	j, ok := d.invertedDescriptorEnd(s, hi)
	if !ok {
		return mention{}, s, false
	}
	if j-1 > s+1 && j < hi && toks[j].in(lexPrepositions) && (isParticiple(toks[j-1]) || d.modifierWithPreposition(j-1, hi) && toks[j-2].in(lexPersonNouns|lexRoleHeads)) {
		j-- // "says an aide involved in the bid", "said a person familiar with the deal": the phrase modifies it
	}
	head := toks[j-1]
	person := head.in(lexPersonNouns|lexRoleHeads) || isAgeNoun(head)
	if !person && !descriptorHead(head) {
		return mention{}, s, false
	}
	m := d.analyzeNP(s, j)
	if person && m.kind == KindUnknown {
		m.kind = KindPerson
	}
	return m, j, true
}

// invertedDescriptorEnd is the end of the words of an inverted descriptor
// opened by the determiner at s; ok is false unless the clause, a
// preposition or a relative clause follows them.
func (d *document) invertedDescriptorEnd(s, hi int) (int, bool) {
	toks := d.toks
	j := s + 1
	for j < hi && j-s <= maxInvertedDescriptorWords && d.isNarration(j) && toks[j].kind == tokWord && !isCue(toks[j]) &&
		!toks[j].in(lexPrepositions|lexConjunctions|lexVerbModifiers|lexTimeWords) && !toks[j].is(fnRelative|fnComplementizer) {
		j++
	}
	if j == s+1 {
		return j, false
	}
	return j, j == hi || toks[j].text == "," || toks[j].kind == tokPunct && isSentenceEnd(toks[j].text) || toks[j].in(lexPrepositions) || toks[j].is(fnRelative)
}

// isParticiple reports a lower-case "-ed" or "-ing" word.
func isParticiple(t token) bool {
	return t.kind == tokWord && !t.cap && (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ing"))
}

// isAgeNoun reports a person named by their age: "the 52-year-old".
func isAgeNoun(t token) bool {
	return t.kind == tokWord && !t.cap && isDigitStart(t.text) && (strings.HasSuffix(t.lower, "-year-old") || strings.HasSuffix(t.lower, "-year-olds"))
}

// descriptorHead reports whether a lower-case word can head a descriptor:
// a noun, not a verb form, an adverb or a function word.
func descriptorHead(t token) bool {
	return nounLikeWord(t) && !strings.HasSuffix(t.lower, "ly")
}

// nounLikeWord is descriptorHead without its test of "-ly": a lower-case
// word that is no verb form or function word (a preposition neither:
// "tricked the inspector into thinking" has "the inspector" before its cue).
func nounLikeWord(t token) bool {
	h := t.lower
	return t.kind == tokWord && !t.cap && (!isCue(t) || t.in(lexDocumentNouns|lexCueNouns)) && !t.in(lexVerbModifiers|lexClauseOpeners|lexDeterminers|lexStopCaps|lexTimeWords|lexPrepositions) &&
		!strings.HasSuffix(h, "ed") && !strings.HasSuffix(h, "ing") && !strings.Contains(h, "-")
}

// descriptorHeadAt is descriptorHead for token e in its place: a "-ly"
// word right after a determiner or a possessive is a noun ("the
// organizer of the rally", "his family"), no adverb; a person noun the
// list spells with hyphens is one ("her sister-in-law"), unlike other
// hyphenated words ("well-known").
func (d *document) descriptorHeadAt(e int) bool {
	t := d.toks[e]
	return descriptorHead(t) || e > 0 && nounLikeWord(t) && d.nounAfterDeterminer(e) || t.kind == tokWord && !t.cap && t.in(lexPersonNouns) && strings.Contains(t.lower, "-")
}

// npAfter parses the noun phrase that starts at token s, not reaching hi.
// It returns the mention, the index after it, and whether one was found.
func (d *document) npAfter(s, hi int) (mention, int, bool) {
	toks := d.toks
	if s >= hi || !d.isNarration(s) {
		return mention{}, s, false
	}
	t := toks[s]
	if t.kind == tokWord && t.in(lexSubjectPronouns) && !t.is(fnWho) {
		return mention{lo: s, hi: s + 1, pronoun: t.lower, kind: pronounKind(t.lower)}, s + 1, true
	}
	if d.gerundOpener(s) {
		return mention{}, s, false // "Speaking to reporters, …": no name
	}
	j, ok := d.npOpening(s, hi)
	if !ok {
		return mention{}, s, false
	}
	j = d.npEnd(s, j, hi)
	// (A day after the name is when: "said Ann Cole Friday".)
	for j > s && (npLink(toks[j-1]) || toks[j-1].in(lexDeterminers) || j-1 > s && toks[j-1].cap && isTimeWord(toks[j-1]) && !d.surnameTimeWord(j-1)) {
		j--
	}
	if j == s || !npHead(toks[j-1]) && !nameNumber(toks, s, j-1) && !d.surnameTimeWord(j-1) && !d.monthAfterCue(s, j) {
		return mention{}, s, false
	}
	m := d.analyzeNP(s, j)
	if j < hi && toks[j].text == "(" {
		m, j = d.partyAfter(m, j, hi)
	}
	return m, j, true
}

// stopCapInName reports whether token j, a stop capital written with a
// capital inside its sentence after a word ("said Other Place manager Ann
// Cole", "the All Saints vicar"), opens a name: a capitalised name word
// follows it. A determiner, a time word, a word opening its sentence or a
// quotation and one after a capitalised word (a title's words: "See No
// Evil") are still no name's.
func (d *document) stopCapInName(j, hi int) bool {
	toks := d.toks
	if j < 1 || j+1 >= hi || d.opensSentence(j) || toks[j-1].kind != tokWord || toks[j-1].cap || !d.isNarration(j-1) || !d.isNarration(j+1) {
		return false
	}
	t, n := toks[j], toks[j+1]
	return !t.in(lexDeterminers|lexTimeWords|lexConjunctions|lexPrepositions|lexVerbModifiers|lexClauseOpeners|lexSubjectPronouns) && !t.is(fnCoordinator) &&
		isNameWord(n) && !n.in(lexStopCaps)
}

// stopCapSubject reports whether the capitalised function word at j,
// opening its sentence, is a name because a cue follows it as its
// verb: an auxiliary and a cue ("Ever has said its profit …"), or a
// finite cue before "that", a determiner or a pronoun ("Ever warned
// that …"). No adverb, time word
// or preposition is a subject so; a pronoun, a determiner or a
// quantity is no name. A function word names no person: the name is a
// firm's or a brand's.
func (d *document) stopCapSubject(j int) bool {
	toks := d.toks
	t := toks[j]
	if j+2 >= len(toks) || t.kind != tokWord || !t.cap || !t.in(lexStopCaps) || t.in(lexDeterminers|lexSubjectPronouns|lexQuantities|lexConjunctions|lexClauseOpeners|lexPrepositions) || t.is(fnRelative|fnCoordinator) {
		return false
	}
	if !d.opensSentence(j) {
		// "Sales rose 12.4%, Next said.": a capital inside the sentence,
		// after the comma of a closing attribution, is a name's
		// (a month or a first name is a person's: "…, May said")
		p, v, n := toks[j-1], toks[j+1], toks[j+2]
		return p.text == "," && d.isNarration(j-1) && !d.lex.month(t.lower) && !d.lex.firstName(t.lower) && v.kind == tokWord && !v.cap && d.finiteCue(v) && n.kind == tokPunct && isSentenceEnd(n.text)
	}
	v, n := toks[j+1], toks[j+2]
	if v.kind == tokWord && !v.cap && v.in(lexAuxiliaries) && isCue(n) && !n.cap {
		return true
	}
	return v.kind == tokWord && !v.cap && d.finiteCue(v) && n.kind == tokWord && !n.cap && (n.is(fnComplementizer) || n.in(lexDeterminers|lexSubjectPronouns))
}

// npOpening steps over the opening of the phrase at s: a determiner, and
// a lower-case noun modifying a role ("festival director José Araújo"). ok
// is false when a capitalised function word opens it ("The", "But").
func (d *document) npOpening(s, hi int) (int, bool) {
	toks := d.toks
	j := s
	if toks[s].kind == tokWord && toks[s].in(lexDeterminers) {
		j++
	}
	if j < hi && toks[j].cap && toks[j].in(lexStopCaps) && !toks[j].in(lexKnownOrgs) && !d.monthFirstName(j) && !d.monthAfterCue(j, j+1) && !d.stopCapInName(j, hi) && !d.stopCapSubject(j) {
		return j, false
	}
	// (Not a participle before a capitalised title: "including Gov. Tom
	// Reilly" is no title of his.)
	if j+1 < hi && !npWord(toks[j]) && toks[j].kind == tokWord && !toks[j].cap && toks[j+1].in(lexRoleHeads|lexGroupNouns) && !isCue(toks[j]) && !toks[j].in(lexStopCaps) &&
		!(isParticiple(toks[j]) && toks[j+1].cap && !toks[j+1].in(lexHonorifics)) {
		j++
	}
	// "said neighbour Hilda Carr", "said friend Tom Reilly": a relation
	// before the name.
	if j+1 < hi && toks[j].kind == tokWord && !toks[j].cap && toks[j].in(lexPersonNouns|lexRelationWords) && isNameWord(toks[j+1]) {
		j++
	}
	return j, true
}

// npEnd walks forward from j over the words of the phrase that starts at s.
func (d *document) npEnd(s, j, hi int) int {
	toks := d.toks
	for j < hi && j-s < maxNPTokens && d.isNarration(j) && (j == s || !d.lineBreakBefore(j)) {
		if npWord(toks[j]) || nameNumber(toks, s, j) || d.pluralTitle(j) || j+2 < hi && d.relationLink(j+1) {
			j++ // ("said radio hosts Tom Reilly and Ann Cole"; "said an ally of Tom Varga")
			continue
		}
		if (npLink(toks[j]) || d.roleTo(j) || d.relationLink(j)) && j+1 < hi {
			n := toks[j+1]
			if (npWord(n) && !n.in(lexStopCaps)) || (n.in(lexDeterminers) && j+2 < hi && npWord(toks[j+2])) || d.roleOfNoun(j, hi) {
				j += 2
				continue
			}
		}
		break
	}
	return j
}

// roleOfNoun reports whether the "of" at j joins a lower-case role head
// before it and a lower-case noun after it that a capitalised name
// follows ("said director of operations Ivo Brandt", "master of
// ceremonies Ivo Brandt"): the words are the role of the name.
func (d *document) roleOfNoun(j, hi int) bool {
	toks := d.toks
	if j < 1 || j+2 >= hi || !toks[j].is(fnOf) || toks[j].cap {
		return false
	}
	p, n, name := toks[j-1], toks[j+1], toks[j+2]
	return p.kind == tokWord && !p.cap && p.stem&lexRoleHeads != 0 && n.kind == tokWord && !n.cap && n.fn == 0 && !isCue(n) && d.isNarration(j+1) &&
		name.kind == tokWord && name.cap && isNameWord(name) && !name.in(lexStopCaps) && d.isNarration(j+2)
}

// numberedName reports whether the number at e ends the name of what
// speaks ("Channel 4", "Formula 1", "ABC 7", "No 10"): a number of one or
// two digits after a capitalised word that is no function word, month or
// abbreviation ("Oct. 23", "With 1"); "No", British for Downing Street's
// "Number", is the one function word that names.
func (d *document) numberedName(e, lo int) bool {
	toks := d.toks
	if e-1 < lo || !nameNumber(toks, lo, e) || !d.isNarration(e-1) || len(toks[e].text) > 2 || !isDigits(toks[e].text) {
		return false
	}
	p := toks[e-1]
	if p.lower == "no" || p.lower == "no." {
		return true
	}
	return !p.in(lexStopCaps) && !isTimeWord(p) && !strings.HasSuffix(p.text, ".") && !p.in(lexAbbreviations)
}

// nameNumber reports whether the number at j is part of the name before
// it ("BBC Radio 5", "Channel 4 News", "Radio 5's Sportsweek").
func nameNumber(toks []token, s, j int) bool {
	return j > s && toks[j].kind == tokWord && isDigitStart(toks[j].text) && toks[j-1].cap && toks[j-1].kind == tokWord
}

// partyAfter takes the parenthesis at j after a name ("(R-Texas)") into
// the mention.
func (d *document) partyAfter(m mention, j, hi int) (mention, int) {
	toks := d.toks
	for k := j + 1; k < hi && k-j < maxPartyTokens; k++ {
		if toks[k].text == ")" {
			if d.partyWords(j, k) {
				m.party = span{toks[j].start, toks[k].end}
			}
			m.hi = k + 1
			return m, k + 1
		}
	}
	return m, j
}

// partyWords reports whether the parenthesis from "(" at open to ")" at
// close holds a party or a state ("(R-Texas)", "(D)", "(SNP)"): a
// capitalised word. Lower-case words only are a caption's aside
// ("(pictured)", "(left)"), no role.
func (d *document) partyWords(open, close int) bool {
	for k := open + 1; k < close; k++ {
		if d.toks[k].cap {
			return true
		}
	}
	return false
}

// isNameWord: a capitalised word that is not a role, title or organisation
// word, so most likely part of a person's name.
func isNameWord(t token) bool {
	return t.cap && !t.in(lexRoleHeads) && !t.in(lexRoleModifiers) && !t.in(lexOrgHeads) && !t.in(lexKnownOrgs)
}

// pronounKind is the kind of speaker a pronoun stands for. English's
// personal pronouns are a closed class: this is grammar, not a word list.
func pronounKind(p string) string {
	switch p {
	case "it":
		return KindOrganization
	case "they", "we":
		return KindGroup
	}
	return KindPerson
}
