// Package pipelinetest provides in-memory implementations of pipeline's
// Source and Sink for tests: no broker, deterministic, and checking the
// at-least-once contract as they go.
package pipelinetest

import (
	"context"
	"fmt"
	"sync"

	"github.com/quotewire/quotewire/pipeline"
)

// Ledger is shared by a Source and a Sink to check that a commit never
// covers an offset whose record was not written.
type Ledger struct {
	mu      sync.Mutex
	written map[string]bool // "topic/partition/offset" of messages whose records are written
}

// NewLedger returns an empty ledger.
func NewLedger() *Ledger { return &Ledger{written: map[string]bool{}} }

func (l *Ledger) markWritten(source string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.written[source] = true
}

func (l *Ledger) isWritten(source string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.written[source]
}

// Source serves preloaded messages in order and records commits.
type Source struct {
	mu        sync.Mutex
	msgs      []pipeline.Message
	next      int
	committed map[int]int64 // partition -> next offset to read
	ledger    *Ledger
	// FetchErrs are returned by the first Fetch calls, one per call.
	FetchErrs []error
	// StaleBelow: commits of messages with a Generation below it are
	// dropped, as after a rebalance.
	StaleBelow int64
	// Violations lists commits that broke the contract.
	Violations []string
	// Finite makes Fetch return pipeline.ErrEndOfInput once every message
	// is delivered, as a file source does; otherwise it blocks.
	Finite bool
	// ReadyErr is what Ready returns.
	ReadyErr error
	closed   bool
}

var _ pipeline.Readier = (*Source)(nil)

// Ready returns ReadyErr.
func (s *Source) Ready(context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ReadyErr
}

// SetReady sets what Ready returns, safely while a Runner runs.
func (s *Source) SetReady(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ReadyErr = err
}

// NewSource returns a Source serving msgs; a nil ledger skips the check.
func NewSource(ledger *Ledger, msgs ...pipeline.Message) *Source {
	return &Source{msgs: msgs, committed: map[int]int64{}, ledger: ledger}
}

// Fetch returns the next message, or blocks until ctx is done when none is left.
func (s *Source) Fetch(ctx context.Context) (pipeline.Message, error) {
	s.mu.Lock()
	if len(s.FetchErrs) > 0 {
		err := s.FetchErrs[0]
		s.FetchErrs = s.FetchErrs[1:]
		s.mu.Unlock()
		return pipeline.Message{}, err
	}
	if s.next < len(s.msgs) {
		m := s.msgs[s.next]
		s.next++
		s.mu.Unlock()
		return m, nil
	}
	finite := s.Finite
	s.mu.Unlock()
	if finite {
		return pipeline.Message{}, pipeline.ErrEndOfInput
	}
	<-ctx.Done()
	return pipeline.Message{}, ctx.Err()
}

// Commit records the next offset per partition, checking order and the ledger.
func (s *Source) Commit(_ context.Context, msgs ...pipeline.Message) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, m := range msgs {
		if m.Generation < s.StaleBelow {
			continue
		}
		src := fmt.Sprintf("%s/%d/%d", m.Topic, m.Partition, m.Offset)
		if s.ledger != nil && !s.ledger.isWritten(src) {
			s.Violations = append(s.Violations, "commit before write: "+src)
		}
		if prev, ok := s.committed[m.Partition]; ok && m.Offset+1 <= prev {
			s.Violations = append(s.Violations, fmt.Sprintf("commit goes backwards on partition %d: %d after %d", m.Partition, m.Offset+1, prev))
		}
		s.committed[m.Partition] = m.Offset + 1
	}
	return nil
}

// Committed returns the next offset to read of each partition.
func (s *Source) Committed() map[int]int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[int]int64{}
	for k, v := range s.committed {
		out[k] = v
	}
	return out
}

// Fetched reports how many messages were handed out.
func (s *Source) Fetched() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.next
}

// Close marks the source closed.
func (s *Source) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	return nil
}

// Sink stores written records.
type Sink struct {
	mu      sync.Mutex
	records []pipeline.Record
	ledger  *Ledger
	// WriteErrs are returned by the first Write calls, one per call; a
	// returned error writes nothing.
	WriteErrs []error
	// Refuse makes Write refuse the records for which it returns true: it
	// writes the others and returns a *pipeline.RecordError naming them.
	Refuse func(pipeline.Record) bool
	// ReadyErr is what Ready returns.
	ReadyErr error
}

var _ pipeline.Readier = (*Sink)(nil)

// Ready returns ReadyErr.
func (k *Sink) Ready(context.Context) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.ReadyErr
}

// SetReady sets what Ready returns, safely while a Runner runs.
func (k *Sink) SetReady(err error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.ReadyErr = err
}

// NewSink returns an empty Sink; a nil ledger skips the check.
func NewSink(ledger *Ledger) *Sink { return &Sink{ledger: ledger} }

// Write stores the records, or fails as configured.
func (k *Sink) Write(_ context.Context, recs ...pipeline.Record) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if len(k.WriteErrs) > 0 {
		err := k.WriteErrs[0]
		k.WriteErrs = k.WriteErrs[1:]
		return err
	}
	var refused []int
	for i, r := range recs {
		if k.Refuse != nil && k.Refuse(r) {
			refused = append(refused, i)
			continue
		}
		k.records = append(k.records, r)
		if k.ledger != nil {
			for _, h := range r.Headers {
				if h.Key == pipeline.HeaderSource {
					k.ledger.markWritten(string(h.Value))
				}
			}
		}
	}
	if len(refused) > 0 {
		return &pipeline.RecordError{Index: refused, Err: fmt.Errorf("message too large")}
	}
	return nil
}

// Records returns the records written to topic, in order.
func (k *Sink) Records(topic string) []pipeline.Record {
	k.mu.Lock()
	defer k.mu.Unlock()
	var out []pipeline.Record
	for _, r := range k.records {
		if r.Topic == topic {
			out = append(out, r)
		}
	}
	return out
}

// Close does nothing.
func (k *Sink) Close() error { return nil }

// Header returns the value of header key, or "".
func Header(hs []pipeline.Header, key string) string {
	for _, h := range hs {
		if h.Key == key {
			return string(h.Value)
		}
	}
	return ""
}
