package retry

import (
	"sync"
	"time"
)

// DefaultEvery is a Throttle's default interval.
const DefaultEvery = 30 * time.Second

// Throttle rate-limits the log lines of errors that repeat: the first
// occurrence of a key is logged, then at most one line per interval, which
// says how many were suppressed in between. It is safe for concurrent use;
// the zero value logs a key at most once per DefaultEvery.
type Throttle struct {
	// Every is the least time between two lines of one key. Default: 30s.
	Every time.Duration
	// Now is the clock. Default: time.Now. Tests inject it.
	Now func() time.Time

	mu   sync.Mutex
	keys map[string]*throttled
}

type throttled struct {
	last       time.Time
	suppressed int
}

// Allow reports whether a line for key may be logged now, and how many
// lines of key were suppressed since the last one allowed.
func (t *Throttle) Allow(key string) (ok bool, suppressed int) {
	now := time.Now
	if t.Now != nil {
		now = t.Now
	}
	every := t.Every
	if every <= 0 {
		every = DefaultEvery
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.keys == nil {
		t.keys = map[string]*throttled{}
	}
	k, seen := t.keys[key]
	n := now()
	if !seen {
		if len(t.keys) > 1000 { // keys are error texts: do not grow without bound
			clear(t.keys)
		}
		t.keys[key] = &throttled{last: n}
		return true, 0
	}
	if n.Sub(k.last) < every {
		k.suppressed++
		return false, 0
	}
	s := k.suppressed
	k.last, k.suppressed = n, 0
	return true, s
}

// Forget drops key, after the error has cleared: its next occurrence is
// logged at once.
func (t *Throttle) Forget(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.keys, key)
}
