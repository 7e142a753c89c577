package pipeline_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"regexp"
	"strings"
	"sync"
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
	deadline := time.After(2 * time.Minute)
	for !cond() {
		select {
		case err := <-done:
			cancel()
			return err
		case <-deadline:
			cancel()
			t.Fatal("condition not reached in 2 minutes")
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
	want := map[int]pipeline.Class{1: pipeline.ClassInvalidJSON, 2: pipeline.ClassExtractPanic, 3: pipeline.ClassInvalidUTF8, 4: pipeline.ClassMissingID, 5: pipeline.ClassMissingText, 6: pipeline.ClassTooLarge}
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
		if got := pipeline.Class(pipelinetest.Header(d.Headers, pipeline.HeaderErrorClass)); got != want[off] {
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

// A record the broker refuses for good becomes a dead-letter entry of its
// own class (not extract_error: replaying it as such would fail the same
// way); the other records of the batch are written once.
func TestRunnerRefusedRecord(t *testing.T) {
	t.Parallel()
	led := pipelinetest.NewLedger()
	src := pipelinetest.NewSource(led, messages(1, 5, func(p, i int) string { return fmt.Sprint("article ", i) })...)
	sink := pipelinetest.NewSink(led)
	sink.Refuse = func(r pipeline.Record) bool {
		return r.Topic == out && (string(r.Key) == "p0-2" || string(r.Key) == "p0-3")
	}
	reg := prometheus.NewRegistry()
	r := newRunner(t, src, sink, &fakeExtractor{}, reg)
	if err := runUntil(t, r, func() bool { return src.Committed()[0] == 5 }); err != nil {
		t.Fatal(err)
	}
	if len(src.Violations) > 0 {
		t.Fatal(src.Violations)
	}
	d := sink.Records(dlq)
	if len(d) != 2 {
		t.Fatalf("dead letters %v", d)
	}
	for _, rec := range d {
		if c := pipelinetest.Header(rec.Headers, pipeline.HeaderErrorClass); c != string(pipeline.ClassRecordRefused) {
			t.Errorf("%s: class %q, want %q", rec.Key, c, pipeline.ClassRecordRefused)
		}
	}
	if n := len(sink.Records(out)); n != 3 {
		t.Fatalf("%d records, want 3 (each written once)", n)
	}
	if got := labelled(t, reg, "quotes_errors_total", map[string]string{"stage": "publish", "class": "record_refused"}); got != 2 {
		t.Errorf(`quotes_errors_total{stage="publish",class="record_refused"} = %v, want 2`, got)
	}
	if got := labelled(t, reg, "quotes_dead_lettered_total", map[string]string{"class": "record_refused"}); got != 2 {
		t.Errorf(`quotes_dead_lettered_total{class="record_refused"} = %v, want 2`, got)
	}
}

// labelled returns the value of the counter name{labels} from reg, or 0.
func labelled(t *testing.T, reg *prometheus.Registry, name string, labels map[string]string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	metrics:
		for _, m := range mf.GetMetric() {
			for _, lp := range m.GetLabel() {
				if v, ok := labels[lp.GetName()]; ok && v != lp.GetValue() {
					continue metrics
				}
			}
			return m.GetCounter().GetValue()
		}
	}
	return 0
}

// quotes_errors_total is labelled with the error's class, not a constant.
func TestRunnerCountsErrorsByClass(t *testing.T) {
	t.Parallel()
	src := pipelinetest.NewSource(nil, messages(1, 3, func(p, i int) string { return "a" })...)
	src.FetchErrs = []error{
		pipeline.Errorf(pipeline.ClassNetwork, errors.New("connection refused")),
		pipeline.Errorf(pipeline.ClassRebalance, errors.New("rebalance in progress")),
		pipeline.Errorf(pipeline.ClassNetwork, errors.New("connection reset")),
	}
	sink := pipelinetest.NewSink(nil)
	sink.WriteErrs = []error{pipeline.Errorf(pipeline.ClassTimeout, errors.New("request timed out"))}
	reg := prometheus.NewRegistry()
	r := newRunner(t, src, sink, &fakeExtractor{}, reg)
	if err := runUntil(t, r, func() bool { return src.Committed()[0] == 3 }); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		stage, class string
		want         float64
	}{{"fetch", "network", 2}, {"fetch", "rebalance", 1}, {"publish", "timeout", 1}, {"fetch", "broker", 0}} {
		if got := labelled(t, reg, "quotes_errors_total", map[string]string{"stage": tc.stage, "class": tc.class}); got != tc.want {
			t.Errorf(`quotes_errors_total{stage=%q,class=%q} = %v, want %v`, tc.stage, tc.class, got, tc.want)
		}
	}
}

// A fatal error of the source (authorization) stops the runner.
func TestRunnerFatalFetchError(t *testing.T) {
	t.Parallel()
	src := pipelinetest.NewSource(nil)
	src.FetchErrs = []error{pipeline.Errorf(pipeline.ClassDenied, errors.New("topic authorization failed"))}
	r := newRunner(t, src, pipelinetest.NewSink(nil), &fakeExtractor{}, nil)
	if err := r.Run(context.Background()); pipeline.ClassOf(err) != pipeline.ClassDenied {
		t.Fatalf("Run returned %v, want a denied error", err)
	}
}

// A finite source (files) ends the run once everything is written and
// committed.
func TestRunnerEndOfInput(t *testing.T) {
	t.Parallel()
	led := pipelinetest.NewLedger()
	src := pipelinetest.NewSource(led, messages(2, 40, func(p, i int) string { return "a" })...)
	src.Finite = true
	sink := pipelinetest.NewSink(led)
	r := newRunner(t, src, sink, &fakeExtractor{}, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := r.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if c := src.Committed(); c[0] != 40 || c[1] != 40 || len(sink.Records(out)) != 80 {
		t.Fatalf("committed %v, %d records", c, len(sink.Records(out)))
	}
	if st := r.Stats(); st.Articles != 80 || st.Quotes != 80 || st.Dead != 0 {
		t.Errorf("stats %+v", st)
	}
}

// Ready is true only while Run runs and the source and sink say they can
// work; it says why not.
func TestRunnerReady(t *testing.T) {
	t.Parallel()
	src := pipelinetest.NewSource(nil)
	sink := pipelinetest.NewSink(nil)
	r := newRunner(t, src, sink, &fakeExtractor{}, nil)
	ctx := context.Background()
	if err := r.Ready(ctx); err == nil {
		t.Fatal("ready before Run")
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- r.Run(runCtx) }()
	waitFor(t, func() bool { return r.Ready(ctx) == nil })
	src.SetReady(errors.New("not joined to the group"))
	if err := r.Ready(ctx); err == nil || !strings.Contains(err.Error(), "not joined") {
		t.Errorf("Ready with the source not ready: %v", err)
	}
	src.SetReady(nil)
	sink.SetReady(errors.New("output topic has no leader"))
	if err := r.Ready(ctx); err == nil || !strings.Contains(err.Error(), "no leader") {
		t.Errorf("Ready with the sink not ready: %v", err)
	}
	sink.SetReady(nil)
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if err := r.Ready(ctx); err == nil {
		t.Error("ready after Run returned")
	}
}

// waitFor waits until cond holds, failing after 10 s.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached in 2 minutes")
		}
		time.Sleep(time.Millisecond)
	}
}

// A broker error that repeats is logged once per interval, not once per
// retry: the lines in between are counted.
func TestRunnerThrottlesRepeatedErrors(t *testing.T) {
	t.Parallel()
	src := pipelinetest.NewSource(nil, messages(1, 1, func(p, i int) string { return "a" })...)
	for range 40 {
		src.FetchErrs = append(src.FetchErrs, pipeline.Errorf(pipeline.ClassNetwork, errors.New("connection refused")))
	}
	var logs lockedBuffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelWarn}))
	r, err := pipeline.NewRunner(pipeline.Config{OutputTopic: out, DLQTopic: dlq, Concurrency: 1,
		RetryBackoff: time.Microsecond, MaxBackoff: time.Microsecond, Logger: log}, src, pipelinetest.NewSink(nil), &fakeExtractor{})
	if err != nil {
		t.Fatal(err)
	}
	if err := runUntil(t, r, func() bool { return src.Committed()[0] == 1 }); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(logs.String(), "fetch failed"); n != 1 {
		t.Errorf("%d log lines for 40 identical retried errors, want 1:\n%s", n, logs.String())
	}
}

type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
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

// One-off writers retry transient errors, not others.
func TestWriteRetrying(t *testing.T) {
	t.Parallel()
	sink := pipelinetest.NewSink(nil)
	sink.WriteErrs = []error{pipeline.Errorf(pipeline.ClassBroker, errors.New("[6] Not Leader For Partition")), pipeline.Errorf(pipeline.ClassNetwork, errors.New("reset"))}
	retries := 0
	err := pipeline.WriteRetrying(context.Background(), sink, time.Minute, func(error, time.Duration) { retries++ },
		pipeline.Record{Topic: out, Key: []byte("k"), Value: []byte("v")})
	if err != nil || retries != 2 || len(sink.Records(out)) != 1 {
		t.Fatalf("err %v, %d retries, %d records", err, retries, len(sink.Records(out)))
	}
	sink.WriteErrs = []error{pipeline.Errorf(pipeline.ClassDenied, errors.New("SASL authentication failed"))}
	if err := pipeline.WriteRetrying(context.Background(), sink, time.Minute, nil, pipeline.Record{Topic: out}); pipeline.ClassOf(err) != pipeline.ClassDenied {
		t.Errorf("a denied write: %v", err)
	}
}

// stallingSource fails its first commits, as while the group coordinator
// moves, and records the most messages fetched and not committed at once.
type stallingSource struct {
	*pipelinetest.Source

	mu          sync.Mutex
	failCommits int
	outstanding int
	worst       int
}

func (s *stallingSource) Fetch(ctx context.Context) (pipeline.Message, error) {
	m, err := s.Source.Fetch(ctx)
	if err == nil {
		s.mu.Lock()
		s.outstanding++
		s.worst = max(s.worst, s.outstanding)
		s.mu.Unlock()
	}
	return m, err
}

func (s *stallingSource) Commit(ctx context.Context, msgs ...pipeline.Message) error {
	s.mu.Lock()
	if s.failCommits > 0 {
		s.failCommits--
		s.mu.Unlock()
		return fmt.Errorf("%w: [15] Group Coordinator Not Available", pipeline.ErrTransient)
	}
	s.outstanding -= len(msgs)
	s.mu.Unlock()
	return s.Source.Commit(ctx, msgs...)
}

// Issue 14: while commits failed, the worker went on fetching, extracting
// and writing (up to 64 acknowledged batches queued for the committer),
// records it could not commit: when the partitions then moved, their next
// owners wrote them all again. MaxInFlight now bounds what is fetched and
// not committed.
func TestRunnerStopsFetchingWhileCommitsFail(t *testing.T) {
	t.Parallel()
	led := pipelinetest.NewLedger()
	const limit = 40
	src := &stallingSource{Source: pipelinetest.NewSource(led, messages(4, 500, func(p, i int) string { return "a" })...),
		failCommits: 40}
	sink := pipelinetest.NewSink(led)
	r, err := pipeline.NewRunner(pipeline.Config{OutputTopic: out, DLQTopic: dlq, Concurrency: 4, BatchSize: 7, MaxInFlight: limit,
		RetryBackoff: time.Millisecond, MaxBackoff: 2 * time.Millisecond}, src, sink, &fakeExtractor{})
	if err != nil {
		t.Fatal(err)
	}
	if err := runUntil(t, r, func() bool { c := src.Committed(); return c[0] == 500 && c[1] == 500 && c[2] == 500 && c[3] == 500 }); err != nil {
		t.Fatal(err)
	}
	if len(src.Violations) > 0 {
		t.Fatal(src.Violations)
	}
	src.mu.Lock()
	defer src.mu.Unlock()
	if src.worst > limit {
		t.Errorf("%d messages fetched and not committed at once, MaxInFlight %d", src.worst, limit)
	}
}

// halfDownSink acknowledges the records at even positions of its first
// failing calls and names the others as not written, as the Kafka sink
// does while one partition's leader is down.
type halfDownSink struct {
	*pipelinetest.Sink
	mu    sync.Mutex
	fails int
}

func (s *halfDownSink) Write(ctx context.Context, recs ...pipeline.Record) error {
	s.mu.Lock()
	fail := s.fails > 0 && len(recs) > 1
	if fail {
		s.fails--
	}
	s.mu.Unlock()
	if !fail {
		return s.Sink.Write(ctx, recs...)
	}
	var ok []pipeline.Record
	var failed []int
	for i, r := range recs {
		if i%2 == 0 {
			ok = append(ok, r)
		} else {
			failed = append(failed, i)
		}
	}
	if err := s.Sink.Write(ctx, ok...); err != nil {
		return err
	}
	return &pipeline.PartialWriteError{Failed: failed, Err: fmt.Errorf("%w: [6] Not Leader For Partition", pipeline.ErrTransient)}
}

// Issue 14: a write that failed for some records only was retried whole,
// writing the acknowledged records again. Only the named ones are retried.
func TestRunnerRetriesOnlyTheRecordsNotWritten(t *testing.T) {
	t.Parallel()
	led := pipelinetest.NewLedger()
	src := pipelinetest.NewSource(led, messages(3, 100, func(p, i int) string { return "a" })...)
	sink := &halfDownSink{Sink: pipelinetest.NewSink(led), fails: 10}
	r := newRunner(t, src, sink, &fakeExtractor{}, nil)
	if err := runUntil(t, r, func() bool { c := src.Committed(); return c[0] == 100 && c[1] == 100 && c[2] == 100 }); err != nil {
		t.Fatal(err)
	}
	if len(src.Violations) > 0 {
		t.Fatal(src.Violations)
	}
	seen := map[string]int{}
	for _, rec := range sink.Records(out) {
		seen[string(rec.Key)]++
	}
	if len(seen) != 300 {
		t.Errorf("%d articles recorded, want 300", len(seen))
	}
	for k, n := range seen {
		if n != 1 {
			t.Errorf("%s written %d times", k, n)
		}
	}
	sink.mu.Lock()
	defer sink.mu.Unlock()
	if sink.fails != 0 {
		t.Errorf("%d partial failures left unused", sink.fails)
	}
}

// gateExtractor blocks on the article whose text is "SLOW" until release
// is closed.
type gateExtractor struct {
	fakeExtractor
	release chan struct{}
}

func (g *gateExtractor) Extract(ctx context.Context, a extractor.Article) (extractor.Result, error) {
	if a.Text == "SLOW" {
		<-g.release
	}
	return g.fakeExtractor.Extract(ctx, a)
}

// Issue 14: the sequencer waited for each next article to finish before it
// cut a batch, so with a backlog every batch was full, and a slow article
// held back the writes of the finished ones fetched before it. A batch is
// now what is finished, cut at the first article still being extracted.
func TestRunnerWritesFinishedArticlesBeforeASlowOne(t *testing.T) {
	t.Parallel()
	led := pipelinetest.NewLedger()
	msgs := messages(1, 20, func(p, i int) string {
		if i == 10 {
			return "SLOW"
		}
		return "a"
	})
	src := pipelinetest.NewSource(led, msgs...)
	sink := pipelinetest.NewSink(led)
	x := &gateExtractor{release: make(chan struct{})}
	r, err := pipeline.NewRunner(pipeline.Config{OutputTopic: out, DLQTopic: dlq, Concurrency: 4, BatchSize: 256,
		RetryBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond}, src, sink, x)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	deadline := time.Now().Add(time.Minute)
	for src.Committed()[0] != 10 { // the ten before the slow one, written and committed
		if time.Now().After(deadline) {
			close(x.release)
			t.Fatalf("the articles before a slow one were not written while it ran: %d records, committed %v",
				len(sink.Records(out)), src.Committed())
		}
		time.Sleep(time.Millisecond)
	}
	close(x.release)
	for src.Committed()[0] != 20 {
		if time.Now().After(deadline) {
			t.Fatalf("committed %v", src.Committed())
		}
		time.Sleep(time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if len(src.Violations) > 0 {
		t.Fatal(src.Violations)
	}
}

// oneAtATimeSink acknowledges only the first record of a call and names
// the rest as not written: a leader that comes back partition by
// partition, so every retry makes progress.
type oneAtATimeSink struct {
	*pipelinetest.Sink
	mu      sync.Mutex
	largest int // the most records one call was given
}

func (s *oneAtATimeSink) Write(ctx context.Context, recs ...pipeline.Record) error {
	s.mu.Lock()
	s.largest = max(s.largest, len(recs))
	s.mu.Unlock()
	if len(recs) < 2 {
		return s.Sink.Write(ctx, recs...)
	}
	if err := s.Sink.Write(ctx, recs[0]); err != nil {
		return err
	}
	failed := make([]int, len(recs)-1)
	for i := range failed {
		failed[i] = i + 1
	}
	return &pipeline.PartialWriteError{Failed: failed, Err: fmt.Errorf("%w: [6] Not Leader For Partition", pipeline.ErrTransient)}
}

// heldFirstExtractor holds the first article until the others are
// extracted, so that several are written in one batch.
type heldFirstExtractor struct {
	fakeExtractor
	others atomic.Int64
	want   int64
}

func (h *heldFirstExtractor) Extract(ctx context.Context, a extractor.Article) (extractor.Result, error) {
	if a.Text != "FIRST" {
		h.others.Add(1)
		return h.fakeExtractor.Extract(ctx, a)
	}
	for h.others.Load() < h.want && ctx.Err() == nil {
		time.Sleep(time.Millisecond)
	}
	return h.fakeExtractor.Extract(ctx, a)
}

// A partial write that made progress starts its backoff again from the
// shortest wait: while a leader comes back one partition at a time, the
// waits no longer double at every step.
func TestRunnerResetsBackoffWhenAPartialWriteProgresses(t *testing.T) {
	t.Parallel()
	led := pipelinetest.NewLedger()
	const n = 8
	src := pipelinetest.NewSource(led, messages(1, n, func(p, i int) string {
		if i == 0 {
			return "FIRST"
		}
		return "a"
	})...)
	sink := &oneAtATimeSink{Sink: pipelinetest.NewSink(led)}
	var logs lockedBuffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	r, err := pipeline.NewRunner(pipeline.Config{OutputTopic: out, DLQTopic: dlq, Concurrency: 4, BatchSize: n,
		RetryBackoff: time.Millisecond, MaxBackoff: time.Second, Logger: log},
		src, sink, &heldFirstExtractor{want: n - 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := runUntil(t, r, func() bool { return src.Committed()[0] == n }); err != nil {
		t.Fatal(err)
	}
	sink.mu.Lock()
	largest := sink.largest
	sink.mu.Unlock()
	if largest < 3 {
		t.Fatalf("the largest write held %d records: too few to retry twice", largest)
	}
	attempts := regexp.MustCompile(`publish failed; retrying.* attempt=(\d+)`).FindAllStringSubmatch(logs.String(), -1)
	if len(attempts) < largest-1 {
		t.Fatalf("%d publish retries logged, want at least %d:\n%s", len(attempts), largest-1, logs.String())
	}
	for _, a := range attempts {
		if a[1] != "1" {
			t.Errorf("a retry after progress logged attempt %s, want 1 (the backoff starts again)", a[1])
		}
	}
}
