// Package corpus runs an extractor family's corpus: examples in data (testdata/corpus/FAMILY.json),
// each a text, its publication date and the items the family must find, plus negative examples that
// must yield nothing. It is duckling's per-dimension Corpus in Go: the corpus documents what a
// family understands, and one table test per family runs it.
package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
)

// File is one family's corpus.
type File struct {
	About    string    `json:"about"`    // what the family understands, for a reader of the file
	Examples []Example `json:"examples"` // texts with the items they must yield
	Negative []Example `json:"negative"` // texts that must yield no item at all
}

// Example is one text and what the family must find in it.
type Example struct {
	Note      string `json:"note,omitempty"`      // why the example is there, when the text does not say
	Published string `json:"published,omitempty"` // YYYY-MM-DD, or absent when unknown
	Text      string `json:"text"`
	// Expect lists items by their fields; only the fields given are compared. An item is found by
	// its "text" (or, for people, its "name"). A list of strings stands for a list of spans' texts
	// ("mentions": ["Joe Biden", "Biden"]), and a string a span ("speaker_mention": "he"). A field written with a leading "+" lists values that must
	// be among the item's, which may hold others ("+titles": ["US president"]).
	Expect []map[string]any `json:"expect,omitempty"`
	// Only means the expected items are all the items, in this order.
	Only bool `json:"only,omitempty"`
}

// Extractor runs one family over a text with its publication date (zero when unknown) and returns
// the family's items.
type Extractor func(text string, published time.Time) any

// Run loads testdata/corpus/<family>.json and checks every example against extract.
func Run(t *testing.T, family string, extract Extractor) {
	t.Helper()
	_, here, _, _ := runtime.Caller(0)
	path := filepath.Join(filepath.Dir(here), "../../../../testdata/corpus", family+".json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(f.Examples) == 0 {
		t.Fatalf("%s: no examples", path)
	}
	for i, ex := range f.Examples {
		got, err := run(extract, ex)
		if err != nil {
			t.Errorf("%s example %d: %v", family, i+1, err)
			continue
		}
		if msg := compare(ex, got); msg != "" {
			t.Errorf("%s example %d %q:\n%s", family, i+1, ex.Text, msg)
		}
	}
	for i, ex := range f.Negative {
		got, err := run(extract, ex)
		if err != nil {
			t.Errorf("%s negative %d: %v", family, i+1, err)
			continue
		}
		if len(got) > 0 {
			t.Errorf("%s negative %d %q: want nothing, got %s", family, i+1, ex.Text, texts(got))
		}
	}
}

// run extracts the example's items and decodes them as JSON objects, the form the brief has.
func run(extract Extractor, ex Example) ([]map[string]any, error) {
	var published time.Time
	if ex.Published != "" {
		p, err := time.Parse("2006-01-02", ex.Published)
		if err != nil {
			return nil, fmt.Errorf("bad published %q", ex.Published)
		}
		published = p
	}
	raw, err := json.Marshal(extract(ex.Text, published))
	if err != nil {
		return nil, err
	}
	var items []map[string]any
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, err
	}
	for _, it := range items {
		if s, ok := it["start"].(float64); ok {
			e := it["end"].(float64)
			if ex.Text[int(s):int(e)] != it["text"] {
				return nil, fmt.Errorf("item %q is not the text's bytes [%d:%d]", it["text"], int(s), int(e))
			}
		}
	}
	return items, nil
}

// compare returns what differs between the example's expectation and the items found, or "".
func compare(ex Example, got []map[string]any) string {
	if ex.Only && len(got) != len(ex.Expect) {
		return fmt.Sprintf("  got %d items %s\n want %d", len(got), texts(got), len(ex.Expect))
	}
	msg := ""
	for i, want := range ex.Expect {
		var item map[string]any
		if ex.Only {
			item = got[i]
		} else {
			item = find(got, want)
		}
		if item == nil {
			msg += fmt.Sprintf("  no item %v; got %s\n", want, texts(got))
			continue
		}
		for field, w := range want {
			if among, ok := strings.CutPrefix(field, "+"); ok {
				for _, v := range w.([]any) {
					if !contains(item[among], v) {
						msg += fmt.Sprintf("  %v: %s = %v, want %v among them\n", key(want), among, item[among], v)
					}
				}
			} else if g := item[field]; !same(w, g) {
				msg += fmt.Sprintf("  %v: %s = %v, want %v\n", key(want), field, g, w)
			}
		}
	}
	return msg
}

// find returns the first item with the expected item's key field.
func find(got []map[string]any, want map[string]any) map[string]any {
	k := key(want)
	for _, item := range got {
		if item["text"] == k || item["name"] == k {
			return item
		}
	}
	return nil
}

func key(item map[string]any) any {
	if v, ok := item["text"]; ok {
		return v
	}
	return item["name"]
}

// same compares an expected value with a found one; a string matches a span by its text, and a
// list of strings a list of spans.
func same(want, got any) bool {
	if reflect.DeepEqual(want, got) {
		return true
	}
	if span, ok := got.(map[string]any); ok {
		return span["text"] == want
	}
	w, ok1 := want.([]any)
	g, ok2 := got.([]any)
	if !ok1 || !ok2 || len(w) != len(g) {
		return false
	}
	for i := range w {
		span, ok := g[i].(map[string]any)
		if !ok || span["text"] != w[i] {
			return false
		}
	}
	return true
}

// contains reports whether list (a decoded JSON array) holds v.
func contains(list, v any) bool {
	l, _ := list.([]any)
	for _, x := range l {
		if reflect.DeepEqual(x, v) {
			return true
		}
	}
	return false
}

func texts(items []map[string]any) string {
	var out []any
	for _, it := range items {
		out = append(out, key(it))
	}
	return fmt.Sprintf("%q", out)
}
