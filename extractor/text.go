package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a half-open byte range [start, end) into the article text.
type span struct{ start, end int }

func (s span) empty() bool { return s.end <= s.start }

// paragraphs splits text at blank lines (one or more lines holding only
// whitespace, with \n or \r\n endings). Each paragraph is trimmed of
// surrounding whitespace; whitespace-only paragraphs are dropped.
func paragraphs(text string) []span {
	var out []span
	start := 0
	i := 0
	for i < len(text) {
		if text[i] != '\n' {
			i++
			continue
		}
		// Look for a following line that is blank.
		j := i + 1
		blank := false
		for k := j; k < len(text); k++ {
			c := text[k]
			if c == '\n' {
				blank = true
				j = k
				break
			}
			if c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v' {
				break
			}
		}
		if !blank {
			i++
			continue
		}
		out = appendTrimmed(out, text, start, i)
		start = j
		i = j
	}
	return appendTrimmed(out, text, start, len(text))
}

func appendTrimmed(out []span, text string, start, end int) []span {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	if end > start {
		out = append(out, span{start, end})
	}
	return out
}

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

// token is a word or punctuation character with its byte range.
type token struct {
	span
	kind  tokKind
	text  string   // verbatim
	lower string   // lower-cased text, with ’ mapped to '
	cap   bool     // starts with an upper-case letter
	para  int      // paragraph index
	quote int      // index of the top-level quote whose content holds it, or -1
	mark  markKind // whether it opens or closes a top-level quotation
	lex   lexFlag  // the lexicons its lower-cased text belongs to
	stem  lexFlag  // the same without a possessive 's ("nominee's")
}

// isAbbrev reports whether a word followed by a full stop keeps the stop, as
// in "Mr.", "Gen." or an initial "J.".
func isAbbrev(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	if isInitials(w) {
		return true // "G.K. Butterfield", "U.S."
	}
	_, ok := abbreviations[strings.ToLower(w)]
	return ok
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

// tokenize splits one paragraph into tokens. Words keep internal
// apostrophes, hyphens and dots ("don't", "al-Assad", "U.S."); a trailing
// full stop stays on known abbreviations and initials.
func tokenize(text string, p span, para int, out []token) []token {
	i := p.start
	for i < p.end {
		r, n := utf8.DecodeRuneInString(text[i:p.end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < p.end {
				r2, n2 := utf8.DecodeRuneInString(text[j:p.end])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if isJoiner(r2) && j+n2 < p.end {
					r3, _ := utf8.DecodeRuneInString(text[j+n2 : p.end])
					if isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			if j < p.end && text[j] == '.' && isAbbrev(text[i:j]) {
				j++
			}
			out = append(out, newToken(text, i, j, tokWord, para))
			i = j
		default:
			k := tokPunct
			if isQuoteRune(r) {
				k = tokQuote
			}
			// Two apostrophes or two backquotes stand for a double quotation
			// mark in some house styles (''Like this,'' he said).
			if (r == '\'' || r == '`') && i+1 < p.end && text[i+1] == byte(r) {
				out = append(out, newToken(text, i, i+2, tokQuote, para))
				i += 2
				continue
			}
			out = append(out, newToken(text, i, i+n, k, para))
			i += n
		}
	}
	return out
}

func newToken(text string, start, end int, k tokKind, para int) token {
	w := text[start:end]
	t := token{span: span{start, end}, kind: k, text: w, para: para, quote: -1}
	if k == tokWord {
		r, _ := utf8.DecodeRuneInString(w)
		t.cap = unicode.IsUpper(r)
		t.lower = lowerWord(w)
	} else {
		t.lower = w
	}
	t.lex = lexicon[t.lower]
	t.stem = t.lex
	if st, ok := strings.CutSuffix(t.lower, "'s"); ok {
		t.stem = lexicon[st]
	}
	return t
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
	return l
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

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
