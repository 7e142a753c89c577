package extractor

// lexFlag is a bit set of the lexicons a word belongs to. Each token's
// flags are looked up once, when it is made, so that the rules test
// membership with a bit operation instead of a map lookup per lexicon.
type lexFlag uint64

// One flag per lexicon of lexicon.go.
const (
	lexRoleHeads lexFlag = 1 << iota
	lexRoleModifiers
	lexOrgHeads
	lexKnownOrgs
	lexGroupNouns
	lexGenericOrgNouns
	lexDeterminers
	lexHonorifics
	lexStopCaps
	lexNameParticles
	lexNameSuffixes
	lexVerbModifiers
	lexSubjectPronouns
	lexPersonPronouns
	lexModifierPreps
	lexTimeWords
	lexClauseOpeners
	lexTellVerbs
	lexLabelVerbs
	lexRelationWords
	lexPlaces
	lexDocumentNouns
	lexPersonNouns
	lexPossessiveDeterminers
	lexPrepositions
	lexTrailers
	lexConjunctions
	lexParticleVerbs
	lexNoSplitAfter
	lexDistinguishing
)

// lexicon maps a lower-cased word to the lexicons it belongs to.
var lexicon = func() map[string]lexFlag {
	m := map[string]lexFlag{}
	for _, l := range []struct {
		flag lexFlag
		set  map[string]struct{}
	}{
		{lexRoleHeads, roleHeads},
		{lexRoleModifiers, roleModifiers},
		{lexOrgHeads, orgHeads},
		{lexKnownOrgs, knownOrgs},
		{lexGroupNouns, groupNouns},
		{lexGenericOrgNouns, genericOrgNouns},
		{lexDeterminers, determiners},
		{lexHonorifics, honorifics},
		{lexStopCaps, stopCaps},
		{lexNameParticles, nameParticles},
		{lexNameSuffixes, nameSuffixes},
		{lexVerbModifiers, verbModifiers},
		{lexSubjectPronouns, subjectPronouns},
		{lexPersonPronouns, personPronouns},
		{lexModifierPreps, modifierPreps},
		{lexTimeWords, timeWords},
		{lexClauseOpeners, clauseOpeners},
		{lexTellVerbs, tellVerbs},
		{lexLabelVerbs, labelVerbs},
		{lexRelationWords, relationWords},
		{lexPlaces, places},
		{lexDocumentNouns, documentNouns},
		{lexPersonNouns, personNouns},
		{lexPossessiveDeterminers, possessiveDeterminers},
		{lexPrepositions, prepositions},
		{lexTrailers, trailers},
		{lexConjunctions, conjunctions},
		{lexParticleVerbs, particleVerbs},
		{lexNoSplitAfter, noSplitAfter},
		{lexDistinguishing, distinguishing},
	} {
		for w := range l.set {
			m[w] |= l.flag
		}
	}
	return m
}()

// in reports whether the token's lower-cased text is in any of the
// lexicons f names.
func (t token) in(f lexFlag) bool { return t.lex&f != 0 }
