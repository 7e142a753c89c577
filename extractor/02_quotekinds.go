package extractor

// What a quotation is: speech, the title of a show or a book, or a
// scare-quoted word. The rules of stages 04–06 ask before they claim one.

// maxTitleWords is the longest quotation read as a title ("Make Your Kid a
// Millionaire"): longer title-case runs are headlines or shouted speech.
const maxTitleWords = 7

// isTitle reports whether a quotation is the title of a show, book or
// song rather than speech: a few words in title case ("Face the Nation,",
// "Make Your Kid a Millionaire"), or quoted after a preposition.
func (d *document) isTitle(qi int) bool {
	q := d.quotes[qi]
	if d.spokenTitleCase(qi) {
		return false
	}
	if d.afterWorkNoun(qi) {
		return true // "the documentary "Weiner."", "the book "Why we fight""
	}
	words, content, ok := d.titleCaseWords(qi)
	if !ok || words == 0 || words > maxTitleWords {
		return false
	}
	if content >= 2 || isDigitStart(d.toks[q.tokLo].text) {
		return true
	}
	o := q.tokLo - 2 // the token before the opening mark
	if o >= 0 && d.toks[o].kind == tokWord && d.toks[o].cap && isPossessiveWord(d.toks[o]) && content > 0 && d.isNarration(o) {
		return true // a programme its owner names: "Harbor Radio’s “Morning Desk,”", "Channel 9’s “Late Call”"
	}
	return o >= 0 && d.toks[o].kind == tokWord && d.toks[o].is(fnTitlePreposition) && content > 0
}

// titleCaseWords counts the words of quotation qi, and those of them
// that are no lower-case function word of titles ("Legend in the Coal
// Fields", "State of the Union"): content, each capitalised or a
// figure. ok is false when a lower-case word that is no such function
// word stands among them: no title case.
func (d *document) titleCaseWords(qi int) (words, content int, ok bool) {
	q := d.quotes[qi]
	for k := q.tokLo; k < q.tokHi; k++ {
		t := d.toks[k]
		if t.kind != tokWord {
			continue
		}
		words++
		if !t.cap && t.in(lexTitleFunctionWords) {
			continue
		}
		if !t.cap && !isDigitStart(t.text) {
			return words, content, false
		}
		content++
	}
	return words, content, true
}

// spokenTitleCase reports whether a quotation in title case is speech
// all the same: it holds two sentences (`"Like Dover. Or Hull," Cole
// said`), or it opens its sentence and ends with a comma inside its marks,
// as a quote before its attribution does (`"Like Dover or Hull," Cole
// said`); a title goes on its sentence (`"Face the Nation," where …`).
func (d *document) spokenTitleCase(qi int) bool {
	q := d.quotes[qi]
	for k := q.tokLo; k+1 < q.tokHi; k++ {
		if t := d.toks[k]; t.kind == tokPunct && isSentenceEnd(t.text) && d.toks[k+1].kind == tokWord && d.toks[k+1].cap {
			return true
		}
	}
	o := q.tokLo - 1 // the opening mark
	if q.tokHi <= q.tokLo {
		return false
	}
	opens := o == d.paraToks[q.para][0] || d.lineBreakBefore(o) || d.toks[o-1].kind == tokPunct && isSentenceEnd(d.toks[o-1].text)
	if last := d.toks[q.tokHi-1].text; last != "," {
		// A sentence of its own in its marks (`… told the Ledger. "That's
		// Ann Cole and Tom Reilly."`): a title is part of a sentence.
		return opens && isSentenceEnd(last) && !q.openEnded && q.tokHi+1 == d.paraToks[q.para][1]
	}
	return opens
}

// minSpeechWords: a quotation of this many words reads as speech even
// without sentence punctuation inside its marks.
const minSpeechWords = 5

// fullQuote reports whether a quotation reads as speech rather than a
// scare-quoted word: several words, or sentence punctuation inside.
func (d *document) fullQuote(qi int) bool {
	q := d.quotes[qi]
	words := 0
	for k := q.tokLo; k < q.tokHi; k++ {
		if d.toks[k].kind == tokWord {
			words++
		}
	}
	if words >= minSpeechWords {
		return true
	}
	if q.tokHi > q.tokLo {
		last := d.toks[q.tokHi-1].text
		return words >= 1 && (last == "." || last == "!" || last == "?" || last == ",")
	}
	return false
}

// endsSpeech reports whether a quotation ends with sentence punctuation
// inside its marks ("What curfew?", "Don't you do it,").
func (d *document) endsSpeech(qi int) bool {
	q := d.quotes[qi]
	if q.tokHi <= q.tokLo {
		return false
	}
	t := d.toks[q.tokHi-1].text
	return t == "." || t == "?" || t == "!" || t == ","
}

// startsParagraph reports whether quotation qi opens its paragraph.
func (d *document) startsParagraph(qi int) bool {
	q := d.quotes[qi]
	return q.open.start == d.paras[q.para].start
}

// afterWorkNoun reports whether quotation qi, of at most maxTitleWords
// words, stands right after a lower-case noun of a work (lexicon/work-
// nouns: "the documentary "Weiner."", "wrote the book "Why we fight for
// the town""): the quotation is the work's title, in title case or not.
func (d *document) afterWorkNoun(qi int) bool {
	q := d.quotes[qi]
	o := q.tokLo - 2 // the token before the opening mark
	if o < 0 || q.openEnded || q.tokHi-q.tokLo > maxTitleWords+1 {
		return false
	}
	t := d.toks[o]
	return t.kind == tokWord && !t.cap && d.isNarration(o) && d.lex.workNouns[t.lower]
}
