package extractor

import (
	"slices"
	"strings"
)

// entity is one person or organisation the article names, with every
// mention resolved to it.
type entity struct {
	name     string // the fullest name the article gives
	words    []string
	kind     string
	role     string // the most specific role stated for it
	mentions []span
	seen     map[span]bool
	starts   []int // sorted starts of its name mentions: for recency
	first    int   // byte offset of its first mention
	gender   gender
	spoke    bool // it was the speaker of an attribution
}

// agrees reports whether a pronoun of gender g can refer to e.
func (e *entity) agrees(g gender) bool {
	return g == genderUnknown || e.gender == genderUnknown || e.gender == g
}

// antecedentable: a one-word "name" that never spoke (Obamacare, RT) is
// no antecedent for a pronoun.
func (e *entity) antecedentable() bool { return len(e.words) > 1 || e.spoke }

// entities indexes the people and organisations an article names, so that
// surnames, pronouns and role nouns can be resolved to the fullest name.
type entities struct {
	d    *document
	list []*entity
	// byKey finds an entity from a normalised name.
	byKey map[string]*entity
	// byLast and byFirst index multi-word names by their last and first word.
	byLast, byFirst map[string][]*entity
	// named are the name mentions in text order: for pronouns.
	named []namedMention
}

type namedMention struct {
	pos     int
	e       *entity
	subject bool // opens its unit: the likeliest antecedent of a pronoun
}

// headlineName finds a surname in the article's first line, written in
// title case ("Hillary Clinton Goes After …"), where names run into the
// words around them, and returns it with the capitalised word before it.
func (d *document) headlineName(surname string) []string {
	if len(d.paraToks) == 0 {
		return nil
	}
	r := d.paraToks[0]
	for k := r[0] + 1; k < r[1]; k++ {
		t, p := d.toks[k], d.toks[k-1]
		if strings.TrimSuffix(t.lower, "'s") == strings.ToLower(surname) && p.cap && p.kind == tokWord &&
			!p.in(lexStopCaps|lexRoleHeads|lexRoleModifiers|lexOrgHeads|lexPlaces) && !isCue(p) {
			return []string{p.text, surname}
		}
	}
	return nil
}

// nameWords normalises a name into its words: honorifics, possessive 's and
// a leading "the" go.
func nameWords(s string) []string {
	s = strings.ReplaceAll(s, "’", "'")
	f := strings.Fields(s)
	out := f[:0:0]
	for i, w := range f {
		lw := strings.ToLower(w)
		if i == 0 && lw == "the" {
			continue
		}
		if has(honorifics, lw) && len(f) > 1 {
			continue
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

func canonicalName(ws []string) string { return strings.Join(ws, " ") }

// buildEntities collects every named mention outside quotations.
func (d *document) buildEntities() *entities {
	es := &entities{d: d, byKey: map[string]*entity{}, byLast: map[string][]*entity{}, byFirst: map[string][]*entity{}}
	type raw struct {
		m       mention
		words   []string
		subject bool
	}
	var raws []raw
	ui := 0
	for k := 0; k < len(d.toks); k++ {
		for ui < len(d.units) && d.units[ui].hi <= k {
			ui++
		}
		t := d.toks[k]
		if !d.isNarration(k) || ui >= len(d.units) {
			continue
		}
		// The end of a capitalised run, or an organisation word after one
		// ("Trump campaign").
		orgTail := !t.cap && t.in(lexOrgHeads) && k > 0 && d.toks[k-1].cap && !t.in(lexDocumentNouns)
		if !t.cap && !orgTail {
			continue
		}
		if n := k + 1; n < len(d.toks) && d.toks[n].para == t.para && d.isNarration(n) && (d.toks[n].cap && !isCue(d.toks[n]) || d.toks[n].in(lexOrgHeads) && !d.toks[n].in(lexDocumentNouns)) {
			continue // the run goes on ("Hillary Clinton Speaks …" ends at "Clinton")
		}
		u := d.units[ui]
		m, ok := d.npBefore(k, u.lo)
		if !ok || !m.named() || m.pronoun != "" {
			continue
		}
		ws := nameWords(d.text[m.name.start:m.name.end])
		if len(ws) == 0 || m.kind == KindUnknown || m.lo > 0 && d.toks[m.lo-1].text == "(" {
			continue // "(R-Ohio)" is a party and state, not a person
		}
		if len(ws) == 1 && m.lo == u.lo && m.role.empty() {
			continue // "Health worries …": a capitalised first word is no name
		}
		if m.role.empty() && k+2 < u.hi && d.toks[k+1].text == "," {
			// "Donald Trump, the Republican presidential nominee, …"
			e := k + 2
			for e < u.hi && e-k < 16 && d.toks[e].text != "," && d.isNarration(e) && !(d.toks[e].kind == tokPunct && isSentenceEnd(d.toks[e].text)) {
				e++
			}
			if r := d.appositiveRole(k+2, e); !r.empty() {
				m.role = r
			}
		}
		raws = append(raws, raw{m, ws, m.lo == u.lo || (m.lo == u.lo+1 && d.toks[u.lo].cap && d.toks[u.lo].in(lexStopCaps))})
	}
	// Longer names first, so that a surname finds its full name.
	order := make([]int, len(raws))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return len(raws[b].words) - len(raws[a].words) })
	ents := make([]*entity, len(raws))
	for _, i := range order {
		r := raws[i]
		e := es.lookup(r.words, r.m.kind, -1)
		if e == nil {
			e = es.newEntity(r.words, r.m.kind, d.toks[r.m.lo].start)
		}
		ents[i] = e
		es.addMention(e, r.m)
		e.starts = append(e.starts, d.toks[r.m.lo].start)
	}
	for _, e := range es.list {
		slices.Sort(e.starts)
	}
	for i, r := range raws {
		es.named = append(es.named, namedMention{pos: d.toks[r.m.lo].start, e: ents[i], subject: r.subject})
	}
	es.harvestDescriptorRoles()
	return es
}

func (es *entities) newEntity(words []string, kind string, pos int) *entity {
	e := &entity{name: canonicalName(words), words: words, kind: kind, first: pos, seen: map[span]bool{}}
	es.list = append(es.list, e)
	es.byKey[strings.ToLower(e.name)] = e
	if len(words) > 1 {
		last, first := strings.ToLower(words[len(words)-1]), strings.ToLower(words[0])
		es.byLast[last] = append(es.byLast[last], e)
		es.byFirst[first] = append(es.byFirst[first], e)
	}
	return e
}

// harvestDescriptorRoles gives a person the role a definite description
// states for them: "… Trump had made … the Republican nominee's disrespect"
// makes "Republican nominee" Trump's role when the article gives him none.
// The description goes to the last person named before it in the same or
// the previous paragraph, when no other named person's role matches it.
func (es *entities) harvestDescriptorRoles() {
	d := es.d
	ui := 0
	for k := 1; k < len(d.toks); k++ {
		t := d.toks[k]
		if t.cap || t.stem&lexRoleHeads == 0 || !d.isNarration(k) || d.toks[k-1].lower == "the" {
			continue
		}
		for ui < len(d.units) && d.units[ui].hi <= k {
			ui++
		}
		if ui >= len(d.units) {
			return
		}
		m, ok := d.npBefore(k, d.units[ui].lo)
		if !ok || m.named() || m.pronoun != "" || d.toks[m.lo].lower != "the" || m.hi-m.lo < 3 {
			continue
		}
		if es.byDescriptor(m) != nil {
			continue
		}
		i := es.namedBefore(t.start)
		if i < 0 {
			continue
		}
		n := es.named[i]
		if n.e.kind != KindPerson || n.e.role != "" || d.paraOf(n.pos) < t.para-1 {
			continue
		}
		n.e.role = d.roleText(m)
	}
}

// lookup finds the entity a name refers to: the same name, a full name
// ending (or, for names written surname first, starting) with a one-word
// name, or a fuller name containing every word of it. Of several, the one
// mentioned last before pos wins ("Johnson" after "Jeh Johnson"); pos < 0
// takes the first.
func (es *entities) lookup(words []string, kind string, pos int) *entity {
	if e, ok := es.byKey[strings.ToLower(canonicalName(words))]; ok {
		return e
	}
	var cands []*entity
	for _, e := range es.byLast[strings.ToLower(words[len(words)-1])] {
		switch {
		case kind == KindOrganization:
			// An organisation keeps the name it is given ("Trump campaign",
			// not a fuller "Donald Trump campaign" from elsewhere).
		case e.kind != KindPerson || len(e.words) <= len(words):
		case len(words) == 1 || containsAll(e.words, words):
			cands = append(cands, e)
		}
	}
	if len(cands) == 0 && len(words) == 1 && kind != KindOrganization {
		for _, e := range es.byFirst[strings.ToLower(words[0])] {
			if e.kind == KindPerson {
				cands = append(cands, e)
			}
		}
	}
	if len(cands) == 0 && len(words) == 1 && kind == KindPerson {
		// A full name that only a title-case headline gives.
		if full := es.d.headlineName(words[0]); full != nil {
			if e, ok := es.byKey[strings.ToLower(canonicalName(full))]; ok {
				return e
			}
			return es.newEntity(full, KindPerson, 0)
		}
	}
	return mostRecent(cands, pos)
}

// mostRecent returns the candidate mentioned last before pos, or else the
// first candidate.
func mostRecent(cands []*entity, pos int) *entity {
	var best *entity
	bestPos := -1
	for _, e := range cands {
		if p := lastMention(e, pos); p > bestPos {
			best, bestPos = e, p
		}
	}
	if best == nil && len(cands) > 0 {
		return cands[0]
	}
	return best
}

func containsAll(big, small []string) bool {
	for _, w := range small {
		if !slices.ContainsFunc(big, func(b string) bool { return strings.EqualFold(b, w) }) {
			return false
		}
	}
	return true
}

func (es *entities) addMention(e *entity, m mention) {
	s := span{es.d.toks[m.lo].start, es.d.toks[m.hi-1].end}
	if e.gender == genderUnknown && e.kind == KindPerson {
		// An honorific or gendered role in the mention, else the first name.
		if e.gender = genderOf(strings.Fields(es.d.text[s.start:s.end])); e.gender == genderUnknown {
			e.gender = genderOf(e.words)
		}
	}
	if !e.seen[s] {
		e.seen[s] = true
		e.mentions = append(e.mentions, s)
	}
	if s.start < e.first {
		e.first = s.start
	}
	if r := es.d.roleText(m); roleScore(r) > roleScore(e.role) {
		e.role = r
	}
}

// roleScore ranks roles by specificity: words that are not title
// abbreviations or parentheses count.
func roleScore(r string) int {
	n := 0
	for _, w := range strings.Fields(r) {
		if !strings.HasPrefix(w, "(") {
			n += 2
		}
	}
	if strings.Contains(r, "(") {
		n++
	}
	return n
}

// resolved is a speaker after resolution.
type resolved struct {
	e          *entity // nil for an unnamed source
	name       string
	kind       string
	roleText   string
	resolution string
}

// resolve finds who a speaker mention refers to. lastSpeaker is the entity
// of the previous attribution, the likeliest referent of a pronoun.
func (es *entities) resolve(m mention, lastSpeaker *entity, lastPara, para int) resolved {
	d := es.d
	r := resolved{kind: m.kind, roleText: d.roleText(m)}
	switch {
	case m.named():
		ws := nameWords(d.text[m.name.start:m.name.end])
		e := es.lookup(ws, m.kind, d.toks[m.lo].start)
		if e == nil {
			e = es.newEntity(ws, m.kind, d.toks[m.lo].start)
			e.starts = append(e.starts, d.toks[m.lo].start)
		}
		es.addMention(e, m)
		e.spoke = true
		r.e = e
		r.resolution = ResolutionExplicit
		if m.pronoun == "who" {
			r.resolution = ResolutionPronoun
		} else if canonicalName(ws) != e.name {
			r.resolution = ResolutionAlias
		}
	case m.pronoun != "":
		r.resolution = ResolutionPronoun
		r.e = es.antecedent(m, lastSpeaker, lastPara, para)
		if r.e != nil && r.e.gender == genderUnknown {
			r.e.gender = pronounGender(m.pronoun)
		}
		if r.e == nil {
			r.kind = pronounKind(m.pronoun)
			if m.pronoun == "they" || m.pronoun == "we" {
				r.kind = KindGroup
			}
		}
	case !m.indefinite:
		r.resolution = ResolutionDescriptor
		r.e = es.byDescriptor(m)
		if r.e == nil && m.kind == KindOrganization && d.toks[m.lo].lower == "the" {
			// "The bank said" after "Wells Fargo": the organisation just named.
			r.e = es.antecedent(mention{lo: m.lo, hi: m.hi, pronoun: "it"}, lastSpeaker, lastPara, para)
		}
		if r.e == nil && m.kind == KindPerson && d.toks[m.lo].lower == "the" && !m.role.empty() {
			// "The Democratic presidential nominee says …" after "Clinton":
			// the person just named, who is given the role.
			if e := es.antecedent(mention{lo: m.lo, hi: m.hi, pronoun: "he"}, lastSpeaker, lastPara, para); e != nil {
				r.e = e
				if e.role == "" {
					e.role = d.roleText(m)
				}
			}
		}
	default:
		r.resolution = ResolutionDescriptor
	}
	if r.e != nil {
		r.name, r.kind = r.e.name, r.e.kind
		if r.e.role != "" {
			r.roleText = r.e.role
		}
		if m.pronoun != "" || m.named() {
			// keep the mention verbatim in the entity's list
			es.addMention(r.e, mention{lo: m.lo, hi: m.hi})
		}
	}
	return r
}

// antecedent resolves a pronoun: the previous speaker when that one is near,
// else the nearest preceding sentence subject, else the nearest name.
func (es *entities) antecedent(m mention, lastSpeaker *entity, lastPara, para int) *entity {
	pos := es.d.toks[m.lo].start
	want := KindPerson
	if m.pronoun == "it" {
		want = KindOrganization
	}
	if m.pronoun == "they" || m.pronoun == "we" {
		return nil
	}
	g := pronounGender(m.pronoun)
	fits := func(e *entity) bool { return e.kind == want && e.agrees(g) && e.antecedentable() }
	var nearest, subject *entity
	if lastSpeaker != nil && fits(lastSpeaker) && para-lastPara <= 1 {
		// Unless another person was named as a subject since the last
		// attribution ("Her counterpart, Sen. Walter Briggs, was less
		// upbeat. … he said").
		for i := es.namedBefore(pos); i >= 0; i-- {
			n := es.named[i]
			if !fits(n.e) {
				continue
			}
			if n.e != lastSpeaker && n.pos > lastMention(lastSpeaker, pos) && es.d.paraOf(n.pos) == para {
				return n.e
			}
			break
		}
		return lastSpeaker
	}
	// Within the pronoun's paragraph, a subject first, then the nearest;
	// only then the paragraphs before.
	var inPara *entity
	for i := es.namedBefore(pos); i >= 0 && es.d.paraOf(es.named[i].pos) == para; i-- {
		n := es.named[i]
		if !fits(n.e) {
			continue
		}
		if n.subject {
			return n.e
		}
		if inPara == nil {
			inPara = n.e
		}
	}
	if inPara != nil {
		return inPara
	}
	for i := es.namedBefore(pos); i >= 0 && i > es.namedBefore(pos)-200; i-- {
		n := es.named[i]
		if !fits(n.e) {
			continue
		}
		if nearest == nil {
			nearest = n.e
		}
		if n.subject {
			subject = n.e
			break
		}
	}
	if subject != nil {
		return subject
	}
	if nearest != nil {
		return nearest
	}
	if lastSpeaker != nil && fits(lastSpeaker) {
		return lastSpeaker
	}
	return nil
}

// distinguishing words must agree between a descriptor and a role: "the
// Democratic nominee" is not "Republican vice presidential nominee".
var distinguishing = set(`vice former deputy assistant acting republican democratic gop democrat libertarian green`)

// conflicts reports whether descriptor words d cannot describe a role r:
// a distinguishing word of d is missing from r, or r is a "vice" role and
// d is not.
func conflicts(d, r []string) bool {
	for _, w := range d {
		if has(distinguishing, w) && !slices.Contains(r, w) {
			return true
		}
	}
	return slices.Contains(r, "vice") && !slices.Contains(d, "vice")
}

// namedBefore returns the index of the last name mention before pos, or -1.
func (es *entities) namedBefore(pos int) int {
	k, _ := slices.BinarySearchFunc(es.named, pos, func(n namedMention, p int) int { return n.pos - p })
	return k - 1
}

// lastMention is the start of e's last name mention before pos, or -1.
func lastMention(e *entity, pos int) int {
	k, _ := slices.BinarySearch(e.starts, pos)
	if k == 0 {
		return -1
	}
	return e.starts[k-1]
}

// byDescriptor resolves "the former Russian president" or "the ministry" to
// the named entity whose stated role or name shares its head noun; the most
// shared words win.
func (es *entities) byDescriptor(m mention) *entity {
	d := es.d
	head := strings.TrimSuffix(d.toks[m.hi-1].lower, "'s")
	var words []string
	for k := m.lo; k < m.hi; k++ {
		if t := d.toks[k]; t.kind == tokWord && !t.in(lexDeterminers) {
			words = append(words, t.lower)
		}
	}
	var best *entity
	var ties []*entity
	bestScore := 0
	for _, e := range es.list {
		var text string
		switch {
		case m.kind == KindOrganization && e.kind == KindOrganization:
			text = strings.ToLower(e.name)
		case m.kind == KindPerson && e.kind == KindPerson && e.role != "":
			text = strings.ToLower(e.role)
		default:
			continue
		}
		tw := strings.Fields(text)
		if !slices.Contains(tw, head) || conflicts(words, tw) {
			continue
		}
		score := 0
		for _, w := range words {
			if slices.Contains(tw, w) {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = e, score
			ties = ties[:0]
		}
		if score == bestScore {
			ties = append(ties, e)
		}
	}
	if len(ties) > 1 {
		return mostRecent(ties, es.d.toks[m.lo].start)
	}
	return best
}
