package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strconv"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/internal/retry"
)

// Config configures a Runner. The zero value of each optional field means
// its default.
type Config struct {
	// OutputTopic receives one attribution record per article. Required.
	OutputTopic string
	// DLQTopic receives input that cannot be processed. Required.
	DLQTopic string
	// Concurrency is the number of extraction workers. Default: all cores.
	Concurrency int
	// MaxBytes is the largest input value accepted. Default: 1 MiB.
	MaxBytes int
	// BatchSize is the most records written (and offsets committed) at once.
	// Default: 256.
	BatchSize int
	// MaxInFlight bounds the messages fetched but not yet committed; it lets
	// extraction go on while a batch waits for the broker's acks, and bounds
	// memory and what a crash or a lost partition makes the next owner do
	// again: while commits fail (a coordinator moving), the worker stops
	// fetching instead of writing records it cannot commit. Default: 256
	// per extraction worker.
	MaxInFlight int
	// ShutdownTimeout bounds the drain after the context is cancelled:
	// in-flight articles are finished, written and committed within it.
	// Default: 30s.
	ShutdownTimeout time.Duration
	// RetryBackoff is the first wait after a transient error; it doubles up
	// to MaxBackoff, with jitter (internal/retry). Defaults: 100ms and 10s.
	RetryBackoff, MaxBackoff time.Duration
	// LogEvery is the least time between two log lines of one repeated
	// error (a retried broker error, a dead-letter class); the lines in
	// between are counted in the next one. Default: 30s.
	LogEvery time.Duration
	// Logger receives the runtime's logs. Default: discard.
	Logger *slog.Logger
	// Metrics records counters and latencies. Default: none.
	Metrics *Metrics
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	var errs []error
	if c.OutputTopic == "" {
		errs = append(errs, errors.New("output topic is required"))
	}
	if c.DLQTopic == "" {
		errs = append(errs, errors.New("dead-letter topic is required"))
	}
	if c.OutputTopic != "" && c.OutputTopic == c.DLQTopic {
		errs = append(errs, errors.New("output and dead-letter topics must differ"))
	}
	if c.Concurrency < 0 || c.MaxBytes < 0 || c.BatchSize < 0 || c.MaxInFlight < 0 || c.ShutdownTimeout < 0 || c.RetryBackoff < 0 || c.MaxBackoff < 0 || c.LogEvery < 0 {
		errs = append(errs, errors.New("concurrency, max bytes, batch size, timeouts and backoffs must not be negative"))
	}
	return errors.Join(errs...)
}

func (c Config) withDefaults() Config {
	if c.Concurrency == 0 {
		c.Concurrency = runtime.GOMAXPROCS(0)
	}
	if c.MaxBytes == 0 {
		c.MaxBytes = DefaultMaxBytes
	}
	if c.BatchSize == 0 {
		c.BatchSize = 256
	}
	if c.MaxInFlight == 0 {
		c.MaxInFlight = 256 * c.Concurrency
	}
	if c.ShutdownTimeout == 0 {
		c.ShutdownTimeout = 30 * time.Second
	}
	if c.RetryBackoff == 0 {
		c.RetryBackoff = 100 * time.Millisecond
	}
	if c.MaxBackoff == 0 {
		c.MaxBackoff = 10 * time.Second
	}
	if c.LogEvery == 0 {
		c.LogEvery = retry.DefaultEvery
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

// Runner is the worker: Source -> Extractor -> Sink, with ordered commits.
type Runner struct {
	cfg      Config
	src      Source
	sink     Sink
	x        Extractor
	throttle *retry.Throttle

	running  atomic.Bool
	draining atomic.Bool
	stats    struct{ articles, dead, quotes atomic.Int64 }
}

// NewRunner returns a Runner; it validates cfg.
func NewRunner(cfg Config, src Source, sink Sink, x Extractor) (*Runner, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("pipeline config: %w", err)
	}
	if src == nil || sink == nil || x == nil {
		return nil, errors.New("pipeline: source, sink and extractor are required")
	}
	cfg = cfg.withDefaults()
	return &Runner{cfg: cfg, src: src, sink: sink, x: x, throttle: &retry.Throttle{Every: cfg.LogEvery}}, nil
}

// Ready reports whether the worker can do its work now, for /readyz: nil
// when Run is going and not draining and the Source and the Sink, if they
// implement Readier, are ready; else an error that says why not.
func (r *Runner) Ready(ctx context.Context) error {
	switch {
	case !r.running.Load():
		return errors.New("the worker is not running")
	case r.draining.Load():
		return errors.New("the worker is shutting down")
	}
	if rd, ok := r.src.(Readier); ok {
		if err := rd.Ready(ctx); err != nil {
			return fmt.Errorf("source: %w", err)
		}
	}
	if rd, ok := r.sink.(Readier); ok {
		if err := rd.Ready(ctx); err != nil {
			return fmt.Errorf("sink: %w", err)
		}
	}
	return nil
}

// Stats are the Runner's totals since it was made.
type Stats struct {
	// Articles is the number of articles written and committed, Dead those
	// of them that were dead-lettered.
	Articles, Dead int64
	// Quotes is the number of quotes in the records written.
	Quotes int64
}

// Stats returns the totals so far; it is safe to call while Run runs.
func (r *Runner) Stats() Stats {
	return Stats{Articles: r.stats.articles.Load(), Dead: r.stats.dead.Load(), Quotes: r.stats.quotes.Load()}
}

// job is one fetched message on its way through the pipeline.
type job struct {
	msg     Message
	records []Record // the attribution record, or the dead-letter record
	dead    Class    // the error class when dead-lettered
	quotes  int
	done    chan struct{}
}

// Run processes messages until ctx is cancelled, the source's input ends
// (ErrEndOfInput) or a fatal error occurs. On cancellation and at the end
// of the input it stops fetching, finishes, writes and commits what is in
// flight (within ShutdownTimeout after a cancellation) and returns nil. It
// does not close the source or the sink: the caller closes the sink
// (flush) and then the source (leave the group).
func (r *Runner) Run(ctx context.Context) error {
	cfg := r.cfg
	// Work goes on after ctx is cancelled, to drain; it stops on a fatal
	// error or when the drain takes longer than ShutdownTimeout.
	workCtx, abort := context.WithCancel(context.WithoutCancel(ctx))
	defer abort()
	stopTimer := context.AfterFunc(ctx, func() {
		r.draining.Store(true)
		cfg.Logger.Info("shutting down: draining in-flight articles", "timeout", cfg.ShutdownTimeout)
		t := time.AfterFunc(cfg.ShutdownTimeout, abort)
		context.AfterFunc(workCtx, func() { t.Stop() })
	})
	defer stopTimer()

	g, gctx := errgroup.WithContext(workCtx)
	fetchCtx, stopFetch := context.WithCancel(ctx)
	defer stopFetch()
	context.AfterFunc(gctx, stopFetch)

	jobs := make(chan *job, cfg.MaxInFlight)
	order := make(chan *job, cfg.MaxInFlight)
	// A token per message fetched and not yet committed: the fetch loop
	// takes one before each Fetch, the committer gives them back.
	tokens := make(chan struct{}, cfg.MaxInFlight)
	r.draining.Store(false)
	r.running.Store(true)
	defer r.running.Store(false)

	g.Go(func() error {
		defer close(order)
		defer close(jobs)
		return r.fetchLoop(fetchCtx, gctx, tokens, jobs, order)
	})
	for range cfg.Concurrency {
		g.Go(func() error {
			for j := range jobs {
				r.process(gctx, j)
				close(j.done)
			}
			return nil
		})
	}
	// Acknowledged batches go to the committer in order; committing one
	// batch overlaps writing the next, and never covers an unacknowledged
	// record.
	acked := make(chan []Message, 64)
	g.Go(func() error {
		defer close(acked)
		return r.sequence(gctx, order, acked)
	})
	g.Go(func() error { return r.commitLoop(gctx, acked, tokens) })
	err := g.Wait()
	if err == nil && workCtx.Err() != nil {
		err = errors.New("shutdown timed out: in-flight articles were not committed and will be redelivered")
	}
	return err
}

// fetchLoop fetches until fetchCtx ends or the input does; transient
// errors back off.
func (r *Runner) fetchLoop(fetchCtx, gctx context.Context, tokens chan struct{}, jobs, order chan<- *job) error {
	b := r.backoff()
	for {
		select {
		case tokens <- struct{}{}:
		case <-fetchCtx.Done():
			return nil
		}
		m, err := r.src.Fetch(fetchCtx)
		if err != nil {
			<-tokens
			if fetchCtx.Err() != nil || errors.Is(err, ErrEndOfInput) {
				return nil
			}
			r.cfg.Metrics.Error("fetch", ClassOf(err))
			if !errors.Is(err, ErrTransient) {
				return fmt.Errorf("fetching: %w", err)
			}
			wait := b.Next()
			r.logRetry("fetch", err, wait, b.Attempts())
			if !retry.Sleep(fetchCtx, wait) {
				return nil
			}
			continue
		}
		b.Reset()
		r.cfg.Metrics.consumed()
		j := &job{msg: m, done: make(chan struct{})}
		// order first: the sequencer learns the fetch order before any
		// worker can finish the job.
		select {
		case order <- j:
		case <-gctx.Done():
			return nil
		}
		select {
		case jobs <- j:
		case <-gctx.Done():
			return nil
		}
	}
}

func (r *Runner) backoff() *retry.Backoff {
	return &retry.Backoff{Min: r.cfg.RetryBackoff, Max: r.cfg.MaxBackoff}
}

// logRetry logs a retried error at Warn, at most once per LogEvery for the
// same stage and class, with the count of lines suppressed since.
func (r *Runner) logRetry(stage string, err error, wait time.Duration, attempt int) {
	class := ClassOf(err)
	ok, suppressed := r.throttle.Allow(stage + "/" + string(class))
	if !ok {
		r.cfg.Logger.Debug(stage+" failed; retrying", "class", class, "err", err, "backoff", wait, "attempt", attempt)
		return
	}
	r.cfg.Logger.Warn(stage+" failed; retrying", "class", class, "err", err, "backoff", wait, "attempt", attempt, "suppressed", suppressed)
}

// process turns one message into its record or its dead-letter record.
func (r *Runner) process(ctx context.Context, j *job) {
	m := j.msg
	a, err := DecodeArticle(m.Key, m.Value, r.cfg.MaxBytes)
	if err != nil {
		class := ClassOf(err)
		if !class.Poison() {
			class = ClassInvalidJSON
		}
		r.deadLetter(j, class, err)
		return
	}
	start := time.Now()
	res, err := r.extract(ctx, a)
	r.cfg.Metrics.extractDone(time.Since(start))
	if err != nil {
		class := ClassExtractError
		var pe *panicError
		if errors.As(err, &pe) {
			class = ClassExtractPanic
		}
		var tl *extractor.TooLargeError
		if errors.As(err, &tl) {
			class = ClassTooLarge
		}
		if errors.Is(err, extractor.ErrInvalidUTF8) {
			class = ClassInvalidUTF8
		}
		r.deadLetter(j, class, err)
		return
	}
	value, err := EncodeRecord(res)
	if err != nil {
		r.deadLetter(j, ClassExtractError, err)
		return
	}
	j.quotes = len(res.Quotes)
	j.records = []Record{{
		Topic: r.cfg.OutputTopic,
		Key:   []byte(a.ID),
		Value: value,
		Headers: []Header{
			{HeaderContentType, []byte("application/json")},
			{HeaderSchema, []byte(strconv.Itoa(extractor.SchemaVersion))},
			{HeaderSource, []byte(sourceOf(m))},
		},
	}}
}

type panicError struct{ v any }

func (e *panicError) Error() string { return fmt.Sprintf("extractor panicked: %v", e.v) }

// extract calls the extractor, turning a panic into an error: a poison
// article must not take the worker down.
func (r *Runner) extract(ctx context.Context, a extractor.Article) (res extractor.Result, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &panicError{v}
		}
	}()
	return r.x.Extract(ctx, a)
}

func sourceOf(m Message) string {
	return m.Topic + "/" + strconv.Itoa(m.Partition) + "/" + strconv.FormatInt(m.Offset, 10)
}

// deadLetter makes the dead-letter record of a message: its value
// unchanged, its headers plus the error class, message and source.
func (r *Runner) deadLetter(j *job, class Class, err error) {
	m := j.msg
	headers := make([]Header, 0, len(m.Headers)+3)
	headers = append(headers, m.Headers...)
	// The class has its own header: the message does not repeat it.
	msg := err.Error()
	var pe *Error
	if errors.As(err, &pe) && pe.Class == class && pe.Err != nil {
		msg = pe.Err.Error()
	}
	if len(msg) > 1000 {
		msg = msg[:1000]
	}
	headers = append(headers,
		Header{HeaderErrorClass, []byte(string(class))},
		Header{HeaderErrorMsg, []byte(msg)},
		Header{HeaderSource, []byte(sourceOf(m))})
	j.dead = class
	j.quotes = 0
	j.records = []Record{{Topic: r.cfg.DLQTopic, Key: m.Key, Value: m.Value, Headers: headers}}
	attrs := []any{"topic", m.Topic, "partition", m.Partition, "offset", m.Offset, "class", class, "err", err}
	if ok, suppressed := r.throttle.Allow("dead/" + string(class)); ok {
		r.cfg.Logger.Warn("dead-lettered", append(attrs, "suppressed", suppressed)...)
	} else {
		r.cfg.Logger.Debug("dead-lettered", attrs...)
	}
}

// sequence writes records and commits offsets in fetch order, which keeps
// them in order per partition: a commit never covers an offset whose
// record is not acknowledged.
func (r *Runner) sequence(ctx context.Context, order <-chan *job, acked chan<- []Message) error {
	batch := make([]*job, 0, r.cfg.BatchSize)
	var next *job // taken from order, not finished when its batch was cut
	closed := false
	for {
		j := next
		next = nil
		if j == nil {
			if closed {
				return nil
			}
			var ok bool
			if j, ok = <-order; !ok {
				return nil
			}
		}
		select {
		case <-j.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		// A batch is what is finished now, in fetch order: it is cut at
		// the first article still being extracted. Waiting for it made the
		// batches full (256) whenever the worker had a backlog, and a
		// full batch written but not yet committed is what a crash makes
		// the next owner write again (issue 14); a slow article also held
		// back the writes of the finished ones before it.
		batch = append(batch[:0], j)
	more:
		for len(batch) < r.cfg.BatchSize {
			select {
			case n, ok := <-order:
				if !ok {
					closed = true
					break more
				}
				select {
				case <-n.done:
					batch = append(batch, n)
				default:
					next = n
					break more
				}
			default:
				break more
			}
		}
		msgs, err := r.flush(ctx, batch)
		if err != nil {
			return err
		}
		select {
		case acked <- msgs:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// commitLoop commits acknowledged batches in order, several at once when
// they queue up behind a slow commit.
func (r *Runner) commitLoop(ctx context.Context, acked <-chan []Message, tokens <-chan struct{}) error {
	for msgs := range acked {
	more:
		for {
			select {
			case next, ok := <-acked:
				if !ok {
					break more
				}
				msgs = append(msgs, next...)
			default:
				break more
			}
		}
		if err := r.retry(ctx, "commit", func() error { return r.src.Commit(ctx, msgs...) }); err != nil {
			return err
		}
		for range msgs {
			<-tokens
		}
	}
	return nil
}

// flush writes a batch's records, retrying transient errors, and returns
// the batch's messages, ready to commit.
func (r *Runner) flush(ctx context.Context, batch []*job) ([]Message, error) {
	records := make([]Record, 0, len(batch))
	owner := make([]*job, 0, len(batch))
	for _, j := range batch {
		for _, rec := range j.records {
			records = append(records, rec)
			owner = append(owner, j)
		}
	}
	start := time.Now()
	written := len(records)
	pending := make([]int, len(records)) // indexes of the records still to write
	for i := range pending {
		pending[i] = i
	}
	b := r.backoff()
	if err := r.retryWith(ctx, "publish", b, func() error {
		for len(pending) > 0 {
			recs := make([]Record, len(pending))
			for i, k := range pending {
				recs[i] = records[k]
			}
			err := r.sink.Write(ctx, recs...)
			var pe *PartialWriteError
			if errors.As(err, &pe) {
				var again []int
				for _, i := range pe.Failed {
					if i < 0 || i >= len(pending) {
						return fmt.Errorf("the sink named record %d of %d as not written: %w", i, len(pending), err)
					}
					again = append(again, pending[i])
				}
				if len(again) < len(pending) {
					// Progress (a leader moving partition by partition):
					// the next wait starts again from the shortest.
					b.Reset()
				}
				pending = again
				return err // transient: retried with what is left
			}
			var re *RecordError
			if !errors.As(err, &re) {
				if err == nil {
					pending = nil
				}
				return err
			}
			// The broker refused some records for good (too large for the
			// output topic); every other one is acknowledged. Dead-letter
			// those articles instead, and write their dead letters.
			var again []int
			for _, i := range re.Index {
				if i < 0 || i >= len(pending) || records[pending[i]].Topic != r.cfg.OutputTopic {
					return err // a refused dead letter: the topic needs a person
				}
				k := pending[i]
				r.cfg.Metrics.Error("publish", ClassRecordRefused)
				r.deadLetter(owner[k], ClassRecordRefused, fmt.Errorf("output record refused: %w", re.Err))
				records[k] = owner[k].records[0]
				again = append(again, k)
			}
			pending = again
			written += len(again)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	r.cfg.Metrics.published(time.Since(start), written)
	msgs := make([]Message, len(batch))
	for i, j := range batch {
		msgs[i] = j.msg
		r.cfg.Metrics.article(j.dead, j.quotes)
		r.stats.articles.Add(1)
		r.stats.quotes.Add(int64(j.quotes))
		if j.dead != "" {
			r.stats.dead.Add(1)
		} else {
			r.cfg.Logger.Debug("published", "article_id", string(j.records[0].Key), "topic", j.msg.Topic,
				"partition", j.msg.Partition, "offset", j.msg.Offset, "quotes", j.quotes)
		}
	}
	return msgs, nil
}

// PartialWriteError is what a Sink returns when a transient error stopped
// some records of a Write and the broker acknowledged every other one: the
// records at Failed (indexes in the call's records) are to be written
// again, and only they. Err is the transient cause: the error matches
// ErrTransient. Retrying the whole call instead wrote the acknowledged
// records again: while one broker of three was down, every retry of a
// batch duplicated the two thirds of it bound for the others (issue 14).
type PartialWriteError struct {
	Failed []int
	Err    error
}

func (e *PartialWriteError) Error() string {
	return fmt.Sprintf("%d records not written: %v", len(e.Failed), e.Err)
}
func (e *PartialWriteError) Unwrap() error { return e.Err }

// retry calls f until it succeeds, fails with a non-transient error, or
// ctx ends, with the shared backoff; every failure is counted by class.
func (r *Runner) retry(ctx context.Context, stage string, f func() error) error {
	return r.retryWith(ctx, stage, r.backoff(), f)
}

// retryWith is retry with the caller's backoff, which f may reset when an
// attempt made progress.
func (r *Runner) retryWith(ctx context.Context, stage string, b *retry.Backoff, f func() error) error {
	err := retry.Do(ctx, b, func(err error) bool { return errors.Is(err, ErrTransient) },
		func(err error, wait time.Duration) { r.logRetry(stage, err, wait, b.Attempts()) },
		func() error {
			err := f()
			if err != nil {
				r.cfg.Metrics.Error(stage, ClassOf(err))
			}
			return err
		})
	if err != nil {
		return fmt.Errorf("%s: %w", stage, err)
	}
	return nil
}
