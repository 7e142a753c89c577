package fileio

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/quotewire/quotewire/pipeline"
)

// Input is one article as the worker would receive it from Kafka: its id
// as the key and its value (the article object, or plain text; a plain
// text that starts with '{' is wrapped in an object so that it is not read
// as JSON). Err, when set, says why this article, line or file cannot be
// read at all; Where names it (file, file:line, or stdin).
type Input struct {
	Where      string
	Key, Value []byte
	Err        error
}

// Reader reads the articles of a list of files and "-" (stdin), in order,
// one at a time. It holds at most one file open.
type Reader struct {
	args  []string
	stdin io.Reader
	cur   *file
}

type file struct {
	name, format string
	br           *bufio.Reader
	c            io.Closer
	line         int
	done         bool
}

// NewReader returns a Reader of args; "-" is stdin.
func NewReader(args []string, stdin io.Reader) *Reader {
	return &Reader{args: args, stdin: stdin}
}

// Next returns the next article, or an Input with Err for one that cannot
// be read; ok is false once every input is read.
func (r *Reader) Next() (in Input, ok bool) {
	for {
		if r.cur == nil {
			if len(r.args) == 0 {
				return Input{}, false
			}
			arg := r.args[0]
			r.args = r.args[1:]
			f, err := r.open(arg)
			if err != nil {
				return Input{Where: arg, Err: err}, true
			}
			r.cur = f
		}
		in, ok := r.cur.next()
		if ok {
			return in, true
		}
		r.Close()
	}
}

// Close closes the file being read, if any.
func (r *Reader) Close() error {
	if r.cur == nil || r.cur.c == nil {
		r.cur = nil
		return nil
	}
	err := r.cur.c.Close()
	r.cur = nil
	return err
}

func (r *Reader) open(arg string) (*file, error) {
	if arg == "-" {
		if r.stdin == nil {
			return nil, errors.New("no standard input")
		}
		br := bufio.NewReaderSize(r.stdin, 1<<20)
		format := ".txt"
		if peekJSON(br) {
			format = ".jsonl"
		}
		return &file{name: "stdin", format: format, br: br}, nil
	}
	format := strings.ToLower(filepath.Ext(arg))
	switch format {
	case ".txt", ".json", ".jsonl", ".ndjson":
	default:
		return nil, fmt.Errorf("unknown input format %q: use .txt, .json, .jsonl or .ndjson, or - for stdin", format)
	}
	f, err := os.Open(arg)
	if err != nil {
		return nil, err
	}
	return &file{name: arg, format: format, br: bufio.NewReaderSize(f, 1<<20), c: f}, nil
}

func (f *file) next() (Input, bool) {
	if f.done {
		return Input{}, false
	}
	switch f.format {
	case ".txt":
		f.done = true
		b, err := io.ReadAll(f.br)
		if err != nil {
			return Input{Where: f.name, Err: fmt.Errorf("reading: %w", err)}, true
		}
		id := strings.TrimSuffix(filepath.Base(f.name), filepath.Ext(f.name))
		if bytes.HasPrefix(bytes.TrimSpace(b), []byte("{")) {
			if !utf8.Valid(b) {
				return Input{Where: f.name, Err: pipeline.Errorf(pipeline.ClassInvalidUTF8, errors.New("text is not valid UTF-8"))}, true
			}
			b, _ = json.Marshal(map[string]string{"id": id, "text": string(b)})
		}
		return Input{Where: f.name, Key: []byte(id), Value: b}, true
	case ".json":
		f.done = true
		b, err := io.ReadAll(f.br)
		if err != nil {
			return Input{Where: f.name, Err: fmt.Errorf("reading: %w", err)}, true
		}
		return object(f.name, b), true
	}
	// JSON lines: no line-length limit (gold lines exceed 100 KB).
	for {
		line, err := f.br.ReadBytes('\n')
		f.line++
		if err != nil && err != io.EOF {
			f.done = true
			return Input{Where: f.name, Err: fmt.Errorf("reading: %w", err)}, true
		}
		if err == io.EOF {
			f.done = true
		}
		if len(bytes.TrimSpace(line)) > 0 {
			return object(fmt.Sprintf("%s:%d", f.name, f.line), line), true
		}
		if f.done {
			return Input{}, false
		}
	}
}

// object is one article object: its value as given, keyed by its id when
// it has one (the pipeline reports what is wrong with it otherwise).
func object(where string, b []byte) Input {
	b = bytes.TrimSpace(b)
	if !bytes.HasPrefix(b, []byte("{")) {
		return Input{Where: where, Err: pipeline.Errorf(pipeline.ClassInvalidJSON, errors.New("expected an article object"))}
	}
	var head struct {
		ID any `json:"id"`
	}
	in := Input{Where: where, Value: b}
	if json.Unmarshal(b, &head) == nil {
		if id, ok := head.ID.(string); ok {
			in.Key = []byte(id)
		}
	}
	return in
}

// peekJSON reports whether the first non-space byte is '{'.
func peekJSON(br *bufio.Reader) bool {
	for n := 1; ; n++ {
		b, err := br.Peek(n)
		if len(b) < n || err != nil {
			return false
		}
		c := b[n-1]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			continue
		}
		return c == '{'
	}
}
