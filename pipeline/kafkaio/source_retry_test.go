package kafkaio

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/quotewire/quotewire/internal/retry"
)

// Issue 13: joining the group was retried every 1 s forever, two log lines
// a second. It backs off with the shared policy (doubling up to RetryMax,
// jitter shortening each wait by at most 20%), and of the attempts that
// are worth a WARN (the fifth on) only the first is logged at WARN within
// the throttle's interval.
func TestSourceJoinBacksOff(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	var logs lockedBuffer
	log := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	const lo, hi = 10 * time.Millisecond, 80 * time.Millisecond
	src, err := NewSource(SourceConfig{Config: Config{Brokers: []string{addr}, RetryMin: lo, RetryMax: hi, Logger: log},
		Topic: "in", GroupID: "g"})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	type line struct {
		Level   string
		Msg     string
		Backoff time.Duration
		Attempt int
	}
	joins := func() []line {
		var out []line
		for _, l := range strings.Split(logs.String(), "\n") {
			var ln line
			if json.Unmarshal([]byte(l), &ln) == nil && ln.Msg == "joining the consumer group failed; retrying" {
				out = append(out, ln)
			}
		}
		return out
	}
	waitFor(t, "8 join attempts", func() bool { return len(joins()) >= 8 })
	got := joins()[:8]
	warns := 0
	for i, l := range got {
		want := min(lo<<i, hi)
		if l.Attempt != i+1 || l.Backoff > want || l.Backoff < want*8/10 {
			t.Errorf("attempt %d: logged attempt %d, backoff %s; want attempt %d and a backoff in [%s, %s]",
				i+1, l.Attempt, l.Backoff, i+1, want*8/10, want)
		}
		if l.Level == "WARN" {
			warns++
			if l.Attempt < 5 {
				t.Errorf("attempt %d logged at WARN: the first attempts against a starting broker are DEBUG", l.Attempt)
			}
		}
	}
	if warns != 1 {
		t.Errorf("%d WARN lines in 8 attempts, want 1 (the rest throttled to DEBUG):\n%s", warns, logs.String())
	}
	if strings.Contains(logs.String(), `"level":"ERROR"`) {
		t.Errorf("a broker that is not there yet logged at ERROR:\n%s", logs.String())
	}
}

// A fetch error that passes (a broker's storage error) is retried: the
// Source says it is not ready while the partition fails, and ready again
// once fetching works, with nothing lost.
func TestSourceFetchErrorRetriedNotReady(t *testing.T) {
	t.Parallel()
	c, cfg := newCluster(t)
	ctx := testCtx(t)
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "in", Partitions: 1}); err != nil {
		t.Fatal(err)
	}
	h := c.Fault(kfake.Fault{Keys: []kmsg.Key{kmsg.Fetch}, Topic: "in", Err: kerr.KafkaStorageError, Count: -1})
	src, err := NewSource(SourceConfig{Config: cfg, Topic: "in", GroupID: "g", MaxWait: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	waitFor(t, "a failing partition reported", func() bool {
		err := src.Ready(ctx)
		return err != nil && strings.Contains(err.Error(), "fetching fails") && strings.Contains(err.Error(), "Storage")
	})
	h.Remove()
	publish(t, cfg, "in", 3)
	for i := range 3 {
		fctx, cancel := context.WithTimeout(ctx, time.Minute)
		m, err := src.Fetch(fctx)
		cancel()
		if err != nil {
			t.Fatalf("message %d after the fault: %v", i, err)
		}
		if m.Offset != int64(i) {
			t.Errorf("message %d has offset %d", i, m.Offset)
		}
	}
	waitFor(t, "ready once fetching works", func() bool { return src.Ready(ctx) == nil })
}

// Issue 13: kafka.NewReader panics on a bad configuration; it was called
// without ReaderConfig.Validate. A partition reader whose configuration is
// invalid is a fatal error of the Source, never a panic.
func TestReaderConfigValidatedBeforeNewReader(t *testing.T) {
	t.Parallel()
	s := &Source{cfg: SourceConfig{Config: Config{Brokers: []string{"127.0.0.1:1"}}, Topic: "in", GroupID: "g", MaxBytes: -1,
		newReader: func(rc kafka.ReaderConfig) partitionReader { return kafka.NewReader(rc) }},
		failed: make(chan struct{}), stop: func() {}, failing: map[int]error{}, throttle: &retry.Throttle{}}
	s.readPartition(context.Background(), &genState{delivered: map[int]int64{}, committed: map[int]int64{}}, kafka.PartitionAssignment{ID: 0})
	select {
	case <-s.failed:
		if err := s.fatalErr; !strings.Contains(err.Error(), "reader config") || !strings.Contains(err.Error(), "negative maximum batch size") {
			t.Errorf("fatal error %v, want the reader configuration's", err)
		}
	default:
		t.Fatal("an invalid reader configuration was not fatal")
	}
	if s.Ready(context.Background()) == nil {
		t.Error("ready after a fatal error")
	}
	// The same outside any group (ReadTopic, ReadToEnd).
	if _, err := newReader(&Config{Brokers: []string{"127.0.0.1:1"}}, nil, &kafka.Dialer{}, "", 0); err == nil {
		t.Error("a reader of no topic was made")
	}
}

// A group on an input topic that does not exist gets no partitions, and
// kafka-go ends each such generation at once: the Source is not ready, says
// why, and joins again with the backoff instead of thousands of times a
// second.
func TestSourceMissingInputTopic(t *testing.T) {
	t.Parallel()
	_, cfg := newCluster(t)
	var logs lockedBuffer
	cfg.Logger = slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelInfo}))
	src, err := NewSource(SourceConfig{Config: cfg, Topic: "nosuch", GroupID: "g"})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	waitFor(t, "the missing topic reported", func() bool {
		err := src.Ready(context.Background())
		return err != nil && strings.Contains(err.Error(), "input topic nosuch") && errors.Is(err, kafka.UnknownTopicOrPartition)
	})
	waitFor(t, "a few more attempts", func() bool { return strings.Count(logs.String(), "the input topic does not exist") >= 1 })
	for range 20 {
		if src.Ready(context.Background()) == nil {
			t.Fatal("ready without an input topic")
		}
	}
	if n := strings.Count(logs.String(), "joined consumer group"); n > 0 {
		t.Errorf("%d generations without the input topic logged as joined", n)
	}
	if err := EnsureTopics(testCtx(t), cfg, TopicSpec{Name: "nosuch", Partitions: 1}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "ready once the topic exists", func() bool { return src.Ready(context.Background()) == nil })
}

// A member of a group with more members than partitions holds none and is
// ready (idle, with none to assign), unlike one whose topic is missing.
func TestSourceIdleMemberIsReady(t *testing.T) {
	t.Parallel()
	_, cfg := newCluster(t)
	ctx := testCtx(t)
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "one", Partitions: 1}); err != nil {
		t.Fatal(err)
	}
	var srcs []*Source
	for range 2 {
		src, err := NewSource(SourceConfig{Config: cfg, Topic: "one", GroupID: "g", SessionTimeout: 6 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		defer src.Close()
		srcs = append(srcs, src)
	}
	waitFor(t, "both members ready, one partition held in all", func() bool {
		return srcs[0].Ready(ctx) == nil && srcs[1].Ready(ctx) == nil && heldParts(srcs[0])+heldParts(srcs[1]) == 1
	})
}

// A member given no partition checks whether the input topic exists; when
// that check fails it cannot tell an idle group from a missing topic. It
// then waits the backoff, which keeps growing while the check fails (the
// run loop resets it only after a check that could be made), instead of
// letting kafka-go join again at once, thousands of times a second.
func TestSourceBacksOffWhileTheTopicCannotBeChecked(t *testing.T) {
	t.Parallel()
	_, cfg := newCluster(t)
	ctx := testCtx(t)
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "there", Partitions: 1}); err != nil {
		t.Fatal(err)
	}
	var logs lockedBuffer
	cfg.Logger = slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	unreachable := cfg
	unreachable.Brokers = []string{"127.0.0.1:1"} // the check's connection is refused
	s := &Source{cfg: SourceConfig{Config: unreachable, Topic: "there", GroupID: "g"}, throttle: &retry.Throttle{}}
	b := &retry.Backoff{Min: 20 * time.Millisecond, Max: time.Second, Jitter: -1}
	for i := range 2 {
		start := time.Now()
		rejoin, checked := s.withoutPartitions(ctx, b)
		if rejoin || checked {
			t.Fatalf("check %d: rejoin %v, checked %v with the metadata failing, want neither", i, rejoin, checked)
		}
		if waited, want := time.Since(start), 20*time.Millisecond<<i; waited < want {
			t.Errorf("check %d waited %v, want the backoff's %v", i, waited, want)
		}
	}
	if b.Attempts() != 2 {
		t.Errorf("backoff at attempt %d after two failed checks, want 2", b.Attempts())
	}
	if !strings.Contains(logs.String(), "the input topic could not be checked") {
		t.Errorf("the failed check was not logged:\n%s", logs.String())
	}
	// The broker answers: the topic is there and the member is idle.
	s.cfg.Config = cfg
	if rejoin, checked := s.withoutPartitions(ctx, b); rejoin || !checked {
		t.Errorf("with the topic there: rejoin %v, checked %v, want an idle member (false, true)", rejoin, checked)
	}
}
