package cli

import (
	"math"
	"runtime/debug"
	"sync"
	"testing"
)

// The soft limit grows with the text being briefed once that passes memoryAllowanceMin, up to
// memoryAllowanceMax, and comes back to memoryBase when the articles are done.
func TestMemoryGovernorFollowsTextInFlight(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	g := &memoryGovernor{limit: memoryBase}
	g.begin(10 << 10)
	if g.limit != memoryBase {
		t.Errorf("a 10 KB article: limit %d, want %d", g.limit, memoryBase)
	}
	g.begin(3 << 20)
	if want := int64(memoryBase + heapPerByte*(3<<20+10<<10)); g.limit != want || debug.SetMemoryLimit(-1) != want {
		t.Errorf("3 MB more: limit %d (runtime %d), want %d", g.limit, debug.SetMemoryLimit(-1), want)
	}
	g.begin(16 << 20) // two large articles: the allowance stops at its cap
	if want := int64(memoryBase + memoryAllowanceMax); g.limit != want {
		t.Errorf("16 MB more: limit %d, want %d (capped)", g.limit, want)
	}
	g.end(16 << 20)
	g.end(3 << 20)
	g.end(10 << 10)
	if g.limit != memoryBase || g.briefing != 0 {
		t.Errorf("all done: limit %d, briefing %d", g.limit, g.briefing)
	}
	var none *memoryGovernor // TuneMemory not called: nothing to do
	none.begin(math.MaxInt32)
	none.end(math.MaxInt32)
}

// The window admits one article however large, widens for it, and a full window admits the next
// article once one is released.
func TestWindowAdmitsLargeArticlesAndWaitsWhenFull(t *testing.T) {
	w := newWindow(2, 100)
	w.acquire(1000)
	if w.maxBy != 4000 {
		t.Errorf("after a 1000-byte article the window holds %d bytes, want 4000", w.maxBy)
	}
	w.acquire(10)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		w.acquire(10) // full by count until the release below
	}()
	w.release(1000)
	wg.Wait()
	if w.articles != 2 || w.bytes != 20 {
		t.Errorf("window holds %d articles, %d bytes; want 2, 20", w.articles, w.bytes)
	}
}
