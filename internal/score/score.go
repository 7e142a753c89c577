// Package score measures attribution records against gold annotations with
// the metrics of the reference scorer (../shared/eval/score.py): quotes are
// matched per segment at Jaccard overlap >= 0.5, best pairs first, one to one.
package score

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/quotewire/quotewire/extractor"
)

// GoldQuote is one annotated attribution of a gold line.
type GoldQuote struct {
	Start        int      `json:"start"`
	End          int      `json:"end"`
	Segments     [][2]int `json:"segments"`
	Type         string   `json:"type"`
	Speaker      *string  `json:"speaker"`
	SpeakerStart *int     `json:"speaker_start"`
	SpeakerEnd   *int     `json:"speaker_end"`
	Cue          *string  `json:"cue"`
	CueStart     *int     `json:"cue_start"`
	CueEnd       *int     `json:"cue_end"`
	Role         *string  `json:"role"`
	Required     *bool    `json:"required"`
}

// Gold is one gold article.
type Gold struct {
	ID     string      `json:"id"`
	Text   string      `json:"text"`
	Quotes []GoldQuote `json:"quotes"`
}

// Subsets of gold quotes, as score.py names them.
const (
	SubsetAll      = "all"
	SubsetSpeech   = "speech"
	SubsetRequired = "required"
	SubsetDirect   = "direct"
)

// Report holds the metrics of one run, with score.py's field names.
type Report struct {
	Articles      int      `json:"articles"`
	Missing       int      `json:"missing_articles"`
	Gold          int      `json:"gold"`
	Pred          int      `json:"pred"`
	OverlapP      float64  `json:"overlap_p"`
	OverlapR      float64  `json:"overlap_r"`
	OverlapF1     float64  `json:"overlap_f1"`
	ExactF1       float64  `json:"exact_f1"`
	SpeakerAcc    *float64 `json:"speaker_acc"`
	AttributionF1 float64  `json:"attribution_f1"`
	CueAcc        *float64 `json:"cue_acc"`
	RoleAcc       *float64 `json:"role_acc"`
	// ECE is the expected calibration error of the predictions'
	// confidence (a predicted segment is right when it matches a gold
	// segment of the subset and its speaker is right).
	ECE            *float64 `json:"ece"`
	MeanConfidence *float64 `json:"mean_confidence"`
	ShareRight     *float64 `json:"share_right"`
	// Calibration is the reliability table behind ECE: per tenth of
	// confidence, how many predicted segments, their mean confidence and
	// the share right.
	Calibration []Bin `json:"-"`
	// ByType counts gold segments found, per gold quote type.
	ByType map[string][2]int `json:"by_type"`
	// Errors are examples of misses, spurious quotes and wrong speakers.
	Errors []Error `json:"-"`
}

// Error is one example of a wrong or missing attribution.
type Error struct {
	Kind      string // missed, spurious or speaker
	ArticleID string
	Gold      string // gold speaker
	Pred      string // predicted speaker; empty for a missed quote
	Cue       string // gold cue, for a missed quote
	Text      string
}

var speechCues = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`said says say saying told tells tell telling wrote writes write writing added adds adding
noted notes noting asked asks asking according announced announces reported reports stated states stating
explained explains declared declares insisted insists argued argues claimed claims warned warns warning
tweeted tweets replied replies responded responds continued continues recalled recalls acknowledged
acknowledges admitted admits suggested suggests predicted predicts promised promises vowed vows urged
urges called calling calls described describes confirmed confirms denied denies repeated repeats
emphasized stressed testified testifies remarked remarks posted posts commented comments`) {
		m[w] = true
	}
	return m
}()

var dashCues = map[string]bool{":": true, "―": true, "—": true, "–": true, "-": true}

func speechCue(q GoldQuote) bool {
	if q.Cue == nil {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(*q.Cue)) {
		if speechCues[w] {
			return true
		}
	}
	return dashCues[strings.TrimSpace(*q.Cue)]
}

const punct = " \t\n\r\u00a0\"'“”‘’«»„‚.,;:!?-—–―()[]"

var leadingThat = regexp.MustCompile(`(?i)^(that|whether)\s+`)
var spaces = regexp.MustCompile(`\s+`)

func normText(s string) string {
	s = strings.Trim(s, punct)
	s = leadingThat.ReplaceAllString(s, "")
	return strings.ToLower(spaces.ReplaceAllString(strings.Trim(s, punct), " "))
}

var nonWord = regexp.MustCompile(`[^\w ]+`)

func normName(s string) []string {
	w := strings.Fields(strings.ToLower(nonWord.ReplaceAllString(s, "")))
	if len(w) > 0 && w[0] == "the" {
		return w[1:]
	}
	return w
}

var stop = map[string]bool{"the": true, "a": true, "an": true, "of": true, "and": true, "for": true, "to": true,
	"in": true, "on": true, "his": true, "her": true, "its": true, "their": true}

func tokset(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range normName(s) {
		if len([]rune(t)) > 1 && !stop[t] {
			out[t] = true
		}
	}
	return out
}

func roleOK(gold, pred string) bool {
	g, p := tokset(gold), tokset(pred)
	if len(g) == 0 && len(p) == 0 {
		return true
	}
	if len(g) == 0 || len(p) == 0 {
		return false
	}
	inter := 0
	for t := range g {
		if p[t] {
			inter++
		}
	}
	if inter == 0 {
		return false
	}
	pr, rc := float64(inter)/float64(len(p)), float64(inter)/float64(len(g))
	return 2*pr*rc/(pr+rc) >= 0.5
}

type seg struct {
	start, end int
	gold       *GoldQuote
	pred       *extractor.Quote
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// Alignment pairs the segments of one article's record with its gold
// segments, as score.py does: best Jaccard first, one to one, at least 0.5.
type Alignment struct {
	gold, pred []seg
	keep       []bool       // gold segment i is in the subset
	ignore     map[int]bool // predicted segment j is neither right nor wrong
	matches    [][2]int     // (gold, pred) pairs of the subset
	gm, pm     map[int]int  // all matches, either way
}

// PredSegment is one predicted segment and what it matched.
type PredSegment struct {
	Quote   int        // index in the record's Quotes
	Segment int        // index in the quote's Segments
	Gold    *GoldQuote // the gold quote it matched, or nil
	Ignored bool       // it matched a gold quote outside the subset
}

// Align pairs p's segments with g's under subset.
func Align(g Gold, p extractor.Result, subset string) Alignment {
	var a Alignment
	for i := range g.Quotes {
		q := &g.Quotes[i]
		if len(q.Segments) == 0 {
			a.gold = append(a.gold, seg{q.Start, q.End, q, nil})
		}
		for _, s := range q.Segments {
			a.gold = append(a.gold, seg{s[0], s[1], q, nil})
		}
	}
	for i := range p.Quotes {
		q := &p.Quotes[i]
		if len(q.Segments) == 0 {
			a.pred = append(a.pred, seg{q.Start, q.End, nil, q})
		}
		for _, s := range q.Segments {
			a.pred = append(a.pred, seg{s[0], s[1], nil, q})
		}
	}
	a.keep = make([]bool, len(a.gold))
	for i, s := range a.gold {
		a.keep[i] = inSubset(*s.gold, subset)
	}
	a.gm, a.pm = map[int]int{}, map[int]int{}
	var matches [][2]int
	for _, pr := range a.pairs() {
		if _, ok := a.gm[pr.i]; ok {
			continue
		}
		if _, ok := a.pm[pr.j]; ok {
			continue
		}
		a.gm[pr.i], a.pm[pr.j] = pr.j, pr.i
		matches = append(matches, [2]int{pr.i, pr.j})
	}
	a.ignore = map[int]bool{}
	for _, m := range matches {
		if !a.keep[m[0]] {
			a.ignore[m[1]] = true
		}
	}
	if subset == SubsetDirect {
		for j, s := range a.pred {
			if _, ok := a.pm[j]; !ok && s.pred.Type != "direct" {
				a.ignore[j] = true
			}
		}
	}
	for _, m := range matches {
		if a.keep[m[0]] {
			a.matches = append(a.matches, m)
		}
	}
	return a
}

// InSubset reports whether gold quote q belongs to subset, as Score
// counts it.
func InSubset(q GoldQuote, subset string) bool { return inSubset(q, subset) }

func inSubset(q GoldQuote, subset string) bool {
	switch subset {
	case SubsetSpeech:
		return speechCue(q)
	case SubsetRequired:
		return q.Required == nil || *q.Required
	case SubsetDirect:
		return q.Type == "direct"
	}
	return true
}

type pair struct {
	jac  float64
	i, j int
}

// pairs are the overlapping (gold, pred) segment pairs at Jaccard >= 0.5,
// best first; ties as Python's reverse tuple sort orders them.
func (a *Alignment) pairs() []pair {
	var pairs []pair
	for i, G := range a.gold {
		for j, P := range a.pred {
			inter := min(G.end, P.end) - max(G.start, P.start)
			if inter <= 0 {
				continue
			}
			union := max(G.end, P.end) - min(G.start, P.start)
			if jac := float64(inter) / float64(union); jac >= 0.5 {
				pairs = append(pairs, pair{jac, i, j})
			}
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		return cmp.Or(cmp.Compare(b.jac, a.jac), cmp.Compare(b.i, a.i), cmp.Compare(b.j, a.j))
	})
	return pairs
}

// Predicted lists every predicted segment with the gold quote it matched.
func (a *Alignment) Predicted() []PredSegment {
	out := make([]PredSegment, 0, len(a.pred))
	qi, k := -1, 0
	var last *extractor.Quote
	for j, s := range a.pred {
		if s.pred != last {
			qi, k, last = qi+1, 0, s.pred
		}
		ps := PredSegment{Quote: qi, Segment: k, Ignored: a.ignore[j]}
		if i, ok := a.pm[j]; ok {
			ps.Gold = a.gold[i].gold
		}
		out = append(out, ps)
		k++
	}
	return out
}

// SpeakerMatches reports whether the predicted quote's speaker is the gold
// quote's, as score.py decides: for PolNeAR-style gold (a source span) the
// predicted mention overlaps the span or the name shares a word with it;
// otherwise the name equals the canonical name. A gold quote without a
// speaker matches a prediction without a name.
func SpeakerMatches(g *GoldQuote, p *extractor.Quote) bool {
	name := ""
	if p.Speaker != nil {
		name = string(p.Speaker.Name)
	}
	if g.Speaker == nil || *g.Speaker == "" {
		return name == ""
	}
	if g.SpeakerStart != nil {
		if p.Speaker != nil && p.Speaker.Mention.Start < *g.SpeakerEnd && *g.SpeakerStart < p.Speaker.Mention.End {
			return true
		}
		gt, pt := tokset(*g.Speaker), tokset(name)
		for t := range gt {
			if pt[t] {
				return true
			}
		}
		return false
	}
	return slices.Equal(normName(*g.Speaker), normName(name))
}

// counts are the tallies of Score.
type counts struct {
	gold, pred, match, exact, attrOK, spkGold, spkOK, roleGold, roleOK, cueGold, cueOK int
	calib                                                                              [][2]float64 // (confidence, right) per kept predicted segment
}

// Score compares predictions (one record per article id) with gold.
// maxErrors bounds the examples kept in Report.Errors.
func Score(gold []Gold, pred map[string]extractor.Result, subset string, maxErrors int) Report {
	var c counts
	rep := Report{Articles: len(gold), ByType: map[string][2]int{}}
	for _, g := range gold {
		p, ok := pred[g.ID]
		if !ok {
			rep.Missing++
		}
		a := Align(g, p, subset)
		a.count(&c, &rep, g, maxErrors)
	}
	rep.Gold, rep.Pred = c.gold, c.pred
	rep.OverlapP, rep.OverlapR, rep.OverlapF1 = prf(c.match, c.pred, c.gold)
	_, _, rep.ExactF1 = prf(c.exact, c.pred, c.gold)
	_, _, rep.AttributionF1 = prf(c.attrOK, c.pred, c.gold)
	rep.SpeakerAcc = ratio(c.spkOK, c.spkGold)
	rep.CueAcc = ratio(c.cueOK, c.cueGold)
	rep.RoleAcc = ratio(c.roleOK, c.roleGold)
	rep.ECE, rep.MeanConfidence, rep.ShareRight = ece(c.calib)
	rep.Calibration = bins(c.calib)
	return rep
}

// count adds one article's alignment to the tallies.
func (a *Alignment) count(c *counts, rep *Report, g Gold, maxErrors int) {
	text := []rune(g.Text)
	gex, pex := map[string]int{}, map[string]int{}
	for i, s := range a.gold {
		if !a.keep[i] {
			continue
		}
		c.gold++
		gex[normText(string(text[s.start:s.end]))]++
		t := rep.ByType[s.gold.Type]
		if _, ok := a.gm[i]; ok {
			t[0]++
		}
		t[1]++
		rep.ByType[s.gold.Type] = t
	}
	for j, s := range a.pred {
		if !a.ignore[j] {
			c.pred++
			pex[normText(string(text[s.start:s.end]))]++
		}
	}
	for k, n := range gex {
		c.exact += min(n, pex[k])
	}
	c.match += len(a.matches)
	right := map[int]bool{}
	for _, m := range a.matches {
		G, P := a.gold[m[0]], a.pred[m[1]]
		ok := SpeakerMatches(G.gold, P.pred)
		if G.gold.Speaker == nil || *G.gold.Speaker == "" {
			if ok {
				c.attrOK++
			}
		} else {
			c.spkGold++
			if G.gold.SpeakerStart == nil {
				c.roleGold++
				role := ""
				if P.pred.Speaker != nil {
					role = string(P.pred.Speaker.Role)
				}
				if roleOK(str(G.gold.Role), role) {
					c.roleOK++
				}
			}
			if ok {
				c.spkOK++
				c.attrOK++
			} else if len(rep.Errors) < maxErrors {
				name := ""
				if P.pred.Speaker != nil {
					name = string(P.pred.Speaker.Name)
				}
				rep.Errors = append(rep.Errors, Error{Kind: "speaker", ArticleID: g.ID, Gold: *G.gold.Speaker, Pred: name, Text: clip(text, G.start, G.end)})
			}
		}
		right[m[1]] = ok
		if G.gold.CueStart != nil && P.pred.Cue != nil {
			c.cueGold++
			if P.pred.Cue.Start < *G.gold.CueEnd && *G.gold.CueStart < P.pred.Cue.End {
				c.cueOK++
			}
		}
	}
	for j, s := range a.pred {
		if !a.ignore[j] {
			c.calib = append(c.calib, [2]float64{s.pred.Confidence, b2f(right[j])})
		}
	}
	a.errors(rep, g, text, maxErrors)
}

// errors adds examples of missed and spurious segments.
func (a *Alignment) errors(rep *Report, g Gold, text []rune, maxErrors int) {
	for i, s := range a.gold {
		if _, ok := a.gm[i]; a.keep[i] && !ok && len(rep.Errors) < maxErrors {
			rep.Errors = append(rep.Errors, Error{Kind: "missed", ArticleID: g.ID, Gold: str(s.gold.Speaker), Cue: str(s.gold.Cue), Text: clip(text, s.start, s.end)})
		}
	}
	for j, s := range a.pred {
		if _, ok := a.pm[j]; !a.ignore[j] && !ok && len(rep.Errors) < maxErrors {
			name := ""
			if s.pred.Speaker != nil {
				name = string(s.pred.Speaker.Name)
			}
			rep.Errors = append(rep.Errors, Error{Kind: "spurious", ArticleID: g.ID, Pred: name, Text: clip(text, s.start, s.end)})
		}
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// Bin is one row of a reliability table.
type Bin struct {
	Lo, Hi         float64
	N              int
	MeanConfidence float64
	ShareRight     float64
}

// bins is the reliability table of calib over ten equal-width bins (empty
// bins left out).
func bins(calib [][2]float64) []Bin {
	const n = 10
	var out []Bin
	for b := range n {
		var sum, ok float64
		k := 0
		for _, c := range calib {
			if min(int(c[0]*n), n-1) == b {
				sum += c[0]
				ok += c[1]
				k++
			}
		}
		if k > 0 {
			out = append(out, Bin{float64(b) / n, float64(b+1) / n, k, sum / float64(k), ok / float64(k)})
		}
	}
	return out
}

// ece is score.py's expected calibration error over ten equal-width bins,
// with the mean confidence and the share right.
func ece(calib [][2]float64) (e, mean, share *float64) {
	if len(calib) == 0 {
		return nil, nil, nil
	}
	const bins = 10
	var sum, n [bins]float64
	var ok [bins]float64
	var tc, tr float64
	for _, c := range calib {
		b := min(int(c[0]*bins), bins-1)
		sum[b] += c[0]
		ok[b] += c[1]
		n[b]++
		tc += c[0]
		tr += c[1]
	}
	var gap float64
	for b := range bins {
		if n[b] > 0 {
			d := sum[b]/n[b] - ok[b]/n[b]
			if d < 0 {
				d = -d
			}
			gap += d * n[b]
		}
	}
	N := float64(len(calib))
	ev, mv, sv := gap/N, tc/N, tr/N
	return &ev, &mv, &sv
}

func clip(text []rune, a, b int) string {
	s := string(text[a:min(b, a+100)])
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
}

func prf(m, p, g int) (float64, float64, float64) {
	var P, R float64
	if p > 0 {
		P = float64(m) / float64(p)
	}
	if g > 0 {
		R = float64(m) / float64(g)
	}
	if P+R == 0 {
		return P, R, 0
	}
	return P, R, 2 * P * R / (P + R)
}

func ratio(a, b int) *float64 {
	if b == 0 {
		return nil
	}
	v := float64(a) / float64(b)
	return &v
}

// ReadGold reads a gold JSON lines file (no line-length limit: gold lines
// exceed 100 KB).
func ReadGold(path string) ([]Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Gold
	br := bufio.NewReaderSize(f, 1<<20)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			var g Gold
			if jerr := json.Unmarshal(line, &g); jerr != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, n, jerr)
			}
			out = append(out, g)
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", path, err)
		}
	}
}
