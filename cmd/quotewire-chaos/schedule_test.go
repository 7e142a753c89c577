package main

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"time"
)

func TestScheduleKeepsThePlan(t *testing.T) {
	for _, name := range []string{"single", "short", "cluster"} {
		p := profiles[name]
		p.plan.Window = time.Duration(float64(p.articles) / p.rate * float64(time.Second))
		for seed := range uint64(30) {
			evs := schedule(p.plan, rand.New(rand.NewPCG(seed, 1)))
			if again := schedule(p.plan, rand.New(rand.NewPCG(seed, 1))); !reflect.DeepEqual(evs, again) {
				t.Fatalf("%s seed %d: the schedule is not a function of the seed", name, seed)
			}
			joins, leaves := count(evs, addWorker), count(evs, stopWorker)
			for _, c := range []struct {
				k    kind
				want int
			}{{killWorker, p.plan.WorkerKills}, {killBroker, p.plan.BrokerKills}, {startBroker, p.plan.BrokerKills},
				{restartBroke, p.plan.BrokerRestarts}, {latency, p.plan.Latencies}, {reset, p.plan.Resets}, {blackHole, p.plan.BlackHoles},
				{heal, p.plan.Latencies + p.plan.BlackHoles}} {
				if got := count(evs, c.k); got != c.want {
					t.Errorf("%s seed %d: %d %s events, want %d", name, seed, got, c.k, c.want)
				}
			}
			if joins+leaves != p.plan.JoinsLeaves || joins < leaves {
				t.Errorf("%s seed %d: %d joins and %d leaves for %d", name, seed, joins, leaves, p.plan.JoinsLeaves)
			}
			// in time order, inside the window; one node down at a time,
			// and no proxy fault while one is down
			downSince := time.Duration(-1)
			for i, e := range evs {
				if i > 0 && e.At < evs[i-1].At {
					t.Fatalf("%s seed %d: events out of order", name, seed)
				}
				if e.At < 0 || e.At > p.plan.Window+p.plan.BrokerDown+p.plan.BlackHoleFor {
					t.Errorf("%s seed %d: %s at %s, outside the window %s", name, seed, e.Kind, e.At, p.plan.Window)
				}
				switch e.Kind {
				case killBroker:
					if downSince >= 0 {
						t.Errorf("%s seed %d: a second node killed at %s while one is down", name, seed, e.At)
					}
					downSince = e.At
				case startBroker:
					downSince = -1
				case latency, reset, blackHole:
					if downSince >= 0 {
						t.Errorf("%s seed %d: a %s at %s while a node is down", name, seed, e.Kind, e.At)
					}
				}
			}
		}
	}
}
