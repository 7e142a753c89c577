package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/peterbourgon/ff/v3/ffcli"
	"golang.org/x/sync/errgroup"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/fileio"
)

// extractorVersion is the version records carry with the embedded model.
func extractorVersion() string {
	if m, err := extractor.DefaultModel(); err == nil {
		return extractor.Version + "+model." + m.ID()
	}
	return extractor.Version
}
func schemaVersion() int { return extractor.SchemaVersion }

func extractCmd(stdin io.Reader, stdout, stderr io.Writer) *ffcli.Command {
	fs := flag.NewFlagSet("quotewire extract", flag.ContinueOnError)
	pretty := fs.Bool("pretty", false, "indent each record for people (the output is then not JSON lines)")
	workers := fs.Int("concurrency", defaultConcurrency(), "articles extracted in parallel")
	maxBytes := fs.Int("max-bytes", 16<<20, "largest article accepted, in bytes")
	quiet := fs.Bool("quiet", false, "no progress or summary on stderr")
	model := fs.String("model", os.Getenv(modelEnv), usage["model"]+" (or "+modelEnv+")")
	return &ffcli.Command{
		Name:       "extract",
		ShortUsage: "quotewire extract [--pretty] [FILE|-]...",
		ShortHelp:  "Extract quotes from articles: .txt, .json, .jsonl/.ndjson files or stdin; one JSON record per article on stdout.",
		FlagSet:    fs,
		Exec: func(ctx context.Context, args []string) error {
			args, err := interspersed(fs, args)
			if err != nil {
				return err
			}
			if len(args) == 0 {
				return usagef("extract: name at least one FILE, or - for stdin")
			}
			if *workers < 1 || *maxBytes < 1 {
				return usagef("extract: --concurrency and --max-bytes must be at least 1")
			}
			progress := stderr
			if *quiet {
				progress = io.Discard
			}
			return runExtract(ctx, extractOptions{args: args, stdin: stdin, stdout: stdout, stderr: stderr, progress: progress,
				workers: *workers, maxBytes: *maxBytes, pretty: *pretty, model: *model})
		},
	}
}

type extractOptions struct {
	args                     []string
	stdin                    io.Reader
	stdout, stderr, progress io.Writer
	workers, maxBytes        int
	pretty                   bool
	model                    string
}

// Topics of the extract pipeline: records go to stdout, dead letters are
// reported on stderr.
const (
	extractRecords = "records"
	extractErrors  = "errors"
)

// runExtract runs the worker's pipeline.Runner over files: a fileio
// Source reads the inputs in order, the Runner extracts on its pool and
// writes records in input order to a fileio Sink on stdout, and every
// input it cannot process is reported with its place. Every goroutine has
// ended when it returns.
func runExtract(ctx context.Context, o extractOptions) error {
	x, err := newExtractor(o.model, extractor.WithMaxBytes(o.maxBytes))
	if err != nil {
		return err
	}
	var mu sync.Mutex
	failed := 0
	report := func(where string, class pipeline.Class, msg string) {
		mu.Lock()
		defer mu.Unlock()
		failed++
		if class != "" {
			msg = string(class) + ": " + msg
		}
		fmt.Fprintf(o.stderr, "quotewire extract: %s: %s\n", where, msg)
	}
	src := fileio.NewSource(o.args, o.stdin, func(where string, err error) { report(where, "", err.Error()) })
	defer src.Close()
	sink := fileio.NewSink(fileio.SinkConfig{Out: o.stdout, OutputTopic: extractRecords, Pretty: o.pretty, Report: report})
	runner, err := pipeline.NewRunner(pipeline.Config{OutputTopic: extractRecords, DLQTopic: extractErrors, Concurrency: o.workers,
		MaxBytes: o.maxBytes, MaxInFlight: 16 * o.workers, ShutdownTimeout: 5 * time.Second}, src, sink, x)
	if err != nil {
		return err
	}
	start := time.Now()
	g, gctx := errgroup.WithContext(ctx)
	done := make(chan struct{})
	g.Go(func() error {
		defer close(done)
		return runner.Run(gctx)
	})
	g.Go(func() error {
		t := time.NewTicker(2 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-done:
				return nil
			case <-t.C:
				st := runner.Stats()
				fmt.Fprintf(o.progress, "quotewire extract: %s, %s so far\n",
					plural(st.Articles-st.Dead, "article", "articles"), plural(st.Quotes, "quote", "quotes"))
			}
		}
	})
	err = g.Wait()
	if cerr := sink.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	el := time.Since(start)
	st := runner.Stats()
	fmt.Fprintf(o.progress, "quotewire extract: %s, %s, %d failed in %s (%.2f MB/s)\n",
		plural(st.Articles-st.Dead, "article", "articles"), plural(st.Quotes, "quote", "quotes"), failed,
		el.Round(time.Millisecond), float64(src.Bytes())/1e6/max(el.Seconds(), 1e-9))
	if failed > 0 {
		return errFailed
	}
	return nil
}
