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
// An Extractor holds only read-only models once New returns: one Extractor
// is safe for concurrent use by any number of goroutines. The extractor does
// no I/O and keeps no global mutable state.
package extractor
