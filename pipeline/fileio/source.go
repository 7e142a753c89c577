package fileio

import (
	"context"
	"io"
	"sync/atomic"

	"github.com/quotewire/quotewire/pipeline"
)

// Topic is the topic name of the messages a Source delivers.
const Topic = "files"

// HeaderWhere carries an input's place (file, file:line) on its message,
// and so on its dead letter, for error messages.
const HeaderWhere = "quotewire-file-where"

// Source is a pipeline.Source over files, read in order, one message per
// article, all on partition 0 with consecutive offsets; Fetch returns
// pipeline.ErrEndOfInput after the last one. It has no goroutine of its
// own: Fetch reads the next article.
type Source struct {
	r      *Reader
	report func(where string, err error)
	next   int64
	bytes  atomic.Int64
}

var _ pipeline.Source = (*Source)(nil)

// NewSource returns a Source of args ("-" is stdin). report is called, from
// Fetch's goroutine, with each input that cannot be read at all (a missing
// file, an unknown format, a line that is no object); articles that are
// read but invalid reach the pipeline, which dead-letters them.
func NewSource(args []string, stdin io.Reader, report func(where string, err error)) *Source {
	return &Source{r: NewReader(args, stdin), report: report}
}

// Fetch returns the next article.
func (s *Source) Fetch(ctx context.Context) (pipeline.Message, error) {
	for {
		if err := ctx.Err(); err != nil {
			return pipeline.Message{}, err
		}
		in, ok := s.r.Next()
		if !ok {
			return pipeline.Message{}, pipeline.ErrEndOfInput
		}
		if in.Err != nil {
			if s.report != nil {
				s.report(in.Where, in.Err)
			}
			continue
		}
		s.bytes.Add(int64(len(in.Value)))
		m := pipeline.Message{Topic: Topic, Offset: s.next, Key: in.Key, Value: in.Value,
			Headers: []pipeline.Header{{Key: HeaderWhere, Value: []byte(in.Where)}}}
		s.next++
		return m, nil
	}
}

// Bytes is the size of the article values delivered so far.
func (s *Source) Bytes() int64 { return s.bytes.Load() }

// Commit does nothing: files have no offsets to keep.
func (s *Source) Commit(context.Context, ...pipeline.Message) error { return nil }

// Close closes the file being read.
func (s *Source) Close() error { return s.r.Close() }
