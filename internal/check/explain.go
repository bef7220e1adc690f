package check

import (
	"fmt"
	"strings"
)

// HelpBase is where each rule is documented: the README's section of the same name.
const HelpBase = "https://github.com/newsbrief/newsbrief#"

// HelpURI is the address of the rule's section in the README.
func (r Rule) HelpURI() string { return HelpBase + r.ID }

// Description says what the rule finds, why it matters to a copy desk and what it leaves alone: for
// `check --explain`, SARIF's fullDescription and the README.
func (r Rule) Description() string { return descriptions[r.ID] }

var descriptions = map[string]string{
	"quote-unbalanced": `A double quote mark that never closes, closes without opening, is doubled, or
is closed with the other style (“ opened, " closed). A quotation may run over several paragraphs when
each new paragraph opens with a quote mark, as the wire services write it; but a short phrase, or a
quote that runs into its own attribution ("We will win, he said."), has lost its closing mark. Single
quotes are not read: they cannot be told from apostrophes.`,
	"quote-unattributed": `A direct quote of a sentence or more (a capitalised quote of four words or
more, or any quote of twelve) with no speaker the brief can name. Short quoted phrases are the
writer's own words and are left alone, and so are quotes attributed where they stand: a speech verb in
their paragraph outside the quotes ("she shouted to the crowd"), or a transcript's NAME: labels.`,
	"name-inconsistent": `One person's name spelled two ways in one article (Zelensky / Zelenskyy,
Samuelson / Sameuelson). The two spellings must share the initial and be one or two edits apart, and
must be able to belong to one person: the same given name with the surname spelled two ways, or the
same surname with the given name spelled two ways. Two people (Barack Obama / Osama bin Laden), a
person and an organisation (Agence France-Presse), parts of a hyphenated given name (Cheng Chung-tai),
plurals and demonyms, and apostrophe styles (O’Neill / O'Neill) are left alone.`,
	"surname-before-name": `A person called by surname alone before the article introduces the full
name. Headlines and the subheading under them, office titles ("President Obama"), modifiers ("the
Castro government", "anti-Castro"), quotes, names in Chinese, Korean or Vietnamese order ("Wong
Pik-wan"), and surnames two people share are not first references.`,
	"date-weekday-mismatch": `A weekday that contradicts the date it stands next to ("Thursday,
December 31, 2021": that day was a Friday), or a date that does not exist. The year is the one
written, else the one that puts the date nearest the publication date; without either there is
nothing to check.`,
	"date-unresolved": `A relative date ("yesterday", "last week", "on Thursday") in an article with no
publication date, so the brief cannot place it on the calendar. Give one with --published, in an
NDJSON record, or as published: in .newsbrief.yaml.`,
	"troops-conflict": `The same force given two different figures. Only figures that count the same
thing at the same time are compared: standing strengths of one force in one place (deployed, based,
massed) across the article; casualties, arrests, plans and past events only within one paragraph,
in two sentences that say the same kind of thing. Figures in one sentence count different groups, a
part of a group ("30 of them") is never compared, and a figure inside a range agrees with it.`,
}

// Explain is the text of `check --explain RULE`.
func Explain(id string) (string, error) {
	r, ok := Lookup(id)
	if !ok {
		return "", fmt.Errorf("unknown rule %q (rules: %s)", id, strings.Join(IDs(), ", "))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s\n\n", r.ID, r.Severity, r.Summary)
	b.WriteString(wrap(r.Description(), 100))
	fmt.Fprintf(&b, "\n\nSilence it for one line with <!-- newsbrief-disable-next-line %s --> (Markdown) or a line\n# newsbrief-disable-next-line %s (plain text); turn it off or change its severity in\n.newsbrief.yaml (rules: {%s: off}).\nMore: %s\n", r.ID, r.ID, r.ID, r.HelpURI())
	return b.String(), nil
}

// wrap refills text into lines of at most width characters.
func wrap(text string, width int) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(text) {
		if n > 0 && n+1+runeLen(w) > width {
			b.WriteString("\n")
			n = 0
		} else if n > 0 {
			b.WriteString(" ")
			n++
		}
		b.WriteString(w)
		n += runeLen(w)
	}
	return b.String()
}
