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
		`"Regrettably, the harbour board has chosen confrontation," said Union Spokesman Ivor Brandt.`
	res, err := x.Extract(context.Background(), extractor.Article{ID: "example", Text: text})
	if err != nil {
		panic(err)
	}
	for _, q := range res.Quotes {
		fmt.Printf("%s — %s: %q [%s, %d-%d]\n", q.Speaker.Name, q.Speaker.Role, q.Text, q.Type, q.Start, q.End)
	}
	// Output:
	// Ivor Brandt — Union Spokesman: "Regrettably, the harbour board has chosen confrontation," [direct, 27-83]
}
