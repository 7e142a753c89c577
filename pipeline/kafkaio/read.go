package kafkaio

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/quotewire/quotewire/pipeline"
)

// ReadTopic reads every partition of topic from its first offset, outside
// any consumer group, and calls fn for each record until fn returns false
// or ctx ends. Records of one partition arrive in order. It is for the
// demo, tools and tests: workers use a Source.
func ReadTopic(ctx context.Context, cfg Config, topic string, fn func(pipeline.Message) bool) error {
	if err := cfg.Validate(); err != nil {
		return err
	}
	parts, err := partitions(ctx, cfg, topic)
	if err != nil {
		return err
	}
	if len(parts) == 0 {
		return fmt.Errorf("topic %s has no partitions", topic)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	msgs := make(chan pipeline.Message)
	var wg sync.WaitGroup
	for _, p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := kafka.NewReader(kafka.ReaderConfig{Brokers: cfg.Brokers, Topic: topic, Partition: p, Dialer: cfg.dialer(),
				MinBytes: 1, MaxBytes: 16 << 20, MaxWait: 200 * time.Millisecond})
			defer r.Close()
			r.SetOffset(kafka.FirstOffset)
			for {
				m, err := r.FetchMessage(ctx)
				if err != nil {
					if ctx.Err() != nil || errors.Is(err, context.Canceled) {
						return
					}
					time.Sleep(100 * time.Millisecond)
					continue
				}
				select {
				case msgs <- fromKafka(m, 0):
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	defer wg.Wait()
	for {
		select {
		case m := <-msgs:
			if !fn(m) {
				cancel()
				return nil
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// ReadToEnd reads every record of topic that exists when it is called, from
// each partition's first offset to its end offset at that moment, and calls
// fn for each, in order per partition. It returns when all are read.
func ReadToEnd(ctx context.Context, cfg Config, topic string, fn func(pipeline.Message)) error {
	if err := cfg.Validate(); err != nil {
		return err
	}
	parts, err := partitions(ctx, cfg, topic)
	if err != nil {
		return err
	}
	cl := cfg.client(10 * time.Second)
	req := &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{}}
	for _, p := range parts {
		req.Topics[topic] = append(req.Topics[topic], kafka.FirstOffsetOf(p), kafka.LastOffsetOf(p))
	}
	offs, err := cl.ListOffsets(ctx, req)
	if err != nil {
		return fmt.Errorf("listing offsets of %s: %w", topic, err)
	}
	for _, po := range offs.Topics[topic] {
		if po.Error != nil {
			return fmt.Errorf("offsets of %s/%d: %w", topic, po.Partition, po.Error)
		}
		if po.LastOffset <= po.FirstOffset {
			continue
		}
		r := kafka.NewReader(kafka.ReaderConfig{Brokers: cfg.Brokers, Topic: topic, Partition: po.Partition, Dialer: cfg.dialer(),
			MinBytes: 1, MaxBytes: 16 << 20, MaxWait: 200 * time.Millisecond})
		r.SetOffset(po.FirstOffset)
		for {
			m, err := r.FetchMessage(ctx)
			if err != nil {
				r.Close()
				return fmt.Errorf("reading %s/%d: %w", topic, po.Partition, err)
			}
			fn(fromKafka(m, 0))
			if m.Offset >= po.LastOffset-1 {
				break
			}
		}
		r.Close()
	}
	return nil
}

// partitions lists the partitions of topic.
func partitions(ctx context.Context, cfg Config, topic string) ([]int, error) {
	cl := cfg.client(10 * time.Second)
	md, err := cl.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return nil, fmt.Errorf("metadata of %s: %w", topic, err)
	}
	var parts []int
	for _, t := range md.Topics {
		if t.Name != topic {
			continue
		}
		if t.Error != nil {
			return nil, fmt.Errorf("topic %s: %w", topic, t.Error)
		}
		for _, p := range t.Partitions {
			parts = append(parts, p.ID)
		}
	}
	return parts, nil
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
