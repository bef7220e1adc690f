package render

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/url"
	"path/filepath"

	"github.com/newsbrief/newsbrief/internal/check"
)

// SARIF 2.1.0 (OASIS), the format GitHub code scanning and other tools read. Only the parts newsbrief
// fills are declared; a test validates the output against the SARIF 2.1.0 JSON schema.
const sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"

type sarifLog struct {
	Version string     `json:"version"`
	Schema  string     `json:"$schema"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	ColumnKind  string            `json:"columnKind"`
	Results     []sarifResult     `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	ShortDescription     sarifMessage `json:"shortDescription"`
	FullDescription      sarifMessage `json:"fullDescription"`
	HelpURI              string       `json:"helpUri"`
	DefaultConfiguration struct {
		Level string `json:"level"`
	} `json:"defaultConfiguration"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

// sarifInvocation says whether the run succeeded and which inputs could not be read.
type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation struct {
		URI string `json:"uri"`
	} `json:"artifactLocation"`
	Region *sarifRegion `json:"region,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
}

// sarifWriter gathers results and writes one SARIF log at Close.
type sarifWriter struct {
	w         io.Writer
	log       sarifLog
	ruleIndex map[string]int
	seen      map[string]int // fingerprint seeds seen so far, to number repeats
}

func newSARIFWriter(w io.Writer, rules []check.Rule, version string) *sarifWriter {
	s := &sarifWriter{w: w, ruleIndex: map[string]int{}, seen: map[string]int{}}
	driver := sarifDriver{Name: "newsbrief", Version: version, InformationURI: "https://github.com/newsbrief/newsbrief", Rules: []sarifRule{}}
	for i, r := range rules {
		sr := sarifRule{ID: r.ID, ShortDescription: sarifMessage{Text: r.Summary}, FullDescription: sarifMessage{Text: oneLineClean(r.Description())}, HelpURI: r.HelpURI()}
		sr.DefaultConfiguration.Level = r.Severity.String()
		driver.Rules = append(driver.Rules, sr)
		s.ruleIndex[r.ID] = i
	}
	// Columns count characters (Unicode code points), not the UTF-16 units SARIF assumes by default.
	s.log = sarifLog{Version: "2.1.0", Schema: sarifSchema, Runs: []sarifRun{{
		Tool:        sarifTool{Driver: driver},
		Invocations: []sarifInvocation{{ExecutionSuccessful: true, ToolExecutionNotifications: []sarifNotification{}}},
		ColumnKind:  "unicodeCodePoints",
		Results:     []sarifResult{},
	}}}
	return s
}

func (s *sarifWriter) Article(path string, findings []check.Finding) error {
	run := &s.log.Runs[0]
	for _, f := range findings {
		r := sarifResult{RuleID: f.Rule, RuleIndex: s.ruleIndex[f.Rule], Level: f.Severity.String(), Message: sarifMessage{Text: f.Message}}
		var loc sarifLocation
		loc.PhysicalLocation.ArtifactLocation.URI = sarifURI(path)
		loc.PhysicalLocation.Region = &sarifRegion{StartLine: f.Line, StartColumn: f.Column}
		r.Locations = []sarifLocation{loc}
		r.PartialFingerprints = map[string]string{"newsbrief/v1": s.fingerprint(path, f)}
		run.Results = append(run.Results, r)
	}
	return nil
}

// fingerprint identifies a finding across runs, so code scanning tracks it as one alert while lines
// are added above it: the rule, the file and the message (which quotes the words concerned), not the
// line, numbered when the same finding repeats in one file.
func (s *sarifWriter) fingerprint(path string, f check.Finding) string {
	seed := f.Rule + "\x00" + path + "\x00" + f.Message
	s.seen[seed]++
	sum := sha256.Sum256([]byte(seed))
	return hex.EncodeToString(sum[:16]) + ":" + itoa(s.seen[seed])
}

func (s *sarifWriter) Unreadable(path string, err error) error {
	inv := &s.log.Runs[0].Invocations[0]
	inv.ExecutionSuccessful = false
	var loc sarifLocation
	loc.PhysicalLocation.ArtifactLocation.URI = sarifURI(path)
	inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{Level: "error", Message: sarifMessage{Text: oneLineClean(err.Error())}, Locations: []sarifLocation{loc}})
	return nil
}

func (s *sarifWriter) Close() error { return writeIndentedJSON(s.w, s.log) }

// sarifURI turns a path into a URI reference: forward slashes, special characters escaped.
func sarifURI(path string) string {
	return (&url.URL{Path: filepath.ToSlash(path)}).String()
}

func itoa(n int) string {
	const digits = "0123456789"
	if n < 10 {
		return digits[n : n+1]
	}
	return itoa(n/10) + digits[n%10:n%10+1]
}
