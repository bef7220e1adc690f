package cli

import (
	"os"
	"runtime/debug"
	"sync"
)

// The garbage collector's settings for newsbrief's workload: a live heap of a few MB (the word lists
// and the articles in flight; prose's model is read in place from the binary, never on the heap)
// through which each article's short-lived allocations pass. Go's default pacing (GOGC=100) collects
// every time the heap doubles, which for a 4 MB live heap is hundreds of collections and 11% of the
// CPU over a 10,000-article stream. So the heap may grow to five times the live heap (GOGC=400),
// under a soft limit of 48 MiB that keeps a stream's peak RSS near 50 MiB. A large article has a
// large live heap of its own (about 12 bytes per byte of news text while it is briefed, and up to
// about 60 for degenerate text such as a sentence of a million names), which a fixed limit would make
// the collector run almost constantly over: the limit grows by heapPerByte for each byte of text
// being briefed, up to memoryAllowanceMax, and shrinks back when the article is done.
const (
	gcPercent   = 400
	memoryBase  = 48 << 20
	heapPerByte = 64
	// memoryAllowanceMax caps what articles in flight add to the limit, so that a 16 MiB article
	// keeps the process near 20 times its size (the hostile benchmark's bound).
	memoryAllowanceMax = 208 << 20
	// Articles below this many bytes in flight in all leave the limit at memoryBase.
	memoryAllowanceMin = 256 << 10
)

// memoryGovernor moves the soft memory limit with the text being briefed.
type memoryGovernor struct {
	mu       sync.Mutex
	briefing int64 // bytes of article text being briefed now
	limit    int64 // the limit last set
}

// memory is nil unless TuneMemory took charge of the limit: tests, and users who set GOMEMLIMIT,
// keep the process's own settings.
var memory *memoryGovernor

// TuneMemory sets the collector's pacing and soft limit for a newsbrief process, unless the user set
// GOGC or GOMEMLIMIT, each of which wins over its default here.
func TuneMemory() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		memory = &memoryGovernor{limit: memoryBase}
		debug.SetMemoryLimit(memoryBase)
	}
}

// begin and end bracket the briefing of an article of n bytes.
func (g *memoryGovernor) begin(n int) { g.add(int64(n)) }
func (g *memoryGovernor) end(n int)   { g.add(-int64(n)) }

func (g *memoryGovernor) add(n int64) {
	if g == nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.briefing += n
	limit := int64(memoryBase)
	if g.briefing >= memoryAllowanceMin {
		limit += min(heapPerByte*g.briefing, memoryAllowanceMax)
	}
	if limit != g.limit {
		g.limit = limit
		debug.SetMemoryLimit(limit)
	}
}
