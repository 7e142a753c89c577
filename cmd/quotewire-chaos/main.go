// Command quotewire-chaos checks that no article is lost while workers
// crash, brokers die and the network misbehaves. It publishes articles at
// a steady rate while, on a schedule drawn from --seed, it SIGKILLs worker
// processes and starts new ones, adds and gracefully stops workers (each a
// rebalance), kills broker nodes with SIGKILL and starts them again on
// their data, and makes the fault proxies in front of the nodes add
// latency, reset connections and black-hole a node for some seconds. Then
// it reads the output and dead-letter topics and checks that every article
// has a record (or a dead-letter entry, for the inputs meant to fail) and
// that every duplicate is byte-identical. It prints a summary and, as its
// last line, one JSON object.
//
// Profiles (flags override their figures):
//
//	single   the broker of KAFKA_BROKERS (scripts/with-broker), restarted
//	         once gracefully (deploy/kafka/start --restart); `make chaos`
//	short    a 3-node cluster it starts itself behind fault proxies; a few
//	         thousand articles, a few worker kills, one broker kill of a
//	         leader, one fault of each proxy kind: 3-5 minutes; `make test`
//	cluster  the same cluster; 100,000 articles, ≥ 20 worker kills, joins
//	         and leaves, 3 broker kills of leaders, latency spikes, resets
//	         and black-holes; `make chaos-cluster`
//
// It exits 1 if an article is lost, a duplicate differs, or (cluster
// profile) duplicates exceed 1% of the articles.
//
//	go run ./cmd/quotewire-chaos --profile short --quotewire bin/quotewire
package main

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
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
	ok, err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotewire-chaos:", err)
		os.Exit(1)
	}
	if !ok {
		os.Exit(1)
	}
}

// profile is a named set of figures.
type profile struct {
	articles  int
	rate      float64 // articles per second
	plan      plan
	cluster   bool    // start a 3-node cluster behind proxies
	maxDupPct float64 // fail above this share of duplicates (0: not asserted)
	drain     time.Duration
}

var profiles = map[string]profile{
	"single": {articles: 10000, rate: 10000.0 / 45, drain: 5 * time.Minute,
		plan: plan{WorkerKills: 8, JoinsLeaves: 6, BrokerRestarts: 1}},
	"short": {articles: 3000, rate: 40, cluster: true, drain: 5 * time.Minute,
		plan: plan{WorkerKills: 4, JoinsLeaves: 2, BrokerKills: 1, BrokerDown: 10 * time.Second,
			Latencies: 1, LatencyFor: 5 * time.Second, Resets: 1, BlackHoles: 1, BlackHoleFor: 5 * time.Second, Nodes: 3}},
	"cluster": {articles: 100000, rate: 100, cluster: true, maxDupPct: 1, drain: 10 * time.Minute,
		plan: plan{WorkerKills: 24, JoinsLeaves: 10, BrokerKills: 3, BrokerDown: 20 * time.Second,
			Latencies: 4, LatencyFor: 8 * time.Second, Resets: 4, BlackHoles: 2, BlackHoleFor: 10 * time.Second, Nodes: 3}},
}

// killReport is one broker kill: which node, what it led, and how long
// until the pipeline had recovered (see recovery).
type killReport struct {
	Node      int     `json:"node"`
	AtS       float64 `json:"at_s"`
	LedIn     int     `json:"led_input_partitions"`
	LedOut    int     `json:"led_output_partitions"`
	RecoveryS float64 `json:"recovery_s"`
	at        time.Time
}

type summary struct {
	Profile             string         `json:"profile"`
	Seed                uint64         `json:"seed"`
	Sent                int            `json:"sent"`
	Recorded            int            `json:"recorded"`
	DeadLettered        int            `json:"dead_lettered"`
	Lost                int            `json:"lost"`
	Duplicates          int            `json:"duplicates"`
	DuplicateShare      float64        `json:"duplicate_share"`
	DuplicatesIdentical bool           `json:"duplicates_identical"`
	InputDuplicates     int            `json:"input_duplicates"`
	WorkerKills         int            `json:"worker_kills"`
	WorkerJoins         int            `json:"worker_joins"`
	WorkerLeaves        int            `json:"worker_leaves"`
	BrokerKills         int            `json:"broker_kills"`
	BrokerRestarts      int            `json:"broker_restarts"`
	Faults              map[string]int `json:"faults"`
	FaultsInjected      int            `json:"faults_injected"`
	BrokerKillReports   []killReport   `json:"broker_kill_recovery"`
	RecoveryMaxS        float64        `json:"recovery_max_s"`
	MaxStallS           float64        `json:"max_stall_s"`
	StallPartition      int            `json:"stall_partition"`
	DurationS           float64        `json:"duration_s"`
	Pass                bool           `json:"pass"`
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) (bool, error) {
	fs := flag.NewFlagSet("quotewire-chaos", flag.ContinueOnError)
	profName := fs.String("profile", "single", "single, short or cluster (see the command's doc)")
	binary := fs.String("quotewire", "bin/quotewire", "the quotewire binary whose workers are tested")
	brokersFlag := fs.String("brokers", os.Getenv("KAFKA_BROKERS"), "single profile: Kafka brokers (default: $KAFKA_BROKERS)")
	restart := fs.String("restart", "deploy/kafka/start --restart", "single profile: command that restarts the broker on its data (empty: no restart)")
	script := fs.String("kafka-start", "deploy/kafka/start", "cluster profiles: the script that runs the cluster")
	articles := fs.Int("articles", 0, "articles to publish (default: the profile's)")
	rate := fs.Float64("rate", 0, "articles per second (default: the profile's)")
	workerKills := fs.Int("worker-kills", -1, "workers to SIGKILL (default: the profile's)")
	brokerKills := fs.Int("broker-kills", -1, "broker nodes to SIGKILL (default: the profile's)")
	seed := fs.Uint64("seed", uint64(time.Now().UnixNano()), "random seed of the chaos schedule")
	parts := fs.Int("partitions", 6, "partitions of the input and output topics")
	fs.StringVar(&harness.WorkerLogLevel, "worker-log-level", "warn", "the workers' --log-level (their logs go to stderr)")
	if err := fs.Parse(args); err != nil {
		return false, err
	}
	prof, ok := profiles[*profName]
	if !ok {
		return false, fmt.Errorf("--profile %q: want single, short or cluster", *profName)
	}
	if *articles > 0 {
		prof.articles = *articles
	}
	if *rate > 0 {
		prof.rate = *rate
	}
	if *workerKills >= 0 {
		prof.plan.WorkerKills = *workerKills
	}
	if *brokerKills >= 0 {
		if !prof.cluster {
			return false, errors.New("--broker-kills: the single profile restarts its broker (--restart)")
		}
		prof.plan.BrokerKills = *brokerKills
	}
	prof.plan.Window = time.Duration(float64(prof.articles) / prof.rate * float64(time.Second))
	if _, err := os.Stat(*binary); err != nil {
		return false, fmt.Errorf("--quotewire %s: %w (make build)", *binary, err)
	}
	logf := func(format string, a ...any) {
		fmt.Fprintf(stderr, "chaos %s: %s\n", time.Now().Format("15:04:05.000"), fmt.Sprintf(format, a...))
	}
	rng := rand.New(rand.NewPCG(*seed, 1))
	logf("profile %s, seed %d: %d articles at %.0f/s over %s", *profName, *seed, prof.articles, prof.rate, prof.plan.Window.Round(time.Second))
	events := schedule(prof.plan, rng)

	var brokers []string
	var cluster *harness.Cluster
	logFile := os.Stderr
	if prof.cluster {
		logf("starting a 3-node cluster behind fault proxies")
		c, err := harness.StartCluster(ctx, *script, 3, "", listenProxy, logFile)
		if err != nil {
			return false, err
		}
		defer c.Stop()
		cluster, brokers = c, c.Brokers
		logf("cluster up: nodes at %s, proxies at %s", strings.Join(c.Listen, ","), strings.Join(c.Brokers, ","))
	} else {
		if *brokersFlag == "" {
			return false, errors.New("no broker: set KAFKA_BROKERS (scripts/with-broker starts one)")
		}
		brokers = strings.Split(*brokersFlag, ",")
		if rd := os.Getenv("KAFKA_RUN_DIR"); *restart != "" && strings.Contains(*restart, "deploy/kafka") {
			if _, err := os.Stat(filepath.Join(rd, "server.properties")); rd == "" || err != nil {
				logf("no real broker state in KAFKA_RUN_DIR (the in-process broker?): the broker will not be restarted")
				*restart = ""
			}
		}
	}
	cfg := kafkaio.Config{Brokers: brokers}
	tp, err := harness.NewTopics(ctx, cfg, "chaos", *parts)
	if err != nil {
		return false, err
	}

	// The corpus: our test articles under fresh ids; one in 250 is poison
	// (invalid JSON or invalid UTF-8) and must be dead-lettered.
	texts, err := harness.Texts("testdata/extract", "")
	if err != nil {
		return false, err
	}
	poison := map[string]bool{}
	recs := make([]pipeline.Record, prof.articles)
	for i := range recs {
		id := fmt.Sprintf("chaos-%06d", i)
		v := harness.ArticleValue(extractor.Article{ID: id, Text: texts[i%len(texts)]})
		switch {
		case i%500 == 250:
			v, poison[id] = []byte(`{"id":"`+id+`","text":`), true
		case i%500 == 499:
			v, poison[id] = []byte("bad \xff utf8 "+id), true
		}
		recs[i] = pipeline.Record{Topic: tp.In, Key: []byte(id), Value: v}
	}

	s := summary{Profile: *profName, Seed: *seed, Sent: prof.articles, Faults: map[string]int{}}
	ws := &workers{binary: *binary, brokers: brokers, tp: tp, logf: logf}
	for range 2 {
		ws.start()
	}
	if err := harness.WaitFor(ctx, 2*time.Minute, 200*time.Millisecond, ws.anyReady); err != nil {
		ws.stopAll()
		return false, fmt.Errorf("no worker became ready: %w", err)
	}

	// Publish at a steady pace while the chaos goes on.
	began := time.Now()
	pubDone := make(chan error, 1)
	go func() { pubDone <- publish(ctx, cfg, recs, prof.rate, began, logf) }()

	var kills []*killReport
	down := map[int]bool{}
	var bg sync.WaitGroup // broker starts and graceful stops run beside the schedule
	var bgMu sync.Mutex
	for _, e := range events {
		select {
		case <-ctx.Done():
			ws.stopAll()
			return false, ctx.Err()
		case <-time.After(time.Until(began.Add(e.At))):
		}
		ws.reap()
		switch e.Kind {
		case killWorker:
			if ws.kill(rng) {
				s.WorkerKills++
			}
			ws.start()
		case addWorker:
			if ws.count() < 4 {
				logf("a worker joins (%d running)", ws.count())
				ws.start()
				s.WorkerJoins++
			}
		case stopWorker:
			if w := ws.take(rng, 1); w != nil {
				logf("a worker leaves gracefully (%d left)", ws.count())
				s.WorkerLeaves++
				bg.Go(func() {
					if err := w.Stop(); err != nil {
						logf("a leaving worker did not stop cleanly: %v", err)
					}
				})
			}
		case restartBroke:
			if *restart == "" {
				continue
			}
			logf("restarting the broker (SIGTERM, start)")
			f := strings.Fields(*restart)
			cmd := exec.CommandContext(ctx, f[0], f[1:]...)
			cmd.Stderr = stderr
			if out, err := cmd.Output(); err != nil {
				ws.stopAll()
				return false, fmt.Errorf("restarting the broker: %w (%s)", err, out)
			}
			s.BrokerRestarts++
		case killBroker:
			// A restart running beside the schedule deletes from down:
			// killLeader gets a copy taken under the lock.
			bgMu.Lock()
			alive := maps.Clone(down)
			bgMu.Unlock()
			k, err := killLeader(ctx, cluster, tp, *parts, rng, alive, logFile)
			if err != nil {
				logf("killing a broker: %v", err)
				continue
			}
			k.AtS = time.Since(began).Seconds()
			logf("kill -9 broker node %d (leads %d input and %d output partitions)", k.Node, k.LedIn, k.LedOut)
			bgMu.Lock()
			down[k.Node] = true
			bgMu.Unlock()
			kills = append(kills, k)
			s.BrokerKills++
		case startBroker:
			if e.Pair >= len(kills) {
				continue
			}
			k := kills[e.Pair]
			bg.Go(func() {
				logf("starting broker node %d again", k.Node)
				if err := cluster.Restart(ctx, k.Node, logFile); err != nil {
					logf("starting broker node %d: %v", k.Node, err)
					return
				}
				bgMu.Lock()
				delete(down, k.Node)
				bgMu.Unlock()
				logf("broker node %d is back", k.Node)
			})
		case latency, reset, blackHole:
			if cluster == nil {
				continue
			}
			p := cluster.Proxies[e.Node-1]
			switch e.Kind {
			case latency:
				d := 200*time.Millisecond + time.Duration(rng.IntN(300))*time.Millisecond
				logf("proxy of node %d: latency %s for %s", e.Node, d, e.For)
				p.SetLatency(d)
			case reset:
				logf("proxy of node %d: reset %d connections", e.Node, p.Reset())
			case blackHole:
				logf("proxy of node %d: black-hole for %s", e.Node, e.For)
				p.BlackHole(true)
			}
			s.Faults[string(e.Kind)]++
			s.FaultsInjected++
		case heal:
			p := cluster.Proxies[e.Node-1]
			p.SetLatency(0)
			p.BlackHole(false)
		}
	}
	if err := <-pubDone; err != nil {
		ws.stopAll()
		return false, fmt.Errorf("publishing: %w", err)
	}
	pubEnd := time.Now()
	bg.Wait()
	ws.reap()
	for ws.count() < 2 {
		ws.start()
	}
	logf("chaos over after %.0f s: %d worker kills, %d broker kills, %d faults; waiting for the workers to catch up",
		time.Since(began).Seconds(), s.WorkerKills, s.BrokerKills, s.FaultsInjected)

	// Read both topics until every article is accounted for, or the
	// profile's drain time.
	res := collect(ctx, cfg, tp, recs, poison, prof.drain, logf)
	ws.stopAll()
	s.DurationS = time.Since(began).Seconds()

	var lostIDs []string
	differ := 0
	for _, r := range recs {
		id := string(r.Key)
		outs := res.out[id]
		switch {
		case poison[id] && res.dead[id]:
			s.DeadLettered++
		case poison[id]:
			lostIDs = append(lostIDs, id+" (meant for the dead-letter topic)")
		case len(outs) > 0:
			s.Recorded++
			// A second record from the same input record is the
			// worker's duplicate; one from another input record with
			// the same id, the publisher's (a write retried after the
			// broker had taken it).
			sources := map[string]bool{}
			for i, o := range outs {
				if o.hash != outs[0].hash {
					differ++
				}
				if i > 0 {
					s.Duplicates++
					if !sources[o.source] {
						s.InputDuplicates++
					}
				}
				sources[o.source] = true
			}
		default:
			lostIDs = append(lostIDs, id)
		}
	}
	s.Lost = len(lostIDs)
	s.DuplicatesIdentical = differ == 0
	if s.Recorded > 0 {
		s.DuplicateShare = float64(s.Duplicates) / float64(s.Recorded)
	}
	for _, k := range kills {
		k.RecoveryS = recovery(k, res, *parts)
		s.RecoveryMaxS = max(s.RecoveryMaxS, k.RecoveryS)
		s.BrokerKillReports = append(s.BrokerKillReports, *k)
	}
	// From the first record on, not counting the workers' start.
	firstOut := pubEnd
	for _, outs := range res.out {
		for _, o := range outs {
			if o.at.Before(firstOut) {
				firstOut = o.at
			}
		}
	}
	s.MaxStallS, s.StallPartition = maxStall(res, firstOut, pubEnd)
	s.Pass = s.Lost == 0 && differ == 0 && (prof.maxDupPct == 0 || s.DuplicateShare*100 <= prof.maxDupPct)

	fmt.Fprintf(stdout, "quotewire chaos (profile %s, seed %d): %d articles sent at %.0f/s while %d workers were killed with SIGKILL, %d joined, %d left, %d broker nodes were killed with SIGKILL (%d restarted gracefully), %d proxy faults\n",
		s.Profile, s.Seed, s.Sent, prof.rate, s.WorkerKills, s.WorkerJoins, s.WorkerLeaves, s.BrokerKills, s.BrokerRestarts, s.FaultsInjected)
	fmt.Fprintf(stdout, "  recorded %d, dead-lettered %d (of %d poison inputs), lost %d\n", s.Recorded, s.DeadLettered, len(poison), s.Lost)
	fmt.Fprintf(stdout, "  duplicate records %d (%.2f%% of the articles; %d of them from inputs the publisher wrote twice), %s\n",
		s.Duplicates, 100*s.DuplicateShare, s.InputDuplicates, map[bool]string{true: "all byte-identical", false: fmt.Sprintf("%d DIFFER", differ)}[differ == 0])
	for _, k := range s.BrokerKillReports {
		fmt.Fprintf(stdout, "  broker node %d killed at %.0f s (leading %d input, %d output partitions): recovered in %.1f s\n",
			k.Node, k.AtS, k.LedIn, k.LedOut, k.RecoveryS)
	}
	if len(s.BrokerKillReports) > 0 {
		fmt.Fprintln(stdout, "  (recovery: from the kill until every input partition has an output record for an article published after the kill)")
	}
	fmt.Fprintf(stdout, "  longest pause of one input partition's output while publishing: %.1f s (partition %d)\n", s.MaxStallS, s.StallPartition)
	if s.Lost > 0 {
		fmt.Fprintf(stdout, "  LOST: %s\n", strings.Join(lostIDs[:min(10, len(lostIDs))], ", "))
	}
	if prof.maxDupPct > 0 && s.DuplicateShare*100 > prof.maxDupPct {
		fmt.Fprintf(stdout, "  FAIL: duplicates over %.0f%%\n", prof.maxDupPct)
	}
	b, _ := json.Marshal(s)
	fmt.Fprintln(stdout, string(b))
	return s.Pass, nil
}

// listenProxy starts a fault proxy (internal/faultproxy).
func listenProxy(addr, target string) (harness.Proxy, error) { return newProxy(addr, target) }

// killLeader SIGKILLs the live node that leads the most partitions of the
// input and output topics (ties broken by rng).
func killLeader(ctx context.Context, c *harness.Cluster, tp harness.Topics, parts int, rng *rand.Rand, down map[int]bool, logw *os.File) (*killReport, error) {
	if c == nil {
		return nil, errors.New("no cluster")
	}
	var leaders map[string]map[int]int
	err := retrying(ctx, 30*time.Second, func() error {
		var err error
		leaders, err = kafkaio.Leaders(ctx, kafkaio.Config{Brokers: c.Brokers}, tp.In, tp.Out)
		return err
	})
	if err != nil {
		return nil, err
	}
	led := map[int][2]int{}
	for p := range parts {
		in, out := led[leaders[tp.In][p]], led[leaders[tp.Out][p]]
		in[0]++
		led[leaders[tp.In][p]] = in
		out = led[leaders[tp.Out][p]]
		out[1]++
		led[leaders[tp.Out][p]] = out
	}
	var nodes []int
	for n := range led {
		if n > 0 && !down[n] {
			nodes = append(nodes, n)
		}
	}
	if len(nodes) == 0 {
		return nil, errors.New("no live node leads a partition")
	}
	slices.Sort(nodes)
	rng.Shuffle(len(nodes), func(i, j int) { nodes[i], nodes[j] = nodes[j], nodes[i] })
	best := nodes[0]
	for _, n := range nodes {
		if led[n][0]+led[n][1] > led[best][0]+led[best][1] {
			best = n
		}
	}
	if err := c.Kill(ctx, best, logw); err != nil {
		return nil, err
	}
	// The script returns once the process is gone.
	return &killReport{Node: best, LedIn: led[best][0], LedOut: led[best][1], at: time.Now()}, nil
}

// retrying calls f until it succeeds or d passes.
func retrying(ctx context.Context, d time.Duration, f func() error) error {
	deadline := time.Now().Add(d)
	for {
		err := f()
		if err == nil || time.Now().After(deadline) || ctx.Err() != nil {
			return err
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// publish writes recs at rate per second from start, in batches every
// 100 ms; a failed write is retried (a broker may be down).
func publish(ctx context.Context, cfg kafkaio.Config, recs []pipeline.Record, rate float64, start time.Time, logf func(string, ...any)) error {
	sink, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: cfg})
	if err != nil {
		return err
	}
	defer sink.Close()
	const tick = 100 * time.Millisecond
	sent := 0
	for k := 1; sent < len(recs); k++ {
		due := min(len(recs), int(rate*(time.Duration(k)*tick).Seconds()))
		for batch := recs[sent:due]; len(batch) > 0; {
			err := sink.Write(ctx, batch...)
			if err == nil {
				break
			}
			if ctx.Err() != nil {
				return err
			}
			// Write again only what was not written: the rest would be
			// input duplicates.
			var pe *pipeline.PartialWriteError
			if errors.As(err, &pe) {
				var again []pipeline.Record
				for _, i := range pe.Failed {
					again = append(again, batch[i])
				}
				batch = again
			}
			logf("publishing: %v; retrying", err)
			time.Sleep(time.Second)
		}
		sent = due
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Until(start.Add(time.Duration(k+1) * tick))):
		}
	}
	return nil
}

// output is one attribution record as the check needs it.
type output struct {
	hash   [32]byte
	source string // input partition/offset
	part   int
	offset int64
	at     time.Time // the broker's append time
}

type collected struct {
	out  map[string][]output
	dead map[string]bool
	in   map[int][]time.Time // input append times by partition, in offset order
}

// collect reads the output and dead-letter topics until every article is
// accounted for or d passes, then a few seconds more for late duplicates.
func collect(ctx context.Context, cfg kafkaio.Config, tp harness.Topics, recs []pipeline.Record, poison map[string]bool, d time.Duration, logf func(string, ...any)) collected {
	res := collected{out: map[string][]output{}, dead: map[string]bool{}, in: map[int][]time.Time{}}
	var mu sync.Mutex
	done := 0 // articles accounted for
	inputs := 0
	want := map[string]bool{}
	for _, r := range recs {
		want[string(r.Key)] = true
	}
	rctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var wg sync.WaitGroup
	wg.Go(func() {
		kafkaio.ReadTopic(rctx, cfg, tp.Out, func(m pipeline.Message) bool {
			o := output{hash: sha256.Sum256(m.Value), at: m.Time}
			for _, h := range m.Headers {
				if h.Key == pipeline.HeaderSource {
					o.source = string(h.Value)
					f := strings.Split(o.source, "/")
					if len(f) >= 3 {
						o.part, _ = strconv.Atoi(f[len(f)-2])
						o.offset, _ = strconv.ParseInt(f[len(f)-1], 10, 64)
					}
				}
			}
			id := string(m.Key)
			mu.Lock()
			if len(res.out[id]) == 0 && want[id] && !poison[id] {
				done++
			}
			res.out[id] = append(res.out[id], o)
			mu.Unlock()
			return true
		})
	})
	wg.Go(func() {
		kafkaio.ReadTopic(rctx, cfg, tp.DLQ, func(m pipeline.Message) bool {
			id := string(m.Key)
			mu.Lock()
			if !res.dead[id] && poison[id] {
				done++
			}
			res.dead[id] = true
			mu.Unlock()
			return true
		})
	})
	wg.Go(func() {
		kafkaio.ReadTopic(rctx, cfg, tp.In, func(m pipeline.Message) bool {
			mu.Lock()
			res.in[m.Partition] = append(res.in[m.Partition], m.Time)
			inputs++
			mu.Unlock()
			return true
		})
	})
	last, lastAt := -1, time.Now()
	for rctx.Err() == nil {
		mu.Lock()
		n, ins := done, inputs
		mu.Unlock()
		if n >= len(recs) && ins >= len(recs) {
			break
		}
		if n != last {
			last, lastAt = n, time.Now()
		} else if time.Since(lastAt) > 30*time.Second {
			logf("waiting: %d of %d articles accounted for", n, len(recs))
			lastAt = time.Now()
		}
		time.Sleep(500 * time.Millisecond)
	}
	time.Sleep(3 * time.Second) // late duplicates
	cancel()
	wg.Wait()
	return res
}

// recovery is the time from a broker kill until every input partition has
// an output record for an article published after the kill (appended to
// the input, by the broker's clock, after the kill returned): the whole
// path, publishing, fetch, extraction, write and the output's append,
// works again on every partition. -1 when a partition never got one.
func recovery(k *killReport, res collected, parts int) float64 {
	after := map[int]int64{} // the first input offset appended after the kill
	for p, ts := range res.in {
		after[p] = int64(len(ts))
		for off, t := range ts {
			if t.After(k.at) {
				after[p] = int64(off)
				break
			}
		}
	}
	first := map[int]time.Time{}
	for _, outs := range res.out {
		for _, o := range outs {
			if a, ok := after[o.part]; ok && o.offset >= a {
				if t, ok := first[o.part]; !ok || o.at.Before(t) {
					first[o.part] = o.at
				}
			}
		}
	}
	worst := 0.0
	for p := range parts {
		t, ok := first[p]
		if !ok {
			return -1
		}
		worst = max(worst, t.Sub(k.at).Seconds())
	}
	return worst
}

// maxStall is the longest time, while articles were being published,
// between two output records from the same input partition (by their
// append times), and that partition: a partition that stops (a reader
// stuck on a dead leader) shows here even without a broker kill.
func maxStall(res collected, from, to time.Time) (float64, int) {
	byPart := map[int][]time.Time{}
	for _, outs := range res.out {
		for _, o := range outs {
			byPart[o.part] = append(byPart[o.part], o.at)
		}
	}
	worst, wp := 0.0, -1
	for p, ts := range byPart {
		slices.SortFunc(ts, func(a, b time.Time) int { return a.Compare(b) })
		prev := from
		for _, t := range ts {
			if t.After(to) {
				break
			}
			if d := t.Sub(prev).Seconds(); d > worst {
				worst, wp = d, p
			}
			prev = t
		}
	}
	return worst, wp
}

// workers are the running worker processes.
type workers struct {
	binary  string
	brokers []string
	tp      harness.Topics
	logf    func(string, ...any)
	mu      sync.Mutex
	ws      []*harness.Worker
}

func (w *workers) start() {
	wk, err := harness.StartWorker(w.binary, w.brokers, w.tp, 1)
	if err != nil {
		w.logf("starting a worker: %v", err)
		return
	}
	w.mu.Lock()
	w.ws = append(w.ws, wk)
	w.mu.Unlock()
}

func (w *workers) count() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.ws)
}

func (w *workers) anyReady() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, wk := range w.ws {
		if wk.Ready() {
			return true
		}
	}
	return false
}

// reap forgets workers that exited on their own, saying so.
func (w *workers) reap() {
	w.mu.Lock()
	defer w.mu.Unlock()
	alive := w.ws[:0]
	for _, wk := range w.ws {
		if done, err := wk.Exited(); done {
			w.logf("a worker exited on its own: %v", err)
			continue
		}
		alive = append(alive, wk)
	}
	w.ws = alive
}

// take removes a random worker from the set, keeping at least keep.
func (w *workers) take(rng *rand.Rand, keep int) *harness.Worker {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.ws) <= keep {
		return nil
	}
	i := rng.IntN(len(w.ws))
	wk := w.ws[i]
	w.ws = append(w.ws[:i], w.ws[i+1:]...)
	return wk
}

// kill SIGKILLs a random worker.
func (w *workers) kill(rng *rand.Rand) bool {
	wk := w.take(rng, 0)
	if wk == nil {
		return false
	}
	w.logf("kill -9 a worker (%d left)", w.count())
	wk.Kill()
	return true
}

func (w *workers) stopAll() {
	w.mu.Lock()
	ws := w.ws
	w.ws = nil
	w.mu.Unlock()
	var wg sync.WaitGroup
	for _, wk := range ws {
		wg.Go(func() {
			if err := wk.Stop(); err != nil {
				w.logf("a worker did not stop cleanly: %v", err)
			}
		})
	}
	wg.Wait()
}
