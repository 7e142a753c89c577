package extractor

import (
	"context"
	"os"
	"testing"
)

func TestZZProf(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("ZZFILE"))
	if err != nil {
		t.Skip()
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := x.Extract(context.Background(), Article{ID: "x", Text: string(b)}); err != nil {
		t.Fatal(err)
	}
}
