package kafkaio

import (
	"sync"
	"testing"

	"github.com/twmb/franz-go/pkg/kmsg"
)

// Every write of the Sink, and so of the worker, produce, dlq replay and
// the harnesses (all write through NewSink), asks for acks=all: on a
// replicated cluster with min.insync.replicas 2 a record is acknowledged
// only once it is on two brokers, so a leader killed right after the
// acknowledgement loses nothing. kafka-go's default, RequireNone, would
// hide every error. Checked on the wire, in the produce requests the
// broker receives.
func TestSinkWritesWithAcksAll(t *testing.T) {
	t.Parallel()
	c, cfg := newCluster(t)
	ctx := testCtx(t)
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "acks", Partitions: 3}); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var acks []int16
	c.ControlKey(int16(kmsg.Produce), func(req kmsg.Request) (kmsg.Response, error, bool) {
		mu.Lock()
		acks = append(acks, req.(*kmsg.ProduceRequest).Acks)
		mu.Unlock()
		return nil, nil, false // observe only: the broker handles it
	})
	publish(t, cfg, "acks", 50)
	mu.Lock()
	defer mu.Unlock()
	if len(acks) == 0 {
		t.Fatal("no produce request reached the broker")
	}
	for i, a := range acks {
		if a != -1 {
			t.Fatalf("produce request %d asks for acks=%d, want -1 (all in-sync replicas)", i, a)
		}
	}
}
