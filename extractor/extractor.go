package extractor

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Article is one article to extract quotes from.
type Article struct {
	// ID identifies the article; it keys the record and prefixes quote ids.
	ID string
	// Text is the article body. Every offset in the Result refers to it.
	Text string
	// Title is metadata only: it is never prepended to Text.
	Title string
}

// ErrInvalidUTF8 is returned for an article whose text is not valid UTF-8.
var ErrInvalidUTF8 = errors.New("article text is not valid UTF-8")

// TooLargeError is returned for an article longer than the extractor's limit.
type TooLargeError struct {
	Size, Limit int
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("article is %d bytes, over the limit of %d", e.Size, e.Limit)
}

// Option configures an Extractor.
type Option func(*config) error

type config struct {
	segmenter Segmenter
	maxBytes  int
}

// WithSegmenter replaces the sentence splitter (default: prose's Punkt
// model, repaired around quotation marks and titles).
func WithSegmenter(s Segmenter) Option {
	return func(c *config) error {
		if s == nil {
			return errors.New("nil segmenter")
		}
		c.segmenter = s
		return nil
	}
}

// WithMaxBytes sets the largest article text Extract accepts, in bytes.
// Default: 16 MiB. Larger articles get a *TooLargeError.
func WithMaxBytes(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("max bytes must be positive, got %d", n)
		}
		c.maxBytes = n
		return nil
	}
}

// Extractor finds quotations and their speakers. It holds only read-only
// models after New, so one Extractor is safe for concurrent use.
type Extractor struct {
	cfg config
}

// New returns an Extractor. It loads the sentence model once.
func New(opts ...Option) (*Extractor, error) {
	c := config{maxBytes: 16 << 20}
	for _, o := range opts {
		if err := o(&c); err != nil {
			return nil, fmt.Errorf("extractor option: %w", err)
		}
	}
	if c.segmenter == nil {
		s, err := newProseSegmenter()
		if err != nil {
			return nil, err
		}
		c.segmenter = s
	}
	return &Extractor{cfg: c}, nil
}

// Extract finds the quotes and speakers of one article. It is
// deterministic: the same article always gives the same Result. It returns
// ErrInvalidUTF8, a *TooLargeError, ctx's error if ctx is done before it
// starts, or an error from the Segmenter.
func (x *Extractor) Extract(ctx context.Context, a Article) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	if len(a.Text) > x.cfg.maxBytes {
		return Result{}, &TooLargeError{Size: len(a.Text), Limit: x.cfg.maxBytes}
	}
	if !utf8.ValidString(a.Text) {
		return Result{}, ErrInvalidUTF8
	}
	d, err := newDocument(a.Text, x.cfg.segmenter)
	if err != nil {
		return Result{}, fmt.Errorf("splitting sentences: %w", err)
	}
	return d.result(a.ID), nil
}

// result runs the rules and encodes the record.
func (d *document) result(id string) Result {
	found := dedupe(d.attribute())
	es := d.buildEntities()
	cp := newCodePoints(d.text)

	// Resolve each quote's speaker; quotes of one entity (or, for unnamed
	// sources, of one kind and role) share a speaker.
	type speakerAcc struct {
		r        resolved
		mentions []span
		first    int
		id       string
	}
	var accs []*speakerAcc
	index := map[any]int{}
	spkOf := make([]int, len(found))
	res := make([]resolved, len(found))
	var last *entity
	lastPara := -10
	for i, f := range found {
		spkOf[i] = -1
		if f.speaker == nil {
			continue
		}
		r := es.resolve(*f.speaker, last, lastPara, f.para)
		if f.resolution != "" {
			r.resolution = f.resolution
		}
		if r.e != nil {
			last, lastPara = r.e, f.para
		}
		res[i] = r
		var key any = r.e
		if r.e == nil {
			key = [3]string{r.kind, strings.ToLower(r.roleText), r.name}
		}
		ms := d.mentionSpan(*f.speaker)
		k, ok := index[key]
		if !ok {
			k = len(accs)
			index[key] = k
			accs = append(accs, &speakerAcc{r: r, first: ms.start})
		}
		accs[k].mentions = append(accs[k].mentions, ms)
		accs[k].first = min(accs[k].first, ms.start)
		spkOf[i] = k
	}
	for _, a := range accs {
		if e := a.r.e; e != nil {
			a.mentions = append(a.mentions, e.mentions...)
			a.first = min(a.first, e.first)
			if e.role != "" {
				a.r.roleText = e.role
			}
		}
		slices.SortFunc(a.mentions, func(x, y span) int { return cmp.Or(x.start-y.start, x.end-y.end) })
		a.mentions = slices.Compact(a.mentions)
	}
	order := make([]*speakerAcc, len(accs))
	copy(order, accs)
	slices.SortStableFunc(order, func(x, y *speakerAcc) int { return x.first - y.first })

	out := Result{SchemaVersion: SchemaVersion, ArticleID: id, Extractor: Info{Name, Version},
		Speakers: make([]Speaker, 0, len(order)), Quotes: make([]Quote, 0, len(found))}
	for i, a := range order {
		a.id = "s" + strconv.Itoa(i+1)
		sp := Speaker{ID: a.id, Name: OptString(a.r.name), Kind: a.r.kind, Role: OptString(a.r.roleText), Mentions: make([]Span, len(a.mentions))}
		for k, m := range a.mentions {
			sp.Mentions[k] = cp.span(m)
		}
		out.Speakers = append(out.Speakers, sp)
	}
	for i, f := range found {
		first, lastSeg := f.segs[0], f.segs[len(f.segs)-1]
		whole := cp.span(span{first.start, lastSeg.end})
		q := Quote{
			ID:        id + ":" + strconv.Itoa(whole.Start) + "-" + strconv.Itoa(whole.End),
			Text:      whole.Text,
			Start:     whole.Start,
			End:       whole.End,
			Segments:  make([][2]int, len(f.segs)),
			Type:      f.typ,
			Paragraph: f.para,
		}
		for k, s := range f.segs {
			q.Segments[k] = [2]int{cp.at(s.start), cp.at(s.end)}
		}
		if !f.cue.empty() {
			c := cp.span(f.cue)
			q.Cue = &c
		}
		if k := spkOf[i]; k >= 0 {
			a := accs[k]
			q.Speaker = &QuoteSpeaker{ID: a.id, Name: OptString(a.r.name), Kind: a.r.kind, Role: OptString(a.r.roleText),
				Mention: cp.span(d.mentionSpan(*f.speaker)), Resolution: res[i].resolution}
		}
		q.Confidence = confidence(f, q.Speaker)
		out.Quotes = append(out.Quotes, q)
	}
	return out
}

func (d *document) mentionSpan(m mention) span {
	return span{d.toks[m.lo].start, d.toks[m.hi-1].end}
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
