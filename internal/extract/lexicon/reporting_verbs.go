package lexicon

import (
	_ "embed"
	"fmt"
	"strings"
)

// VerbUse is one question a rule asks of a reporting verb; reporting_verbs.txt tags each form with
// the uses it serves and says why the uses differ.
type VerbUse string

const (
	QuoteCue    VerbUse = "cue"        // introduces a quotation (quotes)
	EndsName    VerbUse = "ends"       // ends the name before it (people)
	MakesPerson VerbUse = "person"     // alone makes the one-word name before it a person (people)
	ReportTense VerbUse = "tense"      // gives the time of the report to a date next to it (dates)
	Attributes  VerbUse = "attributes" // attributes the quotes of its paragraph to someone (check)
)

//go:embed reporting_verbs.txt
var reportingVerbsText string

// reportingVerb is one line of reporting_verbs.txt.
type reportingVerb struct {
	form, stem string
	uses       []VerbUse
}

var reportingVerbs = parseReportingVerbs(reportingVerbsText)

func parseReportingVerbs(text string) []reportingVerb {
	var out []reportingVerb
	for n, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) < 3 {
			panic(fmt.Sprintf("reporting_verbs.txt:%d: want a form, a stem and at least one use", n+1))
		}
		v := reportingVerb{form: f[0], stem: f[1]}
		for _, u := range f[2:] {
			v.uses = append(v.uses, VerbUse(u))
		}
		out = append(out, v)
	}
	return out
}

// ReportingVerbs returns the forms tagged with use, each mapped to its stem.
func ReportingVerbs(use VerbUse) map[string]string {
	m := map[string]string{}
	for _, v := range reportingVerbs {
		for _, u := range v.uses {
			if u == use {
				m[v.form] = v.stem
			}
		}
	}
	return m
}

// ReportingVerbSet returns the forms tagged with use, as a set.
func ReportingVerbSet(use VerbUse) map[string]bool {
	m := map[string]bool{}
	for form := range ReportingVerbs(use) {
		m[form] = true
	}
	return m
}
