package pipeline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/quotewire/quotewire/extractor"
)

// DefaultMaxBytes is the default limit on one input value: 1 MiB.
const DefaultMaxBytes = 1 << 20

func inputErr(class Class, format string, args ...any) error {
	return &Error{Class: class, Err: fmt.Errorf(format, args...)}
}

// articleJSON is the JSON form of an input article. The other metadata
// DESIGN.md names (url, published_at, source, language) and unknown fields
// are ignored; the pointer fields tell a missing field from an empty one.
type articleJSON struct {
	ID    *string `json:"id"`
	Text  *string `json:"text"`
	Title *string `json:"title"`
}

// DecodeArticle turns one input value into an article, as DESIGN.md says:
// a value whose first non-space byte is '{' is a JSON object with a string
// text and a string id (or the key, when id is absent); anything else is
// plain UTF-8 text whose id is the key. maxBytes <= 0 means DefaultMaxBytes.
// Every error is an *Error of a poison class.
func DecodeArticle(key, value []byte, maxBytes int) (extractor.Article, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if len(value) > maxBytes {
		return extractor.Article{}, inputErr(ClassTooLarge, "value is %d bytes, over the limit of %d", len(value), maxBytes)
	}
	trimmed := bytes.TrimLeft(value, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return decodeJSON(key, value)
	}
	if !utf8.Valid(value) {
		return extractor.Article{}, inputErr(ClassInvalidUTF8, "value is not valid UTF-8 text")
	}
	if len(key) == 0 {
		return extractor.Article{}, inputErr(ClassMissingID, "plain-text article has no message key to use as its id")
	}
	if !utf8.Valid(key) {
		return extractor.Article{}, inputErr(ClassInvalidUTF8, "message key is not valid UTF-8")
	}
	return extractor.Article{ID: string(key), Text: string(value)}, nil
}

func decodeJSON(key, value []byte) (extractor.Article, error) {
	if !utf8.Valid(value) {
		return extractor.Article{}, inputErr(ClassInvalidUTF8, "JSON value is not valid UTF-8")
	}
	var a articleJSON
	dec := json.NewDecoder(bytes.NewReader(value))
	if err := dec.Decode(&a); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return extractor.Article{}, inputErr(ClassInvalidJSON, "field %q must be a %s, not a JSON %s", te.Field, "string", te.Value)
		}
		return extractor.Article{}, inputErr(ClassInvalidJSON, "decoding article JSON: %w", err)
	}
	if dec.More() {
		return extractor.Article{}, inputErr(ClassInvalidJSON, "trailing data after the article object")
	}
	var id string
	switch {
	case a.ID != nil && *a.ID != "":
		id = *a.ID
	case len(key) > 0 && utf8.Valid(key):
		id = string(key)
	default:
		return extractor.Article{}, inputErr(ClassMissingID, "article has no \"id\" field, and none came with it (a Kafka message key)")
	}
	if a.Text == nil {
		return extractor.Article{}, inputErr(ClassMissingText, "article %q has no \"text\" field", id)
	}
	out := extractor.Article{ID: id, Text: *a.Text}
	if a.Title != nil {
		out.Title = *a.Title
	}
	return out, nil
}

// EncodeRecord is the one encoder of attribution records: every record on
// the output topic, from `quotewire extract` and from the HTTP API is these bytes.
func EncodeRecord(r extractor.Result) ([]byte, error) {
	b, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("encoding record: %w", err)
	}
	return b, nil
}
