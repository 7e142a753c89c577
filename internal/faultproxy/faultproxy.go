// Package faultproxy is a loopback TCP proxy that injects network faults
// between Kafka clients and one broker, for the chaos harness: latency on
// every chunk each way, resets of every open connection, and a black hole
// (a partitioned broker: connections are accepted and held, nothing is
// forwarded either way). A broker that advertises the proxy's address gets
// all its client traffic through it (deploy/kafka/start KAFKA_ADVERTISE).
//
// Each direction of a connection is a reader that timestamps the chunks it
// reads and a writer that forwards them in order once their time has come
// and no black hole holds them; a bounded queue between the two is all the
// proxy buffers, so a stalled side pushes back on the other through TCP,
// as a real network does.
package faultproxy

import (
	"context"
	"errors"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"
)

const (
	// chunkSize is the largest read forwarded as one chunk.
	chunkSize = 32 << 10
	// queueLen chunks may wait between a direction's reader and writer:
	// with the one in the writer's hands and the one being read, at most
	// (queueLen+2)*chunkSize bytes a direction are held by the proxy.
	queueLen = 8
)

// Stats are a proxy's counters since Listen.
type Stats struct {
	Accepted  int64 // connections accepted
	Active    int64 // connections open now
	Resets    int64 // connections closed by Reset
	BytesUp   int64 // bytes forwarded from clients to the target
	BytesDown int64 // bytes forwarded from the target to clients
}

// Proxy forwards the connections it accepts to one target address.
type Proxy struct {
	ln     net.Listener
	target string
	ctx    context.Context // ends on Close
	cancel context.CancelFunc

	latency                    atomic.Int64 // time.Duration
	accepted, resets, up, down atomic.Int64
	held, heldChunks           atomic.Int64 // read and not yet written (tests)

	mu     sync.Mutex
	conns  map[*conn]struct{}
	hole   chan struct{} // not nil while black-holed; closed when it ends
	closed bool
	wg     sync.WaitGroup // the accept loop and every connection's goroutines
}

// Listen listens on addr ("127.0.0.1:0" for a free port) and forwards
// every connection to target.
func Listen(addr, target string) (*Proxy, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	p := &Proxy{ln: ln, target: target, ctx: ctx, cancel: cancel, conns: map[*conn]struct{}{}}
	p.wg.Add(1)
	go p.accept()
	return p, nil
}

// Addr is the address the proxy listens on.
func (p *Proxy) Addr() string { return p.ln.Addr().String() }

// SetLatency delays every chunk read from then on by d, each way (0: no
// delay). Chunks of a connection keep their order whatever the changes.
func (p *Proxy) SetLatency(d time.Duration) { p.latency.Store(int64(max(d, 0))) }

// Reset closes every open connection now, both sides, with a TCP reset,
// and returns how many it closed. New connections are accepted as before.
func (p *Proxy) Reset() int {
	p.mu.Lock()
	cs := make([]*conn, 0, len(p.conns))
	for c := range p.conns {
		cs = append(cs, c)
	}
	p.mu.Unlock()
	for _, c := range cs {
		c.close(true)
	}
	p.resets.Add(int64(len(cs)))
	return len(cs)
}

// BlackHole on makes the proxy a partitioned broker: it keeps accepting
// connections but forwards nothing either way, and connects new ones to
// the target only once the hole ends; open connections are held silent.
// Off, what was held is forwarded (a bounded amount; see queueLen) and
// traffic flows again.
func (p *Proxy) BlackHole(on bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case on && p.hole == nil:
		p.hole = make(chan struct{})
	case !on && p.hole != nil:
		close(p.hole)
		p.hole = nil
	}
}

// Stats returns the counters.
func (p *Proxy) Stats() Stats {
	p.mu.Lock()
	active := len(p.conns)
	p.mu.Unlock()
	return Stats{Accepted: p.accepted.Load(), Active: int64(active), Resets: p.resets.Load(),
		BytesUp: p.up.Load(), BytesDown: p.down.Load()}
}

// Close stops listening, closes every connection and returns once every
// goroutine of the proxy has ended.
func (p *Proxy) Close() error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil
	}
	p.closed = true
	cs := make([]*conn, 0, len(p.conns))
	for c := range p.conns {
		cs = append(cs, c)
	}
	p.mu.Unlock()
	err := p.ln.Close()
	p.cancel()
	for _, c := range cs {
		c.close(false)
	}
	p.wg.Wait()
	return err
}

func (p *Proxy) accept() {
	defer p.wg.Done()
	for {
		nc, err := p.ln.Accept()
		if err != nil {
			if p.ctx.Err() != nil || errors.Is(err, net.ErrClosed) {
				return
			}
			// Out of file descriptors and the like: try again shortly.
			select {
			case <-p.ctx.Done():
				return
			case <-time.After(10 * time.Millisecond):
			}
			continue
		}
		p.accepted.Add(1)
		ctx, cancel := context.WithCancel(p.ctx)
		c := &conn{p: p, client: nc, ctx: ctx, cancel: cancel}
		p.mu.Lock()
		if p.closed {
			p.mu.Unlock()
			cancel()
			nc.Close()
			return
		}
		p.conns[c] = struct{}{}
		p.wg.Add(1)
		p.mu.Unlock()
		go c.run()
	}
}

// pass waits until no black hole holds traffic; false if ctx ends first.
func (p *Proxy) pass(ctx context.Context) bool {
	for {
		p.mu.Lock()
		h := p.hole
		p.mu.Unlock()
		if h == nil {
			return ctx.Err() == nil
		}
		select {
		case <-h:
		case <-ctx.Done():
			return false
		}
	}
}

// conn is one proxied connection.
type conn struct {
	p      *Proxy
	client net.Conn
	ctx    context.Context // ends when the connection is closed
	cancel context.CancelFunc

	mu     sync.Mutex
	target net.Conn
	once   sync.Once
}

// close closes both sides once; with reset, each side gets a TCP reset
// instead of an orderly close.
func (c *conn) close(reset bool) {
	c.once.Do(func() {
		c.cancel()
		c.mu.Lock()
		t := c.target
		c.mu.Unlock()
		for _, x := range []net.Conn{c.client, t} {
			if x == nil {
				continue
			}
			if tc, ok := x.(*net.TCPConn); ok && reset {
				_ = tc.SetLinger(0)
			}
			_ = x.Close()
		}
	})
}

func (c *conn) run() {
	defer c.p.wg.Done()
	defer func() {
		c.close(false)
		c.p.mu.Lock()
		delete(c.p.conns, c)
		c.p.mu.Unlock()
	}()
	if !c.p.pass(c.ctx) { // a partitioned broker is not reached
		return
	}
	d := net.Dialer{Timeout: 10 * time.Second}
	t, err := d.DialContext(c.ctx, "tcp", c.p.target)
	if err != nil {
		return // the client sees its connection closed, as with a dead broker
	}
	c.mu.Lock()
	if c.ctx.Err() != nil { // closed while dialing: close sees no target
		c.mu.Unlock()
		t.Close()
		return
	}
	c.target = t
	c.mu.Unlock()
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); c.pipe(c.client, t, &c.p.up) }()
	go func() { defer wg.Done(); c.pipe(t, c.client, &c.p.down) }()
	wg.Wait()
}

// hold counts n bytes (and a chunk) read, or written or dropped if n < 0.
func (p *Proxy) hold(n int) {
	p.held.Add(int64(n))
	if n > 0 {
		p.heldChunks.Add(1)
	} else {
		p.heldChunks.Add(-1)
	}
}

type chunk struct {
	b  []byte
	at time.Time // when it may be written
}

// pipe forwards src to dst until src ends (then dst's write side is shut,
// so a half-close carries through) or the connection is closed.
func (c *conn) pipe(src, dst net.Conn, n *atomic.Int64) {
	q := make(chan chunk, queueLen)
	var rerr error
	rdone := make(chan struct{})
	go func() {
		defer close(rdone)
		defer close(q)
		for {
			buf := make([]byte, chunkSize)
			k, err := src.Read(buf)
			if k > 0 {
				c.p.hold(k)
				select {
				case q <- chunk{buf[:k], time.Now().Add(time.Duration(c.p.latency.Load()))}:
				case <-c.ctx.Done():
					c.p.hold(-k)
					return
				}
			}
			if err != nil {
				rerr = err
				return
			}
		}
	}()
	defer func() {
		// Whatever is left unsent is dropped.
		for ch := range q {
			c.p.hold(-len(ch.b))
		}
		<-rdone
	}()
	for ch := range q {
		ok := c.sleepUntil(ch.at) && c.p.pass(c.ctx)
		if ok {
			_, err := dst.Write(ch.b)
			ok = err == nil
			if ok {
				n.Add(int64(len(ch.b)))
			}
		}
		c.p.hold(-len(ch.b))
		if !ok {
			c.close(false)
			return
		}
	}
	if errors.Is(rerr, io.EOF) {
		if tc, ok := dst.(*net.TCPConn); ok {
			_ = tc.CloseWrite()
			return
		}
	}
	c.close(false)
}

// sleepUntil waits until t; false if the connection is closed first.
func (c *conn) sleepUntil(t time.Time) bool {
	d := time.Until(t)
	if d <= 0 {
		return c.ctx.Err() == nil
	}
	tm := time.NewTimer(d)
	defer tm.Stop()
	select {
	case <-tm.C:
		return true
	case <-c.ctx.Done():
		return false
	}
}
