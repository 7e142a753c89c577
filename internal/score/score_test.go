package score_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/internal/evaldata"
	"github.com/quotewire/quotewire/internal/score"
	"github.com/quotewire/quotewire/internal/testenv"
)

func evalDir(t *testing.T) string {
	t.Helper()
	return evaldata.Dir(t, "polnear_dev.jsonl")
}

func readGold(t *testing.T, path string) []score.Gold {
	t.Helper()
	gold, err := score.ReadGold(path)
	if err != nil {
		t.Fatal(err)
	}
	return gold
}

// writePredictions writes one record per gold article to a JSON lines file
// for the reference scorers, and returns its path.
func writePredictions(t *testing.T, gold []score.Gold, pred map[string]extractor.Result) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "pred.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, g := range gold {
		if err := enc.Encode(pred[g.ID]); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func extractAll(t *testing.T, gold []score.Gold) map[string]extractor.Result {
	t.Helper()
	x, err := extractor.New()
	if err != nil {
		t.Fatal(err)
	}
	pred := map[string]extractor.Result{}
	for _, g := range gold {
		r, err := x.Extract(context.Background(), extractor.Article{ID: g.ID, Text: g.Text})
		if err != nil {
			t.Fatal(err)
		}
		pred[g.ID] = r
	}
	return pred
}

// TestAccuracyRatchet asserts the accuracy the extractor reaches now, less a
// small margin, on the train split, the dev split and BBC dev, and the
// calibration of its confidence (ECE, a ceiling). Raise the floors as it
// improves; never lower them to pass.
func TestAccuracyRatchet(t *testing.T) {
	dir := evalDir(t)
	floors := []struct {
		file, subset        string
		f1, speaker, recall float64
		ece                 float64 // ceiling
	}{
		{"seed.gold.jsonl", score.SubsetRequired, 0.95, 0.99, 0.99, 1},
		{"polnear_train.jsonl", score.SubsetDirect, 0.954, 0.978, 0.947, 0.05},
		{"polnear_train.jsonl", score.SubsetSpeech, 0.871, 0.976, 0.864, 0.05},
		{"polnear_train.jsonl", score.SubsetAll, 0.663, 0.962, 0.525, 0.05},
		{"polnear_dev.jsonl", score.SubsetDirect, 0.967, 0.974, 0.962, 0.06},
		{"polnear_dev.jsonl", score.SubsetSpeech, 0.871, 0.984, 0.863, 0.06},
		{"polnear_dev.jsonl", score.SubsetAll, 0.687, 0.965, 0.556, 0.06},
		{"bbc_dev.jsonl", score.SubsetRequired, 0.985, 0.975, 0.987, 0.10},
	}
	cache := map[string]map[string]extractor.Result{}
	for _, fl := range floors {
		gold := readGold(t, filepath.Join(dir, fl.file))
		if cache[fl.file] == nil {
			cache[fl.file] = extractAll(t, gold)
		}
		r := score.Score(gold, cache[fl.file], fl.subset, 0)
		t.Logf("%s %s: overlap_f1 %.4f recall %.4f speaker_acc %.4f ece %.4f", fl.file, fl.subset, r.OverlapF1, r.OverlapR, *r.SpeakerAcc, *r.ECE)
		if r.OverlapF1 < fl.f1 || r.OverlapR < fl.recall || *r.SpeakerAcc < fl.speaker {
			t.Errorf("%s %s fell below its floor: f1 %.4f (floor %.3f), recall %.4f (%.3f), speaker %.4f (%.3f)",
				fl.file, fl.subset, r.OverlapF1, fl.f1, r.OverlapR, fl.recall, *r.SpeakerAcc, fl.speaker)
		}
		if *r.ECE > fl.ece {
			t.Errorf("%s %s: confidence calibration error %.4f over its ceiling %.2f", fl.file, fl.subset, *r.ECE, fl.ece)
		}
		if (fl.file == "seed.gold.jsonl" || fl.file == "bbc_dev.jsonl") && r.RoleAcc == nil {
			t.Errorf("%s: no role accuracy", fl.file)
		}
		if fl.file == "seed.gold.jsonl" && *r.RoleAcc < 0.9 {
			t.Errorf("seed role_acc %.4f below 0.9", *r.RoleAcc)
		}
		if fl.file == "bbc_dev.jsonl" && *r.RoleAcc < 0.983 {
			t.Errorf("bbc_dev role_acc %.4f below 0.983", *r.RoleAcc)
		}
	}
}

// TestNamesAndRolesRatchet holds canonical names and roles on the annotated
// train and dev articles (the measure of score_roles.py) near today's figures.
func TestNamesAndRolesRatchet(t *testing.T) {
	dir := evalDir(t)
	if _, err := exec.LookPath("python3"); err != nil {
		testenv.Missing(t, "python3 not found: cannot run score_roles.py")
	}
	for _, fl := range []struct {
		gold, roles     string
		canonical, role float64
	}{
		// role 0.9015 -> 0.8950 when a closing "…, Welch said" took the
		// clause whose subject, "The Vermont congressman", had given the
		// annotated role (L351)
		// (0.8974 -> 0.8911 when a quote of "Rep. Chris Collins, R-N.Y.," was
		// found, L500: the role keeps the party, which this file's
		// annotator leaves out and the dev file's keeps)
		{"polnear_train.jsonl", "polnear_train_roles.jsonl", 0.950, 0.890},
		{"polnear_dev.jsonl", "polnear_dev_roles.jsonl", 0.893, 0.874}, // at 753c231: 0.898 / 0.879
	} {
		goldPath := filepath.Join(dir, fl.gold)
		gold := readGold(t, goldPath)
		pred := extractAll(t, gold)
		predPath := writePredictions(t, gold, pred)
		out, err := exec.Command("python3", filepath.Join(dir, "score_roles.py"), goldPath, filepath.Join(dir, fl.roles), predPath, "--json").Output()
		if err != nil {
			t.Fatalf("score_roles.py: %v", err)
		}
		var r struct {
			Canonical float64 `json:"canonical_acc"`
			Role      float64 `json:"role_acc"`
		}
		if err := json.Unmarshal(out, &r); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: canonical_acc %.4f role_acc %.4f", fl.roles, r.Canonical, r.Role)
		if r.Canonical < fl.canonical || r.Role < fl.role {
			t.Errorf("%s: names %.4f (floor %.3f) or roles %.4f (floor %.3f) fell below the ratchet", fl.roles, r.Canonical, fl.canonical, r.Role, fl.role)
		}
	}
}

// TestAgreesWithReferenceScorer runs score.py on the same records and
// checks the metrics agree within 0.005.
func TestAgreesWithReferenceScorer(t *testing.T) {
	dir := evalDir(t)
	if _, err := exec.LookPath("python3"); err != nil {
		testenv.Missing(t, "python3 not found: cannot run the reference scorer")
	}
	goldPath := filepath.Join(dir, "polnear_dev.jsonl")
	gold := readGold(t, goldPath)
	pred := extractAll(t, gold)
	predPath := writePredictions(t, gold, pred)
	for _, subset := range []string{score.SubsetAll, score.SubsetSpeech, score.SubsetDirect} {
		out, err := exec.Command("python3", filepath.Join(dir, "score.py"), goldPath, predPath, "--subset", subset, "--json").Output()
		if err != nil {
			t.Fatalf("score.py: %v", err)
		}
		var ref map[string]*float64
		if err := json.Unmarshal(out, &ref); err != nil {
			t.Fatal(err)
		}
		got := score.Score(gold, pred, subset, 0)
		for k, v := range map[string]float64{"overlap_p": got.OverlapP, "overlap_r": got.OverlapR, "overlap_f1": got.OverlapF1,
			"exact_f1": got.ExactF1, "attribution_f1": got.AttributionF1, "speaker_acc": *got.SpeakerAcc, "cue_acc": *got.CueAcc} {
			if ref[k] == nil || abs(*ref[k]-v) > 0.005 {
				t.Errorf("%s %s: quotewire eval %.4f, score.py %v", subset, k, v, ref[k])
			}
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// Issue 13: for a missed quote, `eval --errors` printed the gold cue under
// pred=. A missed quote has no prediction; its cue is its own field.
func TestMissedQuoteError(t *testing.T) {
	t.Parallel()
	text := `"We will not back down," said Anna Weber.`
	speaker, cue := "Anna Weber", "said"
	gold := []score.Gold{{ID: "a", Text: text, Quotes: []score.GoldQuote{{Start: 1, End: 23, Segments: [][2]int{{1, 23}}, Type: "direct",
		Speaker: &speaker, Cue: &cue}}}}
	rep := score.Score(gold, map[string]extractor.Result{"a": {ArticleID: "a"}}, score.SubsetAll, 5)
	if len(rep.Errors) != 1 {
		t.Fatalf("errors %+v", rep.Errors)
	}
	e := rep.Errors[0]
	if e.Kind != "missed" || e.Gold != speaker || e.Pred != "" || e.Cue != cue {
		t.Errorf("missed quote %+v, want gold %q, no prediction, cue %q", e, speaker, cue)
	}
}
