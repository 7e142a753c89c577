// Package scripts holds the repository's shell scripts; its test runs
// them on stub brokers.
package scripts

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func stub(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte("#!/usr/bin/env bash\nset -euo pipefail\n"+body), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

// withBroker runs scripts/with-broker with stub start and stop scripts and
// its own TMPDIR, and returns its stderr and what is left in TMPDIR.
func withBroker(t *testing.T, start string, args ...string) (string, []string, error) {
	t.Helper()
	stubs, tmp := t.TempDir(), t.TempDir()
	cmd := exec.Command("./with-broker", args...)
	cmd.Env = append(os.Environ(), "TMPDIR="+tmp, "KAFKA_RUN_DIR=", "WITH_BROKER_FALLBACK=0",
		"KAFKA_START="+stub(t, stubs, "start", start),
		"KAFKA_STOP="+stub(t, stubs, "stop", `rm -f "$KAFKA_RUN_DIR/pid"; echo stopped >&2`+"\n"))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err := cmd.Run()
	left, _ := filepath.Glob(filepath.Join(tmp, "*"))
	return stderr.String(), left, err
}

// Issue 13: every `make test` left ~7 MB of broker data in /tmp.
func TestWithBrokerCleansUp(t *testing.T) {
	start := `mkdir -p "$KAFKA_RUN_DIR/data"; head -c 100000 /dev/zero >"$KAFKA_RUN_DIR/data/segment"; echo 1 >"$KAFKA_RUN_DIR/pid"
echo "fetching (once)..." >&2
echo KAFKA_BROKERS=127.0.0.1:1
`
	stderr, left, err := withBroker(t, start, "sh", "-c", `test "$KAFKA_BROKERS" = 127.0.0.1:1`)
	if err != nil {
		t.Fatalf("with-broker: %v\n%s", err, stderr)
	}
	if !strings.Contains(stderr, "stopped") {
		t.Errorf("the broker was not stopped:\n%s", stderr)
	}
	if len(left) > 0 {
		t.Errorf("left behind in TMPDIR: %v", left)
	}
}

// Issue 13: when the real broker failed early, the reason printed was
// empty (Maven's colour codes, or a start that died without a message).
func TestWithBrokerSaysWhyStartFailed(t *testing.T) {
	for name, start := range map[string]string{
		"a message":    "printf '\\033[0m\\033[0m\\n' >&2; echo 'java: Could not reserve enough space for object heap' >&2; exit 1\n",
		"no message":   "exit 3\n",
		"broker log":   `mkdir -p "$KAFKA_RUN_DIR"; echo "ERROR Exiting Kafka due to fatal exception" >"$KAFKA_RUN_DIR/broker.log"; exit 1` + "\n",
		"no addr line": "echo hello\n",
	} {
		t.Run(name, func(t *testing.T) {
			stderr, left, err := withBroker(t, start, "true")
			if err == nil {
				t.Fatalf("with-broker succeeded without a broker:\n%s", stderr)
			}
			want := map[string]string{"a message": "Could not reserve enough space", "no message": "exit status 3",
				"broker log": "broker.log: ERROR Exiting Kafka", "no addr line": "no KAFKA_BROKERS line"}[name]
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr lacks %q:\n%s", want, stderr)
			}
			if len(left) > 0 {
				t.Errorf("left behind in TMPDIR: %v", left)
			}
		})
	}
}

// Issue 13: each fuzz target ran for 10 s, which gave 19 executions on a
// loaded machine. make test runs a number of executions instead.
func TestFuzzRunsAMinimumOfExecutions(t *testing.T) {
	b, err := os.ReadFile("../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	mk := string(b)
	for _, target := range []string{"FuzzExtract", "FuzzDecodeArticle"} {
		found := false
		for _, line := range strings.Split(mk, "\n") {
			if !strings.Contains(line, "-fuzz '^"+target+"$$'") {
				continue
			}
			found = true
			_, after, ok := strings.Cut(line, "-fuzztime ")
			v := strings.Fields(after + " ")[0]
			if name, isVar := strings.CutPrefix(v, "$("); isVar && ok {
				name = strings.TrimSuffix(name, ")")
				for _, l := range strings.Split(mk, "\n") {
					if k, val, ok := strings.Cut(l, "?="); ok && strings.TrimSpace(k) == name {
						v = strings.TrimSpace(val)
					}
				}
			}
			if !ok || !strings.HasSuffix(v, "x") || v == "0x" {
				t.Errorf("%s runs -fuzztime %q: want a number of executions (Nx)", target, v)
			}
		}
		if !found {
			t.Errorf("make fuzz does not run %s", target)
		}
	}
}

// Without Chromium (and no way to install it) the browser test skips
// locally and fails under CI=true, like every test that cannot run.
func TestBrowserTestFailsInCIWithoutChromium(t *testing.T) {
	bin := t.TempDir() // a PATH with a shell and no chromium, apt-get or go
	for _, tool := range []string{"bash", "id", "dirname"} {
		p, err := exec.LookPath(tool)
		if err != nil {
			t.Skipf("%s: %v", tool, err)
		}
		if err := os.Symlink(p, filepath.Join(bin, tool)); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		ci    string
		fails bool
	}{{"", false}, {"true", true}} {
		cmd := exec.Command(filepath.Join(bin, "bash"), "./browser-test")
		cmd.Env = []string{"PATH=" + bin, "CI=" + tc.ci, "HOME=" + t.TempDir()}
		out, err := cmd.CombinedOutput()
		if (err != nil) != tc.fails || !strings.Contains(string(out), "Chromium is not installed") {
			t.Errorf("CI=%q: err %v, want failure %v:\n%s", tc.ci, err, tc.fails, out)
		}
	}
}

// Issue 13: `make vuln` runs govulncheck; where the vulnerability database
// cannot be reached it says so and skips (exit 0) instead of failing on the
// network or passing in silence.
func TestVulncheckSaysWhenItCannotRun(t *testing.T) {
	if _, err := exec.LookPath("curl"); err != nil {
		t.Skip("curl is not installed")
	}
	cmd := exec.Command("./vulncheck")
	cmd.Env = append(os.Environ(), "GOVULNDB=http://127.0.0.1:1")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "cannot be reached") || !strings.Contains(string(out), "govulncheck SKIPPED") {
		t.Errorf("vulncheck without its database: err %v, output:\n%s", err, out)
	}
	mk, err := os.ReadFile("../Makefile")
	if err != nil || !strings.Contains(string(mk), "vuln:\n\tscripts/vulncheck") {
		t.Errorf("make vuln does not run scripts/vulncheck: %v", err)
	}
}
