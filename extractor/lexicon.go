package extractor

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"unicode/utf8"
)

// The extractor's knowledge of English news prose is data: the plain-text
// word lists in lexicon/, one entry per line, each with a header saying what
// it is for and where it comes from. They are embedded in the binary and
// loaded once, when an Extractor is built, into bit flags: every token then
// carries the flags of the lists its word belongs to, so a rule tests
// membership with one AND instead of a map lookup per list.
//
//go:embed lexicon/*.txt
var lexiconFS embed.FS

// lexFlag is a bit set of the open-class word lists a word belongs to.
type lexFlag uint64

// One flag per word list; lexiconLists names each one's file.
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
	lexCueSpeech
	lexCueBelief
	lexAbbreviations
	lexJurisdictions
	lexObjectPronouns
	lexClauseBreakers
	lexNotAClause
	lexTitleFunctionWords
	lexOrgHeadsFinalOnly
	lexOrgHeadsQualified
	lexOrgHeadQualifiers
	lexCueQuote
	lexCuePhraseVerb // the verb of a two-word cue (lexicon/cue-phrases)
	lexQuantities
	lexCueObjectVerbs
	lexCueInfinitiveVerbs
	lexNameTitles
	lexRoleVerbs
	lexAppointmentVerbs
	lexCueNouns
	lexCueQuestion
	lexAnonymityWords
	lexOtherOfficeWords
	lexMediaNouns
	lexCueToObjectVerbs
	lexHeadlineLabels
	lexAuxiliaries
	lexStanceVerbs
	lexStanceWords
	lexPostNominals
	lexOffices
	lexBodyNouns
	lexAudienceWords

	lexFlagsEnd // no list: one past the last flag, so a test can tell a flag without a list
)

// lexCue is any attribution verb.
const lexCue = lexCueSpeech | lexCueBelief | lexCueQuote

// lexCueSaying is a verb that attributes words said: a speech or a quote cue.
const lexCueSaying = lexCueSpeech | lexCueQuote

// fnFlag is a bit set of the grammatical roles a closed-class word can
// play (lexicon/function-words.txt): rules test "a link word", "the
// complementizer", never a spelling.
type fnFlag uint64

const (
	fnLink                fnFlag = 1 << iota // joins the parts of a role or an organisation's name: "Secretary of State"
	fnAnd                                    // coordinates two verbs or names
	fnCoordinator                            // opens a coordinated clause: ", and …", ", but …"
	fnRelative                               // relative pronoun: "X, who …"
	fnComplementizer                         // opens a reported clause: "said that …"
	fnIndefinite                             // opens an indefinite noun phrase: an unnamed source
	fnIndefiniteArticle                      // a / an
	fnDefinite                               // the
	fnHearer                                 // an object pronoun a tell verb takes: "told reporters"
	fnSourceLink                             // "according to figures from X"
	fnRoleLink                               // "a spokesman for the ministry"
	fnCueParticle                            // "called for", "pressed on"
	fnTitlePreposition                       // a quoted title after it: "on 'Face the Nation'"
	fnClosingPhraseNoun                      // "… in a statement." closing a reported clause
	fnTo                                     // infinitive or "according to"
	fnAccording                              // "according to X"
	fnPassiveBy                              // "was called by": no attribution
	fnIn                                     // "in a statement"
	fnOf                                     // "the city of Phoenix"
	fnWho                                    // the relative pronoun of a person
	fnIt                                     // the pronoun of a thing or an organisation
	fnAside                                  // opens an aside between commas: "Critics, including …, said"
	fnGerundPreposition                      // takes a participle cue whose subject is the clause's: "by saying", "while adding"
	fnExistential                            // "there is": opens a clause of its own
	fnSubordinator                           // opens a subordinate clause: "when asked", "as reported by"
	fnBe                                     // a form of "be": "was asked" is a passive
	fnApproximator                           // qualifies a quantity: "about three in 10", "more than half"
	fnNegation                               // "not", "never": "asked not to be named"
	fnFormer                                 // opens a past role: "former TV host"
	fnFrontedSubordinator                    // opens a subordinate clause before the main one: "While Cole said …, her party …"
	fnQuestionTopic                          // names what a question put is about: "asked about the plan", "pressed on the cost"
	fnOccasion                               // says where or when something was said: "asked about the levy during the hearing", "at a rally"
	fnTimeModifier                           // picks out a time after a determiner: "the other day", "the following week"
	fnAnswer                                 // a one-word answer a speech verb reports: "said yes", "said so"
	fnSentenceConnective                     // links a sentence to the one before, set off by a comma: "However, …"
	fnFreeRelative                           // opens a clause that concedes: "whatever the board says, …"
	fnQuotedAs                               // "as" before a participle cue: "was quoted as saying", "quoted her as saying"
	fnInvertingAuxiliary                     // opens a condition with its subject after it: "had the council acted", "should the vote fail"
)

// nameFlag is a bit set of the name hints a word gives (lexicon's names
// lists), used on the words of a name, not on tokens.
type nameFlag uint8

const (
	nameFemale      nameFlag = 1 << iota // a female first name
	nameMale                             // a male first name
	nameFemaleWord                       // an honorific or noun that makes a person female: "Mrs", "actress"
	nameMaleWord                         // an honorific or noun that makes a person male: "Sir", "actor"
	nameNotMaleWord                      // ends in "man" without naming a man: "human"
	nameUnisex                           // a first name given to both sexes: "Sam", "Robin"
	nameMonth                            // a month, which may be a first name or a surname: "June", "May"
)

// lexiconLists maps each word-list file to its flag.
var lexiconLists = []struct {
	file string
	flag lexFlag
}{
	{"role-heads", lexRoleHeads},
	{"role-modifiers", lexRoleModifiers},
	{"org-heads", lexOrgHeads},
	{"known-orgs", lexKnownOrgs},
	{"group-nouns", lexGroupNouns},
	{"generic-org-nouns", lexGenericOrgNouns},
	{"determiners", lexDeterminers},
	{"honorifics", lexHonorifics},
	{"stop-caps", lexStopCaps},
	{"name-particles", lexNameParticles},
	{"name-suffixes", lexNameSuffixes},
	{"verb-modifiers", lexVerbModifiers},
	{"subject-pronouns", lexSubjectPronouns},
	{"person-pronouns", lexPersonPronouns},
	{"modifier-prepositions", lexModifierPreps},
	{"time-words", lexTimeWords},
	{"clause-openers", lexClauseOpeners},
	{"tell-verbs", lexTellVerbs},
	{"label-verbs", lexLabelVerbs},
	{"relation-words", lexRelationWords},
	{"places", lexPlaces},
	{"document-nouns", lexDocumentNouns},
	{"person-nouns", lexPersonNouns},
	{"possessive-determiners", lexPossessiveDeterminers},
	{"prepositions", lexPrepositions},
	{"trailers", lexTrailers},
	{"conjunctions", lexConjunctions},
	{"particle-verbs", lexParticleVerbs},
	{"no-split-after", lexNoSplitAfter},
	{"distinguishing-words", lexDistinguishing},
	{"cue-speech", lexCueSpeech},
	{"cue-belief", lexCueBelief},
	{"abbreviations", lexAbbreviations},
	{"jurisdictions", lexJurisdictions},
	{"object-pronouns", lexObjectPronouns},
	{"clause-breakers", lexClauseBreakers},
	{"not-a-clause", lexNotAClause},
	{"title-function-words", lexTitleFunctionWords},
	{"org-heads-final-only", lexOrgHeadsFinalOnly},
	{"org-heads-qualified", lexOrgHeadsQualified},
	{"org-head-qualifiers", lexOrgHeadQualifiers},
	{"cue-quote", lexCueQuote},
	{"quantities", lexQuantities},
	{"cue-object-verbs", lexCueObjectVerbs},
	{"cue-infinitive-verbs", lexCueInfinitiveVerbs},
	{"name-titles", lexNameTitles},
	{"role-verbs", lexRoleVerbs},
	{"appointment-verbs", lexAppointmentVerbs},
	{"cue-nouns", lexCueNouns},
	{"cue-question", lexCueQuestion},
	{"anonymity-words", lexAnonymityWords},
	{"other-office-words", lexOtherOfficeWords},
	{"media-nouns", lexMediaNouns},
	{"cue-to-object-verbs", lexCueToObjectVerbs},
	{"headline-labels", lexHeadlineLabels},
	{"auxiliaries", lexAuxiliaries},
	{"stance-verbs", lexStanceVerbs},
	{"stance-words", lexStanceWords},
	{"post-nominals", lexPostNominals},
	{"offices", lexOffices},
	{"body-nouns", lexBodyNouns},
	{"audience-words", lexAudienceWords},
}

// functionRoles maps the role column of lexicon/function-words.txt to its flag.
var functionRoles = map[string]fnFlag{
	"link": fnLink, "and": fnAnd, "coordinator": fnCoordinator, "relative": fnRelative,
	"complementizer": fnComplementizer, "indefinite": fnIndefinite, "indefinite-article": fnIndefiniteArticle,
	"definite": fnDefinite, "hearer": fnHearer, "source-link": fnSourceLink, "role-link": fnRoleLink,
	"cue-particle": fnCueParticle, "title-preposition": fnTitlePreposition, "closing-phrase-noun": fnClosingPhraseNoun,
	"to": fnTo, "according": fnAccording, "passive-by": fnPassiveBy, "in": fnIn, "of": fnOf, "who": fnWho, "it": fnIt, "aside": fnAside,
	"gerund-preposition": fnGerundPreposition, "existential": fnExistential,
	"subordinator": fnSubordinator, "be": fnBe, "approximator": fnApproximator, "negation": fnNegation, "former": fnFormer,
	"fronted-subordinator": fnFrontedSubordinator, "question-topic": fnQuestionTopic, "occasion": fnOccasion,
	"time-modifier": fnTimeModifier, "answer": fnAnswer, "sentence-connective": fnSentenceConnective,
	"free-relative": fnFreeRelative, "quoted-as": fnQuotedAs, "inverting-auxiliary": fnInvertingAuxiliary,
}

// nameLists maps each name-hint file to its flag.
var nameLists = []struct {
	file string
	flag nameFlag
}{
	{"female-names", nameFemale},
	{"male-names", nameMale},
	{"female-words", nameFemaleWord},
	{"male-words", nameMaleWord},
	{"not-male-words", nameNotMaleWord},
	{"unisex-names", nameUnisex},
	{"months", nameMonth},
}

// Files of lexicon/ that are not one-word lists.
const (
	functionWordsFile = "function-words"
	titleAbbrevsFile  = "title-abbreviations"
	// titleSynonymsFile: a title and another word for whoever holds it ("pope pontiff").
	titleSynonymsFile = "title-synonyms"
	// nationWordsFile: a country's or its people's name and the country ("japanese japan").
	nationWordsFile = "nation-words"
	cuePhrasesFile  = "cue-phrases"
	// connectivePhrasesFile: two-word sentence connectives ("in fact").
	connectivePhrasesFile = "connective-phrases"
	// adverbialPhrasesFile: a preposition and a bare noun that make an
	// adverb ("on board", "at times").
	adverbialPhrasesFile = "adverbial-phrases"
)

// cuePhraseClasses maps the class column of lexicon/cue-phrases.txt to its cue class.
var cuePhraseClasses = map[string]cueClass{"speech": cueSpeech, "quote": cueQuote}

// lexicon is the loaded word lists. It is read-only once built, so one is
// shared by every goroutine of an Extractor.
type lexicon struct {
	words map[string]wordInfo
	// single is words for the one-byte ASCII words, filled from it once
	// loaded: a punctuation mark, "a", "i", a quarter of an article's
	// tokens, is looked up without hashing.
	single       [utf8.RuneSelf]wordInfo
	titleAbbrevs map[string]string // "sen." -> "Senator"
	// titleSynonyms: "pope" -> ["pontiff"] (lexicon/title-synonyms).
	titleSynonyms map[string][]string
	// nationOf: "japanese" -> "japan" (lexicon/nation-words).
	nationOf   map[string]string
	cuePhrases map[[2]string]cueClass // {"pointed", "out"} -> speech
	// connectivePhrases: {"in", "fact"} in "In fact, …" (lexicon/connective-phrases).
	connectivePhrases map[[2]string]bool
	// adverbialPhrases: {"on", "board"} in "those on board EgyptAir said"
	// (lexicon/adverbial-phrases).
	adverbialPhrases map[[2]string]bool
	// premodifierRoles: "great" in "Tennis great Ann Cole" (lexicon/premodifier-roles).
	premodifierRoles map[string]bool
	// hearingVerbs: "listened" in "listened to voters saying" (lexicon/hearing-verbs).
	hearingVerbs map[string]bool
	// hearingBodies: "inquest" in "An inquest heard that …" (lexicon/hearing-bodies).
	hearingBodies map[string]bool
	// cabinetSecretaries: "education" in "Education Secretary" (lexicon/cabinet-secretaries).
	cabinetSecretaries map[string]bool
	// makerParticiples: "released" in "a poll released by the institute" (lexicon/maker-participles).
	makerParticiples map[string]bool
	// playerNouns: "international" in "the England international" (lexicon/player-nouns).
	playerNouns map[string]bool
	// ordinals: "first" in "First Bus" (lexicon/ordinals).
	ordinals map[string]bool
	// ordinalThings: "amendment" in "First Amendment" (lexicon/ordinal-things).
	ordinalThings map[string]bool
	// contestVerbs: "beat" in "Tom Hale beat Ali Reza" (lexicon/contest-verbs).
	contestVerbs map[string]bool
	// playingPositions: "goalkeeper" (lexicon/playing-positions).
	playingPositions map[string]bool
	// teamStaff: "coach" (lexicon/team-staff).
	teamStaff map[string]bool
	// quotingVerbs: "quoted" in "The Courier quoted her as saying" (lexicon/quoting-verbs).
	quotingVerbs map[string]bool
	// bylineRoles: "correspondent" in "Ken Ashby, Political correspondent" (lexicon/byline-roles).
	bylineRoles map[string]bool
	// messageNouns: "verdict" in "Her verdict was blunt: "…"" (lexicon/message-nouns).
	messageNouns map[string]bool
	// sendingVerbs: "sent" in "sent a letter saying" (lexicon/sending-verbs).
	sendingVerbs map[string]bool
	// positionNouns: "title" in "keeps the title campaign manager" (lexicon/position-nouns).
	positionNouns map[string]bool
	// verbParticles: "off" in "for sending off defender Sol Ward" (lexicon/verb-particles).
	verbParticles map[string]bool
	// relationHeads: "ally" in "an ally of Tom Hale said" (lexicon/relation-heads).
	relationHeads map[string]bool
	// makerRoles: "singer" in "the singer of Harbour Lights" (lexicon/maker-roles).
	makerRoles map[string]bool
	// rankAbbrevs: "col." in "Army spokesman Col. Dana Reyes" (lexicon/rank-abbreviations).
	rankAbbrevs map[string]bool
	// durationNouns: "decades" in "Her husband of three decades said" (lexicon/duration-nouns).
	durationNouns map[string]bool
	// officeTitleWords: "crown" in "Crown Prince Khalid" (lexicon/office-title-words).
	officeTitleWords map[string]bool
	// tradeNames: "Water" in "Harlow Water said" (lexicon/trade-names).
	tradeNames map[string]bool
	// auxiliaryNames: "will" in "Will Carter said" (lexicon/auxiliary-names).
	auxiliaryNames map[string]bool
	// irregularPast: "won" in "Cole, who said …, won the case" (lexicon/irregular-past).
	irregularPast map[string]bool
	// irregularParticiples: "clad" in "Reilly, clad in red, said" (lexicon/irregular-participles).
	irregularParticiples map[string]bool
	// readinessWords: "quick" in "was quick to add that" (lexicon/readiness-words).
	readinessWords map[string]bool
	// reportConnectives: "because" in "…, he said, because …" (lexicon/report-connectives).
	reportConnectives map[string]bool
	// speechMeans: "telephone" in "said by telephone" (lexicon/speech-means).
	speechMeans map[string]bool
	// speechSettings: "statement" in "said in a statement it would
	// appeal" (lexicon/speech-settings).
	speechSettings map[string]bool
	// cities: "London" in "Tom Reilly of Barclays, London" (lexicon/cities).
	cities map[string]bool
	// firmKindNouns: "group" in "the Harlow group went into administration"
	// (lexicon/firm-kind-nouns).
	firmKindNouns map[string]bool
	// firmNameEnds: "Pharmaceuticals" in "Halvorsen Pharmaceuticals …
	// Halvorsen said" (lexicon/firm-name-ends).
	firmNameEnds map[string]bool
	// modifiedOrgNouns: "arm" in "the league's lobbying arm", "body" in "a
	// trade body" (lexicon/modified-org-nouns).
	modifiedOrgNouns map[string]bool
	// calledOrgNouns: "program" in "a program called Safe Streets Pledge"
	// (lexicon/called-org-nouns).
	calledOrgNouns map[string]bool
	// toldThings: "story" in "told a rather odd story", what is told
	// and not whom (lexicon/told-things).
	toldThings map[string]bool
	// pollRespondents: "voters" in "Some of the voters said", a share
	// of those a poll asked, which is no role (lexicon/poll-respondents).
	pollRespondents map[string]bool
	// indefinitePronouns: "everyone" in "Everyone knows …", no name
	// (lexicon/indefinite-pronouns).
	indefinitePronouns map[string]bool
	// departmentWords: "work" in "Work and Pensions Secretary Liz Kendrew",
	// the field of a department whose title "and" joins
	// (lexicon/department-words).
	departmentWords map[string]bool
	// publicBodyNouns: "ministry" in "The ministry said", which is no
	// firm's (lexicon/public-body-nouns).
	publicBodyNouns map[string]bool
	// groundsParticiples: "citing" in "…, citing falling demand"
	// (lexicon/grounds-participles).
	groundsParticiples map[string]bool
	// citingVerbs: "citing" in "…, citing falling rents", whose bare
	// noun object is the attributed matter (lexicon/citing-verbs).
	citingVerbs map[string]bool
	// workNouns: "documentary" in "the documentary "Weiner."": a
	// quotation after it is a title (lexicon/work-nouns).
	workNouns map[string]bool
	// assentVerbs: "agreed" in ""We will grow." Analysts agreed.": no
	// attribution of the sentence quoted before (lexicon/assent-verbs).
	assentVerbs map[string]bool
	// informantNouns: "source" in "A source who was at the meeting said
	// …", someone the story leaves unnamed (lexicon/informant-nouns).
	informantNouns map[string]bool
	// camelNamePrefixes: "mc" in "McCain said", whose capital inside is a
	// name's (lexicon/camel-name-prefixes).
	camelNamePrefixes map[string]bool
}

// wordInfo is what the lexicon knows of one lower-cased word.
type wordInfo struct {
	lex  lexFlag
	fn   fnFlag
	name nameFlag
}

// loadLexicon reads every list of fsys (the lexicon/ folder's layout) into
// one lexicon. It fails on a missing file, an entry with spaces, or a
// function-word role it does not know.
func loadLexicon(fsys fs.FS) (*lexicon, error) {
	l := &lexicon{words: map[string]wordInfo{}, titleAbbrevs: map[string]string{}, cuePhrases: map[[2]string]cueClass{}, connectivePhrases: map[[2]string]bool{}, adverbialPhrases: map[[2]string]bool{}}
	for _, ls := range lexiconLists {
		err := readLexiconFile(fsys, ls.file, 1, func(f []string) error {
			w := l.words[f[0]]
			w.lex |= ls.flag
			l.words[f[0]] = w
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for _, ls := range nameLists {
		err := readLexiconFile(fsys, ls.file, 1, func(f []string) error {
			w := l.words[f[0]]
			w.name |= ls.flag
			l.words[f[0]] = w
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	err := readLexiconFile(fsys, functionWordsFile, 2, func(f []string) error {
		role, ok := functionRoles[f[0]]
		if !ok {
			return fmt.Errorf("unknown role %q", f[0])
		}
		w := l.words[f[1]]
		w.fn |= role
		l.words[f[1]] = w
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readLexiconFile(fsys, titleAbbrevsFile, 2, func(f []string) error {
		l.titleAbbrevs[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	l.nationOf = map[string]string{}
	err = readLexiconFile(fsys, nationWordsFile, 2, func(f []string) error {
		l.nationOf[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	l.titleSynonyms = map[string][]string{}
	err = readLexiconFile(fsys, titleSynonymsFile, 2, func(f []string) error {
		l.titleSynonyms[f[0]] = append(l.titleSynonyms[f[0]], f[1])
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, set := range l.wordSets() {
		*set.m = map[string]bool{}
		err = readLexiconFile(fsys, set.file, 1, func(f []string) error {
			(*set.m)[f[0]] = true
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	err = readLexiconFile(fsys, cuePhrasesFile, 3, func(f []string) error {
		class, ok := cuePhraseClasses[f[0]]
		if !ok {
			return fmt.Errorf("unknown cue class %q", f[0])
		}
		l.cuePhrases[[2]string{f[1], f[2]}] = class
		w := l.words[f[1]]
		w.lex |= lexCuePhraseVerb
		l.words[f[1]] = w
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readLexiconFile(fsys, connectivePhrasesFile, 2, func(f []string) error {
		l.connectivePhrases[[2]string{f[0], f[1]}] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readLexiconFile(fsys, adverbialPhrasesFile, 2, func(f []string) error {
		l.adverbialPhrases[[2]string{f[0], f[1]}] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	for c := range utf8.RuneSelf { // (after every list that fills words)
		l.single[c] = l.words[string(rune(c))]
	}
	return l, nil
}

// wordSet is a one-word list of lexicon/ kept as a set of its own, because
// the 64 lexFlag bits are all taken, and the field of the lexicon it fills.
type wordSet struct {
	file string
	m    *map[string]bool
}

// wordSets lists the word sets of l, for loadLexicon and lexiconFiles.
func (l *lexicon) wordSets() []wordSet {
	return []wordSet{
		{"premodifier-roles", &l.premodifierRoles},
		{"hearing-verbs", &l.hearingVerbs},
		{"hearing-bodies", &l.hearingBodies},
		{"cabinet-secretaries", &l.cabinetSecretaries},
		{"maker-participles", &l.makerParticiples},
		{"player-nouns", &l.playerNouns},
		{"ordinals", &l.ordinals},
		{"ordinal-things", &l.ordinalThings},
		{"contest-verbs", &l.contestVerbs},
		{"playing-positions", &l.playingPositions},
		{"team-staff", &l.teamStaff},
		{"quoting-verbs", &l.quotingVerbs},
		{"byline-roles", &l.bylineRoles},
		{"message-nouns", &l.messageNouns},
		{"sending-verbs", &l.sendingVerbs},
		{"position-nouns", &l.positionNouns},
		{"relation-heads", &l.relationHeads},
		{"verb-particles", &l.verbParticles},
		{"maker-roles", &l.makerRoles},
		{"rank-abbreviations", &l.rankAbbrevs},
		{"duration-nouns", &l.durationNouns},
		{"office-title-words", &l.officeTitleWords},
		{"trade-names", &l.tradeNames},
		{"auxiliary-names", &l.auxiliaryNames},
		{"irregular-past", &l.irregularPast},
		{"irregular-participles", &l.irregularParticiples},
		{"readiness-words", &l.readinessWords},
		{"report-connectives", &l.reportConnectives},
		{"speech-means", &l.speechMeans},
		{"speech-settings", &l.speechSettings},
		{"cities", &l.cities},
		{"firm-kind-nouns", &l.firmKindNouns},
		{"firm-name-ends", &l.firmNameEnds},
		{"modified-org-nouns", &l.modifiedOrgNouns},
		{"called-org-nouns", &l.calledOrgNouns},
		{"told-things", &l.toldThings},
		{"poll-respondents", &l.pollRespondents},
		{"indefinite-pronouns", &l.indefinitePronouns},
		{"department-words", &l.departmentWords},
		{"public-body-nouns", &l.publicBodyNouns},
		{"grounds-participles", &l.groundsParticiples},
		{"citing-verbs", &l.citingVerbs},
		{"work-nouns", &l.workNouns},
		{"assent-verbs", &l.assentVerbs},
		{"informant-nouns", &l.informantNouns},
		{"camel-name-prefixes", &l.camelNamePrefixes},
	}
}

// readLexiconFile calls add with the fields of every entry of lexicon file
// name: lines that are not blank and not "#" comments, with exactly
// columns fields.
func readLexiconFile(fsys fs.FS, name string, columns int, add func([]string) error) error {
	p := path.Join("lexicon", name+".txt")
	f, err := fsys.Open(p)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) != columns {
			return fmt.Errorf("lexicon: %s:%d: want %d column(s), got %q", p, n, columns, line)
		}
		if err := add(fields); err != nil {
			return fmt.Errorf("lexicon: %s:%d: %w", p, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon: %s: %w", p, err)
	}
	return nil
}

// lexiconFiles lists the files of lexicon/, for the tests.
func lexiconFiles() []string {
	var out []string
	for _, l := range lexiconLists {
		out = append(out, l.file)
	}
	for _, l := range nameLists {
		out = append(out, l.file)
	}
	for _, set := range (&lexicon{}).wordSets() {
		out = append(out, set.file)
	}
	out = append(out, functionWordsFile, titleAbbrevsFile, titleSynonymsFile, nationWordsFile, cuePhrasesFile, connectivePhrasesFile, adverbialPhrasesFile)
	slices.Sort(out)
	return out
}

// of returns what the lexicon knows of the lower-cased word w.
func (l *lexicon) of(w string) wordInfo {
	if len(w) == 1 && w[0] < utf8.RuneSelf {
		return l.single[w[0]]
	}
	return l.words[w]
}

// month reports whether the lower-case word w is a month of lexicon/months.
func (l *lexicon) month(w string) bool { return l.words[w].name&nameMonth != 0 }

// firstName reports whether the lower-case word w is a first name of
// lexicon/female-names, male-names or unisex-names.
func (l *lexicon) firstName(w string) bool {
	return l.words[w].name&(nameMale|nameFemale|nameUnisex) != 0
}

// is reports whether the lower-cased word w is in any of the lists f names.
func (l *lexicon) is(w string, f lexFlag) bool { return l.words[w].lex&f != 0 }

// ofLower is of(strings.ToLower(w)) without allocating the lower-cased
// copy: names and their words are looked up this way thousands of times
// an article, and strings.ToLower allocates for every capitalised word.
// (Go looks a map up with string(bytes) without copying the bytes.)
func (l *lexicon) ofLower(w string) wordInfo {
	var buf [32]byte
	return l.words[string(appendLower(buf[:0], w))]
}

// appendLower appends strings.ToLower(w) to dst, without going through a
// new string when w is ASCII.
func appendLower(dst []byte, w string) []byte {
	n := len(dst)
	for i := 0; i < len(w); i++ { // (one pass: ASCII is the rule)
		c := w[i]
		if c >= utf8.RuneSelf {
			return append(dst[:n], strings.ToLower(w)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// appendFields appends the fields of s, as strings.Fields splits it, to
// dst: into a buffer on the caller's stack, for words read and dropped
// (strings.Fields allocates a slice at every call).
func appendFields(dst []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		dst = append(dst, w)
	}
	return dst
}

// in reports whether the token's lower-cased text is in any of the
// lexicons f names.
func (t *token) in(f lexFlag) bool { return t.lex&f != 0 }

// is reports whether the token can play any of the grammatical roles f names.
func (t *token) is(f fnFlag) bool { return t.fn&f != 0 }
