// Command newsbrief turns news articles into structured briefs. See README.md.
package main

import (
	"os"

	"github.com/newsbrief/newsbrief/internal/cli"
)

func main() {
	cli.TuneMemory() // the collector's pacing and soft memory limit; GOGC and GOMEMLIMIT win
	os.Exit(cli.Run(os.Args[1:], cli.System()))
}
