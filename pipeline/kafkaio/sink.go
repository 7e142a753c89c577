package kafkaio

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/quotewire/quotewire/internal/retry"
	"github.com/quotewire/quotewire/pipeline"
)

// SinkConfig configures a Sink.
type SinkConfig struct {
	Config
	// BatchTimeout is how long a partial batch waits before it is sent. A
	// synchronous write of one record waits this long. Default: 1ms.
	BatchTimeout time.Duration
	// MaxRecordBytes is the largest batch of records sent to one partition
	// in one request, and so the largest record. Keep it at most the
	// smallest max.message.bytes of the topics written: the broker refuses a
	// larger batch as a whole. Larger records are refused without being
	// sent. Default: 8 MiB, the output topic's limit.
	MaxRecordBytes int64
	// CheckTopics are the topics Ready checks: each must exist and have a
	// leader for every partition. Default: none.
	CheckTopics []string
}

// Validate checks the configuration.
func (c *SinkConfig) Validate() error {
	var errs []error
	if err := c.Config.Validate(); err != nil {
		errs = append(errs, err)
	}
	if c.BatchTimeout < 0 || c.MaxRecordBytes < 0 {
		errs = append(errs, &ConfigError{"MaxRecordBytes", errors.New("timeouts and sizes must not be negative")})
	}
	return errors.Join(errs...)
}

// Sink writes records with acks=all, keys placed by murmur2 as Java
// clients place them. It is safe for concurrent use.
type Sink struct {
	cfg        SinkConfig
	w          *kafka.Writer
	cl         *kafka.Client
	release    func() // the transports' goroutines and connections
	batchBytes int64

	mu        sync.Mutex
	lastErr   error     // the last Write's transient error, nil after a success
	checked   time.Time // when topics were last checked
	topicsErr error
}

var (
	_ pipeline.Sink    = (*Sink)(nil)
	_ pipeline.Readier = (*Sink)(nil)
)

// NewSink returns a Sink.
func NewSink(cfg SinkConfig) (*Sink, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("kafka sink config: %w", err)
	}
	if cfg.BatchTimeout == 0 {
		cfg.BatchTimeout = time.Millisecond
	}
	if cfg.MaxRecordBytes == 0 {
		cfg.MaxRecordBytes = 8 << 20
	}
	tr, err := cfg.transport()
	if err != nil {
		return nil, err
	}
	cl, release, err := cfg.client(5 * time.Second)
	if err != nil {
		return nil, err
	}
	b := cfg.backoff()
	info, errs := kafkaLoggers(&cfg.Config, &retry.Throttle{}, "writer")
	return &Sink{cfg: cfg, cl: cl, release: func() { release(); tr.CloseIdleConnections() }, batchBytes: cfg.MaxRecordBytes, w: &kafka.Writer{
		Addr:            kafka.TCP(cfg.Brokers...),
		Balancer:        &kafka.Murmur2Balancer{},
		RequiredAcks:    kafka.RequireAll, // the default, RequireNone, hides every error
		BatchTimeout:    cfg.BatchTimeout,
		BatchSize:       1000,
		BatchBytes:      cfg.MaxRecordBytes,
		MaxAttempts:     3,
		WriteBackoffMin: b.Min,
		WriteBackoffMax: max(b.Min, min(b.Max, time.Second)),
		WriteTimeout:    30 * time.Second,
		Transport:       tr,
		Logger:          info,
		ErrorLogger:     errs,
	}}, nil
}

// Write writes the records synchronously; it returns when the broker has
// acknowledged all of them. Records the broker refuses for good (too
// large) give a *pipeline.RecordError naming them, once every other record
// is acknowledged: a record over MaxRecordBytes is refused without being
// sent, and the records of a batch the broker refused as a whole are
// written again one by one, so only those too large by themselves are
// named. Broker and network trouble is a transient error: a
// *pipeline.PartialWriteError names the records to write again when the
// broker acknowledged the others (a partition's leader down), else write
// all again.
func (s *Sink) Write(ctx context.Context, records ...pipeline.Record) error {
	err := s.write(ctx, records)
	var re *pipeline.RecordError
	if err == nil || errors.As(err, &re) {
		s.setLastErr(nil)
	} else if transient(err) {
		s.setLastErr(err)
	}
	return err
}

func (s *Sink) write(ctx context.Context, records []pipeline.Record) error {
	if len(records) == 0 {
		return nil
	}
	var refused []int
	var send []int // indexes of records
	msgs := make([]kafka.Message, 0, len(records))
	for i, r := range records {
		m := kafka.Message{Topic: r.Topic, Key: r.Key, Value: r.Value}
		for _, h := range r.Headers {
			m.Headers = append(m.Headers, kafka.Header{Key: h.Key, Value: h.Value})
		}
		if recordSize(m) > s.batchBytes {
			refused = append(refused, i)
			continue
		}
		send = append(send, i)
		msgs = append(msgs, m)
	}
	var cause error = kafka.MessageSizeTooLarge
	if len(msgs) > 0 {
		err := s.w.WriteMessages(ctx, msgs...)
		var werrs kafka.WriteErrors
		switch {
		case err == nil:
		case errors.As(err, &werrs):
			var bad []int // positions in msgs
			var failed []int
			var transientErr error
			for i, e := range werrs {
				switch {
				case e == nil:
				case isRefused(e):
					bad = append(bad, i)
					cause = e
				default:
					failed = append(failed, i)
					if transientErr == nil {
						transientErr = e
					}
				}
			}
			if len(failed) > 0 {
				// A partition's leader is gone or moving: the records for
				// the others are acknowledged and must not be written
				// again. Name the rest, refused ones included (the next
				// try sorts those out).
				again := slices.Clone(refused)
				for _, i := range append(failed, bad...) {
					again = append(again, send[i])
				}
				slices.Sort(again)
				cerr := classify(fmt.Errorf("writing %d of %d records: %w", len(failed), len(records), transientErr))
				if !transient(cerr) {
					return cerr
				}
				return &pipeline.PartialWriteError{Failed: again, Err: cerr}
			}
			if len(bad) == 1 {
				refused = append(refused, send[bad[0]])
			}
			if len(bad) > 1 {
				// The broker refuses a batch over the topic's limit as a
				// whole: try each record alone.
				for k, i := range bad {
					if err := s.w.WriteMessages(ctx, msgs[i]); err != nil {
						if !isRefused(err) {
							cerr := classify(fmt.Errorf("writing a record again alone: %w", err))
							if !transient(cerr) {
								return cerr
							}
							// The records before it are written: name the
							// rest, so that only they are tried again.
							again := slices.Clone(refused)
							for _, j := range bad[k:] {
								again = append(again, send[j])
							}
							slices.Sort(again)
							return &pipeline.PartialWriteError{Failed: again, Err: cerr}
						}
						refused = append(refused, send[i])
						cause = err
					}
				}
			}
		default:
			return classify(fmt.Errorf("writing %d records: %w", len(records), err))
		}
	}
	if len(refused) == 0 {
		return nil
	}
	slices.Sort(refused)
	return &pipeline.RecordError{Index: refused, Err: cause}
}

// recordSize is a record's size as kafka-go counts it against BatchBytes,
// rounded up.
func recordSize(m kafka.Message) int64 {
	n := 64 + len(m.Key) + len(m.Value)
	for _, h := range m.Headers {
		n += 16 + len(h.Key) + len(h.Value)
	}
	return int64(n)
}

// isRefused reports errors that retrying the same record cannot fix.
func isRefused(err error) bool {
	var werrs kafka.WriteErrors
	if errors.As(err, &werrs) { // kafka-go's WriteErrors does not unwrap
		for _, e := range werrs {
			if e != nil && !isRefused(e) {
				return false
			}
		}
		return werrs.Count() > 0
	}
	var mtl kafka.MessageTooLargeError
	return errors.Is(err, kafka.MessageSizeTooLarge) || errors.Is(err, kafka.InvalidRecord) || errors.As(err, &mtl)
}

func (s *Sink) setLastErr(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lastErr = err
}

// Ready reports whether the sink can write: nil when its last write did not
// fail and every topic of CheckTopics exists and has a leader for each
// partition (checked at most every 5 s).
func (s *Sink) Ready(ctx context.Context) error {
	s.mu.Lock()
	last := s.lastErr
	stale := time.Since(s.checked) > 5*time.Second
	topicsErr := s.topicsErr
	s.mu.Unlock()
	if last != nil {
		return fmt.Errorf("the last write failed: %w", last)
	}
	if len(s.cfg.CheckTopics) == 0 {
		return nil
	}
	if stale {
		cctx, cancel := context.WithTimeout(ctx, 3*time.Second)
		topicsErr = topicsReady(cctx, s.cl, s.cfg.CheckTopics)
		cancel()
		s.mu.Lock()
		s.checked, s.topicsErr = time.Now(), topicsErr
		s.mu.Unlock()
	}
	if topicsErr != nil {
		return fmt.Errorf("topics not writable: %w", topicsErr)
	}
	return nil
}

// Close flushes pending writes, closes the writer and releases its
// connections (kafka-go's Writer.Close leaves a Transport it was given
// open).
func (s *Sink) Close() error {
	err := s.w.Close()
	s.release()
	return err
}
