// Package harness runs quotewire worker processes against a Kafka broker,
// for the benchmark and chaos harnesses (cmd/quotewire-bench,
// cmd/quotewire-chaos): topics, publishing, and process control.
package harness

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
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

// StartWorker starts `BINARY run` on the topics, with its metrics on a
// free loopback port. Its logs go to stderr of this process.
func StartWorker(binary string, brokers []string, t Topics, concurrency int) (*Worker, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(binary, "run", "--brokers", strings.Join(brokers, ","), "--input-topic", t.In, "--output-topic", t.Out,
		"--dlq-topic", t.DLQ, "--group", t.Group, "--concurrency", strconv.Itoa(concurrency), "--addr", addr,
		"--log-level", "warn", "--shutdown-timeout", "20s")
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	w := &Worker{cmd: cmd, addr: addr, done: make(chan error, 1)}
	go func() { w.done <- cmd.Wait() }()
	return w, nil
}

// Committed is the worker's quotes_articles_total: articles written and
// committed (attribution records and dead letters).
func (w *Worker) Committed() float64 {
	resp, err := http.Get("http://" + w.addr + "/metrics")
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	sum := 0.0
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if line := sc.Text(); strings.HasPrefix(line, "quotes_articles_total{") {
			if f := strings.Fields(line); len(f) == 2 {
				v, _ := strconv.ParseFloat(f[1], 64)
				sum += v
			}
		}
	}
	return sum
}

// PeakRSS is the process's high-water resident set in MB (Linux).
func (w *Worker) PeakRSS() float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", w.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
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
