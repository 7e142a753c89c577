package extractor

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jdkato/prose/v3/segment"
)

// Sentence is a sentence's byte range [Start, End) in the text given to a
// Segmenter.
type Sentence struct {
	Start, End int
}

// Segmenter splits text into sentences. Implementations must be safe for
// concurrent use and return sentences in order, within the text's bounds.
// An error means the text could not be split at all; Extract returns it.
type Segmenter interface {
	Segment(text string) ([]Sentence, error)
}

// SegmenterFunc adapts a function to the Segmenter interface.
type SegmenterFunc func(text string) ([]Sentence, error)

// Segment calls f(text).
func (f SegmenterFunc) Segment(text string) ([]Sentence, error) { return f(text) }

// proseSegmenter is the default Segmenter: prose's Punkt model. Its known
// failures around quotation marks and titles are repaired by splitUnits.
type proseSegmenter struct{ s *segment.Segmenter }

func newProseSegmenter() (*proseSegmenter, error) {
	s, err := segment.New()
	if err != nil {
		return nil, fmt.Errorf("loading sentence model: %w", err)
	}
	return &proseSegmenter{s}, nil
}

func (p *proseSegmenter) Segment(text string) ([]Sentence, error) {
	raw := p.s.Segment(text)
	out := make([]Sentence, len(raw))
	for i, s := range raw {
		out[i] = Sentence{s.Start, s.End()}
	}
	return out, nil
}

// noSplitAfter are title abbreviations after which a full stop never ends a
// sentence ("Gen. Mark Milley", "No. 1").
var noSplitAfter = set(`mr. mrs. ms. dr. prof. sen. rep. gov. gen. lt. col. sgt. capt. maj. adm. cmdr. st. rev. hon. pres. no. jr. sr. vs. ft. mt.`)

// unit is a sentence as the attribution rules see it: a token range that no
// quotation crosses. A multi-sentence quotation and the clause that
// attributes it ("They will not!" he added.) form one unit.
type unit struct {
	lo, hi int // token range
	para   int
}

// splitUnits builds the units of one paragraph from the segmenter's sentence
// starts, dropping boundaries the segmenter got wrong and adding the ones it
// misses after a closing quotation mark.
func (d *document) splitUnits(sents []Sentence, base int, lo, hi, para int) []unit {
	toks := d.toks
	// Token index of each candidate boundary.
	var bounds []int
	k := lo
	for _, s := range sents[1:] {
		start := base + s.Start
		for k < hi && toks[k].start < start {
			k++
		}
		if k > lo && k < hi {
			bounds = append(bounds, k)
		}
	}
	// Boundaries after a quotation that closes a sentence (." or .'), where
	// Punkt never splits.
	for _, q := range d.quotes[d.paraQ[para][0]:d.paraQ[para][1]] {
		if q.openEnded {
			continue
		}
		ci := d.tokAt(q.close.start, lo, hi)
		if ci < 0 || ci+1 >= hi || ci-1 < lo {
			continue
		}
		if p := toks[ci-1]; p.kind == tokPunct && isSentenceEnd(p.text) {
			next := toks[ci+1]
			if next.cap || next.kind == tokQuote {
				bounds = append(bounds, ci+1)
			}
		}
	}
	// Line breaks inside a paragraph after a sentence end.
	for k := lo + 1; k < hi; k++ {
		p := toks[k-1]
		if strings.IndexByte(d.text[p.end:toks[k].start], '\n') >= 0 && (isSentenceEnd(p.text) || p.text == ":" || d.isCloseMark(k-1)) {
			bounds = append(bounds, k)
		}
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)

	out := make([]unit, 0, len(bounds)+1)
	start := lo
	for _, b := range bounds {
		if b <= start || !d.keepBoundary(b, start, hi) {
			continue
		}
		out = appendCapped(out, unit{start, b, para})
		start = b
	}
	return appendCapped(out, unit{start, hi, para})
}

// maxUnitTokens bounds a unit. Real sentences are far shorter; the bound
// keeps the rules linear on text without sentence punctuation.
const maxUnitTokens = 400

func appendCapped(out []unit, u unit) []unit {
	for u.hi-u.lo > maxUnitTokens {
		out = append(out, unit{u.lo, u.lo + maxUnitTokens, u.para})
		u.lo += maxUnitTokens
	}
	return append(out, u)
}

// keepBoundary decides whether a sentence may start at token b.
func (d *document) keepBoundary(b, lo, hi int) bool {
	toks := d.toks
	t := toks[b]
	// Never inside a quotation.
	if t.quote >= 0 {
		return false
	}
	prev := toks[b-1]
	if prev.kind == tokQuote && prev.quote < 0 && d.isOpenMark(b-1) {
		return false
	}
	// A sentence does not start in lower case.
	if t.kind == tokWord && !t.cap && !isDigitStart(t.text) {
		return false
	}
	// "Gen. Mark", "No. 1".
	if prev.kind == tokWord && prev.in(lexNoSplitAfter) {
		return false
	}
	// "They will not!" Peskov added. — the clause after a closing mark that
	// attributes it belongs to the same sentence.
	if prev.kind == tokQuote && !d.isOpenMark(b-1) && b-2 >= lo {
		if p := toks[b-2].text; (p == "," || p == "!" || p == "?" || p == "—" || p == "-") && d.startsAttribution(b, hi) {
			return false
		}
	}
	// A line break inside a paragraph is a hard break.
	if strings.LastIndexByte(d.text[prev.end:t.start], '\n') >= 0 {
		return true
	}
	return true
}

// startsAttribution reports whether tokens from i are a short clause that
// attributes the quotation before them and ends the sentence: a speaker
// and a cue verb ("Peskov added.", "said Peskov,", "the ministry said on
// Twitter."). A clause that goes on into its own report ("She says it
// underscores …") starts a new sentence.
func (d *document) startsAttribution(i, hi int) bool {
	toks := d.toks
	cue := -1
	for j := i; j < hi && j < i+8; j++ {
		t := toks[j]
		if t.kind != tokWord {
			break
		}
		if c, ok := cueForms[t.lower]; ok && c == cueSpeech {
			cue = j
			break
		}
	}
	if cue < 0 {
		return false
	}
	for j := cue + 1; j < hi && j < cue+8; j++ {
		t := toks[j]
		if t.kind == tokPunct && (t.text == "," || isSentenceEnd(t.text)) || d.isOpenMark(j) {
			return true
		}
	}
	return cue+8 >= hi
}

func isDigitStart(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
