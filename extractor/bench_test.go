package extractor

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotewire/quotewire/internal/evaldata"
)

// benchCorpus is our test articles plus the dev articles of ../shared/eval:
// realistic news text. Without the dev articles the figures would not be
// comparable, so the benchmark skips (fails under CI=true) rather than
// measure a smaller corpus.
func benchCorpus(b *testing.B) []Article {
	var arts []Article
	for name, text := range testArticles(b) {
		arts = append(arts, Article{ID: name, Text: text})
	}
	for _, g := range readGoldLines(b, filepath.Join(evaldata.Dir(b, "polnear_dev.jsonl"), "polnear_dev.jsonl")) {
		arts = append(arts, Article{ID: g.ID, Text: g.Text})
	}
	return arts
}

// BenchmarkExtract reports MB/s and articles/s on one goroutine.
func BenchmarkExtract(b *testing.B) {
	x := newTestExtractor(b)
	arts := benchCorpus(b)
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			if _, err := x.Extract(context.Background(), a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkExtractParallel runs one shared Extractor on all cores.
func BenchmarkExtractParallel(b *testing.B) {
	x := newTestExtractor(b)
	arts := benchCorpus(b)
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	b.SetBytes(int64(size / len(arts)))
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if _, err := x.Extract(context.Background(), arts[i%len(arts)]); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkExtractGrowing shows time and memory growing linearly with the
// input, for ordinary and hostile text: compare ns/op across sizes.
func BenchmarkExtractGrowing(b *testing.B) {
	x := newTestExtractor(b)
	repeat := func(unit string) func(int) string {
		return func(n int) string { return strings.Repeat(unit, n/len(unit)+1) }
	}
	// surnames repeats format with a new surname of four syllables in
	// each copy ("Tom Halbrenvaros said"): a new entity every time
	surnames := func(format string) func(int) string {
		return func(n int) string { return surnamesText(n, format) }
	}
	cases := []struct {
		kind string
		text func(n int) string // about n bytes of it
	}{
		{"news", repeat(`"We will not back down," Minister Anna Weber said on Tuesday. She said the plan would pass. `)},
		{"nopunct", repeat("word and another word said the man ")},
		{"marks", repeat(`"'“”‘’«»„ `)},
		{"unbalanced", repeat(`"Open quote said he `)},
		// a feed with no blank lines: the first paragraph, which the
		// headline rules read, is the whole article
		{"oneparagraph", repeat(`Cost estimates, he added, were far too low. Long ago, she said, the town was rich. `)},
		// a description ("The council") in every sentence, and a person
		// named in each: byDescriptor once scanned every entity for each
		// description
		{"descriptions", surnames("The council released a statement saying the depot would close, Tom %s said. ")},
		// a person named with the same role in every other sentence, and
		// the role's head after: byDescriptor once tested every holder of
		// the role for each "The spokesman"
		{"spokesmen", surnames("Tom %s, a council spokesman, said the depot would close. The spokesman added that it was old. ")},
		// a new organisation with the same head word in every other
		// sentence, and the head after: byDescriptor once tested every
		// organisation for each "The council"
		{"councils", surnames("The %s Council approved the plan on Monday. The council said the depot would close. ")},
		// the same with a word every council the description names must
		// have and none has ("The former council said"): byOrgDescriptor
		// once walked back over every council for each
		{"formercouncils", surnames("The %s Council approved the plan on Monday. The former council said the depot would close. ")},
		// the same with an office holder in the possessive ("The mayor's
		// council said"): only organisations whose names hold "mayor" can
		// be meant; byOrgDescriptor once scanned every council for each
		{"holdercouncils", surnames("The %s Council approved the plan on Monday. The mayor's council said the depot would close. ")},
		// a person named with a role in every other sentence, and the
		// role's head alone in the possessive after ("The town
		// spokesman's aide"): a description scoring 0 once sent
		// byDescriptor to scan every holder
		{"possessive", surnames("Tom %s, a council spokesman, said the depot would close. The town spokesman's aide added that it was old. ")},
		// city boards and councils in turn, each after "The city
		// council said": none has both words, so byOrgDescriptor once
		// walked back over every council and then scanned them all
		{"citycouncils", surnames("The %[1]s City Board met on Monday. The city council said the depot would close. The %[1]s Council met on Tuesday. The city council said it was old. ")},
		// a person with a role of their own in every other sentence, all
		// with one head ("Halbrenvaros Harbour spokesman Tom
		// Halbrenvaros"), and the head after: byRoleDescriptor once
		// tested every role for each "The spokesman"
		{"roles", surnames("%[1]s Harbour spokesman Tom %[1]s met reporters on Monday. The spokesman said the pier would close. ")},
		// a new person with one surname in every other sentence, and the
		// surname alone after ("Cole said"): lookup once read every Cole
		// for each
		{"coles", surnames("%s Cole met reporters on Monday. Cole said the ferry would run. ")},
		// the same with organisations ("Housebuilder Halbrenvaros
		// Carrow", then "Carrow said")
		{"carrows", surnames("Housebuilder %s Carrow met on Monday. Carrow said the ferry would run. ")},
		// one paragraph of single marks that never close, each before a
		// closing double mark with no opener: the closer once walked
		// every open mark
		{"openmarks", repeat("‘the pier is safe,” she ")},
		// one paragraph of quotes and attributions: each quote no rule
		// claimed was once tested against every attribution of it
		{"quotesoneparagraph", surnames(`"The pier is safe," said Ann %s. "We will reopen it." `)},
	}
	for _, c := range cases {
		for _, kb := range []int{16, 64, 256, 1024} {
			text := c.text(kb * 1024)
			b.Run(fmt.Sprintf("%s/%dKiB", c.kind, kb), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := x.Extract(context.Background(), Article{ID: "g", Text: text}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// surnamesText repeats format to about n bytes, with a new surname of four
// syllables in turn each time.
func surnamesText(n int, format string) string {
	syl := []string{"hal", "bren", "var", "os", "by", "cor", "vin", "dal", "mer", "es", "kil", "far", "row", "gun", "der", "hol"}
	var sb strings.Builder
	for i := 0; sb.Len() < n; i++ {
		k, s := i, len(syl)
		a, b, c, e := syl[k%s], syl[k/s%s], syl[k/s/s%s], syl[k/s/s/s%s]
		fmt.Fprintf(&sb, format, strings.ToUpper(a[:1])+a[1:]+b+c+e)
	}
	return sb.String()
}
