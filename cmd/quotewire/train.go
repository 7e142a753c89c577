package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/peterbourgon/ff/v3/ffcli"

	"github.com/quotewire/quotewire/internal/learn"
)

func trainCmd(stdout, stderr io.Writer) *ffcli.Command {
	fs := flag.NewFlagSet("quotewire train", flag.ContinueOnError)
	out := fs.String("o", "", "write the model to this file (default: stdout)")
	folds := fs.Int("folds", 0, "report K-fold cross-validated figures instead of writing a model (K >= 2)")
	cv := fs.String("cv", "", "with --folds: the file whose articles are folded (default: the last file of articles)")
	maxWeight := fs.Float64("max-source-weight", 8, "cap on the weight of a small file's examples beside the largest file's")
	quiet := fs.Bool("quiet", false, "no progress on stderr")
	sgd := fs.Bool("sgd", false, "fit by stochastic AdaGrad steps (the earlier optimiser) instead of the full-batch minimum")
	seed := fs.Uint64("seed", 1, "with --sgd: the seed of the examples' order")
	return &ffcli.Command{
		Name:       "train",
		ShortUsage: "quotewire train GOLD.jsonl... [-o MODEL] [--folds K [--cv FILE]]",
		ShortHelp:  "Learn the extractor's decisions (is a candidate a quote; its confidence) from annotated articles.",
		LongHelp: "GOLD files are in the formats of ../shared/eval: articles with PolNeAR-style spans, articles in\n" +
			"quotewire's own schema (canonical speakers, as bbc_dev.jsonl), and names-and-roles files that give\n" +
			"canonical speakers to quotes of articles in another file. The same files always give the same model.",
		FlagSet: fs,
		Exec: func(ctx context.Context, args []string) error {
			args, err := interspersed(fs, args)
			if err != nil {
				return err
			}
			if len(args) == 0 {
				return usagef("train: name at least one GOLD.jsonl file")
			}
			if *folds == 1 || *folds < 0 {
				return usagef("train: --folds must be 2 or more, not %d", *folds)
			}
			if *cv != "" && *folds == 0 {
				return usagef("train: --cv needs --folds")
			}
			srcs, err := learn.ReadSources(args)
			if err != nil {
				return usageError{err}
			}
			o := learn.Options{MaxSourceWeight: *maxWeight, SGD: *sgd, Seed: *seed}
			start := time.Now()
			if !*quiet {
				o.Progress = func(format string, a ...any) {
					fmt.Fprintf(stderr, "train: %s (%.1fs)\n", fmt.Sprintf(format, a...), time.Since(start).Seconds())
				}
			}
			if *folds > 0 {
				rep, err := learn.CrossValidate(ctx, srcs, *cv, *folds, o)
				if err != nil {
					return err
				}
				_, err = io.WriteString(stdout, rep.String())
				return err
			}
			m, err := learn.Train(ctx, srcs, o)
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if _, err := m.WriteTo(&buf); err != nil {
				return err
			}
			if *out == "" {
				_, err = stdout.Write(buf.Bytes())
				return err
			}
			if err := writeFileAtomic(*out, buf.Bytes()); err != nil {
				return err
			}
			if !*quiet {
				fmt.Fprintf(stderr, "train: wrote model %s to %s (%d bytes) in %.1fs\n", m.ID(), *out, buf.Len(), time.Since(start).Seconds())
			}
			return nil
		},
	}
}

// writeFileAtomic writes b to path through a temporary file in the same
// folder, so a reader never sees half a model.
func writeFileAtomic(path string, b []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".model-*")
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return err
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		os.Remove(f.Name())
		return err
	}
	return os.Rename(f.Name(), path)
}
