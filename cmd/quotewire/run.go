package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/peterbourgon/ff/v3"
	"github.com/peterbourgon/ff/v3/ffcli"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/segmentio/kafka-go/sasl"
	"github.com/segmentio/kafka-go/sasl/plain"
	"github.com/segmentio/kafka-go/sasl/scram"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/kafkaio"
)

// envPrefix: every flag of run, produce and demo has an environment
// equivalent, --brokers <-> QUOTEWIRE_BROKERS.
const envPrefix = "QUOTEWIRE"

// kafkaFlags are the connection flags shared by run, produce and demo.
type kafkaFlags struct {
	brokers                 string
	tlsCA, tlsCert, tlsKey  string
	saslMech, saslUser, pwd string
}

func (k *kafkaFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&k.brokers, "brokers", "127.0.0.1:9092", "Kafka bootstrap brokers, comma-separated")
	fs.StringVar(&k.tlsCA, "tls-ca", "", "PEM file of the CA that signs the brokers' certificates (enables TLS)")
	fs.StringVar(&k.tlsCert, "tls-cert", "", "PEM client certificate for mutual TLS (with --tls-key)")
	fs.StringVar(&k.tlsKey, "tls-key", "", "PEM client key for mutual TLS (with --tls-cert)")
	fs.StringVar(&k.saslMech, "sasl-mechanism", "", "SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 (empty: none)")
	fs.StringVar(&k.saslUser, "sasl-user", "", "SASL user name")
	fs.StringVar(&k.pwd, "sasl-password", "", "SASL password (prefer the QUOTEWIRE_SASL_PASSWORD environment variable)")
}

// config turns the flags into a kafkaio.Config; errors are usage errors.
func (k *kafkaFlags) config(log *slog.Logger) (kafkaio.Config, error) {
	cfg := kafkaio.Config{Logger: log}
	for _, b := range strings.Split(k.brokers, ",") {
		if b = strings.TrimSpace(b); b != "" {
			cfg.Brokers = append(cfg.Brokers, b)
		}
	}
	if k.tlsCA != "" || k.tlsCert != "" || k.tlsKey != "" {
		tc := &tls.Config{MinVersion: tls.VersionTLS12}
		if k.tlsCA != "" {
			pem, err := os.ReadFile(k.tlsCA)
			if err != nil {
				return cfg, usagef("--tls-ca: %w", err)
			}
			pool := x509.NewCertPool()
			if !pool.AppendCertsFromPEM(pem) {
				return cfg, usagef("--tls-ca: no PEM certificate in %s", k.tlsCA)
			}
			tc.RootCAs = pool
		}
		if (k.tlsCert == "") != (k.tlsKey == "") {
			return cfg, usagef("--tls-cert and --tls-key go together")
		}
		if k.tlsCert != "" {
			cert, err := tls.LoadX509KeyPair(k.tlsCert, k.tlsKey)
			if err != nil {
				return cfg, usagef("--tls-cert/--tls-key: %w", err)
			}
			tc.Certificates = []tls.Certificate{cert}
		}
		cfg.TLS = tc
	}
	if k.saslMech != "" {
		if k.saslUser == "" {
			return cfg, usagef("--sasl-mechanism needs --sasl-user and a password")
		}
		var mech sasl.Mechanism
		var err error
		switch strings.ToUpper(k.saslMech) {
		case "PLAIN":
			mech = plain.Mechanism{Username: k.saslUser, Password: k.pwd}
		case "SCRAM-SHA-256":
			mech, err = scram.Mechanism(scram.SHA256, k.saslUser, k.pwd)
		case "SCRAM-SHA-512":
			mech, err = scram.Mechanism(scram.SHA512, k.saslUser, k.pwd)
		default:
			return cfg, usagef("--sasl-mechanism must be PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512, not %q", k.saslMech)
		}
		if err != nil {
			return cfg, usagef("--sasl-mechanism: %w", err)
		}
		cfg.SASL = mech
	}
	if err := cfg.Validate(); err != nil {
		return cfg, usageError{err}
	}
	return cfg, nil
}

// workerFlags are the flags of `quotewire run`.
type workerFlags struct {
	kafka                        kafkaFlags
	input, output, dlq, group    string
	concurrency, maxBytes, parts int
	createTopics                 bool
	addr, logLevel, logFormat    string
	shutdownTimeout              time.Duration
}

func (w *workerFlags) register(fs *flag.FlagSet) {
	w.kafka.register(fs)
	fs.StringVar(&w.input, "input-topic", "articles", "topic of raw articles")
	fs.StringVar(&w.output, "output-topic", "quote-attributions", "topic of attribution records (created compacted)")
	fs.StringVar(&w.dlq, "dlq-topic", "articles.dlq", "dead-letter topic for input that cannot be processed")
	fs.StringVar(&w.group, "group", "quotewire", "consumer group")
	fs.IntVar(&w.concurrency, "concurrency", runtime.GOMAXPROCS(0), "extraction workers")
	fs.IntVar(&w.maxBytes, "max-bytes", pipeline.DefaultMaxBytes, "largest input value accepted; larger ones are dead-lettered")
	fs.BoolVar(&w.createTopics, "create-topics", false, "create the input, output and dead-letter topics if missing")
	fs.IntVar(&w.parts, "partitions", 6, "partitions of topics created by --create-topics")
	fs.StringVar(&w.addr, "addr", "127.0.0.1:9464", "listen address for /metrics, /healthz and /readyz (empty: none)")
	fs.StringVar(&w.logLevel, "log-level", "info", "log level: debug, info, warn or error")
	fs.StringVar(&w.logFormat, "log-format", "json", "log format: json or text")
	fs.DurationVar(&w.shutdownTimeout, "shutdown-timeout", 30*time.Second, "time allowed to finish in-flight articles on SIGTERM")
}

func newLogger(w io.Writer, level, format string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, usagef("--log-level: %w", err)
	}
	opts := &slog.HandlerOptions{Level: lv}
	switch format {
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	}
	return nil, usagef("--log-format must be json or text, not %q", format)
}

// topicSpecs are the topics a worker needs: the output topic compacted and
// keyed by article id, and a dead-letter topic that takes values as large
// as the input's plus headers.
func (w *workerFlags) topicSpecs() []kafkaio.TopicSpec {
	return []kafkaio.TopicSpec{
		{Name: w.input, Partitions: w.parts, Configs: map[string]string{"max.message.bytes": fmt.Sprint(w.maxBytes + 64<<10)}},
		{Name: w.output, Partitions: w.parts, Configs: map[string]string{"cleanup.policy": "compact", "max.message.bytes": fmt.Sprint(8 << 20)}},
		{Name: w.dlq, Partitions: w.parts, Configs: map[string]string{"max.message.bytes": fmt.Sprint(w.maxBytes + 256<<10)}},
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

// runWorker wires and runs one worker until ctx ends. ready, when not nil,
// is called once the worker has started.
func runWorker(ctx context.Context, w *workerFlags, fs *flag.FlagSet, stderr io.Writer, ready func()) error {
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
	logConfig(log, fs)

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	metrics, err := pipeline.NewMetrics(reg)
	if err != nil {
		return err
	}
	pcfg := pipeline.Config{OutputTopic: w.output, DLQTopic: w.dlq, Concurrency: w.concurrency, MaxBytes: w.maxBytes,
		ShutdownTimeout: w.shutdownTimeout, Logger: log, Metrics: metrics}
	if err := pcfg.Validate(); err != nil {
		return usageError{err}
	}
	if w.createTopics {
		cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		err := kafkaio.EnsureTopics(cctx, kcfg, w.topicSpecs()...)
		cancel()
		if err != nil {
			return err
		}
	}
	x, err := extractor.New(extractor.WithMaxBytes(w.maxBytes))
	if err != nil {
		return err
	}
	scfg := kafkaio.SourceConfig{Config: kcfg, Topic: w.input, GroupID: w.group}
	src, err := kafkaio.NewSource(scfg)
	if err != nil {
		return err
	}
	sink, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: kcfg})
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

	var srv *http.Server
	if w.addr != "" {
		ln, err := net.Listen("tcp", w.addr)
		if err != nil {
			src.Close()
			sink.Close()
			return fmt.Errorf("listening on --addr %s: %w", w.addr, err)
		}
		srv = &http.Server{Handler: opsHandler(reg, runner.Ready), ReadHeaderTimeout: 5 * time.Second}
		go srv.Serve(ln)
		log.Info("serving metrics and health", "addr", ln.Addr().String())
	}
	lagCtx, stopLag := context.WithCancel(ctx)
	go pollLag(lagCtx, scfg, metrics, log)
	if ready != nil {
		ready()
	}

	log.Info("worker started", "input_topic", w.input, "output_topic", w.output, "group", w.group)
	runErr := runner.Run(ctx)
	stopLag()
	// Flush the writer, then leave the group.
	if err := sink.Close(); err != nil && runErr == nil {
		runErr = fmt.Errorf("closing the writer: %w", err)
	}
	if err := src.Close(); err != nil {
		log.Warn("leaving the consumer group", "err", err)
	}
	if srv != nil {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		srv.Shutdown(sctx)
		cancel()
	}
	if runErr != nil {
		log.Error("worker stopped", "err", runErr)
		return runErr
	}
	log.Info("worker stopped cleanly")
	return nil
}

// logConfig logs the effective configuration, secrets redacted.
func logConfig(log *slog.Logger, fs *flag.FlagSet) {
	var attrs []any
	fs.VisitAll(func(f *flag.Flag) {
		v := f.Value.String()
		if strings.Contains(f.Name, "password") && v != "" {
			v = "[redacted]"
		}
		attrs = append(attrs, f.Name, v)
	})
	log.Info("configuration", attrs...)
}

// opsHandler serves /metrics, /healthz (the process is up) and /readyz
// (the worker is processing).
func opsHandler(reg *prometheus.Registry, ready func() bool) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "ok\n") })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		if !ready() {
			http.Error(w, "not ready", http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, "ready\n")
	})
	return mux
}

// pollLag updates the consumer-lag gauge every 15 seconds.
func pollLag(ctx context.Context, cfg kafkaio.SourceConfig, m *pipeline.Metrics, log *slog.Logger) {
	t := time.NewTicker(15 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		lctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		lag, err := kafkaio.Lag(lctx, cfg)
		cancel()
		if err != nil {
			if !errors.Is(err, context.Canceled) {
				log.Debug("computing consumer lag", "err", err)
			}
			continue
		}
		m.SetLag(lag)
	}
}
