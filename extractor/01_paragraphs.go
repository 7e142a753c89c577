package extractor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a half-open byte range [start, end) into the article text.
type span struct{ start, end int }

func (s span) empty() bool { return s.end <= s.start }

func overlaps(a, b span) bool { return a.start < b.end && b.start < a.end }

// paragraphs splits text at blank lines (one or more lines holding only
// whitespace, with \n or \r\n endings). Each paragraph is trimmed of
// surrounding whitespace; whitespace-only paragraphs are dropped.
func paragraphs(text string) []span {
	var out []span
	start := 0
	i := 0
	for i < len(text) {
		if text[i] != '\n' {
			k := strings.IndexByte(text[i:], '\n') // (vectorised: the scan was byte by byte)
			if k < 0 {
				break
			}
			i += k
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

// paraOf returns the index of the paragraph holding byte pos.
func (d *document) paraOf(pos int) int {
	k, _ := slices.BinarySearchFunc(d.paras, pos, func(p span, x int) int {
		if p.end <= x {
			return -1
		}
		if p.start > x {
			return 1
		}
		return 0
	})
	return k
}
