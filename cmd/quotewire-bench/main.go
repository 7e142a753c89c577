// Command quotewire-bench measures quotewire end to end against a Kafka
// broker (KAFKA_BROKERS): the extractor alone as the ceiling, worker
// processes through Kafka, end-to-end latency at half the measured maximum
// rate, the worker's peak RSS, and 1 worker against 2 in one group. It
// prints a table and, as its last line, one JSON object.
//
//	scripts/with-broker go run ./cmd/quotewire-bench --quotewire bin/quotewire
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/internal/harness"
	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/kafkaio"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotewire-bench:", err)
		os.Exit(1)
	}
}

type options struct {
	binary       string
	brokers      []string
	articles     int
	latencySecs  int
	evalDir      string
	testdataDir  string
	partitions   int
	workerConcur int
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("quotewire-bench", flag.ContinueOnError)
	var o options
	fs.StringVar(&o.binary, "quotewire", "bin/quotewire", "the quotewire binary whose workers are measured")
	brokers := fs.String("brokers", os.Getenv("KAFKA_BROKERS"), "Kafka brokers (default: $KAFKA_BROKERS)")
	fs.IntVar(&o.articles, "articles", 20000, "articles in the corpus (news texts repeated under fresh ids)")
	fs.IntVar(&o.latencySecs, "latency-seconds", 20, "length of the fixed-rate latency run")
	fs.StringVar(&o.evalDir, "eval", envOr("QUOTEWIRE_EVAL", "../shared/eval"), "gold data whose texts join the corpus when present")
	fs.StringVar(&o.testdataDir, "testdata", "testdata/extract", "our test articles")
	fs.IntVar(&o.partitions, "partitions", 4, "partitions of the input topic")
	fs.IntVar(&o.workerConcur, "concurrency", runtime.GOMAXPROCS(0), "extraction workers in the single-worker run")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *brokers == "" {
		return errors.New("no broker: set KAFKA_BROKERS or --brokers (scripts/with-broker starts one)")
	}
	o.brokers = strings.Split(*brokers, ",")
	if _, err := os.Stat(o.binary); err != nil {
		return fmt.Errorf("--quotewire %s: %w (make build)", o.binary, err)
	}
	logf := func(format string, a ...any) { fmt.Fprintf(stderr, "bench: "+format+"\n", a...) }

	texts, err := corpusTexts(o)
	if err != nil {
		return err
	}
	corpus := make([]extractor.Article, o.articles)
	size := 0
	for i := range corpus {
		corpus[i] = extractor.Article{ID: fmt.Sprintf("bench-%06d", i), Text: texts[i%len(texts)]}
		size += len(corpus[i].Text)
	}
	logf("corpus: %d articles, %.1f MB (%d distinct texts)", len(corpus), float64(size)/1e6, len(texts))

	// 1. The extractor alone, all cores: the ceiling.
	exRate, exMB, err := extractOnly(ctx, corpus)
	if err != nil {
		return err
	}
	logf("extractor alone: %.0f articles/s, %.2f MB/s", exRate, exMB)

	cfg := kafkaio.Config{Brokers: o.brokers}
	// 2. One worker process through Kafka.
	one, err := throughput(ctx, o, cfg, corpus, 1, o.workerConcur, logf)
	if err != nil {
		return err
	}
	// 3. Two worker processes in one group, one extraction worker each.
	two, err := throughput(ctx, o, cfg, corpus, 2, max(1, o.workerConcur/2), logf)
	if err != nil {
		return err
	}
	// 4. Latency at half the single worker's maximum rate.
	rate := one.rate / 2
	lat, err := latency(ctx, o, cfg, texts, rate, logf)
	if err != nil {
		return err
	}

	res := map[string]any{
		"extract_mb_s":        round(exMB, 2),
		"extract_articles_s":  round(exRate, 0),
		"pipeline_articles_s": round(one.rate, 0),
		"pipeline_ratio":      round(one.rate/exRate, 3),
		"p50_ms":              round(lat.p50, 1),
		"p95_ms":              round(lat.p95, 1),
		"p99_ms":              round(lat.p99, 1),
		"rss_mb":              round(one.rssMB, 1),
		"articles":            len(corpus),
	}
	fmt.Fprintf(stdout, "quotewire benchmark: %d articles (%.1f MB), %d cores, broker %s\n\n", len(corpus), float64(size)/1e6, runtime.NumCPU(), strings.Join(o.brokers, ","))
	fmt.Fprintf(stdout, "%-44s %12s %10s %10s\n", "measurement", "articles/s", "MB/s", "peak RSS")
	fmt.Fprintf(stdout, "%-44s %12.0f %10.2f %10s\n", "extractor alone (all cores, in process)", exRate, exMB, "-")
	fmt.Fprintf(stdout, "%-44s %12.0f %10.2f %8.1f MB\n", fmt.Sprintf("1 worker process (--concurrency %d)", o.workerConcur), one.rate, one.mbs, one.rssMB)
	fmt.Fprintf(stdout, "%-44s %12.0f %10.2f %8.1f MB\n", fmt.Sprintf("2 worker processes (--concurrency %d each)", max(1, o.workerConcur/2)), two.rate, two.mbs, two.rssMB)
	fmt.Fprintf(stdout, "%-44s %12.3f\n", "pipeline / extractor ratio (1 worker)", one.rate/exRate)
	fmt.Fprintf(stdout, "\nlatency, input append -> record append, at %.0f articles/s for %d s (%d records):\n", rate, o.latencySecs, lat.n)
	fmt.Fprintf(stdout, "  p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms\n\n", lat.p50, lat.p95, lat.p99, lat.max)
	b, _ := json.Marshal(res)
	fmt.Fprintln(stdout, string(b))
	return nil
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func round(v float64, digits int) float64 {
	p := 1.0
	for range digits {
		p *= 10
	}
	return float64(int64(v*p+0.5)) / p
}

// corpusTexts returns realistic news texts: the gold articles' texts when
// present, and our own test articles.
func corpusTexts(o options) ([]string, error) {
	var texts []string
	files, _ := filepath.Glob(filepath.Join(o.testdataDir, "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		texts = append(texts, string(b))
	}
	for _, name := range []string{"polnear_dev.jsonl", "seed.gold.jsonl"} {
		f, err := os.Open(filepath.Join(o.evalDir, name))
		if err != nil {
			continue
		}
		br := bufio.NewReaderSize(f, 1<<20)
		for {
			line, err := br.ReadBytes('\n')
			var g struct {
				Text string `json:"text"`
			}
			if json.Unmarshal(line, &g) == nil && g.Text != "" {
				texts = append(texts, g.Text)
			}
			if err != nil {
				break
			}
		}
		f.Close()
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("no articles found in %s or %s", o.testdataDir, o.evalDir)
	}
	return texts, nil
}

// extractOnly runs the extractor on the corpus on all cores.
func extractOnly(ctx context.Context, corpus []extractor.Article) (rate, mbs float64, err error) {
	x, err := extractor.New()
	if err != nil {
		return 0, 0, err
	}
	start := time.Now()
	var wg sync.WaitGroup
	var firstErr error
	var mu sync.Mutex
	next := make(chan extractor.Article)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range next {
				if _, err := x.Extract(ctx, a); err != nil {
					mu.Lock()
					firstErr = err
					mu.Unlock()
				}
			}
		}()
	}
	size := 0
	for _, a := range corpus {
		next <- a
		size += len(a.Text)
	}
	close(next)
	wg.Wait()
	el := time.Since(start).Seconds()
	return float64(len(corpus)) / el, float64(size) / 1e6 / el, firstErr
}

type tput struct {
	rate, mbs, rssMB float64
}

func publish(ctx context.Context, cfg kafkaio.Config, topic string, arts []extractor.Article) error {
	recs := make([]pipeline.Record, len(arts))
	for i, a := range arts {
		recs[i] = pipeline.Record{Topic: topic, Key: []byte(a.ID), Value: harness.ArticleValue(a)}
	}
	return harness.Publish(ctx, cfg, recs)
}

// throughput publishes the corpus, then starts n workers and times them
// until every article is committed.
func throughput(ctx context.Context, o options, cfg kafkaio.Config, corpus []extractor.Article, n, concurrency int, logf func(string, ...any)) (tput, error) {
	tp, err := harness.NewTopics(ctx, cfg, fmt.Sprintf("bench%d", n), o.partitions)
	if err != nil {
		return tput{}, err
	}
	if err := publish(ctx, cfg, tp.In, corpus); err != nil {
		return tput{}, fmt.Errorf("publishing the corpus: %w", err)
	}
	var ws []*harness.Worker
	start := time.Now()
	for range n {
		w, err := harness.StartWorker(o.binary, o.brokers, tp, concurrency)
		if err != nil {
			return tput{}, err
		}
		ws = append(ws, w)
	}
	defer func() {
		for _, w := range ws {
			w.Stop()
		}
	}()
	// Steady state: from the first committed article to the last, so that
	// joining the group is not counted.
	total := float64(len(corpus))
	var t0 time.Time
	var done0 float64
	for {
		done := 0.0
		for _, w := range ws {
			done += w.Committed()
		}
		if t0.IsZero() && done > 0 {
			t0, done0 = time.Now(), done
		}
		if done >= total {
			break
		}
		if time.Since(start) > 30*time.Minute {
			return tput{}, fmt.Errorf("%d workers: only %.0f of %.0f articles after 30 minutes", n, done, total)
		}
		select {
		case <-ctx.Done():
			return tput{}, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	el := time.Since(t0).Seconds()
	size := 0
	for _, a := range corpus {
		size += len(a.Text)
	}
	frac := (total - done0) / total
	t := tput{rate: (total - done0) / el, mbs: float64(size) * frac / 1e6 / el}
	logf("%d worker(s): joined and first committed after %.1f s", n, t0.Sub(start).Seconds())
	for _, w := range ws {
		t.rssMB = max(t.rssMB, w.PeakRSS())
	}
	logf("%d worker(s): %.0f articles/s, %.2f MB/s, peak RSS %.1f MB", n, t.rate, t.mbs, t.rssMB)
	return t, nil
}

type latencies struct {
	p50, p95, p99, max float64
	n                  int
}

// latency publishes at a fixed rate and measures, per article, the time
// from the input record's append to its attribution record's append (both
// broker timestamps).
func latency(ctx context.Context, o options, cfg kafkaio.Config, texts []string, rate float64, logf func(string, ...any)) (latencies, error) {
	tp, err := harness.NewTopics(ctx, cfg, "benchlat", o.partitions)
	if err != nil {
		return latencies{}, err
	}
	in, out := tp.In, tp.Out
	w, err := harness.StartWorker(o.binary, o.brokers, tp, o.workerConcur)
	if err != nil {
		return latencies{}, err
	}
	defer w.Stop()
	// Let the worker join its group before the clock starts.
	time.Sleep(3 * time.Second)
	sink, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: cfg, BatchTimeout: time.Millisecond})
	if err != nil {
		return latencies{}, err
	}
	defer sink.Close()
	n := int(rate * float64(o.latencySecs))
	interval := time.Duration(float64(time.Second) / rate)
	logf("latency: %d articles at %.0f/s", n, rate)
	start := time.Now()
	for i := range n {
		if d := time.Until(start.Add(time.Duration(i) * interval)); d > 0 {
			time.Sleep(d)
		}
		id := fmt.Sprintf("lat-%06d", i)
		v, _ := json.Marshal(map[string]string{"id": id, "text": texts[i%len(texts)]})
		if err := sink.Write(ctx, pipeline.Record{Topic: in, Key: []byte(id), Value: v}); err != nil {
			return latencies{}, err
		}
	}
	// Input append times by source coordinates, then output append times.
	inTime := map[string]time.Time{}
	rctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	kafkaio.ReadTopic(rctx, cfg, in, func(m pipeline.Message) bool {
		inTime[fmt.Sprintf("%s/%d/%d", m.Topic, m.Partition, m.Offset)] = m.Time
		return len(inTime) < n
	})
	var ds []float64
	kafkaio.ReadTopic(rctx, cfg, out, func(m pipeline.Message) bool {
		for _, h := range m.Headers {
			if h.Key == pipeline.HeaderSource {
				if t, ok := inTime[string(h.Value)]; ok {
					ds = append(ds, float64(m.Time.Sub(t).Microseconds())/1000)
				}
			}
		}
		return len(ds) < n
	})
	if len(ds) < n {
		return latencies{}, fmt.Errorf("latency run: %d of %d records arrived", len(ds), n)
	}
	slices.Sort(ds)
	pct := func(p float64) float64 { return ds[min(len(ds)-1, int(p*float64(len(ds))))] }
	return latencies{p50: pct(0.50), p95: pct(0.95), p99: pct(0.99), max: ds[len(ds)-1], n: len(ds)}, nil
}
