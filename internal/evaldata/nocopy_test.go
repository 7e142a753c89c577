package evaldata

import (
	"bufio"
	"encoding/json"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// copyRun is how many words in a row the project may share with an
// evaluation article. The articles are copyrighted news: tests, comments
// and sample articles are written by us, so a run this long in common is
// a copy, not a turn of phrase (six-word runs still meet stock phrases
// such as "said in a statement on Tuesday").
const copyRun = 9

// TestNoEvalTextInProject fails when a file of the project shares a run
// of copyRun words with an article of ../shared/eval: a sentence of the
// evaluation data copied into a test case, a sample or a comment.
func TestNoEvalTextInProject(t *testing.T) {
	dir := Dir(t, "polnear_train.jsonl", "polnear_dev.jsonl", "bbc_dev.jsonl")
	runs := map[uint64]bool{}
	for _, f := range []string{"seed.gold.jsonl", "polnear_train.jsonl", "polnear_dev.jsonl", "bbc_dev.jsonl"} {
		for _, text := range articleTexts(t, filepath.Join(dir, f)) {
			w := lowerWords(text)
			for i := 0; i+copyRun <= len(w); i++ {
				runs[runHash(w[i:i+copyRun])] = true
			}
		}
	}
	root := moduleRoot()
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			if name := e.Name(); name == ".git" || name == "bin" || name == "node_modules" {
				return filepath.SkipDir
			}
			return nil
		}
		if !projectText(path) {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		w := lowerWords(string(b))
		for i := 0; i+copyRun <= len(w); i++ {
			if runs[runHash(w[i:i+copyRun])] {
				rel, _ := filepath.Rel(root, path)
				t.Errorf("%s shares %d words with an evaluation article: %q", rel, copyRun, strings.Join(w[i:i+copyRun], " "))
				i += copyRun - 1 // one report per run
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// projectText reports whether path is a text file we write: code, docs,
// word lists, test articles and their records.
func projectText(path string) bool {
	switch filepath.Ext(path) {
	case ".go", ".md", ".txt", ".json", ".jsonl", ".sh", ".py", ".js", ".html", ".yaml", ".yml":
		return true
	}
	return filepath.Base(path) == "Makefile"
}

// articleTexts reads the "text" of every line of a gold file.
func articleTexts(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var g struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, g.Text)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// lowerWords splits s into lower-case runs of letters and digits, so that
// punctuation, quotation marks and line breaks do not hide a copy.
func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func runHash(w []string) uint64 {
	h := fnv.New64a()
	for _, x := range w {
		h.Write([]byte(x))
		h.Write([]byte{0})
	}
	return h.Sum64()
}
