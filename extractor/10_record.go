package extractor

import (
	"cmp"
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// SchemaVersion is the version of the attribution record's schema.
const SchemaVersion = 1

// Version is the extractor's own version, bumped whenever its output for
// the same input changes (not the build's version, so goldens do not churn).
const Version = "0.2.0"

// Name is the extractor's name in the record.
const Name = "quotewire"

// Quote types, as in the record.
const (
	TypeDirect   = "direct"
	TypeMixed    = "mixed"
	TypeIndirect = "indirect"
)

// Resolutions say how a quote's speaker was found.
const (
	ResolutionExplicit     = "explicit"
	ResolutionPronoun      = "pronoun"
	ResolutionContinuation = "continuation"
	ResolutionAlias        = "alias"
	ResolutionDescriptor   = "descriptor"
)

// Kinds of speaker, as in the record.
const (
	KindPerson       = "person"
	KindOrganization = "organization"
	KindGroup        = "group"
	KindUnknown      = "unknown"
)

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
	// For non-ASCII text, every codePointBlock bytes: the start of the
	// code point holding byte j*codePointBlock, and the number of code
	// points before it. at decodes on from there: a table of one int32
	// per byte of text cost 4 bytes per input byte for the few hundred
	// offsets a record has.
	blockStart, blockCount []int32
}

// codePointBlock is the stride of codePoints' table, in bytes.
const codePointBlock = 64

func newCodePoints(text string) *codePoints {
	c := &codePoints{text: text, ascii: asciiPrefix(text, 0, len(text)) == len(text)}
	if !c.ascii {
		blocks := len(text)/codePointBlock + 1
		c.blockStart, c.blockCount = make([]int32, blocks), make([]int32, blocks)
		i, n := 0, 0
		for j := range blocks {
			// on to the code point holding byte j*codePointBlock (or the end)
			i, n = walkCodePoints(text, i, n, j*codePointBlock)
			c.blockStart[j], c.blockCount[j] = int32(i), int32(n)
		}
	}
	return c
}

// walkCodePoints goes on from the code point starting at byte i, n code
// points into text, to the one holding byte b (or to the end of text):
// its start and the code points before it. A run of ASCII, most of any
// text, is skipped eight bytes at a time.
func walkCodePoints(text string, i, n, b int) (int, int) {
	for i < b && i < len(text) {
		if a := asciiPrefix(text, i, b); a > i {
			n += a - i
			i = a
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		if i+size > b {
			break // b is inside the code point at i
		}
		i += size
		n++
	}
	return i, n
}

// asciiPrefix is the end of the run of ASCII bytes of text[i:end] that
// starts at i (end <= len(text) or end past it: the run stops at the end
// of text).
func asciiPrefix(text string, i, end int) int {
	end = min(end, len(text))
	for ; i+8 <= end; i += 8 {
		e := text[i : i+8] // (one bounds check, one load)
		w := uint64(e[0]) | uint64(e[1])<<8 | uint64(e[2])<<16 | uint64(e[3])<<24 |
			uint64(e[4])<<32 | uint64(e[5])<<40 | uint64(e[6])<<48 | uint64(e[7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < end && text[i] < utf8.RuneSelf; i++ {
	}
	return i
}

// at is the number of code points before the one holding byte b, for b
// in [0, len(text)].
func (c *codePoints) at(b int) int {
	if c.ascii {
		return b
	}
	j := b / codePointBlock
	_, n := walkCodePoints(c.text, int(c.blockStart[j]), int(c.blockCount[j]), b)
	return n
}

func (c *codePoints) span(s span) Span {
	return Span{Text: c.text[s.start:s.end], Start: c.at(s.start), End: c.at(s.end)}
}

// speakerRecord gathers one speaker of the record: its resolution, every
// mention resolved to it, and where it is first mentioned.
type speakerRecord struct {
	r        resolved
	mentions []span
	first    int
	id       string
}

// encode resolves each attribution's speaker, lets the model decide on
// each (09_confidence.go) and makes the record (stages 08–10): quotes of
// one entity (or, for unnamed sources, of one kind and role) share a
// speaker; the speakers of the quotes kept are numbered in order of first
// mention. With all, every candidate is kept and the features of each
// quote are returned.
func (d *document) encode(ctx context.Context, id string, found []found, es *entities, m *Model, all bool) (Result, []Features, error) {
	cp := newCodePoints(d.text)
	spks, spkOf, res, choices, err := d.resolveSpeakers(ctx, found, es, m, all)
	if err != nil {
		return Result{}, nil, err
	}
	keep, conf, feats, err := d.decide(ctx, found, res, es, m, all)
	if err != nil {
		return Result{}, nil, err
	}
	for i := range feats {
		feats[i].Speakers = choices[i].candidateList()
	}
	used := make([]bool, len(spks))
	for i, k := range spkOf {
		if k >= 0 && keep[i] {
			used[k] = true
		}
	}
	var order []*speakerRecord
	for k, a := range spks {
		if used[k] {
			order = append(order, a)
		}
	}
	slices.SortStableFunc(order, func(x, y *speakerRecord) int { return x.first - y.first })

	version := Version
	if m != nil {
		version = m.version()
	}
	out := Result{SchemaVersion: SchemaVersion, ArticleID: id, Extractor: Info{Name, version},
		Speakers: make([]Speaker, 0, len(order)), Quotes: make([]Quote, 0, len(found))}
	for i, a := range order {
		a.id = "s" + strconv.Itoa(i+1)
		sp := Speaker{ID: a.id, Name: OptString(a.r.name), Kind: a.r.kind, Role: OptString(a.r.roleText), Mentions: make([]Span, len(a.mentions))}
		for k, m := range a.mentions {
			sp.Mentions[k] = cp.span(m)
		}
		out.Speakers = append(out.Speakers, sp)
	}
	var kept []Features
	for i, f := range found {
		if !keep[i] {
			continue
		}
		q := quoteRecord(id, f, cp)
		q.Paragraph = d.paraNo[f.para]
		if k := spkOf[i]; k >= 0 {
			a := spks[k]
			q.Speaker = &QuoteSpeaker{ID: a.id, Name: OptString(a.r.name), Kind: a.r.kind, Role: OptString(a.r.roleText),
				Mention: cp.span(d.mentionSpan(*f.speaker)), Resolution: res[i].resolution}
		}
		q.Confidence = conf[i]
		out.Quotes = append(out.Quotes, q)
		if all {
			kept = append(kept, feats[i])
		}
	}
	return out, kept, nil
}

// noParagraph is the paragraph of a speaker not yet seen: far enough
// before the first that no pronoun counts it as near.
const noParagraph = -10

// resolveSpeakers resolves the speaker of every attribution, in order, and
// groups them: spkOf[i] is the index in spks of found[i]'s speaker, or -1.
//
// A model that chooses speakers picks the antecedent of each pronoun among
// its candidates; with all, the candidates of each are returned.
func (d *document) resolveSpeakers(ctx context.Context, found []found, es *entities, m *Model, all bool) (spks []*speakerRecord, spkOf []int, res []resolved, choices []speakerChoice, err error) {
	index := map[any]int{}
	spkOf = make([]int, len(found))
	res = make([]resolved, len(found))
	choices = make([]speakerChoice, len(found))
	var contents []span
	if all || m != nil && m.choosesSpeakers() {
		contents = contentSpans(found)
	}
	var last *entity
	lastPara := noParagraph
	var prev unnamedSpeaker
	for i, f := range found {
		if err := ctx.Err(); err != nil {
			return nil, nil, nil, nil, err // the deadline holds in the last stages too: half of a long article's time is spent in them
		}
		spkOf[i] = -1
		if f.speaker == nil {
			continue
		}
		r, unnamed := es.pronounOfUnnamed(*f.speaker, prev)
		if !unnamed {
			r = es.resolve(*f.speaker, last, lastPara, f.para)
		}
		if f.resolution != "" {
			r.resolution = f.resolution
		}
		if unnamed {
			prev = es.d.unnamedSpeakerGoesOn(prev, f) // "… she told MPs. … she said": the same unnamed minister
		} else {
			prev = es.d.unnamedSpeakerOf(f, r)
		}
		if contents != nil && !unnamed {
			choices[i] = d.choices(f, r, es, last, contents)
			if !all {
				r = es.choose(r, *f.speaker, choices[i], m)
			}
		}
		if r.e != nil {
			last, lastPara = r.e, f.para
			r.e.spokeAt = d.toks[f.speaker.lo].start + 1
		}
		res[i] = r
	}
	es.leadSources(found, res)
	for i, f := range found {
		if f.speaker == nil {
			continue
		}
		r := res[i]
		var key any = r.e
		if r.e == nil {
			key = [4]string{r.kind, strings.ToLower(r.roleText), r.name, d.unnamedHead(*f.speaker, r)}
		}
		ms := d.mentionSpan(*f.speaker)
		k, ok := index[key]
		if !ok {
			k = len(spks)
			index[key] = k
			spks = append(spks, &speakerRecord{r: r, first: ms.start})
		}
		spks[k].mentions = append(spks[k].mentions, ms)
		spks[k].first = min(spks[k].first, ms.start)
		spkOf[i] = k
	}
	for _, a := range spks {
		if e := a.r.e; e != nil {
			a.r.name = es.fullName(e)
			a.mentions = append(a.mentions, e.mentions...)
			a.first = min(a.first, e.first)
			if e.role != "" {
				a.r.roleText = e.role
			}
		}
		slices.SortFunc(a.mentions, func(x, y span) int { return cmp.Or(x.start-y.start, x.end-y.end) })
		a.mentions = slices.Compact(a.mentions)
	}
	return spks, spkOf, res, choices, nil
}

// unnamedHead tells apart the unnamed documents that have neither name nor
// role by the noun that heads their mention: "an ad" and "a statement" are
// two speakers, "an ad" and "the ad" one. Other descriptions stay one
// speaker ("the company", "the retailer" are often one firm); a pronoun
// adds nothing. A one-word mention with nothing else to tell it apart
// ("Everyone", "Nobody", "They’re") is told apart by its word.
func (d *document) unnamedHead(m mention, r resolved) string {
	if r.roleText != "" || r.name != "" || m.pronoun != "" || m.hi <= m.lo {
		return ""
	}
	if t := d.toks[m.hi-1]; t.stem&lexDocumentNouns != 0 {
		return stemOf(t.lower)
	}
	if m.hi-m.lo == 1 {
		return d.toks[m.lo].lower
	}
	return ""
}

// quoteRecord is the record of one attribution, without its speaker.
func quoteRecord(id string, f found, cp *codePoints) Quote {
	first, lastSeg := f.segs[0], f.segs[len(f.segs)-1]
	whole := cp.span(span{first.start, lastSeg.end})
	q := Quote{
		ID:        id + ":" + strconv.Itoa(whole.Start) + "-" + strconv.Itoa(whole.End),
		Text:      whole.Text,
		Start:     whole.Start,
		End:       whole.End,
		Segments:  make([][2]int, len(f.segs)),
		Type:      f.typ,
		Paragraph: f.para,
	}
	for k, s := range f.segs {
		q.Segments[k] = [2]int{cp.at(s.start), cp.at(s.end)}
	}
	if !f.cue.empty() {
		c := cp.span(f.cue)
		q.Cue = &c
	}
	return q
}

// mentionSpan is the verbatim span of mention m; of a contracted pronoun,
// the pronoun alone ("He" of "He's said").
func (d *document) mentionSpan(m mention) span {
	s := span{d.toks[m.lo].start, d.toks[m.hi-1].end}
	if t := d.toks[m.lo]; m.hi == m.lo+1 && m.pronoun != "" && len(m.pronoun) < len(t.lower) && strings.HasPrefix(t.lower, m.pronoun) {
		s.end = s.start + len(m.pronoun)
	}
	return s
}
