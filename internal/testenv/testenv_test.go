package testenv_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/quotewire/quotewire/internal/evaldata"
	"github.com/quotewire/quotewire/internal/testenv"
)

// Run in a child process: the verdict of a test whose gold data or other
// prerequisite is missing, locally and under CI=true.
func TestSkipsLocallyFailsInCI(t *testing.T) {
	switch os.Getenv("TESTENV_CHILD") {
	case "gold":
		evaldata.Dir(t, "no-such-file.jsonl")
		return
	case "missing":
		testenv.Missing(t, "kcat is not installed")
		return
	}
	for _, tc := range []struct {
		child, ci, want, msg string
		fails                bool
	}{
		{"gold", "", "--- SKIP", "gold data not found", false},
		{"gold", "true", "--- FAIL", "gold data not found", true},
		{"missing", "", "--- SKIP", "kcat is not installed", false},
		{"missing", "true", "--- FAIL", "kcat is not installed", true},
	} {
		cmd := exec.Command(os.Args[0], "-test.run", "^TestSkipsLocallyFailsInCI$", "-test.v")
		cmd.Env = append(os.Environ(), "TESTENV_CHILD="+tc.child, "CI="+tc.ci, "QUOTEWIRE_EVAL="+t.TempDir())
		out, err := cmd.CombinedOutput()
		if (err != nil) != tc.fails || !strings.Contains(string(out), tc.want) || !strings.Contains(string(out), tc.msg) {
			t.Errorf("%s, CI=%q: err %v, output:\n%s", tc.child, tc.ci, err, out)
		}
	}
}
