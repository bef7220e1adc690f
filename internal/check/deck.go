package check

import "strings"

// deck returns the headline and the subheading under it when an article opens with two short
// one-line paragraphs of one sentence each ("Candidates vie for vets' support" / "Trump and Clinton
// point out own credentials."): display type, which calls people by surname like a headline does.
func deck(text string) []span {
	var paras []span
	for at := 0; len(paras) < 3 && at < len(text); {
		for at < len(text) && (text[at] == '\n' || text[at] == '\r' || text[at] == ' ' || text[at] == '\t') {
			at++
		}
		if at >= len(text) {
			break
		}
		end := at
		for end < len(text) && !(text[end] == '\n' || text[end] == '\r') {
			end++
		}
		paras = append(paras, span{at, end})
		if end < len(text) && !paragraphEndsAt(text, end) {
			return nil // the first paragraphs run over several lines: prose, not display type
		}
		at = end
	}
	if len(paras) < 3 {
		return nil
	}
	for _, p := range paras[:2] {
		line := strings.TrimRight(text[p.start:p.end], ".;: ")
		if len(strings.Fields(line)) > 20 || strings.ContainsAny(line, ".!?") && !abbreviationsOnly(line) {
			return nil
		}
	}
	return paras[:2]
}

// abbreviationsOnly reports whether every period in line ends an abbreviation or an initial (U.S.,
// Mr.), not a sentence.
func abbreviationsOnly(line string) bool {
	if strings.ContainsAny(line, "!?") {
		return false
	}
	for i := 0; i < len(line); i++ {
		if line[i] != '.' {
			continue
		}
		j := i
		for j > 0 && line[j-1] != ' ' {
			j--
		}
		tok := line[j:i]
		if len(tok) > 3 || (i+1 < len(line) && line[i+1] == ' ' && i+2 < len(line) && line[i+2] >= 'A' && line[i+2] <= 'Z' && len(tok) > 2) {
			return false
		}
	}
	return true
}
