// Command newsbrief turns news articles into structured briefs. See README.md.
package main

import (
	"os"
	"runtime/debug"

	"github.com/newsbrief/newsbrief/internal/cli"
)

// memoryLimit is a soft heap limit: prose's entity model, when a run needs it, holds about 40 MB
// live, and with Go's default pacing the heap would double that; the limit keeps a stream of any
// length under 100 MB of RSS at no measured cost in throughput. GOMEMLIMIT, when set, wins.
const memoryLimit = 80 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(cli.Run(os.Args[1:], cli.System()))
}
