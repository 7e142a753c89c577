package extractor

import (
	"slices"
	"strings"
)

// Quote types, as in the record.
const (
	TypeDirect   = "direct"
	TypeMixed    = "mixed"
	TypeIndirect = "indirect"
)

// Resolutions say how a quote's speaker was found.
const (
	ResolutionExplicit     = "explicit"
	ResolutionPronoun      = "pronoun"
	ResolutionContinuation = "continuation"
	ResolutionAlias        = "alias"
	ResolutionDescriptor   = "descriptor"
)

// frame is one attribution clause: a cue verb and its speaker.
type frame struct {
	cue, cueHi int // token range of the cue
	class      cueClass
	speaker    mention
	clLo, clHi int // token range of speaker + cue (+ object and modifiers)
	inverted   bool
	participle bool
	// coordinated: "… and said": only with another attribution in the unit.
	coordinated bool
	according   bool
	produced    bool // the frame gave an attribution
	colon       bool // "X said:" closing the unit
}

// found is one attribution before speakers are resolved.
type found struct {
	segs       []span
	typ        string
	speaker    *mention
	cue        span
	resolution string // continuation, or "" to be decided by resolution
	para       int
	form       string // which rule found it: for confidence
}

func (f *found) start() int { return f.segs[0].start }

// attribute runs the attribution rules over the whole document.
func (d *document) attribute() []found {
	var out []found
	var pending *found // "X said:" at the end of a paragraph
	ui := 0
	turns := make([]*found, len(d.paras))
	nturns := 0
	for p := range d.paras {
		if turns[p] = d.transcript(p); turns[p] != nil {
			nturns++
		}
	}
	for p := range d.paras {
		first := len(out)
		var colon *found
		for ; ui < len(d.units) && d.units[ui].para == p; ui++ {
			u := d.units[ui]
			frames := d.findFrames(u)
			for fi := range frames {
				if f := d.applyFrame(u, frames, fi, &out); f != nil {
					colon = f
				}
			}
		}
		// A transcript has several labelled turns; a lone "Correction: …"
		// or section header is not one.
		if t := turns[p]; t != nil && nturns >= 2 && (len(out) == first || !overlaps(out[first].segs[0], t.segs[0])) {
			out = append(out, *t)
			for qi := d.paraQ[p][0]; qi < d.paraQ[p][1]; qi++ {
				if overlaps(d.quotes[qi].content, t.segs[0]) {
					d.quotes[qi].used = true
				}
			}
		}
		sortFound(out[first:])
		out = d.leftovers(p, first, out, pending)
		pending = colon
	}
	if h := d.headline(); h != nil && (len(out) == 0 || !overlaps(out[0].segs[0], h.segs[0])) {
		out = append([]found{*h}, out...)
	}
	return out
}

func sortFound(fs []found) {
	slices.SortStableFunc(fs, func(a, b found) int { return a.start() - b.start() })
}

func overlaps(a, b span) bool { return a.start < b.end && b.start < a.end }

// findFrames finds the attribution clauses of a unit.
func (d *document) findFrames(u unit) []frame {
	toks := d.toks
	var frames []frame
	for i := u.lo; i < u.hi; i++ {
		t := toks[i]
		if t.kind != tokWord || !d.isNarration(i) {
			continue
		}
		if t.lower == "according" && i+1 < u.hi && toks[i+1].lower == "to" {
			m, end, ok := d.npAfter(i+2, u.hi)
			// "according to figures from the Office for National Statistics"
			if ok && end+1 < u.hi && (toks[end].lower == "from" || toks[end].lower == "by" || toks[end].lower == "of" || toks[end].lower == "at") {
				if m2, end2, ok2 := d.npAfter(end+1, u.hi); ok2 && m2.named() {
					m, end = m2, end2
				}
			}
			if ok && end < u.hi && toks[end].text != "," && toks[end].text != "." && i == u.lo {
				ok = false // the phrase goes on: take it whole, below
			}
			if !ok {
				// "According to a 52-count civil complaint filed by …, the …":
				// the source runs to the comma.
				for e := i + 2; e < u.hi && e < i+40 && d.isNarration(e); e++ {
					if toks[e].text == "," || (e+1 == u.hi || isSentenceEnd(toks[e].text)) && i > u.lo {
						if e > i+2 {
							m, end, ok = d.analyzeNP(i+2, e), e, true
						}
						break
					}
				}
			}
			if ok && end+1 < u.hi && toks[end].text == "," {
				// "according to an analysis by Lily Batchelder, a former tax aide."
				k := end + 1
				for k < u.hi && d.isNarration(k) && toks[k].text != "," && !(toks[k].kind == tokPunct && isSentenceEnd(toks[k].text)) {
					k++
				}
				if r := d.appositiveRole(end+1, k); !r.empty() && (k == u.hi || toks[k].kind == tokPunct && isSentenceEnd(toks[k].text)) {
					m.role = r
					end = k
				}
			}
			if ok {
				frames = append(frames, frame{cue: i, cueHi: i + 2, class: cueSpeech, speaker: m, clLo: i, clHi: end, according: true})
				i = end - 1
			}
			continue
		}
		class, ok := cueForms[t.lower]
		if !ok || !d.verbUse(i, u) {
			continue
		}
		f := frame{cue: i, cueHi: i + 1, class: class, clLo: i, clHi: i + 1}
		if i+1 < u.hi && t.in(lexParticleVerbs) && (toks[i+1].lower == "for" || toks[i+1].lower == "on") {
			f.cueHi = i + 2 // "called for a moratorium": the particle belongs to the cue
		}
		if d.attachSpeaker(&f, u) {
			frames = append(frames, f)
		}
	}
	// Participles take the subject of the clause they hang from: the
	// nearest other frame of the unit, or the unit's opening noun phrase.
	for k := range frames {
		f := &frames[k]
		if !f.participle {
			continue
		}
		if f.coordinated {
			// "I laughed and said": the subject of the verb before "and".
			j := f.cue - 1
			for j > u.lo && d.toks[j].lower != "and" {
				j--
			}
			if j-2 >= u.lo && d.toks[j-1].kind == tokWord && !d.toks[j-1].cap {
				if m, ok := d.npBefore(j-2, u.lo); ok && (m.named() || m.pronoun != "") {
					f.speaker = m
					continue
				}
			}
		}
		for dist := 1; dist < len(frames); dist++ {
			if k-dist >= 0 && !frames[k-dist].participle {
				f.speaker = frames[k-dist].speaker
				break
			}
			if k+dist < len(frames) && !frames[k+dist].participle && frames[k+dist].cue > f.cue {
				f.speaker = frames[k+dist].speaker
				break
			}
		}
		if f.speaker.hi == 0 && !f.coordinated {
			if m, _, ok := d.npAfter(u.lo, u.hi); ok && (m.named() || m.pronoun != "") && m.hi <= f.cue {
				f.speaker = m
			}
		}
	}
	// A belief verb with a bare description for subject ("the plan shows",
	// "the data suggest") is rarely an attribution anyone quotes.
	return slices.DeleteFunc(frames, func(f frame) bool {
		return f.speaker.hi == 0 || f.class == cueBelief && !f.speaker.named() && f.speaker.pronoun == "" && f.speaker.kind != KindGroup && f.speaker.kind != KindPerson
	})
}

// verbUse reports whether the cue word at i is used as a verb: not after a
// determiner ("the report"), not part of a name ("Washington Post"), not an
// infinitive of purpose.
func (d *document) verbUse(i int, u unit) bool {
	t := d.toks[i]
	if t.cap && i > u.lo && !(d.isCloseMark(i-1) || d.toks[i-1].text == "," || isDash(d.toks[i-1].text)) {
		return false
	}
	if i > u.lo {
		p := d.toks[i-1]
		if p.in(lexDeterminers) || strings.HasSuffix(p.lower, "'s") || p.lower == "to" {
			return false
		}
	}
	if i+1 < u.hi && d.toks[i+1].lower == "by" { // passive: "was called by"
		return false
	}
	return true
}

// attachSpeaker finds the speaker of the cue at f.cue: the subject before
// it, the subject after it ("said Peskov"), or, for a participle after a
// comma, none yet (filled from the main clause).
func (d *document) attachSpeaker(f *frame, u unit) bool {
	toks := d.toks
	i := f.cue
	j := i - 1
	for j >= u.lo && d.isNarration(j) && toks[j].kind == tokWord && toks[j].in(lexVerbModifiers) {
		j--
	}
	if (strings.HasSuffix(toks[i].lower, "ing") && f.class == cueSpeech && (j < u.lo || toks[j].text == "," || isDash(toks[j].text))) || (j >= u.lo && toks[j].lower == "and" && d.isNarration(j)) {
		f.participle = true
		f.coordinated = toks[i].lower != "" && !strings.HasSuffix(toks[i].lower, "ing")
		d.finishClause(f, u)
		return true
	}
	if j >= u.lo && toks[j].text == "," && d.isNarration(j) {
		// "Peskov, the Kremlin spokesman, said"; "Scott Pruitt, the attorney
		// general of Oklahoma, one of the states suing the EPA, said".
		commas, seg := 0, j
		var role span
		for p := j - 1; p > u.lo && j-p < 40 && d.isNarration(p) && commas < 3; p-- {
			if toks[p].text != "," {
				continue
			}
			commas++
			if m, end, ok := d.npAfter(p+1, seg); ok && end == seg && m.named() && m.kind == KindPerson && commas == 1 {
				// "The city's cultural secretary, Beatriz Conceição, said"
				if r, ok := d.npBefore(p-1, u.lo); ok && !r.named() && r.pronoun == "" && r.kind == KindPerson {
					m.role = span{d.toks[r.lo].start, d.toks[p-1].end}
					if d.toks[r.lo].in(lexDeterminers) && r.lo+1 < p {
						m.role.start = d.toks[r.lo+1].start
					}
				}
				f.speaker = m
				f.clLo = m.lo
				d.finishClause(f, u)
				return true
			}
			if r := d.appositiveRole(p+1, seg); !r.empty() {
				role = r
			}
			if m, ok := d.npBefore(p-1, u.lo); ok && (m.named() || m.pronoun != "") && (m.lo == u.lo || !npWord(toks[m.lo-1]) || d.isCloseMark(m.lo-1)) {
				if !role.empty() {
					m.role = role
				} else if seg-p <= 3 && isPartyState(d.text[toks[p+1].start:toks[seg-1].end]) {
					m.party = span{toks[p+1].start, toks[seg-1].end} // "Mitch McConnell, R-Ky., said"
				} else if toks[p+1].lower != "who" && !isDigitStart(toks[p+1].text) && commas == 1 {
					break
				}
				f.speaker = m
				f.clLo = m.lo
				d.finishClause(f, u)
				return true
			}
			seg = p
		}
	}
	if j >= u.lo {
		if m, ok := d.npBefore(j, u.lo); ok {
			m = d.headBeforeModifier(m, u.lo)
			if m.pronoun == "who" { // "Smith, who ..., said": the antecedent
				if a, ok := d.npBefore(m.lo-2, u.lo); ok && m.lo-1 >= u.lo && toks[m.lo-1].text == "," && a.named() {
					a.lo, a.hi = m.lo, m.hi // the verbatim mention stays "who"
					m = a
					m.pronoun = "who"
				}
			}
			f.speaker = m
			f.clLo = m.lo
			d.finishClause(f, u)
			return true
		}
	}
	// Inverted: `"...," said Peskov.` or `..., said the ministry.`
	if j < u.lo || toks[j].text == "," || isDash(toks[j].text) || d.isCloseMark(j) || toks[j].text == ":" {
		if m, end, ok := d.npAfter(i+1, u.hi); ok && m.pronoun != "it" {
			f.inverted = true
			f.speaker = m
			f.clHi = end
			if end < u.hi && toks[end].text == "," {
				// ", the Kremlin spokesman." closing the sentence
				k := end + 1
				for k < u.hi && d.isNarration(k) && toks[k].text != "," && !(toks[k].kind == tokPunct && isSentenceEnd(toks[k].text)) {
					k++
				}
				if r := d.appositiveRole(end+1, k); !r.empty() {
					f.speaker.role = r
					f.clHi = k
				}
			}
			d.finishClause(f, u)
			return true
		}
	}
	return false
}

// isPartyState reports a party and state abbreviation: "R-Ky.", "D-Calif".
func isPartyState(s string) bool {
	return len(s) >= 4 && (s[0] == 'R' || s[0] == 'D' || s[0] == 'I') && s[1] == '-' && s[2] >= 'A' && s[2] <= 'Z'
}

// headBeforeModifier: when the noun phrase before a cue is the object of a
// preposition ("Protesters marching through the streets chanted",
// "officials in Washington said"), the speaker is the phrase it modifies.
func (d *document) headBeforeModifier(m mention, lo int) mention {
	toks := d.toks
	p := m.lo - 1
	if m.pronoun != "" || p-1 < lo || !toks[p].in(lexModifierPreps) || toks[p].lower == "to" || (m.named() && m.kind == KindPerson) {
		return m
	}
	e := p - 1
	if t := toks[e]; t.kind == tokWord && !t.cap && strings.HasSuffix(t.lower, "ing") && e-1 >= lo {
		e-- // "marching through …"
	}
	h, ok := d.npBefore(e, lo)
	if !ok || h.pronoun != "" || (!h.named() && h.kind == KindUnknown) {
		return m
	}
	return h
}

// finishClause extends the clause over the hearer of a tell verb ("told
// Reuters") and over modifiers that end at a delimiter ("on Wednesday,").
func (d *document) finishClause(f *frame, u unit) {
	toks := d.toks
	k := f.clHi
	if f.inverted {
		k = max(k, f.cueHi)
	} else {
		k = f.cueHi
	}
	if toks[f.cue].in(lexTellVerbs) && k < u.hi && d.isOpenMark(k) {
		// the hearer is a show: `told "State of the Union" that …`
		if qi := d.quoteOfMark(k); qi >= 0 && !d.quotes[qi].openEnded && d.isTitle(qi) {
			k = d.quotes[qi].tokHi + 1
		}
	} else if toks[f.cue].in(lexTellVerbs) && k < u.hi {
		if m, end, ok := d.npAfter(k, u.hi); ok {
			_ = m
			k = end
		} else if w := toks[k].lower; w == "him" || w == "her" || w == "them" || w == "us" || w == "me" || w == "reporters" {
			k++
		}
	}
	f.clHi = d.skipModifiers(k, u.hi)
	// "said at a briefing Monday that …", "is telling a veterans group that …"
	opensPP := f.clHi < u.hi && (toks[f.clHi].in(lexModifierPreps) || toks[f.clHi].in(lexTimeWords) || toks[f.cue].in(lexTellVerbs))
	for m := f.clHi; opensPP && m < u.hi && m-f.clHi < 9 && d.isNarration(m) && toks[m].kind == tokWord; m++ {
		if toks[m].lower == "that" {
			f.clHi = m
			break
		}
		if isCue(toks[m]) || toks[m].in(lexSubjectPronouns) && toks[m].lower != "it" {
			break
		}
	}
	if f.clHi < u.hi && toks[f.clHi].text == ":" && f.clHi+1 == u.hi {
		f.colon = true
	}
}

// skipModifiers skips time words and short prepositional phrases after a
// cue ("on Wednesday", "in a statement", "on his Telegram channel") when
// they end at a delimiter, so that the reported clause starts after them.
func (d *document) skipModifiers(k, hi int) int {
	toks := d.toks
	for k < hi && d.isNarration(k) {
		t := toks[k]
		if t.kind == tokWord && t.in(lexTimeWords) && !t.in(lexModifierPreps) {
			k++
			continue
		}
		if t.kind == tokWord && t.in(lexModifierPreps) {
			m, words, sawDet := k+1, 0, false
			for m < hi && words < 8 {
				if d.isOpenMark(m) {
					// a quoted title inside the phrase: "on "Face the Nation""
					if qi := d.quoteOfMark(m); qi >= 0 && !d.quotes[qi].openEnded && d.isTitle(qi) {
						m = d.quotes[qi].tokHi + 1
						continue
					}
					break
				}
				if !d.isNarration(m) || toks[m].kind != tokWord || toks[m].lower == "that" || isCue(toks[m]) && !sawDet {
					break
				}
				sawDet = sawDet || toks[m].in(lexDeterminers) // "in a June report": a noun
				m++
				words++
			}
			if m == hi || (words < 8 && (toks[m].text == "," || toks[m].text == ":" || toks[m].lower == "that" || d.isOpenMark(m) || isSentenceEnd(toks[m].text))) {
				if m > k+1 {
					k = m
					continue
				}
			}
		}
		break
	}
	return k
}

func isCue(t token) bool { _, ok := cueForms[t.lower]; return ok }

// applyFrame turns a frame into attributions: the quotation before or
// after it, or the reported clause. It returns the frame's attribution when
// the frame ends its paragraph with a colon ("Caddell continued:").
func (d *document) applyFrame(u unit, frames []frame, fi int, out *[]found) *found {
	toks := d.toks
	f := frames[fi]
	cue := span{toks[f.cue].start, toks[f.cueHi-1].end}
	sp := f.speaker
	mk := func(typ, form string, segs ...span) found {
		frames[fi].produced = true
		return found{segs: segs, typ: typ, speaker: &sp, cue: cue, para: u.para, form: form}
	}
	// 1. The quotation just before the clause: `"…," he said`.
	p := f.clLo - 1
	if p >= u.lo && (toks[p].text == "," || isDash(toks[p].text)) && d.isNarration(p) {
		p--
	}
	if p >= u.lo && d.isCloseMark(p) && !f.according {
		if qi := d.quoteOfMark(p); qi >= 0 && !d.quotes[qi].used && !d.isTitle(qi) {
			d.quotes[qi].used = true
			if o := d.quotes[qi].tokLo - 1; o > u.lo && fi == 0 && !d.isCloseMark(o-1) && toks[o-1].text != ":" {
				// `the plan "is a misguided approach," Burman said`: the quote
				// completes a clause, which is the (mixed) quote.
				if s, ok := d.contentSpan(u.lo, p+1); ok {
					*out = append(*out, mk(TypeMixed, "reported-before", s))
					return nil
				}
			}
			fd := mk(TypeDirect, "direct-before", d.quotes[qi].content)
			// Interrupted: `"A," he said, "B."`
			k := f.clHi
			if k+1 < u.hi && (toks[k].text == "," || toks[k].text == ":" || isDash(toks[k].text)) && d.isOpenMark(k+1) {
				if q2 := d.quoteOfMark(k + 1); q2 >= 0 && !d.quotes[q2].used {
					d.quotes[q2].used = true
					fd.segs = append(fd.segs, d.quotes[q2].content)
				}
			}
			*out = append(*out, fd)
			return nil
		}
	}
	// 2. What follows the clause.
	a := f.clHi
	for a < u.hi && (toks[a].text == "," || toks[a].text == ":" || isDash(toks[a].text) || toks[a].lower == "that") && d.isNarration(a) {
		a++
	}
	end := d.contentEnd(u, frames, fi, a)
	if a < end && toks[a].in(lexConjunctions) && f.clLo > u.lo {
		end = a // ", the agency said in a June report, and those …": the report is before
	}
	if a < end {
		if d.isOpenMark(a) {
			qi := d.quoteOfMark(a)
			if qi >= 0 && !d.quotes[qi].used && !d.isTitle(qi) && (d.quotes[qi].openEnded || d.quotes[qi].tokHi+1 >= end ||
				d.fullQuote(qi) && d.endsSpeech(qi) && d.trailerAfter(d.quotes[qi].tokHi+1, end)) {
				d.quotes[qi].used = true
				*out = append(*out, mk(TypeDirect, "direct-after", d.quotes[qi].content))
				return nil
			}
		}
		if toks[f.cue].in(lexLabelVerbs) {
			// `called it "a disgrace"`: the quoted label is the quote. With a
			// noun phrase for object (`called the bank's conduct "outrageous"`)
			// the quote is the object and its label.
			for k := a; k < end && k < a+8; k++ {
				if !d.isOpenMark(k) {
					continue
				}
				qi := d.quoteOfMark(k)
				if qi < 0 || d.quotes[qi].used {
					break
				}
				d.quotes[qi].used = true
				seg := d.quotes[qi].content
				if k > a && !toks[a].in(lexSubjectPronouns) && !objectPronouns[toks[a].lower] && toks[a].kind == tokWord && !d.quotes[qi].openEnded {
					seg = span{toks[a].start, d.toks[d.quotes[qi].tokHi].end}
				}
				*out = append(*out, mk(TypeMixed, "label", seg))
				return nil
			}
		}
		if (!f.according || f.clLo == u.lo) && d.reportsClause(f, a) && d.speechClause(f, a) {
			end := d.clauseEnd(a, end)
			if s, ok := d.contentSpan(a, end); ok {
				fd := mk(d.contentType(a, end), formOf(f, "after"), s)
				// Interrupted reported speech: "Acts of protest, Mr. Obama
				// said, are acts of patriotism" is one quote in two segments.
				if p := f.clLo - 1; !f.participle && p > u.lo && toks[p].text == "," && fi == 0 && toks[f.clHi].text == "," {
					opener := toks[u.lo].lower == "to" || !toks[u.lo].in(lexPrepositions) && !toks[u.lo].in(lexModifierPreps)
					if left, ok := d.leftSegment(u.lo, p); ok && p-u.lo <= 12 && opener {
						fd.segs = []span{left, s}
						if d.contentType(u.lo, p) == TypeMixed {
							fd.typ = TypeMixed
						}
					}
				}
				*out = append(*out, fd)
				return nil
			}
		}
	}
	// 3. The clause closes the sentence: `…, Medvedev warned on Wednesday.`
	if d.closesUnit(f.clHi, u.hi) {
		p := f.clLo - 1
		if p > u.lo && (toks[p].text == "," || isDash(toks[p].text)) {
			lo := u.lo
			for k := fi - 1; k >= 0; k-- {
				if frames[k].clHi <= p && frames[k].produced {
					lo = frames[k].clHi
					break
				}
			}
			for lo < p && (toks[lo].text == "," || toks[lo].kind == tokPunct && !d.isOpenMark(lo)) {
				lo++
			}
			if lo < p {
				if s, ok := d.contentSpan(lo, p); ok {
					*out = append(*out, mk(d.contentType(lo, p), formOf(f, "before"), s))
					return nil
				}
			}
		}
	}
	if f.colon {
		fd := mk(TypeDirect, "colon")
		return &fd
	}
	return nil
}

// trailers open a clause that may follow an attribution at the end of a
// sentence without belonging to the reported content.
// objectPronouns stand for what a label names ("called it …").
var objectPronouns = map[string]bool{"it": true, "them": true, "him": true, "her": true, "this": true, "that": true, "me": true, "us": true, "himself": true, "herself": true}

// conjunctions open a clause that a cue does not report.
var conjunctions = set(`and but or while although though whereas yet so`)

// particleVerbs take "for" or "on" as part of the cue ("called for").
var particleVerbs = set(`call calls called calling push pushes pushed pushing press pressed presses argue argued argues`)

// prepositions open an introductory phrase ("In his speech, …").
var prepositions = set(`in on at to for of with by from about after before during as like against over under through since without despite amid among`)

var trailers = set(`as while when after before because but and though although in at during citing noting adding saying referring according who which where speaking explaining arguing insisting calling suggesting pointing warning without with following amid until unless`)

// reportsClause reports whether the content at a can be what frame f
// reports. Speech verbs report anything; a belief verb ("considered",
// "found", "wants") reports only a clause: after "that", a wh-word or "to".
func (d *document) reportsClause(f frame, a int) bool {
	if f.class != cueBelief {
		return true
	}
	for k := a - 1; k >= f.cueHi-1 && k >= a-2; k-- {
		if w := d.toks[k].lower; w == "that" || w == ":" || w == "," {
			return true
		}
	}
	w := d.toks[a].lower
	return d.toks[a].in(lexClauseOpeners|lexSubjectPronouns) || w == "to" || d.toks[a].cap || d.isOpenMark(a)
}

// clauseEnd is where a reported clause that starts at a ends, before end:
// at a semicolon or a dash, at ", which" or ", including", at ", and" or
// ", but" opening a clause of its own ("…, and Hillary Clinton is
// promising …"), or before a closing "in a statement" or "in an interview".
func (d *document) clauseEnd(a, end int) int {
	toks := d.toks
	for k := a + 2; k < end; k++ {
		if !d.isNarration(k) {
			continue
		}
		t := toks[k]
		switch {
		case t.text == ";" || isDash(t.text):
			return k
		case t.text == "," && k+1 < end:
			n := toks[k+1]
			if clauseBreakers[n.lower] {
				return k
			}
			if (n.lower == "and" || n.lower == "but") && k+2 < end && (toks[k+2].cap && !toks[k+2].in(lexStopCaps) || toks[k+2].in(lexSubjectPronouns)) {
				return k
			}
			if n.kind == tokWord && !n.cap && strings.HasSuffix(n.lower, "ing") && len(n.lower) > 5 {
				return k // "…, citing the strategic importance of …"
			}
		case t.lower == "in" && k+2 < end && (toks[k+1].lower == "a" || toks[k+1].lower == "an") && (toks[k+2].lower == "statement" || toks[k+2].lower == "interview"):
			return k
		}
	}
	return end
}

// clauseBreakers open a phrase that the reported clause does not hold.
var clauseBreakers = map[string]bool{"which": true, "not": true, "although": true, "though": true}

// notAClause: words that cannot open what a speech verb reports ("accused
// of rape", "responded during the debate").
var notAClause = map[string]bool{"of": true, "during": true, "in": true, "at": true, "on": true, "with": true, "from": true,
	"after": true, "before": true, "since": true, "over": true, "under": true, "against": true, "among": true, "into": true}

func (d *document) speechClause(f frame, a int) bool {
	return f.class != cueSpeech || !notAClause[d.toks[a].lower]
}

func formOf(f frame, where string) string {
	if f.class == cueBelief {
		return "belief-" + where
	}
	if f.according {
		return "according-" + where
	}
	return "reported-" + where
}

// contentEnd is where the reported clause after frame fi ends: the end of
// the unit, or the start of a later clause in it.
func (d *document) contentEnd(u unit, frames []frame, fi, a int) int {
	end := u.hi
	for _, g := range frames[fi+1:] {
		// A later clause cuts the content only when it stands apart
		// (", X said"); one inside the reported clause is nested in it.
		if g.clLo > a && !g.participle && (g.inverted || d.toks[g.clLo-1].text == "," || isDash(d.toks[g.clLo-1].text)) {
			end = g.clLo - 1
			break
		}
		// "…, and human rights groups warned that …"
		if g.clLo > a+1 && !g.participle && (d.toks[g.clLo-1].lower == "and" || d.toks[g.clLo-1].lower == "but") && d.toks[g.clLo-2].text == "," {
			end = g.clLo - 2
			break
		}
		if g.participle && g.cue >= a {
			e := g.cue
			for e > a && (d.toks[e-1].text == "," || d.toks[e-1].lower == "and") {
				e--
			}
			end = e
			break
		}
	}
	return end
}

// closesUnit reports whether only closing punctuation follows token k, or
// a comma and a trailing subordinate clause ("…, officials said Friday, as
// they …").
func (d *document) closesUnit(k, hi int) bool {
	if k+1 < hi && d.toks[k].text == "," && d.toks[k+1].in(lexTrailers) {
		return true
	}
	for ; k < hi; k++ {
		t := d.toks[k]
		if t.kind == tokWord || d.isOpenMark(k) {
			return false
		}
	}
	return true
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
	for hi > lo && d.toks[hi-1].kind == tokPunct && d.isNarration(hi-1) {
		hi--
	}
	for lo < hi && d.toks[lo].kind == tokPunct && d.isNarration(lo) {
		lo++
	}
	return lo, hi
}

// skipDateline skips a dateline opening a paragraph ("MOSCOW/KYIV —",
// "WASHINGTON (Wire) —"): capitalised words before a dash.
func (d *document) skipDateline(lo, hi int) int {
	toks := d.toks
	if lo >= hi || lo != d.paraToks[toks[lo].para][0] {
		return lo
	}
	for k := lo; k < hi && k < lo+8; k++ {
		t := toks[k]
		if isDash(t.text) || t.text == "–" || t.text == "―" || t.text == "-" {
			if k > lo && k+1 < hi {
				return k + 1
			}
			return lo
		}
		if t.kind == tokWord && !isUpperWord(t.text) && !t.cap {
			return lo
		}
		if t.kind == tokWord && !isUpperWord(t.text) && k == lo {
			return lo
		}
	}
	return lo
}

func isUpperWord(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// leftSegment is the first part of interrupted reported speech, before
// ", X said,": a single word will do ("African-Americans, he said, can …").
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

// leftovers attributes the quotations of paragraph p that no clause
// claimed: a further quotation of the speaker just quoted in the same
// paragraph becomes another segment of that quote; a paragraph that opens
// with a quotation continues the previous paragraph's speaker; after "X
// said:" the next paragraph's quotation is X's.
func (d *document) leftovers(p, first int, out []found, pending *found) []found {
	r := d.paraQ[p]
	n := len(out) // out[first:n] is sorted by start; continuations go after n
	next := first // the first attribution at or after the current quote
	last := -1    // the last continuation appended for this paragraph
	for qi := r[0]; qi < r[1]; qi++ {
		q := &d.quotes[qi]
		if q.used || !d.fullQuote(qi) {
			continue
		}
		for next < n && out[next].start() < q.content.start {
			next++
		}
		// The nearest attribution before it in this paragraph.
		prev := next - 1
		if prev < first || last >= 0 && out[last].start() > out[prev].start() {
			prev = last
		}
		if fd := d.dashAttribution(qi); fd != nil {
			q.used = true
			out = append(out, *fd)
			last = len(out) - 1
			continue
		}
		switch {
		case prev >= 0 && (out[prev].typ == TypeDirect || out[prev].form == "reported-before") && !d.cueBetween(out[prev].segs[len(out[prev].segs)-1].end, q.content.start, out[prev].cue):
			q.used = true
			out[prev].segs = append(out[prev].segs, q.content)
		case prev < 0 && d.startsParagraph(qi):
			var src *found
			if pending != nil && pending.para == p-1 {
				src = pending
			} else if first > 0 && out[first-1].para == p-1 && out[first-1].typ == TypeDirect && out[first-1].speaker != nil {
				src = &out[first-1]
			}
			if src == nil {
				continue
			}
			q.used = true
			fd := found{segs: []span{q.content}, typ: TypeDirect, speaker: src.speaker, para: p, resolution: ResolutionContinuation, form: "continuation"}
			if src == pending {
				fd.cue, fd.resolution, fd.form = src.cue, "", "colon"
			}
			out = append(out, fd)
			last = len(out) - 1
		}
	}
	if len(out) > n {
		sortFound(out[first:])
	}
	return out
}

// dashAttribution attributes a quotation signed after a dash, as
// vox-pop and social-media quotes are: “…” ― Azucena Gonzàlez.
func (d *document) dashAttribution(qi int) *found {
	q := d.quotes[qi]
	if q.openEnded {
		return nil
	}
	k := q.tokHi + 1 // after the closing mark
	if k >= len(d.toks) || d.toks[k].para != q.para {
		return nil
	}
	if !isDash(d.toks[k].text) {
		return nil
	}
	hi := d.paraToks[q.para][1]
	m, end, ok := d.npAfter(k+1, hi)
	if !ok || !m.named() {
		return nil
	}
	// The name ends its line.
	if end < hi && !(d.toks[end].text == "." && (end+1 == hi || d.lineBreakBefore(end+1))) && !d.lineBreakBefore(end) {
		return nil
	}
	return &found{segs: []span{q.content}, typ: TypeDirect, speaker: &m, cue: d.toks[k].span, para: q.para, form: "dash"}
}

// lineBreakBefore reports whether a line break precedes token k.
func (d *document) lineBreakBefore(k int) bool {
	return k > 0 && strings.IndexByte(d.text[d.toks[k-1].end:d.toks[k].start], '\n') >= 0
}

// endsSpeech reports whether a quotation ends with sentence punctuation
// inside its marks ("What curfew?", "Don't you do it,").
func (d *document) endsSpeech(qi int) bool {
	q := d.quotes[qi]
	if q.tokHi <= q.tokLo {
		return false
	}
	t := d.toks[q.tokHi-1].text
	return t == "." || t == "?" || t == "!" || t == ","
}

// trailerAfter reports whether the narration from k opens a clause that
// does not continue the quotation ("… as they marched").
func (d *document) trailerAfter(k, end int) bool {
	return k < end && (d.toks[k].text == "," || d.toks[k].in(lexTrailers))
}

// isTitle reports whether a quotation is the title of a show, book or
// song rather than speech: a few words in title case ("Face the Nation,",
// "Make Your Kid a Millionaire"), or quoted after a preposition.
func (d *document) isTitle(qi int) bool {
	q := d.quotes[qi]
	words, caps, content := 0, 0, 0
	for k := q.tokLo; k < q.tokHi; k++ {
		t := d.toks[k]
		if t.kind != tokWord {
			continue
		}
		words++
		if !t.cap && titleFunctionWords[t.lower] {
			continue // "Legend in the Coal Fields", "State of the Union"
		}
		content++
		if t.cap || isDigitStart(t.text) {
			caps++
		} else {
			return false
		}
	}
	if words == 0 || words > 7 {
		return false
	}
	if caps == content && (content >= 2 || isDigitStart(d.toks[q.tokLo].text)) {
		return true
	}
	o := q.tokLo - 2 // the token before the opening mark
	return o >= 0 && d.toks[o].kind == tokWord && (d.toks[o].lower == "on" || d.toks[o].lower == "of") && caps > 0
}

// titleFunctionWords stay in lower case in a title.
var titleFunctionWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true,
	"to": true, "for": true, "and": true, "or": true, "with": true, "from": true, "by": true, "is": true, "are": true}

// fullQuote reports whether a quotation reads as speech rather than a
// scare-quoted word: several words, or sentence punctuation inside.
func (d *document) fullQuote(qi int) bool {
	q := d.quotes[qi]
	words := 0
	for k := q.tokLo; k < q.tokHi; k++ {
		if d.toks[k].kind == tokWord {
			words++
		}
	}
	if words >= 5 {
		return true
	}
	if q.tokHi > q.tokLo {
		last := d.toks[q.tokHi-1].text
		return words >= 1 && (last == "." || last == "!" || last == "?" || last == ",")
	}
	return false
}

// startsParagraph reports whether quotation qi opens its paragraph.
func (d *document) startsParagraph(qi int) bool {
	q := d.quotes[qi]
	return q.open.start == d.paras[q.para].start
}

// isDash reports whether s is a dash that can set off a clause.
func isDash(s string) bool { return s == "—" || s == "–" || s == "―" }

// cueBetween reports whether an attribution verb stands in the narration
// between two byte offsets, other than the cue at skip.
func (d *document) cueBetween(a, b int, skip span) bool {
	for k := d.tokIndex(a); k < len(d.toks) && d.toks[k].start < b; k++ {
		t := d.toks[k]
		// A participle ("…," DuVernay said, emphasizing why …) adds to the same speaker's words.
		if d.isNarration(k) && !t.cap && cueForms[t.lower] == cueSpeech && t.start != skip.start && !strings.HasSuffix(t.lower, "ing") {
			// "He did not suggest retaliation.": the same speaker goes on.
			j := k - 1
			for j > 0 && d.toks[j].kind == tokWord && d.toks[j].in(lexVerbModifiers) {
				j--
			}
			if j >= 0 && d.toks[j].in(lexPersonPronouns) {
				continue
			}
			return true
		}
	}
	return false
}

// tokIndex returns the first token starting at or after byte pos.
func (d *document) tokIndex(pos int) int {
	k, _ := slices.BinarySearchFunc(d.toks, pos, func(t token, p int) int { return t.start - p })
	return k
}

// headline attributes an article's first line when it is a headline that
// names its source: `… - Medvedev`, `Pat Caddell: …`, or `Minister 'will
// not back down' on tax`.
func (d *document) headline() *found {
	if len(d.paras) < 2 {
		return nil
	}
	r := d.paraToks[0]
	lo, hi := r[0], r[1]
	if hi-lo < 3 || hi-lo > 40 || d.toks[hi-1].text == "." && hi-lo > 25 {
		return nil
	}
	toks := d.toks
	// `… - Medvedev`
	for k := hi - 2; k > lo && k >= hi-6; k-- {
		if t := toks[k]; t.kind == tokPunct && (t.text == "-" || isDash(t.text) || t.text == "–") {
			if m, end, ok := d.npAfter(k+1, hi); ok && end == hi && m.named() {
				if s, ok := d.contentSpan(lo, k); ok {
					return &found{segs: []span{s}, typ: d.headType(lo, k), speaker: &m, cue: t.span, para: 0, form: "headline"}
				}
			}
		}
	}
	// `Pat Caddell: …`
	for k := lo + 1; k < hi && k <= lo+5; k++ {
		if toks[k].text == ":" {
			if m, end, ok := d.npAfter(lo, k); ok && end == k && (m.named() || m.kind != KindUnknown) {
				if s, ok := d.contentSpan(k+1, hi); ok {
					return &found{segs: []span{s}, typ: d.headType(k+1, hi), speaker: &m, cue: toks[k].span, para: 0, form: "headline"}
				}
			}
			break
		}
	}
	// `Minister 'will not back down' on tax`
	r2 := d.paraQ[0]
	for qi := r2[0]; qi < r2[1]; qi++ {
		q := d.quotes[qi]
		o := q.tokLo - 1
		if o-1 < lo || d.isTitle(qi) {
			continue
		}
		e, cue := o-1, span{}
		if isCue(toks[e]) && e-1 >= lo { // "Obama Sees 'Personal Insult' …"
			cue = toks[e].span
			e--
		}
		if m, ok := d.npBefore(e, lo); ok && m.pronoun == "" && m.kind != KindUnknown {
			d.quotes[qi].used = true
			return &found{segs: []span{q.content}, typ: TypeMixed, speaker: &m, cue: cue, para: 0, form: "headline"}
		}
	}
	return nil
}

// transcript attributes a paragraph written as a transcript line,
// "PENCE: Well, look, …": the label names the speaker of the rest.
func (d *document) transcript(p int) *found {
	if p == 0 {
		return nil
	}
	r := d.paraToks[p]
	lo, hi := r[0], r[1]
	if d.isOpenMark(lo) {
		lo++ // "PENCE: …" inside quotation marks
	}
	for k := lo + 1; k < hi && k <= lo+4; k++ {
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
		if !ok || hi-k < 4 {
			return nil
		}
		if d.toks[k].quote >= 0 {
			s.end = min(s.end, d.quotes[d.toks[k].quote].content.end)
		}
		return &found{segs: []span{s}, typ: d.headType(k+1, hi), speaker: &m, cue: d.toks[k].span, para: p, form: "transcript"}
	}
	return nil
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
