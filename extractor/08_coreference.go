package extractor

import (
	"context"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Coreference: every person and organisation the article names, so that a
// speaker mention (a surname, a pronoun, a role noun) resolves to the
// fullest name the article gives and the most specific role it states.

// entity is one person or organisation the article names, with every
// mention resolved to it.
type entity struct {
	name     string // the fullest name the article gives
	words    []string
	kind     string // set with entities.setKind (byDescriptor's index)
	role     string // the role stated for it: the first, unless it is a former one; set with entities.setRole
	rolePos  int    // byte offset of the mention that stated role
	mentions []span
	seen     map[span]bool
	starts   []int // sorted starts of its name mentions: for recency
	first    int   // byte offset of its first mention
	gender   gender
	// nameGender is the gender its full name's mentions give: an
	// honorific or a first name, for matching a surname to it.
	nameGender gender
	spoke      bool // it was the speaker of an attribution
	// addressed: a one-word person name the article gives with an
	// honorific ("Mr Pike"), a person for certain: an antecedent.
	addressed bool
	// spokeAt is one past the start of the speaker mention of its last
	// attribution so far, in the order they are resolved; 0: none yet.
	spokeAt int
	age     string // the age the article gives ("Raj Malhotra, 47,"), for "the 47-year-old"
	// made are the document nouns the article names it the maker of
	// ("poll" for "a Ledger poll"), so that "the poll" finds it.
	made []string
	// describedRole: its role is a description's the article gives of it
	// ("the Republican nominee"), not one stated with its name.
	describedRole bool
	// weakRole: its role is an object's description before its name
	// (objectDescribed), which any other stated role replaces.
	weakRole bool
	// firmNamed: a one-word name the article gives with what kind of
	// business it is ("the Harlow group"), an organisation for certain.
	firmNamed bool
	// nounNamed: a one-word name the article gives after a noun for an
	// organisation ("the charity Oxfam"): an antecedent of "it" in the
	// paragraph that names it so.
	nounNamed bool
	// firstNounNamed: nounNamed, and the first organisation the article
	// names (markFirstNounNamed).
	firstNounNamed bool
	// familyNamed: a person whose surname only a family tie gives ("Hale's
	// son Peter" is Peter Hale), never written with it: "Hale" alone is
	// the one the tie is to.
	familyNamed bool
	// idx is its place in entities.list; inOrgs and inRoled say whether
	// it is in entities.orgs and entities.roled.
	idx             int
	inOrgs, inRoled bool
	// group is the role group it is in (roleGroups), nil when it is no
	// person with a role.
	group *roleGroup
	// roleWords are the words of its role spelled out, in lower case
	// (describedText's, split): set with the role, for byDescriptor.
	roleWords []string
	// titleWords are those of a title written with its name ("Sen."
	// spelled out), kept in roleWords when another role replaces it.
	titleWords []string
	// orgWords are the words it is indexed under in entities.orgsByWord:
	// those of its name and of the documents it makes (describedText's).
	orgWords []string
}

// agrees reports whether a pronoun of gender g can refer to e.
func (e *entity) agrees(g gender) bool {
	return g == genderUnknown || e.gender == genderUnknown || e.gender == g
}

// nameAgrees reports whether a name mention of gender g can refer to e:
// whether the gender its full name gives agrees ("Ms Reilly" is not Tom
// Reilly). A gender only its surname's mentions give may be another
// family member's.
func (e *entity) nameAgrees(g gender) bool {
	return g == genderUnknown || e.nameGender == genderUnknown || e.nameGender == g
}

// antecedentable: a one-word "name" that never spoke (Obamacare, RT) is
// no antecedent for a pronoun.
// A surname with an honorific ("Mr Pike") is someone's, full name or not.
// An organisation's name given after a noun for its kind ("budget airline
// Wingway", "the charity Oxfam") is one too, in later paragraphs as well,
// when it is the first organisation the article names (firstNounNamed):
// "The airline said" and "It added" stand for the story's subject, not for
// a firm named in passing further down ("Oil giant Shell last year …").
func (e *entity) antecedentable() bool {
	return len(e.words) > 1 || e.spoke || e.firmNamed || e.addressed && e.kind == KindPerson || e.firstNounNamed && e.kind == KindOrganization
}

// entities indexes the people and organisations an article names, so that
// surnames, pronouns and role nouns can be resolved to the fullest name.
type entities struct {
	d    *document
	list []*entity
	// byKey finds an entity from a normalised name.
	byKey map[string]*entity
	// lowerWords holds, for each word the article writes with a capital,
	// whether it writes it in lower case too (lowerInArticle, made on
	// first use; the words asked about are capitalised names).
	lowerWords map[string]bool
	// byLast and byFirst index multi-word names by their last and first word.
	byLast, byFirst map[string][]*entity
	// initialSurnames are the sentence-opening one-word names of people
	// named in full, in text order, which join named only after the
	// descriptions are read (describedBefore still sees them).
	initialSurnames []namedMention
	// byInitials indexes multi-word organisation names by their initials
	// ("World Trade Organisation" → WTO), for the acronym of the name.
	byInitials map[string][]*entity
	// namesByFirst: byLast, byFirst and byInitials are in the order of
	// first mention (buildEntities has named everyone it finds; addNamed).
	namesByFirst bool
	// named are the name mentions in text order: for pronouns.
	named []namedMention
	// quoted indexes the full names given inside quotations by their
	// lower-cased surname (quotedName), built on first use.
	quoted map[string][]string
	// narrated indexes the full names the narration gives, by lower-cased
	// surname, nil for a surname given with two first names
	// (narratedName), built on first use.
	narrated map[string][]string
	// headline indexes the capitalised word before each word of the
	// first paragraph by that word lower-cased (headlineName), built on
	// first use.
	headline map[string]string
	// headlineEnd is where a headline written as one ends, 0 when there
	// is none (inHeadline), known once headlineKnown.
	headlineEnd   int
	headlineKnown bool
	// byWord indexes the first byWordOf entities by every word of their
	// names (personWord), rebuilt when more are named.
	byWord   map[string][]*entity
	byWordOf int
	// unnamed are the unnamed sources resolved so far ("a Downing Street
	// spokesman"), for the descriptions that return to them.
	unnamed []unnamedSource
	// groups are the groups that joined names make ("Ann Cole and Tom
	// Reilly"), by lower-cased name: one entity each, which "they" can
	// refer to. They are indexed nowhere else, so that a surname never
	// resolves to a group.
	groups map[string]*entity
	// described are the descriptions of people that are the subjects of
	// their sentences (noteDescribedSubject), antecedents of the pronouns
	// after them once every role is read.
	described []namedMention
	// unnamedSubjects are the descriptions of people that are the
	// subjects of their sentences and stand for no one the article
	// names ("The prime minister faced MPs"), in text order: the role of
	// a pronoun after them that has no antecedent.
	unnamedSubjects []unnamedSubject
	// leadIndefinites are the indefinite lead descriptions that a
	// relative clause singles out ("A nurse whose ward closed says …"),
	// by the offset of their article, with the person the next paragraph
	// introduces (introducedNext): whom they describe.
	leadIndefinites map[int]*entity
	// makers indexes the organisations the article says make a kind of
	// document by its noun ("survey"), nil for a noun two of them make.
	makers map[string]*entity
	// orgs are the organisations and roled the people with a role, in
	// list order: what byDescriptor matches a description against, so
	// that it does not scan every entity for each one. setKind and
	// setRole keep them; an entry whose kind changed since stays (it is
	// tested again).
	orgs, roled []*entity
	// roleGroups are the people with a role by the role, and
	// groupsByWord the groups by each word of the role spelled out
	// (roleWords): a description of a person looks only at the roles with
	// its head, once for each role, however many hold it.
	roleGroups   map[string]*roleGroup
	groupsByWord map[string][]*roleGroup
	// orgsByWord indexes orgs by each word of their names and of the
	// documents they make, in lower case: what a description of an
	// organisation can match (byOrgDescriptor). Built on first use.
	orgsByWord map[string]*orgPosting
	// holderOrgs is, for each office holder a description has named in
	// the possessive ("minister" in "the prime minister's office"), the
	// organisations whose names hold it (describedText), in list order:
	// the only ones such a description can match. Built on first use.
	holderOrgs map[string][]*entity
}

// orgPosting is the organisations indexed under one word, in list order,
// and the starts of their name mentions, in text order (of two at one
// place, the later in list order first).
type orgPosting struct {
	orgs   []*entity
	starts []entityStart
}

// roleGroup is the people who hold one role, in list order, and their name
// mentions, in text order (rebuilt when stale: a member joined or left, or
// a member's starts grew).
type roleGroup struct {
	role    string
	members []*entity
	starts  []entityStart
	stale   bool
}

// entityStart is the start of a name mention of e.
type entityStart struct {
	pos int
	e   *entity
}

// unnamedSource is a speaker described and never named: where, the head
// noun of its description, and its role.
type unnamedSource struct {
	pos  int
	head string
	role string
}

// unnamedSubject is a description of someone never named that is its
// sentence's subject: where, its role and the gender its words give.
type unnamedSubject struct {
	pos    int
	role   string
	gender gender
	// indefinite: "A spokesperson for Ellen Marsh dismissed …"
	// (indefiniteSubjects), with its head noun's stem, as unnamedSource's.
	indefinite bool
	head       string
}

type namedMention struct {
	pos     int
	lo, hi  int // its tokens
	e       *entity
	subject bool // opens its unit: the likeliest antecedent of a pronoun
	// initial: a one-word name that opens its sentence (nameMention's
	// firstWord), an antecedent in its own paragraph only.
	initial bool
	// described: a description of e, not its name ("the Kentucky
	// senator"; noteDescribedSubject).
	described bool
}

// nameMention is a name found in the narration, before it is indexed.
type nameMention struct {
	m       mention
	words   []string
	subject bool
	age     string // "47" in "Raj Malhotra, 47," or "the 19-year-old striker"
	maker   bool   // a one-word name before a document noun: an organisation if no one has it
	// firstWord: a one-word name that opens its sentence ("Brandt joined
	// …"), which may be a capitalised common word ("Health worries …"): it
	// counts only as the surname of someone named in full.
	firstWord bool
	// familyNamed: words has the surname a family tie gives (familyName).
	familyNamed bool
}

// personOfOrgWord is the person named in full whose surname is the one
// word of name mention m (its words), an organisation only because the
// lexicon knows the word as one's name or head ("Mayor Don Guardian …
// Guardian said": not the newspaper; "Senator Ruth Court … Court said"):
// written bare, with no determiner or role, after exactly one such
// person; nil otherwise. A news outlet's report is the outlet's
// ("Bloomberg reported", "according to Bloomberg"), whoever founded it.
func (es *entities) personOfOrgWord(m mention, words []string) *entity {
	d := es.d
	if m.kind != KindOrganization || len(words) != 1 || m.hi-m.lo != 1 || !m.role.empty() {
		return nil
	}
	t := d.toks[m.lo]
	if t.stem&(lexKnownOrgs|lexOrgHeads) == 0 || isUpperWord(t.text) {
		return nil
	}
	if m.hi < len(d.toks) && strings.HasPrefix(d.toks[m.hi].lower, "report") || m.lo >= 2 && d.toks[m.lo-1].is(fnTo) && d.toks[m.lo-2].is(fnAccording) {
		return nil
	}
	var key [32]byte
	var found *entity
	for _, e := range es.byLast[string(appendLower(key[:0], words[0]))] {
		if e.kind != KindPerson || len(e.words) < 2 || e.familyNamed || e.first > t.start {
			continue
		}
		if found != nil && found != e {
			return nil // (two people of that surname)
		}
		found = e
	}
	return found
}

// surnameOf is the person named in full whose surname the sentence-initial
// one-word name r is, the most recent one before it; else nil.
func (es *entities) surnameOf(r nameMention) *entity {
	if len(es.surnameCandidates(r.words, r.m.kind, es.d.toks[r.m.lo].start)) > 1 {
		return nil // ("Clinton" after Hillary and Bill Clinton: which one the capital hides)
	}
	e := es.lookup(r.words, r.m.kind, es.d.toks[r.m.lo].start, es.d.mentionGender(r.m))
	if e == nil || e.kind != KindPerson || es.surname(e.words) != strings.ToLower(r.words[0]) {
		return nil
	}
	return e
}

// ctxCheckTokens is how often, in tokens, the long loops over the whole
// article check whether their context has ended.
const ctxCheckTokens = 4096

// buildEntities collects every named mention outside quotations and
// indexes them by name.
func (d *document) buildEntities(ctx context.Context) (*entities, error) {
	es := &entities{d: d, byKey: map[string]*entity{}, byLast: map[string][]*entity{}, byFirst: map[string][]*entity{}, byInitials: map[string][]*entity{}}
	raws, err := d.nameMentions(ctx)
	if err != nil {
		return nil, err
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
		if r.firstWord {
			continue // (below, once every full name is known)
		}
		e := es.lookup(r.words, r.m.kind, -1, d.mentionGender(r.m))
		if p := es.personOfOrgWord(r.m, r.words); p != nil {
			e = p
		}
		if e == nil && r.maker {
			r.m.kind = KindOrganization
		}
		if e == nil {
			e = es.newEntity(r.words, r.m.kind, d.toks[r.m.lo].start)
			e.familyNamed = r.familyNamed
		} else if !r.familyNamed && len(r.words) > 1 {
			e.familyNamed = false // ("Peter Hale" written in full too)
		}
		ents[i] = e
		if r.age != "" {
			e.age = r.age
		}
		if r.m.kind == KindOrganization && d.firmNameEnd(r.m.lo, r.m.hi) < r.m.hi {
			e.firmNamed = true // "the Harlow group": "it" may be Harlow
		}
		if r.m.kind == KindOrganization && d.orgNounBeforeName(r.m) {
			e.nounNamed = true // "the charity Oxfam": an organisation, in its paragraph at least
		}
		es.addMention(e, r.m)
		es.noteNameGender(e, r.m, r.words)
		e.starts = append(e.starts, d.toks[r.m.lo].start)
		if e.group != nil {
			e.group.stale = true // (a holder named again)
		}
	}
	for _, e := range es.list {
		slices.Sort(e.starts)
	}
	// From here on the lists of names by word are in the order of first
	// mention (namedNear reads them so), and later names go in their place.
	for _, m := range []map[string][]*entity{es.byLast, es.byFirst, es.byInitials} {
		for _, l := range m {
			slices.SortStableFunc(l, func(a, b *entity) int { return a.first - b.first })
		}
	}
	es.namesByFirst = true
	for i, r := range raws {
		if r.firstWord {
			ents[i] = es.surnameOf(r)
			if ents[i] == nil {
				ents[i] = es.personOfOrgWord(r.m, r.words)
			}
		}
	}
	var late []namedMention
	es.named = make([]namedMention, 0, len(raws)) // (sized once: late ones are among raws too)
	for i, r := range raws {
		if r.firstWord && es.firmByContext(r, ents[i]) {
			ents[i] = es.namedFirm(r, ents[i]) // "Tesco said it …", "HSBC cut 300 jobs. The bank said …"
			es.named = append(es.named, namedMention{pos: d.toks[r.m.lo].start, lo: r.m.lo, hi: r.m.hi, e: ents[i], subject: r.subject})
			continue
		}
		if ents[i] == nil {
			continue
		}
		n := namedMention{pos: d.toks[r.m.lo].start, lo: r.m.lo, hi: r.m.hi, e: ents[i], subject: r.subject}
		if r.firstWord {
			// The surname of someone named in full, of unknown gender too
			// ("Tom Hart won ahead of Jaylen Cole. Cole was disappointed.
			// "…," he said": Cole, not the one a list gives a gender).
			n.initial = true
			late = append(late, n)
			continue
		}
		es.named = append(es.named, n)
		if e := ents[i]; e.kind == KindPerson && len(e.words) == 1 && e.gender == genderUnknown && d.organisationContext(r.m) {
			es.setKind(e, KindOrganization) // "Brightwell, which …", "Norvik said its …", "the retailer Next"
		} else if es.nameOnlyFirm(e) && r.subject && r.m.lo == d.unitAt(r.m.lo).lo && r.m.role.empty() && d.organisationNext(r.m) {
			es.setKind(e, KindOrganization) // "Norvik cut 300 jobs. The bank said …"
			e.firmNamed = true
		}
	}
	slices.SortStableFunc(late, func(a, b namedMention) int { return a.pos - b.pos })
	es.initialSurnames = late
	es.markFirstNounNamed()
	es.clauseGenders()
	es.relativeMakers()
	es.harvestDescriptorRoles()
	// A sentence-initial surname is an antecedent of the pronouns after it
	// ("Brandt joined Harlow at … , he said": Brandt), but gives no
	// description its referent: the roles above were read without it.
	late = append(late, es.described...)
	if len(late) > 0 {
		es.named = append(es.named, late...)
		slices.SortStableFunc(es.named, func(a, b namedMention) int { return a.pos - b.pos })
	}
	return es, nil
}

// markFirstNounNamed marks the organisation the article names first when
// it is nounNamed ("Shares in budget airline Wingway fell …"): the story's
// subject, an antecedent beyond its paragraph (antecedentable).
func (es *entities) markFirstNounNamed() {
	var first *entity
	for _, e := range es.list {
		if e.kind == KindOrganization && (first == nil || e.first < first.first) {
			first = e
		}
	}
	if first != nil && first.nounNamed {
		first.firstNounNamed = true
	}
}

// maxClauseGenderTokens is how far after a subject's name the pronoun of
// its subordinate clause may stand.
const maxClauseGenderTokens = 12

// clauseGenders gives a person named as a sentence's subject the gender
// of the pronoun that opens a subordinate clause of the same sentence
// when no other name or noun phrase stands between ("Ann Cole was a nurse
// when she was elected"): the clause is about the subject.
func (es *entities) clauseGenders() {
	d := es.d
	for _, n := range es.named {
		if !n.subject || n.e.kind != KindPerson || n.e.gender != genderUnknown {
			continue
		}
		hi := min(d.unitAt(n.lo).hi, n.hi+maxClauseGenderTokens)
		for k := n.hi; k+1 < hi && d.isNarration(k); k++ {
			t := d.toks[k]
			if t.cap && isNameWord(t) && !t.in(lexPlaces|lexStopCaps) || isCue(t) {
				break // another name, or a report whose pronoun may be anyone
			}
			if d.otherNounPhrase(k, n.hi) {
				break // "met the buyer when she …": she may be the buyer
			}
			if t.kind == tokWord && t.is(fnSubordinator) && d.toks[k+1].kind == tokWord {
				n.e.gender = pronounGender(d.toks[k+1].lower)
				break
			}
		}
	}
}

// otherNounPhrase reports whether the determiner at k, after a name that
// ends before hi, opens a noun phrase that may be someone else: the
// object of a verb ("met the buyer"), or of a preposition when its head
// names a person ("with the buyer's lawyer"; "at the clinic" is a
// place). The predicate of a form of "be" ("was a nurse") and an
// appositive right after the name ("Ann Cole, a nurse,") are the named
// person.
func (d *document) otherNounPhrase(k, hi int) bool {
	if !d.toks[k].in(lexDeterminers) || k == hi {
		return false
	}
	prev := d.toks[k-1]
	switch {
	case prev.is(fnBe) || k-1 == hi && prev.text == ",":
		return false
	case prev.in(lexPrepositions):
		return d.personNounAfter(k)
	}
	return true
}

// maxPersonNounWords is how many words after a determiner its head may
// stand ("the yard's new night manager").
const maxPersonNounWords = 4

// personNounAfter reports whether one of the few words after the
// determiner at k is a noun that names a person (a role or relation:
// "the manager", "her brother").
func (d *document) personNounAfter(k int) bool {
	for j := k + 1; j < len(d.toks) && j <= k+maxPersonNounWords && d.toks[j].kind == tokWord; j++ {
		if personNoun(d.toks[j]) {
			return true
		}
	}
	return false
}

// personNoun reports whether token t, or its stem, is a noun that names a
// person: a role's or a relation's ("manager", "grandson").
func personNoun(t token) bool {
	return t.in(lexRoleHeads|lexPersonNouns) || t.stem&(lexRoleHeads|lexPersonNouns) != 0
}

// nameMentions finds the names of the narration, in text order: the end of
// every capitalised run, or an organisation word after one ("Hale
// campaign"), parsed back to its noun phrase.
func (d *document) nameMentions(ctx context.Context) ([]nameMention, error) {
	// News text has about one name mention per twenty tokens: sized for
	// that, the slice (160 bytes an element) is seldom regrown; it is
	// an earlier extraction's when that one is large enough (release).
	raws := d.names[:0]
	if cap(raws) < len(d.toks)/mentionTokens+1 {
		raws = make([]nameMention, 0, len(d.toks)/mentionTokens+1)
	}
	defer func() { d.names = raws }()
	ui := 0
	for k := 0; k < len(d.toks); k++ {
		if k%ctxCheckTokens == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		for ui < len(d.units) && d.units[ui].hi <= k {
			ui++
		}
		if !d.isNarration(k) || ui >= len(d.units) || !d.endsNameRun(k) || d.bylineUnit(d.units[ui]) {
			continue
		}
		if r, ok := d.nameMentionAt(k, d.units[ui]); ok {
			raws = append(raws, r)
			if o, ok := d.kindNamedEmployer(r.m, k); ok {
				raws = append(raws, o)
			}
		}
	}
	return raws, nil
}

// maxBylineParagraph and maxBylineTokens bound where a byline stands
// (among the first paragraphs) and how long it is.
const (
	maxBylineParagraph = 3
	maxBylineTokens    = 12
)

// bylineUnit reports whether unit u is a byline: a paragraph of its own
// near the top, short, with no cue, that opens with "By" and a name ("By
// Ken Ashby") or names its writer's job (lexicon/byline-roles: "Ken Ashby,
// Political correspondent"). The writer of the story is never a speaker
// of it, nor a pronoun's antecedent.
func (d *document) bylineUnit(u unit) bool {
	if u.para == 0 || u.para > maxBylineParagraph || u.hi-u.lo > maxBylineTokens {
		return false
	}
	if p := d.paraToks[u.para]; p[0] != u.lo || p[1] != u.hi {
		return false
	}
	toks := d.toks
	first := toks[u.lo]
	if first.cap && first.is(fnPassiveBy) && u.lo+1 < u.hi && isNameWord(toks[u.lo+1]) {
		return !slices.ContainsFunc(toks[u.lo:u.hi], func(t token) bool { return isCue(t) || t.kind == tokPunct && isSentenceEnd(t.text) && t.text != "." })
	}
	if !isNameWord(first) {
		return false
	}
	job := false
	for k := u.lo; k < u.hi; k++ {
		t := toks[k]
		if isCue(t) && !d.lex.bylineRoles[t.lower] {
			return false
		}
		job = job || t.kind == tokWord && d.lex.bylineRoles[t.lower] && k > u.lo
	}
	return job
}

// kindNamedEmployer is the organisation named, after the kind of
// business it is, at the end of person mention m, which ends at token k:
// "Ann Cole of IT firm Calder Systems", "Tom Reilly of property website
// Homelane". It is a name mention of its own, with its kind as its role,
// so that the organisation speaking later has the role the article gives
// it.
func (d *document) kindNamedEmployer(m mention, k int) (nameMention, bool) {
	if m.kind != KindPerson || m.role.empty() || !m.named() {
		return nameMention{}, false
	}
	for l := m.lo + 1; l < k; l++ {
		t := d.toks[l]
		if !(t.is(fnRoleLink) || t.is(fnSourceLink) && !t.is(fnPassiveBy)) || !d.toks[l-1].cap || d.toks[l-1].end > m.name.end {
			continue
		}
		inner := d.analyzeNP(l+1, k+1)
		if inner.kind != KindOrganization || !inner.named() || inner.role.empty() || inner.role.start >= inner.name.start && inner.role.end > inner.name.start {
			return nameMention{}, false
		}
		ws := nameWords(d.lex, d.text[inner.name.start:inner.name.end])
		if len(ws) == 0 {
			return nameMention{}, false
		}
		return nameMention{m: inner, words: ws}, true
	}
	return nameMention{}, false
}

// mentionTokens sizes nameMentions' slice: tokens per name mention.
const mentionTokens = 20

// endsNameRun reports whether token k ends a run of capitalised words, or
// is an organisation word after one ("Ann Cole Speaks …" ends at
// "Cole").
func (d *document) endsNameRun(k int) bool {
	t := &d.toks[k]
	orgTail := !t.cap && t.in(lexOrgHeads) && k > 0 && (d.toks[k-1].cap || d.placeOwnedBody(k)) && !t.in(lexDocumentNouns)
	if !t.cap && !orgTail {
		return false
	}
	n := k + 1
	if n+1 < len(d.toks) && d.toks[n].text == "&" && d.toks[n+1].cap && d.toks[n+1].para == t.para {
		return false // "Ashby & Crane" goes on
	}
	return !(n < len(d.toks) && d.toks[n].para == t.para && d.isNarration(n) && !d.lineBreakBefore(n) && (d.toks[n].cap && !d.toks[n].in(lexCue) || d.toks[n].in(lexOrgHeads) && !d.toks[n].in(lexDocumentNouns)))
}

// calledOrg reports whether name mention m follows "called" or "named"
// after a lower-case noun of an organisation ("a group called Safe
// Schools Promise", "a charity named Memory First", "a program called
// …": lexicon/called-org-nouns): what the noun is called, not a person.
func (d *document) calledOrg(m mention) bool {
	k := m.lo
	if k < 2 {
		return false
	}
	v, n := d.toks[k-1], d.toks[k-2]
	return (v.lower == "called" || v.lower == "named") && !v.cap && n.kind == tokWord && !n.cap && (n.stem&(lexGenericOrgNouns|lexOrgHeads) != 0 || d.lex.calledOrgNouns[n.lower]) && !n.in(lexDocumentNouns)
}

// placeOwnedBody reports whether the body noun at k follows a role
// modifier after a place's possessive ("China's foreign ministry",
// "Japan's defence ministry"): a body the article names by its country.
func (d *document) placeOwnedBody(k int) bool {
	if k < 2 {
		return false
	}
	t, mod, owner := d.toks[k], d.toks[k-1], d.toks[k-2]
	return t.in(lexBodyNouns) && !mod.cap && mod.kind == tokWord && mod.in(lexRoleModifiers) && owner.cap && isPossessiveWord(owner) && owner.stem&lexPlaces != 0
}

// nameMentionAt parses the name that ends at token k of unit u, with the
// appositive role after it ("Ann Hale, the Republican presidential
// nominee, …").
func (d *document) nameMentionAt(k int, u unit) (nameMention, bool) {
	m, ok, linked := d.namePhraseBefore(k, u.lo)
	if !ok || !m.named() || m.pronoun != "" {
		return nameMention{}, false
	}
	ws := d.firmPossessive(m, nameWords(d.lex, d.text[m.name.start:m.name.end]))
	if len(ws) == 0 || m.kind == KindUnknown || m.lo > 0 && d.toks[m.lo-1].text == "(" {
		return nameMention{}, false // "(R-Ohio)" is a party and state, not a person
	}
	if slices.ContainsFunc(ws, isNegatedVerb) {
		return nameMention{}, false // "Bigotry Doesn't" in a title-case headline
	}
	if d.inWorkTitle(m.lo, u.lo) {
		return nameMention{}, false // "whose last film Over a Dark River won": a title, no person
	}
	if m.kind == KindPerson && d.calledOrg(m) {
		m.kind = KindOrganization // "a group called Safe Schools Promise"
	}
	subject := d.opensUnit(m, u)
	if m.role.empty() && d.premodifiedSubject(m, u) && d.lex.premodifierRoles[d.toks[m.lo-1].lower] {
		m.role = span{d.toks[u.lo].start, d.toks[m.lo-1].end} // "Tennis great Ann Cole remembered …"
	}
	if m.role.empty() && subject {
		m.role = d.predicateRole(k, u.hi) // (a first word with a role is a name)
	}
	if r := d.appointmentRole(k, u.hi); subject && !r.empty() && !(d.honourRole(r) && !m.role.empty()) {
		m.role = r // "Rock star Ann Cole has been made head coach of …": the news is the new role
	}
	if r := d.objectAppointmentRole(m, k, u.hi); !r.empty() {
		m.role = r // "The prime minister appointed Ann Hale as health minister"
	}
	firstWord := len(ws) == 1 && d.placeOrFirstWord(m, k, u)
	if firstWord && !d.initialSurname(m, k, u) {
		return nameMention{}, false
	}
	if m.role = d.nameRole(m, k, u); linked {
		m.role = span{} // what follows is said of the phrase, not of the firm it names
	}
	family := len(ws)
	ws = d.familyName(m, ws, u.lo)
	n := k + 1
	// "a Toshiba study": a one-word name no person has, before a document
	// noun, is the firm that made it.
	maker := len(ws) == 1 && m.kind == KindPerson && n < u.hi && !isPossessiveWord(d.toks[k]) && !d.toks[n].cap && d.toks[n].in(lexDocumentNouns)
	return nameMention{m, ws, subject, d.ageAfterName(k, u), maker, firstWord, len(ws) > family}, true
}

// honourRole reports whether role r, given by an appointment verb, is an
// honour ("has been made a peer", "was made a dame"): a rank that the
// name then carries ("Lord Webb", "Dame Ann Cole"), no office, so a role
// stated with the name ("The former Conservative minister Tom Webb")
// stays.
func (d *document) honourRole(r span) bool {
	k := d.tokIndex(r.start)
	if k < 0 || k >= len(d.toks) {
		return false
	}
	e := k
	for e+1 < len(d.toks) && d.toks[e+1].end <= r.end {
		e++
	}
	t := d.toks[e]
	return e-k <= 1 && (t.lower == "peer" || t.lower == "knight" || t.in(lexNameTitles))
}

// inWorkTitle reports whether the name starting at token k, in a unit
// starting at ulo, ends the title of a work that a work noun names
// (lexicon/work-nouns): capitalised words and the small words of a
// title (lexicon/title-function-words), at least one and the first
// capitalised, lead back to the noun ("the film Over a Dark River"). A name right after the noun may
// be a clause's subject ("the book Ann Cole wrote").
func (d *document) inWorkTitle(k, ulo int) bool {
	for j := k - 1; j >= ulo && j >= k-maxTitleLead; j-- {
		t := d.toks[j]
		switch {
		case t.kind != tokWord:
			return false
		case !t.cap && d.lex.workNouns[t.lower]:
			return j < k-1 && d.toks[j+1].cap // (a title opens with a capital: not "a novel by Ann Cole")
		case !t.cap && !t.in(lexTitleFunctionWords):
			return false
		}
	}
	return false
}

// maxTitleLead is how many words of a work's title inWorkTitle reads
// before a name.
const maxTitleLead = 6

// opensUnit reports whether name mention m is the subject that opens
// unit u: first, after a capitalised stop word ("But Ann Cole …") or a
// sentence adverb and its comma ("Still, …"), or behind a short
// premodifier.
func (d *document) opensUnit(m mention, u unit) bool {
	return m.lo == u.lo || (m.lo == u.lo+1 && d.toks[u.lo].cap && d.toks[u.lo].in(lexStopCaps)) || d.adverbBefore(m, u) || d.premodifiedSubject(m, u)
}

// adverbBefore reports whether name mention m follows a capitalised
// sentence adverb and its comma that open unit u ("Still, the Harlow
// Business Council opposed …", "Meanwhile, Ann Cole …"): the subject.
func (d *document) adverbBefore(m mention, u unit) bool {
	a := d.toks[u.lo]
	return m.lo == u.lo+2 && a.cap && a.in(lexStopCaps) && a.in(lexVerbModifiers) && d.toks[u.lo+1].text == ","
}

// maxPremodifierWords is how many words a descriptive premodifier that
// opens a sentence before its subject's name may have ("Tennis great").
const maxPremodifierWords = 2

// premodifiedSubject reports whether name mention m is the subject of
// unit u behind a short descriptive premodifier that the noun phrase
// did not read as a role ("Golf great Ann Cole remembered …"): a
// capitalised first word, only plain words before the name, and a verb
// after it (not "Cole saw Reilly's words": a possessive is no subject).
func (d *document) premodifiedSubject(m mention, u unit) bool {
	if m.lo <= u.lo || m.lo-u.lo > maxPremodifierWords || !d.toks[u.lo].cap || isPossessiveWord(d.toks[m.hi-1]) || !d.verbAfter(m.hi) {
		return false
	}
	for k := u.lo; k < m.lo; k++ {
		if t := d.toks[k]; t.kind != tokWord || t.in(lexPrepositions|lexDeterminers|lexConjunctions|lexStopCaps) || isCue(t) {
			return false
		}
	}
	return true
}

// initialSurname reports whether the one-word name m ending at token k,
// which placeOrFirstWord rejects, may still be a person's surname that
// opens unit u ("Brandt joined …"): a plain word, no possessive. It is
// kept as a doubtful mention (nameMention.firstWord), not dropped.
func (d *document) initialSurname(m mention, k int, u unit) bool {
	return m.lo == u.lo && m.kind == KindPerson && m.hi == m.lo+1 && !isPossessiveWord(d.toks[k])
}

// namePhraseBefore is the phrase that ends at token k whose name
// nameMentionAt reads: the noun phrase, or the name after its link word
// when the phrase names no one (linked).
func (d *document) namePhraseBefore(k, lo int) (m mention, ok, linked bool) {
	m, ok = d.npBefore(k, lo)
	if !ok || m.named() || m.pronoun != "" {
		return m, ok, false
	}
	m, ok = d.nameAfterLink(m, k)
	return m, ok, true
}

// nameAfterLink is the name that ends an unnamed phrase m at token k
// after its link word ("workers at Dunmore Bank", "a spokesman for the
// Harbour Trust"): the phrase names no one, but what it is of is named.
func (d *document) nameAfterLink(m mention, k int) (mention, bool) {
	for j := k - 1; j > m.lo; j-- {
		if t := d.toks[j]; npLink(t) && !t.is(fnAnd) {
			inner := d.analyzeNP(j+1, k+1)
			return inner, inner.named() && inner.kind == KindOrganization
		}
	}
	return m, false
}

// nameRole is the role of name mention m, ending at token k of unit u:
// its own, a plural title it shares, a role before "the" and a title or
// before a comma, or the appositive after it.
func (d *document) nameRole(m mention, k int, u unit) span {
	if m.role.empty() {
		m.role = d.sharedTitle(m.lo, u.lo)
	}
	if m.role.empty() {
		m.role = d.familyRole(m, u.lo)
	}
	if r := d.roleBeforeTitle(m, u.lo); !r.empty() {
		m.role = r
	}
	if r := d.roleBeforeComma(m, u.lo); !r.empty() && !(d.toks[u.lo].is(fnIndefinite) && !m.role.empty() && m.role.start < m.name.start) {
		m.role = r // (after "One delegate," the title before the name stays: "party chairwoman Ann Cole")
	}
	if m.role.empty() {
		m.role = d.sharedAppositive(m, k, u.hi)
	}
	if (m.role.empty() || d.formerRole(m.role)) && !d.openingSourceReport(m, k, u) {
		// "former governor Hal Pruett, who serves as treasurer of …": the
		// current role after the name wins over the former one before it.
		if r := d.roleAfterName(k, u.hi); !r.empty() && (m.role.empty() || !d.formerRole(r)) {
			m.role = r
		}
	}
	return m.role
}

// openingSourceReport reports whether name mention m, ending at token k,
// is the source of an "according to" that opens unit u and the words
// after its comma run to the sentence's end with no comma of their own:
// the report, not an appositive ("According to the ONS, the number of
// jobs fell.": no role "number of jobs fell"; "According to Tom Reilly,
// a professor at Leeds, the plan …" keeps its role).
func (d *document) openingSourceReport(m mention, k int, u unit) bool {
	toks := d.toks
	if m.lo < u.lo+2 || !toks[m.lo-1].is(fnTo) || !toks[m.lo-2].is(fnAccording) || m.lo-2 != d.unitOpening(u) || k+1 >= u.hi || toks[k+1].text != "," {
		return false
	}
	for j := k + 2; j < u.hi; j++ {
		if toks[j].text == "," {
			return false
		}
	}
	return true
}

// sharedAppositive is the role a plural appositive after names joined by
// "and" states of each ("Ann Cole and Tom Reilly, the firm's
// co-founders,": each is a "firm's co-founder"), for the name mention m
// ending at token k, within a unit ending at hi; or an empty span.
func (d *document) sharedAppositive(m mention, k, hi int) span {
	toks := d.toks
	c, joined := k+1, m.lo > 0 && toks[m.lo-1].is(fnAnd)
	if c+1 < hi && toks[c].is(fnAnd) && isNameWord(toks[c+1]) {
		for c++; c < hi && toks[c].cap; c++ {
		}
		joined = true // (the first of the names)
	}
	if !joined || c+1 >= hi || toks[c].text != "," {
		return span{}
	}
	a := c + 1
	end := d.appositiveEnd(a, hi)
	b := a
	for b < end && (toks[b].in(lexDeterminers) || d.isQuantity(b)) {
		b++ // "the two co-founders", "both lawyers"
	}
	if b >= end || toks[b].is(fnOf) {
		return span{} // "two of the site's reporters": a part of a group
	}
	if e, ok := d.roleWordsEnd(a, b, end); !ok || e != end || !d.pluralRoleHead(toks[d.roleHeadAt(b, end)]) {
		return span{}
	}
	return span{toks[b].start, toks[end-1].end}
}

// ageAfterName is the age given after the name that ends at k: "Raj
// Malhotra, 47," or "Kofi Mensah, the 19-year-old striker,".
func (d *document) ageAfterName(k int, u unit) string {
	toks := d.toks
	a := k + 2
	if a >= u.hi || toks[k+1].text != "," {
		return ""
	}
	if d.ageAt(a, u.hi) {
		return toks[a].text
	}
	if toks[a].in(lexDeterminers) && a+1 < u.hi && isAgeNoun(toks[a+1]) && !d.cueEndsDescription(a+2, u.hi) {
		return ageOf(toks[a+1])
	}
	return ""
}

// maxAgeDescription is how far, in tokens, the words of an age
// description may run after the age ("the 45-year-old mother of two").
const maxAgeDescription = 6

// cueEndsDescription reports whether a cue follows the description that
// runs from k before a comma closes it: "Speaking to Le Figaro, the
// 24-year-old Dane added" is a new subject, not the age of the name
// before the comma.
func (d *document) cueEndsDescription(k, hi int) bool {
	for j := k; j < hi && j < k+maxAgeDescription; j++ {
		if t := d.toks[j]; t.text == "," || t.text == ")" {
			return false
		} else if isCue(t) {
			return true
		}
	}
	return false
}

// ageAt reports whether an age set off by commas stands at a, before hi:
// the "44," of "Jo Pardew, 44, a care worker".
func (d *document) ageAt(a, hi int) bool {
	return a+1 < hi && isDigitStart(d.toks[a].text) && d.toks[a+1].text == ","
}

// ageOf is the number of an age noun: "19" of "19-year-old".
func ageOf(t token) string {
	n, _, _ := strings.Cut(t.lower, "-")
	return n
}

// formerRole reports whether role span r states a past role ("former
// governor").
func (d *document) formerRole(r span) bool {
	return !r.empty() && d.toks[d.tokIndex(r.start)].is(fnFormer)
}

// roleAfterName is the role an appositive after the name ending at token
// k states, within a unit ending at hi ("Tom Reilly, a fisherman,"), or an
// empty span.
func (d *document) roleAfterName(k, hi int) span {
	a := k + 2
	if a >= hi || d.toks[k+1].text != "," {
		return span{}
	}
	age := a+2 < hi && d.ageAt(a, hi)
	if age {
		a += 2 // "Jo Pardew, 44, a care worker": the age comes first
	}
	// ("Ann Cole, 60, of Dunmore": after an age, where she lives.)
	if age && d.toks[a].is(fnSourceLink|fnRoleLink) {
		return span{}
	}
	return d.appositiveRole(a, d.appositiveEnd(a, hi))
}

// roleBeforeTitle is the role before "the" and a title that open mention
// m ("Church spokesman the Rev. Sam Gates": the role is "Church
// spokesman"), within a unit starting at ulo, or an empty span.
func (d *document) roleBeforeTitle(m mention, ulo int) span {
	k := m.lo - 1
	if m.role.empty() || k <= ulo || !d.toks[m.lo].is(fnDefinite) || d.toks[k].cap || d.toks[k].stem&lexRoleHeads == 0 || !d.isNarration(k) {
		return span{}
	}
	p, ok := d.npBefore(k, ulo)
	if !ok || p.named() || p.pronoun != "" || p.role.empty() {
		return span{}
	}
	return p.role
}

// predicateRole is the role a sentence whose subject is the name ending
// at token k states of it with "is a" ("Sam Lee is a health campaigner
// who …": "health campaigner"), within a unit ending at hi, or an empty
// span.
func (d *document) predicateRole(k, hi int) span {
	toks := d.toks
	a := k + 2
	if a+1 >= hi || !toks[k+1].is(fnBe) || toks[k+1].cap || !toks[a].is(fnIndefiniteArticle) || !d.isNarration(k+1) {
		return span{}
	}
	return d.appositiveRole(a, d.appositiveEnd(a, hi))
}

// appointmentRole is the role a sentence whose subject is the name ending
// at token k gives it with an appointment verb ("has been made head
// coach of the club", "was named chief executive", "became
// mayor"), within a unit ending at hi, or an empty span.
func (d *document) appointmentRole(k, hi int) span {
	toks := d.toks
	v := d.pastAppositive(k+1, hi)
	b := v
	for v < hi && v < b+2 && toks[v].kind == tokWord && !toks[v].cap && (toks[v].is(fnBe) || toks[v].lower == "has" || toks[v].lower == "have") {
		v++
	}
	passive := v > b && toks[v-1].is(fnBe)
	if t := d.timeBeforeVerb(v, hi); t > v && passive {
		v = t // "was on Monday appointed minister for health"
	}
	if v+1 >= hi || !toks[v].in(lexAppointmentVerbs) || toks[v].cap || !d.isNarration(v) || toks[v].lower != "became" && !(toks[v-1].is(fnBe) || passive) {
		return span{} // ("Ann Cole made a speech", "Cole has named Tom Reilly": no passive, no role)
	}
	a := v + 1
	if toks[a].lower == "as" {
		a++
	} else if toks[a].in(lexPrepositions) {
		return span{} // "was appointed by the governor": who appointed, no role
	}
	return d.appointedRole(a, hi)
}

// appointedRole is the role phrase that starts at token a after an
// appointment verb, within a unit ending at hi: up to a time phrase.
func (d *document) appointedRole(a, hi int) span {
	toks := d.toks
	end := d.appositiveEnd(a, hi)
	for k := a + 1; k < end; k++ {
		if t := toks[k]; t.kind == tokWord && (t.in(lexTimeWords) || t.in(lexPrepositions) && k+1 < end && (isDigitStart(toks[k+1].text) || toks[k+1].in(lexTimeWords))) {
			end = k // "became leader of the council in 2019", "… last year": the role ends before the time
			break
		}
	}
	return d.appositiveRole(a, end)
}

// objectAppointmentRole is the role an active appointment verb gives the
// name of mention m, its object, ending at token k, with "as" ("The
// prime minister appointed Ann Hale, the MP for Leeds Central, as health
// minister"), within a unit ending at hi, or an empty span.
func (d *document) objectAppointmentRole(m mention, k, hi int) span {
	toks := d.toks
	if m.lo < 2 || !toks[m.lo-1].in(lexAppointmentVerbs) || toks[m.lo-1].cap || !d.isNarration(m.lo-1) || toks[m.lo-2].is(fnBe) {
		return span{}
	}
	a := d.pastAppositive(k+1, hi)
	if a+1 >= hi || toks[a].lower != "as" || !d.isNarration(a) {
		return span{}
	}
	return d.appointedRole(a+1, hi)
}

// timeBeforeVerb is the token after a time phrase that starts at v and
// stands before an appointment verb, within a unit ending at hi ("on
// Monday", "last week", "yesterday"), or v when none does.
func (d *document) timeBeforeVerb(v, hi int) int {
	toks := d.toks
	t := v
	if t < hi && toks[t].kind == tokWord && !toks[t].cap && toks[t].in(lexPrepositions) {
		t++ // "on Monday", "in May"
	}
	n := t
	for t < hi && t < n+2 && toks[t].kind == tokWord && toks[t].in(lexTimeWords) {
		t++
	}
	if t == n || t >= hi || !toks[t].in(lexAppointmentVerbs) || toks[t].cap {
		return v
	}
	return t
}

// pastAppositive is the token after the appositive set off by commas
// that starts at k, within a unit ending at hi, or k when none does: the
// verb of "Ann Hale, the Labour MP for Leeds Central, was appointed
// health minister".
func (d *document) pastAppositive(k, hi int) int {
	if k+1 >= hi || d.toks[k].text != "," {
		return k
	}
	if e := d.appositiveEnd(k+1, hi); e+1 < hi && d.toks[e].text == "," {
		return e + 1
	}
	return k
}

// maxFrontedPhrase bounds the words of a fronted phrase before the role
// that roleBeforeComma reads ("From that suite, Hale's state chairman,
// Ed Burrows, …").
const maxFrontedPhrase = 6

// frontedPhraseBefore reports whether the words of unit ulo before the
// phrase at lo are one fronted phrase and its comma: a preposition, then
// up to maxFrontedPhrase words with no cue, no auxiliary, no "and" and
// no comma ("From that suite,", "In Casper,"): the sentence's subject
// comes after it.
func (d *document) frontedPhraseBefore(lo, ulo int) bool {
	if lo-1 <= ulo || lo-1-ulo > maxFrontedPhrase || d.toks[lo-1].text != "," || !d.toks[ulo].in(lexPrepositions) {
		return false
	}
	for _, t := range d.toks[ulo+1 : lo-1] {
		if t.kind != tokWord || isCue(t) || t.is(fnBe|fnAnd) || t.in(lexAuxiliaries) {
			return false
		}
	}
	return true
}

// roleBeforeComma is the role of a phrase that opens the sentence and
// names mention m after a comma ("Ohio's governor, Ann Cole, a
// Republican, said": "Ohio's governor"; "The mayor, Ann Cole, said"),
// within a unit starting at ulo, or an empty span.
func (d *document) roleBeforeComma(m mention, ulo int) span {
	k := m.lo - 1
	if k-1 < ulo || d.toks[k].text != "," || !d.isNarration(k-1) {
		return span{}
	}
	p, ok := d.npBefore(k-1, ulo)
	if !ok || p.lo != ulo && !d.frontedPhraseBefore(p.lo, ulo) && !d.objectAppositive(p, m, ulo) || p.named() || p.pronoun != "" {
		return span{}
	}
	h := d.toks[k-1]
	if p.indefinite && p.kind != KindPerson {
		return span{} // ("Another superdelegate, Tom Reilly of Leeds,": his role)
	}
	if t := d.toks[p.lo]; t.kind == tokWord && strings.HasSuffix(t.lower, "ing") && len(t.lower) > len("ing")+1 && !t.in(lexRoleHeads|lexRoleModifiers) {
		return span{} // "Going forward, Ann Cole said": a fronted phrase, no role
	}
	if p.kind == KindOrganization && p.role.empty() && !h.cap && h.stem&lexGenericOrgNouns != 0 && d.toks[p.lo].in(lexDeterminers) && p.lo < k-1 {
		return span{d.toks[p.lo+1].start, h.end} // "The French carmaker, Renault, said": what the firm is
	}
	if p.kind != KindPerson || p.role.empty() || (h.cap || h.stem&lexRoleHeads == 0) && !d.roleOfPhrase(p) {
		return span{} // "First, Tom Reilly said": no role
	}
	if d.namesRoleObject(p, m.lo, m.hi) {
		return span{} // "The mayor of the county town, Wexbury,": the town's name, no mayor's
	}
	return p.role
}

// objectAppositive reports whether the description p, the object of a
// verb in the past or a preposition in the main clause of a unit starting at ulo, has
// the name m for its appositive, which closes the sentence or a comma
// phrase ("He wrote to the Labour MP for Oldham West, Jim Hale."): the
// description is the named person's role, as one that opens the
// sentence is. A phrase that fronts the sentence ("According to the
// minister, Tom Reilly will …", "After meeting the mayor, Ann Cole
// said") is no such object: the name after its comma is a subject.
func (d *document) objectAppositive(p, m mention, ulo int) bool {
	toks := d.toks
	if p.kind != KindPerson || p.lo <= ulo || m.hi >= len(toks) || !d.isNarration(m.hi) {
		return false
	}
	if n := toks[m.hi]; n.text != "," && !isSentenceEnd(n.text) {
		return false
	}
	v, o := toks[p.lo-1], toks[ulo]
	verb := v.in(lexPrepositions) || isCue(v) || d.pastVerb(v) && !v.in(lexRoleModifiers)
	if v.kind != tokWord || v.cap || !verb || !d.isNarration(p.lo-1) || o.kind != tokWord || o.in(lexPrepositions) || o.is(fnSubordinator) || o.is(fnAccording) || strings.HasSuffix(o.lower, "ing") {
		return false
	}
	for k := ulo; k < p.lo; k++ {
		if toks[k].text == "," {
			return false // (a comma before the object: a fronted phrase or a list)
		}
	}
	return true
}

// roleOfPhrase reports whether the phrase of mention p holds a role head
// in lower case, or an office in capitals, before a role link ("The chief
// executive of Harlow Water", "The mayor of Leeds", "The Labour MP for
// Spen Valley"): the role is the whole phrase, though a name ends it.
func (d *document) roleOfPhrase(p mention) bool {
	for k := p.lo; k+1 < p.hi; k++ {
		if t := d.toks[k]; (!t.cap || isUpperWord(t.text) && len(t.text) > 1) && t.stem&lexRoleHeads != 0 && d.toks[k+1].is(fnRoleLink) {
			return true
		}
	}
	return false
}

// familyRole is the family tie stated before the name of mention m, in
// a unit starting at ulo, when it is all the article says of the person
// there ("Hale's son Peter, 57, said": "Hale's son"): a kinship word
// (a relation word with a gender) after a name in the possessive.
func (d *document) familyRole(m mention, ulo int) span {
	k := m.lo
	if k-2 < ulo || !d.isNarration(k-2) {
		return span{}
	}
	rel, owner := d.toks[k-1], d.toks[k-2]
	if rel.cap || !rel.in(lexRelationWords) || genderOf(d.lex, []string{rel.lower}) == genderUnknown || !owner.cap || !isPossessiveWord(owner) {
		return span{}
	}
	return span{owner.start, rel.end}
}

// familyName is the name words ws of mention m, in a unit starting at
// ulo, with the family name a family tie gives a first name alone
// ("Hale's son Peter" is Peter Hale).
func (d *document) familyName(m mention, ws []string, ulo int) []string {
	if f := d.familyRole(m, ulo); len(ws) != 1 || f.empty() || m.role != f {
		return ws
	}
	owner := d.toks[m.lo-2]
	return append(ws[:1:1], d.text[owner.start:possessiveEnd(owner)])
}

// sharedTitle is the plural title a name starting at token lo shares with
// the name before it ("Sens. Ann Cole (Ohio) and Tom Reilly"), or an empty
// span.
func (d *document) sharedTitle(lo, ulo int) span {
	toks := d.toks
	k := lo - 1
	if k-1 <= ulo || !toks[k].is(fnAnd) {
		return span{}
	}
	e := k - 1
	if toks[e].text == ")" {
		for e > ulo && toks[e].text != "(" {
			e--
		}
		e--
	}
	if e <= ulo {
		return span{}
	}
	p, ok := d.npBefore(e, ulo)
	if !ok || p.role.empty() {
		return span{}
	}
	last := d.tokIndex(p.role.end) - 1
	if d.pluralTitle(last) {
		return p.role // "hosts Tom Reilly and Ann Cole"
	}
	t := toks[d.tokIndex(p.role.start)]
	if p.role.end != t.end || !strings.HasSuffix(t.lower, "s.") || d.lex.titleAbbrevs[t.lower[:len(t.lower)-2]+"."] == "" {
		return span{}
	}
	return p.role
}

// appositiveEnd is where an appositive that starts at a, in a unit ending
// at hi, ends: at a comma, a sentence end or a dash ("who runs the gym —
// which …").
func (d *document) appositiveEnd(a, hi int) int {
	e := d.phraseEnd(a, min(hi, a+maxAppositiveTokens))
	for k := a; k < e; k++ {
		if isDash(d.toks[k].text) {
			return k
		}
	}
	return e
}

// placeOrFirstWord reports whether the one-word name m, ending at token k
// of unit u, is no person's: a capitalised first word, or a place after a
// preposition.
func (d *document) placeOrFirstWord(m mention, k int, u unit) bool {
	toks := d.toks
	switch {
	case m.lo == u.lo || m.lo > u.lo && m.lo == d.unitOpening(u):
		// (after a dateline too: "DETROIT (AP) — Union workers voted")
		// "Health worries …": a capitalised first word is no name; "Mr
		// Reilly is not convinced" is one.
		// "The Harlow group went …": a firm said to be one is a name.
		after := m.name.start > toks[m.lo].start
		if after && d.nameAfterOf(m) {
			return false // "Footage of Haddad again appears": the name is of what opens the sentence
		}
		return m.role.empty() && !(after && toks[m.lo].in(lexHonorifics)) && !(after && m.kind == KindOrganization && d.firmNameEnd(m.lo, m.hi) < m.hi)
	case toks[m.lo-1].in(lexPrepositions) && k+2 < u.hi && toks[k+1].text == "," && toks[k+2].cap && toks[k+2].in(lexPlaces):
		return true // "a stop in Lamoni, Iowa": a town, not a person
	}
	return m.role.empty() && toks[m.lo-1].is(fnIn) && m.kind == KindPerson // "a rally in Tacoma"
}

// nameAfterOf reports whether the name of mention m follows "of" after
// lower-case words or a capitalised common word that opens it ("Footage
// of Haddad", "Video of Al-Rashid"): the name is no capitalised first
// word of the sentence but a person's the phrase is of.
func (d *document) nameAfterOf(m mention) bool {
	n := d.tokAt(m.name.start, m.lo, m.hi)
	if n <= m.lo || !d.toks[n-1].is(fnOf) || d.toks[n-1].cap {
		return false
	}
	for k := m.lo + 1; k < n-1; k++ {
		if d.toks[k].cap {
			return false // "Bank of England": the name runs over its link
		}
	}
	return true
}

// organisationContext reports whether a one-word name or the words
// around it show an organisation: an initialism (initialism), a relative "which" or "that" after it
// ("Brightwell, which …"), "it" or "its" as what it says ("Norvik said its profits …"), or
// an organisation noun before it ("the retailer Next").
func (d *document) organisationContext(m mention) bool {
	toks := d.toks
	if d.orgNounBeforeName(m) || m.hi-m.lo == 1 && d.initialism(m.lo) {
		return true // (or an initialism: "ITV said in a statement")
	}
	if b := m.lo - 2; b >= 0 && toks[b+1].text == "," && !toks[b].cap && toks[b].stem&lexGenericOrgNouns != 0 {
		return true // "The French carmaker, Renault, said"
	}
	k := m.hi
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k < len(toks) && toks[k].is(fnRelative) && !toks[k].is(fnWho) && toks[k].lower != "whose" {
		return true // (not "Hale, whose side are fourth,": "whose" is a person's as often)
	}
	if k > m.hi && k < len(toks) && !toks[k].is(fnAccording) && d.organisationAppositive(k) { // (not "Sales, according to the firm, fell")
		return true // "Sony, one of its rivals, said", "Norvik, a rival retailer, said"
	}
	k = m.hi
	for k < len(toks) && toks[k].kind == tokWord && toks[k].in(lexVerbModifiers) {
		k++
	}
	if k+1 < len(toks) && isCue(toks[k]) && !toks[k].cap {
		n := toks[k+1]
		if n.is(fnComplementizer) && k+2 < len(toks) {
			n = toks[k+2]
		} else if c := d.settingThat(k + 1); c > 0 && c+2 < len(toks) && !toks[c+2].is(fnBe) {
			n = toks[c+1] // "Southampton said in a statement that it would …" (not "that it was time": anyone's)
		}
		return n.is(fnIt)
	}
	return false
}

// maxSettingThat is how many words settingThat reads between a cue and
// its "that".
const maxSettingThat = 6

// settingThat is the "that" after a short prepositional setting that
// opens at k, right after a cue ("in a statement that", "on its website
// that"), or -1: lower-case words of the narration, no verb, opened by a
// preposition.
func (d *document) settingThat(k int) int {
	toks := d.toks
	if k >= len(toks) || !toks[k].in(lexPrepositions) || toks[k].cap {
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+maxSettingThat; j++ {
		t := toks[j]
		if t.kind != tokWord || !d.isNarration(j) || isCue(t) || t.in(lexAuxiliaries) {
			return -1
		}
		if t.is(fnComplementizer) {
			return j
		}
	}
	return -1
}

// cueSubjectBeforeFirm reports whether name m is the subject of a cue
// and the next sentence opens with "The" and a noun for a firm, no public
// body ("Northgate said profits rose. The retailer said …"; not "The
// government said", which a surname's "Hale said" may come before).
func (d *document) cueSubjectBeforeFirm(m mention) bool {
	if m.hi >= len(d.toks) || !isCue(d.toks[m.hi]) || d.toks[m.hi].cap {
		return false
	}
	k := d.unitAt(m.lo).hi
	return k+1 < len(d.toks) && d.toks[k].is(fnDefinite) && d.toks[k+1].kind == tokWord && !d.lex.publicBodyNouns[d.toks[k+1].lower] && !d.toks[k+1].in(lexBodyNouns)
}

// firmByContext reports whether the one-word name r that opens its
// sentence is an organisation's by the words around it: e, the entity it
// was read as (nil when it is no surname of anyone), is a one-word
// person of no gender, whom the article never gives a first name, an
// honorific or a gendered pronoun; and the name is said to say "it"
// (organisationContext: "Tesco said it …"), or the next sentence opens
// with "its" or with a definite organisation noun ("HSBC cut 300 jobs.
// The bank said …": organisationNext) and the name is no common word in
// capitals (lower-case in the article, in a word list, or a plural:
// "Shares fell. The company said …").
func (es *entities) firmByContext(r nameMention, e *entity) bool {
	d := es.d
	if len(r.words) != 1 || r.m.kind != KindPerson || !r.m.role.empty() {
		return false
	}
	pos := d.toks[r.m.lo].start
	if e == nil {
		e = es.byKey[strings.ToLower(canonicalName(r.words))]
	}
	if e == nil && (es.lookup(r.words, KindPerson, pos, genderUnknown) != nil || es.lookup(r.words, KindOrganization, pos, genderUnknown) != nil) {
		return false // ("Valeant" after "Valeant Pharmaceuticals International"; "Fiorina" of two Fiorinas)
	}
	if e != nil && !es.nameOnlyFirm(e) {
		return false
	}
	if d.organisationContext(r.m) {
		return true
	}
	t := d.toks[r.m.lo]
	// ("Rodri signed a new deal. The club said …": a player's verb and
	// object, and the club he plays for; a firm's name in capitals, "HSBC
	// cut 300 jobs. The club …", is no player's)
	// ("Northgate said profits rose. The retailer said …": the subject
	// of a cue whose next sentence's subject is a definite organisation
	// noun, as a verb's object makes one)
	byVerb := (d.objectAfterVerb(r.m.hi) || d.cueSubjectBeforeFirm(r.m)) && !d.sideNext(r.m)
	// (a name in capitals, "HSBC", "BP", is no common word that opens a
	// sentence, "Inflation rose. The bank said", nor a surname)
	return r.m.hi == r.m.lo+1 && (e != nil || (len(t.text) >= 2 && isUpperWord(t.text) || byVerb) && t.lex == 0 && !es.lowerInArticle(t.lower) && !strings.HasSuffix(t.lower, "s")) && d.organisationNext(r.m)
}

// sideNext reports whether the sentence after mention m opens with "The"
// and a body a person plays or performs in ("The club said", "The team
// said", "The band said"): the one named before may be its player.
func (d *document) sideNext(m mention) bool {
	k := d.unitAt(m.lo).hi
	if k+1 >= len(d.toks) || !d.toks[k].is(fnDefinite) {
		return false
	}
	switch d.toks[k+1].lower {
	case "club", "team", "side", "squad", "band", "orchestra", "cast":
		return true
	}
	return false
}

// objectAfterVerb reports whether the word at k, after a sentence's
// first word, is a lower-case verb with an object right after it, a
// determiner or a number ("Tesco reported a rise", "Norvik cut 300
// jobs"), as a firm's verb has; not a verb of its own ("Inflation rose
// to …", "Growth slowed sharply").
func (d *document) objectAfterVerb(k int) bool {
	if k+1 >= len(d.toks) {
		return false
	}
	v, o := d.toks[k], d.toks[k+1]
	return v.kind == tokWord && !v.cap && !v.in(lexDeterminers|lexPrepositions|lexAuxiliaries) && o.kind == tokWord && !o.cap && (o.in(lexDeterminers|lexPossessiveDeterminers) || isDigitStart(o.text))
}

// nameOnlyFirm reports whether e may be an organisation that the words
// around its name show: a one-word person of no gender and no role,
// whom the article never gives a first name, an honorific or a gendered
// pronoun.
func (es *entities) nameOnlyFirm(e *entity) bool {
	return e.kind == KindPerson && len(e.words) == 1 && e.gender == genderUnknown && e.nameGender == genderUnknown && e.role == ""
}

// namedFirm is the organisation entity of firm name r (firmByContext):
// e turned one, or the one of that name, made at r when there is none.
func (es *entities) namedFirm(r nameMention, e *entity) *entity {
	if e == nil {
		e = es.byKey[strings.ToLower(canonicalName(r.words))]
	}
	if e == nil {
		e = es.newEntity(r.words, KindOrganization, es.d.toks[r.m.lo].start)
	} else if e.kind != KindOrganization {
		es.setKind(e, KindOrganization)
	}
	e.firmNamed = true // ("it" and "the bank" may be it)
	es.addMention(e, r.m)
	return e
}

// lowerInArticle reports whether w is written in lower case somewhere in
// the article. The index, made once per article on first use, holds only
// the words the article capitalises, the names asked about (a map of
// every lower-case word was most of an extraction's memory growth); a
// word outside it is looked for in the tokens, and remembered.
func (es *entities) lowerInArticle(w string) bool {
	toks := es.d.toks
	if es.lowerWords == nil {
		es.lowerWords = map[string]bool{}
		for _, t := range toks {
			if t.kind == tokWord && t.cap {
				es.lowerWords[t.lower] = false
			}
		}
		for _, t := range toks {
			if t.kind == tokWord && !t.cap {
				if _, asked := es.lowerWords[t.lower]; asked {
					es.lowerWords[t.lower] = true
				}
			}
		}
	}
	lower, ok := es.lowerWords[w]
	if !ok {
		for _, t := range toks {
			if t.kind == tokWord && !t.cap && t.lower == w {
				lower = true
				break
			}
		}
		es.lowerWords[w] = lower
	}
	return lower
}

// organisationNext reports whether name mention m, the subject of a verb
// in the body of the article, is followed by a sentence, in the
// narration of the same or the next paragraph, that opens with "its" or
// with "the" and a lower-case organisation noun ("Norvik reported a
// loss. Its shares fell", "… The bank said"): what it says next is of
// an organisation.
func (d *document) organisationNext(m mention) bool {
	u := d.unitAt(m.lo)
	k := u.hi
	if u.para == 0 || m.hi >= len(d.toks) || d.toks[m.hi].kind != tokWord || d.toks[m.hi].cap {
		return false // a headline's capitals, a label ("ABSTRACT."), a dateline ("DAYTON, Ohio"): no subject of a verb
	}
	if k+1 >= len(d.toks) || d.toks[k].para > d.toks[m.lo].para+1 {
		return false
	}
	quoted := false
	if d.toks[k].quote >= 0 || k+1 < len(d.toks) && d.toks[k+1].quote >= 0 {
		// ("Ticketwell denied it. "…," the company said": the subject of
		// the attribution after the quote that opens the next sentence)
		next := d.unitAt(k)
		for k < next.hi && (d.toks[k].quote >= 0 || d.toks[k].kind != tokWord) {
			k++
		}
		if k+2 >= next.hi || !isCue(d.toks[k+2]) {
			return false
		}
		quoted = true
	}
	t, n := d.toks[k], d.toks[k+1]
	if !t.cap && !quoted || t.kind != tokWord || quoted && t.lower == "its" {
		return false
	}
	if t.lower != "its" && !(t.is(fnDefinite) && n.kind == tokWord && !n.cap && n.quote < 0 && n.stem&(lexGenericOrgNouns|lexOrgHeads) != 0 && !n.in(lexDocumentNouns|lexMediaNouns) && (k+2 >= len(d.toks) || !d.toks[k+2].is(fnOf))) {
		return false
	}
	if quoted && (n.lower == "group" || !d.lex.firmKindNouns[n.lower]) {
		// ("Mbappe completed his move. "…," the club said": the club
		// that speaks after a quote may be anyone's the name joined; a
		// firm is what the company speaks for)
		return false
	}
	next := d.unitAt(k)
	for j := u.lo; j < next.hi; j++ { // (the name's own sentence and the quote's words too: "Okafor resigned. "We wish him well," the company said")
		if pronounGender(d.toks[j].lower) != genderUnknown {
			return false // "Cole won. The club said he …": the club is Cole's
		}
	}
	return true
}

// maxOrgAppositiveTokens is how long an appositive after a one-word name
// organisationAppositive reads may be.
const maxOrgAppositiveTokens = 10

// organisationAppositive reports whether the appositive that opens at
// token k, after a name and its comma, up to the next comma, says the
// name is an organisation's: it holds "its" ("one of its main rivals")
// or ends in a lower-case organisation noun ("a rival retailer").
func (d *document) organisationAppositive(k int) bool {
	toks := d.toks
	for j := k; j < len(toks) && j < k+maxOrgAppositiveTokens && d.isNarration(j); j++ {
		t := toks[j]
		switch {
		case t.text == ",":
			return j > k && d.orgNounAt(j-1)
		case j > k+1 && t.kind == tokWord && !t.cap && (strings.HasSuffix(t.lower, "ing") || t.is(fnRelative) || t.in(lexPrepositions) && !t.is(fnOf)) && d.orgNounAt(j-1):
			return true // "Unite, the union representing cabin crew, said", "…, the union for cabin crew,": the head before its modifier
		case t.kind != tokWord || isCue(t) || t.in(lexPersonPronouns) || pronounGender(t.lower) != genderUnknown || t.stem&(lexRoleHeads|lexPersonNouns) != 0:
			return false // "Cole, his agent, said", "Cole, the club captain, said"
		case t.lower == "its":
			return true
		}
	}
	return false
}

// orgNounAt reports whether token k is a lower-case noun for an
// organisation, no document ("union", "retailer").
func (d *document) orgNounAt(k int) bool {
	p := d.toks[k]
	return p.kind == tokWord && !p.cap && p.stem&(lexGenericOrgNouns|lexOrgHeads) != 0 && !p.in(lexDocumentNouns)
}

// orgNounBeforeName reports whether m's words before its name include a
// noun for an organisation ("the charity Oxfam", "the retailer Next").
func (d *document) orgNounBeforeName(m mention) bool {
	for k := m.lo; k < m.hi && d.toks[k].start < m.name.start; k++ {
		if t := d.toks[k]; !t.cap && t.stem&(lexGenericOrgNouns|lexOrgHeads) != 0 {
			return true
		}
	}
	return false
}

// headlineName finds a surname in the article's first line, written in
// title case ("Ann Cole Goes After …"), where names run into the
// words around them, and returns it with the capitalised word before it.
// The line's candidate surnames are indexed once per article: a feed that
// lost its blank lines makes the first paragraph the whole article.
func (es *entities) headlineName(surname string) []string {
	if es.headline == nil {
		es.headline = map[string]string{}
		d := es.d
		if len(d.paraToks) > 0 {
			r := d.paraToks[0]
			for k := r[0] + 1; k < r[1]; k++ {
				t, p := d.toks[k], d.toks[k-1]
				key := strings.TrimSuffix(t.lower, "'s")
				if _, seen := es.headline[key]; seen {
					continue
				}
				if p.cap && p.kind == tokWord && d.unitAt(k).lo != k && !p.in(lexStopCaps|lexRoleHeads|lexRoleModifiers|lexOrgHeads|lexPlaces) && !isCue(p) {
					es.headline[key] = p.text
				}
			}
		}
	}
	if first, ok := es.headline[strings.ToLower(surname)]; ok {
		return []string{first, surname}
	}
	return nil
}

// fullName is the name the record gives entity e: its name, or, for a
// person the narration names by surname alone, the full name a quotation
// gives (`"… Ann Cole or Tom Reilly," Black said` names Tom Reilly, whom
// the narration calls "Reilly"). Only the record's name changes: who
// the surname may refer to does not.
func (es *entities) fullName(e *entity) string {
	if e.kind != KindPerson || len(e.words) != 1 {
		return e.name
	}
	if full := es.quotedName(e.words[0]); full != nil {
		return canonicalName(full)
	}
	if full := es.narratedName(e); full != nil {
		return canonicalName(full)
	}
	return e.name
}

// narratedName finds the full name the narration gives a person it names
// by surname alone where they speak, written where no source stands ("a
// letter from council leader Martin Osgood's office", "the Bernie Sanders
// campaign"): a known first name (and a middle initial) before the
// surname, which ends the run of capitalised words. It is nil when the
// article gives the surname two first names (a family, "Jane Sanders"
// and "Bernie Sanders"), when the first name's gender is not the
// person's, or when the full name is another person's the article names.
// The index is built once per article.
func (es *entities) narratedName(e *entity) []string {
	if es.narrated == nil {
		es.narrated = map[string][]string{}
		toks := es.d.toks
		for k := 1; k+1 < len(toks); k++ {
			t, p, n := toks[k], toks[k-1], toks[k+1]
			if !t.cap || t.kind != tokWord || p.kind != tokWord || n.kind == tokWord && n.cap || t.in(lexStopCaps|lexPlaces|lexRoleHeads|lexOrgHeads|lexKnownOrgs) || isUpperWord(t.text) {
				continue
			}
			if n.kind == tokWord && es.d.lex.publicBodyNouns[n.lower] {
				continue // "under the Harold Osgood administration": a holder of the office before, whose name it is
			}
			f := k - 1
			if middleInitial(&toks[f]) && f > 0 {
				f--
			}
			if toks[f].kind != tokWord || !es.d.lex.firstName(toks[f].lower) || isUpperWord(toks[f].text) {
				continue
			}
			if b := f - 1; b >= 0 && toks[b].kind == tokWord && toks[b].cap && isNameWord(toks[b]) && !toks[b].in(lexRoleHeads|lexHonorifics|lexNameTitles|lexStopCaps|lexOrgHeads|lexKnownOrgs) && !isUpperWord(toks[b].text) && toks[b].stem&lexRoleHeads == 0 {
				continue // ("Mary Kay Henry": the first name is no name's first word)
			}
			var ws []string
			for _, w := range toks[f:k] {
				ws = append(ws, w.text)
			}
			ws = append(ws, strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s"))
			key := strings.ToLower(ws[len(ws)-1])
			if old, ok := es.narrated[key]; ok {
				if old != nil && !strings.EqualFold(old[0], ws[0]) {
					es.narrated[key] = nil // two first names: a family, no one's full name
				}
				continue
			}
			es.narrated[key] = ws
		}
	}
	full := es.narrated[strings.ToLower(e.words[0])]
	if full == nil {
		return nil
	}
	if g := firstNameGender(es.d.lex, full); g != genderUnknown && (e.gender != genderUnknown && e.gender != g || e.nameGender != genderUnknown && e.nameGender != g) {
		return nil // ("Mrs. Clinton" is not Bill Clinton)
	}
	var key [64]byte
	if o, ok := es.byKey[string(appendNameKey(key[:0], full))]; ok && o != e {
		return nil
	}
	return full
}

// quotedName finds a surname given in full inside a quotation, with a
// known first name before it, and returns the two words; the index of
// such names is built once per article.
func (es *entities) quotedName(surname string) []string {
	if es.quoted == nil {
		es.quoted = map[string][]string{}
		toks := es.d.toks
		for k := 1; k < len(toks); k++ {
			t, p := toks[k], toks[k-1]
			if t.quote < 0 || p.quote != t.quote || !t.cap || t.kind != tokWord || p.kind != tokWord || t.in(lexStopCaps|lexPlaces) {
				continue
			}
			if !es.d.lex.firstName(p.lower) {
				continue
			}
			key := strings.TrimSuffix(t.lower, "'s")
			if _, ok := es.quoted[key]; !ok {
				es.quoted[key] = []string{p.text, strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s")}
			}
		}
	}
	return es.quoted[strings.ToLower(surname)]
}

// nameWords normalises a name into its words: honorifics, possessive 's and
// a leading "the" go.
func nameWords(lex *lexicon, s string) []string {
	s = strings.ReplaceAll(s, "’", "'")
	if strings.ContainsFunc(s, isFormatRune) { // "Nadia \u00adFerrin": an invisible soft hyphen is no letter
		s = dropFormatRunes(s)
	}
	f := strings.Fields(s)
	out := f[:0] // (each word is read before its slot is written)
	for i, w := range f {
		info := lex.ofLower(w)
		if i == 0 && info.fn&fnDefinite != 0 {
			continue
		}
		if info.lex&lexHonorifics != 0 && info.lex&lexNameTitles == 0 && len(f) > 1 {
			continue
		}
		if i == 0 && len(f) > 2 && capitalisedPluralTitle(lex, w) {
			continue // "Professors Ann Cole and Tom Reilly": each is a professor
		}
		if i == len(f)-1 || strings.LastIndexByte(w, '\'') < len(w)-2 || !lex.commonOwnerWord(strings.ToLower(w)) {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'") // (a common owner kept inside a body's name: "Children's Society")
		}
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// firmPossessive gives back the "'s" that nameWords takes from the last
// word of a firm named in the possessive before its cue ("Sainsbury's
// said": the organisation's name is "Sainsbury's", DESIGN's names whole).
func (d *document) firmPossessive(m mention, ws []string) []string {
	if m.kind == KindOrganization && len(ws) > 0 && m.hi < len(d.toks) && m.hi > m.lo && d.possessiveNameSpeaks(m.hi) {
		ws[len(ws)-1] = d.toks[m.hi-1].text
	}
	return ws
}

// capitalisedPluralTitle reports whether w is a role head in the plural
// written with a capital ("Professors", "Senators"), a title shared by
// the names after it.
func capitalisedPluralTitle(lex *lexicon, w string) bool {
	return len(w) >= 4 && w[len(w)-1] == 's' && w[0] >= 'A' && w[0] <= 'Z' && isPluralRoleHead(lex, strings.ToLower(w))
}

// isPluralRoleHead reports whether the lower-case word lower is the
// plural of a role head ("hosts", "senators").
func isPluralRoleHead(lex *lexicon, lower string) bool {
	return len(lower) > 2 && strings.HasSuffix(lower, "s") && lex.is(lower[:len(lower)-1], lexRoleHeads)
}

// isNegatedVerb reports whether w is a verb with "n't" ("Doesn't",
// "Won’t"): no word of a name.
func isNegatedVerb(w string) bool {
	// strings.HasSuffix(strings.ToLower(w), "n't"), either apostrophe,
	// without lower-casing a copy of every name word.
	w, ok := strings.CutSuffix(w, "t")
	if !ok {
		w, ok = strings.CutSuffix(w, "T")
	}
	if ok {
		if w, ok = strings.CutSuffix(w, "'"); !ok {
			w, ok = strings.CutSuffix(w, "’")
		}
	}
	return ok && w != "" && (w[len(w)-1] == 'n' || w[len(w)-1] == 'N')
}

func canonicalName(ws []string) string { return strings.Join(ws, " ") }

// shortPartyKey is the key of the short name a party's full name has
// ("liberal democrats": "lib dems", liberalDemocrats), or "": after the
// full name the short one is the same party, whose name stays the
// fullest. (A short name first keeps an entity of its own: the record
// names no party by less than the article gives.)
func shortPartyKey(key string) string {
	if key == "liberal democrats" {
		return "lib dems"
	}
	return ""
}

// appendNameKey appends the key of byKey for a name's words,
// strings.ToLower(canonicalName(ws)), so that a lookup with
// string(appendNameKey(buf[:0], ws)) allocates neither.
func appendNameKey(dst []byte, ws []string) []byte {
	for i, w := range ws {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = appendLower(dst, w)
	}
	return dst
}

func (es *entities) newEntity(words []string, kind string, pos int) *entity {
	e := &entity{name: canonicalName(words), words: words, kind: kind, first: pos, idx: len(es.list)}
	es.list = append(es.list, e)
	es.indexDescribable(e)
	es.byKey[strings.ToLower(e.name)] = e
	if k := shortPartyKey(strings.ToLower(e.name)); k != "" && es.byKey[k] == nil {
		es.byKey[k] = e // ("the Liberal Democrats" … "the Lib Dems": one party)
	}
	if len(words) > 1 {
		last, first := strings.ToLower(words[len(words)-1]), strings.ToLower(words[0])
		if s := es.surname(words); s != last {
			es.byLast[s] = es.addNamed(es.byLast[s], e) // "Henry Voss III" is Voss
		}
		es.byLast[last] = es.addNamed(es.byLast[last], e)
		es.byFirst[first] = es.addNamed(es.byFirst[first], e)
		if kind == KindOrganization {
			if in := es.initials(words); len(in) >= minAcronym {
				es.byInitials[in] = es.addNamed(es.byInitials[in], e)
			}
		}
	}
	return e
}

// addNamed adds e to l, a list of byLast, byFirst or byInitials: at the
// end while buildEntities names them, in the order of first mention after
// (namesByFirst), after those first named where it is.
func (es *entities) addNamed(l []*entity, e *entity) []*entity {
	if !es.namesByFirst {
		return append(l, e)
	}
	k, _ := slices.BinarySearchFunc(l, e.first+1, func(o *entity, p int) int { return o.first - p })
	return slices.Insert(l, k, e)
}

// surname is the last word of a name that is not a suffix ("Jr.", "III"),
// lower-cased.
func (es *entities) surname(words []string) string {
	for i := len(words) - 1; i > 0; i-- {
		if w := strings.ToLower(words[i]); !es.d.lex.is(w, lexNameSuffixes) {
			return w
		}
	}
	return strings.ToLower(words[0])
}

// hasLink reports whether a name holds a link word ("state of Vermont").
func (es *entities) hasLink(words []string) bool {
	for _, w := range words {
		if es.d.lex.of(strings.ToLower(w)).fn&fnLink != 0 {
			return true
		}
	}
	return false
}

// minAcronym is the shortest acronym matched to a name's initials.
const minAcronym = 2

// initials are the upper-cased first letters of the words of a name, link
// words left out ("Securities and Exchange Commission" → SEC, "Ashby &
// Crane" → AC).
func (es *entities) initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if es.d.lex.of(strings.ToLower(w)).fn&(fnLink|fnDefinite) != 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// acronymKey is the initials an all-capital word stands for ("WTO",
// "A&C" → AC), or "" when it is no acronym.
func acronymKey(w string) string {
	k := strings.ReplaceAll(w, "&", "")
	if len(k) < minAcronym || !isUpperWord(k) {
		return ""
	}
	for _, r := range k {
		if !unicode.IsUpper(r) {
			return ""
		}
	}
	return k
}

// lookup finds the entity a name refers to: the same name, a full name
// ending (or, for names written surname first, starting) with a one-word
// name, or a fuller name containing every word of it. Of several, the one
// mentioned last before pos wins ("Johnson" after "Ama Johnson"); pos < 0
// takes the first. A fuller name must agree with gender g, which the
// mention's honorific gives ("Ms Reilly" is not her brother Tom Reilly).
func (es *entities) lookup(words []string, kind string, pos int, g gender) *entity {
	var key [64]byte
	exact := es.byKey[string(appendNameKey(key[:0], words))]
	if exact != nil && (len(words) > 1 || exact.nameGender == g || exact.nameGender == genderUnknown && exact.nameAgrees(g)) {
		return exact // (a surname that "Mrs." gave a gender: "Trump" alone is not her)
	}
	if len(words) == 1 {
		// "The WTO said" after "the World Trade Organisation".
		if k := acronymKey(words[0]); k != "" {
			if e := mostRecent(es.namedNear(es.byInitials[k], pos), pos); e != nil {
				return e
			}
		}
	}
	if e := es.acronymHeaded(words, pos); e != nil && exact == nil {
		return e // "NY Daily News" after "the New York Daily News"
	}
	cands := agreeing(es.bodyNames(es.surnameCandidates(words, kind, pos)), g)
	if exact != nil && g == genderUnknown && !slices.ContainsFunc(cands, func(e *entity) bool { return e.kind == KindPerson }) {
		return exact // ("Gallup" after "Mr. Gallup", not the Gallup company)
	}
	if len(cands) == 0 {
		cands = agreeing(es.firstNameCandidates(words, kind, pos), g)
	}
	if len(cands) == 0 && len(words) == 1 && kind == KindPerson {
		if e := es.headlineEntity(words[0], g); e != nil {
			return e
		}
		if g == genderUnknown {
			cands = es.firmsOfFirstWord(words[0], pos)
		}
	}
	if e := lastToSpeak(cands); e != nil && !es.otherSubjectSince(cands, e, pos) {
		return e
	}
	if e := mostRecent(cands, pos); e != nil {
		return e
	}
	if exact == nil && kind == KindOrganization {
		if e := es.bodyOfPlace(words, pos); e != nil {
			return e
		}
	}
	return exact // (of another gender: the name is all there is)
}

// firmsOfFirstWord are the firms named before pos whose name opens with
// the one word w, a name read as a person's only for want of a first
// name, and ends in a word only a firm's name ends in
// (lexicon/firm-name-ends: "Halvorsen Pharmaceuticals", "Harlow
// Foods"; not "the Sanders campaign"): "Halvorsen said" is the firm when no person has that
// name. Not a first name ("Morgan"), a place ("Texas Instruments" …
// "Texas said"), nor a body's kind.
func (es *entities) firmsOfFirstWord(w string, pos int) []*entity {
	d := es.d
	lw := strings.ToLower(w)
	lt := d.lex.ofLower(lw)
	if d.lex.firstName(lw) || lt.lex&(lexPlaces|lexGenericOrgNouns|lexBodyNouns|lexStopCaps) != 0 {
		return nil
	}
	if d.personAppositiveAt(pos) {
		return nil // "said Harlow, the founder's grandson": a person of the firm's name
	}
	var out []*entity
	for _, e := range es.namedNear(es.byFirst[lw], pos) {
		if e.kind != KindOrganization || len(e.words) < 2 {
			continue
		}
		last := strings.ToLower(e.words[len(e.words)-1])
		if d.lex.firmNameEnds[last] {
			out = append(out, e)
		}
	}
	return out
}

// maxPersonAppositive is how many words personAppositiveAt reads after
// a name's comma.
const maxPersonAppositive = 6

// personAppositiveAt reports whether the one-word name at byte pos is
// followed by a comma and a clause or phrase that describes a person: a
// relative "who" or a person's or a role's noun ("Harlow, the founder's
// grandson,", "Denton, who founded the company in 1988,").
func (d *document) personAppositiveAt(pos int) bool {
	k := d.tokIndex(pos) + 1
	if k >= len(d.toks) || d.toks[k].text != "," {
		return false
	}
	for j := k + 1; j < len(d.toks) && j <= k+maxPersonAppositive && d.toks[j].text != ","; j++ {
		t := d.toks[j]
		if t.kind == tokWord && (t.is(fnWho) || personNoun(t)) {
			return true
		}
	}
	return false
}

// bodyOfPlace is the organisation named before pos as its head "of" the
// place (lexicon/places) that a body named by its country's possessive
// opens ("the Bank of Japan" … "Japan's central bank", words "Japan
// central bank"; "the Ministry of Defence of Italy" … "Italy's defence
// ministry"): the same body, which the article first named in full; or
// nil.
func (es *entities) bodyOfPlace(words []string, pos int) *entity {
	d := es.d
	if len(words) < 2 {
		return nil
	}
	head := words[len(words)-1]
	if head == "" || head != strings.ToLower(head) || d.lex.ofLower(words[0]).lex&lexPlaces == 0 {
		return nil
	}
	var key [32]byte
	var found *entity
	for _, e := range es.namedNear(es.byLast[string(appendLower(key[:0], words[0]))], pos) {
		if e.kind != KindOrganization || e.first >= pos || len(e.words) != 3 || !strings.EqualFold(e.words[0], head) || !strings.EqualFold(e.words[1], "of") {
			continue
		}
		found = e // ("Bank of Japan": the last one named before pos)
	}
	return found
}

// maxNameCands: past so many entities that share a word of their names
// (a surname, a first name, initials), a name at pos is read against only
// the ones first named last before it (namedNear): an article that names
// a hundred Coles is a list, and reading every one for each "Cole said"
// would grow with the square of the article's length.
const maxNameCands = 64

// namedNear is what of l, a list of the entities that share a name word
// (byLast, byFirst, byInitials: in the order of first mention once
// buildEntities is done), a name at pos is read against: all of them, or
// past maxNameCands the maxNameCands first named last before pos (the
// first ones, when fewer are named before it), and those of them named
// again in the maxNameCands name mentions before pos ("Ann Cole", named
// early, and again just before "Cole said").
func (es *entities) namedNear(l []*entity, pos int) []*entity {
	if len(l) <= maxNameCands {
		return l
	}
	k, _ := slices.BinarySearchFunc(l, pos+1, func(e *entity, p int) int { return e.first - p })
	lo := max(0, k-maxNameCands)
	w := l[lo:max(k, lo+maxNameCands)]
	var again []*entity // (none while buildEntities names everyone: es.named is built after)
	start := es.namedBefore(pos)
	for i := start; i >= 0 && i > start-maxNameCands; i-- {
		e := es.named[i].e
		if e.first >= w[0].first || slices.Contains(again, e) {
			continue
		}
		j, _ := slices.BinarySearchFunc(l, e.first, func(o *entity, p int) int { return o.first - p })
		for ; j < len(l) && l[j].first == e.first; j++ {
			if l[j] == e {
				again = append(again, e)
				break
			}
		}
	}
	if again == nil {
		return w
	}
	slices.SortFunc(again, func(a, b *entity) int { return a.first - b.first })
	return append(again, w...)
}

// acronymHeaded is the organisation whose name the name words abbreviate
// by an acronym in place of its first words ("NY Daily News" for the New
// York Daily News, "LA Times" for the Los Angeles Times): the rest of
// the words are the same, and the acronym's letters are the initials of
// the words it stands for. Only names with the same last word are read.
func (es *entities) acronymHeaded(words []string, pos int) *entity {
	if len(words) < 2 {
		return nil
	}
	acr := acronymKey(words[0])
	if acr == "" {
		return nil
	}
	var key [32]byte
	for _, e := range es.namedNear(es.byLast[string(appendLower(key[:0], words[len(words)-1]))], pos) {
		n := len(e.words) - (len(words) - 1)
		if e.kind != KindOrganization || n < 2 || n != len(acr) || es.initials(e.words[:n]) != acr {
			continue
		}
		if slices.EqualFunc(e.words[n:], words[1:], strings.EqualFold) {
			return e
		}
	}
	return nil
}

// headlineEntity is the person of a full name that only a title-case
// headline gives, with surname w, of gender g.
func (es *entities) headlineEntity(w string, g gender) *entity {
	full := es.headlineName(w)
	if full == nil {
		return nil
	}
	var key [64]byte
	if e, ok := es.byKey[string(appendNameKey(key[:0], full))]; ok {
		if !e.nameAgrees(g) {
			return nil
		}
		return e
	}
	return es.newEntity(full, KindPerson, 0)
}

// agreeing keeps the candidates that can be of gender g: those whose
// full name gives g, or else those whose full name gives no gender.
func agreeing(cands []*entity, g gender) []*entity {
	if g == genderUnknown {
		return cands
	}
	var same, open []*entity
	for _, e := range cands {
		switch e.nameGender {
		case g:
			same = append(same, e)
		case genderUnknown:
			open = append(open, e)
		}
	}
	if len(same) > 0 {
		return same
	}
	return open
}

// mentionGender is the gender the words of named mention m before its
// name give away: an honorific or a gendered noun ("Ms Reilly", "the
// congresswoman"), not the name's own words; or else a reflexive right
// after the name ("Cole herself"), which says which of two people of
// that surname it is.
func (d *document) mentionGender(m mention) gender {
	if m.name.empty() {
		return genderUnknown
	}
	k := m.lo
	for k < m.hi && (d.toks[k].end <= m.name.start || d.toks[k].in(lexHonorifics)) {
		k++ // (the name's own honorific: "Ms Reilly")
	}
	if k == m.lo {
		return d.reflexiveAfter(m)
	}
	var words [8]string // (on the stack)
	return genderOf(d.lex, appendFields(words[:0], d.text[d.toks[m.lo].start:d.toks[k-1].end]))
}

// honorificBefore reports whether named mention m gives its name with an
// honorific ("Mr Pike", "Dr Orr").
func (d *document) honorificBefore(m mention) bool {
	if m.name.empty() {
		return false
	}
	for k := m.lo; k < m.hi && d.toks[k].start < m.name.end; k++ {
		if d.toks[k].in(lexHonorifics) {
			return true
		}
	}
	return false
}

// reflexiveAfter is the gender of a reflexive pronoun that follows the
// name of mention m ("Cole herself also hinted", "Reilly himself
// took aim"), or genderUnknown. After the object of a verb the
// reflexive is the subject's ("Dana Lund introduced Sam Okafor herself":
// Lund did), and says nothing of the object.
func (d *document) reflexiveAfter(m mention) gender {
	end := m.name.end
	k := d.tokIndex(end)
	if k >= len(d.toks) || d.toks[k].start != end+1 || !d.isNarration(k) {
		return genderUnknown
	}
	if lo := d.tokIndex(m.name.start); lo > 0 {
		if p := d.toks[lo-1]; p.kind == tokWord && !p.cap && (isCue(p) || d.pastVerb(p)) {
			return genderUnknown
		}
	}
	p, ok := strings.CutSuffix(d.toks[k].lower, "self")
	if !ok {
		return genderUnknown
	}
	return pronounGender(p) // "himself" ends in "him", "herself" in "her"
}

// surnameCandidates are the entities whose name ends with the last of
// words: fuller names of people holding every word, or else organisations
// a one-word name is short for.
func (es *entities) surnameCandidates(words []string, kind string, pos int) []*entity {
	if kind == KindOrganization {
		// An organisation keeps the name it is given ("Hale campaign", not
		// a fuller "Ann Hale campaign" from elsewhere): no list of the
		// names that end as it does ("… Council") is read.
		return nil
	}
	var cands, orgs []*entity
	var key [32]byte
	for _, e := range es.namedNear(es.byLast[string(appendLower(key[:0], words[len(words)-1]))], pos) {
		switch {
		case e.kind == KindOrganization && len(words) == 1 && len(e.words) > 1 && es.d.lex.ofLower(words[0]).lex&(lexPlaces|lexOrgHeads|lexGenericOrgNouns|lexKnownOrgs) == 0 && !es.hasLink(e.words):
			orgs = append(orgs, e) // "Carrow" after "housebuilder Carrow Homes"
		case e.kind != KindPerson || len(e.words) <= len(words):
		case len(words) == 1 && e.familyNamed:
			// ("Hale" after "Hale's son Peter": the father, not Peter Hale)
		case len(words) == 1 || containsAll(e.words, words):
			cands = append(cands, e)
		}
	}
	if len(cands) == 0 {
		return orgs
	}
	return cands
}

// bodyNames leaves out of cands the names that only the headline gives
// when another is named in the story: in a headline, a capitalised word
// runs into a name ("Dazzling Okafor sinks Rovers" before "Grace
// Okafor"), and the story's own name is the person's.
func (es *entities) bodyNames(cands []*entity) []*entity {
	if len(cands) < 2 || !es.d.hasHeadline() {
		return cands
	}
	headEnd := es.d.toks[es.d.paraToks[0][1]-1].end
	body := func(e *entity) bool { return slices.ContainsFunc(e.starts, func(p int) bool { return p >= headEnd }) }
	if !slices.ContainsFunc(cands, body) {
		return cands
	}
	out := make([]*entity, 0, len(cands))
	for _, e := range cands {
		if body(e) {
			out = append(out, e)
		}
	}
	return out
}

// firstNameCandidates are the people a name can refer to by first name:
// "Sir Alan" (a title and a first name) is Sir Alan Budd, and a one-word
// name may be a first name.
func (es *entities) firstNameCandidates(words []string, kind string, pos int) []*entity {
	var cands []*entity
	var buf [32]byte
	first := string(appendLower(buf[:0], words[0])) // (on the stack: it does not escape)
	if len(words) == 2 && kind == KindPerson && es.d.lex.is(first, lexNameTitles) {
		for _, e := range es.namedNear(es.byFirst[first], pos) {
			if e.kind == KindPerson && len(e.words) > 2 && strings.EqualFold(e.words[1], words[1]) {
				cands = append(cands, e)
			}
		}
		if len(cands) == 0 {
			cands = es.titledShortName(first, words[1], pos)
		}
	}
	if len(cands) == 0 && len(words) == 1 {
		// A person by first name; an organisation by the first word of
		// its name ("the Fox poll" after "a Fox News poll").
		want := KindPerson
		if kind == KindOrganization {
			if es.d.lex.is(first, lexGenericOrgNouns) {
				// "the Office" is no short name of "the Office for
				// National Statistics"; "the Bank" is one of "the Bank of
				// England": a body's kind and "of" its place or field.
				return es.kindOfNames(first, pos)
			}
			want = KindOrganization
		}
		for _, e := range es.namedNear(es.byFirst[first], pos) {
			if e.kind == want && (want == KindPerson || es.d.lex.ofLower(e.words[1]).lex&lexConjunctions == 0) {
				cands = append(cands, e) // (not "Norvik and Brightwell")
			}
		}
	}
	return cands
}

// kindOfNames are the organisations named "Kind of …" ("the Bank of
// England", "the Church of Scotland") whose first word, a generic
// organisation noun, is first: the capitalised kind alone ("The Bank
// said") is their short name.
func (es *entities) kindOfNames(first string, pos int) []*entity {
	var cands []*entity
	for _, e := range es.namedNear(es.byFirst[first], pos) {
		if e.kind == KindOrganization && len(e.words) >= 3 && strings.EqualFold(e.words[1], "of") {
			cands = append(cands, e)
		}
	}
	return cands
}

// titledShortName is the person a title and one word name ("Sir Keir",
// "Lady Smith") when the article first named them without that title:
// after "Sir" or "Dame" the word is the first name of a person of two or
// more words with no title of their own ("Keir Starmer": knights and
// dames go by their first names; "Prince Harry" is not Harry Kane),
// after any title the surname of a person whose name opens with a title
// of its own ("Baroness Jane Smith" is "Lady Smith").
func (es *entities) titledShortName(title, w string, pos int) []*entity {
	var cands []*entity
	var buf [32]byte
	lw := appendLower(buf[:0], w)
	if title == "sir" || title == "dame" {
		for _, e := range es.namedNear(es.byFirst[string(lw)], pos) {
			if e.kind == KindPerson && len(e.words) > 1 && !es.d.lex.is(strings.ToLower(e.words[0]), lexNameTitles) {
				cands = append(cands, e)
			}
		}
	}
	if len(cands) > 0 {
		return cands
	}
	for _, e := range es.namedNear(es.byLast[string(lw)], pos) {
		if e.kind == KindPerson && len(e.words) > 2 && es.d.lex.is(strings.ToLower(e.words[0]), lexNameTitles) {
			cands = append(cands, e)
		}
	}
	if len(cands) == 0 && peerageTitle(title) && !es.d.nowNamed(pos) {
		// "The former minister Tom Webb has been made a peer. … Lord Webb
		// said": a life peer takes the surname as the title, so after
		// "Lord" or "Baroness" the word is the surname of a person named
		// before without a title of their own.
		for _, e := range es.namedNear(es.byLast[string(lw)], pos) {
			if e.kind == KindPerson && len(e.words) > 1 && !es.d.lex.is(strings.ToLower(e.words[0]), lexNameTitles) && es.madePeer(e, pos) {
				cands = append(cands, e)
			}
		}
	}
	return cands
}

// madePeer reports whether a sentence that names e before pos makes e a
// peer ("Tom Webb has been made a peer", "was ennobled"): only then is a
// later "Lord Webb" the same person ("Health Secretary Wes Morgan …
// Lord Morgan, a crossbench peer, said" is another).
func (es *entities) madePeer(e *entity, pos int) bool {
	d := es.d
	for _, s := range e.starts {
		if pos >= 0 && s >= pos {
			break // (pos -1: anywhere, as namedNear reads it)
		}
		u := d.unitAt(d.tokIndex(s))
		for k := u.lo; k < u.hi; k++ {
			if t := d.toks[k]; t.kind == tokWord && peerageWord(t.lower) && d.isNarration(k) {
				return true
			}
		}
	}
	return false
}

// peerageWord reports whether the lower-case word says one is made a
// peer ("peer", "peerage", "ennobled").
func peerageWord(w string) bool {
	return w == "peer" || w == "peerage" || w == "ennobled"
}

// nowNamed reports whether the name at byte pos follows ", now" ("Jane
// Hale, now Baroness Hale,"): the name the person goes by now, which
// speaks (nowTitledName), not a short name of the one before the comma.
func (d *document) nowNamed(pos int) bool {
	k := d.tokIndex(pos)
	return k >= 2 && k < len(d.toks) && d.toks[k-1].lower == "now" && d.toks[k-2].text == ","
}

// peerageTitle reports whether the lower-case title is a peer's ("lord",
// "baron", "baroness"), one a peer takes with a surname; "Lady", "Sir"
// and "Dame" are not (a judge's "Lady Smith", a knight's first name).
func peerageTitle(title string) bool {
	return title == "lord" || title == "baron" || title == "baroness"
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

// lastToSpeak is, of several people a surname may name, the one who spoke
// last ("Reilly said" after Ann Reilly spoke and her husband Tom Reilly
// was only named): a reporter who lets a bare surname stand means the one
// the story quotes. Nil when there is no choice or none has spoken yet.
func lastToSpeak(cands []*entity) *entity {
	if len(cands) < 2 {
		return nil
	}
	var best *entity
	for _, e := range cands {
		if e.kind == KindPerson && e.spokeAt > 0 && (best == nil || e.spokeAt > best.spokeAt) {
			best = e
		}
	}
	return best
}

// otherSubjectSince reports whether another of the people a surname may
// name, cands, has been named since speaker last spoke, in the
// paragraph of pos, as the subject of a clause: a verb follows the name
// ("Ann Reilly rebuffed a heckler. … Reilly told him"). The story has
// turned to that one; a relative named in an appositive ("her husband,
// Tom Reilly,") has not taken the story over.
func (es *entities) otherSubjectSince(cands []*entity, speaker *entity, pos int) bool {
	if pos < 0 {
		return false
	}
	d := es.d
	para := d.paraOf(pos)
	start := es.namedBefore(pos)
	for i := start; i >= 0 && i > start-antecedentWindow; i-- {
		n := es.named[i]
		if n.pos < speaker.spokeAt || d.paraOf(n.pos) != para {
			return false
		}
		if n.e != speaker && slices.Contains(cands, n.e) && len(n.e.words) > 1 && d.verbAfter(n.hi) {
			return true
		}
	}
	return false
}

func containsAll(big, small []string) bool {
	for _, w := range small {
		if !slices.ContainsFunc(big, func(b string) bool { return strings.EqualFold(b, w) }) {
			return false
		}
	}
	return true
}

// noteNameGender sets e's nameGender from name mention m, whose name
// words are ws, when m gives e's full name.
func (es *entities) noteNameGender(e *entity, m mention, ws []string) {
	if e.kind != KindPerson || e.nameGender != genderUnknown || len(ws) != len(e.words) {
		return
	}
	if e.nameGender = es.d.mentionGender(m); e.nameGender == genderUnknown {
		e.nameGender = firstNameGender(es.d.lex, e.words)
	}
}

func (es *entities) addMention(e *entity, m mention) {
	s := es.d.mentionSpan(m)
	if e.gender == genderUnknown && e.kind == KindPerson {
		// An honorific or gendered role in the mention, else the first
		// name; not a word of the name ("Lucy Ann King").
		end := s.end
		if !m.name.empty() && m.name.start >= s.start && m.name.start <= s.end {
			end = m.name.start
		}
		var words [8]string // (on the stack)
		if e.gender = genderOf(es.d.lex, appendFields(words[:0], es.d.text[s.start:end])); e.gender == genderUnknown {
			e.gender = firstNameGender(es.d.lex, e.words)
		}
		if e.gender == genderUnknown && !m.name.empty() {
			// A reflexive after any of its names ("Lund himself went
			// after …") tells the gender of a first name no list knows.
			e.gender = es.d.reflexiveAfter(m)
		}
	}
	if !e.addressed && e.kind == KindPerson && len(e.words) == 1 && es.d.honorificBefore(m) {
		e.addressed = true
	}
	if !e.hasMention(s) {
		e.noteMention(s)
	}
	es.noteMade(e, m)
	if s.start < e.first {
		e.first = s.start
	}
	if r := es.d.roleText(m); r != "" {
		// A role an object's description gives ("He wrote to the MP for
		// Oldham West, Jim Hale") is what the sentence calls the person,
		// in passing: one stated where the person is a subject or named
		// with a title wins over it, wherever it comes.
		weak := es.d.objectDescribed(m)
		if e.role == "" || e.weakRole && !weak || e.weakRole == weak && es.betterRole(e, r, s.start) {
			es.setRole(e, r)
			e.rolePos, e.weakRole = s.start, weak
		}
	}
}

// objectDescribed reports whether the role of name mention m is the
// description before its comma that is the object of a verb or a
// preposition (objectAppositive).
func (d *document) objectDescribed(m mention) bool {
	k := m.lo - 1
	if m.role.empty() || !m.named() || k < 1 || d.toks[k].text != "," {
		return false
	}
	u := d.unitAt(m.lo)
	p, ok := d.npBefore(k-1, u.lo)
	return ok && p.lo != u.lo && p.role == m.role && d.objectAppositive(p, m, u.lo)
}

// noteMade records the document noun after the name of mention m ("a
// Ledger poll released Thursday") as one organisation e makes.
func (es *entities) noteMade(e *entity, m mention) {
	d := es.d
	if e.kind != KindOrganization || m.name.empty() {
		return
	}
	k := d.tokIndex(m.name.end)
	if k >= m.hi || k >= len(d.toks) {
		return
	}
	if t := d.toks[k]; t.kind == tokWord && !t.cap && t.in(lexDocumentNouns) {
		es.noteMaker(e, t.lower)
	}
}

// maxMakerNameTokens bounds the capitalised words of a name before the
// relative clause of relativeMakers.
const maxMakerNameTokens = 6

// relativeMakers records the organisations a relative clause right after
// their name says made a document ("… of research firm Halvern Data,
// which commissioned the study"), wherever the name stands, even in a
// person's role: one pass over the tokens, after every name is indexed.
func (es *entities) relativeMakers() {
	d := es.d
	for k := 1; k < len(d.toks); k++ {
		if d.toks[k].text != "," || !d.toks[k-1].cap {
			continue
		}
		n, ok := d.madeInRelative(k)
		if !ok {
			continue
		}
		lo := k - 1
		for lo > 0 && lo > k-maxMakerNameTokens && d.toks[lo-1].kind == tokWord && d.toks[lo-1].cap && !d.opensSentence(lo) {
			lo--
		}
		name := d.orgName(lo, k) // (as the name's own mention reads it)
		if name.empty() {
			continue
		}
		words := nameWords(d.lex, d.text[name.start:name.end])
		if e := es.lookup(words, KindOrganization, d.toks[lo].start, genderUnknown); e != nil && e.kind == KindOrganization {
			es.noteMaker(e, n)
		}
	}
}

// noteMaker records that organisation e makes the documents of noun n,
// and indexes it as their one maker, or as none once two make them.
func (es *entities) noteMaker(e *entity, n string) {
	if slices.Contains(e.made, n) {
		return
	}
	e.made = append(e.made, n)
	if e.inOrgs && es.orgsByWord != nil {
		es.indexOrgWords(e, true)
	}
	if es.makers == nil {
		es.makers = make(map[string]*entity)
	}
	if other, seen := es.makers[n]; seen && other != e {
		es.makers[n] = nil
		return
	}
	es.makers[n] = e
}

// documentMaker is the one organisation the article says makes the kind
// of document an indefinite description m names ("a study suggests" …
// "Halvern Data, which commissioned the study"), or nil.
func (es *entities) documentMaker(m mention) *entity {
	toks := es.d.toks
	h := toks[m.hi-1]
	if !m.indefinite || m.pronoun != "" || m.named() || h.cap || !h.in(lexDocumentNouns) {
		return nil
	}
	// Only a bare "a survey": "a rival survey", "another survey", "a survey
	// by the union" or one "published by" someone is another document;
	// "A survey, out on Monday, found" is still the maker's.
	if m.hi-m.lo != 2 || !toks[m.lo].is(fnIndefiniteArticle) || es.d.byInAside(m.hi) {
		return nil
	}
	return es.makers[h.lower]
}

// maxMakerAside is how far byInAside looks into an aside.
const maxMakerAside = 6

// byInAside reports whether an aside opened by a comma at k names an agent
// ("…, published by the union, …", "…, commissioned by Acme, …").
func (d *document) byInAside(k int) bool {
	if k >= len(d.toks) || d.toks[k].text != "," {
		return false
	}
	for j := k + 1; j < len(d.toks) && j <= k+maxMakerAside && d.toks[j].text != ","; j++ {
		if d.toks[j].is(fnPassiveBy) {
			return true
		}
	}
	return false
}

// maxMakerVerbTokens is how many words the relative clause of
// madeInRelative may put between its pronoun and the document's
// determiner ("which had commissioned the survey").
const maxMakerVerbTokens = 3

// madeInRelative is the document noun of a relative clause right after
// the organisation that ends before token k that says it made the
// document ("…, which commissioned the survey", "…, which carried out
// the poll"): the pronoun, a few lower-case words, a determiner or "its",
// and the noun ending the clause.
func (d *document) madeInRelative(k int) (string, bool) {
	if k+1 >= len(d.toks) || d.toks[k].text != "," || !d.toks[k+1].is(fnRelative) {
		return "", false
	}
	j := k + 2
	for j < len(d.toks) && j < k+2+maxMakerVerbTokens && d.toks[j].kind == tokWord && !d.toks[j].cap && !d.toks[j].in(lexDeterminers|lexPossessiveDeterminers) && !isCue(d.toks[j]) {
		j++
	}
	if j == k+2 || j+1 >= len(d.toks) || !d.toks[j].in(lexDeterminers|lexPossessiveDeterminers) {
		return "", false
	}
	n := d.toks[j+1]
	if n.kind != tokWord || n.cap || !n.in(lexDocumentNouns) || !d.isNarration(j+1) || j+2 < len(d.toks) && d.toks[j+2].kind == tokWord {
		return "", false
	}
	return n.lower, true
}

// betterRole reports whether role r, stated at pos, replaces e's: a
// current role wins over a former one; a role the story states over one
// only its headline gives ("Harlow boss Reid …" over the story's "Harlow
// Town manager Gary Reid": headline words are clipped); else the role
// stated first with the name ("Vermont Sen. Ruth Adler", later "the
// Democratic presidential candidate"), or at the same mention the more
// specific.
func (es *entities) betterRole(e *entity, r string, pos int) bool {
	switch {
	case e.role == "":
		return true
	case es.former(r) != es.former(e.role):
		return es.former(e.role)
	case es.inHeadline(pos) != es.inHeadline(e.rolePos):
		return es.inHeadline(e.rolePos)
	case pos != e.rolePos:
		return pos < e.rolePos
	}
	return roleScore(r) > roleScore(e.role)
}

// inHeadline reports whether byte offset pos is in the article's
// headline (hasHeadline) written as one: in title case or with no full
// stop ("Harlow boss Reid 'proud' of cup run"); a short first sentence
// ("Vermont Sen. Ruth Adler spoke first.") is the story's. The
// headline's end is found once per article (headlineEnd).
func (es *entities) inHeadline(pos int) bool {
	if !es.headlineKnown {
		es.headlineEnd, es.headlineKnown = es.writtenHeadlineEnd(), true
	}
	return pos < es.headlineEnd
}

// writtenHeadlineEnd is the byte offset where a headline written as one
// ends, or 0 when the article has none.
func (es *entities) writtenHeadlineEnd() int {
	d := es.d
	if !d.hasHeadline() {
		return 0
	}
	lo, hi := d.paraToks[0][0], d.paraToks[0][1]
	end := d.toks[hi-1].end
	if d.toks[hi-1].text != "." {
		return end
	}
	words, caps := 0, 0
	for _, t := range d.toks[lo:hi] {
		if t.kind == tokWord && !isDigitStart(t.text) {
			words++
			if t.cap {
				caps++
			}
		}
	}
	if 3*caps >= 2*words { // (title case, most words capitalised: "Cole Backs Reilly.")
		return end
	}
	return 0
}

// former reports whether a role is a past one ("Former TV host").
func (es *entities) former(r string) bool {
	for w := range strings.FieldsSeq(r) {
		return es.d.lex.ofLower(w).fn&fnFormer != 0 // the first word
	}
	return false
}

// maxScannedMentions is how many mentions hasMention scans before the
// entity keeps them in a set: most entities have a few, and a map for
// each was a twentieth of the bytes an extraction allocated.
const maxScannedMentions = 8

// hasMention reports whether s is one of e's mentions. (e.seen, the set
// of them, is made once there are more than maxScannedMentions.)
func (e *entity) hasMention(s span) bool {
	if e.seen == nil {
		return slices.Contains(e.mentions, s) // (at most maxScannedMentions)
	}
	return e.seen[s]
}

// noteMention adds s, not yet one of e's mentions.
func (e *entity) noteMention(s span) {
	e.mentions = append(e.mentions, s)
	switch {
	case e.seen != nil:
		e.seen[s] = true
	case len(e.mentions) > maxScannedMentions:
		e.seen = make(map[span]bool, 2*len(e.mentions))
		for _, m := range e.mentions {
			e.seen[m] = true
		}
	}
}

// resolved is a speaker after resolution.
type resolved struct {
	e          *entity // nil for an unnamed source
	name       string
	kind       string
	roleText   string
	resolution string
}

// documentSubjectBefore reports whether "it" at m opens its sentence
// right after a sentence of the same paragraph whose subject, a
// definite description of a document that names no maker ("The ad",
// "This report"), speaks with the cue after it ("The ad claims …"): "it"
// is that document.
func (d *document) documentSubjectBefore(m mention) bool {
	if m.lo < 2 || !d.opensSentence(m.lo) || d.toks[m.lo-1].kind != tokPunct {
		return false
	}
	u := d.unitAt(m.lo - 1)
	if u.para != d.toks[m.lo].para || u.hi != m.lo {
		return false
	}
	s, end, ok := d.npAfter(u.lo, u.hi)
	if !ok || s.named() || s.pronoun != "" || !d.toks[s.lo].is(fnDefinite) && !d.toks[s.lo].in(lexDeterminers) || end >= u.hi {
		return false
	}
	return d.toks[s.hi-1].in(lexDocumentNouns) && !d.toks[s.hi-1].cap && isCue(d.toks[end])
}

// resolve finds who a speaker mention refers to. lastSpeaker is the entity
// of the previous attribution, the likeliest referent of a pronoun.
func (es *entities) resolve(m mention, lastSpeaker *entity, lastPara, para int) resolved {
	d := es.d
	if sm, ok := es.surnameNotRole(m); ok {
		m = sm
	}
	m = d.nameInAppositive(m)
	m = d.beforeFloatingQuantifier(m)
	if es.jointFirmName(m) {
		m.kind, m.name = KindOrganization, span{d.toks[m.lo].start, d.toks[m.hi-1].end} // "Smith and Wesson said": one firm
	}
	r := resolved{kind: m.kind, roleText: d.roleText(m)}
	if parts, ok := d.conjuncts(m); ok {
		return es.resolveJoined(m, parts)
	}
	switch {
	case m.named() && es.capitalOfSentence(m):
		r.kind, r.resolution = KindOrganization, ResolutionDescriptor // "Recent polls show": no firm named Recent
	case m.named() && es.commonWordOpener(m):
		r.kind, r.resolution = KindUnknown, ResolutionDescriptor // "Everyone can see …": no one named Everyone
	case m.named():
		r = es.resolveName(m, r)
	case m.pronoun == "who" && m.kind == KindGroup:
		r.resolution = ResolutionDescriptor // "Voters who say": the group the relative hangs on (whoAntecedent)
	case m.pronoun == "it" && d.documentSubjectBefore(m):
		// "The ad claims that Clinton "made a fortune" from Wall Street
		// speeches. It also says …": the ad goes on, no body its report
		// names.
		r.resolution, r.kind = ResolutionPronoun, KindOrganization
	case m.pronoun != "":
		r.resolution = ResolutionPronoun
		r.e = es.antecedent(m, lastSpeaker, lastPara, para)
		if r.e != nil && r.e.gender == genderUnknown {
			r.e.gender = pronounGender(m.pronoun)
		}
		if r.e == nil {
			r.kind = pronounKind(m.pronoun)
			if role, ok := es.describedSubjectBefore(m, para); ok {
				r.kind, r.roleText = KindPerson, role // "The prime minister faced MPs. He said …"
			} else if role, ok := d.groupSubjectBefore(m, para); ok {
				r.roleText = role // "Union leaders met ministers. They said …"
			}
		}
	case !m.indefinite:
		r.resolution = ResolutionDescriptor
		if e := es.documentIntroducer(m); e != nil {
			r.e = e // "Reilly will air a fresh ad … The ad says": Reilly's
			break
		}
		described := es.byDescriptor(m)
		if o := es.officeHolder(m, lastSpeaker, lastPara, para); o != nil {
			described = o
		}
		if u, ok := es.unnamedBefore(m, described); ok {
			// "A Downing Street spokesman said … The spokesman added": the
			// fuller of the two descriptions is the role.
			if roleScore(u.role) > roleScore(r.roleText) {
				r.roleText = u.role
			}
			break
		}
		r.e = es.resolveDescriptor(m, described, lastSpeaker, lastPara, para)
		if r.e == nil && r.kind == KindPerson && d.itAfterCue(m) {
			r.kind = KindOrganization // "The regulator said it would act": a body, no person
		}
	default:
		r.resolution = ResolutionDescriptor
		if e := es.leadIndefinites[d.toks[m.lo].start]; e != nil {
			r.e = e // "A nurse whose ward closed says …¶ Ann Cole said": Ann Cole
			break
		}
		r.e = es.documentMaker(m)
		if r.e == nil {
			if role, ok := d.oneOfGroup(m); ok {
				r.kind, r.roleText = KindPerson, role // "Some former workers criticised … One told …": a former worker
			}
		}
	}
	if r.e == nil && r.resolution == ResolutionDescriptor && r.kind == KindPerson && r.roleText != "" {
		es.unnamed = append(es.unnamed, unnamedSource{pos: d.toks[m.lo].start, head: stemOf(d.toks[m.hi-1].lower), role: r.roleText})
	}
	if r.e != nil {
		r.name, r.kind = r.e.name, r.e.kind
		if r.e.role != "" {
			r.roleText = r.e.role
		} else if r.resolution == ResolutionDescriptor && !roleHasHead(d.toks[m.lo:m.hi]) {
			// "the Australian said", "the 29-year-old Scot added" after
			// "Sam Ortiz won …": a nationality, a party or an age
			// describes the one named, no title or function of theirs (as
			// resolveDescriptor gives none).
			r.roleText = ""
		}
		if m.pronoun != "" || m.named() {
			// keep the mention verbatim in the entity's list
			es.addMention(r.e, mention{lo: m.lo, hi: m.hi, pronoun: m.pronoun})
		}
	}
	return r
}

// describedSubjectBefore is the role of the description of someone
// never named that is the subject of a sentence before pronoun m, in its
// paragraph or the one before, with no person named since and a gender
// that agrees ("The prime minister faced MPs on Monday. He said …": the
// prime minister, name unknown).
func (es *entities) describedSubjectBefore(m mention, para int) (string, bool) {
	d := es.d
	g := pronounGender(m.pronoun)
	if g == genderUnknown {
		return "", false // (he or she only: "it", "they" and "we" are no one person)
	}
	pos := d.toks[m.lo].start
	k, _ := slices.BinarySearchFunc(es.unnamedSubjects, pos, func(u unnamedSubject, p int) int { return u.pos - p })
	if k == 0 {
		return "", false
	}
	u := es.unnamedSubjects[k-1]
	if para-d.paraOf(u.pos) > 1 || u.gender != genderUnknown && u.gender != g || d.unitAt(d.tokIndex(u.pos)).hi > m.lo {
		return "", false
	}
	if i := es.namedBefore(pos); i >= 0 && es.named[i].pos > u.pos && es.named[i].e.kind == KindPerson {
		return "", false
	}
	return u.role, true
}

// groupSubjectBefore is the role of the group described by no name that
// "they" m refers to, for a "they" that no named antecedent took: the
// subject of its own sentence when narration stands before it ("Liberals
// got mad because they …"), else that of the sentence before it, in its
// paragraph or the one before ("Union leaders met ministers on Monday.
// They said …"; "Residents packed the hall. "…," they said"; "Harbour
// chiefs backed the plan. The fees would rise, they said": the report
// before the cue is theirs, no subject of it). A subject that is anyone
// else (a name, a person, a pronoun) is no group's, and no subject
// found where a clause opens the sentence ("While the gifts help her,
// they …") gives none.
func (d *document) groupSubjectBefore(m mention, para int) (string, bool) {
	if m.pronoun != "they" {
		return "", false
	}
	i := sort.Search(len(d.units), func(i int) bool { return d.units[i].hi > m.lo })
	if i >= len(d.units) {
		return "", false
	}
	if u := d.units[i]; d.narrationBefore(u.lo, m.lo) {
		s, ok := d.firstVerbSubject(u, m.lo)
		if !ok || d.toks[s.lo].reported || d.peopleBetween(s.hi, m.lo) {
			return "", false // ("Doctors treated dozens of residents after they said …": the residents may be "they")
		}
		return d.groupRole(s)
	}
	if i == 0 || para-d.units[i-1].para > 1 {
		return "", false
	}
	u := d.units[i-1] // (the sentence before only: past it the group is seldom the one meant)
	if s, ok := d.firstVerbSubject(u, u.hi); ok && !d.toks[s.lo].reported {
		return d.groupRole(s)
	}
	return "", false
}

// narrationBefore reports whether a word of narration outside any report
// stands in toks[lo:hi], besides a conjunction that opens the sentence
// ("And they said …") and adverbs and phrases of time ("Later they
// said …", "On Tuesday, they said …").
func (d *document) narrationBefore(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		t := d.toks[k]
		if t.kind == tokWord && d.isNarration(k) && !t.reported && !(k == lo && t.in(lexConjunctions)) && !t.in(lexVerbModifiers|lexModifierPreps) && !isTimeWord(t) {
			return true
		}
	}
	return false
}

// peopleBetween reports whether the "they" at hi follows a subordinator
// right after a plural noun for people that stands after the subject's
// end lo ("treated dozens of residents after they said …"): "they" may
// be them rather than the subject.
func (d *document) peopleBetween(lo, hi int) bool {
	if hi-2 < lo {
		return false
	}
	c, n := d.toks[hi-1], d.toks[hi-2]
	if c.kind != tokWord || c.cap || !c.is(fnSubordinator|fnFrontedSubordinator) {
		return false
	}
	return n.kind == tokWord && !n.cap && d.isNarration(hi-2) && (n.in(lexGroupNouns) && strings.HasSuffix(n.lower, "s") || isPluralRoleHead(d.lex, n.lower))
}

// groupRole is the role of subject s when it is a group described by no
// name ("Union leaders", "The protesters"); ok is false for anyone else.
func (d *document) groupRole(s mention) (string, bool) {
	if s.named() || s.pronoun != "" || s.kind != KindGroup || s.role.empty() {
		return "", false
	}
	return d.roleText(s), true
}

// maxNamedNextLookahead bounds the names after a description that
// namedNext looks at.
const maxNamedNextLookahead = 8

// maxDocumentModifiers is how many words may stand between "a" and the
// document noun that documentIntroducer finds ("a fresh one-minute ad").
const maxDocumentModifiers = 4

// documentIntroducer is who brought out the document a bare definite
// description names ("the ad", "the report"): the named subject of the
// sentence, in its paragraph or the one before, where the nearest earlier
// mention of that noun is introduced with "a" ("Tom Reilly will air
// a fresh one-minute ad … ¶ The ad says …": Reilly's). Else nil; a
// nearest mention that is not introduced so ("the union's report") is
// someone else's to resolve.
func (es *entities) documentIntroducer(m mention) *entity {
	d := es.d
	h := d.toks[m.hi-1]
	if m.named() || m.pronoun != "" || m.hi-m.lo != 2 || !d.toks[m.lo].is(fnDefinite) || h.cap || !h.in(lexDocumentNouns) || d.byInAside(m.hi) {
		return nil // (not "The poll, released by the institute,": the aside names its maker)
	}
	para := d.toks[m.lo].para
	for k := m.lo - 1; k >= 0 && d.toks[k].para >= para-1; k-- {
		t := d.toks[k]
		if t.kind != tokWord || t.lower != h.lower || t.cap || !d.isNarration(k) {
			continue
		}
		a := k - 1
		for a >= 0 && k-a <= maxDocumentModifiers && !d.toks[a].is(fnIndefiniteArticle) && (d.toks[a].kind == tokWord && !d.toks[a].cap && !d.toks[a].in(lexDeterminers|lexPossessiveDeterminers) && !isCue(d.toks[a]) || isDigitStart(d.toks[a].text)) {
			a--
		}
		if a < 0 || !d.toks[a].is(fnIndefiniteArticle) || d.toks[a].cap || d.toks[a].reported {
			return nil // (not "Reilly said he had read a report": what he reports is no document he brought out)
		}
		if k+1 < len(d.toks) && (d.toks[k+1].lower == "by" || d.toks[k+1].lower == "from") {
			return nil // ("a study by the university": its maker is named)
		}
		if d.cueAfter(k+1) || k+2 < len(d.toks) && d.toks[k+1].in(lexAuxiliaries) && d.cueAfter(k+2) {
			return nil // ("…, a new poll has found": the poll is what reports, not what someone brought out)
		}
		u := d.unitAt(a)
		for i := es.namedBefore(d.toks[a].start); i >= 0 && es.named[i].lo >= u.lo; i-- {
			n := es.named[i]
			if n.subject && !n.described && !d.toks[n.lo].reported && (n.e.kind == KindPerson || n.e.kind == KindOrganization) && d.opensUnit(mention{lo: n.lo, hi: n.hi}, u) {
				return n.e
			}
		}
		return nil
	}
	return nil
}

// namedNext is the person a definite description that opens its
// sentence and describes no one named before it gives its role to: the
// speaker of the quotation that opens the next sentence, by an inverted
// cue right after it ("And the union's general secretary made it clear
// … "…," said Ann Cole"), named there for the first time in the
// article, with no role of their own and of a gender the description
// allows; no person is named in the description's own sentence. Else
// nil. Being named next is no evidence alone: a person who is the
// subject of the next sentence, or named further on, is as often
// someone else ("The company's chief spokesman said … Tom Reilly, who
// lives on a pension, said"), and giving them the description's quote
// is a wrong speaker. An indefinite description ("one former staffer")
// is an unnamed source, and no one named after it.
func (es *entities) namedNext(m mention) *entity {
	d := es.d
	if m.named() || m.pronoun != "" || m.kind != KindPerson || m.role.empty() || !d.toks[m.lo].is(fnDefinite) || !d.plainDescription(m) {
		return nil
	}
	pos, u := d.toks[m.lo].start, d.unitAt(m.lo)
	if u.hi >= len(d.toks) {
		return nil
	}
	next, g := d.unitAt(u.hi), pronounGender(descriptorPronoun(d, m))
	start := es.namedBefore(pos) + 1
	for i := start; i < len(es.named) && i < start+maxNamedNextLookahead; i++ {
		n := es.named[i]
		switch {
		case n.lo < m.hi:
			continue // (a name inside the description: "a top Cole adviser")
		case n.lo < u.hi || n.lo >= next.hi || d.paraOf(n.pos) > u.para+1:
			return nil
		case n.e.kind != KindPerson || !d.isNarration(n.lo):
			continue
		case n.e.first < pos || !n.e.antecedentable() || !n.e.agrees(g) || n.e.role != "":
			// (a person with a role of their own is someone else: "a
			// Democratic senator … Sen. Tom Reilly")
			return nil
		case d.speaksOpeningQuote(n, next):
			return n.e
		default:
			return nil
		}
	}
	return nil
}

// speaksOpeningQuote reports whether name mention n is the speaker of
// an inverted cue right after the quotation that opens unit u (""…,"
// said Ann Cole").
func (d *document) speaksOpeningQuote(n namedMention, u unit) bool {
	if !d.invertedSpeaker(n) || n.lo < u.lo+3 || !d.isOpenMark(u.lo) || !d.isCloseMark(n.lo-2) {
		return false
	}
	return d.quoteOfMark(u.lo) == d.quoteOfMark(n.lo-2)
}

// plainDescription reports whether description m is a role and its
// modifiers alone ("the top campaign adviser", "the union's general
// secretary"), the subject of its sentence: words ending in a role head,
// with no preposition, relative word or verb ("the document provided by
// his lawyer" is no person).
func (d *document) plainDescription(m mention) bool {
	if d.toks[m.hi-1].stem&lexRoleHeads == 0 || m.hi-m.lo < minDescriptorTokens {
		return false // ("the judge" may be anyone's)
	}
	for k := m.lo + 1; k < m.hi-1; k++ {
		t := d.toks[k]
		participle := !t.cap && (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ing"))
		if t.kind != tokWord || t.in(lexPrepositions) || t.is(fnRelative|fnLink) || isCue(t) || participle && !npWord(t) {
			return false
		}
	}
	u := d.unitAt(m.lo)
	// the subject of its sentence, after "And" or "But" if any
	return m.lo == u.lo || m.lo == u.lo+1 && d.toks[u.lo].in(lexConjunctions)
}

// invertedSpeaker reports whether name mention n follows a cue verb
// ("…," said Ann Cole).
func (d *document) invertedSpeaker(n namedMention) bool {
	return n.lo > 0 && isCue(d.toks[n.lo-1]) && !d.toks[n.lo-1].cap
}

// beforeFloatingQuantifier is mention m without a quantifier that ends
// it after joined names ("Harlow Bank and Dunmore Trust both said", "…
// and Wexley Savings Association all said"): the names are the speaker,
// not a group described by them.
func (d *document) beforeFloatingQuantifier(m mention) mention {
	n, ok := d.beforeQuantifier(m, 4)
	if !ok {
		return m
	}
	if _, ok := d.conjuncts(n); !ok {
		return m
	}
	return n
}

// beforeQuantifier is mention m, of at least minTokens tokens, read again
// without the quantifier that floats after its capitalised last word
// ("Ann Cole and Tom Reilly both"), when what is left is a name.
func (d *document) beforeQuantifier(m mention, minTokens int) (mention, bool) {
	if m.hi-m.lo < minTokens || !floatingQuantifier(d.toks[m.hi-1]) || !d.toks[m.hi-2].cap {
		return mention{}, false
	}
	n := d.analyzeNP(m.lo, m.hi-1)
	return n, n.named()
}

// nameBeforeQuantifier reports whether mention m is a person's name and
// the quantifier that floats after it ("Tom Reilly both" in "Ann Cole
// and Tom Reilly both said"): the last of joined names, not a group the
// name describes.
func (d *document) nameBeforeQuantifier(m mention) bool {
	n, ok := d.beforeQuantifier(m, 2)
	return ok && n.kind == KindPerson && n.role.empty()
}

// nameInAppositive reads an organisation described by a phrase with a
// common head and named in the appositive after it ("The UN refugee
// agency, the UNHCR, said"): the appositive is its name, the description
// its role.
func (d *document) nameInAppositive(m mention) mention {
	if m.kind != KindOrganization || !m.named() || m.role.empty() || m.role.start < m.name.end {
		return m
	}
	h, a := d.toks[d.tokIndex(m.name.end)-1], d.tokIndex(m.role.start)
	if h.cap || h.stem&lexGenericOrgNouns == 0 || d.toks[a-1].text != "," && !(d.toks[a-1].is(fnDefinite) && d.toks[a-2].text == ",") {
		return m
	}
	for k := a; k < len(d.toks) && d.toks[k].start < m.role.end; k++ {
		if !d.toks[k].cap {
			return m
		}
	}
	m.name, m.role = m.role, m.name
	return m
}

// officeHolder is the person whose office or campaign spoke in the
// attribution just before description m, in its paragraph or the one
// before ("Adler's office said … The senator also wrote …": Adler), when
// m describes a person of that gender; else nil.
func (es *entities) officeHolder(m mention, lastSpeaker *entity, lastPara, para int) *entity {
	d := es.d
	if lastSpeaker == nil || lastSpeaker.kind != KindOrganization || len(lastSpeaker.words) < 2 || para-lastPara > 1 || m.kind != KindPerson || !d.toks[m.lo].is(fnDefinite) || m.role.empty() {
		return nil
	}
	w := lastSpeaker.words
	if head := strings.ToLower(w[len(w)-1]); head != w[len(w)-1] || !d.lex.is(head, lexOrgHeads) {
		return nil // ("Adler office", written "Adler's office"; not a name such as "Cole Foundation")
	}
	p := es.lookup(w[:len(w)-1], KindPerson, d.toks[m.lo].start, genderUnknown)
	if p == nil || p.kind != KindPerson || !p.agrees(pronounGender(descriptorPronoun(d, m))) {
		return nil
	}
	return p
}

// personNamedBetween reports whether a person is named in the narration
// between positions from and to.
func (es *entities) personNamedBetween(from, to int) bool {
	for i := es.namedBefore(to); i >= 0 && es.named[i].pos > from; i-- {
		if es.named[i].e.kind == KindPerson {
			return true
		}
	}
	return false
}

// unnamedBefore returns the unnamed source a definite description of a
// person returns to: the last one before it whose description has its head
// noun ("the spokesman" after "Tony Blair's official spokesman"), when no
// person whose role has that head was named since. It looks back no
// further than maxUnnamedParagraphs paragraphs.
func (es *entities) unnamedBefore(m mention, described *entity) (unnamedSource, bool) {
	d := es.d
	if m.kind != KindPerson || !d.toks[m.lo].is(fnDefinite) || m.role.empty() {
		return unnamedSource{}, false
	}
	pos, head := d.toks[m.lo].start, stemOf(d.toks[m.hi-1].lower)
	para := d.paraOf(pos)
	for i := len(es.unnamed) - 1; i >= 0 && i >= len(es.unnamed)-maxUnnamedLookback; i-- {
		u := es.unnamed[i]
		if para-d.paraOf(u.pos) > maxUnnamedParagraphs {
			break // the list is in text order: all before are further back
		}
		if u.pos >= pos || u.head != head {
			continue
		}
		if d.paraOf(u.pos) == 0 && d.hasHeadline() && es.personNamedBetween(u.pos, pos) {
			// "Singer 'to quit touring' ¶ Veteran rock star Ray Kimber has
			// said … ¶ The 61-year-old singer told …": the headline's
			// label stands for the one the story names; the description
			// is read as if there were no headline.
			continue
		}
		if described != nil && lastMention(described, pos) > u.pos {
			return unnamedSource{}, false
		}
		if s, ok := es.unnamedSubjectAfter(u.pos, pos, head, para, described); ok {
			return s, true
		}
		return u, true
	}
	return es.unnamedSubjectAfter(-1, pos, head, para, described)
}

// unnamedSubjectAfter is, as an unnamedSource, the last indefinite
// description of someone never named that is its sentence's subject
// (unnamedSubjects, indefiniteSubjects) between after and pos, with head noun head, no further back than
// maxUnnamedParagraphs: "A spokesperson for Ellen Marsh dismissed the
// launch. "…," the spokesperson said" is that spokesperson, whose first
// sentence reports nothing, not whoever spoke before.
func (es *entities) unnamedSubjectAfter(after, pos int, head string, para int, described *entity) (unnamedSource, bool) {
	d := es.d
	k, _ := slices.BinarySearchFunc(es.unnamedSubjects, pos, func(u unnamedSubject, p int) int { return u.pos - p })
	if k == 0 {
		return unnamedSource{}, false
	}
	for i := k - 1; i >= 0 && es.unnamedSubjects[i].pos > after; i-- {
		u := es.unnamedSubjects[i]
		if para-d.paraOf(u.pos) > maxUnnamedParagraphs {
			break
		}
		if !u.indefinite || u.head != head {
			continue
		}
		if described != nil && lastMention(described, pos) > u.pos {
			return unnamedSource{}, false
		}
		return unnamedSource{pos: u.pos, head: u.head, role: u.role}, true
	}
	return unnamedSource{}, false
}

// unnamedSpeaker is the speaker of the previous attribution when it was
// an unnamed person ("a spokesman for the council"), for the pronoun that
// returns to it.
type unnamedSpeaker struct {
	ok   bool
	r    resolved
	end  int // token after its attribution: its mention, cue and quote
	name int // byte offset where its mention ends
	// asked: its cue puts a question ("an Iowa voter asked if she …"),
	// which the one asked answers, often named in it.
	asked bool
}

// unnamedSpeakerOf is the unnamedSpeaker of attribution f, resolved to r;
// ok is false unless r is an unnamed person with a role, described with a
// determiner ("a spokesman for …", "one dealer"; not "King said", a
// surname read as a role).
func (d *document) unnamedSpeakerOf(f found, r resolved) unnamedSpeaker {
	m := f.speaker
	if r.e != nil || r.name != "" || r.kind != KindPerson || r.roleText == "" || m.named() || m.pronoun != "" || !d.toks[m.lo].in(lexDeterminers) {
		return unnamedSpeaker{}
	}
	asked := f.cue.end > f.cue.start && d.toks[d.tokIndex(f.cue.start)].in(lexCueQuestion)
	return unnamedSpeaker{ok: true, r: r, end: d.attributionEndTok(f), name: d.toks[m.hi-1].end, asked: asked}
}

// attributionEndTok is the last token of attribution f: its last
// segment, its cue or its speaker's mention, whichever ends last.
func (d *document) attributionEndTok(f found) int {
	end := max(f.segs[len(f.segs)-1].end, f.cue.end, d.toks[f.speaker.hi-1].end)
	return d.tokIndex(end - 1)
}

// unnamedSpeakerGoesOn is unnamed speaker u after attribution f, whose
// pronoun stood for u: the next pronoun may stand for u too, after f, as
// long as no person is named in between.
func (d *document) unnamedSpeakerGoesOn(u unnamedSpeaker, f found) unnamedSpeaker {
	u.end, u.name = d.attributionEndTok(f), d.toks[f.speaker.hi-1].end
	return u
}

// pronounOfUnnamed resolves a personal pronoun to the unnamed person who
// spoke in the attribution just before it, in the same sentence or the
// next, when the narration names no person between ("A spokesman for the
// council said: … He added: …"): the pronoun is that source, not a person
// named before it. ok is false otherwise.
func (es *entities) pronounOfUnnamed(m mention, prev unnamedSpeaker) (resolved, bool) {
	d := es.d
	g := pronounGender(m.pronoun)
	if !prev.ok || g == genderUnknown || d.unitAt(prev.end).hi < d.unitAt(m.lo).lo {
		return resolved{}, false
	}
	if dg := genderOf(d.lex, strings.Fields(prev.r.roleText)); dg != genderUnknown && dg != g {
		return resolved{}, false // "a spokeswoman … he said": someone else
	}
	pos := d.toks[m.lo].start
	start := es.namedBefore(pos)
	// A person named inside the words the unnamed speaker reported is
	// spoken of, no new subject, for the subject pronoun of the next cue:
	// "The coach said Harry Kane was fit. He added …" (not after a
	// question, which the one asked answers: "a voter asked if Ann Hale
	// would …. "…," she replied"; nor for a possessive: "An aide said
	// Hale misspoke … her claim that").
	spokenOf := !prev.asked && (d.toks[m.lo].lower == "he" || d.toks[m.lo].lower == "she")
	for i := start; i >= 0 && i > start-antecedentWindow && es.named[i].pos >= prev.name; i-- {
		if n := es.named[i]; n.e.kind == KindPerson && !(spokenOf && d.toks[n.lo].reported) {
			return resolved{}, false
		}
	}
	return resolved{kind: KindPerson, roleText: prev.r.roleText, resolution: ResolutionPronoun}, true
}

// maxUnnamedParagraphs is how many paragraphs back a description returns
// to an unnamed source; maxUnnamedLookback how many unnamed sources it
// looks at, so that one huge paragraph stays linear.
const (
	maxUnnamedParagraphs = 3
	maxUnnamedLookback   = 32
)

// surnameNotRole reads a mention parsed as a role alone ("Ms. White",
// "Black", "King") as the surname it is when an honorific stands before
// it or a person of the article has that surname ("Richard Black"): it
// returns the mention named.
func (es *entities) surnameNotRole(m mention) (mention, bool) {
	d := es.d
	if m.named() || m.pronoun != "" || m.indefinite {
		return m, false
	}
	b := m.lo
	for b < m.hi-1 && d.toks[b].in(lexHonorifics) && !d.toks[b].in(lexNameTitles) {
		b++
	}
	t := d.toks[b]
	if b != m.hi-1 || !t.cap || t.kind != tokWord || t.in(lexDeterminers|lexStopCaps) {
		return m, false
	}
	person := slices.ContainsFunc(es.namedNear(es.byLast[strings.TrimSuffix(t.lower, "'s")], t.start), func(e *entity) bool { return e.kind == KindPerson })
	if !person && b == m.lo {
		return m, false
	}
	m.name, m.role, m.kind = span{t.start, t.end}, span{}, KindPerson
	return m, true
}

// conjuncts splits a speaker mention that joins names with "and" ("Ann
// Cole and Tom Reilly", "Apple and Motorola", "Cole, Reilly and Ortiz")
// into one named mention per name. ok is false unless every part is a
// name (not "Former minister and party leader Ann Cole", not "Ann Cole,
// 45, and …") and none holds a preposition or a parenthesis ("Tom Reilly
// of the University of Leeds and …" is left whole).
func (d *document) conjuncts(m mention) (parts []mention, ok bool) {
	if !m.named() || m.kind != KindPerson && !d.joinedBodies(m) && !d.ampersandPair(m) {
		return nil, false
	}
	lo, joined := m.lo, false
	for k := m.lo; k <= m.hi; k++ {
		if k < m.hi {
			t := d.toks[k]
			if d.breaksConjunct(m, t) {
				return nil, false
			}
			if !t.is(fnAnd) && t.text != "," {
				continue
			}
			if t.is(fnAnd) && d.departmentAnd(k, m.hi) {
				return nil, false // "Work and Pensions Secretary Liz Kendrew": one title
			}
			joined = joined || t.is(fnAnd)
			if k == lo && t.is(fnAnd) && k > m.lo && d.toks[k-1].text == "," {
				lo = k + 1 // "Cole, Reilly, and Ortiz"
				continue
			}
		}
		if k == lo {
			return nil, false
		}
		if len(parts) == 0 && d.pluralTitleWord(d.toks[lo]) && lo+1 < k {
			lo++ // "Professors Foner and Alba": each is one
		}
		p, ok := d.conjunct(lo, k)
		if !ok || len(parts) > 0 && p.kind != parts[0].kind && !(p.role.empty() && parts[0].role.empty()) {
			return nil, false // a firm and a titled person: "Yahoo News and former anchor Kay Hale" is her role
		}
		parts = append(parts, p)
		lo = k + 1
	}
	return parts, joined && len(parts) > 1
}

// departmentAnd reports whether the "and" at k, inside a mention ending
// at hi, joins the fields of a department's title: a field before it
// (lexicon/department-words) and words after it, written in its case,
// that reach a title ("Work and Pensions Secretary", "Health and Human
// Services Secretary", "shadow work and pensions secretary").
func (d *document) departmentAnd(k, hi int) bool {
	toks := d.toks
	if k < 1 || !d.lex.departmentWords[toks[k-1].lower] {
		return false
	}
	titled := toks[k-1].cap // ("Work and Pensions Secretary"; "shadow work and pensions secretary" in lower case)
	for j := k + 1; j < hi && j <= k+maxDepartmentWords && toks[j].kind == tokWord && toks[j].cap == titled; j++ {
		if toks[j].in(lexRoleHeads) {
			return j > k+1
		}
	}
	return false
}

// maxDepartmentWords is how many words departmentAnd reads after the
// "and" of a title's fields, its role head included ("and rural affairs
// secretary").
const maxDepartmentWords = 4

// ampersandPair reports whether organisation mention m is a firm named
// with an ampersand, "and", and a capitalised name ("Ashby & Crane and
// Fenmoor Holdings"): two bodies, not one (the ampersand already joins
// the first one's words).
func (d *document) ampersandPair(m mention) bool {
	if m.kind != KindOrganization || !m.role.empty() {
		return false
	}
	k := d.ampersandAnd(m.lo, m.hi)
	return k > 0 && d.toks[k+1].cap
}

// breaksConjunct reports whether token t, inside joined mention m, ends
// the reading of m as joined names: a preposition (but a body's name may
// hold "of": "the Council of Mortgage Lenders") or punctuation other
// than a comma (or the ampersand inside a firm's name: "Ashby & Crane").
func (d *document) breaksConjunct(m mention, t token) bool {
	return t.in(lexPrepositions) && !(m.kind == KindOrganization && t.is(fnOf)) || t.kind == tokPunct && t.text != "," && t.text != "&"
}

// joinedBodies reports whether organisation mention m joins the names of
// bodies by "and", and by commas before it: the names before "and" and
// at the end end in an organisation's head word, one before a comma has
// one ("the Council of Mortgage Lenders, Harlow Bankers Association and
// Wexley Savings Association"): several bodies, not one ("Marks and
// Spencer", "the Department of Health and Human Services": a name before
// "and" that ends in no head word makes one name).
func (d *document) joinedBodies(m mention) bool {
	if m.kind != KindOrganization {
		return false
	}
	and, head := false, false
	for k := m.lo; k < m.hi; k++ {
		t := d.toks[k]
		switch {
		case t.is(fnAnd):
			if k == m.lo || !d.toks[k-1].cap || d.toks[k-1].stem&lexOrgHeads == 0 {
				return false
			}
			and, head = true, false
		case t.text == ",":
			if !head {
				return false // (a list's comma after a body's name: "the Council of Mortgage Lenders,")
			}
			head = false
		case t.cap && t.stem&lexOrgHeads != 0:
			head = true
		}
	}
	last := d.toks[m.hi-1]
	return and && last.cap && last.stem&lexOrgHeads != 0
}

// jointFirmName reports whether named mention m is two bare words
// joined by "and" ("Smith and Wesson", "Marks and Spencer", "Johnson and
// Johnson"): no given name, honorific, title or place on either, and neither
// named on its own elsewhere in the article. That is one firm's name, not
// two people ("Cole and Reilly" after "Ann Cole" are two).
func (es *entities) jointFirmName(m mention) bool {
	d := es.d
	if !m.named() || m.kind != KindPerson || !m.role.empty() || m.hi-m.lo != 3 || !d.toks[m.lo+1].is(fnAnd) || m.name.end != d.toks[m.hi-1].end {
		return false
	}
	for _, k := range []int{m.lo, m.lo + 2} {
		t := d.toks[k]
		if !isNameWord(t) || d.lex.firstName(t.lower) || t.in(lexHonorifics|lexNameTitles|lexRoleHeads|lexPlaces) || es.namedAlone(t.lower, m) {
			return false
		}
	}
	return true
}

// namedAlone reports whether the article names w (lower case) outside
// the joined mention m: as the surname or first name of a fuller name, or
// as a one-word name elsewhere.
func (es *entities) namedAlone(w string, m mention) bool {
	d := es.d
	lo, hi := d.toks[m.lo].start, d.toks[m.hi-1].end
	whole := d.text[lo:hi]
	other := func(e *entity) bool { return !strings.EqualFold(e.name, whole) }
	if slices.ContainsFunc(es.byLast[w], other) || slices.ContainsFunc(es.byFirst[w], other) {
		return true
	}
	e := es.byKey[w]
	if e == nil {
		return false
	}
	for _, s := range e.starts {
		if s < lo || s >= hi {
			return true
		}
	}
	return false
}

// conjunct reads toks[lo:hi] as one name of a joined mention: a named
// person or organisation, opened by no possessive ("Cole and his
// aides"), ending in a word of a name (not "former Ohio Gov. and …"),
// and no lone first name ("Tom and Ann Reilly" share the surname).
func (d *document) conjunct(lo, hi int) (mention, bool) {
	p := d.analyzeNP(lo, hi)
	last := d.toks[hi-1]
	if !p.named() || p.pronoun != "" || p.kind != KindPerson && p.kind != KindOrganization || d.toks[lo].in(lexPossessiveDeterminers) {
		return p, false
	}
	if !isNameWord(last) && !last.in(lexKnownOrgs|lexOrgHeads) || hi-lo == 1 && d.lex.firstName(last.lower) {
		return p, false
	}
	return p, true
}

// pluralTitleWord reports whether t is a role head in the plural, written
// with a capital or not ("Professors", "senators").
func (d *document) pluralTitleWord(t token) bool {
	return isPluralRoleHead(d.lex, t.lower)
}

// resolveJoined resolves the names of a joined mention (conjuncts) each
// to its fullest name: the speaker is the group they make, named by
// them all ("Ann Cole and Tom Reilly", "Apple and Motorola"), with the
// role they share (jointRole).
func (es *entities) resolveJoined(m mention, parts []mention) resolved {
	names := make([]string, len(parts))
	for i, p := range parts {
		names[i] = es.resolveName(p, resolved{kind: p.kind}).e.name
	}
	name := names[len(names)-1]
	if len(names) > 1 {
		name = strings.Join(names[:len(names)-1], ", ") + " and " + name
	}
	g := es.group(name, es.d.toks[parts[0].lo].start)
	if g.role == "" {
		g.role = es.d.jointRole(m, parts)
	}
	return resolved{e: g, name: name, kind: KindGroup, roleText: g.role, resolution: ResolutionExplicit}
}

// jointRole is the role the names joined in mention m (parts) share, as
// the article states it in the plural: a plural title before them
// ("radio hosts Tom Reilly and Ann Cole", "Senators Ann Cole and Tom
// Reilly", "Sens. Ann Cole and Tom Reilly") or a plural appositive after
// them ("Ann Cole and Tom Reilly, the firm's co-founders,"); else "". A
// role of one of them ("Ann Cole, the bank's economist,") is not the
// group's.
func (d *document) jointRole(m mention, parts []mention) string {
	last := parts[len(parts)-1]
	if last.kind != KindPerson || !last.role.empty() {
		return ""
	}
	if first := parts[0]; first.lo == m.lo+1 && d.pluralTitleWord(d.toks[m.lo]) {
		return d.toks[m.lo].text // (conjuncts reads "Senators" as no part of the first name)
	}
	k := d.tokIndex(last.name.end) - 1
	u := d.unitAt(k)
	r := d.sharedTitle(last.lo, u.lo)
	if r.empty() {
		r = d.sharedAppositive(last, k, u.hi)
	}
	if r.empty() {
		return ""
	}
	return d.text[r.start:r.end]
}

// group is the entity of the group named name, first named at pos: one
// per name, so that the group is listed once and "they" can refer to it.
func (es *entities) group(name string, pos int) *entity {
	key := strings.ToLower(name)
	if g := es.groups[key]; g != nil {
		return g
	}
	if es.groups == nil {
		es.groups = map[string]*entity{}
	}
	g := &entity{name: name, words: strings.Fields(name), kind: KindGroup, first: pos, seen: map[span]bool{}}
	es.groups[key] = g
	return g
}

// capitalOfSentence reports whether the name of organisation mention m is
// one word that opens its sentence before a document noun ("Recent polls
// show", "New figures show") and that the article never writes with a
// capital inside a sentence: the capital is the sentence's, not a firm's
// ("Gallup polls show" after "the Gallup poll"; a firm the lexicon knows
// stays).
func (es *entities) capitalOfSentence(m mention) bool {
	d := es.d
	k := d.tokIndex(m.name.start)
	t := d.toks[k]
	if m.kind != KindOrganization || k+1 >= m.hi || t.end != m.name.end || !d.opensSentence(k) || t.in(lexKnownOrgs) || !d.toks[k+1].in(lexDocumentNouns) {
		return false
	}
	if isPossessiveWord(t) || capitalInside(t) {
		return false // "Hoff's letter": its owner; "AP-GfK poll": a capital inside is a name's
	}
	return !d.cases().midCaps[t.text]
}

// wordCases are the article's words by how it writes them, built once
// on first use (capitalOfSentence, commonWordOpener, the headline's
// pluralCommonOpener).
type wordCases struct {
	midCaps        map[string]bool // capitalised inside a sentence (as written)
	lowerSeen      map[string]bool // written in lower case
	pluralSubjects map[string]bool // right before a plural verb ("Prisons are …")
	// surnames are the words, lower-cased, written after a known first
	// name ("Ted Cruz"): built on first use (surnameWritten), which few
	// articles need.
	surnames map[string]bool
}

// cases is d.words, built on first use.
func (d *document) cases() *wordCases {
	if d.words != nil {
		return d.words
	}
	// The maps are sized for news text (a distinct lower-case word per
	// three tokens, a capitalised one inside a sentence per sixteen):
	// grown from empty, they were a fifth of an extraction's allocations.
	w := &wordCases{midCaps: make(map[string]bool, len(d.toks)/16), lowerSeen: make(map[string]bool, len(d.toks)/3), pluralSubjects: map[string]bool{}}
	for j := range d.toks {
		u := &d.toks[j] // (not a copy of each token)
		if u.kind != tokWord {
			continue
		}
		if u.cap && j > 0 && !d.opensSentence(j) {
			w.midCaps[u.text] = true
		}
		if !u.cap {
			w.lowerSeen[u.lower] = true
		}
		if j+1 < len(d.toks) && pluralVerb(&d.toks[j+1]) {
			w.pluralSubjects[u.lower] = true
		}
	}
	d.words = w
	return w
}

// surnameWritten reports whether the article writes the lower-case word
// w right after a known first name ("Ted Cruz"): a surname.
func (d *document) surnameWritten(w string) bool {
	c := d.cases()
	if c.surnames == nil {
		c.surnames = map[string]bool{}
		for j := 1; j < len(d.toks); j++ {
			u, p := &d.toks[j], &d.toks[j-1]
			if u.kind == tokWord && u.cap && p.kind == tokWord && p.cap && d.lex.firstName(p.lower) {
				c.surnames[u.lower] = true
			}
		}
	}
	return c.surnames[w]
}

// pluralCommonNoun reports whether word t is in the form of a regular
// plural, no group noun or quantity, that the article writes before a
// plural verb ("Prisons are nearly full") or in the singular in lower
// case ("the prison service"): a plural common noun, no one's name.
func (d *document) pluralCommonNoun(t token) bool {
	sg, ok := pluralNounStem(t.lower)
	if !ok || t.in(lexGroupNouns|lexQuantities) {
		return false
	}
	w := d.cases()
	return w.pluralSubjects[t.lower] || w.lowerSeen[sg]
}

// capitalInside reports whether word t has a capital after its first
// letter ("McCain", "NHS"): a name's, or an acronym's.
func capitalInside(t token) bool {
	_, first := utf8.DecodeRuneInString(t.text) // (the first letter may take more than a byte: "Émigré")
	return strings.ToLower(t.text[first:]) != t.text[first:]
}

// commonWordOpener reports whether named mention m, no organisation's
// ("Bank warns …" stays the bank), is one word that
// opens its sentence, that no entity has for a name or a word of its
// name, that the article never writes with a capital inside a sentence
// and that it writes in lower case elsewhere ("Everyone can see …" with
// "… as everyone knows"), or that is an indefinite pronoun
// (lexicon/indefinite-pronouns: "Anyone expecting …") or a pronoun with
// a contracted auxiliary ("I'm", "They're"): the capital is the
// sentence's, the word no name, and the speaker no one an antecedent
// may stand for.
func (es *entities) commonWordOpener(m mention) bool {
	d := es.d
	k := d.tokIndex(m.name.start)
	if k < 0 || k >= len(d.toks) {
		return false
	}
	t := d.toks[k]
	if m.kind == KindOrganization || m.hi != k+1 || t.end != m.name.end || !d.opensSentence(k) || isPossessiveWord(t) || t.in(lexKnownOrgs) || d.lex.firstName(t.lower) {
		return false
	}
	if capitalInside(t) {
		return false // "McCain", "AP": a capital inside is a name's
	}
	w := d.cases()
	if w.midCaps[t.text] || len(es.byLast[t.lower]) > 0 || len(es.byFirst[t.lower]) > 0 || es.byKey[t.lower] != nil {
		return false
	}
	if d.lex.indefinitePronouns[t.lower] || d.pronounContraction(t) {
		return true
	}
	if w.lowerSeen[t.lower] && !d.singularSubjectOfSaid(k) {
		return true
	}
	// "Prisons 'days from running out of space'" over "Prisons are
	// nearly full, …" (a surname in a plural's form, "Wells", is
	// someone's named in full: byLast above).
	return d.pluralCommonNoun(t)
}

// pluralVerb reports whether t is a verb form only a plural subject takes
// ("are", "were", "have" and their negations): no one-word name stands
// before it.
func pluralVerb(t *token) bool {
	switch t.lower {
	case "are", "were", "have", "aren't", "weren't", "haven't", "weren’t", "haven’t":
		return true
	}
	return false
}

// pluralNounStem is the singular of lower when it has the form of a
// regular plural ("prisons", "libraries", "churches"; not "boss",
// "status", "crisis" nor a possessive), and whether it has.
func pluralNounStem(lower string) (string, bool) {
	n := len(lower)
	if n < 4 || lower[n-1] != 's' || strings.ContainsAny(lower, "'’") {
		return "", false
	}
	switch {
	case strings.HasSuffix(lower, "ss") || strings.HasSuffix(lower, "us") || strings.HasSuffix(lower, "is"):
		return "", false
	case strings.HasSuffix(lower, "ies"):
		return lower[:n-3] + "y", true
	case strings.HasSuffix(lower, "ches") || strings.HasSuffix(lower, "shes") || strings.HasSuffix(lower, "xes") || strings.HasSuffix(lower, "sses"):
		return lower[:n-2], true
	}
	return lower[:n-1], true
}

// singularSubjectOfSaid reports whether the word at k, no plural, stands
// right before "said" or "says" ("Shell said on Thursday its profits
// …" beside "the shell company"): a firm's or a person's one-word name
// that the article also writes as a common word, not the capital of a
// sentence's common word.
func (d *document) singularSubjectOfSaid(k int) bool {
	if k+1 >= len(d.toks) {
		return false
	}
	t, n := d.toks[k], d.toks[k+1]
	return !n.cap && (n.lower == "said" || n.lower == "says") && d.isNarration(k+1) && !strings.HasSuffix(t.lower, "s") && t.fn == 0 &&
		!t.in(lexGroupNouns|lexQuantities|lexStopCaps|lexDeterminers|lexVerbModifiers|lexPrepositions|lexConjunctions|lexSubjectPronouns)
}

// pronounContraction reports whether word t is a subject pronoun with a
// contracted auxiliary ("I'm", "They’re", "We've", "You'll"): no name.
func (d *document) pronounContraction(t token) bool {
	l := t.lower
	i := strings.IndexByte(l, '\'')
	if i <= 0 {
		return false
	}
	switch l[i:] {
	case "'m", "'re", "'ve", "'ll", "'d", "'s":
		return d.lex.is(l[:i], lexSubjectPronouns)
	}
	return false
}

// resolveName resolves a named mention to the entity of its fullest name.
func (es *entities) resolveName(m mention, r resolved) resolved {
	d := es.d
	ws := d.firmPossessive(m, nameWords(d.lex, d.text[m.name.start:m.name.end]))
	e := es.lookup(ws, m.kind, d.toks[m.lo].start, d.mentionGender(m))
	if p := es.personOfOrgWord(m, ws); p != nil {
		e = p
	}
	if e == nil {
		e = es.newEntity(ws, m.kind, d.toks[m.lo].start)
		es.addStart(e, d.toks[m.lo].start) // (before it has a role, in no roleGroup)
	}
	es.addMention(e, m)
	es.noteNameGender(e, m, ws)
	e.spoke = true
	if e.kind == KindPerson && len(e.words) == 1 && e.gender == genderUnknown && d.organisationContext(m) {
		es.setKind(e, KindOrganization) // "Halvorsen said its profits …"
	}
	r.e = e
	r.resolution = ResolutionExplicit
	if m.pronoun == "who" {
		r.resolution = ResolutionPronoun
	} else if canonicalName(ws) != e.name {
		r.resolution = ResolutionAlias
	}
	return r
}

// resolveDescriptor resolves a definite description: to the entity whose
// role or name matches it, or to the organisation or person just named
// ("The bank said" after "Harlow Bank"; "The Democratic
// hopeful says …" after "Cole", who is given the role). A person
// named after a preposition earlier in the description's sentence is not
// the one it describes: in "In an interview with Tom Reilly, the party
// leader said", the party leader is not Tom Reilly.
func (es *entities) resolveDescriptor(m mention, described, lastSpeaker *entity, lastPara, para int) *entity {
	d := es.d
	if described != nil {
		return described
	}
	age := ageOfDescription(d, m)
	if e := es.byAge(m, age); e != nil {
		return e
	}
	if m.kind == KindOrganization && d.toks[m.lo].is(fnDefinite) && d.ownedBy(m) == "" {
		if d.relativeAfter(m) {
			return nil // "Transport for London said … The charity that brought the case said": the clause tells another body apart
		}
		return es.organisationDescribed(m, lastSpeaker, lastPara, para)
	}
	if m.kind == KindPerson && d.toks[m.lo].is(fnDefinite) && (!m.role.empty() || age != "") && !d.holdersAide(m) && !d.restrictedDescription(m) {
		p := mention{lo: m.lo, hi: m.hi, pronoun: descriptorPronoun(d, m)}
		except := es.prepositionObjects(m)
		e := es.antecedentExcept(p, lastSpeaker, lastPara, para, except)
		if e != nil && !(e == lastSpeaker && lastPara == para-1 && age != "" && e.age == "") && es.namedInPassing(e, m, para) {
			// (one who spoke in the paragraph before, whose age no one
			// gave, is no one named in passing for an age: "Labour's
			// transport spokeswoman, Ruth Mallory, said the plan was
			// late. ¶ "…," the 52-year-old said")
			// "Rovers manager Henri Castel has criticised the linesman. ¶
			// Midfielder Dean Pryce played at Hull. ¶ "…," the Frenchman
			// said": the story's subject, named before, not the one
			// the story named in passing.
			if alt := es.antecedentExcept(p, lastSpeaker, lastPara, para, append(slices.Clip(except), e)); alt != nil && len(alt.starts) > 0 && alt.starts[0] < e.starts[0] {
				e = alt
			}
		}
		if e != nil {
			if age != "" && e.age != "" && e.age != age {
				return nil // "Ann Cole, 45, … the 19-year-old said": someone else
			}
			if e.role != "" && (d.titledOffice(m) && !d.restatesRole(m, e.role) && !d.makerByWork(m) || es.otherOffice(m, e.role) || d.lesserOffice(m, e) || d.otherNation(d.descriptionWords(m), e.roleWords) || d.officeNotHeld(m, e) || d.otherTeamSide(m, e)) {
				return nil // "Peter Mandel, the MP for Hartlepool, … The Archbishop of Canterbury said": someone else
			}
			if (e.role == "" || d.bareTitle(e.role) && d.placedOffice(m)) && (roleHasHead(d.toks[m.lo:m.hi]) || d.lex.playerNouns[d.toks[m.hi-1].lower]) {
				// "the Republican nominee", "the England international";
				// not "the Australian"; "the Vermont congressman" says
				// more than "Rep.".
				es.setRole(e, d.roleText(m))
			}
			return e
		}
	}
	return nil
}

// otherTeamSide reports whether description m's head and e's stated role
// are of a sports team's two sides: a playing position
// (lexicon/playing-positions) and one who runs the team
// (lexicon/team-staff). No one is both: "the goalkeeper" after "Coach
// Dario Mbeki" is a player the article has not named, "the manager"
// after "striker Tom Hale" someone else.
func (d *document) otherTeamSide(m mention, e *entity) bool {
	head := stemOf(d.toks[m.hi-1].lower)
	player, staff := d.lex.playingPositions[head], d.lex.teamStaff[head]
	if !player && !staff {
		return false
	}
	for _, w := range e.roleWords {
		if player && d.lex.teamStaff[w] || staff && d.lex.playingPositions[w] {
			return true
		}
	}
	return false
}

// namedInPassing reports whether person e, the antecedent description m
// of paragraph para would take, is one the story named in passing: once
// only before m, with a title of their own, in the paragraph before m's,
// a single sentence with no quotation, and no person is named in m's
// paragraph before m; and m says only an age or a nation ("the
// 61-year-old", "the Frenchman"), which the title does not state. Such a
// paragraph says something about another person ("Midfielder Dean Pryce
// played at Hull."); a description after it goes back to whom the story
// is about. (One with a role or an office, "the Wisconsin Republican",
// may well be the one just named: PolNeAR's are.)
func (es *entities) namedInPassing(e *entity, m mention, para int) bool {
	d := es.d
	pos := d.toks[m.lo].start
	if k, _ := slices.BinarySearch(e.starts, pos); k != 1 || e.role == "" || e.describedRole || para < 1 || d.paraOf(e.starts[0]) != para-1 {
		return false
	}
	if i := es.namedBefore(pos); i >= 0 && d.paraOf(es.named[i].pos) == para {
		return false
	}
	pt := d.paraToks[para-1]
	for k := pt[0]; k < pt[1]; k++ {
		t := d.toks[k]
		if t.kind == tokQuote || t.kind == tokPunct && (isSentenceEnd(t.text) && k < pt[1]-1 || strings.ContainsAny(t.text, "\"“”‘’'")) {
			return false
		}
	}
	for k := m.lo + 1; k < m.hi; k++ {
		t := d.toks[k]
		if !isAgeNoun(t) && d.lex.nationOf[t.lower] == "" {
			return false
		}
		// (what e's title or age already states is no sign of someone
		// else: "French midfielder Dean Pryce … the Frenchman said")
		if isAgeNoun(t) && e.age == ageOf(t) {
			return false
		}
		if n := d.lex.nationOf[t.lower]; n != "" && slices.ContainsFunc(e.roleWords, func(w string) bool { return d.lex.nationOf[w] == n }) {
			return false
		}
	}
	return true
}

// restrictedDescription reports whether description m is told apart by
// the clause right after it, with no comma: a relative ("The doctor who
// treated him said", "the officer who led the inquiry") or a participle
// and its object ("the lawyer representing the family"). The clause
// says who is meant, someone the story has not named: no anaphor of the
// person named last, as "the doctor, who …, said" may be (a role that
// matches still finds its holder: byDescriptor).
func (d *document) restrictedDescription(m mention) bool {
	for k := m.lo + 1; k < m.hi; k++ {
		if !d.toks[k-1].in(lexDeterminers) && d.restrictingClauseAt(k) { // ("the acting police chief": an adjective)
			return true // (the phrase holds it: participleModified)
		}
	}
	return m.hi+1 < len(d.toks) && d.isNarration(m.hi) && d.restrictingClauseAt(m.hi)
}

// relativeAfter reports whether a relative clause with no comma follows
// description m right after it, "that" or "which" and a verb ("The
// charity that brought the case said", "the firm which runs the
// trains"): the clause says which body is meant, one the story has not
// named, as restrictedDescription's does of a person.
func (d *document) relativeAfter(m mention) bool {
	k := m.hi
	if k+1 >= len(d.toks) || !d.isNarration(k) {
		return false
	}
	t, n := d.toks[k], d.toks[k+1]
	if t.kind != tokWord || t.cap || t.lower != "that" && t.lower != "which" || n.kind != tokWord || n.cap {
		return false
	}
	return n.in(lexAuxiliaries) || d.pastVerb(n) || strings.HasSuffix(n.lower, "s") && !n.in(lexDeterminers|lexPossessiveDeterminers)
}

// restrictingClauseAt reports whether a clause that tells a description
// apart opens at token k, right after its noun: "who" or "whom", or an
// "-ing" participle before its object.
func (d *document) restrictingClauseAt(k int) bool {
	if k+1 >= len(d.toks) {
		return false
	}
	t, n := d.toks[k], d.toks[k+1]
	if t.kind != tokWord || t.cap || d.toks[k-1].kind != tokWord {
		return false
	}
	if t.lower == "who" || t.lower == "whom" {
		return true
	}
	// ("during", "following": prepositions, no participle)
	return strings.HasSuffix(t.lower, "ing") && !isCue(t) && !t.in(lexPrepositions|lexModifierPreps) && n.kind == tokWord && (n.in(lexDeterminers|lexPossessiveDeterminers) || n.in(lexObjectPronouns) || n.cap)
}

// organisationDescribed resolves a definite description of an
// organisation to the one it stands for, as "it" would, and gives that one
// the description as its role when it has none ("the nation's largest farm
// lobby": what the organisation is).
func (es *entities) organisationDescribed(m mention, lastSpeaker *entity, lastPara, para int) *entity {
	d := es.d
	it := mention{lo: m.lo, hi: m.hi, pronoun: "it"}
	e := es.antecedent(it, lastSpeaker, lastPara, para)
	var others []*entity
	for e != nil && (es.otherKind(m, e) || es.privateForPublic(m, e) || es.publicForPrivate(m, e)) {
		// "Harlow Foods said … The union said": not the firm; an
		// organisation named before it may be the union.
		if others = append(others, e); len(others) > maxOtherKinds {
			return nil
		}
		e = es.antecedentExcept(it, lastSpeaker, lastPara, para, others)
	}
	if h := d.toks[m.hi-1]; e != nil && e.role == "" && m.hi-m.lo >= minDescriptorTokens && !es.namesWordOf(e, m.lo+1, m.hi) && d.orgNounHead(h) && !h.in(lexDocumentNouns) {
		es.setRole(e, d.text[d.toks[m.lo+1].start:d.toks[m.hi-1].end])
		e.rolePos = d.toks[m.lo].start
	}
	return e
}

// namesWordOf reports whether a capitalised word of toks[lo:hi] is a word
// of e's name, or the head is: a description that names the firm ("the
// Harlow firm") states no role of it; one that places it ("the High
// Street retailer") does.
func (es *entities) namesWordOf(e *entity, lo, hi int) bool {
	for _, t := range es.d.toks[lo:hi] {
		if t.cap && (slices.Contains(e.words, t.text) || t.kind != tokWord || t.end == es.d.toks[hi-1].end) {
			return true
		}
	}
	return false
}

// maxOtherKinds is how many organisations of another kind a description
// of one kind passes over to the one it stands for.
const maxOtherKinds = 3

// otherKind reports whether organisation e is of another kind than the
// one description m names (lexicon/body-nouns: "the union", "the
// council"): e's name or role has no word m's head, and a word of e's name
// says it is another kind (another body noun, "Dunmore Council", or a
// firm's head, "Harlow Foods"), or e has a numbered name ("No 10": "the
// council" is not Downing Street). A name that says nothing of its kind
// ("Unite", "the Association of Bus Drivers") may be a union. A public
// body's description (lexicon/public-body-nouns: "the government") is
// read so too, and any public body's word in e's name is of its kind
// ("the Department of Health"; not "the Royal College of Nursing").
func (es *entities) otherKind(m mention, e *entity) bool {
	d := es.d
	head := stemOf(d.toks[m.hi-1].lower)
	public := d.lex.publicBodyNouns[head]
	if !public && !d.lex.is(head, lexBodyNouns) || slices.Contains(strings.Fields(strings.ToLower(e.role)), head) {
		return false
	}
	switch n := es.appositiveBody(e); {
	case n == head:
		return false // "The Harlow League, the union that represents officers, … The union said"
	case n != "":
		return true // (… "the department said": a union, no department)
	}
	// A numbered name ("No 10", "Channel 4") is a thing of its own.
	kind := len(e.words) > 1 && isDigits(e.words[len(e.words)-1])
	for i, w := range e.words {
		lw := strings.ToLower(w)
		if lw == head || public && d.lex.publicBodyNouns[lw] {
			return false
		}
		// (a firm's head only ends its name: the Steel Workers Alliance is
		// no steel firm; "the club" may be "Harlow Rovers", "Ashby FC")
		kind = kind || d.lex.is(lw, lexBodyNouns) || i == len(e.words)-1 && d.lex.is(lw, lexOrgHeadsFinalOnly) && head != "club"
	}
	return kind
}

// maxAppositiveHeadWords is how many words an appositive after a name
// may hold before the body noun appositiveBody looks for ("the largest
// union", "a national teachers' union").
const maxAppositiveHeadWords = 4

// appositiveBody is the body noun (lexicon/body-nouns, public-body-nouns)
// of an appositive after a comma that follows a mention of organisation
// e, before any relative clause, comma or preposition ("the Harlow Police
// League, the union that represents officers,": "union"): what kind of
// body the article says it is, as a role would; "" if none.
func (es *entities) appositiveBody(e *entity) string {
	d := es.d
	for _, sp := range e.mentions {
		k := d.tokIndex(sp.end)
		if k+2 >= len(d.toks) || d.toks[k].text != "," || !d.toks[k+1].in(lexDeterminers) {
			continue
		}
		for j := k + 2; j < len(d.toks) && j < k+2+maxAppositiveHeadWords; j++ {
			t := d.toks[j]
			if t.kind != tokWord || t.cap || t.quote >= 0 || t.is(fnRelative) || t.in(lexPrepositions) {
				break
			}
			if w := stemOf(t.lower); d.lex.is(w, lexBodyNouns) || d.lex.publicBodyNouns[w] {
				if j+1 < len(d.toks) && d.toks[j+1].kind == tokWord && !d.toks[j+1].cap && !d.toks[j+1].is(fnRelative) && !d.toks[j+1].is(fnComplementizer) && !d.toks[j+1].is(fnWho) && !d.toks[j+1].in(lexPrepositions) {
					continue // (a modifier: "the police union")
				}
				return w
			}
		}
	}
	return ""
}

// privateForPublic reports whether description m names a public body
// (lexicon/public-body-nouns: "the ministry", "the government") and
// organisation e is a firm, an outlet or a document by its name or role:
// its name ends in a trade ("Harlow Water"), a word that ends only names
// of firms and outlets ("the Harlow Post", "Tolby Foods"), a medium or a
// document ("… World Report"), or its role is a firm's kind ("the Harlow
// firm") or a medium's.
func (es *entities) privateForPublic(m mention, e *entity) bool {
	d := es.d
	if !d.lex.publicBodyNouns[d.toks[m.hi-1].lower] || len(e.words) == 0 {
		return false
	}
	last := strings.ToLower(e.words[len(e.words)-1])
	if d.lex.publicBodyNouns[last] {
		return false
	}
	if d.lex.tradeNames[last] || d.lex.is(last, lexOrgHeadsFinalOnly|lexMediaNouns|lexDocumentNouns) {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(e.role)) {
		if d.lex.firmKindNouns[w] || d.lex.is(w, lexMediaNouns) {
			return true
		}
	}
	return false
}

// publicForPrivate reports whether description m names a firm by its kind
// (lexicon/firm-kind-nouns: "the company", "the firm"; not "the group",
// which may be anyone's) and organisation e is a public body by its name
// (lexicon/public-body-nouns: "the Justice Department", "the White
// House"): "The Justice Department sued Ticketwell … "…," the company
// said" is not the department, as privateForPublic reads the other way.
func (es *entities) publicForPrivate(m mention, e *entity) bool {
	d := es.d
	head := d.toks[m.hi-1].lower
	if head == "group" || !d.lex.firmKindNouns[head] || len(e.words) == 0 {
		return false
	}
	return d.lex.publicBodyNouns[strings.ToLower(e.words[len(e.words)-1])]
}

// titledOffice reports whether description m names an office by what it
// is of ("the Archbishop of Canterbury", "the MP for Hartlepool"): a title
// that specific describes whoever holds it, not a person named before with
// another role.
func (d *document) titledOffice(m mention) bool {
	return d.titledOfficeLink(m) >= 0
}

// titledOfficeLink is the link ("of", "for") of description m's titled
// office (titledOffice), after its role head; or -1.
func (d *document) titledOfficeLink(m mention) int {
	for k := m.lo + 1; k+1 < m.hi; k++ {
		if t := d.toks[k]; t.is(fnLink) && !t.is(fnAnd) && d.toks[k-1].stem&lexRoleHeads != 0 && d.toks[k+1].cap {
			return k
		}
	}
	return -1
}

// makerByWork reports whether titled office m describes a maker by a
// work whose title follows its "of" (lexicon/maker-roles: "the
// 47-year-old Irish singer of Down the Line"): no office that only one
// body's holder has, so it may describe a person named before with
// another role ("Ann Lake, artistic director of the festival"), as a
// plain description may.
func (d *document) makerByWork(m mention) bool {
	k := d.titledOfficeLink(m)
	return k > m.lo && d.toks[k].is(fnOf) && d.lex.makerRoles[d.toks[k-1].lower]
}

// restatesRole reports whether titled office m restates role r: every
// word of r stands in m, and either its head describes a maker or
// performer (lexicon/maker-roles: "the 58-year-old singer of Purple
// Rain" restates "58-year-old singer", and what it is of tells no other
// office apart) or every word of what the office is of stands in r, the
// body r already names ("the chief executive of Norvik" restates
// "Norvik chief executive" and "chief executive of Norvik"). A bare
// office ("chief executive", "bishop") may be held anywhere: "the
// Bishop of Leeds" after "Tom Reed, the bishop" is someone else.
func (d *document) restatesRole(m mention, r string) bool {
	dw := d.descriptionWords(m)
	rw := strings.Fields(strings.ToLower(r))
	for i, w := range rw {
		if !slices.Contains(dw, w) {
			st, ok := possessiveStem(strings.ReplaceAll(w, "’", "'"))
			if !ok || !slices.Contains(dw, st) {
				return false
			}
			rw[i] = st // ("Norvik's chief executive": the body is Norvik)
		}
	}
	k := d.titledOfficeLink(m)
	if k < 0 || d.lex.makerRoles[d.toks[k-1].lower] {
		return true
	}
	for j := k + 1; j < m.hi; j++ {
		if t := d.toks[j]; t.kind == tokWord && !t.in(lexDeterminers) && !slices.Contains(rw, t.lower) {
			return false
		}
	}
	return true
}

// otherNation reports whether the words dw of a description state a
// country (lexicon/nation-words, a possessive too: "Russia's") and the
// words rw of a person's role state one or more others and not it: "the
// Japanese foreign minister" is not "Chinese Foreign Minister Wang Li",
// "the U.S. envoy" not "Russia's U.N. ambassador"; "Russia's foreign
// minister" may be the Russian one.
func (d *document) otherNation(dw, rw []string) bool {
	var buf [4]string
	said := buf[:0]
	for _, w := range dw {
		if n := d.nationWord(w); n != "" && !slices.Contains(said, n) {
			said = append(said, n)
		}
	}
	if len(said) == 0 {
		return false
	}
	other := false
	for _, w := range rw {
		if n := d.nationWord(w); n != "" {
			if slices.Contains(said, n) {
				return false
			}
			other = true
		}
	}
	return other
}

// nationWord is the country lower-case word w names (lexicon/nation-words),
// without its possessive ending; or "".
func (d *document) nationWord(w string) string {
	if n, ok := d.lex.nationOf[w]; ok {
		return n
	}
	st, _ := possessiveStem(strings.ReplaceAll(w, "’", "'"))
	return d.lex.nationOf[st]
}

// descriptionWords is the lower-case words of description m, without its
// determiners.
func (d *document) descriptionWords(m mention) []string {
	var ws []string
	for k := m.lo; k < m.hi; k++ {
		if t := d.toks[k]; t.kind == tokWord && !t.in(lexDeterminers) {
			ws = append(ws, t.lower)
		}
	}
	return ws
}

// otherOffice reports whether role r, stated of a person, gives another
// office than the one description m names ("the minister" after "Tory MP
// Ken Darby", "the chancellor" after "shadow chancellor Ann Hale"):
// lexicon/offices, titles abbreviated or not. A former office may be
// anyone's ("the former president" of a party's chairman).
func (es *entities) otherOffice(m mention, r string) bool {
	d := es.d
	head := stemOf(d.toks[m.hi-1].lower)
	if !d.lex.is(head, lexOffices) || slices.ContainsFunc(d.toks[m.lo:m.hi], func(t token) bool { return t.is(fnFormer) }) {
		return false
	}
	same, other, qualified := false, false, false
	for _, w := range strings.Fields(strings.ToLower(d.spelledOut(r))) {
		same = same || w == head
		other = other || d.lex.is(w, lexOffices)
		qualified = qualified || d.lex.is(w, lexOtherOfficeWords) && !d.descriptionHas(m, w)
	}
	return same && qualified || other && !same
}

// officeNotHeld reports whether description m names an office
// (lexicon/offices) that e's stated role does not: e's role has no word
// for it and the description is the bare office ("the chancellor" after
// "Paul Jones, director of the Fiscal Institute"; "the Vermont senator"
// places someone the article may have described otherwise), or has it
// with none of the department words the
// description gives ("the health secretary" after "Mick Whelan, general
// secretary of the drivers' union"). A role that says what someone is
// does not take another office; a description that only adds to it may
// ("the Democrat", "the former prosecutor", "the 45-year-old": no office).
func (d *document) officeNotHeld(m mention, e *entity) bool {
	head := stemOf(d.toks[m.hi-1].lower)
	if !d.lex.is(head, lexOffices) || len(e.roleWords) == 0 || slices.ContainsFunc(d.toks[m.lo:m.hi], func(t token) bool { return t.is(fnFormer) }) {
		return false
	}
	if !slices.Contains(e.roleWords, head) {
		for k := m.lo + 1; k < m.hi; k++ {
			if d.toks[k].cap {
				return false // "the Vermont senator" after "former Democratic candidate": a description that adds to the role
			}
		}
		for _, w := range e.roleWords {
			if d.lex.is(w, lexOffices) || d.lex.titleAbbrevs[w] != "" {
				return false // another office's word: otherOffice decides
			}
		}
		return true
	}
	for _, w := range d.descriptionWords(m) {
		if d.lex.departmentWords[w] && !slices.Contains(e.roleWords, w) {
			return true
		}
	}
	return false
}

// lesserOffice reports whether description m qualifies a role head of
// e's role with a word that makes another office of it
// (lexicon/other-office-words) and e's role lacks that word: "the deputy
// minister" after "Minister Tom Pike", "the assistant coach" after
// "Harlow coach Ann Cole", "the vice president" after "President Ruth
// Adler" are someone else, whatever the head (otherOffice reads the
// other way round, and offices alone: "the chancellor" is not the shadow
// chancellor).
func (d *document) lesserOffice(m mention, e *entity) bool {
	for k := m.lo; k < m.hi; k++ {
		q := d.toks[k]
		if q.kind != tokWord || !q.in(lexOtherOfficeWords) || slices.Contains(e.roleWords, q.lower) {
			continue
		}
		for j := k + 1; j < m.hi && !d.toks[j].in(lexPrepositions); j++ {
			if t := d.toks[j]; t.stem&lexRoleHeads != 0 && slices.Contains(e.roleWords, t.lower) {
				return true // (the head the qualifier makes another office of)
			}
		}
	}
	return false
}

// bareTitle reports whether role r is one abbreviated title alone
// ("Rep.", "Sen."), with its party and state if any.
func (d *document) bareTitle(r string) bool {
	f := strings.Fields(r)
	return len(f) > 0 && d.lex.titleAbbrevs[strings.ToLower(f[0])] != "" && (len(f) == 1 || len(f) == 2 && strings.HasPrefix(f[1], "("))
}

// placedOffice reports whether description m names an office with its
// place ("the Vermont congressman", "the Ohio governor"): the fuller form
// of a title.
func (d *document) placedOffice(m mention) bool {
	if m.hi-m.lo < minDescriptorTokens || d.toks[m.hi-1].stem&lexRoleHeads == 0 {
		return false
	}
	for k := m.lo + 1; k < m.hi-1; k++ {
		if t := d.toks[k]; t.stem&lexPlaces != 0 || t.cap && t.stem&(lexRoleModifiers|lexRoleHeads|lexOrgHeads|lexKnownOrgs) == 0 {
			return true // (a capitalised word that is no party, title or organisation is a place)
		}
	}
	return false
}

// ageOfDescription is the age a description states ("19" in "the
// 19-year-old"), or "".
func ageOfDescription(d *document, m mention) string {
	for k := m.lo; k < m.hi; k++ {
		if isAgeNoun(d.toks[k]) {
			return ageOf(d.toks[k])
		}
	}
	return ""
}

// byAge resolves "the 47-year-old" (or "the 47-year-old striker") to the
// person named last before it with that age.
func (es *entities) byAge(m mention, age string) *entity {
	d := es.d
	if age == "" {
		return nil
	}
	start := es.namedBefore(d.toks[m.lo].start)
	for i := start; i >= 0 && i > start-antecedentWindow; i-- {
		if e := es.named[i].e; e.age == age && e.kind == KindPerson {
			return e
		}
	}
	return nil
}

// subjectInParagraph is the person a description refers to when a
// sentence of its paragraph, before it, has that person as its subject
// ("Sam Ortiz weighed in, teasing Reilly at a dinner. … the former
// president said"): a description names the person the paragraph is
// about, not the last speaker named in passing.
func (es *entities) subjectInParagraph(m mention, para int) *entity {
	pos := es.d.toks[m.lo].start
	g := pronounGender(m.pronoun)
	start := es.namedBefore(pos)
	for i := start; i >= 0 && i > start-antecedentWindow && es.d.paraOf(es.named[i].pos) == para; i-- {
		n := es.named[i]
		if n.subject && n.e.kind == KindPerson && n.e.agrees(g) && n.e.antecedentable() {
			return n.e
		}
	}
	return nil
}

// descriptionGender is the gender the words of description m give ("the
// chairwoman"), read in a stack buffer as mentionGender reads a name.
func (d *document) descriptionGender(m mention) gender {
	var words [8]string
	return genderOf(d.lex, appendFields(words[:0], d.text[d.toks[m.lo].start:d.toks[m.hi-1].end]))
}

// descriptorPronoun is the pronoun a person's description stands for, by
// the gender its words give: "he" for "the chairman", "she" for "the
// chairwoman", and for "the Ohio Republican" one of either gender ("who"
// agrees with both).
func descriptorPronoun(d *document, m mention) string {
	switch d.descriptionGender(m) {
	case genderFemale:
		return "she"
	case genderMale:
		return "he"
	}
	return "who"
}

// antecedentWindow is how many name mentions back a pronoun looks beyond
// its own paragraph.
const antecedentWindow = 200

// antecedent resolves a pronoun: the previous speaker when that one is near,
// else the nearest preceding sentence subject, else the nearest name.
func (es *entities) antecedent(m mention, lastSpeaker *entity, lastPara, para int) *entity {
	return es.antecedentExcept(m, lastSpeaker, lastPara, para, nil)
}

// holdersAide reports whether description m is of someone who works for
// the holder of a role it names in the possessive ("the former
// minister's spokeswoman", "the senator's aide"): an unnamed person, not
// the holder.
func (d *document) holdersAide(m mention) bool {
	for k := m.lo; k < m.hi-1; k++ {
		if t := d.toks[k]; !t.cap && strings.HasSuffix(t.lower, "'s") && t.stem&lexRoleHeads != 0 {
			return true
		}
	}
	return false
}

// prepositionObjects are the people named after a preposition in the
// sentence of mention m, before it ("with hosts Tom Reilly and Ann Cole",
// "according to Ann Cole"; not "After Tom Reilly won"), or after the
// gerund of a phrase that opens it ("After meeting Ms Cole, …").
func (es *entities) prepositionObjects(m mention) []*entity {
	d := es.d
	ulo := d.unitAt(m.lo).lo
	var out []*entity
	start := es.namedBefore(d.toks[m.lo].start)
	for i := start; i >= 0 && i > start-antecedentWindow && es.named[i].lo >= ulo; i-- {
		if n := es.named[i]; d.afterPreposition(n.lo, ulo) && !d.verbAfter(n.hi) || d.frontedGerundObject(n, ulo, m.lo) {
			out = append(out, n.e)
		}
	}
	return out
}

// frontedGerundObject reports whether the name n is the object of a
// gerund that opens the unit starting at ulo, alone or after a
// preposition, in a phrase a comma closes before the mention at mlo
// ("After meeting Ms Cole on Monday, the minister said", "Thanking Tom
// Hale, the chairman said"): whom the subject met or thanked, no one
// the subject's description names.
func (d *document) frontedGerundObject(n namedMention, ulo, mlo int) bool {
	if n.lo <= ulo {
		return false // (a name that opens the unit has no gerund before it)
	}
	g := n.lo - 1
	for g > ulo && g >= n.lo-2 && d.toks[g].kind == tokWord && (d.toks[g].in(lexHonorifics) || d.toks[g].in(lexDeterminers)) {
		g--
	}
	t := d.toks[g]
	if t.kind != tokWord || t.cap && g != ulo || !strings.HasSuffix(t.lower, "ing") || len(t.lower) < minGerundLen {
		return false
	}
	if g != ulo && !(g-1 == ulo && d.toks[ulo].in(lexPrepositions)) {
		return false
	}
	for k := n.hi; k < mlo; k++ {
		if d.toks[k].text == "," {
			return true
		}
	}
	return false
}

// maxPrepositionReach is how many words of a noun phrase (titles,
// other names and "and") may stand between a preposition and a name it
// governs.
const maxPrepositionReach = 8

// maxAppositionReach is how far back afterPreposition looks from a name
// in apposition, past the role it names and that role's own phrase.
const maxAppositionReach = 14

// afterPreposition reports whether a preposition governs the name that
// starts at token k, within a unit starting at ulo: one stands before it,
// with only capitalised words, role words (singular or plural),
// determiners and "and" between; or a name after a comma in apposition
// to a role that a preposition governs ("sent to the chief prosecutor
// for Franklin County, Sam Ortiz": to whom, not who).
func (d *document) afterPreposition(k, ulo int) bool {
	comma, role := false, false
	reach := maxPrepositionReach
	for j := k - 1; j >= ulo && j >= k-reach; j-- {
		t := d.toks[j]
		switch {
		case t.text == "," && !comma && j == k-1:
			comma, reach = true, maxAppositionReach
		case t.kind != tokWord:
			return false
		case t.in(lexPrepositions):
			if !comma || role {
				return true
			}
		case comma && !t.cap && t.stem&lexRoleHeads != 0:
			role = true
		case t.cap || t.is(fnAnd) || t.in(lexDeterminers) || npWord(t) || d.pluralRoleHead(t):
		default:
			return false
		}
	}
	return false
}

// verbAfter reports whether a lower-case word that may be a verb follows
// the name ending before token k: the name is then the subject of a
// clause ("After Tom Reilly won, …"), not the object of a preposition.
func (d *document) verbAfter(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	t := d.toks[k]
	return t.kind == tokWord && !t.cap && !t.is(fnAnd|fnLink) && !t.in(lexPrepositions|lexConjunctions) && !npWord(t) && !d.pluralRoleHead(t)
}

// pluralRoleHead reports whether t is the plural of a role head ("hosts").
func (d *document) pluralRoleHead(t token) bool {
	return !t.cap && isPluralRoleHead(d.lex, t.lower)
}

// antecedentExcept is antecedent, never one of the entities in except.
func (es *entities) antecedentExcept(m mention, lastSpeaker *entity, lastPara, para int, except []*entity) *entity {
	pos := es.d.toks[m.lo].start
	want := KindPerson
	if m.pronoun == "it" {
		want = KindOrganization
	}
	if m.pronoun == "they" && lastSpeaker != nil && lastSpeaker.kind == KindGroup && para-lastPara <= 1 {
		return lastSpeaker // "Ann Cole and Tom Reilly said … \"…,\" they said"
	}
	if m.pronoun == "they" || m.pronoun == "we" {
		return nil
	}
	g := pronounGender(m.pronoun)
	fits := func(e *entity) bool {
		return e.kind == want && e.agrees(g) && e.antecedentable() && !slices.Contains(except, e)
	}
	if lastSpeaker != nil && fits(lastSpeaker) && para-lastPara <= 1 {
		return es.lastSpeakerOrNewSubject(pos, para, lastSpeaker, fits)
	}
	inPara := func(e *entity) bool {
		return fits(e) || want == KindOrganization && e.kind == want && e.nounNamed && !slices.Contains(except, e)
	}
	if e := es.inParagraph(pos, para, inPara); e != nil {
		return es.genderedSince(e, m, para, g, fits)
	}
	if es.quoteOpensParagraph(pos, para) {
		// "Their daughter, Emma Doe, 23, keeps the accounts. ¶ "…," she
		// said": the one the narration just introduced
		start := es.namedBefore(pos)
		for i := start; i >= 0 && i > start-antecedentWindow && es.d.paraOf(es.named[i].pos) >= para-1; i-- {
			if n := es.named[i]; es.introducedBefore(n, para, g, lastSpeaker, fits) {
				return n.e
			}
		}
	}
	if e := es.subjectBefore(pos, fits); e != nil {
		return e
	}
	if lastSpeaker != nil && fits(lastSpeaker) {
		return lastSpeaker
	}
	return nil
}

// genderedSince returns e, the pronoun m's antecedent in its paragraph,
// unless e's gender is unknown and a person whose gender is the
// pronoun's was named after e in e's sentence, a sentence before the
// pronoun's, and no gendered pronoun between them ("Lewis Park met Jen
// Rowe. "…," she said": Rowe; a first name no list knows gives no
// gender, one the lists know says who "she" is).
func (es *entities) genderedSince(e *entity, m mention, para int, g gender, fits func(*entity) bool) *entity {
	if g == genderUnknown || e.gender != genderUnknown || e.kind != KindPerson {
		return e
	}
	d := es.d
	pos := d.toks[m.lo].start
	since := lastMention(e, pos)
	if since < 0 {
		return e
	}
	u := d.unitAt(d.tokIndex(since))
	if m.lo < u.hi {
		return e
	}
	start := es.namedBefore(pos)
	for i := start; i >= 0 && i > start-antecedentWindow; i-- {
		n := es.named[i]
		if n.pos <= since || d.paraOf(n.pos) != para {
			break
		}
		if n.lo < u.hi && n.e != e && n.e.gender == g && fits(n.e) {
			// (A gendered pronoun between may be e's own: "Given Cole's
			// lead, he should back Ann Ortiz.")
			for k := d.tokIndex(since); k < n.lo; k++ {
				if pronounGender(d.toks[k].lower) != genderUnknown {
					return e
				}
			}
			return n.e
		}
	}
	return e
}

// lastSpeakerOrNewSubject returns the last speaker, unless another person
// was named since the last attribution in the pronoun's paragraph ("Her
// counterpart, Sen. Walter Briggs, was less upbeat. … he said"). A person
// named in the words of a report ("Reilly said Sam Ortiz was wrong. But
// he said …") or after a preposition ("in and around Tacoma") is
// not one.
func (es *entities) lastSpeakerOrNewSubject(pos, para int, lastSpeaker *entity, fits func(*entity) bool) *entity {
	d := es.d
	since := lastMention(lastSpeaker, pos)
	stop := func(n namedMention) bool { return n.pos <= since || d.paraOf(n.pos) < para-1 }
	quoteOpens := es.quoteOpensParagraph(pos, para)
	pk := d.tokIndex(pos)
	g := pronounGender(d.toks[pk].lower)
	pu := d.unitAt(pk)
	namedHere := func(e *entity) bool { // ("…," he told Rubio: the hearer is no speaker)
		for _, sp := range e.mentions {
			if sp.start >= d.toks[pu.lo].start && sp.start < d.toks[pu.hi-1].end && sp.start != pos {
				return true
			}
		}
		return false
	}
	named := func(n namedMention) bool {
		if d.paraOf(n.pos) != para {
			// ("Tom Reilly said … the Irish star is unbeaten. ¶ "…," he
			// said": a description that closes the paragraph before is
			// who the pronoun opening the next one is.)
			return n.described && fits(n.e) && n.e != lastSpeaker || quoteOpens && es.introducedBefore(n, para, g, lastSpeaker, fits) && !namedHere(n.e)
		}
		return fits(n.e) && n.e != lastSpeaker && !d.toks[n.lo].reported && !(n.e.kind == KindPerson && d.afterPreposition(n.lo, d.unitAt(n.lo).lo) && !d.verbAfter(n.hi))
	}
	// ("Brandt joined Harlow at …, he said": the subject)
	if e := es.subjectOrNearest(pos, stop, named); e != nil && !es.inSpeakersPredicate(pos, e, lastSpeaker) {
		return e
	}
	return lastSpeaker
}

// quoteOpensParagraph reports whether the paragraph para, where the
// pronoun at byte pos is, opens with a quotation mark and the paragraph
// before it holds none: a quote paragraph right after one of narration
// alone.
func (es *entities) quoteOpensParagraph(pos, para int) bool {
	d := es.d
	if para < 2 || para >= len(d.paraToks) {
		return false
	}
	lo, plo, phi := d.paraToks[para][0], d.paraToks[para-1][0], d.paraToks[para-1][1]
	if lo >= len(d.toks) || !d.isOpenMark(lo) || d.toks[lo].start > pos {
		return false
	}
	for k := plo; k < phi; k++ {
		if d.toks[k].quote >= 0 {
			return false
		}
	}
	return true
}

// introducedBefore reports whether n, in the paragraph of narration
// before a quote paragraph whose pronoun is being resolved, introduces
// a person of the pronoun's gender g (known: by a pronoun or a first
// name) as a sentence's subject, alone or set
// off after the description that opens it ("Their daughter, Emma Doe,
// 23, keeps the accounts. ¶ "…," she said."): the pronoun is that person,
// not the last speaker, named before it.
func (es *entities) introducedBefore(n namedMention, para int, g gender, lastSpeaker *entity, fits func(*entity) bool) bool {
	d := es.d
	if g == genderUnknown || d.paraOf(n.pos) != para-1 || n.e == lastSpeaker || n.e.kind != KindPerson || !fits(n.e) || d.toks[n.lo].reported {
		return false
	}
	if n.e.gender != g && !(n.e.gender == genderUnknown && n.e.nameGender == g) {
		return false
	}
	if n.subject {
		return true
	}
	u := d.unitAt(n.lo)
	if n.lo < 2 || d.toks[n.lo-1].text != "," {
		return false
	}
	m, ok := d.npBefore(n.lo-2, u.lo)
	return ok && m.lo == u.lo && !m.named()
}

// inSpeakersPredicate reports whether the nearest mention of e before pos
// is no subject and stands in a sentence whose subject is speaker, named
// or described ("Tom Hale criticized … In a statement, the Ohio
// Republican dismissed Cole's plan. He says …": Hale; a name after the
// speaker's verb is what the speaker spoke of, no new subject).
func (es *entities) inSpeakersPredicate(pos int, e, speaker *entity) bool {
	d := es.d
	start := es.namedBefore(pos)
	for i := start; i >= 0 && i > start-antecedentWindow; i-- {
		n := es.named[i]
		if n.e != e {
			continue
		}
		if n.subject {
			return false
		}
		u := d.unitAt(n.lo)
		if f := d.toks[u.lo]; f.cap && u.lo < n.lo && len(speaker.words) > 1 && strings.EqualFold(f.text, es.surname(speaker.words)) {
			return true // ("Ortiz on Monday met Peter Boyd. He said": a surname that opens the sentence)
		}
		for j := i - 1; j >= 0 && es.named[j].lo >= u.lo; j-- {
			if o := es.named[j]; o.e == speaker && o.subject {
				return true
			}
		}
		return false
	}
	return false
}

// inParagraph is the antecedent within the pronoun's paragraph: a subject
// first, then the nearest name.
func (es *entities) inParagraph(pos, para int, fits func(*entity) bool) *entity {
	stop := func(n namedMention) bool { return es.d.paraOf(n.pos) != para }
	return es.subjectOrNearest(pos, stop, func(n namedMention) bool { return fits(n.e) })
}

// subjectBefore is the nearest sentence subject before pos, else the
// nearest name, within antecedentWindow names. A sentence-initial surname
// of an earlier paragraph is none: across paragraphs the antecedent is a
// name that surely is one.
func (es *entities) subjectBefore(pos int, fits func(*entity) bool) *entity {
	para := es.d.paraOf(pos)
	// (A sentence-initial surname of the paragraph just before is one:
	// "Reilly was asked … ¶ "…," he said.")
	return es.subjectOrNearest(pos, nil, func(n namedMention) bool { return (!n.initial || es.d.paraOf(n.pos) == para-1) && fits(n.e) })
}

// subjectOrNearest walks the names before pos back, at most
// antecedentWindow of them and until stop says so (nil: never), and
// returns the first sentence subject that ok keeps, else the nearest name
// it keeps, else nil.
func (es *entities) subjectOrNearest(pos int, stop, ok func(namedMention) bool) *entity {
	var nearest *entity
	start := es.namedBefore(pos)
	for i := start; i >= 0 && i > start-antecedentWindow; i-- {
		n := es.named[i]
		if stop != nil && stop(n) {
			break
		}
		if !ok(n) || es.organisationsObject(n) {
			continue
		}
		if n.subject {
			return n.e
		}
		if nearest == nil {
			nearest = n.e
		}
	}
	return nearest
}

// organisationsObject reports whether name mention n is an organisation
// that is no subject, in a sentence whose subject is another organisation,
// named or "it" ("Oxfam said … It criticised the Home Office. It added
// …": Oxfam; the organisation acted on is no antecedent of "it").
func (es *entities) organisationsObject(n namedMention) bool {
	d := es.d
	if n.subject || n.e.kind != KindOrganization {
		return false
	}
	u := d.unitAt(n.lo)
	if u.lo < n.lo && d.toks[u.lo].is(fnIt) && u.lo+1 < n.lo && d.toks[u.lo+1].kind == tokWord && !d.toks[u.lo+1].cap {
		return true
	}
	lo := u.lo
	// By its key, not a scan of every entity: this runs for each of up
	// to antecedentWindow names a pronoun looks back over.
	if f := d.toks[lo]; f.cap && lo < n.lo {
		if o := es.byKey[f.lower]; o != nil && o != n.e && o.kind == KindOrganization && len(o.words) == 1 && o.words[0] == f.text {
			return true // ("Oxfam said …": a one-word name that opens its sentence is indexed only as a surname)
		}
	}
	for j := es.namedBefore(d.toks[n.lo].start); j >= 0 && es.named[j].lo >= lo; j-- {
		if o := es.named[j]; o.lo < n.lo && o.subject && o.e != n.e && o.e.kind == KindOrganization {
			return true
		}
	}
	return false
}

// conflicts reports whether descriptor words dw cannot describe a role r:
// a distinguishing word of dw (lexicon/distinguishing-words) is missing
// from r, or r is another office (lexicon/other-office-words: a "vice" or
// "shadow" role) and dw is not.
func (es *entities) conflicts(dw, r []string) bool {
	for _, w := range dw {
		// ("the health secretary" is not "general secretary of Aslef":
		// a department the description names, the role does not)
		if (es.d.lex.is(w, lexDistinguishing) || es.d.lex.departmentWords[w]) && !slices.Contains(r, w) {
			return true
		}
	}
	for _, w := range r {
		if es.d.lex.is(strings.ToLower(w), lexOtherOfficeWords) && !slices.Contains(dw, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// namedOwner is the owner description m names by name in the possessive
// ("blair" in "Tony Blair's official spokesman"), or after the "of" that
// follows its head ("harbor" in "the executive director of the Harbor
// Board", which is not the executive director of another body named
// before); or "".
func (d *document) namedOwner(m mention) string {
	var owner string
	for k := m.lo; k < m.hi-1; k++ {
		if t := d.toks[k]; t.cap && isPossessiveWord(t) {
			owner, _ = possessiveStem(t.lower)
		}
	}
	if owner != "" || isPossessiveWord(d.toks[m.hi-1]) {
		return owner
	}
	k := m.hi
	if k+1 < len(d.toks) && d.toks[k].lower == "of" {
		k++
		if d.toks[k].is(fnDefinite) {
			k++
		}
		if k < len(d.toks) && d.toks[k].kind == tokWord && d.toks[k].cap && d.isNarration(k) {
			owner, _ = possessiveStem(d.toks[k].lower)
		}
	}
	return owner
}

// otherOwner reports whether description m, whose named owner is owner
// (namedOwner), names its holder's owner and role r names another one:
// "Tony Blair's official spokesman" is not the Liberal Democrat Treasury
// spokesman named before (but "Ann Hale's campaign manager" may be the
// campaign manager named before).
func (d *document) otherOwner(m mention, owner, r string) bool {
	if owner == "" {
		return false
	}
	other := false
	for _, w := range strings.Fields(r) {
		lw := lowerWord(w)
		first, _ := utf8.DecodeRuneInString(w)
		named := unicode.IsUpper(first)
		if st, ok := possessiveStem(lw); ok {
			lw = st
		}
		if lw == owner {
			return false
		}
		other = other || named && d.lex.titleAbbrevs[lw] == "" && !d.descriptionHas(m, lw)
	}
	return other
}

// describedText is what of entity e a description m is matched against:
// an organisation's name, a person's stated role; ok is false when e is of
// another kind or has none, or is an organisation that is not the office
// of holder (ownedBy).
func (es *entities) describedText(m mention, holder string, e *entity) (string, bool) {
	d := es.d
	switch {
	case m.kind == KindOrganization && e.kind == KindOrganization:
		text := strings.ToLower(e.name)
		if holder != "" && !strings.Contains(text, holder) {
			return "", false // "the prime minister's office" is not the Home Office (nameHolds)
		}
		if len(e.made) > 0 && d.toks[m.lo].is(fnDefinite) {
			text += " " + strings.Join(e.made, " ") // ("the poll" after "a Ledger poll"; "Polls show" is any)
		}
		return text, true
	case m.kind == KindPerson && e.kind == KindPerson && e.role != "":
		return strings.ToLower(d.spelledOut(e.role)), true
	}
	return "", false
}

// ownedBy is the office holder a description names in the possessive
// ("minister" in "the prime minister's office"; "" when it names none, or
// an organisation: "the campaign's statement" is the campaign's).
func (d *document) ownedBy(m mention) string {
	for k := m.hi - 2; k >= m.lo; k-- {
		if t := d.toks[k]; t.kind == tokWord && isPossessiveWord(t) {
			if t.stem&lexRoleHeads == 0 {
				return ""
			}
			return stemOf(t.lower)
		}
	}
	return ""
}

// descriptionHas reports whether description m has the word w (lower case).
func (d *document) descriptionHas(m mention, w string) bool {
	for k := m.lo; k < m.hi; k++ {
		if d.toks[k].lower == w {
			return true
		}
	}
	return false
}

// otherPlace reports whether a place among descriptor words dw is missing
// from role words r.
func (es *entities) otherPlace(dw, r []string) bool {
	for _, w := range dw {
		if es.d.lex.is(w, lexPlaces) && !slices.Contains(r, w) {
			return true
		}
	}
	return false
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

// setKind sets e's kind, and indexes it for byDescriptor.
func (es *entities) setKind(e *entity, kind string) {
	e.kind = kind
	es.indexDescribable(e)
	es.regroup(e)
}

// withSynonyms is the words ws of a role and, after them, the other
// words for a title among them (lexicon/title-synonyms: "the pontiff"
// describes "Pope Leo", "the monarch" "King Edmund"), and a possessive
// owner's word without its "'s" ("the Harrow chief executive" is
// "Harrow's chief executive"), so a description finds the holder by
// either.
func (d *document) withSynonyms(ws []string) []string {
	n := len(ws)
	if d.cabinetSecretary(ws) && !slices.Contains(ws, "minister") {
		ws = append(ws, "minister") // "the minister" is "Education Secretary Bridget Phillipson"
	}
	for _, w := range ws[:n] {
		for _, s := range d.lex.titleSynonyms[w] {
			if !slices.Contains(ws, s) {
				ws = append(ws, s)
			}
		}
		// "Harrow's chief executive" is "the Harrow chief executive"
		if st, ok := possessiveStem(strings.ReplaceAll(w, "’", "'")); ok && st != "" && !slices.Contains(ws, st) {
			ws = append(ws, st)
		}
	}
	return ws
}

// cabinetSecretary reports whether the role words ws name a British
// Secretary of State, who is a minister: "secretary" after a field of
// lexicon/cabinet-secretaries ("education secretary", "home secretary")
// or before "of state" ("secretary of state for education"). A press,
// general or permanent secretary is none, and a shadow one holds no
// office (conflicts keeps "shadow" apart).
func (d *document) cabinetSecretary(ws []string) bool {
	for i, w := range ws {
		if w != "secretary" {
			continue
		}
		if i > 0 && d.lex.cabinetSecretaries[ws[i-1]] || i+2 < len(ws) && ws[i+1] == "of" && ws[i+2] == "state" {
			return true
		}
	}
	return false
}

// setRole sets e's role, and indexes it for byDescriptor.
func (es *entities) setRole(e *entity, role string) {
	e.role = role
	words := es.d.withSynonyms(appendFields(nil, strings.ToLower(es.d.spelledOut(role))))
	if es.d.bareTitle(role) {
		e.titleWords = words
	}
	// A title written with the name stays a description of e when an
	// appositive gives the role: "Sen. Thomas Bale, a member of the
	// Appropriations Committee, warned …" is still "the senator". Any
	// other role replaced is gone ("a former mayor of Leeds, is now the
	// education secretary": no longer "the mayor").
	for _, w := range e.titleWords {
		if !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	e.roleWords = words
	es.indexDescribable(e)
	es.regroup(e)
}

// indexDescribable puts e in orgs or roled, in list order, once it is an
// organisation or a person with a role.
func (es *entities) indexDescribable(e *entity) {
	switch {
	case e.kind == KindOrganization && !e.inOrgs:
		e.inOrgs = true
		es.orgs = insertByIdx(es.orgs, e)
		if es.orgsByWord != nil {
			es.indexOrgWords(e, true)
		}
		for h, hs := range es.holderOrgs {
			if nameHolds(e, h) {
				es.holderOrgs[h] = insertByIdx(hs, e)
			}
		}
	case e.kind == KindPerson && e.role != "" && !e.inRoled:
		e.inRoled = true
		es.roled = insertByIdx(es.roled, e)
	}
}

// regroup puts e in the group of its role when it is a person with a
// role, and takes it out of the one it was in.
func (es *entities) regroup(e *entity) {
	role := ""
	if e.kind == KindPerson {
		role = e.role
	}
	if g := e.group; g != nil {
		if g.role == role {
			return
		}
		g.members = slices.DeleteFunc(g.members, func(x *entity) bool { return x == e })
		g.stale, e.group = true, nil
	}
	if role == "" {
		return
	}
	if es.roleGroups == nil {
		es.roleGroups, es.groupsByWord = map[string]*roleGroup{}, map[string][]*roleGroup{}
	}
	g := es.roleGroups[role]
	if g == nil {
		g = &roleGroup{role: role}
		es.roleGroups[role] = g
		for i, w := range e.roleWords {
			if !slices.Contains(e.roleWords[:i], w) {
				es.groupsByWord[w] = append(es.groupsByWord[w], g)
			}
		}
	}
	g.members = insertByIdx(g.members, e)
	g.stale, e.group = true, g
}

// lastMentioned is the member of g whose last name mention before pos is
// the latest, the first in list order of two mentioned there, and where;
// nil and -1 when none is mentioned before pos.
func (es *entities) lastMentioned(g *roleGroup, pos int) (*entity, int) {
	if g.stale {
		g.starts = g.starts[:0]
		for _, e := range g.members {
			for _, p := range e.starts {
				g.starts = append(g.starts, entityStart{p, e})
			}
		}
		slices.SortFunc(g.starts, func(a, b entityStart) int {
			if a.pos != b.pos {
				return a.pos - b.pos
			}
			return a.e.idx - b.e.idx
		})
		g.stale = false
	}
	k, _ := slices.BinarySearchFunc(g.starts, pos, func(s entityStart, p int) int { return s.pos - p })
	if k == 0 {
		return nil, -1
	}
	p := g.starts[k-1].pos
	for k > 1 && g.starts[k-2].pos == p {
		k--
	}
	return g.starts[k-1].e, p
}

// insertByIdx inserts e into s, sorted by idx: at the end, for all but an
// entity that changes kind or gains a role after others were named.
func insertByIdx(s []*entity, e *entity) []*entity {
	k := len(s)
	for k > 0 && s[k-1].idx > e.idx {
		k--
	}
	return slices.Insert(s, k, e)
}

// description is what byDescriptor reads of a description m: its head
// word, its words (no determiner), where it stands, and the owner and the
// office holder it names.
type description struct {
	m         mention
	head      string
	words     []string
	pos, para int
	// partyHead: "the Oregon Republican": a party named with a place is a
	// member of that state's party, not any Republican.
	partyHead     bool
	owner, holder string
}

// byDescriptor resolves "the former Latvian president" or "the ministry" to
// the named entity whose stated role or name shares its head noun; the most
// shared words win.
func (es *entities) byDescriptor(m mention) *entity {
	d := es.d
	ds := description{m: m, head: strings.TrimSuffix(d.toks[m.hi-1].lower, "'s"), pos: d.toks[m.lo].start, words: d.descriptionWords(m)}
	ds.partyHead = d.toks[m.hi-1].in(lexRoleModifiers) && !d.toks[m.hi-1].in(lexRoleHeads)
	ds.para = d.paraOf(ds.pos)
	ds.owner, ds.holder = d.namedOwner(m), d.ownedBy(m)
	switch m.kind {
	case KindPerson:
		if len(es.groupsByWord[ds.head]) > maxDescribedCands {
			return es.scanDescribed(ds, es.describedNear(ds, func(e *entity) bool {
				return e.kind == KindPerson && e.role != "" && slices.Contains(e.roleWords, ds.head)
			}))
		}
		if e, ok := es.byRoleDescriptor(ds); ok {
			if e == nil {
				e = es.orgByRoleHead(ds)
			}
			return e
		}
		if e := es.scanDescribed(ds, es.roled); e != nil {
			return e
		}
		return es.orgByRoleHead(ds)
	case KindOrganization:
		e, ok, cands := es.byOrgDescriptor(ds)
		if ok {
			return e
		}
		return es.scanDescribed(ds, cands)
	}
	return nil // (describedText reads people and organisations only)
}

// definiteOrgNoun reports whether description m is definite and its
// lower-case head names an organisation by its kind too ("the
// regulator": lexicon/generic-org-nouns).
func (d *document) definiteOrgNoun(m mention) bool {
	h := d.toks[m.hi-1]
	return !h.cap && h.in(lexGenericOrgNouns) && d.toks[m.lo].is(fnDefinite)
}

// itAfterCue reports whether description m, whose lower-case head also
// names an organisation by its kind (lexicon/generic-org-nouns: "the
// regulator"), is the subject of a cue right after it whose report
// opens with "it", after an optional "that" ("The regulator said it
// would act"): the report speaks of the body itself, as a person would
// with "he" or "she".
func (d *document) itAfterCue(m mention) bool {
	if !d.definiteOrgNoun(m) || m.hi+1 >= len(d.toks) || !isCue(d.toks[m.hi]) {
		return false
	}
	k := m.hi + 1
	if d.toks[k].lower == "that" && k+1 < len(d.toks) {
		k++
	}
	return d.toks[k].lower == "it" && d.toks[k].kind == tokWord
}

// orgByRoleHead is, for a person's description ds whose head also names
// an organisation by its kind ("the regulator": lexicon/role-heads and
// lexicon/generic-org-nouns), the organisation last named with that head
// in its role before it ("The postal regulator Postcom said … ¶ The
// regulator said"), within describedWindow names; or nil. It is asked
// only when no person holds a role with the head: the description is the
// organisation, no nameless person.
func (es *entities) orgByRoleHead(ds description) *entity {
	d := es.d
	if !d.definiteOrgNoun(ds.m) || ds.holder != "" {
		return nil
	}
	start := es.namedBefore(ds.pos)
	for i := start; i >= 0 && i > start-describedWindow; i-- {
		if e := es.named[i].e; e.kind == KindOrganization && slices.Contains(e.roleWords, ds.head) {
			return e
		}
	}
	return nil
}

// maxDescribedCands: past so many roles (of people) or organisations
// with a description's head that it may mean, the description reads only
// those named near it (describedNear), not every one: an article that
// names a hundred councils is a list, not a story whose "the council" can
// mean the first of them, and testing each for every description would
// grow with the square of the article's length.
const maxDescribedCands = 64

// describedWindow is how many mentions before a description, and after
// it, describedNear reads, and how many name mentions of organisations
// with its head byOrgDescriptor walks back over: a long story's worth.
const describedWindow = 64

// describedNear is, in list order, the entities that has accepts among
// those mentioned in the describedWindow mentions before description ds
// and in as many after it, up to the paragraph after its own (those
// named later are not meant: namedLater).
func (es *entities) describedNear(ds description, has func(*entity) bool) []*entity {
	var near []*entity
	add := func(e *entity) {
		if has(e) {
			near = append(near, e)
		}
	}
	start := es.namedBefore(ds.pos)
	for i := start; i >= 0 && i > start-describedWindow; i-- {
		add(es.named[i].e)
	}
	for i := start + 1; i < len(es.named) && i <= start+describedWindow; i++ {
		if es.d.paraOf(es.named[i].pos) > ds.para+1 {
			break
		}
		add(es.named[i].e)
	}
	slices.SortFunc(near, func(a, b *entity) int { return a.idx - b.idx })
	return slices.Compact(near)
}

// scanDescribed is byDescriptor's answer from cands, in list order: the
// one with the most words of the description, of several the one
// mentioned last (mostRecent). Every entity whose role or name has the
// description's head must be among cands.
func (es *entities) scanDescribed(ds description, cands []*entity) *entity {
	m := ds.m
	var best *entity
	var ties []*entity
	bestScore := 0
	// a person's score (-1: no match) depends on its role only: kept for
	// the next person with the same role (many may hold it)
	var memoRole string
	memoScore, memoOK := 0, false
	for _, e := range cands {
		if e.kind != m.kind || m.kind == KindPerson && e.role == "" {
			continue // (describedText reads only these: a cheap test before paraOf's search)
		}
		var score int
		if m.kind == KindPerson && memoOK && e.role == memoRole {
			if es.namedLater(ds, e) {
				continue
			}
			score = memoScore // the same role as the person before: the same test
		} else {
			score = es.describedScore(ds, e)
			if score == lateScore {
				continue
			}
			if m.kind == KindPerson {
				memoOK, memoRole, memoScore = true, e.role, score
			}
		}
		if score < 0 {
			continue
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
		return mostRecent(ties, ds.pos)
	}
	return best
}

// lateScore is describedScore's answer for an entity named only
// paragraphs after the description (namedLater).
const lateScore = -2

// namedLater reports whether e is named only paragraphs after description
// ds: "the farm lobby" is not a group named at the end (a headline speaks
// of the story to come). A person first named past the description's
// sentence, after a preposition, is named later too: "The singer told
// the paper … The last festival included appearances by singer Jo Marr"
// speaks of someone named before, not of Marr, whom the preposition's
// phrase brings in (in the description's paragraph: one further on may
// be a new story's); a later sentence's subject or a title's holder may
// be who the description is ("The judge said … Judge Ellery paused").
func (es *entities) namedLater(ds description, e *entity) bool {
	if e.first < ds.pos || ds.para == 0 {
		return false
	}
	d := es.d
	p := d.paraOf(e.first)
	if p > ds.para+1 {
		return true
	}
	if ds.m.kind != KindPerson || p != ds.para || e.first < d.toks[d.unitAt(ds.m.lo).hi-1].end {
		return false
	}
	k := d.tokIndex(e.first)
	return d.afterPreposition(k, d.unitAt(k).lo)
}

// describedScore is how many words of description ds the role or the name
// of e has (describedText), or -1 when they do not match: e's has no head
// of ds, or a word that conflicts; lateScore when e is named only later
// (namedLater), or is of another kind.
func (es *entities) describedScore(ds description, e *entity) int {
	m := ds.m
	if e.kind != m.kind || m.kind == KindPerson && e.role == "" || es.namedLater(ds, e) {
		return lateScore
	}
	var twBuf [16]string // its words (on the stack)
	tw := e.roleWords
	if m.kind != KindPerson {
		text, ok := es.describedText(m, ds.holder, e)
		if !ok {
			return -1
		}
		tw = appendFields(twBuf[:0], text)
	}
	return es.wordsScore(ds, tw, e.role)
}

// wordsScore is how many words of description ds the words tw of a role
// or a name have, or -1 when they do not match: no head of ds, a word
// that conflicts, another place after a party head, or another owner of
// role.
func (es *entities) wordsScore(ds description, tw []string, role string) int {
	if !slices.Contains(tw, ds.head) || es.conflicts(ds.words, tw) || es.d.otherNation(ds.words, tw) || ds.partyHead && es.otherPlace(ds.words, tw) || es.d.otherOwner(ds.m, ds.owner, role) {
		return -1
	}
	score := 0
	for _, w := range ds.words {
		if slices.Contains(tw, w) {
			score++
		}
	}
	return score
}

// byRoleDescriptor is byDescriptor for a description of a person, read off
// the role groups with its head: each role is tested once, and of the
// people who hold it only the one mentioned last before pos and the first
// in list order can win (mostRecent), so its time does not grow with the
// number who hold it. A best score of 0 (the head alone, in the
// possessive: "the town spokesman's") is an answer only when two people or
// more tie on it, as in the scan over every holder. ok is false when a
// holder mentioned before pos was named only after it: the scan decides.
func (es *entities) byRoleDescriptor(ds description) (best *entity, ok bool) {
	bestScore, bestPos := -1, -1
	var bestFirst *entity // the first in list order of those tied, when none was mentioned before pos
	tied := 0             // how many tie on bestScore, counted up to 2 (for a score of 0)
	for _, g := range es.groupsByWord[ds.head] {
		if len(g.members) == 0 {
			continue
		}
		score := es.wordsScore(ds, g.members[0].roleWords, g.role)
		if score < 0 || score < bestScore {
			continue
		}
		last, lastPos := es.lastMentioned(g, ds.pos)
		if last != nil && es.namedLater(ds, last) {
			return nil, false // (named first after a mention: the scan decides)
		}
		var first *entity
		if last == nil {
			for _, e := range g.members {
				if !es.namedLater(ds, e) {
					first = e
					break
				}
			}
			if first == nil {
				continue // (all named only paragraphs later)
			}
		}
		if score > bestScore {
			bestScore, best, bestPos, bestFirst, tied = score, nil, -1, nil, 0
		}
		if score == 0 {
			for _, e := range g.members {
				if tied >= 2 {
					break
				}
				if !es.namedLater(ds, e) {
					tied++
				}
			}
		}
		switch {
		case last != nil && (lastPos > bestPos || lastPos == bestPos && last.idx < best.idx):
			best, bestPos = last, lastPos
		case last == nil && (bestFirst == nil || first.idx < bestFirst.idx):
			bestFirst = first
		}
	}
	if bestScore == 0 && tied < 2 {
		return nil, true // (one alone with the head only is no answer)
	}
	if best == nil {
		best = bestFirst
	}
	return best, true
}

// addStart records a name mention of e at pos, after every name in the
// narration was indexed (a speaker's name that nothing else gives): the
// last of e's starts.
func (es *entities) addStart(e *entity, pos int) {
	e.starts = append(e.starts, pos)
	for _, w := range e.orgWords {
		p := es.orgsByWord[w]
		k, _ := slices.BinarySearchFunc(p.starts, entityStart{pos, e}, compareStarts)
		p.starts = slices.Insert(p.starts, k, entityStart{pos, e})
	}
}

// compareStarts orders an orgPosting's starts: by place, and of two at
// one place the later in list order first.
func compareStarts(a, b entityStart) int {
	if a.pos != b.pos {
		return a.pos - b.pos
	}
	return b.e.idx - a.e.idx
}

// orgPostingOf is the organisations indexed under w, nil when none is;
// the index is built on first use, from orgs.
func (es *entities) orgPostingOf(w string) *orgPosting {
	if es.orgsByWord == nil {
		es.orgsByWord = map[string]*orgPosting{}
		for _, e := range es.orgs {
			es.indexOrgWords(e, false)
		}
		for _, p := range es.orgsByWord {
			slices.SortFunc(p.starts, compareStarts)
		}
	}
	return es.orgsByWord[w]
}

// indexOrgWords indexes organisation e under each word of its name and of
// the documents it makes that it is not indexed under yet; its starts go
// in their place when sorted, else at the end (sorted once all are in).
func (es *entities) indexOrgWords(e *entity, sorted bool) {
	var buf [16]string
	ws := appendFields(buf[:0], strings.ToLower(e.name))
	for _, n := range e.made {
		ws = appendFields(ws, n)
	}
	for _, w := range ws {
		if slices.Contains(e.orgWords, w) {
			continue
		}
		e.orgWords = append(e.orgWords, w)
		p := es.orgsByWord[w]
		if p == nil {
			p = &orgPosting{}
			es.orgsByWord[w] = p
		}
		p.orgs = insertByIdx(p.orgs, e)
		for _, pos := range e.starts {
			k := len(p.starts)
			if sorted {
				k, _ = slices.BinarySearchFunc(p.starts, entityStart{pos, e}, compareStarts)
			}
			p.starts = slices.Insert(p.starts, k, entityStart{pos, e})
		}
	}
}

// maxScannedOrgs: up to so many organisations whose names have a
// description's head are all tested (scanDescribed); past it,
// byOrgDescriptor tests one by one only those indexed under a word of the
// description that at most so many have.
const maxScannedOrgs = 8

// byOrgDescriptor is byDescriptor for a description of an organisation,
// read off orgsByWord. The organisations with a rare word of the
// description (indexed under few) are scored one by one; any other can
// score at most the head and the common words, and of those that do the
// one mentioned last before the description is the one to beat: the walk
// back over the head's name mentions finds it, so "The council said" after
// a new council in every sentence is the council named last, found at
// once (when none named before it does, the scan decides). A best score
// of 0 (the head alone, in the possessive: "the campaign's") is an answer
// only when two or more tie on it, as in the scan. ok is false when scanDescribed
// must decide, from cands: few names have the head, or none of the others
// scores the most (which of them scores most, the scan tells).
func (es *entities) byOrgDescriptor(ds description) (best *entity, ok bool, cands []*entity) {
	p := es.orgPostingOf(ds.head)
	if p == nil {
		return nil, true, nil // (no name has the head)
	}
	if len(p.orgs) <= maxScannedOrgs {
		return nil, false, p.orgs
	}
	if ds.holder != "" {
		// "The mayor's council said" after a new council in every
		// sentence: of them only those whose names hold "mayor" can be
		// meant (describedText), and the scan reads those
		if hs := es.holderOrgsOf(ds.holder); len(hs) < len(p.orgs) {
			return nil, false, es.orgsToScan(ds, hs)
		}
	}
	type scored struct {
		e     *entity
		score int
	}
	var few []scored // those with a rare word
	most := 0        // the best score of the others, at most
	for i, w := range ds.words {
		if slices.Contains(ds.words[:i], w) {
			continue
		}
		n := 0
		for _, x := range ds.words {
			if x == w {
				n++
			}
		}
		q := p
		if w != ds.head {
			q = es.orgsByWord[w]
		}
		if q == nil {
			continue
		}
		if len(q.orgs) > maxScannedOrgs {
			most += n
			continue
		}
		for _, e := range q.orgs {
			if !slices.ContainsFunc(few, func(s scored) bool { return s.e == e }) {
				few = append(few, scored{e, es.describedScore(ds, e)})
			}
		}
	}
	inFew := func(e *entity) bool { return slices.ContainsFunc(few, func(s scored) bool { return s.e == e }) }
	bestScore := -1
	for _, s := range few {
		bestScore = max(bestScore, s.score)
	}
	var ties []*entity
	tied := 0 // how many of the others tie on a best score of 0, up to 2
	if bestScore <= most && !es.othersConflict(ds) {
		// Of the others that score most, the one mentioned last before
		// the description.
		k, _ := slices.BinarySearchFunc(p.starts, ds.pos, func(s entityStart, pos int) int { return s.pos - pos })
		var last *entity
		for end := k - describedWindow; k > max(end, 0); {
			k--
			if e := p.starts[k].e; !inFew(e) && es.describedScore(ds, e) == most {
				last = e
				break
			}
		}
		if last == nil {
			// none of those named in the window before the description
			// scores most: which of the others, the scan tells (a walk
			// over p.orgs first would read them all twice)
			return nil, false, es.orgsToScan(ds, p.orgs)
		}
		if most == 0 {
			for _, e := range p.orgs {
				if inFew(e) || es.describedScore(ds, e) != most {
					continue
				}
				if tied++; tied == 2 {
					break
				}
			}
		}
		bestScore = most
		ties = append(ties, last)
	}
	if bestScore < 0 {
		return nil, true, nil // (every one conflicts: "the former harbour council" is none of them)
	}
	for _, s := range few {
		if s.score == bestScore {
			ties = append(ties, s.e)
			tied++
		}
	}
	if bestScore == 0 && tied < 2 {
		return nil, true, nil // (one alone with the head only is no answer)
	}
	slices.SortFunc(ties, func(a, b *entity) int { return a.idx - b.idx })
	return mostRecent(ties, ds.pos), true, nil
}

// orgsToScan is what of orgs (in list order), the organisations with
// description ds's head that it may mean, scanDescribed reads: all of
// them, or past maxDescribedCands those named near ds (describedNear).
func (es *entities) orgsToScan(ds description, orgs []*entity) []*entity {
	if len(orgs) <= maxDescribedCands {
		return orgs
	}
	return es.describedNear(ds, func(e *entity) bool {
		k, ok := slices.BinarySearchFunc(orgs, e.idx, func(o *entity, idx int) int { return o.idx - idx })
		return ok && orgs[k] == e
	})
}

// holderOrgsOf is holderOrgs[h], built from orgs on first use.
func (es *entities) holderOrgsOf(h string) []*entity {
	if hs, ok := es.holderOrgs[h]; ok {
		return hs
	}
	if es.holderOrgs == nil {
		es.holderOrgs = map[string][]*entity{}
	}
	var hs []*entity
	for _, e := range es.orgs {
		if nameHolds(e, h) {
			hs = append(hs, e)
		}
	}
	es.holderOrgs[h] = hs
	return hs
}

// nameHolds reports whether organisation e's name holds office holder h,
// as describedText tests it on the name it has lowered already ("the prime minister's office" can be only an
// organisation whose name holds "minister").
func nameHolds(e *entity, h string) bool {
	return strings.Contains(strings.ToLower(e.name), h)
}

// othersConflict reports whether byOrgDescriptor's others (those with the
// head and no rare word of description ds) all score -1: ds has a word
// that every organisation it describes must have (conflicts: "former",
// "new"; a place after a party head) and that few organisations have, or
// none. "The former council said" after a new council in every sentence
// then needs no walk over every council named before it.
func (es *entities) othersConflict(ds description) bool {
	for _, w := range ds.words {
		if w == ds.head || !es.d.lex.is(w, lexDistinguishing) && !(ds.partyHead && es.d.lex.is(w, lexPlaces)) {
			continue
		}
		if q := es.orgsByWord[w]; q == nil || len(q.orgs) <= maxScannedOrgs {
			return true // (those that have it are all among the few)
		}
	}
	return false
}

// oneOfGroup is the role of "One" standing alone as the subject that
// opens its sentence when the sentence before opens with a plural
// description of people ("Some former workers criticised the closure on
// Monday. One told the Courier …"): one of them, a person
// whose role is the description in the singular ("former worker").
func (d *document) oneOfGroup(m mention) (string, bool) {
	t := d.toks[m.lo]
	if m.hi-m.lo != 1 || !t.cap || t.lower != "one" || !d.opensSentence(m.lo) || m.lo == 0 {
		return "", false
	}
	u := d.unitAt(m.lo)
	if u.lo != m.lo || u.lo == 0 {
		return "", false
	}
	prev := d.unitAt(u.lo - 1)
	if prev.para != u.para {
		return "", false
	}
	p, _, ok := d.npAfter(prev.lo, prev.hi)
	if !ok || p.named() || p.pronoun != "" || p.lo != prev.lo {
		return "", false
	}
	b := p.lo
	for b < p.hi-1 && (d.toks[b].in(lexDeterminers|lexQuantities) || d.toks[b].is(fnApproximator)) {
		b++ // "Some former workers": the role is "former worker"
	}
	h := d.toks[p.hi-1]
	sing := strings.TrimSuffix(h.lower, "s")
	if b == p.lo || h.cap || sing == h.lower || !d.lex.is(sing, lexRoleHeads) || !d.narrationWords(b, p.hi) {
		return "", false
	}
	return d.text[d.toks[b].start:h.start] + h.text[:len(h.text)-1], true
}

// initialism reports whether token k is a name written as an initialism,
// two to six capital letters in narration that is not itself in capitals
// ("ITV", "RSPCA", "TUC"): a body's name, as news copy names people in
// full. A place ("US", "UK") has its own kind, a role ("MP", "PM", "CEO")
// is a person's, roman numerals are no name, and a surname in capitals is
// a transcript's speaker ("FALLIN:") or a heading's, which the article
// writes as a name elsewhere. One spelled out in the apposition after it
// ("NWRA, the Northern Water Regulation Authority,") is read with that
// name, as before.
func (d *document) initialism(k int) bool {
	t := d.toks[k]
	if t.kind != tokWord || len(t.text) < 2 || len(t.text) > maxInitialism || !d.isNarration(k) || t.stem&(lexPlaces|lexRoleHeads) != 0 || t.in(lexPlaces|lexRoleHeads|lexHonorifics) || d.lex.titleAbbrevs[t.lower] != "" || d.lex.firstName(t.lower) || romanNumeral(t.text) {
		return false
	}
	for i := 0; i < len(t.text); i++ {
		if c := t.text[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	if k+1 < len(d.toks) && d.toks[k+1].text == ":" || d.cases().midCaps[t.text[:1]+strings.ToLower(t.text[1:])] || d.spelledOutAfter(k) {
		return false
	}
	for _, j := range [2]int{k - 1, k + 1} { // (a heading in capitals: "NEW HAMPSHIRE SHOWS")
		if j >= 0 && j < len(d.toks) && d.toks[j].kind == tokWord && len(d.toks[j].text) > 1 && isUpperWord(d.toks[j].text) {
			return false
		}
	}
	return true
}

// spelledOutAfter reports whether the initialism at k is followed by a
// comma and the name it stands for, whose capitalised words' initials
// spell it ("NWRA, the Northern Water Regulation Authority,").
func (d *document) spelledOutAfter(k int) bool {
	w := d.toks[k].text
	j := k + 2
	if j >= len(d.toks) || d.toks[k+1].text != "," {
		return false
	}
	if d.toks[j].is(fnDefinite) {
		j++
	}
	var initials []byte
	for ; j < len(d.toks) && d.toks[j].kind == tokWord && len(initials) < 2*maxInitialism; j++ {
		if t := d.toks[j]; t.cap {
			initials = append(initials, t.text[0])
		} else if !t.in(lexTitleFunctionWords) {
			break
		}
	}
	// The initialism's letters, in order, among its words' initials: an
	// initialism may leave words out ("NWRA, the North West Rail and Air
	// Authority").
	i := 0
	for _, c := range initials {
		if i < len(w) && c == w[i] {
			i++
		}
	}
	return len(initials) >= 2 && initials[0] == w[0] && i == len(w)
}

// maxInitialism is the longest initialism read as a body's name.
const maxInitialism = 6

// romanNumeral reports whether w is written in roman numerals ("II", "XIV").
func romanNumeral(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		default:
			return false
		}
	}
	return true
}
