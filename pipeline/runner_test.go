package pipeline_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/pipelinetest"
)

const (
	out = "quote-attributions"
	dlq = "articles.dlq"
)

// fakeExtractor returns one quote per article; it sleeps a random short
// time so that workers finish out of order, and panics on "PANIC".
type fakeExtractor struct{ calls atomic.Int64 }

func (f *fakeExtractor) Extract(_ context.Context, a extractor.Article) (extractor.Result, error) {
	f.calls.Add(1)
	if strings.Contains(a.Text, "PANIC") {
		panic("boom")
	}
	time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
	return extractor.Result{SchemaVersion: 1, ArticleID: a.ID, Quotes: []extractor.Quote{{Text: a.Text}}}, nil
}

func messages(parts, perPart int, value func(p, i int) string) []pipeline.Message {
	var msgs []pipeline.Message
	for i := range perPart {
		for p := range parts {
			msgs = append(msgs, pipeline.Message{Topic: "articles", Partition: p, Offset: int64(i),
				Key: []byte(fmt.Sprintf("p%d-%d", p, i)), Value: []byte(value(p, i))})
		}
	}
	return msgs
}

// runUntil runs the runner until cond holds, then cancels and waits.
func runUntil(t *testing.T, r *pipeline.Runner, cond func() bool) error {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	deadline := time.After(10 * time.Second)
	for !cond() {
		select {
		case err := <-done:
			cancel()
			return err
		case <-deadline:
			cancel()
			t.Fatal("condition not reached in 10s")
		case <-time.After(2 * time.Millisecond):
		}
	}
	cancel()
	return <-done
}

func newRunner(t *testing.T, src pipeline.Source, sink pipeline.Sink, x pipeline.Extractor, reg *prometheus.Registry) *pipeline.Runner {
	t.Helper()
	var m *pipeline.Metrics
	if reg != nil {
		var err error
		if m, err = pipeline.NewMetrics(reg); err != nil {
			t.Fatal(err)
		}
	}
	r, err := pipeline.NewRunner(pipeline.Config{OutputTopic: out, DLQTopic: dlq, Concurrency: 4, BatchSize: 7,
		RetryBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond, Metrics: m}, src, sink, x)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Every article gets a record, in input order per partition; commits
// follow writes and end at the last offset + 1.
func TestRunnerOrderAndCommits(t *testing.T) {
	t.Parallel()
	led := pipelinetest.NewLedger()
	msgs := messages(3, 200, func(p, i int) string { return fmt.Sprintf("article %d of partition %d", i, p) })
	src := pipelinetest.NewSource(led, msgs...)
	sink := pipelinetest.NewSink(led)
	reg := prometheus.NewRegistry()
	r := newRunner(t, src, sink, &fakeExtractor{}, reg)
	err := runUntil(t, r, func() bool {
		return len(src.Committed()) == 3 && src.Committed()[0] == 200 && src.Committed()[1] == 200 && src.Committed()[2] == 200
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(src.Violations) > 0 {
		t.Fatalf("contract violations: %v", src.Violations[:min(5, len(src.Violations))])
	}
	recs := sink.Records(out)
	if len(recs) != len(msgs) {
		t.Fatalf("%d records for %d messages", len(recs), len(msgs))
	}
	last := map[string]int{}
	for _, rec := range recs {
		var p, i int
		fmt.Sscanf(string(rec.Key), "p%d-%d", &p, &i)
		k := fmt.Sprint(p)
		if prev, ok := last[k]; ok && i != prev+1 {
			t.Fatalf("partition %d: record %d after %d", p, i, prev)
		}
		last[k] = i
		if pipelinetest.Header(rec.Headers, pipeline.HeaderSource) != fmt.Sprintf("articles/%d/%d", p, i) ||
			pipelinetest.Header(rec.Headers, pipeline.HeaderSchema) != "1" ||
			pipelinetest.Header(rec.Headers, pipeline.HeaderContentType) != "application/json" {
			t.Fatalf("headers %v", rec.Headers)
		}
		var res extractor.Result
		if err := json.Unmarshal(rec.Value, &res); err != nil || res.ArticleID != string(rec.Key) {
			t.Fatalf("record value %s: %v", rec.Value, err)
		}
	}
	if got := counter(t, reg, "quotes_extracted_total"); got != 600 {
		t.Errorf("quotes_extracted_total = %v", got)
	}
}

// counter returns the value of an unlabelled counter from reg.
func counter(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name {
			return mf.GetMetric()[0].GetCounter().GetValue()
		}
	}
	t.Fatalf("no metric %s", name)
	return 0
}

// Poison input and an extractor panic go to the dead-letter topic with the
// original value and headers, get committed, and the worker carries on.
func TestRunnerDeadLetters(t *testing.T) {
	t.Parallel()
	led := pipelinetest.NewLedger()
	bad := map[int]string{1: `{"id":"x","text":`, 2: "PANIC now", 3: "bad \xff utf8", 4: `{"text":"no id"}`, 5: `{"id":"y"}`, 6: strings.Repeat("x", 2<<20)}
	want := map[int]string{1: pipeline.ClassInvalidJSON, 2: pipeline.ClassExtractPanic, 3: pipeline.ClassInvalidUTF8, 4: pipeline.ClassMissingID, 5: pipeline.ClassMissingText, 6: pipeline.ClassTooLarge}
	msgs := messages(1, 10, func(_, i int) string {
		if v, ok := bad[i]; ok {
			return v
		}
		return "fine article"
	})
	msgs[4].Key = nil // JSON without id and no key
	msgs[1].Headers = []pipeline.Header{{Key: "origin", Value: []byte("cms")}}
	src := pipelinetest.NewSource(led, msgs...)
	sink := pipelinetest.NewSink(led)
	r := newRunner(t, src, sink, &fakeExtractor{}, nil)
	if err := runUntil(t, r, func() bool { return src.Committed()[0] == 10 }); err != nil {
		t.Fatal(err)
	}
	dead := sink.Records(dlq)
	if len(dead) != len(bad) || len(sink.Records(out)) != 10-len(bad) {
		t.Fatalf("%d dead-lettered, %d records", len(dead), len(sink.Records(out)))
	}
	for _, d := range dead {
		var off int
		fmt.Sscanf(pipelinetest.Header(d.Headers, pipeline.HeaderSource), "articles/0/%d", &off)
		if got := pipelinetest.Header(d.Headers, pipeline.HeaderErrorClass); got != want[off] {
			t.Errorf("offset %d: class %q, want %q", off, got, want[off])
		}
		if string(d.Value) != bad[off] {
			t.Errorf("offset %d: value changed", off)
		}
		if pipelinetest.Header(d.Headers, pipeline.HeaderErrorMsg) == "" {
			t.Errorf("offset %d: no error message", off)
		}
	}
	if pipelinetest.Header(dead[0].Headers, "origin") != "cms" {
		t.Error("original headers lost")
	}
}

// Transient write and fetch errors are retried; nothing is committed
// before its record is written.
func TestRunnerRetriesTransientErrors(t *testing.T) {
	t.Parallel()
	led := pipelinetest.NewLedger()
	src := pipelinetest.NewSource(led, messages(2, 50, func(p, i int) string { return "a" })...)
	src.FetchErrs = []error{fmt.Errorf("%w: leader moved", pipeline.ErrTransient)}
	sink := pipelinetest.NewSink(led)
	for range 5 {
		sink.WriteErrs = append(sink.WriteErrs, fmt.Errorf("%w: not enough replicas", pipeline.ErrTransient))
	}
	r := newRunner(t, src, sink, &fakeExtractor{}, nil)
	if err := runUntil(t, r, func() bool { c := src.Committed(); return c[0] == 50 && c[1] == 50 }); err != nil {
		t.Fatal(err)
	}
	if len(src.Violations) > 0 {
		t.Fatal(src.Violations)
	}
	if len(sink.Records(out)) != 100 {
		t.Fatalf("%d records", len(sink.Records(out)))
	}
}

// A fatal write error stops the runner with the error and commits nothing
// past the last acknowledged record.
func TestRunnerFatalError(t *testing.T) {
	t.Parallel()
	led := pipelinetest.NewLedger()
	src := pipelinetest.NewSource(led, messages(1, 20, func(p, i int) string { return "a" })...)
	sink := pipelinetest.NewSink(led)
	sink.WriteErrs = []error{errors.New("SASL authentication failed")}
	r := newRunner(t, src, sink, &fakeExtractor{}, nil)
	err := r.Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "SASL") {
		t.Fatalf("Run returned %v", err)
	}
	if len(src.Committed()) != 0 || len(src.Violations) != 0 {
		t.Fatalf("committed %v, violations %v", src.Committed(), src.Violations)
	}
}

// A record the broker refuses for good becomes a dead-letter entry.
func TestRunnerRefusedRecord(t *testing.T) {
	t.Parallel()
	src := pipelinetest.NewSource(nil, messages(1, 5, func(p, i int) string { return fmt.Sprint("article ", i) })...)
	sink := pipelinetest.NewSink(nil)
	sink.Refuse = func(r pipeline.Record) bool { return r.Topic == out && string(r.Key) == "p0-2" }
	r := newRunner(t, src, sink, &fakeExtractor{}, nil)
	if err := runUntil(t, r, func() bool { return src.Committed()[0] == 5 }); err != nil {
		t.Fatal(err)
	}
	if d := sink.Records(dlq); len(d) != 1 || pipelinetest.Header(d[0].Headers, pipeline.HeaderErrorClass) != pipeline.ClassExtractError {
		t.Fatalf("dead letters %v", d)
	}
	if n := len(sink.Records(out)); n != 4 {
		t.Fatalf("%d records", n)
	}
}

// On cancellation every fetched message is finished, written and committed.
func TestRunnerDrainsOnShutdown(t *testing.T) {
	t.Parallel()
	led := pipelinetest.NewLedger()
	src := pipelinetest.NewSource(led, messages(2, 500, func(p, i int) string { return "a" })...)
	sink := pipelinetest.NewSink(led)
	r := newRunner(t, src, sink, &fakeExtractor{}, nil)
	if err := runUntil(t, r, func() bool { return src.Fetched() > 300 }); err != nil {
		t.Fatal(err)
	}
	fetched := src.Fetched()
	c := src.Committed()
	if int(c[0]+c[1]) != fetched || len(sink.Records(out)) != fetched {
		t.Fatalf("fetched %d, committed %v, written %d", fetched, c, len(sink.Records(out)))
	}
}

// Commits of a generation that ended (partition revoked) are dropped by
// the source; the runner does not fail on them.
func TestRunnerStaleGeneration(t *testing.T) {
	t.Parallel()
	msgs := messages(1, 10, func(p, i int) string { return "a" })
	for i := range msgs {
		msgs[i].Generation = 1
	}
	src := pipelinetest.NewSource(nil, msgs...)
	src.StaleBelow = 2
	sink := pipelinetest.NewSink(nil)
	r := newRunner(t, src, sink, &fakeExtractor{}, nil)
	if err := runUntil(t, r, func() bool { return len(sink.Records(out)) == 10 }); err != nil {
		t.Fatal(err)
	}
	if len(src.Committed()) != 0 {
		t.Fatalf("committed for a stale generation: %v", src.Committed())
	}
}

func TestConfigValidate(t *testing.T) {
	t.Parallel()
	for _, c := range []pipeline.Config{{}, {OutputTopic: "a"}, {OutputTopic: "a", DLQTopic: "a"}, {OutputTopic: "a", DLQTopic: "b", Concurrency: -1}} {
		if err := c.Validate(); err == nil {
			t.Errorf("%+v accepted", c)
		}
	}
	c := pipeline.Config{OutputTopic: "a", DLQTopic: "b"}
	if err := c.Validate(); err != nil {
		t.Error(err)
	}
}
