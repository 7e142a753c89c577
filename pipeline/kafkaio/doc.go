// Package kafkaio adapts segmentio/kafka-go to pipeline's Source and Sink.
// It is the only package that imports kafka-go: TLS and SASL are built here
// from plain configuration (file names, a mechanism name, a user and a
// password), so callers never need kafka-go's types.
//
// The Source is built on kafka.ConsumerGroup rather than kafka.Reader:
// a Reader has no partition-revocation hook, so it cannot promise that a
// worker never commits for a partition it lost. Each generation of the
// group runs one partition reader per assigned partition, and a commit is
// made only through the generation that fetched the message.
//
// Every retry in this package (joining the group, fetching, reading and
// creating topics) uses internal/retry's backoff: 100 ms doubling to 10 s,
// with jitter. Errors leave it classified (pipeline.Class): transient ones
// match pipeline.ErrTransient, authentication and authorization failures
// are pipeline.ClassDenied and stop a worker.
//
// One file per concern: config (Config, connections), sasl (TLS and SASL),
// errors (classification), logger (kafka-go's logs to slog), admin (topics
// and metadata), lag, source, sink and read (reading a topic outside any
// group).
package kafkaio
