package extractor

import "strings"

// Kinds of speaker, as in the record.
const (
	KindPerson       = "person"
	KindOrganization = "organization"
	KindGroup        = "group"
	KindUnknown      = "unknown"
)

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

// npLink words join the parts of a role or an organisation's name
// ("Secretary of State", "spokesman for the ministry").
func npLink(t token) bool {
	return t.kind == tokWord && (t.lower == "of" || t.lower == "for" || t.lower == "and" || t.lower == "at" || t.lower == "&" || t.lower == "on")
}

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
	// "Rep. Gwen Moore (D-Wis.) said": the parenthesis goes with the name.
	if t.text == ")" {
		for k := e - 1; k > lo && e-k < 8; k-- {
			if toks[k].text == "(" {
				m, ok := d.npBefore(k-1, lo)
				if ok && m.named() {
					m.hi = e + 1
					m.party = span{toks[k].start, toks[e].end}
					return m, true
				}
				break
			}
		}
		return mention{}, false
	}
	if !npHead(t) {
		return d.descriptorBefore(e, lo)
	}
	j := e
	for j > lo && e-j < 14 {
		p := toks[j-1]
		if !d.isNarration(j - 1) {
			break
		}
		if p.in(lexDeterminers) && p.kind == tokWord {
			// "a spokesman for the ministry": a determiner after a link word
			// belongs to the inner phrase.
			if j-3 >= lo && npLink(toks[j-2]) && npWord(toks[j-3]) && toks[j-2].lower != "and" {
				j -= 2
				continue
			}
			j--
			break
		}
		if npWord(p) {
			j--
			continue
		}
		// A noun modifying a role: "utility spokeswoman", "tax commissioner".
		if p.kind == tokWord && !p.cap && (!toks[j].cap || j-2 < lo || toks[j-2].text == "," || d.isCloseMark(j-2)) && toks[j].in(lexRoleHeads) && !isCue(p) && !p.in(lexVerbModifiers) &&
			!p.in(lexStopCaps) && !p.in(lexClauseOpeners) && !p.in(lexSubjectPronouns) && !p.in(lexTrailers) {
			j--
			continue
		}
		if npLink(p) && j-2 >= lo && npWord(toks[j-2]) && d.isNarration(j-2) && !(p.lower == "and" && isNameWord(toks[j-2]) && !(j-3 >= lo && (toks[j-3].lower == "of" || j-4 >= lo && toks[j-4].lower == "of"))) {
			j--
			continue
		}
		break
	}
	// Sentence-initial function words written with a capital ("But Trump
	// said") are not part of the phrase.
	for j < e && toks[j].cap && toks[j].in(lexStopCaps) && !toks[j].in(lexDeterminers) {
		j++
	}
	for j < e && npLink(toks[j]) {
		j++
	}
	return d.analyzeNP(j, e+1), true
}

// descriptorBefore accepts a short noun phrase opened by a determiner
// whose head no lexicon knows ("the ad's narrator", "one questioner", "the
// clip"): news attributes speech to such descriptions too.
func (d *document) descriptorBefore(e, lo int) (mention, bool) {
	toks := d.toks
	h := toks[e].lower
	if toks[e].kind != tokWord || toks[e].cap || isCue(toks[e]) || toks[e].in(lexVerbModifiers|lexClauseOpeners|lexDeterminers|lexStopCaps|lexTimeWords) ||
		strings.HasSuffix(h, "ed") || strings.HasSuffix(h, "ing") || strings.HasSuffix(h, "ly") || strings.Contains(h, "-") {
		return mention{}, false
	}
	for j := e - 1; j >= lo && e-j <= 3; j-- {
		t := toks[j]
		if !d.isNarration(j) || t.kind != tokWord {
			return mention{}, false
		}
		if t.in(lexDeterminers) && (!t.in(lexPossessiveDeterminers) || toks[e].in(lexPersonNouns)) && (j == lo || !npWord(toks[j-1]) && toks[j-1].lower != "of") {
			m := d.analyzeNP(j, e+1)
			if m.kind == KindUnknown && toks[e].in(lexRoleHeads|lexPersonNouns) {
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

// personNouns name people by their relation ("my father often said").
var personNouns = set(`father mother wife husband son daughter brother sister friend friends boss colleague parents
grandmother grandfather uncle aunt cousin neighbor neighbour partner girlfriend boyfriend fiance fiancee
narrator announcer questioner caller reader viewer listener host guest`)

// possessiveDeterminers ("his early-morning tweets") do not open a
// description of a speaker, unless it names a person ("my father").
var possessiveDeterminers = set(`his her its their our my your`)

// npAfter parses the noun phrase that starts at token s, not reaching hi.
// It returns the mention, the index after it, and whether one was found.
func (d *document) npAfter(s, hi int) (mention, int, bool) {
	toks := d.toks
	if s >= hi || !d.isNarration(s) {
		return mention{}, s, false
	}
	t := toks[s]
	if t.kind == tokWord && t.in(lexSubjectPronouns) && t.lower != "who" {
		return mention{lo: s, hi: s + 1, pronoun: t.lower, kind: pronounKind(t.lower)}, s + 1, true
	}
	j := s
	if t.kind == tokWord && t.in(lexDeterminers) {
		j++
	}
	if j < hi && toks[j].cap && toks[j].in(lexStopCaps) && !toks[j].in(lexKnownOrgs) {
		return mention{}, s, false
	}
	if j+1 < hi && !npWord(toks[j]) && toks[j].kind == tokWord && !toks[j].cap && toks[j+1].in(lexRoleHeads) && !isCue(toks[j]) && !toks[j].in(lexStopCaps) {
		j++ // "festival director José Araújo"
	}
	for j < hi && j-s < 14 && d.isNarration(j) {
		if npWord(toks[j]) {
			j++
			continue
		}
		if npLink(toks[j]) && j+1 < hi {
			n := toks[j+1]
			if (npWord(n) && !n.in(lexStopCaps)) || (n.in(lexDeterminers) && j+2 < hi && npWord(toks[j+2])) {
				j += 2
				continue
			}
		}
		break
	}
	for j > s && (npLink(toks[j-1]) || toks[j-1].in(lexDeterminers)) {
		j--
	}
	if j == s || !npHead(toks[j-1]) {
		return mention{}, s, false
	}
	m := d.analyzeNP(s, j)
	if j < hi && toks[j].text == "(" {
		for k := j + 1; k < hi && k-j < 8; k++ {
			if toks[k].text == ")" {
				m.party = span{toks[j].start, toks[k].end}
				j = k + 1
				m.hi = j
				break
			}
		}
	}
	return m, j, true
}

// isNameWord: a capitalised word that is not a role, title or organisation
// word, so most likely part of a person's name.
func isNameWord(t token) bool {
	return t.cap && !t.in(lexRoleHeads) && !t.in(lexRoleModifiers) && !t.in(lexOrgHeads) && !t.in(lexKnownOrgs)
}

func pronounKind(p string) string {
	switch p {
	case "it":
		return KindOrganization
	case "they", "we":
		return KindGroup
	}
	return KindPerson
}

// analyzeNP splits the noun phrase toks[lo:hi] into determiner, role and
// name, and decides its kind.
func (d *document) analyzeNP(lo, hi int) mention {
	toks := d.toks
	m := mention{lo: lo, hi: hi, kind: KindUnknown}
	b := lo
	if toks[b].in(lexDeterminers) {
		m.indefinite = toks[b].lower == "a" || toks[b].lower == "an" || toks[b].lower == "one" || toks[b].lower == "another"
		b++
	}
	if b >= hi {
		return m
	}
	head := toks[hi-1]
	whole := span{toks[b].start, toks[hi-1].end}
	// "the city of Phoenix", "the state of Ohio": a public body named by its place.
	if b+2 < hi && has(jurisdictions, toks[b].lower) && !toks[b].cap && toks[b+1].lower == "of" && allCap(toks[b+2:hi]) {
		m.kind = KindOrganization
		m.name = whole
		return m
	}
	// "a spokesman for the Office of Management and Budget": an unnamed person.
	for k := b; k+1 < hi && k < b+3; k++ {
		if !toks[k].cap && toks[k].in(lexRoleHeads) && (toks[k+1].lower == "for" || toks[k+1].lower == "of" || toks[k+1].lower == "at") {
			m.kind = KindPerson
			m.role = whole
			return m
		}
	}

	if head.cap {
		// The name is the run of capitalised words at the end, up to a role
		// word, an honorific or a possessive ("Fox News Sunday's Chris Wallace").
		n := hi
		possessive := false
		for n > b {
			t := toks[n-1]
			if t.in(lexHonorifics) {
				break
			}
			if n < hi && strings.HasSuffix(t.lower, "'s") {
				possessive = true
				break
			}
			if t.cap && n < hi && (t.in(lexRoleHeads) || t.in(lexRoleModifiers) || t.in(lexOrgHeads) || t.in(lexKnownOrgs) || isCue(t) || t.in(lexStopCaps) || t.in(lexRelationWords)) {
				break
			}
			if t.cap || t.in(lexNameParticles) || t.in(lexNameSuffixes) {
				n--
				continue
			}
			break
		}
		orgFrom := b
		if possessive {
			orgFrom = n
		}
		if isOrgName(toks[orgFrom:hi]) {
			m.kind = KindOrganization
			m.name = d.orgName(orgFrom, hi)
			return m
		}
		if n == hi-1 && head.in(lexGroupNouns) {
			m.kind = KindGroup
			return m
		}
		if n < hi && (allIn(toks[n:hi], stopCaps) || n == hi-1 && head.in(lexDocumentNouns)) {
			m.kind = KindUnknown // "Tuesday", "Poll"
			if head.in(lexDocumentNouns) {
				m.kind = KindOrganization
			}
			return m
		}
		if n == hi-1 && head.in(lexRoleHeads) {
			n = hi // "Minister 'will not back down'": a title alone is no name
		}
		if n < hi && allIn(toks[n:hi], roleModifiers) {
			n = hi // "the Republican": a descriptor, not a name
		}
		if n < hi && allIn(toks[n:hi], places) && !isOrgName(toks[b:hi]) {
			m.kind = KindUnknown // "New York", "Seoul": a place speaks for its government
			m.name = span{toks[n].start, toks[hi-1].end}
			return m
		}
		if n >= hi { // the head is a role word itself ("Kremlin Spokesman")
			m.kind = KindPerson
			m.role = whole
			return m
		}
		m.kind = KindPerson
		m.name = span{toks[n].start, toks[hi-1].end}
		r := n
		for r > b && toks[r-1].in(lexHonorifics) {
			r--
		}
		for r > b && npLink(toks[r-1]) {
			r--
		}
		if r > b && roleHasHead(toks[b:r]) {
			m.role = span{toks[b].start, toks[r-1].end}
		}
		return m
	}
	switch {
	case head.stem&lexOrgHeads != 0 && anyCap(toks[b:hi]):
		m.kind = KindOrganization
		m.name = d.orgName(b, hi)
	case head.in(lexGroupNouns):
		m.kind = KindGroup
		if anyCap(toks[b:hi]) || hi-b > 1 {
			m.role = whole
		}
	case head.stem&lexRoleHeads != 0 || roleHasHead(toks[b:hi]):
		m.kind = KindPerson
		m.role = whole
	case head.stem&(lexGenericOrgNouns|lexOrgHeads) != 0:
		m.kind = KindOrganization
	}
	return m
}

// documentNouns name what an organisation publishes; "Bloomberg poll"
// speaks for Bloomberg.
var documentNouns = set(`poll polls survey surveys report reports study studies analysis statement statements data figures memo letter document documents records filing filings release website`)

// orgName is the name of the organisation in toks[lo:hi]: from its first
// capitalised word, without a trailing document noun.
func (d *document) orgName(lo, hi int) span {
	toks := d.toks
	for lo < hi-1 && !toks[lo].cap {
		lo++
	}
	for hi-1 > lo && toks[hi-1].in(lexDocumentNouns) {
		hi--
	}
	if hi-1 == lo && toks[lo].in(lexDocumentNouns) {
		return span{} // "Poll": what an organisation publishes, not its name
	}
	return span{toks[lo].start, toks[hi-1].end}
}

// jurisdictions speak as public bodies in "the city of X".
var jurisdictions = set(`city county state town village borough province district government`)

func allCap(ts []token) bool {
	for _, t := range ts {
		if !t.cap {
			return false
		}
	}
	return true
}

func allIn(ts []token, m map[string]struct{}) bool {
	for _, t := range ts {
		if !has(m, strings.TrimSuffix(t.lower, "'s")) {
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

func roleHasHead(ts []token) bool {
	for _, t := range ts {
		if t.stem&lexRoleHeads != 0 && !t.in(lexHonorifics) {
			return true
		}
	}
	return false
}

// isOrgName reports whether a capitalised phrase names an organisation:
// it ends in an organisation word ("Defense Ministry", "New York Times"), is
// a known one ("Reuters"), or holds an organisation word that no role word
// follows ("Commission on Presidential Debates"; not "Security Council
// deputy chairman Dmitry Medvedev").
func isOrgName(ts []token) bool {
	last := ts[len(ts)-1]
	if last.stem&lexKnownOrgs != 0 {
		return len(ts) == 1 || !roleHasHead(ts)
	}
	if last.in(lexOrgHeads) && last.lower != "house" || (last.lower == "house" && len(ts) > 1 && ts[len(ts)-2].lower == "white") {
		return true
	}
	for i, t := range ts[:len(ts)-1] {
		if t.cap && t.in(lexOrgHeads) && !t.in(lexRoleHeads) && t.lower != "house" && t.lower != "post" && !roleHasHead(ts[i+1:]) {
			return true
		}
	}
	return false
}

// appositiveRole returns the role stated in an appositive toks[lo:hi]
// ("the Kremlin spokesman", "a spokesman for the ministry",
// "Russia's former president"), or an empty span.
func (d *document) appositiveRole(lo, hi int) span {
	toks := d.toks
	if lo >= hi || hi-lo > 16 {
		return span{}
	}
	b := lo
	if toks[b].in(lexDeterminers) {
		b++
	}
	if b >= hi || toks[b].lower == "who" || toks[b].lower == "which" {
		return span{}
	}
	for k := b; k < hi; k++ {
		if toks[k].lower == "who" || toks[k].lower == "which" || toks[k].lower == "that" {
			hi = k // "a historian who attended the session"
			break
		}
		if !d.isNarration(k) || (toks[k].kind != tokWord && toks[k].text != "-") {
			return span{}
		}
		if _, ok := cueForms[toks[k].lower]; ok && !toks[k].in(lexRoleHeads) {
			return span{}
		}
	}
	if b >= hi || !roleHasHead(toks[b:hi]) {
		return span{}
	}
	return span{toks[b].start, toks[hi-1].end}
}

// titleAbbrevs spell out the abbreviated titles of a role.
var titleAbbrevs = map[string]string{
	"sen.": "Senator", "rep.": "Representative", "gov.": "Governor", "gen.": "General", "lt.": "Lieutenant",
	"col.": "Colonel", "sgt.": "Sergeant", "capt.": "Captain", "adm.": "Admiral", "maj.": "Major",
	"cmdr.": "Commander", "pres.": "President", "atty.": "Attorney", "sec.": "Secretary", "supt.": "Superintendent",
}

// roleText is a mention's role as the record gives it: the words the
// article uses, abbreviated titles spelt out, and the party and state in
// parentheses after the name ("Senator (R-Ga.)").
func (d *document) roleText(m mention) string {
	var parts []string
	if !m.role.empty() {
		for _, w := range strings.Fields(d.text[m.role.start:m.role.end]) {
			if full, ok := titleAbbrevs[strings.ToLower(w)]; ok {
				w = full
			}
			parts = append(parts, w)
		}
	}
	if !m.party.empty() && (len(parts) > 0 || m.kind == KindPerson) {
		parts = append(parts, d.text[m.party.start:m.party.end])
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, " ")
}
