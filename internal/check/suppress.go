package check

import (
	"regexp"
	"strings"
)

// An article can silence a rule where a copy editor has decided a finding is wrong, with a comment:
//
//	<!-- newsbrief-disable-next-line name-inconsistent -->   (Markdown: the next line that is not blank)
//	<!-- newsbrief-disable-line troops-conflict -->          (Markdown: its own line)
//	# newsbrief-disable-next-line name-inconsistent          (plain text: a line of its own)
//
// Several rules are separated by commas or spaces; no rule at all silences every rule there.
var directiveRE = regexp.MustCompile(`(?m)(?:<!--\s*|^[ \t]*#[ \t]*)newsbrief-disable-(next-line|line)\b([^\n\r]*?)(?:-->|$)`)

// suppressions maps a line to the rules silenced on it (an empty list: every rule).
type suppressions map[int][]string

func findSuppressions(text string, idx lineIndex) suppressions {
	out := suppressions{}
	for _, m := range directiveRE.FindAllStringSubmatchIndex(text, -1) {
		line, _ := idx.position(m[0])
		if text[m[2]:m[3]] == "next-line" {
			line = nextNonBlankLine(text, idx, line)
		}
		rules := strings.FieldsFunc(text[m[4]:m[5]], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
		if len(rules) == 0 {
			out[line] = []string{}
			continue
		}
		if cur, ok := out[line]; !ok || len(cur) > 0 {
			out[line] = append(cur, rules...)
		}
	}
	return out
}

// nextNonBlankLine returns the first line after line that holds more than blanks (or line+1).
func nextNonBlankLine(text string, idx lineIndex, line int) int {
	for l := line + 1; l <= len(idx.starts); l++ {
		start := idx.starts[l-1]
		end := len(text)
		if l < len(idx.starts) {
			end = idx.starts[l]
		}
		if strings.TrimSpace(text[start:end]) != "" {
			return l
		}
	}
	return line + 1
}

// silenced reports whether f is silenced by a comment in the article.
func (s suppressions) silenced(f Finding) bool {
	rules, ok := s[f.Line]
	if !ok {
		return false
	}
	return len(rules) == 0 || containsString(rules, f.Rule)
}
