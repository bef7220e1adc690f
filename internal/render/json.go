package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// jsonWriter prints an array of pretty objects when the input can hold several articles, and one
// object for exactly one file or stdin: the shape depends on what was asked, never on how many
// articles a folder happened to hold or how many failed. Nothing is printed for a single article that
// failed (its error is on stderr).
type jsonWriter struct {
	w       io.Writer
	several bool
	version string
	count   int
}

func (j *jsonWriter) Brief(b *brief.Brief) error {
	j.count++
	if !j.several {
		if j.count > 1 {
			return errors.New("json: a second article where one was expected")
		}
		if err := writeIndented(j.w, b, "", j.version); err != nil {
			return err
		}
		_, err := io.WriteString(j.w, "\n")
		return err
	}
	sep := ",\n  "
	if j.count == 1 {
		sep = "[\n  "
	}
	if _, err := io.WriteString(j.w, sep); err != nil {
		return err
	}
	return writeIndented(j.w, b, "  ", j.version)
}

// writeIndented writes b as indented JSON, its lines after the first led by prefix, without a final
// newline; the people, quotes, dates and troops one element at a time. A brief of tens of thousands
// of figures is megabytes of JSON, and holding it whole, and copying it as its buffer grew, cost more
// than extracting the figures. The brief's other fields are marshalled around empty lists, and each
// list's elements are written where its "[]" stands.
func writeIndented(w io.Writer, b *brief.Brief, prefix, version string) error {
	shell := *b
	shell.People, shell.Quotes, shell.Dates, shell.Troops = []brief.Person{}, []brief.Quote{}, []brief.Date{}, []brief.Troop{}
	var elem bytes.Buffer
	enc := json.NewEncoder(&elem)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(versionedBrief(&shell, version)); err != nil {
		return err
	}
	head := bytes.Clone(bytes.TrimRight(elem.Bytes(), "\n"))
	bw := bufio.NewWriterSize(w, 64<<10)
	enc.SetIndent(prefix+"    ", "  ") // an element of a list of the brief's object
	lists := []struct {
		key string
		n   int
		at  func(int) any
	}{
		{"people", len(b.People), func(i int) any { return &b.People[i] }},
		{"quotes", len(b.Quotes), func(i int) any { return &b.Quotes[i] }},
		{"dates", len(b.Dates), func(i int) any { return &b.Dates[i] }},
		{"troops", len(b.Troops), func(i int) any { return &b.Troops[i] }},
	}
	for _, l := range lists {
		// Keys are written unescaped and strings escape their quotes, so the key's line is found
		// only where the key stands.
		marker := []byte("\n" + prefix + "  \"" + l.key + "\": []")
		k := bytes.Index(head, marker)
		if k < 0 {
			return errors.New("json: the brief has no " + l.key + " list")
		}
		bw.Write(head[:k+len(marker)-1]) // up to the list's "["
		head = head[k+len(marker)-1:]    // from its "]"
		if l.n == 0 {
			continue
		}
		for i := 0; i < l.n; i++ {
			elem.Reset()
			if err := enc.Encode(l.at(i)); err != nil {
				return err
			}
			if i > 0 {
				bw.WriteByte(',')
			}
			bw.WriteString("\n" + prefix + "    ")
			bw.Write(bytes.TrimRight(elem.Bytes(), "\n"))
		}
		bw.WriteString("\n" + prefix + "  ")
	}
	bw.Write(head)
	return bw.Flush()
}

func (j *jsonWriter) Close() error {
	switch {
	case !j.several:
		return nil
	case j.count == 0:
		_, err := io.WriteString(j.w, "[]\n")
		return err
	}
	_, err := io.WriteString(j.w, "\n]\n")
	return err
}

// ndjsonWriter prints one compact object per line, as soon as each brief is ready.
type ndjsonWriter struct {
	w       io.Writer
	version string
}

func (n *ndjsonWriter) Brief(b *brief.Brief) error {
	data, err := marshalCompact(b, n.version)
	if err != nil {
		return err
	}
	_, err = n.w.Write(append(data, '\n'))
	return err
}

func (n *ndjsonWriter) Close() error { return nil }

// versioned is a brief with the version of newsbrief that wrote it, after the contract's fields.
type versioned struct {
	*brief.Brief
	Version string `json:"version"`
}

// marshalCompact writes b as compact JSON without HTML escaping (quotes keep their "<" and "&" as
// written) and without a final newline.
func marshalCompact(b *brief.Brief, version string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(versionedBrief(b, version)); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// versionedBrief is b with the version of newsbrief that wrote it, when there is one.
func versionedBrief(b *brief.Brief, version string) any {
	if version == "" {
		return b
	}
	return versioned{b, version}
}
