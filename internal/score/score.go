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

// Score compares predictions (one record per article id) with gold.
// maxErrors bounds the examples kept in Report.Errors.
func Score(gold []Gold, pred map[string]extractor.Result, subset string, maxErrors int) Report {
	var c struct{ gold, pred, match, exact, attrOK, spkGold, spkOK, roleGold, roleOK, cueGold, cueOK int }
	rep := Report{Articles: len(gold), ByType: map[string][2]int{}}
	for _, g := range gold {
		p, ok := pred[g.ID]
		if !ok {
			rep.Missing++
		}
		text := []rune(g.Text)
		var gs, ps []seg
		for i := range g.Quotes {
			q := &g.Quotes[i]
			if len(q.Segments) == 0 {
				gs = append(gs, seg{q.Start, q.End, q, nil})
			}
			for _, s := range q.Segments {
				gs = append(gs, seg{s[0], s[1], q, nil})
			}
		}
		for i := range p.Quotes {
			q := &p.Quotes[i]
			if len(q.Segments) == 0 {
				ps = append(ps, seg{q.Start, q.End, nil, q})
			}
			for _, s := range q.Segments {
				ps = append(ps, seg{s[0], s[1], nil, q})
			}
		}
		keep := make([]bool, len(gs))
		for i, s := range gs {
			switch subset {
			case SubsetSpeech:
				keep[i] = speechCue(*s.gold)
			case SubsetRequired:
				keep[i] = s.gold.Required == nil || *s.gold.Required
			case SubsetDirect:
				keep[i] = s.gold.Type == "direct"
			default:
				keep[i] = true
			}
		}
		type pair struct {
			jac  float64
			i, j int
		}
		var pairs []pair
		for i, G := range gs {
			for j, P := range ps {
				inter := min(G.end, P.end) - max(G.start, P.start)
				if inter > 0 {
					union := max(G.end, P.end) - min(G.start, P.start)
					pairs = append(pairs, pair{float64(inter) / float64(union), i, j})
				}
			}
		}
		// Best first; ties as Python's reverse tuple sort orders them.
		slices.SortFunc(pairs, func(a, b pair) int {
			return cmp.Or(cmp.Compare(b.jac, a.jac), cmp.Compare(b.i, a.i), cmp.Compare(b.j, a.j))
		})
		gm, pm := map[int]int{}, map[int]int{}
		var matches [][2]int
		for _, pr := range pairs {
			if pr.jac < 0.5 {
				continue
			}
			if _, ok := gm[pr.i]; ok {
				continue
			}
			if _, ok := pm[pr.j]; ok {
				continue
			}
			gm[pr.i], pm[pr.j] = pr.j, pr.i
			matches = append(matches, [2]int{pr.i, pr.j})
		}
		ignore := map[int]bool{}
		for _, m := range matches {
			if !keep[m[0]] {
				ignore[m[1]] = true
			}
		}
		if subset == SubsetDirect {
			for j, s := range ps {
				if _, ok := pm[j]; !ok && s.pred.Type != "direct" {
					ignore[j] = true
				}
			}
		}
		kept := matches[:0]
		for _, m := range matches {
			if keep[m[0]] {
				kept = append(kept, m)
			}
		}
		matches = kept
		gex, pex := map[string]int{}, map[string]int{}
		for i, s := range gs {
			if keep[i] {
				c.gold++
				gex[normText(string(text[s.start:s.end]))]++
				t := rep.ByType[s.gold.Type]
				if _, ok := gm[i]; ok {
					t[0]++
				}
				t[1]++
				rep.ByType[s.gold.Type] = t
			}
		}
		for j, s := range ps {
			if !ignore[j] {
				c.pred++
				pex[normText(string(text[s.start:s.end]))]++
			}
		}
		for k, n := range gex {
			c.exact += min(n, pex[k])
		}
		c.match += len(matches)
		for _, m := range matches {
			G, P := gs[m[0]], ps[m[1]]
			sp := P.pred.Speaker
			name := ""
			if sp != nil {
				name = string(sp.Name)
			}
			if G.gold.Speaker == nil || *G.gold.Speaker == "" {
				if name == "" {
					c.attrOK++
				}
			} else {
				c.spkGold++
				var ok bool
				if G.gold.SpeakerStart != nil {
					ok = sp != nil && sp.Mention.Start < *G.gold.SpeakerEnd && *G.gold.SpeakerStart < sp.Mention.End
					if !ok {
						gt, pt := tokset(*G.gold.Speaker), tokset(name)
						for t := range gt {
							if pt[t] {
								ok = true
							}
						}
					}
				} else {
					ok = slices.Equal(normName(*G.gold.Speaker), normName(name))
					c.roleGold++
					role := ""
					if sp != nil {
						role = string(sp.Role)
					}
					if roleOK(str(G.gold.Role), role) {
						c.roleOK++
					}
				}
				if ok {
					c.spkOK++
					c.attrOK++
				} else if len(rep.Errors) < maxErrors {
					rep.Errors = append(rep.Errors, Error{Kind: "speaker", ArticleID: g.ID, Gold: *G.gold.Speaker, Pred: name, Text: clip(text, G.start, G.end)})
				}
			}
			if G.gold.CueStart != nil && P.pred.Cue != nil {
				c.cueGold++
				if P.pred.Cue.Start < *G.gold.CueEnd && *G.gold.CueStart < P.pred.Cue.End {
					c.cueOK++
				}
			}
		}
		for i, s := range gs {
			if _, ok := gm[i]; keep[i] && !ok && len(rep.Errors) < maxErrors {
				rep.Errors = append(rep.Errors, Error{Kind: "missed", ArticleID: g.ID, Gold: str(s.gold.Speaker), Cue: str(s.gold.Cue), Text: clip(text, s.start, s.end)})
			}
		}
		for j, s := range ps {
			if _, ok := pm[j]; !ignore[j] && !ok && len(rep.Errors) < maxErrors {
				name := ""
				if s.pred.Speaker != nil {
					name = string(s.pred.Speaker.Name)
				}
				rep.Errors = append(rep.Errors, Error{Kind: "spurious", ArticleID: g.ID, Pred: name, Text: clip(text, s.start, s.end)})
			}
		}
	}
	rep.Gold, rep.Pred = c.gold, c.pred
	rep.OverlapP, rep.OverlapR, rep.OverlapF1 = prf(c.match, c.pred, c.gold)
	_, _, rep.ExactF1 = prf(c.exact, c.pred, c.gold)
	_, _, rep.AttributionF1 = prf(c.attrOK, c.pred, c.gold)
	rep.SpeakerAcc = ratio(c.spkOK, c.spkGold)
	rep.CueAcc = ratio(c.cueOK, c.cueGold)
	rep.RoleAcc = ratio(c.roleOK, c.roleGold)
	return rep
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
