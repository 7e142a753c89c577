// Package kafkaio adapts segmentio/kafka-go to pipeline's Source and Sink.
// It is the only package that imports kafka-go.
//
// The Source is built on kafka.ConsumerGroup rather than kafka.Reader:
// a Reader has no partition-revocation hook, so it cannot promise that a
// worker never commits for a partition it lost. Each generation of the
// group runs one partition reader per assigned partition, and a commit is
// made only through the generation that fetched the message.
package kafkaio

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl"

	"github.com/quotewire/quotewire/pipeline"
)

// Config is what every kafkaio client needs to reach the cluster.
type Config struct {
	// Brokers are the bootstrap addresses. Required.
	Brokers []string
	// TLS enables TLS when non-nil.
	TLS *tls.Config
	// SASL enables SASL authentication when non-nil.
	SASL sasl.Mechanism
	// ClientID names this client to the brokers. Default: "quotewire".
	ClientID string
	// Logger receives kafka-go's logs (debug) and errors. Default: discard.
	Logger *slog.Logger
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	if len(c.Brokers) == 0 {
		return errors.New("at least one broker address is required")
	}
	for _, b := range c.Brokers {
		if _, _, err := net.SplitHostPort(b); err != nil {
			return fmt.Errorf("broker address %q: %w", b, err)
		}
	}
	return nil
}

func (c Config) clientID() string {
	if c.ClientID == "" {
		return "quotewire"
	}
	return c.ClientID
}

func (c Config) logger() *slog.Logger {
	if c.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return c.Logger
}

func (c Config) dialer() *kafka.Dialer {
	return &kafka.Dialer{ClientID: c.clientID(), Timeout: 10 * time.Second, DualStack: true, TLS: c.TLS, SASLMechanism: c.SASL}
}

// transport is a fresh transport per client: kafka-go's shared default
// keeps stale connections for seconds after a broker restart.
func (c Config) transport() *kafka.Transport {
	return &kafka.Transport{ClientID: c.clientID(), DialTimeout: 10 * time.Second, IdleTimeout: 30 * time.Second, TLS: c.TLS, SASL: c.SASL}
}

// client is a kafka-go Client for admin and offset requests.
func (c Config) client(timeout time.Duration) *kafka.Client {
	return &kafka.Client{Addr: kafka.TCP(c.Brokers...), Transport: c.transport(), Timeout: timeout}
}

// kafkaLogger bridges kafka-go's loggers to slog: its chatter at Debug,
// its errors at Error.
func kafkaLogger(l *slog.Logger, level slog.Level) kafka.LoggerFunc {
	return func(msg string, args ...any) {
		if l.Enabled(context.Background(), level) {
			l.Log(context.Background(), level, fmt.Sprintf(msg, args...), "component", "kafka-go")
		}
	}
}

// classify wraps an error from kafka-go for the pipeline: broker and
// network errors that may pass are transient; authentication and other
// permanent errors are fatal.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var kerr kafka.Error
	if errors.As(err, &kerr) {
		if kerr.Temporary() || kerr == kafka.NotEnoughReplicas || kerr == kafka.NotEnoughReplicasAfterAppend {
			return fmt.Errorf("%w: %w", pipeline.ErrTransient, err)
		}
		return err
	}
	var nerr net.Error
	if errors.As(err, &nerr) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, context.DeadlineExceeded) || errors.Is(err, net.ErrClosed) || strings.Contains(err.Error(), "connection refused") ||
		strings.Contains(err.Error(), "connection reset") || strings.Contains(err.Error(), "broken pipe") {
		return fmt.Errorf("%w: %w", pipeline.ErrTransient, err)
	}
	return err
}

// denied reports errors that no retry can fix: the cluster refuses who we
// are or what we ask. A worker stops on them (exit status 1).
func denied(err error) bool {
	var kerr kafka.Error
	if !errors.As(err, &kerr) {
		return false
	}
	switch kerr {
	case kafka.SASLAuthenticationFailed, kafka.UnsupportedSASLMechanism, kafka.IllegalSASLState,
		kafka.GroupAuthorizationFailed, kafka.TopicAuthorizationFailed, kafka.ClusterAuthorizationFailed,
		kafka.InvalidGroupId:
		return true
	}
	return false
}

// TopicSpec describes a topic to create.
type TopicSpec struct {
	Name       string
	Partitions int
	Configs    map[string]string
}

// EnsureTopics creates the topics that do not exist yet; existing topics
// are left as they are.
func EnsureTopics(ctx context.Context, cfg Config, topics ...TopicSpec) error {
	if err := cfg.Validate(); err != nil {
		return err
	}
	cl := cfg.client(30 * time.Second)
	req := &kafka.CreateTopicsRequest{}
	for _, t := range topics {
		tc := kafka.TopicConfig{Topic: t.Name, NumPartitions: t.Partitions, ReplicationFactor: -1}
		if tc.NumPartitions <= 0 {
			tc.NumPartitions = -1
		}
		for k, v := range t.Configs {
			tc.ConfigEntries = append(tc.ConfigEntries, kafka.ConfigEntry{ConfigName: k, ConfigValue: v})
		}
		req.Topics = append(req.Topics, tc)
	}
	resp, err := cl.CreateTopics(ctx, req)
	if err != nil {
		return fmt.Errorf("creating topics: %w", err)
	}
	var errs []error
	for name, e := range resp.Errors {
		if e != nil && !errors.Is(e, kafka.TopicAlreadyExists) {
			errs = append(errs, fmt.Errorf("creating topic %s: %w", name, e))
		}
	}
	return errors.Join(errs...)
}
