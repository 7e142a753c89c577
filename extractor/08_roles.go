package extractor

import (
	"slices"
	"strings"
)

// Roles: the title or function the article states for a speaker. A role
// comes with a mention (a title before the name, an appositive after it),
// or from a definite description that refers to the same person later
// ("the Republican nominee").

// maxAppositiveTokens is the longest appositive read as a role ("the
// deputy assistant minister of state for rural affairs").
const maxAppositiveTokens = 16

// appositiveRole returns the role stated in an appositive toks[lo:hi]
// ("the cabinet spokesman", "a spokesman for the ministry",
// "Latvia's former president"), or an empty span.
func (d *document) appositiveRole(lo, hi int) span {
	toks := d.toks
	if lo >= hi || hi-lo > maxAppositiveTokens || d.companionAside(lo, hi) {
		return span{} // ("Ruth Adler, along with reporter Tom Hale, say": no role of hers)
	}
	b := lo
	joint := d.afterJoinedNames(lo)
	if toks[b].in(lexDeterminers) || joint && d.quantifierOpens(b, hi) {
		b++ // "the cabinet spokesman"; "both economists at the bank" after joined names
	}
	if b >= hi {
		return span{} // a determiner alone ("Ann Cole, the" at the article's end)
	}
	if b+1 < hi && !toks[b].cap && toks[b].in(lexTimeWords) && !toks[b].is(fnFormer) && toks[b+1].kind == tokWord {
		b++ // "now deputy chairman of the council": the role is "deputy chairman …"
		lo = b
		if b+1 < hi && toks[b].in(lexDeterminers) {
			b++ // "now a pundit on radio": the role is "pundit on radio"
		}
	}
	if r, ok := d.functionClause(b, hi); ok {
		return r
	}
	if d.opensPredicate(b) {
		return span{} // "Glenda Marsh, 52, is a loyal backer …", "Gallup, who's weighing a bid …": a clause, not a role
	}
	// "Ann Cole, from the Consumer Council, said": where she is from.
	if b == lo && b+1 < hi && (toks[b].is(fnRoleLink) || toks[b].is(fnSourceLink) && !toks[b].is(fnPassiveBy)) && d.narrationWords(b+1, hi) {
		return d.linkedRole(b, hi)
	}
	if b >= hi || d.noRoleOpening(lo, b, hi) {
		return span{}
	}
	hi, ok := d.roleWordsEnd(lo, b, hi)
	if !ok || b >= hi || !d.statesRole(b, hi, joint) || alternatives(toks[b:hi]) {
		return span{}
	}
	return span{toks[b].start, toks[hi-1].end}
}

// alternatives reports whether "or" joins words of an appositive: a list
// the name opens ("stops staff from mocking Ruth Adler, her shops or her
// board members"), no role.
func alternatives(ts []token) bool {
	for _, t := range ts {
		if t.kind == tokWord && !t.cap && t.lower == "or" {
			return true
		}
	}
	return false
}

// opensPredicate reports whether the word at b, where an appositive's
// role would start, opens a clause instead: an auxiliary, a form of
// "be", or a relative pronoun (with its contraction: "who's") that no
// role verb follows.
func (d *document) opensPredicate(b int) bool {
	t := d.toks[b]
	if t.kind != tokWord || t.cap {
		return false
	}
	return t.in(lexAuxiliaries) || t.is(fnBe|fnRelative) || d.contractedRelative(t)
}

// contractedRelative reports whether t is a relative pronoun with a
// contracted auxiliary ("who's", "who'd"): it opens a relative clause as
// the pronoun alone does.
func (d *document) contractedRelative(t token) bool {
	w, _, ok := strings.Cut(t.lower, "'")
	return ok && t.kind == tokWord && d.lex.words[w].fn&fnRelative != 0
}

// statesRole reports whether the words toks[b:hi] of an appositive hold
// a role head; after joined names (joint), a plural head is one too
// ("economists at the bank").
func (d *document) statesRole(b, hi int, joint bool) bool {
	return roleHasHead(d.toks[b:hi]) || joint && d.pluralRoleHead(d.toks[d.roleHeadAt(b, hi)]) || d.partyHead(b, hi)
}

// partyHead reports whether the phrase toks[b:hi] is headed by a party's
// member with a lower-case modifier, a capitalised role modifier as its
// last word or before its first preposition ("the ranking Republican on
// the committee", "a nominal Republican"): a role, as "the top Democrat
// on the panel" is before a cue.
func (d *document) partyHead(b, hi int) bool {
	h := hi - 1
	for k := b + 1; k < hi; k++ {
		if d.toks[k].in(lexPrepositions) {
			h = k - 1
			break
		}
	}
	t := d.toks[h]
	if t.kind != tokWord || !t.cap || !t.in(lexRoleModifiers) || t.in(lexPlaces) {
		return false
	}
	modified := false
	for k := b; k < h; k++ {
		if d.toks[k].cap {
			return false // ("the Hale Republican": a name)
		}
		modified = modified || d.toks[k].kind == tokWord && !d.toks[k].in(lexDeterminers)
	}
	// A party alone or with its place ("a Democrat", "Democrat of
	// Vermont", "Michigan Democrat") is the party tag NYT style gives for
	// AP's "D-Vt.": a rank in it is a role.
	return modified
}

// quantifierOpens reports whether "both" or "all" opens the phrase
// toks[b:hi] before more words ("both economists at the bank").
func (d *document) quantifierOpens(b, hi int) bool {
	return b+1 < hi && floatingQuantifier(d.toks[b])
}

// afterJoinedNames reports whether the appositive at lo follows a comma
// after names joined by "and" ("Ann Cole and Tom Reilly, economists at
// the bank,"): a plural role there is what each of them is.
func (d *document) afterJoinedNames(lo int) bool {
	toks := d.toks
	k := lo - 2
	if k < 1 || toks[lo-1].text != "," || !toks[k].cap {
		return false
	}
	for n := 0; k > 0 && toks[k].cap && n < maxNPTokens; n++ {
		k--
	}
	return toks[k].is(fnAnd) && k > 0 && toks[k-1].cap
}

// roleHeadAt is the head of the role toks[b:hi]: the word before its
// first link word ("economists" in "economists at the bank"), or its last.
func (d *document) roleHeadAt(b, hi int) int {
	for k := b + 1; k < hi; k++ {
		if npLink(d.toks[k]) {
			return k - 1
		}
	}
	return hi - 1
}

// floatingQuantifier reports whether t is "both" or "all", which may
// float after the names they count ("Harlow Bank and Dunmore Trust both
// said") or open a phrase about them ("both economists at the bank").
func floatingQuantifier(t token) bool {
	return !t.cap && (t.lower == "all" || t.lower == "both")
}

// noRoleOpening reports whether an appositive toks[lo:hi], whose words
// after the determiner start at b, opens in a way that states no role:
// a relative word ("who …"), a participle ("speaking at Wexley Park"),
// "as" (the capacity the person acted in: "as a county candidate"),
// or an age with where the person is from ("a 61-year-old from Bishop
// Auckland": the town's name may hold a role word).
func (d *document) noRoleOpening(lo, b, hi int) bool {
	toks := d.toks
	if toks[b].is(fnRelative) || b == lo && isGerund(toks[b]) && !(b+1 < hi && toks[b+1].in(lexRoleHeads)) {
		return true
	}
	if b == lo && !toks[b].cap && toks[b].lower == "as" {
		return true // "Tom Hale, as a county candidate, once sued …": the capacity he acted in, an aside
	}
	if b == lo && !toks[b].cap && toks[b].in(lexPrepositions) && !toks[b].is(fnRoleLink|fnSourceLink) && toks[b].lower != "with" {
		return true // "Tom Hale, in a letter to members, said …": where or how he said it, not a post ("with the Farm Bureau" is where he works)
	}
	return isAgeNoun(toks[b]) && (b+1 >= hi || npLink(toks[b+1]) || toks[b+1].is(fnRoleLink|fnSourceLink))
}

// ranFor reports whether the role verb at v is "ran" or "runs" for an
// office, an adverb between or not ("who ran unsuccessfully for
// chancellor in 2021"): a campaign, no post held ("who ran the port" is
// one).
func (d *document) ranFor(v, hi int) bool {
	if t := d.toks[v]; t.lower != "ran" && t.lower != "runs" {
		return false
	}
	k := v + 1
	if k < hi && strings.HasSuffix(d.toks[k].lower, "ly") {
		k++
	}
	return k < hi && d.toks[k].lower == "for"
}

// functionClause is the role a relative clause of function at b states
// ("who heads the commission", "who runs the union's lobbying arm", "who
// now runs the gym"), ending at hi.
func (d *document) functionClause(b, hi int) (span, bool) {
	toks := d.toks
	if b+2 >= hi || !toks[b].is(fnWho) {
		return span{}, false
	}
	v := b + 1
	if v+2 < hi && !toks[v].cap && (toks[v].in(lexTimeWords) || strings.HasSuffix(toks[v].lower, "ly")) {
		v++
	}
	if toks[v].in(lexRoleVerbs) && d.narrationWords(v, hi) && !d.ranFor(v, hi) {
		if v+2 < hi && toks[v+1].is(fnSubordinator) && toks[v+1].in(lexPrepositions) {
			v += 2 // "who serves as treasurer of …": the role is "treasurer of …"
		}
		return span{toks[v].start, toks[hi-1].end}, true
	}
	return span{}, false
}

// linkedRole is the role of "from the Consumer Council" (toks[b] the link
// word, hi the appositive's end): the capitalised name after the link.
func (d *document) linkedRole(b, hi int) span {
	toks := d.toks
	r := b + 1
	if toks[r].in(lexDeterminers) && r+1 < hi {
		r++
	}
	if !toks[hi-1].cap {
		return span{}
	}
	if !toks[r].cap {
		if d.firmOfKind(r, hi) {
			return span{toks[r].start, toks[hi-1].end} // its kind says it is a firm, no home town
		}
		return span{}
	}
	// "of Harrogate" is a home town, "from the Consumer Council" or "of
	// West Yorkshire Police" an organisation: a bare name is one only
	// when it ends in an organisation's head word or is one the lexicon
	// knows.
	last := toks[hi-1]
	if r == b+1 && (toks[b].is(fnOf) || toks[b].lower == "from") && !last.in(lexOrgHeads|lexKnownOrgs) && last.stem&lexOrgHeads == 0 {
		return span{}
	}
	return span{toks[r].start, toks[hi-1].end}
}

// firmOfKind reports whether toks[r:hi] is the kind of business a firm
// is, in lower-case words, and the firm's name to the end ("of mortgage
// broker Calder Finance", as "of IT firm Calder Systems"): after "of"
// a role word names what the firm does, not a person's post.
func (d *document) firmOfKind(r, hi int) bool {
	n := r
	for n < hi && !d.toks[n].cap {
		n++
	}
	if n == r || n >= hi || !allCap(d.toks[n:hi]) || !allLower(d.toks[r:n]) {
		return false
	}
	return d.kindBeforeName(r, n, hi) || d.toks[n-1].in(lexRoleHeads) // "broker" is a firm's kind too
}

// roleWordsEnd checks the words of an appositive toks[b:hi] (lo where it
// starts, before its determiner) and returns where its role words end: at
// a relative word ("a lawyer who attended the hearing"). It reports
// false when a word cannot be part of a role: not narration, not a word,
// or a verb.
func (d *document) roleWordsEnd(lo, b, hi int) (int, bool) {
	toks := d.toks
	for k := b; k < hi; k++ {
		if toks[k].is(fnRelative|fnComplementizer) && !d.copulaClause(k, hi) {
			return k, true // "a lawyer who attended the hearing"
		}
		firmAmpersand := toks[k].text == "&" && k > b && toks[k-1].cap && k+1 < hi && toks[k+1].cap // "an analyst at Hollis & Co."
		if !d.isNarration(k) || (toks[k].kind != tokWord && toks[k].text != "-" && !firmAmpersand) {
			return hi, false
		}
		if d.verbInAppositive(lo, b, k, hi) {
			return hi, false
		}
	}
	for hi-1 > b && npLink(toks[hi-1]) {
		hi-- // "the author of "Rivers of Home"": the role is "author"
	}
	return hi, true
}

// copulaClause reports whether the relative word at k opens a clause that
// says what the person is ("a retired nurse who now is a school governor
// in Leeds"): "who", an optional adverb, a form of "be" and a
// determiner, within hi.
func (d *document) copulaClause(k, hi int) bool {
	toks := d.toks
	if !toks[k].is(fnWho) {
		return false
	}
	v := k + 1
	if v < hi && !toks[v].cap && (toks[v].in(lexTimeWords) || strings.HasSuffix(toks[v].lower, "ly")) {
		v++
	}
	return v+2 < hi && toks[v].is(fnBe) && toks[v+1].in(lexDeterminers) && d.narrationWords(v, hi)
}

// verbInAppositive reports whether toks[k], in an appositive toks[lo:hi]
// whose words start at b, is a cue verb. A cue word is a verb unless a
// determiner or a possessive makes it a noun ("host of Radio Wexley's breakfast
// show"), it is a role head, or it names what follows ("a group called
// Parents for Hale").
func (d *document) verbInAppositive(lo, b, k, hi int) bool {
	toks := d.toks
	if !isCue(toks[k]) || toks[k].in(lexRoleHeads) {
		return false
	}
	naming := toks[k].in(lexLabelVerbs) && k > b && !toks[k-1].cap && k+1 < hi && toks[k+1].cap
	if naming {
		return false
	}
	return !(k > lo && (toks[k-1].in(lexDeterminers) || isPossessiveWord(toks[k-1]) || k-1 > b && !toks[k-1].cap && toks[k-1].kind == tokWord && !isCue(toks[k-1]) && k+1 == hi))
}

// narrationWords reports whether tokens [lo, hi) are narration words
// (a possessive or a hyphen between them will do).
func (d *document) narrationWords(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if !d.isNarration(k) || d.toks[k].kind != tokWord && d.toks[k].text != "-" {
			return false
		}
	}
	return true
}

// roleText is a mention's role as the record gives it: the words the
// article uses ("Sen.", as the article states it), and the party and state
// in parentheses after the name ("Sen. (R-Ga.)").
func (d *document) roleText(m mention) string {
	var parts []string
	if r := d.roleBeforeClause(m.role); !r.empty() {
		parts = strings.Fields(d.text[r.start:r.end])
		for i, w := range parts {
			// "Sens. Ann Cole and Tom Reilly": each is a "Sen."; "hosts Tom
			// Reilly and Ann Cole": each is a "host".
			l := strings.ToLower(w)
			switch {
			case strings.HasSuffix(l, "s.") && d.lex.titleAbbrevs[l[:len(l)-2]+"."] != "":
				parts[i] = w[:len(w)-2] + "."
			case m.kind == KindPerson && i == len(parts)-1 && len(l) > 2 && strings.HasSuffix(l, "s") && d.lex.is(l[:len(l)-1], lexRoleHeads):
				parts[i] = w[:len(w)-1]
			}
		}
	}
	// "Army spokesman Col. Dana Reyes": a rank after a title (a role
	// head) is the person's rank, and the title the rank follows is the
	// role (lexicon/rank-abbreviations; an office, "presidential
	// candidate Sen.", stays).
	for m.kind == KindPerson && len(parts) > 1 && d.lex.rankAbbrevs[strings.ToLower(parts[len(parts)-1])] {
		n := len(parts) - 1
		for n > 0 && d.lex.rankAbbrevs[strings.ToLower(parts[n-1])] {
			n--
		}
		if n == 0 || !d.lex.is(strings.ToLower(parts[n-1]), lexRoleHeads) {
			break
		}
		parts = parts[:n]
	}
	if !m.party.empty() && (len(parts) > 0 || m.kind == KindPerson) {
		parts = append(parts, d.text[m.party.start:m.party.end])
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, " ")
}

// roleBeforeClause is role span r up to a clause it ran into: an
// auxiliary or a form of "be" after a word that is no relative pronoun,
// or a subordinator ("the Vermont senator is sticking to …" is "Vermont
// senator", "secretary of state when the decision was made …" is
// "secretary of state"; "a lobbyist who is a longtime friend" keeps its
// relative clause). A role that opens with a conjunction or a subject
// pronoun is a clause and no role.
func (d *document) roleBeforeClause(r span) span {
	if r.empty() {
		return r
	}
	lo := d.tokIndex(r.start)
	if f := d.toks[lo]; f.kind == tokWord && !f.cap && (f.is(fnAnd|fnCoordinator) || f.in(lexConjunctions|lexSubjectPronouns)) {
		return span{} // "but she has developed …": a clause, no role at all
	}
	for k := lo + 1; k < len(d.toks) && d.toks[k].end <= r.end; k++ {
		t, p := d.toks[k], d.toks[k-1]
		if t.kind != tokWord || t.cap || p.kind != tokWord {
			continue
		}
		verb := t.in(lexAuxiliaries) || t.is(fnBe)
		if verb && (d.relativeWord(p) || k-2 >= lo && (p.in(lexTimeWords|lexVerbModifiers)) && d.relativeWord(d.toks[k-2])) {
			continue // "who is a longtime friend", "who now is a civilian employee"
		}
		if !verb && !(t.is(fnSubordinator) && t.lower != "as" && t.lower != "since") {
			continue
		}
		e := k - 1
		for e > lo && (npLink(d.toks[e]) || d.toks[e].is(fnAnd|fnCoordinator)) {
			e--
		}
		if !roleHasHead(d.toks[lo : e+1]) {
			return span{} // "especially when it comes to …", "the Republican establishment is …": no role word before the clause
		}
		return span{r.start, d.toks[e].end}
	}
	return r
}

// relativeWord reports whether t is a relative pronoun, alone or with a
// contracted auxiliary.
func (d *document) relativeWord(t token) bool { return t.is(fnRelative) || d.contractedRelative(t) }

// spelledOut is role r with its abbreviated titles spelt out
// (lexicon/title-abbreviations: "Sen." → "Senator"), so that "the
// senator" finds "Sen. Ruth Adler".
func (d *document) spelledOut(r string) string {
	var words [16]string // (on the stack)
	f := appendFields(words[:0], r)
	for i, w := range f {
		var buf [32]byte
		if full, ok := d.lex.titleAbbrevs[string(appendLower(buf[:0], w))]; ok {
			f[i] = full
		}
	}
	return strings.Join(f, " ")
}

// roleScore ranks roles by specificity: words that are not title
// abbreviations or parentheses count.
func roleScore(r string) int {
	n := 0
	for w := range strings.FieldsSeq(r) {
		if !strings.HasPrefix(w, "(") {
			n += 2
		}
	}
	if strings.Contains(r, "(") {
		n++
	}
	return n
}

// minDescriptorTokens: a definite description gives a role when it has a
// modifier besides "the" and its head ("the Republican nominee"; not "the
// president", which may be anyone's).
const minDescriptorTokens = 3

// harvestDescriptorRoles gives a person the role a definite description
// states for them: "… Hale had made … the Republican nominee's contempt"
// makes "Republican nominee" Hale's role when the article gives her none
// (descriptionReferent says who it describes), when no named person's
// role matches it. A description that matches a person's title and says
// more makes the role more specific ("the Florida senator" for "Sen. Ann
// Cole"), and of two descriptions the more specific is the role. A
// description is read where its phrase ends ("the former vice
// president's spokeswoman" describes the former vice president, not "the
// former vice"); one that is its sentence's subject is kept as an
// antecedent (noteDescribedSubject).
func (es *entities) harvestDescriptorRoles() {
	d := es.d
	ui := 0
	for k := 1; k < len(d.toks); k++ {
		t := &d.toks[k]
		if !d.descriptionEnd(k) {
			continue
		}
		for ui < len(d.units) && d.units[ui].hi <= k {
			ui++
		}
		if ui >= len(d.units) {
			return
		}
		if d.namesHolder(k) {
			es.roleOfNamedAfter(k, d.units[ui]) // "the shadow home secretary, Ann Hale,": the role of the one named
			continue
		}
		m, ok := d.npBefore(k, d.units[ui].lo)
		if ok && m.pronoun == "" {
			m = d.servedDescription(m) // "senior adviser to the Democratic front-runner"
		}
		if !ok || m.named() || m.pronoun != "" || !d.toks[m.lo].is(fnDefinite) || m.hi-m.lo < minDescriptorTokens {
			continue
		}
		r := strings.TrimSuffix(strings.TrimSuffix(d.roleText(m), "'s"), "’s")
		// "Reddy, the independent senator from Norland, is …": the role
		// of the one named before the comma, no one else's.
		held, appositive := es.appositiveHolder(m)
		if held != nil {
			if held.kind == KindPerson && held.role == "" && !t.reported {
				es.setRole(held, r)
				held.describedRole = true
			}
			es.noteDescribedSubject(m, held, d.units[ui])
			continue
		}
		if e := es.byDescriptor(m); e != nil {
			if !t.reported && !appositive && es.moreSpecific(e, r) {
				es.setRole(e, r)
			}
			es.noteDescribedSubject(m, e, d.units[ui])
			continue
		}
		if es.appositiveOfOrganisation(m, d.units[ui].lo) {
			continue // "Ofwat, the industry regulator,": what the organisation is
		}
		// "an email went from Ann Cole to the club members": people she
		// wrote to, no role of hers.
		h := d.toks[m.hi-1]
		plural := d.pluralRoleHead(h) || h.in(lexGroupNouns) && !h.cap
		e := es.descriptionReferent(m, d.units[ui])
		if e == nil {
			e = es.namedNext(m) // "the union's general secretary made it clear … "…," said Ann Cole"
		}
		// "Tom Reddy spent the month covering the Norland senator": whom
		// the subject acts on, not who the subject is.
		if e != nil && !plural && !appositive && (e.role == "" || e.describedRole && !t.reported && !d.holdersAide(m) && roleScore(r) > roleScore(e.role)) &&
			!(d.objectDescription(m, d.units[ui].lo) && es.ownSubject(e, m, d.units[ui])) {
			// (Of two descriptions, "the Irish star" and later "the number
			// one player in the world", the more specific is the role.)
			es.setRole(e, r)
			e.describedRole = true
		}
		if e == nil && !t.reported {
			e = es.subjectOfSentenceBefore(m, d.units[ui]) // an antecedent only: no role
		}
		if e == nil && !t.reported && !plural && r != "" && roleHasHead(d.toks[m.lo:m.hi]) && d.describedSubject(m, d.units[ui]) {
			// "The prime minister faced MPs on Monday. He said …": no one
			// named, the role is the pronoun's (describedSubjectBefore).
			es.unnamedSubjects = append(es.unnamedSubjects, unnamedSubject{pos: d.toks[m.lo].start, role: r, gender: d.descriptionGender(m)})
		}
		es.noteDescribedSubject(m, e, d.units[ui])
	}
	es.indefiniteSubjects()
	for p := 1; p+1 < len(d.paraToks); p++ {
		es.introducedNext(p)
	}
	es.leadOrganisation()
}

// indefiniteSubjects adds to unnamedSubjects the indefinite descriptions
// of people, never named, that open their sentences as the subject of a
// verb ("A spokesperson for Ellen Marsh dismissed the launch", "An aide
// to the mayor criticised the plan"): the one "the spokesperson" and "he"
// return to, though the sentence reports no words of theirs.
func (es *entities) indefiniteSubjects() {
	d := es.d
	added := false
	for _, u := range d.units {
		if u.hi-u.lo < 3 || !d.toks[u.lo].is(fnIndefiniteArticle) || !d.isNarration(u.lo) {
			continue
		}
		m, end, ok := d.npAfter(u.lo, u.hi)
		if !ok || m.named() || m.pronoun != "" || m.kind != KindPerson || m.lo != u.lo || end >= u.hi || !roleHasHead(d.toks[m.lo:m.hi]) {
			continue
		}
		if v := d.toks[end]; v.kind != tokWord || v.cap || !(d.pastForm(v) || v.in(lexVerbModifiers|lexAuxiliaries)) {
			continue // a subject and its verb, not a fragment ("A spokesperson for Ellen Marsh.")
		}
		r, head := d.roleText(m), ""
		for k := m.lo + 1; k < m.hi && !d.toks[k].in(lexPrepositions); k++ {
			if d.toks[k].stem&lexRoleHeads != 0 {
				head = stemOf(d.toks[k].lower) // "spokesperson" in "A spokesperson for Ellen Marsh"
			}
		}
		if r == "" || head == "" {
			continue
		}
		es.unnamedSubjects = append(es.unnamedSubjects, unnamedSubject{pos: d.toks[m.lo].start, role: r, gender: d.descriptionGender(m), indefinite: true, head: head})
		added = true
	}
	if added {
		slices.SortStableFunc(es.unnamedSubjects, func(a, b unnamedSubject) int { return a.pos - b.pos })
	}
}

// roleOfNamedAfter gives the description that ends at the role head k,
// a comma and then a name ("was backed by the Europe minister, Denis
// Marsh, who said …"), to the person named as their role when they have
// none: roleCommaName reads the apposition before a cue, and a
// name's own run its title with no comma ("Europe minister Denis
// Marsh"); an apposition anywhere else was no one's role.
func (es *entities) roleOfNamedAfter(k int, u unit) {
	d := es.d
	if k+2 >= len(d.toks) || d.toks[k+1].text != "," || d.toks[k].reported {
		return
	}
	m, ok := d.npBefore(k, u.lo)
	if !ok || m.named() || m.pronoun != "" || !d.toks[m.lo].is(fnDefinite) || m.hi-m.lo < minDescriptorTokens {
		return
	}
	for j := m.lo + 1; j < k; j++ {
		if d.toks[j].in(lexPrepositions) {
			return // "the party of Ukraine's then-president, Viktor Lenko": the party is described, the president only named
		}
	}
	i := es.namedBefore(d.toks[k+2].start + 1)
	if i < 0 || es.named[i].lo != k+2 || es.named[i].described {
		return
	}
	if e := es.named[i].e; e != nil && e.kind == KindPerson && e.role == "" {
		es.setRole(e, strings.TrimSuffix(strings.TrimSuffix(d.roleText(m), "'s"), "’s"))
		e.describedRole = true
	}
}

// appositiveHolder reports whether the description m stands right after
// a person's name and its comma ("Tom Reddy, the independent senator
// from Norland, …"), an apposition that says who the named one is, and
// gives the name's entity (nil when it has none yet).
func (es *entities) appositiveHolder(m mention) (*entity, bool) {
	d := es.d
	if m.lo < 2 || d.toks[m.lo-1].text != "," || !d.isNarration(m.lo-1) {
		return nil, false
	}
	if i := es.namedBefore(d.toks[m.lo-1].start); i >= 0 && es.named[i].hi == m.lo-1 && !es.named[i].described {
		if n := es.named[i]; m.hi < len(d.toks) && d.toks[m.hi].kind == tokWord && d.afterPreposition(n.lo, d.unitAt(n.lo).lo) {
			// "In a meeting with Keir Stanton, the party leader said": the
			// phrase the name closes is fronted, and the description
			// after its comma is the subject of the verb that follows.
			return nil, false
		}
		if e := es.named[i].e; e != nil && e.kind == KindPerson {
			return e, true
		}
		return nil, false // ("Scranton, Pennsylvania, the vice president said": a place before a clause's subject)
	}
	// "Reddy, the independent senator from Norland, …": a one-word name
	// that opens its sentence, the surname of a person named before or
	// after, is no referent yet (buildEntities indexes
	// it after the descriptions), but the description is its apposition
	// still, and describes no one else.
	n := m.lo - 2
	if t := d.toks[n]; isNameWord(t) && !t.in(lexStopCaps) && d.opensSentence(n) && d.isNarration(n) && len(es.surnameCandidates([]string{t.text}, KindPerson, t.start)) > 0 {
		return nil, true // (the surname of a person the article names; not "Rather, the nominee …")
	}
	return nil, false
}

// servedDescription is the description after the "to" of a role that
// names whom it serves, when m holds one ("the Democratic front-runner"
// of "senior adviser to the Democratic front-runner"): the description
// that ends there is of the one served; else m.
func (d *document) servedDescription(m mention) mention {
	for k := m.hi - 2; k > m.lo; k-- {
		if d.roleTo(k) {
			return d.analyzeNP(k+1, m.hi)
		}
	}
	return m
}

// appositiveOfOrganisation reports whether description m is an
// appositive of the organisation named right before its comma ("Ofwat,
// the industry regulator, said"), in a unit starting at ulo: what the
// organisation is, never a person's role.
func (es *entities) appositiveOfOrganisation(m mention, ulo int) bool {
	d := es.d
	if m.lo-2 < ulo || d.toks[m.lo-1].text != "," || !d.isNarration(m.lo-1) || !d.toks[m.lo-2].cap {
		return false
	}
	n, ok := d.npBefore(m.lo-2, ulo)
	return ok && n.named() && n.kind == KindOrganization
}

// noteDescribedSubject keeps description m, resolved to person e, as an
// antecedent of the pronouns after it when it is the subject of its
// sentence: it opens unit u or follows the comma of a fronted phrase, and
// no comma follows it ("In a statement, the Kentucky senator dismissed
// the plan. He said …": the senator, not a person named after the
// description). A description in the possessive is no subject, nor one of
// a holder's aide ("the senator's spokeswoman").
func (es *entities) noteDescribedSubject(m mention, e *entity, u unit) {
	d := es.d
	if e == nil || e.kind != KindPerson || !d.describedSubject(m, u) {
		return
	}
	es.described = append(es.described, namedMention{pos: d.toks[m.lo].start, lo: m.lo, hi: m.hi, e: e, subject: true, described: true})
}

// describedSubject reports whether description m is the subject of its
// unit u, as noteDescribedSubject keeps it.
func (d *document) describedSubject(m mention, u unit) bool {
	if m.hi >= u.hi || d.toks[m.hi].text == "," || d.holdersAide(m) {
		return false
	}
	if isPossessiveWord(d.toks[m.hi-1]) && !d.possessiveOpening(m, u) {
		return false
	}
	return m.lo == u.lo || d.opensSentence(m.lo) || d.toks[m.lo-1].text == ","
}

// possessiveOpening reports whether description m, in the possessive,
// opens unit u before a thing of the person's ("The Florida senator's
// reply was that …. But he stumbled."): the person is what the sentence
// is about, and a pronoun after it may be theirs. A person of theirs
// ("the senator's spokeswoman") is the subject instead.
func (d *document) possessiveOpening(m mention, u unit) bool {
	if m.lo != u.lo && !d.opensSentence(m.lo) {
		return false
	}
	return !d.personNounAfter(m.hi - 1)
}

// leadOrganisation gives the role of a description of an organisation
// that ends the first paragraph's sentence ("… rules set by the US
// aviation regulator.") to the organisation the next paragraph names
// first ("The Federal Aviation Administration has delayed …"), when
// the story names none before it.
func (es *entities) leadOrganisation() {
	d := es.d
	p := 0
	if d.hasHeadline() {
		p = 1
	}
	if p+1 >= len(d.paraToks) {
		return
	}
	lo, end := d.paraToks[p][0], d.paraToks[p][1]
	h := end - 1
	if h > lo && d.toks[h].kind == tokPunct {
		h--
	}
	t := d.toks[h]
	if h <= lo || t.cap || !t.in(lexGenericOrgNouns) || t.in(lexDocumentNouns) || !d.isNarration(h) || es.namedBefore(t.start) >= 0 && es.named[es.namedBefore(t.start)].e.kind == KindOrganization {
		return
	}
	the := h - 1
	for the > lo && h-the < maxOrgDescription && !d.toks[the].is(fnDefinite) && d.toks[the].kind == tokWord && (!d.toks[the].cap || d.toks[the].stem&lexPlaces != 0) {
		the--
	}
	if h-the < minDescriptorTokens-1 || !d.toks[the].is(fnDefinite) {
		return // ("the US aviation regulator": a place is no name)
	}
	if e := es.firstNamedIn(p+1, KindOrganization); e != nil && e.role == "" && d.paraOf(e.first) == p+1 {
		es.setRole(e, d.text[d.toks[the+1].start:t.end])
		e.rolePos = t.start
	}
}

// maxOrgDescription bounds the words of a description of an
// organisation, "the" and the head included.
const maxOrgDescription = 6

// firstNamedIn is the entity paragraph p names first, when it is of kind
// k, or nil.
func (es *entities) firstNamedIn(p int, k string) *entity {
	d := es.d
	i := es.namedBefore(d.toks[d.paraToks[p][0]].start) + 1
	if i >= len(es.named) || es.named[i].lo >= d.paraToks[p][1] || es.named[i].e.kind != k {
		return nil
	}
	return es.named[i].e
}

// descriptionEnd reports whether token k, a lower-case role head in the
// narration, may end a description that gives a role: not right after
// "the", and where the phrase ends ("the former vice president" ends at
// "president"; a possessive "president's" ends it too).
func (d *document) descriptionEnd(k int) bool {
	t := &d.toks[k]
	if d.placedParty(k) {
		// (not "the Ohio Republican Party", "the Ohio Democratic primary")
		return d.isNarration(k) && (k+1 >= len(d.toks) || d.verbOrLinkAfterParty(d.toks[k+1]))
	}
	// (a rank's numeral, "the former world number one", ends the rank;
	// tested only for a lower-case word that is no role head, since this
	// is asked of every token)
	if t.cap || t.stem&lexRoleHeads == 0 && !d.rankNumeral(k) || !d.isNarration(k) || d.toks[k-1].is(fnDefinite) {
		return false
	}
	if isPossessiveWord(*t) || k+1 >= len(d.toks) {
		return true
	}
	if k+1 < len(d.toks) && d.rankNumeral(k+1) {
		return false // "the world number one": the rank ends at its numeral (rankedBefore)
	}
	if k+2 < len(d.toks) && d.isQuantity(k+1) && d.toks[k+1].kind == tokWord && !d.toks[k+1].cap {
		// "the national number three seeding": a rank's number and the noun it
		// ranks go on with the phrase, whose head is no role.
		if a := d.toks[k+2]; a.kind == tokWord && !a.cap && a.stem&lexRoleHeads == 0 && d.isNarration(k+2) && d.rankedNoun(a) {
			return false
		}
	}
	n := d.toks[k+1]
	return !(n.kind == tokWord && !n.cap && npWord(n) && d.isNarration(k+1))
}

// rankedNoun reports whether t, after a rank's number ("number two"),
// may be the noun the rank is of ("ranking", "spot", "seed"): no cue,
// verb or function word ("the world number one said", "… will", "…
// beat her").
func (d *document) rankedNoun(t token) bool {
	if isCue(t) || t.is(fnBe|fnRelative) || t.in(lexPrepositions|lexAuxiliaries|lexConjunctions|lexVerbModifiers|lexDeterminers|lexTimeWords) || d.pastVerb(t) {
		return false
	}
	return !strings.HasSuffix(t.lower, "s") || npWord(t)
}

// placedParty reports whether token k is a party word after "the" and a
// place, which describes a member of that state's party ("the Kentucky
// Republican", "the Ohio Democrat"), and no name's word.
func (d *document) placedParty(k int) bool {
	t := &d.toks[k] // (asked of every token: no copy of it)
	return k >= 2 && t.cap && t.kind == tokWord && t.in(lexRoleModifiers) && !t.in(lexRoleHeads) &&
		d.toks[k-1].stem&lexPlaces != 0 && d.toks[k-1].cap && d.toks[k-2].is(fnDefinite)
}

// verbOrLinkAfterParty reports whether n, after "the Ohio Republican",
// makes it a person the sentence goes on about: punctuation, a
// preposition, a cue, a verb modifier, an auxiliary or a verb in "-s" or
// "-ed" ("the Ohio Republican asks", "on Tuesday dismissed"), not a noun
// the party word modifies ("the Ohio Democratic primary").
func (d *document) verbOrLinkAfterParty(n token) bool {
	if n.kind != tokWord {
		return true
	}
	if n.cap {
		return false
	}
	return n.in(lexPrepositions|lexVerbModifiers|lexAuxiliaries) || isCue(n) || n.is(fnBe) || d.pastVerb(n) || strings.HasSuffix(n.lower, "s") && !npWord(n)
}

// introducedNext gives the role of a description that opens paragraph p
// and describes no one named before it ("The head of the water board is
// worried …" after a headline) to the person the next paragraph
// introduces ("Ann Cole said …", named there for the first time), with
// the phrase its link word opens ("head of the water board"). An
// indefinite description does so only when a relative clause singles
// it out ("A mother whose son died says …", the usual lead of a
// British story; a bare "A spokesman said", an informant's noun ("A
// source who …", lexicon/informant-nouns) or one "who declined to be
// named" is a source left unnamed), and then it stands for that person
// (leadIndefinites), with its noun phrase as the role when its head is
// a role's ("A nurse whose ward closed") and none when it is a
// relation's or a person's ("A mother whose …", "A man who …").
func (es *entities) introducedNext(p int) {
	d := es.d
	f, end := d.paraToks[p][0], d.paraToks[p][1]
	if f >= end || !d.toks[f].is(fnDefinite|fnIndefiniteArticle) || !d.isNarration(f) {
		return
	}
	h := f + 1
	for h+1 < end && npWord(d.toks[h+1]) && !d.toks[h+1].cap && !isCue(d.toks[h+1]) {
		h++
	}
	if h >= end {
		return // (an article alone: no head)
	}
	indefinite := d.toks[f].is(fnIndefiniteArticle)
	if indefinite && (!(h+1 < end && d.toks[h+1].is(fnRelative) && d.toks[h+1].lower != "which") || d.lex.informantNouns[d.toks[h].lower] || d.anonymousClause(h+2, end)) {
		return // ("A source who was at the meeting said …", "A worker who declined to be named said …": a source left unnamed)
	}
	hi := h + 1
	if !indefinite {
		hi = d.linkedPhraseEnd(h+1, end)
	}
	// A relation with its phrase is a role too: "the father of a pupil".
	// An indefinite one may be a relation or a person ("A mother whose
	// son died", "A man who lost his job"): it stands for the person
	// then, with no role.
	person := indefinite && d.toks[h].stem&lexRoleHeads == 0 && d.toks[h].in(lexRelationWords|lexPersonNouns)
	if d.toks[h].cap || d.toks[h].stem&lexRoleHeads == 0 && !(hi > h+1 && d.toks[h].in(lexRelationWords)) && !person {
		return
	}
	m, ok := d.npBefore(h, f)
	if !ok || m.lo != f || m.named() || es.byDescriptor(m) != nil || !indefinite && hi == h+1 && m.hi-m.lo < minDescriptorTokens {
		return
	}
	if i := es.namedBefore(d.toks[f].start); i >= 0 && d.paraOf(es.named[i].pos) == p-1 && p-1 > 0 {
		return // someone just named may be the one described
	}
	if hi < end && isCue(d.toks[hi]) {
		// A description that speaks ("The company's chief spokesman said
		// …") is a source the article leaves unnamed: the person the next
		// paragraph introduces is as often someone else, who would take
		// its quote.
		return
	}
	if e := es.introducedIn(p + 1); e != nil {
		if !person {
			es.setRole(e, strings.TrimSuffix(strings.TrimSuffix(d.text[d.toks[f+1].start:d.toks[hi-1].end], "'s"), "’s"))
		}
		if indefinite {
			if es.leadIndefinites == nil {
				es.leadIndefinites = map[int]*entity{}
			}
			es.leadIndefinites[d.toks[f].start] = e
		}
	}
}

// anonymousClause reports whether the words from k to the cue that
// reports or the end of the sentence, before end, say that someone is
// not to be named ("who declined to be named said", "who spoke on
// condition of anonymity"): a cue with an infinitive after it
// ("declined to", "asked not to") is the clause's own. It reads one
// relative clause, at most maxAppositiveTokens words.
func (d *document) anonymousClause(k, end int) bool {
	for j := k; j < end && j < k+maxAppositiveTokens && d.toks[j].text != "."; j++ {
		t := d.toks[j]
		if t.in(lexAnonymityWords) || t.lower == "anonymity" {
			return true
		}
		if isCue(t) && !(j+1 < end && d.toks[j+1].is(fnTo|fnNegation)) {
			return false
		}
	}
	return false
}

// linkedPhraseEnd is where the phrase a link word at k opens ends ("of
// the water board" before "is worried"): at a verb, an auxiliary ("of
// London" before "has announced", the phrase no part of the verb), a
// comma or the end of the sentence, within maxAppositiveTokens; k when
// no link word stands there.
func (d *document) linkedPhraseEnd(k, end int) int {
	if k >= end || !npLink(d.toks[k]) {
		return k
	}
	j := k + 1
	for j < end && j < k+maxAppositiveTokens && d.isNarration(j) && d.toks[j].kind == tokWord && !d.toks[j].is(fnBe|fnRelative) && !d.toks[j].in(lexAuxiliaries) && !isCue(d.toks[j]) {
		j++
	}
	if j == k+1 || j < end && j == k+maxAppositiveTokens {
		return k
	}
	return j
}

// introducedIn is the person paragraph p introduces: the first person it
// names (not after a preposition), named there for the first time in the
// article and given no role yet; or nil.
func (es *entities) introducedIn(p int) *entity {
	d := es.d
	r := d.paraToks[p]
	if r[0] >= r[1] {
		return nil
	}
	for i := es.namedBefore(d.toks[r[0]].start) + 1; i < len(es.named) && es.named[i].lo < r[1]; i++ {
		n := es.named[i]
		if d.afterPreposition(n.lo, d.unitAt(n.lo).lo) && !d.verbAfter(n.hi) {
			continue
		}
		if n.e.kind == KindPerson && n.e.role == "" && d.paraOf(n.e.first) == p && n.e.antecedentable() {
			return n.e
		}
		return nil
	}
	return nil
}

// descriptionReferent is the person a definite description m of unit u
// describes. One in the narration ("The Ohio Republican said") is the
// subject of its paragraph, else the person named last before it in the
// same or the previous paragraph. One in the words of a report never
// refers to the subject or the speaker of its sentence: in "Tom Reilly
// said the former mayor had left", the former mayor is the person named
// last before it, not Tom Reilly (and in "Ann Cole said the forthcoming
// general election …" no one).
func (es *entities) descriptionReferent(m mention, u unit) *entity {
	d := es.d
	last := d.toks[m.hi-1]
	if !last.reported {
		if e := es.subjectInParagraph(mention{lo: m.lo, hi: m.hi, pronoun: descriptorPronoun(d, m)}, last.para); e != nil {
			return e
		}
		return es.describedBefore(m, last.para)
	}
	var own []*entity // the subject and speakers of the sentence
	pos, ustart := d.toks[m.lo].start, d.toks[u.lo].start
	start := es.namedBefore(pos)
	for i := start; i >= 0 && i > start-antecedentWindow && es.named[i].pos >= ustart; i-- {
		if n := es.named[i]; n.subject || d.cueAfter(n.hi) {
			own = append(own, n.e)
		}
	}
	g := pronounGender(descriptorPronoun(d, m))
	for i := start; i >= 0 && i > start-antecedentWindow; i-- {
		n := es.named[i]
		if d.paraOf(n.pos) < last.para-1 {
			return nil
		}
		if n.e.kind == KindPerson && !slices.Contains(own, n.e) && n.e.agrees(g) && n.e.antecedentable() {
			return n.e
		}
	}
	return nil
}

// subjectOfSentenceBefore is the person named as the subject of the
// sentence before the one description m opens, in its paragraph or the
// one before, when the description can be theirs ("Senate leader Tom
// Hale criticized President Cole … ¶ In a statement, the Ohio
// Republican dismissed Cole's plan": Hale, not Cole, whom Hale spoke
// of); nil when that sentence has none or the description names
// another office. It makes the description an antecedent of the
// pronouns after it, and gives no role: the description may say more
// than the article states of them.
func (es *entities) subjectOfSentenceBefore(m mention, u unit) *entity {
	d := es.d
	if m.kind != KindPerson || u.lo == 0 || m.lo != u.lo && d.toks[m.lo-1].text != "," {
		return nil
	}
	prev := d.unitAt(u.lo - 1)
	if prev.para < u.para-1 {
		return nil
	}
	g := pronounGender(descriptorPronoun(d, m))
	for i := es.namedBefore(d.toks[m.lo].start); i >= 0 && es.named[i].lo >= prev.lo; i-- {
		n := es.named[i]
		if n.lo >= u.lo || !n.subject || n.described {
			continue
		}
		if n.e.kind != KindPerson || !n.e.agrees(g) || !n.e.antecedentable() || n.e.role != "" && (d.titledOffice(m) || es.otherOffice(m, n.e.role)) {
			return nil
		}
		return n.e
	}
	return nil
}

// cueAfter reports whether a cue verb follows token k, after verb
// modifiers ("Ann Cole said", "Tom Reilly also told"): the name before k
// is a speaker.
func (d *document) cueAfter(k int) bool {
	for k < len(d.toks) && d.toks[k].kind == tokWord && d.toks[k].in(lexVerbModifiers) {
		k++
	}
	return k < len(d.toks) && isCue(d.toks[k]) && !d.toks[k].cap
}

// moreSpecific reports whether role r is a fuller form of e's title:
// every word of e's role, spelt out and without its party, is in r, which
// has more words ("Florida senator" for "Sen."), and r is no former role
// when e's is current.
func (es *entities) moreSpecific(e *entity, r string) bool {
	if e.role == "" || es.former(r) && !es.former(e.role) {
		return false
	}
	var old []string
	for _, w := range strings.Fields(strings.ToLower(es.d.spelledOut(e.role))) {
		if !strings.HasPrefix(w, "(") {
			old = append(old, w)
		}
	}
	nw := strings.Fields(strings.ToLower(strings.ReplaceAll(r, "’", "'")))
	// An age says how old, not what the person does: "the 71-year-old
	// senator" says no more of "Sen. Ruth Adler"'s office than "Sen.".
	words := 0
	for _, w := range nw {
		if !isDigitStart(w) || !strings.HasSuffix(w, "-year-old") {
			words++
		}
	}
	if words <= len(old) {
		return false
	}
	for _, w := range old {
		if !slices.Contains(nw, w) {
			return false
		}
	}
	return true
}

// describedBefore is the person description m, in paragraph para, gives
// a role to: the person named last before it (organisations, and one-word
// names that never spoke, named since left aside), in the same or the
// previous paragraph, when the article gives them no role yet (or only
// a description's, which a more specific one may replace) and no
// preposition governs them in its sentence (prepositionObjects). When
// a preposition governs them in the sentence before and the description
// opens its own, it is that sentence's subject's, a person with no role
// yet ("Ana Lisk regrets her remarks about Tom Reddy. The harbour
// master said …").
func (es *entities) describedBefore(m mention, para int) *entity {
	i := es.namedBefore(es.d.toks[m.lo].start)
	start := i
	for i >= 0 && start-i < antecedentWindow && (es.named[i].e.kind == KindOrganization || !es.named[i].e.antecedentable()) && es.d.paraOf(es.named[i].pos) >= para-1 {
		i-- // "Ann Cole left the Green Party. The former minister said"
	}
	if i < 0 || start-i >= antecedentWindow {
		return nil
	}
	n := es.named[i]
	if e := es.surnameBetween(n, m, para); e != nil {
		return e
	}
	if n.e.kind != KindPerson || n.e.role != "" && !n.e.describedRole || es.d.paraOf(n.pos) < para-1 || slices.Contains(es.prepositionObjects(m), n.e) {
		return nil
	}
	// "Ana Lisk regrets her remarks about Tom Reddy. The harbour master
	// …": a name a preposition governs in the sentence before is not who
	// that sentence is about; its subject is.
	// So is one right after the subject's verb ("Tom Hale beat Ali
	// Reza. ¶ The British number one said …"): whom the subject acted
	// on.
	if u := es.d.unitAt(n.lo); u.hi <= m.lo && es.d.opensSentence(m.lo) && (es.d.afterPreposition(n.lo, u.lo) && !es.d.verbAfter(n.hi) || es.verbObject(i, u.lo)) {
		for j := i - 1; j >= 0 && es.named[j].lo >= u.lo; j-- {
			if s := es.named[j]; s.subject && !s.described && s.e != n.e {
				if s.e.kind == KindPerson && s.e.role == "" && s.e.antecedentable() && !es.d.afterPreposition(s.lo, u.lo) {
					return s.e
				}
				break
			}
		}
	}
	return n.e
}

// surnameBetween is the person whose surname opens a sentence after
// named mention n and before description m, in paragraph para or the one
// before, when it is someone else than n's ("The folk pioneer follows Tom
// Redd and Nick Alden. Vale has yet to decide … ¶ The 58-year-old singer
// told": Vale, not Alden): the last one so, else nil. Only for a name
// n that is no subject, and a person the article has given a role of
// their own, and a description that opens a sentence after the
// surname's ("Sullivan is now adviser to the 2016 front-runner" is
// about someone else): a first version that let the description give
// the surname its role, or pass over a subject, lost BBC roles.
func (es *entities) surnameBetween(n namedMention, m mention, para int) *entity {
	pos := es.d.toks[m.lo].start
	l := es.initialSurnames
	j, _ := slices.BinarySearchFunc(l, pos, func(a namedMention, p int) int { return a.pos - p })
	if j == 0 {
		return nil
	}
	s := l[j-1]
	if n.subject || !es.d.opensSentence(m.lo) || es.d.unitAt(s.lo).hi > m.lo || s.pos <= n.pos || s.e == n.e || s.e.kind != KindPerson || !s.e.antecedentable() || s.e.role == "" || s.e.describedRole || es.d.paraOf(s.pos) < para-1 {
		return nil
	}
	return s.e
}

// verbObject reports whether named mention i is the object of a verb of
// winning (lexicon/contest-verbs) right after a subject named just before
// it, in a unit starting at ulo ("Tom Hale beat Ali Reza"): the story
// follows the winner. After other verbs ("Tom Hale appointed Ali Reza",
// "met") the one acted on is as often the one described next.
func (es *entities) verbObject(i, ulo int) bool {
	d := es.d
	n := es.named[i]
	if i == 0 || n.lo < ulo+2 {
		return false
	}
	s, v := es.named[i-1], d.toks[n.lo-1]
	return s.subject && s.hi == n.lo-1 && s.lo >= ulo && v.kind == tokWord && !v.cap && d.lex.contestVerbs[v.lower]
}

// namesHolder reports whether the role head at k is followed by the name
// of whoever holds it, directly or after a comma ("the home secretary Ann
// Hale", "the home secretary, Ann Hale,"): that description is their role,
// not one for the person named before it.
func (d *document) namesHolder(k int) bool {
	n := k + 1
	if n < len(d.toks) && d.toks[n].text == "," {
		n++
	}
	return n+1 < len(d.toks) && isNameWord(d.toks[n]) && isNameWord(d.toks[n+1]) && !d.opensSentence(n)
}

// objectDescription reports whether description m, in a unit starting
// at ulo, is the object of a verb or a preposition right before it
// ("covering the Norland senator", "allows the governor to …", "with
// the mayor"): not a form of "be", "become" or "remain", a verb that
// names a role ("heads") or "as" ("served as the party's treasurer"), whose phrase says
// what the subject is, and not a cue after a comma or a quote ("…,"
// said the senator), whose phrase is the speaker.
func (d *document) objectDescription(m mention, ulo int) bool {
	j := m.lo - 1
	if j < ulo {
		return false
	}
	t := d.toks[j]
	if t.kind != tokWord || t.cap || t.is(fnBe|fnAnd|fnRelative|fnComplementizer|fnSubordinator) || t.lower == "as" || becomingVerb(t.lower) || t.in(lexRoleVerbs|lexConjunctions|lexAuxiliaries) || npWord(t) {
		return false
	}
	if m.lo+1 < m.hi && d.lex.positionNouns[d.toks[m.lo+1].lower] {
		return false // ("keeps the title campaign manager": the subject's position)
	}
	if t.in(lexPrepositions) {
		return true
	}
	if isCue(t) && (j == ulo || d.toks[j-1].kind != tokWord) {
		return false // (an inverted cue: '"…," said the senator')
	}
	if t.in(lexAppointmentVerbs) || d.passiveAt(j, ulo) {
		return false // ("was named the new mayor", "has been crowned the party's nominee": what the subject is)
	}
	return strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "s") || isCue(t)
}

// passiveAt reports whether the verb at j, in a unit starting at ulo,
// follows a form of "be" past its modifiers ("has been formally
// crowned"): a passive, whose phrase after it says what the subject is.
func (d *document) passiveAt(j, ulo int) bool {
	for k := j - 1; k >= ulo && k >= j-3; k-- {
		t := d.toks[k]
		switch {
		case t.kind != tokWord:
			return false
		case t.is(fnBe):
			return true
		case t.in(lexVerbModifiers) || strings.HasSuffix(t.lower, "ly"):
		default:
			return false
		}
	}
	return false
}

// becomingVerb reports whether w is a form of "become" or "remain",
// whose phrase says what the subject is ("if he becomes the party's
// nominee").
func becomingVerb(w string) bool {
	return strings.HasPrefix(w, "becom") || w == "became" || strings.HasPrefix(w, "remain")
}

// ownSubject reports whether person e is the subject or a speaker of
// unit u before description m: named there as a subject or before a cue,
// or the unit opens with e's surname (read as a referent only after the
// descriptions) or with a pronoun of e's gender.
func (es *entities) ownSubject(e *entity, m mention, u unit) bool {
	d := es.d
	if e == nil {
		return false
	}
	ustart := d.toks[u.lo].start
	for i := es.namedBefore(d.toks[m.lo].start); i >= 0 && es.named[i].pos >= ustart; i-- {
		if n := es.named[i]; n.e == e && (n.subject || d.cueAfter(n.hi)) {
			return true
		}
	}
	t := d.toks[u.lo]
	if isNameWord(t) && len(e.words) > 0 && e.words[len(e.words)-1] == t.text {
		return true
	}
	return t.in(lexSubjectPronouns) && (t.lower == "he" || t.lower == "she") && e.agrees(pronounGender(t.lower))
}
