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
	units := map[string]string{
		"news":       `"We will not back down," Minister Anna Weber said on Tuesday. She said the plan would pass. `,
		"nopunct":    "word and another word said the man ",
		"marks":      `"'“”‘’«»„ `,
		"unbalanced": `"Open quote said he `,
		// a feed with no blank lines: the first paragraph, which the
		// headline rules read, is the whole article
		"oneparagraph": `Cost estimates, he added, were far too low. Long ago, she said, the town was rich. `,
		// a description ("The council") in every sentence, and a person
		// named in each (descriptionsText): byDescriptor once scanned every
		// entity for each description
		"descriptions": "",
		// a person named with the same role in every other sentence, and
		// the role's head after (spokesmenText): byDescriptor once tested
		// every holder of the role for each "The spokesman"
		"spokesmen": "",
		// a new organisation with the same head word in every other
		// sentence, and the head after (councilsText): byDescriptor once
		// tested every organisation for each "The council"
		"councils": "",
		// the same with a word every council the description names must
		// have and none has ("The former council said"): byOrgDescriptor
		// once walked back over every council for each
		"formercouncils": "",
		// the same with an office holder in the possessive ("The mayor's
		// council said"): only organisations whose names hold "mayor" can
		// be meant; byOrgDescriptor once scanned every council for each
		"holdercouncils": "",
		// a person named with a role in every other sentence, and the
		// role's head alone in the possessive after (possessiveText): a
		// description scoring 0 once sent byDescriptor to scan every holder
		"possessive": "",
	}
	for _, kind := range []string{"news", "nopunct", "marks", "unbalanced", "oneparagraph", "descriptions", "spokesmen", "councils", "formercouncils", "holdercouncils", "possessive"} {
		for _, kb := range []int{16, 64, 256, 1024} {
			text := strings.Repeat(units[kind], kb*1024/max(len(units[kind]), 1)+1)
			switch kind {
			case "descriptions":
				text = descriptionsText(kb * 1024)
			case "spokesmen":
				text = spokesmenText(kb * 1024)
			case "councils":
				text = councilsText(kb * 1024)
			case "formercouncils":
				text = surnamesText(kb*1024, "The %s Council approved the plan on Monday. The former council said the depot would close. ")
			case "holdercouncils":
				text = surnamesText(kb*1024, "The %s Council approved the plan on Monday. The mayor's council said the depot would close. ")
			case "possessive":
				text = possessiveText(kb * 1024)
			}
			b.Run(fmt.Sprintf("%s/%dKiB", kind, kb), func(b *testing.B) {
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

// descriptionsText is about n bytes of one paragraph in which each sentence
// gives a description and names a different person, whose surname is made
// of four syllables in turn ("Tom Halbrenvaros said").
func descriptionsText(n int) string {
	return surnamesText(n, "The council released a statement saying the depot would close, Tom %s said. ")
}

// spokesmenText is about n bytes of one paragraph in which each person, with
// a surname of four syllables, holds the same role, and the role's head
// follows ("Tom Halbrenvaros, a council spokesman, said … The spokesman
// added …").
func spokesmenText(n int) string {
	return surnamesText(n, "Tom %s, a council spokesman, said the depot would close. The spokesman added that it was old. ")
}

// councilsText is about n bytes of one paragraph in which each
// organisation, named with a word of four syllables, is a council, and
// the council's head follows ("The Halbrenvaros Council approved … The
// council said …").
func councilsText(n int) string {
	return surnamesText(n, "The %s Council approved the plan on Monday. The council said the depot would close. ")
}

// possessiveText is about n bytes of one paragraph in which each person,
// with a surname of four syllables, holds the same role, and a possessive
// with the role's head alone follows ("Tom Halbrenvaros, a council
// spokesman, said … The town spokesman's aide added …").
func possessiveText(n int) string {
	return surnamesText(n, "Tom %s, a council spokesman, said the depot would close. The town spokesman's aide added that it was old. ")
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
