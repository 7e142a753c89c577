package kafkaio

import (
	"context"
	"errors"
	"io"
	"net"
	"regexp"
	"strconv"
	"strings"
	"syscall"

	"github.com/segmentio/kafka-go"

	"github.com/quotewire/quotewire/pipeline"
)

// classify gives an error from kafka-go its pipeline class: network and
// timeout trouble and retriable broker errors are transient (they match
// pipeline.ErrTransient), authentication and authorization failures are
// ClassDenied, anything else ClassFatal. A nil error stays nil; an error
// that already has a class keeps it.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var pe *pipeline.Error
	if errors.As(err, &pe) {
		return err
	}
	return &pipeline.Error{Class: classOf(err), Err: err}
}

// classOf is the class of a kafka-go error.
func classOf(err error) pipeline.Class {
	var kerr kafka.Error
	if errors.As(err, &kerr) {
		return codeClass(kerr)
	}
	var nerr net.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &nerr) && nerr.Timeout():
		return pipeline.ClassTimeout
	case errors.As(err, &nerr), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, net.ErrClosed),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return pipeline.ClassNetwork
	}
	return textClass(err.Error())
}

// codeClass is the class of a Kafka error code.
func codeClass(kerr kafka.Error) pipeline.Class {
	switch kerr {
	case kafka.SASLAuthenticationFailed, kafka.UnsupportedSASLMechanism, kafka.IllegalSASLState,
		kafka.GroupAuthorizationFailed, kafka.TopicAuthorizationFailed, kafka.ClusterAuthorizationFailed,
		kafka.TransactionalIDAuthorizationFailed, kafka.DelegationTokenAuthorizationFailed, kafka.InvalidGroupId:
		return pipeline.ClassDenied
	case kafka.RebalanceInProgress, kafka.IllegalGeneration, kafka.UnknownMemberId, kafka.MemberIDRequired:
		return pipeline.ClassRebalance
	case kafka.RequestTimedOut:
		return pipeline.ClassTimeout
	case kafka.NetworkException:
		return pipeline.ClassNetwork
	}
	if kerr.Temporary() {
		return pipeline.ClassBroker
	}
	return pipeline.ClassFatal
}

// kafkaCode finds a Kafka error code in a message, as kafka-go prints them:
// "[15] Group Coordinator Not Available: ...".
var kafkaCode = regexp.MustCompile(`\[(-?\d+)\] [A-Z]`)

// textClass classifies an error known only by its text: kafka-go's log
// lines, and errors it formats with %v.
func textClass(msg string) pipeline.Class {
	if m := kafkaCode.FindStringSubmatch(msg); m != nil {
		if n, err := strconv.Atoi(m[1]); err == nil {
			return codeClass(kafka.Error(n))
		}
	}
	low := strings.ToLower(msg)
	for _, s := range []string{"i/o timeout", "timed out", "deadline exceeded", "timeout"} {
		if strings.Contains(low, s) {
			return pipeline.ClassTimeout
		}
	}
	for _, s := range []string{"connection refused", "connection reset", "broken pipe", "eof", "use of closed network connection",
		"no such host", "network is unreachable", "dial tcp"} {
		if strings.Contains(low, s) {
			return pipeline.ClassNetwork
		}
	}
	return pipeline.ClassFatal
}

// denied reports errors no retry can fix: the cluster refuses who we are or
// what we ask. A worker stops on them (exit status 1).
func denied(err error) bool { return pipeline.ClassOf(classify(err)) == pipeline.ClassDenied }

// transient reports whether err is worth retrying.
func transient(err error) bool { return errors.Is(classify(err), pipeline.ErrTransient) }
