package extractor

import (
	"errors"
	"fmt"
)

// Option configures an Extractor.
type Option func(*config) error

type config struct {
	segmenter Segmenter
	maxBytes  int
	model     *Model
	rulesOnly bool
}

// defaultMaxBytes is the largest article Extract accepts by default: far
// above any news article, low enough that one request cannot exhaust memory
// (the extractor needs about 115 bytes per input byte at worst).
const defaultMaxBytes = 16 << 20

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

// WithModel scores the extractor's uncertain decisions with m instead of
// the model embedded in the binary (DefaultModel).
func WithModel(m *Model) Option {
	return func(c *config) error {
		if m == nil {
			return errors.New("nil model")
		}
		c.model, c.rulesOnly = m, false
		return nil
	}
}

// WithRulesOnly uses no model: every candidate the rules propose is kept
// and its confidence is the hand-set figure of its rule (rules.go). It is
// what a model is trained from, and the baseline a model is measured against.
func WithRulesOnly() Option {
	return func(c *config) error {
		c.model, c.rulesOnly = nil, true
		return nil
	}
}
