package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/peterbourgon/ff/v3"
	"github.com/peterbourgon/ff/v3/ffcli"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"golang.org/x/sync/errgroup"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/internal/httpapi"
	"github.com/quotewire/quotewire/internal/retry"
	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/kafkaio"
)

// workerFlags are the flags of `quotewire run`.
type workerFlags struct {
	kafka                        kafkaFlags
	input, output, dlq, group    string
	concurrency, maxBytes, parts int
	replicationFactor            int
	createTopics                 bool
	addr, logLevel, logFormat    string
	model                        string
	shutdownTimeout              time.Duration
}

func (w *workerFlags) register(fs *flag.FlagSet) {
	w.kafka.register(fs)
	fs.StringVar(&w.input, "input-topic", "articles", usage["input-topic"])
	fs.StringVar(&w.output, "output-topic", "quote-attributions", usage["output-topic"])
	fs.StringVar(&w.dlq, "dlq-topic", "articles.dlq", usage["dlq-topic"])
	fs.StringVar(&w.group, "group", "quotewire", usage["group"])
	fs.IntVar(&w.concurrency, "concurrency", defaultConcurrency(), usage["concurrency"])
	fs.IntVar(&w.maxBytes, "max-bytes", pipeline.DefaultMaxBytes, usage["max-bytes"])
	fs.BoolVar(&w.createTopics, "create-topics", false, "create the input, output and dead-letter topics if missing")
	fs.IntVar(&w.parts, "partitions", 6, "partitions of topics created by --create-topics")
	fs.IntVar(&w.replicationFactor, "replication-factor", -1,
		"replicas of each partition of topics created by --create-topics (-1 or 0: the brokers' default.replication.factor)")
	fs.StringVar(&w.addr, "addr", "127.0.0.1:9464", usage["addr"])
	fs.StringVar(&w.logLevel, "log-level", "info", usage["log-level"])
	fs.StringVar(&w.logFormat, "log-format", "json", usage["log-format"])
	fs.DurationVar(&w.shutdownTimeout, "shutdown-timeout", 30*time.Second, usage["shutdown-timeout"])
	fs.StringVar(&w.model, "model", "", usage["model"])
}

// topicSpecs are the topics a worker needs: the output topic compacted and
// keyed by article id, and a dead-letter topic that takes values as large
// as the input's plus headers.
func (w *workerFlags) topicSpecs() []kafkaio.TopicSpec {
	return []kafkaio.TopicSpec{
		{Name: w.input, Partitions: w.parts, ReplicationFactor: w.replicationFactor,
			Configs: map[string]string{"max.message.bytes": strconv.Itoa(w.maxBytes + 64<<10)}},
		{Name: w.output, Partitions: w.parts, ReplicationFactor: w.replicationFactor,
			Configs: map[string]string{"cleanup.policy": "compact", "max.message.bytes": strconv.Itoa(8 << 20)}},
		{Name: w.dlq, Partitions: w.parts, ReplicationFactor: w.replicationFactor,
			Configs: map[string]string{"max.message.bytes": strconv.Itoa(w.maxBytes + 256<<10)}},
	}
}

func runCmd(stderr io.Writer) *ffcli.Command {
	fs := flag.NewFlagSet("quotewire run", flag.ContinueOnError)
	var w workerFlags
	w.register(fs)
	return &ffcli.Command{
		Name:       "run",
		ShortUsage: "quotewire run [flags]",
		ShortHelp:  "Run a worker: consume articles, publish attribution records (every flag has a QUOTEWIRE_* variable).",
		FlagSet:    fs,
		Options:    []ff.Option{ff.WithEnvVarPrefix(envPrefix)},
		Exec: func(ctx context.Context, args []string) error {
			if len(args) > 0 {
				return usagef("run takes no arguments, got %q", args)
			}
			return runWorker(ctx, &w, fs, stderr, nil)
		},
	}
}

// runWorker wires and runs one worker until ctx ends or it fails. Every
// goroutine it starts (the worker, the operations server and its shutdown,
// the lag poller) belongs to one errgroup and has ended when it returns.
// ready, when not nil, is called with the operations address once the
// worker has started.
func runWorker(ctx context.Context, w *workerFlags, fs *flag.FlagSet, stderr io.Writer, ready func(opsAddr string)) error {
	log, err := newLogger(stderr, w.logLevel, w.logFormat)
	if err != nil {
		return err
	}
	kcfg, err := w.kafka.config(log)
	if err != nil {
		return err
	}
	if w.concurrency < 1 || w.maxBytes < 1 || w.parts < 1 || w.shutdownTimeout <= 0 {
		return usagef("--concurrency, --max-bytes, --partitions and --shutdown-timeout must be positive")
	}
	if w.replicationFactor < -1 {
		return usagef("--replication-factor must be positive, or -1 (or 0) for the brokers' default, not %d", w.replicationFactor)
	}
	logConfig(log, fs)

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	metrics, err := pipeline.NewMetrics(reg)
	if err != nil {
		return err
	}
	kcfg.Metrics = metrics
	pcfg := pipeline.Config{OutputTopic: w.output, DLQTopic: w.dlq, Concurrency: w.concurrency, MaxBytes: w.maxBytes,
		ShutdownTimeout: w.shutdownTimeout, Logger: log, Metrics: metrics}
	if err := pcfg.Validate(); err != nil {
		return usageError{err}
	}
	if w.createTopics {
		cctx, cancel := context.WithTimeout(ctx, 60*time.Second)
		err := kafkaio.EnsureTopics(cctx, kcfg, w.topicSpecs()...)
		cancel()
		if err != nil {
			log.Error("creating topics", "err", err)
			return loggedError{err}
		}
	}
	x, err := newExtractor(w.model, extractor.WithMaxBytes(w.maxBytes))
	if err != nil {
		return err
	}
	scfg := kafkaio.SourceConfig{Config: kcfg, Topic: w.input, GroupID: w.group}
	src, err := kafkaio.NewSource(scfg)
	if err != nil {
		return err
	}
	sink, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: kcfg, CheckTopics: []string{w.output, w.dlq}})
	if err != nil {
		src.Close()
		return err
	}
	runner, err := pipeline.NewRunner(pcfg, src, sink, x)
	if err != nil {
		src.Close()
		sink.Close()
		return err
	}
	var ln net.Listener
	if w.addr != "" {
		if ln, err = net.Listen("tcp", w.addr); err != nil {
			src.Close()
			sink.Close()
			return fmt.Errorf("listening on --addr %s: %w", w.addr, err)
		}
		log.Info("serving metrics and health", "addr", ln.Addr().String())
	}

	g, gctx := errgroup.WithContext(ctx)
	workerDone := make(chan struct{})
	g.Go(func() error {
		defer close(workerDone)
		log.Info("worker started", "input_topic", w.input, "output_topic", w.output, "group", w.group)
		err := runner.Run(gctx)
		// Flush the writer, then leave the group.
		if cerr := sink.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("closing the writer: %w", cerr)
		}
		if cerr := src.Close(); cerr != nil {
			log.Warn("leaving the consumer group", "err", cerr)
		}
		return err
	})
	if ln != nil {
		srv := httpapi.NewServer(httpapi.Ops(reg, runner.Ready), 10*time.Second)
		g.Go(func() error {
			if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
				return fmt.Errorf("serving --addr %s: %w", w.addr, err)
			}
			return nil
		})
		g.Go(func() error {
			// Up until the worker has drained: /readyz says it is shutting down.
			select {
			case <-workerDone:
			case <-gctx.Done():
			}
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			return srv.Shutdown(sctx)
		})
	}
	g.Go(func() error {
		pollLag(gctx, workerDone, scfg, metrics, log)
		return nil
	})
	if ready != nil {
		addr := ""
		if ln != nil {
			addr = ln.Addr().String()
		}
		ready(addr)
	}
	if err := g.Wait(); err != nil {
		log.Error("worker stopped", "err", err, "class", pipeline.ClassOf(err))
		return loggedError{err}
	}
	log.Info("worker stopped cleanly")
	return nil
}

// pollLag updates the consumer-lag gauge every 15 seconds until ctx ends
// or the worker is done.
func pollLag(ctx context.Context, done <-chan struct{}, cfg kafkaio.SourceConfig, m *pipeline.Metrics, log *slog.Logger) {
	t := time.NewTicker(15 * time.Second)
	defer t.Stop()
	th := &retry.Throttle{}
	for {
		select {
		case <-ctx.Done():
			return
		case <-done:
			return
		case <-t.C:
		}
		lctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		lag, err := kafkaio.Lag(lctx, cfg)
		cancel()
		if err != nil {
			if ctx.Err() == nil {
				if ok, _ := th.Allow("lag"); ok {
					log.Warn("computing consumer lag", "err", err)
				}
			}
			continue
		}
		th.Forget("lag")
		m.SetLag(lag)
	}
}
