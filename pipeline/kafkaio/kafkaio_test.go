package kafkaio

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/quotewire/quotewire/internal/retry"
	"github.com/quotewire/quotewire/pipeline"
)

// These tests run against kfake, the in-process Kafka-protocol broker: no
// network beyond 127.0.0.1, no build tag. The integration tier repeats the
// important ones on the real Apache Kafka broker.

// newCluster starts an in-process broker for one test and returns the
// Config to reach it (short backoffs: tests wait on conditions).
func newCluster(t *testing.T, opts ...kfake.Opt) (*kfake.Cluster, Config) {
	t.Helper()
	c, err := kfake.NewCluster(append([]kfake.Opt{kfake.NumBrokers(1)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c, Config{Brokers: c.ListenAddrs(), RetryMin: 5 * time.Millisecond, RetryMax: 50 * time.Millisecond}
}

func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// heldParts is how many partitions s holds now, read under its lock (run
// and the revoke write them).
func heldParts(s *Source) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.parts)
}

// currentGen is the state of s's current generation; it fails t when s is
// between generations (a rebalance since the test last looked).
func currentGen(t *testing.T, s *Source) *genState {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.gen == nil || s.open[s.gen.ID] == nil {
		t.Fatal("the source is between generations")
	}
	return s.open[s.gen.ID]
}

// waitFor waits until cond holds, failing after 2 minutes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not reached in 2 minutes", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func publish(t *testing.T, cfg Config, topic string, n int) {
	t.Helper()
	sink, err := NewSink(SinkConfig{Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	var recs []pipeline.Record
	for i := range n {
		recs = append(recs, pipeline.Record{Topic: topic, Key: []byte(fmt.Sprint("k", i)), Value: []byte(fmt.Sprint("v", i)),
			Headers: []pipeline.Header{{Key: "h", Value: []byte("x")}}})
	}
	if err := pipeline.WriteRetrying(testCtx(t), sink, time.Minute, nil, recs...); err != nil {
		t.Fatal(err)
	}
}

func TestClassify(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		err  error
		want pipeline.Class
	}{
		{kafka.NotLeaderForPartition, pipeline.ClassBroker},
		{kafka.LeaderNotAvailable, pipeline.ClassBroker},
		{kafka.GroupCoordinatorNotAvailable, pipeline.ClassBroker},
		{kafka.NotEnoughReplicas, pipeline.ClassBroker},
		{kafka.RequestTimedOut, pipeline.ClassTimeout},
		{kafka.RebalanceInProgress, pipeline.ClassRebalance},
		{kafka.UnknownMemberId, pipeline.ClassRebalance},
		{kafka.SASLAuthenticationFailed, pipeline.ClassDenied},
		{kafka.TopicAuthorizationFailed, pipeline.ClassDenied},
		{kafka.GroupAuthorizationFailed, pipeline.ClassDenied},
		{kafka.InvalidTopic, pipeline.ClassFatal},
		{io.EOF, pipeline.ClassNetwork},
		{syscall.ECONNREFUSED, pipeline.ClassNetwork},
		{&net.OpError{Op: "dial", Err: errors.New("connection refused")}, pipeline.ClassNetwork},
		{context.DeadlineExceeded, pipeline.ClassTimeout},
		{errors.New("read tcp 127.0.0.1:1->127.0.0.1:2: i/o timeout"), pipeline.ClassTimeout},
		{errors.New("something odd"), pipeline.ClassFatal},
	} {
		err := classify(fmt.Errorf("wrapped: %w", tc.err))
		if got := pipeline.ClassOf(err); got != tc.want {
			t.Errorf("%v: class %s, want %s", tc.err, got, tc.want)
		}
		if errors.Is(err, pipeline.ErrTransient) != tc.want.Transient() {
			t.Errorf("%v: transient %v", tc.err, errors.Is(err, pipeline.ErrTransient))
		}
		if !errors.Is(err, tc.err) {
			t.Errorf("%v: the cause is lost", tc.err)
		}
	}
	if classify(nil) != nil {
		t.Error("classify(nil) is not nil")
	}
}

func TestConfigValidate(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		cfg   Config
		field string
		text  string
	}{
		{Config{}, "Brokers", "at least one broker"},
		{Config{Brokers: []string{"nohost"}}, "Brokers", `"nohost"`},
		{Config{Brokers: []string{"h:1"}, SASL: SASL{Mechanism: "FOO", User: "u"}}, "SASL.Mechanism", `"FOO" is not a SASL mechanism`},
		{Config{Brokers: []string{"h:1"}, SASL: SASL{Mechanism: "FOO"}}, "SASL.Mechanism", `"FOO"`},
		{Config{Brokers: []string{"h:1"}, SASL: SASL{Mechanism: "plain"}}, "SASL.User", "needs a user"},
		{Config{Brokers: []string{"h:1"}, SASL: SASL{User: "u"}}, "SASL.Mechanism", "no mechanism"},
		{Config{Brokers: []string{"h:1"}, TLS: TLS{CAFile: "/nonexistent.pem"}}, "TLS.CAFile", "nonexistent"},
		{Config{Brokers: []string{"h:1"}, TLS: TLS{CertFile: "c.pem"}}, "TLS.CertFile", "go together"},
	} {
		err := tc.cfg.Validate()
		var ce *ConfigError
		if !errors.As(err, &ce) || ce.Field != tc.field || !strings.Contains(err.Error(), tc.text) {
			t.Errorf("%+v: %v, want a %s error with %q", tc.cfg, err, tc.field, tc.text)
		}
	}
	for _, m := range []string{"", "PLAIN", "scram-sha-256", "SCRAM-SHA-512"} {
		c := Config{Brokers: []string{"127.0.0.1:9092"}, SASL: SASL{Mechanism: m}}
		if m != "" {
			c.SASL.User = "u"
		}
		if err := c.Validate(); err != nil {
			t.Errorf("%q: %v", m, err)
		}
	}
	sc := SourceConfig{Config: Config{Brokers: []string{"h:1"}}, GroupID: "g"}
	if err := sc.Validate(); err == nil || !strings.Contains(err.Error(), "input topic") {
		t.Errorf("a source without a topic: %v", err)
	}
}

// Creating topics retries a controller that is not ready and returns only
// once every partition has a leader.
func TestEnsureTopics(t *testing.T) {
	t.Parallel()
	c, cfg := newCluster(t)
	c.Fault(kfake.Fault{Keys: []kmsg.Key{kmsg.CreateTopics}, Err: kerr.NotController, Count: 2})
	ctx := testCtx(t)
	specs := []TopicSpec{{Name: "a", Partitions: 3, Configs: map[string]string{"cleanup.policy": "compact"}}, {Name: "b", Partitions: 1}}
	if err := EnsureTopics(ctx, cfg, specs...); err != nil {
		t.Fatal(err)
	}
	if err := EnsureTopics(ctx, cfg, specs...); err != nil {
		t.Fatalf("again (the topics exist): %v", err)
	}
	parts, err := partitions(ctx, &cfg, "a")
	if err != nil || len(parts) != 3 {
		t.Fatalf("partitions of a: %v %v", parts, err)
	}
	// A topic that does not exist is not waited for forever.
	cfg.RetryFor = 200 * time.Millisecond
	if err := WaitTopics(ctx, cfg, "nosuch"); err == nil || !errors.Is(err, kafka.UnknownTopicOrPartition) {
		t.Errorf("waiting for a missing topic: %v", err)
	}
}

// A topic gets the replication factor asked for, or the broker's default
// (kfake's is 3, as the deploy/kafka cluster's); one larger than the
// cluster fails at once, not after RetryFor.
func TestEnsureTopicsReplicationFactor(t *testing.T) {
	t.Parallel()
	_, cfg := newCluster(t, kfake.NumBrokers(3))
	ctx := testCtx(t)
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "dflt", Partitions: 2}, TopicSpec{Name: "two", Partitions: 2, ReplicationFactor: 2},
		TopicSpec{Name: "minus", Partitions: 1, ReplicationFactor: -1}); err != nil {
		t.Fatal(err)
	}
	cl, release, err := cfg.client(10 * time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	md, err := cl.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{"dflt", "two", "minus"}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"dflt": 3, "two": 2, "minus": 3}
	for _, tp := range md.Topics {
		for _, p := range tp.Partitions {
			if len(p.Replicas) != want[tp.Name] {
				t.Errorf("topic %s partition %d: %d replicas, want %d", tp.Name, p.ID, len(p.Replicas), want[tp.Name])
			}
		}
		delete(want, tp.Name)
	}
	if len(want) > 0 {
		t.Errorf("topics missing from the metadata: %v", want)
	}
	cfg.RetryFor = time.Hour // a fatal error must not wait for it
	err = EnsureTopics(ctx, cfg, TopicSpec{Name: "four", Partitions: 1, ReplicationFactor: 4})
	if !errors.Is(err, kafka.InvalidReplicationFactor) || pipeline.ClassOf(err) != pipeline.ClassFatal {
		t.Errorf("replication factor 4 on 3 brokers: %v (class %s), want a fatal Invalid Replication Factor", err, pipeline.ClassOf(err))
	}
}

// Issue 13: `dlq replay` gave up on "[6] Not Leader For Partition" from a
// freshly created topic. ReadToEnd retries it.
func TestReadToEndRetriesLeaderChanges(t *testing.T) {
	t.Parallel()
	c, cfg := newCluster(t)
	ctx := testCtx(t)
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "dlq", Partitions: 2}); err != nil {
		t.Fatal(err)
	}
	publish(t, cfg, "dlq", 20)
	h := c.Fault(kfake.Fault{Keys: []kmsg.Key{kmsg.ListOffsets}, Topic: "dlq", Partitions: []int32{1}, Err: kerr.NotLeaderForPartition, Count: 3},
		kfake.Fault{Keys: []kmsg.Key{kmsg.Metadata}, Err: kerr.LeaderNotAvailable, Count: 1})
	var got []pipeline.Message
	if err := ReadToEnd(ctx, cfg, "dlq", func(m pipeline.Message) { got = append(got, m) }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 20 {
		t.Fatalf("read %d records, want 20", len(got))
	}
	if n := h.Hits(); n < 4 {
		t.Errorf("the faults answered %d requests, want 4", n)
	}
	if got[0].Headers[0].Key != "h" {
		t.Errorf("headers lost: %+v", got[0])
	}
	// An empty topic ends at once; a missing one fails once RetryFor passes.
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "empty", Partitions: 1}); err != nil {
		t.Fatal(err)
	}
	if err := ReadToEnd(ctx, cfg, "empty", func(pipeline.Message) { t.Error("a record in an empty topic") }); err != nil {
		t.Fatal(err)
	}
	cfg.RetryFor = 100 * time.Millisecond
	if err := ReadToEnd(ctx, cfg, "missing", func(pipeline.Message) {}); err == nil {
		t.Error("reading a missing topic succeeded")
	}
}

func TestReadTopic(t *testing.T) {
	t.Parallel()
	_, cfg := newCluster(t)
	ctx := testCtx(t)
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "t", Partitions: 3}); err != nil {
		t.Fatal(err)
	}
	publish(t, cfg, "t", 30)
	seen := map[string]bool{}
	if err := ReadTopic(ctx, cfg, "t", func(m pipeline.Message) bool { seen[string(m.Key)] = true; return len(seen) < 30 }); err != nil {
		t.Fatal(err)
	}
	if len(seen) != 30 {
		t.Fatalf("%d keys", len(seen))
	}
}

// A Source in a group: fetch, commit, lag, and Ready when it has joined.
func TestSourceSinkLag(t *testing.T) {
	t.Parallel()
	_, cfg := newCluster(t)
	ctx := testCtx(t)
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "in", Partitions: 2}, TopicSpec{Name: "out", Partitions: 2}); err != nil {
		t.Fatal(err)
	}
	publish(t, cfg, "in", 10)
	scfg := SourceConfig{Config: cfg, Topic: "in", GroupID: "g", SessionTimeout: 6 * time.Second}
	src, err := NewSource(scfg)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	var msgs []pipeline.Message
	for len(msgs) < 10 {
		m, err := src.Fetch(ctx)
		if err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, m)
	}
	if err := src.Ready(ctx); err != nil {
		t.Errorf("not ready while consuming: %v", err)
	}
	lag, err := Lag(ctx, scfg)
	if err != nil || lag[0]+lag[1] != 10 {
		t.Fatalf("lag before commit %v %v", lag, err)
	}
	byPart := map[int][]pipeline.Message{}
	for _, m := range msgs {
		byPart[m.Partition] = append(byPart[m.Partition], m)
	}
	for _, ms := range byPart {
		if err := src.Commit(ctx, ms...); err != nil {
			t.Fatal(err)
		}
	}
	if lag, err := Lag(ctx, scfg); err != nil || lag[0]+lag[1] != 0 {
		t.Errorf("lag after commit %v %v", lag, err)
	}
	sink, err := NewSink(SinkConfig{Config: cfg, CheckTopics: []string{"out"}})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	if err := sink.Ready(ctx); err != nil {
		t.Errorf("sink not ready: %v", err)
	}
	bad, err := NewSink(SinkConfig{Config: cfg, CheckTopics: []string{"out", "nosuch"}})
	if err != nil {
		t.Fatal(err)
	}
	defer bad.Close()
	if err := bad.Ready(ctx); err == nil || !strings.Contains(err.Error(), "nosuch") {
		t.Errorf("sink ready with its topic missing: %v", err)
	}
}

// Issue 13: a worker pointed at no broker must not say it is ready, and
// says why.
func TestSourceNotReadyWithoutBroker(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	src, err := NewSource(SourceConfig{Config: Config{Brokers: []string{addr}, RetryMin: 5 * time.Millisecond, RetryMax: 20 * time.Millisecond},
		Topic: "in", GroupID: "g"})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	waitFor(t, "a failed join", func() bool {
		err := src.Ready(context.Background())
		return err != nil && strings.Contains(err.Error(), "connection refused")
	})
	if err := src.Ready(context.Background()); !strings.Contains(err.Error(), "not joined") {
		t.Errorf("Ready: %v", err)
	}
}

// Issue 13: a fetch authorization error was retried forever at WARN; it is
// fatal, as a join error is.
func TestSourceFetchDeniedIsFatal(t *testing.T) {
	t.Parallel()
	c, cfg := newCluster(t)
	ctx := testCtx(t)
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "in", Partitions: 1}); err != nil {
		t.Fatal(err)
	}
	c.Fault(kfake.Fault{Keys: []kmsg.Key{kmsg.Fetch}, Err: kerr.TopicAuthorizationFailed, Count: -1})
	src, err := NewSource(SourceConfig{Config: cfg, Topic: "in", GroupID: "g"})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	_, err = src.Fetch(ctx)
	if pipeline.ClassOf(err) != pipeline.ClassDenied || !errors.Is(err, kafka.TopicAuthorizationFailed) {
		t.Fatalf("Fetch: %v, want a denied TopicAuthorizationFailed", err)
	}
	if _, again := src.Fetch(ctx); again == nil {
		t.Error("a second Fetch succeeded after a fatal error")
	}
	if src.Ready(ctx) == nil {
		t.Error("ready after a fatal error")
	}
}

type failingReader struct{ partitionReader }

func (failingReader) SetOffset(int64) error { return errors.New("reader closed") }

// Issue 13: a SetOffset error was logged and the partition silently
// stopped; now it stops the worker.
func TestSourceSetOffsetErrorIsFatal(t *testing.T) {
	t.Parallel()
	_, cfg := newCluster(t)
	ctx := testCtx(t)
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "in", Partitions: 1}); err != nil {
		t.Fatal(err)
	}
	src, err := NewSource(SourceConfig{Config: cfg, Topic: "in", GroupID: "g",
		newReader: func(rc kafka.ReaderConfig) partitionReader { return failingReader{kafka.NewReader(rc)} }})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	if _, err := src.Fetch(ctx); err == nil || !strings.Contains(err.Error(), "setting the offset") {
		t.Fatalf("Fetch: %v, want the SetOffset error", err)
	}
}

// A member that failed fatally went on joining the group, generation after
// generation (1,100 a second against kfake, a coordinator connection each),
// its readers failing at once, until the worker closed it; meanwhile it
// held partitions nobody read. It leaves the group: the other member takes
// every partition, and the failed one joins no more.
func TestFatalSourceLeavesTheGroup(t *testing.T) {
	t.Parallel()
	_, cfg := newCluster(t)
	ctx := testCtx(t)
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "in", Partitions: 2}); err != nil {
		t.Fatal(err)
	}
	var logs lockedBuffer
	bad := cfg
	bad.Logger = slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelInfo}))
	a, err := NewSource(SourceConfig{Config: bad, Topic: "in", GroupID: "g", SessionTimeout: 6 * time.Second,
		newReader: func(rc kafka.ReaderConfig) partitionReader { return failingReader{kafka.NewReader(rc)} }})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if _, err := a.Fetch(ctx); err == nil {
		t.Fatal("Fetch succeeded with a reader that cannot be positioned")
	}
	select {
	case <-a.done:
	case <-ctx.Done():
		t.Fatal("the failed source still follows the group's generations")
	}
	joined := strings.Count(logs.String(), "joined consumer group")
	if !strings.Contains(logs.String(), "leaving the consumer group after a fatal error") {
		t.Errorf("no log of leaving the group:\n%s", logs.String())
	}
	b, err := NewSource(SourceConfig{Config: cfg, Topic: "in", GroupID: "g", SessionTimeout: 6 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	waitFor(t, "the healthy member holds both partitions", func() bool { return heldParts(b) == 2 })
	if n := strings.Count(logs.String(), "joined consumer group"); n != joined {
		t.Errorf("the failed source joined %d more generations", n-joined)
	}
}

// smallTopicSink makes topic "small" (one partition, 3 KB records at most)
// and a Sink whose batches may hold 20 KB: a batch of a few 900-byte
// records is refused as a whole, each alone is not.
func smallTopicSink(t *testing.T, ctx context.Context, cfg Config) *Sink {
	t.Helper()
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "small", Partitions: 1, Configs: map[string]string{"max.message.bytes": "3000"}}); err != nil {
		t.Fatal(err)
	}
	sink, err := NewSink(SinkConfig{Config: cfg, MaxRecordBytes: 20000})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sink.Close() })
	return sink
}

// A record too large for its topic is refused alone; the other records of
// its batch, refused with it by the broker, are written.
func TestSinkRefusedRecords(t *testing.T) {
	t.Parallel()
	_, cfg := newCluster(t)
	ctx := testCtx(t)
	sink := smallTopicSink(t, ctx, cfg)
	var recs []pipeline.Record
	for i := range 6 {
		v := bytes.Repeat([]byte("x"), 900) // six fit one 20 KB batch, not the topic's 3 KB
		if i == 3 {
			v = bytes.Repeat([]byte("y"), 5000) // too large alone
		}
		recs = append(recs, pipeline.Record{Topic: "small", Key: []byte(fmt.Sprint(i)), Value: v})
	}
	recs = append(recs, pipeline.Record{Topic: "small", Key: []byte("huge"), Value: bytes.Repeat([]byte("z"), 30000)}) // over MaxRecordBytes
	err := sink.Write(ctx, recs...)
	var re *pipeline.RecordError
	if !errors.As(err, &re) || fmt.Sprint(re.Index) != "[3 6]" || pipeline.ClassOf(err) != pipeline.ClassRecordRefused {
		t.Fatalf("Write: %v, want records 3 and 6 refused", err)
	}
	var got []string
	if err := ReadToEnd(ctx, cfg, "small", func(m pipeline.Message) { got = append(got, string(m.Key)) }); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "0,1,2,4,5" {
		t.Errorf("written %v, want 0,1,2,4,5 once each", got)
	}
	if err := sink.Ready(ctx); err != nil {
		t.Errorf("a refused record makes the sink unready: %v", err)
	}
}

// SASL is built inside kafkaio from plain configuration. (A wrong
// password is a denied error on the real broker, secure_integration_test;
// kfake just drops the connection.)
func TestSASL(t *testing.T) {
	t.Parallel()
	for _, mech := range Mechanisms() {
		t.Run(mech, func(t *testing.T) {
			t.Parallel()
			_, cfg := newCluster(t, kfake.EnableSASL(), kfake.Superuser(mech, "alice", "secret"))
			cfg.SASL = SASL{Mechanism: strings.ToLower(mech), User: "alice", Password: "secret"}
			ctx := testCtx(t)
			if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "t", Partitions: 1}); err != nil {
				t.Fatal(err)
			}
			publish(t, cfg, "t", 1)
			cfg.SASL.Password = "wrong"
			sink, err := NewSink(SinkConfig{Config: cfg})
			if err != nil {
				t.Fatal(err)
			}
			defer sink.Close()
			wctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			defer cancel()
			if err := sink.Write(wctx, pipeline.Record{Topic: "t", Value: []byte("v")}); err == nil {
				t.Fatal("a wrong password was accepted")
			}
		})
	}
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// Issue 13: kafka-go's transient fetch timeouts and "[15] Group
// Coordinator Not Available" were logged at ERROR. They are Debug (and
// counted); other kafka-go errors Warn, rate-limited; nothing Error.
func TestKafkaGoLogLevels(t *testing.T) {
	t.Parallel()
	var buf lockedBuffer
	cfg := Config{Logger: slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))}
	info, errs := kafkaLoggers(&cfg, nil, "reader")
	_ = info
	lines := []struct{ text, level string }{
		{"the kafka reader got an unknown error reading partition 0 of in at offset 5: read tcp 127.0.0.1:5->127.0.0.1:9: i/o timeout", "DEBUG"},
		{"Failed to join group g: [15] Group Coordinator Not Available: the coordinator is not available", "DEBUG"},
		{"failed to read from current broker for partition 1 of in at offset 7: [6] Not Leader For Partition: x", "DEBUG"},
		{"Failed to join group g: [58] SASL Authentication Failed: bad", "WARN"},
		{"the kafka reader is reading before the first offset for partition 0 of in, skipping from offset 1 to 9 (8 messages)", "WARN"},
		{"the kafka reader is reading before the first offset for partition 0 of in, skipping from offset 1 to 9 (8 messages)", "DEBUG"}, // the same again: throttled
	}
	for _, l := range lines {
		errs(l.text)
	}
	out := buf.String()
	got := strings.Split(strings.TrimSpace(out), "\n")
	if len(got) != len(lines) {
		t.Fatalf("%d lines:\n%s", len(got), out)
	}
	for i, l := range lines {
		if !strings.Contains(got[i], "level="+l.level) {
			t.Errorf("%q logged as %s, want %s", l.text, got[i][:40], l.level)
		}
	}
	if strings.Contains(out, "level=ERROR") {
		t.Errorf("kafka-go logged at ERROR:\n%s", out)
	}
}

// kafka-go starts a lag goroutine per reader unless ReadLagInterval is
// negative; it logged from its own goroutine while `dlq replay` wrote its
// summary (a data race on a shared writer, seen once in a `make test` loop)
// and listed offsets every minute for a figure quotewire computes itself.
func TestReadersRunNoLagGoroutine(t *testing.T) {
	r, err := newReader(&Config{Brokers: []string{"127.0.0.1:1"}}, &retry.Throttle{}, nil, "articles", 0)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if got := r.Config().ReadLagInterval; got >= 0 {
		t.Errorf("ReadToEnd's reader: ReadLagInterval %v: kafka-go runs its lag goroutine", got)
	}
	// The Source's partition readers.
	src, err := NewSource(SourceConfig{Config: Config{Brokers: []string{"127.0.0.1:1"}}, Topic: "articles", GroupID: "g"})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	rc := src.readerConfig(3)
	if rc.ReadLagInterval >= 0 || rc.Partition != 3 || rc.Validate() != nil {
		t.Errorf("the Source's partition reader: ReadLagInterval %v, partition %d, validate %v", rc.ReadLagInterval, rc.Partition, rc.Validate())
	}
}
