package pipeline

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quotewire/quotewire/extractor"
)

func TestDecodeArticle(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		key, value string
		max        int
		want       extractor.Article
		class      Class
	}{
		{name: "plain text keyed", key: "a1", value: "Hello world.", want: extractor.Article{ID: "a1", Text: "Hello world."}},
		{name: "json with id", value: `{"id":"x","text":"T","title":"H","url":"u","extra":[1,2]}`, want: extractor.Article{ID: "x", Text: "T", Title: "H"}},
		{name: "json id from key", key: "k", value: ` {"text":"T"}`, want: extractor.Article{ID: "k", Text: "T"}},
		{name: "empty text is valid", value: `{"id":"e","text":""}`, want: extractor.Article{ID: "e"}},
		{name: "empty plain text is valid", key: "e", value: "", want: extractor.Article{ID: "e"}},
		{name: "invalid json", value: `{"id":"x","text":`, class: ClassInvalidJSON},
		{name: "trailing data", value: `{"id":"x","text":"t"} {}`, class: ClassInvalidJSON},
		{name: "wrong type", value: `{"id":"x","text":42}`, class: ClassInvalidJSON},
		{name: "deeply nested", value: `{"id":"x","text":"t","n":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`, class: ClassInvalidJSON},
		{name: "missing id", value: `{"text":"t"}`, class: ClassMissingID},
		{name: "plain text without key", value: "hello", class: ClassMissingID},
		{name: "missing text", value: `{"id":"x"}`, class: ClassMissingText},
		{name: "invalid utf8", key: "k", value: "bad \xff", class: ClassInvalidUTF8},
		{name: "invalid utf8 json", value: "{\"id\":\"x\",\"text\":\"\xff\"}", class: ClassInvalidUTF8},
		{name: "too large", key: "k", value: strings.Repeat("x", 11), max: 10, class: ClassTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var key []byte
			if tc.key != "" {
				key = []byte(tc.key)
			}
			got, err := DecodeArticle(key, []byte(tc.value), tc.max)
			if tc.class != "" {
				var ie *Error
				if !errors.As(err, &ie) || ie.Class != tc.class {
					t.Fatalf("got error %v, want class %s", err, tc.class)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzDecodeArticle(f *testing.F) {
	files, _ := filepath.Glob("../testdata/hostile/*")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add([]byte(filepath.Base(p)), b)
		}
	}
	f.Add([]byte("k"), []byte(`{"id":"x","text":"t"}`))
	f.Add([]byte(nil), []byte("plain"))
	f.Add([]byte("k"), []byte("{\"text\":\"\xff\"}"))
	f.Fuzz(func(t *testing.T, key, value []byte) {
		a, err := DecodeArticle(key, value, 0)
		if err != nil {
			var ie *Error
			if !errors.As(err, &ie) || !ie.Class.Poison() {
				t.Fatalf("error %v is not a classified *Error", err)
			}
			return
		}
		if a.ID == "" {
			t.Fatal("decoded an article without an id")
		}
	})
}
