package kafkaio

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
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
	// RevokeTimeout bounds how long a worker that loses its partitions in
	// a rebalance waits for the messages it has already handed out to be
	// written and committed before it rejoins, counted from the end of
	// its generation (its readers' Close included); what is left then is
	// redelivered to the partition's next owner. It must stay well under
	// SessionTimeout: no heartbeat is sent meanwhile. Default: a third of
	// SessionTimeout.
	RevokeTimeout time.Duration

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
	if c.MaxWait < 0 || c.SessionTimeout < 0 || c.MaxBytes < 0 || c.RevokeTimeout < 0 {
		errs = append(errs, &ConfigError{"MaxWait", errors.New("timeouts and sizes must not be negative")})
	}
	return errors.Join(errs...)
}

// Source consumes the input topic as a member of a consumer group. Its
// background goroutines live from NewSource to Close.
type Source struct {
	cfg      SourceConfig
	gc       kafka.ConsumerGroupConfig // Brokers rotate (see rotate)
	cg       *kafka.ConsumerGroup      // under mu once run has started
	closed   bool                      // under mu: Close was called
	dialer   *kafka.Dialer
	msgs     chan pipeline.Message
	failed   chan struct{} // closed when fatalErr is set
	throttle *retry.Throttle

	mu       sync.Mutex
	gen      *kafka.Generation // the current generation; nil between generations
	parts    []int             // partitions assigned in gen
	joinErr  error             // the last error joining the group
	failing  map[int]error     // partitions whose last fetch failed
	fatalErr error
	// open are the generations whose messages may still be committed: the
	// current one, and one that has ended but whose partitions are not
	// handed over yet (see revoke).
	open    map[int32]*genState
	changed chan struct{} // closed and replaced when a commit lands
	// acked is, per partition, the range of offsets whose records were
	// acknowledged but whose commit could not be made because its
	// generation had ended: everything in it is written (see written).
	acked map[int]written
	// recent are the last generations (up to keepGens), so that a
	// message acknowledged after its generation has left open still
	// finds the offset its range began at.
	recent []*genState
	// lastParts are the partitions of the last generation, which this
	// member asks to keep (stickyBalancer).
	lastParts []int

	cancel context.CancelFunc
	// stop ends run after a fatal error (see fail): the Source leaves the
	// group rather than join generation after generation whose readers
	// fail at once (1,100 a second against kfake, each with its own
	// coordinator connection, until Close).
	stop context.CancelFunc
	done chan struct{}
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
	if cfg.RevokeTimeout == 0 {
		cfg.RevokeTimeout = cfg.SessionTimeout / 3
	}
	if cfg.newReader == nil {
		cfg.newReader = func(rc kafka.ReaderConfig) partitionReader { return kafka.NewReader(rc) }
	}
	dialer, err := cfg.dialer()
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	th := &retry.Throttle{}
	s := &Source{cfg: cfg, dialer: dialer, msgs: make(chan pipeline.Message, 256), failed: make(chan struct{}),
		throttle: th, failing: map[int]error{}, open: map[int32]*genState{}, changed: make(chan struct{}), acked: map[int]written{},
		cancel: cancel, done: make(chan struct{})}
	info, errs := kafkaLoggers(&cfg.Config, th, "group")
	gc := kafka.ConsumerGroupConfig{
		ID:      cfg.GroupID,
		Brokers: cfg.Brokers,
		Dialer:  dialer,
		Topics:  []string{cfg.Topic},
		// Sticky first; range where a member (an older worker) has only
		// that.
		GroupBalancers:    []kafka.GroupBalancer{stickyBalancer{owned: s.ownedParts}, kafka.RangeGroupBalancer{}},
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
		cancel()
		return nil, fmt.Errorf("kafka consumer group config: %w", err)
	}
	cg, err := kafka.NewConsumerGroup(gc)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("joining consumer group %s: %w", cfg.GroupID, err)
	}
	s.gc, s.cg = gc, cg
	runCtx, stop := context.WithCancel(ctx)
	s.stop = stop
	go s.run(runCtx)
	return s, nil
}

// fail records a fatal error: Fetch returns it, the Source is not ready
// any more, and it leaves the group, so that its partitions go to the
// other members now rather than when the worker has closed it.
func (s *Source) fail(err error) {
	s.mu.Lock()
	if s.fatalErr == nil {
		// A channel closed once, not the error sent on one: readers of
		// several partitions (or generations) fail together, and a
		// second error sent into a buffer Fetch had just emptied blocked
		// the Fetch that was putting the first back, forever (the unit
		// tests' 10-minute hang).
		s.fatalErr = err
		close(s.failed)
	}
	s.mu.Unlock()
	s.stop()
}

// run follows the group's generations: each one reads its partitions until
// the next rebalance ends it.
func (s *Source) run(ctx context.Context) {
	defer close(s.done)
	log := s.cfg.logger()
	defer func() {
		// Stopped by Close or by a fatal error: kafka-go's group would
		// otherwise go on joining. Closing it leaves the group; it waits
		// for the generation's goroutines, which end with ctx.
		s.mu.Lock()
		cg, fatal := s.cg, s.fatalErr
		s.mu.Unlock()
		if fatal != nil {
			log.Info("leaving the consumer group after a fatal error", "group", s.cfg.GroupID, "err", fatal)
		}
		cg.Close()
	}()
	b := s.cfg.backoff()
	for {
		s.mu.Lock()
		cg := s.cg
		s.mu.Unlock()
		gen, err := cg.Next(ctx)
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, kafka.ErrGroupClosed) {
				return
			}
			err = classify(fmt.Errorf("consumer group %s: %w", s.cfg.GroupID, err))
			if c := pipeline.ClassOf(err); (c == pipeline.ClassNetwork || c == pipeline.ClassTimeout || c == pipeline.ClassBroker) && !s.rotate() {
				return
			}
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
		checked := true
		if len(parts) == 0 {
			var rejoin bool
			rejoin, checked = s.withoutPartitions(ctx, b)
			if ctx.Err() != nil {
				return
			}
			if rejoin {
				continue
			}
		}
		if checked {
			b.Reset() // while the topic cannot be checked, the waits grow
		}
		gs := &genState{gen: gen, start: map[int]int64{}, delivered: map[int]int64{}, committed: map[int]int64{}}
		s.mu.Lock()
		s.gen, s.parts, s.joinErr = gen, parts, nil
		s.lastParts = parts
		s.open[gen.ID] = gs
		clear(s.failing)
		carried := s.acked
		s.acked = map[int]written{}
		s.mu.Unlock()
		resumed := s.carry(gen, carried)
		s.mu.Lock()
		// Where each reader's written range begins: where it starts, or,
		// resumed by carry, where the range it continues began. No message
		// of gen exists yet, so none is acknowledged before this is set.
		for _, pa := range gen.Assignments[s.cfg.Topic] {
			gs.start[pa.ID] = max(pa.Offset, 0)
			if w, ok := resumed[pa.ID]; ok {
				gs.start[pa.ID] = w.from
			}
		}
		if n := len(s.recent); n > 0 && s.recent[n-1].gen.ID >= gen.ID {
			// The generation ids went back: the group was deleted and
			// made again. Ids of the old generations may come again and
			// must not find their starts.
			s.recent = nil
		}
		s.recent = append(s.recent, gs)
		if len(s.recent) > keepGens {
			s.recent = slices.Delete(s.recent, 0, len(s.recent)-keepGens)
		}
		s.mu.Unlock()
		gs.readers.Add(len(gen.Assignments[s.cfg.Topic]))
		gen.Start(func(gctx context.Context) {
			<-gctx.Done()
			s.mu.Lock()
			if s.gen == gen {
				s.gen, s.parts = nil, nil
			}
			s.mu.Unlock()
			s.revoke(ctx, gs)
		})
		for _, pa := range gen.Assignments[s.cfg.Topic] {
			gen.Start(func(gctx context.Context) {
				defer gs.readers.Done()
				s.readPartition(gctx, gs, pa)
			})
		}
		log.Info("joined consumer group", "group", s.cfg.GroupID, "generation", gen.ID, "member", gen.MemberID, "partitions", parts)
	}
}

// withoutPartitions handles a generation that gave this member no
// partition: idle in a group with more members than partitions, or the
// input topic does not exist. Then kafka-go ends each generation at once
// and joins again: without a pause that was thousands of generations a
// second, each logged, and readiness flapping. It reports whether to join
// again (the topic is missing, after a backoff) and whether the check
// could be made; when it could not, it has waited the backoff too, so a
// member that cannot tell an idle group from a missing topic does not
// spin either.
func (s *Source) withoutPartitions(ctx context.Context, b *retry.Backoff) (rejoin, checked bool) {
	missing, err := topicMissing(ctx, &s.cfg.Config, s.cfg.Topic)
	switch {
	case missing:
		err := pipeline.Errorf(pipeline.ClassBroker, fmt.Errorf("input topic %s: %w", s.cfg.Topic, kafka.UnknownTopicOrPartition))
		s.mu.Lock()
		s.joinErr = err
		s.mu.Unlock()
		wait := b.Next()
		s.logRepeated("warn", "the input topic does not exist; joining the group again", "join/no-topic",
			"group", s.cfg.GroupID, "topic", s.cfg.Topic, "backoff", wait, "attempt", b.Attempts())
		retry.Sleep(ctx, wait)
		return true, true
	case err != nil:
		wait := b.Next()
		s.logRepeated("warn", "no partition assigned and the input topic could not be checked; waiting", "join/topic-check",
			"group", s.cfg.GroupID, "topic", s.cfg.Topic, "class", pipeline.ClassOf(err), "err", err, "backoff", wait, "attempt", b.Attempts())
		retry.Sleep(ctx, wait)
		return false, false
	}
	return false, true
}

// ownedParts are the partitions this member would keep: those of its last
// generation and those it has written past their commit.
func (s *Source) ownedParts() []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := slices.Clone(s.lastParts)
	for p := range s.acked {
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return out
}

// carry starts each partition of gen that this worker had written past its
// committed offset in an earlier generation, whose commit the group
// refused (the coordinator died with the generation), after what it had
// written, and commits that offset in gen. Without it a coordinator's
// death made the partitions' next owners, often this same worker, redo
// everything written since the last commit (up to MaxInFlight messages
// per worker; chaos-short: 489 at one broker kill). Offsets of partitions
// another member owns now are forgotten.
//
// It resumes only when the committed offset lies inside the range written
// (see written): one below it (the input topic deleted and made again,
// offsets reset) would have it skip records nobody wrote. It returns the
// ranges it resumed after.
func (s *Source) carry(gen *kafka.Generation, acked map[int]written) map[int]written {
	offsets := map[int]int64{}
	resumed := map[int]written{}
	for i, pa := range gen.Assignments[s.cfg.Topic] {
		// No committed offset (FirstOffset): the reader starts at the
		// partition's first offset, at 0 or after records gone.
		c := max(pa.Offset, 0)
		if w, ok := acked[pa.ID]; ok && w.from <= c && c < w.to {
			gen.Assignments[s.cfg.Topic][i].Offset = w.to
			offsets[pa.ID] = w.to
			resumed[pa.ID] = w
		}
	}
	if len(offsets) == 0 {
		return nil
	}
	err := gen.CommitOffsets(map[string]map[int]int64{s.cfg.Topic: offsets})
	s.cfg.logger().Info("resuming after records written in an earlier generation", "generation", gen.ID, "offsets", offsets, "commit_err", err)
	if err != nil {
		// The group still has the old offsets. Remember what was written,
		// or a generation ending before these partitions deliver anything
		// would have the next one redo all of it.
		s.mu.Lock()
		for p, w := range resumed {
			s.addWrittenLocked(p, w)
		}
		s.mu.Unlock()
	}
	return resumed
}

// rotate replaces the consumer group by one whose broker list starts at the
// next broker. kafka-go's ConsumerGroup asks its first broker that accepts a
// connection for the coordinator, every time: when that broker is dead
// behind a proxy or load balancer, hung, or cut off by the network (the
// connection opens, the request fails), the worker could not join the group
// until it came back, and every partition it should have read stood still
// (issue 14: 38 s on a partition while node 1 was down). It reports false
// when the Source is closing.
func (s *Source) rotate() bool {
	if len(s.gc.Brokers) < 2 {
		return true
	}
	s.gc.Brokers = append(s.gc.Brokers[1:], s.gc.Brokers[0])
	ncg, err := kafka.NewConsumerGroup(s.gc)
	if err != nil { // the configuration was valid a moment ago
		s.fail(pipeline.Errorf(pipeline.ClassFatal, fmt.Errorf("consumer group %s: %w", s.cfg.GroupID, err)))
		return false
	}
	s.mu.Lock()
	old, closed := s.cg, s.closed
	if !closed {
		s.cg = ncg
	}
	s.mu.Unlock()
	if closed {
		ncg.Close()
		return false
	}
	old.Close() // it has no generation: it only stops retrying
	return true
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

// readerConfig is the configuration of the reader of partition p: the one
// of ReadToEnd, with the Source's fetch sizes and backoff.
func (s *Source) readerConfig(p int) kafka.ReaderConfig {
	rc := readerConfig(&s.cfg.Config, s.throttle, s.dialer, s.cfg.Topic, p)
	b := s.cfg.backoff()
	rc.MaxBytes, rc.MaxWait = s.cfg.MaxBytes, s.cfg.MaxWait
	rc.ReadBackoffMin, rc.ReadBackoffMax = b.Min, max(b.Min, min(b.Max, time.Second))
	if rc.ReadBackoffMin == 0 {
		rc.ReadBackoffMin, rc.ReadBackoffMax = retry.DefaultMin, time.Second
	}
	return rc
}

// readPartition reads one assigned partition from the group's committed
// offset until the generation ends. Fetch errors back off and retry (the
// partition is not ready meanwhile), except an authorization failure, which
// is fatal like a join's; a reader that cannot be set up or positioned is
// fatal too: a partition must never stop silently.
func (s *Source) readPartition(ctx context.Context, gs *genState, pa kafka.PartitionAssignment) {
	gs.running.Add(1)
	defer gs.running.Add(-1)
	gen := gs.gen
	b := s.cfg.backoff()
	rc := s.readerConfig(pa.ID)
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
		if ctx.Err() != nil {
			return // the generation ended: do not hand out more
		}
		select {
		case s.msgs <- fromKafka(m, int64(gen.ID)):
			s.mu.Lock()
			gs.delivered[pa.ID] = m.Offset + 1
			s.mu.Unlock()
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
	for {
		select {
		case m := <-s.msgs:
			if !s.committable(m.Generation) {
				// Handed out by a generation whose partitions are gone:
				// its record would be written and never committed, and
				// the next owner writes it again.
				continue
			}
			return m, nil
		case <-s.failed: // every later Fetch fails the same way
			s.mu.Lock()
			defer s.mu.Unlock()
			return pipeline.Message{}, s.fatalErr
		case <-ctx.Done():
			return pipeline.Message{}, ctx.Err()
		}
	}
}

// committable reports whether messages of generation id may still be
// committed.
func (s *Source) committable(id int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.open[int32(id)]
	return ok
}

// keepGens is how many generations a Source remembers the starts of.
// A message acknowledged later than that is not carried (see carry): that
// only costs duplicates.
const keepGens = 16

// written is a range [from, to) of a partition's offsets whose records
// this worker has written. A generation's reader of the partition began at
// from (what was committed then, or where carry resumed; nothing before it
// is known here), and a message passed to Commit marks every earlier
// offset of its partition processed too (pipeline.Source), so every record
// from there to the last message acknowledged is written.
type written struct{ from, to int64 }

// ackLocked records that gs's messages of partition p before offset to
// are written but not committed. s.mu is held.
func (s *Source) ackLocked(gs *genState, p int, to int64) {
	if gs == nil {
		return // its start is forgotten
	}
	from, ok := gs.start[p]
	if !ok || to <= from {
		return
	}
	s.addWrittenLocked(p, written{from, to})
}

// addWrittenLocked adds range n to what is written of partition p but not
// committed. s.mu is held.
func (s *Source) addWrittenLocked(p int, n written) {
	w, had := s.acked[p]
	switch {
	case had && n.from <= w.to && w.from <= n.to:
		// One range, overlapping or touching the other.
		s.acked[p] = written{min(w.from, n.from), max(w.to, n.to)}
	case !had || n.to > w.to:
		// Apart (an offset reset in between): the gap is not known to be
		// written, so only the later range counts.
		s.acked[p] = n
	}
}

// recentGen returns the remembered generation id, or nil.
func (s *Source) recentGen(id int32) *genState {
	for _, gs := range slices.Backward(s.recent) {
		if gs.gen.ID == id {
			return gs
		}
	}
	return nil
}

// genState is what a Source tracks of one generation.
type genState struct {
	gen     *kafka.Generation
	readers sync.WaitGroup // the partition readers of gen
	running atomic.Int32   // how many of them run (tests)
	// start is, per partition, the offset its reader began at (after
	// carry); set before the readers start, read-only after.
	start map[int]int64
	// delivered and committed are, per partition, the offset after the
	// last message handed out and after the last one committed.
	delivered, committed map[int]int64
}

// revoke runs when gs's generation has ended (a member joined or left, a
// session expired, the coordinator moved), before this member rejoins, as
// Java's onPartitionsRevoked does: the readers stop, and the messages
// already handed out to the runner are written and committed through the
// ended generation, which the coordinator still accepts until the
// rebalance completes, so that the partition's next owner does not do
// them again. Without it every rebalance redelivered up to MaxInFlight
// messages per worker: the duplicate storm of issue 14. It waits at most
// RevokeTimeout; what is left uncommitted then is redelivered (at least
// once) and no longer fetched or committed here. It ends early when a
// commit is refused because the generation is over (see Commit): nothing
// of it can be committed any more.
func (s *Source) revoke(ctx context.Context, gs *genState) {
	// The timeout counts from here, not from when the readers have
	// stopped: closing one can take MaxWait or more, and no heartbeat is
	// sent meanwhile, so the time after it would let the session expire.
	deadline := time.NewTimer(s.cfg.RevokeTimeout)
	defer deadline.Stop()
	gs.readers.Wait()
	for {
		s.mu.Lock()
		if s.open[gs.gen.ID] != gs {
			s.mu.Unlock()
			return
		}
		pending := 0
		for p, d := range gs.delivered {
			if gs.committed[p] < d {
				pending++
			}
		}
		changed := s.changed
		if pending == 0 {
			delete(s.open, gs.gen.ID)
			s.mu.Unlock()
			return
		}
		s.mu.Unlock()
		select {
		case <-changed:
		case <-deadline.C:
			s.mu.Lock()
			delete(s.open, gs.gen.ID)
			s.mu.Unlock()
			s.cfg.logger().Info("rebalance: in-flight messages not committed in time; their partitions' next owners redo them",
				"generation", gs.gen.ID, "partitions", pending, "timeout", s.cfg.RevokeTimeout)
			return
		case <-ctx.Done():
			return
		}
	}
}

// Commit commits the offsets after the given messages through the
// generation that fetched them: the current one, or one that has just
// ended and whose partitions are being revoked (see revoke). Messages of a
// generation that is over are not committed: their partitions may belong
// to another worker now, and the coordinator would refuse the commit
// anyway (it checks the generation and the member).
func (s *Source) Commit(ctx context.Context, msgs ...pipeline.Message) error {
	type batch struct {
		gs      *genState
		offsets map[string]map[int]int64
	}
	s.mu.Lock()
	byGen := map[int32]*batch{}
	stale := 0
	for _, m := range msgs {
		id := int32(m.Generation)
		gs := s.open[id]
		if gs == nil {
			stale++
			if m.Topic == s.cfg.Topic {
				s.ackLocked(s.recentGen(id), m.Partition, m.Offset+1)
			}
			continue
		}
		b := byGen[id]
		if b == nil {
			b = &batch{gs: gs, offsets: map[string]map[int]int64{}}
			byGen[id] = b
		}
		if b.offsets[m.Topic] == nil {
			b.offsets[m.Topic] = map[int]int64{}
		}
		if next := m.Offset + 1; next > b.offsets[m.Topic][m.Partition] {
			b.offsets[m.Topic][m.Partition] = next
		}
	}
	s.mu.Unlock()
	if stale > 0 {
		s.cfg.logger().Info("not committing messages of an ended generation", "messages", stale)
	}
	for id, b := range byGen {
		if err := b.gs.gen.CommitOffsets(b.offsets); err != nil {
			err = classify(fmt.Errorf("committing offsets: %w", err))
			if pipeline.ClassOf(err) == pipeline.ClassRebalance || !s.committable(int64(id)) {
				// The generation is over: the partition's next owner
				// starts from the previous commit and reprocesses, unless
				// it is this worker (carry).
				s.cfg.logger().Info("commit refused: the generation has ended", "generation", id, "err", err)
				s.mu.Lock()
				for p, o := range b.offsets[s.cfg.Topic] {
					s.ackLocked(b.gs, p, o)
				}
				if s.open[id] == b.gs {
					// No commit of it can land now: a revoke waiting for
					// them stops waiting (up to RevokeTimeout without a
					// heartbeat), and Fetch drops its messages.
					delete(s.open, id)
					close(s.changed)
					s.changed = make(chan struct{})
				}
				s.mu.Unlock()
				continue
			}
			return err
		}
		s.mu.Lock()
		for _, offs := range b.offsets {
			for p, o := range offs {
				b.gs.committed[p] = max(b.gs.committed[p], o)
			}
		}
		close(s.changed)
		s.changed = make(chan struct{})
		s.mu.Unlock()
	}
	return nil
}

// Close leaves the group and stops the readers. Nothing commits after
// Close, so a generation being revoked is not waited for.
func (s *Source) Close() error {
	s.cancel()
	s.mu.Lock()
	s.closed = true
	cg := s.cg
	s.mu.Unlock()
	err := cg.Close()
	<-s.done
	if errors.Is(err, kafka.ErrGroupClosed) {
		return nil
	}
	return err
}
