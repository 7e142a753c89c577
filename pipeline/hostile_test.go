package pipeline_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/pipelinetest"
)

// TestHostileCorpus runs our hostile-input corpus (testdata/hostile; the
// expected outcome is the file name's prefix: "record" or a dead-letter
// class) and a few large generated inputs through a worker with the real
// extractor. Each input gets exactly one record or dead-letter entry with
// the right class; nothing crashes or stalls, and memory stays bounded.
func TestHostileCorpus(t *testing.T) {
	files, err := filepath.Glob("../testdata/hostile/*")
	if err != nil || len(files) < 10 {
		t.Fatalf("hostile corpus missing: %v", err)
	}
	type input struct {
		name, want string
		key, value []byte
	}
	var inputs []input
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		base := filepath.Base(f)
		want, _, _ := strings.Cut(base, "--")
		var key []byte
		if !strings.HasSuffix(base, ".json") {
			key = []byte(base) // plain text: the key is the id
		}
		inputs = append(inputs, input{base, want, key, b})
	}
	// Generated: too large to keep in the repository.
	inputs = append(inputs,
		input{"over-the-limit", string(pipeline.ClassTooLarge), []byte("big"), []byte(strings.Repeat("word ", 250000))},
		input{"one huge line", "record", []byte("line"), []byte(strings.Repeat("words and more words said the man ", 25000))},
		input{"tens of thousands of marks", "record", []byte("marks"), []byte(strings.Repeat(`"'“”‘’«»„ `, 8000))},
		input{"all quotes", "record", []byte("quotes"), []byte(strings.Repeat(`"A," he said, "B." `, 20000))},
	)
	msgs := make([]pipeline.Message, len(inputs))
	for i, in := range inputs {
		msgs[i] = pipeline.Message{Topic: "articles", Partition: 0, Offset: int64(i), Key: in.key, Value: in.value}
	}
	x, err := extractor.New(extractor.WithMaxBytes(pipeline.DefaultMaxBytes))
	if err != nil {
		t.Fatal(err)
	}
	src := pipelinetest.NewSource(nil, msgs...)
	sink := pipelinetest.NewSink(nil)
	r, err := pipeline.NewRunner(pipeline.Config{OutputTopic: "out", DLQTopic: "dlq", MaxBytes: pipeline.DefaultMaxBytes}, src, sink, x)
	if err != nil {
		t.Fatal(err)
	}
	// Sample the heap while the corpus runs.
	var peak atomic.Uint64
	stop := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				runtime.ReadMemStats(&ms)
				if ms.HeapAlloc > peak.Load() {
					peak.Store(ms.HeapAlloc)
				}
			}
		}
	}()
	if err := runUntil(t, r, func() bool { return src.Committed()[0] == int64(len(inputs)) }); err != nil {
		t.Fatal(err)
	}
	close(stop)

	outcome := map[string]string{}
	for _, rec := range sink.Records("out") {
		outcome[pipelinetest.Header(rec.Headers, pipeline.HeaderSource)] = "record"
	}
	for _, rec := range sink.Records("dlq") {
		src := pipelinetest.Header(rec.Headers, pipeline.HeaderSource)
		if _, dup := outcome[src]; dup {
			t.Errorf("%s has both a record and a dead letter", src)
		}
		outcome[src] = pipelinetest.Header(rec.Headers, pipeline.HeaderErrorClass)
		if pipelinetest.Header(rec.Headers, pipeline.HeaderErrorMsg) == "" {
			t.Errorf("%s: dead letter without a reason", src)
		}
	}
	for i, in := range inputs {
		got := outcome["articles/0/"+strconv.Itoa(i)]
		if got != in.want {
			t.Errorf("%s: got %q, want %q", in.name, got, in.want)
		}
	}
	if p := peak.Load(); p > 1<<30 {
		t.Errorf("heap peaked at %d MiB on the hostile corpus", p>>20)
	}
	t.Logf("%d hostile inputs, heap peak %d MiB", len(inputs), peak.Load()>>20)
}
