// Package testenv decides what happens when a test lacks something from
// outside the repository (a broker, kcat, Java, Chromium, python3): locally
// it skips with a message saying how to get it; under CI=true it fails, so
// that a CI run never passes by skipping (pkgsite's RunDBTests does the
// same). The gold data of ../shared/eval is found by internal/evaldata, on
// the same rule.
package testenv

import (
	"os"
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
