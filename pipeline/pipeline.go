// Package pipeline is quotewire's worker runtime: it fetches articles from a
// Source, extracts quotes on a pool of workers, writes one record per
// article (or a dead-letter record) to a Sink, and commits input offsets in
// order per partition once the records are acknowledged. It knows nothing of
// Kafka: pipeline/kafkaio adapts kafka-go to these interfaces.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/internal/retry"
)

// Header is a message or record header.
type Header struct {
	Key   string
	Value []byte
}

// Message is one input message.
type Message struct {
	Topic     string
	Partition int
	Offset    int64
	Key       []byte
	Value     []byte
	Headers   []Header
	Time      time.Time
	// Generation identifies the consumer-group generation that fetched the
	// message; a Source refuses to commit for a generation that has ended.
	Generation int64
}

// Record is one output record: an attribution record or a dead-letter entry.
type Record struct {
	Topic   string
	Key     []byte
	Value   []byte
	Headers []Header
}

// Source delivers input messages.
//
// Fetch blocks until a message is available or ctx is done, and returns
// ctx's error then. A finite source (files) returns ErrEndOfInput once it
// has delivered everything: Run then finishes what is in flight and
// returns nil. Commit marks the given messages, and every earlier offset of
// their partitions, as processed; callers pass messages in offset order per
// partition. Commit of a message whose generation has ended (its partition
// moved to another worker) must not commit and returns nil: the new owner
// reprocesses it. Errors matching ErrTransient (see Error and Class) are
// retried; others are fatal. Close leaves the group. Fetch and Commit may
// be called from different goroutines.
type Source interface {
	Fetch(ctx context.Context) (Message, error)
	Commit(ctx context.Context, msgs ...Message) error
	Close() error
}

// Sink writes records. Write returns only when every record is
// acknowledged by the broker (acks=all), or with an error; records with the
// same key must be written in the order given. Errors matching ErrTransient
// are retried: the whole call again, or, when the error is a
// *PartialWriteError naming the records not written (one partition's
// leader down), only those, so that the acknowledged rest is not written
// twice; a *RecordError names records the broker refused for good, every
// other record of the call being acknowledged. Close flushes and releases
// the sink.
type Sink interface {
	Write(ctx context.Context, records ...Record) error
	Close() error
}

// Readier is implemented by a Source or Sink that can tell whether it can
// do its work now; the Runner's Ready asks them. Ready returns nil when
// ready, or an error saying why not. It must not block for long: it honours
// ctx, and may answer from a recent check.
type Readier interface {
	Ready(ctx context.Context) error
}

// Extractor is what the pipeline needs of the quote extractor; it must be
// safe for concurrent use.
type Extractor interface {
	Extract(ctx context.Context, a extractor.Article) (extractor.Result, error)
}

// ErrTransient marks a broker or network error worth retrying. Errors of a
// transient Class match it.
var ErrTransient = errors.New("transient")

// ErrEndOfInput is returned by the Fetch of a finite Source when every
// message has been delivered.
var ErrEndOfInput = errors.New("end of input")

// RecordError reports records the broker refused for good (too large, or
// invalid): retrying cannot help. Every record of the Write call it does
// not name was acknowledged.
type RecordError struct {
	// Index lists the positions of the refused records in the Write call,
	// in ascending order.
	Index []int
	// Err is the broker's reason.
	Err error
}

func (e *RecordError) Error() string {
	return fmt.Sprintf("%d record(s) refused: %v", len(e.Index), e.Err)
}
func (e *RecordError) Unwrap() error { return e.Err }

// Header names of the record contract.
const (
	HeaderContentType = "content-type"
	HeaderSchema      = "quotewire-schema"
	HeaderSource      = "quotewire-source"
	HeaderErrorClass  = "quotewire-error-class"
	HeaderErrorMsg    = "quotewire-error-message"
)

// WriteRetrying writes records to sink, retrying transient errors with the
// shared backoff (internal/retry) for up to budget; onRetry, when not nil,
// hears of each retry. It is for one-off writers (produce, dlq replay,
// tests); the Runner retries on its own.
func WriteRetrying(ctx context.Context, sink Sink, budget time.Duration, onRetry func(err error, wait time.Duration), records ...Record) error {
	start := time.Now()
	return retry.Do(ctx, &retry.Backoff{}, func(err error) bool { return errors.Is(err, ErrTransient) && time.Since(start) < budget },
		onRetry, func() error { return sink.Write(ctx, records...) })
}
