package extractor

import (
	"strconv"
	"unicode"
)

// The features of an attribution: what the learned model (model.go) scores
// to decide whether a candidate the rules proposed is an attribution at
// all, and how likely its span and speaker are right. Each feature is a
// string naming one fact ("r:direct-before", "c:said", "res:pronoun");
// conjunctions of two facts carry what one alone cannot ("rr:…|pronoun").
// featureSchema names this set: a model trained on another set is refused.
const featureSchema = 4

// attributionFeatures are the facts the rules know before the speaker is
// resolved: rule, type, cue, speaker mention, span shape. They are added to
// fl, whose buffers the caller gives (on its stack).
func (d *document) attributionFeatures(fl featureList, f found) featureList {
	r := f.rule.String()
	fl = fl.add("r:", r)
	fl = fl.add("t:", f.typ)
	fl = fl.add("rt:", r, "|", f.typ)
	cue, class := d.cueFeature(f)
	fl = fl.add("c:", cue)
	fl = fl.add("cc:", class)
	fl = fl.add("rc:", r, "|", class)
	spk, pos, dist := d.speakerFeatures(f)
	fl = fl.add("s:", spk)
	fl = fl.add("rs:", r, "|", spk)
	fl = fl.add("sp:", pos)
	fl = fl.add("sd:", dist)
	words, marks, sents := d.spanShape(f)
	fl = fl.add("len:", bucket(words, 2, 5, 10, 20, 40))
	fl = fl.add("rl:", r, "|", bucket(words, 2, 5, 10, 20, 40))
	fl = fl.add("marks:", bucket(marks, 0, 2, 4))
	fl = fl.add("sents:", bucket(sents, 1, 2, 4))
	fl = fl.add("seg:", bucket(len(f.segs), 1, 2))
	fl = fl.add("first:", d.firstWordClass(f))
	fl = fl.add("end:", d.lastMark(f))
	if q := d.quoteAt(f.segs[0]); q >= 0 {
		if d.quotes[q].openEnded {
			fl = fl.add("open-ended")
		}
		if d.quotes[q].brokenParagraph {
			fl = fl.add("broken-paragraph")
		}
		if q > 0 && d.quotes[q-1].brokenParagraph && d.quotes[q-1].para == d.quotes[q].para {
			fl = fl.add("after-broken-paragraph") // a quoted paragraph run into the one before
		}
		if f.rule == ruleContinuation && !d.startsParagraph(q) {
			// the same speaker going on within the paragraph of their
			// report, not a next paragraph's quote
			fl = fl.add("continuation-mid-paragraph")
		}
	}
	if f.rule == ruleAccordingAfter && d.accordingOpens(f) {
		// "According to X, …" opening its sentence, the form DESIGN.md
		// promises, apart from "…, according to X, …" set off mid-sentence,
		// where an appositive after the source is often taken for a report
		fl = fl.add("according-opens")
	}
	if f.para == 0 {
		fl = fl.add("para0")
	}
	if d.labelled(&f) {
		// `Ann Hale: …`: a headline whose label names its source, apart
		// from one signed after a dash or quoted after its speaker
		fl = fl.add("headline-label")
	}
	if d.thatBefore(f.segs[0]) {
		fl = fl.add("that")
	}
	return fl
}

// confidenceFeatures add what speaker resolution decided, and how sure it
// could be: how far back the entity was last named, whether others were
// named since, whether the previous attribution had the same speaker. (The
// confidence model scores the attribution features and then these.)
func (d *document) confidenceFeatures(fl featureList, f found, r resolved, es *entities, prev *entity) featureList {
	fl = fl.add("res:", r.resolution)
	fl = fl.add("rr:", f.rule.String(), "|", r.resolution)
	fl = fl.add("rk:", r.resolution, "|", r.kind)
	fl = fl.add("rt:", r.resolution, "|", f.typ)
	if r.e != nil && f.speaker != nil {
		pos := d.toks[f.speaker.lo].start
		dist, rivals := "none", 0
		if lm := lastMention(r.e, pos); lm >= 0 {
			dist = bucket(d.paraOf(pos)-d.paraOf(lm), 0, 1, 2)
			rivals = es.rivalsBetween(r.e, lm, pos)
		}
		fl = fl.add("pd:", r.resolution, "|", dist)
		fl = fl.add("rivals:", r.resolution, "|", bucket(rivals, 0, 1))
		if r.e == prev {
			fl = fl.add("same-speaker:", r.resolution)
		}
	}
	if st := d.style; st != "" {
		fl = fl.add("style:", st)
		fl = fl.add("sres:", st, "|", r.resolution)
	}
	switch {
	case f.speaker == nil:
		fl = fl.add("name:none")
	case r.name == "":
		fl = fl.add("name:null")
		fl = fl.add("kind:", r.kind)
	default:
		fl = fl.add("name:", bucket(countFields(r.name), 1, 2, 3))
		fl = fl.add("kind:", r.kind)
	}
	if r.roleText != "" {
		fl = fl.add("role")
	}
	return fl
}

// featureList builds the features of one candidate in one buffer, each
// feature a slice of it: concatenating each ("rt:"+r+"|"+typ) was a fifth
// of an extraction's allocations. The model scores the buffer as it is
// (Weights.sum); only training makes strings of it (list).
type featureList struct {
	buf  []byte
	ends []int
}

// add adds the feature that parts spell. (A value method: through a
// pointer, escape analysis would move the buffers to the heap.)
func (l featureList) add(parts ...string) featureList {
	for _, p := range parts {
		l.buf = append(l.buf, p...)
	}
	l.ends = append(l.ends, len(l.buf))
	return l
}

// newFeatureList is a featureList over the buffers given.
func newFeatureList(buf []byte, ends []int) featureList {
	return featureList{buf: buf[:0], ends: ends[:0]}
}

// list returns base and then the features added, in order.
func (l featureList) list(base []string) []string {
	s := string(l.buf)
	out := make([]string, len(base), len(base)+len(l.ends))
	copy(out, base)
	start := 0
	for _, end := range l.ends {
		out = append(out, s[start:end])
		start = end
	}
	return out
}

// countFields is len(strings.Fields(s)) without building the slice.
func countFields(s string) int {
	n, inField := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inField {
			n++
		}
		inField = !space
	}
	return n
}

// bucket names the bucket of n among the upper bounds given ("≤2", "≤5",
// …, ">40").
func bucket(n int, bounds ...int) string {
	for _, b := range bounds {
		if n <= b {
			return bucketName(b, false)
		}
	}
	return bucketName(bounds[len(bounds)-1], true)
}

// bucketName is "≤b", or ">b" when above: from a table for the bounds the
// features use, rather than a new string at every feature of every
// candidate.
func bucketName(b int, above bool) string {
	if b < 0 || b >= len(bucketNames) {
		if above {
			return ">" + strconv.Itoa(b)
		}
		return "≤" + strconv.Itoa(b)
	}
	if above {
		return bucketNames[b][1]
	}
	return bucketNames[b][0]
}

// bucketNames holds "≤b" and ">b" for b up to 63. (Read-only.)
var bucketNames = func() (t [64][2]string) {
	for b := range t {
		t[b] = [2]string{"≤" + strconv.Itoa(b), ">" + strconv.Itoa(b)}
	}
	return t
}()

// cueFeature is the cue's word and its class.
func (d *document) cueFeature(f found) (word, class string) {
	if f.cue.empty() {
		return "-", "none"
	}
	k := d.tokIndex(f.cue.start)
	if k >= len(d.toks) {
		return "-", "none"
	}
	t := d.toks[k]
	switch {
	case t.is(fnAccording):
		return t.lower, "according"
	case t.kind != tokWord:
		return t.lower, "mark"
	}
	switch cueClassOf(t) {
	case cueSpeech:
		class = "speech"
	case cueBelief:
		class = "belief"
	default:
		class = "other"
	}
	return t.lower, class
}

// speakerFeatures describe the speaker mention: what it is, where it
// stands from the cue, and how far.
func (d *document) speakerFeatures(f found) (what, pos, dist string) {
	if f.speaker == nil {
		return "none", "none", "none"
	}
	m := *f.speaker
	switch {
	case m.pronoun != "":
		what = "pron:" + m.pronoun
	case m.named():
		what = "named:" + m.kind
	case m.indefinite:
		what = "indef:" + m.kind
	default:
		what = "desc:" + m.kind
	}
	if f.cue.empty() {
		return what, "nocue", "none"
	}
	s := span{d.toks[m.lo].start, d.toks[m.hi-1].end}
	cue := d.tokIndex(f.cue.start)
	switch {
	case s.end <= f.cue.start:
		pos = "before"
		return what, pos, bucket(cue-m.hi, 0, 2, 5, 10)
	case s.start >= f.cue.end:
		pos = "after"
		return what, pos, bucket(m.lo-cue-1, 0, 2, 5, 10)
	}
	return what, "around", "none"
}

// spanShape counts the words, the quotation marks and the sentence ends
// of an attribution's segments.
func (d *document) spanShape(f found) (words, marks, sents int) {
	for _, s := range f.segs {
		for k := d.tokIndex(s.start); k < len(d.toks) && d.toks[k].start < s.end; k++ {
			t := d.toks[k]
			switch {
			case t.kind == tokWord:
				words++
			case t.kind == tokQuote:
				marks++
			case isSentenceEnd(t.text):
				sents++
			}
		}
	}
	return words, marks, sents
}

// firstWordClass is the class of the first word of the content: a pronoun,
// a determiner, a capitalised word, "to", another word, or a mark.
func (d *document) firstWordClass(f found) string {
	k := d.tokIndex(f.segs[0].start)
	if k >= len(d.toks) {
		return "none"
	}
	t := d.toks[k]
	switch {
	case t.kind != tokWord:
		return "mark"
	case t.in(lexSubjectPronouns):
		return "pronoun"
	case t.in(lexDeterminers):
		return "det"
	case t.is(fnTo):
		return "to"
	case t.in(lexClauseOpeners):
		return "wh"
	case t.cap:
		return "cap"
	}
	return "word"
}

// lastMark is the punctuation that ends the last segment.
func (d *document) lastMark(f found) string {
	end := f.segs[len(f.segs)-1].end
	k := d.tokIndex(end) - 1
	if k < 0 || k >= len(d.toks) {
		return "none"
	}
	if t := d.toks[k]; t.kind == tokPunct {
		return t.text
	}
	return "word"
}

// accordingOpens reports whether the cue "according to" of f opens its
// unit, past a dateline or one opening connective ("But according to X").
func (d *document) accordingOpens(f found) bool {
	k := d.tokIndex(f.cue.start)
	return k < len(d.toks) && d.opensAfterConnective(k, d.unitAt(k))
}

// quoteAt is the quotation whose content is s, or -1.
func (d *document) quoteAt(s span) int {
	k := d.tokIndex(s.start)
	if k >= len(d.toks) || k == 0 || d.toks[k-1].mark != markOpen {
		return -1
	}
	if qi := d.quoteOfMark(k - 1); qi >= 0 && d.quotes[qi].content == s {
		return qi
	}
	return -1
}

// thatBefore reports whether "that" opens the content just before s.
func (d *document) thatBefore(s span) bool {
	k := d.tokIndex(s.start) - 1
	return k >= 0 && d.toks[k].is(fnComplementizer) && d.isNarration(k)
}

// maxRivals is how many name mentions back rivalsBetween looks: enough to
// tell none, one and several apart, and a bound that keeps it linear.
const maxRivals = 16

// rivalsBetween counts the other entities of e's kind named between two
// byte offsets (up to maxRivals mentions back): candidates a resolution
// could have picked instead.
func (es *entities) rivalsBetween(e *entity, from, to int) int {
	seen := map[*entity]bool{}
	start := es.namedBefore(to)
	for i := start; i >= 0 && i > start-maxRivals && es.named[i].pos > from; i-- {
		if n := es.named[i]; n.e != e && n.e.kind == e.kind {
			seen[n.e] = true
		}
	}
	return len(seen)
}

// honorificStyle is the house style of the article's honorifics: "Mr"
// without a full stop (British), "Mr." with one (American), or "" when it
// uses none. Speaker resolution is judged by different conventions in
// each (a surname alone, a pronoun), so confidence depends on it.
func (d *document) honorificStyle() string {
	for k := range d.toks {
		if t := &d.toks[k]; t.kind == tokWord && t.cap && t.in(lexHonorifics) && len(t.lower) <= 4 {
			switch t.lower {
			case "mr", "mrs", "ms", "dr":
				return "british"
			case "mr.", "mrs.", "ms.", "dr.":
				return "american"
			}
		}
	}
	return ""
}
