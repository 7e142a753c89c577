package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/peterbourgon/ff/v3"
	"github.com/peterbourgon/ff/v3/ffcli"

	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/fileio"
	"github.com/quotewire/quotewire/pipeline/kafkaio"
)

func produceCmd(stdin io.Reader, stderr io.Writer) *ffcli.Command {
	fs := flag.NewFlagSet("quotewire produce", flag.ContinueOnError)
	var k kafkaFlags
	k.register(fs)
	topic := fs.String("input-topic", "articles", usage["input-topic"])
	batch := fs.Int("batch", 500, "articles per write")
	maxBytes := fs.Int("max-bytes", pipeline.DefaultMaxBytes, usage["max-bytes"])
	quiet := fs.Bool("quiet", false, "no progress or summary on stderr (errors are still reported)")
	return &ffcli.Command{
		Name:       "produce",
		ShortUsage: "quotewire produce [flags] [FILE|-]...",
		ShortHelp:  "Publish articles (.txt, .json, .jsonl, stdin) to the input topic, keyed by article id.",
		FlagSet:    fs,
		Options:    []ff.Option{ff.WithEnvVarPrefix(envPrefix)},
		Exec: func(ctx context.Context, args []string) error {
			args, err := interspersed(fs, args)
			if err != nil {
				return err
			}
			if len(args) == 0 {
				return usagef("produce: name at least one FILE, or - for stdin")
			}
			if *maxBytes < 1 || *batch < 1 {
				return usagef("produce: --max-bytes and --batch must be at least 1")
			}
			log, _ := newLogger(stderr, "warn", "text")
			cfg, err := k.config(log)
			if err != nil {
				return err
			}
			// Batches no larger than the input topic takes (--create-topics
			// makes it --max-bytes plus 64 KiB), so that the broker never
			// refuses a batch of records that each fit.
			sink, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: cfg, MaxRecordBytes: int64(*maxBytes + 64<<10)})
			if err != nil {
				return err
			}
			defer sink.Close()
			progress := stderr
			if *quiet {
				progress = io.Discard
			}
			return produce(ctx, sink, produceOptions{topic: *topic, args: args, stdin: stdin, stderr: stderr, progress: progress,
				batch: *batch, maxBytes: *maxBytes})
		},
	}
}

type produceOptions struct {
	topic            string
	args             []string
	stdin            io.Reader
	stderr, progress io.Writer
	batch, maxBytes  int
}

// produce publishes every article of the inputs, keyed by its id: the
// article object as given, or a .txt file's plain text. An article that
// cannot be read, is invalid, is over --max-bytes (checked here, before
// sending) or is refused by the broker is reported with its place and
// skipped; the rest is published. One summary at the end.
func produce(ctx context.Context, sink pipeline.Sink, o produceOptions) error {
	start := time.Now()
	lastReport := start
	var sent, failed, size int64
	bad := func(where string, err error) {
		failed++
		msg := err.Error()
		if c := pipeline.ClassOf(err); c.Poison() {
			var pe *pipeline.Error
			if errors.As(err, &pe) {
				msg = string(c) + ": " + pe.Err.Error()
			}
		}
		fmt.Fprintf(o.stderr, "quotewire produce: %s: %s\n", where, msg)
	}
	var recs []pipeline.Record
	var wheres []string
	flush := func() error {
		if len(recs) == 0 {
			return nil
		}
		err := pipeline.WriteRetrying(ctx, sink, writeBudget, func(err error, wait time.Duration) {
			fmt.Fprintf(o.stderr, "quotewire produce: publishing failed, retrying in %s: %v\n", wait.Round(time.Millisecond), err)
		}, recs...)
		var re *pipeline.RecordError
		if errors.As(err, &re) {
			for _, i := range re.Index {
				bad(wheres[i], fmt.Errorf("refused by the broker: %w", re.Err))
				size -= int64(len(recs[i].Value))
			}
			sent -= int64(len(re.Index))
			err = nil
		}
		if err != nil {
			return fmt.Errorf("publishing to %s: %w", o.topic, err)
		}
		sent += int64(len(recs))
		recs, wheres = recs[:0], wheres[:0]
		if time.Since(lastReport) > 2*time.Second {
			lastReport = time.Now()
			fmt.Fprintf(o.progress, "quotewire produce: %s published so far\n", plural(sent, "article", "articles"))
		}
		return nil
	}
	r := fileio.NewReader(o.args, o.stdin)
	defer r.Close()
	for {
		in, ok := r.Next()
		if !ok {
			break
		}
		if in.Err != nil {
			bad(in.Where, in.Err)
			continue
		}
		// The worker's checks, here: what it would dead-letter is not sent.
		if _, err := pipeline.DecodeArticle(in.Key, in.Value, o.maxBytes); err != nil {
			bad(in.Where, err)
			continue
		}
		recs = append(recs, pipeline.Record{Topic: o.topic, Key: in.Key, Value: in.Value})
		wheres = append(wheres, in.Where)
		size += int64(len(in.Value))
		if len(recs) >= o.batch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	fmt.Fprintf(o.progress, "quotewire produce: published %s (%.1f MB) to %s in %s, %d failed\n",
		plural(sent, "article", "articles"), float64(size)/1e6, o.topic, time.Since(start).Round(time.Millisecond), failed)
	if failed > 0 {
		return errFailed
	}
	return nil
}

// writeBudget bounds how long a command retries one write that keeps
// failing transiently (a broker that is down).
const writeBudget = 2 * time.Minute
