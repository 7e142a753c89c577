package kafkaio

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/quotewire/quotewire/internal/retry"
	"github.com/quotewire/quotewire/pipeline"
)

// ReadTopic reads every partition of topic from its first offset, outside
// any consumer group, and calls fn for each record until fn returns false
// or ctx ends. Records of one partition arrive in order. Errors are retried
// with backoff, except an authorization failure, which ReadTopic returns. It is
// for the demo, tools and tests: workers use a Source.
func ReadTopic(ctx context.Context, cfg Config, topic string, fn func(pipeline.Message) bool) error {
	if err := cfg.Validate(); err != nil {
		return err
	}
	parts, err := partitions(ctx, &cfg, topic)
	if err != nil {
		return err
	}
	dialer, err := cfg.dialer()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	msgs := make(chan pipeline.Message)
	errc := make(chan error, len(parts))
	th := &retry.Throttle{}
	for _, p := range parts {
		wg.Go(func() {
			r, err := newReader(&cfg, th, dialer, topic, p)
			if err != nil {
				errc <- err
				return
			}
			defer r.Close()
			if err := r.SetOffset(kafka.FirstOffset); err != nil {
				errc <- fmt.Errorf("reading %s/%d: %w", topic, p, err)
				return
			}
			b := cfg.backoff()
			for {
				m, err := r.FetchMessage(ctx)
				if err != nil {
					if ctx.Err() != nil {
						return
					}
					if denied(err) {
						errc <- classify(fmt.Errorf("reading %s/%d: %w", topic, p, err))
						return
					}
					if !retry.Sleep(ctx, b.Next()) {
						return
					}
					continue
				}
				b.Reset()
				select {
				case msgs <- fromKafka(m, 0):
				case <-ctx.Done():
					return
				}
			}
		})
	}
	for {
		select {
		case m := <-msgs:
			if !fn(m) {
				return nil
			}
		case err := <-errc:
			return err
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// newReader returns a reader of one partition outside any group; it checks
// the configuration first (kafka.NewReader panics on a bad one).
func newReader(cfg *Config, th *retry.Throttle, dialer *kafka.Dialer, topic string, partition int) (*kafka.Reader, error) {
	rc := readerConfig(cfg, th, dialer, topic, partition)
	if err := rc.Validate(); err != nil {
		return nil, fmt.Errorf("reader of %s/%d: %w", topic, partition, err)
	}
	return kafka.NewReader(rc), nil
}

// readerConfig is the configuration of a reader of one partition, for
// ReadToEnd and the Source's partition readers alike.
func readerConfig(cfg *Config, th *retry.Throttle, dialer *kafka.Dialer, topic string, partition int) kafka.ReaderConfig {
	info, errs := kafkaLoggers(cfg, th, "reader")
	return kafka.ReaderConfig{Brokers: cfg.Brokers, Topic: topic, Partition: partition, Dialer: dialer,
		MinBytes: 1, MaxBytes: 16 << 20, MaxWait: 200 * time.Millisecond, Logger: info, ErrorLogger: errs,
		// kafka-go's lag goroutine would list offsets every minute and
		// log from a goroutine of its own (a data race with dlq replay's
		// output under -race); quotewire computes lag itself (lag.go).
		ReadLagInterval: -1}
}

// ReadToEnd reads every record of topic that exists when it is called, from
// each partition's first offset to its end offset at that moment, and calls
// fn for each, in order per partition. It returns when all are read.
// Errors (a leader that moves: "[6] Not Leader For Partition") are retried
// with backoff for up to cfg.RetryFor without progress, except an
// authorization failure.
func ReadToEnd(ctx context.Context, cfg Config, topic string, fn func(pipeline.Message)) error {
	if err := cfg.Validate(); err != nil {
		return err
	}
	parts, err := partitions(ctx, &cfg, topic)
	if err != nil {
		return err
	}
	cl, release, err := cfg.client(10 * time.Second)
	if err != nil {
		return err
	}
	defer release()
	first, last, err := offsetRange(ctx, &cfg, cl, topic, parts)
	if err != nil {
		return err
	}
	dialer, err := cfg.dialer()
	if err != nil {
		return err
	}
	th := &retry.Throttle{}
	for _, p := range parts {
		if last[p] <= first[p] {
			continue
		}
		if err := readRange(ctx, &cfg, th, dialer, topic, p, first[p], last[p], fn); err != nil {
			return err
		}
	}
	return nil
}

// readRange reads partition p from offset first up to last (exclusive).
func readRange(ctx context.Context, cfg *Config, th *retry.Throttle, dialer *kafka.Dialer, topic string, p int, first, last int64, fn func(pipeline.Message)) error {
	r, err := newReader(cfg, th, dialer, topic, p)
	if err != nil {
		return err
	}
	defer r.Close()
	if err := r.SetOffset(first); err != nil {
		return fmt.Errorf("reading %s/%d: %w", topic, p, err)
	}
	b := cfg.backoff()
	budget := cfg.retryFor()
	lastProgress := time.Now()
	for next := first; next < last; {
		fctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		m, err := r.FetchMessage(fctx)
		cancel()
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if errors.Is(err, context.DeadlineExceeded) {
				// Nothing for a while: the rest of the range may be gone
				// (compacted, or transaction markers).
				if lag, lerr := r.ReadLag(ctx); lerr == nil && lag <= 0 {
					return nil
				}
			}
			err = classify(fmt.Errorf("reading %s/%d at offset %d: %w", topic, p, next, err))
			if denied(err) || time.Since(lastProgress) > budget {
				return err
			}
			if !retry.Sleep(ctx, b.Next()) {
				return ctx.Err()
			}
			continue
		}
		b.Reset()
		lastProgress = time.Now()
		if m.Offset >= last {
			return nil
		}
		fn(fromKafka(m, 0))
		next = m.Offset + 1
	}
	return nil
}

// offsetRange returns the first and end offsets of topic's partitions,
// retrying per-partition errors (a new topic's leader may not be elected
// yet).
func offsetRange(ctx context.Context, cfg *Config, cl *kafka.Client, topic string, parts []int) (first, last map[int]int64, err error) {
	first, last = map[int]int64{}, map[int]int64{}
	err = do(ctx, cfg, "listing offsets of "+topic, func() error {
		req := &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{}}
		for _, p := range parts {
			if _, ok := last[p]; !ok {
				req.Topics[topic] = append(req.Topics[topic], kafka.FirstOffsetOf(p), kafka.LastOffsetOf(p))
			}
		}
		offs, err := cl.ListOffsets(ctx, req)
		if err != nil {
			return classify(err)
		}
		var errs []error
		for _, po := range offs.Topics[topic] {
			if po.Error != nil {
				errs = append(errs, classify(fmt.Errorf("offsets of %s/%d: %w", topic, po.Partition, po.Error)))
				continue
			}
			first[po.Partition], last[po.Partition] = po.FirstOffset, po.LastOffset
		}
		for _, p := range parts {
			if _, ok := last[p]; !ok && len(errs) == 0 {
				errs = append(errs, pipeline.Errorf(pipeline.ClassBroker, fmt.Errorf("no offsets for %s/%d", topic, p)))
			}
		}
		return joinClassified(errs)
	})
	return first, last, err
}

// fromKafka converts a kafka-go message, fetched in a group generation
// (0 outside any group).
func fromKafka(m kafka.Message, generation int64) pipeline.Message {
	msg := pipeline.Message{Topic: m.Topic, Partition: m.Partition, Offset: m.Offset, Key: m.Key, Value: m.Value,
		Time: m.Time, Generation: generation}
	for _, h := range m.Headers {
		msg.Headers = append(msg.Headers, pipeline.Header{Key: h.Key, Value: h.Value})
	}
	return msg
}

// Leaders returns, for each topic, the node id of each partition's leader,
// from one metadata request: for the chaos harness, which kills leaders.
func Leaders(ctx context.Context, cfg Config, topics ...string) (map[string]map[int]int, error) {
	cl, release, err := cfg.client(5 * time.Second)
	if err != nil {
		return nil, err
	}
	defer release()
	resp, err := cl.Metadata(ctx, &kafka.MetadataRequest{Topics: topics})
	if err != nil {
		return nil, classify(err)
	}
	out := map[string]map[int]int{}
	for _, t := range resp.Topics {
		if t.Error != nil {
			return nil, classify(fmt.Errorf("metadata of %s: %w", t.Name, t.Error))
		}
		out[t.Name] = map[int]int{}
		for _, p := range t.Partitions {
			out[t.Name][p.ID] = p.Leader.ID
		}
	}
	return out, nil
}
