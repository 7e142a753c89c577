package kafkaio

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl"

	"github.com/quotewire/quotewire/internal/retry"
	"github.com/quotewire/quotewire/pipeline"
)

// Config is what every kafkaio client needs to reach the cluster. The zero
// value of each optional field means its default.
type Config struct {
	// Brokers are the bootstrap addresses, host:port. Required.
	Brokers []string
	// TLS configures TLS; the zero value is plaintext.
	TLS TLS
	// SASL configures SASL authentication; the zero value is none.
	SASL SASL
	// ClientID names this client to the brokers. Default: "quotewire".
	ClientID string
	// Logger receives kafkaio's and kafka-go's logs (see logger.go for the
	// levels). Default: discard.
	Logger *slog.Logger
	// Metrics counts the errors kafka-go retries by itself, and those of
	// joining the group and reading, in quotes_errors_total. Default: none.
	Metrics *pipeline.Metrics
	// RetryMin and RetryMax bound the backoff of every retry. Defaults:
	// 100ms and 10s.
	RetryMin, RetryMax time.Duration
	// RetryFor bounds how long one-off operations (creating, listing and
	// reading topics, lag) retry transient errors before they give up; a
	// worker's own loops (joining the group, fetching) retry as long as it
	// runs. Default: 30s.
	RetryFor time.Duration
}

// ConfigError is a configuration field with a bad value. Field names the
// Config field ("Brokers", "TLS.CAFile", "SASL.Mechanism", ...), so that a
// command can name its flag instead.
type ConfigError struct {
	Field string
	Err   error
}

func (e *ConfigError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *ConfigError) Unwrap() error { return e.Err }

// Validate checks the whole configuration, including that the TLS files
// load and the SASL mechanism is known; every error is a *ConfigError
// (several are joined).
func (c *Config) Validate() error {
	var errs []error
	if len(c.Brokers) == 0 {
		errs = append(errs, &ConfigError{"Brokers", errors.New("at least one broker address is required")})
	}
	for _, b := range c.Brokers {
		if _, _, err := net.SplitHostPort(b); err != nil {
			errs = append(errs, &ConfigError{"Brokers", fmt.Errorf("broker address %q: %w", b, err)})
		}
	}
	if c.RetryMin < 0 || c.RetryMax < 0 || c.RetryFor < 0 {
		errs = append(errs, &ConfigError{"RetryMin", errors.New("backoffs must not be negative")})
	}
	if _, err := c.TLS.build(); err != nil {
		errs = append(errs, err)
	}
	if _, err := c.SASL.build(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

func (c *Config) clientID() string {
	if c.ClientID == "" {
		return "quotewire"
	}
	return c.ClientID
}

func (c *Config) logger() *slog.Logger {
	if c.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return c.Logger
}

func (c *Config) backoff() *retry.Backoff {
	return &retry.Backoff{Min: c.RetryMin, Max: c.RetryMax}
}

func (c *Config) retryFor() time.Duration {
	if c.RetryFor == 0 {
		return 30 * time.Second
	}
	return c.RetryFor
}

// retryDo runs f until it succeeds, fails with an error that is not
// transient, RetryFor has passed or ctx ends, with the shared backoff.
func retryDo(ctx context.Context, c *Config, onRetry func(error, time.Duration), f func() error) error {
	budget := c.retryFor()
	start := time.Now()
	return retry.Do(ctx, c.backoff(), func(err error) bool { return transient(err) && time.Since(start) < budget }, onRetry, f)
}

// security builds the TLS configuration and SASL mechanism; Validate has
// reported its errors already, so callers wrap them only.
func (c *Config) security() (tc *tls.Config, mech sasl.Mechanism, err error) {
	if tc, err = c.TLS.build(); err != nil {
		return nil, nil, err
	}
	if mech, err = c.SASL.build(); err != nil {
		return nil, nil, err
	}
	return tc, mech, nil
}

func (c *Config) dialer() (*kafka.Dialer, error) {
	tc, mech, err := c.security()
	if err != nil {
		return nil, err
	}
	return &kafka.Dialer{ClientID: c.clientID(), Timeout: 10 * time.Second, DualStack: true, TLS: tc, SASLMechanism: mech}, nil
}

// metadataTTL bounds how long a transport keeps its metadata. kafka-go
// refreshes it only when it expires, never on a produce error, so after a
// leader moves every write to that partition fails (on the dead leader, or
// "[6] Not Leader For Partition") until then: with kafka-go's default of
// 6 s the first write after a leader was killed on the three-node cluster
// came 2.5 to 3.5 s after the new leader was elected. One metadata request a
// second a transport is nothing to a broker.
const metadataTTL = time.Second

// transport is a fresh transport per client: kafka-go's shared default
// keeps stale connections for seconds after a broker restart.
func (c *Config) transport() (*kafka.Transport, error) {
	tc, mech, err := c.security()
	if err != nil {
		return nil, err
	}
	return &kafka.Transport{ClientID: c.clientID(), DialTimeout: 10 * time.Second, IdleTimeout: 30 * time.Second,
		MetadataTTL: metadataTTL, TLS: tc, SASL: mech}, nil
}

// client is a kafka-go Client for admin and offset requests, and the
// function that releases it: kafka-go's Transport keeps a metadata
// goroutine and pooled connections until CloseIdleConnections, so a client
// that is never released leaks them (found on the cluster branch: a lag
// poll every 15 s leaked 22 goroutines a call).
func (c *Config) client(timeout time.Duration) (*kafka.Client, func(), error) {
	tr, err := c.transport()
	if err != nil {
		return nil, nil, err
	}
	return &kafka.Client{Addr: kafka.TCP(c.Brokers...), Transport: tr, Timeout: timeout}, tr.CloseIdleConnections, nil
}
