package extractor

import (
	"slices"
	"strings"
)

// Speaker candidates: a pronoun ("he said") may refer to several people of
// the article. The coreference rules (08) pick one; with a model that has
// learned speaker choice, the model scores every candidate and the best
// one speaks.

// Bounds of the candidates of a pronoun: entities named within
// maxCandidateParagraphs paragraphs before it, at most maxSpeakerCandidates.
const (
	maxCandidateParagraphs = 2
	maxSpeakerCandidates   = 6
)

// SpeakerCandidate is one entity a pronoun speaker may refer to, with the
// features the model scores it on (for training).
type SpeakerCandidate struct {
	Name     string
	Features []string
}

// speakerChoice is what the model decides among for one pronoun speaker.
type speakerChoice struct {
	cands []*entity
	feats [][]string
	// inside marks the candidates last named inside the quote itself,
	// which the model never picks: a pronoun is not a name of its own
	// report (they stay candidates in training, so that the model learns
	// from the same candidates as before).
	inside []bool
}

// choices lists the candidates of a pronoun speaker: the entities of the
// pronoun's kind and gender named in its paragraph or the two before, most
// recent first, with the rules' choice always among them.
func (d *document) choices(f found, r resolved, es *entities, last *entity, contents []span) speakerChoice {
	m := *f.speaker
	if m.pronoun == "" || m.pronoun == "who" || r.resolution != ResolutionPronoun || m.pronoun == "it" && d.documentSubjectBefore(m) {
		return speakerChoice{} // (an "it" that is the document before it: no body to choose)
	}
	if firstPerson(m.pronoun, false) || m.pronoun == "you" {
		// "we", "I", "you" speak for a group, or are the interview's or
		// the writer's voice, which the rules read from how the article
		// is framed; the people named near them are no candidates: the
		// model had given "we" to whichever person came last.
		return speakerChoice{}
	}
	want := KindPerson
	if m.pronoun == "it" {
		want = KindOrganization
	}
	if m.pronoun == "they" {
		want = KindGroup // never one person of the group
	}
	g := pronounGender(m.pronoun)
	pos := d.toks[m.lo].start
	para := d.paraOf(pos)
	var c speakerChoice
	seen := map[*entity]bool{}
	add := func(e *entity) {
		if e == nil || seen[e] || len(c.cands) >= maxSpeakerCandidates {
			return
		}
		seen[e] = true
		c.cands = append(c.cands, e)
	}
	add(r.e)
	start := es.namedBefore(pos)
	// Bounded: in a long paragraph full of names the walk stops once the
	// list is full, or after antecedentWindow names (it was quadratic in a
	// 1 MiB article).
	for i := start; i >= 0 && i > start-antecedentWindow && len(c.cands) < maxSpeakerCandidates; i-- {
		n := es.named[i]
		if d.paraOf(n.pos) < para-maxCandidateParagraphs {
			break
		}
		if n.e.kind == want && n.e.agrees(g) && n.e.antecedentable() {
			add(n.e)
		}
	}
	if len(c.cands) < 2 {
		return speakerChoice{}
	}
	for _, e := range c.cands {
		c.feats = append(c.feats, d.candidateFeatures(e, r.e, last, pos, para, f, es, contents))
		c.inside = append(c.inside, inSpans(f.segs, lastMention(e, pos)))
	}
	return c
}

// candidateFeatures are the facts about one candidate e of a pronoun at
// pos: is it the rules' choice or the last speaker, how far back and how
// it was last named, whether that name stands inside a quotation or a
// reported clause (a name inside the quote is never the speaker).
func (d *document) candidateFeatures(e, rule, last *entity, pos, para int, f found, es *entities, contents []span) []string {
	fs := make([]string, 0, 12)
	if e == rule {
		fs = append(fs, "sc:rule-choice")
	}
	if e == last {
		fs = append(fs, "sc:last-speaker")
	}
	if e.spoke {
		fs = append(fs, "sc:spoke")
	}
	fs = append(fs, "sc:words:"+bucket(len(e.words), 1), "sc:pronoun:"+f.speaker.pronoun)
	lm := lastMention(e, pos)
	if lm < 0 {
		return append(fs, "sc:never-named-before")
	}
	fs = append(fs, "sc:paras:"+bucket(para-d.paraOf(lm), 0, 1))
	between, subject := 0, false
	start := es.namedBefore(pos)
	for i := start; i >= 0 && i > start-antecedentWindow && es.named[i].pos >= lm; i-- {
		if es.named[i].e == e {
			subject = subject || es.named[i].pos == lm && es.named[i].subject
			continue
		}
		between++
	}
	fs = append(fs, "sc:names-since:"+bucket(between, 0, 1, 3))
	if subject {
		fs = append(fs, "sc:subject")
	}
	if inSpans(contents, lm) {
		fs = append(fs, "sc:named-inside-content")
	}
	for _, s := range f.segs {
		if s.start <= lm && lm < s.end {
			fs = append(fs, "sc:named-inside-own-quote")
		}
	}
	return fs
}

// inSpans reports whether pos lies in one of the sorted, disjoint spans.
func inSpans(spans []span, pos int) bool {
	k, _ := slices.BinarySearchFunc(spans, pos, func(s span, p int) int { return s.start - p })
	return k > 0 && spans[k-1].end > pos || k < len(spans) && spans[k].start == pos
}

// contentSpans are the segments of every attribution, sorted.
func contentSpans(found []found) []span {
	var out []span
	for _, f := range found {
		out = append(out, f.segs...)
	}
	slices.SortFunc(out, func(a, b span) int { return a.start - b.start })
	return out
}

// choose lets the model pick the speaker among the candidates c; it
// returns the resolution with that entity.
func (es *entities) choose(r resolved, m mention, c speakerChoice, model *Model) resolved {
	if model == nil || !model.choosesSpeakers() || len(c.cands) < 2 {
		return r
	}
	best, bestP := r.e, -1.0
	for i, e := range c.cands {
		if c.inside[i] {
			continue
		}
		if p := model.speakerProb(c.feats[i]); p > bestP {
			best, bestP = e, p
		}
	}
	if best == r.e {
		return r
	}
	s := span{es.d.toks[m.lo].start, es.d.toks[m.hi-1].end}
	es.moveMention(r.e, best, s)
	r.e, r.name, r.kind, r.roleText = best, best.name, best.kind, best.role
	if r.roleText == "" {
		r.roleText = es.d.roleText(m)
	}
	return r
}

// moveMention moves the verbatim mention s from one entity to another.
func (es *entities) moveMention(from, to *entity, s span) {
	if from != nil && from.hasMention(s) {
		delete(from.seen, s) // (a no-op without the set)
		from.mentions = slices.DeleteFunc(from.mentions, func(x span) bool { return x == s })
	}
	if !to.hasMention(s) {
		to.noteMention(s)
	}
}

// candidateList is the exported form of c, for training.
func (c speakerChoice) candidateList() []SpeakerCandidate {
	out := make([]SpeakerCandidate, len(c.cands))
	for i, e := range c.cands {
		out[i] = SpeakerCandidate{Name: strings.Clone(e.name), Features: c.feats[i]}
	}
	return out
}

// Lead sources: a story's headline or first paragraph often gives its
// source before naming it ("Jobs will go, a charity has warned." …
// "Christian Aid said …"; "She thinks he can win." … "Ann Cole said").
// A speaker there that nothing before resolves (a description, a
// pronoun after words that name or describe someone) is the source the
// story names next as a speaker.
const (
	// leadParagraphs: the headline and the first paragraph.
	leadParagraphs = 2
	// leadReach: how many paragraphs after the lead speaker the source
	// may be named.
	leadReach = 3
	// leadScan: how many later attributions are looked at, so that a
	// feed that lost its paragraph breaks (one huge lead) stays linear.
	leadScan = 16
)

// leadSources resolves each unresolved lead speaker of a report in found
// (res[i] has no entity) to the entity of the first later attribution of
// its kind, when the story first names that entity in a later paragraph
// and the entity's role, if any, shares the description's head. The
// entity takes the description's role when it has none.
func (es *entities) leadSources(found []found, res []resolved) {
	d := es.d
	for i, f := range found {
		if f.speaker == nil || res[i].e != nil || f.para >= leadParagraphs || f.typ == TypeDirect || !d.leadSpeaker(*f.speaker, res[i]) {
			continue // (a direct quote of "one former official" keeps its source unnamed)
		}
		m := *f.speaker
		if m.pronoun != "" && !d.referentBefore(m) {
			continue // "He said …" before anyone is named or described: a pronoun never looks ahead
		}
		e, j := es.nextSource(found, res, i, res[i].kind, pronounGender(m.pronoun))
		if e == nil || d.paraOf(e.first) <= f.para || !es.roleFits(e, m) || es.otherKind(m, e) || d.answers(found[j]) {
			continue // ("When the mayor suggested …, Ann Cole said": someone else)
		}
		if m.pronoun == "" && d.toks[m.lo].is(fnDefinite) && es.otherNameBefore(m, e) {
			continue // "Workers at Brantley … The firm said …¶ Harlow Motors said": Brantley, named before
		}
		if r := d.leadRole(m, res[i]); e.role == "" && r != "" {
			es.setRole(e, r)
			e.rolePos = d.toks[m.lo].start
		}
		res[i].e, res[i].name, res[i].kind = e, e.name, e.kind
		if e.role != "" {
			res[i].roleText = e.role
		}
	}
}

// leadSpeaker reports whether speaker m, resolved to r, may be a lead
// source: a singular pronoun, or a description of an organisation (not a
// person's, a group, a name or a quantity).
func (d *document) leadSpeaker(m mention, r resolved) bool {
	switch {
	case m.pronoun != "":
		return m.pronoun == "he" || m.pronoun == "she" || m.pronoun == "it"
	case m.named() || r.name != "" || anyCap(d.toks[m.lo:m.hi]) || d.toks[m.hi-1].in(lexDocumentNouns):
		return false // ("the WSJ editorial", a title-case "Pastor"; a poll speaks for whoever made it)
	}
	// A person described ("a spokesman", "an official") is most often a
	// source the story never names: the next person named is someone else.
	return r.kind == KindOrganization
}

// maxReferentLookback is how many tokens before a lead pronoun the words
// it may refer to are looked for.
const maxReferentLookback = 120

// referentBefore reports whether the lead words before pronoun m name or
// describe someone it may refer to, whom the story names later ("SEIU
// chief says …; … because she thinks", "Cole: …; she attacks"): a role or
// relation noun, an organisation noun for "it", or a capitalised name
// that does not just open its sentence (a title-case headline's
// capitals name no one). The lead source then stands for that mention:
// a pronoun that nothing before it can refer to has no referent.
func (d *document) referentBefore(m mention) bool {
	heads := lexRoleHeads | lexPersonNouns
	if m.pronoun == "it" {
		heads = lexOrgHeads | lexGenericOrgNouns | lexKnownOrgs
	}
	u, titled := unit{lo: -1, hi: -1}, false
	for k := m.lo - 1; k >= 0 && k >= m.lo-maxReferentLookback; k-- {
		t := d.toks[k]
		if t.kind != tokWord || t.quote >= 0 || t.in(lexHonorifics) {
			continue
		}
		if t.stem&heads != 0 {
			return true
		}
		if k < u.lo || k >= u.hi {
			u = d.unitAt(k)
			titled = d.titleCaseUnit(u)
		}
		if t.cap && k > u.lo && !titled && isNameWord(t) && !t.in(lexStopCaps|lexPlaces) {
			return true
		}
	}
	return false
}

// otherNameBefore reports whether a capitalised name word stands in the
// narration within maxReferentLookback tokens before description m, inside
// its sentence, that is no word of e's name nor of a person's: a name
// the description may stand for, given before it ("Workers at Brantley
// … The firm said"), so that e, named later, is another.
func (es *entities) otherNameBefore(m mention, e *entity) bool {
	d := es.d
	u, titled := unit{lo: -1, hi: -1}, false
	for k := m.lo - 1; k >= 0 && k >= m.lo-maxReferentLookback; k-- {
		t := d.toks[k]
		if t.kind != tokWord || t.quote >= 0 || !t.cap {
			continue
		}
		if k < u.lo || k >= u.hi {
			u = d.unitAt(k)
			titled = d.titleCaseUnit(u)
		}
		if k == u.lo || titled || !isNameWord(t) || t.in(lexStopCaps|lexPlaces|lexHonorifics) || slices.Contains(e.words, t.text) {
			continue
		}
		if !es.personWord(t.text) {
			return true
		}
	}
	return false
}

// personWord reports whether w is a word of a person's name the article
// gives: from an index, not a scan of every entity for each word looked
// back over. Kinds are read at lookup: coreference may still change one.
func (es *entities) personWord(w string) bool {
	if es.byWord == nil || es.byWordOf != len(es.list) {
		es.byWord = map[string][]*entity{}
		for _, p := range es.list {
			for _, x := range p.words {
				es.byWord[x] = append(es.byWord[x], p)
			}
		}
		es.byWordOf = len(es.list)
	}
	return slices.ContainsFunc(es.byWord[w], func(p *entity) bool { return p.kind == KindPerson })
}

// nextSource is the entity of the first attribution after found[i],
// within leadReach paragraphs and leadScan attributions, whose speaker is of kind k and agrees
// with gender g.
func (es *entities) nextSource(found []found, res []resolved, i int, k string, g gender) (*entity, int) {
	for j := i + 1; j < len(found) && j <= i+leadScan && found[j].para <= found[i].para+leadReach; j++ {
		if e := res[j].e; e != nil && e.kind == k && e.agrees(g) {
			return e, j
		}
	}
	return nil, -1
}

// answers reports whether attribution f answers what was said before it
// rather than says it again: its report opens on what was said, named
// by a determiner and a cue noun ("Acme Steel said the claims were
// false" after "…, a union has warned"): its speaker is the other side.
func (d *document) answers(f found) bool {
	k := d.tokIndex(f.start())
	if k+1 >= len(d.toks) {
		return false
	}
	t, n := d.toks[k], d.toks[k+1]
	return (t.is(fnDefinite) || t.in(lexDeterminers) && !t.in(lexPossessiveDeterminers|lexQuantities)) && n.in(lexCueNouns) && !n.cap
}

// roleFits reports whether entity e may be the one description m
// describes: e has no role, or its role holds m's head word ("the
// organizer" for an "organizer with the coalition").
func (es *entities) roleFits(e *entity, m mention) bool {
	if e.role == "" || m.pronoun != "" {
		return true
	}
	head := stemOf(es.d.toks[m.hi-1].lower)
	return slices.Contains(strings.Fields(strings.ToLower(es.d.spelledOut(e.role))), head)
}

// leadRole is the role a lead description m, resolved to r, gives its
// source: its role, or what kind of organisation it is ("a charity":
// "charity").
func (d *document) leadRole(m mention, r resolved) string {
	if m.pronoun != "" || r.roleText != "" || r.kind != KindOrganization || !d.orgNounHead(d.toks[m.hi-1]) {
		return r.roleText
	}
	lo := m.lo
	if d.toks[lo].in(lexDeterminers) {
		lo++
	}
	if lo >= m.hi {
		return ""
	}
	return d.text[d.toks[lo].start:d.toks[m.hi-1].end]
}
