package kafkaio

import (
	"slices"
	"strconv"
	"strings"

	"github.com/segmentio/kafka-go"
)

// stickyBalancer assigns partitions evenly, as the range balancer does, but
// leaves each member the partitions it had in the previous generation as
// far as balance allows, as Kafka's sticky assignor does. kafka-go has no
// sticky balancer, and with the range balancer every join, leave or member
// id change (a worker that lost its coordinator rejoins under a new id)
// reshuffled the partitions: each move makes the new owner start from the
// last commit, and a worker that keeps its partitions can resume after
// what it wrote (Source.carry) and loses nothing in flight. Each member
// sends the partitions it owns as its user data.
type stickyBalancer struct {
	owned func() []int // this member's partitions now
}

func (stickyBalancer) ProtocolName() string { return "quotewire-sticky" }

func (b stickyBalancer) UserData() ([]byte, error) {
	var parts []string
	for _, p := range b.owned() {
		parts = append(parts, strconv.Itoa(p))
	}
	return []byte(strings.Join(parts, ",")), nil
}

func ownedOf(m kafka.GroupMember) map[int]bool {
	out := map[int]bool{}
	for _, f := range strings.Split(string(m.UserData), ",") {
		if p, err := strconv.Atoi(f); err == nil {
			out[p] = true
		}
	}
	return out
}

func (stickyBalancer) AssignGroups(members []kafka.GroupMember, partitions []kafka.Partition) kafka.GroupMemberAssignments {
	out := kafka.GroupMemberAssignments{}
	byTopic := map[string][]kafka.GroupMember{}
	for _, m := range members {
		out[m.ID] = map[string][]int{}
		for _, t := range m.Topics {
			byTopic[t] = append(byTopic[t], m)
		}
	}
	for topic, ms := range byTopic {
		var parts []int
		for _, p := range partitions {
			if p.Topic == topic {
				parts = append(parts, p.ID)
			}
		}
		slices.Sort(parts)
		slices.SortFunc(ms, func(a, b kafka.GroupMember) int { return strings.Compare(a.ID, b.ID) })
		for id, ps := range assignSticky(ms, parts) {
			if len(ps) > 0 {
				out[id][topic] = ps
			}
		}
	}
	return out
}

// assignSticky gives each member base = n/m partitions, and base+1 to n%m
// of them; members keep what they owned first (in member order), then the
// rest goes to those below their share.
func assignSticky(ms []kafka.GroupMember, parts []int) map[string][]int {
	n, m := len(parts), len(ms)
	out := map[string][]int{}
	if m == 0 {
		return out
	}
	base, extra := n/m, n%m
	exists := map[int]bool{}
	for _, p := range parts {
		exists[p] = true
	}
	taken := map[int]bool{}
	owned := make([]map[int]bool, m)
	for i, mem := range ms {
		owned[i] = ownedOf(mem)
	}
	keep := func(i, limit int) {
		for _, p := range parts {
			if len(out[ms[i].ID]) >= limit {
				return
			}
			if owned[i][p] && exists[p] && !taken[p] {
				taken[p] = true
				out[ms[i].ID] = append(out[ms[i].ID], p)
			}
		}
	}
	for i := range ms { // everyone keeps up to the base share
		keep(i, base)
	}
	for i := range ms { // then the extra slots go to those who owned more
		if extra > 0 && len(out[ms[i].ID]) == base {
			before := len(out[ms[i].ID])
			keep(i, base+1)
			if len(out[ms[i].ID]) > before {
				extra--
			}
		}
	}
	var free []int
	for _, p := range parts {
		if !taken[p] {
			free = append(free, p)
		}
	}
	for i := range ms {
		want := base
		if len(out[ms[i].ID]) > base {
			continue // it holds an extra slot already
		}
		if extra > 0 {
			want, extra = base+1, extra-1
		}
		for len(out[ms[i].ID]) < want && len(free) > 0 {
			out[ms[i].ID] = append(out[ms[i].ID], free[0])
			free = free[1:]
		}
	}
	for id := range out {
		slices.Sort(out[id])
	}
	return out
}
