package fileio

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quotewire/quotewire/pipeline"
)

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReader(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	txt := write(t, dir, "story.txt", "Plain text.")
	brace := write(t, dir, "brace.txt", "{not json, a text}")
	js := write(t, dir, "one.json", ` {"id":"j1","text":"x"} `)
	jl := write(t, dir, "many.jsonl", `{"id":"l1","text":"a"}`+"\n\n"+"not an object\n"+`{"text":"no id"}`)
	r := NewReader([]string{txt, brace, js, jl, filepath.Join(dir, "missing.txt"), filepath.Join(dir, "x.csv"), "-"}, strings.NewReader("  {\"id\":\"s1\",\"text\":\"y\"}\n"))
	type got struct{ Where, Key, Value, Err string }
	var all []got
	for {
		in, ok := r.Next()
		if !ok {
			break
		}
		g := got{Where: filepath.Base(in.Where), Key: string(in.Key), Value: string(in.Value)}
		if in.Err != nil {
			g.Err = in.Err.Error()[:12]
		}
		all = append(all, g)
	}
	want := []got{
		{"story.txt", "story", "Plain text.", ""},
		{"brace.txt", "brace", `{"id":"brace","text":"{not json, a text}"}`, ""},
		{"one.json", "j1", `{"id":"j1","text":"x"}`, ""},
		{"many.jsonl:1", "l1", `{"id":"l1","text":"a"}`, ""},
		{"many.jsonl:3", "", "", "invalid_json"},
		{"many.jsonl:4", "", `{"text":"no id"}`, ""},
		{"missing.txt", "", "", "(any)"},
		{"x.csv", "", "", "unknown inpu"},
		{"stdin:1", "s1", `{"id":"s1","text":"y"}`, ""},
	}
	if len(all) > 6 && all[6].Err != "" {
		all[6].Err = "(any)" // the message names the temporary directory
	}
	if diff := cmp.Diff(want, all); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestSourceAndSink(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	jl := write(t, dir, "a.jsonl", `{"id":"1","text":"a"}`+"\nnope\n"+`{"id":"2","text":"b"}`+"\n")
	var reported []string
	src := NewSource([]string{jl}, nil, func(where string, err error) { reported = append(reported, filepath.Base(where)) })
	ctx := context.Background()
	var offsets []int64
	for {
		m, err := src.Fetch(ctx)
		if errors.Is(err, pipeline.ErrEndOfInput) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		offsets = append(offsets, m.Offset)
	}
	if diff := cmp.Diff([]int64{0, 1}, offsets); diff != "" || len(reported) != 1 || reported[0] != "a.jsonl:2" {
		t.Errorf("offsets %v, reported %v", offsets, reported)
	}

	var out bytes.Buffer
	var errs []string
	sink := NewSink(SinkConfig{Out: &out, OutputTopic: "out", Pretty: true, Report: func(where string, c pipeline.Class, msg string) { errs = append(errs, where+": "+string(c)+": "+msg) }})
	err := sink.Write(ctx, pipeline.Record{Topic: "out", Value: []byte(`{"a":1}`)},
		pipeline.Record{Topic: "dlq", Headers: []pipeline.Header{{Key: HeaderWhere, Value: []byte("f:3")}, {Key: pipeline.HeaderErrorClass, Value: []byte("invalid_json")}, {Key: pipeline.HeaderErrorMsg, Value: []byte("bad")}}})
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != "{\n  \"a\": 1\n}\n" || len(errs) != 1 || errs[0] != "f:3: invalid_json: bad" {
		t.Errorf("out %q, errors %v", out.String(), errs)
	}
}
