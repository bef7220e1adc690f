package lexicon

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestEveryListIsReadAndFilled keeps data/ and the code in step: each list has words, and each is
// read by name from some package of the extractors (a list nobody reads is dead weight that still
// looks authoritative to a reader).
func TestEveryListIsReadAndFilled(t *testing.T) {
	var sources strings.Builder
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			sources.Write(b)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	err = fs.WalkDir(data, "data", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		n++
		name := strings.TrimSuffix(strings.TrimPrefix(path, "data/"), filepath.Ext(path))
		if !strings.Contains(sources.String(), strconv.Quote(name)) {
			t.Errorf("%s: no package reads it", path)
		}
		var size int
		if filepath.Ext(path) == ".tsv" {
			size = len(Pairs(name))
		} else {
			size = len(Words(name))
		}
		if size == 0 {
			t.Errorf("%s: empty", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 80 {
		t.Errorf("only %d lists found under data/", n)
	}
}

// No two word lists hold the same words: a list two families need is one shared list, read by both.
func TestNoListIsACopyOfAnother(t *testing.T) {
	seen := map[string]string{}
	err := fs.WalkDir(data, "data", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".txt" {
			return err
		}
		name := strings.TrimSuffix(strings.TrimPrefix(path, "data/"), ".txt")
		words := make([]string, 0, 16)
		for w := range Words(name) {
			words = append(words, w)
		}
		slices.Sort(words)
		key := strings.Join(words, " ")
		if other, ok := seen[key]; ok {
			t.Errorf("%s holds the same words as %s", name, other)
		}
		seen[key] = name
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestWordsLowerCasesAndSkipsComments(t *testing.T) {
	nat := Words("shared/nationalities")
	if !nat["american"] || nat["#"] || nat["nationalities,"] {
		t.Errorf("nationalities: american %v, comment words %v %v", nat["american"], nat["#"], nat["nationalities,"])
	}
	if got := TroopCountryDemonyms["pretoria"]; got != "South African" {
		t.Errorf("pretoria → %q, want South African (a value with a space)", got)
	}
}
