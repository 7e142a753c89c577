package retry

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// The README promises 100 ms doubling to 10 s; jitter only shortens a wait.
func TestBackoffSequence(t *testing.T) {
	t.Parallel()
	b := &Backoff{Rand: func() float64 { return 0 }}
	var got []time.Duration
	for range 10 {
		got = append(got, b.Next())
	}
	ms := time.Millisecond
	want := []time.Duration{100 * ms, 200 * ms, 400 * ms, 800 * ms, 1600 * ms, 3200 * ms, 6400 * ms, 10 * time.Second, 10 * time.Second, 10 * time.Second}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("waits (-want +got):\n%s", diff)
	}
	b.Reset()
	if d := b.Next(); d != 100*ms {
		t.Errorf("after Reset: %s", d)
	}
}

func TestBackoffJitter(t *testing.T) {
	t.Parallel()
	b := &Backoff{Min: time.Second, Max: time.Second, Rand: func() float64 { return 0.999 }}
	if d := b.Next(); d < 800*time.Millisecond || d > time.Second {
		t.Errorf("jittered wait %s outside (0.8s, 1s]", d)
	}
	seen := map[time.Duration]bool{}
	r := &Backoff{Min: time.Second, Max: time.Second}
	for range 50 {
		d := r.Next()
		if d <= 800*time.Millisecond || d > time.Second {
			t.Fatalf("wait %s outside (0.8s, 1s]", d)
		}
		seen[d] = true
	}
	if len(seen) < 10 {
		t.Errorf("waits hardly vary: %d distinct in 50", len(seen))
	}
}

var errFlaky = errors.New("flaky")

func TestDo(t *testing.T) {
	t.Parallel()
	calls := 0
	var waits []time.Duration
	err := Do(context.Background(), &Backoff{Min: time.Microsecond, Max: 4 * time.Microsecond, Jitter: -1},
		func(err error) bool { return errors.Is(err, errFlaky) },
		func(_ error, d time.Duration) { waits = append(waits, d) },
		func() error {
			calls++
			if calls < 4 {
				return errFlaky
			}
			return nil
		})
	if err != nil || calls != 4 {
		t.Fatalf("Do: %v after %d calls", err, calls)
	}
	if diff := cmp.Diff([]time.Duration{time.Microsecond, 2 * time.Microsecond, 4 * time.Microsecond}, waits); diff != "" {
		t.Errorf("waits (-want +got):\n%s", diff)
	}

	fatal := errors.New("fatal")
	calls = 0
	if err := Do(context.Background(), nil, func(err error) bool { return errors.Is(err, errFlaky) }, nil,
		func() error { calls++; return fatal }); !errors.Is(err, fatal) || calls != 1 {
		t.Errorf("a fatal error: %v after %d calls", err, calls)
	}

	ctx, cancel := context.WithCancel(context.Background())
	err = Do(ctx, &Backoff{Min: time.Hour}, func(error) bool { return true }, func(error, time.Duration) { cancel() },
		func() error { return errFlaky })
	if !errors.Is(err, context.Canceled) || !errors.Is(err, errFlaky) {
		t.Errorf("cancelled: %v, want both the context's and the last error", err)
	}
}

func TestThrottle(t *testing.T) {
	t.Parallel()
	now := time.Unix(0, 0)
	th := &Throttle{Every: 10 * time.Second, Now: func() time.Time { return now }}
	type line struct {
		ok bool
		n  int
	}
	var got []line
	step := func(key string, d time.Duration) {
		now = now.Add(d)
		ok, n := th.Allow(key)
		got = append(got, line{ok, n})
	}
	step("a", 0)             // first: logged
	step("a", time.Second)   // suppressed
	step("a", time.Second)   // suppressed
	step("b", 0)             // another key: logged
	step("a", 9*time.Second) // 11 s after the first: logged, 2 suppressed
	step("a", time.Second)   // suppressed
	th.Forget("a")
	step("a", 0) // forgotten: logged at once
	want := []line{{true, 0}, {false, 0}, {false, 0}, {true, 0}, {true, 2}, {false, 0}, {true, 0}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(line{})); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
