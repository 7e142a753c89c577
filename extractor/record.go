package extractor

import (
	"encoding/json"
	"unicode/utf8"
)

// SchemaVersion is the version of the attribution record's schema.
const SchemaVersion = 1

// Version is the extractor's own version, bumped whenever its output for
// the same input changes (not the build's version, so goldens do not churn).
const Version = "0.1.0"

// Name is the extractor's name in the record.
const Name = "quotewire"

// Result is the attribution record of one article: the schema of DESIGN.md,
// with every offset in Unicode code points of Article.Text.
type Result struct {
	SchemaVersion int       `json:"schema_version"`
	ArticleID     string    `json:"article_id"`
	Extractor     Info      `json:"extractor"`
	Speakers      []Speaker `json:"speakers"`
	Quotes        []Quote   `json:"quotes"`
}

// Info names the extractor that made a record.
type Info struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Span is a piece of the article text and its code-point offsets:
// []rune(text)[Start:End] == Text.
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// OptString is a string that is JSON null when empty.
type OptString string

// MarshalJSON writes null for the empty string.
func (s OptString) MarshalJSON() ([]byte, error) {
	if s == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(s))
}

// UnmarshalJSON reads null as the empty string.
func (s *OptString) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*s = ""
		return nil
	}
	var v string
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = OptString(v)
	return nil
}

// Speaker is one speaker of the article with every mention resolved to it.
type Speaker struct {
	ID       string    `json:"id"`
	Name     OptString `json:"name"`
	Kind     string    `json:"kind"`
	Role     OptString `json:"role"`
	Mentions []Span    `json:"mentions"`
}

// QuoteSpeaker is the speaker of one quote and the mention next to its cue.
type QuoteSpeaker struct {
	ID         string    `json:"id"`
	Name       OptString `json:"name"`
	Kind       string    `json:"kind"`
	Role       OptString `json:"role"`
	Mention    Span      `json:"mention"`
	Resolution string    `json:"resolution"`
}

// Quote is one attribution.
type Quote struct {
	ID         string        `json:"id"`
	Text       string        `json:"text"`
	Start      int           `json:"start"`
	End        int           `json:"end"`
	Segments   [][2]int      `json:"segments"`
	Type       string        `json:"type"`
	Speaker    *QuoteSpeaker `json:"speaker"`
	Cue        *Span         `json:"cue"`
	Paragraph  int           `json:"paragraph"`
	Confidence float64       `json:"confidence"`
}

// codePoints converts byte offsets of one text into code-point offsets.
// It is the one encoder every record goes through.
type codePoints struct {
	text  string
	ascii bool
	// runeAt[i] is the number of code points before byte i, for i in
	// [0, len(text)]; built only for non-ASCII text.
	runeAt []int32
}

func newCodePoints(text string) *codePoints {
	c := &codePoints{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			c.ascii = false
			break
		}
	}
	if !c.ascii {
		c.runeAt = make([]int32, len(text)+1)
		n := int32(0)
		for i := 0; i < len(text); {
			_, size := utf8.DecodeRuneInString(text[i:])
			for k := 0; k < size; k++ {
				c.runeAt[i+k] = n
			}
			n++
			i += size
		}
		c.runeAt[len(text)] = n
	}
	return c
}

func (c *codePoints) at(b int) int {
	if c.ascii {
		return b
	}
	return int(c.runeAt[b])
}

func (c *codePoints) span(s span) Span {
	return Span{Text: c.text[s.start:s.end], Start: c.at(s.start), End: c.at(s.end)}
}
