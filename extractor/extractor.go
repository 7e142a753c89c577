package extractor

import (
	"context"
	"errors"
	"fmt"
	"sync"
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

// Extractor finds quotations and their speakers. It holds only read-only
// models after New, so one Extractor is safe for concurrent use.
type Extractor struct {
	cfg config
	lex *lexicon
	// toks holds token slices of finished extractions (*[]token, emptied)
	// for the next: a document's tokens are its largest allocation (88
	// bytes per token, one per five bytes of text, two fifths of the bytes
	// an extraction allocates), and reusing them spares the garbage
	// collector that much. No Result or Features value can hold a token
	// (their fields are strings and numbers), so none sees a reused one.
	toks *sync.Pool
	// names holds the name mention slices of finished extractions
	// (*[]nameMention, emptied), for the same reason: the next largest
	// allocation (160 bytes per mention, one per ~15 tokens), read only
	// while the entities are built.
	names *sync.Pool
}

// New returns an Extractor. It loads the sentence model, the word lists and
// the decision model (DefaultModel, unless an Option says otherwise) once.
func New(opts ...Option) (*Extractor, error) {
	c := config{maxBytes: defaultMaxBytes}
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
	if c.model == nil && !c.rulesOnly {
		m, err := DefaultModel()
		if err != nil {
			return nil, err
		}
		c.model = m
	}
	lex, err := loadLexicon(lexiconFS)
	if err != nil {
		return nil, err
	}
	return &Extractor{cfg: c, lex: lex, toks: &sync.Pool{}, names: &sync.Pool{}}, nil
}

// Extract finds the quotes and speakers of one article. It is
// deterministic: the same article always gives the same Result. It returns
// ErrInvalidUTF8, a *TooLargeError, an error from the Segmenter, or ctx's
// error when ctx ends before it is done: it checks ctx between stages and
// within their loops, so a deadline bounds the time it takes.
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
	return x.run(ctx, a)
}

// Model is the model the Extractor scores its decisions with, or nil when
// it uses its rules only.
func (x *Extractor) Model() *Model { return x.cfg.model }

// Candidates extracts the article with every candidate attribution the
// rules propose kept, and returns for each quote of the Result the
// features a model scores: it is what `quotewire train` learns from.
func (x *Extractor) Candidates(ctx context.Context, a Article) (Result, []Features, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, nil, err
	}
	if !utf8.ValidString(a.Text) {
		return Result{}, nil, ErrInvalidUTF8
	}
	return x.extract(ctx, a, true)
}

// Features are the features of one candidate quote: those of the accept
// decision, those of its confidence (which include the first), and, for a
// pronoun speaker, the candidates it may refer to.
type Features struct {
	Accept, Confidence []string
	Speakers           []SpeakerCandidate
}
