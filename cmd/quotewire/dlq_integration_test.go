//go:build integration

package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/quotewire/quotewire/internal/testenv"
	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/kafkaio"
)

func TestDLQReplay(t *testing.T) {
	b := os.Getenv("KAFKA_BROKERS")
	if b == "" {
		testenv.Missing(t, "KAFKA_BROKERS not set: run `make test`, which starts a broker")
	}
	cfg := kafkaio.Config{Brokers: strings.Split(b, ",")}
	suffix := fmt.Sprint(time.Now().UnixNano())
	dlq, in := "dlq-replay-"+suffix, "in-replay-"+suffix
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := kafkaio.EnsureTopics(ctx, cfg, kafkaio.TopicSpec{Name: dlq, Partitions: 2}, kafkaio.TopicSpec{Name: in, Partitions: 2}); err != nil {
		t.Fatal(err)
	}
	sink, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	dead := func(key, value string, class pipeline.Class) pipeline.Record {
		return pipeline.Record{Topic: dlq, Key: []byte(key), Value: []byte(value), Headers: []pipeline.Header{
			{Key: "origin", Value: []byte("cms")},
			{Key: pipeline.HeaderErrorClass, Value: []byte(string(class))},
			{Key: pipeline.HeaderErrorMsg, Value: []byte("boom")},
			{Key: pipeline.HeaderSource, Value: []byte("articles/0/7")}}}
	}
	if err := pipeline.WriteRetrying(ctx, sink, time.Minute, nil, dead("a", `{"id":"a","text":`, pipeline.ClassInvalidJSON), dead("b", "text b", pipeline.ClassExtractError),
		dead("c", `{"id":"c"`, pipeline.ClassInvalidJSON)); err != nil {
		t.Fatal(err)
	}
	sink.Close()
	common := []string{"--brokers", b, "--dlq-topic", dlq, "--input-topic", in, "--class", string(pipeline.ClassInvalidJSON)}

	// Dry run: lists, publishes nothing.
	var out, errb bytes.Buffer
	if err := realMain(ctx, append([]string{"dlq", "replay", "--dry-run"}, common...), strings.NewReader(""), &out, &errb); err != nil {
		t.Fatalf("dry run: %v\n%s", err, errb.String())
	}
	if n := strings.Count(out.String(), "class=invalid_json"); n != 2 || !strings.Contains(errb.String(), "would re-publish 2") {
		t.Fatalf("dry run listed:\n%s\n%s", out.String(), errb.String())
	}
	// The replay.
	out.Reset()
	errb.Reset()
	if err := realMain(ctx, append([]string{"dlq", "replay"}, common...), strings.NewReader(""), &out, &errb); err != nil {
		t.Fatalf("replay: %v\n%s", err, errb.String())
	}
	var got []pipeline.Message
	if err := kafkaio.ReadToEnd(ctx, cfg, in, func(m pipeline.Message) { got = append(got, m) }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d articles re-published, want 2 (the invalid_json ones)", len(got))
	}
	for _, m := range got {
		hs := map[string]string{}
		for _, h := range m.Headers {
			hs[h.Key] = string(h.Value)
		}
		if hs["origin"] != "cms" || hs[pipeline.HeaderErrorClass] != "" || !strings.HasPrefix(hs[HeaderReplayedFrom], dlq+"/") {
			t.Errorf("re-published %s with headers %v", m.Key, hs)
		}
		if string(m.Key) == "b" {
			t.Error("an extract_error dead letter was replayed despite --class")
		}
	}
}
