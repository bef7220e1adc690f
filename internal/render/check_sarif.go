package render

import (
	"io"
	"net/url"
	"path/filepath"

	"github.com/newsbrief/newsbrief/internal/check"
)

// SARIF 2.1.0 (OASIS), the format GitHub code scanning and other tools read. Only the parts newsbrief
// fills are declared.
const sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"

type sarifLog struct {
	Version string     `json:"version"`
	Schema  string     `json:"$schema"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	ShortDescription     sarifMessage `json:"shortDescription"`
	DefaultConfiguration struct {
		Level string `json:"level"`
	} `json:"defaultConfiguration"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI string `json:"uri"`
		} `json:"artifactLocation"`
		Region struct {
			StartLine   int `json:"startLine"`
			StartColumn int `json:"startColumn"`
		} `json:"region"`
	} `json:"physicalLocation"`
}

// sarifWriter gathers results and writes one SARIF log at Close.
type sarifWriter struct {
	w         io.Writer
	log       sarifLog
	ruleIndex map[string]int
}

func newSARIFWriter(w io.Writer, rules []check.Rule) *sarifWriter {
	s := &sarifWriter{w: w, ruleIndex: map[string]int{}}
	driver := sarifDriver{Name: "newsbrief", InformationURI: "https://github.com/newsbrief/newsbrief", Rules: []sarifRule{}}
	for i, r := range rules {
		sr := sarifRule{ID: r.ID, ShortDescription: sarifMessage{Text: r.Summary}}
		sr.DefaultConfiguration.Level = r.Severity.String()
		driver.Rules = append(driver.Rules, sr)
		s.ruleIndex[r.ID] = i
	}
	// Columns count characters (Unicode code points), not the UTF-16 units SARIF assumes by default.
	s.log = sarifLog{Version: "2.1.0", Schema: sarifSchema, Runs: []sarifRun{{Tool: sarifTool{Driver: driver}, ColumnKind: "unicodeCodePoints", Results: []sarifResult{}}}}
	return s
}

func (s *sarifWriter) Article(path string, findings []check.Finding) error {
	run := &s.log.Runs[0]
	for _, f := range findings {
		r := sarifResult{RuleID: f.Rule, RuleIndex: s.ruleIndex[f.Rule], Level: f.Severity.String(), Message: sarifMessage{Text: f.Message}}
		var loc sarifLocation
		loc.PhysicalLocation.ArtifactLocation.URI = sarifURI(path)
		loc.PhysicalLocation.Region.StartLine = f.Line
		loc.PhysicalLocation.Region.StartColumn = f.Column
		r.Locations = []sarifLocation{loc}
		run.Results = append(run.Results, r)
	}
	return nil
}

func (s *sarifWriter) Close() error { return writeIndentedJSON(s.w, s.log) }

// sarifURI turns a path into a URI reference: forward slashes, special characters escaped.
func sarifURI(path string) string {
	return (&url.URL{Path: filepath.ToSlash(path)}).String()
}
