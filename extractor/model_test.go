package extractor

import (
	"bytes"
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
