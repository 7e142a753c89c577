package kafkaio

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/quotewire/quotewire/pipeline"
)

// Issue 14: when one partition's leader is down, a Write of records for
// several partitions is acknowledged for the others. The Sink names the
// records that failed, so that only they are written again: retrying the
// whole call wrote the acknowledged ones twice (a duplicate per record and
// retry while a broker was down).
func TestSinkNamesTheRecordsNotWritten(t *testing.T) {
	t.Parallel()
	c, cfg := newCluster(t)
	ctx := testCtx(t)
	if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "out", Partitions: 3}); err != nil {
		t.Fatal(err)
	}
	sink, err := NewSink(SinkConfig{Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	var recs []pipeline.Record
	for i := range 30 {
		recs = append(recs, pipeline.Record{Topic: "out", Key: []byte(fmt.Sprint("k", i)), Value: []byte(fmt.Sprint("v", i))})
	}
	// Partition 1's leader is gone for longer than the writer's own
	// attempts.
	h := c.Fault(kfake.Fault{Keys: []kmsg.Key{kmsg.Produce}, Topic: "out", Partitions: []int32{1}, Err: kerr.NotLeaderForPartition, Count: -1})
	err = sink.Write(ctx, recs...)
	var pe *pipeline.PartialWriteError
	if !errors.As(err, &pe) || !errors.Is(err, pipeline.ErrTransient) {
		t.Fatalf("Write with one partition down: %v, want a transient *pipeline.PartialWriteError", err)
	}
	h.Remove()
	var again []pipeline.Record
	for _, i := range pe.Failed {
		again = append(again, recs[i])
	}
	if err := sink.Write(ctx, again...); err != nil {
		t.Fatal(err)
	}
	// Every record once; the failed ones are exactly partition 1's.
	seen := map[string]int{}
	var onOne []int
	if err := ReadToEnd(ctx, cfg, "out", func(m pipeline.Message) {
		seen[string(m.Key)]++
		if m.Partition == 1 {
			var i int
			fmt.Sscanf(string(m.Key), "k%d", &i)
			onOne = append(onOne, i)
		}
	}); err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if n := seen[string(r.Key)]; n != 1 {
			t.Errorf("%s written %d times", r.Key, n)
		}
	}
	slices.Sort(onOne)
	if !slices.Equal(onOne, pe.Failed) || len(onOne) == 0 {
		t.Errorf("named as not written: %v; the records of partition 1: %v", pe.Failed, onOne)
	}
}
