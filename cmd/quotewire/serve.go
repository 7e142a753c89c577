package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/peterbourgon/ff/v3"
	"github.com/peterbourgon/ff/v3/ffcli"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"golang.org/x/sync/errgroup"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/internal/httpapi"
	"github.com/quotewire/quotewire/pipeline"
)

func serveCmd(stderr io.Writer) *ffcli.Command {
	fs := flag.NewFlagSet("quotewire serve", flag.ContinueOnError)
	addr := fs.String("http-addr", "127.0.0.1:8080", usage["http-addr"])
	maxBytes := fs.Int("max-bytes", pipeline.DefaultMaxBytes, usage["max-bytes"])
	timeout := fs.Duration("timeout", 10*time.Second, "time allowed for one request: its upload (408 beyond) and its extraction (503 beyond)")
	concurrency := fs.Int("concurrency", defaultConcurrency(), usage["concurrency"])
	queue := fs.Int("queue", 0, "requests that may wait for an extraction beyond --concurrency; more get 503 (default: 8 × --concurrency)")
	queueWait := fs.Duration("queue-wait", 5*time.Second, "longest a request waits for an extraction slot before a 503")
	logLevel := fs.String("log-level", "info", usage["log-level"])
	model := fs.String("model", "", usage["model"])
	return &ffcli.Command{
		Name:       "serve",
		ShortUsage: "quotewire serve [--http-addr 127.0.0.1:8080] [flags]",
		ShortHelp:  "Serve the HTTP API (POST /v1/extract) and a page that shows an article with its quotes and speakers.",
		FlagSet:    fs,
		Options:    []ff.Option{ff.WithEnvVarPrefix(envPrefix)},
		Exec: func(ctx context.Context, args []string) error {
			if len(args) > 0 {
				return usagef("serve takes no arguments")
			}
			if *maxBytes < 1 || *timeout <= 0 || *concurrency < 1 || *queue < 0 || *queueWait <= 0 {
				return usagef("--max-bytes, --timeout, --concurrency and --queue-wait must be positive, --queue not negative")
			}
			log, err := newLogger(stderr, *logLevel, "json")
			if err != nil {
				return err
			}
			x, err := newExtractor(*model, extractor.WithMaxBytes(*maxBytes))
			if err != nil {
				return err
			}
			reg := prometheus.NewRegistry()
			reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
			var stopping atomic.Bool
			api, err := httpapi.New(httpapi.Config{Extractor: x, MaxBytes: *maxBytes, Timeout: *timeout, Concurrency: *concurrency,
				Queue: *queue, QueueWait: *queueWait, Registry: reg, Logger: log,
				Ready: func(context.Context) error {
					if stopping.Load() {
						return errors.New("shutting down")
					}
					return nil
				}})
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", *addr)
			if err != nil {
				return fmt.Errorf("listening on --http-addr %s: %w", *addr, err)
			}
			srv := httpapi.NewServer(api, *timeout+5*time.Second)
			log.Info("serving", "addr", "http://"+ln.Addr().String(), "concurrency", *concurrency, "timeout", *timeout)
			fmt.Fprintf(stderr, "quotewire serve: http://%s\n", ln.Addr())
			g, gctx := errgroup.WithContext(ctx)
			g.Go(func() error {
				if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
					return err
				}
				return nil
			})
			g.Go(func() error {
				<-gctx.Done()
				stopping.Store(true)
				// Graceful: finish requests in flight on a fresh timeout.
				sctx, cancel := context.WithTimeout(context.Background(), *timeout+5*time.Second)
				defer cancel()
				return srv.Shutdown(sctx)
			})
			return g.Wait()
		},
	}
}
