package extractor

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/segment"
)

// proseSentences is prose's own Segmenter, the reference the port in
// 03_punkt.go must match.
func proseSentences(t testing.TB) func(string) []Sentence {
	t.Helper()
	s, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	return func(text string) []Sentence {
		var out []Sentence
		for _, s := range s.Segment(text) {
			out = append(out, Sentence{s.Start, s.End()})
		}
		return out
	}
}

func portSentences(t testing.TB) func(string) []Sentence {
	t.Helper()
	p, err := newProseSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	return func(text string) []Sentence {
		out, _ := p.Segment(text)
		return out
	}
}

// TestPunktPortMatchesProse: the port splits every paragraph of our
// articles and of every gold file, and each whole text, exactly as prose
// does, and so do texts made to hit its quirks.
func TestPunktPortMatchesProse(t *testing.T) {
	ref, port := proseSentences(t), portSentences(t)
	texts := []string{simpleSentences, punktQuirks}
	for _, text := range testArticles(t) {
		texts = append(texts, text)
	}
	files, _ := filepath.Glob(filepath.Join(evalDir(t), "*.jsonl"))
	for _, f := range files {
		for _, g := range readGoldLines(t, f) {
			texts = append(texts, g.Text)
		}
	}
	n := 0
	for _, text := range texts {
		for _, p := range append(paragraphs(text), span{0, len(text)}) {
			n++
			para := text[p.start:p.end]
			if want, got := ref(para), port(para); !slices.Equal(want, got) {
				t.Errorf("%.80q: prose %v, port %v", para, want, got)
			}
		}
	}
	if n < 10000 {
		t.Fatalf("only %d texts compared", n)
	}
}

// punktQuirks has what the port imitates: numbers, initials, ellipses,
// abbreviations with several stops, collocations, a last word ending in a
// curly quotation mark, marks inside quotations.
const punktQuirks = `The vote was 52-48. It passed. Aides said 3.5. percent was -.5 or -,4 and 1,000. Then A. Smith spoke... And then . . . nothing. Dr. Jones met the F.B.I. agent at 9 a.m. Sunday. "Why?" he asked. "Now!" she said. (Really.) Yes.’ Fine.” He went to Yahoo! Inc. on Jan. 5. No. 10 said no. U.S. officials left. The U.S. Army said so.” Ends ‘here.’`

// FuzzPunktPort compares the port with prose on any text.
func FuzzPunktPort(f *testing.F) {
	for _, s := range []string{simpleSentences, punktQuirks, "a.", "A. B", "x . . . Y", "1.\n2.", "Sgt. Pepper. Gov. Ann.", "é.", "a\xff. B"} {
		f.Add(s)
	}
	ref, port := proseSentences(f), portSentences(f)
	f.Fuzz(func(t *testing.T, text string) {
		if want, got := ref(text), port(text); !slices.Equal(want, got) {
			t.Errorf("%q: prose %v, port %v", text, want, got)
		}
	})
}

// TestPunktScans checks each byte scan of the port against the regular
// expression it stands for, on every string of up to five characters from
// an alphabet of the characters they look at.
func TestPunktScans(t *testing.T) {
	checks := []struct {
		re   *regexp.Regexp
		scan func(string) bool
	}{
		{regexp.MustCompile(`((?:[\w]\.)+[\w]*\.)`), hasPunktAbbrev},
		{regexp.MustCompile(`(?:\.\s?){2,}\.`), looksLikeEllipsis},
		{regexp.MustCompile(`^[A-Za-z]\.$`), isPunktInitial},
	}
	alphabet := []string{"a", "Z", "_", "1", ".", " ", "\t", "\v", "-", "é", "@", "["}
	strs := []string{""}
	for n := 0; n < 5; n++ {
		var next []string
		for _, s := range strs {
			for _, c := range alphabet {
				next = append(next, s+c)
			}
		}
		strs = append(strs, next...)
	}
	enders := []string{".", "?", "!", `"`, ")", "’", "”", "'", "[", "(", "a", "Yahoo!"}
	for _, a := range enders {
		for _, b := range enders {
			for _, c := range enders {
				for _, d := range enders {
					s := a + b + c + d
					if want, got := proseHasSentEndChars(s), hasSentEndChars(s); want != got {
						t.Errorf("hasSentEndChars(%q) = %v, prose's %v", s, got, want)
					}
				}
			}
		}
	}
	for _, s := range strs {
		for i, c := range checks {
			if want, got := c.re.MatchString(s), c.scan(s); want != got {
				t.Errorf("scan %d on %q: %v, the pattern %v", i, s, got, want)
			}
		}
	}
}

// proseHasSentEndChars is prose's wordTokenizer.HasSentEndChars as it is
// written (segment/punkt.go).
func proseHasSentEndChars(s string) bool {
	enders := []string{`."`, `.)`, `.’`, `.”`, `?`, `?"`, `?'`, `?)`, `?’`, `?”`, `!`, `!"`, `!'`, `!)`, `!’`, `!”`}
	for _, e := range enders {
		if strings.HasSuffix(s, e) && !regexp.MustCompile(`Yahoo!`).MatchString(s) {
			return true
		}
	}
	for _, p := range []string{`.[`, `.(`, `."`, `?[`, `?(`, `![`, `!(`} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// TestNumericSuffix checks numericSuffix against the pattern it stands for.
func TestNumericSuffix(t *testing.T) {
	re := regexp.MustCompile(`-?[\.,]?\d[\d,\.-]*\.?$`)
	parts := []string{"", "-", ".", ",", "1", "9", "a", "é", "--", "-.", "-,", ".,", "x-", "0.", ",5"}
	var b strings.Builder
	for _, a := range parts {
		for _, c := range parts {
			for _, d := range parts {
				for _, e := range parts {
					b.Reset()
					b.WriteString(a + c + d + e)
					s := b.String()
					want := -1
					if loc := re.FindStringIndex(s); loc != nil {
						want = loc[0]
					}
					if got := numericSuffix(s); got != want {
						t.Errorf("numericSuffix(%q) = %d, the pattern matches at %d", s, got, want)
					}
				}
			}
		}
	}
}
