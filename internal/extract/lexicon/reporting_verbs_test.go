package lexicon

import "testing"

func TestReportingVerbUses(t *testing.T) {
	cues, ends, person, tense := ReportingVerbs(QuoteCue), ReportingVerbSet(EndsName), ReportingVerbSet(MakesPerson), ReportingVerbSet(ReportTense)
	for _, c := range []struct {
		form                      string
		cue, ends, person, tensed bool
	}{
		{"said", true, true, true, true},
		{"saying", true, false, false, false},    // a participle hangs on another clause's subject
		{"quipped", true, false, false, false},   // manner of speech: a cue, not evidence of a person
		{"thinks", false, true, false, false},    // belief: ends a name, introduces no quote
		{"announced", true, true, false, true},   // agencies announce as often as people
		{"disclosed", false, false, false, true}, // publishing verb: only sets the report's time
	} {
		_, cue := cues[c.form]
		if cue != c.cue || ends[c.form] != c.ends || person[c.form] != c.person || tense[c.form] != c.tensed {
			t.Errorf("%s: cue %v ends %v person %v tense %v; want %v %v %v %v", c.form,
				cue, ends[c.form], person[c.form], tense[c.form], c.cue, c.ends, c.person, c.tensed)
		}
	}
	if cues["said"] != "say" || cues["wrote"] != "write" {
		t.Errorf("stems: said→%q wrote→%q", cues["said"], cues["wrote"])
	}
	for _, v := range reportingVerbs {
		for _, u := range v.uses {
			switch u {
			case QuoteCue, EndsName, MakesPerson, ReportTense, Attributes:
			default:
				t.Errorf("%s: unknown use %q", v.form, u)
			}
		}
	}
}
