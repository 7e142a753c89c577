//go:build cluster

package kafkaio_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/quotewire/quotewire/internal/faultproxy"
	"github.com/quotewire/quotewire/internal/testenv"
	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/kafkaio"
)

// cluster is a three-node cluster that deploy/kafka/start runs for one
// test, each node behind a fault proxy that it advertises to clients.
type cluster struct {
	run     string
	start   string
	proxies []*faultproxy.Proxy
}

// script runs deploy/kafka/start with args on the cluster's run directory.
func (c *cluster) script(env []string, args ...string) (string, error) {
	cmd := exec.Command(c.start, args...)
	cmd.Env = append(append(os.Environ(), "KAFKA_RUN_DIR="+c.run, "KAFKA_NODES=", "KAFKA_PORT="), env...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return string(out), fmt.Errorf("%s %v: %w\n%s", c.start, args, err, stderr.String())
	}
	return string(out), nil
}

// startCluster starts the cluster: proxies first, on ports of their own,
// each forwarding to the client port its node will listen on. Those ports
// are free when chosen, and taken by the nodes some seconds later: should
// another process take one meanwhile, the start is tried again on others.
func startCluster(t *testing.T) (*cluster, time.Duration) {
	t.Helper()
	if _, err := exec.LookPath("java"); err != nil {
		testenv.Missing(t, "java is not installed: the cluster test needs the real broker")
	}
	start, _ := filepath.Abs("../../deploy/kafka/start")
	stop, _ := filepath.Abs("../../deploy/kafka/stop")
	c := &cluster{run: t.TempDir(), start: start}
	t.Cleanup(func() {
		cmd := exec.Command(stop)
		cmd.Env = append(os.Environ(), "KAFKA_RUN_DIR="+c.run)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("stopping the cluster: %v\n%s", err, out)
		}
		for _, px := range c.proxies {
			px.Close()
		}
	})
	for attempt := 1; ; attempt++ {
		real := freePorts(t, 3)
		for _, px := range c.proxies {
			px.Close()
		}
		c.proxies = nil
		var adv []string
		for _, p := range real {
			px, err := faultproxy.Listen("127.0.0.1:0", "127.0.0.1:"+p)
			if err != nil {
				t.Fatal(err)
			}
			c.proxies = append(c.proxies, px)
			adv = append(adv, px.Addr())
		}
		began := time.Now()
		out, err := c.script([]string{"KAFKA_PORTS=" + strings.Join(real, ","), "KAFKA_ADVERTISE=" + strings.Join(adv, ",")}, "--brokers", "3")
		took := time.Since(began)
		if err == nil {
			if want := "KAFKA_BROKERS=" + strings.Join(adv, ",") + "\n"; out != want {
				t.Fatalf("start printed %q, want %q", out, want)
			}
			return c, took
		}
		var logs strings.Builder
		for n := 1; n <= 3; n++ {
			log, _ := os.ReadFile(filepath.Join(c.run, fmt.Sprintf("node-%d", n), "broker.log"))
			fmt.Fprintf(&logs, "node %d log tail:\n%s\n", n, tail(string(log), 20))
		}
		if attempt == 3 || !strings.Contains(logs.String(), "Address already in use") {
			t.Fatalf("%v\n%s", err, logs.String())
		}
		t.Logf("a port was taken meanwhile; starting again on others: %v", err)
		stopCmd := exec.Command(stop)
		stopCmd.Env = append(os.Environ(), "KAFKA_RUN_DIR="+c.run)
		stopCmd.Run()
	}
}

// freePorts are n distinct ports free on 127.0.0.1 now.
func freePorts(t *testing.T, n int) []string {
	t.Helper()
	var ports []string
	var lns []net.Listener
	for range n {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		lns = append(lns, ln)
		ports = append(ports, strconv.Itoa(ln.Addr().(*net.TCPAddr).Port))
	}
	for _, ln := range lns {
		ln.Close()
	}
	return ports
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

func (c *cluster) brokers() []string {
	var a []string
	for _, px := range c.proxies {
		a = append(a, px.Addr())
	}
	return a
}

// brokersBut are the proxies' addresses but node n's.
func (c *cluster) brokersBut(n int) []string {
	var a []string
	for i, px := range c.proxies {
		if i+1 != n {
			a = append(a, px.Addr())
		}
	}
	return a
}

// partition0 is partition 0 of topic as the cluster's metadata has it
// now, asked through the proxies (or those of via) with a fresh connection.
func (c *cluster) partition0(ctx context.Context, topic string, via ...string) (kafka.Partition, error) {
	tr := &kafka.Transport{DialTimeout: 5 * time.Second}
	defer tr.CloseIdleConnections()
	if len(via) == 0 {
		via = c.brokers()
	}
	cl := &kafka.Client{Addr: kafka.TCP(via...), Transport: tr, Timeout: 5 * time.Second}
	md, err := cl.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return kafka.Partition{}, err
	}
	for _, tp := range md.Topics {
		for _, p := range tp.Partitions {
			if tp.Name == topic && p.ID == 0 {
				if p.Error != nil {
					return p, p.Error
				}
				return p, nil
			}
		}
	}
	return kafka.Partition{}, fmt.Errorf("no partition 0 of %s in the metadata", topic)
}

// Heavy (three broker JVMs for a minute or more): under its own build tag,
// `go test -tags cluster -count=1 -run TestCluster ./pipeline/kafkaio`; it
// starts and stops its cluster itself, no KAFKA_BROKERS needed.
//
// A topic quotewire creates on the three-node cluster has three replicas
// and min.insync.replicas 2; clients reach the brokers only through the
// proxies the brokers advertise; when the leader of a partition is killed
// with SIGKILL a new leader takes the acks=all writes, no acknowledged
// record is lost, and the killed node, started again, rejoins the ISR.
func TestClusterLeaderKill(t *testing.T) {
	c, startTook := startCluster(t)
	t.Logf("cluster start: %s (deploy/kafka/start --brokers 3: format, 3 JVMs, all brokers registered)", startTook.Round(100*time.Millisecond))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cfg := kafkaio.Config{Brokers: c.brokers(), RetryMin: 50 * time.Millisecond, RetryMax: time.Second, RetryFor: 2 * time.Minute}
	const topic = "failover"
	if err := kafkaio.EnsureTopics(ctx, cfg, kafkaio.TopicSpec{Name: topic, Partitions: 1}); err != nil {
		t.Fatal(err)
	}
	p, err := c.partition0(ctx, topic)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Replicas) != 3 || len(p.Isr) != 3 {
		t.Fatalf("partition 0: replicas %v, ISR %v; want 3 of each (the cluster's default replication factor)", p.Replicas, p.Isr)
	}
	if got := topicConfig(ctx, t, c, topic, "min.insync.replicas"); got != "2" {
		t.Fatalf("min.insync.replicas of %s is %q, want 2", topic, got)
	}
	// A replication factor asked for is the one the real broker gives
	// (kafka-go sends it as is); one larger than the cluster fails at once.
	if err := kafkaio.EnsureTopics(ctx, cfg, kafkaio.TopicSpec{Name: "two", Partitions: 1, ReplicationFactor: 2}); err != nil {
		t.Fatal(err)
	}
	if q, err := c.partition0(ctx, "two"); err != nil || len(q.Replicas) != 2 {
		t.Fatalf("topic two: replicas %v (%v), want 2", q.Replicas, err)
	}
	if err := kafkaio.EnsureTopics(ctx, cfg, kafkaio.TopicSpec{Name: "four", Partitions: 1, ReplicationFactor: 4}); !errors.Is(err, kafka.InvalidReplicationFactor) {
		t.Fatalf("replication factor 4 on 3 brokers: %v, want Invalid Replication Factor", err)
	}

	sink, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	acked := map[string]bool{}
	i := 0
	write := func(wctx context.Context) error {
		key := fmt.Sprint("k", i)
		err := sink.Write(wctx, pipeline.Record{Topic: topic, Key: []byte(key), Value: []byte("v" + key)})
		i++
		if err == nil {
			acked[key] = true
		}
		return err
	}
	for range 50 {
		if err := write(ctx); err != nil {
			t.Fatal(err)
		}
	}
	leader := p.Leader.ID
	if up := c.proxies[leader-1].Stats().BytesUp; up == 0 {
		t.Fatalf("no bytes went through the proxy of the leader, node %d: clients bypass the proxies", leader)
	}

	// Replication does not go through the proxies: with a follower's proxy
	// black-holed, acks=all writes (which wait for every replica in sync)
	// are acknowledged and the follower stays in sync. Were its fetches
	// held by the proxy, a write would wait until the follower left the
	// ISR (replica.lag.time.max.ms, 10 s).
	follower := 0
	for _, r := range p.Replicas {
		if r.ID != leader {
			follower = r.ID
			break
		}
	}
	held := c.proxies[follower-1]
	held.BlackHole(true)
	before := held.Stats()
	side, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: kafkaio.Config{Brokers: c.brokersBut(follower), RetryMin: 50 * time.Millisecond, RetryMax: time.Second}})
	if err != nil {
		t.Fatal(err)
	}
	for j := range 5 {
		key := fmt.Sprint("held", j)
		if err := side.Write(ctx, pipeline.Record{Topic: topic, Key: []byte(key), Value: []byte("v")}); err != nil {
			t.Fatalf("writing with the proxy of follower node %d black-holed: %v", follower, err)
		}
		acked[key] = true
	}
	side.Close()
	if q, err := c.partition0(ctx, topic, c.brokersBut(follower)...); err != nil || len(q.Isr) != 3 {
		t.Fatalf("with the proxy of follower node %d black-holed: ISR %v (%v), want all 3 in sync", follower, q.Isr, err)
	}
	if after := held.Stats(); after.BytesUp != before.BytesUp || after.BytesDown != before.BytesDown {
		t.Fatalf("bytes went through a black-holed proxy: %+v then %+v", before, after)
	}
	held.BlackHole(false)

	// Kill the leader; write until a new leader serves.
	killed := time.Now()
	if _, err := c.script(nil, "--kill", strconv.Itoa(leader)); err != nil {
		t.Fatal(err)
	}
	// The metadata is watched on the side, every 50 ms, so that a write
	// waiting on the dead leader does not delay seeing the new one.
	moved := make(chan time.Duration, 1)
	watchCtx, stopWatch := context.WithCancel(ctx)
	watchDone := make(chan struct{})
	defer func() { stopWatch(); <-watchDone }()
	go func() {
		defer close(watchDone)
		for watchCtx.Err() == nil {
			if q, err := c.partition0(watchCtx, topic, c.brokersBut(leader)...); err == nil && q.Leader.ID >= 1 && q.Leader.ID != leader {
				d := time.Since(killed)
				t.Logf("node %d leads partition 0; ISR %v", q.Leader.ID, q.Isr)
				moved <- d
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()
	var newLeader, firstWrite time.Duration
	failed := 0
	deadline := killed.Add(2 * time.Minute)
	for newLeader == 0 || firstWrite == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("no new leader serving 2 minutes after killing node %d (leader moved after %s, first write after %s, %d writes failed)",
				leader, newLeader, firstWrite, failed)
		}
		select {
		case newLeader = <-moved:
		default:
		}
		if firstWrite != 0 {
			time.Sleep(10 * time.Millisecond)
			continue
		}
		wctx, wcancel := context.WithTimeout(ctx, 10*time.Second)
		err := write(wctx)
		wcancel()
		if err != nil {
			failed++
			time.Sleep(100 * time.Millisecond) // the writer's own backoff is short: do not spin
			continue
		}
		firstWrite = time.Since(killed)
	}
	t.Logf("after SIGKILL of leader node %d: new leader in metadata after %s, first acks=all write after %s (%d writes failed meanwhile)",
		leader, newLeader.Round(10*time.Millisecond), firstWrite.Round(10*time.Millisecond), failed)
	for range 20 {
		if err := write(ctx); err != nil {
			t.Fatalf("writing with node %d down (2 of 3 in sync): %v", leader, err)
		}
	}

	// Every acknowledged record is there, read through the new leader.
	got := map[string]bool{}
	if err := kafkaio.ReadToEnd(ctx, cfg, topic, func(m pipeline.Message) { got[string(m.Key)] = true }); err != nil {
		t.Fatal(err)
	}
	for k := range acked {
		if !got[k] {
			t.Errorf("acknowledged record %s lost after the leader was killed", k)
		}
	}

	// The killed node starts again on its data and catches up.
	began := time.Now()
	if _, err := c.script(nil, "--start", strconv.Itoa(leader)); err != nil {
		t.Fatal(err)
	}
	restart := time.Since(began)
	for {
		q, err := c.partition0(ctx, topic)
		if err == nil && len(q.Isr) == 3 {
			break
		}
		if time.Since(began) > 2*time.Minute {
			t.Fatalf("node %d not back in the ISR 2 minutes after --start: %+v %v", leader, q, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("node %d: --start returned after %s, back in the ISR after %s", leader, restart.Round(100*time.Millisecond),
		time.Since(began).Round(100*time.Millisecond))
	if err := write(ctx); err != nil {
		t.Fatal(err)
	}
}

// topicConfig is the value of one config of a topic, as its brokers report it.
func topicConfig(ctx context.Context, t *testing.T, c *cluster, topic, name string) string {
	t.Helper()
	tr := &kafka.Transport{DialTimeout: 5 * time.Second}
	defer tr.CloseIdleConnections()
	cl := &kafka.Client{Addr: kafka.TCP(c.brokers()...), Transport: tr, Timeout: 10 * time.Second}
	resp, err := cl.DescribeConfigs(ctx, &kafka.DescribeConfigsRequest{Resources: []kafka.DescribeConfigRequestResource{
		{ResourceType: kafka.ResourceTypeTopic, ResourceName: topic, ConfigNames: []string{name}}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range resp.Resources {
		if r.Error != nil {
			t.Fatal(r.Error)
		}
		for _, e := range r.ConfigEntries {
			if e.ConfigName == name {
				return e.ConfigValue
			}
		}
	}
	t.Fatalf("no %s in the configs of %s", name, topic)
	return ""
}
