package render

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// jsonWriter prints one pretty object for one article and an array for several. It holds back the
// first brief until it knows whether a second follows.
type jsonWriter struct {
	w       io.Writer
	first   []byte
	count   int
	started bool
}

func (j *jsonWriter) Brief(b *brief.Brief) error {
	data, err := marshal(b, "  ")
	if err != nil {
		return err
	}
	j.count++
	switch j.count {
	case 1:
		j.first = data
		return nil
	case 2:
		j.started = true
		if _, err := io.WriteString(j.w, "[\n  "); err != nil {
			return err
		}
		if _, err := j.w.Write(j.first); err != nil {
			return err
		}
		j.first = nil
	}
	if _, err := io.WriteString(j.w, ",\n  "); err != nil {
		return err
	}
	_, err = j.w.Write(data)
	return err
}

func (j *jsonWriter) Close() error {
	switch {
	case j.count == 0:
		_, err := io.WriteString(j.w, "[]\n")
		return err
	case j.count == 1:
		var out bytes.Buffer
		if err := json.Indent(&out, j.first, "", "  "); err != nil {
			return err
		}
		out.WriteByte('\n')
		_, err := j.w.Write(out.Bytes())
		return err
	}
	_, err := io.WriteString(j.w, "\n]\n")
	return err
}

// ndjsonWriter prints one compact object per line, as soon as each brief is ready.
type ndjsonWriter struct{ w io.Writer }

func (n *ndjsonWriter) Brief(b *brief.Brief) error {
	data, err := marshal(b, "")
	if err != nil {
		return err
	}
	_, err = n.w.Write(append(data, '\n'))
	return err
}

func (n *ndjsonWriter) Close() error { return nil }

// marshal writes b as JSON without HTML escaping (quotes keep their "<" and "&" as written), indented
// by prefix+two spaces when prefix is not empty, compact otherwise.
func marshal(b *brief.Brief, prefix string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if prefix != "" {
		enc.SetIndent(prefix, "  ")
	}
	if err := enc.Encode(b); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}
