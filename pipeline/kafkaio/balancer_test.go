package kafkaio

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/segmentio/kafka-go"
)

func members(owned ...[]int) []kafka.GroupMember {
	var ms []kafka.GroupMember
	for i, o := range owned {
		b := stickyBalancer{owned: func() []int { return o }}
		ud, _ := b.UserData()
		ms = append(ms, kafka.GroupMember{ID: fmt.Sprintf("m%d", i), Topics: []string{"in"}, UserData: ud})
	}
	return ms
}

func topicParts(n int) []kafka.Partition {
	var ps []kafka.Partition
	for i := range n {
		ps = append(ps, kafka.Partition{Topic: "in", ID: i})
	}
	return ps
}

// checkBalanced: every partition once, shares differing by at most one.
func checkBalanced(t *testing.T, a kafka.GroupMemberAssignments, n int) {
	t.Helper()
	seen := map[int]int{}
	lo, hi := n, 0
	for _, byTopic := range a {
		ps := byTopic["in"]
		lo, hi = min(lo, len(ps)), max(hi, len(ps))
		for _, p := range ps {
			seen[p]++
		}
	}
	for p := range n {
		if seen[p] != 1 {
			t.Fatalf("partition %d assigned %d times: %v", p, seen[p], a)
		}
	}
	if hi-lo > 1 {
		t.Fatalf("unbalanced: %v", a)
	}
}

func TestStickyBalancerKeepsPartitions(t *testing.T) {
	b := stickyBalancer{}
	// A member leaves: the others keep theirs and share its partitions.
	a := b.AssignGroups(members([]int{0, 1}, []int{2, 3}), topicParts(6))
	checkBalanced(t, a, 6)
	if !slices.Equal(a["m0"]["in"][:2], []int{0, 1}) || !slices.Equal(a["m1"]["in"][:2], []int{2, 3}) {
		t.Errorf("after a leave: %v", a)
	}
	// A member joins: each gives up only what it must.
	a = b.AssignGroups(members([]int{0, 1, 2}, []int{3, 4, 5}, nil), topicParts(6))
	checkBalanced(t, a, 6)
	if kept := len(a["m0"]["in"]) + len(a["m1"]["in"]); kept != 4 || !slices.Contains(a["m0"]["in"], 0) || !slices.Contains(a["m1"]["in"], 3) {
		t.Errorf("after a join: %v", a)
	}
	// A balanced assignment stays as it is, whatever the member ids.
	a = b.AssignGroups(members([]int{4, 5}, []int{0, 1}, []int{2, 3}), topicParts(6))
	if !slices.Equal(a["m0"]["in"], []int{4, 5}) || !slices.Equal(a["m1"]["in"], []int{0, 1}) || !slices.Equal(a["m2"]["in"], []int{2, 3}) {
		t.Errorf("a balanced assignment moved: %v", a)
	}
	// Claims of the same partition (a member that missed a rebalance) and
	// of partitions that do not exist are sorted out.
	rng := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		n, m := 1+rng.IntN(12), 1+rng.IntN(5)
		var owned [][]int
		for range m {
			var o []int
			for p := range n + 2 {
				if rng.IntN(3) == 0 {
					o = append(o, p)
				}
			}
			owned = append(owned, o)
		}
		checkBalanced(t, b.AssignGroups(members(owned...), topicParts(n)), n)
	}
}
