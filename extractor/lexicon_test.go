package extractor

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// lexiconEntries reads the entries of one lexicon file (comments and blank
// lines dropped), each as its fields.
func lexiconEntries(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := lexiconFS.Open(path.Join("lexicon", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Fields(line))
	}
	return out
}

// TestLexiconFiles checks every word list: it is loaded (no stray file),
// says what it is for and where it comes from, and its entries are sorted,
// unique and lower case.
func TestLexiconFiles(t *testing.T) {
	t.Parallel()
	onDisk, err := fs.Glob(lexiconFS, "lexicon/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range onDisk {
		names = append(names, strings.TrimSuffix(path.Base(p), ".txt"))
	}
	slices.Sort(names)
	if want := lexiconFiles(); !slices.Equal(names, want) {
		t.Errorf("lexicon/ holds %v, the loader reads %v", names, want)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			b, err := fs.ReadFile(lexiconFS, path.Join("lexicon", name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			head := string(b)
			if !strings.HasPrefix(head, "# "+name+": ") {
				t.Errorf("the first line does not say what %s is for (want %q)", name, "# "+name+": …")
			}
			if !strings.Contains(head, "# Source:") {
				t.Errorf("%s does not say where its entries come from (a \"# Source:\" line)", name)
			}
			entries := lexiconEntries(t, name)
			if len(entries) == 0 {
				t.Fatalf("%s has no entries", name)
			}
			keys := make([]string, len(entries))
			for i, e := range entries {
				keys[i] = strings.Join(e, " ")
				if name == titleAbbrevsFile {
					keys[i] = e[0] // the title column is written as a role spells it
				}
				if keys[i] != strings.ToLower(keys[i]) {
					t.Errorf("%s: %q is not lower case", name, keys[i])
				}
			}
			if !slices.IsSorted(keys) {
				for i := 1; i < len(keys); i++ {
					if keys[i] < keys[i-1] {
						t.Errorf("%s: not sorted: %q after %q", name, keys[i], keys[i-1])
						break
					}
				}
			}
			for i := 1; i < len(keys); i++ {
				if keys[i] == keys[i-1] {
					t.Errorf("%s: %q twice", name, keys[i])
				}
			}
		})
	}
}

// TestLexiconContradictions: no word is in two lists that say opposite
// things of it, and a list that refines another stays inside it.
func TestLexiconContradictions(t *testing.T) {
	t.Parallel()
	words := func(name string) map[string]bool {
		m := map[string]bool{}
		for _, e := range lexiconEntries(t, name) {
			m[e[0]] = true
		}
		return m
	}
	for _, pair := range [][2]string{
		{"cue-speech", "cue-belief"}, // a cue has one class
		{"cue-speech", "cue-quote"},
		{"cue-belief", "cue-quote"},
		{"female-names", "male-names"}, // a first name is a hint of one gender
		{"unisex-names", "male-names"}, // or of none
		{"unisex-names", "female-names"},
		{"female-words", "male-words"},   // a gendered word has one gender
		{"not-male-words", "male-words"}, // an exception to the -man rule is not male
	} {
		a, b := words(pair[0]), words(pair[1])
		for w := range a {
			if b[w] {
				t.Errorf("%q is in both %s and %s", w, pair[0], pair[1])
			}
		}
	}
	for _, sub := range [][2]string{
		{"person-pronouns", "subject-pronouns"},
		{"possessive-determiners", "determiners"},
		{"org-heads-qualified", "org-heads"},
		{"org-heads-final-only", "org-heads"},
		{"name-titles", "honorifics"},
	} {
		a, b := words(sub[0]), words(sub[1])
		for w := range a {
			if !b[w] {
				t.Errorf("%q is in %s but not in %s, which %s refines", w, sub[0], sub[1], sub[0])
			}
		}
	}
}

// TestLexiconFlags: every flag has one list, and every function-word role
// has words.
func TestLexiconFlags(t *testing.T) {
	t.Parallel()
	var all lexFlag
	for _, l := range lexiconLists {
		if all&l.flag != 0 {
			t.Errorf("flag of %s used twice", l.file)
		}
		all |= l.flag
	}
	if all|lexCuePhraseVerb != lexFlagsEnd-1 {
		t.Errorf("flags %b: some lexFlag constant has no list", all)
	}
	x := newTestExtractor(t)
	var fns fnFlag
	for _, info := range x.lex.words {
		fns |= info.fn
	}
	for role, f := range functionRoles {
		if fns&f == 0 {
			t.Errorf("function-word role %q has no word", role)
		}
	}
}

// TestLoadLexiconErrors: a broken lexicon is a clear error from New's
// loader, never a silent gap.
func TestLoadLexiconErrors(t *testing.T) {
	t.Parallel()
	good := fstest.MapFS{}
	for _, name := range lexiconFiles() {
		b, err := fs.ReadFile(lexiconFS, path.Join("lexicon", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		good[path.Join("lexicon", name+".txt")] = &fstest.MapFile{Data: b}
	}
	if _, err := loadLexicon(good); err != nil {
		t.Fatalf("the embedded lexicon does not load: %v", err)
	}
	for _, tc := range []struct {
		name, file, data, want string
	}{
		{"missing file", "role-heads", "", "lexicon/role-heads.txt"},
		{"two words on a line", "role-heads", "# x\nchief executive\n", "want 1 column"},
		{"unknown role", functionWordsFile, "# x\nlinker of\n", `unknown role "linker"`},
		{"one column for two", titleAbbrevsFile, "# x\nsen.\n", "want 2 column"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := fstest.MapFS{}
			for k, v := range good {
				bad[k] = v
			}
			p := path.Join("lexicon", tc.file+".txt")
			if tc.data == "" {
				delete(bad, p)
			} else {
				bad[p] = &fstest.MapFile{Data: []byte(tc.data)}
			}
			_, err := loadLexicon(bad)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
			if tc.data == "" && !errors.Is(err, os.ErrNotExist) {
				t.Errorf("missing file: %v does not wrap fs.ErrNotExist", err)
			}
		})
	}
}
