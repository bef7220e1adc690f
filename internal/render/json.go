package render

import (
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
	data, err := marshal(b, "  ", j.version)
	if err != nil {
		return err
	}
	j.count++
	if !j.several {
		if j.count > 1 {
			return errors.New("json: a second article where one was expected")
		}
		var out bytes.Buffer
		if err := json.Indent(&out, data, "", "  "); err != nil {
			return err
		}
		out.WriteByte('\n')
		_, err := j.w.Write(out.Bytes())
		return err
	}
	sep := ",\n  "
	if j.count == 1 {
		sep = "[\n  "
	}
	if _, err := io.WriteString(j.w, sep); err != nil {
		return err
	}
	_, err = j.w.Write(data)
	return err
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
	data, err := marshal(b, "", n.version)
	if err != nil {
		return err
	}
	_, err = n.w.Write(append(data, '\n'))
	return err
}

func (n *ndjsonWriter) Close() error { return nil }

// marshal writes b as JSON without HTML escaping (quotes keep their "<" and "&" as written), indented
// by prefix+two spaces when prefix is not empty, compact otherwise.
// versioned is a brief with the version of newsbrief that wrote it, after the contract's fields.
type versioned struct {
	*brief.Brief
	Version string `json:"version"`
}

func marshal(b *brief.Brief, prefix, version string) ([]byte, error) {
	var v any = b
	if version != "" {
		v = versioned{b, version}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if prefix != "" {
		enc.SetIndent(prefix, "  ")
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}
