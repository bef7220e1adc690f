package extract

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The families read the shared analysis and the word lists, never each other's internals: the one
// exception is quotes, which attributes to the people the people family found. This test keeps the
// dependency graph pointing one way as the code grows.
var allowedImports = map[string][]string{
	"lexicon": {},
	"nlp":     {"lexicon", "internal/input", "internal/brief"},
	"people":  {"nlp", "lexicon", "internal/brief"},
	"quotes":  {"nlp", "lexicon", "internal/brief", "people"},
	"dates":   {"nlp", "lexicon", "internal/brief"},
	"troops":  {"nlp", "lexicon", "internal/brief"},
}

const module = "github.com/newsbrief/newsbrief/"

func TestFamiliesImportOneWay(t *testing.T) {
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "testdata" || e.Name() == "internal" {
			continue
		}
		allowed, ok := allowedImports[e.Name()]
		if !ok {
			t.Errorf("package %s has no entry in allowedImports: say what it may import", e.Name())
			continue
		}
		for _, imp := range projectImports(t, e.Name()) {
			if !slices.Contains(allowed, imp) {
				t.Errorf("%s imports %s; it may import only %v", e.Name(), imp, allowed)
			}
		}
	}
}

// projectImports lists what the non-test files of dir import from this module, relative to
// internal/extract when below it ("people") and to the module otherwise ("internal/brief").
func projectImports(t *testing.T, dir string) []string {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		parsed, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, spec := range parsed.Imports {
			path, _ := strconv.Unquote(spec.Path.Value)
			if rest, ok := strings.CutPrefix(path, module); ok {
				out = append(out, strings.TrimPrefix(rest, "internal/extract/"))
			}
		}
	}
	return out
}
