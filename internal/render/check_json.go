package render

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/newsbrief/newsbrief/internal/check"
)

// checkJSON is the JSON report of `newsbrief check --format json` (schema newsbrief-check/1).
type checkJSON struct {
	Schema     string                `json:"schema"`
	Version    string                `json:"version"`
	Findings   []checkJSONFinding    `json:"findings"`
	Unreadable []checkJSONUnreadable `json:"unreadable"` // inputs that could not be read or checked
	Articles   int                   `json:"articles"`
	Errors     int                   `json:"errors"`
	Warnings   int                   `json:"warnings"`
}

type checkJSONUnreadable struct {
	Path  string `json:"path"`
	Error string `json:"error"`
}

type checkJSONFinding struct {
	Path     string `json:"path"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Offset   int    `json:"offset"` // byte offset in the article
	Severity string `json:"severity"`
	Rule     string `json:"rule"`
	Message  string `json:"message"`
}

// checkJSONWriter gathers every finding and writes one JSON object at Close.
type checkJSONWriter struct {
	w   io.Writer
	out checkJSON
}

func (j *checkJSONWriter) Article(path string, findings []check.Finding) error {
	j.out.Articles++
	for _, f := range findings {
		if f.Severity == check.Error {
			j.out.Errors++
		} else {
			j.out.Warnings++
		}
		j.out.Findings = append(j.out.Findings, checkJSONFinding{Path: path, Line: f.Line, Column: f.Column, Offset: f.Start, Severity: f.Severity.String(), Rule: f.Rule, Message: f.Message})
	}
	return nil
}

func (j *checkJSONWriter) Unreadable(path string, err error) error {
	j.out.Unreadable = append(j.out.Unreadable, checkJSONUnreadable{Path: path, Error: err.Error()})
	return nil
}

func (j *checkJSONWriter) Close() error { return writeIndentedJSON(j.w, j.out) }

// writeIndentedJSON writes v as indented JSON without HTML escaping, with a final newline.
func writeIndentedJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}
