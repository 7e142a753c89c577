package harness

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Proxy is a fault proxy in front of one node (internal/faultproxy).
type Proxy interface {
	Addr() string
	SetLatency(d time.Duration)
	Reset() int
	BlackHole(on bool)
	Close() error
}

// Cluster is a Kafka cluster that deploy/kafka/start runs for one harness
// run, in its own run directory, each node behind a fault proxy: the nodes
// advertise the proxies' addresses, so every client connection after the
// bootstrap goes through a proxy.
type Cluster struct {
	Script  string   // deploy/kafka/start
	Dir     string   // KAFKA_RUN_DIR
	Brokers []string // the proxies' addresses, node 1 first
	Listen  []string // the nodes' real client listeners
	Proxies []Proxy
	ownDir  bool
}

// freePorts returns n distinct free loopback ports.
func freePorts(n int) ([]int, error) {
	var lns []net.Listener
	defer func() {
		for _, ln := range lns {
			ln.Close()
		}
	}()
	var ports []int
	for range n {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		lns = append(lns, ln)
		ports = append(ports, ln.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

// StartCluster starts nodes Kafka nodes with script (deploy/kafka/start
// --brokers N) in a fresh run directory under dir ("" for the system's
// temporary directory). It first starts one proxy per node (listen) on a
// free port,
// in front of the node's fixed client port (KAFKA_PORTS), then the cluster
// advertising the proxies (KAFKA_ADVERTISE). Its output goes to logw.
func StartCluster(ctx context.Context, script string, nodes int, dir string, listen func(addr, target string) (Proxy, error), logw *os.File) (*Cluster, error) {
	run, err := os.MkdirTemp(dir, "quotewire-cluster-")
	if err != nil {
		return nil, err
	}
	c := &Cluster{Script: script, Dir: run, ownDir: true}
	ports, err := freePorts(2 * nodes)
	if err != nil {
		return nil, err
	}
	var real, adv []string
	for i := range nodes {
		r := "127.0.0.1:" + strconv.Itoa(ports[i])
		a := "127.0.0.1:" + strconv.Itoa(ports[nodes+i])
		p, err := listen(a, r)
		if err != nil {
			c.Stop()
			return nil, fmt.Errorf("proxy for node %d: %w", i+1, err)
		}
		c.Proxies = append(c.Proxies, p)
		real, adv = append(real, strconv.Itoa(ports[i])), append(adv, p.Addr())
	}
	c.Brokers = adv
	for _, p := range real {
		c.Listen = append(c.Listen, "127.0.0.1:"+p)
	}
	out, err := c.script(ctx, logw, []string{"KAFKA_PORTS=" + strings.Join(real, ","), "KAFKA_ADVERTISE=" + strings.Join(adv, ",")},
		"--brokers", strconv.Itoa(nodes))
	if err != nil {
		c.Stop()
		return nil, fmt.Errorf("starting the cluster: %w", err)
	}
	if !bytes.Contains(out, []byte("KAFKA_BROKERS=")) {
		c.Stop()
		return nil, fmt.Errorf("starting the cluster: no KAFKA_BROKERS line in %q", out)
	}
	return c, nil
}

func (c *Cluster) script(ctx context.Context, logw *os.File, env []string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, c.Script, args...)
	cmd.Env = append(append(os.Environ(), "KAFKA_RUN_DIR="+c.Dir), env...)
	cmd.Stderr = logw
	out, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("%s %s: %w", c.Script, strings.Join(args, " "), err)
	}
	return out, nil
}

// Kill SIGKILLs node n (1-based).
func (c *Cluster) Kill(ctx context.Context, n int, logw *os.File) error {
	_, err := c.script(ctx, logw, nil, "--kill", strconv.Itoa(n))
	return err
}

// Restart starts node n again on its data and ports.
func (c *Cluster) Restart(ctx context.Context, n int, logw *os.File) error {
	_, err := c.script(ctx, logw, nil, "--start", strconv.Itoa(n))
	return err
}

// Stop stops every node and proxy and removes the run directory.
func (c *Cluster) Stop() {
	if _, err := os.Stat(filepath.Join(c.Dir, "nodes")); err == nil {
		cmd := exec.Command(filepath.Join(filepath.Dir(c.Script), "stop"))
		cmd.Env = append(os.Environ(), "KAFKA_RUN_DIR="+c.Dir)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		cmd.Run()
	}
	for _, p := range c.Proxies {
		p.Close()
	}
	if c.ownDir {
		os.RemoveAll(c.Dir)
	}
}
