package main

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/peterbourgon/ff/v3"
	"github.com/peterbourgon/ff/v3/ffcli"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/pipeline"
)

// web is the page served at /: HTML, CSS and JS, no CDN, works offline.
//
//go:embed web
var web embed.FS

func serveCmd(stderr io.Writer) *ffcli.Command {
	fs := flag.NewFlagSet("quotewire serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "listen address of the API and the page")
	maxBytes := fs.Int("max-bytes", pipeline.DefaultMaxBytes, "largest request body accepted")
	timeout := fs.Duration("timeout", 10*time.Second, "time allowed for one request")
	logLevel := fs.String("log-level", "info", "log level: debug, info, warn or error")
	return &ffcli.Command{
		Name:       "serve",
		ShortUsage: "quotewire serve [--addr 127.0.0.1:8080]",
		ShortHelp:  "Serve the HTTP API (POST /v1/extract) and a page that shows an article with its quotes and speakers.",
		FlagSet:    fs,
		Options:    []ff.Option{ff.WithEnvVarPrefix(envPrefix)},
		Exec: func(ctx context.Context, args []string) error {
			if len(args) > 0 {
				return usagef("serve takes no arguments")
			}
			if *maxBytes < 1 || *timeout <= 0 {
				return usagef("--max-bytes and --timeout must be positive")
			}
			log, err := newLogger(stderr, *logLevel, "json")
			if err != nil {
				return err
			}
			x, err := extractor.New(extractor.WithMaxBytes(*maxBytes))
			if err != nil {
				return err
			}
			h, err := newServer(x, *maxBytes, *timeout, log)
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", *addr)
			if err != nil {
				return fmt.Errorf("listening on --addr %s: %w", *addr, err)
			}
			srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: *timeout, WriteTimeout: *timeout + 5*time.Second}
			log.Info("serving", "addr", "http://"+ln.Addr().String())
			fmt.Fprintf(stderr, "quotewire serve: http://%s\n", ln.Addr())
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			select {
			case err := <-errc:
				return err
			case <-ctx.Done():
			}
			// Graceful: finish requests in flight on a fresh timeout.
			sctx, cancel := context.WithTimeout(context.Background(), *timeout)
			defer cancel()
			return srv.Shutdown(sctx)
		},
	}
}

// newServer returns the handler of `quotewire serve`: the API, the page,
// and the worker's /metrics, /healthz and /readyz.
func newServer(x *extractor.Extractor, maxBytes int, timeout time.Duration, log *slog.Logger) (http.Handler, error) {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	requests := prometheus.NewCounterVec(prometheus.CounterOpts{Name: "quotes_http_requests_total",
		Help: "API requests by status code."}, []string{"code"})
	seconds := prometheus.NewHistogram(prometheus.HistogramOpts{Name: "quotes_http_extract_seconds",
		Help: "Time to answer one extract request.", Buckets: prometheus.ExponentialBuckets(0.0005, 3, 10)})
	reg.MustRegister(requests, seconds)

	mux := http.NewServeMux()
	ops := opsHandler(reg, func() bool { return true })
	mux.Handle("GET /metrics", ops)
	mux.Handle("GET /healthz", ops)
	mux.Handle("GET /readyz", ops)
	page, err := fs.Sub(web, "web")
	if err != nil {
		return nil, err
	}
	mux.Handle("/", http.FileServerFS(page))
	mux.HandleFunc("/v1/extract", func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		code := extractHandler(x, maxBytes, timeout, w, r)
		requests.WithLabelValues(fmt.Sprint(code)).Inc()
		seconds.Observe(time.Since(start).Seconds())
		log.Debug("extract", "code", code, "duration_ms", time.Since(start).Milliseconds())
	})
	return mux, nil
}

// apiError is the body of every error response.
type apiError struct {
	Error   string `json:"error"`
	Message string `json:"message"`
}

func writeError(w http.ResponseWriter, code int, kind, msg string) int {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(apiError{kind, msg})
	return code
}

// extractHandler answers POST /v1/extract: a JSON article object
// (application/json) or plain text (text/plain, id from ?id=), and returns
// the attribution record, exactly as the worker publishes it.
func extractHandler(x *extractor.Extractor, maxBytes int, timeout time.Duration, w http.ResponseWriter, r *http.Request) int {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		return writeError(w, http.StatusMethodNotAllowed, "method_not_allowed", "use POST with a JSON article or plain text")
	}
	ct, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || (ct != "application/json" && ct != "text/plain") {
		return writeError(w, http.StatusUnsupportedMediaType, "unsupported_media_type",
			"send Content-Type application/json (an article object) or text/plain (the article text)")
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, int64(maxBytes)))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return writeError(w, http.StatusRequestEntityTooLarge, pipeline.ClassTooLarge, fmt.Sprintf("the body is over the limit of %d bytes", maxBytes))
		}
		return writeError(w, http.StatusBadRequest, "bad_request", "reading the body: "+err.Error())
	}
	id := r.URL.Query().Get("id")
	if id == "" {
		id = "request"
	}
	var a extractor.Article
	if ct == "application/json" {
		if !strings.HasPrefix(strings.TrimSpace(string(body)), "{") {
			return writeError(w, http.StatusBadRequest, pipeline.ClassInvalidJSON, "the body must be a JSON article object")
		}
		a, err = pipeline.DecodeArticle([]byte(id), body, maxBytes)
	} else {
		if !utf8.Valid(body) {
			return writeError(w, http.StatusBadRequest, pipeline.ClassInvalidUTF8, "the text is not valid UTF-8")
		}
		a = extractor.Article{ID: id, Text: string(body)}
	}
	if err != nil {
		var ie *pipeline.InputError
		if errors.As(err, &ie) {
			return writeError(w, http.StatusBadRequest, ie.Class, ie.Err.Error())
		}
		return writeError(w, http.StatusBadRequest, "bad_request", err.Error())
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	res, err := x.Extract(ctx, a)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return writeError(w, http.StatusServiceUnavailable, "timeout", "the request took too long")
		}
		return writeError(w, http.StatusUnprocessableEntity, pipeline.ClassExtractError, err.Error())
	}
	out, err := pipeline.EncodeRecord(res)
	if err != nil {
		return writeError(w, http.StatusInternalServerError, pipeline.ClassExtractError, err.Error())
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set(pipeline.HeaderSchema, fmt.Sprint(extractor.SchemaVersion))
	w.Write(out)
	return http.StatusOK
}
