// Package fileio adapts files to pipeline's Source and Sink, as kafkaio
// adapts Kafka: `quotewire extract` runs the same pipeline.Runner as the
// worker, with a Source that reads article files in order and a Sink that
// writes records to stdout and reports dead letters as errors.
//
// Input formats, by extension: .txt is one plain-text article whose id is
// the file name without extension; .json is one article object;
// .jsonl/.ndjson is one article object per line, with no line-length
// limit; "-" is stdin, JSON lines when its first non-space byte is '{',
// else one plain-text article with id "stdin".
package fileio
