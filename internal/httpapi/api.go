package httpapi

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"mime"
	"net/http"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/pipeline"
)

// web is the page served at /: HTML, CSS and JS, no CDN, works offline.
//
//go:embed web
var web embed.FS

// Config configures the API. The zero value of each optional field means
// its default.
type Config struct {
	// Extractor extracts; it must be safe for concurrent use. Required.
	Extractor pipeline.Extractor
	// MaxBytes is the largest request body. Default: 1 MiB.
	MaxBytes int
	// Timeout bounds one request: reading its body (408 beyond it) and
	// extracting (503 beyond it). Default: 10s.
	Timeout time.Duration
	// Concurrency is how many extractions run at once. Default: the number
	// of cores (GOMAXPROCS).
	Concurrency int
	// Queue is how many more requests may wait for an extraction slot;
	// beyond it a request is answered 503 at once. Their bodies are held
	// meanwhile, so memory grows with Queue × MaxBytes. Default: 8 ×
	// Concurrency (enough to keep the slots busy while rejected clients wait
	// out Retry-After).
	Queue int
	// QueueWait is the longest a request waits for a slot before a 503.
	// Default: 5s (and never past Timeout).
	QueueWait time.Duration
	// Registry receives the API's metrics. Default: a new registry.
	Registry *prometheus.Registry
	// Ready is /readyz's answer. Default: always ready.
	Ready ReadyFunc
	// Logger receives a Debug line per request. Default: discard.
	Logger *slog.Logger
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	if c.Extractor == nil {
		return errors.New("an extractor is required")
	}
	if c.MaxBytes < 0 || c.Timeout < 0 || c.Concurrency < 0 || c.Queue < 0 || c.QueueWait < 0 {
		return errors.New("max bytes, timeout, concurrency, queue and queue wait must not be negative")
	}
	return nil
}

func (c Config) withDefaults() Config {
	if c.MaxBytes == 0 {
		c.MaxBytes = pipeline.DefaultMaxBytes
	}
	if c.Timeout == 0 {
		c.Timeout = 10 * time.Second
	}
	if c.Concurrency == 0 {
		c.Concurrency = runtime.GOMAXPROCS(0)
	}
	if c.Queue == 0 {
		c.Queue = 8 * c.Concurrency
	}
	if c.QueueWait == 0 {
		c.QueueWait = 5 * time.Second
	}
	if c.Registry == nil {
		c.Registry = prometheus.NewRegistry()
	}
	if c.Ready == nil {
		c.Ready = func(context.Context) error { return nil }
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

// API is the handler of `quotewire serve`.
type API struct {
	cfg      Config
	admit    chan struct{} // requests being handled: Concurrency + Queue
	slots    chan struct{} // extractions running: Concurrency
	requests *prometheus.CounterVec
	seconds  prometheus.Histogram
	inFlight prometheus.Gauge
	handler  http.Handler
}

// Error codes of the API besides the pipeline's poison classes.
const (
	errMethod      = "method_not_allowed"
	errMediaType   = "unsupported_media_type"
	errBadRequest  = "bad_request"
	errReadTimeout = "request_timeout"
	errTimeout     = "timeout"
	errOverloaded  = "overloaded"
	errInternal    = "internal"
)

// New returns the API: POST /v1/extract, the page at /, and /metrics,
// /healthz and /readyz.
func New(cfg Config) (*API, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("http api config: %w", err)
	}
	cfg = cfg.withDefaults()
	a := &API{cfg: cfg,
		admit: make(chan struct{}, cfg.Concurrency+cfg.Queue),
		slots: make(chan struct{}, cfg.Concurrency),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "quotes_http_requests_total",
			Help: "API requests by status code."}, []string{"code"}),
		seconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "quotes_http_extract_seconds",
			Help: "Time to extract one request's article (only requests that ran an extraction).", Buckets: prometheus.ExponentialBuckets(0.0005, 3, 10)}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{Name: "quotes_http_extractions_in_flight",
			Help: "Extractions running now (at most the configured concurrency)."}),
	}
	for _, c := range []prometheus.Collector{a.requests, a.seconds, a.inFlight} {
		if err := cfg.Registry.Register(c); err != nil {
			return nil, err
		}
	}
	page, err := fs.Sub(web, "web")
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	ops := Ops(cfg.Registry, cfg.Ready)
	mux.Handle("GET /metrics", ops)
	mux.Handle("GET /healthz", ops)
	mux.Handle("GET /readyz", ops)
	mux.Handle("/", http.FileServerFS(page))
	mux.HandleFunc("/v1/extract", func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		code := a.extract(w, r)
		a.requests.WithLabelValues(strconv.Itoa(code)).Inc()
		cfg.Logger.Debug("extract", "code", code, "duration", time.Since(start), "bytes", r.ContentLength)
	})
	a.handler = securityHeaders(mux)
	return a, nil
}

// ServeHTTP serves the API, the page and the ops endpoints.
func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) { a.handler.ServeHTTP(w, r) }

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

// overloaded answers 503 with Retry-After.
func overloaded(w http.ResponseWriter, msg string) int {
	w.Header().Set("Retry-After", "1")
	return writeError(w, http.StatusServiceUnavailable, errOverloaded, msg)
}

// extract answers POST /v1/extract: a JSON article object
// (application/json; its "id", or ?id=) or plain text (text/plain; the id
// from ?id=), and returns the attribution record, exactly as the worker
// publishes it.
func (a *API) extract(w http.ResponseWriter, r *http.Request) int {
	cfg := a.cfg
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		return writeError(w, http.StatusMethodNotAllowed, errMethod, "use POST with a JSON article or plain text")
	}
	ct, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || (ct != "application/json" && ct != "text/plain") {
		return writeError(w, http.StatusUnsupportedMediaType, errMediaType,
			"send Content-Type application/json (an article object) or text/plain (the article text, with ?id=)")
	}
	// Admission: bodies are read only for requests that may be served, so
	// memory is bounded by (Concurrency + Queue) × MaxBytes plus the
	// extractions.
	select {
	case a.admit <- struct{}{}:
		defer func() { <-a.admit }()
	default:
		return overloaded(w, "too many requests in progress: retry later")
	}
	deadline := time.Now().Add(cfg.Timeout)
	ctx, cancel := context.WithDeadline(r.Context(), deadline)
	defer cancel()

	// The body must arrive before the deadline.
	http.NewResponseController(w).SetReadDeadline(deadline)
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, int64(cfg.MaxBytes)))
	if err != nil {
		var mbe *http.MaxBytesError
		switch {
		case errors.As(err, &mbe):
			return writeError(w, http.StatusRequestEntityTooLarge, string(pipeline.ClassTooLarge), fmt.Sprintf("the body is over the limit of %d bytes", cfg.MaxBytes))
		case errors.Is(err, os.ErrDeadlineExceeded):
			w.Header().Set("Connection", "close")
			return writeError(w, http.StatusRequestTimeout, errReadTimeout, fmt.Sprintf("the body did not arrive within %s", cfg.Timeout))
		}
		return writeError(w, http.StatusBadRequest, errBadRequest, "reading the body: "+err.Error())
	}
	art, err := decode(ct, r.URL.Query().Get("id"), body, cfg.MaxBytes)
	if err != nil {
		return writeError(w, http.StatusBadRequest, string(pipeline.ClassOf(err)), message(err))
	}

	// An extraction slot, waiting briefly.
	wait := time.NewTimer(min(cfg.QueueWait, time.Until(deadline)))
	defer wait.Stop()
	select {
	case a.slots <- struct{}{}:
	case <-wait.C:
		return overloaded(w, "all extraction slots are busy: retry later")
	case <-ctx.Done():
		return writeError(w, http.StatusServiceUnavailable, errTimeout, "the request took too long")
	}
	type result struct {
		res extractor.Result
		err error
	}
	done := make(chan result, 1)
	start := time.Now()
	a.inFlight.Inc()
	// The extraction holds its slot until it returns, also after a
	// timeout answer: the bound on concurrent extractions holds.
	go func() {
		defer func() { a.inFlight.Dec(); <-a.slots }()
		var res result
		func() {
			defer func() {
				if v := recover(); v != nil {
					res.err = fmt.Errorf("extractor panicked: %v", v)
				}
			}()
			res.res, res.err = cfg.Extractor.Extract(ctx, art)
		}()
		a.seconds.Observe(time.Since(start).Seconds())
		done <- res
	}()
	var res result
	select {
	case res = <-done:
	case <-ctx.Done():
		res.err = ctx.Err()
	}
	if res.err != nil {
		if errors.Is(res.err, context.DeadlineExceeded) || errors.Is(res.err, context.Canceled) {
			return writeError(w, http.StatusServiceUnavailable, errTimeout, fmt.Sprintf("the extraction did not finish within %s", cfg.Timeout))
		}
		return writeError(w, http.StatusUnprocessableEntity, string(pipeline.ClassExtractError), res.err.Error())
	}
	out, err := pipeline.EncodeRecord(res.res)
	if err != nil {
		return writeError(w, http.StatusInternalServerError, errInternal, err.Error())
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set(pipeline.HeaderSchema, strconv.Itoa(extractor.SchemaVersion))
	w.Write(out)
	return http.StatusOK
}

// message is an error's text without its class, which the body's "error"
// field gives.
func message(err error) string {
	var e *pipeline.Error
	if errors.As(err, &e) {
		return e.Err.Error()
	}
	return err.Error()
}

// decode turns a request body into an article, as the worker decodes a
// message whose key is ?id=: a JSON object needs an "id" (or ?id=), plain
// text needs ?id=. Errors are *pipeline.Error of a poison class.
func decode(ct, id string, body []byte, maxBytes int) (extractor.Article, error) {
	if ct == "application/json" {
		if !strings.HasPrefix(strings.TrimSpace(string(body)), "{") {
			return extractor.Article{}, pipeline.Errorf(pipeline.ClassInvalidJSON, errors.New("the body must be a JSON article object"))
		}
		a, err := pipeline.DecodeArticle([]byte(id), body, maxBytes)
		if pipeline.ClassOf(err) == pipeline.ClassMissingID {
			return a, pipeline.Errorf(pipeline.ClassMissingID, errors.New(`the article has no "id" and the request no ?id=`))
		}
		return a, err
	}
	if !utf8.Valid(body) {
		return extractor.Article{}, pipeline.Errorf(pipeline.ClassInvalidUTF8, errors.New("the text is not valid UTF-8"))
	}
	if id == "" {
		return extractor.Article{}, pipeline.Errorf(pipeline.ClassMissingID, errors.New("plain text needs its article id in ?id="))
	}
	return extractor.Article{ID: id, Text: string(body)}, nil
}
