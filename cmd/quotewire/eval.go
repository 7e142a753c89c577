package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/peterbourgon/ff/v3/ffcli"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/internal/score"
)

func evalCmd(stdout, stderr io.Writer) *ffcli.Command {
	fs := flag.NewFlagSet("quotewire eval", flag.ContinueOnError)
	subset := fs.String("subset", score.SubsetAll, "gold quotes to score: all, speech, required or direct")
	nerr := fs.Int("errors", 10, "examples of misses, spurious quotes and wrong speakers to print")
	model := fs.String("model", os.Getenv(modelEnv), usage["model"]+" (or "+modelEnv+")")
	asJSON := fs.Bool("json", false, "print the metrics as one JSON object (score.py --json field names)")
	return &ffcli.Command{
		Name:       "eval",
		ShortUsage: "quotewire eval GOLD.jsonl [--subset all|speech|required|direct] [--errors N] [--json]",
		ShortHelp:  "Extract the gold articles and print the reference metrics, a breakdown by quote type and examples of errors.",
		FlagSet:    fs,
		Exec: func(ctx context.Context, args []string) error {
			args, err := interspersed(fs, args)
			if err != nil {
				return err
			}
			if len(args) != 1 {
				return usagef("eval: name one GOLD.jsonl file")
			}
			if !slices.Contains([]string{score.SubsetAll, score.SubsetSpeech, score.SubsetRequired, score.SubsetDirect}, *subset) {
				return usagef("eval: --subset must be all, speech, required or direct, not %q", *subset)
			}
			x, err := newExtractor(*model)
			if err != nil {
				return err
			}
			gold, err := score.ReadGold(args[0])
			if err != nil {
				return err
			}
			start := time.Now()
			pred := make(map[string]extractor.Result, len(gold))
			var size int
			for _, g := range gold {
				r, err := x.Extract(ctx, extractor.Article{ID: g.ID, Text: g.Text})
				if err != nil {
					return fmt.Errorf("extracting %s: %w", g.ID, err)
				}
				pred[g.ID] = r
				size += len(g.Text)
			}
			el := time.Since(start)
			rep := score.Score(gold, pred, *subset, *nerr)
			if *asJSON {
				return json.NewEncoder(stdout).Encode(rep)
			}
			printReport(stdout, rep, *subset, len(gold), size, el)
			for _, e := range rep.Errors {
				fmt.Fprintln(stdout, errorLine(e))
			}
			return nil
		},
	}
}

// errorLine is one example of an error: a missed quote has no prediction,
// and shows the gold cue on its own.
func errorLine(e score.Error) string {
	if e.Kind == "missed" {
		return fmt.Sprintf("%-8s %s\tgold=%q cue=%q pred=-\t%q", e.Kind, e.ArticleID, e.Gold, e.Cue, e.Text)
	}
	return fmt.Sprintf("%-8s %s\tgold=%q pred=%q\t%q", e.Kind, e.ArticleID, e.Gold, e.Pred, e.Text)
}

func printReport(w io.Writer, r score.Report, subset string, n, size int, el time.Duration) {
	opt := func(p *float64) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprintf("%.4f", *p)
	}
	fmt.Fprintf(w, "subset %s: %s (%d without a record), %d gold segments, %d predicted; extracted in %s (%.2f MB/s)\n",
		subset, plural(int64(n), "article", "articles"), r.Missing, r.Gold, r.Pred, el.Round(time.Millisecond), float64(size)/1e6/max(el.Seconds(), 1e-9))
	fmt.Fprintf(w, "overlap_p      %.4f\noverlap_r      %.4f\noverlap_f1     %.4f\nexact_f1       %.4f\n", r.OverlapP, r.OverlapR, r.OverlapF1, r.ExactF1)
	fmt.Fprintf(w, "speaker_acc    %s\nattribution_f1 %.4f\ncue_acc        %s\nrole_acc       %s\n", opt(r.SpeakerAcc), r.AttributionF1, opt(r.CueAcc), opt(r.RoleAcc))
	fmt.Fprintf(w, "ece            %s (mean confidence %s, share right %s)\n", opt(r.ECE), opt(r.MeanConfidence), opt(r.ShareRight))
	for _, b := range r.Calibration {
		fmt.Fprintf(w, "calibration %.1f-%.1f %5d segments, confidence %.3f, right %.3f\n", b.Lo, b.Hi, b.N, b.MeanConfidence, b.ShareRight)
	}
	types := make([]string, 0, len(r.ByType))
	for t := range r.ByType {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		v := r.ByType[t]
		fmt.Fprintf(w, "recall %-9s %4d/%-4d %.3f\n", t, v[0], v[1], float64(v[0])/float64(max(v[1], 1)))
	}
}
