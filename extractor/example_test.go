package extractor_test

import (
	"context"
	"fmt"

	"github.com/quotewire/quotewire/extractor"
)

func ExampleExtractor_Extract() {
	x, err := extractor.New()
	if err != nil {
		panic(err)
	}
	text := "Talks resumed on Monday.\n\n" +
		`"Unfortunately, Seoul has taken a rather unfriendly position," said Kremlin Spokesman Dimitry Peskov.`
	res, err := x.Extract(context.Background(), extractor.Article{ID: "example", Text: text})
	if err != nil {
		panic(err)
	}
	for _, q := range res.Quotes {
		fmt.Printf("%s — %s: %q [%s, %d-%d]\n", q.Speaker.Name, q.Speaker.Role, q.Text, q.Type, q.Start, q.End)
	}
	// Output:
	// Dimitry Peskov — Kremlin Spokesman: "Unfortunately, Seoul has taken a rather unfriendly position," [direct, 27-87]
}
