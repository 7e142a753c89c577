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
}
