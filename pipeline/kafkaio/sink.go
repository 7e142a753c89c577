package kafkaio

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/quotewire/quotewire/pipeline"
)

// SinkConfig configures a Sink.
type SinkConfig struct {
	Config
	// BatchTimeout is how long a partial batch waits before it is sent. A
	// synchronous write of one record waits this long. Default: 1ms.
	BatchTimeout time.Duration
	// MaxRecordBytes is the largest batch of records in one request.
	// Default: 16 MiB (records may exceed the 1 MiB input limit).
	MaxRecordBytes int64
}

// Sink writes records with acks=all, keys placed by murmur2 as Java
// clients place them.
type Sink struct {
	w *kafka.Writer
}

var _ pipeline.Sink = (*Sink)(nil)

// NewSink returns a Sink.
func NewSink(cfg SinkConfig) (*Sink, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("kafka sink config: %w", err)
	}
	if cfg.BatchTimeout == 0 {
		cfg.BatchTimeout = time.Millisecond
	}
	if cfg.MaxRecordBytes == 0 {
		cfg.MaxRecordBytes = 16 << 20
	}
	log := cfg.logger()
	return &Sink{w: &kafka.Writer{
		Addr:         kafka.TCP(cfg.Brokers...),
		Balancer:     &kafka.Murmur2Balancer{},
		RequiredAcks: kafka.RequireAll, // the default, RequireNone, hides every error
		BatchTimeout: cfg.BatchTimeout,
		BatchSize:    1000,
		BatchBytes:   cfg.MaxRecordBytes,
		MaxAttempts:  3,
		WriteTimeout: 30 * time.Second,
		Transport:    cfg.transport(),
		Logger:       kafkaLogger(log, -4),
		ErrorLogger:  kafkaLogger(log, 8),
	}}, nil
}

// Write writes the records synchronously; it returns when the broker has
// acknowledged all of them. A record the broker refuses for good gives a
// *pipeline.RecordError; broker and network trouble is transient.
func (s *Sink) Write(ctx context.Context, records ...pipeline.Record) error {
	if len(records) == 0 {
		return nil
	}
	msgs := make([]kafka.Message, len(records))
	for i, r := range records {
		msgs[i] = kafka.Message{Topic: r.Topic, Key: r.Key, Value: r.Value}
		for _, h := range r.Headers {
			msgs[i].Headers = append(msgs[i].Headers, kafka.Header{Key: h.Key, Value: h.Value})
		}
	}
	err := s.w.WriteMessages(ctx, msgs...)
	if err == nil {
		return nil
	}
	var werrs kafka.WriteErrors
	if errors.As(err, &werrs) {
		for i, e := range werrs {
			if e != nil && refused(e) {
				return &pipeline.RecordError{Index: i, Err: e}
			}
		}
		for _, e := range werrs {
			if e != nil {
				return classify(fmt.Errorf("writing %d records: %w", len(records), e))
			}
		}
	}
	var mtl kafka.MessageTooLargeError
	if errors.As(err, &mtl) {
		for i, m := range msgs {
			if m.Key != nil && string(m.Key) == string(mtl.Message.Key) && string(m.Value) == string(mtl.Message.Value) {
				return &pipeline.RecordError{Index: i, Err: err}
			}
		}
	}
	return classify(fmt.Errorf("writing %d records: %w", len(records), err))
}

// refused reports errors that retrying the same record cannot fix.
func refused(err error) bool {
	var mtl kafka.MessageTooLargeError
	return errors.Is(err, kafka.MessageSizeTooLarge) || errors.Is(err, kafka.InvalidRecord) || errors.As(err, &mtl)
}

// Close flushes pending writes and closes the writer.
func (s *Sink) Close() error { return s.w.Close() }
