package main

import (
	"math/rand/v2"
	"slices"
	"time"
)

// kind is one sort of chaos event.
type kind string

const (
	killWorker   kind = "kill-worker"    // SIGKILL a worker, start a new one
	addWorker    kind = "add-worker"     // a worker joins: rebalance
	stopWorker   kind = "stop-worker"    // a worker leaves gracefully: rebalance
	killBroker   kind = "kill-broker"    // SIGKILL the node leading most partitions of the topics
	startBroker  kind = "start-broker"   // start it again on its data
	restartBroke kind = "restart-broker" // single broker: SIGTERM and start again
	latency      kind = "latency"        // the proxy of one node delays every chunk
	reset        kind = "reset"          // the proxy of one node closes its connections
	blackHole    kind = "black-hole"     // the proxy of one node forwards nothing
	heal         kind = "heal"           // the end of a latency spike or a black-hole
)

// event is one scheduled action, at an offset from the start of
// publishing. Broker and proxy events name their node when the schedule
// can (proxy faults); a broker kill's node is chosen when it happens, from
// the leaders of that moment.
type event struct {
	At   time.Duration
	Kind kind
	Node int           // 1-based; 0 when chosen at run time
	For  time.Duration // latency spikes and black-holes: how long
	Pair int           // index of the kill a start-broker ends
}

// plan is what a profile asks of the schedule.
type plan struct {
	Window         time.Duration // publishing time, over which the chaos spreads
	WorkerKills    int
	JoinsLeaves    int // joins and graceful leaves, alternating
	BrokerKills    int
	BrokerDown     time.Duration // how long a killed node stays down
	BrokerRestarts int           // single broker: graceful restarts
	Latencies      int
	LatencyFor     time.Duration
	Resets         int
	BlackHoles     int
	BlackHoleFor   time.Duration
	Nodes          int
}

// schedule lays the plan out in time with rng. Broker kills are spread
// evenly over the middle of the window, one node down at a time; proxy
// faults fall outside the times a node is down (two unavailable nodes of
// three would stop writes with min.insync.replicas=2: that is an outage,
// not a fault this harness means to measure); worker events are spread at
// random with at least a second between two.
func schedule(p plan, rng *rand.Rand) []event {
	var evs []event
	w := p.Window
	type span struct{ from, to time.Duration }
	var down []span
	for i := range p.BrokerKills {
		// kill i in the middle of slot i of the window's central 80%.
		slot := w * 8 / 10 / time.Duration(p.BrokerKills)
		at := w/10 + slot*time.Duration(i) + slot/4 + time.Duration(rng.Int64N(int64(slot/2)))
		evs = append(evs, event{At: at, Kind: killBroker, Pair: i},
			event{At: at + p.BrokerDown, Kind: startBroker, Pair: i})
		down = append(down, span{at, at + p.BrokerDown + 15*time.Second})
	}
	for i := range p.BrokerRestarts {
		at := w * time.Duration(i+1) / time.Duration(p.BrokerRestarts+1)
		evs = append(evs, event{At: at, Kind: restartBroke})
		down = append(down, span{at, at + 15*time.Second})
	}
	free := func(at, d time.Duration) bool {
		for _, s := range down {
			if at < s.to && at+d > s.from {
				return false
			}
		}
		return true
	}
	place := func(k kind, d time.Duration) {
		for try := 0; ; try++ {
			at := w/20 + time.Duration(rng.Int64N(int64(w*9/10)))
			if free(at, d) || try > 1000 {
				node := 1 + rng.IntN(max(1, p.Nodes))
				evs = append(evs, event{At: at, Kind: k, Node: node, For: d})
				if d > 0 {
					evs = append(evs, event{At: at + d, Kind: heal, Node: node})
				}
				// one fault at a time, too
				down = append(down, span{at, at + d + 2*time.Second})
				return
			}
		}
	}
	for range p.BlackHoles {
		place(blackHole, p.BlackHoleFor)
	}
	for range p.Latencies {
		place(latency, p.LatencyFor)
	}
	for range p.Resets {
		place(reset, 0)
	}
	var workers []time.Duration
	for len(workers) < p.WorkerKills+p.JoinsLeaves {
		at := w/20 + time.Duration(rng.Int64N(int64(w*9/10)))
		near := false
		for _, t := range workers {
			if (at - t).Abs() < time.Second {
				near = true
			}
		}
		if !near {
			workers = append(workers, at)
		}
	}
	slices.Sort(workers)
	// which of the worker times are kills, which joins and leaves
	kinds := make([]kind, len(workers))
	for i := range kinds {
		kinds[i] = killWorker
	}
	for _, j := range rng.Perm(len(workers))[:p.JoinsLeaves] {
		kinds[j] = addWorker
	}
	// joins and leaves alternate in time order, a join first
	join := true
	for i, k := range kinds {
		if k == addWorker {
			if !join {
				kinds[i] = stopWorker
			}
			join = !join
		}
	}
	for i, at := range workers {
		evs = append(evs, event{At: at, Kind: kinds[i]})
	}
	slices.SortStableFunc(evs, func(a, b event) int { return int(a.At - b.At) })
	return evs
}

// count returns how many events of kind k there are.
func count(evs []event, k kind) int {
	n := 0
	for _, e := range evs {
		if e.Kind == k {
			n++
		}
	}
	return n
}
