// Command gen writes prose's model in newsbrief's compact form to the file named by its argument:
// `go generate ./internal/extract/nlp` runs it to make internal/extract/nlp/prose_model.bin.
package main

import (
	"fmt"
	"os"

	"github.com/newsbrief/newsbrief/internal/extract/nlp/internal/prosemodel"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gen FILE")
		os.Exit(2)
	}
	b, err := prosemodel.Build()
	if err == nil {
		err = os.WriteFile(os.Args[1], b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
