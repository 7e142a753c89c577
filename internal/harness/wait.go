package harness

import (
	"context"
	"fmt"
	"time"
)

// WaitFor polls cond every interval until it holds, d passes, or ctx ends.
func WaitFor(ctx context.Context, d, interval time.Duration, cond func() bool) error {
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			return fmt.Errorf("not within %s", d)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(interval):
		}
	}
	return nil
}
