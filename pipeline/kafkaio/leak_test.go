package kafkaio

import (
	"runtime"
	"testing"
	"time"

	"github.com/quotewire/quotewire/pipeline"
)

// Every client is released: kafka-go's Transport keeps a metadata goroutine
// and pooled connections until CloseIdleConnections, so a worker polling
// its lag every 15 s would leak goroutines each time. Not parallel: it
// counts goroutines.
func TestNoGoroutineLeak(t *testing.T) {
	_, cfg := newCluster(t)
	ctx := testCtx(t)
	scfg := SourceConfig{Config: cfg, Topic: "in", GroupID: "g"}
	round := func() {
		if err := EnsureTopics(ctx, cfg, TopicSpec{Name: "in", Partitions: 2}); err != nil {
			t.Fatal(err)
		}
		sink, err := NewSink(SinkConfig{Config: cfg, CheckTopics: []string{"in"}})
		if err != nil {
			t.Fatal(err)
		}
		if err := pipeline.WriteRetrying(ctx, sink, time.Minute, nil, pipeline.Record{Topic: "in", Key: []byte("k"), Value: []byte("v")}); err != nil {
			t.Fatal(err)
		}
		if err := sink.Ready(ctx); err != nil {
			t.Fatal(err)
		}
		sink.Close()
		if _, err := Lag(ctx, scfg); err != nil {
			t.Fatal(err)
		}
		if err := ReadToEnd(ctx, cfg, "in", func(pipeline.Message) {}); err != nil {
			t.Fatal(err)
		}
	}
	round() // the broker's own goroutines settle
	waitFor(t, "goroutines settle", func() bool { return settled(3) })
	before := runtime.NumGoroutine()
	for range 5 {
		round()
	}
	waitFor(t, "goroutines back to the count before", func() bool { return runtime.NumGoroutine() <= before+2 })
}

// settled reports whether the goroutine count is the same n times in a row.
func settled(n int) bool {
	last := runtime.NumGoroutine()
	for range n {
		time.Sleep(50 * time.Millisecond)
		if g := runtime.NumGoroutine(); g != last {
			return false
		}
	}
	return true
}
