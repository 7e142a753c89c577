// Package retry is quotewire's one retry policy: exponential backoff with
// jitter, and a throttle for the log lines of an error that repeats. Every
// retry path of the worker (fetch, publish, commit, joining the group,
// reading and creating topics) uses it, so the README's promise, 100 ms
// doubling to 10 s, holds everywhere.
package retry

import (
	"context"
	"math/rand/v2"
	"time"
)

// Defaults of Backoff.
const (
	DefaultMin    = 100 * time.Millisecond
	DefaultMax    = 10 * time.Second
	DefaultJitter = 0.2
)

// Backoff computes the waits between attempts: Min, then doubling up to
// Max, each shortened by a random share of up to Jitter so that workers
// that failed together do not retry together. The zero value uses the
// defaults. A Backoff is not safe for concurrent use: give each retry loop
// its own.
type Backoff struct {
	// Min is the first wait. Default: 100ms.
	Min time.Duration
	// Max caps the wait. Default: 10s.
	Max time.Duration
	// Jitter in [0, 1] is the largest share a wait is shortened by.
	// Default: 0.2; a negative value means none.
	Jitter float64
	// Rand returns a number in [0, 1). Default: math/rand/v2.Float64. Tests
	// inject it.
	Rand func() float64

	attempt int
}

// Next returns the wait before the next attempt and advances the backoff.
// It never exceeds Max.
func (b *Backoff) Next() time.Duration {
	lo, hi := b.Min, b.Max
	if lo <= 0 {
		lo = DefaultMin
	}
	if hi <= 0 {
		hi = DefaultMax
	}
	hi = max(hi, lo)
	d := lo
	for i := 0; i < b.attempt && d < hi; i++ {
		d *= 2
	}
	d = min(d, hi)
	b.attempt++
	j := b.Jitter
	if j == 0 {
		j = DefaultJitter
	}
	if j > 0 {
		r := rand.Float64
		if b.Rand != nil {
			r = b.Rand
		}
		d -= time.Duration(float64(d) * min(j, 1) * r())
	}
	return d
}

// Attempts is how many waits Next has returned since the last Reset.
func (b *Backoff) Attempts() int { return b.attempt }

// Reset starts again from Min, after a success.
func (b *Backoff) Reset() { b.attempt = 0 }

// Sleep waits d or until ctx ends; it reports whether it waited all of d.
func Sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// Do calls f until it returns nil or an error retryable rejects, or ctx
// ends, waiting b's backoff between attempts. onRetry, when not nil, is
// called with each retried error and the wait that follows. Do returns f's
// last error; when ctx ends first, ctx's error joined to it.
func Do(ctx context.Context, b *Backoff, retryable func(error) bool, onRetry func(err error, wait time.Duration), f func() error) error {
	if b == nil {
		b = &Backoff{}
	}
	for {
		err := f()
		if err == nil {
			b.Reset()
			return nil
		}
		if !retryable(err) {
			return err
		}
		if ctx.Err() != nil {
			return &ctxError{ctx: ctx.Err(), last: err}
		}
		wait := b.Next()
		if onRetry != nil {
			onRetry(err, wait)
		}
		if !Sleep(ctx, wait) {
			return &ctxError{ctx: ctx.Err(), last: err}
		}
	}
}

// ctxError is the error of a Do whose context ended: it is both the
// context's error and the last error of f.
type ctxError struct{ ctx, last error }

func (e *ctxError) Error() string   { return e.ctx.Error() + " (last error: " + e.last.Error() + ")" }
func (e *ctxError) Unwrap() []error { return []error{e.ctx, e.last} }
