package extractor

import "strings"

// The lexicons below are the extractor's knowledge of English news prose.
// They are package-level because they are constant tables, built once and
// only read: sharing them keeps the Extractor safe for concurrent use.

func set(words string) map[string]struct{} {
	m := make(map[string]struct{})
	for _, w := range strings.Fields(words) {
		m[w] = struct{}{}
	}
	return m
}

func has(m map[string]struct{}, w string) bool {
	_, ok := m[w]
	return ok
}

// cueClass ranks attribution verbs: speech verbs report what someone said or
// wrote; belief verbs report a stance, a finding or a wish (PolNeAR counts both).
type cueClass uint8

const (
	cueNone cueClass = iota
	cueSpeech
	cueBelief
)

// cueForms maps each inflected form of an attribution verb to its class.
// Participles ("saying", "adding") attach to the subject of the clause they
// follow.
var cueForms = func() map[string]cueClass {
	m := map[string]cueClass{}
	speech := `say:said:says:saying tell:told:tells:telling add:added:adds:adding note:noted:notes:noting
write:wrote:writes:writing:written ask:asked:asks:asking announce:announced:announces:announcing
report:reported:reports:reporting stated:stating explain:explained:explains:explaining
declare:declared:declares:declaring insist:insisted:insists:insisting argue:argued:argues:arguing
claim:claimed:claims:claiming warn:warned:warns:warning tweet:tweeted:tweets:tweeting
reply:replied:replies:replying respond:responded:responds:responding continue:continued:continues
recall:recalled:recalls:recalling acknowledge:acknowledged:acknowledges:acknowledging
admit:admitted:admits:admitting suggest:suggested:suggests:suggesting predict:predicted:predicts:predicting
promise:promised:promises:promising vow:vowed:vows:vowing urge:urged:urges:urging
confirm:confirmed:confirms:confirming deny:denied:denies:denying repeat:repeated:repeats:repeating
emphasize:emphasized:emphasizes:emphasizing emphasise:emphasised:emphasises:emphasising
stress:stressed:stresses:stressing testify:testified:testifies:testifying remark:remarked:remarks:remarking
post:posted:posts comment:commented:comments:commenting complain:complained:complains:complaining
contend:contended:contends:contending maintain:maintained:maintains:maintaining assert:asserted:asserts:asserting
observe:observed:observes:observing concede:conceded:concedes:conceding counter:countered:counters:countering
quip:quipped:quips joke:joked:jokes:joking boast:boasted:boasts:boasting reveal:revealed:reveals:revealing
disclose:disclosed:discloses:disclosing allege:alleged:alleges:alleging mention:mentioned:mentions:mentioning
indicate:indicated:indicates:indicating pledge:pledged:pledges:pledging threaten:threatened:threatens:threatening
caution:cautioned:cautions:cautioning conclude:concluded:concludes:concluding
shout:shouted:shouts:shouting yell:yelled:yells:yelling exclaim:exclaimed:exclaims
whisper:whispered:whispers:whispering scream:screamed:screams:screaming chant:chanted:chanting
agree:agreed:agrees:agreeing
insinuate:insinuated:insinuates:insinuating assure:assured:assures:assuring
charge:charged:charges:charging accuse:accused:accuses:accusing criticize:criticized:criticizes:criticizing
criticise:criticised:criticises:criticising attack:attacked:attacks:attacking blast:blasted:blasts:blasting
praise:praised:praises:praising call:called:calls:calling describe:described:describes:describing
dub:dubbed:dubs label:labeled:labelled:labels brand:branded:brands term:termed:terms
inform:informed:informs:informing advise:advised:advises:advising propose:proposed:proposes:proposing
demand:demanded:demands:demanding question:questioned:questions:questioning
announce:announced declare:declared read:reads say:say tell:tell write:write`
	belief := `believe:believed:believes:believing think:thought:thinks:thinking feel:felt:feels:feeling
know:knew:knows expect:expected:expects:expecting hope:hoped:hopes:hoping fear:feared:fears:fearing
worry:worried:worries:worrying want:wanted:wants:wanting show:showed:shown:shows:showing
find:found:finds:finding cite:cited:cites:citing doubt:doubted:doubts:doubting estimate:estimated:estimates:estimating
wonder:wondered:wonders:wondering consider:considered:considers:considering
see:sees insist:insisted suspect:suspected:suspects:suspecting assume:assumed:assumes:assuming
acknowledge:acknowledged plan:plans:planned suggest:suggested support:supports:supported
oppose:opposes:opposed demand:demands worried:worried understand:understood:understands
learn:learned:learnt:learns recognize:recognized:recognizes reckon:reckoned:reckons
seek:sought:seeks:seeking refuse:refused:refuses:refusing decline:declined:declines:declining
reject:rejected:rejects:rejecting push:pushed:pushes:pushing pledge:pledged hear:heard:hears`
	add := func(list string, c cueClass) {
		for _, grp := range strings.Fields(list) {
			for _, f := range strings.Split(grp, ":") {
				if f == "" {
					continue
				}
				if _, ok := m[f]; !ok {
					m[f] = c
				}
			}
		}
	}
	add(speech, cueSpeech)
	add(belief, cueBelief)
	return m
}()

// tellVerbs take the hearer as an object before the reported clause
// ("told reporters that ...").
var tellVerbs = set(`told tell tells telling asked ask asks asking assured assure assures informed inform informs
warned warn warns warning reminded remind reminds urged urges urging advised promised promises`)

// labelVerbs introduce a quoted label ("called it a 'disgrace'").
var labelVerbs = set(`called calling calls dubbed dubs labeled labelled labels branded brands termed terms described describes describing`)

// pronouns that can be the subject of an attribution.
var subjectPronouns = set(`he she they it we i you who`)

// personPronouns resolve to a person; "it" and "they" may be anything.
var personPronouns = set(`he she i we you who`)

// Adverbs and auxiliaries that can stand between a subject and its cue verb.
var verbModifiers = set(`also has have had was were is are be been would will could can should may might must
later previously recently repeatedly reportedly then again once further publicly privately earlier first
often frequently long just only even still already flatly simply quickly explicitly openly
never always usually since subsequently initially finally angrily proudly bluntly candidly
did does do not n't didn't doesn't don't hasn't haven't wasn't emphatically famously
clearly directly specifically separately jokingly sarcastically succinctly tersely calmly gleefully
loudly softly quietly repeatedly shortly immediately ultimately personally apparently allegedly
himself herself themselves itself`)

// roleHeads are nouns that name a title or function.
var roleHeads = set(`president spokesman spokeswoman spokesperson spokespeople minister secretary senator sen. governor gov.
representative rep. congressman congresswoman congressmember leader chairman chairwoman chair chairperson
director chief officer official executive ceo cfo coo founder cofounder co-founder head manager adviser advisor
ambassador envoy diplomat general gen. admiral commander colonel col. major maj. captain capt. lieutenant lt.
sergeant sgt. mayor premier chancellor king queen prince princess pope cardinal bishop archbishop rabbi imam pastor
reverend rev. judge justice attorney lawyer prosecutor counsel solicitor analyst economist strategist pollster
consultant operative aide staffer correspondent reporter editor columnist commentator host anchor journalist
writer author historian professor prof. researcher scientist expert fellow scholar dean principal teacher doctor surgeon
physician nurse candidate nominee challenger incumbent hopeful contender frontrunner front-runner runner-up
speaker whip delegate lawmaker legislator councilman councilwoman councillor councilor alderman commissioner
superintendent sheriff inspector detective trooper agent deputy vice-president vice-chairman chairman
treasurer auditor comptroller controller administrator coordinator organizer organiser activist advocate
campaigner volunteer surrogate owner investor entrepreneur
businessman businesswoman billionaire millionaire magnate mogul tycoon star actor actress singer rapper comedian
athlete coach player quarterback pitcher veteran soldier officer marshal warden chaplain dr. dr mr. mr mrs. mrs ms. ms
strategist fundraiser donor bundler negotiator mediator monitor observer investigator auditor regulator
counselor counsellor president-elect vice premier-elect mp mep peer lord baroness ceo chief-of-staff
manager campaign-manager director-general secretary-general attorney-general undersecretary
representative-elect designate nominee-designate head spokesperson commissioner principal founder
member members resident citizen voter student worker employee official officials economist demographer`)

// roleModifiers may stand in a role before its head ("former", "deputy").
var roleModifiers = set(`democrat libertarian green former current then-current then acting deputy senior junior chief top longtime long-time
veteran interim assistant associate executive vice general special principal lead leading presumptive
presidential vice-presidential gubernatorial congressional senatorial mayoral parliamentary legislative
ranking retired outgoing incoming new newly elected newly-elected first second third democratic republican
conservative liberal progressive independent national international foreign domestic federal state local
regional provincial municipal county city district assistant staff political chief-executive managing
majority minority founding co-founding prominent well-known noted respected influential famed renowned
party campaign press communications policy security defense defence foreign-policy economic financial
military intelligence health education energy justice interior finance trade labor labour treasury
agriculture transportation commerce homeland legal medical senior-most top-ranking high-ranking
highest-ranking longest-serving two-term one-term three-term freshman veteran rank-and-file
de-facto de facto self-described self-proclaimed self-styled so-called would-be potential likely possible
private public civil civilian naval air army marine police fire white black hispanic latino asian
nonpartisan non-partisan bipartisan pro-trump anti-trump pro-clinton anti-clinton gop dem`)

// orgHeads end the name of an organisation ("Defense Ministry", "Trump campaign").
var orgHeads = set(`ministry department agency office bureau administration campaign committee council commission
party government parliament congress senate house assembly court tribunal police army navy force forces
military service services union association federation foundation institute institution center centre university
college school hospital bank fund company corporation corp. corp inc. inc ltd. ltd llc group network station
newspaper magazine times post journal news tribune herald gazette telegraph guardian observer chronicle review
press wire reuters bloomberg cnn bbc nbc abc cbs msnbc fox pbs npr ap afp politico axios poll survey
commission board authority council secretariat cabinet kremlin pentagon white-house whitehouse embassy
consulate mission delegation organization organisation coalition alliance league caucus movement
team club church diocese tv television radio website blog daily weekly monthly times-picayune report
study analysis statement memo document documents records data figures filing filings lawsuit complaint
ruling letter paper research polls surveys census index`)

// knownOrgs are organisations that stand alone, without an org head.
var knownOrgs = set(`reuters bloomberg cnn bbc nbc abc cbs msnbc fox pbs npr ap afp politico axios kremlin pentagon
nato un eu fbi cia nsa irs epa fda cdc dhs doj gop dnc rnc aclu nra opec imf who wto hamas hezbollah taliban
breitbart politifact gallup pew rasmussen quinnipiac ipsos yougov marist monmouth google facebook twitter apple
microsoft amazon tass interfax ria xinhua kcna yonhap wikileaks moody's s&p`)

// groupNouns name a collective or unnamed plural source.
var groupNouns = set(`officials experts analysts critics residents voters lawmakers legislators protesters
activists investigators prosecutors authorities scientists researchers sources aides advisers advisors
people supporters opponents observers economists democrats republicans conservatives liberals progressives
americans leaders members witnesses diplomats insiders observers pundits strategists pollsters doctors
police officers soldiers troops workers employees students parents teachers residents citizens users
republicans democrats independents delegates donors respondents participants organizers organisers
spokesmen representatives executives administrators prosecutors defenders advocates groups agencies
others many some most few both all several none neighbours neighbors fans members staff staffers
candidates nominees senators congressmen governors mayors ministers judges lawyers attorneys
commentators journalists reporters editors historians scholars observers economists`)

// genericOrgNouns name an organisation or document by its kind ("the ministry").
var genericOrgNouns = set(`ministry department agency office bureau administration campaign committee council
commission party government court police army military company firm bank group report study poll survey
statement letter memo document documents analysis paper website newspaper magazine network organization
organisation union association coalition team website cabinet embassy kremlin regime data figures
filing lawsuit complaint ruling spokesman's research census polls surveys estimate estimates
release book article column editorial post tweet video ad advertisement message email e-mail`)

// determiners open a noun phrase.
var determiners = set(`the a an his her its their our my your this these those another one some`)

// honorifics come before a name but are not part of the canonical name.
var honorifics = set(`mr. mr mrs. mrs ms. ms miss dr. dr prof. prof sir dame lord lady rev. rev madam`)

// abbreviations keep their full stop in tokenization.
var abbreviations = func() map[string]struct{} {
	m := set(`mr mrs ms dr prof sen rep gov gen lt col sgt capt maj adm cmdr st jr sr rev hon pres
no vs etc inc ltd corp co dept univ jan feb mar apr aug sept sep oct nov dec ft mt
u.s u.k u.n e.u d.c a.m p.m i.e e.g r-texas d-calif`)
	return m
}()

// prepositions that can open a modifier phrase after a cue ("said on Tuesday").
var modifierPreps = set(`on in at during to after before following from via with while through over about
for last this earlier late yesterday today tonight monday tuesday wednesday thursday friday saturday sunday`)

// timeWords may follow a cue on their own ("said Tuesday").
var timeWords = set(`monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
recently earlier later afterward afterwards again also too then now once repeatedly last week month year
morning afternoon evening night weekend week`)

// clauseOpeners introduce the reported clause after a cue.
var clauseOpeners = set(`that whether if how why what when where who which`)

// stopCaps are capitalised words that are not names when they open a
// sentence or stand alone.
var stopCaps = set(`the a an and but or so yet for nor in on at to of by with from as if when while after
before since because although though however meanwhile still also then there here this that these those
it its he she they we i you his her their our my your who what where why how which
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december today yesterday tomorrow according asked last next
earlier later now one two three several some many most all both each every no not under over latest following`)

// nameParticles may stand inside a person's name in lower case.
var nameParticles = set(`de da del della di du van von der den la le al al- bin ibn y dos das ter`)

// relationWords describe a person by a relation, not a title: they end a
// name ("rival Hillary Clinton") but are not a role.
var relationWords = set(`rival ally critic opponent supporter partner friend wife husband son daughter mother father
brother sister colleague mentor protege protégé foe nemesis running-mate challenger`)

// places are capitalised words that name places, not people.
var places = set(`america american united states u.s. us usa uk britain england france germany russia china japan
india iran iraq syria israel ukraine korea mexico canada europe asia africa washington york new jersey california
texas florida ohio virginia georgia carolina michigan pennsylvania illinois arizona nevada iowa wisconsin minnesota
colorado chicago boston moscow kyiv kiev beijing london paris berlin seoul pyongyang tokyo brussels
north south east west city county state hampshire kremlin donbas vladivostok poland
american russian ukrainian korean chinese british french german israeli iranian syrian iraqi mexican canadian
european japanese indian polish italian spanish turkish saudi egyptian african asian latin palestinian afghan
african-american african-americans americans hispanic hispanics latino latinos latina`)

// nameSuffixes follow a name.
var nameSuffixes = set(`jr. jr sr. sr ii iii iv`)
