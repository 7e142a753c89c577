package testenv

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Run in a child process: the verdict of a test that calls EvalDir on a
// directory without gold data, locally and under CI=true.
func TestEvalDirSkipsLocallyFailsInCI(t *testing.T) {
	if os.Getenv("TESTENV_CHILD") == "1" {
		EvalDir(t, "no-such-file.jsonl")
		return
	}
	for _, tc := range []struct {
		ci, want string
		fails    bool
	}{{"", "--- SKIP", false}, {"true", "--- FAIL", true}} {
		cmd := exec.Command(os.Args[0], "-test.run", "^TestEvalDirSkipsLocallyFailsInCI$", "-test.v")
		cmd.Env = append(os.Environ(), "TESTENV_CHILD=1", "CI="+tc.ci, "QUOTEWIRE_EVAL="+t.TempDir())
		out, err := cmd.CombinedOutput()
		if (err != nil) != tc.fails || !strings.Contains(string(out), tc.want) || !strings.Contains(string(out), "gold data not found") {
			t.Errorf("CI=%q: err %v, output:\n%s", tc.ci, err, out)
		}
	}
}

func TestModuleRoot(t *testing.T) {
	if _, err := os.Stat(ModuleRoot() + "/go.mod"); err != nil {
		t.Error(err)
	}
}
