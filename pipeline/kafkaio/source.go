package kafkaio

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/quotewire/quotewire/internal/retry"
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

	// newReader makes a partition reader; tests replace it.
	newReader func(kafka.ReaderConfig) partitionReader
}

// partitionReader is what a Source needs of a kafka.Reader.
type partitionReader interface {
	SetOffset(offset int64) error
	FetchMessage(ctx context.Context) (kafka.Message, error)
	Close() error
}

// Validate checks the configuration.
func (c *SourceConfig) Validate() error {
	var errs []error
	if err := c.Config.Validate(); err != nil {
		errs = append(errs, err)
	}
	if c.Topic == "" {
		errs = append(errs, &ConfigError{"Topic", errors.New("input topic is required")})
	}
	if c.GroupID == "" {
		errs = append(errs, &ConfigError{"GroupID", errors.New("consumer group is required")})
	}
	if c.MaxWait < 0 || c.SessionTimeout < 0 || c.MaxBytes < 0 {
		errs = append(errs, &ConfigError{"MaxWait", errors.New("timeouts and sizes must not be negative")})
	}
	return errors.Join(errs...)
}

// Source consumes the input topic as a member of a consumer group. Its
// background goroutines live from NewSource to Close.
type Source struct {
	cfg      SourceConfig
	cg       *kafka.ConsumerGroup
	dialer   *kafka.Dialer
	msgs     chan pipeline.Message
	fatal    chan error
	throttle *retry.Throttle

	mu       sync.Mutex
	gen      *kafka.Generation // the current generation; nil between generations
	parts    []int             // partitions assigned in gen
	joinErr  error             // the last error joining the group
	failing  map[int]error     // partitions whose last fetch failed
	fatalErr error

	cancel context.CancelFunc
	done   chan struct{}
}

var (
	_ pipeline.Source  = (*Source)(nil)
	_ pipeline.Readier = (*Source)(nil)
)

// NewSource joins the consumer group and starts consuming in the
// background. Joining is retried with backoff for as long as the Source
// lives (Ready says whether it has joined); an authentication or
// authorization failure ends it, and Fetch returns that error.
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
	if cfg.newReader == nil {
		cfg.newReader = func(rc kafka.ReaderConfig) partitionReader { return kafka.NewReader(rc) }
	}
	dialer, err := cfg.dialer()
	if err != nil {
		return nil, err
	}
	th := &retry.Throttle{}
	info, errs := kafkaLoggers(&cfg.Config, th, "group")
	gc := kafka.ConsumerGroupConfig{
		ID:                cfg.GroupID,
		Brokers:           cfg.Brokers,
		Dialer:            dialer,
		Topics:            []string{cfg.Topic},
		GroupBalancers:    []kafka.GroupBalancer{kafka.RangeGroupBalancer{}},
		HeartbeatInterval: cfg.SessionTimeout / 5,
		SessionTimeout:    cfg.SessionTimeout,
		RebalanceTimeout:  cfg.SessionTimeout * 3,
		// kafka-go waits this long after a failed join, then blocks until
		// run asks for the next generation, which it does with the shared
		// backoff: the pace of retries is that backoff's.
		JoinGroupBackoff: cmp.Or(cfg.RetryMin, retry.DefaultMin),
		StartOffset:      kafka.FirstOffset,
		// Partitions added to the topic trigger a rebalance.
		WatchPartitionChanges:  true,
		PartitionWatchInterval: 10 * time.Second,
		Logger:                 info,
		ErrorLogger:            errs,
	}
	if err := gc.Validate(); err != nil {
		return nil, fmt.Errorf("kafka consumer group config: %w", err)
	}
	cg, err := kafka.NewConsumerGroup(gc)
	if err != nil {
		return nil, fmt.Errorf("joining consumer group %s: %w", cfg.GroupID, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s := &Source{cfg: cfg, cg: cg, dialer: dialer, msgs: make(chan pipeline.Message, 256), fatal: make(chan error, 1),
		throttle: th, failing: map[int]error{}, cancel: cancel, done: make(chan struct{})}
	go s.run(ctx)
	return s, nil
}

// fail records a fatal error: Fetch returns it, and the Source is not
// ready any more.
func (s *Source) fail(err error) {
	s.mu.Lock()
	if s.fatalErr == nil {
		s.fatalErr = err
	}
	s.mu.Unlock()
	select {
	case s.fatal <- err:
	default:
	}
}

// run follows the group's generations: each one reads its partitions until
// the next rebalance ends it.
func (s *Source) run(ctx context.Context) {
	defer close(s.done)
	log := s.cfg.logger()
	b := s.cfg.backoff()
	for {
		gen, err := s.cg.Next(ctx)
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, kafka.ErrGroupClosed) {
				return
			}
			err = classify(fmt.Errorf("consumer group %s: %w", s.cfg.GroupID, err))
			s.cfg.Metrics.Error("join", pipeline.ClassOf(err))
			if denied(err) {
				// Bad credentials, no permission, a bad group id: no
				// retry can help. Anything else may pass (a coordinator
				// moving, a broker restarting): join again.
				s.fail(err)
				return
			}
			s.mu.Lock()
			s.joinErr = err
			s.mu.Unlock()
			wait := b.Next()
			// A broker that is starting answers "[15] Group Coordinator Not
			// Available" for a while: that is no news until it lasts.
			level := "warn"
			if b.Attempts() < 5 {
				level = "debug"
			}
			s.logRepeated(level, "joining the consumer group failed; retrying", "join/"+string(pipeline.ClassOf(err)),
				"group", s.cfg.GroupID, "class", pipeline.ClassOf(err), "err", err, "backoff", wait, "attempt", b.Attempts())
			if !retry.Sleep(ctx, wait) {
				return
			}
			continue
		}
		var parts []int
		for _, pa := range gen.Assignments[s.cfg.Topic] {
			parts = append(parts, pa.ID)
		}
		slices.Sort(parts)
		// No partition: idle in a group with more members than partitions,
		// or the input topic does not exist. Then kafka-go ends each
		// generation at once and joins again: without a pause that was
		// thousands of generations a second, each logged, and readiness
		// flapping.
		if len(parts) == 0 {
			if missing, _ := topicMissing(ctx, &s.cfg.Config, s.cfg.Topic); missing {
				err := pipeline.Errorf(pipeline.ClassBroker, fmt.Errorf("input topic %s: %w", s.cfg.Topic, kafka.UnknownTopicOrPartition))
				s.mu.Lock()
				s.joinErr = err
				s.mu.Unlock()
				wait := b.Next()
				s.logRepeated("warn", "the input topic does not exist; joining the group again", "join/no-topic",
					"group", s.cfg.GroupID, "topic", s.cfg.Topic, "backoff", wait, "attempt", b.Attempts())
				if !retry.Sleep(ctx, wait) {
					return
				}
				continue
			}
		}
		b.Reset()
		s.mu.Lock()
		s.gen, s.parts, s.joinErr = gen, parts, nil
		clear(s.failing)
		s.mu.Unlock()
		gen.Start(func(gctx context.Context) {
			<-gctx.Done()
			s.mu.Lock()
			if s.gen == gen {
				s.gen, s.parts = nil, nil
			}
			s.mu.Unlock()
		})
		for _, pa := range gen.Assignments[s.cfg.Topic] {
			gen.Start(func(gctx context.Context) { s.readPartition(gctx, gen, pa) })
		}
		log.Info("joined consumer group", "group", s.cfg.GroupID, "generation", gen.ID, "member", gen.MemberID, "partitions", parts)
	}
}

// logRepeated logs at level ("debug" or "warn"), at most once per interval
// for key at Warn.
func (s *Source) logRepeated(level, msg, key string, args ...any) {
	log := s.cfg.logger()
	if level == "warn" {
		if ok, suppressed := s.throttle.Allow(key); ok {
			log.Warn(msg, append(args, "suppressed", suppressed)...)
			return
		}
	}
	log.Debug(msg, args...)
}

// readPartition reads one assigned partition from the group's committed
// offset until the generation ends. Fetch errors back off and retry (the
// partition is not ready meanwhile), except an authorization failure, which
// is fatal like a join's; a reader that cannot be set up or positioned is
// fatal too: a partition must never stop silently.
func (s *Source) readPartition(ctx context.Context, gen *kafka.Generation, pa kafka.PartitionAssignment) {
	info, errs := kafkaLoggers(&s.cfg.Config, s.throttle, "reader")
	b := s.cfg.backoff()
	rc := kafka.ReaderConfig{
		Brokers:        s.cfg.Brokers,
		Topic:          s.cfg.Topic,
		Partition:      pa.ID,
		Dialer:         s.dialer,
		MinBytes:       1,
		MaxBytes:       s.cfg.MaxBytes,
		MaxWait:        s.cfg.MaxWait,
		ReadBackoffMin: b.Min,
		ReadBackoffMax: max(b.Min, min(b.Max, time.Second)),
		Logger:         info,
		ErrorLogger:    errs,
	}
	if rc.ReadBackoffMin == 0 {
		rc.ReadBackoffMin, rc.ReadBackoffMax = retry.DefaultMin, time.Second
	}
	// kafka.NewReader panics on a bad configuration.
	if err := rc.Validate(); err != nil {
		s.fail(pipeline.Errorf(pipeline.ClassFatal, fmt.Errorf("partition %d reader config: %w", pa.ID, err)))
		return
	}
	r := s.cfg.newReader(rc)
	defer r.Close()
	offset := pa.Offset
	if offset < 0 {
		offset = kafka.FirstOffset
	}
	if err := r.SetOffset(offset); err != nil {
		s.fail(pipeline.Errorf(pipeline.ClassFatal, fmt.Errorf("setting the offset of partition %d to %d: %w", pa.ID, offset, err)))
		return
	}
	for {
		m, err := r.FetchMessage(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			err = classify(fmt.Errorf("fetching from %s/%d: %w", s.cfg.Topic, pa.ID, err))
			s.cfg.Metrics.Error("read", pipeline.ClassOf(err))
			if denied(err) {
				s.fail(err)
				return
			}
			s.mu.Lock()
			s.failing[pa.ID] = err
			s.mu.Unlock()
			wait := b.Next()
			s.logRepeated("warn", "fetching from partition failed; retrying", fmt.Sprintf("read/%d/%s", pa.ID, pipeline.ClassOf(err)),
				"partition", pa.ID, "class", pipeline.ClassOf(err), "err", err, "backoff", wait, "attempt", b.Attempts())
			if !retry.Sleep(ctx, wait) {
				return
			}
			// The partition is healthy again once a fetch has gone on for a
			// while without an error (an idle partition delivers nothing).
			stale := err
			time.AfterFunc(2*s.cfg.MaxWait+time.Second, func() {
				s.mu.Lock()
				if s.failing[pa.ID] == stale {
					delete(s.failing, pa.ID)
				}
				s.mu.Unlock()
			})
			continue
		}
		if b.Attempts() > 0 {
			b.Reset()
			s.mu.Lock()
			delete(s.failing, pa.ID)
			s.mu.Unlock()
		}
		select {
		case s.msgs <- fromKafka(m, int64(gen.ID)):
		case <-ctx.Done():
			return
		}
	}
}

// Ready reports whether the Source is consuming: nil when it is a member
// of the group's current generation, with partitions assigned or with none
// to assign (more workers than partitions), and no assigned partition's
// last fetch failed; else why not.
func (s *Source) Ready(context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.fatalErr != nil:
		return s.fatalErr
	case s.gen == nil && s.joinErr != nil:
		return fmt.Errorf("not joined to consumer group %s: %w", s.cfg.GroupID, s.joinErr)
	case s.gen == nil:
		return fmt.Errorf("not joined to consumer group %s yet", s.cfg.GroupID)
	}
	var errs []string
	for _, p := range s.parts {
		if err := s.failing[p]; err != nil {
			errs = append(errs, err.Error())
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("fetching fails: %s", strings.Join(errs, "; "))
	}
	return nil
}

// Fetch returns the next message from any assigned partition, or the
// error that ended the Source.
func (s *Source) Fetch(ctx context.Context) (pipeline.Message, error) {
	select {
	case m := <-s.msgs:
		return m, nil
	case err := <-s.fatal:
		s.fatal <- err // every later Fetch fails the same way
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
		err = classify(fmt.Errorf("committing offsets: %w", err))
		if pipeline.ClassOf(err) == pipeline.ClassRebalance {
			// The generation ended while we committed: the partition's next
			// owner starts from the previous commit and reprocesses.
			s.cfg.logger().Info("commit refused: the group is rebalancing", "err", err)
			return nil
		}
		return err
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
