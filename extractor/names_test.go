package extractor

import (
	"context"
	"testing"
)

// TestContractedPronounMention: the mention of "He's said" is the pronoun
// "He", in the quote and in the speaker's mentions.
func TestContractedPronounMention(t *testing.T) {
	x := newTestExtractor(t)
	text := "Tom Reilly said the vote would go ahead. He's said the plan will not work."
	res, err := x.Extract(context.Background(), Article{ID: "t", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Quotes) != 2 || res.Quotes[1].Speaker == nil {
		t.Fatalf("got %s", summary(res))
	}
	if m := res.Quotes[1].Speaker.Mention; m.Text != "He" {
		t.Errorf("mention %q, want \"He\"", m.Text)
	}
	for _, sp := range res.Speakers {
		for _, m := range sp.Mentions {
			if m.Text == "He's" {
				t.Errorf("speaker %s keeps the mention %q", sp.Name, m.Text)
			}
		}
	}
}
