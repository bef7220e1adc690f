// Package benchdata reads the real wire stories the extractors' benchmarks run on
// (testdata/bench/articles.jsonl), so that every family's benchmarks measure the same articles.
package benchdata

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Articles returns the text of every bench article.
func Articles(tb testing.TB) []string {
	tb.Helper()
	_, here, _, _ := runtime.Caller(0)
	f, err := os.Open(filepath.Join(filepath.Dir(here), "../../../../testdata/bench/articles.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatal(err)
		}
		out = append(out, rec.Text)
	}
	return out
}

// Bytes is the articles' total size, for b.SetBytes.
func Bytes(articles []string) int64 {
	n := 0
	for _, a := range articles {
		n += len(a)
	}
	return int64(n)
}
