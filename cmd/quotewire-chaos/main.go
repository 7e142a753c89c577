// Command quotewire-chaos checks that no article is lost while workers
// crash and the broker restarts. Against the broker that deploy/kafka
// started (KAFKA_BROKERS, KAFKA_RUN_DIR), it publishes articles while it
// kill -9s worker processes and starts new ones, adds and removes workers to
// force rebalances, and restarts the broker once on the same data. Then it
// reads the output and dead-letter topics and checks that every article has
// a record (or a dead-letter entry, for the inputs meant to fail) and that
// duplicates are byte-identical. It prints a summary and, as its last line,
// one JSON object; it exits 1 if anything was lost.
//
//	scripts/with-broker go run ./cmd/quotewire-chaos --quotewire bin/quotewire
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/internal/harness"
	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/kafkaio"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	lost, err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotewire-chaos:", err)
		os.Exit(1)
	}
	if lost > 0 {
		os.Exit(1)
	}
}

type summary struct {
	Sent           int `json:"sent"`
	Recorded       int `json:"recorded"`
	DeadLettered   int `json:"dead_lettered"`
	Lost           int `json:"lost"`
	Duplicates     int `json:"duplicates"`
	WorkerKills    int `json:"worker_kills"`
	BrokerRestarts int `json:"broker_restarts"`
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) (int, error) {
	fs := flag.NewFlagSet("quotewire-chaos", flag.ContinueOnError)
	binary := fs.String("quotewire", "bin/quotewire", "the quotewire binary whose workers are tested")
	brokersFlag := fs.String("brokers", os.Getenv("KAFKA_BROKERS"), "Kafka brokers (default: $KAFKA_BROKERS)")
	n := fs.Int("articles", 10000, "articles to publish")
	seconds := fs.Int("seconds", 45, "how long articles are published while chaos goes on")
	restart := fs.String("restart", "deploy/kafka/start --restart", "command that restarts the broker on the same data (empty: no restart)")
	seed := fs.Uint64("seed", uint64(time.Now().UnixNano()), "random seed of the chaos schedule")
	if err := fs.Parse(args); err != nil {
		return 0, err
	}
	if *brokersFlag == "" {
		return 0, errors.New("no broker: set KAFKA_BROKERS (scripts/with-broker starts one)")
	}
	brokers := strings.Split(*brokersFlag, ",")
	logf := func(format string, a ...any) {
		fmt.Fprintf(stderr, "chaos %s: %s\n", time.Now().Format("15:04:05.000"), fmt.Sprintf(format, a...))
	}
	rng := rand.New(rand.NewPCG(*seed, 1))
	logf("seed %d", *seed)
	cfg := kafkaio.Config{Brokers: brokers}
	tp, err := harness.NewTopics(ctx, cfg, "chaos", 6)
	if err != nil {
		return 0, err
	}

	// The corpus: our test articles under fresh ids; one in 250 is poison
	// (invalid JSON or invalid UTF-8) and must be dead-lettered.
	texts, _ := filepath.Glob("testdata/extract/*.txt")
	if len(texts) == 0 {
		return 0, errors.New("no test articles in testdata/extract (run from the module root)")
	}
	var bodies []string
	for _, f := range texts {
		b, _ := os.ReadFile(f)
		bodies = append(bodies, string(b))
	}
	poison := map[string]bool{}
	recs := make([]pipeline.Record, *n)
	for i := range recs {
		id := fmt.Sprintf("chaos-%06d", i)
		v := harness.ArticleValue(extractor.Article{ID: id, Text: bodies[i%len(bodies)]})
		switch {
		case i%500 == 250:
			v, poison[id] = []byte(`{"id":"`+id+`","text":`), true
		case i%500 == 499:
			v, poison[id] = []byte("bad \xff utf8 "+id), true
		}
		recs[i] = pipeline.Record{Topic: tp.In, Key: []byte(id), Value: v}
	}

	var mu sync.Mutex
	var workers []*harness.Worker
	s := summary{Sent: *n}
	start := func() {
		w, err := harness.StartWorker(*binary, brokers, tp, 1)
		if err != nil {
			logf("starting a worker: %v", err)
			return
		}
		mu.Lock()
		workers = append(workers, w)
		mu.Unlock()
	}
	for range 2 {
		start()
	}

	// Publish at a steady pace while the chaos goes on.
	pubDone := make(chan error, 1)
	go func() {
		sink, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: cfg})
		if err != nil {
			pubDone <- err
			return
		}
		defer sink.Close()
		per := max(1, *n / *seconds / 10) // ten batches a second
		for i := 0; i < len(recs); i += per {
			batch := recs[i:min(i+per, len(recs))]
			for {
				err := sink.Write(ctx, batch...)
				if err == nil {
					break
				}
				if ctx.Err() != nil {
					pubDone <- err
					return
				}
				logf("publishing: %v; retrying", err) // the broker may be restarting
				time.Sleep(time.Second)
			}
			time.Sleep(100 * time.Millisecond)
		}
		pubDone <- nil
	}()

	// The chaos: every 1.5-4 s, kill -9 a worker and start another, or add
	// a worker, or stop one gracefully; restart the broker once, midway.
	chaosEnd := time.Now().Add(time.Duration(*seconds) * time.Second)
	restartAt := time.Now().Add(time.Duration(*seconds) * time.Second / 2)
	restarted := *restart == ""
	if rd := os.Getenv("KAFKA_RUN_DIR"); !restarted && strings.Contains(*restart, "deploy/kafka") {
		if _, err := os.Stat(filepath.Join(rd, "server.properties")); rd == "" || err != nil {
			logf("no real broker state in KAFKA_RUN_DIR (the in-process broker?): the broker will not be restarted")
			restarted = true
		}
	}
	for time.Now().Before(chaosEnd) {
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-time.After(time.Duration(1500+rng.IntN(2500)) * time.Millisecond):
		}
		if !restarted && time.Now().After(restartAt) {
			logf("restarting the broker")
			f := strings.Fields(*restart)
			cmd := exec.CommandContext(ctx, f[0], f[1:]...)
			cmd.Stderr = stderr
			if out, err := cmd.Output(); err != nil {
				return 0, fmt.Errorf("restarting the broker: %w (%s)", err, out)
			}
			restarted = true
			s.BrokerRestarts++
			continue
		}
		mu.Lock()
		alive := workers[:0]
		for _, w := range workers {
			if done, err := w.Exited(); done {
				logf("a worker exited on its own: %v", err)
				continue
			}
			alive = append(alive, w)
		}
		workers = alive
		mu.Unlock()
		switch r := rng.IntN(10); {
		case r < 5 && len(workers) > 0: // crash
			i := rng.IntN(len(workers))
			logf("kill -9 worker %d of %d", i, len(workers))
			workers[i].Kill()
			workers = append(workers[:i], workers[i+1:]...)
			s.WorkerKills++
			start()
		case r < 8 && len(workers) < 4: // join: rebalance
			logf("adding a worker (%d running)", len(workers))
			start()
		case len(workers) > 1: // leave gracefully: rebalance
			i := rng.IntN(len(workers))
			logf("stopping worker %d of %d", i, len(workers))
			workers[i].Stop()
			workers = append(workers[:i], workers[i+1:]...)
		}
	}
	if err := <-pubDone; err != nil {
		return 0, fmt.Errorf("publishing: %w", err)
	}
	for len(workers) < 2 {
		start()
	}
	logf("chaos over: %d kills, %d broker restarts; waiting for the workers to catch up", s.WorkerKills, s.BrokerRestarts)

	// Read both topics until every article is accounted for, or 5 minutes.
	want := map[string]bool{}
	for _, r := range recs {
		want[string(r.Key)] = true
	}
	records := map[string][][]byte{}
	dead := map[string]bool{}
	var rmu sync.Mutex
	seen := func() int {
		rmu.Lock()
		defer rmu.Unlock()
		k := 0
		for id := range want {
			if len(records[id]) > 0 || dead[id] {
				k++
			}
		}
		return k
	}
	rctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		kafkaio.ReadTopic(rctx, cfg, tp.Out, func(m pipeline.Message) bool {
			rmu.Lock()
			records[string(m.Key)] = append(records[string(m.Key)], m.Value)
			rmu.Unlock()
			return true
		})
	}()
	go func() {
		defer wg.Done()
		kafkaio.ReadTopic(rctx, cfg, tp.DLQ, func(m pipeline.Message) bool {
			rmu.Lock()
			dead[string(m.Key)] = true
			rmu.Unlock()
			return true
		})
	}()
	for seen() < len(want) && rctx.Err() == nil {
		time.Sleep(500 * time.Millisecond)
	}
	time.Sleep(2 * time.Second) // let late duplicates arrive
	cancel()
	wg.Wait()
	for _, w := range workers {
		if err := w.Stop(); err != nil {
			logf("a worker did not stop cleanly: %v", err)
		}
	}

	var lostIDs []string
	for id := range want {
		recs := records[id]
		switch {
		case poison[id] && dead[id]:
			s.DeadLettered++
		case poison[id]:
			lostIDs = append(lostIDs, id+" (meant for the dead-letter topic)")
		case len(recs) > 0:
			s.Recorded++
			for _, r := range recs[1:] {
				s.Duplicates++
				if !bytes.Equal(r, recs[0]) {
					return 0, fmt.Errorf("article %s: duplicate records differ", id)
				}
			}
		default:
			lostIDs = append(lostIDs, id)
		}
	}
	s.Lost = len(lostIDs)
	fmt.Fprintf(stdout, "quotewire chaos: %d articles sent while %d workers were killed with SIGKILL and the broker restarted %d time(s)\n",
		s.Sent, s.WorkerKills, s.BrokerRestarts)
	fmt.Fprintf(stdout, "  recorded %d, dead-lettered %d (of %d poison inputs), lost %d, duplicate records %d (all byte-identical)\n",
		s.Recorded, s.DeadLettered, len(poison), s.Lost, s.Duplicates)
	if s.Lost > 0 {
		fmt.Fprintf(stdout, "  LOST: %s\n", strings.Join(lostIDs[:min(10, len(lostIDs))], ", "))
	}
	b, _ := json.Marshal(s)
	fmt.Fprintln(stdout, string(b))
	return s.Lost, nil
}
