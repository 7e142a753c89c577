// Package harness runs quotewire worker processes against a Kafka broker,
// for the benchmark and chaos harnesses (cmd/quotewire-bench,
// cmd/quotewire-chaos): topics, publishing, and process control.
package harness

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/kafkaio"
)

// Topics are one run's input, output and dead-letter topics and group.
type Topics struct {
	In, Out, DLQ, Group string
}

// NewTopics creates fresh topics named after tag. Append times are the
// broker's (LogAppendTime), so that latencies use one clock.
func NewTopics(ctx context.Context, cfg kafkaio.Config, tag string, parts int) (Topics, error) {
	suffix := fmt.Sprintf("%s-%d", tag, time.Now().UnixNano())
	t := Topics{In: tag + "-in-" + suffix, Out: tag + "-out-" + suffix, DLQ: tag + "-dlq-" + suffix, Group: tag + "-group-" + suffix}
	logAppend := func(maxBytes int) map[string]string {
		return map[string]string{"message.timestamp.type": "LogAppendTime", "max.message.bytes": strconv.Itoa(maxBytes)}
	}
	err := kafkaio.EnsureTopics(ctx, cfg,
		kafkaio.TopicSpec{Name: t.In, Partitions: parts, Configs: logAppend(2 << 20)},
		kafkaio.TopicSpec{Name: t.Out, Partitions: parts, Configs: logAppend(8 << 20)},
		kafkaio.TopicSpec{Name: t.DLQ, Partitions: 1, Configs: logAppend(4 << 20)})
	return t, err
}

// ArticleValue is the JSON input value of an article.
func ArticleValue(a extractor.Article) []byte {
	v, _ := json.Marshal(map[string]string{"id": a.ID, "text": a.Text})
	return v
}

// Publish writes records in batches of 500.
func Publish(ctx context.Context, cfg kafkaio.Config, recs []pipeline.Record) error {
	sink, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: cfg})
	if err != nil {
		return err
	}
	defer sink.Close()
	for len(recs) > 0 {
		k := min(len(recs), 500)
		if err := sink.Write(ctx, recs[:k]...); err != nil {
			return err
		}
		recs = recs[k:]
	}
	return nil
}

// Worker is one `quotewire run` process.
type Worker struct {
	cmd  *exec.Cmd
	addr string
	done chan error
}

// WorkerLogLevel is the --log-level of the workers StartWorker starts.
var WorkerLogLevel = "warn"

var workerSeq atomic.Int64

// prefixWriter writes each line with a prefix: a worker's log lines say
// which worker wrote them.
type prefixWriter struct {
	mu     sync.Mutex
	prefix []byte
	w      io.Writer
	buf    []byte
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.buf = append(p.buf, b...)
	for {
		i := bytes.IndexByte(p.buf, '\n')
		if i < 0 {
			break
		}
		line := append(append([]byte{}, p.prefix...), p.buf[:i+1]...)
		p.w.Write(line)
		p.buf = p.buf[i+1:]
	}
	return len(b), nil
}

// StartWorker starts `BINARY run` on the topics, with its metrics on a
// free loopback port. Its logs go to stderr of this process, each line
// prefixed with the worker's number and pid.
func StartWorker(binary string, brokers []string, t Topics, concurrency int) (*Worker, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(binary, "run", "--brokers", strings.Join(brokers, ","), "--input-topic", t.In, "--output-topic", t.Out,
		"--dlq-topic", t.DLQ, "--group", t.Group, "--concurrency", strconv.Itoa(concurrency), "--addr", addr,
		"--log-level", WorkerLogLevel, "--shutdown-timeout", "20s")
	pw := &prefixWriter{w: os.Stderr}
	cmd.Stderr = pw
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	pw.mu.Lock()
	pw.prefix = fmt.Appendf(nil, "[w%d %d] ", workerSeq.Add(1), cmd.Process.Pid)
	pw.mu.Unlock()
	w := &Worker{cmd: cmd, addr: addr, done: make(chan error, 1)}
	go func() { w.done <- cmd.Wait() }()
	return w, nil
}

// Committed is the worker's quotes_articles_total: articles written and
// committed (attribution records and dead letters).
func (w *Worker) Committed() float64 {
	v, _ := w.Metric("quotes_articles_total")
	return v
}

// Metric is the sum of the worker's /metrics samples named name (every
// label set); ok is false when /metrics cannot be read or has none.
func (w *Worker) Metric(name string) (sum float64, ok bool) {
	c := http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get("http://" + w.addr + "/metrics")
	if err != nil {
		return 0, false
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, name) || len(line) == len(name) || (line[len(name)] != '{' && line[len(name)] != ' ') {
			continue
		}
		if f := strings.Fields(line); len(f) >= 2 {
			if v, err := strconv.ParseFloat(f[len(f)-1], 64); err == nil {
				sum, ok = sum+v, true
			}
		}
	}
	return sum, ok
}

// Pid is the worker's process id.
func (w *Worker) Pid() int { return w.cmd.Process.Pid }

// RSS is the process's resident set now, in MB (Linux).
func (w *Worker) RSS() float64 { return procStatusMB(w.Pid(), "VmRSS:") }

// FDs counts the process's open file descriptors (Linux: /proc/PID/fd);
// -1 when they cannot be read.
func (w *Worker) FDs() int {
	ents, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", w.Pid()))
	if err != nil {
		return -1
	}
	return len(ents)
}

// PeakRSS is the process's high-water resident set in MB (Linux).
func (w *Worker) PeakRSS() float64 { return procStatusMB(w.Pid(), "VmHWM:") }

// procStatusMB reads a kB field of /proc/PID/status, in MB.
func procStatusMB(pid int, field string) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, field) {
			kb, _ := strconv.ParseFloat(strings.Fields(line)[1], 64)
			return kb / 1024
		}
	}
	return 0
}

// Exited reports whether the process has ended, and how.
func (w *Worker) Exited() (bool, error) {
	select {
	case err := <-w.done:
		w.done <- err
		return true, err
	default:
		return false, nil
	}
}

// Stop sends SIGTERM and waits: a graceful shutdown.
func (w *Worker) Stop() error {
	w.cmd.Process.Signal(syscall.SIGTERM)
	err := <-w.done
	w.done <- err
	return err
}

// Kill sends SIGKILL: a crash.
func (w *Worker) Kill() {
	w.cmd.Process.Signal(syscall.SIGKILL)
	err := <-w.done
	w.done <- err
}

// Ready reports whether the worker's /readyz answers 200.
func (w *Worker) Ready() bool {
	c := http.Client{Timeout: 2 * time.Second}
	resp, err := c.Get("http://" + w.addr + "/readyz")
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// Texts returns realistic news texts: our test articles (testdata/extract)
// and, when the gold data is there, its articles' texts.
func Texts(testdataDir, evalDir string) ([]string, error) {
	var texts []string
	files, _ := filepath.Glob(filepath.Join(testdataDir, "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		texts = append(texts, string(b))
	}
	if evalDir != "" {
		for _, name := range []string{"polnear_dev.jsonl", "seed.gold.jsonl"} {
			b, err := os.ReadFile(filepath.Join(evalDir, name))
			if err != nil {
				continue
			}
			for _, line := range bytes.Split(b, []byte("\n")) {
				var g struct {
					Text string `json:"text"`
				}
				if json.Unmarshal(line, &g) == nil && g.Text != "" {
					texts = append(texts, g.Text)
				}
			}
		}
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("no articles found in %s or %s", testdataDir, evalDir)
	}
	return texts, nil
}
