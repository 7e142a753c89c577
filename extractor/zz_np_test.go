package extractor

import (
	"context"
	"fmt"
	"testing"
)

func TestZZNP(t *testing.T) {
	x, _ := New()
	for _, s := range []string{"Ann Lowe told her husband she was leaving the firm.", "Ann Lowe promised her entire crew would be kept on.", "Ann Lowe promised her workers would be paid in full.", "Ann Lowe told her new staff the plant would close."} {
		d, err := x.document(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		k := 3
		p, end, ok := d.npAfter(k, len(d.toks))
		fmt.Printf("%q: np %v end %d (%q) ok %v skip %d\n", s, p, end, d.toks[min(end, len(d.toks)-1)].text, ok, d.skipHearer(k, len(d.toks)))
	}
}
