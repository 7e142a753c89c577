package extractor

import (
	"context"
	"testing"
)

// extractText is the record of an article of the one text, by the test
// extractor.
func extractText(t *testing.T, text string) Result {
	t.Helper()
	res, err := newTestExtractor(t).Extract(context.Background(), Article{ID: "t", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestContractedPronounMention: the mention of "He's said" is the pronoun
// "He", in the quote and in the speaker's mentions.
func TestContractedPronounMention(t *testing.T) {
	res := extractText(t, "Tom Reilly said the vote would go ahead. He's said the plan will not work.")
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

// TestUnnamedDocumentsAreTwoSpeakers: two unnamed documents with no role
// ("an ad", "a statement") are two speakers; the same document named again
// ("the ad") is the first one; two descriptions of a firm with no role stay
// one (the unseen case "unnamed documents" pins the quotes themselves).
func TestUnnamedDocumentsAreTwoSpeakers(t *testing.T) {
	res := extractText(t, "Race heats up.\n\nAn ad said the senator was weak. Later in the day, a statement said the ad was false. The ad also said he had missed votes.")
	if len(res.Quotes) != 3 || res.Quotes[0].Speaker == nil || res.Quotes[1].Speaker == nil || res.Quotes[2].Speaker == nil {
		t.Fatalf("got %s", summary(res))
	}
	ad, statement, again := res.Quotes[0].Speaker.ID, res.Quotes[1].Speaker.ID, res.Quotes[2].Speaker.ID
	if ad == statement {
		t.Errorf("the ad and the statement share speaker %s", ad)
	}
	if again != ad {
		t.Errorf("the ad again is speaker %s, the ad first %s", again, ad)
	}
}

// TestIndefinitePronounsAreTheirOwnSpeakers: "Everyone", "Nobody" and
// "Somebody" name no one and have no role, but they are not one speaker:
// the word tells them apart, as the noun tells unnamed documents apart.
func TestIndefinitePronounsAreTheirOwnSpeakers(t *testing.T) {
	res := extractText(t, "Bridge vote.\n\nEveryone says the plan is dead. Nobody says the bridge is safe. Somebody claimed the vote was rigged. Everyone says the mayor will go.")
	if len(res.Quotes) != 4 {
		t.Fatalf("got %s", summary(res))
	}
	ids := make([]string, 4)
	for i, q := range res.Quotes {
		if q.Speaker == nil {
			t.Fatalf("quote %d has no speaker: %s", i, summary(res))
		}
		ids[i] = q.Speaker.ID
	}
	if ids[0] == ids[1] || ids[1] == ids[2] || ids[0] == ids[2] {
		t.Errorf("Everyone, Nobody and Somebody share speakers %v", ids[:3])
	}
	if ids[3] != ids[0] {
		t.Errorf("Everyone again is speaker %s, Everyone first %s", ids[3], ids[0])
	}
}
