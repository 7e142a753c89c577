package extractor

import (
	"slices"
	"sort"
	"strings"
)

// document is one article prepared for the attribution rules: paragraphs,
// tokens, top-level quotations and units, all with byte offsets.
type document struct {
	text     string
	paras    []span
	paraToks [][2]int // token range of each paragraph
	toks     []token
	quotes   []qspan
	paraQ    [][2]int // quote index range of each paragraph
	units    []unit
}

func newDocument(text string, seg Segmenter) (*document, error) {
	d := &document{text: text}
	d.paras = paragraphs(text)
	d.toks = make([]token, 0, len(text)/5)
	for i, p := range d.paras {
		lo := len(d.toks)
		d.toks = tokenize(text, p, i, d.toks)
		d.paraToks = append(d.paraToks, [2]int{lo, len(d.toks)})
	}
	for i, p := range d.paras {
		lo := len(d.quotes)
		r := d.paraToks[i]
		d.quotes = scanQuotes(text, p, i, d.toks, r[0], r[1], d.quotes)
		d.paraQ = append(d.paraQ, [2]int{lo, len(d.quotes)})
	}
	for qi := range d.quotes {
		q := &d.quotes[qi]
		r := d.paraToks[q.para]
		q.tokLo = sort.Search(r[1]-r[0], func(k int) bool { return d.toks[r[0]+k].start >= q.content.start }) + r[0]
		q.tokHi = sort.Search(r[1]-r[0], func(k int) bool { return d.toks[r[0]+k].start >= q.content.end }) + r[0]
		for k := q.tokLo; k < q.tokHi; k++ {
			d.toks[k].quote = qi
		}
		d.toks[q.tokLo-1].mark = markOpen
		if !q.openEnded {
			d.toks[q.tokHi].mark = markClose
		}
	}
	for i, p := range d.paras {
		r := d.paraToks[i]
		if r[0] == r[1] {
			continue
		}
		// A paragraph with no sentence end before its last token is one
		// sentence: the splitter (a quarter of the time) is not needed.
		sents := []Sentence{{0, p.end - p.start}}
		if d.mayHaveSentences(r[0], r[1]) {
			var err error
			if sents, err = seg.Segment(text[p.start:p.end]); err != nil {
				return nil, err
			}
			if len(sents) == 0 {
				sents = []Sentence{{0, p.end - p.start}}
			}
		}
		d.units = append(d.units, d.splitUnits(sents, p.start, r[0], r[1], i)...)
	}
	return d, nil
}

// isOpenMark reports whether token i opens a top-level quotation.
func (d *document) isOpenMark(i int) bool { return d.toks[i].mark == markOpen }

// isCloseMark reports whether token i closes a top-level quotation.
func (d *document) isCloseMark(i int) bool { return d.toks[i].mark == markClose }

// quoteOfMark returns the quotation that token i opens or closes, or -1.
func (d *document) quoteOfMark(i int) int {
	switch d.toks[i].mark {
	case markOpen:
		return d.toks[i+1].quote
	case markClose:
		return d.toks[i-1].quote
	}
	return -1
}

// tokAt returns the index of the token starting at byte pos within [lo, hi), or -1.
func (d *document) tokAt(pos, lo, hi int) int {
	k, ok := slices.BinarySearchFunc(d.toks[lo:hi], pos, func(t token, p int) int { return t.start - p })
	if !ok {
		return -1
	}
	return lo + k
}

// isNarration reports whether token i is outside every top-level quotation
// and is not one of its marks.
func (d *document) isNarration(i int) bool {
	t := &d.toks[i]
	return t.quote < 0 && t.mark == markNone
}

// paraOf returns the index of the paragraph holding byte pos.
func (d *document) paraOf(pos int) int {
	k, _ := slices.BinarySearchFunc(d.paras, pos, func(p span, x int) int {
		if p.end <= x {
			return -1
		}
		if p.start > x {
			return 1
		}
		return 0
	})
	return k
}

// mayHaveSentences reports whether tokens [lo, hi) hold a sentence end
// before the last token, or a line break: then the paragraph may have more
// than one sentence.
func (d *document) mayHaveSentences(lo, hi int) bool {
	for k := lo; k < hi-1; k++ {
		t := d.toks[k]
		if t.kind == tokPunct && (isSentenceEnd(t.text) || t.text == "…") || t.kind == tokWord && strings.HasSuffix(t.text, ".") {
			return true
		}
	}
	return strings.IndexByte(d.text[d.toks[lo].start:d.toks[hi-1].end], '\n') >= 0
}
