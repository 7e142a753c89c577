package extractor

import (
	"slices"
	"strings"
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
	// brokenParagraph: the quotation ends where a new one opens a new line
	// or a run-together paragraph, without a closing mark: a paragraph
	// break the feed lost.
	brokenParagraph bool
	tokLo           int // first content token
	tokHi           int // one past the last content token
	// claimedBy is the rule that attributed the quotation (ruleNone until
	// one does): each quotation is claimed once, in the order doc.go gives.
	claimedBy rule
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
		if stuck < 0 || try == maxQuoteRescans {
			return out
		}
		out = out[:n]
		ignore = append(ignore, stuck)
	}
}

// maxQuoteRescans bounds how many unclosed single marks are dropped as
// apostrophes in one paragraph, so that the scan stays linear.
const maxQuoteRescans = 2

// scanQuotesOnce is one pass of scanQuotes. It returns the index of an
// unclosed single mark at the bottom of the stack at the end, or -1.
func scanQuotesOnce(text string, para span, pi int, toks []token, lo, hi int, out []qspan, ignore []int) ([]qspan, int) {
	s := markScanner{text: text, para: para, pi: pi, toks: toks, out: out, lastSingle: -2}
	for i := lo; i < hi; i++ {
		if toks[i].kind == tokQuote && !slices.Contains(ignore, i) {
			s.mark(i)
		}
	}
	return s.finish()
}

// markScanner pairs the quotation marks of one paragraph with a stack of
// the marks still open.
type markScanner struct {
	text  string
	para  span
	pi    int
	toks  []token
	stack []openMark
	// opened counts the marks of each family on stack: a closing mark
	// with none of its own open fails at once, without a walk over a
	// paragraph's worth of single marks that never closed.
	opened [2]int
	out    []qspan
	// lastSingle: where the paragraph's last single mark stands (see
	// lastSingleMark; -2 until first needed).
	lastSingle int
}

type openMark struct {
	tok    int
	family markFamily
	r      rune
}

// markOf returns what the quote token t can be: its family, its role and
// the rune it stands for. ok is false for a lone backquote, which is no mark.
func markOf(t token) (fam markFamily, role markRole, r rune, ok bool) {
	r, _ = utf8.DecodeRuneInString(t.text)
	fam, role = markInfo(r)
	switch t.text {
	case "''":
		return familyDouble, roleEither, '"', true
	case "``":
		return familyDouble, roleOpen, '“', true
	case "`":
		return 0, 0, 0, false
	}
	return fam, role, r, true
}

// mark handles the quote token at i.
func (s *markScanner) mark(i int) {
	t := s.toks[i]
	fam, role, r, ok := markOf(t)
	if !ok {
		return
	}
	canOpen, canClose := s.abilities(t, fam, role, r)
	if canClose && s.close(t, fam) {
		return
	}
	if canOpen && len(s.stack) > 0 && s.stack[0].family == familyDouble &&
		(startsLine(s.text, s.para, t.start) || fam == familyDouble && s.afterSentenceEnd(t.start)) {
		s.endAtLine(t)
	}
	if canOpen {
		s.stack = append(s.stack, openMark{i, fam, r})
		s.opened[fam]++
	}
}

// abilities decides whether the mark t can open and whether it can close
// a quotation, from the characters beside it and its own role.
func (s *markScanner) abilities(t token, fam markFamily, role markRole, r rune) (canOpen, canClose bool) {
	before, after := leftContext(s.text, s.para, t.start), rightContext(s.text, s.para, t.end)
	switch {
	case before && after:
		canOpen, canClose = s.standingAlone(t, fam, role)
		canOpen = canOpen || fam == familyDouble && ellipsisAfter(s.text, s.para, t.end) // `said Cole. ". . . You will …"`
	case before:
		canOpen = true
	case after:
		canClose = true
	default: // glued on both sides (word"word): close if one is open
		canClose, canOpen = true, true
	}
	if role == roleOpen {
		canClose = r == '“' && s.openingMarkCloses(t, before, after)
	}
	if role == roleClose {
		// A closing mark written where a quote opens (”Fear. …) opens it.
		canOpen = canOpen && fam == familyDouble && len(s.stack) == 0 && startsLine(s.text, s.para, t.start) || canOpen && fam == familyDouble && skipFormatBack(s.text, s.para.start, t.start) == s.para.start
		canClose = canClose || !before
	}
	if fam == familySingle && canClose && role != roleOpen && isPossessive(s.text, s.para, t.start, t.end) && !s.closesLine(t) {
		canClose = false
	}
	return canOpen, canClose
}

// closesLine reports whether the single mark t after a plural's s closes
// the single quotation that opened the paragraph's line, the only one
// open, as the paragraph's last single mark: no other follows to close it
// ("'No more delays' on the bypass"; the tokens agree, see tokenize).
func (s *markScanner) closesLine(t token) bool {
	if len(s.stack) != 1 || s.stack[0].family != familySingle {
		return false
	}
	o := s.toks[s.stack[0].tok]
	return (o.start == s.para.start || startsLine(s.text, s.para, o.start)) && t.start == lastSingleMark(s.text, s.para, &s.lastSingle)
}

// standingAlone says what a mark standing alone between spaces can do:
// nothing, unless it closes a quote that ends on a nested one or on its
// punctuation, set off by a space (`… he is the 'author,' " Vance wrote`,
// `… a scandal, " Reilly said`), or it is a curly double mark, which says
// what it does (`said. “ You know, …`, `… today, ” Marsh adds`).
func (s *markScanner) standingAlone(t token, fam markFamily, role markRole) (canOpen, canClose bool) {
	if fam != familyDouble {
		return false, false
	}
	canClose = s.afterNestedClose(t.start) || role == roleClose || role == roleEither && s.afterSpeechPunct(t.start)
	return role == roleOpen, canClose
}

// afterNestedClose reports whether the mark at pos follows, after spaces,
// a single mark that closed a quotation nested in an open double one.
func (s *markScanner) afterNestedClose(pos int) bool {
	k, ok := s.beforeSpacesInDouble(pos)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s.text[s.para.start:k])
	return r == '\'' || r == '’'
}

// beforeSpacesInDouble is where the spaces before the mark at pos begin,
// when a double quotation is open, spaces stand there, and the open
// quotation started before them; ok is false otherwise.
func (s *markScanner) beforeSpacesInDouble(pos int) (k int, ok bool) {
	if len(s.stack) == 0 || s.stack[len(s.stack)-1].family != familyDouble {
		return 0, false
	}
	k = pos
	for k > s.para.start && s.text[k-1] == ' ' {
		k--
	}
	if k == pos || k <= s.toks[s.stack[0].tok].end {
		return 0, false
	}
	return k, true
}

// afterSpeechPunct reports whether the mark at pos follows, after spaces,
// the punctuation a quotation ends on (`… a disgrace, " Trump said`), with
// a double quotation open.
func (s *markScanner) afterSpeechPunct(pos int) bool {
	k, ok := s.beforeSpacesInDouble(pos)
	if !ok {
		return false
	}
	switch s.text[k-1] {
	case ',', '.', '?', '!':
		return true
	}
	return false
}

// openingMarkCloses reports whether the opening mark “ at t closes a
// quotation all the same: the German „…“, or one typed where a mark
// closes (`“It's unusual,“ said Cole`).
func (s *markScanner) openingMarkCloses(t token, before, after bool) bool {
	if len(s.stack) > 0 && s.stack[len(s.stack)-1].r == '„' {
		return true // German „…“
	}
	return !before && after && s.misdrawnClose(t.start)
}

// misdrawnClose reports whether the opening curly mark at pos, glued to
// the punctuation a quotation ends on, closes a curly double quotation
// that is open (`“Apparently not,“ he said`).
func (s *markScanner) misdrawnClose(pos int) bool {
	// Past at most two apostrophes read as single marks ("It's"): a
	// bounded look keeps pairing linear on a paragraph of open marks.
	k := len(s.stack) - 1
	for k >= 0 && k >= len(s.stack)-3 && s.stack[k].family != familyDouble {
		k--
	}
	if k < 0 || s.stack[k].family != familyDouble || s.stack[k].r != '“' || pos <= s.para.start {
		return false
	}
	switch s.text[pos-1] {
	case ',', '.', '?', '!':
		return true
	}
	return false
}

// close closes the innermost open quotation of the mark's family, and
// records it when it is a top-level one. It reports false when none is open.
func (s *markScanner) close(t token, fam markFamily) bool {
	if s.opened[fam] == 0 {
		return false
	}
	k := len(s.stack) - 1
	for k >= 0 && s.stack[k].family != fam {
		k--
	}
	if k < 0 {
		return false
	}
	if k == 0 {
		o := s.toks[s.stack[0].tok]
		end := t.start
		for end > o.end && s.text[end-1] == ' ' {
			end-- // `'sponsor,' "`: the space is no part of the quote
		}
		s.out = append(s.out, qspan{open: o.span, close: t.span, content: span{s.contentStart(o.end, end), end}, para: s.pi})
	}
	s.truncate(k)
	return true
}

// contentStart is where a quotation opened at byte start begins, past
// the spaces after its mark (`said. “ You know, …`), before end.
func (s *markScanner) contentStart(start, end int) int {
	for start < end && s.text[start] == ' ' {
		start++
	}
	return start
}

// afterSentenceEnd reports whether an opening double mark at pos follows a
// sentence end inside the open quotation ("… it remains. \"He has been …"):
// a feed that lost its paragraph breaks runs quoted paragraphs together,
// and the mark opens the next paragraph's quote instead of a nested one.
func (s *markScanner) afterSentenceEnd(pos int) bool {
	k := pos
	for k > s.para.start && (s.text[k-1] == ' ' || s.text[k-1] == '\t') {
		k--
	}
	if k == pos || k <= s.toks[s.stack[0].tok].end {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(s.text[s.para.start:k])
	if r == '\'' || r == '’' { // "… said 'no'. \"Next" ends on a nested quote
		k -= n
		r, _ = utf8.DecodeLastRuneInString(s.text[s.para.start:k])
	}
	return r == '.' || r == '?' || r == '!' || r == '…'
}

// endAtLine ends, open-ended, the quotation left open before a mark that
// opens a new line (paragraphs written with single line breaks) or a new
// run-together paragraph.
func (s *markScanner) endAtLine(t token) {
	o := s.toks[s.stack[0].tok]
	end := t.start
	for end > o.end && (s.text[end-1] == '\n' || s.text[end-1] == '\r' || s.text[end-1] == ' ') {
		end--
	}
	s.out = append(s.out, qspan{open: o.span, content: span{s.contentStart(o.end, end), end}, para: s.pi, openEnded: true, brokenParagraph: true})
	s.truncate(0)
}

// truncate closes the marks on the stack from k up.
func (s *markScanner) truncate(k int) {
	for _, o := range s.stack[k:] {
		s.opened[o.family]--
	}
	s.stack = s.stack[:k]
}

// finish lets a double quotation still open run to the paragraph end (the
// wire convention for a quote that goes on in the next paragraph). It
// returns the token of an unclosed single mark, or -1.
func (s *markScanner) finish() ([]qspan, int) {
	if len(s.stack) == 0 {
		return s.out, -1
	}
	if s.stack[0].family == familySingle {
		return s.out, s.stack[0].tok
	}
	o := s.toks[s.stack[0].tok]
	if o.end < s.para.end {
		s.out = append(s.out, qspan{open: o.span, content: span{s.contentStart(o.end, s.para.end), s.para.end}, para: s.pi, openEnded: true})
	}
	return s.out, -1
}

// leftContext reports whether the character before pos allows an opening
// mark: paragraph start, space, an opening bracket, a dash or another mark.
// Format characters (zero-width spaces and joiners, soft hyphens, byte
// order marks, direction marks) are invisible: the context is the
// character before them.
func leftContext(text string, para span, pos int) bool {
	pos = skipFormatBack(text, para.start, pos)
	if pos <= para.start {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[para.start:pos])
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '{' || r == '—' || r == '–' || r == '-' || r == '/' || (isQuoteRune(r) && r != '’' && r != '\'')
}

// rightContext reports whether the character after pos allows a closing
// mark: paragraph end, space, punctuation or another mark. Format
// characters after the mark are passed over.
func rightContext(text string, para span, pos int) bool {
	pos = skipFormatFwd(text, pos, para.end)
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

// ellipsisAfter reports whether an ellipsis follows pos: "…", "..." or
// ". . .", with which a quotation that leaves out its first words opens.
func ellipsisAfter(text string, para span, pos int) bool {
	rest := text[pos:para.end]
	if len(rest) > 0 && rest[0] == ' ' { // `” … in the end, …`: one space may stand first
		rest = rest[1:]
	}
	return strings.HasPrefix(rest, "…") || strings.HasPrefix(rest, "...") || strings.HasPrefix(rest, ". . .")
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
	for k := skipFormatBack(text, para.start, pos) - 1; k >= para.start; k-- {
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

// isOpenMark reports whether token i opens a top-level quotation.
func (d *document) isOpenMark(i int) bool { return d.toks[i].mark == markOpen }

// isCloseMark reports whether token i closes a top-level quotation.
func (d *document) isCloseMark(i int) bool { return d.toks[i].mark == markClose }

// quoteOfMark returns the quotation that token i opens or closes, or -1.
func (d *document) quoteOfMark(i int) int {
	switch d.toks[i].mark {
	case markOpen:
		return d.toks[i+1].quote
	case markClose:
		return d.toks[i-1].quote
	}
	return -1
}

// isNarration reports whether token i is outside every top-level quotation
// and is not one of its marks.
func (d *document) isNarration(i int) bool {
	t := &d.toks[i]
	return t.quote < 0 && t.mark == markNone
}

// claim records that rule r attributes quotation qi. Rules check claimed
// first: a quotation is attributed once, by the first rule in claim order.
func (d *document) claim(qi int, r rule) { d.quotes[qi].claimedBy = r }

// claimed reports whether a rule has attributed quotation qi.
func (d *document) claimed(qi int) bool { return d.quotes[qi].claimedBy != ruleNone }

// isFormatRune reports whether r is an invisible format character
// (Unicode category Cf: zero-width space and joiners, soft hyphen, byte
// order mark, direction embeddings). Such characters make no tokens and
// are passed over where the characters beside a mark decide what it does.
func isFormatRune(r rune) bool {
	return r >= 0xAD && unicode.Is(unicode.Cf, r)
}

// zeroWidthSpace is the one format character that marks a break between
// words, not a place inside one ("Kay\u200bOrtiz" is two words; a soft
// hyphen or a joiner inside a word keeps it one).
const zeroWidthSpace = '\u200b'

// skipFormatBack returns pos moved back past the format characters that
// end text[lo:pos].
func skipFormatBack(text string, lo, pos int) int {
	for pos > lo && text[pos-1] >= utf8.RuneSelf {
		r, n := utf8.DecodeLastRuneInString(text[lo:pos])
		if !isFormatRune(r) {
			break
		}
		pos -= n
	}
	return pos
}

// skipFormatFwd returns pos moved on past the format characters that
// begin text[pos:hi].
func skipFormatFwd(text string, pos, hi int) int {
	for pos < hi && text[pos] >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(text[pos:hi])
		if !isFormatRune(r) {
			break
		}
		pos += n
	}
	return pos
}
