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

	// 2. Words between subject, cue and clause.
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

The official, who spoke on condition of anonymity because he was not authorised to speak publicly, said the plan had been shelved.`,
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

	// 3. Clause boundaries.
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
	{"a cue-less quote after a reported sentence continues it", `Transport minister Ann Hale backed the scheme.

Ms Hale told the BBC the plan would work. "It is the right thing to do."`,
		[]expect{
			{"the plan would work", TypeIndirect, "Ann Hale", "Transport minister", KindPerson},
			{"It is the right thing to do.", TypeDirect, "Ann Hale", "Transport minister", KindPerson},
		}},

	// 4. Not reported speech.
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
	{"agreed on its own", `The vote was close.

Maya Ross agreed.`, nil},
}
