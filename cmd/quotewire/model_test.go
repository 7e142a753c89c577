package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotewire/quotewire/extractor"
)

// TestModelFlag: --model (and QUOTEWIRE_MODEL) loads another model for
// extract and eval, "none" uses the rules alone, and an unusable file is a
// configuration error naming the problem, before any article is read.
func TestModelFlag(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte("Talks resumed.\n\n\"We regret this,\" said Kremlin Spokesman Dimitry Peskov."), 0o644); err != nil {
		t.Fatal(err)
	}
	// A model of our own, trained on our own articles.
	model := filepath.Join(dir, "own.model.json")
	if _, errOut, code := run(t, "", "train", "--quiet", "-o", model, "../../testdata/train/wire-articles.jsonl"); code != 0 {
		t.Fatalf("train: exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(model)
	if err != nil {
		t.Fatal(err)
	}
	m, err := extractor.ReadModel(strings.NewReader(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	version := func(args ...string) string {
		t.Helper()
		out, errOut, code := run(t, "", append([]string{"extract", "--quiet"}, args...)...)
		if code != 0 {
			t.Fatalf("extract %v: exit %d: %s", args, code, errOut)
		}
		return records(t, out)[0].Extractor.Version
	}
	if got, want := version("--model", model, article), extractor.Version+"+model."+m.ID(); got != want {
		t.Errorf("--model FILE: version %q, want %q", got, want)
	}
	if got := version("--model", "none", article); got != extractor.Version {
		t.Errorf("--model none: version %q, want %q", got, extractor.Version)
	}
	t.Setenv(modelEnv, model)
	if got := version(article); !strings.HasSuffix(got, m.ID()) {
		t.Errorf("%s: version %q", modelEnv, got)
	}
	t.Setenv(modelEnv, "")
	if got := version(article); strings.HasSuffix(got, m.ID()) || !strings.Contains(got, "+model.") {
		t.Errorf("default: version %q, want the embedded model", got)
	}

	truncated := filepath.Join(dir, "truncated.json")
	os.WriteFile(truncated, b[:len(b)/3], 0o644)
	other := filepath.Join(dir, "other.json")
	os.WriteFile(other, []byte(strings.Replace(string(b), `"extractor": "`+extractor.Version+`"`, `"extractor": "0.0.9"`, 1)), 0o644)
	for _, tc := range []struct{ file, want string }{
		{truncated, "not a quotewire model file"},
		{other, "trained for extractor 0.0.9"},
		{filepath.Join(dir, "missing.json"), "no such file"},
	} {
		for _, cmd := range [][]string{{"extract", "--model", tc.file, article}, {"eval", "--model", tc.file, article}} {
			_, errOut, code := run(t, "", cmd...)
			if code != 2 || !strings.Contains(errOut, tc.want) {
				t.Errorf("%v: exit %d, stderr %q; want exit 2 saying %q", cmd, code, errOut, tc.want)
			}
		}
	}
}
