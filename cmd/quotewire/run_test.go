package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"net/http"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/peterbourgon/ff/v3"
	"github.com/peterbourgon/ff/v3/ffcli"
	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/quotewire/quotewire/pipeline/kafkaio"
)

// Bad configuration is a usage error: exit status 2, with a message that
// names the flag and the bad value.
func TestRunConfigErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		env  map[string]string
		want string
	}{
		{[]string{"run", "--sasl-mechanism", "GSSAPI", "--sasl-user", "u"}, nil, `--sasl-mechanism: "GSSAPI" is not a SASL mechanism`},
		// Issue 13: without --sasl-user this named the user, not the mechanism.
		{[]string{"run", "--sasl-mechanism", "FOO"}, nil, `--sasl-mechanism: "FOO" is not a SASL mechanism quotewire supports: use PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512`},
		{[]string{"run", "--sasl-mechanism", "PLAIN"}, nil, "--sasl-user: SASL mechanism PLAIN needs a user"},
		{[]string{"run", "--tls-cert", "c.pem"}, nil, "--tls-cert/--tls-key: the client certificate and key go together"},
		{[]string{"run", "--tls-ca", "/nonexistent.pem"}, nil, "--tls-ca"},
		{[]string{"run", "--brokers", "no-port"}, nil, "--brokers: broker address"},
		{[]string{"run", "--log-format", "xml"}, nil, "--log-format"},
		{[]string{"run", "--log-level", "loud"}, nil, "--log-level"},
		{[]string{"run", "--output-topic", "same", "--dlq-topic", "same"}, nil, "must differ"},
		{[]string{"run", "--concurrency", "0"}, nil, "must be positive"},
		{[]string{"run", "--replication-factor", "-2"}, nil, "--replication-factor must be positive, or -1"},
		{[]string{"run"}, map[string]string{"QUOTEWIRE_REPLICATION_FACTOR": "-3"}, "--replication-factor must be positive"},
		{[]string{"run"}, map[string]string{"QUOTEWIRE_SASL_MECHANISM": "KERBEROS", "QUOTEWIRE_SASL_USER": "u"}, `"KERBEROS"`},
		{[]string{"run", "extra"}, nil, "no arguments"},
		{[]string{"produce", "--sasl-mechanism", "FOO", "x.txt"}, nil, `"FOO"`},
	} {
		for k, v := range tc.env {
			t.Setenv(k, v)
		}
		_, errOut, code := run(t, "", tc.args...)
		if code != 2 || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v %v: exit %d, stderr %q; want exit 2 and %q", tc.args, tc.env, code, errOut, tc.want)
		}
		for k := range tc.env {
			t.Setenv(k, "")
		}
	}
}

// --replication-factor (or QUOTEWIRE_REPLICATION_FACTOR) reaches every
// topic --create-topics creates; its default leaves the choice to the
// brokers (kafkaio's tests check what each value gives on a cluster).
func TestReplicationFactorFlag(t *testing.T) {
	for _, tc := range []struct {
		args []string
		env  string
		want int
	}{
		{nil, "", -1},
		{[]string{"--replication-factor", "3"}, "", 3},
		{nil, "2", 2},
		{[]string{"--replication-factor", "1"}, "2", 1}, // the flag wins
	} {
		t.Setenv("QUOTEWIRE_REPLICATION_FACTOR", tc.env)
		fs := flag.NewFlagSet("run", flag.ContinueOnError)
		var w workerFlags
		w.register(fs)
		if err := ff.Parse(fs, tc.args, ff.WithEnvVarPrefix(envPrefix)); err != nil {
			t.Fatal(err)
		}
		specs := w.topicSpecs()
		if len(specs) != 3 {
			t.Fatalf("%d topic specs, want 3", len(specs))
		}
		for _, s := range specs {
			if s.ReplicationFactor != tc.want {
				t.Errorf("%v env %q: topic %s has replication factor %d, want %d", tc.args, tc.env, s.Name, s.ReplicationFactor, tc.want)
			}
		}
	}
}

// The effective configuration is logged at start with the password redacted.
func TestRunLogsConfigRedacted(t *testing.T) {
	t.Setenv("QUOTEWIRE_SASL_PASSWORD", "hunter2")
	_, errOut, code := run(t, "", "run", "--sasl-mechanism", "PLAIN", "--sasl-user", "u", "--concurrency", "-1")
	if code != 2 {
		t.Fatalf("exit %d", code)
	}
	if strings.Contains(errOut, "hunter2") {
		t.Fatal("password printed")
	}
}

// Issue 13: durations were logged as integer nanoseconds.
func TestLoggerDurationsAndLevels(t *testing.T) {
	var buf bytes.Buffer
	log, err := newLogger(&buf, "debug", "json")
	if err != nil {
		t.Fatal(err)
	}
	log.Debug("retrying", "backoff", 1500*time.Millisecond)
	log.Warn("w")
	out := buf.String()
	for _, want := range []string{`"backoff":"1.5s"`, `"level":"DEBUG"`, `"level":"WARN"`} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %s:\n%s", want, out)
		}
	}
}

// lockedBuffer is a bytes.Buffer safe for a worker's logs and a test.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// startWorker runs `quotewire run` in process with the given flags and
// returns its ops address and a stop function returning its error.
func startWorker(t *testing.T, logs io.Writer, args ...string) (string, func() error) {
	t.Helper()
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	var w workerFlags
	w.register(fs)
	if err := fs.Parse(append([]string{"--addr", "127.0.0.1:0", "--log-level", "debug"}, args...)); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- runWorker(ctx, &w, fs, logs, func(a string) { addrc <- a }) }()
	var addr string
	select {
	case addr = <-addrc:
	case err := <-done:
		cancel()
		t.Fatalf("the worker stopped at once: %v", err)
	}
	var once sync.Once
	var result error
	stop := func() error {
		once.Do(func() { cancel(); result = <-done })
		return result
	}
	t.Cleanup(func() { stop() })
	return addr, stop
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// waitFor waits until cond holds, failing after 30 s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not reached in 2 minutes", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// Issue 13: `quotewire run --brokers 127.0.0.1:1` said it was ready.
// Ready means joined to the group and the output topics writable;
// liveness is separate.
func TestReadyz(t *testing.T) {
	t.Run("no broker", func(t *testing.T) {
		var logs lockedBuffer
		addr, stop := startWorker(t, &logs, "--brokers", "127.0.0.1:1")
		waitFor(t, "a failed join", func() bool {
			_, body := get(t, "http://"+addr+"/readyz")
			return strings.Contains(body, "connection refused")
		})
		if code, body := get(t, "http://"+addr+"/readyz"); code != 503 || !strings.Contains(body, "not joined to consumer group quotewire") {
			t.Errorf("/readyz %d %q", code, body)
		}
		if code, _ := get(t, "http://"+addr+"/healthz"); code != 200 {
			t.Errorf("/healthz %d: the process is up", code)
		}
		if err := stop(); err != nil {
			t.Errorf("stopping: %v", err)
		}
		// Issue 13: "[15] Group Coordinator Not Available" and connection
		// errors at start are no ERROR lines.
		if strings.Contains(logs.String(), `"level":"ERROR"`) {
			t.Errorf("ERROR lines for a broker that is not there yet:\n%s", logs.String())
		}
	})
	t.Run("kfake", func(t *testing.T) {
		cluster, err := kfake.NewCluster(kfake.NumBrokers(1))
		if err != nil {
			t.Fatal(err)
		}
		defer cluster.Close()
		brokers := strings.Join(cluster.ListenAddrs(), ",")
		if err := kafkaio.EnsureTopics(testCtx(t), kafkaio.Config{Brokers: cluster.ListenAddrs()}, kafkaio.TopicSpec{Name: "articles", Partitions: 2},
			kafkaio.TopicSpec{Name: "quote-attributions", Partitions: 1}, kafkaio.TopicSpec{Name: "articles.dlq", Partitions: 1}); err != nil {
			t.Fatal(err)
		}
		// An output topic does not exist: joined, but not ready.
		addr, stop := startWorker(t, io.Discard, "--brokers", brokers, "--output-topic", "nosuch-out")
		waitFor(t, "the output topic reported", func() bool {
			_, body := get(t, "http://"+addr+"/readyz")
			return strings.Contains(body, "nosuch-out")
		})
		stop()
		// The input topic does not exist: kafka-go ends every generation
		// at once then, and the worker rejoined thousands of times a
		// second, logging each, and was ready now and then.
		var logs lockedBuffer
		addr, stop = startWorker(t, &logs, "--brokers", brokers, "--input-topic", "nosuch-in")
		waitFor(t, "the missing input topic reported", func() bool {
			_, body := get(t, "http://"+addr+"/readyz")
			return strings.Contains(body, "input topic nosuch-in")
		})
		for range 20 {
			if code, body := get(t, "http://"+addr+"/readyz"); code != 503 {
				t.Fatalf("/readyz %d %q without an input topic", code, body)
			}
		}
		stop()
		if n := strings.Count(logs.String(), "joined consumer group"); n > 10 {
			t.Errorf("joined the group %d times while the input topic was missing", n)
		}
		addr, stop = startWorker(t, io.Discard, "--brokers", brokers, "--create-topics", "--partitions", "2")
		waitFor(t, "ready", func() bool { code, _ := get(t, "http://"+addr+"/readyz"); return code == 200 })
		// A second worker in the group: idle with no partition, or holding
		// one; ready either way.
		addr2, stop2 := startWorker(t, io.Discard, "--brokers", brokers, "--partitions", "2")
		waitFor(t, "the second worker ready", func() bool { code, _ := get(t, "http://"+addr2+"/readyz"); return code == 200 })
		if err := stop2(); err != nil {
			t.Error(err)
		}
		if err := stop(); err != nil {
			t.Error(err)
		}
	})
}

// Issue 13: QUOTEWIRE_ADDR meant the ops port for run and the API port for
// serve. Each environment variable (a flag name of a subcommand that reads
// the environment) has one meaning: the same help wherever it appears.
func TestOneMeaningPerEnvironmentVariable(t *testing.T) {
	seen := map[string]string{} // flag -> "subcommand: usage"
	var walk func(prefix string, cs []*ffcli.Command)
	walk = func(prefix string, cs []*ffcli.Command) {
		for _, c := range cs {
			name := strings.TrimSpace(prefix + " " + c.Name)
			if c.FlagSet != nil && len(c.Options) > 0 { // ff.WithEnvVarPrefix
				c.FlagSet.VisitAll(func(f *flag.Flag) {
					if prev, ok := seen[f.Name]; ok {
						if _, u, _ := strings.Cut(prev, ": "); u != f.Usage {
							t.Errorf("%s_%s means %q in %s and %q in %s", envPrefix, strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_")),
								u, strings.SplitN(prev, ":", 2)[0], f.Usage, name)
						}
						return
					}
					seen[f.Name] = name + ": " + f.Usage
				})
			}
			walk(name, c.Subcommands)
		}
	}
	walk("", subcommands(nil, io.Discard, io.Discard))
	if len(seen) < 20 {
		t.Fatalf("only %d flags found", len(seen))
	}
}

// cmd stays thin: it never imports kafka-go (TLS and SASL are built in
// kafkaio), and kafkaio is the only package that does.
func TestOnlyKafkaioImportsKafkaGo(t *testing.T) {
	root, _ := filepath.Abs("../..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if strings.HasPrefix(p, "github.com/segmentio/kafka-go") && filepath.Dir(rel) != filepath.Join("pipeline", "kafkaio") {
				t.Errorf("%s imports %s: only pipeline/kafkaio may", rel, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestHelpAndUnknownSubcommand(t *testing.T) {
	out, _, code := run(t, "", "help")
	if code != 0 {
		t.Errorf("help: exit %d", code)
	}
	_, bare, bareCode := run(t, "")
	_, unknown, unknownCode := run(t, "", "frobnicate")
	if bareCode != 2 || unknownCode != 2 {
		t.Errorf("exit %d without a subcommand, %d for an unknown one; want 2", bareCode, unknownCode)
	}
	for _, sub := range []string{"extract", "eval", "run", "produce", "demo", "dlq", "serve", "version"} {
		if !strings.Contains(out, sub) || !strings.Contains(bare, sub) {
			t.Errorf("the subcommand list lacks %s:\nhelp: %s\nbare: %s", sub, out, bare)
		}
	}
	if !strings.Contains(unknown, `unknown subcommand "frobnicate"`) {
		t.Errorf("stderr %q does not name the unknown subcommand", unknown)
	}
}

func TestPlural(t *testing.T) {
	for n, want := range map[int64]string{0: "0 articles", 1: "1 article", 2: "2 articles"} {
		if got := plural(n, "article", "articles"); got != want {
			t.Errorf("%d: %q", n, got)
		}
	}
}

// Issue 13: golang.org/x/text v0.28.0 has GO-2026-5970, reachable through
// SCRAM. The binary links a later one.
func TestNoVulnerableXText(t *testing.T) {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		t.Skip("no build information")
	}
	for _, d := range bi.Deps {
		if d.Path != "golang.org/x/text" {
			continue
		}
		var major, minor, patch int
		if _, err := fmt.Sscanf(d.Version, "v%d.%d.%d", &major, &minor, &patch); err != nil {
			t.Fatalf("x/text version %q: %v", d.Version, err)
		}
		if major == 0 && minor <= 28 {
			t.Errorf("golang.org/x/text %s: GO-2026-5970 is fixed after v0.28.0", d.Version)
		}
		return
	}
	t.Error("golang.org/x/text is not linked (SCRAM needs it): the check did not run")
}

// Every goroutine `run` starts (the worker, the operations server and its
// shutdown, the lag poller, and the Kafka clients' own) has ended when it
// returns.
func TestRunLeavesNoGoroutine(t *testing.T) {
	cluster, err := kfake.NewCluster(kfake.NumBrokers(1))
	if err != nil {
		t.Fatal(err)
	}
	defer cluster.Close()
	cfg := kafkaio.Config{Brokers: cluster.ListenAddrs()}
	if err := kafkaio.EnsureTopics(testCtx(t), cfg, kafkaio.TopicSpec{Name: "articles", Partitions: 2},
		kafkaio.TopicSpec{Name: "quote-attributions", Partitions: 2}, kafkaio.TopicSpec{Name: "articles.dlq", Partitions: 2}); err != nil {
		t.Fatal(err)
	}
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	ready := func(addr string) bool {
		resp, err := client.Get("http://" + addr + "/readyz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == 200
	}
	settle := func() int {
		n := runtime.NumGoroutine()
		for stable := 0; stable < 5; {
			time.Sleep(50 * time.Millisecond)
			if m := runtime.NumGoroutine(); m == n {
				stable++
			} else {
				n, stable = m, 0
			}
		}
		return n
	}
	runOnce := func() {
		addr, stop := startWorker(t, io.Discard, "--brokers", strings.Join(cfg.Brokers, ","))
		waitFor(t, "ready", func() bool { return ready(addr) })
		if err := stop(); err != nil {
			t.Fatal(err)
		}
	}
	runOnce() // the broker's state of the group is made: it is not ours to count
	before := settle()
	runOnce()
	runOnce()
	deadline := time.Now().Add(time.Minute)
	for settle() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			t.Fatalf("%d goroutines after the workers stopped, %d before:\n%s", runtime.NumGoroutine(), before, buf[:runtime.Stack(buf, true)])
		}
	}
}
