package extractor

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// crowdName is the i-th of many invented names of three syllables.
func crowdName(i int) string {
	syl := []string{"hal", "bren", "var", "cor", "vin", "dal", "mer", "kil", "far", "row", "gun", "hol"}
	n := len(syl)
	w := syl[i%n] + syl[i/n%n] + syl[i/n/n%n]
	return strings.ToUpper(w[:1]) + w[1:]
}

// TestDescriptionsInACrowd: past maxDescribedCands organisations or roles
// with a description's head, the description reads only those named near
// it, and past maxNameCands people with one surname, a surname reads only
// the latest of them; the one just named is still the one meant. Every
// description or surname here has more candidates than that, and each
// answer is checked.
func TestDescriptionsInACrowd(t *testing.T) {
	x := newTestExtractor(t)
	const n = 3 * maxDescribedCands
	cases := []struct {
		name string
		para func(i int) string // the i-th paragraph
		want func(i int) string // the speaker of its quote
	}{
		{
			// city boards and councils in turn: "the city council" is
			// the council named last, whatever came between (at the
			// start, the one named in the next paragraph: namedLater)
			name: "councils",
			para: func(i int) string {
				if i%2 == 0 {
					return fmt.Sprintf("The %s City Board met on Monday. The city council said the depot would close.", crowdName(i))
				}
				return fmt.Sprintf("The %s Council met on Tuesday. The city council said the depot would close.", crowdName(i))
			},
			want: func(i int) string {
				switch {
				case i == 0:
					i = 1
				case i%2 == 0:
					i-- // the council of the paragraph before
				}
				return crowdName(i) + " Council"
			},
		},
		{
			// a role of their own for each person, all with one head
			name: "spokesmen",
			para: func(i int) string {
				return fmt.Sprintf("%[1]s Harbour spokesman Tom %[1]s met reporters on Monday. The spokesman said the pier would close.", crowdName(i))
			},
			want: func(i int) string { return "Tom " + crowdName(i) },
		},
		{
			// past maxNameCands people who share a surname, "Cole said"
			// is still the Cole just named: two-word and three-word
			// names in turn (longer names are named first, so the lists
			// are in no text order until sorted), and Nell Cole, named
			// first and again at the end (after a headline: a name in a
			// first paragraph that reads as one is no antecedent)
			name: "coles",
			para: func(i int) string {
				switch {
				case i == 0:
					return "Pier to close"
				case i == 1 || i == n-1:
					return "Nell Cole met reporters on Monday. Cole said the pier would close."
				case i%2 == 1:
					return fmt.Sprintf("Ann %s Cole met reporters on Monday. Cole said the pier would close.", crowdName(i))
				}
				return fmt.Sprintf("%s Cole met reporters on Monday. Cole said the pier would close.", crowdName(i))
			},
			want: func(i int) string {
				switch {
				case i == 1 || i == n-1:
					return "Nell Cole"
				case i%2 == 1:
					return "Ann " + crowdName(i) + " Cole"
				}
				return crowdName(i) + " Cole"
			},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			paras := make([]string, n)
			for i := range paras {
				paras[i] = c.para(i)
			}
			text := strings.Join(paras, "\n\n")
			res, err := x.Extract(context.Background(), Article{ID: c.name, Text: text})
			if err != nil {
				t.Fatal(err)
			}
			checked := 0
			for _, q := range res.Quotes {
				i := q.Paragraph
				if i < 0 || i >= n || q.Speaker == nil {
					t.Errorf("quote %q: paragraph %d, speaker %v", q.Text, i, q.Speaker)
					continue
				}
				if got, want := string(q.Speaker.Name), c.want(i); got != want {
					t.Errorf("paragraph %d %q: speaker %q, want %q", i, q.Text, got, want)
				}
				checked++
			}
			if checked < n-1 {
				t.Errorf("%d quotes checked, want one in each of %d paragraphs", checked, n)
			}
		})
	}
}
