package kafkaio

import (
	"context"
	"fmt"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/quotewire/quotewire/pipeline"
)

// Rebalances against kfake (issue 14): what a worker had in flight when a
// member joined, and what it may still commit afterwards.

// fetchN fetches n messages from src.
func fetchN(t *testing.T, ctx context.Context, src *Source, n int) []pipeline.Message {
	t.Helper()
	var msgs []pipeline.Message
	for len(msgs) < n {
		m, err := src.Fetch(ctx)
		if err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, m)
	}
	return msgs
}

// committed returns the group's committed offset of each partition.
func committed(t *testing.T, ctx context.Context, cfg Config, group, topic string, parts []int) map[int]int64 {
	t.Helper()
	cl, release, err := cfg.client(10 * time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	resp, err := cl.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: group, Topics: map[string][]int{topic: parts}})
	if err != nil {
		t.Fatalf("offset fetch: %v", err)
	}
	if resp.Error != nil {
		t.Fatalf("offset fetch: %v", resp.Error)
	}
	out := map[int]int64{}
	for _, p := range resp.Topics[topic] {
		out[p.Partition] = p.CommittedOffset
	}
	return out
}

// The duplicate storm: a worker that had fetched messages when another
// member joined used to drop their commits (a generation that had ended),
// so the partitions' next owners did them all again, up to MaxInFlight
// messages per worker and rebalance. Now the ended generation's messages
// are committed before the worker rejoins, and nothing is redelivered.
func TestRebalanceCommitsInFlightMessages(t *testing.T) {
	t.Parallel()
	_, cfg := newCluster(t)
	ctx := testCtx(t)
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "in", Partitions: 4}); err != nil {
		t.Fatal(err)
	}
	publish(t, cfg, "in", 40)
	// RevokeTimeout is long here so that the test sees the window on a busy
	// machine; the default is a third of the session timeout.
	scfg := SourceConfig{Config: cfg, Topic: "in", GroupID: "g", SessionTimeout: 6 * time.Second, RevokeTimeout: 5 * time.Second}
	a, err := NewSource(scfg)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	held := fetchN(t, ctx, a, 40) // in flight: fetched, not yet committed
	first := currentGen(t, a)

	b, err := NewSource(scfg)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	// The join ends a's generation; a is revoking its partitions.
	waitFor(t, "a's generation to end", func() bool { return a.Ready(ctx) != nil })
	// Its readers stop first (up to MaxWait): the commit must still be
	// accepted after that, while the revoke waits for it.
	waitFor(t, "a's partition readers to stop", func() bool { return first.running.Load() == 0 })
	if err := a.Commit(ctx, held...); err != nil {
		t.Fatalf("committing the in-flight messages of the ended generation: %v", err)
	}
	want := map[int]int64{}
	for _, m := range held {
		want[m.Partition] = max(want[m.Partition], m.Offset+1)
	}
	got := committed(t, ctx, cfg, "g", "in", []int{0, 1, 2, 3})
	for p := range 4 {
		if got[p] != want[p] {
			t.Errorf("partition %d: committed offset %d after the rebalance, want %d (the in-flight messages were dropped)", p, got[p], want[p])
		}
	}

	// The next owners start after them: only new messages arrive.
	waitFor(t, "both members to join", func() bool { return a.Ready(ctx) == nil && b.Ready(ctx) == nil })
	sink, err := NewSink(SinkConfig{Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	var recs []pipeline.Record
	for i := range 8 {
		recs = append(recs, pipeline.Record{Topic: "in", Key: []byte(fmt.Sprint("new", i)), Value: []byte("v")})
	}
	if err := pipeline.WriteRetrying(ctx, sink, time.Minute, nil, recs...); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var keys []string
	fctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for _, src := range []*Source{a, b} {
		wg.Go(func() {
			for {
				m, err := src.Fetch(fctx)
				if err != nil {
					return
				}
				mu.Lock()
				keys = append(keys, string(m.Key))
				n := 0
				for _, k := range keys {
					if strings.HasPrefix(k, "new") {
						n++
					}
				}
				mu.Unlock()
				if n == 8 {
					cancel()
				}
			}
		})
	}
	wg.Wait()
	for _, k := range keys {
		if !strings.HasPrefix(k, "new") {
			t.Errorf("redelivered after the rebalance: %s (of %v)", k, keys)
		}
	}
}

// A commit for a revoked partition: a worker whose generation is over
// (here it held its messages past RevokeTimeout) must not commit them
// after the partition's next owner has committed: the late commit would
// move the owner's offset. This does not happen with generation-scoped
// commits (Commit drops them, and the coordinator refuses a stale
// generation); the test pins it.
func TestLateCommitForRevokedPartitionIsDropped(t *testing.T) {
	t.Parallel()
	_, cfg := newCluster(t)
	ctx := testCtx(t)
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "in", Partitions: 2}); err != nil {
		t.Fatal(err)
	}
	publish(t, cfg, "in", 20)
	scfg := SourceConfig{Config: cfg, Topic: "in", GroupID: "g", SessionTimeout: 6 * time.Second, RevokeTimeout: 50 * time.Millisecond}
	a, err := NewSource(scfg)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	held := fetchN(t, ctx, a, 20)
	b, err := NewSource(scfg)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	waitFor(t, "both members to join", func() bool {
		return a.Ready(ctx) == nil && b.Ready(ctx) == nil && heldParts(b) == 1
	})
	// b owns one partition again from offset 0 (a did not commit) and
	// commits the first 3 of it.
	var mine []pipeline.Message
	for len(mine) < 3 {
		m, err := b.Fetch(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if m.Offset < 3 {
			mine = append(mine, m)
		}
	}
	if err := b.Commit(ctx, mine...); err != nil {
		t.Fatal(err)
	}
	p := mine[0].Partition
	// a's late commit of the old generation's messages, 10 of them on p.
	if err := a.Commit(ctx, held...); err != nil {
		t.Fatalf("a late commit failed instead of being dropped: %v", err)
	}
	if got := committed(t, ctx, cfg, "g", "in", []int{p})[p]; got != 3 {
		t.Errorf("partition %d: committed %d, want 3 (b's commit): a committed for a partition it had lost", p, got)
	}
}

// deadBehindProxy listens like a proxy in front of a dead broker: it
// accepts connections and closes them at once.
func deadBehindProxy(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	return ln.Addr().String()
}

// Issue 14: with the first broker of the list dead behind a proxy (the
// connection opens, every request fails), a worker never joined its group:
// kafka-go's ConsumerGroup always asks its first reachable broker for the
// coordinator. The Source now moves on to the next broker.
func TestSourceJoinsWithFirstBrokerDead(t *testing.T) {
	t.Parallel()
	_, cfg := newCluster(t)
	ctx := testCtx(t)
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "in", Partitions: 2}); err != nil {
		t.Fatal(err)
	}
	publish(t, cfg, "in", 10)
	cfg.Brokers = append([]string{deadBehindProxy(t)}, cfg.Brokers...)
	src, err := NewSource(SourceConfig{Config: cfg, Topic: "in", GroupID: "g", SessionTimeout: 6 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	fctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for i := range 10 {
		if _, err := src.Fetch(fctx); err != nil {
			t.Fatalf("message %d: %v (ready: %v)", i, err, src.Ready(ctx))
		}
	}
}

// writtenPastARefusedCommit publishes 20 records to a topic "in" of two
// partitions, has Source a fetch them all (written, but the commit comes too
// late), lets Source b join, and has the coordinator refuse a's commit of
// its ended generation. It returns the offsets a wrote up to, by partition.
func writtenPastARefusedCommit(t *testing.T, ctx context.Context, cfg Config) (scfg SourceConfig, a, b *Source, want map[int]int64) {
	t.Helper()
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "in", Partitions: 2}); err != nil {
		t.Fatal(err)
	}
	publish(t, cfg, "in", 20)
	scfg = SourceConfig{Config: cfg, Topic: "in", GroupID: "g", SessionTimeout: 6 * time.Second, RevokeTimeout: time.Millisecond}
	a, err := NewSource(scfg)
	if err != nil {
		t.Fatal(err)
	}
	held := fetchN(t, ctx, a, 20) // written, but the commit comes too late
	want = map[int]int64{}
	for _, m := range held {
		want[m.Partition] = max(want[m.Partition], m.Offset+1)
	}
	b, err = NewSource(scfg)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "both members to join", func() bool { return a.Ready(ctx) == nil && b.Ready(ctx) == nil })
	if err := a.Commit(ctx, held...); err != nil { // refused: its generation is over
		t.Fatal(err)
	}
	return scfg, a, b, want
}

// Issue 14: when a generation ended in a way that let no commit through
// (the coordinator died with it), the records a worker had written since
// its last commit were written again by the partitions' next owners, often
// the same worker. A worker that gets such a partition back now resumes
// after what it wrote, and commits that.
func TestSourceResumesAfterWhatItWrote(t *testing.T) {
	t.Parallel()
	_, cfg := newCluster(t)
	ctx := testCtx(t)
	_, a, b, want := writtenPastARefusedCommit(t, ctx, cfg)
	defer a.Close()
	if got := committed(t, ctx, cfg, "g", "in", []int{0, 1}); got[0] > 0 || got[1] > 0 {
		t.Fatalf("committed %v through an ended generation", got)
	}
	b.Close() // a gets both partitions back
	waitFor(t, "a to resume after what it wrote", func() bool {
		got := committed(t, ctx, cfg, "g", "in", []int{0, 1})
		return a.Ready(ctx) == nil && got[0] == want[0] && got[1] == want[1]
	})
	publish2(t, cfg, "in", "new", 4)
	for _, m := range fetchN(t, ctx, a, 4) {
		if !strings.HasPrefix(string(m.Key), "new") {
			t.Errorf("redelivered: %s at %d/%d", m.Key, m.Partition, m.Offset)
		}
	}
}

// When the commit that resumes after what was written fails too (the
// coordinator is still moving), the worker keeps what it wrote: a generation
// that then ends before the partition delivers anything must not have the
// next one start again at the old commit.
func TestSourceKeepsWhatItWroteWhenResumingFails(t *testing.T) {
	t.Parallel()
	c, cfg := newCluster(t)
	ctx := testCtx(t)
	scfg, a, b, want := writtenPastARefusedCommit(t, ctx, cfg)
	defer a.Close()
	// Every commit fails from now on, the resuming ones included.
	h := c.Fault(kfake.Fault{Keys: []kmsg.Key{kmsg.OffsetCommit}, Err: kerr.NotCoordinator, Count: -1})
	b.Close() // a gets both partitions back, and cannot commit where it resumes
	waitFor(t, "a to hold both partitions and try to resume", func() bool {
		return a.Ready(ctx) == nil && heldParts(a) == 2 && h.Hits() > 0
	})
	// That generation ends before anything new is delivered: another
	// member comes and goes (it fetches nothing).
	d, err := NewSource(scfg)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "a and d to join", func() bool { return a.Ready(ctx) == nil && d.Ready(ctx) == nil && heldParts(a) == 1 })
	kept := currentGen(t, a).gen.Assignments["in"][0].ID
	d.Close()
	h.Remove()
	waitFor(t, "a to hold both partitions again", func() bool { return a.Ready(ctx) == nil && heldParts(a) == 2 })
	// Its resuming commit goes through now; without the memory of what it
	// wrote, a would start the kept partition at the old commit again.
	deadline := time.Now().Add(30 * time.Second)
	for got := committed(t, ctx, cfg, "g", "in", []int{kept}); got[kept] != want[kept]; got = committed(t, ctx, cfg, "g", "in", []int{kept}) {
		if time.Now().After(deadline) {
			t.Fatalf("partition %d committed at %d after the commits came back, want %d (resumed after what a wrote)", kept, got[kept], want[kept])
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// publish2 writes n records keyed prefix0, prefix1, ...
func publish2(t *testing.T, cfg Config, topic, prefix string, n int) {
	t.Helper()
	sink, err := NewSink(SinkConfig{Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	var recs []pipeline.Record
	for i := range n {
		recs = append(recs, pipeline.Record{Topic: topic, Key: []byte(fmt.Sprint(prefix, i)), Value: []byte("v")})
	}
	if err := pipeline.WriteRetrying(testCtx(t), sink, time.Minute, nil, recs...); err != nil {
		t.Fatal(err)
	}
}

// Resuming after what a worker wrote trusts its memory over the committed
// offset only while that offset lies inside the range it wrote: when the
// committed offset has moved back below where that range began (the input
// topic made again, offsets reset), the records in between were never
// written by anyone, and resuming would skip them.
func TestSourceDoesNotResumeOverAnOffsetReset(t *testing.T) {
	t.Parallel()
	_, cfg := newCluster(t)
	ctx := testCtx(t)
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "in", Partitions: 1}); err != nil {
		t.Fatal(err)
	}
	publish(t, cfg, "in", 20)
	scfg := SourceConfig{Config: cfg, Topic: "in", GroupID: "g", SessionTimeout: 6 * time.Second, RevokeTimeout: time.Millisecond}
	// A first worker commits the first 10: the next one starts at 10.
	first, err := NewSource(scfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := first.Commit(ctx, fetchN(t, ctx, first, 10)...); err != nil {
		t.Fatal(err)
	}
	first.Close()
	a, err := NewSource(scfg)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	held := fetchN(t, ctx, a, 10) // written from 10 on; the commit comes too late
	if held[0].Offset != 10 {
		t.Fatalf("a started at %d, want 10", held[0].Offset)
	}
	b, err := NewSource(scfg)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "both members to join", func() bool { return a.Ready(ctx) == nil && b.Ready(ctx) == nil })
	if err := a.Commit(ctx, held...); err != nil { // refused: its generation is over
		t.Fatal(err)
	}
	// The committed offset goes back to 3, below where a's range began,
	// committed by the partition's owner now.
	owner := b
	a.mu.Lock()
	if len(a.parts) == 1 {
		owner = a
	}
	a.mu.Unlock()
	owner.mu.Lock()
	reset := pipeline.Message{Topic: "in", Partition: 0, Offset: 2, Generation: int64(owner.gen.ID)}
	owner.mu.Unlock()
	if err := owner.Commit(ctx, reset); err != nil {
		t.Fatal(err)
	}
	if got := committed(t, ctx, cfg, "g", "in", []int{0})[0]; got != 3 {
		t.Fatalf("committed %d after the reset, want 3", got)
	}
	b.Close() // a gets the partition back
	waitFor(t, "a to own the partition alone", func() bool {
		a.mu.Lock()
		defer a.mu.Unlock()
		return a.gen != nil && int64(a.gen.ID) > reset.Generation && len(a.parts) == 1
	})
	publish2(t, cfg, "in", "new", 1) // so that a worker that skipped has something to fetch
	if m := fetchN(t, ctx, a, 1)[0]; m.Offset != 3 {
		t.Errorf("a resumed at offset %d, want 3 (the committed offset): offsets 3 to %d skipped", m.Offset, m.Offset-1)
	}
}

// A revoke whose commit the coordinator refuses (the generation is over:
// the member was evicted, the rebalance went on without it) has nothing
// left to wait for: it used to wait the whole RevokeTimeout anyway, without
// a heartbeat, before the worker rejoined.
//
// That RevokeTimeout counts from the generation's end, its readers' Close
// included, has no test: telling a timer started before the Close from one
// started after it takes a wall-clock comparison.
func TestRevokeEndsWhenItsCommitIsRefused(t *testing.T) {
	t.Parallel()
	c, cfg := newCluster(t)
	ctx := testCtx(t)
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "in", Partitions: 2}); err != nil {
		t.Fatal(err)
	}
	publish(t, cfg, "in", 10)
	// RevokeTimeout far beyond the wait below: only the refusal can end
	// the revoke in time.
	const revokeTimeout = 90 * time.Second
	scfg := SourceConfig{Config: cfg, Topic: "in", GroupID: "g", SessionTimeout: 6 * time.Second, RevokeTimeout: revokeTimeout}
	a, err := NewSource(scfg)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	held := fetchN(t, ctx, a, 10)
	first := currentGen(t, a)
	gen, member := first.gen.ID, first.gen.MemberID
	// The coordinator refuses a's commits of that generation.
	h := c.Fault(kfake.Fault{Keys: []kmsg.Key{kmsg.OffsetCommit}, Err: kerr.IllegalGeneration, Count: -1,
		When: func(req kmsg.Request) bool {
			r := req.(*kmsg.OffsetCommitRequest)
			return r.Generation == gen && r.MemberID == member
		}})
	defer h.Remove()

	b, err := NewSource(scfg)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	waitFor(t, "a's readers of the ended generation to stop", func() bool {
		return a.Ready(ctx) != nil && first.running.Load() == 0
	})
	if !a.committable(int64(gen)) {
		t.Fatal("the ended generation left open before its commit: the revoke is not waiting for it")
	}
	if err := a.Commit(ctx, held...); err != nil {
		t.Fatalf("a refused commit of an ended generation is not an error: %v", err)
	}
	deadline := time.Now().Add(revokeTimeout / 3)
	for a.committable(int64(gen)) || a.Ready(ctx) != nil || b.Ready(ctx) != nil {
		if time.Now().After(deadline) {
			t.Fatalf("the revoke went on after its commit was refused (ended generation open: %v; a: %v; b: %v)",
				a.committable(int64(gen)), a.Ready(ctx), b.Ready(ctx))
		}
		time.Sleep(5 * time.Millisecond)
	}
}
