// Package extractor finds the quotations of a news article and attributes
// each to its speaker and the speaker's role.
//
// It finds direct quotes (wholly inside quotation marks), mixed quotes (a
// reported clause holding a quoted fragment) and indirect quotes (reported
// speech), in every form listed in DESIGN.md: quotes before or after their
// attribution, inverted attributions ("said Peskov"), quotes interrupted by
// their cue, quotes that go on across paragraphs, "According to X", quoted
// labels and headline attributions; with straight, curly, single, «» and „“
// quotation marks.
//
// Speakers are resolved to the fullest name the article gives (surnames,
// honorifics, pronouns and role nouns such as "the Kremlin spokesman"), with
// their kind and the most specific role the article states.
//
// # Offsets
//
// Internally the extractor works in byte offsets; the Result it returns has
// every offset in Unicode code points of Article.Text, so that
// []rune(text)[start:end] equals the span's text. One encoder produces every
// record, so the command line, the Kafka worker and the HTTP API agree.
//
// # Concurrency
//
// An Extractor holds only read-only models once New returns (the sentence
// model, the word lists of lexicon/): one Extractor is safe for concurrent
// use by any number of goroutines. The extractor does no I/O and keeps no
// global mutable state. Extract honours its context between stages and
// within their loops.
//
// # Stages
//
// Extract runs ten stages in order (00_pipeline.go, run); each is one or two
// files, numbered so that reading the folder top to bottom is reading
// Extract top to bottom. Each stage reads what the stages before it decided
// and decides one thing more:
//
//	01 paragraphs, tokens   text → paragraphs (blank lines) and tokens with byte offsets; each token
//	                        carries the flags of the word lists its word is in (lexicon.go).
//	02 quotation marks      tokens → top-level quotations, each mark paired once (a quote may stay open
//	                        to its paragraph end); what a quotation is: speech, a title, a scare quote.
//	03 sentences            paragraphs → units: prose's sentences, repaired so that no quotation
//	                        crosses a unit and a quote's attribution clause stays with it.
//	04 frames               units → attribution frames: a cue ("said", "according to") and its source
//	                        (04_sources.go: the subject before, set off by commas, or after the cue).
//	05 clause boundaries    frames → content: where the attribution clause ends and which quotation or
//	                        reported clause it claims (05_content.go), cut at clause boundaries.
//	06 continuations,       quotations no frame claimed → further segments of the same speaker,
//	   headlines            continuation paragraphs, signed quotes; headline and transcript lines.
//	07 noun phrases,        the parser stages 04–06 and 08 call: a speaker phrase split into
//	   mentions             determiner, role and name, with its kind.
//	08 coreference, roles   names of the narration → entities; each speaker mention (surname,
//	                        pronoun, role noun) → the fullest name and the most specific role.
//	09 confidence           each attribution → the estimate that its span and speaker are right.
//	10 record               attributions and speakers → the Result, offsets in code points.
//
// # Claim order
//
// Every quotation is attributed once: a rule claims a quotation mark pair
// (document.claim) and later rules skip what is claimed. Rules run, and so
// claim, in this order:
//
//  1. Paragraph by paragraph, unit by unit: first the question a
//     participle with no subject puts to a speaker (`Asked whether she
//     would run, …`, `… when asked about the plan`), attributed to the
//     asker after "by" or to no one; then what a hearing heard or was
//     told (`Jurors were told that …`, `The inquest heard …`), attributed
//     to no one, unless another frame of the unit reports it; then each
//     frame in text order tries
//     (applyFrame): the quotation just before its clause (`"…," he said`,
//     and the second part of an interrupted quote); then what follows the
//     clause: a quotation, a quoted label (`called it "a disgrace"`), a
//     reported clause; then the reported clause before it.
//  2. A transcript turn (`PENCE: …`) claims the quotations inside it.
//  3. The paragraph's unclaimed quotations (leftovers), titles aside: a
//     quotation signed after a dash; a quotation a clause introduces with a
//     colon (`The board had one message: "…"`, `Ann Cole: "…"`); another
//     segment of the nearest direct quote before it in the paragraph, or a
//     quote going on a reported clause; a continuation of the previous
//     paragraph's speaker (or of its "X said:", or of its mixed report);
//     a quotation that a sentence after it names the source of (`"…" That
//     is the verdict of X`, before the continuation) or, when nothing
//     else took it, that follows a sentence whose subject is a person
//     (`Tamm is less sure. "…"`: narrated).
//  4. Last, the headline.
//
// The rule that found an attribution (rules.go) is kept with it: it feeds
// the confidence, and later rules ask which rule found an attribution, never
// a string.
//
// # Word lists
//
// What the extractor knows of English news prose is data in lexicon/: one
// entry per line, with a header saying what each list is for and where it
// comes from. Rule code tests a token's list or grammatical role
// (lexicon/function-words.txt), not a spelling; pronouns, a closed class of
// English grammar, are the exception.
package extractor
