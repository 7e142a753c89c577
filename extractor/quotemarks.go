package extractor

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// qspan is one top-level quotation: the text between an opening and a
// closing mark. A quote still open at the end of its paragraph (the wire
// convention for a quote that goes on in the next paragraph) has openEnded
// set and runs to the paragraph end.
type qspan struct {
	open, close span // the marks; close is empty when openEnded
	content     span // between the marks
	para        int
	openEnded   bool
	tokLo       int // first content token
	tokHi       int // one past the last content token
	// used is set once an attribution claims the quote.
	used bool
}

type markFamily uint8

const (
	familyDouble markFamily = iota
	familySingle
)

// markRole says what a quotation-mark character can do on its own.
type markRole uint8

const (
	roleEither markRole = iota
	roleOpen
	roleClose
)

func markInfo(r rune) (markFamily, markRole) {
	switch r {
	case '"':
		return familyDouble, roleEither
	case '“', '„', '«':
		return familyDouble, roleOpen
	case '”', '»':
		return familyDouble, roleClose
	case '\'':
		return familySingle, roleEither
	case '‘', '‚', '‹':
		return familySingle, roleOpen
	case '’', '›':
		return familySingle, roleClose
	}
	return familyDouble, roleEither
}

// scanQuotes finds the top-level quotations of one paragraph from its quote
// tokens (toks[lo:hi]). It is a single pass with a small stack, so its cost
// is linear in the paragraph even with thousands of marks.
func scanQuotes(text string, para span, pi int, toks []token, lo, hi int, out []qspan) []qspan {
	// A single mark that never closes was most likely an apostrophe ("rock 'n'
	// roll", "'90s"); it would swallow every quote after it, so the paragraph
	// is scanned again without it (a few times at most, to stay linear).
	var ignore []int
	for try := 0; ; try++ {
		n := len(out)
		var stuck int
		out, stuck = scanQuotesOnce(text, para, pi, toks, lo, hi, out, ignore)
		if stuck < 0 || try == 2 {
			return out
		}
		out = out[:n]
		ignore = append(ignore, stuck)
	}
}

// scanQuotesOnce is one pass of scanQuotes. It returns the index of an
// unclosed single mark at the bottom of the stack at the end, or -1.
func scanQuotesOnce(text string, para span, pi int, toks []token, lo, hi int, out []qspan, ignore []int) ([]qspan, int) {
	type open struct {
		tok    int
		family markFamily
		r      rune
	}
	var stack []open
	for i := lo; i < hi; i++ {
		t := toks[i]
		if t.kind != tokQuote || slices.Contains(ignore, i) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.text)
		fam, role := markInfo(r)
		switch t.text {
		case "''":
			fam, role, r = familyDouble, roleEither, '"'
		case "``":
			fam, role, r = familyDouble, roleOpen, '“'
		case "`":
			continue
		}
		before, after := leftContext(text, para, t.start), rightContext(text, para, t.end)
		var canOpen, canClose bool
		switch {
		case before && after: // a mark standing alone between spaces: nothing
		case before:
			canOpen = true
		case after:
			canClose = true
		default: // glued on both sides (word"word): close if one is open
			canClose, canOpen = true, true
		}
		if role == roleOpen {
			canClose = false
			if r == '“' && len(stack) > 0 && stack[len(stack)-1].r == '„' {
				canClose = true // German „…“
			}
		}
		if role == roleClose {
			// A closing mark written where a quote opens (”Fear. …) opens it.
			canOpen = canOpen && fam == familyDouble && len(stack) == 0 && startsLine(text, para, t.start) || canOpen && fam == familyDouble && t.start == para.start
			canClose = canClose || !before
		}
		if fam == familySingle && canClose && role != roleOpen && isPossessive(text, para, t.start, t.end) {
			canClose = false
		}
		if canClose {
			k := len(stack) - 1
			for k >= 0 && stack[k].family != fam {
				k--
			}
			if k >= 0 {
				if k == 0 {
					o := toks[stack[0].tok]
					out = append(out, qspan{open: o.span, close: t.span, content: span{o.end, t.start}, para: pi})
				}
				stack = stack[:k]
				continue
			}
		}
		if canOpen && len(stack) > 0 && stack[0].family == familyDouble && startsLine(text, para, t.start) {
			// A quotation opening a new line ends one left open on the line
			// before (paragraphs written with single line breaks).
			o := toks[stack[0].tok]
			end := t.start
			for end > o.end && (text[end-1] == '\n' || text[end-1] == '\r' || text[end-1] == ' ') {
				end--
			}
			out = append(out, qspan{open: o.span, content: span{o.end, end}, para: pi, openEnded: true})
			stack = stack[:0]
		}
		if canOpen {
			stack = append(stack, open{i, fam, r})
		}
	}
	if len(stack) > 0 {
		if stack[0].family == familySingle {
			return out, stack[0].tok
		}
		o := toks[stack[0].tok]
		if o.end < para.end {
			out = append(out, qspan{open: o.span, content: span{o.end, para.end}, para: pi, openEnded: true})
		}
	}
	return out, -1
}

// leftContext reports whether the character before pos allows an opening
// mark: paragraph start, space, an opening bracket, a dash or another mark.
func leftContext(text string, para span, pos int) bool {
	if pos <= para.start {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[para.start:pos])
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '{' || r == '—' || r == '–' || r == '-' || r == '/' || (isQuoteRune(r) && r != '’' && r != '\'')
}

// rightContext reports whether the character after pos allows a closing
// mark: paragraph end, space, punctuation or another mark.
func rightContext(text string, para span, pos int) bool {
	if pos >= para.end {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[pos:para.end])
	if unicode.IsSpace(r) || isQuoteRune(r) {
		return true
	}
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '/':
		return true
	}
	return false
}

// isPossessive tells a plural possessive ("the voters’ choice") from a
// closing single mark: an s before it, and a lower-case word after it.
func isPossessive(text string, para span, start, end int) bool {
	if start <= para.start {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[para.start:start])
	if r != 's' && r != 'S' {
		return false
	}
	rest := text[end:para.end]
	if len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(rest[1:])
	return unicode.IsLower(r2)
}

// startsLine reports whether only spaces stand between the previous line
// break and pos.
func startsLine(text string, para span, pos int) bool {
	for k := pos - 1; k >= para.start; k-- {
		switch text[k] {
		case ' ', '\t', '\r':
			continue
		case '\n':
			return true
		}
		return false
	}
	return false
}
