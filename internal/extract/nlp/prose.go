package nlp

import (
	"strings"
)

// Entity is a named entity found by prose's NER, located in the article.
type Entity struct {
	Range
	Label string // PERSON, GPE, ORGANIZATION, ...
}

// ProseEntities runs prose's tagger and NER over r alone (a few words around an undecided name) and
// returns the entities it finds, located in the article. Tagging a window of ten words takes about
// 70 µs (BenchmarkProseTagWindow); the model is read in place from the binary (prose_model.go), on
// first use.
func (d *Doc) ProseEntities(r Range) []Entity {
	return ProseTag(d.Text[r.Start:r.End], r.Start)
}

// ProseTag runs prose's tokenizer, tagger and NER over text, which starts at byte offset base of the
// article, and returns its entities located in the article.
func ProseTag(text string, base int) []Entity {
	return alignEntities(text, base, Model().proseDocument(text))
}

// alignEntities aligns prose's tokens with the original text and groups their labels into entities. prose rewrites curly quotes to ASCII and can drop
// words, so each token is searched for in a copy of the text with the same rewriting, close to where
// the previous token ended; a token that cannot be found is skipped.
func alignEntities(text string, base int, toks []proseToken) []Entity {
	var entities []Entity
	clean, origin := sanitize(text)
	cursor := 0
	var cur *Entity
	flush := func() {
		if cur != nil {
			entities = append(entities, *cur)
			cur = nil
		}
	}
	for _, t := range toks {
		if t.Text == "" {
			continue
		}
		window := clean[cursor:]
		if len(window) > 400 {
			window = window[:400]
		}
		idx := strings.Index(window, t.Text)
		if idx < 0 {
			flush()
			continue
		}
		s, e := cursor+idx, cursor+idx+len(t.Text)
		cursor = e
		r := Range{base + origin[s], base + origin[e]}
		label := ""
		if len(t.Label) > 2 && t.Label[1] == '-' {
			label = t.Label[2:]
		}
		switch {
		case label == "":
			flush()
		case cur == nil || cur.Label != label:
			// prose labels most tokens of a name B-; like its own chunker, runs of one type are one entity.
			flush()
			cur = &Entity{Range: r, Label: label}
		default:
			cur.End = r.End
		}
	}
	flush()
	return entities
}

// sanitize applies prose's quote rewriting and returns, for each byte of the result (and its end),
// the offset of the byte in text it came from.
func sanitize(text string) (string, []int) {
	var b strings.Builder
	origin := make([]int, 0, len(text)+1)
	for i, r := range text {
		switch r {
		case '“', '”':
			b.WriteByte('"')
			origin = append(origin, i)
		case '‘', '’':
			b.WriteByte('\'')
			origin = append(origin, i)
		default:
			n := b.Len()
			b.WriteRune(r)
			for k := n; k < b.Len(); k++ {
				origin = append(origin, i+(k-n))
			}
		}
	}
	origin = append(origin, len(text))
	return b.String(), origin
}
