package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/peterbourgon/ff/v3"
	"github.com/peterbourgon/ff/v3/ffcli"

	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/kafkaio"
)

func produceCmd(stdin io.Reader, stderr io.Writer) *ffcli.Command {
	fs := flag.NewFlagSet("quotewire produce", flag.ContinueOnError)
	var k kafkaFlags
	k.register(fs)
	topic := fs.String("input-topic", "articles", "topic to publish the articles to")
	batch := fs.Int("batch", 500, "articles per write")
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
			log, _ := newLogger(stderr, "warn", "text")
			cfg, err := k.config(log)
			if err != nil {
				return err
			}
			sink, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: cfg})
			if err != nil {
				return err
			}
			defer sink.Close()
			return produce(ctx, sink, *topic, args, stdin, stderr, max(*batch, 1))
		},
	}
}

// produce publishes every article of the inputs; each value is the
// article as JSON (or the plain text of a .txt file), keyed by its id.
func produce(ctx context.Context, sink pipeline.Sink, topic string, args []string, stdin io.Reader, stderr io.Writer, batch int) error {
	start := time.Now()
	var sent, failed, size int
	var recs []pipeline.Record
	flush := func() error {
		if len(recs) == 0 {
			return nil
		}
		if err := sink.Write(ctx, recs...); err != nil {
			return fmt.Errorf("publishing to %s: %w", topic, err)
		}
		sent += len(recs)
		recs = recs[:0]
		fmt.Fprintf(stderr, "quotewire produce: %d articles published\n", sent)
		return nil
	}
	for _, arg := range args {
		var werr error
		err := readRaw(arg, stdin, func(where string, key, value []byte, err error) bool {
			if err != nil {
				failed++
				fmt.Fprintf(stderr, "quotewire produce: %s: %v\n", where, err)
				return true
			}
			recs = append(recs, pipeline.Record{Topic: topic, Key: key, Value: value})
			size += len(value)
			if len(recs) >= batch {
				if werr = flush(); werr != nil {
					return false
				}
			}
			return true
		})
		if werr != nil {
			return werr
		}
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "quotewire produce: %s: %v\n", arg, err)
		}
	}
	if err := flush(); err != nil {
		return err
	}
	el := time.Since(start)
	fmt.Fprintf(stderr, "quotewire produce: published %d articles (%.1f MB) to %s in %s, %d failed\n",
		sent, float64(size)/1e6, topic, el.Round(time.Millisecond), failed)
	if failed > 0 {
		return errFailed
	}
	return nil
}
