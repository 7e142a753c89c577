package extractor

import (
	"context"
	"fmt"
	"sort"
)

// run is Extract's pipeline: the stages in the order the files of this
// package are named, each reading what the ones before it decided (doc.go).
func (x *Extractor) run(ctx context.Context, a Article) (Result, error) {
	r, _, err := x.extract(ctx, a, false)
	return r, err
}

// extract runs the stages; with all, every candidate is kept and the
// features of each quote are returned too.
func (x *Extractor) extract(ctx context.Context, a Article, all bool) (Result, []Features, error) {
	d, err := x.document(ctx, a.Text)
	if err != nil {
		return Result{}, nil, err
	}
	defer x.release(d)
	found, err := d.attribute(ctx) // 04–06: frames, clause boundaries, continuations and headlines
	if err != nil {
		return Result{}, nil, err
	}
	found = dedupe(found)
	es, err := d.buildEntities(ctx) // 07–08: noun phrases, mentions, coreference and roles
	if err != nil {
		return Result{}, nil, err
	}
	return d.encode(ctx, a.ID, found, es, x.cfg.model, all) // 08–10: resolution, the model's decisions, the record
}

// document runs the first three stages: paragraphs and tokens, quotation
// marks, sentences.
func (x *Extractor) document(ctx context.Context, text string) (*document, error) {
	d := newDocumentIn(text, x.lex, x.tokenBuffer()) // 01
	if b, ok := x.names.Get().(*[]nameMention); ok {
		d.names = *b
	}
	d.headlineGroups()
	d.findQuotations() // 02
	d.style = d.honorificStyle()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := d.splitSentences(ctx, x.cfg.segmenter); err != nil { // 03
		return nil, err
	}
	return d, nil
}

// document is one article as the stages see it: paragraphs, tokens,
// top-level quotations and units, all in byte offsets. Each stage fills
// its part and only reads the parts of the stages before it; the rules of
// stages 04–06 also record on each quotation which rule claimed it.
type document struct {
	text     string
	lex      *lexicon
	paras    []span
	paraToks [][2]int // token range of each paragraph
	// paraNo is each paragraph's index among the text's paragraphs as
	// DESIGN counts them (blank lines apart): a paragraph of format
	// characters alone is no paragraph here but still counts there.
	paraNo []int
	toks   []token
	quotes []qspan
	paraQ  [][2]int // quote index range of each paragraph
	units  []unit
	style  string // the house style of its honorifics (09_features.go)
	// names is the slice of the name mentions (08_coreference.go), an
	// earlier extraction's or nil before they are found.
	names []nameMention
	// frames is the slice findFrames fills, unit after unit (04_frames.go).
	frames []frame
	// words are the article's words by how it writes them (cases).
	words *wordCases
}

// newDocument splits text into paragraphs and tokens (stage 01).
func newDocument(text string, lex *lexicon) *document { return newDocumentIn(text, lex, nil) }

// newDocumentIn is newDocument appending the tokens to buf, an empty slice
// of an earlier extraction or nil, when it is large enough.
func newDocumentIn(text string, lex *lexicon, buf []token) *document {
	d := &document{text: text, lex: lex}
	paras := paragraphs(text)
	d.paras = paras[:0]
	d.paraToks = make([][2]int, 0, len(paras))
	d.paraNo = make([]int, 0, len(paras))
	d.toks = buf[:0]
	if cap(buf) < len(text)/bytesPerToken {
		d.toks = make([]token, 0, len(text)/bytesPerToken)
	}
	for i, p := range paras {
		lo := len(d.toks)
		d.toks = tokenize(lex, text, p, len(d.paras), d.toks)
		if len(d.toks) == lo {
			continue // format characters alone ("\u200b", "\u202a\u202c") make no token and no paragraph: every paragraph has a token
		}
		d.paras = append(d.paras, p)
		d.paraToks = append(d.paraToks, [2]int{lo, len(d.toks)})
		d.paraNo = append(d.paraNo, i)
	}
	return d
}

// tokenBuffer returns an empty token slice of an earlier extraction, or nil.
func (x *Extractor) tokenBuffer() []token {
	if b, ok := x.toks.Get().(*[]token); ok {
		return *b
	}
	return nil
}

// release gives d's token and name mention slices, cleared so that they
// hold no text, for the next extraction to reuse; d is not used after. A
// slice of more than maxPooledTokens is left to the garbage collector
// rather than kept.
func (x *Extractor) release(d *document) {
	if n := d.names; cap(n) <= maxPooledTokens/mentionTokens {
		clear(n)
		n = n[:0]
		d.names = nil
		x.names.Put(&n)
	}
	if cap(d.toks) > maxPooledTokens {
		return
	}
	clear(d.toks)
	b := d.toks[:0]
	d.toks = nil
	x.toks.Put(&b)
}

// maxPooledTokens: the tokens of ~320 KB of text, 5.6 MB; longer articles
// are rare.
const maxPooledTokens = 1 << 16

// tokensPerUnit sizes the unit slice: news prose has a sentence of about
// twenty tokens.
const tokensPerUnit = 24

// bytesPerToken sizes the token slice: news prose has about one token per
// five bytes.
const bytesPerToken = 5

// findQuotations pairs the quotation marks of every paragraph (stage 02)
// and marks each token with the quotation that holds it.
func (d *document) findQuotations() {
	// Sized for a quotation per two marks (an open-ended one has one):
	// grown from empty, the slice was a fifteenth of the bytes an
	// extraction allocates.
	marks := 0
	for k := range d.toks {
		if d.toks[k].kind == tokQuote {
			marks++
		}
	}
	d.quotes = make([]qspan, 0, marks/2+1)
	for i, p := range d.paras {
		lo := len(d.quotes)
		r := d.paraToks[i]
		d.quotes = scanQuotes(d.text, p, i, d.toks, r[0], r[1], d.quotes)
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
}

// splitSentences splits every paragraph into units (stage 03).
func (d *document) splitSentences(ctx context.Context, seg Segmenter) error {
	_, punkt := seg.(*proseSegmenter)
	// Sized for news text, a unit per paragraph and one more per
	// tokensPerUnit tokens, rather than grown from empty.
	d.units = make([]unit, 0, len(d.paras)+len(d.toks)/tokensPerUnit)
	for i, p := range d.paras {
		if err := ctx.Err(); err != nil {
			return err
		}
		r := d.paraToks[i]
		if r[0] == r[1] {
			continue
		}
		// A paragraph with no sentence end before its last token is one
		// sentence: the splitter (a quarter of the time) is not needed;
		// nor is Punkt where no sentence start it could give would be kept.
		sents := []Sentence{{0, p.end - p.start}}
		if d.mayHaveSentences(r[0], r[1]) && (!punkt || d.punktMayKeepBoundary(r[0], r[1])) {
			var err error
			if sents, err = seg.Segment(d.text[p.start:p.end]); err != nil {
				return fmt.Errorf("splitting sentences: %w", err)
			}
			if len(sents) == 0 {
				sents = []Sentence{{0, p.end - p.start}}
			}
		}
		d.units = append(d.units, d.splitUnits(sents, p.start, r[0], r[1], i)...)
	}
	return nil
}

// tokAt returns the index of the token starting at byte pos within [lo, hi), or -1.
func (d *document) tokAt(pos, lo, hi int) int {
	k := d.firstTokFrom(pos, lo, hi)
	if k == hi || d.toks[k].start != pos {
		return -1
	}
	return k
}

// tokIndex returns the first token starting at or after byte pos.
func (d *document) tokIndex(pos int) int { return d.firstTokFrom(pos, 0, len(d.toks)) }

// firstTokFrom returns the first token in [lo, hi) starting at or after
// byte pos, or hi: a binary search that reads each token's start in place
// (slices.BinarySearchFunc copied every token it compared).
func (d *document) firstTokFrom(pos, lo, hi int) int {
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if d.toks[m].start < pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
