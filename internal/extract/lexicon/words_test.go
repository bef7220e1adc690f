package lexicon

import (
	"io/fs"
	"os"
	"path/filepath"
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

func TestWordsLowerCasesAndSkipsComments(t *testing.T) {
	nat := Words("shared/nationalities")
	if !nat["american"] || nat["#"] || nat["nationalities,"] {
		t.Errorf("nationalities: american %v, comment words %v %v", nat["american"], nat["#"], nat["nationalities,"])
	}
	if got := TroopCountryDemonyms["pretoria"]; got != "South African" {
		t.Errorf("pretoria → %q, want South African (a value with a space)", got)
	}
}
