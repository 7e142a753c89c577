package extractor

import (
	"fmt"
	"slices"
	"strings"

	"gopkg.in/neurosnap/sentences.v1"
)

// Sentence is a sentence's byte range [Start, End) in the text given to a
// Segmenter.
type Sentence struct {
	Start, End int
}

// Segmenter splits text into sentences. Implementations must be safe for
// concurrent use and return sentences in order, within the text's bounds.
// An error means the text could not be split at all; Extract returns it.
type Segmenter interface {
	Segment(text string) ([]Sentence, error)
}

// SegmenterFunc adapts a function to the Segmenter interface.
type SegmenterFunc func(text string) ([]Sentence, error)

// Segment calls f(text).
func (f SegmenterFunc) Segment(text string) ([]Sentence, error) { return f(text) }

// proseSegmenter is the default Segmenter: prose's Punkt model, run by
// the port in 03_punkt.go. Its known failures around quotation marks and
// titles are repaired by splitUnits.
type proseSegmenter struct{ st *sentences.Storage }

func newProseSegmenter() (*proseSegmenter, error) {
	st, err := punktModel()
	if err != nil {
		return nil, fmt.Errorf("loading sentence model: %w", err)
	}
	return &proseSegmenter{st}, nil
}

func (p *proseSegmenter) Segment(text string) ([]Sentence, error) {
	var key [64]byte // the scratch key of collocation look-ups, sized once
	pk := punkt{st: p.st, key: key[:0]}
	return pk.segment(text), nil
}

// unit is a sentence as the attribution rules see it: a token range that no
// quotation crosses. A multi-sentence quotation and the clause that
// attributes it ("They will not!" he added.) form one unit.
type unit struct {
	lo, hi int // token range
	para   int
	// titleCase: every content word is capitalised ("Mayor Says She
	// Will Stand Again"), as headlines and section heads are; set by
	// attribute (titleCaseUnit).
	titleCase bool
}

// mayHaveSentences reports whether tokens [lo, hi) hold a sentence end
// before the last token, or a line break: then the paragraph may have more
// than one sentence.
func (d *document) mayHaveSentences(lo, hi int) bool {
	for k := lo; k < hi-1; k++ {
		t := &d.toks[k]
		if t.kind == tokPunct && (isSentenceEnd(t.text) || t.text == "…") || t.kind == tokWord && strings.HasSuffix(t.text, ".") {
			return true
		}
	}
	return strings.IndexByte(d.text[d.toks[lo].start:d.toks[hi-1].end], '\n') >= 0
}

// punktMayKeepBoundary reports whether prose's Punkt splitter could start a
// sentence in tokens [lo, hi) that keepBoundary would keep. Punkt breaks
// only at the space after a run of non-space characters holding '.', '!'
// or '?', so its sentence starts are tokens after such a run; and
// keepBoundary drops, whatever the unit, a start that neverStartsSentence
// names. When no start could be kept, the splitter's answer cannot change
// the units, and asking it (a sixth of an extraction's time) is skipped:
// for over a quarter of the paragraphs it would see in news text, those
// whose only full stops are inside quotations or after abbreviations.
func (d *document) punktMayKeepBoundary(lo, hi int) bool {
	punct := false // the run of tokens without a space between them holds . ! ?
	for k := lo; k < hi; k++ {
		t := &d.toks[k]
		if k > lo && t.start > d.toks[k-1].end { // (only spaces lie between tokens)
			if punct && !d.neverStartsSentence(k) {
				return true
			}
			punct = false
		}
		punct = punct || hasSentencePunct(t.text)
	}
	return false
}

// hasSentencePunct is strings.ContainsAny(s, ".!?"), byte by byte: much
// faster on short words, and right for UTF-8, where no byte of a
// multi-byte character is ASCII.
func hasSentencePunct(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '.' || c == '!' || c == '?' {
			return true
		}
	}
	return false
}

// neverStartsSentence holds keepBoundary's checks that do not depend on the
// unit: a sentence never starts at token b inside a quotation, after an
// opening mark, at a lower-case word or after a title ("Gen. Mark").
// TestSkippedSegmenterChangesNoUnit keeps the two in step.
func (d *document) neverStartsSentence(b int) bool {
	t, prev := d.toks[b], d.toks[b-1]
	return t.quote >= 0 || prev.kind == tokQuote && prev.quote < 0 && d.isOpenMark(b-1) ||
		t.kind == tokWord && !t.cap && !isDigitStart(t.text) || noSplitWord(prev) || d.agencyCredit(b)
}

// agencyCredit reports whether token b opens a news agency's credit in
// brackets before a dash ("(AP) —", "(Reuters) -"): the end of a dateline,
// whose last word may carry a full stop ("DUNMORE, Md. (AP) — …"), and no
// sentence start.
func (d *document) agencyCredit(b int) bool {
	return d.agencyCreditAt(b, len(d.toks))
}

// agencyCreditAt reports whether tokens [b, b+4), before hi, are a news
// agency's credit in brackets and the dash after it: "(AP) —", "(Reuters) -".
func (d *document) agencyCreditAt(b, hi int) bool {
	toks := d.toks
	return b+3 < hi && toks[b].text == "(" && toks[b+1].kind == tokWord && toks[b+1].cap && toks[b+2].text == ")" && (isDash(toks[b+3].text) || toks[b+3].text == "-")
}

// splitUnits builds the units of one paragraph from the segmenter's sentence
// starts, dropping boundaries the segmenter got wrong and adding the ones it
// misses after a closing quotation mark and at line breaks.
func (d *document) splitUnits(sents []Sentence, base int, lo, hi, para int) []unit {
	bounds := d.segmenterBounds(sents, base, lo, hi)
	bounds = d.closingQuoteBounds(bounds, lo, hi, para)
	bounds = d.lineBreakBounds(bounds, lo, hi)
	bounds = d.bareNoBounds(bounds, lo, hi)
	bounds = d.letterBounds(bounds, lo, hi)
	bounds = d.lostStopBounds(bounds, lo, hi)
	bounds = d.dottedWordBounds(bounds, lo, hi)
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)

	out := make([]unit, 0, len(bounds)+1)
	start := lo
	for _, b := range bounds {
		if b <= start || !d.keepBoundary(b, start) {
			continue
		}
		out = appendCapped(out, unit{lo: start, hi: b, para: para})
		start = b
	}
	return appendCapped(out, unit{lo: start, hi: hi, para: para})
}

// segmenterBounds is the token index of each sentence start but the first.
func (d *document) segmenterBounds(sents []Sentence, base, lo, hi int) []int {
	var bounds []int
	k := lo
	for _, s := range sents[1:] {
		start := base + s.Start
		for k < hi && d.toks[k].start < start {
			k++
		}
		if k > lo && k < hi {
			bounds = append(bounds, k)
		}
	}
	return bounds
}

// closingQuoteBounds adds a boundary after a quotation that closes a
// sentence (." or .'), where Punkt never splits.
func (d *document) closingQuoteBounds(bounds []int, lo, hi, para int) []int {
	toks := d.toks
	for _, q := range d.quotes[d.paraQ[para][0]:d.paraQ[para][1]] {
		if q.openEnded {
			continue
		}
		ci := d.tokAt(q.close.start, lo, hi)
		if ci < 0 || ci+1 >= hi || ci-1 < lo {
			continue
		}
		if p := toks[ci-1]; p.kind == tokPunct && isSentenceEnd(p.text) {
			next := toks[ci+1]
			if next.cap || next.kind == tokQuote {
				bounds = append(bounds, ci+1)
			}
		}
	}
	return bounds
}

// letterBounds adds a boundary after a capital letter with a full stop
// that follows a common noun and so is no middle initial, before a
// capitalised word ("drawn in Group C. Southgate said …"), which Punkt
// takes for an initial; "by Ira C. Magaziner" stays one sentence.
func (d *document) letterBounds(bounds []int, lo, hi int) []int {
	toks := d.toks
	for k := lo + 1; k+1 < hi; k++ {
		if p := &toks[k-1]; middleInitial(&toks[k]) && toks[k+1].kind == tokWord && toks[k+1].cap && p.kind == tokWord && p.cap && p.in(lexOrgHeads|lexGenericOrgNouns|lexGroupNouns|lexStopCaps) && !d.givenName(k-1, lo) {
			bounds = append(bounds, k+1)
		}
	}
	return bounds
}

// lostStopBounds adds a boundary after an acronym in parentheses before
// a capitalised determiner and a lower-case word ("… according to the
// Tolby Crime Unit (TCU) A survey by …"): a sentence that the feed ran on
// into the next, its full stop lost; no phrase goes on from an acronym's
// parenthesis into "A survey" or "The figures".
func (d *document) lostStopBounds(bounds []int, lo, hi int) []int {
	toks := d.toks
	for k := lo + 2; k+2 < hi; k++ {
		if toks[k].text != ")" || toks[k-2].text != "(" || !isUpperWord(toks[k-1].text) || len(toks[k-1].text) < 2 || !d.isNarration(k) {
			continue
		}
		if n := toks[k+1]; n.kind == tokWord && n.cap && n.in(lexDeterminers) && !n.in(lexSubjectPronouns) && toks[k+2].kind == tokWord && !toks[k+2].cap {
			bounds = append(bounds, k+1)
		}
	}
	return bounds
}

// dottedWordBounds adds a boundary after the full stop that ends a
// number with a decimal point ("Profits hit £2.5m. "Investors …"", "… at
// 245.6p. Shares …") or a web address ("… according to Factcheck.org.
// "We …""), before a capitalised word or an opening mark: Punkt reads a
// word with two stops as an abbreviation ("F.B.I."), and neither is one.
func (d *document) dottedWordBounds(bounds []int, lo, hi int) []int {
	toks := d.toks
	for k := lo + 1; k+1 < hi; k++ {
		if toks[k].kind != tokPunct || toks[k].text != "." || toks[k-1].end != toks[k].start || !decimalNumber(toks[k-1].text) && !webAddress(toks[k-1].lower) {
			continue
		}
		if n := toks[k+1]; n.kind == tokWord && n.cap || d.isOpenMark(k+1) {
			bounds = append(bounds, k+1)
		}
	}
	return bounds
}

// decimalNumber reports whether s opens with digits, a decimal point and
// a digit ("2.5m", "27.7bn", "2.50").
func decimalNumber(s string) bool {
	i := 0
	for i < len(s) && isASCIIDigit(s[i]) {
		i++
	}
	return i > 0 && i+1 < len(s) && s[i] == '.' && isASCIIDigit(s[i+1])
}

// webAddress reports whether the lower-cased word w is a web address: a
// name, a dot and a domain news copy writes ("factcheck.org", "mic.com",
// "bbc.co.uk").
func webAddress(w string) bool {
	i := strings.IndexByte(w, '.')
	if i <= 0 {
		return false
	}
	for _, tld := range []string{".com", ".org", ".net", ".gov", ".edu", ".co.uk", ".org.uk", ".io", ".tv"} {
		if strings.HasSuffix(w, tld) && len(w) > len(tld) {
			return true
		}
	}
	return false
}

// bareNoBounds adds a boundary after a "no" that ends a sentence ("the
// answer was no. Campaigners said …", `he remained a no. "I have …`), which Punkt takes for the
// abbreviation of "No. 10" (the tokenizer keeps that one's stop on the
// word, so a full stop on its own after "no" ends a sentence).
func (d *document) bareNoBounds(bounds []int, lo, hi int) []int {
	toks := d.toks
	for k := lo + 1; k+1 < hi; k++ {
		if toks[k].kind == tokPunct && toks[k].text == "." && toks[k-1].kind == tokWord && toks[k-1].lower == "no" && (toks[k+1].cap || d.isOpenMark(k+1) && k+2 < hi && toks[k+2].cap) {
			bounds = append(bounds, k+1)
		}
	}
	return bounds
}

// lineBreakBounds adds a boundary at each line break inside the paragraph
// after a sentence end, a colon or a closing mark, and before a bullet.
func (d *document) lineBreakBounds(bounds []int, lo, hi int) []int {
	if hi-lo < 2 || strings.IndexByte(d.text[d.toks[lo].end:d.toks[hi-1].start], '\n') < 0 {
		return bounds // no line break between its tokens (most paragraphs)
	}
	for k := lo + 1; k < hi; k++ {
		p := &d.toks[k-1]
		if strings.IndexByte(d.text[p.end:d.toks[k].start], '\n') >= 0 && (isSentenceEnd(p.text) || p.text == ":" || d.isCloseMark(k-1) || bulletMark(d.toks[k].text) && k+1 < hi) {
			bounds = append(bounds, k) // (a line that opens with a bullet is an item of its own, full stop or not)
		}
	}
	return bounds
}

// bulletMark reports whether s marks an item of a list at a line's start
// ("- Labour said …", "• Unions said …").
func bulletMark(s string) bool {
	switch s {
	case "-", "*", "•", "·", "–", "—", "‣", "▪":
		return true
	}
	return false
}

// maxUnitTokens bounds a unit. Real sentences are far shorter; the bound
// keeps the rules linear on text without sentence punctuation.
const maxUnitTokens = 400

func appendCapped(out []unit, u unit) []unit {
	for u.hi-u.lo > maxUnitTokens {
		out = append(out, unit{lo: u.lo, hi: u.lo + maxUnitTokens, para: u.para})
		u.lo += maxUnitTokens
	}
	return append(out, u)
}

// keepBoundary decides whether a sentence may start at token b, in a unit
// that started at lo.
func (d *document) keepBoundary(b, lo int) bool {
	toks := d.toks
	t := toks[b]
	// Never inside a quotation.
	if t.quote >= 0 {
		return false
	}
	prev := toks[b-1]
	if prev.kind == tokQuote && prev.quote < 0 && d.isOpenMark(b-1) {
		return false
	}
	// A sentence does not start in lower case.
	if t.kind == tokWord && !t.cap && !isDigitStart(t.text) {
		return false
	}
	if d.noSplitAfter(b, lo) || d.agencyCredit(b) {
		return false
	}
	// "They will not!" Peskov added. — the clause after a closing mark that
	// attributes it belongs to the same sentence.
	if prev.kind == tokQuote && !d.isOpenMark(b-1) && b-2 >= lo {
		// After a question or an exclamation, a clause that introduces the
		// next quotation starts a sentence: `"…?" He answered, "…"`.
		if p := toks[b-2].text; p == "," && d.startsAttribution(b) || (p == "!" || p == "?" || p == "—" || p == "-") && d.startsAttribution(b) && !d.introducesQuote(b) {
			return false
		}
		// After a full stop, only a clause that attributes the sentence's
		// quotation and says nothing more (`"… missing." Trump said.`).
		if toks[b-2].text == "." && d.quoteOfMark(b-1) >= 0 && d.quotes[d.quoteOfMark(b-1)].tokLo-1 == lo && d.bareAttribution(b) {
			return false
		}
	}
	return true
}

// attributionClauseWindow is how far, in tokens, the short clause that
// attributes a quotation may reach: a speaker of a few words before its
// cue, and a few words after it ("said the ministry on Twitter.").
const attributionClauseWindow = 8

// introducesQuote reports whether the short clause at i ends in a comma or
// a colon before an opening quotation mark ("He answered, “…").
func (d *document) introducesQuote(i int) bool {
	toks := d.toks
	hi := d.paraToks[toks[i].para][1]
	for j := i; j+1 < hi && j < i+2*attributionClauseWindow; j++ {
		if t := toks[j]; t.kind == tokPunct && (t.text == "," || t.text == ":") {
			return d.isOpenMark(j + 1)
		}
		if d.isOpenMark(j) || toks[j].kind == tokPunct && isSentenceEnd(toks[j].text) {
			return false
		}
	}
	return false
}

// startsAttribution reports whether tokens from i are a short clause that
// attributes the quotation before them and ends the sentence: a speaker
// and a cue verb ("Peskov added.", "said Peskov,", "the ministry said on
// Twitter."). A clause that goes on into its own report ("She says it
// underscores …") starts a new sentence.
func (d *document) startsAttribution(i int) bool {
	toks := d.toks
	hi := d.paraToks[toks[i].para][1]
	cue := d.clauseCue(i, hi, true)
	if cue < 0 {
		return false
	}
	for j := cue + 1; j < hi && j < cue+2*attributionClauseWindow; j++ {
		t := toks[j]
		if t.kind == tokPunct && (t.text == "," || isSentenceEnd(t.text)) || d.isOpenMark(j) {
			return true
		}
		// Past the short window, only circumstances go on ("asked
		// reporters during a news conference last month."), no clause of
		// its own ("says it underscores …").
		if j >= cue+attributionClauseWindow-1 && d.opensOwnClause(cue+1, j+1) && !d.topicPhrase(cue+1, j+1) {
			return false
		}
	}
	return cue+attributionClauseWindow >= hi
}

// topicPhrase reports whether tokens [lo, hi) after a cue are the topic
// of what was said, "of" or "about" and a phrase ("said about the
// council's plan to sell the old depot to a builder"): an infinitive or
// an adverb inside it makes no clause of the cue's own; a subject
// pronoun, "that", a form of "be", another cue or a quotation does.
func (d *document) topicPhrase(lo, hi int) bool {
	if lo >= hi || d.toks[lo].cap || !d.toks[lo].is(fnOf) && d.toks[lo].lower != "about" {
		return false
	}
	for k := lo + 1; k < hi; k++ {
		t := d.toks[k]
		if t.kind != tokWord || t.in(lexSubjectPronouns|lexCueSaying) || t.is(fnComplementizer|fnBe|fnRelative) {
			return false
		}
	}
	return true
}

// clauseCue is the cue verb among the words that open a short
// attribution clause at i (within attributionClauseWindow, before hi), or
// -1. With appositive, the speaker may carry one set off by a comma, which
// doubles the window: "Miller, a retired worker, said."
func (d *document) clauseCue(i, hi int, appositive bool) int {
	comma := false
	for j := i; j < hi && (j < i+attributionClauseWindow || comma && j < i+2*attributionClauseWindow); j++ {
		t := d.toks[j]
		if appositive && t.text == "," && j > i {
			comma = true
			continue
		}
		if t.kind != tokWord {
			return -1
		}
		if t.in(lexCueSaying) {
			return j
		}
	}
	return -1
}

// bareAttribution reports whether the tokens from i are a speaker and a
// cue verb with nothing after the cue but its circumstances, up to the
// sentence end: "Trump said.", "wrote Ann Cole in The Guardian.", not "He
// said the plan would fail." nor a clause that introduces a quotation.
func (d *document) bareAttribution(i int) bool {
	toks := d.toks
	hi := d.paraToks[toks[i].para][1]
	cue := d.clauseCue(i, hi, false)
	if cue < 0 {
		return false
	}
	for j := cue + 1; j < hi && j < cue+2*attributionClauseWindow; j++ {
		if t := toks[j]; t.kind == tokPunct && isSentenceEnd(t.text) {
			return !d.opensOwnClause(cue+1, j)
		}
	}
	return false
}

// opensOwnClause reports whether tokens [lo, hi) after a cue hold what
// makes them a clause of their own rather than the cue's circumstances:
// a subject pronoun, a complementizer, an auxiliary, an infinitive
// ("agreed to commentate …"), another cue or a quotation mark.
func (d *document) opensOwnClause(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		t := d.toks[k]
		if t.kind != tokWord || t.in(lexSubjectPronouns|lexVerbModifiers|lexCueSaying) || t.is(fnComplementizer|fnBe|fnRelative|fnTo) {
			return true
		}
	}
	return false
}

// noSplitAfter reports whether the word before token b keeps b in its
// sentence: a title or an abbreviation ("Gen. Mark", "No. 1"), or a
// middle initial between two capitalised words ("Peter T. King").
func (d *document) noSplitAfter(b, lo int) bool {
	prev := d.toks[b-1]
	if noSplitWord(prev) {
		return true
	}
	if d.toks[b].cap && d.firmNameOnly(b, lo) {
		return true
	}
	return d.toks[b].cap && middleInitial(&prev) && b-2 >= lo && d.givenName(b-2, lo)
}

// firmNameOnly reports whether the words from lo up to token b are a
// firm's name alone, ending in the abbreviated word for its kind with its
// full stop (lexicon/org-heads: "Tolby Corp.", "Ashby & Crane Inc."):
// such a sentence would have no verb, so the stop abbreviates and the
// name goes on into the sentence ("Tolby Corp. President Amy Hood said
// …", whose role is the firm's). After a verb the stop may end one
// ("Shares rose at Tolby Corp. The firm said …").
func (d *document) firmNameOnly(b, lo int) bool {
	prev := d.toks[b-1]
	if b-2 < lo || prev.kind != tokWord || !strings.HasSuffix(prev.text, ".") || !prev.in(lexOrgHeads) {
		return false
	}
	for k := lo; k < b-1; k++ {
		if t := d.toks[k]; !(t.kind == tokWord && t.cap || t.text == "&") {
			return false
		}
	}
	return true
}

// givenName reports whether token k, before a middle initial, reads as a
// first name: one the lexicon knows, or a capitalised word that no
// preposition or determiner opens ("Peter T. King", "Sen. Rhoda K.
// Black"; not "at Terminal E.", "no Plan B.").
func (d *document) givenName(k, lo int) bool {
	t := d.toks[k]
	if t.kind != tokWord || !t.cap {
		return false
	}
	if d.lex.firstName(t.lower) {
		return true
	}
	p := d.toks[max(k-1, lo)]
	return k == lo || !(p.kind == tokWord && !p.cap && (p.fn != 0 || p.in(lexPrepositions|lexDeterminers|lexQuantities|lexStopCaps)))
}

// middleInitial reports whether t is one capital letter with a full stop
// ("T."), the middle initial of a name.
func middleInitial(t *token) bool {
	return t.kind == tokWord && len(t.text) == 2 && t.text[1] == '.' && 'A' <= t.text[0] && t.text[0] <= 'Z'
}

// noSplitWord reports whether a full stop after word t never ends a
// sentence (lexicon/no-split-after): "Gen.", "No.", and "v." in lower case
// only, since a capital "V." may end one ("the last film would be Rocky
// V. The director said …").
func noSplitWord(t token) bool {
	return t.kind == tokWord && t.in(lexNoSplitAfter) && !(len(t.text) == 2 && t.cap)
}
