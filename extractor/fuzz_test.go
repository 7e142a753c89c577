package extractor

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks the invariants on any input: no panic, spans in range
// and equal to their text (in bytes inside the library, in code points in
// the record), and the same input giving the same record.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	hostile, _ := filepath.Glob("../testdata/hostile/*.txt")
	files = append(files, hostile...)
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add(`"A," he said, "B."`)
	f.Add("'Moscow is ready,' he said. „Ja“, sagte sie. «Oui», dit-il.")
	f.Add("Flood.\n\n\u200b\n\n\u202a\u202c\n\n\u00ad") // paragraphs of format characters alone: no tokens (15381f8)
	f.Add("Anna Berg, the")                             // a determiner closing the article after a name and its comma
	f.Add("Berg, \u200bthe\u00ad")
	f.Add(", Ann Hale backed the plan, saying") // a comma opening the article before a participle cue
	f.Add("Tom Reed urged Danish skippers")     // a capitalised hearer ending the article: infinitive read past it
	f.Add("Flood.\n\nTom Pike told reporters")  // a known hearer ending the article: a named subject sought past it
	f.Add("—vow")                               // a dash opening the text before a cue: no token before it for the appositive scan
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			if _, err := x.Extract(context.Background(), Article{ID: "f", Text: text}); err == nil {
				t.Fatal("invalid UTF-8 accepted")
			}
			return
		}
		d, err := x.document(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		fs, err := d.attribute(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		checkBytes(t, d, fs)
		r1, err := x.Extract(context.Background(), Article{ID: "f", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		checkOffsets(t, text, r1)
		r2, _ := x.Extract(context.Background(), Article{ID: "f", Text: text})
		b1, _ := json.Marshal(r1)
		b2, _ := json.Marshal(r2)
		if string(b1) != string(b2) {
			t.Fatal("same input, different records")
		}
	})
}
