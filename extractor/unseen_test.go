package extractor

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// expect is one expected attribution of TestUnseenForms: the quote's text
// (all of one segment), its type, and its speaker's name, role and kind.
// An empty name or role expects none; kind "" does not check the kind.
type expect struct {
	quote, typ, name, role, kind string
}

// TestUnseenForms pins the forms that rules fitted to one outlet missed on
// articles they had never seen (the generalisation issue's causes), each
// on sentences we wrote, American and British. Every case lists all the
// attributions the text holds: a quote found beyond them fails the case.
//
// Each case is checked twice: with the shipped model, and with the rules
// alone (checkUnseen with each). The model drops candidates and picks speakers,
// so with it alone a broken rule could pass unseen behind a model that
// happens to drop what the rule now gets wrong, and a borderline case
// flips between passing and unseenPending as refits move the model; the
// rules' own output is what a rule change must keep.
func TestUnseenForms(t *testing.T) {
	t.Parallel()
	x := newTestExtractor(t)
	rules, err := New(WithRulesOnly())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range unseenCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			checkUnseen(t, rules, tc.name, tc.text, tc.want, unseenRulesMiss, "unseenRulesMiss", "with the rules alone (--model none): ")
			if res, checked := checkUnseen(t, x, tc.name, tc.text, tc.want, unseenPending, "unseenPending", ""); checked {
				checkOffsets(t, tc.text, res)
			}
		})
	}
}

// unseenPending are the cases of unseenCases the extractor does not handle
// yet, with the reason.
var unseenPending = map[string]string{
	"a common noun phrase opening a headline":                              "headlineCommonNoun was taken out on review: with no organisation named from the headline, the lede's \"The council has announced\" resolved forward to a body named later (\"The Lib Dems said\"), a wrong speaker where the name \"Council\" had only been a wrong name; it needs the headline's description to be the lede's antecedent",
	"a capitalised common noun opening a headline":                         "headlineCommonNoun was taken out on review: with no organisation named from the headline, the lede's \"The council has announced\" resolved forward to a body named later (\"The Lib Dems said\"), a wrong speaker where the name \"Council\" had only been a wrong name; it needs the headline's description to be the lede's antecedent",
	"a firm named as the object before the company":                        "firmObjectBefore was taken out on review: it made the object of any past verb the firm the next sentence's \"the company\" speaks for, people too (\"Police arrested Hale. The company said …\", \"Universal dropped Stormzy\"); it needs a list of verbs whose object is a firm (fined, sued, acquired)",
	"an infinitive of a cue verb with its own object reports":              "the rules find \"whether she would vote\" after \"refused to say\" (a belief cue, a pronoun speaker; the three words are the cue since L205); the model puts it just under the threshold 0.55: it flips with refits (in after the refit of the inverted description's name, L107; out again after the closing \"in a report\", L109)",
	"no report where a review found a rule too broad":                      "the rules find \"We will win the seat.\" going on Ann Cole's report (L243); the model drops a four-word continuation of an indirect report, which PolNeAR has few of",
	"only a bare 'a survey' is the one maker's; a rival survey is another": "the rules find \"most voters back the plan\" after \"A survey suggests\" (its maker named the sentence before); the model drops it after the refit of L258 (a closing \"according to\" over a cue inside its clause): a document's bare-clause report near the threshold, which flips with refits",
	"a body's plural verb is a cue, its compound noun is not":              "the rules find \"the plan will work\" after \"The Government claim\" (a body's plural verb, case 69); the model drops it after the refit of L623 (a capital inside one word names an organisation), which changes no feature of it: a short indirect report of a bare \"claim\" near the threshold, which flips with refits",
	"a cue word after a determiner and a noun is a noun":                   "the rules report \"the figures\" after \"could not confirm\" (also in unseenRulesMiss); the model, which dropped it, keeps it after the refit of L602 (two nouns before an organisation's head): a short object report near the threshold, which flips with refits",
}

// unseenRulesMiss are the cases of unseenCases that the rules alone do
// not pass, with the reason: most are candidates the model is there to
// drop; a case in unseenPending too is one neither handles yet. Every
// other case must pass with the rules alone (--model none).
var unseenRulesMiss = map[string]string{
	"a common noun phrase opening a headline":                                    "the rules no longer read it (see unseenPending)",
	"a capitalised common noun opening a headline":                               "the rules no longer read it (see unseenPending)",
	"a firm named as the object before the company":                              "the rules no longer read it (firmObjectBefore taken out on review; see unseenPending)",
	"a headline's label is not the unnamed source of a description after a name": "the rules keep the headline fragment \"to quit touring\" with the label \"Singer\" as an unnamed speaker; the shipped model drops headline fragments (modelDrops)",
	"the chancellor is not the shadow chancellor":                                "the rules report \"the plan\" after \"attacked\"; the model drops the two-word report",
	"a cue word after a determiner and a noun is a noun":                         "the rules report \"the figures\" after \"could not confirm\"; the model drops it",
	"a pronoun after a three-word name's sentence is that person":                "the rules report \"voting in the north\" after \"observed\"; the model drops it",
}

// checkUnseen extracts a case with x: it must pass, unless list (named
// listName) excuses it, and then it must still fail, so that the day it
// passes it leaves the list. checked is false for an excused case.
func checkUnseen(t *testing.T, x *Extractor, name, text string, want []expect, list map[string]string, listName, prefix string) (res Result, checked bool) {
	t.Helper()
	res, err := x.Extract(context.Background(), Article{ID: "t", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	failures := unseenMismatches(res, want)
	why, excused := list[name]
	switch {
	case excused && len(failures) == 0:
		t.Errorf("%s%q now passes: remove it from %s", prefix, name, listName)
	case excused:
		t.Logf("excused by %s (%s): %s", listName, why, failures[0])
	default:
		for _, f := range failures {
			t.Errorf("%s%s", prefix, f)
		}
	}
	return res, !excused
}

// TestUnseenListsName checks that unseenPending and unseenRulesMiss name
// cases of unseenCases (a renamed case would leave a stale entry that
// excuses nothing, and its case unguarded), and logs which cases pass only
// thanks to the model and which the model masks: those the rules pass
// and the shipped model does not.
func TestUnseenListsName(t *testing.T) {
	t.Parallel()
	names := map[string]bool{}
	for _, tc := range unseenCases {
		names[tc.name] = true
		_, pending := unseenPending[tc.name]
		_, miss := unseenRulesMiss[tc.name]
		switch {
		case miss && !pending:
			t.Logf("passes only thanks to the model: %q", tc.name)
		case pending && !miss:
			t.Logf("the rules pass it, the model masks it: %q", tc.name)
		}
	}
	for _, list := range []map[string]string{unseenPending, unseenRulesMiss} {
		for name := range list {
			if !names[name] {
				t.Errorf("%q is no case of unseenCases", name)
			}
		}
	}
}

// unseenMismatches returns what differs from want in the record res.
func unseenMismatches(res Result, want []expect) []string {
	var out []string
	matched := map[int]bool{}
	for _, w := range want {
		qi, seg := segmentOf(res, w.quote)
		if qi < 0 {
			out = append(out, fmt.Sprintf("no quote %q; got %s", w.quote, summary(res)))
			continue
		}
		matched[seg] = true
		q := res.Quotes[qi]
		if q.Type != w.typ {
			out = append(out, fmt.Sprintf("%q: type %s, want %s", w.quote, q.Type, w.typ))
		}
		var name, role, kind string
		if q.Speaker != nil {
			name, role, kind = string(q.Speaker.Name), string(q.Speaker.Role), q.Speaker.Kind
		}
		if name != w.name || role != w.role {
			out = append(out, fmt.Sprintf("%q: speaker %q role %q, want %q role %q", w.quote, name, role, w.name, w.role))
		}
		if w.kind != "" && kind != w.kind {
			out = append(out, fmt.Sprintf("%q: kind %q, want %q", w.quote, kind, w.kind))
		}
	}
	n := 0
	for _, q := range res.Quotes {
		n += len(q.Segments)
	}
	if n != len(matched) {
		out = append(out, fmt.Sprintf("%d segment(s) found, want %d:%s", n, len(matched), summary(res)))
	}
	return out
}

// segmentOf finds the quote with a segment whose text is quote, and
// returns its index and a key for the segment, or -1.
func segmentOf(r Result, quote string) (int, int) {
	for i, q := range r.Quotes {
		runes := []rune(q.Text)
		for k, s := range q.Segments {
			if strings.TrimSpace(string(runes[s[0]-q.Start:s[1]-q.Start])) == quote {
				return i, i*1000 + k
			}
		}
	}
	return -1, -1
}
