package faultproxy

import (
	"bytes"
	"errors"
	"io"
	"net"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// echo is a local echo server: it writes back what each connection sends,
// and counts the connections it accepted.
type echo struct {
	ln       net.Listener
	accepted atomic.Int64
	wg       sync.WaitGroup
	mu       sync.Mutex
	conns    []net.Conn
}

func newEcho(t *testing.T) *echo {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	e := &echo{ln: ln}
	e.wg.Add(1)
	go func() {
		defer e.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			e.accepted.Add(1)
			e.mu.Lock()
			e.conns = append(e.conns, c)
			e.mu.Unlock()
			e.wg.Add(1)
			go func() {
				defer e.wg.Done()
				defer c.Close()
				_, _ = io.Copy(c, c)
			}()
		}
	}()
	t.Cleanup(e.close)
	return e
}

func (e *echo) addr() string { return e.ln.Addr().String() }

func (e *echo) close() {
	e.ln.Close()
	e.mu.Lock()
	for _, c := range e.conns {
		c.Close()
	}
	e.mu.Unlock()
	e.wg.Wait()
}

func listen(t *testing.T, target string) *Proxy {
	t.Helper()
	p, err := Listen("127.0.0.1:0", target)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

func dial(t *testing.T, p *Proxy) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", p.Addr())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// roundTrip writes msg and reads it back, failing after 10 s.
func roundTrip(t *testing.T, c net.Conn, msg []byte) {
	t.Helper()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	defer c.SetDeadline(time.Time{})
	if _, err := c.Write(msg); err != nil {
		t.Fatal(err)
	}
	got := make([]byte, len(msg))
	if _, err := io.ReadFull(c, got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, msg) {
		t.Fatalf("echoed %q, want %q", got, msg)
	}
}

// waitFor polls cond until it holds, failing after 10 s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestForwardsBothWays(t *testing.T) {
	e := newEcho(t)
	p := listen(t, e.addr())
	c := dial(t, p)
	msg := bytes.Repeat([]byte("quotewire "), 20000) // several chunks
	roundTrip(t, c, msg)
	// The counters move just after each write: the echo can come first.
	waitFor(t, "the counters", func() bool { s := p.Stats(); return s.BytesUp == int64(len(msg)) && s.BytesDown == int64(len(msg)) })
	s := p.Stats()
	if s.Accepted != 1 || s.Active != 1 || s.BytesUp != int64(len(msg)) || s.BytesDown != int64(len(msg)) {
		t.Fatalf("stats %+v, want 1 accepted and active, %d bytes each way", s, len(msg))
	}
	// A client's close reaches the target, whose close ends the connection.
	c.Close()
	waitFor(t, "the connection to end", func() bool { return p.Stats().Active == 0 })
}

func TestLatencyDelaysEachWay(t *testing.T) {
	e := newEcho(t)
	p := listen(t, e.addr())
	c := dial(t, p)
	roundTrip(t, c, []byte("warm")) // connected before timing
	const d = 40 * time.Millisecond
	p.SetLatency(d)
	start := time.Now()
	roundTrip(t, c, []byte("ping"))
	if rt := time.Since(start); rt < 2*d {
		t.Fatalf("round trip took %s with %s latency each way: want at least %s", rt, d, 2*d)
	}
	p.SetLatency(0)
	roundTrip(t, c, []byte("pong"))
}

// Chunks keep their order when the latency changes under them: a later
// chunk with less latency waits for the earlier one.
func TestLatencyKeepsOrder(t *testing.T) {
	e := newEcho(t)
	p := listen(t, e.addr())
	c := dial(t, p)
	var want bytes.Buffer
	got := make(chan []byte, 1)
	go func() {
		b, _ := io.ReadAll(c)
		got <- b
	}()
	for i := range 200 {
		p.SetLatency(time.Duration(20-i%20) * time.Millisecond)
		msg := []byte{byte(i), byte(i >> 8), 'x'}
		want.Write(msg)
		if _, err := c.Write(msg); err != nil {
			t.Fatal(err)
		}
	}
	c.(*net.TCPConn).CloseWrite() // the echo server ends, and so the read
	select {
	case b := <-got:
		if !bytes.Equal(b, want.Bytes()) {
			t.Fatalf("bytes reordered or lost: got %d bytes, want %d", len(b), want.Len())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("timed out reading the echo")
	}
}

func TestResetClosesConnections(t *testing.T) {
	e := newEcho(t)
	p := listen(t, e.addr())
	var cs []net.Conn
	for range 3 {
		c := dial(t, p)
		roundTrip(t, c, []byte("hello"))
		cs = append(cs, c)
	}
	if n := p.Reset(); n != 3 {
		t.Fatalf("Reset closed %d connections, want 3", n)
	}
	for i, c := range cs {
		c.SetReadDeadline(time.Now().Add(10 * time.Second))
		_, err := c.Read(make([]byte, 1))
		var ne net.Error
		if err == nil || (errors.As(err, &ne) && ne.Timeout()) {
			t.Fatalf("connection %d: read after Reset gave %v, want EOF or a reset", i, err)
		}
	}
	waitFor(t, "no active connections", func() bool { return p.Stats().Active == 0 })
	if s := p.Stats(); s.Resets != 3 {
		t.Fatalf("stats %+v, want 3 resets", s)
	}
	roundTrip(t, dial(t, p), []byte("again")) // new connections still work
}

func TestBlackHoleHoldsThenResumes(t *testing.T) {
	e := newEcho(t)
	p := listen(t, e.addr())
	c := dial(t, p)
	roundTrip(t, c, []byte("before"))
	// The counters move just after each write: the echo can come first.
	waitFor(t, "the counters", func() bool { s := p.Stats(); return s.BytesUp == 6 && s.BytesDown == 6 })
	p.BlackHole(true)
	up := p.Stats().BytesUp
	if _, err := c.Write([]byte("held")); err != nil {
		t.Fatal(err)
	}
	// Nothing comes back while the hole lasts (any byte would be a bug,
	// so a short wait cannot make this fail wrongly).
	c.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
	if n, err := c.Read(make([]byte, 16)); n > 0 || err == nil {
		t.Fatalf("read %d bytes through a black hole (err %v)", n, err)
	}
	// A new connection is accepted, held, and not connected to the target.
	c2 := dial(t, p)
	waitFor(t, "the second connection to be accepted", func() bool { return p.Stats().Accepted == 2 })
	if s := p.Stats(); s.BytesUp != up || e.accepted.Load() != 1 {
		t.Fatalf("black hole forwarded: stats %+v, target accepted %d connections", s, e.accepted.Load())
	}
	p.BlackHole(false)
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	got := make([]byte, 4)
	if _, err := io.ReadFull(c, got); err != nil || string(got) != "held" {
		t.Fatalf("after the hole: read %q, %v; want what was held", got, err)
	}
	c.SetReadDeadline(time.Time{})
	roundTrip(t, c2, []byte("second"))
}

// A black-holed proxy holds a bounded amount: the client's writes stop
// once the proxy's queues and the sockets' buffers are full.
func TestBlackHoleBuffersBounded(t *testing.T) {
	e := newEcho(t)
	p := listen(t, e.addr())
	c := dial(t, p)
	roundTrip(t, c, []byte("x"))
	waitFor(t, "the counters", func() bool { return p.Stats().BytesUp == 1 })
	p.BlackHole(true)
	const bound = (queueLen + 2) * chunkSize // the one direction with data
	var sent atomic.Int64
	done := make(chan struct{})
	go func() {
		defer close(done)
		buf := make([]byte, 64<<10)
		for {
			n, err := c.Write(buf)
			sent.Add(int64(n))
			if err != nil {
				return
			}
		}
	}()
	// The proxy fills its queue, the writer's hands and the reader's,
	// then reads no more: never more than the bound.
	waitFor(t, "the proxy's queue to fill", func() bool {
		if h := p.held.Load(); h > bound {
			t.Fatalf("the proxy holds %d bytes, more than %d", h, bound)
		}
		return p.heldChunks.Load() >= queueLen+2
	})
	for range 20 {
		if h := p.held.Load(); h > bound {
			t.Fatalf("the proxy holds %d bytes, more than %d", h, bound)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if s := p.Stats(); s.BytesUp != 1 {
		t.Fatalf("bytes forwarded through the black hole: %+v", s)
	}
	c.Close() // ends the writer
	<-done
	p.BlackHole(false)
	waitFor(t, "the connection to end", func() bool { return p.Stats().Active == 0 })
	if h := p.held.Load(); h != 0 {
		t.Fatalf("%d bytes still counted as held after the connection ended", h)
	}
}

func TestTargetDownClosesClient(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := ln.Addr().String()
	ln.Close()
	p := listen(t, dead)
	c := dial(t, p)
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	if _, err := c.Read(make([]byte, 1)); err == nil || os.IsTimeout(err) {
		t.Fatalf("read through a proxy to a dead target gave %v, want EOF", err)
	}
}

// Close ends every goroutine of the proxy, whatever state its connections
// are in: idle, delayed, black-holed, half-written.
func TestCloseEndsGoroutines(t *testing.T) {
	before := runtime.NumGoroutine()
	e := newEcho(t)
	p, err := Listen("127.0.0.1:0", e.addr())
	if err != nil {
		t.Fatal(err)
	}
	var cs []net.Conn
	for range 4 {
		c, err := net.Dial("tcp", p.Addr())
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
		roundTrip(t, c, []byte("hi"))
	}
	p.SetLatency(time.Hour)
	cs[0].Write([]byte("delayed"))
	p.SetLatency(0)
	p.BlackHole(true)
	cs[1].Write([]byte("held"))
	c, err := net.Dial("tcp", p.Addr()) // accepted during the hole
	if err != nil {
		t.Fatal(err)
	}
	cs = append(cs, c)
	waitFor(t, "five connections", func() bool { return p.Stats().Accepted == 5 })
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil { // twice is fine
		t.Fatal(err)
	}
	if s := p.Stats(); s.Active != 0 {
		t.Fatalf("after Close: %+v, want no active connection", s)
	}
	if _, err := net.Dial("tcp", p.Addr()); err == nil {
		t.Fatal("the proxy still accepts after Close")
	}
	for _, c := range cs {
		c.Close()
	}
	e.close()
	waitFor(t, "the goroutines to end", func() bool { return runtime.NumGoroutine() <= before })
}
