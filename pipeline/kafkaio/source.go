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

// SourceConfig configures a Source.
type SourceConfig struct {
	Config
	// Topic is the input topic. Required.
	Topic string
	// GroupID is the consumer group. Required.
	GroupID string
	// MaxWait bounds one fetch request, and so how long Close waits for a
	// reader. Default: 500ms.
	MaxWait time.Duration
	// SessionTimeout: a worker that misses heartbeats this long loses its
	// partitions. Default: 10s.
	SessionTimeout time.Duration
	// MaxBytes is the largest fetch response. Default: 16 MiB.
	MaxBytes int
}

// Validate checks the configuration.
func (c *SourceConfig) Validate() error {
	var errs []error
	if err := c.Config.Validate(); err != nil {
		errs = append(errs, err)
	}
	if c.Topic == "" {
		errs = append(errs, errors.New("input topic is required"))
	}
	if c.GroupID == "" {
		errs = append(errs, errors.New("consumer group is required"))
	}
	if c.MaxWait < 0 || c.SessionTimeout < 0 || c.MaxBytes < 0 {
		errs = append(errs, errors.New("timeouts and sizes must not be negative"))
	}
	return errors.Join(errs...)
}

// Source consumes the input topic as a member of a consumer group.
type Source struct {
	cfg   SourceConfig
	cg    *kafka.ConsumerGroup
	msgs  chan pipeline.Message
	fatal chan error

	mu  sync.Mutex
	gen *kafka.Generation // the current generation; nil between generations

	cancel context.CancelFunc
	done   chan struct{}
}

var _ pipeline.Source = (*Source)(nil)

// NewSource joins the consumer group and starts consuming in the background.
func NewSource(cfg SourceConfig) (*Source, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("kafka source config: %w", err)
	}
	if cfg.MaxWait == 0 {
		cfg.MaxWait = 500 * time.Millisecond
	}
	if cfg.SessionTimeout == 0 {
		cfg.SessionTimeout = 10 * time.Second
	}
	if cfg.MaxBytes == 0 {
		cfg.MaxBytes = 16 << 20
	}
	log := cfg.logger()
	gc := kafka.ConsumerGroupConfig{
		ID:                cfg.GroupID,
		Brokers:           cfg.Brokers,
		Dialer:            cfg.dialer(),
		Topics:            []string{cfg.Topic},
		GroupBalancers:    []kafka.GroupBalancer{kafka.RangeGroupBalancer{}},
		HeartbeatInterval: cfg.SessionTimeout / 5,
		SessionTimeout:    cfg.SessionTimeout,
		RebalanceTimeout:  cfg.SessionTimeout * 3,
		JoinGroupBackoff:  500 * time.Millisecond,
		StartOffset:       kafka.FirstOffset,
		// Partitions added to the topic trigger a rebalance.
		WatchPartitionChanges:  true,
		PartitionWatchInterval: 10 * time.Second,
		Logger:                 kafkaLogger(log, -4),
		ErrorLogger:            kafkaLogger(log, 8),
	}
	if err := gc.Validate(); err != nil {
		return nil, fmt.Errorf("kafka consumer group config: %w", err)
	}
	cg, err := kafka.NewConsumerGroup(gc)
	if err != nil {
		return nil, fmt.Errorf("joining consumer group %s: %w", cfg.GroupID, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s := &Source{cfg: cfg, cg: cg, msgs: make(chan pipeline.Message, 256), fatal: make(chan error, 1), cancel: cancel, done: make(chan struct{})}
	go s.run(ctx)
	return s, nil
}

// run follows the group's generations: each one reads its partitions until
// the next rebalance ends it.
func (s *Source) run(ctx context.Context) {
	defer close(s.done)
	log := s.cfg.logger()
	for {
		gen, err := s.cg.Next(ctx)
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, kafka.ErrGroupClosed) {
				return
			}
			if denied(err) {
				select {
				case s.fatal <- fmt.Errorf("consumer group %s: %w", s.cfg.GroupID, err):
				default:
				}
				return
			}
			// Everything else, a rebalance in progress above all, passes:
			// join again after a pause.
			log.Warn("joining consumer group failed; retrying", "group", s.cfg.GroupID, "err", err)
			select {
			case <-time.After(time.Second):
			case <-ctx.Done():
				return
			}
			continue
		}
		s.mu.Lock()
		s.gen = gen
		s.mu.Unlock()
		var parts []int
		for _, pa := range gen.Assignments[s.cfg.Topic] {
			parts = append(parts, pa.ID)
			gen.Start(func(gctx context.Context) { s.readPartition(gctx, gen, pa) })
		}
		log.Info("joined consumer group", "group", s.cfg.GroupID, "generation", gen.ID, "member", gen.MemberID, "partitions", parts)
	}
}

// readPartition reads one assigned partition from the group's committed
// offset until the generation ends.
func (s *Source) readPartition(ctx context.Context, gen *kafka.Generation, pa kafka.PartitionAssignment) {
	log := s.cfg.logger()
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers:     s.cfg.Brokers,
		Topic:       s.cfg.Topic,
		Partition:   pa.ID,
		Dialer:      s.cfg.dialer(),
		MinBytes:    1,
		MaxBytes:    s.cfg.MaxBytes,
		MaxWait:     s.cfg.MaxWait,
		Logger:      kafkaLogger(log, -4),
		ErrorLogger: kafkaLogger(log, 8),
	})
	defer r.Close()
	offset := pa.Offset
	if offset < 0 {
		offset = kafka.FirstOffset
	}
	if err := r.SetOffset(offset); err != nil {
		log.Error("setting partition offset", "partition", pa.ID, "offset", offset, "err", err)
		return
	}
	for {
		m, err := r.FetchMessage(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			log.Warn("fetching from partition failed; retrying", "partition", pa.ID, "err", err)
			select {
			case <-time.After(500 * time.Millisecond):
				continue
			case <-ctx.Done():
				return
			}
		}
		select {
		case s.msgs <- fromKafka(m, int64(gen.ID)):
		case <-ctx.Done():
			return
		}
	}
}

// Fetch returns the next message from any assigned partition.
func (s *Source) Fetch(ctx context.Context) (pipeline.Message, error) {
	select {
	case m := <-s.msgs:
		return m, nil
	case err := <-s.fatal:
		return pipeline.Message{}, err
	case <-ctx.Done():
		return pipeline.Message{}, ctx.Err()
	}
}

// Commit commits the offsets after the given messages through the
// generation that fetched them. Messages of an ended generation are not
// committed: their partitions may belong to another worker now.
func (s *Source) Commit(ctx context.Context, msgs ...pipeline.Message) error {
	s.mu.Lock()
	gen := s.gen
	s.mu.Unlock()
	offsets := map[string]map[int]int64{}
	stale := 0
	for _, m := range msgs {
		if gen == nil || m.Generation != int64(gen.ID) {
			stale++
			continue
		}
		if offsets[m.Topic] == nil {
			offsets[m.Topic] = map[int]int64{}
		}
		if next := m.Offset + 1; next > offsets[m.Topic][m.Partition] {
			offsets[m.Topic][m.Partition] = next
		}
	}
	if stale > 0 {
		s.cfg.logger().Info("not committing messages of an ended generation", "messages", stale)
	}
	if len(offsets) == 0 {
		return nil
	}
	if err := gen.CommitOffsets(offsets); err != nil {
		var kerr kafka.Error
		if errors.As(err, &kerr) && (kerr == kafka.RebalanceInProgress || kerr == kafka.IllegalGeneration || kerr == kafka.UnknownMemberId) {
			// The generation ended while we committed: the partition's next
			// owner starts from the previous commit and reprocesses.
			s.cfg.logger().Info("commit refused: the group is rebalancing", "err", err)
			return nil
		}
		return classify(fmt.Errorf("committing offsets: %w", err))
	}
	return nil
}

// Close leaves the group and stops the readers.
func (s *Source) Close() error {
	err := s.cg.Close()
	s.cancel()
	<-s.done
	if errors.Is(err, kafka.ErrGroupClosed) {
		return nil
	}
	return err
}

// Lag returns, for each partition of the input topic, how many messages lie
// between the group's committed offset and the end of the partition. With a
// group, kafka-go's Reader cannot report lag, so it is computed from
// OffsetFetch and ListOffsets.
func Lag(ctx context.Context, cfg SourceConfig) (map[int]int64, error) {
	parts, err := partitions(ctx, cfg.Config, cfg.Topic)
	if err != nil {
		return nil, err
	}
	cl := cfg.client(10 * time.Second)
	if len(parts) == 0 {
		return map[int]int64{}, nil
	}
	committed, err := cl.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: cfg.GroupID, Topics: map[string][]int{cfg.Topic: parts}})
	if err != nil {
		return nil, fmt.Errorf("fetching committed offsets: %w", err)
	}
	req := &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{}}
	for _, p := range parts {
		req.Topics[cfg.Topic] = append(req.Topics[cfg.Topic], kafka.LastOffsetOf(p), kafka.FirstOffsetOf(p))
	}
	ends, err := cl.ListOffsets(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("listing end offsets: %w", err)
	}
	start := map[int]int64{}
	end := map[int]int64{}
	for _, po := range ends.Topics[cfg.Topic] {
		end[po.Partition] = po.LastOffset
		start[po.Partition] = po.FirstOffset
	}
	lag := map[int]int64{}
	for _, c := range committed.Topics[cfg.Topic] {
		from := c.CommittedOffset
		if from < 0 {
			from = start[c.Partition]
		}
		lag[c.Partition] = max(0, end[c.Partition]-from)
	}
	return lag, nil
}
