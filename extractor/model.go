package extractor

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// A Model scores the extractor's uncertain decisions, learned from
// annotated articles (`quotewire train`): whether a candidate attribution
// the rules proposed is one at all, and the confidence of each quote. The
// rules propose candidates and their features (09_features.go); the model
// decides among them. It is two logistic regressions over sparse features.
//
// A Model is read-only once made: one Model may serve any number of
// Extractors and goroutines.
type Model struct {
	file modelFile
	id   string
	// attribution holds, for each feature either regression weighs, its
	// accept and its confidence weight: an attribution feature is looked
	// up once for both sums (built from file, read-only like it).
	attribution map[string][2]float64
}

// newModel is the Model of file f, whose checksum is sum.
func newModel(f modelFile, sum string) *Model {
	m := &Model{file: f, id: sum[:12], attribution: make(map[string][2]float64, len(f.Accept.W)+len(f.Confidence.W))}
	for k, w := range f.Accept.W {
		m.attribution[k] = [2]float64{w, f.Confidence.W[k]}
	}
	for k, w := range f.Confidence.W {
		m.attribution[k] = [2]float64{f.Accept.W[k], w}
	}
	return m
}

// ModelFormat is the version of the model file format.
const ModelFormat = 1

// modelFile is a model as its file holds it.
type modelFile struct {
	Format int `json:"format"`
	// Schema is the feature set the weights are for (featureSchema).
	Schema int `json:"feature_schema"`
	// Extractor is the extractor version whose rules proposed the
	// candidates it was trained on: the rules and the model go together.
	Extractor string `json:"extractor"`
	// Provenance says what it was trained on, and how.
	Provenance string `json:"provenance"`
	// Threshold is the accept probability below which a candidate is dropped.
	Threshold float64 `json:"threshold"`
	// KeepRules are the rules the training data had too few candidates
	// of to judge: their candidates are kept whatever the accept model
	// says (on three examples it learns noise, not the rule).
	KeepRules  []string `json:"keep_rules,omitempty"`
	Accept     Weights  `json:"accept"`
	Confidence Weights  `json:"confidence"`
	// Speaker, when present, scores the candidate antecedents of a pronoun
	// speaker (09_speakers.go); the best one speaks.
	Speaker *Weights `json:"speaker,omitempty"`
	// Checksum is the SHA-256 of the file with this field empty: a
	// corrupt file is refused.
	Checksum string `json:"checksum"`
}

// Weights are the weights of one logistic regression: the probability of
// a decision is 1/(1+e^-(Bias + Σ W[f])) over the features f present.
type Weights struct {
	Bias float64            `json:"bias"`
	W    map[string]float64 `json:"weights"`
}

// ErrModel is wrapped by every error of a model file that cannot be used:
// corrupt, truncated, or made for another extractor version or feature set.
var ErrModel = errors.New("unusable model")

// NewModel makes a model from trained weights, for the extractor version of
// this package.
// speaker may be nil: the coreference rules then choose every speaker.
// keepRules are rules whose candidates are kept whatever accept says.
func NewModel(accept, confidence Weights, speaker *Weights, threshold float64, keepRules []string, provenance string) (*Model, error) {
	if threshold < 0 || threshold >= 1 {
		return nil, fmt.Errorf("%w: threshold %v outside [0, 1)", ErrModel, threshold)
	}
	if err := checkRuleNames(keepRules); err != nil {
		return nil, err
	}
	f := modelFile{Format: ModelFormat, Schema: featureSchema, Extractor: Version, Provenance: provenance,
		Threshold: threshold, KeepRules: keepRules, Accept: accept, Confidence: confidence, Speaker: speaker}
	sum, err := f.checksum()
	if err != nil {
		return nil, err
	}
	f.Checksum = sum
	return newModel(f, sum), nil
}

// ReadModel reads a model file, refusing one that is corrupt or made for
// another version of the extractor or its features.
func ReadModel(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading model: %w", err)
	}
	var f modelFile
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: not a quotewire model file: %v", ErrModel, err)
	}
	switch {
	case f.Format != ModelFormat:
		return nil, fmt.Errorf("%w: file format %d, this build reads %d", ErrModel, f.Format, ModelFormat)
	case f.Extractor != Version:
		return nil, fmt.Errorf("%w: trained for extractor %s, this is %s: retrain it (quotewire train)", ErrModel, f.Extractor, Version)
	case f.Schema != featureSchema:
		return nil, fmt.Errorf("%w: feature set %d, this build has %d: retrain it (quotewire train)", ErrModel, f.Schema, featureSchema)
	}
	want, err := f.checksum()
	if err != nil {
		return nil, err
	}
	if f.Checksum != want {
		return nil, fmt.Errorf("%w: checksum mismatch (the file is corrupt or was edited)", ErrModel)
	}
	if f.Threshold < 0 || f.Threshold >= 1 {
		return nil, fmt.Errorf("%w: threshold %v outside [0, 1)", ErrModel, f.Threshold)
	}
	if err := checkRuleNames(f.KeepRules); err != nil {
		return nil, err
	}
	return newModel(f, want), nil
}

// checkRuleNames refuses a name that is no rule of this extractor.
func checkRuleNames(names []string) error {
	known := RuleNames()
	for _, n := range names {
		if !slices.Contains(known, n) {
			return fmt.Errorf("%w: keep_rules names %q, which is no rule of this extractor", ErrModel, n)
		}
	}
	return nil
}

// checksum is the SHA-256 of the file's JSON with an empty checksum.
func (f modelFile) checksum() (string, error) {
	f.Checksum = ""
	b, err := json.Marshal(f)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrModel, err)
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:]), nil
}

// WriteTo writes the model file: indented JSON with sorted keys, so that
// the same model always gives the same bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	b, err := json.MarshalIndent(m.file, "", "  ")
	if err != nil {
		return 0, err
	}
	b = append(b, '\n')
	n, err := w.Write(b)
	return int64(n), err
}

// ID names the model in records: the start of its checksum.
func (m *Model) ID() string { return m.id }

// Provenance says what the model was trained on.
func (m *Model) Provenance() string { return m.file.Provenance }

// Threshold is the accept probability below which a candidate is dropped.
func (m *Model) Threshold() float64 { return m.file.Threshold }

// version is the extractor version a record made with m carries.
func (m *Model) version() string { return Version + "+model." + m.id }

// keeps reports whether candidates of rule r are kept whatever the accept
// model says.
func (m *Model) keeps(r rule) bool { return slices.Contains(m.file.KeepRules, r.String()) }

// KeepRules are the rules whose candidates are kept whatever the accept
// model says.
func (m *Model) KeepRules() []string { return slices.Clone(m.file.KeepRules) }

// scores are the probability that a candidate with attribution features
// af is an attribution, and the probability that its span and speaker are
// right, from af and then its confidence features cf. Each sum adds the
// weights in the order of Weights.prob over the same features as strings:
// the same float64 (a weight a regression lacks adds 0, as before).
func (m *Model) scores(af, cf featureList) (accept, confidence float64) {
	za, zc := m.file.Accept.Bias, m.file.Confidence.Bias
	start := 0
	for _, end := range af.ends {
		w := m.attribution[string(af.buf[start:end])]
		za += w[0]
		zc += w[1]
		start = end
	}
	return logistic(za), logistic(m.file.Confidence.sum(zc, cf))
}

// choosesSpeakers reports whether the model scores speaker candidates.
func (m *Model) choosesSpeakers() bool { return m.file.Speaker != nil }

// speakerProb is the probability that a candidate with these features is
// the speaker.
func (m *Model) speakerProb(fs []string) float64 { return m.file.Speaker.prob(fs) }

func (w Weights) prob(fs []string) float64 {
	z := w.Bias
	for _, f := range fs {
		z += w.W[f]
	}
	return logistic(z)
}

// sum adds to z the weights of the features of fs, in order (the order of
// prob's sum over the same features as strings: the same float64). Go
// looks the map up with string(bytes) without making the string.
func (w *Weights) sum(z float64, fs featureList) float64 {
	start := 0
	for _, end := range fs.ends {
		z += w.W[string(fs.buf[start:end])]
		start = end
	}
	return z
}

func logistic(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

//go:embed model/quotewire.model.json
var defaultModelFile []byte

// DefaultModel returns the model embedded in the binary (`make model`
// trains it from ../shared/eval; README, "Training").
func DefaultModel() (*Model, error) {
	m, err := ReadModel(bytes.NewReader(defaultModelFile))
	if err != nil {
		return nil, fmt.Errorf("embedded model: %w", err)
	}
	return m, nil
}
