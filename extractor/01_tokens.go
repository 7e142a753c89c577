package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind says what a token is made of.
type tokKind uint8

const (
	tokWord  tokKind = iota // letters, digits and word-internal . ' ’ - &
	tokPunct                // one punctuation or symbol character
	tokQuote                // a quotation mark, resolved by the quote scanner
)

// markKind says whether a token is a mark of a top-level quotation.
type markKind uint8

const (
	markNone markKind = iota
	markOpen
	markClose
)

// token is a word or punctuation character with its byte range. The
// fields are ordered widest first so the struct packs into 88 bytes rather
// than 112: a document holds one per five bytes of text, the largest
// allocation of an extraction, and the garbage collector scans it.
type token struct {
	span
	text  string  // verbatim
	lower string  // lower-cased text, with ’ mapped to '
	para  int     // paragraph index
	quote int     // index of the top-level quote whose content holds it, or -1
	lex   lexFlag // the word lists its lower-cased text belongs to
	stem  lexFlag // the same without a possessive 's ("nominee's")
	fn    fnFlag  // the grammatical roles it can play
	kind  tokKind
	cap   bool     // starts with an upper-case letter
	mark  markKind // whether it opens or closes a top-level quotation
	// reported: it lies in a reported clause an attribution claims (set
	// by stage 05), so no role is taken from it.
	reported bool
}

// tokenize splits one paragraph into tokens. Words keep internal
// apostrophes, hyphens and dots ("don't", "al-Assad", "U.S."); a trailing
// full stop stays on known abbreviations and initials.
func tokenize(lex *lexicon, text string, p span, para int, out []token) []token {
	i := p.start
	singleOpen := false // a single mark that opens a quotation is still open
	lineOpen := -1      // where the single mark that opened the paragraph's line stands, while it is open
	lastSingle := -2    // the paragraph's last single mark, found when first needed
	for i < p.end {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:p.end])
		}
		switch {
		case isSpaceRune(r) || isFormatRune(r): // format characters are invisible: no token
			i += n
		case isWordRune(r):
			j := wordEnd(text, i+n, p.end)
			if j < p.end && text[j] == '.' && isAbbrev(lex, text[i:j]) && !bareNo(text, i, j, p.end) {
				j++
			}
			if !(lineOpen >= 0 && singleOpen && j < p.end && j == lastSingleMark(text, p, &lastSingle)) {
				j = pluralPossessiveEnd(text, p, i, j, singleOpen)
			}
			out = appendToken(out, lex, text, i, j, tokWord, para)
			i = j
		case (r == '\'' || r == '’' || r == '‘' && afterWord(text, p, i)) && elidedYear(text, p, i, i+n):
			// An apostrophe that stands for a century ("in '08", "the ’90s",
			// or typed as an opening mark after a word: "in ‘08") is part
			// of its number, not a quotation mark. (An opening mark at a
			// paragraph's start or after a colon opens a quotation:
			// "‘80 per cent of us agree,’ she said".)
			j := wordEnd(text, i+n, p.end)
			out = appendToken(out, lex, text, i, j, tokWord, para)
			i = j
		default:
			k := tokPunct
			if isQuoteRune(r) {
				k = tokQuote
			}
			// Two apostrophes or two backquotes stand for a double quotation
			// mark in some house styles (''Like this,'' he said). Three that
			// close a quotation close a nested single one first (''… 'a
			// special case,''' he said).
			if (r == '\'' || r == '`') && i+1 < p.end && text[i+1] == byte(r) && !closesNested(text, i, p) {
				out = appendToken(out, lex, text, i, i+2, tokQuote, para)
				i += 2
				continue
			}
			if r == '\'' || r == '‘' || r == '’' {
				was := singleOpen
				singleOpen = singleMarkOpens(text, p, i, i+n, singleOpen)
				switch {
				case singleOpen && !was && (i == p.start || startsLine(text, p, i)):
					lineOpen = i
				case !singleOpen:
					lineOpen = -1
				}
			}
			out = appendToken(out, lex, text, i, i+n, k, para)
			i += n
		}
	}
	return out
}

// lastSingleMark is where the last single mark (an apostrophe, or a
// curly closing mark) of paragraph p stands, found once and kept in
// *last: when a single mark opened the paragraph's line and no other
// mark follows to close it, the one after a plural's s closes it
// ("'No more delays' on the bypass"), not a possessive's. (An
// apostrophe inside a later word, "the county's", keeps the possessive
// reading.)
func lastSingleMark(text string, p span, last *int) int {
	if *last == -2 {
		*last = max(strings.LastIndexByte(text[p.start:p.end], '\''), strings.LastIndex(text[p.start:p.end], "’"))
		if *last >= 0 {
			*last += p.start
		}
	}
	return *last
}

// afterWord reports whether the rune before i in paragraph p, past
// spaces, is a letter: "in ‘08", not "‘80 per cent …" opening the
// paragraph or "said: ‘80 …".
func afterWord(text string, p span, i int) bool {
	k := i
	for k > p.start && (text[k-1] == ' ' || text[k-1] == '\t') {
		k--
	}
	if k == p.start || k == i {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[p.start:k])
	return unicode.IsLetter(r)
}

// elidedYear reports whether the apostrophe at [i, j) elides the century
// of a year: after a space, a bracket or the paragraph start, two digits,
// an optional s ("'90s"), then no further word character ("'08 that",
// "’90s,"); "'08 budget'" and "'2008'" are left to the quote scanner when a
// single mark closes right after the number.
func elidedYear(text string, p span, i, j int) bool {
	if !leftContext(text, p, i) || j+2 > p.end || !isASCIIDigit(text[j]) || !isASCIIDigit(text[j+1]) {
		return false
	}
	k := j + 2
	if k < p.end && text[k] == 's' {
		k++
	}
	if k < p.end {
		r, _ := utf8.DecodeRuneInString(text[k:p.end])
		if isWordRune(r) || r == '\'' || r == '’' {
			return false
		}
	}
	return true
}

// singleMarkOpens says whether a single quotation is open after the single
// mark at [i, j), open before or not: a mark after a space before a word
// opens one, a mark after a word before a space or punctuation closes it.
func singleMarkOpens(text string, p span, i, j int, open bool) bool {
	before, after := leftContext(text, p, i), rightContext(text, p, j)
	switch {
	case before && !after:
		return true
	case after && !before:
		return false
	}
	return open
}

// pluralPossessiveEnd returns the end of the word [i, j) with the
// apostrophe of a plural possessive after it ("the voters’ choice", "Tom
// Reilly, Rhodes' campaign manager"): an s, then the mark, then a space
// and a lower-case word, or, when no single quotation is open, a name in
// s before a capitalised word ("said NBS' Ann Cole"). Such a mark
// neither opens nor closes a quotation (isPossessive), so it is part of
// its word, and the noun phrase it is in stays one phrase.
func pluralPossessiveEnd(text string, p span, i, j int, singleOpen bool) int {
	if j >= p.end || text[j] != '\'' && !strings.HasPrefix(text[j:p.end], "’") {
		return j
	}
	_, n := utf8.DecodeRuneInString(text[j:p.end])
	if isPossessive(text, p, j, j+n) || !singleOpen && namePossessive(text, p, i, j, j+n) {
		return j + n
	}
	return j
}

// namePossessive reports whether the mark at [j, k) after the word [i, j)
// is the apostrophe of a capitalised name in s before a capitalised word.
func namePossessive(text string, p span, i, j, k int) bool {
	first, _ := utf8.DecodeRuneInString(text[i:j])
	last, _ := utf8.DecodeLastRuneInString(text[i:j])
	if !unicode.IsUpper(first) || last != 's' && last != 'S' || k+1 >= p.end || text[k] != ' ' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[k+1 : p.end])
	return unicode.IsUpper(next)
}

// closesNested reports whether the three apostrophes at i follow a word
// or punctuation: they close a single quotation nested in a double one.
func closesNested(text string, i int, p span) bool {
	if i+2 >= p.end || text[i] != '\'' || text[i+1] != '\'' || text[i+2] != '\'' || i == p.start {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[p.start:i])
	return !unicode.IsSpace(r) && r != '(' && r != '['
}

// wordEnd returns the end of the word that goes on at byte j: word
// characters, joiners between two of them, and a thousands comma between
// two digits ("30,000", "10,000m"), which is no clause boundary.
func wordEnd(text string, j, end int) int {
	for j < end {
		r2, n2 := rune(text[j]), 1
		if r2 < utf8.RuneSelf && isASCIIWord(text[j]) {
			j++
			continue
		}
		if r2 >= utf8.RuneSelf {
			if r2, n2 = utf8.DecodeRuneInString(text[j:end]); isWordRune(r2) {
				j += n2
				continue
			}
		}
		if (isJoiner(r2) || isFormatRune(r2) && r2 != zeroWidthSpace || r2 == ',' && isASCIIDigit(text[j-1])) && j+n2 < end {
			r3, _ := utf8.DecodeRuneInString(text[j+n2 : end])
			if isWordRune(r3) && (r2 != ',' || isASCIIDigit(text[j+n2])) {
				j += n2
				continue
			}
		}
		break
	}
	return j
}

// particleName reports whether w is a name after a lower-case particle
// and a hyphen ("al-Thani", "el-Sisi"): a capitalised name word.
func particleName(lex *lexicon, w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsUpper(r) && lex.of(w[:i+1]).lex&lexNameParticles != 0
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

// appendToken appends the token text[start:end], built in place: a token
// is 88 bytes, and building it apart and copying it in was a tenth of the
// tokenizer's time.
func appendToken(out []token, lex *lexicon, text string, start, end int, k tokKind, para int) []token {
	out = append(out, token{span: span{start, end}, kind: k, text: text[start:end], para: para, quote: -1})
	fillToken(lex, &out[len(out)-1])
	return out
}

// fillToken sets what a token's text tells: capital, lower-cased form, the
// word lists and roles of it and of its stem.
func fillToken(lex *lexicon, t *token) {
	w, k := t.text, t.kind
	if k == tokWord {
		r, _ := utf8.DecodeRuneInString(w)
		t.cap = unicode.IsUpper(r) || particleName(lex, w)
		t.lower = lowerWord(w)
	} else {
		t.lower = w
	}
	info := lex.of(t.lower)
	t.lex, t.fn = info.lex, info.fn
	if k == tokWord && !t.cap && (t.lower == "march" || t.lower == "may") {
		// a month written in lower case is the common word ("the march",
		// the modal "may"): no time word, no capitalised function word
		t.lex &^= lexTimeWords | lexStopCaps
	}
	if k == tokWord && acronymPronoun(w) {
		// "The WHO said", "US officials", "IT firm": an acronym, no
		// pronoun ("US" stays a place)
		t.lex &^= lexSubjectPronouns | lexObjectPronouns | lexPersonPronouns
		t.fn = 0
	}
	t.stem = t.lex
	if st, ok := possessiveStem(t.lower); ok {
		t.stem = lex.of(st).lex
	}
	if k != tokWord || t.lex != 0 {
		return // (before looking for a hyphen in every token)
	}
	if i := strings.LastIndexByte(t.lower, '-'); i > 0 && i+1 < len(t.lower) {
		// "co-host", "vice-chairman", "ex-minister": the compound is a role
		// when its last part is one.
		t.stem |= lex.of(strings.TrimSuffix(t.lower[i+1:], "'s")).lex & lexRoleHeads
	}
	if i := strings.Index(t.lower, "-of-"); i > 0 {
		// "mother-of-two", "father-of-three": a person, by the noun
		// before "of"
		t.stem |= lex.of(t.lower[:i]).lex & (lexRoleHeads | lexPersonNouns | lexRelationWords)
	}
}

// acronymPronoun reports whether w, in capitals, is a pronoun's spelling
// that news copy writes for an acronym: WHO (the World Health
// Organization), US, IT. ("WE", "HE", "THEY" stay pronouns: a headline
// in capitals writes them.)
func acronymPronoun(w string) bool {
	switch w {
	case "WHO", "US", "IT":
		return true
	}
	return false
}

// isAbbrev reports whether a word followed by a full stop keeps the stop, as
// in "Mr.", "Gen." or an initial "J.".
func isAbbrev(lex *lexicon, w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		// An initial ("J. Smith"), or a one-letter abbreviation the
		// lexicon lists ("Roe v. Wade").
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) || lex.ofLower(w).lex&lexAbbreviations != 0
	}
	if isInitials(w) {
		return true // "G.K. Butterfield", "U.S."
	}
	return lex.ofLower(w).lex&lexAbbreviations != 0
}

// bareNo reports whether the word text[i:j], before a full stop, is "no"
// that numbers nothing: "No. 10" keeps its stop, "voted No." ends a
// sentence.
func bareNo(text string, i, j, end int) bool {
	if j-i != 2 || text[i]|0x20 != 'n' || text[i+1]|0x20 != 'o' {
		return false
	}
	k := j + 1
	for k < end && text[k] == ' ' {
		k++
	}
	return k >= end || !isDigitStart(text[k:])
}

// isInitials reports whether w is single letters joined by dots ("G.K").
func isInitials(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		letter := 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
		if i%2 == 0 && !letter || i%2 == 1 && c != '.' {
			return false
		}
	}
	return len(w)%2 == 1
}

// lowerWord lower-cases w and maps the typographic apostrophe to ASCII, so
// lexicon lookups see one spelling. It allocates only when it must.
func lowerWord(w string) string {
	upper, ascii := false, true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if ascii {
		if !upper {
			return w
		}
		b := []byte(w)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	l := strings.ToLower(w)
	if strings.Contains(l, "’") {
		l = strings.ReplaceAll(l, "’", "'")
	}
	if strings.ContainsFunc(l, isFormatRune) { // "news\u00adpaper" is looked up as "newspaper"
		l = dropFormatRunes(l)
	}
	return l
}

// dropFormatRunes returns s without its format characters (isFormatRune),
// a zero-width space, which parts two words, turned into a space.
func dropFormatRunes(s string) string {
	return strings.Map(func(r rune) rune {
		if r == zeroWidthSpace {
			return ' '
		}
		if isFormatRune(r) {
			return -1
		}
		return r
	}, s)
}

// possessiveStem is lower without its possessive ending ("nominee's",
// "voters'"), and whether it had one.
func possessiveStem(lower string) (string, bool) {
	if st, ok := strings.CutSuffix(lower, "'s"); ok {
		return st, true
	}
	if strings.HasSuffix(lower, "s'") {
		return lower[:len(lower)-1], true
	}
	return lower, false
}

// isPossessiveWord reports whether word t ends in a possessive.
func isPossessiveWord(t token) bool {
	_, ok := possessiveStem(t.lower)
	return ok && t.kind == tokWord
}

// stemOf is lower without its possessive ending.
func stemOf(lower string) string {
	st, _ := possessiveStem(lower)
	return st
}

func isWordRune(r rune) bool {
	if r >= utf8.RuneSelf {
		return isWordRuneSlow(r)
	}
	return isASCIIWord(byte(r)) // the same for ASCII, without IsMark's table search at every space
}

// isASCIIWord is isWordRune for an ASCII byte: a letter or digit.
func isASCIIWord(c byte) bool { return asciiWord[c&0x7f] }

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [128]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// isWordRuneSlow is isWordRune beyond ASCII, apart so that the ASCII test
// is inlined.
func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isJoiner: characters that join two word characters into one token.
func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '.', '&', '‑':
		return true
	}
	return false
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‘', '’', '\'', '‚', '‹', '›', '`':
		return true
	}
	return false
}

// isSentenceEnd reports whether a punctuation token can end a sentence.
func isSentenceEnd(s string) bool { return s == "." || s == "!" || s == "?" }

// isDash reports whether s is a dash that can set off a clause.
func isDash(s string) bool { return s == "—" || s == "–" || s == "―" }

func isUpperWord(s string) bool {
	upper, lower := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return strings.ToUpper(s) == s && strings.ToLower(s) != s
		case 'A' <= c && c <= 'Z':
			upper = true
		case 'a' <= c && c <= 'z':
			lower = true
		}
	}
	// (ASCII: what the line above says, without the lower-cased copy)
	return upper && !lower
}

func isDigitStart(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "'"), "’") // an elided year: "'08"
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// lineBreakBefore reports whether a line break precedes token k.
func (d *document) lineBreakBefore(k int) bool {
	return k > 0 && strings.IndexByte(d.text[d.toks[k-1].end:d.toks[k].start], '\n') >= 0
}

// isCue reports whether the token is an attribution verb.
func isCue(t token) bool { return t.in(lexCue) }

// modifiersEnd returns the first index from k (before end) that is not
// a lower-case verb modifier: the walk past "also", "repeatedly", "further"
// to the verb or word the caller tests. A capitalised modifier stops it,
// since it opens a sentence or a name.
func (d *document) modifiersEnd(k, end int) int {
	for k < end && d.toks[k].kind == tokWord && !d.toks[k].cap && d.toks[k].in(lexVerbModifiers) {
		k++
	}
	return k
}
