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
