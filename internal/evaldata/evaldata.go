// Package evaldata finds the gold data of ../shared/eval for tests: in
// QUOTEWIRE_EVAL, or ../shared/eval beside the module root. Absent, a test
// skips with a message locally and fails in CI (CI=true), so a test that
// needs the data never passes without running.
package evaldata

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the gold data folder, or skips (fails under CI=true) t. It
// checks seed.gold.jsonl and every one of files the test needs.
func Dir(t testing.TB, files ...string) string {
	t.Helper()
	dir := os.Getenv("QUOTEWIRE_EVAL")
	if dir == "" {
		dir = filepath.Join(moduleRoot(), "..", "shared", "eval")
	}
	for _, f := range append([]string{"seed.gold.jsonl"}, files...) {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("gold data not found in %s (set QUOTEWIRE_EVAL): %v", dir, err)
			}
			t.Skipf("gold data not found in %s (set QUOTEWIRE_EVAL): %v", dir, err)
		}
	}
	return dir
}

// moduleRoot is the folder holding go.mod, found upwards from the test's
// working directory.
func moduleRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return "."
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return dir
		}
	}
}
