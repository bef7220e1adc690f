// Command newsbrief turns news articles into structured briefs. See README.md.
package main

import (
	"os"

	"github.com/newsbrief/newsbrief/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], cli.System()))
}
