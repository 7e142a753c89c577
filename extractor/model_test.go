package extractor

import (
	"bytes"
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"
)

// TestBadModelFiles: a model file that is truncated, edited, or made for
// another extractor version, feature set or format is a clear error, never
// a silent fallback.
func TestBadModelFiles(t *testing.T) {
	t.Parallel()
	good := string(defaultModelFile)
	if _, err := ReadModel(strings.NewReader(good)); err != nil {
		t.Fatalf("the embedded model does not load: %v", err)
	}
	for _, tc := range []struct{ name, file, want string }{
		{"empty", "", "not a quotewire model file"},
		{"truncated", good[:len(good)/2], "not a quotewire model file"},
		{"not JSON", "PK\x03\x04", "not a quotewire model file"},
		{"another extractor version", strings.Replace(good, `"extractor": "`+Version+`"`, `"extractor": "0.0.1"`, 1), "trained for extractor 0.0.1"},
		{"another feature set", regexp.MustCompile(`"feature_schema": [0-9]+`).ReplaceAllString(good, `"feature_schema": 99`), "feature set 99"},
		{"another format", strings.Replace(good, `"format": 1`, `"format": 7`, 1), "file format 7"},
		{"an edited threshold", regexp.MustCompile(`"threshold": [0-9.]+`).ReplaceAllString(good, `"threshold": 0.123`), "checksum mismatch"},
		{"an unknown field", strings.Replace(good, `"format": 1,`, `"format": 1, "extra": true,`, 1), "not a quotewire model file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadModel(strings.NewReader(tc.file))
			if err == nil || !errors.Is(err, ErrModel) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an ErrModel saying %q", err, tc.want)
			}
		})
	}
	if _, err := New(WithModel(nil)); err == nil {
		t.Error("WithModel(nil) accepted")
	}
}

// TestModelWritesItsOwnBytes: a model read and written again gives the
// bytes it was read from, and its records say which model made them.
func TestModelWritesItsOwnBytes(t *testing.T) {
	t.Parallel()
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), defaultModelFile) {
		t.Error("writing the embedded model does not give its bytes back")
	}
	if m.version() != Version+"+model."+m.ID() || len(m.ID()) != 12 {
		t.Errorf("model version %q", m.version())
	}
	rules, err := New(WithRulesOnly())
	if err != nil {
		t.Fatal(err)
	}
	if rules.Model() != nil {
		t.Error("WithRulesOnly has a model")
	}
}

// TestKeepRulesOverruleTheAcceptModel: a model whose accept weights would
// drop every candidate keeps those of the rules it names in keep_rules
// (rules its training data had too few of to judge), and refuses a name
// that is no rule.
func TestKeepRulesOverruleTheAcceptModel(t *testing.T) {
	t.Parallel()
	text := "Rail fares will rise.\n\nTransport minister Ann Hale said the line would reopen in May.\n\n\"It will not be cheap,\" Ms Hale said.\n"
	count := func(keep []string) int {
		t.Helper()
		drop := Weights{Bias: -50, W: map[string]float64{}}
		m, err := NewModel(drop, Weights{W: map[string]float64{}}, nil, 0.5, keep, "test")
		if err != nil {
			t.Fatal(err)
		}
		x, err := New(WithModel(m))
		if err != nil {
			t.Fatal(err)
		}
		r, err := x.Extract(t.Context(), Article{ID: "a", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		return len(r.Quotes)
	}
	if n := count(nil); n != 0 {
		t.Errorf("an accept model that drops everything kept %d quotes", n)
	}
	if n := count([]string{"direct-before"}); n != 1 {
		t.Errorf("keeping direct-before: %d quotes, want the one direct quote", n)
	}
	if n := count(RuleNames()); n != 2 {
		t.Errorf("keeping every rule: %d quotes, want 2", n)
	}
	if _, err := NewModel(Weights{}, Weights{}, nil, 0.5, []string{"no-such-rule"}, "test"); !errors.Is(err, ErrModel) {
		t.Errorf("a keep_rules name that is no rule: %v, want ErrModel", err)
	}
	// A file with a valid checksum that names no rule.
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	f := m.file
	f.KeepRules = []string{"no-such-rule"}
	if f.Checksum, err = f.checksum(); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ReadModel(bytes.NewReader(b)); !errors.Is(err, ErrModel) || !strings.Contains(err.Error(), "no-such-rule") {
		t.Errorf("a model file naming no rule: %v, want ErrModel naming it", err)
	}
}
