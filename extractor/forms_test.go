package extractor

import (
	"context"
	"strings"
	"testing"
)

// want is one expected attribution: the quote text (as a substring of the
// record's quote text), its type, and its speaker's name and role.
type want struct {
	quote, typ, name, role string
}

// TestQuoteForms checks each quote form DESIGN.md lists on a short article
// written for the test: the rules find every one, and the shipped model
// keeps every one but those it is unsure of (modelDrops).
func TestQuoteForms(t *testing.T) {
	t.Parallel()
	model := newTestExtractor(t)
	rules, err := New(WithRulesOnly())
	if err != nil {
		t.Fatal(err)
	}
	// The forms whose candidate the shipped model drops, and why. Each is
	// a measured decision, not a wish: a retrained model that keeps one
	// fails here too, and the entry goes.
	modelDrops := map[string]string{
		"headline quoted fragment": "a headline fragment of five words or fewer in a two-line article: accept 0.29, threshold 0.30 (headline fragments are often scare quotes in PolNeAR)",
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"quote then speaker said", `Prices rose again in March.

"We will not raise rates this year," Central Bank Governor Amara Osei said on Tuesday.`,
			[]want{{"We will not raise rates this year,", TypeDirect, "Amara Osei", "Central Bank Governor"}}},
		{"quote then said speaker", `Talks resumed on Monday.

"The door remains open," said Dmitry Peskov, the Kremlin spokesman.`,
			[]want{{"The door remains open,", TypeDirect, "Dmitry Peskov", "Kremlin spokesman"}}},
		{"speaker said colon quote", `The mayor spoke after the vote.

Mayor Lena Fischer said: "This city keeps its promises."`,
			[]want{{"This city keeps its promises.", TypeDirect, "Lena Fischer", "Mayor"}}},
		{"reported speech with that", `Farm exports fell sharply.

Agriculture Minister Tomas Varga said that the drought had cut the harvest by a third.`,
			[]want{{"the drought had cut the harvest by a third", TypeIndirect, "Tomas Varga", "Agriculture Minister"}}},
		{"reported speech before the clause", `Storms hit the coast.

Thousands of homes were still without power on Friday, utility spokeswoman Maria Lopez said.`,
			[]want{{"Thousands of homes were still without power on Friday", TypeIndirect, "Maria Lopez", "utility spokeswoman"}}},
		{"according to", `Shares slid.

According to analyst Priya Nair, the company will miss its targets for a third quarter.`,
			[]want{{"the company will miss its targets for a third quarter", TypeIndirect, "Priya Nair", "analyst"}}},
		{"mixed quote", `The deal was signed in Geneva.

Senator Ruth Adler said the agreement was "a quid pro quo" and would not survive a vote.`,
			[]want{{`the agreement was "a quid pro quo" and would not survive a vote`, TypeMixed, "Ruth Adler", "Senator"}}},
		{"bare quoted label", `The plan drew criticism.

Opposition leader Karim Haddad called it "a disgrace."`,
			[]want{{"a disgrace.", TypeMixed, "Karim Haddad", "Opposition leader"}}},
		{"interrupted quote", `Rescue teams worked through the night.

"We have reached the first village," fire chief Jonas Berg said, "and the road is open again."`,
			[]want{{"We have reached the first village,", TypeDirect, "Jonas Berg", "fire chief"}}},
		{"pronoun and surname", `Finance Minister Elena Petrova presented the budget on Monday.

"Every ministry will share the burden," she said.

"No one is exempt," Petrova added.`,
			[]want{{"Every ministry will share the burden,", TypeDirect, "Elena Petrova", "Finance Minister"},
				{"No one is exempt,", TypeDirect, "Elena Petrova", "Finance Minister"}}},
		{"role noun resolves to name", `Former Moldovan president Andrei Vulpe spoke on state television.

Calling it a warning, the former Moldovan president said that Chisinau could respond within days.`,
			[]want{{"Chisinau could respond within days", TypeIndirect, "Andrei Vulpe", "Former Moldovan president"}}},
		{"unnamed source with role", `The embassy was closed.

A spokesman for the ministry said the closure was temporary.`,
			[]want{{"the closure was temporary", TypeIndirect, "", "spokesman for the ministry"}}},
		{"organisation", `Fighting continued in the east.

"Our units held every position," the Estonian Defense Ministry wrote on Facebook.`,
			[]want{{"Our units held every position,", TypeDirect, "Estonian Defense Ministry", ""}}},
		{"honorifics", `Mr Haddad left the meeting early.

"It was a waste of time," said Mrs. Okafor. "We learned nothing new."

Dr Smith disagreed. "There was progress," Dr Smith said.

Sir John Hale said the talks would resume in May. Lord Pryce said he would attend.`,
			[]want{{"It was a waste of time,", TypeDirect, "Okafor", ""},
				{"There was progress,", TypeDirect, "Smith", ""},
				{"the talks would resume in May", TypeIndirect, "Sir John Hale", ""}, // DESIGN, "Names": Sir and Lord stay
				{"he would attend", TypeIndirect, "Lord Pryce", ""}}},
		{"continuation across paragraphs", `Union leader Sam Ortiz addressed the strikers.

"We did not choose this fight," Ortiz said. "But we will finish it.

"Every worker here deserves a fair wage."

The company did not respond.`,
			[]want{{"We did not choose this fight,", TypeDirect, "Sam Ortiz", "Union leader"},
				{"But we will finish it.", TypeDirect, "Sam Ortiz", "Union leader"},
				{"Every worker here deserves a fair wage.", TypeDirect, "Sam Ortiz", "Union leader"}}},
		{"British single quotes", `The minister faced questions in parliament.

'We will not back down on this tax,' Chancellor Oliver Grant said.`,
			[]want{{"We will not back down on this tax,", TypeDirect, "Oliver Grant", "Chancellor"}}},
		{"guillemets and low quotes", `Le président a parlé.

«Nous tiendrons nos promesses», a dit le président. Trade Minister Anna Weber said: „Wir bleiben dabei.“`,
			[]want{{"Wir bleiben dabei.", TypeDirect, "Anna Weber", "Trade Minister"}}},
		{"headline dash", `Russia will answer any new sanctions - Medvedev

Moscow has warned the West repeatedly.`,
			[]want{{"Russia will answer any new sanctions", TypeIndirect, "Medvedev", ""}}},
		{"headline quoted fragment", `Minister 'will not back down' on tax

The finance minister spoke on Tuesday.`,
			[]want{{"will not back down", TypeMixed, "", "Minister"}}},
		{"doubled apostrophes as quotation marks", `The library opened on Saturday.

''One library will not rescue the high street,'' said Mayor Dana Brooks. ''But it helps.''`,
			[]want{{"One library will not rescue the high street,", TypeDirect, "Dana Brooks", "Mayor"},
				{"But it helps.", TypeDirect, "Dana Brooks", "Mayor"}}},
		{"quote signed after a dash", `Readers wrote in after the debate.

“He never answered the question.” ― Maria Lopez
“I changed my mind tonight.” ― Tom Reyes`,
			[]want{{"He never answered the question.", TypeDirect, "Maria Lopez", ""},
				{"I changed my mind tonight.", TypeDirect, "Tom Reyes", ""}}},
		{"interrupted reported speech", `The president spoke at the opening.

Open debate, President Ana Ruiz said, is a sign of strength.`,
			[]want{{"Open debate", TypeIndirect, "Ana Ruiz", "President"}}},
		{"interrupted reported speech, one word first", `The president spoke at the opening.

Islanders, the president said, can weather any storm.`,
			[]want{{"Islanders", TypeIndirect, "", "president"}}},
		{"titles of shows are not speech", `The senator was on television.

Senator Ruth Adler said on "Face the Nation" that the bill would pass.`,
			[]want{{"the bill would pass", TypeIndirect, "Ruth Adler", "Senator"}}},
		{"pronoun agrees with its antecedent", `Governor Maria Santos met Mayor Peter Holt on Monday.

"We agreed on nothing," she said.`,
			[]want{{"We agreed on nothing,", TypeDirect, "Maria Santos", "Governor"}}},
		{"party and state after the name", `The Senate voted on Tuesday.

Senate Majority Leader Dale Moore, R-Ind., said "We expect to have the votes to override it," and left.`,
			[]want{{"We expect to have the votes to override it,", TypeDirect, "Dale Moore", "Senate Majority Leader R-Ind."}}},
		{"quote after the cue, then a trailing clause", `The curfew began at midnight.

Protesters marching through the old town chanted "Whose curfew?" as they went on.`,
			[]want{{"Whose curfew?", TypeDirect, "", "Protesters"}}}, // a group is its own role (Critics, Local campaigners)
		{"a title with function words is not speech", `The senator was on television.

Senator Ruth Adler told "State of the Union" that the bill would pass.`,
			[]want{{"the bill would pass", TypeIndirect, "Ruth Adler", "Senator"}}},
		{"titles before names and exclamation", `The court ruled on Thursday.

"This is a victory for every family!" lawyer Grace Kim said.`,
			[]want{{"This is a victory for every family!", TypeDirect, "Grace Kim", "lawyer"}}},
	}
	for _, tc := range tests {
		for _, ex := range []struct {
			name string
			x    *Extractor
		}{{"rules", rules}, {"model", model}} {
			t.Run(tc.name+"/"+ex.name, func(t *testing.T) {
				t.Parallel()
				checkForm(t, ex.x, tc.text, tc.want, ex.name == "model" && modelDrops[tc.name] != "")
			})
		}
	}
}

// checkForm extracts text and checks every wanted quote; dropped says the
// model is known to drop them (then it must still drop them).
func checkForm(t *testing.T, x *Extractor, text string, wants []want, dropped bool) {
	t.Helper()
	res, err := x.Extract(context.Background(), Article{ID: "t", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range wants {
		q := findQuote(res, w.quote)
		if dropped {
			if q != nil {
				t.Errorf("the model now keeps %q: remove it from modelDrops", w.quote)
			}
			continue
		}
		if q == nil {
			t.Errorf("no quote holding %q; got %s", w.quote, summary(res))
			continue
		}
		if q.Type != w.typ {
			t.Errorf("%q: type %s, want %s", w.quote, q.Type, w.typ)
		}
		if q.Speaker == nil {
			t.Errorf("%q: no speaker, want %q", w.quote, w.name)
			continue
		}
		if string(q.Speaker.Name) != w.name {
			t.Errorf("%q: speaker %q, want %q", w.quote, q.Speaker.Name, w.name)
		}
		if string(q.Speaker.Role) != w.role {
			t.Errorf("%q: role %q, want %q", w.quote, q.Speaker.Role, w.role)
		}
	}
}

func findQuote(r Result, text string) *Quote {
	for i, q := range r.Quotes {
		for _, s := range q.Segments {
			seg := string([]rune(q.Text)[s[0]-q.Start : s[1]-q.Start])
			if seg == text || strings.Contains(seg, text) && len(text) > len(seg)/2 {
				return &r.Quotes[i]
			}
		}
	}
	return nil
}

func summary(r Result) string {
	var b strings.Builder
	for _, q := range r.Quotes {
		name := "<nil>"
		if q.Speaker != nil {
			name = string(q.Speaker.Name) + "/" + string(q.Speaker.Role)
		}
		b.WriteString("\n  " + q.Type + " [" + name + "] " + q.Text)
	}
	return b.String()
}

func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}
