package pipeline

import (
	"context"
	"errors"
	"slices"
)

// Class sorts every failure the pipeline meets. A poison class names input
// that can never be processed: the message goes to the dead-letter topic
// with the class in the quotewire-error-class header, and `quotewire dlq
// replay --class` selects by it. A runtime class names trouble with the
// cluster: transient classes are retried with backoff and never committed
// past; the others stop the worker. Every error counted in
// quotes_errors_total{stage,class} carries one.
type Class string

// Poison classes: the message is dead-lettered and committed.
const (
	ClassInvalidJSON  Class = "invalid_json"
	ClassInvalidUTF8  Class = "invalid_utf8"
	ClassMissingID    Class = "missing_id"
	ClassMissingText  Class = "missing_text"
	ClassTooLarge     Class = "too_large"
	ClassExtractPanic Class = "extract_panic"
	ClassExtractError Class = "extract_error"
	// ClassRecordRefused: the article was extracted, but the broker refused
	// its attribution record for good (too large for the output topic).
	// Replaying it helps only once the output topic takes larger records,
	// which is why it is not extract_error.
	ClassRecordRefused Class = "record_refused"
)

// Runtime classes.
const (
	// ClassNetwork: the connection failed (refused, reset, closed). Transient.
	ClassNetwork Class = "network"
	// ClassTimeout: a request or dial timed out. Transient.
	ClassTimeout Class = "timeout"
	// ClassBroker: the broker answered with a retriable error (no leader,
	// not enough replicas, coordinator loading...). Transient.
	ClassBroker Class = "broker"
	// ClassRebalance: the group is rebalancing. Transient.
	ClassRebalance Class = "rebalance"
	// ClassDenied: authentication or authorization failed. Fatal.
	ClassDenied Class = "denied"
	// ClassFatal: any other error no retry can fix. Fatal.
	ClassFatal Class = "fatal"
)

// PoisonClasses lists the dead-letter classes, in the order DESIGN.md gives
// them (record_refused last: it was added with it).
func PoisonClasses() []Class {
	return []Class{ClassInvalidJSON, ClassInvalidUTF8, ClassMissingID, ClassMissingText, ClassTooLarge,
		ClassExtractPanic, ClassExtractError, ClassRecordRefused}
}

// Poison reports whether c is a dead-letter class.
func (c Class) Poison() bool { return slices.Contains(PoisonClasses(), c) }

// Transient reports whether errors of class c are retried.
func (c Class) Transient() bool {
	switch c {
	case ClassNetwork, ClassTimeout, ClassBroker, ClassRebalance:
		return true
	}
	return false
}

// Error is a failure with its class. Input errors (DecodeArticle), the
// classified errors of a Source or Sink and a refused record are all
// *Error. An Error of a transient class matches ErrTransient with
// errors.Is.
type Error struct {
	Class Class
	Err   error
}

func (e *Error) Error() string { return string(e.Class) + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Is makes a transient *Error match ErrTransient.
func (e *Error) Is(target error) bool { return target == ErrTransient && e.Class.Transient() }

// Errorf returns an *Error of class c.
func Errorf(c Class, err error) error { return &Error{Class: c, Err: err} }

// ClassOf returns the class of err: the class of the outermost *Error it
// wraps; ClassRecordRefused for a *RecordError; for other errors wrapping ErrTransient, ClassBroker; for a
// context's error, ClassTimeout; else ClassFatal. ClassOf(nil) is "".
func ClassOf(err error) Class {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Class
	}
	var re *RecordError
	if errors.As(err, &re) {
		return ClassRecordRefused
	}
	if errors.Is(err, ErrTransient) {
		return ClassBroker
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return ClassTimeout
	}
	return ClassFatal
}
