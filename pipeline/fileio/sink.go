package fileio

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sync"

	"github.com/quotewire/quotewire/pipeline"
)

// SinkConfig configures a Sink.
type SinkConfig struct {
	// Out receives the records of OutputTopic, one JSON line each.
	// Required.
	Out io.Writer
	// OutputTopic is the Runner's output topic. Required.
	OutputTopic string
	// Pretty indents each record for people (the output is then not JSON
	// lines).
	Pretty bool
	// Report is called with each dead letter's place, error class and
	// message.
	Report func(where string, class pipeline.Class, msg string)
}

// Sink is a pipeline.Sink that writes attribution records to Out, in the
// order given, and reports every other record (dead letters) through
// Report. It is safe for concurrent use.
type Sink struct {
	cfg SinkConfig
	mu  sync.Mutex
	w   *bufio.Writer
}

var _ pipeline.Sink = (*Sink)(nil)

// NewSink returns a Sink.
func NewSink(cfg SinkConfig) *Sink {
	return &Sink{cfg: cfg, w: bufio.NewWriterSize(cfg.Out, 1<<16)}
}

// Write writes the records and flushes; an error writing Out is fatal.
func (s *Sink) Write(_ context.Context, records ...pipeline.Record) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range records {
		if r.Topic != s.cfg.OutputTopic {
			if s.cfg.Report != nil {
				s.cfg.Report(header(r.Headers, HeaderWhere, header(r.Headers, pipeline.HeaderSource, string(r.Key))),
					pipeline.Class(header(r.Headers, pipeline.HeaderErrorClass, "")), header(r.Headers, pipeline.HeaderErrorMsg, "dead-lettered"))
			}
			continue
		}
		v := r.Value
		if s.cfg.Pretty {
			var b bytes.Buffer
			if err := json.Indent(&b, v, "", "  "); err != nil {
				return fmt.Errorf("indenting a record: %w", err)
			}
			v = b.Bytes()
		}
		s.w.Write(v)
		if err := s.w.WriteByte('\n'); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
	}
	if err := s.w.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	return nil
}

// Close flushes.
func (s *Sink) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Flush()
}

func header(hs []pipeline.Header, key, def string) string {
	for _, h := range hs {
		if h.Key == key {
			return string(h.Value)
		}
	}
	return def
}
