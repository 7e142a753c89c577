package kafkaio

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
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
	writeAgain(t, ctx, sink, recs, pe.Failed)
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

// A batch the broker refuses as a whole (over the topic's limit) is written
// again record by record. When the leader goes away in the middle of that,
// the records already written alone must not be named for the retry: a
// plain error had the runner write the whole call again, so those records
// twice.
func TestSinkRetriesAloneOnlyWhatIsNotWritten(t *testing.T) {
	t.Parallel()
	c, cfg := newCluster(t)
	ctx := testCtx(t)
	sink := smallTopicSink(t, ctx, cfg)
	var recs []pipeline.Record
	for i := range 4 {
		// Together over the topic's 3 KB, each alone under it.
		recs = append(recs, pipeline.Record{Topic: "small", Key: []byte(fmt.Sprint(i)), Value: bytes.Repeat([]byte("x"), 900)})
	}
	// The whole batch is refused; record 0 is written alone; from the
	// second record alone on, the leader is gone. (A produce of one record
	// is one with under 2 KB of record bytes; kfake may ask When more than
	// once about one request.)
	alone := map[*kmsg.ProduceRequest]bool{}
	h := c.Fault(kfake.Fault{Keys: []kmsg.Key{kmsg.Produce}, Err: kerr.NotLeaderForPartition, Count: -1,
		When: func(req kmsg.Request) bool {
			pr := req.(*kmsg.ProduceRequest)
			n := 0
			for _, tp := range pr.Topics {
				for _, p := range tp.Partitions {
					n += len(p.Records)
				}
			}
			if n >= 2000 {
				return false
			}
			if _, seen := alone[pr]; !seen {
				alone[pr] = len(alone) >= 1
			}
			return alone[pr]
		}})
	err := sink.Write(ctx, recs...)
	var pe *pipeline.PartialWriteError
	if !errors.As(err, &pe) || !errors.Is(err, pipeline.ErrTransient) {
		t.Fatalf("Write losing its leader while writing alone: %v, want a transient *pipeline.PartialWriteError", err)
	}
	if !slices.Equal(pe.Failed, []int{1, 2, 3}) {
		t.Errorf("named as not written: %v, want [1 2 3] (record 0 was written alone)", pe.Failed)
	}
	h.Remove()
	writeAgain(t, ctx, sink, recs, pe.Failed)
	var got []string
	if err := ReadToEnd(ctx, cfg, "small", func(m pipeline.Message) { got = append(got, string(m.Key)) }); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "0,1,2,3" {
		t.Errorf("written %v, want 0,1,2,3 once each", got)
	}
}

// writeAgain writes the records of recs that a PartialWriteError named.
func writeAgain(t *testing.T, ctx context.Context, sink *Sink, recs []pipeline.Record, failed []int) {
	t.Helper()
	var again []pipeline.Record
	for _, i := range failed {
		again = append(again, recs[i])
	}
	if err := sink.Write(ctx, again...); err != nil {
		t.Fatal(err)
	}
}
