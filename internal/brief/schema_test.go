package brief_test

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/extract"
)

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(brief.JSONSchema))
	if err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("newsbrief-1.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("newsbrief-1.schema.json")
	if err != nil {
		t.Fatalf("schema does not compile: %v", err)
	}
	return s
}

// TestBriefValidatesAgainstSchema briefs real articles and checks the JSON against the shipped schema,
// and that every span's text is the exact slice of the article at its offsets.
func TestBriefValidatesAgainstSchema(t *testing.T) {
	schema := compileSchema(t)
	seed, err := os.ReadFile("../../testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	articles := map[string]string{
		"seed":     string(seed),
		"dateline": "Rebels claim gains\n\nKHARTOUM, April 2, 1997 (AFP) - \"We have taken the town,\" rebel spokesman John Garang said.",
		"empty":    "Nothing here.",
	}
	for name, text := range articles {
		b := extract.Extract(name, text, extract.Options{})
		data, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(v); err != nil {
			t.Errorf("%s: brief does not validate: %v", name, err)
		}
		checkSpans(t, name, text, b)
	}
}

// TestSchemaRejectsBrokenBriefs makes sure the schema is not vacuous.
func TestSchemaRejectsBrokenBriefs(t *testing.T) {
	schema := compileSchema(t)
	for _, bad := range []string{
		`{"schema":"newsbrief/2","id":"x","title":null,"published":null,"published_source":null,"gist":[],"people":[],"quotes":[],"dates":[],"troops":[]}`,
		`{"schema":"newsbrief/1","id":"x","title":null,"published":"29 Dec 2021","published_source":"flag","gist":[],"people":[],"quotes":[],"dates":[],"troops":[]}`,
		`{"schema":"newsbrief/1","id":"x","title":null,"published":null,"published_source":null,"gist":[],"people":[{"name":"A","titles":[],"aliases":[]}],"quotes":[],"dates":[],"troops":[]}`,
		`{"schema":"newsbrief/1","id":"x","title":null,"published":null,"published_source":null,"gist":[],"people":[],"quotes":[],"dates":[],"troops":[{"text":"x","start":0,"end":1,"line":1,"column":1,"count":"many","max":null,"approximate":true,"unit":"troops","who":null}]}`,
	} {
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(bad)))
		if err != nil {
			t.Fatal(err)
		}
		if schema.Validate(v) == nil {
			t.Errorf("schema accepted a broken brief: %s", bad)
		}
	}
}

func checkSpans(t *testing.T, name, text string, b *brief.Brief) {
	t.Helper()
	for _, s := range b.Spans() {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Text {
			t.Errorf("%s: span %q is not the slice [%d:%d] of the article", name, s.Text, s.Start, s.End)
			continue
		}
		if !utf8.ValidString(s.Text) {
			t.Errorf("%s: span %q cuts a character", name, s.Text)
		}
	}
}
