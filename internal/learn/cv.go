package learn

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/internal/score"
)

// CVReport is the outcome of a cross-validation: for the folded file, the
// figures of three extractors on articles none of them was trained on.
type CVReport struct {
	File  string
	Folds int
	// Rows are metric rows: one per subset and measure.
	Rows []CVRow
}

// CVRow is one measure of the three extractors.
type CVRow struct {
	Subset, Measure string
	// Rules is the extractor with its hand-set decisions; Base the model
	// trained without the folded file; Adapted the model trained with the
	// other folds of it too. A value is NaN where it does not apply.
	Rules, Base, Adapted float64
}

// String prints the report as a table, with the gain of annotating the
// folded file's articles (Adapted - Base).
func (r CVReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d-fold cross-validation on %s: each article scored by models that never saw it\n", r.Folds, filepath.Base(r.File))
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "subset\tmeasure\trules\tbase model\tadapted\tgain\t")
	for _, row := range r.Rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t\n", row.Subset, row.Measure, f3(row.Rules), f3(row.Base), f3(row.Adapted), signed(row.Adapted-row.Base))
	}
	tw.Flush()
	b.WriteString("base model: trained on the other files; adapted: on the other files and the other folds; gain = adapted - base\n")
	return b.String()
}

func f3(v float64) string {
	if v != v {
		return "-"
	}
	return fmt.Sprintf("%.3f", v)
}

func signed(v float64) string {
	if v != v {
		return "-"
	}
	return fmt.Sprintf("%+.3f", v)
}

// CrossValidate folds the articles of the file cv (default: the last of
// srcs) k ways. For each fold it trains a model on everything else and
// extracts the fold's articles with it; it compares those records with the
// rules alone and with a model trained without the folded file.
func CrossValidate(ctx context.Context, srcs []*Source, cv string, k int, o Options) (CVReport, error) {
	ci := len(srcs) - 1
	if cv != "" {
		ci = -1
		for i, s := range srcs {
			if s.Path == cv || filepath.Clean(s.Path) == filepath.Clean(cv) {
				ci = i
			}
		}
		if ci < 0 {
			return CVReport{}, fmt.Errorf("--cv %s is not one of the files of articles given", cv)
		}
	}
	fold := srcs[ci]
	if len(fold.Gold) < k {
		return CVReport{}, fmt.Errorf("%s has %d articles, fewer than %d folds", fold.Path, len(fold.Gold), k)
	}
	rules, err := extractor.New(extractor.WithRulesOnly())
	if err != nil {
		return CVReport{}, err
	}
	all, err := extractCandidates(ctx, rules, srcs, o.Progress)
	if err != nil {
		return CVReport{}, err
	}
	preds := map[string]map[string]extractor.Result{"rules": {}, "base": {}, "adapted": {}}
	if err := predictAll(ctx, rules, fold, nil, preds["rules"]); err != nil {
		return CVReport{}, err
	}
	heldAll := map[int64]bool{}
	for ai := range fold.Gold {
		heldAll[key(ci, ai)] = true
	}
	if len(srcs) > 1 {
		o.Progress.say("training the base model (without %s)", filepath.Base(fold.Path))
		m, err := fitModel(srcs, all, heldAll, o)
		if err != nil {
			return CVReport{}, err
		}
		if err := predictWith(ctx, m, fold, nil, preds["base"]); err != nil {
			return CVReport{}, err
		}
	}
	for f := range k {
		held := map[int64]bool{}
		var arts []int
		for ai := range fold.Gold {
			if ai%k == f {
				held[key(ci, ai)] = true
				arts = append(arts, ai)
			}
		}
		o.Progress.say("fold %d/%d: training without %d articles", f+1, k, len(arts))
		m, err := fitModel(srcs, all, held, o)
		if err != nil {
			return CVReport{}, err
		}
		if err := predictWith(ctx, m, fold, arts, preds["adapted"]); err != nil {
			return CVReport{}, err
		}
	}
	rep := CVReport{File: fold.Path, Folds: k}
	subsets := []string{score.SubsetDirect, score.SubsetSpeech, score.SubsetAll}
	if fold.Names {
		subsets = []string{score.SubsetRequired, score.SubsetAll}
	}
	for _, sub := range subsets {
		var rs [3]score.Report
		for i, name := range []string{"rules", "base", "adapted"} {
			if len(preds[name]) > 0 {
				rs[i] = score.Score(fold.Gold, preds[name], sub, 0)
			}
		}
		has := func(i int) bool { return len(preds[[]string{"rules", "base", "adapted"}[i]]) > 0 }
		for _, m := range []struct {
			name string
			get  func(score.Report) *float64
		}{
			{"P", func(r score.Report) *float64 { return &r.OverlapP }},
			{"R", func(r score.Report) *float64 { return &r.OverlapR }},
			{"F1", func(r score.Report) *float64 { return &r.OverlapF1 }},
			{"speaker", func(r score.Report) *float64 { return r.SpeakerAcc }},
			{"attribution F1", func(r score.Report) *float64 { return &r.AttributionF1 }},
			{"role", func(r score.Report) *float64 { return r.RoleAcc }},
			{"ECE", func(r score.Report) *float64 { return r.ECE }},
		} {
			row := CVRow{Subset: sub, Measure: m.name}
			vals := [3]*float64{}
			for i := range 3 {
				if has(i) {
					vals[i] = m.get(rs[i])
				}
			}
			if vals[0] == nil && vals[2] == nil {
				continue
			}
			row.Rules, row.Base, row.Adapted = val(vals[0]), val(vals[1]), val(vals[2])
			rep.Rows = append(rep.Rows, row)
		}
	}
	return rep, nil
}

func val(p *float64) float64 {
	if p == nil {
		return nan()
	}
	return *p
}

func nan() float64 {
	var zero float64
	return zero / zero
}

// predictWith extracts the articles arts (all when nil) of s with model m.
func predictWith(ctx context.Context, m *extractor.Model, s *Source, arts []int, into map[string]extractor.Result) error {
	x, err := extractor.New(extractor.WithModel(m))
	if err != nil {
		return err
	}
	return predictAll(ctx, x, s, arts, into)
}

func predictAll(ctx context.Context, x *extractor.Extractor, s *Source, arts []int, into map[string]extractor.Result) error {
	if arts == nil {
		for ai := range s.Gold {
			arts = append(arts, ai)
		}
	}
	for _, ai := range arts {
		g := s.Gold[ai]
		r, err := x.Extract(ctx, extractor.Article{ID: g.ID, Text: g.Text})
		if err != nil {
			return fmt.Errorf("%s: %w", g.ID, err)
		}
		into[g.ID] = r
	}
	return nil
}
