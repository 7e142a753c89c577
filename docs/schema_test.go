// Package docs holds the operations guide and the JSON Schema of the
// attribution record; its tests keep them in step with the code.
package docs

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/pipeline"
)

// TestRecordSchema validates the record of every test article (ours and
// the hostile corpus) against record.schema.json.
func TestRecordSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	sch, err := c.Compile("record.schema.json")
	if err != nil {
		t.Fatalf("compiling the schema: %v", err)
	}
	x, err := extractor.New()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	hostile, _ := filepath.Glob("../testdata/hostile/record--*.txt")
	files = append(files, hostile...)
	if len(files) < 5 {
		t.Fatal("no test articles")
	}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		res, err := x.Extract(context.Background(), extractor.Article{ID: strings.TrimSuffix(filepath.Base(f), ".txt"), Text: string(b)})
		if err != nil {
			t.Fatal(err)
		}
		raw, err := pipeline.EncodeRecord(res)
		if err != nil {
			t.Fatal(err)
		}
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(string(raw)))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(v); err != nil {
			t.Errorf("%s: record does not match record.schema.json: %v", filepath.Base(f), err)
		}
	}
	// The schema rejects what the contract forbids.
	bad := map[string]any{"schema_version": 2, "article_id": "x", "extractor": map[string]any{"name": "quotewire", "version": "0.1.0"},
		"speakers": []any{}, "quotes": []any{}}
	b, _ := json.Marshal(bad)
	v, _ := jsonschema.UnmarshalJSON(strings.NewReader(string(b)))
	if sch.Validate(v) == nil {
		t.Error("the schema accepts schema_version 2")
	}
}
