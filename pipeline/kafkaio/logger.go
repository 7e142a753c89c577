package kafkaio

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/segmentio/kafka-go"

	"github.com/quotewire/quotewire/internal/retry"
)

// kafkaLoggers bridges kafka-go's two loggers to slog for one component
// ("group", "reader", "writer").
//
// kafka-go's chatter goes to Debug. Its error lines are sorted: trouble it
// retries by itself and that passes (fetch timeouts, "[15] Group
// Coordinator Not Available" while a broker starts, a leader that moved, a
// rebalance, a dropped connection) goes to Debug and is counted in
// quotes_errors_total{stage="client",class}; the rest goes to Warn, at most
// once per interval for the same text. Nothing of kafka-go's is logged at
// Error: what stops the worker reaches it as an error, and the worker logs
// that at Error.
func kafkaLoggers(cfg *Config, th *retry.Throttle, component string) (info, errs kafka.LoggerFunc) {
	if th == nil {
		th = &retry.Throttle{}
	}
	log := cfg.logger().With("component", "kafka-go/"+component)
	info = func(msg string, args ...any) {
		if log.Enabled(context.Background(), slog.LevelDebug) {
			log.Debug(fmt.Sprintf(msg, args...))
		}
	}
	errs = func(msg string, args ...any) {
		text := fmt.Sprintf(msg, args...)
		class := textClass(text)
		if class.Transient() {
			cfg.Metrics.Error("client", class)
			log.Debug(text, "class", class)
			return
		}
		if ok, suppressed := th.Allow(component + "/" + text); ok {
			log.Warn(text, "class", class, "suppressed", suppressed)
		} else {
			log.Debug(text, "class", class)
		}
	}
	return info, errs
}
