package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/kafkaio"
)

// Tests of the Kafka subcommands against the in-process broker (kfake):
// no build tag. The integration tier repeats them on the real broker.

func newKfake(t *testing.T) (*kfake.Cluster, kafkaio.Config) {
	t.Helper()
	c, err := kfake.NewCluster(kfake.NumBrokers(1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c, kafkaio.Config{Brokers: c.ListenAddrs()}
}

func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// Issue 13: TestDLQReplay failed on "[6] Not Leader For Partition" from a
// freshly created topic; `dlq replay` retries it.
func TestDLQReplayRetriesLeaderChanges(t *testing.T) {
	c, cfg := newKfake(t)
	ctx := testCtx(t)
	dlq, in := "articles.dlq", "articles"
	if err := kafkaio.EnsureTopics(ctx, cfg, kafkaio.TopicSpec{Name: dlq, Partitions: 2}, kafkaio.TopicSpec{Name: in, Partitions: 2}); err != nil {
		t.Fatal(err)
	}
	writeDeadLetters(t, cfg, dlq)
	c.Fault(kfake.Fault{Keys: []kmsg.Key{kmsg.ListOffsets}, Topic: dlq, Err: kerr.NotLeaderForPartition, Count: 2})
	brokers := strings.Join(cfg.Brokers, ",")
	var out, errb bytes.Buffer
	err := realMain(ctx, []string{"dlq", "replay", "--brokers", brokers, "--class", string(pipeline.ClassRecordRefused)}, strings.NewReader(""), &out, &errb)
	if err != nil {
		t.Fatalf("replay: %v\n%s", err, errb.String())
	}
	if !strings.Contains(errb.String(), "re-published 1 dead letter from") {
		t.Errorf("summary %q", errb.String())
	}
	var got []pipeline.Message
	if err := kafkaio.ReadToEnd(ctx, cfg, in, func(m pipeline.Message) { got = append(got, m) }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || string(got[0].Key) != "r" {
		t.Errorf("re-published %v, want the record_refused one", got)
	}
}

func writeDeadLetters(t *testing.T, cfg kafkaio.Config, dlq string) {
	t.Helper()
	sink, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	dead := func(key, value string, class pipeline.Class) pipeline.Record {
		return pipeline.Record{Topic: dlq, Key: []byte(key), Value: []byte(value), Headers: []pipeline.Header{
			{Key: pipeline.HeaderErrorClass, Value: []byte(class)}, {Key: pipeline.HeaderErrorMsg, Value: []byte("boom")}}}
	}
	if err := pipeline.WriteRetrying(testCtx(t), sink, time.Minute, nil, dead("a", `{"id":"a","text":`, pipeline.ClassInvalidJSON), dead("r", "text r", pipeline.ClassRecordRefused),
		dead("e", "text e", pipeline.ClassExtractError)); err != nil {
		t.Fatal(err)
	}
}

// Issue 13: produce had no --quiet, printed two summaries, and one record
// the broker refused aborted the whole run. Bad and refused articles are
// reported with their place, the rest is published, one summary.
func TestProduce(t *testing.T) {
	_, cfg := newKfake(t)
	ctx := testCtx(t)
	// The topic takes records up to 3000 bytes; --max-bytes allows 4000.
	if err := kafkaio.EnsureTopics(ctx, cfg, kafkaio.TopicSpec{Name: "small", Partitions: 1, Configs: map[string]string{"max.message.bytes": "3000"}}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var jl strings.Builder
	for i := range 5 {
		fmt.Fprintf(&jl, `{"id":"ok%d","text":"\"Yes,\" she said."}`+"\n", i)
	}
	jl.WriteString(`{"id":"bad","text":` + "\n")                                     // line 6: invalid
	fmt.Fprintf(&jl, `{"id":"refused","text":"%s"}`+"\n", strings.Repeat("x", 3500)) // line 7: the broker refuses it
	fmt.Fprintf(&jl, `{"id":"huge","text":"%s"}`+"\n", strings.Repeat("y", 5000))    // line 8: over --max-bytes
	fmt.Fprintf(&jl, `{"id":"ok-last","text":"fine"}`+"\n")
	p := filepath.Join(dir, "batch.jsonl")
	if err := os.WriteFile(p, []byte(jl.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"produce", "--brokers", strings.Join(cfg.Brokers, ","), "--input-topic", "small", "--max-bytes", "4000", "--batch", "4", p}
	_, errOut, code := run(t, "", args...)
	if code != 1 {
		t.Errorf("exit %d, want 1 (some articles failed)", code)
	}
	for _, want := range []string{"batch.jsonl:6: invalid_json", "batch.jsonl:7: refused by the broker", "batch.jsonl:8: too_large",
		"published 6 articles", "3 failed"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if n := strings.Count(errOut, "published 6"); n != 1 {
		t.Errorf("%d summaries:\n%s", n, errOut)
	}
	var keys []string
	if err := kafkaio.ReadToEnd(ctx, cfg, "small", func(m pipeline.Message) { keys = append(keys, string(m.Key)) }); err != nil {
		t.Fatal(err)
	}
	if strings.Join(keys, ",") != "ok0,ok1,ok2,ok3,ok4,ok-last" {
		t.Errorf("published %v", keys)
	}
	_, quiet, _ := run(t, "", append(args[:len(args)-1:len(args)-1], "--quiet", p)...)
	if strings.Contains(quiet, "published") || !strings.Contains(quiet, "batch.jsonl:6") {
		t.Errorf("--quiet: %q (errors only)", quiet)
	}
}
