//go:build integration

package kafkaio_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/internal/testenv"
	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/kafkaio"
)

// brokers returns KAFKA_BROKERS; the test skips without it, and fails
// under CI=true, where the broker must be there.
func brokers(t *testing.T) []string {
	t.Helper()
	b := os.Getenv("KAFKA_BROKERS")
	if b == "" {
		testenv.Missing(t, "KAFKA_BROKERS not set: run `make test`, which starts a broker")
	}
	return strings.Split(b, ",")
}

type topics struct{ in, out, dlq, group string }

// newTopics creates a unique input, output and dead-letter topic.
func newTopics(t *testing.T, parts int) (kafkaio.Config, topics) {
	t.Helper()
	cfg := kafkaio.Config{Brokers: brokers(t)}
	name := strings.NewReplacer("/", "-", " ", "-").Replace(t.Name())
	suffix := fmt.Sprintf("%s-%d", name, time.Now().UnixNano()%1e9)
	tp := topics{in: "in-" + suffix, out: "out-" + suffix, dlq: "dlq-" + suffix, group: "g-" + suffix}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	err := kafkaio.EnsureTopics(ctx, cfg,
		kafkaio.TopicSpec{Name: tp.in, Partitions: parts, Configs: map[string]string{"max.message.bytes": "2097152"}},
		kafkaio.TopicSpec{Name: tp.out, Partitions: parts, Configs: map[string]string{"cleanup.policy": "compact", "max.message.bytes": "8388608"}},
		kafkaio.TopicSpec{Name: tp.dlq, Partitions: 1, Configs: map[string]string{"max.message.bytes": "2097152"}})
	if err != nil {
		t.Fatal(err)
	}
	return cfg, tp
}

// worker runs one pipeline worker until stop is called.
type worker struct {
	stop func() error
	done chan error // receives Run's result if it returns on its own
}

// running reports whether Run is still going.
func (w *worker) running() bool {
	select {
	case err := <-w.done:
		w.done <- err
		return false
	default:
		return true
	}
}

func startWorker(t *testing.T, cfg kafkaio.Config, tp topics) *worker {
	t.Helper()
	x, err := extractor.New()
	if err != nil {
		t.Fatal(err)
	}
	src, err := kafkaio.NewSource(kafkaio.SourceConfig{Config: cfg, Topic: tp.in, GroupID: tp.group, SessionTimeout: 6 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	sink, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	r, err := pipeline.NewRunner(pipeline.Config{OutputTopic: tp.out, DLQTopic: tp.dlq, Concurrency: 2, MaxBytes: 1 << 20}, src, sink, x)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	var once sync.Once
	var result error
	w := &worker{done: done, stop: func() error {
		once.Do(func() {
			cancel()
			result = <-done
			done <- result
			sink.Close()
			src.Close()
		})
		return result
	}}
	t.Cleanup(func() { w.stop() })
	return w
}

func produceArticles(t *testing.T, cfg kafkaio.Config, topic string, from, n int) map[string]string {
	t.Helper()
	sink, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	want := map[string]string{}
	var recs []pipeline.Record
	for i := from; i < from+n; i++ {
		id := fmt.Sprintf("art-%05d", i)
		speaker := fmt.Sprintf("Minister Anna Weber%d", i)
		text := fmt.Sprintf("Talks went on.\n\n\"We will not back down on item %d,\" %s said on Tuesday.", i, speaker)
		want[id] = fmt.Sprintf("We will not back down on item %d,", i)
		v, _ := json.Marshal(map[string]string{"id": id, "text": text})
		recs = append(recs, pipeline.Record{Topic: topic, Key: []byte(id), Value: v})
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	for len(recs) > 0 {
		k := min(len(recs), 200)
		if err := pipeline.WriteRetrying(ctx, sink, time.Minute, nil, recs[:k]...); err != nil {
			t.Fatal(err)
		}
		recs = recs[k:]
	}
	return want
}

// collect reads topic until it holds want distinct keys (or times out) and
// returns every record value by key, duplicates included.
func collect(t *testing.T, cfg kafkaio.Config, topic string, want int, timeout time.Duration) map[string][]pipeline.Message {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	got := map[string][]pipeline.Message{}
	kafkaio.ReadTopic(ctx, cfg, topic, func(m pipeline.Message) bool {
		got[string(m.Key)] = append(got[string(m.Key)], m)
		return len(got) < want
	})
	return got
}

// checkRecords asserts every article has a record with the right quote and
// that duplicates are byte-identical; it returns the duplicate count.
func checkRecords(t *testing.T, want map[string]string, got map[string][]pipeline.Message) int {
	t.Helper()
	dups := 0
	for id, quote := range want {
		ms := got[id]
		if len(ms) == 0 {
			t.Errorf("article %s has no record", id)
			continue
		}
		var r extractor.Result
		if err := json.Unmarshal(ms[0].Value, &r); err != nil {
			t.Errorf("%s: %v", id, err)
			continue
		}
		if r.ArticleID != id || len(r.Quotes) != 1 || r.Quotes[0].Text != quote || r.Quotes[0].Speaker == nil {
			t.Errorf("%s: record %s", id, ms[0].Value)
		}
		for _, m := range ms[1:] {
			dups++
			if !bytes.Equal(m.Value, ms[0].Value) {
				t.Errorf("%s: duplicate records differ", id)
			}
		}
	}
	return dups
}

func header(m pipeline.Message, k string) string {
	for _, h := range m.Headers {
		if h.Key == k {
			return string(h.Value)
		}
	}
	return ""
}

func TestArticlesInRecordsOut(t *testing.T) {
	cfg, tp := newTopics(t, 3)
	want := produceArticles(t, cfg, tp.in, 0, 300)
	startWorker(t, cfg, tp)
	got := collect(t, cfg, tp.out, len(want), 3*time.Minute)
	checkRecords(t, want, got)
	m := got["art-00007"][0]
	if header(m, pipeline.HeaderSchema) != "1" || header(m, pipeline.HeaderContentType) != "application/json" ||
		!strings.HasPrefix(header(m, pipeline.HeaderSource), tp.in+"/") {
		t.Errorf("headers %+v", m.Headers)
	}
	var r extractor.Result
	json.Unmarshal(m.Value, &r)
	if r.Quotes[0].Speaker.Name != "Anna Weber7" || r.Quotes[0].Speaker.Role != "Minister" {
		t.Errorf("speaker %+v", r.Quotes[0].Speaker)
	}
}

// Two workers share the partitions; one joins midway and the first leaves:
// nothing is lost and duplicates are byte-identical.
func TestWorkersJoinAndLeave(t *testing.T) {
	cfg, tp := newTopics(t, 4)
	a := startWorker(t, cfg, tp)
	want := produceArticles(t, cfg, tp.in, 0, 400)
	time.Sleep(time.Second)
	startWorker(t, cfg, tp)
	for id, q := range produceArticles(t, cfg, tp.in, 400, 400) {
		want[id] = q
	}
	time.Sleep(2 * time.Second)
	if err := a.stop(); err != nil {
		t.Fatalf("worker a: %v", err)
	}
	for id, q := range produceArticles(t, cfg, tp.in, 800, 400) {
		want[id] = q
	}
	got := collect(t, cfg, tp.out, len(want), 4*time.Minute)
	dups := checkRecords(t, want, got)
	t.Logf("%d articles, %d records, %d duplicates", len(want), len(want)+dups, dups)
}

// Workers joining all at once make the group rebalance repeatedly; a
// rebalance in progress must never stop a worker.
func TestRebalanceStormKeepsWorkersRunning(t *testing.T) {
	cfg, tp := newTopics(t, 6)
	want := produceArticles(t, cfg, tp.in, 0, 2000)
	var mu sync.Mutex
	var keep []*worker
	for round := range 5 {
		var wg sync.WaitGroup
		var started []*worker
		for range 3 { // three join at once
			wg.Add(1)
			go func() {
				defer wg.Done()
				w := startWorker(t, cfg, tp)
				mu.Lock()
				started = append(started, w)
				mu.Unlock()
			}()
		}
		wg.Wait()
		time.Sleep(400 * time.Millisecond)
		started[0].stop() // and one leaves
		keep = append(keep, started[1:]...)
		for id, q := range produceArticles(t, cfg, tp.in, 2000+round*200, 200) {
			want[id] = q
		}
	}
	checkRecords(t, want, collect(t, cfg, tp.out, len(want), 5*time.Minute))
	for i, w := range keep {
		if !w.running() {
			t.Errorf("worker %d stopped during rebalances: %v", i, <-w.done)
		}
	}
}

// A restarted worker resumes from the group's committed offsets.
func TestRestartResumesFromCommittedOffsets(t *testing.T) {
	cfg, tp := newTopics(t, 2)
	want := produceArticles(t, cfg, tp.in, 0, 100)
	w := startWorker(t, cfg, tp)
	collect(t, cfg, tp.out, len(want), 3*time.Minute)
	if err := w.stop(); err != nil {
		t.Fatal(err)
	}
	lag, err := kafkaio.Lag(context.Background(), kafkaio.SourceConfig{Config: cfg, Topic: tp.in, GroupID: tp.group})
	if err != nil {
		t.Fatal(err)
	}
	for p, l := range lag {
		if l != 0 {
			t.Errorf("partition %d: lag %d after a clean stop", p, l)
		}
	}
	for id, q := range produceArticles(t, cfg, tp.in, 100, 50) {
		want[id] = q
	}
	startWorker(t, cfg, tp)
	got := collect(t, cfg, tp.out, len(want), 3*time.Minute)
	if dups := checkRecords(t, want, got); dups != 0 {
		t.Errorf("%d articles processed again after a clean restart", dups)
	}
}

// Every poison input goes to the dead-letter topic with its class, and the
// worker carries on.
func TestDeadLetters(t *testing.T) {
	cfg, tp := newTopics(t, 1)
	sink, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	type dlqCase struct {
		key, value string
		class      pipeline.Class
	}
	cases := []dlqCase{
		{"j", `{"id":"x","text":`, pipeline.ClassInvalidJSON},
		{"u", "bad \xff text", pipeline.ClassInvalidUTF8},
		{"", `{"text":"no id"}`, pipeline.ClassMissingID},
		{"t", `{"id":"t"}`, pipeline.ClassMissingText},
		{"w", `{"id":"w","text":5}`, pipeline.ClassInvalidJSON},
		{"big", strings.Repeat("word ", 220000), pipeline.ClassTooLarge},
		{"ok", `{"id":"ok","text":"\"Fine,\" he said."}`, ""},
	}
	var recs []pipeline.Record
	for _, c := range cases {
		var key []byte
		if c.key != "" {
			key = []byte(c.key)
		}
		recs = append(recs, pipeline.Record{Topic: tp.in, Key: key, Value: []byte(c.value), Headers: []pipeline.Header{{Key: "origin", Value: []byte("test")}}})
	}
	if err := pipeline.WriteRetrying(context.Background(), sink, time.Minute, nil, recs...); err != nil {
		t.Fatal(err)
	}
	sink.Close()
	startWorker(t, cfg, tp)
	if got := collect(t, cfg, tp.out, 1, 3*time.Minute); len(got["ok"]) == 0 {
		t.Fatal("the good article has no record")
	}
	dead := collect(t, cfg, tp.dlq, len(cases)-1, 3*time.Minute)
	var all []pipeline.Message
	for _, ms := range dead {
		all = append(all, ms...)
	}
	if len(all) < len(cases)-1 {
		t.Fatalf("%d dead-letter records, want %d", len(all), len(cases)-1)
	}
	for _, m := range all {
		var want *dlqCase
		for i := range cases {
			if string(m.Value) == cases[i].value {
				want = &cases[i]
			}
		}
		if want == nil {
			t.Errorf("dead-letter value changed: %.60q", m.Value)
			continue
		}
		if c := pipeline.Class(header(m, pipeline.HeaderErrorClass)); c != want.class {
			t.Errorf("%q: class %q, want %q", want.key, c, want.class)
		}
		if header(m, pipeline.HeaderErrorMsg) == "" || header(m, "origin") != "test" || !strings.HasPrefix(header(m, pipeline.HeaderSource), tp.in+"/0/") {
			t.Errorf("%q: headers %v", want.key, m.Headers)
		}
	}
}

// kcat, a third-party client, publishes plain-text and JSON articles and
// reads the records back.
func TestKcatInterop(t *testing.T) {
	if _, err := exec.LookPath("kcat"); err != nil {
		testenv.Missing(t, "kcat is not installed (make test installs it when run as root)")
	}
	cfg, tp := newTopics(t, 3)
	in := "plain-1|\"The door is open,\" said Dmitry Peskov.\n" +
		`json-1|{"id":"json-1","text":"\"We regret this,\" the Kremlin spokesman said."}` + "\n"
	cmd := exec.Command("kcat", "-b", cfg.Brokers[0], "-P", "-t", tp.in, "-K", "|", "-X", "partitioner=murmur2_random")
	cmd.Stdin = strings.NewReader(in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("kcat -P: %v\n%s", err, out)
	}
	startWorker(t, cfg, tp)
	collect(t, cfg, tp.out, 2, 3*time.Minute)
	out, err := exec.Command("kcat", "-b", cfg.Brokers[0], "-C", "-t", tp.out, "-e", "-q", "-f", "%k\t%h\t%s\n").CombinedOutput()
	if err != nil {
		t.Fatalf("kcat -C: %v\n%s", err, out)
	}
	s := string(out)
	for _, want := range []string{"plain-1\t", "json-1\t", "quotewire-schema=1", `"name":"Dmitry Peskov"`, `"text":"We regret this,"`} {
		if !strings.Contains(s, want) {
			t.Errorf("kcat output lacks %q:\n%s", want, s)
		}
	}
}
