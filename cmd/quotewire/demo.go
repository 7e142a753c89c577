package main

import (
	"context"
	"embed"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"time"

	"github.com/peterbourgon/ff/v3"
	"github.com/peterbourgon/ff/v3/ffcli"
	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/kafkaio"
)

// samples are the demo's articles: copies of our test articles in
// testdata/extract (go:embed cannot reach them; a test keeps them equal).
//
//go:embed samples/*.txt
var samples embed.FS

func demoCmd(stdout, stderr io.Writer) *ffcli.Command {
	fs := flag.NewFlagSet("quotewire demo", flag.ContinueOnError)
	keep := fs.Bool("keep-running", false, "leave the broker and worker up after the samples, until interrupted")
	port := fs.Int("port", 0, "port of the in-process broker (default: a free one)")
	addr := fs.String("addr", "", usage["addr"])
	brokerOnly := fs.Bool("broker-only", false, "only run the in-process broker and print KAFKA_BROKERS=ADDR (for tests where no real broker can run)")
	return &ffcli.Command{
		Name:       "demo",
		ShortUsage: "quotewire demo [--keep-running] [--port N]",
		ShortHelp:  "Start an in-process Kafka broker, publish the sample articles, run a worker and print each attribution.",
		FlagSet:    fs,
		Options:    []ff.Option{ff.WithEnvVarPrefix(envPrefix)},
		Exec: func(ctx context.Context, args []string) error {
			if len(args) > 0 {
				return usagef("demo takes no arguments")
			}
			if *brokerOnly {
				return runBroker(ctx, stdout, *port)
			}
			return runDemo(ctx, stdout, stderr, *keep, *port, *addr)
		},
	}
}

// startBroker starts the in-process Kafka-protocol broker on 127.0.0.1.
func startBroker(port int) (*kfake.Cluster, error) {
	opts := []kfake.Opt{kfake.NumBrokers(1)}
	if port != 0 {
		opts = append(opts, kfake.Ports(port))
	}
	cluster, err := kfake.NewCluster(opts...)
	if err != nil {
		return nil, fmt.Errorf("starting the in-process broker: %w", err)
	}
	return cluster, nil
}

// runBroker runs the in-process broker until ctx ends.
func runBroker(ctx context.Context, stdout io.Writer, port int) error {
	cluster, err := startBroker(port)
	if err != nil {
		return err
	}
	defer cluster.Close()
	fmt.Fprintf(stdout, "KAFKA_BROKERS=%s\n", strings.Join(cluster.ListenAddrs(), ","))
	<-ctx.Done()
	return nil
}

func runDemo(ctx context.Context, stdout, stderr io.Writer, keep bool, port int, addr string) error {
	cluster, err := startBroker(port)
	if err != nil {
		return err
	}
	defer cluster.Close()
	brokers := strings.Join(cluster.ListenAddrs(), ",")
	fmt.Fprintf(stderr, "quotewire demo: in-process Kafka broker on %s\n", brokers)

	w := workerFlags{input: "articles", output: "quote-attributions", dlq: "articles.dlq", group: "quotewire-demo",
		concurrency: 2, maxBytes: pipeline.DefaultMaxBytes, parts: 3, createTopics: true, addr: addr,
		logLevel: "warn", logFormat: "text", shutdownTimeout: 10 * time.Second}
	w.kafka.brokers = brokers
	kcfg, err := w.kafka.config(nil)
	if err != nil {
		return err
	}
	if err := kafkaio.EnsureTopics(ctx, kcfg, w.topicSpecs()...); err != nil {
		return err
	}

	// Publish the samples.
	files, _ := fs.Glob(samples, "samples/*.txt")
	sink, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: kcfg})
	if err != nil {
		return err
	}
	var recs []pipeline.Record
	for _, f := range files {
		b, _ := samples.ReadFile(f)
		id := strings.TrimSuffix(path.Base(f), ".txt")
		recs = append(recs, pipeline.Record{Topic: w.input, Key: []byte(id), Value: b})
	}
	err = sink.Write(ctx, recs...)
	sink.Close()
	if err != nil {
		return fmt.Errorf("publishing the samples: %w", err)
	}
	fmt.Fprintf(stderr, "quotewire demo: published %d sample articles to %q\n", len(recs), w.input)

	// Run a worker.
	wctx, stopWorker := context.WithCancel(ctx)
	defer stopWorker()
	workerDone := make(chan error, 1)
	wfs := flag.NewFlagSet("demo worker", flag.ContinueOnError)
	go func() { workerDone <- runWorker(wctx, &w, wfs, stderr, nil) }()

	// Print each attribution as it arrives.
	seen := 0
	readErr := kafkaio.ReadTopic(ctx, kcfg, w.output, func(m pipeline.Message) bool {
		var r extractor.Result
		if err := json.Unmarshal(m.Value, &r); err != nil {
			fmt.Fprintf(stdout, "%s: unreadable record: %v\n", m.Key, err)
		} else {
			printRecord(stdout, r)
		}
		seen++
		if seen == len(recs) && keep {
			fmt.Fprintf(stdout, "\nquotewire demo: all %d samples attributed. Broker: %s (topics %s, %s, %s). Ctrl-C to stop.\n",
				seen, brokers, w.input, w.output, w.dlq)
		}
		return keep || seen < len(recs)
	})
	stopWorker()
	werr := <-workerDone
	if readErr != nil && ctx.Err() == nil {
		return readErr
	}
	if werr != nil {
		return werr
	}
	fmt.Fprintf(stderr, "quotewire demo: %d records read from %q; shut down cleanly\n", seen, w.output)
	return nil
}

// printRecord prints one record for people: speaker — role: "quote".
func printRecord(w io.Writer, r extractor.Result) {
	fmt.Fprintf(w, "\n== %s: %d quotes, %d speakers\n", r.ArticleID, len(r.Quotes), len(r.Speakers))
	for _, q := range r.Quotes {
		who := "(unknown speaker)"
		if s := q.Speaker; s != nil {
			who = string(s.Name)
			if who == "" {
				who = "(unnamed " + s.Kind + ")"
			}
			if s.Role != "" {
				who += " — " + string(s.Role)
			}
		}
		// The segments, without the cue that interrupts them.
		runes := []rune(q.Text)
		var parts []string
		for _, sg := range q.Segments {
			if a, b := sg[0]-q.Start, sg[1]-q.Start; a >= 0 && b <= len(runes) && a < b {
				parts = append(parts, string(runes[a:b]))
			}
		}
		text := strings.Join(parts, " … ")
		if r := []rune(text); len(r) > 110 {
			text = string(r[:107]) + "..."
		}
		fmt.Fprintf(w, "  %s: %q [%s, %.2f]\n", who, text, q.Type, q.Confidence)
	}
}
