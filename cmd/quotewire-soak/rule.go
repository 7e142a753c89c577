package main

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// The growth rule. A series (RSS, goroutines, open descriptors, lag)
// sampled every interval "grows without bound" when, after the warm-up,
// both of these hold:
//
//  1. it grew beyond noise: the median of the last third of the samples
//     exceeds the median of the first third by more than RelTol of the
//     first and AbsTol together;
//  2. it is still growing: the least-squares slope over the second half of
//     the samples is significant (over 3 standard errors: noise alone
//     rarely gives one) and, projected over 24 hours, exceeds DayRel of the
//     first-third median, and at least DayAbs.
//
// Medians of thirds ignore single spikes (a GC cycle, a burst of lag while
// the machine is busy); the slope over the second half ignores a step that
// settles (a heap that grows to its working size, a connection pool that
// fills) but not a steady climb, which is what a leak is. A series that
// steps up once and stays flat passes; one that rises at a constant rate
// fails. With 150 samples after a 5-minute warm-up of a 30-minute soak,
// rule 1 alone would be noisy and rule 2 alone would flag a slow wobble:
// together they need a real, sustained rise.
type rule struct {
	RelTol, AbsTol float64 // rule 1
	DayRel, DayAbs float64 // rule 2
}

// verdict is the rule applied to one series.
type verdict struct {
	Name      string  `json:"-"`
	First     float64 `json:"first"`       // median of the first third after warm-up
	Last      float64 `json:"last"`        // median of the last third
	Max       float64 `json:"max"`         // largest sample after warm-up
	SlopeHour float64 `json:"slope_per_h"` // least-squares slope of the second half, per hour
	Grew      bool    `json:"-"`           // rule 1
	Growing   bool    `json:"-"`           // rule 2
	OK        bool    `json:"ok"`
}

// judge applies r to the samples (values at times ts, in seconds since the
// start), ignoring those before warmup. It needs six samples after the
// warm-up.
func (r rule) judge(name string, ts, vs []float64, warmup time.Duration) (verdict, error) {
	var t, v []float64
	for i := range ts {
		if ts[i] >= warmup.Seconds() {
			t, v = append(t, ts[i]), append(v, vs[i])
		}
	}
	if len(v) < 6 {
		return verdict{}, fmt.Errorf("%s: %d samples after the warm-up; the rule needs 6 (a longer --duration or a shorter --interval)", name, len(v))
	}
	third := len(v) / 3
	out := verdict{Name: name, First: median(v[:third]), Last: median(v[len(v)-third:]), Max: slices.Max(v)}
	half := len(v) / 2
	b, se := slope(t[half:], v[half:])
	out.SlopeHour = b * 3600
	out.Grew = out.Last > out.First*(1+r.RelTol)+r.AbsTol
	out.Growing = b > 3*se && out.SlopeHour*24 > max(r.DayRel*out.First, r.DayAbs)
	out.OK = !(out.Grew && out.Growing)
	return out, nil
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// slope is the least-squares slope of v against t and its standard error.
func slope(t, v []float64) (b, se float64) {
	n := float64(len(t))
	var st, sv float64
	for i := range t {
		st += t[i]
		sv += v[i]
	}
	mt, mv := st/n, sv/n
	var num, den float64
	for i := range t {
		num += (t[i] - mt) * (v[i] - mv)
		den += (t[i] - mt) * (t[i] - mt)
	}
	if den == 0 || len(t) < 3 {
		return 0, 0
	}
	b = num / den
	var rss float64
	for i := range t {
		r := v[i] - mv - b*(t[i]-mt)
		rss += r * r
	}
	return b, math.Sqrt(rss / (n - 2) / den)
}
