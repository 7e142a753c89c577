package extractor

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The allocation-free lower-casing helpers must agree with the
// strings.ToLower expressions they replace.
var foldWords = []string{
	"", "a", "A", "Said", "MINISTER", "al-Assad", "O'Neill", "O’Neill", "Doesn't", "DOESN’T",
	"won't", "Can’t", "n't", "N'T", "nt", "don’", "'t", "Ünal", "İstanbul", "KELVIN\u212a",
	"Straße", "ÉLYSÉE", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", "\xffN'T", "Mr.", "U.S.",
}

func TestAppendLowerIsToLower(t *testing.T) {
	for _, w := range foldWords {
		var buf [32]byte
		if got := string(appendLower(buf[:0], w)); got != strings.ToLower(w) {
			t.Errorf("appendLower(%q) = %q, want %q", w, got, strings.ToLower(w))
		}
	}
}

func TestIsNegatedVerbAsBefore(t *testing.T) {
	for _, w := range foldWords {
		want := strings.HasSuffix(strings.ToLower(strings.ReplaceAll(w, "’", "'")), "n't")
		if got := isNegatedVerb(w); got != want {
			t.Errorf("isNegatedVerb(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestOfLowerIsOfToLower(t *testing.T) {
	x := newTestExtractor(t)
	for _, w := range append(foldWords, "The", "Mrs", "Secretary", "HE", "Former") {
		if got, want := x.lex.ofLower(w), x.lex.of(strings.ToLower(w)); got != want {
			t.Errorf("ofLower(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestIsWordRuneASCII(t *testing.T) {
	for r := rune(-1); r < 0x300; r++ {
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r); got != want {
			t.Errorf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}

func TestCountFieldsIsLenFields(t *testing.T) {
	for _, s := range append(foldWords, " ", "  Ann  Cole ", "Ann\u00a0Cole", "Ann\u2003Cole\tJr.", "\xff \xfe", "a b c") {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", s, got, want)
		}
	}
}

// tokAt and tokIndex search by hand; they must answer as
// slices.BinarySearchFunc over the tokens did.
func TestTokenSearchAsBinarySearchFunc(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range testArticles(t) {
		d := newDocument(text, x.lex)
		cmp := func(t token, p int) int { return t.start - p }
		for pos := -1; pos <= len(text)+1; pos++ {
			k, _ := slices.BinarySearchFunc(d.toks, pos, cmp)
			if got := d.tokIndex(pos); got != k {
				t.Fatalf("tokIndex(%d) = %d, want %d", pos, got, k)
			}
			lo, hi := len(d.toks)/4, len(d.toks)/2
			want := -1
			if k, ok := slices.BinarySearchFunc(d.toks[lo:hi], pos, cmp); ok {
				want = lo + k
			}
			if got := d.tokAt(pos, lo, hi); got != want {
				t.Fatalf("tokAt(%d, %d, %d) = %d, want %d", pos, lo, hi, got, want)
			}
		}
	}
}

// codePoints.at must give what a table of every byte's code point gives.
func TestCodePointsAsDenseTable(t *testing.T) {
	texts := []string{"", "a", "é", "“Yes,” she said.", "\xff\xfe abc \xe2\x80", "x\xe2\x80\x9cy", strings.Repeat("ab’cd “e” ", 40), strings.Repeat("é", 64), strings.Repeat("a", 63) + "€" + strings.Repeat("b", 70)}
	for _, text := range testArticles(t) {
		texts = append(texts, text)
	}
	for _, text := range texts {
		dense := make([]int, len(text)+1)
		n := 0
		for i := 0; i < len(text); {
			_, size := utf8.DecodeRuneInString(text[i:])
			for k := 0; k < size; k++ {
				dense[i+k] = n
			}
			n++
			i += size
		}
		dense[len(text)] = n
		c := newCodePoints(text)
		for b := range dense {
			if got := c.at(b); got != dense[b] {
				t.Fatalf("%.20q: at(%d) = %d, want %d", text, b, got, dense[b])
			}
		}
	}
}

// isUpperWord's ASCII path must say what upper- and lower-casing say.
func TestIsUpperWordAsCasing(t *testing.T) {
	for _, s := range []string{"", "A", "a", "NATO", "Nato", "U.S.", "G7", "7", "--", "AB-c", "ÉTÉ", "Été", "MCDONALD'S", "McDonald's", "X’Y"} {
		if got, want := isUpperWord(s), strings.ToUpper(s) == s && strings.ToLower(s) != s; got != want {
			t.Errorf("isUpperWord(%q) = %v, want %v", s, got, want)
		}
	}
}
