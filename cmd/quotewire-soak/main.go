// Command quotewire-soak runs one worker process (`quotewire run`) for a
// long time at half its maximum rate and checks that nothing in it grows
// without bound. Against the broker of KAFKA_BROKERS it measures the
// worker's maximum rate on a backlog (or takes --rate), then publishes
// articles at half that rate for --duration while it samples, every
// --interval, the worker's resident set (/proc/PID/status), goroutines
// (go_goroutines of its /metrics), open file descriptors (/proc/PID/fd)
// and the group's consumer lag (committed offsets against the end
// offsets). It prints the series as a table and each one's verdict under
// the growth rule of rule.go, and as its last line one JSON object. It
// exits 1 if a series grows without bound, the lag does not drain to 0
// after publishing stops, or the worker dies.
//
//	scripts/with-broker go run ./cmd/quotewire-soak --quotewire bin/quotewire --duration 30m
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/internal/harness"
	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/kafkaio"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	ok, err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotewire-soak:", err)
		os.Exit(1)
	}
	if !ok {
		os.Exit(1)
	}
}

// rules are the growth rule's tolerances per series (see rule.go). RSS:
// beyond 5% + 3 MB, and a day's projection of over half the size or 32
// MB; goroutines and descriptors: beyond 10% + 5 (3), and a day's
// projection of over half the count or 20 (16).
var rules = map[string]rule{
	"rss_mb":     {RelTol: 0.05, AbsTol: 3, DayRel: 0.5, DayAbs: 32},
	"goroutines": {RelTol: 0.10, AbsTol: 5, DayRel: 0.5, DayAbs: 20},
	"fds":        {RelTol: 0.10, AbsTol: 3, DayRel: 0.5, DayAbs: 16},
}

// lagRule: the lag is a queue, not a size: it grew when the last third's
// median exceeds the first's by half and 5 s of input, and it is growing
// when a day's projection exceeds a minute of input.
func lagRule(rate float64) rule {
	return rule{RelTol: 0.5, AbsTol: 5 * rate, DayRel: 1, DayAbs: 60 * rate}
}

type sample struct {
	t          float64 // seconds since the soak started
	rss        float64
	goroutines float64
	fds        float64
	lag        float64
	committed  float64
	published  float64
}

type result struct {
	Rate         float64            `json:"rate"`
	MaxRate      float64            `json:"max_rate,omitempty"`
	DurationS    float64            `json:"duration_s"`
	IntervalS    float64            `json:"interval_s"`
	WarmupS      float64            `json:"warmup_s"`
	Samples      int                `json:"samples"`
	Published    int64              `json:"published"`
	Committed    float64            `json:"committed"`
	DrainS       float64            `json:"drain_s"`
	FinalLag     int64              `json:"final_lag"`
	Series       map[string]verdict `json:"series"`
	WorkerExited bool               `json:"worker_exited"`
	Pass         bool               `json:"pass"`
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) (bool, error) {
	fs := flag.NewFlagSet("quotewire-soak", flag.ContinueOnError)
	binary := fs.String("quotewire", "bin/quotewire", "the quotewire binary whose worker is soaked")
	brokersFlag := fs.String("brokers", os.Getenv("KAFKA_BROKERS"), "Kafka brokers (default: $KAFKA_BROKERS)")
	rate := fs.Float64("rate", 0, "articles per second to publish (0: half the worker's measured maximum)")
	calibrate := fs.Int("calibrate-articles", 10000, "backlog on which the maximum rate is measured")
	duration := fs.Duration("duration", 30*time.Minute, "how long articles are published")
	interval := fs.Duration("interval", 10*time.Second, "time between samples")
	warmupFlag := fs.Duration("warmup", 0, "samples before this are not judged (default: a sixth of --duration)")
	drainFor := fs.Duration("drain", 2*time.Minute, "how long the lag may take to return to 0 after publishing stops")
	parts := fs.Int("partitions", 4, "partitions of the input topic")
	concurrency := fs.Int("concurrency", runtime.GOMAXPROCS(0), "the worker's --concurrency")
	evalDir := fs.String("eval", os.Getenv("QUOTEWIRE_EVAL"), "gold data whose texts join the corpus when present")
	if err := fs.Parse(args); err != nil {
		return false, err
	}
	if *brokersFlag == "" {
		return false, errors.New("no broker: set KAFKA_BROKERS or --brokers (scripts/with-broker starts one)")
	}
	if _, err := os.Stat(*binary); err != nil {
		return false, fmt.Errorf("--quotewire %s: %w (make build)", *binary, err)
	}
	warmup := *warmupFlag
	if warmup == 0 {
		warmup = *duration / 6
	}
	brokers := strings.Split(*brokersFlag, ",")
	cfg := kafkaio.Config{Brokers: brokers}
	logf := func(format string, a ...any) {
		fmt.Fprintf(stderr, "soak %s: %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, a...))
	}
	texts, err := harness.Texts("testdata/extract", *evalDir)
	if err != nil {
		return false, err
	}
	res := result{DurationS: duration.Seconds(), IntervalS: interval.Seconds(), WarmupS: warmup.Seconds(), Series: map[string]verdict{}}

	if *rate == 0 {
		maxRate, err := measureMax(ctx, *binary, brokers, cfg, texts, *calibrate, *parts, *concurrency)
		if err != nil {
			return false, fmt.Errorf("measuring the maximum rate: %w", err)
		}
		res.MaxRate = maxRate
		*rate = maxRate / 2
		logf("maximum rate %.0f articles/s on a backlog of %d: soaking at %.0f/s", maxRate, *calibrate, *rate)
	}
	res.Rate = *rate

	tp, err := harness.NewTopics(ctx, cfg, "soak", *parts)
	if err != nil {
		return false, err
	}
	w, err := harness.StartWorker(*binary, brokers, tp, *concurrency)
	if err != nil {
		return false, err
	}
	defer w.Kill() // a no-op once it has stopped
	if err := harness.WaitFor(ctx, time.Minute, 500*time.Millisecond, w.Ready); err != nil {
		return false, fmt.Errorf("the worker did not become ready: %w", err)
	}

	// Publish at a steady rate, a batch every 100 ms, on an absolute
	// schedule so that a slow write does not lower the rate.
	var published atomic.Int64
	pubCtx, stopPub := context.WithTimeout(ctx, *duration)
	defer stopPub()
	pubDone := make(chan error, 1)
	start := time.Now()
	go func() { pubDone <- publish(pubCtx, cfg, tp.In, texts, *rate, start, &published) }()

	lagOf := func() float64 {
		lctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		lag, err := kafkaio.Lag(lctx, kafkaio.SourceConfig{Config: cfg, Topic: tp.In, GroupID: tp.Group})
		if err != nil {
			return -1
		}
		sum := int64(0)
		for _, v := range lag {
			sum += v
		}
		return float64(sum)
	}
	var samples []sample
	take := func() sample {
		g, _ := w.Metric("go_goroutines")
		c, _ := w.Metric("quotes_articles_total")
		s := sample{t: time.Since(start).Seconds(), rss: w.RSS(), goroutines: g, fds: float64(w.FDs()), lag: lagOf(),
			committed: c, published: float64(published.Load())}
		return s
	}
	fmt.Fprintf(stderr, "%8s %9s %10s %5s %8s %10s %10s\n", "t_s", "rss_mb", "goroutines", "fds", "lag", "committed", "published")
	tick := time.NewTicker(*interval)
	defer tick.Stop()
	for pubCtx.Err() == nil {
		s := take()
		samples = append(samples, s)
		fmt.Fprintf(stderr, "%8.0f %9.1f %10.0f %5.0f %8.0f %10.0f %10.0f\n", s.t, s.rss, s.goroutines, s.fds, s.lag, s.committed, s.published)
		if done, err := w.Exited(); done {
			res.WorkerExited = true
			logf("the worker exited: %v", err)
			break
		}
		select {
		case <-tick.C:
		case <-pubCtx.Done():
		}
	}
	stopPub()
	if err := <-pubDone; err != nil && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
		return false, fmt.Errorf("publishing: %w", err)
	}
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	// The count of the last write is lost when the deadline ends it after
	// the broker took it: count what the topic holds instead.
	res.Published = published.Load()
	if n, err := kafkaio.Lag(ctx, kafkaio.SourceConfig{Config: cfg, Topic: tp.In, GroupID: tp.Group + "-none"}); err == nil {
		res.Published = 0
		for _, v := range n {
			res.Published += v
		}
	}

	// After the last article, the lag must return to 0: everything
	// published is committed.
	drainStart := time.Now()
	res.FinalLag = -1
	if !res.WorkerExited {
		harness.WaitFor(ctx, *drainFor, 500*time.Millisecond, func() bool { return lagOf() == 0 })
		res.DrainS = time.Since(drainStart).Seconds()
		res.FinalLag = int64(lagOf())
		res.Committed, _ = w.Metric("quotes_articles_total")
		if err := w.Stop(); err != nil {
			logf("the worker did not stop cleanly: %v", err)
			res.WorkerExited = true
		}
	}

	res.Samples = len(samples)
	res.Pass = !res.WorkerExited && res.FinalLag == 0
	ts := make([]float64, len(samples))
	for i, s := range samples {
		ts[i] = s.t
	}
	col := func(f func(sample) float64) []float64 {
		v := make([]float64, len(samples))
		for i, s := range samples {
			v[i] = f(s)
		}
		return v
	}
	series := []struct {
		name string
		r    rule
		v    []float64
	}{
		{"rss_mb", rules["rss_mb"], col(func(s sample) float64 { return s.rss })},
		{"goroutines", rules["goroutines"], col(func(s sample) float64 { return s.goroutines })},
		{"fds", rules["fds"], col(func(s sample) float64 { return s.fds })},
		{"lag", lagRule(*rate), col(func(s sample) float64 { return s.lag })},
	}

	fmt.Fprintf(stdout, "quotewire soak: 1 worker (--concurrency %d) for %s at %.0f articles/s", *concurrency, *duration, *rate)
	if res.MaxRate > 0 {
		fmt.Fprintf(stdout, " (half the measured maximum, %.0f/s)", res.MaxRate)
	}
	fmt.Fprintf(stdout, "; a sample every %s, the first %s not judged\n\n", *interval, warmup)
	fmt.Fprintf(stdout, "%8s %9s %10s %5s %8s %10s\n", "t_s", "rss_mb", "goroutines", "fds", "lag", "committed")
	for _, s := range samples {
		fmt.Fprintf(stdout, "%8.0f %9.1f %10.0f %5.0f %8.0f %10.0f\n", s.t, s.rss, s.goroutines, s.fds, s.lag, s.committed)
	}
	fmt.Fprintf(stdout, "\n%-11s %10s %10s %10s %12s  %s\n", "series", "first 1/3", "last 1/3", "max", "slope/hour", "verdict")
	for _, s := range series {
		v, err := s.r.judge(s.name, ts, s.v, warmup)
		if err != nil {
			return false, err
		}
		res.Series[s.name] = v
		word := "bounded"
		switch {
		case !v.OK:
			word = "GROWS WITHOUT BOUND"
			res.Pass = false
		case v.Grew:
			word = "bounded (rose, then settled)"
		}
		fmt.Fprintf(stdout, "%-11s %10.1f %10.1f %10.1f %12.2f  %s\n", s.name, v.First, v.Last, v.Max, v.SlopeHour, word)
	}
	fmt.Fprintf(stdout, "\npublished %d, committed %.0f; lag %d after %.1f s of drain; worker exited early: %v\n",
		res.Published, res.Committed, res.FinalLag, res.DrainS, res.WorkerExited)
	b, _ := json.Marshal(res)
	fmt.Fprintln(stdout, string(b))
	return res.Pass, nil
}

// publish writes articles to topic at rate per second from start until ctx
// ends, counting them in n.
func publish(ctx context.Context, cfg kafkaio.Config, topic string, texts []string, rate float64, start time.Time, n *atomic.Int64) error {
	sink, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: cfg})
	if err != nil {
		return err
	}
	defer sink.Close()
	const tick = 100 * time.Millisecond
	for k := 1; ; k++ {
		due := int64(rate * (time.Duration(k) * tick).Seconds())
		var batch []pipeline.Record
		for i := n.Load(); i < due; i++ {
			id := fmt.Sprintf("soak-%08d", i)
			batch = append(batch, pipeline.Record{Topic: topic, Key: []byte(id),
				Value: harness.ArticleValue(extractor.Article{ID: id, Text: texts[int(i)%len(texts)]})})
		}
		todo := batch
		for len(todo) > 0 {
			err := sink.Write(ctx, todo...)
			if err == nil {
				break
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			var pe *pipeline.PartialWriteError
			if errors.As(err, &pe) { // write again only what was not written
				var again []pipeline.Record
				for _, i := range pe.Failed {
					again = append(again, todo[i])
				}
				todo = again
			}
			time.Sleep(time.Second) // the broker is busy: the next tick catches up
		}
		n.Add(int64(len(batch)))
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Until(start.Add(time.Duration(k+1) * tick))):
		}
	}
}

// measureMax publishes a backlog, starts a worker on it and returns its
// rate from its first committed article to its last.
func measureMax(ctx context.Context, binary string, brokers []string, cfg kafkaio.Config, texts []string, n, parts, concurrency int) (float64, error) {
	tp, err := harness.NewTopics(ctx, cfg, "soakmax", parts)
	if err != nil {
		return 0, err
	}
	recs := make([]pipeline.Record, n)
	for i := range recs {
		id := fmt.Sprintf("max-%06d", i)
		recs[i] = pipeline.Record{Topic: tp.In, Key: []byte(id), Value: harness.ArticleValue(extractor.Article{ID: id, Text: texts[i%len(texts)]})}
	}
	if err := harness.Publish(ctx, cfg, recs); err != nil {
		return 0, err
	}
	w, err := harness.StartWorker(binary, brokers, tp, concurrency)
	if err != nil {
		return 0, err
	}
	defer w.Stop()
	var t0 time.Time
	var c0 float64
	deadline := time.Now().Add(10 * time.Minute)
	for {
		c := w.Committed()
		if t0.IsZero() && c > 0 {
			t0, c0 = time.Now(), c
		}
		if c >= float64(n) {
			el := time.Since(t0).Seconds()
			if el <= 0 || c-c0 <= 0 {
				return 0, fmt.Errorf("the backlog of %d was done before it could be timed: use a larger --calibrate-articles", n)
			}
			return (c - c0) / el, nil
		}
		if done, err := w.Exited(); done {
			return 0, fmt.Errorf("the worker exited: %v", err)
		}
		if time.Now().After(deadline) {
			return 0, fmt.Errorf("%.0f of %d articles after 10 minutes", c, n)
		}
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}
