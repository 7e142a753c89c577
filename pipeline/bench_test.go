package pipeline_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/pipelinetest"
)

// BenchmarkRunner measures the worker runtime without a broker: decode,
// extract, encode, ordered write and commit, on in-memory fakes. Compare
// its MB/s with BenchmarkExtractParallel to see the runtime's overhead.
func BenchmarkRunner(b *testing.B) {
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	var texts []string
	for _, f := range files {
		t, _ := os.ReadFile(f)
		texts = append(texts, string(t))
	}
	x, err := extractor.New()
	if err != nil {
		b.Fatal(err)
	}
	const n = 2000
	msgs := make([]pipeline.Message, n)
	size := 0
	for i := range msgs {
		id := fmt.Sprintf("a%d", i)
		v, _ := json.Marshal(map[string]string{"id": id, "text": texts[i%len(texts)]})
		msgs[i] = pipeline.Message{Topic: "articles", Partition: i % 4, Offset: int64(i / 4), Key: []byte(id), Value: v}
		size += len(v)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		src := pipelinetest.NewSource(nil, msgs...)
		sink := pipelinetest.NewSink(nil)
		r, err := pipeline.NewRunner(pipeline.Config{OutputTopic: "out", DLQTopic: "dlq"}, src, sink, x)
		if err != nil {
			b.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- r.Run(ctx) }()
		for len(sink.Records("out")) < n {
			time.Sleep(time.Millisecond)
		}
		cancel()
		if err := <-done; err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "articles/s")
}
