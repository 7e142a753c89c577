package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/internal/evaldata"
	"github.com/quotewire/quotewire/internal/httpapi"
	"github.com/quotewire/quotewire/internal/score"
)

func run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := realMain(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), exitCode(err)
}

func records(t *testing.T, out string) []extractor.Result {
	t.Helper()
	var rs []extractor.Result
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var r extractor.Result
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("stdout line is not a record: %v\n%s", err, line)
		}
		rs = append(rs, r)
	}
	return rs
}

func TestExtractFormats(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	txt := write("peskov-story.txt", "Talks resumed.\n\n\"We regret this,\" said Peskov.")
	js := write("one.json", `{"id":"j1","text":"\"Yes,\" she said.","title":"T"}`)
	long := strings.Repeat("word ", 40000) // a line over 100 KB
	jl := write("many.jsonl", `{"id":"l1","text":"\"No,\" he said."}`+"\n\n"+`{"id":"l2","text":"`+long+`"}`+"\n")
	out, errOut, code := run(t, "", "extract", txt, js, jl)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rs := records(t, out)
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.ArticleID)
	}
	if got := strings.Join(ids, ","); got != "peskov-story,j1,l1,l2" {
		t.Errorf("records in order %s", got)
	}
	if len(rs[0].Quotes) != 1 || string(rs[0].Quotes[0].Speaker.Name) != "Peskov" {
		t.Errorf("peskov-story: %+v", rs[0].Quotes)
	}
	if !strings.Contains(errOut, "4 articles") {
		t.Errorf("no summary on stderr: %q", errOut)
	}
}

func TestExtractStdin(t *testing.T) {
	out, _, code := run(t, "\"Fine,\" he said.", "extract", "-")
	if rs := records(t, out); code != 0 || len(rs) != 1 || rs[0].ArticleID != "stdin" {
		t.Fatalf("exit %d, records %+v", code, rs)
	}
	out, _, code = run(t, "  {\"id\":\"s1\",\"text\":\"x\"}\n{\"id\":\"s2\",\"text\":\"y\"}\n", "extract", "-")
	if rs := records(t, out); code != 0 || len(rs) != 2 || rs[1].ArticleID != "s2" {
		t.Fatalf("exit %d, records %+v", code, rs)
	}
}

// A bad line is reported with its place and the rest is still processed;
// the exit status says something failed.
func TestExtractBadInputKeepsGoing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "mixed.jsonl")
	os.WriteFile(p, []byte(`{"id":"ok1","text":"a"}`+"\n"+`{"id":"bad","text":`+"\n"+`{"text":"no id"}`+"\n"+`{"id":"ok2","text":"b"}`+"\n"), 0o644)
	out, errOut, code := run(t, "", "extract", p, filepath.Join(dir, "missing.txt"), filepath.Join(dir, "x.csv"))
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if rs := records(t, out); len(rs) != 2 || rs[0].ArticleID != "ok1" || rs[1].ArticleID != "ok2" {
		t.Errorf("records %+v", rs)
	}
	for _, want := range []string{"mixed.jsonl:2: invalid_json", "mixed.jsonl:3: missing_id", "missing.txt", "unknown input format"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"extract"}, {"eval"}, {"nosuch"}, {"dlq", "replay", "--class", "bogus"}, {"serve", "--concurrency", "0"}, {"eval", "g.jsonl", "--subset", "bogus"}, {"extract", "--bogus"}} {
		if _, _, code := run(t, "", args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if out, _, code := run(t, "", "version"); code != 0 || !strings.Contains(out, "extractor "+extractor.Version) {
		t.Errorf("version: %d %q", code, out)
	}
}

func TestEvalOnSeed(t *testing.T) {
	seed := filepath.Join(evaldata.Dir(t), "seed.gold.jsonl")
	out, errOut, code := run(t, "", "eval", seed, "--subset", "required", "--errors", "5")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"overlap_r      1.0000", "speaker_acc    1.0000", "recall direct"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
}

// The demo's embedded samples are our test articles, unchanged.
func TestSamplesMatchTestdata(t *testing.T) {
	files, _ := filepath.Glob("samples/*.txt")
	want, _ := filepath.Glob("../../testdata/extract/*.txt")
	if len(files) == 0 || len(files) != len(want) {
		t.Fatalf("%d samples, %d test articles", len(files), len(want))
	}
	for _, f := range files {
		a, _ := os.ReadFile(f)
		b, err := os.ReadFile(filepath.Join("../../testdata/extract", filepath.Base(f)))
		if err != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs from testdata/extract (copy it again): %v", f, err)
		}
	}
}

// The demo runs the whole pipeline on the in-process broker and exits 0.
func TestDemo(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var out, errb bytes.Buffer
	err := realMain(ctx, []string{"demo"}, strings.NewReader(""), &out, &errb)
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, errb.String())
	}
	for _, want := range []string{"== intl-ceasefire-talks", `Dimitry Peskov — Kremlin Spokesman: "Unfortunately, the other side has chosen escalation, … We regret this."`,
		"== unicode-festival", "José Araújo — festival director"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("demo output lacks %q:\n%s", want, out.String())
		}
	}
	if !strings.Contains(errb.String(), "shut down cleanly") {
		t.Errorf("stderr: %s", errb.String())
	}
}

// Issue 13: `eval --errors` printed the gold cue under pred= for a missed
// quote.
func TestEvalErrorLine(t *testing.T) {
	got := errorLine(score.Error{Kind: "missed", ArticleID: "a", Gold: "Anna Weber", Cue: "said", Text: "We will"})
	if !strings.Contains(got, `cue="said" pred=-`) || strings.Contains(got, `pred="said"`) {
		t.Errorf("missed: %s", got)
	}
	got = errorLine(score.Error{Kind: "speaker", ArticleID: "a", Gold: "Anna Weber", Pred: "Weber", Text: "x"})
	if !strings.Contains(got, `gold="Anna Weber" pred="Weber"`) {
		t.Errorf("speaker: %s", got)
	}
}

// A summary says "1 article", not "1 articles".
func TestExtractSummaryPlural(t *testing.T) {
	_, errOut, code := run(t, "\"Fine,\" he said.", "extract", "-")
	if code != 0 || !strings.Contains(errOut, "1 article, 1 quote, 0 failed") {
		t.Errorf("exit %d, summary %q", code, errOut)
	}
}

// failingWriter fails every write after the first n bytes.
type failingWriter struct{ n int }

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("stdout closed")
	}
	f.n -= len(p)
	return len(p), nil
}

// Issue 13: extract had its own worker pool, which leaked goroutines when
// it returned early (here: stdout fails). It runs through pipeline.Runner,
// and every goroutine has ended when it returns.
func TestExtractEarlyReturnLeaksNothing(t *testing.T) {
	dir := t.TempDir()
	var lines strings.Builder
	for i := range 300 {
		fmt.Fprintf(&lines, `{"id":"a%d","text":"\"Yes,\" she said on day %d."}`+"\n", i, i)
	}
	p := filepath.Join(dir, "many.jsonl")
	if err := os.WriteFile(p, []byte(lines.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	before := runtime.NumGoroutine()
	err := realMain(context.Background(), []string{"extract", "--concurrency", "2", p}, nil, &failingWriter{n: 100}, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "stdout closed") {
		t.Fatalf("extract with a failing stdout: %v", err)
	}
	deadline := time.Now().Add(time.Minute)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines after extract returned, %d before:\n%s", runtime.NumGoroutine(), before, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// The API returns the same bytes as `quotewire extract` and the worker.
func TestServeSameRecordAsExtract(t *testing.T) {
	text, err := os.ReadFile("../../testdata/extract/unicode-festival.txt")
	if err != nil {
		t.Fatal(err)
	}
	x, err := extractor.New()
	if err != nil {
		t.Fatal(err)
	}
	api, err := httpapi.New(httpapi.Config{Extractor: x})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(api)
	defer srv.Close()
	resp, err := http.Post(srv.URL+"/v1/extract?id=unicode-festival", "text/plain", bytes.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var out bytes.Buffer
	if err := realMain(context.Background(), []string{"extract", "--quiet", "../../testdata/extract/unicode-festival.txt"}, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, bytes.TrimSpace(out.Bytes())) {
		t.Errorf("serve and extract differ:\n%s\n%s", got, out.Bytes())
	}
}

// Log lines from the Kafka client's goroutines and the command's own output
// share stderr: realMain serialises writes to a writer that is not a file.
func TestWritersAreLocked(t *testing.T) {
	var buf bytes.Buffer
	out, errw := lockWriters(&buf, &buf)
	var wg sync.WaitGroup
	for _, w := range []io.Writer{out, errw, out, errw} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				fmt.Fprintln(w, "line")
			}
		}()
	}
	wg.Wait()
	if got := strings.Count(buf.String(), "line\n"); got != 800 {
		t.Errorf("%d whole lines of 800", got)
	}
}
