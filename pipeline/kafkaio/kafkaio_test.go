package kafkaio

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"testing"

	"github.com/segmentio/kafka-go"

	"github.com/quotewire/quotewire/pipeline"
)

// A rebalance or a missing coordinator must never stop a worker; bad
// credentials or permissions must.
func TestDenied(t *testing.T) {
	for _, err := range []error{kafka.RebalanceInProgress, kafka.GroupCoordinatorNotAvailable, kafka.NotCoordinatorForGroup,
		kafka.IllegalGeneration, kafka.UnknownMemberId, kafka.UnknownTopicOrPartition, io.EOF, errors.New("dial tcp: connection refused")} {
		if denied(fmt.Errorf("joining: %w", err)) {
			t.Errorf("%v stops the worker", err)
		}
	}
	for _, err := range []error{kafka.SASLAuthenticationFailed, kafka.GroupAuthorizationFailed, kafka.TopicAuthorizationFailed} {
		if !denied(fmt.Errorf("joining: %w", err)) {
			t.Errorf("%v does not stop the worker", err)
		}
	}
}

func TestClassify(t *testing.T) {
	transient := []error{kafka.NotEnoughReplicas, kafka.LeaderNotAvailable, kafka.RequestTimedOut, io.EOF, context.DeadlineExceeded,
		&net.OpError{Op: "dial", Err: errors.New("connection refused")}}
	for _, err := range transient {
		if !errors.Is(classify(err), pipeline.ErrTransient) {
			t.Errorf("%v is not transient", err)
		}
	}
	for _, err := range []error{kafka.SASLAuthenticationFailed, kafka.TopicAuthorizationFailed} {
		if errors.Is(classify(err), pipeline.ErrTransient) {
			t.Errorf("%v is transient", err)
		}
	}
}

func TestConfigValidate(t *testing.T) {
	for _, c := range []SourceConfig{{}, {Config: Config{Brokers: []string{"nohost"}}, Topic: "t", GroupID: "g"}, {Config: Config{Brokers: []string{"h:1"}}, GroupID: "g"}} {
		if err := c.Validate(); err == nil {
			t.Errorf("%+v accepted", c)
		}
	}
	c := SourceConfig{Config: Config{Brokers: []string{"127.0.0.1:9092"}}, Topic: "t", GroupID: "g"}
	if err := c.Validate(); err != nil {
		t.Error(err)
	}
}
