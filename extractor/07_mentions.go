package extractor

import "strings"

// mention is a noun phrase that names, describes or stands for a speaker.
type mention struct {
	lo, hi     int  // token range of the verbatim mention
	name       span // bytes of the name within it; empty when unnamed
	role       span // bytes of the role stated with it; empty when none
	party      span // a parenthesis after the name: "(R-Texas)"
	kind       string
	pronoun    string // lower-cased pronoun when the mention is one
	indefinite bool   // "a spokesman": an unnamed source, never resolved
}

func (m mention) named() bool { return !m.name.empty() }

// unnamedRoleWindow: how far into a phrase a role head may stand before
// the link word of an unnamed source ("a senior spokesman for …").
const unnamedRoleWindow = 3

// analyzeNP splits the noun phrase toks[lo:hi] into determiner, role and
// name, and decides its kind.
func (d *document) analyzeNP(lo, hi int) mention {
	toks := d.toks
	m := mention{lo: lo, hi: hi, kind: KindUnknown}
	b := lo
	if toks[b].in(lexDeterminers) {
		m.indefinite = toks[b].is(fnIndefinite)
		b++
	} else if b+1 < hi && b > 0 && toks[b+1].cap && d.lex.adverbialPhrases[[2]string{toks[b-1].lower, toks[b].lower}] {
		b++ // "on board EgyptAir Flight 9", "at times Tom Hale": the noun is the adverb's (lexicon/adverbial-phrases)
		m.lo = b
	}
	if b >= hi {
		return m
	}
	hi = d.documentEnd(b, hi)
	whole := span{toks[b].start, toks[hi-1].end}
	// "the city of Phoenix", "the state of Ohio": a public body named by its place.
	if b+2 < hi && toks[b].in(lexJurisdictions) && !toks[b].cap && toks[b+1].is(fnOf) && allCap(toks[b+2:hi]) {
		m.kind = KindOrganization
		m.name = whole
		return m
	}
	// "a spokesman for the Office of Management and Budget": an unnamed person.
	for k := b; k+1 < hi && k < b+unnamedRoleWindow && !d.pluralInOrgName(b, k, hi); k++ {
		// "a spokesman for the Office of …"; a group: "officials at the
		// Department of Labor", "Economists at Deutsche Bank".
		if (!toks[k].cap && toks[k].in(lexRoleHeads) || toks[k].in(lexGroupNouns) && !toks[k].in(lexStopCaps)) && toks[k+1].is(fnRoleLink) && !d.roleOfNoun(k+1, hi) || d.relationLink(k+1) && !(toks[k].cap && d.titledNameAt(k+2, hi)) {
			m.kind = KindPerson
			if toks[k].in(lexGroupNouns) || d.pluralRoleHead(toks[k]) || toks[k].cap && isPluralRoleHead(d.lex, toks[k].lower) || !d.lex.relationHeads[toks[k].lower] && d.relationNoun(toks[k].lower) {
				m.kind = KindGroup // ("Advisers to Mr. Hale", "the widows of the miners")
			}
			m.role = whole
			return m
		}
	}
	// "Advisers to Mr. Hale", "a former adviser and pollster to Mr.
	// Cole": whoever serves the one named, unnamed.
	for k := b + 1; k+1 < hi; k++ {
		if d.roleTo(k) {
			m.kind = KindPerson
			if r := toks[k-1]; r.in(lexGroupNouns) || isPluralRoleHead(d.lex, r.lower) {
				m.kind = KindGroup
			}
			m.role = whole
			return m
		}
	}
	if p, ok := d.personOfPhrase(m, b, hi); ok {
		return p
	}
	if toks[hi-1].cap {
		return d.analyzeNamedNP(m, b, hi)
	}
	if d.numberedName(hi-1, b) {
		// "Channel 4", "Formula 1", "No 10": a number ends no person's
		// name, so the named thing that speaks is an organisation.
		m.kind, m.name = KindOrganization, whole
		return m
	}
	return d.analyzeCommonNP(m, b, hi)
}

// titledNameAt reports whether a lower-case role head and a name end the
// phrase toks[lo:hi] ("Sons of Anarchy star Ann Cole"): the phrase names
// that person, and a capitalised relation noun that opens it is a
// title's word, no group.
func (d *document) titledNameAt(lo, hi int) bool {
	toks := d.toks
	for j := lo; j+1 < hi; j++ {
		if t := toks[j]; t.kind == tokWord && !t.cap && t.in(lexRoleHeads) && allCap(toks[j+1:hi]) {
			return true
		}
	}
	return false
}

// personOfPhrase reads "NAME of/from/at PLACE-OR-ORG" ("Foreign Minister
// Ana Lopes of Portugal", "Nadia Ferro of IT firm Calderon Systems",
// "Kenji Arata of Harlow Trust bank"): the person is the one named
// before the link; where they are from is their role unless a title
// before the name states one.
func (d *document) personOfPhrase(m mention, b, hi int) (mention, bool) {
	toks := d.toks
	for l := b + 1; l+1 < hi; l++ {
		t := toks[l]
		if !(t.is(fnRoleLink) || t.is(fnSourceLink) && !t.is(fnPassiveBy)) {
			continue
		}
		if !toks[l-1].cap {
			return mention{}, false
		}
		p := d.analyzeNamedNP(m, b, l)
		if p.kind != KindPerson || !p.named() || !d.personName(p, b) {
			return mention{}, false
		}
		p.hi = hi
		// (A peer's "of Wendover" is part of the title, not a role.)
		if p.role.empty() && !(t.is(fnOf) && toks[d.tokIndex(p.name.start)].in(lexNameTitles)) && !d.residence(l, hi) && !d.objectPlacedAt(m.lo, l, hi) {
			r := l + 1
			if toks[r].in(lexDeterminers) && r+1 < hi {
				r++
			}
			p.role = span{toks[r].start, toks[hi-1].end}
		}
		return p, true
	}
	return mention{}, false
}

// objectPlacedAt reports whether the person phrase opening at lo, the
// object of a verb right before it, ends in "at" (at l) and an event or a
// place, no organisation, within hi ("Tim Harlow beat Spain's Carlos
// Moreno at Wimbledon"): where the thing happened, no affiliation
// ("economist Ann Cole at Deutsche Bank" is one).
func (d *document) objectPlacedAt(lo, l, hi int) bool {
	toks := d.toks
	if lo < 1 || toks[l].lower != "at" || l+1 >= hi {
		return false
	}
	v := toks[lo-1]
	if v.kind != tokWord || v.cap || isCue(v) || !d.isNarration(lo-1) || v.is(fnBe|fnAnd|fnLink) || v.in(lexAuxiliaries|lexPrepositions|lexDeterminers|lexConjunctions) || npWord(v) {
		return false
	}
	return d.analyzeNP(l+1, hi).kind != KindOrganization
}

// residence reports whether the phrase toks[l:hi] after a name, which its
// link word opens, says where the person lives: "of" or "from", a bare
// name that is no organisation the lexicon knows, and after it a comma
// and the state or country ("Jo Pardew of Leyton, Mass.", "Tom Reilly
// from Dunmore, Ohio"). A home town is no role; a bare name alone may be
// a firm ("Ann Cole of Harlow Trust") or what the person stands for
// ("Foreign Minister Ana Lopes of Portugal"), and a city after it says
// where that firm is ("Tom Reilly of Barclays, London"): no town is
// placed by a city.
func (d *document) residence(l, hi int) bool {
	toks := d.toks
	if !(toks[l].is(fnOf) || toks[l].lower == "from") || toks[l].cap || l+1 >= hi || toks[l+1].in(lexDeterminers) || hi+1 >= len(toks) {
		return false
	}
	last, comma, state := toks[hi-1], toks[hi], toks[hi+1]
	if last.in(lexOrgHeads|lexKnownOrgs) || last.stem&lexOrgHeads != 0 || comma.text != "," || !state.cap || d.lex.cities[state.lower] {
		return false
	}
	// (a state abbreviated as AP writes it: "Mass.", "N.H.", "D.C.")
	return state.in(lexPlaces) || strings.HasSuffix(state.text, ".") || hi+2 < len(toks) && toks[hi+2].text == "." && toks[hi+2].start == state.end
}

// personName reports whether mention p, parsed from tokens starting at
// b, names a person: two or more name words, or a surname after an
// honorific or a title ("Mr Haddad", "Gov. Baker").
func (d *document) personName(p mention, b int) bool {
	toks := d.toks
	n, titled := 0, false
	for k := b; k < len(toks) && toks[k].start < p.name.end; k++ {
		if toks[k].start < p.name.start {
			continue
		}
		if toks[k].start == p.name.start && toks[k].in(lexNameTitles) && toks[k].end < p.name.end {
			titled = true // "Lord Pryce of Wendover": a peer's title starts the name
			continue
		}
		// A surname that is also a role word ends a name after a first
		// name or an initial: "Martin J. Pell", "Ann Bishop".
		surname := n > 0 && toks[k].end == p.name.end && toks[k].cap && !toks[k].in(lexOrgHeads|lexKnownOrgs) &&
			(middleInitial(&toks[k-1]) || d.lex.firstName(toks[k-1].lower))
		if n > 0 && !toks[k].cap && toks[k].in(lexNameParticles) {
			continue // "Abdullah bin Zayed", "Tom van der Meer": a particle inside the name
		}
		if !isNameWord(toks[k]) && !surname || toks[k].in(lexPlaces|lexStopCaps) && !d.monthFirstName(k) && !d.surnameTimeWord(k) {
			return false
		}
		n++
	}
	if n >= 2 {
		return true
	}
	i := d.tokIndex(p.name.start)
	return n == 1 && titled || n == 1 && i > b && (toks[i-1].in(lexHonorifics) || toks[i-1].cap && toks[i-1].in(lexRoleHeads))
}

// analyzeNamedNP analyses a phrase that ends in a capitalised word: a
// person's name with the role before it, an organisation, a group, a
// place, or a title alone.
func (d *document) analyzeNamedNP(m mention, b, hi int) mention {
	toks := d.toks
	if hi-b == 1 && webAddress(toks[b].lower) && toks[b].cap {
		// "Factcheck.org", "Mic.com": a website, a publisher's name
		m.kind = KindOrganization
		m.name = span{toks[b].start, toks[b].end}
		return m
	}
	if hi < len(toks) && d.possessiveNameSpeaks(hi) && allCap(toks[b:hi]) {
		// "Sainsbury's said", "McDonald's told investors": a firm named after its
		// founder, its name whole; a person's name stands without the "'s".
		m.kind = KindOrganization
		m.name = span{toks[b].start, toks[hi-1].end}
		return m
	}
	if a := d.andAfterAmpersandName(b, hi); a > 0 {
		// "mortgage lender Ashby & Crane and builder Tom Reilly": two
		// sources, and the firm named first is the phrase's.
		return d.analyzeNP(m.lo, a)
	}
	n, possessive := d.nameStart(b, hi)
	if nm, ok := d.namelessPhrase(m, b, n, hi, possessive); ok {
		return nm
	}
	if n == hi-1 && toks[hi-1].in(lexRoleHeads) {
		n = hi // "Minister 'will not back down'": a title alone is no name
	}
	if n > b+1 && n < hi && npLink(toks[n-1]) && !toks[n-1].is(fnAnd) && toks[n-2].stem&lexRoleHeads != 0 && !(n-3 >= b && d.lex.firstName(toks[n-3].lower)) {
		// "the MP for Hartlepool", "the Archbishop of Canterbury": a title
		// and what it is of (but "Sen. Ruth Calloway of Oregon").
		n = hi
	}
	if n > b+2 && n < hi && toks[n-1].is(fnDefinite) && !toks[n-1].cap && npLink(toks[n-2]) && !toks[n-2].is(fnAnd) && roleHasHead(toks[b:n-2]) {
		n = hi // "co-chair of the BMA": a title and the body it is of, as "the chair of the BMA" is; no one named "BMA"
	}
	if d.titleObjectJoined(b, n, hi) {
		n = hi // "the MP for Bath and Wells": the seat is two places, no name after the "and"
	}
	if n < hi && (allIn(toks[n:hi], lexRoleModifiers) || hi-n >= 2 && allIn(toks[n:hi], lexRoleModifiers|lexPlaces) && toks[hi-1].stem&lexRoleModifiers != 0) {
		n = hi // "the Republican", "the Ohio Republican": a descriptor, not a name
	}
	if last := toks[hi-1]; hi-b >= 2 && isPluralRoleHead(d.lex, last.lower) && isUpperWord(last.text[:len(last.text)-1]) && allCap(toks[b:hi]) {
		// "Tory MPs", "Opposition MEPs": an office in capitals, in the
		// plural, ends a group's description, as "Labour MPs" does
		m.kind = KindGroup
		m.role = span{toks[b].start, last.end}
		return m
	}
	if n == b && hi-n >= 2 && m.lo < b && toks[m.lo].is(fnDefinite) && toks[hi-1].in(lexRoleHeads) && allUpper(toks[hi-1:hi]) {
		n = hi // "the Tottenham MP": an office written in capitals ends a descriptor, as "the Chelsea manager"'s head does
	}
	if n > b && n < hi && allIn(toks[n:hi], lexPlaces) && !isUpperWord(toks[n].text) && toks[n-1].cap && (toks[n-1].in(lexKnownOrgs) || isUpperWord(toks[n-1].text) && len(toks[n-1].text) > 1) {
		// "NHS England", "Sport Scotland": a body's name and the country
		// it serves, one organisation
		m.kind = KindOrganization
		m.name = span{toks[n-1].start, toks[hi-1].end}
		return m
	}
	if n < hi && allIn(toks[n:hi], lexPlaces) && !d.isOrgName(toks[b:hi]) {
		m.kind = KindUnknown // "New York", "Seoul": a place speaks for its government
		m.name = span{toks[n].start, toks[hi-1].end}
		return m
	}
	m.kind = KindPerson
	if n >= hi { // the head is a role word itself ("Kremlin Spokesman")
		m.role = span{toks[b].start, toks[hi-1].end}
		return m
	}
	return d.nameWithRole(m, b, n, hi)
}

// titleObjectJoined reports whether the name run toks[n:hi] follows an
// "and" that joins it to capitalised words after a title and its link
// ("the MP for Bath and Wells", "the MP for Chingford and Woodford
// Green"): the title's object is the places joined, one seat, and the
// phrase names nobody. A first name or an honorific after the "and"
// opens a person's name ("the chairman of Acme and Tom Reilly").
func (d *document) titleObjectJoined(b, n, hi int) bool {
	toks := d.toks
	if n-4 < b || n >= hi || !toks[n-1].is(fnAnd) || toks[n-1].cap || d.lex.firstName(toks[n].lower) || toks[n].in(lexHonorifics|lexNameTitles) {
		return false
	}
	k := n - 2
	for k > b && toks[k].kind == tokWord && toks[k].cap {
		k--
	}
	return k < n-2 && k-1 >= b && npLink(toks[k]) && toks[k].kind == tokWord && !toks[k].is(fnAnd) && toks[k-1].stem&lexRoleHeads != 0 && !(k-2 >= b && d.lex.firstName(toks[k-2].lower))
}

// andAfterAmpersandName is the index of an "and" that follows a name
// with an ampersand in toks[b:hi] ("Ashby & Crane and builder Tom
// Reilly"), where a second source begins that a lower-case word opens;
// or -1. (The ampersand joins the name's words; the "and" after them
// joins two sources. Before a capitalised name the two make a pair that
// speaks together, ampersandPair: "Ashby & Crane and Fenmoor Holdings".)
func (d *document) andAfterAmpersandName(b, hi int) int {
	if k := d.ampersandAnd(b, hi); k > 0 && !d.toks[k+1].cap {
		return k
	}
	return -1
}

// ampersandAnd is the index of the lower-case "and" right after the
// capitalised words that follow the first ampersand of toks[b:hi], or -1.
func (d *document) ampersandAnd(b, hi int) int {
	toks := d.toks
	for j := b + 1; j+2 < hi; j++ {
		if toks[j].text != "&" || !toks[j-1].cap {
			continue
		}
		k := j + 1
		for k < hi && toks[k].kind == tokWord && toks[k].cap {
			k++
		}
		if k > j+1 && k+1 < hi && toks[k].kind == tokWord && !toks[k].cap && toks[k].is(fnAnd) {
			return k
		}
		return -1
	}
	return -1
}

// maxOrgKindWords: the longest description before an organisation's name
// ("Campaign group", "the local charity").
const maxOrgKindWords = 3

// anyAnd reports whether "and" is among ts.
func anyAnd(ts []token) bool {
	for _, t := range ts {
		if t.is(fnAnd) {
			return true
		}
	}
	return false
}

// personTitleBefore reports whether the word before the name run that
// starts at n (after b) makes it a person's: an honorific ("Mr Fox", "Dr
// Fox": whatever else the surname names) or a plural title before
// joined names ("Radio hosts Tom Reilly and Ann Cole": a title they
// share, not a station).
func (d *document) personTitleBefore(b, n int) bool {
	return n > b && (d.toks[n-1].in(lexHonorifics) || d.pluralTitle(n-1))
}

// commonOwner reports whether the capitalised possessive at k is a
// common noun for people, the owner inside a body's own name ("The
// Children's Society", "Women's Aid", "the Information Commissioner's
// Office"), not a place or a name that owns the body after it
// ("Britain's Labour Party").
func (d *document) commonOwner(k int) bool {
	if k < 0 {
		return false
	}
	t := d.toks[k]
	return t.cap && isPossessiveWord(t) && d.lex.commonOwnerWord(t.lower)
}

// commonOwnerWord reports whether the lower-case possessive lower owns as
// a common noun for people ("children's", "commissioner's", "women's"):
// a role head, a person noun or a group noun before its "'s".
func (l *lexicon) commonOwnerWord(lower string) bool {
	stem, ok := possessiveStem(lower)
	return ok && l.is(stem, lexRoleHeads|lexPersonNouns|lexGroupNouns)
}

// orgKindBefore reports whether the words toks[b:n] before the name run
// toks[n:hi] say what kind of organisation it is ("Campaign group Save
// Wexley Fields", "the charity Memory First"): at most maxOrgKindWords,
// ending in a lower-case group, organisation or generic noun, with no
// ampersand or "and" among them.
func (d *document) orgKindBefore(b, n, hi int) bool {
	toks := d.toks
	if n <= b || n >= hi || n-b > maxOrgKindWords {
		return false
	}
	k := toks[n-1]
	if d.objectOfNamedClause(b, n, hi) {
		return false
	}
	if k.in(lexGroupNouns) && !k.in(lexGenericOrgNouns|lexOrgHeads) && strings.HasSuffix(k.lower, "s") && !isUpperWord(toks[n].text) {
		return false // "the number of Syrian refugees Obama will accept": people, and a clause's subject after them
	}
	return !k.cap && k.kind == tokWord && k.in(lexGroupNouns|lexGenericOrgNouns|lexOrgHeads) && !k.in(lexStopCaps) && !hasAmpersand(toks[b:hi]) && !anyAnd(toks[b:n])
}

// namedInAside reports whether the name at n is the one a naming aside
// gives an organisation's description: after "<noun>, called", "dubbed"
// (lexicon/label-verbs) or "known as", the noun a group, organisation or
// generic one ("firm", "group", "charity"), and a comma closing the aside
// after the name at hi ("campaign, called Trump's statements ..." is
// the label verb's object).
func (d *document) namedInAside(n, hi int) bool {
	toks := d.toks
	if hi >= len(toks) || toks[hi].text != "," {
		return false
	}
	// the label verb or "known as" before the name (namingPhraseName reads
	// them forward)
	k := n - 1
	if k >= 1 && d.namingPhraseName(k-1) == n {
		k -= 2 // "known as"
	} else if k >= 0 && d.namingPhraseName(k) == n {
		k-- // "called"
	} else {
		return false
	}
	if k < 1 || toks[k].text != "," {
		return false
	}
	h := toks[k-1]
	return h.kind == tokWord && !h.cap && h.in(lexGroupNouns|lexGenericOrgNouns|lexOrgHeads) && !strings.HasSuffix(h.lower, "s")
}

// namelessPhrase completes m when the capitalised phrase toks[b:hi],
// whose name run starts at n, is an organisation's name, a group or no
// name at all, rather than a person or a place.
func (d *document) namelessPhrase(m mention, b, n, hi int, possessive bool) (mention, bool) {
	toks := d.toks
	head := toks[hi-1]
	orgFrom := b
	if possessive && !d.commonOwner(n-1) {
		orgFrom = n
	} else if n > b+1 && d.pluralKindOpening(b) {
		orgFrom = b + 1 // ("Lenders Ashby Capital and Wexley Bank": the kind they share is no word of the name)
	} else if n > b && n < hi && d.toks[n-1].cap && d.hyphenedParticiple(d.toks[n-1]) {
		orgFrom = n // ("Leeds-based Harlow Foods", "Labour-run Harlow Council": nameStart stopped there)
	}
	if d.personTitleBefore(b, n) {
		return m, false
	}
	switch {
	case d.orgKindBefore(b, n, hi):
		// "Campaign group Save Wexley Fields", "the charity Memory First":
		// the organisation, and what it is.
		m.kind = KindOrganization
		m.name = span{toks[n].start, toks[hi-1].end}
		m.role = span{toks[b].start, toks[n-1].end}
	case n == b && d.namedInAside(n, hi):
		// "The new firm, known as Harlow Ales, said": what the aside
		// names is the organisation before it.
		m.kind = KindOrganization
		m.name = span{toks[n].start, toks[hi-1].end}
	case n > b && n < hi && hasAmpersand(toks[n:hi]):
		// "Mortgage lender Ashby & Crane": the firm, and what it is.
		m.kind = KindOrganization
		m.name = span{toks[n].start, toks[hi-1].end}
		m.role = span{toks[b].start, toks[n-1].end}
	case d.isOrgName(toks[orgFrom:hi]) && !d.personNamedAfterOrg(orgFrom, hi):
		m.kind = KindOrganization
		m.name = d.orgName(orgFrom, hi)
	case n == hi-1 && head.in(lexGroupNouns):
		m.kind = KindGroup // "Critics", "Local campaigners": the group is its role
		m.role = span{toks[b].start, toks[hi-1].end}
	case n == hi-1 && n == b && d.stopCapSubject(n):
		m.kind = KindOrganization // "Ever has said its profit …": a function word names no person
		m.name = span{toks[n].start, toks[n].end}
	case n < hi && (allIn(toks[n:hi], lexStopCaps) && !d.monthSurname(n, hi) || n == hi-1 && head.in(lexDocumentNouns)):
		m.kind = KindUnknown // "Tuesday", "Poll"
		if head.in(lexDocumentNouns) {
			m.kind = KindOrganization
		}
	default:
		return m, false
	}
	return m, true
}

// pluralInOrgName reports whether toks[k:hi], in the phrase from b, is a
// capitalised name with only "of" between its words that ends in an
// organisation's head, after a capitalised word of the name or "the"
// ("the Pennsylvania Chiefs of Police Association", "The Veterans of
// Labor Alliance"): a plural of people inside a body's name, not a group
// of them ("Officials at the Department of Labor", "Members of
// Congress", "Shareholders of Harlow Holdings").
func (d *document) pluralInOrgName(b, k, hi int) bool {
	toks := d.toks
	if !toks[k].cap || !toks[hi-1].cap || !toks[hi-1].in(lexOrgHeads) || toks[hi-1].in(lexOrgHeadsQualified) {
		return false
	}
	if !(k > b && toks[k-1].cap || k == b && b > 0 && toks[b-1].is(fnDefinite)) {
		return false
	}
	for _, t := range toks[k:hi] {
		if t.kind != tokWord || !t.cap && !t.is(fnOf) {
			return false
		}
	}
	return true
}

// nameWithRole completes a person's mention m whose name is toks[n:hi]:
// the words before it (from b) are the role, or, when they say what kind
// of organisation it is, the name is an organisation's.
func (d *document) nameWithRole(m mention, b, n, hi int) mention {
	toks := d.toks
	if d.kindBeforeName(b, n, hi) {
		// "the property website Homelane", "housebuilder Carrow Homes":
		// an organisation, and what it is is its role.
		m.kind = KindOrganization
		m.name = span{toks[n].start, toks[hi-1].end}
		m.role = span{toks[b].start, toks[n-1].end}
		return m
	}
	post := d.postNominal(n, hi)
	m.name = span{toks[n].start, toks[post-1].end}
	r := n
	for r > b && toks[r-1].in(lexHonorifics) && !d.officeTitle(r-1, b) {
		r-- // (not "Crown Prince": an office, the role's)
	}
	if r == n && (n == b && m.lo < b && toks[m.lo].is(fnDefinite) || hi-n >= 2 && allUpper(toks[n:hi])) {
		// "the Great Recession": people are not named with "the", unless
		// a title stands between ("the Rev. Ann Cole"); "FULL TEXT": a
		// feed's heading in capitals is no one's name.
		m.kind = KindUnknown
		if last := toks[hi-1]; n == b && hi-n >= 2 && !allUpper(toks[n:hi]) && last.kind == tokWord && (isPluralRoleHead(d.lex, last.lower) || last.in(lexGroupNouns) && strings.HasSuffix(last.lower, "s")) {
			// "the United Auto Workers", "the Amalgamated Teachers": a body
			// named after the people it is of, a union's name
			m.kind = KindOrganization
		}
		return m
	}
	if r == n && n > b && hi-n == 1 && m.lo < b && toks[m.lo].is(fnDefinite) && allCap(toks[b:n]) && allIn(toks[b:n], lexRoleModifiers) && !roleHasHead(toks[b:n]) && !isPossessiveWord(toks[n-1]) && !d.lex.firstName(toks[n].lower) && (n-b >= 2 || !d.surnameWritten(toks[n].lower)) {
		// "the American Legion", "The Democratic National Convention":
		// capitalised modifiers and one word after "the" name an
		// organisation; but after one modifier, a word the article
		// writes after a first name is a surname ("Ted Cruz … The
		// Republican Cruz said").
		m.kind = KindOrganization
		m.name = span{toks[b].start, toks[hi-1].end}
		return m
	}
	for r > b && npLink(toks[r-1]) {
		r--
	}
	if r > b && (roleHasHead(toks[b:r]) || d.pluralTitle(r-1) || r == n && d.officeTitle(r-1, b)) {
		m.role = span{toks[b].start, toks[r-1].end}
	} else if r == n && n > b && d.affiliation(toks[b:n]) {
		// "PBS' Elena Morrow", "Acme Corp's Ann Cole": whom she speaks for.
		m.role = span{toks[b].start, possessiveEnd(toks[n-1])}
	}
	if post < hi && m.role.empty() && toks[post].in(lexRoleHeads) {
		m.role = span{toks[post].start, toks[hi-1].end} // "Rachel Stone MP": her office
	}
	return m
}

// postNominal is where the name toks[n:hi] ends before letters after it
// ("Simon Alder KC", "Rachel Stone MP"): written in capitals after a
// first name and a surname, they are an office or an honour, no part of
// the name; hi when there are none.
func (d *document) postNominal(n, hi int) int {
	t := d.toks[hi-1]
	if hi-n >= 3 && t.in(lexPostNominals) && allUpper(d.toks[hi-1:hi]) && isNameWord(d.toks[hi-2]) {
		return hi - 1
	}
	return hi
}

// affiliation reports whether ts, the words before a person's name, are
// an organisation's name in the possessive ("PBS'", "Acme Corp's").
func (d *document) affiliation(ts []token) bool {
	last := ts[len(ts)-1]
	st, ok := possessiveStem(last.lower)
	if !ok || !allCap(ts) || last.stem&lexPlaces != 0 {
		return false // ("the UK's Fiona Lyle": where she is from)
	}
	return d.isOrgName(ts) || last.stem&(lexKnownOrgs|lexOrgHeads) != 0 || len(ts) == 1 && acronymKey(strings.ToUpper(st)) != "" && isUpperWord(last.text[:len(st)])
}

// possessiveEnd is the byte offset where word t ends without its
// possessive ending ("PBS'" → "PBS", "Acme's" → "Acme").
func possessiveEnd(t token) int {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(t.text, suf) {
			return t.end - len(suf)
		}
	}
	return t.end
}

// kindBeforeName reports whether the lower-case words toks[b:n] before
// the name toks[n:hi] say what kind of organisation it is: "the property
// website Homelane", "housebuilder Carrow Homes", or a group noun before
// a name in capitals ("technology analysts QMX").
func (d *document) kindBeforeName(b, n, hi int) bool {
	toks := d.toks
	if n <= b || d.objectOfNamedClause(b, n, hi) {
		return false
	}
	// (A first word of a sentence is written with a capital: "Housebuilder
	// Ashdown Homes"; but "Reuters' Tom Hale" is whom he works for.)
	initialCap := n-1 == b && d.opensSentence(b) && !isPossessiveWord(toks[b])
	p := toks[n-1]
	firm := n == hi-1 && acronymKey(toks[n].text) != "" && p.in(lexGroupNouns)
	return (!p.cap || initialCap) && (p.stem&(lexGenericOrgNouns|lexOrgHeads) != 0 || firm) && !p.in(lexDocumentNouns) && (initialCap || allLower(toks[b:n]))
}

// objectOfNamedClause reports whether the lower-case noun before the one-word
// name toks[n] of the phrase toks[b:hi] is the object of a relative
// clause the name is the subject of, its "that" left out ("with the
// lawsuit Lynch announced", "a tweet Hale posted", "during his
// administration Cole had cut"): a verb in the past, an auxiliary or a
// form of "be" follows the name, and a preposition stands before the
// phrase and its determiner, whose object it is, not a clause's subject ("The charity Oxfam
// warned", "consumer goods giant Unilever is", "after the publisher
// Harbour announced": "after" opens a clause there). The noun says nothing of
// what the name is.
func (d *document) objectOfNamedClause(b, n, hi int) bool {
	toks := d.toks
	if hi-n != 1 || hi >= len(toks) || n <= b || toks[n-1].cap {
		return false
	}
	v := toks[hi]
	if v.kind != tokWord || v.cap || !(v.is(fnBe) || v.in(lexAuxiliaries) || d.pastVerb(v)) {
		return false
	}
	if o := toks[n-1]; o.in(lexBodyNouns) || o.in(lexGenericOrgNouns) && !o.in(lexOrgHeads|lexDocumentNouns|lexCueNouns) && !d.lex.publicBodyNouns[o.lower] {
		return false // "a spokeswoman for the retailer Hamblin confirmed": the kind of body the name is, no object
	}
	s := b
	for s > 0 && toks[s-1].kind == tokWord && toks[s-1].in(lexDeterminers|lexPossessiveDeterminers) {
		s--
	}
	if s == 0 || s == b {
		return false // (no determiner: "Shares in budget airline Wingway fell", the verb is the sentence's)
	}
	p := toks[s-1]
	return p.kind == tokWord && !p.cap && d.isNarration(s-1) && (p.in(lexPrepositions) || p.is(fnOf)) && !p.is(fnSubordinator|fnFrontedSubordinator) && !isCue(p)
}

// nameStart is where the name at the end of toks[b:hi] starts: the run of
// capitalised words at the end, up to a role word, an honorific or a
// possessive ("Fox News Sunday's Dan Merritt"). possessive says a
// possessive ended the run. An ordinal (lexicon/ordinals) is a role's
// word only before the role's head, where the run has already stopped:
// before a name word it is the name's ("First Bus").
func (d *document) nameStart(b, hi int) (n int, possessive bool) {
	toks := d.toks
	n = hi
	for n > b {
		t := toks[n-1]
		if t.in(lexHonorifics) {
			if t.in(lexNameTitles) && n < hi && !d.officeTitle(n-1, b) {
				n-- // "Sir Alan Budd": the title is part of the name
			}
			break
		}
		if n < hi && isPossessiveWord(t) {
			return n, true
		}
		if n < hi && t.cap && d.hyphenedParticiple(t) && allCap(toks[b:n-1]) {
			// "Leeds-based Harlow Foods", "Texas-based Tom Reilly", "South
			// Korean-born Monte Haines": where it is, no word of the name
			// (the phrase's first words, a place's: not "al Qaeda-linked
			// Islamic", a run of modifiers)
			break
		}
		if t.cap && n < hi && !d.firstNameModifier(t) && !d.lex.ordinals[t.lower] && !(n-1 > b && d.determinerInName(n-1, b)) && !d.placedModifierOfName(n-1, hi) && (t.in(lexRoleHeads|lexRoleModifiers|lexOrgHeads|lexKnownOrgs|lexStopCaps|lexRelationWords|lexPersonNouns|lexGenericOrgNouns) && !d.wordOfFirstName(n-1) && !d.capsTitleInName(n-1, hi) && !d.placeNameOpening(n-1, b, hi) || t.lex == 0 && t.stem&(lexRoleHeads|lexRelationWords|lexPersonNouns) != 0 || isCue(t) && !d.cueFirstName(n-1) || t.is(fnBe) || d.pluralSharedTitle(t) || d.pluralKindOpening(n-1)) {
			break
		}
		if t.cap || t.in(lexNameParticles) || t.in(lexNameSuffixes) || t.text == "&" && n < hi && n-2 >= b && toks[n-2].cap {
			n-- // "Ashby & Crane": an ampersand joins the words of a firm's name
			continue
		}
		break
	}
	return n, false
}

// placedModifierOfName reports whether the capitalised role modifier at
// k, after "the" and a place ("The Chicago White Sox"), modifies the
// one capitalised word after it that ends the name and is no first
// name: the name of what is in that place, as "the Ohio Democratic
// primary" is a primary (placedParty: "the Ohio Republican" is a
// person, and "Texas Republican Tom Reilly" a person's party before his
// name).
func (d *document) placedModifierOfName(k, hi int) bool {
	if k+1 != hi-1 || !d.placedParty(k) {
		return false
	}
	n := d.toks[k+1]
	return n.kind == tokWord && n.cap && isNameWord(n) && !d.lex.firstName(n.lower) && !n.in(lexRoleHeads|lexStopCaps) && n.stem&lexRoleHeads == 0
}

// placeNameOpening reports whether the capitalised role modifier at k
// that names a place too (lexicon/places: "New", "City", "State",
// "County") is a word of a place's name inside the name of what is there:
// opening the phrase b (past its determiner) before a place word ("The
// New York Mets said", "the New England Patriots", "New Orleans"), or
// after a capitalised name word ("The Oklahoma City Thunder", "the
// Golden State Warriors", "The Orange County Register"). Not "new" the
// modifier of a role, which a role head or a name the lexicon knows as
// no place follows; after a description's word the run modifies a noun
// of its own ("a fellow New Hampshire Cole volunteer"), no name.
func (d *document) placeNameOpening(k, b, hi int) bool {
	toks := d.toks
	if k+1 >= hi || !toks[k].cap || !toks[k].in(lexRoleModifiers) || !toks[k].in(lexPlaces) {
		return false
	}
	n := toks[k+1]
	if n.kind != tokWord || !n.cap || isUpperWord(n.text) || n.in(lexRoleModifiers|lexRoleHeads) {
		return false
	}
	if k == b {
		return n.in(lexPlaces) || d.lex.cities[n.lower]
	}
	p := toks[k-1]
	return k > b && p.kind == tokWord && p.cap && isNameWord(p) && !isUpperWord(p.text) && !p.in(lexStopCaps) && !d.lex.firstName(p.lower)
}

// officeTitle reports whether the title of knighthood or rank at k is
// an office with the word before it (lexicon/office-title-words: "Crown
// Prince Khalid" is Khalid, whose role is "Crown Prince"), no part of
// the name.
func (d *document) officeTitle(k, b int) bool {
	return k-1 >= b && d.toks[k-1].cap && d.lex.officeTitleWords[d.toks[k-1].lower]
}

// capsTitleInName reports whether the title in capitals at k ("PC",
// "PCSO") begins a name rather than stands before one: no first name
// follows it ("PC World said": a shop; "PC Jane Moody", "CEO Jen-Hsun
// Wong": the title), nor two or more name words that end the phrase
// ("CEO Ravindra Okonkwo", a first name the lexicon lacks: a shop's or a
// firm's name in capitals has one word after the title, or an
// organisation's head).
func (d *document) capsTitleInName(k, hi int) bool {
	t := d.toks[k]
	if !isUpperWord(t.text) || len(t.text) > 4 || !t.in(lexRoleHeads) || t.in(lexOrgHeads|lexKnownOrgs) || k+1 >= hi {
		return false
	}
	n := d.toks[k+1]
	return n.cap && !d.lex.firstName(n.lower) && !n.in(lexHonorifics|lexRoleHeads) && !d.hyphenedFirstName(k+1, hi) && !d.personNameRun(k+1, hi)
}

// personNameRun reports whether toks[lo:hi] are two or more words that
// may make a person's name: capitalised name words, none written all in
// capitals, a place, a stop word or a word of an organisation's name.
func (d *document) personNameRun(lo, hi int) bool {
	if hi-lo < 2 {
		return false
	}
	for _, t := range d.toks[lo:hi] {
		if t.kind != tokWord || !isNameWord(t) || isUpperWord(t.text) || t.in(lexPlaces|lexStopCaps|lexGenericOrgNouns) || t.stem&(lexOrgHeads|lexGenericOrgNouns) != 0 {
			return false
		}
	}
	return true
}

// hyphenedFirstName reports whether the capitalised word at k, joined by
// a hyphen, is a given name: its first part is one ("Ann-Marie"), or a
// capitalised name word follows it ("CEO Jen-Hsun Wong"), as a shop's or
// a brand's name in capitals rarely has.
func (d *document) hyphenedFirstName(k, hi int) bool {
	t := d.toks[k]
	first, _, ok := strings.Cut(t.lower, "-")
	if !ok || first == "" {
		return false
	}
	return d.lex.firstName(first) || k+1 < hi && isNameWord(d.toks[k+1]) && !d.toks[k+1].in(lexStopCaps)
}

// cueFirstName reports whether token k, a cue word written with a
// capital, is a first name (lexicon/female-names,
// male-names, unisex-names) before the capitalised surname after it
// ("spokeswoman Hope Varney", and opening its sentence: "Hope Varney
// said …"), not a cue ("Cole Hopes …" opens no name; "Hope remains
// that …" has no surname after it).
func (d *document) cueFirstName(k int) bool {
	t := d.toks[k]
	if !t.cap || !d.lex.firstName(t.lower) || k+1 >= len(d.toks) {
		return false
	}
	n := d.toks[k+1]
	return n.kind == tokWord && n.cap && isNameWord(n)
}

// pluralSharedTitle reports whether t is the plural of a party or other
// role modifier, a title the names after it share ("Republicans Tom Reilly and
// Ann Cole", "Democrats Walt Pellow and …"): no word of a name.
func (d *document) pluralSharedTitle(t token) bool {
	l := t.lower
	if t.kind != tokWord || len(l) < 5 || !strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ss") || t.in(lexPlaces|lexKnownOrgs) {
		return false
	}
	return d.lex.is(l[:len(l)-1], lexRoleModifiers) // (a role head's plural may end a firm's name: "United Auto Workers")
}

// pluralKindOpening reports whether token k, opening its sentence, is
// the plural of a kind of firm or of a role before other capitalised
// words ("Housebuilders Carrow Homes and Wexley Homes said", "Lenders
// Ashby Capital and …"): the kind the firms named after it share, as
// "Republicans Tom Reilly and …", no word of a name. Before an
// organisation's head it is its name's first word ("Farmers Union"); in
// a heading in capitals it may be a subject ("EXPERTS DOUBT …").
func (d *document) pluralKindOpening(k int) bool {
	t := d.toks[k]
	l := t.lower
	if t.kind != tokWord || !t.cap || len(l) < 5 || !strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ss") || t.in(lexPlaces|lexKnownOrgs) || k+1 >= len(d.toks) {
		return false
	}
	if n := d.toks[k+1]; !n.cap || n.kind != tokWord || n.in(lexOrgHeads|lexGenericOrgNouns) || allUpper(d.toks[k:k+2]) || !d.opensSentence(k) {
		return false
	}
	return d.lex.is(l[:len(l)-1], lexGenericOrgNouns|lexRoleHeads)
}

// firstNameModifier reports whether t, a word that may stand in a role
// ("the Scot"), is also a first name: before a surname it is the name's
// first word ("Scot Ross").
func (d *document) firstNameModifier(t token) bool {
	return t.in(lexRoleModifiers) && d.lex.firstName(t.lower)
}

// capsOnlyInModifiers reports whether the only capitals of phrase ts are
// in hyphened modifiers whose last part is a past participle ("The
// Labour-led council", "a Tory-run authority", "the Harlow-based
// charity"): the capital is a party's or a place's inside a description,
// and the phrase names no organisation.
func (d *document) capsOnlyInModifiers(ts []token) bool {
	for _, t := range ts {
		if t.cap && !d.hyphenedParticiple(t) {
			return false
		}
	}
	return true
}

// hyphenedParticiple reports whether word t ends in a hyphen and a
// lower-case past participle ("Labour-led", "Tory-run", "state-owned").
func (d *document) hyphenedParticiple(t token) bool {
	i := strings.LastIndexByte(t.text, '-')
	if t.kind != tokWord || i <= 0 || i+1 >= len(t.text) {
		return false
	}
	p := t.text[i+1:]
	return strings.ToLower(p) == p && (strings.HasSuffix(p, "ed") || d.lex.irregularParticiples[p])
}

// analyzeCommonNP analyses a phrase that ends in a lower-case word: an
// organisation named with a common head ("the Hale campaign"), a group,
// a person by role, or an organisation by its kind ("the ministry").
func (d *document) analyzeCommonNP(m mention, b, hi int) mention {
	ts := d.toks[b:hi]
	head := ts[len(ts)-1]
	whole := span{ts[0].start, head.end}
	switch {
	case d.modifiedOrgNoun(b, hi):
		// "a trade body", "the league's lobbying arm": an organisation;
		// a name's possessive before it names the one that speaks.
		m.kind = KindOrganization
		if o := ownerBefore(ts[:len(ts)-1]); o >= 0 {
			m.name = span{ts[0].start, possessiveEnd(ts[o])}
			m.role = span{ts[o+1].start, head.end}
		}
	case head.stem&lexOrgHeads != 0 && possessiveBefore(ts) && roleHasHead(ts[:len(ts)-1]):
		// "Prime Minister Lars Holm's office", "the prime minister's
		// office": an organisation the text does not name; it is described
		// by whose it is (but "Hale's campaign" is the Hale campaign).
		m.kind = KindOrganization
		m.role = whole
	case !head.cap && (head.stem&lexRoleHeads != 0 && head.stem&lexOrgHeads != 0 || d.lex.playerNouns[head.lower]) && len(ts) > 1 && ts[len(ts)-2].cap:
		// "the England international", "the UN observer": a lower-case
		// head that is a role as well as an organisation's last word, or
		// one who plays for a side (lexicon/player-nouns), is a person's
		// role after a capitalised modifier (a name writes it in
		// capitals: "Amnesty International").
		m.kind = KindPerson
		m.role = whole
	case head.stem&lexOrgHeads != 0 && anyCap(ts) && !d.capsOnlyInModifiers(ts):
		m.kind = KindOrganization
		m.name = d.orgName(b, d.firmNameEnd(b, hi))
		m.name = d.trimDescription(m.name) // "a Reuters rolling poll", "State public records"
		m.name = d.campaignBySurname(m.name, ts)
	case head.in(lexGroupNouns):
		m.kind = KindGroup
		m.role = whole
	case head.lower == rankingNoun && !head.cap && !(hi < len(d.toks) && d.isQuantity(hi)):
		// "the small number", "the campaign's number": a ranking is a
		// role only with its count ("world number one Ann Cole"), which
		// npStart keeps in the phrase before the name.
	case head.stem&lexRoleHeads != 0 || roleHasHead(ts):
		m.kind = KindPerson
		m.role = whole
	case head.stem&lexGenericOrgNouns != 0 || head.stem&lexOrgHeads != 0 && !(head.in(lexOrgHeadsFinalOnly) && !strings.HasSuffix(head.lower, "s")):
		// (a singular head that ends only capitalised names, lower-case
		// with no capital before it, is a trade or a thing, no
		// organisation: "the oil industry", "the steel"; a plural one
		// still counts firms: "three television networks")
		m.kind = KindOrganization
	}
	return m
}

// modifiedOrgNoun reports whether the phrase toks[b:hi] ends in a noun
// of lexicon/modified-org-nouns after a modifier or a possessive ("a
// trade body", "the league's lobbying arm", "a 40-member body"), not
// before "of" and a lower-case word ("a large body of work").
func (d *document) modifiedOrgNoun(b, hi int) bool {
	toks := d.toks
	head := toks[hi-1]
	if hi-b < 2 || head.cap || !d.lex.modifiedOrgNouns[head.lower] {
		return false
	}
	if p := toks[hi-2]; p.kind != tokWord || p.in(lexDeterminers|lexPrepositions|lexConjunctions|lexVerbModifiers) || isCue(p) {
		return false
	}
	return !(hi+1 < len(toks) && toks[hi].is(fnOf) && !toks[hi+1].cap && !toks[hi+1].in(lexDeterminers))
}

// orgNounHead reports whether t, the head of a description of an
// organisation, names it by its kind: a generic organisation noun ("the
// ministry") or one of lexicon/modified-org-nouns ("a trade body"; the
// description was an organisation only with its modifier).
func (d *document) orgNounHead(t token) bool {
	return t.in(lexGenericOrgNouns) || !t.cap && d.lex.modifiedOrgNouns[t.lower]
}

// campaignBySurname is organisation name n, in phrase ts that ends in
// "campaign", without the first name of the candidate it opens with ("the
// Ann Cole campaign", "Ann Cole's campaign" is the Cole campaign): a
// campaign is called by its candidate's surname, as "Cole's campaign" and
// "the Cole campaign" are.
func (d *document) campaignBySurname(n span, ts []token) span {
	if len(ts) < 3 || ts[len(ts)-1].lower != "campaign" {
		return n
	}
	for i := 0; i+2 < len(ts); i++ {
		if ts[i].start != n.start {
			continue
		}
		if t := ts[i]; t.kind == tokWord && t.cap && !isPossessiveWord(t) && d.lex.firstName(t.lower) && ts[i+1].kind == tokWord && ts[i+1].cap {
			n.start = ts[i+1].start
		}
		break
	}
	return n
}

// ownerBefore is the index in ts of the last capitalised possessive word
// when every word before it is capitalised too ("Rifle League's" of
// "Rifle League's lobbying"), or -1.
func ownerBefore(ts []token) int {
	for i := len(ts) - 1; i >= 0; i-- {
		if ts[i].cap && isPossessiveWord(ts[i]) {
			if !allCap(ts[:i]) {
				return -1
			}
			return i
		}
	}
	return -1
}

// documentEnd is where the phrase toks[b:hi] ends when it is a named
// maker's document that words in lower case go on to describe ("a Ledger
// poll released Thursday", "the Harlow Gazette survey conducted in May";
// not "a Harlow data analyst"): after the document noun, so that the
// maker is the name. A document in lower case after "a" or "an" that
// "on", "via" or "through" follows ends there too ("A statement on
// Facebook", "a short video via Instagram"): the medium that carries it,
// or what it is about, is no maker, and the document a new, unnamed
// source. Else hi.
func (d *document) documentEnd(b, hi int) int {
	toks := d.toks
	for k := b; b > 0 && toks[b-1].is(fnIndefinite) && k+2 < hi && toks[k].kind == tokWord && !toks[k].cap; k++ {
		if toks[k].in(lexDocumentNouns) {
			if mediumPreposition(toks[k+1].lower) && d.isNarration(k+1) {
				return k + 1
			}
			break
		}
	}
	for k := b + 1; k+1 < hi; k++ {
		if t, n := toks[k], toks[k+1]; t.kind == tokWord && !t.cap && t.in(lexDocumentNouns) {
			if toks[k-1].cap && !toks[k-1].in(lexDeterminers) && n.kind == tokWord && !n.cap && !npLink(n) && !npWord(n) {
				return k + 1
			}
			return hi
		}
	}
	return hi
}

// personNamedAfterOrg reports whether toks[lo:hi] is a first name and a
// surname that an organisation the lexicon knows also bears ("Peter
// Gallup"): the person, not the firm named after them.
func (d *document) personNamedAfterOrg(lo, hi int) bool {
	toks := d.toks
	return hi-lo == 2 && toks[lo].cap && toks[hi-1].stem&lexKnownOrgs != 0 && d.lex.firstName(toks[lo].lower) && !toks[lo].in(lexKnownOrgs|lexOrgHeads)
}

// trimDescription cuts from the name span n the words in lower case
// that end it, when they are no organisation noun ("Reuters rolling" of
// "a Reuters rolling poll", "State public" of "State public records"):
// words that describe the document, not the maker's name. A name left as
// one word that only opens the sentence ("State") is none.
func (d *document) trimDescription(n span) span {
	if n.empty() {
		return n
	}
	lo := d.tokIndex(n.start)
	hi := lo
	for hi < len(d.toks) && d.toks[hi].end <= n.end {
		hi++
	}
	e := hi
	for e > lo+1 {
		t := d.toks[e-1]
		if t.kind == tokWord && (t.cap || isDigitStart(t.text) || t.stem&(lexOrgHeads|lexGenericOrgNouns|lexMediaNouns|lexBodyNouns) != 0) {
			break
		}
		e--
	}
	for e > lo+1 && npLink(d.toks[e-1]) {
		e-- // "RealClearPolitics average of": the link goes with the words cut
	}
	if e == hi {
		return n
	}
	if t := d.toks[lo]; e == lo+1 && (d.opensSentence(lo) || !t.cap) {
		return span{}
	}
	return span{n.start, d.toks[e-1].end}
}

// orgName is the name of the organisation in toks[lo:hi]: from its first
// capitalised word, without a trailing document noun ("the Gallup poll";
// but a name that joins its words with a link word ends with its own:
// "the Institute for Fiscal Studies").
func (d *document) orgName(lo, hi int) span {
	toks := d.toks
	for lo < hi-1 && !toks[lo].cap {
		lo++
	}
	for hi-1 > lo && toks[hi-1].in(lexDocumentNouns) && !(toks[hi-1].cap && (linkInside(toks[lo:hi-1]) || !d.determinedName(lo))) {
		hi--
	}
	if hi-1 == lo && toks[lo].in(lexDocumentNouns) {
		return span{} // "Poll": what an organisation publishes, not its name
	}
	return span{toks[lo].start, toks[hi-1].end}
}

// firmNameEnd is where the name of the firm the phrase toks[b:hi]
// names ends: before a lower-case noun of what kind of business it is
// ("the Harlow group" is Harlow; lexicon/firm-kind-nouns) after a
// capitalised word that is no party or role modifier ("the Labour group"
// on a council is its councillors, not the party). Else hi.
func (d *document) firmNameEnd(b, hi int) int {
	toks := d.toks
	if hi-b < 2 {
		return hi
	}
	head, prev := toks[hi-1], toks[hi-2]
	if head.cap || !d.lex.firmKindNouns[head.lower] || !prev.cap || prev.kind != tokWord || isPossessiveWord(prev) || prev.in(lexRoleModifiers|lexRoleHeads|lexDeterminers) {
		return hi
	}
	return hi - 1
}

// determinedName reports whether a determiner stands before the name that
// starts at token lo ("a Ledger Poll", "the Harlow Survey"): a capitalised
// document noun ending it is then what the organisation published; with
// none ("IT firm Halvern Data said", "in what Halvern Data calls") it is
// a word of the name.
func (d *document) determinedName(lo int) bool {
	if lo > 1 && d.toks[lo-1].cap && d.hyphenedParticiple(d.toks[lo-1]) {
		lo-- // ("the Leeds-based Ledger Poll": the place is no word of the name)
	}
	return lo > 0 && d.toks[lo-1].kind == tokWord && d.toks[lo-1].in(lexDeterminers|lexPossessiveDeterminers)
}

// linkInside reports whether a link word joins the words of ts ("Centre
// for Policy", "Bank of").
func linkInside(ts []token) bool {
	for _, t := range ts[1:] {
		if npLink(t) {
			return true
		}
	}
	return false
}

// possessiveBefore reports whether a word before the last of ts is a
// possessive ("Holm's office").
func possessiveBefore(ts []token) bool {
	for _, t := range ts[:len(ts)-1] {
		if strings.HasSuffix(t.lower, "'s") || strings.HasSuffix(t.lower, "s'") {
			return true
		}
	}
	return false
}

// allLower reports whether every token is a lower-case word.
func allLower(ts []token) bool {
	for _, t := range ts {
		if t.kind != tokWord || t.cap || t.is(fnLink) {
			return false
		}
	}
	return true
}

// allUpper reports whether every token is a word in capitals ("FULL TEXT").
func allUpper(ts []token) bool {
	for _, t := range ts {
		if t.kind != tokWord || len(t.text) < 2 || !isUpperWord(t.text) {
			return false
		}
	}
	return true
}

func allCap(ts []token) bool {
	for _, t := range ts {
		if !t.cap {
			return false
		}
	}
	return true
}

// allIn reports whether every token, without a possessive 's, is in one of
// the lists f names.
func allIn(ts []token, f lexFlag) bool {
	for _, t := range ts {
		if t.stem&f == 0 {
			return false
		}
	}
	return true
}

func anyCap(ts []token) bool {
	for _, t := range ts {
		if t.cap && !t.in(lexStopCaps) {
			return true
		}
	}
	return false
}

// rankingNoun is the role head of lexicon/role-heads that names a
// ranking ("world number one"): a role only before its count.
const rankingNoun = "number"

func roleHasHead(ts []token) bool {
	for _, t := range ts {
		if t.stem&lexRoleHeads != 0 && !t.in(lexHonorifics) {
			return true
		}
	}
	return false
}

// hasAmpersand reports an ampersand between the words of a name.
func hasAmpersand(ts []token) bool {
	for _, t := range ts {
		if t.text == "&" {
			return true
		}
	}
	return false
}

// roleHeadAfterAmpersand reports a lower-case role head after the last
// ampersand of ts: the firm's name is the role's and a person's name
// follows ("Ashby & Crane chairman Tom Reilly").
func roleHeadAfterAmpersand(ts []token) bool {
	for k := len(ts) - 1; k >= 0 && ts[k].text != "&"; k-- {
		if ts[k].kind == tokWord && !ts[k].cap && ts[k].stem&lexRoleHeads != 0 {
			return k+1 < len(ts) && ts[len(ts)-1].cap
		}
	}
	return false
}

// liberalDemocrats reports whether ts is the name of the British party,
// "Liberal Democrats" or "Lib Dems", capitalised both: a party, an
// organisation, where "Senate Democrats" or "Reagan Democrats" are
// people of a party, a group.
func liberalDemocrats(ts []token) bool {
	if len(ts) != 2 || !ts[0].cap || !ts[1].cap || allUpper(ts) {
		return false
	}
	a, b := ts[0].lower, ts[1].lower
	return (a == "liberal" || a == "lib") && (b == "democrats" || b == "dems")
}

// isOrgName reports whether a capitalised phrase names an organisation:
// it ends in an organisation word ("Defense Ministry", "New York Times"), is
// a known one ("Reuters"), or holds an organisation word that no role word
// follows ("Commission on Public Broadcasting"; not "National Council
// deputy chairman Pavel Zelnik"), or ends in a capitalised word naming
// its trade after another capitalised word ("Harlow Water",
// lexicon/trade-names) or in a trade and a place ("Water UK").
func (d *document) isOrgName(ts []token) bool {
	last := ts[len(ts)-1]
	if len(ts) > 1 && last.cap && ts[len(ts)-2].cap && d.lex.tradeNames[last.lower] {
		return true
	}
	if len(ts) > 1 && ts[len(ts)-2].cap && (d.lex.tradeNames[ts[len(ts)-2].lower] || ts[len(ts)-2].in(lexKnownOrgs) && !isUpperWord(ts[len(ts)-2].text)) && last.in(lexPlaces) && !allUpper(ts[len(ts)-2:]) {
		return true // "Water UK", "Rail England": a trade and the country it serves, a body's name (not in a heading in capitals); "Reform UK": a party and its country
	}
	if len(ts) > 2 && ts[0].cap && d.lex.tradeNames[ts[0].lower] && ts[1].lower == "for" && !ts[1].cap && allIn(ts[2:], lexPlaces) && !allUpper(ts) {
		return true // "Transport for London", "Transport for Wales": a trade "for" the place it serves, a body's name
	}
	if liberalDemocrats(ts) {
		return true
	}
	if d.titledPersonName(ts) {
		return false // "Senator Sheldon Whitehouse", "Mayor Don Guardian": a title, a first name and a surname that is also a body's word
	}
	if len(ts) == 1 && d.camelCaseName(last.text) {
		return true // "ProPublica", "BuzzFeed": a capital inside one word, after no name's opening, is a brand's
	}
	if hasAmpersand(ts) && !roleHeadAfterAmpersand(ts) {
		return true // "Marks & Spencer": people are not named with an ampersand
	}
	if len(ts) > 1 && ts[0].cap && d.lex.ordinals[ts[0].lower] && !roleHasHead(ts) && !d.lex.ordinalThings[stemOf(ts[1].lower)] {
		return true // "First Bus", "Second City Trust": no person's name opens with an ordinal (lexicon/ordinals); "First Amendment" is a thing (lexicon/ordinal-things)
	}
	if last.stem&lexKnownOrgs != 0 {
		return len(ts) == 1 || !roleHasHead(ts)
	}
	if last.in(lexOrgHeads) && !last.in(lexOrgHeadsQualified) || last.in(lexOrgHeadsQualified) && len(ts) > 1 && ts[len(ts)-2].in(lexOrgHeadQualifiers) {
		return true
	}
	for i, t := range ts[:len(ts)-1] {
		if t.cap && (t.in(lexOrgHeads) || d.pluralOrgHead(t) && npLink(ts[i+1])) && !t.in(lexRoleHeads) && !t.in(lexOrgHeadsFinalOnly) && !roleHasHead(ts[i+1:]) {
			return true
		}
	}
	return false
}

// titledPersonName reports whether ts ends in a known first name and one
// more capitalised word after a capitalised title ("Senator Sheldon
// Whitehouse", "Director of Government Affairs Phil Smith"): a person,
// even when the last word is an organisation's head or name ("Court",
// "Guardian") or a word before the name is one ("Government").
func (d *document) titledPersonName(ts []token) bool {
	if len(ts) < 3 {
		return false
	}
	f, last := ts[len(ts)-2], ts[len(ts)-1]
	if !f.cap || !last.cap || f.kind != tokWord || last.kind != tokWord || isUpperWord(f.text) || isUpperWord(last.text) || !d.lex.firstName(f.lower) || isPossessiveWord(f) {
		return false
	}
	for _, t := range ts[:len(ts)-2] {
		if t.cap && t.stem&lexRoleHeads != 0 && !t.in(lexOrgHeads|lexKnownOrgs) && !isUpperWord(t.text) {
			return true
		}
	}
	return false
}

// camelCaseName reports whether the capitalised word w has a capital
// letter inside it after a lower-case one ("ProPublica", "BuzzFeed"),
// after an opening that is no name's (lexicon/camel-name-prefixes:
// "McCain", "DeSantis") nor a known first name (a handle, "AnnCole").
func (d *document) camelCaseName(w string) bool {
	if len(w) < 4 || !('A' <= w[0] && w[0] <= 'Z') {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '\'') {
			return false // (a hyphen, a digit, a letter of another script or an accent: not one word written so)
		}
	}
	for i := 1; i < len(w); i++ {
		if c, p := w[i], w[i-1]; 'A' <= c && c <= 'Z' && ('a' <= p && p <= 'z' || p == '\'') {
			open := strings.ToLower(w[:i])
			return !d.lex.camelNamePrefixes[open] && !d.lex.firstName(open)
		}
	}
	return false
}

// pluralOrgHead reports whether t is an organisation's head in the
// plural ("Centers", "Institutes"): before a link word it opens one
// body's name ("Centers for Disease Control and Prevention", "National
// Institutes of Health"), as the singular does.
func (d *document) pluralOrgHead(t token) bool {
	w := t.lower
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	return d.lex.is(w[:len(w)-1], lexOrgHeads) || strings.HasSuffix(w, "ies") && d.lex.is(w[:len(w)-3]+"y", lexOrgHeads)
}
