package docs

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/quotewire/quotewire/internal/learn"
)

// TestTrainingGuideExample: the annotated article of docs/training.md keeps
// the offsets contract and is read by quotewire train.
func TestTrainingGuideExample(t *testing.T) {
	b, err := os.ReadFile("training.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```json\n(.*?)\n```").FindSubmatch(b)
	if m == nil {
		t.Fatal("training.md has no JSON example")
	}
	var a struct {
		ID     string `json:"id"`
		Text   string `json:"text"`
		Quotes []struct {
			Quote      string `json:"quote"`
			Start, End int
		} `json:"quotes"`
	}
	if err := json.Unmarshal(m[1], &a); err != nil {
		t.Fatalf("the example is not JSON: %v", err)
	}
	runes := []rune(a.Text)
	for _, q := range a.Quotes {
		if q.End > len(runes) || string(runes[q.Start:q.End]) != q.Quote {
			t.Errorf("quote %q: text[%d:%d] is not it", q.Quote, q.Start, q.End)
		}
	}
	var line []byte
	line, _ = json.Marshal(json.RawMessage(m[1])) // one line, as a training file holds it
	path := filepath.Join(t.TempDir(), "ours.jsonl")
	if err := os.WriteFile(path, append(line, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	srcs, err := learn.ReadSources([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	if !srcs[0].Names {
		t.Error("the example is not read as quotewire's own schema (canonical speakers)")
	}
	if _, err := learn.Train(context.Background(), srcs, learn.Options{}); err != nil {
		t.Fatalf("training on the example: %v", err)
	}
}
