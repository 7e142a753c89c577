package extractor

import (
	"context"
	"slices"
)

// found is one attribution before its speaker is resolved.
type found struct {
	segs       []span
	typ        string
	speaker    *mention
	cue        span
	resolution string // continuation, or "" to be decided by resolution
	para       int
	rule       rule // which rule found it: for confidence
}

func (f *found) start() int { return f.segs[0].start }

// minTranscriptTurns: a transcript has several labelled turns; a lone
// "Correction: …" or section header is not one.
const minTranscriptTurns = 2

// attribute runs the attribution rules over the whole document, paragraph
// by paragraph, in claim order (doc.go): the frames of each unit, then a
// transcript turn, then the quotations no frame claimed (leftovers); the
// headline last.
func (d *document) attribute(ctx context.Context) ([]found, error) {
	var out []found
	var pending *found // "X said:" at the end of a paragraph
	turns, nturns := d.transcriptTurns()
	ui := 0
	for p := range d.paras {
		first := len(out)
		var colon *found
		for ; ui < len(d.units) && d.units[ui].para == p; ui++ {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			u := d.units[ui]
			u.titleCase = d.titleCaseUnit(u)
			frames := d.findFrames(u)
			if q, cue, ok := d.questionPut(u); ok {
				out = append(out, q)
				frames = slices.DeleteFunc(frames, func(f frame) bool { return f.cue == cue })
			}
			if h, cue, a, e, ok := d.heardReport(u, frames); ok {
				// The clause is what was heard: a cue inside it ("The
				// court heard Cole had attacked …") is part of it.
				out = append(out, h)
				frames = slices.DeleteFunc(frames, func(f frame) bool { return f.cue == cue || f.cue >= a && f.cue < e })
			}
			for fi := range frames {
				if f := d.applyFrame(u, frames, fi, &out); f != nil {
					colon = f
				}
			}
		}
		if t := turns[p]; t != nil && nturns >= minTranscriptTurns {
			// A transcript turn is the speaker's whole answer: the frames
			// inside it ("he said this week …") are part of what it reports.
			out = slices.DeleteFunc(out, func(f found) bool {
				return f.para == p && overlaps(f.segs[0], t.segs[0]) && t.segs[0].start <= f.segs[0].start
			})
			out = append(out, *t)
			d.claimOverlapping(p, t.segs[0], ruleTranscript)
		}
		sortFound(out[first:])
		out = d.leftovers(p, first, out, pending)
		pending = colon
	}
	d.quotedEpithets(out)
	d.dropHeadlineLabel(out)
	if h := d.headline(); h == nil && (len(out) == 0 || out[0].para > 0) {
		if l := d.leadClaimHeadline(out); l != nil {
			out = append([]found{*l}, out...)
		}
	} else if h != nil && (len(out) == 0 || !overlaps(out[0].segs[0], h.segs[0])) {
		out = append([]found{*h}, out...)
	} else if h != nil && d.labelled(h) && citedWithin(out, h) {
		clipToClaim(out, h)
	} else if h != nil && (d.labelled(h) || d.signed(h)) {
		// "Hale: Farmers Will Say No to the Levy": the label's claim holds
		// the cues inside it, which report parts of it; so does a
		// signature's ("Russia will respond to new sanctions - Medvedev").
		out = slices.DeleteFunc(out, func(f found) bool { return f.para == 0 && overlaps(f.segs[0], h.segs[0]) })
		out = append([]found{*h}, out...)
	}
	return out, nil
}

// dropHeadlineLabel starts a report that opens the headline after the
// label of its kind and the label's colon ("Exclusive: EU to propose a
// gas cap, sources say" reports "EU to propose a gas cap").
func (d *document) dropHeadlineLabel(out []found) {
	if !d.hasHeadline() {
		return
	}
	lo, hi := d.paraToks[0][0], d.firstLineEnd()
	k := lo
	for k < hi && k-lo <= maxHeadlineLabelWords && d.toks[k].text != ":" {
		k++
	}
	if k+1 >= hi || d.toks[k].text != ":" || k == lo || !d.headlineLabel(lo, k) {
		return
	}
	for i := range out {
		if s := &out[i].segs[0]; out[i].para == 0 && s.start == d.toks[lo].start && s.end > d.toks[k+1].start {
			s.start = d.toks[k+1].start
		}
	}
}

// clipToClaim starts every report of the headline that runs over the
// label of h at h's claim: the label is the topic ("Levy: farmers will
// not pay, says Hale" reports "farmers will not pay").
func clipToClaim(out []found, h *found) {
	for i := range out {
		if s := &out[i].segs[0]; out[i].para == 0 && s.start < h.segs[0].start && s.end > h.segs[0].start {
			s.start = h.segs[0].start
		}
	}
}

// citedWithin reports whether a frame inside the claim of the labelled
// headline h cites what comes before its cue ("Brexit: 'We will leave,'
// says Hale", "Levy: farmers will not pay, says Hale"): that frame names
// the speaker of the words after the label, and the label is the
// headline's topic. (A cue before its report, "Hale: Voters Will Say No
// to the Levy", reports part of the label's claim.)
func citedWithin(out []found, h *found) bool {
	for _, f := range out {
		if f.para != 0 {
			break
		}
		if f.cue != h.cue && f.cue.start >= f.segs[len(f.segs)-1].end && overlaps(f.segs[0], h.segs[0]) {
			return true
		}
	}
	return false
}

// labelled reports whether the headline attribution h names its source
// with a label and a colon (`Nora Keel: …`).
func (d *document) labelled(h *found) bool {
	return h.rule == ruleHeadline && h.cue.end-h.cue.start == 1 && d.text[h.cue.start:h.cue.end] == ":"
}

// signed reports whether headline attribution h is signed by the name or
// role after a dash ("… - Medvedev"; signedHeadline).
func (d *document) signed(h *found) bool {
	c := d.text[h.cue.start:h.cue.end]
	return h.rule == ruleHeadline && (c == "-" || isDash(c))
}

// minTitleCaseWords: a unit of fewer capitalised words is a name or a
// label, not a title-case headline.
const minTitleCaseWords = 4

// titleCaseUnit reports whether every content word of unit u is
// capitalised, with function words in lower case or not ("Mayor Says She
// Will Stand Again", "Trump Calls for a Recount"): a headline or a section
// head, whose capitalised verbs are verbs.
func (d *document) titleCaseUnit(u unit) bool {
	caps := 0
	for k := u.lo; k < u.hi; k++ {
		t := &d.toks[k]
		switch {
		case t.kind != tokWord || !d.isNarration(k) || isDigitStart(t.text):
		case t.cap:
			caps++
		case !t.in(lexTitleFunctionWords):
			return false
		}
	}
	return caps >= minTitleCaseWords
}

// claimOverlapping claims, for rule r, every quotation of paragraph p that
// overlaps s.
func (d *document) claimOverlapping(p int, s span, r rule) {
	for qi := d.paraQ[p][0]; qi < d.paraQ[p][1]; qi++ {
		if overlaps(d.quotes[qi].content, s) {
			d.claim(qi, r)
		}
	}
}

func sortFound(fs []found) {
	slices.SortStableFunc(fs, func(a, b found) int { return a.start() - b.start() })
}

// dedupe sorts attributions by start and drops any whose segments overlap
// an earlier one's: a stretch of text is attributed once.
func dedupe(fs []found) []found {
	for i := range fs {
		fs[i].segs = slices.DeleteFunc(fs[i].segs, func(s span) bool { return s.empty() })
	}
	fs = slices.DeleteFunc(fs, func(f found) bool { return len(f.segs) == 0 })
	sortFound(fs)
	out := fs[:0]
	var kept []span // kept segments, sorted by start; they never overlap
	overlapsKept := func(s span) bool {
		k, _ := slices.BinarySearchFunc(kept, s.start, func(a span, x int) int { return a.start - x })
		return k < len(kept) && kept[k].start < s.end || k > 0 && kept[k-1].end > s.start
	}
	for _, f := range fs {
		if slices.ContainsFunc(f.segs, overlapsKept) {
			continue
		}
		out = append(out, f)
		for _, s := range f.segs {
			k, _ := slices.BinarySearchFunc(kept, s.start, func(a span, x int) int { return a.start - x })
			kept = slices.Insert(kept, k, s)
		}
	}
	return out
}
