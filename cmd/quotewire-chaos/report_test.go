package main

import (
	"testing"
	"time"
)

// Recovery counts from the kill to the first output record, on every
// input partition, of an article appended to the input after the kill.
func TestRecovery(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	at := func(s float64) time.Time { return t0.Add(time.Duration(s * float64(time.Second))) }
	res := collected{
		// input append times: partition 0 gets offsets 0-3, partition 1 0-2
		in: map[int][]time.Time{0: {at(1), at(2), at(12), at(13)}, 1: {at(1), at(11), at(14)}},
		out: map[string][]output{
			"a": {{part: 0, offset: 1, at: at(3)}},  // before the kill
			"b": {{part: 0, offset: 1, at: at(16)}}, // published before the kill: does not count
			"c": {{part: 0, offset: 2, at: at(18)}}, // first after the kill on 0
			"d": {{part: 1, offset: 1, at: at(25)}}, // first after the kill on 1
			"e": {{part: 1, offset: 2, at: at(20)}}, // later offset, earlier record: counts
		},
	}
	k := &killReport{at: at(10)}
	if got := recovery(k, res, 2); got != 10 {
		t.Errorf("recovery %.1f s, want 10 (partition 1's first record after the kill at 20 s)", got)
	}
	if got := recovery(k, res, 3); got != -1 {
		t.Errorf("a partition with no record after the kill: %.1f, want -1", got)
	}
	stall, p := maxStall(res, at(3), at(30))
	if stall != 17 || p != 1 {
		t.Errorf("longest pause %.1f s on partition %d, want 17 s on 1 (from 3 s to its first record at 20 s)", stall, p)
	}
}
