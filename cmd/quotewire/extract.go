package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/peterbourgon/ff/v3/ffcli"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/pipeline"
)

func extractorVersion() string { return extractor.Version }
func schemaVersion() int       { return extractor.SchemaVersion }

func extractCmd(stdin io.Reader, stdout, stderr io.Writer) *ffcli.Command {
	fs := flag.NewFlagSet("quotewire extract", flag.ContinueOnError)
	pretty := fs.Bool("pretty", false, "indent each record for people (the output is then not JSON lines)")
	workers := fs.Int("concurrency", runtime.GOMAXPROCS(0), "articles extracted in parallel")
	maxBytes := fs.Int("max-bytes", 16<<20, "largest article text accepted, in bytes")
	quiet := fs.Bool("quiet", false, "no progress or summary on stderr")
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
			if *workers < 1 {
				return usagef("extract: --concurrency must be at least 1")
			}
			x, err := extractor.New(extractor.WithMaxBytes(*maxBytes))
			if err != nil {
				return err
			}
			progress := stderr
			if *quiet {
				progress = io.Discard
			}
			return runExtract(ctx, x, args, stdin, stdout, stderr, progress, *workers, *pretty)
		},
	}
}

// job is one article to extract, or an input error to report in order.
type job struct {
	where   string // file:line, for messages
	article extractor.Article
	err     error
	done    chan struct{}
	result  extractor.Result
}

// runExtract reads every input in order, extracts on a pool of workers, and
// writes records in input order.
func runExtract(ctx context.Context, x *extractor.Extractor, args []string, stdin io.Reader, stdout, stderr, progress io.Writer, workers int, pretty bool) error {
	jobs := make(chan *job, workers*4)
	ordered := make(chan *job, workers*4)
	go func() {
		defer close(jobs)
		defer close(ordered)
		for _, arg := range args {
			err := readInput(arg, stdin, func(j *job) bool {
				j.done = make(chan struct{})
				if j.err != nil {
					close(j.done)
				} else {
					select {
					case jobs <- j:
					case <-ctx.Done():
						return false
					}
				}
				select {
				case ordered <- j:
					return true
				case <-ctx.Done():
					return false
				}
			})
			if err != nil {
				j := &job{where: arg, err: err, done: make(chan struct{})}
				close(j.done)
				select {
				case ordered <- j:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	for range workers {
		go func() {
			for j := range jobs {
				j.result, j.err = x.Extract(ctx, j.article)
				close(j.done)
			}
		}()
	}

	w := bufio.NewWriterSize(stdout, 1<<16)
	defer w.Flush()
	start := time.Now()
	lastReport := start
	var articles, quotes, failed, bytesIn int
	for j := range ordered {
		<-j.done
		if j.err != nil {
			failed++
			fmt.Fprintf(stderr, "quotewire extract: %s: %v\n", j.where, j.err)
			continue
		}
		var b []byte
		var err error
		if pretty {
			b, err = json.MarshalIndent(j.result, "", "  ")
		} else {
			b, err = pipeline.EncodeRecord(j.result)
		}
		if err != nil {
			return err
		}
		w.Write(b)
		if err := w.WriteByte('\n'); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		articles++
		quotes += len(j.result.Quotes)
		bytesIn += len(j.article.Text)
		if time.Since(lastReport) > 2*time.Second {
			lastReport = time.Now()
			fmt.Fprintf(progress, "quotewire extract: %d articles, %d quotes so far\n", articles, quotes)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	el := time.Since(start)
	fmt.Fprintf(progress, "quotewire extract: %d articles, %d quotes, %d failed in %s (%.2f MB/s)\n",
		articles, quotes, failed, el.Round(time.Millisecond), float64(bytesIn)/1e6/max(el.Seconds(), 1e-9))
	if failed > 0 {
		return errFailed
	}
	return nil
}

// readInput reads one argument and calls emit for each article or per-line
// error, in order. It returns an error only when the whole input is unusable.
func readInput(arg string, stdin io.Reader, emit func(*job) bool) error {
	return readRaw(arg, stdin, func(where string, key, value []byte, err error) bool {
		if err != nil {
			return emit(&job{where: where, err: err})
		}
		a, err := pipeline.DecodeArticle(key, value, len(value)+1)
		return emit(&job{where: where, article: a, err: err})
	})
}

// readRaw reads one argument and calls emit with each article's id and its
// value as the worker would receive it: the article object, or plain text
// (a plain text that starts with '{' is wrapped in an object, so that it is
// not read as JSON). emit gets per-article errors; readRaw returns an error
// only when the whole input is unusable.
func readRaw(arg string, stdin io.Reader, emit func(where string, key, value []byte, err error) bool) error {
	var r io.Reader
	name := arg
	format := strings.ToLower(filepath.Ext(arg))
	if arg == "-" {
		br := bufio.NewReader(stdin)
		name = "stdin"
		format = ".txt"
		if peekJSON(br) {
			format = ".jsonl"
		}
		r = br
	} else {
		switch format {
		case ".txt", ".json", ".jsonl", ".ndjson":
		default:
			return fmt.Errorf("unknown input format %q: use .txt, .json, .jsonl or .ndjson, or - for stdin", format)
		}
		f, err := os.Open(arg)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	object := func(where string, b []byte) bool {
		b = bytes.TrimSpace(b)
		if !bytes.HasPrefix(b, []byte("{")) {
			return emit(where, nil, nil, errors.New("expected an article object"))
		}
		a, err := pipeline.DecodeArticle(nil, b, len(b)+1)
		if err != nil {
			return emit(where, nil, nil, err)
		}
		return emit(where, []byte(a.ID), b, nil)
	}
	switch format {
	case ".txt":
		b, err := io.ReadAll(r)
		if err != nil {
			return fmt.Errorf("reading: %w", err)
		}
		id := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
		if bytes.HasPrefix(bytes.TrimSpace(b), []byte("{")) {
			if !utf8.Valid(b) {
				emit(name, nil, nil, errors.New("text is not valid UTF-8"))
				return nil
			}
			b, _ = json.Marshal(map[string]string{"id": id, "text": string(b)})
		}
		emit(name, []byte(id), b, nil)
	case ".json":
		b, err := io.ReadAll(r)
		if err != nil {
			return fmt.Errorf("reading: %w", err)
		}
		object(name, b)
	case ".jsonl", ".ndjson":
		br, ok := r.(*bufio.Reader)
		if !ok {
			br = bufio.NewReaderSize(r, 1<<20)
		}
		for n := 1; ; n++ {
			line, err := br.ReadBytes('\n') // no line-length limit: gold lines exceed 100 KB
			if len(bytes.TrimSpace(line)) > 0 {
				if !object(fmt.Sprintf("%s:%d", name, n), line) {
					return nil
				}
			}
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return fmt.Errorf("reading: %w", err)
			}
		}
	}
	return nil
}

// peekJSON reports whether the first non-space byte is '{'.
func peekJSON(br *bufio.Reader) bool {
	for n := 1; ; n++ {
		b, err := br.Peek(n)
		if len(b) < n || err != nil {
			return false
		}
		c := b[n-1]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			continue
		}
		return c == '{'
	}
}
