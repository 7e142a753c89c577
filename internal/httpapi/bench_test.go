package httpapi

import (
	"bufio"
	"context"
	"errors"
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
	"testing"
	"time"

	"github.com/quotewire/quotewire/extractor"
)

// TestMain doubles as the server of BenchmarkServeLoad: with
// QUOTEWIRE_BENCH_SERVE set, the test binary serves the API (with the
// concurrency and queue it names) in a process of its own, whose peak RSS
// the benchmark reads.
func TestMain(m *testing.M) {
	if spec := os.Getenv("QUOTEWIRE_BENCH_SERVE"); spec != "" {
		os.Exit(benchServer(spec))
	}
	os.Exit(m.Run())
}

// benchServer serves until stdin closes; spec is "concurrency,queue,wait"
// (0 for the defaults).
func benchServer(spec string) int {
	var conc, queue int
	var wait time.Duration
	var waitS string
	fmt.Sscanf(spec, "%d,%d,%s", &conc, &queue, &waitS)
	wait, _ = time.ParseDuration(waitS)
	x, err := extractor.New()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	a, err := New(Config{Extractor: x, Concurrency: conc, Queue: queue, Timeout: 10 * time.Minute, QueueWait: wait})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println(ln.Addr())
	srv := NewServer(a, 0)
	go srv.Serve(ln)
	io.Copy(io.Discard, os.Stdin)
	srv.Close()
	return 0
}

// benchArticle is ~0.55 MB of news text: our own test articles, repeated.
func benchArticle(b *testing.B) string {
	files, _ := filepath.Glob("../../testdata/extract/*.txt")
	var parts []string
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(t))
	}
	one := strings.Join(parts, "\n\n")
	return strings.Repeat(one+"\n\n", 550_000/len(one)+1)[:550_000]
}

// peakRSS is a process's high-water resident set (VmHWM), in MB.
func peakRSS(pid int) float64 {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}

// BenchmarkServeLoad measures `quotewire serve` under many concurrent
// clients: each client posts the 0.55 MB article until answered 200,
// waiting Retry-After when answered 503. It reports the server process's
// peak RSS, the 503s, and the time for all requests. "unbounded" is the
// server before issue 13 (nothing bounds extractions), for comparison.
//
//	go test -run '^$' -bench BenchmarkServeLoad -benchtime 1x ./internal/httpapi
func BenchmarkServeLoad(b *testing.B) {
	article := benchArticle(b)
	type load struct {
		name              string
		clients, requests int
		spec              string
	}
	cases := []load{
		{"bounded/clients=50", 50, 200, "0,0,0s"},
		{"bounded/clients=500", 500, 500, "0,0,0s"},
		{"unbounded/clients=50", 50, 200, "100000,1,0s"},
	}
	if spec := os.Getenv("QUOTEWIRE_BENCH_SPEC"); spec != "" { // try other settings
		cases = cases[:0]
		for _, n := range []int{50, 500} {
			cases = append(cases, load{fmt.Sprintf("%s/clients=%d", spec, n), n, max(200, n), spec})
		}
	}
	for _, bc := range cases {
		b.Run(bc.name, func(b *testing.B) {
			for range b.N {
				runLoad(b, article, bc.clients, bc.requests, bc.spec)
			}
		})
	}
}

func runLoad(b *testing.B, article string, clients, requests int, spec string) {
	cmd := exec.Command(os.Args[0], "-test.run", "^$")
	cmd.Env = append(os.Environ(), "QUOTEWIRE_BENCH_SERVE="+spec)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() { stdin.Close(); cmd.Wait() }()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		b.Fatal(err)
	}
	url := "http://" + strings.TrimSpace(line) + "/v1/extract?id=bench"
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: 0}}
	var next, ok, rejected, failed atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	b.ResetTimer()
	for range clients {
		wg.Go(func() {
			for next.Add(1) <= int64(requests) {
				for {
					code, retry, err := postOnce(client, url, article)
					if err != nil {
						failed.Add(1)
						break
					}
					if code == http.StatusServiceUnavailable {
						rejected.Add(1)
						time.Sleep(retry)
						continue
					}
					if code == http.StatusOK {
						ok.Add(1)
					} else {
						failed.Add(1)
					}
					break
				}
			}
		})
	}
	wg.Wait()
	el := time.Since(start)
	b.StopTimer()
	b.ReportMetric(peakRSS(cmd.Process.Pid), "peak-RSS-MB")
	b.ReportMetric(float64(rejected.Load()), "503s")
	b.ReportMetric(float64(ok.Load()), "200s")
	b.ReportMetric(el.Seconds(), "s-total")
	if f := failed.Load(); f > 0 {
		b.Errorf("%d requests failed", f)
	}
}

func postOnce(c *http.Client, url, body string) (int, time.Duration, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(body))
	req.Header.Set("Content-Type", "text/plain")
	resp, err := c.Do(req)
	if err != nil {
		return 0, 0, err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	retry := time.Second
	if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil {
		retry = time.Duration(s) * time.Second
	} else if resp.StatusCode == http.StatusServiceUnavailable {
		return resp.StatusCode, 0, errors.New("503 without Retry-After")
	}
	return resp.StatusCode, retry, nil
}
