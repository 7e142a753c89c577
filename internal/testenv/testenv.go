// Package testenv finds what tests need from outside the repository, and
// decides what happens when it is missing: locally the test skips with a
// message saying how to get it; under CI=true it fails, so that a CI run
// never passes by skipping (pkgsite's RunDBTests does the same).
package testenv

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Missing skips t with msg, or fails it when CI=true.
func Missing(t testing.TB, msg string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s (CI=true: a test that cannot run fails)", msg)
	}
	t.Skip(msg)
}

// EvalDir returns the directory of the gold data: $QUOTEWIRE_EVAL, or
// ../shared/eval beside the module root. It checks that each of files
// exists there; when one does not, the test skips, or fails under CI=true.
func EvalDir(t testing.TB, files ...string) string {
	t.Helper()
	dir := os.Getenv("QUOTEWIRE_EVAL")
	if dir == "" {
		dir = filepath.Join(ModuleRoot(), "..", "shared", "eval")
	}
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			Missing(t, "gold data not found (set QUOTEWIRE_EVAL): "+err.Error())
		}
	}
	return dir
}

// ModuleRoot is the directory of go.mod.
func ModuleRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}
