package extractor

// unseenCases are the sentences of TestUnseenForms, by cause. Every
// article here was written for these tests.
var unseenCases = []struct {
	name string
	text string
	want []expect
}{
	// 1. Quoted paragraphs run together, apostrophes, doubled marks.
	{"run-together quoted paragraphs", `Rail services resume.

Transport minister Ann Hale said: "The line will reopen in May. "Passengers have waited long enough." Ms Hale also said fares would be frozen.`,
		[]expect{
			{"The line will reopen in May.", TypeDirect, "Ann Hale", "Transport minister", KindPerson},
			{"Passengers have waited long enough.", TypeDirect, "Ann Hale", "Transport minister", KindPerson},
			{"fares would be frozen", TypeIndirect, "Ann Hale", "Transport minister", KindPerson},
		}},
	{"run-together paragraphs end a quote before the narration", `A long career ends.

"He has been a great colleague and we will miss him," said club chairman Tom Reilly. "Nobody did more for this town. "We wish him well." The club said a new manager would be named next week.`,
		[]expect{
			{"He has been a great colleague and we will miss him,", TypeDirect, "Tom Reilly", "club chairman", KindPerson},
			{"Nobody did more for this town.", TypeDirect, "Tom Reilly", "club chairman", KindPerson},
			{"We wish him well.", TypeDirect, "Tom Reilly", "club chairman", KindPerson},
			{"a new manager would be named next week", TypeIndirect, "", "", KindOrganization},
		}},
	{"an apostrophe after a digit opens no quote", `The season starts on Saturday.

Coach Maya Ross told BBC Radio 5's Sportsweek: "We are not finished yet."`,
		[]expect{{"We are not finished yet.", TypeDirect, "Maya Ross", "Coach", KindPerson}}},
	{"doubled apostrophes are double marks", `Talks stalled again.

''We will not back down,'' Mr. Ortiz said. Union leader Sam Ortiz spoke after the vote.`,
		[]expect{{"We will not back down,", TypeDirect, "Sam Ortiz", "Union leader", KindPerson}}},

	{"a quotation that opens on an ellipsis", `Voters weigh the race.

"People are on the fence," said Ann Cole. ". . . You will want a president who listens to you."`,
		[]expect{
			{"People are on the fence,", TypeDirect, "Ann Cole", "", KindPerson},
			{". . . You will want a president who listens to you.", TypeDirect, "Ann Cole", "", KindPerson},
		}},
	{"a quotation over three paragraphs keeps its middle one", `Council backs plan.

The council leader, Ann Hale, said: "We have listened to residents for a year.

"The plan is not perfect, but it is the best we have.

"We will start work in the spring."`,
		[]expect{
			{"We have listened to residents for a year.", TypeDirect, "Ann Hale", "council leader", KindPerson},
			{"The plan is not perfect, but it is the best we have.", TypeDirect, "Ann Hale", "council leader", KindPerson},
			{"We will start work in the spring.", TypeDirect, "Ann Hale", "council leader", KindPerson},
		}},

	// 2. Words between subject, cue and clause.
	{"a programme's title after its owner's possessive is the hearer", `Bill stalls.

Sen. Joan Hale told CNN's "State of the Union" that the bill was dead.`,
		[]expect{{"the bill was dead", TypeIndirect, "Joan Hale", "Sen.", KindPerson}}},
	{"a described person's age between commas", `Minister quits.

Former transport minister Ann Hale resigned on Monday. The former minister, 64, said she had no regrets.`,
		[]expect{{"she had no regrets", TypeIndirect, "Ann Hale", "Former transport minister", KindPerson}}},
	{"a quotation added to an audience is what was added", `The conference ended.

"We are not going anywhere," Tom Reilly added to a standing ovation.`,
		[]expect{{"We are not going anywhere,", TypeDirect, "Tom Reilly", "", KindPerson}}},
	{"a fronted participle says where the speaker spoke", `Police powers are to be widened.

Writing in the Sun, Home Secretary David Blunt said the police needed the new powers.

Responding to the criticism, Mr Blunt said: "These powers will be used sparingly."`,
		[]expect{
			{"the police needed the new powers", TypeIndirect, "David Blunt", "Home Secretary", KindPerson},
			{"These powers will be used sparingly.", TypeDirect, "David Blunt", "Home Secretary", KindPerson},
		}},
	{"a fronted participle of a cue is no name of the subject after it", `Bypass plan attacked.

Speaking to reporters on Monday, Jane Roe lashed out at the bypass, saying it would ruin the valley.

Thanking his staff, Tom Reilly praised the design, saying it was safe.`,
		[]expect{
			{"it would ruin the valley", TypeIndirect, "Jane Roe", "", KindPerson},
			{"it was safe", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a programme named by its owner is the hearer", `The referendum will go ahead.

Mr Straw told BBC Radio 4's Today programme: "The people will have their say."

Mrs Kelly told the BBC's Newsnight programme the schools would improve.

Mr Dale told GMTV's Sunday programme that the rail line would reopen.`,
		[]expect{
			{"The people will have their say.", TypeDirect, "Straw", "", KindPerson},
			{"the schools would improve", TypeIndirect, "Kelly", "", KindPerson},
			{"the rail line would reopen", TypeIndirect, "Dale", "", KindPerson},
		}},
	{"a plural noun of people after a tell verb is the hearer", `The bill cleared its second reading.

Lord Pryce told peers the measure was sensible. Ms Hale told supporters that the fight was not over.`,
		[]expect{
			{"the measure was sensible", TypeIndirect, "Lord Pryce", "", KindPerson},
			{"the fight was not over", TypeIndirect, "Hale", "", KindPerson},
		}},
	{"time phrase between subject and cue", `Spending rose.

The Audit Office on Monday said it was satisfied with the accounts.`,
		[]expect{{"it was satisfied with the accounts", TypeIndirect, "Audit Office", "", KindOrganization}}},
	{"time phrase between cue and clause", `A surprise at City Hall.

Mayor Ann Cole announced on Monday she was stepping down.`,
		[]expect{{"she was stepping down", TypeIndirect, "Ann Cole", "Mayor", KindPerson}}},
	{"agency attribution after the clause", `Jobs are at risk.

The mill will close, the AP reported Tuesday.`,
		[]expect{{"The mill will close", TypeIndirect, "AP", "", KindOrganization}}},
	{"relative clause between subject and cue", `Bills are going up.

The water board, which runs the reservoirs, claimed that prices would rise.`,
		[]expect{{"prices would rise", TypeIndirect, "", "", KindOrganization}}},
	{"long relative clause between subject and cue", `The road scheme is in doubt.

The official, who requested anonymity because he had not been cleared to discuss the review, said the plan had been shelved.`,
		[]expect{{"the plan had been shelved", TypeIndirect, "", "official", KindPerson}}},
	{"participle phrase between subject and cue", `Maria Lopes chairs the board.

Ms Lopes, speaking after the meeting, insisted that the budget was sound.`,
		[]expect{{"the budget was sound", TypeIndirect, "Maria Lopes", "", KindPerson}}},
	{"role before an inverted name with says", `Sleep matters.

"It is not hard," psychologist Ann Cole says.`,
		[]expect{{"It is not hard,", TypeDirect, "Ann Cole", "psychologist", KindPerson}}},
	{"a time phrase opening the reported clause", `Tom Reilly came home in June.

He said after ten years the town had changed.`,
		[]expect{{"after ten years the town had changed", TypeIndirect, "Tom Reilly", "", KindPerson}}},
	{"a group with a modifier", `The bypass was approved.

Local campaigners said the decision ignored the wetlands.`,
		[]expect{{"the decision ignored the wetlands", TypeIndirect, "", "Local campaigners", KindGroup}}},
	{"a group with an including phrase", `The plan was published on Friday.

Critics, including the residents' association, said the plan came too late.`,
		[]expect{{"the plan came too late", TypeIndirect, "", "Critics", KindGroup}}},
	{"an appositive role after the name", `The harbour froze.

Tom Reilly, a fisherman, said the ice had trapped his boat.`,
		[]expect{{"the ice had trapped his boat", TypeIndirect, "Tom Reilly", "fisherman", KindPerson}}},
	{"an aside set off by dashes", `The strike entered its second week.

Union leader Sam Ortiz - who has led the walkout since June - said the members would not return.`,
		[]expect{{"the members would not return", TypeIndirect, "Sam Ortiz", "Union leader", KindPerson}}},
	{"told a news conference with a colon", `Rates were held.

ECB President Maria Hoffmann told a news conference: "Inflation is falling."`,
		[]expect{{"Inflation is falling.", TypeDirect, "Maria Hoffmann", "ECB President", KindPerson}}},
	{"went on with a colon", `Grace Kim took questions.

"We started small," she said. She went on: "Now we employ two hundred people."`,
		[]expect{
			{"We started small,", TypeDirect, "Grace Kim", "", KindPerson},
			{"Now we employ two hundred people.", TypeDirect, "Grace Kim", "", KindPerson},
		}},
	{"retorted that", `The debate grew heated.

Senator Ruth Adler retorted that the figures were invented.`,
		[]expect{{"the figures were invented", TypeIndirect, "Ruth Adler", "Senator", KindPerson}}},
	{"pointed out that", `The report was late.

Auditor Lena Fischer pointed out that the deadline had moved twice.`,
		[]expect{{"the deadline had moved twice", TypeIndirect, "Lena Fischer", "Auditor", KindPerson}}},
	{"by saying", `The manager ended the meeting early.

Coach Maya Ross closed the session by saying the team needed rest.`,
		[]expect{{"the team needed rest", TypeIndirect, "Maya Ross", "Coach", KindPerson}}},
	{"adding that", `Sales fell in March.

Chief executive Omar Haddad blamed the weather, adding that April had been better.`,
		[]expect{{"April had been better", TypeIndirect, "Omar Haddad", "Chief executive", KindPerson}}},
	{"vowed to", `The bill reached the floor.

Senator Ruth Adler vowed to block the bill.`,
		[]expect{{"to block the bill", TypeIndirect, "Ruth Adler", "Senator", KindPerson}}},

	{"a quote cue after the quote", `The hearing ended in uproar.

"That is simply untrue," Senator Ruth Adler retorted. "Nobody has seen the figures," she went on.`,
		[]expect{
			{"That is simply untrue,", TypeDirect, "Ruth Adler", "Senator", KindPerson},
			{"Nobody has seen the figures,", TypeDirect, "Ruth Adler", "Senator", KindPerson},
		}},
	{"a quote cue with a bare object reports nothing", `The minister faced the committee.

Mr Haddad answered questions for an hour and echoed that promise on Tuesday.`, nil},
	{"a question then a new sentence that introduces the answer", `The interview was brief.

Tom Reilly smiled at a familiar line, "Will you stand again?" He answered, "I have unfinished business."`,
		[]expect{{"I have unfinished business.", TypeDirect, "Tom Reilly", "", KindPerson}}},
	{"a participle after a preposition with an object reports nothing", `The company was in trouble.

The board responded by declaring itself insolvent.`, nil},

	{"according to set off by commas mid-sentence", `Borrowing will climb.

By the 2040s, according to the fiscal office, the shortfall will grow with an older population.`,
		[]expect{
			{"By the 2040s", TypeIndirect, "", "", KindOrganization}, // the report's own time (L73)
			{"the shortfall will grow with an older population", TypeIndirect, "", "", KindOrganization},
		}},
	{"according to a post-modified source before a participle", `The strike is over.

The union has reached a four-year deal with the operator, according to officials at the Department of Labor, ending a six-week stoppage.`,
		[]expect{{"The union has reached a four-year deal with the operator", TypeIndirect, "", "officials at the Department of Labor", KindGroup}}},
	{"a lone connective is no first part of interrupted speech", `The vote is on Thursday.

But, Mr Haddad said, the bill would not pass.`,
		[]expect{{"the bill would not pass", TypeIndirect, "Haddad", "", KindPerson}}},

	{"a later part after a cue sentence with a nominal cue word", `The mayor spoke at the harbour.

"The port will stay open," Mayor Ann Cole said in her remarks to the council. "Nobody will lose a job."`,
		[]expect{
			{"The port will stay open,", TypeDirect, "Ann Cole", "Mayor", KindPerson},
			{"Nobody will lose a job.", TypeDirect, "Ann Cole", "Mayor", KindPerson},
		}},
	{"a later part after a subordinate cue", `Tom Reilly has coached the side for a decade.

"We are not done," Mr Reilly said when asked about retirement. "There is a cup to win."`,
		[]expect{
			{"We are not done,", TypeDirect, "Tom Reilly", "", KindPerson},
			{"There is a cup to win.", TypeDirect, "Tom Reilly", "", KindPerson},
		}},
	{"a later part after the speaker's own participle", `Grace Kim runs the bakery.

"Flour costs have doubled," Ms Kim said, adding that she had cut her own pay. "We have no choice."`,
		[]expect{
			{"Flour costs have doubled,", TypeDirect, "Grace Kim", "", KindPerson},
			{"she had cut her own pay", TypeIndirect, "Grace Kim", "", KindPerson},
			{"We have no choice.", TypeDirect, "Grace Kim", "", KindPerson},
		}},

	{"a share of a poll as the subject", `A poll of 900 voters was published on Sunday.

About three in 10 said the economy was their main worry. Some of the younger voters said they would stay home on polling day.`,
		[]expect{
			{"the economy was their main worry", TypeIndirect, "", "", KindGroup},
			{"they would stay home on polling day", TypeIndirect, "", "", KindGroup},
		}},
	{"a percentage as the subject", `The survey was taken in May.

Forty-six per cent said the council was doing a good job, while 12% said it was not.`,
		[]expect{
			{"the council was doing a good job", TypeIndirect, "", "", KindGroup},
			{"it was not", TypeIndirect, "", "", KindGroup},
		}},
	{"a quantity inside a phrase is no subject", `The count went on all night.

The result gives her a majority of the 20 seats, the returning officer said.`,
		[]expect{{"The result gives her a majority of the 20 seats", TypeIndirect, "", "returning officer", KindPerson}}},
	// (L645: the passive question is reported, asked by no one the
	// sentence names, as "Asked whether they would stay, the envoys …"
	// is; its subject still does not speak.)
	{"in a passive the subject does not speak", `Talks resumed in Geneva.

Mr Haddad was told to wait outside. The envoys were asked whether they would stay.`,
		[]expect{
			{"whether they would stay", TypeIndirect, "", "", ""},
		}},
	{"a fronted phrase is the first part of interrupted speech", `Sam Ortiz spoke at the depot.

In his town, Mr Ortiz said, nobody takes the bus after dark.`,
		[]expect{
			{"In his town", TypeIndirect, "Sam Ortiz", "", KindPerson},
			{"nobody takes the bus after dark", TypeIndirect, "Sam Ortiz", "", KindPerson},
		}},
	{"a relative clause in the reported subject before a verb in the past", `Depot talks.

Ann Cole said the depot, which opened in 1990, stayed open through the strike. Mr Kerry said the talks, which started a decade ago, remained "the best chance we have."`,
		[]expect{
			{"the depot, which opened in 1990, stayed open through the strike", TypeIndirect, "Ann Cole", "", KindPerson},
			{`the talks, which started a decade ago, remained "the best chance we have."`, TypeMixed, "Kerry", "", KindPerson},
		}},
	{"a quoted paragraph goes on a report that ends in the speaker's quoted words", `Ann Cole spoke at the rally.

The county needs leaders "who keep their heads when times are hard," Ms Cole said.

"And that is why experience matters so much now."`,
		[]expect{
			{`The county needs leaders "who keep their heads when times are hard,"`, TypeMixed, "Ann Cole", "", KindPerson},
			{"And that is why experience matters so much now.", TypeDirect, "Ann Cole", "", KindPerson},
		}},
	{"an aside between two dashes inside the reported clause", `Depot bids.

Ann Cole said all bidders should set out their costs — including the fees — in their offers. Tom Reilly said the depot would close — a blow to the town.`,
		[]expect{
			{"all bidders should set out their costs — including the fees — in their offers", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the depot would close", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a range or a comparison after the closing clause goes on the report", `Fares row.

Fares rose sharply, Ann Cole says, from 2 pounds to 5 pounds last year. Most of the rise came in the north, she said, rather than in the cities.`,
		[]expect{
			{"Fares rose sharply", TypeIndirect, "Ann Cole", "", KindPerson},
			{"from 2 pounds to 5 pounds last year", TypeIndirect, "Ann Cole", "", KindPerson},
			{"Most of the rise came in the north", TypeIndirect, "Ann Cole", "", KindPerson},
			{"rather than in the cities", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	{"a lone demonstrative before the speaker is the subject of interrupted speech", `Depot warning.

This, Ann Cole warns, is "a real risk" for the town. These, the board said, "would help the high street."`,
		[]expect{
			{"This", TypeMixed, "Ann Cole", "", KindPerson},
			{`is "a real risk" for the town`, TypeMixed, "Ann Cole", "", KindPerson},
			{"These", TypeMixed, "", "", KindOrganization},
			{"would help the high street.", TypeMixed, "", "", KindOrganization},
		}},
	{"a long condition is the first part of interrupted speech", `Tom Reilly manages the ground.

If the rain holds off until the weekend and the pitch dries out in time, Mr Reilly said, the final would go ahead on Sunday.`,
		[]expect{
			{"If the rain holds off until the weekend and the pitch dries out in time", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"the final would go ahead on Sunday", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a time phrase before the speaker dates the saying, no part of interrupted speech", `Ann Cole runs the depot.

On Monday, Ms Cole said, the depot would stay open. Over the past few years, she said, the trains have run late.`,
		[]expect{
			{"the depot would stay open", TypeIndirect, "Ann Cole", "", KindPerson},
			{"Over the past few years", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the trains have run late", TypeIndirect, "Ann Cole", "", KindPerson},
		}},

	{"a tell verb's hearer is never the speaker", `Shares fell on Friday.

One dealer, who would not give his name, told Reuters the export figures were weak.`,
		[]expect{{"the export figures were weak", TypeIndirect, "", "dealer", KindPerson}}},
	{"a one-word aside between subject and cue", `The board met on Tuesday.

Grace Kim, meanwhile, told the local paper that the vote had been rigged.`,
		[]expect{{"the vote had been rigged", TypeIndirect, "Grace Kim", "", KindPerson}}},
	{"a manner adverb or a negated auxiliary before the cue", `The hearing ran late.

Senator Ruth Adler wrongly claimed the report had been leaked. Mr Haddad isn't saying whether he will run.`,
		[]expect{
			{"the report had been leaked", TypeIndirect, "Ruth Adler", "Senator", KindPerson},
			{"whether he will run", TypeIndirect, "Haddad", "", KindPerson},
		}},
	{"a document states a finding", `The county voted on Tuesday.

Polls show the mayor is well ahead.`,
		[]expect{{"the mayor is well ahead", TypeIndirect, "", "", KindOrganization}}},
	{"a person described by what they know", `The talks went on past midnight.

A person familiar with the talks said the deal was close. Officials close to the negotiations said it could still fail.`,
		[]expect{
			{"the deal was close", TypeIndirect, "", "", KindPerson},
			{"it could still fail", TypeIndirect, "", "Officials", KindGroup},
		}},

	{"a name given with called is no cue", `The march is on Saturday.

"We expect a big crowd," said Tom Reilly, organiser of a group called Friends of the Harbour. "Nobody wants the marina."`,
		[]expect{
			{"We expect a big crowd,", TypeDirect, "Tom Reilly", "organiser of a group called Friends of the Harbour", KindPerson},
			{"Nobody wants the marina.", TypeDirect, "Tom Reilly", "organiser of a group called Friends of the Harbour", KindPerson},
		}},

	{"a cue coordinated with the subject's first verb", `The harbour vote was close.

Councillor Ann Hale voted against the marina on Monday and said the town could not afford it.`,
		[]expect{{"the town could not afford it", TypeIndirect, "Ann Hale", "Councillor", KindPerson}}},
	{"a cue coordinated with a description's verb", `The march went ahead.

A spokeswoman for the county council defended the timetable and said the stewards had trained for weeks.`,
		[]expect{{"the stewards had trained for weeks", TypeIndirect, "", "spokeswoman for the county council", KindPerson}}},
	{"a plain plural subject no lexicon knows", `The festival closed on Sunday.

Several stallholders said takings were the best in years.`,
		[]expect{{"takings were the best in years", TypeIndirect, "", "Several stallholders", KindGroup}}},
	{"according to after a connective", `The bid was rejected.

But according to people inside the company, the chairman had quietly backed the bid.`,
		[]expect{{"the chairman had quietly backed the bid", TypeIndirect, "", "", ""}}},

	{"a subject described by a phrase no role lexicon reads", `The levy was approved.

Tom Hale, an ally of the party leadership, said on Thursday his biggest worry was the deficit.`,
		[]expect{{"his biggest worry was the deficit", TypeIndirect, "Tom Hale", "", KindPerson}}},
	{"a subject described by a place and a state", `The convention ended in uproar.

Dwayne Pruitt, a delegate from Reno, Nevada, said the shouting was part of the pageant.`,
		[]expect{{"the shouting was part of the pageant", TypeIndirect, "Dwayne Pruitt", "delegate from Reno", KindPerson}}},
	{"a subject described by a relative clause with an adverb", `The party is split.

Senator Ann Voss, a Nevada Republican who has also endorsed the governor, acknowledged that the party may lose the seat.`,
		[]expect{{"the party may lose the seat", TypeIndirect, "Ann Voss", "Senator", KindPerson}}},
	{"a subject described by a whose clause", `The count took all night.

Mr Hale, whose third place had dismayed his backers, said he would stand again.`,
		[]expect{{"he would stand again", TypeIndirect, "Hale", "", KindPerson}}},
	{"a time phrase between commas is no description", `The bridge reopened.

Smith, a year later, said the repairs had cost too much.`,
		nil},

	{"a participle after a fronted phrase takes the main clause's subject", `The race tightened.

In 2016, Ms Hale spoke at the convention, saying the party had lost its way.`,
		[]expect{{"the party had lost its way", TypeIndirect, "Hale", "", KindPerson}}},
	{"a quantity after a verb is its object, not a subject", `Call centres are under fire.

Slow repairs annoy both depot staff and passengers.`,
		nil},
	{"this after a cue opens the report", `Prices fell again in March.

Brokers say this is only a passing dip.`,
		[]expect{{"this is only a passing dip", TypeIndirect, "", "Brokers", KindGroup}}},

	{"a subject with a relative clause before its cue", `The party met on Tuesday.

Democrats who have courted the mayor warned that the caucus may break apart.`,
		[]expect{{"the caucus may break apart", TypeIndirect, "", "Democrats", KindGroup}}},
	{"the object inside a subject's relative clause is not the speaker", `The market closes in June.

Local traders who backed the scheme warned that the town may lose its market.`,
		[]expect{{"the town may lose its market", TypeIndirect, "", "Local traders", KindGroup}}},
	{"those and a participle are a group subject", `A poll was published on Sunday.

Those questioned said the sheriff was the strongest candidate on crime.`,
		[]expect{{"the sheriff was the strongest candidate on crime", TypeIndirect, "", "", KindGroup}}},

	{"a circumstance set off by commas between subject and cue", `Voters head to the polls.

Mayor Ann Cole, in a short call with reporters on Saturday, said turnout would be high.`,
		[]expect{{"turnout would be high", TypeIndirect, "Ann Cole", "Mayor", KindPerson}}},
	{"a name after the cue opens the report, the subject opens the sentence", `The mill is for sale.

Tom Reilly, whose family firm, Reilly Brothers, still runs the mill, said Ann Cole was the best buyer.`,
		[]expect{{"Ann Cole was the best buyer", TypeIndirect, "Tom Reilly", "", KindPerson}}},

	{"an adjective before a plural hearer is part of the hearer", `Leader digs in.

The party would win the seat, Ann Cole told her closest aides. She told her oldest friends the fight was worth it.`,
		[]expect{
			{"The party would win the seat", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the fight was worth it", TypeIndirect, "Ann Cole", "", KindPerson},
		}},

	// 3. Clause boundaries.
	{"a cue after 'and had' with no report before it is a cue", `Court case.

Dana Price pleaded guilty and had told the court she was sorry.`,
		[]expect{{"she was sorry", TypeIndirect, "Dana Price", "", KindPerson}}},
	{"a capital V. may end a sentence", `Film news.

The studio confirmed on Monday that the last film would be Rocky V. The director, Ann Cole, said it would be the finest of the series.`,
		[]expect{
			{"the last film would be Rocky V.", TypeIndirect, "", "", ""},
			{"it would be the finest of the series", TypeIndirect, "Ann Cole", "director", KindPerson},
		}},
	{"a backshifted cue after 'and had' goes on the report", `Court case.

The solicitor, Rebecca Shaw, said her client was sorry and had told police everything.`,
		[]expect{{"her client was sorry and had told police everything", TypeIndirect, "Rebecca Shaw", "solicitor", KindPerson}}},
	{"a case name's 'v.' ends no sentence", `Court fight.

Senator Ann Delgado said she backed the protections of Roe v. Wade in federal law.`,
		[]expect{{"she backed the protections of Roe v. Wade in federal law", TypeIndirect, "Ann Delgado", "Senator", KindPerson}}},
	{"an approximate number opens the report, not a modifier phrase", `Floods hit the valley.

Police said at least 12 people had died. The mayor, Ann Cole, said about 300 homes were flooded. Officials said over 40 roads were closed.`,
		[]expect{
			{"at least 12 people had died", TypeIndirect, "Police", "", KindOrganization},
			{"about 300 homes were flooded", TypeIndirect, "Ann Cole", "mayor", KindPerson},
			{"over 40 roads were closed", TypeIndirect, "", "Officials", KindGroup},
		}},
	{"an amount inside a relative clause does not end the report", `Audit finds gap.

The minister, Tom Reilly, said the plan, which cost $5 million, was a failure. Ann Cole said the index, which rose 4%, was still too low.`,
		[]expect{
			{"the plan, which cost $5 million, was a failure", TypeIndirect, "Tom Reilly", "minister", KindPerson},
			{"the index, which rose 4%, was still too low", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	{"a currency sign is part of the amount it opens", `Audit finds gap.

The auditor, Tom Reilly, said $5 million was missing from the fund.`,
		[]expect{{"$5 million was missing from the fund", TypeIndirect, "Tom Reilly", "auditor", KindPerson}}},
	{"an action joined by and is no part of the report", `The mill was raided.

A spokesman said the firm was helping the police and declined to comment further.`,
		[]expect{{"the firm was helping the police", TypeIndirect, "", "spokesman", KindPerson}}},
	{"a clause after while is no aside of the subject", `Views were mixed.

Ministers were upbeat, while critics said the scheme, launched in May, had failed.`,
		[]expect{{"the scheme, launched in May, had failed", TypeIndirect, "", "critics", KindGroup}}},
	{"an initial after a common noun ends a sentence", `Flights were delayed.

Passengers were told to wait at Terminal E. Police said the area had been sealed off.`,
		[]expect{{"the area had been sealed off", TypeIndirect, "Police", "", KindOrganization}}},
	{"an inverted speaker's description is no report", `Schools face new rules.

The mandates are a burden on teachers, said Tom Reilly, a councillor who has run two schools in the county.`,
		[]expect{{"The mandates are a burden on teachers", TypeIndirect, "Tom Reilly", "councillor", KindPerson}}},
	{"a source's description after according to is no report", `Donations rose last year.

Small gifts made up half of the total, according to GiveTrack, a website that follows charity spending.`,
		[]expect{{"Small gifts made up half of the total", TypeIndirect, "GiveTrack", "", ""}}},
	{"a semicolon after an inverted speaker ends the report", `The seat is marginal.

To win it, a candidate needs four votes in ten, local analysts say; in 2019, the winner took three.`,
		[]expect{{"To win it, a candidate needs four votes in ten", TypeIndirect, "", "local analysts", KindGroup}}},
	{"a subordinate clause after a closing speaker goes on with the report", `Mr Dale has left the party.

He loses his temper whenever a fundraising letter arrives, he says, because he has paid his dues.`,
		[]expect{
			{"He loses his temper whenever a fundraising letter arrives", TypeIndirect, "Dale", "", KindPerson},
			{"because he has paid his dues", TypeIndirect, "Dale", "", KindPerson}, // his reason goes on with his report (section 69)
		}},
	{"a transcript turn holds the reports inside it", `The mayor spoke to the station on Monday.

REILLY: The council will decide in May, and most people expect a close vote.

HALE: I think so. My husband said last week that I should stand again, and I agree with him.`,
		[]expect{
			{"The council will decide in May, and most people expect a close vote", TypeIndirect, "REILLY", "", KindPerson},
			{"I think so. My husband said last week that I should stand again, and I agree with him", TypeIndirect, "HALE", "", KindPerson},
		}},
	{"a phrase summing up the report after its clause is no report", `The asylum rules are being rewritten.

Survivors of trafficking would be given their own category, Ms Hale said, a change that could speed up claims.`,
		[]expect{{"Survivors of trafficking would be given their own category", TypeIndirect, "Hale", "", KindPerson}}},
	{"a modifier after a cue ends at a semicolon", `The campaign struggled in the spring.

It was always bigger than one man, his aides insisted in briefings on Tuesday; rather, it was about the movement.`,
		[]expect{{"It was always bigger than one man", TypeIndirect, "", "aides", KindGroup}}},
	{"an attack after a determiner and a noun is no cue", `The council met after the storm.

The cyber attack on the council forced the library to close for a week.`,
		nil},
	{"a clause after an inverted speaker goes on the report", `The vote was delayed.

Also, said Mr Pennock, the council has dropped the second bridge.`,
		[]expect{{"the council has dropped the second bridge", TypeIndirect, "Pennock", "", KindPerson}}},
	{"but suggested opens a second quote", `The budget was debated.

Councillor Ana Ruiz said she backed the plan, but suggested it would need more money.`,
		[]expect{
			{"she backed the plan", TypeIndirect, "Ana Ruiz", "Councillor", KindPerson},
			{"it would need more money", TypeIndirect, "Ana Ruiz", "Councillor", KindPerson},
		}},
	{"a relative clause stays in the reported clause", `The tram scheme was costed.

Engineer Tom Lane said the plan, which starts in May, would cost less.`,
		[]expect{{"the plan, which starts in May, would cost less", TypeIndirect, "Tom Lane", "Engineer", KindPerson}}},
	{"a fronted adverbial stays out", `The road flooded overnight.

In a statement on Monday, the council said the road would reopen on Friday.`,
		[]expect{{"the road would reopen on Friday", TypeIndirect, "", "", KindOrganization}}},
	{"a fronted adverbial stays out of a cue that hands on to the next paragraph", `Councillor Tom Lane has backed the bridge for years.

In a speech to the council last spring, Mr. Lane declared:

"This town cannot wait another ten years for a crossing."

The council votes on Thursday.`,
		[]expect{{"This town cannot wait another ten years for a crossing.", TypeDirect, "Tom Lane", "Councillor", KindPerson}}},
	{"a cue-less quote after a reported sentence continues it", `Transport minister Ann Hale backed the scheme.

Ms Hale told the BBC the plan would work. "It is the best deal on the table."`,
		[]expect{
			{"the plan would work", TypeIndirect, "Ann Hale", "Transport minister", KindPerson},
			{"It is the best deal on the table.", TypeDirect, "Ann Hale", "Transport minister", KindPerson},
		}},

	{"a belief after but goes on the same report", `The poll closed on Friday.

Ruth Adler, a retired teacher, said she wanted new faces on the council, but found the candidate too abrasive.`,
		[]expect{{"she wanted new faces on the council, but found the candidate too abrasive", TypeIndirect, "Ruth Adler", "retired teacher", KindPerson}}},
	{"a clause with its own subject after and ends the report", `The bill passed the House.

Mr Haddad said the vote was a victory for families, and the unions have already filed a challenge in court.`,
		[]expect{{"the vote was a victory for families", TypeIndirect, "Haddad", "", KindPerson}}},
	{"a comparison after a comma ends the report", `A poll was published on Tuesday.

Forty voters said they would back the levy, compared with twelve last year.`,
		[]expect{{"they would back the levy", TypeIndirect, "", "Forty voters", KindGroup}}},
	{"a second report after and alone ends the first", `The vote is set for June.

Most council members said they would back the budget and the Westfield Teachers Union has said it is still undecided.`,
		[]expect{
			{"they would back the budget", TypeIndirect, "", "council members", KindGroup},
			{"it is still undecided", TypeIndirect, "Westfield Teachers Union", "", KindOrganization},
		}},
	{"a report in a relative clause ends where the sentence goes on", `The depot will close.

The new timetable, which officials said will take effect in the spring, will not cover the night buses.`,
		[]expect{
			{"which", TypeIndirect, "", "officials", KindGroup},
			{"will take effect in the spring", TypeIndirect, "", "officials", KindGroup},
		}},
	{"a report in an aside after the subject ends at its comma", `The senator stayed home.

Harris, who said last month that she would campaign for the mayor, did not appear at the rally.`,
		[]expect{{"she would campaign for the mayor", TypeIndirect, "Harris", "", KindPerson}}},
	{"a belief joined by and goes on the report", `The factory shut last year.

Lena Brooks, a machinist, said she was tired of waiting for the plant to reopen and wanted a job closer to home.`,
		[]expect{{"she was tired of waiting for the plant to reopen and wanted a job closer to home", TypeIndirect, "Lena Brooks", "machinist", KindPerson}}},
	{"a quotation that opens its own clause after a fronted phrase is direct", `The club was relegated.

Because of the injuries, "we never had a settled side," manager Tom Reilly said.`,
		[]expect{{"we never had a settled side,", TypeDirect, "Tom Reilly", "manager", KindPerson}}},
	{"a comma inside the marks sets a later clause apart", `The stadium vote is next week.

While Mayor Ann Cole insisted that the stadium would be "paid for by the team," two council members said it would cost taxpayers millions.`,
		[]expect{
			{"the stadium would be \"paid for by the team,\"", TypeMixed, "Ann Cole", "Mayor", KindPerson},
			{"it would cost taxpayers millions", TypeIndirect, "", "council members", KindGroup},
		}},

	{"a phrase fronted after that and a comma opens the reported clause", `Rents are rising.

Ann Hale said that in Leeds, rents had doubled in five years. Tom Orme told the Ledger that in private, the mayor had supported the levy. Sam Cole did not mention that on the campaign trail.`,
		[]expect{
			{"in Leeds, rents had doubled in five years", TypeIndirect, "Ann Hale", "", KindPerson},
			{"in private, the mayor had supported the levy", TypeIndirect, "Tom Orme", "", KindPerson},
		}},
	{"a comparison after the reported clause is the writer's", `Two lawmakers break ranks.

Rep. Ann Cole and Rep. Tom Reilly said they will not back the bill, as has the mayor of Dayton. Cole said she does not hold town halls, as was the case last spring.`,
		[]expect{
			{"they will not back the bill", TypeIndirect, "Ann Cole and Tom Reilly", "", KindGroup}, // two joined names speak as one group
			{"she does not hold town halls", TypeIndirect, "Ann Cole", "Rep.", KindPerson},
		}},
	{"to and a plural group after a cue is whom it was written to, and a saying after it restates the cue", `Strike called.

The union wrote to members saying the strike would go ahead. Ann Cole wrote to parents that the school would shut. Tom Reilly wrote on Facebook on Monday saying the vote was rigged.`,
		[]expect{
			{"the strike would go ahead", TypeIndirect, "", "", KindOrganization},
			{"the school would shut", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the vote was rigged", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a comparison of the report's own verb stays in the report", `Prices rise.

Ann Hale said inflation had fallen sharply, as had unemployment. Gov. Kay Ortiz said on Monday that wages had risen, as had prices, and that the state would cut taxes. Hale has called for a recount, as has the mayor of Dayton. Tom Reilly said the council would not back the plan, as has the mayor, and that he would vote against it.`,
		[]expect{
			{"inflation had fallen sharply, as had unemployment", TypeIndirect, "Ann Hale", "", KindPerson},
			{"wages had risen, as had prices, and that the state would cut taxes", TypeIndirect, "Kay Ortiz", "Gov.", KindPerson},
			{"a recount, as has the mayor of Dayton", TypeIndirect, "Ann Hale", "", KindPerson}, // a bare object is left whole, as before the comparison rule
			{"the council would not back the plan, as has the mayor, and that he would vote against it", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	// 5. Speakers.
	{"a name that ends in a number speaks as an organisation", `Visa row deepens.

No 10 said the prime minister had full confidence in the home secretary. Channel 4 said the interview would be shown in full. Talks resume on Oct. 23, officials said.`,
		[]expect{
			{"the prime minister had full confidence in the home secretary", TypeIndirect, "No 10", "", KindOrganization},
			{"the interview would be shown in full", TypeIndirect, "Channel 4", "", KindOrganization},
			{"Talks resume on Oct. 23", TypeIndirect, "", "officials", KindGroup},
		}},
	{"a lead pronoun that nothing before it can refer to does not look ahead", `Ferry service to resume.

He said the crossing would reopen in the spring.

Tom Reilly, the harbour master, said repairs would start next week.`,
		[]expect{
			{"the crossing would reopen in the spring", TypeIndirect, "", "", KindPerson},
			{"repairs would start next week", TypeIndirect, "Tom Reilly", "harbour master", KindPerson},
		}},
	{"a lead description of one kind of body is not a numbered name the story gives next", `Housing row.

Rents are rising fast. The council said the new homes would be finished by 2027.

No 10 said the scheme had its full support.`,
		[]expect{
			{"the new homes would be finished by 2027", TypeIndirect, "", "", KindOrganization},
			{"the scheme had its full support", TypeIndirect, "No 10", "", KindOrganization},
		}},
	{"a person described in the lead is not the next person named", `Raid at the mill

A spokesman said the firm was helping the police.

Tom Reilly said the raid was a mistake.`,
		[]expect{
			{"the firm was helping the police", TypeIndirect, "", "spokesman", KindPerson},
			{"the raid was a mistake", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"an age described resolves to the person it fits", `Fans queued overnight.

Singer Pete Dorran said the tour would go ahead. "I have never felt better," the 26-year-old told NME magazine.

Ann Cole, 45, said the club was in trouble. The 19-year-old said the club was fine.`,
		[]expect{
			{"the tour would go ahead", TypeIndirect, "Pete Dorran", "Singer", KindPerson},
			{"I have never felt better,", TypeDirect, "Pete Dorran", "Singer", KindPerson},
			{"the club was in trouble", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the club was fine", TypeIndirect, "", "", KindPerson},
		}},
	{"an honorific makes a surname that names a firm a person", `The party is behind in the polls.

Party chairman Liam Fox said the campaign would focus on tax.

Dr Fox said: "Voters will not be fooled again."`,
		[]expect{
			{"the campaign would focus on tax", TypeIndirect, "Liam Fox", "Party chairman", KindPerson},
			{"Voters will not be fooled again.", TypeDirect, "Liam Fox", "Party chairman", KindPerson},
		}},
	{"a description returns to the unnamed source it names", `Pension plans are unveiled.

Liberal Democrat Treasury spokesman Vincent Kerr said the plans did not add up.

Henry Marsh's official spokesman said the prime minister had full confidence in the plan. Later the spokesman said: "I am not going to get into that."`,
		[]expect{
			{"the plans did not add up", TypeIndirect, "Vincent Kerr", "Liberal Democrat Treasury spokesman", KindPerson},
			{"the prime minister had full confidence in the plan", TypeIndirect, "", "Henry Marsh's official spokesman", KindPerson},
			{"I am not going to get into that.", TypeDirect, "", "Henry Marsh's official spokesman", KindPerson},
		}},
	{"British parties speak as organisations", `Council tax row deepens.

Labour said the figures were wrong. The Tories said they would scrap the tax. The SNP said the plan would hurt families.`,
		[]expect{
			{"the figures were wrong", TypeIndirect, "Labour", "", KindOrganization},
			{"they would scrap the tax", TypeIndirect, "Tories", "", KindOrganization},
			{"the plan would hurt families", TypeIndirect, "SNP", "", KindOrganization},
		}},
	{"an office described in lower case is an organisation", `The talks were called off.

Home Office minister Des Brannock said the border would stay open. Amnesty International UK said the camps were full.

The prime minister's office said the visit had been postponed.`,
		[]expect{
			{"the border would stay open", TypeIndirect, "Des Brannock", "Home Office minister", KindPerson},
			{"the camps were full", TypeIndirect, "Amnesty International UK", "", KindOrganization},
			{"the visit had been postponed", TypeIndirect, "", "prime minister's office", KindOrganization},
		}},
	{"a name joined by a link word keeps its last noun", `Taxes are rising.

The Institute for Fiscal Studies said the burden would rise again next year.`,
		[]expect{{"the burden would rise again next year", TypeIndirect, "Institute for Fiscal Studies", "", KindOrganization}}},
	{"a bare no ends a sentence", `The vote is close.

Ukip leader Roger Knapp said the answer was no. Campaigners said the vote would be close.`,
		[]expect{
			{"the answer was no", TypeIndirect, "Roger Knapp", "Ukip leader", KindPerson},
			{"the vote would be close", TypeIndirect, "", "Campaigners", KindGroup},
		}},
	{"the chancellor is not the shadow chancellor", `The budget was debated in the Commons.

Shadow chancellor Tom Lane attacked the plan. Chancellor Ann Hale defended it.

"It is a fair budget," the chancellor said.`,
		[]expect{{"It is a fair budget,", TypeDirect, "Ann Hale", "Chancellor", KindPerson}}},
	{"the minister is the minister just named", `Prime Minister Lars Holm toured the plant on Monday with Energy Minister Ruth Adler.

"The plant will stay open," the minister said.`,
		[]expect{{"The plant will stay open,", TypeDirect, "Ruth Adler", "Energy Minister", KindPerson}}},
	{"a pronoun never resolves to a bill named in the report", `The vote was close.

Tom Lane said the council had backed the Water Reform Bill. "It will raise prices," he said.`,
		[]expect{
			{"the council had backed the Water Reform Bill", TypeIndirect, "Tom Lane", "", KindPerson},
			{"It will raise prices,", TypeDirect, "Tom Lane", "", KindPerson},
		}},
	{"an organisation descriptor resolves to the organisation named", `The Daily Courier was sold on Monday to a group of investors.

"The deal is done," the newspaper said.`,
		[]expect{{"The deal is done,", TypeDirect, "Daily Courier", "", KindOrganization}}},
	{"a minister of a country is the minister", `Talks resumed in Geneva.

Foreign Minister Ana Lopes of Portugal said the talks would resume in May.`,
		[]expect{{"the talks would resume in May", TypeIndirect, "Ana Lopes", "Foreign Minister", KindPerson}}},
	{"an office speaks for its holder", `The visit was called off.

Prime Minister Lars Holm's office said the trip had been postponed.`,
		[]expect{{"the trip had been postponed", TypeIndirect, "", "Prime Minister Lars Holm's office", KindOrganization}}},
	{"an unnamed spokeswoman for a named company", `Power was restored overnight.

A spokeswoman for the utility company Eversource said the outage was over.`,
		[]expect{{"the outage was over", TypeIndirect, "", "spokeswoman for the utility company Eversource", KindPerson}}},
	{"an organisation named whole", `The bill passed its second reading.

Amnesty International UK said the law was unjust.`,
		[]expect{{"the law was unjust", TypeIndirect, "Amnesty International UK", "", KindOrganization}}},
	{"a knight keeps his title", `The forecast was revised.

Sir Alan Budd said the figures were too gloomy. "We will recover," Sir Alan said.`,
		[]expect{
			{"the figures were too gloomy", TypeIndirect, "Sir Alan Budd", "", KindPerson},
			{"We will recover,", TypeDirect, "Sir Alan Budd", "", KindPerson},
		}},
	{"a group of an organisation", `Growth slowed in the third quarter.

Economists at Deutsche Bank said the slowdown would last. Organisers of the festival said ticket sales were up.`,
		[]expect{
			{"the slowdown would last", TypeIndirect, "", "Economists at Deutsche Bank", KindGroup},
			{"ticket sales were up", TypeIndirect, "", "Organisers of the festival", KindGroup},
		}},

	{"an acronym is the organisation whose initials it gives", `The World Trade Organisation ended the quotas on Saturday.

The WTO said most members backed the change.`,
		[]expect{{"most members backed the change", TypeIndirect, "World Trade Organisation", "", KindOrganization}}},
	{"a one-word name is an organisation by its context", `Shares in Halvorsen rose on Tuesday.

Halvorsen said its profits had doubled. "The company is in good shape," the company said.`,
		[]expect{
			{"its profits had doubled", TypeIndirect, "Halvorsen", "", KindOrganization},
			{"The company is in good shape,", TypeDirect, "Halvorsen", "", KindOrganization},
		}},

	{"a name run stops at a verb of a poll line", `VOTE Was Ann Cole right to resign?

Ann Cole said the board had ignored her. "I had no choice," Ms Cole said.`,
		[]expect{
			{"the board had ignored her", TypeIndirect, "Ann Cole", "", KindPerson},
			{"I had no choice,", TypeDirect, "Ann Cole", "", KindPerson},
		}},
	{"a nationality after the is a descriptor, not a name", `Tom Reilly lost in straight sets to Lars Holm.

"He was the better player," the Australian said.`,
		[]expect{{"He was the better player,", TypeDirect, "Tom Reilly", "", KindPerson}}},

	{"a document speaks for the organisation it comes from", `Lending slowed in March.

Figures from the Association of Home Lenders showed that approvals had fallen.`,
		[]expect{{"approvals had fallen", TypeIndirect, "Association of Home Lenders", "", KindOrganization}}},

	{"a title-case headline links no role to a name", `A Sharp Exchange Between Ann Cole And Senator Tom Reilly At The Budget Hearing.

Senator Tom Reilly arrived late on Tuesday.

"It will not work," Reilly said.`,
		[]expect{{"It will not work,", TypeDirect, "Tom Reilly", "Senator", KindPerson}}},

	{"a thing named with the is no antecedent of a pronoun", `The budget was published on Tuesday.

Tom Reilly runs a food bank in the town. The Great Recession hit it hard. "It is not over," he said.`,
		[]expect{{"It is not over,", TypeDirect, "Tom Reilly", "", KindPerson}}},
	{"a heading in capitals is no one's name", `Council tax to rise by 4%.

Ann Cole chairs the finance committee.

FULL STORY.

She said the rise could not be avoided.`,
		[]expect{{"the rise could not be avoided", TypeIndirect, "Ann Cole", "", KindPerson}}},
	{"a number or a correlative opening a sentence is not part of a name", `The caucus results came in late.

Ann Cole won the most delegates. Neither Tom Reilly nor his rival would concede. Six Cole supporters ran for seats. Reilly said the count was flawed.`,
		[]expect{{"the count was flawed", TypeIndirect, "Tom Reilly", "", KindPerson}}},
	{"a one-word name after in is a place", `Tennis star returns.

Ann Cole said she might race again if a trial run in Dunmore goes well.

The former world champion will compete in the spring. "It is a test," she said.`,
		[]expect{
			{"she might race again if a trial run in Dunmore goes well", TypeIndirect, "Ann Cole", "former world champion", KindPerson},
			{"It is a test,", TypeDirect, "Ann Cole", "former world champion", KindPerson},
		}},
	{"a descriptor does not resolve to an organisation named only at the end", `The Clean Rivers Trust said on Monday that the river was polluted.

The charity has campaigned on the river for years.

The trust said the water was unsafe.

Later, the Hartley Angling Club was formed.

The club said fish stocks had fallen.`,
		[]expect{
			{"the river was polluted", TypeIndirect, "Clean Rivers Trust", "", KindOrganization},
			{"the water was unsafe", TypeIndirect, "Clean Rivers Trust", "", KindOrganization},
			{"fish stocks had fallen", TypeIndirect, "Hartley Angling Club", "", KindOrganization},
		}},

	{"a surname that is also a title word is a name", `The planning appeal was heard on Thursday.

Ann King, a lawyer, chairs the panel. "We have heard enough," Ms King said. Sam White, a councillor, spoke next. "It was unfair," White said.`,
		[]expect{
			{"We have heard enough,", TypeDirect, "Ann King", "lawyer", KindPerson},
			{"It was unfair,", TypeDirect, "Sam White", "councillor", KindPerson},
		}},

	{"a street is no person: it speaks for who sits there", `The talks were delayed.

Downing Street said the talks would go on. Tom Reilly blamed greed on Wall Street. "It has to stop," he said.`,
		[]expect{
			{"the talks would go on", TypeIndirect, "Downing Street", "", KindOrganization},
			{"It has to stop,", TypeDirect, "Tom Reilly", "", KindPerson},
		}},
	{"a surname that is a month", `Polls closed in Stockport.

One volunteer was more cautious. Harriet Lorna May, 61, a dentist, said she was relieved but still feared a recount.

"We should not celebrate yet," she said.`,
		[]expect{
			{"she was relieved but still feared a recount", TypeIndirect, "Harriet Lorna May", "dentist", KindPerson},
			{"We should not celebrate yet,", TypeDirect, "Harriet Lorna May", "dentist", KindPerson},
		}},

	{"an organisation's name joined by and, its initials, and a pronoun that is not a name in its own report", `The deadline was extended.

The Fisheries and Oceans Commission has extended the deadline. Many firms had protested that the FOC was acting too hastily. The FOC said it had studied the rules abroad. Norway, in particular, was tightening its catch limits in 2006, it noted.`,
		[]expect{
			{"the FOC was acting too hastily", TypeIndirect, "", "Many firms", KindGroup},
			{"it had studied the rules abroad", TypeIndirect, "Fisheries and Oceans Commission", "", KindOrganization},
			{"Norway, in particular, was tightening its catch limits in 2006", TypeIndirect, "Fisheries and Oceans Commission", "", KindOrganization},
		}},

	{"an organisation by the first word of its name", `Cole leads the field.

Ann Cole won 45 percent support in a new Hartley News poll released Thursday. Tom Reilly fell to third place, according to the Hartley poll.`,
		[]expect{{"Tom Reilly fell to third place", TypeIndirect, "Hartley News", "", KindOrganization}}},

	{"a common short first name gives the gender", `Ann Cole to host arts festival

Singer Ann Cole has been made director of the Riverside festival.

The veteran follows Jack Hale, Tom Reilly and Nick Dale in running the event. Cole is still choosing the acts. "I want every corner of the county on that stage," she said.`,
		[]expect{{"I want every corner of the county on that stage,", TypeDirect, "Ann Cole", "director of the Riverside festival", KindPerson}}},

	{"a party named with a place is not a member of the party from elsewhere", `The trip ended on Thursday.

Republican front-runner Sam Ortiz held a rally in Ohio on Wednesday.

Speaker Tom Reilly says allies are rattled by Ortiz's comments.

In an interview on Thursday, the Wisconsin Republican said allies wanted answers.`,
		[]expect{
			{"allies are rattled by Ortiz's comments", TypeIndirect, "Tom Reilly", "Speaker", KindPerson},
			{"allies wanted answers", TypeIndirect, "Tom Reilly", "Speaker", KindPerson},
		}},

	{"a company named by its trade is an organisation, and the company is it", `Plant to close.

Harlan Motors said Tuesday it will close its plant outside Dayton. The company said in a filing that demand for its sedans had slumped.`,
		[]expect{
			{"it will close its plant outside Dayton", TypeIndirect, "Harlan Motors", "", KindOrganization},
			{"demand for its sedans had slumped", TypeIndirect, "Harlan Motors", "", KindOrganization},
		}},
	{"a number inside an organisation's name stays in the role", `Union anger at closure.

United Auto Workers Local 1714 President Ray Dominguez said the union was "blindsided". BBC Radio 5 presenter Ann Cole said the players were stunned. In 2016 President Tom Reilly said the plant was safe.`,
		[]expect{
			{`the union was "blindsided"`, TypeMixed, "Ray Dominguez", "United Auto Workers Local 1714 President", KindPerson},
			{"the players were stunned", TypeIndirect, "Ann Cole", "BBC Radio 5 presenter", KindPerson},
			{"the plant was safe", TypeIndirect, "Tom Reilly", "President", KindPerson},
		}},
	{"sport and school roles are roles", `Cricket season opens.

Former England batsman Tom Reilly said the pitch was poor. The headteacher, Maya Ross, said pupils were safe.`,
		[]expect{
			{"the pitch was poor", TypeIndirect, "Tom Reilly", "Former England batsman", KindPerson},
			{"pupils were safe", TypeIndirect, "Maya Ross", "headteacher", KindPerson},
		}},
	{"a home town after the name is no speaker and no role", `Pension fraud.

Colin Marsh, 54, of Harrogate, said the money was gone. Maya Ross, from Leeds, said the trains were late. Tom Reilly, from Oxfam, said aid was late. Paul Rowe, of West Yorkshire Police, said the victims were brave.`,
		[]expect{
			{"the money was gone", TypeIndirect, "Colin Marsh", "", KindPerson},
			{"the trains were late", TypeIndirect, "Maya Ross", "", KindPerson},
			{"aid was late", TypeIndirect, "Tom Reilly", "Oxfam", KindPerson},
			{"the victims were brave", TypeIndirect, "Paul Rowe", "West Yorkshire Police", KindPerson},
		}},
	{"British ranks and titles without a full stop", `Fraud case.

Det Sgt Ann Cole said more arrests were likely. Cllr Fiona Webb said lessons had to be learned. The sergeant said the inquiry would go on.`,
		[]expect{
			{"more arrests were likely", TypeIndirect, "Ann Cole", "Det Sgt", KindPerson},
			{"lessons had to be learned", TypeIndirect, "Fiona Webb", "Cllr", KindPerson},
			{"the inquiry would go on", TypeIndirect, "Ann Cole", "Det Sgt", KindPerson},
		}},
	{"a role named by a name in the appositive", `The island ran dry.

Her neighbour, a retired fisherman named Yannis Petrou, says the council "treats us like we do not exist". A local man, a farmer called Tom Reilly, said the floods were the worst in years.`,
		[]expect{
			{`the council "treats us like we do not exist"`, TypeMixed, "Yannis Petrou", "retired fisherman", KindPerson},
			{"the floods were the worst in years", TypeIndirect, "Tom Reilly", "farmer", KindPerson},
		}},
	{"a quote before a role and a name set off by commas", `A new owner.

"People deserve certainty," the company's founder, Alan Roe, said.`,
		[]expect{{"People deserve certainty,", TypeDirect, "Alan Roe", "company's founder", KindPerson}}},
	{"a colon clause after a quote that ends a sentence introduces the next quote", `The coach returns.

"It works," said Ann Cole. "The children will ask: 'When can we come back?'" Club chairman, Tom Reilly, added: "We want more of it."`,
		[]expect{
			{"It works,", TypeDirect, "Ann Cole", "", KindPerson},
			{"The children will ask: 'When can we come back?'", TypeDirect, "Ann Cole", "", KindPerson},
			{"We want more of it.", TypeDirect, "Tom Reilly", "Club chairman", KindPerson},
		}},
	{"a relation before an inverted name", `A bakery at dawn.

"It is lovely," said neighbour Hilda Carr. Neighbour Tom Reilly said the bread was the best in the county.`,
		[]expect{
			{"It is lovely,", TypeDirect, "Hilda Carr", "", KindPerson},
			{"the bread was the best in the county", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a party and state, then an aside, before the cue", `Hearing set.

Rep. Gina Holloway, D-Calif., who sits on the committee, said she wanted answers.`,
		[]expect{{"she wanted answers", TypeIndirect, "Gina Holloway", "Rep. D-Calif.", KindPerson}}},
	{"a group in a place speaks, not the place", `Floods feared.

Local officials in Carvel County said residents were stockpiling sandbags.`,
		[]expect{{"residents were stockpiling sandbags", TypeIndirect, "", "Local officials in Carvel County", KindGroup}}}, // (the place in the role since L454)
	{"an organisation named after its description", `Book sales.

The publisher, Greyfield Press, said sales would rise.`,
		[]expect{{"sales would rise", TypeIndirect, "Greyfield Press", "publisher", KindOrganization}}},
	{"a role noun is not the shadow or deputy holder of the title", `Budget day.

The chancellor, Rachel Ambrose, spoke in the Commons. Tobias Wren, the shadow chancellor, disagreed.

The chancellor said she "will not back down". Health Minister Gareth Lyle and deputy health minister Nadia Forde left early. The minister said he had "nothing to hide".`,
		[]expect{
			{`she "will not back down"`, TypeMixed, "Rachel Ambrose", "chancellor", KindPerson},
			{`he had "nothing to hide"`, TypeMixed, "Gareth Lyle", "Health Minister", KindPerson},
		}},
	{"a description before a name set off by commas is its role in any sentence", `Book launch.

Her agent, Philip Marr, was there.

Marr said the book would sell.`,
		[]expect{{"the book would sell", TypeIndirect, "Philip Marr", "agent", KindPerson}}},
	{"an age descriptor resolves to the person of that age", `Results day.

Chief Financial Officer Raj Malhotra, 47, spoke on the call.

"We have a strong balance sheet," the 47-year-old said. Kofi Mensah, the 19-year-old striker, scored twice. "I just wanted the ball," the 19-year-old said.`,
		[]expect{
			{"We have a strong balance sheet,", TypeDirect, "Raj Malhotra", "Chief Financial Officer", KindPerson},
			{"I just wanted the ball,", TypeDirect, "Kofi Mensah", "19-year-old striker", KindPerson},
		}},
	{"a pronoun agrees with the gender of a common first name", `Village bakery.

"It works," says Tomasz Brzeski.

"He is the reason," says Hilda Carr.

"You give it time," he says.`,
		[]expect{
			{"It works,", TypeDirect, "Tomasz Brzeski", "", KindPerson},
			{"He is the reason,", TypeDirect, "Hilda Carr", "", KindPerson},
			{"You give it time,", TypeDirect, "Tomasz Brzeski", "", KindPerson},
		}},
	{"royal titles and Arabic name particles stay in the name", `Oil and talks.

Saudi Energy Minister Prince Khalid bin Omar told reporters that the kingdom was ready. Sheikh Hamad al-Thani said the talks would resume. Mr al-Thani said a deal was close.`,
		[]expect{
			{"the kingdom was ready", TypeIndirect, "Prince Khalid bin Omar", "Saudi Energy Minister", KindPerson},
			{"the talks would resume", TypeIndirect, "Sheikh Hamad al-Thani", "", KindPerson},
			{"a deal was close", TypeIndirect, "Sheikh Hamad al-Thani", "", KindPerson},
		}},
	{"what an organisation is, before its name", `Park plan.

Campaign group Save Wexley Fields said the plan was a disgrace. Pressure group Clean Rivers said the water was foul.`,
		[]expect{
			{"the plan was a disgrace", TypeIndirect, "Save Wexley Fields", "Campaign group", KindOrganization},
			{"the water was foul", TypeIndirect, "Clean Rivers", "Pressure group", KindOrganization},
		}},
	{"a company named by its industry is an organisation", `Chip plant.

Vellum Semiconductor said Thursday it will delay the factory. In a statement, the company said it remained "fully committed". Mining Minister Ann Cole said the plan was sound.`,
		[]expect{
			{"it will delay the factory", TypeIndirect, "Vellum Semiconductor", "", KindOrganization},
			{`it remained "fully committed"`, TypeMixed, "Vellum Semiconductor", "", KindOrganization},
			{"the plan was sound", TypeIndirect, "Ann Cole", "Mining Minister", KindPerson},
		}},
	{"the Treasury is an organisation, its secretary a person", `Budget.

The Treasury said borrowing would fall. Treasury Secretary Ann Cole said rates would hold.`,
		[]expect{
			{"borrowing would fall", TypeIndirect, "Treasury", "", KindOrganization},
			{"rates would hold", TypeIndirect, "Ann Cole", "Treasury Secretary", KindPerson},
		}},
	{"a middle initial ends no sentence, and a role word after it is a surname", `Port strike.

"The docks will stay shut," said Representative Carl T. Bishop of Maine, who met the union on Friday. Later, state Sen. Rhoda K. Black said talks would resume. "We are close," Black said.`,
		[]expect{
			{"The docks will stay shut,", TypeDirect, "Carl T. Bishop", "Representative", KindPerson},
			{"talks would resume", TypeIndirect, "Rhoda K. Black", "state Sen.", KindPerson},
			{"We are close,", TypeDirect, "Rhoda K. Black", "state Sen.", KindPerson},
		}},
	{"a surname is the story's name, not a name a title-case headline ran into it", `Fearless Okafor wins again

Tunde Okafor won the final in straight sets on Sunday. "I felt strong today," Okafor said.`,
		[]expect{{"I felt strong today,", TypeDirect, "Tunde Okafor", "", KindPerson}}},
	{"a surname after the story's full name is not the headline's name, even once another name stands between", `Dazzling Okafor sinks Rovers

Grace Okafor scored twice as City won 3-0 at Rovers on Saturday.

Manager Tom Reilly said Okafor had been the difference. Okafor said: "The whole team played well."`,
		[]expect{
			{"Okafor had been the difference", TypeIndirect, "Tom Reilly", "Manager", KindPerson},
			{"The whole team played well.", TypeDirect, "Grace Okafor", "", KindPerson},
		}},
	{"a short headline that ends in a full stop is a headline still", `Fearless Okafor takes the crown.

Grace Okafor won the final in Oslo on Saturday.

Coach Tom Reilly said Okafor had trained hard. "I felt strong," Okafor said.`,
		[]expect{
			{"Okafor had trained hard", TypeIndirect, "Tom Reilly", "Coach", KindPerson},
			{"I felt strong,", TypeDirect, "Grace Okafor", "", KindPerson},
		}},
	{"an adverb or a preposition opening the sentence is no part of the name", `Tax plan.

Even Rhoda Ferris, who backed the bill last year, said Tuesday that it went too far. Despite Tom Reilly's warning, the vote went ahead. "It is a mistake," Ferris said.`,
		[]expect{
			{"it went too far", TypeIndirect, "Rhoda Ferris", "", KindPerson},
			{"It is a mistake,", TypeDirect, "Rhoda Ferris", "", KindPerson},
		}},
	{"a source the first paragraph describes is not the one who answers it next", `Steel jobs at risk

Up to 400 jobs will go at the Dunmore works next year, a union has warned.

Acme Steel said the claims were "wildly exaggerated".`,
		[]expect{
			{"Up to 400 jobs will go at the Dunmore works next year", TypeIndirect, "", "", KindOrganization},
			{`the claims were "wildly exaggerated"`, TypeMixed, "Acme Steel", "", KindOrganization},
		}},
	{"a source the first paragraph describes is the one the story names next", `Plant cuts

Hundreds of jobs will go at the Dunmore plant next year, a union has warned.

The Steel Workers Alliance said the cuts would hit older workers hardest. Ann Cole, the mayor, said the town would fight.`,
		[]expect{
			{"Hundreds of jobs will go at the Dunmore plant next year", TypeIndirect, "Steel Workers Alliance", "union", KindOrganization},
			{"the cuts would hit older workers hardest", TypeIndirect, "Steel Workers Alliance", "union", KindOrganization},
			{"the town would fight", TypeIndirect, "Ann Cole", "mayor", KindPerson},
		}},
	{"a person named in the words of a report does not take the next pronoun from its speaker", `Budget row.

Tom Reilly spoke first on Monday.

"It is a bad plan," Reilly said. Later Reilly said Sam Ortiz had misled voters in and around Dunmore. But he said the two men would meet again on Friday.`,
		[]expect{
			{"It is a bad plan,", TypeDirect, "Tom Reilly", "", KindPerson},
			{"Sam Ortiz had misled voters in and around Dunmore", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"the two men would meet again on Friday", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a person who spoke before, named again in the words of a report, does not take the next pronoun", `Budget row deepens.

"The plan is a fraud," opposition leader Sam Ortiz said on Monday.

On Tuesday, Finance Minister Tom Reilly said Ann Cole and Mr. Ortiz had shown "contempt for taxpayers". He said the budget would pass.`,
		[]expect{
			{"The plan is a fraud,", TypeDirect, "Sam Ortiz", "opposition leader", KindPerson},
			{`Ann Cole and Mr. Ortiz had shown "contempt for taxpayers"`, TypeMixed, "Tom Reilly", "Finance Minister", KindPerson},
			{"the budget would pass", TypeIndirect, "Tom Reilly", "Finance Minister", KindPerson},
		}},
	{"a person named after a preposition does not take the next pronoun from the speaker", `Hospital plans unveiled.

"We will build it," Tom Reilly said. He spoke at a meeting with Mayor Sam Ortiz in Dunmore on Monday. He said the hospital would open in 2028.`,
		[]expect{
			{"We will build it,", TypeDirect, "Tom Reilly", "", KindPerson},
			{"the hospital would open in 2028", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a name behind a short premodifier that opens the sentence is its subject, the antecedent of a later pronoun", `Tributes pour in.

Jane Hill said she was proud of him.

Golf great Ann Cole remembered Smith as kind. She watched him win in 1971.

"He was always kind to me," she said.`,
		[]expect{
			{"she was proud of him", TypeIndirect, "Jane Hill", "", KindPerson},
			{"He was always kind to me,", TypeDirect, "Ann Cole", "Golf great", KindPerson}, // the premodifier is her role too
		}},
	{"a description before phrases with a name or a place in them is the subject", `Talks stall in Geneva.

The deputy head of the Dutch delegation to the summit said the talks had stalled.

A spokeswoman for the ministry in Lisbon said the minister would attend.`,
		[]expect{
			{"the talks had stalled", TypeIndirect, "", "deputy head of the Dutch delegation", KindPerson},
			{"the minister would attend", TypeIndirect, "", "spokeswoman for the ministry", KindPerson},
		}},
	{"a surname two people share is the one who spoke last", `Bakery marks 50 years.

Ann Reilly said the bakery on Main Street would stay open for another decade.

Reilly and her husband, the former mayor Tom Reilly, opened the shop in 1975. "We never thought it would last this long," Reilly said.`,
		[]expect{
			{"the bakery on Main Street would stay open for another decade", TypeIndirect, "Ann Reilly", "", KindPerson},
			{"We never thought it would last this long,", TypeDirect, "Ann Reilly", "", KindPerson},
		}},
	{"a surname two people share is the one just named as a subject, not the earlier speaker", `Senate race heats up.

Tom Hale, the former governor, said the tax would hurt farms.

On Friday, at a fair in Dover, Ann Hale rebuffed a heckler who asked about her husband. "You are being very rude," Hale told him.`,
		[]expect{
			{"the tax would hurt farms", TypeIndirect, "Tom Hale", "former governor", KindPerson},
			{"You are being very rude,", TypeDirect, "Ann Hale", "", KindPerson},
		}},
	{"the audience of to before an -ing cue is no speaker: the subject is", `Fuel tax fight heads to the capital.

Gov. Ann Hale is making a pitch to upstate voters saying the new fuel tax is hurting farms.

The mayor's office sent a note to staff saying the depot would reopen in June.`,
		[]expect{
			{"the new fuel tax is hurting farms", TypeIndirect, "Ann Hale", "Gov.", KindPerson},
			{"the depot would reopen in June", TypeIndirect, "", "mayor's office", KindOrganization},
		}},
	{"a surname that opens a sentence, the subject, takes the pronoun of its paragraph", `Harlow wins the county.

Senator Tom Harlow won the race by a wide margin. His strategy was to visit every county, said Mark Ruiz, a historian at Ellis College.

Joining him at many of those rallies was Paul Brandt, a local activist. Brandt joined Harlow at diners and bowling alleys around Millport. About 40 people came to each rally, he said.`,
		[]expect{
			{"His strategy was to visit every county", TypeIndirect, "Mark Ruiz", "historian at Ellis College", KindPerson},
			{"About 40 people came to each rally", TypeIndirect, "Paul Brandt", "local activist", KindPerson},
		}},
	{"a surname after an honorific opening a sentence is a name a pronoun may take", `Songs to go

"Fans want choice," said Tom Reilly, chief executive of Tunebox.

Some fans are cross, as Melodia already offers a lower tier. Melodia claims the price reflects label fees. Mr Reilly is wary of a cheaper tier. "Our subscribers are nobody's fools," he said.`,
		[]expect{
			{"Fans want choice,", TypeDirect, "Tom Reilly", "chief executive of Tunebox", KindPerson},
			{"the price reflects label fees", TypeIndirect, "Melodia", "", KindPerson},
			{"Our subscribers are nobody's fools,", TypeDirect, "Tom Reilly", "chief executive of Tunebox", KindPerson},
		}},
	{"a word of the name gives no gender: a surname ending in -man or a title-like surname", `Trade talks.

Tom Reilly spoke first. Carol Feldman, the envoy, followed him. "We are close to a deal," she said.`,
		[]expect{{"We are close to a deal,", TypeDirect, "Carol Feldman", "envoy", KindPerson}}},
	{"a determiner standing alone as the subject", `The council met on Tuesday.

Some said the new bus route was too long. Another said it would help shoppers.`,
		[]expect{
			{"the new bus route was too long", TypeIndirect, "", "", KindGroup},
			{"it would help shoppers", TypeIndirect, "", "", ""},
		}},
	{"a determiner standing alone after a comma opens the next report", `Estimates of the crowd vary.

One organiser says 40,000 people marched, another says the figure was closer to 25,000.`,
		[]expect{
			{"40,000 people marched", TypeIndirect, "", "organiser", KindPerson},
			{"the figure was closer to 25,000", TypeIndirect, "", "", ""},
		}},
	{"a pronoun contracted with has before the cue", `Tom Reilly is running for the county board.

He's said the county needs a new hospital.`,
		[]expect{{"the county needs a new hospital", TypeIndirect, "Tom Reilly", "", KindPerson}}},
	{"a person described by a modifier before the cue", `The talks resumed.

A person familiar with the talks said a deal was close.`,
		[]expect{{"a deal was close", TypeIndirect, "", "", KindPerson}}},
	{"a person described before a modifier whose object is no noun phrase", `Bidding for the utility closed on Friday.

A banker briefed on the bidding said the offer would be raised. A source close to Friday's talks said the deal was off.`,
		[]expect{
			{"the offer would be raised", TypeIndirect, "", "banker", KindPerson},
			{"the deal was off", TypeIndirect, "", "source", KindPerson},
		}},
	{"a quantifier or a demonstrative opens the subject", `The budget vote was delayed.

Each side said the other had broken its promise. That person said the vote would be held on Friday.`,
		[]expect{
			{"the other had broken its promise", TypeIndirect, "", "", ""},
			{"the vote would be held on Friday", TypeIndirect, "", "", KindPerson},
		}},
	{"a coordinated cue after a fronted question", `Talks on the merger stalled.

Asked whether he would sell, Tom Reilly shook his head and said he had no plans to retire.`,
		[]expect{
			{"whether he would sell", TypeIndirect, "", "", ""},
			{"he had no plans to retire", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a cue after by takes the subject of the clause's first verb", `The race tightened.

Ann Cole drew fire on Friday by saying that the count was crooked.`,
		[]expect{{"the count was crooked", TypeIndirect, "Ann Cole", "", KindPerson}}},
	{"an honorific's gender picks the relative a surname refers to", `The family farm is for sale.

Tom Reilly said the farm had lost money for years. Ms Reilly said she would miss the orchard.`,
		[]expect{
			{"the farm had lost money for years", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"she would miss the orchard", TypeIndirect, "Reilly", "", KindPerson},
		}},
	{"a title and a surname before of name the person, not the place", `The budget vote was delayed.

Gov. Baker of Massachusetts said the budget would be balanced.`,
		[]expect{{"the budget would be balanced", TypeIndirect, "Baker", "Gov.", KindPerson}}},
	{"an organisation's possessive that opens a sentence is whom a person works for", `Talks on the port resumed.

Reuters' Tom Hale said the talks had stalled again.`,
		[]expect{{"the talks had stalled again", TypeIndirect, "Tom Hale", "Reuters", KindPerson}}},
	{"a letter with a full stop after a word that is no first name ends the sentence", `The draw was made on Friday.

England were drawn in Group C. Southgate said his players were ready.`,
		[]expect{{"his players were ready", TypeIndirect, "Southgate", "", KindPerson}}},
	{"a contracted pronoun is the pronoun", `The mayor faces a recall vote.

Mayor Ann Cole said the vote was a stunt. She's said the city will not pay for it.`,
		[]expect{
			{"the vote was a stunt", TypeIndirect, "Ann Cole", "Mayor", KindPerson},
			{"the city will not pay for it", TypeIndirect, "Ann Cole", "Mayor", KindPerson},
		}},
	{"a pronoun after an unnamed source's quote is that source", `The town's pool will close for the summer.

Swimming coach Tom Reilly said the decision was a shame. A spokesman for the council said: "We cannot afford the repairs." He added: "We hope to reopen next year."`,
		[]expect{
			{"the decision was a shame", TypeIndirect, "Tom Reilly", "Swimming coach", KindPerson},
			{"We cannot afford the repairs.", TypeDirect, "", "spokesman for the council", KindPerson},
			{"We hope to reopen next year.", TypeDirect, "", "spokesman for the council", KindPerson},
		}},
	{"a one-word name before a document noun is the firm that made it", `Phones are filling up.

Most people keep thousands of old photos on their phones, a Norvex study found. It found that few ever delete them.`,
		[]expect{
			{"Most people keep thousands of old photos on their phones", TypeIndirect, "Norvex", "", KindOrganization},
			{"few ever delete them", TypeIndirect, "Norvex", "", KindOrganization},
		}},
	{"the pronoun of a subject's subordinate clause gives the subject's gender", `The governor marked the anniversary.

Gov. Tom Reilly opened the ceremony by honouring Robin Hale.

Hale was a nurse at the clinic when she was injured in the fire.

Reilly later visited the clinic. He said the town had never forgotten her.`,
		[]expect{{"the town had never forgotten her", TypeIndirect, "Tom Reilly", "Gov.", KindPerson}}},
	{"the pronoun of a clause after another person's noun gives the subject no gender", `Boatyard changes hands.

Pat Reilly met the buyer when she visited the yard in Dunmore on Tuesday. "It was a fair price," he said.`,
		[]expect{{"It was a fair price,", TypeDirect, "Pat Reilly", "", KindPerson}}},
	{"a first name both sexes are given makes neither honorific another person", `Ferry fares to rise.

Sam Okafor, a cafe owner, said trade had fallen. Ms Okafor said she would stay open all winter.

Dana Fiske, the harbour master, said the new boats were late. Mr Fiske said they would arrive in May.`,
		[]expect{
			{"trade had fallen", TypeIndirect, "Sam Okafor", "cafe owner", KindPerson},
			{"she would stay open all winter", TypeIndirect, "Sam Okafor", "cafe owner", KindPerson},
			{"the new boats were late", TypeIndirect, "Dana Fiske", "harbour master", KindPerson},
			{"they would arrive in May", TypeIndirect, "Dana Fiske", "harbour master", KindPerson},
		}},
	{"a description after a person's office spoke is that person", `The farm bill stalled again.

Sen. Tom Reilly said the bill was dead. Senate Majority Leader Ann Cole said talks would go on.

Cole's office said in a statement that a vote was possible next week. The senator also said she was hopeful.`,
		[]expect{
			{"the bill was dead", TypeIndirect, "Tom Reilly", "Sen.", KindPerson},
			{"talks would go on", TypeIndirect, "Ann Cole", "Senate Majority Leader", KindPerson},
			{"a vote was possible next week", TypeIndirect, "Cole office", "", KindOrganization},
			{"she was hopeful", TypeIndirect, "Ann Cole", "Senate Majority Leader", KindPerson},
		}},
	{"a capitalised preposition that opens the sentence is no part of the name after it", `Flood defences open.

Beside Ann Cole on the platform, the mayor said the town was ready for the winter.`,
		[]expect{{"the town was ready for the winter", TypeIndirect, "", "mayor", KindPerson}}},
	{"letters after a name are no part of it, so the honorific and surname are the same person", `Inquiry hears of delays.

Simon Alder KC, for the families, said the delays were unacceptable. Mr Alder said the files had been withheld.`,
		[]expect{
			{"the delays were unacceptable", TypeIndirect, "Simon Alder", "", KindPerson},
			{"the files had been withheld", TypeIndirect, "Simon Alder", "", KindPerson},
		}},
	{"an office in letters after a name is the role", `Bypass plan backed.

Rachel Stone MP said the road would ease congestion in the town.`,
		[]expect{{"the road would ease congestion in the town", TypeIndirect, "Rachel Stone", "MP", KindPerson}}},
	{"a peer's territorial title names the peer, not a place", `Peers debate bill.

Lord Pryce of Wendover said the bill was flawed. Lord Pryce added that he would table amendments.`,
		[]expect{
			{"the bill was flawed", TypeIndirect, "Lord Pryce", "", KindPerson},
			{"he would table amendments", TypeIndirect, "Lord Pryce", "", KindPerson},
		}},
	{"a nationality noun after an age or a determiner describes the person named before", `Champion retires.

Former world champion Gordon Blair has retired from the sport. The 52-year-old Scot said he had no regrets.

"It was time," the Scot said.`,
		[]expect{
			{"he had no regrets", TypeIndirect, "Gordon Blair", "Former world champion", KindPerson},
			{"It was time,", TypeDirect, "Gordon Blair", "Former world champion", KindPerson},
		}},
	{"an age description after the object of a participle is a new subject, not that object's age", `Skier eyes return.

Anna Lind has said she may race again next season.

"My knee feels strong," she said. Speaking to Radio Nord, the 26-year-old Swede added: "I will decide in the spring."`,
		[]expect{
			{"she may race again next season", TypeIndirect, "Anna Lind", "", KindPerson},
			{"My knee feels strong,", TypeDirect, "Anna Lind", "", KindPerson},
			{"I will decide in the spring.", TypeDirect, "Anna Lind", "", KindPerson},
		}},
	{"a first name that is also a nationality noun stays in the name", `Poll shows gap.

Scot Ross, the group director, said the poll was good news. "We are ahead," Ross said.`,
		[]expect{
			{"the poll was good news", TypeIndirect, "Scot Ross", "group director", KindPerson},
			{"We are ahead,", TypeDirect, "Scot Ross", "group director", KindPerson},
		}},
	{"a division of a government is an organisation named with its own head", `Reservoir low.

The state Division of Water Resources said the reservoir was at its lowest level in a decade.`,
		[]expect{{"the reservoir was at its lowest level in a decade", TypeIndirect, "Division of Water Resources", "", KindOrganization}}},
	{"a firm named after a link word in a phrase that names no one is what a later description refers to", `Cuts at bank.

Harlow Motors has cut 300 jobs this year, the firm said.

Workers at Dunmore Bank were told of cuts on Monday. The company said it would consult staff.`,
		[]expect{
			{"Harlow Motors has cut 300 jobs this year", TypeIndirect, "Harlow Motors", "", KindOrganization},
			{"it would consult staff", TypeIndirect, "Dunmore Bank", "", KindOrganization},
		}},
	{"a role noun is not a person the article gives another office", `Schools funding row.

Tory MP Ken Darby said the plan was rushed. The minister said every school would get more money.

Shadow chancellor Ruth Adley said the sums did not add up. The chancellor said the figures were sound.

Sen. Ann Hollis said the bill would pass. The senator said a vote was due in June.`,
		[]expect{
			{"the plan was rushed", TypeIndirect, "Ken Darby", "Tory MP", KindPerson},
			{"every school would get more money", TypeIndirect, "", "minister", KindPerson},
			{"the sums did not add up", TypeIndirect, "Ruth Adley", "Shadow chancellor", KindPerson},
			{"the figures were sound", TypeIndirect, "", "chancellor", KindPerson},
			{"the bill would pass", TypeIndirect, "Ann Hollis", "Sen.", KindPerson},
			{"a vote was due in June", TypeIndirect, "Ann Hollis", "Sen.", KindPerson},
		}},

	{"a description of an organisation's kind is not a firm whose name says it is a firm", `Bakery strike looms.

Harlow Foods said it had made its final offer. The union said members would walk out on Monday. The company said it was disappointed.`,
		[]expect{
			{"it had made its final offer", TypeIndirect, "Harlow Foods", "", KindOrganization},
			{"members would walk out on Monday", TypeIndirect, "", "", KindOrganization},
			{"it was disappointed", TypeIndirect, "Harlow Foods", "", KindOrganization},
		}},
	{"a capitalised first word before a document noun names no firm unless the article writes it so elsewhere", `Plant to close.

New figures showed that sales fell by 4 percent. The Harlow survey was published on Monday. Harlow surveys said that prices rose.`,
		[]expect{
			{"sales fell by 4 percent", TypeIndirect, "", "", KindOrganization},
			{"prices rose", TypeIndirect, "Harlow", "", KindOrganization},
		}},
	{"names joined by and speak together as one group", `Phone makers team up.

The chips come from Norvik and the screens from Halvorsen. Norvik and Halvorsen said they would build the handset together. Ann Cole and Sen. Tom Reilly said the plan was sound. Cole and Reilly said it would create jobs. Former minister and party leader Ruth Adler said it would not.`,
		[]expect{
			{"they would build the handset together", TypeIndirect, "Norvik and Halvorsen", "", KindGroup},
			{"the plan was sound", TypeIndirect, "Ann Cole and Tom Reilly", "", KindGroup},
			{"it would create jobs", TypeIndirect, "Ann Cole and Tom Reilly", "", KindGroup},
			{"it would not", TypeIndirect, "Ruth Adler", "Former minister and party leader", KindPerson},
		}},
	{"two bare words joined by and that are never named alone are one firm", `Brands sold.

Smith and Wesson said sales rose. Marks and Spencer said profits fell. Johnson and Johnson said the drug was safe. Procter and Gamble said prices would rise. Barnes and Noble said stores would close.`,
		[]expect{
			{"sales rose", TypeIndirect, "Smith and Wesson", "", KindOrganization},
			{"profits fell", TypeIndirect, "Marks and Spencer", "", KindOrganization},
			{"the drug was safe", TypeIndirect, "Johnson and Johnson", "", KindOrganization},
			{"prices would rise", TypeIndirect, "Procter and Gamble", "", KindOrganization},
			{"stores would close", TypeIndirect, "Barnes and Noble", "", KindOrganization},
		}},
	{"a list of three names speaks as one group from its first name", `Vote row.

Ann Cole, Tom Reilly and Kay Ortiz said in a joint letter that the vote was rigged.

Cole, Reilly and Ortiz said the count was wrong. Instead, Hale, Ann Orme and Sam Dyer said it was right.`,
		[]expect{
			{"the vote was rigged", TypeIndirect, "Ann Cole, Tom Reilly and Kay Ortiz", "", KindGroup},
			{"the count was wrong", TypeIndirect, "Ann Cole, Tom Reilly and Kay Ortiz", "", KindGroup},
			{"it was right", TypeIndirect, "Hale, Ann Orme and Sam Dyer", "", KindGroup},
		}},
	{"they after names joined by and is the group they make", `Plan attacked.

Ann Cole and Tom Reilly said the plan was flawed.

"Nobody asked us," they said.

They added that it was "unworkable".`,
		[]expect{
			{"the plan was flawed", TypeIndirect, "Ann Cole and Tom Reilly", "", KindGroup},
			{"Nobody asked us,", TypeDirect, "Ann Cole and Tom Reilly", "", KindGroup},
			{`it was "unworkable"`, TypeMixed, "Ann Cole and Tom Reilly", "", KindGroup},
		}},

	{"unnamed documents", `Race heats up.

An ad said the senator was weak. Later in the day, a statement said the ad was false. The ad also said he had missed votes.`,
		[]expect{
			{"the senator was weak", TypeIndirect, "", "", ""},
			{"the ad was false", TypeIndirect, "", "", ""},
			{"he had missed votes", TypeIndirect, "", "", ""},
		}},
	{"a month as a surname before a weekday keeps the full name", `Brexit talks stall.

"We will not give in," said Theresa May Friday. "Nor will we," said Ann Cole Tuesday.`,
		[]expect{
			{"We will not give in,", TypeDirect, "Theresa May", "", KindPerson},
			{"Nor will we,", TypeDirect, "Ann Cole", "", KindPerson},
		}},
	{"a capitalised plural title before joined names is no part of the first name", `Study questioned.

Professors Ann Cole and Tom Reilly said the study was flawed. "It is simply wrong," Cole said.`,
		[]expect{
			{"the study was flawed", TypeIndirect, "Ann Cole and Tom Reilly", "Professors", KindGroup},
			{"It is simply wrong,", TypeDirect, "Ann Cole", "", KindPerson},
		}},
	{"joined names before a plural appositive all speak", `Bakery sold.

Ann Cole and Tom Reilly, the bakery's co-founders, said they would sell. Jo Hale, the bakery's manager, said she would stay.`,
		[]expect{
			{"they would sell", TypeIndirect, "Ann Cole and Tom Reilly", "bakery's co-founders", KindGroup},
			{"she would stay", TypeIndirect, "Jo Hale", "bakery's manager", KindPerson},
		}},
	{"a capitalised common word with an accented first letter that opens the sentence names no firm", `Exiles weigh return.

Émigré polls show that most exiles want to go home.`,
		[]expect{{"most exiles want to go home", TypeIndirect, "", "", KindOrganization}}},
	{"bodies joined by commas and 'and', with 'all' or 'both' after them, are each a speaker", `Lending slows.

On Monday, the Council of Harlow Lenders, Dunmore Bankers Association and Wexley Savings Association all said lending was slowing. Harlow Bank and Dunmore Trust both said rates would rise. The Department of Health and Human Services said it agreed.`,
		[]expect{
			{"lending was slowing", TypeIndirect, "Council of Harlow Lenders, Dunmore Bankers Association and Wexley Savings Association", "", KindGroup},
			{"rates would rise", TypeIndirect, "Harlow Bank and Dunmore Trust", "", KindGroup},
			{"it agreed", TypeIndirect, "Department of Health and Human Services", "", KindOrganization},
		}},
	// 6. Roles.
	{"a field and a premodifier noun before a subject's name are the role", `A champion remembered.

Tennis great Ann Cole remembered him as a friend. "He was kind to everyone," she said. Hollywood legend Tom Reilly said he would be missed. Hours later Ruth Adler said she agreed.`,
		[]expect{
			{"He was kind to everyone,", TypeDirect, "Ann Cole", "Tennis great", KindPerson},
			{"he would be missed", TypeIndirect, "Tom Reilly", "Hollywood legend", KindPerson},
			{"she agreed", TypeIndirect, "Ruth Adler", "", KindPerson},
		}},
	{"an unnamed source's description is its role", `Plan dropped.

A senior government source said the plan had been dropped. Two senior party sources said a deal was near.`,
		[]expect{
			{"the plan had been dropped", TypeIndirect, "", "senior government source", KindPerson},
			{"a deal was near", TypeIndirect, "", "senior party sources", KindGroup},
		}},
	{"an appointment after an appositive gives the new role, which a role noun then finds", `Cabinet shuffle.

Ann Hale, the Labour MP for Leeds Central, was appointed health minister on Monday. The minister said waiting lists would fall.

Tom Reilly, 52, was named chief executive of the bank. The chief executive said profits would rise.`,
		[]expect{
			{"waiting lists would fall", TypeIndirect, "Ann Hale", "health minister", KindPerson},
			{"profits would rise", TypeIndirect, "Tom Reilly", "chief executive of the bank", KindPerson},
		}},
	{"an appointment gives the role, not who made it or when", `The board changed hands.

Tom Reilly was appointed by the governor. He said the job would be hard.

Ann Cole became leader of the council in 2019. She said the budget was tight.`,
		[]expect{
			{"the job would be hard", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"the budget was tight", TypeIndirect, "Ann Cole", "leader of the council", KindPerson},
		}},
	{"a title with what it is of is a role, not a name", `The bill returns to the Lords.

Peter Mandel, the MP for Hartlepool, said the bill would pass.

The Archbishop of Canterbury said the law was unjust.`,
		[]expect{
			{"the bill would pass", TypeIndirect, "Peter Mandel", "MP for Hartlepool", KindPerson},
			{"the law was unjust", TypeIndirect, "", "Archbishop of Canterbury", KindPerson},
		}},
	{"a relative pronoun before a title is no part of the role", `The plans were welcomed by the campaign group Open Roads, whose chairman Sir Ian Ward said the scheme was overdue.`,
		[]expect{{"the scheme was overdue", TypeIndirect, "Sir Ian Ward", "chairman", KindPerson}}},
	{"British political titles are roles", `The party is split.

Labour's election co-ordinator Alan Mills said the choice was clear.

The prime minister's spokesman said the date would be set soon.

Tory frontbencher Sam Gates said the plan would fail.`,
		[]expect{
			{"the choice was clear", TypeIndirect, "Alan Mills", "Labour's election co-ordinator", KindPerson},
			{"the date would be set soon", TypeIndirect, "", "prime minister's spokesman", KindPerson},
			{"the plan would fail", TypeIndirect, "Sam Gates", "Tory frontbencher", KindPerson},
		}},
	{"a shadow minister keeps the shadow in the role", `Rail strikes go on.

Labour's shadow transport secretary, Tom Aldous, accused ministers of "sitting on their hands". The shadow home secretary, Ann Hale, said the police had been let down.`,
		[]expect{
			{`ministers of "sitting on their hands"`, TypeMixed, "Tom Aldous", "Labour's shadow transport secretary", KindPerson},
			{"the police had been let down", TypeIndirect, "Ann Hale", "shadow home secretary", KindPerson},
		}},
	{"a role stated later for the same person", `Donald Kemp spoke in Ohio on Monday.

The Republican nominee seized on the jobs report. "It is a disaster," Mr Kemp said.`,
		[]expect{{"It is a disaster,", TypeDirect, "Donald Kemp", "Republican nominee", KindPerson}}},
	{"an organisation's role before the name", `Tariffs were cut.

Brazil's trade minister, Rafael Nunes, said the tariff would go.`,
		[]expect{{"the tariff would go", TypeIndirect, "Rafael Nunes", "Brazil's trade minister", KindPerson}}},
	{"a relative clause of function is a role", `The count was checked twice.

Grace Wambui, who heads the commission, said the vote was fair.`,
		[]expect{{"the vote was fair", TypeIndirect, "Grace Wambui", "heads the commission", KindPerson}}},
	{"where a person is from is a role", `Prices are expected to fall.

"Shoppers will notice the difference," said Ann Cole, from the Consumer Council.`,
		[]expect{{"Shoppers will notice the difference,", TypeDirect, "Ann Cole", "Consumer Council", KindPerson}}},
	{"the title given with the name first is the role", `Vermont Sen. Ruth Adler spoke first at the town hall on the edge of the city.

Later the Democratic presidential candidate Ruth Adler took questions. "We will win," Ms Adler said.`,
		[]expect{{"We will win,", TypeDirect, "Ruth Adler", "Vermont Sen.", KindPerson}}},
	{"the current role wins over a former one", `Former TV host Ann Cole entered politics in 2010.

"We will win," Ms Cole, the Green Alliance leader, said.`,
		[]expect{{"We will win,", TypeDirect, "Ann Cole", "Green Alliance leader", KindPerson}}},
	{"what an organisation is is its role", `House prices rose in May.

The property website Homefinder said asking prices were up 2%. Housebuilder Ashdown Homes said sales were strong.`,
		[]expect{
			{"asking prices were up 2%", TypeIndirect, "Homefinder", "property website", KindOrganization},
			{"sales were strong", TypeIndirect, "Ashdown Homes", "Housebuilder", KindOrganization},
		}},
	{"a participle aside is no role, a noun use of a cue word is", `The festival line-up was announced.

"It is a great bill," said Chris Dale, host of the station's breakfast show. "We are thrilled," said Ann Cole, speaking at the launch.`,
		[]expect{
			{"It is a great bill,", TypeDirect, "Chris Dale", "host of the station's breakfast show", KindPerson},
			{"We are thrilled,", TypeDirect, "Ann Cole", "", KindPerson},
		}},
	{"no role from inside the reported clause", `The campaign began on Monday.

Ann Cole said the forthcoming general election would be close.`,
		[]expect{{"the forthcoming general election would be close", TypeIndirect, "Ann Cole", "", KindPerson}}},

	{"a relative clause of function with an adverb, cut at a dash", `The old gym reopened.

"He set the standard," said Dino Reyes, who now runs the Eastside Gym — which still hosts a class named for him.`,
		[]expect{{"He set the standard,", TypeDirect, "Dino Reyes", "runs the Eastside Gym", KindPerson}}},
	{"an appositive role after the age of an inverted speaker, a hometown is none", `The rally drew a big crowd.

"We are ready," said Sara Walsh, 44, a care worker from Leeds who came by bus. "It was worth it," said Tom Reilly, 60, of Dunmore.`,
		[]expect{
			{"We are ready,", TypeDirect, "Sara Walsh", "care worker from Leeds", KindPerson},
			{"It was worth it,", TypeDirect, "Tom Reilly", "", KindPerson},
		}},
	{"a surname before a name suffix", `The service lasted two hours.

Assistant pastor Charles Dunn III asked the crowd to stand. "No one did more for this city," Dunn said.`,
		[]expect{
			{"the crowd to stand", TypeIndirect, "Charles Dunn III", "Assistant pastor", KindPerson},
			{"No one did more for this city,", TypeDirect, "Charles Dunn III", "Assistant pastor", KindPerson},
		}},

	{"an abbreviated title stays as written and a description still finds it", `Farm incomes fell again.

Sen. Ruth Adler met farmers on Monday. "Prices are too low," the senator said.`,
		[]expect{{"Prices are too low,", TypeDirect, "Ruth Adler", "Sen.", KindPerson}}},

	{"a plural title before two names gives each the title", `Debate night in Denver.

On Tuesday, Sens. Ann Cole (Ohio) and Tom Reilly (Iowa) clashed over tax credits. "We owe growers a straight answer," Cole said. "It is a handout," Reilly said.`,
		[]expect{
			{"We owe growers a straight answer,", TypeDirect, "Ann Cole", "Sen.", KindPerson},
			{"It is a handout,", TypeDirect, "Tom Reilly", "Sen.", KindPerson},
		}},

	{"a description is of the person the paragraph is about, not one named in passing", `The race turned sour.

Tom Reilly joined in on Monday, mocking Sam Ortiz at a rally. "He has run out of ideas," the former mayor said.`,
		[]expect{{"He has run out of ideas,", TypeDirect, "Tom Reilly", "former mayor", KindPerson}}},

	{"a relative clause saying what the person is belongs to the role", `The clinic reopened on Monday.

Ken Marsh, 52, a retired nurse who now is a volunteer at the clinic, said the wait was too long.`,
		[]expect{{"the wait was too long", TypeIndirect, "Ken Marsh", "retired nurse who now is a volunteer at the clinic", KindPerson}}},

	{"a place phrase between the cue and that", `Verdict.

The judge said outside court that the case was closed. Ann Cole told reporters near the station that she would appeal.`,
		[]expect{
			{"the case was closed", TypeIndirect, "", "judge", KindPerson},
			{"she would appeal", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	{"an interviewer's question between two answers", `A late start.

"I did not wait," Ruth Kadeem says.

What changed?

"My granddaughter found a manuscript in a drawer."`,
		[]expect{
			{"I did not wait,", TypeDirect, "Ruth Kadeem", "", KindPerson},
			{"My granddaughter found a manuscript in a drawer.", TypeDirect, "Ruth Kadeem", "", KindPerson},
		}},
	{"a description after an organisation's name says what it is", `Farm subsidies.

The National Farmers League said the plan would hurt small farms. The country's largest farm group also said it would lobby ministers.`,
		[]expect{
			{"the plan would hurt small farms", TypeIndirect, "National Farmers League", "country's largest farm group", KindOrganization},
			{"it would lobby ministers", TypeIndirect, "National Farmers League", "country's largest farm group", KindOrganization},
		}},
	{"an organisation's possessive before a name is whom the person speaks for, a country's is not", `Streaming deal.

"We will not raise prices," said Vellum Networks' Ann Cole. The UK's Tom Reilly said the deal was fair.`,
		[]expect{
			{"We will not raise prices,", TypeDirect, "Ann Cole", "Vellum Networks", KindPerson},
			{"the deal was fair", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"the organisation a first paragraph describes at its end is the one the next paragraph names", `Banks given more time

Lenders have been given another year to meet new capital rules set by the UK banking watchdog.

The Central Bank Authority has extended the deadline to June. It said banks had asked for more time.`,
		[]expect{{"banks had asked for more time", TypeIndirect, "Central Bank Authority", "UK banking watchdog", KindOrganization}}},
	{"an appointment gives the news's role, not the title before the name; an active verb gives none", `Festival news

Jazz singer Ann Cole has been named artistic director of the Dunmore festival, to be held in June. "I am thrilled," she said. Tom Reilly has named his deputy. "It was easy," Reilly said.`,
		[]expect{
			{"I am thrilled,", TypeDirect, "Ann Cole", "artistic director of the Dunmore festival", KindPerson},
			{"It was easy,", TypeDirect, "Tom Reilly", "", KindPerson},
		}},
	{"a description with a place says more than an abbreviated title", `Farm bill.

Rep. Tom Reilly spoke to farmers on Monday. The Iowa congressman said the bill would pass. "It is a good bill," Reilly said.`,
		[]expect{
			{"the bill would pass", TypeIndirect, "Tom Reilly", "Iowa congressman", KindPerson},
			{"It is a good bill,", TypeDirect, "Tom Reilly", "Iowa congressman", KindPerson},
		}},
	{"an age and a home town are no role, an age before a job keeps the job", `Voters queue early.

"I made up my mind weeks ago," said Tom Reilly, a 47-year-old from Dunmore. "It was a hard choice," said Ann Cole, a 52-year-old nurse.`,
		[]expect{
			{"I made up my mind weeks ago,", TypeDirect, "Tom Reilly", "", KindPerson},
			{"It was a hard choice,", TypeDirect, "Ann Cole", "52-year-old nurse", KindPerson},
		}},
	{"an organisation's description before its name set off by commas is its role", `Car sales rose in March.

The French carmaker, Renault, said its sales rose by 4%. The UN refugee agency, the UNHCR, said the camps were full.`,
		[]expect{
			{"its sales rose by 4%", TypeIndirect, "Renault", "French carmaker", KindOrganization},
			{"the camps were full", TypeIndirect, "UNHCR", "UN refugee agency", KindOrganization},
		}},
	{"a participle before a capitalised title opens no role", `The casino may reopen.

State officials, including Gov. Tom Reilly, said the casino would reopen in May.`,
		[]expect{{"the casino would reopen in May", TypeIndirect, "", "State officials", KindGroup}}},
	{"a family tie before a first name is the role and gives the family name", `Old recordings of the band were found in an attic.

Sound engineer Tom Hale made the tapes in 1962. "We kept them for years," Hale's son Peter, 57, said. "Honestly, the cash would help," his son said.`,
		[]expect{
			{"We kept them for years,", TypeDirect, "Peter Hale", "Hale's son", KindPerson},
			{"Honestly, the cash would help,", TypeDirect, "Peter Hale", "Hale's son", KindPerson},
		}},
	{"a home town with its state after a name is no role; a firm or a country is", `Voters lined up before dawn.

"I think she should have stayed home," said Jo Pardew of Leyton, Mass., after the rally. "We want change," said Sam Ortiz of Harlow Bank. "Not yet," said Tom Reilly of Dunmore, N.H., on Tuesday. Foreign Minister Ana Lopes of Portugal said the talks would resume. "We will see," said Luis Ruiz of Spain.`,
		[]expect{
			{"I think she should have stayed home,", TypeDirect, "Jo Pardew", "", KindPerson},
			{"We want change,", TypeDirect, "Sam Ortiz", "Harlow Bank", KindPerson},
			{"Not yet,", TypeDirect, "Tom Reilly", "", KindPerson},
			{"the talks would resume", TypeIndirect, "Ana Lopes", "Foreign Minister", KindPerson},
			{"We will see,", TypeDirect, "Luis Ruiz", "Spain", KindPerson},
		}},
	{"a city after a firm says where the firm is: the firm is the role", `Shares slide.

Tom Reilly of Barclays, London, said the fall would not last. "It is a blip," said Ann Cole of Harlow Capital, Frankfurt.`,
		[]expect{
			{"the fall would not last", TypeIndirect, "Tom Reilly", "Barclays", KindPerson},
			{"It is a blip,", TypeDirect, "Ann Cole", "Harlow Capital", KindPerson},
		}},
	{"a caption's aside in parentheses after a name is no role; a party is", `Flood defences fail.

George Hale (pictured) said the wall had given way. Sam Ortiz (left) said he agreed. Rep. Lena Hollis (D-Wis.) said she would ask for funds.`,
		[]expect{
			{"the wall had given way", TypeIndirect, "George Hale", "", KindPerson},
			{"he agreed", TypeIndirect, "Sam Ortiz", "", KindPerson},
			{"she would ask for funds", TypeIndirect, "Lena Hollis", "Rep. (D-Wis.)", KindPerson},
		}},
	{"a description that opens a sentence gives its role to the person the next sentence names", `The dollar fell again.

Traders were nervous. But the council's fiscal affairs commissioner left no doubt about the need for action. "We expect hard choices this year," said Ines Moreno.`,
		[]expect{{"We expect hard choices this year,", TypeDirect, "Ines Moreno", "council's fiscal affairs commissioner", KindPerson}}},
	// 4. Not reported speech.
	{"declining to comment with an adverb is no report", `The band's label, Rough Trade, declined to comment further. Ms Cole refused to comment publicly.`,
		nil},
	{"no report where a review found a rule too broad", `A long week.

The senator was met by protesters, chanting that she should resign. Ann Cole lost the vote, added to the pressure on the party. Cole said the plan had failed, a dozen firms closed last year and jobs went.

"We will win the seat."

- Reuters`,
		[]expect{
			{"the plan had failed, a dozen firms closed last year and jobs went", TypeIndirect, "Ann Cole", "", KindPerson},
			// (her quoted paragraph goes on her report since L243; the
			// credit line is still no signature)
			{"We will win the seat.", TypeDirect, "Ann Cole", "", KindPerson},
		}},
	{"a source who does not want to be named", `Rail chaos goes on.

Another traveller, who did not want to be named, said the disruption had cost his firm thousands of pounds. A driver, who asked to remain anonymous, said morale was low.`,
		[]expect{
			{"the disruption had cost his firm thousands of pounds", TypeIndirect, "", "traveller", KindPerson},
			{"morale was low", TypeIndirect, "", "driver", KindPerson},
		}},
	{"a fronted setting before a closing cue is no report", `The debate ran late.

In the second half, moderator Lena Price asked Mr Haddad about his donors. Then, on Monday, Ann Cole called.`, nil},
	{"declined to comment", `The firm was fined.

A spokesman for the firm declined to comment.`, nil},
	{"is expected to and is understood to", `The minister is expected to resign. The cabinet is understood to have met on Sunday.`, nil},
	{"conceded defeat", `The count ended at dawn.

Ms Ross conceded defeat on Sunday.`, nil},
	{"praised his handling", `The storm passed.

The mayor praised his handling of the crisis.`, nil},
	{"was asked about", `The press conference was short.

Sam Ortiz was asked about the strike.`, nil},
	{"who asked not to be named", `Prices rose.

A trader, who asked not to be named, bought more shares.`, nil},
	{"a thing as the object of a cue reports nothing", `The quarterly figures are out.

The bakery chain added 300 jobs in March and posted a record profit. Its rival maintained its lead.`, nil},
	{"an object verb with a that-clause or a clause still reports", `Maya Ross lost by 40 votes.

Ms Ross conceded that the result was clear, and her agent added, "She will be back."`,
		[]expect{
			{"the result was clear", TypeIndirect, "Maya Ross", "", KindPerson},
			{"She will be back.", TypeDirect, "", "agent", KindPerson},
		}},
	{"an infinitive of a cue verb with its own object reports", `The campaign turned sour.

Senator Ruth Adler continued to question the figures. She refused to say whether she would vote.`,
		[]expect{
			{"to question the figures", TypeIndirect, "Ruth Adler", "Senator", KindPerson},
			{"whether she would vote", TypeIndirect, "Ruth Adler", "Senator", KindPerson},
		}},
	{"a cue word after a determiner and a noun is a noun", `The audit was published on Friday.

The audit office report could not confirm the figures. Her team ran a phone briefing stressing the vote.`, nil},
	{"agreed on its own", `The vote was close.

Maya Ross agreed.`, nil},
	{"adding to a lead is no report", `Results came in overnight.

Ann Cole won the primary in Leeds, adding to her lead over Tom Reilly.`, nil},
	// 7. Quotations a clause introduces with a colon.
	{"a quote from a person that a colon introduces is that person's", `City hit.

The report ended with a quote from the mayor:

"The city will recover."

The statement ended with a line from Tom Reilly:

"We owe it to the families."

Ann Hale flew in from Kiev: "We are safe."`,
		[]expect{
			{"The city will recover.", TypeDirect, "", "mayor", KindPerson},
			{"We owe it to the families.", TypeDirect, "Tom Reilly", "", KindPerson},
			{"We are safe.", TypeDirect, "Ann Hale", "", KindPerson},
		}},
	{"a clause with no cue introduces a quotation with a colon", `The depot is to close.

The Green Alliance had one message for the council: "Keep the depot open." Mayor Ann Cole turned to the crowd: "We will find the money."`,
		[]expect{
			{"Keep the depot open.", TypeDirect, "Green Alliance", "", KindOrganization},
			{"We will find the money.", TypeDirect, "Ann Cole", "Mayor", KindPerson},
		}},
	{"a name labels the quotation after it", `Readers wrote in about the tram plan.

Tom Reilly: "It is the best offer the city has had in years."`,
		[]expect{{"It is the best offer the city has had in years.", TypeDirect, "Tom Reilly", "", KindPerson}}},
	{"names after a spaced hyphen sign the quotation after their colon", `What the pollsters said this week.

TURNOUT WAS THE STORY - Ann Cole and Tom Reilly: "The polls were not wrong. They just stopped too early."`,
		[]expect{{"The polls were not wrong. They just stopped too early.", TypeDirect, "Ann Cole and Tom Reilly", "", KindGroup}}}, // two joined names sign as one group
	{"a statement a paragraph announces with a colon is its subject's", `Floods hit the valley.

In response, Mayor Ann Cole issued the following statement:

"We mourn those we lost, and we will rebuild every home."

The council then listed the roads it would close:

"Mill Lane, Bridge Street and the old quarry road."`,
		[]expect{{"We mourn those we lost, and we will rebuild every home.", TypeDirect, "Ann Cole", "Mayor", KindPerson}}},
	{"words between the cue and the colon stay in the clause", `The budget vote is on Thursday.

A short time later, Ms Hale wrote back: "We have the figures." Sen. Ruth Adler said back in the spring of 2011: "The state cannot afford this."`,
		[]expect{
			{"We have the figures.", TypeDirect, "Hale", "", KindPerson},
			{"The state cannot afford this.", TypeDirect, "Ruth Adler", "Sen.", KindPerson},
		}},
	{"a thing before a colon introduces no quotation", `The housing plan was published.

The plan is simple: "Build more homes." It was a long night: "No sleep, no deal."`, nil},
	// 8. A quotation that ends on a nested one, set off by a space.
	{"a closing mark after a nested quote and a space closes the quote", `The fair opened on Friday.

"My uncle paid for the marquee. That is why his name is on the 'main stage,' " Eric Dale wrote of the fair. “They told me, ‘Go home,’ ” Ann Cole said.`,
		[]expect{
			{"My uncle paid for the marquee. That is why his name is on the 'main stage,'", TypeDirect, "Eric Dale", "", KindPerson},
			{"They told me, ‘Go home,’", TypeDirect, "Ann Cole", "", KindPerson},
		}},
	// 9. An inverted speaker described, not named.
	{"an inverted descriptor with a head no list knows", `The mill closed in March.

"It was a good place to work," said the 52-year-old. "Somebody cooked the books," said a retired senior fire safety inspector. "We were never told," said the woman.`,
		[]expect{
			{"It was a good place to work,", TypeDirect, "", "", KindPerson},
			{"Somebody cooked the books,", TypeDirect, "", "retired senior fire safety inspector", KindPerson},
			{"We were never told,", TypeDirect, "", "", KindPerson},
		}},
	// 10. A title after a speaker's quote is no further part of it.
	{"a title after the attribution is not a continuation", `The book prize was announced.

"It is a story about work," said Ann Cole, the author of "Rivers of Home." "Readers have been kind," said Tom Reilly, who appeared on "Morning Talk."`,
		[]expect{
			{"It is a story about work,", TypeDirect, "Ann Cole", "author", KindPerson},
			{"Readers have been kind,", TypeDirect, "Tom Reilly", "", KindPerson},
		}},
	// 11. A description of the person just named, of either gender.
	{"a place and a party describe the person just named", `The budget vote is on Friday.

House Speaker Ann Cole met reporters on Monday. The Ohio Republican said the vote would pass.`,
		[]expect{{"the vote would pass", TypeIndirect, "Ann Cole", "House Speaker", KindPerson}}},
	{"a description with no gender resolves to a woman just named", `The arts festival opened on Saturday.

Writer Maya Ross left the studio early. The veteran broadcaster said the programme had lost its way.`,
		[]expect{{"the programme had lost its way", TypeIndirect, "Maya Ross", "Writer", KindPerson}}},
	// 12. A thousands comma is part of its number.
	{"a thousands comma inside a role", `The city marathon is on Sunday.

Triple European 5,000m champion Tom Reilly said he would race again. The organisers, who expect 12,000 runners, said the route was fast.`,
		[]expect{
			{"he would race again", TypeIndirect, "Tom Reilly", "Triple European 5,000m champion", KindPerson},
			{"the route was fast", TypeIndirect, "", "organisers", KindGroup},
		}},
	// 13. A ranking is a role.
	{"a ranking before a name is its role", `The draw was made on Friday.

Former world number one Gareth Dale said the final would be close. British number one Ann Cole said she was fit.`,
		[]expect{
			{"the final would be close", TypeIndirect, "Gareth Dale", "Former world number one", KindPerson},
			{"she was fit", TypeIndirect, "Ann Cole", "British number one", KindPerson},
		}},
	// 14. Quote-first attributions with a speaker of an unusual shape.
	{"a question then a speaker with an appositive", `The phone bank opened at nine.

"Good evening, I am ringing for the mayor. Have you got a minute?" Pollard, a retired bus driver from the estate, said into the phone.`,
		[]expect{{"Good evening, I am ringing for the mayor. Have you got a minute?", TypeDirect, "Pollard", "retired bus driver from the estate", KindPerson}}},
	{"an age or a participle phrase after the descriptor", `The clip went viral.

"Who will pay for the tents?" the 37-year-old asked in a recording. "It lets people do their bit," says a source working on the appeal.`,
		[]expect{
			{"Who will pay for the tents?", TypeDirect, "", "", KindPerson},
			{"It lets people do their bit,", TypeDirect, "", "source", KindPerson},
		}},
	{"two named speakers and a hyphenated role", `The report was published on Monday.

"The line will open in May," Ann Cole and Tom Reilly wrote. "We are ready," radio co-host Dana Morgan said.`,
		[]expect{
			{"The line will open in May,", TypeDirect, "Ann Cole and Tom Reilly", "", KindGroup}, // the two write it together
			{"We are ready,", TypeDirect, "Dana Morgan", "radio co-host", KindPerson},
		}},
	// 15. Appositive roles after an age or before a relative clause.
	{"a role after the age and a role before who", `The clinic reopened.

Ann Cole, 58, a midwife, said she was relieved. Maria Lopes, a former planner who now studies towns at the Civic Institute, said the plan was late.`,
		[]expect{
			{"she was relieved", TypeIndirect, "Ann Cole", "midwife", KindPerson},
			{"the plan was late", TypeIndirect, "Maria Lopes", "former planner", KindPerson},
		}},
	{"an age and a home town whose name holds a role word state no role", `Voters are split on the tax plan.

"I was never going to vote for it," said Tom Reilly, a 61-year-old from Bishop Auckland, who voted by post.`,
		[]expect{{"I was never going to vote for it,", TypeDirect, "Tom Reilly", "", KindPerson}}},
	// 16. More words between subject, cue and clause.
	{"an it-clause after a phrase opens the report", `Trust takes time.

Ann Cole said in farming it takes years to learn the land.`,
		[]expect{{"in farming it takes years to learn the land", TypeIndirect, "Ann Cole", "", KindPerson}}},
	{"a prepositional or participle aside between subject and cue", `The firm was sold.

Sam Gates, in contrast, told the agency he was working with the buyers. Tom Reilly, touched by her letter, told her she could keep the dog.`,
		[]expect{
			{"he was working with the buyers", TypeIndirect, "Sam Gates", "", KindPerson},
			{"she could keep the dog", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a quotation inside the aside", `The count went on into the night.

Mr Dale, citing "the unique spirit of the town," said the candidate could still win.`,
		[]expect{
			{"the unique spirit of the town,", TypeMixed, "Dale", "", KindPerson}, // the grounds he cited (L160)
			{"the candidate could still win", TypeIndirect, "Dale", "", KindPerson},
		}},
	{"a coordinated cue after a comma and a pronoun joined by and", `Maya Ross trained as a teacher.

Ms Ross cleared the debt within six years, but said she could not afford to teach. Guards shoved a cameraman aside, she and another reporter said.`,
		[]expect{
			{"she could not afford to teach", TypeIndirect, "Maya Ross", "", KindPerson},
			{"Guards shoved a cameraman aside", TypeIndirect, "", "reporter", KindPerson}, // the record names the last of two
		}},
	{"a subordinate clause after the hearer is no report", `The speech was long in the making.

This is not about me, the mayor told her advisers as she worked on the speech.`,
		[]expect{{"This is not about me", TypeIndirect, "", "mayor", KindPerson}}},
	{"an aside in parentheses or between dashes before the cue", `Farm costs climb.

Rep. Tom Elway (a Vermont Democrat who rarely speaks on the floor) says he was surprised by the vote. Most dairy farmers in the county -- and nearly half of the orchard owners -- said that the drought had cut their income. A final (and personal) note on the harvest: it was late.`,
		[]expect{
			{"he was surprised by the vote", TypeIndirect, "Tom Elway", "Rep.", KindPerson},
			{"the drought had cut their income", TypeIndirect, "", "Most dairy farmers", KindGroup},
		}},
	{"a relative clause with no relative word between subject and cue", `The plant will close.

Several workers I spoke with on Tuesday said the plant had already cut shifts. The voters we've interviewed outside the hall say the mayor has lost their trust.`,
		[]expect{
			{"the plant had already cut shifts", TypeIndirect, "", "workers", KindGroup},
			{"the mayor has lost their trust", TypeIndirect, "", "voters", KindGroup},
		}},
	{"a document before a relative that or which bears the words", `The race heats up.

The campaign released an ad that says, "Ann Hale will fight for you." The council put out a statement which said the plan was dead. A supporter held up a sign that said "Hale for mayor."`,
		[]expect{
			{"Ann Hale will fight for you.", TypeDirect, "", "", KindOrganization},
			{"the plan was dead", TypeIndirect, "", "", KindOrganization},
		}},
	{"a cue after a cue phrase and to has the phrase's subject", `The budget was passed.

Councillor Ann Cole praised the staff. She then went on to say that the library would stay open. Tom Reilly went on to win the seat.`,
		[]expect{{"the library would stay open", TypeIndirect, "Ann Cole", "Councillor", KindPerson}}},
	// 18. A relative clause that closes a reported clause is the writer's.
	{"a relative clause closing the reported clause is not reported", `The vote is on Tuesday.

Tom Reilly said the council had hired Sam Ortiz, who has run two campaigns. Ms Cole said the plan, which starts in May, would cost less.`,
		[]expect{
			{"the council had hired Sam Ortiz", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"the plan, which starts in May, would cost less", TypeIndirect, "Cole", "", KindPerson},
		}},
	// 19. A participle phrase after a reported clause is part of the report.
	{"a participle phrase closing the reported clause is reported", `The survey was published on Monday.

Ann Cole said more than 60% of buyers kept their old phones, making the country a nation of hoarders. Tom Reilly said the plan would fail, adding that the council had been warned.`,
		[]expect{
			{"more than 60% of buyers kept their old phones, making the country a nation of hoarders", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the plan would fail", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"the council had been warned", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	// 20. A town named with its state is no person a description refers to.
	{"a town and its state are not a person", `The caucuses are a week away.

Ann Cole toured the state. During a stop in Creston, Iowa, the Republican presidential candidate said the plan would work.`,
		[]expect{{"the plan would work", TypeIndirect, "Ann Cole", "Republican presidential candidate", KindPerson}}},
	{"the state after a speaker's home town is no subject", `Workers walk out.

Union leader Carl Benning of Trenton, N.J., explained that pay had been frozen for years.`,
		[]expect{{"pay had been frozen for years", TypeIndirect, "Carl Benning", "Union leader", KindPerson}}},
	// 21. A party and state between commas is no name.
	{"a party and state after the name is not a person", `The vote was close.

Rep. Chris Dale, R-NY, says the meeting went well.`,
		[]expect{{"the meeting went well", TypeIndirect, "Chris Dale", "Rep. R-NY", KindPerson}}},
	// 22. A cue-less quotation after a speaker's mixed report goes on it.
	{"a quotation after an organisation's mixed report in the same paragraph", `Visitor numbers rose in the summer.

Overall, the Harbour Authority said that "the outlook remains strong". "Visitor numbers are likely to keep rising into next year."`,
		[]expect{
			{"\"the outlook remains strong\"", TypeMixed, "Harbour Authority", "", KindOrganization},
			{"Visitor numbers are likely to keep rising into next year.", TypeDirect, "Harbour Authority", "", KindOrganization},
		}},
	{"a quotation opening the paragraph after a person's mixed report", `The panel show ended early.

Maya Ross also said that her fellow panellists had "scripts".

"Nobody told me who else had been booked for the show."`,
		[]expect{
			{"her fellow panellists had \"scripts\"", TypeMixed, "Maya Ross", "", KindPerson},
			{"Nobody told me who else had been booked for the show.", TypeDirect, "Maya Ross", "", KindPerson},
		}},
	// 23. An ampersand joins the words of a firm's name.
	{"a firm named with an ampersand and its initials", `High street sales rose in December.

Fashion retailer Fenwick & Dale said sales were up 4%. F&D said that "trading remains strong".`,
		[]expect{
			{"sales were up 4%", TypeIndirect, "Fenwick & Dale", "Fashion retailer", KindOrganization},
			{"\"trading remains strong\"", TypeMixed, "Fenwick & Dale", "Fashion retailer", KindOrganization},
		}},
	// 24. A quotation that goes on a sentence begun before its clause.
	{"the words before an interrupting clause begin a mixed quote", `The mill closed in May.

"We did everything we could," said Tom Reilly, the union's regional secretary. In the end, he said, "the owners had made up their minds long ago."`,
		[]expect{
			{"We did everything we could,", TypeDirect, "Tom Reilly", "union's regional secretary", KindPerson},
			{"In the end", TypeMixed, "Tom Reilly", "union's regional secretary", KindPerson},
			{"the owners had made up their minds long ago.", TypeMixed, "Tom Reilly", "union's regional secretary", KindPerson},
		}},
	{"a capitalised quotation after an interrupting clause stands alone", `Rates rose again.

In a note to clients on Friday, bank economist Ann Cole wrote, "Nobody expected this."`,
		[]expect{{"Nobody expected this.", TypeDirect, "Ann Cole", "bank economist", KindPerson}}},
	// 25. Subjects set off by commas that no role list knows.
	{"a sentence-initial connective before a subject and its appositive", `The vote was close.

But Ann Cole, the league's deputy treasurer, said that many members were angry.`,
		[]expect{{"many members were angry", TypeIndirect, "Ann Cole", "league's deputy treasurer", KindPerson}}},
	{"an appositive with a prepositional phrase after its head", `The hotel shut its kitchen.

Maya Ross, a cook at the Bellhaven Hotel, said the staff had not been paid since March.`,
		[]expect{{"the staff had not been paid since March", TypeIndirect, "Maya Ross", "cook at the Bellhaven Hotel", KindPerson}}},
	{"an appositive of two coordinated nouns", `The station changed hands.

Tom Reilly, a breakfast presenter and station manager, said listeners had noticed the change.`,
		[]expect{{"listeners had noticed the change", TypeIndirect, "Tom Reilly", "breakfast presenter and station manager", KindPerson}}},
	{"an appositive with a capitalised head", `The bill passed the state senate.

Dan Price, a Republican, said the measure would save money.`,
		[]expect{{"the measure would save money", TypeIndirect, "Dan Price", "Republican", KindPerson}}},
	{"an appositive after a description's named firm describes the firm", `Broadband prices rise.

A spokesman for Netlane, the country's second-largest supplier, said customers would be told in writing.`,
		[]expect{{"customers would be told in writing", TypeIndirect, "", "spokesman for Netlane", KindPerson}}},

	// 26. "according to X" opening a sentence (after a dateline, a colon or a
	// parenthesis too), after a quotation, and between a subject and its verb.
	{"an opening according-to source with an appositive before the report", `Plan shelved.

According to Tom Reilly, a professor at Leeds, the plan was shelved in June.`,
		[]expect{{"the plan was shelved in June", TypeIndirect, "Tom Reilly", "professor at Leeds", KindPerson}}},
	{"an opening according-to with a short report after a headline", `Ferry route cut.

According to Helen Marsh, a professor at Leeds, the scheme has failed.`,
		[]expect{{"the scheme has failed", TypeIndirect, "Helen Marsh", "professor at Leeds", KindPerson}}},
	{"an opening according-to with a bare name and a short report", `Harbour plan stalls.

According to Ben Ode, the plan has failed.`,
		[]expect{{"the plan has failed", TypeIndirect, "Ben Ode", "", KindPerson}}},
	{"an opening according-to after a British dateline", `Rail fares to rise.

LONDON (Reuters) - According to Ben Ode, the regulator's chief economist, fares will rise by 4% in March.`,
		[]expect{{"fares will rise by 4% in March", TypeIndirect, "Ben Ode", "regulator's chief economist", KindPerson}}},
	{"an opening according-to after an American dateline", `Reservoir runs low.

DENVER — According to state records, the reservoir is at its lowest level since 1977.`,
		[]expect{{"the reservoir is at its lowest level since 1977", TypeIndirect, "", "", ""}}},
	{"an opening according-to after a colon", `Levy draws fire.

The levy has its critics: According to a new survey, most voters oppose it.`,
		[]expect{{"most voters oppose it", TypeIndirect, "", "", ""}}},
	{"an opening according-to inside parentheses", `Skate park fines.

Skaters say fines are rising. (According to the county police, it keeps no records of the fines.)`,
		[]expect{
			{"fines are rising", TypeIndirect, "Skaters", "", ""},
			{"it keeps no records of the fines", TypeIndirect, "", "county police", ""},
		}},
	{"a direct quote before according to", `Council tax to rise.

"We will not cut services," according to council leader Maya Ross.`,
		[]expect{{"We will not cut services,", TypeDirect, "Maya Ross", "council leader", KindPerson}}},
	{"a mixed quote whose comma closes inside the marks before according to", `Council tax to rise.

The rise is "the least bad option," according to council leader Maya Ross.`,
		[]expect{{"The rise is \"the least bad option,\"", TypeMixed, "Maya Ross", "council leader", KindPerson}}},
	{"according to between a subject and its verb", `Council tax to rise.

His main complaint, according to an aide, was the timing of the vote.`,
		[]expect{
			{"His main complaint", TypeIndirect, "", "aide", KindPerson},
			{"was the timing of the vote", TypeIndirect, "", "aide", KindPerson},
		}},
	{"a poll that opens the sentence with in is the source of its finding", `Hale leads in Ohio.

In a Marlow College poll released on Monday, Hale led Orme by 12 points among likely voters. In the video, Hale is seen waving to the crowd.`,
		[]expect{{"Hale led Orme by 12 points among likely voters", TypeIndirect, "Marlow College", "", KindOrganization}}},
	// 27. A label verb with its particle reports a clause, not a label.
	{"called for with a quoted word in its object", `Aid talks resume.

Ann Cole, the charity's director, also called for more "leeway" for relief crews along the border.`,
		[]expect{{"more \"leeway\" for relief crews along the border", TypeMixed, "Ann Cole", "charity's director", KindPerson}}},
	{"a verb whose bare object is no report labels it with a quotation", `Council tax row.

The minister dismissed the plans as 'a gimmick'. Judge Ann Cole dismissed the case on Tuesday.`,
		[]expect{{"the plans as 'a gimmick'", TypeMixed, "", "minister", KindPerson}}},
	// 28. Three apostrophes close a nested single quotation, then the double one.
	{"three apostrophes close a nested quotation first", `Talks go on.

''We are told every time, 'This one is different,''' Mr. Reilly said. ''It never is.''`,
		[]expect{
			{"We are told every time, 'This one is different,'", TypeDirect, "Reilly", "", KindPerson},
			{"It never is.", TypeDirect, "Reilly", "", KindPerson},
		}},
	// 29. A bare cue noun after a singular noun is a compound ("the office reports" would be the verb).
	{"a bare cue noun after a singular noun", `The pier is closed.

The harbour authority report warned that the pier was unsafe.`,
		[]expect{{"the pier was unsafe", TypeIndirect, "", "", ""}}},
	{"a cue noun after a document's modifying phrase is the document's verb", `The club is in trouble.

A report on the club shows that it lost money for a third year. Footage from the match shows fans leaving at half time.`,
		[]expect{
			{"it lost money for a third year", TypeIndirect, "", "", ""},
			{"fans leaving at half time", TypeIndirect, "", "", ""},
		}},
	{"states that after a singular subject is a cue, after a plural or an adjective the places", `Aide's memoir stirs row.

Gary Byrne states that the plan was never approved. The report states that costs doubled. Byrne, a former aide, states that the minister knew.

Southern states that joined the case lost. Voters in states that held primaries were angry.`,
		[]expect{
			{"the plan was never approved", TypeIndirect, "Gary Byrne", "former aide", KindPerson},
			{"costs doubled", TypeIndirect, "", "", KindOrganization},
			{"the minister knew", TypeIndirect, "Gary Byrne", "former aide", KindPerson},
		}},
	{"a cue noun right before a finite cue is its subject, no verb", `Plant's future in doubt.

The new reports said the plant would close. The early claims suggested the owners had known for a year. Ann Cole reports the talks have stalled.`,
		[]expect{
			{"the plant would close", TypeIndirect, "", "", ""},
			{"the owners had known for a year", TypeIndirect, "", "", ""},
			{"the talks have stalled", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	// 30. The question put to a speaker by a participle with no subject of its own.
	{"a question opening the sentence of its answer", `The minister faced the press.

Asked whether she would run again, Ms Cole said she had not decided.`,
		[]expect{
			{"whether she would run again", TypeIndirect, "", "", ""},
			{"she had not decided", TypeIndirect, "Cole", "", KindPerson},
		}},
	{"a question after when, closing the sentence of the answer", `The minister faced the press.

"We will see," Ms Cole said when asked if she would stand for the leadership.`,
		[]expect{
			{"We will see,", TypeDirect, "Cole", "", KindPerson},
			{"if she would stand for the leadership", TypeIndirect, "", "", ""},
		}},
	{"a request after a comma is no question", `The minister faced the press.

Ms Cole, asked to comment, declined.`, nil},
	// 31. A headline in title case: its capitalised cue is a verb.
	{"a headline that is one quotation after its label quotes inside the marks", `Theresa Vane: 'I will not resign'

The row deepened on Monday as MPs returned to Westminster.`,
		[]expect{{"I will not resign", TypeDirect, "Theresa Vane", "", KindPerson}}},
	{"a title-case headline with its cue", `Mayor Ann Cole Says She Will Stand Again

The mayor of Leeds, Ann Cole, said on Monday that she would stand again.`,
		[]expect{
			{"She Will Stand Again", TypeIndirect, "Ann Cole", "mayor of Leeds", KindPerson}, // (the story's role over the headline's)
			{"she would stand again", TypeIndirect, "Ann Cole", "mayor of Leeds", KindPerson},
		}},
	// 32. A plural possessive in the speaker's phrase is no quotation mark.
	{"a plural possessive in an appositive after the quote", `The fund-raising totals were published.

“These totals leave us well ahead of where we hoped to be,” Tom Reilly, the Greens’ campaign manager, said in an email. “Pensioners are sending in five pounds at a time.”

"We will keep going," said Ann Cole, the unions' lead negotiator.`,
		[]expect{
			{"These totals leave us well ahead of where we hoped to be,", TypeDirect, "Tom Reilly", "Greens’ campaign manager", KindPerson},
			{"Pensioners are sending in five pounds at a time.", TypeDirect, "Tom Reilly", "Greens’ campaign manager", KindPerson},
			{"We will keep going,", TypeDirect, "Ann Cole", "unions' lead negotiator", KindPerson},
		}},
	// 33. Speech in title case is no title.
	{"a capitalised quote before its attribution is speech", `Crime figures were released on Tuesday.

"Like Dover. Or Hull," Mr Reilly said. "The numbers are worse there."

"Not In My Town," Ann Cole told the meeting.`,
		[]expect{
			{"Like Dover. Or Hull,", TypeDirect, "Reilly", "", KindPerson},
			{"The numbers are worse there.", TypeDirect, "Reilly", "", KindPerson},
			{"Not In My Town,", TypeDirect, "Ann Cole", "", KindPerson},
		}},
	// 34. After a question, the attribution clause with its circumstances.
	{"a question then a cue with a long circumstance", `The council leader was unrepentant.

"You think I am going to change?" Ann Cole asked reporters at a briefing early last week. "I am not changing."

"Who pays for it?" Tom Reilly asked. He agreed to meet the residents on Friday.`,
		[]expect{
			{"You think I am going to change?", TypeDirect, "Ann Cole", "", KindPerson},
			{"I am not changing.", TypeDirect, "Ann Cole", "", KindPerson},
			{"Who pays for it?", TypeDirect, "Tom Reilly", "", KindPerson},
		}},
	// 35. A report inside the attribution sentence (a relative clause, a
	// participle, a question put) does not stop the speaker's next quote.
	{"the next quote after an aside in the attribution sentence", `The depot will close in June.

"I would rather not fall out with the board," said one former official, who said he parted on friendly terms. "I could not afford a lawyer."

"It was a fair offer," Ann Cole told the BBC when asked whether she had met the buyers. "They were very polite."

"We were never consulted," Tom Reilly said, referring to a letter the council sent in May. "Nobody asked us."`,
		[]expect{
			{"I would rather not fall out with the board,", TypeDirect, "", "former official", KindPerson},
			{"he parted on friendly terms", TypeIndirect, "", "", ""},
			{"I could not afford a lawyer.", TypeDirect, "", "former official", KindPerson},
			{"It was a fair offer,", TypeDirect, "Ann Cole", "", KindPerson},
			{"whether she had met the buyers", TypeIndirect, "", "", ""},
			{"They were very polite.", TypeDirect, "Ann Cole", "", KindPerson},
			{"We were never consulted,", TypeDirect, "Tom Reilly", "", KindPerson},
			{"Nobody asked us.", TypeDirect, "Tom Reilly", "", KindPerson},
		}},
	{"the next quote after an aside that quotes a word", `Golf courses are selling again.

"Bookings are up a little, and so are rounds," said Sam Gates, who noted that prices had "cratered" during the slump. "Things are moving in the right direction."`,
		[]expect{
			{"Bookings are up a little, and so are rounds,", TypeDirect, "Sam Gates", "", KindPerson},
			{`prices had "cratered" during the slump`, TypeMixed, "Sam Gates", "", KindPerson},
			{"Things are moving in the right direction.", TypeDirect, "Sam Gates", "", KindPerson},
		}},
	// 36. A quote closed by a full stop, then its bare attribution clause.
	{"a bare attribution after a quote ending in a full stop", `The hearing ran late.

"I hope you find the papers that are missing." Tom Reilly said.

"Who knows." wrote Ann Cole in the Courier.`,
		[]expect{
			{"I hope you find the papers that are missing.", TypeDirect, "Tom Reilly", "", KindPerson},
			{"Who knows.", TypeDirect, "Ann Cole", "", KindPerson},
		}},
	// 37. A quotation signed in the paragraph below it, after a dash.
	{"a quotation signed below after a dash", `Claims from the debate, checked.

"Nearly all of the extra growth has gone to landlords."

- Ann Cole.

She exaggerates the figure.

"Great speech. She is ready."

—Tom Reilly, after the vote.`,
		[]expect{
			{"Nearly all of the extra growth has gone to landlords.", TypeDirect, "Ann Cole", "", KindPerson},
			{"Great speech. She is ready.", TypeDirect, "Tom Reilly", "", KindPerson},
		}},
	// 38. A cue noun after a preposition is no new attribution.
	{"said in reply does not stop the next quote", `The interview turned sharp.

"It is fine to know who said it," Mayor Ann Cole said in reply. "A good quote is a good quote."`,
		[]expect{
			{"It is fine to know who said it,", TypeDirect, "Ann Cole", "Mayor", KindPerson},
			{"A good quote is a good quote.", TypeDirect, "Ann Cole", "Mayor", KindPerson},
		}},
	// 39. The subject of a participle or a colon clause after a fronted
	// phrase, a group as subject, a participle after a quote.
	{"a fronted phrase before the subject of a participle or a colon", `The council met on Monday.

In line with most residents, Councillor Tom Reilly was critical of the plan, telling the Courier: "The proposal is typical of this council."

Asked which ward was her favourite, Ann Cole demurred: "Whichever one I am in."`,
		[]expect{
			{"The proposal is typical of this council.", TypeDirect, "Tom Reilly", "Councillor", KindPerson},
			{"which ward was her favourite", TypeIndirect, "", "", ""},
			{"Whichever one I am in.", TypeDirect, "Ann Cole", "", KindPerson},
		}},
	{"a group opening the sentence of a participle cue", `The minister spoke in Leeds.

Protesters disrupted her address, shouting "Save our libraries!"`,
		[]expect{{"Save our libraries!", TypeDirect, "", "Protesters", KindGroup}}},
	{"a participle after a quote that ends on its comma", `The dispute went to court.

When the mayor suggested the city would sue, Ann Cole fired back: "If they sue us, they will lose," referring to the residents' fund.`,
		[]expect{
			{"the city would sue", TypeIndirect, "", "mayor", KindPerson},
			{"If they sue us, they will lose,", TypeDirect, "Ann Cole", "", KindPerson},
		}},
	// 32. A description in the words of a report describes the person
	// named before it, never the one who reports.
	{"a description in a reported clause is not the speaker", `The school budget is due in May.

Ann Cole has run the district since 2019. Tom Reilly, a parent, said the former headteacher had ignored the families. Ms Cole said the budget was fair.`,
		[]expect{
			{"the former headteacher had ignored the families", TypeIndirect, "Tom Reilly", "parent", KindPerson},
			{"the budget was fair", TypeIndirect, "Ann Cole", "former headteacher", KindPerson},
		}},
	{"a description after the speaker's cue describes the person asked about", `Maria Lopes returned to the capital on Sunday.

In a briefing on Monday, White House spokesman Tom Lane said the veteran opposition leader had been a strong voice for reform. Lopes said she would meet the president.`,
		[]expect{
			{"the veteran opposition leader had been a strong voice for reform", TypeIndirect, "Tom Lane", "White House spokesman", KindPerson},
			{"she would meet the president", TypeIndirect, "Maria Lopes", "veteran opposition leader", KindPerson},
		}},
	// 33. A description that says more of a title makes the role more
	// specific.
	{"a fuller description of a title is the more specific role", `Sen. Ruth Adler opened the debate.

The Ohio senator said the bill would pass. Chief Constable Ann Hale met the council. The Devon chief constable said patrols would rise.`,
		[]expect{
			{"the bill would pass", TypeIndirect, "Ruth Adler", "Ohio senator", KindPerson},
			{"patrols would rise", TypeIndirect, "Ann Hale", "Devon chief constable", KindPerson},
		}},
	// 34. A description that speaks is not a person a preposition
	// governs in its sentence, and a word with "n't" is no name.
	{"a description is not the person after a preposition in its sentence", `Ann Cole Says Rival's Snub Won't 'Derail' Her Campaign

LEEDS — Ann Cole does not recognise the snub of Labour rival Tom Reilly.

In an interview with BBC Leeds hosts Sam Gates and Maria Lopes, the Green Party leader said the snub was "petty."`,
		[]expect{
			{"Rival's Snub Won't 'Derail' Her Campaign", TypeMixed, "Ann Cole", "Green Party leader", KindPerson},
			{`the snub was "petty."`, TypeMixed, "Ann Cole", "Green Party leader", KindPerson},
		}},
	{"a description is the subject of a fronted clause, not its object", `The final was played on Sunday.

When Sam Gates shook hands with Tom Reilly, the Australian said the match had been hard.`,
		[]expect{{"the match had been hard", TypeIndirect, "Sam Gates", "", KindPerson}}},
	// 35. A description that opens a paragraph and describes no one named
	// before it describes the person the next paragraph introduces.
	{"a description before the name gives its role to the person named next", `Council tax row deepens

The head of the Greenfield Tenants Union is angry about the new charges.

Maria Lopes said the council had broken its promise.`,
		[]expect{{"the council had broken its promise", TypeIndirect, "Maria Lopes", "head of the Greenfield Tenants Union", KindPerson}}},
	{"a relation with its phrase before the name is a role", `Bus crash hearing opens

9:20 a.m.

The father of two pupils injured in the Elgin ferry accident is opening the hearing.

Tom Reilly told lawmakers that the district had ignored warnings.`,
		[]expect{{"the district had ignored warnings", TypeIndirect, "Tom Reilly", "father of two pupils injured in the Elgin ferry accident", KindPerson}}},
	{"a description after a paragraph that names someone gives no role forward", `The budget was passed.

Ann Cole spoke first.

The head of the water board is pleased.

Tom Reilly said the board would meet on Friday.`,
		[]expect{{"the board would meet on Friday", TypeIndirect, "Tom Reilly", "", KindPerson}}},
	{"a description that speaks gives no one named after it its quote", `Water bills to rise.

The company's chief spokesman said the firm had no choice.

Tom Reilly, who lives on a pension, said he could not pay.`,
		[]expect{
			{"the firm had no choice", TypeIndirect, "", "company's chief spokesman", KindPerson},
			{"he could not pay", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a person named after a description's sentence is not the one described", `Pay talks resume.

The union's general secretary said there would be no retreat. Tom Reilly said the offer was too low. Prices rose again on Monday. "It is too much," said Sam Orme.`,
		[]expect{
			{"there would be no retreat", TypeIndirect, "", "union's general secretary", KindPerson},
			{"the offer was too low", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"It is too much,", TypeDirect, "Sam Orme", "", KindPerson},
		}},
	{"the speaker of the quote right after a description is the one described", `Pay talks resume.

And the union's general secretary warned that there would be no retreat. "We will not accept less," said Ann Cole.`,
		[]expect{
			{"there would be no retreat", TypeIndirect, "Ann Cole", "union's general secretary", KindPerson},
			{"We will not accept less,", TypeDirect, "Ann Cole", "union's general secretary", KindPerson},
		}},
	{"the speaker of the quote that opens the next paragraph is the one described", `Strike fund runs low.

And the union's finance chief warned that the fund was low.

"We cannot pay strikers for long," said Sam Orme.`,
		[]expect{
			{"the fund was low", TypeIndirect, "Sam Orme", "union's finance chief", KindPerson},
			{"We cannot pay strikers for long,", TypeDirect, "Sam Orme", "union's finance chief", KindPerson},
		}},
	// 40. A run-together quoted paragraph after a mixed report goes on it.
	{"run-together quotes after the speaker's mixed report", `The bank chief was in Leeds.

He said the mill was a "proud part of the town". "Leeds, the birthplace of the firm, is also where your mayor grew up. "I wonder how much her skills owe to the place."`,
		[]expect{
			{"the mill was a \"proud part of the town\"", TypeMixed, "", "bank chief", ""},
			{"Leeds, the birthplace of the firm, is also where your mayor grew up.", TypeDirect, "", "bank chief", ""},
			{"I wonder how much her skills owe to the place.", TypeDirect, "", "bank chief", ""},
		}},
	// 41. A capitalised name's possessive apostrophe is no quotation mark.
	{"a name in s with its possessive before a name", `Broadcasters are nervous.

There is no point airing the footage when viewers are "so quick to complain", said Tyne News' Marcus Hollis.

"We will keep going," said Ann Cole, the Greens' leader.`,
		[]expect{
			{"There is no point airing the footage when viewers are \"so quick to complain\"", TypeMixed, "Marcus Hollis", "Tyne News", KindPerson},
			{"We will keep going,", TypeDirect, "Ann Cole", "Greens' leader", KindPerson},
		}},
	// 42. A quote closed before its full stop runs to the sentence end.
	{"a short quote with the full stop after its mark", `The final was won in straight sets.

Roger Dale lifted the trophy and finished by saying "see you all next year".`,
		[]expect{{"see you all next year", TypeDirect, "Roger Dale", "", KindPerson}}},
	{"a lone surname or a subject with an aside speaks by saying", `Budget talks collapse.

Senator Ann Hale voted against the package on Tuesday.

Hale closed the debate by saying the bill was dead.

Club chairman Tom Reilly, 70, ended his speech by saying he would stand down in May.`,
		[]expect{
			{"the bill was dead", TypeIndirect, "Ann Hale", "Senator", KindPerson},
			{"he would stand down in May", TypeIndirect, "Tom Reilly", "Club chairman", KindPerson},
		}},
	// 43. A curly double mark set off by spaces still opens or closes.
	{"a curly mark standing alone opens or closes by its shape", `The union leader spoke in Leeds.

“They fear their grandchildren will have it harder than they did,” Ann Cole said. “ Honestly, that loss of hope is what we kept hearing.”

“This is how they see the town today, ” Tom Reilly adds.`,
		[]expect{
			{"They fear their grandchildren will have it harder than they did,", TypeDirect, "Ann Cole", "", KindPerson},
			{"Honestly, that loss of hope is what we kept hearing.", TypeDirect, "Ann Cole", "", KindPerson},
			{"This is how they see the town today,", TypeDirect, "Tom Reilly", "", KindPerson},
		}},
	// 44. A quote after a colon that a later clause attributes ends the
	// report before the colon; a cue inside the attribution sentence's
	// aside does not stop the next quote.
	{"a colon quote attributed after it ends the report before it", `The casino opened in April.

Ann Cole told the paper she did not think the casino would last: "By the first frost, it will be empty," Cole predicted. "There are not enough punters."`,
		[]expect{
			{"she did not think the casino would last", TypeIndirect, "Ann Cole", "", KindPerson},
			{"By the first frost, it will be empty,", TypeDirect, "Ann Cole", "", KindPerson},
			{"There are not enough punters.", TypeDirect, "Ann Cole", "", KindPerson},
		}},
	{"a cue in an aside of the attribution sentence", `The radio host backs the mayor.

"And I am not being paid!" Tom Reilly declared, a point he repeats after a phone-in during which listeners asked about his salary. "My income is my own business."`,
		[]expect{
			{"And I am not being paid!", TypeDirect, "Tom Reilly", "", KindPerson},
			{"My income is my own business.", TypeDirect, "Tom Reilly", "", KindPerson},
		}},
	// 46. A cue clause whose object runs to a colon that ends the
	// paragraph hands the next paragraph's quotation to its speaker.
	{"a cue with its object before a paragraph-final colon", `The panel pressed the candidates hard.

Ann Cole called them on it:

"Tonight's line of questioning is exactly why people tune out the press."`,
		[]expect{{"Tonight's line of questioning is exactly why people tune out the press.", TypeDirect, "Ann Cole", "", KindPerson}}},
	// 47. A straight double mark set off by spaces after the quote's last
	// punctuation closes it.
	{"a straight closing mark after a space closes the quote", `The ruling was appealed.

"I think the referee owes us an apology. It was a farce, " Tom Reilly said.

''The reason it worked is the coalition, '' said Ms. Cole.`,
		[]expect{
			{"I think the referee owes us an apology. It was a farce,", TypeDirect, "Tom Reilly", "", KindPerson},
			{"The reason it worked is the coalition,", TypeDirect, "Cole", "", KindPerson},
		}},
	// 48. The subject of "by saying" after a fronted phrase with commas.
	{"a subject after a long fronted phrase speaks by saying", `Ann Cole won the county cup in Derby.

Minutes after lifting the cup, a bouquet and a cheque for charity, Cole waved to the stands and finished by saying "see you all next season".`,
		[]expect{{"see you all next season", TypeDirect, "Ann Cole", "", KindPerson}}},
	// 36. "Rev." is a title, a role; a role before "the Rev." is the
	// person's role.
	{"Rev. is a title and a role before it is the role", `Mourners gathered on Sunday.

The Rev. Tom Reilly said the town had lost a friend. Methodist Rev. Ann Cole said the service would be short.

Church spokesman the Rev. Sam Gates said the doors would open at nine. Gates said the choir would sing.`,
		[]expect{
			{"the town had lost a friend", TypeIndirect, "Tom Reilly", "Rev.", KindPerson},
			{"the service would be short", TypeIndirect, "Ann Cole", "Methodist Rev.", KindPerson},
			{"the doors would open at nine", TypeIndirect, "Sam Gates", "Church spokesman", KindPerson},
			{"the choir would sing", TypeIndirect, "Sam Gates", "Church spokesman", KindPerson},
		}},
	// 37. A role holder's aide is an unnamed person; a description goes
	// to the person named before it, organisations named since aside.
	{"a role holder's spokeswoman is unnamed and the holder takes the role", `Cole to skip conference

Ann Cole's absence from politics will last through this week's Green Party conference.

Citing family reasons, the former minister's spokeswoman told reporters that Cole would stay at home.

Cole said she had no regrets.`,
		[]expect{
			{"family reasons", TypeIndirect, "", "former minister's spokeswoman", KindPerson}, // the grounds she cited (L160)
			{"Cole would stay at home", TypeIndirect, "", "former minister's spokeswoman", KindPerson},
			{"she had no regrets", TypeIndirect, "Ann Cole", "former minister", KindPerson},
		}},
	{"a real estate title is one role", `The resort was sold in 2012.

Tom Reilly bought the hotel last year. The real estate mogul valued the resort at twice its price.

Reilly said the deal was fair.`,
		[]expect{{"the deal was fair", TypeIndirect, "Tom Reilly", "real estate mogul", KindPerson}}},
	// 38. A name of three words is no less a pronoun's antecedent than
	// one of two: the speaker model counts one-word names apart only.
	{"a pronoun after a three-word name's sentence is that person", `The vote was counted on Monday.

Ann Marie Cole said on Sunday that the count would be fair.

"It was calm," said Maria Lopes of the Election Watch group, who observed voting in the north.

Ann Marie Cole's next move is uncertain, but she said last week that she would lead the country.`,
		[]expect{
			{"the count would be fair", TypeIndirect, "Ann Marie Cole", "", KindPerson},
			{"It was calm,", TypeDirect, "Maria Lopes", "Election Watch group", KindPerson},
			{"she would lead the country", TypeIndirect, "Ann Marie Cole", "", KindPerson},
		}},
	// 39. A title in the plural before names joined by "and" is each
	// one's role ("hosts" → "host"), and the role of the group they make.
	{"a plural title before two names is each one's role", `The show aired on Monday.

In an interview with Morning Talk hosts Tom Reilly and Ann Cole, the Green Party leader said the vote had been rigged. "It was fun," Ms Cole said.`,
		[]expect{
			{"the vote had been rigged", TypeIndirect, "", "Green Party leader", KindPerson},
			{"It was fun,", TypeDirect, "Ann Cole", "Morning Talk host", KindPerson},
		}},
	{"a plural title before joined names is the group's role", `The show is axed.

Radio hosts Tom Reilly and Ann Cole said the show would end in May. "It is over," said station hosts Sam Orme and Kay Hale. Senators Joan Pike and Lee Marsh said they would ask why.`,
		[]expect{
			{"the show would end in May", TypeIndirect, "Tom Reilly and Ann Cole", "Radio hosts", KindGroup},
			{"It is over,", TypeDirect, "Sam Orme and Kay Hale", "station hosts", KindGroup},
			{"they would ask why", TypeIndirect, "Joan Pike and Lee Marsh", "Senators", KindGroup},
		}},
	{"a plural appositive after joined names is the group's role", `Rates to rise.

Tom Reilly and Ann Cole, both economists at the bank, said rates would rise. Sam Orme and Kay Hale, the fund's managers, said they had sold bonds.`,
		[]expect{
			{"rates would rise", TypeIndirect, "Tom Reilly and Ann Cole", "economists at the bank", KindGroup},
			{"they had sold bonds", TypeIndirect, "Sam Orme and Kay Hale", "fund's managers", KindGroup},
		}},
	{"joined names before a floating both are the speaker", `Plan fails.

Ann Cole and Tom Reilly both said the plan had failed.`,
		[]expect{{"the plan had failed", TypeIndirect, "Ann Cole and Tom Reilly", "", KindGroup}}},
	{"a plural appositive after names joined by and is each one's role", `The bank grows.

Ann Cole and Tom Reilly, the firm's co-founders, met the board on Monday. Mr Reilly, then at Harlow Bank, had joined her in 2005.

"It has been a good year," Mr Reilly said. "We are not selling," Ms Cole said.`,
		[]expect{
			{"It has been a good year,", TypeDirect, "Tom Reilly", "firm's co-founder", KindPerson},
			{"We are not selling,", TypeDirect, "Ann Cole", "firm's co-founder", KindPerson},
		}},
	{"an indefinite role phrase before a name set off by commas is its role, unless a title stands before the name", `Delegates split.

Another delegate, Tom Reilly of Leeds, voted early. "I want to win," he said.

One delegate, party chairwoman Ann Cole, voted late. "We will win," she said.`,
		[]expect{
			{"I want to win,", TypeDirect, "Tom Reilly", "delegate", KindPerson},
			{"We will win,", TypeDirect, "Ann Cole", "party chairwoman", KindPerson},
		}},
	{"a reflexive after a shared surname says which of the two it is", `Couple on the trail.

Paul Ostrander spoke in Ohio on Monday. "She is ready," he said.

Greta Ostrander was in Iowa. Tom Reilly introduced her at the rally.

Ostrander herself said she was ready for the fight.`,
		[]expect{
			{"She is ready,", TypeDirect, "Paul Ostrander", "", KindPerson},
			{"she was ready for the fight", TypeIndirect, "Greta Ostrander", "", KindPerson},
		}},
	// A reflexive after a surname alone gives its person the gender of a
	// first name no list knows, so a pronoun of the other gender is not
	// theirs.
	{"a reflexive after a surname tells the gender of an unlisted first name", `Council race turns sharp.

Ann Ruiz and Dov Lund clashed at a forum on Monday, and Lund himself walked out before Ruiz spoke.

"He never did the work," Ruiz said at a diner in Queens.

By the evening, the councilwoman had widened her criticism to Lund's votes on housing, faulting him for opposing the rent bill. She said his praise for his old district was beside the point.`,
		[]expect{
			{"He never did the work,", TypeDirect, "Ann Ruiz", "", KindPerson},
			{"his praise for his old district was beside the point", TypeIndirect, "Ann Ruiz", "", KindPerson},
		}},
	{"a reflexive after a surname tells the gender, British style", `Unions split over pay offer.

Mrs Cole and Tavish Brodie met on Tuesday, and Brodie himself admitted the offer was poor.

Later, Mrs Cole visited Brodie's depots in Leeds, saying the plan would cost jobs. She said his members deserved a better deal.`,
		[]expect{
			{"the offer was poor", TypeIndirect, "Tavish Brodie", "", KindPerson},
			{"the plan would cost jobs", TypeIndirect, "Cole", "", KindPerson},
			{"his members deserved a better deal", TypeIndirect, "Cole", "", KindPerson},
		}},
	// A document an organisation is said to have made ("…, which
	// commissioned the study") is the organisation's, before and after;
	// a capitalised document noun with no determiner before the name is a
	// word of the name ("Halvern Data").
	{"a study is the firm's that a relative clause says commissioned it", `Drivers sour on tolls

Most drivers oppose new highway tolls, a study says.

"Drivers feel squeezed," said Tom Reilly, a spokesman for Lakeside Data, which commissioned the study.

The study found that 61 percent would vote against the plan.`,
		[]expect{
			{"Most drivers oppose new highway tolls", TypeIndirect, "Lakeside Data", "", KindOrganization},
			{"Drivers feel squeezed,", TypeDirect, "Tom Reilly", "spokesman for Lakeside Data", KindPerson},
			{"61 percent would vote against the plan", TypeIndirect, "Lakeside Data", "", KindOrganization},
		}},
	{"a survey is the consultancy's that carried it out, British style", `Commuters losing patience

Commuters are growing quicker to complain about delays, a survey suggests.

"Passengers expect trains to run on time," says Ann Cole of consultancy Halvern Data, which carried out the survey.

Delays were worst on Mondays, the survey found.`,
		[]expect{
			{"Commuters are growing quicker to complain about delays", TypeIndirect, "Halvern Data", "", KindOrganization},
			{"Passengers expect trains to run on time,", TypeDirect, "Ann Cole", "", KindPerson},
			{"Delays were worst on Mondays", TypeIndirect, "Halvern Data", "", KindOrganization},
		}},
	// An acronym in place of an organisation's first words ("LA Times")
	// is the organisation named in full.
	{"an acronym for the first words of a paper's name is the paper", `Mayor denies report

The Los Angeles Times reported on Monday that the mayor would resign.

Hours later, the LA Times said the mayor had denied the report.`,
		[]expect{
			{"the mayor would resign", TypeIndirect, "Los Angeles Times", "", KindOrganization},
			{"the mayor had denied the report", TypeIndirect, "Los Angeles Times", "", KindOrganization},
		}},
	{"an acronym for the first words of a force's name is the force, British style", `Arrests after derby

Greater Manchester Police said 12 people had been arrested after the match.

On Sunday, GM Police said the ground would reopen on Saturday.`,
		[]expect{
			{"12 people had been arrested after the match", TypeIndirect, "Greater Manchester Police", "", KindOrganization},
			{"the ground would reopen on Saturday", TypeIndirect, "Greater Manchester Police", "", KindOrganization},
		}},
	// 40. A surname the narration uses alone takes the full name a
	// quotation gives, in the record.
	{"a surname takes the full name only a quotation gives", `The council vote is on Friday.

Reilly arrived late. "The winner will be Ann Cole or Tom Reilly," said Sara Black.

"We are ready," Reilly told reporters.`,
		[]expect{
			{"The winner will be Ann Cole or Tom Reilly,", TypeDirect, "Sara Black", "", KindPerson},
			{"We are ready,", TypeDirect, "Tom Reilly", "", KindPerson},
		}},
	// 41. A sentence that says what its subject is ("X is a …") states a
	// role.
	{"a role stated with is a", `The rally drew a big crowd.

Sam Lee is a Leeds health campaigner who spoke before the mayor. He said the plan would fail.

Ann Cole is a retired Denver school nurse. "We were never asked," she said.`,
		[]expect{
			{"the plan would fail", TypeIndirect, "Sam Lee", "Leeds health campaigner", KindPerson},
			{"We were never asked,", TypeDirect, "Ann Cole", "retired Denver school nurse", KindPerson},
		}},
	// 42. A current role after the name wins over a former one before it.
	{"a current role in a who clause wins over a former title", `The convention is short of money.

The kitty is $4 million short, said former Utah governor Tom Reilly, who serves as treasurer of the host committee. Reilly said the gap would close.`,
		[]expect{
			{"The kitty is $4 million short", TypeIndirect, "Tom Reilly", "treasurer of the host committee", KindPerson},
			{"the gap would close", TypeIndirect, "Tom Reilly", "treasurer of the host committee", KindPerson},
		}},
	{"then before an appositive says a past place, now a current one", `The bank opened in 2005.

"It was a gamble," said Ann Cole, then at Barclays. "We were lucky," said Tom Reilly, now at Lloyds.`,
		[]expect{
			{"It was a gamble,", TypeDirect, "Ann Cole", "", KindPerson},
			{"We were lucky,", TypeDirect, "Tom Reilly", "Lloyds", KindPerson},
		}},
	// 43. A year inside a description is part of it.
	{"a year inside a description in a report", `Ann Cole returned on Sunday.

Tom Lane, a spokesman, said the 2014 Orwell Prize winner had been a strong voice. Cole said she would stay.`,
		[]expect{
			{"the 2014 Orwell Prize winner had been a strong voice", TypeIndirect, "Tom Lane", "spokesman", KindPerson},
			{"she would stay", TypeIndirect, "Ann Cole", "2014 Orwell Prize winner", KindPerson},
		}},
	// 44. A group noun before a name in capitals says what the firm is.
	{"a firm named in capitals after what it is", `Phone sales rose in December.

According to market analysts KMR, a fifth of all phones will be sold online by 2027.`,
		[]expect{{"a fifth of all phones will be sold online by 2027", TypeIndirect, "KMR", "market analysts", KindOrganization}}},
	// 45. A one-word "name" that never speaks ("Convention" in "the
	// Liberal National Convention") is no one a description describes.
	{"a description skips a one-word name that never speaks", `Reilly to skip convention

Tom Reilly's absence from public life will last through this week's Liberal National Convention.

Citing family reasons, the former mayor's spokeswoman told reporters that Reilly would stay at home.

Reilly said he had no regrets.`,
		[]expect{
			{"family reasons", TypeIndirect, "", "former mayor's spokeswoman", KindPerson}, // the grounds she cited (L160)
			{"Reilly would stay at home", TypeIndirect, "", "former mayor's spokeswoman", KindPerson},
			{"he had no regrets", TypeIndirect, "Tom Reilly", "former mayor", KindPerson},
		}},
	// 46. A role phrase that opens the sentence before "NAME," is the
	// role, not a party in an appositive after the name.
	{"a role before the name and a comma wins over a party after it", `Trade talks resumed.

Ohio's governor, Ann Cole, a Republican, said she backed the deal. The mayor, Tom Reilly, said the bridge would reopen. First, Sam Gates said the port was ready.`,
		[]expect{
			{"she backed the deal", TypeIndirect, "Ann Cole", "Ohio's governor", KindPerson},
			{"the bridge would reopen", TypeIndirect, "Tom Reilly", "mayor", KindPerson},
			{"the port was ready", TypeIndirect, "Sam Gates", "", KindPerson},
		}},
	// 47. A report inside a subordinate clause that opens the sentence
	// ends where the main clause's subject opens.
	{"a report in a fronted subordinate clause ends before the main clause", `Council splits over pool

While Ann Cole said that the pool was safe, her own party voted to close it. When Mr Hale said the line would reopen in May, few passengers believed him. Although he said teachers, nurses and porters would get a rise, the union was not convinced.`,
		[]expect{
			{"the pool was safe", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the line would reopen in May", TypeIndirect, "Hale", "", KindPerson},
			{"teachers, nurses and porters would get a rise", TypeIndirect, "Hale", "", KindPerson},
		}},
	// 48. A prepositional phrase between the subject and its cue is no
	// subject: the name before it speaks.
	{"a phrase between the subject and the cue", `Banks face new levy

Ann Cole in her opening speech said the banks had failed savers. Tom Reilly at a rally in Leeds said the levy was overdue. Sam Gates has nevertheless said the vote was a mistake.`,
		[]expect{
			{"the banks had failed savers", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the levy was overdue", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"the vote was a mistake", TypeIndirect, "Sam Gates", "", KindPerson},
		}},
	// 49. A cue in a list of verbs after a comma shares the subject of the
	// first verb, and ends the report before it.
	{"a cue in a list of verbs shares the first verb's subject", `Mayor walks out of budget talks

Mayor Tom Hale suggested the budget was flawed, called it "a recipe for cuts" and left the room.`,
		[]expect{
			{"the budget was flawed", TypeIndirect, "Tom Hale", "Mayor", KindPerson},
			{"a recipe for cuts", TypeMixed, "Tom Hale", "Mayor", KindPerson},
		}},
	// 50. A long phrase between the cue and its "that" belongs to the
	// clause; a "that" with a verb after it opens a relative clause,
	// not the report.
	{"a long phrase before the that of the report", `Council budget row deepens

Ann Cole said in a long interview with the local radio station last week that she would vote against the budget. Tom Reilly told a packed meeting at the town hall in Leeds on Friday that the cuts would hurt. Sam Gates is hoping to avoid any row that could delay the vote.`,
		[]expect{
			{"she would vote against the budget", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the cuts would hurt", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"to avoid any row that could delay the vote", TypeIndirect, "Sam Gates", "", KindPerson},
		}},
	// 51. A plural noun phrase before prepositional phrases is the
	// subject of a speech cue, past an adverb set off by commas.
	{"a plural subject before a phrase and an aside", `Bypass vote delayed

The owners of shops on the high street say it would cut trade. Opponents of the scheme, however, say it will fail.`,
		[]expect{
			{"it would cut trade", TypeIndirect, "", "owners", KindGroup},
			{"it will fail", TypeIndirect, "", "Opponents of the scheme", KindGroup},
		}},
	// 52. ", but" or ", and" before a fronted phrase and a subject of
	// its own, or before "when asked", ends the report.
	{"a coordinated clause with a fronted phrase ends the report", `Files row goes on

Ann Cole says the files were personal, but for her rivals, it is a scandal. Tom Reilly said he had not read the report, and when asked whether he backed it he shrugged.`,
		[]expect{
			{"the files were personal", TypeIndirect, "Ann Cole", "", KindPerson},
			{"he had not read the report", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"whether he backed it he shrugged", TypeIndirect, "", "", ""},
		}},
	// 53. An indefinite noun phrase after a comma that runs to the end
	// of the sentence sums up the report; it is no part of it.
	{"a summing phrase after the report is no part of it", `Cole rounds on rivals

Ann Cole said voters would not be fooled again, a swipe at the party leadership. Tom Reilly vowed to scrap the parking levy, a charge that has angered shopkeepers.`,
		[]expect{
			{"voters would not be fooled again", TypeIndirect, "Ann Cole", "", KindPerson},
			{"to scrap the parking levy", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	// 54. Direct quotes whose attribution has a shape of its own: the
	// rest of the speaker's phrase before the subject a frame took,
	// lower-case words before an inverted name, a relative clause with a
	// cue of its own after the speaker, a quoted sentence in title case, a
	// quotation a reported clause ends before "adding", and an
	// appositive before a colon.
	{"a speaker's phrase before the subject and lower-case words before the name", `Depot plan criticised

"The depot will close in June, and nobody asked us," pro-bypass group spokeswoman Ann Cole said. "We will fight it."

"We will not give up," said former tech executive Maria Lopes.`,
		[]expect{
			{"The depot will close in June, and nobody asked us,", TypeDirect, "Ann Cole", "pro-bypass group spokeswoman", KindPerson},
			{"We will fight it.", TypeDirect, "Ann Cole", "pro-bypass group spokeswoman", KindPerson},
			{"We will not give up,", TypeDirect, "Maria Lopes", "tech executive", KindPerson},
		}},
	{"a relative clause with a cue and a sentence in title case", `Depot plan criticised

"The plan was never costed," said Sam Ortiz, who wrote about the depot in his memoir. "It will fail."

"We need a bigger hall," Tom Reilly told the council. "That's Dover and Hull."`,
		[]expect{
			{"The plan was never costed,", TypeDirect, "Sam Ortiz", "", KindPerson},
			{"It will fail.", TypeDirect, "Sam Ortiz", "", KindPerson},
			{"We need a bigger hall,", TypeDirect, "Tom Reilly", "", KindPerson},
			{"That's Dover and Hull.", TypeDirect, "Tom Reilly", "", KindPerson},
		}},
	{"a quote a reported clause ends, then adding", `Depot plan criticised

Dana Morgan told the Gazette that the council "had lost its way," adding, "Nobody listens any more."`,
		[]expect{
			{`the council "had lost its way,"`, TypeMixed, "Dana Morgan", "", KindPerson},
			{"Nobody listens any more.", TypeDirect, "Dana Morgan", "", KindPerson},
		}},
	{"an appositive before a colon", `Depot plan criticised

Lena Hart, the mayor of Dover, had a warning for the council: "Do not cut the buses."`,
		[]expect{
			{"Do not cut the buses.", TypeDirect, "Lena Hart", "mayor of Dover", KindPerson},
		}},
	// 54. Precision: a quotation inside a reported clause, a question put
	// at an occasion, a clause joined to the cue, an action verb's object,
	// a headline's label, a speaker described to the sentence's end.
	{"a quotation inside a reported clause before its cue is no second segment", `Donations slowed.

Donations were "flat for most of the spring" as backers waited to see who would enter the race, treasurer Ann Cole said.`,
		[]expect{{`Donations were "flat for most of the spring" as backers waited to see who would enter the race`, TypeMixed, "Ann Cole", "treasurer", KindPerson}}},
	{"a question put at an occasion", `The minister faced the press.

Asked at a briefing on Monday about the budget, Ann Cole said the figures were sound.`,
		[]expect{
			{"the budget", TypeIndirect, "", "", ""},
			{"the figures were sound", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	{"a clause joined to the cue or an action's object reports nothing", `The rally went on.

The heckler shouted and waved a placard. Ann Cole continued campaigning on Friday with the party leader. Ruth Adler continued to question the figures.`,
		[]expect{{"to question the figures", TypeIndirect, "Ruth Adler", "", KindPerson}}},
	{"a headline's label names no source", `Breaking: Council votes to close the library

The library will close in May, the council said.`,
		[]expect{{"The library will close in May", TypeIndirect, "Council", "", ""}}},
	{"a speaker described to the end of the sentence", `Talks on the plant.

The talks failed, said Tom Reilly, Ann Cole's former business partner.`,
		[]expect{{"The talks failed", TypeIndirect, "Tom Reilly", "", KindPerson}}},
	// 55. A belief or a stance reported with no "that" ("economists
	// believe the tax will rise"), or with a noun or an adjective and a
	// that-clause ("expressed concern that", "is confident that").
	{"a belief verb reports a clause with no that", `Prices are rising.

Economists believe the new tax will push up prices. The firms seeking the contract have filed their bids. Her hopes of a medal were dashed on Sunday.`,
		[]expect{{"the new tax will push up prices", TypeIndirect, "", "Economists", KindGroup}}},
	{"a belief verb reports a clause whose verb is in the past or in -s", `Savings rates fall.

Economists believe this gives savers a reason to wait. Nurses feared the old ward failed its patients. Residents fear the plan backed by the unions. Farmers oppose the new water charges in the valley.`,
		[]expect{
			{"this gives savers a reason to wait", TypeIndirect, "", "Economists", KindGroup},
			{"the old ward failed its patients", TypeIndirect, "", "Nurses", KindGroup},
		}},
	{"a belief verb takes a quantified group before a phrase as subject", `Branch line review.

Many teachers in the valley believe that the branch line will close. Most residents in the two villages fear that the bridge will close. Hopes in the valley were that the line would stay.`,
		[]expect{
			{"the branch line will close", TypeIndirect, "", "Many teachers", KindGroup},
			{"the bridge will close", TypeIndirect, "", "Most residents", KindGroup},
		}},
	{"a stance stated with a noun or an adjective and a that-clause", `The clinic faces closure.

Ms Cole expressed concern that the clinic would close. Tom Reilly made it clear that he would not stand again. Mayor Lena Hart is confident that the line will reopen in May. It is clear that the plan has failed. Mr Hale made sure that the doors were locked.`,
		[]expect{
			{"the clinic would close", TypeIndirect, "Cole", "", KindPerson},
			{"he would not stand again", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"the line will reopen in May", TypeIndirect, "Lena Hart", "Mayor", KindPerson},
		}},
	// 56. A relative pronoun before its speaker is the subject of the
	// clause that speaker reports: a segment of the report.
	{"a relative pronoun is the subject of the report its speaker interrupts", `Rail fares will go up.

The new fares, which managers said would rise in January, were announced on Friday.`,
		[]expect{
			{"which", TypeIndirect, "", "managers", KindGroup},
			{"would rise in January", TypeIndirect, "", "managers", KindGroup},
		}},
	// 57. A relative pronoun set off by a comma stands for the part of the
	// report its speaker's clause leaves out, an object as well as a
	// subject; a belief verb reports the clause its relative subject opens.
	{"a relative pronoun after a comma is the object of the report it opens", `The levy is back.

The levy, which Mr Hale said the council had dropped, was not in the budget.`,
		[]expect{
			{"which", TypeIndirect, "Hale", "", KindPerson},
			{"the council had dropped", TypeIndirect, "Hale", "", KindPerson},
		}},
	{"a relative pronoun is the subject of the clause a belief verb reports", `Rural clinics.

The council backed the bill, which Ms Okafor believes will keep rural clinics open.`,
		[]expect{
			{"which", TypeIndirect, "Okafor", "", KindPerson},
			{"will keep rural clinics open", TypeIndirect, "Okafor", "", KindPerson},
		}},
	{"a relative pronoun after a comma is the object of what a named speaker calls it", `Border plan.

The fence, which Harlan said the neighbouring state should pay for, is not built.`,
		[]expect{
			{"which", TypeIndirect, "Harlan", "", KindPerson},
			{"the neighbouring state should pay for", TypeIndirect, "Harlan", "", KindPerson},
		}},
	// 58. A stance noun its owner holds, with a that-clause: the owner
	// states it; the clause ends at the first comma or dash of the phrase
	// around it. An unowned stance, or one that is the sentence's subject
	// (whose clause runs into the verb), is left alone.
	{"a stance noun owned by its speaker reports its that-clause", `Depot row.

Mayor Lena Hart spoke on Monday. Critics rejected her argument that the sale was legal, and the council sold the site. The idea that the depot could be saved faded. Tom Reilly's warning that the roof would fall in was ignored.`,
		[]expect{
			{"the sale was legal", TypeIndirect, "Lena Hart", "Mayor", KindPerson},
		}},
	// 59. Short labelled lines that head sections, each followed by its
	// story, are no transcript turns; a run of labelled lines is.
	{"short labelled lines that head sections are no transcript turns", `What each needs on Tuesday.

Harlan: Hold on to the suburbs.

The former governor has led in the northern counties for a month and needs the commuter towns to stay with him.

Moreno: Win big in the river towns.

The senator has spent the week in the river towns, where turnout decides the count.`,
		nil},
	{"a run of labelled lines is a transcript", `An interview.

Host: Will you stand again next year?

Moreno: No, I have done my part.`,
		[]expect{
			{"Will you stand again next year", TypeIndirect, "", "Host", ""},
			{"No, I have done my part", TypeIndirect, "Moreno", "", ""},
		}},
	// 60. A comparison inside a report ("more than analysts had
	// predicted") reports nothing of its own: the attribution clause that
	// closes the sentence after a comma attributes the whole report.
	{"a closing attribution after a comparison's cue attributes the whole sentence", `Quarterly results.

Sales rose 4%, more than analysts had predicted, the company said. Orders fell to 2.1 million, below the 2.5 million traders had expected, according to the Ledger Index.`,
		[]expect{
			{"Sales rose 4%, more than analysts had predicted", TypeIndirect, "", "", ""},
			{"Orders fell to 2.1 million, below the 2.5 million traders had expected", TypeIndirect, "Ledger Index", "", ""},
		}},
	// 61. A surname that is also an auxiliary ("Will", "Can") right before a
	// finite cue is the subject, not a modal standing before a bare verb.
	{"a surname that is also an auxiliary is the subject of a finite cue", `The book fair opened.

Author Sam Will spoke at the fair. Will said the book had taken ten years. Will wrote that the last chapter was the hardest.`,
		[]expect{
			{"the book had taken ten years", TypeIndirect, "Sam Will", "Author", KindPerson},
			{"the last chapter was the hardest", TypeIndirect, "Sam Will", "Author", KindPerson},
		}},
	{"an auxiliary that opens the sentence before a name and a finite cue is the first name", `The race tightens.

Will Carter said the race was close. Can Ozkan, a pollster, wrote that turnout would decide it. May Ross says it is over.`,
		[]expect{
			{"the race was close", TypeIndirect, "Will Carter", "", KindPerson},
			{"turnout would decide it", TypeIndirect, "Can Ozkan", "pollster", KindPerson},
			{"it is over", TypeIndirect, "May Ross", "", KindPerson},
		}},
	{"a form of have, be or do before a name inverts a question or a condition", `Cuts loom.

Has Ann Cole said anything about the cuts? Is Tom Reilly said to be furious?

Had Tom Reilly said no, the deal would have collapsed, aides said.`,
		[]expect{
			{"Had Tom Reilly said no, the deal would have collapsed", TypeIndirect, "", "aides", KindGroup},
		}},
	{"a month after a first name or an honorific before the cue is a surname", `Talks end.

Theresa May said the deal was done. Mrs May told MPs it would pass. Ann Cole on Friday May 5 said it had failed.`,
		[]expect{
			{"the deal was done", TypeIndirect, "Theresa May", "", KindPerson},
			{"it would pass", TypeIndirect, "Theresa May", "", KindPerson},
			{"it had failed", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	{"a month is a first name before a name word and a surname after one, wherever the name stands", `Brexit vote delayed.

"It is done," said Theresa May. The prime minister, Theresa May, said the deal was dead.

June Ross said the vote would be lost. "We will not give up," said April Cole Friday. In April Reilly said the party had no plan.`,
		[]expect{
			{"It is done,", TypeDirect, "Theresa May", "prime minister", KindPerson},
			{"the deal was dead", TypeIndirect, "Theresa May", "prime minister", KindPerson},
			{"the vote would be lost", TypeIndirect, "June Ross", "", KindPerson},
			{"We will not give up,", TypeDirect, "April Cole", "", KindPerson},
			{"the party had no plan", TypeIndirect, "Reilly", "", KindPerson}, // after "In" the month is when
		}},
	{"a month alone right before a finite cue or closing the clause after one is the surname", `Vote goes ahead.

Theresa May arrived at noon. May told MPs the vote would go ahead. "It is the right thing to do," said May. "We owe it to voters," May added. Sales fell in May, the firm said.`,
		[]expect{
			{"the vote would go ahead", TypeIndirect, "Theresa May", "", KindPerson},
			{"It is the right thing to do,", TypeDirect, "Theresa May", "", KindPerson},
			{"We owe it to voters,", TypeDirect, "Theresa May", "", KindPerson},
			{"Sales fell in May", TypeIndirect, "", "", KindOrganization},
		}},
	// 62. Review fixes: a setting that opens a sentence after a dateline is
	// a setting still; a document noun that is not its phrase's head (a
	// preposition's object, a possessive) makes no fronted source; a
	// comma right before the cue leaves no phrase to read as party and state.
	{"a dateline is no subject of a participle cue", `Water bill signed.

SACRAMENTO, Calif. (AP) — Gov. Dana Whitfield signed the water bill on Tuesday, calling it "the most important thing this state has done."`,
		[]expect{
			{"the most important thing this state has done.", TypeMixed, "Dana Whitfield", "Gov.", KindPerson},
		}},
	{"a fronted setting after a dateline reports nothing", `Debate night.

LONDON (Reuters) - Then, last week, the moderator asked Hale about taxes and pensions.`,
		nil},
	{"a document noun inside a fronted phrase is no source unless it heads it", `Polls tighten.

In the run-up to the poll, Hale's lead fell to 3 points. In response to the survey, the airline cut 300 jobs. In the report's final chapter, the 12 authors turn to housing. In a poll released Monday, Hale led by 4 points.`,
		[]expect{
			{"Hale led by 4 points", TypeIndirect, "", "", KindOrganization},
		}},
	{"a comma right before the cue after a dateline is no crash", `Markets.

LONDON (Reuters) - , said it`,
		nil},
	{"a cue word between a document phrase and a verb ends a compound; a participle before a preposition is no clause verb", `Screen time.

A study of reality TV shows found that viewers were lonelier. Tom Reed expects the figures published on Friday. Ann Hale knew the men involved in the attack.`,
		nil}, // the study's own "found" is still missed (its subject runs into "TV shows"): no record rather than a wrong one
	{"after a named subject and a listening word the people after to speak for themselves", `Cuts bite.

Ann Hale listened to voters saying they were tired of the cuts. Tom Reilly talked to parents saying the school should stay open.`,
		[]expect{
			{"they were tired of the cuts", TypeIndirect, "", "voters", KindGroup},
			{"the school should stay open", TypeIndirect, "Tom Reilly", "", KindPerson}, // "talked" is no hearing verb: the subject speaks
		}},
	{"after a listening word the people after to speak for themselves", `Cuts bite.

Ann Hale toured the estate. She listened to voters saying they were tired of the cuts. The council has listened to residents saying the bins are not collected.`,
		[]expect{
			{"they were tired of the cuts", TypeIndirect, "", "voters", KindGroup},
			{"the bins are not collected", TypeIndirect, "", "residents", KindGroup},
		}},
	{"after a verb that is not of hearing the subject before to speaks", `Talks end.

Ann Hale turned to reporters saying the plan was dead. Tom Reilly listened closely to farmers saying prices were too low.`,
		[]expect{
			{"the plan was dead", TypeIndirect, "Ann Hale", "", KindPerson},
			{"prices were too low", TypeIndirect, "", "farmers", KindGroup},
		}},
	// 63. Core speech cues: an aside between the cue and its "that"; a
	// quoted name inside an "according to" source; a closing "according
	// to" with no comma; a fronted phrase before "said if …".
	{"an aside set off by commas or dashes between the cue and that", `Fund drive ends.

Campaign manager Tom Reed said, in a radio interview, that the drive had raised $2 million. His deputy, Ann Cole, wrote — on her blog, as it happens — that the money would go to advertising.`,
		[]expect{
			{"the drive had raised $2 million", TypeIndirect, "Tom Reed", "Campaign manager", KindPerson},
			{"the money would go to advertising", TypeIndirect, "Ann Cole", "deputy", KindPerson},
		}},
	{"a short quoted name inside the source of according to", `Road tolls.

The scheme would cost about $2 billion a year, according to the "Fair Roads" campaign.`,
		[]expect{
			{"The scheme would cost about $2 billion a year", TypeIndirect, "", "", KindOrganization},
		}},
	{"a closing according to with no comma before it", `Delegate race.

Mayor Dana Whitfield leads the field by 120 delegates according to a count by Reuters. The boxes were sorted according to size.`,
		[]expect{
			{"Mayor Dana Whitfield leads the field by 120 delegates", TypeIndirect, "Reuters", "", KindOrganization},
		}},
	{"a fronted phrase before the cue reports nothing, so the if-clause after it is the report", `Tax pledge.

Despite doubts about the budget, Senator Ann Hale said if elected she would cut taxes for farmers.`,
		[]expect{
			{"if elected she would cut taxes for farmers", TypeIndirect, "Ann Hale", "Senator", KindPerson},
		}},
	// 64. A reported clause that goes on past a phrase set off by commas:
	// "though …" or a relative clause inside its subject, a phrase fronted
	// after "that" and a comma; "As reported by X," as a source phrase.
	{"a concessive phrase inside the reported clause's subject", `Farm bill.

Senator Ann Hale said the bill, though popular, would raise taxes for farmers.`,
		[]expect{
			{"the bill, though popular, would raise taxes for farmers", TypeIndirect, "Ann Hale", "Senator", KindPerson},
		}},
	{"a phrase fronted after that and a comma", `Voters.

Pollster Tom Reilly added that, in Ohio, the coalition is made up of angry voters.`,
		[]expect{
			{"in Ohio, the coalition is made up of angry voters", TypeIndirect, "Tom Reilly", "Pollster", KindPerson},
		}},
	{"a relative clause with a cue inside the reported clause's subject", `Speaking fees.

Ann Cole, a sports agent, says that Reed, who charges $20,000 a speech, has lost $100,000 this year.`,
		[]expect{
			{"Reed, who charges $20,000 a speech, has lost $100,000 this year", TypeIndirect, "Ann Cole", "sports agent", KindPerson},
		}},
	{"as reported by a source opens the sentence", `Plant closure.

As first reported by Reuters, the plant will close in May.`,
		[]expect{
			{"the plant will close in May", TypeIndirect, "Reuters", "", KindOrganization},
		}},
	// 65. An opening curly mark typed where a quotation closes, glued to
	// its punctuation, closes the curly quotation that is open.
	{"an opening curly mark typed where a quote closes", `Shipyard.

“It's not over,“ said Tom Reed, the union's lawyer. “The yard will stay shut.”`,
		[]expect{
			{"It's not over,", TypeDirect, "Tom Reed", "union's lawyer", KindPerson},
			{"The yard will stay shut.", TypeDirect, "Tom Reed", "union's lawyer", KindPerson},
		}},
	// 66. A speech cue's topic ("said of the senator") before its quote or
	// that-clause; a subject with a relative clause before `said, "…"`.
	{"the topic of a speech cue before its quotation or that-clause", `Senate race.

Party chairman Tom Reilly said of the senator, "She has earned another term." His deputy, Ann Cole, said of the challenger that he had run a clean race. "He has been fair to us," Ms. Cole said of the mayor.`,
		[]expect{
			{"She has earned another term.", TypeDirect, "Tom Reilly", "Party chairman", KindPerson},
			{"he had run a clean race", TypeIndirect, "Ann Cole", "deputy", KindPerson},
			{"He has been fair to us,", TypeDirect, "Ann Cole", "deputy", KindPerson},
		}},
	{"a subject with a relative clause before a cue, a comma and a quotation", `Budget talks.

A council official who spoke on condition of anonymity said Wednesday, "There are talks with the union every day."`,
		[]expect{
			{"There are talks with the union every day.", TypeDirect, "", "council official", KindPerson},
		}},
	// 67. A headline's label and colon name the source of the whole claim
	// after it, past the cues inside it, up to a semicolon that opens a
	// second line; "X to Y:" names X.
	{"a labelled headline holds the cues inside its claim", `Ann Hale: I Am Sure Voters Will Say No to the Levy.

The mayor spoke to farmers on Monday.`,
		[]expect{
			{"I Am Sure Voters Will Say No to the Levy", TypeIndirect, "Ann Hale", "", KindPerson},
		}},
	{"a labelled headline addressed to an audience, with a second line", `Ann Hale to farmers: the levy will go; Dairy herds face a hard winter

The mayor spoke to farmers on Monday.`,
		[]expect{
			{"the levy will go", TypeIndirect, "Ann Hale", "", KindPerson},
		}},
	{"a time word and a state between a name and its cue", `Shipyard.

"It was a long fight," Mr. Tom Reilly, now 81, said this week. Ms. Ann Cole, now retired, said the yard had been well run.`,
		[]expect{
			{"It was a long fight,", TypeDirect, "Tom Reilly", "", KindPerson},
			{"the yard had been well run", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	{"an aside set off by commas between the cue and its quotation", `Pay talks.

Union leader Ann Cole said, in a radio interview, "We will not back down."`,
		[]expect{
			{"We will not back down.", TypeDirect, "Ann Cole", "Union leader", KindPerson},
		}},
	// 68. Cues beyond the core speech verbs.
	{"a phrase fronted after that and its comma opens the reported clause", `Pay talks stall.

Ann Hale added that, in the north, most farms had lost money. Union leader Tom Reilly insisted that, with the strike in its third week, there had been no talks. Sam Cole did not mention that, in the end.`,
		[]expect{
			{"in the north, most farms had lost money", TypeIndirect, "Ann Hale", "", KindPerson},
			{"with the strike in its third week, there had been no talks", TypeIndirect, "Tom Reilly", "Union leader", KindPerson},
		}},
	{"a remark, a statement or an insistence its owner holds, with a that-clause", `Library row.

Critics seized on Ann Cole's insistence that the new levy would pay for itself. The row began after her remark that the north had been forgotten. Tom Reilly welcomed the council's statement that no branch would close.`,
		[]expect{
			{"the new levy would pay for itself", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the north had been forgotten", TypeIndirect, "Ann Cole", "", KindPerson},
		}}, // the council is no named source: its statement stays unclaimed, as with any stance noun
	{"a verb in the past after a modal's clause and \"and\" is the speaker's", `Debate row.

Tom Reilly argued that the plan would cost too much and challenged Ann Cole to a debate. Ann Cole warned that fares could rise, but declined to say by how much. Sam Orme said the firm would have collapsed and moved abroad.`,
		[]expect{
			{"the plan would cost too much", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"fares could rise", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the firm would have collapsed and moved abroad", TypeIndirect, "Sam Orme", "", KindPerson},
		}},
	{"a cue noun after an article and a name is a noun", `School to close.

In a Facebook post, Ann Cole wrote that the school would close. A Ledger report said the plant would stay open. The Democrats warn that the cuts will hurt.`,
		[]expect{
			{"the school would close", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the plant would stay open", TypeIndirect, "Ledger", "", ""},
			{"the cuts will hurt", TypeIndirect, "", "Democrats", KindGroup},
		}},
	{"a cue word after a determiner in the subject of a bare clause is a noun", `Line to close.

Ann Cole believes the plan is doomed. Tom Reilly thinks his report will be damning.`,
		[]expect{
			{"the plan is doomed", TypeIndirect, "Ann Cole", "", KindPerson},
			{"his report will be damning", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a verb in the past without -ed after an aside resumes the sentence", `Files case.

Ann Cole, who said the files were public, won the case. Tom Reilly, who argued that the ban was unlawful, took the council to court.`,
		[]expect{
			{"the files were public", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the ban was unlawful", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"remind reports what it reminds the hearer of; assuring takes a hearer", `Tax row.

Ann Cole reminded voters that she had cut taxes twice. Tom Reilly is assuring shop owners the road will reopen in May.`,
		[]expect{
			{"she had cut taxes twice", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the road will reopen in May", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a quote cue's that-clause may open with a bare plural subject or a subordinator", `Veterans row.

Ann Cole pointed out that veterans were largely ignored. Tom Reilly pointed out that since the mayor backed him, he would back the mayor. Sam Orme echoed that pledge on Monday.`,
		[]expect{
			{"veterans were largely ignored", TypeIndirect, "Ann Cole", "", KindPerson},
			{"since the mayor backed him, he would back the mayor", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"an attribution clause after \"as\" reports the clause around it, whatever its cue", `Court ruling.

As Ann Cole points out, the judge was a member of the club. The levy carries risks, as its critics say. The tactic is an old one, as Tom Reilly noted in the Ledger. She left early, as she always does.`,
		[]expect{
			{"the judge was a member of the club", TypeIndirect, "Ann Cole", "", KindPerson},
			{"The levy carries risks", TypeIndirect, "", "critics", KindGroup},
			{"The tactic is an old one", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a wh-clause after a quote cue or \"spoke about\" is what was said; \"about\" is no part of it", `Plant closes.

Ann Cole spoke about how the plant had closed. Tom Reilly recounted how the town had lost 300 jobs. Sam Orme wrote about why the union had given up. Kay Lund spoke about the plant. The report does not answer whether the site will reopen.`,
		[]expect{
			{"how the plant had closed", TypeIndirect, "Ann Cole", "", KindPerson},
			{"how the town had lost 300 jobs", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"why the union had given up", TypeIndirect, "Sam Orme", "", KindPerson},
		}},
	// 71. Descriptions of people as antecedents and roles.
	{"a description that is a sentence's subject is who the pronoun opening the next paragraph is", `Reilly keeps his crown

Tom Reilly beat Sam Ortiz in straight sets on Sunday to keep the Dunmore title.

When Sam Ortiz shook his hand, the Australian said: "You are the best." Ortiz, who won the title in 2019, was outplayed. According to the other players and even Reilly himself, the Irish star is in a league of his own.

"I feel very sharp right now," he told reporters. The number one player in the world will defend his title in May.`,
		[]expect{
			{"You are the best.", TypeDirect, "Sam Ortiz", "", KindPerson},
			{"the Irish star is in a league of his own", TypeIndirect, "", "", KindUnknown},
			{"I feel very sharp right now,", TypeDirect, "Tom Reilly", "number one player", KindPerson},
		}},
	{"of two descriptions of a person, the more specific is the role", `Reilly keeps his crown

Tom Reilly won the Dunmore title on Sunday. The Irish star has not lost a match this year.

"I feel very sharp," Reilly said. The number one player in the world will defend his title in May.`,
		[]expect{
			{"I feel very sharp,", TypeDirect, "Tom Reilly", "number one player", KindPerson},
		}},
	{"a named maker's document described after its noun names the maker, whom the document's description finds", `Levy vote tight

Most voters back the levy, according to a Ledger poll released Thursday.

The poll also found that few voters trust the council.`,
		[]expect{
			{"Most voters back the levy", TypeIndirect, "Ledger", "", KindOrganization},
			{"few voters trust the council", TypeIndirect, "Ledger", "", KindOrganization},
		}},
	{"a maker's survey with a time after it is the maker's, in British style", `Fares row

Two in three commuters expect fares to rise, according to a Harlow Gazette survey carried out in May. The survey found that most would pay more for a seat.`,
		[]expect{
			{"Two in three commuters expect fares to rise", TypeIndirect, "Harlow Gazette", "", KindOrganization},
			{"most would pay more for a seat", TypeIndirect, "Harlow Gazette", "", KindOrganization},
		}},
	// 70. Cues beyond the core speech verbs, second part: a quote cue's
	// gerund after a comma ("…, pointing out that", "…, lamenting that")
	// takes the main clause's subject, as a speech cue's does; a question
	// a tell verb puts with "if" or "whether" is the report, even when a
	// "that" follows inside it; verbs that report only a that-clause
	// ("implied", "speculated", "recommended", "clarified", "noticed");
	// "was quick to add", "was at pains to stress" (lexicon/readiness-words).
	{"a quote cue's gerund after a comma reports for the main clause's subject", `Depot to close.

Ann Cole spoke at the depot on Monday, pointing out that fares had doubled. Tom Reilly closed the hearing early, lamenting that the report had gone unread.`,
		[]expect{
			{"fares had doubled", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the report had gone unread", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a question put with if is the report, though a that-clause follows inside it", `Depot to close.

Kay Lund asked if the cuts in the north meant that the depot would close. Sam Orme asked whether the depot would reopen.`,
		[]expect{
			{"if the cuts in the north meant that the depot would close", TypeIndirect, "Kay Lund", "", KindPerson},
			{"whether the depot would reopen", TypeIndirect, "Sam Orme", "", KindPerson},
		}},
	{"implied, speculated, recommended, clarified and noticed report a that-clause, never a bare object", `Audit row.

Ann Cole implied that the audit had been rushed. Tom Reilly speculated that the depot could reopen in May. The inspector, Kay Lund, recommended that the line be closed. Sam Orme later clarified that no jobs would go. Rachel Ambrose noticed that the figures did not add up. The report recommended a new route. Ms Lund clarified her remarks.`,
		[]expect{
			{"the audit had been rushed", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the depot could reopen in May", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"the line be closed", TypeIndirect, "Kay Lund", "inspector", KindPerson},
			{"no jobs would go", TypeIndirect, "Sam Orme", "", KindPerson},
			{"the figures did not add up", TypeIndirect, "Rachel Ambrose", "", KindPerson},
		}},
	{"a word of readiness between be and to: the subject speaks the cue after to", `Depot row.

Ann Cole was quick to add that the depot would stay open. The minister, Tom Reilly, was at pains to stress that no decision had been taken. Union leaders were keen to point out that the talks had not failed. Kay Lund is likely to say that the line will close.`,
		[]expect{
			{"the depot would stay open", TypeIndirect, "Ann Cole", "", KindPerson},
			{"no decision had been taken", TypeIndirect, "Tom Reilly", "minister", KindPerson},
			{"the talks had not failed", TypeIndirect, "", "Union leaders", KindGroup},
		}}, // "is likely to say" reports nothing yet
	// 69. Core speech cues: a report that goes on past its closing clause.
	{"a report goes on after its closing clause with a conjunction", `Bus depot to shut.

The depot may never reopen, Ann Cole said, because the council has sold the land. The fares will rise, union officials say, but the service will survive. The drivers were angry, Tom Reilly said, and he was not surprised. The talks ended early, Sam Orme said, and left the room.`,
		[]expect{
			{"The depot may never reopen", TypeIndirect, "Ann Cole", "", KindPerson},
			{"because the council has sold the land", TypeIndirect, "Ann Cole", "", KindPerson},
			{"The fares will rise", TypeIndirect, "", "union officials", KindGroup},
			{"but the service will survive", TypeIndirect, "", "union officials", KindGroup},
			{"The drivers were angry", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"and he was not surprised", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"The talks ended early", TypeIndirect, "Sam Orme", "", KindPerson},
		}},
	{"a cited source's clause does not go on with the narration after it", `Poll lead.

Ann Cole leads the race by ten points, according to a Ledger poll, but her lead is narrowing. The levy was a mistake, Tom Reilly said, so the council dropped it in May.`,
		[]expect{
			{"Ann Cole leads the race by ten points", TypeIndirect, "Ledger", "", ""},
			{"The levy was a mistake", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"so the council dropped it in May", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"\"by\" and a means after a speech cue is how it was said, not a passive", `Vote lost.

"We lost the vote," Ann Cole said by telephone on Monday. "It was close." Tom Reilly wrote by email that the count was flawed. The plan was described by Sam Orme as a gamble.`,
		[]expect{
			{"We lost the vote,", TypeDirect, "Ann Cole", "", KindPerson},
			{"It was close.", TypeDirect, "Ann Cole", "", KindPerson},
			{"the count was flawed", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a cue word after a determiner in a phrase after the subject is a noun", `Deal close.

A source familiar with the plan said the deal was close. One aide close to Ann Cole's thinking said she would sign it.`,
		[]expect{
			{"the deal was close", TypeIndirect, "", "source", KindPerson},
			{"she would sign it", TypeIndirect, "", "aide", KindPerson},
		}},
	{"a role whose phrase after \"of\" or \"for\" is one bare noun is a subject", `Line to open.

The former secretary of state said the talks had failed. The minister for transport said the line would open in May.`,
		[]expect{
			{"the talks had failed", TypeIndirect, "", "former secretary of state", KindPerson},
			{"the line would open in May", TypeIndirect, "", "minister for transport", KindPerson},
		}},
	{"a verb after the conjunction is the speaker's own doing, not more of the report", `Depot row.

The depot will close, Ann Cole said, but declined to say when. The prices were rising, traders said, but falling in the north.`,
		[]expect{
			{"The depot will close", TypeIndirect, "Ann Cole", "", KindPerson},
			{"The prices were rising", TypeIndirect, "", "traders", KindGroup},
			{"but falling in the north", TypeIndirect, "", "traders", KindGroup},
		}},
	// 68. A headline is its first line; a place before its colon is a
	// dateline or a topic, no speaker; a frame inside the claim that cites
	// the words before its cue names their speaker, the label being the
	// topic; a lower-case subordinator after the quotation sets the scene.
	{"a labelled headline on its own line above the lead claims none of the lead", `Ann Hale: we will win the vote
The mayor of Leeds, Ann Hale, said on Monday that the count was close.

Polls closed at ten.`,
		[]expect{
			{"we will win the vote", TypeIndirect, "Ann Hale", "mayor of Leeds", KindPerson},
			{"the count was close", TypeIndirect, "Ann Hale", "mayor of Leeds", KindPerson},
		}},
	{"a place before a headline's colon names no speaker", `Paris: 'We will not pay the fine'

The French sports minister, Ann Hale, said on Monday that the fine was unfair.`,
		[]expect{{"the fine was unfair", TypeIndirect, "Ann Hale", "French sports minister", KindPerson}}},
	{"a place before a headline's colon and a quoted phrase names no speaker", `London: strikes 'will go on'

Union leader Tom Reilly said the walkout would continue.`,
		[]expect{{"the walkout would continue", TypeIndirect, "Tom Reilly", "Union leader", KindPerson}}},
	{"a topic label before a quotation and its cue", `Levy: 'Farmers will not pay,' says Ann Hale

The mayor spoke to farmers on Monday.`,
		[]expect{{"Farmers will not pay,", TypeDirect, "Ann Hale", "", KindPerson}}},
	{"a topic label before a report and its closing cue", `Levy: farmers will not pay, says Ann Hale

The mayor spoke to farmers on Monday.`,
		[]expect{{"farmers will not pay", TypeIndirect, "Ann Hale", "", KindPerson}}},
	{"a labelled headline's quotation ends before the scene it is set in", `Ann Hale: 'We will win' as polls close

The mayor spoke to farmers on Monday.`,
		[]expect{{"We will win", TypeDirect, "Ann Hale", "", KindPerson}}},
	// 69. British agreement: a body takes a plural verb ("The Government
	// claim the plan will work"), which a clause follows where a verb
	// follows the noun ("the Government claim was rejected"). A thing that
	// is no person, group, body or document tells its hearers nothing.
	{"a body's plural verb is a cue, its compound noun is not", `Rail plan.

The Government claim the plan will work. The Government claim was rejected by the unions.`,
		[]expect{{"the plan will work", TypeIndirect, "Government", "", KindOrganization}}},
	{"a thing that reminds its hearers is no speaker", `Plant.

The smell reminded residents that the plant was near. The council reminded residents that the tip would close. The noise warned neighbours that the works had begun.`,
		[]expect{{"the tip would close", TypeIndirect, "", "", KindOrganization}}},
	// 70. A cue in its base form that opens a sentence is a noun or an
	// imperative, never a cue before an inverted subject ("Call centre
	// users 'lose patience'"); a past one is ("Added Ms Hale: …").
	{"a base-form cue that opens a headline has no inverted subject", `Call centre users 'lose patience'

Callers hang up after a minute, a survey suggests. Added Ms Hale: "We will fix it."`,
		[]expect{
			{"Call centre users 'lose patience'", TypeMixed, "", "", KindOrganization},
			{"Callers hang up after a minute", TypeIndirect, "", "", KindOrganization},
			{"We will fix it.", TypeDirect, "Hale", "", KindPerson},
		}},
	// 76. Review of the wave-1 merge: forms its rules overreached on.
	{"a headline's quoted object or an unrelated lead source is no lead claim", `Council to build "eco homes"

The council leader, Ann Hale, said on Monday the homes would cost 5 million pounds.`,
		[]expect{{"the homes would cost 5 million pounds", TypeIndirect, "Ann Hale", "council leader", KindPerson}}},
	{"a headline's quoted predicate is no claim of a source whose paragraph is about something else", `Commuters "lose patience"

Trains into the city ran late again on Tuesday morning.

Ann Hale said fares would rise in the spring.`,
		[]expect{{"fares would rise in the spring", TypeIndirect, "Ann Hale", "", KindPerson}}},
	{"a past verb after a relative clause on the report's object, or after a \"while\" clause, is the narration's", `Depot cuts.

Ann Cole, who warned that the cuts would hit the depot, which employs 300 people, resigned on Monday. Tom Reilly, who said the strike would hurt the miners, who rallied in Leeds, "resigned" on Friday. Sam Orme said the levy would cost jobs, while the old tax, introduced in 1990, raised less.`,
		[]expect{
			{"the cuts would hit the depot", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the strike would hurt the miners", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"the levy would cost jobs", TypeIndirect, "Sam Orme", "", KindPerson},
		}},
	{"a new clause or the narration's circumstance after a quoted label is no part of it", `Levy row.

Ann Hale called the levy "a disaster" and the mayor stays silent. Tom Reilly called the plan "a gimmick" and the mayor quit. Sam Orme called the tax "a scandal" despite the vote. Joan Pike called the scheme "a failure" amid protests. Mark Dunn called the mayor "a coward" throughout the campaign.`,
		[]expect{
			{`the levy "a disaster"`, TypeMixed, "Ann Hale", "", KindPerson},
			{`the plan "a gimmick"`, TypeMixed, "Tom Reilly", "", KindPerson},
			{`the tax "a scandal"`, TypeMixed, "Sam Orme", "", KindPerson},
			{`the scheme "a failure"`, TypeMixed, "Joan Pike", "", KindPerson},
			{`the mayor "a coward"`, TypeMixed, "Mark Dunn", "", KindPerson},
		}},
	{"a time phrase after \"as\" and a cue is no object: the clause before it is the report", `Farm levy.

The levy will hurt farmers, as Ann Hale said this week. The depot is too small, as Tom Reilly wrote this morning.`,
		[]expect{
			{"The levy will hurt farmers", TypeIndirect, "Ann Hale", "", KindPerson},
			{"The depot is too small", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a writer's aside between dashes, and the narration after it, are no part of the report", `Levy row.

Ann Hale said the levy was unfair — a point she has made before — in a letter to the council. Tom Reilly said the depot would close — the third closure this year — and blamed the council.`,
		[]expect{
			{"the levy was unfair", TypeIndirect, "Ann Hale", "", KindPerson},
			{"the depot would close", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"\"from\" after a closing attribution is where it was said, unless it opens a range", `Levy row.

The levy is unfair, Ann Hale said, from her office in Leeds. The trial was a sham, Tom Reilly wrote, from prison. Fares rose sharply, Sam Orme said, from 2 pounds to 5 pounds. Joan Pike called the plan "a con" and a "shameless grab."`,
		[]expect{
			{"The levy is unfair", TypeIndirect, "Ann Hale", "", KindPerson},
			{"The trial was a sham", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"Fares rose sharply", TypeIndirect, "Sam Orme", "", KindPerson},
			{"from 2 pounds to 5 pounds", TypeIndirect, "Sam Orme", "", KindPerson},
			{`the plan "a con" and a "shameless grab."`, TypeMixed, "Joan Pike", "", KindPerson},
		}},
	{"a time to come, or one before a report's modal, is the first part of interrupted speech", `Levy row.

Next year, Ann Hale said, the levy will double. On Monday, Tom Reilly said, the depot will close. On Monday, Sam Orme said, the plan was dead.`,
		[]expect{
			{"Next year", TypeIndirect, "Ann Hale", "", KindPerson},
			{"the levy will double", TypeIndirect, "Ann Hale", "", KindPerson},
			{"On Monday", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"the depot will close", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"the plan was dead", TypeIndirect, "Sam Orme", "", KindPerson},
		}},
	{"a pronoun that labels what its sentence's speaker spoke of is that speaker", `Farm crisis.

Hale lamented what she called a crisis in farming. Reilly spoke about what he called a scandal at the depot. Orme wrote about what critics described as a betrayal.`,
		[]expect{
			{"a crisis in farming", TypeIndirect, "Hale", "", KindPerson},
			{"a scandal at the depot", TypeIndirect, "Reilly", "", KindPerson},
			{"a betrayal", TypeIndirect, "", "critics", KindGroup},
		}},
	{"a modal after a pronoun that can be the speaker is the writer's news, no part of the report", `Levy vote.

Ann Hale said the levy would pass, and she will now resign. Tom Reilly said the bill was flawed, but he may still vote for it.`,
		[]expect{
			{"the levy would pass", TypeIndirect, "Ann Hale", "", KindPerson},
			{"the bill was flawed", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a clause of its own after a list's \", and\" ends a report that has its verb", `Cuts row.

Ann Hale said the cuts would hit Leeds, York, and Labour would fight them. Tom Reilly said voters in Leeds, York, and Hull had backed him.`,
		[]expect{
			{"the cuts would hit Leeds, York", TypeIndirect, "Ann Hale", "", KindPerson},
			{"voters in Leeds, York, and Hull had backed him", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a condition after a comma in a labelled headline is the claim's own", `Hale: We will win, unless it rains

Ann Hale spoke to supporters in Leeds on Friday night.`,
		[]expect{{"We will win, unless it rains", TypeIndirect, "Ann Hale", "", KindPerson}}},
	{"a quotation after a cue phrase's preposition is a quoted label", `Bank warns of "heavy losses"

The bank said profits would fall this year. Ann Cole hinted at "a return to the board".`,
		[]expect{
			{"heavy losses", TypeMixed, "Bank", "", KindOrganization},
			{"profits would fall this year", TypeIndirect, "Bank", "", KindOrganization},
			{"a return to the board", TypeMixed, "Ann Cole", "", KindPerson},
		}},
	// 71. A BBC headline that ends on a quoted predicate of its subject,
	// with no cue and no speaker of its own, is the claim of the source
	// the lead names.
	{"a quoted predicate in a headline is the lead's claim", `Rail users 'losing faith'

Most commuters no longer trust the timetable, rail regulator Ann Cole said on Monday.`,
		[]expect{
			{"Rail users 'losing faith'", TypeMixed, "Ann Cole", "rail regulator", ""},
			{"Most commuters no longer trust the timetable", TypeIndirect, "Ann Cole", "rail regulator", ""},
		}},
	{"a scare quote after a possessive in a story's headline is no claim", `Bill dies amid the levy's 'poison pills'

Lawmakers said the bill had failed.`,
		[]expect{{"the bill had failed", TypeIndirect, "", "Lawmakers", ""}}},
	// 72. A quoted epithet before a short name in a headline is the quoted
	// label, not the name.
	{"a quoted epithet before a name in a headline is a label", `Cole attacks 'reckless' Hale Group

Ann Cole has criticised the developer.`,
		[]expect{{"reckless", TypeMixed, "Ann Cole", "", KindPerson}}},
	// 73. "warned of" and "hinted at" report the noun phrase after their
	// particle ("warned of job losses", a British business form).
	{"a warning of a thing and a hint at one report it", `Depot to close

The firm warned of heavy losses for the year. Ann Cole hinted at a return to the board.`,
		[]expect{
			{"heavy losses for the year", TypeIndirect, "", "", KindOrganization},
			{"a return to the board", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	{"\"according to\" a plan or a schedule names no source", `Launch on time.

The launch went according to plan. The vote went ahead according to schedule. Ann Cole leads by ten points according to the Ledger poll.`,
		[]expect{
			{"Ann Cole leads by ten points", TypeIndirect, "Ledger", "", ""},
		}},
	{"\"as\" before a quote cue with an object of its own is a time clause", `Rally ends.

The crowd cheered, as Ann Cole answered questions from the floor. Fans booed, as the mayor echoed the call for calm. The plan is flawed, as its critics point out. As Tom Reilly, the club chairman, put it in a letter to members, "We will grow."`,
		[]expect{
			{"The plan is flawed", TypeIndirect, "", "critics", KindGroup},
			{"We will grow.", TypeDirect, "Tom Reilly", "club chairman", KindPerson},
		}},
	{"\"what\" and a label verb after a cue names a thing, no report", `School funding.

Ann Cole spoke about what she called a crisis in the schools. Tom Reilly wrote about what critics described as a betrayal.`,
		[]expect{
			{"a crisis in the schools", TypeIndirect, "Ann Cole", "", KindPerson},
			{"a betrayal", TypeIndirect, "", "critics", KindGroup},
		}},
	{"an irregular participle in a reported aside is a reduced relative, as a regular one is", `Pit plan dropped.

The plan, which Ann Cole said left the town, built on coal, with no jobs, was dropped. Tom Reilly, who said the jobs went to the port, built in 1890, in May, was re-elected.`,
		[]expect{
			{"which", TypeIndirect, "Ann Cole", "", KindPerson},
			{"left the town, built on coal, with no jobs", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the jobs went to the port, built in 1890, in May", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a modal in a relative clause of the report is not the report's verb", `Lobbying row.

Ann Cole said the firms that would benefit lobbied hard and pressed the council for a vote. Tom Reilly said the levy would cost jobs and challenged her to a debate.`,
		[]expect{
			{"the firms that would benefit lobbied hard and pressed the council for a vote", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the levy would cost jobs", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a that-clause after an aside may open with a bare subject or a subordinator", `Deal void.

Ann Cole said, in a court filing, that prices had risen. Tom Reilly wrote, in a letter to members, that if the deal failed, jobs would go. The union said, in a statement, that most drivers backed the strike.`,
		[]expect{
			{"prices had risen", TypeIndirect, "Ann Cole", "", KindPerson},
			{"if the deal failed, jobs would go", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"most drivers backed the strike", TypeIndirect, "", "", KindOrganization},
		}},
	{"\"though\" before an adjective or a participle is inside the report, before a clause it is not", `Ward closures.

Ann Cole said the ward was a vital, though costly, service for the town. Tom Reilly said the figures were accurate, though gathered in haste. Sam Orme said the plan was sound, though she did not say when it would start.`,
		[]expect{
			{"the ward was a vital, though costly, service for the town", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the figures were accurate, though gathered in haste", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"the plan was sound", TypeIndirect, "Sam Orme", "", KindPerson},
			{"when it would start", TypeIndirect, "Sam Orme", "", KindPerson},
		}},
	{"a long relative clause inside the report's subject, or one before a quoted verb, does not end the report", `Bypass vote.

Ann Cole said the bypass, which most residents back, "will not be built this year." Tom Reilly said the council, which has spent the past two years arguing over the cost of the new road and the bridge beside it, would vote in May.`,
		[]expect{
			{`the bypass, which most residents back, "will not be built this year."`, TypeMixed, "Ann Cole", "", KindPerson},
			{"the council, which has spent the past two years arguing over the cost of the new road and the bridge beside it, would vote in May", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a second label after \"and\" goes on the quoted label", `Levy row.

Ann Cole called the levy "unfair" and "a tax on jobs." Tom Reilly called the plan "a gimmick" and walked out. Sam Orme called the mayor "a liar" and a fraud.`,
		[]expect{
			{`the levy "unfair" and "a tax on jobs."`, TypeMixed, "Ann Cole", "", KindPerson},
			{`the plan "a gimmick"`, TypeMixed, "Tom Reilly", "", KindPerson},
			{`the mayor "a liar" and a fraud`, TypeMixed, "Sam Orme", "", KindPerson},
		}},
	{"a bare cue after \"and\" under the report's modal or \"to\" is the report's second verb", `Strike talks.

Ann Cole said she would sit the minister down and tell him the plan had failed. Tom Reilly urged members to back the deal and say so in the vote. Sam Orme said he would resign and told reporters he was sorry.`,
		[]expect{
			{"she would sit the minister down and tell him the plan had failed", TypeIndirect, "Ann Cole", "", KindPerson},
			{"members to back the deal and say so in the vote", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"he would resign", TypeIndirect, "Sam Orme", "", KindPerson},
			{"he was sorry", TypeIndirect, "Sam Orme", "", KindPerson},
		}},
	{"a serial list of names goes on past its \", and\"", `Race narrows.

Ann Cole said voters in Leeds, York, and Hull had backed her. Tom Reilly said the scheme was late, and Ms Cole said it was over budget.`,
		[]expect{
			{"voters in Leeds, York, and Hull had backed her", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the scheme was late", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"it was over budget", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	{"a phrase of the label's own after a quoted label goes on it, the narration's circumstances do not", `Levy row.

Ann Cole called the levy "a disaster" for the town. Tom Reilly called the plan "unfit" on Monday. Sam Orme called the scheme "a gimmick" in a statement.`,
		[]expect{
			{`the levy "a disaster" for the town`, TypeMixed, "Ann Cole", "", KindPerson},
			{`the plan "unfit"`, TypeMixed, "Tom Reilly", "", KindPerson},
			{`the scheme "a gimmick"`, TypeMixed, "Sam Orme", "", KindPerson},
		}},
	{"a pronoun and a modal after \", and\" go on the report; a pronoun and a narrated verb do not", `Depot to close.

The firm said the depot would close in May, and it could also cut jobs in Leeds. Ann Cole said the plan was sound, and she urged the council to back it.`,
		[]expect{
			{"the depot would close in May, and it could also cut jobs in Leeds", TypeIndirect, "", "", KindOrganization},
			{"the plan was sound", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the council to back it", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	{"a subordinate clause after a cue's \"that\" opens the report, though a word stands before the subject", `Mortgage lending.

But the lender - which has a fifth of the market - said that while growth was slowing, the sector "continues to grow fast". And Ann Cole said that although prices had risen, sales were strong.`,
		[]expect{
			{`while growth was slowing, the sector "continues to grow fast"`, TypeMixed, "", "", KindOrganization},
			{"although prices had risen, sales were strong", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	{"a time clause after a closing speaker leaves the report before it", `Bridge row.

The plan to close the bridge is dead, Ann Cole said as the crowd cheered. The tolls will rise in May, Tom Reilly said on Monday when the talks broke up. The depot will stay open, he told reporters as he left the hall.`,
		[]expect{
			{"The plan to close the bridge is dead", TypeIndirect, "Ann Cole", "", KindPerson},
			{"The tolls will rise in May", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"The depot will stay open", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	{"a cue inside the subject's relative clause leaves the main cue its speaker and report", `Ward closures.

The official who announced the cuts said more jobs would go. A nurse who reported the fault said on Monday that the ward was unsafe. Councillors who praised the plan said the budget would balance.`,
		[]expect{
			{"more jobs would go", TypeIndirect, "", "official", KindPerson},
			{"the ward was unsafe", TypeIndirect, "", "nurse", KindPerson},
			{"the budget would balance", TypeIndirect, "", "Councillors", KindGroup},
		}},
	{"a share of those polled after \"with\" is the subject of its gerund cue", `Levy poll.

Voters are split on the levy, with 40 percent saying it should be scrapped. Most tenants back the scheme, with three in 10 saying the rent is too high.`,
		[]expect{
			{"it should be scrapped", TypeIndirect, "", "", KindGroup},
			{"the rent is too high", TypeIndirect, "", "", KindGroup},
		}},
	{"a past verb after \"and\" ends a report in the present or a short infinitive; after \"has\" it goes on", `Housing row.

Ann Cole said she admires the mayor and praised her record on housing. Tom Reilly urged voters to back the levy and thanked the council for its work. Sam Orme said the plan is dead and blamed the minister for the delay. Ann Cole said the firm has cut jobs and raised prices.`,
		[]expect{
			{"she admires the mayor", TypeIndirect, "Ann Cole", "", KindPerson},
			{"voters to back the levy", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"the plan is dead", TypeIndirect, "Sam Orme", "", KindPerson},
			{"the firm has cut jobs and raised prices", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	{"a relative clause right after a quoted label describes the one labelled and goes on the label", `Council row.

Ann Cole called the mayor "a liar" who had misled the town. Sam Orme called Hale "a friend" whose advice he valued.`,
		[]expect{
			{`the mayor "a liar" who had misled the town`, TypeMixed, "Ann Cole", "", KindPerson},
			{`Hale "a friend" whose advice he valued`, TypeMixed, "Sam Orme", "", KindPerson},
		}},
	{"a speech cue and its subject closing the sentence after a comma take the clause before as the report", `Depot staff.

At the Brampton depot, every driver has kept a job, though fuel bills have doubled, said the depot's manager. The council spent the grant on roads, bridges and other works across the county, said Sam Ortiz, the county's chief planner.`,
		[]expect{
			{"At the Brampton depot, every driver has kept a job, though fuel bills have doubled", TypeIndirect, "", "depot's manager", KindPerson},
			{"The council spent the grant on roads, bridges and other works across the county", TypeIndirect, "Sam Ortiz", "county's chief planner", KindPerson},
		}},
	{"a term of office after an adjective is a noun, not a cue", `Mayor to retire.

Mayor Ann Cole - who won a fifth term as mayor in 2019 - will retire in May. The minister, now in her second term, will name a successor.`, nil},
	{"an appositive before a quoted title ends at the title", `Convention plans.

Sam Ortiz, the star of the quiz show "Night Owls," said in an interview that conventions have been too dull.`,
		[]expect{{"conventions have been too dull", TypeIndirect, "Sam Ortiz", "star of the quiz show", KindPerson}}},
	{"a cue noun after an acronym and its modifier is a noun", `Singer joins cast.

Ann Cole built the sets for the reality TV show "Island Life." She later joined a rival cooking TV show, given that its budget was larger.`, nil},
	// 74. A definite organisation that opens the clause is the subject of
	// a participle cue, as a person or a group is.
	{"a definite organisation that opens the clause speaks a participle cue", `Jobs go at the mill.

The firm cut 300 jobs on Monday, saying demand had fallen. The council closed the library, saying it could not afford the repairs.`,
		[]expect{
			{"demand had fallen", TypeIndirect, "", "", KindOrganization},
			{"it could not afford the repairs", TypeIndirect, "", "", KindOrganization},
		}},
	// 75. A description with an "of" phrase: a noun in "-ly" after the
	// link's determiner is no adverb, and a noun of a person's relation
	// takes its "of" phrase as a role head does: the unnamed relation's
	// role is the whole phrase, as an aide's is (L340).
	{"a description's of-phrase may end on a noun in -ly or follow a relation noun", `Marchers fill the square.

The organizer of the rally said the crowd was peaceful. A friend of the victim said he was shy. A neighbour of the couple said they kept to themselves.`,
		[]expect{
			{"the crowd was peaceful", TypeIndirect, "", "organizer of the rally", KindPerson},
			{"he was shy", TypeIndirect, "", "friend of the victim", KindPerson},
			{"they kept to themselves", TypeIndirect, "", "neighbour of the couple", KindPerson},
		}},
	// 77. Review of the second round of merges: forms its rules overreached on.
	{"only a bare 'a survey' is the one maker's; a rival survey is another", `Voters split on the levy.

The figures come from Halvern Data, which commissioned the survey. A survey suggests most voters back the plan.

A rival survey found that most voters oppose it.`,
		[]expect{
			{"most voters back the plan", TypeIndirect, "Halvern Data", "", KindOrganization},
			{"most voters oppose it", TypeIndirect, "", "", KindOrganization},
		}},
	{"a speaker's pronoun with a backshifted modal goes on with the report", `Deal signed.

Cole said the deal was weak, but she would sign it anyway. Hale said the levy would pass, and she will now resign.`,
		[]expect{
			{"the deal was weak, but she would sign it anyway", TypeIndirect, "Cole", "", KindPerson},
			{"the levy would pass", TypeIndirect, "Hale", "", KindPerson},
		}},
	{"a relative aside between dashes stays in the report", `Levy row.

Hale said the levy — which he has long opposed — would hurt families.`,
		[]expect{{"the levy — which he has long opposed — would hurt families", TypeIndirect, "Hale", "", KindPerson}}},
	{"'from' and a time after an interrupting speaker goes on with the report", `Fares to rise.

Fares will rise, Hale said, from next week.`,
		[]expect{
			{"Fares will rise", TypeIndirect, "Hale", "", KindPerson},
			{"from next week", TypeIndirect, "Hale", "", KindPerson},
		}},
	{"a headline shares a word with the lead only by its stem, not its first letters", `Commuters 'lose patience'

Hale said the community garden would close next week.`,
		[]expect{{"the community garden would close next week", TypeIndirect, "Hale", "", KindPerson}}},
	{"a name with an appositive holding a relative clause is the subject, no inverted report", `Region wins grant.

Sam Ortiz, an economist who has studied the region, said the opposite.`,
		[]expect{{"the opposite", TypeIndirect, "Sam Ortiz", "economist", KindPerson}}},
	// 78. A count after a role link opens the inner phrase as a
	// determiner does: the description keeps its whole "of" or "for"
	// phrase, also after a subordinator.
	{"a count after of or for opens a description's inner phrase", `Pay talks go on.

While the leaders of both unions say the offer is fair, members want more. Staff at all three colleges said the strike would go ahead. A spokesman for the two councils said the roads would stay open.`,
		[]expect{
			{"the offer is fair", TypeIndirect, "", "leaders of both unions", KindGroup},
			{"the strike would go ahead", TypeIndirect, "", "Staff at all three colleges", KindGroup},
			{"the roads would stay open", TypeIndirect, "", "spokesman for the two councils", KindPerson},
		}},
	// 79. A past participle that does not end in "-ed" opens an aside
	// as one in "-ed" does, when a preposition follows: the subject
	// stands before it.
	{"an irregular participle and a preposition open an aside before the cue", `Strike goes on.

Tom Reilly, clad in a red jacket and jeans, said the picket would stay. Ann Cole, struck by the size of the crowd, told reporters the union would not back down. The website, run by two retired nurses, said the ward would close.`,
		[]expect{
			{"the picket would stay", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"the union would not back down", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the ward would close", TypeIndirect, "", "", KindOrganization},
		}},
	// 80. Review of the last commits: a speaker's pronoun goes on only
	// after "but", and a writer's comment between dashes ends the report.
	{"a speaker's pronoun after 'and' is the writer's news, and a comment between dashes ends the report", `Plan under fire.

Ann Cole said the plan was flawed, and she could not be reached for further comment on Friday. Tom Hale said the deal was dead — which he has long argued — and he would vote no.`,
		[]expect{
			{"the plan was flawed", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the deal was dead", TypeIndirect, "Tom Hale", "", KindPerson},
		}},
	{"a survey set off by a time aside is still the maker's, one by another agent is not", `Rents climb.

The figures come from Halvern Data, which commissioned the survey.

A survey, out on Monday, found that rents rose. A survey, commissioned by the union, found wages fell.`,
		[]expect{
			{"rents rose", TypeIndirect, "Halvern Data", "", KindOrganization},
			{"wages fell", TypeIndirect, "", "", KindOrganization},
		}},
	// 81. A lower-case noun of what kind of business a firm is ends no
	// name: "the Harlow group" is Harlow, and "it" after it is the firm.
	{"a firm's kind noun after its name is no word of it, and its pronoun finds it", `Games maker in trouble.

The Harlow group went into administration last week, cutting half of its staff. In May it had warned of losses of £4m. The Brixley company filed for bankruptcy on Friday, and it said 300 jobs would go.`,
		[]expect{
			{"losses of £4m", TypeIndirect, "Harlow", "", KindOrganization},
			{"300 jobs would go", TypeIndirect, "Brixley", "", KindOrganization},
		}},
	// 82. A name after the speaker's verb, in a sentence whose subject
	// is the speaker (named, or described as "the Ohio Republican"), is
	// what the speaker spoke of: the pronoun after it is still the speaker.
	{"a name in the predicate of the speaker's sentence does not take the speaker's pronoun", `Trade fight grows.

Senate Majority Leader Tom Hale criticized President Barack Cole as a weak leader who cares more about golf than jobs.

In a statement, the Ohio Republican on Tuesday dismissed Cole’s plan to tighten trade rules. He says Congress will watch the plan closely.

Union leader Sam Ortiz said the strike would go on. Ortiz on Monday met Peter Boyd at the plant. He said members would vote again in May.`,
		[]expect{
			{"President Barack Cole as a weak leader who cares more about golf than jobs", TypeIndirect, "Tom Hale", "Senate Majority Leader", KindPerson},
			{"Congress will watch the plan closely", TypeIndirect, "Tom Hale", "Senate Majority Leader", KindPerson},
			{"the strike would go on", TypeIndirect, "Sam Ortiz", "Union leader", KindPerson},
			{"members would vote again in May", TypeIndirect, "Sam Ortiz", "Union leader", KindPerson},
		}},
	// 83. A party word after "the" and a state describes a member of
	// that state's party only where the sentence goes on about them ("the
	// Iowa Republican would only say"), not before the noun it modifies
	// ("won the Iowa Democratic primary"); and a name in apposition to a
	// preposition's object is whom something is addressed to, no new
	// subject for the description after it.
	{"a state's party word is a description before a verb, not before a noun, and a name after a preposition's object is no subject", `Primary night.

Ann Cole won the Iowa Democratic primary on Tuesday, beating two rivals. “It was a long night,” Cole said.

Senator Peter Boyd backed the plan. In an interview, the Iowa Republican would only say that it was worth it.

House Ethics Committee Chairman Tom Hale on Monday asked for a fresh inquiry into the lost files.

In his letter — sent to the chief prosecutor for Franklin County, Sam Ortiz — the Ohio Republican writes that the public deserves answers.`,
		[]expect{
			{"It was a long night,", TypeDirect, "Ann Cole", "", KindPerson},
			{"it was worth it", TypeIndirect, "Peter Boyd", "Senator", KindPerson},
			{"the public deserves answers", TypeIndirect, "Tom Hale", "House Ethics Committee Chairman", KindPerson},
		}},
	// 84. An indefinite description before "in" or "from" and a town
	// (and its state, set off by commas) is the speaker; the town is
	// where they live.
	{"a person described before a town and its state is the speaker, not the town", `Voters weigh the race.

A woman in Dayton, Ohio, told reporters she worries Ann Cole is too nice. A voter from Harlow said the plan was a mistake. A resident in Leyton told the BBC the buses were always late.`,
		[]expect{
			{"she worries Ann Cole is too nice", TypeIndirect, "", "", KindPerson},
			{"the plan was a mistake", TypeIndirect, "", "voter", KindPerson},
			{"the buses were always late", TypeIndirect, "", "resident", KindPerson},
		}},
	// 85. A bare "the ad" or "the report" is the document that the
	// subject of an earlier sentence brought out with "a": its maker
	// speaks, not the nearest organisation named.
	{"a document introduced with 'a' after its maker's verb speaks for its maker", `Levy fight heats up.

Tom Reilly will air a fresh one-minute ad this week about the cost of the bypass and the Harlow Trust behind it.

The ad says the town cannot wait any longer.

Harlow Foods published a report on pay in the north on Monday. The report found that wages rose by 3%.`,
		[]expect{
			{"the town cannot wait any longer", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"wages rose by 3%", TypeIndirect, "Harlow Foods", "", KindOrganization},
		}},
	// 86. A body named by its country's possessive and a modifier
	// ("Japan's defence ministry") is an organisation the article names:
	// "the ministry" after it is that one, not an earlier one.
	{"a ministry named by its country's possessive is what 'the ministry' refers to", `Talks end in Manila.

The deputy head of China's delegation said the talks had failed, while Japan's defence ministry also weighed in.

"Countries outside the region should keep their promises," the ministry said in a statement.`,
		[]expect{
			{"the talks had failed", TypeIndirect, "", "deputy head of China's delegation", KindPerson},
			{"Countries outside the region should keep their promises,", TypeDirect, "Japan defence ministry", "", KindOrganization},
		}},
	// 87. A name after "called" or "named" and an organisation's noun
	// is what the organisation is called, not a person: "it" finds it.
	{"a name after 'a group called' is an organisation that 'it' refers to", `Parents push for change.

Ann Barden now helps lead a group called Safe Schools Promise. The group seeks to prevent shootings through what it calls “common-sense safety laws.”`,
		[]expect{
			{"common-sense safety laws.", TypeMixed, "Safe Schools Promise", "", KindOrganization},
		}},
	// 88. A sentence-initial surname of someone named in full is the
	// antecedent of a pronoun that opens the next paragraph, before a
	// subject further back.
	{"a surname opening the paragraph before a pronoun is its antecedent", `Council vote looms.

Ann Cole and her rival Tom Price met on Monday. Councillor Peter Boyd chaired the meeting.

Price was asked about the budget on Tuesday.

“We will balance the books,” he said.`,
		[]expect{
			{"We will balance the books,", TypeDirect, "Tom Price", "", KindPerson},
		}},
	// 89. A cue's bare form or its form in -s after "has", "have" or
	// "had" is a noun, the object of "have": the verb takes a participle
	// ("has said", "had warned").
	{"a cue word after a form of have that is no participle is a noun", `Mayor leads in new poll.

Jane Ruiz has support from 52 percent of likely voters, while Tom Hale has backing from 33 percent, according to a Daily Ledger survey released on Monday.

Both camps have claims on the same districts. Ms Ruiz has said the race is far from over.`,
		[]expect{
			{"Jane Ruiz has support from 52 percent of likely voters, while Tom Hale has backing from 33 percent", TypeIndirect, "Daily Ledger", "", KindOrganization},
			{"the race is far from over", TypeIndirect, "Jane Ruiz", "", KindPerson},
		}},
	// 90. A time phrase opened by "the" right after the cue is the
	// report's subject when a verb, "of", "when" or a noun it modifies
	// follows ("said the days were numbered"), not the time of the cue.
	{"a time phrase after the cue that a verb follows is the report's subject", `Mill to close.

Ann Cole said the days of the old mill were over. Tom Hale said the days were numbered, and the union said the weekend shifts would end first.`,
		[]expect{
			{"the days of the old mill were over", TypeIndirect, "Ann Cole", "", KindPerson},
			{"the days were numbered", TypeIndirect, "Tom Hale", "", KindPerson},
			{"the weekend shifts would end first", TypeIndirect, "", "", KindOrganization},
		}},
	// 91. ", even as" or ", even though" and a clause with a cue of its
	// own ("mocked") after a report is the writer's concession, no part of
	// what was said (one with no cue is the speaker's: L225); "even as"
	// set off inside the report's subject is an aside of it.
	{"a concession after the report opened by even as or even though ends it", `Senator hedges.

Sen. Tom Hale said he would back the party's nominee, even as he has mocked the nominee's plans for months. Ann Cole said the levy, even as a stopgap, would help the county.`,
		[]expect{
			{"he would back the party's nominee", TypeIndirect, "Tom Hale", "Sen.", KindPerson},
			{"the levy, even as a stopgap, would help the county", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	// 92. A report that is a short phrase with no verb ("denied the
	// theft") has no verb of its own for a second one to join, so "and" and
	// a verb in the past, or "was" and a participle, after it are the
	// speaker's doing, not part of the report.
	{"a past verb after a phrase report and 'and' is the speaker's", `Guard cleared.

Tom Hale, a security guard, denied the theft and was cleared a year later. Ann Cole denied the story and thanked the reporters who had checked it.`,
		[]expect{
			{"the theft", TypeIndirect, "Tom Hale", "security guard", KindPerson},
			{"the story", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	// 93. A report inside a relative aside after the subject ("Ann Cole,
	// who had said …,") ends where the aside closes, before the verb of
	// the clause it interrupts, after a comma or a quotation ending on one;
	// that verb's own report is then found.
	{"a report in a relative aside ends where the aside closes", `Fees to rise.

Tom Hale, who said he knew the council's plans well, backed the levy. Ann Cole, who had said she would "fight it to the end," said the council should cut fees instead.`,
		[]expect{
			{"he knew the council's plans well", TypeIndirect, "Tom Hale", "", KindPerson},
			{`she would "fight it to the end,"`, TypeMixed, "Ann Cole", "", KindPerson},
			{"the council should cut fees instead", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	// 94. A report in a fronted "While …" clause ends at the comma after
	// which the main clause opens, its subject a quantity as well as a
	// determiner or a name.
	{"a fronted clause's report ends before a main clause opened by a quantity", `Poll finds doubts.

While those surveyed said the governor has the best record, few would vote for him. Although the mayor said the levy was fair, most voters rejected it.`,
		[]expect{
			{"the governor has the best record", TypeIndirect, "", "", KindGroup},
			{"the levy was fair", TypeIndirect, "", "mayor", KindPerson},
		}},
	// 95. A US state named after "of" in a member's appositive, or after a
	// town, is a place (lexicon/places): not the speaker.
	{"a state in an appositive or after a town is a place, not the speaker", `Farm bill stalls.

"It was a fine speech, but the bill is dead," Representative Sam Ortiz, Democrat of Kansas, told reporters on Tuesday.

A farmer in Salina, Kansas, told the Associated Press he had lost faith in Congress.`,
		[]expect{
			{"It was a fine speech, but the bill is dead,", TypeDirect, "Sam Ortiz", "Representative", KindPerson},
			{"he had lost faith in Congress", TypeIndirect, "", "farmer", KindPerson},
		}},
	// D1. An organisation that is no subject, in a sentence whose subject
	// is another organisation (named or "it"), is what that one acted on,
	// no antecedent of "it"; a one-word name given after a noun for an
	// organisation ("the charity Oxfam") is one in its own paragraph.
	{"an organisation acted on is no antecedent of it", `Aid cuts criticised.

Oxfam said on Monday that aid would fall. It criticised the Home Office for the cuts. It added that schools would close.`,
		[]expect{
			{"aid would fall", TypeIndirect, "Oxfam", "", KindOrganization},
			{"schools would close", TypeIndirect, "Oxfam", "", KindOrganization},
		}},
	{"an organisation named after its noun is an antecedent of it in its paragraph", `Aid cuts criticised.

The charity Oxfam criticised the Home Office on Monday. It added that aid would fall by a third next year.`,
		[]expect{
			{"aid would fall by a third next year", TypeIndirect, "Oxfam", "charity", KindOrganization},
		}},
	// D2. A definite description of a firm in the lead, after a name it
	// may stand for ("Workers at Brantley"), is not the firm a later
	// paragraph names first, unless that one's name has the word.
	{"a firm's description after a name is not a firm named later", `Plant to close.

Workers at Brantley will lose their jobs. The firm said demand had fallen sharply.

Harlow Motors said it would hire some of the workers.`,
		[]expect{
			{"demand had fallen sharply", TypeIndirect, "", "", KindOrganization},
			{"it would hire some of the workers", TypeIndirect, "Harlow Motors", "", KindOrganization},
		}},
	// D3. A reflexive right after the object of a verb is the subject's
	// ("Dana Lund introduced Sam Okafor herself": Lund did it), and gives
	// the object no gender that would turn a later "he" away from him.
	{"a reflexive after a verb's object gives the object no gender", `Council row.

Dana Lund introduced Sam Okafor herself at the meeting on Monday.

Later, Okafor spoke to reporters. "We will act," he said.`,
		[]expect{
			{"We will act,", TypeDirect, "Sam Okafor", "", KindPerson},
		}},
	// D4. A time phrase between "was" and an appointment verb ("was on
	// Monday appointed minister for health", "was yesterday named") still
	// states the office as the subject's role, for "the minister" after.
	{"an office given by an appointment after a time phrase is the subject's role", `Hale named minister.

Ann Hale, the MP for Leeds Central, was on Monday appointed minister for health.

The minister said waiting lists would fall by the summer.`,
		[]expect{
			{"waiting lists would fall by the summer", TypeIndirect, "Ann Hale", "minister for health", KindPerson},
		}},
	// D5. An active appointment verb before a name and "as" after it (past
	// an appositive) gives the name the office: "the minister" finds her.
	{"an office given to an appointment's object with as is her role", `Hale named minister.

The prime minister appointed Ann Hale, the Labour MP for Leeds Central, as health minister on Monday.

The minister said waiting lists would fall by the summer.`,
		[]expect{
			{"waiting lists would fall by the summer", TypeIndirect, "Ann Hale", "health minister", KindPerson},
		}},
	// D6. The subject organisation that makes another one an object may
	// be a one-word name opening the sentence ("Oxfam said …, and
	// criticised the Home Office"), which is indexed only as a surname.
	{"an organisation acted on by a one-word subject is no antecedent of it", `Aid cuts criticised.

Oxfam said on Monday that aid would fall, and criticised the Home Office for the cuts. It added that schools would close.`,
		[]expect{
			{"aid would fall", TypeIndirect, "Oxfam", "", KindOrganization},
			{"schools would close", TypeIndirect, "Oxfam", "", KindOrganization},
		}},
	// 96 (C1). An apostrophe that elides a year's century ("in '08",
	// "the ’90s") is part of the number, not a single quotation mark: it
	// opens no quote, and "in '08" is a time phrase between cue and report.
	{"an apostrophe before a two-digit year opens no quote", `Levy row.

Sen. Mark Dunn (D-Vt.) said in '08 that the levy was unfair. His aide said the ’90s had been kinder to farmers.`,
		[]expect{
			{"the levy was unfair", TypeIndirect, "Mark Dunn", "Sen. (D-Vt.)", KindPerson},
			{"the ’90s had been kinder to farmers", TypeIndirect, "", "aide", KindPerson},
		}},
	// 97 (C2). A relative "who" after an appositive that ends in a place
	// after a preposition ("Tom Hale, a doctor from Dover, who …") refers
	// to the appositive's subject, not to the place.
	{"who after an appositive ending in a place is the person", `Ward to shut.

Rita Moss, a nurse from Leeds, who said the ward was unsafe, resigned last week.`,
		[]expect{
			{"the ward was unsafe", TypeIndirect, "Rita Moss", "nurse from Leeds", KindPerson},
		}},
	// 98 (C3). A cue noun after a determiner and a modifier ("a second
	// term", "a fresh claim") is a noun, not a cue with the determiner as
	// its subject; a gerund cue after it takes the clause's subject.
	{"a cue noun after a determiner and a modifier is no cue", `Mayor re-elected.

Nina Price won a second term, saying voters had backed her housing plan.`,
		[]expect{
			{"voters had backed her housing plan", TypeIndirect, "Nina Price", "", KindPerson},
		}},
	// 99 (C4). A raising passive "X is widely said to be …" (any "-ly"
	// adverb or time word after "be", before "said to") reports nothing X said; a
	// plain report after it is still found.
	{"a raising passive with an -ly adverb is no speech by its subject", `Club in turmoil.

The chairman, 61, is widely said to be furious with the board. The club's owner is now said to be weighing a sale. Ms Reyes said the club would appeal.`,
		[]expect{
			{"the club would appeal", TypeIndirect, "Reyes", "", KindPerson},
		}},
	// 100 (C5). A speech cue after an "-ing" modifier and its object
	// ("Voters leaving the polls said") takes the people the modifier
	// describes, not the modifier's object.
	{"people described by an -ing modifier are the speakers, not its object", `Turnout high.

Shoppers leaving the market said prices had risen sharply.`,
		[]expect{
			{"prices had risen sharply", TypeIndirect, "", "Shoppers", KindGroup},
		}},
	// 101 (C6). A report that a name and its appositive open ("Anna
	// Berg, the coach, was sacked on Monday,") before an inverted cue is a
	// report when a verb follows the appositive; a modifier with its
	// preposition after the inverted speaker ("a source close to the
	// club") describes the speaker to the sentence's end.
	{"an inverted speaker after a report opened by a name and its appositive", `Club in turmoil.

Dan Royle, the manager, was dismissed on Sunday, said an official close to the board.`,
		[]expect{
			{"Dan Royle, the manager, was dismissed on Sunday", TypeIndirect, "", "official", KindPerson},
		}},
	// 102 (C7). A gerund cue after a comma takes the subject that opens
	// the unit after a quantity ("Several nurses walked out, saying …",
	// "Both …"): the people it counts.
	{"a gerund cue takes the people a quantity opens the sentence with", `Hospital strike.

Several nurses walked off the ward on Friday, saying that staffing had reached a dangerous level.`,
		[]expect{
			{"staffing had reached a dangerous level", TypeIndirect, "", "nurses", KindGroup},
		}},
	// R1-R3. Review of this session's merges: forms its rules overreached on.
	{"a document the speaker only mentions in what they report is none they brought out", `Fire report.

Tom Reilly said he had read a report on the fire. The report says the alarm failed.

Ann Cole said she had seen a study by the university. The study found that rents had doubled.`,
		[]expect{
			{"he had read a report on the fire", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"the alarm failed", TypeIndirect, "", "", KindOrganization},
			{"she had seen a study by the university", TypeIndirect, "Ann Cole", "", KindPerson},
			{"rents had doubled", TypeIndirect, "", "", KindOrganization},
		}},
	{"a whole time phrase after the cue stays the cue's before a count", `Arrests made.

Police said the next day two men had been arrested. Mayor Ann Cole told reporters the next morning investigators had found the car.`,
		[]expect{
			{"two men had been arrested", TypeIndirect, "Police", "", KindOrganization},
			{"investigators had found the car", TypeIndirect, "Ann Cole", "Mayor", KindPerson},
		}},
	{"a quantity with of opens no speaker of its own", `Walkout.

Several of the nurses walked out on Monday, saying they were exhausted. Tom Reilly, a union official, said the ward was short of staff.`,
		[]expect{
			{"the ward was short of staff", TypeIndirect, "Tom Reilly", "union official", KindPerson},
		}},
	// E1. A speech participle and "that" after a noun inside a report,
	// with no comma before it (British copy often drops it: "…about its
	// garden range saying that demand …"), opens a report of its own by
	// the same speaker; the first report ends before it.
	{"a speech participle with no comma before it opens a second report", `Retailer upbeat.

Marlowe said it was confident about sales of its garden range saying that demand is rising for outdoor furniture.`,
		[]expect{
			{"it was confident about sales of its garden range", TypeIndirect, "Marlowe", "", KindOrganization},
			{"demand is rising for outdoor furniture", TypeIndirect, "Marlowe", "", KindOrganization},
		}},
	// E2. A that-clause whose subject is a bare noun, with no determiner,
	// and an auxiliary ("made it clear that further cuts were …") is the
	// report of a stance cue; a relative "that" has its verb at once.
	{"a bare subject and an auxiliary after a stance cue's that", `Budget row.

The union leader made it clear that further cuts were unacceptable.`,
		[]expect{
			{"further cuts were unacceptable", TypeIndirect, "", "union leader", KindPerson},
		}},
	// E3. "protested" is a quote cue (a quotation or a that-clause), and a
	// quote cue with its that-clause takes the subjects a speech cue
	// takes: a plural a quantity opens ("Many shopkeepers").
	{"a quote cue's that-clause after a quantified plural", `Parking row.

Many shopkeepers protested that the new charges would drive customers away.`,
		[]expect{
			{"the new charges would drive customers away", TypeIndirect, "", "shopkeepers", KindGroup}, // (a known plural since L454: its count is dropped, as "Many residents")
		}},
	// E4. "worked out that" reports the finding of its subject.
	{"a finding worked out by its subject", `Data heavy.

Professor Ian Brook studied the figures for a year. He worked out that a typical family stored more photos than a small library.`,
		[]expect{
			{"a typical family stored more photos than a small library", TypeIndirect, "Ian Brook", "Professor", KindPerson},
		}},
	// E6. A short quotation inside the noun phrase a cue takes as a thing
	// ("condemned the "total failure" of the board") is the speaker's
	// words: a mixed quote of the quoted words only.
	{"a quoted word inside the object of a cue verb", `Inquiry ends.

The minister condemned the "total failure" of the board to act on the warnings.`,
		[]expect{
			{"total failure", TypeMixed, "", "minister", KindPerson},
		}},
	// E7. A quotation right after a possessive inside a cue's object
	// ("criticised the channel's "cruel" treatment of …") is the quoted
	// word of the speaker, however the phrase opens; the rest of the
	// phrase is the writer's, no report.
	{"a quoted word after a possessive in a cue's object", `Show under fire.

The presenter has criticised Channel Nine's "cruel" treatment of the contestants after leaving the programme.`,
		[]expect{
			{"cruel", TypeMixed, "", "presenter", KindPerson},
		}},
	// L1. A time phrase with a modifier between its determiner and its
	// time word ("the other day", "the following week", "the same day")
	// is the cue's time, never the reported clause nor its start.
	{"a time phrase with a modifier after a cue", `Rates stay on hold.

The bank will keep rates where they are, as Governor Ann Hale said the other day.

Governor Tom Reilly said the previous week that the levy would rise.

Prices will fall, Ms Hale said the following week.

Mr Reilly said the same day two lenders had failed.`,
		[]expect{
			{"The bank will keep rates where they are", TypeIndirect, "Ann Hale", "Governor", KindPerson},
			{"the levy would rise", TypeIndirect, "Tom Reilly", "Governor", KindPerson},
			{"Prices will fall", TypeIndirect, "Ann Hale", "Governor", KindPerson},
			{"two lenders had failed", TypeIndirect, "Tom Reilly", "Governor", KindPerson},
		}},
	// L2. A possessive's assistant, clerk or tenant is a role like its
	// lawyer ("Holt's assistant, Sean Doyle, …"); an appositive that opens
	// "now a …" states the current role without its article.
	{"an assistant after a possessive and a role after 'now a'", `Club sacks manager.

Holt's assistant, Sean Doyle, will take charge of the first team. Doyle said he was "honoured" to be asked.

Former striker Kevin Marr, now a pundit on local radio, said the decision was harsh.`,
		[]expect{
			{"he was \"honoured\" to be asked", TypeMixed, "Sean Doyle", "Holt's assistant", KindPerson},
			{"the decision was harsh", TypeIndirect, "Kevin Marr", "pundit on local radio", KindPerson},
		}},
	// L3. A short description opened by a possessive before a firm's name
	// set off by commas ("Its rival, Corvane Inc, said"; "Halvorsen's
	// closest rival, …") names the firm that speaks, as "The publisher,
	// Greyfield Press, said" does; the description is its role.
	{"a possessive description before a firm's name", `Device maker cuts forecast.

Shares of Halvorsen Corp fell 12 percent on Wednesday. Halvorsen's closest rival, Corvane Inc, said that it saw no slowdown in China.

Its parent company, Brennan Holdings, said the sale would go ahead.`,
		[]expect{
			{"it saw no slowdown in China", TypeIndirect, "Corvane Inc", "Halvorsen's closest rival", KindOrganization},
			{"the sale would go ahead", TypeIndirect, "Brennan Holdings", "parent company", KindOrganization},
		}},
	// L4. A plural common noun that opens a sentence ("Shares of
	// Halvorsen Corp fell", "Profits at …") is no word of the name after
	// its link: "the company" later is Halvorsen Corp.
	{"a plural common noun opening a sentence before a firm's name", `Device maker cuts forecast.

Shares of Halvorsen Corp fell 12 percent on Wednesday. The company, based in Minneapolis, said it would cut 400 jobs.

Profits at Ostlund Bank rose by a third. The bank said demand for loans had recovered.`,
		[]expect{
			{"it would cut 400 jobs", TypeIndirect, "Halvorsen Corp", "", KindOrganization},
			{"demand for loans had recovered", TypeIndirect, "Ostlund Bank", "", KindOrganization},
		}},
	// L5. A manner adverb right after the cue ("said privately that",
	// "said publicly the …") is the cue's, no word of the report; "only"
	// before a count qualifies the report.
	{"a manner adverb after the cue", `Bridge may be scaled back.

Officials said privately that the bridge might be scaled back. Mayor Ann Cole said publicly the cost was under control.

A spokesman for the builder said only 10 workers had been laid off.`,
		[]expect{
			{"the bridge might be scaled back", TypeIndirect, "", "Officials", KindGroup},
			{"the cost was under control", TypeIndirect, "Ann Cole", "Mayor", KindPerson},
			{"only 10 workers had been laid off", TypeIndirect, "", "spokesman for the builder", KindPerson},
		}},
	// L6. "according to a poll released on Thursday by the Marist
	// Institute": the maker after the document's participle phrase is the
	// source, as in "a poll by X", and a time phrase after it is no part
	// of its name.
	{"a document's maker after its participle phrase", `Plan loses support.

A majority of voters now oppose the plan, according to a poll released on Thursday by the Marist Institute.

Prices rose in October, according to figures published by the Office for National Statistics on Tuesday.`,
		[]expect{
			{"A majority of voters now oppose the plan", TypeIndirect, "Marist Institute", "", KindOrganization},
			{"Prices rose in October", TypeIndirect, "Office for National Statistics", "", KindOrganization},
		}},
	// L7. Lower-case words that end a maker's name before its document
	// describe the document ("a Reuters rolling poll" is Reuters'); a
	// sentence's capital alone ("State public records") names no maker;
	// an organisation noun ends a name ("the Ostrander presidential campaign").
	{"lower-case words between a maker's name and its document", `Race tightens.

A Reuters rolling poll shows Hale ahead by 3 points.

State public records suggest the teacher was earning $37,000 a year.

The Ostrander presidential campaign said it had raised $15 million.`,
		[]expect{
			{"Hale ahead by 3 points", TypeIndirect, "Reuters", "", KindOrganization},
			{"the teacher was earning $37,000 a year", TypeIndirect, "", "", KindOrganization},
			{"it had raised $15 million", TypeIndirect, "Ostrander presidential campaign", "", KindOrganization},
		}},
	// L8. A description by a kind of body ("the transport department")
	// is not an organisation whose name says it is another kind ("the
	// Marist Institute", "the Harlow Foundation").
	{"a department is not an institute", `Poll disputed.

The Marist Institute published a poll on Thursday. The transport department said the poll was flawed.`,
		[]expect{
			{"the poll was flawed", TypeIndirect, "", "", KindOrganization},
		}},
	// L9. A role phrase that ends in the name of what it is of ("The
	// chief executive of Harlow Water, Simon Reed, apologised") is the
	// role of the name after its comma, in any sentence; an appositive of
	// an organisation ("Ofwat, the industry regulator,") describes the
	// organisation, never the person named before it.
	{"a role phrase ending in a name before a comma, and an organisation's appositive", `Water cut off for days.

The chief executive of Harlow Water, Simon Reed, apologised to customers. Mr Reed said the company had let people down.

Ofwat, the industry regulator, said it would investigate.

Tom Lane apologised too. Mr Lane said the pipes were old.

Ofwat, the industry regulator, said fines were possible.`,
		[]expect{
			{"the company had let people down", TypeIndirect, "Simon Reed", "chief executive of Harlow Water", KindPerson},
			{"it would investigate", TypeIndirect, "Ofwat", "industry regulator", KindOrganization},
			{"the pipes were old", TypeIndirect, "Tom Lane", "", KindPerson},
			{"fines were possible", TypeIndirect, "Ofwat", "industry regulator", KindOrganization},
		}},
	// L10. A British county after a home town ("of Selby, North
	// Yorkshire,", "from Bury, Lancashire,") is where the person lives, as
	// a US state is: the person before it speaks.
	{"a British county after a home town", `Care worker jailed.

Lisa Ward, of Selby, North Yorkshire, said she was deeply ashamed.

Tom Lane, from Bury, Lancashire, said the sentence was fair.`,
		[]expect{
			{"she was deeply ashamed", TypeIndirect, "Lisa Ward", "", KindPerson},
			{"the sentence was fair", TypeIndirect, "Tom Lane", "", KindPerson},
		}},
	// L11. What follows a name and its comma is no role when it opens a
	// clause ("Glenda Marsh, 52, is a loyal backer of …"; "…, who's
	// weighing a bid for the county seat, said"); a first name before a
	// surname a firm also bears is a person ("Peter Gallup"), the surname
	// alone may be the firm.
	{"a predicate after a name is no role; a person named like a firm", `Hard times.

In a village hit by closures, Glenda Marsh, 52, is a loyal backer of the council leader. "She listens," she said.

Peter Gallup, who's weighing a bid for the county seat, said the contest could not be won.`,
		[]expect{
			{"She listens,", TypeDirect, "Glenda Marsh", "", KindPerson},
			{"the contest could not be won", TypeIndirect, "Peter Gallup", "", KindPerson},
		}},
	// L12. A role read from an appositive ends where a clause begins: at
	// a verb that follows no relative pronoun ("a former adviser to Gov.
	// Ruth Ames was among the first to applaud" is "former adviser to
	// Gov. Ruth Ames"); "who now is a part-time tutor" keeps its relative
	// clause.
	{"a role ends where a clause begins", `Governor's race.

Marcus Dale, a former adviser to Gov. Ruth Ames was among the first to applaud. "Fine," Dale said.

Greta Olsen, 61, an Army nurse who now is a part-time tutor at the college, said she was unsure.`,
		[]expect{
			{"Fine,", TypeDirect, "Marcus Dale", "former adviser to Gov. Ruth Ames", KindPerson},
			{"she was unsure", TypeIndirect, "Greta Olsen", "Army nurse who now is a part-time tutor at the college", KindPerson},
		}},
	// L13. "superdelegate" is a role noun: "Superdelegate Ann Cole" is Ann
	// Cole, and "Another superdelegate, Tom Reilly of Ohio," gives Reilly
	// his role.
	{"superdelegate is a role noun", `Convention nears.

Superdelegate Ann Cole said the contest was over.

Another superdelegate, Tom Reilly of Ohio, explained his choice. "It is time," he said.`,
		[]expect{
			{"the contest was over", TypeIndirect, "Ann Cole", "Superdelegate", KindPerson},
			{"his choice", TypeIndirect, "Tom Reilly", "superdelegate", KindPerson},
			{"It is time,", TypeDirect, "Tom Reilly", "superdelegate", KindPerson},
		}},
	// L14. A name after "of" behind a common word that opens the sentence
	// ("Footage of Al-Haddad appears again") is a mention of that person,
	// not a capitalised first word: a pronoun after it is his, not that of
	// the man named before.
	{"a name after a sentence-opening common word and of", `Campaign clip used in militant video.

The video opens with the radical cleric Omar al-Haddad, who died in 2014, preaching in a mosque.

Mayor Tom Reilly is then shown at a rally, calling for a ban on refugees. The crowd cheers Reilly.

Footage of Al-Haddad appears again. "The city will turn on you," he says.`,
		[]expect{
			{"a ban on refugees", TypeIndirect, "Tom Reilly", "Mayor", KindPerson},
			{"The city will turn on you,", TypeDirect, "Omar al-Haddad", "radical cleric", KindPerson},
		}},
	// L15. A noun that names an organisation only after a modifier
	// (lexicon/modified-org-nouns: "a trade body", "the RLA's lobbying
	// arm") heads an organisation's description, which a lead's source
	// resolves to and whose owner's possessive names the one that speaks;
	// "Forum" ends an organisation's name.
	{"an organisation noun after a modifier, and a forum", `Parking fee plan attacked

Higher parking fees in city centres could drive shoppers away, a trade body has warned.

But the Northern Retail Forum (NRF) said the council had not listened to traders.

The RLA's lobbying arm said the bill would fail.`,
		[]expect{
			{"Higher parking fees in city centres could drive shoppers away", TypeIndirect, "Northern Retail Forum", "trade body", KindOrganization},
			{"the council had not listened to traders", TypeIndirect, "Northern Retail Forum", "trade body", KindOrganization},
			{"the bill would fail", TypeIndirect, "RLA", "lobbying arm", KindOrganization},
		}},
	// L16. A description in the possessive that opens a sentence before
	// a thing of the person's ("The Florida senator's reply was that …")
	// is what the sentence is about: a pronoun after it is that person's,
	// not the other senator's.
	{"a possessive description opening a sentence is a pronoun's antecedent", `Farm aid clash at debate.

Sens. Walt Pellow (Ky.) and Tom Hale (Fla.) sparred over farm subsidies at Tuesday's debate.

Hale was asked by moderator Greg Dunn whether his plan would cost too much.

The Florida senator's reply was that "farmers feed this country," so the aid should stay. But he stumbled.

"Nobody in this hall will ever have a harder job than a farmer," he said.`,
		[]expect{
			{"whether his plan would cost too much", TypeIndirect, "Greg Dunn", "moderator", KindPerson},
			{"Nobody in this hall will ever have a harder job than a farmer,", TypeDirect, "Tom Hale", "Florida senator", KindPerson},
		}},
	// L17. Common first names the gender lists lacked ("Sheldon",
	// "Loretta", "Marty", …): a man named beside a woman no longer takes
	// the "she" that follows them.
	{"a husband's first name is a man's", `Donors weigh their options.

Ruth Marsh, a retired teacher from Dayton, said the debate had changed her mind. Along with her husband, Sheldon Marsh, a dentist, she has given to three candidates this year. She called the governor "a steady hand."`,
		[]expect{
			{"the debate had changed her mind", TypeIndirect, "Ruth Marsh", "retired teacher from Dayton", KindPerson},
			{`the governor "a steady hand."`, TypeMixed, "Ruth Marsh", "retired teacher from Dayton", KindPerson},
		}},
	// L18. A name or role never runs over a line break: a live blog's
	// topic line ("Tax Cuts Return") is no word of the role or name that
	// opens the next line ("Gov. Tom Reilly said …").
	{"a name never runs over a line break", `Debate live blog.

A Quarrel Over Health Care
Senator Ruth Adler said the plan would fail.

Tax Cuts Return
Gov. Tom Reilly said he would cut taxes. "Every family will keep more," Reilly said.

Schools First
Maria Lopes said the budget was sound.`,
		[]expect{
			{"the plan would fail", TypeIndirect, "Ruth Adler", "Senator", KindPerson},
			{"he would cut taxes", TypeIndirect, "Tom Reilly", "Gov.", KindPerson},
			{"Every family will keep more,", TypeDirect, "Tom Reilly", "Gov.", KindPerson},
			{"the budget was sound", TypeIndirect, "Maria Lopes", "", KindPerson},
		}},
	// L19. A verb in -ing that opens a sentence right before a first name,
	// an honorific or a title ("Citing Anna Berg, …", "Quoting Gov. Tom
	// Reilly, …", "Entrusting Walt Pellow with …") is no word of the name
	// or the role.
	{"a verb in -ing before a name is not the name's", `Budget row.

Citing Anna Berg, the city treasurer, the council voted to cut spending. "We are broke," Berg said.

Quoting Gov. Tom Reilly, the paper ran a front-page story on the road. "It is unsafe," Reilly said.

Entrusting Walt Pellow with the budget is a gamble. "I will manage," Pellow said.`,
		[]expect{
			{"We are broke,", TypeDirect, "Anna Berg", "city treasurer", KindPerson},
			{"It is unsafe,", TypeDirect, "Tom Reilly", "Gov.", KindPerson},
			{"I will manage,", TypeDirect, "Walt Pellow", "", KindPerson},
		}},
	// L20. An organisation named after the kind of business it is, at
	// the end of a person's mention ("Ann Cole of property website
	// Homelane"), is named there too, with that kind as its role: when it
	// speaks later it has the role the article gives it.
	{"the kind of business of a person's employer is its role", `Rents keep rising.

"Tenants are running out of options," said Ann Cole of property website Homelane. Homelane said rents rose 4% in March.

Tom Reilly of IT firm Calder Systems said demand had slowed. Calder Systems said it would hire fewer staff.`,
		[]expect{
			{"Tenants are running out of options,", TypeDirect, "Ann Cole", "property website Homelane", KindPerson},
			{"rents rose 4% in March", TypeIndirect, "Homelane", "property website", KindOrganization},
			{"demand had slowed", TypeIndirect, "Tom Reilly", "IT firm Calder Systems", KindPerson},
			{"it would hire fewer staff", TypeIndirect, "Calder Systems", "IT firm", KindOrganization},
		}},
	// L21. A question participle after "be" with its asker after "by"
	// ("Senator Ruth Adler was asked by host Greg Dunn whether …") puts
	// the asker's question, as "Asked by Greg Dunn whether …, she said"
	// does; the one asked answers after it.
	{"a passive question names its asker", `Budget hearing.

Senator Ruth Adler was asked by host Greg Dunn whether the cuts would hurt rural schools. "They will not," she said.

Tom Reilly was asked by reporters why the plant had closed.`,
		[]expect{
			{"whether the cuts would hurt rural schools", TypeIndirect, "Greg Dunn", "host", KindPerson},
			{"They will not,", TypeDirect, "Ruth Adler", "Senator", KindPerson},
			{"why the plant had closed", TypeIndirect, "", "reporters", KindGroup},
		}},
	// L22. A belief clause that opens its sentence before a quotation an
	// inverted cue closes ("Polling shows that "…," said Lena Fischer") is
	// part of what the speaker says, not a frame of its own that takes the
	// quotation from her.
	{"a belief clause before a quotation closed by said X is the speaker's", `Defence plans.

Polling shows that "most voters are wary of new spending," said Lena Fischer, an analyst at the Harlow Institute.

The survey found that "nobody trusts the ministry," said Tom Reilly.`,
		[]expect{
			{`Polling shows that "most voters are wary of new spending,"`, TypeMixed, "Lena Fischer", "analyst at the Harlow Institute", KindPerson},
			{`The survey found that "nobody trusts the ministry,"`, TypeMixed, "Tom Reilly", "", KindPerson},
		}},
	// L23. The "to" of a role that names whom it serves ("Advisers to Mr.
	// Hale", "Aides to the senator") joins one phrase: the speakers are the
	// advisers, unnamed, not the man they serve.
	{"advisers to a named person are not that person", `Race tightens.

Senator Tom Hale finished third again on Tuesday.

Advisers to Mr. Hale insisted that he could still win the county.

"We have work to do," said Stan Gold, a former adviser and pollster to Mr. Hale.

Aides to the senator said he would not quit.`,
		[]expect{
			{"he could still win the county", TypeIndirect, "", "Advisers to Mr. Hale", KindGroup},
			{"We have work to do,", TypeDirect, "Stan Gold", "former adviser and pollster to Mr. Hale", KindPerson},
			{"he would not quit", TypeIndirect, "", "Aides to the senator", KindGroup},
		}},
	// L24. Offices and trades the role list lacked (assemblywoman,
	// recorder, freeholder, broker, cartoonist, …) are role nouns: a title
	// before a name is no word of the name ("County Recorder Maria Lopes"
	// is Maria Lopes).
	{"county recorder and assemblywoman are titles", `County count delayed.

"We made mistakes, and I apologise," said County Recorder Maria Lopes.

Assemblywoman Ruth Adler said the count should be rerun. Dan Ortiz, a freeholder from the east side, said the delay was unacceptable.`,
		[]expect{
			{"We made mistakes, and I apologise,", TypeDirect, "Maria Lopes", "County Recorder", KindPerson},
			{"the count should be rerun", TypeIndirect, "Ruth Adler", "Assemblywoman", KindPerson},
			{"the delay was unacceptable", TypeIndirect, "Dan Ortiz", "freeholder from the east side", KindPerson},
		}},
	// L25. A capitalised plural of a party word before names ("Republicans
	// Tom Reilly and Ann Cole", "Democrats Walt Pellow and …") is a title
	// they share, no word of the first name.
	{"a party's plural before names is no word of them", `Schools debate.

Republicans Tom Reilly and Ann Cole oppose the plan. "It is a waste," Reilly said.

Democrats Walt Pellow and Ruth Adler said the plan would help.`,
		[]expect{
			{"It is a waste,", TypeDirect, "Tom Reilly", "", KindPerson},
			{"the plan would help", TypeIndirect, "Walt Pellow and Ruth Adler", "", KindGroup},
		}},
	// L26. "Other" opening a sentence is no word of a name: "Other
	// Republicans" is a group of Republicans, not a person so named.
	{"other before a group is no name", `Farm bill stalls.

Senator Ruth Adler said the bill was dead. Other Republicans said it could still pass.`,
		[]expect{
			{"the bill was dead", TypeIndirect, "Ruth Adler", "Senator", KindPerson},
			{"it could still pass", TypeIndirect, "", "Republicans", KindGroup},
		}},
	// L27. A name after "called" behind a noun that makes it an
	// organisation's (lexicon/called-org-nouns: "a program called Safe
	// Streets Pledge") is the organisation's: "The group … what it calls"
	// is it, not the White House named before.
	{"a program called X is an organisation", `Gun debate.

The White House said the plan was ready.

Ann Cole now helps lead a program called Safe Streets Pledge. The group seeks to cut gun deaths through what it calls "sensible laws."`,
		[]expect{
			{"the plan was ready", TypeIndirect, "White House", "", KindOrganization},
			{"sensible laws.", TypeMixed, "Safe Streets Pledge", "", KindOrganization},
		}},
	// L28. Format characters (Unicode Cf: a direction embedding, a zero-
	// width space, a soft hyphen) are invisible: they make no token, and a
	// closing curly mark after one at a paragraph start opens a quote as it
	// does at the paragraph start itself; so does one before a space and
	// an ellipsis ("” … and then the roof went"). A soft hyphen before a
	// surname does not split the name.
	{"format characters and an ellipsis beside a mark", "Storm damage.\n\n" +
		"\u202a”The whole street was flooded by noon,” wrote Ivy Marsh.\n\n" +
		"” … and then the roof went,” Carl Dunmore said.\n\n" +
		"“We will rebuild,” said Nadia \u00adFerrin.",
		[]expect{
			{"The whole street was flooded by noon,", TypeDirect, "Ivy Marsh", "", KindPerson},
			{"… and then the roof went,", TypeDirect, "Carl Dunmore", "", KindPerson},
			{"We will rebuild,", TypeDirect, "Nadia Ferrin", "", KindPerson},
		}},
	// L29. A subordinate clause fronted right after a cue's "that"
	// ("argued that although Dale Finch confessed, …") ends at the comma
	// that leads to the main clause, and the main clause is the report's
	// too, a cue in it included ("…, he showed no remorse", "…, she would
	// tell him to come home"), past a relative aside inside the fronted
	// clause; a speech verb right after its subject there ("…, she argued
	// the mill …") is an attribution of its own.
	{"a subordinate clause fronted after a cue's that", `Mill town votes.

Lawyers for the council argued that although Dale Finch confessed, he showed no remorse and would offend again.

Ann Cole added that if her brother, who served in Kabul for years, were still deployed, she would tell him to come home.

Senator Ruth Ames conceded that while the levy was unpopular, she argued the mill could not reopen without it.`,
		[]expect{
			{"although Dale Finch confessed, he showed no remorse and would offend again", TypeIndirect, "", "Lawyers for the council", KindGroup},
			{"if her brother, who served in Kabul for years, were still deployed, she would tell him to come home", TypeIndirect, "Ann Cole", "", KindPerson},
			{"while the levy was unpopular", TypeIndirect, "Ruth Ames", "Senator", KindPerson},
			{"the mill could not reopen without it", TypeIndirect, "Ruth Ames", "Senator", KindPerson},
		}},
	// L30. An opening single mark typed for the apostrophe of an elided
	// century ("said in ‘08 that …", "in the ‘80s") is part of its number,
	// as the closing mark is: no quotation opens there, so the report
	// after it is read.
	{"an opening mark for an elided century", `Old rivals.

Rep. Tom Hale said in ‘08 that the early vote had been rigged.

“Mills closed here in the ‘80s, and the town never recovered,” said Ann Cole.`,
		[]expect{
			{"the early vote had been rigged", TypeIndirect, "Tom Hale", "Rep.", KindPerson},
			{"Mills closed here in the ‘80s, and the town never recovered,", TypeDirect, "Ann Cole", "", KindPerson},
		}},
	// L31. A stance stated with a verb and a noun or an adjective ("made
	// clear", "made the case") reports the that-clause after a time or a
	// prepositional phrase too ("made clear on Monday that …", "made the
	// case to the board over the weekend that …"); after a phrase of what
	// the stance is about ("voiced concern about the depots that …") the
	// "that" opens a relative clause, no report.
	{"a stance's that-clause after a phrase", `Levy row.

Council leader Ann Cole made clear on Monday that she would stand again.

Tom Reilly made the case to the board over the weekend that the levy could wait.

Mia Holt voiced concern about the depots that the council plans to close.`,
		[]expect{
			{"she would stand again", TypeIndirect, "Ann Cole", "Council leader", KindPerson},
			{"the levy could wait", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	// L32. After a cue in the perfect ("has said", "has proposed"), "and
	// has" with a participle repeats the cue's perfect: the speaker's own
	// doing, no more of the report ("has said he wants a safe zone and has
	// backed wider strikes"); a report with a perfect of its own ("has
	// said she has worked hard and has earned …") goes on with it.
	{"a second perfect after a perfect cue is the speaker's", `Council race.

Tom Reilly has said he wants a new bypass and has backed a rise in parking fees to pay for it.

Ann Cole has said she has worked hard for the town and has earned a second term.`,
		[]expect{
			{"he wants a new bypass", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"she has worked hard for the town and has earned a second term", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	// L33. A subordinate clause after a closing cue ("…," Tom Reilly
	// said as he packed up …) is the writer's, no report of the cue, when
	// the comma that sets the cue off stands inside the quotation that
	// closes before it, as when it stands in the narration.
	{"a subordinate clause after a closing cue set off inside a quotation", `Parade day.

The crowd cheered the band, calling it "the pride of Dunmore," Tom Reilly said as he packed up his stall.`,
		[]expect{
			{"the pride of Dunmore,", TypeMixed, "Tom Reilly", "", KindPerson},
		}},
	// L34. A hearer opened by a determiner that ends the sentence after a
	// closing tell verb, maybe with a time after it ("…, Defence Secretary
	// Ann Carver told a Commons committee on Tuesday.", "…, she told the
	// crowd."), is stepped over: the cue reports the clause before it. A
	// thing told (lexicon/told-things: "told a different story") is the
	// cue's object, no hearer.
	{"a hearer that closes the sentence after a tell verb", `Troops for the north.

A small force will be sent to train local police, Defence Secretary Ann Carver told a Commons committee on Tuesday.

The depot will stay open, Mia Holt told the crowd.

Sam Ortiz told a different story.`,
		[]expect{
			{"A small force will be sent to train local police", TypeIndirect, "Ann Carver", "Defence Secretary", KindPerson},
			{"The depot will stay open", TypeIndirect, "Mia Holt", "", KindPerson},
			{"a different story", TypeIndirect, "Sam Ortiz", "", KindPerson},
		}},
	// L35. A comma inside the marks of a title ("On “Sunrise,” Mia Holt
	// said if …") sets off a fronted phrase, not a quotation of speech
	// before its cue: the cue reports the clause after it, a condition
	// included.
	{"a title's comma before a cue and a condition", `Running mate.

On “Sunrise,” Mia Holt said if the vote failed she would stand again.`,
		[]expect{
			{"if the vote failed she would stand again", TypeIndirect, "Mia Holt", "", KindPerson},
		}},
	// L36. A group described by a phrase whose object no lexicon knows
	// ("Critics of parking charges", "Supporters of the bypass") is the
	// subject before an aside set off by commas ("…, in a letter to the
	// council, said"), as a name is.
	{"a group described by a phrase before an aside", `Ruling splits town.

Supporters of the bypass, on the other hand, argued that the ruling would speed up the work.

Critics of parking charges, in a letter to the council, said the fees would drive shoppers away.`,
		[]expect{
			{"the ruling would speed up the work", TypeIndirect, "", "Supporters of the bypass", KindGroup},
			{"the fees would drive shoppers away", TypeIndirect, "", "Critics", KindGroup},
		}},
	// L37. ", as the Herald reported" is the writer's note of where the
	// words come from: it ends the report before it, as a closing cue
	// does, and reports nothing of its own here.
	{"an 'as' note of the source ends the report before it", `Mill to close.

Ann Cole said the mill would close in May, as the Herald reported on Tuesday.`,
		[]expect{
			{"the mill would close in May", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	// L38. A closing cue's topic, "about" or "of" and a phrase, opens no
	// clause of the cue's own past the short window, an infinitive inside
	// it included (`"…?" Reilly said about the council's plan to sell …`):
	// the words after the quotation are its attribution, and the
	// quotation is the report.
	{"a closing cue's topic phrase opens no clause of its own", `Depot sale.

"Why would anyone trust them now?" Reilly said about the council's plan to sell the old depot to a builder.`,
		[]expect{
			{"Why would anyone trust them now?", TypeDirect, "Reilly", "", KindPerson},
		}},
	// L39. An adverb before a time word goes with it ("long ago"): the
	// cue's that-clause after it is the report, not the time.
	{"an adverb before a time word after a cue", `Close vote.

Aides conceded long ago that the vote would be close.

Ms Hale admitted long ago that the levy would fail.`,
		[]expect{
			{"the vote would be close", TypeIndirect, "", "Aides", KindGroup},
			{"the levy would fail", TypeIndirect, "Hale", "", KindPerson},
		}},
	// L40. A quoted capitalised word after a possessive owner is the title
	// of a programme ("Harbor Radio’s “Nightline,”"), no quotation of
	// speech, and its comma inside the marks sets off a fronted phrase:
	// the cue after it reports the clause that follows, a condition
	// included ("said if …").
	{"a programme its owner names, before a cue", `Fares row.

Speaking on Harbor Radio’s “Nightline,” Ann Cole said if the council raised fares she would resign.

Last night on Harbor Radio’s “Nightline,” Tom Reilly said if the council raised fares it would be a “betrayal.”`,
		[]expect{
			{"if the council raised fares she would resign", TypeIndirect, "Ann Cole", "", KindPerson},
			{"if the council raised fares it would be a “betrayal.”", TypeMixed, "Tom Reilly", "", KindPerson},
		}},
	// L41. A description whose head an "of" phrase ties to a named body
	// ("The executive director of the Harbor Renewal Board stood …") is
	// no match for a person whose role is of another body ("executive
	// director of the Coastal Arts League"): it describes the subject of
	// its paragraph, who takes its role.
	{"a description of another body's office", `Harbor city gets ready.

Nora Quill, executive director of the Coastal Arts League, said the show would open in May.

Lena Ortiz recently moved here from Denver to lead a group charged with cleaning up the waterfront. The executive director of the Harbor Renewal Board stood at the edge of the new plaza on Tuesday.

"We are almost there," Ortiz said about the work.`,
		[]expect{
			{"the show would open in May", TypeIndirect, "Nora Quill", "executive director of the Coastal Arts League", KindPerson},
			{"We are almost there,", TypeDirect, "Lena Ortiz", "executive director", KindPerson},
		}},
	// L42. A partitive group ("Some of the organisers") is the subject
	// before the auxiliaries of a verb that a modifier's preposition
	// follows ("… have been poring over data showing that …"): the
	// phrase holds no verb, and the noun after "of the" is its role.
	{"a partitive group before auxiliaries", `Party leaders meet.

Some of the organisers have been poring over data showing that few voters knew the date.

Some of the volunteers said the gates would open at noon.`,
		[]expect{
			{"few voters knew the date", TypeIndirect, "", "organisers", KindGroup},
			{"the gates would open at noon", TypeIndirect, "", "volunteers", KindGroup},
		}},
	// L43. A campaign named with its candidate's full name ("Ann Cole's
	// campaign", "the Tom Reilly campaign") is called by the surname, as
	// "Cole's campaign" is: the Cole campaign.
	{"a campaign by its candidate's surname", `Race tightens.

Ann Cole's campaign said the poll was wrong. The Tom Reilly campaign said the debate would go ahead.`,
		[]expect{
			{"the poll was wrong", TypeIndirect, "Cole campaign", "", KindOrganization},
			{"the debate would go ahead", TypeIndirect, "Reilly campaign", "", KindOrganization},
		}},
	// L44. A role head followed by a rank's number and the noun it ranks
	// ("the world number three spot") does not end a description: the
	// phrase's head is "spot", no role of the person before it.
	{"a rank's number inside a phrase", `Title race.

Sam Ortiz climbed to the world number three spot in June. "It feels good," Ortiz said.`,
		[]expect{
			{"It feels good,", TypeDirect, "Sam Ortiz", "", KindPerson},
		}},
	// L45. A resort, a hotel or a casino is an organisation
	// (lexicon/org-heads), even when a place follows its head ("the Bell
	// National Pines Resort Orlando"): no person, so a description after
	// its short name ("Bell bought Pines … The property tycoon sold …")
	// describes the owner.
	{"a resort named with a place is an organisation", `Golf event moves.

Marco Bell is losing a spring tournament.

The Bell National Pines Resort Orlando will lose the event next year.

"We will miss the event," Bell said.

Bell bought Pines in 2009. The property tycoon sold two other courses last year.`,
		[]expect{
			{"We will miss the event,", TypeDirect, "Marco Bell", "property tycoon", KindPerson},
		}},
	// L46. An "and" after a name joined by an ampersand ("Harlow & Finch
	// and builder Tom Reilly") begins a second source: the firm's name
	// ends before it, and the phrase is the firm's, named first.
	{"an ampersand name before a second source", `Housing outlook.

House prices will keep rising this year, according to mortgage lender Harlow & Finch and builder Tom Reilly.`,
		[]expect{
			{"House prices will keep rising this year", TypeIndirect, "Harlow & Finch", "mortgage lender", KindOrganization},
		}},
	// L47. A lone capitalised word opening a unit that no verb follows (a
	// comma, a time word or an adverb, or a participle's object: "Hours
	// later, …", "Facing growing criticism …, …") is a fronted phrase's,
	// no name: the participle cue's subject is the one after the comma.
	{"a participle cue's subject after a lone fronted word", `Mayor in the news.

Hours later, Tom Reilly returned the favour to the council, telling reporters, "They did a fine job."

Facing growing criticism from both parties, Mr. Reilly released a statement on Sunday, insisting that the deal was fair.`,
		[]expect{
			{"They did a fine job.", TypeDirect, "Tom Reilly", "", KindPerson},
			{"the deal was fair", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	// L48. A one-word name that opens its sentence, that no entity has,
	// that the article never writes with a capital inside a sentence and
	// writes in lower case elsewhere ("Everyone knows …" beside "everyone
	// in the room") is the sentence's capital, no name: the speaker has
	// none, and a pronoun after it ("He said …") is the person named
	// before.
	{"a common word that opens a sentence is no speaker's name", `Council vote.

Mayor Tom Reilly spoke at the meeting on Monday, and the hall was full.

Everyone knows the plan is a mess, and everyone in the room had read the report. He said the council would vote again in May.`,
		[]expect{
			{"the plan is a mess, and everyone in the room had read the report", TypeIndirect, "", "", KindUnknown},
			{"the council would vote again in May", TypeIndirect, "Tom Reilly", "Mayor", KindPerson},
		}},
	// L49. A cue word written with a capital inside a sentence that is a
	// first name (lexicon/female-names: "hope"), before a capitalised
	// surname, opens the name: "spokeswoman Hope Varney" is Hope Varney,
	// a spokeswoman, not Varney, a "spokeswoman Hope".
	{"a first name that is also a cue word", `Campaign quiet.

Campaign spokeswoman Hope Varney did not respond to a request for comment. Varney said last week the rally would go ahead.

"We are ready," Hope Varney said.`,
		[]expect{
			{"the rally would go ahead", TypeIndirect, "Hope Varney", "Campaign spokeswoman", KindPerson},
			{"We are ready,", TypeDirect, "Hope Varney", "Campaign spokeswoman", KindPerson},
		}},
	// L50. An indefinite pronoun that opens a sentence (lexicon/
	// indefinite-pronouns: "Nobody argued …"), or a pronoun with a
	// contracted auxiliary ("They're saying …"), is no name even when the
	// article never writes it in lower case: the speaker has none, and
	// "He said …" after it is the person named before.
	{"an indefinite pronoun that opens a sentence is no speaker's name", `Budget week.

Finance chief Tom Reilly presented the plan on Tuesday.

Nobody argued that the levy should go. He said the budget would pass in May.

They're saying the new tax is dead.`,
		[]expect{
			{"the levy should go", TypeIndirect, "", "", KindUnknown},
			{"the budget would pass in May", TypeIndirect, "Tom Reilly", "Finance chief", KindPerson},
			{"the new tax is dead", TypeIndirect, "", "", KindUnknown},
		}},
	// L51. The lone fronted word of L47 may be followed by a preposition
	// ("Back in 2008, Ms. Cole spoke …, telling …"): the subject is still
	// the one after the comma.
	{"a participle cue's subject after a lone word and a preposition", `Mayor in the news.

Ms. Cole has long spoken well of Mr. Reilly.

Back in 2008, Ms. Cole spoke warmly of Mr. Reilly's campaign skills, telling a radio host: ''He is the best I have seen.''`,
		[]expect{
			{"He is the best I have seen.", TypeDirect, "Cole", "", KindPerson},
		}},
	// L52. A stop capital written with a capital inside its sentence,
	// after a word and before a capitalised name word ("said Other Place
	// manager Ann Cole", "the All Saints vicar"), opens a name, as it does
	// not when it opens the sentence ("Other Republicans said …").
	{"a stop capital inside a sentence opens a name", `Theatre shuts.

The Other Place, a small theatre in Calderby, will close in June.

"We tried everything to keep it open," said Other Place manager Ann Cole.

The All Saints vicar Tom Reilly said the hall next door would stay open. Other residents said they would miss the shows.`,
		[]expect{
			{"We tried everything to keep it open,", TypeDirect, "Ann Cole", "Other Place manager", KindPerson},
			{"the hall next door would stay open", TypeIndirect, "Tom Reilly", "All Saints vicar", KindPerson},
			{"they would miss the shows", TypeIndirect, "", "residents", KindGroup},
		}},
	// L53. The second perfect after a perfect cue (L17) may be a cue of
	// its own ("has said the wall is sound and has called for calm",
	// "and has warned that …"): the report ends before "and has", not
	// after it, and the second cue reports on its own.
	{"a second perfect that is a cue ends the report before it", `Sea wall.

Mayor Dan Finch has said the old wall is sound and has called for calm in the village.

Walt Pellow has said the town can pay for it and has warned that the cost will rise.`,
		[]expect{
			{"the old wall is sound", TypeIndirect, "Dan Finch", "Mayor", KindPerson},
			{"calm in the village", TypeIndirect, "Dan Finch", "Mayor", KindPerson},
			{"the town can pay for it", TypeIndirect, "Walt Pellow", "", KindPerson},
			{"the cost will rise", TypeIndirect, "Walt Pellow", "", KindPerson},
		}},
	// L54. The cue word that is a first name (L49) opens the name at the
	// start of its sentence too: "Hope Marsh said …" is Hope Marsh, not
	// Marsh; "Hope remains that …" is still no name.
	{"a first name that is a cue word opening its sentence", `Harbour repairs.

Hope Marsh said the harbour wall would be mended by the spring.

Hope remains that the ferry can sail again in May, Tom Reilly said.`,
		[]expect{
			{"the harbour wall would be mended by the spring", TypeIndirect, "Hope Marsh", "", KindPerson},
			{"Hope remains that the ferry can sail again in May", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	// L55. A paragraph of format characters alone (a zero-width space, a
	// direction embedding and its pop) makes no token since format
	// characters make none: it is no paragraph, and the stages that take a
	// paragraph's first or last token do not run past it (the extraction
	// had panicked).
	{"a paragraph of format characters alone is no paragraph", "Flood warning.\n\n\u202a\u202c\n\n\"The river is still rising,\" said Ivy Marsh.\n\n\u200b",
		[]expect{
			{"The river is still rising,", TypeDirect, "Ivy Marsh", "", KindPerson},
		}},
	// L56. An opening single mark before two digits is an elided
	// century only after a word ("said in ‘08 that …", "the ‘80s"): at a
	// paragraph's start it opens a quotation that starts with a number
	// ("‘80 per cent of us back the plan,’ said …", British style).
	{"an opening single mark before a number at a paragraph start opens a quote", `Poll on the bypass.

‘80 per cent of the town backs the bypass,’ said Tom Reilly.

‘50 jobs will go at the depot,’ Ann Cole told the council.

Walt Pellow said in ‘08 that the bypass was a dream of the ‘80s.`,
		[]expect{
			{"80 per cent of the town backs the bypass,", TypeDirect, "Tom Reilly", "", KindPerson},
			{"50 jobs will go at the depot,", TypeDirect, "Ann Cole", "", KindPerson},
			{"the bypass was a dream of the ‘80s", TypeIndirect, "Walt Pellow", "", KindPerson},
		}},
	// L57. The common-word opener of L48 stays a name when it stands,
	// singular, right before "said" or "says": "Baker said …" is a person
	// named Baker even when the article writes "baker" in lower case
	// elsewhere ("Everyone said …" is still no name).
	{"a one-word name before said that is also a common word", `Flour tax protest.

Baker said the flour tax would close small shops. Every baker in the town had signed the letter.

Everyone said the tax was unfair.`,
		[]expect{
			{"the flour tax would close small shops", TypeIndirect, "Baker", "", KindPerson},
			{"the tax was unfair", TypeIndirect, "", "", KindUnknown},
		}},
	// L58. A hearer opened by a determiner closes at a comma before a
	// conjunction as it does at the sentence's end: "…, she told a
	// friend, and then she left." reports what stands before the clause,
	// as "…, she said, and then she left." does; the hearer is no report.
	{"a hearer after a closing tell verb that a comma and a conjunction end", `Bakery sale.

The old bakery would be sold by the spring, Nell Barker told a neighbour, and then she locked the shop.`,
		[]expect{
			{"The old bakery would be sold by the spring", TypeIndirect, "Nell Barker", "", KindPerson},
		}},
	// L59. A "that" right before a verb after a tell verb's hearer opens a
	// relative clause on the hearer, no report: the report starts at a
	// later "that" with a subject after it, and without one the cue
	// reports nothing after it.
	{"a relative that after a tell verb's hearer", `Clinic review.

Dr Owen Hale told a panel of nurses that had met in Carlisle that the new ward would open in June.

Later he told a group of parents that gathered at the school.`,
		[]expect{
			{"the new ward would open in June", TypeIndirect, "Owen Hale", "", KindPerson},
		}},
	// L60. A firm named with an ampersand before a role noun is the
	// role's, and the name after it a person's: "Hollis & Mayfield
	// chairman Ruth Galloway" (no firm named "… chairman Ruth Galloway"),
	// also when the firm's first word opens the sentence and looks like a
	// plural ("Bricks & Mortar").
	{"a firm with an ampersand before a role noun and a name", `Rents rise.

Hollis & Mayfield chairman Ruth Galloway said the firm would open two stores.

Bricks & Mortar chief executive Owen Tate said rents were rising.`,
		[]expect{
			{"the firm would open two stores", TypeIndirect, "Ruth Galloway", "Hollis & Mayfield chairman", KindPerson},
			{"rents were rising", TypeIndirect, "Owen Tate", "Bricks & Mortar chief executive", KindPerson},
		}},
	// L61. A firm named with an ampersand, "and", another name: the two
	// speak together, as "Tesco and Unilever said" does (not the second
	// name alone, as a person).
	{"a firm with an ampersand and another joined by and", `Soap prices cut.

Harwood & Lyle and Fenmoor said they would cut prices by a tenth.`,
		[]expect{
			{"they would cut prices by a tenth", TypeIndirect, "Harwood & Lyle and Fenmoor", "", KindGroup},
		}},
	// L62. "master" heads a role ("harbour master", "postmaster").
	{"a master as a role noun", `Ferry cancelled.

"The channel will stay shut until Friday," harbour master Colin Pryde said.`,
		[]expect{
			{"The channel will stay shut until Friday,", TypeDirect, "Colin Pryde", "harbour master", KindPerson},
		}},
	// L63. A lower-case role head, "of", a lower-case noun, then a name:
	// the words are the named person's role ("said director of operations
	// Ivo Brandt"), not an unnamed director's whole description.
	{"a role of a lower-case noun before a name after the cue", `Fair opens.

"Thanks, Dunmore, for coming," said director of operations Ivo Brandt, a retired baker.`,
		[]expect{
			{"Thanks, Dunmore, for coming,", TypeDirect, "Ivo Brandt", "director of operations", KindPerson},
		}},
	// L64. As L61 when the name after "and" is a firm's too: "Harwood &
	// Lyle and Fenmoor Holdings said …" is the two firms together, not the
	// first alone (the "and" after an ampersand's name opens a second
	// source: one that a lower-case description opens is no part of the
	// pair, "lender Ashby & Crane and builder Tom Reilly").
	{"a firm with an ampersand and a second firm joined by and", `Soap prices cut.

Harwood & Lyle and Fenmoor Holdings said they would cut prices by a tenth.`,
		[]expect{
			{"they would cut prices by a tenth", TypeIndirect, "Harwood & Lyle and Fenmoor Holdings", "", KindGroup},
		}},
	// L65. A report goes on past its closing clause (", she said, but
	// …") even when the words after the conjunction hold a quote cue with
	// nothing quoted after it ("would go on", "points out" with no
	// quotation, colon or that-clause): no later cue reports them.
	{"a quote cue with no quotation after it does not stop a report going on", `Strike vote.

The ballot had failed, Nora Pettit said, but the fight would go on.`,
		[]expect{
			{"The ballot had failed", TypeIndirect, "Nora Pettit", "", KindPerson},
			{"but the fight would go on", TypeIndirect, "Nora Pettit", "", KindPerson},
		}},
	// L66. After ", X said, and", a fronted phrase that a preposition
	// opens, set off by a comma before a clause, is more of the report, not
	// the speaker's next doing.
	{"a fronted phrase after the conjunction of a report going on", `Grants row.

The board would meet daily to sort out the grants, Idris Vane said, and with the auditors watching, it is safe to say the money will go out fast.`,
		[]expect{
			{"The board would meet daily to sort out the grants", TypeIndirect, "Idris Vane", "", KindPerson},
			{"and with the auditors watching, it is safe to say the money will go out fast", TypeIndirect, "Idris Vane", "", KindPerson},
		}},
	// L67. A belief verb before a bare adjective ("felt free to",
	// "feels sure of") in the words after ", X says, and" states no belief
	// of its own: the report goes on.
	{"a belief verb before a bare adjective does not stop a report going on", `Budget talks.

The director would ask her for views on the budget, Greta Moll says, and she felt free to question his figures.`,
		[]expect{
			{"The director would ask her for views on the budget", TypeIndirect, "Greta Moll", "", KindPerson},
			{"and she felt free to question his figures", TypeIndirect, "Greta Moll", "", KindPerson},
		}},
	// L68. A lone word before an interrupting clause is the report's first
	// part when it belongs to the report: "Now" sets the report's own
	// present, and "Nor" opens a clause inverted after it ("Nor, he said,
	// did …"); a lone connective ("But, he said, …") still is not.
	{"a lone word of the report before an interrupting clause", `Fair ends.

The towns once shared a fair. Now, Wendy Arle said, the two towns rarely meet. Nor, Tobias Crane said, did the board ask the tenants. But, he said, the tenants would be heard.`,
		[]expect{
			{"Now", TypeIndirect, "Wendy Arle", "", KindPerson},
			{"the two towns rarely meet", TypeIndirect, "Wendy Arle", "", KindPerson},
			{"Nor", TypeIndirect, "Tobias Crane", "", KindPerson},
			{"did the board ask the tenants", TypeIndirect, "Tobias Crane", "", KindPerson},
			{"the tenants would be heard", TypeIndirect, "Tobias Crane", "", KindPerson},
		}},
	// L69. A cue word in "-s" right before ", X said," is a plural noun,
	// the subject of a report the clause interrupts ("Repair estimates, he
	// said, were …"), not a verb whose speaker is the word before it.
	{"a plural noun that looks like a cue before an interrupting clause", `Bridge repairs.

Repair estimates, Halvard Ost said, were far too low. The county, he added, would pay the rest.`,
		[]expect{
			{"Repair estimates", TypeIndirect, "Halvard Ost", "", KindPerson},
			{"were far too low", TypeIndirect, "Halvard Ost", "", KindPerson},
			{"The county", TypeIndirect, "Halvard Ost", "", KindPerson},
			{"would pay the rest", TypeIndirect, "Halvard Ost", "", KindPerson},
		}},
	// L70. As L69 with a cue verb right before ", X said,": the words
	// before the interrupting clause are its report's first part ("She
	// hoped, he said, that …" is his report, not hers).
	{"a cue verb before an interrupting clause is its report's first part", `Paper row.

The Courier ran the story twice. She hoped, Ruth Amsel said, that the editors would drop it.`,
		[]expect{
			{"She hoped", TypeIndirect, "Ruth Amsel", "", KindPerson},
			{"the editors would drop it", TypeIndirect, "Ruth Amsel", "", KindPerson},
		}},
	// L71. The first part of interrupted reported speech may be a long
	// subject with phrases of its own (up to 20 tokens before the comma),
	// not only a short one ("Small shops, Mr. Hale said, are …").
	{"a long subject as the first part of interrupted reported speech", `Bypass plans.

Plans so far from the county, the port and the rail firm to widen the old bypass near Tolby, Signe Rask added, amount to very little.`,
		[]expect{
			{"Plans so far from the county, the port and the rail firm to widen the old bypass near Tolby", TypeIndirect, "Signe Rask", "", KindPerson},
			{"amount to very little", TypeIndirect, "Signe Rask", "", KindPerson},
		}},
	// L72. A belief cue opening the article is as nested in the report
	// after it as one opening a later sentence: "Polling shows that …,"
	// said Y is Y's, the first token of the text no exception.
	{"a belief cue at the article's first token", `Polling shows that "most voters are wary," said Lena Fischer.`,
		[]expect{
			{`Polling shows that "most voters are wary,"`, TypeMixed, "Lena Fischer", "", KindPerson},
		}},
	// L73. A dash of the narration that opens the sentence's last clause
	// starts the first part of the reported speech a clause set off by
	// commas interrupts ("… the north quay - a plan, she said, that …"),
	// past a conjunction after it ("-- and the permit, he said, …"): the
	// writer's words before the dash are no part of it.
	{"the first part of interrupted reported speech starts after a dash", `Harbour works.

The council would rebuild the north quay - a plan, Marit Ellery said, that had stalled for a decade. The old pier had to go first -- and the permit, Ivo Tarrant said, had been hard to win.`,
		[]expect{
			{"a plan", TypeIndirect, "Marit Ellery", "", KindPerson},
			{"had stalled for a decade", TypeIndirect, "Marit Ellery", "", KindPerson},
			{"the permit", TypeIndirect, "Ivo Tarrant", "", KindPerson},
			{"had been hard to win", TypeIndirect, "Ivo Tarrant", "", KindPerson},
		}},
	// L74. A time phrase or a phrase a preposition opens before ",
	// according to X," is the first part of what the source reports (the
	// report's own setting: no saying is dated by it), also before a bare
	// plural subject ("police have held …"); a preposition and one bare
	// word ("In addition") is a connective, no part of it.
	{"a fronted setting before according to is the report's first part", `Valley farms.

Since last spring, according to the Harlow Monitor, police have held more than 300 farmers in the valley. Over the next decade, according to the Tolby Institute, the losses will double. In addition, according to the institute, three depots will close.`,
		[]expect{
			{"Since last spring", TypeIndirect, "Harlow Monitor", "", ""},
			{"police have held more than 300 farmers in the valley", TypeIndirect, "Harlow Monitor", "", ""},
			{"Over the next decade", TypeIndirect, "Tolby Institute", "", KindOrganization},
			{"the losses will double", TypeIndirect, "Tolby Institute", "", KindOrganization},
			{"three depots will close", TypeIndirect, "Tolby Institute", "", KindOrganization},
		}},
	// L75. As L73, a quotation in the writer's words before the dash
	// (a title here) is no part of the first part: the report is
	// indirect, not mixed.
	{"a quotation before the dash that opens a first part leaves it indirect", `Mill row.

The troupe staged "Harbour Lights" at the old mill in May - and the permit, Ruth Amsel said, was late.`,
		[]expect{
			{"the permit", TypeIndirect, "Ruth Amsel", "", KindPerson},
			{"was late", TypeIndirect, "Ruth Amsel", "", KindPerson},
		}},
	// L76. A one-word answer right after a speech verb ("said yes",
	// "said no", "said so") is the clause it stands for, when the clause
	// ends after it; a report needs two words otherwise, so the answer was
	// lost ("said no") or ran on into the next clause ("said yes, while a
	// few said …").
	{"a one-word answer after a speech verb is its report", `Harbour poll.

The board polled the fishermen on the quay. Most of them said yes, while a few said the board had failed them. Ivo Tarrant said no. Greta Moll said so at the time.`,
		[]expect{
			{"yes", TypeIndirect, "", "", KindGroup},
			{"the board had failed them", TypeIndirect, "", "", KindGroup},
			{"no", TypeIndirect, "Ivo Tarrant", "", KindPerson},
			{"so", TypeIndirect, "Greta Moll", "", KindPerson},
		}},
	// L77. A state after a home town ("of Tulsa, Okla.,") closes one
	// aside with the town: its comma is not counted among the commas
	// that may stand between a subject and its cue, so an age, the town
	// and state and a relative clause may all follow the name.
	{"a home town and its state are one aside", `Ferry fares.

Nell Varga, 44, of Tulsa, Okla., who rides the ferry daily, said the fares were too high.`,
		[]expect{
			{"the fares were too high", TypeIndirect, "Nell Varga", "", KindPerson},
		}},
	// L78. "of", a lower-case kind of business and a firm's name after a
	// name and its comma ("of mortgage broker Calder Finance") is where
	// the person works, a role, as "of IT firm Calder Systems" is; no
	// home town.
	{"of a firm named after its kind", `Rates outlook.

Ivo Brandt, of mortgage broker Calder Finance, said the rates would rise.`,
		[]expect{
			{"the rates would rise", TypeIndirect, "Ivo Brandt", "mortgage broker Calder Finance", KindPerson},
		}},
	// L79. The plural of a kind of firm opening the sentence before the
	// names of firms ("Housebuilders Carrow Homes and …", "Lenders Ashby
	// Capital and Wexley Bank") is the kind they share, no word of the
	// first name, as "Republicans Tom Reilly and …" is (L25).
	{"a plural kind of firm before names is no word of them", `Housing market.

Housebuilders Carrow Homes and Wexley Homes said the market was cooling.

Lenders Ashby Capital and Wexley Bank said demand was weak.`,
		[]expect{
			{"the market was cooling", TypeIndirect, "Carrow Homes and Wexley Homes", "", KindGroup},
			{"demand was weak", TypeIndirect, "Ashby Capital and Wexley Bank", "", KindOrganization},
		}},
	// L80. A name set off by commas after a relative clause ("who lives
	// on a farm outside the county town, Harlow,") names what the clause
	// speaks of, not the speaker: the person before the clause speaks.
	{"a name closing a relative clause is its object", `Road closed.

Ruth Adler, who lives on a farm outside the county town, Harlow, said the road was closed.`,
		[]expect{
			{"the road was closed", TypeIndirect, "Ruth Adler", "", KindPerson},
		}},
	// L81. A one-word name set off by commas after a person's
	// description that ends in a preposition's object ("The mayor of the
	// county town, Wexbury,") names that object, not the person: the
	// speaker is the unnamed mayor. A full name there is the person's
	// ("The chief executive of the company, Tom Hale, said").
	{"a one-word name after a description names its preposition's object", `Town budget.

The mayor of the county town, Wexbury, said the budget was tight.

A spokesman for the regional water board, Aquavale, said the pipes were old.`,
		[]expect{
			{"the budget was tight", TypeIndirect, "", "mayor of the county town", KindPerson},
			{"the pipes were old", TypeIndirect, "", "spokesman for the regional water board", KindPerson},
		}},
	// L82. A capitalised function word opening its sentence before an
	// auxiliary and a cue ("Ever has said its profit …") is the cue's
	// subject, a name: no adverb or time word is a subject so, and a
	// function word names a firm or a brand, not a person; "the company"
	// after it is that firm.
	{"a function word before a cue is a firm's name", `Shoe sales slip.

Ever has said its profit will be lower than expected because its winter sale was weak.

"Clearance was slow," the company said.`,
		[]expect{
			{"its profit will be lower than expected because its winter sale was weak", TypeIndirect, "Ever", "", KindOrganization},
			{"Clearance was slow,", TypeDirect, "Ever", "", KindOrganization},
		}},
	// L83. A definite description of a firm that places it with
	// capitalised words ("The High Street chain") states its role as
	// one in lower case does ("the nation's largest farm lobby"); one
	// that names the firm ("the Harbury firm") does not.
	{"a firm's description with a place in capitals is its role", `Grocer warns.

Harbury Foods said its sales had fallen in the spring.

The High Street chain said it would cut prices.`,
		[]expect{
			{"its sales had fallen in the spring", TypeIndirect, "Harbury Foods", "High Street chain", KindOrganization},
			{"it would cut prices", TypeIndirect, "Harbury Foods", "High Street chain", KindOrganization},
		}},
	// L84. A fronted phrase may place its event in a town and its state
	// ("At a rally in Dunmore, Pa., on Tuesday,"): the state's comma is
	// the town's, so the main clause's subject is found past it, not the
	// state, for a participle cue ("…, saying …").
	{"a town and its state in a fronted phrase", `Rally.

At a rally in Dunmore, Pa., on Tuesday, Senator Ruth Adler of Ohio endorsed the mayor, saying she would win easily.

At a campaign stop in Ames, Iowa, on Sunday, Tom Hale tried to explain his plan, saying that taxes would fall.`,
		[]expect{
			{"she would win easily", TypeIndirect, "Ruth Adler", "Senator", KindPerson},
			{"taxes would fall", TypeIndirect, "Tom Hale", "", KindPerson},
		}},
	// L85. A dateline in mixed case that names its agency in brackets
	// before a dash ("Harlow (AFP) – …") is no subject: the sentence
	// starts after the dash, where a participle cue finds its speaker.
	{"a mixed-case dateline with an agency", `Vote.

Harlow (AFP) – Senator Ruth Adler has hit out at the farm bill, saying that it would hurt growers.`,
		[]expect{
			{"it would hurt growers", TypeIndirect, "Ruth Adler", "Senator", KindPerson},
		}},
	// L86. A town and its state set off by commas inside an aside ("…,
	// who lost her son during the flood in Dunmore, Colorado, in July
	// 2012, said") name where something happened: neither the state
	// nor the town before its comma is the subject, the name before the
	// aside is; "Eli Marsh of Tulsa, Okla., …, said" is still Eli Marsh's.
	{"a town and its state inside an aside do not speak", `Floods.

Lena Marsh, who lost her son Tom Marsh during the flood in Dunmore, Colorado, in July 2012, said the aid came too late.

Eli Vance of Tulsa, Okla., who rides the ferry daily, said the fares were too high.`,
		[]expect{
			{"the aid came too late", TypeIndirect, "Lena Marsh", "", KindPerson},
			{"the fares were too high", TypeIndirect, "Eli Vance", "", KindPerson},
		}},
	// L87. A document that a verb of making has for its object before a
	// participle cue ("Senator Ruth Adler issued a statement saying …";
	// lexicon/maker-participles) says what its issuer says: the verb's
	// subject speaks, not the document, unnamed.
	{"the issuer of a statement speaks through it", `Farm bill.

Senator Ruth Adler issued a statement saying she would vote against the bill.

Dunmore Bank released a report on Friday saying rates would rise.`,
		[]expect{
			{"she would vote against the bill", TypeIndirect, "Ruth Adler", "Senator", KindPerson},
			{"rates would rise", TypeIndirect, "Dunmore Bank", "", KindOrganization},
		}},
	// L88. A word that may be an adverb after a determiner in an aside
	// is an adjective ("after a long pause"): the aside is a phrase
	// saying when, no clause, and the subject before it speaks.
	{"an adjective after a determiner in an aside is no verb modifier", `Fans.

Senator Ruth Adler spoke to the press on Monday.

"It was a shock," Adler, after a long pause, said.`,
		[]expect{
			{"It was a shock,", TypeDirect, "Ruth Adler", "Senator", KindPerson},
		}},
	// L89. A participle cue takes no speaker from a frame whose subject
	// opens the participle's own report ("…, saying his campaign does
	// not want …": the campaign is what is said of); the subject that
	// opens the unit speaks.
	{"a participle's report does not give it its speaker", `Row.

Tom Hale has denounced the attacks, saying his campaign does not want that kind of talk.`,
		[]expect{
			{"his campaign does not want that kind of talk", TypeIndirect, "Tom Hale", "", KindPerson},
		}},
	// L90. A comma phrase that names those who join the subject ("along
	// with Courier reporter Tom Hale", "together with two colleagues")
	// is an aside, no role: the subject before it speaks.
	{"those who join the subject are an aside, no role", `Row.

Ruth Adler, along with Courier reporter Tom Hale, say the manager grabbed her arm.

Ruth Adler, together with two colleagues, said the plan was dead.`,
		[]expect{
			{"the manager grabbed her arm", TypeIndirect, "Ruth Adler", "", KindPerson},
			{"the plan was dead", TypeIndirect, "Ruth Adler", "", KindPerson},
		}},
	// L91. The words that end a newspaper's name ("Ledger", "Sentinel",
	// "Inquirer", "Courant") make it an organisation, which "the paper"
	// then names (lexicon/org-heads, only at a name's end).
	{"a newspaper named for a ledger or a sentinel is an organisation", `Harbor Ledger reports deal.

The Harbor Ledger reported on Monday that the port would reopen.

Quoting Gov. Dan Finch, the paper said the state would pay for the dredging.`,
		[]expect{
			{"the port would reopen", TypeIndirect, "Harbor Ledger", "", KindOrganization},
			{"the state would pay for the dredging", TypeIndirect, "Harbor Ledger", "", KindOrganization},
		}},
	// L92. A dateline whose last word is an abbreviation with its full
	// stop ("DUNMORE, Md. (AP) —") or that carries a date ("LONDON, Dec 7
	// (Reuters) -") is skipped whole: an agency's credit in brackets
	// before a dash starts no sentence, and a date's day goes on with the
	// dateline.
	{"a dateline with a state's abbreviation or a date", `Port strike ends.

DUNMORE, Md. (AP) — Dock workers returned to work Tuesday, union officials said.

LONDON, Dec 7 (Reuters) - Ferry crews went back to work on Monday, the union said.`,
		[]expect{
			{"Dock workers returned to work Tuesday", TypeIndirect, "", "union officials", KindGroup},
			{"Ferry crews went back to work on Monday", TypeIndirect, "", "", KindOrganization},
		}},
	// L93. The subject of a participle cue that opens with an owner's
	// possessive is the name set off by commas after what the owner has,
	// not the owner ("Harlow's harbour master, Ivo Brandt, defended …,
	// saying …" is Brandt's; "Reilly's son, Sam, …, saying" is Sam's).
	{"a participle's subject named after an owner's description", `Harbour row.

Harlow's harbour master, Ivo Brandt, defended the new fees on Monday, saying the quay would fall down without them.`,
		[]expect{
			{"the quay would fall down without them", TypeIndirect, "Ivo Brandt", "Harlow's harbour master", KindPerson},
		}},
	// L94. A capital inside a hyphened modifier that ends in a past
	// participle ("Labour-led", "Tory-run") is a party's or a place's in a
	// description: "The Labour-led council" names no organisation.
	{"a party's capital in a hyphened modifier names no one", `Tax row.

The Labour-led council said bills would rise.

A Tory-run authority said it had no choice.`,
		[]expect{
			{"bills would rise", TypeIndirect, "", "", KindOrganization},
			{"it had no choice", TypeIndirect, "", "", KindOrganization},
		}},
	// L95. A role the story states wins over one only the headline gives,
	// whose words are clipped ("Harlow boss Reid" in the headline,
	// "Harlow Town manager Gary Reid" in the story).
	{"the story's role over the headline's", `Harlow boss Reid proud of cup run

Harlow Town manager Gary Reid says he is proud of his players despite their cup exit.

"We gave everything," Reid told BBC Sport.`,
		[]expect{
			{"he is proud of his players despite their cup exit", TypeIndirect, "Gary Reid", "Harlow Town manager", KindPerson},
			{"We gave everything,", TypeDirect, "Gary Reid", "Harlow Town manager", KindPerson},
		}},
	// L96. The people a story asks in the street are named by what they
	// are there (lexicon/role-heads: passenger, commuter, shopper,
	// pensioner, retiree, customer ...): that is their role.
	{"a passer-by's part is a role", `Flights cancelled.

"Nobody will tell us anything," said passenger Leah Moss, 34, of Des Moines.

Ivo Brandt, a retiree, said the trains were no better.`,
		[]expect{
			{"Nobody will tell us anything,", TypeDirect, "Leah Moss", "passenger", KindPerson},
			{"the trains were no better", TypeIndirect, "Ivo Brandt", "retiree", KindPerson},
		}},
	// L97. A department's title joins its fields with "and" ("Work and
	// Pensions Secretary", "Health and Human Services Secretary"): one
	// titled person, not a person named "Work" and another
	// (lexicon/department-words).
	{"a department's title joined by and is one title", `Welfare row.

Work and Pensions Secretary Liz Kendrew insisted the reforms were fair.

Health and Human Services Secretary Ann Varga said the rule would stand.`,
		[]expect{
			{"the reforms were fair", TypeIndirect, "Liz Kendrew", "Work and Pensions Secretary", KindPerson},
			{"the rule would stand", TypeIndirect, "Ann Varga", "Health and Human Services Secretary", KindPerson},
		}},
	// L98. A body whose own name holds a possessive of a common noun for
	// people ("The Children's Society", "Women's Aid", "the Information
	// Commissioner's Office") is named whole; a place or a name that owns
	// a body ("Hale's campaign") is still no word of it.
	{"a common owner inside a body's name", `Charity row.

The Children's Society said the cuts would hurt.

Women's Aid said refuges were full.

The Information Commissioner's Office said the firm had been careless.`,
		[]expect{
			{"the cuts would hurt", TypeIndirect, "Children's Society", "", KindOrganization},
			{"refuges were full", TypeIndirect, "Women's Aid", "", KindOrganization},
			{"the firm had been careless", TypeIndirect, "Information Commissioner's Office", "", KindOrganization},
		}},
	// L99. A European firm's legal suffix ends its name as "Inc" does
	// ("Halvorsen GmbH", "Brandt NV"), a maker of ships is a kind of firm
	// that "the company" may stand for, and a report keeps the closing
	// bracket of a bracket it opens ("($47 million)").
	{"a firm's legal suffix and a bracket the report opens", `Halvorsen profit falls.

German shipbuilder Halvorsen GmbH warned that orders would stay weak.

The company said it would cut costs by 500 million euros ($540 million).`,
		[]expect{
			{"orders would stay weak", TypeIndirect, "Halvorsen GmbH", "German shipbuilder", KindOrganization},
			{"it would cut costs by 500 million euros ($540 million)", TypeIndirect, "Halvorsen GmbH", "German shipbuilder", KindOrganization},
		}},
	// L100. A role modifier that is also an adverb opening the sentence
	// before a capitalised title is the title's word ("First Minister Ewan
	// Muir said", "Chief Constable …"), not an opening adverb.
	{"an adverb's word opening a title", `Storm damage.

First Minister Ewan Muir said the government was monitoring the situation.`,
		[]expect{
			{"the government was monitoring the situation", TypeIndirect, "Ewan Muir", "First Minister", KindPerson},
		}},
	// L101. A school named an academy is an organisation, so the head
	// teacher who speaks of it is not it; a pupil is a role ("Year 10
	// pupil Amir Khan" is no body numbered like "Channel 4").
	{"an academy and its pupil", `School closes.

Harlow Academy will stay closed until Friday, the head teacher has said.

"It's chaos," said Year 10 pupil Amir Khan.`,
		[]expect{
			{"Harlow Academy will stay closed until Friday", TypeIndirect, "", "head teacher", KindPerson},
			{"It's chaos,", TypeDirect, "Amir Khan", "Year 10 pupil", KindPerson},
		}},
	// L102. A connective adverb set off by a comma that opens a sentence
	// ("However, …", "Moreover, …") links the writer's sentence to the one
	// before: it is no part of the report before a closing ", X said", and
	// no name either, so it never speaks the words after it ("Moreover,
	// the new depot …, said Ivo Tarrant" was Moreover's report of the name).
	{"a sentence connective before a closing attribution is the writer's", `Depot closes.

The county shut the Tolby depot in March. However, the drivers had been warned for a year, Marit Ellery said. Moreover, the new depot would open late, said Ivo Tarrant, head of the drivers' union.`,
		[]expect{
			{"the drivers had been warned for a year", TypeIndirect, "Marit Ellery", "", KindPerson},
			{"the new depot would open late", TypeIndirect, "Ivo Tarrant", "head of the drivers' union", KindPerson},
		}},
	// L103. After a reported clause's ", and", a pronoun that cannot be
	// the speaker with "is", "are", "has" or "have" before a participle
	// goes on with the report, as one with a modal does ("…, and it
	// would …"): the report's present ("…, and it is planning to add two
	// routes" was cut off); "…, but it is unclear when" stays the
	// writer's comment.
	{"a present participle clause after and goes on with the report", `Bus routes.

The Tolby Bus Company said its first aim would be to win back riders, and it is planning to add two routes in the spring. Marit Ellery said the old depot would close, but it is unclear when.`,
		[]expect{
			{"its first aim would be to win back riders, and it is planning to add two routes in the spring", TypeIndirect, "Tolby Bus Company", "", KindOrganization},
			{"the old depot would close", TypeIndirect, "Marit Ellery", "", KindPerson},
		}},
	// L104. A participle after a preposition with no comma before it,
	// inside a reported clause, that reports nothing ("after denying him
	// a hearing": no clause, infinitive or quotation after it) is an act
	// of the report's own subject and part of the report; it cut the
	// report as if the speaker did it. "before adding that …" is still
	// the speaker's own saying.
	{"a participle that reports nothing inside a report is part of it", `Harbour fines.

Marit Ellery said the harbour board had acted badly by fining Sam Ortiz after denying him a hearing. Greta Moll said the fines would stand before adding that the board would meet again in May.`,
		[]expect{
			{"the harbour board had acted badly by fining Sam Ortiz after denying him a hearing", TypeIndirect, "Marit Ellery", "", KindPerson},
			{"the fines would stand", TypeIndirect, "Greta Moll", "", KindPerson},
			{"the board would meet again in May", TypeIndirect, "Greta Moll", "", KindPerson},
		}},
	// L105. "here" and "there" between a subject and its cue place the
	// speakers ("Union officials here said …"), as an adverb does: the
	// attribution was missed. ("pilots" is a group noun now: the harbour
	// pilots are a group with their phrase as role, as officials are.)
	{"a place adverb between a subject and its cue", `Harbour depth.

Union officials here said they have been working the docks since spring. The harbour pilots there say the channel is too shallow for the new ships.`,
		[]expect{
			{"they have been working the docks since spring", TypeIndirect, "", "Union officials", KindGroup},
			{"the channel is too shallow for the new ships", TypeIndirect, "", "harbour pilots", KindGroup},
		}},
	// L106. A description with no role head ("the Australian", "the
	// 29-year-old Scot"), resolved to the person named before, describes
	// them by nationality, party or age: it is no role of theirs, as
	// British sport copy uses it ("…," the Australian said). The older
	// cases with "the Australian" (the nationality descriptor, the
	// fronted clause's subject, the paragraph's subject) expected the
	// nationality as the role; they now expect none.
	{"a nationality or an age that describes a speaker is no role", `Ortiz takes the title.

Sam Ortiz won the Tolby final in three sets on Sunday. "He was the best player I have met," the Australian said of his opponent.

Marit Ellery lost in the first round. "It was a bad day for me," the 29-year-old Scot said.`,
		[]expect{
			{"He was the best player I have met,", TypeDirect, "Sam Ortiz", "", KindPerson},
			{"It was a bad day for me,", TypeDirect, "Marit Ellery", "", KindPerson},
		}},
	// L107. A name set off by a comma after the description that follows
	// an inverted cue ("…, said the union leader, Ann Hale.", "said the
	// firm's chief executive, Tom Reilly, on Monday") is the speaker, with
	// the description as the role: the speaker had no name, or the name
	// of someone before.
	{"a name after the description after an inverted cue is the speaker", `Port talks.

"The port is dying," said the union leader, Ann Hale. The harbour would lose two berths next year, said the port's chief executive, Tom Reilly, on Monday.`,
		[]expect{
			{"The port is dying,", TypeDirect, "Ann Hale", "union leader", KindPerson},
			{"The harbour would lose two berths next year", TypeIndirect, "Tom Reilly", "port's chief executive", KindPerson},
		}},
	// L108. A cue whose subject follows "whatever" (or "whoever",
	// "whichever") is in a free relative that concedes ("whatever the
	// board says, …"): it reports nothing and cuts nothing, and after a
	// cue's "that" it opens the reported clause. The words after it were
	// the board's report, and "point out that whatever …" gave nothing.
	{"a cue inside a free relative reports nothing", `Port cash.

Analysts point out that whatever the board says, in the long run the port needs the cash. Marit Ellery said the quay would close.`,
		[]expect{
			{"whatever the board says, in the long run the port needs the cash", TypeIndirect, "", "Analysts", KindGroup},
			{"the quay would close", TypeIndirect, "Marit Ellery", "", KindPerson},
		}},
	// L109. A closing "in a report", "in a speech", "in a tweet" or "in
	// an email" ends the reported clause, as "in a statement" does, also
	// after a comma with a modifier ("…, in a new report called …"): the
	// writer's note of where it was said, no part of it.
	{"a closing phrase naming where it was said ends the report", `Harbour jobs.

The Tolby Dockers Union has called on the port not to cut jobs, in a new report called Harbour Lives. Ivo Tarrant said the port would close the north quay in a speech to the dockers.`,
		[]expect{
			{"the port not to cut jobs", TypeIndirect, "Tolby Dockers Union", "", KindOrganization},
			{"the port would close the north quay", TypeIndirect, "Ivo Tarrant", "", KindPerson},
		}},
	// L110. "made it plain that", "made plain that" state a stance as
	// "made it clear that" does (stance-words): the that-clause is what
	// the subject holds, British copy's way of saying it.
	{"made it plain that states a stance", `Depot stays.

Ivo Tarrant made it plain that he would not resign. Ann Hale made plain that the old depot would stay open.`,
		[]expect{
			{"he would not resign", TypeIndirect, "Ivo Tarrant", "", KindPerson},
			{"the old depot would stay open", TypeIndirect, "Ann Hale", "", KindPerson},
		}},
	// L111. "Unit" ends an organisation's name (org-heads), so a word of
	// the role-modifier list that opens it stays in it: "the National
	// Crime Unit" was "Crime Unit", a person, and "the Tolby Intelligence
	// Unit" was taken for the same "Crime Unit".
	{"unit ends an organisation's name", `Crime figures.

The costs of fraud were too high, said the National Crime Unit. The Tolby Intelligence Unit said the figures were sound.`,
		[]expect{
			{"The costs of fraud were too high", TypeIndirect, "National Crime Unit", "", KindOrganization},
			{"the figures were sound", TypeIndirect, "Tolby Intelligence Unit", "", KindOrganization},
		}},
	// L112. An acronym in parentheses before a capitalised determiner and
	// a lower-case word ("… (TCS) A survey …") ends a sentence whose full
	// stop the feed lost: the closing "according to X (TCS)" had its
	// source run on into the next sentence, and the report no speaker.
	{"a lost full stop after an acronym in parentheses", `Crime at work.

Data theft is most often committed from within a firm according to the Tolby Crime Squad (TCS) A survey for the squad covered 200 firms in the county.`,
		[]expect{
			{"Data theft is most often committed from within a firm", TypeIndirect, "Tolby Crime Squad", "", ""},
		}},
	// L113. A pronoun that stood for the unnamed person who spoke just
	// before stands for that person again in the next attribution, while
	// no one is named between ("The minister said … 'she told MPs' … she
	// said"): the chain of "she" does not break after one step.
	{"a chain of pronouns for one unnamed speaker", `Plan.

The minister said the plan was right.

'We are not for turning,' she told MPs.

Later she said: 'There is no U-turn.'`,
		[]expect{
			{"the plan was right", TypeIndirect, "", "minister", KindPerson},
			{"We are not for turning,", TypeDirect, "", "minister", KindPerson},
			{"There is no U-turn.", TypeDirect, "", "minister", KindPerson},
		}},
	// L114. A preposition is no noun: a description before a gerund
	// cue that a preposition governs ("tricked the inspector into
	// thinking") does not end in the preposition, and the inspector, no
	// speaker named before, gives the one who wrote no role.
	{"a preposition is no head of a description", `Row.

Tom Hale spoke on Monday.

The flat was old, Hale wrote; the agents had tricked the inspector into thinking that it was new.`,
		[]expect{
			{"The flat was old", TypeIndirect, "Tom Hale", "", KindPerson},
		}},
	// L115. An "as" phrase set off by commas after a name is the
	// capacity the person acted in, an aside, and words joined by "or"
	// after a name's comma are a list the name opens: neither is a role.
	{"an as phrase or a list of alternatives is no role", `Row.

Tom Hale, as a county candidate, once sued a local paper.

Hale said the suit was fair.

Ruth Adler spoke on Monday. The deal stops staff from mocking Adler, her shops or her board members.

Adler said the deal was standard.`,
		[]expect{
			{"the suit was fair", TypeIndirect, "Tom Hale", "", KindPerson},
			{"the deal was standard", TypeIndirect, "Ruth Adler", "", KindPerson},
		}},
	// L116. A capitalised word that names a firm's trade, a utility's most
	// often, ends an organisation's name after another capitalised word
	// (lexicon/trade-names): "Harlow Water" is no person, and "General"
	// before one is a word of the name, no title.
	{"a trade word after a capitalised word ends a firm's name", `Pipes.

Harlow Water said the pipes were old.

General Electric says its new plant will open in May.`,
		[]expect{
			{"the pipes were old", TypeIndirect, "Harlow Water", "", KindOrganization},
			{"its new plant will open in May", TypeIndirect, "General Electric", "", KindOrganization},
		}},
	// L117. Names listed with commas and a last pair joined by "and"
	// after an inverted cue, closing the sentence, all speak, as they do
	// before the cue ("Tom Hale, Ruth Adler and Ivo Brandt wrote"), and
	// a pronoun after them is theirs.
	{"a list of names after an inverted cue speaks together", `Tests.

"Our advice is to drop such tests," wrote Tom Hale, Ruth Adler and Ivo Brandt.

They said the tests were useless.`,
		[]expect{
			{"Our advice is to drop such tests,", TypeDirect, "Tom Hale, Ruth Adler and Ivo Brandt", "", KindGroup},
			{"the tests were useless", TypeIndirect, "Tom Hale, Ruth Adler and Ivo Brandt", "", KindGroup},
		}},
	// L118. "One" alone opening a sentence after one that opens with a
	// plural description of people is one of them: an unnamed person
	// whose role is the description in the singular.
	{"one after a plural description is one of them", `Firm shuts.

Some former workers criticised the closure on Monday. One told the Harlow Courier that staff had been left with nothing.`,
		[]expect{
			{"staff had been left with nothing", TypeIndirect, "", "former worker", KindPerson},
		}},
	// L119. A coordinated cue ("… and says") takes the subject of the
	// verb before "and", but a name that a preposition governs there is
	// a phrase's object, no subject ("in a Bolivian jail": not "a
	// Bolivian"); the unit's subject speaks.
	{"a phrase's object before a coordinated cue is no subject", `Row.

Tom Hale was held for a decade in a Bolivian jail and says the methods there are cruel.`,
		[]expect{
			{"the methods there are cruel", TypeIndirect, "Tom Hale", "", KindPerson},
		}},
	// L120. The comma right before the cue may close a state after a town
	// in an aside ("…, addressing farmers in Dunmore, N.C., said"):
	// the state, one word like a name between two commas, does not speak
	// while a subject stands before the aside.
	{"a state closing an aside before the cue does not speak", `Row.

Tom Hale, addressing farmers in Dunmore, N.C., said the levy would rise.`,
		[]expect{
			{"the levy would rise", TypeIndirect, "Tom Hale", "", KindPerson},
		}},
	// L121. A document described with a participle and the "by" of whoever
	// has it ("seen by", "obtained by", "reviewed by") is what speaks:
	// the one who saw it did not make it (the makers, "commissioned by",
	// "released by", are lexicon/maker-participles).
	{"a document seen by someone speaks for itself", `Bypass costs.

Council documents seen by the Ledger show the cost has doubled.

A memo obtained by the Harbor Times says the plan is dead.

Emails reviewed by the Courier suggest the deal was done in May.`,
		[]expect{
			{"the cost has doubled", TypeIndirect, "", "", KindOrganization},
			{"the plan is dead", TypeIndirect, "", "", KindOrganization},
			{"the deal was done in May", TypeIndirect, "", "", KindOrganization},
		}},
	// L122. An irregular past after a description opens the clause whose
	// subject a cue after "and" or "but" shares ("The mayor held the
	// meeting and said …", "The bank took questions but said …"), as a
	// verb in -ed does.
	{"an irregular past verb before a coordinated cue", `Rates decision.

The mayor held the meeting and said she would cut taxes.

The bank took questions but said it could not cut rates yet.`,
		[]expect{
			{"she would cut taxes", TypeIndirect, "", "mayor", KindPerson},
			{"it could not cut rates yet", TypeIndirect, "", "", KindOrganization},
		}},
	// L123. "Music" and "Pictures" end the names of record labels and
	// film studios ("Bluebird Music", "Harlow Pictures"): firms, not
	// people.
	{"a record label and a film studio are firms", `Tour off.

Bluebird Music said refunds would be available.

Harlow Pictures said the film would open in May.`,
		[]expect{
			{"refunds would be available", TypeIndirect, "Bluebird Music", "", KindOrganization},
			{"the film would open in May", TypeIndirect, "Harlow Pictures", "", KindOrganization},
		}},
	// L124. An agency's credit in a mixed-case dateline may be written in
	// mixed case too ("Port Ellen, Islay (Reuters) - …"): the dateline is
	// skipped whole, and its town does not speak.
	{"a mixed-case dateline with a mixed-case agency", `Farm bill.

Port Ellen, Islay (Reuters) - Senator Ruth Adler has hit out at the farm bill, saying it fails farmers.`,
		[]expect{
			{"it fails farmers", TypeIndirect, "Ruth Adler", "Senator", KindPerson},
		}},
	// L125. A body's acronym or known name before the country it serves
	// is one organisation ("NHS England", "Sport Scotland"), not the
	// place speaking for its government.
	{"a body's acronym before its country", `Waiting lists.

NHS England said more operations were being done than ever before.`,
		[]expect{
			{"more operations were being done than ever before", TypeIndirect, "NHS England", "", KindOrganization},
		}},
	// L126. A role word that is a given name too ("Dean") right after a
	// lower-case role is the first name ("manager Dean Holt"), and a past
	// participle after an auxiliary is the verb, no word of the role
	// ("have sacked manager Dean Holt" gives the role "manager").
	{"a given name that is a title after a role, and the verb before it", `Manager sacked.

Wexbury Rovers have sacked manager Dean Holt after six defeats.

Holt said last month he was not worried about his position.`,
		[]expect{
			{"he was not worried about his position", TypeIndirect, "Dean Holt", "manager", KindPerson},
		}},
	// L127. A form of "be", a comparative and "likely to" before a speech
	// cue compare what shares of a group said, as a poll reports them
	// ("were noticeably more likely to say"): the group speaks the cue after
	// "to". "is likely to say" alone says what may be said, and reports
	// nothing.
	{"a comparative likely to before a cue reports a group's answer", `Poll.

Older voters in Harlow were noticeably more likely to say the port should stay open. Tom Hale is likely to say the port should close.`,
		[]expect{
			{"the port should stay open", TypeIndirect, "", "Older voters in Harlow", KindGroup}, // (the place in the role since L454)
		}},
	// L128. A speech cue after "to" that follows "took to" a medium or
	// "went out of her way" is the subject's, as after "went on to say":
	// the phrase says where or how readily the speaker spoke. "plans to
	// say" reports nothing yet.
	{"a cue after took to a medium or went out of one's way speaks", `Port.

Ann Dune took to social media to warn that the port would close. Tom Hale went out of his way to say that the port was safe.`,
		[]expect{
			{"the port would close", TypeIndirect, "Ann Dune", "", KindPerson},
			{"the port was safe", TypeIndirect, "Tom Hale", "", KindPerson},
		}},
	// L129. "which" set off by a comma after an outlet, a document or a
	// named organisation, right before a speech cue, is its subject when a
	// clause follows: the body speaks. A plan is no speaker.
	{"a comma and which after a named body before a cue speaks", `Suit.

The suit was brought by the Harlow Post, which argued that the papers were public. The case was won by Harlow Water, which said the pipes were old. Residents voted against the plan, which said the port would close.`,
		[]expect{
			{"the papers were public", TypeIndirect, "Harlow Post", "", KindOrganization},
			{"the pipes were old", TypeIndirect, "Harlow Water", "", KindOrganization},
		}},
	// L130. A speech participle that a preposition opening the sentence
	// governs ("After saying …, Ann Dune …") is fronted as a bare one is
	// ("Saying …, Ann Dune …"): the subject after the comma that closes
	// its clause speaks, and what the participle reports is no report of
	// the main clause's verb.
	{"a participle after a preposition opening the sentence speaks", `Port.

After saying the port was safe, Ann Dune left the meeting. While saying that the levy would stay, Tom Hale voted against it.`,
		[]expect{
			{"the port was safe", TypeIndirect, "Ann Dune", "", KindPerson},
			{"the levy would stay", TypeIndirect, "Tom Hale", "", KindPerson},
		}},
	// L131. A participle after a comma that gives the grounds or the
	// blame a speaker gave (", citing …", ", blaming …";
	// lexicon/grounds-participles) is the writer's account, not part of
	// the reported clause before it: the report ran on to the end of the
	// sentence. (A citing verb's object is an attribution of its own, the
	// grounds the speaker gave: L160.)
	{"a grounds participle after a comma ends the report", `Berths to close.

The Tolby port authority said it would close two berths next year, citing falling demand from shipping lines. Harbour chief Marit Ellery warned of heavy losses at the quay, blaming the new owners for years of neglect.`,
		[]expect{
			{"it would close two berths next year", TypeIndirect, "Tolby port authority", "", KindOrganization},
			{"falling demand from shipping lines", TypeIndirect, "Tolby port authority", "", KindOrganization},
			{"heavy losses at the quay", TypeIndirect, "Marit Ellery", "Harbour chief", KindPerson},
		}},
	// L132. A participle after a preposition ("by saying", "while
	// insisting") reports a clause whose subject is "it" when an
	// auxiliary or a modal follows it: "it" is the subject there, no
	// object ("by calling it a disgrace" still reports nothing).
	{"it and an auxiliary open a clause after a preposition's participle", `Quay plan.

The harbour minister defended the plan by saying it would protect jobs in the long run. Marit Ellery ended the meeting by saying it was time to vote.`,
		[]expect{
			{"it would protect jobs in the long run", TypeIndirect, "", "harbour minister", KindPerson},
			{"it was time to vote", TypeIndirect, "Marit Ellery", "", KindPerson},
		}},
	// L133. A plain plural no list knows is the subject of a speech cue
	// when a report follows it, also one opened by "it" and an auxiliary
	// ("Harbour pilots said it was …"): "it" was read as an object, so
	// the cue had no subject and reported nothing.
	{"it and an auxiliary after a cue make a plain plural its subject", `Channel depth.

Harbour pilots said it was too shallow for the new ships. Marit Ellery said the dredging would start in May.`,
		[]expect{
			{"it was too shallow for the new ships", TypeIndirect, "", "Harbour pilots", KindGroup},
			{"the dredging would start in May", TypeIndirect, "Marit Ellery", "", KindPerson},
		}},
	// L134. The lower-case modifiers before a group noun that opens its
	// clause are the subject's ("…, and rival leaders said", "…, and
	// other leaders said"): the subject was "leaders" alone, so "and" no
	// longer stood right before it and the first report ran on into the
	// second.
	{"a group's modifiers after a conjunction are the subject's", `Quay safety.

Port chief Dana Rell said the harbour was safe, and rival leaders said the quay was not. Ivo Tarrant said the berths would close, and other leaders said the talks should go on.`,
		[]expect{
			{"the harbour was safe", TypeIndirect, "Dana Rell", "Port chief", KindPerson},
			{"the quay was not", TypeIndirect, "", "rival leaders", KindGroup},
			{"the berths would close", TypeIndirect, "Ivo Tarrant", "", KindPerson},
			{"the talks should go on", TypeIndirect, "", "other leaders", KindGroup},
		}},
	// L135. A past participle right after a message's noun in the
	// prepositional phrase that opens a sentence ("In a statement read
	// outside court, …", "In a clip shared on his page, …") describes
	// the message: it is no cue, and the main clause's cue after the
	// comma reports. The participle took the statement for its speaker
	// and the main clause for its report.
	{"a participle after a message's noun in an opening phrase is no cue", `Verdict.

In a statement read outside court, the victims' families said they were relieved. In a clip shared on his page, Tom Hale said the trial had been fair.`,
		[]expect{
			{"they were relieved", TypeIndirect, "", "victims' families", KindGroup},
			{"the trial had been fair", TypeIndirect, "Tom Hale", "", KindPerson},
		}},
	// L136. A cue word in its bare form ("note", "claim", "report")
	// that "a" or "an" and a few lower-case modifiers open is a noun: a
	// singular subject takes the form in -s. "struck a hopeful note" made
	// "a hopeful" (a candidate) the speaker of "note", and the participle
	// after it took that speaker.
	{"a bare cue word after an article and its modifiers is a noun", `Talks.

Ivo Tarrant struck a hopeful note, telling the Tolby Herald that a deal was close. Marit Ellery said the talks would go on.`,
		[]expect{
			{"a deal was close", TypeIndirect, "Ivo Tarrant", "", KindPerson},
			{"the talks would go on", TypeIndirect, "Marit Ellery", "", KindPerson},
		}},
	// L137. A document that a participle of making and a time phrase
	// describe before a speech cue is its subject ("A harbour report
	// published on Monday said …", lexicon/maker-participles), as a
	// person a modifier describes is ("A banker briefed on the talks
	// said"): the cue had no subject, and the cue word "report" took the
	// sentence for its report.
	{"a document described by its making and a time is the subject", `Quay safety.

TOLBY (Reuters) - A harbour report published on Monday said the north quay was unsafe. Marit Ellery said repairs would start soon.`,
		[]expect{
			{"the north quay was unsafe", TypeIndirect, "", "", KindOrganization},
			{"repairs would start soon", TypeIndirect, "Marit Ellery", "", KindPerson},
		}},
	// L138. ", drawing …" after a report gives the response the words
	// drew (lexicon/grounds-participles), the writer's account, as
	// ", citing …" does (L131): it ends the reported clause.
	{"a participle of the response drawn ends the report", `Rally.

Ivo Tarrant said he would close the north quay, drawing jeers at the dockside. Marit Ellery said the quay would stay open.`,
		[]expect{
			{"he would close the north quay", TypeIndirect, "Ivo Tarrant", "", KindPerson},
			{"the quay would stay open", TypeIndirect, "Marit Ellery", "", KindPerson},
		}},
	// L139. A possessive owner and the noun it owns open a unit as one
	// subject ("Tolby's central bank ended the meeting by saying …"), as
	// they do before a cue: the subject of the participle after a
	// preposition was the owner alone, a person, with "central" for its
	// verb.
	{"an owner and the noun it owns are the opening subject", `Rates.

Tolby's central bank ended its meeting on Friday by saying it would cut rates. Marit Ellery said the cut was overdue.`,
		[]expect{
			{"it would cut rates", TypeIndirect, "Tolby central bank", "", KindOrganization},
			{"the cut was overdue", TypeIndirect, "Marit Ellery", "", KindPerson},
		}},
	// L140. An appositive that a preposition opens ("in a letter to
	// members", "on a call with staff") says where or how the person
	// spoke, not a post: a role word inside it ("members") made the
	// whole aside the speaker's role. Link words ("of", "for", "at",
	// "from") still open a role.
	{"an appositive a preposition opens is no role", `Strike.

Dan Reilly, in a letter to members, said the union would fight the closure. Ann Corby, of the Harlow Dockers Union, said talks would go on.`,
		[]expect{
			{"the union would fight the closure", TypeIndirect, "Dan Reilly", "", KindPerson},
			{"talks would go on", TypeIndirect, "Ann Corby", "Harlow Dockers Union", KindPerson},
		}},
	// L141. A trade named by a capitalised word ("Water", "Rail",
	// lexicon/trade-names) before the country it serves ("Water UK") is
	// a body's name, as "Harlow Water" is: the pair was read as a
	// person, "Water" the first name.
	{"a trade and a country are an organisation", `Pipes.

Water UK said the pipes under Harlow were older than thought. Marit Ellery said repairs would start soon.`,
		[]expect{
			{"the pipes under Harlow were older than thought", TypeIndirect, "Water UK", "", KindOrganization},
			{"repairs would start soon", TypeIndirect, "Marit Ellery", "", KindPerson},
		}},
	// L142. An adjective before the preposition that follows a
	// description of the speaker ("A source close to the minister",
	// "an official familiar with the talks") describes the source and is
	// no word of its noun: the subject past the phrase was "A source
	// close", with the role "source close".
	{"an adjective before a phrase after a source is no word of it", `Quay.

A source close to the harbour board said the north quay would close. An official familiar with the plan said it would cost little.`,
		[]expect{
			{"the north quay would close", TypeIndirect, "", "source", KindPerson},
			{"it would cost little", TypeIndirect, "", "official", KindPerson},
		}},
	// L143. "who" after a group ("Voters who say …", "Farm groups,
	// who said …") stands for the group, as it stands for the name
	// before it ("Ann Cole, who said …"): it was resolved as a pronoun,
	// to the person named before.
	{"who after a group is the group", `Quay vote.

Ivo Tarrant spoke at the rally on Monday. Farm groups, who said the quay was vital, asked for talks.`,
		[]expect{
			{"the quay was vital", TypeIndirect, "", "Farm groups", KindGroup},
		}},
	// L144. A speech cue after "to have" that a form of "be" and a
	// cue's participle open ("is understood to have told", "was said to
	// have warned") reports the subject's words, as "has told" does:
	// "to" read as an infinitive left the report without a cue.
	{"a cue after 'is understood to have' is the subject's", `Quay.

Marit Ellery said the board would meet on Monday. Ivo Tarrant, who joined the board in 2019, is understood to have told staff that the north quay would close. He said talks had failed.`,
		[]expect{
			{"the board would meet on Monday", TypeIndirect, "Marit Ellery", "", KindPerson},
			{"the north quay would close", TypeIndirect, "Ivo Tarrant", "", KindPerson},
			{"talks had failed", TypeIndirect, "Ivo Tarrant", "", KindPerson},
		}},
	// L145. A description of a public body ("the ministry", "the
	// government", lexicon/public-body-nouns) stands for no organisation
	// whose name says it is a firm or an outlet ("Tolby Water", "the
	// Harlow Post"): "the government" resolved to the last-named paper,
	// "the ministry" to the water firm, as "it" would.
	{"a public body's description is no firm or paper", `Prices.

Bills will rise in March, the Harlow Post reported on Monday. The government said the rise was too steep. Tolby Water defended the rise. The ministry said it would review it.`,
		[]expect{
			{"Bills will rise in March", TypeIndirect, "Harlow Post", "", KindOrganization},
			{"the rise was too steep", TypeIndirect, "", "", KindOrganization},
			{"it would review it", TypeIndirect, "", "", KindOrganization},
		}},
	// L146. A plural description ("the club members", "party
	// officials") names several people: it gives no role to the person
	// named before it ("Ann Corby wrote to the club members": the members
	// are whom she wrote to, and she was given the role "club members").
	{"a plural description is no role of one person", `Club.

Ann Corby wrote to the club members on Monday. Corby said the club would close in May.`,
		[]expect{
			{"the club would close in May", TypeIndirect, "Ann Corby", "", KindPerson},
		}},
	// L147. A headline signed with a dash and a role's or a group's
	// noun ("'…' - minister", "'…' - union leaders", "'…' - police")
	// quotes an unnamed speaker, as a name after the dash does: the
	// signature was read only when it named someone.
	{"a headline signed with a role is the role's", `'Mend the north road first' - councillors

The north road has been shut since the floods in March, and repairs are due to start in the spring.`,
		[]expect{
			{"Mend the north road first", TypeDirect, "", "councillors", KindGroup},
		}},
	// L148. The plural of a role's noun in a headline ("heads",
	// "directors", "chiefs") names the group that speaks, as "officials"
	// does: before a final cue it was no noun phrase ("heads" read as a
	// verb), and the headline gave nothing.
	{"a plural role noun in a headline is its speaker", `Bus cuts 'will strand villages', wardens warn

The county plans to end four rural bus routes in the spring to save money.`,
		[]expect{
			{"Bus cuts 'will strand villages'", TypeMixed, "", "wardens", KindGroup},
		}},
	// L149. A single mark that opens a headline's line and is closed by
	// no other mark is closed by the one after a plural's s ("'No more
	// delays' on …"): it was read as a plural possessive ("the voters'
	// choice"), and the quotation was never paired.
	{"a plural's mark closes the quotation that opens a headline", `'Fix the potholes' on rural lanes - councillors

Parish councillors met the county's roads team on Tuesday to discuss the state of the lanes.`,
		[]expect{
			{"'Fix the potholes' on rural lanes", TypeMixed, "", "councillors", KindGroup},
		}},
	// L150. The plural of a role's noun that is no verb form
	// ("directors", "trustees", "inspectors", lexicon/group-nouns) names
	// an unnamed group that speaks, as "officials" does: the mention was
	// found but had no kind and no role, and a capitalised plural that
	// opens a sentence ("Trustees said") was read as a person's name.
	{"a plural role noun is a group", `Harbour.

The harbour will close for repairs in May, the port directors said on Monday. Trustees said the work was overdue.`,
		[]expect{
			{"The harbour will close for repairs in May", TypeIndirect, "", "port directors", KindGroup},
			{"the work was overdue", TypeIndirect, "", "Trustees", KindGroup},
		}},
	// L151. The plural of a role's noun that is also a verb form
	// ("heads", "hosts", "coaches", "chairs") names an unnamed group when
	// a cue follows it ("the union heads said", "Coaches warned"): two
	// verbs in a row cannot both be the clause's. The mention was found
	// with no kind and no role, as "heads" was read as a verb.
	{"a verb-form plural role noun before a cue is a group", `Depot.

The strike at the bus depot will go ahead on Friday, the union heads said on Monday. Coaches warned that the matches would be called off.`,
		[]expect{
			{"The strike at the bus depot will go ahead on Friday", TypeIndirect, "", "union heads", KindGroup},
			{"the matches would be called off", TypeIndirect, "", "Coaches", KindGroup},
		}},
	// L152. A description opened by a possessive that ends in a noun
	// that is also a cue ("Her record label", "its label";
	// lexicon/cue-nouns) describes the organisation named after its
	// comma, as "Its rival, Corvane Inc, said" does: "label" was read as
	// a verb, which ended the description, and the report had no speaker.
	{"a possessive description ending in a cue noun names the firm after it", `Tour.

Nadia Orlov will play eleven dates in May. Her record label, Copperfinch Records, said on Tuesday that tickets would go on sale next week.`,
		[]expect{
			{"tickets would go on sale next week", TypeIndirect, "Copperfinch Records", "record label", KindOrganization},
		}},
	// L153. A participle's speaker is the subject of the clause it hangs
	// from ("The warden of Coldharbour quit on Monday, saying …"), not the
	// pronoun that opens its own report ("saying she wanted …", where
	// "she wanted" is a frame of its own): the nearest frame's subject was
	// taken first, and the speaker was "she", with no role.
	{"a participle's speaker is the clause's subject, not its report's pronoun", `Warden.

The warden of Coldharbour Common quit on Monday after nine years, saying she wanted to spend more time with her grandchildren.`,
		[]expect{
			{"she wanted to spend more time with her grandchildren", TypeIndirect, "", "warden of Coldharbour Common", KindPerson},
		}},
	// L154. The one who issues a document speaks through it ("Harlow
	// Water released a statement saying …"), also when an aside set off by
	// commas stands between the issuer and the verb ("Ivo Tarrant, who
	// took over the mill in May, issued a statement saying …", "…, 61,
	// issued …"): the word before the verb was a comma, and the
	// statement itself was the speaker, with no name.
	{"an issuer set off from its verb by an aside speaks through the document", `Mill.

Ivo Tarrant, who took over the mill in May, issued a statement on Tuesday saying the looms would run again by the autumn. Nessa Grail, 61, released a statement saying the weavers would be paid in full.`,
		[]expect{
			{"the looms would run again by the autumn", TypeIndirect, "Ivo Tarrant", "", KindPerson},
			{"the weavers would be paid in full", TypeIndirect, "Nessa Grail", "", KindPerson},
		}},
	// L155. A quantity that an auxiliary floats off the subject ("have
	// both said", "had all urged") is no subject of its own: the cue's
	// subject stands before the auxiliary. "both" was taken as the
	// speaker, a group with no name.
	{"a floated quantity after an auxiliary leaves the subject before it", `Ferry.

Marit Ellery and Ivo Tarrant have both said the ferry should run all winter.`,
		[]expect{
			{"the ferry should run all winter", TypeIndirect, "Marit Ellery and Ivo Tarrant", "", KindGroup},
		}},
	// L156. A document with no determiner before a belief cue ("Exit
	// polling shows", "Early analysis suggests", "…, and harbour data
	// show") states a finding, as "The poll shows" does: the noun phrases
	// read no subject there, and a belief verb takes no plural fallback,
	// so the sentence gave nothing. A bare cue after a singular noun ("Her
	// polling decline has …") is a noun of the phrase.
	{"a document with no determiner states a finding", `Ferry vote.

Exit polling shows most island voters backed the new ferry timetable. Turnout was high, and early analysis suggests the late sailings drew the young. Her polling decline has worried her aides.`,
		[]expect{
			{"most island voters backed the new ferry timetable", TypeIndirect, "", "", KindUnknown},
			{"the late sailings drew the young", TypeIndirect, "", "", KindOrganization}, // (as "harbour records" is read)
		}},
	// L157. A description of an organisation holds a stance as a person
	// does when a clause with its own subject follows its belief verb
	// ("the company believes it could …", "The port authority fears that
	// …"): belief frames with a bare description for subject were dropped
	// unless it named people or a group, so the sentence gave nothing.
	// Its infinitive ("The dockers' union plans to strike") is what it
	// does, no report.
	{"an organisation's description holds the clause its belief verb reports", `Berths.

There are 38 berths for sale, and the company believes it could fill most of them by June. The port authority fears that the new cranes will scare off smaller ships. The dockers' union plans to strike in May.`,
		[]expect{
			{"it could fill most of them by June", TypeIndirect, "", "", KindOrganization},
			{"the new cranes will scare off smaller ships", TypeIndirect, "", "", KindOrganization},
		}},
	// L158. "do" is an auxiliary (lexicon/auxiliaries), as "does" and
	// "did" are: a clause a belief verb reports may end in it ("thinks
	// most islanders do"), which read no clause, and a question that it
	// opens before the subject ("Do you support Tom Orley?") asks and
	// reports nothing, where "you" was the speaker of "Tom Orley".
	{"do is an auxiliary: a reported clause may end in it, a question it opens reports nothing", `Ferry plan.

The ferry will run all winter if the council agrees. Do you support Tom Orley? Marit Ellery, the quay warden, thinks most islanders do.`,
		[]expect{
			{"most islanders do", TypeIndirect, "Marit Ellery", "quay warden", KindPerson},
		}},
	// L159. An "as" clause set off by a comma ("As the Gazette reported,
	// …", "As the Gazette noted last week, …") reports the main clause
	// around it, whatever stands first in it: a fronted phrase or clause
	// ("even on Friday morning, …", "even if she wins, …") was read as the
	// end of a clause the "as" opened, and the report was that phrase alone.
	{"an as clause set off by a comma reports the whole main clause", `Quay.

As the Harbour Gazette reported, even on Friday morning, the council was refusing to close the quay. As the Island Courier noted last week, even if the ferry firm sells its boats, the island will keep one sailing a day.`,
		[]expect{
			{"even on Friday morning, the council was refusing to close the quay", TypeIndirect, "Harbour Gazette", "", KindOrganization},
			{"even if the ferry firm sells its boats, the island will keep one sailing a day", TypeIndirect, "Island Courier", "", KindUnknown},
		}},
	// L160. A citing verb's participle (lexicon/citing-verbs: "…, citing
	// a fall in orders", "Tom Orley, citing two studies of the walls, said
	// …") reports its noun object, the grounds the main clause's subject
	// gives, as a reported clause is: belief gerunds were no participles
	// and belief verbs report only a clause, so the phrase gave nothing.
	// The object ends at the comma where the main clause goes on. A
	// finite citing verb's object ("The figures she cited were checked",
	// "Hale cited the rules") is left alone: a thing, more often than
	// grounds.
	{"a citing verb's participle reports the grounds its subject gives", `Docks.

Mara Tellwick closed the quay on Monday, citing a fall in freight orders. Tom Orley, citing two studies of the walls, said the quay was unsafe. The figures she cited were checked by the council.`,
		[]expect{
			{"a fall in freight orders", TypeIndirect, "Mara Tellwick", "", KindPerson},
			{"two studies of the walls", TypeIndirect, "Tom Orley", "", KindPerson},
			{"the quay was unsafe", TypeIndirect, "Tom Orley", "", KindPerson},
		}},
	// L161. A belief cue in its bare form after a plural document noun,
	// opening a that-clause ("The emails show that …", "if the surveys
	// suggest that …"), is the plural's verb: the two words were read as a
	// compound noun ("the emails show"), as "the game shows" is, and the
	// sentence gave nothing. A time word after "that" keeps the compound
	// ("watched the results show that night").
	{"a plural document's bare belief verb before that is a verb", `Harbour files.

The emails show that the port director took orders from the mayor. If the surveys suggest that dockers back the plan, the vote will go ahead. Islanders watched the results show that night.`,
		[]expect{
			{"the port director took orders from the mayor", TypeIndirect, "", "", KindUnknown},
			{"dockers back the plan", TypeIndirect, "", "", KindOrganization}, // (as "harbour records" is read)
		}},
	// L162. "touting" is a quote cue as "tout", "touted" and "touts" are
	// (lexicon/cue-quote): its gerund after a comma is a participle of
	// the main clause, which ends the report before it ("said the port
	// was safe, touting its record": the report ran on over it) and
	// attributes a quotation after it ("…, touting "a new start"").
	{"touting is a quote cue: its participle ends the report before it", `Quay.

Ivo Tarrant said the port was safe, touting its record on repairs. Nessa Grail backed the plan on Monday, touting "a new start for the island."`,
		[]expect{
			{"the port was safe", TypeIndirect, "Ivo Tarrant", "", KindPerson},
			{"a new start for the island.", TypeDirect, "Nessa Grail", "", KindPerson},
		}},
	// L163. The one who sends or puts out a document speaks through it,
	// as its issuer does ("sent an email saying …", "put out a statement
	// saying …", lexicon/sending-verbs), also past an adverb ("also
	// sent"), and a common noun with no kind may be the sender ("The
	// town"): the email, the letter and the statement were the speakers,
	// with no name.
	{"the sender of a document speaks through it", `Ferry.

The Brenley Harbour Trust sent an email on Wednesday saying the pier would close in March. Mira Castell also sent a letter saying the vote had been rigged. The town put out a statement saying the ferry would run until June.`,
		[]expect{
			{"the pier would close in March", TypeIndirect, "Brenley Harbour Trust", "", KindOrganization},
			{"the vote had been rigged", TypeIndirect, "Mira Castell", "", KindPerson},
			{"the ferry would run until June", TypeIndirect, "", "", KindUnknown},
		}},
	// L164. A participle hangs from the clause that reports, not from a
	// clause inside its report ("Ines Dorn wrote the crews knew …,
	// saying …": the crews' "knew" is what she wrote) nor from a relative
	// clause on the object ("rebuked critics who say …, saying …"): the
	// nearest frame's subject was taken, the crews and "who".
	{"a participle's speaker is the reporting clause's, past a report or a relative inside it", `Pier.

Ines Dorn wrote that the crews knew the pier would close, saying the town had warned them in May. Mayor Ana Lisk rebuked critics who say she should sell the pier, saying it would stay open.`,
		[]expect{
			{"the crews knew the pier would close", TypeIndirect, "Ines Dorn", "", KindPerson},
			{"the town had warned them in May", TypeIndirect, "Ines Dorn", "", KindPerson},
			{"she should sell the pier", TypeIndirect, "", "critics", KindGroup},
			{"it would stay open", TypeIndirect, "Ana Lisk", "Mayor", KindPerson},
		}},
	// L165. A cue coordinated after a clause of its own inside the first
	// conjunct shares the subject of the conjunct, not of the clause
	// inside it: a relative ("praised the skippers who left but said …")
	// or a pronoun after a subordinator ("teased the other crews while
	// they complained and then promised …"). "who" was the
	// speaker's mention, and "they" the speaker.
	{"a coordinated cue skips a relative or subordinate clause in the first conjunct", `Regatta.

Ana Lisk praised the skippers who left but said the club would go on. Tom Reddy teased the other crews while they complained and then promised the crowd that he would win.`,
		[]expect{
			{"the club would go on", TypeIndirect, "Ana Lisk", "", KindPerson},
			{"he would win", TypeIndirect, "Tom Reddy", "", KindPerson},
		}},
	// L166. "number" heads a role only as a ranking with its count
	// ("Former world number one Tom Reilly"): "About the same number
	// said …", "the small number", "the campaign's number" are no
	// person's description, and "the same number" was resolved to the
	// last person named, who took "same number" for her role.
	{"a number with no count after it is no role", `Regatta.

Ana Lisk said 40 skippers had signed up for the race. About the same number said they would stay home.`,
		[]expect{
			{"40 skippers had signed up for the race", TypeIndirect, "Ana Lisk", "", KindPerson},
			{"they would stay home", TypeIndirect, "", "", KindUnknown},
		}},
	// L167. A description set off after a person's name and its comma is
	// that person's apposition and no one else's role, also after a
	// surname that opens its sentence, which is indexed as a referent
	// only after the descriptions are read ("Reddy, the independent
	// senator from Norland, said …"): "the independent senator" went to
	// the person named last before it, Ana Lisk.
	{"a description after a name and its comma describes no one else", `Debate.

The debate Tom Reddy and Ana Lisk are having in the harbour race is about the future.

Reddy, the independent senator from Norland, said the pier must go. Lisk said it must stay.`,
		[]expect{
			{"the pier must go", TypeIndirect, "Tom Reddy", "independent senator from Norland", KindPerson},
			{"it must stay", TypeIndirect, "Ana Lisk", "", KindPerson},
		}},
	// L168. Those a verb of sending has for its audience do not say what
	// they were sent ("The harbour trust emailed members saying …",
	// lexicon/sending-verbs): the sender does. The members were the
	// speaker, with the verb read into their phrase ("The harbour trust
	// emailed members").
	{"the audience of a verb of sending is no speaker of its participle", `Ferry.

The harbour trust emailed members saying the ferry would run all winter. Ana Lisk emailed the club members saying the race was off.`,
		[]expect{
			{"the ferry would run all winter", TypeIndirect, "", "", KindOrganization},
			{"the race was off", TypeIndirect, "Ana Lisk", "", KindPerson},
		}},
	// L169. A participle after a clause that ", and" opens with a
	// subject of its own hangs from that clause ("Protest groups say …,
	// and the Brenley Sailing Union has taken the council to court,
	// saying …"): the nearest frame before it, the groups' "say", gave
	// the speaker.
	{"a participle after a coordinated clause takes that clause's subject", `Regatta.

Protest groups say the new rules are unfair, and the Brenley Sailing Union has taken the council to court, saying the rules break its charter.`,
		[]expect{
			{"the new rules are unfair", TypeIndirect, "", "Protest groups", KindGroup},
			{"the rules break its charter", TypeIndirect, "Brenley Sailing Union", "", KindOrganization},
		}},
	// L170. A cue coordinated inside a fronted subordinate clause shares
	// that clause's subject ("… when Reddy waved at the stand and said
	// the win was for his father, a spectator shouted …"): the verb before
	// "and" had an object, so its subject was not found, and the main
	// clause's "a spectator" was the speaker.
	{"a cue coordinated inside a fronted clause takes its subject", `Regatta.

Tom Reddy won the cup. Some fans jeered, and when Reddy waved at the stand and said the win was for his father, a spectator shouted "Rubbish!"`,
		[]expect{
			{"the win was for his father", TypeIndirect, "Tom Reddy", "", KindPerson},
			{"Rubbish!", TypeDirect, "", "spectator", KindPerson},
		}},
	// L171. A participle or an adverb that opens its sentence before the
	// words it governs is no one-word name ("Smiling broadly at the quay,
	// Ana Lisk …", "Hastily blaming the weather, Tom Reddy …"): "Smiling"
	// and "Hastily" were people, the speakers of the main clause's cues.
	{"an opening participle or adverb is no name", `Regatta.

Smiling broadly at the quay, Ana Lisk thanked the crews and then declared, "This is our town's day."

Hastily blaming the weather, Tom Reddy left the quay early, and insisted that the race had been unfair.`,
		[]expect{
			{"This is our town's day.", TypeDirect, "Ana Lisk", "", KindPerson},
			{"the race had been unfair", TypeIndirect, "Tom Reddy", "", KindPerson},
		}},
	// L172. A description that is the object of a verb or a preposition
	// ("covering the Norland senator", "allows the Norland governor to
	// …") is not the role of its sentence's subject or speaker: the
	// subject of the paragraph, or the speaker named last, took it.
	{"a description in object position is no role of the subject", `Campaign.

Tom Reddy has spent the month covering the Norland senator on the road. Reddy said the campaign was tired.

Ivo Brandt spoke on Monday. Brandt said the new law allows the Norland governor to cut fees by half.`,
		[]expect{
			{"the campaign was tired", TypeIndirect, "Tom Reddy", "", KindPerson},
			{"the new law allows the Norland governor to cut fees by half", TypeIndirect, "Ivo Brandt", "", KindPerson},
		}},
	// L173. A description that opens its sentence is not of a person a
	// preposition governs in the sentence before ("Ana Lisk regrets her
	// remarks about Tom Reddy. ¶ The harbour master said …"): the person
	// named last, Tom Reddy, took the description and its role; the
	// subject of that sentence, with no role yet, does.
	{"a description after a sentence is not of its preposition's object", `Lisk sorry for fee row.

Ana Lisk regrets her remarks about Tom Reddy.

The harbour master said she had spoken too soon. Reddy said he accepted the apology.`,
		[]expect{
			{"she had spoken too soon", TypeIndirect, "Ana Lisk", "harbour master", KindPerson},
			{"he accepted the apology", TypeIndirect, "Tom Reddy", "", KindPerson},
		}},
	// L174. A span of time and "later" or "earlier" that opens a
	// sentence ("Two hours later, Ana Lisk told reporters, "…"") dates
	// what the narration tells next, no part of the quote: with its
	// capital, the time word was not read as a time phrase, and the
	// quote was mixed from the sentence's start.
	{"an opening span of time and later dates the narration", `Regatta.

Tom Reddy crossed the line first. Two hours later, Ana Lisk told reporters, "the pier is shut."

Minutes later, Reddy wrote on his website, "we will be back next year."`,
		[]expect{
			{"the pier is shut.", TypeDirect, "Ana Lisk", "", KindPerson},
			{"we will be back next year.", TypeDirect, "Tom Reddy", "", KindPerson},
		}},
	// L200. A citing participle's object ends at a comma of the
	// narration, or before "and" and another participle, unless a list
	// of objects goes on ("…, citing poor health, and said …"): the
	// object ran on into the clause after it, and a cue coordinated after
	// the participle lost its subject, as the unit held two frames.
	{"a cited object ends at a comma or before a coordinated participle", `Harbour.

Mara Tellwick resigned on Monday, citing poor health, and said she would stay on the board.

Ivo Tarrant closed the quay, citing a fall in orders and warning that jobs would go.

Sela Brandt stepped down in May, citing rising rents, low pay and long hours, and the board named a new chief a week later.`,
		[]expect{
			{"poor health", TypeIndirect, "Mara Tellwick", "", KindPerson},
			{"she would stay on the board", TypeIndirect, "Mara Tellwick", "", KindPerson},
			{"a fall in orders", TypeIndirect, "Ivo Tarrant", "", KindPerson},
			{"rising rents, low pay and long hours", TypeIndirect, "Sela Brandt", "", KindPerson},
		}},
	// L201. A citing participle set off after its subject ("X, citing
	// …, closed …") or ended by a comma before a clause ("after citing
	// the wrong rule, the court heard") gives its object up to that
	// comma: the main clause after it was part of the object.
	{"a cited object set off by commas ends at the comma", `Harbour.

Mara Tellwick, citing a fall in orders, closed the quay on Monday.`,
		[]expect{
			{"a fall in orders", TypeIndirect, "Mara Tellwick", "", KindPerson},
		}},
	// L202. A citing participle takes the subject of an earlier frame or
	// the unit's opener, never a later frame's, and a frame that closes
	// the unit reports over it ("X closed the quay, citing …, according
	// to a statement"): the participle spoke for the statement, and the
	// statement's report was lost.
	{"a citing participle takes no later frame's speaker", `Harbour.

Mara Tellwick closed the quay, citing a fall in orders, according to a statement.`,
		[]expect{
			{"Mara Tellwick closed the quay, citing a fall in orders", TypeIndirect, "", "", KindOrganization},
		}},
	// L203. An "as" clause whose cue has a clause of its own before the
	// comma ("As officials warned it would, …") reports no main clause
	// around it: the auxiliary was read as a time phrase the clause ends
	// with, and the report was "would, the ferry ran late …".
	{"an as clause ending in an auxiliary is no parenthetical", `Harbour.

As officials warned it would, the ferry ran late all winter. As Ivo Tarrant warned it might, the quay fell into the sea.`, nil},
	// L204. A citing participle in an aside after the name that opens its
	// sentence ends its object at the aside's closing comma, also when an
	// "and" follows soon after it: what comes next is the subject's own
	// verb ("shut the yard and sold the boats" was taken as more items of
	// the list of grounds).
	{"a citing aside after a name ends at its closing comma", `Yard.

Ann Lisk, citing a fall in sales, shut the yard and sold the boats. Tom Reddy, citing his health, resigned and moved to the coast.`,
		[]expect{
			{"a fall in sales", TypeIndirect, "Ann Lisk", "", KindPerson},
			{"his health", TypeIndirect, "Tom Reddy", "", KindPerson},
		}},
	// L195. A cue coordinated after "and" or "but" with auxiliaries of its
	// own ("but did not say", "and has questioned") leaves them with it:
	// the report ended on "did" or "has". A bare cue after "and" and a
	// modal, after a reported clause, goes on the report ("and would
	// respond": the ministers would respond), which was cut at "would".
	{"a coordinated cue takes its auxiliaries and a modal's bare cue is the report's", `Ferry.

A spokesman for the ferry board said ministers were aware of the concerns and would respond in due course. Ivo Marsh said he would back the new timetable but did not say when it would start.`,
		[]expect{
			{"ministers were aware of the concerns and would respond in due course", TypeIndirect, "", "spokesman for the ferry board", KindPerson},
			{"he would back the new timetable", TypeIndirect, "Ivo Marsh", "", KindPerson},
			{"when it would start", TypeIndirect, "Ivo Marsh", "", KindPerson},
		}},
	// L196. The hearer of a request or an order ("urged the board to …",
	// "asked him to …") is the subject of what is asked and stays on the
	// report; a time phrase before the "to" does not. The report started
	// at "to".
	{"the hearer of a request stays on the report", `Ferry.

Ivo Marsh urged ministers to keep the winter timetable. Nell Cray vowed on Monday to fight the closure.`,
		[]expect{
			{"ministers to keep the winter timetable", TypeIndirect, "Ivo Marsh", "", KindPerson},
			{"to fight the closure", TypeIndirect, "Nell Cray", "", KindPerson},
		}},
	// L197. The words after a tell verb that an auxiliary follows are the
	// report's subject, no hearer ("warned they could lose the ferry",
	// "promised we would all be paid"): the report started at the
	// auxiliary.
	{"a subject before an auxiliary is no hearer", `Ferry.

Ivo Marsh warned they could lose the ferry. Nell Cray promised we would all be paid.`,
		[]expect{
			{"they could lose the ferry", TypeIndirect, "Ivo Marsh", "", KindPerson},
			{"we would all be paid", TypeIndirect, "Nell Cray", "", KindPerson},
		}},
	// L198. A bare cue after "and" and a modal that opens a report of its
	// own (a quotation after a colon, a that-clause, "whether") is the
	// speaker's next act, not the earlier report's second verb: the two
	// reports were run together into one.
	{"a modal's cue that opens its own report stays a cue", `Ferry.

Nell Cray said the talks had stalled and would say only: "We are not there yet." Ivo Marsh said the port was busy and would not say whether jobs would go.`,
		[]expect{
			{"the talks had stalled", TypeIndirect, "Nell Cray", "", KindPerson},
			{"We are not there yet.", TypeDirect, "Nell Cray", "", KindPerson},
			{"the port was busy", TypeIndirect, "Ivo Marsh", "", KindPerson},
			{"whether jobs would go", TypeIndirect, "Ivo Marsh", "", KindPerson},
		}},
	// L199. A connective adverb set off by a comma at the start of a
	// sentence its closing attribution reports ("Still, …", "Also, …",
	// "Indeed, …") links the writer's sentence to the one before and is
	// no part of the report; the list had "however" and four more only.
	{"an opening connective like still stays off the report", `Ferry.

Still, the pier would need repairs, Nell Cray said. Also, the timetable was too thin, Ivo Marsh said.`,
		[]expect{
			{"the pier would need repairs", TypeIndirect, "Nell Cray", "", KindPerson},
			{"the timetable was too thin", TypeIndirect, "Ivo Marsh", "", KindPerson},
		}},
	// L215. A comma aside that names some of the subject ("Critics,
	// notably the Harbour Trust, said", "especially", "such as") is an
	// aside, as one opened by "including" is: the subject and its cue
	// were cut apart and the sentence lost its report.
	{"an aside opened by notably or such as keeps its subject", `Ferry.

Critics, notably the Harbour Trust, said fees would rise. Several unions, especially Unite, warned that the port would close. Others, such as the Rowing Club, said the pier was unsafe.`,
		[]expect{
			{"fees would rise", TypeIndirect, "", "Critics", KindGroup},
			{"the port would close", TypeIndirect, "", "Several unions", KindGroup},
			{"the pier was unsafe", TypeIndirect, "", "Others", KindGroup},
		}},
	// L216. Short comma asides between a subject and its cue: an adverb
	// and the state it qualifies ("visibly angry"), a subordinator and a
	// participle ("when asked"), and "too" (alone, or "too tired to
	// talk"). Each cut the subject from its cue, and the report was lost.
	{"short asides: visibly angry, when asked, too", `Ferry.

Nell Cray, visibly angry, said the pier was unsafe. Ivo Marsh, when asked, said the ferry would run. Tom Pike, too, warned that the fares would rise.`,
		[]expect{
			{"the pier was unsafe", TypeIndirect, "Nell Cray", "", KindPerson},
			{"the ferry would run", TypeIndirect, "Ivo Marsh", "", KindPerson},
			{"the fares would rise", TypeIndirect, "Tom Pike", "", KindPerson},
		}},
	// L217. A comma aside that holds what was put to the subject, a cue's
	// participle and its clause or infinitive ("asked whether the pier
	// was safe", "when asked whether …", "told that it would close",
	// "asked to comment"), is an aside: the subject's own report after it
	// was lost. The question is attributed to no one (its asker is not
	// named), as a fronted "Asked whether …" is.
	{"a question put to the subject is an aside before its cue", `Ferry.

Nell Cray, asked whether the pier was safe, said it would close in May. Ivo Marsh, told that the ferry was late, said the timetable was fine. Tom Pike, asked to comment, said the fares would rise.`,
		[]expect{
			{"whether the pier was safe", TypeIndirect, "", "", ""},
			{"it would close in May", TypeIndirect, "Nell Cray", "", KindPerson},
			{"the timetable was fine", TypeIndirect, "Ivo Marsh", "", KindPerson},
			{"the fares would rise", TypeIndirect, "Tom Pike", "", KindPerson},
		}},
	// L205. A cue whose "to" complement is usually an action
	// ("continued", "refused", "declined") followed by "to" and a speech
	// verb that reports a clause ("continued to insist that …", "refused
	// to say whether …"): the three words are the cue, and the report
	// starts after them, not at "to". "declined to comment on …" keeps
	// its infinitive.
	{"a speech verb's infinitive after continued or refused is part of the cue", `Ferry.

Nell Cray continued to insist that the pier was safe. Ivo Marsh refused to say whether the levy would rise. Dara Wynn continued to tell reporters the timetable was too thin.`,
		[]expect{
			{"the pier was safe", TypeIndirect, "Nell Cray", "", KindPerson},
			{"whether the levy would rise", TypeIndirect, "Ivo Marsh", "", KindPerson},
			{"the timetable was too thin", TypeIndirect, "Dara Wynn", "", KindPerson},
		}},
	// L206. "upon" after a speech verb that takes it for its object
	// ("called upon", "remarked upon") is part of the cue
	// (lexicon/cue-phrases), as "on" is of "called on": the report is the
	// object after it, not "upon the cost …".
	{"upon after a speech verb belongs to the cue", `Ferry.

Bea Lorne remarked upon the cost of the pier. Ada Finch called upon the council to act.`,
		[]expect{
			{"the cost of the pier", TypeIndirect, "Bea Lorne", "", KindPerson},
			{"the council to act", TypeIndirect, "Ada Finch", "", KindPerson},
		}},
	// L207. An "-ly" word right after a cue and before "that", a colon
	// or a comma and a quotation is a manner of speaking, whether or not
	// lexicon/verb-modifiers lists it ("argued insistently that …",
	// `replied evenly, "…"`), and so is a sentence connective before
	// "that" ("said instead that …"): the report starts after it.
	{"a manner adverb or a connective before that stays off the report", `Ferry.

Lia Penn said instead that the vote was close. Tam Reyes argued insistently that the plan would work. Eve Sands replied evenly, "The pier is safe."`,
		[]expect{
			{"the vote was close", TypeIndirect, "Lia Penn", "", KindPerson},
			{"the plan would work", TypeIndirect, "Tam Reyes", "", KindPerson},
			{"The pier is safe.", TypeDirect, "Eve Sands", "", KindPerson},
		}},
	// L208. The hearer of a tell verb opened by a determiner ends at a
	// comma before a quotation (`told the crowd, "…"`), as it does at a
	// colon or "that": the quotation is the speaker's words, direct, with
	// no hearer in front.
	{"a hearer before a comma and a quotation stays off the quote", `Ferry.

Una Pell told the crowd, "We will win this." Ivo Marsh asked the packed hall, "Who will pay for the pier?"`,
		[]expect{
			{"We will win this.", TypeDirect, "Una Pell", "", KindPerson},
			{"Who will pay for the pier?", TypeDirect, "Ivo Marsh", "", KindPerson},
		}},
	// L209. A tell verb's hearer, a noun phrase or a bare plural noun,
	// ends before a subject pronoun that opens the report ("told the
	// crowd she would …", "told audiences he would …"), as it ends before
	// "that": the hearer is not part of what was said. A wh-word or a
	// thing told before the pronoun ("asked the crowd what they …",
	// "told the story she had heard") is no hearer's end.
	{"a hearer before a subject pronoun stays off the report", `Ferry.

Kit Ruane told the crowd she would fight on. Ivo Marsh told his audience they would lose the ferry. Ned Voss told audiences he would quit the board.`,
		[]expect{
			{"she would fight on", TypeIndirect, "Kit Ruane", "", KindPerson},
			{"they would lose the ferry", TypeIndirect, "Ivo Marsh", "", KindPerson},
			{"he would quit the board", TypeIndirect, "Ned Voss", "", KindPerson},
		}},
	// L210. A two-word sentence connective set off by a comma where a
	// sentence opens ("In fact, …", "Even so, …", "What's more, …";
	// lexicon/connective-phrases) links it to the one before, as a
	// one-word connective does (L199): no part of what its closing
	// attribution reports. "In all, …" sums up and stays.
	{"an opening two-word connective stays off the report", `Ferry.

In fact, the pier was safe, Nell Cray said. Even so, the timetable was too thin, Ivo Marsh said. What's more, the levy would rise, Dara Wynn said. In all, 40 boats were late, Lia Penn said.`,
		[]expect{
			{"the pier was safe", TypeIndirect, "Nell Cray", "", KindPerson},
			{"the timetable was too thin", TypeIndirect, "Ivo Marsh", "", KindPerson},
			{"the levy would rise", TypeIndirect, "Dara Wynn", "", KindPerson},
			{"In all, 40 boats were late", TypeIndirect, "Lia Penn", "", KindPerson},
		}},
	// L211. "the story of", "the tale of" after a tell verb
	// (lexicon/told-things after "the") say what is told: the report is
	// what the story is of ("told the story of a ferryman …"), as
	// PolNeAR marks it; "a tale of two towns" names no one story and
	// stays whole.
	{"the story of after a tell verb stays off the report", `Ferry.

Nell Cray told the story of a ferryman who lost his boat. Ivo Marsh told the largely forgotten tale of the first pier. Dara Wynn told a tale of two towns.`,
		[]expect{
			{"a ferryman who lost his boat", TypeIndirect, "Nell Cray", "", KindPerson},
			{"the first pier", TypeIndirect, "Ivo Marsh", "", KindPerson},
			{"a tale of two towns", TypeIndirect, "Dara Wynn", "", KindPerson},
		}},
	// L218. A word that opens a time phrase after a cue but is no
	// preposition ("late", "early") is an adjective when a clause with its
	// verb follows ("said late payments were rising"): the whole clause
	// was skipped as a modifier phrase and the sentence lost its report.
	{"late before a clause is the report's adjective", `Ferry.

Mara Holt said late payments were rising. Ivo Marsh said late on Friday that the ferry would run.`,
		[]expect{
			{"late payments were rising", TypeIndirect, "Mara Holt", "", KindPerson},
			{"the ferry would run", TypeIndirect, "Ivo Marsh", "", KindPerson},
		}},
	// L219. "quoted as saying": in the passive ("Mara Holt was quoted
	// as saying", "was quoted by the Courier as saying") the subject
	// speaks; in the active ("The Courier quoted Tom Pike, a ferry pilot,
	// as saying", "quoted him as saying") the object does. None of them
	// gave a record; "should not be read as saying" is no attribution.
	{"quoted as saying", `Ferry.

Mara Holt was quoted as saying the ferry was vital. She was quoted by the Courier as saying the fares were too high. The Courier quoted Tom Pike, a ferry pilot, as saying the pier was unsafe. The report should not be read as saying the harbour would close.`,
		[]expect{
			{"the ferry was vital", TypeIndirect, "Mara Holt", "", KindPerson},
			{"the fares were too high", TypeIndirect, "Mara Holt", "", KindPerson},
			{"the pier was unsafe", TypeIndirect, "Tom Pike", "ferry pilot", KindPerson},
		}},
	// L230. A dateline is no subject: before a short report and an
	// inverted cue ("HARTWELL - Costs rose, said Bo Hale."), the dateline
	// was read as the speaker and the speaker's name as the report.
	{"a dateline is no subject of an inverted cue", `Ferry.

HARTWELL - Fares rose, said Bo Hale.

ASHBY (Reuters) - The pier is closed, said Nell Cray.`,
		[]expect{
			{"Fares rose", TypeIndirect, "Bo Hale", "", KindPerson},
			{"The pier is closed", TypeIndirect, "Nell Cray", "", KindPerson},
		}},
	// L231. A cue's bare form after a plural noun that reports a clause
	// ("The unions claim that …") is the plural's verb, not the end of a
	// compound noun ("the workers' claim"): the sentence gave no record.
	{"a bare cue after a plural subject is its verb", `Ferry.

The unions claim that the ferry plan is unfair.`,
		[]expect{
			{"the ferry plan is unfair", TypeIndirect, "", "", KindUnknown},
		}},
	// L232. A stance word with a clause and no "that" after it ("made it
	// clear the pier was safe", "is adamant she will stay", "voiced
	// concern the fares would rise"): only a that-clause was read, and
	// the sentence gave no record.
	{"a stance word before a clause without that", `Ferry.

Nell Cray made it clear the pier was safe. Ivo Marsh is adamant he will stay on the board. Tom Pike voiced concern the fares would rise.`,
		[]expect{
			{"the pier was safe", TypeIndirect, "Nell Cray", "", KindPerson},
			{"he will stay on the board", TypeIndirect, "Ivo Marsh", "", KindPerson},
			{"the fares would rise", TypeIndirect, "Tom Pike", "", KindPerson},
		}},
	// L233. Plural nouns of people that speak as a group ("The
	// developers say", "engineers", "attendees", "founders"): the speaker
	// had no kind and no role.
	{"more plural nouns of people are groups", `Ferry.

The developers say the new bridge will halve journey times. The engineers said the pier was safe.`,
		[]expect{
			{"the new bridge will halve journey times", TypeIndirect, "", "developers", KindGroup},
			{"the pier was safe", TypeIndirect, "", "engineers", KindGroup},
		}},
	// L234. A family or a crew speaks as a group ("the family said",
	// "Tom Reed's family said"), a widow as a person: "the family said"
	// gave no record, and "Tom Reed's family" was Tom Reed.
	{"a family speaks as a group", `Crash.

Tom Reed, 19, died in the crash on Friday.

"We are heartbroken," the family said. Tom Reed's family said he loved the sea. The crew said the boat had been checked. His widow said he was a hero.`,
		[]expect{
			{"We are heartbroken,", TypeDirect, "", "family", KindGroup},
			{"he loved the sea", TypeIndirect, "", "Tom Reed's family", KindGroup},
			{"the boat had been checked", TypeIndirect, "", "crew", KindGroup},
			{"he was a hero", TypeIndirect, "", "", KindPerson},
		}},
	// L235. The hearer of a tell verb that a determiner opens ends where
	// a determiner opens the report's subject with its verb ("told the
	// inquiry the plan would work", "told a press conference the talks
	// had stalled"): the hearer ran into the report unless its noun named
	// a known kind ("the court", "the BBC").
	{"a hearer ends before a report's subject", `Ferry.

Ms Hale told the inquiry the plan would work. Ivo Marsh told a press conference the talks had stalled.`,
		[]expect{
			{"the plan would work", TypeIndirect, "Hale", "", KindPerson},
			{"the talks had stalled", TypeIndirect, "Ivo Marsh", "", KindPerson},
		}},
	// L236. A "that" right before an auxiliary is the report's subject,
	// a demonstrative, no complementizer ("said that was a mistake",
	// "warned that could change"): the report lost its subject.
	{"a demonstrative that opens the report", `Ferry.

Nell Cray said that was a mistake. Ivo Marsh warned that could change.`,
		[]expect{
			{"that was a mistake", TypeIndirect, "Nell Cray", "", KindPerson},
			{"that could change", TypeIndirect, "Ivo Marsh", "", KindPerson},
		}},
	// L237. A participle cue whose phrase reports nothing, before the
	// subject or the cue of the sentence's own attribution, says how the
	// words came ("Writing in the Courier, Mr Ebo said", "Mr Ebo, writing
	// in the Courier, said", "Responding, Ms Price said", "Answering
	// questions from MPs, Ms Price said"): the report was lost or became
	// the participle's, and "questions" was read as a cue whose subject
	// was "Answering".
	{"a participle of how the words came is no cue of its own", `Ferry.

Mr Ebo, writing in the Courier, said the pier was safe. Responding, Ms Price said the ferry would run. Answering questions from MPs, Tom Pike said the fares would rise.`,
		[]expect{
			{"the pier was safe", TypeIndirect, "Ebo", "", KindPerson},
			{"the ferry would run", TypeIndirect, "Price", "", KindPerson},
			{"the fares would rise", TypeIndirect, "Tom Pike", "", KindPerson},
		}},
	// L220. A capitalised modifier that opens a request's hearer ("urged
	// Danish skippers to stay", "urged the Labour leadership to step
	// aside") is no name that ends the hearer: the hearer is the whole
	// noun phrase, and, as in "urged the council to act", the subject of
	// what is asked, part of the report.
	{"a capitalised modifier of a request's hearer stays on the report", `Ferry.

Lia Penn urged Danish skippers to stay in port. Tam Reyes urged the Labour leadership to step aside.`,
		[]expect{
			{"Danish skippers to stay in port", TypeIndirect, "Lia Penn", "", KindPerson},
			{"the Labour leadership to step aside", TypeIndirect, "Tam Reyes", "", KindPerson},
		}},
	// L221. A subject pronoun right after a cue that follows a comma,
	// with a word of its clause after it ("Cray, herself up for
	// reelection in May, said she opposed …"), is the report's subject,
	// not an inverted speaker, which closes its clause (`"…," said she.`):
	// the speaker is the noun phrase that opens the sentence before its
	// aside, and the pronoun stays on the report.
	{"a pronoun after a cue past an aside opens the report", `Ferry.

Nell Cray is standing again. Cray, herself up for reelection in May, said she opposed the levy. A third of the members, 34 percent, say they fear the levy.`,
		[]expect{
			{"she opposed the levy", TypeIndirect, "Nell Cray", "", KindPerson},
			{"they fear the levy", TypeIndirect, "", "third of the members", KindGroup},
		}},
	// L222. "while" or "whereas" after the comma that ends a reported
	// clause, opening a clause that sets another fact against it ("said
	// ferry use rose in Dover, while Folkestone lost trade"), is the
	// speaker's own contrast and stays on the report, as PolNeAR marks it.
	// A "while" clause with a cue of its own is another report ("…, while
	// Dara Wynn said …"), and one that a participle opens is the writer's
	// ("…, while noting …"): the report ends at the comma before them.
	{"a contrast opened by while stays on the report", `Ferry.

Nell Cray said ferry use rose in Dover, while Folkestone lost trade. Ivo Marsh said the pier was safe, while Dara Wynn said it was not. Tam Reyes said fares would rise, whereas the bus would stay cheap.`,
		[]expect{
			{"ferry use rose in Dover, while Folkestone lost trade", TypeIndirect, "Nell Cray", "", KindPerson},
			{"the pier was safe", TypeIndirect, "Ivo Marsh", "", KindPerson},
			{"it was not", TypeIndirect, "Dara Wynn", "", KindPerson},
			{"fares would rise, whereas the bus would stay cheap", TypeIndirect, "Tam Reyes", "", KindPerson},
		}},
	// L223. "not" after the comma that ends a reported clause, and what
	// it sets the report against ("said the levy should fall on ferry
	// firms, not on passengers"), is part of what was said, as PolNeAR
	// marks it. A "not" phrase with a cue of its own is another report
	// ("…, not what Dara Wynn said"), and one a participle opens ("…, not
	// knowing …") is a clause of its own: the report ends before them.
	{"a contrast opened by comma and not stays on the report", `Ferry.

Nell Cray said the levy should fall on ferry firms, not on passengers. Ivo Marsh said the pier was closed for repairs, not for good. Lia Penn said the pier was safe, not what Dara Wynn claimed.`,
		[]expect{
			{"the levy should fall on ferry firms, not on passengers", TypeIndirect, "Nell Cray", "", KindPerson},
			{"the pier was closed for repairs, not for good", TypeIndirect, "Ivo Marsh", "", KindPerson},
			{"the pier was safe", TypeIndirect, "Lia Penn", "", KindPerson},
		}},
	// L224. As in L221, a subject pronoun after a cue that follows a
	// comma opens the report when a quotation that opens on a lower-case
	// word follows it (`said she "welcomes the review"`): the pronoun is
	// the subject of the quoted predicate, not an inverted speaker, and
	// the speaker is the noun phrase that opens the sentence.
	{"a pronoun before a quoted predicate after a cue past an aside opens the report", `Ferry.

Nell Cray, in a statement released by her office on Monday, said she "welcomes the review" shown by the board.`,
		[]expect{
			{`she "welcomes the review" shown by the board`, TypeMixed, "Nell Cray", "", KindPerson},
		}},
	// L225. ", even though" or ", even as" and a clause with no cue of
	// its own after a report ("said the pier was safe, even though it was
	// old") is the speaker's concession, part of what was said, as PolNeAR
	// marks it; with a cue of its own (case 91) it is the writer's.
	{"a concession with no cue of its own stays on the report", `Ferry.

Nell Cray said the pier was safe, even though it was old. Ivo Marsh said fares would stay low, even as fuel costs rose.`,
		[]expect{
			{"the pier was safe, even though it was old", TypeIndirect, "Nell Cray", "", KindPerson},
			{"fares would stay low, even as fuel costs rose", TypeIndirect, "Ivo Marsh", "", KindPerson},
		}},
	// L238. "The PM" is a role noun, as "the prime minister" is (British
	// house style): it was read as a name, "PM".
	{"the PM is a role", `Talks.

Prime Minister Tom Reyes met union leaders on Monday.

The PM said the deal was good. The PM, Tom Reyes, said later that talks would go on.`,
		[]expect{
			{"the deal was good", TypeIndirect, "Tom Reyes", "Prime Minister", KindPerson},
			{"talks would go on", TypeIndirect, "Tom Reyes", "Prime Minister", KindPerson},
		}},
	// L239. A byline is never a speaker (DESIGN.md): "By Ken Ashby" or
	// "Ken Ashby, Political correspondent" under the headline was taken
	// as the antecedent of "He said" and as the holder of a role the
	// story describes ("The prime minister").
	{"a byline is no speaker", `Pier to close

By Ken Ashby

The prime minister faced MPs on Monday. He said the plan would work.`,
		[]expect{
			{"the plan would work", TypeIndirect, "", "prime minister", KindPerson},
		}},
	// L240. The report of a relative aside ("Critics, who say the tax is
	// unfair, marched …") ends at the comma before the main clause's verb
	// even when a preposition follows that verb: a participle and its
	// phrase are a reduced relative only when a comma closes them ("the
	// port, built in 1890, was safe").
	{"a relative aside's report ends before the main verb and its preposition", `Ferry.

Critics, who say the tax is unfair, marched through the town. The skipper, who said the pier was unsafe, resigned on Friday.`,
		[]expect{
			{"the tax is unfair", TypeIndirect, "", "Critics", KindGroup},
			{"the pier was unsafe", TypeIndirect, "", "", KindPerson},
		}},
	// L241. Limits of four rules (from a review): a surname in "-ing"
	// is a speaker ("Keating said", not a gerund before an object); an
	// auxiliary that opens a condition keeps "that" a complementizer
	// ("said that had the council acted sooner, …"); the writer's "not
	// surprisingly" ends the report; a stance with a closing attribution
	// is the closing speaker's report.
	{"a surname in -ing speaks; inverted conditions; not surprisingly; stance under a closing cue", `Ferry.

Keating said the pier was safe. Nell Cray said that had the council acted sooner, the pier would still stand. Tom Pike said the ferry would run, not surprisingly. Ivo Marsh is adamant he will stay, aides say.`,
		[]expect{
			{"the pier was safe", TypeIndirect, "Keating", "", KindPerson},
			{"had the council acted sooner, the pier would still stand", TypeIndirect, "Nell Cray", "", KindPerson},
			{"the ferry would run", TypeIndirect, "Tom Pike", "", KindPerson},
			{"Ivo Marsh is adamant he will stay", TypeIndirect, "", "aides", KindGroup},
		}},
	// L242. An organisation before ", which said" speaks, named or
	// described ("welcomed by the Harbour Trust, which said it was "long
	// overdue"", "by the union, which said …"), and "it" with its verb
	// opens the report: both sentences gave no record.
	{"an organisation before which said speaks", `Ferry.

The plan was welcomed by the Harbour Trust, which said it was "long overdue". It was opposed by the union, which said the fares would rise.`,
		[]expect{
			{`it was "long overdue"`, TypeMixed, "Harbour Trust", "", KindOrganization},
			{"the fares would rise", TypeIndirect, "", "", KindOrganization},
		}},
	// L243. A quoted paragraph with no cue after a speaker's reported
	// clause goes on that speaker, as it does in the same paragraph
	// (DESIGN.md's continuation): only a mixed report was continued.
	{"a quoted paragraph continues an indirect report", `Ferry.

Ms Hale said the plan would work.

"It is the right thing to do for the town."`,
		[]expect{
			{"the plan would work", TypeIndirect, "Hale", "", KindPerson},
			{"It is the right thing to do for the town.", TypeDirect, "Hale", "", KindPerson},
		}},
	// L244. The same after a reported clause that its closing cue
	// attributes ("The plan would work, Ms Hale said." then a quoted
	// paragraph).
	{"a quoted paragraph continues a closing report", `Ferry.

The plan would work, Ms Hale said.

"It is the right thing to do for the town and for the harbour."`,
		[]expect{
			{"The plan would work", TypeIndirect, "Hale", "", KindPerson},
			{"It is the right thing to do for the town and for the harbour.", TypeDirect, "Hale", "", KindPerson},
		}},
	// L246. A sports club named by its place and a team word ("Ashby
	// Rovers", "Kelby Athletic", "Ashby FC") is an organisation: it was
	// read as a person's name. ("United" is left out: "the United
	// States", "United Auto Workers".)
	{"a club's name is an organisation", `Cup exit.

Ashby Rovers said the manager had left. Kelby Athletic said the match would go ahead.`,
		[]expect{
			{"the manager had left", TypeIndirect, "Ashby Rovers", "", KindOrganization},
			{"the match would go ahead", TypeIndirect, "Kelby Athletic", "", KindOrganization},
		}},
	// L247. A message noun owned by its speaker, described, then a colon
	// and a quotation ("Her verdict was blunt: "…"", "Ms Cho's message
	// was simple: "…"", "The verdict of the Harbour Trust was clear:
	// "…""): the quotation had no speaker, or none at all.
	{"a message noun before a colon and a quotation", `Ferry.

Nell Cray inspected the pier on Monday. Her verdict was blunt: "It is a disgrace." The verdict of the Harbour Trust was clear: "Close it."`,
		[]expect{
			{"It is a disgrace.", TypeDirect, "Nell Cray", "", KindPerson},
			{"Close it.", TypeDirect, "Harbour Trust", "", KindOrganization},
		}},
	// L248. A label verb in the passive with its agent and the quoted
	// label after "as" ("The deal, described by one MP as "a betrayal",
	// was signed"): the agent said the label; the frame was refused as a
	// passive and the quotation ran on into the sentence.
	{"a passive label with its agent", `Ferry.

The deal, described by one MP as "a betrayal", was signed on Monday. The tax, labelled by critics as "an unfair burden", starts in April.`,
		[]expect{
			{"a betrayal", TypeMixed, "", "MP", KindPerson},
			{"an unfair burden", TypeMixed, "", "critics", KindGroup},
		}},
	// L249. British titles written without a full stop ("Rev", "Capt",
	// "Col") are roles, as "Rev." and "Capt." are: they were read into the
	// name. ("Gen" is left out: it is a first name too.)
	{"British titles without a full stop are roles", `Ferry.

Rev Thomas Lyle said the church would help. Capt Ann Cole said the ship was safe.`,
		[]expect{
			{"the church would help", TypeIndirect, "Thomas Lyle", "Rev", KindPerson},
			{"the ship was safe", TypeIndirect, "Ann Cole", "Capt", KindPerson},
		}},
	// L250. A surname the article gives only with an honorific ("Mr
	// Pike", no full name anywhere) is a person's: an antecedent of the
	// pronoun after it ("he said" gave a speaker with no name).
	{"a surname with an honorific is an antecedent", `Ferry.

Mr Pike arrived at the quay at noon. "There is no way the ferry sails today," he said. Ms Orr met the crew later. "It went well," she said.`,
		[]expect{
			{"There is no way the ferry sails today,", TypeDirect, "Pike", "", KindPerson},
			{"It went well,", TypeDirect, "Orr", "", KindPerson},
		}},
	// L251. A pronoun whose nearest subject has a first name no list
	// knows (no gender) goes to the person named after it in that
	// sentence whose first name gives the pronoun's gender ("Lewis Park
	// met Jen Rowe. "…," she said": Rowe, not Park).
	{"a gendered name after a subject of unknown gender is she", `Ferry.

Lewis Park met Jen Rowe at the quay on Friday. "The ferry will sail again in the spring," she said.`,
		[]expect{
			{"The ferry will sail again in the spring,", TypeDirect, "Jen Rowe", "", KindPerson},
		}},
	// L252. A pronoun with no named antecedent after a description of
	// someone never named that is its sentence's subject ("The harbour
	// master inspected the pier. "…," he said") is that person: the
	// speaker gets the description's role, name unknown (it had none).
	{"a pronoun after an unnamed described subject takes its role", `Ferry.

The harbour master inspected the pier on Tuesday. "It is not safe for the ferry," he said.

The head teacher wrote to parents on Friday. She said the school would reopen.`,
		[]expect{
			{"It is not safe for the ferry,", TypeDirect, "", "harbour master", KindPerson},
			{"the school would reopen", TypeIndirect, "", "head teacher", KindPerson},
		}},
	// L284. An office written in capitals after "the" and a place or a
	// party ("the Ashby North MP", "the Fenmoor MSP") ends a descriptor,
	// as "the Chelsea manager"'s lower-case head does: it is no one's
	// name, and it resolves to the person it describes.
	{"the place MP is a descriptor, not a name", `Ferry.

Labour backbencher Ruth Kemble said the cuts would hit her constituents hardest. "Families in Ashby are struggling now," the Ashby North MP said.

"We will vote against it," the Fenmoor MSP added.`,
		[]expect{
			{"the cuts would hit her constituents hardest", TypeIndirect, "Ruth Kemble", "Labour backbencher", KindPerson},
			{"Families in Ashby are struggling now,", TypeDirect, "Ruth Kemble", "Labour backbencher", KindPerson},
			{"We will vote against it,", TypeDirect, "Ruth Kemble", "Labour backbencher", KindPerson},
		}},
	// L285. "the ROLE, NAME," anywhere in a sentence, not only as the
	// subject before a cue, gives the person named their role ("was
	// backed by the harbour minister, Tom Reddy, who said …"); a role
	// inside a phrase of its own ("the party of the island's
	// then-president, X") stays no one's.
	{"a role in apposition before a name in any position", `Ferry.

The plan was backed by the harbour minister, Tom Reddy, who said it would save jobs.

The unions met the Fenmoor council leader, Ann Kell, on Friday. "We heard them out," she said.`,
		[]expect{
			{"it would save jobs", TypeIndirect, "Tom Reddy", "harbour minister", KindPerson},
			{"We heard them out,", TypeDirect, "Ann Kell", "Fenmoor council leader", KindPerson},
		}},
	// L286. A sentence that ends on a number with a decimal point and a
	// unit ("£2.5m.", "245.6p.") ends there: the segmenter took the word
	// with two stops for an abbreviation, and the next sentence's quote
	// became a mixed quote holding the figures.
	{"a sentence ends after a decimal figure", `Ferry.

Harbour profits rose to £2.5m. "Investors like it," said Ana Diaz, the port's finance director.

The shares closed at 245.6p. Traders said the rise would not last.`,
		[]expect{
			{"Investors like it,", TypeDirect, "Ana Diaz", "port's finance director", KindPerson},
			{"the rise would not last", TypeIndirect, "", "Traders", KindGroup},
		}},
	// L287. A phrase of the occasion or medium of the words after the
	// cue ("in a statement", "in a television interview", "in reply")
	// is the narration's even with no comma or "that" after it: the
	// report opens at its subject.
	{"a speech setting after the cue stays out of the report", `Ferry.

Harlow Shipping Ltd said in a statement it would appeal against the ruling.

Its chairman, Tom Reddy, said in a television interview on Monday the fine was unjust. Ann Kell said in reply the company had been warned.`,
		[]expect{
			{"it would appeal against the ruling", TypeIndirect, "Harlow Shipping Ltd", "", KindOrganization},
			{"the fine was unjust", TypeIndirect, "Tom Reddy", "chairman", KindPerson},
			{"the company had been warned", TypeIndirect, "Ann Kell", "", KindPerson},
		}},
	// L288. A description after "after", "since" or "before" that
	// follows a verb of the main clause is the subject of a clause of
	// its own, and the cue's speaker: "Shares fell after the retailer
	// said ..." (not "Shares"), "Tom Hart resigned after a colleague
	// said ..." (not Tom Hart). With no verb before the word ("Ann Cole
	// after the meeting said") the phrase stands between subject and cue.
	{"the subject of a subordinate clause speaks", `Ferry.

Shares in Harlow Ferries Ltd fell after the company said bookings had slowed.

Tom Reddy resigned from the harbour board after a colleague said the accounts were wrong. Ann Kell after the meeting said the board would carry on.`,
		[]expect{
			{"bookings had slowed", TypeIndirect, "Harlow Ferries Ltd", "", KindOrganization},
			{"the accounts were wrong", TypeIndirect, "", "", KindPerson},
			{"the board would carry on", TypeIndirect, "Ann Kell", "", KindPerson},
		}},
	// L289. A firm whose name ends in "'s" speaks: "said", "says" or
	// "told" after a capitalised possessive is the verb, never a thing
	// owned ("Hale's proposed ban" is), and the name is an
	// organisation's, whole with its "'s" (the report was lost).
	{"a firm named in the possessive speaks", `Ferry.

Kellan's said sales rose 4% in the year to March.

"Costs are rising," Ashby's told investors.`,
		[]expect{
			{"sales rose 4% in the year to March", TypeIndirect, "Kellan's", "", KindOrganization},
			{"Costs are rising,", TypeDirect, "Ashby's", "", KindOrganization},
		}},
	// L290. The people of a court report ("the defendant", "the
	// witness", "the claimant") are people: told the jury, they speak
	// (a tell verb's subject of no known kind was refused, and the
	// quote lost).
	{"court-report people speak", `Ferry.

Tom Forde, 41, is on trial for dangerous driving. The defendant told the jury: "I panicked when the lights changed."

The witness told the court she had seen the van swerve.`,
		[]expect{
			{"I panicked when the lights changed.", TypeDirect, "", "", KindPerson},
			{"she had seen the van swerve", TypeIndirect, "", "", KindPerson},
		}},
	// L291. An office in capitals in the plural after a capitalised
	// party or side ("Tory MPs", "Opposition MPs", "Green MEPs") ends a
	// group's description: no one's name.
	{"party MPs are a group", `Ferry.

Tory MPs said the harbour levy had damaged trust in the council.

Opposition MSPs claimed the ferry contract had been rushed.`,
		[]expect{
			{"the harbour levy had damaged trust in the council", TypeIndirect, "", "Tory MPs", KindGroup},
			{"the ferry contract had been rushed", TypeIndirect, "", "Opposition MSPs", KindGroup},
		}},
	// L292. A tell verb's hearer ends before a name that opens the
	// report with its auxiliary ("told the court Forde had been
	// drinking", "told the BBC Labour would win") and a bare plural
	// hearer before a clause with a subject ("told jurors the attack
	// was ...", "told shareholders Marr Foods would grow"): the hearer
	// is no part of the report.
	{"a hearer ends before the report's subject", `Ferry.

Prosecutor Ann Hale told the court Forde had been drinking before the crash.

Tom Reddy told shareholders Harlow Ferries would grow. He told the BBC Labour would lose the seat. Ms Hale told jurors the crash was "avoidable".`,
		[]expect{
			{"Forde had been drinking before the crash", TypeIndirect, "Ann Hale", "Prosecutor", KindPerson},
			{"Harlow Ferries would grow", TypeIndirect, "Tom Reddy", "", KindPerson},
			{"Labour would lose the seat", TypeIndirect, "Tom Reddy", "", KindPerson},
			{"the crash was \"avoidable\"", TypeMixed, "Ann Hale", "Prosecutor", KindPerson},
		}},
	// L293. A title joined by hyphens is a title before a name
	// ("Co-owner Rob Marlow", "Mother-of-two Jess Lowe": its last part,
	// or the noun before "of", says so), and WHO, US and IT in capitals
	// are acronyms, no pronouns ("The WHO said" had the speaker "who").
	{"hyphenated titles and acronyms spelt as pronouns", `Ferry.

Co-owner Rob Marlow said the ferry would sail again in May.

Mother-of-two Jess Lowe said the fares were too high. The WHO said the risk to passengers was low.`,
		[]expect{
			{"the ferry would sail again in May", TypeIndirect, "Rob Marlow", "Co-owner", KindPerson},
			{"the fares were too high", TypeIndirect, "Jess Lowe", "", KindPerson},
			{"the risk to passengers was low", TypeIndirect, "WHO", "", KindOrganization},
		}},
	// L254. "according to X" set off by commas between a subject and a
	// verb of no word list ("Other costs, according to the board,
	// include …"), between a verb and its object ("… receives, according
	// to one report, $40 million …") or after the "and" of a second verb
	// ("… cut two posts and, according to its minutes, hired …") splits
	// one report in two pieces; it had given no report at all.
	{"according to between a subject or a verb and the rest of its clause", `Port costs climb.

Other big costs, according to the harbour board, include dredging and two new cranes.

Marlin Freight receives, according to one report, $40 million in city contracts each year.

The board has cut two posts and, according to its minutes, hired a consultant to review the plan.`,
		[]expect{
			{"Other big costs", TypeIndirect, "", "", KindOrganization},
			{"include dredging and two new cranes", TypeIndirect, "", "", KindOrganization},
			{"Marlin Freight receives", TypeIndirect, "", "", KindOrganization},
			{"$40 million in city contracts each year", TypeIndirect, "", "", KindOrganization},
			{"The board has cut two posts and", TypeIndirect, "", "", KindUnknown},
			{"hired a consultant to review the plan", TypeIndirect, "", "", KindUnknown},
		}},
	// L256. "According to X," opening a sentence reports what follows
	// when a phrase set off by a comma fronts the clause ("According to
	// the survey, in a dry year, most growers …" had given no report);
	// a clause with a cue of its own after the phrase stays that cue's.
	{"according to before a fronted phrase and its clause", `Dry summer.

According to a survey by the Ostland Farm Bureau, in a dry year, most growers lose a fifth of their crop.

According to officials at the port, in a brief call on Monday, the harbour master said the pier would reopen.`,
		[]expect{
			{"in a dry year, most growers lose a fifth of their crop", TypeIndirect, "Ostland Farm Bureau", "", KindOrganization},
			{"the pier would reopen", TypeIndirect, "", "harbour master", KindPerson},
		}},
	// L257. After a time phrase that opens the sentence, ", according to
	// X," is set off by commas: the clause after it is the report, no
	// appositive of the source ("At 10 p.m., according to a county
	// timeline, the fire crews left …" had reported the time alone).
	{"according to after an opening time phrase reports the clause after it", `Depot fire.

At 10 p.m., according to a county timeline, the fire crews left for the depot.`,
		[]expect{
			{"At 10 p.m.", TypeIndirect, "", "", KindUnknown},
			{"the fire crews left for the depot", TypeIndirect, "", "", KindUnknown},
		}},
	// L258. A closing "according to X" vouches for its whole clause when
	// a cue word stands inside it, after the clause's opening ("Counting
	// her superdelegate support, Ann Roe is …"; "…, and the other two
	// delegates pledged to back the mayor"): the cue is a word of what X
	// reports, and had left X only the words after it, or nothing.
	{"according to over a cue word inside its clause", `Delegate count.

Counting her superdelegate support, Ann Roe is 71 delegates short of the number needed to clinch the nomination, according to the Ledger.

In the end, ten members of the slate won, and the other two delegates pledged to back the mayor, according to Ed Pell.`,
		[]expect{
			{"Counting her superdelegate support, Ann Roe is 71 delegates short of the number needed to clinch the nomination", TypeIndirect, "Ledger", "", KindOrganization},
			{"In the end, ten members of the slate won, and the other two delegates pledged to back the mayor", TypeIndirect, "Ed Pell", "", KindPerson},
		}},
	// L259. The source of "according to" may end at a colon before what
	// it reports ("According to the Ledger: "…""), and may hold a quoted
	// title in title case longer than a short name, with a colon or a
	// full stop inside, where the source opens or ends the sentence
	// (`according to his book "The Art of the Ferry."`): each had given no
	// report.
	{"according to with a colon or a quoted title", `Studio fixer.

According to the Ledger: "Mayor Ann Roe has had a mixed record on the levy, but this week she made a series of moves toward a firm position."

According to "The Fixers: Tom Hale and the Studio Machine" and two later memoirs, Hale kept the studio's payroll himself.

In the 1990s, Hale paid $8 million for a 1968 ferry from a troubled firm, Gulf Marine, according to his book "The Art of the Ferry."`,
		[]expect{
			{"Mayor Ann Roe has had a mixed record on the levy, but this week she made a series of moves toward a firm position.", TypeDirect, "Ledger", "", KindOrganization},
			{"Hale kept the studio's payroll himself", TypeIndirect, "", "", KindUnknown},
			{"In the 1990s, Hale paid $8 million for a 1968 ferry from a troubled firm, Gulf Marine", TypeIndirect, "", "", KindUnknown},
		}},
	// L260. A quantity and "of" after the comma that closes the source of
	// a closing "according to X", with no clause in it, is an appositive
	// of the source ("…, according to the party chairs from Ames and Bly,
	// two of the five largest counties in the state."): the report is
	// the clause before, not the appositive.
	{"a partitive appositive after the source of according to is no report", `County vote.

In Ostland, small groups of voters who backed Roe will not back Pell, according to the party chairs of both counties, two of the five largest in the state.`,
		[]expect{
			{"In Ostland, small groups of voters who backed Roe will not back Pell", TypeIndirect, "", "", KindUnknown},
		}},
	// L261. The report of a closing "according to X" goes on past it after
	// "although", "because" or "and" and a clause (reportGoesOn, as after
	// "…, he said, because …"): one report in two pieces; "…, according
	// to X, but …" stays the writer's contrast.
	{"the report goes on past according to after although or because", `Ames race.

In Ames, Hale is in first place, according to the Courier poll, although Orme keeps it close.

Shop sales fell by a third in May, according to the Ledger Index, because shoppers stayed at home.`,
		[]expect{
			{"In Ames, Hale is in first place", TypeIndirect, "Courier", "", KindOrganization},
			{"although Orme keeps it close", TypeIndirect, "Courier", "", KindOrganization},
			{"Shop sales fell by a third in May", TypeIndirect, "Ledger Index", "", KindOrganization},
			{"because shoppers stayed at home", TypeIndirect, "Ledger Index", "", KindOrganization},
		}},
	// L262. After a closing clause and ", and", an existential clause
	// ("there were …") has a subject of its own: the report goes on
	// (reportGoesOn), as after "and" and a noun phrase.
	{"the report goes on past a closing clause with and there", `Ferry safety.

Only one ferry sank last year in Ostland, according to the coast guard, and there were only eight reported groundings.`,
		[]expect{
			{"Only one ferry sank last year in Ostland", TypeIndirect, "", "", KindUnknown},
			{"and there were only eight reported groundings", TypeIndirect, "", "", KindUnknown},
		}},
	// L274. A description that qualifies a role head with a word that
	// makes another office of it ("the deputy minister", "the assistant
	// coach", "the vice president") is not the person named before with
	// that head unqualified ("Minister Tom Pike"): it resolved to them as
	// a pronoun would, and gave them the deputy's words.
	{"a deputy is not the one named with the bare title", `Ferry.

Minister Tom Pike opened the session on Monday.

The deputy minister said the budget was sound.

Harlow coach Ann Cole watched from the stand. The assistant coach said the team had trained hard.

Deputy Mayor Ruth Adler met the crew. Mayor Lewis Park arrived later. The deputy mayor said the talks had gone well.`,
		[]expect{
			{"the budget was sound", TypeIndirect, "", "deputy minister", KindPerson},
			{"the team had trained hard", TypeIndirect, "", "assistant coach", KindPerson},
			{"the talks had gone well", TypeIndirect, "Ruth Adler", "Deputy Mayor", KindPerson},
		}},
	// L275. A capitalised place and a participle joined by a hyphen that
	// opens a name ("Leeds-based Harlow Foods", "Texas-based Tom Reilly")
	// say where the one named is: they were read into the name, and the
	// later "Reilly" was the alias of a name no one is called.
	{"a place-based modifier is no word of the name", `Ferry.

Leeds-based Harlow Foods said profits fell. The Harlow-based Pell Trust, a charity, said the pier was at risk.

Texas-based Tom Reilly said the race was close. Reilly added that turnout would be high.`,
		[]expect{
			{"profits fell", TypeIndirect, "Harlow Foods", "", KindOrganization},
			{"the pier was at risk", TypeIndirect, "Pell Trust", "charity", KindOrganization},
			{"the race was close", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"turnout would be high", TypeIndirect, "Tom Reilly", "", KindPerson},
		}},
	// L276. A surname alone after a relative whom a family tie names by
	// first name ("Hale's son Peter" is Peter Hale) is the one the tie is
	// to, named in full before: "Hale said" went to the son, the Hale
	// named last.
	{"a surname alone is not the relative a family tie names", `Ferry.

Tom Hale, a ferry pilot, retired on Monday. Hale's son Peter, 31, said the harbour would miss him.

"I have loved every day of it," Hale said.`,
		[]expect{
			{"the harbour would miss him", TypeIndirect, "Peter Hale", "Hale's son", KindPerson},
			{"I have loved every day of it,", TypeDirect, "Tom Hale", "ferry pilot", KindPerson},
		}},
	// L277. A person described by their relation to someone named in the
	// possessive, the subject of a cue ("Tom Pike's daughter said", "Mr
	// Rudd's younger son told"), speaks, and the relation is their role
	// (as "Tom Pike's lawyer" is by its role head): no record was found.
	{"a relation to someone named is a speaker and a role", `Ferry.

Tom Pike's daughter said the house was empty. Mr Rudd's younger son told reporters the boat had sunk.

Ann Cole's husband added that the town would miss her.`,
		[]expect{
			{"the house was empty", TypeIndirect, "", "Tom Pike's daughter", KindPerson},
			{"the boat had sunk", TypeIndirect, "", "Mr Rudd's younger son", KindPerson},
			{"the town would miss her", TypeIndirect, "", "Ann Cole's husband", KindPerson},
		}},
	// L278. A person described by how many children they have ("the
	// mother of three", "a father of two", "the father-of-two", "the
	// grandmother of five") speaks: the count read as a group and the
	// frame was refused, or the children spoke ("the mother of three
	// children said" gave "children"). After a name the definite one is
	// that person.
	{"a parent of a number of children is a person", `Ferry.

A father of two said the ferry was late again. The grandmother of five told reporters the fares were too high.

Ann Cole said the house was empty. The mother of three children added that she would move.`,
		[]expect{
			{"the ferry was late again", TypeIndirect, "", "father of two", KindPerson},
			{"the fares were too high", TypeIndirect, "", "grandmother of five", KindPerson},
			{"the house was empty", TypeIndirect, "Ann Cole", "", KindPerson},
			{"she would move", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	// L279. Common nouns for people that are no title ("the witness",
	// "the teenager", "the boy", "the defendant") and occupations the
	// lists lacked ("the skipper", "the academic") make a description a
	// person: its speaker was of unknown kind.
	{"common nouns for people describe persons", `Ferry.

The witness said the car had not stopped. The teenager told police the road was dark.

The skipper said the crew had done well.`,
		[]expect{
			{"the car had not stopped", TypeIndirect, "", "", KindPerson},
			{"the road was dark", TypeIndirect, "", "", KindPerson},
			{"the crew had done well", TypeIndirect, "", "skipper", KindPerson},
		}},
	// L280. "They" with no named antecedent after a sentence whose
	// subject is a group described by no name ("Union leaders met
	// ministers. They said …", "Residents packed the hall. "…," they
	// said") is that group: the speaker had no role. Not where a clause
	// opens its own sentence ("While the fees help the port, they …"), and
	// not the subject of the report before its cue.
	{"they after a described group subject is that group", `Ferry.

Union leaders met ministers on Monday. They said the talks had failed.

Residents packed the town hall on Friday. "We want answers," they said.

Harbour chiefs backed the plan. The fees would rise, they said.`,
		[]expect{
			{"the talks had failed", TypeIndirect, "", "Union leaders", KindGroup},
			{"We want answers,", TypeDirect, "", "Residents", KindGroup},
			{"The fees would rise", TypeIndirect, "", "Harbour chiefs", KindGroup},
		}},
	// L281. An organisation's initials that spell a pronoun, in capitals
	// after "the" ("The WHO added"), are the organisation: the
	// speaker was the relative pronoun "who", a person with no name.
	{"initials that spell a pronoun after the are an organisation", `Health.

The World Health Organization (WHO) said the outbreak was over. The WHO added that vigilance was needed.`,
		[]expect{
			{"the outbreak was over", TypeIndirect, "World Health Organization", "", KindOrganization},
			{"vigilance was needed", TypeIndirect, "World Health Organization", "", KindOrganization},
		}},
	// L282. A description told apart by a relative clause right after it
	// ("The doctor who treated him said", "The nurse who found the case
	// said") is someone the story has not named: it resolved to the
	// person named last, as a pronoun would ("him" is that person).
	{"a description with a restrictive relative is someone new", `Health.

Tom Pike was taken to Harlow General on Monday. The doctor who treated him said he would recover.

Ann Cole, who runs the clinic, spoke later. The nurse who found the case said it was rare.`,
		[]expect{
			{"he would recover", TypeIndirect, "", "doctor", KindPerson},
			{"it was rare", TypeIndirect, "", "nurse", KindPerson},
		}},
	// L283. A description of a person or a firm that an "-ing"
	// participle and its object modify, right before its cue ("The lawyer
	// representing the family said", "The firm building the pier said"),
	// is the speaker: the object alone ("the family", "the pier") was.
	// It is someone new, no anaphor of the person named before.
	{"a participle phrase on a description is part of the speaker", `Ferry.

Tom Pike spoke first. The lawyer representing the family said the case was closed.

The firm building the pier said work would finish in May.`,
		[]expect{
			{"the case was closed", TypeIndirect, "", "lawyer representing the family", KindPerson},
			{"work would finish in May", TypeIndirect, "", "", KindOrganization},
		}},
	// L294. Verbs of how words came out ("laughed", "chuckled",
	// "muttered", "cried") attribute a quotation, as "sighed" and
	// "snapped" do; "forecast" reports as "predicted" does. (A smile or
	// a shrug says nothing: "smiled at a familiar line, "…"".)
	{"manner verbs attribute a quotation, forecast reports", `Ferry.

"We will be back next year," Tom Reddy laughed.

"Not bad for a Monday," Ann Kell chuckled. The harbour board forecast that bookings would rise.`,
		[]expect{
			{"We will be back next year,", TypeDirect, "Tom Reddy", "", KindPerson},
			{"Not bad for a Monday,", TypeDirect, "Ann Kell", "", KindPerson},
			{"bookings would rise", TypeIndirect, "", "", KindOrganization},
		}},
	// L264. A participle after the comma that ends a report, telling
	// what the words pointed or referred to, echoed, implied or set
	// themselves against ("…, pointing to the rise in fares", "…,
	// referring to the harbour scheme", "…, echoing the mayor"), is the
	// writer's, as "…, citing …" is: it had run on into the report.
	{"a participle of what the words pointed to ends the report", `Ferry.

Nell Cray said the levy was unfair, pointing to the rise in ferry fares since May. Tom Reed said the plan had failed, referring to the harbour scheme. Ann Hale said the port must stay open, echoing a pledge by the mayor.`,
		[]expect{
			{"the levy was unfair", TypeIndirect, "Nell Cray", "", KindPerson},
			{"the plan had failed", TypeIndirect, "Tom Reed", "", KindPerson},
			{"the port must stay open", TypeIndirect, "Ann Hale", "", KindPerson},
		}},
	// L265. A quotation broken off on a comma by its cue goes on after
	// the cue's comma without marks: a modal whose subject the quotation
	// was, "that" and a clause, or "and" and a quotation ("“Only you,
	// Tom,” she said, would …", "“It is our bad luck,” he said, that
	// …"): the words after the cue are a second segment of one mixed
	// quote. (They were lost, the quotation alone a direct quote.)
	{"a quotation goes on without marks after its cue", `Ferry.

“Only you, Tom,” Nell Cray said, would keep the pier open all winter. “It is our bad luck,” Ann Hale said, that both storms hit in May. “The deal must be enforced,” Bea Lorne said, and “the penalties must be clear.”`,
		[]expect{
			{"Only you, Tom,", TypeMixed, "Nell Cray", "", KindPerson},
			{"would keep the pier open all winter", TypeMixed, "Nell Cray", "", KindPerson},
			{"It is our bad luck,", TypeMixed, "Ann Hale", "", KindPerson},
			{"both storms hit in May", TypeMixed, "Ann Hale", "", KindPerson},
			{"The deal must be enforced,", TypeMixed, "Bea Lorne", "", KindPerson},
			{"“the penalties must be clear.”", TypeMixed, "Bea Lorne", "", KindPerson},
		}},
	// L266. A count of time units that counts back ("two weeks ago",
	// "less than three days ago", "a few months earlier") between a
	// subject and its cue is a time phrase, as "a week ago" and "on
	// Monday" are: the search for the subject stopped at the count, and
	// the report was lost.
	{"a count of time units before the cue", `Ferry.

The Harbour Trust two weeks ago said the pier would close. Nell Cray less than three days ago said she would fight the plan.`,
		[]expect{
			{"the pier would close", TypeIndirect, "Harbour Trust", "", KindOrganization},
			{"she would fight the plan", TypeIndirect, "Nell Cray", "", KindPerson},
		}},
	// L267. A participle after the comma that ends a report, telling the
	// effect the words had or how the speaker treated someone ("…,
	// sparking a row with the council", "…, throwing the talks into
	// doubt", "…, mocking the mayor"), is the writer's, as "…, drawing
	// jeers" is: it had run on into the report.
	{"a participle of the effect the words had ends the report", `Ferry.

Nell Cray said the pier would close in May, sparking a row with the council. Tom Reed said he would not back the levy, throwing the talks into doubt. Ann Hale said the levy was a tax on the poor, mocking the mayor.`,
		[]expect{
			{"the pier would close in May", TypeIndirect, "Nell Cray", "", KindPerson},
			{"he would not back the levy", TypeIndirect, "Tom Reed", "", KindPerson},
			{"the levy was a tax on the poor", TypeIndirect, "Ann Hale", "", KindPerson},
		}},
	// L295. A month's name in lower case is the common word ("the
	// march", "may"): no time word, so "Organisers of the march said" and
	// "The leader of the march said" are subjects before their cue (the
	// phrase was read as a time and the report lost).
	{"a lower-case march is no month", `Ferry.

Organisers of the march said more than 2,000 people had joined it. The organiser of the rally said it had been peaceful.

The leader of the march said the route would change.`,
		[]expect{
			{"more than 2,000 people had joined it", TypeIndirect, "", "Organisers of the march", KindGroup},
			{"it had been peaceful", TypeIndirect, "", "organiser of the rally", KindPerson},
			{"the route would change", TypeIndirect, "", "leader of the march", KindPerson},
		}},
	// L296. A sentence that ends on a web address ("... according to
	// Harlowtimes.com.") ends there, as one on a decimal figure does:
	// the segmenter read the word with two stops as an abbreviation and
	// ran the sentences together. The website is an organisation, no
	// person.
	{"a sentence ends after a web address", `Ferry.

The fare rise was the steepest in a decade, according to Harlowtimes.com. "We will look at it again," said Ann Kell, the port's chief executive.`,
		[]expect{
			{"The fare rise was the steepest in a decade", TypeIndirect, "Harlowtimes.com", "", KindOrganization},
			{"We will look at it again,", TypeDirect, "Ann Kell", "port's chief executive", KindPerson},
		}},
	// L297. A cue that closes a subordinate clause opening the sentence
	// ("When the judge concluded, the court rose", "By the time the
	// talks concluded, the ferries had left") reports nothing: the
	// clause after its comma is the main clause. "As Ann Kell said, ..."
	// still reports what follows.
	{"a cue closing a fronted subordinate clause reports no main clause", `Ferry.

By the time the harbour talks concluded, the last ferry had left.

When the inspector finished, the board adjourned. As Ann Kell said, the pier is safe.`,
		[]expect{
			{"the pier is safe", TypeIndirect, "Ann Kell", "", KindPerson},
		}},
	// L298. Guards a review found for newer rules: a closing "according
	// to X" goes on past "and", "because" and "although" only ("yet" is
	// the writer's); a relative on a speech setting runs to its "that"
	// ("said in a letter the council sent to residents that ..."); and a
	// person's name with "'s" before "told" is "has", no firm.
	{"guards on according-to run-ons, settings and a contracted has", `Ferry.

Hale leads by ten points in Ashby, according to the Courier poll, yet Orme is still raising more money.

Ann Kell said in a letter the council sent to residents that the road would close. Tom Reddy's told friends he is leaving the board.`,
		[]expect{
			{"the road would close", TypeIndirect, "Ann Kell", "", KindPerson},
		}},
	// L299. Guards a review found for newer rules: "during" and
	// "following" are no participles ("The driver during the race said"
	// is the driver named before), "the acting police chief" is no
	// restricting clause, "they" after "dozens of residents after" may be
	// the residents, and "Harcol's partner" may be a firm's.
	{"guards on participles, they and a firm's partner", `Ferry.

Ann Kell, 45, was at the wheel. The driver during the race said she had no warning.

Doctors treated dozens of residents after they said the water had made them sick. Harcol's partner said the field would close.`,
		[]expect{
			{"she had no warning", TypeIndirect, "Ann Kell", "driver", KindPerson},
			{"the water had made them sick", TypeIndirect, "", "", ""},
		}},
	// L310. A hearer the word lists know ("reporters", "them") ends
	// before a name that opens the report with its auxiliary: "told
	// reporters Tom Pike would resign" was read as one noun phrase.
	{"a known hearer ends before the report's named subject", `Ferry.

Ann Kell told reporters Tom Reddy would resign from the harbour board.`,
		[]expect{
			{"Tom Reddy would resign from the harbour board", TypeIndirect, "Ann Kell", "", KindPerson},
		}},
	// L311. A quotation after the cue of a subordinate clause that opens
	// the sentence ("When Tom Reddy said, "We are done," the crowd
	// cheered") is direct: the main clause after it is the writer's (the
	// two had made one mixed quote).
	{"a quotation in a fronted subordinate clause is direct", `Ferry.

When Tom Reddy said, "We are done with this levy," the whole hall cheered.`,
		[]expect{
			{"We are done with this levy,", TypeDirect, "Tom Reddy", "", KindPerson},
		}},
	// L312. "add" with an amount for object is no cue ("..., adding 300
	// jobs in May", "with the port adding 40 sailings"): a sum grows,
	// nothing is said; "added that 300 jobs would go" still reports.
	{"adding an amount says nothing", `Ferry.

Harlow Ferries Ltd grew fast last year, adding 300 jobs in May. Ann Kell added that 40 more would follow.`,
		[]expect{
			{"40 more would follow", TypeIndirect, "Ann Kell", "", KindPerson},
		}},
	// L313. A subject, an aside in dashes and then a predicate of its
	// own ("Ann Kell — who ran the port — has been "a disaster," said a
	// source") is no subject with an aside before the cue: the
	// predicate is what the source said (the source had been reported
	// as the words of Ann Kell).
	{"a predicate after a dash aside is the report", `Ferry.

Ann Kell — who ran the port for a decade — has been "a disaster," said a source close to the board.`,
		[]expect{
			{"Ann Kell — who ran the port for a decade — has been \"a disaster,\"", TypeMixed, "", "source", KindPerson},
		}},
	// L314. A capitalised function word inside the sentence after a
	// closing attribution's comma is a name ("Sales rose 4%, Next
	// said."): "Next" had been read as a time word before the cue and
	// the report lost. A month or a first name there stays a person's.
	{"a firm named by a function word speaks after a comma", `Ferry.

Bookings on the Harlow crossing rose 4% in the year to March, Next said.`,
		[]expect{
			{"Bookings on the Harlow crossing rose 4% in the year to March", TypeIndirect, "Next", "", KindOrganization},
		}},
	// L300. An organisation whose name ends in "Consortium" ("The
	// British Retail Consortium warned that …") is an organisation and
	// keeps its nationality word: the speaker was the person "Retail
	// Consortium".
	{"a consortium is an organisation", `Shops.

The Scottish Retail Consortium warned that spending was slowing. The Harlow Builders Consortium said orders had fallen.`,
		[]expect{
			{"spending was slowing", TypeIndirect, "Scottish Retail Consortium", "", KindOrganization},
			{"orders had fallen", TypeIndirect, "Harlow Builders Consortium", "", KindOrganization},
		}},
	// L301. A one-word name the article never gives a first name, an
	// honorific or a gender is an organisation when it is said to say
	// "it" where it opens its sentence ("Brenmoor said it planned …"),
	// or when the next sentence opens with an organisation noun ("…
	// Kestrova cut 300 jobs. The bank said …"), for a name written in
	// capitals too ("NVX lost its chief. The company said"): the first
	// mention had made it a person, and the description found no name.
	{"a one-word name that an organisation noun takes up is a firm", `Jobs.

Brenmoor has reported a rise in profits. Brenmoor said it planned to create 200 jobs.

Traders sold Kestrova shares on Monday. Kestrova cut 300 jobs. The bank said it would cut more.

NVX lost its chief executive. The company said a search had begun.`,
		[]expect{
			{"a rise in profits", TypeIndirect, "Brenmoor", "", KindOrganization},
			{"it planned to create 200 jobs", TypeIndirect, "Brenmoor", "", KindOrganization},
			{"it would cut more", TypeIndirect, "Kestrova", "", KindOrganization},
			{"a search had begun", TypeIndirect, "NVX", "", KindOrganization},
		}},
	// L302. The surname of someone named in full that opens a sentence
	// is an antecedent of a pronoun in its paragraph even when no list
	// gives the first name a gender ("Jaylen Cole … Cole was
	// disappointed. "…," he said"): "he" skipped it for the man named
	// before, whose first name a list knows.
	{"a sentence-initial surname of no known gender takes the pronoun after it", `Race.

Tom Hart won ahead of Daveth Brannock. Brannock was disappointed. "I went too early," he said.`,
		[]expect{
			{"I went too early,", TypeDirect, "Daveth Brannock", "", KindPerson},
		}},
	// L303. "The England international" (one who plays for a side:
	// lexicon/player-nouns) and "the Dutchwoman" (a nationality) are
	// descriptions of a person, not names: they gave the organisation
	// "England international" and the person "Dutchwoman", where they
	// resolve as "the Harlow manager" does.
	{"a player of a side and a nationality describe a person", `Sport.

Tom Pike scored twice at Harlow. The England international said he was happy.

Mia Verhoek won the final in straight sets. The Dutchwoman said she was tired.`,
		[]expect{
			{"he was happy", TypeIndirect, "Tom Pike", "England international", KindPerson},
			{"she was tired", TypeIndirect, "Mia Verhoek", "", KindPerson},
		}},
	// L304. A name after a capitalised sentence adverb and its comma
	// ("Still, the Harlow Business Council opposed …") is the subject of
	// its sentence, and so the antecedent of the "it" that opens the
	// next paragraph: "it" went to the organisation that had spoken
	// before.
	{"a subject after an opening adverb and comma is an antecedent", `Tax.

Brenmoor Mining said it paid too much tax.

The panel recommends changes. Still, the Harlow Business Council opposed an increase.

"Keep the tax at the current level," it recommended.`,
		[]expect{
			{"it paid too much tax", TypeIndirect, "Brenmoor Mining", "", KindOrganization},
			{"Keep the tax at the current level,", TypeDirect, "Harlow Business Council", "", KindOrganization},
		}},
	// L305. A one-word name whose appositive holds "its" or ends in an
	// organisation noun ("Kestrova, its main rival, said", "Brenmoor,
	// the Canadian mining company, says") is an organisation: it was a
	// person. Not one whose appositive names a person ("Ridley, the
	// club captain, said").
	{"a one-word name with an organisation's appositive is one", `Players.

Norvik sold 2 million players last year. Kestrova, its main rival, said it would launch a player in May.

Brenmoor, the Canadian mining company, says it pays too much tax.

Ridley, the club captain, said the pitch was poor.`,
		[]expect{
			{"it would launch a player in May", TypeIndirect, "Kestrova", "main rival", KindOrganization},
			{"it pays too much tax", TypeIndirect, "Brenmoor", "", KindOrganization},
			{"the pitch was poor", TypeIndirect, "Ridley", "club captain", KindPerson},
		}},
	// L306. A one-word name that opens its sentence as the subject of a
	// verb with an object ("Marbrook reported a rise in sales.") before a
	// sentence that opens with an organisation noun ("The retailer said")
	// is that organisation: the description found no name. Not a name
	// after the subject's verb ("Dunmore beat Hull 3-0. The club said":
	// the club is not Hull).
	{"a firm's verb and an organisation noun after it make a one-word name a firm", `Weekend.

Crowds filled the town on Saturday for the fair.

Dunmore beat Hull 3-0 on Saturday. The club said it was pleased.

Marbrook reported a rise in sales. The retailer said demand was strong.`,
		[]expect{
			{"it was pleased", TypeIndirect, "", "", KindOrganization},
			{"a rise in sales", TypeIndirect, "Marbrook", "", KindOrganization},
			{"demand was strong", TypeIndirect, "Marbrook", "", KindOrganization},
		}},
	// L307. A description by a side one plays for ("the former Wales
	// international": lexicon/player-nouns) gives the person it
	// resolves to its role, as "the Harlow manager" does: the person
	// had none.
	{"a player's description gives its role", `Rugby.

Sam Odell made his debut at Harlow in 2015. The former Wales international said the crowd was loud.`,
		[]expect{
			{"the crowd was loud", TypeIndirect, "Sam Odell", "former Wales international", KindPerson},
		}},
	// L315. One described by a role and never named ("A council
	// spokesman said ...", "His family said ...") speaks on in a quoted
	// paragraph after their report with no cue of its own, as one named
	// does (DESIGN's continuation): the quotation had no record.
	{"an unnamed source speaks on in the next paragraph", `Ferry.

A council spokesman said the harbour road would reopen on Monday.

"We apologise to residents for the disruption."

His family said he was "kind and generous".

"Tom loved the sea and everyone on it."`,
		[]expect{
			{"the harbour road would reopen on Monday", TypeIndirect, "", "council spokesman", KindPerson},
			{"We apologise to residents for the disruption.", TypeDirect, "", "council spokesman", KindPerson},
			{"he was \"kind and generous\"", TypeMixed, "", "family", KindGroup},
			{"Tom loved the sea and everyone on it.", TypeDirect, "", "family", KindGroup},
		}},
	// L316. Bodies whose head the lists lacked ("Chamber of Commerce",
	// "Confederation of ...") are organisations, not a description that
	// resolves to the person named before ("The Chamber of Commerce
	// said" went to the shop owner quoted last); a duchess of a place is
	// a title, like an archbishop of one.
	{"chambers and confederations are bodies", `Ferry.

Dan Proctor, a shop owner, said trade had fallen. The Harlow Chamber of Commerce said the figures were worrying.

The Confederation of Ferry Operators said fares would rise. The Duchess of Ashby said the pier must be saved.`,
		[]expect{
			{"trade had fallen", TypeIndirect, "Dan Proctor", "shop owner", KindPerson},
			{"the figures were worrying", TypeIndirect, "Harlow Chamber of Commerce", "", KindOrganization},
			{"fares would rise", TypeIndirect, "Confederation of Ferry Operators", "", KindOrganization},
			{"the pier must be saved", TypeIndirect, "", "Duchess of Ashby", KindPerson},
		}},
	// L317. People or a body described by a participle and its phrase,
	// or a relative clause, before the cue ("Police investigating the
	// death of a man in Ashby said", "Two brothers who run a bakery in
	// Hexham say") are the subject: the name that ends the phrase after
	// its preposition had spoken (the town, or the dead man).
	{"a described group's phrase ending in a name", `Ferry.

Police investigating the death of a man in Ashby said he had been stabbed.

Detectives investigating the murder of Ryan Morgan said they had made an arrest. Two brothers who run a bakery in Hexham say trade has halved.`,
		[]expect{
			{"he had been stabbed", TypeIndirect, "", "Police investigating the death of a man in Ashby", KindGroup},
			{"they had made an arrest", TypeIndirect, "", "Detectives investigating the murder of Ryan Morgan", KindGroup},
			{"trade has halved", TypeIndirect, "", "brothers", KindGroup},
		}},
	// L318. A British police rank and an occupation before a name are
	// its role, no part of the name ("PC Jane Moody", "Forecaster Aidan
	// Grey"; lexicon/role-heads and title-abbreviations gain PC, PCSO,
	// forecaster, meteorologist, evacuee).
	{"police ranks and occupations before a name", `Ferry.

PC Jane Moody said the harbour road was closed. Forecaster Aidan Grey said more rain would follow.`,
		[]expect{
			{"the harbour road was closed", TypeIndirect, "Jane Moody", "PC", KindPerson},
			{"more rain would follow", TypeIndirect, "Aidan Grey", "Forecaster", KindPerson},
		}},
	// L319. After an inverted cue, a possessive and a noun for a person
	// ("…," said her grandmother) or "another" or "one" alone ("…," said
	// another) is the speaker, unnamed: the quotation had no record.
	{"an owned or counted speaker after an inverted cue", `Ferry.

Tributes were paid to the ferryman on Friday. "He was our whole world," said his grandmother.

Neighbours were angry. "It is a disgrace," said one.`,
		[]expect{
			{"He was our whole world,", TypeDirect, "", "grandmother", KindPerson},
			{"It is a disgrace,", TypeDirect, "", "", KindPerson},
		}},
	// L320. A demonstrative "that" before an auxiliary and a quotation
	// is the report's subject (`said that was "unacceptable"`), as before
	// a word: it had been stripped as a complementizer.
	{"a demonstrative that before a quoted predicate", `Ferry.

The harbour master said that was "unacceptable" for a working port.`,
		[]expect{
			{"that was \"unacceptable\" for a working port", TypeMixed, "", "harbour master", KindPerson},
		}},
	// L321. Two non-reports from a probe of invented local copy: a
	// name not to be given ("who asked that her surname not be used",
	// as "who asked not to be named"), and a tell verb with "to" and a
	// verb and no hearer ("with residents told to keep their windows
	// closed": a passive with its auxiliary left out; the residents are
	// told, they say nothing).
	{"anonymity clauses and reduced told passives report nothing", `Ferry.

A fire broke out at the quay, with residents told to keep their windows closed.

A resident, who asked that her surname not be used, said the smoke was thick.`,
		[]expect{
			{"the smoke was thick", TypeIndirect, "", "resident", KindPerson},
		}},
	// L322. A document and those it went to ("A letter to parents
	// said") speaks as the document, not the readers; a document from a
	// named body after an inverted cue ("…, said a statement from Ashby
	// Police") is that body's, as it is before the cue.
	{"a document, its readers and its issuer", `Ferry.

A letter to parents said the quay school would close in July.

The harbour road will stay shut until Friday, said a statement from Ashby Police.`,
		[]expect{
			{"the quay school would close in July", TypeIndirect, "", "", KindOrganization},
			{"The harbour road will stay shut until Friday", TypeIndirect, "Ashby Police", "", KindOrganization},
		}},
	// L309. Guards a second review found: a title in capitals that no
	// first name follows begins a name ("PC World said", a shop); "the
	// man's identity would not be released" reports (only a name "not
	// be" given, with no modal, is an anonymity request); a player's
	// verb and object do not make the player the club of the sentence
	// after ("Rodri signed a new deal. The club said ...").
	{"guards on caps titles, identities and a player before his club", `Ferry.

Rodri signed a new four-year contract on Friday. The club said the deal was a record.

PC World said sales of radios had risen. A spokeswoman said the man's identity would not be released.`,
		[]expect{
			{"the deal was a record", TypeIndirect, "", "", KindOrganization},
			{"sales of radios had risen", TypeIndirect, "PC World", "", ""},
			{"the man's identity would not be released", TypeIndirect, "", "spokeswoman", KindPerson},
		}},
	// L308. "The club" is an organisation of its kind: not the council
	// or the police named after it (it resolved forward to them), but a
	// club named by its own head before it ("Harlow Rovers", "Ashby FC").
	{"the club is no council", `Ferry.

The club said the deal was a record.

Ashby Council said the ground would be sold. Harlow Rovers won 2-0 on Saturday. The club said the ground was full.`,
		[]expect{
			{"the deal was a record", TypeIndirect, "", "", KindOrganization},
			{"the ground would be sold", TypeIndirect, "Ashby Council", "", KindOrganization},
			{"the ground was full", TypeIndirect, "Harlow Rovers", "", KindOrganization},
		}},
	// L263. A cue word in "-ed" right after a plural noun for people and
	// before a preposition, with their own speech cue later ("Campaigners
	// opposed to the plan said ..."), describes them: no cue of its own
	// (it took the sentence as its report and left "said" no subject).
	{"a participle that describes the speakers is no cue", `Ferry.

Campaigners opposed to the plan said it would ruin the valley.

Residents concerned about the noise say the quay should close at night.`,
		[]expect{
			{"it would ruin the valley", TypeIndirect, "", "Campaigners", KindGroup},
			{"the quay should close at night", TypeIndirect, "", "Residents", KindGroup},
		}},
	// L323. A rank ("the world number one", "the British number two")
	// is a description of a person that ends at its numeral: as the
	// subject before a cue it had given no record ("one" read as a
	// count, "said" as a noun after it), and as a role it lost "one".
	{"a rank ends at its numeral", `Ferry.

Ann Kell won in straight sets. The world number one said she had felt tired.

The former British number two, Tom Reddy, said the courts were slow.`,
		[]expect{
			{"she had felt tired", TypeIndirect, "Ann Kell", "world number one", KindPerson},
			{"the courts were slow", TypeIndirect, "Tom Reddy", "former British number two", KindPerson},
		}},
	// L324. A seed is a title in a draw ("Berdak, the seventh seed,
	// admitted ...", "The top seed said ..."): the appositive had given
	// no role.
	{"a seed in a draw is a role", `Ferry.

Tomas Berdak lost in four sets. Berdak, the seventh seed, admitted he was tired.`,
		[]expect{
			{"he was tired", TypeIndirect, "Tomas Berdak", "seventh seed", KindPerson},
		}},
	// L325. A title that is a given name too ("Dean") is the first name
	// of the surname after it after a title that opens the sentence
	// ("Manager Dean Holt") and in an apposition ("His father, Dean
	// Clarke, said"): it had been the role, and the surname the name.
	{"a given name that is a title, after a title or a comma", `Ferry.

Manager Dean Holt said the team had played well. His father, Dean Clarke, said the boy was kind.`,
		[]expect{
			{"the team had played well", TypeIndirect, "Dean Holt", "Manager", KindPerson},
			{"the boy was kind", TypeIndirect, "Dean Clarke", "father", KindPerson},
		}},
	// L326. A given name that is a month too, alone between commas after
	// a person's description ("His wife, June, said"), is the speaker:
	// it had been read as a date, and the report's own "he" taken for
	// an inverted speaker.
	{"a month that is a given name in an apposition", `Ferry.

Tom Reddy died on Friday. His wife, June, said he had adored the sea.`,
		[]expect{
			{"he had adored the sea", TypeIndirect, "June", "wife", KindPerson},
		}},
	// L327. Trades the role heads lacked (frontman, GP, publicist,
	// influencer, CTO, paediatrician, carer, ...) are titles: before a
	// name they had become part of it ("Frontman Jack Rowe"), after it
	// no role ("Dr Jane Ross, a GP in Bristol"); and "Review:" or
	// "Interview:" labels a headline, no one who speaks.
	{"trades as roles and section labels", `Review: a dazzling night at the Harlow Arms

Frontman Jack Rowe said the tour would go ahead. "It is very common," said Dr Jane Ross, a GP in Bristol.`,
		[]expect{
			{"the tour would go ahead", TypeIndirect, "Jack Rowe", "Frontman", KindPerson},
			{"It is very common,", TypeDirect, "Jane Ross", "GP in Bristol", KindPerson},
		}},
	// L328. An adverb of where between the cue and "that" ("said
	// backstage that ...", "said online that ...") is the narration's:
	// it had been kept on the report.
	{"an adverb of place before that stays out of the report", `Ferry.

Ben Hart said backstage that the crew deserved the award.`,
		[]expect{
			{"the crew deserved the award", TypeIndirect, "Ben Hart", "", KindPerson},
		}},
	// L329. "it" and an auxiliary or its verb opens the report after a
	// speech setting or a hearer ("said in a statement it was "aware of
	// the issue"", "told the BBC it took security "seriously""): the
	// report had been the quoted words alone, typed direct.
	{"it opens the report after a setting or a hearer", `Ferry.

Harlow Council said in a statement it was "aware of the issue" at the quay.

Harlow Ferries Ltd told the BBC it took safety "extremely seriously".`,
		[]expect{
			{"it was \"aware of the issue\" at the quay", TypeMixed, "Harlow Council", "", KindOrganization},
			{"it took safety \"extremely seriously\"", TypeMixed, "Harlow Ferries Ltd", "", KindOrganization},
		}},
	// L330. "quit" is a verb in the past too: a description after
	// "after" that follows it is the subject of a clause of its own
	// ("Ann Kell quit after her manager told her she was not needed":
	// Ann Kell had been the speaker).
	{"quit is a past verb before a subordinate clause", `Ferry.

Ann Kell quit after her manager told her she was not needed at the quay.`,
		[]expect{
			{"she was not needed at the quay", TypeIndirect, "", "manager", KindPerson},
		}},
	// L331. A bare quoted label after an object pronoun (`called him a
	// "loser."`, `called it "predatory."`) is DESIGN's mixed quote of the
	// quoted words: the rules found it, and the model dropped it, having
	// learned it as wrong where PolNeAR's span holds the pronoun too.
	{"a quoted label after an object pronoun is kept", `Ferry.

Ann Hale spoke at the quay on Monday. She called him a "loser." Tom Pike called it "predatory."`,
		[]expect{
			{"loser.", TypeMixed, "Ann Hale", "", KindPerson},
			{"predatory.", TypeMixed, "Tom Pike", "", KindPerson},
		}},
	// L350. A described person with an appositive of what else they are
	// ("The senator, a former prosecutor, said", `"…," the mayor, a
	// Democrat, said`) is the subject of the cue: the report had been
	// lost. The description stays the role; one inside a comma phrase
	// ("Hale, facing a challenge in Iowa, a swing state, said") is none.
	{"a described subject takes an appositive before its cue", `Ferry.

Voters went to the polls on Tuesday. The senator, a former prosecutor, said the bill was flawed. "It will not pass," the mayor, a Democrat, said.

Tom Hale, facing a challenge in Harlow, a swing town, said he would run.`,
		[]expect{
			{"the bill was flawed", TypeIndirect, "", "senator", KindPerson},
			{"It will not pass,", TypeDirect, "", "mayor", KindPerson},
			{"he would run", TypeIndirect, "Tom Hale", "", KindPerson},
		}},
	// L351. A closing "…, aides said." reports its whole clause, over
	// the cue of that clause's own subject ("The president plans to sign
	// the bill, aides said"; "The firm will announce the cuts on Monday,
	// a spokesman said"): the inner cue had taken the clause and the
	// sources' report was lost.
	{"a closing cue reports the whole clause over its subject's cue", `Ferry.

Voters went to the polls on Tuesday. The governor plans to sign the bill, aides said. Harlow Ferries will announce the cuts on Monday, a spokesman said.`,
		[]expect{
			{"The governor plans to sign the bill", TypeIndirect, "", "aides", KindGroup},
			{"Harlow Ferries will announce the cuts on Monday", TypeIndirect, "", "spokesman", KindPerson},
		}},
	// L352. "no." before a quotation ends a sentence (`he remained a
	// no. "I have …`): Punkt read it as the "No." of a number, and the
	// report swallowed the quotation after it.
	{"a bare no before a quotation ends the sentence", `Ferry.

Councillor Ann Hale said she remained a no. "I have not changed my mind," Hale said.`,
		[]expect{
			{"she remained a no", TypeIndirect, "Ann Hale", "Councillor", KindPerson},
			{"I have not changed my mind,", TypeDirect, "Ann Hale", "Councillor", KindPerson},
		}},
	// L353. A span of time and "after"/"before" after a closing cue's
	// comma ("…, a senior official said Saturday, hours after an envoy
	// met the president") says when the words came: the writer's. It had
	// been the report after the cue, the clause before it its first part.
	{"a time span after a closing cue is the writer's", `Ferry.

Harlow Ferries has cancelled six sailings, a spokesman said Saturday, hours after the storm reached the coast.`,
		[]expect{
			{"Harlow Ferries has cancelled six sailings", TypeIndirect, "", "spokesman", KindPerson},
		}},
	// L354. Diplomatic cues of a that-clause or a quotation
	// (underscored, underlined, reaffirmed), and a quote cue
	// with a time phrase before its "that" ("reiterated on Tuesday that"):
	// all had given nothing.
	{"diplomatic cues and a time phrase before that", `Ferry.

Foreign Minister Ana Lopes underscored that the talks would go on. The bank reaffirmed that rates would stay high. Ms Lopes reiterated on Tuesday that the treaty would stand.`,
		[]expect{
			{"the talks would go on", TypeIndirect, "Ana Lopes", "Foreign Minister", KindPerson},
			{"rates would stay high", TypeIndirect, "", "", KindOrganization},
			{"the treaty would stand", TypeIndirect, "Ana Lopes", "Foreign Minister", KindPerson},
		}},
	// L355. A participle and a bare time phrase set off by commas ("The
	// audit, released Tuesday, says …") is an aside before the cue: the
	// report had been lost; an audit speaks as a report does, for the
	// organisation named before it.
	{"a participle and a time phrase are an aside", `Ferry.

Harlow Council met on Monday. The audit, released Tuesday, says that the ferry lost money.`,
		[]expect{
			{"the ferry lost money", TypeIndirect, "Harlow Council", "", KindOrganization},
		}},
	// L356. "Observatory" heads an organisation's name ("the Northern
	// Observatory for Human Rights said"): the name had been cut to its
	// last words, "Human Rights", a person.
	{"an observatory is an organisation", `Ferry.

The Northern Observatory for Human Rights said 12 people had died.`,
		[]expect{
			{"12 people had died", TypeIndirect, "Northern Observatory for Human Rights", "", KindOrganization},
		}},
	// L357. A quotation inside a relative clause set off before the cue,
	// its comma outside the marks (British style: `Tom Hale, who
	// wants the pier "saved", said …`), is a fragment of the aside:
	// the scan for the subject had stopped at it, and the cue took the
	// quoted word as a direct quote of "the council" after it.
	{"a quoted fragment inside an aside before the cue", `Ferry.

Ann Cole spoke first. Tom Hale, who wants the pier "saved", said the council would vote.`,
		[]expect{
			{"the council would vote", TypeIndirect, "Tom Hale", "", KindPerson},
		}},
	// L358. A name with a particle before "of" and what the person is
	// from ("Foreign Minister Karim bin Saleh of the Gulf Union", "Anna
	// van der Berg of Harlow University"): the particle had broken the
	// name, and the place or the whole phrase became the speaker.
	{"a name with a particle before of", `Ferry.

Foreign Minister Karim bin Saleh of the Gulf Union said the talks would resume. Anna van der Berg of Harlow University said the vote was close.`,
		[]expect{
			{"the talks would resume", TypeIndirect, "Karim bin Saleh", "Foreign Minister", KindPerson},
			{"the vote was close", TypeIndirect, "Anna van der Berg", "Harlow University", KindPerson},
		}},
	// L359. A body described by its kind and where it is ("The health
	// ministry in Gaza said", "the government in Riyadh") speaks, not
	// the place: a place the lexicon does not know had been read as a
	// person's name.
	{"a body in a place speaks, not the place", `Ferry.

The health ministry in Varsk said twelve people had died.`,
		[]expect{
			{"twelve people had died", TypeIndirect, "", "", KindOrganization},
		}},
	// L360. "Watch" ends an organisation's name ("Harbour Rights Watch
	// said"), and the IAEA, the OSCE and the ICRC are organisations by
	// themselves: they had been people.
	{"watchdogs and agencies named alone are organisations", `Ferry.

Harbour Rights Watch said the vote was unfair. The IAEA said the plant was safe.`,
		[]expect{
			{"the vote was unfair", TypeIndirect, "Harbour Rights Watch", "", KindOrganization},
			{"the plant was safe", TypeIndirect, "IAEA", "", KindOrganization},
		}},
	// L340. A relation noun with "of", "at", "for" or "to" after it
	// (lexicon/relation-heads) heads the subject: the speaker is the
	// unnamed relation, whose role is the whole phrase, as "an aide to
	// the governor" is ("An ally of Tom Varga said" gave Varga, "The
	// widow of the jailed poet Ivo Renko said" gave Renko, "A relative of
	// one of the miners said" gave the group "miners"); a dealer is a
	// trade, as a trader is.
	{"a relation noun and its link head the subject", `Harbour strike.

An ally of Tom Varga said the coalition would hold.

A senior ally of former Mayor Ann Kell warned that the party was drifting.

The widow of the jailed poet Ivo Renko said he had been silenced.

A relative of one of the miners said the families were exhausted.

A dealer at a Nordic bank said the market was nervous.`,
		[]expect{
			{"the coalition would hold", TypeIndirect, "", "ally of Tom Varga", KindPerson},
			{"the party was drifting", TypeIndirect, "", "senior ally of former Mayor Ann Kell", KindPerson},
			{"he had been silenced", TypeIndirect, "", "widow of the jailed poet Ivo Renko", KindPerson},
			{"the families were exhausted", TypeIndirect, "", "relative of one of the miners", KindPerson},
			{"the market was nervous", TypeIndirect, "", "dealer at a Nordic bank", KindPerson},
		}},
	// L341. World titles are role heads (emir, taoiseach, ayatollah,
	// pontiff, monarch): "Taoiseach Nuala Breen" is Nuala Breen, role
	// "Taoiseach"; a description with another word for a title finds its
	// holder (lexicon/title-synonyms: "the pontiff" is Pope Leo, "the
	// monarch" King Edmund); "Crown" makes the title of rank after it an
	// office (lexicon/office-title-words: "Crown Prince Khalid bin Omar"
	// is Khalid bin Omar, role "Crown Prince").
	{"world titles are roles and their other words find the holder", `Summit.

Pope Leo spoke to pilgrims on Sunday. The pontiff said the war must end.

King Edmund visited the ward on Tuesday. The monarch said the nurses had been heroic.

Taoiseach Nuala Breen said Ireland would not change its position.

Ayatollah Reza Tavani said the country would respond.

Saudi Crown Prince Khalid bin Omar said the kingdom wanted calm.

Qatar's Emir Sheikh Hamad bin Nasser met envoys in Doha. The emir said talks would resume.`,
		[]expect{
			{"the war must end", TypeIndirect, "Leo", "Pope", KindPerson},
			{"the nurses had been heroic", TypeIndirect, "Edmund", "King", KindPerson},
			{"Ireland would not change its position", TypeIndirect, "Nuala Breen", "Taoiseach", KindPerson},
			{"the country would respond", TypeIndirect, "Reza Tavani", "Ayatollah", KindPerson},
			{"the kingdom wanted calm", TypeIndirect, "Khalid bin Omar", "Saudi Crown Prince", KindPerson},
			{"talks would resume", TypeIndirect, "Sheikh Hamad bin Nasser", "Qatar's Emir", KindPerson},
		}},
	// L342. A description that states a country (lexicon/nation-words)
	// does not describe a person whose role states another and not it
	// (DESIGN's whole-title rule: "the U.S. envoy" is not "Russia's U.N.
	// ambassador Pavel Sorokin", "The Japanese foreign minister" not
	// "Chinese Foreign Minister Wang Li"); the same country in two forms
	// matches ("the Russian foreign minister" is "Russian Foreign
	// Minister Ivan Belov"), and a role with no country may be anyone's
	// ("The American envoy" after "U.S. Ambassador Carla Dunn").
	{"a description of another country describes someone else", `Talks.

U.S. Ambassador Carla Dunn arrived in Kyiv. The American envoy said aid would continue.

Russia's U.N. ambassador Pavel Sorokin told the council that the sanctions were illegal. "We will not accept this," the U.S. envoy said.

Chinese Foreign Minister Wang Li met his counterpart in Osaka on Monday. The Japanese foreign minister said the talks had been frank.

Russian Foreign Minister Ivan Belov spoke in Minsk. The Russian foreign minister said the west had lied.`,
		[]expect{
			{"aid would continue", TypeIndirect, "Carla Dunn", "Ambassador", KindPerson},
			{"the sanctions were illegal", TypeIndirect, "Pavel Sorokin", "Russia's U.N. ambassador", KindPerson},
			{"We will not accept this,", TypeDirect, "", "U.S. envoy", KindPerson},
			{"the talks had been frank", TypeIndirect, "", "Japanese foreign minister", KindPerson},
			{"the west had lied", TypeIndirect, "Ivan Belov", "Russian Foreign Minister", KindPerson},
		}},
	// L343. A role's modifier and a name after the "to" of a role that
	// names whom it serves belong to the phrase, as a name or a
	// determiner there does ("An aide to former President Tom Hale said"
	// gave the role "aide", "Advisers to former Governor Ruth Ames" the
	// group "Advisers").
	{"a role's modifier after the to of whom a role serves", `Talks.

An aide to former President Tom Hale said the plan was dead.

Advisers to former Governor Ruth Ames said the race was open.`,
		[]expect{
			{"the plan was dead", TypeIndirect, "", "aide to former President Tom Hale", KindPerson},
			{"the race was open", TypeIndirect, "", "Advisers to former Governor Ruth Ames", KindGroup},
		}},
	// L344. After an inverted cue a relation noun takes its link and the
	// phrase after it as a role head does (lexicon/relation-heads):
	// "said an ally of Tom Varga" had found no speaker (the quote went
	// to the speaker before), "said the widow of Ivo Renko" was "the
	// widow" with no role.
	{"a relation noun and its link after an inverted cue", `Talks.

"It is over," said a spokesman for the council.

"We lost," said an ally of Tom Varga.

"We knew," said the widow of Ivo Renko, who spoke outside the court.`,
		[]expect{
			{"It is over,", TypeDirect, "", "spokesman for the council", KindPerson},
			{"We lost,", TypeDirect, "", "ally of Tom Varga", KindPerson},
			{"We knew,", TypeDirect, "", "widow of Ivo Renko", KindPerson},
		}},
	// L345. "sultan", "emperor" and "empress" are role heads and
	// monarchs (lexicon/title-synonyms: "The monarch" is Emperor Hiro
	// Tanabe), and an heir is a relation noun whose link heads the
	// subject ("An heir to the shipping fortune said" gave "the shipping
	// fortune", kind unknown).
	{"sultans and emperors are monarchs, an heir a relation", `Visits.

Sultan Haitham Nasser received the delegation. The sultan said the port would reopen.

Emperor Hiro Tanabe addressed the nation. The monarch said he felt deep remorse.

An heir to the shipping fortune said the family would sell.`,
		[]expect{
			{"the port would reopen", TypeIndirect, "Haitham Nasser", "Sultan", KindPerson},
			{"he felt deep remorse", TypeIndirect, "Hiro Tanabe", "Emperor", KindPerson},
			{"the family would sell", TypeIndirect, "", "heir to the shipping fortune", KindPerson},
		}},
	// L346. "partner" is a relation noun whose link heads the subject
	// (lexicon/relation-heads): "The partner at Harlow Legal said" gave
	// the firm as a person, "A partner of Ann Kell said" gave Ann Kell.
	{"a partner and its link head the subject", `Firms.

The partner at Harlow Legal said the case would settle.

A partner of Ann Kell said she was brave.`,
		[]expect{
			{"the case would settle", TypeIndirect, "", "partner at Harlow Legal", KindPerson},
			{"she was brave", TypeIndirect, "", "partner of Ann Kell", KindPerson},
		}},
	// L361. A party's member with a rank after a name is a role ("said
	// Jane Roe, the ranking Democrat on the committee"); a party alone or
	// with its state ("a Democrat", "Democrat of Vermont") stays a tag,
	// no role over an office.
	{"a ranked party member after a name is a role", `Ferry.

"The bill is flawed," said Jane Roe, the ranking Democrat on the harbour committee.

"We will win," said Representative Tom Pike, Democrat of Vermont.`,
		[]expect{
			{"The bill is flawed,", TypeDirect, "Jane Roe", "ranking Democrat on the harbour committee", KindPerson},
			{"We will win,", TypeDirect, "Tom Pike", "Representative", KindPerson},
		}},
	// L362. "the president" is not a representative ("Rep. Ana Reyes
	// ... the president said"): AP's "Rep." spelled out is an office
	// (lexicon/offices), so a description by another office does not
	// resolve to her; "the congressman" still may.
	{"the president is not a representative", `Ferry.

Rep. Ana Reyes criticized the ferry plan on Monday. "Congress must act," the president said.`,
		[]expect{
			{"Congress must act,", TypeDirect, "", "president", KindPerson},
		}},
	// L332. "as saying" after a quoting verb reports for the one quoted:
	// a quotation before the clause is that person's (`"…," the Courier
	// quoted him as saying`, `"…," Mr. Sato was quoted as saying by
	// Baltnews`: lost, or a continuation of the last speaker), and so is a
	// clause that opens on a bare plural ("as saying ferry exports had
	// not fallen", "as saying prices were high": no report at all).
	{"quoted as saying: the quotation before and a bare plural after", `Ferry.

Ivan Dorov flew to Harlow on Monday. "Our position on the quay has not changed," the Tolby Courier quoted him as saying.

"The talks were useful," Mr. Sato was quoted as saying by Baltnews.

Vela News quoted Dorov as saying ferry exports had not fallen. Mara Holt was quoted as saying prices were high.`,
		[]expect{
			{"Our position on the quay has not changed,", TypeDirect, "Ivan Dorov", "", KindPerson},
			{"The talks were useful,", TypeDirect, "Sato", "", KindPerson},
			{"ferry exports had not fallen", TypeIndirect, "Ivan Dorov", "", KindPerson},
			{"prices were high", TypeIndirect, "Mara Holt", "", KindPerson},
		}},
	// L333. A count before an unnamed plural source opens its clause
	// ("…, three diplomats said", "…, two people familiar with the
	// matter said"): the report before the comma had been lost, the
	// count standing between. The role is the source's description
	// without the count, as for "Two senior party sources said".
	{"a counted unnamed source", `Ferry.

The talks at the quay will resume on Monday, three diplomats said.

The harbour minister will resign, two sources said. The ferry deal was close, two people familiar with the matter said.

The bank will cut its fees, three people familiar with the plan told the Tolby Courier.`,
		[]expect{
			{"The talks at the quay will resume on Monday", TypeIndirect, "", "diplomats", KindGroup},
			{"The harbour minister will resign", TypeIndirect, "", "sources", KindGroup},
			{"The ferry deal was close", TypeIndirect, "", "people", KindGroup},
			{"The bank will cut its fees", TypeIndirect, "", "people", KindGroup},
		}},
	// L334. "media" is a group that speaks ("…, state media reported",
	// "Local media reported that …": no frame); before a cue noun in
	// "-s" it is the noun's modifier ("the media attacks"), no subject.
	{"media as a group source", `Ferry.

The dam above the valley had burst, state media reported.

Local media reported that rescue teams had reached the village. Despite the media attacks, Ann Kell said she would stay.`,
		[]expect{
			{"The dam above the valley had burst", TypeIndirect, "", "state media", KindGroup},
			{"rescue teams had reached the village", TypeIndirect, "", "Local media", KindGroup},
			{"she would stay", TypeIndirect, "Ann Kell", "", KindPerson},
		}},
	// L335. Two names joined by "and" as one preposition's object after a
	// group ("Officials from Tolby and Varna said") modify the group,
	// which speaks: the second name had been the speaker, a person.
	{"a group from two places", `Ferry.

Officials from Tolby and Varna said the ferry talks would resume in June.`,
		[]expect{
			{"the ferry talks would resume in June", TypeIndirect, "", "Officials", KindGroup},
		}},
	// L363. "speaking on (the) condition of anonymity" after a closing
	// cue gives the terms of speaking, no second piece of the report
	// ("The talks have stalled, a senior official said, speaking on
	// condition of anonymity to discuss the talks").
	{"an anonymity condition after a closing cue is no report", `Ferry.

The ferry talks have stalled, a senior official said, speaking on condition of anonymity to discuss private talks.`,
		[]expect{
			{"The ferry talks have stalled", TypeIndirect, "", "senior official", KindPerson},
		}},
	// L364. "forecast" and "estimate" are nouns as often as verbs
	// (lexicon/cue-nouns): after a possessive and a name ("its Brent
	// forecast") they are a compound, and the name is no speaker.
	{"a forecast after a possessive and a name is a noun", `Ferry.

Harlow Bank raised its Brent forecast to $90, saying supply was tight.`,
		[]expect{
			{"supply was tight", TypeIndirect, "Harlow Bank", "", KindOrganization},
		}},
	// L365. A headline signed after a dash ("Harlow will respond to new
	// fares - Pike") reports its whole claim for the signer, over a cue
	// inside it ("respond"), as a labelled headline does: the inner cue
	// had taken "to new fares - Pike" for Harlow.
	{"a signed headline's claim holds the cues inside it", `Harlow will respond to new fares - Pike

Mayor Tom Pike spoke on Monday.`,
		[]expect{
			{"Harlow will respond to new fares", TypeIndirect, "Tom Pike", "Mayor", KindPerson},
		}},
	// L366. A report that opens the headline starts after the label of
	// the headline's kind and its colon ("Exclusive: Harlow to close the
	// pier, sources say" reports "Harlow to close the pier").
	{"a headline label stays out of the report", `Exclusive: Harlow to close the pier, sources say

The council met on Monday.`,
		[]expect{
			{"Harlow to close the pier", TypeIndirect, "", "sources", KindGroup},
		}},
	// L367. A hearer's name set off by commas before "that" ("told his
	// Nordic counterpart, Lars Holm, that …") is the hearer's, no part of
	// the report; and "who ran (unsuccessfully) for mayor" is a campaign,
	// no role.
	{"a hearer's name before that, and running for an office", `Ferry.

Ana Lopes told her Nordic counterpart, Lars Holm, that the ferry deal would hold.

Tom Rigg, who ran unsuccessfully for mayor in 2021, said the vote was fair.`,
		[]expect{
			{"the ferry deal would hold", TypeIndirect, "Ana Lopes", "", KindPerson},
			{"the vote was fair", TypeIndirect, "Tom Rigg", "", KindPerson},
		}},
	// L368. A quotation right after a label verb, continuing the
	// sentence ("made what Ann Cole called "a grave error.""), is a
	// label: a mixed quote of the quoted words, not a direct one.
	{"a quoted label right after the label verb is mixed", `Ferry.

The council made what Ann Cole called "a grave error."`,
		[]expect{
			{"a grave error.", TypeMixed, "Ann Cole", "", KindPerson},
		}},
	// L369. A quotation right after the noun of a work ("on the
	// podcast "the harbour hour."", "the album "songs for a quiet
	// harbour"") is its title, in title case or not: it had paired its
	// marks with the quotation before it, one direct quote running over
	// the cue.
	{"a quotation after a work noun is a title", `Ferry.

"Being a mayor is my job," Ann Cole said in May on the podcast "the harbour hour." The band released the album "songs for a quiet harbour" in May.`,
		[]expect{
			{"Being a mayor is my job,", TypeDirect, "Ann Cole", "", KindPerson},
		}},
	// L370. A verb of assent after a sentence quoted to its full stop
	// (`"We will grow." Analysts agreed.`) shares the view, no
	// attribution: the quote stays the speaker's before it.
	{"agreeing after a quoted sentence is no attribution", `Ferry.

"The market is tough," said Tom Jones. "We will grow." Analysts agreed.`,
		[]expect{
			{"The market is tough,", TypeDirect, "Tom Jones", "", KindPerson},
			{"We will grow.", TypeDirect, "Tom Jones", "", KindPerson},
		}},
	// L371. Hyphenated positions and trades are role heads (fly-half,
	// scrum-half, full-back, team-mate, film-maker, ...): "the fly-half
	// said" had given no record at all.
	{"hyphenated positions are roles", `Rugby.

Tom Kell scored twice. "It is a dream," the fly-half said.`,
		[]expect{
			{"It is a dream,", TypeDirect, "Tom Kell", "fly-half", KindPerson},
		}},
	// L372. A closing cue after a clause whose subject has already
	// reported ("Ann Kell said the ferry would stop, aides said") reports
	// the whole clause, hers included (since L474: PolNeAR annotates the
	// outer report of a report and never both; this case had kept her
	// report hers); and a relation's "to" or "at" before a hearer or a
	// place ("said Ann Kell's son at the funeral") is no part of the
	// speaker's phrase: the quote had been lost.
	{"a closing cue reports a clause that reported; a relation's place is no part of the speaker", `Ferry.

Ann Kell said the ferry would stop, aides said.

"It is over," said Ann Kell's son at the funeral.`,
		[]expect{
			{"Ann Kell said the ferry would stop", TypeIndirect, "", "aides", KindGroup},
			{"It is over,", TypeDirect, "Ann Kell", "", KindPerson},
		}},
	// L373. After an inverted cue, a name's possessive and a relation
	// noun set off before a name (`said Hale's rival, Tom Price.`) give
	// the one named after the comma, with the phrase as role: the speaker
	// had been Hale.
	{"a possessive relation before a name after the cue", `Ferry.

"It is a tough market," said Hale's rival, Tom Price.`,
		[]expect{
			{"It is a tough market,", TypeDirect, "Tom Price", "Hale's rival", KindPerson},
		}},
	// L374. A description that restates the role a person was given and
	// adds what the role is of ("the 58-year-old singer of Harbour
	// Lights") is that person: the "of" made it a titled office ("the
	// Archbishop of Canterbury"), someone else, and the report had no
	// speaker.
	{"a description restating a role with what it is of", `Festival.

Mara Quist will curate the festival, which opens in June. "I want every kind of music," she said.

The 58-year-old singer of Harbour Lights told reporters that the line-up was complete.`,
		[]expect{
			{"I want every kind of music,", TypeDirect, "Mara Quist", "58-year-old singer", KindPerson},
			{"the line-up was complete", TypeIndirect, "Mara Quist", "58-year-old singer", KindPerson},
		}},
	// L375. "maker" before a firm's name says what kind of firm it is
	// ("US software maker Velora"), as "carmaker" and "manufacturer" do:
	// the firm got no role.
	{"a maker before a firm's name is its role", `Velora.

US software maker Velora said its profits fell.`,
		[]expect{
			{"its profits fell", TypeIndirect, "Velora", "US software maker", KindOrganization},
		}},
	// L376. A "then" after a comma coordinates the cue with the verb
	// before, as "and" does ("offered him a job, then said she would
	// ..."): read as an inverted cue ("said she"), the report had lost
	// its subject and its speaker.
	{"a cue coordinated by a comma and then", `Jobs.

Ann Kell offered the man a job, then said she would welcome advice from anyone.`,
		[]expect{
			{"she would welcome advice from anyone", TypeIndirect, "Ann Kell", "", KindPerson},
		}},
	// L377. An appositive that ends in a quoted title with the comma
	// outside the marks (British style: `Tom Kell, presenter of 'Night
	// Shift', said`) sets off its subject as the comma inside does
	// (`"Night Shift,"`): the report had no frame at all.
	{"an appositive ending in a quoted title, comma outside", `Radio.

Tom Kell, presenter of 'Night Shift', said the programme would end in May.`,
		[]expect{
			{"the programme would end in May", TypeIndirect, "Tom Kell", "presenter", KindPerson},
		}},
	// L378. A cue word in -s that is also a plural noun ("claims",
	// "reports") is the noun when a verb follows it ("Jobless claims
	// rose by 12,000", "Benefit claims have fallen", "Unconfirmed
	// reports say"): the word before had been taken for a speaker
	// ("Jobless") and the report's own source lost.
	{"a plural cue noun before its verb", `Claims.

Jobless claims rose by 12,000 last week, according to the Labour Department.

Benefit claims have fallen to their lowest level since 2008, the minister said.`,
		[]expect{
			{"Jobless claims rose by 12,000 last week", TypeIndirect, "Labour Department", "", KindOrganization},
			{"Benefit claims have fallen to their lowest level since 2008", TypeIndirect, "", "minister", KindPerson},
		}},
	// L379. A people's name used as a noun ("the Serb", "the Kazakh",
	// "the New Zealander") is a description of the person, as "the
	// Scot" and "the Swede" were: it had been the speaker's name
	// ("Serb", kind unknown).
	{"a nationality noun describes the one named before", `Tennis.

Novak Petrich won in straight sets. "I felt good," the Serb said.

Aslan Bekov lost in five. "I am tired," the 24-year-old Kazakh said.`,
		[]expect{
			{"I felt good,", TypeDirect, "Novak Petrich", "", KindPerson},
			{"I am tired,", TypeDirect, "Aslan Bekov", "", KindPerson},
		}},
	// L380. Reporting verbs no list had: "signalled" (a stance, as
	// "hinted" is), "affirmed", "bragged", "confided", "grumbled"; and
	// "signals" after a determiner and a noun is the noun ("The traffic
	// signals failed"), as is a plural cue noun before a past tense and a
	// preposition ("Traffic signals failed at the junction, the council
	// said": "Traffic" had been a speaker).
	{"more reporting verbs, and signals as a noun", `Rates.

The Bank of Harlow signalled that interest rates would stay on hold.

Ann Kell bragged that her team was the best in the league.

Traffic signals failed at the junction, the council said.`,
		[]expect{
			{"interest rates would stay on hold", TypeIndirect, "Bank of Harlow", "", KindOrganization},
			{"her team was the best in the league", TypeIndirect, "Ann Kell", "", KindPerson},
			{"Traffic signals failed at the junction", TypeIndirect, "", "", ""},
		}},
	// L381. After an unnamed speaker's report, a person named inside
	// the words reported is spoken of, no new subject: the next "he" or
	// "she" of a cue is still the unnamed speaker ("The coach said Tom
	// Brack was fit. He added …"). It had been Tom Brack. A question's
	// answer stays the one asked's.
	{"a name inside an unnamed speaker's report is no antecedent", `Fitness.

The coach said Tom Brack was fit. He added that the team was ready.

A voter asked whether Ann Kell would run again. "I might," she replied.`,
		[]expect{
			{"Tom Brack was fit", TypeIndirect, "", "coach", KindPerson},
			{"the team was ready", TypeIndirect, "", "coach", KindPerson},
			{"whether Ann Kell would run again", TypeIndirect, "", "voter", KindPerson},
			{"I might,", TypeDirect, "Ann Kell", "", KindPerson},
		}},
	// L382. A person named as the object of a gerund in a phrase that
	// opens the sentence ("After meeting Ms Kell on Monday, the minister
	// said") is whom the subject met, no one the subject's description
	// names, as a preposition's object is not: the minister had been
	// Kell.
	{"a fronted gerund's object is not the description's referent", `Talks.

After meeting Ms Kell on Monday, the minister said the talks had gone well.`,
		[]expect{
			{"the talks had gone well", TypeIndirect, "", "minister", KindPerson},
		}},
	// L383. A description after the comma that closes a fronted phrase
	// ending in a name ("In a meeting with Keir Stanton, the party leader
	// said") is the subject of the verb after it, no apposition of the
	// name: Stanton had been given the role and the report.
	{"a description after a fronted phrase's name is the subject", `Talks.

In a meeting with Keir Stanton, the party leader said the plan was flawed.`,
		[]expect{
			{"the plan was flawed", TypeIndirect, "", "party leader", KindPerson},
		}},
	// L384. "boss" is the word sport and business copy use for a
	// manager, a coach or a chief executive (title-synonyms), and an
	// owner's possessive is the owner's word ("the Harrow chief
	// executive" is "Harrow's chief executive"): a description with
	// them finds the one whose whole title it names, not the last
	// person named.
	{"a boss and a possessive owner find the title's holder", `Derby.

Chelsea manager Enzo Marco said the squad was tired. Arsenal boss Mikel Artur disagreed. "He is my number one," the Chelsea boss said.

Harrow's chief executive, Olivia Grant, said sales rose. Keld's chief executive, Tom Birch, said sales fell. "We are ahead," the Harrow chief executive said.`,
		[]expect{
			{"the squad was tired", TypeIndirect, "Enzo Marco", "Chelsea manager", KindPerson},
			{"He is my number one,", TypeDirect, "Enzo Marco", "Chelsea manager", KindPerson},
			{"sales rose", TypeIndirect, "Olivia Grant", "Harrow's chief executive", KindPerson},
			{"sales fell", TypeIndirect, "Tom Birch", "Keld's chief executive", KindPerson},
			{"We are ahead,", TypeDirect, "Olivia Grant", "Harrow's chief executive", KindPerson},
		}},
	// L385. Plurals of people that no list had are groups (Firefighters,
	// Rescuers, Midwives: they had been named people), and more role
	// heads ("Promoter Lisa Grant", "Venture capitalist Ann Reed": the
	// word had been part of the name, or no role); a plural group noun
	// before names is no organisation's kind ("trails rivals Tom Hale
	// and Ann Cole": Hale had become an organisation with the role
	// "rivals").
	{"people's plurals are groups, and rivals before names are people", `Race.

Firefighters said the blaze was under control.

Promoter Lisa Grant said 20,000 tickets had been sold.

Sam Ortiz trails rivals Tom Hale and Ann Cole in the polls. "It is close," Hale said.`,
		[]expect{
			{"the blaze was under control", TypeIndirect, "", "Firefighters", KindGroup},
			{"20,000 tickets had been sold", TypeIndirect, "Lisa Grant", "Promoter", KindPerson},
			{"It is close,", TypeDirect, "Tom Hale", "", KindPerson},
		}},
	// L386. A tell verb's hearer may say where it is, after "in" or
	// "at" ("told a rally in Ohio the election had been stolen", "told
	// the jury at Harlow Crown Court she had seen the car"): the place
	// ends the hearer before the report's subject, which had begun at
	// the hearer.
	{"a hearer with its place before the report", `Trial.

Tom Kell told a rally in Ohio the election had been stolen.

Ann Reddy told the jury at Harlow Crown Court she had seen the car.`,
		[]expect{
			{"the election had been stolen", TypeIndirect, "Tom Kell", "", KindPerson},
			{"she had seen the car", TypeIndirect, "Ann Reddy", "", KindPerson},
		}},
	// L387. A tell verb's noun phrase followed by a verb in the past
	// and its object is the report's subject, no hearer ("The fund
	// warned Britain faced the slowest growth", "warned the government
	// faced famine"): the report had lost its subject. A participle
	// that modifies a hearer goes on with a preposition ("told reporters
	// gathered outside the court that").
	{"a past verb after a tell verb's phrase makes it the subject", `Growth.

The Harlow Fund warned Britain faced the slowest growth in Europe.

Tom Kell told reporters gathered outside the court that he was innocent.`,
		[]expect{
			{"Britain faced the slowest growth in Europe", TypeIndirect, "Harlow Fund", "", KindOrganization},
			{"he was innocent", TypeIndirect, "Tom Kell", "", KindPerson},
		}},
	// L388. The report of a cue inside brackets ends at the bracket that
	// closes them ("Mr Li (who says he is innocent) told the court that
	// he had been at home": the aside's report had run over the bracket
	// and the cue after it, and the court's was lost); a report that
	// starts at the bracket goes on past it ("(…, Ann Kell said) hurt
	// her husband").
	{"a cue inside brackets reports up to the bracket", `Trial.

Mr Li (who says he is innocent) told the court that he had been at home.`,
		[]expect{
			{"he is innocent", TypeIndirect, "Li", "", KindPerson},
			{"he had been at home", TypeIndirect, "Li", "", KindPerson},
		}},
	// L389. A one-word name the lexicon does not know that opens its
	// sentence as a cue's subject, before a sentence that opens with
	// "The" and a noun for a firm ("Northgate said profits rose. The
	// retailer said ..."), is the firm, as a verb's object already made
	// one ("HSBC cut 300 jobs. The bank said"): the retailer had no
	// name. A public body after it ("The government said") makes none.
	{"a cue's one-word subject before a firm's description is the firm", `Retail.

Northgate said profits rose. The retailer said sales were strong.`,
		[]expect{
			{"profits rose", TypeIndirect, "Northgate", "", KindOrganization},
			{"sales were strong", TypeIndirect, "Northgate", "", KindOrganization},
		}},
	// L398. A label verb that opens an aside naming the thing before its
	// comma ("The product, called Learnly Tutor, is free for schools")
	// gives a name, no cue: the name had been a speaker whose report was
	// the whole sentence.
	{"a naming aside is no inverted cue", `Schools.

The product, called Learnly Tutor, is free for schools.`,
		[]expect{}},
	// L390. A participle phrase after a document that names no maker
	// says where the document was filed or who has seen it ("court
	// papers filed in Leeds", "documents reviewed by the Daily Ledger",
	// "a company memo seen by the Courier"): the place and the outlet are
	// no source; the document is, unnamed, as "according to court papers"
	// alone gives it. The capitalised word of the phrase had been the
	// speaker.
	{"a document's holder or place is not its source", `Harlow Mills.

Harlow Mills hid losses for three years, according to court papers filed in Leeds.

The firm also plans to close two plants, according to documents reviewed by the Daily Ledger.

According to a company memo seen by the Courier, the chairman knew of the losses.`,
		[]expect{
			{"Harlow Mills hid losses for three years", TypeIndirect, "", "", ""},
			{"The firm also plans to close two plants", TypeIndirect, "", "", ""},
			{"the chairman knew of the losses", TypeIndirect, "", "", ""},
		}},
	// L391. A medium after "on" that carries a document is no speaker
	// ("released a statement on Facebook saying", "shared a statement on
	// Instagram saying"): who put the document out says what it says, as
	// for "released a statement saying"; "shared" is a verb of putting a
	// document out. The medium had been the speaker.
	{"a document on a medium is its issuer's", `Road closed.

Police released a statement on Facebook saying the bridge would stay shut until Friday.

The singer Mara Quist shared a statement on Instagram saying she was taking a break from touring.`,
		[]expect{
			{"the bridge would stay shut until Friday", TypeIndirect, "Police", "", KindOrganization},
			{"she was taking a break from touring", TypeIndirect, "Mara Quist", "singer", KindPerson},
		}},
	// L392. A relative clause set off by commas after the source of an
	// opening "according to" ("According to the survey, which polled
	// 2,000 adults, most people …") says what the source is: the report
	// is the clause after it. The report had begun with "which polled".
	{"a relative clause after an according-to source", `Ferries.

According to the survey, which polled 2,000 adults, most people back the new ferry timetable.`,
		[]expect{
			{"most people back the new ferry timetable", TypeIndirect, "", "", KindOrganization},
		}},
	// L393. A message put out by a verb of making or sending ("posted a
	// message saying", "fired back a reply saying"; lexicon/message-nouns)
	// is its sender's, as a document is ("sent a letter saying"), also
	// with the medium after it ("a message on Twitter"): "a message" or
	// the medium had been the speaker.
	{"a message put out is its sender's", `Tour off.

The Harbour Lights posted a message on Twitter saying the autumn tour was off.

Ann Kell fired back a reply saying she would not resign.`,
		[]expect{
			{"the autumn tour was off", TypeIndirect, "Harbour Lights", "", ""},
			{"she would not resign", TypeIndirect, "Ann Kell", "", KindPerson},
		}},
	// L394. A document after "a" with "on" and a medium or a topic after
	// it ("A statement on Facebook said", "A report on Tom Vey said") is
	// an unnamed source: the medium, or the one it is about, is no maker.
	// The capitalised words had been the speaker's name.
	{"an indefinite document on a medium is unnamed", `Bridge.

A statement on Facebook said the bridge would reopen on Monday.

A report on Tom Vey said his firm had broken no rules.`,
		[]expect{
			{"the bridge would reopen on Monday", TypeIndirect, "", "", ""},
			{"his firm had broken no rules", TypeIndirect, "", "", ""},
		}},
	// L395. The participle phrase of a document's holder may follow a
	// phrase that a preposition opens after the document ("a letter from
	// Ann Kell seen by the Courier", "a report into the flood seen by the
	// Ledger"): the one the letter is from is the source, the report is
	// one unnamed; the outlet that saw it had been the speaker, or part
	// of its name ("Ann Kell seen by the Courier").
	{"a document's holder after a phrase of the document", `Bills.

Harlow Water will raise bills by a fifth, according to a letter from Ann Kell seen by the Courier.

The plant will close in June, according to a report into the flood seen by the Ledger.`,
		[]expect{
			{"Harlow Water will raise bills by a fifth", TypeIndirect, "Ann Kell", "", KindPerson},
			{"The plant will close in June", TypeIndirect, "", "", ""},
		}},
	// L396. The medium after "on", "via" or "through" may be read alone
	// as the subject of a participle cue when what was put out is no
	// document noun ("Police issued an appeal on Twitter saying", "Harlow
	// Council published a notice on its website saying"): the object
	// before the medium is what a verb of making or sending put out, and
	// the verb's subject speaks. "Twitter" and "its website" had been the
	// speakers.
	{"a medium read alone after what was put out", `Appeal.

Police issued an appeal on Twitter saying the missing boy had been found safe.

Harlow Council published a notice on its website saying the market road would close.`,
		[]expect{
			{"the missing boy had been found safe", TypeIndirect, "Police", "", KindOrganization},
			{"the market road would close", TypeIndirect, "Harlow Council", "", KindOrganization},
		}},
	// L397. The participle phrase of a document's holder or setting may
	// be set off by a comma after an "according to" source ("according
	// to an internal memo, seen by the Ledger", "According to the survey,
	// conducted in May, most …"): it is part of the source's phrase. It
	// had been read into the report ("seen by the Ledger, the firm …",
	// or the whole sentence with the source in it).
	{"a document's participle phrase set off by a comma", `Jobs.

The firm will cut 300 jobs, according to an internal memo, seen by the Ledger.

According to the survey, conducted in May, most people back the new ferry timetable.`,
		[]expect{
			{"The firm will cut 300 jobs", TypeIndirect, "", "", ""},
			{"most people back the new ferry timetable", TypeIndirect, "", "", ""},
		}},
	// L399. Between commas in a clause, "according to X" reports the
	// clause when a past that is no participle goes on it, preposition
	// and all ("Prices, according to the Harlow Statistics Office, rose
	// by 3%": read as a participle's phrase, the report was lost); and
	// the parenthetical is no appositive that makes the word before it
	// an organisation ("Sales, according to the firm, fell": the firm
	// had been "Sales").
	{"a parenthetical according to before a past and its preposition", `Prices.

Prices, according to the Harlow Statistics Office, rose by 3% in May.

Harlow Foods cut jobs. Sales, according to the firm, fell 5% last year.`,
		[]expect{
			{"Prices", TypeIndirect, "Harlow Statistics Office", "", KindOrganization},
			{"rose by 3% in May", TypeIndirect, "Harlow Statistics Office", "", KindOrganization},
			{"Sales", TypeIndirect, "Harlow Foods", "", KindOrganization},
			{"fell 5% last year", TypeIndirect, "Harlow Foods", "", KindOrganization},
		}},
	// L408. A title in capitals before a hyphenated given name is the
	// title ("CEO Jen-Hsun Wong", "CEO Ann-Marie Reddy"), as before a
	// given name the lists know ("PC Jane Moody"; "PC World" is a shop):
	// the title had been part of the name.
	{"a caps title before a hyphenated given name", `Chips.

CEO Jen-Hsun Wong said sales rose. CEO Ann-Marie Reddy said costs fell.`,
		[]expect{
			{"sales rose", TypeIndirect, "Jen-Hsun Wong", "CEO", KindPerson},
			{"costs fell", TypeIndirect, "Ann-Marie Reddy", "CEO", KindPerson},
		}},
	// L409. A relation noun with "of" and a possessive pronoun or a
	// length of time after it ("A friend of mine said", "Her husband of
	// 40 years said") heads the subject, as "Her husband said" does: the
	// phrase after "of" names no one, and the report had been lost.
	{"a relation of mine or of 40 years speaks", `Tribute.

Her husband of 40 years said she had died peacefully. A friend of mine said the town had changed.`,
		[]expect{
			{"she had died peacefully", TypeIndirect, "", "", KindPerson},
			{"the town had changed", TypeIndirect, "", "", KindPerson},
		}},
	// L400. A quotation with no cue, a sentence of its own right after a
	// sentence of narration in its paragraph whose subject is a person (a
	// name, "he" or "she", a description, after a fronted phrase too), is
	// that person's direct quote: feature copy names the speaker in the
	// sentence before and lets the quote stand. It had no record.
	{"a cue-less quote after a sentence whose subject is a person", `Bakery.

Osric Tamm founded Tamm Loaves in 1998. Tamm is less sure about a sale. "We are in no hurry to sell the bakery."

Lina Pardo runs the stall with her father. After a long pause, she laughs. "Dad, that was forty years ago."`,
		[]expect{
			{"We are in no hurry to sell the bakery.", TypeDirect, "Osric Tamm", "", KindPerson},
			{"Dad, that was forty years ago.", TypeDirect, "Lina Pardo", "", KindPerson},
		}},
	// L401. A quotation with no cue, a sentence of its own, followed in
	// its paragraph by a sentence that names its source ("That is the
	// verdict of X", "Those are the words of X", "So says X") is X's
	// direct quote. It had no record.
	{"a cue-less quote whose source the next sentence names", `Depot.

"It is the hardest job I have ever done." That is the verdict of Wren Asher, who drives the night bus.

"Nobody thanks you for an early train." So says Colm Ferry, who has worked on the line since 2004.`,
		[]expect{
			{"It is the hardest job I have ever done.", TypeDirect, "Wren Asher", "", KindPerson},
			{"Nobody thanks you for an early train.", TypeDirect, "Colm Ferry", "", KindPerson},
		}},
	// L403. The subject of the sentence before a cue-less quotation (L400)
	// may follow an opening adverb ("Then Pell smiles.") or be a person
	// described by their age ("The 61-year-old is more cautious."): the
	// quotes had no record.
	{"a narrated subject after an adverb, or described by age", `Ferries.

Ivo Pell, 61, has run the ferry for thirty years. The 61-year-old is more cautious than his sons. "Boats do not get cheaper."

Then Pell smiles. "Ask me again in the spring."`,
		[]expect{
			{"Boats do not get cheaper.", TypeDirect, "Ivo Pell", "", KindPerson},
			{"Ask me again in the spring.", TypeDirect, "Ivo Pell", "", KindPerson},
		}},
	// L404. The narrated subject before a cue-less quotation (L400) may
	// be a description with an appositive: the name set off after it is
	// the speaker ("Her agent, Rob Tench, is more guarded."), an age after
	// a role is skipped ("The singer, 32, is unrepentant."); and a
	// sentence that opens "For <name>," gives that person's view ("For
	// Pryor, the choice was easy."). The quotes had no record.
	{"a narrated subject set off by an appositive, or after For", `Comeback.

Ada Pryor, the singer, has a new album out. The singer, 32, is unrepentant. "I made the record I wanted to make."

Her agent, Rob Tench, is more guarded. "We will see how it sells."

For Pryor, the choice was easy. "Nobody else was going to write these songs."`,
		[]expect{
			{"I made the record I wanted to make.", TypeDirect, "Ada Pryor", "singer", KindPerson},
			{"We will see how it sells.", TypeDirect, "Rob Tench", "agent", KindPerson},
			{"Nobody else was going to write these songs.", TypeDirect, "Ada Pryor", "singer", KindPerson},
		}},
	// L405. After a speaker's quote, a sentence of narration whose verb
	// is also a cue word ("Hale laughed.") stops the next quotation from
	// being another segment of the first (a cue stands between them), and
	// no rule took it: it was lost. The narrated subject (L400) gives it
	// to its speaker.
	{"a quote after a narration sentence with a cue word, same speaker", `Season.

"It was a long season," said Tom Hale. Hale laughed. "It was worth every minute."`,
		[]expect{
			{"It was a long season,", TypeDirect, "Tom Hale", "", KindPerson},
			{"It was worth every minute.", TypeDirect, "Tom Hale", "", KindPerson},
		}},
	// L406. "Such is the verdict of X" after a cue-less quotation names
	// its source as "That is the verdict of X" does (L401): the quote had
	// no record.
	{"a cue-less quote whose source such-is-the-verdict names", `Trains.

"Nobody thanks you for a train that runs on time." Such is the verdict of Nell Orme.`,
		[]expect{
			{"Nobody thanks you for a train that runs on time.", TypeDirect, "Nell Orme", "", KindPerson},
		}},
	// L407. A paragraph that is only a cue-less quotation in double
	// marks, below a paragraph of narration alone whose last sentence has
	// a person as subject, is that person's direct quote (L400 across the
	// paragraph break): "He pauses." then "…". A paragraph in single
	// marks is not (American papers print subheadings so). The quote had
	// no record.
	{"a cue-less quote paragraph below a narrated subject", `Ferries.

Ivo Pell runs the last ferry on the estuary. He pauses.

"Nobody young wants this job any more, and I cannot blame them."

The ferry makes nine crossings a day.`,
		[]expect{
			{"Nobody young wants this job any more, and I cannot blame them.", TypeDirect, "Ivo Pell", "", KindPerson},
		}},
	// L402. A cue-less quotation right after a question the narration
	// puts about a person (a question word and an auxiliary before a name
	// or "he"/"she" and its verb: "So what does Orme make of the bid?")
	// is that person's answer, a direct quote. It had no record. A
	// question about no person ("Why did the bid fail?") gives none.
	{"a cue-less quote answering a question about a person", `Bid.

Nell Orme built the firm from a garage. So what does Orme make of the bid? "It is an insult to everyone who works here."

Why did the bid fail? "Greed, mostly."`,
		[]expect{
			{"It is an insult to everyone who works here.", TypeDirect, "Nell Orme", "", KindPerson},
		}},
	// L410. A description that opens its unit, a determiner and a role
	// modifier before a noun no list knows and its verb ("The Romanian
	// hacker pleaded guilty on Wednesday, admitting that ..."), is the
	// participle's subject whole, a person with the phrase as role: cut
	// at the modifier it had been "The Romanian", kind unknown, and the
	// report was lost.
	{"a modifier and an unknown noun open the participle's subject", `Hacker.

The Romanian hacker pleaded guilty on Wednesday, admitting that he was responsible for the attacks.`,
		[]expect{
			{"he was responsible for the attacks", TypeIndirect, "", "Romanian hacker", KindPerson},
		}},
	// L411. A quote paragraph right after a paragraph of narration alone
	// gives its "he" or "she" to the person of that gender the narration
	// introduced as a sentence's subject, set off after the description
	// that opens it too ("Their daughter, Emma Dale, 23, keeps the
	// accounts."), not to the last speaker named before; a person named
	// in the pronoun's own sentence is no candidate ("he told Rubio").
	// The quote had been the mother's.
	{"a pronoun after a narration paragraph that introduces someone", `Bakery.

Jane Dale runs the bakery. Mrs Dale said the business now employed 14 people.

"We started with two ovens," she said.

Their daughter, Emma Dale, 23, keeps the accounts.

"Mum hates it when I post videos of her," she said.`,
		[]expect{
			{"the business now employed 14 people", TypeIndirect, "Jane Dale", "", KindPerson},
			{"We started with two ovens,", TypeDirect, "Jane Dale", "", KindPerson},
			{"Mum hates it when I post videos of her,", TypeDirect, "Emma Dale", "", KindPerson},
		}},
	// L412. A one-word name set off before an appositive whose head, a
	// noun for an organisation, has a participle, a relative or a
	// preposition after it ("Unite, the union representing cabin crew,
	// said", "Kestrel, the union for cabin crew, said") is an
	// organisation, as one whose appositive ends in that noun is
	// ("Norvik, a rival retailer,"): it had been a person.
	{"an appositive headed by an organisation noun and its modifier", `Strike.

Kestrel, the union representing cabin crew, said the strike would go ahead.`,
		[]expect{
			{"the strike would go ahead", TypeIndirect, "Kestrel", "union representing cabin crew", KindOrganization},
		}},
	// L413. An office no one the article names holds is no one's: a
	// bare office after a person whose stated role has no word for it
	// ("Paul Jones, director of the Fiscal Institute, said ... the
	// chancellor said") and an office with a department the person's
	// role lacks ("Mick Whelan, general secretary of the drivers' union,
	// ... The health secretary said") had both been the person named
	// last (DESIGN: a role noun resolves to whoever holds that whole
	// title).
	{"an office no one named holds", `Budget.

Paul Jones, director of the Fiscal Institute, said taxes would rise. Income tax thresholds will be frozen, the chancellor said.

Mick Whelan, general secretary of the drivers' union, said the strike would go ahead. The health secretary said the strike was unjustified.`,
		[]expect{
			{"taxes would rise", TypeIndirect, "Paul Jones", "director of the Fiscal Institute", KindPerson},
			{"Income tax thresholds will be frozen", TypeIndirect, "", "chancellor", KindPerson},
			{"the strike would go ahead", TypeIndirect, "Mick Whelan", "general secretary of the drivers' union", KindPerson},
			{"the strike was unjustified", TypeIndirect, "", "health secretary", KindPerson},
		}},
	// L414. In an organisation's name, "for" after a capitalised word
	// links its words as "of" does, "and" included ("The Department for
	// Work and Pensions said", "the Organisation for Economic Growth and
	// Trade"): the name had been cut at "and" ("Pensions", a person).
	{"and inside a name after for", `Benefits.

The Department for Work and Pensions said the rules would change. A Department for Work and Pensions spokesperson said more help would follow.`,
		[]expect{
			{"the rules would change", TypeIndirect, "Department for Work and Pensions", "", KindOrganization},
			{"more help would follow", TypeIndirect, "", "Department for Work and Pensions spokesperson", KindPerson},
		}},
	// L415. A line that opens with a bullet ("- ", "* ", "• ") is an
	// item of its own, full stop or not: a live blog's key points had run
	// together, the first report taking in the next item and its speaker.
	{"bullet lines are items of their own", "Key points\n\nKey points:\n- The minister said the policy would be reviewed\n- Labour said the U-turn was \"humiliating\"\n• Tom Kell said the plan was dead",
		[]expect{
			{"the policy would be reviewed", TypeIndirect, "", "minister", KindPerson},
			{"the U-turn was \"humiliating\"", TypeMixed, "Labour", "", ""},
			{"the plan was dead", TypeIndirect, "Tom Kell", "", KindPerson},
		}},
	// L416. "findings" and "research" are documents, whose maker speaks
	// ("Harlow Institute research shows": the institute, not an
	// organisation "Harlow Institute research"; a sentence's opening
	// "Research shows" names no body), and
	// a document's maker named by "by" right after its participle
	// speaks for it before the cue ("a poll conducted by the Harlow
	// Institute found ...", as "a poll by the Harlow Institute found"):
	// the report had had no source or the wrong one.
	{"findings and research are documents, their maker speaks", `Research.

In 2013, a poll conducted by the Harlow Institute found voters were angry. Harlow Institute research shows that turnout will fall.`,
		[]expect{
			{"voters were angry", TypeIndirect, "Harlow Institute", "", KindOrganization},
			{"turnout will fall", TypeIndirect, "Harlow Institute", "", KindOrganization},
		}},
	// L417. A title before a name stays the role when an appositive
	// after it says only where the person works ("Lead author Dr Ann
	// Cole, of the University of Leeds, said"): the affiliation had
	// replaced the title; alone it is the role ("Tom Fry, of Bath
	// University,").
	{"a title before the name over an affiliation after it", `Study.

Lead author Dr Ann Cole, of the University of Leeds, said the results were clear. Tom Fry, of Bath University, said more work was needed.`,
		[]expect{
			{"the results were clear", TypeIndirect, "Ann Cole", "Lead author", KindPerson},
			{"more work was needed", TypeIndirect, "Tom Fry", "Bath University", KindPerson},
		}},
	// L442. A cue-less quotation after a sentence of narration is the
	// subject's only when it does not speak of the subject in the third
	// person (`Tom Vey was jailed. "He ruined our lives."`: a victim's
	// words about him; `The minister is under pressure. "... she must
	// go."`), when the sentence does not tell of the subject's death, and,
	// after a question, when the question asks what the subject thinks
	// ("What does Osei make of it?") or the quotation speaks in the first
	// person ("Why did Tom Hale resign?" then "Nobody really knows." is the
	// writer's): all of these had gone to the subject.
	{"a narrated quotation that speaks of its subject is not the subject's", `Verdict.

Tom Vey was jailed for six years on Friday. "He ruined our lives and showed no remorse."

The minister is under growing pressure to resign. "This is a disgrace and she must go."

Ann Dale is less sure. "We have waited long enough."

Sam Orr died in 2019. "It was a shock to everyone."

Why did Tom Hale resign so suddenly? "Nobody really knows."

What does Ben Osei make of it? "It is a mess."`,
		[]expect{
			{"We have waited long enough.", TypeDirect, "Ann Dale", "", KindPerson},
			{"It is a mess.", TypeDirect, "Ben Osei", "", KindPerson},
		}},
	// L443. A paragraph that is a quotation alone, its full stop outside
	// the marks (British style), after a paragraph of narration alone, is
	// the narrated subject's as it is with the stop inside: it had been
	// dropped.
	{"a quotation paragraph with its stop outside the marks after narration", `Harbour.

Karim Osei is less sure.

"We are in no hurry".`,
		[]expect{{"We are in no hurry", TypeDirect, "Karim Osei", "", KindPerson}}},
	// L444. An "-ed" word after a tell verb's hearer, before a plain noun
	// and an auxiliary, modifies that noun, the report's subject ("told
	// residents damaged cars would be towed away"): the report had begun
	// at "residents", read as the subject of "damaged" ("warned Britain
	// faced ..." stays as it was).
	{"an -ed word before a noun and an auxiliary after the hearer is no verb", `Storm.

Harlow Council told residents damaged cars would be towed away. The minister warned Britain faced a long recession.`,
		[]expect{
			{"damaged cars would be towed away", TypeIndirect, "Harlow Council", "", KindOrganization},
			{"Britain faced a long recession", TypeIndirect, "", "minister", KindPerson},
		}},
	// L445. A naming aside between a subject and its cue gives the
	// subject its name ("The new firm, called Velora, said", "known as",
	// "dubbed Parents for Hale" with a title's small words): the report
	// had been lost, or "dubbed" read as its cue.
	{"a naming aside between the subject and its cue names the subject", `Jobs.

The new firm, called Velora, said it would hire 50 people. A second firm, known as Harlow Ales, said it would close. The new group, dubbed Parents for Hale, said it would campaign.`,
		[]expect{
			{"it would hire 50 people", TypeIndirect, "Velora", "", KindOrganization},
			{"it would close", TypeIndirect, "Harlow Ales", "", KindOrganization},
			{"it would campaign", TypeIndirect, "Parents for Hale", "", KindOrganization},
		}},
	// L446. A name read as a person's, with no first name, honorific or
	// role, before ", which" and a speech cue is a body ("The firm trails
	// rivals Velora, which said ..."): the report had been lost since a
	// plural group noun before a name ("rivals") stopped making it an
	// organisation; after "in" or "at" such a name is a place.
	{"a name before a comma and which with a cue is a body", `Prices.

The firm trails rivals Velora, which said it would cut prices. Shoppers also like Norvik, which said on Monday that it would open ten stores.`,
		[]expect{
			{"it would cut prices", TypeIndirect, "Velora", "", KindOrganization},
			{"it would open ten stores", TypeIndirect, "Norvik", "", KindOrganization},
		}},
	// L447. A place after an unnamed group's or person's affiliation
	// ("Researchers at Monash University in Melbourne said", "Economists
	// at Deutsche Bank in London said") says where they work: the role
	// runs on over it, and the place is no speaker (it had been, or the
	// role had lost its affiliation).
	{"a place after an affiliation stays in the group's role", `Study.

Researchers at Monash University in Melbourne said the drug worked in mice. Economists at Deutsche Bank in London said the slowdown would last.`,
		[]expect{
			{"the drug worked in mice", TypeIndirect, "", "Researchers at Monash University in Melbourne", KindGroup},
			{"the slowdown would last", TypeIndirect, "", "Economists at Deutsche Bank in London", KindGroup},
		}},
	// L418. A titled office ("the chief executive of Norvik", "the
	// Bishop of Leeds") restates the role of a person named before only
	// when what it is of is the body her role already names ("chief
	// executive of Harlow Foods"): a bare "the chief executive" or "the
	// bishop" may hold that office anywhere, and the report had gone to
	// the person named last. A maker's role ("the singer of Harbour
	// Lights", L374) still restates.
	{"a titled office restates a role only for the same body", `Results.

Ann Kell, the chief executive, opened the meeting. The chief executive of Norvik said profits fell.

Tom Reed, the bishop, led the service. The Bishop of Leeds said the church would stay open.

Sam Ould, chief executive of Harlow Foods, spoke next. The chief executive of Harlow Foods said costs rose.`,
		[]expect{
			{"profits fell", TypeIndirect, "", "chief executive of Norvik", KindPerson},
			{"the church would stay open", TypeIndirect, "", "Bishop of Leeds", KindPerson},
			{"costs rose", TypeIndirect, "Sam Ould", "chief executive of Harlow Foods", KindPerson},
		}},
	// L419. A relation noun in the plural with "of" and a length of time
	// or a possessive pronoun after it ("Her friends of 40 years said",
	// "Colleagues of 20 years said", the sentence's first word too)
	// heads the subject as the singular does (L409): the plural is the
	// group its bare form is ("Her friends said", "Colleagues said").
	// The report had been lost.
	{"a plural relation of 40 years speaks, at the sentence start too", `Tribute.

Her friends of 40 years said the club was her life.

Colleagues of 20 years said he was tireless.`,
		[]expect{
			{"the club was her life", TypeIndirect, "", "friends", KindGroup},
			{"he was tireless", TypeIndirect, "", "Colleagues", KindGroup},
		}},
	// L420. A family relation the person nouns lacked ("her
	// stepdaughter", "her sister-in-law", "his son-in-law", "her
	// fiancé") heads a description as "her sister" does, hyphens and
	// all: "Her sister-in-law said" had no report, and "His son-in-law,
	// Tom Hale," no role.
	{"a family relation with hyphens heads a description", `Tribute.

Her sister-in-law said she was kind.

His son-in-law, Tom Hale, said the house would be sold.

Her stepdaughter said the funeral was on Friday.`,
		[]expect{
			{"she was kind", TypeIndirect, "", "", KindPerson},
			{"the house would be sold", TypeIndirect, "Tom Hale", "son-in-law", KindPerson},
			{"the funeral was on Friday", TypeIndirect, "", "", KindPerson},
		}},
	// L421. A length of time in decades or centuries after a relation's
	// "of" names no one, as one in years does (L409, L419): "Her husband
	// of three decades said" had no report (no time word "decades"), and
	// "His neighbours of two decades said" is the group "neighbours" as
	// "His neighbours of 20 years said" is.
	{"a relation of three decades speaks", `Tribute.

Her husband of three decades said she had died peacefully.

His neighbours of two decades said he was kind.`,
		[]expect{
			{"she had died peacefully", TypeIndirect, "", "", KindPerson},
			{"he was kind", TypeIndirect, "", "neighbours", KindGroup},
		}},
	// L422. A relation noun in the plural before its link and a phrase
	// ("The widows of the miners said", "Cousins of the victim said",
	// the sentence's first word too) is the unnamed group the whole
	// phrase describes, as the singular is one person ("The widow of
	// the miner said"): the role had been "widows" alone, and a
	// capitalised "Cousins" opening the sentence a person's name.
	{"a plural relation of someone is a group with the whole phrase", `Inquiry.

The widows of the miners said the inquiry was too slow.

Cousins of the victim said they wanted answers.`,
		[]expect{
			{"the inquiry was too slow", TypeIndirect, "", "widows of the miners", KindGroup},
			{"they wanted answers", TypeIndirect, "", "Cousins of the victim", KindGroup},
		}},
	// L448. A name title and one word ("Sir Keir", "Lady Smith") is the
	// person the article named without the title: knights and dames by
	// their first name ("The Prime Minister, Keir Starmer," then "Sir
	// Keir"), peers by the surname of a name that opens with its own
	// title ("Baroness Jane Smith" then "Lady Smith"); each had been a
	// speaker of its own with no role.
	{"a title and a first name or a peer's surname is the person named before", `Plan.

The Prime Minister, Keir Starmer, said the plan was right.

Sir Keir added that he was confident.

Baroness Jane Smith said the bill was flawed.

Lady Smith said: "It will not work."`,
		[]expect{
			{"the plan was right", TypeIndirect, "Keir Starmer", "Prime Minister", KindPerson},
			{"he was confident", TypeIndirect, "Keir Starmer", "Prime Minister", KindPerson},
			{"the bill was flawed", TypeIndirect, "Baroness Jane Smith", "", KindPerson},
			{"It will not work.", TypeDirect, "Baroness Jane Smith", "", KindPerson},
		}},
	// L449. "The PM" is whoever holds the title prime minister
	// (lexicon/title-synonyms): it had gone to the last person named.
	{"the PM is the prime minister", `Plan.

Prime Minister Ann Hale said the plan was right.

Paul Smith, a local councillor, said it was fine.

The PM said: "It will work."`,
		[]expect{
			{"the plan was right", TypeIndirect, "Ann Hale", "Prime Minister", KindPerson},
			{"it was fine", TypeIndirect, "Paul Smith", "local councillor", KindPerson},
			{"It will work.", TypeDirect, "Ann Hale", "Prime Minister", KindPerson},
		}},
	// L450. A public body's description ("the government") in a lead is
	// no organisation of another kind named next ("The Royal College of
	// Nursing said"): the government's report had gone to the college,
	// and the college had taken the role "government". A name with a
	// public body's word ("the Department of Health") may still be it.
	{"the government is no college named after it", `Plan.

The government said it would publish the plan soon.

The Royal College of Nursing said the plan was "too little".`,
		[]expect{
			{"it would publish the plan soon", TypeIndirect, "", "", KindOrganization},
			{"the plan was \"too little\"", TypeMixed, "Royal College of Nursing", "", KindOrganization},
		}},
	// L451. A closing cue ("..., police said.") reports the whole clause
	// before it over a speech verb in that clause whose object is a noun
	// phrase, not a clause or a quotation ("Marcus Webb, 34, attacked the
	// victim with a knife, police said": crime copy; the police's report
	// had been lost, and "the victim with a knife" reported for Webb).
	{"a closing cue reports a clause whose speech verb has a noun object", `Crime.

Marcus Webb, 34, attacked the victim with a knife, police said. Jones threatened the clerk with a handgun and demanded cash, prosecutors said.`,
		[]expect{
			{"Marcus Webb, 34, attacked the victim with a knife", TypeIndirect, "", "police", KindGroup},
			{"Jones threatened the clerk with a handgun and demanded cash", TypeIndirect, "", "prosecutors", KindGroup},
		}},
	// L452. Wire copy's anonymity clause between a subject and its cue
	// ("A campaign aide who spoke on condition of anonymity because he
	// was not authorized to discuss strategy said"): a relative clause of
	// up to 20 tokens, whose infinitive ("to discuss") is no cue of its
	// own; the report had been lost, or gone to "the matter".
	{"a long anonymity clause between the subject and its cue", `Plan.

A campaign aide who spoke on condition of anonymity because he was not authorized to discuss strategy said Trump would attend. An aide who spoke on condition of anonymity because he was not authorized to discuss the matter said the rally would go ahead.`,
		[]expect{
			{"Trump would attend", TypeIndirect, "", "campaign aide", KindPerson},
			{"the rally would go ahead", TypeIndirect, "", "aide", KindPerson},
		}},
	// L453. An "according to" that opens its sentence has its report
	// after its comma, even when the report opens like a description
	// ("According to the ONS, the number of jobs fell."): the report had
	// been read as an appositive of the source (lost, or the ONS given
	// the role "number of people in work fell by 50,000 ...").
	{"an opening according to reports the clause after its comma", `Jobs.

According to the ONS, the number of jobs fell. According to the Harlow Institute, the number of people in work fell by 50,000 in the three months to August.`,
		[]expect{
			{"the number of jobs fell", TypeIndirect, "ONS", "", KindOrganization},
			{"the number of people in work fell by 50,000 in the three months to August", TypeIndirect, "Harlow Institute", "", KindOrganization},
		}},
	// L454. A group before "in", lower-case words and a place
	// ("Residents in rural Somerset say", "Farmers in north Wales said")
	// is the group, its role running over the place, as "Residents in
	// Somerset" is; the place had been the speaker. Shopkeepers and
	// householders are people's plurals (lexicon/group-nouns): a
	// sentence's opening "Shopkeepers" had been a person's name.
	{"a group in a place with modifiers is the group", `Cuts.

Residents in rural Somerset say cuts have left them cut off. Farmers in north Wales said the rain was welcome. Shopkeepers said trade had fallen.`,
		[]expect{
			{"cuts have left them cut off", TypeIndirect, "", "Residents in rural Somerset", KindGroup},
			{"the rain was welcome", TypeIndirect, "", "Farmers in north Wales", KindGroup},
			{"trade had fallen", TypeIndirect, "", "Shopkeepers", KindGroup},
		}},
	// L455. A title's fields joined by "and" are one title in lower case
	// too ("Shadow work and pensions secretary Helen Whately": the role
	// had been "pensions secretary"), and a list of fields before the
	// "and" is part of it ("Culture, Media and Sport Secretary Lisa
	// Nandy": had been "Media and Sport Secretary").
	{"a title's fields in lower case and in a list", `Benefits.

Shadow work and pensions secretary Helen Whately said the figures were bad. Culture, Media and Sport Secretary Lisa Nandy said it was good news.`,
		[]expect{
			{"the figures were bad", TypeIndirect, "Helen Whately", "Shadow work and pensions secretary", KindPerson},
			{"it was good news", TypeIndirect, "Lisa Nandy", "Culture, Media and Sport Secretary", KindPerson},
		}},
	// L456. Well-known firms whose names have no organisation word are
	// organisations (lexicon/known-orgs: Walmart, Tesla, Verizon, Tesco,
	// Ryanair ...): they had been people, whom "she" could stand for.
	{"well-known firms are organisations", `Retail.

"We take this seriously," Walmart said in a statement. Tesco said prices would fall. Ryanair said it would add routes.`,
		[]expect{
			{"We take this seriously,", TypeDirect, "Walmart", "", KindOrganization},
			{"prices would fall", TypeIndirect, "Tesco", "", KindOrganization},
			{"it would add routes", TypeIndirect, "Ryanair", "", KindOrganization},
		}},
	// L430. A phrase in "with" right after the head of an unnamed
	// source ("a person with knowledge of the deal", "people with
	// knowledge of the talks") describes it as "familiar with" does:
	// the report was lost, no noun phrase parsing before the cue. A
	// bare "person" before a phrase of place is a source too ("A person
	// at the club said"), as "A source at the club" was.
	{"a source described by a phrase in with", `Trade.

The deal is worth $40 million, a person with knowledge of the deal said. The winger will miss a month, two people with knowledge of the injury said.

A person at the club said the fee was fair.`,
		[]expect{
			{"The deal is worth $40 million", TypeIndirect, "", "", KindPerson},
			{"The winger will miss a month", TypeIndirect, "", "people", KindGroup},
			{"the fee was fair", TypeIndirect, "", "", KindPerson},
		}},
	// L431. A title in capitals before two capitalised words is the
	// role, though the lexicon knows no first name after it ("CEO
	// Ravindra Okonkwo", "Kestrel Systems CEO Tanvir Oyelaran"): the
	// title had been taken into the name, as "PC World" rightly is (one
	// word after the title, no first name).
	{"a title in capitals before a first name the lexicon lacks", `Kestrel.

CEO Ravindra Okonkwo said the company would invest more. Kestrel Systems CEO Tanvir Oyelaran told analysts the deal was done.`,
		[]expect{
			{"the company would invest more", TypeIndirect, "Ravindra Okonkwo", "CEO", KindPerson},
			{"the deal was done", TypeIndirect, "Tanvir Oyelaran", "Kestrel Systems CEO", KindPerson},
		}},
	// L432. "deadpanned", "cracked" and "wisecracked" attribute a
	// quotation, as "quipped" does: the quotes had no speaker. ("cracked
	// down on" a thing in quotation marks reports nothing.)
	{"a quip's verbs attribute a quotation", `Derby.

"I have seen faster horses at the beach," the trainer deadpanned. "He will need a longer race," Ann Cole cracked. "We ran out of hay," wisecracked Tom Kell.

The city cracked down on "pop-up" stalls.`,
		[]expect{
			{"I have seen faster horses at the beach,", TypeDirect, "", "trainer", KindPerson},
			{"He will need a longer race,", TypeDirect, "Ann Cole", "", KindPerson},
			{"We ran out of hay,", TypeDirect, "Tom Kell", "", KindPerson},
		}},
	// L433. "New" is a role's modifier ("the new manager"), and a
	// place's first word before the place word after it ("New York",
	// "New Orleans"): a team named by its city kept only the words after
	// it ("York Mets", a person).
	{"a place's name that opens with New names the team whole", `Season.

The New York Mets said the pitcher would miss the season. The New Orleans Saints said the tackle would return.`,
		[]expect{
			{"the pitcher would miss the season", TypeIndirect, "New York Mets", "", ""},
			{"the tackle would return", TypeIndirect, "New Orleans Saints", "", ""},
		}},
	// L434. An adjective before the preposition after an inverted
	// description ("…, said a person familiar with the deal.") is the
	// phrase's, no head of the description: the source was "a person
	// familiar", of no kind, where "A person familiar with the talks
	// said" is a person.
	{"an inverted person described by an adjective and its phrase", `Trade.

The deal is worth $40 million, said a person familiar with the deal.`,
		[]expect{
			{"The deal is worth $40 million", TypeIndirect, "", "", KindPerson},
		}},
	// L435. The unnamed source of "according to" that a phrase
	// describes ("according to people familiar with the matter",
	// "according to a person with knowledge of the deal") is the
	// description's head, as before a cue: the source had been the whole
	// phrase, of no kind.
	{"an unnamed source of according to before the phrase that describes it", `Trade.

The deal is worth $40 million, according to a person with knowledge of the deal. The winger will sign on Monday, according to two people familiar with the talks.

According to officials briefed on the plan, the stadium will open in May.`,
		[]expect{
			{"The deal is worth $40 million", TypeIndirect, "", "", KindPerson},
			{"The winger will sign on Monday", TypeIndirect, "", "people", KindGroup},
			{"the stadium will open in May", TypeIndirect, "", "officials", KindGroup},
		}},
	// L436. The positions of American sports are roles, as "striker"
	// and "winger" are ("Harlow forward Tavon Kellerby", "said Tolby
	// shortstop Ollie Vance", "Linebacker Dario Mbeki"): the team had
	// been the speaker, or the position part of the name.
	{"an American sports position is a role", `Playoffs.

Harlow forward Tavon Kellerby said the team was tired. "We ran out of gas," said Tolby shortstop Ollie Vance. Linebacker Dario Mbeki said the defence was fine.`,
		[]expect{
			{"the team was tired", TypeIndirect, "Tavon Kellerby", "Harlow forward", KindPerson},
			{"We ran out of gas,", TypeDirect, "Ollie Vance", "Tolby shortstop", KindPerson},
			{"the defence was fine", TypeIndirect, "Dario Mbeki", "Linebacker", KindPerson},
		}},
	// L437. A phrase in "with" after an inverted unnamed source runs to
	// the sentence's end with the relative clause after it ("…, said a
	// person with knowledge of the deal who was not authorized to speak
	// publicly.", "…, said an official with the club who asked not to be
	// named."): it describes the source, as "familiar with" does; the
	// phrase had been taken for the report.
	{"a phrase in with and a relative after an inverted unnamed source", `Trade.

The deal will be announced on Monday, said a person with knowledge of the agreement who was not authorized to speak publicly.

The fee is a club record, said an official with the club who asked not to be named.`,
		[]expect{
			{"The deal will be announced on Monday", TypeIndirect, "", "", KindPerson},
			{"The fee is a club record", TypeIndirect, "", "official", KindPerson},
		}},
	// L438. "City", "State" and "County" are role modifiers and place
	// words: after a capitalised name word they are a word of a place's
	// name inside the name of what is there ("The Oklahoma City Thunder",
	// "the Golden State Warriors", "The Orange County Register"), no
	// modifier that ends it: the name had kept only "Thunder", a person.
	{"a place word inside a team's name after its city", `Season.

The Oklahoma City Thunder said the guard would miss a month. The Golden State Warriors said the forward would return. The Orange County Register reported that the arena would close.`,
		[]expect{
			{"the guard would miss a month", TypeIndirect, "Oklahoma City Thunder", "", ""},
			{"the forward would return", TypeIndirect, "Golden State Warriors", "", ""},
			{"the arena would close", TypeIndirect, "Orange County Register", "", ""},
		}},
	// L439. "Register", "Examiner" and "Dispatch" end a paper's name as
	// "Ledger" does ("The Harlow Examiner reported", "The Orange County
	// Register said"): at the phrase's end they make it an organisation,
	// which had been of no kind.
	{"a paper's last word makes an organisation", `Club.

The Harlow Examiner reported that the club had debts. The Orange County Register said the ground would be sold.`,
		[]expect{
			{"the club had debts", TypeIndirect, "Harlow Examiner", "", KindOrganization},
			{"the ground would be sold", TypeIndirect, "Orange County Register", "", KindOrganization},
		}},
	// L440. More verbs of a manner of speaking attribute a quotation or
	// a that-clause, as "grumbled" and "gushed" do ("griped", "gloated",
	// "enthused", "fretted that …"): the quotes had no
	// speaker.
	{"verbs of a manner of speaking attribute a quotation", `Derby.

"The track was a swamp," Ann Cole griped. "We told you so," gloated Tom Kell. "It was the ride of my life," a jockey enthused. Tom Kell fretted that the race would be cancelled.`,
		[]expect{
			{"The track was a swamp,", TypeDirect, "Ann Cole", "", KindPerson},
			{"We told you so,", TypeDirect, "Tom Kell", "", KindPerson},
			{"It was the ride of my life,", TypeDirect, "", "jockey", KindPerson},
			{"the race would be cancelled", TypeIndirect, "Tom Kell", "", KindPerson},
		}},
	// L441. A name and its appositive that open a report ("Police said
	// Ann Cole, a local teacher, sent the letter", after an opening
	// "According to police,") are its subject: a past verb and its
	// object after the appositive's comma make the phrase no summing
	// phrase of the report (clauseInPhrase); the report had been "Ann
	// Cole".
	{"an appositive inside the subject of a report", `Letter.

Police said Ann Cole, a local teacher, sent the letter in May. According to a police report, Tom Kell, a retired judge, bought the farm in 2019.`,
		[]expect{
			{"Ann Cole, a local teacher, sent the letter in May", TypeIndirect, "Police", "", KindOrganization},
			{"Tom Kell, a retired judge, bought the farm in 2019", TypeIndirect, "", "", ""},
		}},
	// L457. A verb in its base form after quoted words inside a clause
	// goes on with the clause (`he would "absolutely" support the
	// nominee`): it had been read as an inverted cue with "the nominee"
	// for speaker, and the report cut inside the marks ("he would
	// "absolutely"). A quotation that opens its unit keeps its inverted
	// cue (`"It is a scandal" say campaigners`).
	{"a base-form verb after quoted words inside a clause is no inverted cue", `Race.

Sanders said he would "absolutely" support the nominee.

"It is a scandal" say campaigners.`,
		[]expect{
			{"he would \"absolutely\" support the nominee", TypeMixed, "Sanders", "", KindPerson},
			{"It is a scandal", TypeDirect, "", "campaigners", KindGroup},
		}},
	// L458. "Parent" before a name is no word of it (lexicon/person-nouns:
	// "Parent John Watson said" had named "Parent John Watson"); as with
	// other relations ("Mother Claire Watson"), it gives no role.
	{"a parent before a name is no word of the name", `School.

Parent John Watson said the school was the heart of the village.`,
		[]expect{
			{"the school was the heart of the village", TypeIndirect, "John Watson", "", KindPerson},
		}},
	// L459. Review mends of this session's rules, each a case that had
	// been right before them: "Prince Harry" after "Harry Kane" is the
	// prince (only "Sir"/"Dame" go by a first name); a subject who "nearly
	// died", and one whose quotation speaks in the first person singular
	// after a "she" or a name's word ("Hale Farm"), keeps the narrated
	// quotation; "Going forward," gives no role ("forward" is no role
	// head); "Uber Eats" is one name; "Sons of Anarchy star Ann Cole" is
	// Ann Cole.
	{"review mends: titles, narrated quotes, roles and names", `Mends.

Harry Kane said the team was ready. Prince Harry said he was proud of the players.

Mia Ross nearly died in the crash. "I was lucky to get out alive."

Tom Hale is proud of his roots. "Hale Farm has been here for a century. It is what I know."

Going forward, Lena Marsh said the firm would focus on costs. Uber Eats said it would hire more riders. Sons of Anarchy star Ann Cole said the show was over.`,
		[]expect{
			{"the team was ready", TypeIndirect, "Harry Kane", "", KindPerson},
			{"he was proud of the players", TypeIndirect, "Prince Harry", "", KindPerson},
			{"I was lucky to get out alive.", TypeDirect, "Mia Ross", "", KindPerson},
			{"Hale Farm has been here for a century. It is what I know.", TypeDirect, "Tom Hale", "", KindPerson},
			{"the firm would focus on costs", TypeIndirect, "Lena Marsh", "", KindPerson},
			{"it would hire more riders", TypeIndirect, "Uber Eats", "", ""},
			{"the show was over", TypeIndirect, "Ann Cole", "Sons of Anarchy star", KindPerson},
		}},
	// L470. "It" opening a sentence after one whose subject is a
	// document that speaks ("The ad claims ... It also says") is that
	// document, not a body named inside its report ("Wall Street
	// speeches": "It" had resolved to Wall Street).
	{"it after a document that speaks is the document", `Ads.

The ad claims that Clinton "made a fortune" from Wall Street speeches. It also says she would raise taxes on the middle class.`,
		[]expect{
			{"Clinton \"made a fortune\" from Wall Street speeches", TypeMixed, "", "", KindOrganization},
			{"she would raise taxes on the middle class", TypeIndirect, "", "", KindOrganization},
		}},
	// L460. A lead description whose head takes a phrase of "of" ("The
	// mayor of Harlow has announced …") is the role of the person the
	// next paragraph introduces, as "The housing minister has announced
	// …" is: the phrase ends at the auxiliary, which had run it on to the
	// cue, so that the description seemed to speak with no one named.
	{"a lead description with a phrase of 'of' before an auxiliary", `Buses.

The mayor of Harlow has announced free bus travel.

Ann Cole said the scheme would help young people.`,
		[]expect{
			{"free bus travel", TypeIndirect, "Ann Cole", "mayor of Harlow", KindPerson},
			{"the scheme would help young people", TypeIndirect, "Ann Cole", "mayor of Harlow", KindPerson},
		}},
	// L461. An indefinite description that a relative clause singles out
	// ("A nurse whose ward closed says …"), opening the lead, is the
	// person the next paragraph introduces, the usual lead of a British
	// story: its report had no speaker named. A bare "A nurse says …"
	// stays an unnamed source.
	{"an indefinite lead description with a relative clause", `Ward.

A nurse whose ward closed says she was not told why.

Ann Cole said the letter came a week later.`,
		[]expect{
			{"she was not told why", TypeIndirect, "Ann Cole", "nurse", KindPerson},
			{"the letter came a week later", TypeIndirect, "Ann Cole", "nurse", KindPerson},
		}},
	// L462. A plural common noun that opens a headline before a quoted
	// claim ("Libraries 'weeks from closing'") is no one's name when the
	// story writes it before a plural verb ("Libraries are …") or its
	// singular in lower case: it had been a person, the headline's
	// speaker, whom the lead's "the culture secretary" then stood for;
	// the headline is now the claim of the lead's source, as "Call
	// centre users 'lose patience'" is (leadClaimHeadline).
	{"a plural common noun before a headline's quotation is no name", `Libraries 'weeks from closing'

Libraries are short of money, the culture secretary has warned.`,
		[]expect{
			{"Libraries 'weeks from closing'", TypeMixed, "", "culture secretary", KindPerson},
			{"Libraries are short of money", TypeIndirect, "", "culture secretary", KindPerson},
		}},
	// L463. An indefinite lead of a person's noun or a relation and a
	// relative clause ("A man who spent ten years in prison says …") is
	// the person the next paragraph introduces too, with no role: the
	// report had no speaker named. One whose clause says the source is
	// not to be named ("A worker who declined to be named said …")
	// stays unnamed, not the next one named (L464).
	{"an indefinite lead of a person's noun; an anonymous one stays unnamed", `Jail.

A man who spent ten years in prison says he was wrongly convicted.

Tom Reed said he had never met the victim.`,
		[]expect{
			{"he was wrongly convicted", TypeIndirect, "Tom Reed", "", KindPerson},
			{"he had never met the victim", TypeIndirect, "Tom Reed", "", KindPerson},
		}},
	// L464. The anonymous one of L463.
	{"an anonymous indefinite lead stays unnamed", `Ruling.

A worker who declined to be named said the plant would shut.

Ann Cole said the ruling was unfair.`,
		[]expect{
			{"the plant would shut", TypeIndirect, "", "worker", KindPerson},
			{"the ruling was unfair", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	// L465. An indefinite lead whose noun names an informant ("A source
	// who was at the meeting said …", lexicon/informant-nouns) is a
	// source the story leaves unnamed, not the person named next.
	{"an informant's indefinite lead stays unnamed", `Talks.

A source who was at the meeting said the deal was off.

Ann Cole said talks would go on.`,
		[]expect{
			{"the deal was off", TypeIndirect, "", "source", KindPerson},
			{"talks would go on", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	// L466. Guards of L462: a plural common noun that opens a headline
	// before its quotation leaves the headline's own source its speaker,
	// a closing cue's subject ("…, heads warn") or the name after a
	// dash ("… - Ann Cole"), though the story writes the noun before a
	// plural verb or in lower case.
	{"a plural common noun opening a headline with a closing cue", `Schools 'at breaking point', heads warn

Schools are short of staff and money, head teachers have said.`,
		[]expect{
			{"Schools 'at breaking point'", TypeMixed, "", "heads", KindGroup},
			{"Schools are short of staff and money", TypeIndirect, "", "head teachers", KindGroup},
		}},
	{"a plural common noun opening a headline signed after a dash", `Clinics 'unsafe' - Ann Cole

Ann Cole said clinics were short of nurses.`,
		[]expect{
			{"Clinics 'unsafe'", TypeMixed, "Ann Cole", "", KindPerson},
			{"clinics were short of nurses", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	// L471. "warned against" and "warned about" report the phrase after
	// their particle as "warned of" does (lexicon/cue-phrases): "Ann Cole
	// warned about the cost of the plan" had given nothing.
	{"warned against and warned about report their object", `Plan.

Ann Cole warned about the cost of the plan. Tom Hale warned against cutting the budget.`,
		[]expect{
			{"the cost of the plan", TypeIndirect, "Ann Cole", "", KindPerson},
			{"cutting the budget", TypeIndirect, "Tom Hale", "", KindPerson},
		}},
	// L472. A one-word name before ", whose" is a person as often as a
	// body ("Hale, whose side are fourth, added:"): only "which" or
	// "that" after it makes it an organisation; it had been one.
	{"a surname before whose is no organisation", `Football.

Hale, whose side are fourth, added: "It was a fair result."`,
		[]expect{
			{"It was a fair result.", TypeDirect, "Hale", "", KindPerson},
		}},
	// L473. A role of the form "head of health" after a named owner's
	// possessive ("Unison's head of health, Helga Pile, said", "Harlow
	// Council's executive member for transport, Richard Wilkins,") is the
	// named person's role, as "The union's head of health" was: the
	// owner opens the role as a determiner does. The role had been lost.
	{"a named owner's role with its field before a name", `Ambulances.

Unison's head of health, Helga Pile, said crews were queuing. Harlow Council's executive member for transport, Richard Wilkins, said the road would close.`,
		[]expect{
			{"crews were queuing", TypeIndirect, "Helga Pile", "Unison's head of health", KindPerson},
			{"the road would close", TypeIndirect, "Richard Wilkins", "Harlow Council's executive member for transport", KindPerson},
		}},
	// L480. A closing "according to X" over a clause whose subject opens
	// the sentence and has reported ("Ann Cole told aides the mill would
	// close, according to two managers") reports the whole clause, hers
	// included: X vouches for the sentence, and PolNeAR annotates that
	// outer report. A setting before the subject ("As the Ledger
	// revealed, …") or a second predicate after ", and" leaves the inner
	// report alone; the outer had been lost.
	{"according to over a clause that reports", `Mill.

Ann Cole told aides the mill would close in May, according to two managers.

As the Ledger revealed, the mill lost money, according to its accounts.`,
		[]expect{
			{"Ann Cole told aides the mill would close in May", TypeIndirect, "", "two managers", KindGroup},
			{"the mill lost money", TypeIndirect, "Ledger", "", KindOrganization},
		}},
	// L490. What a hearing heard or was told names no speaker: a passive
	// "was/were told" and its clause, or a sitting body (inquest, jury,
	// court) that "heard" a clause. The body only heard the words, so the
	// report's speaker is null, as PolNeAR gives "was told" no source;
	// these had given nothing, or the court, or "Cole" of "attacked".
	{"what a hearing heard or was told has no speaker", `Trial.

An inquest heard that midwives had failed to spot signs of distress. Jurors were told that Lowe had hit the woman. The hearing was told the firm had ignored warnings. The jury has heard the van was stolen. MPs were told that payments would speed up.

Leeds Crown Court heard the builder had ignored warnings. The court heard Cole had attacked Peter Walsh outside his home. The tribunal heard Ivo Marsh used the van.`,
		[]expect{
			{"midwives had failed to spot signs of distress", TypeIndirect, "", "", ""},
			{"Lowe had hit the woman", TypeIndirect, "", "", ""},
			{"the firm had ignored warnings", TypeIndirect, "", "", ""},
			{"the van was stolen", TypeIndirect, "", "", ""},
			{"payments would speed up", TypeIndirect, "", "", ""},
			{"the builder had ignored warnings", TypeIndirect, "", "", ""},
			{"Cole had attacked Peter Walsh outside his home", TypeIndirect, "", "", ""},
			{"Ivo Marsh used the van", TypeIndirect, "", "", ""},
		}},
	// L491. A passive "told" inside a report of its own, a relative
	// clause or an infinitive stays with the rules it had: the trailing
	// "prosecutors said" reports the whole sentence.
	{"a told clause inside another report is not a hearing", `Trial.

Jurors were told that Lowe had hit her, prosecutors said. Customers who were told they would learn nothing sued. Mr Haddad was told to wait outside.`,
		[]expect{
			{"Jurors were told that Lowe had hit her", TypeIndirect, "", "prosecutors", KindGroup},
		}},
	// L492. In British copy a Secretary of State is a minister: "the
	// minister" finds the holder of "<field> Secretary" (lexicon/
	// cabinet-secretaries) or "Secretary of State for …"; it had stayed
	// unnamed.
	{"the minister is a cabinet secretary", `Schools.

Education Secretary Ann Cole said schools needed help.

The minister said: "We will act."

Secretary of State for Health Tom Hale said wards were full.

The minister added: "Beds are coming."`,
		[]expect{
			{"schools needed help", TypeIndirect, "Ann Cole", "Education Secretary", KindPerson},
			{"We will act.", TypeDirect, "Ann Cole", "Education Secretary", KindPerson},
			{"wards were full", TypeIndirect, "Tom Hale", "Secretary of State for Health", KindPerson},
			{"Beds are coming.", TypeDirect, "Tom Hale", "Secretary of State for Health", KindPerson},
		}},
	// L493. Other secretaries are no ministers: a press secretary, a
	// union's general secretary, a permanent secretary, a shadow one.
	{"the minister is no press or general or shadow secretary", `Schools.

Press secretary Ann Cole said schools needed help. Aslef general secretary Tom Hale said drivers were tired. Shadow Education Secretary Nell Cray said the plan was late.

The minister said: "We will act."`,
		[]expect{
			{"schools needed help", TypeIndirect, "Ann Cole", "Press secretary", KindPerson},
			{"drivers were tired", TypeIndirect, "Tom Hale", "Aslef general secretary", KindPerson},
			{"the plan was late", TypeIndirect, "Nell Cray", "Shadow Education Secretary", KindPerson},
			{"We will act.", TypeDirect, "", "minister", KindPerson},
		}},
	// L474. A closing speech cue ("..., aides said.") reports the whole
	// clause over an earlier report whose subject opens the sentence, as
	// a closing "according to" does (L480): the outer report is the one
	// PolNeAR annotates ("Tom Hale told staff the plant would close, two
	// managers said"); a setting, a second clause after ", and" / ", but"
	// or a semicolon still keep the inner report.
	{"a closing speech cue reports a clause that reports", `Plant.

Tom Hale told staff the plant would close, two managers said.`,
		[]expect{
			{"Tom Hale told staff the plant would close", TypeIndirect, "", "managers", KindGroup},
		}},
	// L475. Second review's mends: news of a death is read past an aside
	// after the name ("Tom Vey, 64, died in 2019.") and holds for a
	// quotation in the first person too ("I miss him every single day."
	// is a mourner's, not Vey's): both had gone to the dead man; and a
	// closing speech cue leaves a clause holding the first speaker's own
	// quoted words hers (`Ann Cole told aides she was "furious" ...,
	// two managers said`).
	{"second review mends: deaths past an aside, quoted words under a closing cue", `Village.

Tom Vey, 64, died in 2019.

"It was a terrible loss for the whole village."

Sam Orr died in May.

"I miss him every single day."

Ann Cole told aides she was "furious" about the vote, two managers said.`,
		[]expect{
			{"she was \"furious\" about the vote", TypeMixed, "Ann Cole", "", KindPerson},
		}},
	// L540. A publisher's or a studio's name ends in "Books" or
	// "Pictures" (lexicon/org-heads-final-only): an organisation.
	{"a name ending in Books is an organisation", `Memoir.

Harbour Books said the memoir would be out in May.`,
		[]expect{
			{"the memoir would be out in May", TypeIndirect, "Harbour Books", "", KindOrganization},
		}},
	// L541. "we", "I" and "you" are no pronouns the speaker model chooses
	// a person for: "we" speaks for a group and "I" or "you" are the
	// interview's or the writer's voice, which the rules read. The model
	// had learned from no such pronoun (none of the 120 labelled pronoun
	// speakers is one) and gave "we" to the person named last.
	{"the speaker model chooses no person for we", `Harbour talks.

Tom Reilly met Ann Cole on Monday to discuss the harbour.

"We have made real progress," we said in a joint statement.`,
		[]expect{
			{"We have made real progress,", TypeDirect, "", "", KindGroup},
		}},
	// L500. A cue's modifiers may be a chain of prepositional phrases,
	// each short, that together pass the eight-word limit of one phrase
	// ("said in a column for the weekly paper before a 2019 council
	// vote, "…""): the chain ends at the comma before the quotation, and
	// the quotation is the report.
	{"a chain of short phrases after a cue ends before its quotation", `Ferry.

Ann Cole said in a column for the weekly paper before a 2019 council vote, "The ferry has been starved of money for years."`,
		[]expect{
			{"The ferry has been starved of money for years.", TypeDirect, "Ann Cole", "", KindPerson},
		}},
	// L501. A relative clause on the report's subject, set off by commas,
	// may be followed by the subject's verb in the present ("said the
	// ruling, which struck down the fees, leaves the council no choice"), not
	// only by an auxiliary or a past form: the report runs on over the
	// relative to its verb, where it had stopped at the subject.
	{"a present verb after a relative on the report's subject goes on the report", `Fees.

Tom Hale said the ruling, which struck down the new parking fees, leaves the council with no choice.`,
		[]expect{
			{"the ruling, which struck down the new parking fees, leaves the council with no choice", TypeIndirect, "Tom Hale", "", KindPerson},
		}},
	// L502. A day after a preposition and "a" may name the day of a noun
	// that follows ("said at a Saturday rally in Leeds that …", "in a
	// Friday interview with the Herald that …"): the whole phrase is the
	// cue's setting, where the day alone had been read as a time phrase
	// ("at a Saturday") and the report had started at "rally".
	{"a day before a noun after a cue's preposition is the noun's, not a time phrase", `Parks.

Ann Cole said at a Saturday rally in Leeds that the council should sell the old parks depot.`,
		[]expect{
			{"the council should sell the old parks depot", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	// L520. A firm's name alone before its abbreviated kind's full stop is
	// no sentence: the stop abbreviates and the firm's title goes on to
	// the person named after it ("Tolby Corp. President Amy Hood").
	{"a firm's name ending in an abbreviation keeps its sentence", `Sales.

Tolby Corp. President Amy Hood said sales rose.

Shares fell at Marrow Inc. Its chairman said costs were high.`,
		[]expect{
			{"sales rose", TypeIndirect, "Amy Hood", "Tolby Corp. President", KindPerson},
			{"costs were high", TypeIndirect, "", "chairman", KindPerson},
		}},
	// L521. An ordinal stands in a role only before the role's head: before
	// a name word that is no first name it opens a firm's name, at the
	// start of a sentence too ("First Bus said", once "Bus", a person).
	{"a capitalised ordinal before a name word opens a firm's name", `Fares.

First Bus said fares would rise.

First Minister Ann Cole said the rise was unfair.`,
		[]expect{
			{"fares would rise", TypeIndirect, "First Bus", "", KindOrganization},
			{"the rise was unfair", TypeIndirect, "Ann Cole", "First Minister", KindPerson},
		}},
	// L522. No one plays for a team and runs it at once: a description
	// with a playing position is not the coach named before, nor is "the
	// manager" the striker; the same side's head still finds its holder.
	{"a description of a team's other side is someone else", `Cup.

Coach Dario Mbeki said the team was tired. The goalkeeper said he was fine.

Striker Tom Hale said the pitch was poor. The manager said the result was fair.

Harlow coach Ann Cole said training would resume. The coach said the squad was fit.`,
		[]expect{
			{"the team was tired", TypeIndirect, "Dario Mbeki", "Coach", KindPerson},
			{"he was fine", TypeIndirect, "", "goalkeeper", KindPerson},
			{"the pitch was poor", TypeIndirect, "Tom Hale", "Striker", KindPerson},
			{"the result was fair", TypeIndirect, "", "manager", KindPerson},
			{"training would resume", TypeIndirect, "Ann Cole", "Harlow coach", KindPerson},
			{"the squad was fit", TypeIndirect, "Ann Cole", "Harlow coach", KindPerson},
		}},
	// L523. A capitalised determiner between two capitalised words of one
	// name is the name's ("The Save Our Fields group", once "Fields"):
	// a campaign's name in title case opens no phrase at "Our".
	{"a capitalised determiner inside a title-case name is the name's", `Fields.

The Save Our Fields group said the plan was wrong.

The campaign group Keep Your Park said the vote was unfair.`,
		[]expect{
			{"the plan was wrong", TypeIndirect, "Save Our Fields", "", KindOrganization},
			{"the vote was unfair", TypeIndirect, "Keep Your Park", "campaign group", KindOrganization},
		}},
	// L524. After "the" and a place, a role modifier before one
	// capitalised word that ends the name and is no first name modifies
	// that word ("The Chicago White Sox", once "Sox", a person), as "the
	// Ohio Democratic primary" is a primary; "the Ohio Republican" alone
	// is still a person.
	{"a role modifier after 'the' and a place inside a team's name", `Deal.

The Chicago White Sox said the deal was done.

The Ohio Republican said the vote would be close.`,
		[]expect{
			{"the deal was done", TypeIndirect, "Chicago White Sox", "", KindUnknown},
			{"the vote would be close", TypeIndirect, "", "Ohio Republican", KindPerson},
		}},
	// L525. A work's title after a maker's role and "of" keeps its small
	// words in lower case ("the singer of Down the Line", once the
	// speaker "Line"); an age before a country and a role head is the
	// description's ("The 47-year-old Irish singer", once cut to "Irish
	// singer" and left unnamed); a maker described by a work may be the
	// person named before with another role; and a person brought in
	// after a preposition past the description's sentence ("appearances
	// by singer Jo Marr") is not whom it described, nor the "she" after it.
	{"a work's title after a maker's role, and an age before a country", `Tour.

Ann Lake has a new album. The 47-year-old Irish singer of Down the Line told The Herald that the tour would start soon.

Tom Reed has a new book. The 61-year-old US author told reporters that he was tired.

Rock star Rose Dunn has been made director of the Harbour festival.

The 61-year-old singer of Under the Pier told The Herald that the festival would be fun. "We will explore the new," she said. The last festival included appearances by singer Jo Marr.`,
		[]expect{
			{"the tour would start soon", TypeIndirect, "Ann Lake", "47-year-old Irish singer", KindPerson},
			{"he was tired", TypeIndirect, "Tom Reed", "61-year-old US author", KindPerson},
			{"the festival would be fun", TypeIndirect, "Rose Dunn", "director of the Harbour festival", KindPerson},
			{"We will explore the new,", TypeDirect, "Rose Dunn", "director of the Harbour festival", KindPerson},
		}},
	// L526. A past verb in "-ed" after its subject noun is no word of the
	// title of the name it takes as object ("The festival included singer
	// Jo Marr": role "singer", was "included singer"); a participle after
	// a determiner or opening the phrase still describes the person.
	{"a past verb before a titled name is no word of the title", `Show.

The festival included singer Jo Marr, who said the crowd was huge.

The band hired drummer Tom Hale, who said the tour was long.

The acclaimed singer Rose Dunn said the hall was full.`,
		[]expect{
			{"the crowd was huge", TypeIndirect, "Jo Marr", "singer", KindPerson},
			{"the tour was long", TypeIndirect, "Tom Hale", "drummer", KindPerson},
			{"the hall was full", TypeIndirect, "Rose Dunn", "acclaimed singer", KindPerson},
		}},
	// L527. A body named by its country's possessive ("Japan's central
	// bank", once the made-up name "Japan central bank") is the body the
	// article named before as its head "of" that country ("the Bank of
	// Japan").
	{"a body named by its country's possessive is the one named as its head of the country", `Markets.

Traders waited all week for a statement by the Bank of Japan.

Japan's central bank said it would buy more bonds.`,
		[]expect{
			{"it would buy more bonds", TypeIndirect, "Bank of Japan", "", KindOrganization},
		}},
	// L542. A capitalised ordinal opens a firm's name ("First Bus", L521)
	// but not a thing an ordinal numbers (lexicon/ordinal-things: "the
	// First Amendment", "Fifth District"): no organisation that "the
	// court" could stand for.
	{"an ordinal before a thing's noun names no organisation", `Speech case.

Lawyers for the protesters argued that the ban broke the First Amendment.

The court said the ban was lawful.`,
		[]expect{
			{"the ban broke the First Amendment", TypeIndirect, "", "Lawyers for the protesters", KindGroup},
			{"the ban was lawful", TypeIndirect, "", "", KindOrganization},
		}},
	// L543. A name written as an initialism in narration ("ITV", "TUC")
	// is a body's: news copy names people in full. Both had been people.
	// A role ("Labour MP") stays a person's role.
	{"an initialism is an organisation", `Presenter leaves.

ITV said in a statement that Cole was one of its most popular faces.

The TUC said workers were angry.

Labour MP Ann Hale said the TUC was right.`,
		[]expect{
			{"Cole was one of its most popular faces", TypeIndirect, "ITV", "", KindOrganization},
			{"workers were angry", TypeIndirect, "TUC", "", KindOrganization},
			{"the TUC was right", TypeIndirect, "Ann Hale", "Labour MP", KindPerson},
		}},
	// L544. A relative clause of function in the past tense ("who
	// founded the firm in 1998") says what a person did: the title before
	// the name stays the role. It had been the role, over the title.
	{"a title before a name over a past function clause", `Results.

Chief executive Mark Delaney, who founded the firm in 1998, said: "We are pleased."`,
		[]expect{
			{"We are pleased.", TypeDirect, "Mark Delaney", "Chief executive", KindPerson},
		}},
	// L545. "Bandmate", "co-star" and "record holder" are roles
	// (lexicon/role-heads): "Bandmate Lucy Grant" had been one name, and
	// "The world record holder, Paula Redding," had no role.
	{"bandmate and record holder are roles", `Band news.

Bandmate Lucy Grant said the tour would go ahead.

The world record holder, Paula Redding, said she was ready.`,
		[]expect{
			{"the tour would go ahead", TypeIndirect, "Lucy Grant", "Bandmate", KindPerson},
			{"she was ready", TypeIndirect, "Paula Redding", "record holder", KindPerson},
		}},
	// L546. A sentence's opening "But" or "And" before a description of
	// people or a body is no word of it: "But the trade body warned that"
	// had found no subject, and so no report ("The trade body warned"
	// had).
	{"an opening But before a description", `Music sales.

But the trade body warned that piracy remained a problem.`,
		[]expect{
			{"piracy remained a problem", TypeIndirect, "", "", KindOrganization},
		}},
	// L560. A one-word name given after a noun for an organisation
	// ("budget airline Wingway", "the charity Oxfam") is surely an
	// organisation's, and "the airline" or "it" in a later paragraph stands
	// for it, as it would for a name of two words: the description had been
	// left with no name when the organisation had not spoken yet.
	{"an organisation named after its kind noun is the description's referent in a later paragraph", `Fares.

Shares in budget airline Wingway fell 7% on Monday.

The airline said its fuel costs would be much higher this winter.`,
		[]expect{
			{"its fuel costs would be much higher this winter", TypeIndirect, "Wingway", "budget airline", KindOrganization},
		}},
	// L561. An organisation that spoke through its description ("…, the
	// firm has said") is the one "the company" and "It" stand for in the
	// next paragraph.
	{"a firm that spoke through its description is the antecedent in the next paragraph", `Jobs.

Packaging group Dornell is to close two plants, the firm has said.

The company said the move was painful. It added that it hoped to avoid compulsory redundancies.`,
		[]expect{
			{"Packaging group Dornell is to close two plants", TypeIndirect, "Dornell", "Packaging group", KindOrganization},
			{"the move was painful", TypeIndirect, "Dornell", "Packaging group", KindOrganization},
			{"it hoped to avoid compulsory redundancies", TypeIndirect, "Dornell", "Packaging group", KindOrganization},
		}},
	// L562. After a cue, a firm's name in the possessive, a role in lower
	// case and a comma ("said Netguard's technical director, Dr Helen
	// Firth") name the holder after the comma, as "said Hale's rival, Tom
	// Price" does: the firm is whose post it is, no speaker.
	{"a possessive firm and its post before a comma name the person after it", `Viruses.

"Most people think it will never happen to them," said Cyberhold's technical director, Dr Nina Rowe.`,
		[]expect{
			{"Most people think it will never happen to them,", TypeDirect, "Nina Rowe", "Cyberhold's technical director", KindPerson},
		}},
	// L563. "The cartel" and "the consortium" name an organisation by its
	// kind (lexicon/generic-org-nouns), as "the group" does, and stand for
	// the one named before: they had been read as no one of a known kind.
	{"the cartel stands for the organisation named before it", `Oil.

The Union of Cobalt Producing Nations (UCPN) said it would meet in March.

The cartel said prices were being driven by traders.`,
		[]expect{
			{"it would meet in March", TypeIndirect, "Union of Cobalt Producing Nations", "", KindOrganization},
			{"prices were being driven by traders", TypeIndirect, "Union of Cobalt Producing Nations", "", KindOrganization},
		}},
	// L564. A body named "Kind of Place" ("the Bank of Caledonia") is
	// called by its kind alone, capitalised, later ("The Bank said"): the
	// short name had been a new organisation "Bank".
	{"the capitalised kind alone is the short name of a body named kind of place", `Rates.

House prices could fall further, the Bank of Caledonia has warned.

The Bank said that the housing market had cooled.`,
		[]expect{
			{"House prices could fall further", TypeIndirect, "Bank of Caledonia", "", KindOrganization},
			{"the housing market had cooled", TypeIndirect, "Bank of Caledonia", "", KindOrganization},
		}},
	// L580. A description opening the sentence after "X beat Y" is the
	// subject's, the one the sentence was about, not the object's: the
	// object of the subject's verb is left aside as one a preposition
	// governs is (describedBefore), where the description and its role
	// had gone to the object, the last one named.
	{"a description after a subject's verb and its object is the subject's", `Final.

Mark Tennant beat Luis Arroyo in the final.

The British number one said he was thrilled.`,
		[]expect{
			{"he was thrilled", TypeIndirect, "Mark Tennant", "British number one", KindPerson},
		}},
	// L581. A description that says only an age or a nation ("the
	// 61-year-old", "the Frenchman") after a one-sentence paragraph
	// that names a titled person in passing goes back to whom the story
	// is about (namedInPassing), where it had gone to the one named in
	// passing, the last subject.
	{"an age description after a person named in passing is the story's subject", `Tour.

Veteran folk singer Ray Kimber has said he will stop touring.

Bassist Colin Hart left the band in the 1990s.

The 61-year-old said he would keep writing songs.`,
		[]expect{
			{"he will stop touring", TypeIndirect, "Ray Kimber", "Veteran folk singer", KindPerson},
			{"he would keep writing songs", TypeIndirect, "Ray Kimber", "Veteran folk singer", KindPerson},
		}},
	// L582. So does a nation's noun after a quotation ("…," the
	// Frenchman said): lexicon/nation-words has "frenchman".
	{"a nation description after a person named in passing is the story's subject", `Linesman.

Rovers manager Henri Castel has criticised the linesman.

Midfielder Dean Pryce played at Hull.

"The linesman got it badly wrong," the Frenchman said.`,
		[]expect{
			{"The linesman got it badly wrong,", TypeDirect, "Henri Castel", "Rovers manager", KindPerson},
		}},
	// L583. Capitalised words after a work noun ("film", "novel") that
	// lead to a name, the first of them capitalised, are the work's title
	// ("His last film Under a Grey Moon won"; inWorkTitle): no person
	// "Grey Moon", whom the description after it had taken.
	{"a film's title after a work noun is no person", `Premiere.

Film star Dan Lowry has defended his new film.

His last film Under a Grey Moon won two prizes.

The Oscar-winning actor said he was proud of the film.`,
		[]expect{
			{"he was proud of the film", TypeIndirect, "Dan Lowry", "Film star", KindPerson},
		}},
	// L584. A headline's label ("Singer 'to quit touring'") stands for
	// the person the story then names: a description with its head
	// after that name ("The 61-year-old singer told …") is read as if
	// there were no headline (unnamedBefore skips the headline's unnamed
	// source), where it had returned to the headline's unnamed singer,
	// a second, nameless speaker.
	{"a headline's label is not the unnamed source of a description after a name", `Singer 'to quit touring'

Veteran rock star Ray Kimber has said he will stop touring.

The 61-year-old singer told BBC Radio 2 that life on the road was too hard.`,
		[]expect{
			{"he will stop touring", TypeIndirect, "Ray Kimber", "Veteran rock star", KindPerson},
			{"life on the road was too hard", TypeIndirect, "Ray Kimber", "Veteran rock star", KindPerson},
		}},
	// L547. "it" as what a one-word name says is read past a short
	// setting between the cue and "that" ("Southampton said in a
	// statement that it would …"): an organisation, as "Norvik said it
	// would …" is. It had been a person.
	{"it after a cue's setting makes a one-word name an organisation", `Sport.

Southampton said in a statement that it would appoint a new manager.`,
		[]expect{
			{"it would appoint a new manager", TypeIndirect, "Southampton", "", KindOrganization},
		}},
	// L548. "according to figures from the company": the organisation a
	// description after a document names is the document's maker and the
	// source, as a name there is ("figures from Harlow Foods"); the source
	// had been the figures, with no name.
	{"according to figures from a described organisation", `Profits.

Harlow Foods opened two new stores this year. Profits rose 12% in the half year, according to figures from the company.`,
		[]expect{
			{"Profits rose 12% in the half year", TypeIndirect, "Harlow Foods", "", KindOrganization},
		}},
	// L610. "at" + an event or place after a verb's object is where
	// the thing happened ("beat Spain's Carlos Moreno at Wimbledon"), no
	// affiliation of the object ("economist Ann Cole at Deutsche Bank").
	{"at an event after a verb's object is no role", `Tim Harlow beat Spain's Carlos Moreno at Wimbledon.

Moreno said he was disappointed.`,
		[]expect{
			{"he was disappointed", TypeIndirect, "Carlos Moreno", "", KindPerson},
		}},
	// L611. A verb particle before a titled name ("sending off defender
	// Sol Ward") is no part of the role.
	{"a verb particle before a titled name is no part of the role", `The referee was criticised for sending off defender Sol Ward.

Ward said he was innocent.`,
		[]expect{
			{"he was innocent", TypeIndirect, "Sol Ward", "defender", KindPerson},
		}},
	// L612. A sentence-opening surname of another person, between the
	// person named last and a description, wins: "Vale has yet to
	// decide" after "follows Tom Redd and Nick Alden" makes "The
	// 58-year-old singer" Vale, not Alden.
	{"a sentence-opening surname between a name and a description wins", `Rock star Ann Vale has been made artistic director of the festival.

The folk pioneer follows Tom Redd and Nick Alden. Vale has yet to decide the line-up. "I want to touch on all of it," she said.

The 58-year-old singer told The Observer that the festival would be her answer.`,
		[]expect{
			{"I want to touch on all of it,", TypeDirect, "Ann Vale", "artistic director of the festival", KindPerson},
			{"the festival would be her answer", TypeIndirect, "Ann Vale", "artistic director of the festival", KindPerson},
		}},
	// L600. A noun that is both a role head and an organisation's kind
	// ("regulator", "watchdog") describes the organisation that was
	// named with it ("The postal regulator Postcom said … ¶ The
	// regulator said"), when no person holds that role: it had been a
	// nameless person ("watchdog", no role head, already worked).
	{"a regulator noun after an organisation named with it is that organisation", `The postal regulator Postcom said stamps would cost more next year.

The regulator said the firm had to explain the increase.`,
		[]expect{
			{"stamps would cost more next year", TypeIndirect, "Postcom", "postal regulator", KindOrganization},
			{"the firm had to explain the increase", TypeIndirect, "Postcom", "postal regulator", KindOrganization},
		}},
	// L601. A capitalised name that ends in "Industry" is an
	// organisation's ("the Federation of Harlow Industry", "the British
	// Glassmakers Industry"; lexicon/org-heads and org-heads-final-only, as
	// "Industries" is an org head): it had been a person, whom "the
	// trade body" after it could not stand for.
	{"a name that ends in Industry is an organisation a description returns to", `The British Glassmakers Industry welcomed the new figures.

But the trade body warned that imports remained a worry.`,
		[]expect{
			{"imports remained a worry", TypeIndirect, "British Glassmakers Industry", "trade body", KindOrganization},
		}},
	// L602. Two lower-case nouns before a unit's head, after a
	// possessive or a determiner ("of the Harlow Police's computer crime
	// unit"; secondNounModifier), are one phrase: the scan back had
	// stopped at the first, and "crime unit" was the speaker.
	{"two nouns before an organisation's head stay in the titled person's phrase", `Detective Sergeant Ruth Okafor of the Tyneford Police's computer crime unit said the fine was far too low.`,
		[]expect{
			{"the fine was far too low", TypeIndirect, "Ruth Okafor", "Detective Sergeant", KindPerson},
		}},
	// L603. A description whose head is both a role and an
	// organisation's kind ("the regulator"), with no organisation named
	// before, is a body when the report right after its cue opens with
	// "it" ("The regulator said it would …"; itAfterCue): it had been a
	// nameless person.
	{"a regulator that says it will act is an organisation", `Water bills.

The regulator said it would act on the complaints within a month.`,
		[]expect{
			{"it would act on the complaints within a month", TypeIndirect, "", "regulator", KindOrganization},
		}},
	// L549. Review mends. A duration before a noun after "a" ("in a
	// month prices would rise") is no day that modifies the noun (L502 is
	// for a day's or a month's name: "at a Saturday rally"): the report
	// had been lost.
	{"review: a duration after a cue is no day before a noun", `Prices.

Tom Hale said in a month prices would rise sharply across the region.`,
		[]expect{
			{"prices would rise sharply across the region", TypeIndirect, "Tom Hale", "", KindPerson},
		}},
	// L550. Only the object of a verb of winning is set aside for the
	// description after it (L580, lexicon/contest-verbs): after
	// "appointed" the one appointed is who "the new finance chief" is.
	{"review: the one appointed is the description after it", `Board.

Tom Hale appointed Ali Reza on Monday.

The new finance chief said he would cut costs by a fifth.`,
		[]expect{
			{"he would cut costs by a fifth", TypeIndirect, "Ali Reza", "new finance chief", KindPerson},
		}},
	// L551. A person whose title states the nation a description gives
	// ("French midfielder Dean Pryce … the Frenchman said") is not named
	// in passing (L581): the description is his.
	{"review: a title that states the nation keeps the description", `Match.

Rovers manager Henri Castel has criticised the linesman after the defeat at Hull.

French midfielder Dean Pryce was sent off in the second half.

"It was never a red card," the Frenchman said.`,
		[]expect{
			{"It was never a red card,", TypeDirect, "Dean Pryce", "French midfielder", KindPerson},
		}},
	// L552. "it was" after a cue's setting is anyone's ("Hale said in a
	// statement that it was time to go"): no organisation (L547 reads "it
	// would appoint").
	{"review: it was after a cue's setting makes no organisation", `Resignation.

Hale said in a statement that it was time to go.`,
		[]expect{
			{"it was time to go", TypeIndirect, "Hale", "", KindPerson},
		}},
	// L553. The past tense of a function clause is its verb's ("who
	// served as chairman until 2019"), not the role the clause runs to:
	// the title before the name stays the role (L544).
	{"review: a past function clause with as keeps the title", `Results.

Chief executive Mark Delaney, who served as chairman until 2019, said the firm would grow.`,
		[]expect{
			{"the firm would grow", TypeIndirect, "Mark Delaney", "Chief executive", KindPerson},
		}},
	// L554. A hyphened participle after a place of more than one word
	// ("South Korean-born", "New York-based") ends the modifiers before a
	// name as one of a single word does ("Irish-born Tom Reilly"): no
	// word of the name.
	{"a two-word place's hyphened participle is no part of the name", `Adoption.

South Korean-born Monte Haines, 44, said he had been shocked.

New York-based Ann Cole said the agency had never told him.`,
		[]expect{
			{"he had been shocked", TypeIndirect, "Monte Haines", "", KindPerson},
			{"the agency had never told him", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	// L555. The seat of a legislature before a headline's colon
	// ("Holyrood:", "Stormont:") is the story's topic, as a place is
	// ("London: …"), no speaker; and the role noun of the story is then
	// nobody named.
	{"a legislature's seat before a headline's colon is no speaker", `Holyrood: Minister defends school reforms

The education secretary said the reforms were working.

Westminster will vote on the plan next week.`,
		[]expect{
			{"the reforms were working", TypeIndirect, "", "education secretary", KindPerson},
		}},
	// L556. A tell verb's hearer ends where the report starts: after an
	// owner's nouns ("told delegates at the union's conference that"),
	// and before a bare plural and its auxiliary ("told reporters
	// members were angry").
	{"a hearer ends after an owner's noun and before a bare subject", `Strike.

Tom Webb told delegates at the union's conference that members were "angry".

Ann Cole told reporters prices would rise.`,
		[]expect{
			{`members were "angry"`, TypeMixed, "Tom Webb", "", KindPerson},
			{"prices would rise", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	// L557. A web kicker before a headline's colon ("Q&A:", "Video:",
	// "Profile:") labels the story's kind, as "Analysis:" does: no speaker
	// called "Q&A".
	{"a Q&A kicker before a headline's colon is no speaker", `Q&A: Transport secretary on fares, strikes and the new line

Transport Secretary Ann Cole said on Thursday that fares would be frozen.`,
		[]expect{
			{"fares would be frozen", TypeIndirect, "Ann Cole", "Transport Secretary", KindPerson},
		}},
	// L558. "Lieutenant" ("Lt. Gov.") makes another office of a title, as
	// "vice" and "deputy" do: "the governor" is never the lieutenant
	// governor, named since the governor was.
	{"the governor is not the lieutenant governor", `Session.

Gov. Wade Harlan had made the tax plan his priority.

Lt. Gov. Donna Reese fired back. The plan, she said, was "a gimmick."

Harlan said he would call another session. "I'm not going anywhere," the governor told reporters.`,
		[]expect{
			{"The plan", TypeMixed, "Donna Reese", "Lt. Gov.", KindPerson},
			{`was "a gimmick."`, TypeMixed, "Donna Reese", "Lt. Gov.", KindPerson},
			{"he would call another session", TypeIndirect, "Wade Harlan", "Gov.", KindPerson},
			{"I'm not going anywhere,", TypeDirect, "Wade Harlan", "Gov.", KindPerson},
		}},
	// L559. An unnamed person who opens a sentence as the subject of a
	// verb that reports nothing ("A spokesperson for Ellen Marsh dismissed
	// the launch") is the one "the spokesperson" returns to next, not the
	// last speaker named.
	{"the spokesperson is the unnamed subject of the sentence before", `Campaign.

"He fixed our roads," said Lyle Brandt, a farmer.

A spokesperson for Ellen Marsh dismissed the launch. "Voters have heard this pitch," the spokesperson said.`,
		[]expect{
			{"He fixed our roads,", TypeDirect, "Lyle Brandt", "farmer", KindPerson},
			{"Voters have heard this pitch,", TypeDirect, "", "spokesperson for Ellen Marsh", KindPerson},
		}},
	// L570. A role stated after a title leaves the title a description
	// of the person: "Sen. Thomas Bale, a member of the Appropriations
	// Committee, warned that …" is still "the senator" (the role words
	// had been the appositive's alone, and the description found no one).
	{"a title stays a description after an appositive role", `Budget.

Sen. Thomas Bale, a member of the Appropriations Committee, warned that the bill would fail. "We are out of time," the senator said.`,
		[]expect{
			{"the bill would fail", TypeIndirect, "Thomas Bale", "member of the Appropriations Committee", KindPerson},
			{"We are out of time,", TypeDirect, "Thomas Bale", "member of the Appropriations Committee", KindPerson},
		}},
	// L571. A draft is a document (lexicon/document-nouns): "according to
	// a draft seen by Reuters" is the draft's, not the news agency's that
	// has seen it (as "a memo seen by Reuters" already was).
	{"a draft seen by a news agency is the draft's", `Trade.

The deal would cut tariffs by half, according to a draft seen by Reuters.`,
		[]expect{
			{"The deal would cut tariffs by half", TypeIndirect, "", "", KindOrganization},
		}},
	// L641. A poll's report by a count or share of people ends where the
	// sentence turns to the next figure ("…, after half said so", "…, 30%
	// conservative"): that figure is another answer or the writer's
	// comparison, not what the first group said.
	{"poll: a share's report ends at the next figure", `Poll of voters.

Six in 10 voters said they trust the mayor, after half said so in March.

About 42% say they are moderate, 30% conservative.`,
		[]expect{
			{"they trust the mayor", TypeIndirect, "", "voters", KindGroup},
			{"they are moderate", TypeIndirect, "", "", KindGroup},
		}},
	// L642. "Those" before "who" is the subject of the cue after the
	// relative clause, a group with no name, as "those surveyed" is.
	{"those who: the demonstrative before a relative clause is a group", `Plant closure.

Those who oppose the plan say it will cost jobs in the valley.`,
		[]expect{
			{"it will cost jobs in the valley", TypeIndirect, "", "", KindGroup},
		}},
	// L643. "left", "found", "saw" and other irregular pasts resume the
	// sentence's predicate after a relative aside: the report of the cue
	// inside the aside ends at the comma that closes it.
	{"aside: an irregular past after the aside ends its report", `Council meeting.

The mayor, who said the plan was not working, left early.`,
		[]expect{
			{"the plan was not working", TypeIndirect, "", "", KindPerson},
		}},
	// L644. When a cue's report is a short noun phrase, the time phrase
	// after it that closes the sentence is when it was said, not what
	// ("announced his candidacy in June 2015"): the report is the phrase.
	{"object: a closing time phrase is the cue's, not the object's", `Campaign notes.

Tom Reyes announced his candidacy in June 2015.`,
		[]expect{
			{"his candidacy", TypeIndirect, "Tom Reyes", "", KindPerson},
		}},
	// L645. A passive question with no asker ("Hale was asked whether
	// she would run") is a question the sentence puts to her, asked by no
	// one it names, as "Asked whether she would run, Hale said" is.
	{"question: a passive question with no asker is asked by no one", `Council race.

At the meeting, Ann Hale was asked whether she would run again.`,
		[]expect{
			{"whether she would run again", TypeIndirect, "", "", ""},
		}},
	// L646. A tally's next figure ("…, 150 have said they prefer Reyes")
	// is a count of people with a report of its own, though the digits
	// stand alone: the first report ends before it (L641).
	{"poll: a bare count after a comma is the next group of a tally", `Delegate count.

So far 210 delegates have said they would back Hale, 150 have said they prefer Reyes.`,
		[]expect{
			{"they would back Hale", TypeIndirect, "", "delegates", KindGroup},
			{"they prefer Reyes", TypeIndirect, "", "", KindGroup},
		}},
	// L620. A person the narration names in full only where no source
	// stands ("a letter from council leader Martin Osgood's office", a
	// possessive) and by surname where they speak: the record gives the
	// full name, as it does for one a quotation gives (quotedName).
	{"full name from the narration's possessive", `Budget row.

The plan was set out in a letter from council leader Martin Osgood's office on Monday.

Osgood said the cuts would fall on roads first.`,
		[]expect{
			{"the cuts would fall on roads first", TypeIndirect, "Martin Osgood", "", KindPerson},
		}},
	// L621. "The" before capitalised modifiers and one word ("The
	// Danish Legion", "the Democratic National Convention") names an
	// organisation: people are not written "the Danish Smith", and the
	// last word alone is no surname.
	{"the and modifiers before one capitalised word is an organisation", `Veterans.

The Danish Legion said the pension rise came too late.`,
		[]expect{
			{"the pension rise came too late", TypeIndirect, "Danish Legion", "", KindOrganization},
		}},
	// L622. A capitalised name whose first word is an organisation's head
	// in the plural ("Centers for Rural Health and Prevention") names the
	// organisation, as the singular does: its last word is no person.
	{"a plural organisation head opens an organisation's name", `Clinics.

The Centers for Rural Health and Prevention said waiting times had doubled.`,
		[]expect{
			{"waiting times had doubled", TypeIndirect, "Centers for Rural Health and Prevention", "", KindOrganization},
		}},
	// L623. One word with a capital inside it after a lower-case letter
	// ("PressWatch", "NewsBeacon") is a publication's or a firm's name,
	// no person's, unless the opening is a surname's (lexicon/
	// camel-name-prefixes: "McCaskill", "DeSantis"): the pronoun after it
	// is the person named before.
	{"a capital inside one word names an organisation", `Ratings.

Data from NewsBeacon showed the show had lost viewers. NewsBeacon said the figures for March were the lowest in a decade.

Senator Ruth McCaskell said the network should explain. She said viewers deserved better.`,
		[]expect{
			{"the show had lost viewers", TypeIndirect, "NewsBeacon", "", KindOrganization},
			{"the figures for March were the lowest in a decade", TypeIndirect, "NewsBeacon", "", KindOrganization},
			{"the network should explain", TypeIndirect, "Ruth McCaskell", "Senator", KindPerson},
			{"viewers deserved better", TypeIndirect, "Ruth McCaskell", "Senator", KindPerson},
		}},
	// L624. A role before a comma and the name after it ("Hale's state
	// chairman, Ed Burrows,") is the role after a fronted phrase too
	// ("From that suite, …"): the sentence's subject is the role's phrase.
	{"a role before the name's comma after a fronted phrase", `Convention.

From that suite, Hale's state chairman, Ed Burrows, had a pleasant task.

In the end, 12 members of the slate prevailed, according to Burrows.`,
		[]expect{
			{"In the end, 12 members of the slate prevailed", TypeIndirect, "Ed Burrows", "Hale's state chairman", KindPerson},
		}},
	// L625. A title, a known first name and a surname that is also a
	// body's word ("Senator Ruth Chambers", "Mayor Tom Court") name a
	// person: the title says so, whatever the last word.
	{"a title and a first name before an organisation's word name a person", `Hearing.

Senator Ruth Court said the rules were weak.`,
		[]expect{
			{"the rules were weak", TypeIndirect, "Ruth Court", "Senator", KindPerson},
		}},
	// L626. A bare surname that is also an organisation's word ("Guardian
	// said" after "Harlow Mayor Dan Guardian") is the person named in
	// full before it; with "the" it is the newspaper.
	{"a surname that is an organisation's word after the person's full name", `Casinos.

"We made mistakes," said Harlow Mayor Dan Guardian in an interview.

Guardian said he understood the anger. The Guardian said the city was broke.`,
		[]expect{
			{"We made mistakes,", TypeDirect, "Dan Guardian", "Harlow Mayor", KindPerson},
			{"he understood the anger", TypeIndirect, "Dan Guardian", "Harlow Mayor", KindPerson},
			{"the city was broke", TypeIndirect, "Guardian", "", KindOrganization},
		}},
	// L627. A preposition and a bare noun that make an adverb ("on
	// board", "at times", lexicon/adverbial-phrases) give the name after
	// them no kind or role: "those on board WexAir Flight 9" says nothing
	// of a "board".
	{"on board before a name is no organisation's kind", `Crash.

The names of those on board WexAir Flight 9 are surfacing. WexAir said there were 56 passengers on board.`,
		[]expect{
			{"there were 56 passengers on board", TypeIndirect, "WexAir", "", KindOrganization},
		}},
	// L628. A noun before a one-word name after a preposition, with a
	// past verb after the name, is the object of a relative clause with
	// no "that" ("with the lawsuit Calder announced"): no organisation of
	// that kind, and the surname stays the person's.
	{"a noun before a name in a relative clause with no that", `Bathroom law.

Attorney General Ruth Calder filed suit on Monday.

The state answered with the lawsuit Calder announced that week. Calder said the law was unfair.`,
		[]expect{
			{"the law was unfair", TypeIndirect, "Ruth Calder", "Attorney General", KindPerson},
		}},
	// L572. "The company" is no public body ("the Justice Department",
	// "the White House"; lexicon/public-body-nouns), as "the ministry" is
	// no firm: the firm the department sued is the one that answers.
	{"the company is not the department that sued it", `Tickets.

The Justice Department sued Ticketwell on Monday.

"We will fight this in court," the company said.`,
		[]expect{
			{"We will fight this in court,", TypeDirect, "", "", KindOrganization},
		}},
	// L660. A constituency of two places joined by "and" ("Bath and
	// Wells", "Chingford and Woodford Green") is the title's object
	// whole, as "the MP for Wycombe" is: no name after the "and", and the
	// name in front of the appositive speaks.
	{"a constituency joined by and is no name", `Tax row deepens

Sir John Hale, the Tory MP for Bath and Wells, said the plan was "a mistake".

The Labour MP for Chingford and Woodford Green said the vote was lost.`,
		[]expect{
			{`the plan was "a mistake"`, TypeMixed, "Sir John Hale", "Tory MP for Bath and Wells", KindPerson},
			{"the vote was lost", TypeIndirect, "", "Labour MP for Chingford and Woodford Green", KindPerson},
		}},
	// L661. "now" and a titled name between commas ("Jane Hale, now
	// Baroness Hale,") gives the name the person goes by now: she speaks
	// under it (DESIGN keeps Lord and Baroness in names), with the role
	// stated before her first name; the noun after the cue is the
	// report's subject, no speaker.
	{"a name now held after a comma is the speaker's", `Peers row

Former Labour minister Jane Hale, now Baroness Hale, said the Lords needed reform.`,
		[]expect{
			{"the Lords needed reform", TypeIndirect, "Baroness Hale", "Former Labour minister", KindPerson},
		}},
	// L662. A life peer takes the surname as the title: "Lord Webb" after
	// "Tom Webb" in the story is the same man, and being made a peer is
	// an honour the name carries, no role, so the title stated before
	// his name stays his role.
	{"a peer's title and surname is the person named before", `Plan row

The former Conservative minister Tom Webb has been made a peer.

Lord Webb said he was "humbled".`,
		[]expect{
			{`he was "humbled"`, TypeMixed, "Tom Webb", "former Conservative minister", KindPerson},
		}},
	// L663. A trade "for" the place it serves ("Transport for London",
	// "Transport for Wales") is a body's name, as "Water UK" is: an
	// organisation, not the place after "for".
	{"a trade for a place is an organisation", `Fares frozen

Transport for London said the freeze would cost £80m.`,
		[]expect{
			{"the freeze would cost £80m", TypeIndirect, "Transport for London", "", KindOrganization},
		}},
	// L664. British parties are organisations: "the Lib Dems" and "the
	// Liberal Democrats" (no group of Democrats, as "Senate Democrats"
	// is), "Reform UK" (a party and its country, as "Water UK" is a
	// trade's) and "Reform" alone after it.
	{"british parties are organisations", `Councillor suspended

The Lib Dems say bonuses were paid. The Liberal Democrats called for an inquiry.

Reform UK said the councillor had been suspended. Reform said it would not comment further.`,
		[]expect{
			{"bonuses were paid", TypeIndirect, "Lib Dems", "", KindOrganization},
			{"an inquiry", TypeIndirect, "Liberal Democrats", "", KindOrganization},
			{"the councillor had been suspended", TypeIndirect, "Reform UK", "", KindOrganization},
			{"it would not comment further", TypeIndirect, "Reform UK", "", KindOrganization},
		}},
	// L665. "that" opens a relative clause after the subject that opens
	// the sentence, as "which" does ("The charity that brought the case
	// said"): the charity speaks, not the case; after a hearer ("told MPs
	// that …") it opens what was told. The clause tells the charity apart
	// from the body named before: no anaphor of Transport for London.
	{"a relative that after the subject", `Fares frozen

Transport for London said the freeze would cost £80m.

The charity that brought the case said it was "disappointed".

The minister told MPs that the firm that runs the trains had failed.`,
		[]expect{
			{"the freeze would cost £80m", TypeIndirect, "Transport for London", "", KindOrganization},
			{`it was "disappointed"`, TypeMixed, "", "", KindOrganization},
			{"the firm that runs the trains had failed", TypeIndirect, "", "minister", KindPerson},
		}},
	// L666. An office in capitals before a role link ("The Labour MP for
	// Spen Valley") is a role phrase as "The mayor of Leeds" is: it stays
	// the role of the name after its comma though a relative clause
	// follows the name.
	{"an MP for a seat before a name and a relative clause", `Plan row

The Labour MP for Spen Valley, Anna Pryce, who introduced the bill, said it was "historic".`,
		[]expect{
			{`it was "historic"`, TypeMixed, "Anna Pryce", "Labour MP for Spen Valley", KindPerson},
		}},
	// L667. A description that is the object of a verb or a preposition,
	// with a name for its appositive closing the sentence ("He wrote to
	// the Labour MP for Oldham West, Jim Hale."), is that person's role;
	// the name after the comma is no report of "wrote". A phrase that
	// fronts the sentence ("According to the minister, Tom Reilly will
	// …") is not so: the name after it is a subject.
	{"an object's appositive name takes the description as role", `Plan row

He wrote to the Labour MP for Oldham West, Jim Hale.

Mr Hale said he was grateful.

According to the minister, Tom Reilly will resign.`,
		[]expect{
			{"he was grateful", TypeIndirect, "Jim Hale", "Labour MP for Oldham West", KindPerson},
			{"Tom Reilly will resign", TypeIndirect, "", "minister", KindPerson},
		}},
	// L669. "he" is a person: after a party that suspended a councillor
	// ("Reform UK has suspended a councillor. The councillor apologised
	// …"), "he wrote" is not the party's.
	{"he after a party is no organisation", `Councillor suspended

Reform UK has suspended a councillor. The councillor apologised on social media.

"I am sorry," he wrote.`,
		[]expect{
			{"I am sorry,", TypeDirect, "", "", KindPerson},
		}},
	// L668. A title, a link and "the" before a name ("co-chair of the
	// BMA's doctors committee") is a title and the body it is of, as
	// "chair of the BMA" is: no person named "BMA", and the BMA that
	// spoke before stays an organisation with no role of a fragment
	// ("co-chair of the").
	{"a co-chair of an organisation's committee", `Plan row

The BMA said the decision was hard.

Dr Tom Webb, co-chair of the BMA's doctors committee, told the BBC: "We had no choice."`,
		[]expect{
			{"the decision was hard", TypeIndirect, "BMA", "", KindOrganization},
			{"We had no choice.", TypeDirect, "Tom Webb", "co-chair of the BMA's doctors committee", KindPerson},
		}},
	// L670. "the Lib Dems" after "the Liberal Democrats" is the same
	// party, named by the fullest name the article gives.
	{"a party's short name after its full one", `Fares frozen

The Liberal Democrats called for an inquiry. The Lib Dems say bonuses were paid.`,
		[]expect{
			{"an inquiry", TypeIndirect, "Liberal Democrats", "", KindOrganization},
			{"bonuses were paid", TypeIndirect, "Liberal Democrats", "", KindOrganization},
		}},
	// L573. A quantity that opens the phrase after a tell verb opens the
	// report with it ("urged both sides to close the deal", as "the two
	// sides"), and a hearer runs over its "of" ("told all of them she
	// would stay"): neither loses a word to the other.
	{"a quantity after a tell verb stays with its phrase", `Talks.

Tom Reilly urged both sides to close the deal. Ann Cole told all of them she would stay.`,
		[]expect{
			{"both sides to close the deal", TypeIndirect, "Tom Reilly", "", KindPerson},
			{"she would stay", TypeIndirect, "Ann Cole", "", KindPerson},
		}},
	// L574. A comma inside a quotation's closing marks ends the report
	// before the writer's participle as one outside them does (`said the
	// plan was "a disgrace," prompting boos`; "said it would fail,
	// drawing cheers" already ended there).
	{"a participle after a comma inside the marks is the writer's", `Rally.

Tom Reilly said the plan was "a disgrace," prompting boos from the crowd.`,
		[]expect{
			{`the plan was "a disgrace,"`, TypeMixed, "Tom Reilly", "", KindPerson},
		}},
	// L575. "Lord Morgan" is the earlier "Wes Morgan" only when the
	// article makes him a peer (L662's "has been made a peer"): a
	// crossbench peer of that surname is someone else (review).
	{"review: a peer of a surname is not any earlier person of it", `Bill.

Health Secretary Wes Morgan said the government would remain neutral.

Lord Morgan, a crossbench peer and former judge, said the bill lacked safeguards.`,
		[]expect{
			{"the government would remain neutral", TypeIndirect, "Wes Morgan", "Health Secretary", KindPerson},
			{"the bill lacked safeguards", TypeIndirect, "Lord Morgan", "crossbench peer and former judge", KindPerson},
		}},
	// L576. The kind of body before a one-word name ("the retailer
	// Hamblin") is no object of a clause the name opens (L628's "the
	// lawsuit Lynch announced"): the firm stays a firm (review).
	{"review: a body's kind before its name is no clause's object", `Retail.

A spokeswoman for the retailer Hamblin confirmed that 30 stores would close. "We have had to make tough choices," Hamblin said.`,
		[]expect{
			{"30 stores would close", TypeIndirect, "", "spokeswoman for the retailer Hamblin", KindPerson},
			{"We have had to make tough choices,", TypeDirect, "Hamblin", "", KindOrganization},
		}},
	// L577. After one capitalised modifier, a word the article writes
	// after a first name is a surname ("Ted Cruz … The Republican Cruz
	// said"), not the end of an organisation's name as "the Danish
	// Legion" is (review of L621).
	{"review: a party before a surname makes no organisation", `Debate.

Ted Cruz spoke first. The Republican Cruz said the vote was rigged.`,
		[]expect{
			{"the vote was rigged", TypeIndirect, "Ted Cruz", "", KindPerson},
		}},
	// L578. "asked to" and a verb that is no speech is a request, no
	// question (L645 keeps "was asked to explain"): "Residents have been
	// asked to avoid the area" reports nothing (review).
	{"review: a passive request to act is no question", `Fire.

Residents have been asked to avoid the area. Passengers were asked to leave the train at Crewe.`,
		nil},
	// L579. Only a title written with the name stays a description of
	// the person when another role replaces it (L570): a former role
	// does not ("a former mayor … is now the education secretary" is no
	// longer "the mayor", review).
	{"review: a replaced former role is no description", `Schools reopen

Tom Hale, a former mayor of Leeds, is now the education secretary.

Hale, the education secretary, said schools would reopen next week.

"The buses will run on time," the mayor said.`,
		[]expect{
			{"schools would reopen next week", TypeIndirect, "Tom Hale", "education secretary", KindPerson},
			{"The buses will run on time,", TypeDirect, "", "mayor", KindPerson},
		}},
	// L585. A count with an auxiliary after "and" is more of a poll's
	// report, not its next answer (L641 ends at "while 95 members
	// favored"); nor is a share of things (review).
	{"review: a later count or share of things goes on with the report", `Poll.

Six in 10 members said the party had lost its way and 12 councillors had quit in protest.

Most voters said prices had risen while 20 percent of their wages had gone on rent.`,
		[]expect{
			{"the party had lost its way and 12 councillors had quit in protest", TypeIndirect, "", "", KindGroup},
			{"prices had risen while 20 percent of their wages had gone on rent", TypeIndirect, "", "voters", KindGroup},
		}},
	// L586. A news outlet's report is the outlet's, whoever founded it
	// (L626 gives a bare surname that is an organisation's to the one
	// person named in full): "Bloomberg reported" (review).
	{"review: an outlet's report stays the outlet's", `Markets.

Michael Bloomberg, the founder of the news agency, was not available. Bloomberg reported that shares fell.`,
		[]expect{
			{"shares fell", TypeIndirect, "Bloomberg", "", KindOrganization},
		}},
	// L587. A name before "administration" or "government" names its
	// holder of before, no full name for the one who speaks (L620):
	// "under the Harold Osgood administration" (review).
	{"review: an administration's name is no full name of the speaker", `Plan.

The council leader, Mr Osgood, said the plan would go ahead.

The plan was first drawn up under the Harold Osgood administration in 1990.`,
		[]expect{
			{"the plan would go ahead", TypeIndirect, "Osgood", "council leader", KindPerson},
		}},
	// L588. "Lo" opens surnames written with an inner capital
	// ("LoBiondo"), as "Mc" and "De" do (L623; review).
	{"review: LoBiondo is a person", `Congressman backs bill

Rep. Frank LoBiondo, a Republican, backed the bill on Tuesday.

"This is good for the shore," LoBiondo said.`,
		[]expect{
			{"This is good for the shore,", TypeDirect, "Frank LoBiondo", "Rep.", KindPerson},
		}},
	// L589. "this year" after an object may be what was promised, and
	// stays (L644 ends a short object before "last week", "in June"):
	// "promised tax cuts this year" (review).
	{"review: this year stays with a promise", `Budget.

The chancellor promised tax cuts this year.`,
		[]expect{
			{"tax cuts this year", TypeIndirect, "", "chancellor", KindPerson},
		}},
	// L700. An age description when no age was stated for anyone goes
	// to the speaker just before it, who spoke in the paragraph before:
	// someone named once with a title who spoke is no one named in
	// passing (namedInPassing is of one who did something else).
	{"an age description after a speaker no age was stated for", `Rail plan row

Paul Garner, the Tory MP for Henley, warned of delays.

Mr Garner said commuters were angry.

Labour's transport spokeswoman, Ruth Mallory, said the plan was years late.

"This government has given up on the railways," the 52-year-old said.`,
		[]expect{
			{"commuters were angry", TypeIndirect, "Paul Garner", "Tory MP for Henley", KindPerson},
			{"the plan was years late", TypeIndirect, "Ruth Mallory", "Labour's transport spokeswoman", KindPerson},
			{"This government has given up on the railways,", TypeDirect, "Ruth Mallory", "Labour's transport spokeswoman", KindPerson},
		}},
	// L701. A rank after a title, before the name ("Army spokesman Col.
	// Dana Reyes") is the person's rank, not part of the title: the role
	// is the title the rank follows.
	{"a rank between a title and the name", `Base review

Army spokesman Col. Dana Reyes said the review would take months.`,
		[]expect{
			{"the review would take months", TypeIndirect, "Dana Reyes", "Army spokesman", KindPerson},
		}},
	// L702. A firm's name with "&" between capitalised words ("Hollis &
	// Co.") is one name: the appositive is still a role, at the end of
	// the sentence too.
	{"a role at a firm named with an ampersand", `Drug trial halted

"The data were clear," said Nadia Forde, an analyst at Hollis & Co.`,
		[]expect{
			{"The data were clear,", TypeDirect, "Nadia Forde", "analyst at Hollis & Co.", KindPerson},
		}},
	// L703. A headline drops its articles: "Council" opening one is "the
	// council" the story writes in lower case, a description and no
	// organisation's name.
	{"a capitalised common noun opening a headline", `Council announces parking charge review

The council said charges would rise in April.`,
		[]expect{
			{"parking charge review", TypeIndirect, "", "", KindOrganization},
			{"charges would rise in April", TypeIndirect, "", "", KindOrganization},
		}},
	// L704. An age is no part of an office: "the 71-year-old senator"
	// after "Sen. Ruth Adler" says no more of her office than "Sen.",
	// which stays her role.
	{"an age description does not replace a title", `Budget talks

Sen. Ruth Adler warned that a short deal would fail. "We have tried this before," the 71-year-old senator said.`,
		[]expect{
			{"a short deal would fail", TypeIndirect, "Ruth Adler", "Sen.", KindPerson},
			{"We have tried this before,", TypeDirect, "Ruth Adler", "Sen.", KindPerson},
		}},
	// L705. As L703, with a lower-case modifier: "Rail union" opening
	// a sentence-case headline is "the rail union", no union named
	// "Rail union": the union the story names.
	{"a common noun phrase opening a headline", `Rail union announces strike ballot

The TSSA union has announced action in a dispute over pay. Members on the rail network would walk out on Saturday, the union said.`,
		[]expect{
			{"strike ballot", TypeIndirect, "TSSA union", "", KindOrganization},
			{"action in a dispute over pay", TypeIndirect, "TSSA union", "", KindOrganization},
			{"Members on the rail network would walk out on Saturday", TypeIndirect, "TSSA union", "", KindOrganization},
		}},
	// L680. A one-word name that opens a sentence is a firm when the
	// quote after it is said by "the company" (organisationNext reads the
	// attribution after the quote that opens the next sentence): "the
	// company" and the "it" after it are that firm, not the department
	// that sued it nor an unnamed body.
	{"a firm's one-word name before the company's quote", `Ticket suit

The Justice Department sued Ticketwell on Monday.

Ticketwell hit back on Tuesday. "We will fight this in court," the company said. It said prices were set by the market.`,
		[]expect{
			{"We will fight this in court,", TypeDirect, "Ticketwell", "", KindOrganization},
			{"prices were set by the market", TypeIndirect, "Ticketwell", "", KindOrganization},
		}},
	// L681. "the United Auto Workers", a name after "the" that ends in a
	// plural of people, is a body (a union's name), so "the union" after
	// it is that body; and "Union" opening the lede after a dateline is
	// a capitalised first word, no union named "Union".
	{"a union named after its members, then the union", `Strike ends

DETROIT (AP) — Union workers ratified the deal, the United Auto Workers said Sunday.

The union said most members voted in favor.`,
		[]expect{
			{"Union workers ratified the deal", TypeIndirect, "United Auto Workers", "", KindOrganization},
			{"most members voted in favor", TypeIndirect, "United Auto Workers", "", KindOrganization},
		}},
	// L682. An appositive that says what kind of body a name is ("the
	// Harbor City Police League, the union that represents officers,")
	// lets "the union" find it though its name's head is another body
	// noun.
	{"a league the article calls a union", `Officer charged

The Harbor City Police League, the union that represents patrol officers, criticised the charge. The union said the officer had followed his training.`,
		[]expect{
			{"the officer had followed his training", TypeIndirect, "Harbor City Police League", "", KindOrganization},
		}},
	// L683. A one-word name that opens the name of a firm named before
	// ("Marrick Pharmaceuticals … Marrick said") is that firm when no
	// person has the name (firmsOfFirstWord): no person "Marrick".
	{"a firm by the first word of its name", `Trial fails

Marrick Pharmaceuticals posted a loss on Wednesday.

Marrick said the trial had failed.`,
		[]expect{
			{"the trial had failed", TypeIndirect, "Marrick Pharmaceuticals", "", KindOrganization},
		}},
	// L684. "Watchdog" ends an organisation's name ("Consumer
	// Watchdog", lexicon/org-heads): no person of that name.
	{"a watchdog's name", `Merger approved

Regulators approved the merger on Monday.

Consumer Watchdog said the deal would raise prices for drivers.`,
		[]expect{
			{"the deal would raise prices for drivers", TypeIndirect, "Consumer Watchdog", "", KindOrganization},
		}},
	// L685. A plural of people inside a capitalised body's name ("the
	// Ohio Chiefs of Police Association") is no unnamed group of chiefs
	// (pluralInOrgName): the association, named.
	{"a plural inside an association's name", `Bill passes

Lawmakers passed the bill on Tuesday.

The Ohio Chiefs of Police Association said it opposed the bill.`,
		[]expect{
			{"it opposed the bill", TypeIndirect, "Ohio Chiefs of Police Association", "", KindOrganization},
		}},
	// L686. A body the article calls a union in an appositive is no
	// department ("the department said" after "the Harbor City Police
	// League, the union that represents …"), though its name holds a
	// public body's word: the department is one the story never names.
	{"a department after a league called a union", `Officer charged

The Harbor City Police League, the union that represents patrol officers, criticised the charge. The officer has been placed on leave, the department said.`,
		[]expect{
			{"The officer has been placed on leave", TypeIndirect, "", "", KindOrganization},
		}},
	// L687. "The company" opening the sentence after one whose verb's
	// object is a one-word name no person has (no first name, honorific
	// or gender), and whose subject is no person, is that firm
	// (firmObjectBefore): "Regulators fined Corvix … The company said" is
	// Corvix, not an unnamed company, and so is the "it" after it; "The
	// mayor met Okafor" is not.
	{"a firm named as the object before the company", `Fines rise

Regulators fined Corvix on Tuesday. The company said it would appeal. "The fine is unfair," it said.`,
		[]expect{
			{"it would appeal", TypeIndirect, "Corvix", "", KindOrganization},
			{"The fine is unfair,", TypeDirect, "Corvix", "", KindOrganization},
		}},
	// L688. A quote with a gendered pronoun ("We wish him well") said by
	// "the company" after a one-word name is the firm's word about that
	// person: the name stays a person's, and the company is unnamed
	// (organisationNext reads the quote's words too).
	{"a company's quote about a person named before", `Boss quits

The board thanked Okafor on Monday.

Okafor resigned on Tuesday. "We wish him well," the company said.`,
		[]expect{
			{"We wish him well,", TypeDirect, "", "", KindOrganization},
		}},
	// L689. "The company" whose own sentence says "he" of someone is
	// not the one-word name before it ("The board fired Okafor on
	// Monday. The company said he had broken its rules": Okafor is the
	// man it fired; firmObjectBefore reads the description's sentence).
	{"a company that says he of the one it fired", `Boss fired

The board fired Okafor on Monday. The company said he had broken its rules.`,
		[]expect{
			{"he had broken its rules", TypeIndirect, "", "", KindOrganization},
		}},
	// L590. A plural that opens its phrase before "of" and a body's name
	// is a group of that body ("Members of Congress", "Shareholders of
	// Harlow Holdings"), not a body called "of Congress"; only after "the"
	// or a word of the name is it part of the name (L685; review).
	{"review: members of a body are a group of it", `Deal.

Members of Congress said the deal was dead. Shareholders of Harlow Holdings said the bid was too low.`,
		[]expect{
			{"the deal was dead", TypeIndirect, "", "Members of Congress", KindGroup},
			{"the bid was too low", TypeIndirect, "", "Shareholders of Harlow Holdings", KindGroup},
		}},
	// L591. After a quote, only "the company" or "the firm" makes the
	// name before it a firm (L680): "the club" may be the club a player
	// joined, and a his in the name's own sentence says a person (review).
	{"review: the club after a player's move is not the player", `Football.

Mbappe completed his move on Thursday.

"A great day for the club," the club said.`,
		[]expect{
			{"A great day for the club,", TypeDirect, "", "", KindOrganization},
		}},
	// L592. A one-word name with a person's appositive is a person, even
	// when a firm's name opens with it ("said Harlow, the founder's
	// grandson" after "Harlow Foods"; L683; review).
	{"review: a person's appositive keeps a firm's first word a person", `Shops.

Harlow Foods is to open 40 new shops this year.

"We have never been busier," said Harlow, the founder's grandson. He said sales had doubled.`,
		[]expect{
			{"We have never been busier,", TypeDirect, "Harlow", "founder's grandson", KindPerson},
			{"sales had doubled", TypeIndirect, "Harlow", "founder's grandson", KindPerson},
		}},
	// L593. Only for an age does a speaker of the paragraph before stay
	// the description's antecedent over the story's subject (L700): "the
	// Frenchman" after a midfielder's report is still the manager the
	// story is about (review).
	{"review: a nation description after a report in passing is the story's subject", `Match.

Rovers manager Henri Castel has criticised the referee after the defeat at Hull.

Midfielder Dean Pryce said the team had been unlucky.

"It was never a penalty," the Frenchman said.`,
		[]expect{
			{"the team had been unlucky", TypeIndirect, "Dean Pryce", "Midfielder", KindPerson},
			{"It was never a penalty,", TypeDirect, "Henri Castel", "Rovers manager", KindPerson},
		}},
}
