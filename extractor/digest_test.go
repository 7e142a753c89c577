package extractor

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
)

// digestFile holds one SHA-256 per article set: the digest of every record
// the extractor gives for that set, in order. It makes every change of
// output visible, also on the gold articles that cannot be kept in this
// repository: a refactoring must leave it unchanged, and a change of
// behaviour rewrites it (-update) in the same commit, with the accuracy
// figures that justify it.
const digestFile = "../testdata/records.digest"

// TestRecordDigests compares the records of our test articles and of every
// gold file in ../shared/eval with testdata/records.digest.
func TestRecordDigests(t *testing.T) {
	x := newTestExtractor(t)
	sets := []struct {
		name string
		arts func(t *testing.T) []Article
	}{{"testdata/extract", func(t *testing.T) []Article {
		m := testArticles(t)
		names := make([]string, 0, len(m))
		for n := range m {
			names = append(names, n)
		}
		slices.Sort(names)
		out := make([]Article, len(names))
		for i, n := range names {
			out[i] = Article{ID: n, Text: m[n]}
		}
		return out
	}}}
	for _, f := range []string{"seed.gold.jsonl", "polnear_train.jsonl", "polnear_dev.jsonl", "bbc_dev.jsonl"} {
		sets = append(sets, struct {
			name string
			arts func(t *testing.T) []Article
		}{f, func(t *testing.T) []Article {
			var out []Article
			for _, g := range readGoldLines(t, filepath.Join(evalDir(t), f)) {
				out = append(out, Article{ID: g.ID, Text: g.Text})
			}
			return out
		}})
	}
	want := readDigests(t)
	got := map[string]string{}
	var mu sync.Mutex
	for _, s := range sets {
		t.Run(s.name, func(t *testing.T) {
			d := recordsDigest(t, x, s.arts(t))
			mu.Lock()
			got[s.name] = d
			mu.Unlock()
			if !*update && want[s.name] != d {
				t.Errorf("records of %s changed: digest %s, want %s (if the change is meant, run go test ./extractor -run TestRecordDigests -update and commit the new digests with the accuracy figures)", s.name, d, want[s.name])
			}
		})
	}
	if *update {
		writeDigests(t, got, want)
	}
}

// recordsDigest extracts the articles on all cores and hashes their JSON
// records in article order.
func recordsDigest(t *testing.T, x *Extractor, arts []Article) string {
	recs := make([][]byte, len(arts))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				r, err := x.Extract(context.Background(), arts[i])
				if err != nil {
					t.Errorf("%s: %v", arts[i].ID, err)
					continue
				}
				b, err := json.Marshal(r)
				if err != nil {
					t.Error(err)
				}
				recs[i] = b
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	h := sha256.New()
	for _, b := range recs {
		h.Write(b)
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func readDigests(t *testing.T) map[string]string {
	out := map[string]string{}
	f, err := os.Open(digestFile)
	if err != nil {
		if *update {
			return out
		}
		t.Fatalf("%v (run go test ./extractor -run TestRecordDigests -update)", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, d, ok := strings.Cut(line, " ")
		if !ok {
			t.Fatalf("%s: bad line %q", digestFile, line)
		}
		out[name] = strings.TrimSpace(d)
	}
	return out
}

// writeDigests rewrites the digest file; sets that were skipped (gold data
// absent) keep their old digest.
func writeDigests(t *testing.T, got, old map[string]string) {
	for k, v := range old {
		if _, ok := got[k]; !ok {
			got[k] = v
		}
	}
	names := make([]string, 0, len(got))
	for k := range got {
		names = append(names, k)
	}
	slices.Sort(names)
	var b strings.Builder
	b.WriteString("# SHA-256 of every record of each article set (extractor/digest_test.go).\n")
	b.WriteString("# A refactoring leaves these unchanged; a change of output rewrites them with -update.\n")
	for _, n := range names {
		fmt.Fprintf(&b, "%s %s\n", n, got[n])
	}
	if err := os.WriteFile(digestFile, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
