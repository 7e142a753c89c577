package main

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

// series makes 30 minutes of samples every 10 s: f(t) plus noise.
func series(seed uint64, noise float64, f func(t float64) float64) (ts, vs []float64) {
	rng := rand.New(rand.NewPCG(seed, 2))
	for t := 0.0; t <= 1800; t += 10 {
		ts = append(ts, t)
		vs = append(vs, f(t)+noise*(2*rng.Float64()-1))
	}
	return ts, vs
}

func TestRuleFlatNoisySeriesPasses(t *testing.T) {
	for seed := range uint64(50) {
		// RSS around 60 MB with ±6 MB of noise and a GC saw-tooth of 8 MB.
		ts, vs := series(seed, 6, func(t float64) float64 { return 60 + 8*math.Mod(t, 90)/90 })
		v, err := rules["rss_mb"].judge("rss_mb", ts, vs, 5*time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		if !v.OK {
			t.Errorf("seed %d: a flat noisy series failed: %+v", seed, v)
		}
		// Goroutines: 20 to 26, flat.
		ts, vs = series(seed, 3, func(float64) float64 { return 23 })
		if v, _ := rules["goroutines"].judge("goroutines", ts, vs, 5*time.Minute); !v.OK {
			t.Errorf("seed %d: flat goroutines failed: %+v", seed, v)
		}
	}
}

func TestRuleStepThatSettlesPasses(t *testing.T) {
	// The heap grows to its working size at minute 12, then stays.
	for seed := range uint64(20) {
		ts, vs := series(seed, 2, func(t float64) float64 {
			if t < 720 {
				return 60
			}
			return 80
		})
		v, err := rules["rss_mb"].judge("rss_mb", ts, vs, 5*time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		// Rule 1 sees the rise; the flat second half keeps rule 2 from
		// calling it a leak.
		if !v.Grew || !v.OK {
			t.Errorf("seed %d: a step that settles: want grew and ok; got %+v", seed, v)
		}
	}
}

func TestRuleLinearLeakFails(t *testing.T) {
	cases := []struct {
		name string
		f    func(t float64) float64
	}{
		{"rss_mb", func(t float64) float64 { return 60 + 60*t/3600 }},     // 60 MB an hour
		{"goroutines", func(t float64) float64 { return 20 + 40*t/3600 }}, // one every 90 s
		{"fds", func(t float64) float64 { return 15 + 30*t/3600 }},        // one every 2 minutes
		{"lag", func(t float64) float64 { return 50 + 100_000*t/3600 }},   // falling behind
	}
	for _, c := range cases {
		for seed := range uint64(20) {
			noise := 0.05 * c.f(900)
			ts, vs := series(seed, noise, c.f)
			r := rules[c.name]
			if c.name == "lag" {
				r = lagRule(500)
			}
			v, err := r.judge(c.name, ts, vs, 5*time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			if v.OK {
				t.Errorf("%s seed %d: a linear leak passed: %+v", c.name, seed, v)
			}
		}
	}
}

func TestRuleNeedsSamples(t *testing.T) {
	ts := []float64{0, 10, 20, 30, 40, 50, 60}
	vs := []float64{1, 1, 1, 1, 1, 1, 1}
	if _, err := rules["fds"].judge("fds", ts, vs, 30*time.Second); err == nil {
		t.Error("4 samples after the warm-up were judged")
	}
	if _, err := rules["fds"].judge("fds", ts, vs, 0); err != nil {
		t.Errorf("7 samples: %v", err)
	}
}
