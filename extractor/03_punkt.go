package extractor

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// This file is prose v3's sentence splitter (github.com/jdkato/prose/v3/
// segment over gopkg.in/neurosnap/sentences.v1) written again for speed:
// the same English Punkt model, the same steps in the same order, the
// same sentences. The libraries ran six regular expressions per candidate
// token (its type with numbers replaced, abbreviation, ellipsis, initial)
// and allocated a token, a type and a collocation key at each, a sixth of
// an extraction's time; here each is a byte scan and a token's type is
// computed once. Neither library is modified or vendored: prose's
// Segmenter stays the reference, and TestPunktPortMatchesProse compares
// the two on every paragraph of our articles and the gold files, with
// FuzzPunktPort for any text. Quirks are kept on purpose (a last word that
// ends in a multi-byte character is never a token; an abbreviation's stop
// is cut by rune count, not bytes), since they decide sentences too.

// punktModel is prose's English Punkt model: the library's trained data
// plus the abbreviations prose adds. It is read-only once loaded, so one
// copy serves every Extractor, as in prose.
var punktModel = sync.OnceValues(func() (*sentences.Storage, error) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		return nil, err
	}
	st, err := sentences.LoadTraining(b)
	if err != nil {
		return nil, err
	}
	for _, abbr := range []string{"sgt", "gov", "no", "mt"} {
		st.AbbrevTypes.Add(abbr)
	}
	return st, nil
})

// Punkt's orthographic contexts (sentences' ortho.go).
const (
	orthoBegUc = 1 << 1
	orthoMidUc = 1 << 2
	orthoUnkUc = 1 << 3
	orthoBegLc = 1 << 4
	orthoMidLc = 1 << 5
	orthoUnkLc = 1 << 6
	orthoUc    = orthoBegUc + orthoMidUc + orthoUnkUc
	orthoLc    = orthoBegLc + orthoMidLc + orthoUnkLc
)

// punktTok is a Punkt token: a run of non-space characters holding . ! or
// ?, or the one after such a run, with the byte offset after it.
type punktTok struct {
	tok       string
	pos       int
	typ       string // Type, once computed
	typed     bool
	sentBreak bool
	abbr      bool
}

// punkt is one call of the splitter: the model and a scratch key.
type punkt struct {
	st  *sentences.Storage
	key []byte
}

// segment returns the sentences of text as prose's Segmenter does:
// Punkt's breaks, each sentence trimmed of spaces, empty ones dropped.
func (p *punkt) segment(text string) []Sentence {
	var buf [32]punktTok // (on the stack; most paragraphs have fewer)
	toks := punktWords(buf[:0], text)
	for i := range toks {
		p.typeAnnotation(&toks[i])
	}
	for i := 0; i+1 < len(toks); i++ {
		p.tokenAnnotation(&toks[i], &toks[i+1])
	}
	for i := range toks {
		if i+1 < len(toks) {
			p.multiPunctAnnotation(&toks[i], &toks[i+1])
		} else if t := &toks[i]; strings.Contains(t.tok, "\n") && strings.Contains(t.tok, " ") {
			t.sentBreak = false
		}
	}
	breaks := 1
	for _, t := range toks {
		if t.sentBreak {
			breaks++
		}
	}
	out := make([]Sentence, 0, breaks)
	last := 0
	for _, t := range toks {
		if t.sentBreak {
			out = appendSentence(out, text, last, t.pos)
			last = t.pos
		}
	}
	if last != len(text) {
		out = appendSentence(out, text, last, len(text))
	}
	return out
}

// appendSentence appends [start, end) without its surrounding spaces, if
// anything is left (prose's trimRange).
func appendSentence(out []Sentence, text string, start, end int) []Sentence {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if size == 0 || !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if size == 0 || !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if start >= end {
		return out
	}
	return append(out, Sentence{start, end})
}

// punktWords is sentences' DefaultWordTokenizer.Tokenize(text, true): the
// words holding sentence punctuation and the word after each, with the
// offset of the space after them. A word (a run of non-space characters;
// the library trims the text between two spaces) is only seen at a space
// or at the text's last byte, so a last word ending in a multi-byte
// character is never one; a text with no such word is one token. They
// are appended to toks.
func punktWords(toks []punktTok, text string) []punktTok {
	n := len(text)
	if n == 0 {
		return toks
	}
	// Start is where the run of non-space characters began, punct whether
	// it holds '.', '!' or '?'.
	start, punct, next := 0, false, false
	for i := 0; i < n; {
		b := text[i]
		if punktPlain[b] && i != n-1 {
			i++ // most bytes: nothing to note
			continue
		}
		c, size := rune(b), 1
		if b >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(text[i:])
		}
		space := isSpaceRune(c)
		punct = punct || b == '.' || b == '!' || b == '?'
		if space || i == n-1 {
			cursor, end := i, i
			if i == n-1 {
				cursor = n
				if !space {
					end = n
				}
			}
			if start < end {
				if punct || next {
					toks = append(toks, punktTok{tok: text[start:end], pos: cursor})
				}
				next = punct
			}
		}
		i += size
		if space {
			start, punct = i, false
		}
	}
	if len(toks) == 0 {
		toks = append(toks, punktTok{tok: text, pos: n})
	}
	return toks
}

// punktPlain marks the ASCII bytes punktWords passes over: neither a
// space nor '.', '!' or '?'. (Read-only.)
var punktPlain = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !isSpaceRune(rune(c)) && c != '.' && c != '!' && c != '?'
	}
	return t
}()

// isSpaceRune is unicode.IsSpace, without the call for ASCII.
func isSpaceRune(c rune) bool {
	if c < utf8.RuneSelf {
		return c == ' ' || '\t' <= c && c <= '\r'
	}
	return unicode.IsSpace(c)
}

// typeAnnotation is sentences' TypeBasedAnnotation: a word ending in
// sentence punctuation is a break, one ending in a full stop an
// abbreviation if the model knows it, else a break.
func (p *punkt) typeAnnotation(t *punktTok) {
	if hasSentEndChars(t.tok) {
		t.sentBreak = true
	} else if strings.HasSuffix(t.tok, ".") && !strings.HasSuffix(t.tok, "..") {
		noPeriod := strings.ToLower(t.tok[:utf8.RuneCountInString(t.tok)-1])
		lastPart := noPeriod[strings.LastIndexByte(noPeriod, '-')+1:]
		if p.st.AbbrevTypes.Has(noPeriod) || p.st.AbbrevTypes.Has(lastPart) {
			t.abbr = true
		} else {
			t.sentBreak = true
		}
	}
}

// hasSentEndChars is prose's wordTokenizer.HasSentEndChars: the token
// ends with one of `."`, `.)`, `.’`, `.”`, `?`, `?"`, `?'`, `?)`, `?’`,
// `?”`, `!`, `!"`, `!'`, `!)`, `!’`, `!”` and holds no "Yahoo!", or it
// holds one of `.[`, `.(`, `."`, `?[`, `?(`, `![`, `!(`. (prose tests
// each string in turn; TestPunktScans checks this against that.)
func hasSentEndChars(s string) bool {
	if endsWithEnder(s) && !strings.Contains(s, "Yahoo!") {
		return true
	}
	for i := 0; i+1 < len(s); i++ {
		switch c := s[i+1]; s[i] {
		case '.':
			if c == '[' || c == '(' || c == '"' {
				return true
			}
		case '?', '!':
			if c == '[' || c == '(' {
				return true
			}
		}
	}
	return false
}

// endsWithEnder reports whether s ends with '?' or '!', or with a closing
// mark after '.', '?' or '!' (after '.', not a "'").
func endsWithEnder(s string) bool {
	if strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return true
	}
	before, dot := "", true
	switch {
	case strings.HasSuffix(s, `"`), strings.HasSuffix(s, ")"):
		before = s[:len(s)-1]
	case strings.HasSuffix(s, "’"), strings.HasSuffix(s, "”"):
		before = s[:len(s)-len("’")]
	case strings.HasSuffix(s, "'"):
		before, dot = s[:len(s)-1], false
	default:
		return false
	}
	return strings.HasSuffix(before, "?") || strings.HasSuffix(before, "!") || dot && strings.HasSuffix(before, ".")
}

// tokenAnnotation is sentences' TokenBasedAnnotation.tokenAnnotation: the
// collocation, orthographic and sentence-starter heuristics and the
// initials and ordinals.
func (p *punkt) tokenAnnotation(one, two *punktTok) {
	if !strings.HasSuffix(one.tok, ".") {
		return
	}
	typ := trimPeriod(p.typeOf(one))
	nextTyp := p.typeNoSentPeriod(two)
	initial := isPunktInitial(one.tok)
	if p.collocation(typ, nextTyp) {
		one.sentBreak, one.abbr = false, true
		return
	}
	if (one.abbr || strings.HasSuffix(one.tok, "..")) && !initial {
		if p.heuristic(two) == 1 || firstUpper(two.tok) && p.st.SentStarters[nextTyp] != 0 {
			one.sentBreak = true
			return
		}
	}
	if one.tok == "." && two.tok == "." {
		one.sentBreak, two.sentBreak = false, false
		return
	}
	if initial || typ == "##number##" {
		h := p.heuristic(two)
		if h == 0 || h == -1 && initial && firstUpper(two.tok) && p.st.OrthoContext[nextTyp]&orthoLc == 0 {
			one.sentBreak, one.abbr = false, true
		}
	}
}

// collocation reports whether the model holds the pair "typ,next".
func (p *punkt) collocation(typ, next string) bool {
	p.key = append(append(append(p.key[:0], typ...), ','), next...)
	return p.st.Collocations[string(p.key)] != 0
}

// multiPunctAnnotation is prose's multiPunctWordAnnotation.tokenAnnotation:
// ellipses, marks that may close a sentence inside a quotation, and
// abbreviations with several stops ("F.B.I.").
func (p *punkt) multiPunctAnnotation(one, two *punktTok) {
	if strings.HasSuffix(one.tok, ".") && two.tok == "." {
		one.sentBreak, two.sentBreak = false, false
		return
	}
	if p.punctuationBreak(one, two) {
		return
	}
	if !hasPunktAbbrev(one.tok) || isPunktInitial(one.tok) {
		return
	}
	one.abbr, one.sentBreak = true, false
	if p.heuristic(two) == 1 || firstUpper(two.tok) && p.st.SentStarters[p.typeNoSentPeriod(two)] != 0 {
		one.sentBreak = true
	}
}

// punctuationBreak is the first half of multiPunctAnnotation; true means
// it decided and the rest is skipped.
func (p *punkt) punctuationBreak(one, two *punktTok) bool {
	nonBreak := strings.HasSuffix(one.tok, ".") && !one.sentBreak
	ellipsis := looksLikeEllipsis(one.tok)
	internal := one.sentBreak && looksInternal(one.tok)
	if !nonBreak && !ellipsis && !internal {
		return false
	}
	nextTyp := p.typeNoSentPeriod(two)
	starter := p.st.SentStarters[nextTyp]
	if ellipsis && (firstUpper(two.tok) || starter != 0) {
		one.sentBreak = true
		return true
	}
	if internal && firstLower(two.tok) && starter == 0 {
		one.sentBreak = false
		return true
	}
	if nonBreak && firstUpper(two.tok) && p.st.OrthoContext[nextTyp]&orthoLc != 0 {
		one.sentBreak = true
	}
	return false
}

// heuristic is sentences' OrthoContext.Heuristic: 1 if the token starts a
// sentence, 0 if it does not, -1 if unknown.
func (p *punkt) heuristic(t *punktTok) int {
	if len(t.tok) == 1 && strings.IndexByte(";:,.!?", t.tok[0]) >= 0 {
		return 0
	}
	ctx := p.st.OrthoContext[p.typeNoSentPeriod(t)]
	if firstUpper(t.tok) && ctx&orthoLc > 0 && ctx&orthoMidUc == 0 {
		return 1
	}
	if firstLower(t.tok) && (ctx&orthoUc > 0 || ctx&orthoBegLc == 0) {
		return 0
	}
	return -1
}

// typeOf is sentences' DefaultWordTokenizer.Type: the lower-cased token
// with a number at its end replaced by "##number##" and, unless one
// character long, without commas.
func (p *punkt) typeOf(t *punktTok) string {
	if !t.typed {
		typ := strings.ToLower(t.tok)
		if s := numericSuffix(typ); s >= 0 {
			typ = typ[:s] + "##number##"
		}
		if len(typ) != 1 {
			typ = strings.ReplaceAll(typ, ",", "")
		}
		t.typ, t.typed = typ, true
	}
	return t.typ
}

// typeNoSentPeriod is the type without its final stop if the token is a
// sentence break.
func (p *punkt) typeNoSentPeriod(t *punktTok) string {
	if t.sentBreak {
		return trimPeriod(p.typeOf(t))
	}
	return p.typeOf(t)
}

// trimPeriod is TypeNoPeriod's step: a type longer than one byte loses a
// final stop.
func trimPeriod(typ string) string {
	if len(typ) > 1 && typ[len(typ)-1] == '.' {
		return typ[:len(typ)-1]
	}
	return typ
}

// numericSuffix is where the leftmost match of sentences' number pattern
// `-?[\.,]?\d[\d,\.-]*\.?$` starts in s, or -1. A match holds only digits,
// '-', ',' and '.', so it starts in the tail of s made of them, at its
// first digit or at most two characters before it: one of '-', '.' and
// ',', or "-." or "-,".
func numericSuffix(s string) int {
	e := len(s)
	for e > 0 && isNumberByte(s[e-1]) {
		e--
	}
	f := e
	for f < len(s) && !isASCIIDigit(s[f]) {
		f++
	}
	switch {
	case f == len(s):
		return -1
	case f-2 >= e && s[f-2] == '-' && s[f-1] != '-':
		return f - 2
	case f-1 >= e:
		return f - 1
	}
	return f
}

func isNumberByte(b byte) bool { return isASCIIDigit(b) || b == ',' || b == '.' || b == '-' }

// isPunktInitial is the pattern `^[A-Za-z]\.$`.
func isPunktInitial(s string) bool {
	return len(s) == 2 && s[1] == '.' && (s[0]|0x20 >= 'a' && s[0]|0x20 <= 'z')
}

// isRegexpWord is the pattern \w: an ASCII letter, digit or underscore.
func isRegexpWord(b byte) bool {
	return isASCIIDigit(b) || b == '_' || b|0x20 >= 'a' && b|0x20 <= 'z'
}

// hasPunktAbbrev reports whether s holds a match of prose's
// `((?:[\w]\.)+[\w]*\.)`: a word character and a stop, then word
// characters and another stop ("U.S.", "a.m.").
func hasPunktAbbrev(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if !isRegexpWord(s[i]) || s[i+1] != '.' {
			continue
		}
		j := i + 2
		for j < len(s) && isRegexpWord(s[j]) {
			j++
		}
		if j < len(s) && s[j] == '.' {
			return true
		}
	}
	return false
}

// looksLikeEllipsis reports whether s holds a match of prose's
// `(?:\.\s?){2,}\.`: three stops, each of the two gaps empty or one of
// the ASCII spaces \s stands for.
func looksLikeEllipsis(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		k := skipRegexpSpace(s, i+1)
		if k < len(s) && s[k] == '.' {
			if k = skipRegexpSpace(s, k+1); k < len(s) && s[k] == '.' {
				return true
			}
		}
	}
	return false
}

// skipRegexpSpace returns k, past one \s character ([\t\n\f\r ]) if s
// has one there.
func skipRegexpSpace(s string, k int) int {
	if k < len(s) && strings.IndexByte("\t\n\f\r ", s[k]) >= 0 {
		return k + 1
	}
	return k
}

// looksInternal is prose's: the token ends with a mark that may close a
// sentence inside a parenthesis or quotation.
func looksInternal(s string) bool {
	for _, e := range []string{")", `’`, `”`, `"`, `'`} {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

func firstUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && unicode.IsUpper(r)
}

func firstLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && unicode.IsLower(r)
}
